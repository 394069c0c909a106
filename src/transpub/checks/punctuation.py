"""A language's own punctuation (TP611): Chinese writes its commas, stops, colons, semicolons
and question and exclamation marks full-width (，。：；？！), Arabic its comma, semicolon and
question mark as ، ؛ ؟ (the UN's editorial rules, ``UN-STYLE.md``'s "Typography"). A
half-width mark typed beside Chinese or Arabic letters is a slip of the keyboard's layout,
which Trados's and Xbench's QA checks report too. An info: typography is the house's style,
not the meaning the checker proves (a translation that writes them is no error or warning:
the accuracy corpus's variants, tests/corpus, hold both widths as legitimate); `--show-info`
lists them, `--fail-on info --select TP611` holds a workspace to them.

Only a mark with the language's own letters beside it is read: a number's separators
("1,000", "10:30"), an address and a run of Latin text keep theirs; so do a heading's
enumeration («三. 论坛第十一届会议») and brackets (the UN's Chinese documents write the
half-width ``( )`` about as often as the full-width ones). A stop between two Chinese
characters, no space about it, may be a foreign name's middle dot typed on a Latin keyboard
(«丹东尼.雷克», Anthony Lake, for «丹东尼·雷克»), told as «·» (a «。» would cut the name in
two) with evidence only (``_name_dots``), else a sentence's end, «。»; before a word that
opens a clause, which no name is written with («许诺.而不是», the UN corpus's slip of a
comma), it is no name's, and which mark it stands for is not told: not reported. Measured on
professional translations: the UN Parallel Corpus's Chinese (8,000 units) has such a comma, stop,
semicolon or mark in 0.2 % of them, its Arabic in none; a Chinese news translation
(WMT/NTREX, 9,146 units) in 0.5 % («离我们……还有五周时间.», «今天，令人痛心的是, 它»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: a Chinese unit's half-width marks with a Chinese character before them (a space between
#: allowed) or after them, with their spaces (a full-width mark has its own): the stop only
#: before the end, a space, a Chinese character or a closing quote or bracket (not «第1.2条»,
#: not "U.N."), and not a Chinese numeral's before a space (a heading's «三. », in a unit of
#: several); not a colon of an emoticon (":)", ":partyparrot:")
_ZH = re.compile(
    rf"(?<=[{_HAN}”’」』）])\s?(?:[,;!?]|:(?![()DPp]|[a-z_]+:))\s?|[,;!?]\s?(?=[{_HAN}“‘「『（])"
    rf"|(?<=[{_HAN}])(?:(?<![一二三四五六七八九十])\.\s|\.(?=$|[{_HAN}”’」』）\"']))")
#: a heading's enumeration: a Chinese numeral (or a letter or digit) and its stop, first
_ENUMERATION = re.compile(r"^\s*(?:[一二三四五六七八九十百]+|[A-Za-z0-9]{1,3})\.\s")
#: a quick test that opens on the mark (so ``re`` skips to the marks in C), run before
#: ``_ZH``, whose look-behind at every position had made TP611 cost 0.7 s of the benchmark's
#: per-unit checks (its Chinese pseudo-translations hold many points)
_ZH_ANY = re.compile(rf"[,;:!?.](?:(?<=[{_HAN}”’」』）][,;:!?.])|(?<=[{_HAN}”’」』）]\s[,;:!?.])"
                     rf"|(?=\s?[{_HAN}“‘「『（]))")
_ZH_WIDE = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
_HAN_CHAR = re.compile(f"[{_HAN}]")
#: characters that open a clause and write no foreign name (names are transliterated with
#: others: 那 is Sana'a's «萨那», 让 Jean's «让»): a stop between Chinese characters before
#: one of them is a slip of a sentence's mark, not a name's dot
_CLAUSE_OPENERS = frozenset("而但并且因所我他她它这在不是也都还就如若此其该即则却")

_ARABIC = "\u0621-\u064a\u0671-\u06d3"
#: an Arabic unit's Latin comma, semicolon or question mark with an Arabic letter before it
#: (a space between allowed), or after it where a digit is not before it ("1,5" keeps it)
_AR = re.compile(rf"(?<=[{_ARABIC}])\s?[,;?]|(?<![\d,;?])[,;?](?=\s?[{_ARABIC}])")
_AR_ANY = re.compile(rf"[,;?](?:(?<=[{_ARABIC}][,;?])|(?<=[{_ARABIC}]\s[,;?])"
                     rf"|(?=\s?[{_ARABIC}]))")
_AR_OWN = {",": "،", ";": "؛", "?": "؟"}


@check("TP611", "half-width-punctuation", Severity.INFO, "typography")
def half_width_punctuation(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A Latin comma, stop, colon or question mark typed among Chinese or Arabic text, where
    the language writes its own (，。：？ or ، ؛ ؟)."""
    target = unit.target
    lang = unit.lang[:2]
    if lang == "zh":
        if not any(mark in target for mark in ",.;:!?") or _ZH_ANY.search(target) is None:
            return ()
        start = m.end() if (m := _ENUMERATION.match(target)) else 0
        pattern, own = _ZH, _ZH_WIDE
    elif lang == "ar":
        if not any(mark in target for mark in ",;?") or _AR_ANY.search(target) is None:
            return ()
        start, pattern, own = 0, _AR, _AR_OWN
    else:
        return ()
    found: list[tuple[re.Match[str], str]] = []
    between: list[int] = []  # (the stops with Chinese characters on both sides)
    for match in pattern.finditer(target, start):
        mark = match[0].strip()
        if match[0] == "." and _HAN_CHAR.match(target, match.end()):
            # (no space and Chinese characters right on both sides, ``_ZH`` asking the one
            # before: a name's middle dot with evidence, or no name's before a clause's first
            # word; else a sentence's end, «。», as any other)
            if target[match.end()] in _CLAUSE_OPENERS:
                continue
            between.append(match.start())
        found.append((match, own[mark]))
    if between:
        dots = _name_dots(ctx, target, between)
        found = [(m, "·" if m.start() in dots else wide) for m, wide in found]
    if not found:
        return ()
    told = sorted({(m[0].strip(), wide) for m, wide in found}, key=lambda t: (
        ",.;:!?".index(t[0]), t[1]))
    fixed, at = [], 0
    for match, wide in found:
        fixed += [target[at:match.start()], wide]
        at = match.end()
    said = ", ".join(f"«{wide}» for «{mark}»" for mark, wide in told)
    first = found[0][0]
    return (finding("TP611", unit, f"half-width punctuation among {_NAMES[lang]} text: {said}",
                    expected="".join(fixed) + target[at:], span=(first.start(), first.end())),)


