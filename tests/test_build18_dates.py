"""A release's date in a house style, seventeenth round (issue 13): ``style._format`` fills
babel's template of a pattern of days, months and years itself; it must give what babel's
``format_date`` gives (``style._babel_format``, the way every date took before) for every
style, day and pattern, and leave any other field to babel."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub.style import DEFAULT_STYLES, UN_ARABIC_MONTHS, HouseStyle, _babel_format, _format


def _fast(style: HouseStyle, day: dt.date) -> str:
    return _format.__wrapped__(style, day)  # (not the remembered answer)


def test_default_styles_every_fourth_day_and_every_first() -> None:
    day = dt.date(1899, 12, 1)
    seen = 0
    while day < dt.date(2101, 1, 1):
        for style in DEFAULT_STYLES.values():
            assert _fast(style, day) == _babel_format(style, day), (style, day)
            seen += 1
        day += dt.timedelta(days=1 if day.day < 3 else 4)
    assert seen > 100_000


_FIELDS = ["d", "dd", "ddd", "M", "MM", "MMM", "MMMM", "MMMMM", "y", "yy", "yyy", "yyyy",
           "EEEE", "LLLL", "G", "Q"]
_LITERALS = [" ", ".", "/", "-", ", ", "'de'", "'года'", "''", "'a''b'", "%", "%(d)s", "年",
             "'d'", "\u200f"]


@st.composite
def _styles(draw: st.DrawFn) -> HouseStyle:
    parts = draw(st.lists(st.sampled_from(_FIELDS + _LITERALS), min_size=1, max_size=7))
    # (two fields of one letter side by side would read as one longer field)
    pattern = " ".join(parts) if draw(st.booleans()) else "".join(parts)
    locale = draw(st.sampled_from(["en_GB", "fr", "es", "ru", "zh", "ar", "de", "ja"]))
    months = draw(st.sampled_from([(), UN_ARABIC_MONTHS, tuple(f"m'{n}" for n in range(12))]))
    first = draw(st.sampled_from(["", "1er", "1st'"]))
    return HouseStyle(locale, pattern, months=months, first_day=first)


def _same(style: HouseStyle, day: dt.date) -> None:
    try:
        expected = _babel_format(style, day)
    except Exception as exc:  # a bad pattern: the same refusal
        try:
            _fast(style, day)
        except Exception as other:
            assert type(other) is type(exc)
            return
        raise AssertionError(f"{style} {day}: babel refused, the template did not") from None
    assert _fast(style, day) == expected, (style, day)


@settings(max_examples=1500, deadline=None)
@given(_styles(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
@example(HouseStyle("de", "dd.MM.yy"), dt.date(2005, 3, 9))
@example(HouseStyle("en_GB", "yy yyy yyyy"), dt.date(7, 1, 1))
@example(HouseStyle("fr", "d MMMM y", first_day="1er"), dt.date(2021, 6, 1))
@example(HouseStyle("ar", "d MMMM y", months=UN_ARABIC_MONTHS), dt.date(2021, 12, 31))
@example(HouseStyle("ru", "MMM MMMMM LLLL"), dt.date(2020, 5, 2))
@example(HouseStyle("en_GB", "d 'de' % MMMM"), dt.date(2020, 5, 2))
def test_generated_patterns(style: HouseStyle, day: dt.date) -> None:
    _same(style, day)


def test_named_formats_and_datetimes_stay_with_babel() -> None:
    for name in ("short", "medium", "long", "full"):
        style = HouseStyle("ru", name)
        assert _fast(style, dt.date(2020, 12, 9)) == _babel_format(style, dt.date(2020, 12, 9))
    when = dt.datetime(2020, 12, 9, 23, 30)
    style = DEFAULT_STYLES["en"]
    assert _fast(style, when) == _babel_format(style, when) == "9 December 2020"
