"""TP701/TP702 patched from the previous run's (``checkpatch``): after every kind of change
the patched findings must be exactly those of comparing every group, and the reports exactly
those of a ``--no-cache`` run; a change the patch cannot follow compares every group."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import polib
import pytest

import transpub.checkpatch
from test_check_whole import COPIES, _workspace

from conftest import SLUG, Cli

SECOND = f"{SLUG}-{COPIES[0]}"
THIRD = f"{SLUG}-{COPIES[1]}"


def _po(ws: Path, lang: str, slug: str = SLUG) -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


def _same(cli: Cli, how: str) -> dict[str, Any]:
    """The cached run (asserting how TP701/TP702 were made) = the ``--no-cache`` run, also
    as the text report and SARIF."""
    transpub.checkpatch.last.clear()
    cached = _report(cli)
    assert transpub.checkpatch.last.get("how") == how
    assert cached == _report(cli, "--no-cache")
    for fmt in ("text", "sarif"):
        cli("check", "--format", fmt, expect=None)
        first = cli.out
        cli("check", "--format", fmt, "--no-cache", expect=None)
        assert cli.out == first
    return cached


def _codes(report: dict[str, Any], code: str) -> list[tuple[str, str]]:
    return [(f["file"], f["unit"]) for f in report["findings"] if f["code"] == code]


def _set(path: Path, index: int, text: str) -> str:
    """The ``index``-th translated entry's msgstr set to ``text``; its old msgstr."""
    po = polib.pofile(str(path))
    entry = [e for e in po if e.msgstr and not e.obsolete][index]
    old = str(entry.msgstr)
    entry.msgstr = text
    po.save()
    return old


