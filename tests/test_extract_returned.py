"""An extract after translators returned some PO files merges those files only.

``workspace._extract_one`` leaves a PO file unmerged when its release's source and POT are
the ones the last extract recorded (extract.json's ``files`` rows, under the same code,
configuration and termbase) and the file holds the bytes that extract left in it. These
tests watch which files are merged (``update_catalog``, spied across forked workers through
a log file) and compare every output with ``extract --force`` (every file merged) on a copy.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub import workspace
from transpub.workspace import EXTRACT_CACHE

from conftest import Cli, msgfmt, sample_copies

LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def _extracted(tmp_path: Path, cli_factory: Callable[[Path], Cli], count: int,
               jobs: str = "1") -> tuple[Path, list[str], Cli]:
    """A workspace of ``count`` copies of the sample release with its real PO files (as
    ``benchmarks/ci_scope.py`` makes them), extracted once: (its root, the releases' names,
    a CLI there)."""
    names = [f"release-{n:03d}" for n in range(count)]
    root = sample_copies(tmp_path / "ws", names)
    cli = cli_factory(root)
    cli("extract", "--jobs", jobs)
    return root, names, cli


def _po(root: Path, lang: str, name: str) -> Path:
    return root / "locales" / lang / "LC_MESSAGES" / f"{name}.po"


def _all(*names: str) -> list[str]:
    """Every file of these releases: the POT rendered, each PO file merged."""
    return sorted(f"{lang}/{name}" for lang in ("pot", *LANGS) for name in names)


def _translate(path: Path, text: str) -> None:
    """What a translator's PO editor does: one translation changed, a comment added, the
    file saved by polib (its own wrapping)."""
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgid and e.msgstr and not e.obsolete)
    entry.msgstr = text
    entry.tcomment = "checked against the original"
    po.save(str(path))


@pytest.fixture
def merged(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[], list[str]]:
    """The PO files merged ("lang/name") and the POTs rendered ("pot/name") since the last
    call, in forked workers too."""
    log = tmp_path / "merged.log"
    log.touch()

    def spy(real: Callable[..., object], name: Callable[[Path], str]) -> Callable[..., object]:
        def spied(path: Path, *args: object, **kwargs: object) -> object:
            fd = os.open(log, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fd, f"{name(path)}\n".encode())
            finally:
                os.close(fd)
            return real(path, *args, **kwargs)
        return spied

    monkeypatch.setattr(workspace, "update_catalog", spy(
        workspace.update_catalog, lambda path: f"{path.parent.parent.name}/{path.stem}"))
    monkeypatch.setattr(workspace, "write_template", spy(
        workspace.write_template, lambda path: f"pot/{path.stem}"))

    def taken() -> list[str]:
        lines = sorted(log.read_text().split())
        log.write_text("")
        return lines
    return taken


def _same_as_forced(root: Path, tmp_path: Path, cli_factory: Callable[[Path], Cli],
                    before: Path) -> None:
    """``before`` (a copy of ``root`` made before its extract), extracted with ``--force``,
    holds the same locales as ``root``."""
    cli_factory(before)("extract", "--force", "--jobs", "1")
    compared = filecmp.dircmp(root / "locales", before / "locales")
    stack = [compared]
    while stack:
        node = stack.pop()
        assert not node.left_only and not node.right_only and not node.diff_files, node.left
        # (dircmp compares by stat first: the bytes themselves)
        for name in node.common_files:
            left, right = Path(node.left) / name, Path(node.right) / name
            assert left.read_bytes() == right.read_bytes(), left
        stack.extend(node.subdirs.values())


def test_a_returned_language_merges_that_language_only(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        merged: Callable[[], list[str]]) -> None:
    root, names, cli = _extracted(tmp_path, cli_factory, 3)
    merged()
    for name in names[:2]:
        _translate(_po(root, "fr", name), "Texte revu par le traducteur.")
    before = tmp_path / "before"
    shutil.copytree(root, before)
    cli("extract", "--jobs", "1")
    assert merged() == [f"fr/{names[0]}", f"fr/{names[1]}"]
    # the translator's work is in the file, as they saved it
    po = polib.pofile(str(_po(root, "fr", names[0])))
    assert any(e.msgstr == "Texte revu par le traducteur." and
               e.tcomment == "checked against the original" for e in po)
    assert subprocess.run([msgfmt(), "--check", "-o", "/dev/null",
                           str(_po(root, "fr", names[0]))], check=False).returncode == 0
    _same_as_forced(root, tmp_path, cli_factory, before)
    record = json.loads((root / EXTRACT_CACHE).read_text())
    assert sorted(record["files"]) == names
    assert all(len(row) == 8 * workspace.ROW_DIGITS for row in record["files"].values())


def test_what_a_merge_reads_changed_merges_every_file_it_concerns(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        merged: Callable[[], list[str]]) -> None:
    root, names, cli = _extracted(tmp_path, cli_factory, 3)
    merged()
    # a source edited: every language of that release, none of the others
    source = root / "source" / f"{names[1]}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Strategic Dialogue", "Strategic  Dialogue", 1), encoding="utf-8")
    cli("extract", "--jobs", "1")
    assert merged() == _all(names[1])
    # the termbase changed: every file (the notes of any unit may have changed)
    termbase = root / "locales" / "termbase.tbx"
    termbase.write_bytes(termbase.read_bytes() + b"\n")
    cli("extract", "--jobs", "1")
    assert merged() == _all(*names)
    # a translator who damaged an entry's msgid: that file is merged and mended (the unit's
    # entry back, its translation kept as a fuzzy draft of the damaged text), the others not
    path = _po(root, "ru", names[2])
    before = tmp_path / "before"
    text = path.read_text(encoding="utf-8")
    po = polib.pofile(text)
    victim = next(e for e in po if e.msgid and e.msgstr and not e.obsolete)
    path.write_text(text.replace(f'msgid "{victim.msgid}"', f'msgid "{victim.msgid} X"', 1),
                    encoding="utf-8")
    assert path.read_text(encoding="utf-8") != text
    shutil.copytree(root, before)
    cli("extract", "--jobs", "1")
    assert merged() == [f"ru/{names[2]}"]
    mended = polib.pofile(str(path))
    back = next(e for e in mended if e.msgid == victim.msgid and not e.obsolete)
    assert back.msgstr == victim.msgstr and back.fuzzy
    assert back.previous_msgid == f"{victim.msgid} X"
    _same_as_forced(root, tmp_path, cli_factory, before)
    merged()  # (the forced extract's)
    # a file deleted: made again
    _po(root, "zh", names[0]).unlink()
    cli("extract", "--jobs", "1")
    assert merged() == [f"zh/{names[0]}"]
    assert _po(root, "zh", names[0]).exists()
    # the POT deleted: written again, with every PO file of its release merged (their
    # headers name its creation date); its date edited by hand: the same
    (root / "locales" / f"{names[2]}.pot").unlink()
    cli("extract", "--jobs", "1")
    assert merged() == _all(names[2])
    pot = root / "locales" / f"{names[0]}.pot"
    text = pot.read_text(encoding="utf-8")
    dated = re.sub(r'"POT-Creation-Date: [^"]*\\n"',
                   '"POT-Creation-Date: 2020-01-01 00:00+0000\\n"', text)
    assert dated != text
    pot.write_text(dated, encoding="utf-8")
    cli("extract", "--jobs", "1")
    assert merged() == _all(names[0])
    date = re.compile(r'"POT-Creation-Date: [^"]*"')
    assert date.findall(_po(root, "fr", names[0]).read_text(encoding="utf-8")) == \
        date.findall(pot.read_text(encoding="utf-8"))


def test_a_record_of_other_code_or_settings_merges_every_file(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        merged: Callable[[], list[str]]) -> None:
    """A record whose ``common`` is not this run's (another version of transpub wrote it,
    or the configuration changed) lets no merge be skipped; nor does a damaged row."""
    root, names, cli = _extracted(tmp_path, cli_factory, 2)
    merged()
    record_path = root / EXTRACT_CACHE
    record = json.loads(record_path.read_text())
    record["common"] = "0" * 64
    record_path.write_text(json.dumps(record))
    _translate(_po(root, "es", names[0]), "Texto revisado.")
    cli("extract", "--jobs", "1")
    assert merged() == _all(names[0])
    # (the record holds rows of this run's own releases only: the others' were not made
    # under this run's ``common``)
    record = json.loads(record_path.read_text())
    assert sorted(record["files"]) == [names[0]]
    # the row of a release cut short: its files merged
    record["files"][names[0]] = record["files"][names[0]][:-1]
    record_path.write_text(json.dumps(record))
    _translate(_po(root, "ar", names[0]), "نص منقح.")
    cli("extract", "--jobs", "1")
    assert merged() == _all(names[0])


def test_forked_workers_skip_the_unchanged_files(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        merged: Callable[[], list[str]]) -> None:
    """A run large enough to fork workers (``PARALLEL_THRESHOLD`` releases): the rows reach
    them, and the result is the forced extract's."""
    root, names, cli = _extracted(tmp_path, cli_factory, workspace.PARALLEL_THRESHOLD + 4, jobs="2")
    merged()
    for name in names:
        _translate(_po(root, "zh", name), "译者修订的文本。")
    before = tmp_path / "before"
    shutil.copytree(root, before)
    cli("extract", "--jobs", "2")
    assert merged() == sorted(f"zh/{name}" for name in names)
    _same_as_forced(root, tmp_path, cli_factory, before)


