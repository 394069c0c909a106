"""The checker's findings on folders of real translations, kept to compare two versions of it.

    python3 benchmarks/tools/corpus_findings.py run OUT.json [--src SRC] FOLDER...
    python3 benchmarks/tools/corpus_findings.py diff A.json B.json
    python3 benchmarks/tools/corpus_findings.py show OUT.json CODE [--sample N] [--seed S]

``run`` checks each FOLDER's PO files (``transpub check *.po --no-cache --format json``, one
command a folder, with SRC first on ``PYTHONPATH`` when given: a worktree's ``src``) and writes
every finding by folder, file and unit; ``diff`` prints the units whose findings differ
between two runs (what a change to the checker changed); ``show`` prints a sample of one
code's errors and warnings with their source and translation, to read them.

The folders are those ``tests/corpus_real/make_po3.py`` writes from the UN Parallel Corpus's
test and development sets (session 48: 16 folders of 500 lines, ``make_po3.py TESTSETS OUT 500
START [devset]`` for START = 0, 500, … 3500; 40,000 units in five languages), or any other
folder of PO files whose msgid is the source. Session 48 ran every new check over them
before it landed (README: TP312-TP315).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polib


def _run(out: Path, src: str | None, folders: list[Path]) -> int:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    found: dict[str, list[list[str]]] = {}
    for folder in folders:
        files = sorted(str(p) for p in folder.glob("*.po"))
        done = subprocess.run([sys.executable, "-m", "transpub", "check", *files, "--no-cache",
                               "--format", "json"], capture_output=True, text=True, env=env,
                              check=False)
        if done.returncode not in (0, 1):
            print(f"{folder}: exit {done.returncode}: {done.stderr.strip()[-300:]}",
                  file=sys.stderr)
            return 2
        for item in json.loads(done.stdout)["findings"]:
            key = f"{folder}/{Path(item['file']).name}:{item['unit']}"
            found.setdefault(key, []).append([item["code"], item["severity"], item["message"]])
    out.write_text(json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True),
                   encoding="utf-8")
    counts = Counter(f"{code}/{severity}" for rows in found.values()
                     for code, severity, _ in rows if severity != "info")
    print(f"{sum(len(rows) for rows in found.values())} findings; errors and warnings: "
          f"{dict(sorted(counts.items()))}")
    return 0


def _diff(one: Path, other: Path) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (one, other))
    changed = 0
    for key in sorted(set(a) | set(b)):
        before = sorted(map(tuple, a.get(key, [])))
        after = sorted(map(tuple, b.get(key, [])))
        if before != after:
            changed += 1
            print(key)
            for row in before:
                if row not in after:
                    print("  -", *row)
            for row in after:
                if row not in before:
                    print("  +", *row)
    print(f"{changed} unit(s) differ")
    return 1 if changed else 0


def _show(path: Path, code: str, sample: int, seed: int) -> int:
    found = json.loads(path.read_text(encoding="utf-8"))
    catalogues: dict[str, dict[str, polib.POEntry]] = {}
    rows = []
    for key, items in found.items():
        for item in items:
            if item[0] == code and item[1] != "info":
                rows.append((key, item))
    random.Random(seed).shuffle(rows)
    print(f"{len(rows)} {code} error(s) and warning(s)")
    for key, item in rows[:sample]:
        file, unit = key.split(":", 1)  # (the folder's path has no colon; a unit id may)
        if file not in catalogues:
            catalogues[file] = {e.msgctxt or e.msgid: e for e in polib.pofile(file)}
        entry = catalogues[file].get(unit)
        print(f"\n{key}: {item[2]}")
        if entry is not None:
            print("  source:", re.sub(r"\s+", " ", entry.msgid)[:400])
            print("  translation:", re.sub(r"\s+", " ", entry.msgstr)[:400])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run")
    run.add_argument("out", type=Path)
    run.add_argument("folders", type=Path, nargs="+")
    run.add_argument("--src")
    diff = commands.add_parser("diff")
    diff.add_argument("one", type=Path)
    diff.add_argument("other", type=Path)
    show = commands.add_parser("show")
    show.add_argument("path", type=Path)
    show.add_argument("code")
    show.add_argument("--sample", type=int, default=20)
    show.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "run":
        return _run(args.out, args.src, args.folders)
    if args.command == "diff":
        return _diff(args.one, args.other)
    return _show(args.path, args.code, args.sample, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
