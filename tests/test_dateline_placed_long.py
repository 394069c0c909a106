"""A dateline of a place alone opening a long first paragraph.

"CAIRO – The United Nations World Food Programme (WFP) welcomes …" was no dateline when its
paragraph was over 300 characters (t65/hE finding C): the search for a place-only dateline
took the length of a subtitle for the length of the block the dateline opens. WFP's, FAO's and
WHO's first paragraphs are often longer. The dateline opens the first paragraph of the text
whatever its length; the search is bounded by position: the first blocks under the headline,
and no further than the text's first paragraph.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import kinds
from transpub.importer import import_file
from transpub.model import Release

HEADLINE = {"en": "Kuwait supports WFP in helping Syrians rebuild their lives",
            "fr": "Le Koweït soutient le PAM en Syrie",
            "ru": "Кувейт поддерживает ВПП в Сирии",
            "zh": "科威特支持粮食署帮助叙利亚人",
            "ar": "الكويت تدعم البرنامج في سوريا"}
PLACE = {"en": "CAIRO", "fr": "GENÈVE", "ru": "ЖЕНЕВА", "zh": "开罗", "ar": "القاهرة"}
DASH = {"zh": "——"}
SENTENCE = {"en": "The United Nations World Food Programme (WFP) welcomes a contribution from "
                  "the State of Kuwait to fund projects in Syria, ",
            "fr": "Le Programme alimentaire mondial (PAM) salue une contribution de l'État du "
                  "Koweït pour financer des projets en Syrie, ",
            "ru": "Всемирная продовольственная программа (ВПП) приветствует взнос Государства "
                  "Кувейт на финансирование проектов в Сирии, ",
            "zh": "联合国世界粮食计划署欢迎科威特国的捐款，用于资助叙利亚的项目，",
            "ar": "يرحب برنامج الأغذية العالمي بمساهمة من دولة الكويت لتمويل مشاريع في سوريا، "}
END = {"zh": "。", "ar": "."}


def _paragraph(lang: str, length: int) -> str:
    """A first paragraph of one sentence, about ``length`` characters, after the place."""
    text = SENTENCE[lang]
    while len(text) < length:
        text += SENTENCE[lang]
    return text.rstrip(" ,，،") + END.get(lang, ".")


def _import(tmp_path: Path, lang: str, blocks: list[str]) -> Release:
    path = tmp_path / f"{lang}.txt"
    path.write_text("\n\n".join([HEADLINE[lang], *blocks, "Second paragraph."]) + "\n",
                    encoding="utf-8")
    return import_file(path, lang=lang).release


def _opening(lang: str, length: int) -> str:
    return PLACE[lang] + DASH.get(lang, " – ") + _paragraph(lang, length)


@pytest.mark.parametrize("lang", sorted(PLACE))
@pytest.mark.parametrize("length", [100, 260, 290, 344, 800, 3000])
def test_a_long_first_paragraph_undated(tmp_path: Path, lang: str, length: int) -> None:
    release = _import(tmp_path, lang, [_opening(lang, length)])
    assert kinds(release, "place") == [PLACE[lang]]
    assert release.date is None
    assert kinds(release, "p")[0] == _paragraph(lang, length)


@pytest.mark.parametrize("lang", sorted(PLACE))
@pytest.mark.parametrize("length", [100, 344, 3000])
def test_a_long_first_paragraph_under_a_subtitle(tmp_path: Path, lang: str,
                                                 length: int) -> None:
    """A subtitle above it: the dateline opens the text's first paragraph all the same."""
    release = _import(tmp_path, lang, ["A short subtitle", _opening(lang, length)])
    assert kinds(release, "place") == [PLACE[lang]]
    assert kinds(release, "p")[0] == _paragraph(lang, length)


@pytest.mark.parametrize("length", [100, 344, 3000])
def test_a_long_first_paragraph_dated_by_the_header(tmp_path: Path, length: int) -> None:
    """The page's date above the headline dates it (``placed``)."""
    path = tmp_path / "en.txt"
    path.write_text(f"5 June 2024\n\n{HEADLINE['en']}\n\n{_opening('en', length)}\n\nMore.\n",
                    encoding="utf-8")
    release = import_file(path).release
    assert kinds(release, "place") == ["CAIRO"]
    assert release.date == dt.date(2024, 6, 5)
    assert kinds(release, "p")[0] == _paragraph("en", length)


def test_the_search_ends_at_the_texts_first_paragraph(tmp_path: Path) -> None:
    """A place and a dash further down, under the text's first paragraph, are the text's."""
    release = _import(tmp_path, "en", [_paragraph("en", 400), _opening("en", 100)])
    assert kinds(release, "place") == []
    assert kinds(release, "p")[1].startswith("CAIRO – ")


def test_the_search_ends_after_the_first_blocks(tmp_path: Path) -> None:
    """Three subtitles above it: no dateline opens the text so far down."""
    release = _import(tmp_path, "en", ["First subtitle", "Second subtitle", "Third subtitle",
                                       _opening("en", 100)])
    assert kinds(release, "place") == []
