"""Compiled regular expressions kept between runs (``transpub.recache``): every pattern a run
rebuilds from the cache is the one ``re`` compiles (``Pattern.__eq__`` compares the engine's
code), the reports are the same with the cache cold, warm or off, and a damaged cache, a
pattern ``re`` rejects, or the end of a command leave ``re`` as it was."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import recache

from conftest import Cli, copy_sample

_ORIGINAL = recache._compiler.compile


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own user cache folder (the session's is shared by the other tests)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "transpub" / recache.NAME


def _check(cli: Cli, report: Path) -> str:
    cli("check", "--no-cache", "--format", "json", "-o", str(report), expect=None)
    return report.read_text(encoding="utf-8")


def test_the_cache_folder_is_the_users(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert recache.user_folder() == tmp_path / "transpub"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert recache.user_folder() is None  # (a home that is not there: no cache)
    (tmp_path / "home").mkdir()
    for unset in ("", "relative/folder"):  # (the XDG rule: a relative path is ignored)
        monkeypatch.setenv("XDG_CACHE_HOME", unset)
        assert recache.user_folder() == tmp_path / "home" / ".cache" / "transpub"


def _run(ws: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), **env)
    environ.pop("TRANSPUB_NO_RECACHE", None)
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "transpub", *args], cwd=ws, env=environ,
                          capture_output=True, text=True)


def test_a_check_reports_the_same_with_the_cache_cold_warm_and_off(tmp_path: Path,
                                                                   cache_file: Path) -> None:
    """The repository's own release, translated into five languages by real translators;
    each run a process of its own, as a user's (in one process, ``re`` and the parsers keep
    what they compiled)."""
    ws = copy_sample(tmp_path, output=True)
    reports = []
    for name, env in (("off", {"TRANSPUB_NO_RECACHE": "1"}), ("cold", {}), ("warm", {})):
        report = tmp_path / f"{name}.json"
        run = _run(ws, "check", "--no-cache", "--format", "json", "-o", str(report), **env)
        assert run.returncode in (0, 1), run.stderr
        reports.append((report.read_text(encoding="utf-8"), run.stdout, run.stderr))
        assert cache_file.exists() == (name != "off")
        if name == "cold":
            kept = recache._read(cache_file)
    assert reports[0] == reports[1] == reports[2]
    assert '"TP' in reports[0][0]  # (findings were made: the checks ran)
    # the warm run kept what the cold one had (and what its own main process compiled anew:
    # its forked worker checked other files than the cold run's, and a worker's are not kept)
    assert kept.items() <= recache._read(cache_file).items()


def test_every_pattern_a_check_keeps_is_the_one_re_compiles(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], cache_file: Path) -> None:
    ws = copy_sample(tmp_path, output=True)
    cli = cli_factory(ws)
    re.purge()  # (else the patterns this process compiled before are not asked for)
    _check(cli, tmp_path / "r.json")
    entries = recache._read(cache_file)
    assert len(entries) > 300  # the modules', the parsers' and the termbase's patterns
    for (_is_bytes, pattern, flags), entry in entries.items():
        assert recache._rebuild(pattern, entry) == _ORIGINAL(pattern, flags), pattern


def _damaged(data: bytes) -> list[bytes]:
    header, _, rest = data.partition(b"\n")
    return [b"", data[:-1], data[:len(data) // 2], b"other\n" + rest,
            data.replace(b"transpub-regex/2", b"transpub-regex/0", 1),
            data[:-40] + b"\0" * 40, header + b"\n" + rest.replace(b"3.11", b"3.99", 1)]


def test_a_damaged_cache_is_no_cache_and_is_written_again(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], cache_file: Path) -> None:
    ws = copy_sample(tmp_path, output=True)
    cli = cli_factory(ws)
    re.purge()
    first = _check(cli, tmp_path / "first.json")
    good = cache_file.read_bytes()
    for damaged in _damaged(good):
        re.purge()
        cache_file.write_bytes(damaged)
        assert _check(cli, tmp_path / "again.json") == first
        assert recache._read(cache_file), "written again, whole"


def test_an_entry_that_does_not_rebuild_is_compiled_by_re(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    with recache.installed(folder) as cache:
        assert cache is not None
        assert recache._compiler.compile(r"(?P<day>\d+) (\w+)", 0).groupindex == {"day": 1}
    key = (False, r"(?P<day>\d+) (\w+)", 0)
    entries = recache._read(folder / recache.NAME)
    flags, code, groups, groupindex, indexgroup = entries[key]
    entries[key] = (flags, code[:-4], groups, groupindex, indexgroup)  # (not valid code)
    recache._write(folder / recache.NAME, {recache._digest(k): recache._encode(k, e)
                                           for k, e in entries.items()})
    with recache.installed(folder) as cache:
        assert cache is not None
        got = recache._compiler.compile(r"(?P<day>\d+) (\w+)", 0)
        assert got == _ORIGINAL(r"(?P<day>\d+) (\w+)", 0)
        assert got.match("12 May").group("day") == "12"
    # the file is written again, the entry with it
    assert recache._read(folder / recache.NAME)[key][1] == code


def test_a_run_reads_only_the_entries_it_asks_for(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The file's index is read whole, an entry when its pattern is compiled: 2,048 entries
    held decoded were 3.7 MB in the main process and in each forked worker."""
    monkeypatch.setattr(recache, "SAVE_FROM", 0.0)
    words = [f"word{i}[a-z]+" for i in range(200)]
    with recache.installed(tmp_path):
        for word in words:
            recache._compiler.compile(word, 0)
    decoded: list[bytes] = []
    real = recache._decode

    def counted(data: bytes) -> object:
        decoded.append(data)
        return real(data)

    monkeypatch.setattr(recache, "_decode", counted)
    with recache.installed(tmp_path) as cache:
        assert cache is not None and len(cache.index) == 200
        assert recache._compiler.compile(words[77], 0) == _ORIGINAL(words[77], 0)
        assert not cache.added  # (a hit)
    assert len(decoded) == 1


