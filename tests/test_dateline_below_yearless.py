"""A dateline without its year under the page's date standing alone.

UNHCR's pages (2011-2013) set the page's date under the headline, a caption (printed twice on
some), then the dateline in the month-first order, year-less, the service in brackets:
"GENEVA, October 1 (UNHCR) - More people…" (t65/hE finding E, t65/fK "left out"). The date
alone was read, and the dateline below it, with no year to take, stayed in the first
paragraph. The page's date is the release's own evidence: the dateline takes its year when
it names the same day and month.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds

#: each language's headline, standfirst (above the page's date, as UNHCR's: the date is then
#: the body's, not the head's) and caption
HEADS = {
    "en": ("UNHCR chief warns of rising displacement",
           "The High Commissioner says the agency is stretched to the limit.",
           "The formal opening of the annual session in Geneva today."),
    "es": ("El ACNUR advierte del aumento de los desplazamientos",
           "El Alto Comisionado dice que la agencia está al límite.",
           "La apertura formal de la sesión anual en Ginebra hoy."),
    "fr": ("Le HCR met en garde contre la hausse des déplacements",
           "Le Haut Commissaire dit que l'agence est à bout de ressources.",
           "L'ouverture officielle de la session annuelle à Genève aujourd'hui."),
    "ru": ("УВКБ ООН предупреждает о росте перемещения",
           "Верховный комиссар говорит, что агентство работает на пределе.",
           "Официальное открытие ежегодной сессии в Женеве сегодня."),
}


def _text(lang: str, date: str, between: int, line: str, other: str = "") -> str:
    headline, standfirst, caption = HEADS[lang]
    blocks = [caption] * between + ([other] if other else [])
    return "\n\n".join([headline, standfirst, date, *blocks, line,
                         "More text follows here."]) + "\n"


#: the month first and day first, a month cut short with and without its point, the service
#: in brackets after the date, in the languages that write it so
CASES = [
    ("en", "1 October 2013", "GENEVA, October 1 (UNHCR) - More people have fled.",
     "GENEVA", "UNHCR", "More people have fled."),
    ("en", "1 October 2013", "NEW YORK, Oct. 1 (UN News) – More people have fled.",
     "NEW YORK", "UN News", "More people have fled."),
    ("en", "1 October 2013", "NEW YORK, Oct 1 (UN News) – More people have fled.",
     "NEW YORK", "UN News", "More people have fled."),
    ("en", "1 October 2013", "GENEVA, 1 October (UNHCR) - More people have fled.",
     "GENEVA", "UNHCR", "More people have fled."),
    ("es", "1 de octubre de 2013", "GINEBRA, 1 de octubre (ACNUR) – Más personas huyeron.",
     "GINEBRA", "ACNUR", "Más personas huyeron."),
    ("fr", "1er octobre 2013", "GENÈVE, 1er octobre (HCR) – Davantage de personnes ont fui.",
     "GENÈVE", "HCR", "Davantage de personnes ont fui."),
    ("ru", "1 октября 2013 года", "ЖЕНЕВА, 1 октября (УВКБ ООН) – Больше людей бежало.",
     "ЖЕНЕВА", "УВКБ ООН", "Больше людей бежало."),
]


@pytest.mark.parametrize(("lang", "date", "line", "place", "service", "rest"), CASES)
@pytest.mark.parametrize("between", [0, 1, 2])
def test_the_yearless_dateline_takes_the_page_dates_year(
        tmp_path: Path, lang: str, date: str, line: str, place: str, service: str, rest: str,
        between: int) -> None:
    """Under the page's date, no caption, a caption or the caption printed twice."""
    release, _removed = import_text(tmp_path, _text(lang, date, between, line), lang=lang)
    assert kinds(release, "place") == [place]
    assert kinds(release, "attribution") == [service]
    assert release.date == dt.date(2013, 10, 1)
    assert kinds(release, "p")[0] == rest
    # (the date alone is a duplicate, said removed; the caption stays, a paragraph under
    # the first, once: its second print in a row is a duplicate, said removed)
    texts = kinds(release, "p") + kinds(release, "h2")
    assert date not in texts
    assert texts.count(HEADS[lang][2]) == min(between, 1)
    assert HEADS[lang][2] not in kinds(release, "h2")


def test_another_day_takes_no_year(tmp_path: Path) -> None:
    """A year-less dateline of another day than the page's date may be of the year before
    ("December 31" under "2 January 2012"): no year is taken, the dateline stays text."""
    line = "GENEVA, December 31 (UNHCR) - More people have fled."
    release, _removed = import_text(tmp_path, _text("en", "2 January 2012", 1, line))
    assert kinds(release, "place") == []
    assert release.date == dt.date(2012, 1, 2)
    assert line in kinds(release, "p")


def test_a_repeat_only_of_the_block_above(tmp_path: Path) -> None:
    """Two different sentences between are the text's, as before: the dateline under them
    is the text's too."""
    line = "GENEVA, October 1 (UNHCR) - More people have fled."
    release, _removed = import_text(tmp_path, _text(
        "en", "1 October 2013", 1, line, other="The agency said so today in Geneva."))
    assert kinds(release, "place") == []
    assert line in kinds(release, "p")


