"""A release far longer than a press release (a report of several hundred sentences) is checked
as fast per unit as a short one: what the checks derive from each source is worked out once for
all its languages' files, and its few long PO files are shared out between the processes.

Before: the memos held a fixed 256-2,048 texts, and a release's files come round in the same
order, so with more sources than that every look-up missed (2.2 times slower per unit at 2,700
units); and a workspace of fewer than 12 PO files was checked in one process whatever their
length."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import transpub.checker
from transpub import datefind, memo
from transpub.checks import honorifics, numbers
from transpub.cli import main

from conftest import REPO, SLUG, Cli

sys.path.insert(0, str(REPO / "benchmarks"))

import corpus

NS = "{urn:transpub:release:1}"
MONTHS = corpus.MONTHS
#: Sentences of the long release: each distinct (its numbers and dates), with the names, titles
#: and organisations of the sample termbase, dates, numbers and honorifics the checks read.
TEMPLATES = (
    "On {day} {month} {year}, Mr. Vladimir Voronkov met {n} representatives of the State of "
    "Qatar in New York.",
    "The United Nations Office of Counter-Terrorism (UNOCT) has trained {n} officials since "
    "{year}, H.E. Sheikha Alya Ahmed S. Al-Thani said.",
    "The meeting held on {day} {month} {year} reviewed {n} projects of the United Nations.",
)
UNITS = 750  # more sources than any memo's own size (512 at most for a text's dates)


def _write_long_release(ws: Path) -> None:
    source = ws / "source" / f"{SLUG}.xml"
    tree = etree.parse(str(source))
    body = tree.getroot().find(f"{NS}body")
    assert body is not None
    for child in list(body):
        body.remove(child)
    sentences = [template.format(day=1 + i % 28, month=MONTHS[i % 12], year=2000 + i % 21,
                                 n=100 + i)
                 for i in range(UNITS // len(TEMPLATES))
                 for template in TEMPLATES]
    for number, start in enumerate(range(0, len(sentences), 3), 1):
        paragraph = etree.SubElement(body, f"{NS}p", id=f"p{number}")
        paragraph.text = " ".join(sentences[start:start + 3])
    tree.write(str(source), xml_declaration=True, encoding="UTF-8")


@pytest.fixture(scope="module")
def long_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's workspace with its release lengthened to ``UNITS`` sentences, extracted and
    pseudo-translated into the five other languages (``benchmarks/corpus.py``)."""
    ws = tmp_path_factory.mktemp("long") / "ws"
    ws.mkdir()
    shutil.copy2(REPO / "transpub.toml", ws / "transpub.toml")
    shutil.copytree(REPO / "source", ws / "source")
    (ws / "locales").mkdir()
    shutil.copy2(REPO / "locales" / "termbase.tbx", ws / "locales" / "termbase.tbx")
    _write_long_release(ws)
    old = Path.cwd()
    os.chdir(ws)
    try:
        assert main(["extract"]) == 0
    finally:
        os.chdir(old)
    files = [path for path in sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
             if path.parts[-3] != "en"]
    assert len(files) == 5
    for path in files:
        assert corpus.fill_po(path, path.parts[-3]) >= UNITS
    return ws


