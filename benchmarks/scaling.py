"""Time per unit against the length of the releases: the same sentences as short or long releases.

    python benchmarks/scaling.py [--total 200] [--lengths 1,5,25,100,200] [--repeat 3]
                                 [--src DIR] [--base DIR] [--output FILE]

The benchmark's corpus (``run.py``) is of press releases of ~27 units each; a corpus of reports
(hundreds or thousands of sentences a document) is made of the same work in fewer, longer
files. This takes the bodies of the first ``--total`` releases of the corpus and joins them, in
order, into releases of ``--lengths`` bodies each (1: the corpus as it is; 200: one release of
~5,400 units), so that every workspace holds the same sentences; each is extracted, filled with
``run.py``'s pseudo-translations, built and checked (``--no-cache``), and the time per unit is
reported relative to the releases of one body. A flat row is the aim: a unit costs the same in
a long release as in a short one. ``--base DIR``: also time the transpub sources in DIR (a
``git archive`` of an older commit's ``src/``), alternated with ``--src`` run by run.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

NS = "{urn:transpub:release:1}"
WORK = HERE / "_work" / "scaling"
STEPS = ("extract", "build", "check")


def _join(sources: list[Path], target: Path) -> None:
    """One release: the first source's head, every source's body in turn (ids renumbered)."""
    tree = etree.parse(str(sources[0]))
    body = tree.getroot().find(f"{NS}body")
    assert body is not None
    for child in list(body):
        body.remove(child)
    count = 0
    for source in sources:
        other = etree.parse(str(source)).getroot().find(f"{NS}body")
        assert other is not None
        for child in other:
            part = copy.deepcopy(child)
            count += 1
            if part.get("id"):
                part.set("id", f"p{count}")
            for inner in part.iter():
                if inner is not part and inner.get("id"):
                    inner.set("id", f"{inner.get('id')}-{count}")
            body.append(part)
    tree.write(str(target), xml_declaration=True, encoding="UTF-8")


def make_workspace(corpus_ws: Path, ws: Path, length: int, total: int) -> None:
    if ws.exists():
        shutil.rmtree(ws)
    (ws / "source").mkdir(parents=True)
    (ws / "locales").mkdir()
    shutil.copy2(corpus_ws / "transpub.toml", ws)
    shutil.copy2(corpus_ws / "locales" / "termbase.tbx", ws / "locales")
    sources = sorted((corpus_ws / "source").glob("*.xml"))[:total]
    for start in range(0, len(sources), length):
        group = sources[start:start + length]
        _join(group, ws / "source" / group[0].name)


def _run(ws: Path, src: str, *args: str) -> float:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=src, LC_ALL="C.UTF-8")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "transpub", *args], cwd=ws, env=env,
                          capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"transpub {' '.join(args)} failed in {ws}:\n{done.stderr[-2000:]}")
    return took


def _units(ws: Path) -> int:
    return sum(p.read_text(encoding="utf-8").count('\nmsgid "') - 1
               for p in (ws / "locales").glob("*.pot"))


def measure(ws_root: Path, codes: dict[str, str], length: int, total: int,
            repeat: int, corpus_ws: Path) -> dict[str, dict[str, list[float]]]:
    """Each code's seconds per step, ``repeat`` times (codes alternated)."""
    times: dict[str, dict[str, list[float]]] = {name: {s: [] for s in STEPS} for name in codes}
    for turn in range(repeat):
        order = list(codes) if turn % 2 == 0 else list(reversed(codes))
        for name in order:
            ws = ws_root / f"len{length}-{name}"
            make_workspace(corpus_ws, ws, length, total)
            src = codes[name]
            times[name]["extract"].append(_run(ws, src, "extract"))
            corpus.run_fill_jobs(corpus.transpub_fill_jobs(ws, "terms"))
            times[name]["build"].append(_run(ws, src, "build"))
            times[name]["check"].append(_run(ws, src, "check", "--no-cache", "-o",
                                             str(ws / "report.txt")))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=200, help="bodies (corpus releases) in all")
    parser.add_argument("--lengths", default="1,5,25,100,200",
                        help="bodies a release, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--src", default=str(HERE.parent / "src"), help="transpub sources")
    parser.add_argument("--base", help="older transpub sources to time against --src")
    parser.add_argument("--output", help="write the figures as JSON here")
    args = parser.parse_args(argv)
    lengths = [int(x) for x in args.lengths.split(",")]
    corpus_ws = corpus.generate(max(args.total, 10), quiet=True) / "workspace"
    codes = {"now": args.src}
    if args.base:
        codes = {"base": args.base, "now": args.src}
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for length in lengths:
        times = measure(WORK, codes, length, args.total, args.repeat, corpus_ws)
        units = _units(WORK / f"len{length}-now")
        row = {"length": length, "releases": -(-args.total // length), "units": units,
               "seconds": {name: {step: statistics.median(v) for step, v in steps.items()}
                           for name, steps in times.items()}}
        rows.append(row)
        cells = "  ".join(f"{name} {step} {row['seconds'][name][step] / units * 1000:.3f}"
                          for name in codes for step in STEPS)
        print(f"{length:4d} bodies a release, {units} units: ms a unit: {cells}", flush=True)
    first = rows[0]
    print("\n| bodies a release | units a release | " +
          " | ".join(f"{step} ({name})" for name in codes for step in STEPS) + " |")
    print("|---:|---:|" + "---:|" * (len(codes) * len(STEPS)))
    for row in rows:
        cells = []
        for name in codes:
            for step in STEPS:
                per_unit = row["seconds"][name][step] / row["units"]
                ratio = per_unit / (first["seconds"][name][step] / first["units"])
                cells.append(f"{per_unit * 1000:.3f} ms ({ratio:.2f}×)")
        print(f"| {row['length']} | {row['units'] // row['releases']} | " + " | ".join(cells)
              + " |")
    if args.output:
        Path(args.output).write_text(json.dumps({"total": args.total, "repeat": args.repeat,
                                                 "rows": rows}, indent=1) + "\n",
                                     encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
