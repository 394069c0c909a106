"""Glossaries as translation management systems and CAT tools export them, a column a
language: Crowdin's ("Term [en]", "Description [en]", "Status [fr]", "Concept Subject"; its
older "Term:English", "Term:Chinese Simplified", "Term:Spanish (Modern)"), Lokalise's
(semicolons; "term", "translatable", "forbidden", "en", "en_description"), Tolgee's ("Term",
"Flagged as non-translatable", "Flagged as forbidden term", then language tags), memoQ's
("English_United_States", "English_United_States_Def", "Entry_Subject"), Transifex's ("term",
"translation_fr", "comment_fr"). Before, each was refused: no column named a language as the
reader knew them.

The layouts are written here after each tool's documented export (the sample's termbase in
each); the real Crowdin glossaries of freeCodeCamp (tests/data/cat-real/SOURCES.md) are read
when present."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import workspace_findings
from transpub.errors import TermbaseError
from transpub.glossary import column_of
from transpub.termbase import KEEP, Concept, load_termbase

import realdata
from conftest import Cli

REPO = Path(__file__).resolve().parent.parent
TBX = REPO / "locales" / "termbase.tbx"
TARGETS = ("fr", "es", "ru", "zh", "ar")


def _cell(concept: Concept, lang: str) -> str:
    return "; ".join(t.text for t in concept.terms.get(lang, ()))


def _crowdin(concepts: tuple[Concept, ...]) -> tuple[str, list[list[str]]]:
    header = ["Term [en]", "Description [en]", "Part of Speech [en]", "Status [en]"]
    for lang in TARGETS:
        header += [f"Term [{lang}]", f"Description [{lang}]", f"Status [{lang}]"]
    header += ["Concept Definition", "Concept Subject"]
    rows = [[_cell(c, "en"), "", "noun", "preferred"]
            + [x for lang in TARGETS for x in (_cell(c, lang), "", "")]
            + ["", c.category] for c in concepts]
    return ",", [header, *rows]


#: Crowdin's older exports name languages in English, as its own list writes them
CROWDIN_NAMES = {"en": "English", "fr": "French", "es": "Spanish (Modern)",
                 "ru": "Russian", "zh": "Chinese Simplified", "ar": "Arabic"}


def _crowdin_old(concepts: tuple[Concept, ...]) -> tuple[str, list[list[str]]]:
    header = ["Term:English", "Description:English", "Part:English"]
    for lang in TARGETS:
        header += [f"Term:{CROWDIN_NAMES[lang]}", f"Description:{CROWDIN_NAMES[lang]}"]
    rows = [[_cell(c, "en"), "", "NOUN"] + [x for lang in TARGETS for x in (_cell(c, lang), "")]
            for c in concepts]
    return ",", [header, *rows]


def _lokalise(concepts: tuple[Concept, ...]) -> tuple[str, list[list[str]]]:
    header = ["term", "description", "casesensitive", "translatable", "forbidden", "tags"]
    for lang in ("en", *TARGETS):
        header += [lang, f"{lang}_description"]
    rows = [[c.terms["en"][0].text, "", "no", "yes", "no", ""]
            + [x for lang in ("en", *TARGETS) for x in (_cell(c, lang), "")] for c in concepts]
    return ";", [header, *rows]


def _tolgee(concepts: tuple[Concept, ...]) -> tuple[str, list[list[str]]]:
    header = ["Term", "Description", "Flagged as non-translatable", "Flagged as case-sensitive",
              "Flagged as abbreviation", "Flagged as forbidden term", *sorted(TARGETS)]
    rows = [[_cell(c, "en"), "", "false", "false", "false", "false"]
            + [_cell(c, lang) for lang in sorted(TARGETS)] for c in concepts]
    return ",", [header, *rows]


MEMOQ_NAMES = {"en": "English_United_States", "fr": "French_France", "es": "Spanish_Spain",
               "ru": "Russian", "zh": "Chinese_PRC", "ar": "Arabic_Saudi_Arabia"}


def _memoq(concepts: tuple[Concept, ...]) -> tuple[str, list[list[str]]]:
    header = ["Entry_ID", "Entry_Subject", "Entry_Domain", "Entry_Note"]
    for lang in ("en", *TARGETS):
        header += [MEMOQ_NAMES[lang], f"{MEMOQ_NAMES[lang]}_Def", "Term_Info", "Term_Example"]
    rows = [[str(n), c.category, "", ""]
            + [x for lang in ("en", *TARGETS) for x in (_cell(c, lang), "", "", "")]
            for n, c in enumerate(concepts, 1)]
    return "\t", [header, *rows]


def _transifex(concepts: tuple[Concept, ...]) -> tuple[str, list[list[str]]]:
    header = ["term", "pos", "comment"]
    for lang in TARGETS:
        header += [f"translation_{lang}", f"comment_{lang}"]
    rows = [[_cell(c, "en"), "noun", ""] + [x for lang in TARGETS for x in (_cell(c, lang), "")]
            for c in concepts]
    return ",", [header, *rows]


LAYOUTS = {"crowdin": _crowdin, "crowdin-old": _crowdin_old, "lokalise": _lokalise,
           "tolgee": _tolgee, "memoq": _memoq, "transifex": _transifex}


def _write(path: Path, delimiter: str, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def _terms(concepts: tuple[Concept, ...]) -> list[dict[str, list[tuple[str, str]]]]:
    return [{lang: [(t.text, t.status) for t in terms]
             for lang, terms in sorted(c.terms.items())} for c in concepts]


@pytest.mark.parametrize("tool", sorted(LAYOUTS))
def test_each_tools_export_reads_as_the_termbase(tmp_path: Path, tool: str) -> None:
    """The sample's termbase exported in each tool's layout reads as the same terms in the
    same six languages (the first of a cell preferred, the others admitted), with no
    warning."""
    concepts = load_termbase(TBX).concepts
    delimiter, rows = LAYOUTS[tool](concepts)
    loaded = load_termbase(_write(tmp_path / "glossary.csv", delimiter, rows))
    assert not loaded.warnings, loaded.warnings
    assert _terms(loaded.concepts) == _terms(concepts)


@pytest.mark.parametrize("tool", ["crowdin", "memoq"])
def test_a_check_with_a_tools_export_is_the_check_with_the_tbx(
        cli_factory: Callable[[Path], Cli], tmp_path: Path, tool: str) -> None:
    """The repository's translated sample, its French given another body's name: the same
    findings against the TBX and against the tool's export (whose subject column carries the
    category), the changed name among them."""
    ws = tmp_path / "ws"
    ws.mkdir()
    for name in ("transpub.toml", "source", "locales"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, ws / name)
    for file in (ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"):
        text = file.read_text(encoding="utf-8")
        assert "Bureau de lutte contre le terrorisme" in text
        file.write_text(text.replace("Bureau de lutte contre le terrorisme",
                                     "Bureau antiterroriste"), encoding="utf-8")
    delimiter, rows = LAYOUTS[tool](load_termbase(TBX).concepts)
    export = _write(tmp_path / f"{tool}.csv", delimiter, rows)
    cli = cli_factory(ws)
    reports = {name: workspace_findings(cli, tmp_path / f"{name}.json", termbase)
               for name, termbase in (("tbx", TBX), (tool, export))}
    assert [f for f in reports["tbx"] if f[0] == "TP101" and f[1] == "fr"]
    assert reports[tool] == reports["tbx"]


@pytest.mark.parametrize(("header", "expected"), [
    ("Term [en]", ("term", "en")), ("Description [fr]", ("field", "fr")),
    ("Status [ru]", ("status", "ru")), ("Term:Chinese Simplified", ("term", "zh")),
    ("Term:Chinese Traditional", ("term", "zh-Hant")), ("Term [zh-TW]", ("term", "zh-Hant")),
    ("Spanish (Modern)", ("term", "es")), ("English (United States)", ("term", "en")),
    ("English_United_States", ("term", "en")), ("English_United_States_Def", ("field", "en")),
    ("Chinese (Taiwan)", ("term", "zh-Hant")), ("Simplified Chinese", ("term", "zh")),
    ("繁體中文", ("term", "zh-Hant")), ("Arabic (Saudi Arabia)", ("term", "ar")),
    ("de_DE_description", ("field", "de")), ("en_def", ("field", "en")),
    ("translation_fr", ("term", "fr")), ("comment_es", ("field", "es")),
    ("Notes (English)", ("field", "en")), ("Translation (French)", ("term", "fr")),
    ("English Acronym", ("alias", "en")), ("Synonym [ru]", ("alias", "ru")),
    # no language: a field of the entry, or a word a code would read as one
    ("Term_Info", ("", None)), ("Entry_Subject", ("", None)), ("Date (UTC)", ("", None)),
    ("Cat", ("", None)), ("src", ("", None)), ("English (definition)", ("", None)),
    ("Term:Klingonese", ("term", None)),
])
def test_what_a_header_names(header: str, expected: tuple[str, str | None]) -> None:
    assert column_of(header) == expected


def test_flags_statuses_and_cells_that_keep_the_source(tmp_path: Path) -> None:
    """Lokalise's semicolons and flags: "translatable" no keeps the source term in every
    language without one of its own, "forbidden" yes deprecates the row's terms; a status
    column deprecates its language's term; a cell saying «不翻译» (do not translate) keeps the
    source term in Chinese; a traditional Chinese column is no simplified Chinese term."""
    path = tmp_path / "lokalise.csv"
    path.write_text(
        "term;description;casesensitive;translatable;forbidden;tags;fr;fr_description;zh;"
        "zh_TW;Status [fr]\n"
        "COVAX;;no;no;no;;mécanisme COVAX;;;;\n"
        "anti-terrorism;;no;yes;yes;;antiterrorisme;;;;\n"
        "npm;;no;yes;no;;npm;;不翻译;;\n"
        "Counter-Terrorism Committee;;no;yes;no;;Comité antiterroriste;;反恐委员会;反恐委員會;"
        "not recommended\n", encoding="utf-8")
    loaded = load_termbase(path)
    assert not loaded.warnings, loaded.warnings
    covax, anti, npm, ctc = loaded.concepts
    assert [t.text for t in covax.terms[KEEP]] == ["COVAX"]
    assert {t.status for terms in anti.terms.values() for t in terms} == {"deprecated"}
    assert [t.text for t in npm.terms["zh"]] == ["npm"] and KEEP not in npm.terms
    assert ctc.terms["fr"][0].status == "deprecated" and ctc.terms["en"][0].status == "preferred"
    assert [t.text for t in ctc.terms["zh"]] == ["反恐委员会"]
    assert [t.text for t in ctc.terms["zh-Hant"]] == ["反恐委員會"]


def test_lines_unknown_languages_and_excel_separator(tmp_path: Path) -> None:
    """Excel's ``sep=;`` line names the delimiter; a quoted cell's line breaks do not shift
    the next rows' lines; a term column in a language no one knows is one warning naming
    the header's line."""
    path = tmp_path / "g.csv"
    path.write_text('sep=;\nTerm:English;Description:English;Term:French;Term:Klingonese\n'
                    'anchor;"a link\'s\nend";ancre;x\n'
                    'backslash;;barre oblique inversée;y\n', encoding="utf-8")
    loaded = load_termbase(path)
    assert [(c.terms["fr"][0].text, c.line) for c in loaded.concepts] == [
        ("ancre", 3), ("barre oblique inversée", 5)]
    assert [str(w) for w in loaded.warnings] == [
        f"{path}:2: column 'Term:Klingonese' names no language transpub knows: its terms "
        "are skipped"]


