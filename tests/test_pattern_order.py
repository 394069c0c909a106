"""transpub's regular expressions are the same text in every process. Patterns built from
sets (month names, their abbreviations) followed each process's string hashing: every run
compiled them again (the compiled-pattern cache, ``recache``, keyed by the text, never found
them) and rewrote the cache. Two processes with different hash seeds run the same commands on
the sample and must compile the same patterns (third-party modules' own are left out: babel
builds two of its own from sets at import)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import copy_sample

SCRIPT = r"""
import json, os, sys
import re._compiler
original = re._compiler.compile
seen = set()
def compile(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and os.sep + "re" + os.sep in frame.f_code.co_filename:
        frame = frame.f_back
    if frame is not None and os.sep + "transpub" + os.sep in frame.f_code.co_filename:
        seen.add(repr((pattern, int(flags))))
    return original(pattern, flags)
re._compiler.compile = compile
from transpub.cli import main
for args in (["check", "--no-cache", "--jobs", "1", "-o", os.devnull],
             ["build", "--force", "--jobs", "1"], ["extract", "--force", "--jobs", "1"]):
    code = main(args)
    assert code in (0, 1), (args, code)
print(json.dumps(sorted(seen)))
"""


def _patterns(workspace: Path, seed: str) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed, TRANSPUB_NO_RECACHE="1")
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=workspace, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    patterns: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return patterns


def test_the_same_patterns_whatever_the_hash_seed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _patterns(copy_sample(tmp_path / "a"), "1")
    second = _patterns(copy_sample(tmp_path / "b"), "2")
    assert len(first) > 200  # (the dates', numbers', honorifics' and terms' patterns)
    assert [p for p in first if p not in second] == []
    assert [p for p in second if p not in first] == []
