"""Untranslated, fuzzy and copied units (TP6xx)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.credits import nothing_to_translate
from transpub.garbled import garbling_at, lam_alef_turned, ocr_slip, presentation_forms
from transpub.localise import CONFLICT_MARK
from transpub.memo import memo
from transpub.scripts import SCRIPT_NAMES, base_language, count_letters, script_letters
from transpub.segment import PLACEHOLDER_RE

_COMMON_WORD = re.compile(r"(?<![\w-])[a-z]{2,}(?![\w-])")
_ANY_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z'’-]+")
#: an e-mail address, a link of any scheme (``ftp://``, ``rsync://`` as well as the web's) or
#: one written from "www."
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w.-]+"
                      r"|(?:(?<![\w+.-])[A-Za-z][\w+.-]*://|www\.)\S+")
#: a host name written bare ("security.debian.org", "OpenOffice.org"): labels and dots, ending
#: in a top-level domain of lower-case letters, no word, dot or slash either side (a
#: sentence's "e.g." or "U.S." has no such ending); each label holds no dot, so one pass
#: reads it
_HOST = re.compile(r"(?<![\w.@/-])(?:[A-Za-z\d][A-Za-z\d-]*\.)+[a-z]{2,24}(?![\w@/-])")
#: what code markup (raw HTML or a placeholder of it: ``<code>``, ``<code1>``) holds: a
#: command, a file, a path, never words to translate ("rsync -avzP ftp.skolelinux.org::…")
_CODE = re.compile(r"<(code|tt|kbd|samp)(\d*)(?:\s[^<>]*)?>[^<]*</\1\2>")
#: Symbols, the same in every language: a UN document symbol (A/RES/70/1, E/CN.4/Sub.2/2005/1)
#: and a token of letters and digits together (CO2, N2O, H5N1, ISO/IEC 27001)
_SYMBOL = re.compile(r"(?<![\w/])[A-Z][A-Za-z]*(?:/[A-Za-z0-9.()-]+)+"
                     r"|(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+(?![\w-])")
_FORMAT = re.compile(r"%(?:\([^)]*\)|\d+\$)?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]"
                     r"|\{[^{}\s]*\}|</?[A-Za-z][^<>]*>|\$\{?\w+\}?")
#: a hashtag or a handle
_TAG = re.compile(r"(?<![\w&])[#@][^\W_][\w.-]*")
#: Languages not written in Latin script: a copied Latin source is never their translation.
_OTHER_SCRIPTS = frozenset("ar fa he ur zh ja ko ru uk bg sr be mk kk el hy ka hi bn th".split())


# The checks of this module return their findings (mostly none) instead of yielding them: a
# generator costs three times as much to make and exhaust as a function returning ``()``, and
# every check runs on every unit (see benchmarks/HISTORY.md, "Check: the per-unit work").

def _termbase_says(ctx: CheckContext, unit: Unit) -> bool:
    """Whether the termbase gives a term of the unit's source otherwise in the unit's language
    (a credit's agency the workspace's termbase renders: "United Nations", «Nations Unies»)."""
    matcher = ctx.matcher(unit.lang)
    for hit in ctx.source_hits(unit.source):
        concept = matcher.concepts.get(hit.concept)
        said = concept.forms(unit.lang) if concept is not None else ()
        if said and unit.source[hit.start:hit.end] not in {term.text for term in said}:
            return True
    return False


@check("TP601", "untranslated", Severity.ERROR, "completeness")
def untranslated(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The unit has no translation."""
    if unit.target.strip():
        return ()
    if nothing_to_translate(unit.source, unit.lang) and not _termbase_says(ctx, unit):
        # (a picture's credit of an agency, an id and a name, "UNICEF/UN073038/Phelps": the
        # build publishes its source, which is what a translator would copy; an error had
        # failed the gate until someone copied it, t67/hA)
        return (finding("TP601", unit, "not translated: a picture's credit with nothing to "
                        "translate (an agency, a picture's id, a name): published as its "
                        "source", severity=Severity.INFO),)
    return (finding("TP601", unit, "not translated"),)


