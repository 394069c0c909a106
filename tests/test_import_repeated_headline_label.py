"""A headline the page prints over its label and again under it, a line of the event under
the second print (UNEP's media advisory of 2009, a trial of session 65, finding F): the line
the page repeats is the headline, never the issuer's name over the label, in the six
languages (it had been the office line, and the event's line the headline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import kinds
from transpub.importer import import_file

BODY = {
    "en": "More than one hundred ministers are set to meet in Nairobi on 16 to 20 February for "
          "the council's annual session.\n\nThey will discuss the green economy.\n",
    "fr": "Plus d'une centaine de ministres se réuniront à Nairobi du 16 au 20 février pour la "
          "session annuelle du Conseil.\n\nIls parleront de l'économie verte.\n",
    "es": "Más de cien ministros se reunirán en Nairobi del 16 al 20 de febrero para el período "
          "de sesiones anual del Consejo.\n\nHablarán de la economía verde.\n",
    "ru": "Более ста министров соберутся в Найроби 16–20 февраля на ежегодную сессию Совета, "
          "чтобы обсудить зеленую экономику.\n\nОни обсудят зеленую экономику.\n",
    "zh": "一百多位部长将于2月16日至20日在内罗毕出席理事会年度会议，讨论绿色经济问题。"
          "\n\n他们将讨论绿色经济。\n",
    "ar": "سيجتمع أكثر من مائة وزير في نيروبي في الفترة من 16 إلى 20 شباط/فبراير لحضور الدورة "
          "السنوية للمجلس ومناقشة الاقتصاد الأخضر.\n\nوسيناقشون الاقتصاد الأخضر.\n",
}


@pytest.mark.parametrize(("lang", "label", "headline", "event"), [
    ("en", "UNEP Media Advisory", "Environment Ministers to gather in Nairobi",
     "UNEP Headquarters, Nairobi (Kenya), 16-20 February"),
    ("fr", "AVIS AUX MÉDIAS", "Les ministres de l'environnement se réunissent à Nairobi",
     "Siège du PNUE, Nairobi (Kenya), 16-20 février"),
    ("es", "AVISO A LOS MEDIOS", "Los ministros de medio ambiente se reúnen en Nairobi",
     "Sede del PNUMA, Nairobi (Kenya), 16-20 de febrero"),
    ("ru", "ПРЕСС-РЕЛИЗ", "Министры окружающей среды соберутся в Найроби",
     "Штаб-квартира ЮНЕП, Найроби (Кения), 16-20 февраля"),
    ("zh", "新闻稿", "各国环境部长齐聚内罗毕", "环境署总部，内罗毕（肯尼亚），2月16日至20日"),
    ("ar", "بيان صحفي", "وزراء البيئة يجتمعون في نيروبي",
     "مقر اليونيب، نيروبي (كينيا)، 16-20 شباط/فبراير"),
])
def test_the_repeated_headline_over_a_label_stays_the_headline(
        tmp_path: Path, lang: str, label: str, headline: str, event: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"{headline}\n\n{label}\n\n{headline}\n\n{event}\n\n{BODY[lang]}",
                    encoding="utf-8")
    report = import_file(path, lang=lang)
    release = report.release
    assert kinds(release, "title") == [headline]
    assert kinds(release, "office") == []
    assert kinds(release, "label") == [label]
    assert [t for _, t in report.removed] == [headline]


def test_its_last_words_on_a_line_of_their_own(tmp_path: Path) -> None:
    # (UNEP's: the second print's last words on the next line, rejoined to the headline)
    path = tmp_path / "release.txt"
    path.write_text(
        "Environment Ministers to gather in Nairobi\n\nUNEP Media Advisory\n\n"
        "Environment Ministers to gather in Nairobi\nfor UNEP Governing Council\n\n"
        "UNEP Headquarters, Nairobi (Kenya), 16-20 February\n\n" + BODY["en"],
        encoding="utf-8")
    release = import_file(path).release
    assert kinds(release, "title") == [
        "Environment Ministers to gather in Nairobi for UNEP Governing Council"]
    assert kinds(release, "office") == []
    assert "UNEP Headquarters, Nairobi (Kenya), 16-20 February" in kinds(release, "p")


def test_an_issuer_over_a_label_is_still_the_office(tmp_path: Path) -> None:
    # (printed once, the name over the label is the issuer's, as before)
    path = tmp_path / "release.txt"
    path.write_text("United Nations Human Rights Office\n\nPRESS RELEASE\n\n"
                    "Council opens its session in Geneva\n\n" + BODY["en"], encoding="utf-8")
    release = import_file(path).release
    assert kinds(release, "office") == ["United Nations Human Rights Office"]
    assert kinds(release, "title") == ["Council opens its session in Geneva"]
