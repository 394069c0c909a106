"""The build's plain PO reader, sixteenth round (issue 13): its cheaper checks against the
ones they replace, and files of the benchmark's shape against poread.

``pofast._plain`` now matches entry after entry where the last one ended, captures the last
``#,`` line of an entry (the flags are then read from the whole comment block), looks for a
backslash in the bytes from the header's end, checks the header's strings without the strict
pattern when their only escapes are ``\\n``, and looks for control bytes with one ``memchr``
per byte value: each is held here to what it replaced, and whole files to poread.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from test_build_fastpath import _outcome
from transpub import pofast
from transpub.catalog import read_translations

_NOT_SUSPECT = bytes(b for b in range(256) if b not in pofast._SUSPECT)

_PIECE = st.sampled_from(["a", "n", "Language: fr", "\\n", "\\\\", '\\"', '"', "\\", "\\t",
                          "\\\\n", "é", "联合国", " ", "\\x41", "\\101"])


@st.composite
def _header_strings(draw: st.DrawFn) -> str:
    """A header's msgstr as ``_ENTRY`` matches it: lines from a quotation mark to one."""
    lines = draw(st.lists(st.lists(_PIECE, max_size=5).map("".join), min_size=1, max_size=4))
    return "\n".join(f'"{line}"' for line in lines)


@settings(max_examples=2000, deadline=None)
@given(_header_strings())
@example('""\n"Language: fr\\n"')
@example('"a"b"')
@example('"a\\\\n"')
@example('"a\\"')
@example('"a\\n\\"\n"b"')
def test_header_strings_checked_as_the_strict_pattern_checks_them(strings: str) -> None:
    assert pofast._strict(strings) == (pofast._STRICT.fullmatch(strings) is not None)


def test_suspect_bytes_found_as_the_translation_found_them() -> None:
    for value in range(256):
        for data in (bytes([value]), b"msgid \"x\"\n" + bytes([value]) + b"\xc3\xa9" * 40):
            assert pofast._suspect(data) == bool(data.translate(None, _NOT_SUSPECT)), value
    assert not pofast._suspect("mot\tété 联合国\n".encode() * 100)


_HEADER = ('msgid ""\nmsgstr ""\n"Project-Id-Version: transpub benchmark\\n"\n'
           '"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
_ENTRY = ('#. Paragraph 1, sentence {n} of 3.\n#. Term (organisation): UNODC = ONUDC\n'
          '#: source/r00000.xml:12\nmsgctxt "p1.{n}"\nmsgid ""\n"The two sides {n} "\n'
          '"reaffirmed."\nmsgstr "[fr] LES DEUX {n}"\n\n')


def _file(*, first: str = "", flags: dict[int, str] | None = None, bom: bool = False,
          backslash: str = "") -> str:
    entries = []
    for n in range(4):
        entry = _ENTRY.format(n=n)
        if n in (flags or {}):
            entry = (flags or {})[n] + "\n" + entry
        entries.append(entry)
    text = _HEADER + first + "".join(entries)
    if backslash == "comment":
        text = text.replace("#. Term", "#. Term \\ slash", 1)
    elif backslash == "msgid":
        text = text.replace('"The two sides 0 "', '"The \\"two\\" sides 0 "', 1)
    elif backslash == "context":
        text = text.replace('msgctxt "p1.0"', 'msgctxt "p1\\\\0"', 1)
    return ("\ufeff" if bom else "") + text


def _check(tmp_path: Path, text: str) -> object:
    path = tmp_path / "x.po"
    path.write_bytes(text.encode("utf-8"))
    expected = _outcome(read_translations, path)
    assert _outcome(pofast.read_build_entries, path) == expected
    return pofast.read_build_entries(path, "fr", path.read_bytes())


def test_benchmark_shaped_files_read_the_plain_way_as_poread_reads_them(tmp_path: Path) -> None:
    for bom in (False, True):
        # escapes in the header only: the plain way
        assert isinstance(_check(tmp_path, _file(bom=bom)), pofast.BuildEntries)
        # a backslash after the header, anywhere: the per-entry reader (the same entries)
        for where in ("comment", "msgid", "context"):
            read = _check(tmp_path, _file(bom=bom, backslash=where))
            assert not isinstance(read, pofast.BuildEntries), where
        # the first entry right after the header, its msgid escaped
        first = 'msgctxt "t"\nmsgid "a\\tb"\nmsgstr "c"\n\n'
        assert not isinstance(_check(tmp_path, _file(bom=bom, first=first)),
                              pofast.BuildEntries)


def test_flags_read_from_every_flags_line_of_an_entry(tmp_path: Path) -> None:
    """The pattern keeps an entry's last ``#,`` line; fuzzy may be on any of them."""
    cases = {
        0: "#, fuzzy\n#, c-format", 1: "#, c-format\n#, fuzzy", 2: "#, no-wrap, fuzzy",
        3: "#, fuzzy-ish\n#. fuzzy"}
    read = _check(tmp_path, _file(flags=cases))
    assert isinstance(read, pofast.BuildEntries)
    assert read.fuzzy == {"p1.0", "p1.1", "p1.2"}
    read = _check(tmp_path, _file(flags={1: "#, c-format"}))
    assert isinstance(read, pofast.BuildEntries)
    assert read.fuzzy == set()
