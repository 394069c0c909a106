"""Obsolete entries (``#~``) as the PO editors write them, read the same way by ``extract``
(the returned file copied into ``locales/``) and by ``xliff import`` (the file merged).

Emacs po-mode obsoletes an entry (``po-fade-out-entry``, its ``DEL`` on a fuzzy or
untranslated entry) by writing ``#~ `` before every line of it, its comments too
(``#~ #, fuzzy``, ``#~ #: …``, ``#~ #. …``): msgfmt reads those as the entry's comments, and
they had been a syntax error to every command. gettext's own forms (``#~ msgctxt``,
``#~| msgid`` for the previous msgid of an obsolete entry, continuation lines) were read.
An obsolete entry whose msgid is a unit's source was revived by extract's merge (a
translator's Poedit had obsoleted it with an old template: published) but said by
``xliff import`` to be of "units the source no longer has" and left out; a plural one whose
``msgstr[0]`` was empty was not even counted. Both now revive the first, keep or say the
others."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli, copy_sample, msgfmt

RELEASE = "unoct-qatar-strategic-dialogue-2020"
PO = Path("locales") / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"

HEAD = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')


def _faded(block: str) -> str:
    """An entry as Emacs po-mode's ``po-fade-out-entry`` leaves it: ``#~ `` before each line
    (po-mode.el: ``(insert "#~ ")`` at every line of the entry's region)."""
    return "".join(f"#~ {line}\n" for line in block.rstrip("\n").split("\n"))


def test_po_mode_faded_entries_are_read(tmp_path: Path) -> None:
    from transpub.poread import read_entries

    path = tmp_path / "fr.po"
    path.write_text(HEAD + 'msgid "Hello"\nmsgstr "Bonjour"\n\n' + _faded(
        "# a translator's note\n#. Paragraph 2.\n#: source/x.xml:12\n#, fuzzy\n"
        '#| msgid "Good by"\nmsgctxt "p2"\nmsgid "Good bye"\nmsgstr ""\n"Au "\n"revoir"\n')
        + '\n#, fuzzy\n#~| msgctxt "p3"\n#~| msgid "Old"\n#~ msgctxt "p3"\n#~ msgid "Cee"\n'
        '#~ msgstr "Cé"\n', encoding="utf-8")
    _header, entries = read_entries(path)
    hello, bye, cee = entries
    assert not hello.obsolete
    assert (bye.obsolete, bye.context, bye.msgid, bye.msgstr, bye.fuzzy) == (
        True, "p2", "Good bye", "Au revoir", True)
    assert (bye.translator, bye.comments, bye.references) == (
        "a translator's note", "Paragraph 2.", "source/x.xml:12")
    assert (cee.obsolete, cee.context, cee.msgstr, cee.fuzzy) == (True, "p3", "Cé", True)
    if shutil.which("msgfmt"):  # msgfmt reads it too, and msgcat writes the same flags back
        subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)], check=True)
        out = subprocess.run(["msgcat", str(path)], capture_output=True, text=True,
                             check=True).stdout
        assert '#, fuzzy\n#~| msgid "Good by"\n#~ msgctxt "p2"' in out


def _returned(ws: Path) -> str:
    """The sample's French sent back with three obsolete entries: po-mode's fade-out of the
    label (its translation changed, fuzzy), gettext's of the place (the live entry left
    empty), a removed sentence, and a plural entry holding its second form only."""
    text = (ws / PO).read_text(encoding="utf-8")
    start = text.index("#. Document label.")
    end = text.index("\n\n", start) + 2
    label = text[start:end].replace('msgctxt "label"', '#, fuzzy\nmsgctxt "label"')
    text = text[:start] + text[end:]
    text = text.replace('msgctxt "place"\nmsgid "New York"\nmsgstr "New York"\n',
                        'msgctxt "place"\nmsgid "New York"\nmsgstr ""\n')
    return (text + '\n#~ msgid "New York"\n#~ msgstr "New-York (Siège)"\n'
            '\n#~ msgid "A removed sentence."\n#~ msgstr "Une phrase retirée."\n'
            '\n#~ msgid "one file"\n#~ msgid_plural "%d files"\n#~ msgstr[0] ""\n'
            '#~ msgstr[1] "%d fichiers"\n\n'
            + _faded(label.replace("COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ")))


def _live(path: Path) -> dict[str, tuple[str, bool]]:
    return {e.msgctxt: (e.msgstr, e.fuzzy) for e in polib.pofile(str(path))
            if not e.obsolete and e.msgctxt}


def _git(ws: Path) -> None:
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "sent"]):
        subprocess.run(["git", *args], cwd=ws, check=True)


def test_extract_and_xliff_import_read_them_alike(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    by_import = copy_sample(tmp_path / "a")
    _git(by_import)
    back = tmp_path / "Dialogue FR final.po"
    back.write_text(_returned(by_import), encoding="utf-8")
    if shutil.which("msgfmt"):
        subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(back)], check=True)
    cli = cli_factory(by_import)
    cli("xliff", "import", str(back))
    said = " ".join((cli.out + cli.err).split())
    # the removed sentence and the plural entry: said, once, by their lines
    lines = back.read_text(encoding="utf-8").split("\n")
    removed, plural = (lines.index(f'#~ msgid "{text}"') + 1 for text in ("A removed sentence.",
                                                                         "one file"))
    assert ("2 obsolete entries (#~) with a translation: units the source no longer has "
            f"(lines {removed}, {plural})") in said
    imported = _live(by_import / PO)
    assert imported["label"] == ("COMMUNIQUÉ", True)  # (po-mode's fade-out: fuzzy, kept so)
    assert imported["place"] == ("New-York (Siège)", False)

    by_extract = copy_sample(tmp_path / "b")
    shutil.copy2(back, by_extract / PO)
    cli = cli_factory(by_extract)
    cli("extract")
    assert _live(by_extract / PO) == imported
    # extract keeps the rest in the file, as obsolete entries: nothing dropped either way
    kept = {e.msgid: e for e in polib.pofile(str(by_extract / PO)) if e.obsolete}
    assert kept["A removed sentence."].msgstr == "Une phrase retirée."
    assert kept["one file"].msgstr_plural[1] == "%d fichiers"