@check("TP602", "fuzzy", Severity.WARNING, "completeness")
def fuzzy(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation is marked fuzzy: a draft that will not be published."""
    if unit.fuzzy and unit.target.strip():
        return (finding("TP602", unit, "fuzzy translation (needs review; not published)"),)
    return ()


@check("TP606", "merge-conflict", Severity.ERROR, "completeness")
def merge_conflict(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation holds msgcat's conflict markers: two translators' versions, one after
    the other (never published)."""
    if CONFLICT_MARK in unit.target:
        return (finding("TP606", unit, "the translation holds msgcat's conflict markers "
                        f"({CONFLICT_MARK} …): two versions, merged; keep one"),)
    return ()


@check("TP609", "garbled-text", Severity.ERROR, "completeness")
def garbled_text(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation is garbled: a character no page may hold, the replacement character
    a failed decoding leaves, UTF-8 misread in a single-byte code page («dÃ©veloppement»), or
    Arabic presentation forms (text copied from a PDF)."""
    letters = unit.target  # (its Arabic presentation forms read as letters: ``pounits``)
    written = unit.written or letters  # (the translation as its file writes it)
    garbled = garbling_at(written, unit.source)
    if unit.written:  # (reported on the text as written, forms and all)
        unit = replace(unit, target=unit.written)
    if garbled is not None:
        message, expected, span = garbled
        return (finding("TP609", unit, message, expected=expected, span=span),)
    found = presentation_forms(written, unit.source) if written is not letters else None
    if found is None:
        found = ocr_slip(letters, unit.source)
    if found is None and unit.lang[:2] == "ar":
        found = lam_alef_turned(letters, unit.source)
    if found is None:
        return ()
    return (finding("TP609", unit, found[0], expected=found[1]),)


@check("TP605", "surplus-plural-form", Severity.ERROR, "completeness")
def surplus_plural_form(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A plural translation beyond the forms the file's Plural-Forms header declares."""
    if unit.surplus:
        return (finding("TP605", unit, f"msgstr[{unit.form}] is beyond the {unit.surplus} "
                        "plural form(s) of the file (its Plural-Forms header's, else its "
                        "language's; msgfmt refuses the file)"),)
    return ()


@check("TP603", "copied-source", Severity.ERROR, "completeness")
def copied_source(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation is the source text copied, or not in its language's script at all: an
    untranslated unit in disguise."""
    target = unit.target.strip()
    if not target:
        return ()
    # the first and last characters first: they tell almost every translation from a copy
    # (the tests below are pure functions of the unit: their order changes no finding)
    if _ends_agree(target, _squash_source[unit.source]):
        copied = _copied(ctx, unit, target)
        if copied is not None:
            return copied
    letters = script_letters(unit.lang)
    if letters is None or count_letters(letters, target) * _FOREIGN >= len(target):
        return ()  # (a Latin-script language, or letters of the script enough)
    return _not_in_script(ctx, unit, target, letters)


def _copied(ctx: CheckContext, unit: Unit, target: str) -> tuple[Finding, ...] | None:
    """TP603's findings on a copy of the source (none: a copy rightly kept); None when
    ``target`` is no copy of it."""
    lang = unit.lang.split("_")[0]
    if lang == ctx.source_lang.split("_")[0] or not _enough_words(unit.source,
                                                                   lang in _OTHER_SCRIPTS):
        return ()
    if _squash(target) != _squash_source[unit.source]:
        return None
    if (lang in _SAME_SCRIPT and _NAMES_ONLY.fullmatch(unit.source.strip())
            and not ctx.source_hits(unit.source)):
        return ()  # "19. Wa'il Da`bul" in a list of names: the same name in French, Spanish
    return _kept(ctx, unit, lang) or (
        finding("TP603", unit, "the translation is a copy of the source text"),)


def _kept(ctx: CheckContext, unit: Unit, lang: str) -> tuple[Finding, ...]:
    """The info a translation in the source's script gets where the source is what a
    translation may keep as it stands (none: an error)."""
    if (lang in _LATIN_NAMES_KEPT and (_NAME.fullmatch(unit.source.strip())
                                       or _NAMES_ONLY.fullmatch(unit.source.strip()))
            and not ctx.source_hits(unit.source)):
        # «Igor Trunov» in a Chinese letter's signature: UN Chinese keeps in Latin script a
        # name with no established Chinese form; a name the termbase knows has one
        return (finding("TP603", unit, "the translation keeps the source's name in Latin "
                        "script", severity=Severity.INFO),)
    if lang in _OTHER_SCRIPTS and _product(unit.source):
        # "GNU Compiler Collection 4.4.5" in a list of a release's packages: Russian and
        # Arabic texts on software keep its name and version as the software writes them
        return (finding("TP603", unit, "the translation keeps the source's product name and "
                        "version in Latin script", severity=Severity.INFO),)
    if ctx.source_lang.startswith("en") and _quoted_language[unit.source]:
        # "Il faut bien le faire." quoted in an English release: a quotation in another
        # language, which the translations rightly keep as it stands
        return (finding("TP603", unit, "the translation is a copy of the source text, which "
                        "is not in English (a quotation?)", severity=Severity.INFO),)
    return ()


#: a translation into Arabic, Chinese or Russian with fewer than one letter of its script in
#: this many of its characters (its letters, once its links, codes and symbols are set
#: aside) is not in its language: English left in the Arabic file ("Excellencies,
#: Colleagues and Friends," for "Colleagues and Friends,": session 62's trial, an Arabic
#: page whose body was the English text), another language's translation pasted. The real
#: translations that keep most of a title in English («另见"Iran manufactures first
#: home-made VTOL…"») have one in ten or more
_FOREIGN = 20


def _not_in_script(ctx: CheckContext, unit: Unit, target: str,
                   letters: re.Pattern[str]) -> tuple[Finding, ...]:
    """TP603 on a translation with (almost) no letter of its language's script, where the
    source has words to translate (not a name, a code, a link or a number alone), and that
    is not garbled on its way (TP609's: UTF-8 read as Latin-1 leaves no Cyrillic letter)."""
    lang = base_language(unit.lang)
    if lang == base_language(ctx.source_lang) or not _enough_words(unit.source, True):
        return ()
    # (no letter of the script at all: a translation that keeps a publication's English
    # title or a list of Latin names beside a word of its own, «Global Trends Report 2019，第12
    # 页», is a translation; a second hostile pass on session 62's changes had found three such
    # reported as not in the language) — asked first: the letters are counted in C, where
    # the other letters were counted a character at a time in Python
    ours = count_letters(letters, target)
    if ours:
        return ()
    # (its letters once links, codes and symbols are set aside: a link alone is no text; the
    # script's letters anywhere, a link's too: then a unit the gate above passed, having
    # one in twenty of its characters, is never found here)
    alpha = sum(map(str.isalpha, _words_only(target)))
    if not alpha or garbling_at(target, unit.source) is not None:
        return ()
    kept = _kept(ctx, unit, lang)
    if kept:
        return kept
    return (finding("TP603", unit, f"the translation is not in {SCRIPT_NAMES[lang]} script "
                    f"({ours} of its {alpha} letters): text of another language, not its "
                    "translation"),)


#: English words without which hardly any English sentence is written
_ENGLISH = frozenset("""
a about after all also an and any are as at be been before but by can could did do does for
from had has have he her here him his how i if in into is it its just like many may me more
most much must my no not now of on one only or other our out over said say says she should
since so some than that the their them then there these they this those to too under up us
very was we were what when where which while who why will with would you your
""".split())
#: the commonest words of the languages a release quotes (French, Spanish, Portuguese,
#: Italian, German): a sentence of them, without English ones, is a quotation
_QUOTED = frozenset("""
le la les des du une et est il elle ils nous vous je ne pas que qui faut sont avec pour dans
el los las del y es por con para una se lo al muy pero como su
os das um uma não são em ao
di che gli non sono della nel
der die das und ist nicht ich wir ein eine sie es zu mit auf zum zur als für über vom beim dem
""".split())


@memo(spread=False)
def _quoted_language(source: str) -> bool:
    """Is ``source`` a sentence of another language quoted in an English text ("Il faut
    bien le faire.")? Two of its commonest words or more, and no English one: an English
    heading without function words ("Deputy Director, Programme Division") is still English,
    a name in another language ("Empresa Argentina de Soluciones Satelitales") still a name."""
    words = [word.lower() for word in _ANY_WORD.findall(source)]
    if len(words) < 3 or any(word in _ENGLISH for word in words):
        return False
    return sum(word in _QUOTED for word in words) >= 2


#: A product's name and its version alone: one to five words each opening with a capital
#: (an acronym, "GNU/Linux", "OpenOffice.org" as well), then a dotted version number
_PRODUCT = re.compile(r"(?:[A-Z][\w.+/-]*\s+){1,5}v?\d+(?:\.\d+)+")


def _product(source: str) -> bool:
    """Is ``source`` a product's name and version alone ("Xen Hypervisor 4.1.4")? A word of
    English prose among its words ("About Debian 7.0", "Release Notes for Debian 9.1") makes
    it a title to translate."""
    text = source.strip()
    return (_PRODUCT.fullmatch(text) is not None
            and not any(word.lower() in _ENGLISH for word in text.split()))


#: Languages that write the source's names as the source does (in the Latin script)
_SAME_SCRIPT = frozenset({"fr", "es", "pt", "it", "de", "nl"})
#: a numbered list item that is only a person's name: its number, then two to five capitalised
#: words (apostrophes and backticks of transliteration inside: Wa'il Da`bul) or particles
_NAMES_ONLY = re.compile(
    r"\d{1,3}[.)]\s+"
    r"(?!(?:The|Of|And|For|In|On|To|An?|At|By|With|From)\b)[A-ZÀ-Þ][\w'’`.-]*"
    r"(?:\s+(?:(?:de|da|del|der|van|von|bin|ibn|al|el|la|le|di|du)\s+)*"
    r"(?!(?:The|Of|And|For|In|On|To|An?|At|By|With|From)\b)[A-ZÀ-Þ][\w'’`.-]*){1,4}")
#: Languages whose UN texts may keep a person's name in Latin script (Arabic and Russian
#: transliterate every name).
_LATIN_NAMES_KEPT = frozenset({"zh", "ja", "ko"})
#: A person's name alone: two to five capitalised words (Jean-Pierre, Ki-moon, O'Brien), with
#: the particles of names (de Mistura, van der Berg, bin Laden, Al-Hussein); a word of English
#: prose ("The", "Of", "For") makes it a title or a heading, not a name.
_NAME = re.compile(
    r"(?!(?:The|Of|And|For|In|On|To|An?|At|By|With|From|Our|Your|Its|This|That|Mr|Ms|Mrs)\b)"
    r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-Za-zÀ-ÿ][a-zß-ÿ]+)*\.?"
    r"(?:\s+(?:(?:de|da|del|della|der|den|van|von|bin|bint|ibn|al|el|la|le|di|du|dos|das|ter"
    r")\s+)*(?!(?:The|Of|And|For|In|On|To|An?|At|By|With|From)\b)"
    r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-Za-zÀ-ÿ][a-zß-ÿ]+)*\.?){1,4}")


