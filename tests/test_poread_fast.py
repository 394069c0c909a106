"""poread's one-expression reader gives what the line-by-line reader gives (issue 13).

``poread.parse`` reads a file of the common shape (comment lines, msgctxt, msgid, msgstr, each
keyword at the start of its line) with one regular expression and hands any other file to
``_parse_lines``, the reference. Compared here on every third-party PO file the tests know,
on the files transpub writes and on generated files: continuation lines, escapes, every kind of
comment line, headers, plural and obsolete entries, odd spacing, carriage returns, control
characters, syntax errors (the same error, file and line, either way).
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub import catalog, poread, posame
from transpub.errors import CatalogError

import realdata
from conftest import Cli, copy_sample

PATH = Path("x.po")


def _outcome(reader, text: str) -> object:  # type: ignore[no-untyped-def]
    try:
        return reader(text, PATH)
    except CatalogError as exc:
        return str(exc), exc.line


def _same(text: str) -> None:
    expected = _outcome(poread._parse_lines, poread._newlines(text))
    assert _outcome(poread.parse, text) == expected
    # told by the caller whether the text holds a control character, from its UTF-8 bytes
    # (``read_entries_text``): the same answer as the text's own search, the same outcome
    control = bool(text.encode("utf-8").translate(None, poread._NOT_CONTROL))
    assert control == (poread._CONTROL_RE.search(text) is not None)
    assert _outcome(lambda t, p: poread.parse(t, p, control), text) == expected


_HEADER = ('# Translators.\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: fr\\n"\n'
           '"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; '
           'plural=(n > 1);\\n"\n\n')
_STRINGS = st.sampled_from(['"Hello"', '"Bonjour <a1>le monde</a1>"', '""', '"a \\"b\\" c"',
                            '"tab\\there"', '"line\\n"', '"octal \\101\\102"', '"\\x41"',
                            '"back\\\\slash"', '"\\1"\n"23"', '"first "\n"second"',
                            '"ünïcödé 联合国 مكتب"', '"\\q"', '"\\\\x41"', '""\n"a"\n"b"',
                            '"\u2028sep"', '"nbsp\u00a0"'])
_BAD = st.sampled_from(['"bad \\x01"', '"bell \\a"', '"raw " quote"', '"unterminated',
                        '"trailing" ', '"tail\\"', '"two" "strings"', ' "lead"', '"c\x02"'])
_STRING = st.integers(0, 19).flatmap(lambda n: _BAD if n == 0 else _STRINGS)
_COMMENT = st.sampled_from([
    "#. Paragraph 1.", "#.  spaced  ", "#: source/x.xml:4", "#: a.xml:1 b.xml:2", "#, fuzzy",
    "#, c-format, fuzzy", "#,fuzzy", "#, no-fuzzy", "# translator", "#  two spaces",
    "# transpub: ignore TP301 why", "#", "# trailing  ", '#| msgid "old"', '#| msgctxt "p1"',
    '#| "cont"', '#| msgid_plural "olds"', '#| msgid "bad \\x01"', '#~ msgid "gone"',
    '#~ msgstr "parti"', "#~", "#~| msgid \"x\"", " #. indented", "#.\u2028", "#.\x85x"])
_COMMON = st.sampled_from(["#. Note.", "#: source/r.xml:9", "#, fuzzy", "# kept"])


@st.composite
def _po_files(draw: st.DrawFn) -> str:
    parts = [_HEADER] if draw(st.integers(0, 5)) else []
    for number in range(draw(st.integers(0, 6))):
        lines = draw(st.lists(st.integers(0, 4).flatmap(
            lambda n: _COMMENT if n == 0 else _COMMON), max_size=4))
        context = draw(st.sampled_from([None, f'"p{number}"', f'"p{number}"', '"p0"', '""',
                                        f'"p{number}"\n"x"']))
        if context is not None:
            lines.append(f"msgctxt {context}")
        lines.append(f"msgid {draw(_STRING)}")
        shape = draw(st.integers(0, 29))
        if shape == 0:
            lines += ['msgid_plural "many"', 'msgstr[0] "one"', 'msgstr[1] "two"']
        elif shape == 1:
            lines.append(f"msgstr  {draw(_STRING)}")  # two spaces: poread's to read
        elif shape == 2:
            lines.append("msgstr")  # the string on the next line
            lines.append(draw(_STRING))
        elif shape == 3:
            lines.append(f'msgstr {draw(_STRING)}\nmsgstr "again"')
        else:
            lines.append(f"msgstr {draw(_STRING)}")
        parts.append("\n".join(lines) + draw(st.sampled_from(
            ["\n\n", "\n", "\n\n\n", "", "\n  \n", '\ndomain "d"\n'])))
    text = "".join(parts) + draw(st.sampled_from(["\n", "\n\n", ""])) + draw(_TAILS)
    return text.replace("\n", "\r\n") if draw(st.integers(0, 19)) == 0 else text


#: Obsolete entries at a file's end (msgmerge, transpub's merge and the editors keep them
#: there): the fast readers read the rest and the line reader the tail, unless the tail is not
#: all obsolete entries read without an error (then the line reader reads the whole file).
_TAILS = st.sampled_from([
    "", "", "", "", '#~ msgctxt "p9"\n#~ msgid "gone"\n#~ msgstr "parti"\n',
    '# old\n#, fuzzy\n#~| msgid "o"\n#~ msgid "gone"\n#~ msgstr ""\n#~ "parti"\n\n'
    '#~ msgid "gone"\n#~ msgstr "x"\n',
    '#~ msgid "one"\n#~ msgid_plural "m"\n#~ msgstr[0] "a"\n#~ msgstr[1] "b"\n',
    '#~ msgctxt "p0"\n#~ msgid "Hello"\n#~ msgstr "d"\n#~ msgctxt "p0"\n#~ msgid "Hello"\n'
    '#~ msgstr "d"\n', '#~ msgid "esc \\"q\\" \\101"\n#~ msgstr ""\n#~\n#~|\n#~ domain "d"\n',
    '#~ msgid "bad \\x01"\n#~ msgstr ""\n', '#~ msgid "c\x02"\n#~ msgstr ""\n', '#~ "cont"\n',
    '#~ msgstr "s"\n', '#~ msgid_plural "m"\n', '#~ msgid ""\n#~ msgstr "A: 1\\n"\n',
    '#~ msgid ""\n#~ msgstr ""\n', '#, fuzzy\n#~ "cont"\n', '#~ domain "d"\n#~ "cont"\n',
    '#~ msgid "x"\n#~ msgstr "y"\n\nmsgid "back"\nmsgstr "r"\n',
    '#~ msgid "x"\n\n#. n\nmsgctxt "p0"\nmsgid "a"\nmsgstr "b"\n',
    '#~ msgid "x"\n#~ msgstr "y"\n#~ msgstr "z"\n', '#~ msgid "x"\n  \n#~ msgstr "y"\n'])


@settings(max_examples=600, deadline=None)
@given(_po_files())
@example('msgid ""\nmsgstr "\\001"\n')
@example('msgid "a"\nmsgstr "b" "c"\n')
@example('msgctxt "a"\nmsgid "x"\nmsgstr "1"\n\nmsgctxt "a"\nmsgid "x"\nmsgstr "2"\n')
@example('msgid ""\nmsgstr "A: 1\\n"\n\nmsgid ""\nmsgstr "B: 2\\n"\n')
@example('#. a\n# b\n#, fuzzy\n#| msgid "o"\n#| "p"\n#: r\nmsgid "x"\nmsgstr "y"')
def test_fast_reader_reads_as_the_line_reader(text: str) -> None:
    _same(text)


def test_fast_reader_takes_the_common_files() -> None:
    text = (_HEADER + '#. Note.\n#: source/r.xml:4\n# transpub: ignore TP301 why\n'
            '#, fuzzy, c-format\n#| msgid "old"\nmsgctxt "p1"\nmsgid ""\n"a \\"b\\""\n'
            'msgstr "un\\n"\n\nmsgid "c"\nmsgstr ""\n')
    fast = poread._parse_fast(text, PATH)
    assert fast is not None and fast == poread._parse_lines(text, PATH)
    header, entries = fast
    assert header["Language"] == "fr"
    first = entries[0]
    assert (first.line, first.context, first.msgid, first.msgstr, first.fuzzy, first.flags,
            first.comments, first.references, first.translator, first.previous) == (
        14, "p1", 'a "b"', "un\n", True, ("fuzzy", "c-format"), "Note.", "source/r.xml:4",
        "transpub: ignore TP301 why", {"msgid": "old"})
    # and leaves the others to the line reader
    assert poread._parse_fast(text + '\n#~ msgid "gone"\n#~ msgstr "parti"\n', PATH) is None


def _third_party_po() -> list[Path]:
    """The third-party PO files of the manifest (the test skips when the data is absent)."""
    names = [rel for rel in realdata.manifest() if rel.endswith(".po")]
    assert names
    return [realdata.path(rel) for rel in names]


def test_fast_reader_on_third_party_files() -> None:
    paths = _third_party_po()
    taken = 0
    for path in paths:
        try:
            text = poread.read_text(path)
        except CatalogError:
            continue  # not text poread reads (UTF-16): the reader never sees it
        _same(text)
        taken += poread._parse_fast(poread._newlines(text), PATH) is not None
    assert taken >= len(paths) // 2  # most go the fast way


def test_fast_reader_on_the_files_transpub_writes(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    cli("extract")
    files = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    assert files
    for path in files:
        text = poread.read_text(path)
        assert poread._parse_fast(text, PATH) is not None
        _same(text)


# --- read_translations: the rows of poread.read_rows against RawEntry (issue 13) -------------

def _translations(path: Path, fast: bool) -> object:
    """``read_translations(path)`` by the rows (``fast``) or by ``read_entries`` (the rows
    reader made to decline every file)."""
    original = catalog.read_rows
    if not fast:
        catalog.read_rows = lambda _path, _comments=True: None  # type: ignore[assignment]
    try:
        return catalog.read_translations(path)
    except CatalogError as exc:
        return str(exc), exc.line
    finally:
        catalog.read_rows = original


def _same_translations(path: Path) -> None:
    assert _translations(path, True) == _translations(path, False)


@settings(max_examples=400, deadline=None)
@given(_po_files())
@example('#. a\n#. b\n#: r\n#. c\nmsgid "x"\nmsgstr "y"\n')
@example('#: r\n#. a\nmsgctxt "p"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "p"\nmsgid "x"\nmsgstr "z"\n')
@example('msgid ""\nmsgstr ""\n"A: \\"1\\"\\n"\n"B: \\t2\\n"\n\n'
         '#.  x  \nmsgid "a\\\\"\nmsgstr "\\101"\n')
def test_rows_read_as_entries(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.po"
        path.write_text(text, encoding="utf-8")
        _same_translations(path)


def test_obsolete_entries_at_the_end_keep_the_fast_readers(tmp_path: Path) -> None:
    """A file of the common shape with obsolete entries at its end (transpub's merge leaves
    them after a source edit) is read by the rows and by the one-expression reader, its tail
    by the line reader: the same entries, obsolete ones and lines included. The tail went to
    the line reader with the whole file, ~6x the time."""
    path = tmp_path / "x.po"
    text = (_HEADER + '#. Note.\n#: source/r.xml:4\nmsgctxt "p1"\nmsgid "a"\nmsgstr "b"\n\n'
            '# kept\n#, fuzzy\n#~| msgid "older"\n#~ msgctxt "p0"\n#~ msgid "gone"\n'
            '#~ msgstr ""\n#~ "parti"\n\n#~ msgid "also"\n#~ msgstr "aussi"\n')
    path.write_text(text, encoding="utf-8")
    header, rows, obsolete = poread.read_rows(path)  # type: ignore[misc]
    assert header["Language"] == "fr"
    assert [row[:4] for row in rows] == [(11, "p1", "a", "b")]
    assert [(e.line, e.context, e.msgid, e.msgstr, e.fuzzy, e.translator, e.obsolete)
            for e in obsolete] == [(18, "p0", "gone", "parti", True, "kept", True),
                                   (23, None, "also", "aussi", False, "", True)]
    assert poread._parse_rows(text[:poread.obsolete_cut(text)], PATH) is not None
    assert poread.parse(text, PATH) == poread._parse_lines(text, PATH)
    _same_translations(path)
    assert [t.source for t in catalog.read_translations(path).obsolete] == ["gone", "also"]
    # an active entry after them, an error among them: the whole file is the line reader's
    for tail in ('\nmsgid "back"\nmsgstr "r"\n', '#~ msgstr "stray"\n'):
        path.write_text(text + tail, encoding="utf-8")
        assert poread.read_rows(path) is None
        _same(text + tail)
        _same_translations(path)


def test_rows_take_the_common_files_and_leave_the_others(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text(_HEADER + '#. Note.\n#. More.\n#: source/r.xml:4\nmsgctxt "p1"\n'
                    'msgid "a \\"b\\""\nmsgstr "un\\n"\n\n#, fuzzy\n# why\nmsgid "c"\nmsgstr ""\n',
                    encoding="utf-8")
    header, rows, obsolete = poread.read_rows(path)  # type: ignore[misc]
    assert obsolete == []
    assert header["Language"] == "fr"
    assert rows == [(12, "p1", 'a "b"', "un\n", "Note.\nMore.", (), False, ""),
                    (18, None, "c", "", "", ("fuzzy",), True, "why")]
    _same_translations(path)
    with path.open("a", encoding="utf-8") as out:
        out.write('\nmsgid "c"\nmsgstr "again"\n')  # a duplicate: read_entries names it
    assert poread.read_rows(path) is None
    outcome = _translations(path, True)
    assert isinstance(outcome, tuple) and outcome[1] == 21 and "line 18" in outcome[0]
    _same_translations(path)


def test_rows_on_third_party_files() -> None:
    paths = _third_party_po()
    taken = 0
    for path in paths:
        _same_translations(path)
        with contextlib.suppress(CatalogError):
            taken += poread.read_rows(path) is not None
    assert taken >= len(paths) // 2


def test_rows_on_the_files_transpub_writes(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli_factory(ws)("extract")
    files = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    assert files
    for path in files:
        assert poread.read_rows(path) is not None
        _same_translations(path)


def test_rows_refuse_control_characters_in_any_charset(tmp_path: Path) -> None:
    """``read_rows`` looks for control characters in a UTF-8 file's bytes, in another file's
    text: either way the file goes to ``read_entries``, which names the line."""
    path = tmp_path / "x.po"
    header = _HEADER.replace("UTF-8", "CP1251")
    for text, encoding in (('msgid "a"\nmsgstr "b\x02"\n', "utf-8"),
                           (header + 'msgid "ж"\nmsgstr "b\x1f"\n', "cp1251"),
                           (header + 'msgid "ж"\nmsgstr "в"\n', "cp1251")):
        path.write_bytes(text.encode(encoding))
        outcome = _translations(path, True)
        assert outcome == _translations(path, False)
        assert (poread.read_rows(path) is None) == isinstance(outcome, tuple)


# --- the merge's early answer: a text that differs from the old file in its first entries -----

def _full_same(old: tuple[dict[str, str], list[poread.RawEntry]], new: str) -> bool:
    """``posame.same_content`` without its early answer (the whole text read)."""
    header, entries = poread.parse(new, PATH)
    return header == old[0] and len(entries) == len(old[1]) and all(
        posame.same_entry(a, b) for a, b in zip(entries, old[1], strict=True))


def _wrapped(text: str) -> str:
    """``text`` with its long comment lines wrapped as polib's writer wraps them (the benchmark's
    fill tool): the same entries, other comments."""
    lines = []
    for line in text.split("\n"):
        if line.startswith("#. ") and len(line) > 12:
            lines += [line[:12], "#. " + line[12:]]
        else:
            lines.append(line)
    return "\n".join(lines)


@settings(max_examples=500, deadline=None)
@given(_po_files(), st.data())
@example('#. Note.\nmsgid "a"\nmsgstr "b"\n', None)
@example('msgid "Hello"\nmsgstr "Hello"\n\n\n#~ "cont"\n', None)  # read into the msgstr
def test_the_merges_early_answer_is_the_full_readings(text: str,
                                                      data: st.DataObject | None) -> None:
    """``same_content`` answers "differs" from the first entries of the new text (or "the
    same" from a scan of all of it) only when the
    whole reading says so: an old file (any generated one) against new texts of every kind (the
    same, its line endings changed, a comment wrapped, another file)."""
    try:
        old = poread.parse(text, PATH)
    except CatalogError:
        return  # the merge reads the old file first: an error stops it before any comparison
    news = [text, poread._newlines(text), text.replace("\n", "\r\n"), _wrapped(text),
            text.replace('msgstr "', 'msgstr "x', 1), text + '\nmsgid "new"\nmsgstr ""\n']
    if data is not None:
        news.append(data.draw(_po_files()))
    for new in news:
        try:
            expected = _full_same(old, new)
        except CatalogError:
            continue  # (the merge's own text always reads)
        assert posame.same_content(old, new) == expected
        early = posame._scan(old, new)
        assert early is None or early == expected  # (sure answers are the full reading's)


def test_the_early_answer_reads_only_the_first_entries() -> None:
    """A filled file whose comments were wrapped: the first noted entry differs, so the rest of
    the text is never read (an error planted after it is not met)."""
    new = (_HEADER + '#. A long comment on one line.\nmsgid "a"\nmsgstr "b"\n\n'
           'msgid "c"\nmsgstr "bad \\x01"\n')
    old = poread.parse(_wrapped(new).replace('"bad \\x01"', '"d"'), PATH)
    assert posame._scan(old, new) is False
    assert not posame.same_content(old, new)
    # a later entry differs: found there; the same entries: the full reading says so
    same = new.replace('"bad \\x01"', '"d"')
    assert posame._scan(poread.parse(same, PATH), new.replace('"bad \\x01"', '"e"')) is False
    assert posame._scan(poread.parse(same, PATH), same) is True
    assert posame.same_content(poread.parse(same, PATH), same.replace("\n", "\r\n"))


def test_the_early_answer_reads_an_obsolete_tail() -> None:
    """A merge's text with obsolete entries at its end (every file after a source edit) is
    answered by the scan, its tail compared by the line reader: "the same", or "differs" for
    a tail that differs; it was left to the full reading, which read the whole text again."""
    text = (_HEADER + '#. Note.\nmsgctxt "p1"\nmsgid "a"\nmsgstr "b"\n\n# kept\n#, fuzzy\n'
            '#~ msgctxt "p0"\n#~ msgid "gone"\n#~ msgstr "parti"\n')
    old = poread.parse(text, PATH)
    assert posame._scan(old, text) is True
    assert posame._scan(old, text.replace("parti", "autre")) is None
    assert not posame.same_content(old, text.replace("parti", "autre"))
    assert posame._scan(old, text.replace('"b"', '"c"')) is False
