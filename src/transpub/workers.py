"""Worker processes die with the command that started them.

A killed ``transpub build`` used to leave its pool workers running through their queued tasks
for half a minute, writing pages behind the user's back. On Linux each worker asks the kernel
for SIGKILL when its parent dies (``PR_SET_PDEATHSIG``); everywhere, a worker checks before
each task that its parent is still the one that started it, and exits if not.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1
_parent = [0]


def bind_to_parent(parent: int) -> None:
    """Pool initializer: die when ``parent`` does."""
    _parent[0] = parent
    if sys.platform.startswith("linux"):
        try:
            # the C library Python itself is linked with (as fsutil's syncfs): not
            # ``find_library("c")``, which runs ``ldconfig -p`` in a forked child of each worker
            # (a third process at the start of every parallel run: 33 MB of resident memory
            # in the benchmark's sampler, and 10-20 ms of CPU a worker)
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the per-task check below still applies
    # Ctrl-C reaches the whole process group: the main process cleans up, workers just stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_if_orphaned()  # the parent may have died before prctl took effect


def exit_if_orphaned() -> None:
    if _parent[0] and os.getppid() != _parent[0]:
        os._exit(1)