def test_the_unhcr_page(tmp_path: Path) -> None:
    """The stored page's head (unhcr2013_en, its chrome left out): standfirst, date, the
    caption twice, the dateline."""
    text = ('UNHCR says it is "stretched to the limit" by the rising number of refugees\n\n'
            "High Commissioner António Guterres says UNHCR has improved its ability to protect "
            "refugees, but this year more than 1.5 million refugees have left Syria alone.\n"
            "1 October 2013\n" + HEADS["en"][2] + "\n\n" + HEADS["en"][2] + "\n\n"
            "GENEVA, October 1 (UNHCR) - More people have been forced to flee from their "
            "homes than at any time in nearly two decades.\n\nMore text follows here.\n")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "place") == ["GENEVA"]
    assert kinds(release, "attribution") == ["UNHCR"]
    assert release.date == dt.date(2013, 10, 1)
    assert kinds(release, "p")[0].startswith("More people have been forced")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", '"We will not abandon them."'),
    ("en", "“Winter is coming.”"),
    ("en", "Winter is coming!"),
    ("en", "Who will help them?"),
    ("fr", "« Nous ne les abandonnerons pas. »"),
    ("es", "«No los abandonaremos.»"),
    ("ru", "«Мы их не оставим».")])
def test_a_sentence_said_twice_is_the_texts(tmp_path: Path, lang: str, said: str) -> None:
    """A quotation, an exclamation or a question printed twice on purpose, under the page's
    date: the text's, its repeat ending the search (t66/hA finding B: both prints had been
    passed over as a caption printed twice, and set as <h2>)."""
    headline, standfirst, _caption = HEADS[lang]
    dated = {"en": "GENEVA, 1 October 2013 (UNHCR) – The High Commissioner said it twice.",
             "fr": "GENÈVE, 1er octobre 2013 (HCR) – Le Haut Commissaire l'a dit deux fois.",
             "es": "GINEBRA, 1 de octubre de 2013 (ACNUR) – El Alto Comisionado lo dijo.",
             "ru": "ЖЕНЕВА, 1 октября 2013 года (УВКБ ООН) – Верховный комиссар сказал."}[lang]
    date = {"en": "1 October 2013", "fr": "1er octobre 2013", "es": "1 de octubre de 2013",
            "ru": "1 октября 2013 года"}[lang]
    text = "\n\n".join([headline, standfirst, date, said, said, dated, "More text."]) + "\n"
    release, _removed = import_text(tmp_path, text, lang=lang)
    assert said not in kinds(release, "h2")
    assert kinds(release, "p").count(said) == 2
    assert dated in kinds(release, "p")


#: (UNHCR's caption quoting who it shows, each language's: a quotation, who says it and more)
QUOTING_CAPTIONS = [
    ("en", "“I lost everything,” says Amina, a Somali refugee at the Dadaab camp in Kenya."),
    ("en", '"I lost everything," says Amina, a Somali refugee at the Dadaab camp in Kenya.'),
    ("en", "“I lost everything,” says Amina, “and I want to go home.”"),
    ("fr", "« J’ai tout perdu », raconte Amina, une réfugiée somalienne au camp de Dadaab."),
    ("es", "«Lo perdí todo», dice Amina, una refugiada somalí en el campamento de Dadaab."),
    ("ru", "«Я потеряла всё», – говорит Амина, сомалийская беженка в лагере Дадааб."),
]


@pytest.mark.parametrize(("lang", "caption"), QUOTING_CAPTIONS)
def test_a_caption_quoting_who_it_shows_printed_twice(tmp_path: Path, lang: str,
                                                      caption: str) -> None:
    """UNHCR's caption printed twice that opens with a quotation is counted once, as its
    caption in other words is (t66/hF C4: 50fcb3c had read it as a sentence said twice, the
    dateline under it left in the text and the caption published twice)."""
    line = next(case[2] for case in CASES if case[0] == lang)
    release, _removed = import_text(tmp_path, _text(lang, next(
        case[1] for case in CASES if case[0] == lang), 0, line, other=f"{caption}\n\n{caption}"),
        lang=lang)
    place, service, rest = next(case[3:] for case in CASES if case[0] == lang)
    assert kinds(release, "place") == [place]
    assert kinds(release, "attribution") == [service]
    assert kinds(release, "p")[0] == rest
    assert caption in kinds(release, "p") + kinds(release, "h2")  # (not lost)


@pytest.mark.parametrize(("lang", "caption"), QUOTING_CAPTIONS[:1])
def test_a_caption_quoting_who_it_shows_is_read_once(tmp_path: Path, lang: str,
                                                     caption: str) -> None:
    """Once the caption reading takes it too: under the first paragraph, once."""
    line = next(case[2] for case in CASES if case[0] == lang)
    release, _removed = import_text(tmp_path, _text(lang, "1 October 2013", 0, line,
                                                    other=f"{caption}\n\n{caption}"),
                                    lang=lang)
    assert caption not in kinds(release, "h2")
    assert kinds(release, "p").count(caption) == 1


def test_a_heads_line_printed_twice_is_counted_once(tmp_path: Path) -> None:
    """A head's line (no final stop) printed twice under the caption: passed over, once."""
    line = "GENEVA, October 1 (UNHCR) - More people have fled."
    release, _removed = import_text(tmp_path, _text(
        "en", "1 October 2013", 1, line, other="By the UNHCR press office").replace(
            "By the UNHCR press office", "By the UNHCR press office\n\nBy the UNHCR press office"))
    assert kinds(release, "place") == ["GENEVA"]
    assert release.date == dt.date(2013, 10, 1)
