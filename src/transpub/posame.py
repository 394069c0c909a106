"""Whether a PO file on disk already says what the merge would write, so that it is left alone.

"Says the same" is read, not byte-compared: the header's fields and every entry's fields as the
strict reader reads them (so a file whose strings an editor wrapped, whose line endings or header
field order differ, reads the same), and comments (``#.``, ``#:``, translator ``#``) that differ
only in how they are wrapped. Translators' editors wrap the long comment lines transpub writes
on one line: polib at 79 columns (and the tools built on it), Babel at 76, Poedit and Lokalize;
GNU ``msgcat``/``msgmerge`` wrap the ``#:`` references. Were such a file rewritten in
transpub's one-line form, every extract after each save would rewrite it (git churn, slow
re-extracts), and the translator's next save would wrap it again. A file that differs in
anything else (a word of a comment, a comment line added or removed, a translation) is
rewritten exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from transpub.poread import RawEntry, header_fields, parse, scan_entries, split_obsolete
from transpub.powrite import EntryLike, ordered_metadata

_NO_PATH = Path("-")

Old = tuple[dict[str, str], list[RawEntry]]
"""The old file's header fields and entries, as ``poread.parse`` read them."""


def same_content(old: Old, new: str) -> bool:
    """Whether the text ``new`` says what the old file says (see the module's docstring)."""
    early = _scan(old, new)
    if early is not None:
        return early
    header, entries = parse(new, _NO_PATH)
    if header != old[0] or len(entries) != len(old[1]):
        return False
    return all(same_entry(a, b) for a, b in zip(entries, old[1], strict=True))


def _scan(old: Old, new: str) -> bool | None:
    """``same_content`` read from the start of ``new`` (the merge's text, entries in the
    common shape), one entry at a time: False at the first entry (or header) that differs,
    so a changed file is not read to its end; True when the fast reader's matches tiled the
    whole text and every entry matched (the full reading is then this one: ``poread._entries``
    runs the same loop); None when unsure (another line ending, a control character, a string
    or shape the fast reader leaves to the line reader, a header-like entry after others): the
    full reading decides. Obsolete entries at the end (``poread.obsolete_cut``) are read by
    the line reader (``poread.obsolete_tail``) and compared after the rest: every merge of a
    file with one read the whole text again."""
    header, entries = old
    split = split_obsolete(new, _NO_PATH)
    if split is None:
        return None
    head, tail = split
    index = 0
    covered = 0
    headed = False
    for start, end, entry in scan_entries(head, _NO_PATH):
        if start != covered:
            return None
        covered = end
        if entry.msgid or entry.context is not None:
            if index >= len(entries) or not same_entry(entry, entries[index]):
                return _final(new, end)
            index += 1
        elif start != 0:
            return None  # a header-like entry after others: the full reading decides
        else:
            seen = header_fields(entry.msgstr)
            if not seen:
                return None  # an empty header: a later one may count (the full reading)
            if seen != header:
                return _final(new, end)
            headed = True
    if headed and covered == len(head) and index + len(tail) == len(entries) and all(
            same_entry(ours, theirs) for ours, theirs in zip(tail, entries[index:],
                                                               strict=True)):
        return True
    return None


def _final(new: str, end: int) -> bool | None:
    """False (the texts differ) when the entry that differs, read up to ``end``, is read so
    by the line reader too: the text ends there, or goes on with a line that ends the entry
    (a comment, a msgctxt or msgid keyword); None otherwise (the full reading decides): a
    line such as ``#~ "…"`` or ``msgid_plural`` after it is read into it."""
    if end == len(new) or (new.startswith(("msgctxt ", "msgid ", "#"), end)
                           and not new.startswith("#~", end)):
        return False
    return None


def _core(entry: RawEntry) -> tuple[object, ...]:
    """An entry's fields but its comments."""
    return (entry.context, entry.msgid, entry.msgid_plural, entry.forms(), entry.fuzzy,
            entry.obsolete, sorted(entry.flags), entry.previous)


def same_entry(new: RawEntry, old: RawEntry) -> bool:
    """Whether ``old`` reads as ``new`` but for how its comments are wrapped (an obsolete
    entry's references do not count: polib drops them)."""
    return (_core(new) == _core(old) and rewrapped(new.comments, old.comments)
            and rewrapped(new.translator, old.translator)
            and (new.obsolete or rewrapped(new.references, old.references)))


