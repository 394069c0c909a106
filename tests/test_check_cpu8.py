"""The per-unit shortcuts of issue 13's eighth round give what the plain computations give.

* TP603 (``completeness.copied_source``) compares a translation's first and last characters with
  the squashed source before it counts the source's words, and counts the letters of a
  translation into Arabic, Chinese or Russian only where fewer than one character in twenty
  is of its script: the same findings as the tests in their first order (generated copies of
  every kind, the corpora, the real PO files);
* TP501 (``markup.placeholders``) reads a translation's placeholders once and looks for inline
  tags only where a "<" is left once they are taken out: the same tags and findings as the plain
  computation (generated markup, the corpora, the real PO files);
* TP101-TP106 return ``()`` when the full computation has nothing to say: the same findings
  as running their generators on every unit (the sample release, variants, the corpora);
* ``Finding``, ``Hit`` and ``Honorific`` made without their ``__init__`` (fastnew) are the
  objects the dataclasses make: equal, hashing alike, the same ``repr`` and pickle.
"""

from __future__ import annotations

import pickle
import random
import re
from collections import Counter
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from transpub.catalog import read_translations
from transpub.checks import completeness, honorifics, markup, terminology
from transpub.checks.context import CheckContext, Unit
from transpub.checks.emphasis import set_aside
from transpub.checks.registry import REGISTRY, Finding, Severity, finding
from transpub.garbled import garbling_at
from transpub.honorifics import Honorific, find_honorifics
from transpub.pounits import po_units
from transpub.scripts import SCRIPT_NAMES, SCRIPTS, base_language
from transpub.segment import PLACEHOLDER_RE, placeholder_names
from transpub.termbase import Termbase, load_termbases
from transpub.terms import Hit, _new_hit

import realcorpus
import realdata

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "es", "ru", "ar", "zh")


def _real_units() -> list[Unit]:
    """The real corpus's units (the test skips when its files are absent)."""
    units: list[Unit] = []
    for folder in realcorpus.PO_DIRS:
        for path in realdata.paths(folder, ".po"):
            lang = path.stem
            units += po_units(read_translations(path, lang), lang, path.name, None)
    return units


def _copies(source: str, target: str, lang: str) -> list[Unit]:
    """The pair, and the source copied into the translation as translators' tools do: as is,
    with spacing, case and apostrophes changed, cut short, and in the middle of other text."""
    texts = [target, source, f"  {source} ", source.upper(), source.casefold(),
             source.replace(" ", "\u00a0"), source.replace("'", "’"), source[:-1],
             source[1:], f"{source[:1]}{target}{source[-1:]}", f"« {source} »"]
    return [Unit(f"u{n}", lang, source, text, "f.po", n) for n, text in enumerate(texts)]


# -- TP603, the tests in their first order -----------------------------------------------------

def _plain_copied_source(ctx: CheckContext, unit: Unit) -> list[Finding]:
    target = unit.target.strip()
    if not target or unit.lang.split("_")[0] == ctx.source_lang.split("_")[0]:
        return []
    if not completeness._enough_words(unit.source,
                                      unit.lang.split("_")[0] in completeness._OTHER_SCRIPTS):
        return []
    squashed = completeness._squash(unit.source)
    if not completeness._ends_agree(target, squashed) or completeness._squash(target) != \
            squashed:
        return _plain_not_in_script(ctx, unit, target)
    if (unit.lang.split("_")[0] in completeness._LATIN_NAMES_KEPT
            and completeness._NAME.fullmatch(unit.source.strip())
            and not ctx.source_hits(unit.source)):
        return [finding("TP603", unit, "the translation keeps the source's name in Latin "
                        "script", severity=Severity.INFO)]
    return [finding("TP603", unit, "the translation is a copy of the source text")]


