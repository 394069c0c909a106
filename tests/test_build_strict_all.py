"""``build --strict`` names every problem of the run, not the first only (a CI job had fixed
one broken translation and met the next on its next run, one a run), and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _break(ws: Path, lang: str, ctxt: str, text: str) -> int:
    """Set a translation; its msgstr's line in the file."""
    path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == ctxt).msgstr = text
    po.save(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line == f'msgctxt "{ctxt}"')


def test_every_problem_is_named_and_nothing_written(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("build", "-q")
    before = {p: p.read_bytes() for p in (ws / "output").rglob("*") if p.is_file()}
    fr = _break(ws, "fr", "place", "<em1>New York</em1>")
    ar = _break(ws, "ar", "place", "نيويورك <x7/>")
    (ws / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po").unlink()
    cli("build", "--strict", expect=2)
    lines = [line for line in cli.err.splitlines() if line.strip()]
    said = [line for line in lines if "[place] placeholders" in line]
    assert len(said) == 2, cli.err
    # by file, then line: the order does not depend on which worker ended first
    assert f"ar/LC_MESSAGES/{SLUG}.po:{ar}: [place]" in said[0], said
    assert f"fr/LC_MESSAGES/{SLUG}.po:{fr}: [place]" in said[1], said
    assert any("no PO file" in line and "ru/LC_MESSAGES" in line for line in lines), cli.err
    assert "3 problems under --strict, in 3 file(s)" in lines[-1], lines
    assert "nothing written" in lines[-1]
    after = {p: p.read_bytes() for p in (ws / "output").rglob("*") if p.is_file()}
    assert after == before


def test_one_problem_is_one_line_as_before(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    line = _break(ws, "fr", "place", "<em1>New York</em1>")
    cli = cli_factory(ws)
    cli("build", "--strict", expect=2)
    lines = [text for text in cli.err.splitlines() if text.strip()]
    assert len(lines) == 1, cli.err
    assert f"fr/LC_MESSAGES/{SLUG}.po:{line}: [place] placeholders" in lines[0], lines
    assert "problems under --strict" not in cli.err
