"""TP102's message names the source's form only where it differs from the approved one
(a name spelt alike in both languages had been said twice: «Jane Mutoni» looks like a
misspelling of «Jane Muthoni» (Jane Muthoni))."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkcases import findings_by_case

from conftest import Cli

CASES = [
    ("es", "Ms. Jane Muthoni spoke.", "La Sra. Jane Mutoni habló.", "«Jane Mutoni» looks like a "
     "misspelling of «Jane Muthoni»"),
    ("ru", "Ms. Jane Muthoni spoke.", "Г-жа Джейн Мутони выступила.", "«Джейн Мутони» looks "
     "like a misspelling of «Джейн Мутхони» (Jane Muthoni)"),
]


def test_the_source_form_is_said_where_it_differs(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    termbase = tmp_path / "terms.csv"
    termbase.write_text("concept,category,lang,term,status\n"
                        "muthoni,person,en,Jane Muthoni,preferred\n"
                        "muthoni,person,es,Jane Muthoni,preferred\n"
                        "muthoni,person,ru,Джейн Мутхони,preferred\n", encoding="utf-8")
    for lang in ("es", "ru"):
        found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                                 lambda f: f["code"] == "TP102", "--termbase", str(termbase))
        for index, items in found.items():
            assert [f["message"] for f in items] == [CASES[index][3]], items
