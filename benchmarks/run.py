"""Benchmark transpub's extract, build and check against the Translate Toolkit, po4a and itstool.

    python benchmarks/run.py [--sizes 10,100,1000] [--peers all|none|tt,po4a,itstool,gettext]
                             [--repeat K]

Every step runs as its own subprocess (or a sequence of them); wall time is measured around it
and peak memory is the largest RSS (GNU time %M) of any process of the step.
All tools work on the same generated corpus (benchmarks/corpus.py), in the same run. Results go
to benchmarks/results.json and benchmarks/RESULTS.md; see benchmarks/README.md for the columns.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

WORK_DIR = HERE / "_work"
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
LANGS = corpus.ALL_LANGS          # six languages built
TARGETS = corpus.TARGETS          # five languages checked
PEERS = ("tt", "po4a", "itstool", "gettext")
PEER_NAMES = {"transpub": "transpub", "tt": "Translate Toolkit", "po4a": "po4a",
              "itstool": "itstool", "gettext": "GNU gettext"}
STEP_TIMEOUT = 3600.0
PSEUDO = "terms"  # set from --pseudo

#: targets from the issue: (step, peer tool, peer step, the largest transpub/peer ratio allowed).
#: transpub's extract writes a POT and six PO files: its peer is html2po + pot2po x6
#: (``extract+po``), fresh and after a source edit (the peers have no incremental mode: they
#: run again on the whole corpus).
RATIO_TARGETS = (("extract", "tt", "extract+po", 1 / 5),
                 ("extract-sourceedit", "tt", "extract+po", 1 / 5),
                 ("build", "tt", "build", 1 / 5), ("check", "tt", "check", 1 / 10))
#: commands whose peak memory (all processes) at the largest N must stay within 1.5x the
#: smallest N's
MEMORY_TARGETS = ("extract", "build", "check")
#: and the check's peak memory (all processes) at N = 1000, in MB
CHECK_MEMORY_MB = 150


# --- measuring ----------------------------------------------------------------------------------

@dataclass
class Step:
    size: int
    tool: str
    step: str
    command: str
    wall_s: float = 0.0
    cpu_s: float = 0.0       # user + system of all its processes
    other_cpu_s: float = 0.0  # CPU the rest of the machine used meanwhile (contention)
    peak_rss_mb: float = 0.0  # largest single process
    peak_tree_mb: float = 0.0  # largest sampled sum over the processes running at once
    peak_pss_mb: float = 0.0  # the same with proportional set sizes (shared pages split)
    processes: int = 0
    units: int = 0
    unit: str = ""
    rc: int = 0
    status: str = "ok"       # ok, failed, timeout, skipped, patched
    note: str = ""
    measured_docs: int = 0   # documents actually processed (less than size when scaled)
    scaled: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def other_load(self) -> float:
        """Cores busy with something else while the step ran (0 = a quiet machine)."""
        return self.other_cpu_s / self.wall_s if self.wall_s else 0.0

    @property
    def per_unit_ms(self) -> float | None:
        if self.status not in ("ok", "patched") or not self.units:
            return None
        return 1000.0 * self.wall_s / self.units


TIME = "/usr/bin/time"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
SAMPLE_EVERY = 0.05
# A short run's workers can live less than 50 ms (a build at N = 10): sample densely at first, then
# every 50 ms so that a long run's sampler does not compete with it for the two cores.
DENSE_SAMPLING = ((1.0, 0.005), (5.0, 0.01))


def _sample_interval(elapsed: float) -> float:
    return next((every for until, every in DENSE_SAMPLING if elapsed < until), SAMPLE_EVERY)


@dataclass
class Usage:
    rc: int = 0
    wall: float = 0.0
    peak_kb: int = 0        # the largest single process (GNU time %M)
    tree_kb: int = 0        # the largest sampled sum over the command's process tree
    pss_kb: int = 0         # the same, proportional set sizes (a forked worker's shared pages
                            # counted once, not once per process as RSS counts them)
    cpu: float = 0.0        # user + system seconds of the command and its children
    busy: float = 0.0       # CPU seconds the whole machine was busy meanwhile
    expired: bool = False


CLK_TCK = os.sysconf("SC_CLK_TCK")


def _busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (from /proc/stat)."""
    try:
        with open("/proc/stat") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK_TCK


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
    except (OSError, ValueError):
        pass
    return found


def _tree_rss_kb(root: int) -> int:
    """Resident memory of the descendants of ``root`` (``root`` itself is GNU time)."""
    return _tree_memory_kb(root)[0]


def _tree_memory_kb(root: int, with_pss: bool = True) -> tuple[int, int]:
    """Resident memory (RSS) and proportional set size (PSS) of the descendants of ``root``
    (PSS 0 when not ``with_pss``)."""
    total = pss = 0
    stack = _children(root)
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE_KB
        except (OSError, ValueError, IndexError):
            continue
        if with_pss:
            try:
                with open(f"/proc/{pid}/smaps_rollup") as handle:
                    pss += next((int(line.split()[1]) for line in handle
                                 if line.startswith("Pss:")), 0)
            except (OSError, ValueError, IndexError):
                pass
        stack += _children(pid)
    return total, pss


#: PSS is read at most this share of the sampler's time: reading ``smaps_rollup`` walks the
#: process's page tables (~0.8 ms for a 70 MB Python process, against 25 us for ``statm``),
#: and sampling it with the RSS every 10 ms took 1.2-1.9 s of CPU during a 5-7 s build of
#: N = 1000 (three processes): a quarter of a core taken from a command that uses both (a
#: one-process peer leaves a core free for it). After a PSS sample that took t seconds, the
#: next is taken no sooner than t / PSS_SHARE later; the RSS is sampled at every interval.
PSS_SHARE = 0.03


