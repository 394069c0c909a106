"""Finding identity and baselines: record today's findings, fail only on new ones.

A finding is identified by its code, language, release, unit and a fingerprint of the offending
text, never by a line number, so it survives lines moving and other units' edits; once the text
is fixed it no longer matches and its baseline entry is reported as fixed. SARIF
``partialFingerprints`` carry the same fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from transpub.checks import Finding
from transpub.errors import TranspubError
from transpub.fsutil import read_utf8, write_atomic

BASELINE_VERSION = 1
#: The key of transpub's fingerprint in SARIF ``partialFingerprints`` (versioned, as SARIF asks).
SARIF_KEY = "transpubFinding/v1"


class BaselineError(TranspubError):
    """A baseline file cannot be read."""


def release_of(item: Finding) -> str:
    """The release a finding belongs to: the stem of its PO file (or built page)."""
    return Path(item.file).stem


#: Checks that report a name once, on the first unit of the run that holds it (TP901: a name
#: not in the termbase): which file and language that is depends on what the run looked at
#: (a ``--lang fr`` run puts it in French), so such a finding is identified by its message,
#: which is the name, alone; a baseline entry of it has no language, release or unit.
BY_NAME = frozenset({"TP901"})


def fingerprint(item: Finding) -> str:
    """A stable id: no line number and no message text (messages may cite other lines); for
    a check of ``BY_NAME``, its message and nothing else."""
    if item.code in BY_NAME:
        return _fingerprint(item.code, "", "", "", item.message, None)
    return _fingerprint(item.code, item.lang, item.file, item.unit, item.target, item.span)


@lru_cache(maxsize=64)  # (a unit's findings come together; the texts are kept, keep few)
def _fingerprint(code: str, lang: str, file: str, unit: str, target: str,
                 span: tuple[int, int] | None) -> str:
    """``fingerprint``'s. What the finding is about in the translation: the highlighted span
    when the check knows it, else the whole translation (an untranslated unit's is empty),
    whitespace-normalised. Made once for the findings of one check on one unit without a span
    (each names the whole translation: a long unit with thousands of them normalised and
    hashed its text thousands of times)."""
    text = target[span[0]:span[1]] if span else target
    key = "\0".join((code, lang, Path(file).stem, unit, " ".join(text.split())))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Entry:
    """One recorded finding."""

    code: str
    lang: str
    release: str
    unit: str
    fingerprint: str
    message: str = ""
    """For the reader of the file and the "fixed" report; not part of the identity."""

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.code, self.lang, self.release, self.unit, self.fingerprint)

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "lang": self.lang, "release": self.release,
                "unit": self.unit, "fingerprint": self.fingerprint, "message": self.message}


def entry_of(item: Finding) -> Entry:
    if item.code in BY_NAME:
        return Entry(item.code, "", "", "", fingerprint(item), item.message)
    return Entry(item.code, item.lang, release_of(item), item.unit, fingerprint(item),
                 item.message)


@dataclass(slots=True)
class Comparison:
    """Findings split against a baseline."""

    new: list[Finding] = field(default_factory=list)
    known: list[Finding] = field(default_factory=list)
    fixed: list[Entry] = field(default_factory=list)


class Matcher:
    """``compare`` one finding at a time (in report order), for a report that is streamed."""

    def __init__(self, baseline: Sequence[Entry]) -> None:
        self.baseline = baseline
        self.remaining = Counter(e.key for e in baseline)

    def known(self, item: Finding) -> bool:
        """Whether the baseline holds this finding (each entry matches one finding)."""
        key = entry_of(item).key
        if self.remaining[key] > 0:
            self.remaining[key] -= 1
            return True
        return False

    def fixed(self, covered: Callable[[Entry], bool]) -> list[Entry]:
        """The entries no finding matched, of what the run ``covered``."""
        out: list[Entry] = []
        remaining = self.remaining
        for entry in sorted(self.baseline, key=lambda e: e.key):
            if remaining[entry.key] > 0 and covered(entry):
                remaining[entry.key] -= 1
                out.append(entry)
        return out


def compare(findings: Iterable[Finding], baseline: Sequence[Entry],
            covered: Callable[[Entry], bool] = lambda entry: True) -> Comparison:
    """Match findings to baseline entries one for one (the same problem twice in one unit is
    recorded twice, and a third occurrence is new). An unmatched entry is "fixed" only if the
    run ``covered`` it: a pre-commit run on one PO file says nothing about the others."""
    matcher = Matcher(baseline)
    out = Comparison()
    for item in findings:
        (out.known if matcher.known(item) else out.new).append(item)
    out.fixed = matcher.fixed(covered)
    return out


def read_baseline(path: Path) -> list[Entry]:
    if path.is_dir():
        raise BaselineError("a folder, not a baseline file", path)
    if not path.is_file():
        raise BaselineError("no such baseline file (record one with --update-baseline)", path)
    text = read_utf8(path, BaselineError, "; a baseline is UTF-8 JSON")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"not valid JSON: {exc.msg}", path, exc.lineno) from None
    except RecursionError:  # (arrays nested 100,000 deep: no baseline transpub writes)
        raise BaselineError("not a transpub baseline (nested too deeply)", path, 1) from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION \
            or not isinstance(data.get("findings"), list):
        raise BaselineError(f'not a transpub baseline (expected {{"version": '
                            f'{BASELINE_VERSION}, "findings": [...]}})', path, 1)
    tool = data.get("tool", "transpub")  # (a hand-made file may leave it out)
    if not isinstance(tool, str) or tool.split(" ")[0] != "transpub":
        raise BaselineError(f"the baseline of another tool ({tool!r}), not transpub's", path,
                            _key_line(text, "tool"))
    entries: list[Entry] = []
    fields = ("code", "lang", "release", "unit", "fingerprint")
    for number, item in enumerate(data["findings"], 1):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in fields):
            raise BaselineError(f"finding {number}: needs the strings {', '.join(fields)}",
                                path, _line_of(text, number))
        message = item.get("message", "")
        message = message if isinstance(message, str) else ""
        if item["code"] in BY_NAME and message:
            # identified by its name (a file recorded before that, with the place of the
            # name's first unit, is read so: its entries match, and are not said fixed)
            entries.append(Entry(item["code"], "", "", "", _fingerprint(
                item["code"], "", "", "", message, None), message))
            continue
        if item["code"] not in BY_NAME and not (item["lang"] and item["release"]):
            raise BaselineError(f"finding {number}: needs its language and release (only "
                                f"{', '.join(sorted(BY_NAME))} entries go without)", path,
                                _line_of(text, number))
        entries.append(Entry(item["code"], item["lang"], item["release"], item["unit"],
                             item["fingerprint"], message))
    return entries


def _key_line(text: str, key: str) -> int:
    """The line of ``"key":`` in ``text`` (1 when it is not found)."""
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _line_of(text: str, number: int) -> int:
    """The line of the ``number``-th finding: each is written on its own lines by
    ``write_baseline``; a hand-edited file gets the best guess."""
    seen = 0
    for line_no, line in enumerate(text.splitlines(), 1):
        seen += '"code"' in line
        if seen == number:
            return line_no
    return 1


def baseline_document(entries: Iterable[Entry]) -> bytes:
    """Sorted, one key per line: a baseline diff shows exactly the findings that came or went."""
    ordered = sorted(entries, key=lambda e: (e.release, e.lang, e.unit, e.code, e.fingerprint,
                                            e.message))
    document = {"version": BASELINE_VERSION, "tool": "transpub",
                "findings": [e.as_json() for e in ordered]}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_baseline(path: Path, findings: Iterable[Finding], keep: Iterable[Entry] = ()) -> int:
    """Record ``findings`` (plus ``keep``: entries outside this run's languages or checks);
    returns how many entries the file holds."""
    found = [entry_of(f) for f in findings]
    # a kept entry the run found again is the run's (a name of ``BY_NAME`` found by a run
    # that did not read every release: kept, and found): recorded once
    again = Counter(e.key for e in found)
    kept = []
    for entry in keep:
        if again[entry.key] > 0:
            again[entry.key] -= 1
        else:
            kept.append(entry)
    entries = [*kept, *found]
    write_atomic(path, baseline_document(entries))
    return len(entries)
