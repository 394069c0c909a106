"""Forked worker processes, which die with the command that started them.

A killed ``transpub build`` used to leave its pool workers running through their queued tasks
for half a minute, writing pages behind the user's back. On Linux each worker asks the kernel
for SIGKILL when its parent dies (``PR_SET_PDEATHSIG``); everywhere, a worker checks before
each task that its parent is still the one that started it, and exits if not.

``Forked`` is how extract and build share their releases between processes: the main process
is one of the workers, not a coordinator beside them.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")

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


def can_fork() -> bool:
    """Can this system run ``Forked`` (``fork``: not on Windows)?"""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class Forked(Generic[T]):
    """``count - 1`` forked processes and the main process run ``task(index)`` for the
    indexes ``0 .. total - 1``, taken in turn from one shared counter (worker ``k`` starts
    with index ``k``, so each has work); ``results`` gives every result in index order.

    A worker inherits the tasks' inputs with the fork (nothing is pickled on the way out)
    and sends each result back through a pipe. Against a pool beside a waiting main
    process: one process fewer (memory), no task pickled, no pool threads, and the main
    process's share of the results never pickled at all. The heap inherited at the fork is
    frozen for the collector (``gc.freeze``), so that the collector does not copy it page by
    page into each worker. Fork only: ``can_fork`` says whether the system has it.
    """

    def __init__(self, total: int, count: int, task: Callable[[int], T]) -> None:
        import multiprocessing

        self.total = total
        self.count = min(count, total)
        self.task = task
        self.children: list[tuple[int, Connection]] = []
        self.next = multiprocessing.get_context("fork").Value("q", self.count)

    def __enter__(self) -> Forked[T]:
        import gc
        import multiprocessing

        context = multiprocessing.get_context("fork")
        gc.collect()
        gc.freeze()
        parent = os.getpid()
        try:
            for rank in range(1, self.count):
                reader, writer = context.Pipe(duplex=False)
                pid = os.fork()
                if pid == 0:  # the worker: never returns into the caller's stack
                    code = 1
                    try:
                        reader.close()
                        self._work(rank, parent, writer)
                        code = 0
                    finally:
                        os._exit(code)
                writer.close()
                self.children.append((pid, reader))
        except BaseException:
            self._stop(killed=True)
            raise
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        self._stop(killed=kind is not None)

    def _stop(self, killed: bool) -> None:
        import gc

        gc.unfreeze()
        with self.next.get_lock():  # a worker takes nothing more
            self.next.value = self.total
        for pid, reader in self.children:
            if killed:  # a failed run: what the workers would still write is not wanted
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
            reader.close()
        self.children.clear()

    def _take(self) -> int | None:
        with self.next.get_lock():
            index = int(self.next.value)
            if index >= self.total:
                return None
            self.next.value = index + 1
            return index

    def _work(self, rank: int, parent: int, writer: Connection) -> None:
        import gc

        bind_to_parent(parent)
        # a worker makes and drops its own objects task after task: its collector runs
        # whatever the main process's state (a build's main process pauses its own)
        gc.enable()
        index: int | None = rank
        while index is not None:
            exit_if_orphaned()
            try:
                writer.send((index, self.task(index)))
            except BaseException as exc:  # the main process raises it in its turn
                writer.send((index, exc))
                return
            index = self._take()

    def results(self, own: Callable[[int], T] | None = None) -> Iterator[T]:
        """Every task's result in index order: the workers', and those of the tasks the main
        process takes and runs (``own``, or ``task``) while the workers run theirs."""
        from multiprocessing.connection import Connection, wait

        run = own or self.task
        arrived: dict[int, T | BaseException] = {}
        mine: int | None = 0
        readers = {reader: pid for pid, reader in self.children}
        for wanted in range(self.total):
            while wanted not in arrived:
                if mine is not None:
                    try:
                        arrived[mine] = run(mine)
                    except Exception as exc:  # raised in its turn, below
                        arrived[mine] = exc
                        mine = None  # the run has failed: no more work of its own
                    else:
                        mine = self._take()
                    timeout: float | None = 0
                elif readers:
                    timeout = None
                else:
                    raise RuntimeError("a worker process ended without its results")
                for ready in wait(list(readers), timeout):
                    assert isinstance(ready, Connection)
                    try:
                        index, done = ready.recv()
                    except EOFError:
                        del readers[ready]
                        continue
                    arrived[index] = done
            done = arrived.pop(wanted)
            if isinstance(done, BaseException):
                raise done
            yield done