def _plain_not_in_script(ctx: CheckContext, unit: Unit, target: str) -> list[Finding]:
    """A translation into Arabic, Chinese or Russian fewer than one in twenty of whose letters
    (links, codes and symbols aside) are its script's, counted on every unit."""
    ranges = SCRIPTS.get(unit.lang.split("_")[0])
    if ranges is None or not completeness._enough_words(unit.source, True):
        return []
    alpha = sum(1 for c in completeness._words_only(target) if c.isalpha())
    ours = len(re.findall(f"[{ranges}]", target))
    if not alpha or ours or garbling_at(target, unit.source) is not None:
        return []
    if (unit.lang.split("_")[0] in completeness._LATIN_NAMES_KEPT
            and completeness._NAME.fullmatch(unit.source.strip())
            and not ctx.source_hits(unit.source)):
        return [finding("TP603", unit, "the translation keeps the source's name in Latin "
                        "script", severity=Severity.INFO)]
    script = SCRIPT_NAMES[base_language(unit.lang)]
    return [finding("TP603", unit, f"the translation is not in {script} script ({ours} of its "
                    f"{alpha} letters): text of another language, not its translation")]


_WORDS = st.sampled_from(["the", "Report", "of", "UNICEF", "A/RES/70/1", "CO2", "Igor",
                          "Trunov", "«", "%(n)s", "<a1>", "</a1>", "http://un.org", "ß",
                          "İstanbul", "’s", "2015", "Генеральная", "大会", "", " ", "\u00a0"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_WORDS, max_size=8).map(" ".join), st.lists(_WORDS, max_size=8).map(" ".join),
       st.sampled_from(("fr", "zh", "ru", "en", "es_MX")))
@example("Igor Trunov", "Igor Trunov", "zh")
@example("The report of the Secretary", "the REPORT of the secretary", "fr")
def test_copied_source_is_the_plain_order(source: str, target: str, lang: str) -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    for unit in _copies(source, target, lang):
        assert list(completeness.copied_source(ctx, unit)) == _plain_copied_source(ctx, unit)


def test_copied_source_is_the_plain_order_on_the_corpora() -> None:
    termbase = load_termbases([ROOT / "tests" / "corpus" / "termbase.tbx"])
    ctx = CheckContext(termbase, source_lang="en")
    found = 0
    for source, target, lang in corpus_pairs():
        for unit in _copies(source, target, lang):
            want = _plain_copied_source(ctx, unit)
            assert list(completeness.copied_source(ctx, unit)) == want, unit
            found += bool(want)
    assert found > 100  # the copies are found: the comparison is not of empty lists


def test_copied_source_is_the_plain_order_on_the_real_corpus() -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    rng = random.Random(8)
    units = _real_units()
    copies = [c for u in rng.sample(units, 300) for c in _copies(u.source, u.target, u.lang)]
    for unit in units + copies:
        assert list(completeness.copied_source(ctx, unit)) == _plain_copied_source(ctx, unit)


# -- TP501, the plain tags -----------------------------------------------------------------------

def _plain_tags(text: str) -> Counter[str]:
    tags = Counter(placeholder_names(text))
    stripped = PLACEHOLDER_RE.sub("", text)
    # (a link's address TP401 reads set aside: ``<a href>``)
    tags.update(markup._link_aside(re.sub(r"\s+", " ", t))
                for t in markup._HTML_TAG.findall(stripped))
    return tags


_TAG_PIECES = ["<a1>", "</a1>", "<x1/>", "<b2>", "</b2>", "<i>", "</i>", "<sup>", "</sup>",
               "<br/>", "<span  class='x'>", "</span>", "Voir ", "le Pacte", " ", "<", ">",
               '<a  href="https://x.org/">', '<a href="x.html">', "</a>", "«", "»",
               "<a 1>", "<A1>", "</ i>", "\n"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_TAG_PIECES), max_size=8).map("".join),
       st.lists(st.sampled_from(_TAG_PIECES), max_size=8).map("".join), st.booleans())
