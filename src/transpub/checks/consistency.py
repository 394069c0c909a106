"""The same source translated the same way, within a language (TP7xx)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo

#: the words (runs of letters and digits, ``[^\W_]+``) of a text, those separated by one
#: space taken together, as one match: ``_fold`` of a text outside Latin-1 joins the matches
#: with a space, which gives the words joined by one space. ``re`` pays for each match
#: (a search, its stack allocated and freed, a string): a Russian or Arabic sentence is ~25
#: words and 3 to 5 such phrases (~45 % fewer instructions a text; a Chinese one, whose
#: words are runs between punctuation, the same). Possessive: nothing to backtrack into.
_WORD_RUNS = re.compile(r"[^\W_]++(?: [^\W_]++)*+")


def _norm(text: str) -> str:
    """The text with its spacing folded and the typographic apostrophe made plain. (The
    no-break spaces, U+00A0 and U+202F, are whitespace to ``str.split`` already; a
    ``str.translate`` of the three, which looks every character up in a dict, cost 6 % of a
    check.)"""
    return " ".join(text.replace("’", "'").split())


def _fold(text: str) -> str:
    """``_key`` unmemoised, for a text seen once (a translation). The words of the text (runs
    of letters and digits), joined by one space, case folded: what replacing every run of
    other characters by a space and stripping the ends gives (``_norm`` only changes
    characters between words, so it need not run first).

    A text of Latin-1 characters only (most English, French and Spanish ones) is folded as
    bytes: each character that is no letter or digit made a space by one table
    (``bytes.translate``), then split on the spaces: the same words as ``_WORD_RUNS`` finds
    (tests/test_checkunit14_fold.py), 3 to 5 times faster than testing the Unicode category
    of every character in ``re``."""
    if text.isascii():  # (a flag of the string: no scan)
        return b" ".join(text.encode("ascii").translate(_NOT_ALNUM).split()).lower().decode(
            "ascii")  # (ASCII's case folding is its lower case)
    # every character below U+0100: the encoding decides (~1 µs to fail on a Cyrillic or
    # Arabic text, against ~10 µs for the pattern it then runs; a hint from the string's
    # size, ``sys.getsizeof``, missed strings CPython shares, e.g. one-character ones, that
    # another call gave a cached UTF-8 copy)
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return b" ".join(latin.translate(_NOT_ALNUM).split()).decode("latin-1").casefold()
    # (Arabic's tatweel and short vowels left out: «التصـويت» and «التصويت», «تمشياً» and
    # «تمشيا» are one word; the kashida is the typesetter's, the harakat optional)
    if ARABIC_MARK.search(text) is not None:  # (a search: 15 times cheaper than translate)
        text = text.translate(_ARABIC_MARKS)
    return " ".join(_WORD_RUNS.findall(text)).casefold()


#: the tatweel (U+0640), the harakat and the superscript alef, deleted
_ARABIC_MARKS = dict.fromkeys([0x0640, *range(0x064B, 0x0660), 0x0670])
#: one of them (TP306 reads Arabic units of time without them too: ``timeunits._unmarked``)
ARABIC_MARK = re.compile("[\u0640\u064b-\u065f\u0670]")


#: Latin-1's letters and digits as they are (what ``[^\W_]`` matches: ``str.isalnum``), and
#: a space for every other byte (no letter or digit is one of ``bytes.split``'s spaces)
_NOT_ALNUM = bytes(code if chr(code).isalnum() else 0x20 for code in range(256))


@lru_cache(maxsize=2048)
def _key(text: str) -> str:
    return _fold(text)


#: a footnote marker glued to the word it follows, with or without a comma before it
#: ("Questions,2 and", "Questions2 and"): the same sentence, typeset differently
_FOOTNOTE_MARKER = re.compile(r"(?<=[^\W\d_A-Z])[,;]?\d{1,3}(?=[\s,;:.)]|$)")


def _unmarked(text: str) -> str:
    """The TP702 comparison key without footnote markers (only for the few pairs whose
    digests differ)."""
    return _key(_FOOTNOTE_MARKER.sub("", text))


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NUMBER = re.compile(r"\d+")
#: a negation among the words two sources differ by makes them two statements
_NEGATION = frozenset("not no never nor non without cannot neither none n't".split())


def reworded(one: str, other: str, lang: str = "") -> bool:
    """Are two sources the same sentence in other words, rightly given one translation? A
    letter sent twice, edited by two hands: "I should like to convey to you the following
    information:" / "I wish to draw your attention to the following:", "for the biennium
    2016-2017" / "for 2016-2017". They must have the same numbers and the same names
    (capitalised words after the first), at least half their words in common, and differ by
    more than one word (not one for one) or by determiners and connectives alone ("your" /
    "the", "but" / "however"), none of them a negation: "2 experts" / "3 experts",
    "increased" / "decreased", "the revised report" / "the report", "adopted" / "did not
    adopt" are other statements."""
    words_one, words_other = _WORD.findall(one), _WORD.findall(other)
    if _same_words(one, other, lang):
        return True  # "cancelling" / "canceling", "9 Phase III trials" / "nine phase III trials"
    if ("," in one or "," in other) and _turned_at_comma(words_one, words_other):
        return True  # "Bolivia, Plurinational State of" / "Plurinational State of Bolivia"
    if _same_dates(one, other):
        return True  # "on Mar 15, 1985" / "on March 15, 1985"
    if Counter(_NUMBER.findall(one)) != Counter(_NUMBER.findall(other)):
        return False
    if _coordination_turned(words_one, words_other):
        return True  # "Finance and Budget Section" / "Budget and Finance Section"
    if _names(words_one) != _names(words_other):
        return False
    set_one = {w.casefold() for w in words_one}
    set_other = {w.casefold() for w in words_other}
    if 2 * len(set_one & set_other) < (len(set_one) + len(set_other)) / 2:
        return False
    changed = set_one ^ set_other
    if changed & _NEGATION or any(w.endswith("n't") for w in changed):
        return False
    if changed and changed <= _SMALL_WORDS:
        # "Go to your Home screen" / "Go to the Home screen", "…, but I'm willing" / "…,
        # however, I'm willing": determiners and connectives, which a translation need not
        # tell apart
        return True
    only_one = sum(1 for w in words_one if w.casefold() not in set_other)
    only_other = sum(1 for w in words_other if w.casefold() not in set_one)
    if changed and changed <= _LINKS and _order(words_one, set_other) != _order(words_other,
                                                                            set_one):
        # "the formal Council meeting" / "the formal meeting of the Council": the same words
        # in another order, joined by "of" or "the": the English genitive turned round
        return True
    # one word for another, or one word more, changes what is said; a longer rewording does not
    return only_one + only_other >= 2 and (only_one, only_other) != (1, 1)


