"""A dateline under a date standing alone and the head's lines between them.

WMO's page sets "22 March 2011" under the headline, then the empty field "Press Release
Number:", the headline again, and "GENEVA, 22 March 2011 – …" opening the text (t65/hE finding
H): the dateline was looked for one or two blocks under the date only, and stayed in the text.
It opens the text's first paragraph: it is looked for down to it, past the head's lines.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds

HEAD = ["Press Release Number:", "World Day Celebrates Climate For You", "WMO No. 910",
        "By the WMO press office", "Geneva headquarters"]
DATELINE = "GENEVA, 22 March 2011 – The theme of this year is climate. It was said."


def _text(between: list[str]) -> str:
    return "\n\n".join(["World Day Celebrates Climate", "22 March 2011", *between, DATELINE,
                        "More text."]) + "\n"


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 5])
def test_the_dateline_under_the_heads_lines(tmp_path: Path, count: int) -> None:
    release, _removed = import_text(tmp_path, _text(HEAD[:count]))
    assert kinds(release, "place") == ["GENEVA"]
    assert release.date == dt.date(2011, 3, 22)
    assert kinds(release, "p")[0] == "The theme of this year is climate. It was said."
    # (the date alone, a duplicate, is no paragraph; the head's lines stay, none lost)
    texts = kinds(release, "p") + kinds(release, "h2")
    assert "22 March 2011" not in texts
    assert all(line in texts for line in HEAD[:count])


def test_the_reproducer(tmp_path: Path) -> None:
    """The date and the field's label one block, no blank line between (WMO's)."""
    text = ("World Day Celebrates Climate\n\n22 March 2011\nPress Release Number:\n\n"
            "World Day Celebrates Climate For You\n\n" + DATELINE + "\n\nMore text.\n")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "place") == ["GENEVA"]
    assert kinds(release, "p")[0].startswith("The theme")


def test_not_under_the_texts_first_paragraph(tmp_path: Path) -> None:
    """A paragraph of the text between: a dateline under it is the text's."""
    release, _removed = import_text(tmp_path, _text(
        ["Press Release Number:", "World Day Celebrates Climate For You",
         "The day is marked today. Services celebrate it."]))
    assert kinds(release, "place") == []
    assert DATELINE in kinds(release, "p")
    # (and a date alone the head did not take, over the first paragraph)
    release, _removed = import_text(tmp_path, _text(
        ["Press Release Number:", "The day is marked today. Services celebrate it."]).replace(
            "2011\n\nPress", "2011\nPress"))
    assert kinds(release, "place") == []
    assert DATELINE in kinds(release, "p")


def test_not_past_a_heads_lines(tmp_path: Path) -> None:
    """More short blocks than a head holds: a list of the text's, no head."""
    release, _removed = import_text(tmp_path, _text([f"Item {n}" for n in range(1, 7)]))
    assert kinds(release, "place") == []


#: A speech's salutations under the date, each a block (t65/hG finding E): the speech's text,
#: which a dateline further down had made subheadings
SALUTATIONS = [
    ("en", "3 March 2021", ["Mr. President,", "Excellencies,", "Ladies and gentlemen,"],
     "GENEVA, 3 March 2021 – the Council opened its session today. I thank you all."),
    ("en", "3 March 2021", ["Excellencies,"],
     "GENEVA, 3 March 2021 – the Council opened its session today. I thank you all."),
    ("fr", "3 mars 2021", ["Monsieur le Président,", "Excellences,", "Mesdames et Messieurs,"],
     "GENÈVE, 3 mars 2021 – Le Conseil a ouvert sa session. Je vous remercie."),
    ("es", "3 de marzo de 2021", ["Señor Presidente:", "Excelencias,"],
     "GINEBRA, 3 de marzo de 2021 – El Consejo abrió su período de sesiones. Gracias."),
]


