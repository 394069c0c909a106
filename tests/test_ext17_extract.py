"""The sixteenth round's extract paths, each held to the general one it stands beside:

- ``catalog._head``: a new file's header rendered once per (project, language) with stand-ins
  for its two dates, then filled in, against the header rendered with the dates;
- ``catalog._plain`` without a memo: a unit's POT entry in one string when its msgctxt and
  msgid need no escaping, against ``entry_text`` of its entry;
- ``segment_rules.abbreviations_for`` made once per (language, configured ones);
- a serial extract imports neither ``multiprocessing`` nor ``difflib``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import catalog
from transpub.catalog import _entry, _head, _header, _plain
from transpub.languages import language
from transpub.model import Placeholder, Segment, Span
from transpub.powrite import entry_text, render_texts
from transpub.segment_rules import ABBREVIATIONS

from conftest import REPO, copy_sample

_CHARS = st.sampled_from(["a", "Z", " ", ".", "\n", "\\", '"', "\t", "é", "…", "中", "ع",
                          "\U0001f600", "\u2028", "\r", "#", ":", "\x00", "\x1c", "\x85"])
_TEXT = st.text(alphabet=_CHARS, max_size=30)
SRC = REPO / "src"
_LANGS = ["fr", "zh", "ar", "ru", "es", "en", "pt_BR"]


def _rendered(project: str, created: str, code: str | None, day: dt.date | None) -> bytes:
    """The general way: the header's fields rendered with the dates, then encoded."""
    lang = None if code is None else language(code)
    return (render_texts(_header(project, created, lang, {}, day), ()) + "\n").encode()


_STAMPS = st.builds(lambda d, h, m: f"{d.isoformat()} {h:02d}:{m:02d}+0000",
                    st.dates(dt.date(1970, 1, 1), dt.date(2200, 1, 1)), st.integers(0, 23),
                    st.integers(0, 59))


@given(st.one_of(st.just("transpub benchmark"), _TEXT), st.one_of(_STAMPS, _TEXT),
       st.one_of(st.none(), st.sampled_from(_LANGS)),
       st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))))
@settings(max_examples=1500, deadline=None)
def test_a_header_filled_in_is_the_header_rendered(project: str, created: str,
                                                   code: str | None,
                                                   day: dt.date | None) -> None:
    """Any project name (quotes, line breaks, NULs: the stand-ins' own character), any
    creation date (a stamp, or what an edited POT holds), the POT's header and PO files'."""
    lang = None if code is None else language(code)
    assert _head(project, created, lang, day) == _rendered(project, created, code, day)


def test_the_header_is_rendered_once_per_project_and_language() -> None:
    catalog._head_text.cache_clear()
    for minute in range(10):
        for code in _LANGS:
            created = f"2024-01-01 00:{minute:02d}+0000"
            day = dt.date(2020, 1, 1 + minute)
            assert _head("p", created, language(code), day) == _rendered("p", created, code,
                                                                         day)
    assert catalog._head_text.cache_info().misses == len(_LANGS)


@given(st.sampled_from([*ABBREVIATIONS, "de", "en_GB", "pt_BR"]),
       st.lists(st.sampled_from(["Amb.", "Gov", "Hon.", "Excma.", "", "."]), max_size=3))
@settings(max_examples=200, deadline=None)
def test_abbreviations_made_once_are_the_union(lang: str, extra: list[str]) -> None:
    from transpub.segment_rules import abbreviations_for

    want = ABBREVIATIONS.get(lang.split("_")[0], frozenset()) | frozenset(
        a.rstrip(".") for a in extra)
    assert abbreviations_for(lang, tuple(extra)) == want
    assert abbreviations_for(lang, tuple(extra)) is abbreviations_for(lang, tuple(extra))