def test_an_entry_damaged_in_place_is_compiled_and_the_file_written_again(
        tmp_path: Path) -> None:
    with recache.installed(tmp_path):
        for word in ("alpha+", "beta+", "gamma+"):
            recache._compiler.compile(word, 0)
    path = tmp_path / recache.NAME
    data = path.read_bytes()
    at = data.rindex(b"beta+")
    path.write_bytes(data[:at] + b"BETA+" + data[at + 5:])  # (same size: its CRC-32 differs)
    assert [k[1] for k in recache._read(path)] == ["alpha+", "gamma+"]
    with recache.installed(tmp_path) as cache:
        assert recache._compiler.compile("beta+", 0) == _ORIGINAL("beta+", 0)
        assert cache is not None and cache.damaged
    assert sorted(k[1] for k in recache._read(path)) == ["alpha+", "beta+", "gamma+"]


def test_a_pattern_re_rejects_raises_re_own_error(tmp_path: Path) -> None:
    with pytest.raises(re.error) as expected:
        _ORIGINAL("(unclosed", 0)
    with recache.installed(tmp_path) as cache:
        assert cache is not None
        with pytest.raises(re.error) as got:
            recache._compiler.compile("(unclosed", 0)
    assert str(got.value) == str(expected.value)
    assert recache._compiler.compile is _ORIGINAL


