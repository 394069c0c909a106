"""Findings written into the PO files they are about (``transpub check --annotate``), as
pofilter writes its own: a translator comment on each unit a check found fault with,
``# (transpub) TP201 date-mismatch: …``, which every PO editor (Poedit, Lokalize, Weblate,
Virtaal) shows beside the unit. A translator works through the file in the editor they use,
without the report beside it.

Only those lines change: the file is edited line by line, every other byte kept as the
translator's editor wrote it (its wrapping, its line endings, its encoding). A new check
replaces the lines an earlier one wrote for the checks that ran on the units it checked, so
the comments always say what the last check found; a fixed unit loses its comment.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from transpub.checks import Finding
from transpub.poread import codec_of, declared_charset, read_entries_text

#: what opens a line this module wrote (after "# "), as pofilter's "(pofilter) "
MARK = "(transpub) "
_OURS = re.compile(r"#[ \t]*\(transpub\)[ \t]+(?P<code>[A-Z]+\d+)\b")
#: a line with its own ending: LF, CRLF, or an old Mac editor's CR (as the PO reader counts
#: lines)
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def is_annotation(line: str) -> bool:
    """Is a translator comment's line (without "# ") one this module wrote? The review page
    and workbook leave them out: they show the findings themselves, up to date."""
    return line.lstrip().startswith(MARK.rstrip())


def without_annotations(comment: str) -> str:
    """A translator comment without the lines this module wrote."""
    if MARK.rstrip() not in comment:
        return comment
    return "\n".join(line for line in comment.split("\n") if not is_annotation(line))


@dataclass(frozen=True)
class Annotated:
    """One PO file's text with its comments brought up to date."""

    data: bytes
    """The file's new bytes."""
    units: int
    """The units that now carry a finding."""
    changed: bool


#: the longest comment line written, "# " included: under the widths PO tools wrap comments
#: at (Babel 76, polib 79), so that no editor cuts one into a line without the mark
WIDTH = 76


def comment(finding: Finding) -> list[str]:
    """A finding as comment lines' texts (without "# "), each of them marked and named by
    its check's code: ``(transpub) TP201 date-mismatch: date «7 December 2020» became``,
    ``(transpub) TP201 … «8 décembre 2020»``."""
    name = f" {finding.check}" if finding.check else ""
    message = " ".join(finding.message.split())
    first = f"{MARK}{finding.code}{name}: "
    after = f"{MARK}{finding.code} … "
    lines = textwrap.wrap(first + message, WIDTH - 2, subsequent_indent=after,
                          break_long_words=False, break_on_hyphens=False)
    return lines or [first.rstrip()]


def annotate(path: Path, findings: Iterable[Finding],
             replaces: Callable[[str, str], bool]) -> Annotated:
    """``path``'s text with each finding as a translator comment on its unit (matched by its
    id, the msgctxt or else the msgid, or else by the line of its entry), after the entry's
    own translator comments. ``replaces(unit, code)``: whether an earlier line of that check
    on that unit goes (the check ran on the unit); the others stay as they are."""
    _header, entries, text, raw = read_entries_text(path)
    lines = _LINES.findall(text)
    by_line = {entry.line: entry for entry in entries if not entry.obsolete}
    by_unit = {(entry.context if entry.context is not None else entry.msgid): entry.line
               for entry in entries if not entry.obsolete and entry.msgid}
    wanted: dict[int, list[str]] = {}
    for finding in findings:
        # (by its id first: a file saved again since the check read it has its entries on
        # other lines)
        line = by_unit.get(finding.unit) or (finding.line if finding.line in by_line else None)
        if line is None or not by_line[line].msgid:
            continue  # (the header's, or a unit no entry holds)
        said = wanted.setdefault(line, [])
        lines_ = comment(finding)
        if lines_[0] not in said:
            said.extend(lines_)
    newline = next((line[len(line.rstrip("\r\n")):] for line in lines
                    if line.endswith(("\n", "\r"))), "\n")
    out: list[str] = []
    at = 0
    for line_number in sorted(by_line):
        entry = by_line[line_number]
        if not entry.msgid:
            continue
        keyword = line_number - 1
        start = keyword
        while start > at and lines[start - 1].startswith("#") and \
                not lines[start - 1].startswith("#~"):
            start -= 1
        unit = entry.context if entry.context is not None else entry.msgid
        out.extend(lines[at:start])
        block = [line for line in lines[start:keyword]
                 if not ((match := _OURS.match(line)) and replaces(unit, match["code"]))]
        cut = next((i for i, line in enumerate(block) if not _translator(line)), len(block))
        new = [f"# {said}{newline}" for said in wanted.get(line_number, ())]
        out.extend([*block[:cut], *new, *block[cut:]])
        at = keyword
    out.extend(lines[at:])
    result = "".join(out)
    changed = result != text
    return Annotated(_encoded(result, raw) if changed else raw, len(wanted), changed)


def _translator(line: str) -> bool:
    """Is a comment line a translator's comment, which come first ("# …", "#" alone, or "#"
    before any other character than the extracted comments', references', flags' and
    previous strings' ".", ":", ",", "|")?"""
    return line.startswith("#") and line[1:2] not in (".", ":", ",", "|", "~")


def _encoded(text: str, raw: bytes) -> bytes:
    """``text`` in the encoding the file was read in: UTF-8 (with its byte-order mark if it
    had one), or the charset its header declares (a character that charset cannot hold, in
    a finding's message, as "?")."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        charset = declared_charset(raw)  # (the header's, as the file was read)
        if charset:
            return text.encode(codec_of(charset), errors="replace")
    return text.encode("utf-8")


def annotate_files(files: Mapping[Path, list[Finding]],
                   replaces: Callable[[Path, str, str], bool]) -> list[tuple[Path, Annotated]]:
    """Every file's new text, rendered before any is written (a file that cannot be read
    stops the run with nothing written)."""
    return [(path, annotate(path, found, partial(replaces, path)))
            for path, found in files.items()]
