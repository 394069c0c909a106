"""Lines of a web page's head that are plainly no headline, taken for one with no warning.

UNFPA's stored page opens "Submitted by unfpa_root_user on" (Drupal's byline, its date lost
with the page's markup); a UNIS media advisory's copy opens "When: Thursday, 22 June 2023 from
15:00 to 15:30, Vienna time (CEST)" (t67/hA finding F3). Each became the release's <title>,
and nothing was said, while a first sentence or a lead-in ending in a colon is warned of. A
CMS's byline is page furniture, removed and said (its date, when the copy kept it, the page's
date); a field's name and its colon opening the first text is warned of as no headline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.errors import SourceError
from transpub.importer import import_file

HEADLINE = "UNFPA report cites challenges as world population passes 7 billion"


@pytest.mark.parametrize(("lang", "byline", "headline"), [
    ("en", "Submitted by unfpa_root_user on", HEADLINE),  # (the reproducer)
    ("en", "Posted by admin on", HEADLINE),
    ("en", "Submitted by Jane Doe", HEADLINE),
    ("fr", "Soumis par admin le", "Le FNUAP présente son rapport"),
    ("es", "Enviado por admin el", "El UNFPA presenta su informe"),
    ("ru", "Опубликовано пользователем admin", "ЮНФПА представляет доклад"),
    ("zh", "由admin于提交", "人口基金发布报告"),
    ("ar", "أرسلت بواسطة admin في", "صندوق السكان يصدر تقريره"),
])
def test_a_cms_byline_is_furniture(tmp_path: Path, lang: str, byline: str,
                                   headline: str) -> None:
    release, removed = import_text(tmp_path, f"{byline}\n\n{headline}\n\n{TAIL}", lang=lang)
    assert kinds(release, "title") == [headline]
    assert byline in removed  # (said)


def test_the_bylines_date_is_the_pages(tmp_path: Path) -> None:
    text = (f"Submitted by unfpa_root_user on 17 October 2011\n\n{HEADLINE}\n\nUNITED NATIONS, "
            "New York— The challenges will be presented in a new report.\n\nMore text.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "title") == [HEADLINE]
    assert release.date == dt.date(2011, 10, 17)
    assert "Submitted by unfpa_root_user on" in removed


@pytest.mark.parametrize("headline", [
    "Published by WHO on behalf of 40 Partners, a Plan for Clean Air",  # no date after "on"
    "By Land and Sea: Refugees Reach Europe",
])
def test_a_headline_stays(tmp_path: Path, headline: str) -> None:
    release, removed = import_text(tmp_path, f"{headline}\n\n{TAIL}")
    assert kinds(release, "title") == [headline]
    assert headline not in removed


@pytest.mark.parametrize(("lang", "first"), [
    ("en", "When: Thursday, 22 June 2023 from 15:00 to 15:30, Vienna time (CEST)"),
    ("en", "Where: UNIS media hub (C0225A), Vienna International Centre"),
    ("en", "Venue: Palais des Nations, Room XX"),
    ("en", "Time: 15:00 to 15:30, Vienna time (CEST)"),
    ("fr", "Quand : jeudi 22 juin 2023 de 15 h 00 à 15 h 30"),
    ("es", "Lugar: Palacio de las Naciones, Sala XX"),
    ("ru", "Когда: четверг, 22 июня 2023 года, с 15:00 до 15:30"),
    ("zh", "时间：2023年6月22日星期四15:00至15:30"),
    ("ar", "المكان: قصر الأمم، القاعة 20"),
])
def test_a_fields_name_opening_the_first_text_is_warned(tmp_path: Path, lang: str,
                                                        first: str) -> None:
    path = tmp_path / "advisory.txt"
    path.write_text(f"{first}\n\n{TAIL}", encoding="utf-8")
    report = import_file(path, lang=lang)
    assert kinds(report.release, "title") == [first]  # (a warning, not a refusal)
    name = first.replace("：", ":").split(":")[0].strip()
    assert any(f"line 1: warning: the headline may be missing: the first text opens with a "
               f"field's name («{name}:»)" in n for n in report.notes)


@pytest.mark.parametrize("headline", [
    "Climate: What Comes Next after COP28",  # a topic and a colon: no field's name
    "Whereas the Council Decided to Act",
    "Who Gets Vaccinated First",
])
def test_no_warning_for_a_headline(tmp_path: Path, headline: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"{headline}\n\n{TAIL}", encoding="utf-8")
    report = import_file(path)
    assert not any("headline may be missing" in n for n in report.notes)


# A CMS's byline is the whole line: "by", a user and "on", then a date alone or nothing. A
# headline opening the same way and going on as a sentence had been removed as one (t67/hD
# F4): «由X于2020年…» is Chinese for "launched by X in 2020", and "Published by UNEP on 5
# June, report warns…" left no headline at all.
@pytest.mark.parametrize(("lang", "headline"), [
    ("en", "Published by UNEP on 5 June, report warns of plastic in oceans"),
    ("en", "Submitted by the Secretary-General, the report covers 40 countries"),
    ("en", "Created by UNICEF on 1 June 2020, a fund reaches 10 million children"),
    ("en", "Updated by WHO on 3 March: the guidance now covers schools"),
    ("zh", "由开发署于2020年启动的项目取得显著成效"),
    ("zh", "由联合国于3月3日发布的报告：40国取得进展"),
    ("fr", "Publié par le PNUD le 5 juin, un rapport alerte sur les océans"),
    ("es", "Publicado por el PNUD el 5 de junio, un informe alerta sobre los océanos"),
])
def test_a_headline_opening_as_a_byline_stays(tmp_path: Path, lang: str, headline: str) -> None:
    release, removed = import_text(tmp_path, f"{headline}\n\n{TAIL}", lang=lang)
    assert kinds(release, "title") == [headline]
    assert removed == []


@pytest.mark.parametrize(("lang", "byline", "said"), [
    ("en", "Submitted by admin on Mon, 10/17/2011 - 10:15", "Submitted by admin on Mon, "
     "10/17/2011 - 10:15"),
    ("en", "Posted by admin on 17 October 2011 at 3:45 pm", "Posted by admin on 17 October "
     "2011 at 3:45 pm"),
    ("fr", "Soumis par admin le 17 octobre 2011", "Soumis par admin le"),
    ("es", "Enviado por admin el 17 de octubre de 2011", "Enviado por admin el"),
    ("ru", "Опубликовано пользователем admin 17 октября 2011", "Опубликовано пользователем admin"),
    ("zh", "由admin于2011年10月17日提交", "由admin于提交"),
    ("ar", "أرسلت بواسطة admin في 17 أكتوبر 2011", "أرسلت بواسطة admin في"),
])
def test_a_cms_byline_and_its_date_stay_furniture(tmp_path: Path, lang: str, byline: str,
                                                  said: str) -> None:
    release, removed = import_text(tmp_path, f"{byline}\n\n{HEADLINE}\n\n{TAIL}", lang=lang)
    assert kinds(release, "title") == [HEADLINE]
    assert said in removed


def test_a_refusal_for_want_of_a_headline_names_the_byline_removed(tmp_path: Path) -> None:
    """The headline's only candidate removed as a byline is said where the import stops."""
    path = tmp_path / "release.txt"
    path.write_text(f"Posted by UNEP on 5 June 2020\n\n{TAIL}", encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        import_file(path)
    assert "the release has no headline" in str(refused.value)
    assert "(line 1, «Posted by UNEP on», was read as a byline and removed)" in str(refused.value)
