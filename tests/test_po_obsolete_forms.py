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
    # the removed sentence and the plural entry: said, once
    assert "2 obsolete entries (#~) with a translation: units the source no longer has" in said
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
    """An obsolete entry of a unit the file translates live is no translation of it."""
    ws = copy_sample(tmp_path)
    _git(ws)
    before = (ws / PO).read_bytes()
    back = tmp_path / "fr.po"
    back.write_text((ws / PO).read_text(encoding="utf-8")
                    + '\n#~ msgid "New York"\n#~ msgstr "Nouvelle-York"\n', encoding="utf-8")
    cli = cli_factory(ws)
    cli("xliff", "import", str(back))
    assert (ws / PO).read_bytes() == before
    assert "1 obsolete entry (#~) with a translation" in " ".join((cli.out + cli.err).split())
