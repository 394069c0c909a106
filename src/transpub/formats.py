"""Machine-readable check reports: JSON (schema in schema/check-report.schema.json), JUnit XML,
SARIF 2.1.0, GitHub workflow annotations and GitLab Code Quality. Each returns the whole
document as text."""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from transpub import __version__
from transpub.baseline import SARIF_KEY, fingerprint
from transpub.checker import CheckRun
from transpub.checks import REGISTRY, Finding, Severity
from transpub.checkstream import by_file, with_other_files

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _record(item: Finding) -> dict[str, object]:
    record: dict[str, object] = {
        "code": item.code, "severity": item.severity.label, "lang": item.lang,
        "file": item.file, "line": item.line, "unit": item.unit, "message": item.message,
    }
    if item.expected:
        record["expected"] = item.expected
    record["check"] = item.check
    record["fingerprint"] = fingerprint(item)
    return record


#: Where a document's list of records goes (``_spliced``): a string no record can be.
_RECORDS = "\x00transpub records\x00"


def _spliced(document: dict[str, Any], records: Iterable[dict[str, object]]) -> str:
    """``json.dumps(document, ensure_ascii=False, indent=2)`` with the list ``[_RECORDS]``
    in it replaced by ``records``, each rendered as it comes (the records of a large check
    are never all objects at once)."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    marker = json.dumps(_RECORDS)
    at = text.index(marker)
    start = text.rindex("\n", 0, at) + 1
    indent = "\n" + text[start:at]
    parts = [indent[1:] + _rendered(record, indent) for record in records]
    if not parts:  # an empty list is "[]" on its line
        return text[:text.rindex("[", 0, start)] + "[]" + text[text.index("]", at) + 1:] + "\n"
    return text[:start] + ",\n".join(parts) + text[at + len(marker):] + "\n"


def to_json(run: CheckRun, fail_on: Severity, matrix: bool = True) -> str:
    summary = run.summary(fail_on)
    if matrix:
        summary["matrix"] = run.matrix
    document = {"version": 1, "tool": f"transpub {__version__}",
                "findings": [_RECORDS], "summary": summary}
    return _spliced(document, map(_record, run.findings))


def to_junit(run: CheckRun, fail_on: Severity) -> str:
    """One test case per file and check; a finding at or above ``fail_on`` is a failure."""
    # imported here: xml.sax.saxutils loads urllib.request, http.client and ssl (~14 ms of
    # every check's start-up, and only JUnit needs it)
    from xml.sax.saxutils import quoteattr

    present = {code for _severity, code, _lang in run.counts()}
    codes = sorted(c for c in run.codes if REGISTRY[c].scope != "workspace" or c in present)
    cases: list[str] = []
    failures = 0
    # (the built pages' findings too: a TP801 error had failed the run and shown no failure)
    files = with_other_files(run.findings, run.files) or ["(no files)"]
    # one file's findings at a time (a streamed run reads back only that file's)
    for file, of_file in zip(files, by_file(run.findings, files), strict=True):
        by_case: dict[str, list[Finding]] = defaultdict(list)
        for item in of_file:
            by_case[item.code].append(item)
        for code in codes:
            chk = REGISTRY[code]
            found = by_case.get(code, [])
            failing = [f for f in found if f.severity >= fail_on]
            name = quoteattr(f"{code} {chk.name}")
            body = ""
            if failing:
                failures += 1
                text = "\n".join(f"{f.file}:{f.line}: [{f.lang}] [{f.unit}] {f.message}"
                                 + (f" (expected: {f.expected})" if f.expected else "")
                                 for f in failing)
                # (the findings' own severity: TP301 is a warning for a number under 11)
                worst = max(f.severity for f in failing)
                body = (f"<failure message={quoteattr(failing[0].message)} "
                        f"type={quoteattr(worst.label)}>{_escape(text)}</failure>")
            elif found:
                text = "\n".join(f"{f.file}:{f.line}: [{f.lang}] {f.message}"
                                  + (f" (expected: {f.expected})" if f.expected else "")
                                  for f in found)
                body = f"<system-out>{_escape(text)}</system-out>"
            cases.append(f'    <testcase classname={quoteattr(file)} name={name}>{body}'
                         "</testcase>")
    total = len(cases)
    return ("<?xml version='1.0' encoding='UTF-8'?>\n"
            f'<testsuites name="transpub check" tests="{total}" failures="{failures}">\n'
            f'  <testsuite name="transpub check" tests="{total}" failures="{failures}" '
            'errors="0" skipped="0">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_sarif(run: CheckRun) -> str:
    rules = [{
        "id": code, "name": REGISTRY[code].name,
        "shortDescription": {"text": REGISTRY[code].title},
        "defaultConfiguration": {"level": _SARIF_LEVEL[REGISTRY[code].severity]},
        "properties": {"family": REGISTRY[code].family},
    } for code in sorted(run.codes)]
    index = {code: n for n, code in enumerate(sorted(run.codes))}
    baseline = run.baseline is not None
    quota, total = _sarif_quota(run)

    def results() -> Iterator[dict[str, object]]:
        for item in run.findings:
            if quota is not None:
                if not quota[item.severity]:
                    continue
                quota[item.severity] -= 1
            yield _sarif_result(item, index, baseline)
        # silenced findings stay in the log, marked as suppressed in the source with the
        # reason given, so code scanning shows them as dismissed rather than losing them
        kept = len(run.suppressed) if quota is None else quota[None]
        for item, reason in run.suppressed[:kept]:
            result = _sarif_result(item, index, False)
            result["suppressions"] = [{"kind": "inSource", "justification": reason}]
            yield result
    sarif_run: dict[str, object] = {
        "tool": {"driver": {"name": "transpub", "version": __version__,
                            "informationUri": "https://pypi.org/project/transpub/",
                            "rules": rules}},
        "results": [_RECORDS]}
    if quota is not None:
        # said in the log itself: a reader of the file sees that it is not the whole check
        sarif_run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": [{
            "level": "warning", "message": {"text": (
                f"{total - SARIF_MAX_RESULTS} of {total} results left out, the least severe "
                f"first: GitHub code scanning rejects a run of more than {SARIF_MAX_RESULTS:,}; "
                "the JSON and text reports list them all")}}]}]
    shard = run.scope.get("shard")
    if shard:  # each shard's log is its own run category: uploads do not replace each other
        sarif_run["automationDetails"] = {"id": f"transpub/shard-{shard.replace('/', '-of-')}/"}
    document = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
                "runs": [sarif_run]}
    return _spliced(document, results())


#: The most results a SARIF run holds: GitHub code scanning rejects a file whose run has more
#: (and shows the 5,000 most severe).
SARIF_MAX_RESULTS = 25_000


def _sarif_quota(run: CheckRun) -> tuple[dict[Severity | None, int] | None, int]:
    """How many results of each severity the log keeps (None: all of them; the key None:
    suppressed findings), the most severe first, each in report order; and how many there
    are. Counted only for a run past the limit (a second pass over its findings)."""
    total = len(run.findings) + len(run.suppressed)
    if total <= SARIF_MAX_RESULTS:
        return None, total
    counts = Counter(item.severity for item in run.findings)
    left = SARIF_MAX_RESULTS
    quota: dict[Severity | None, int] = {}
    for severity in sorted(Severity, reverse=True):
        quota[severity] = min(counts[severity], left)
        left -= quota[severity]
    quota[None] = min(len(run.suppressed), left)
    return quota, total


@functools.lru_cache(maxsize=256)
def _uri(file: str) -> str:
    """A report's file name as SARIF's ``uri-reference``: percent-encoded («communiqués de
    presse/fr.po» is ``communiqu%C3%A9s%20de%20presse/fr.po``, a ``#`` is not a fragment); a
    relative path stays relative (code scanning resolves it from the repository's root), an
    absolute one is a ``file:`` URI."""
    path = Path(file)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def _sarif_result(item: Finding, index: dict[str, int], baseline: bool) -> dict[str, object]:
    result: dict[str, object] = {
        "ruleId": item.code, "ruleIndex": index.get(item.code, 0),
        "level": _SARIF_LEVEL[item.severity],
        "message": {"text": f"[{item.lang}] {item.message}"
                    + (f" (expected: {item.expected})" if item.expected else "")},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(item.file)},
            "region": {"startLine": max(item.line, 1)},
        }, "logicalLocations": [{"name": item.unit, "kind": "member"}]}],
        # the baseline's identity: code, language, release, unit, offending text; no line
        "partialFingerprints": {SARIF_KEY: fingerprint(item)},
        "properties": {"lang": item.lang, "unit": item.unit},
    }
    if baseline:
        result["baselineState"] = "new"  # the known ones are not reported at all
    return result


def to_github(run: CheckRun) -> str:
    """GitHub Actions workflow commands: one annotation line per finding."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for item in run.findings:
        message = _said(item)
        lines.append(f"::{level[item.severity]} file={_prop(item.file)},line={max(item.line, 1)},"
                     f"title={_prop(item.code + ' ' + item.check)}::{_data(message)}")
    if run.fixed:  # good news belongs in the log too, with what to do about it
        lines.append(f"::notice title=transpub baseline::{len(run.fixed)} finding(s) of the "
                     f"baseline {_data(run.baseline or '')} no longer occur; record that with "
                     "transpub check --update-baseline")
    return "\n".join(lines) + ("\n" if lines else "")


#: GitLab's Code Quality severities (info, minor, major, critical, blocker): an error is a
#: major issue, as linters that write the format rank theirs.
_GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def to_gitlab(run: CheckRun) -> str:
    """A GitLab Code Quality report (``artifacts: reports: codequality``): a JSON array of
    issues, each with a description, the check, a fingerprint unique in the report (the
    baseline's identity; a repeat of it in one report made unique by its count, since GitLab
    keeps one issue per fingerprint), a severity and the PO file and line."""
    issues = []
    seen: Counter[str] = Counter()
    for item in run.findings:
        key = fingerprint(item)
        seen[key] += 1
        if seen[key] > 1:
            key = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:20]
        issues.append({
            "description": _said(item),
            "check_name": f"{item.code} {item.check}",
            "fingerprint": key,
            "severity": _GITLAB_SEVERITY[item.severity],
            "location": {"path": item.file, "lines": {"begin": max(item.line, 1)}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _said(item: Finding) -> str:
    """A finding in one line, for reports that have no field for its language and unit."""
    return f"[{item.lang}] [{item.unit}] {item.message}" + (
        f" (expected: {item.expected})" if item.expected else "")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


_encode_str = json.encoder.encode_basestring  # what ``json.dumps(..., ensure_ascii=False)`` uses


def _rendered(record: object, indent: str) -> str:
    try:
        return _pretty(record, indent)
    except TypeError:  # a key that is not a string: as the json module writes it
        return json.dumps(record, ensure_ascii=False, indent=2).replace("\n", indent)


def _pretty(value: object, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` with every newline followed by
    ``indent``'s blanks (``indent`` starts with the newline), for the values a report holds
    (dicts with string keys, lists, strings, integers, booleans, None): the same text, made
    without the json module's pure-Python pretty-printer (one generator per level, a few
    calls per item), which wrote a large report's records at a few microseconds a value."""
    if isinstance(value, str):
        return _encode_str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        return "{" + inner + ("," + inner).join(
            f"{_encode_str(key)}: {_pretty(item, inner)}" for key, item in value.items()
        ) + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[" + inner + ("," + inner).join(_pretty(item, inner) for item in value) + \
            indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", indent)
