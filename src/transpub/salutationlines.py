"""A speech's salutation, set one addressee a line ("Distinguished President of the Council," /
"Excellencies," / "Colleagues and friends,"), as the UN's statements open and the page shows
them. The source has no line break inside a block, so such a block is a paragraph a line:
joined, it was one unit of commas no sentence ends ("Distinguished President of the Council,
Excellencies, Colleagues and friends,"), and the page lost the line per addressee.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The words a form of address opens with, in the six languages, lower case: its first word
#: ("Distinguished", «Monsieur», «Уважаемые», "Excellencies") or, in Chinese, its first
#: characters («主席先生», «各位阁下», «尊敬的»).
_OPENERS = frozenset("""mr mr. mrs mrs. ms ms. madam madame distinguished excellencies
    excellency your dear honourable honorable ladies gentlemen colleagues friends president
    chair chairperson chairman co-chairs esteemed respected members
    monsieur messieurs mesdames m. mme mme. excellences cher chère chers chères distingué
    distingués distinguée distinguées honorables
    señor señora señoras señores sr. sra. distinguido distinguida distinguidos distinguidas
    excelentísimo excelentísima excelentísimos excelencias estimado estimada estimados
    estimadas querido querida queridos queridas
    уважаемый уважаемая уважаемые многоуважаемый многоуважаемая многоуважаемые господин
    госпожа г-н г-жа дамы господа ваше ваши коллеги друзья
    السيد السيدة سيدي سيدتي السيدات أصحاب صاحب حضرات معالي سعادة الزملاء الأصدقاء""".split())
_CJK_OPENERS = ("主席", "各位", "尊敬的", "女士们", "先生们", "同事们", "同僚们", "朋友们", "阁下")

#: The comma that ends each addressee's line, in each script.
_COMMAS = (",", "，", "،", "、")
#: A line longer than this is a paragraph's, no addressee's.
_LONGEST = 160


def is_salutation(lines: Sequence[str]) -> bool:
    """Whether a block's ``lines`` are a salutation, an addressee a line: two lines at least,
    the first opening with a form of address (``_OPENERS``), each opening with a letter, none
    longer than a page's line, and each ending on a comma (a wrapped sentence has lines that
    end without one; a block ending on a comma is no sentence). The last may end on a letter
    when every line opens with a form of address («各位阁下，» / «同僚们，朋友们»): not a
    contact's "Ms Jane Doe," / "Spokesperson," / "UNICEF"."""
    texts = [line.strip() for line in lines]
    if len(texts) < 2 or not _opens_an_address(texts[0]):
        return False
    if not all(t[:1].isalpha() and len(t) <= _LONGEST for t in texts):
        return False
    # (most of its lines addresses: a contact's lines, "Ms. Laurence Gerard," / "Public
    # Information Officer," / "United Nations Office of Counter-Terrorism,", open with one at
    # most; a second hostile pass on session 62's changes had found them cut a unit a line)
    if 2 * sum(1 for t in texts if _opens_an_address(t)) <= len(texts):
        return False
    return all(t.endswith(_COMMAS) for t in texts[:-1]) and (
        texts[-1].endswith(_COMMAS)
        or (texts[-1][-1].isalpha() and all(_opens_an_address(t) for t in texts)))


def _opens_an_address(text: str) -> bool:
    first = text.split(maxsplit=1)[0].rstrip(",，،、").casefold()
    return first in _OPENERS or text.startswith(_CJK_OPENERS)


#: The commas between a salutation's addressees on one line, in each script.
_COMMA_RE = re.compile(r"[,，،、]")
#: How many lines a salutation set at a block's top may take (a page's width cuts the longest
#: into three or four).
_MOST_LINES = 8


def salutation_end(lines: Sequence[str]) -> int:
    """How many of a block's first ``lines`` are a salutation that the speech's first sentence
    follows with no blank line between, 0 if none: one line of addressees ("Mr. President,
    Excellencies, Ladies and gentlemen," / "It is an honour …"), an addressee a line, or lines
    a page's width cut ("… President Rumen Radev of" / "Bulgaria and President …,"). The
    salutation's lines end on a comma (or the last on a colon, «Señor Presidente:») where the
    next line opens a sentence (a capital, or any letter in a script without capitals) and no
    address, and the rest ends as a sentence does; joined, they are addressees between commas,
    the first and most of them opening with a form of address (a sentence opening "Mr.
    President, I …" is not one)."""
    texts = [line.strip() for line in lines[:_MOST_LINES + 1]]
    if len(texts) < 2 or not texts[0] or not _opens_an_address(texts[0]):
        return 0
    for end in range(1, len(texts)):
        before, after = texts[end - 1], texts[end]
        if not before.endswith((*_COMMAS, ":", "：")) or not after[:1].isalpha() \
                or after[:1].islower() or _opens_an_address(after):
            continue
        # (the rest a sentence, ending as one: not a contact's lines, "Ms. Jane Doe," /
        # "Public Information Officer," / "United Nations Office …")
        speech = " ".join(line.strip() for line in lines[end:]).rstrip("”’\"»)")
        return end if speech.endswith(_SENTENCE_ENDS) and _addressees(" ".join(texts[:end])) \
            else 0
    return 0


def is_address_line(text: str) -> bool:
    """Whether ``text``, one line, is a speech's addressees between commas, ending on a comma
    or a colon ("Your Excellency, Ambassador Tatiana Molcean, Chair of the WIPO General
    Assembly,", «Señor Presidente:»): a salutation, never a headline."""
    return _opens_an_address(text.strip()) and _addressees(text.strip())


#: How a sentence ends, in each script.
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟")


def _addressees(text: str) -> bool:
    """Whether ``text`` is addressees between commas, ending on a comma or a colon, more than
    half of them (and the first) opening with a form of address."""
    text = text.rstrip()
    if text.endswith((":", "：")):
        text = text[:-1] + ","  # («Señor Presidente, Excelencias, colegas y amigos:»)
    parts = [part.strip() for part in _COMMA_RE.split(text)]
    if parts[-1]:
        return False  # (the text ends on a comma: the last part is empty)
    parts = parts[:-1]
    if not parts or not all(p[:1].isalpha() and len(p) <= _LONGEST for p in parts):
        return False
    return 2 * sum(1 for p in parts if _opens_an_address(p)) > len(parts)
