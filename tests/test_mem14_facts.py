"""A parallel extract keeps babel's CLDR data and rich out of its processes (issue 13, memory):
the languages' facts are read by a short-lived child (``languages.read_facts_apart``), the
same strings as read here, and the workers never hold the data nor rich."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from babel import localedata

from transpub import languages
from transpub.languages import FactsApart, LanguageInfo, read_facts_apart

from conftest import SAMPLE_TEXT, copy_sample

CODES = ("ar", "zh", "en", "fr", "ru", "es", "de", "pt_BR", "sr_Latn", "ja", "he", "fa")


def _fresh_infos() -> list[LanguageInfo]:
    return [LanguageInfo(code) for code in CODES]  # (facts not read yet)


def _read_here() -> list[tuple[str, str, str, str, str]]:
    return [info.facts() for info in _fresh_infos()]


def test_the_child_reads_what_this_process_reads() -> None:
    infos = _fresh_infos()
    read_facts_apart(infos)
    assert all(info._facts is not None for info in infos)
    assert [info.facts() for info in infos] == _read_here()


def test_this_process_loads_no_locale_data(monkeypatch: pytest.MonkeyPatch) -> None:
    real = languages._cldr_facts
    parent = os.getpid()

    def only_in_a_child(code: str) -> tuple[str, str, str, str, str]:
        if os.getpid() == parent:
            raise AssertionError(f"CLDR read in this process for {code}")
        real.cache_clear()  # (the child's copy: it reads CLDR itself)
        return real(code)

    localedata.clear_caches()
    monkeypatch.setattr(languages, "_cldr_facts", only_in_a_child)
    infos = _fresh_infos()
    read_facts_apart(infos)
    assert not getattr(localedata, "_cache", {})
    assert [info._facts for info in infos] == [real(code) for code in CODES]


@pytest.mark.parametrize("failure", ["fork", "garbage", "short", "nothing"])
def test_a_failed_child_leaves_the_facts_to_this_process(
        monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    def start(infos: list[LanguageInfo]) -> tuple[int, int]:
        raise OSError("no fork here")

    def read_all(fd: int) -> bytes:
        real_read(fd)
        if failure == "garbage":
            return b'{"not": "a list"}'
        if failure == "short":  # one language missing
            return json.dumps([list(LanguageInfo(c).facts()) for c in CODES[:-1]]).encode()
        return b""

    real_read = languages._read_all
    if failure == "fork":
        monkeypatch.setattr(languages, "_start_child", start)
    else:
        monkeypatch.setattr(languages, "_read_all", read_all)
    infos = _fresh_infos()
    read_facts_apart(infos)
    assert [info.facts() for info in infos] == _read_here()


def test_a_child_not_waited_for_is_ended() -> None:
    apart = FactsApart(_fresh_infos())
    pid = apart.pid
    assert pid
    apart.close()
    apart.close()  # (twice: nothing left to end)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


_PROBE = r"""
import json, os, sys
from transpub import cli, languages, workspace
workspace.PARALLEL_THRESHOLD = 2
task = workspace._extract_task
main = os.getpid()
log = sys.argv[1]

def probe(item):
    # in a worker: what it holds, before and after its release
    import babel.localedata as localedata
    result = task(item)
    with open(log, "a", encoding="utf-8") as out:
        out.write(json.dumps({"pid": os.getpid(), "main": main, "rich": "rich" in sys.modules,
                              "cldr": sorted(getattr(localedata, "_cache", {}))}) + "\n")
    return result

workspace._extract_task = probe
real = workspace._run_extracts

def run(*args, **kwargs):
    # in the main process, while the workers run: neither rich nor CLDR's data loaded
    import babel.localedata as localedata
    for item in real(*args, **kwargs):
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps({"pid": os.getpid(), "main": main, "rich": "rich" in sys.modules,
                                  "cldr": sorted(getattr(localedata, "_cache", {}))}) + "\n")
        yield item

workspace._run_extracts = run
sys.exit(cli.main(["extract", "--jobs", "2", "--force"]))
"""


def test_a_parallel_extract_holds_neither_cldr_nor_rich(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    for number in range(3):
        done = subprocess.run([sys.executable, "-m", "transpub", "import", str(SAMPLE_TEXT),
                               "--slug", f"copy-{number}"], cwd=ws, capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0, done.stderr
    log = tmp_path / "probe.jsonl"
    done = subprocess.run([sys.executable, "-c", _PROBE, str(log)], cwd=ws, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "release(s)" in done.stdout  # (rich printed the summary at the end)
    seen = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    workers = [s for s in seen if s["pid"] != s["main"]]
    mains = [s for s in seen if s["pid"] == s["main"]]
    assert workers and mains
    assert not any(s["rich"] or s["cldr"] for s in seen), seen