CROWDIN_REAL = "tests/data/cat-real/fcc.curriculum.csv"


def test_freecodecamps_crowdin_glossary() -> None:
    """freeCodeCamp's curriculum glossary, as Crowdin exported it and its translators filled
    it: 432 concepts in 44 languages, two columns with misspelt names (one warning each), a
    description over two lines, Chinese cells «不翻译» (do not translate) read as the English
    term kept."""
    path = realdata.path(CROWDIN_REAL)
    loaded = load_termbase(path)
    assert len(loaded.concepts) == 432
    assert sorted(w.message for w in loaded.warnings) == [
        f"column {name!r} names no language transpub knows: its terms are skipped"
        for name in ("Term:Indoensian", "Term:Ukranian")]
    by_term = {c.terms["en"][0].text: c for c in loaded.concepts}
    assert [t.text for t in by_term["npm"].terms["zh"]] == ["npm"]
    assert not [c for c in loaded.concepts for t in c.terms.get("zh", ()) if t.text == "不翻译"]
    assert by_term["backslash"].line == 13  # (the "anchor" row above it spans two lines)
    assert [t.text for t in by_term["array"].terms["ar"]] == ["مصفوفة"]
    assert by_term["array"].terms["ru"][0].text == "массив"


def test_crowdins_bracketed_header_with_its_own_codes() -> None:
    """freeCodeCamp's glossary before its header was rewritten: "Term [zh-CN]", Crowdin's own
    "es-EM" (Spanish, modern) read as Spanish, its pseudo-language "ach" one warning."""
    loaded = load_termbase(realdata.path("tests/data/cat-real/fcc.testing.csv"))
    assert len(loaded.concepts) == 16
    assert {lang for c in loaded.concepts for lang in c.terms} == {"en", "es", "zh"}
    assert [w.message for w in loaded.warnings] == [
        "column 'Term [ach]' names no language transpub knows: its terms are skipped"]


