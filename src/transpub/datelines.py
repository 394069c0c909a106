"""Datelines and release dates as press releases write them, read in the release's language.

"New York, 9 December 2020 – The…" opens a release's first paragraph: the place, the date and
the text. Offices write it in many ways ("GENEVA (9 December 2020) –", "Bonn/Nairobi 9 December
2020 -", "VIENNA, 12 May (UN Information Service) --"), and some put the date alone in the
page's header instead. The month and weekday names are babel's (CLDR) for the language.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from babel import Locale

from transpub import datefind
from transpub.style import UN_ARABIC_MONTHS


class Dateline(NamedTuple):
    """A dateline's parts, as ``dateline`` reads them ("VIENNA, 12 May 2024 (UN Information
    Service) – The…")."""

    place: str
    """"VIENNA"; "" for none ("Monday, 9 December 2020 – …")."""
    date: dt.date | None
    """None for a dateline naming its place alone, the release giving no date
    (``undated_dateline``)."""
    date_text: str
    """The date as written ("12 May 2024"); "" for none."""
    rest: str
    """The text after the dateline ("The…"); "" when the dateline stands alone."""
    attribution: str = ""
    """The issuing service named in brackets after the date ("UN Information Service",
    "UNIC"), without its brackets; "" for none."""


#: a full date's edges in a text: no letter or digit of a spaced script next to it (a Chinese
#: character may be)
_DATE_START = r"(?<![^\W\u3000-\u9fff])"
_DATE_END = r"(?![^\W\u3000-\u9fff])"


@functools.cache
def _date_patterns(lang: str) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str],
                                        re.Pattern[str]]:
    """The language's month names, and its dateline, lone-date and in-text date patterns."""
    locale = Locale.parse(lang)
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                months[name.lower().rstrip(".")] = number
    # a month's name cut short otherwise than CLDR cuts it ("Sept." for "Sep"), where no
    # other month's name starts so (not "jui", French juin and juillet)
    prefixes: dict[str, set[int]] = {}
    for number, name in locale.months["format"]["wide"].items():
        for end in range(3, len(name)):
            prefixes.setdefault(name[:end].lower(), set()).add(number)
    months.update({p: n.pop() for p, n in prefixes.items() if len(n) == 1 and p not in months})
    if lang.split("_")[0].split("-")[0] == "ar":
        # the UN's Arabic month pair, which transpub's own build writes («9 كانون الأول/ديسمبر
        # 2020», ``style.UN_ARABIC_MONTHS``), and each of its halves alone (the Levantine
        # «كانون الأول», the UN's spelling «يونيه»): CLDR has the Egyptian names only
        for number, pair in enumerate(UN_ARABIC_MONTHS, 1):
            for name in (pair, *pair.split("/")):
                months.setdefault(name, number)
        # (and the pair with CLDR's spelling of its second half, either way round: ESCWA's
        # «21 تموز/يوليو 2009», «حزيران/يونيو»; the date had been no date, and its line the
        # headline)
        egyptian = {(name.lower().rstrip("."), n) for context in ("format", "stand-alone")
                    for n, name in locale.months[context]["wide"].items()}
        for number, pair in enumerate(UN_ARABIC_MONTHS, 1):
            levantine = pair.split("/")[0]
            for name, n in sorted(egyptian):
                if n == number and name != levantine and not name.isascii():
                    months.setdefault(f"{levantine}/{name}", number)
                    months.setdefault(f"{name}/{levantine}", number)
    month_re = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    day_re = "|".join(sorted((re.escape(d) for d in weekdays(lang)), key=len, reverse=True))

    def date(year_optional: bool) -> str:
        # "Tuesday, 8 January 2021", "8 de enero de 2021", "1er janvier 2021", "January 8, 2021"
        # (French writes "Genève, le mardi 12 mars 2024")
        # "9th December", "December 9th", and the ISO form "2020-12-09" as well
        year = "?" if year_optional else ""
        return (r"(?:le\s+)?(?:(?:" + day_re + r")\.?,?\s+)?"
                r"(?P<date>(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>" + month_re
                + r")\.?(?:,?\s+(?:de\s+)?(?P<y1>\d{4})(?:\s+г(?:ода|\.))?)" + year
                + r"|(?P<m2>" + month_re + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
                r"(?:,?\s+(?P<y2>\d{4}))" + year
                # (Chinese, year first and each part its character: "2020年12月9日", the
                # month CLDR's "12月"; the build's own form, «纽约，2020年12月9日——»)
                + r"|(?P<cjk>(?:(?P<y3>\d{4})\s*年\s*)" + year + r"(?P<m3>" + month_re
                + r")\s*(?P<d3>\d{1,2})\s*[日号])"
                + r"|(?P<iso>\d{4}-\d{2}-\d{2})(?!\d)"
                # (day, month and year in figures, as European institutions print them:
                # "14.11.2013", "14/03/2011", "24-02-2022", the Council's "27.VII.2009")
                r"|(?P<num>(?P<n1>\d{1,2})(?P<sep>[./-])(?P<n2>\d{1,2}|(?-i:[IVX]{1,4}))(?P=sep)"
                r"(?P<n3>\d{4}))(?![\d./-]\d))")
    # "New York, 9 December 2020 – The…", "GENEVA (8 January 2021) – The…", "Bonn/Nairobi
    # 10 May 2013 - The…", "16 June 1997 - The…" and, the year left to the header, "VIENNA,
    # 12 May (UN Information Service) -- The…"
    # The place may also follow the date ("9 December 2020, New York – The…", "9 December
    # 2020 | New York – The…") or stand before a bar ("New York | 9 December 2020 –"), and a
    # colon may stand for the dash after a place and a comma ("New York, 9 December 2020:");
    # the dateline may stand alone, the text after it in the next paragraph ("New York, 9
    # December 2020" over "The…": ``rest`` is then empty).
    # A place may name its country ("Geneva, Switzerland, 14 October 2005", "Bangkok
    # (Thailand), 8 November 2013", "6 December 2021, Geneva, Switzerland -") and stand
    # before a dash ("THE HAGUE, Netherlands — 21 November 2022 — The…", "Espoo, Finland -
    # October 5, 2017: The…", a colon then standing for the dash after the date; a colon and
    # a dash, "March 3, 2025: – The…", are one dash); the whole dateline
    # may stand in brackets ("(Bonn, 31 March 2010) - The…"). (The country is tried last, so
    # "New York, Wednesday, 9 December 2020" keeps its weekday with the date.)
    # A wire service's dateline names the service in brackets between dashes before the date
    # ("MUNICH--(BUSINESS WIRE)--November 11, 2020 -- The…", "MUNICH--(MÜNCHNER MERKUR)—…").
    # (each run of white space taken whole, ``\s*+``, where what follows cannot start with
    # one: backtracking into it had made a title line with a long run of spaces take minutes)
    # (a comma is a Latin or Cyrillic one, the Arabic «،» or the Chinese full-width «，», which
    # no space follows: «纽约，2020年12月9日——», as the build writes it; so does a Latin one
    # after a Chinese place, «纽约,2011 年3月14日 –», as Chinese pages type it)
    country = r"(?:\s*+\([^\W\d][^()\n]{0,39}\))?(?:[,،，]\s*+[^\W\d][^,،，|–—(\n\d]{0,40}?)??"
    dateline = re.compile(
        r"^(?P<open>\(\s*+)?(?:(?P<place>[^\W\d][^,،，|–—(（\n]{0,60}?" + country + ")"
        r"(?:\s*+(?P<comma>[,،|](?=\s)|，|(?<=[\u3000-\u9fff]),)\s*+|\s++|\s*+(?P<dash>[–—]|(?<=\s)-(?=\s))\s*+"
        r"|\s*+(?P<paren>\(\s*+)"
        r"|\s*+(?:--?|[–—])\s*+\((?P<wire>[^()\n]{1,60})\)\s*+(?:--?|[–—])\s*+"
        r"|(?P<glued>(?<=[^\W\d])(?=\d))))?"
        + date(year_optional=True)
        # (the attribution in Chinese full-width brackets too: «2020年12月9日（新闻部）——»)
        + r"(?(paren)\s*+\)|(?:\s*+(?P<source>\([^()\n]{1,80}\)|（[^（）\n]{1,80}）"
        r"|/[^/\s][^/\n]{0,40}/))?)"
        r"(?(place)|(?:(?:,|\s*+\||\s++(?P<afterdash>[–—]))\s++(?P<after>[^\W\d][^,،|–—(\n]{0,60}?"
        + country + r"))?)"
        r"(?(open)\s*+\))"
        # (a dateline in brackets may need no dash: "(23 de abril, 2024) La CEPAL…", ECLAC's)
        # (a service in brackets after the date may need no dash either: "GENEVA, December 14
        # (UNHCR) The head of…", the dash lost in a stored copy; the tests below ask for a
        # place in capitals and a sentence's capital after it)
        # (a run of dashes is the dash whole, "(United Nations Information Service)--" at the
        # line's end too: its second hyphen had been the text, a paragraph "-")
        r"(?:(?:\s*+(?:(?::\s*+)?[–—-]++|(?P<colon>:)(?=\s)|(?P<stop>\.)(?=\s+\S))|(?P<closed>(?(open)"
        r"(?<=\))(?=\s+\S)|(?!)))|(?P<served>(?(source)(?<=[)）])(?=\s+[^\s–—-])|(?!)))"
        r"|(?(glued)(?<=\d)(?=[^\W\d])|(?!)))\s*(?P<rest>.+)"
        r"|(?:\s*+(?::\s*+)?[–—-]++)?\s*)$",
        re.IGNORECASE | re.DOTALL)
    # (a header may say what the date is: "Release Date: 11 May 2000")
    # (or, as web pages copied write it, "Published: 5 June 2024", "Posted on 5 June 2024",
    # "Last updated: …", "Issued on …", "For release: …")
    alone = re.compile(r"^\s*+(?:(?:release|issue|publication)?\s*+dated?(?:\s++published)?\s*+:"
                       r"\s*+|(?:published"
                       r"|posted|issued)(?:\s++on)?\s*+:?\s*+|last\s++updated(?:\s++on)?\s*+:?"
                       r"\s*+|for\s++release\s*+:?\s*+)?" + date(year_optional=False) + r"\s*$",
                       re.IGNORECASE)
    # (a full date anywhere in a text: "… held on 9 December 2020.", and between Chinese
    # characters, «难民署于1950年12月14日由…», which no space sets apart)
    anywhere = re.compile(_DATE_START + date(year_optional=False) + _DATE_END, re.IGNORECASE)
    return months, dateline, alone, anywhere


