"""Every real TBX, TMX and PO file of ``tests/data/real/`` (see its SOURCES.md; third-party data
kept outside git, found by ``realdata``) and the PO files the installed Django and
django-contrib-comments wheels ship, through every command that reads them: loaded, or refused
with one line a user would agree with; never exit 3, never a traceback."""

from __future__ import annotations

import json
import re
import shutil
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

import realdata
from conftest import SLUG, Cli

REAL = "tests/data/real"

#: TMX file -> (exit status of "tm import", what the output must say)
TMX = {
    "ExportTest1A.tmx": (0, "imported 4 unit(s)"),
    "ExportTest1B.tmx": (0, "imported 2 unit(s)"),
    "ExportTest1C.tmx": (0, "imported 4 unit(s)"),
    "ExportTest1D.tmx": (0, "imported 4 unit(s)"),
    "ExportTest1E.tmx": (0, "imported 4 unit(s)"),
    "ExportTest2A.tmx": (0, "imported 6 unit(s)"),  # (it, ut, sub: read since session 54)
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
    # (two of its three units are English to English: no translation for the workspace)
    "ImportTest1J_many.tmx": (0, "imported 1 unit(s)"),
    "ImportTest1K.tmx": (0, "languages not in the workspace, ignored: de"),
    "ImportTest1L.tmx": (0, "imported 1 unit(s)"),
    # (an isolated <it> whose x differs in the translation: kept as plain text)
    "ImportTest2A-0index.tmx": (
        0, "1 translation(s) whose codes of the tool's own are not their source's kept"),
    "ImportTest2A.tmx": (0, "imported 7 unit(s)"),
    "ImportTest2B.tmx": (0, "imported 7 unit(s)"),
    "ImportTest2C.tmx": (0, "imported 1 unit(s)"),  # <ut>: refused whole before
    "okapi.Paragraph_TM.tmx": (2, "it holds de (de-de), en (en-us)"),
    "okapi.html_test.tmx": (0, "imported 11 unit(s)"),
    "okapi.issue277.tmx": (2, "it holds de (DE), en (EN)"),
    "okapi.mytm.tmx": (0, "imported 25 unit(s)"),
    "okapi.sample14b.tmx": (2, "it holds de (de-de), en (en-us)"),
    "okapi.tmxtest-attributes.tmx": (0, "imported 9 unit(s)"),
    # Trados Translator's Workbench: RTF codes, machine translations that dropped them (kept
    # as plain text, near matches only; skipped before) and <nobreakhyphen/> as U+2011
    "portage.TestMemory_Unknown.translated.tmx": (
        0, "12 translation(s) whose codes of the tool's own are not their source's kept "
        "without those codes"),
    # Trados's UTF-16 with Word's hyphens as raw U+001E/U+001F: refused whole before
    "portage.hyphens.tmx": (0, "imported 7 unit(s)"),
}

#: PO file -> (exit status of "check FILE", what stderr must say)
PO: dict[str, tuple[int, str]] = {
    "okapi.AllCasesTest.po": (2, "no Language header; pass --lang LANG"),
    "okapi.Test01.po": (2, "okapi.Test01.po:1: a UTF-16 PO file"),
    "okapi.Test02.po": (2, "no Language header"),
    "okapi.Test03.po": (2, "no Language header"),
    "okapi.Test04.po": (2, "no Language header"),
    "okapi.Test05.po": (2, "no Language header"),
    "okapi.TestMonoLingual_FR.po": (2, "no Language header"),
    "okapi.Test_DrupalRussianCP1251.po": (2, "no Language header"),
}


#: bilingual glossary -> (concepts, the target language as terms are filed, a term pair)
GLOSSARIES: dict[str, tuple[int, str, tuple[str, str]]] = {
    "tico.f_en-ar_AR.csv": (306, "ar", ("acute bronchitis", "التهاب الشعب الهوائية الحاد")),
    "tico.f_en-es_XX.csv": (306, "es", ("acute bronchitis", "Bronquitis aguda")),
    "tico.f_en-fr_XX.csv": (306, "fr", ("AIDS", "SIDA")),
    "tico.f_en-ru_RU.csv": (306, "ru", ("acute bronchitis", "острый бронхит")),
    "tico.f_en-zh_CN.csv": (306, "zh", ("AIDS", "艾滋病")),  # (given as «艾滋病（AIDS）»)
    "tico.g_en_ar.csv": (326, "ar", ("contagious", "معدٍ")),
    "tico.g_en_es-419.csv": (326, "es", ("contagious", "contagioso")),
    "tico.g_en_fr-FR.csv": (326, "fr", ("contagious", "contagieux")),
    "tico.g_en_ru.csv": (317, "ru", ("contagious", "заразный")),
    "tico.g_en_zh-CN.csv": (326, "zh", ("contagious", "传染性")),
    "tico.g_en_zh-TW.csv": (326, "zh-Hant", ("contagious", "具傳染性")),
}


