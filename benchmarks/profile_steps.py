"""Profile transpub's extract, build and check with cProfile on a generated workspace.

    python benchmarks/profile_steps.py [--size 100] [--top 30]

Runs, in benchmarks/_work/profile-n<size>/workspace (a copy of the corpus workspace):
``python -m cProfile -o <step>.prof -m transpub <step>`` for extract, then (after filling the PO
files with the same pseudo-translation as run.py) build and check. ``build`` is profiled with
``--jobs 1`` (and check too) when transpub has that option: cProfile sees only the process it
runs in, and a parallel run would hide its workers. Writes <step>.prof and <step>.txt (the top
functions by cumulative and by own time) beside the workspace, and prints where they are.
"""

from __future__ import annotations

import argparse
import io
import os
import pstats
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402

import corpus  # noqa: E402

PYTHONPATH = ""


def _has_option(command: str, option: str) -> bool:
    out = subprocess.run([sys.executable, "-m", "transpub", command, "--help"],
                         capture_output=True, text=True, env=_env())
    return option in out.stdout


def _env() -> dict[str, str]:
    env = dict(os.environ, NO_COLOR="1")
    if PYTHONPATH:
        env["PYTHONPATH"] = PYTHONPATH
    return env


def profile_step(ws: Path, out_dir: Path, step: str, args: list[str], top: int) -> Path:
    prof = out_dir / f"{step}.prof"
    env = _env()
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "transpub",
                          step, *args], cwd=ws, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if run.returncode not in (0, 1):
        print(run.stdout[-2000:], run.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"transpub {step} failed under cProfile (exit {run.returncode})")
    text = io.StringIO()
    text.write(f"transpub {step} {' '.join(args)}  (wall under cProfile: {wall:.1f} s, "
               f"exit {run.returncode})\n\n")
    for order in ("cumulative", "tottime"):
        stats = pstats.Stats(str(prof), stream=text)
        stats.strip_dirs().sort_stats(order).print_stats(top)
    report = out_dir / f"{step}.txt"
    report.write_text(text.getvalue(), encoding="utf-8")
    print(f"{step}: {wall:.1f} s under cProfile -> {report}", flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--pseudo", choices=corpus.PSEUDO_MODES, default="terms")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    parser.add_argument("--snapshot", type=Path, default=None, metavar="DIR",
                        help="profile the transpub package in DIR/transpub (e.g. the snapshot "
                             "run.py measured: benchmarks/_work/snapshot-<digest>) instead of a "
                             "fresh copy of the installed sources")
    args = parser.parse_args(argv)
    source = corpus.generate(args.size, args.seed)
    out_dir = HERE / "_work" / f"profile-n{args.size}"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    ws = out_dir / "workspace"
    bench.copy_workspace(source, ws)
    global PYTHONPATH
    if args.snapshot:
        snapshot = args.snapshot.resolve()
    else:
        snapshot = out_dir / "snapshot"
        shutil.copytree(bench.installed_package(), snapshot / "transpub",
                        ignore=shutil.ignore_patterns("__pycache__"))
    PYTHONPATH = str(snapshot)
    code = bench.code_fingerprint(snapshot / "transpub")
    (out_dir / "CODE").write_text(f"{code['sha256']} newest {code['newest_file']}\n")
    print(f"profiling transpub sources {code['sha256']} (newest {code['newest_file']})")
    profile_step(ws, out_dir, "extract", [], args.top)
    corpus.run_fill_jobs(corpus.transpub_fill_jobs(ws, args.pseudo))
    build_args = ["--jobs", "1"] if _has_option("build", "--jobs") else []
    profile_step(ws, out_dir, "build", build_args, args.top)
    check_args = ["--jobs", "1"] if _has_option("check", "--jobs") else []
    profile_step(ws, out_dir, "check", [*check_args, "-o", str(out_dir / "check-report.txt")],
                 args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