def test_crowdins_current_layout_with_codes_not_to_translate() -> None:
    """A glossary in Crowdin's current layout: every row read (the English term "Keep" is a
    term, not an instruction), the three rows "Translatable" no keep their English term in
    every language, the German terms with their status."""
    loaded = load_termbase(realdata.path("tests/data/cat-real/crowdin-glossary.csv"))
    assert not loaded.warnings and len(loaded.concepts) == 279
    kept = [c.terms["en"][0].text for c in loaded.concepts if KEEP in c.terms]
    assert kept == ["N1", "N2", "N3"]
    by_term = {c.terms["en"][0].text: c for c in loaded.concepts}
    assert [t.text for t in by_term["Keep"].terms["de"]] == ["behalten"]
    assert {t.status for c in loaded.concepts for t in c.terms["de"]} == {"preferred"}


def test_a_weblate_glossary_of_a_language_named_by_its_file() -> None:
    """Weblate's glossary CSV (``source,target,explanation,flags``) names no language: the
    file's name does (``pt_BR``); terms not yet translated are skipped without a warning."""
    loaded = load_termbase(realdata.path("tests/data/cat-real/compcon.pt_BR.csv"))
    assert not loaded.warnings and len(loaded.concepts) == 34
    by_term = {c.terms["en"][0].text: c for c in loaded.concepts}
    assert [t.text for t in by_term["Pilot"].terms["pt"]] == ["Piloto"]


