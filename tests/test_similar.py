"""The LCS bound (``transpub.similar``, rapidfuzz in C) never changes a verdict: it bounds
difflib's ratio from above, so the near-miss term search and the translation memory's near
matches find exactly what they found with difflib's own bounds (the near-miss search is
compared with its plain form in tests/test_terms_speed.py; the memory here, with the look-up
as it was before: every source sharing a word ranked in Python, difflib's quick_ratio)."""

from __future__ import annotations

import difflib
import heapq
import random
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import tm as tm_module
from transpub.similar import lcs_length
from transpub.tm import TMEntry, TranslationMemory, _choose, _words

REPO = Path(__file__).resolve().parents[1]

_TEXT = st.text(alphabet=st.sampled_from("abcdeé ая中文-'"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_the_lcs_bound_is_never_below_difflib_ratio(a: str, b: str) -> None:
    if not a and not b:
        return
    sequence = difflib.SequenceMatcher(None, a, b, autojunk=False)
    bound = 2.0 * lcs_length(a, b) / (len(a) + len(b))
    assert bound >= sequence.ratio()
    assert lcs_length(a, b) == lcs_length(b, a) <= min(len(a), len(b))


def test_the_lcs_is_the_longest_common_subsequence() -> None:
    assert lcs_length("executive director", "executive directorate") == 18
    assert lcs_length("Guterres", "Gutteres") == 7
    assert lcs_length("联合国秘书长", "联合国副秘书长") == 6
    assert lcs_length("abc", "") == 0


def _reference_candidates(memory: TranslationMemory, source: str, threshold: float) -> list[str]:
    """``_candidates`` as it was: every source sharing a word, ranked in Python."""
    sources = sorted(memory._by_source)
    word_sets = [_words(s) for s in sources]
    postings: dict[str, list[int]] = {}
    for index, words in enumerate(word_sets):
        for word in words:
            postings.setdefault(word, []).append(index)
    words = _words(source)
    shared: Counter[int] = Counter()
    for word in words:
        shared.update(postings.get(word, ()))
    pool = shared if words else dict.fromkeys(range(len(sources)), 0)
    size = len(source)
    ranked = []
    for index, count in pool.items():
        candidate = sources[index]
        if 2 * min(size, len(candidate)) < threshold * (size + len(candidate)):
            continue
        ranked.append((-(2 * count / (len(words) + len(word_sets[index]) or 1)), candidate))
    return [c for _, c in heapq.nsmallest(tm_module._POOL, ranked)]


def _reference_near(memory: TranslationMemory, source: str,
                    threshold: float = 0.75) -> tuple[TMEntry, float] | None:
    """``near`` as it was before the LCS bound and the length slice."""
    candidates = _reference_candidates(memory, source, threshold)
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(source)
    bounded = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if matcher.quick_ratio() >= threshold:
            bounded.append((-matcher.quick_ratio(), candidate))
    best: tuple[float, str] | None = None
    for negative_bound, candidate in sorted(bounded):
        if best is not None and -negative_bound < best[0]:
            break
        matcher.set_seq1(candidate)
        ratio = matcher.ratio()
        if ratio >= threshold and (best is None or (-ratio, candidate) < (-best[0], best[1])):
            best = (ratio, candidate)
    return None if best is None else (_choose(memory._by_source[best[1]]), best[0])


def _sentences() -> list[str]:
    """The sample release's English sentences (its POT file's msgids)."""
    import polib

    found: list[str] = []
    for path in sorted((REPO / "locales").glob("*.pot")):
        found += [e.msgid for e in polib.pofile(str(path)) if e.msgid]
    return found


def _edit(text: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(rng.randint(1, 3)):
        if not words:
            break
        at = rng.randrange(len(words))
        kind = rng.randrange(4)
        if kind == 0:
            del words[at]
        elif kind == 1:
            words.insert(at, rng.choice(["the", "new", "2021", "United", "not", "—"]))
        elif kind == 2:
            words[at] = words[at][::-1]
        else:
            words[at] = words[at].upper()
    return " ".join(words)


def test_near_matches_are_those_of_the_look_up_as_it_was() -> None:
    """A memory of the sample's sentences and edited copies of them (more than the 64
    candidates compared, of every length), asked for other edited copies, short texts, texts
    without a word and ties: the same entry and the same score every time."""
    rng = random.Random(7)
    sentences = _sentences()
    assert len(sentences) > 15
    remembered = [*sentences, *(_edit(s, rng) for s in sentences for _ in range(12)),
                  "—", "2021", "UN", "The", "the United Nations", "United Nations, the"]
    memory = TranslationMemory([TMEntry(s, f"[fr] {s}", "fr", f"r{i % 7}")
                                for i, s in enumerate(remembered) if s], "fr")
    assert len(memory._by_source) > tm_module._POOL * 2
    asked = [*(_edit(rng.choice(sentences), rng) for _ in range(60)), "—", "–", "2021.",
             "The United Nations", "the", "", "United Nations the", "x" * 300]
    found = 0
    for source in asked:
        for threshold in (0.5, 0.75, 0.9, 1.0):
            assert memory._candidates(source, threshold) == _reference_candidates(
                memory, source, threshold), source
            want = _reference_near(memory, source, threshold) if source else None
            got = memory.near(source, threshold) if source else None
            assert got == want, source
            found += got is not None
    assert found > 60  # (near matches were found, not only misses)


def test_near_matches_in_real_translators_memories() -> None:
    """A memory of real published translations (tests/corpus_real/po*, UN texts translated by
    UN translators: see its SOURCES.md) in each of their languages, asked for their own
    sentences edited: the same entries and scores as the look-up as it was. Skipped without
    the third-party data."""
    import polib

    import realdata

    paths = realdata.paths("tests/corpus_real/po", ".po")  # (skips when absent)
    assert len(paths) == 5
    rng = random.Random(11)
    compared = found = 0
    for path in paths:
        entries = [e for e in polib.pofile(str(path)) if e.msgid and e.msgstr and not e.obsolete]
        memory = TranslationMemory([TMEntry(e.msgid, e.msgstr, path.stem, "real")
                                    for e in entries], path.stem)
        for entry in rng.sample(entries, min(40, len(entries))):
            source = _edit(entry.msgid, rng)
            if not source:
                continue
            assert memory.near(source) == _reference_near(memory, source), (path, source)
            compared += 1
            found += memory.near(source) is not None
    assert compared >= 100 and found >= compared // 2
