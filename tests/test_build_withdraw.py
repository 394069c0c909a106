"""A build of everything withdraws the pages no source or language of the workspace builds
now (session 58: an editor's trial found a withdrawn release's pages, and a dropped
language's whole folder, still in output/ after every build, ready to be synced online)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"
LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def _second_release(ws: Path, slug: str = "second-release") -> Path:
    """A copy of the sample's source as another release, named by its id."""
    text = (ws / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    path = ws / "source" / f"{slug}.xml"
    path.write_text(text.replace(f'id="{SLUG}"', f'id="{slug}"', 1), encoding="utf-8")
    return path


def _built(ws: Path, cli_factory: Callable[[Path], Cli]) -> Cli:
    cli = cli_factory(ws)
    cli("extract", "-q")
    cli("build")
    return cli


def test_a_release_removed_from_source_is_withdrawn_in_every_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    second = _second_release(ws)
    cli = _built(ws, cli_factory)
    assert all((ws / "output" / lang / "second-release.html").is_file() for lang in LANGS)
    own = ws / "output" / "fr" / "logo.png"  # (an editor's own file beside the pages)
    own.write_bytes(b"\x89PNG")
    second.unlink()
    cli("build")
    assert "withdrawn (no source or language of the workspace builds them now): " \
           "output/ar/second-release.html, output/ar/second-release.xml" in cli.out, cli.out
    for lang in LANGS:
        folder = ws / "output" / lang
        assert not list(folder.glob("second-release.*")), lang
        assert (folder / f"{SLUG}.html").is_file()
        index = (folder / "index.html").read_text(encoding="utf-8")
        assert "second-release" not in index and f"{SLUG}.html" in index
    assert own.read_bytes() == b"\x89PNG"
    record = json.loads((ws / "output" / ".transpub-build.json").read_text(encoding="utf-8"))
    assert list(record) == [SLUG]
    cli("build")  # nothing more to do, nothing more said
    assert "withdrawn" not in cli.out


def test_a_build_of_some_releases_or_languages_withdraws_nothing(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    second = _second_release(ws)
    cli = _built(ws, cli_factory)
    second.unlink()
    cli("build", SLUG)
    cli("build", "--lang", "fr")
    assert all((ws / "output" / lang / "second-release.html").is_file() for lang in LANGS)
    cli("build", "--force")  # the record it would ignore still says what the last build wrote
    assert not list((ws / "output").glob("*/second-release.*"))


def test_a_language_dropped_from_the_workspace_is_withdrawn(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = _built(ws, cli_factory)
    config = ws / "transpub.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r'languages = \[[^\]]*\]',
                             'languages = ["ar", "zh", "en", "fr", "ru"]', text, count=1),
                      encoding="utf-8")
    (ws / "output" / "ru" / "notes.txt").write_text("mine", encoding="utf-8")
    cli("build")
    assert not (ws / "output" / "es").exists()  # its pages, its index, its folder
    assert "output/es/index.html" in cli.out
    for lang in ("ar", "en", "fr"):
        page = (ws / "output" / lang / f"{SLUG}.html").read_text(encoding="utf-8")
        assert "../es/" not in page and 'hreflang="es"' not in page  # the switcher too
    config.write_text(re.sub(r'languages = \[[^\]]*\]', 'languages = ["ar", "zh", "en", "fr"]',
                             text, count=1), encoding="utf-8")
    cli("build")
    assert (ws / "output" / "ru" / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert not list((ws / "output" / "ru").glob("*.html"))


def test_a_build_record_naming_paths_outside_output_removes_nothing(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = _built(ws, cli_factory)
    record_path = ws / "output" / ".transpub-build.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    page = record[SLUG]["langs"]["fr"]
    record["evil"] = {"available": ["fr"], "langs": {"..": page, "../source": page}}
    record["../source/x"] = {"available": ["fr"], "langs": {"fr": page}}
    record_path.write_text(json.dumps(record), encoding="utf-8")
    bait = [ws / "evil.html", ws / "source" / "evil.xml", ws / "source" / "x.html"]
    for path in bait:
        path.write_text("keep", encoding="utf-8")
    bait[1].unlink()  # (not a source: a second source of that name would be built)
    bait = [bait[0], bait[2]]
    cli("build")
    assert all(path.read_text(encoding="utf-8") == "keep" for path in bait)


def test_a_source_whose_id_is_not_its_files_name_is_not_built(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Its pages are named by the id, the build's record and index by the file: the index had
    linked ``<file>.html`` while the page was ``<id>.html`` (a 404). Extract and check take
    such a file (their files go by the id)."""
    ws = copy_sample(tmp_path)
    _second_release(ws).rename(ws / "source" / "second.xml")
    cli = cli_factory(ws)
    cli("extract")
    cli("build", expect=2)
    assert "source/second.xml:2: the release id 'second-release' is not the file's name: " \
           "rename the file second-release.xml (or the id 'second') to build it" in cli.err
    assert "Traceback" not in cli.err
    assert not list(ws.glob("output/**/*.html"))  # (nothing half-written)


def test_a_release_named_index_is_refused_and_never_withdrawn(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A hostile pass: a release ``index`` had been each language's index page, and once its
    source was removed the withdrawal deleted every index page."""
    ws = copy_sample(tmp_path)
    cli = _built(ws, cli_factory)
    path = _second_release(ws, "index")
    cli("extract", "-q")
    cli("build", expect=2)
    assert "source/index.xml:2: the release id 'index' is the name of each language's index " \
           "page" in cli.err, cli.err
    record = ws / "output" / ".transpub-build.json"
    entries = json.loads(record.read_text(encoding="utf-8"))
    entries["index"] = entries[SLUG]  # (a record written before the refusal)
    record.write_text(json.dumps(entries), encoding="utf-8")
    path.unlink()
    cli("build", "--force")
    assert all((ws / "output" / lang / "index.html").is_file() for lang in LANGS)


def test_an_empty_source_folder_withdraws_nothing(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = _built(ws, cli_factory)
    (ws / "source" / f"{SLUG}.xml").rename(tmp_path / "away.xml")  # (a checkout gone wrong)
    cli("build", expect=None)
    assert all((ws / "output" / lang / f"{SLUG}.html").is_file() for lang in LANGS)


def test_a_file_name_in_another_unicode_form_is_said_as_such(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    import unicodedata

    ws = copy_sample(tmp_path)
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8").replace(f'id="{SLUG}"', 'id="communiqué"', 1)
    source.unlink()
    (ws / "source" / (unicodedata.normalize("NFD", "communiqué") + ".xml")).write_text(
        text, encoding="utf-8")
    cli = cli_factory(ws)
    cli("build", expect=2)
    assert "is the release id 'communiqué' in another Unicode form (decomposed letters, as " \
           "macOS writes names): rename the file" in cli.err, cli.err


def test_extract_names_catalogues_no_release_is(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """(Session 58's coordinator trial: the PO files of a deleted release stayed without a
    word, read by no command.)"""
    ws = copy_sample(tmp_path)
    second = _second_release(ws)
    cli = _built(ws, cli_factory)
    second.unlink()
    cli("extract")
    said = cli.out + cli.err
    for path in ("locales/second-release.pot", "locales/fr/LC_MESSAGES/second-release.po"):
        assert f"{path}: no release of source/ is 'second-release' (its source removed or " \
               "renamed?)" in said, said
    assert f"LC_MESSAGES/{SLUG}.po: no release" not in said
    hand = ws / "source" / "named-otherwise.xml"  # (a file not named by its id: its id read)
    (ws / "source" / f"{SLUG}.xml").rename(hand)
    cli("extract")
    assert f"{SLUG}.po: no release" not in cli.out + cli.err


def test_a_build_killed_before_it_withdraws_leaves_the_record_to_the_next(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages were removed after the record that no longer named them was committed: a run
    killed in between left them in output/ for good, in no record, never withdrawn. Now they
    go before the record is committed, and a run stopped there leaves the last record, from
    which the next build withdraws them."""
    import transpub.builder

    ws = copy_sample(tmp_path)
    second = _second_release(ws)
    cli = _built(ws, cli_factory)
    second.unlink()

    def killed(paths: list[Path]) -> list[Path]:
        raise KeyboardInterrupt  # (the run stopped just before it removes the pages)

    with monkeypatch.context() as patched:
        patched.setattr(transpub.builder, "_remove", killed)
        cli("build", expect=130)
    record = json.loads((ws / "output" / ".transpub-build.json").read_text(encoding="utf-8"))
    assert "second-release" in record  # (the run's record was never committed)
    cli("build")
    assert "output/fr/second-release.html" in cli.out, cli.out
    assert not list((ws / "output").rglob("second-release.*"))
    record = json.loads((ws / "output" / ".transpub-build.json").read_text(encoding="utf-8"))
    assert list(record) == [SLUG]