@functools.cache
def weekdays(lang: str) -> frozenset[str]:
    """The language's weekday names, wide and abbreviated, in lower case."""
    locale = Locale.parse(lang)
    return frozenset(d.lower().rstrip(".") for context in ("format", "stand-alone")
                     for width in ("wide", "abbreviated")
                     for d in locale.days[context][width].values())


@functools.cache
def day_first(lang: str) -> bool:
    """Whether the language writes a date in figures day first (CLDR's short date: French
    "dd/MM/y", Russian "dd.MM.y"; not English "M/d/yy" nor Chinese "y/M/d")."""
    pattern = Locale.parse(lang).date_formats["short"].pattern
    return re.sub(r"[^dMy]", "", pattern).startswith("d")


#: The months in Roman figures ("27.VII.2009", the Council of the EU's)
_ROMAN_MONTHS = {r: n for n, r in enumerate(
    "I II III IV V VI VII VIII IX X XI XII".split(), 1)}


def numeric_reading(match: re.Match[str], lang: str) -> tuple[int, int] | None:
    """The (day, month) a date in figures reads as where only one reading can be meant: a
    month in Roman figures, a number over 12 ("14/03/2011" day first, "03/14/2011" month
    first, as the United States write it), or a language that writes dates day first (CLDR:
    French, Spanish, Russian, Arabic); None for "03/04/2011" in English or Chinese, which may
    be 3 April or 4 March (no date is invented: ``ambiguous_date`` says so)."""
    first, second, sep = match.group("n1"), match.group("n2"), match.group("sep")
    if second in _ROMAN_MONTHS:
        return (int(first), _ROMAN_MONTHS[second]) if sep == "." else None
    if not second.isdigit():
        return None
    a, b = int(first), int(second)
    if a > 12 or a == b or day_first(lang):
        return a, b
    return (b, a) if b > 12 else None


def _day_month_year(match: re.Match[str], months: dict[str, int]) -> tuple[int, int, str]:
    """The day, the month and the year as written ("" for none) of a date in words a pattern of
    ``_date_patterns`` matched: day first ("9 December 2020"), month first ("December 9,
    2020") or year first («2020年12月9日»)."""
    day = match.group("d1") or match.group("d2") or match.group("d3")
    month = match.group("m1") or match.group("m2") or match.group("m3")
    return int(day), months[month.lower()], match.group("y1") or match.group("y2") \
        or match.group("y3") or ""


def _date_of(match: re.Match[str], months: dict[str, int],
             year_known: int | None = None, lang: str = "en") -> dt.date | None:
    if match.group("iso"):
        try:
            return dt.date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    if match.group("num"):
        reading = numeric_reading(match, lang)
        try:
            return dt.date(int(match.group("n3")), reading[1], reading[0]) if reading else None
        except ValueError:
            return None
    day, month, written = _day_month_year(match, months)
    if not written and year_known is None:
        return None
    year = int(written) if written else year_known
    assert year is not None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline(text: str, lang: str, year: int | None = None) -> Dateline | None:
    """Split "New York, 9 December 2020 – The…" into place, date, date text and the rest.
    A dateline without a year ("VIENNA, 12 May (UN Information Service) -- The…") takes
    ``year`` (the header's), or is none without it. An attribution in brackets after the date
    is the dateline's ``attribution`` ("UN Information Service"), kept apart from the place so
    that the build writes it where the release does, after the date (it had been the place's,
    "VIENNA (UN Information Service)", and published before the date); so is an agency
    between slashes ("NAIROBI, 5 June 2024 /UNEP/ –"), a service in brackets before the date
    ("NEW YORK (UN News), 5 June 2024 –", ``service_before``) and a wire service's between
    dashes ("MUNICH--(BUSINESS WIRE)--November 11, 2020 --")."""
    months, pattern, _alone, _anywhere = _date_patterns(lang)
    match = pattern.match(text)
    date = _date_of(match, months, year, lang) if match else None
    if match is None or date is None:
        return None
    place = (match.group("place") or "").strip()
    if place.lower().rstrip(".") in weekdays(lang):
        place = ""  # "Monday, 9 December 2020 – The…": a day, not a place
    rest = (match.group("rest") or "").strip()
    if place and is_byline(place, lang):
        return None  # "Prepared by Ana Lopez, May 23, 2021": an author's name, no place
    if match.group("glued") is not None and not (
            _day_month_year(match, months)[2] and re.match(r"[^\W\d]\w", rest)
            and rest[:1].isupper() and rest[1:2].islower() and _known_place(place, lang)):
        # the dashes lost in copying ("THE HAGUE, Netherlands15 November 2021The…"): only a
        # known place, a full date and a sentence glued to both sides ("G20 November
        # 2021The…" and "COVID19 March 2020Then…" are none)
        return None
    if match.group("dash") and not (
            text[match.start("dash") - 1:match.start("dash")].isspace()
            and text[match.end("dash"):match.end("dash") + 1].isspace()) \
            and not (rest[:1].isupper() and _known_place(place, lang)) \
            and not _named(place, rest):
        # a dash with no space around it ("THE HAGUE, Netherlands—14 November 2023—The…",
        # OPCW's) after a known place or a place's capitalised words, before a sentence; in
        # a sentence's words ("The talks—9 December 2020—were…") it is the sentence's
        return None
    if place and not (match.group("comma") or match.group("paren") or match.group("dash")
                      or match.group("wire") or match.group("glued") is not None) \
            and "/" not in place and not place.isupper() and not _named(place, rest) \
            and not (_caseless(place[:1]) and _known_place(place, lang)):
        # "On 9 December 2020 – …" is not a dateline; "Bonn/Nairobi 9 …" is, and so is a
        # known place in a script without capitals, «جنيف 04-10-2021» (WIPO's Arabic)
        return None
    if match.group("closed") is not None and not rest[:1].isupper():
        return None  # "(9 December 2020) The…"; not "(9 December 2020) and then…"
    if match.group("served") is not None and not (
            place.isupper() and match.group("comma") and re.match(r"[^\W\d]\w", rest)
            and rest[:1].isupper() and rest[1:2].islower()
            and _service_named(match.group("source")[1:-1], lang)):
        # a service in brackets after the date and no dash, "GENEVA, December 14 (UNHCR) The
        # head of…" (UNHCR's page as stored, its dash lost): the bracket is a dateline's own,
        # with a place in capitals and its comma before the date, a service named in it and
        # a sentence after it; "Geneva, 14 December (a Tuesday) the talks…" is a sentence's,
        # and so is "GENEVA, 14 December (a Tuesday) The talks…", "(local time)", "(World
        # Environment Day)", "(Embargoed until 12:00 GMT)" (they had been the attribution)
        return None
    if match.group("colon") and not (place and (match.group("comma") or match.group("dash"))) \
            and not (match.group("after") and rest[:1].isupper()
                     and place_after(match.group("after").strip(), lang)):
        # "New York, 9 December 2020: The…", and the place after the date, "25 June 2019,
        # Addis Abeba: The Chairperson…" (the African Union's); not "On 9 December 2020: the…",
        # nor a sentence's or a heading's words before the colon ("5 May 2024, Member States
        # agreed: The…", "9 December 2020, Key Findings: Three…": ``place_after``)
        return None
    if match.group("stop") and not (place and match.group("comma") and place.isupper()
                                    and rest[:1].isupper()):
        return None  # "THE HAGUE, 26 January 2024. The Court…" (the ICJ's); no other stop
    after = (match.group("after") or "").strip()
    if after and not after[:1].isupper() and not _caseless(after[:1]):
        # "9 December 2020, the Office said – …": no place after the date (in a script
        # without capitals, the tests below decide: «9 كانون الأول/ديسمبر 2020 – انخفضت…»
        # is the date and a sentence after its dash)
        return None
    if after and not rest and not match.group("afterdash") and not _known_place(after, lang) \
            and (text[:match.start("after")].rstrip().endswith("|")
                 or not place_after(after, lang)):
        # a page's date bar ("15 March 2024 | News release", "24-02-2022 | Latest News ,
        # Europe & Central Asia"): a label or a section, no place (it had been the place);
        # after a comma a place's words ("9 December 2020, Kakuma", alone on its line) are
        # the place all the same, a heading's ("9 December 2020, Key Findings") not
        return None
    if after and match.group("afterdash") and not _named(after, rest):
        # "5 June 2024 — Geneva — The…" names a place; "9 December 2020 – Geneva hosted the
        # talks – …" does not: the text starts after the date's dash
        after, rest = "", text[match.end("afterdash"):].strip()
    attribution = ""
    if source := match.group("source"):
        # (brackets and slashes are the layout, which each language's house style writes;
        # the words inside are the unit translators translate)
        attribution = " ".join(source[1:-1].split())
    elif wire := match.group("wire"):
        attribution = " ".join(wire.split())
    elif split := service_before(place):
        # "NEW YORK (UN News), 5 June 2024 –": the service named before the date is the
        # attribution all the same (the build writes it after the date, as the house style
        # sets the whole dateline); a country there stays the place's ("Bangkok (Thailand)")
        place, attribution = split
    return Dateline(place or after, date, match.group("date"), rest, attribution)


