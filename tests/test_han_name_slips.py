"""A Chinese name of the termbase misspelt by one character is TP102, with the expected form,
as a Cyrillic or Latin name is («Воронкоф» → «Воронков»): «沃龙料夫» for 沃龙科夫 had passed
without a word (its first two characters were taken for a family name, 沃龙, that carried
Voronkov over), and «卡塔尔国际安全研九学院» was TP101 (the State of Qatar's 卡塔尔国 inside it
hid the near miss). A character of the same sounds is another transliteration («沃龙柯夫»),
for a reviewer (TP101 info), no misspelling; a body's name of three characters and a title
are words, not sounds, and stay as they were. Units written for these tests, checked with the
sample's termbase through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkcases import findings_by_case

from conftest import REPO, Cli

TERMBASE = str(REPO / "locales" / "termbase.tbx")
THANKED = "Mr. Voronkov thanked the State of Qatar."
IN_FULL = "Mr. Vladimir Voronkov thanked the State of Qatar."
ACADEMY = "He visited the Qatar International Academy for Security Studies."

#: (lang, source, translation, the TP101/TP102/TP103 findings: code, severity, message)
CASES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("zh", THANKED, "沃龙料夫先生感谢卡塔尔国。", [
        ("TP102", "error", "«沃龙料夫» looks like a misspelling of «沃龙科夫» (Voronkov)")]),
    ("zh", THANKED, "沃龙科夫先生感谢卡塔尔国。", []),
    ("zh", THANKED, "先生感谢卡塔尔国。", [
        ("TP101", "error", "person «Voronkov» not found in the translation")]),
    ("zh", IN_FULL, "弗拉基米尔·沃龙料夫先生感谢卡塔尔国。", [
        ("TP102", "error", "«弗拉基米尔·沃龙料夫» looks like a misspelling of "
         "«弗拉基米尔·沃龙科夫» (Vladimir Voronkov)")]),
    ("zh", ACADEMY, "他参观了卡塔尔国际安全研九学院。", [
        ("TP102", "error", "«卡塔尔国际安全研九学院» looks like a misspelling of «卡塔尔国际安全"
         "研究学院» (Qatar International Academy for Security Studies)")]),
    ("zh", ACADEMY, "他参观了卡塔尔国际安全研究学院。", []),
    # the other names of the termbase: a surname of three characters, a body's of four
    ("zh", "Mr. Larem spoke.", "拉雪姆先生发言。", [
        ("TP102", "error", "«拉雪姆» looks like a misspelling of «拉雷姆» (Larem)")]),
    ("zh", "He thanked the State of Qatar.", "他感谢卡培尔国。", [
        ("TP102", "error", "«卡培尔国» looks like a misspelling of «卡塔尔国» (State of Qatar)")]),
    # two namesakes the source names alike: one misspelling, said once
    ("zh", "Mr. Al-Ansari spoke.", "安米里先生发言。", [
        ("TP102", "error", "«安米里» looks like a misspelling of «安萨里» (Al-Ansari)")]),
    # the same sounds in other characters: another transliteration, not the termbase's: a warning
    ("zh", THANKED, "沃龙柯夫先生感谢卡塔尔国。", [
        ("TP101", "warning", "person «Voronkov» written «沃龙柯夫», which sounds as «沃龙科夫» "
         "(another transliteration, not the termbase's)")]),
    ("zh", THANKED, "沃龙科弗先生感谢卡塔尔国。", [
        ("TP101", "warning", "person «Voronkov» written «沃龙科弗», which sounds as «沃龙科夫» "
         "(another transliteration, not the termbase's)")]),
    # words, not sounds: a title one character of which is another is another post
    ("zh", "The Executive Director spoke.", "执行主席发言。", [
        ("TP101", "error", "title «Executive Director» not found in the translation")]),
    ("zh", "UNOCT spoke.", "反恐怖主义问题发言。", [
        ("TP101", "error", "organisation «UNOCT» not found in the translation")]),
    ("ru", THANKED, "Г-н Воронкоф поблагодарил Государство Катар.", [
        ("TP102", "error", "«Воронкоф» looks like a misspelling of «Воронков» (Voronkov)")]),
]


def test_a_han_name_misspelt_by_one_character(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    for lang in ("zh", "ru"):
        found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                                 lambda f: f["code"] in ("TP101", "TP102", "TP103"),
                                 "--termbase", TERMBASE)
        wrong = {CASES[index][2]: got for index, items in found.items()
                 if (got := [(f["code"], f["severity"], f["message"]) for f in items])
                 != CASES[index][3]}
        assert not wrong, wrong


def test_the_expected_form_is_given(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    found = findings_by_case(tmp_path, cli_factory, "zh", CASES[:1],
                             lambda f: f["code"] == "TP102", "--termbase", TERMBASE)
    assert [f["expected"] for f in found[0]] == ["沃龙科夫"]


def test_a_name_of_three_characters_keeps_both_ends(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """«谢马里» is Mali after a verb, not Somalia (索马里) misspelt nor another transliteration
    of it (谢 and 索 sound alike): a name of three characters slips in its middle only. The UN
    Parallel Corpus's Chinese has «X马里» for 索马里 some thirty times."""
    termbase = tmp_path / "terms.csv"
    termbase.write_text("concept,category,lang,term,status\n"
                        "somalia,place,en,Somalia,preferred\n"
                        "somalia,place,zh,索马里,preferred\n", encoding="utf-8")
    cases = [("zh", "He thanked Somalia.", "他感谢马里。"),
             ("zh", "He thanked Somalia.", "他感谢索卡里。")]
    found = findings_by_case(tmp_path, cli_factory, "zh", cases,
                             lambda f: f["code"] in ("TP101", "TP102"),
                             "--termbase", str(termbase))
    assert [(f["code"], f["severity"]) for f in found[0]] == [("TP101", "error")]
    assert [f["message"] for f in found[1]] == ["«索卡里» looks like a misspelling of «索马里» "
                                                "(Somalia)"]
