"""Chinese ordinals said without 第 and a numeral (used by TP301).

Chinese says "the first" of a series by 首 before a counter or a word of time: 首轮 (the 1st
round), 首次 (the first time), 首届 (the first session), 首代…男爵 (the 1st Baron), 首批, 首位.
And it ranks the divisions of a league, the groups of a draw, the grades of a scale by the
heavenly stems 甲, 乙, 丙, 丁 (1 to 4) before the word of the series: 甲组 ("division 1"), 乙级
联赛 (the second division), 丙等. A source's "1st round" or "division 1" said so holds no
numeral to find, and TP301 had told «1» missing (PAWS-X's Chinese, t65/hC: 7 false errors).

Only an ordinal of the source ("1st", "2nd") or a number of a series' word ("division 1",
"Group 2", "class 3") is so said; 首 only before a counter: 首都 (the capital), 首相 (the prime
minister), 首席 (chief), 首先 (firstly), 首脑, 首长 say no "first" of a series, nor 首 as a
counter itself (一首歌, 这首诗: a song, a poem).
"""

from __future__ import annotations

import re

from transpub.hanfold import simplified
from transpub.numfind import NumberMention

#: the counters and words of time or of a series 首 says "the first" of (simplified: the
#: translation is read so, ``hanfold``)
_COUNTERS = ("次届轮个位批场代任度期日天年月季周部家座名例张本集站款架艘颗枚项条回局盘节章篇卷"
             "辆只支件份起版班趟层排句段幕")
#: 首 "first" before a counter; not 首 a counter itself, after a numeral or a demonstrative
#: (一首, 这首, 每首, 几首)
_FIRST = re.compile(rf"(?<![零〇一二两三四五六七八九十百千几这那每哪])首(?=[{_COUNTERS}])")
#: a heavenly stem ranking a series: before a division's, group's, grade's or class's word
#: (甲组, 乙级, 丙类, 丁等, 甲队), not in 装甲, 盔甲, 指甲 (armour, a nail)
_STEM = re.compile(r"(?<![装盔铠指])([甲乙丙丁])(?=[组级类等队区班型档])")
_STEM_VALUES = {"甲": 1.0, "乙": 2.0, "丙": 3.0, "丁": 4.0}
#: an English ordinal's letters after the figure ("1st", "2nd")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
#: a word of a ranked series just before or after the figure ("division 1", "Group 2 winners",
#: "1st division")
_SERIES = (r"(?:division|league|group|pool|class|grade|tier|category|level|flight"
           r"|section)s?")
_SERIES_BEFORE = re.compile(_SERIES + r"\s+$", re.IGNORECASE)
_SERIES_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+" + _SERIES + r"\b", re.IGNORECASE)


def said_without_numeral(source: str, mention: NumberMention, target: str) -> bool:
    """Does the Chinese ``target`` say the source's ordinal ``mention`` ("1st round",
    "division 1") by 首 before a counter or by a heavenly stem before a series' word?"""
    if len(mention.values) != 1:
        return False
    value = next(iter(mention.values))
    ordinal = _ORDINAL_AFTER.match(source, mention.end) is not None
    series = (_SERIES_BEFORE.search(source, max(0, mention.start - 20), mention.start)
              is not None or _SERIES_AFTER.match(source, mention.end) is not None)
    # (most translations hold neither: the text is folded only for one that does)
    if not (ordinal or series) or not any(char in target for char in "首甲乙丙丁"):
        return False
    text = simplified(target)
    if value == 1.0 and ordinal and _FIRST.search(text):
        return True
    return series and any(_STEM_VALUES[found.group(1)] == value
                          for found in _STEM.finditer(text))
