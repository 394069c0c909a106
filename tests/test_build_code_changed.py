"""A build after transpub's page-writing code changed rewrites the pages (no ``--force``)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import transpub

from conftest import SLUG, copy_sample

#: A rule of the published pages' style (``html.CSS``), and what the edited copy writes.
OLD_RULE = ".dateline{font-weight:bold}"
NEW_RULE = ".dateline{font-weight:bold;color:#0b4f9c}"


def _build(ws: Path, package: Path, *args: str) -> str:
    # a copy of the package, run as a user's installed transpub would be (no byte code
    # written: an edit in the same second could otherwise load the old module's)
    env = {**os.environ, "PYTHONPATH": str(package), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-m", "transpub", "build", *args], cwd=ws, env=env,
                          text=True, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _pages(ws: Path) -> dict[str, str]:
    return {p.relative_to(ws / "output").as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((ws / "output").rglob("*")) if p.is_file()}


def test_pages_written_by_other_code_are_rebuilt(tmp_path: Path) -> None:
    package = tmp_path / "installed"
    shutil.copytree(Path(transpub.__file__).parent, package / "transpub",
                    ignore=shutil.ignore_patterns("__pycache__"))
    ws = copy_sample(tmp_path)
    assert "6 page(s) rebuilt" in _build(ws, package)
    assert "0 page(s) rebuilt" in _build(ws, package)
    page = ws / "output" / "fr" / f"{SLUG}.html"
    assert OLD_RULE in page.read_text(encoding="utf-8")
    # transpub upgraded: its pages' style changed, the workspace's inputs did not
    module = package / "transpub" / "html.py"
    text = module.read_text(encoding="utf-8")
    assert text.count(OLD_RULE) == 1
    module.write_text(text.replace(OLD_RULE, NEW_RULE), encoding="utf-8")
    # (the version had keyed the pages' inputs, unchanged: "0 page(s) rebuilt", the old style)
    assert "6 page(s) rebuilt" in _build(ws, package)
    for lang in ("ar", "zh", "en", "fr", "ru", "es"):
        for name in (f"{SLUG}.html", "index.html"):
            assert NEW_RULE in (ws / "output" / lang / name).read_text(encoding="utf-8")
    rebuilt = _pages(ws)
    assert "0 page(s) rebuilt" in _build(ws, package)
    # what a forced build writes, byte for byte
    _build(ws, package, "--force")
    assert _pages(ws) == rebuilt
