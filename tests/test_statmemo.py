"""The stat memo: a rebuild with nothing changed reads no input, and nothing it remembers can
hide a change (an edit that keeps size and modification time, a damaged memo, a new file with
an old id)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import SLUG, Cli

from transpub import statmemo
from transpub.statmemo import StatMemo


@pytest.fixture(autouse=True)
def _no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # files written by the test are younger than the racy window: without this the memo would
    # keep nothing and the tests would not exercise what it trusts
    monkeypatch.setattr(statmemo, "RACY_NS", 0)


def _po(workspace: Path, lang: str = "fr") -> Path:
    return workspace / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


def _translate_first(po: Path, text: str) -> None:
    lines = po.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("msgid ") and line != 'msgid ""' and lines[i + 1] == 'msgstr ""':
            lines[i + 1] = f"msgstr {json.dumps(text, ensure_ascii=False)}"
            break
    po.write_text("\n".join(lines), encoding="utf-8")


def test_a_remembered_file_is_not_read_again(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"one")
    memo = StatMemo(tmp_path / "memo.json")
    calls: list[bytes] = []
    assert memo.fact(str(target), "k", lambda d: calls.append(d) or len(d)) == 3
    memo.save()
    again = StatMemo(tmp_path / "memo.json")
    assert again.fact(str(target), "k", lambda d: calls.append(d) or -1) == 3
    assert calls == [b"one"]


def test_an_edit_that_keeps_size_and_mtime_is_seen(tmp_path: Path) -> None:
    """The change time is part of the stamp: restoring the modification time (an editor, a
    checkout, ``touch -r``) does not make an edited file look remembered."""
    target = tmp_path / "a.txt"
    target.write_bytes(b"one")
    memo = StatMemo(tmp_path / "memo.json")
    assert memo.digest(str(target)) != "-"
    memo.save()
    stat = target.stat()
    target.write_bytes(b"two")
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = StatMemo(tmp_path / "memo.json")
    import hashlib

    assert again.digest(str(target)) == hashlib.sha256(b"two").hexdigest()


def test_a_file_read_inside_the_racy_window_is_not_remembered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statmemo, "RACY_NS", 3_000_000_000)
    target = tmp_path / "a.txt"
    target.write_bytes(b"one")
    memo = StatMemo(tmp_path / "memo.json")
    memo.digest(str(target))
    assert not memo.entries


@pytest.mark.parametrize("damage", [b"", b"{", b"[]", b'{"version": "0", "files": {}}',
                                    b'{"version": null, "files": 3}'])
def test_a_damaged_memo_is_an_empty_one(tmp_path: Path, damage: bytes) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"one")
    (tmp_path / "memo.json").write_bytes(damage)
    memo = StatMemo(tmp_path / "memo.json")
    assert memo.fact(str(target), "k", len) == 3


def test_rebuild_after_a_same_size_edit_with_the_old_mtime(cli: Cli, workspace: Path) -> None:
    cli("build")
    cli("build")  # the memo now holds every input
    assert (workspace / ".transpub-cache" / "stat-inputs.json").exists()
    po = _po(workspace)
    _translate_first(po, "AAAA")
    cli("build")
    stat = po.stat()
    page = workspace / "output" / "fr" / f"{SLUG}.html"
    assert "AAAA" in page.read_text(encoding="utf-8")
    text = po.read_text(encoding="utf-8").replace('msgstr "AAAA"', 'msgstr "BBBB"', 1)
    po.write_text(text, encoding="utf-8")
    os.utime(po, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert po.stat().st_size == stat.st_size and po.stat().st_mtime_ns == stat.st_mtime_ns
    cli("build")
    assert "BBBB" in page.read_text(encoding="utf-8")


def test_a_damaged_memo_does_not_hide_a_change(cli: Cli, workspace: Path) -> None:
    cli("build")
    cli("build")
    memo = workspace / ".transpub-cache" / "stat-inputs.json"
    data = json.loads(memo.read_text(encoding="utf-8"))
    # a memo that claims the current stamp of the PO file with a wrong digest would hide the
    # edit; one written for another file's content must not (it is keyed by path and stamp)
    _translate_first(_po(workspace), "CCCC")
    for key in data["files"]:
        data["files"][key][0] = -1  # every stamp wrong: all misses
    memo.write_text(json.dumps(data), encoding="utf-8")
    cli("build")
    page = workspace / "output" / "fr" / f"{SLUG}.html"
    assert "CCCC" in page.read_text(encoding="utf-8")


def test_duplicate_ids_are_still_refused_once_ids_are_remembered(cli: Cli,
                                                                  workspace: Path) -> None:
    cli("build")
    cli("build")
    assert (workspace / ".transpub-cache" / "stat-release-ids.json").exists()
    source = next((workspace / "source").glob("*.xml"))
    (workspace / "source" / "copy.xml").write_bytes(source.read_bytes())
    code = cli("build", expect=None)
    assert code == 2
    assert "is also the id of" in cli.err


def test_a_hand_edited_memo_cannot_hide_a_duplicate_id(cli: Cli, workspace: Path) -> None:
    cli("build")  # the build's memo of ids (an extract takes them from what it parses)
    source = next((workspace / "source").glob("*.xml"))
    (workspace / "source" / "copy.xml").write_bytes(source.read_bytes())
    assert cli("build", expect=None) == 2
    memo = workspace / ".transpub-cache" / "stat-release-ids.json"
    data = json.loads(memo.read_text(encoding="utf-8"))
    for key in data["files"]:
        data["files"][key][4] = 7  # not an id: the memo must read the file again
    memo.write_text(json.dumps(data), encoding="utf-8")
    assert cli("build", expect=None) == 2
    assert "is also the id of" in cli.err


def test_a_killed_runs_cache_temporaries_are_swept_by_the_next_build(cli: Cli,
                                                                    workspace: Path) -> None:
    """A run killed while its stat memo was staged leaves ``.stat-*.json.<owner>.transpub-tmp``
    in the cache folder, which no command's own sweep (output/, locales/) reaches: the next
    build removes a dead owner's, keeps a running process's, and never a subfolder's."""
    cli("build")
    cache = workspace / ".transpub-cache"
    dead = cache / ".stat-inputs.json.999999999-deadbeef.transpub-tmp"
    alive = cache / f".stat-inputs.json.{os.getppid()}-cafecafe.transpub-tmp"
    deeper = cache / "sub" / ".x.json.999999999-deadbeef.transpub-tmp"
    deeper.parent.mkdir(parents=True, exist_ok=True)
    for path in (dead, alive, deeper):
        path.write_bytes(b"{")
    _translate_first(_po(workspace), "Une phrase.")
    cli("build")
    assert not dead.exists()
    assert alive.exists() and deeper.exists()


