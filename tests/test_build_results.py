"""What a build's workers send back, as the main process receives it (issue 13): a page's
outcome travels with its paths as strings and is made again equal (``LanguageBuild.__reduce__``),
whatever the paths look like."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.builder import LanguageBuild, _path
from transpub.localise import Problem

_PART = st.sampled_from(["output", "fr", "r1.html", "a b", "é", "联合国", ".", "..", "x.po",
                         ".hidden", "LC_MESSAGES", "", "~"])
_PATHS = st.builds(lambda root, parts: Path(root, *parts),
                   st.sampled_from(["/", "/tmp/ws", ".", "rel", "../up", "//twice"]),
                   st.lists(_PART, max_size=5))


@given(_PATHS)
@settings(max_examples=300, deadline=None)
def test_a_path_made_again_from_its_text_is_the_same_path(path: Path) -> None:
    made = _path(os.fspath(path))
    assert made == path and str(made) == str(path) and made.parts == path.parts
    assert type(made) is type(path) and made.name == path.name and made.parent == path.parent


@given(st.lists(_PATHS, max_size=2), st.none() | _PATHS, st.booleans(), st.text(max_size=4))
@settings(max_examples=200, deadline=None)
def test_an_outcome_pickles_to_an_equal_outcome(written: list[Path], po: Path | None,
                                                rebuilt: bool, date: str) -> None:
    outcome = LanguageBuild("r1", "fr", 97.5, True, tuple(written), 3,
                            (Problem("p1.a", 7, "placeholders: <a1> missing"),), po, rebuilt,
                            date)
    back = pickle.loads(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == outcome
    assert all(type(p) is type(q) for p, q in zip(back.written, outcome.written, strict=True))


def test_the_main_process_collector_is_paused_only_during_the_build(cli, workspace) -> None:  # type: ignore[no-untyped-def]
    """``paused_collector`` restores the collector's state, whatever happens inside."""
    import gc

    from transpub.builder import paused_collector

    assert gc.isenabled()
    cli("build", "--jobs", "1")
    assert gc.isenabled()
    try:
        with paused_collector():
            assert not gc.isenabled()
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()  # (left as it was found)
    finally:
        gc.enable()


def test_a_build_worker_collects_cycles_though_its_parent_paused() -> None:
    import gc

    from transpub.builder import paused_collector
    from transpub.workers import Forked

    # index 0 is the main process's own task, index 1 the forked worker's first
    with paused_collector(), Forked(2, 2, lambda _index: (os.getpid(), gc.isenabled())) \
            as workers:
        (main_pid, main_collects), (worker_pid, worker_collects) = list(workers.results())
    assert main_pid == os.getpid() and worker_pid != main_pid
    assert main_collects is False  # paused in the main process, as asked
    assert worker_collects is True