def test_weblate_flags_and_a_name_without_a_language(tmp_path: Path) -> None:
    """Weblate's flags: "read-only" (an untranslatable term) keeps the source term,
    "forbidden" deprecates the translation; a source,target glossary whose name gives no
    language is refused in one line saying so."""
    path = tmp_path / "glossary_fr.csv"
    path.write_text('"source","target","explanation","flags"\n'
                    '"COVAX","","","read-only"\n'
                    '"Secretary-General","Secrétaire général","",""\n'
                    '"Secretary-General","secrétaire-générale","","forbidden"\n',
                    encoding="utf-8")
    loaded = load_termbase(path)
    assert not loaded.warnings
    covax, sg = loaded.concepts
    assert KEEP in covax.terms and [t.text for t in covax.terms["fr"]] == ["COVAX"]
    assert [(t.text, t.status) for t in sg.terms["fr"]] == [
        ("Secrétaire général", "preferred"), ("secrétaire-générale", "deprecated")]
    unnamed = path.rename(tmp_path / "glossary.csv")
    with pytest.raises(TermbaseError, match=r"glossary\.csv:1: .*needs its target language "
                                            r"in its name"):
        load_termbase(unnamed)


def test_a_title_above_the_header(tmp_path: Path) -> None:
    """A sheet's instructions alone on the first row, the header on the second (as a real
    Korean-English COVID-19 glossary keeps them): the header is found, lines stay the
    sheet's."""
    path = tmp_path / "g.csv"
    path.write_text('"Please do not change the terms without consulting the team.",,\n'
                    "English,Français,Definition\n"
                    "quarantine,quarantaine,\n", encoding="utf-8")
    (concept,) = load_termbase(path).concepts
    assert concept.line == 3 and concept.terms["fr"][0].text == "quarantaine"


