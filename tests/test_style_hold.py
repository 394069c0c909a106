"""``style.hold``: a house style's dates written without babel's locale data loaded again.

A check lets go of babel's CLDR data before it forks its workers; each of its processes then
loaded it all again (global data, root, each language: ~6 MB a process) to write the expected
form of a date not in house style (TP201-TP203). A held style formats from the few keys its
pattern reads, kept when the check warms up (``checks.warm``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import babel.core
import babel.localedata
import pytest
from hypothesis import given
from hypothesis import strategies as st

from transpub import style
from transpub.checks.warm import warm
from transpub.style import DEFAULT_STYLES, HouseStyle, hold


def _drop_babel() -> None:
    babel.localedata.clear_caches()
    babel.core._global_data = None


@pytest.fixture
def no_babel_load(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """babel's data let go, and every load of it recorded from now on."""
    _drop_babel()
    loaded: list[str] = []
    real = babel.localedata.load

    def load(name: str, merge_inherited: bool = True) -> dict[str, object]:
        loaded.append(name)
        return real(name, merge_inherited)

    monkeypatch.setattr(babel.localedata, "load", load)
    yield loaded
    style._format.cache_clear()


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    style._HELD.clear()
    style._format.cache_clear()
    style._locale.cache_clear()
    yield
    style._HELD.clear()
    style._format.cache_clear()
    style._locale.cache_clear()


DAYS = [dt.date(year, month, day) for year in (1999, 2024) for month in range(1, 13)
        for day in (1, 2, 9, 31 if month in (1, 3, 5, 7, 8, 10, 12) else 28)]

#: the six defaults, and patterns a workspace may set: weekday, abbreviated and stand-alone
#: months, a named CLDR format, an era, a first day written out, another locale
STYLES = [*DEFAULT_STYLES.values(),
          HouseStyle("en_GB", "EEEE d MMMM y"), HouseStyle("fr", "d MMM y", first_day="1er"),
          HouseStyle("ru", "LLLL y"), HouseStyle("es", "long"), HouseStyle("de", "full"),
          HouseStyle("en", "d MMMM y G"), HouseStyle("ar", "EEEE d MMMM y")]


@pytest.mark.parametrize("house", STYLES, ids=lambda s: f"{s.locale}:{s.date}")
def test_held_style_formats_as_the_whole_locale_without_loading_babel(
        house: HouseStyle, no_babel_load: list[str]) -> None:
    whole = [style._render(house, day, babel.core.Locale.parse(house.locale)) for day in DAYS]
    hold(house)
    assert house in style._HELD
    _drop_babel()
    no_babel_load.clear()
    assert [house.format_date(day) for day in DAYS] == whole
    assert no_babel_load == []  # (the old code loaded the root, the locale and its parents)


def test_held_style_keeps_only_what_its_pattern_reads() -> None:
    hold(DEFAULT_STYLES["fr"])
    held = style._HELD[DEFAULT_STYLES["fr"]]
    assert set(held._data) == {"months"}
    hold(DEFAULT_STYLES["zh"])  # numbers only: no CLDR data at all
    assert set(style._HELD[DEFAULT_STYLES["zh"]]._data) == set()


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
       st.sampled_from(STYLES))
def test_held_and_whole_agree_on_any_day(day: dt.date, house: HouseStyle) -> None:
    whole = style._render(house, day, babel.core.Locale.parse(house.locale))
    hold(house)
    assert style._render(house, day, style._HELD[house]) == whole


def test_a_style_babel_cannot_format_is_not_held() -> None:
    broken = HouseStyle("en", "d MMMMMM y")  # no such field: babel raises ValueError
    hold(broken)
    assert broken not in style._HELD
    hold(HouseStyle("xx_NOWHERE"))  # no such locale: formatted (and refused) as before
    assert len(style._HELD) == 0


def test_warm_holds_the_target_languages_styles_for_the_date_checks(
        no_babel_load: list[str]) -> None:
    langs = ("en", "fr", "es", "ru", "ar", "zh")
    warm(langs, {"TP203"})
    assert {DEFAULT_STYLES[lang] for lang in langs} <= set(style._HELD)
    _drop_babel()
    no_babel_load.clear()
    assert DEFAULT_STYLES["ru"].format_date(dt.date(2020, 12, 9)) == "9 декабря 2020 года"
    assert DEFAULT_STYLES["fr"].format_date(dt.date(2021, 6, 1)) == "1er juin 2021"
    assert no_babel_load == []
    style._HELD.clear()
    warm(langs, {"TP301"})  # no check that writes a date: nothing held
    assert not style._HELD


def test_warm_holds_a_workspaces_own_style_in_place_of_the_uns(
        no_babel_load: list[str]) -> None:
    own = HouseStyle("fr", "d MMM y")  # ``[style.fr] date = "d MMM y"``
    warm(("en", "fr", "ru"), {"TP203"}, {"fr": own})
    assert own in style._HELD and DEFAULT_STYLES["fr"] not in style._HELD
    assert DEFAULT_STYLES["ru"] in style._HELD
    _drop_babel()
    no_babel_load.clear()
    assert own.format_date(dt.date(2020, 12, 9)) == "9 déc. 2020"
    assert no_babel_load == []