@pytest.mark.parametrize(("lang", "date", "salutations", "dated"), SALUTATIONS)
@pytest.mark.parametrize("removed", [True, False])
def test_a_speechs_salutations_end_the_search(tmp_path: Path, lang: str, date: str,
                                              salutations: list[str], dated: str,
                                              removed: bool) -> None:
    # (the date taken by the head, or left in the body under a subtitle: both searches)
    head = [date] if removed else ["Remarks to the Council", date]
    text = "\n\n".join(["Remarks of the Secretary-General", *head, *salutations,
                        "Geneva welcomes you once again.", dated, "More text."]) + "\n"
    release, _removed = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "place") == []
    assert not set(salutations) & set(kinds(release, "h2"))
    paragraphs = kinds(release, "p")
    assert all(s in paragraphs for s in salutations)
    assert "Geneva welcomes you once again." in paragraphs and dated in paragraphs


def test_a_sentence_past_the_summarys_place_ends_the_search(tmp_path: Path) -> None:
    """Past the first three blocks, a one-sentence paragraph ending as a sentence does is the
    text's."""
    release, _removed = import_text(tmp_path, _text(
        ["Press Release Number:", "World Day Celebrates Climate For You", "WMO No. 910",
         "The day is marked today in every country."]))
    assert kinds(release, "place") == []
    assert "The day is marked today in every country." in kinds(release, "p")
    assert DATELINE in kinds(release, "p")
    # (a head's line there, short and with no full stop: passed over, as before)
    release, _removed = import_text(tmp_path, _text(
        ["Press Release Number:", "World Day Celebrates Climate For You", "WMO No. 910",
         "By the WMO press office"]))
    assert kinds(release, "place") == ["GENEVA"]


#: Two quoted one-sentence paragraphs under the date, in each language's quotation marks: the
#: text's, as in English (French's blank before the closing guillemet, a space, a no-break or a
#: narrow no-break one, had hidden the stop: the quotes were passed over and set as <h2>,
#: t66/hA finding D2)
QUOTES = [
    ("en", "3 October 2011", ['"We will not abandon them."', "“Winter is coming.”"],
     "GENEVA, 3 October 2011 (UNHCR) – The High Commissioner spoke today."),
    ("fr", "3 octobre 2011", ["« Nous ne les abandonnerons pas. »",
                              "« L'hiver arrive et le temps presse ! »"],
     "GENÈVE, 3 octobre 2011 (HCR) – Le Haut Commissaire a parlé aujourd'hui."),
    ("fr", "3 octobre 2011", ["«\u00a0Nous ne les abandonnerons pas.\u00a0»",
                              "«\u202fLe temps presse-t-il\u202f?\u202f»"],
     "GENÈVE, 3 octobre 2011 (HCR) – Le Haut Commissaire a parlé aujourd'hui."),
    ("es", "3 de octubre de 2011", ["«No los abandonaremos.»", "“El invierno llega.”"],
     "GINEBRA, 3 de octubre de 2011 (ACNUR) – El Alto Comisionado habló hoy."),
    ("ru", "3 октября 2011 года", ["«Мы их не оставим.»", "«Зима близко!»"],
     "ЖЕНЕВА, 3 октября 2011 года (УВКБ ООН) – Верховный комиссар выступил сегодня."),
]


@pytest.mark.parametrize(("lang", "date", "quotes", "dated"), QUOTES)
def test_quoted_sentences_end_the_search(tmp_path: Path, lang: str, date: str,
                                         quotes: list[str], dated: str) -> None:
    text = "\n\n".join(["The Headline of the Release", "A standfirst says what it is about.",
                        date, *quotes, dated, "More text."]) + "\n"
    release, _removed = import_text(tmp_path, text, lang=lang)
    assert not set(quotes) & set(kinds(release, "h2"))
    assert all(quote in kinds(release, "p") for quote in quotes)


@pytest.mark.parametrize("text", ["「我们不会抛弃他们。」", "『冬天来了！』",
                                  "“我们不会抛弃他们。”", "'We will not abandon them.'", "« Non. »",
                                  "(Il a parlé.)", "« Qui ? »"])
def test_a_sentence_ends_inside_any_closing_mark(text: str) -> None:
    from transpub.importer import _text_below

    assert _text_below(text, 1, 1)
    assert not _text_below(text.rstrip(" 」』”'»)").rstrip("。！.?"), 1, 1)
