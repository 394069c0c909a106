"""The kind of document and the date on one line under a standfirst (ILO's head: headline /
a summary of a sentence or two / "Press release | 30 September 2011" / "GENEVA (ILO News) -
…", a trial of session 66, finding C): the head's, read as if it stood above the headline,
in the six languages. It had been a subheading, or the dateline's place ("Press release"),
the Spanish date a paragraph and the release undated, and the dateline's place under it was
not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds

#: (headline, standfirst, label | date, date as the release gives it, the dateline's
#: paragraph, its place and attribution), by language.
_HEADS = {
    "en": ("ILO Director-General announces early departure",
           "The Director-General of the ILO announced that he will leave in 2012.",
           "Press release | 30 September 2011", "30 September 2011",
           "GENEVA (ILO News) - The Director-General of the ILO announced today that he will "
           "leave his post early.", "GENEVA", "ILO News"),
    "fr": ("Le Directeur général de l’OIT annonce son départ anticipé",
           "Le Directeur général de l’OIT a annoncé qu’il partira en 2012.",
           "Communiqué de presse | 30 septembre 2011", "30 septembre 2011",
           "GENEVE (Nouvelles du BIT) - Le Directeur général de l’OIT a annoncé aujourd’hui "
           "qu’il quittera son poste.", "GENEVE", "Nouvelles du BIT"),
    "es": ("Reelegido Director General de la OIT, Juan Somavia se compromete a trabajar por "
           "\"Un Nuevo Contrato Social\"",
           "Juan Somavia fue reelegido este martes para un segundo mandato de cinco años.",
           "Comunicado de prensa | 25 de marzo de 2003", "25 de marzo de 2003",
           "GINEBRA (Noticias de la OIT) – Juan Somavia, chileno, fue reelegido hoy por una "
           "gran mayoría.", "GINEBRA", "Noticias de la OIT"),
    "ru": ("Генеральный директор МОТ объявил о досрочном уходе",
           "Генеральный директор МОТ объявил, что покинет свой пост в 2012 году.",
           "Пресс-релиз | 30 сентября 2011 года", "30 сентября 2011 года",
           "ЖЕНЕВА (Новости МОТ) – Генеральный директор МОТ сегодня объявил, что покинет свой "
           "пост досрочно.", "ЖЕНЕВА", "Новости МОТ"),
    "zh": ("国际劳工组织总干事宣布提前离任", "国际劳工组织总干事宣布，他将于2012年下半年离任。",
           "新闻稿 | 2011年9月30日", "2011年9月30日",
           "日内瓦（国际劳工组织新闻）— 国际劳工组织总干事今天宣布，他将提前离任。", "日内瓦",
           "国际劳工组织新闻"),
    "ar": ("المدير العام لمنظمة العمل الدولية يعلن مغادرته المبكرة",
           "أعلن المدير العام لمنظمة العمل الدولية أنه سيغادر منصبه في عام 2012.",
           "بيان صحفي | 30 أيلول/سبتمبر 2011", "30 أيلول/سبتمبر 2011",
           "جنيف (أخبار منظمة العمل الدولية) - أعلن المدير العام لمنظمة العمل الدولية اليوم "
           "أنه سيغادر منصبه مبكرا.", "جنيف", "أخبار منظمة العمل الدولية"),
}
_MORE = {"en": "He told the Governing Body in a letter.", "fr": "Il l’a écrit au Conseil.",
         "es": "Lo anunció por carta.", "ru": "Он сообщил об этом в письме.",
         "zh": "他在一封信中通知了理事会。", "ar": "وأبلغ مجلس الإدارة بقراره في رسالة."}


def _head(release_lang: str, text: str, tmp_path: Path) -> dict[str, list[str]]:
    release, _removed = import_text(tmp_path, text, lang=release_lang)
    return {kind: kinds(release, kind)
            for kind in ("label", "office", "title", "h2", "place", "attribution", "p")} | {
        "date": [release.date_text] if release.date is not None else []}


@pytest.mark.parametrize("lang", sorted(_HEADS))
def test_the_label_and_date_under_a_standfirst_are_the_heads(tmp_path: Path,
                                                              lang: str) -> None:
    headline, standfirst, line, date, dated, place, attribution = _HEADS[lang]
    label = line.split(" | ")[0]
    text = f"{headline}\n\n{standfirst}\n\n{line}\n\n{dated}\n\n{_MORE[lang]}\n"
    head = _head(lang, text, tmp_path)
    assert head["label"] == [label]
    assert head["title"] == [headline]
    assert head["office"] == []
    assert head["place"] == [place]
    assert head["attribution"] == [attribution]
    assert head["date"] == [date]
    # (the standfirst stays, a subheading over the text, as a subtitle above a dateline is)
    assert head["h2"] == [standfirst]
    assert label not in head["p"] and date not in head["p"]


def test_two_blocks_of_standfirst_and_the_label_on_two_lines(tmp_path: Path) -> None:
    text = ("ILO Director-General announces early departure\n\n"
            "The Director-General announced that he will leave.\n\n"
            "His term had been due to end in 2014.\n\n"
            "Press release\n30 September 2011\n\n"
            "GENEVA (ILO News) - The Director-General announced today that he will leave.\n\n"
            "More text here.\n")
    head = _head("en", text, tmp_path)
    assert head["label"] == ["Press release"]
    assert head["date"] == ["30 September 2011"]
    assert head["place"] == ["GENEVA"]
    assert head["h2"] == ["The Director-General announced that he will leave.",
                          "His term had been due to end in 2014."]


def test_a_topic_line_over_the_headline_is_no_title(tmp_path: Path) -> None:
    # (ILO's 2008 page: its topic tag over the headline had been the title, the headline a
    # subheading and the label the dateline's place; it is read as over a label, the office)
    text = ("Governing Body\n\n"
            "Juan Somavia elected to third term as ILO Director-General\n\n"
            "Juan Somavia was elected to a third term as Director-General of the ILO.\n\n"
            "Press release | 18 November 2008\n\n"
            "GENEVA (ILO News) - Juan Somavia was elected to a third term today.\n\n"
            "More text here.\n")
    head = _head("en", text, tmp_path)
    assert head["title"] == ["Juan Somavia elected to third term as ILO Director-General"]
    assert head["label"] == ["Press release"]
    assert head["place"] == ["GENEVA"]
    assert "Press release" not in head["place"] + head["h2"]


@pytest.mark.parametrize("text", [
    # (right under the headline: where it belongs, read as before)
    "ILO Director-General announces early departure\n\nPress release | 30 September 2011\n\n"
    "GENEVA (ILO News) - The Director-General announced today that he will leave.\n\n"
    "More text here.\n",
])
def test_a_label_line_under_the_headline_stays_where_it_is(tmp_path: Path, text: str) -> None:
    head = _head("en", text, tmp_path)
    assert head["label"] == ["Press release"]
    assert head["place"] == ["GENEVA"]
    assert head["date"] == ["30 September 2011"]


@pytest.mark.parametrize("text", [
    # (under the dated text: the text began above it, a line of the text's)
    "River Council meets\n\nGeneva, 3 March 2025 – The River Council met today.\n\n"
    "Press release | 3 March 2025\n\nIt will meet again.\n",
    # (three blocks of sentences between: the text's paragraphs, no standfirst)
    "River Council meets\n\nThe Council met today.\n\nIt heard reports.\n\n"
    "It adopted a plan.\n\nPress release | 3 March 2025\n\nIt will meet again.\n",
])
def test_a_label_line_further_down_is_not_lifted(tmp_path: Path, text: str) -> None:
    head = _head("en", text, tmp_path)
    assert head["label"] == []
    assert head["title"] == ["River Council meets"]
