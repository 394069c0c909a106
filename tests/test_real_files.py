"""Every real TBX, TMX and PO file in ``tests/data/real/`` (see SOURCES.md) through every command
that reads it: loaded, or refused with one line a user would agree with; never exit 3, never a
traceback."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import DATA, SLUG, Cli

REAL = DATA / "real"

#: TMX file -> (exit status of "tm import", what the output must say)
TMX = {
    "ExportTest1A.tmx": (0, "imported 4 unit(s)"),
    "ExportTest1B.tmx": (0, "imported 2 unit(s)"),
    "ExportTest1C.tmx": (0, "imported 4 unit(s)"),
    "ExportTest1D.tmx": (0, "imported 4 unit(s)"),
    "ExportTest1E.tmx": (0, "imported 4 unit(s)"),
    "ExportTest2A.tmx": (0, "10 segment(s) skipped: inline codes"),
    "ImportTest1A.tmx": (0, "imported 2 unit(s)"),  # UTF-16 LE with a DOCTYPE
    "ImportTest1B.tmx": (0, "imported 1 unit(s)"),
    "ImportTest1C.tmx": (0, "languages not in the workspace, ignored: ja"),
    "ImportTest1D.tmx": (2, "holds no language of the workspace (it holds en (en-gb, en-us)"),
    "ImportTest1E.tmx": (2, "holds no language of the workspace"),
    "ImportTest1F.tmx": (2, "holds no language of the workspace"),  # UTF-16 LE
    "ImportTest1G.tmx": (2, "holds no language of the workspace"),  # UTF-16 BE
    "ImportTest1H.tmx": (2, "holds no language of the workspace"),  # US-ASCII
    "ImportTest1I.tmx": (2, "it holds en (en-us), ja (ja-jp)"),
    "ImportTest1J.tmx": (2, "holds no language of the workspace"),
    "ImportTest1J_many.tmx": (0, "imported 3 unit(s)"),
    "ImportTest1K.tmx": (0, "languages not in the workspace, ignored: de"),
    "ImportTest1L.tmx": (0, "imported 1 unit(s)"),
    "ImportTest2A-0index.tmx": (0, "10 segment(s) skipped: inline codes"),
    "ImportTest2A.tmx": (0, "10 segment(s) skipped: inline codes"),
    "ImportTest2B.tmx": (0, "10 segment(s) skipped: inline codes"),
    "ImportTest2C.tmx": (2, "3 segment(s) skipped for inline codes"),
    "okapi.Paragraph_TM.tmx": (2, "it holds de (de-de), en (en-us)"),
    "okapi.html_test.tmx": (0, "8 segment(s) skipped: inline codes"),
    "okapi.issue277.tmx": (2, "it holds de (DE), en (EN)"),
    "okapi.mytm.tmx": (0, "20 segment(s) skipped: inline codes"),
    "okapi.sample14b.tmx": (2, "it holds de (de-de), en (en-us)"),
    "okapi.tmxtest-attributes.tmx": (0, "imported 9 unit(s)"),
}

#: PO file -> (exit status of "check FILE", what stderr must say, or the units checked)
PO: dict[str, tuple[int, str | int]] = {
    "django-comments.ar.po": (0, 91),  # 6 plural forms each
    "django-comments.es.po": (0, 67),
    "django-comments.fr.po": (0, 67),
    "django-comments.ru.po": (0, 79),  # Transifex's 4 Russian forms
    "django-comments.zh_Hans.po": (0, 61),  # "Language: zh_CN"
    "okapi.AllCasesTest.po": (2, "no Language header; pass --lang LANG"),
    "okapi.Test01.po": (2, "okapi.Test01.po:1: a UTF-16 PO file"),
    "okapi.Test02.po": (2, "no Language header"),
    "okapi.Test03.po": (2, "no Language header"),
    "okapi.Test04.po": (2, "no Language header"),
    "okapi.Test05.po": (2, "no Language header"),
    "okapi.TestMonoLingual_FR.po": (2, "no Language header"),
    "okapi.Test_DrupalRussianCP1251.po": (2, "no Language header"),
}


@pytest.fixture
def ws(workspace: Path) -> Path:
    return workspace


def _one_line(cli: Cli) -> None:
    assert "Traceback" not in cli.err and "internal error" not in cli.err, cli.err
    errors = [line for line in cli.err.splitlines() if "error:" in line]
    assert len(errors) <= 1, cli.err


def test_the_table_lists_every_file() -> None:
    assert sorted(TMX) == sorted(p.name for p in (REAL / "tmx").iterdir())
    assert sorted(PO) == sorted(p.name for p in (REAL / "po").iterdir())
    assert (REAL / "SOURCES.md").is_file()


def test_every_tmx_imports_or_is_refused_and_extract_reads_the_memories(
        ws: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(ws)
    for name, (status, message) in TMX.items():
        code = cli("tm", "import", str(REAL / "tmx" / name), expect=None)
        _one_line(cli)
        assert code == status, (name, cli.out, cli.err)
        assert message in " ".join((cli.out + cli.err).split()), (name, cli.out, cli.err)
        assert (ws / "locales" / "memory" / name).exists() == (status == 0), name
    # a new sentence that one of the memories (okapi.tmxtest-attributes) translates exactly
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("</body>", '<p id="ptm">One entry in the TM.</p></body>'),
                      encoding="utf-8")
    cli("extract")
    _one_line(cli)
    po = (ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po").read_text(encoding="utf-8")
    assert 'msgid "One entry in the TM."\nmsgstr "Une entrée dans la MT' in po
    assert "&lt;" not in po and "<b>" not in po, "inline codes are never literal markup"


@pytest.mark.parametrize("name", sorted(p.name for p in (REAL / "tbx").iterdir()))
def test_every_tbx_loads_for_check_and_extract(ws: Path, cli_factory: Callable[[Path], Cli],
                                               name: str) -> None:
    cli = cli_factory(ws)
    tbx = REAL / "tbx" / name
    code = cli("check", "--termbase", str(tbx), "--format", "json", expect=None)
    _one_line(cli)
    assert code in (0, 1) and "error:" not in cli.err, cli.err
    assert json.loads(cli.out)["summary"]["files"] == 5
    shutil.copy2(tbx, ws / "locales" / "termbase.tbx")
    (ws / "source" / f"{SLUG}.xml").touch()
    cli("extract")
    _one_line(cli)


def test_tbx_terms_are_read_in_every_language(tmp_path: Path) -> None:
    from transpub.termbase import load_termbase

    oracle = load_termbase(REAL / "tbx" / "test01.tbx")
    assert len(oracle) > 0 and all(c.forms("en") for c in oracle.concepts)
    assert [t.text for c in oracle.concepts for t in c.forms("hu")] == ["Alfa simítási tényező"]
    turkish = load_termbase(REAL / "tbx" / "test02_win1254.tbx")  # declared windows-1254
    assert len(turkish) > 0


@pytest.mark.parametrize("name", sorted(PO))
def test_every_po_file_is_checked_or_refused_with_one_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str) -> None:
    cli = cli_factory(tmp_path)
    status, expected = PO[name]
    code = cli("check", str(REAL / "po" / name), "--format", "json", expect=None)
    _one_line(cli)
    assert code == status, (name, cli.err)
    if isinstance(expected, int):
        summary = json.loads(cli.out)["summary"]
        assert summary["units"] == expected and summary["by_severity"]["error"] == 0, summary
    else:
        assert cli.err.count("\n") == 1 and expected in cli.err, cli.err


#: PO files without a Language header, checked with --lang: (exit status, stderr)
WITH_LANG = {
    "okapi.AllCasesTest.po": (1, ""),
    "okapi.Test05.po": (1, ""),  # "msgstr[0]" with its string on the next line
    "okapi.Test_DrupalRussianCP1251.po": (1, ""),  # read in the charset its header declares
    "okapi.TestMonoLingual_FR.po": (0, ""),
    # unquoted "domain" names: msgfmt refuses these files too
    "okapi.Test02.po": (2, "okapi.Test02.po:30: PO syntax error: unexpected 'domain TheDomain1'"),
    "okapi.Test03.po": (2, "okapi.Test03.po:43: PO syntax error"),
    "okapi.Test04.po": (2, "okapi.Test04.po:28: PO syntax error"),
}


@pytest.mark.parametrize("name", sorted(WITH_LANG))
def test_po_files_without_a_language_header_are_checked_with_lang(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str) -> None:
    cli = cli_factory(tmp_path)
    lang = "ru" if "Russian" in name else "fr"
    status, message = WITH_LANG[name]
    code = cli("check", str(REAL / "po" / name), "--lang", lang, "--format", "json",
               expect=None)
    _one_line(cli)
    assert code == status, cli.err
    if status == 2:
        assert cli.err.count("\n") == 1 and message in cli.err, cli.err
    else:
        assert json.loads(cli.out)["summary"]["units"] > 0
