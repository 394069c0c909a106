"""The extract's main process holds no result per release (xmem19): the results handed to
the CLI one by one (``workspace.extract``'s ``take``) and folded (``cli._ExtractTally``),
the written files asked of per-release bits (``cli._Written``), the no-op record's stat rows
as one array (``noop.stamp_array``); each against the general way."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import noop
from transpub.catalog import MergeStats
from transpub.cli import _extract_ops, _ExtractTally, _Written
from transpub.config import load_settings
from transpub.errors import CatalogError
from transpub.workspace import ExtractResult, extract

from conftest import SLUG, copy_sample

LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
LOCALES = "ws/locales"

slugs = st.text("ab-.1", min_size=1, max_size=4).map(lambda s: "r" + s)


def _names(bits: dict[str, int], others: list[str]) -> set[str]:
    """The files the bits stand for, as ``_record_extract`` listed them before."""
    names = set(others)
    for slug, mask in bits.items():
        if mask & 1:
            names.add(f"{LOCALES}/{slug}.pot")
        names |= {f"{LOCALES}/{code}/LC_MESSAGES/{slug}.po"
                  for k, code in enumerate(LANGS) if mask >> (k + 1) & 1}
    return names


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(slugs, st.integers(0, 127), max_size=6),
       st.lists(st.sampled_from(["ws/x.po", "ws/locales/fr/LC_MESSAGES/o.po"]), max_size=2),
       st.lists(st.tuples(slugs, st.sampled_from(["", *LANGS, "fr/x", "de"]),
                          st.sampled_from([".po", ".pot", ".p", "/a.po"])), max_size=8))
def test_written_is_the_set_of_its_names(bits: dict[str, int], others: list[str],
                                         probes: list[tuple[str, str, str]]) -> None:
    written = _Written(LOCALES, LANGS, bits, others)
    names = _names(bits, others)
    assert set(written) == names and len(written) == len(names)
    asked = [f"{LOCALES}/{code}/LC_MESSAGES/{slug}{end}" if code else f"{LOCALES}/{slug}{end}"
             for slug, code, end in probes]
    for name in [*names, *asked, f"{LOCALES}x/a.pot", "other", f"{LOCALES}/.pot"]:
        assert (name in written) == (name in names), name
    assert 1 not in written


def _merge(path: str, numbers: tuple[int, ...], written: bool) -> MergeStats:
    new, changed, removed, revived, memory = numbers
    return MergeStats(Path(path), kept=1, new=new, changed=changed, removed=removed,
                      revived=revived, from_memory=memory, written=written,
                      changes=[f"change {new}"])


results = st.lists(st.builds(
    lambda slug, merges, errors, unchanged, template: ExtractResult(
        Path(f"{LOCALES}/{slug}.pot"), template,
        [_merge(f"{LOCALES}/{code}/LC_MESSAGES/{slug}.po", numbers, written)
         for code, (numbers, written) in zip(LANGS, merges, strict=False)],
        [CatalogError(f"broken {slug}")] * errors, unchanged, slug if len(merges) != 5 else None),
    slugs, st.lists(st.tuples(st.tuples(*[st.integers(0, 3)] * 5), st.booleans()), max_size=6),
    st.integers(0, 2), st.booleans(), st.booleans()), max_size=16)


@settings(max_examples=300, deadline=None)
@given(results, st.booleans())
def test_the_tally_prints_what_the_results_print(given_results: list[ExtractResult],
                                                 dry_run: bool) -> None:
    """The same lines (the table up to 60 catalogues, the dry run's changes, the errors in
    order, the sums), and the same written files, as the results kept whole."""
    tally = _ExtractTally(dry_run, len(LANGS))
    for result in given_results:
        tally.add(result)
    assert tally.ops() == _extract_ops(given_results, dry_run)
    written = _Written(LOCALES, LANGS, tally.written, tally.others)
    want = {os.fspath(r.template) for r in given_results if r.template_written}
    want |= {os.fspath(m.path) for r in given_results for m in r.merges if m.written}
    assert set(written) == want
    assert bool(tally.errors) == any(r.errors for r in given_results)


def test_sixty_catalogues_are_still_tabled() -> None:
    tally = _ExtractTally(False, len(LANGS))
    merges = [_merge(f"{LOCALES}/{c}/LC_MESSAGES/r.po", (1, 0, 0, 0, 0), True) for c in LANGS]
    results = [ExtractResult(Path(f"{LOCALES}/r{i}.pot"), True, list(merges), release_id=f"r{i}")
               for i in range(10)]
    for result in results:
        tally.add(result)
    assert tally.ops() == _extract_ops(results, False)
    assert tally.ops()[0][0] == "table"


def test_a_large_tally_keeps_no_result() -> None:
    tally = _ExtractTally(False, len(LANGS))
    merges = [_merge(f"{LOCALES}/{c}/LC_MESSAGES/r.po", (1, 0, 0, 0, 0), True) for c in LANGS]
    for _ in range(11):  # 66 catalogues: more than a table shows
        tally.add(ExtractResult(Path(f"{LOCALES}/r.pot"), True, list(merges), release_id="r"))
    assert tally.kept is None and tally.written == {"r": 127}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=6), max_size=12))
def test_the_record_names_are_the_paths_joined(paths: list[str]) -> None:
    """The record's paths: joined by NULs (which no path holds), as the replay compares them."""
    assert noop._names(paths) == "\0".join(paths).encode("utf-8", "surrogateescape")


def test_stamp_array_is_stamps_flattened(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"a")
    files = [str(tmp_path / "a"), str(tmp_path / "missing")]
    assert list(noop.stamp_array(files)) == [v for row in noop.stamps(files) for v in row]
    known = {files[0]: (1, 2, 3, 4, 5)}
    assert list(noop.stamp_array(files, known))[:5] == [1, 2, 3, 4, 5]


def test_extract_hands_over_what_it_returns(tmp_path: Path) -> None:
    """``take`` receives the results ``extract`` returns without it, in order: fresh, then
    with every release skipped but one (the skipped ones' results made as they are handed
    over), serial and forked."""
    for jobs in (1, 2):
        root = tmp_path / f"j{jobs}"
        root.mkdir()
        ws = copy_sample(root)
        sample = (ws / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
        for index in range(20):
            (ws / "source" / f"r{index:02d}.xml").write_text(
                sample.replace(f'id="{SLUG}"', f'id="r{index:02d}"'), encoding="utf-8")
        config = load_settings(ws)
        for edit in (None, "r07"):
            if edit is not None:
                source = ws / "source" / f"{edit}.xml"
                source.write_text(source.read_text(encoding="utf-8").replace(
                    "Strategic Dialogue", "Strategic Talks", 1), encoding="utf-8")
            taken: list[ExtractResult] = []
            assert extract(config, force=edit is None, jobs=jobs, take=taken.append) == []
            again = extract(config, jobs=jobs)
            assert len(taken) == len(again) == 21
            assert [r.template for r in taken] == [r.template for r in again]
            assert all(r.unchanged for r in again)  # (it skips what the run before wrote)
            if edit is None:
                assert not any(r.unchanged for r in taken)
            else:
                assert [r.release_id for r in taken if not r.unchanged] == ["r07"]
