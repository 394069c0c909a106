"""The resident memory of a transpub command and of its worker processes over time.

    python benchmarks/tools/memtimeline.py WORKSPACE COPY check -o report.txt

copies WORKSPACE to COPY (which must not exist: every run starts from the same files), runs
``transpub <args>`` there and prints, each time a figure changes, the seconds since the start,
the main process's RSS, the sum of its children's (the forked workers) and how many there are
(MB, sampled every 20 ms from /proc: Linux only). The all-process peak the benchmark reports is
the largest main + children; where in the run it comes, the benchmark does not say.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

PAGE_MB = 4096 / 2**20


def _rss_mb(pid: int | str) -> float:
    with open(f"/proc/{pid}/statm") as handle:
        return int(handle.read().split()[1]) * PAGE_MB


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source, copy, args = argv[0], argv[1], argv[2:]
    shutil.copytree(source, copy)
    proc = subprocess.Popen(["transpub", *args], cwd=copy, stdout=subprocess.DEVNULL)
    began = time.perf_counter()
    last: tuple[int, int, int] | None = None
    peak = 0.0
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as handle:
                kids = handle.read().split()
            main_mb = _rss_mb(proc.pid)
            kids_mb = sum(_rss_mb(kid) for kid in kids)
        except (OSError, ValueError, IndexError):  # a process ended between two reads
            continue
        peak = max(peak, main_mb + kids_mb)
        row = (round(main_mb), round(kids_mb), len(kids))
        if row != last:
            print(f"{time.perf_counter() - began:6.2f} s  main {row[0]:3d}  "
                  f"children {row[1]:3d} ({row[2]})")
            last = row
        time.sleep(0.02)
    print(f"exit {proc.returncode}; all processes at most {peak:.0f} MB (sampled)")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