@pytest.fixture
def patching(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch however many files changed (the workspace has 15)."""
    monkeypatch.setattr(transpub.checkpatch, "SHARE", 1.0)


def test_edits_that_make_and_unmake_groups_are_patched_as_every_group_compared(
        tmp_path: Path, cli_factory, patching: None) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    first = _same(cli, "compared")  # no snapshot yet
    assert not _codes(first, "TP701")  # the copies translate alike
    # a copy's unit translated otherwise: a TP701 group reports it
    old = _set(_po(ws, "fr", SECOND), 2, "Une tout autre traduction de cette phrase.")
    edited = _same(cli, "patched")
    assert transpub.checkpatch.last["changed"] == 1
    assert _codes(edited, "TP701")
    # two units of one file given one translation (different long sources): TP702
    entries = [e for e in polib.pofile(str(_po(ws, "es", THIRD)))
               if e.msgstr and not e.obsolete]
    longs = [i for i, e in enumerate(entries) if len(e.msgid.split()) > 12]
    _set(_po(ws, "es", THIRD), longs[0], entries[longs[-1]].msgstr)
    shared = _same(cli, "patched")
    assert _codes(shared, "TP702")
    # undone, one after the other: the groups they made are gone
    _set(_po(ws, "fr", SECOND), 2, old)
    assert not [f for f, _u in _codes(_same(cli, "patched"), "TP701") if "/fr/" in f]
    # several files at once, in several languages
    for lang, slug in (("ar", SLUG), ("zh", SECOND), ("ru", THIRD), ("es", SLUG)):
        _set(_po(ws, lang, slug), 1, f"{lang} {slug} edited")
    several = _same(cli, "patched")
    assert transpub.checkpatch.last["changed"] == 4
    assert _codes(several, "TP701")


def test_changes_the_patch_cannot_follow_compare_every_group(
        tmp_path: Path, cli_factory, patching: None) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _same(cli, "compared")
    _set(_po(ws, "fr", SECOND), 2, "Encore une autre traduction.")
    _same(cli, "patched")
    # a PO file removed, then added back: other files, other places
    removed = _po(ws, "ru", THIRD)
    data = removed.read_bytes()
    removed.unlink()
    _same(cli, "compared")
    removed.write_bytes(data)
    _same(cli, "compared")
    # the snapshot damaged, or gone
    snapshot = ws / ".transpub-cache" / "check" / transpub.checkpatch.SNAPSHOT
    _set(_po(ws, "zh", SLUG), 2, "另一个翻译")
    snapshot.write_bytes(snapshot.read_bytes()[:-7] + b"garbage")
    _same(cli, "compared")
    _set(_po(ws, "zh", SLUG), 2, "又一个翻译")
    snapshot.unlink()
    _same(cli, "compared")
    # the changed file's previous entry gone: what it compared before is not known
    _set(_po(ws, "zh", SLUG), 2, "第三个翻译")
    for pack in (ws / ".transpub-cache" / "check").glob("*.pack"):
        pack.unlink()  # every file's previous entry: the changed one's among them
    _same(cli, "compared")
    # the termbase changed (every entry's key, and the snapshot's salt)
    termbase = ws / "locales" / "termbase.tbx"
    termbase.write_text(termbase.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _same(cli, "compared")
    config = ws / "transpub.toml"
    # the configuration changed: every file's key changed, patched as every group
    config.write_text(config.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _same(cli, "patched")
    assert transpub.checkpatch.last["changed"] == 15
    # a language dropped, then added back: files added and removed
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r'"ru", ', "", text, count=1), encoding="utf-8")
    _same(cli, "compared")
    config.write_text(text, encoding="utf-8")
    _same(cli, "compared")


def test_random_edits_patched_as_every_group_compared(
        tmp_path: Path, cli_factory, patching: None) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _same(cli, "compared")
    rng = random.Random(13)
    files = sorted((ws / "locales").glob("*/LC_MESSAGES/*.po"))
    files = [f for f in files if f.parent.parent.name != "en"]
    texts: list[str] = []
    for path in files[:3]:
        texts += [e.msgstr for e in polib.pofile(str(path)) if e.msgstr]
    for _step in range(5):
        for path in rng.sample(files, rng.randint(1, 3)):
            count = len([e for e in polib.pofile(str(path)) if e.msgstr and not e.obsolete])
            _set(path, rng.randrange(count), rng.choice(texts))
        _same(cli, "patched")


def test_without_patching_the_same_reports(tmp_path: Path, cli_factory,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _report(cli)
    _set(_po(ws, "fr", SECOND), 2, "Une tout autre traduction de cette phrase.")
    monkeypatch.setattr(transpub.checkpatch, "ENABLED", False)
    transpub.checkpatch.last.clear()
    off = _report(cli)
    assert transpub.checkpatch.last["how"] == "compared"
    _set(_po(ws, "fr", SECOND), 2, "Autre chose encore.")
    _report(cli)
    _set(_po(ws, "fr", SECOND), 2, "Une tout autre traduction de cette phrase.")
    monkeypatch.setattr(transpub.checkpatch, "ENABLED", True)
    transpub.checkpatch.last.clear()
    assert _report(cli) == off
    assert transpub.checkpatch.last["how"] == "patched"


def test_an_entry_changed_before_it_is_read_back_stops_the_run_with_one_line(
        tmp_path: Path) -> None:
    """A re-check leaves the findings in the cache entries it read (``checkstream.Ref``):
    one that changed before it is read back is never read as it is now."""
    from transpub.checkstream import Changed, Ref, Shelf
    from transpub.statmemo import stamp

    entry = tmp_path / "entry.json"
    entry.write_bytes(b"header\nfindings")
    shelf = Shelf()
    place = shelf.keep(b"", Ref(str(entry), 7, 8, stamp(entry.stat())))
    own = shelf.put(b"copied")
    assert shelf.get(*place) == b"findings" and shelf.get(*own) == b"copied"
    entry.write_bytes(b"header\nFINDINGS, other ones")
    with pytest.raises(Changed) as raised:
        shelf.get(*place)
    assert "entry.json: the check cache changed while the check ran" in str(raised.value)
    entry.unlink()
    with pytest.raises(Changed):
        shelf.get(*place)


@pytest.mark.parametrize("how", ["replaced", "in place"])
def test_entries_replaced_before_the_report_reads_them_back_make_the_run_again(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch, how: str) -> None:  # type: ignore[no-untyped-def]
    """Another check of the workspace replaces or deletes the packs a re-check left its
    findings in, between the check and its report: the run reads them through the
    descriptors it opened (a pack is never written again under its name) and reports what
    ``--no-cache`` does. A pack written to in place (its stat moved) makes the run again
    without the cache, with a notice, and its reports are the ``--no-cache`` ones."""
    import transpub.checker

    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _report(cli)
    _set(_po(ws, "fr", SECOND), 2, "Une tout autre traduction de cette phrase.")
    expected = _report(cli, "--no-cache")
    original = transpub.checker.check_workspace
    calls: list[bool] = []

    def then_replaced(*args: Any, **kwargs: Any) -> Any:
        run = original(*args, **kwargs)
        calls.append(kwargs.get("cache", True))
        if len(calls) == 1:
            for pack in (ws / ".transpub-cache" / "check").glob("*.pack"):
                data = pack.read_bytes()
                if how == "in place":
                    pack.write_bytes(data)
                    continue
                # the same bytes under a new inode, as an atomic rewrite leaves them
                twin = pack.with_name(pack.name + ".twin")
                twin.write_bytes(data)
                twin.replace(pack)
        return run

    monkeypatch.setattr(transpub.checker, "check_workspace", then_replaced)
    assert _report(cli) == expected
    if how == "replaced":
        assert calls == [True], cli.err
        assert "the check cache changed" not in cli.err
        return
    assert calls == [True, False]
    assert "the check cache changed while the check ran" in cli.err
    assert "checked again without it" in cli.err
    assert "Traceback" not in cli.err


def _entries(folder: Path) -> list[tuple[Path, int, int]]:
    """Every whole-file entry in the folder's packs: (pack, offset, size)."""
    from transpub.checkpack import Packs

    with Packs(folder) as packs:
        return [(Path(packs.packs[number][0]), row[1], row[2])
                for number, rows in enumerate(packs.rows) for row in rows]


def test_entry_headers_read_without_json_as_json_reads_them(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    from transpub.checkcache import _HEADER, _header

    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _report(cli)
    heads = [pack.read_bytes()[offset:offset + size].partition(b"\n")
             for pack, offset, size in _entries(ws / ".transpub-cache" / "check")]
    lines = [head for head, newline, _body in heads if newline]
    assert len(lines) == 15
    for line in lines:
        assert _HEADER.fullmatch(line) is not None
        assert _header(line) == json.loads(line)
    assert _header(b'{"format": "other"}') == {"format": "other"}
    assert _header(b"[1]") == {}


def test_vouched_entries_are_read_in_part_and_a_changed_one_is_checked_again(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Entries a run wrote, or read and checked, are vouched for by their stat (no racy
    window here, so that this small workspace's are): an unchanged one is read in part, not
    hashed; one changed in place, its modification time put back, is hashed, found damaged,
    and checked again."""
    import os
    import shutil

    import transpub.checkcache
    import transpub.statmemo

    monkeypatch.setattr(transpub.checkcache, "RACY_NS", 0)
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    assert _report(cli) == truth  # writes the entries, vouched for once committed
    folder = ws / ".transpub-cache" / "check"
    assert (folder / transpub.checkcache.Vouched.NAME).is_file()
    whole = []
    real = transpub.checkcache._whole

    def counted(data: bytes, key: str) -> Any:
        whole.append(key)
        return real(data, key)

    monkeypatch.setattr(transpub.checkcache, "_whole", counted)
    shutil.rmtree(ws / ".transpub-cache" / "run")  # no replay: every entry is read
    assert _report(cli) == truth
    assert whole == []
    # every entry's findings section changed in place, size and mtime kept (ctime moves)
    for pack, offset, size in _entries(folder):
        data = pack.read_bytes()
        head, _newline, body = data[offset:offset + size].partition(b"\n")
        if not body or not json.loads(head)["split"][0]:
            continue
        before = pack.stat()
        at = offset + len(head) + 1 + 20
        pack.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
        os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth
    assert len(whole) >= 15


def test_packs_are_vouched_for_as_soon_as_committed(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A pack's modification time is set back when it is sealed: the next run (right after,
    within the racy window) reads its entries in part, without hashing them, and one written
    to since (its stat moved) is hashed and checked again."""
    import os
    import shutil

    import transpub.checkcache

    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    assert _report(cli) == truth
    whole: list[str] = []
    real = transpub.checkcache._whole

    def counted(data: bytes, key: str) -> Any:
        whole.append(key)
        return real(data, key)

    monkeypatch.setattr(transpub.checkcache, "_whole", counted)
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth
    assert whole == []
    for pack in (ws / ".transpub-cache" / "check").glob("*.pack"):
        before = pack.stat()
        pack.write_bytes(pack.read_bytes())  # the same bytes: only its times move
        assert pack.stat().st_mtime_ns != before.st_mtime_ns
        os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))  # ctime still moved
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth
    assert len(whole) == 15
