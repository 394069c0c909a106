"""Classes XNLI (MultiNLI's English — the 9/11 Commission's notes, government, travel, letters,
fiction — translated professionally into Arabic, Chinese, French, Russian and Spanish; CC
BY-NC 4.0) and IWSLT 2017's TED talks (reviewed volunteers' subtitles in Arabic, Chinese and
French; CC BY-NC-ND 3.0) showed (session 58: 23,197 units, all 397 errors and warnings
judged, 184 false). The sentences are written for the tests after theirs.

- TP201: "9/11", the attacks' name, read as 11 September, is said «11/9», «11-S», «11S»,
  «911», «9·11» (33 false errors from 16 sentences);
- TP301: "Feb. 19,2003", a comma and no space before the year: a date, not the numbers 19
  and 2003 (the translation's «19 février 2003» had «19» missing);
- TP201, TP301: two days a text leaves open, "August 16 or 17", «el 16 o 17 de agosto»: both
  read, as "16 and 17" are (the second alone had been «17 de agosto» for "August 16");
- TP105: «د.الزهايمر» (the Arabic Dr. joined to the name), «أستاذ كارتر» (Professor without
  the article), «Mr Levitt» kept in French, «Madame C.J. Walker» in Spanish.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkcases import findings_by_case

from conftest import Cli

CASES = [
    ("es", "Before 9/11 the agency had no plan.",
     "Antes del 11/9 la agencia no tenía ningún plan.", ""),
    ("es", "After 9/11 the agency made a plan.", "Después del 11S la agencia hizo un plan.", ""),
    ("es", "After 9/11 the agency made a plan.", "Después de la crisis la agencia hizo un plan.",
     "TP201"),
    ("fr", "Before 9/11 the agency had no plan.", "Avant le 11/9, l'agence n'avait aucun plan.",
     ""),
    ("ar", "Before 9/11 the agency had no plan.", "قبل 11/9 لم يكن لدى الوكالة أي خطة.", ""),
    ("zh", "Before 9/11 the agency had no plan.", "在911之前，该机构没有任何计划。", ""),
    ("fr", "The meeting of Feb. 19,2003 was short.", "La réunion du 19 février 2003 fut brève.",
     ""),
    ("fr", "The meeting of Feb. 19,2003 was short.", "La réunion du 18 février 2003 fut brève.",
     "TP201"),
    ("es", "The team left on August 16 or 17 for the border.",
     "El equipo partió el 16 o 17 de agosto hacia la frontera.", ""),
    ("es", "The team left on August 16 or 17 for the border.",
     "El equipo partió el 16 o 18 de agosto hacia la frontera.", "TP201"),
    ("fr", "The team left on 16 or 17 August.", "L'équipe est partie le 16 ou 17 août.", ""),
    ("ar", "Remember Dr. Alzheimer found strange plaques.",
     "أتذكرون ما وجده د.الزهايمر من ترسبات غريبة؟", ""),
    ("ar", "Professor Carter and I turned to nature.", "أستاذ كارتر وأنا اتجهنا نحو الطبيعة.",
     ""),
    ("fr", "Mr. Levitt's daughter was 17.", "La fille de Mr Levitt avait 17 ans.", ""),
    ("fr", "Mr. Levitt's daughter was 17.", "La fille de Levitt avait 17 ans.", "TP105"),
    ("es", "Famous Hoosiers such as Madam C.J. Walker.",
     "Hoosiers famosos como Madame C.J. Walker.", ""),
]


def test_xnli_ted_classes(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    for lang in ("es", "fr", "ar", "zh"):
        (tmp_path / lang).mkdir()
        found = findings_by_case(tmp_path / lang, cli_factory, lang, CASES,
                                 lambda f: f["code"] in ("TP201", "TP301", "TP105")
                                 and f["severity"] in ("error", "warning"))
        for index, items in found.items():
            assert sorted({f["code"] for f in items}) == (
                [CASES[index][3]] if CASES[index][3] else []), (CASES[index], items)
