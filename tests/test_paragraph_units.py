"""Units of several sentences, as other tools' PO files and translation memories hold whole
paragraphs (session 49: the UN Parallel Corpus's 40,000 lines joined three by three, checked
again; a finding on a joined unit that none of its three lines had was a false one).

- a name lost in one sentence and another named in the next are no name changed (TP107,
  TP108, TP109 pair them only within sentences that can be the same: ``transpub.sentalign``);
- the same of persons (TP110);
- a full month's name followed by a point ends a sentence: "in December. 25. The …" holds no
  date (a paragraph's number follows), while "Dec. 25" and a date ending its sentence («le 20
  février.») are dates.

Sentences written for the tests after the corpus's, run through the real CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case
from transpub.datefind import find_dates
from transpub.sentalign import same_sentence, sentence_starts

from conftest import Cli

_KERRY = ("Kerry went on with the anti-DPRK policy. Human rights were discussed. Sites throughout "
          "Syria were destroyed, and the heritage of Syria with them.")
CASES = [
    ("es", _KERRY, "Kerry continuó la política contra la República Popular Democrática de Corea. "
     "Se debatieron los derechos humanos. Se destruyeron sitios de todo el país, y con ellos el "
     "patrimonio de Siria.", False),
    # the same in one sentence, and a name changed inside a sentence of several: still seen
    ("es", "Sites throughout Syria were destroyed.", "Se destruyeron sitios de todo Irak.", True),
    ("es", "He met the President. Ecuador signed the agreement.",
     "Se reunió con el Presidente. El Perú firmó el acuerdo.", True),
    ("fr", "The Vice-Chairs were Chad and Jordan. The Committee concerns Guinea-Bissau. It met "
     "twice.", "Les vice-présidents étaient le Tchad et la Jordanie. Le Comité s'occupe du pays. "
     "Il s'est réuni deux fois.", False),
    ("fr", "The Vice-Chairs were Chad and Jordan. The Committee concerns Guinea-Bissau. It met "
     "twice.", "Les vice-présidents étaient le Tchad et la Jordanie. Le Comité s'occupe du Mali. "
     "Il s'est réuni deux fois.", True),
]


PERSONS = [
    # a person named in one sentence, not in the translation's; another in the next
    ("fr", "Mr. Ali Khan opened the session. Ms. Rosa Díaz spoke after him.",
     "Le Président a ouvert la séance. Mme Rosa Díaz a pris la parole, puis M. Omar Sy et "
     "Mme Awa Diop.", False),
    ("fr", "Mr. Ali Khan opened the session. Ms. Rosa Díaz spoke after him.",
     "M. Omar Sy a ouvert la séance. Mme Rosa Díaz a pris la parole après lui.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_names_paired_within_sentences(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP107")
    assert found == wanted


def test_persons_paired_within_sentences(tmp_path: Path,
                                         cli_factory: Callable[[Path], Cli]) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, "fr", PERSONS, "TP110")
    assert found == wanted


def test_sentence_shares() -> None:
    text = "Mr. Smith met Dr. Jones. They spoke. Then they left."
    assert sentence_starts(text, "en") == (0, 25, 37)
    # the same sentence of as many; a neighbour of a sentence joined; not two apart
    assert same_sentence(text, "en", "Jones", "A. B. C.", "en", "A.")
    assert not same_sentence(text, "en", "Smith", "Un. Deux. Trois.", "fr", "Trois")
    assert same_sentence(text, "en", "left", "Un et deux. Trois.", "fr", "Trois")
    assert same_sentence("One sentence here", "en", "here", "Une. Deux.", "fr", "Deux")


@pytest.mark.parametrize(("lang", "text", "dates"), [
    ("en", "The report was issued in December. 25. The Council then met.", []),
    ("fr", "Le rapport a été publié en décembre. 25. Le Conseil s'est ensuite réuni.", []),
    ("ar", "وصدر التقرير في كانون الأول/ديسمبر. ٢٥ - ثم اجتمع المجلس.", []),
    ("en", "The report was issued on Dec. 25, and the Council met.", ["Dec. 25"]),
    ("en", "It was held on 23 Jan. 2020 in Geneva.", ["23 Jan. 2020"]),
    ("fr", "La réunion s'est tenue le 20 février. Le mois de mars a suivi.", ["20 février"]),
    ("en", "The meeting was held on December 25. The Council then met.", ["December 25"]),
])
def test_a_point_after_a_full_month(lang: str, text: str, dates: list[str]) -> None:
    assert [d.text for d in find_dates(text, lang)] == dates
