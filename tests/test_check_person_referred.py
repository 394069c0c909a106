"""A person the source names again by the surname alone ("…,” Ms. Okai said.") whom the
translation refers to by a pronoun («a-t-elle déclaré», «— заявила она», «她说»), by a verb of
saying without its subject («afirmó», «وقالت»), or by a title beyond the source's («a déclaré
la Sous-Secrétaire générale»): TP101 and TP105 info, not an error and a warning. And a
Japanese or Chinese name written family name first in Chinese («冈井朝子» for "Asako Okai"):
«冈井女士» is the surname with its honorific. Each has a wrong twin still reported: another
person named, another surname, a first mention (the full name) dropped. Found by writing
professional translations of press releases; units written for these tests, checked with the
sample's termbase through the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check_units

from conftest import REPO, Cli

TERMBASE = str(REPO / "locales" / "termbase.tbx")
SAID = "“Temperatures in the Sahel are rising 1.5 times faster,” Ms. Okai said."
FIRST = "Ms. Asako Okai, Assistant Secretary-General, opened the meeting."


@pytest.mark.parametrize(("lang", "source", "target", "codes"), [
    ("fr", SAID, "« Au Sahel, les températures augmentent 1,5 fois plus vite », a-t-elle "
     "déclaré.", []),
    ("fr", SAID, "« Au Sahel, les températures augmentent 1,5 fois plus vite », a déclaré la "
     "Sous-Secrétaire générale.", []),
    ("es", SAID, "“En el Sahel, las temperaturas aumentan 1,5 veces más rápido”, afirmó la "
     "Subsecretaria General.", []),
    ("es", SAID, "“En el Sahel, las temperaturas aumentan 1,5 veces más rápido”, afirmó.", []),
    ("ru", SAID, "«Температура в Сахеле растет в 1,5 раза быстрее», — заявила она.", []),
    ("ar", SAID, "وقالت الأمينة العامة المساعدة: \"ترتفع درجات الحرارة بمعدل أسرع بمرة ونصف\".",
     []),
    ("zh", SAID, "她说：“萨赫勒地区的气温上升速度快1.5倍。”", []),
    ("zh", SAID, "冈井女士说：“萨赫勒地区的气温上升速度快1.5倍。”", []),
    ("zh", SAID, "冈井朝子女士说：“萨赫勒地区的气温上升速度快1.5倍。”", []),
    # the wrong twins: another person, another surname, a first mention's name dropped
    ("fr", SAID, "« Au Sahel, les températures augmentent 1,5 fois plus vite », a déclaré "
     "Mme Dupont.", ["TP101"]),
    ("es", SAID, "“En el Sahel, las temperaturas aumentan 1,5 veces más rápido”, afirmó la "
     "Sra. Pérez.", ["TP101"]),
    ("zh", SAID, "王女士说：“萨赫勒地区的气温上升速度快1.5倍。”", ["TP101"]),
    ("zh", SAID, "冈田女士说：“萨赫勒地区的气温上升速度快1.5倍。”", ["TP101"]),
    ("fr", FIRST, "Elle a ouvert la séance.", ["TP101", "TP101", "TP105"]),
    ("fr", FIRST, "La Sous-Secrétaire générale a ouvert la séance.", ["TP101", "TP105"]),
])
def test_a_person_named_again_referred_to(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                          lang: str, source: str, target: str,
                                          codes: list[str]) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(source, target)], "--termbase",
                         TERMBASE)
    assert sorted(f["code"] for f in found if f["code"] in ("TP101", "TP105")) == codes, found


@pytest.mark.parametrize(("lang", "target"), [
    # a name transliterated without its honorific, a pronoun elsewhere: still a warning
    # (news drops honorifics; the name is there, so nothing refers to the person instead)
    ("zh", "弗里曼在她的信中写道：“谈判持续了整个夏天。”"),
    ("ru", "Фриман в своем письме написала: «Переговоры продолжались все лето»."),
])
def test_a_transliterated_name_without_its_honorific_is_still_a_warning(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, target: str) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(
        "In her letter, Ms Freeman wrote: \"Negotiations have continued over the summer.\"",
        target)], "--termbase", TERMBASE)
    assert [f["code"] for f in found if f["code"] == "TP105"] == ["TP105"]


YANG = ("Mr. Philemon Yang, President of the General Assembly, said the review would take "
        "place during the eightieth session.")
KHAN = ("“These arrests violate the Covenant,” said Ms. Irene Khan, Special Rapporteur on "
        "freedom of expression.")
LETTER = ("A letter from the Permanent Representative of Malaysia states that Mr. Ahmad "
          "Zahid Hamidi, Minister of Home Affairs, will represent Malaysia at the meeting.")
TWO = ("He will meet with the High Commissioner for Human Rights, Mr. Volker Türk, and with "
       "the President of the ICRC, Ms. Mirjana Spoljaric Egger.")


@pytest.mark.parametrize(("lang", "source", "target", "severity"), [
    # the source's own title set before the name: the UN's Russian and Chinese, and a
    # Spanish or French title clause before the name, write no honorific (info)
    ("ru", YANG, "По словам Председателя Генеральной Ассамблеи Филемона Янга, обзор пройдет "
     "на восьмидесятой сессии.", "info"),
    ("zh", YANG, "大会主席菲勒蒙·扬说，审查将于第八十届会议期间举行。", "info"),
    ("es", KHAN, "«Estas detenciones violan el Pacto», afirmó la Relatora Especial sobre la "
     "libertad de expresión, Irene Khan.", "info"),
    ("fr", YANG, "Le Président de l'Assemblée générale Philemon Yang a déclaré que l'examen "
     "aurait lieu à la quatre-vingtième session.", "info"),
    # the name first, its title after: the published UN translations that dropped the «M.»
    # or «السيد» so were errors (a warning still)
    ("fr", YANG, "Philemon Yang, Président de l'Assemblée générale, a déclaré que l'examen "
     "aurait lieu à la quatre-vingtième session.", "warning"),
    ("ar", YANG, "وقال فيلمون يانغ، رئيس الجمعية العامة، إن الاستعراض سيجري خلال الدورة "
     "الثمانين.", "warning"),
    # a title of someone else before the name, with a verb between: a warning
    ("fr", YANG, "Le Représentant permanent a indiqué que Philemon Yang a déclaré que l'examen "
     "aurait lieu à la quatre-vingtième session.", "warning"),
    # no title in the translation: a warning
    ("ru", YANG, "По словам Филемона Янга, обзор пройдет на восьмидесятой сессии.", "warning"),
    # Arabic, the title, its clause and a comma before the name (the UN's Arabic drops
    # «السيد» so): info; the title's clause followed by another clause, or no title: a warning
    ("ar", YANG, "وقال رئيس الجمعية العامة، فيلمون يانغ، إن الاستعراض سيجري خلال الدورة "
     "الثمانين.", "info"),
    ("ar", KHAN, "وقالت المقررة الخاصة المعنية بحرية التعبير، إيرين خان: «هذه الاعتقالات "
     "تنتهك العهد».", "info"),
    ("ar", YANG, "وقال رئيس الجمعية العامة، يوم الاثنين، إن فيلمون يانغ يرى أن الاستعراض "
     "سيجري خلال الدورة الثمانين.", "warning"),
    ("ar", YANG, "وقال فيلمون يانغ إن الاستعراض سيجري خلال الدورة الثمانين.", "warning"),
    ("ar", YANG, "وقال فيلمون يانغ، رئيس الجمعية العامة، إنه سيجري خلال الدورة الثمانين.",
     "warning"),
    # (a title's clause that joins another, the name in it: the UN Parallel Corpus's letters)
    ("ar", LETTER, "ورد في رسالة من الممثل الدائم لماليزيا لدى الأمم المتحدة تفيد بأن أحمد "
     "زاهد حميدي، وزير الشؤون الداخلية، سيمثل ماليزيا في الجلسة.", "warning"),
    # two persons, the one without an honorific the one whose title is set before the name
    # (not the other, which keeps «Mme»): info; the name alone, no title: a warning
    ("fr", TWO, "Il rencontrera le Haut-Commissaire aux droits de l'homme, Volker Türk, et "
     "la Présidente du CICR, Mme Mirjana Spoljaric Egger.", "info"),
    ("es", TWO, "Se reunirá con el Alto Comisionado para los Derechos Humanos, Volker Türk, y "
     "con la Presidenta del CICR, Sra. Mirjana Spoljaric Egger.", "info"),
    ("fr", TWO, "Il rencontrera Volker Türk et la Présidente du CICR, Mme Mirjana Spoljaric "
     "Egger.", "warning"),
    ("ar", TWO, "وسيلتقي بالمفوض السامي لحقوق الإنسان، فولكر تورك، وبرئيسة اللجنة الدولية "
     "للصليب الأحمر، السيدة ميريانا سبولياريتش إيغر.", "info"),
])
def test_a_title_set_before_the_name_stands_for_the_honorific(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
        target: str, severity: str) -> None:
    path = tmp_path / f"{lang}.po"
    path.write_text(f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Language: {lang}\\n"\n\nmsgctxt "p1"\nmsgid "{source}"\n'
                    f'msgstr "{target}"\n', encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json", "--termbase", TERMBASE, expect=None)
    found = json.loads(cli.out)["findings"]
    assert [f["severity"] for f in found if f["code"] == "TP105"] == [severity], found
