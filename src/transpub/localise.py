"""Apply one language's translations to a release: the step every builder shares."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import TYPE_CHECKING

from transpub.fastnew import maker
from transpub.garbled import consequence, describe, place, published, unwritable_at
from transpub.model import Block, Release, Segment, Span
from transpub.unfilled import placeholder

if TYPE_CHECKING:
    from collections.abc import Callable

    from transpub.catalog import Translation, TranslationSet
    from transpub.style import HouseStyle


@dataclass(frozen=True, slots=True)
class Problem:
    """A translation the build could not use, and why."""

    unit: str
    line: int
    message: str


@dataclass(frozen=True, slots=True)
class Localised:
    """A release in one language, ready for any builder."""

    release: Release
    lang: str
    source_lang: str
    total: int
    translated: int
    fuzzy_used: int = 0
    fallbacks: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def _unmatched(translations: TranslationSet, served: set[int]) -> list[Problem]:
    """Translated entries that serve no unit: a PO file of another release, or one whose
    msgctxt and msgid a tool changed. Said once per file, loudly (an error under --strict)."""
    lost = [e for e in translations.entries or tuple(translations.items.values())
            if id(e) not in served and (e.target or any(e.forms))]
    if not lost:
        return []
    return unmatched_problem(lost[0].unit, lost[0].line, len(lost))


def unmatched_problem(unit: str, line: int, count: int) -> list[Problem]:
    """The one problem said of ``count`` translated entries that serve no unit, the first
    of them ``unit`` at ``line`` (``_unmatched``; ``pofast.BuildEntries.unmatched``)."""
    return [Problem(unit, line,
                    f"{count} translated entr{'y' if count == 1 else 'ies'} of this "
                    "PO file match no unit of the source (not published); run 'transpub "
                    "extract', or check that the file belongs to this release")]


#: The problem of a translation made for an older source text.
STALE = "the PO entry is for an older source text; run 'transpub extract'"


_BLOCK_FIELDS = tuple(f.name for f in fields(Block))
_SPANS_AT = _BLOCK_FIELDS.index("spans")
_block_values = attrgetter(*_BLOCK_FIELDS)


def _with_spans(block: Block, spans: tuple[Span, ...]) -> Block:
    """``dataclasses.replace(block, spans=spans)`` at a third of its cost (every field read
    at once, whatever fields Block has)."""
    values = list(_block_values(block))
    values[_SPANS_AT] = spans
    return _block(*values)  # type: ignore[no-any-return]


#: ``Span("text", text)`` and ``Block(*values)`` without their ``__init__`` (fastnew): one per
#: unit and per block, for each language.
_text_span = maker(Span, "kind", "text")
_block = maker(Block, *_BLOCK_FIELDS)


def _add(spans: list[Span], run: list[str], pieces: list[Span], merge: bool) -> None:
    """Append ``pieces`` after the pending text ``run``: text pieces join the run, anything
    else closes it (``_flush``) and follows it."""
    for piece in pieces:
        if piece.kind == "text":
            run.append(piece.text)
        else:
            if run:
                _flush(spans, run, merge)
            spans.append(piece)


def _flush(spans: list[Span], run: list[str], merge: bool) -> None:
    """The pending text as spans: one (``merge``) or one per piece, as ``to_spans`` and the
    joiners made them."""
    if merge:
        spans.append(_text_span("text", run[0] if len(run) == 1 else "".join(run)))
    else:
        spans.extend([_text_span("text", piece) for piece in run])
    run.clear()


def usable(segment: Segment, lookup: Callable[[str], Translation | None],
           translations: TranslationSet | None, served: set[int], problems: list[Problem],
           include_fuzzy: bool) -> Translation | None:
    """The translation a page shows for ``segment``, or None (it falls back to the source):
    found by id, or (an XLIFF round trip drops msgctxt) by the unit's exact text; not empty,
    not fuzzy unless ``include_fuzzy``, not for an older source text (a problem, added to
    ``problems``). Every entry found is added to ``served`` (by ``id``), used or not. One rule
    for the plain way here and for the pages written straight from the translations
    (``pagefast``)."""
    item = lookup(segment.id)
    if item is None and translations is not None:
        item = translations.get(segment.id, segment.text)
    if item is None:
        return None
    served.add(id(item))
    target = item.target
    if target.isspace():
        return None  # spaces only: untranslated, as the check says (TP601)
    if target and item.source != segment.text:
        problems.append(Problem(segment.id, item.line, STALE))
        return None
    if target and CONFLICT_MARK in target:
        return None  # msgcat's two versions of a translation: neither is published (TP606)
    if target and not_publishable(segment.id, target, segment.text, item.line, problems):
        return None
    if target and placeheld(segment.id, target, segment.text, item.line, problems):
        return None
    return item if target and (include_fuzzy or not item.fuzzy) else None


def not_publishable(unit: str, target: str, source: str, line: int,
                    problems: list[Problem]) -> bool:
    """Whether ``target``, the translation of ``source``, holds a character no page may hold
    (TP609; ``garbled.unwritable``), said in ``problems``: vnu refuses the page ("Forbidden
    code point"), a browser shows a box or nothing, or lays out the rest of the page in the
    direction of an embedding never closed."""
    at = unwritable_at(target, source)
    if at < 0:
        return False
    char = target[at]
    problems.append(Problem(unit, line, f"the translation holds {describe(char)} "
                            f"{place(target, at)}, {consequence(char)}: the source is shown "
                            "(TP609)"))
    return True


def placeheld(unit: str, target: str, source: str, line: int,
               problems: list[Problem]) -> bool:
    """Whether ``target`` is a placeholder left for a translation of ``source`` («NS»,
    «TODO», «-»: ``unfilled.placeholder``), said in ``problems``: a page showing it tells its
    readers nothing, the source does (the checker's TP607 error)."""
    token = placeholder(source, target)
    if token is None:
        return False
    problems.append(Problem(unit, line, f"the translation «{token}» is a placeholder, not a "
                            "translation: the source is shown (TP607)"))
    return True


def joiner_of(code: str) -> str:
    """What joins two sentences of ``code`` (CLDR, read once a code)."""
    from transpub.languages import LanguageInfo

    return LanguageInfo(code).sentence_joiner


#: what ``msgcat`` writes between the versions of an entry two catalogues translate
#: differently: "#-#-#-#-#  fr-B.po (PACKAGE VERSION)  #-#-#-#-#" (TP606 reports it)
CONFLICT_MARK = "#-#-#-#-#"


def localise(release: Release, segments: tuple[Segment, ...], lang: str, source_lang: str,
             translations: TranslationSet | None, style: HouseStyle, joiner: str,
             include_fuzzy: bool = False, merge_text: bool = False) -> Localised:
    """Replace each unit by its translation; untranslated units fall back to the source, marked.

    ``merge_text``: each run of text (units and the joiners between them, outside or inside
    markup) is one text span instead of one per piece. The text and every writer's output are
    the same (escaping a string or its pieces gives the same characters), the spans are not
    made one by one, and the page writers walk and escape far fewer of them. Not for a
    right-to-left page: its Latin runs are isolated span by span (``htmlstring._isolated``)."""
    from transpub.segment import PlaceholderMismatch, to_spans

    by_block: dict[str, list[Segment]] = defaultdict(list)
    for segment in segments:
        by_block[segment.block_id].append(segment)
    is_source = lang == source_lang
    translated = fuzzy_used = 0
    fallbacks: list[str] = []
    problems: list[Problem] = []
    blocks: list[Block] = []
    served: set[int] = set()
    items = translations.items if translations is not None else {}
    lookup = items.get
    merge = merge_text
    source_joiner = joiner_of(source_lang)
    # (French: no-break spaces before « : ; ! ? » …; the source's page is its own text)
    spaced = style.spaced if lang != source_lang else str
    for block in release.blocks:
        units = by_block.get(block.id)
        if not units:
            blocks.append(block)
            continue
        spans: list[Span] = []
        run: list[str] = []  # text not made into spans yet
        fell = False  # whether the unit before fell back
        for index, segment in enumerate(units):
            if index:
                run.append(joiner)
            joined, fell = fell, False
            item = usable(segment, lookup, translations, served, problems, include_fuzzy)
            if item is not None:
                target = spaced(published(item.target))  # (composed, forms as letters)
                # (no placeholder parse for the common unit that has none)
                if not segment.placeholders and "<" not in target:
                    run.append(target)
                    translated += 1
                    fuzzy_used += item.fuzzy
                    continue
                try:
                    pieces = to_spans(target, segment)
                except PlaceholderMismatch as exc:
                    problems.append(Problem(segment.id, item.line, f"placeholders: {exc}"))
                else:
                    _add(spans, run, pieces, merge)
                    translated += 1
                    fuzzy_used += item.fuzzy
                    continue
            text = segment.text
            plain = not segment.placeholders and "<" not in text
            if is_source:
                translated += 1
                if plain:
                    run.append(text)
                else:
                    _add(spans, run, to_spans(text, segment), merge)
            else:
                if joined:
                    # the unit before fell back too: one span holds both, joined as the
                    # source joins them (Chinese joins with nothing, «2024.Are States…»; an
                    # Arabic page laid two spans out right to left, the second first)
                    spans.pop()  # (its close)
                    run[-1:] = [source_joiner] if source_joiner else []
                    if merge and spans[-1].kind == "text":
                        run.insert(0, spans.pop().text)  # (one text span a run: merge_text)
                else:
                    if run:
                        _flush(spans, run, merge)
                    spans.append(Span("open", tag="span", attrs=(("lang", source_lang),)))
                fallbacks.append(segment.id)
                fell = True
                _add(spans, run, [_text_span("text", text)] if plain
                     else to_spans(text, segment), merge)
                if run:
                    _flush(spans, run, merge)
                spans.append(Span("close", tag="span"))
        if run:
            _flush(spans, run, merge)
        blocks.append(_with_spans(block, tuple(spans)))
    if translations is not None and not is_source:
        problems.extend(_unmatched(translations, served))
    date_text = style.format_date(release.date) if release.date else ""
    localised = replace(release, lang=lang, blocks=tuple(blocks), date_text=date_text)
    return Localised(localised, lang, source_lang, len(segments), translated, fuzzy_used,
                     tuple(fallbacks), tuple(problems))