@example("Voir <a1>le Pacte</a1>", "Voir </a1>le Pacte<a1>", False)
@example("<i>Le</i> Pacte <x1/>", "<i>Le Pacte<x1/>", True)
def test_tags_and_placeholders_are_the_plain_computation(source: str, target: str,
                                                          foreign: bool) -> None:
    assert markup._tags(target) == _plain_tags(target)
    assert markup._tags(target, placeholder_names(target)) == _plain_tags(target)
    ctx = CheckContext(Termbase(()), source_lang="en")
    unit = Unit("u1", "fr", source, target, "f.po", 3, foreign=foreign)
    assert list(markup.placeholders(ctx, unit)) == _plain_placeholders(unit)


def _plain_placeholders(unit: Unit) -> list[Finding]:
    """TP501 as first written: both sides' tags read in full, the order read again."""
    if "<" not in unit.source and "<" not in unit.target:
        return []
    want, have = _plain_tags(unit.source), _plain_tags(unit.target)
    lacking, adding, said = want - have, have - want, []
    if unit.foreign:
        # (what a foreign page's reader does not lose, an info: emphasis.set_aside)
        lacking, adding, said = set_aside(lacking, adding, unit.source, unit.target)
    light = [finding("TP501", unit, "markup differs, nothing lost on the page: "
                     + "; ".join(said), severity=Severity.INFO)] if said else []
    if lacking or adding:
        missing = sorted(lacking.elements())
        extra = sorted(adding.elements())
        parts = []
        if missing:
            parts.append("missing " + " ".join(f"<{m}>" if not m.startswith("<") else m
                                               for m in missing))
        if extra:
            parts.append("unexpected " + " ".join(f"<{e}>" if not e.startswith("<") else e
                                                  for e in extra))
        only_markup = all(t.startswith("<") for t in (*missing, *extra))
        severity = Severity.WARNING if unit.foreign and only_markup else None
        return [finding("TP501", unit, "placeholders differ: " + "; ".join(parts),
                        expected=" ".join(f"<{t}>" for t in placeholder_names(unit.source)),
                        severity=severity), *light]
    stack: list[str] = []
    for name in placeholder_names(unit.target):
        if name.endswith("/"):
            continue
        if name.startswith("/"):
            if not stack or stack.pop() != name[1:]:
                return [*light, finding("TP501", unit, f"<{name}> closes the wrong element")]
        else:
            stack.append(name)
    return light


def test_placeholders_are_the_plain_computation_on_the_corpora_and_real_files() -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    units = [Unit(f"u{n}", lang, source, target, "f.po", n)
             for n, (source, target, lang) in enumerate(corpus_pairs())]
    for unit in units + _real_units():
        assert markup._tags(unit.target) == _plain_tags(unit.target)
        assert list(markup.placeholders(ctx, unit)) == _plain_placeholders(unit)


# -- TP101-TP106: ``()`` exactly when the generators find nothing -------------------------------

