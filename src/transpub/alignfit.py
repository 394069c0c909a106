"""Whether the pairs ``align`` made are those of a translation of the release at all.

The programme pairs what fits best, whatever the two texts are: a UN News story against the
Secretary-General's message it quotes (the story's narration filled with the message's
sentences, 7 units of 7 wrong), two releases of one office or one day's messages of two
years (their sentences of like lengths paired) had been filled without a word. A translation
agrees with its source pair by pair: a pair shares its numbers (by value, however its
language writes them: «350万» is "3.5 million"), or has none that one side lacks and the
lengths the language pair's ratio gives; another text's sentences agree so only by chance.
Measured on the trials' real translations (sessions 63 and 64: 24 of UNICEF, WIPO, Canada's
Prime Minister, China MFA, ECLAC, UN Information Centres and un.org/sg pages; one of 2 lines
not judged) and the UN Parallel Corpus (10 documents): at least half of the lines of the
shorter side paired in agreement (most 0.7 to 1.0; a page cut, or with "About UNICEF" or a
WIPO page's furniture added, 0.5 to 0.6), but for the one of them that is an adapted text
(UNICEF China's statement against the news story around it: 0.27). Against another text (30
pairs: the trials' releases crossed with other translations in the same language, the
corpus's documents crossed, the UN News story against UNIC's message with and without the
page's head lines): 0 to 0.38 but for 4 at 0.5 to 0.56 (two UNICEF releases on Sri Lanka,
two of the Secretary-General's messages, a teaser of 4 lines, a Chinese statement of 8).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from transpub.model import Segment

if TYPE_CHECKING:
    from transpub.align import Pair

#: a pair's lengths agree when the translation's is within this factor of what the source's
#: times the language pair's ratio gives (a sentence pair's own spread: the corpus's pairs
#: hold most within it)
_SPREAD = 1.5
#: below this share of the shorter side's lines paired in agreement, the two texts are not
#: a translation and its source
_SHARE = 0.4
#: a shorter side of fewer lines than this is not judged (a page of a line or two)
_LEAST = 3


def disagreement(units: Sequence[Segment], sentences: Sequence[Segment],
                 pairs: Sequence[Pair], source_lang: str, lang: str) -> str:
    """Why the ``pairs`` of the release's ``units`` and the translation's ``sentences`` seem
    no translation's ("" when they seem one, or the texts are too short to tell)."""
    from transpub.align import MAX_COST, _plain
    from transpub.checks.length import expected_ratio

    lines = min(len(units) - sum(len(pair.source) for pair in pairs if pair.apart),
                len(sentences) - sum(len(pair.target) for pair in pairs if pair.apart))
    if lines < _LEAST:
        return ""
    filled = [(_plain(" ".join(units[i].text for i in pair.source)),
               _plain(" ".join(sentences[j].text for j in pair.target)))
              for pair in pairs if pair.source and pair.target and pair.cost <= MAX_COST]
    ratio = expected_ratio(source_lang, lang) or (
        # (a language pair not measured: the ratio of what the alignment paired)
        max(sum(len(t) for _, t in filled), 1) / max(sum(len(s) for s, _ in filled), 1))
    agreed = sum(1 for source, target in filled
                 if _agree(source, target, ratio, (source_lang, lang)))
    if agreed >= _SHARE * lines:
        return ""
    return (f"{agreed} of {lines} possible pair(s) agree in their numbers or lengths (a "
            f"translation's: {_SHARE:.0%} at least)")


def _agree(source: str, target: str, ratio: float, langs: tuple[str, str]) -> bool:
    """Whether a pair agrees: it shares a number (an address, a code), or says one of the
    release's numbers another way (TP301's pairing by value, ``paired_count``: "3.5 million"
    is «350万», "450 million" «4.5亿»: a faithful Chinese page of figures had been said to be
    no translation, 2 pairs of 8 agreeing), or has none that one side lacks and lengths
    within ``_SPREAD`` of what ``ratio`` gives."""
    from transpub.align import _anchors
    from transpub.checks.numbers import paired_count

    have_s, have_t = _anchors(source), _anchors(target)
    if have_s & have_t:
        return True
    if have_s and have_t and paired_count(source, langs[0], target, langs[1]):
        return True
    return not have_s ^ have_t and abs(math.log(
        max(len(target), 1) / (max(len(source), 1) * ratio))) <= math.log(_SPREAD)