def test_an_obsolete_entry_does_not_replace_a_live_translation(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """An obsolete entry of a unit the file translates live is no translation of it, but the
    translator's other translation of it: kept as an obsolete entry of that unit (``place
    (old 2)``), said by its line (it had been said to be of "units the source no longer
    has", naming no line, and left out: h4 repro 05). Imported again, it is not kept twice."""
    ws = copy_sample(tmp_path)
    _git(ws)
    before = _live(ws / PO)
    back = tmp_path / "fr.po"
    text = (ws / PO).read_text(encoding="utf-8")
    back.write_text(text + '\n# Plus ancien.\n#~ msgid "New York"\n#~ msgstr "Nouvelle-York"\n',
                    encoding="utf-8")
    line = text.count("\n") + 3
    cli = cli_factory(ws)
    cli("xliff", "import", str(back))
    said = " ".join((cli.out + cli.err).split())
    assert (f"fr.po:{line}: obsolete entry (#~) with another translation of unit place: kept "
            "as the obsolete entry 'place (old 2)'") in said
    assert "no longer has" not in said
    assert _live(ws / PO) == before
    kept = [e for e in polib.pofile(str(ws / PO)) if e.obsolete and e.msgid == "New York"]
    assert [(e.msgctxt, e.msgstr, e.tcomment) for e in kept] == [
        ("place (old 2)", "Nouvelle-York", "Plus ancien.")]
    if shutil.which("msgfmt"):
        subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(ws / PO)], check=True)
    after = (ws / PO).read_bytes()
    cli("xliff", "import", str(back))
    assert (ws / PO).read_bytes() == after
    assert "obsolete entry" not in " ".join((cli.out + cli.err).split())


def _first_sentence(ws: Path) -> polib.POEntry:
    return next(e for e in polib.pofile(str(ws / PO)) if e.msgctxt.startswith("p1."))


def test_an_other_translation_is_kept_as_extract_keeps_it(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The unit translated live (X) and an obsolete entry of the same msgctxt and msgid with
    another translation (Y): extract on the file and xliff import of it keep Y alike, as
    the obsolete entry ``<id> (old 2)``."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    by_import = copy_sample(tmp_path / "a")
    _git(by_import)
    unit = _first_sentence(by_import)
    back = tmp_path / "back.po"
    back.write_text((by_import / PO).read_text(encoding="utf-8")
                    + f'\n#~ msgctxt "{unit.msgctxt}"\n#~ msgid "{unit.msgid}"\n'
                    '#~ msgstr "Variante Y."\n', encoding="utf-8")
    cli = cli_factory(by_import)
    cli("xliff", "import", str(back))
    by_extract = copy_sample(tmp_path / "b")
    shutil.copy2(back, by_extract / PO)
    cli_factory(by_extract)("extract")
    for ws in (by_import, by_extract):
        old = {(e.msgctxt, e.msgid, e.msgstr) for e in polib.pofile(str(ws / PO)) if e.obsolete}
        assert (f"{unit.msgctxt} (old 2)", unit.msgid, "Variante Y.") in old, ws
        assert _first_sentence(ws).msgstr == unit.msgstr


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_obsolete_translations_of_one_unit(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], order: tuple[int, int]) -> None:
    """Two obsolete entries of one unit's source (other msgctxts, other translations) and no
    live entry of it: the first is revived, as extract revives it, and the other kept as an
    obsolete entry of that unit, whichever comes first (the second had been said to be of
    no unit and left out)."""
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(ws / PO))
    unit = next(e for e in po if e.msgctxt.startswith("p1."))
    unit.msgstr = ""  # (not translated yet in the workspace: the import fills it)
    po.save()
    _git(ws)
    text = (ws / PO).read_text(encoding="utf-8")
    start = text.index(f'msgctxt "{unit.msgctxt}"')
    text = text[:start] + text[text.index("\n\n", start) + 2:]  # (the live entry left out)
    versions = [("p1.old", "Version A."), ("p9.old", "Version B.")]
    back = tmp_path / "back.po"
    back.write_text(text + "".join(
        f'\n#~ msgctxt "{versions[i][0]}"\n#~ msgid "{unit.msgid}"\n#~ msgstr "{versions[i][1]}"\n'
        for i in order), encoding="utf-8")
    first, second = (versions[i][1] for i in order)
    cli = cli_factory(ws)
    cli("xliff", "import", str(back))
    assert "no longer has" not in cli.out + cli.err
    assert _first_sentence(ws).msgstr == first
    old = [(e.msgctxt, e.msgstr) for e in polib.pofile(str(ws / PO)) if e.obsolete
           and e.msgid == unit.msgid]
    assert old == [(f"{unit.msgctxt} (old 2)", second)]
    by_extract = tmp_path / "b"
    by_extract.mkdir()
    by_extract = copy_sample(by_extract)
    shutil.copy2(back, by_extract / PO)
    cli_factory(by_extract)("extract")
    assert _first_sentence(by_extract).msgstr == first
    assert second in {e.msgstr for e in polib.pofile(str(by_extract / PO)) if e.obsolete}
