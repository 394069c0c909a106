"""The termbase cache (``.transpub-cache/termbase/``, ``termcache``): a check with the termbase
read and indexed from the cache reports exactly what a check without it reports; a damaged,
stale or foreign entry is ignored and rebuilt, never trusted."""

from __future__ import annotations

import importlib.util
import json
import marshal
import sys
from pathlib import Path
from typing import Any

import pytest

from transpub import termcache
from transpub.termbase import load_termbases
from transpub.terms import Matcher

from conftest import REPO, Cli, copy_sample

LANGS = ("ar", "zh", "fr", "ru", "es")


def _generate(path: Path, concepts: int) -> None:
    """The sample termbase plus ``concepts`` generated UNTERM-like concepts (the benchmark's)."""
    spec = importlib.util.spec_from_file_location(
        "termbase_scale", REPO / "benchmarks" / "termbase_scale.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["termbase_scale"] = module
    spec.loader.exec_module(module)
    module.generate(path, concepts)


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", "-j", "1", *args, expect=None) in (0, 1), cli.err
    report: dict[str, Any] = json.loads(cli.out)
    report["summary"].pop("cache", None)
    return report


def _entries(ws: Path) -> list[Path]:
    return sorted((ws / ".transpub-cache" / "termbase").glob("*"))


@pytest.fixture
def big(tmp_path: Path) -> tuple[Path, Path]:
    ws = copy_sample(tmp_path)
    tbx = tmp_path / "big.tbx"
    _generate(tbx, 300)
    return ws, tbx


def test_cached_termbase_gives_the_same_findings(big: tuple[Path, Path],
                                                 cli_factory: Any) -> None:
    ws, tbx = big
    cli = cli_factory(ws)
    files = [str(p) for lang in LANGS for p in (ws / "locales" / lang).rglob("*.po")]
    plain = _report(cli, *files, "--termbase", str(tbx), "--no-cache")
    assert _entries(ws) == []  # --no-cache writes nothing
    cold = _report(cli, *files, "--termbase", str(tbx))
    names = {p.name.split(".", 1)[1] for p in _entries(ws) if p.name != ".gitignore"}
    # the termbase, and one index per language checked (the source's included)
    assert names == {"tb", "en.idx", *(f"{lang}.idx" for lang in LANGS)}
    warm = _report(cli, *files, "--termbase", str(tbx))
    assert cold == plain and warm == plain
    # the whole workspace, through its configured termbase
    (ws / "locales" / "termbase.tbx").write_bytes(tbx.read_bytes())
    assert _report(cli) == _report(cli, "--no-cache") == _report(cli)


def test_po_files_checked_outside_a_workspace_keep_the_termbase_in_the_users_cache(
        big: tuple[Path, Path], cli_factory: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``check FILES --termbase TBX`` outside any workspace read the TBX file on every run (a
    20,000-concept one: 2 s against 0.35 s from a cache); it is cached in the user's cache
    folder (``$XDG_CACHE_HOME/transpub/termbase``), with the same findings."""
    ws, tbx = big
    loose = tmp_path / "loose"  # PO files copied out of the workspace: no transpub.toml above
    loose.mkdir()
    files = []
    for lang in LANGS:
        for po in (ws / "locales" / lang).rglob("*.po"):
            files.append(str(loose / f"{lang}.po"))
            (loose / f"{lang}.po").write_bytes(po.read_bytes())
    user = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(user))
    store = user / "transpub" / "termbase"
    cli = cli_factory(loose)
    plain = _report(cli, *files, "--termbase", str(tbx), "--no-cache")
    assert not store.exists()  # --no-cache writes nothing
    cold = _report(cli, *files, "--termbase", str(tbx))
    names = {p.name.split(".", 1)[1] for p in store.iterdir() if p.name != ".gitignore"}
    assert names == {"tb", "en.idx", *(f"{lang}.idx" for lang in LANGS)}
    # the second run reads the cache, not the TBX file
    import transpub.termbase

    def refuse(*_args: object) -> None:
        raise AssertionError("the TBX file was parsed again")

    monkeypatch.setattr(transpub.termbase, "_from_tbx", refuse)
    warm = _report(cli, *files, "--termbase", str(tbx))
    assert cold == plain and warm == plain
    assert not (loose / ".transpub-cache").exists()  # (nothing written beside the files)


def test_damaged_or_foreign_entries_are_rebuilt(big: tuple[Path, Path], cli_factory: Any) -> None:
    ws, tbx = big
    cli = cli_factory(ws)
    files = [str(p) for lang in LANGS for p in (ws / "locales" / lang).rglob("*.po")]
    plain = _report(cli, *files, "--termbase", str(tbx), "--no-cache")
    _report(cli, *files, "--termbase", str(tbx))
    entries = [p for p in _entries(ws) if p.name != ".gitignore"]
    assert entries
    for number, entry in enumerate(entries):
        data = entry.read_bytes()
        head, _, payload = data.partition(b"\n")
        damage = (data[: len(data) // 2],                      # truncated
                  head + b"\n" + payload[:-7] + b"garbage",    # payload not its digest
                  b"",                                         # empty
                  b"\x00" * 64)[number % 4]                    # not an entry at all
        entry.write_bytes(damage)
    assert _report(cli, *files, "--termbase", str(tbx)) == plain
    # rebuilt: readable again
    assert all(termcache.read(p, p.read_bytes().split(b" ")[1].decode()) is not None
               for p in entries)
    # an entry of the right name holding another key's data is not read either
    other = next(p for p in entries if p.suffix == ".tb")
    assert termcache.read(other, "0" * 64) is None


def test_an_edited_termbase_is_a_new_entry(big: tuple[Path, Path], cli_factory: Any) -> None:
    """The key is the file's content: a changed term is seen at once, and the old entries are
    pruned beyond termcache.KEEP."""
    ws, tbx = big
    cli = cli_factory(ws)
    files = [str(p) for p in (ws / "locales" / "fr").rglob("*.po")]
    _report(cli, *files, "--termbase", str(tbx))
    text = tbx.read_text(encoding="utf-8")
    assert "Bureau de lutte contre le terrorisme" in text
    tbx.write_text(text.replace("Bureau de lutte contre le terrorisme",
                                "Bureau de combat contre le terrorisme"), encoding="utf-8")
    edited = _report(cli, *files, "--termbase", str(tbx))
    assert edited == _report(cli, *files, "--termbase", str(tbx), "--no-cache")
    assert any(f["code"] == "TP101" for f in edited["findings"])
    for number in range(termcache.KEEP + 2):
        tbx.write_text(text + f"<!-- {number} -->", encoding="utf-8")
        _report(cli, *files, "--termbase", str(tbx))
    assert len([p for p in _entries(ws) if p.suffix == ".tb"]) == termcache.KEEP


def test_matcher_from_its_state_finds_the_same(tmp_path: Path) -> None:
    tbx = tmp_path / "big.tbx"
    _generate(tbx, 200)
    termbase = load_termbases([tbx])
    texts = [line for po in sorted((REPO / "locales").rglob("*.po"))
             for line in po.read_text(encoding="utf-8").splitlines() if line.startswith("msg")]
    for lang in ("en", *LANGS):
        built = Matcher(termbase, lang)
        again = Matcher(termbase, lang, state=built.state())
        assert tuple(again.forms) == built.forms  # made on demand (_Forms)
        for text in texts:
            assert again.find_all(text) == built.find_all(text)
        for concept in termbase.concepts[:60]:
            assert again.derived_forms(concept.id) == built.derived_forms(concept.id)
        # the bodies' names read with the index, not made again
        assert again._org_terms is not None
        assert [again.is_parent_body(c.id) for c in termbase.concepts] == [
            built.is_parent_body(c.id) for c in termbase.concepts]
        for concept in termbase.concepts:
            assert again.forms_of(concept.id) == built.forms_of(concept.id)
            assert [f.text in again.forms_of_others(concept.id) for f in built.forms] == [
                f.text in built.forms_of_others(concept.id) for f in built.forms]


def test_the_key_is_remembered_by_stat_and_a_change_is_never_missed(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The termbase files' digests are kept in ``stat-termbase.json`` under statmemo's rule:
    the key with the memo is the key without it, an edit that keeps the size and restores the
    mtime still moves the ctime (a new key, the edit reported), and a malformed memo value is
    computed again."""
    import os

    from transpub import statmemo

    monkeypatch.setattr(statmemo, "RACY_NS", 0)  # the test's files count as settled at once
    ws = copy_sample(tmp_path)
    tbx = tmp_path / "terms.tbx"
    tbx.write_bytes((REPO / "locales" / "termbase.tbx").read_bytes())
    cli = cli_factory(ws)
    files = [str(p) for p in (ws / "locales" / "fr").rglob("*.po")]
    before = _report(cli, *files, "--termbase", str(tbx))
    memo_path = ws / ".transpub-cache" / f"stat-{termcache.MEMO}.json"
    entries = json.loads(memo_path.read_text(encoding="utf-8"))["files"]
    name = f"termbase-sha256:{os.path.abspath(tbx)}"  # noqa: PTH100
    assert list(entries) == [name]

    def memo() -> statmemo.StatMemo:
        return statmemo.StatMemo.for_workspace(ws, termcache.MEMO)

    plain = termcache.key([tbx], "en")
    assert plain is not None and termcache.key([tbx], "en", memo()) == plain
    # the memo is what is read while the stat is unchanged: a forged digest of the right
    # shape changes the key (so the memo really spares the hashing)...
    forged = json.loads(memo_path.read_text(encoding="utf-8"))
    size = forged["files"][name][-1].split(":")[0]
    forged["files"][name][-1] = f"{size}:{'0' * 64}"
    memo_path.write_text(json.dumps(forged), encoding="utf-8")
    assert termcache.key([tbx], "en", memo()) not in (None, plain)
    # ...and a malformed one is computed again
    forged["files"][name][-1] = "not a digest"
    memo_path.write_text(json.dumps(forged), encoding="utf-8")
    assert termcache.key([tbx], "en", memo()) == plain
    # an edit of the same size, the mtime put back: the ctime moved, the edit is seen
    stat = tbx.stat()
    text = tbx.read_text(encoding="utf-8")
    assert "Bureau de lutte contre le terrorisme" in text
    tbx.write_text(text.replace("Bureau de lutte contre le terrorisme",
                                "Bureau de lutte contre le terrorismo"), encoding="utf-8")
    os.utime(tbx, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert tbx.stat().st_size == stat.st_size
    edited = termcache.key([tbx], "en")
    assert edited != plain and termcache.key([tbx], "en", memo()) == edited
    after = _report(cli, *files, "--termbase", str(tbx))
    assert after == _report(cli, *files, "--termbase", str(tbx), "--no-cache") != before
    # a file that is gone: no key (the loader reports it), as without the memo
    missing = tmp_path / "gone.tbx"
    assert termcache.key([missing], "en", memo()) is None is termcache.key([missing], "en")


def test_an_index_is_written_with_each_string_once(tmp_path: Path) -> None:
    """A matcher's index repeats its pieces (words shared by many names): the entry writes
    each distinct string once, and the index read back is equal to the one written and
    finds the same."""
    tbx = tmp_path / "big.tbx"
    _generate(tbx, 300)
    termbase = load_termbases([tbx])
    built = Matcher(termbase, "fr")
    state = built.state()
    entry = tmp_path / "x.fr.idx"
    termcache.write(entry, "k", state)
    again = termcache.read(entry, "k")
    assert again == state
    assert entry.stat().st_size < 0.8 * len(marshal.dumps(state))
    pieces = [piece for piece in again[1][0]]  # the index's other pieces, flat
    assert len({id(p) for p in pieces}) == len(set(pieces)) < len(pieces)
    matcher = Matcher(termbase, "fr", state=again)
    for concept in termbase.concepts[:80]:
        for form in matcher.forms_of(concept.id):
            assert matcher.find_all(form.text) == built.find_all(form.text)


@pytest.mark.parametrize("damage", ["owner", "starts", "pieces"])
def test_an_index_entry_of_the_wrong_shape_is_rebuilt(tmp_path: Path, damage: str) -> None:
    """An entry under the right key whose bodies' names or sorted pieces do not fit the
    termbase (which only a forged or buggy entry holds) is a miss: the matcher is built
    again, and finds and derives what the built one does."""
    tbx = tmp_path / "big.tbx"
    _generate(tbx, 300)
    termbase = load_termbases([tbx], "en", cache=tmp_path)
    built = Matcher(termbase, "fr")
    columns, index, orgs = built.state()
    owner, joined, starts = orgs
    if damage == "owner":
        orgs = ((10**6, *owner[1:]), joined, starts)
    elif damage == "starts":
        orgs = (owner, joined, starts[:-1])
    else:
        index = (*index[:4], index[4][:-1], index[5])
    termcache.write_index(termbase, "fr", (columns, index, orgs))
    again = Matcher.cached(termbase, "fr")
    assert again._org_terms is None or again._org_terms.state() == built._bodies().state()
    for concept in termbase.concepts[:40]:
        for form in built.forms_of(concept.id):
            assert again.find_all(form.text) == built.find_all(form.text)
        assert again.derived_forms(concept.id) == built.derived_forms(concept.id)
    # and the entry was written again, whole
    assert termcache.read_index(termbase, "fr") == built.state()
