"""The review workbook: a release's translations as a spreadsheet for reviewers, and back.

``transpub review --xlsx`` writes ``review/<slug>.xlsx``: a first sheet of every sentence in
all the languages side by side with all their findings (for reading), then a sheet a target
language (Arabic's right to left), a row a unit in document order — its id, the source, the
translation, its state, the checker's findings, the translators' notes (``#`` comments) — and
two columns for the reviewer, "Revised translation" and
"Comment". A hidden column keeps a digest of each translation as it was written, and a hidden
sheet the release and the format: what the Translate Toolkit's po2csv/csv2po and the CAT
tools' bilingual review tables offer, with the findings shown and the way back checked.

``transpub review --import FILE.xlsx`` (or ``xliff import``) reads it back as bilingual
documents (``xliff_read.ReadFile``) and merges them as an XLIFF file is merged
(``xliff_merge``): a revised translation replaces the PO's, unfuzzied (the reviewer signed
it off), unless the PO changed since the workbook was written (a conflict: the PO's kept,
``--theirs`` takes the reviewer's); one whose placeholders are not the source's is rejected;
a comment — in the Comment column, or a note left on any cell of the unit's row (Excel's
notes and threaded comments, Calc's comments) — becomes a translator comment; a unit whose
source changed since is matched as an XLIFF unit is, and comes back fuzzy. Rows are found by
their headers, not their places (a reviewer may move or add columns), and each sheet's
language by its hidden column.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from transpub.annotate import without_annotations
from transpub.catalog import po_path
from transpub.checker import CheckRun
from transpub.config import Settings
from transpub.errors import TermbaseError, TranspubError, XliffError
from transpub.languages import language
from transpub.model import Release
from transpub.poread import read_entries
from transpub.xliff import state_digest
from transpub.xliff_read import ReadFile, ReadUnit
from transpub.xlsxwrite import SheetOut, workbook

FORMAT = "transpub-review/1"
"""The hidden sheet's first cell: what says a workbook is a review workbook."""
META_SHEET = "transpub"
UNIT, SOURCE, TRANSLATION, STATE, FINDINGS, NOTES, REVISED, COMMENT = (
    "Unit", "Source", "Translation", "State", "Findings", "Notes", "Revised translation",
    "Comment")
DIGEST = "transpub:"
"""The hidden column's header, followed by the sheet's language code."""
OVERVIEW = "all"
"""The sheet of every language side by side, for reading: not read back."""


def review_workbook(settings: Settings, release: Release, langs: Sequence[str],
                    run: CheckRun) -> bytes:
    """The review workbook of one release for the target languages ``langs``; ``run`` is the
    checker's run over this release alone."""
    findings = findings_by_unit(run)
    sheets = [SheetOut(META_SHEET, [[FORMAT], [release.slug], [settings.source_language]],
                       hidden=True)]
    source_name = language(settings.source_language).english_name
    # each sentence in every language, the findings of all of them: the overview sheet
    overview: dict[str, list[str]] = {}
    names = [f"{SOURCE} ({source_name})"]
    for lang, entries in reviewed_entries(settings, release.slug, langs):
        info = language(lang)
        names.append(info.english_name)
        rows = [[UNIT, f"{SOURCE} ({source_name})", f"{TRANSLATION} ({info.english_name})",
                 STATE, FINDINGS, NOTES, REVISED, COMMENT, f"{DIGEST}{lang}"]]
        for item in entries:
            rows.append([item.ident, item.msgid, item.msgstr, item.state,
                         "\n".join(findings.get((item.ident, lang), ())), item.translator, "",
                         "", item.digest])
            line = overview.setdefault(item.ident, [item.ident, item.msgid])
            line += [""] * (len(names) - len(line))  # (a language that lacks the unit)
            line.append(item.msgstr if item.state == "translated"
                        else f"[{item.state}] {item.msgstr}" if item.msgstr
                        else f"[{item.state}]")
        sheets.append(SheetOut(lang, rows, widths=(16, 60, 60, 12, 40, 30, 60, 30, 18),
                               hidden_columns=frozenset({8}), text_columns=frozenset({6, 7}),
                               right_to_left=info.direction == "rtl"))
    table = [[UNIT, *names, FINDINGS]] + [
        [*line, *[""] * (len(names) + 1 - len(line)),
         "\n".join(f"{lang}: {text}" for lang in langs
                   for text in findings.get((line[0], lang), ()))]
        for line in overview.values()]
    sheets.insert(1, SheetOut(OVERVIEW, table, widths=(16, *[40] * len(names), 50)))
    try:
        return workbook(sheets)
    except ValueError as exc:  # (a unit longer than a cell holds)
        raise TranspubError(f"cannot write the review workbook of {release.slug}: {exc}; "
                            "review it as a page (without --xlsx)") from None


