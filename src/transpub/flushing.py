"""A file system flushed while a large run writes, so that its commit's flush finds little left.

Used by the extract (``workspace``) and the build (``builder``).

A run that writes thousands of files stages them and flushes them all (``syncfs``) before its
first rename (``fsutil.Stage.commit``). Left to the commit, that one flush waits for every
byte the run wrote (a fresh extract of 1,000 releases: 110 MB, 0.05-0.5 s on this machine's
disk) while nothing else is left to do. Flushed as the files are written, the commit's own
flush (still made, still before any rename) finds only the last moments' writes. What is
durable when is unchanged: nothing is renamed before the commit's flush.
"""

from __future__ import annotations

import threading
from pathlib import Path

#: Seconds between two flushes.
FLUSH_EVERY = 0.25


class Flusher:
    """Calls ``fsutil.sync_filesystems`` on ``folders`` every ``FLUSH_EVERY`` seconds in a
    thread, until ``finish``. ``syncfs`` is a foreign call: it does not hold the GIL, so the
    thread's process goes on computing meanwhile. Start it only after any ``fork`` (a forked
    child inherits no thread, and a lock it held would stay held there)."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="transpub-flush", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from transpub import fsutil

        while not self.stop.wait(FLUSH_EVERY):
            # (looked up at each call, as the commit's own flush is: a test counts them)
            if not fsutil.sync_filesystems(self.folders, fsutil.SYNCFS_FROM):
                return  # no syncfs here: the commit flushes file by file, as before

    def finish(self) -> None:
        self.stop.set()
        self.thread.join()