def test_a_serial_extract_imports_neither_multiprocessing_nor_difflib(tmp_path: Path) -> None:
    """Forking workers needs ``multiprocessing``, a merge with an edited unit or a near match
    ``difflib``: a serial extract of new files needs neither (babel's catalogue module, read
    for the languages' facts in a small serial run, imports difflib itself: not counted)."""
    ws = copy_sample(tmp_path)
    for path in (ws / "locales").rglob("*.po*"):
        path.unlink()
    code = ("import sys\n"
            "import transpub.workspace, transpub.tm, transpub.catalog\n"
            "print(sorted(m for m in ('multiprocessing', 'difflib') if m in sys.modules))\n"
            "from transpub import cli\n"
            "assert cli.main(['extract', '--jobs', '1']) == 0\n"
            "print('multiprocessing' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ws, capture_output=True,
                          text=True, check=False, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "[]"
    assert done.stdout.splitlines()[-1] == "False"
    assert list((ws / "locales").rglob("*.po"))


_ID_TEXT = st.one_of(st.text(alphabet=st.sampled_from(["a", "Z", " ", ".", "é", "中", "-", "1"]),
                             max_size=20), _TEXT)


@given(_ID_TEXT, _ID_TEXT, _TEXT, st.integers(0, 10_000),
       st.sampled_from(["paragraph 1", "title", "Paragraph 2, sentence 1 of 3", ""]),
       st.one_of(st.none(), _TEXT), st.lists(_TEXT, max_size=2),
       st.sampled_from(["source/x-é.xml", "source/a b.xml"]),
       st.lists(st.sampled_from([Placeholder("a1", Span("open", tag="a", attrs=(("href", "x"),))),
                                 Placeholder("x1", Span("atom", "[1]", tag="sup"))]),
                max_size=2).map(tuple))
@settings(max_examples=1500, deadline=None)
def test_a_units_pot_entry_in_one_string_is_its_entry_written(
        ident: str, text: str, note: str, line: int, position: str,
        comment: str | None, notes: list[str], reference: str,
        holders: tuple[Placeholder, ...]) -> None:
    """``_plain`` without a memo (the POT's entries of a fresh extract), the msgctxt and msgid
    plain or not, the comment given, computed (``unit_comment``: one line without a note or
    placeholder, else joined) or empty, with notes or none: the entry as ``entry_text``
    writes it."""
    unit = Segment(ident, text, "p1", "p", position, line, note, holders)
    want = entry_text(_entry(unit, reference, notes, comment))
    assert _plain(unit, reference, notes, comment, None) == want
    assert _plain(unit, reference, tuple(notes), comment, {}) == want


def _comment_joined(segment: Segment) -> str:
    """``unit_comment`` as it was written before its one-line path."""
    lines = [f"{segment.position[:1].upper()}{segment.position[1:]}."]
    if segment.note:
        lines.append(f"Note: {segment.note}")
    for holder in segment.placeholders:
        if holder.paired:
            attrs = ", ".join(f"{k}={v}" for k, v in holder.span.attrs if "}" not in k)
            lines.append(f"<{holder.name}>…</{holder.name}>: {holder.span.tag}"
                         + (f" ({attrs})" if attrs else ""))
        else:
            lines.append(f"<{holder.name}/>: {holder.span.text} (not to translate)")
    return "\n".join(lines)


@given(_TEXT, st.sampled_from(["paragraph 1", "title", "", "é"]),
       st.lists(st.sampled_from([Placeholder("a1", Span("open", tag="a", attrs=(("href", "x"),))),
                                 Placeholder("x1", Span("atom", "[1]", tag="sup"))]),
                max_size=2).map(tuple))
@settings(max_examples=300, deadline=None)
def test_a_unit_comment_is_its_lines_joined(note: str, position: str,
                                            holders: tuple[Placeholder, ...]) -> None:
    unit = Segment("p1.abc", "Text.", "p1", "p", position, 3, note, holders)
    assert catalog.unit_comment(unit) == _comment_joined(unit)


def test_a_references_and_cache_folder_are_the_general_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``workspace._reference`` (a folder's relative path made once) and ``_segment_folder``
    (the folders compared once) against ``relpath`` and ``abspath`` of each path: sources in
    the workspace, at its root, elsewhere, given relative to the working folder or with
    ``..`` in them."""
    from transpub import workspace
    from transpub.config import load_settings

    ws = copy_sample(tmp_path)
    settings = load_settings(ws)
    monkeypatch.chdir(tmp_path)
    names = ["a.xml", "r-é 1.xml"]
    paths = [settings.source_dir / n for n in names]
    paths += [ws / n for n in names] + [tmp_path / n for n in names]
    paths += [settings.source_dir / ".." / "source" / n for n in names]
    paths += [Path("repo/source") / n for n in names] + [Path(n) for n in names]
    for path in paths:
        want = os.path.relpath(path, settings.root).replace(os.sep, "/")
        assert workspace._reference(settings, path) == want, path
        same = os.path.abspath(path.parent) == os.path.abspath(settings.source_dir)  # noqa: PTH100
        folder = workspace._segment_folder(settings, path)
        assert folder == (settings.root / ".transpub-cache" / "segments" if same else None), path
    assert workspace._segment_folder(settings, paths[0]) is not None
    assert workspace._segment_folder(settings, paths[-1]) is None
