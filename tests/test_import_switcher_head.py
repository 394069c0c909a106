"""A language switcher's lead-in in a copied page's head, and a head's line the search for the
dateline does not read.

UNHCR's country sites set headline / standfirst / "4 January 2016 Also available in:" (the
page's date, the switcher's label glued to it: its language names are links a copy drops) /
the picture's caption / "GENEVA, Jan 4 (UNHCR) - …" (t67/hA finding F1). The label made the
date line no date, and the whole dateline was lost: place and date unread, the dateline left
in the text, the label a paragraph to translate. On its own line the label had used up the
one block the search under the page's date passes over, and the caption under it ended it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds

HEADLINE = "Filippo Grandi takes helm as UN High Commissioner for Refugees"
STANDFIRST = ("Grandi, a UN official who has worked in refugee and political affairs in the "
              "Middle East, Africa, and Asia, succeeds António Guterres as UNHCR chief.")
CAPTION = ("UN High Commissioner for refugees, Filippo Grandi, addresses staff at headquarters "
           "in Geneva, Switzerland.")
LEAD = ("Filippo Grandi, a UN official who has worked in refugee and political affairs, began "
        "his five-year term on January 1.")


def _page(date_lines: str) -> str:
    return (f"{HEADLINE}\n\n{STANDFIRST}\n{date_lines}\n{CAPTION}\n\n"
            f"GENEVA, Jan 4 (UNHCR) - {LEAD}\n\nHigh Commissioner Grandi arrived on Monday.\n")


@pytest.mark.parametrize(("date_lines", "label"), [
    ("4 January 2016 Also available in:", "Also available in:"),  # (the reproducer)
    ("4 January 2016\nAlso available in:", "Also available in:"),  # on its own line
    ("4 January 2016 | Also available in:", "Also available in:"),  # a bar between
    ("4 January 2016 • Read in:", "Read in:"),
    ("Other languages:\n4 January 2016", "Other languages:"),  # above the date
    ("4 January 2016 Also available in: Français | Español",
     "Also available in: Français | Español"),  # its names kept on the line
])
def test_the_switchers_label_is_furniture(tmp_path: Path, date_lines: str, label: str) -> None:
    release, removed = import_text(tmp_path, _page(date_lines))
    assert kinds(release, "place") == ["GENEVA"]
    assert release.date == dt.date(2016, 1, 4)
    assert kinds(release, "p")[0] == LEAD
    assert label in removed  # (said)
    texts = kinds(release, "p") + kinds(release, "h2")
    assert not any("available" in t or "languages" in t or "Read in" in t for t in texts)
    assert STANDFIRST in texts and CAPTION in texts  # (nothing of the release dropped)


@pytest.mark.parametrize(("lang", "headline", "date_lines", "label", "dated", "place"), [
    ("fr", "Filippo Grandi prend ses fonctions", "4 janvier 2016 Disponible en :",
     "Disponible en :", "GENÈVE, 4 janvier 2016 (HCR) - Filippo Grandi a pris ses fonctions.",
     "GENÈVE"),
    ("es", "Filippo Grandi asume el cargo", "4 de enero de 2016 | También disponible en:",
     "También disponible en:", "GINEBRA, 4 de enero de 2016 (ACNUR) - Filippo Grandi asumió "
     "hoy el cargo de Alto Comisionado.", "GINEBRA"),
    ("ru", "Филиппо Гранди вступил в должность", "4 января 2016 года\nДоступно на:",
     "Доступно на:", "ЖЕНЕВА, 4 января 2016 года (УВКБ ООН) - Филиппо Гранди вступил в "
     "должность Верховного комиссара.", "ЖЕНЕВА"),
    ("zh", "菲利波·格兰迪就任联合国难民事务高级专员", "2016年1月4日 其他语文版本", "其他语文版本",
     "日内瓦，2016年1月4日（难民署）——菲利波·格兰迪今天正式就任联合国难民事务高级专员。", "日内瓦"),
    ("ar", "فيليبو غراندي يتولى منصب المفوض السامي",
     "4 كانون الثاني/يناير 2016\nمتوفر أيضا باللغات",
     "متوفر أيضا باللغات", "جنيف، 4 كانون الثاني/يناير 2016 (المفوضية) - تولى فيليبو غراندي "
     "اليوم منصب المفوض السامي لشؤون اللاجئين.", "جنيف"),
])
def test_in_the_six_languages(tmp_path: Path, lang: str, headline: str, date_lines: str,
                              label: str, dated: str, place: str) -> None:
    text = f"{headline}\n\n{date_lines}\n\n{dated}\n\nMore text of the release.\n"
    release, removed = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "place") == [place]
    assert release.date == dt.date(2016, 1, 4)
    assert label in removed
    assert not any(label in t for t in kinds(release, "p") + kinds(release, "h2"))


@pytest.mark.parametrize("text", [
    # a sentence's lead-in in the text, the list under it: the text's
    "The report is also available in:\n\nArabic, Chinese and French.",
    # a one-word lead-in without its colon: a heading may say so
    "Languages\n\nThe course is taught in six languages.",
])
def test_not_the_texts_own(tmp_path: Path, text: str) -> None:
    release, removed = import_text(tmp_path, "Courses Open in Vienna\n\nGENEVA, 4 January 2016 - "
                                   "The courses open today in every region.\n\n" + text + "\n")
    texts = kinds(release, "p") + kinds(release, "h2")
    first = text.split("\n")[0]
    assert first in texts and first not in removed


def test_an_unread_line_above_the_caption(tmp_path: Path) -> None:
    """A head's line the import does not read ("Photo gallery", no sentence) between the page's
    date and the caption: the search under the date passes over it as over any head's line,
    and still passes over the one sentence under it; the line stays, the release's."""
    release, _removed = import_text(tmp_path, _page("4 January 2016\nPhoto gallery"))
    assert kinds(release, "place") == ["GENEVA"]
    assert release.date == dt.date(2016, 1, 4)
    assert kinds(release, "p")[0] == LEAD
    assert "Photo gallery" in kinds(release, "h2")
    # (two sentences there are still the text's: the dateline under them is too)
    release, _removed = import_text(tmp_path, _page(
        "4 January 2016\nPhoto gallery\nThe new High Commissioner took office on Friday."))
    assert kinds(release, "place") == []
