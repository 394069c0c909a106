"""File-system faults and unlucky paths: a full disk, a folder that cannot be written, a folder
where a file belongs, an output path that is a folder, ``init`` on a file, a stale temporary
file from a killed run. Build and extract replace every file of the run or none."""

from __future__ import annotations

import os
from pathlib import Path

import polib
import pytest

from transpub.fsutil import FAULT_ENV, TMP_SUFFIX

from .conftest import assert_refused, assert_untouched, snapshot
from conftest import SLUG, Cli

FR = Path("locales") / "fr" / "LC_MESSAGES" / f"{SLUG}.po"


def _retranslate(ws: Path) -> None:
    """Change every target language's PO, so a build has pages to write in all of them."""
    for po_file in sorted((ws / "locales").glob("*/LC_MESSAGES/*.po")):
        po = polib.pofile(str(po_file))
        for entry in po:
            if entry.msgstr:
                entry.msgstr += " (rev.)"
        po.save()


def _edit_source(ws: Path) -> None:
    """Change the source, so an extract has a POT and six PO files to write."""
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("</body>", '<p id="pnew">A new paragraph was added.</p>'
                                   "</body>", 1), encoding="utf-8")


# every n-th write of the run fails: the first, one in the middle, the last (the manifest)
@pytest.mark.parametrize("nth", [1, 2, 5, 9, 13])
@pytest.mark.parametrize("errno_name", ["ENOSPC", "EACCES", "EROFS", "EIO", "EDQUOT"])
def test_build_fault_replaces_nothing(ws: Path, hcli: Cli, monkeypatch: pytest.MonkeyPatch,
                                      nth: int, errno_name: str) -> None:
    _retranslate(ws)
    before = snapshot(ws)
    monkeypatch.setenv(FAULT_ENV, f"{errno_name}:{nth}")
    code = hcli("build", expect=None)
    assert_refused(hcli, code, "output/", contains="cannot write")
    assert_untouched(ws, before)
    monkeypatch.delenv(FAULT_ENV)
    hcli("build")  # the next run does it all
    assert "(REV.)" in (ws / "output" / "ru" / f"{SLUG}.html").read_text(encoding="utf-8") \
        or "(rev.)" in (ws / "output" / "ru" / f"{SLUG}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("nth", [1, 3, 7])
@pytest.mark.parametrize("errno_name", ["ENOSPC", "EACCES", "EIO"])
def test_extract_fault_replaces_nothing(ws: Path, hcli: Cli, monkeypatch: pytest.MonkeyPatch,
                                        nth: int, errno_name: str) -> None:
    _edit_source(ws)
    before = snapshot(ws)
    monkeypatch.setenv(FAULT_ENV, f"{errno_name}:{nth}")
    code = hcli("extract", expect=None)
    assert_refused(hcli, code, "locales/", contains="cannot write")
    assert_untouched(ws, before)
    monkeypatch.delenv(FAULT_ENV)
    hcli("extract")
    assert "A new paragraph" in (ws / FR).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["ar", "fr", "zh"])
