"""One reading of a picture's credit and caption (``credits``), the importer's, align's and
the checker's: the importer had read "(c) IFAD/Jane Doe" as a subtitle where align read it
as a credit; align had read a sentence closing with a document symbol ("… adopted
resolution A/79/L.35.") as a picture's credit and left its unit unfilled, and both had read
a release's number standing alone ("PR/2024/922", "SG/SM/21900") as a picture's id, the
paragraph under it as its caption; a garbled «é» («dÃ©cision») as a copyright sign (session
64, fI: the three readings run over the trials' pages, the real-data corpora and the tests'
inputs).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from importcases import kinds
from transpub.align import align
from transpub.credits import (
    caption_under,
    credit_alone,
    is_caption,
    nothing_to_translate,
    picture_ids,
)
from transpub.importer import import_file
from transpub.model import Segment

from conftest import Cli


@pytest.mark.parametrize("line", [
    "© UNICEF/NYHQ2011-0424/Dean",
    "A girl queues for water. © UNICEF/UNI322107/Dean",
    "El equipo distribuye kits. © UNICEF/UNI322107/",
    "A group of kids in front of a destroyed house UNICEF/Yemen/2019",
    "WIPO Director General Daren Tang addresses the WIPO Assemblies (Photo: WIPO/Berrod)",
    "(c) UNICEF/UNI322107/Dean", "A girl queues for water. (c) UNICEF/Dean",
    "Photo: UNICEF/UNI322107", "Foto: UNICEF", "Фото: ЮНИСЕФ", "照片：联合国儿童基金会",
    "صورة: اليونيسف", "Photo credit: IFAD/Jane Doe", "Crédit photo : FIDA/Jean Dupont",
    "Group photo of Permanent Representatives at the briefing.",
    "Photo caption: Children at a school in Kabul, March 2024. Photo: UNICEF/Jane Doe",
])
def test_a_caption_or_credit(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    # a document symbol or a release's number closing a sentence or standing alone
    "The Assembly, at its seventy-ninth session, adopted resolution A/79/L.35.",
    "See documents E/CN.4/2005/1 and A/75/L.1/Rev.1.",
    "Report of the Secretary-General (A/70/1)",
    "PR/2024/922", "SG/SM/21900", "UNIS/NAR/1400", "C/02/344", "UNEP/EA.5/Res.14",
    # a garbled «é», «©» after a letter; the sign in a table of entities
    "La dÃ©cision a été prise.", "é=eacute, ¤=curr, ©=copy, §=para",
    # a path in a link; a cited subparagraph; a subtitle opening with a picture's word
    "Source: https://www.parliament.nz/resource/en-NZ/HansD_20200303/685241d",
    "The Council acted under paragraph 2 (c) of resolution 2664 (2022).",
    "Credit to small farmers rose by a fifth in 2023, the Fund says",
    "Photography exhibition opens at the Palais des Nations",
])
def test_no_caption_nor_credit(line: str) -> None:
    assert not is_caption(line)
    assert not credit_alone(line)


@pytest.mark.parametrize(("line", "alone"), [
    ("© UNICEF/NYHQ2011-0424/Dean", True), ("UNICEF/Yemen/2019", True),
    ("UNICEF/UNI322107/", True), ("IFAD/2023-0412/Doe", True), ("(c) Jane Doe, 2024", True),
    # a credit holding its caption is no credit standing alone: the paragraph under it is text
    ("© UNICEF/NYHQ2011-0424/Dean A girl and her parents queue for water in a centre.", False),
    ("A group of kids in front of a destroyed house UNICEF/Yemen/2019", False),
])
def test_a_credit_standing_alone(line: str, alone: bool) -> None:
    assert credit_alone(line) is alone


def test_the_caption_under_a_credit_is_one_sentence() -> None:
    assert caption_under(["A girl and her parents queue for water in a centre."])
    assert not caption_under(["The agency said so.", "It will act."])
    assert not caption_under(["A girl queues " + "for water " * 40 + "in a centre."])


def test_a_picture_id_is_read_after_a_credit_word_not_in_a_link() -> None:
    text = "(Photo: WIPO/Berrod) and © UNICEF/NYHQ2011-0424/Dean"
    assert [text[a:b] for a, b in picture_ids(text)] == ["WIPO/Berrod",
                                                         "UNICEF/NYHQ2011-0424/Dean"]
    assert picture_ids("(Photo: https://photos.prnewswire.com/prnh/20240101/1.jpg)") == []


def test_a_c_credit_above_the_dateline_goes_under(tmp_path: Path) -> None:
    # (align read it as a credit, the importer as a subtitle: an h2 over the text)
    path = tmp_path / "release.txt"
    path.write_text("Small farmers get more loans\n\n(c) IFAD/Jane Doe\n\nROME, 5 May 2024 - "
                    "Loans to small farmers rose, the Fund said.\n\nMore text.\n",
                    encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "h2") == []
    assert kinds(report.release, "p") == ["Loans to small farmers rose, the Fund said.",
                                          "(c) IFAD/Jane Doe", "More text."]
    assert any("a picture's caption or credit above the dateline" in n for n in report.notes)


def _segment(ident: str, text: str) -> Segment:
    return Segment(ident, text, ident, "p", "", 0)


def test_a_sentence_closing_with_a_symbol_pairs() -> None:
    # (align read the English sentence as a picture's credit the French page lacks: unfilled)
    units = [_segment("p1", "The General Assembly today adopted a resolution on the oceans."),
             _segment("p2", "The Assembly, at its seventy-ninth session, adopted resolution "
                            "A/79/L.35."),
             _segment("p3", "It also asked the Secretary-General to report by 1 December.")]
    page = [_segment("p1", "L'Assemblée générale a adopté aujourd'hui une résolution sur les "
                           "océans."),
            _segment("p2", "L'Assemblée a adopté la résolution A/79/L.35 à sa "
                           "soixante-dix-neuvième session."),
            _segment("p3", "Elle a également prié le Secrétaire général de faire rapport d'ici "
                           "au 1er décembre.")]
    pairs = align(units, page, (), ("en", "fr"))
    assert [(p.source, p.target) for p in pairs] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


# A credit of an agency, a picture's id and a name is what a translator copies: left empty,
# it was a TP601 error that failed the CI gate until someone copied it (UNICEF's
# "UNICEF/UN073038/Phelps", t67/hA); the build publishes its source, which is that copy.
@pytest.mark.parametrize(("text", "nothing"), [
    ("UNICEF/UN073038/Phelps", True), ("© UNICEF/NYHQ2011-0424/Dean", True),
    ("(c) Jane Doe, 2024", True), ("© 2024 UNICEF", True),
    ("© FAO/Giulio Napolitano", True), ("© UNICEF/UNI322107/", True),
    ("© UNICEF/UN0339/K. Gaugler", True), ("© UNICEF/J-M.Ferré", True),
    ("© UNICEF/Marie-Pierre Poirier", True), ("© UNICEF/UN073038/de Jong", True),
    # (a word to translate: "UN Photo" is «Photo ONU»; a caption; a credit's word)
    ("UN Photo/Mark Garten", False), ("© UN Photo/Mark Garten", False),
    ("© Photo courtesy of WFP", False), ("Photo: UNICEF/UNI322107/Haro", False),
    ("A girl queues for water. © UNICEF/UNI322107/Haro", False), ("© UNICEF/Image Bank", False),
    # (an organisation or a place named in words, the photographer unnamed: «© Nations
    # Unies», «Banque mondiale», «ONU Femmes», «Somalie», «photographe inconnu»; t67/hD)
    ("© United Nations/John Doe", False), ("© World Bank/Dominic Chavez", False),
    ("© UN Women/Ryan Brown", False), ("© UN News/Daniel Dickinson", False),
    ("© UNDP Somalia", False), ("© UNICEF/Somalia/2019", False),
    ("© UNICEF/2019/Photographer Unknown", False), ("© UNICEF/Staff", False),
    # (an acronym French writes otherwise: «HCR», «FIDA», «OMS», «ONU»)
    ("© UNHCR/K.Gaugler", False), ("(c) IFAD/Jane Doe", False), ("© WHO/John Doe", False),
    ("© UN/John Doe", False),
    # (no credit: a release's number, a name alone, a sentence)
    ("PR/2024/922", False), ("Michel Sidibé", False), ("UNAIDS", False),
])
def test_a_credit_with_nothing_to_translate(text: str, nothing: bool) -> None:
    assert nothing_to_translate(text, "fr") is nothing


# Spanish writes the UN bodies' acronyms of its own too («ACNUR», «PMA»); Russian, Chinese
# and Arabic transliterate or translate nearly every acronym («ЮНИСЕФ», «儿基会»,
# «اليونيسف»): there only a picture's id and a name in Latin letters are copied.
@pytest.mark.parametrize(("text", "langs"), [
    ("UNICEF/UN073038/Phelps", {"fr", "es"}), ("© UNHCR/K.Gaugler", set()),
    ("© WFP/John Doe", set()), ("© FAO/Giulio Napolitano", {"fr", "es"}),
    ("(c) Jane Doe, 2024", {"fr", "es", "ru", "zh", "ar"}),
    ("© UNICEF/UN073038", {"fr", "es"}),
])
def test_an_acronym_is_copied_only_where_it_is_the_same(text: str, langs: set[str]) -> None:
    assert {lang for lang in ("fr", "es", "ru", "zh", "ar")
            if nothing_to_translate(text, lang)} == langs


def _po(path: Path, sources: list[str], lang: str = "fr") -> Path:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    for n, source in enumerate(sources, 1):
        po.append(polib.POEntry(msgctxt=f"p{n}", msgid=source, msgstr=""))
    po.save(str(path))
    return path


def test_an_untranslated_credit_with_nothing_to_translate_is_info(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    only = _po(tmp_path / "credit.po", ["UNICEF/UN073038/Phelps"])
    cli("check", str(only), "--no-cache", "--format", "json", expect=0)
    (found,) = json.loads(cli.out)["findings"]
    assert (found["code"], found["severity"]) == ("TP601", "info")
    assert "published as its source" in found["message"]
    both = _po(tmp_path / "both.po", ["UNICEF/UN073038/Phelps", "UN Photo/Mark Garten"])
    cli("check", str(both), "--no-cache", "--format", "json", expect=1)
    assert [(f["unit"], f["severity"]) for f in json.loads(cli.out)["findings"]] == [
        ("p1", "info"), ("p2", "error")]


def test_a_credit_the_termbase_renders_is_an_error(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A credit's name the workspace's termbase gives otherwise in the translation's language
    is something to translate, whatever its shape (a news agency's name, "Reuters", is
    «Рейтер»); a name it gives the same is still copied."""
    cli = cli_factory(tmp_path)
    tbx = tmp_path / "termbase.tbx"
    tbx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>'
        '<termEntry id="c1"><langSet xml:lang="en"><tig><term>Reuters</term></tig>'
        '</langSet><langSet xml:lang="ru"><tig><term>Рейтер</term></tig></langSet>'
        '</termEntry><termEntry id="c2"><langSet xml:lang="en"><tig><term>Jane Doe'
        '</term></tig></langSet><langSet xml:lang="ru"><tig><term>Jane Doe</term>'
        '</tig></langSet></termEntry></body></text></martif>\n', encoding="utf-8")
    both = _po(tmp_path / "credits.po", ["© Reuters", "(c) Jane Doe, 2024"], "ru")
    cli("check", str(both), "--no-cache", "--termbase", str(tbx), "--select", "TP601",
        "--format", "json", expect=1)
    assert [(f["unit"], f["severity"]) for f in json.loads(cli.out)["findings"]] == [
        ("p1", "error"), ("p2", "info")]