_NAMES = {"zh": "Chinese", "ar": "Arabic"}

#: The characters Chinese transliterates foreign names with (Xinhua's tables of names; a
#: common word's characters are mostly not among them): a stop with two of them about it may
#: be a name's middle dot («丹东尼.雷克»); «结束.潘基文» (束) ends a sentence.
_TRANSLITERATING = frozenset(
    "阿埃艾爱安昂敖奥巴拜班邦保鲍贝本比彼宾波伯博布达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范"
    "菲费芬丰弗福伏富伽盖甘冈戈格根贡古瓜圭哈海汉豪赫亨洪胡华怀霍基吉加贾杰金卡凯坎康柯科"
    "克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽连林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米明莫默姆穆纳"
    "娜奈南内尼宁努诺欧帕派潘佩彭皮珀普齐奇契乔切琼屈让瑞萨塞桑瑟森沙莎尚舍什施史斯松苏"
    "索塔泰坦汤唐特滕提图托瓦万旺威维韦温沃乌武西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹"
    "祖佐茨琪黛露蒂妮娃丝")
#: How far either part of a name is looked for written with «·» elsewhere (a name's part has
#: four characters at most, ``persons._HAN_PART``).
_PART = 4


def _name_dots(ctx: CheckContext, target: str, dots: list[int]) -> set[int]:
    """Which of the stops at ``dots``, Chinese characters on both sides, are a name's middle
    dot typed as a stop, by evidence: the characters on both sides are ones Chinese
    transliterates names with (``_TRANSLITERATING``), or the same name is written with «·»
    elsewhere in the unit («丹东尼·雷克 … 丹东尼.雷克») or in the termbase. Without it, a
    sentence's end: «会议今天结束.潘基文说» is told «。» (a «·» had joined two sentences).
    (Each look once over the unit: a unit of a thousand stops is read in linear time.)"""
    named = {at for at in dots
             if target[at - 1] in _TRANSLITERATING and target[at + 1] in _TRANSLITERATING}
    rest = [at for at in dots if at not in named]
    if not rest:
        return named
    written = {target[max(0, at - left):at] + "·" + target[at + 1:at + 1 + right]
               for at, char in enumerate(target) if char == "·"
               for left in range(1, _PART + 1) for right in range(1, _PART + 1)}
    if written:
        named |= {at for at in rest if any(
            target[max(0, at - left):at] + "·" + target[at + 1:at + 1 + right] in written
            for left in range(1, _PART + 1) for right in range(1, _PART + 1))}
    chars = list(target)
    for at in rest:
        chars[at] = "·"
    termed = {k for h in ctx.matcher("zh").find("".join(chars)) if "·" in h.form
              for k in range(h.start + 1, h.end - 1)}
    return named | {at for at in rest if at in termed}
