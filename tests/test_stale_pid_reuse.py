"""A killed run's temporary file is stale even when its process number is in use again.

Process numbers are reused: where ``pid_max`` is 32,768 (a container's default, and this
machine's) a test suite or a CI job that starts thousands of processes wraps them within
minutes, and a later run took the file of a killed one (``.NAME.PID-TOKEN.transpub-tmp``)
for a live writer's and left it. A process that started after the file was last written is
not its writer; a zombie writes nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from transpub.fsutil import TMP_SUFFIX, remove_stale

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="no /proc: a process's start time is not known")


def _sleeper() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def test_a_file_older_than_the_process_with_its_number_is_stale(tmp_path: Path) -> None:
    proc = _sleeper()
    try:
        old = tmp_path / f".page.html.{proc.pid}-abcd{TMP_SUFFIX}"
        old.write_bytes(b"half a page")
        an_hour_ago = time.time() - 3600  # written before that process began: not its own
        os.utime(old, (an_hour_ago, an_hour_ago))
        time.sleep(1.1)  # (the start time is known to the second)
        fresh = tmp_path / f".other.html.{proc.pid}-abcd{TMP_SUFFIX}"
        fresh.write_bytes(b"being written")  # written since it began: it may be its own
        assert remove_stale([tmp_path]) == 1
        assert not old.exists() and fresh.exists()
    finally:
        proc.kill()
        proc.wait()


def test_a_zombies_file_is_stale(tmp_path: Path) -> None:
    proc = _sleeper()
    try:
        path = tmp_path / f".page.html.{proc.pid}-abcd{TMP_SUFFIX}"
        path.write_bytes(b"half a page")
        os.kill(proc.pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # killed, not reaped yet: a zombie
            stat = Path(f"/proc/{proc.pid}/stat").read_bytes()
            if stat.rsplit(b")", 1)[1].split()[0] == b"Z":
                break
            time.sleep(0.01)
        assert remove_stale([tmp_path]) == 1
        assert not path.exists()
    finally:
        proc.wait()
