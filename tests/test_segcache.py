"""The segment cache (``segcache``, behind ``workspace.load``): a release read from the cache
is the release read and segmented again, and any change of what segmentation depends on (the
source's bytes or name, the settings, the code) is a miss, never a stale hit."""

from __future__ import annotations

import importlib.util
import multiprocessing
import shutil
import sys
from pathlib import Path

import pytest

from transpub import segcache, workspace
from transpub.config import Settings, load_settings
from transpub.errors import SourceError
from transpub.importer import import_file
from transpub.model import Segment
from transpub.source import release_to_xml

from conftest import REPO, SAMPLE_TEXT, Cli

LANGS = ("en", "fr", "es", "ru", "ar", "zh")


def _corpus_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus", REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("corpus", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _sources(folder: Path, tmp: Path) -> list[Path]:
    """Every kind of source this repository has: its own workspace's, the tests' sample, the
    benchmark corpus's releases (imported from their Markdown as ``run.py`` does), and each
    of these again under every other language tag (each language's splitting rules)."""
    written: list[Path] = []
    for path in sorted((REPO / "source").glob("*.xml")):
        written.append(folder / path.name)
        shutil.copyfile(path, written[-1])
    written.append(folder / "sample.xml")
    written[-1].write_bytes(release_to_xml(import_file(SAMPLE_TEXT, "sample").release))
    corpus = _corpus_module()
    md = tmp / "md"
    md.mkdir()
    for index in range(40):
        release = corpus.make_release(index)
        text = md / f"{release.slug}.md"
        text.write_text(corpus.to_markdown(release), encoding="utf-8")
        written.append(folder / f"{release.slug}.xml")
        written[-1].write_bytes(release_to_xml(import_file(text, release.slug).release))
    for path in list(written[:6]):
        data = path.read_bytes()
        for lang in LANGS[1:]:
            other = folder / f"{path.stem}-{lang}.xml"
            other.write_bytes(data.replace(b'xml:lang="en"', f'xml:lang="{lang}"'.encode(), 1)
                              .replace(f'id="{path.stem}"'.encode(),
                                       f'id="{other.stem}"'.encode(), 1))
            written.append(other)
    return written


@pytest.fixture
def ws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    cli = Cli(tmp_path, capsys)
    cli("init", "ws")
    return tmp_path / "ws"


def _entries(root: Path) -> dict[str, bytes]:
    folder = root / segcache.FOLDER
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*" + segcache.SUFFIX))}


def test_cache_gives_what_reading_and_segmenting_gives(ws: Path, tmp_path: Path) -> None:
    settings = load_settings(ws)
    sources = _sources(settings.source_dir, tmp_path)
    assert len(sources) > 70
    for mode in ("sentence", "paragraph"):
        current = Settings(**{**vars_of(settings), "segmentation": mode})
        fresh = [workspace.load(current, path, cache=False) for path in sources]
        assert not _entries(ws) or mode != "sentence"
        missed = [workspace.load(current, path) for path in sources]  # written here
        assert len(_entries(ws)) == len(sources)
        hit = [workspace.load(current, path) for path in sources]  # read back
        also = [workspace.load(current, path, path.read_bytes()) for path in sources]
        assert fresh == missed == hit == also
        assert all(r.path == p for (r, _), p in zip(hit, sources, strict=True))
        assert sum(len(s) for _, s in hit) > 1000
    # the entry is what was read, not what was segmented: poison one and it is served
    path = sources[0]
    _poison(settings, path)
    assert workspace.load(settings, path)[1][0].text == "POISON"
    assert workspace.load(settings, path, cache=False)[1][0].text != "POISON"


def vars_of(settings: Settings) -> dict[str, object]:
    return {name: getattr(settings, name) for name in settings.__dataclass_fields__}


def _poison(settings: Settings, path: Path) -> None:
    """Write an entry under the right key whose first unit's text is POISON: any load that
    returns it used the entry."""
    release, segments = workspace.load(settings, path, cache=False)
    first = segments[0]
    bad = (Segment(first.id, "POISON", first.block_id, first.kind, first.position,
                   first.line, first.note, first.placeholders), *segments[1:])
    wanted = segcache.key(workspace._segment_salt(settings.segmentation,
                                                  workspace._abbreviations_key(settings)),
                          path.name, path.read_bytes())
    segcache.write(segcache.entry_path(settings.root / segcache.FOLDER, path.name), wanted,
                   (release, bad))