def test_save_drops_files_gone_and_keeps_what_the_run_saw(tmp_path: Path) -> None:
    """``save`` asks the file system only about entries the run did not see: an entry of a
    deleted file goes, one the run read, or took from a worker (``keep``), stays."""
    files = {name: tmp_path / f"{name}.txt" for name in ("read", "kept", "gone", "idle")}
    for path in files.values():
        path.write_bytes(b"x")
    memo = StatMemo(tmp_path / "memo.json")
    for path in files.values():
        memo.digest(str(path))
    memo.save()
    files["gone"].unlink()
    again = StatMemo(tmp_path / "memo.json")
    assert again.digest(str(files["read"])) != "-"
    current = statmemo.judge(files["kept"].stat(), 2**62, files["kept"].stat())
    assert current is not None
    again.keep(str(files["kept"]), "sha256", "k" * 64, current)
    again.save()
    raw = (tmp_path / "memo.json").read_text()
    assert raw == json.dumps(json.loads(raw), separators=(",", ":"))  # written entry by entry
    kept = json.loads(raw)["files"]
    assert sorted(key.rsplit("/", 1)[1] for key in kept) == ["idle.txt", "kept.txt", "read.txt"]
    assert kept[f"sha256:{files['kept']}"][-1] == "k" * 64


def test_a_file_changed_while_it_was_read_is_not_judged_rememberable(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"one")
    before = target.stat()
    target.write_bytes(b"three")
    assert statmemo.judge(before, 2**62, target.stat()) is None
    assert statmemo.judge(before, 2**62, before) == statmemo.stamp(before)


def test_a_stamp_the_run_already_took_spares_the_stat(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``fact(..., known=stamp)``: the check passes the stat its scan of the inputs took; a
    remembered value under that stamp needs no ``stat`` of its own, any other stamp (the file
    changed since it was remembered) is looked at and read as usual."""
    target = tmp_path / "a.txt"
    target.write_bytes(b"one")
    memo = StatMemo(tmp_path / "memo.json")
    assert memo.fact(str(target), "k", len) == 3
    scanned = statmemo.stamp(target.stat())
    stats: list[object] = []
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda *a, **k: stats.append(a) or real_stat(*a, **k))
    assert memo.fact(str(target), "k", lambda _d: -1, known=scanned) == 3
    assert stats == []
    target.write_bytes(b"three")  # a new size: the scan's stamp of it is another
    now = statmemo.stamp(real_stat(target))
    assert memo.fact(str(target), "k", len, known=now) == 5 and len(stats) == 1
    # a stamp the memo does not hold (a stale one) is never taken for the file's
    assert memo.fact(str(target), "k", lambda _d: -2, known=scanned) == 5


_VALUES = st.one_of(
    st.tuples(st.lists(st.integers(-2**70, 2**70), min_size=5, max_size=5),
              st.text()).map(lambda pair: [*pair[0], pair[1]]),
    st.lists(st.one_of(st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False),
                       st.text(max_size=5)), max_size=7))


@given(_VALUES)
@settings(max_examples=300, deadline=None)
def test_memo_entries_are_written_as_json_dumps_writes_them(value: list[object]) -> None:
    """The entry template (five integers and a string) gives json's own bytes; any other
    shape is json's."""
    assert statmemo._entry_json(value) == json.dumps(value, separators=(",", ":")).encode()


def test_a_saved_memo_is_the_json_of_its_entries(tmp_path: Path) -> None:
    memo = StatMemo(tmp_path / "memo.json")
    files = [tmp_path / name for name in ("a", "é ü", 'q"uote', "联合国")]
    for number, path in enumerate(files):
        path.write_bytes(b"x" * number)
        memo.keep(os.fspath(path), "sha256", f"{number:064x}", (number, 2, 3, 4, 5))
    memo.keep(os.fspath(files[0]), "id", True, (1, 2, 3, 4, 5))  # another shape of value
    memo.save()
    expected = json.dumps({"version": statmemo.__version__, "files": dict(
        sorted(memo.entries.items()))}, separators=(",", ":"))
    assert (tmp_path / "memo.json").read_bytes() == expected.encode()