def dashes_lost(text: str, found: Dateline) -> bool:
    """Whether the dateline ``found`` opening ``text`` had lost its dashes in copying, the
    date glued to the place and the text to the date ("THE HAGUE, Netherlands15 November
    2021The…"): the output says how it was read."""
    return bool(found.place and found.date_text and re.match(
        re.escape(found.place) + r"(?<=[^\W\d])" + re.escape(found.date_text) + r"[^\W\d]",
        text))


#: The words that make a bracket after a place an issuing service rather than the place's
#: country or region: "(UN News)", "(UN Information Service)", "(ONU Info)", «(Новости ООН)»,
#: "(AFP)"; the UN system's acronyms (``_BODIES``, "UNIC") too.
_SERVICE_WORDS = frozenset("""news service services information info agency wire newswire radio
    noticias servicio información actualités nouvelles служба новости информации
    информационная afp reuters ap ips xinhua tass efe ansa dpa kyodo""".split())
#: Words a service's name holds that a place in brackets may hold too ("(UN Headquarters)",
#: "(Palais des Nations, Press Room XVI)"): a service only beside no word of a place
#: (``_PLACE_WORDS``) and none of the place the bracket follows ("VIENNA (Vienna
#: International Centre)": the hostile pass on session 62's changes had read these three as
#: the issuing service)
_WEAK_SERVICE_WORDS = frozenset("un onu оон centre center press bureau centro центр".split())
_PLACE_WORDS = frozenset("""headquarters hq palais palace room hall building house compound
    complex campus street avenue plaza square airport salle siège sede sala palacio
    штаб-квартира зал дворец""".split())


def service_before(place: str) -> tuple[str, str] | None:
    """``place`` as (place, attribution) when it ends with an issuing service in brackets
    ("NEW YORK (UN News)", "GENEVA (UNIC)"); None when its bracket is no service
    ("Bangkok (Thailand)", "Goma (North Kivu)") or it has none."""
    match = re.fullmatch(r"(?P<place>[^()（）]*?\S)\s*+(?:\((?P<service>[^()\n]{1,60})\)"
                         r"|（(?P<wide>[^（）\n]{1,60})）)", place)
    if match is None:
        return None
    service = " ".join((match.group("service") or match.group("wide")).split())
    if _caseless(service[:1]):
        # (in a script without capitals no word says it, «罗马（粮农组织）», «روما (الفاو)»:
        # a bracket naming no place nor country the data know is the service, as the build
        # writes a dateline's attribution there)
        from transpub.namefind import is_place_name  # (only for such a bracket)

        if any(is_place_name(service, lang) for lang in ("zh", "ar", "ru", "fr", "es", "en")):
            return None
        return match.group("place"), service
    words = [w.strip(".,'’") for w in service.split()]
    if any(w.casefold() in _SERVICE_WORDS or (
            (w in _BODIES or re.fullmatch(r"UN[A-Z]{1,6}", w))
            and w.casefold() not in _WEAK_SERVICE_WORDS) for w in words):
        return match.group("place"), service
    folded = {w.casefold() for w in words}
    if folded & _WEAK_SERVICE_WORDS and not folded & _PLACE_WORDS and not folded & {
            w.strip(".,'’").casefold() for w in match.group("place").split()}:
        return match.group("place"), service
    return None


#: An acronym of capitals naming a service or a body in brackets, "(UNHCR)", «(ACNUR)»,
#: «(УВКБ ООН)», "(CEPAL)": a word or two of two to six capitals; not such a word of a note on
#: the release ("(UPDATE)", "(URGENT)"; "(UPDATED)", "(REVISED)" are longer)
_ACRONYM_RE = re.compile(r"[A-ZА-ЯЁ]{2,6}(?:\s[A-ZА-ЯЁ]{2,6})?")
_NOT_ACRONYMS = frozenset("UPDATE URGENT NEW FINAL DRAFT NOTE PHOTO VIDEO AUDIO LIVE MEDIA "
                          "PRESS AMENDED EDITED".split())


#: Time zones' abbreviations CLDR leaves out of the six languages' own names (babel gives
#: "GMT", "UTC", "CET" in some, none of French's «HEC» or Russian's «МСК»): a time after a
#: date, "GENEVA, 14 December 2024 (CET) The…", never a service (it had been the attribution)
_TIME_ZONES = frozenset(
    "GMT UTC UT Z CET CEST EET EEST WET WEST BST IST EST EDT CST CDT MST MDT PST PDT AST ADT "
    "HST AKST AKDT JST KST HKT SGT ICT PKT GST EAT CAT WAT SAST AEST AEDT ACST AWST NZST NZDT "
    "MSK HEC HAEC HNEC HEE HAEE HNEE HEO HAEO HNE HAE HNC HAC HNR HAR HNP HAP TU TUC TUO HNO "
    "МСК ВСВ".split())


@functools.cache
def _time_zone_names() -> frozenset[str]:
    # (CLDR's short names of the metazones and zones, in the six languages: "GMT", "EST", «HNE»)
    names = set(_TIME_ZONES)
    for code in ("en", "fr", "es", "ru", "zh", "ar"):
        locale = Locale.parse(code)
        for zones in (locale.meta_zones, locale.time_zones):
            for forms in zones.values():
                names.update(v for v in forms.get("short", {}).values() if v.isalpha())
    return frozenset(names)


def time_zone(text: str) -> bool:
    """Whether ``text`` is a time zone's abbreviation, an offset after it or not ("CET",
    "GMT+1", "UTC+03:00", «HEC», «МСК»): ``_TIME_ZONES`` and CLDR's short names."""
    match = re.fullmatch(r"([^\W\d_]{1,5})(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?", text.strip())
    return match is not None and match.group(1) in _time_zone_names()


def _service_named(bracket: str, lang: str) -> bool:
    """Whether a bracket after a dateline's date without a dash names the issuing service:
    an acronym of capitals ("UNHCR", «ACNUR», «УВКБ ООН»), a service's word or a body's
    acronym among its words ("UN News", "ILO news", "United Nations Information Service":
    ``service_before``'s reading), or a body of ``data/un_names.json`` ("Office of the High
    Commissioner for Refugees"). Never "a Tuesday", "local time", "World Environment Day",
    "Embargoed until 12:00 GMT", nor a time zone ("CET", "GMT", «HEC»: ``time_zone``)."""
    bracket = " ".join(bracket.split())
    if time_zone(bracket):
        return False
    if _ACRONYM_RE.fullmatch(bracket) and bracket not in _NOT_ACRONYMS:
        return True
    if service_before(f"X ({bracket})") is not None:
        return True
    from transpub.namefind import UN_NAMES, kind_of, names_in  # (only for such a bracket)

    return any(kind_of(UN_NAMES, code) in ("organization", "body")
               for code, _ in names_in(bracket, lang, UN_NAMES))


#: A byline: "Prepared by Aubrey Moore (…)", "Written by …", "By Jane
#: Doe": the author's name, no headline (and no dateline's place: "Prepared by Aubrey Moore,
#: May 23, 2021"). After a bare "By", a name's capitalised words alone, up to a comma, a
#: bracket or the line's end ("By 2030, …" and "By Land and Sea: …" are headlines).
_BYLINE_RE = re.compile(r"^(?:(?i:prepared|written|compiled|reported|posted)\s+by\s+\S"
                        r"|(?i:by)\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:$|[,(]))")
#: the languages a CMS's byline is read in when the text's is not given
_SIX = ("en", "fr", "es", "ru", "zh", "ar")
#: A CMS's user: a handle or a name, one to four words, no punctuation between them (a comma
#: or a colon goes on as a sentence: "Submitted by the Secretary-General, the report…")
_CMS_USER = r"[^\s,;:，；：。]+(?:\s+[^\s,;:，；：。]+){0,3}?"
#: A web CMS's byline, the whole line: "by", its user and "on", and the date after it or
#: nothing, lost with the page's markup (Drupal's "Submitted by unfpa_root_user on", "Posted
#: by admin on 17 October 2011", "Submitted by Jane Doe", «Soumis par admin le», «Enviado por
#: admin el», «Опубликовано пользователем admin», «由admin于2011年10月17日提交», «أرسلت
#: بواسطة admin في»): the page's, no headline; ``date``, what follows the user, must be a date
#: alone (``_cms_date``). A line going on after the date ("Published by UNEP on 5 June,
#: report warns…", «由开发署于2020年启动的项目…», "launched by UNDP in 2020") is a headline.
_CMS_BYLINE_RE = re.compile(
    rf"^(?:(?:submitted|posted|published|created|uploaded|(?:last\s+)?updated)\s+by\s+{_CMS_USER}"
    rf"(?:\s+on(?:\s+(?P<en>.+))?)?"
    rf"|(?:soumis|publié|posté|envoyé|mis\s+en\s+ligne)\s+par\s+{_CMS_USER}"
    rf"(?:\s+le(?:\s+(?P<fr>.+))?)?"
    rf"|(?:enviado|publicado|creado)\s+por\s+{_CMS_USER}(?:\s+el(?:\s+(?P<es>.+))?)?"
    rf"|(?:опубликовано|отправлено|добавлено)\s+пользователем\s+[^\s,;:]+(?:\s+[^\s,;:]+)??"
    rf"(?:\s+(?:в\s+)?(?P<ru>\d.*))?"
    r"|由\s*[^\s，,：:。]{1,30}?\s*于\s*(?P<zh>.*?)\s*(?:提交|发布|发表)?"
    rf"|(?:أرسلت?ه?|نشرت?ه?|أرسلها|نشرها)\s+(?:بواسطة|من\s+قبل)\s+{_CMS_USER}"
    r"(?:\s+في(?:\s+(?P<ar>.+))?)?)$",
    re.IGNORECASE)
