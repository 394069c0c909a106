"""One build of a workspace at a time (session 58: an editor's trial ran ``build --lang fr``,
``--lang ru``, ``--lang es`` and ``--lang zh`` side by side, and each wrote the build record
as it had read it: a later ``--index-only`` wrote old headlines). A second build waits for
the first's lock (``.transpub-cache/build.lock``), then runs."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def test_a_build_waits_for_the_one_running(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    lock = ws / ".transpub-cache" / "build.lock"
    lock.parent.mkdir()
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)  # (another build holding it)
    run = subprocess.Popen([sys.executable, "-m", "transpub", "build", "--lang", "fr"],
                           cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.5)
        assert run.poll() is None, run.communicate()  # waiting, nothing written
        assert not (ws / "output" / "fr").exists()
    finally:
        os.close(fd)
    _out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert "transpub: waiting for another build of this workspace to end " \
           "(.transpub-cache/build.lock is held)" in err, err  # (said, not a silent hang)
    assert (ws / "output" / "fr" / f"{SLUG}.html").is_file()


def test_builds_side_by_side_keep_every_languages_record(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    subprocess.run([sys.executable, "-m", "transpub", "build"], cwd=ws, check=True,
                   capture_output=True)
    source = ws / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Third High-Level Strategic Dialogue", "Third High-Level Strategic Talks", 1),
        encoding="utf-8")
    subprocess.run([sys.executable, "-m", "transpub", "extract", "-q"], cwd=ws, check=True)
    runs = [subprocess.Popen([sys.executable, "-m", "transpub", "build", "--lang", lang],
                             cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for lang in ("fr", "ru", "es", "zh")]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.communicate()
    record = json.loads((ws / "output" / ".transpub-build.json").read_text(encoding="utf-8"))
    digests = {lang: page["digest"] for lang, page in record[SLUG]["langs"].items()}
    for lang in ("fr", "ru", "es", "zh"):  # each run's pages are in the record: none again
        after = subprocess.run([sys.executable, "-m", "transpub", "build", "--lang", lang],
                               cwd=ws, capture_output=True, text=True, check=True)
        assert "0 page(s) rebuilt" in after.stdout, (lang, digests, after.stdout)
