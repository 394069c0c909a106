"""A PO file a translator sends back, merged with ``transpub xliff import FILE.po`` as a CAT
tool's XLIFF is: renamed and re-wrapped by the translator's editor (polib at 79 columns, a
Poedit header, ``Language: fr_FR``), it fills what the workspace lacks, keeps the workspace's
translation where both differ (a conflict, exit 1) unless ``--theirs``, lets a fuzzy draft
yield to a translation, brings a sentence edited since it was sent back fuzzy with its old
source, rejects broken inline codes, keeps the translator's comments, and leaves a PO file
``msgfmt --check`` accepts."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli, copy_sample, msgfmt

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _po(ws: Path) -> Path:
    return ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"


def _entries(path: Path) -> dict[str, polib.POEntry]:
    return {entry.msgctxt: entry for entry in polib.pofile(str(path))}


def _sent(ws: Path, name: str = "Dialogue FR final.po", language: str = "fr_FR") -> Path:
    """The workspace's French PO file as a translator's editor saves it, under another name."""
    po = polib.pofile(str(_po(ws)), wrapwidth=79)
    if language:
        po.metadata["Language"] = language
    else:
        del po.metadata["Language"]
    po.metadata["X-Generator"] = "Poedit 3.4.2"
    po.metadata["Last-Translator"] = "Marie Dupont <marie@example.org>"
    path = ws.parent / name
    po.save(str(path))
    return path


def _edit(path: Path, prefix: str, change: Callable[[polib.POEntry], None]) -> str:
    po = polib.pofile(str(path), wrapwidth=79)
    entry = next(e for e in po if e.msgctxt.startswith(prefix))
    change(entry)
    po.save()
    return entry.msgctxt


def test_a_returned_file_fills_and_reports_conflicts(tmp_path: Path,
                                                     cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    sent = _sent(ws)
    # the translator: one translation revised (with a comment), one the workspace lacks
    revised = _edit(sent, "p2.", lambda e: setattr(
        e, "msgstr", e.msgstr.replace("a permis de faire le point sur", "a examiné")))
    _edit(sent, "p2.", lambda e: setattr(e, "tcomment", "Formulation plus concise."))
    lacking = _edit(_po(ws), "p3.", lambda e: setattr(e, "msgstr", ""))
    translator = _entries(sent)[lacking].msgstr
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent), expect=1)
    out = " ".join(cli.out.split())
    assert f"unit {revised}: conflict: the workspace's PO file has another translation" in out
    # (the unit in conflict is counted as such, not as unchanged too: 1 + 16 + 1 = 18)
    assert f"{RELEASE} fr 1 0 16 1 0 written" in out
    after = _entries(_po(ws))
    assert after[lacking].msgstr == translator and not after[lacking].fuzzy
    assert "a examiné" not in after[revised].msgstr
    assert after[revised].tcomment == "Formulation plus concise."  # (kept all the same)
    cli("xliff", "import", str(sent), "--theirs")
    after = _entries(_po(ws))
    assert "a examiné" in after[revised].msgstr and not after[revised].fuzzy
    assert after[revised].tcomment == "Formulation plus concise."
    # the same file again: nothing to change
    before = _po(ws).read_bytes()
    cli("xliff", "import", str(sent))
    assert _po(ws).read_bytes() == before
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po(ws))], check=True)


def test_a_fuzzy_draft_yields_to_the_translators_translation(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    sent = _sent(ws)
    unit = _edit(_po(ws), "p4.", lambda e: (setattr(e, "msgstr", "Un brouillon aligné."),
                                            e.flags.append("fuzzy")))
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent))
    entry = _entries(_po(ws))[unit]
    assert entry.msgstr == _entries(sent)[unit].msgstr and not entry.fuzzy


def test_broken_codes_are_rejected_and_the_rest_imported(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    sent = _sent(ws)
    linked = next(e.msgctxt for e in polib.pofile(str(sent)) if "<a1>" in e.msgstr)
    _edit(sent, linked, lambda e: setattr(e, "msgstr", e.msgstr.replace("</a1>", "")))
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent), "--theirs", expect=1)
    assert f"unit {linked}: rejected: inline codes differ from the source: missing </a1>" in \
        " ".join(cli.out.split())
    assert "</a1>" in _entries(_po(ws))[linked].msgstr


@pytest.mark.parametrize(("name", "option"), [("dialogue_fr.po", ()),
                                              ("notes.po", ("--lang", "fr"))])
def test_the_language_from_the_name_or_the_command_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str,
        option: tuple[str, ...]) -> None:
    """A header without ``Language`` (an old editor's): the file's name gives it, or else
    ``--lang`` (without it, such a file is refused)."""
    ws = copy_sample(tmp_path)
    sent = _sent(ws, name, language="")
    unit = _edit(_po(ws), "p3.", lambda e: setattr(e, "msgstr", ""))
    cli = cli_factory(ws)
    if option:
        cli("xliff", "import", str(sent), expect=2)
    cli("xliff", "import", str(sent), *option)
    assert _entries(_po(ws))[unit].msgstr


@pytest.mark.parametrize(("name", "language", "message"), [
    ("notes.po", "", "the PO file names no language (no Language header, and its name names "
                     "none of the workspace's, or more than one): give it with --lang"),
    ("es_to_fr.po", "", "give it with --lang"),
    ("notes.po", "de", "target language 'de' is not one of this workspace's")])
def test_a_file_that_cannot_be_placed(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      name: str, language: str, message: str) -> None:
    ws = copy_sample(tmp_path)
    sent = _sent(ws, name, language)
    before = _po(ws).read_bytes()
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent), expect=2)
    assert message in cli.err and len(cli.err.strip().splitlines()) == 1
    assert _po(ws).read_bytes() == before


def _git(ws: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                           *args], cwd=ws, check=True, capture_output=True,
                          text=True).stdout.strip()


def test_in_git_the_version_it_was_sent_as_is_the_base(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """In a git work tree the merge is three-way: the committed version of the PO file the
    returned one agrees with most is the version it was sent as. A unit only the translator
    changed is taken without --theirs; a reviser's fix committed since the file was sent is
    kept (the translator's file still has the old translation); a unit both changed is a
    conflict."""
    ws = copy_sample(tmp_path)
    _git(ws, "init", "-q")
    _git(ws, "add", "-A")
    _git(ws, "commit", "-qm", "sent to the translator")
    sent_as = _git(ws, "rev-parse", "HEAD")
    sent = _sent(ws)
    # since: a reviser fixes two units and commits
    fixed = _edit(_po(ws), "p4.", lambda e: setattr(e, "msgstr", e.msgstr.replace(
        "Grâce à", "Avec")))
    both = _edit(_po(ws), "p5.", lambda e: setattr(e, "msgstr", e.msgstr + " (réviseur)"))
    _git(ws, "commit", "-qam", "revised")
    # the translator changes one unit of their own and one the reviser changed too
    own = _edit(sent, "p2.", lambda e: setattr(
        e, "msgstr", e.msgstr.replace("a permis de faire le point sur", "a examiné")))
    _edit(sent, both, lambda e: setattr(e, "msgstr", e.msgstr + " (traductrice)"))
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent), expect=1)
    out = " ".join(cli.out.split())
    assert f"merged against the version it was sent as (commit {sent_as[:12]} of" in out
    assert f"unit {both}: conflict:" in out and out.count("conflict:") == 1
    after = _entries(_po(ws))
    assert "a examiné" in after[own].msgstr
    assert after[fixed].msgstr.startswith("Avec")
    assert after[both].msgstr.endswith("(réviseur)")
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po(ws))], check=True)


def _repo(tmp_path: Path) -> Path:
    ws = copy_sample(tmp_path)
    _git(ws, "init", "-q")
    _git(ws, "add", "-A")
    _git(ws, "commit", "-qm", "sample")
    return ws


def test_in_git_a_unit_sent_fuzzy_and_approved(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """Sent fuzzy, returned approved (the flag cleared, the text as it was): the version it
    was sent as is told by the texts, not the flags (the older version, where the unit was
    not fuzzy, had looked the closer), and the approval is taken."""
    ws = _repo(tmp_path)
    unit = _edit(_po(ws), "p5.", lambda e: e.flags.append("fuzzy"))
    _git(ws, "commit", "-qam", "p5 to review")
    sent_as = _git(ws, "rev-parse", "HEAD")
    sent = _sent(ws)
    _edit(sent, unit, lambda e: e.flags.remove("fuzzy"))
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent))
    assert f"(commit {sent_as[:12]} of" in " ".join(cli.out.split())
    assert not _entries(_po(ws))[unit].fuzzy


@pytest.mark.parametrize("in_git", [False, True])
def test_a_sentence_edited_since_it_was_sent_comes_back_fuzzy(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], in_git: bool) -> None:
    """The sentence edited and extracted (its id changed) after the file was sent: the
    translator's work comes back fuzzy with the old source. Outside git it takes --theirs
    (the workspace holds the old translation); in git, the base is found in the version
    that still had the old id, and no conflict is raised (it had been one, "no record of
    what it was sent with", though the version had been found)."""
    ws = _repo(tmp_path) if in_git else copy_sample(tmp_path)
    sent = _sent(ws)
    old = "p1.d6c5e4"
    _edit(sent, old, lambda e: setattr(e, "msgstr", "Le BLT et le Qatar ont tenu leur "
                                                    "dialogue (traductrice)."))
    source = ws / "source" / f"{RELEASE}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "third Strategic Dialogue on 9 December 2020",
        "third Strategic Dialogue in New York on 9 December 2020"), encoding="utf-8")
    cli = cli_factory(ws)
    cli("extract")
    assert old not in _entries(_po(ws))
    if in_git:
        _git(ws, "commit", "-qam", "source edited")
    cli("xliff", "import", str(sent), *(() if in_git else ("--theirs",)))
    entry = next(e for e in _entries(_po(ws)).values() if "in New York on" in e.msgid)
    assert entry.msgstr == "Le BLT et le Qatar ont tenu leur dialogue (traductrice)."
    assert entry.fuzzy and "New York" not in entry.previous_msgid


def test_in_git_a_file_without_msgctxt(tmp_path: Path,
                                       cli_factory: Callable[[Path], Cli]) -> None:
    """A tool that strips msgctxt: the history is read by msgid too, so the one unit the
    translator changed is taken, no conflict."""
    ws = _repo(tmp_path)
    sent = _sent(ws)
    po = polib.pofile(str(sent), wrapwidth=79)
    changed = next(e for e in po if e.msgctxt.startswith("p2."))
    changed.msgstr = changed.msgstr.replace("a permis de faire le point sur", "a examiné")
    key = changed.msgctxt
    for entry in po:
        entry.msgctxt = None
    po.save()
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent))
    assert "a examiné" in _entries(_po(ws))[key].msgstr


