"""The pre-commit hooks, run by the real pre-commit tool on a throw-away git repository.

pre-commit installs transpub from a clean copy of this repository (pip, from the local path) into
its own environment; the environment sees the already installed dependencies (babel, lxml...)
so that only the build backend may come from the package index. About 30 s on a 2-core machine
(two environments: try-repo's and the installed hook's).
Run only these with ``pytest -m precommit``; skip them with ``-m "not precommit"``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SLUG

pytestmark = pytest.mark.precommit
PO = Path("locales/fr/LC_MESSAGES") / f"{SLUG}.po"


def _tool() -> list[str]:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("pre-commit (the test extra) is required in CI")
        pytest.skip("pre-commit is not installed")
    return [sys.executable, "-m", "pre_commit"]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(PRE_COMMIT_HOME=str(home), VIRTUALENV_SYSTEM_SITE_PACKAGES="1",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org",
               PIP_DISABLE_PIP_VERSION_CHECK="1", NO_COLOR="1")
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, text=True, capture_output=True, check=False,
                          timeout=600)


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean git copy of this repository as it is on disk (committed or not)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("hooks") / "transpub"
    repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(REPO / name, repo / name)
    shutil.copytree(REPO / "src", repo / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    env = _env(repo)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "transpub"]):
        _run(["git", *args], repo, env).check_returncode()
    return repo


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A translation repository that has never used transpub's hooks."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy2(REPO / "transpub.toml", root / "transpub.toml")
    for name in ("source", "locales"):
        shutil.copytree(REPO / name, root / name)
    env = _env(tmp_path)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "releases"]):
        _run(["git", *args], root, env).check_returncode()
    return root


def _break(root: Path) -> None:
    path = root / PO
    path.write_text(path.read_text(encoding="utf-8").replace("9 décembre 2020",
                                                             "19 décembre 2020"),
                    encoding="utf-8")


def test_try_repo_stops_a_broken_translation_and_passes_a_good_one(
        hooks_repo: Path, project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    tool = _tool()
    env = _env(tmp_path_factory.getbasetemp() / "pre-commit-home")
    pristine = (project / PO).read_bytes()
    _break(project)
    _run(["git", "add", "-A"], project, env).check_returncode()
    for hook in ("transpub-check", "transpub-check-workspace"):
        done = _run([*tool, "try-repo", str(hooks_repo), hook], project, env)
        assert done.returncode == 1, done.stdout + done.stderr
        assert "TP201" in done.stdout and "19 décembre 2020" in done.stdout
    (project / PO).write_bytes(pristine)
    # a real, good change to a translation
    po = project / PO
    po.write_text(po.read_text(encoding="utf-8").replace("COMMUNIQUÉ DE PRESSE",
                                                         "Communiqué de presse"),
                  encoding="utf-8")
    _run(["git", "add", "-A"], project, env).check_returncode()
    for hook in ("transpub-check", "transpub-check-workspace"):
        done = _run([*tool, "try-repo", str(hooks_repo), hook], project, env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Passed" in done.stdout


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_installed_hook_blocks_the_commit_until_the_translation_is_fixed(
        hooks_repo: Path, project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """README's adoption story: hook, baseline of what is there, then only new problems fail."""
    tool = _tool()
    env = _env(tmp_path_factory.getbasetemp() / "pre-commit-home")
    # the repository already has a problem nobody will fix today: a baseline records it
    spanish = project / "locales/es/LC_MESSAGES" / f"{SLUG}.po"
    _replace(spanish, "Subsecretaria General", "Secretaria General Adjunta")
    subprocess.run([sys.executable, "-m", "transpub", "check", "--baseline",
                    "transpub-baseline.json", "--update-baseline"], cwd=project, check=True,
                   capture_output=True, env={**env, "PYTHONPATH": str(REPO / "src")})
    rev = _run(["git", "rev-parse", "HEAD"], hooks_repo, env).stdout.strip()
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks_repo}\n  rev: {rev}\n  hooks:\n  - id: transpub-check\n"
        "    args: [--baseline, transpub-baseline.json]\n"
        "  - id: transpub-validate\n", encoding="utf-8")
    _run(["git", "add", "-A"], project, env).check_returncode()
    _run(["git", "commit", "-qm", "adopt transpub's hooks", "--no-verify"], project,
         env).check_returncode()
    _run([*tool, "install"], project, env).check_returncode()
    pristine = (project / PO).read_bytes()

    _break(project)
    _run(["git", "add", "-A"], project, env).check_returncode()
    done = _run(["git", "commit", "-m", "fr: a wrong date"], project, env)
    # git shows a hook's output on stderr
    assert done.returncode != 0 and "TP201" in done.stderr, done.stdout + done.stderr
    assert _run(["git", "status", "--porcelain"], project, env).stdout.strip()  # not committed

    # a source file that breaks the schema is stopped by transpub-validate
    (project / PO).write_bytes(pristine)
    source = project / "source" / f"{SLUG}.xml"
    good_source = source.read_bytes()
    source.write_bytes(good_source.replace(b"<meta>", b"<meta><bogus/>", 1))
    _run(["git", "add", "-A"], project, env).check_returncode()
    done = _run(["git", "commit", "-m", "source: broken"], project, env)
    assert done.returncode != 0 and "transpub validate" in done.stderr
    assert f"{SLUG}.xml:" in done.stderr

    # good edits pass, in the Spanish file too: its known problem is in the baseline
    source.write_bytes(good_source)
    _replace(project / PO, "COMMUNIQUÉ DE PRESSE", "Communiqué de presse")
    _replace(spanish, "COMUNICADO DE PRENSA", "Comunicado de prensa")
    _run(["git", "add", "-A"], project, env).check_returncode()
    done = _run(["git", "commit", "-m", "fr, es: label in sentence case"], project, env)
    assert done.returncode == 0, done.stdout + done.stderr
    log = _run(["git", "log", "--format=%s"], project, env).stdout
    assert "fr, es: label in sentence case" in log and "a wrong date" not in log
    # a new problem in that file is stopped
    _replace(spanish, "9 de diciembre de 2020", "19 de diciembre de 2020")
    _run(["git", "add", "-A"], project, env).check_returncode()
    done = _run(["git", "commit", "-m", "es: a wrong date"], project, env)
    assert done.returncode != 0 and "TP201" in done.stderr and "TP101" not in done.stderr
