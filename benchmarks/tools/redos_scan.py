"""Every compiled pattern a transpub module keeps at its top level, run on "pump" strings (a
run of one character or pair, then a character that fails the match) of n and 4n characters:
those whose search grows much faster than the text are printed for triage.

    python3 benchmarks/tools/redos_scan.py [MODULE,MODULE...] [N]

(session 60's hostile pass; the import's page-number pattern had taken 104 s on a line of
20,000 spaces.) A pattern printed is not a finding by itself: most are applied to a bounded
window (a few dozen characters around a number or a name), where super-linear costs nothing;
each needs reading where it is used. The whole package takes about half an hour at N = 1500.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable

import transpub

PUMPS: dict[str, Callable[[int], str]] = {
    "sp": lambda n: " " * n + "\x01", "sp-": lambda n: " " * n + "- x\x01",
    "nbsp": lambda n: "\u00a0" * n + "\x01", "tab": lambda n: "\t" * n + "\x01",
    "nl": lambda n: "\n" * n + "\x01", "sp-nl": lambda n: " \n" * (n // 2) + "\x01",
    "a@": lambda n: "a" * n + "@", "<": lambda n: "<" * n, "<a": lambda n: "<" + "a" * n,
    "1": lambda n: "1" * n + "@", "a.": lambda n: "a." * (n // 2) + "!",
    "dash": lambda n: "-" * n + "\x01", "1 ": lambda n: "1 " * (n // 2) + "\x01",
    "a ": lambda n: "a " * (n // 2) + "\x01", "A. ": lambda n: "A. " * (n // 3) + "\x01",
    "1,": lambda n: "1," * (n // 2) + "x", "1.": lambda n: "1." * (n // 2) + "x",
    "aa-": lambda n: "a-" * (n // 2) + "\x01", "Aa": lambda n: "Aa" * (n // 2) + "\x01",
    "A": lambda n: "A" * n + "\x01", "(": lambda n: "(" * n, "[": lambda n: "[" * n,
    "*": lambda n: "*" * n, "_": lambda n: "_" * n, "|": lambda n: "| " * (n // 2) + "\x01",
    ".": lambda n: "." * n + "\x01", "'": lambda n: "'" * n + "\x01",
    "x/": lambda n: "a/" * (n // 2) + "\x01", "http": lambda n: "http://" + "a" * n + " ",
    "www": lambda n: "www." * (n // 4), "a:": lambda n: "a:" * (n // 2),
    "#": lambda n: "#" * n + "\x01", "1 a": lambda n: "1 a " * (n // 4) + "\x01",
    "p ": lambda n: "p a g e " * (n // 8),
}


def _seconds(work: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    work(text)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    names = argv[0].split(",") if argv and argv[0] else [
        m.name for m in pkgutil.walk_packages(transpub.__path__, "transpub.")
        if not m.name.endswith("__main__")]
    size = int(argv[1]) if len(argv) > 1 else 1500
    seen: set[int] = set()
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # (a module that needs what this machine lacks)
            print("skip", name, exc)
            continue
        for attr, value in vars(module).items():
            if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str) \
                    or id(value) in seen:
                continue
            seen.add(id(value))
            for pump_name, pump in PUMPS.items():
                for how, work in (("search", value.search),
                                  ("finditer", lambda s, v=value: list(v.finditer(s)))):
                    small = _seconds(work, pump(size))
                    if small < 0.002:
                        continue
                    large = _seconds(work, pump(4 * size))
                    if large / max(small, 1e-9) > 8 and large > 0.02:
                        print(f"{name}.{attr} {how} pump={pump_name!r}: {small:.3f}s -> "
                              f"{large:.3f}s", flush=True)
                        break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