#: a time after a CMS's date ("Mon, 10/17/2011 - 10:15", "17 October 2011 at 3:45 pm")
_CMS_TIME = re.compile(r"\s*(?:[-–—,|@]|at|à|a\s+las|в)?\s*\d{1,2}[:h.]\d{2}(?::\d{2})?"
                       r"(?:\s*[ap]\.?\s*m\.?)?$", re.IGNORECASE)
#: a CMS's date in figures, a weekday's short name before it (Drupal's "Mon, 10/17/2011")
_CMS_FIGURES = re.compile(r"(?:[^\W\d_]{2,12}\.?,?\s+)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                          r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})")


def is_byline(text: str, lang: str = "") -> bool:
    """Whether a line is a byline (``_BYLINE_RE``, a CMS's: ``cms_byline``), a dozen words at
    most."""
    text = text.strip()
    return (bool(_BYLINE_RE.match(text)) or cms_byline(text, lang) is not None) \
        and len(text.split()) <= 12


def cms_byline(text: str, lang: str = "") -> str | None:
    """The date after a web CMS's byline ("Submitted by unfpa_root_user on 17 October 2011" ->
    "17 October 2011"), "" when the copy lost it ("Submitted by unfpa_root_user on", the
    first line of UNFPA's stored page, which had been the headline, with no warning); None
    when the line is none: the whole line must be the byline, its date a date alone in
    ``lang`` (in any of the six languages when not given), or in figures, with its time."""
    match = _CMS_BYLINE_RE.match(" ".join(text.split()))
    if match is None:
        return None
    date = next((found for found in match.groups() if found), "")
    return date if not date or _cms_date(date, lang) else None


def _cms_date(text: str, lang: str) -> bool:
    """Whether ``text`` is a date alone, a time after it or not (the rest of a CMS's byline):
    "17 October 2011", «2011年10月17日», "Mon, 10/17/2011 - 10:15"; not "5 June, report warns
    of plastic in oceans" nor «2020年启动的项目取得显著成效» (a headline going on)."""
    text = _CMS_TIME.sub("", text).strip()
    return _CMS_FIGURES.fullmatch(text) is not None or any(
        lone_date(text, each) is not None for each in ((lang,) if lang else _SIX))


def impossible_date(text: str, lang: str) -> str:
    """The date a dateline of ``text`` opens with when it is no day of the calendar («Vienna,
    31 April 2014 – The…»: ``dateline`` takes none), else ""."""
    months, pattern, _alone, _anywhere = _date_patterns(lang)
    match = pattern.match(text)
    if match is None or match.group("iso") or match.group("num") \
            or not _day_month_year(match, months)[2]:
        return ""
    return match.group("date") if _date_of(match, months) is None else ""


#: Words that open a sentence's date ("On 9 December 2020 – …", "Since 1 May 2021 …"), never
#: a place: before a date with no comma, only a place's name may stand.
_NOT_PLACES = frozenset("""on since until till from by in at as before after during through
    between around about circa dated updated published posted released issued last date the
    el la le les los las l of for to""".split())


#: the small words of a place's name ("Dar es Salaam", "Rio de Janeiro")
_JOINERS = frozenset("de del des du es la el al di da dos das".split())


def _named(place: str, rest: str) -> bool:
    """Whether words before a date with no comma are a place's name ("Nairobi 6 June 2018—The
    United Nations…"): each word capitalised but small joining ones ("Dar es Salaam"), the
    first no word that opens a sentence's date, and a sentence after the dash; or, the
    dateline standing alone (the text in the next block), a place set over its date on two
    lines ("Vienna, Austria" / "6 February 2024", the IAEA's), its country after a comma."""
    if not rest:
        # (no sentence after it to test: the place's words alone decide, each capitalised
        # but a place name's joining words: not "Date:", "Media Alert for")
        name = place.split(",")[0] if place.count(",") == 1 else place
        words = name.split()
        return (0 < len(words) <= 3 and ":" not in place and "(" not in place
                and words[0].lower() not in _NOT_PLACES
                and all(w[:1].isupper() or w in _JOINERS for w in words))
    words = place.split()
    return (bool(rest) and rest[:1].isupper() and words[0].lower() not in _NOT_PLACES
            and words[0][:1].isupper() and len(words) <= 4
            and all(w[:1].isupper() or (len(w) <= 3 and w.isalpha()) for w in words))


#: Words of a heading, a document's kind, a body or a title, never of a place's name after
#: a date: "9 December 2020, Key Findings: …", "1 January 2024, Update: …", "…, Security
#: Council: …", "…, Secretary-General: …" (a place's own words, "City", "Bay", are none)
_NOT_PLACE_WORDS = frozenset("""key findings finding update updates summary background
    highlights note notes statement statements overview breaking news press release releases
    media advisory alert correction announcement reminder editors editor's facts figures fact
    sheet main points results report agenda programme program contact contacts speech remarks
    message messages latest section event events feature story photo video today live read
    more secretary-general president minister chair chairperson director director-general
    spokesperson ambassador commissioner member members council committee assembly commission
    government ministry office agency board parties delegation mission
    résumé communiqué déclaration actualité declaración comunicado actualización resumen nota
    conseil consejo secrétaire secretario заявление обновление сводка совет""".split())
#: the articles a place's name may open with ("La Paz", "Le Havre", "Los Angeles", "El
#: Fasher"), which ``_NOT_PLACES`` holds as a sentence's words
_ARTICLES = frozenset("el la le les los las l".split())


def _place_words(name: str, lang: str) -> bool:
    """Whether ``name`` reads as a place's name of a few words, no place list vouching for it
    ("Kakuma", "Addis Abeba", "Dar es Salaam", "Cox's Bazar"): one to four words, each
    capitalised but a place name's joining words, none a heading's, a document's, a body's or
    a title's word (``_NOT_PLACE_WORDS``), none with a digit or a sentence's mark; the first
    no word that opens a sentence ("The Council") nor a weekday."""
    words = name.split()
    if not 0 < len(words) <= 4 or words[0].lower() in _NOT_PLACES - _ARTICLES:
        return False
    days = weekdays(lang)
    return all((word[:1].isupper() or word in _JOINERS) and word not in _BODIES
               and (folded := word.strip("'’").casefold()) not in _NOT_PLACE_WORDS
               and folded not in days and _NO_PLACE_MARK_RE.search(word) is None
               for word in words)


#: what no word of a place's name holds: a digit, a sentence's or a quotation's mark
_NO_PLACE_MARK_RE = re.compile(r"[\d.!?:;…\"“”«»/&@#]")


def place_after(after: str, lang: str) -> bool:
    """Whether the words after a date ("9 December 2020, Kakuma", "25 June 2019, Addis Abeba:
    The…") are a place: a known one (``_known_place``), or a place's words (``_place_words``),
    then at most two places, countries or place's words after commas ("Kakuma, Kenya")."""
    from transpub.namefind import is_place_name  # (only for a dateline's words after a date)

    if _known_place(after, lang):
        return True
    bare = re.sub(r"\s*+\([^()]{1,60}\)$", "", after)
    first, *others = [p.strip() for p in bare.split(",")]
    return len(others) <= 2 and _place_words(first, lang) and all(
        is_place_name(other, lang) or (len(other.split()) <= 3 and _place_words(other, lang))
        for other in others)


def ambiguous_date(text: str, lang: str) -> str:
    """The date in figures a dateline or a date standing alone in ``text`` opens with when it
    may be read either way ("03/04/2011" in English: 3 April or 4 March; ``numeric_reading``),
    else ""."""
    _months, pattern, alone, _anywhere = _date_patterns(lang)
    for regex in (alone, pattern):
        match = regex.match(text)
        if match is not None and match.group("num") and numeric_reading(match, lang) is None \
                and match.group("n2").isdigit():
            return match.group("num")
    return ""


def lone_date(text: str, lang: str) -> tuple[dt.date, str] | None:
    """A date standing alone ("8 January 2021", "Tuesday, 8 January 2021"), as a letterhead or
    a running header writes the release date; its date and text."""
    months, _line, pattern, _anywhere = _date_patterns(lang)
    match = pattern.match(text)
    date = _date_of(match, months, lang=lang) if match else None
    if match is None and (stamp := _STAMP_RE.match(text)):
        # "19990722": the date stamp atop the UN's press releases of the 1990s
        with contextlib.suppress(ValueError):
            return dt.date(*map(int, stamp.groups())), stamp.group(0).strip()
    return (date, match.group("date")) if match and date else None


@functools.cache
def _leading_date(lang: str) -> re.Pattern[str]:
    """A full date at a given position, whatever follows it (``page_dates_before``): the
    in-text pattern of ``_date_patterns`` without its word edges."""
    anywhere = _date_patterns(lang)[3].pattern
    return re.compile(anywhere.removeprefix(_DATE_START).removesuffix(_DATE_END), re.IGNORECASE)


def page_dates_before(text: str, lang: str) -> tuple[str, dt.date] | None:
    """The page's date, printed once or more, glued before a dateline's capitals ("03 July
    2017 03 July 2017GENEVA, 3 July 2017—Ghana…", a UNAIDS listing's): the dates as written
    and the last one's date; None when ``text`` does not open so. The last date is glued to a
    place in capitals (no space between) and what follows it is a dateline naming that place;
    a date and a space before a dateline is none of this ("3 July 2017 GENEVA, …" may be a
    dateline's own date)."""
    found = _glued_dates(text, lang)
    if found is None or not re.match(rf"[{_CAPS}]{{2}}", text[found[0]:found[0] + 2]):
        return None
    end, dates = found
    # (a dateline without its year takes the page date's: "…2017GENEVA, 3 July —")
    line = dateline(text[end:], lang, dates[-1].year)
    return (text[:end], dates[-1]) if line is not None and line.place and line.rest else None