def rewrapped(ours: str, theirs: str) -> bool:
    """Whether the comment lines ``theirs`` (joined by line breaks) are the lines ``ours``,
    each wrapped over one or more lines, as textwrap (polib, Babel), Poedit and msgcat wrap
    them: each of our lines is some consecutive lines of theirs, joined where the break was
    either at spaces (dropped by the wrapper) or beside a hyphen (textwrap's
    ``break_on_hyphens``: ``website-of-the-`` / ``united-nations``, and before a ``--``).
    Runs of spaces count as one space. Lines are never joined across our line breaks: two
    comment lines made one is a change."""
    if ours == theirs:
        return True
    if len(ours) == len(theirs) and _spaces_broken(ours, theirs):
        return True
    pieces = [" ".join(line.split()) for line in theirs.split("\n")]
    at = 0
    for line in ours.split("\n"):
        want = " ".join(line.split())
        if at >= len(pieces) or not want.startswith(pieces[at]):
            return False
        done = len(pieces[at])
        at += 1
        while done < len(want):
            if want[done] == " ":
                done += 1
            elif not (pieces[at - 1].endswith("-") or want.startswith("-", done)):
                return False
            if at >= len(pieces) or not pieces[at] or not want.startswith(pieces[at], done):
                return False
            done += len(pieces[at])
            at += 1
    return at == len(pieces)


def _spaces_broken(ours: str, theirs: str) -> bool:
    """True when ``theirs`` is ``ours`` of the same length with some spaces made line breaks
    and each of its lines non-empty, without whitespace at either end (how transpub's writer
    and textwrap wrap a comment that has no hyphen to break at): ``rewrapped`` is then True,
    found without normalising every line (the merge of an extract asks it of nearly every
    entry of a translated file, whose comments our writer wrapped). False when unsure."""
    if ours.replace("\n", " ") != theirs.replace("\n", " "):
        return False
    at = ours.find("\n")
    while at >= 0:  # each of our line breaks is one of theirs (never two lines joined)
        if theirs[at] != "\n":
            return False
        at = ours.find("\n", at + 1)
    return all(line and not line[0].isspace() and not line[-1].isspace()
               for line in theirs.split("\n"))


#: Characters a comment line cannot carry through a write and a read unchanged (a line break
#: of another kind, a control character: the readers refuse or split them)
_ODD_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _reads_wrapped(ours: str, theirs: str) -> bool:
    """``rewrapped`` of a comment as the merge would write it (``ours``, its lines as the
    reader strips them), unless a character in it would not read back the same."""
    return _ODD_RE.search(ours) is None and rewrapped(ours, theirs)


def fields_same(old: Old, metadata: Mapping[str, str], entries: Sequence[EntryLike]) -> bool:
    """Whether the text the merge would write for ``metadata`` and ``entries`` (its active
    entries, in order, and nothing else) would read as the old file (``same_content``),
    answered from the fields as the reader would read them back, without writing the text
    or reading it again. False when it would not, or when unsure (an entry of another kind
    than the merge's own, a character the round trip could change): the caller then writes
    the text and asks ``same_content`` (tests/test_po_rewrap.py holds the two answers
    together)."""
    header, olds = old
    if len(olds) != len(entries):
        return False
    fields = ordered_metadata(metadata)
    if not fields or header_fields("\n".join(f"{n}: {v}" for n, v in fields) + "\n") != header:
        return False
    for new, was in zip(entries, olds, strict=True):
        if (new.msgctxt is None or new.obsolete or new.msgid_plural or new.msgstr_plural
                or was.obsolete or was.msgid_plural is not None or was.plurals is not None):
            return False
        if new.msgctxt != was.context or new.msgid != was.msgid or new.msgstr != was.msgstr:
            return False
        if new.flags or was.flags:
            flags = tuple(f.strip() for f in ", ".join(new.flags).split(",") if f.strip())
            if sorted(flags) != sorted(was.flags) or ("fuzzy" in flags) != was.fuzzy:
                return False
        elif was.fuzzy:
            return False
        if new.previous_msgctxt is not None or new.previous_msgid is not None:
            previous: dict[str, str] = {}
            if new.previous_msgctxt is not None:
                previous["msgctxt"] = new.previous_msgctxt
            if new.previous_msgid is not None:
                previous["msgid"] = new.previous_msgid
            if previous != was.previous:
                return False
        elif was.previous is not None:
            return False
        # a comment equal to the one read is read back the same (the reader's lines are
        # stripped, with no control character): only a different one is looked at closely
        references = " ".join([f"{path}:{line}" if line else path
                               for path, line in new.occurrences])
        if "\n" in references or (references != was.references and not _reads_wrapped(
                references.strip(), was.references)):
            return False  # (a line break in a path: more lines than one reference line)
        comment = new.comment
        if comment != was.comments and not _reads_wrapped(
                "\n".join([line.strip() for line in comment.split("\n")]), was.comments):
            return False
        tcomment = new.tcomment
        if tcomment != was.translator and not _reads_wrapped(
                "\n".join([line.rstrip() for line in tcomment.split("\n")]), was.translator):
            return False
    return True
