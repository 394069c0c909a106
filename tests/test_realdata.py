"""The finder of third-party data files (tests/realdata.py): where it looks, what it skips, and
that a file which is not the one its manifest describes fails the test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import realdata
from conftest import REPO

JUNIT = "tests/schemas/junit-10.xsd"


def test_every_manifest_lists_files_with_a_sha256() -> None:
    files = realdata.manifest()
    for name in realdata.MANIFESTS:
        assert any(listing == name for _, listing in files.values()), name
    assert files[JUNIT][1] == "tests/schemas/README.md"
    assert len(realdata.listed("tests/data/real/tmx", ".tmx")) == 31


def test_the_root_is_the_variable_then_shared_then_the_local_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "clone"
    repo.mkdir()
    monkeypatch.setattr(realdata, "REPO", repo)
    monkeypatch.delenv(realdata.ENV, raising=False)
    assert realdata.root() == repo / "tests" / ".real-data"
    (tmp_path / "shared" / "real-data").mkdir(parents=True)
    assert realdata.root() == tmp_path / "shared" / "real-data"
    monkeypatch.setenv(realdata.ENV, str(tmp_path / "mine"))
    assert realdata.root() == tmp_path / "mine"


def test_an_absent_file_skips_naming_its_manifest(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(realdata.ENV, str(tmp_path))
    with pytest.raises(realdata.Missing, match=r"tests/schemas/README\.md.*junit-10\.xsd"):
        realdata.locate(JUNIT)
    with pytest.raises(pytest.skip.Exception, match=r"read tests/schemas/README\.md"):
        realdata.path(JUNIT)
    assert realdata.listed("tests/schemas", ".xsd") == ["junit-10.xsd"]  # known even so
    with pytest.raises(KeyError):
        realdata.locate("tests/schemas/unlisted.xsd")


def test_a_different_file_fails_the_test(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(realdata.ENV, str(tmp_path))
    (tmp_path / "tests" / "schemas").mkdir(parents=True)
    (tmp_path / JUNIT).write_text("<xs:schema/>\n", encoding="utf-8")
    with pytest.raises(realdata.Mismatch, match="not the file the tests' expectations"):
        realdata.locate(JUNIT)
    with pytest.raises(pytest.fail.Exception, match=r"tests/schemas/README\.md lists"):
        realdata.path(JUNIT)


def test_the_installed_catalogues_are_found_without_importing_them() -> None:
    code = ("import sys; sys.path.insert(0, 'tests'); import realdata; "
            "po = realdata.installed_po('django', 'conf/locale', 'fr'); "
            "print(po.is_file(), po.parts[-3:], 'django' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "True ('fr', 'LC_MESSAGES', 'django.po') False", done
