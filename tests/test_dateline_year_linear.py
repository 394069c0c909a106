"""A year-less dateline's year is looked for in one pass over each text, however many dates.

``datelines._past_event`` scanned a sentence from its start for its sentence ends and clause
breaks again for every full date of the dateline's day: one sentence naming that day 1,000
times took 2.2 s to import, 4,000 times 24 s (t66/hA finding F). The work is counted, as
timing is no test: the characters the sentence and clause patterns read.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from transpub import datelines
from transpub.datelines import year_from_text


class _Counted:
    """A compiled pattern that counts the characters its ``finditer`` calls read."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self.pattern, self.read = pattern, read

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self.read.append(min(endpos, len(text)) - pos)
        return self.pattern.finditer(text, pos, endpos)


@pytest.mark.parametrize("count", [50, 400])
def test_each_text_is_read_once(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    read: list[int] = []
    for name in ("_SENTENCE_END_RE", "_CLAUSE_BREAK_RE"):
        monkeypatch.setattr(datelines, name, _Counted(getattr(datelines, name), read))
    first = "GENEVA, 22 April (UNHCR) – UNHCR recalled the meeting."
    text = "UNHCR recalled " + ", ".join(["the meeting on 22 April 2019"] * count) + "."
    told = year_from_text([first], [first, text], "en")
    assert (told.year, told.refused) == (2019, "")
    # (each pattern over each text holding such a date once: not once a date)
    assert sum(read) <= 2 * len(text)
