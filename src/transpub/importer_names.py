"""The names that stand above and under a release's text: the issuer's, as a letterhead or a
field office sets it above the headline.
"""

from __future__ import annotations

import functools
import re

from transpub.importer_pages import TERMINAL, Para

#: Words that name an issuer in a letterhead, in the languages letterheads print it in.
_ISSUER_RE = re.compile(r"\b(?:service|office|information|nations|united|department|centre"
                        r"|center|bureau|programme|program|commission|organi[sz]ation|unies"
                        r"|unidas|unis|objedin\w*|объединенных|организация)\b",
                        re.IGNORECASE)
#: What names a body, and the verbs and "to" by which a headline says what it does: an
#: issuer's name is a name ("United Nations Office for the Coordination of Humanitarian
#: Affairs"), a headline in title case has a verb ("United Nations Office Opens in Kyiv").
_BODY_WORD_RE = re.compile(r"\b(?:service|office|nations|department|centre|center|bureau"
                           r"|programme|program|commission|organi[sz]ation|fund|agency|union"
                           r"|institute|secretariat|mission|division|council|authority"
                           r"|convention|university)\b", re.IGNORECASE)
#: A UN entity's name of "UN" and a word or two, as its logo sets it ("UN Women", "UN
#: Tourism", "UN-Habitat", "UN Climate Change")
_UN_NAME_RE = re.compile(r"UN[- ][A-Z][\w-]+(?: [A-Z][\w-]+){0,2}")
_HEADLINE_VERBS = frozenset("""to is are was were be will says say said launches launch opens
    open calls call urges urge warns warn welcomes welcome adopts adopt holds hold appoints
    appoint releases release marks mark announces announce hosts host meets meet concludes
    conclude begins begin starts start signs sign presents present highlights highlight
    reports report finds find allocates allocate expands expand strengthens strengthen
    supports support condemns condemn elects elect approves approve agrees agree joins join
    launched opened adopted held appointed released marked announced signed reached reaches
    rises rise falls fall grows grow shows show needs need seeks seek takes take helps help
    brings bring renews renew receives receive""".split())
_PERSON_TITLE_END_RE = re.compile(r"\b(?:director(?:-general)?|secretary-general|spokesperson"
                                  r"|president|chair(?:person)?|coordinator|administrator"
                                  r"|envoy|representative)\s*$", re.IGNORECASE)
_MINOR_NAME_WORDS = frozenset("of on and for the in at de des du la le les et".split())
#: A field office's name as its releases set it above the headline: the body's acronym and
#: the country, region or city it serves ("UNDP Nepal", "UNIC Tokyo", "IOM Bangladesh",
#: "UNICEF Sudan", "WFP South Sudan", "UNFPA Asia and the Pacific").
_FIELD_OFFICE_RE = re.compile(r"[A-Z][A-Z-]{1,9}(?:(?:\s+(?:and|the|of|de|du|la|for))*"
                              r"\s+[A-Z][\w'’.-]*){1,4}")
#: What a headline of an acronym and a word or two says besides a place ("UNICEF Appeal",
#: "WHO Chief", "UNHCR Report").
_NOT_FIELD_WORDS = frozenset("""report appeal statement update award prize day week year
    launch alert campaign summit conference forum declaration initiative response warning
    data study survey index plan strategy chief head expert envoy prosecutor court news
    story today now""".split())
#: Words in capitals that open a headline, no body's acronym ("THE Hague", "NEW Report").
_NOT_ACRONYMS = frozenset("the a an in on at our new more no not all".split())


def issuer_name(text: str) -> bool:
    """A body's name, as a letterhead sets it above the headline: a few words, each
    capitalised but small joining ones, one of them naming a body, no verb, no digit; or a
    field office's (``text`` without the emphasis around it)."""
    words = text.split()
    if _UN_NAME_RE.fullmatch(" ".join(words)) and not any(
            w.lower() in _HEADLINE_VERBS for w in words):
        return True  # ("UN Women", "UN Tourism", "UN-Habitat": an entity's name as its logo)
    # (the place in title case: a line all in capitals, "PRESS BRIEFING NOTES", has no
    # acronym to tell)
    if _field_office(words):
        return True  # (a field office: "UNDP Nepal", "UNIC Tokyo", "IOM Bangladesh")
    # (the body's word early, as a name puts it: "United Nations Office …", "Economic and
    # Social Commission for …"; "New Leadership at the Universal Postal Union" is a headline;
    # and not a person's title at its end: "… Programme Executive Director")
    return (2 <= len(words) <= 14 and not text.rstrip().endswith(TERMINAL)
            and not any(c.isdigit() for c in text)
            and bool(_BODY_WORD_RE.search(" ".join(words[:4])))
            and not _PERSON_TITLE_END_RE.search(text)
            and not any(w.lower().strip(",:") in _HEADLINE_VERBS for w in words)
            and all(w[:1].isupper() or w.lower() in _MINOR_NAME_WORDS for w in words))


#: A word's ending that a verb's third person or a noun's plural has ("Responds", "Launches",
#: "Talks"), and a place's name seldom, unless it is a country's ("Philippines", "Maldives").
_VERB_OR_PLURAL_RE = re.compile(r"(?:[b-df-hj-np-tv-z]|e)s$")


def _field_office(words: list[str]) -> bool:
    """A body's acronym and the place its office serves ("UNDP Nepal", "UNIC Tokyo"), none of
    its words a verb, a headline's noun or a person's title, the place in title case."""
    if not _FIELD_OFFICE_RE.fullmatch(" ".join(words)) or words[-1].isupper() or any(
            w.lower().strip(",:") in _HEADLINE_VERBS or w.lower() in _NOT_FIELD_WORDS
            for w in words) or _PERSON_TITLE_END_RE.search(words[-1]) \
            or words[0].lower() in _NOT_ACRONYMS:
        return False
    # ("UNICEF Responds" is a headline; "UNDP Philippines" an office)
    return not _VERB_OR_PLURAL_RE.search(words[-1]) or " ".join(words[1:]) in _territories()


@functools.cache
def _territories() -> frozenset[str]:
    """The countries' and territories' names in English (babel's, CLDR's)."""
    from babel import Locale

    return frozenset(Locale("en").territories.values())


def issuer_like(para: Para) -> bool:
    """A letterhead's few short lines naming an issuer ("Information Service" / "Service
    d'information", "UNITED NATIONS"), not a headline."""
    lines = [t.strip() for _, t in para.lines]
    return len(lines) <= 3 and all(map(issuer_line, lines))


def issuer_line(text: str) -> bool:
    """A letterhead's line naming an issuer: short, no sentence, in capitals or with a word
    that names a body ("Service", "Office", "United Nations")."""
    return len(text) <= 60 and not text.endswith(TERMINAL) \
        and (text.isupper() or bool(_ISSUER_RE.search(text)))
