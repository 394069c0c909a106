"""Datelines in the six languages' scripts, as transpub's own build writes them.

A Chinese or Arabic original kept its dateline in its first paragraph (t65/hE finding A):
the parser knew the Western month-name forms and capitals only, so «纽约，2020年12月9日——»
(the form the build writes for Chinese: ``style.DEFAULT_STYLES["zh"]``), the UN's Arabic
month pair «9 كانون الأول/ديسمبر 2020» and a place alone before a dash in a script without
capitals («罗马——», «روما – ») were no dateline. Every form the build writes, in each of the
six languages, now reads back as the place and date it was built from.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from transpub.datelines import dateline, lone_date, undated_dateline
from transpub.html import Alternate, render_release_tree
from transpub.importer import import_file
from transpub.languages import language
from transpub.localise import Localised
from transpub.model import Block, Release, Span
from transpub.style import DEFAULT_STYLES

#: New York and Rome, as ``data/places.json`` names them in each language
PLACES = {"en": ("New York", "ROME"), "fr": ("New York", "ROME"), "es": ("Nueva York", "ROMA"),
          "ru": ("Нью-Йорк", "РИМ"), "zh": ("纽约", "罗马"), "ar": ("نيويورك", "روما")}
#: a headline and a first sentence in each language
WORDS = {"en": ("Prices Fall", "Prices fell in May."),
         "fr": ("Les prix baissent", "Les prix ont baissé en mai."),
         "es": ("Bajan los precios", "Los precios bajaron en mayo."),
         "ru": ("Цены падают", "В мае цены упали."),
         "zh": ("价格下跌", "五月份价格下跌。"),
         "ar": ("انخفاض الأسعار", "انخفضت الأسعار في أيار/مايو.")}
#: a service's name, for the attribution
SERVICES = {"en": "UN Information Service", "fr": "Service d'information des Nations Unies",
            "es": "Servicio de Información de las Naciones Unidas",
            "ru": "Информационная служба ООН", "zh": "联合国新闻处", "ar": "دائرة الإعلام"}
DAYS = [dt.date(2020, 12, 9), dt.date(2021, 1, 1), dt.date(2024, 6, 30), dt.date(2019, 7, 4)]


def _first_paragraph(lang: str, place: str, date: dt.date | None, attribution: str) -> str:
    """The first paragraph of the page the build writes in ``lang``, its dateline opening it,
    as text."""
    style = DEFAULT_STYLES[lang]
    title, sentence = WORDS[lang]
    blocks = [Block("title", "title", (Span("text", title),), 1)]
    if place:
        blocks.append(Block("place", "place", (Span("text", place),), 2))
    if attribution:
        blocks.append(Block("attribution", "attribution", (Span("text", attribution),), 2))
    blocks.append(Block("p1", "p", (Span("text", sentence),), 3))
    release = Release("r", lang, tuple(blocks), date, style.format_date(date) if date else "")
    info = language(lang)
    page = render_release_tree(Localised(release, lang, lang, 1, 1), info, style,
                               [Alternate(info, "r.html")]).decode("utf-8")
    found = re.search(r"<p>(<span class=\"dateline\">.*?)</p>", page, re.DOTALL)
    assert found is not None
    # (an Arabic page isolates its pieces, <bdi>: no characters of the text)
    return re.sub(r"<[^>]+>", "", found.group(1)).replace("&#8203;", "")


def _imported(tmp_path: Path, lang: str, paragraph: str) -> Release:
    path = tmp_path / f"{lang}.txt"
    path.write_text(f"{WORDS[lang][0]}\n\n{paragraph}\n\n{WORDS[lang][1]}\n", encoding="utf-8")
    return import_file(path, lang=lang).release


def _kind(release: Release, ident: str) -> str:
    """The text of the block ``ident`` ("place", "p1"), "" for none."""
    return next((b.plain_text for b in release.blocks if b.id == ident), "")


@pytest.mark.parametrize("lang", sorted(PLACES))
@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("attributed", [False, True])
def test_the_builds_dateline_reads_back(tmp_path: Path, lang: str, day: dt.date,
                                        attributed: bool) -> None:
    """The place, the date and the attribution the build wrote are the import's."""
    place = PLACES[lang][0]
    attribution = SERVICES[lang] if attributed else ""
    paragraph = _first_paragraph(lang, place, day, attribution)
    assert paragraph.endswith(WORDS[lang][1])
    found = dateline(paragraph, lang)
    assert found is not None, paragraph
    assert (found.place, found.date, found.attribution, found.rest) \
        == (place, day, attribution, WORDS[lang][1])
    release = _imported(tmp_path, lang, paragraph)
    assert (_kind(release, "place"), release.date, _kind(release, "attribution"),
            _kind(release, "p1")) == (place, day, attribution, WORDS[lang][1])


@pytest.mark.parametrize("lang", sorted(PLACES))
def test_the_builds_date_without_a_place_reads_back(tmp_path: Path, lang: str) -> None:
    paragraph = _first_paragraph(lang, "", DAYS[0], "")
    release = _imported(tmp_path, lang, paragraph)
    assert (release.date, _kind(release, "place"), _kind(release, "p1")) \
        == (DAYS[0], "", WORDS[lang][1])


