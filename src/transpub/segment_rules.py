"""Sentence-boundary data per language: abbreviations that never end a sentence, those that
end one only before some words, and the words that open a sentence.

Kept as data, after the SRX idea, so that a language service can extend it in
``transpub.toml`` (``[segmentation] abbreviations``, never-final ones) without touching code.
Entries are written without their final full stop and matched case-sensitively against the
word before a full stop (or its lower-case form: "Проф." opening a sentence is "проф.").
Measured on real text with its gold sentences (Universal Dependencies' treebanks in the six
languages, ``benchmarks/segmentation.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

_TITLES_EN = (
    "Mr Mrs Ms Messrs Mmes Dr Prof H.E Amb Hon Rev St Sr Gen Lt Col Maj Capt Cmdr Adm Sgt "
    "Gov Sen Rep Pres Supt Insp Mt Ft"
)
_COMMON_EN = "cf e.g i.e viz vs v c ca approx Dept dept Est est"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Abbreviations that never end a sentence, whatever follows them.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": _words(_TITLES_EN + " " + _COMMON_EN),
    "fr": _words(
        "M MM Mme Mmes Mlle Mlles Me Dr Pr S.E LL.EE St Ste Mt av apr p.ex ex cf éd env etc. c v "
        "ca"),
    "es": _words(
        "Sr Sres Sra Sras Srta Dr Dra Excmo Excma Excmos Ilmo Ilma Lic Ing Prof D Dña Da sr sres "
        "sra sras srta dr dra lic ing prof p.ej Ud Uds Vd Vds St Mt c v ca hab n f"),
    "ru": _words(
        "г-н г-жа т.е т.н т.к им ул д см напр проф акад ген млн млрд тыс руб долл род ум букв "
        "чел ок пгт обл"),
    "ar": _words("د أ م"),
    "zh": frozenset(),
}

#: Abbreviations that do not end a sentence before a number ("No. 5", "Nov. 9", "art. 4",
#: "п. 3"), and end one like any word before anything else ("No. That is all.", "el mar. El").
NUMERIC: dict[str, frozenset[str]] = {
    "en": _words(
        "No Nos no nos N° Art art para paras Para Paras p pp Vol vol Fig fig Ch ch Sect sect Op "
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Tel Ext"),
    "fr": _words("n° N° no No p pp art chap vol janv févr avr juil sept oct nov déc"),
    "es": _words(
        "núm Núm n.º No no N° art Art pág págs p pp vol cap párr párrs párrf ene feb mar abr may "
        "jun jul ago sep sept oct nov dic Ene Feb Mar Abr May Jun Jul Ago Sep Sept Oct Nov Dic "
        "lun mié jue vie sáb dom Lun Mié Jue Vie Sáb Dom Tel Ext"),
    "ru": _words("п пп ст гл стр рис кв Кв т ч с янв февр мар апр авг сент окт нояб дек"),
}

#: Abbreviations that end a sentence after a number when the sentence had words before the
#: number ("…продолжалась с 1916 по 1919 гг. При встрече…"), and never otherwise ("г. Москва",
#: "В 2019 г. Совет…").
AFTER_NUMBER: dict[str, frozenset[str]] = {
    "ru": _words("г гг в вв"),
}

#: Abbreviations that end a sentence only before a word that opens one (``SENTENCE_STARTERS``):
#: "Acme Inc. The deal" / "Acme Inc. Directors", "avant J.-C. La ville".
AMBIGUOUS: dict[str, frozenset[str]] = {
    "en": _words("Co Inc Ltd Corp Bros Jr al U.S U.K U.N a.m p.m"),
    "fr": _words("J.-C Co Inc Ltd Corp Bros"),
    "es": _words("EE.UU Co Inc Ltd Corp Bros"),
    "ru": _words("т.д т.п н.э Co Inc Ltd Corp Bros"),
}

#: Two-part abbreviations written with a space ("EE. UU.", "a. C.", "т. е."): no sentence
#: ends after the first part; whether one may end after the second (before a word that
#: opens a sentence) is the value.
PAIRS: dict[str, dict[tuple[str, str], bool]] = {
    "es": {("EE", "UU"): True, ("a", "C"): True, ("d", "C"): True, ("a", "m"): True,
           ("p", "m"): True},
    "fr": {("p", "ex"): False},
    "ru": {("т", "е"): False, ("т", "к"): False, ("т", "н"): False, ("т", "ч"): False,
           ("т", "д"): True, ("т", "п"): True, ("н", "э"): True},
}

#: Words that, after an ambiguous full stop (a dotted acronym such as "U.S.", "Inc."), show
#: that a new sentence has begun.
SENTENCE_STARTERS: dict[str, frozenset[str]] = {
    "en": _words(
        "The This That These Those It He She They We I In On At As But And A An Its Their "
        "His Her Our For With After Before During How What When Where Why Who Which There "
        "Here However Although Though While Since If Once So Yet Now Then Today Yesterday "
        "According Meanwhile Also Some Many Most All One Both Each Every Such Several Under "
        "Through Despite To From By Not No Other Further Furthermore Moreover"),
    "fr": _words(
        "Le La Les L Il Elle Ils Elles On Nous Je Un Une Des Ce Cet Cette Ces Cela Dans En Au "
        "Aux À Pour Par Mais Et Selon Lors Depuis Après Avant Pendant Si Son Sa Ses Leur Leurs "
        "Ainsi Toutefois Cependant Enfin Aujourd"),
    "es": _words(
        "El La Los Las Lo Él Ella Ellos Ellas Un Una Unos Unas En Por Para Pero Y Según Este "
        "Esta Estos Estas Ese Esa Eso Con Desde Durante Tras Antes Después Si Su Sus Sin Sobre "
        "Al Así Además También Asimismo Hoy Ayer Se No"),
    "ru": _words(
        "Он Она Оно Они Мы Я Вы В Во На По Это Эти Этот Эта Но И А С Со Для При После До Как "
        "Так Также Кроме Однако Его Её Их Сегодня Вчера Там Здесь Не"),
}


#: The words after an initial's full stop that show a sentence has begun ("Annex B. The
#: annex", "an A. This", "Dagobert I. His son"): pronouns, articles and
#: conjunctions no name goes on with (not "A", "One", "Now": "John F. A. Smith").
INITIAL_STARTERS: dict[str, frozenset[str]] = {
    "en": _words(
        "The This That These Those It He She They We His Her Its Their Our In On At As But "
        "And However Although While Since If According Meanwhile There"),
    "fr": _words("Le Les Il Elle Ils Elles Nous Ce Cette Cela Ces Dans Mais Selon Toutefois"),
    "es": _words("El Los Las Él Ella Ellos Ellas Este Esta Estos Estas Pero Según Sin Además"),
    "ru": _words("Он Она Оно Они Мы Это Эти Этот Эта Но Однако Кроме"),
}


@dataclass(frozen=True)
class Rules:
    """A language's sentence-boundary data, as the splitter reads it (``rules_for``)."""

    abbreviations: frozenset[str]
    numeric: frozenset[str]
    after_number: frozenset[str]
    ambiguous: frozenset[str]
    #: first part -> {second part: whether a sentence may end after the second}
    pairs: Mapping[str, Mapping[str, bool]]
    #: second part -> the first parts it follows
    seconds: Mapping[str, frozenset[str]]
    starters: frozenset[str]
    #: every word the above treat otherwise than an ordinary word, for one test per stop
    special: frozenset[str]
    #: the words that end a sentence at an initial's stop (``INITIAL_STARTERS``)
    after_initial: frozenset[str] = frozenset()


