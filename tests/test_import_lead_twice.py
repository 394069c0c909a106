"""The lead a page prints twice (ILO's: the summary under the headline, then "Press release |
date", then the same text as the first paragraph, the dateline in front of it or of both; a
trial of session 66, finding E): kept once, the first paragraph's with its dateline, the
other copy said removed, in the six languages. Both copies had been paragraphs, the text
twice to translate, and the summary's copy had kept the dateline under it unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file

#: (headline, label | date, place, the lead), by language.
_PAGES = {
    "en": ("Chilean Elected to ILO Top Job", "Press release | 23 March 1998", "GENEVA",
           "The Governing Body of the ILO today elected Mr. Juan Somavia of Chile as the next "
           "Director-General. He was elected by 44 votes."),
    "fr": ("Un Chilien élu à la tête de l’OIT", "Communiqué de presse | 23 mars 1998", "GENÈVE",
           "Le Conseil d’administration du BIT a élu aujourd’hui M. Juan Somavia au poste de "
           "Directeur général. Il a recueilli 44 voix."),
    "es": ("Juan Somavia jura su cargo de Director General de la OIT",
           "Comunicado de prensa | 22 de marzo de 1999", "GINEBRA",
           "El chileno Juan Somavia ha tomado oficialmente posesión de su cargo como noveno "
           "Director General de la OIT en una reunión celebrada hoy."),
    "ru": ("Чилиец избран главой МОТ", "Пресс-релиз | 23 марта 1998 года", "ЖЕНЕВА",
           "Административный совет МОТ сегодня избрал Хуана Сомавию Генеральным директором. "
           "За него проголосовали 44 члена совета."),
    "zh": ("智利人当选国际劳工组织总干事", "新闻稿 | 1998年3月23日", "日内瓦",
           "国际劳工组织理事会今天选举智利的胡安·索马维亚为下一任总干事。他以44票当选。"),
    "ar": ("انتخاب تشيلي لرئاسة منظمة العمل الدولية", "بيان صحفي | 23 آذار/مارس 1998", "جنيف",
           "انتخب مجلس إدارة منظمة العمل الدولية اليوم السيد خوان سومافيا من تشيلي مديرا عاما "
           "للمنظمة. وحصل على 44 صوتا."),
}
_MORE = {"en": "His term begins on 4 March 1999.", "fr": "Son mandat commence le 4 mars 1999.",
         "es": "Es el primer representante del hemisferio sur.",
         "ru": "Его мандат начинается 4 марта 1999 года.", "zh": "他的任期从1999年3月4日开始。",
         "ar": "وتبدأ ولايته في 4 آذار/مارس 1999."}
_DASH = {"zh": "— ", "ar": " - "}


def _imported(tmp_path: Path, text: str, lang: str) -> tuple[dict[str, list[str]], list[str]]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path, lang=lang)
    blocks = {kind: kinds(report.release, kind) for kind in ("title", "h2", "p", "place")}
    return blocks, list(report.notes)


def _dated(lang: str, place: str, lead: str) -> str:
    return f"{place}{_DASH.get(lang, ' – ')}{lead}"


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_the_summary_again_as_the_dated_first_paragraph_is_kept_once(tmp_path: Path,
                                                                      lang: str) -> None:
    headline, line, place, lead = _PAGES[lang]
    text = (f"{headline}\n\n{lead}\n\n{line}\n\n{_dated(lang, place, lead)}\n\n"
            f"{_MORE[lang]}\n")
    blocks, notes = _imported(tmp_path, text, lang)
    assert blocks["title"] == [headline]
    assert blocks["p"] == [lead, _MORE[lang]]
    assert blocks["h2"] == []
    assert blocks["place"] == [place]
    assert [n for n in notes if "printed twice" in n] == [
        "line 3: the lead printed twice (again at line 7, with its dateline): the copy at "
        "line 3 removed as a duplicate"]


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_the_lead_printed_twice_with_its_dateline_each_time(tmp_path: Path, lang: str) -> None:
    # (ILO's 1998 and 1999 pages: the dateline in front of both copies)
    headline, line, place, lead = _PAGES[lang]
    dated = _dated(lang, place, lead)
    text = f"{headline}\n\n{dated}\n\n{line}\n\n{dated}\n\n{_MORE[lang]}\n"
    blocks, notes = _imported(tmp_path, text, lang)
    assert blocks["title"] == [headline]
    assert blocks["p"] == [lead, _MORE[lang]]
    assert any("line 3: the lead printed twice" in n for n in notes)


@pytest.mark.parametrize("between", ["", "Photo gallery\n\n"])
def test_in_a_row_or_a_short_line_between(tmp_path: Path, between: str) -> None:
    headline, _line, place, lead = _PAGES["en"]
    text = f"{headline}\n\n{lead}\n\n{between}{place} – {lead}\n\n{_MORE['en']}\n"
    blocks, notes = _imported(tmp_path, text, "en")
    assert blocks["p"] == [lead, _MORE["en"]]
    assert blocks["place"] == [place]
    assert any("the lead printed twice" in n for n in notes)


def test_the_summary_the_leads_first_sentence(tmp_path: Path) -> None:
    text = ("Chilean Elected to ILO Top Job\n\n"
            "The Governing Body of the ILO today elected Mr. Juan Somavia.\n\n"
            "Press release | 23 March 1998\n\n"
            "GENEVA (ILO News) – The Governing Body of the ILO today elected Mr. Juan Somavia. "
            "He was elected by 44 votes.\n\nMore text.\n")
    blocks, notes = _imported(tmp_path, text, "en")
    assert blocks["p"] == ["The Governing Body of the ILO today elected Mr. Juan Somavia. He "
                           "was elected by 44 votes.", "More text."]
    assert blocks["h2"] == []
    assert any("the lead printed twice" in n for n in notes)


def test_a_box_drawing_dash_opens_the_copy_kept(tmp_path: Path) -> None:
    # (ILO's 2008 page writes a box-drawing dash, "GENEVA (ILO News) ─Juan …": the dateline
    # is read, its copy of the lead kept, the summary's removed)
    lead = "Juan Somavia was elected to a third term as Director-General of the ILO today."
    text = (f"Somavia re-elected\n\n{lead}\n\nPress release | 18 November 2008\n\n"
            f"GENEVA (ILO News) ─{lead}\n\nMore text.\n")
    blocks, notes = _imported(tmp_path, text, "en")
    assert blocks["p"] == [lead, "More text."]
    assert lead not in blocks["h2"]
    assert any("the lead printed twice" in n for n in notes)
    release, _removed = import_text(tmp_path, text)
    assert (kinds(release, "place"), kinds(release, "attribution")) == (["GENEVA"], ["ILO News"])


@pytest.mark.parametrize(("text", "blocks"), [
    # (a summary in other words, "today" added: both stay, the summary a subheading)
    ("Somavia re-elected\n\nJuan Somavia was elected to a third term.\n\n"
     "Press release | 18 November 2008\n\n"
     "GENEVA (ILO News) - Juan Somavia was elected to a third term today.\n\nMore text.\n", 3),
    # (a sentence said again further down the text is the text's)
    ("Somavia re-elected\n\nGENEVA, 18 November 2008 – He was elected.\n\nOne.\n\nTwo.\n\n"
     "The vote was conducted by secret ballot.\n\nThe vote was conducted by secret ballot.\n",
     5),
    # (a short line twice: no lead)
    ("Somavia re-elected\n\nGENEVA, 18 November 2008 – He was elected.\n\nThank you.\n\n"
     "Thank you.\n", 3),
])
def test_no_lead_printed_twice(tmp_path: Path, text: str, blocks: int) -> None:
    release, _removed = import_text(tmp_path, text)
    path = tmp_path / "release.txt"
    assert not any("printed twice" in n for n in import_file(path).notes)
    assert len(kinds(release, "p") + kinds(release, "h2")) == blocks
