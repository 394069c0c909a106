"""A termbase written as TBX-Basic (the 2008 ``<martif>`` form the sample's termbase has, which
UNTERM, the CAT tools and transpub read): ``transpub termbase --tbx`` keeps a glossary that
came as a translation management system's CSV export, a spreadsheet or a MultiTerm file in
the workspace's own format, and gives a CAT tool any of them.

Each concept a ``termEntry``, each language a ``langSet``, each term a ``tig``. A termbase read
with its fields (``load_termbase(fields=True)``, ``termfields``) keeps them: the concept's,
each language's and each term's data categories as the input gave them (definitions,
contexts, sources, notes, term types, parts of speech, genders, statuses as written —
"superseded" stays superseded —, cross-references, who changed what when), and a TBX file's
back matter. Nothing is added that the input did not say, but what a reading of the file
would otherwise not give back (the file is read again to know): the concept's category as
its ``subjectField`` (one read from a MultiTerm field of another name), a concept whose terms
are not to be translated as the Translate Toolkit's and Weblate's ``Translation needed: No``,
and a language's statuses where its terms' own do not give them (a glossary's first term
preferred where a TBX reading would take its first full form; a term marked forbidden by a
column). Read back, the file gives the same concepts, terms and statuses
(tests/test_termbase_command.py). Deterministic: the concepts in the termbase's order, no
date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from transpub.termbase import KEEP, Concept, Term, Termbase, _from_tbx
from transpub.termfields import element, text

_STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
           "deprecated": "deprecatedTerm-admn-sts"}
#: what an id must be in XML (an NCName): a concept numbered "12" or named "A B" is "c12",
#: "A_B"
_NOT_NAME = re.compile(r"[^\w.-]")
#: a term's piece that gives its status, as ``termbase._terms`` reads one
_GIVES_STATUS = re.compile(r'<(?:termNote|descrip) type="(?:administrativeStatus|'
                           r'normativeAuthorization|evaluation|termEvaluation|usageStatus|'
                           r'termStatus)"')


class _Fix:
    """What a concept's entry must add to read back as the concept (``_differences``)."""

    __slots__ = ("category", "keep", "statuses")

    def __init__(self) -> None:
        self.category = False
        self.keep = False
        self.statuses: set[str] = set()

    def __bool__(self) -> bool:
        return self.category or self.keep or bool(self.statuses)


def tbx_bytes(termbase: Termbase, source_lang: str, described: str) -> bytes:
    """``termbase`` as TBX-Basic; ``described``: what the header says it was made from."""
    head = ['<?xml version="1.0" encoding="UTF-8"?>\n',
            f'<martif type="TBX-Basic" xml:lang="{text(source_lang)}">\n',
            "  <martifHeader><fileDesc><sourceDesc><p>", text(described),
            "</p></sourceDesc></fileDesc></martifHeader>\n  <text><body>\n"]
    tail = ["  </body>"]
    if termbase.back:
        tail += ["<back>", *termbase.back, "</back>"]
    tail.append("</text>\n</martif>\n")
    idents: list[str] = []
    taken: set[str] = set()
    for number, concept in enumerate(termbase.concepts, 1):
        ident = _NOT_NAME.sub("_", concept.id)
        if not ident or not (ident[0].isalpha() or ident[0] == "_") or ident in taken:
            ident = f"c{number}-{ident}" if ident else f"c{number}"
        taken.add(ident)
        idents.append(ident)
    entries = [_entry(concept, ident, None) for concept, ident in zip(termbase.concepts, idents,
                                                                       strict=True)]
    # read again: where an entry would not give back its concept (a category, a mark, a
    # language's statuses its terms' fields do not give), it says so explicitly
    again = _from_tbx("".join([*head, *entries, *tail]).encode("utf-8"), Path(described), [])
    for at, (concept, read) in enumerate(zip(termbase.concepts, again, strict=True)):
        fix = _differences(concept, read)
        if fix:
            entries[at] = _entry(concept, idents[at], fix)
    return _settle_ids("".join([*head, *entries, *tail]), taken).encode("utf-8")


