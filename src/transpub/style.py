"""House style per language: how a date and a dateline are written, on top of babel's CLDR data.

UN practice differs from CLDR's defaults in places (English is day-month-year, Russian writes out
«года», Arabic pairs the Levantine and the Egyptian month name). These differences are data here,
not code, and every field can be changed per language in ``transpub.toml`` under ``[style.<lang>]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from transpub.errors import ConfigError
from transpub.languages import babel_id
from transpub.picklefast import by_fields

if TYPE_CHECKING:
    from babel import Locale

#: The month names of current UN Arabic: Levantine name / Egyptian-style name. CLDR's ``ar`` has
#: the second half only, and spells June and July يونيو/يوليو where the UN writes يونيه/يوليه.
UN_ARABIC_MONTHS: tuple[str, ...] = (
    "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
    "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)


@by_fields  # sent to check workers (picklefast)
@dataclass(frozen=True, slots=True)
class HouseStyle:
    """How one language writes dates and datelines."""

    locale: str
    """The babel locale whose CLDR data formats the date (``en_GB`` for UN English)."""
    date: str = "long"
    """A CLDR date pattern (``d MMMM y``) or one of babel's names: short, medium, long, full."""
    months: tuple[str, ...] = ()
    """Twelve month names replacing CLDR's ``MMMM`` (empty: CLDR's)."""
    first_day: str = ""
    """How day 1 is written, when it differs from the number (French ``1er``)."""
    dateline: str = "{place}, {date} – "
    """The dateline that opens the first paragraph; ``{place}`` and ``{date}`` are filled in."""
    attribution: str = " ({attribution})"
    """How the dateline's attribution is written, right after the date ("VIENNA, 12 May 2024
    (UN Information Service) – ", as the release writes it); ``{attribution}`` is filled in.
    Chinese sets the brackets full width, as it sets all its punctuation (UN-STYLE)."""
    spacing: str = ""
    """How a page spaces a translation's punctuation: ``french`` makes the space before « : ; !
    ? » %, after «, and between a number's groups of three digits a no-break space (U+00A0,
    as the UN's French texts write it), so that no line of a page starts with the mark or
    splits a number (a phone's width had put «:» and «»» on lines of their own); the
    translator's own no-break spaces stay. ``""``: the text as translated."""

    def format_date(self, day: dt.date) -> str:
        """Render ``day`` in this style.

        >>> HouseStyle("ru", "d MMMM y 'года'").format_date(dt.date(2020, 12, 9))
        '9 декабря 2020 года'
        >>> DEFAULT_STYLES["fr"].format_date(dt.date(2021, 6, 1))
        '1er juin 2021'
        """
        return _format(self, day)

    def undated(self) -> tuple[str, str]:
        """What a dateline with a place and no date writes before and after the place (the
        attribution, if any, right after it): ``dateline`` without the date and what stands
        between it and the place, so that each language keeps its own punctuation around
        the place ("ROME – The…", «罗马——», «روما – »).

        >>> HouseStyle("en").undated()
        ('', ' – ')
        >>> DEFAULT_STYLES["zh"].undated()
        ('', '——')
        >>> HouseStyle("en", dateline="{date}, {place}: ").undated()
        ('', ': ')
        """
        template = self.dateline
        place, date = template.find("{place}"), template.find("{date}")
        if place < 0 or date < 0:  # (a style naming one of them only: what frames it)
            head, _, tail = template.replace("{place}", "{date}").partition("{date}")
            return head, tail.replace("{place}", "").replace("{date}", "")
        if place < date:
            return template[:place], template[date + len("{date}"):]
        return template[:date], template[place + len("{place}"):]

    def spaced(self, text: str) -> str:
        """``text`` spaced as ``spacing`` says.

        >>> DEFAULT_STYLES["fr"].spaced("« Oui » : 1 200 000 personnes ; 10 %")
        '«\xa0Oui\xa0»\xa0: 1\xa0200\xa0000 personnes\xa0; 10\xa0%'
        >>> DEFAULT_STYLES["fr"].spaced("terminé\xa0 ! «\xa0 Non »")  # (one space, not two)
        'terminé\xa0! «\xa0Non\xa0»'
        """
        if self.spacing != "french" or " " not in text:
            return text
        if not (":" in text or ";" in text or "!" in text or "?" in text or "»" in text
                or "«" in text or "%" in text or "‰" in text
                or any(map(text.__contains__, _SPACE_DIGITS))):
            return text  # (most sentences: a few searches in C, not the expression's ~7 us)
        return _FRENCH_SPACES.sub("\u00a0", text)


