"""The build's main process made cheaper, held to the simple way: the outcomes of pages not
rebuilt (``builder._unchanged``, made without the dataclass's ``__init__``), the no-op
record's report (``noop_report``, each release's name worked out once), the outcomes' paths
made again from their text (``builder._path``, cut by ``rpartition``), and the index pages'
test for characters lxml refuses (``source.NOT_XML``, spelt as the excluded set)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from tests.conftest import Cli
from tests.test_noop import _break_placeholder

from transpub.builder import (
    BuildOptions,
    LanguageBuild,
    _path,
    _unchanged,
    build,
    noop_report,
)
from transpub.config import find_root, load_settings
from transpub.localise import Problem
from transpub.workspace import source_files


def _reference(slug: str, code: str, old: dict[str, Any], root: Path,
               with_po: bool = True) -> LanguageBuild:
    """``_unchanged`` as it was written before: the dataclass's own ``__init__``."""
    problems = tuple(Problem(u, int(line), msg) for u, line, msg in old.get("problems", []))
    po = root / old["po"] if old.get("po") and with_po else None
    return LanguageBuild(slug, code, float(old.get("percent", 0.0)), bool(old.get("published")),
                         (), int(old.get("fallbacks", 0)), problems, po, rebuilt=False)


def _records(count: int) -> list[dict[str, Any]]:
    rng = random.Random(13)
    records: list[dict[str, Any]] = []
    for _ in range(count):
        record: dict[str, Any] = {}
        if rng.random() < 0.8:
            record["percent"] = rng.choice([0, 0.0, 12.5, 100, 99.99, 3])
        if rng.random() < 0.8:
            record["published"] = rng.choice([True, False, 0, 1])
        if rng.random() < 0.8:
            record["fallbacks"] = rng.choice([0, 3, 2.0])
        if rng.random() < 0.7:
            record["po"] = rng.choice(["", "locales/fr/LC_MESSAGES/a.po", "x/../y.po"])
        if rng.random() < 0.7:
            record["problems"] = [[f"p{i}", rng.choice([0, 7, "12"]), "placeholders: lost"]
                                  for i in range(rng.choice([0, 1, 3]))]
        records.append(record)
    return records


def test_a_page_not_rebuilt_is_the_outcome_the_dataclass_makes(tmp_path: Path) -> None:
    for number, record in enumerate(_records(400)):
        for with_po in (True, False):
            made = _unchanged(f"r{number}", "fr", record, tmp_path, with_po)
            expected = _reference(f"r{number}", "fr", record, tmp_path, with_po)
            assert made == expected and hash(made) == hash(expected)
            assert type(made) is LanguageBuild and made.rebuilt is False and made.date_text == ""
            assert [type(p) for p in made.problems] == [Problem] * len(expected.problems)


def test_the_no_op_report_is_the_report_made_page_by_page(cli: Cli, workspace: Path) -> None:
    _break_placeholder(workspace)  # (a page with a problem, which names its PO file)
    cli("build")
    settings = load_settings(find_root(workspace))
    sources = source_files(settings, ())
    report = build(settings, BuildOptions(), sources)
    quiet = noop_report(settings, sources, report)
    assert quiet is not None and report.manifest is not None
    expected = [_reference(path.stem, code, report.manifest[path.stem]["langs"][code],
                           settings.root, bool(report.manifest[path.stem]["langs"][code].get(
                               "problems")))
                for path in sources for code in settings.codes]
    assert quiet.outcomes == expected and quiet.releases == len(sources)
    assert any(o.problems and o.po for o in quiet.outcomes)
    (settings.output_dir / "fr" / f"{sources[0].stem}.html").unlink()  # a published page gone
    assert noop_report(settings, sources, report) is None


def test_characters_lxml_refuses_are_the_same_set_on_every_code_point() -> None:
    from transpub.source import NOT_XML

    allowed = re.compile(r"[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    text = "".join(map(chr, range(0x110000)))
    refused = {match.start() for match in NOT_XML.finditer(text)}
    assert refused == {point for point in range(0x110000) if not allowed.match(text, point)}


def test_a_path_made_again_from_its_text_is_path_of_that_text() -> None:
    texts = ["/ws/output/fr/r1.html", "//twice", "//twice/r1.html", "/", "/r1.po", "r1.po",
             "a/b", "a//b", "a/b/", "a//b/c", "./a", "a/./b", "a/../b", "../x", "/x/..",
             "/x/.", "a/.", "", ".", "a\\b/c", "/ws/ünï/日本.po", "/ws/a b/ c ", "a/b//"]
    for text in texts * 2:  # (the second time, each folder's maker is remembered)
        made, expected = _path(text), Path(text)
        assert (made, str(made), made.parts, type(made)) == (
            expected, str(expected), expected.parts, type(expected)), text
