"""TP105 on news, where the honorific is no person's or the person is not named at all
(NTREX-128, CC BY-SA 4.0, Microsoft; t65/hA classes F2, F3, F10):

- a person the source names again ("Mr. Joko") whom the translation does not name either (a
  subject left out, «Además, debe hacer frente…»; a description, «Le chef d'État indonésien»):
  info, where the name can be sought (kept in Latin letters, or a person of the termbase);
- "Mr" opening a short quoted epithet ("\"Mr Evil President\" Trump"): no honorific at all;
- Arabic's plural titles («رؤساء الوزراء») are the source's plural titles ("prime ministers"),
  not a title standing for the honorific: a person's title («رئيسة الوزراء تيريزا ماي» for
  "Mrs May") is counted against the source's singular titles.
- a lower-case "general" before a common noun ("the general public") is no title of the
  source's, so the translation's title for the person is beyond the source's (t66).

Each has a wrong twin still a warning: the name kept without its honorific, a full name
dropped, a quotation that names the person, a translation with no singular title."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli

JOKO = "Mr. Joko is also facing pressure from lingering sectarian tensions in Indonesia."
EVIL = ("He told the General Assembly that the rockets were inevitable after \"Mr Evil "
        "President\" Trump called Kim a \"rocket man\".")
MAY = "In a pointed message to Mrs May, she added: 'Prime ministers keep their jobs.'"
MET = "Mr. Guterres met the prime ministers of the region."


@pytest.mark.parametrize(("lang", "source", "target", "severity"), [
    # F3: not named at all
    ("es", JOKO, "Además, debe hacer frente a la presión de las persistentes tensiones "
     "sectarias de Indonesia.", "info"),
    ("fr", JOKO, "Le chef d'État indonésien subit également des pressions liées à la "
     "persistance des tensions sectaires dans le pays.", "info"),
    # (the name kept, its honorific dropped; a first mention's full name dropped)
    ("fr", JOKO, "Joko subit également des pressions liées aux tensions sectaires.", "warning"),
    ("fr", "Mr. Elizabeth is also facing pressure.", "Élisabeth subit aussi des pressions.",
     "warning"),
    ("es", "Mr. Joko Widodo is also facing pressure from sectarian tensions.",
     "Además, debe hacer frente a la presión de las tensiones sectarias.", "warning"),
    # (a transliterated name cannot be sought without a termbase: still a warning)
    ("ru", JOKO, "Он также испытывает давление из-за межконфессиональной напряженности.",
     "warning"),
    # F2: an epithet in quotation marks
    ("es", EVIL, "Dijo a la Asamblea General que los misiles eran inevitables después de que "
     "el \"presidente maligno\" Trump llamase a Kim \"hombre cohete\".", ""),
    ("fr", EVIL, "Il a déclaré à l'Assemblée générale que les tirs étaient inévitables après "
     "que le « maléfique » président Trump a qualifié Kim d'« homme-fusée ».", ""),
    ("ar", EVIL, "وقال للجمعية العامة إن الصواريخ كانت حتمية بعد أن وصف \"الرئيس الشرير\" ترامب "
     "كيم بأنه \"رجل الصواريخ\".", ""),
    # (a quotation that opens with the person's honorific and name names the person)
    ("es", "\"Mr Smith is right about the budget,\" she said.",
     "\"Smith tiene razón sobre el presupuesto\", dijo.", "warning"),
    ("es", "She called it 'Mr Smith's office'.", "Lo llamó 'la oficina de Smith'.", "warning"),
    # (a quoted title or short sentence no name follows is no epithet: its honorific is a
    # person's, t65/hF finding 3)
    ("es", "The report, titled 'Dr. Tedros visits Kenya', was published.",
     "El informe, titulado 'Tedros visita Kenia', se publicó.", "warning"),
    ("es", "The report, titled 'Dr. Tedros visits Kenya', was published.",
     "El informe, titulado 'El Dr. Tedros visita Kenia', se publicó.", ""),
    ("fr", "The minister wrote: “Mr. Smith deserves our thanks”.",
     "Le ministre a écrit : « Smith mérite nos remerciements ».", "info"),
    ("ru", "The banner read “Mrs. Robinson for President”.",
     "На плакате было написано «Робинсон в президенты».", "warning"),
    ("ru", "The banner read “Mrs. Robinson for President”.",
     "На плакате было написано «Г-жу Робинсон в президенты».", ""),
    ("es", "After \"Mr Evil President\" Trump spoke, the vote began.",
     "Después de que hablara el \"presidente maligno\" Trump, comenzó la votación.", ""),
    # F10: Arabic's plural titles are the source's plurals
    ("ar", MAY, "وبخطابها الموجه لرئيسة الوزراء تيريزا ماي، أضافت قائلة: \"إنهم يحتفظون "
     "بوظائفهم\".", "info"),
    ("ar", MET, "والتقى الأمين العام غوتيريش رؤساء وزراء المنطقة.", "info"),
    ("ar", MET, "والتقى غوتيريش رؤساء وزراء المنطقة.", "warning"),
    ("ar", MAY, "وفي رسالة موجهة إلى ماي، أضافت: \"رؤساء الوزراء يحتفظون بوظائفهم\".",
     "warning"),
    # a lower-case "general" before a common noun is no title of the source's: the person's
    # title in the translation stands for the honorific (NTREX po3 1668-1670); the title
    # "General", "General Assembly", "attorney general", "general manager" are still counted
    *[("ar", f"It is unpopular with {said}. In a message to Mrs May, she added: 'Go.'",
       "إنها لا تحظى بشعبية. وفي رسالتها لرئيسة الوزراء تيريزا ماي، أضافت: \"اذهبي\".", severity)
      for said, severity in (
          ("the general public", "info"), ("the general assembly of shareholders", "info"),
          ("voters in general", "info"), ("the General Assembly", "warning"),
          ("General Ma Xiaotian", "warning"), ("the deputy attorney general", "warning"),
          ("the general manager", "warning"), ("the general who leads the army", "warning"))],
    ("zh", "Mr. Guterres said the general public must be heard.",
     "古特雷斯秘书长说，必须倾听公众的声音。", "info"),
    ("zh", "Mr. Guterres said the general manager must be heard.",
     "古特雷斯秘书长说，必须倾听总经理的声音。", "warning"),
])
def test_honorific_in_news(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                           source: str, target: str, severity: str) -> None:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="n1", msgid=source, msgstr=target))
    path = tmp_path / f"{lang}.po"
    po.save(str(path))
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json", "--show-info", expect=None)
    found = [f["severity"] for f in json.loads(cli.out)["findings"] if f["code"] == "TP105"]
    assert found == ([severity] if severity else []), found
