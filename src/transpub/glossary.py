"""Glossaries of a column a language: as terminologists keep them in a spreadsheet, and as
translation management systems and CAT tools export their glossaries.

Each row is a concept; the header says which columns hold a language's terms. Headers name
the language as the tools do: alone ("en", "fr-FR", "English", "Français"), with its region
or script ("English (United States)", memoQ's "English_United_States", Crowdin's "Chinese
Simplified", "Spanish (Modern)"), or beside the field the column holds — Crowdin's "Term [en]"
and "Description [en]" (its older exports "Term:English"), Lokalise's "en_description",
memoQ's "English_Def", Transifex's "translation_fr". A column named "Term" with no language
(Tolgee's, Lokalise's, Transifex's) holds the source language's term. A language's "Status"
column gives its terms' status; a "Do not translate" column (Tolgee's "Flagged as
non-translatable", Lokalise's "translatable": no) keeps the source term in every language, a
"Forbidden" one deprecates the row's terms, and a cell that says "do not translate" in place
of a term («不翻译», freeCodeCamp's Crowdin glossaries) keeps the source term in its language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice
from pathlib import Path

from transpub.errors import TermbaseError
from transpub.termbase import (
    _BIDI_MARKS,
    KEEP,
    Concept,
    Fields,
    Term,
    _category,
    _column,
    _lang_key,
    _unfit,
    _wordless_skipped,
    cell_terms,
    glossary_forms,
    keeps_term,
    status_of,
)


def read(records: Iterable[tuple[int, list[str]]], path: Path, source_lang: str,
         warnings: list[TermbaseError], said: list[str] | None = None,
         fields: bool = False) -> list[Concept]:
    """The concepts of a glossary's records (each with its line), whichever of the layouts
    it has: a bilingual glossary's languages on each row (Facebook's, Google's), a column a
    language, or a source and a target column whose language the file's name gives
    (Weblate's and the Translate Toolkit's ``source,target``: ``glossary_fr.csv``). The header
    is the first row with two cells or more (a title or an instruction above it, alone on
    its row, is no header). A glossary of no header in an OmegaT project (its
    ``omegat.project`` in the file's folder or the one above: OmegaT's ``glossary/``) is
    OmegaT's own: source, target and comment on each line, in the project's languages, a
    line beginning with "#" a comment. TermbaseError if no layout is found. ``said``: how
    the layout was read, appended a line each (``described``). ``fields``: a glossary of a
    column a language keeps its other columns (``Concept.fields``)."""
    said = said if said is not None else []
    after = iter(records)
    head = list(islice(after, _TITLE_ROWS + 1))  # (read again for a glossary of no header)
    # (no row of two cells: the first row is what was no header)
    at = next((i for i, (_, cells) in enumerate(head)
               if sum(1 for cell in cells if cell.strip()) >= 2), 0)
    line, header = head[at] if head else (1, [])
    rows = chain(head[at + 1:], after)
    keys = {_column(name) for name in header}
    if keys >= _BILINGUAL:
        cols = [{_column(name): i for i, name in enumerate(header)}[k]
                for k in _BILINGUAL_ORDER]
        said.append(f"a row a term and its translation: {', '.join(header[i] for i in cols)}; "
                    f"the header on line {line}")
        return bilingual(((n, _at(row, cols[0]), _at(row, cols[1]), _at(row, cols[2]),
                           _at(row, cols[3]), "") for n, row in rows), path, warnings)
    found = layout(header, source_lang)
    if len(found.languages) >= 2:
        warnings.extend(TermbaseError(f"column {name!r} names no language transpub knows: "
                                      "its terms are skipped", path, line)
                        for name in found.unknown)
        said += described(header, found, line)
        return concepts(rows, found, path, source_lang, warnings,
                        _other_columns(header, found) if fields else None)
    target = language_of_file(path, source_lang)
    if {"source", "target"} <= keys and target is not None:
        index = {_column(name): i for i, name in enumerate(header)}
        flags = index.get("flags", len(header))
        said.append(f"a source and a target column, {source_lang} into {target} (the target "
                    f"language from the file's name); the header on line {line}")
        # (a term not yet translated, as Weblate's glossaries hold many, is no fault)
        return bilingual(((n, source_lang, target, _at(row, index["source"]),
                           _at(row, index["target"]), _at(row, flags)) for n, row in rows
                          if _at(row, index["target"]).strip() or "read-only" in _at(row, flags)),
                         path, warnings)
    project = omegat_languages(path)
    if project is not None:
        source, target = project
        said.append(f"OmegaT's glossary: source, target and comment a line, {source} into "
                    f"{target} (its project's languages)")
        return bilingual(((n, source, target, _at(row, 0), _at(row, 1), "")
                          for n, row in chain(head, after)
                          if not _at(row, 0).lstrip().startswith("#")
                          and _at(row, 1).strip()), path, warnings)
    # (the cells no layout reads, named: a header the user can rename, where the message had
    # only listed what a header may say)
    unread = [" ".join(name.split()) for name in header if name.strip()
              and column_of(name) == ("", None) and _column(name) not in _KNOWN
              and not _field_word(name)]
    raise TermbaseError(
        "the header must name the columns concept, category, lang, term, status, or "
        "sourceLang, targetLang, sourceString, targetString (a bilingual glossary's export), "
        "or a language each (en, fr, English, French, Term [fr], English short…: a glossary "
        "of a column a language)" + ("; a source,target glossary needs its target language "
                                     "in its name (glossary_fr.csv)"
                                     if {"source", "target"} <= keys else "")
        + (f"; header cell(s) not understood: {', '.join(map(repr, unread[:_SHOWN]))}"
           + (f" and {len(unread) - _SHOWN} more" if len(unread) > _SHOWN else "")
           if unread else "")
        + (f"; the terms of one language only: {', '.join(found.languages)}"
           if len(found.languages) == 1 else ""),
        path, line)


#: the most header cells an error names
_SHOWN = 8


#: the rows above a glossary's header that may hold its title or instructions
_TITLE_ROWS = 10


def omegat_languages(path: Path) -> tuple[str, str] | None:
    """The source and target languages of the OmegaT project a glossary file is in (its
    ``omegat.project`` in the file's folder or the one above it), or None."""
    from transpub.toolxml import parse_tool_xml

    for folder in (path.parent, path.parent.parent):
        project = folder / "omegat.project"
        try:
            data = project.read_bytes()
        except OSError:
            continue
        try:
            root = parse_tool_xml(data, project, TermbaseError).getroot()
        except TermbaseError:
            return None
        source, target = root.findtext(".//source_lang"), root.findtext(".//target_lang")
        if source and target:
            return source.strip(), target.strip()
    return None


def _at(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def language_of_file(path: Path, source_lang: str) -> str | None:
    """The target language a glossary's file name gives, last in it: ``fr.csv``,
    ``glossary_pt_BR.csv``, ``glossary.zh_Hans.csv``, ``en_fr.csv`` (the source language
    first), as Weblate and the Translate Toolkit name a glossary a language."""
    parts = re.split(r"[._\s-]+", path.stem)
    found: list[str] = []
    for size in (2, 1):
        candidate = "_".join(parts[-size:])
        if len(parts) >= size and _CODE.fullmatch(candidate) and \
                candidate.casefold() not in _NOT_LANGUAGES:
            lang = _lang_key(candidate, Path(), None, [])
            if lang is not None:
                found.append(lang)
    source = _lang_key(source_lang, Path(), None, []) or source_lang
    return next((lang for lang in found if lang != source), found[0] if found else None)


#: the columns of a bilingual glossary, as Facebook's and Google's exports name them
#: (``id,sourceLang,targetLang,sourceString,targetString``; Google's adds ``pos`` and
#: ``description``): one row a term and its translation
_BILINGUAL_ORDER = ("sourcelang", "targetlang", "sourcestring", "targetstring")
_BILINGUAL = frozenset(_BILINGUAL_ORDER)


def bilingual(rows: Iterable[tuple[int, str, str, str, str, str]], path: Path,
              warnings: list[TermbaseError]) -> list[Concept]:
    """A bilingual glossary: each row (line, source language, target language, source term,
    its translation, Weblate's flags) a term and its translation. The rows of one source
    term (and source language) are one concept, its translations in the order given (the
    first preferred, the others admitted); the category is ``other``. Weblate's flags:
    ``read-only`` (an untranslatable term) keeps the source term, ``forbidden`` deprecates
    the translation. A string's forms parted by ";" or "|" are each a term (``cell_terms``),
    in OmegaT's own glossary too: OmegaT matches its line whole, but no text holds "UNOCT;
    United Nations Office of Counter-Terrorism", and a translation read whole was a finding
    on every unit."""
    order: list[str] = []
    lines: dict[str, int] = {}
    terms: dict[str, dict[str, list[Term]]] = {}
    keep: set[str] = set()
    # (the texts already in each concept's language: a term given a thousand translations is
    # not compared with each of them per row)
    seen: set[tuple[str, str, str]] = set()
    for line, source_tag, target_tag, source_text, target_text, flags in rows:
        source, target = " ".join(source_text.split()), " ".join(target_text.split())
        if not source and not target:
            continue  # a spreadsheet's empty row (Facebook's Spanish glossary ends with 306)
        source_lang = _lang_key(source_tag, path, line, warnings)
        target_lang = _lang_key(target_tag, path, line, warnings)
        if source_lang is None or target_lang is None:
            continue
        marks = {flag.strip().casefold() for flag in flags.split(",")}
        if source and "read-only" in marks:
            target = target or source
        if not source or not target:
            warnings.append(TermbaseError("row skipped: it needs a source and a target string",
                                          path, line))
            continue
        # (either side may give several forms, "UNOCT; United Nations Office of
        # Counter-Terrorism", as a cell of a column a language does: the full form first)
        sources, targets = cell_terms(source), cell_terms(target)
        unfit = next((part for part in (*sources, *targets) if _unfit(part)), None)
        if unfit is not None or not sources or not targets:
            warnings.append(_wordless_skipped(unfit or (target if sources else source), path,
                                              line, "row"))
            continue
        ident = f"{source_lang}:{source.casefold()}"
        if ident not in terms:
            order.append(ident)
            lines[ident] = line
            forms = dict.fromkeys(form for part in sources
                                  for form in glossary_forms(part, source_lang))
            terms[ident] = {source_lang: [Term(form, "admitted" if n else "preferred")
                                          for n, form in enumerate(forms)]}
        if "read-only" in marks:
            keep.add(ident)
        status = "deprecated" if "forbidden" in marks else ""
        bucket = terms[ident].setdefault(target_lang, [])
        for text in (form for part in targets for form in glossary_forms(part, target_lang)):
            if (ident, target_lang, text) not in seen:
                seen.add((ident, target_lang, text))
                bucket.append(Term(text, status or ("preferred" if not bucket else "admitted")))
    return [Concept(i, "other", {**{k: tuple(v) for k, v in terms[i].items()},
                                 **({KEEP: ()} if i in keep else {})}, lines[i])
            for i in order]


def described(header: Sequence[str], found: Layout, line: int) -> list[str]:
    """How each column of a glossary of a column a language is read: a line for the layout,
    then one a column (its number, its name, what transpub makes of it), so that a user whose
    glossary comes out with a language missing sees which header cell to rename."""
    out = [f"a column a language; the header on line {line}"]
    keep = {i for i, _ in found.keep}
    for index, name in enumerate(header):
        label = " ".join(name.split())
        if not label:
            continue
        kind, lang = column_of(name)
        if index in found.terms:
            what = f"{found.terms[index]} terms" + (
                " (admitted forms)" if kind == "alias" and index not in found.named_by else "")
        elif index in found.statuses:
            what = f"the status of the {found.statuses[index]} terms"
        elif index == found.category:
            what = "the concept's category"
        elif index in keep:
            what = "whether the source term is kept as it is in every language"
        elif index in found.forbidden:
            what = "whether the row's terms are not to be used (deprecated)"
        elif label in found.unknown:
            what = "terms in a language transpub does not know: skipped"
        elif kind == "alias" and lang:
            what = f"not read ({lang} has no column of terms)"
        elif lang:
            what = f"not read (a field of the {lang} terms)"
        else:
            what = "not read"
        out.append(f"  column {index + 1} {label!r}: {what}")
    return out


@dataclass(frozen=True)
class Layout:
    """What a glossary's header says of its columns, by position."""

    terms: dict[int, str]
    """column -> the language whose terms it holds"""
    statuses: dict[int, str]
    """column -> the language whose terms' status it gives"""
    category: int | None
    keep: tuple[tuple[int, str], ...]
    """the columns (and their names) that say whether the row's term is to be translated"""
    forbidden: tuple[int, ...]
    """the columns that say yes when the row's terms are not to be used"""
    unknown: tuple[str, ...] = ()
    """the header's columns of terms in a language no one knows ("Term:Klingonese")"""
    named_by: tuple[int, ...] = ()
    """the columns of a language's other forms that hold its terms (it has no other)"""

    @property
    def languages(self) -> set[str]:
        return set(self.terms.values())


def layout(header: Sequence[str], source_lang: str) -> Layout:
    """The layout a header gives: every column that names a language and the field it holds.
    A column named "Term" (or "Source term") without a language is the source language's
    when another column names a language."""
    terms: dict[int, str] = {}
    aliases: dict[int, str] = {}
    statuses: dict[int, str] = {}
    bare: list[int] = []
    unknown: list[str] = []
    for index, name in enumerate(header):
        kind, lang = column_of(name)
        if kind == "term" and lang:
            terms[index] = lang
        elif kind == "alias" and lang:
            aliases[index] = lang
        elif kind == "term":
            unknown.append(" ".join(name.split()))
        elif kind == "status" and lang:
            statuses[index] = lang
        elif _column(name) in _BARE_TERMS:
            bare.append(index)
    if terms and bare:
        source = _lang_key(source_lang, Path(), None, []) or source_lang
        terms.update((index, source) for index in bare)
        terms = dict(sorted(terms.items()))
    # (a language's acronyms, short forms and synonyms after its terms: admitted forms, the
    # term its column names preferred however the columns are ordered; a language of such
    # columns only, UNTERM's "English short" and "English formal", has its first form of the
    # name for its terms, a synonym or else an abbreviation only when it has none)
    named = set(terms.values())
    first: dict[str, int] = {}
    for index, lang in sorted(aliases.items(), key=lambda item: (_alias_rank(header[item[0]]),
                                                                  item[0])):
        if lang not in named:
            first.setdefault(lang, index)
    terms.update((index, lang) for lang, index in sorted(first.items(), key=lambda i: i[1]))
    terms.update((index, lang) for index, lang in aliases.items() if index not in terms)
    category = next((i for i, name in enumerate(header) if _column(name) in _CATEGORY), None)
    keep = tuple((i, name) for i, name in enumerate(header)
                 if keeps_term(name, "yes") or keeps_term(name, "no"))
    forbidden = tuple(i for i, name in enumerate(header) if _column(name) in _FORBIDDEN)
    return Layout(terms, statuses, category, keep, forbidden, tuple(unknown),
                  tuple(first.values()))


#: a column of the source language's terms that does not name it (Tolgee's "Term",
#: Lokalise's "term", Transifex's "term")
_BARE_TERMS = frozenset({"term", "terms", "sourceterm", "source", "src"})
#: a concept's category (memoQ's "Entry_Subject", Crowdin's "Concept Subject")
_CATEGORY = frozenset({"category", "type", "subject", "subjectfield", "conceptsubject",
                       "entrysubject", "concepttype", "entrytype"})
#: the row's terms are not to be used (Lokalise's "forbidden", Tolgee's "Flagged as forbidden
#: term")
_FORBIDDEN = frozenset({"forbidden", "forbiddenterm", "flaggedasforbiddenterm", "donotuse",
                        "prohibited"})
#: the header cells of a glossary that a layout reads or knows without a language (a row a
#: term's, a bilingual export's, an entry's fields): not named as misunderstood
_KNOWN = frozenset({"concept", "lang", "language", "id", "no", "nr", "target", "flags",
                    *_BILINGUAL, *_BARE_TERMS, *_CATEGORY, *_FORBIDDEN})


def column_of(name: str) -> tuple[str, str | None]:
    """What a header cell names: ("term", lang) for a column of a language's terms,
    ("status", lang) for one of their status, ("field", lang) for another of a language's
    fields (a definition, a note, a part of speech: not read), ("", None) for the rest."""
    text = " ".join(name.translate(_BIDI_MARKS).split())
    if not text or len(text) > _LONGEST:
        return "", None
    lang = language_named(text)
    if lang is not None:
        return "term", lang
    # a field and its language: "Term [en]", "Description (fr)", "Term:English"
    found = _FIELD_LANG.fullmatch(text)
    if found:
        lang = language_named(found["a"] or found["b"] or found["c"])
        if lang is not None or _field_kind(found["field"]) == "term":
            return _field_kind(found["field"]), lang
    # a language and its field, or a field and its language, parted by "_", "-" or a space:
    # "English_Def", "en_description", "de_DE_description", "translation_fr", "English term"
    parts = re.split(r"[_\s-]+", text)
    for cut in range(len(parts) - 1, 0, -1):
        head, tail = " ".join(parts[:cut]), " ".join(parts[cut:])
        if _field_word(tail):
            lang = language_named(head) or language_named("_".join(parts[:cut]))
            if lang is not None:
                return _field_kind(tail), lang
        if _field_word(head):
            lang = language_named(tail) or language_named("_".join(parts[cut:]))
            if lang is not None:
                return _field_kind(head), lang
    return "", None


#: the longest header that can name a language and its field ("Part of Speech [Chinese
#: (Simplified, Hong Kong SAR China)]"): a longer cell is not cut apart word by word
_LONGEST = 80

#: a field, then its language in brackets or after a colon: "Term [en]", "Note (fr)",
#: "Term:English"
_FIELD_LANG = re.compile(r"(?P<field>[^\[\]():]+?)\s*(?:\[\s*(?P<a>[^\[\]]+?)\s*\]"
                         r"|\(\s*(?P<b>[^()]+?)\s*\)|:\s*(?P<c>[^:]+))")


def _field_kind(field: str) -> str:
    key = _column(field)
    return ("term" if key in _TERM_FIELDS else "alias" if key in _ALIAS_FIELDS
            else "status" if key in _STATUS_FIELDS else "field")


def _alias_rank(name: str) -> int:
    """The rank of a column of a language's other forms (``_ALIAS_RANK``)."""
    text = " ".join(name.translate(_BIDI_MARKS).split())
    found = _FIELD_LANG.fullmatch(text)
    words = [found["field"]] if found else re.split(r"[_\s-]+", text)
    ranks = [_ALIAS_RANK[key] for cut in range(len(words))
             for key in (_column(" ".join(words[:cut + 1])), _column(" ".join(words[cut:])))
             if key in _ALIAS_RANK]
    return min(ranks, default=1)


def _field_word(text: str) -> bool:
    key = _column(text)
    return (key in _TERM_FIELDS or key in _ALIAS_FIELDS or key in _STATUS_FIELDS
            or key in _OTHER_FIELDS)


_TERM_FIELDS = frozenset({"term", "terms", "translation", "translations", "target",
                          "targetterm", "sourceterm", "name", "names"})
#: a language's other forms of the term ("English Acronym", "Synonym [fr]", UNTERM's
#: "English short" and "English formal"), in English and in the six languages, each with its
#: rank when a language has no column of terms (``layout``): a form of the name first, then
#: a synonym, then an abbreviation (IATE lists the acronym first; a suggestion should be
#: the full form)
_ALIAS_RANK = {
    **dict.fromkeys((
        "short", "shortform", "shortforms", "shortname", "formal", "formalname", "full",
        "fullform", "fullname", "official", "officialname", "long", "longform", "longname",
        "common", "commonname", "court", "courte", "nomcourt", "formecourte", "officiel",
        "officielle", "nomofficiel", "complet", "nomcomplet", "formelongue", "corto",
        "corta", "nombrecorto", "formacorta", "oficial", "nombreoficial", "completo",
        "nombrecompleto", "краткое", "краткоеназвание", "краткаяформа", "полное",
        "полноеназвание", "официальное", "официальноеназвание", "简称", "全称", "正式名称",
        "مختصر", "الاسممختصر", "الاسمالمختصر", "رسمي", "الاسمالرسمي"), 0),
    **dict.fromkeys((
        "synonym", "synonyms", "variant", "variants", "alternative", "alternatives",
        "alternate", "synonyme", "synonymes", "variante", "sinónimo", "sinonimo",
        "синоним", "синонимы", "вариант", "同义词", "مرادف"), 1),
    **dict.fromkeys((
        "acronym", "acronyms", "abbreviation", "abbreviations", "abbr", "abbrev", "initialism",
        "sigle", "acronyme", "abréviation", "sigla", "siglas", "acrónimo", "abreviatura",
        "аббревиатура", "сокращение", "缩写", "缩略语", "اختصار"), 2),
}
_ALIAS_FIELDS = frozenset(_ALIAS_RANK)
_STATUS_FIELDS = frozenset({"status", "termstatus", "usage", "usagestatus"})
#: a language's other fields, as glossaries' headers name them beside it
_OTHER_FIELDS = frozenset({
    "def", "definition", "description", "desc", "note", "notes", "comment", "comments",
    "example", "examples", "context", "pos", "partofspeech", "part", "gender", "type", "url",
    "info", "terminfo", "source", "plural", "explanation", "remark", "remarks", "usagenote",
    "reference", "ref"})


def language_named(text: str) -> str | None:
    """The language a header's text names, by code ("en", "fr-FR", "EN_US", "zh-Hans") or by
    name in English or any of the six languages ("English", "Français", "中文"), with its
    region or script ("English (United States)", "English_United_States", "Chinese
    Simplified", "Chinese (Taiwan)", "Spanish (Modern)"); None for anything else."""
    text = " ".join(text.split())
    if not text or len(text) > _LONGEST or text.casefold() in _NOT_LANGUAGES:
        return None
    if len(text) <= 14 and _CODE.fullmatch(text):
        return _lang_key(text, Path(), None, [])  # (a header that names none: no warning)
    names = _language_names()
    named = names.get(text.casefold())
    if named is not None:
        return named
    # a name with its region or script, after it or before it
    bracketed = re.fullmatch(r"(.+?)\s*\(\s*([^()]+?)\s*\)", text)
    if bracketed:
        return _qualified(bracketed[1], bracketed[2], names)
    words = re.split(r"[_\s]+", text)
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        code = _qualified(head, tail, names) or _qualified(tail, head, names)
        if code is not None:
            return code
    return None


def _qualified(name: str, qualifier: str, names: dict[str, str]) -> str | None:
    """The language of a name and its qualifiers ("Chinese", "Simplified, China"), if the
    name is a language's and each qualifier a region, a script or a variety."""
    code = names.get(" ".join(name.split()).casefold())
    if code is None:
        return None
    parts = [" ".join(re.split(r"[_\s]+", part)).strip().casefold()
             for part in qualifier.split(",")]
    if not all(part and _is_qualifier(part) for part in parts):
        return None
    return "zh-Hant" if code == "zh" and any(p in _TRADITIONAL for p in parts) else code


#: a language tag: a language, then a script, a region, a variant (not "en_def")
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?"
                   r"(?:[-_][A-Za-z0-9]{5,8})?")


#: a glossary's columns that are no language, though a code reads so ("ID": Indonesian,
#: "No": Norwegian, "Nr", "Ref", "Def", "Src": Sardinian, "Cat": Catalan)
_NOT_LANGUAGES = frozenset({"id", "no", "nr", "nb", "ref", "def", "pos", "src", "cat", "und",
                            "mul", "zxx", "tag", "key"})
#: the qualifiers of Chinese that name its traditional script
_TRADITIONAL = frozenset({"traditional", "taiwan", "hong kong", "macau", "macao",
                          "hong kong sar china", "macao sar china", "tw", "hk", "mo",
                          "hant", "traditional han"})
#: qualifiers that are neither a region nor a script: Crowdin's "Spanish (Modern)",
#: "Portuguese (Brazilian)", memoQ's "Chinese (PRC)"
_OTHER_QUALIFIERS = frozenset({"simplified", "traditional", "modern", "brazilian", "prc",
                               "mainland", "latin america", "international", "standard",
                               "modern standard", "cyrillic", "latin", "european", "iberian",
                               "mexican", "canadian", "american", "british", "hans", "hant",
                               "simplified han", "traditional han", "general"})


def _is_qualifier(words: str) -> bool:
    return words in _OTHER_QUALIFIERS or words in _TRADITIONAL or words in _territories()


@cache
def _territories() -> frozenset[str]:
    """Regions' names in English (CLDR's, through babel), lower-cased, and their codes."""
    from babel import Locale

    names = Locale.parse("en").territories
    return frozenset({str(name).casefold() for name in names.values()}
                     | {str(code).casefold() for code in names if str(code).isalpha()})


@cache
def _language_names() -> dict[str, str]:
    """Language names as a header writes them, in English and in each of the six languages
    (CLDR's, through babel): "English", "French", "Français", "Espagnol", "Русский", "中文",
    "العربية" -> their codes."""
    from babel import Locale

    names: dict[str, str] = {}
    for display in ("en", "fr", "es", "ru", "zh", "ar"):
        for code, name in Locale.parse(display).languages.items():
            if "_" not in code:
                names.setdefault(name.casefold(), code)
    # then a language's names with its region or script ("Simplified Chinese", «繁體中文»,
    # "Brazilian Portuguese"), filed as its tag is
    for display in ("en", "fr", "es", "ru", "zh", "zh_Hant", "ar"):
        for code, name in Locale.parse(display).languages.items():
            if "_" in code and name.casefold() not in names:
                key = _lang_key(code, Path(), None, [])
                if key is not None:
                    names[name.casefold()] = key
    return names


#: a cell that says, in place of a term, that the source term is kept («不翻译»: freeCodeCamp's
#: Crowdin glossaries), lower-cased
_SAYS_KEEP = frozenset({"dnt", "do not translate", "don't translate", "ne pas traduire",
                        "no traducir", "no se traduce", "не переводить", "не переводится",
                        "不翻译", "不译", "无需翻译", "不用翻译", "保留原文", "保持原文",
                        "لا يترجم", "لا تترجم", "nicht übersetzen", "non tradurre",
                        "não traduzir", "翻訳しない"})


def concepts(rows: Iterator[tuple[int, list[str]]], layout: Layout, path: Path,
             source_lang: str, warnings: list[TermbaseError],
             others: Sequence[tuple[int, str, str | None]] | None = None) -> list[Concept]:
    """The concepts of a glossary's rows after its header (each with its line): each row a
    concept, each of its language cells a term (the first of a language preferred, a
    language's other columns and a cell's terms parted by ";" or "|" admitted; of a cell's,
    its full form first, ``cell_terms``). ``others``: the columns no term is read from
    (``_other_columns``), kept as each concept's ``fields``."""
    source = _lang_key(source_lang, Path(), None, []) or source_lang
    found: list[Concept] = []
    for line, row in rows:
        if _sub_header(row):
            continue  # (the second row of a header of two: "Term", "Definition" under each)
        terms: dict[str, list[Term]] = {}
        kept: list[str] = []
        for index, lang in layout.terms.items():
            cell = row[index] if index < len(row) else ""
            if lang != source and " ".join(cell.split()).casefold() in _SAYS_KEEP:
                kept.append(lang)
                continue
            for term in cell_terms(cell):
                if term.startswith("*"):
                    continue  # (a footnote's legend: UNTERM's "*Observer State" under its names)
                if _unfit(term):
                    warnings.append(_wordless_skipped(term, path, line))
                    continue
                bucket = terms.setdefault(lang, [])
                for form in glossary_forms(term, lang):
                    if all(t.text != form for t in bucket):
                        bucket.append(Term(form, "preferred" if not bucket else "admitted"))
        if not terms:
            continue  # (an empty row)
        _statuses(terms, row, layout, path, line, warnings)
        if any(_yes(row, i) for i in layout.forbidden):
            terms = {k: [Term(t.text, "deprecated") for t in v] for k, v in terms.items()}
        for lang in kept:
            if lang not in terms and source in terms:
                terms[lang] = list(terms[source])
        category = row[layout.category].strip() if layout.category is not None and \
            layout.category < len(row) else ""
        if any(keeps_term(name, row[i]) for i, name in layout.keep if i < len(row)):
            terms[KEEP] = []
        found.append(Concept(str(line), _category(category, path, line) if category
                             else "other", {k: tuple(v) for k, v in terms.items()}, line,
                             _row_fields(row, layout, terms, category, others)
                             if others is not None else None))
    return found


def _other_columns(header: Sequence[str], layout: Layout) -> list[tuple[int, str, str | None]]:
    """The columns of a glossary of a column a language that hold no term, status, category
    or mark: (their index, the field they name, its language or None)."""
    read = {*layout.terms, *layout.statuses, *(i for i, _ in layout.keep), *layout.forbidden,
            *(() if layout.category is None else (layout.category,))}
    out: list[tuple[int, str, str | None]] = []
    for index, name in enumerate(header):
        label = " ".join(name.split())
        if index in read or not label or _column(label) in _KNOWN:
            continue
        lang = column_of(name)[1]
        out.append((index, _field_name(label) if lang else label, lang))
    return out


def _field_name(header: str) -> str:
    """The field a column of a language's names, without the language ("Description [en]",
    "en_description", "English_Def": Description, description, Def)."""
    found = _FIELD_LANG.fullmatch(header)
    if found and language_named(found["a"] or found["b"] or found["c"]) is not None:
        return found["field"]
    parts = re.split(r"[_\s-]+", header)
    for cut in range(len(parts) - 1, 0, -1):
        head, tail = " ".join(parts[:cut]), " ".join(parts[cut:])
        if language_named(head) or language_named("_".join(parts[:cut])):
            return tail
        if language_named(tail) or language_named("_".join(parts[cut:])):
            return head
    return header


def _row_fields(row: list[str], layout: Layout, terms: dict[str, list[Term]], category: str,
                others: Sequence[tuple[int, str, str | None]]) -> Fields:
    """A glossary row's other columns as its concept's ``fields`` (``termfields.column``): a
    column of no language the concept's (its category as written, as its subject field), a
    language's the language's, a context or part of speech its first term's; each term's
    status where a column gives one."""
    from transpub import termfields

    own = [termfields.element("descrip", "subjectField", category)] if category else []
    langs: dict[str, list[str]] = {}
    extras: dict[str, list[list[str]]] = {lang: [[] for _ in found]
                                         for lang, found in terms.items()}
    for index, name, lang in others:
        value = row[index] if index < len(row) else ""
        if lang is None or lang not in terms:
            own.append(termfields.column(f"{name} [{lang}]" if lang else name, value,
                                         False) or "")
        elif termfields.on_term(name) and extras[lang]:
            extras[lang][0].append(termfields.column(name, value, True) or "")
        else:
            langs.setdefault(lang, []).append(termfields.column(name, value, False) or "")
    for index, lang in layout.statuses.items():
        value = row[index].strip() if index < len(row) else ""
        if value and lang in terms:
            # (a status column saying "preferred" marks the language's first term so, as
            # ``_statuses`` reads it; any other, all its terms)
            read = status_of(value) or "admitted"
            for at, term in enumerate(terms[lang][:1] if read == "preferred" else terms[lang]):
                extras[lang][at].insert(0, termfields.status(value, term.status))
    if any(_yes(row, i) for i in layout.forbidden):
        for found in extras.values():
            for pieces in found:
                if not any(p.startswith('<termNote type="administrativeStatus"') for p in pieces):
                    pieces.insert(0, termfields.status("deprecated", "deprecated"))
    return Fields(termfields.fields_of(own),
                  {k: ((termfields.fields_of(v), len(terms[k])),) for k, v in langs.items()},
                  {k: tuple(termfields.fields_of(p) for p in v) for k, v in extras.items()})


def _sub_header(row: list[str]) -> bool:
    """Is a row the second of a two-row header, each of its cells a field's name ("Term",
    "Definition", "Synonym" under a language merged over them)?"""
    cells = [cell for cell in row if cell.strip()]
    return len(cells) >= 2 and all(_field_word(cell) for cell in cells)


def _yes(row: list[str], index: int) -> bool:
    return index < len(row) and row[index].strip().casefold() in _FORBIDDEN_YES


_FORBIDDEN_YES = frozenset({"yes", "y", "true", "1", "x"})


def _statuses(terms: dict[str, list[Term]], row: list[str], layout: Layout, path: Path,
              line: int, warnings: list[TermbaseError]) -> None:
    """A language's status column, applied to its terms in the row (Crowdin's "Status [fr]":
    preferred, admitted, not recommended, obsolete)."""
    for index, lang in layout.statuses.items():
        value = row[index].strip() if index < len(row) else ""
        if not value or lang not in terms:
            continue
        status = status_of(value)
        if not status:
            warnings.append(TermbaseError(f"unknown status {value!r} read as admitted",
                                          path, line))
            status = "admitted"
        if status != "preferred":
            terms[lang] = [Term(t.text, status) for t in terms[lang]]