@pytest.fixture
def ws(workspace: Path) -> Path:
    return workspace


def _one_line(cli: Cli) -> None:
    assert "Traceback" not in cli.err and "internal error" not in cli.err, cli.err
    errors = [line for line in cli.err.splitlines() if "error:" in line]
    assert len(errors) <= 1, cli.err


def test_the_tables_list_every_file_of_the_manifest() -> None:
    assert sorted(TMX) == realdata.listed(f"{REAL}/tmx")
    assert sorted(PO) == realdata.listed(f"{REAL}/po")
    assert set(WITH_LANG) <= set(PO)
    assert len(realdata.listed(f"{REAL}/tbx")) == 6
    assert sorted(GLOSSARIES) == realdata.listed(f"{REAL}/glossary")


def _real(kind: str, name: str) -> Path:
    return realdata.path(f"{REAL}/{kind}/{name}")


def test_every_tmx_imports_or_is_refused_and_extract_reads_the_memories(
        ws: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(ws)
    files = {name: _real("tmx", name) for name in TMX}  # all there (or skipped) before any runs
    for name, (status, message) in TMX.items():
        code = cli("tm", "import", str(files[name]), expect=None)
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


@pytest.mark.parametrize("name", realdata.listed(f"{REAL}/tbx"))
def test_every_tbx_loads_for_check_and_extract(ws: Path, cli_factory: Callable[[Path], Cli],
                                               name: str) -> None:
    cli = cli_factory(ws)
    tbx = _real("tbx", name)
    code = cli("check", "--termbase", str(tbx), "--format", "json", expect=None)
    _one_line(cli)
    assert code in (0, 1) and "error:" not in cli.err, cli.err
    assert json.loads(cli.out)["summary"]["files"] == 5
    shutil.copy2(tbx, ws / "locales" / "termbase.tbx")
    (ws / "source" / f"{SLUG}.xml").touch()
    cli("extract")
    _one_line(cli)


#: the one term of these files copied from a PDF: TICO-19's Arabic for the Center for Disease
#: Control, two of its words in Arabic presentation forms (read as letters, and said)
_IN_FORMS = {"tico.g_en_ar.csv": "the term «مركز ﻣﻜﺎﻓﺤﺔ اﻷﻣﺮاض» is written in Arabic "
                                 "presentation forms"}


@pytest.mark.parametrize("name", sorted(GLOSSARIES))
def test_every_bilingual_glossary_loads_as_a_termbase(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str) -> None:
    """Facebook's and Google's COVID-19 glossaries as they exported them: each row a term and
    its translation, read without a warning (Facebook's region codes «ar_AR», «es_XX»; the
    Spanish file's 306 empty rows) but the one term in presentation forms, and used by
    ``check --termbase``."""
    from transpub.termbase import load_termbase

    glossary = _real("glossary", name)
    count, lang, (english, translated) = GLOSSARIES[name]
    loaded = load_termbase(glossary)
    said = [str(warning) for warning in loaded.warnings]
    assert len(loaded.concepts) == count and len(said) == (name in _IN_FORMS)
    assert all(_IN_FORMS[name] in text for text in said), said
    pair = [c for c in loaded.concepts if english in [t.text for t in c.forms("en")]]
    assert pair and translated in [t.text for t in pair[0].forms(lang)]
    po = polib.POFile()
    po.metadata = {"Language": lang.split("-")[0], "Content-Type": "text/plain; charset=UTF-8"}
    # (a Chinese sentence without the term, not a bare «…»: a placeholder is TP607's alone)
    po.append(polib.POEntry(msgctxt="p1", msgid=f"Patients had {english} symptoms.",
                            msgstr="患者出现了症状。" if lang == "zh-Hant" else "…"))
    po.save(str(tmp_path / "glossary.po"))
    cli = cli_factory(tmp_path)
    code = cli("check", str(tmp_path / "glossary.po"), "--termbase", str(glossary),
               "--format", "json", expect=None)
    _one_line(cli)
    if lang == "zh-Hant":
        # a Traditional Chinese glossary says nothing of how Simplified Chinese (the PO file's
        # "zh") names a term: nothing is asked of it (tests/test_partial_termbase.py)
        assert code == 0 and json.loads(cli.out)["findings"] == [], cli.out
    else:
        assert code == 1 and "TP101" in cli.out, cli.err


def test_tbx_terms_are_read_in_every_language(tmp_path: Path) -> None:
    from transpub.termbase import load_termbase

    oracle = load_termbase(_real("tbx", "test01.tbx"))
    assert len(oracle) > 0 and all(c.forms("en") for c in oracle.concepts)
    assert [t.text for c in oracle.concepts for t in c.forms("hu")] == ["Alfa simítási tényező"]
    turkish = load_termbase(_real("tbx", "test02_win1254.tbx"))  # declared windows-1254
    assert len(turkish) > 0


@pytest.mark.parametrize("name", sorted(PO))
def test_every_po_file_is_checked_or_refused_with_one_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str) -> None:
    cli = cli_factory(tmp_path)
    status, expected = PO[name]
    code = cli("check", str(_real("po", name)), "--format", "json", expect=None)
    _one_line(cli)
    assert code == status, (name, cli.err)
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
    code = cli("check", str(_real("po", name)), "--lang", lang, "--format", "json",
               expect=None)
    _one_line(cli)
    assert code == status, cli.err
    if status == 2:
        assert cli.err.count("\n") == 1 and message in cli.err, cli.err
    else:
        assert json.loads(cli.out)["summary"]["units"] > 0


