"""Shared fixtures: the sample release, a fresh workspace, and the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from transpub.cli import main

# The suite runs in parallel (pytest-xdist, ``-n auto`` in pyproject.toml) on machines of any
# speed: how long one generated example takes is not what a property test tests, and a
# deadline would fail it on a busy or slow machine (explicit ``@settings`` inherit this).
settings.register_profile("transpub", deadline=None)
settings.load_profile("transpub")

DATA = Path(__file__).parent / "data"
SAMPLE_TEXT = DATA / "unoct-qatar-2020.txt"
REPO = Path(__file__).parent.parent
SLUG = "unoct-qatar-strategic-dialogue-2020"


@pytest.fixture(scope="session")
def _user_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's cache folder of the test session (``recache``): not the home folder's."""
    return tmp_path_factory.mktemp("user-cache")


@pytest.fixture(autouse=True)
def _fixed_epoch(monkeypatch: pytest.MonkeyPatch, _user_cache: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1607472000")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("XDG_CACHE_HOME", str(_user_cache))


class Cli:
    """Runs ``transpub`` in-process, as a user would type it, and keeps its output."""

    def __init__(self, cwd: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.cwd = cwd
        self.capsys = capsys
        self.out = ""
        self.err = ""

    def __call__(self, *args: str, expect: int | None = 0) -> int:
        old = Path.cwd()
        os.chdir(self.cwd)
        try:
            code = main(list(args))
        finally:
            os.chdir(old)
        captured = self.capsys.readouterr()
        self.out, self.err = captured.out, captured.err
        if expect is not None:
            assert code == expect, f"exit {code}\nstdout:\n{self.out}\nstderr:\n{self.err}"
        return code


@pytest.fixture
def umask() -> Iterator[None]:
    """The umask 022 for the test (which may set another), the process's own after it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """An initialised workspace holding the imported and extracted sample."""
    cli = Cli(tmp_path, capsys)
    cli("init", "ws")
    ws = tmp_path / "ws"
    cli.cwd = ws
    cli("import", str(SAMPLE_TEXT), "--slug", SLUG)
    cli("extract")
    return ws


@pytest.fixture
def cli_factory(capsys: pytest.CaptureFixture[str]) -> Callable[[Path], Cli]:
    return lambda cwd: Cli(cwd, capsys)


@pytest.fixture
def cli(workspace: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(workspace, capsys)


def review_exported(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                    kind: str) -> tuple[Path, Cli, Path]:
    """A copy of the sample workspace and its review file written by ``transpub review
    --xlsx`` or ``--docx`` (``kind``): the workspace, its CLI and the file."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("review", f"--{kind}")
    written = ws / "review" / f"{SLUG}.{kind}"
    assert f"review/{SLUG}.{kind}: 18 units" in cli.out
    return ws, cli, written


def copy_sample(tmp_path: Path, output: bool = False) -> Path:
    """A copy of this repository's own workspace (config, sources, PO files; ``output`` too)."""
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy2(REPO / "transpub.toml", copy / "transpub.toml")
    for name in ("source", "locales", *(("output",) if output else ())):
        shutil.copytree(REPO / name, copy / name)
    return copy


def sample_copies(root: Path, names: Iterable[str]) -> Path:
    """A workspace at ``root`` of copies of the sample release under other ids (``names``),
    each with the sample's real PO files: the configuration and the termbase as the
    repository has them."""
    (root / "source").mkdir(parents=True)
    shutil.copy2(REPO / "transpub.toml", root / "transpub.toml")
    (root / "locales").mkdir()
    shutil.copy2(REPO / "locales" / "termbase.tbx", root / "locales" / "termbase.tbx")
    text = (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    for name in names:
        (root / "source" / f"{name}.xml").write_text(text.replace(f'id="{SLUG}"', f'id="{name}"'),
                                                     encoding="utf-8")
        for lang in ("ar", "zh", "en", "fr", "ru", "es"):
            folder = root / "locales" / lang / "LC_MESSAGES"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po",
                         folder / f"{name}.po")
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The sample workspace, copied (no built outputs)."""
    return copy_sample(tmp_path)


def run_subprocess(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed console script in a real subprocess (the way CI calls it)."""
    return subprocess.run([sys.executable, "-m", "transpub", *args], cwd=cwd, text=True,
                          capture_output=True, check=False)


def required_tool(command: str, name: str) -> str:
    """The path of a program the tests run for real: CI must have it (.ci/run installs it);
    elsewhere a test without it is skipped."""
    tool = shutil.which(command)
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return tool


def msgfmt() -> str:
    return required_tool("msgfmt", "GNU gettext's msgfmt")
