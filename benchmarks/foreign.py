"""Time against the shape of the PO files: as transpub wrote them, and as other tools left them.

    python benchmarks/foreign.py [--size 1000] [--repeat 2] [--shapes transpub,msgcat,crlf,revised]
                                 [--src DIR] [--base DIR] [--output FILE]

``run.py`` times PO files that transpub wrote and its pseudo-translator filled. The files a
workspace holds in use were saved by translators' tools and went through revisions. This takes
the filled workspace that ``run.py`` left in ``_work/n<size>`` and makes one copy per shape:

- ``transpub``: as it is;
- ``msgcat``: every PO file rewritten by GNU ``msgcat`` (its own wrapping, as Poedit, Lokalize
  and msgmerge wrap), and ``nowrap``: by ``msgcat --no-wrap`` (Weblate's and some editors');
- ``crlf``: CRLF line ends (a Windows editor, git's ``core.autocrlf``);
- ``revised``: what re-extraction leaves after its sources were edited, in every file: three
  fuzzy entries with their previous msgid (``#|``) and an obsolete entry at the end (``#~``).

Each copy is checked (``check --no-cache``), built (``build --force``) and extracted again
(``extract --force``: every release merged), once untimed and then ``--repeat`` times, with
the sources in ``--src`` and, given ``--base DIR`` (a ``git archive`` of an older commit's
``src/``), with those too, alternated run by run; the medians are reported. The reports and
outputs of the two codes are compared: they must be the same.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work" / "foreign"
SHAPES = ("transpub", "msgcat", "nowrap", "crlf", "revised")
STEPS = (("check", ["check", "--no-cache", "-o", "report.txt"]),
         ("build", ["build", "--force"]), ("extract", ["extract", "--force"]))
_ENTRY = re.compile(r"(?m)^msgctxt ")


def _revised(text: str) -> str:
    """Three entries fuzzy with a previous msgid, and an obsolete entry at the end."""
    count = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ('#, fuzzy\n#| msgid "An earlier wording of this sentence."\n'
                if count in (3, 6, 9) else "") + match.group(0)

    return (_ENTRY.sub(mark, text).rstrip("\n") + '\n\n#, fuzzy\n#~ msgctxt "p99.gone"\n'
            '#~ msgid "A sentence removed from the release."\n#~ msgstr "Une phrase retirée."\n')


def _shape(ws: Path, shape: str) -> None:
    files = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    if shape in ("msgcat", "nowrap"):
        flags = ["--no-wrap"] if shape == "nowrap" else []
        for path in files:
            subprocess.run(["msgcat", *flags, "-o", str(path), str(path)], check=True)
    elif shape == "crlf":
        for path in files:
            path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    elif shape == "revised":
        for path in files:
            path.write_text(_revised(path.read_text(encoding="utf-8")), encoding="utf-8")


def _prepare(source: Path, shape: str, code: str) -> Path:
    ws = WORK / f"{shape}-{code}"
    if ws.exists():
        shutil.rmtree(ws)
    shutil.copytree(source, ws, ignore=shutil.ignore_patterns(".transpub-cache"))
    _shape(ws, shape)
    return ws


def _run(src: Path, ws: Path, args: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(src), NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "transpub", *args], cwd=ws, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    took = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"foreign.py: {' '.join(args)} in {ws}: exit {done.returncode}: "
                         f"{done.stderr.decode(errors='replace').strip()[-300:]}")
    return took


def _same_tree(left: Path, right: Path) -> bool:
    compared = filecmp.dircmp(left, right, ignore=[".transpub-build.json"])
    stack = [compared]
    while stack:
        node = stack.pop()
        if node.left_only or node.right_only or node.diff_files or node.funny_files:
            return False
        stack += node.subdirs.values()
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--src", type=Path, default=HERE.parent / "src")
    parser.add_argument("--base", type=Path)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    source = HERE / "_work" / f"n{args.size}" / "transpub"
    if not source.joinpath("locales").is_dir():
        parser.error(f"{source} missing: run benchmarks/run.py --sizes {args.size} "
                     "--prepare-only first")
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = set(shapes) - set(SHAPES)
    if unknown:
        parser.error(f"unknown shape(s): {', '.join(sorted(unknown))}")
    codes = {"new": args.src.resolve(), **({"base": args.base.resolve()} if args.base else {})}
    rows: list[dict[str, object]] = []
    for shape in shapes:
        spaces = {code: _prepare(source, shape, code) for code in codes}
        # one untimed turn first: the copies were just written (and msgcat's rewrite freed
        # 6,000 inodes, which ext4 does not give out again for a while), so the first command
        # in each paid for it (a build 4.0 / 6.1 s cold against 2.4 / 2.5 s warm, paired)
        for _step, command in STEPS:
            for code in codes:
                _run(codes[code], spaces[code], command)
        times: dict[tuple[str, str], list[float]] = {}
        for turn in range(args.repeat):
            order = list(codes) if turn % 2 == 0 else list(reversed(codes))
            for step, command in STEPS:
                for code in order:
                    times.setdefault((step, code), []).append(
                        _run(codes[code], spaces[code], command))
        same = None
        if "base" in codes:
            same = (filecmp.cmp(spaces["new"] / "report.txt", spaces["base"] / "report.txt",
                                shallow=False)
                    and _same_tree(spaces["new"] / "output", spaces["base"] / "output")
                    and _same_tree(spaces["new"] / "locales", spaces["base"] / "locales"))
        for step, _command in STEPS:
            row: dict[str, object] = {"shape": shape, "step": step}
            for code in codes:
                row[code] = round(statistics.median(times[step, code]), 3)
            if same is not None:
                row["same_outputs"] = same
            rows.append(row)
            print("  ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps({"size": args.size, "repeat": args.repeat,
                                           "codes": {k: str(v) for k, v in codes.items()},
                                           "rows": rows}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