@pytest.fixture
def ws(long_release: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(long_release, copy)
    return copy


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", "--no-cache", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Callable[[memo.Memo[Any, Any]], Counter[Any]]:
    """Count the calls a memo makes of its function, per key (emptied first; monkeypatch
    puts the function back)."""
    def count(target: memo.Memo[Any, Any]) -> Counter[Any]:
        calls: Counter[Any] = Counter()
        real = target.func

        def counting(*args: Any) -> Any:
            calls[args] += 1
            return real(*args)

        target.cache_clear()
        monkeypatch.setattr(target, "func", counting)
        return calls

    return count


@pytest.mark.parametrize("target", [datefind._find_dates, honorifics._honorifics,
                                    numbers._source_numbers],
                         ids=["dates", "honorifics", "numbers"])
def test_each_source_of_a_long_release_is_analysed_once_for_its_five_languages(
        ws: Path, cli_factory: Callable[[Path], Cli], counted: Any,
        target: memo.Memo[Any, Any]) -> None:
    calls: Counter[Any] = counted(target)
    assert _report(cli_factory(ws), "--jobs", "1")["findings"]
    sources = {key: n for key, n in calls.items() if key[1] == "en"}
    assert len(sources) >= UNITS * 2 // 3  # (the dates' and numbers' memos skip some texts)
    # each source once, not once per language's file (the memo held 512 texts: five times)
    assert max(sources.values()) == 1, Counter(sources.values())


def test_a_few_long_files_are_checked_in_parallel_and_report_what_one_process_reports(
        ws: Path, cli_factory: Callable[[Path], Cli], monkeypatch: pytest.MonkeyPatch) -> None:
    cli = cli_factory(ws)
    serial = _report(cli, "--jobs", "1")
    assert serial["findings"], "the pseudo-translations leave something to report"
    runs: list[int] = []
    real = transpub.checker._parallel

    def spied(*args: Any, **kwargs: Any) -> Any:
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(transpub.checker, "_parallel", spied)
    # six PO files (fewer than PARALLEL_THRESHOLD), but long ones
    assert len(list(ws.glob("locales/*/LC_MESSAGES/*.po"))) < transpub.checker.PARALLEL_THRESHOLD
    assert _report(cli, "--jobs", "2") == serial
    assert runs, "five long PO files were checked in one process"


def test_few_short_files_stay_in_one_process(tmp_path: Path) -> None:
    paths = []
    for index in range(5):
        path = tmp_path / f"{index}.po"
        path.write_bytes(b"x" * 20_000)  # a press release's PO file: ~18 kB
        paths.append(path)
    batches = [transpub.checker._Batch(path, path.name, "fr") for path in paths]
    assert not transpub.checker._heavy(batches)
    paths[0].write_bytes(b"x" * transpub.checker.PARALLEL_BYTES)
    assert transpub.checker._heavy(batches)
    paths[0].unlink()  # a file gone is its batch's own error, not this estimate's
    assert not transpub.checker._heavy(batches)


def test_a_memo_holds_what_the_file_being_checked_needs_then_shrinks_back() -> None:
    made: list[str] = []

    def derive(text: str) -> str:
        made.append(text)
        return text.upper()

    table = memo.Memo(derive, 4, spread=False)
    texts = [f"sentence {i}" for i in range(10)]
    try:
        memo.fit(20)  # a file of ten units: its sources and translations
        for _ in range(5):  # the release's five files, the same sources in the same order
            assert [table[t] for t in texts] == [t.upper() for t in texts]
        assert made == texts  # each once
    finally:
        memo.fit(0)
    assert memo.capacity(4) == 4
    made.clear()
    table.cache_clear()
    for _ in range(2):
        for text in texts:
            assert table(text) == text.upper()  # (called as the function was)
    assert len(made) == 20  # four entries a generation: the texts come round too late
    assert table.cache_info().currsize <= 8


def test_a_po_file_checked_on_its_own_keeps_the_memos_to_their_own_sizes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A catalogue checked as a FILE has no other language's file of the same release to come:
    holding all its texts would only cost memory (100,000 entries: 300 MB)."""
    lines = ['msgid ""', 'msgstr ""', '"Language: fr\\n"',
             '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for i in range(3000):
        day, month = 1 + i % 28, MONTHS[i % 12]
        lines += [f'msgctxt "p{i}"', f'msgid "The meeting {i} was held on {day} {month} 2020."',
                  f'msgstr "La réunion {i} a eu lieu le {day} {month.lower()} 2020."', ""]
    (tmp_path / "big.po").write_text("\n".join(lines), encoding="utf-8")
    datefind._find_dates.cache_clear()
    cli = cli_factory(tmp_path)
    assert cli("check", "big.po", "--jobs", "1", "--format", "json", expect=None) in (0, 1)
    assert datefind._find_dates.misses >= 3000  # (each source parsed: the memo was asked)
    assert datefind._find_dates.cache_info().currsize <= 2 * datefind._find_dates.base
