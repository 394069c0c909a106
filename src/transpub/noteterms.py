"""The approved terms a PO file carries in its notes, as a termbase.

``extract`` writes into each unit's notes the approved forms of the names and titles it holds
(``#. Term (person): Vladimir Voronkov = Владимир Воронков | Воронков``). A PO file checked on
its own — a freelance translator's copy, outside any workspace, with no ``--termbase`` — is
checked against those: the names and titles are checked as in the workspace, where before
only dates, numbers, addresses and markup were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from transpub.errors import TranspubError
from transpub.termbase import Concept, Term, Termbase

#: one note line: the concept's category, the source's form found in the unit, the approved
#: forms in the file's language, then those it forbids (``notes.term_line``: "; not: …")
_LINE = re.compile(r"Term \((?P<category>[a-z-]+)\): (?P<source>.+?) = "
                   r"(?:(?!not: )(?P<forms>.+?)(?:; |$))?(?:not: (?P<banned>.+))?")


def from_notes(files: Iterable[Path], source_lang: str, given: str | None = None) -> Termbase:
    """The concepts the note lines of ``files`` name, each file in its header's language
    (else ``given``, ``--lang``; a file in neither, or in a language babel does not know, is
    passed over: the check reports it). The source's
    forms that a file gives the same approved forms are one concept's ("Vladimir Voronkov",
    "Voronkov" = «Владимир Воронков | Воронков»: one person, not two, each reported), and a
    concept is the same in every file that names it with the same source forms."""
    from transpub.languages import canonical, undetermined
    from transpub.poread import read_entries

    concepts: dict[tuple[str, tuple[str, ...]], dict[str, list[Term]]] = {}
    for path in files:
        try:
            header, entries = read_entries(path)
            tag = header.get("Language", "").strip()
            if not tag or undetermined(tag):  # (as the check reads it: ``check_files``)
                tag = given or ""
            lang = canonical(tag) if tag else ""
        except TranspubError:  # (ConfigError too: an unknown language)
            continue  # (the check reports what is wrong with the file)
        if not lang:
            continue
        groups: dict[tuple[str, str, str], list[str]] = {}
        for entry in entries:
            if entry.obsolete or "Term (" not in entry.comments:
                continue
            for line in entry.comments.split("\n"):
                found = _LINE.fullmatch(line.strip())
                if found is not None and (found["forms"] or found["banned"]):
                    key = (found["category"], found["forms"] or "", found["banned"] or "")
                    sources = groups.setdefault(key, [])
                    if found["source"] not in sources:
                        sources.append(found["source"])
        for (category, forms, banned), sources in groups.items():
            # (the longest source form first: the preferred, as the termbase has it)
            ordered = sorted(sources, key=lambda form: (-len(form), form))
            concept = concepts.setdefault((category, tuple(sorted(sources))), {
                source_lang: [Term(form, "preferred" if not n else "admitted")
                              for n, form in enumerate(ordered)]})
            bucket = concept.setdefault(lang, [])
            for form in forms.split(" | "):
                if form and all(t.text != form for t in bucket):
                    bucket.append(Term(form, "admitted" if bucket else "preferred"))
            # (the forms it forbids: TP104 in a file checked on its own, as in the workspace)
            for form in banned.split(" | "):
                if form and all(t.text != form for t in bucket):
                    bucket.append(Term(form, "deprecated"))
    made = tuple(Concept(f"note{number}", category,
                         {lang: tuple(forms) for lang, forms in by_lang.items()})
                 for number, ((category, _sources), by_lang) in enumerate(concepts.items(), 1))
    return Termbase(made) if made else Termbase.empty()