class Reviewed(NamedTuple):
    """One unit of a language's PO file as a review shows it."""

    ident: str
    msgid: str
    msgstr: str
    state: str
    """translated, fuzzy or untranslated"""
    translator: str
    digest: str
    """The translation as written (``state_digest``): what tells a revision from a cell
    left as it was, and a PO translation changed since."""


def reviewed_entries(settings: Settings, slug: str, langs: Sequence[str]
                     ) -> Iterator[tuple[str, list[Reviewed]]]:
    """Each language of ``langs`` that has a PO file of the release, with its live units in
    the file's order (the workbook's and the review document's)."""
    for lang in langs:
        path = po_path(settings.locales_dir, lang, slug)
        if not path.exists():
            continue
        _, entries = read_entries(path)
        units = []
        for entry in entries:
            if entry.obsolete or not entry.msgid:
                continue
            fuzzy = entry.fuzzy and bool(entry.msgstr)
            units.append(Reviewed(
                entry.context or entry.msgid, entry.msgid, entry.msgstr,
                "fuzzy" if fuzzy else "translated" if entry.msgstr else "untranslated",
                without_annotations(entry.translator), state_digest(entry.msgstr, fuzzy)))
        yield lang, units


def findings_by_unit(run: CheckRun) -> dict[tuple[str, str], list[str]]:
    """The run's findings as a reviewer reads them ("TP101 error: …"), by unit and language
    (the workbook's and the review document's)."""
    findings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in run.findings:
        findings[(item.unit, item.lang)].append(
            f"{item.code} {item.severity.label}: {item.message}")
    return findings


def is_workbook(data: bytes) -> bool:
    """Is ``data`` a ZIP that holds a workbook, Excel's or one LibreOffice Calc saved as
    OpenDocument (a review workbook is then read for its hidden sheet)?"""
    return data.startswith(b"PK\x03\x04") and (
        b"xl/workbook.xml" in data
        or b"application/vnd.oasis.opendocument.spreadsheet" in data[:200])


