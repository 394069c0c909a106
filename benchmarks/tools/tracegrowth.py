"""Where the Python heap of a transpub command grows, by tracemalloc, in one process.

    python benchmarks/tools/tracegrowth.py [--first S] [--then S] check --jobs 1 -o r.txt

runs ``transpub <args>`` in this process (in the current directory) with tracemalloc on, takes
a snapshot S seconds in (default 2) and another T seconds later (default 9), and prints to
stderr the allocations that grew between the two, by file and by line: what a command holds
more of the longer it runs (use ``--jobs 1`` so the work happens in this process).
"""

from __future__ import annotations

import sys
import threading
import time
import tracemalloc


def _report(first: tracemalloc.Snapshot, then: tracemalloc.Snapshot) -> None:
    for key in ("filename", "lineno"):
        stats = then.compare_to(first, key)
        if key == "filename":
            total = sum(stat.size_diff for stat in stats) / 1e6
            print(f"grew {total:.1f} MB", file=sys.stderr)
        for stat in stats[:15]:
            print(f"+{stat.size_diff / 1e3:.0f} KB, {stat.count_diff:+d} blocks "
                  f"{stat.traceback}", file=sys.stderr)


def main(argv: list[str]) -> int:
    first_at, then_after = 2.0, 9.0
    while argv[:1] in (["--first"], ["--then"]):
        if argv[0] == "--first":
            first_at = float(argv[1])
        else:
            then_after = float(argv[1])
        argv = argv[2:]
    tracemalloc.start(1)

    def watch() -> None:
        time.sleep(first_at)
        first = tracemalloc.take_snapshot()
        time.sleep(then_after)
        _report(first, tracemalloc.take_snapshot())

    threading.Thread(target=watch, daemon=True).start()
    from transpub import cli

    sys.argv = ["transpub", *argv]
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
