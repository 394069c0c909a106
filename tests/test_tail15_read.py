"""The check's reading of a PO file without the extracted comments (issue 13, tail15).

``read_translations(path, lang, comments=False)`` (what ``checker._run_batch`` reads) must
give what the full reading gives, field for field, but the extracted comments, which no check
reads: the same entries, lines, flags, fuzzy marks and translator comments (where the
``transpub: ignore`` suppressions are), the same header, the same error for a file that
cannot be read. Compared on generated files, on the third-party PO files the tests know and
on the files transpub writes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from pathlib import Path

from hypothesis import example, given, settings

from test_poread_fast import _HEADER, _po_files
from transpub import catalog, poread
from transpub.errors import CatalogError

import realdata
from conftest import copy_sample


def _read(path: Path, comments: bool) -> object:
    try:
        return catalog.read_translations(path, "fr", comments=comments)
    except CatalogError as exc:
        return str(exc), exc.line


def _without_comments(found: object) -> object:
    if not isinstance(found, catalog.TranslationSet):
        return found  # the error, as it is

    def bare(items: tuple[catalog.Translation, ...]) -> tuple[catalog.Translation, ...]:
        return tuple(dataclasses.replace(item, comments="") for item in items)

    return dataclasses.replace(found, entries=bare(found.entries),
                               items={k: dataclasses.replace(v, comments="")
                                      for k, v in found.items.items()},
                               obsolete=bare(found.obsolete))


def _same_but_comments(path: Path) -> None:
    full, bare = _read(path, True), _read(path, False)
    assert _without_comments(bare) == _without_comments(full)
    if isinstance(bare, catalog.TranslationSet):
        # every entry of the file is there, in order, and the translator comments with them
        assert [e.translator for e in bare.entries] == [
            e.translator for e in full.entries]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_po_files())
@example(_HEADER + '#. Note.\n#. More.\n#: source/r.xml:4\nmsgctxt "p1"\nmsgid "a"\nmsgstr "b"\n'
         '\n#. one\n# transpub: ignore TP301 why\n#, fuzzy\nmsgid "c"\nmsgstr "d"\n')
def test_check_reading_is_the_full_reading_but_comments(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.po"
        path.write_text(text, encoding="utf-8")
        _same_but_comments(path)


def test_check_reading_leaves_the_comments_out(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text(_HEADER + '#. Note.\n#. More.\n#: source/r.xml:4\nmsgctxt "p1"\n'
                    'msgid "a"\nmsgstr "b"\n\n#. One.\n# transpub: ignore TP301 why\n'
                    '#, fuzzy\nmsgid "c"\nmsgstr ""\n', encoding="utf-8")
    full = catalog.read_translations(path, "fr")
    bare = catalog.read_translations(path, "fr", comments=False)
    assert [e.comments for e in full.entries] == ["Note.\nMore.", "One."]
    assert [e.comments for e in bare.entries] == ["", ""]
    assert [(e.line, e.fuzzy, e.flags, e.translator) for e in bare.entries] == [
        (12, False, (), ""), (19, True, ("fuzzy",), "transpub: ignore TP301 why")]
    assert poread.read_rows(path, comments=False) == (
        full.header, [(12, "p1", "a", "b", "", (), False, ""),
                      (19, None, "c", "", "", ("fuzzy",), True, "transpub: ignore TP301 why")],
        [])


def test_check_reading_on_third_party_files() -> None:
    names = [rel for rel in realdata.manifest() if rel.endswith(".po")]
    assert names
    for rel in names:
        _same_but_comments(realdata.path(rel))


def test_check_reading_on_the_files_transpub_writes(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli_factory(ws)("extract")
    files = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    assert files
    taken = 0
    for path in files:
        _same_but_comments(path)
        with contextlib.suppress(CatalogError):
            taken += poread.read_rows(path, comments=False) is not None
    assert taken == len(files)