#: British spellings as American writes them (one text of a corpus edited on either side of
#: the Atlantic): travelled, colour, organise, analyse, centre, catalogue, programme, defence
_SPELLING = (
    (re.compile(r"(?<=[aeiou])ll(?=(?:ing|ed|er|ers)$)"), "l"),
    (re.compile(r"(?<=\w{3})our(?=(?:s|ed|ing|ful|able|ite|ites)?$)"), "or"),
    (re.compile(r"(?<=\w{2})is(?=(?:e|es|ed|ing|ation|ations)$)"), "iz"),
    (re.compile(r"(?<=\w)ys(?=(?:e|es|ed|ing)$)"), "yz"),
    (re.compile(r"(?<=\w[bcdfgkmnpstv])re(?=s?$)"), "er"),
    (re.compile(r"(?<=\w)ogue(?=s?$)"), "og"),
    (re.compile(r"(?<=\w)amme(?=s?$)"), "am"),
    (re.compile(r"^(defen|licen|offen|preten)ce(?=s?$)"), r"\1se"),
    (re.compile(r"(?<=\w)ae(?=\w)"), "e"),
)
#: numbers said in words, as digits ("nine" / "9")
_SAID = {word: str(value) for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}


def _spelling(words: list[str], plural: bool = False) -> list[str]:
    """``words`` case-folded, numbers written as digits and British spellings as American,
    a hyphen inside a word taken out ("note-issuing" / "noteissuing", a line broken in a
    PDF) and a possessive's "'s" apart; ``plural``: a plural's "s" taken off too (for a
    language that does not mark the plural)."""
    out = []
    for word in words:
        word = word.casefold().replace("’", "'").replace("-", "")
        if word.endswith("'s"):
            out.append(word[:-2])
            out.append("'s")
            continue
        word = _SAID.get(word, word)
        if word.isdigit():
            word = str(int(word))  # "05 Nov" / "5 Nov"
        if len(word) > 5:
            for pattern, american in _SPELLING:
                word = pattern.sub(american, word)
        if plural and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


