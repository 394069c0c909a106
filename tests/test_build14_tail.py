"""The build's serial tail made cheaper, held to the simple way: the no-op record's lines from a
summary of the manifest (``cli._noop_ops`` through ``builder.noop_summary``) against the lines
of ``noop_report``'s page-by-page report, and the index pages' rows written all at once
(``htmlstring._index_rows``) against the lxml tree."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from tests.conftest import Cli
from tests.test_noop import _break_placeholder

from transpub import cli as cli_module
from transpub import htmlstring
from transpub.builder import BuildOptions, build, noop_report, noop_summary
from transpub.config import find_root, load_settings
from transpub.html import Alternate, render_index, render_index_tree
from transpub.languages import language
from transpub.workspace import source_files


def _page_by_page(settings: object, sources: list[Path], report: object,
                  options: BuildOptions) -> list[list[object]] | None:
    quiet = noop_report(settings, sources, report)  # type: ignore[arg-type]
    return None if quiet is None else cli_module._build_ops(
        settings, quiet, options)  # type: ignore[arg-type]


@pytest.mark.parametrize("options", [
    BuildOptions(), BuildOptions(min_complete=100.0), BuildOptions(include_fuzzy=True),
    BuildOptions(shard=(1, 2))])
def test_the_no_op_lines_are_those_of_the_page_by_page_report(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch,
        options: BuildOptions) -> None:
    _break_placeholder(workspace)  # (a page with a problem, whose line names its PO file)
    if not options.min_complete:
        cli("build")  # (else the first build holds languages back: no index page, no record)
    settings = load_settings(find_root(workspace))
    sources = source_files(settings, ())
    report = build(settings, options, sources)
    expected = _page_by_page(settings, sources, report, options)
    assert (expected is None) == bool(options.min_complete)
    # the sample is one release: as many pages as a table holds, so it takes noop_report's way
    assert cli_module._noop_ops(settings, sources, report, options) == expected
    # the summary's way, which a build of more pages than a table holds takes
    monkeypatch.setattr(cli_module, "_TABLE_MAX", 0)
    expected = _page_by_page(settings, sources, report, options)
    assert cli_module._noop_ops(settings, sources, report, options) == expected
    if expected is None:
        return
    assert any(op[0] == "warn" for op in expected) and expected[-1][0] == "print"
    # a published page gone, an index page gone: the next build has work to do
    page = settings.output_dir / "fr" / f"{sources[0].stem}.html"
    kept = page.read_bytes()
    page.unlink()
    assert noop_summary(settings, sources, report) is None
    assert cli_module._noop_ops(settings, sources, report, options) is None
    page.write_bytes(kept)
    assert cli_module._noop_ops(settings, sources, report, options) == expected
    (settings.output_dir / "zh" / "index.html").unlink()
    assert noop_summary(settings, sources, report) is None


def test_held_back_languages_are_the_page_by_page_report_s(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A language held back after it was published once (its pages kept), and one never
    published (no page, no index: no record)."""
    cli("build")
    settings = load_settings(find_root(workspace))
    sources = source_files(settings, ())
    manifest_path = settings.output_dir / ".transpub-build.json"
    report = build(settings, BuildOptions(min_complete=100.0), sources)
    assert report.manifest is not None
    monkeypatch.setattr(cli_module, "_TABLE_MAX", 0)
    for code, published in (("fr", False), ("ar", False), ("fr", True)):
        report.manifest[sources[0].stem]["langs"][code]["published"] = published
        for options in (BuildOptions(), BuildOptions(min_complete=50.0)):
            expected = _page_by_page(settings, sources, report, options)
            assert cli_module._noop_ops(settings, sources, report, options) == expected
            if expected is not None:
                assert "; held back: " in expected[-1][1]
    assert manifest_path.exists()


def _entries(rng: random.Random, count: int) -> list[tuple[str, str, str, str, str]]:
    names = ["UNOCT & Qatar <hold> talks", "مكتب الأمم المتحدة", "联合国", "a\rb", "",
             "9 décembre 2020", "A > B", "&amp;", "Москва", " "]
    entries = []
    for number in range(count):
        iso = "" if rng.random() < 0.2 else \
            f"20{rng.randrange(10, 30)}-0{rng.randrange(1, 10)}-1{number % 10}"
        shown = rng.choice(names) if iso else ""
        entries.append((f"r{number:05d}-unoct_{rng.choice('ab')}.html", rng.choice(names), iso,
                        shown, rng.choice(("", "", "en", "ar", "fr"))))
    return entries


def test_index_rows_written_at_once_are_the_tree_s() -> None:
    rng = random.Random(14)
    for count in (0, 1, 2, 7, 50, 300):
        for code in ("ar", "fr", "zh"):
            info = language(code)
            entries = _entries(rng, count)
            alternates = [Alternate(language(c), f"../{c}/index.html") for c in ("ar", "fr")]
            # every link and date plain: the rows are written at once
            assert htmlstring._PLAIN.fullmatch("".join(e[0] + e[2] for e in entries))
            written = htmlstring.index_page(info, "Releases & news", entries,
                                            [(a.lang, a.href) for a in alternates])
            assert written == render_index_tree(info, "Releases & news", entries, alternates)
            # one link that is not plain: row by row, the same bytes as the tree
            if entries:
                odd = [*entries[:-1], ("a b?x=1&y=2.html", *entries[-1][1:])]
                assert render_index(info, "R", odd, alternates) == render_index_tree(
                    info, "R", odd, alternates)
