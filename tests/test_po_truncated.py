"""A PO file cut short (a transfer interrupted: a mail attachment, a copy to a shared drive)
is said to be truncated, with its file and line, by every reader of PO files: it had been
"not UTF-8" (cut inside a multibyte character) or "unterminated string" (cut inside a quoted
string), as if the translator's tool had written it wrong. Nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample

RELEASE = "unoct-qatar-strategic-dialogue-2020"
PO = f"locales/fr/LC_MESSAGES/{RELEASE}.po"
CUT = "; an interrupted transfer? Get the whole file again"


def _cut(data: bytes, how: str) -> bytes:
    """``data`` cut as an interrupted transfer cuts it."""
    if how == "character":  # after the first byte of «é»
        return data[:data.index("é".encode(), 3000) + 1]
    if how == "string":  # inside a msgstr's string
        return data[:data.index(b'msgstr "', 3000) + 20]
    return data[:data.index(b'msgid "', 3000) + len(b'msgid "Mr.')]  # inside a msgid


WHAT = {"character": "in the middle of a character", "string": "inside a quoted string",
        "msgid": "inside a quoted string"}


def _lines(data: bytes) -> int:
    return data.count(b"\n") + 1


def _expected(data: bytes) -> str:
    return f"{PO}:{_lines(data)}: truncated: the file ends "


@pytest.mark.parametrize("how", ["character", "string", "msgid"])
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
    assert path.read_bytes() == data
    if command == ("extract",):
        assert cli.err.count("error:") == 1


@pytest.mark.parametrize("how", ["character", "string"])
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
    """Cut after a whole msgid line, but not its line break: truncated; a file ending so with
    its line break is the deleted msgstr line it was."""
    ws = copy_sample(tmp_path)
    path = ws / PO
    text = path.read_text(encoding="utf-8")
    at = text.index("\nmsgstr ", text.index('msgctxt "place"'))
    path.write_text(text[:at], encoding="utf-8")
    line = text.count("\n", 0, at) + 1
    cli = cli_factory(ws)
    cli("check", PO, expect=2)
    assert cli.err.strip() == (f"transpub: error: {PO}:{line}: truncated: the file ends "
                               f"before the entry's msgstr{CUT}")
    path.write_text(text[:at + 1], encoding="utf-8")
    cli("check", PO, expect=2)
    assert cli.err.strip() == (f"transpub: error: {PO}:{line}: PO syntax error: an entry "
                               "without msgstr (its line deleted?)")


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