def page_dates_twice(text: str, lang: str) -> tuple[str, dt.date] | None:
    """The page's date printed twice or more in a row and glued before a line's first word
    ("05 décembre 2017 05 décembre 2017Un nouveau rapport…", UNAIDS's French page before its
    standfirst, where ``page_dates_before`` finds no dateline): the dates as written and
    their date; None when ``text`` does not open so. The same date each time, spaces between
    them and none before the word (a letter or a quotation mark): no text writes its own
    date so ("5 December 2017 5 December 2017 was…" has a space; one date glued to a word,
    "03 July 2017UNAIDS welcomed…", is not taken: nothing says it is the page's)."""
    found = _glued_dates(text, lang)
    if found is None:
        return None
    end, dates = found
    if len(dates) < 2 or len(set(dates)) > 1 or not _WORD_START_RE.match(text, end):
        return None
    return text[:end], dates[-1]


#: what a line's first word opens with: a letter, or a quotation mark before it
_WORD_START_RE = re.compile(r"[^\W\d_]|[«\"“„‘']")


def _glued_dates(text: str, lang: str) -> tuple[int, list[dt.date]] | None:
    """Where the full dates ``text`` opens with end, glued to what follows the last (no
    space), and their dates, one space or more between two; None when ``text`` opens with no
    date, or the last is followed by a space or nothing (``page_dates_before``,
    ``page_dates_twice``)."""
    pattern = _leading_date(lang)
    months = _date_patterns(lang)[0]
    end = 0
    dates: list[dt.date] = []
    while (match := pattern.match(text, end)) is not None and (date := _date_of(
            match, months, lang=lang)) is not None:
        end = match.end()
        dates.append(date)
        spaces = re.match(r"\s+", text[end:])
        if spaces is None:
            return (end, dates) if text[end:end + 1] else None
        end += spaces.end()
    return None


#: A date stamp, year month day without separators, standing alone: "19990722".
_STAMP_RE = re.compile(r"^\s*((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*$")


#: capitals of the Latin and Cyrillic scripts (a Russian or French release's place: «ВЕНА –»,
#: «GENÈVE –», «NUEVA YORK –»; ``place_only`` tests the whole place is capitals)
_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁ"

#: The dash after a place-only dateline: an en or em dash, a horizontal bar or a box-drawing
#: line (ILO's "GENEVA (ILO News) ─Juan…", as its pages type it) with or without spaces; a
#: hyphen with spaces (a word's own hyphen has none), or glued to the attribution's closing
#: bracket ("GENEVA (ILO news)- The…": the bracket ends the place, so the hyphen is no word's).
#: Those last forms (``odd``) are a heading's too ("KEY FINDINGS ― The…", "AIDS (Acquired Immune
#: Deficiency Syndrome)- The…", t67/hB): after them the place must be one ``data/places.json``
#: knows.
_PLACE_DASH = r"(?:\s*[–—]\s*|\s+-{1,2}\s+|(?P<odd>\s*[―─]\s*|(?<=\))-{1,2}\s+))"


#: A dateline of a place alone, in capitals, and the dash: "GENEVA – The…", "PORT-AU-PRINCE
#: -- The…", "ROME (FAO) – The…", "NAIROBI, Kenya – The…" (WHO's, FAO's, ILO's, WFP's layout:
#: the date is the page's).
_PLACE_ONLY_RE = re.compile(
    rf"^(?P<place>[{_CAPS}][{_CAPS}'’.\-]+(?:[ /][{_CAPS}][{_CAPS}'’.\-]+){{0,3}}"
    rf"(?:,\s*[{_CAPS}][\w'’.\-]+(?:\s[{_CAPS}][\w'’.\-]+){{0,2}})?(?:\s*\([^()\n]{{1,60}}\))?)"
    + _PLACE_DASH + r"(?P<rest>\S.*)$", re.DOTALL)


#: The same in title case ("Geneva – At least…", IOM's layout): a few capitalised words
#: (joining ones between them: "Dar es Salaam", "Port-au-Prince"), none of the words that open
#: a sentence so ("Today – …", "Meanwhile – …").
_TITLED_PLACE_RE = re.compile(
    r"^(?P<place>[A-Z][a-zà-ÿ'’\-]+(?:[ /](?:[A-Z][a-zà-ÿ'’\-]+|de|es|au|al|el|la|du|do)){0,3}"
    r"(?:,\s*[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2})?(?:\s*\([^()\n]{1,60}\))?)"
    + _PLACE_DASH + r"(?P<rest>\S.*)$", re.DOTALL)
_NOT_TITLED_PLACES = frozenset("""Today Yesterday Tomorrow Meanwhile However Moreover The This
    That These Those In On At Since For From Update Breaking Note Background Summary
    Overview Highlights Statement""".split())


#: The same in a script without capitals (Arabic, Chinese: «روما – رحب…», «روما- وسط…»,
#: «القاهرة -», «罗马——世界粮食计划署…», «罗马（粮农组织）——»): a word or a few, a bracket, then
#: a dash, or a hyphen with a space on one side at least (a word's own hyphen has none). No
#: capital marks the place: ``place_only`` asks ``data/places.json`` for it.
_CASELESS_PLACE_RE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}?"
    r"(?:\s*[,،，]\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}?)?"
    r"(?:\s*[(（][^()（）\n]{1,60}[)）])?)"
    r"(?:\s*[–—]{1,2}\s*|\s*-{1,2}\s+|\s+-{1,2}\s*)(?P<rest>\S.*)$", re.DOTALL)


def _caseless(char: str) -> bool:
    """Whether ``char`` is a letter of a script without capitals (Arabic, Chinese)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def place_only(text: str, titled: bool = False) -> tuple[str, str] | None:
    """The place of a dateline that names no date ("GENEVA (ILO News) – The…"), and the rest;
    None when ``text`` does not open so (a place in capitals, of a few words, then a dash and
    a sentence; in title case too when ``titled``: "Geneva – At least …"; in a script without
    capitals, a place ``data/places.json`` knows in one of the six languages: «罗马——…»,
    «روما – …»)."""
    if _caseless(text[:1]):
        caseless = _CASELESS_PLACE_RE.match(text)
        if caseless is None:
            return None
        place = caseless.group("place").strip()
        head = re.split(r"\s*[(（]", place, maxsplit=1)[0]
        rest = caseless.group("rest").strip()
        if not (_caseless(rest[:1]) or rest[:1] in "“\"‘'«") or not (
                _known_anywhere(head) or seat_and_city(head)):
            return None
        return place, rest
    if titled and (titled_match := _TITLED_PLACE_RE.match(text)) is not None \
            and titled_match.group("place").split()[0].strip(",") not in _NOT_TITLED_PLACES \
            and titled_match.group("rest")[:1].isupper() and (
                titled_match.group("odd") is None or _known_anywhere(
                    titled_match.group("place").split(",")[0].split("(")[0].strip())):
        return titled_match.group("place").strip(), titled_match.group("rest").strip()
    match = _PLACE_ONLY_RE.match(text)
    if match is None or (not match.group("rest")[:1].isupper() and match.group("rest")[:1] \
            not in "“\"‘'«"):
        return None
    place = match.group("place").strip()
    head = place.split(",")[0].split("(")[0].strip()
    if not head.replace(" ", "").replace("/", "").replace("-", "").isupper() or len(head) < 3 \
            or head in _BODIES:
        return None
    if not head.isascii() and not (_known_capitals(head) or seat_and_city(place)):
        return None
    if match.group("odd") is not None and not _known_anywhere(head):
        return None
    return place, match.group("rest").strip()


#: The UN's name as a dateline writes its seat before the city, in the six languages
#: (UNFPA's "UNITED NATIONS, New York—", «NATIONS UNIES, New York –», «联合国，纽约——»),
#: folded; a site's word (``_PLACE_WORDS``: "UN HEADQUARTERS", "PALAIS DES NATIONS") will do
#: too.
_SEATS = frozenset(s.casefold() for s in (
    "United Nations", "UN", "United Nations Headquarters", "UN Headquarters",
    "Nations Unies", "Organisation des Nations Unies", "ONU", "Siège de l'ONU",
    "Siège des Nations Unies", "Naciones Unidas", "Sede de las Naciones Unidas",
    "Organización de las Naciones Unidas", "Организация Объединенных Наций",
    "Организация Объединённых Наций", "ООН", "Штаб-квартира ООН", "联合国", "联合国总部",
    "الأمم المتحدة", "مقر الأمم المتحدة"))


def seat_and_city(place: str) -> bool:
    """Whether a dateline's place is a seat, the UN's or a site's, then its city, a comma
    between ("UNITED NATIONS, New York", "NACIONES UNIDAS, Nueva York", «ОРГАНИЗАЦИЯ
    ОБЪЕДИНЕННЫХ НАЦИЙ, Нью-Йорк», «联合国，纽约», «الأمم المتحدة، نيويورك», "PALAIS DES NATIONS,
    Geneva"), a country after it or not: a place, though the gazetteer knows no "United
    Nations" (the undated dateline had stayed in the text, while "NEW YORK—" was read, and the
    same place with a date). The city must be one ``data/places.json`` knows; "HEALTH ALERT,
    Geneva" is no seat."""
    from transpub.namefind import is_place_name  # (only for such a place)

    seat, *others = [p.strip() for p in re.split(r"[,،，、]", place)]
    words = {w.strip(".'’").casefold() for w in seat.split()}
    if not others or len(others) > 2 or not (seat.casefold() in _SEATS or words & _PLACE_WORDS):
        return False
    city = re.sub(r"\s*(?:\([^()]{1,60}\)|（[^（）]{1,60}）)$", "", others[0])
    return any(is_place_name(city, code, countries=False)
               for code in ("en", "fr", "es", "ru", "zh", "ar")) and all(
        any(is_place_name(other, code) for code in ("en", "fr", "es", "ru", "zh", "ar"))
        for other in others[1:])