#: an acronym given in brackets after its name ("money laundering (ML/TF)"): the same name
_ACRONYM_ADDED = re.compile(r"\s*\((?:[A-Z][A-Za-z]*[A-Z]s?|[A-Z]+/[A-Z]+)\)")
#: languages that write no plural: a source's singular and plural are one translation
_NO_PLURAL = ("zh", "ja")


def _same_words(one: str, other: str, lang: str) -> bool:
    """Are two sources the same sentence but for spelling, case, a number's form, a bracketed
    acronym, the words of an English genitive turned round ("The Exchange Fund's performance"
    / "PERFORMANCE OF THE EXCHANGE FUND") or a typing slip ("authorit" / "authority")?"""
    plural = lang.split("_")[0] in _NO_PLURAL
    first = _spelling(_WORD.findall(_ACRONYM_ADDED.sub("", one)), plural)
    second = _spelling(_WORD.findall(_ACRONYM_ADDED.sub("", other)), plural)
    if first == second:
        return True
    kept_one = [w for w in first if w not in _LINKS]
    kept_other = [w for w in second if w not in _LINKS]
    if kept_one == kept_other or (Counter(kept_one) == Counter(kept_other) and len(first) <= 12
                                  and ("'s" in first) != ("'s" in second)):
        # an article dropped ("The Linked Exchange Rate System"), a heading's genitive turned
        # round; not "the Secretary of the Council" / "the Council of the Secretary"
        return True
    if len(first) != len(second):
        return False
    pairs = list(zip(first, second, strict=True))
    return sum(a != b for a, b in pairs) == 1 and all(
        a == b or (min(len(a), len(b)) >= 8 and _one_edit(a, b))
        or (min(len(a), len(b)) >= 5 and _one_inside(a, b)) for a, b in pairs)


