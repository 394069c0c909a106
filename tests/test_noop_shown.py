"""A build or extract with nothing to do prints what rich rendered for the same lines on the same
console last time (``cli._show_remembered``): the same bytes rich writes on a terminal (its
colours and width; pytest's captured output taken for one by ``TTY_COMPATIBLE=1``, as rich
takes it), and a run that finds the rendering is not remembered, damaged, or made for another
console renders it again. (On a file or pipe the lines are written plainly, without rich:
``test_plainout``.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Cli
from tests.test_noop import NOOP_BUILD, NOOP_EXTRACT, _break_placeholder, _recorded

from transpub.cli import SHOWN, SHOWN_PREFIX, _noop_replay, _parser, _show
from transpub.report import make_console


@pytest.fixture(autouse=True)
def _a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every console here a terminal as rich tells one (its lines go through rich), colours
    off unless a test turns them on."""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


_DIRECT = ("import sys; from transpub.cli import _noop_replay, _parser, _show; "
           "from transpub.report import make_console; "
           "_show(make_console(), _noop_replay(_parser().parse_args(sys.argv[1:])))")


def _direct(cli: Cli, command: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The recorded lines printed through rich, as every replay printed them before."""
    old = Path.cwd()
    os.chdir(cli.cwd)
    try:
        ops = _noop_replay(_parser().parse_args([command]))
        assert ops is not None
        _show(make_console(), ops)
    finally:
        os.chdir(old)
    return capsys.readouterr().out


@pytest.mark.parametrize(("command", "record"), [("build", NOOP_BUILD),
                                                  ("extract", NOOP_EXTRACT)])
def test_a_remembered_rendering_is_what_rich_prints(
        cli: Cli, workspace: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, command: str, record: Path) -> None:
    _break_placeholder(workspace)  # (a warning among the build's lines)
    folder = workspace / SHOWN
    for path in folder.glob(f"{SHOWN_PREFIX}*.txt"):  # (the workspace's first extract's)
        path.unlink()
    _recorded(cli, command, record=record)
    outs = {}
    for columns in ("200", "40"):  # the extract's summary line is wrapped at 40
        monkeypatch.setenv("COLUMNS", columns)
        direct = outs[columns] = _direct(cli, command, capsys)
        cli(command)  # rendered by rich, and remembered
        assert cli.out == direct
        shown = {p: p.read_bytes() for p in folder.glob(f"{SHOWN_PREFIX}*.txt")}
        cli(command)  # from what was remembered
        assert cli.out == direct
        assert {p: p.read_bytes() for p in folder.glob(f"{SHOWN_PREFIX}*.txt")} == shown
    assert outs["200"] != outs["40"] and len(shown) == 2  # one rendering per console width
    # damaged (its description, its text, cut short): rendered again, and remembered again
    for damage in (lambda data: data[:70] + b"#" + data[71:],
                   lambda data: data[:-2] + bytes([data[-2] ^ 1]) + data[-1:],
                   lambda data: data[:-1]):
        for path in shown:
            path.write_bytes(damage(shown[path]))
        for columns in ("200", "40"):
            monkeypatch.setenv("COLUMNS", columns)
            cli(command)
            assert cli.out == _direct(cli, command, capsys)
        assert {p: p.read_bytes() for p in folder.glob(f"{SHOWN_PREFIX}*.txt")} == shown
    if command == "build":
        assert "warning" in direct and "0 page(s) rebuilt" in direct
    else:
        assert "(1 unchanged, skipped)" in direct.replace("\n", " ")


def test_a_quiet_no_op_prints_nothing_and_remembers_nothing(cli: Cli, workspace: Path) -> None:
    _recorded(cli, "extract", record=NOOP_EXTRACT)
    for path in (workspace / SHOWN).glob(f"{SHOWN_PREFIX}*.txt"):
        path.unlink()
    cli("extract", "-q")
    assert cli.out == ""
    assert not list((workspace / SHOWN).glob(f"{SHOWN_PREFIX}*.txt"))


def test_a_remembered_no_op_imports_no_rich(cli: Cli, workspace: Path) -> None:
    """Nor OpenSSL's hash library (~6-9 ms of a no-op's start-up): the record is compared
    byte for byte, the rendering checked by its CRC."""
    _recorded(cli, "build", record=NOOP_BUILD)
    code = ("import sys; from transpub.cli import main; code = main(['build']); "
            "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('rich', '_hashlib', 'hashlib'))))")
    first = subprocess.run([sys.executable, "-c", code], cwd=workspace, capture_output=True,
                           text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], cwd=workspace, capture_output=True,
                            text=True, check=True)
    assert first.stdout == second.stdout and "0 page(s) rebuilt" in first.stdout
    # (the recording build rendered it for pytest's captured stdout: another console)
    assert "rich.console" in first.stderr  # rendered, then remembered
    assert second.stderr == "[]"


@pytest.mark.parametrize(("command", "record"), [("build", NOOP_BUILD),
                                                  ("extract", NOOP_EXTRACT)])
def test_the_run_that_records_a_no_op_renders_what_it_will_print(
        cli: Cli, workspace: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, command: str, record: Path) -> None:
    """The first run with nothing to do finds its text remembered by the run before it."""
    import transpub.cli

    _recorded(cli, command, record=record)
    direct = _direct(cli, command, capsys)
    rendered: list[Path] = []
    real = transpub.cli._render_shown

    def spied(path: Path, ops: Any) -> str:
        rendered.append(path)
        return real(path, ops)

    monkeypatch.setattr(transpub.cli, "_render_shown", spied)
    cli(command)
    assert cli.out == direct and rendered == []


def _on_terminal(args: list[str], cwd: Path, columns: int) -> bytes:
    """What ``python args`` writes to a pseudo-terminal ``columns`` wide (colours on)."""
    import fcntl
    import pty
    import struct
    import termios

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR", "LINES")}
    env["TERM"] = "xterm-256color"
    # the package under test, not whichever one is installed (a relative PYTHONPATH would
    # name another tree from ``cwd``)
    import transpub

    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(transpub.__file__).resolve().parents[1]), *filter(None, [env.get("PYTHONPATH")])])
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, columns, 0, 0))
    proc = subprocess.Popen([sys.executable, *args], cwd=cwd, stdin=slave, stdout=slave,
                            stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # (EIO: the other end is closed)
            break
        if not chunk:
            break
        out += chunk
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    os.close(master)
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_a_terminal_the_remembered_rendering_is_what_rich_writes_there(
        cli: Cli, workspace: Path) -> None:
    _break_placeholder(workspace)
    _recorded(cli, "build", record=NOOP_BUILD)
    for path in (workspace / SHOWN).glob(f"{SHOWN_PREFIX}*.txt"):  # (made for capsys)
        path.unlink()
    for columns in (100, 60):
        direct = _on_terminal(["-c", _DIRECT, "build"], workspace, columns)
        assert b"\x1b[" in direct  # colours: a terminal's rendering
        rendered = _on_terminal(["-m", "transpub", "build"], workspace, columns)
        remembered = _on_terminal(["-m", "transpub", "build"], workspace, columns)
        assert rendered == direct and remembered == direct
    assert len(list((workspace / SHOWN).glob(f"{SHOWN_PREFIX}*.txt"))) == 2


def test_the_most_recent_renderings_are_kept(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transpub.cli import SHOWN_KEEP

    _recorded(cli, "extract", record=NOOP_EXTRACT)
    for columns in range(30, 30 + SHOWN_KEEP + 3):
        monkeypatch.setenv("COLUMNS", str(columns))
        cli("extract")
    assert len(list((workspace / SHOWN).glob(f"{SHOWN_PREFIX}*.txt"))) == SHOWN_KEEP


def test_every_cache_lives_in_one_folder() -> None:
    """The workspace's cache folder is named once (``statmemo.FOLDER``); the CLI keeps its own
    copy of the name (importing statmemo there would cost the start-up), held to it here."""
    from transpub import checkcache, checkreplay, noop, segcache, statmemo, workspace

    assert SHOWN == statmemo.FOLDER
    assert Path(checkcache.FOLDER) == Path(noop.FOLDER) == statmemo.FOLDER
    for path in (checkreplay.FOLDER, segcache.FOLDER, workspace.EXTRACT_CACHE,
                 workspace.NOOP_RECORD):
        assert path.parent == statmemo.FOLDER
