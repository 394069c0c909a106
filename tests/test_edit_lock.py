"""One command editing a workspace's PO files or sources at a time (session 59: a hostile
trial ran ``extract`` while ``xliff import`` merged 81 files; the extract, having read the PO
files before the import wrote them, renamed its own merge over the translator's work, both
exiting 0). ``extract``, ``import``, ``xliff import``, ``review --import``, ``align``, ``tm
import`` and ``check --annotate`` wait for the edit lock (``.transpub-cache/edit.lock``), say
so, then run; dry runs take none."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import polib
import pytest

from conftest import copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _held(ws: Path) -> int:
    lock = ws / ".transpub-cache" / "edit.lock"
    lock.parent.mkdir(exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)  # (another command editing the workspace)
    return fd


@pytest.mark.parametrize("command", [["extract", "--force"], ["check", "--annotate"],
                                     ["xliff", "import", "returned.po"]])
def test_an_edit_waits_for_the_one_running(tmp_path: Path, command: list[str]) -> None:
    ws = copy_sample(tmp_path)
    po = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    text = po.read_text(encoding="utf-8")
    (ws / "returned.po").write_text(text.replace("COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ"),
                                    encoding="utf-8")
    # (a date broken: check --annotate has a finding to write)
    po.write_text(text.replace("9 décembre 2020", "19 décembre 2020", 1), encoding="utf-8")
    before = po.read_bytes()
    fd = _held(ws)
    run = subprocess.Popen([sys.executable, "-m", "transpub", *command], cwd=ws,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said: list[str] = []
    # (stderr read as it comes: the lock is held until the command says it waits, however
    # long a loaded machine takes it to get there; a fixed sleep had let a slow check reach
    # the lock only after it was let go)
    reader = threading.Thread(target=lambda: said.extend(iter(run.stderr.readline, "")),
                              daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not any("waiting" in line for line in said) and run.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        assert run.poll() is None, said  # waiting, nothing written
        assert po.read_bytes() == before
    finally:
        os.close(fd)
    run.wait(timeout=120)
    reader.join(timeout=10)
    err = "".join(said)
    assert run.returncode in (0, 1), err
    assert "transpub: waiting for another command editing this workspace to end " \
           "(.transpub-cache/edit.lock is held)" in err, err


def test_a_dry_run_takes_no_lock(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    fd = _held(ws)
    try:
        done = subprocess.run([sys.executable, "-m", "transpub", "extract", "--dry-run"],
                              cwd=ws, capture_output=True, text=True, timeout=60)
    finally:
        os.close(fd)
    assert done.returncode == 0 and "waiting" not in done.stderr, done.stderr


def test_an_import_and_an_extract_side_by_side_lose_nothing(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    po = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    returned = ws / "returned.po"
    returned.write_text(po.read_text(encoding="utf-8").replace(
        "COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ (révisé)"), encoding="utf-8")
    source = ws / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "The Strategic Dialogue reviewed", "The Strategic Dialogue has reviewed", 1),
        encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=ws, check=True)
    runs = [subprocess.Popen([sys.executable, "-m", "transpub", *args], cwd=ws,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for args in (["xliff", "import", "--theirs", "returned.po"], ["extract", "--force"])]
    for run in runs:
        assert run.wait(timeout=120) in (0, 1), run.communicate()
    label = next(e for e in polib.pofile(str(po)) if e.msgctxt == "label")
    assert label.msgstr == "COMMUNIQUÉ (révisé)"  # (whichever ran first, none lost)