def test_nothing_is_installed_outside_a_workspace_or_when_turned_off(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with recache.installed(None) as cache:
        assert cache is None and recache._compiler.compile is _ORIGINAL
    monkeypatch.setenv("TRANSPUB_NO_RECACHE", "1")
    with recache.installed(tmp_path) as cache:
        assert cache is None and recache._compiler.compile is _ORIGINAL
    assert not (tmp_path / recache.NAME).exists()


def test_locale_and_debug_patterns_are_not_kept(tmp_path: Path) -> None:
    with recache.installed(tmp_path) as cache:
        assert cache is not None
        recache._compiler.compile(rb"\w+", re.LOCALE)
        recache._compiler.compile(r"[a-z]+", 0)
    kept = recache._read(tmp_path / recache.NAME)
    assert list(kept) == [(False, r"[a-z]+", 0)]


def test_a_command_that_ends_its_process_writes_its_cache(tmp_path: Path,
                                                          cache_file: Path) -> None:
    """``transpub extract`` ends its own process (``cli._end_now``), inside the block."""
    ws = copy_sample(tmp_path)
    run = _run(ws, "extract", "--force")
    assert run.returncode == 0, run.stderr
    assert recache._read(cache_file)


_PIECES = st.sampled_from([
    "a", "é", "日本", r"\d", r"\w+", r"\s*", "[a-zé]", "[^()]", r"\b", "(?<!\\w)", "(?!\\d)",
    "(x|yz)", "(?P<n>q)", "(?:ab)+?", "{2,3}", "$", "^", ".", r"\.", "(?i:k)", "[\u0600-\u06ff]",
    r"\u0436", "(?=z)", r"\1"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.sampled_from([0, re.I, re.M | re.S, re.X]))
def test_any_pattern_is_rebuilt_as_re_compiles_it(pieces: list[str], flags: int) -> None:
    pattern = "".join(pieces)
    try:
        expected = _ORIGINAL(pattern, flags)
    except re.error:
        return
    entry, got = recache._compile(pattern, flags)
    assert got == expected
    assert recache._rebuild(pattern, entry) == expected
    assert got.groupindex == expected.groupindex and got.groups == expected.groups


def test_the_cache_keeps_the_most_recently_used(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "KEEP", 3)
    monkeypatch.setattr(recache, "SAVE_FROM", 0.0)  # (every new pattern worth a save)
    with recache.installed(tmp_path):
        for word in ("one", "two", "three", "four"):
            recache._compiler.compile(word, 0)
    # (kept oldest first: the file is read back newest last)
    assert [k[1] for k in recache._read(tmp_path / recache.NAME)] == ["two", "three", "four"]
    with recache.installed(tmp_path):
        recache._compiler.compile("three", 0)  # (a hit: used by this run)
        recache._compiler.compile("five", 0)
    kept = [k[1] for k in recache._read(tmp_path / recache.NAME)]
    assert sorted(kept) == ["five", "four", "three"]  # this run's two, then the newest other


def test_a_few_small_new_patterns_do_not_rewrite_the_cache(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with recache.installed(tmp_path):
        for word in ("one", "two", "three"):
            recache._compiler.compile(word, 0)
    path = tmp_path / recache.NAME
    first = path.read_bytes()  # (the first run: written whatever it compiled)
    assert sorted(k[1] for k in recache._read(path)) == ["one", "three", "two"]
    stamp = path.stat().st_mtime_ns, path.stat().st_ino
    # babel builds two patterns from sets at its import: their text differs from run to run,
    # and each run "added" them; the cache was rewritten every time for them
    with recache.installed(tmp_path) as cache:
        recache._compiler.compile("one", 0)  # (a hit)
        recache._compiler.compile(r"\b(and|or|[tvenwcfi])\b", 0)
        assert cache is not None and cache.added == 1 and cache.compiling < recache.SAVE_FROM
    assert path.read_bytes() == first and (path.stat().st_mtime_ns, path.stat().st_ino) == stamp
    # compiling that costs more than a save is kept, the small one with it
    monkeypatch.setattr(recache, "SAVE_FROM", 0.0)
    with recache.installed(tmp_path):
        recache._compiler.compile(r"\b(and|or|[tvenwcfi])\b", 0)
    assert r"\b(and|or|[tvenwcfi])\b" in [k[1] for k in recache._read(path)]
