"""TP609 for the characters a page may hold but no release means (session 61, hostile
input): a private-use character (a PDF font's symbol pasted, which a browser shows as a box
or nothing) and a bidi embedding or isolate never closed (which lays out the rest of the page
in its direction). Both are reported where they are, and the build shows the source for the
unit, as for the overrides; closed embeddings and isolates, which Arabic text uses, are kept."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.garbled import garbling, garbling_at, unwritable, unwritable_at
from transpub.xliff_merge import text_problem

from conftest import Cli, copy_sample

#: (translation, the character TP609 names, its kind in the message)
UNPUBLISHABLE = [
    ("Le Bureau \uf0b7 de lutte", "U+F0B7", "private-use character"),
    ("Le Bureau \ue000 de lutte", "U+E000", "private-use character"),
    ("Le Bureau \U000f0041 de lutte", "U+F0041", "private-use character"),
    ("Le Bureau \U00100000 de lutte", "U+100000", "private-use character"),
    ("Le Bureau \U000ffffe de lutte", "U+FFFFE", "noncharacter"),
    ("New \u202aYork, le 9", "U+202A", "bidi embedding U+202A (LRE) never closed"),
    ("New \u202bYork, le 9", "U+202B", "bidi embedding U+202B (RLE) never closed"),
    ("Le \u2066Bureau de lutte", "U+2066", "bidi isolate U+2066 (LRI) never closed"),
    ("Le \u2067Bureau de lutte", "U+2067", "bidi isolate U+2067 (RLI) never closed"),
    ("Le \u2068Bureau de lutte", "U+2068", "bidi isolate U+2068 (FSI) never closed"),
    # a PDF does not close an embedding opened before an isolate still open (UAX #9, X7)
    ("\u202bLe \u2067Bureau\u202c de lutte\u2069", "U+202B", "(RLE) never closed"),
    # two isolates, the second never closed
    ("\u2067a\u2069 \u2067b", "U+2067", "(RLI) never closed"),
]

#: Closed embeddings and isolates, and closers matching nothing (the bidi algorithm ignores
#: them): nothing after the text changes direction
BALANCED = [
    "قال \u2067António Guterres\u2069 اليوم",
    "\u202bالأمم المتحدة\u202c (ONU)",
    "\u2067\u202bنص\u2069 بعده",  # (a PDI closes the embeddings opened inside its isolate)
    "\u2068\u2066a\u2069\u2069",
    "نص\u202c بعده\u2069",
]


@pytest.mark.parametrize(("target", "code", "kind"), UNPUBLISHABLE)
def test_private_use_and_unclosed_bidi_are_found_where_they_are(
        target: str, code: str, kind: str) -> None:
    found = garbling_at(target, "The Office of Counter-Terrorism")
    assert found is not None, target
    message, expected, span = found
    assert kind in message and code in message and expected == "", message
    assert span is not None and f"U+{ord(target[span[0]]):04X}" == code
    assert unwritable(target, "x")  # (what the build and stats refuse)
    assert code in text_problem(target)  # (an XLIFF import rejects the unit, saying why)


@pytest.mark.parametrize("target", BALANCED)
def test_closed_embeddings_and_isolates_are_kept(target: str) -> None:
    assert garbling(target, "x") is None
    assert not unwritable(target)


def test_what_the_source_holds_itself_is_the_sources() -> None:
    assert garbling("Le \uf0b7 Bureau", "The \uf0b7 Office") is None
    assert not unwritable("Le \uf0b7 Bureau", "The \uf0b7 Office")  # (the build keeps it)
    # an opener the source leaves open too; but not one the source closes
    assert garbling("Le \u202bBureau", "The \u202bOffice") is None
    assert garbling("Le \u202bBureau", "The \u202bOffice\u202c") is not None


@pytest.mark.parametrize("plain", [True, False], ids=["plain-file", "escapes"])
def test_check_reports_them_and_the_build_never_publishes_them(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], plain: bool) -> None:
    """Both of the build's readers: a plain PO file's (``pofast``) and the per-entry one a
    file with a backslash takes (``localise``)."""
    ws = copy_sample(tmp_path)
    po_file = next((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))
    po = polib.pofile(str(po_file))
    entries = po.translated_entries()
    written = {1: " \uf0b7", 2: " \U000f0041", 3: " \u202b", 4: " \u2067"}
    for index, mark in written.items():
        entries[index].msgstr = entries[index].msgstr.replace(" ", mark, 1)
    entries[5].msgstr = f"\u2067{entries[5].msgstr}\u2069"  # closed: published as written
    kept = entries[5].msgstr
    if not plain:
        entries[6].tcomment = "see C:\\notes"
    units = {str(entries[index].msgctxt): mark.strip() for index, mark in written.items()}
    po.save(str(po_file))
    cli = cli_factory(ws)
    cli("check", "--format", "json", expect=1)
    tp609 = {f["unit"]: f for f in json.loads(cli.out)["findings"] if f["code"] == "TP609"}
    assert set(tp609) == set(units), tp609
    for unit, mark in units.items():
        found = tp609[unit]
        assert f"U+{ord(mark):04X}" in found["message"]
    cli("build", expect=0)
    for unit, mark in units.items():
        assert re.search(rf"\[{re.escape(unit)}\] the translation holds the .* "
                         rf"U\+{ord(mark):04X}.*the source is shown \(TP609\)",
                         cli.out + cli.err), cli.out + cli.err
    for page in (ws / "output" / "fr").glob("unoct*"):
        text = page.read_text(encoding="utf-8")
        # (the one RLI on the page is the closed one's)
        assert [text.count(mark) for mark in units.values()] == [0, 0, 0, 1], page
        assert kept in text or page.suffix != ".html"
    cli("stats", "--format", "json", expect=0)
    row = next(r for r in json.loads(cli.out)["releases"] if r["lang"] == "fr")
    assert row["untranslated"] == len(units), row


def test_the_message_says_where_an_invisible_character_is() -> None:
    found = garbling("Le Bureau \uf0b7de lutte", "x")
    assert found is not None and "U+F0B7 (" in found[0] and "after «Le Bureau »" in found[0]
    found = garbling("\u202bLe Bureau", "x")
    assert found is not None and "(RLE) never closed (a PDF U+202C closes it) at its start" \
        in found[0]
    long = "Le Bureau de lutte contre le terrorisme \u2067de l’ONU"
    found = garbling(long, "x")
    assert found is not None and "after «…le terrorisme »" in found[0], found


def _unclosed_as_scanned(text: str) -> set[int]:
    """The bidi pairing as it was (4d4a184): a PDI looked through the whole stack for an
    isolate (quadratic for N openers then N PDI)."""
    stack: list[tuple[int, bool]] = []
    for at, char in enumerate(text):
        if char == "\u2069":
            if any(isolate for _, isolate in stack):
                while not stack.pop()[1]:
                    pass
        elif char == "\u202c":
            if stack and not stack[-1][1]:
                stack.pop()
        elif "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2068":
            stack.append((at, char in "\u2066\u2067\u2068"))
    return {at for at, _ in stack}


def _unwritable_as_scanned(text: str, source: str) -> int:
    """``unwritable_at`` as it was, for the characters of ``_random_bidi`` (none beyond the
    first plane): the source's open openers computed again for each opener of the text."""
    unclosed = _unclosed_as_scanned(text)
    for at, char in enumerate(text):
        if re.fullmatch("[\u202a\u202b\u202d\u202e\u2066-\u2068\ue000]", char) is None:
            continue
        if char in "\u202a\u202b\u2066\u2067\u2068":
            if at not in unclosed or (char in source and char in {
                    source[i] for i in _unclosed_as_scanned(source)}):
                continue
        elif char in source:
            continue
        return at
    return -1


def _random_bidi(rng: random.Random) -> str:
    return "".join(rng.choice("a \u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ue000")
                   for _ in range(rng.randrange(12)))


def test_the_bidi_pairing_finds_what_the_scan_found() -> None:
    """The pairing reads each text once (openers' isolates counted, the source's open
    openers and characters looked up): what it reports is what the scans it replaced did."""
    rng = random.Random(61)
    for _ in range(20_000):
        text, source = _random_bidi(rng), _random_bidi(rng)
        assert unwritable_at(text, source) == _unwritable_as_scanned(text, source), (
            text.encode("unicode_escape"), source.encode("unicode_escape"))