def test_one_language_folder_not_writable(ws: Path, hcli: Cli, monkeypatch: pytest.MonkeyPatch,
                                          lang: str) -> None:
    _retranslate(ws)
    before = snapshot(ws)
    monkeypatch.setenv(FAULT_ENV, f"EACCES:/output/{lang}/")
    code = hcli("build", expect=None)
    assert_refused(hcli, code, f"output/{lang}/", contains="not writable")
    assert_untouched(ws, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
@pytest.mark.parametrize(("command", "folder"), [("build", "output/fr"), ("extract", "locales"),
                                                 ("extract", "locales/fr/LC_MESSAGES")])
def test_read_only_folder(ws: Path, hcli: Cli, command: str, folder: str) -> None:
    _retranslate(ws)
    _edit_source(ws)
    before = snapshot(ws)
    (ws / folder).chmod(0o555)
    try:
        code = hcli(command, expect=None)
    finally:
        (ws / folder).chmod(0o755)
    assert_refused(hcli, code, folder)
    assert_untouched(ws, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_read_only_source_folder_on_import(ws: Path, hcli: Cli) -> None:
    from conftest import SAMPLE_TEXT

    (ws / "source").chmod(0o555)
    try:
        code = hcli("import", str(SAMPLE_TEXT), "--slug", "other", expect=None)
    finally:
        (ws / "source").chmod(0o755)
    assert_refused(hcli, code, "source/")


def test_import_into_unwritable_source(ws: Path, hcli: Cli,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SAMPLE_TEXT

    before = snapshot(ws)
    monkeypatch.setenv(FAULT_ENV, "EROFS:/source/")
    code = hcli("import", str(SAMPLE_TEXT), "--slug", "other", expect=None)
    assert_refused(hcli, code, "source/other.xml", contains="cannot write")
    assert_untouched(ws, before)


@pytest.mark.parametrize("command", ["build", "extract", "check", "stats"])
def test_po_path_is_a_folder(ws: Path, hcli: Cli, command: str) -> None:
    (ws / FR).unlink()
    (ws / FR).mkdir()
    before = snapshot(ws)
    code = hcli(command, expect=None)
    if command == "extract":  # the other languages are still updated; this one is named
        assert code == 2 and "Traceback" not in hcli.err
        assert f"{FR}" in hcli.err
        assert (ws / FR).is_dir()
        return
    assert_refused(hcli, code, str(FR))
    assert_untouched(ws, before)


@pytest.mark.parametrize("args", [
    ("check", "-o", "output"), ("check", "--format", "json", "-o", "output"),
    ("check", "--format", "sarif", "-o", "."), ("check", "--format", "junit", "-o", "locales"),
    ("tm", "export", "output"), ("tm", "export", "."),
    ("check", "-o", "transpub.toml/report.txt"),
])
def test_output_is_a_folder(ws: Path, hcli: Cli, args: tuple[str, ...]) -> None:
    before = snapshot(ws)
    code = hcli(*args, expect=None)
    assert_refused(hcli, code, args[-1].split("/")[0])
    assert_untouched(ws, before)


def test_init_on_a_file(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "afile").write_text("keep me\n", encoding="utf-8")
    cli = cli_factory(tmp_path)
    code = cli("init", "afile", expect=None)
    assert_refused(cli, code, "afile", contains="not a folder")
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep me\n"


def test_init_where_a_subfolder_is_a_file(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "source").write_text("x", encoding="utf-8")
    cli = cli_factory(tmp_path)
    code = cli("init", "ws", expect=None)
    assert_refused(cli, code, "ws/source", contains="not a folder")
    assert not (tmp_path / "ws" / "transpub.toml").exists()


def test_init_twice(ws: Path, hcli: Cli) -> None:
    before = snapshot(ws)
    code = hcli("init", ".", expect=None)
    assert_refused(hcli, code, "transpub.toml", contains="already exists")
    assert_untouched(ws, before)


@pytest.mark.parametrize("command", ["build", "extract"])
def test_stale_temporary_files_are_removed(ws: Path, hcli: Cli, command: str) -> None:
    dead = 2 ** 22 + 12345  # above any default pid_max: no such process
    stale = [ws / "output" / "fr" / f".{SLUG}.html.{dead}-abcd{TMP_SUFFIX}",
             ws / "locales" / "fr" / "LC_MESSAGES" / f".{SLUG}.po.{dead}-ef01{TMP_SUFFIX}",
             ws / "output" / f".index.html.{dead}-0000{TMP_SUFFIX}"]
    for path in stale:
        path.write_bytes(b"half a page")
    hcli(command)
    root = "output" if command == "build" else "locales"
    assert not [p for p in stale if p.exists() and root in p.parts]


def test_strict_build_stopping_on_the_second_release_writes_nothing(
        ws: Path, hcli: Cli) -> None:
    from conftest import SAMPLE_TEXT

    hcli("import", str(SAMPLE_TEXT), "--slug", "zz-second")
    hcli("extract")
    _retranslate(ws)
    po_file = ws / "locales" / "fr" / "LC_MESSAGES" / "zz-second.po"
    po = polib.pofile(str(po_file))
    broken = next(e for e in po if "<a1>" in e.msgid or "<x1/>" in e.msgid)
    broken.msgstr = "placeholders dropped"
    po.save()
    before = snapshot(ws)
    code = hcli("build", "--strict", "-j", "1", expect=None)
    assert_refused(hcli, code, "locales/fr/LC_MESSAGES/zz-second.po")
    assert_untouched(ws, before)
