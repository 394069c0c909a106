"""The check's PO reading by position against the reading it replaced (issue 13, read16).

``poread._rows`` (behind ``read_rows``, behind ``catalog.read_translations``) scans a file with
``finditer`` and reads each entry's strings and comment lines by position; it replaced a
``findall`` that copied every entry and its comment blocks. Kept here as the reference, that
reading must give the same rows, or give up (None, or an error ``read_rows`` takes for None)
on the same files: compared on generated files, on mutations of the files transpub writes and
of the real translators' files (Arabic, Chinese, Russian), and on the third-party PO files.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from test_poread_fast import _HEADER, _po_files
from transpub import poread
from transpub.errors import CatalogError
from transpub.poread import _JOIN, _STRINGS, _comments, _header, _strings, _unquote, _Unsure

import realdata
from conftest import copy_sample

PATH = Path("x.po")

# --- the reading before read16, verbatim ----------------------------------------------------
_OLD_ROW_RE = re.compile(
    r"(((?:#\.[^\n]*\n)*)((?:#:[^\n]*\n)*)((?:#[^\n]*\n)*)"
    rf"(?:(msgctxt) ({_STRINGS})\n)?"
    rf"msgid ({_STRINGS})\n"
    rf"msgstr ({_STRINGS})(?:\n|\Z)"
    r"\n*)")


def _old_rows(text: str, path: Path, comments: bool = True
              ) -> tuple[dict[str, str], list[poread.Row]] | None:
    found = _OLD_ROW_RE.findall(text)
    if sum(len(whole) for whole, *_ in found) != len(text):
        return None
    header: dict[str, str] = {}
    rows: list[poread.Row] = []
    seen: set[tuple[str | None, str]] = set()
    line = 1
    for whole, extracted, references, other, ctx_keyword, ctx, msgid_s, msgstr_s in found:
        number = line + whole.count("\n", 0, len(extracted) + len(references) + len(other))
        line += whole.count("\n")
        if "\\" in whole:
            context = _strings(ctx, path, number) if ctx_keyword else None
            msgid = _strings(msgid_s, path, number)
            msgstr = _strings(msgstr_s, path, number)
        else:
            context = ctx[1:-1].replace(_JOIN, "") if ctx_keyword else None
            msgid = msgid_s[1:-1].replace(_JOIN, "")
            msgstr = msgstr_s[1:-1].replace(_JOIN, "")
            if '"' in msgid or '"' in msgstr or (context and '"' in context):
                return None
        if not msgid and context is None:
            if not header:
                _header(header, msgstr)
            if other:
                _comments(extracted + references + other, path, number)
            continue
        key = (context, msgid)
        if key in seen:
            return None
        seen.add(key)
        if other:
            entry = _comments(extracted + references + other, path, number)
            rows.append((number, context, msgid, msgstr, entry.comments if comments else "",
                         entry.flags, entry.fuzzy, entry.translator))
        elif not comments:
            rows.append((number, context, msgid, msgstr, "", (), False, ""))
        elif extracted.count("\n") == 1:
            rows.append((number, context, msgid, msgstr, extracted[2:-1].strip(), (), False,
                         ""))
        else:
            rows.append((number, context, msgid, msgstr,
                         "\n".join([row[2:].strip() for row in extracted[:-1].split("\n")])
                         if extracted else "", (), False, ""))
    return header, rows
# ---------------------------------------------------------------------------------------------


def _outcome(reader, text: str, comments: bool) -> object:  # type: ignore[no-untyped-def]
    """What ``read_rows`` makes of the reader's answer: the rows, or None (its give-ups)."""
    try:
        return reader(text, PATH, comments)
    except (_Unsure, CatalogError):
        return None


def _same(text: str) -> bool:
    """Both readings agree on ``text`` (as ``read_rows`` reads it); whether it took rows."""
    text = poread._newlines(text)
    taken = False
    for comments in (True, False):
        new = _outcome(poread._rows, text, comments)
        assert new == _outcome(_old_rows, text, comments)
        taken = new is not None
    return taken