def _known_anywhere(place: str) -> bool:
    """Whether ``place`` is a place ``data/places.json`` knows in one of the six languages."""
    from transpub.namefind import is_place_name  # (only for such a line)

    return any(is_place_name(place, lang, countries=False)
               for lang in ("zh", "ar", "ru", "fr", "es", "en"))


def _known_capitals(head: str) -> bool:
    """Whether a place in capitals of other letters than English's («ВЕНА», «GENÈVE») is a
    known place in one of the six languages: capitals opening a Russian or French sentence
    before a dash are as often an acronym («ООН – …», «ONU – …») or a shouted word, which the
    English list of the UN's bodies (``_BODIES``) does not hold."""
    from transpub.namefind import is_place_name  # (only for such a line)

    return any(is_place_name(head, lang, countries=False) for lang in ("ru", "fr", "es", "en"))


def place_dateline(text: str, date: dt.date, date_text: str) -> Dateline | None:
    """A dateline of the place alone (``place_only``, in title case too) dated by the page's
    date (the header's, the page's publication date): "ROME (FAO) – The…" under "5 June
    2024". A service named in its bracket is the attribution, as before a date
    (``service_before``: it had stayed in the place, «ROME (FAO)», and every page wrote it
    before the date); a country or region stays the place's ("Bangkok (Thailand) – …")."""
    found = place_only(text, titled=True)
    if found is None:
        return None
    place, rest = found
    place, attribution = service_before(place) or (place, "")
    return Dateline(place, date, date_text, rest, attribution)


def undated_dateline(text: str, lang: str, joined: bool = False) -> Dateline | None:
    """A dateline that names its place and no date, in a release that gives no date anywhere:
    a place on a line of its own under the headline ("Vienna, Austria", the IAEA's, the text
    under it: ``rest`` empty), or opening the text before a dash ("ROME (FAO) – The…",
    "GENEVA – The…"; in title case too, "Geneva – At least…"), a service in the bracket being
    the attribution (``service_before``). No date vouches for the place, so its name must be
    one ``data/places.json`` or CLDR knows ("Vienna", "ROME", "Dar es Salaam", "Austria"), and
    what follows it after a comma or a slash a place or country too, or capitalised words
    ("NAIROBI, Kenya", "Goma, North Kivu", "NEW YORK/GENEVA"): a heading ("Key Findings"), a
    name ("UNICEF – The agency…") or a sentence's first words is none. ``date`` is None.
    Places joined by hyphens ("Vienna-Beirut", ``_places_joined``) are the place only before
    a dash or with a service's bracket, or, ``joined``, beside a date (ESCWA's «فيينا-بيروت»
    by its date line): alone under a headline, "Paris-Dakar", «بيروت-دمشق», «Москва-Пекин»
    is a route's or a rally's, the text's (it had been the place, the release undated)."""
    stripped = " ".join(text.split())
    found = place_only(stripped, titled=True)
    place, rest = found if found is not None else (stripped, "")
    place, attribution = service_before(place) or (place, "")
    if not _known_place(place, lang, joined or bool(rest) or bool(attribution)) \
            and not seat_and_city(place):
        return None
    return Dateline(place, None, "", rest, attribution)


def _known_place(place: str, lang: str, joined: bool = True) -> bool:
    """Whether ``place`` (its region's bracket aside: "Goma (North Kivu)") is a known place's
    name, then places, countries or capitalised words after commas or slashes; ``joined``:
    or known places joined by hyphens (``_places_joined``)."""
    from transpub.namefind import is_place_name  # (only when a release gives no date)

    bare = re.sub(r"\s*(?:\([^()]{1,60}\)|（[^（）]{1,60}）)$", "", place)
    if not bare or len(bare) > 60 or re.search(r"[.!?:;…\d\"“”«»]", bare):
        return False
    # (a country alone is no dateline's place: "Afghanistan" under a headline may be a tag)
    first, *others = [p.strip() for p in re.split(r"[,/،，、]", bare)]
    if len(others) > 2 or not (is_place_name(first, lang, countries=False) or (
            joined and _places_joined(first, lang))):
        return False
    return all(is_place_name(other, lang) or (
        other and len(other.split()) <= 3 and all(w[:1].isupper() for w in other.split()))
        for other in others)


def _places_joined(text: str, lang: str) -> bool:
    """Two or three known places joined by hyphens, a release issued from both ("Vienna-Beirut",
    «فيينا-بيروت», "NEW YORK-GENEVA"); "Guinea-Bissau", "Port-au-Prince" are one place's
    name, read whole before."""
    from transpub.namefind import is_place_name

    parts = [p.strip() for p in re.split(r"\s?[-‐–]\s?", text)]
    return 2 <= len(parts) <= 3 and all(
        p and is_place_name(p, lang, countries=False) for p in parts)


#: The UN system's acronyms, which open a sentence in capitals and a dash as a place does
#: ("UNICEF – The agency…"): no place.
_BODIES = frozenset("""UN UNICEF UNHCR UNDP WHO FAO ILO WFP UNEP UNFPA UNESCO UNODC UNOCT OCHA
    IOM ITU WMO IAEA IFAD UNIDO UNCTAD UNAIDS UNOPS UNRWA UNITAR UNU ESCAP ECLAC ECA ESCWA ECE
    OHCHR DPPA DPO DESA UPU ICAO IMO WIPO UNWTO OPCW CTBTO UNFCCC WTO IMF UNDRR UNIS INCB CTED
    UNAOC UNOOSA DGC UNMAS MINUSMA MONUSCO UNMISS UNAMA UNAMI UNSMIL UNFICYP UNIFIL""".split())


class DatelineYear(NamedTuple):
    """What ``year_from_text`` found for a dateline written without its year."""

    year: int | None
    """The year the text gives it; None when it gives none (or the dateline has its year)."""
    at: int
    """Which of the ``first`` blocks holds the year-less dateline; -1 for none."""
    date_text: str
    """The dateline's date as written ("14 December"); "" for none."""
    refused: str
    """Why the text's full date of that day gave no year ("«14 December 1950» is a past
    event's (created)"); "" when there is no such date, or it gave the year."""

    def note(self, line: int) -> str:
        """The output's line for a year-less dateline left in the text: the user sets it."""
        why = self.refused or "nor a full date of that day in the text"
        return (f"line {line}: the dateline «{self.date_text}» has no year, and the release "
                f"gives none (no date in its header or metadata, no page date; {why}): no "
                "release date taken from it, the dateline left in the text (write its year and "
                "import it again)")


#: the words of a sentence recounting an origin, and of an anniversary: a full date in such a
#: sentence is a past event's ("UNHCR was created on 14 December 1950"), whatever its day.
#: (Whole words in the scripts with spaces; a part of a word in Chinese, and in Arabic, whose
#: words take their article and conjunctions glued)
_ORIGIN_WORDS = {
    "en": r"created|founded|established|adopted|signed|born|since|inception|set\s+up"
          r"|anniversary",
    "fr": r"cré(?:é|ée|és|ées|ation)|fond(?:é|ée|és|ées|ation)|établi(?:e|s|es)?"
          r"|institu(?:é|ée|és|ées)|adopt(?:é|ée|és|ées)|sign(?:é|ée|és|ées)|née?|depuis"
          r"|anniversaire",
    "es": r"cread[oa]s?|creación|fundad[oa]s?|fundación|establecid[oa]s?|instituid[oa]s?"
          r"|adoptad[oa]s?|firmad[oa]s?|nacid[oa]|desde|aniversario",
    "ru": r"созда\w*|основан\w*|учрежд\w*|учреждён\w*|принят\w*|подписан\w*|родил\w*"
          r"|годовщин\w*|юбиле\w*",
    "zh": r"成立|创立|创建|设立|通过|签署|出生|以来|周年",
    "ar": r"أنشئ|أُنشئ|إنشاء|تأسس|تأسيس|اعتمد|منذ|ذكرى|ولد",
}
#: the verbs of an event that has taken place and lasts ("entered into force", "took effect",
#: "began": "The Convention, adopted by…, entered into force on 22 April 1954" had dated a
#: release of 22 April 1954, t66/hA finding A): a past event's, unless the text says the event
#: is the release's own news (``year_from_text``: "entered into force today, 1 August 2010")
_EVENT_VERBS = {
    "en": r"entered\s+into\s+force|came\s+into\s+(?:force|effect)|took\s+effect|began",
    "fr": r"entrée?s?\s+en\s+vigueur|pris\s+effet|commencé(?:e|s|es)?",
    "es": r"entr(?:ó|aron|ada)\s+en\s+vigor|surtió\s+efecto|comenzó|empezó",
    "ru": r"вступ(?:ил|ила|ило|или|ление|ления)\s+в\s+силу|начал(?:ся|ась|ось|ись)",
    "zh": r"生效",
    "ar": r"حيز النفاذ|حيز التنفيذ",
}
_PAST_EVENT_WORDS = {lang: _ORIGIN_WORDS[lang] + "|" + verbs
                     for lang, verbs in _EVENT_VERBS.items()}
#: the words of an anniversary: a release that marks one names its origin's date, the same day
_ANNIVERSARY_WORDS = {"en": "anniversary", "fr": "anniversaire", "es": "aniversario",
                      "ru": r"годовщин\w*|юбиле\w*", "zh": "周年", "ar": "ذكرى"}
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a sentence's end, in any of the six languages' punctuation
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|[。！？]")


@functools.cache
def _word_re(words: str, lang: str) -> re.Pattern[str]:
    bounded = lang not in ("zh", "ar")
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)" if bounded else words, re.IGNORECASE)