@lru_cache(maxsize=4096)
def _format(style: HouseStyle, day: dt.date) -> str:
    """One date in one style, remembered: a build formats each release's date once per
    language for its pages and again for the index pages, and babel's formatter is slow."""
    return _render(style, day, _HELD.get(style) or _locale(style.locale))


def _render(style: HouseStyle, day: dt.date, locale: Locale) -> str:
    from babel.dates import format_date  # here: a build with nothing to do formats no date

    pattern = style.date
    if pattern in {"short", "medium", "long", "full"}:
        return format_date(day, pattern, locale=locale)
    if style.months:
        pattern = _replace_field(pattern, "MMMM", _quote(style.months[day.month - 1]))
    if style.first_day and day.day == 1:
        pattern = _replace_field(pattern, "d", _quote(style.first_day))
    return format_date(day, pattern, locale=locale)


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    """babel's ``Locale`` for ``name``, made once: given a name, ``format_date`` parses it
    again and asks the file system whether its data file exists, every call (6,000 calls in a
    fresh build of 1,000 releases; its data are loaded lazily either way)."""
    from babel import Locale

    return Locale.parse(name)


#: Locales that hold only the CLDR data their style's dates read (``hold``), by style.
_HELD: dict[HouseStyle, Locale] = {}


def hold(style: HouseStyle) -> None:
    """Format ``style``'s dates from now on with a ``Locale`` that holds only the CLDR data
    its pattern reads (for most, the month names), made now from babel's whole locale.

    A check renders the expected date of every date not in house style (TP201-TP203), and its
    processes let go of babel's data before its workers fork (``checker._drop_cldr``): each
    process then loaded it all again for that, babel's global data, the root locale and each
    language's (~6 MB a process on a corpus whose dates were left untranslated). The data
    kept are the top-level CLDR keys that formatting a day of each month (the 1st and the
    2nd: ``first_day``) read, and they are kept only if they format those days as the whole
    locale does (an alias into another key would not): otherwise the style keeps the whole
    locale, loaded again when needed."""
    if style in _HELD:
        return
    from babel import Locale
    from babel.localedata import LocaleDataDict, load

    read: set[Any] = set()

    class Reading(LocaleDataDict):
        def __getitem__(self, key: Any) -> Any:
            read.add(key)
            return super().__getitem__(key)

    class Fixed(Locale):
        """babel's ``Locale`` of the same name, over the data it is given."""

        def __init__(self, like: Locale, data: LocaleDataDict) -> None:
            super().__init__(like.language, like.territory, like.script, like.variant,
                             like.modifier)
            self._fixed = data

        @property
        def _data(self) -> LocaleDataDict:
            return self._fixed

    days = [dt.date(2020, month, day) for month in range(1, 13) for day in (1, 2)]
    try:
        whole = Locale.parse(style.locale)
        data: dict[Any, Any] = load(str(whole))
        expected = [_render(style, day, Fixed(whole, Reading(data))) for day in days]
        held = Fixed(whole, LocaleDataDict({key: data[key] for key in read if key in data}))
        if [_render(style, day, held) for day in days] != expected:
            return
    except Exception:  # babel raises several types for bad patterns and locales (``style_for``)
        return  # formatted with the whole locale, which reports the problem where it is met
    _HELD[style] = held


