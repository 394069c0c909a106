"""TP317: a number only the translation has ("How our cities develop…" filled with the French
of the sentence before it, «… à l'horizon 2030 …»: session 64's align trial, t64/hF, where
nothing was reported).

The wrong cases add a number the source does not say, one in each language (English as the
translation of a French source); the right ones are the classes a first version, which
reported every number TP301's pairing left over, found on the UN Parallel Corpus, the
real-text corpus and Debian's news: the source says the number in another form, or the
number is no quantity of the text (a paragraph's, a footnote's, a symbol's, a version's).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_CITIES = ("How our cities develop will have significant implications for realizing the "
           "future we want.")

#: (language, source, translation, whether TP317 should tell of it)
CASES = [
    # a number the source does not say, in each language
    ("fr", _CITIES, "Le Programme de développement durable à l’horizon 2030, l’Accord de "
     "Paris sur les changements climatiques et le Cadre de Sendai en sont la clé.", True),
    ("es", "Unemployment fell last month.", "El desempleo cayó un 15 % el mes pasado.", True),
    ("ru", "The agency delivered food to the displaced.",
     "Агентство доставило продовольствие 12 000 перемещенных лиц.", True),
    ("zh", "The mission visited the camp.", "特派团访问了3个营地。", True),
    ("ar", "The Secretary-General welcomed the agreement.",
     "ورحب الأمين العام بالاتفاق الذي وقعه 40 بلدا.", True),
    ("fr", _CITIES, "Le développement de nos villes, où vivront 68 % des habitants, aura des "
     "conséquences importantes pour l’avenir que nous voulons.", True),
    # the source says it in another form: glued to a code, a currency or a word, with its
    # scale, twice where the source says it once, in Roman numerals, in words
    ("fr", "In 2011, the Committee visited to implement UNSCR1540.",
     "En 2011, le Comité s'est rendu sur place pour appliquer la résolution 1540.", False),
    ("ru", "Finland has contributed over Euro1.5 million to the programme.",
     "Финляндия внесла свыше 1,5 млн. евро в программу.", False),
    ("es", "The Forum reaffirms the post2015 development agenda.",
     "El Foro reafirma la agenda para el desarrollo después de 2015.", False),
    ("zh", "Alcohol per capita consumption (aged 15 years and older)",
     "人均(15岁及15岁以上)酒精消费量", False),
    ("es", "The list is in annex IV.", "La lista figura en el anexo 4.", False),
    ("ar", "the extent to which (i) citizenship education and (ii) education for "
     "development are mainstreamed",
     "مدى تعميم ’1‘ تعليم المواطنة و ’2‘ التعليم من أجل التنمية", False),
    ("fr", "We remember those who lost their lives a century ago.",
     "Nous nous souvenons de ceux qui ont perdu la vie il y a 100 ans.", False),
    # a decade in words or by its year, said with its two digits (t65/hB)
    ("ru", "The 5 experts met in the nineties.", "5 экспертов встречались в 90-е годы.", False),
    ("fr", "Prices rose in the 1980s.", "Les prix ont augmenté dans les années 80.", False),
    ("zh", "The 5 experts met in the nineties.", "5名专家在90年代会面。", False),
    ("es", "The 5 experts met in the nineties.", "Los 5 expertos se reunieron en 1995.", True),
    ("zh", "Any trial is anticipated to commence in the first trimester of 2016.",
     "预期的任何审判将在2016年头3个月开始。", False),
    ("fr", "Services are weaker in most fifth- and sixth-class municipalities.",
     "Les services sont plus faibles dans les municipalités de 5e et 6e catégories.", False),
    # a footnote's number glued to the number before it; two years whose dash was lost
    ("es", "He was captured in September 2014.42",
     "Fue capturado en septiembre de 201442.", False),
    ("ru", "Score based on activities reported for20112012b",
     "Показатель на основе деятельности за 2011-2012 годы b", False),
    # one: an article, a singular
    ("zh", "One incident remains to be verified.", "有1起事件仍待核查。", False),
    ("fr", "The official rate is 3 pounds to the dollar.",
     "Le taux officiel est de 3 livres pour 1 dollar.", False),
    # a paragraph's or outline's number opening the translation
    ("es", "With regard to the first cycle, several States spoke.",
     "9. Por lo que respecta al primer ciclo, varios Estados hicieron uso de la palabra.",
     False),
    ("ar", "The Director General assumes that most States will pay.",
     "7- ويفترض المدير العام أن معظم الدول ستدفع.", False),
    ("zh", "proposed alternatives will take into account costs,",
     "3．建议的替代品将会考虑到成本，", False),
    # a footnote's number, a table of contents' paragraphs and page
    ("fr", "as well as the support of French forces in caring for the wounded.",
     "ainsi que l'appui des forces françaises dans la prise en charge des blessés.34", False),
    ("ar", "Fixed broadband subscriptions, by speed",
     "الاشتراكات في الإنترنت ذي النطاق العريض، بحسب السرعة(5)", False),
    ("fr", "C. United Nations system organizations",
     "C. Organismes des Nations Unies 33 - 76 18", False),
    # a symbol's numbers, a resolution's year, a year the source names as "the year"
    ("fr", "The threat has become grave.", "La menace est devenue grave (voir S/2014/648).",
     False),
    ("es", "The Committee established by resolution 1540 visited.",
     "El Comité establecido en virtud de la resolución 1540 (2004) realizó una visita.", False),
    ("zh", "During the year, two major conferences were hosted.",
     "2014年期间，主持召开了两次重要会议。", False),
    # a version named by its code name; a time read twice; a Chinese month range
    ("fr", "Or for packages backported for Lenny:",
     "De même, pour utiliser les rétroportages sur Debian 5.0 <q>Lenny</q> :", False),
    ("ar", "Monday, 16 March: from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m.",
     "الاثنين 16 آذار/مارس: من الساعة 10:00 إلى الساعة 13:00، ومن الساعة 15:00 إلى الساعة "
     "18:00.", False),
    ("zh", "the aggression of July-August 2014", "2014年7-8月的侵略", False),
    # a link's address in its tag (TP401's)
    ("fr", 'Support <a href=\\"https://www.debian.org/News/2010/20100121\\">ended in '
     "February 2010</a>.", 'Le suivi <a href=\\"$(HOME)/News/2012/20100121\\">s’est '
     "terminé en février 2010</a>.", False),
    # a number of the source missing: what is left over is what it became (TP301's)
    ("ar", "By 2020, expand the number of scholarships",
     "التوسع في عدد المنح بحلول عام 2030", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_number_added(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP317")
    assert {i: [f["severity"] for f in fs] for i, fs in found.items()} == {
        i: ["info"] if CASES[i][3] else [] for i in found}


def test_english_translation(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """English as the translation (a French source): its added number is told too."""
    cases = [("en", "Le Conseil a adopté la résolution.",
              "The Council adopted the resolution by 14 votes.", True),
             ("en", "Le Conseil a adopté la résolution par 14 voix.",
              "The Council adopted the resolution by 14 votes.", False)]
    found = findings_by_case(tmp_path, cli_factory, "en", cases,
                             lambda f: f["code"] == "TP317", "--source-lang", "fr")
    assert {i: len(fs) for i, fs in found.items()} == {0: 1, 1: 0}


def test_message_names_the_number(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    found = findings_by_case(tmp_path, cli_factory, "fr", CASES[:1],
                             lambda f: f["code"] == "TP317")
    assert [f["message"] for f in found[0]] == [
        "number «2030» is in the translation only: no number of the source accounts for it"]


def test_other_checks_unchanged(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The missing number is still TP301's error; TP317 adds nothing beside it."""
    found = findings_by_case(tmp_path, cli_factory, "ar", CASES,
                             lambda f: f["code"] in ("TP301", "TP317"))
    last = len(CASES) - 1
    assert [(f["code"], f["severity"]) for f in found[last]] == [("TP301", "error")]
