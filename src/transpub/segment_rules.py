"""Sentence-boundary data per language: abbreviations that never end a sentence.

Kept as data, after the SRX idea, so that a language service can extend it in
``transpub.toml`` (``[segmentation] abbreviations``) without touching code. Entries are written
without their final full stop and matched case-sensitively against the word before a full stop.
"""

from __future__ import annotations

from functools import lru_cache

_TITLES_EN = (
    "Mr Mrs Ms Messrs Mmes Dr Prof H.E Amb Hon Rev St Sr Jr Gen Lt Col Maj Capt Cmdr Adm Sgt "
    "Gov Sen Rep Pres Supt Insp"
)
_COMMON_EN = (
    "No Nos no nos Vol vol Art art para paras Para Paras p pp cf e.g i.e viz vs approx Dept dept "
    "Inc Ltd Co Corp Fig fig Ch ch Sect sect Jan Feb Aug Sept Oct Nov Dec Rev Est est U.S U.K "
    "U.N a.m p.m"
)

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": _words(_TITLES_EN + " " + _COMMON_EN),
    "fr": _words(
        "M MM Mme Mmes Mlle Mlles Me Dr Pr S.E LL.EE St Ste av apr J.-C p.ex ex cf éd vol art "
        "chap env etc. n° no No p pp sept oct nov déc janv févr"),
    "es": _words(
        "Sr Sres Sra Sras Srta Dr Dra Excmo Excma Excmos Ilmo Ilma Lic Ing Prof D Dña Da núm "
        "n.º art pág págs p.ej vol Ud Uds Vd Vds EE.UU cap ene feb ago sept oct nov dic"),
    "ru": _words(
        "г гг г-н г-жа т.е т.д т.п т.н т.к им ул д стр рис см напр проф акад ген млн млрд тыс "
        "руб долл п пп ст гл"),
    "ar": _words("د أ م"),
    "zh": frozenset(),
}

#: Words that, after an ambiguous full stop (a dotted acronym such as "U.S."), show that a new
#: sentence has begun.
SENTENCE_STARTERS: dict[str, frozenset[str]] = {
    "en": _words(
        "The This That These Those It He She They We I In On At As But And A An Its Their "
        "His Her Our For With After Before During"),
}


@lru_cache(maxsize=64)
def abbreviations_for(lang: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The abbreviations of ``lang`` plus the configured ones (a trailing dot is optional).
    Made once per (language, configured ones): the splitter asks once per paragraph (9,000
    unions of ~70 words each at N = 1000)."""
    base = ABBREVIATIONS.get(lang.split("_")[0], frozenset())
    return base | frozenset(a.rstrip(".") for a in extra)
