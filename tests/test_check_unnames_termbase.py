"""TP108 with a termbase that holds the source's title: "Permanent Representative" → «Représentante
permanente adjointe» (session 43's held-out round). The termbase checks find the term's form
«Représentante permanente» inside the deputy's title and say nothing, so the swap is TP108's to
report even though the termbase holds the name; a name the translation keeps stays silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from checkcases import HEADER

from conftest import Cli

TERMBASE = Path(__file__).resolve().parent.parent / "locales" / "termbase.tbx"
_SOURCE = ("Introducing the draft, Ms. Maria Fernanda Espinosa, Permanent Representative of "
           "Ecuador to the United Nations, said the text reflected the views of 60 delegations.")
_KEPT = ("Présentant le projet, Mme Maria Fernanda Espinosa, Représentante permanente de "
         "l’Équateur auprès de l’Organisation des Nations Unies, a déclaré que le texte "
         "reflétait les vues de 60 délégations.")
_DEPUTY = _KEPT.replace("Représentante permanente", "Représentante permanente adjointe")


def test_title_swapped_inside_a_termbase_term(tmp_path: Path,
                                              cli_factory: Callable[[Path], Cli]) -> None:
    assert "Permanent Representative" in TERMBASE.read_text(encoding="utf-8")
    path = tmp_path / "fr.po"
    path.write_text(HEADER.format(lang="fr") + "".join(
        f'\nmsgctxt "{ctx}"\nmsgid "{_SOURCE}"\nmsgstr "{text}"\n'
        for ctx, text in (("kept", _KEPT), ("deputy", _DEPUTY))), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--termbase", str(TERMBASE), "--no-cache", "--format", "json",
        expect=None)
    found = {(f["unit"], f["code"]) for f in json.loads(cli.out)["findings"]
             if f["code"] in ("TP101", "TP108")}
    assert found == {("deputy", "TP108")}
