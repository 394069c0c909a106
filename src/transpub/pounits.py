"""A PO file's entries as the units the checks see: one per entry, keyed as gettext keys them
((msgctxt, msgid), so entries sharing a msgctxt are all checked), and one per plural form.

A plural entry is checked form by form with the file's ``Plural-Forms`` (or the language's): a
form used for n = 1 only is compared with ``msgid``, every other form with ``msgid_plural``
(format placeholders always with ``msgid_plural``, as msgfmt does); a form used for fewer than
five numbers may leave the number and its placeholder out ("un commentaire"), as msgfmt allows;
a missing or empty form is untranslated.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from collections.abc import Callable
from functools import cache

from transpub.catalog import Translation, TranslationSet
from transpub.checks.context import Unit
from transpub.errors import CatalogError, TranspubError
from transpub.fastnew import maker
from transpub.garbled import composed, unshaped
from transpub.languages import language, number_convention
from transpub.poread import MAX_PLURAL_FORMS
from transpub.rest import is_rest_catalogue, literal_block

_NPLURALS_RE = re.compile(r"nplurals\s*=\s*(\d+)")
_PLURAL_RE = re.compile(r"plural\s*=\s*(.+?);?\s*$")
#: The numbers that decide which values each plural form serves.
_SAMPLE = range(0, 1001)
#: A form serving fewer numbers than this may omit arguments (msgfmt's rule).
_OFTEN = 5


@cache
def _forms(plural_forms: str) -> tuple[int, Callable[[int], int]]:
    count = _NPLURALS_RE.search(plural_forms)
    expression = _PLURAL_RE.search(plural_forms.split(";", 1)[1] if ";" in plural_forms
                                    else "")
    # (no language has more forms than Arabic's six: a header claiming more is broken)
    if count is None or expression is None or not 1 <= int(count.group(1)) <= MAX_PLURAL_FORMS:
        raise ValueError(plural_forms)
    return int(count.group(1)), gettext.c2py(expression.group(1).strip().rstrip(";"))


@cache
def form_values(plural_forms: str) -> tuple[tuple[int, ...], ...]:
    """For each form, the numbers (of 0…1000) it serves."""
    count, rule = _forms(plural_forms)
    served: list[list[int]] = [[] for _ in range(count)]
    for n in _SAMPLE:
        index = rule(n)
        if 0 <= index < count:
            served[index].append(n)
    return tuple(tuple(v) for v in served)


def po_units(translations: TranslationSet, lang: str, label: str,
             release_date: dt.date | None) -> list[Unit]:
    """Every active entry of a PO file as units; plural entries as one unit per form."""
    # transpub writes X-Release-Date; a PO editor may have replaced its X-Generator since
    header = translations.header
    foreign = not (header.get("X-Generator", "").startswith("transpub")
                   or "X-Release-Date" in header)
    plural_forms = translations.header.get("Plural-Forms", "").strip()
    items = translations.entries or tuple(translations.items.values())
    # A file whose every entry has its own msgctxt uses it as a key (Symfony/JSON/XLIFF
    # exports, "goals/1-title"): then it names a unit, like transpub's ids, and does not make
    # two entries different strings. A context shared or used by only some entries ("abbrev.
    # month", "verb") is gettext's disambiguation.
    contexts = [item.context for item in items]
    keyed = all(contexts) and len(set(contexts)) == len(contexts)
    # "Language: es_MX": Mexico writes "3,000.5" where Spanish writes «3.000,5»
    numbers = number_convention(translations.header_lang, lang)
    # (Sphinx's catalogues: read once a file, never for transpub's own)
    rest = foreign and is_rest_catalogue(header, (item.source for item in items), contexts)
    units: list[Unit] = []
    marker = False  # (the entry before ends in "::": this one is the block it announces)
    for item in items:
        block = rest and literal_block(item.source, marker)
        marker = item.source.rstrip().endswith("::")
        if item.source_plural is None:
            units.append(_unit(item, item.unit, lang, item.source, item.target, label,
                               release_date, foreign, keyed=keyed, numbers=numbers,
                               rest=rest, block=block))
            continue
        served = _served(plural_forms, lang, translations)
        for index, values in enumerate(served):
            target = item.forms[index] if index < len(item.forms) else ""
            source = item.source if values == (1,) else item.source_plural
            units.append(_unit(item, f"{item.unit} [{index}]", lang, source, target, label,
                               release_date, foreign, loose=len(values) < _OFTEN,
                               form=index, keyed=keyed, numbers=numbers, rest=rest,
                               block=block))
        # forms beyond the header's nplurals: msgfmt refuses the file, and a translation
        # must never be passed over in silence (TP605)
        units.extend(_unit(item, f"{item.unit} [{index}]", lang, item.source_plural, extra,
                           label, release_date, foreign, form=index, keyed=keyed,
                           surplus=len(served), numbers=numbers, rest=rest,
                           block=block)
                     for index, extra in enumerate(item.forms[len(served):], len(served))
                     if extra)  # (an index between is no form: msgstr[5] after [1])
    return units


def _served(plural_forms: str, lang: str,
            translations: TranslationSet) -> tuple[tuple[int, ...], ...]:
    for candidate in (plural_forms, _language_forms(lang)):
        if not candidate:
            continue
        try:
            return form_values(candidate)
        except (ValueError, SyntaxError, TypeError, ArithmeticError, RecursionError):
            continue
    raise CatalogError(f"Plural-Forms header cannot be read: {plural_forms!r}",
                       translations.path, 1)


def _language_forms(lang: str) -> str:
    try:
        return language(lang).plural_forms
    except TranspubError:
        return ""


def _unit(item: Translation, ident: str, lang: str, source: str, target: str, label: str,
          release_date: dt.date | None, foreign: bool, loose: bool = False,
          form: int | None = None, keyed: bool = False, surplus: int = 0,
          numbers: str = "", rest: bool = False, block: bool = False) -> Unit:
    written = composed(target)
    # (the checks read a translation's Arabic presentation forms as letters, here for all of
    # them: the text copied from a PDF that holds them looks right, and a name, a date or a
    # number compared as other letters had been "missing"; TP609 reports them)
    read = unshaped(written)
    unit: Unit = _new_unit(ident, lang, composed(source), read, label, item.line, item.fuzzy,
                           release_date, item.context, item.flags, foreign, loose, form,
                           item.source_plural, surplus, keyed, numbers,
                           "" if read is written else written, rest, block)
    return unit


#: ``Unit(...)`` without its ``__init__`` (fastnew: one ``object.__setattr__`` per field is
#: most of making a frozen dataclass; one unit per entry and plural form)
_new_unit = maker(Unit, "id", "lang", "source", "target", "file", "line", "fuzzy",
                  "release_date", "context", "flags", "foreign", "loose", "form",
                  "plural_source", "surplus", "keyed", "numbers", "written", "rest",
                  "block")

