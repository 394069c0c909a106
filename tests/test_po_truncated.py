"""A PO file cut short (a transfer interrupted: a mail attachment, a copy to a shared drive)
is said to be truncated, with its file and line, by every reader of PO files: it had been
"not UTF-8" (cut inside a multibyte character) or "unterminated string" (cut inside a quoted
string), as if the translator's tool had written it wrong. Nothing is written."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample, msgfmt

RELEASE = "unoct-qatar-strategic-dialogue-2020"
PO = f"locales/fr/LC_MESSAGES/{RELEASE}.po"
CUT = "; an interrupted transfer? Get the whole file again"
HEAD = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _cut(data: bytes, how: str) -> bytes:
    """``data`` cut as an interrupted transfer cuts it."""
    if how == "character":  # after the first byte of «é»
        return data[:data.index("é".encode(), 3000) + 1]
    if how == "string":  # inside a msgstr's string
        return data[:data.index(b'msgstr "', 3000) + 20]
    if how == "line":  # just after a msgid line's line break, before its msgstr
        return data[:data.index(b'\nmsgstr "', 3000) + 1]
    if how in KEYWORD_CUTS:  # inside the msgstr keyword, or after it
        return data[:data.index(b'\nmsgstr "', 3000) + 1 + len(KEYWORD_CUTS[how])]
    return data[:data.index(b'msgid "', 3000) + len(b'msgid "Mr.')]  # inside a msgid


#: Cuts inside or just after a msgstr keyword (h4 repro 04): "unexpected 'msgst'", or the
#: keyword alone read as an empty translation
KEYWORD_CUTS = {"keyword": b"msgst", "bare": b"msgstr", "bare-space": b"msgstr "}

WHAT = {"character": "in the middle of a character", "string": "inside a quoted string",
        "msgid": "inside a quoted string", "keyword": "inside a keyword",
        "bare": "after msgstr, before its string", "bare-space": "after msgstr, before its string",
        "line": "before the entry's msgstr, at a line's end (or its msgstr line was deleted)"}


def _lines(data: bytes) -> int:
    """The file's last line (one ending with its line break: the line holding it)."""
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def _expected(data: bytes) -> str:
    return f"{PO}:{_lines(data)}: truncated: the file ends "


@pytest.mark.parametrize("how", ["character", "string", "msgid", *KEYWORD_CUTS, "line"])
@pytest.mark.parametrize("command", [("check",), ("check", PO), ("extract",), ("stats",),
                                     ("build",)])
def test_every_reader_says_truncated(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     command: tuple[str, ...], how: str) -> None:
    ws = copy_sample(tmp_path)
    path = ws / PO
    data = _cut(path.read_bytes(), how)
    path.write_bytes(data)
    cli = cli_factory(ws)
    cli(*command, expect=None)
    assert f"transpub: error: {_expected(data)}{WHAT[how]}{CUT}" in cli.err
    assert "not UTF-8" not in cli.err and "unterminated" not in cli.err
    assert "syntax error" not in cli.err
    assert path.read_bytes() == data
    if command == ("extract",):
        assert cli.err.count("error:") == 1


@pytest.mark.parametrize("how", ["character", "string", *KEYWORD_CUTS, "line"])
def test_a_returned_file_cut_short(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                   how: str) -> None:
    ws = copy_sample(tmp_path)
    back = tmp_path / "back-fr.po"
    data = _cut((ws / PO).read_bytes(), how)
    back.write_bytes(data)
    before = (ws / PO).read_bytes()
    cli = cli_factory(ws)
    cli("xliff", "import", str(back), expect=2)
    assert cli.err.strip() == (f"transpub: error: {back}:{_lines(data)}: truncated: "
                               f"the file ends {WHAT[how]}{CUT}")
    assert (ws / PO).read_bytes() == before