#: A space before a digit: the thousands of a number may be grouped by it
_SPACE_DIGITS = tuple(f" {digit}" for digit in "0123456789")
#: The spaces French typography makes no-break ones (``HouseStyle.spacing``)
#: (each way starts with the space it replaces, the engine looking only where one stands: a
#: third of the time of an expression opening with a look behind or an optional character)
_FRENCH_SPACES = re.compile(
    "[ \u00a0\u202f](?:(?<=[\u00a0\u202f]) (?=[:;!?»%‰])|(?<= )(?=[:;!?»%‰])|(?<=« )[\u00a0\u202f]?"
    "|(?<=«[\u00a0\u202f]) |(?<=\\d )(?=\\d{3}(?!\\d)))")

DEFAULT_STYLES: dict[str, HouseStyle] = {
    "en": HouseStyle("en_GB", "d MMMM y"),
    "fr": HouseStyle("fr", "d MMMM y", first_day="1er", spacing="french"),
    "es": HouseStyle("es", "d 'de' MMMM 'de' y"),
    "ru": HouseStyle("ru", "d MMMM y 'года'"),
    "zh": HouseStyle("zh", "y年M月d日", dateline="{place}，{date}——",
                     attribution="（{attribution}）"),
    "ar": HouseStyle("ar", "d MMMM y", months=UN_ARABIC_MONTHS, dateline="{place}، {date} – "),
}


def style_in(styles: Mapping[str, HouseStyle] | None, lang: str) -> HouseStyle:
    """How ``lang`` writes a date where ``styles`` are the workspace's own house styles
    (``[style.<lang>]``): its own, else the UN's (``style_for``). The build
    (``config.Settings.style``) and the check (``CheckContext.style``, ``checks.warm``) ask
    the same."""
    return (styles or {}).get(lang) or style_for(lang)


def style_for(lang: str, overrides: Mapping[str, Any] | None = None) -> HouseStyle:
    """The house style of ``lang``: the default (or CLDR's long date) plus config overrides."""
    base = DEFAULT_STYLES.get(lang.split("_")[0]) or HouseStyle(babel_id(lang))
    if not overrides:
        return base
    known = {"locale", "date", "months", "first_day", "dateline", "attribution", "spacing"}
    unknown = set(overrides) - known
    if unknown:
        raise ConfigError(f"[style.{lang}]: unknown key(s) {', '.join(sorted(unknown))}")
    values = dict(overrides)
    if values.get("spacing", "") not in ("", "french"):
        raise ConfigError(f"[style.{lang}] spacing: \"french\" or \"\" expected, got "
                          f"{values['spacing']!r}")
    if "{attribution}" not in str(values.get("attribution", "{attribution}")):
        # (without it a dateline's attribution, a unit translated, would never be published)
        raise ConfigError(f"[style.{lang}] attribution: must hold {{attribution}}, got "
                          f"{values['attribution']!r}")
    if "months" in values:
        months = tuple(str(m) for m in values["months"])
        if len(months) != 12:
            raise ConfigError(f"[style.{lang}] months: 12 names expected, got {len(months)}")
        values["months"] = months
    style = replace(base, **values)
    try:
        style.format_date(dt.date(2020, 12, 9))
    except Exception as exc:  # babel raises several types for bad patterns and locales
        raise ConfigError(f"[style.{lang}]: cannot format a date: {exc}") from None
    return style


_FIELD_RE = re.compile(r"'[^']*'|([A-Za-z])\1*")


def _replace_field(pattern: str, field_text: str, literal: str) -> str:
    """Replace a whole unquoted pattern field (``MMMM`` but not ``MMM``; ``d`` but not ``dd``)."""
    def sub(match: re.Match[str]) -> str:
        return literal if match.group(0) == field_text else match.group(0)
    return _FIELD_RE.sub(sub, pattern)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


