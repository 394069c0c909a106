"""A unit's msgid remembered across a release's PO files, seventeenth round (issue 13):
``BuildEntries.pick`` with a shared ``known`` (a unit's text -> a msgid, as written, found to
be that text) must answer, and report, exactly as without it, whatever the files hold: the
same msgid wrapped another way, a stale msgid, an empty or fuzzy msgstr, two units of one
text, entries missing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.localise import Problem
from transpub.pofast import BuildEntries, read_build_entries

_TEXTS = ["Hello world.", "The Secretary-General said", "Генеральный секретарь",
          "الأمين العام", "联合国", "a b c d e f", ""]


@st.composite
def _written(draw: st.DrawFn, value: str) -> str:
    """``value`` as a PO string: one line, or cut into continuation lines anywhere."""
    if not value or draw(st.booleans()):
        return f'"{value}"'
    cuts = sorted(draw(st.lists(st.integers(0, len(value)), max_size=3)))
    pieces = [value[a:b] for a, b in zip([0, *cuts], [*cuts, len(value)], strict=True)]
    return "\n".join(f'"{piece}"' for piece in ['', *pieces])


@st.composite
def _release(draw: st.DrawFn) -> tuple[list[tuple[str, str]], list[str]]:
    """Units (id, text) and the PO files of a few languages written for them."""
    count = draw(st.integers(1, 6))
    units = [(f"u{n}", draw(st.sampled_from(_TEXTS[:-1]))) for n in range(count)]
    files = []
    for _ in range(draw(st.integers(1, 6))):
        rows = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
        for unit, text in units:
            if draw(st.integers(0, 9)) == 0:
                continue  # no entry
            source = text if draw(st.integers(0, 3)) else draw(st.sampled_from(_TEXTS))
            target = draw(st.sampled_from(["", "[xx] " + text, "Traduction."]))
            if draw(st.integers(0, 4)) == 0:
                rows.append("#, fuzzy")
            rows += [f'msgctxt "{unit}"', f"msgid {draw(_written(source))}",
                     f"msgstr {draw(_written(target))}", ""]
        files.append("\n".join(rows))
    return units, files


def _picks(units: list[tuple[str, str]], entries: BuildEntries,
           known: dict[str, str] | None, fuzzy: bool) -> tuple[object, ...]:
    served: set[str] = set()
    problems: list[Problem] = []
    found = [entries.pick(unit, text, served, problems, fuzzy, known) for unit, text in units]
    return found, sorted(served), problems


@settings(max_examples=600, deadline=None)
@given(_release(), st.booleans())
def test_known_msgids_change_nothing(release: tuple[list[tuple[str, str]], list[str]],
                                     fuzzy: bool) -> None:
    units, files = release
    known: dict[str, str] = {}
    for number, text in enumerate(files):
        entries = read_build_entries(Path(f"/nowhere/{number}.po"), "fr", text.encode())
        assert isinstance(entries, BuildEntries)
        assert _picks(units, entries, known, fuzzy) == _picks(units, entries, None, fuzzy)
        # (each file once more, with what every file so far taught)
        assert _picks(units, entries, known, fuzzy) == _picks(units, entries, None, fuzzy)


def test_a_stale_msgid_is_reported_after_a_good_one() -> None:
    good = 'msgctxt "u1"\nmsgid "Hello world."\nmsgstr "Bonjour."\n'
    stale = 'msgctxt "u1"\nmsgid "Hello world!"\nmsgstr "Bonjour !"\n'
    known: dict[str, str] = {}
    for text, expected in ((good, ("Bonjour.", False)), (stale, None), (good, ("Bonjour.", False))):
        entries = read_build_entries(Path("/nowhere/x.po"), "fr", text.encode())
        assert isinstance(entries, BuildEntries)
        problems: list[Problem] = []
        assert entries.pick("u1", "Hello world.", set(), problems, False, known) == expected
        assert bool(problems) == (expected is None)
