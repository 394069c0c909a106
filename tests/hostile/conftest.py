"""The hostile-input harness: a translated, built workspace copied per case, and the promise
every case is held to (exit 2, one line naming the file, no traceback, no workspace file
changed, no translation lost)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import polib
import pytest

from transpub.fsutil import TMP_SUFFIX

from conftest import SAMPLE_TEXT, SLUG, Cli
from pseudo import pseudo_translate

CACHE_DIR = ".transpub-cache"
TRANSLATED = ("fr", "es", "ru", "ar", "zh")


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One workspace for the session: imported, extracted, translated in five languages (one
    entry left fuzzy), built. Each case works on a copy."""
    import os

    from transpub.cli import main

    base = tmp_path_factory.mktemp("hostile-template")
    old = Path.cwd()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1607472000")
    try:
        os.chdir(base)
        assert main(["-q", "init", "ws"]) == 0
        ws = base / "ws"
        os.chdir(ws)
        assert main(["-q", "import", str(SAMPLE_TEXT), "--slug", SLUG]) == 0
        assert main(["-q", "extract"]) == 0
        for lang in TRANSLATED:
            pseudo_translate(ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po", lang)
        fr = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
        po = polib.pofile(str(fr))
        po[-1].flags.append("fuzzy")
        po[-1].msgstr = "FUZZY DRAFT"
        po.save()
        assert main(["-q", "build"]) == 0
    finally:
        os.chdir(old)
    return base / "ws"


@pytest.fixture
def ws(_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(_template, target, symlinks=True)
    return target


@pytest.fixture
def hcli(ws: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(ws, capsys)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (temporary files included) and a digest of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def translations(ws: Path) -> set[tuple[str, str, str]]:
    """(file, msgctxt, msgstr) of every translation in the workspace, obsolete ones included."""
    found = set()
    for po_file in sorted((ws / "locales").glob("*/LC_MESSAGES/*.po")):
        if not po_file.is_file():
            continue
        try:
            entries = list(polib.pofile(str(po_file)))
        except (OSError, ValueError, KeyError):
            continue  # a case's broken file: its bytes are compared by tree() instead
        for entry in entries:
            if entry.msgstr:
                found.add((po_file.parent.parent.name, entry.msgctxt or "", entry.msgstr))
    return found


def assert_refused(cli: Cli, code: int, *names: str, contains: str = "") -> str:
    """Exit 2, exactly one ``transpub: error: FILE[:LINE]: message`` line on stderr naming
    one of ``names``, no traceback, nothing on it but that line."""
    assert code == 2, f"exit {code}\nstdout:\n{cli.out}\nstderr:\n{cli.err}"
    assert "Traceback" not in cli.err + cli.out
    assert "internal error" not in cli.err
    lines = [line for line in cli.err.splitlines() if line.strip()]
    assert len(lines) == 1, cli.err
    line = lines[0]
    assert line.startswith("transpub: error: "), line
    where = line[len("transpub: error: "):]
    location = where.split(": ")[0] + ":"
    assert any(location.startswith(n) or f"/{n}" in location for n in names), (
        f"the error does not name {names}: {line}")
    assert contains.lower() in line.lower(), f"{contains!r} not in {line}"
    return line


Snapshot = tuple[dict[str, str], set[tuple[str, str, str]]]


def snapshot(ws: Path) -> Snapshot:
    return tree(ws), translations(ws)


def _memo(name: str) -> bool:
    """A finished file of the workspace's cache (``.transpub-cache/``): a memo the command
    writes whole (atomically) before its outputs whenever the files it vouches for have
    settled (``statmemo.RACY_NS`` after they were written), so whether one appears during a
    refused run depends on how long the test took since it made the workspace, not on the
    fault. Temporary files stay counted, in the cache as anywhere."""
    return name.startswith(CACHE_DIR + "/") and TMP_SUFFIX not in name


def assert_untouched(ws: Path, before: Snapshot) -> None:
    """No workspace file changed (nor appeared, temporary files included), no translation
    lost."""
    files, kept = before
    after = tree(ws)
    changed = sorted(k for k in set(files) | set(after)
                     if files.get(k) != after.get(k) and not _memo(k))
    assert not changed, f"workspace files changed: {changed[:10]}"
    assert translations(ws) >= kept, "a translation was lost"