#: where a clause ends within a sentence: a comma, semicolon, colon, bracket or dash, in the
#: six languages' punctuation. An origin's word governs the date of its own clause only: "it
#: was established in 1990, it met on 14 December 2011", "decided…, which it established on 30
#: April 2004" leave the other date the release's
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]–—，、；：（）،؛]|\s-\s")


@functools.cache
def _other_time_re(lang: str) -> re.Pattern[str] | None:
    """A time an origin's word may govern instead of a full date after it: a weekday or a day
    named from the release's ("The session that began on Monday closed on 22 April 2010" is
    the closing's date, t66/hF C2; a year is one too, ``_YEAR_RE``). None for a language
    without weekday names."""
    base = lang.split("_")[0].split("-")[0]
    relative = [pattern.pattern for _offset, pattern in datefind.relative_day_patterns(base)]
    if base == "zh":
        days = [r"(?:星期|礼拜|周)[一二三四五六日天]"]
    elif base == "ru":  # (the cases after «в», «во», «с», «до»; not «среда», "environment")
        days = [r"(?<!\w)(?:понедельник|вторник|четверг|пятниц|суббот|воскресень)\w*",
                r"(?<!\w)среду(?!\w)"]
    else:
        try:
            names = Locale.parse(base).days["format"]["wide"].values()
        except (ValueError, TypeError):
            return None
        edges = ("", "") if base == "ar" else (r"(?<!\w)", r"(?!\w)")
        days = [edges[0] + "(?:" + "|".join(re.escape(name) for name in names) + ")" + edges[1]]
    return re.compile("|".join(f"(?:{p})" for p in [*days, *relative]), re.IGNORECASE)


class _Marks:
    """A text's sentence ends, clause breaks, years and other times (``_other_time_re``) and
    origin's words, each found once in one pass over it, for ``_past_event`` to look up around
    each date by bisection: each date had scanned the text from its start for them again (a
    sentence naming the dateline's day 4,000 times took 24 s to import; t66/hA finding F)."""

    def __init__(self, text: str, words: re.Pattern[str],
                 times: re.Pattern[str] | None = None,
                 today: re.Pattern[str] | None = None) -> None:
        self.text, self.size = text, len(text)
        self.sentence_ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
        breaks = [m.span() for m in _CLAUSE_BREAK_RE.finditer(text)]
        self.break_starts = [start for start, _end in breaks]
        self.break_ends = [end for _start, end in breaks]
        spans = sorted([m.span() for m in _YEAR_RE.finditer(text)]
                       + ([m.span() for m in times.finditer(text)] if times else []))
        years: list[tuple[int, int]] = []
        for span in spans:  # (one nested in another is that one: ends in order, for bisection)
            if not years or span[0] >= years[-1][1]:
                years.append(span)
        self.year_starts = [start for start, _end in years]
        self.year_ends = [end for _start, end in years]
        found = list(words.finditer(text))
        self.word_starts = [m.start() for m in found]
        self.word_ends = [m.end() for m in found]
        self.words = [m.group(0) for m in found]
        self.today_ends = [m.end() for m in today.finditer(text)] if today else []

    def today_before(self, start: int) -> bool:
        """Whether a word naming the release's day stands right before ``start`` ("today, 1
        August 2010", «aujourd’hui, 1er août 2010», «今天，即2010年8月1日»)."""
        last = bisect.bisect_right(self.today_ends, start) - 1
        return last >= 0 and self.bare(self.today_ends[last], start)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence holding ``start``-``end`` begins and ends."""
        before = bisect.bisect_right(self.sentence_ends, start) - 1
        after = bisect.bisect_left(self.sentence_ends, end + 1)
        return (self.sentence_ends[before] if before >= 0 else 0,
                self.sentence_ends[after] if after < len(self.sentence_ends) else self.size)

    def clause_start(self, at: int, begin: int) -> int:
        """The end of the last clause break before ``at``, ``begin`` for none after it."""
        last = bisect.bisect_right(self.break_ends, at) - 1
        return self.break_ends[last] if last >= 0 and self.break_starts[last] >= begin \
            else begin

    def clause_end(self, at: int, stop: int) -> int:
        """The start of the first clause break from ``at``, ``stop`` for none before it."""
        first = bisect.bisect_left(self.break_starts, at)
        return self.break_starts[first] if first < len(self.break_starts) \
            and self.break_ends[first] <= stop else stop

    def bare(self, start: int, end: int) -> bool:
        """Whether ``start``-``end`` is at most a short word ("on", «el», «в», «في»): the rest
        of a date's clause (a longer stretch is no bare one; not sliced out, each date's)."""
        return end - start <= _BARE_MOST and _bare(self.text[start:end])

    def year_between(self, start: int, end: int) -> bool:
        """Whether a year (or another time) stands wholly within ``start``-``end``."""
        first = bisect.bisect_left(self.year_starts, start)
        return first < len(self.year_starts) and self.year_ends[first] <= end

    def word_before(self, left: int, start: int) -> str:
        """The first origin's word within ``left``-``start`` with no year or other time after
        it up to ``start``, but the date's own ("on Monday, 22 April 2010"; "today, 14 October
        2010"); "" for none."""
        last_year = bisect.bisect_right(self.year_ends, start) - 1
        if last_year >= 0 and self.bare(self.year_ends[last_year], start):
            last_year -= 1
        after = self.year_starts[last_year] if last_year >= 0 else -1
        first = max(bisect.bisect_left(self.word_starts, left),
                    bisect.bisect_right(self.word_ends, after))
        return self.words[first] if first < len(self.words) \
            and self.word_ends[first] <= start else ""

    def word_after(self, end: int, right: int) -> str:
        """The first origin's word within ``end``-``right``, with no year between; ""."""
        first = bisect.bisect_left(self.word_starts, end)
        return self.words[first] if first < len(self.words) \
            and self.word_ends[first] <= right \
            and not self.year_between(end, self.word_starts[first]) else ""


def _past_event(marks: _Marks, start: int, end: int) -> str:
    """The word that makes the full date at ``start``-``end`` of a text (its ``marks``) a past
    event's ("created" in "UNHCR was created on 14 December 1950 by…"): one in the date's own
    clause, with no other year or time between it and the date ("established in 1990 and
    met on 14 December 2011", "The session that began on Monday closed on 22 April 2010" are
    the meeting's and the closing's); "" for none. A clause before the date's is not its own:
    "The Committee, which was established by the Convention, held its meeting on 22 April
    2010" describes the subject (200aec3 had let such a word govern the sentence's dates,
    t66/hF C2), and "The Convention, adopted by…, entered into force on 22 April 1954" is a
    past event by its own clause's verb. A date standing alone between clause breaks is in
    apposition, and the clauses either side of it are its own ("created, on 14 December
    1950, by…"; "On 14 December 1950, the General Assembly created UNHCR")."""
    begin, stop = marks.sentence(start, end)
    left, right = marks.clause_start(start, begin), marks.clause_end(end, stop)
    if marks.bare(left, start) and marks.bare(end, right):
        left = marks.clause_start(max(left - 1, begin), begin)
        right = marks.clause_end(min(right + 1, stop), stop)
    return marks.word_before(left, start) or marks.word_after(end, right)


#: the longest stretch ``_bare`` reads: a short word and the blanks around it
_BARE_MOST = 40


def _bare(words: str) -> bool:
    """Whether the rest of a date's clause is at most a short word ("on", «el», «в», «في»)."""
    return len(words.split()) <= 1 and len(words.strip()) <= 4


