"""A release's numbered label in the UN's six languages, and WMO's French notice.

WMO's French page heads its release «Communiqué de presse N° 880», then the notice «Les
communiqués de presse sont destinés à l'information; ils ne constituent pas un compte rendu
officiel.», then the headline (t65/hE K, t65/fK "left out"). The English "Press Release No.
880" was read as the label, its number furniture (``importer_pages._REFERENCE_RE``); the
other languages' line had been the headline, and the notice a subheading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer_pages import is_notice, is_reference, reference_label

#: each language's numbered label, the label it gives, a headline and a dateline's paragraph
CASES = [
    ("en", "Press Release No. 880", "Press Release", "WMO marks 60 years of service",
     "GENEVA, 23 March 2010 – The day is celebrated today."),
    ("fr", "Communiqué de presse N° 880", "Communiqué de presse",
     "L'OMM célèbre 60 ans d'existence", "Genève, le 23 mars 2010 – La journée est célébrée."),
    ("es", "Comunicado de prensa N.º 12", "Comunicado de prensa",
     "La OMM celebra 60 años de servicio", "Ginebra, 23 de marzo de 2010 – El día se celebra hoy."),
    ("es", "Comunicado de prensa Nº 12", "Comunicado de prensa",
     "La OMM celebra 60 años de servicio", "Ginebra, 23 de marzo de 2010 – El día se celebra hoy."),
    ("ru", "Пресс-релиз № 880", "Пресс-релиз", "ВМО отмечает 60 лет службы",
     "Женева, 23 марта 2010 года – Сегодня отмечается день."),
    ("zh", "新闻稿第880号", "新闻稿", "世界气象组织庆祝成立60周年",
     "日内瓦，2010年3月23日——今天庆祝世界气象日。"),
    ("ar", "بيان صحفي رقم 880", "بيان صحفي", "المنظمة تحتفل بمرور 60 عاما",
     "جنيف، 23 مارس 2010 – يحتفل اليوم باليوم العالمي للأرصاد الجوية."),
]


@pytest.mark.parametrize(("lang", "line", "label", "headline", "dated"), CASES)
def test_the_numbered_label_is_the_label(tmp_path: Path, lang: str, line: str, label: str,
                                         headline: str, dated: str) -> None:
    text = "\n\n".join([line, headline, dated, "Second paragraph."]) + "\n"
    release, removed = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "label") == [label]
    assert kinds(release, "title") == [headline]
    assert line in removed
    assert not any(line in t for t in kinds(release, "p") + kinds(release, "h2"))


def test_wmo_french_page(tmp_path: Path) -> None:
    text = ("Communiqué de presse N° 880\n\nLes communiqués de presse sont destinés à "
            "l'information;\nils ne constituent pas un compte rendu officiel.\n\n"
            "L'OMM CELEBRE 60 ANS D'EXISTENCE AU SERVICE DE NOTRE SECURITE\n\n"
            "Genève, le 23 mars 2010 – «L’Organisation météorologique mondiale: 60 ans au service"
            " de votre sécurité», tel est le thème de la Journée.\n\nDeuxième paragraphe.\n")
    release, removed = import_text(tmp_path, text, lang="fr")
    assert kinds(release, "label") == ["Communiqué de presse"]
    assert kinds(release, "title") == ["L'OMM CELEBRE 60 ANS D'EXISTENCE AU SERVICE DE NOTRE "
                                       "SECURITE"]
    assert kinds(release, "place") == ["Genève"]
    assert kinds(release, "h2") == []
    assert "Les communiqués de presse sont destinés à l'information;" in removed


@pytest.mark.parametrize("text", [
    "Les communiqués de presse sont destinés à l'information; ils ne constituent pas un compte "
    "rendu officiel.",
    "Press releases are for information only; they do not constitute an official record.",
    "Los comunicados de prensa son para información; no constituyen un documento oficial.",
])
def test_the_notice_in_its_languages(text: str) -> None:
    assert is_notice(text)


@pytest.mark.parametrize("text", [
    "Ils ne constituent pas un compte rendu officiel de la réunion, a dit le président.",
    "Les communiqués de presse sont destinés à l'information du public et des médias.",
])
def test_a_sentence_about_records_is_no_notice(text: str) -> None:
    assert not is_notice(text)


@pytest.mark.parametrize("text", [
    "Le communiqué de presse n° 880 est publié aujourd'hui",  # a headline's words
    "Communiqué de presse",  # a label, no number: the label as before
    "Communiqué de presse 880",  # no number's word
    "Le communiqué de presse n° 880",  # an article: no label opens so
])
def test_no_numbered_label(text: str) -> None:
    assert not is_reference(text)
    assert reference_label(text) is None