def _differences(concept: Concept, read: Concept) -> _Fix:
    fix = _Fix()
    fix.category = read.category != concept.category and concept.category != "other"
    fix.keep = KEEP in concept.terms and KEEP not in read.terms
    for lang, terms in concept.terms.items():
        if lang != KEEP and [t.status for t in terms] != [
                t.status for t in read.terms.get(lang, ())]:
            fix.statuses.add(lang)
    return fix


def _entry(concept: Concept, ident: str, fix: _Fix | None) -> str:
    fields = concept.fields
    out = [f'    <termEntry id="{text(ident)}">\n']
    own: Sequence[str] = fields.concept if fields is not None else ()
    if (fields is None or (fix and fix.category)) and concept.category != "other":
        out.append("      " + element("descrip", "subjectField", concept.category) + "\n")
    out.extend(f"      {piece}\n" for piece in own)
    if KEEP in concept.terms and (fields is None or (fix and fix.keep)):
        out.append('      <descrip type="Translation needed">No</descrip>\n')
    for lang, terms in concept.terms.items():
        if lang == KEEP or not terms:
            continue
        extras = fields.terms.get(lang, ()) if fields is not None else ()
        if len(extras) != len(terms):
            extras = ((),) * len(terms)
        # each of the input's language sections as one (a TBX entry may have two of a
        # language, each with its own preferred term), its terms after its fields
        sections = fields.langs.get(lang, ()) if fields is not None else ()
        if sum(count for _, count in sections) != len(terms):
            sections = ((tuple(p for s, _ in sections for p in s), len(terms)),)
        explicit = fix is not None and lang in fix.statuses
        start = 0
        for pieces, count in sections:
            out.append(f'      <langSet xml:lang="{text(lang)}">\n')
            out.extend(f"        {piece}\n" for piece in pieces)
            for term, own_pieces in zip(terms[start:start + count],
                                        extras[start:start + count], strict=True):
                out.append(_tig(term, own_pieces, explicit))
            start += count
            out.append("      </langSet>\n")
    out.append("    </termEntry>\n")
    return "".join(out)


def _tig(term: Term, pieces: Sequence[str], explicit: bool) -> str:
    """A term's ``tig``: the term, its termNotes, then the rest (the 2008 structure's order);
    ``explicit``: with its status, where its own pieces do not give one."""
    notes = [p for p in pieces if p.startswith("<termNote")]
    rest = [p for p in pieces if not p.startswith("<termNote")]
    if explicit and not any(_GIVES_STATUS.match(p) for p in pieces):
        notes.insert(0, element("termNote", "administrativeStatus", _STATUS[term.status]))
    return f"        <tig><term>{text(term.text)}</term>{''.join(notes)}{''.join(rest)}</tig>\n"


#: a start tag as the writer writes one (attribute values in double quotes, a text's quotes
#: escaped: no text holds one), and its attributes
_TAG = re.compile(r'<([A-Za-z][\w.-]*)((?:\s[\w:.-]+="[^"]*")*)(\s*/?)>')
_ATTRIBUTE = re.compile(r'\s([\w:.-]+)="([^"]*)"')


def _settle_ids(document: str, entries: set[str]) -> str:
    """The ids the input's elements keep, each once in the file (XML's rule: merged termbases,
    one file's repeated ids), an entry's own first; a ``target`` that names an element (not an
    ``xref``'s, a link) kept only where the element is in the file."""
    seen = set(entries)

    def unique(found: re.Match[str]) -> str:
        name, attributes = found[1], found[2]
        if name == "termEntry" or ' id="' not in attributes:
            return found[0]

        def keep(attribute: re.Match[str]) -> str:
            if attribute[1] != "id":
                return attribute[0]
            if attribute[2] in seen:
                return ""
            seen.add(attribute[2])
            return attribute[0]

        return f"<{name}{_ATTRIBUTE.sub(keep, attributes)}{found[3]}>"

    document = _TAG.sub(unique, document)

    def targets(found: re.Match[str]) -> str:
        name, attributes = found[1], found[2]
        if name == "xref" or ' target="' not in attributes:
            return found[0]
        kept = _ATTRIBUTE.sub(lambda a: a[0] if a[1] != "target" or a[2] in seen else "",
                              attributes)
        return f"<{name}{kept}{found[3]}>"

    return _TAG.sub(targets, document)