@pytest.mark.parametrize("name", ["Dialogue FR final (1).po", "Dialogue_FR_v2.po",
                                  "press release in French.po", "FR-rev2.po"])
def test_the_language_from_one_word_of_the_name(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli],
                                                name: str) -> None:
    """One of the workspace's languages, by code or English name, as a word of the name
    (a browser's "(1)", a version number beside it); "in" is no Indonesian, "to" no Tongan."""
    ws = copy_sample(tmp_path)
    sent = _sent(ws, name, language="")
    unit = _edit(_po(ws), "p3.", lambda e: setattr(e, "msgstr", ""))
    cli = cli_factory(ws)
    cli("xliff", "import", str(sent))
    assert _entries(_po(ws))[unit].msgstr


def test_a_file_in_another_languages_script_is_refused(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """French translations in a file named for Arabic, or one whose header says Russian:
    refused, nothing merged into the Arabic or Russian PO file (it had been: 18 conflicts,
    and the untranslated units filled with French); --lang contradicting the header too."""
    ws = copy_sample(tmp_path)
    before = {lang: (ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po").read_bytes()
              for lang in ("ar", "ru")}
    cli = cli_factory(ws)
    for sent in (_sent(ws, "Qatar-ar.po", language=""), _sent(ws, "x.po", language="ru")):
        cli("xliff", "import", str(sent), expect=2)
        assert "its translations are not written in" in cli.err
    cli("xliff", "import", str(_sent(ws, "y.po")), "--lang", "ru", expect=2)
    assert "the file says it is in 'fr_FR' (its Language header), --lang says 'ru'" in cli.err
    assert before == {lang: (ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po")
                      .read_bytes() for lang in ("ar", "ru")}


def test_what_a_returned_file_holds_that_is_no_unit(tmp_path: Path,
                                                    cli_factory: Callable[[Path], Cli]) -> None:
    """A msgctxt written twice with other texts is refused (which is the unit?); an entry
    with a msgctxt and no msgid is rejected, named; obsolete entries with a translation are
    said, not dropped without a word."""
    ws = copy_sample(tmp_path)
    sent = _sent(ws)
    text = sent.read_text(encoding="utf-8")
    twice = tmp_path / "twice.po"
    twice.write_text(text + '\nmsgctxt "label"\nmsgid "PRESS RELEASE changed"\n'
                     'msgstr "autre"\n', encoding="utf-8")
    before = _po(ws).read_bytes()
    cli = cli_factory(ws)
    cli("xliff", "import", str(twice), "--theirs", expect=2)
    assert "unit 'label' appears twice (first on line" in cli.err
    assert _po(ws).read_bytes() == before
    po = polib.pofile(str(sent))
    next(e for e in po if e.msgctxt == "title").msgid = ""
    odd = tmp_path / "odd.po"
    po.save(str(odd))
    odd.write_text(odd.read_text(encoding="utf-8") + '\n#~ msgctxt "gone"\n'
                   '#~ msgid "A removed sentence."\n#~ msgstr "Une phrase retirée."\n',
                   encoding="utf-8")
    cli("xliff", "import", str(odd), expect=1)
    out = " ".join(cli.out.split())
    assert "unit title: rejected: an entry without msgid: not imported" in out
    assert "1 obsolete entry (#~) with a translation: units the source no longer has" in out


def test_a_pipe_and_a_device_are_refused(tmp_path: Path,
                                         cli_factory: Callable[[Path], Cli]) -> None:
    """Read as every other file is: a named pipe is not waited on, a device not read."""
    import os

    ws = copy_sample(tmp_path)
    fifo = tmp_path / "f.po"
    os.mkfifo(fifo)
    cli = cli_factory(ws)
    for path in (str(fifo), "/dev/zero"):
        cli("xliff", "import", path, expect=2)
        assert cli.err.strip() == (f"transpub: error: {path}: cannot read: this is a device "
                                   "or pipe, not a file")


def test_an_unusable_charset(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Python's "undefined" codec, which decodes nothing: an unknown charset, not an internal
    error."""
    ws = copy_sample(tmp_path)
    sent = _sent(ws)
    sent.write_bytes(sent.read_bytes().replace(b"charset=utf-8", b"charset=undefined")
                     .replace(b"charset=UTF-8", b"charset=undefined") + b"#. \xff\n")
    cli = cli_factory(ws)
    for command in (("xliff", "import", str(sent)), ("check", str(sent))):
        cli(*command, expect=2)
        assert "unknown charset 'undefined' in the header" in cli.err