def _full(ctx: CheckContext, unit: Unit, code: str) -> list[Finding]:
    """A check's findings with its generator run on every unit (no shortcut)."""
    if code == "TP101":
        return list(terminology._term_missing(ctx, unit, terminology._shortfalls(ctx, unit)))
    if code == "TP102":
        return list(terminology._term_misspelt(ctx, unit, terminology._shortfalls(ctx, unit)))
    matcher = ctx.matcher(unit.lang)
    if code == "TP103":
        return list(terminology._term_extra(ctx, unit, matcher.find(unit.target)))
    if code == "TP104":
        return list(terminology._term_deprecated(matcher, unit, matcher.find(unit.target)))
    source = honorifics._honorifics(unit.source, ctx.source_lang)
    target = honorifics._honorifics(unit.target, unit.lang)
    if code == "TP105":
        if not source or len(target) >= len(source):
            return []
        if len(target) + sum(honorifics._copied(unit.source, m, unit.target)
                             for m in source[:honorifics._COPIES_SOUGHT]) >= len(source):
            return []  # (copied as the source writes it: "Dr. PawPaw")
        missing = source[len(target)] if target else source[0]
        # (the first of the one gender the translation has fewer of, when only one is short)
        wanted, kept = honorifics._genders(source), honorifics._genders(target)
        short = {gender for gender in ("m", "f") if wanted[gender] > kept[gender]}
        if len(short) == 1:
            missing = next((m for m in source if m.genders & short), missing)
        titled = honorifics._titled(unit.source, source, unit.target, unit.lang)
        # (a surname named again, which the translation does not name: referred to)
        unnamed = titled is None and honorifics._surnames_only(unit.source, ctx.source_lang) \
            and honorifics._unnamed(ctx, unit, source)
        if unnamed:
            titled = honorifics.title_beyond_source(unit.source, unit.target, unit.lang)
        referred = honorifics.referred_to(unit.source, unit.target, unit.lang, missing.end) \
            if unnamed and titled is None else None
        if titled is None and referred is None and honorifics._title_apposed(unit.source,
                                                                              missing):
            # (the source's title set before the name, as UN Russian and Chinese write it)
            titled = honorifics._title_before_name(unit.source, missing, unit.target,
                                                   unit.lang)
        if titled is not None:  # (the person named by a title instead: info)
            return [finding("TP105", unit, f"honorific «{missing.text}» is missing "
                            f"({len(source)} in the source, {len(target)} in the translation):"
                            f" the translation names the person by a title («{titled}»)",
                            expected=missing.text, severity=Severity.INFO)]
        if referred is not None:
            return [finding("TP105", unit, f"honorific «{missing.text}» is missing "
                            f"({len(source)} in the source, {len(target)} in the translation):"
                            f" the translation refers to the person as «{referred}»",
                            expected=missing.text, severity=Severity.INFO)]
        if unnamed and not honorifics._spelt_otherwise(unit.source, source, unit.target,
                                                       unit.lang):
            # (the person named again not named at all: a subject left out, a description)
            return [finding("TP105", unit, f"honorific «{missing.text}» is missing "
                            f"({len(source)} in the source, {len(target)} in the translation):"
                            " the translation does not name the person either (a subject left"
                            " out, a pronoun or a description may refer to them)",
                            expected=missing.text, severity=Severity.INFO)]
        return [finding("TP105", unit, f"honorific «{missing.text}» is missing "
                        f"({len(source)} in the source, {len(target)} in the translation)",
                        expected=missing.text)]
    return list(honorifics._honorific_gender(unit, source, target))


def test_term_and_honorific_checks_return_what_their_generators_find() -> None:
    """On the sample release (its translations, with words left out or doubled) and the
    corpora, with their own termbases: each check's findings are the full computation's."""
    rng = random.Random(13)
    cases: list[tuple[Path, list[Unit]]] = []
    sample: list[Unit] = []
    for lang in LANGS:
        for path in sorted((ROOT / "locales" / lang / "LC_MESSAGES").glob("*.po")):
            for unit in po_units(read_translations(path, lang), lang, path.name, None):
                words = unit.target.split(" ")
                at = rng.randrange(len(words))
                sample += [unit, Unit(unit.id, lang, unit.source,
                                      " ".join(words[:at] + words[at + 1:]), unit.file,
                                      unit.line)]
    cases.append((ROOT / "locales" / "termbase.tbx", sample))
    cases.append((ROOT / "tests" / "corpus" / "termbase.tbx",
                  [Unit(f"u{n}", lang, source, target, "f.po", n)
                   for n, (source, target, lang) in enumerate(corpus_pairs())]))
    codes = ("TP101", "TP102", "TP103", "TP104", "TP105", "TP106")
    found = Counter[str]()
    for tbx, units in cases:
        ctx = CheckContext(load_termbases([tbx]), source_lang="en")
        for unit in units:
            for code in codes:
                want = _full(ctx, unit, code)
                assert list(REGISTRY[code].func(ctx, unit)) == want, (code, unit)
                found[code] += len(want)
    # each check finds something, so that the comparison is not of empty lists only
    assert all(found[code] for code in ("TP101", "TP102", "TP103", "TP105", "TP106")), found