def _run_one(cmd: list[str], cwd: Path, log: Path, env: dict[str, str] | None,
             timeout: float) -> Usage:
    """Run ``cmd`` under GNU time, sampling its process tree's memory (every 5 ms in the first
    second, 10 ms up to 5 s, then every 50 ms).

    The single-process peak is GNU time's %M (ru_maxrss of the command, waited-for children
    included). ru_maxrss seen from this process would not do: a child forked from Python starts
    with the parent's pages, and Linux keeps that high-water mark across exec. The sampled sum
    catches tools that run several processes at once (a parallel build).
    """
    usage = Usage()
    rss_file = log.with_name(log.name + ".time")
    timed = os.path.exists(TIME)
    wrapped = [TIME, "-f", "%M", "-o", str(rss_file), *cmd] if timed else cmd
    with log.open("ab") as out:
        out.write(("$ " + " ".join(cmd) + "\n").encode())
        out.flush()
        busy_before = _busy_seconds()
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        expired = threading.Event()
        finished = threading.Event()

        def kill() -> None:
            expired.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        def sample() -> None:
            next_pss = 0.0
            while not finished.wait(_sample_interval(time.perf_counter() - start)):
                began = time.perf_counter()
                with_pss = began >= next_pss
                rss, pss = _tree_memory_kb(proc.pid, with_pss) if timed else (0, 0)
                if with_pss:
                    next_pss = began + (time.perf_counter() - began) / PSS_SHARE
                usage.tree_kb = max(usage.tree_kb, rss)
                usage.pss_kb = max(usage.pss_kb, pss)

        timer = threading.Timer(timeout, kill)
        sampler = threading.Thread(target=sample, daemon=True)
        timer.start()
        sampler.start()
        try:
            proc.wait()
        finally:
            finished.set()
            timer.cancel()
            sampler.join()
        usage.wall = time.perf_counter() - start
        usage.busy = _busy_seconds() - busy_before
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU from getrusage (exact; GNU time's %U/%S round each process to 10 ms)
    usage.cpu = (children_after.ru_utime - children_before.ru_utime
                 + children_after.ru_stime - children_before.ru_stime)
    usage.rc = proc.returncode
    usage.expired = expired.is_set()
    if timed and rss_file.exists():
        last = [line.split() for line in rss_file.read_text().splitlines() if line.strip()]
        try:
            usage.peak_kb = int(last[-1][-1])
        except (IndexError, ValueError):
            pass
        rss_file.unlink()
    usage.tree_kb = max(usage.tree_kb, usage.peak_kb)
    return usage


def measure(step: Step, commands: list[list[str]], cwd: Path, log: Path,
            env: dict[str, str] | None = None, ok_codes: tuple[int, ...] = (0,),
            timeout: float = STEP_TIMEOUT) -> Step:
    """Run the commands of one step in sequence, stopping at the first failure. The file
    system is synced first, outside the timed region (``_settle``)."""
    _settle()
    started = time.perf_counter()
    peak = tree = pss = 0
    for cmd in commands:
        remaining = timeout - (time.perf_counter() - started)
        usage = _run_one(cmd, cwd, log, env, max(1.0, remaining))
        step.wall_s += usage.wall
        step.cpu_s += usage.cpu
        step.other_cpu_s += max(0.0, usage.busy - usage.cpu)
        step.processes += 1
        peak, tree = max(peak, usage.peak_kb), max(tree, usage.tree_kb)
        pss = max(pss, usage.pss_kb)
        if usage.expired:
            step.status, step.rc = "timeout", usage.rc
            step.note = f"killed after {timeout:.0f} s"
            break
        if usage.rc not in ok_codes:
            step.status, step.rc = "failed", usage.rc
            step.note = _last_line(log)
            break
    step.peak_rss_mb = peak / 1024.0
    step.peak_tree_mb = tree / 1024.0
    step.peak_pss_mb = pss / 1024.0
    return step


def _settle() -> None:
    """Write back what the set-up before a step left dirty (a copy of the corpus, filled PO
    files, the step before), for every tool alike, so that no step's time depends on what
    the step before it left unwritten; and an inode freed meanwhile leaves ext4's 360 s
    window (``_discard``) for its 60 s one once its table block is clean. (In the first run
    with it, no figure moved beyond the runs' noise.)"""
    sync = getattr(os, "sync", None)
    if sync is not None:
        sync()


def _last_line(log: Path) -> str:
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def _echo(step: Step) -> None:
    per = step.per_unit_ms
    per_text = f"{per:8.2f} ms/{step.unit}" if per is not None else " " * 8
    label = f"{step.tool}:{step.step}"
    print(f"  N={step.size:<5} {label:<26} {step.wall_s:8.2f} s (cpu {step.cpu_s:7.2f}, "
          f"others {step.other_load:4.2f} cores) "
          f"{per_text:<22} {step.peak_rss_mb:7.1f} MB (all {step.peak_tree_mb:7.1f})  "
          f"{step.status}{' — ' + step.note if step.note else ''}",
          flush=True)


# --- tools --------------------------------------------------------------------------------------

def available_peers(selection: str) -> tuple[list[str], dict[str, str]]:
    """The selected peers that are installed, and why the others are skipped."""
    wanted = list(PEERS) if selection == "all" else [] if selection == "none" else [
        p.strip() for p in selection.split(",") if p.strip()]
    unknown = [p for p in wanted if p not in PEERS]
    if unknown:
        raise SystemExit(f"unknown peer(s): {', '.join(unknown)} (choose from {', '.join(PEERS)})")
    needs = {"tt": ("html2po", "po2html", "pofilter", "pot2po"), "po4a": ("po4a", "msgmerge"),
             "itstool": ("itstool", "msgfmt"), "gettext": ("msgfmt",)}
    ready: list[str] = []
    skipped: dict[str, str] = {}
    for peer in wanted:
        missing = [exe for exe in needs[peer] if shutil.which(exe) is None]
        if peer == "tt":
            try:
                import translate  # noqa: F401
            except ImportError:
                missing.append("python package translate-toolkit")
        if missing:
            skipped[peer] = "not installed: " + ", ".join(missing)
        else:
            ready.append(peer)
    return ready, skipped


def _version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    text = (out.stdout or out.stderr).strip().splitlines()
    return text[0].strip() if text else ""


def versions(peers: list[str]) -> dict[str, str]:
    from importlib import metadata

    found = {"transpub": metadata.version("transpub")}
    for dist in ("lxml", "polib", "babel", "rich"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    if "tt" in peers:
        found["translate-toolkit"] = metadata.version("translate-toolkit")
    if "po4a" in peers:
        found["po4a"] = _version(["po4a", "--version"]).rstrip(".")
    if "itstool" in peers:
        found["itstool"] = _version(["itstool", "--version"])
    if shutil.which("msgfmt"):
        found["gettext"] = _version(["msgfmt", "--version"])
    return found


def installed_package() -> Path:
    import transpub

    return Path(transpub.__file__).resolve().parent


def snapshot_sources() -> Path:
    """Copy transpub's sources to _work/snapshot-<digest>/transpub, so that one run measures one
    state of the code even while someone edits the working tree (the transpub commands run with
    PYTHONPATH pointing there). profile_steps.py --snapshot can profile the same copy."""
    digest = code_fingerprint()["sha256"]
    target = WORK_DIR / f"snapshot-{digest}"
    if not (target / "transpub").is_dir():
        tmp = WORK_DIR / f".snapshot-{digest}-{os.getpid()}"
        shutil.copytree(installed_package(), tmp / "transpub",
                        ignore=shutil.ignore_patterns("__pycache__"))
        if code_fingerprint(tmp / "transpub")["sha256"] != digest:  # edited while copying
            shutil.rmtree(tmp)
            return snapshot_sources()
        # byte-compiled once, as an installed package is: the commands run with
        # PYTHONDONTWRITEBYTECODE=1 and would otherwise compile every module on every start
        import compileall

        compileall.compile_dir(tmp / "transpub", quiet=1)
        tmp.rename(target)
    return target


def code_fingerprint(package: Path | None = None) -> dict[str, str]:
    """Which transpub code was measured: a digest of its sources (no git needed)."""
    package = package or installed_package()
    files = sorted(package.rglob("*.py")) + sorted(package.rglob("*.rng"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    newest = max(files, key=lambda f: f.stat().st_mtime)
    stamp = dt.datetime.fromtimestamp(newest.stat().st_mtime, dt.UTC)
    return {"path": str(package), "sha256": digest.hexdigest()[:16],
            "newest_file": f"{newest.relative_to(package)} ({stamp:%Y-%m-%d %H:%M} UTC)"}


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return ""


def machine_info() -> dict[str, object]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return {
        "nproc": _version(["nproc"]) or str(os.cpu_count()),
        "cpu": model, "memory_gib": round(mem_gib, 1),
        "python": platform.python_version(), "platform": platform.platform(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def exe(name: str) -> str:
    """The real script beside this interpreter (not a pyenv shim, which costs ~0.1 s a call)."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(name) or name


PYTHONPATH: str | None = None  # the snapshot, set by main()
#: transpub's user cache folder for the run (``XDG_CACHE_HOME``: its compiled regular
#: expressions, ``transpub.recache``), the snapshot's own; set by main()
USER_CACHE: str | None = None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    env.pop("TRANSPUB_DEBUG", None)
    env.pop("TRANSPUB_NO_RECACHE", None)
    if PYTHONPATH:
        env["PYTHONPATH"] = PYTHONPATH + (os.pathsep + env["PYTHONPATH"]
                                          if env.get("PYTHONPATH") else "")
    if USER_CACHE:
        env["XDG_CACHE_HOME"] = USER_CACHE
    return env


def warm_user_cache(snapshot: Path) -> Path:
    """The snapshot's user cache folder, filled once (as its byte code is compiled once) by an
    untimed extract, build and check of the repository's own workspace: the regular
    expressions transpub compiles are kept there between runs (``transpub.recache``), as a
    user's are after their first run. Every timed command then finds what those compiled."""
    folder = snapshot / "user-cache"
    done = folder / ".warmed"
    if done.exists():
        return folder
    repo = HERE.parent
    with tempfile.TemporaryDirectory(dir=WORK_DIR) as tmp:
        ws = Path(tmp) / "ws"
        ws.mkdir()
        shutil.copy2(repo / "transpub.toml", ws / "transpub.toml")
        for name in ("source", "locales", "output"):
            shutil.copytree(repo / name, ws / name)
        env = dict(_env(), XDG_CACHE_HOME=str(folder))
        for command in (["extract", "--force"], ["build", "--force"],
                        ["check", "--no-cache", "-o", os.devnull]):
            subprocess.run([sys.executable, "-m", "transpub", *command], cwd=ws, env=env,
                           capture_output=True, check=False)
    folder.mkdir(exist_ok=True)
    done.write_text("filled by benchmarks/run.py's warm_user_cache\n", encoding="utf-8")
    return folder


#: Where the trees a run replaces wait until its timed steps are over (``_discard``).
DISCARDED = WORK_DIR / ".discarded"


#: What a copy of the corpus's workspace leaves out: state a command run there would have left.
NO_STATE = shutil.ignore_patterns(".transpub-cache")


def copy_workspace(corpus_dir: Path, ws: Path) -> None:
    """The corpus's workspace copied to ``ws`` without any ``.transpub-cache``: a fresh
    extract starts from the sources alone. A cache left in the corpus by a command run there
    (made by whatever code ran it) made the timed extract read 1,000 stale segment-cache
    entries and delete them (N = 1000: ~11 % of the step, paired by hand), and only at the
    size where it happened."""
    shutil.copytree(corpus_dir / "workspace", ws, ignore=NO_STATE)


def _discard(path: Path) -> None:
    """Move ``path`` out of the way now and delete it after the last timed step. ext4 does
    not give a new file an inode freed in the last 60 s (up to 360 s while its table block is
    dirty): every file created meanwhile scans past them, so a step timed soon after the
    previous run's 20,000 files were deleted paid seconds of system time that one timed
    later did not (the same build: 2.56-3.03 s of system time against 0.57-0.71 s)."""
    DISCARDED.mkdir(parents=True, exist_ok=True)
    path.rename(DISCARDED / f"{path.name}-{os.getpid()}-{time.monotonic_ns()}")


def _empty_discarded() -> None:
    if DISCARDED.exists():
        shutil.rmtree(DISCARDED)


def _fresh(path: Path) -> Path:
    if path.exists():
        _discard(path)
    path.mkdir(parents=True)
    return path


def _copy_docs(corpus_dir: Path, dest: Path, docs: list[Path]) -> None:
    (dest / "xhtml").mkdir(parents=True, exist_ok=True)
    for doc in docs:
        shutil.copyfile(doc, dest / "xhtml" / doc.name)


# --- transpub -----------------------------------------------------------------------------------

def bench_transpub(size: int, corpus_dir: Path, root: Path, prepare_only: bool) -> list[Step]:
    ws = root / "transpub"
    if ws.exists():
        _discard(ws)
    copy_workspace(corpus_dir, ws)
    log = root / "transpub.log"
    env = _env()
    tp = [exe("transpub")] if shutil.which("transpub") else [sys.executable, "-m", "transpub"]
    steps: list[Step] = []

    def add(step: Step) -> Step:
        steps.append(step)
        _echo(step)
        return step

    extract = add(measure(Step(size, "transpub", "extract", "transpub extract", units=size,
                               unit="doc", measured_docs=size), [[*tp, "extract"]], ws, log, env))
    if extract.status != "ok":
        return steps
    started = time.perf_counter()
    filled = corpus.run_fill_jobs(corpus.transpub_fill_jobs(ws, PSEUDO))
    print(f"  (filled {filled} transpub units in {time.perf_counter() - started:.1f} s)",
          flush=True)
    if prepare_only:
        return steps
    add(measure(Step(size, "transpub", "extract-nochange",
                     "transpub extract (again, filled PO files, nothing changed)", units=size,
                     unit="doc", measured_docs=size), [[*tp, "extract"]], ws, log, env))
    # nothing changed since the last extract at all: every release's fingerprint matches
    add(measure(Step(size, "transpub", "extract-again",
                     "transpub extract (again, nothing changed since the last extract)",
                     units=size, unit="doc", measured_docs=size), [[*tp, "extract"]], ws, log,
                env))
    edited_source = _edit_one_source(ws)
    # per document of the whole workspace: the peers would run again on every document
    add(measure(Step(size, "transpub", "extract-sourceedit",
                     f"transpub extract (one sentence of {edited_source} edited)", units=size,
                     unit="doc", measured_docs=size), [[*tp, "extract"]], ws, log, env))
    # one language's files back from its translators (a reviser's comment in each): the
    # other languages' files and every source as the last extract left them
    returned = _review_one_language(ws, "fr")
    add(measure(Step(size, "transpub", "extract-onelang",
                     f"transpub extract (the {returned} French PO files returned, a reviser's "
                     "comment in each)", units=size, unit="doc", measured_docs=size),
                [[*tp, "extract"]], ws, log, env))
    if (ws / "output").exists():
        shutil.rmtree(ws / "output")
    (ws / "output").mkdir()
    build = add(measure(Step(size, "transpub", "build", "transpub build (6 languages, HTML+XML)",
                             units=size * len(LANGS), unit="doc-lang", measured_docs=size),
                        [[*tp, "build"]], ws, log, env))
    outputs = sum(1 for _ in (ws / "output").rglob("*.html")) if build.status == "ok" else 0
    build.extra["html_files"] = outputs
    add(measure(Step(size, "transpub", "rebuild-nochange",
                     "transpub build (again, nothing changed)", units=size * len(LANGS),
                     unit="doc-lang", measured_docs=size), [[*tp, "build"]], ws, log, env))
    check = measure(Step(size, "transpub", "check", "transpub check -o report.txt (5 languages)",
                         units=size * len(TARGETS), unit="doc-lang", measured_docs=size),
                    [[*tp, "check", "-o", str(root / "transpub-check.txt")]], ws, log, env,
                    ok_codes=(0, 1))
    # an internal error (exit 3) is recorded as a failure: the crash that a benchmark-side
    # wrapper used to work around (checks/terminology.py:_windows) is fixed in transpub
    add(check)
    report = root / "transpub-check.txt"
    if report.exists():
        tail = [line for line in report.read_text(errors="replace").splitlines() if line.strip()]
        steps[-1].extra["summary"] = tail[-1][:200] if tail else ""
    if check.status != "ok":
        return steps
    # the check cache (.transpub-cache/): a re-check with nothing changed, then with one PO
    # file changed (one translation edited), each against the full check above
    add(measure(Step(size, "transpub", "check-nochange", "transpub check (again, nothing changed)",
                     units=size * len(TARGETS), unit="doc-lang", measured_docs=size),
                [[*tp, "check", "-o", str(root / "transpub-check-again.txt")]], ws, log, env,
                ok_codes=(0, 1)))
    edited = _edit_one_translation(ws)
    add(measure(Step(size, "transpub", "check-onechange",
                     f"transpub check (one PO file changed: {edited})",
                     units=size * len(TARGETS), unit="doc-lang", measured_docs=size),
                [[*tp, "check", "-o", str(root / "transpub-check-one.txt")]], ws, log, env,
                ok_codes=(0, 1)))
    return steps


def _edit_one_source(ws: Path) -> str:
    """Change one sentence of the first release's source (an editor's correction: "the" ->
    "this" in its first paragraph)."""
    source = sorted((ws / "source").glob("*.xml"))[0]
    text = source.read_text(encoding="utf-8")
    match = re.search(r'<p id="p1">[^<]*? (the) ', text)
    if match is None:
        raise SystemExit(f"{source}: no paragraph to edit")
    source.write_text(text[:match.start(1)] + "this" + text[match.end(1):], encoding="utf-8")
    return source.name


def _review_one_language(ws: Path, lang: str) -> int:
    """A translator's comment added to the first entry after the header of each of the
    language's PO files (what a reviser's PO editor saves; no translation changes, so that
    the build and the check after it see the same translations as before). Returns how
    many files."""
    files = sorted((ws / "locales" / lang / "LC_MESSAGES").glob("*.po"))
    for po_file in files:
        text = po_file.read_text(encoding="utf-8")
        cut = text.find("\n\n")
        if cut < 0:
            raise SystemExit(f"{po_file}: no entry after the header")
        po_file.write_text(text[:cut + 2] + "# Reviewed.\n" + text[cut + 2:], encoding="utf-8")
    return len(files)


def _edit_one_translation(ws: Path) -> str:
    """Change the first translated msgstr of the first French PO file (a translator's edit)."""
    po_file = sorted((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))[0]
    text = po_file.read_text(encoding="utf-8")
    match = re.search(r'^msgstr "(?=[^"\n])', text, re.MULTILINE)
    if match is None:
        raise SystemExit(f"{po_file}: no translated entry to edit")
    po_file.write_text(text[:match.end()] + "Édité : " + text[match.end():], encoding="utf-8")
    return po_file.name


# --- peers --------------------------------------------------------------------------------------

def _subset(corpus_dir: Path, size: int, limit: int | None) -> tuple[list[Path], bool]:
    docs = sorted((corpus_dir / "xhtml").glob("*.xhtml"))
    if limit and size > limit:
        return docs[:limit], True
    return docs, False


def _peer_step(size: int, docs: int, scaled: bool, tool: str, step: str, command: str,
               per: str) -> Step:
    langs = len(LANGS) if per == "build" else len(TARGETS) if per == "check" else 1
    return Step(size, tool, step, command, units=docs * langs,
                unit="doc" if per == "extract" else "doc-lang", measured_docs=docs,
                scaled=scaled, note=f"run on {docs} of {size} documents; per-unit time "
                                    f"from them" if scaled else "")


def _pot_to_po_jobs(pot_dir: Path, po_root: Path) -> list[corpus.Job]:
    jobs = []
    for lang in LANGS:
        kind = "template" if lang == "en" else "template-fill"
        for pot in sorted(pot_dir.glob("*.pot")):
            jobs.append((kind, f"{pot}\0{po_root / lang / (pot.stem + '.po')}", lang, PSEUDO))
    return jobs


def _fill_dir_jobs(po_root: Path) -> list[corpus.Job]:
    """Fill the target languages' PO files; give the English ones a Language header."""
    jobs: list[corpus.Job] = [("fill", str(po), lang, PSEUDO) for lang in TARGETS
                              for po in sorted((po_root / lang).glob("*.po"))]
    jobs += [("template", f"{po}\0{po}", "en", PSEUDO)
             for po in sorted((po_root / "en").glob("*.po"))]
    return jobs


def bench_tt(size: int, corpus_dir: Path, root: Path, limit: int | None,
             prepare_only: bool) -> list[Step]:
    docs, scaled = _subset(corpus_dir, size, limit)
    work = _fresh(root / "tt")
    _copy_docs(corpus_dir, work, docs)
    log = root / "tt.log"
    env = _env()
    n = len(docs)
    steps: list[Step] = []

    def add(step: Step) -> Step:
        steps.append(step)
        _echo(step)
        return step

    extract = add(measure(_peer_step(size, n, scaled, "tt", "extract",
                                     "html2po -P -i xhtml -o pot", "extract"),
                          [[exe("html2po"), "--progress=none", "-P", "-i", "xhtml", "-o", "pot"]],
                          work, log, env))
    if extract.status != "ok":
        return steps
    for lang in LANGS:
        (work / "po" / lang).mkdir(parents=True, exist_ok=True)
    pot2po = add(measure(_peer_step(size, n, scaled, "tt", "pot2po",
                                    "pot2po -i pot -o po/LANG, 6 languages", "extract"),
                         [[exe("pot2po"), "--progress=none", "-i", "pot", "-o", f"po/{lang}"]
                          for lang in LANGS], work, log, env))
    combined = _peer_step(size, n, scaled, "tt", "extract+po",
                          "html2po + pot2po x6 (POT and 6 PO files, as transpub extract)",
                          "extract")
    combined.wall_s = extract.wall_s + pot2po.wall_s
    combined.cpu_s = extract.cpu_s + pot2po.cpu_s
    combined.peak_rss_mb = max(extract.peak_rss_mb, pot2po.peak_rss_mb)
    combined.peak_tree_mb = max(extract.peak_tree_mb, pot2po.peak_tree_mb)
    combined.processes = extract.processes + pot2po.processes
    combined.status = "ok" if pot2po.status == "ok" else pot2po.status
    add(combined)
    if pot2po.status == "ok":
        corpus.run_fill_jobs(_fill_dir_jobs(work / "po"))
    else:  # make the PO files from the POT ourselves
        corpus.run_fill_jobs(_pot_to_po_jobs(work / "pot", work / "po"))
    if prepare_only:
        return steps
    for lang in LANGS:
        (work / "out" / lang).mkdir(parents=True, exist_ok=True)
    add(measure(_peer_step(size, n, scaled, "tt", "build",
                           "po2html -t xhtml -i po/LANG -o out/LANG, 6 languages", "build"),
                [[exe("po2html"), "--progress=none", "-t", "xhtml", "-i", f"po/{lang}", "-o",
                  f"out/{lang}"] for lang in LANGS], work, log, env))
    for lang in TARGETS:
        (work / "filtered" / lang).mkdir(parents=True, exist_ok=True)
    add(measure(_peer_step(size, n, scaled, "tt", "check",
                           "pofilter --language=LANG -i po/LANG -o filtered/LANG, 5 languages",
                           "check"),
                [[exe("pofilter"), "--progress=none", f"--language={lang}", "-i", f"po/{lang}",
                  "-o", f"filtered/{lang}"] for lang in TARGETS], work, log, env))
    return steps


def bench_po4a(size: int, corpus_dir: Path, root: Path, limit: int | None,
               prepare_only: bool) -> list[Step]:
    docs, scaled = _subset(corpus_dir, size, limit)
    work = _fresh(root / "po4a")
    _copy_docs(corpus_dir, work, docs)
    lines = [f"[po4a_langs] {' '.join(LANGS)}",
             "[po4a_paths] po/corpus.pot $lang:po/$lang.po",
             "[options] --keep 0 --master-language en"]
    lines += [f"[type: xhtml] xhtml/{doc.name} $lang:out/$lang/{doc.name}" for doc in docs]
    (work / "po4a.cfg").write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = root / "po4a.log"
    env = _env()
    n = len(docs)
    steps: list[Step] = []

    def add(step: Step) -> Step:
        steps.append(step)
        _echo(step)
        return step

    extract = add(measure(_peer_step(size, n, scaled, "po4a", "extract",
                                     "po4a --no-translations po4a.cfg "
                                     "(one POT, one PO per language)",
                                     "extract"),
                          [["po4a", "--no-translations", "po4a.cfg"]], work, log, env))
    if extract.status != "ok":
        return steps
    corpus.run_fill_jobs([("fill", str(work / "po" / f"{lang}.po"), lang, PSEUDO)
                          for lang in TARGETS])
    if prepare_only:
        return steps
    add(measure(_peer_step(size, n, scaled, "po4a", "build",
                           "po4a --no-update po4a.cfg (6 languages)", "build"),
                [["po4a", "--no-update", "po4a.cfg"]], work, log, env))
    return steps


def bench_itstool(size: int, corpus_dir: Path, root: Path, limit: int | None,
                  prepare_only: bool) -> list[Step]:
    docs, scaled = _subset(corpus_dir, size, limit)
    work = _fresh(root / "itstool")
    _copy_docs(corpus_dir, work, docs)
    names = [f"xhtml/{doc.name}" for doc in docs]
    log = root / "itstool.log"
    env = _env()
    n = len(docs)
    steps: list[Step] = []

    def add(step: Step) -> Step:
        steps.append(step)
        _echo(step)
        return step

    (work / "pot").mkdir()
    extract = add(measure(_peer_step(size, n, scaled, "itstool", "extract",
                                     "itstool -o pot/all.pot xhtml/*.xhtml (one POT)", "extract"),
                          [["itstool", "-o", "pot/all.pot", *names]], work, log, env))
    if extract.status != "ok":
        return steps
    corpus.run_fill_jobs(_pot_to_po_jobs(work / "pot", work / "po"))
    if prepare_only:
        return steps
    commands: list[list[str]] = []
    for lang in LANGS:
        (work / "out" / lang).mkdir(parents=True, exist_ok=True)
        commands.append(["msgfmt", "-o", f"{lang}.mo", f"po/{lang}/all.po"])
        commands.append(["itstool", "-m", f"{lang}.mo", "-l", lang, "-o", f"out/{lang}/", *names])
    add(measure(_peer_step(size, n, scaled, "itstool", "build",
                           "msgfmt + itstool -m LANG.mo -o out/LANG/ xhtml/*.xhtml, 6 languages",
                           "build"), commands, work, log, env))
    return steps


def bench_gettext(size: int, root: Path) -> list[Step]:
    """GNU msgfmt --check on transpub's own five target PO files per release (reference)."""
    ws = root / "transpub"
    files = [po for lang in TARGETS for po in sorted((ws / "locales" / lang / "LC_MESSAGES")
                                                      .glob("*.po"))]
    if not files:
        return []
    step = measure(Step(size, "gettext", "check",
                        "msgfmt --check -o /dev/null, once per PO file (transpub's PO files)",
                        units=len(files), unit="doc-lang", measured_docs=size),
                   [["msgfmt", "--check", "-o", "/dev/null", str(po)] for po in files],
                   ws, root / "gettext.log", _env())
    _echo(step)
    return [step]


# --- reporting ----------------------------------------------------------------------------------

#: The figures of a step that ``median_steps`` takes the median of, each on its own.
MEDIAN_FIELDS = ("wall_s", "cpu_s", "other_cpu_s", "peak_rss_mb", "peak_tree_mb", "peak_pss_mb")


def median_steps(rounds: list[list[Step]]) -> list[Step]:
    """One step per (size, tool, step) from ``--repeat``'s rounds: each figure the median of
    the rounds' (the wall time, the CPU and each peak memory on its own, so that one round
    slowed by something else on the machine moves none of them), every round's wall time kept
    in ``extra["rounds_wall_s"]``. A step that failed in any round is reported as that failure,
    and one missing from a round (an earlier step of its tool failed there) says so: a median
    over the rounds that went well would hide it."""
    if len(rounds) == 1:
        return rounds[0]
    grouped: dict[tuple[int, str, str], list[Step]] = {}
    for steps in rounds:
        for step in steps:
            grouped.setdefault((step.size, step.tool, step.step), []).append(step)
    merged: list[Step] = []
    for runs in grouped.values():
        failed = [s for s in runs if s.status not in ("ok", "patched")]
        if failed:
            first = failed[0]
            merged.append(replace(first, note=f"{first.note} ({len(failed)} of "
                                              f"{len(rounds)} rounds {first.status})".strip()))
            continue
        step = replace(runs[0], extra=dict(runs[0].extra))
        for name in MEDIAN_FIELDS:
            setattr(step, name, statistics.median(getattr(s, name) for s in runs))
        step.extra["rounds_wall_s"] = [round(s.wall_s, 3) for s in runs]
        if len(runs) < len(rounds):
            step.status = "failed"
            step.note = f"measured in {len(runs)} of {len(rounds)} rounds"
        merged.append(step)
    return merged


def _find(steps: list[Step], size: int, tool: str, name: str) -> Step | None:
    found = [s for s in steps if s.size == size and s.tool == tool and s.step == name
             and s.status in ("ok", "patched")]
    return found[-1] if found else None


def summarise(steps: list[Step], sizes: list[int],
              scale: dict[str, float | int] | None = None) -> dict[str, object]:
    """Ratios transpub/peer per size and step, and the issue's targets: at the largest size,
    and the no-change runs at the smallest too."""
    ratios: list[dict[str, object]] = []
    for size in sizes:
        for mine in [s for s in steps if s.size == size and s.tool == "transpub"
                     and s.status in ("ok", "patched")]:
            base = {"extract-nochange": "extract", "extract-again": "extract",
                    "extract-sourceedit": "extract", "extract-onelang": "extract",
                    "rebuild-nochange": "build"}.get(mine.step, mine.step)
            for peer in steps:
                if peer.size != size or peer.tool == "transpub" or peer.per_unit_ms is None:
                    continue
                peer_base = peer.step if peer.step != "extract+po" else "extract"
                if peer_base != base or mine.per_unit_ms is None:
                    continue
                ratios.append({"size": size, "step": mine.step, "peer": peer.tool,
                               "peer_step": peer.step,
                               "ratio": mine.per_unit_ms / peer.per_unit_ms})
    largest, smallest = max(sizes), min(sizes)
    targets: list[dict[str, object]] = []
    for step, peer, peer_step, limit in RATIO_TARGETS:
        mine, theirs = _find(steps, largest, "transpub", step), _find(steps, largest, peer,
                                                                       peer_step)
        ratio = (mine.per_unit_ms / theirs.per_unit_ms
                 if mine and theirs and mine.per_unit_ms and theirs.per_unit_ms else None)
        targets.append({"what": f"{step}: transpub / {PEER_NAMES[peer]} {peer_step} per "
                                f"{'doc' if step.startswith('extract') else 'doc-lang'}",
                        "size": largest, "value": ratio, "target": f"≤ {limit:.2f} "
                        f"(≥{round(1 / limit)}× faster)",
                        "met": ratio is not None and ratio <= limit})
    # the no-change runs: "at N = 10 as well as N = 1000 (start-up counts)", so at the
    # smallest size too (a row each); the one-file re-check at the largest
    nochange = (("extract-again", "extract", "no-change extract / fresh extract (transpub)"),
                ("rebuild-nochange", "build", "no-change rebuild / full build (transpub)"),
                ("check-nochange", "check", "no-change re-check / full check (transpub)"))
    shares = [(largest, *row) for row in nochange]
    shares.append((largest, "check-onechange", "check",
                   "re-check, one PO file changed / full check (transpub)"))
    if smallest != largest:
        shares += [(smallest, *row) for row in nochange]
    for size, step, base, what in shares:
        full, again = (_find(steps, size, "transpub", base),
                       _find(steps, size, "transpub", step))
        share = again.wall_s / full.wall_s if full and again and full.wall_s else None
        targets.append({"what": what, "size": size, "value": share, "target": "≤ 5 %",
                        "met": share is not None and share <= 0.05})
    for step in MEMORY_TARGETS:
        small, big = (_find(steps, smallest, "transpub", step),
                      _find(steps, largest, "transpub", step))
        growth = big.peak_tree_mb / small.peak_tree_mb if small and big and small.peak_tree_mb \
            else None
        targets.append({"what": f"{step} peak memory, all processes, N={largest} / "
                                f"N={smallest} (transpub)",
                        "size": largest, "value": growth, "target": "≤ 1.5×",
                        "met": growth is not None and largest != smallest and growth <= 1.5,
                        "detail": (f"{small.peak_tree_mb:.0f} MB → {big.peak_tree_mb:.0f} MB; "
                                   f"largest process {small.peak_rss_mb:.0f} → "
                                   f"{big.peak_rss_mb:.0f} MB; PSS, all processes "
                                   f"{small.peak_pss_mb:.0f} → {big.peak_pss_mb:.0f} MB"
                                   if small and big else "")})
    # "and check ≤ 150 MB at N = 1000": the same measure, all the check's processes at once
    big = _find(steps, largest, "transpub", "check")
    targets.append({"what": "check peak memory, all processes (transpub)",
                    "size": largest, "value": big.peak_tree_mb if big else None,
                    "target": f"≤ {CHECK_MEMORY_MB} MB",
                    "met": big is not None and largest >= 1000
                    and big.peak_tree_mb <= CHECK_MEMORY_MB,
                    "detail": (f"largest process {big.peak_rss_mb:.0f} MB; PSS, all processes "
                               f"{big.peak_pss_mb:.0f} MB" if big else "")})
    if scale is not None:  # (not run: --no-termbase, --no-termbase-scale)
        ratio = float(scale["ratio"])
        targets.append({
            "what": f"check with a {int(scale['concepts']):,}-concept termbase / with the sample "
                    "termbase (the sample release's 5 PO files, the command as a user runs it)",
            "size": None, "value": ratio, "target": f"≤ {TERMBASE_RATIO:g}×",
            "met": ratio <= TERMBASE_RATIO,
            "detail": (f"{float(scale['sample_s']):.2f} s → {float(scale['large_s']):.2f} s, "
                       f"best of {scale['repeat']}; CPU {float(scale['sample_cpu_s']):.2f} → "
                       f"{float(scale['large_cpu_s']):.2f} s, "
                       f"{float(scale['cpu_ratio']):.2f}×")})
    return {"ratios": ratios, "targets": targets}


def _fmt_value(item: dict[str, object]) -> str:
    value = item["value"]
    if value is None:
        return "n/a"
    assert isinstance(value, float)
    if "%" in str(item["target"]):
        return f"{100 * value:.1f} %"
    if str(item["target"]).endswith("MB"):
        return f"{value:.0f} MB ({item.get('detail', '')})"
    if "memory" in str(item["what"]) or str(item["target"]).endswith("×"):
        return f"{value:.2f}× ({item.get('detail', '')})"
    if not value:
        return "0"
    return f"{value:.2f} ({1 / value:.1f}× faster)" if value < 1 else \
        f"{value:.2f} ({value:.1f}× slower)"


#: Steps shown as a share of another step's wall time (what they avoid redoing).
_SHARE_OF = {"extract-nochange": "extract", "extract-again": "extract",
             "extract-sourceedit": "extract", "extract-onelang": "extract",
             "rebuild-nochange": "build",
             "check-nochange": "check", "check-onechange": "check"}
STEP_ORDER = ("extract", "pot2po", "extract+po", "extract-nochange", "extract-again",
              "extract-sourceedit", "extract-onelang", "build", "rebuild-nochange", "check",
              "check-nochange", "check-onechange")
TOOL_ORDER = ("transpub", "tt", "po4a", "itstool", "gettext")


def markdown(results: dict[str, object]) -> str:
    steps = [Step(**{k: v for k, v in s.items() if k in Step.__dataclass_fields__})
             for s in results["steps"]]  # type: ignore[union-attr]
    summary = results["summary"]
    machine = results["machine"]
    vers = results["versions"]
    code = results.get("code") or {"sha256": "?", "newest_file": "?"}
    assert isinstance(code, dict)
    assert isinstance(summary, dict) and isinstance(machine, dict) and isinstance(vers, dict)
    out = ["# Benchmark results", "",
           f"Generated by `python benchmarks/run.py {results['args']}` on {machine['date']}.", "",
           f"- machine: {machine['nproc']} cores ({machine['cpu']}), "
           f"{machine['memory_gib']} GiB, {machine['platform']}",
           f"- Python {machine['python']}; " + ", ".join(f"{k} {v}" for k, v in vers.items()),
           f"- transpub code measured: sources digest {code['sha256']}, newest file "
           f"{code['newest_file']} ({code.get('path', '')})",
           f"- load average (1, 5, 15 min) before the run: {machine.get('load_before', '?')}, "
           f"after: {machine.get('load_after', '?')}",
           f"- corpus: seed {results['seed']}, sample termbase "
           f"{'on' if results['termbase'] else 'off'}; pseudo-translation "
           f"'{results.get('pseudo', 'terms')}' into fr es ru ar zh; " + _repetition(results),
           ""]
    skipped = results.get("skipped") or {}
    if skipped:
        assert isinstance(skipped, dict)
        out += ["Skipped peers: " + "; ".join(f"{PEER_NAMES[k]} ({v})"
                                             for k, v in skipped.items()), ""]
    out += ["## Targets (largest size; the no-change runs at the smallest too)", "",
            "| target | measured | wanted | met |", "|---|---:|---:|:---:|"]
    for item in summary["targets"]:
        where = f" (N={item['size']})" if item["size"] is not None else ""
        out.append(f"| {item['what']}{where} | {_fmt_value(item)} | "
                   f"{item['target']} | {'yes' if item['met'] else '**no**'} |")
    out += ["", "## All steps", "",
            "Per-unit time: extract per document; build per document × 6 languages; check per "
            "document × 5 languages. CPU = user + system time of all the step's processes "
            "(above wall time: it ran on both cores). Peak RSS: of the largest single process "
            "(GNU time), and of all processes running at once (sampled every 5 ms in a step's "
            "first second, 10 ms to 5 s, then 50 ms); PSS: the "
            "same sum with each shared page split between the processes sharing it (forked "
            "workers share their parent's pages, which RSS counts once per process). Other load: "
            "CPU the rest of the machine used during the step, in cores (/proc/stat): above "
            "~0.2 something else competed for the 2 cores and the wall time is inflated. "
            "transpub/peer = transpub's per-unit time ÷ the peer's (below 1: transpub is "
            "faster).", ""]
    sizes = sorted({s.size for s in steps})
    ratios = summary["ratios"]
    for size in sizes:
        out += [f"### N = {size}", "",
                "| step | tool | command | wall (s) | CPU (s) | per unit (ms) | "
                "peak RSS, largest process (MB) | peak RSS, all processes (MB) | "
                "peak PSS, all processes (MB) | commands | "
                "other load (cores) | transpub/peer | status |",
                "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        rows = sorted((s for s in steps if s.size == size),
                      key=lambda s: (STEP_ORDER.index(s.step) if s.step in STEP_ORDER else 99,
                                     TOOL_ORDER.index(s.tool)))
        for s in rows:
            per = s.per_unit_ms
            ratio = next((r["ratio"] for r in ratios if r["size"] == size and r["peer"] == s.tool
                          and r["peer_step"] == s.step
                          and r["step"] == ("extract" if s.step == "extract+po" else s.step)),
                         None)
            if s.tool == "transpub" and s.step in _SHARE_OF:
                full = _find(steps, size, "transpub", _SHARE_OF[s.step])
                ratio_text = (f"{100 * s.wall_s / full.wall_s:.1f} % of {_SHARE_OF[s.step]}"
                              if full else "")
            else:
                ratio_text = f"{ratio:.2f}" if ratio is not None else ""
            status = s.status + (f": {s.note}" if s.note else "")
            out.append(f"| {s.step} | {PEER_NAMES[s.tool]} | `{s.command}` | {_wall(s)} | "
                       f"{s.cpu_s:.2f} | {'' if per is None else f'{per:.2f} /{s.unit}'} | "
                       f"{s.peak_rss_mb:.0f} | {s.peak_tree_mb:.0f} | {s.peak_pss_mb:.0f} | "
                       f"{s.processes} | "
                       f"{s.other_load:.2f} | {ratio_text} | {status.replace('|', '/')} |")
        out.append("")
    notes = results.get("notes") or []
    if notes:
        out += ["## Notes", ""] + [f"- {n}" for n in notes]  # type: ignore[union-attr]
    return "\n".join(out) + "\n"


def _repetition(results: dict[str, object]) -> str:
    rounds = results.get("repeat", 1)
    if rounds == 1:
        return "single run per step (no repetition): take small differences with care"
    return (f"median of {rounds} rounds per step (each round on fresh copies of the corpus, "
            "every tool in turn; wall, CPU and each peak memory the median on its own, the "
            "rounds' fastest–slowest wall time in brackets)")


def _wall(step: Step) -> str:
    rounds = step.extra.get("rounds_wall_s")
    if not isinstance(rounds, list) or len(rounds) < 2:
        return f"{step.wall_s:.2f}"
    return f"{step.wall_s:.2f} ({min(rounds):.2f}–{max(rounds):.2f})"


def print_table(results: dict[str, object]) -> None:
    text = markdown(results)
    start = text.index("## Targets")
    print("\n" + text[start:])


# --- the large termbase ---------------------------------------------------------------------------

#: "a 20,000-concept termbase: check at most 2x slower than with the sample termbase"
TERMBASE_CONCEPTS = 20000
TERMBASE_RATIO = 2.0


def termbase_scale_step(repeat: int) -> dict[str, float | int]:
    """``termbase_scale.py``'s measure, of the code this run measures (its snapshot and user
    cache): the sample release's five PO files checked with the sample termbase and with a
    generated one of 20,000 concepts, each command the best of ``repeat``."""
    sys.path.insert(0, str(HERE))
    import termbase_scale  # (imports transpub: only when this step runs)

    env = _env()
    print(f"termbase: the sample's and {TERMBASE_CONCEPTS:,} concepts", flush=True)
    found = termbase_scale.measure(TERMBASE_CONCEPTS, repeat, env.get("PYTHONPATH"),
                                   {k: v for k, v in env.items() if k == "XDG_CACHE_HOME"})
    print(f"  check with the sample termbase {found['sample_s']:.2f} s, with "
          f"{TERMBASE_CONCEPTS:,} concepts {found['large_s']:.2f} s: {found['ratio']:.2f}x",
          flush=True)
    return found


# --- main ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000",
                        help="comma-separated corpus sizes (default: 10,100,1000)")
    parser.add_argument("--peers", default="all",
                        help="all, none, or a comma-separated subset of tt,po4a,itstool,gettext")
    parser.add_argument("--peer-subset", type=int, default=0, metavar="K",
                        help="run the peers on the first K documents only when N > K, and "
                             "report per-unit times from those (labelled); 0 = never")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    parser.add_argument("--no-termbase", action="store_true",
                        help="no termbase in the transpub workspace (no term notes or checks)")
    parser.add_argument("--pseudo", choices=corpus.PSEUDO_MODES, default="terms",
                        help="pseudo-translation: 'terms' puts the termbase's target forms and "
                             "house-style dates in (default); 'plain' upper-cases everything")
    parser.add_argument("--live", action="store_true",
                        help="run the installed transpub sources directly instead of a snapshot "
                             "copied at the start (see README)")
    parser.add_argument("--prepare-only", action="store_true",
                        help="generate, extract and fill only; time nothing else, write no results")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="run every size's steps K times, each round on fresh copies with "
                             "every tool in turn, and report each figure's median over the "
                             "rounds (default: 1)")
    parser.add_argument("--no-termbase-scale", action="store_true",
                        help="skip the 20,000-concept termbase's check (termbase_scale.py), "
                             "run after the sizes otherwise")
    parser.add_argument("--output", type=Path, default=RESULTS_JSON,
                        help="where to write the JSON results (RESULTS.md goes beside it)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    lock = (WORK_DIR / "run.lock").open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SystemExit("another benchmarks/run.py is running (it uses benchmarks/_work/ and "
                         "would disturb the timings); wait for it to finish") from None
    lock.write(f"{os.getpid()}\n")
    lock.flush()
    global PSEUDO
    PSEUDO = args.pseudo
    peers, skipped = available_peers(args.peers)
    for peer, why in skipped.items():
        print(f"skipping {PEER_NAMES[peer]}: {why}", flush=True)
    machine = machine_info()
    vers = versions(peers)
    print(f"machine: {machine['nproc']} cores, Python {machine['python']}; "
          + ", ".join(f"{k} {v}" for k, v in vers.items()), flush=True)
    steps: list[Step] = []
    global PYTHONPATH, USER_CACHE
    if args.live:
        code_before = code_fingerprint()
    else:
        snapshot = snapshot_sources()
        PYTHONPATH = str(snapshot)
        USER_CACHE = str(warm_user_cache(snapshot))
        code_before = code_fingerprint(snapshot / "transpub")
        code_before["path"] = f"snapshot of {installed_package()} in " \
                              f"{snapshot.relative_to(HERE.parent)}; compiled regular " \
                              "expressions: the snapshot's user-cache, filled once by an " \
                              "untimed extract, build and check of the repository's workspace"
    print(f"transpub sources: digest {code_before['sha256']}, newest {code_before['newest_file']}"
          f"{'' if args.live else ' (snapshot)'}", flush=True)
    machine["load_before"] = _loadavg()
    started = time.perf_counter()
    rounds: list[list[Step]] = []
    for round_no in range(1, args.repeat + 1):
        if args.repeat > 1:
            print(f"round {round_no} of {args.repeat}", flush=True)
        steps = []
        for size in sizes:
            corpus_dir = corpus.generate(size, args.seed, not args.no_termbase)
            root = _fresh(WORK_DIR / f"n{size}")
            limit = args.peer_subset or None
            print(f"N={size}: corpus {corpus_dir.relative_to(HERE.parent)}", flush=True)
            steps += bench_transpub(size, corpus_dir, root, args.prepare_only)
            if "tt" in peers:
                steps += bench_tt(size, corpus_dir, root, limit, args.prepare_only)
            if "po4a" in peers:
                steps += bench_po4a(size, corpus_dir, root, limit, args.prepare_only)
            if "itstool" in peers:
                steps += bench_itstool(size, corpus_dir, root, limit, args.prepare_only)
            if "gettext" in peers and not args.prepare_only:
                steps += bench_gettext(size, root)
        rounds.append(steps)
        if args.prepare_only:
            break
    steps = median_steps(rounds)
    scale = None
    if not (args.prepare_only or args.no_termbase or args.no_termbase_scale):
        scale = termbase_scale_step(max(3, args.repeat))
    total = time.perf_counter() - started
    print(f"total {total:.0f} s", flush=True)
    _empty_discarded()  # (after the timed steps: see _discard)
    if args.prepare_only:
        return 0
    notes = [
        "transpub build writes HTML and XML for all six languages plus one index.html per "
        "language; the peers write one XHTML file per document and language.",
        "transpub extract writes a POT and six PO files per release; html2po writes a POT only "
        "(the `extract+po` row adds pot2po for six PO files), po4a writes one POT and "
        "one PO per language for the whole corpus, itstool one POT for the whole corpus.",
        "transpub check runs its checks (with the sample termbase) on the five target "
        "languages and reads the built output (TP801); pofilter runs its default tests.",
        "Per-document-language times of the peers are normalised by the same counts as "
        "transpub's (6 languages for build, 5 for check).",
    ]
    machine["load_after"] = _loadavg()
    code_after = code_fingerprint()
    if code_after["sha256"] != code_before["sha256"] and args.live:
        notes.append(f"transpub's sources changed during this run (digest "
                     f"{code_before['sha256']} at the start, {code_after['sha256']} at the end): "
                     "the sizes may have measured different code; run again.")
        print("warning: transpub's sources changed during the run", flush=True)
    if any(s.scaled for s in steps):
        notes.append(f"Rows marked 'run on K of N documents' were run on a subset "
                     f"(--peer-subset {args.peer_subset}); their per-unit times come from the "
                     "subset and their ratios compare per-unit times.")
    results: dict[str, object] = {
        "args": " ".join(argv if argv is not None else sys.argv[1:]) or "(defaults)",
        "machine": machine, "versions": vers, "code": code_before, "seed": args.seed,
        "termbase": not args.no_termbase, "pseudo": args.pseudo, "sizes": sizes, "skipped": skipped,
        "repeat": args.repeat,
        "total_s": round(total, 1),
        "steps": [{**asdict(s), "per_unit_ms": s.per_unit_ms, "other_load": s.other_load}
                  for s in steps],
        "termbase_scale": scale,
        "summary": summarise(steps, sizes, scale), "notes": notes,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    (args.output.parent / RESULTS_MD.name).write_text(markdown(results), encoding="utf-8")
    print_table(results)
    print(f"wrote {args.output} and {args.output.parent / RESULTS_MD.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