def read_review(path: Path, data: bytes) -> list[ReadFile]:
    """The review workbook's sheets as bilingual documents, one a language: each row a unit
    whose target is the revised translation (None where the reviewer revised nothing) and
    whose note is the reviewer's comment."""
    from transpub.spreadsheet import read_sheets

    try:
        sheets = read_sheets(data, path, exact=True, notes=True)
    except TermbaseError as exc:  # (the spreadsheet reader's errors are termbase errors)
        raise XliffError(exc.message, exc.path, exc.line) from None
    meta = next((s for s in sheets if s.name == META_SHEET), None)
    if meta is None or not meta.rows or meta.rows[0][:1] != [FORMAT] or len(meta.rows) < 3:
        raise XliffError("a workbook, but not one transpub review --xlsx wrote (its hidden "
                         f"sheet {META_SHEET!r} is missing or changed)", path)
    slug, source_lang = meta.rows[1][0], meta.rows[2][0]
    documents = []
    for sheet in sheets:
        if sheet is meta or sheet.name == OVERVIEW or not sheet.rows:
            continue
        header = [cell.strip() for cell in sheet.rows[0]]
        where = path.with_name(f"{path.name} [{sheet.name}]")
        lang = next((cell[len(DIGEST):] for cell in header if cell.startswith(DIGEST)), "")
        if not lang:
            raise XliffError(f"the sheet has no {DIGEST}<language> column (it keeps what each "
                             "translation was; do not delete hidden columns)", where, 1)
        at = {name: column_of(header, name, where)
              for name in (UNIT, SOURCE, TRANSLATION, REVISED, COMMENT)}
        state_at = header.index(STATE) if STATE in header else len(header) + 99
        digest_at = header.index(f"{DIGEST}{lang}")
        # (a note a reviewer left on any cell of a unit's row, Excel's or Calc's: a comment)
        noted: dict[int, list[str]] = defaultdict(list)
        for row_index, _, note in sheet.notes:
            noted[row_index + 1].append(note)
        # (a reviser's cell that Excel holds as a date, a number, TRUE: no text to import)
        typed = {(row_index + 1, column): held for row_index, column, held in sheet.typed
                 if column in (at[REVISED], at[COMMENT])}
        units = []
        seen: dict[str, int] = {}
        for line, row in enumerate(sheet.rows[1:], 2):
            cells = {name: row[index] if index < len(row) else ""
                     for name, index in at.items()}
            cells[STATE] = row[state_at] if state_at < len(row) else ""
            ident = cells[UNIT].strip()
            if not ident:
                continue
            if ident in seen:
                raise XliffError(f"unit {ident} twice (rows {seen[ident]} and {line}: a row "
                                 "copied? keep one)", where, line)
            seen[ident] = line
            revised = cells[REVISED]
            comment = cells[COMMENT].strip()
            base = row[digest_at].strip() if digest_at < len(row) else ""
            comments = ((comment,) if comment else ()) + tuple(noted.get(line, ()))
            problem = next((f"the {name} cell holds {typed[(line, at[name])]}, not text "
                            "(Excel read what was typed as one): type it again as text"
                            for name in (REVISED, COMMENT) if (line, at[name]) in typed), "")
            if not problem and not revised.strip() and base \
                    and base not in (state_digest(cells[TRANSLATION], False),
                                     state_digest(cells[TRANSLATION], True)):
                problem = (f"its {TRANSLATION} cell was edited: a revision goes in the "
                           f"{REVISED} column (not imported)")
            if not revised.strip() and not problem and cells[TRANSLATION].strip() \
                    and cells[STATE].strip().lower() == "translated" \
                    and base == state_digest(cells[TRANSLATION], True):
                # a fuzzy translation the reviewer approved by its State cell, the text kept
                # (it had been ignored without a word: "updated 0", the unit still fuzzy)
                revised = cells[TRANSLATION]
            units.append(ReadUnit(ident, line, cells[SOURCE],
                                  revised if revised.strip() else None, False, base or None,
                                  comments, problem))
        # (a note on the header row, or on a row without a unit: no unit keeps it, and it
        # is said, not dropped)
        kept = set(seen.values())
        loose = tuple(note for line, notes in sorted(noted.items()) if line not in kept
                      for note in notes)
        documents.append(ReadFile(where, 1, "review", f"{slug}.xml", source_lang, lang,
                                  tuple(units), loose))
    return documents


def column_of(header: list[str], name: str, where: Path, holder: str = "sheet") -> int:
    """Where the column headed ``name`` (or "name (…)") is, in a sheet's or a Word table's
    header row (``holder``)."""
    for index, cell in enumerate(header):
        if cell == name or cell.startswith(f"{name} ("):
            return index
    raise XliffError(f"the {holder} has no column {name!r} (its header row was changed)",
                     where, 1)
