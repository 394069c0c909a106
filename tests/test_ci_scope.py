"""--shard K/N (check and build), build --index-only, and check --changed-since REF."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from transpub.errors import TranspubError
from transpub.scope import parse_shard, shard_of

from conftest import REPO, Cli, sample_copies

RELEASES = [f"release-{n:02d}" for n in range(1, 9)]
LANGS = ("ar", "zh", "en", "fr", "ru", "es")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A workspace of eight translated releases (copies of the sample under other ids)."""
    root = sample_copies(tmp_path / "archive", RELEASES)
    # (and a copy of the termbase at the workspace's root)
    shutil.copy2(REPO / "locales" / "termbase.tbx", root / "termbase.tbx")
    return root


def _po(root: Path, name: str, lang: str) -> Path:
    return root / "locales" / lang / "LC_MESSAGES" / f"{name}.po"


def _break(path: Path, prefix: str = "p1.", find: str = "9 décembre 2020",
           replace: str = "19 décembre 2020") -> str:
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt.startswith(prefix) and find in e.msgstr)
    entry.msgstr = entry.msgstr.replace(find, replace, 1)
    po.save()
    return str(entry.msgctxt)


def _report(cli: Cli, *args: str, expect: int | None = None) -> dict:  # type: ignore[type-arg]
    cli("check", "--format", "json", *args, expect=expect)
    return json.loads(cli.out)  # type: ignore[no-any-return]


# --- shards ----------------------------------------------------------------------------------

def test_parse_shard_rejects_nonsense() -> None:
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "1", "a/b", "1/0", "-1/2"):
        with pytest.raises(TranspubError):
            parse_shard(bad)


def test_shards_partition_the_releases_and_stay_put_when_releases_are_added() -> None:
    names = [f"press-release-{n}" for n in range(200)]
    for count in (1, 2, 3, 7):
        shards = {name: shard_of(name, count) for name in names}
        assert set(shards.values()) <= set(range(1, count + 1))
        # every shard gets a fair share (a hash, not an order: new releases move no others)
        assert min(list(shards.values()).count(k) for k in range(1, count + 1)) > 200 / count / 2
        more = {name: shard_of(name, count) for name in [*names, "a-new-one", "zzz"]}
        assert all(more[name] == shards[name] for name in names)


