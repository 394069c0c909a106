"""The PO data layer on files as other tools leave them: CR and CRLF line endings, plural
entries, control characters, obsolete entries that collide, editors' header fields, re-wrapping.
Each runs the real CLI on a copy of the translated sample."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import SLUG, Cli, msgfmt

PO = "locales/{lang}/LC_MESSAGES/" + SLUG + ".po"


def _translations(path: Path) -> dict[str, str]:
    return {f"{e.msgctxt}|{e.msgid}": e.msgstr for e in polib.pofile(str(path))
            if e.msgstr and not e.obsolete}


def _check_msgfmt(path: Path) -> None:
    result = subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_cr_and_crlf_files_keep_every_translation(repo: Path, cli_factory: Callable[[Path], Cli],
                                                  newline: str) -> None:
    cli = cli_factory(repo)
    path = repo / PO.format(lang="fr")
    before = _translations(path)
    assert len(before) > 10
    path.write_bytes(path.read_bytes().replace(b"\n", newline.encode()))
    cli("stats", "--lang", "fr", "--format", "json")
    assert '"percent": 100.0' in cli.out
    cli("extract")
    assert _translations(path) == before  # read through polib after transpub's own reader
    cli("build", "--lang", "fr", "--strict")
    html = (repo / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert 'class="untranslated"' not in html
    assert next(iter(before.values())).split()[0] in html


PLURAL = '''
#, python-format
msgid "%(count)d document"
msgid_plural "%(count)d documents"
msgstr[0] "%(count)d document"
msgstr[1] "%(count)d documents (fr)"
'''


def test_plural_entry_survives_extract_with_every_form(repo: Path,
                                                       cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(repo)
    path = repo / PO.format(lang="fr")
    path.write_text(path.read_text(encoding="utf-8") + PLURAL, encoding="utf-8")
    source = repo / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("New York", "Geneva", 1),
                      encoding="utf-8")  # a real change, so the file is rewritten
    cli("extract")
    plural = [e for e in polib.pofile(str(path)) if e.msgid_plural]
    assert len(plural) == 1
    assert plural[0].msgstr_plural == {0: "%(count)d document", 1: "%(count)d documents (fr)"}
    _check_msgfmt(path)
    written = path.read_bytes()
    cli("extract")  # and a second run leaves the file alone
    assert path.read_bytes() == written


@pytest.mark.parametrize(("inject", "code"), [
    ("\x00", "U+0000"), ("\x07", "U+0007"), ("\x1b", "U+001B"), ("\\a", "U+0007"),
    ("\\b", "U+0008"),
])
@pytest.mark.parametrize("command", [("extract",), ("build",), ("check",), ("stats",)])
def test_control_characters_are_one_line_errors(repo: Path, cli_factory: Callable[[Path], Cli],
                                                inject: str, code: str,
                                                command: tuple[str, ...]) -> None:
    cli = cli_factory(repo)
    path = repo / PO.format(lang="ru")
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith('msgstr "') and i > 20)
    lines[number] = lines[number][:-1] + inject + '"'
    path.write_text("\n".join(lines), encoding="utf-8")
    before = path.read_bytes()
    cli(*command, expect=2)
    assert cli.err.count("\n") == 1 and "Traceback" not in cli.err
    assert f"{path.name}:{number + 1}: control character {code}" in cli.err, cli.err
    assert path.read_bytes() == before


def test_colliding_obsolete_entries_are_repaired_without_loss(
        repo: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(repo)
    path = repo / PO.format(lang="es")
    po = polib.pofile(str(path))
    active = next(e for e in po if e.msgstr and e.msgctxt and "." in e.msgctxt)
    text = path.read_text(encoding="utf-8")
    ghost = (f'\n#~ msgctxt "{active.msgctxt}"\n#~ msgid "{active.msgid}"\n'
             '#~ msgstr "una traducción anterior"\n')
    twin = (f'\n#~ msgctxt "{active.msgctxt}"\n#~ msgid "{active.msgid}"\n'
            f'#~ msgstr "{active.msgstr}"\n')
    path.write_text(text + ghost + ghost + twin, encoding="utf-8")
    cli("extract")
    _check_msgfmt(path)
    after = path.read_text(encoding="utf-8")
    assert after.count("una traducción anterior") == 1
    assert _translations(path)[f"{active.msgctxt}|{active.msgid}"] == active.msgstr


def test_editor_header_fields_and_wrapping_cause_no_churn(
        repo: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(repo)
    path = repo / PO.format(lang="fr")
    text = path.read_text(encoding="utf-8").replace(
        '"X-Generator: ', '"X-Poedit-Basepath: ..\\n"\n"X-Poedit-SourceCharset: UTF-8\\n"\n'
        '"X-Generator: Poedit 3.4.2\\n"\n"X-Old-Generator: ', 1)
    assert "X-Poedit-Basepath" in text
    path.write_text(text, encoding="utf-8")
    msgcat = shutil.which("msgcat")
    if msgcat:  # re-wrap at 79 columns, as msgcat and most editors do
        subprocess.run([msgcat, "-w", "79", "-o", str(path), str(path)], check=True)
    wrapped = path.read_bytes()
    cli("extract")
    assert path.read_bytes() == wrapped
    source = repo / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("New York", "Geneva", 1),
                      encoding="utf-8")
    cli("extract")
    header = polib.pofile(str(path)).metadata
    assert header["X-Poedit-Basepath"] == ".."
    assert header["X-Generator"] == "Poedit 3.4.2"
    _check_msgfmt(path)


def test_octal_and_hex_escapes_read_as_msgfmt_reads_them(tmp_path: Path) -> None:
    from transpub.catalog import read_translations

    path = tmp_path / "escapes.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "A\\101\\x42 \\"q\\" \\t"\n'
                    'msgstr "Z\\132\\x5a"\n', encoding="utf-8")
    [entry] = read_translations(path).entries
    assert (entry.source, entry.target) == ('AAB "q" \t', "ZZZ")
