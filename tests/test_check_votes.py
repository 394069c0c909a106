"""TP309: a vote whose counts changed roles or values ("120 in favour to 9 against, with 30
abstentions" → «par 9 voix pour, 120 voix contre et 30 abstentions»): the number checks find
every figure, in whatever role, and session 44's round had ten such swaps of ten unseen.
The forms are the UN meetings coverage's in the six languages; twins: the vote rightly
translated, in another of its forms («par 120 voix contre 9», «120 голосами против 9»)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case
from transpub.checks.votes import _votes

from conftest import Cli

_VOTE = ("The resolution was adopted by a recorded vote of 120 in favour to 9 against, with 30 "
         "abstentions.")
_NONE = "The draft was adopted by 13 votes in favour, none against, with 2 abstentions."
CASES = [
    ("fr", _VOTE, "La résolution a été adoptée par 120 voix pour, 9 voix contre et 30 "
     "abstentions.", False),
    ("fr", _VOTE, "La résolution a été adoptée par 120 voix contre 9, avec 30 abstentions.",
     False),
    ("fr", _VOTE, "La résolution a été adoptée par 9 voix pour, 120 voix contre et 30 "
     "abstentions.", True),
    ("fr", _NONE, "Le projet a été adopté par 13 voix pour, zéro contre et 2 abstentions.",
     False),
    ("fr", _NONE, "Le projet a été adopté par 13 voix pour, zéro contre et 3 abstentions.", True),
    ("es", _VOTE, "La resolución fue aprobada en votación registrada por 120 votos a favor, 9 "
     "en contra y 30 abstenciones.", False),
    ("es", _VOTE, "La resolución fue aprobada en votación registrada por 120 votos a favor, 30 "
     "en contra y 9 abstenciones.", True),
    ("ru", _VOTE, "Резолюция была принята заносимым в отчет голосованием 120 голосами против 9 "
     "при 30 воздержавшихся.", False),
    ("ru", _VOTE, "Резолюция была принята заносимым в отчет голосованием 9 голосами против 120 "
     "при 30 воздержавшихся.", True),
    # (session 43's round: «против пяти», the count against in words, is no count against)
    ("ru", "The resolution was adopted by 120 votes to 5, with 30 abstentions.",
     "Резолюция была принята 120 голосами против пяти при 30 воздержавшихся.", False),
    ("zh", _VOTE, "该决议经记录表决，以120票赞成、9票反对、30票弃权获得通过。", False),
    ("zh", _VOTE, "该决议经记录表决，以120票赞成、30票反对、9票弃权获得通过。", True),
    ("ar", _VOTE, "واعتُمد القرار بتصويت مسجل بأغلبية 120 صوتا مقابل 9 أصوات وامتناع 30 عضوا "
     "عن التصويت.", False),
    ("ar", _VOTE, "واعتُمد القرار بتصويت مسجل بأغلبية 9 أصوات مقابل 120 صوتا وامتناع 30 عضوا "
     "عن التصويت.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_votes_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP309")
    assert found == wanted


def test_several_votes_left_alone() -> None:
    """A unit of two votes, each role with two counts, is left to the number checks."""
    assert _votes("adopted by 120 in favour to 9 against; the amendment by 60 in favour to "
                  "70 against", "en") is None