def test_every_input_of_segmentation_is_in_the_key(ws: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(ws)
    path = settings.source_dir / "r.xml"
    path.write_bytes(release_to_xml(import_file(SAMPLE_TEXT, "r").release))
    _poison(settings, path)
    assert workspace.load(settings, path)[1][0].text == "POISON"
    # the settings: the mode, the abbreviations
    for changed in (Settings(**{**vars_of(settings), "segmentation": "paragraph"}),
                    Settings(**{**vars_of(settings), "abbreviations": {"en": ("Amb.",)}})):
        assert workspace.load(changed, path) == workspace.load(changed, path, cache=False)
        _poison(settings, path)
    # the code
    monkeypatch.setattr(workspace, "_code_digest", lambda: "another version")
    workspace._segment_salt.cache_clear()
    try:
        assert workspace.load(settings, path)[1][0].text != "POISON"
    finally:
        monkeypatch.undo()
        workspace._segment_salt.cache_clear()
    _poison(settings, path)
    # the source's bytes (a one-character edit) and its name (the release's default slug)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Qatar", b"Katar", 1))
    assert workspace.load(settings, path) == workspace.load(settings, path, cache=False)
    assert "Katar" in "".join(s.text for s in workspace.load(settings, path)[1])
    path.write_bytes(data)
    _poison(settings, path)
    renamed = path.with_name("s.xml")
    shutil.copyfile(path, renamed)
    shutil.copyfile(segcache.entry_path(settings.root / segcache.FOLDER, "r.xml"),
                    segcache.entry_path(settings.root / segcache.FOLDER, "s.xml"))
    assert workspace.load(settings, renamed)[1][0].text != "POISON"


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage", "other-key"])
def test_a_damaged_entry_is_a_miss_and_is_rewritten(ws: Path, damage: str) -> None:
    settings = load_settings(ws)
    path = settings.source_dir / "r.xml"
    path.write_bytes(release_to_xml(import_file(SAMPLE_TEXT, "r").release))
    reference = workspace.load(settings, path, cache=False)
    workspace.load(settings, path)
    entry = segcache.entry_path(settings.root / segcache.FOLDER, path.name)
    good = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(good[:len(good) // 2])
    elif damage == "flip":
        entry.write_bytes(good[:-10] + bytes([good[-10] ^ 1]) + good[-9:])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "garbage":
        entry.write_bytes(b"\x00" * len(good))
    else:  # a valid entry of another key
        other = path.with_name("o.xml")
        other.write_bytes(path.read_bytes().replace(b"Qatar", b"Katar"))
        workspace.load(settings, other)
        shutil.copyfile(segcache.entry_path(entry.parent, other.name), entry)
    assert workspace.load(settings, path) == reference
    assert entry.read_bytes() == good


def test_a_wrongly_typed_entry_is_a_miss(ws: Path) -> None:
    """An entry with a right key and check whose values are of the wrong type (planted)."""
    import marshal

    settings = load_settings(ws)
    path = settings.source_dir / "r.xml"
    path.write_bytes(release_to_xml(import_file(SAMPLE_TEXT, "r").release))
    reference = workspace.load(settings, path)
    entry = segcache.entry_path(settings.root / segcache.FOLDER, path.name)
    raw = entry.read_bytes()
    head = len(segcache.FORMAT) + 32
    value = list(marshal.loads(raw[head + segcache.CHECK:]))
    value[0] = 7  # the slug, as a number
    payload = marshal.dumps(tuple(value))
    entry.write_bytes(raw[:head] + segcache.check(payload) + payload)
    assert workspace.load(settings, path) == reference


def test_errors_are_the_same_and_leave_no_entry(ws: Path) -> None:
    settings = load_settings(ws)
    path = settings.source_dir / "bad.xml"
    path.write_text("<release><p>never closed</release>", encoding="utf-8")
    with pytest.raises(SourceError) as plain:
        workspace.load(settings, path, cache=False)
    with pytest.raises(SourceError) as cached:
        workspace.load(settings, path)
    assert str(cached.value) == str(plain.value)
    assert not _entries(ws)
    missing = settings.source_dir / "missing.xml"
    with pytest.raises(SourceError, match="cannot read"):
        workspace.load(settings, missing)


def test_a_file_outside_the_source_folder_is_not_kept(ws: Path, tmp_path: Path) -> None:
    settings = load_settings(ws)
    path = tmp_path / "elsewhere.xml"
    path.write_bytes(release_to_xml(import_file(SAMPLE_TEXT, "r").release))
    assert workspace.load(settings, path) == workspace.load(settings, path, cache=False)
    assert not (ws / segcache.FOLDER).exists()


def _load_all(root: str) -> None:
    settings = load_settings(Path(root))
    for _ in range(3):
        for path in workspace.source_files(settings):
            workspace.load(settings, path)


def test_concurrent_writers(ws: Path, tmp_path: Path) -> None:
    settings = load_settings(ws)
    sources = _sources(settings.source_dir, tmp_path)[:30]
    for path in settings.source_dir.glob("*.xml"):
        if path not in sources:
            path.unlink()
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_load_all, args=(str(ws),)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
        assert worker.exitcode == 0
    assert len(_entries(ws)) == len(sources)
    assert not [p for p in (ws / segcache.FOLDER).iterdir()
                if not p.name.endswith(segcache.SUFFIX)], "temporary files left"
    for path in sources:
        assert workspace.load(settings, path) == workspace.load(settings, path, cache=False)


def _pages(ws: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((ws / "output").rglob("*"))
            if p.is_file() and p.name != ".gitkeep"}


def test_extract_writes_build_reads_and_a_full_extract_sweeps(ws: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[
                                                                   str]) -> None:
    cli = Cli(ws, capsys)
    cli("import", str(SAMPLE_TEXT), "--slug", "one")
    cli("import", str(SAMPLE_TEXT), "--slug", "two")
    cli("extract")
    assert sorted(_entries(ws)) == ["one.xml.seg", "two.xml.seg"]
    assert (ws / ".transpub-cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    cli("build")
    cached = _pages(ws)
    assert len(cached) > 20
    shutil.rmtree(ws / "output")
    shutil.rmtree(ws / segcache.FOLDER)
    cli("build")
    assert _pages(ws) == cached
    assert sorted(_entries(ws)) == ["one.xml.seg", "two.xml.seg"]  # written by the build
    (ws / "source" / "two.xml").unlink()
    cli("extract", "one")
    assert "two.xml.seg" in _entries(ws)  # a partial run does not know what is gone
    cli("extract")
    assert sorted(_entries(ws)) == ["one.xml.seg"]


def test_an_entry_is_the_same_bytes_whichever_process_wrote_it(ws: Path, tmp_path: Path) -> None:
    """Entries depend on their key only, not on the writing process's history (marshal's
    back-references would: a killed extract run again would not end byte-identical)."""
    import subprocess

    settings = load_settings(ws)
    sources = _sources(settings.source_dir, tmp_path)[:12]
    for path in sources:
        workspace.load(settings, path)
    mine = _entries(ws)
    shutil.rmtree(ws / segcache.FOLDER)
    code = ("import sys; from pathlib import Path; from transpub import workspace; "
            "from transpub.config import load_settings; s = load_settings(Path(sys.argv[1])); "
            "[workspace.load(s, p) for p in workspace.source_files(s)]")
    subprocess.run([sys.executable, "-c", code, str(ws)], check=True,
                   env={**__import__("os").environ, "PYTHONPATH": ":".join(sys.path)})
    theirs = _entries(ws)
    assert {k: theirs[k] for k in mine} == mine


def _with_sources(tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> tuple[Cli, Path, list[Path]]:
    """A new workspace holding every kind of source (``_sources``), and the CLI run in it."""
    cli = Cli(tmp_path, capsys)
    cli("init", "ws")
    ws = tmp_path / "ws"
    cli.cwd = ws
    return cli, ws, _sources(ws / "source", tmp_path)


def _pack(ws: Path) -> Path:
    return ws / ".transpub-cache" / segcache.PACK_NAME


def _cached_equal_fresh(ws: Path) -> None:
    settings = load_settings(ws)
    for path in workspace.source_files(settings):
        assert workspace.load(settings, path) == workspace.load(settings, path, cache=False)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_large_extract_writes_one_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         jobs: str) -> None:
    cli, ws, sources = _with_sources(tmp_path, capsys)
    cli("extract", "--jobs", jobs)
    assert _pack(ws).is_file() and not _entries(ws)
    packed = _pack(ws).read_bytes()
    _cached_equal_fresh(ws)
    # the build reads the pack: its pages are those of a build without any cache
    cli("build")
    pages = _pages(ws)
    shutil.rmtree(ws / "output")
    _pack(ws).unlink()
    cli("build")
    assert _pages(ws) == pages
    # a fresh extract in another process count writes the same pack
    shutil.rmtree(ws / ".transpub-cache")
    shutil.rmtree(ws / "locales")
    (ws / "locales").mkdir()
    cli("extract", "--jobs", "2" if jobs == "1" else "1")
    assert _pack(ws).read_bytes() == packed
    # one source edited: its entry in a file of its own, the pack left alone
    edited = sources[3]
    edited.write_bytes(edited.read_bytes().replace(b"</body>",
                                                   b"<p>A new paragraph. Two sentences.</p>"
                                                   b"</body>"))
    cli("extract")
    assert _pack(ws).read_bytes() == packed
    assert list(_entries(ws)) == [edited.name + segcache.SUFFIX]
    _cached_equal_fresh(ws)
    # most sources edited: a new pack, the file of the one edited before swept
    for path in sources[: len(sources) // 2]:
        path.write_bytes(path.read_bytes().replace(b"</body>", b"<p>Added.</p></body>"))
    sources[-1].unlink()
    cli("extract")
    assert _pack(ws).read_bytes() != packed
    assert not _entries(ws)
    _cached_equal_fresh(ws)
    with open(_pack(ws), "rb") as file:  # noqa: PTH123
        assert sources[-1].name.encode() not in file.read(200_000)


@pytest.mark.parametrize("damage", ["truncate", "index", "length", "empty", "payload"])
def test_a_damaged_pack_is_a_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  damage: str) -> None:
    cli, ws, _ = _with_sources(tmp_path, capsys)
    cli("extract")
    data = _pack(ws).read_bytes()
    tail = len(segcache.PACK_FORMAT) + 8  # the index's length and the closing mark
    damaged = {"truncate": data[: len(data) * 2 // 3],
               "index": data[:-tail - 60] + b"\xff" * 50 + data[-tail - 10:],
               "length": data[:-tail] + (len(data) * 2).to_bytes(8, "big") + data[-tail + 8:],
               "empty": b"",
               "payload": data[:200] + bytes(200) + data[400:]}[damage]
    _pack(ws).write_bytes(damaged)
    _cached_equal_fresh(ws)


def test_a_dry_run_writes_no_cache(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(ws, capsys)
    cli("import", str(SAMPLE_TEXT), "--slug", "one")
    cli("extract", "--dry-run")
    assert not (ws / ".transpub-cache" / "segments").exists()
    assert not _pack(ws).exists()


def test_folders_in_the_cache_s_place_fail_nothing(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A folder where the pack or an entry goes: the cache is skipped, the commands run."""
    cli, ws, sources = _with_sources(tmp_path, capsys)
    _pack(ws).mkdir(parents=True)
    (ws / segcache.FOLDER / (sources[0].name + segcache.SUFFIX)).mkdir(parents=True)
    cli("extract")
    assert _pack(ws).is_dir()
    _cached_equal_fresh(ws)
    sources[0].write_bytes(sources[0].read_bytes().replace(b"</body>",
                                                           b"<p>Added.</p></body>"))
    cli("extract")
    cli("build")
    _cached_equal_fresh(ws)