def _enough_words(source: str, other_script: bool) -> bool:
    """Has ``source`` words enough for a copy of it to be untranslated?"""
    latin, common = _word_counts[source]
    if other_script:
        # Latin words copied into Arabic, Chinese or Russian: untranslated unless the unit is a
        # single acronym or name part ("UNOCT")
        return latin >= 2
    # "New York", a person's name: the same in French and Spanish; a sentence is not
    return common >= 2


#: What a symbol without a slash holds: a letter and a digit side by side (``_SYMBOL``'s
#: second form is a run of letters and digits with both in it)
_LETTER_DIGIT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")


@memo(spread=False)
def _word_counts(source: str) -> tuple[int, int]:
    """How many distinct Latin words, and lower-case ones, ``source`` has once its
    placeholders, addresses, format directives, markup and symbols are set aside (once per
    source, for its five translations)."""
    text = _words_only(source)
    # (distinct words: "No, no, no, no, no." is one word, the same in Spanish)
    return (len({word.lower() for word in _ANY_WORD.findall(text)}),
            len(set(_COMMON_WORD.findall(text))))


def _words_only(source: str) -> str:
    """``source`` with its placeholders, addresses, format directives, markup, tags and
    symbols set aside (each only where the characters it needs are)."""
    # placeholders, format directives and markup are not words: "%(value)s million" has one
    # translatable word, and is rightly the same in French
    text = source
    if "<" in text:
        text = PLACEHOLDER_RE.sub(" ", _CODE.sub(" ", text))
    if "@" in text or "://" in text or "www." in text:
        text = _ADDRESS.sub(" ", text)
    if "." in text:
        text = _HOST.sub(" ", text)
    if "%" in text or "{" in text or "<" in text or "$" in text:
        text = _FORMAT.sub(" ", text)
    if "#" in text or "@" in text:
        # hashtags and handles are names, the same in every language: "#DIY #HomeRenovation"
        text = _TAG.sub(" ", text)
    # a reference or a list of symbols is rightly copied: "A/RES/70/1", "CO2, CH4, N2O" (a
    # symbol has a slash, or a letter next to a digit: most digits, "in 2014", are neither)
    if "/" in text or _LETTER_DIGIT.search(text):
        text = _SYMBOL.sub(" ", text)
    return text


_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("\u00a0", " ")).strip().casefold()


def _ends_agree(target: str, squashed: str) -> bool:
    """Could ``_squash(target)`` be ``squashed``, for a stripped ``target``? It starts and
    ends with ``target``'s first and last characters folded (``casefold`` folds character by
    character, never to nothing): a translation, which seldom starts and ends as its source
    does, is told apart without being squashed."""
    return (squashed.startswith(target[0].replace("’", "'").casefold())
            and squashed.endswith(target[-1].replace("’", "'").casefold()))


@memo(spread=False)
def _squash_source(text: str) -> str:
    """``_squash`` of a source, once for its five translations."""
    return _squash(text)
