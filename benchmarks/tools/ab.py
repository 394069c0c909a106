"""Two transpub codes timed against each other, alternated, on their own copies of a workspace.

    python benchmarks/tools/ab.py OLD_SRC OLD_WS NEW_SRC NEW_WS RUNS transpub-args...

runs ``python -m transpub transpub-args...`` RUNS times with each code (``PYTHONPATH`` =
OLD_SRC or NEW_SRC, in OLD_WS or NEW_WS), alternating which goes first, and prints each code's
median, quartiles and fastest wall time. For commands whose figures are a few milliseconds
apart on a machine whose single runs move 10-25 %: no-ops (``build``, ``extract`` twice in a
row), ``check --no-cache``. Compile both sources first (``python -m compileall -q SRC``): the
runs inherit ``PYTHONDONTWRITEBYTECODE`` if set. Two copies of one workspace may themselves
differ by 1-2 % (session 36: the same code in both differed by ~1 %, and a 2.4 % slowdown
turned into a 2.1 % speed-up with the copies swapped): run again with OLD_WS and NEW_WS swapped
before trusting a difference that small.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 6:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    codes = {"old": (argv[0], argv[1]), "new": (argv[2], argv[3])}
    runs, command = int(argv[4]), argv[5:]
    times: dict[str, list[float]] = {name: [] for name in codes}
    for turn in range(runs):
        for name in ("old", "new") if turn % 2 == 0 else ("new", "old"):
            src, ws = codes[name]
            env = dict(os.environ, PYTHONPATH=src)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "transpub", *command], cwd=ws, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - started)
    for name, values in times.items():
        values.sort()
        print(f"{name}: median {statistics.median(values) * 1000:.1f} ms, quartiles "
              f"{values[len(values) // 4] * 1000:.1f}-{values[3 * len(values) // 4] * 1000:.1f}, "
              f"fastest {values[0] * 1000:.1f} ({len(values)} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
