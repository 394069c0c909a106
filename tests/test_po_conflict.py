"""Files as git and mail deliver them, named for what they are. A PO file two translators'
branches both changed, merged by git with the conflict left in it (``<<<<<<< HEAD`` …
``=======`` … ``>>>>>>> branch``): every command that reads it stops with one line naming the
file, the marker's line and what to do, exit 2, nothing written; so do a Git LFS pointer in
a clone that did not fetch the file, and a compiled MO file sent for its PO file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample, msgfmt

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _conflicted(ws: Path, base: bool) -> tuple[Path, int]:
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith('msgstr "M. Vladimir'))
    ours, theirs = lines[at], lines[at].replace("M. Vladimir", "Monsieur Vladimir")
    lines[at:at + 1] = ["<<<<<<< HEAD", ours, *(["||||||| base", ours] if base else []),
                        "=======", theirs, ">>>>>>> fr-review"]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize("base", [False, True])
@pytest.mark.parametrize("command", [("check",), ("build",), ("extract",), ("stats",),
                                     ("xliff", "export", "--lang", "fr")])
def test_a_merge_conflict_is_named(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                   command: tuple[str, ...], base: bool) -> None:
    ws = copy_sample(tmp_path)
    path, line = _conflicted(ws, base)
    before = path.read_bytes()
    cli = cli_factory(ws)
    cli(*command, expect=2)
    assert len(cli.err.strip().splitlines()) == 1
    assert cli.err.startswith(
        f"transpub: error: locales/fr/LC_MESSAGES/{RELEASE}.po:{line}: an unresolved merge "
        "conflict ('<<<<<<<' marker): keep one side of it, then commit the file again")
    assert path.read_bytes() == before
    assert not [p for p in (ws / "output").rglob("*") if p.is_file()]


@pytest.mark.parametrize(("name", "command"), [
    (f"source/{RELEASE}.xml", "extract"), ("locales/termbase.tbx", "check"),
    ("transpub.toml", "build")])
def test_a_conflict_in_a_source_or_the_termbase(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli],
                                                name: str, command: str) -> None:
    """The XML files and the configuration too: where the parser stumbles on the marker, the
    marker is named."""
    ws = copy_sample(tmp_path)
    path = ws / name
    lines = path.read_text(encoding="utf-8").split("\n")
    at = len(lines) // 2
    lines[at:at + 1] = ["<<<<<<< HEAD", lines[at], "=======", lines[at], ">>>>>>> other"]
    path.write_text("\n".join(lines), encoding="utf-8")
    cli = cli_factory(ws)
    cli(command, expect=2)
    assert cli.err.strip() == (f"transpub: error: {name}:{at + 1}: an unresolved merge "
                               "conflict ('<<<<<<<' marker): keep one side of it, then commit "
                               "the file again")


LFS = ("version https://git-lfs.github.com/spec/v1\n"
       "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
       "size 12345\n")


@pytest.mark.parametrize(("name", "command"), [
    (f"locales/fr/LC_MESSAGES/{RELEASE}.po", ("check",)),
    (f"source/{RELEASE}.xml", ("extract",)), ("locales/termbase.tbx", ("check",)),
    ("glossary.csv", ("termbase", "glossary.csv")),
    ("glossary.xlsx", ("termbase", "glossary.xlsx")),
    ("memory.tmx", ("tm", "import", "memory.tmx")),
    ("memory.sdltm", ("tm", "import", "memory.sdltm")),
    ("fr.xlf", ("xliff", "import", "fr.xlf")),
    *((f"release.{suffix}", ("import", f"release.{suffix}"))
      for suffix in ("txt", "md", "html", "docx", "odt", "pdf"))])
def test_a_git_lfs_pointer_is_named(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    name: str, command: tuple[str, ...]) -> None:
    """A file kept in Git LFS, in a clone that did not fetch it (a CI checkout without
    ``lfs: true``): its three-line pointer is named as such, not read as a malformed file of
    its kind (a TBX pointer had been read as a glossary without a header)."""
    ws = copy_sample(tmp_path)
    (ws / name).write_text(LFS, encoding="utf-8")
    cli = cli_factory(ws)
    cli(*command, expect=2)
    assert cli.err.strip() == (f"transpub: error: {name}:1: a Git LFS pointer, not the file "
                               "itself: fetch it (git lfs pull; in CI, check out with LFS)")


@pytest.mark.parametrize("command", ["check", "xliff import", "build"])
def test_a_compiled_mo_file_for_its_po_file(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                             command: str) -> None:
    """A translator sends the compiled ``.mo`` (Poedit writes one beside the PO file) for
    the ``.po``: named as such, where it was "not UTF-8" or "malformed XML"."""
    ws = copy_sample(tmp_path)
    po = ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"
    mo = tmp_path / "fr.mo"
    subprocess.run([msgfmt(), "-o", str(mo), str(po)], check=True)
    cli = cli_factory(ws)
    if command == "build":
        po.write_bytes(mo.read_bytes())
        cli("build", expect=2)
        named = f"locales/fr/LC_MESSAGES/{RELEASE}.po"
    else:
        cli(*command.split(), str(mo), expect=2)
        named = str(mo)
    assert cli.err.strip() == (f"transpub: error: {named}: a compiled gettext catalogue (.mo), "
                               "not a PO file: give the .po file it was compiled from")


def test_a_conflict_in_a_csv_glossary(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A text glossary's marker lines had been read as terms ("<<<<<<< HEAD" an English
    term, "=======" one warning): the conflict is named at its line."""
    path = tmp_path / "glossary.csv"
    path.write_text("en,fr\n<<<<<<< HEAD\nUnited Nations,Nations Unies\n=======\n"
                    "United Nations,ONU\n>>>>>>> review\n", encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("termbase", str(path), expect=2)
    assert cli.err.strip() == ("transpub: error: glossary.csv:2: an unresolved merge conflict "
                               "('<<<<<<<' marker): keep one side of it, then commit the file "
                               "again")