def test_cut_before_the_msgstr(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Cut after a whole msgid line, with its line break or not: truncated (the cut at the
    line's end had been "an entry without msgstr (its line deleted?)" alone: the same bytes as
    a last msgstr line deleted, the message now names both); a blank line or a comment after
    it is a file that went on: its msgstr line deleted, as before."""
    ws = copy_sample(tmp_path)
    path = ws / PO
    text = path.read_text(encoding="utf-8")
    at = text.index("\nmsgstr ", text.index('msgctxt "place"'))
    line = text.count("\n", 0, at) + 1
    cli = cli_factory(ws)
    path.write_text(text[:at], encoding="utf-8")
    cli("check", PO, expect=2)
    assert cli.err.strip() == (f"transpub: error: {PO}:{line}: truncated: the file ends "
                               f"before the entry's msgstr{CUT}")
    for cut in (text[:at + 1], text[:at + 1].replace("\n", "\r\n")):
        path.write_text(cut, encoding="utf-8", newline="")
        cli("check", PO, expect=2)
        assert cli.err.strip() == (f"transpub: error: {PO}:{line}: truncated: the file ends "
                                   f"{WHAT['line']}{CUT}")
    for after in ("\n", "\n\n", "# a comment\n", "#. a note\n"):
        path.write_text(text[:at + 1] + after, encoding="utf-8")
        cli("check", PO, expect=2)
        assert cli.err.strip() == (f"transpub: error: {PO}:{line}: PO syntax error: an entry "
                                   "without msgstr (its line deleted?)"), after


@pytest.mark.parametrize(("body", "line"), [
    ('msgid "a"\nmsgstr "A"\n\nmsgctxt "b"\n', 9),
    ('msgid "a"\nmsgstr "A"\n\nmsgctxt "b"\nmsgid ""\n"B "\n"more"\n', 10),
    ('msgid "a"\nmsgid_plural "as"\n', 7),
    ('msgid "a"\nmsgstr "A"\n\n#, fuzzy\n#~ msgid "b"\n', 10),
    ('msgid "a"\nmsgstr "A"\n\n#~ msgid ""\n#~ "b"\n', 9),
])
def test_cut_at_a_line_end_before_the_msgstr(tmp_path: Path, body: str, line: int) -> None:
    """Every keyword or string of an entry read last, the file ending with its line: cut
    there, said truncated by every reader (a continued msgid, a plural, an obsolete entry)."""
    from transpub.catalog import read_translations
    from transpub.errors import CatalogError
    from transpub.pofast import read_build_translations
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    path.write_text(HEAD + body, encoding="utf-8")
    for read in (lambda: read_entries(path), lambda: read_translations(path, "fr"),
                 lambda: read_build_translations(path, "fr")):
        with pytest.raises(CatalogError) as caught:
            read()
        assert str(caught.value) == f"{path}:{line}: truncated: the file ends {WHAT['line']}{CUT}"


def test_legitimate_endings_are_read(tmp_path: Path) -> None:
    """Files that end whole are never said truncated: an empty msgstr last, a header alone,
    obsolete entries or a comment last, no line break at the end."""
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    for body in ('msgid "a"\nmsgstr ""\n', 'msgid "a"\nmsgstr ""\n\n', "",
                 'msgid "a"\nmsgstr "A"\n\n#~ msgid "b"\n#~ msgstr "B"\n',
                 'msgid "a"\nmsgstr "A"\n# the end\n', 'msgid "a"\nmsgstr "A"'):
        path.write_text(HEAD + body, encoding="utf-8")
        read_entries(path)


def test_a_legacy_multibyte_file_cut_short(tmp_path: Path) -> None:
    """A file in a declared multibyte charset (GB18030) cut inside a character: the same."""
    from transpub.errors import CatalogError
    from transpub.poread import read_entries

    path = tmp_path / "zh.po"
    text = ('msgid ""\nmsgstr ""\n"Language: zh\\n"\n'
            '"Content-Type: text/plain; charset=GB18030\\n"\n\nmsgid "Geneva"\nmsgstr "日内瓦"\n')
    path.write_bytes(text.encode("gb18030")[:-3])
    with pytest.raises(CatalogError) as caught:
        read_entries(path)
    assert str(caught.value) == (f"{path}:7: truncated: the file ends in the middle of a "
                                 f"character{CUT}")


def test_a_bad_byte_inside_is_still_not_utf8(tmp_path: Path) -> None:
    """A bad byte with text after it is no cut: "not UTF-8", as before."""
    from transpub.errors import CatalogError
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    path.write_bytes(b'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "a"\nmsgstr "\xe9t\xe9"\n')
    with pytest.raises(CatalogError) as caught:
        read_entries(path)
    assert "not UTF-8 (byte 0xe9)" in str(caught.value)


#: A small file of every kind of entry PO editors write: comments, a previous msgid, a
#: msgctxt, strings on several lines, plural entries, obsolete ones (plural too)
EVERY_KIND = (
    '# Translators: A.\nmsgid ""\nmsgstr ""\n"Language: fr\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
    '\n#. Paragraph 1.\n#: source/x.xml:3\n#, fuzzy\n#| msgid "Helo"\nmsgctxt "p1.a"\n'
    'msgid "Hello"\nmsgstr "Bonjour"\n\nmsgctxt "p2"\nmsgid ""\n"Long "\n"text"\nmsgstr ""\n'
    '"Un "\n"texte"\n\nmsgid "one day"\nmsgid_plural "%d days"\nmsgstr[0] "Un jour"\n'
    'msgstr[1] "%d jours"\n\n#, fuzzy\n#~| msgid "Ol"\n#~ msgctxt "old"\n#~ msgid "Old"\n'
    '#~ msgstr "Vieux"\n\n#~ msgid "one file"\n#~ msgid_plural "%d files"\n#~ msgstr[0] "un"\n'
    '#~ msgstr[1] "%d fichiers"\n')


def test_every_cut_is_read_or_said_truncated(tmp_path: Path) -> None:
    """``EVERY_KIND`` cut at each byte: every reader reads it (the cut fell after a whole
    string, or in a comment, ``#|`` lines too: what they hold is no translation) or says it
    is truncated; never another error (a cut after a msgid line's break had been "an entry
    without msgstr"). A cut inside a
    keyword («msgst», «msgstr[0», «#~ msgid_pl») had been "unexpected 'msgst'", one inside
    ``msgstr[1]`` "a second msgstr for the entry", and a keyword without its string
    («msgstr») read as an empty translation."""
    from transpub.catalog import read_translations
    from transpub.errors import CatalogError
    from transpub.pofast import read_build_translations
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    data = EVERY_KIND.encode()
    wrong = []
    for at in range(1, len(data)):
        path.write_bytes(data[:at])
        for read in (lambda: read_entries(path), lambda: read_translations(path, "fr"),
                     lambda: read_build_translations(path, "fr")):
            try:
                read()
            except CatalogError as exc:
                if not exc.message.startswith("truncated: the file ends "):
                    wrong.append((data[:at].rsplit(b"\n", 1)[-1], exc.message))
            else:  # (read: the cut fell after a whole string, or in a comment)
                last = data[:at].rstrip(b"\n").rsplit(b"\n", 1)[-1]
                last = last[2:].lstrip() if last.startswith(b"#~") else last
                if (last.startswith(b"m") and not last.endswith(b'"')) or (
                        last.startswith((b"msgid", b"msgctxt")) and data[at - 1:at] == b"\n"):
                    wrong.append((last, "read"))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(("body", "line", "keyword"), [
    ('msgid "a"\nmsgstr\n\nmsgid "b"\nmsgstr "B"\n', 7, "msgstr"),
    ('msgid "a"\nmsgstr\n', 7, "msgstr"),
    ('msgid\nmsgstr "A"\n', 6, "msgid"),
    ('msgid "a"\nmsgstr\n# a comment\n"A"\n', 7, "msgstr"),
    ('msgid "a"\nmsgstr "A"\n\n#~ msgid "b"\n#~ msgstr\n', 10, "msgstr"),
])
def test_a_keyword_without_its_string(tmp_path: Path, body: str, line: int,
                                      keyword: str) -> None:
    """A keyword without its string, the file going on: a syntax error naming its line, as
    msgfmt's (a ``msgstr`` alone had been read as an empty translation)."""
    from transpub.errors import CatalogError
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        read_entries(path)
    assert str(caught.value) == f"{path}:{line}: PO syntax error: {keyword} without its string"
    if shutil.which("msgfmt"):
        assert subprocess.run([msgfmt(), "-o", "/dev/null", str(path)],
                              capture_output=True).returncode != 0


def test_a_keyword_with_its_string_on_the_next_line(tmp_path: Path) -> None:
    """``msgstr`` and its string on the next line are one, as msgfmt reads them."""
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    path.write_text(HEAD + 'msgid "a"\nmsgstr\n\n"A"\n\n#~ msgid "b"\n#~ msgstr\n#~ "B"\n',
                    encoding="utf-8")
    _header, entries = read_entries(path)
    assert [(e.msgid, e.msgstr, e.obsolete) for e in entries] == [("a", "A", False),
                                                                  ("b", "B", True)]
    if shutil.which("msgfmt"):
        subprocess.run([msgfmt(), "-o", "/dev/null", str(path)], check=True)