def _one_inside(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter added or dropped inside the word ("bascic" /
    "basic": a typing slip), neither its first nor its last (not "report" / "reports")? A
    letter changed in a short word makes another word ("mines" / "lines")."""
    # (with both ends alike, a letter dropped at an end is one dropped beside it: the same)
    return abs(len(a) - len(b)) == 1 and a[0] == b[0] and a[-1] == b[-1] and _one_edit(a, b)


def _turned_at_comma(one: list[str], other: list[str]) -> bool:
    """Is one sentence the other turned round at a comma, as indexes and ISO 3166 write a
    name ("Moldova, Republic of" / "Republic of Moldova", "Virgin Islands, British")?"""
    if len(one) != len(other) or len(one) < 2:
        return False
    folded_one = [w.casefold() for w in one]
    folded_other = [w.casefold() for w in other]
    if folded_one == folded_other or Counter(folded_one) != Counter(folded_other):
        return False
    return any(folded_one == folded_other[k:] + folded_other[:k] for k in range(1, len(one)))


def _same_dates(one: str, other: str) -> bool:
    """Do two English sources differ only by how they write the same dates ("Mar 15, 1985"
    / "March 15, 1985", "15/03/1985")?"""
    from transpub.datefind import dates_in
    from transpub.numfind import has_digit

    if not (has_digit(one) and has_digit(other)):
        return False
    dates_one, dates_other = dates_in(one, "en"), dates_in(other, "en")
    if not dates_one or len(dates_one) != len(dates_other) or [
            d.key(None) for d in dates_one] != [d.key(None) for d in dates_other]:
        return False
    return _key(_without(one, dates_one)) == _key(_without(other, dates_other))


def _without(text: str, dates: Sequence[Any]) -> str:
    """``text`` with each of its dates' places left as one mark."""
    out: list[str] = []
    at = 0
    for date in dates:
        out += (text[at:date.start], "\0")
        at = date.end
    out.append(text[at:])
    return "".join(out)


def _one_edit(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter added, dropped or changed?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _coordination_turned(one: list[str], other: list[str]) -> bool:
    """Is ``other`` ``one`` with the two sides of an "and" or "or" (up to three words each)
    swapped: the same thing named in the other order?"""
    if len(one) != len(other) or one == other:
        return False
    folded_one = [w.casefold() for w in one]
    folded_other = [w.casefold() for w in other]
    if Counter(folded_one) != Counter(folded_other):
        return False
    # the words before the first difference and after the last are the same: a swap must
    # cover them all, and only its own words need comparing (a copy of the whole sentence
    # per "and" tried was quadratic in a long text's)
    differ = [i for i, (a, b) in enumerate(zip(folded_one, folded_other, strict=True))
              if a != b]
    first, last = differ[0], differ[-1]
    # (an "and" whose sides, three words at most, reach from the first to the last)
    for index in range(max(1, last - 3), min(len(one) - 1, first + 4)):
        word = folded_one[index]
        if word not in ("and", "or"):
            continue
        for left in (1, 2, 3):
            for right in (1, 2, 3):
                start, end = index - left, index + 1 + right
                if start < 0 or end > len(one) or start > first or end <= last:
                    continue
                turned = [*folded_one[index + 1:end], word, *folded_one[start:index]]
                # (numbers swapped say another thing: "5 and 10 dollars respectively")
                if turned == folded_other[start:end] and not any(
                        w[:1].isdigit() for w in folded_one[start:end]):
                    return True
    return False


#: the words an English genitive or noun phrase turned round adds or drops
_LINKS = frozenset({"of", "the", "a", "an", "'s"})
#: words two sources may differ by and still say the same thing: determiners, possessives
#: and connectives
_SMALL_WORDS = frozenset("""
the a an this that these those your our their my his her its
but however yet though although and also too so then please
""".split())


def _order(words: list[str], common: set[str]) -> list[str]:
    """The words shared with the other sentence, in this sentence's order, links left out."""
    return [w.casefold() for w in words if w.casefold() in common and w.casefold() not in _LINKS]


def _names(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in words[1:] if not w.isdigit() and w[:1].isupper())


def text_key(text: str) -> str:
    """The comparison key of the TP7xx groups (case, punctuation and spacing folded)."""
    return _key(text)


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class Compared(NamedTuple):
    """What TP701 and TP702 compare of a unit, its texts folded into digests: computed where
    the unit is read (a worker, or a cache entry's summary), so that comparing a whole
    workspace is grouping digests, not folding every text again. Flat, so that a summary row
    (all but the language and file) makes one without building a ``Unit``."""

    lang: str
    file: str
    id: str
    source: str
    target: str
    line: int
    form: int | None
    same_source: str
    """Digest of what makes two units "the same source" (msgctxt where it distinguishes
    units, the source with spacing folded)."""
    target_key: str
    """Digest of ``text_key(target)``."""
    source_key: str
    """Digest of ``text_key(source)``."""
    long: bool
    """More than two words of source: TP702 compares only those."""

    def unit(self) -> Unit:
        return Unit(self.id, self.lang, self.source, self.target, self.file, self.line,
                    form=self.form)


def _same(one: Compared, other: Compared) -> bool:
    """Two forms of one plural entry: they differ by design."""
    return one.form is not None and (one.file, one.line) == (other.file, other.line)


def compared(unit: Unit) -> Compared | None:
    """The unit as TP701/TP702 compare it; None for a unit they do not compare: an empty
    translation, a draft (fuzzy), or a copy of the source (spacing and apostrophes aside).
    Untranslated copies and drafts are reported elsewhere; they are noise here."""
    row = compared_row(unit)
    return None if row is None else Compared(unit.lang, unit.file, *row)


#: ``Compared`` less its language and file: the summary row a worker files for each unit
#: (``checker._compact``), one per unit of a workspace.
Row = tuple[str, str, str, int, "int | None", str, str, str, bool]


def compared_row(unit: Unit) -> Row | None:
    """``compared(unit)[2:]``, made as a plain tuple: a ``Compared`` is built by a Python
    ``__new__`` (a call with eleven arguments), then sliced; a summary needs the row only."""
    target = unit.target
    if unit.fuzzy or not target.strip():
        return None
    # in another project's PO file the msgctxt tells units apart ("abbrev. month",
    # "alt. month"); in transpub's own it is the unit id, and the same sentence under
    # two ids should read the same; so should a foreign file's keys (unit.keyed)
    context = unit.context if unit.foreign and not unit.keyed else None
    same_source, source_key, long, source_norm = _source_side[context or "", unit.source]
    target_key = _digest(_fold(target))
    # a copy of the source has the source's key (``_key`` is a function of ``_norm``): only
    # then is the translation's spacing folded to compare it with the source's
    if target_key == source_key and _norm(target) == source_norm:
        return None
    return (unit.id, unit.source, target, unit.line, unit.form, same_source, target_key,
            source_key, long)


@memo()
def _source_side(context: str, source: str) -> tuple[str, str, bool, str]:
    """What ``compared`` takes of a source: the same in its release's five files, checked
    one after the other (folded and digested once, not once per language); last, the source
    with its spacing folded, to tell a copy of it."""
    norm = _norm(source)
    if norm == source:
        norm = source  # most sources: the memo keeps the text it is keyed by, not a copy
    # ``_fold``, not ``_key``: this memo is the source's (the other memo never hit)
    return (_digest(f"{context}\0{norm}"), _digest(_fold(source)), len(source.split()) > 2,
            norm)


def inconsistent(records: Iterable[Compared]) -> Iterator[Finding]:
    """TP701 over compared units, in their order."""
    groups: dict[tuple[str, str, int | None], list[Compared]] = defaultdict(list)
    for record in records:
        groups[(record.lang, record.same_source, record.form)].append(record)
    for group in groups.values():
        first = group[0]
        for other in group[1:]:
            if other.target_key != first.target_key and not _same(first, other):
                yield finding("TP701", other.unit(),
                              f"translated differently from {first.file}:{first.line} "
                              f"[{first.id}]", expected=first.target)


def shared(records: Iterable[Compared]) -> Iterator[Finding]:
    """TP702 over compared units, in their order."""
    groups: dict[tuple[str, str], list[Compared]] = defaultdict(list)
    for record in records:
        if record.long:
            groups[(record.lang, record.target_key)].append(record)
    for group in groups.values():
        first = group[0]
        for other in group[1:]:
            if (other.source_key != first.source_key and not _same(first, other)
                    and _unmarked(other.source) != _unmarked(first.source)
                    and not reworded(first.source, other.source, first.lang)):
                yield finding("TP702", other.unit(),
                              f"same translation as the different source of {first.file}:"
                              f"{first.line} [{first.id}]")


def _tp701(first: Compared, other: Compared) -> Finding | None:
    if other.target_key != first.target_key and not _same(first, other):
        return finding("TP701", other.unit(), f"translated differently from {first.file}:"
                       f"{first.line} [{first.id}]", expected=first.target)
    return None


def _tp702(first: Compared, other: Compared) -> Finding | None:
    if (other.source_key != first.source_key and not _same(first, other)
            and _unmarked(other.source) != _unmarked(first.source)
            and not reworded(first.source, other.source, first.lang)):
        return finding("TP702", other.unit(), "same translation as the different source of "
                       f"{first.file}:{first.line} [{first.id}]")
    return None


#: What TP701 and TP702 never read of a group's first record.
_FOR_TP701: dict[str, Any] = {"source": "", "same_source": "", "source_key": ""}
_FOR_TP702: dict[str, Any] = {"target": "", "same_source": "", "target_key": ""}


class OnePass:
    """``inconsistent`` and ``shared`` fed one record at a time, holding only each group's
    first record (every other is compared with it as it comes): the same findings, in the
    same order (group by group, as they yield them), without every record at once."""

    __slots__ = ("_found", "_seq", "_source", "_target")

    def __init__(self) -> None:
        self._source: dict[tuple[str, str, int | None], tuple[int, Compared]] = {}
        self._target: dict[tuple[str, str], tuple[int, Compared]] = {}
        self._found: tuple[list[tuple[int, int, Finding]], list[tuple[int, int, Finding]]] = (
            [], [])
        self._seq = 0

    def add(self, record: Compared, tp701: bool, tp702: bool) -> None:
        """One record, for TP701 (``tp701``) and TP702 (``tp702``; a long source's)."""
        self._seq += 1
        if tp701:
            self._one(self._source, (record.lang, record.same_source, record.form), record,
                      _tp701, self._found[0], _FOR_TP701)
        if tp702 and record.long:
            self._one(self._target, (record.lang, record.target_key), record, _tp702,
                      self._found[1], _FOR_TP702)

    def _one(self, firsts: dict[Any, tuple[int, Compared]], key: Any, record: Compared,
             rule: Any, out: list[tuple[int, int, Finding]], slim: dict[str, Any]) -> None:
        known = firsts.get(key)
        if known is None:
            # a first is kept without what its rule never reads of it (the other text and
            # digests): a workspace has tens of thousands of groups
            firsts[key] = (len(firsts), record._replace(**slim))
            return
        item = rule(known[1], record)
        if item is not None:
            out.append((known[0], self._seq, item))

    def findings(self) -> tuple[list[Finding], list[Finding]]:
        """TP701's findings, TP702's."""
        return ([item for _g, _s, item in sorted(self._found[0], key=lambda f: f[:2])],
                [item for _g, _s, item in sorted(self._found[1], key=lambda f: f[:2])])


def _compared_all(units: list[Unit]) -> list[Compared]:
    return [c for c in map(compared, units) if c is not None]


@check("TP701", "inconsistent-translation", Severity.WARNING, "consistency", scope="collection")
def inconsistent_translation(ctx: CheckContext, units: list[Unit]) -> Iterator[Finding]:
    """The same source text is translated differently in the same language."""
    yield from inconsistent(_compared_all(units))


@check("TP702", "same-translation", Severity.WARNING, "consistency", scope="collection")
def same_translation(ctx: CheckContext, units: list[Unit]) -> Iterator[Finding]:
    """Different source texts share one translation in the same language."""
    yield from shared(_compared_all(units))


# public names of what ``checkpatch`` (TP701/TP702 patched for the changed files) compares a
# group's records with: the same objects as the private ones the checks here use
same_entry = _same
tp701_against = _tp701
tp702_against = _tp702
FOR_TP701 = _FOR_TP701
FOR_TP702 = _FOR_TP702
