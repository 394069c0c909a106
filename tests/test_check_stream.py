"""A whole workspace check streams its findings from disk to the report (``checkstream``):
every report format must be byte for byte what the same findings held in memory give, with
suppressions (used, unused, invalid, on a collection finding), a baseline, findings on built
pages (TP801) and on missing units (TP604), several languages and ``--lang``; a re-check after
one file changed must report what a full check reports; and a run that fails or is killed
leaves no half-written report and nothing in the temporary folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import polib
import pytest

import transpub.checker
from test_check import INJECTIONS, PO, _edit
from test_check_whole import _workspace

from conftest import SLUG, Cli

#: Every report the check writes, each as its own command line.
FORMATS: list[tuple[str, ...]] = [
    (),
    ("--format", "json"),
    ("--format", "junit"),
    ("--format", "sarif"),
    ("--format", "github"),
    ("--matrix", "--show-info"),
    ("--fail-on", "info"),
    ("--lang", "fr", "--lang", "zh", "--format", "json"),
    ("--lang", "ru"),
    ("--select", "TP201,TP701,TP702,TP901,TP002", "--format", "sarif"),
]


def _suppress(po: Path, unit: str, comment: str) -> None:
    """A translator comment on ``unit`` (its msgctxt)."""
    text = po.read_text(encoding="utf-8")
    marker = f'msgctxt "{unit}"\n'
    assert marker in text, (po, unit)
    po.write_text(text.replace(marker, f"# {comment}\n{marker}", 1), encoding="utf-8")


def _rich_workspace(tmp_path: Path, cli_factory: Any) -> Path:
    """The three-release workspace with findings of every kind, and suppressions of a
    per-unit finding, of a collection finding (TP901), one that silences nothing and one
    without a reason."""
    ws = _workspace(tmp_path)
    page = next((ws / "output" / "fr").glob(f"{SLUG}-second.html"))
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("<title>", "<title>XX ", 1), encoding="utf-8")  # TP801
    po = polib.pofile(str(ws / "locales" / "zh" / "LC_MESSAGES" / f"{SLUG}-third.po"))
    po.remove(next(e for e in po if e.msgctxt and e.msgctxt.startswith("p2.")))  # TP604
    po.save()
    cli: Cli = cli_factory(ws)
    assert cli("check", "--no-cache", "--format", "json", expect=None) == 1
    findings = json.loads(cli.out)["findings"]
    by_code = {f["code"]: f for f in findings}
    assert {"TP201", "TP901", "TP801"} <= set(by_code), sorted(by_code)
    for code in ("TP201", "TP901"):
        item = by_code[code]
        _suppress(ws / item["file"], item["unit"], f"transpub: ignore {code} checked by hand")
    item = by_code["TP201"]
    other = next(f for f in findings if f["file"] != item["file"] and f["code"] != "TP201"
                 and f["file"].endswith(".po"))
    _suppress(ws / other["file"], other["unit"], "transpub: ignore TP201 no longer needed")
    _suppress(ws / other["file"], other["unit"], "transpub: ignore TP301")
    return ws


def _outputs(cli: Cli, *args: str) -> tuple[int, str, str]:
    code = cli("check", *args, expect=None)
    return code, cli.out, cli.err


@pytest.mark.parametrize("kept", [8, 0])
def test_streamed_reports_are_the_held_reports_in_every_format(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch, kept: int) -> None:
    """(``kept``: how many blobs of several groups the store keeps split; 0: none, each
    read back whole for each of its groups.)"""
    import transpub.checkstream

    monkeypatch.setattr(transpub.checkstream, "SPLIT_KEPT", kept)
    ws = _rich_workspace(tmp_path, cli_factory)
    cli: Cli = cli_factory(ws)
    report = json.loads(_outputs(cli, "--no-cache", "--format", "json")[1])
    assert report["summary"]["suppressed"] == 2
    assert {"TP001", "TP002", "TP604", "TP801", "TP201"} <= set(report["summary"]["by_code"])
    for args in FORMATS:
        # streamed: fresh, then from the cache (another --jobs: another command line, so
        # not replayed); held: the findings as one sorted list, as before
        monkeypatch.setattr(transpub.checker, "STREAM", True)
        fresh = _outputs(cli, "--no-cache", *args)
        cached = [_outputs(cli, "--jobs", jobs, *args) for jobs in ("2", "1")]
        monkeypatch.setattr(transpub.checker, "STREAM", False)
        held = _outputs(cli, "--no-cache", *args)
        assert fresh == held, args
        assert cached == [held, held], args
        assert held[1].strip(), args


def test_a_baseline_is_applied_to_the_stream_as_to_the_held_findings(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _rich_workspace(tmp_path, cli_factory)
    cli: Cli = cli_factory(ws)
    baseline = ws / "baseline.json"
    assert cli("check", "--baseline", str(baseline), "--update-baseline", expect=None) == 0
    # one finding fixed, others new: known, new and fixed all present
    for lang, unit, find, replace, _code in INJECTIONS[3:6]:
        _edit(ws / PO.format(lang=lang), unit, find, replace)
    _edit(ws / PO.format(lang="fr"), *INJECTIONS[1][1:2], *INJECTIONS[1][3:1:-1])
    for args in FORMATS[:6]:
        streamed = _outputs(cli, "--baseline", str(baseline), *args)
        monkeypatch.setattr(transpub.checker, "STREAM", False)
        held = _outputs(cli, "--baseline", str(baseline), "--no-cache", *args)
        monkeypatch.setattr(transpub.checker, "STREAM", True)
        assert streamed == held, args
    summary = json.loads(_outputs(cli, "--baseline", str(baseline), "--format", "json")[1])[
        "summary"]
    assert summary["findings"] and summary["baseline"]["known"] and summary["baseline"]["fixed"]


def test_a_recheck_after_one_file_changed_reports_what_a_full_check_reports(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _rich_workspace(tmp_path, cli_factory)
    cli: Cli = cli_factory(ws)
    # the cache is filled, with the matrix rows (entries without them serve no report that
    # shows the matrix: benchmarks/HISTORY.md, "Check CPU, eleventh round")
    _outputs(cli, "--jobs", "1", "--matrix")
    checked: list[str] = []
    real = transpub.checker._run_batch

    def spied(batch: Any) -> Any:
        checked.append(batch.label)
        return real(batch)

    monkeypatch.setattr(transpub.checker, "_run_batch", spied)
    for number, args in enumerate(FORMATS[:6]):
        # another translation each time: one PO file's entry is new, the others are read
        _edit(ws / PO.format(lang="ru"), "p1.", "Воронкоф", f"Воронкоф{number}")
        checked.clear()
        again = _outputs(cli, "--jobs", "1", *args)
        assert checked == [str(Path("locales", "ru", "LC_MESSAGES", f"{SLUG}.po"))], checked
        assert again == _outputs(cli, "--no-cache", "--jobs", "1", *args), args


def test_a_failed_check_leaves_the_report_and_the_temporary_folder_as_they_were(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _workspace(tmp_path)
    spare = tmp_path / "tmp"
    spare.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spare))
    cli: Cli = cli_factory(ws)
    report = ws / "report.json"
    assert cli("check", "--format", "json", "-o", str(report), expect=None) == 1
    assert json.loads(report.read_text(encoding="utf-8"))["findings"]
    assert not list(spare.iterdir())  # the findings' shelf has no name
    before = report.read_bytes()
    broken = ws / "source" / f"{SLUG}-third.xml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("</p>", "</q>", 1),
                      encoding="utf-8")
    _edit(ws / PO.format(lang="fr"), *INJECTIONS[1][1:4])
    assert cli("check", "--format", "json", "-o", str(report), expect=None) == 2
    assert report.read_bytes() == before
    assert not list(spare.iterdir())
    assert sorted(p.name for p in ws.iterdir()) == sorted(
        [".transpub-cache", "locales", "output", "report.json", "source", "transpub.toml"])


def test_a_killed_check_leaves_no_half_written_report(tmp_path: Path) -> None:
    """SIGKILL at a few points of a real run: the report is absent or whole, and nothing is
    left in the temporary folder. Beside the report, a kill that lands while the report is
    written leaves its temporary file (a named file, renamed over the report when whole);
    the next run that writes the report removes it (``fsutil.write_output``)."""
    ws = _workspace(tmp_path)
    spare = tmp_path / "tmp"
    spare.mkdir()
    env = {**os.environ, "TMPDIR": str(spare)}
    command = [sys.executable, "-m", "transpub", "check", "--no-cache", "--format", "json",
               "-o", "report.json"]
    whole = subprocess.run(command, cwd=ws, env=env, capture_output=True, check=False)
    assert whole.returncode == 1, whole.stderr
    truth = (ws / "report.json").read_bytes()
    took = 0.0
    for delay in (0.3, 0.8, 1.5):
        (ws / "report.json").unlink(missing_ok=True)
        started = time.monotonic()
        proc = subprocess.Popen(command, cwd=ws, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        took = time.monotonic() - started
        report = ws / "report.json"
        assert not report.exists() or report.read_bytes() == truth
        assert not list(spare.iterdir())
        left = [p.name for p in ws.iterdir() if "transpub-tmp" in p.name]
        assert all(name.startswith(".report.json.") for name in left), left
        again = subprocess.run(command, cwd=ws, env=env, capture_output=True, check=False)
        assert again.returncode == 1 and report.read_bytes() == truth
        assert not [p for p in ws.iterdir() if "transpub-tmp" in p.name]
    assert took > 0


def test_the_temporary_file_a_killed_run_left_beside_its_output_goes_with_the_next(
        cli: Cli, workspace: Path) -> None:
    # (as a kill while the report was being written leaves it: a process no longer running)
    dead = workspace / ".report.json.999999999-0badf00d.transpub-tmp"
    dead.write_bytes(b"{half")
    other = workspace / ".notes.json.999999999-0badf00d.transpub-tmp"  # another file's
    other.write_bytes(b"{half")
    live = workspace / f".report.json.{os.getppid()}-0badf00d.transpub-tmp"  # a live run's
    live.write_bytes(b"{half")
    report = workspace / "report.json"
    assert cli("check", "--format", "json", "-o", str(report), expect=None) in (0, 1)
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]
    assert not dead.exists() and other.exists() and live.exists()


def test_one_pass_consistency_finds_what_the_grouping_checks_find() -> None:
    """TP701/TP702 compared as the records come, holding each group's first only, give the
    findings ``inconsistent`` and ``shared`` give from all the records, in their order."""
    import random

    from transpub.checks.consistency import Compared, OnePass, inconsistent, shared

    sources = ["The Secretary-General met the President today.",
               "The Secretary-General met the Prime Minister today.",
               "Three experts attended.", "Four experts attended the meeting in Vienna."]
    targets = ["Le Secrétaire général a rencontré le Président.", "Trois experts.",
               "Le Secrétaire général a rencontré le Premier ministre.", "Quatre experts."]
    seen = set()
    for seed in range(40):
        rng = random.Random(seed)
        records = []
        for number in range(rng.randint(0, 60)):
            source, target = rng.choice(sources), rng.choice(targets)
            form = rng.choice([None, None, 0, 1])
            records.append(Compared(
                rng.choice(["fr", "ru"]), rng.choice(["a.po", "b.po"]), f"p{number}", source,
                target, rng.choice([number, 7]), form, f"s{sources.index(source)}",
                f"t{targets.index(target)}", f"k{sources.index(source) // 2}",
                len(source.split()) > 2))
        one = OnePass()
        for record in records:
            one.add(record, True, True)
        assert one.findings() == (list(inconsistent(records)), list(shared(records)))
        seen.update(f.code for f in one.findings()[0] + one.findings()[1])
    assert seen == {"TP701", "TP702"}