def test_a_broken_returned_file_is_reported_and_the_others_left(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        merged: Callable[[], list[str]]) -> None:
    """Hostile input: a returned file that does not parse is named with its line, the run
    exits non-zero, the file keeps the translator's bytes, and the release's unchanged files
    are still left; a row of the right length that is not a digest lets nothing be skipped."""
    root, names, cli = _extracted(tmp_path, cli_factory, 2)
    merged()
    broken = _po(root, "ru", names[0])
    text = broken.read_text(encoding="utf-8")
    damaged = text.replace('msgstr "', 'msgstr "unterminated\n', 1)
    broken.write_text(damaged, encoding="utf-8")
    cli("extract", "--jobs", "1", expect=2)
    assert f"{names[0]}.po:" in cli.err and "Traceback" not in cli.err
    assert merged() == [f"ru/{names[0]}"]
    assert broken.read_text(encoding="utf-8") == damaged
    # the file back as the last extract left it: nothing to merge (the failed run recorded
    # nothing of its release)
    broken.write_text(text, encoding="utf-8")
    cli("extract", "--jobs", "1")
    assert merged() == []
    # a row of the right length whose digits are not the files' digests
    record_path = root / EXTRACT_CACHE
    record = json.loads(record_path.read_text())
    record["files"][names[1]] = "z" * len(record["files"][names[1]])
    record_path.write_text(json.dumps(record))
    _translate(_po(root, "es", names[1]), "Texto revisado.")
    cli("extract", "--jobs", "1")
    assert merged() == _all(names[1])
