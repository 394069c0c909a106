"""The build's reader of plain PO files (``pofast.BuildEntries``, issue 13) against poread.

``pofast.read_build_entries`` keeps the entries of a file of the plain shape (a one-line
msgctxt each, no escape after the header, no obsolete entry or previous string) as the
regular expression found them, unquoted only when a page asks; any other file is read as
before (``read_build_translations``: the per-entry reader, or poread). Whatever the path, the
entries (unit, msgid, msgstr, fuzzy, line, msgctxt, in order) and every error must be
poread's, and a page filled from them must be the page filled from poread's set: checked on
generated files biased to the plain shape with hostile variations (raw quotation marks,
unterminated strings, escapes, flags spelt every way, two flags lines, duplicate and empty
msgctxt, CRLF, a byte-order mark, obsolete and plural entries, previous strings, a header in
another charset), on the repository's sample, on the real editors' files of /work/real-data
(``tests/realdata.py``), and through ``Skeleton.page``.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from test_build_fastpath import _outcome, _view
from transpub import pofast
from transpub.catalog import TranslationSet, po_path, read_translations
from transpub.config import load_settings
from transpub.errors import CatalogError
from transpub.pagefast import FastPage, Skeleton
from transpub.workspace import load, source_files
from varied import vary_translations

import realdata
from conftest import Cli, copy_sample

_HEADER = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; '
           'charset=UTF-8\\n"\n\n')


_WORD = st.sampled_from(["Hello", "le monde", "联合国", "مكتب", "<a1>x</a1>", " ", "«ع»",
                         "Édité", "a,b", "#~", "#|", "msgid", "x" * 40, "#, fuzzy"])
#: comment lines of the plain shape: flags spelt every way poread reads (fuzzy or not)
_COMMENT = st.sampled_from(["#. Paragraph 1.", "#: source/x.xml:4", "# translator", "#",
                            "#, fuzzy", "#,fuzzy", "#, c-format, fuzzy", "#, fuzzy, no-wrap",
                            "#, fuzzy-ish", "#, a fuzzy", "#,\u00a0fuzzy\u00a0", "#, ,fuzzy,",
                            "#, c-format", '#. said "this"', "#.", "#:", "#. fuzzy"])


@st.composite
def _strings(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.lists(_WORD, max_size=4).map("".join), min_size=1, max_size=3))
    return "\n".join(f'"{line}"' for line in lines)


#: What makes a file leave the plain shape (or poread refuse it), one at most per file.
_HOSTILE = st.sampled_from([
    ("string", 'msgstr "raw " quote"'), ("string", 'msgstr "esc \\" aped"'),
    ("string", 'msgstr "tab\\there"'), ("string", 'msgstr "back\\\\slash"'),
    ("string", 'msgstr "\\101"'), ("string", 'msgstr "unterminated'),
    ("string", 'msgstr "trailing" '), ("string", 'msgstr "'), ("string", 'msgstr "a" "b"'),
    ("string", 'msgstr ""\n"a"b"\n"'), ("string", 'msgstr ""\n"\n"a""'),
    ("context", 'msgctxt "p0"'), ("context", 'msgctxt ""'), ("context", ""),
    ("context", 'msgctxt ""\n"p9"'), ("context", 'msgctxt "a\\"b"'),
    ("comment", '#| msgid "old"'), ("comment", '#~ msgid "gone"'), ("comment", " #, fuzzy"),
    ("comment", '#| msgid "bad \\x01"'), ("comment", "#~"), ("comment", "#, fuzzy\n#, c-format"),
    ("comment", "#, c-format\n#, fuzzy"), ("comment", "#| "),
    # previous strings: the plain shape's (what the merges write), and every other spelling
    ("comment", '#, fuzzy\n#| msgctxt "p1.x"\n#| msgid "Old "\n#| "text."'),
    ("comment", '#|\tmsgid "x" '), ("comment", '#|msgid "x"'), ("comment", '#| msgid  "x"'),
    ("comment", '#| msgid "raw " quote"'), ("comment", '#| "unterminated'),
    ("comment", '#| msgid_plural "x"'), ("comment", "#| msgid x"), ("comment", '#| "a" "b"'),
    ("comment", '#| msgid "x"\u00a0'), ("comment", '#| msgstr "x"'), ("comment", '#| "'),
    ("plural", 'msgid_plural "many"\nmsgstr[0] "one"\nmsgstr[1] "two"'),
    ("file", "crlf"), ("file", "bom"), ("file", "obsolete"), ("file", "blank with space"),
    ("file", "no header"), ("file", "latin-1"),
    # obsolete entries after the last one, as msgmerge, transpub's merge and the editors
    # keep them (read the fast way when poread reads the tail as obsolete entries only), and
    # tails it reads otherwise or refuses
    ("tail", '#~ msgctxt "p9"\n#~ msgid "gone"\n#~ msgstr "parti"'),
    ("tail", '# old note\n#, fuzzy\n#~| msgid "older"\n#~ msgctxt "p9"\n#~ msgid "gone"\n'
             '#~ msgstr ""\n#~ "parti"\n\n#~ msgid "gone"\n#~ msgstr "again"'),
    ("tail", '#~ msgid "one"\n#~ msgid_plural "many"\n#~ msgstr[0] "a"\n#~ msgstr[1] "b"'),
    ("tail", '#~ msgid "esc \\" aped"\n#~ msgstr "\\101"\n#~\n#~|\n#~ domain "d"'),
    ("tail", '#~ msgid ""\n#~ msgstr "Language: de\\n"'), ("tail", '#~ msgid ""\n#~ msgstr ""'),
    ("tail", '#~ msgid "bad \\x01"\n#~ msgstr ""'), ("tail", '#~ msgid "raw " quote"'),
    ("tail", '#~ "continued"\n#~ msgid "x"\n#~ msgstr "y"'), ("tail", '#~ msgstr "stray"'),
    ("tail", '#~ msgid_plural "many"'), ("tail", '#~ msgstr[1] "b"'),
    ("tail", '#~ domain "d"\n#~ "continued"'), ("tail", '#, fuzzy\n#~ "continued"'),
    ("tail", '#~ msgid "gone"\n#~ msgstr "x"\n\nmsgctxt "p8"\nmsgid "back"\nmsgstr "r"'),
    ("tail", '#~ msgid "gone"\n#~ msgstr "x"\n\nmsgctxt "p0"\nmsgid "back"\nmsgstr "r"'),
    ("tail", '#~ msgid "gone"\n\n#. note\nmsgctxt "p8"\nmsgid "x"\nmsgstr "y"'),
    ("tail", '#~ msgctxt "p0"\n#~ msgid "gone"\n#~ msgstr "x"\n#~ msgstr "y"'),
    ("tail", '#~ msgid "x"\n#~ msgstr "y"\n  \n#~ msgid "z"\n#~ msgstr "w"')])


@st.composite
def _plain_files(draw: st.DrawFn) -> bytes:
    hostile = draw(st.one_of(st.none(), _HOSTILE))
    where = draw(st.integers(0, 5))
    kind, spoiler = hostile or ("", "")
    parts = [] if kind == "file" and spoiler == "no header" else [
        draw(st.sampled_from(["", "# A header comment\n", "#, fuzzy\n"])) + _HEADER]
    count = draw(st.integers(0, 6))
    for number in range(count):
        lines = list(draw(st.lists(_COMMENT, max_size=3)))
        here = number == where % max(count, 1)
        if here and kind == "comment":
            lines.append(spoiler)
        context = f'msgctxt "p{number}"'
        if here and kind == "context":
            context = spoiler
        lines += [context, f"msgid {draw(_strings())}"] if context else \
            [f"msgid {draw(_strings())}"]
        if (here and kind == "string") or (here and kind == "plural"):
            lines.append(spoiler)
        else:
            lines.append(f"msgstr {draw(_strings())}")
        ending = "" if number == count - 1 and draw(st.booleans()) else draw(
            st.sampled_from(["\n\n", "\n", "\n\n\n"]))
        if here and spoiler == "blank with space":
            ending = "\n \n"
        parts.append("\n".join(lines) + ending)
    text = "".join(parts)
    if spoiler == "obsolete":
        text += '\n\n#~ msgctxt "p9"\n#~ msgid "gone"\n#~ msgstr "parti"\n'
    if kind == "tail":
        text += draw(st.sampled_from(["\n", "\n\n", ""])) + spoiler + draw(
            st.sampled_from(["\n", ""]))
    # CRLF throughout (a Windows editor, git's core.autocrlf) with any of the above, or a
    # lone CR (old Mac editors), which poread reads as a line end too
    ends = draw(st.sampled_from(["\n"] * 6 + ["\r\n", "\r"]))
    if spoiler == "crlf" or ends != "\n":
        text = text.replace("\n", "\r\n" if spoiler == "crlf" else ends)
    if spoiler == "bom":
        text = "\ufeff" + text
    if spoiler == "latin-1":
        text = text.replace("charset=UTF-8", "charset=ISO-8859-1")
        return text.encode("latin-1", errors="replace")
    return text.encode("utf-8")


@settings(max_examples=500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_plain_files())
@example(_HEADER + 'msgctxt "a"\nmsgid "x"\nmsgstr "y"\n')
@example(_HEADER + '#, fuzzy-ish\n#. fuzzy\nmsgctxt "a"\nmsgid "x"\nmsgstr "y"\n')
@example(_HEADER + '#, fuzzy\n#. n\nmsgctxt "a"\nmsgid ""\n"x "\n"y"\nmsgstr ""\n')
@example(_HEADER + '#, c-format\n#, fuzzy\nmsgctxt "a"\nmsgid "x"\nmsgstr "y"\n')
@example(_HEADER + 'msgctxt "a"\nmsgid "x"\nmsgstr "y" "z"\n')
@example(_HEADER + 'msgctxt "a"\nmsgid "x"\nmsgstr "\n"a"b"\n')
@example(_HEADER + 'msgctxt "a"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "a"\nmsgid "z"\nmsgstr "w"\n')
@example('msgctxt "a"\nmsgid "x"\nmsgstr "y"')
@example('#, fuzzy\nmsgctxt "a"\nmsgid "x"\nmsgstr "y"\n')
def test_plain_reader_gives_poread_entries_or_leaves_the_file(tmp_path: Path,
                                                               text: bytes | str) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    expected = _outcome(read_translations, path)
    assert _outcome(pofast.read_build_entries, path) == expected
    assert _outcome(lambda p, lang: pofast.read_build_entries(p, lang, p.read_bytes()),
                    path) == expected


def test_plain_files_are_read_the_plain_way(tmp_path: Path) -> None:
    """The shape transpub writes and translators' tools keep (wrapped strings, flags, comments,
    a byte-order mark) is read without the per-entry reader, and as poread reads it."""
    path = tmp_path / "x.po"
    text = (_HEADER + '#. Headline.\n#: source/x.xml:5\nmsgctxt "title"\nmsgid "Title"\n'
            'msgstr "Titre"\n\n#, c-format, fuzzy\n# translator\nmsgctxt "p1.a"\nmsgid ""\n'
            '"First line "\n"second."\nmsgstr ""\n"Première "\n"ligne."\n\nmsgctxt "p1.b"\n'
            'msgid "Empty"\nmsgstr ""\n')
    for data in (text, "\ufeff" + text):
        path.write_text(data, encoding="utf-8")
        entries = pofast.read_build_entries(path, "fr")
        assert isinstance(entries, pofast.BuildEntries)
        assert entries.rows() == [
            ("title", "Title", "Titre", False, 8, "title"),
            ("p1.a", "First line second.", "Première ligne.", True, 14, "p1.a"),
            ("p1.b", "Empty", "", False, 22, "p1.b")]
        assert _view(entries) == _view(read_translations(path, "fr"))
        assert isinstance(pofast.as_set(entries), TranslationSet)
        assert _view(pofast.as_set(entries)) == _view(entries)  # type: ignore[arg-type]


def test_previous_strings_keep_the_plain_way(tmp_path: Path) -> None:
    """Fuzzy entries with their previous msgctxt and msgid (``#|``: what re-extraction writes
    after a source edit, and ``msgmerge --previous``) are read the plain way, as poread reads
    them: they sent the file to the per-entry reader, ~2.5x the time."""
    path = tmp_path / "x.po"
    path.write_text(_HEADER + '#. Paragraph.\n#, fuzzy\n#| msgctxt "p1.old"\n#| msgid ""\n'
                    '#| "Old "\n#| "text."\nmsgctxt "p1.a"\nmsgid "New text."\nmsgstr "Ancien."\n'
                    '\nmsgctxt "p1.b"\nmsgid "Same."\nmsgstr "Pareil."\n', encoding="utf-8")
    entries = pofast.read_build_entries(path, "fr")
    assert isinstance(entries, pofast.BuildEntries)
    assert entries.rows() == [("p1.a", "New text.", "Ancien.", True, 12, "p1.a"),
                              ("p1.b", "Same.", "Pareil.", False, 16, "p1.b")]
    assert _view(entries) == _view(read_translations(path, "fr"))


@pytest.mark.parametrize("ends", ["\n", "\r\n", "\r"])
def test_obsolete_entries_and_windows_line_ends_keep_the_plain_way(tmp_path: Path,
                                                                   ends: str) -> None:
    """A file with obsolete entries at its end (what re-extraction leaves after a source
    edit), saved with CRLF (a Windows editor, git's ``core.autocrlf``) or CR line ends, is
    read the plain way, as poread reads it: each of these sent it to poread whole."""
    path = tmp_path / "x.po"
    text = (_HEADER + '#, fuzzy\nmsgctxt "title"\nmsgid "Title"\nmsgstr "Titre"\n\n'
            '#. Paragraph.\nmsgctxt "p1.a"\nmsgid ""\n"First "\n"line."\nmsgstr "Ligne."\n\n'
            '# kept by the translator\n#, fuzzy\n#~| msgid "Older"\n#~ msgctxt "p0.z"\n'
            '#~ msgid "Gone"\n#~ msgstr ""\n#~ "Parti"\n\n#~ msgid "Also gone"\n'
            '#~ msgstr "Aussi"\n')
    path.write_bytes(text.replace("\n", ends).encode("utf-8"))
    entries = pofast.read_build_entries(path, "fr")
    assert isinstance(entries, pofast.BuildEntries)
    assert entries.rows() == [("title", "Title", "Titre", True, 7, "title"),
                              ("p1.a", "First line.", "Ligne.", False, 12, "p1.a")]
    assert _view(entries) == _view(read_translations(path, "fr"))
    translations = pofast.read_build_translations(path, "fr")
    assert _view(translations) == _view(read_translations(path, "fr"))
    # an error in the tail is poread's, at its line; an active entry after it, poread's too
    for tail, wanted in (('#~ msgid "bad \\x01"\n', "control character"),
                         ('#~ msgstr "stray"\n', "PO syntax error")):
        path.write_bytes((text + tail).replace("\n", ends).encode("utf-8"))
        with pytest.raises(CatalogError, match=wanted) as raised:
            pofast.read_build_entries(path, "fr")
        assert raised.value.line == text.count("\n") + 1
    path.write_bytes((text + '\nmsgctxt "p2"\nmsgid "Back"\nmsgstr "Retour"\n').replace(
        "\n", ends).encode("utf-8"))
    back = pofast.read_build_entries(path, "fr")
    assert not isinstance(back, pofast.BuildEntries)
    assert _view(back) == _view(read_translations(path, "fr"))
    assert [t.unit for t in back.entries] == ["title", "p1.a", "p2"]


def test_the_sample_is_read_the_plain_way_as_poread_reads_it(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    files = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    assert files
    for path in files:
        lang = path.parent.parent.name  # (read as another language, its header is refused)
        entries = pofast.read_build_entries(path, lang)
        assert isinstance(entries, pofast.BuildEntries), path
        assert _view(entries) == _view(read_translations(path, lang))


def test_real_editors_files_read_as_poread_reads_them() -> None:
    """Every third-party PO file (Poedit, Weblate, Launchpad, Django, Okapi...): the same
    entries or the same error."""
    folders = ["tests/data/real/po", "tests/corpus_real/po",
               *(f"tests/corpus_real/po{n}" for n in range(2, 6))]
    files = sorted({p for folder in folders for p in realdata.paths(folder, ".po")})
    assert len(files) >= 30
    plain = 0
    for path in files:
        assert _outcome(pofast.read_build_entries, path) == _outcome(read_translations, path)
        with contextlib.suppress(CatalogError):
            plain += isinstance(pofast.read_build_entries(path, "fr"), pofast.BuildEntries)
    assert plain  # some of them are of the plain shape


def _fields(page: FastPage | None) -> object:
    assert page is not None
    return (page.html_of, page.xml_of, page.translated, page.fuzzy_used, page.fallbacks,
            page.problems, page.title, page.date_text, page.total)


@pytest.mark.parametrize("include_fuzzy", [False, True])
def test_pages_from_plain_entries_equal_pages_from_poread(tmp_path: Path, cli_factory,  # type: ignore[no-untyped-def]
                                                          include_fuzzy: bool) -> None:
    """``Skeleton.page`` filled from ``BuildEntries`` gives what it gives from poread's set:
    fuzzy, emptied, stale, placeholder-broken and unmatched entries, their problems and
    lines, in every language."""
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    vary_translations(ws, cli, 5)
    # entries of no unit (one translated, one not), stale entries
    for number, code in enumerate(["fr", "ru", "zh", "ar", "es"]):
        po = po_path(ws / "locales", code, f"copy-{number}")
        if not po.exists():
            continue
        text = po.read_text(encoding="utf-8")
        text = re.sub(r'(msgctxt "[^"]*"\nmsgid ")', r"\1Old: ", text, count=2)
        text += '\nmsgctxt "p99.x"\nmsgid "Gone."\nmsgstr "Parti."\n'
        text += '\nmsgctxt "p99.y"\nmsgid "Gone too."\nmsgstr ""\n'
        po.write_text(text, encoding="utf-8")
    settings_ = load_settings(ws)
    plain_files = 0
    problems = 0
    for path in source_files(settings_):
        release, segments = load(settings_, path)
        skeleton = Skeleton(release, segments, "en")
        for info in settings_.languages:
            po = po_path(settings_.locales_dir, info.code, release.slug)
            if not po.exists():
                continue
            entries = pofast.read_build_entries(po, info.code)
            plain_files += isinstance(entries, pofast.BuildEntries)
            args = (settings_.style(info.code), info.sentence_joiner,
                    info.direction == "rtl", include_fuzzy)
            fast = skeleton.page(info.code, entries, *args)
            reference = skeleton.page(info.code, read_translations(po, info.code), *args)
            assert _fields(fast) == _fields(reference)
            problems += len(reference.problems)  # type: ignore[union-attr]
    assert plain_files >= 30 and problems >= 10
