"""Real validators on real outputs: the Nu Html Checker on every built page."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, Cli
from pseudo import pseudo_translate


def _vnu() -> list[str]:
    jar = os.environ.get("VNU_JAR")
    if not jar:
        npm = shutil.which("npm")
        if npm:
            root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True,
                                  check=False).stdout.strip()
            candidate = Path(root) / "vnu-jar" / "build" / "dist" / "vnu.jar"
            jar = str(candidate) if candidate.is_file() else None
    java = shutil.which("java")
    if not jar or not java:
        if os.environ.get("CI"):
            pytest.fail("the Nu Html Checker (npm vnu-jar) and Java are required in CI")
        pytest.skip("the Nu Html Checker (npm vnu-jar) or Java is not installed")
    return [java, "-jar", jar]


def _check(pages: list[Path]) -> list[dict[str, object]]:
    # one JVM for all pages: start-up is most of the cost (MEASURED.md)
    result = subprocess.run([*_vnu(), "--errors-only", "--format", "json", *map(str, pages)],
                            capture_output=True, text=True, check=False)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [m for m in messages if m.get("type") == "error"]


def test_sample_pages_and_pseudo_pages_pass_the_nu_checker(workspace: Path, cli: Cli) -> None:
    for lang in ("ar", "zh", "fr", "ru", "es", "en"):
        pseudo_translate(workspace / "locales" / lang / "LC_MESSAGES" /
                         "unoct-qatar-strategic-dialogue-2020.po", lang)
    cli("build")
    pages = sorted((REPO / "output").glob("*/*.html")) + sorted(
        (workspace / "output").glob("*/*.html"))
    assert len(pages) == 24
    errors = _check(pages)
    assert errors == [], errors