@lru_cache(maxsize=64)
def abbreviations_for(lang: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The abbreviations of ``lang`` plus the configured ones (a trailing dot is optional).
    Made once per (language, configured ones): the splitter asks once per paragraph (9,000
    unions of ~70 words each at N = 1000)."""
    base = ABBREVIATIONS.get(lang.split("_")[0], frozenset())
    return base | frozenset(a.rstrip(".") for a in extra)


@lru_cache(maxsize=64)
def rules_for(lang: str, extra: tuple[str, ...] = ()) -> Rules:
    """Everything the splitter knows of ``lang``, the configured abbreviations included (made
    once per language and configured ones)."""
    base = lang.split("_")[0]
    pairs: dict[str, dict[str, bool]] = {}
    seconds: dict[str, set[str]] = {}
    for (first, second), may_end in PAIRS.get(base, {}).items():
        pairs.setdefault(first, {})[second] = may_end
        seconds.setdefault(second, set()).add(first)
    numeric = NUMERIC.get(base, frozenset())
    after_number = AFTER_NUMBER.get(base, frozenset())
    ambiguous = AMBIGUOUS.get(base, frozenset())
    return Rules(abbreviations_for(lang, extra), numeric, after_number, ambiguous,
                 {k: dict(v) for k, v in pairs.items()},
                 {k: frozenset(v) for k, v in seconds.items()},
                 SENTENCE_STARTERS.get(base, frozenset()),
                 numeric | after_number | ambiguous | frozenset(pairs) | frozenset(seconds),
                 INITIAL_STARTERS.get(base, frozenset()))
