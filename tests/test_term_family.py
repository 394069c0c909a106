"""A common word of the termbase said by another word of its family (WMT 2025's terminology
task, English to Russian and Spanish: software documentation with its term lists, CC BY-NC
4.0; `wmt-conference/wmt25-terminology`). The task's references say "edit" (редактировать)
as «отредактировать», "transport" (транспорт) as «транспортировки», "save" (guardar) as
«Guarde», "change" (modificación) as «modifica»: TP101 tells a reviewer (info), where it
reported the term missing or TP102 a misspelling. Names, titles and bodies are never so read
(«فورونكوفف» is still Voronkov misspelt: tests/test_terms_speed.py), nor is the source's word
copied ("Replication" for «replicación»), nor a word of another family.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check_units

from conftest import Cli

TERMS = [("edit", "ru", "редактировать"), ("transport", "ru", "транспорт"),
         ("assigned", "ru", "присвоенный"), ("save", "es", "guardar"),
         ("change", "es", "modificación"), ("replication", "es", "replicación")]


def _termbase(path: Path) -> Path:
    rows = ["concept,category,lang,term,status"]
    for number, (english, lang, term) in enumerate(TERMS, 1):
        rows += [f"c{number},other,en,{english},preferred",
                 f"c{number},other,{lang},{term},preferred"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "source", "target", "codes", "said"), [
    ("ru", "You can edit the document.", "Можно отредактировать документ.", [], True),
    ("ru", "You can edit the document.", "Можно удалить документ.", ["TP101"], False),
    ("ru", "Viewing Transport Requests", "Просмотр запросов транспортировки", [], True),
    ("ru", "The number is assigned to the item.", "Номер присвоен позиции.", [], True),
    ("es", "Save the template.", "Guarde la plantilla.", [], True),
    ("es", "Save the template.", "Borre la plantilla.", ["TP101"], False),
    ("es", "The system displays the change.", "El sistema muestra cómo se modifica.", [], True),
    ("es", "Replication Status", "Estado de Replication", ["TP102"], False),
])
def test_a_word_of_the_family(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                              source: str, target: str, codes: list[str], said: bool) -> None:
    termbase = _termbase(tmp_path / "terms.csv")
    cli = cli_factory(tmp_path)
    found = _check_units(tmp_path / "po", cli_factory, lang, [(source, target)],
                         "--termbase", str(termbase))
    assert sorted(f["code"] for f in found) == codes
    cli("check", str(tmp_path / "po" / f"{lang}.po"), "--termbase", str(termbase),
        "--format", "json", expect=None)
    assert ("made of it" in cli.out) is said