def test_a_cell_past_the_csv_modules_limit_is_one_line(tmp_path: Path) -> None:
    """A cell longer than the csv module reads (128 KB) was a traceback: now one line naming
    the file and the cell's line; a header that is one huge field for the other delimiters
    is still read by its own."""
    path = tmp_path / "g.csv"
    path.write_text("en,fr\nx,y\n" + 'a,"' + "b" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(TermbaseError, match=r"g\.csv:3: not a readable CSV file: field larger"):
        load_termbase(path)
    path.write_text(",".join(["en", "fr", *["x" * 4_000] * 40]) + "\nUN,ONU\n",
                    encoding="utf-8")
    assert [c.terms["fr"][0].text for c in load_termbase(path).concepts] == ["ONU"]


def test_excels_unicode_text_and_other_suffixes(tmp_path: Path) -> None:
    """Excel's "Unicode text" (tab-separated UTF-16 with its byte-order mark, saved as
    ``.txt``) is a glossary like any CSV (it was read as a TBX file and refused as "malformed
    XML"); a broken UTF-16 one is one line naming where; a TBX file of any suffix is still a
    TBX file."""
    path = tmp_path / "glossary.txt"
    path.write_bytes(b"\xff\xfe" + "English\tFrench\r\nSecretary-General\tSecrétaire général\r\n"
                     .encode("utf-16-le"))
    (concept,) = load_termbase(path).concepts
    assert concept.terms["fr"][0].text == "Secrétaire général"
    path.write_bytes(b"\xff\xfe" + "en\tfr\r\nab".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(TermbaseError, match=r"glossary\.txt:2: not UTF-16"):
        load_termbase(path)
    copy = tmp_path / "termbase.txt"
    copy.write_bytes(TBX.read_bytes())
    assert _terms(load_termbase(copy).concepts) == _terms(load_termbase(TBX).concepts)


def _omegat_project(folder: Path, source: str = "en", target: str = "fr") -> Path:
    """An OmegaT project as ``xliff export --omegat`` writes one: its ``omegat.project``
    and its ``glossary/`` folder."""
    from transpub.omegat import project_file

    (folder / "glossary").mkdir(parents=True)
    (folder / "omegat.project").write_bytes(project_file(source, target))
    return folder / "glossary"


def test_an_omegat_projects_glossary(tmp_path: Path) -> None:
    """The glossary a translator adds terms to in OmegaT (``glossary/glossary.txt``: source,
    target and comment a line, tab-separated, no header, "#" lines comments) is read in the
    project's languages; before, its first line was taken for a header and the file refused
    (as a ``.txt``, as malformed XML)."""
    folder = _omegat_project(tmp_path / "project")
    path = folder / "glossary.txt"
    path.write_text("# Glossary of the project\nSecretary-General\tSecrétaire général\tUN title\n"
                    "COVAX\tCOVAX\nrefugee\t\n", encoding="utf-8")
    loaded = load_termbase(path)
    assert not loaded.warnings
    assert [(c.line, c.terms["en"][0].text, c.terms["fr"][0].text) for c in loaded.concepts] == [
        (2, "Secretary-General", "Secrétaire général"), (3, "COVAX", "COVAX")]
    alone = tmp_path / "glossary.txt"  # (no project: no languages to read it in)
    alone.write_bytes(path.read_bytes())
    with pytest.raises(TermbaseError, match="the header must name"):
        load_termbase(alone)


@pytest.mark.parametrize(("name", "pairs"), [
    ("omegat.test.tab", [("kde", "koo moo"), ("question", "qqqqq"),
                         ("地球システム", "System Terre"), ("손가락", "Korean Term")]),
    ("omegat.testUTF16LE.txt", [("UTF", "Unicode Transformation Format"),
                                ("LE", "Little Endian")]),
    ("omegat.test.csv", [("kde", "csv kde"), ("question", "csv q"), ("kde", "comma"),
                         ("kde, qu", "comma dot"), ('"kde","q"', "cdk"), ('""k', "k"),
                         ('zz"zz', "zz")]),
])
def test_omegats_own_glossary_files(tmp_path: Path, name: str,
                                    pairs: list[tuple[str, str]]) -> None:
    """OmegaT's test glossaries (tab-separated, UTF-16 with CRLF, CSV with awkward quoting),
    in a project: every line read, in the project's languages ("kde; question" two forms, as
    every termbase reader reads a cell of several: "kde" first)."""
    folder = _omegat_project(tmp_path / "project")
    path = folder / name.removeprefix("omegat.")
    path.write_bytes(realdata.path(f"tests/data/cat-real/{name}").read_bytes())
    loaded = load_termbase(path, "en")
    assert [(c.terms["en"][0].text, c.terms["fr"][0].text) for c in loaded.concepts] == pairs


def test_acronyms_and_synonyms_in_columns_of_their_own(tmp_path: Path) -> None:
    """A language's acronym, short form or synonym in a column of its own ("English Acronym",
    "Acronym [fr]", "Synonym (Russian)"), as terminology exports keep them, is an admitted
    form of the term, the term its column names preferred whichever column comes first (it
    was left out: a text using the acronym was no mention of the concept)."""
    path = tmp_path / "g.csv"
    path.write_text("Record ID,English Acronym,English,Acronym [fr],French,Russian,"
                    "Synonym (Russian)\n"
                    "1,UNOCT,United Nations Office of Counter-Terrorism,BLT,Bureau de lutte "
                    "contre le terrorisme,Контртеррористическое управление,КТУ ООН\n",
                    encoding="utf-8")
    (concept,) = load_termbase(path).concepts
    assert [(t.text, t.status) for t in concept.terms["en"]] == [
        ("United Nations Office of Counter-Terrorism", "preferred"), ("UNOCT", "admitted")]
    assert [(t.text, t.status) for t in concept.terms["fr"]] == [
        ("Bureau de lutte contre le terrorisme", "preferred"), ("BLT", "admitted")]
    assert [t.text for t in concept.terms["ru"]] == ["Контртеррористическое управление",
                                                     "КТУ ООН"]


def test_a_header_of_two_rows(tmp_path: Path) -> None:
    """A header of two rows, as a sheet with merged cells keeps one: each language over its
    "Term" and "Definition" columns. The second row is no concept (its "Term" would have
    been a term of every language, asked of every text that says "term")."""
    path = tmp_path / "g.csv"
    path.write_text("English,,French,\nTerm,Definition,Term,Definition\n"
                    "quarantine,keeping apart,quarantaine,isolement\n", encoding="utf-8")
    (concept,) = load_termbase(path).concepts
    assert (concept.terms["en"][0].text, concept.terms["fr"][0].text) == (
        "quarantine", "quarantaine")


def test_an_omegat_glossary_cached_follows_its_project(tmp_path: Path) -> None:
    """The termbase cache files a glossary by its bytes: one that reads in its OmegaT
    project's languages is filed by the project file's too (its target language changed,
    the cached French terms are not served as Spanish)."""
    from transpub.termbase import load_termbases

    folder = _omegat_project(tmp_path / "project")
    path = folder / "glossary.txt"
    path.write_text("Secretary-General\tSecrétaire général\n", encoding="utf-8")
    root = tmp_path / "ws"
    root.mkdir()
    (concept,) = load_termbases([path], "en", cache=root).concepts
    assert "fr" in concept.terms
    from transpub.omegat import project_file

    (tmp_path / "project" / "omegat.project").write_bytes(project_file("en", "es"))
    (concept,) = load_termbases([path], "en", cache=root).concepts
    assert "es" in concept.terms and "fr" not in concept.terms