def year_from_text(first: Sequence[str], texts: Iterable[str], lang: str,
                   head: Sequence[str] = ()) -> DatelineYear:
    """The year of a dateline written without one ("VIENNA, 12 May (UN Information Service)
    -- The…", in one of the ``first`` blocks) when no header gives it: the year of the text's
    full dates with that day and month ("… the session that opened on 12 May 2003"), when
    they agree on one and the date is the release's. It is not when it is a past event's:
    its sentence recounts an origin ("UNHCR was created on 14 December 1950", "adopted",
    "since", «creado», «основан», «成立», «أنشئ»: ``_PAST_EVENT_WORDS``) or the text marks an
    anniversary (which falls on its origin's day: the ACNUR's 60th anniversary release of 14
    December 2010 had been dated 1950). An origin's word governs a date of its own clause
    (``_past_event``); a past event's verb ("entered into force", "took effect", "began") is
    such a word too. Nor is it when the date is more
    than a year before another full date of the text, or before a year the head names
    (``_long_after``: history the release recalls). Nor is it when ``head``, the headline and
    the blocks above
    the dateline, names years and not that one, unless the dateline's own block gives that
    date ("GENEVA, 14 December – … said on 14 December 2010 that it expected…" under "…
    expected in 2011"). The year is None then (the dateline stays text, as a dateline with no
    year anywhere does, and ``DatelineYear.note`` says so), and when there is no such date, or
    two years; ``at`` is -1 when there is no year-less dateline."""
    months, pattern, _alone, anywhere = _date_patterns(lang)
    base = lang.split("_")[0].split("-")[0]
    words = _word_re(_PAST_EVENT_WORDS[base], base) if base in _PAST_EVENT_WORDS else None
    verbs = _word_re(_EVENT_VERBS[base], base) if base in _EVENT_VERBS else None
    today = next((pattern for offset, pattern in datefind.relative_day_patterns(base)
                  if offset == 0), None)
    texts = list(texts)
    for index, text in enumerate(first):
        match = pattern.match(text) if dateline(text, lang, 2000) else None
        if match is None or match.group("iso") or match.group("num") \
                or _day_month_year(match, months)[2]:
            continue
        day, month, _year = _day_month_year(match, months)
        written = match.group("date")
        # (each date of that day: as written, its year, its origin's word, whether it is in
        # the dateline's own block, and whether "today" stands before it; each text's marks
        # found once, ``_Marks``)
        dates: list[tuple[str, int, str, bool, bool]] = []
        # (the text's full dates, any day: date, as written, which text, where)
        others: list[tuple[dt.date, str, int, int, int]] = []
        for number, t in enumerate(texts):
            marks: _Marks | None = None
            own = t.strip() == text.strip()
            # (where the dateline's lead sentence starts in ``t``: its text after the dash)
            lead = t.find(text.strip()) + match.start("rest") - (len(text) - len(text.lstrip())) \
                if own else -1
            for m in anywhere.finditer(t):
                if (date := _date_of(m, months, lang=lang)) is None:
                    continue
                others.append((date, m.group(0), number, m.start(), m.end()))
                if (date.month, date.day) != (month, day):
                    continue
                if marks is None and words is not None:
                    marks = _Marks(t, words, _other_time_re(base), today)
                word, now = "", False
                if marks is not None:
                    word = _past_event(marks, m.start(), m.end())
                    now = marks.today_before(m.start())
                    # (the release's own news, t66/hF C1: "today" before the date says it
                    # whatever the word; the dateline's lead sentence giving its day's date
                    # says it of an event's verb, "GENEVA, 1 August – The Convention entered
                    # into force on 1 August 2010", not of an origin's word)
                    if now or (word and 0 <= marks.sentence(m.start(), m.end())[0] <= lead
                               and verbs is not None and verbs.fullmatch(word)):
                        word = ""
                dates.append((m.group(0), date.year, word, own, now))
        years = {year for _said, year, *_rest in dates}
        if len(years) != 1:
            return DatelineYear(None, index, written, "")
        said, year, *_rest = dates[0]
        past = next((word for _said, _year, word, *_rest in dates if word), "")
        # (an anniversary's release names its origin's day; not as "today, 14 December 2010")
        if not past and not any(now for *_rest, now in dates) \
                and (anniversary := _ANNIVERSARY_WORDS.get(base)):
            marked = _word_re(anniversary, base).search("\n".join([*texts, *head]))
            past = marked.group(0) if marked else ""
        if past:
            return DatelineYear(None, index, written, f"«{said}» in the text is a past "
                                                      f"event's ({past})")
        stated = {int(y) for t in [*head, *first[:index]] for y in _YEAR_RE.findall(t)}
        if (later := _long_after(dt.date(year, month, day), others, texts, base, stated)):
            return DatelineYear(None, index, written, f"«{said}» in the text is more than a "
                                                      f"year before {later}")
        # (the dateline's own paragraph repeating its day with the year is the release's
        # date whatever year the headline names: "… expected in 2011" looks ahead)
        if stated and year not in stated and not any(own for *_rest, own, _now in dates):
            return DatelineYear(None, index, written, f"«{said}» in the text disagrees with "
                                                      f"the year the head names, "
                                                      f"{min(stated)}")
        return DatelineYear(year, index, written, "")
    return DatelineYear(None, -1, "", "")


def _long_after(date: dt.date, others: Sequence[tuple[dt.date, str, int, int, int]],
                texts: Sequence[str], lang: str, years: set[int]) -> str:
    """What, of the text's full dates (``others``: each as written, in which of ``texts``,
    where) and the years its head names, stands more than a year after ``date``, a full date
    of a year-less dateline's day in the text: "its «3 May 2010»", "the year the head names,
    2024"; "" for neither. Such a date is history the release recalls ("entered into force on
    22 April 1954" in a release of 2010), no evidence of its year, whatever verb says it. A
    date the text looks ahead to is no evidence against it ("will review the plan on 30 June
    2012", a deadline "by 30 June 2012": ``_ahead``; 200aec3 had taken any, t66/hF C3), nor is
    a head naming the day's year with a later one ("Plan for 2010-2015")."""
    later = sorted((other for other in others if (other[0] - date).days > 366), reverse=True)
    spans: dict[int, list[int]] = {}  # (each text's dates' starts and ends, in order)
    for _date, _said, number, start, end in others:
        spans.setdefault(number, []).extend((start, end))
    marks: dict[int, _Marks] = {}  # (each text's, found once)
    for _later, said, number, start, end in later:
        if number not in marks:
            marks[number] = _Marks(texts[number], _NONE_RE)
        if not _ahead(marks[number], start, end, spans[number], lang):
            return f"its «{said}»"
    return f"the year the head names, {max(years)}" \
        if years and date.year not in years and max(years) > date.year + 1 else ""


#: the words of a time the text looks ahead to, in the clause before the date (a future
#: tense, a plan, an expectation) or right before it (a deadline: "by", «d'ici», «hasta», «до»,
#: «حتى»); Chinese's after it too («2012年6月30日前»). (Russian's perfective future has no
#: mark of its own: the verbs a release says of its next steps)
_AHEAD_WORDS = {
    "en": r"will|shall|would|'ll|is\s+to|are\s+to|to\s+be|scheduled|planned|plans?\s+to"
          r"|expected|due|set\s+to|next|upcoming|forthcoming|deadline|intends?\s+to",
    "fr": r"(?!vrai|front|extra|ultra|contra)\w{2,}r(?:ai|as|a|ons|ez|ont)|prévu\w*"
          r"|prochaine?s?|doi(?:t|vent)|devr\w*|va|vont",
    "es": r"\w{2,}(?:ré|rás|rá|remos|réis|rán)|previst[oa]s?|prevé|próxim[oa]s?|deben?"
          r"|van?\s+a",
    "ru": r"буд(?:ет|ут|ем)|состоя(?:тся|ится)|планир\w*|запланирован\w*|намечен\w*"
          r"|предстоящ\w*|ожида\w*|следующ\w*|долж\w*"
          r"|(?:рассмотр|провед|прим|откро|начн|заверш|вступ|представ|собер|подпиш|обсуд"
          r"|утверд|продл|истеч|законч|пройд)\w*(?:ит|ят|ет|ёт|ут|ют)(?:ся)?",
    "zh": r"将于|将在|将会|将要|将举行|将召开|预计|预定|计划于|计划在"
          r"|拟于|定于|届时|即将|下次|下一次",
    "ar": r"سوف|من المقرر|المقرر|المزمع|يعتزم|تعتزم|القادم|المقبل"
          r"|(?<!\w)[وف]?س[يتن](?:عقد|نظر|بدأ|دخل|قدم|صدر|ستعرض|نظم|تم|كون|جتمع|صبح|ناقش"
          r"|عتمد|ستمر|نتهي)\w*",
}
_AHEAD_RIGHT_BEFORE = {
    "en": r"(?:by|until|till|before|through)\W*(?:the\s+)?$",
    "fr": r"(?:d['’]ici|jusqu['’](?:au|à)|avant)\W*(?:le\s+|la\s+|au\s+)?$",
    "es": r"(?:hasta|a\s+más\s+tardar|antes\s+del?)\W*(?:el\s+)?$",
    "ru": r"(?<!\w)(?:до|к|не\s+позднее|не\s+позже)\s*$",
    "zh": r"(?:截至|截止|到|至)\s*$",
    "ar": r"(?:حتى|بحلول|قبل)\s*$",
}
_AHEAD_AFTER = {"zh": r"\s*(?:之前|以前|前|为止|截止)"}


def _ahead(marks: _Marks, start: int, end: int, dates: Sequence[int], lang: str) -> bool:
    """Whether the full date at ``start``-``end`` of a text (its ``marks``) is one the text
    looks ahead to (``_AHEAD_WORDS``), its clause read from the date before it to the next
    (``dates``: the text's dates' starts and ends, in order): "met on 22 April 2010 and will
    review the plan on 30 June 2012", «et examinera le plan le 30 juin 2012», «и рассмотрит
    план 30 июня 2012 года»."""
    if lang not in _AHEAD_WORDS:
        return False
    text = marks.text
    begin, stop = marks.sentence(start, end)
    at = bisect.bisect_left(dates, start)  # (the previous date's end, the next one's start)
    left = max(marks.clause_start(start, begin), dates[at - 1] if at else 0)
    right = min(marks.clause_end(end, stop), dates[at + 2] if at + 2 < len(dates) else stop)
    before = text[left:start]
    return bool(_word_re(_AHEAD_WORDS[lang], lang).search(before + " " + text[end:right])
                or _ahead_re(_AHEAD_RIGHT_BEFORE[lang]).search(before)
                or (lang in _AHEAD_AFTER and _ahead_re(_AHEAD_AFTER[lang]).match(text, end)))


@functools.cache
def _ahead_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NONE_RE = re.compile(r"(?!)")


#: a sentence's end, and another's start: a block of more than one sentence
_TWO_SENTENCES_RE = re.compile(r"[a-z]{2}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def opening(texts: Sequence[tuple[str, bool]], lang: str, year: int | None,
            last: int) -> tuple[int, Dateline | None]:
    """Which of a body's first blocks opens with the dateline, and ``dateline``'s parts: the
    first, or the one after a subtitle or two (as "Developing Countries to be Provided Office
    Space at UN" stands between the headline and "VIENNA, 12 May (UN Information Service) --",
    or a one-sentence summary above the dateline: up to 300 characters each; they become
    subheadings, so that the dateline opens the first paragraph as the builder writes it).
    ``texts``: each block's text and whether it may hold one (a heading may not); ``last``:
    the index of the body's last block. (0, None) when none there does, and when the one
    found is a place and date on a line of their own closing a short text ("New York, 5
    December 2020" under a statement's last paragraph, or above its contacts: the last block,
    or under a block of more than one sentence, which is no summary)."""
    for index, (text, may) in enumerate(texts):
        found = dateline(text, lang, year) if may else None
        if found and index and not found[3] and (
                index == last or any(_TWO_SENTENCES_RE.search(t) for t, _ in texts[:index])):
            return 0, None
        if found:
            return index, found
        if len(text) > 300:
            break
    return 0, None