@pytest.mark.parametrize("lang", sorted(PLACES))
@pytest.mark.parametrize("attributed", [False, True])
def test_the_builds_undated_dateline_reads_back(tmp_path: Path, lang: str,
                                                attributed: bool) -> None:
    """A place and no date («罗马——», «روما – », "ROME – "), with its service in brackets."""
    place = PLACES[lang][1]
    attribution = SERVICES[lang] if attributed else ""
    paragraph = _first_paragraph(lang, place, None, attribution)
    found = undated_dateline(paragraph, lang)
    assert found is not None, paragraph
    assert (found.place, found.attribution, found.rest) == (place, attribution, WORDS[lang][1])
    release = _imported(tmp_path, lang, paragraph)
    assert (_kind(release, "place"), release.date, _kind(release, "attribution"),
            _kind(release, "p1")) == (place, None, attribution, WORDS[lang][1])


@pytest.mark.parametrize("lang", sorted(PLACES))
def test_the_builds_date_stands_alone(lang: str) -> None:
    """A header's date in the build's form («2020年12月9日», «9 كانون الأول/ديسمبر 2020»)."""
    written = DEFAULT_STYLES[lang].format_date(DAYS[0])
    assert lone_date(written, lang) == (DAYS[0], written)


@pytest.mark.parametrize(("text", "place", "date", "attribution"), [
    # (the reproducers: t65/hE finding A)
    ("纽约，2020年12月9日——联合国开发计划署今日举办招待会。", "纽约", dt.date(2020, 12, 9), ""),
    ("نيويورك، 9 كانون الأول/ديسمبر 2020 – رحب البرنامج.", "نيويورك", dt.date(2020, 12, 9), ""),
    # (a half of the pair alone, the Levantine name or the UN's spelling of June)
    ("بيروت، 9 كانون الأول 2020 – رحب البرنامج.", "بيروت", dt.date(2020, 12, 9), ""),
    ("جنيف، 5 يونيه 2024 – رحب البرنامج.", "جنيف", dt.date(2024, 6, 5), ""),
    # (Arabic-Indic figures)
    ("جنيف، ٥ حزيران/يونيه ٢٠٢٤ – رحب البرنامج.", "جنيف", dt.date(2024, 6, 5), ""),
    ("北京，2024年6月5日（新华社）——联合国今日表示。", "北京", dt.date(2024, 6, 5), "新华社"),
    # (a Latin comma after a Chinese place, a space in the date: UNICEF's Chinese page)
    ("纽约,2011 年3月14日  – 在全世界联合起来支持日本民众之际。", "纽约", dt.date(2011, 3, 14), ""),
    # (a known place and the date with no comma: WIPO's Arabic)
    ("جنيف 04-10-2021", "جنيف", dt.date(2021, 10, 4), ""),
])
def test_datelines_of_caseless_scripts(text: str, place: str, date: dt.date,
                                       attribution: str) -> None:
    lang = "zh" if re.match(r"[\u4e00-\u9fff]", text) else "ar"
    found = dateline(text, lang)
    assert found is not None
    assert (found.place, found.date, found.attribution) == (place, date, attribution)


@pytest.mark.parametrize(("text", "lang"), [
    ("وقال 04-10-2021", "ar"),  # (no place's name before the date)
    ("在 2020年12月9日——联合国。", "zh"),
])
def test_no_dateline_in_a_caseless_script(text: str, lang: str) -> None:
    assert dateline(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "place", "attribution"), [
    ("罗马——世界粮食计划署今日欢迎科威特的慷慨捐款。", "zh", "罗马", ""),
    ("开罗——世界粮食计划署今日表示。", "zh", "开罗", ""),
    ("罗马（粮农组织）——粮农组织今日表示。", "zh", "罗马", "粮农组织"),
    ("روما – رحب البرنامج اليوم.", "ar", "روما", ""),
    ("روما- وسط تزايد المخاوف، رحب البرنامج.", "ar", "روما", ""),  # (ar.wfp.org's)
    ("القاهرة - رحب البرنامج اليوم.", "ar", "القاهرة", ""),
    ("روما (الفاو) – رحب البرنامج اليوم.", "ar", "روما", "الفاو"),
    # (a country in the bracket is the place's region)
    ("القاهرة (مصر) – رحب البرنامج اليوم.", "ar", "القاهرة (مصر)", ""),
])
def test_a_place_alone_in_a_caseless_script(text: str, lang: str, place: str,
                                            attribution: str) -> None:
    """No capital marks the place: ``data/places.json`` knows it."""
    found = undated_dateline(text, lang)
    assert found is not None
    assert (found.place, found.attribution) == (place, attribution)


@pytest.mark.parametrize(("text", "lang"), [
    ("中国——世界粮食计划署今日表示。", "zh"),  # (a country, no dateline's place)
    ("联合国——世界粮食计划署今日表示。", "zh"),  # (a body)
    ("粮食署——一个新的方案。", "zh"),
    ("الأمم المتحدة – رحب البرنامج.", "ar"),
    ("بيروت-لبنان رحب البرنامج.", "ar"),  # (a hyphen with no space: a word's)
    ("وقال – رحب البرنامج.", "ar"),
])
def test_no_place_alone_in_a_caseless_script(text: str, lang: str) -> None:
    assert undated_dateline(text, lang) is None