_PIECES = ['"', "\\", "\n", "#", "#, fuzzy\n", "#. x\n", "#: y:1\n", "# t\n", "\n\n",
           "msgid ", "msgstr ", 'msgctxt "c"\n', '"\n"', "x", "#~ ", "\\n", '\\"', '""\n',
           "#| msgid \"o\"\n", "\u2028", "\x85", " ", "\t", "联合国", "مكتب", "Россия"]


def _mutations(text: str, rnd: random.Random, count: int) -> list[str]:
    """``text`` with a piece inserted, a stretch cut out, or a line doubled, ``count`` times."""
    out = []
    for _ in range(count):
        i, j = sorted((rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1)))
        kind = rnd.randrange(3)
        if kind == 0:
            out.append(text[:i] + rnd.choice(_PIECES) + text[i:])
        elif kind == 1:
            out.append(text[:i] + text[min(j, i + 200):])
        else:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i) + 1 or len(text)
            out.append(text[:end] + text[start:end] + text[end:])
    return out


@settings(max_examples=600, deadline=None)
@given(_po_files())
@example(_HEADER + '#. Note.\n#. More.\n#: source/r.xml:4\nmsgctxt "p1"\nmsgid "a"\nmsgstr "b"\n'
         '\n#. one\n# transpub: ignore TP301 why\n#, fuzzy\nmsgid "c"\nmsgstr "d"\n')
@example(_HEADER + '#: r.xml:4\n#. late\nmsgid "a"\n"b"\nmsgstr ""\n"c"\n"d" x\n\nmsgid "e"\n'
         'msgstr "f"\n')
@example(_HEADER + 'msgid "a"\nmsgstr "b"\n"c"x"\n\nmsgid "d"\nmsgstr "e"')
def test_rows_as_the_findall_reading(text: str) -> None:
    _same(text)


def test_rows_on_the_files_transpub_writes_and_their_mutations(tmp_path: Path,
                                                                cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli_factory(ws)("extract")
    files = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    assert files
    rnd = random.Random(16)
    for path in files:
        text = poread.read_text(path)
        assert _same(text)  # the fast way
        for mutated in _mutations(text, rnd, 60):
            _same(mutated)


def _real_po() -> list[Path]:
    names = [rel for rel in realdata.manifest() if rel.endswith(".po")]
    if not names:
        pytest.skip("no third-party PO files")
    return [realdata.path(rel) for rel in names]


def test_rows_on_the_third_party_files_and_their_mutations() -> None:
    rnd = random.Random(61)
    paths = _real_po()
    taken = 0
    for path in paths:
        try:
            text = poread.read_text(path)
        except (CatalogError, realdata.Missing):
            continue
        taken += _same(text)
        for mutated in _mutations(text, rnd, 8):
            _same(mutated)
    # the real translators' files (ar, es, fr, ru, zh) are of the common shape
    assert taken >= 25


# --- a string's lines whose every escape is \n (a header's) ------------------------------------
_LINE = st.lists(st.sampled_from(["a", "n", "\\n", "\\", "\\\\", '\\"', '"', "\\t", "é", "联",
                                  "Language: fr", "\\x41", "\\1", " "]), max_size=6)


def _value(reader, strings: str) -> object:  # type: ignore[no-untyped-def]
    try:
        return reader(strings)
    except (_Unsure, CatalogError):
        return None  # given up: every caller of ``_strings`` reads the entry another way


@settings(max_examples=1500, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=4))
@example([["Language: fr", "\\n"], ["X: 1", "\\n"]])
@example([["a", "\\"], ["n"]])
@example([["a", "\\\\"], ["n", "\\n"]])
@example([["a", '"'], ["\\n"]])
def test_strings_as_unquoted_line_by_line(lines: list[list[str]]) -> None:
    """``_strings`` (its \\n-only shortcut included) against ``_unquote`` line by line."""
    strings = "\n".join('"' + "".join(line) + '"' for line in lines)
    expected = _value(lambda s: "".join(_unquote(t, PATH, 1) for t in s.split("\n")), strings)
    assert _value(lambda s: _strings(s, PATH, 1), strings) == expected


def test_strings_of_a_header() -> None:
    strings = '""\n"Language: fr\\n"\n"X-Release-Date: 2021-07-20\\n"'
    assert _strings(strings, PATH, 1) == "Language: fr\nX-Release-Date: 2021-07-20\n"