def test_check_shards_cover_every_finding_exactly_once(archive: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    for name in RELEASES:
        _break(_po(archive, name, "fr"))
    cli: Cli = cli_factory(archive)
    whole = _report(cli, "--ignore", "TP7,TP9", expect=1)
    parts = [_report(cli, "--ignore", "TP7,TP9", "--shard", f"{k}/3") for k in (1, 2, 3)]
    key = lambda f: (f["file"], f["unit"], f["code"])  # noqa: E731
    together = sorted(key(f) for p in parts for f in p["findings"])
    assert together == sorted(key(f) for f in whole["findings"])
    assert sum(p["summary"]["files"] for p in parts) == whole["summary"]["files"] == 40
    assert [p["summary"]["scope"]["shard"] for p in parts] == ["1/3", "2/3", "3/3"]
    # PO files given on the command line go to the same shard as their release
    files = [str(_po(archive, name, "fr")) for name in RELEASES]
    cli("check", "--format", "json", "--shard", "2/3", *files, expect=None)
    standalone = {Path(f["file"]).stem for f in json.loads(cli.out)["findings"]}
    assert standalone == {n for n in RELEASES if shard_of(n, 3) == 2}


def test_sharded_build_then_index_only_equals_a_whole_build(archive: Path, tmp_path: Path,
                                                            cli_factory) -> None:  # type: ignore[no-untyped-def]
    whole = tmp_path / "whole"
    shutil.copytree(archive, whole)
    cli: Cli = cli_factory(whole)
    cli("build", "-j", "1")
    merged = archive / "output"
    for k in (1, 2, 3):  # each CI runner has its own checkout
        shutil.copytree(archive, tmp_path / f"runner{k}")
    for k in (1, 2, 3):
        runner = tmp_path / f"runner{k}"
        cli.cwd = runner
        cli("build", "--shard", f"{k}/3", "-j", "1")
        assert "no index pages" in cli.out
        assert not list((runner / "output").glob("*/index.html"))
        built = {p.stem for p in (runner / "output" / "fr").glob("*.html")}
        assert built == {n for n in RELEASES if shard_of(n, 3) == k}
        shutil.copytree(runner / "output", merged, dirs_exist_ok=True)  # "download artifacts"
    cli.cwd = archive
    cli("build", "--index-only")
    assert "8 release(s)" in cli.out
    for lang in LANGS:
        assert (merged / lang / "index.html").read_bytes() == \
            (whole / "output" / lang / "index.html").read_bytes()
        for name in RELEASES:
            assert (merged / lang / f"{name}.html").read_bytes() == \
                (whole / "output" / lang / f"{name}.html").read_bytes()
    # the merged manifest makes the next whole build incremental: nothing to rebuild
    cli("build")
    assert "0 page(s) rebuilt" in cli.out


def test_index_only_without_a_build_is_a_clear_error(archive: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(archive)
    cli("build", "--index-only", expect=2)
    assert "no build to index" in cli.err
    cli("build", "--index-only", "--shard", "1/2", expect=2)
    cli("build", "--shard", "1/2")
    (archive / "output" / ".transpub-build.shard-1-of-2.json").write_text("{", encoding="utf-8")
    cli("build", "--index-only", expect=2)
    assert "damaged build manifest" in cli.err and ".shard-1-of-2.json:1:" in cli.err


# --- --changed-since -------------------------------------------------------------------------

def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                          cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(archive: Path) -> Path:
    _git(archive, "init", "-q", "-b", "main")
    _git(archive, "add", "-A")
    _git(archive, "commit", "-qm", "archive")
    return archive


def test_changed_since_checks_only_changed_units(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    old = _break(_po(repo, "release-01", "fr"))  # committed: an old problem
    _git(repo, "commit", "-qam", "old problem")
    cli: Cli = cli_factory(repo)
    report = _report(cli, "--changed-since", "HEAD", expect=0)
    assert report["summary"]["units"] == 0 and report["summary"]["scope"] == {
        "changed_since": "HEAD"}
    new = _break(_po(repo, "release-05", "es"), "p7.", "Subsecretaria General",
                 "Secretaria General Adjunta")
    report = _report(cli, "--changed-since", "HEAD", expect=1)
    found = {(f["file"], f["unit"], f["code"]) for f in report["findings"]
             if f["severity"] != "info"}
    # the changed unit's own checks, and the consistency check it now fails against the seven
    # unchanged copies of the same sentence (TP701); nothing of the old problem
    assert {(Path(f).stem, u, c) for f, u, c in found} == {("release-05", new, "TP101"),
                                                          ("release-05", new, "TP701")}
    assert report["summary"]["units"] == 1
    # without collection checks, unchanged files are not even read
    report = _report(cli, "--changed-since", "HEAD", "--select", "TP1,TP2,TP3", expect=1)
    assert report["summary"]["files"] == 1
    # against the commit before the old problem, both are found
    report = _report(cli, "--changed-since", "HEAD~1", expect=1)
    units = {f["unit"] for f in report["findings"]}
    assert {old, new} <= units


def test_changed_since_includes_the_collection_checks_a_unit_takes_part_in(
        repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    # release-03's headline translated differently from the seven other copies: TP701
    po = polib.pofile(str(_po(repo, "release-03", "fr")))
    title = next(e for e in po if e.msgctxt == "title")
    title.msgstr = "Dialogue stratégique entre l’UNOCT et le Qatar"
    po.save()
    cli: Cli = cli_factory(repo)
    report = _report(cli, "--changed-since", "HEAD", "--select", "TP7")
    hits = {(Path(f["file"]).stem, f["unit"], f["code"]) for f in report["findings"]}
    assert hits == {("release-03", "title", "TP701")}
    assert report["summary"]["units"] == 1  # one unit checked, against all the others


def test_changed_since_compares_a_change_with_what_the_group_had(
        repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """TP701 under --changed-since reports the changed units only, each compared with the
    unchanged units' translation: an old disagreement of unchanged files (release-02's
    committed date) is not the change's, and a new release that sorts first (``aaa-new``) is
    reported itself, where every established copy had been called "different" from it."""
    _break(_po(repo, "release-02", "fr"))
    _git(repo, "commit", "-qam", "an old problem")
    changed = _break(_po(repo, "release-03", "fr"), "p1.", "troisième", "3e")
    cli: Cli = cli_factory(repo)
    report = _report(cli, "--changed-since", "HEAD", "--select", "TP7")
    assert {(Path(f["file"]).stem, f["unit"]) for f in report["findings"]} == {
        ("release-03", changed)}
    _git(repo, "checkout", "-q", ".")
    source = (repo / "source" / "release-01.xml").read_text(encoding="utf-8")
    (repo / "source" / "aaa-new.xml").write_text(
        source.replace('id="release-01"', 'id="aaa-new"'), encoding="utf-8")
    for lang in LANGS:
        shutil.copy2(_po(repo, "release-01", lang), _po(repo, "aaa-new", lang))
    new = _break(_po(repo, "aaa-new", "fr"), "p1.", "troisième", "3e")
    report = _report(cli, "--changed-since", "HEAD", "--select", "TP7")
    assert {(Path(f["file"]).stem, f["unit"]) for f in report["findings"]} == {("aaa-new", new)}
    assert all(f["expected"] and "troisième" in f["expected"] for f in report["findings"])


def test_changed_since_follows_source_edits_and_new_files(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    source = repo / "source" / "release-02.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "PRESS RELEASE", "PRESS STATEMENT"), encoding="utf-8")
    cli: Cli = cli_factory(repo)
    report = _report(cli, "--changed-since", "HEAD", "--select", "TP604")
    stale = {(Path(f["file"]).stem, f["unit"]) for f in report["findings"]}
    assert stale == {("release-02", "label")}
    # a PO file git does not know yet is checked whole
    extra = _po(repo, "release-02", "fr").read_text(encoding="utf-8")
    (repo / "fr-extra.po").write_text(extra.replace("9 décembre 2020", "19 décembre 2020"),
                                      encoding="utf-8")
    report = _report(cli, "--changed-since", "HEAD", str(repo / "fr-extra.po"), expect=1)
    assert "TP201" in {f["code"] for f in report["findings"]}


@pytest.mark.parametrize(("ref", "message"), [
    ("no-such-ref", "git: --changed-since no-such-ref: no such commit in this clone (mistyped, "
                    "or a branch of the remote not fetched yet: git fetch origin BRANCH)"),
    ("HEAD", "not inside a git repository")])
def test_changed_since_errors(archive: Path, tmp_path: Path, cli_factory, ref: str,  # type: ignore[no-untyped-def]
                              message: str) -> None:
    if message.startswith("git:"):
        message = message.removeprefix("git: ")
        _git(archive, "init", "-q")
        _git(archive, "add", "-A")
        _git(archive, "commit", "-qm", "x")
    cli: Cli = cli_factory(archive)
    cli("check", "--changed-since", ref, expect=2)
    assert message in cli.err and cli.err.count("\n") == 1


def test_the_first_commit_of_a_new_repository_checks_every_file(
        archive: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """The pre-commit hook's ``--changed-since HEAD`` before the repository's first commit:
    HEAD names no commit yet, every file is new and is checked (it was refused as "no such
    commit … mistyped"); another ref is still refused."""
    bad = _break(_po(archive, "release-04", "fr"))
    _git(archive, "init", "-q", "-b", "main")
    _git(archive, "add", "-A")
    cli: Cli = cli_factory(archive)
    report = _report(cli, "--changed-since", "HEAD", expect=1)
    assert ("release-04", bad, "TP201") in {(Path(f["file"]).stem, f["unit"], f["code"])
                                            for f in report["findings"]}
    assert report["summary"]["files"] == len(RELEASES) * 5
    cli("check", "--changed-since", "main~1", expect=2)
    assert "no such commit in this clone" in cli.err
    # and the first commit of an orphan branch in a repository that has others
    _git(archive, "commit", "-qm", "first")
    _git(archive, "checkout", "-q", "--orphan", "another")
    report = _report(cli, "--changed-since", "HEAD", expect=1)
    assert report["summary"]["files"] == len(RELEASES) * 5


def test_git_missing_is_said_so(repo: Path, cli_factory, tmp_path: Path,  # type: ignore[no-untyped-def]
                                monkeypatch) -> None:
    """A CI image without git (``python:3.12-slim``): said so, not "not inside a git
    repository"."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    cli: Cli = cli_factory(repo)
    cli("check", "--changed-since", "HEAD", expect=2)
    assert cli.err.strip() == ("transpub: error: --changed-since needs git, which is not "
                               "installed (or not on the PATH)")


def test_a_shallow_clone_says_why_the_ref_is_missing(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """actions/checkout's default clone holds the last commit only: HEAD~1 or the base
    branch's commit is not in it, and the error says how to fetch it."""
    origin = tmp_path / "origin"
    origin.mkdir()
    (origin / "a.txt").write_text("1\n", encoding="utf-8")
    _git(origin, "init", "-q")
    for n in (1, 2):
        (origin / "a.txt").write_text(f"{n}\n", encoding="utf-8")
        _git(origin, "add", "-A")
        _git(origin, "commit", "-qm", str(n))
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", str(clone))
    ws = tmp_path / "ws"
    cli: Cli = cli_factory(tmp_path)
    cli("init", str(ws))
    for name in ("transpub.toml", "source", "locales"):
        shutil.move(str(ws / name), str(clone / name))
    cli.cwd = clone
    cli("check", "--changed-since", "HEAD~1", expect=2)
    assert cli.err.strip() == (
        "transpub: error: --changed-since HEAD~1: no such commit in this clone (a shallow "
        "clone holds too little history: fetch it, git fetch --unshallow, or check out with "
        "actions/checkout's fetch-depth: 0)")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root, to give the checkout to another user")
def test_a_checkout_owned_by_another_user(repo: Path, cli_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A CI container's checkout belongs to another user than the one running: git refuses
    it ("dubious ownership"), and the error says how to allow it (it said "not inside a git
    repository")."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")  # (no safe.directory of the machine)
    for path in (repo, *repo.rglob("*")):
        os.chown(path, 65534, 65534, follow_symlinks=False)
    cli: Cli = cli_factory(repo)
    cli("check", "--changed-since", "HEAD", expect=2)
    assert cli.err.strip() == (
        "transpub: error: --changed-since: git refuses the repository, owned by another user "
        f"(as in a CI container): git config --global --add safe.directory {repo.resolve()}")


def test_changed_since_with_a_baseline_reports_nothing_fixed_it_did_not_look_at(
        repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    _break(_po(repo, "release-01", "fr"))
    cli: Cli = cli_factory(repo)
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "old problem, baselined")
    _break(_po(repo, "release-02", "es"), "p7.", "Subsecretaria General",
           "Secretaria General Adjunta")
    report = _report(cli, "--changed-since", "HEAD", "--baseline", "b.json", expect=1)
    assert report["summary"]["baseline"] == {"file": "b.json", "known": 0, "fixed": 0}
    assert {Path(f["file"]).stem for f in report["findings"]} == {"release-02"}


def test_changed_since_checks_every_unit_when_the_termbase_or_config_changed(
        repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """A corrected approved term (or a changed configuration) since the ref may make any
    unit's translation wrong: every unit is checked, and the report says why. Before, a
    pull request that changed only the termbase was checked on no unit at all."""
    cli: Cli = cli_factory(repo)
    report = _report(cli, "--changed-since", "HEAD", "--termbase", "termbase.tbx", expect=0)
    assert report["summary"]["units"] == 0
    tbx = repo / "termbase.tbx"
    text = tbx.read_text(encoding="utf-8")
    assert "Bureau de lutte contre le terrorisme" in text
    tbx.write_text(text.replace("Bureau de lutte contre le terrorisme",
                                "Bureau antiterroriste"), encoding="utf-8")
    report = _report(cli, "--changed-since", "HEAD", "--termbase", "termbase.tbx", expect=1)
    assert report["summary"]["units"] > 100
    assert report["summary"]["scope"]["every_unit"] == "termbase.tbx changed since HEAD"
    assert "notice: termbase.tbx changed since HEAD: every unit checked" in cli.err
    files = {Path(f["file"]).stem for f in report["findings"] if f["code"] == "TP101"
             and f["lang"] == "fr"}
    assert files == set(RELEASES)
    _git(repo, "commit", "-qam", "the term corrected")
    config = repo / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    report = _report(cli, "--changed-since", "HEAD", "--termbase", "termbase.tbx", expect=1)
    assert report["summary"]["scope"]["every_unit"] == "transpub.toml changed since HEAD"


def test_changed_since_of_files_checks_every_unit_when_the_termbase_changed(
        repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """The same for PO files given by name (``check FILES --changed-since``)."""
    cli: Cli = cli_factory(repo)
    po = str(_po(repo, "release-01", "fr"))
    report = _report(cli, po, "--changed-since", "HEAD", "--termbase", "termbase.tbx")
    assert report["summary"]["units"] == 0
    tbx = repo / "termbase.tbx"
    tbx.write_text(tbx.read_text(encoding="utf-8").replace(
        "Bureau de lutte contre le terrorisme", "Bureau antiterroriste"), encoding="utf-8")
    report = _report(cli, po, "--changed-since", "HEAD", "--termbase", "termbase.tbx",
                     expect=1)
    assert report["summary"]["units"] > 10
    assert report["summary"]["scope"]["every_unit"] == "termbase.tbx changed since HEAD"
    assert "TP101" in {f["code"] for f in report["findings"]}