# -- records made without their __init__ ---------------------------------------------------------

def _same_record(fast: object, plain: object) -> None:
    assert type(fast) is type(plain)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain


def test_findings_hits_and_honorifics_made_fast_are_what_init_makes() -> None:
    unit = Unit("u7", "fr", "Mr. Guterres said", "M. Guterres a dit", "r.po", 12)
    for code, registered in REGISTRY.items():
        for severity in (None, Severity.INFO):
            for span in (None, (2, 5)):
                fast = finding(code, unit, "a message", expected="x", span=span,
                               severity=severity)
                plain = Finding(code=code, severity=severity or registered.severity,
                                lang="fr", file="r.po", line=12, unit="u7",
                                message="a message", expected="x", source=unit.source,
                                target=unit.target, span=span, check=registered.name)
                _same_record(fast, plain)
    _same_record(_new_hit("c1", 0, 4, "Guterres", "preferred"),
                 Hit("c1", 0, 4, "Guterres", "preferred"))
    for text, lang in (("H.E. Mr. Guterres and Ms. Bachelet met", "en"),
                       ("S. E. M. Guterres et Mme Bachelet", "fr"),
                       ("г-н Гутерриш", "ru"), ("السيد غوتيريش", "ar"), ("古特雷斯先生", "zh")):
        found = find_honorifics(text, lang)
        assert found, (text, lang)
        for mention in found:
            _same_record(mention, Honorific(mention.start, mention.end, mention.text,
                                            mention.genders))


def _plain_honorifics(text: str, lang: str) -> list[Honorific]:
    """``find_honorifics`` as first written (a slice matched per pair of mentions, the genders'
    set made per match)."""
    from transpub.honorifics import _patterns
    from transpub.terms import fold

    compiled = _patterns(lang)
    if compiled is None:
        return []
    pattern, groups = compiled
    folded = fold(text, lang)
    out: list[Honorific] = []
    for match in pattern.finditer(folded):
        gender = next((groups[g] for g, v in match.groupdict().items() if v), "")
        genders = frozenset({gender} if gender else set())
        if out and re.fullmatch(r"[\s\u00a0]*", folded[out[-1].end:match.start()]):
            last = out.pop()
            out.append(Honorific(last.start, match.end(), text[last.start:match.end()],
                                 last.genders | genders))
            continue
        out.append(Honorific(match.start(), match.end(), text[match.start():match.end()],
                             genders))
    return out


_HONORIFIC_PIECES = ["H.E.", "Mr.", "Ms.", "Mrs", "Dr", "Sir", "M.", "Mme", "S. E.", "Sra.",
                     "Excmo.", "г-н", "г-жа", "Его Превосходительство", "السيد", "السيدة",
                     "先生", "女士", "阁下", " ", "\u00a0", "  ", "Guterres", "Bachelet", "and",
                     "et", "Гутерриш", "غوتيريش", "古特雷斯", ",", "."]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_HONORIFIC_PIECES), max_size=10).map(" ".join),
       st.sampled_from(("en", "fr", "es", "ru", "ar", "zh")))
@example("H.E. Mr. Guterres and Ms.\u00a0Bachelet", "en")
@example("S. E. M.  Guterres", "fr")
def test_honorifics_are_the_plain_computation(text: str, lang: str) -> None:
    assert find_honorifics(text, lang) == _plain_honorifics(text, lang)


def test_honorifics_are_the_plain_computation_on_the_corpora_and_real_files() -> None:
    merged = 0
    texts = [(t, lang) for s, t, lang in corpus_pairs()] + [(s, "en") for s, _, _ in
                                                             corpus_pairs()]
    texts += [(u.target, u.lang) for u in _real_units()] + [(u.source, "en")
                                                             for u in _real_units()]
    for text, lang in texts:
        found = find_honorifics(text, lang)
        assert found == _plain_honorifics(text, lang), (text, lang)
        merged += any(len(h.text.split()) > 1 for h in found)
    assert merged  # mentions merged ("H.E. Mr.") are among them
