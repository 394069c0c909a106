"""A termbase written as TBX-Basic (the 2008 ``<martif>`` form the sample's termbase has, which
UNTERM, the CAT tools and transpub read): ``transpub termbase --tbx`` keeps a glossary that
came as a translation management system's CSV export, a spreadsheet or a MultiTerm file in
the workspace's own format, and gives a CAT tool any of them.

Each concept a ``termEntry`` (its category a ``subjectField``; a concept whose terms are not
to be translated the Translate Toolkit's and Weblate's ``Translation needed: No``), each
language a ``langSet``, each term a ``tig`` with its ``administrativeStatus``. Read back,
the file gives the same concepts (tests/test_termbase_command.py). Deterministic: the
concepts in the termbase's order, no date.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from transpub.source import NOT_XML
from transpub.termbase import KEEP, Termbase

_STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
           "deprecated": "deprecatedTerm-admn-sts"}
#: what an id must be in XML (an NCName): a concept numbered "12" or named "A B" is "c12",
#: "A_B"
_NOT_NAME = re.compile(r"[^\w.-]")
def _text(value: str) -> str:
    """``value`` escaped, without what XML cannot hold (a spreadsheet's ``_x000B_`` read as
    the character)."""
    return escape(NOT_XML.sub("", value))


def tbx_bytes(termbase: Termbase, source_lang: str, described: str) -> bytes:
    """``termbase`` as TBX-Basic; ``described``: what the header says it was made from."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<martif type="TBX-Basic" xml:lang={quoteattr(source_lang)}>\n',
           "  <martifHeader><fileDesc><sourceDesc><p>", _text(described),
           "</p></sourceDesc></fileDesc></martifHeader>\n  <text><body>\n"]
    taken: set[str] = set()
    for number, concept in enumerate(termbase.concepts, 1):
        ident = _NOT_NAME.sub("_", concept.id)
        if not ident or not (ident[0].isalpha() or ident[0] == "_") or ident in taken:
            ident = f"c{number}-{ident}" if ident else f"c{number}"
        taken.add(ident)
        out.append(f"    <termEntry id={quoteattr(ident)}>\n")
        if concept.category != "other":
            out.append('      <descrip type="subjectField">'
                       f"{_text(concept.category)}</descrip>\n")
        if KEEP in concept.terms:
            out.append('      <descrip type="Translation needed">No</descrip>\n')
        for lang, terms in concept.terms.items():
            if lang == KEEP or not terms:
                continue
            out.append(f"      <langSet xml:lang={quoteattr(lang)}>\n")
            out.extend(f"        <tig><term>{_text(term.text)}</term><termNote "
                       f'type="administrativeStatus">{_STATUS[term.status]}</termNote></tig>\n'
                       for term in terms)
            out.append("      </langSet>\n")
        out.append("    </termEntry>\n")
    out.append("  </body></text>\n</martif>\n")
    return "".join(out).encode("utf-8")