# --- the catalogues the installed Django and django-contrib-comments wheels ship ----------------

#: project -> (package, its locale folder): both wheels are in the ``test`` extra
INSTALLED = {"django-contrib-comments": ("django_comments", "locale"),
             "Django": ("django", "conf/locale")}
_URL = re.compile(r"https?://\S+")


def _written_forms(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.mark.parametrize("lang", ["ar", "es", "fr", "ru", "zh_Hans"])
@pytest.mark.parametrize("project", sorted(INSTALLED))
def test_installed_django_catalogues_are_checked_unit_by_unit(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], project: str, lang: str) -> None:
    """Transifex-made catalogues: msgctxt ("abbrev. month" beside the same msgid without one),
    python-format, 6 Arabic and 4 Russian plural forms, ``Language: zh_CN``. Whatever version is
    installed, every entry is checked (a plural entry once per form of its Plural-Forms), and the
    only errors and warnings are differences an independent reading of the file confirms."""
    path = realdata.installed_po(*INSTALLED[project], lang)
    cli = cli_factory(tmp_path)
    code = cli("check", str(path), "--format", "json", expect=None)
    _one_line(cli)
    assert "error:" not in cli.err, cli.err
    report = json.loads(cli.out)
    catalogue = polib.pofile(str(path))
    found = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata["Plural-Forms"])
    assert found is not None
    active = [e for e in catalogue if not e.obsolete]
    assert len({(e.msgctxt, e.msgid) for e in active}) == len(active)
    assert sum(e.msgctxt is not None for e in active) > 0
    nplurals = int(found.group(1))
    # a plural entry is one unit per form: the header's, and any it writes beyond them (TP605)
    assert report["summary"]["units"] == sum(
        max(nplurals, len(e.msgstr_plural)) if e.msgid_plural else 1 for e in active)
    assert {f["lang"] for f in report["findings"]} <= {lang.split("_")[0]}
    starts = sorted(active, key=lambda e: e.linenum)  # polib: an entry's first (comment) line
    problems = [f for f in report["findings"] if f["severity"] != "info"]
    for item in problems:
        entry = starts[bisect_right([e.linenum for e in starts], item["line"]) - 1]
        forms = _written_forms(entry)
        if item["code"] == "TP601":  # a form left empty
            assert not all(form.strip() for form in forms), item
        elif item["code"] in ("TP401", "TP501"):  # a link the translator changed
            assert any(set(_URL.findall(entry.msgid)) != set(_URL.findall(form))
                       for form in forms), item
        elif item["code"] == "TP605":  # more forms than Plural-Forms declares
            assert len(forms) > nplurals, item
        elif item["code"] == "TP702":  # two different sources, one translation
            assert any(e.msgid != entry.msgid and set(_written_forms(e)) & set(forms)
                       for e in active), item
        elif item["code"] == "TP503":  # a TAB, a line break or an end's space added/dropped
            source = entry.msgid
            assert any(form.count("\t") != source.count("\t")
                       or form.count("\n") != source.count("\n")
                       or form[:1].isspace() != source[:1].isspace()
                       or form[-1:].isspace() != source[-1:].isspace() for form in forms), item
        else:
            pytest.fail(f"unexpected finding on {path}: {item}")
    assert code == (1 if any(f["severity"] == "error" for f in problems) else 0)
