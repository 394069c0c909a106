"""A hyphen at a line's end: the typesetter's, dropped ("particu-" / "lar"), or the word's own,
kept ("inter-" / "agency"). The text tells which (``hyphenbreaks``): the word written whole or
with its hyphen elsewhere, a prefix or particle, two words the text uses; and whether its
typesetter breaks words at all. Texts written for these tests, after the breaks of the
17 press-release PDFs of session 61 ("particu-lar", "poten-tial", "Expres-sive")."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.hyphenbreaks import Vocabulary, typeset_breaks, typesetters_break
from transpub.importer import import_file

HEAD = "A Headline for the Test\n\nGeneva, 12 March 2024 – The team met.\n\n"


def _paragraphs(tmp_path: Path, body: str, lang: str = "en") -> list[str]:
    path = tmp_path / f"release.{lang}.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    release = import_file(path, lang=lang).release
    return ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))
            for b in release.blocks if b.kind == "p"][1:]


def test_a_typeset_texts_broken_words_are_joined(tmp_path: Path) -> None:
    # two breaks that are no words of the text: a typesetter's; its compounds stay
    body = ("Materials designed for a particu-\nlar task are everywhere. Scientists start "
            "with poten-\ntial molecules, and the inter-\nagency team and the COVID-\n19 "
            "team, re-\nelected, took a long-\nterm view.\n\nThe long view has a term.")
    assert _paragraphs(tmp_path, body)[0] == (
        "Materials designed for a particular task are everywhere. Scientists start with "
        "potential molecules, and the inter-agency team and the COVID-19 team, re-elected, "
        "took a long-term view.")


def test_one_word_written_whole_shows_the_typesetter(tmp_path: Path) -> None:
    body = "The neu-\nral networks learn in mil-\nliseconds.\n\nA neural network."
    assert _paragraphs(tmp_path, body)[0] == "The neural networks learn in milliseconds."


def test_a_word_processors_text_keeps_its_compounds(tmp_path: Path) -> None:
    # one break only, of words the text does not use again: a compound's own hyphen
    body = "The decision-\nmaking body met.\n\nIt met again."
    assert _paragraphs(tmp_path, body)[0] == "The decision-making body met."


@pytest.mark.parametrize(("lang", "body", "read"), [
    ("fr", "Les écono-\nmies et les socié-\ntés de celles-\nci changent.",
     "Les économies et les sociétés de celles-ci changent."),
    ("es", "Los pro-\ngramas y las socie-\ndades del sub-\ndesarrollo cambian.",
     "Los programas y las sociedades del subdesarrollo cambian."),
    ("ru", "Органи-\nзации и государ-\nства-\nчлены, научно-\nисследовательских, какие-\nлибо.",
     "Организации и государства-члены, научно-исследовательских, какие-либо."),
])
def test_other_languages(tmp_path: Path, lang: str, body: str, read: str) -> None:
    assert _paragraphs(tmp_path, body, lang)[0] == read


def test_an_address_in_a_column_beside_is_no_second_half(tmp_path: Path) -> None:
    body = "We are respected be-\njonathan.huskey@seiu.org\n\nIt met."
    assert "be-jonathan.huskey@seiu.org" in _paragraphs(tmp_path, body)[0]


def test_the_rule_alone() -> None:
    words = Vocabulary.of(["the long view has a term"], [])
    assert not typesetters_break("long", "term", words, "en")  # two words the text uses
    assert typesetters_break("particu", "lar", words, "en")
    assert not typesetters_break("particu", "lar", words, "en", hyphenated=False)
    assert not typesetters_break("evidence", "based", words, "en")  # a compound's particle
    assert not typeset_breaks([("decision", "making")], words, "en")
    assert typeset_breaks([("particu", "lar"), ("poten", "tial")], words, "en")


@pytest.mark.parametrize(("lang", "body", "read"), [
    # a typesetter's text (two broken words): the suspended hyphens had been joined to the
    # conjunction ("smalland", "preand", "publicor")
    ("en", "The Office said that its particu-\nlar aim is to support small-\nand "
           "medium-sized enterprises in poten-\ntial markets, in pre-\nand post-conflict "
           "settings, and in public-\nor private-sector partnerships.",
     "The Office said that its particular aim is to support small- and medium-sized "
     "enterprises in potential markets, in pre- and post-conflict settings, and in public- "
     "or private-sector partnerships."),
    # a word processor's text: the hyphen had been kept without the space ("small-and")
    ("en", "It supports small-\nand medium-sized enterprises.",
     "It supports small- and medium-sized enterprises."),
    ("fr", "Les écono-\nmies et les socié-\ntés micro-\net macro-économiques, pré-\nou "
           "post-natales.",
     "Les économies et les sociétés micro- et macro-économiques, pré- ou post-natales."),
    ("es", "Los pro-\ngramas y las socie-\ndades pre-\ny posconflicto, socio-\no "
           "económicas.",
     "Los programas y las sociedades pre- y posconflicto, socio- o económicas."),
    ("ru", "Органи-\nзации и государ-\nства средне-\nи долгосрочные, двух-\nили трёхлетние.",
     "Организации и государства средне- и долгосрочные, двух- или трёхлетние."),
])
def test_a_suspended_hyphen_keeps_its_space(tmp_path: Path, lang: str, body: str,
                                            read: str) -> None:
    """A hyphen at a line's end before a conjunction is a suspended hyphen's, never a broken
    word's: the hyphen and the space stay (h4 repro r06, a regression of 69c2957)."""
    assert _paragraphs(tmp_path, body, lang)[0] == read


def test_a_suspended_hyphen_is_no_sign_of_a_typesetter() -> None:
    words = Vocabulary.of(["support small and medium sized enterprises"], [])
    assert not typesetters_break("small", "and", words, "en")
    assert not typeset_breaks([("small", "and"), ("pre", "and")], words, "en")
    assert typesetters_break("col", "or", Vocabulary.of(["the color"], []), "en")  # written
