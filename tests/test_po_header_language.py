"""A PO file's ``Language`` header against what transpub reads it as.

- In a workspace the folder says the language (``locales/fr/``): a file whose header names
  another one (a translator's Spanish file saved into the French folder) is refused by every
  command that reads it, with the header's line, where `build` published it as the French
  release and `check` passed it; ``fr_FR`` and ``und`` stand in ``fr``.
- ``Language: und`` (BCP 47's "undetermined"; babel reads it as English, ``und-Arab`` as
  Arabic) says no language: as no header, ``--lang``, the folder or the file's name decide.
- Errors about the header name the line of its Language field, not line 1.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from transpub.errors import ConfigError
from transpub.languages import parse_tag, undetermined
from transpub.poread import header_line

from conftest import Cli, copy_sample

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _po(ws: Path, lang: str = "fr") -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po"


def _say(path: Path, tag: str) -> int:
    """Set the header's Language to ``tag``; its line."""
    text = path.read_text(encoding="utf-8")
    text, count = re.subn(r'^"Language: [^"\\]*\\n"$', f'"Language: {tag}\\\\n"', text,
                          count=1, flags=re.MULTILINE)
    assert count == 1
    path.write_text(text, encoding="utf-8")
    return header_line(path, "Language")


@pytest.mark.parametrize("tag", ["und", "und-Arab", "UND", "mul", "zxx", "root"])
def test_undetermined_tags_name_no_language(tag: str) -> None:
    assert undetermined(tag)
    with pytest.raises(ConfigError, match="names no language"):
        parse_tag(tag)


@pytest.mark.parametrize("tag", ["fr", "fr_FR", "sr@latin", "zh-Hant", "underscore"])
def test_other_tags_are_determined(tag: str) -> None:
    assert not undetermined(tag)


def test_the_line_of_a_header_written_as_one_string(tmp_path: Path) -> None:
    path = tmp_path / "one.po"
    path.write_text('# a comment\n#, fuzzy\nmsgid ""\nmsgstr "Content-Type: text/plain; '
                    'charset=UTF-8\\nLanguage: zz\\n"\n\nmsgid "Language: fr"\nmsgstr "x"\n',
                    encoding="utf-8")
    assert header_line(path, "Language") == 4
    assert header_line(path, "Plural-Forms") == 1  # (absent: the file's first line)


@pytest.mark.parametrize("tag", ["es", "de", "zh-Hant", "xx-bogus"])
def test_a_file_of_another_language_in_a_folder_is_refused(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], tag: str) -> None:
    ws = copy_sample(tmp_path)
    line = _say(_po(ws), tag)
    assert line > 1
    cli = cli_factory(ws)
    expected = (f"{RELEASE}.po:{line}: its Language header says '{tag}', but it is read as "
                "'fr' (the language of its folder)")
    for command in (("build", "--force"), ("check", "--no-cache"), ("stats",), ("extract",)):
        cli(*command, expect=2)
        assert expected in cli.err, command
        assert "Traceback" not in cli.err
    # all or nothing: no page was published, the French release least of all
    assert not [p for p in (ws / "output").rglob("*") if p.is_file()]


@pytest.mark.parametrize("tag", ["fr_FR", "fr-FR", "und"])
def test_a_form_of_the_folders_language_or_none_stands(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], tag: str) -> None:
    ws = copy_sample(tmp_path)
    _say(_po(ws), tag)
    cli = cli_factory(ws)
    cli("build", "--force")
    assert (ws / "output" / "fr").is_dir()
    cli("check", "--no-cache", "--format", "json")
    assert json.loads(cli.out)["summary"]["files"] == 5


def test_a_file_checked_alone_that_says_und_needs_lang(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    alone = tmp_path / "alone.po"
    shutil.copy2(_po(ws), alone)
    line = _say(alone, "und")
    cli = cli_factory(tmp_path)
    cli("check", str(alone), expect=2)
    assert f"alone.po:{line}: the PO file's Language header says 'und' (no language); " \
        "pass --lang LANG" in cli.err
    cli("check", str(alone), "--lang", "fr", "--format", "json")
    # checked as French (it had been read as English: babel's likely language of "und"),
    # with the approved terms of its notes in French
    assert json.loads(cli.out)["summary"]["files"] == 1
    assert "approved term(s) the files' notes hold" in cli.err


def test_a_returned_file_that_says_und_is_placed_by_its_name(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    sent = tmp_path / "Dialogue FR final.po"
    shutil.copy2(_po(ws), sent)
    _say(sent, "und")
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent))
    assert "fr" in cli.out + cli.err


@pytest.mark.parametrize("header", [
    '"Language: "\n"es\\n"',                     # (its value on the next string)
    '"Language: fr\\n"\n"Language: es\\n"',        # (twice: the last is read)
    '"Language : es\\n"',                         # (a space before the colon)
    '"Language:\\tes\\n"'])                       # (a tab escaped)
def test_every_spelling_of_the_header_is_read_alike(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], header: str) -> None:
    """The build's fast reader reads the header's fields as poread does: each spelling had
    let a Spanish file be published as the French release."""
    ws = copy_sample(tmp_path)
    path = _po(ws)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"Language: fr\\n"', header, 1), encoding="utf-8")
    cli = cli_factory(ws)
    cli("build", "--force", expect=2)
    assert "its Language header says 'es'" in cli.err


def test_xliff_and_a_file_named_alone_refuse_it_too(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """``xliff export``/``import`` and ``check FILE`` of a file in gettext's
    ``fr/LC_MESSAGES/`` (it had been exported as French, and checked as Spanish)."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("xliff", "export", "--lang", "fr")
    _say(_po(ws), "es")
    for command in (("xliff", "export"), ("xliff", "import", str(next(
            (ws / "xliff").glob("*.fr.xlf")))), ("check", str(_po(ws)))):
        cli(*command, expect=2)
        assert "its Language header says 'es', but it is read as 'fr'" in cli.err, command
