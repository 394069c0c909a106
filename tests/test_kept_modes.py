"""A file transpub replaces keeps its permissions (``fsutil._replaced_mode``).

A newsroom's shared checkout has its PO files group-writable (``chmod g+w``) whatever each
user's umask; a reviewer may make a finished one read-only. Writing through a temporary file
and a rename used to give the replacement the umask's mode (0644), so the next `extract`
took the group's write permission away (as gettext's ``msgmerge --update`` does not).
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from transpub.fsutil import staged_run, write_atomic

from conftest import Cli


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("staged", [False, True])
@pytest.mark.parametrize("mode", [0o664, 0o600, 0o444, 0o755])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, staged: bool, mode: int) -> None:
    target = tmp_path / "fr.po"
    target.write_bytes(b"old")
    target.chmod(mode)
    if staged:
        with staged_run([tmp_path]):
            assert write_atomic(target, b"new")
    else:
        assert write_atomic(target, b"new", compare=False)
    assert target.read_bytes() == b"new"
    assert _mode(target) == mode


@pytest.mark.usefixtures("umask")
def test_a_new_file_gets_the_umask_mode_and_set_id_bits_are_not_copied(tmp_path: Path) -> None:
    fresh = tmp_path / "new.po"
    assert write_atomic(fresh, b"x")
    assert _mode(fresh) == 0o644
    setgid = tmp_path / "setgid.po"
    setgid.write_bytes(b"old")
    setgid.chmod(0o2775)
    assert write_atomic(setgid, b"new")
    assert _mode(setgid) == 0o775


@pytest.mark.usefixtures("umask")
def test_extract_after_a_source_edit_keeps_a_group_writable_po_file(workspace: Path,
                                                                  cli: Cli) -> None:
    po = next((workspace / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))
    po.chmod(0o664)
    before = po.read_bytes()
    source = next((workspace / "source").glob("*.xml"))
    text = source.read_text(encoding="utf-8")
    edited = text.replace("Voronkov", "Voronkow", 1)
    assert edited != text
    source.write_text(edited, encoding="utf-8")
    cli("extract")
    assert po.read_bytes() != before  # (rewritten: the unit that changed went fuzzy)
    assert _mode(po) == 0o664


@pytest.mark.usefixtures("umask")
def test_a_linked_file_is_written_through_its_link(tmp_path: Path) -> None:
    """A PO file linked from another checkout (``ln -s``): the file it names is replaced and
    the link stays (it had become a file of its own, the other left as it was), whether or
    not the run stages its writes."""
    real = tmp_path / "elsewhere" / "fr.po"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o664)
    link = tmp_path / "ws" / "fr.po"
    link.parent.mkdir()
    link.symlink_to(real)
    assert write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new" and _mode(real) == 0o664
    with staged_run([tmp_path / "ws"]):
        assert write_atomic(link, b"newer")
    assert link.is_symlink() and real.read_bytes() == b"newer" and _mode(real) == 0o664
