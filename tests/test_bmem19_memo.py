"""The stat memo as a large build's main process writes it (issue 13, memory): the same fact
kept again leaves the memo unwritten (a rebuild of unchanged inputs joins no 3 MB of text), a
changed one is written, and a memo of another size is written without reading the old one."""

from __future__ import annotations

import json
import os
from pathlib import Path

from transpub import statmemo
from transpub.statmemo import StatMemo


def _kept(memo: StatMemo, files: list[Path], digest: str) -> None:
    for number, path in enumerate(files):
        memo.keep(os.fspath(path), "sha256", digest * 64, (number, 2, 3, 4, 5))


def test_the_same_facts_kept_again_leave_the_memo_unwritten(tmp_path: Path) -> None:
    files = [tmp_path / name for name in ("a", "b")]
    for path in files:
        path.write_bytes(b"x")
    memo_path = tmp_path / "memo.json"
    first = StatMemo(memo_path)
    _kept(first, files, "0")
    assert first.changed
    first.save()
    written = memo_path.read_bytes()
    memo_path.write_bytes(written + b" ")  # (a rewrite would take the space away)
    again = StatMemo(memo_path)
    _kept(again, files, "0")
    assert not again.changed
    again.save()
    assert memo_path.read_bytes() == written + b" "
    changed = StatMemo(memo_path)
    _kept(changed, files, "1")
    assert changed.changed
    changed.save()
    expected = json.dumps({"version": statmemo.__version__, "files": dict(
        sorted(changed.entries.items()))}, separators=(",", ":")).encode()
    assert memo_path.read_bytes() == expected
    assert len(expected) == len(written)  # (the same size: compared, and written)
    fewer = StatMemo(memo_path)
    files[1].unlink()
    fewer.keep(os.fspath(files[0]), "sha256", "2" * 64, (0, 2, 3, 4, 5))
    fewer.save()
    assert json.loads(memo_path.read_bytes())["files"] == {
        f"sha256:{files[0]}": [0, 2, 3, 4, 5, "2" * 64]}
