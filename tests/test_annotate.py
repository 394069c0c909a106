"""``transpub check --annotate``: each finding written into its PO entry as a translator
comment (``# (transpub) TP201 date-mismatch: …``, as pofilter writes ``# (pofilter) …``), after
the translator's own comments, every other byte of the file as it was; a new check replaces
the comments of the checks that ran (a fixed unit loses its comment, a check not run keeps
its own); ``msgfmt --check`` passes on the annotated file; a real PO file written by another
tool in its own encoding (Drupal's Russian in windows-1251, Okapi's test data) is annotated
in that encoding, its wrapping kept."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib

import realdata
from conftest import Cli, copy_sample, msgfmt

RELEASE = "unoct-qatar-strategic-dialogue-2020"
DATE = ("le 7 décembre 2020", "le 8 décembre 2020")
NAME = ("M. Vladimir Voronkov,", "M. Vladimir Voronkoff,")


def _po(ws: Path) -> Path:
    return ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"


def _broken(tmp_path: Path) -> tuple[Path, bytes]:
    """The sample's workspace with a date and a name changed in the French translation."""
    ws = copy_sample(tmp_path)
    path = _po(ws)
    text = path.read_text(encoding="utf-8")
    for good, bad in (DATE, NAME):
        assert text.count(good) == 1
        text = text.replace(good, bad)
    path.write_text(text, encoding="utf-8")
    return ws, path.read_bytes()


def _comments(path: Path) -> dict[str, list[str]]:
    """Each unit's findings as written, a finding's continued lines joined to its first."""
    found: dict[str, list[str]] = {}
    for entry in polib.pofile(str(path)):
        lines = found.setdefault(entry.msgctxt, [])
        for line in entry.tcomment.splitlines():
            if line.startswith("(transpub)") and line.split()[2:3] == ["…"]:
                lines[-1] += " " + line.split(" … ", 1)[1]
            elif line.startswith("(transpub)"):
                lines.append(line)
    return {unit: lines for unit, lines in found.items() if lines}


def test_findings_become_comments_and_go_when_fixed(tmp_path: Path,
                                                    cli_factory: Callable[[Path], Cli]) -> None:
    ws, before = _broken(tmp_path)
    path = _po(ws)
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    assert "annotated 2 unit(s) in 5 PO file(s) (1 changed)" in cli.err
    found = _comments(path)
    assert sorted(line.split(":")[0] for lines in found.values() for line in lines) == [
        "(transpub) TP102 term-misspelt", "(transpub) TP201 date-mismatch"]
    date_unit = next(unit for unit, lines in found.items() if "TP201" in lines[0])
    assert "«7 December 2020» became «8 décembre 2020»" in found[date_unit][0]
    # only the comment lines were added, right before their entry's "#." lines, none longer
    # than Babel's 76 columns (an editor that wraps comments leaves them whole)
    after = path.read_bytes().splitlines()
    added = [line for line in after if line.startswith(b"# (transpub) ")]
    assert [line for line in after if line not in added] == before.splitlines()
    for line in added:
        assert after[after.index(line) + 1].startswith((b"#.", b"# (transpub) "))
        assert len(line.decode()) <= 76
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)], check=True)
    # the same check again: nothing changes
    cli("check", "--annotate", expect=1)
    assert "(0 changed)" in cli.err and path.read_bytes().splitlines() == after
    # the date fixed: its comment goes, the name's stays
    path.write_bytes(path.read_bytes().replace(DATE[1].encode(), DATE[0].encode()))
    cli("check", "--annotate", expect=1)
    assert list(_comments(path).values()) == [
        [message for lines in found.values() for message in lines if "TP102" in message]]
    # the name fixed too: the file is the translator's again, byte for byte
    path.write_bytes(path.read_bytes().replace(NAME[1].encode(), NAME[0].encode()))
    cli("check", "--annotate")
    assert path.read_bytes() == before.replace(DATE[1].encode(), DATE[0].encode()) \
        .replace(NAME[1].encode(), NAME[0].encode())


def test_a_check_not_run_keeps_its_comments(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    ws, _before = _broken(tmp_path)
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    path = _po(ws)
    path.write_bytes(path.read_bytes().replace(DATE[1].encode(), DATE[0].encode()))
    cli("check", "--annotate", "--select", "TP102", expect=1)
    # TP201 did not run: its comment stays, though the date is fixed now
    codes = sorted(line.split()[1] for lines in _comments(path).values() for line in lines)
    assert codes == ["TP102", "TP201"]
    cli("check", "--annotate", "--select", "TP201")
    codes = sorted(line.split()[1] for lines in _comments(path).values() for line in lines)
    assert codes == ["TP102"]


def test_the_translators_own_comments_come_first(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli]) -> None:
    ws, _before = _broken(tmp_path)
    path = _po(ws)
    po = polib.pofile(str(path))
    entry = next(e for e in po if DATE[1] in e.msgstr)
    entry.tcomment = "Checked with the desk officer."
    po.save()
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    entry = next(e for e in polib.pofile(str(path)) if DATE[1] in e.msgstr)
    lines = entry.tcomment.splitlines()
    assert lines[0] == "Checked with the desk officer."
    assert lines[1].startswith("(transpub) TP201 date-mismatch: ")


def test_a_real_po_file_in_windows_1251(tmp_path: Path,
                                        cli_factory: Callable[[Path], Cli]) -> None:
    """Okapi's copy of Drupal's Russian catalogue, declared windows-1251, wrapped by its own
    editor: checked on its own, its findings written in windows-1251, the rest unchanged."""
    original = realdata.path("tests/data/real/po/okapi.Test_DrupalRussianCP1251.po")
    path = tmp_path / "drupal.po"
    path.write_bytes(original.read_bytes())
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--lang", "ru", "--annotate", expect=1)
    data = path.read_bytes()
    assert data != original.read_bytes()
    data.decode("cp1251")
    added = [line for line in data.splitlines() if line.startswith(b"# (transpub) ")]
    assert added and b"TP601" in b"".join(added)
    assert [line for line in data.splitlines() if line not in added] == \
        original.read_bytes().splitlines()
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)], check=True)
    # (in the file's own encoding: the Russian of a message would read back)
    assert all(line.decode("cp1251").startswith("# (transpub) TP") for line in added)


def test_a_windows_editors_line_endings_are_kept(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli]) -> None:
    """A PO file saved with CRLF line endings (Poedit on Windows), checked on its own: the
    comments end their lines as the file does."""
    _ws, before = _broken(tmp_path)
    path = tmp_path / "fr.po"
    path.write_bytes(before.replace(b"\n", b"\r\n"))
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--annotate", expect=1)
    data = path.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    added = [line for line in data.split(b"\r\n") if line.startswith(b"# (transpub) ")]
    # (outside a workspace, the name checked against the file's own notes: TP102 too)
    assert {line.split()[2] for line in added} == {b"TP201", b"TP102"}
    assert [line for line in data.split(b"\r\n") if line not in added] == \
        before.replace(b"\n", b"\r\n").split(b"\r\n")


def test_the_review_page_and_workbook_leave_the_comments_out(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """They show the findings themselves: an annotation would say them twice (or stale)."""
    ws, _before = _broken(tmp_path)
    path = _po(ws)
    po = polib.pofile(str(path))
    next(e for e in po if DATE[1] in e.msgstr).tcomment = "Checked with the desk officer."
    po.save()
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    assert "(transpub) TP201" in path.read_text(encoding="utf-8")
    cli("review")
    page = (ws / "review" / f"{RELEASE}.html").read_text(encoding="utf-8")
    assert "Checked with the desk officer." in page and "(transpub)" not in page
    assert "date-mismatch" in page or "TP201" in page
    from transpub.annotate import without_annotations

    assert without_annotations("A query.\n(transpub) TP201 date-mismatch: …\nMore.") == \
        "A query.\nMore."


def test_a_finding_on_a_built_page_has_no_entry(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    """TP801 is about a built page, not a PO entry: reported, and no PO file touched for it
    (the annotation had tried to read the HTML page as a PO file)."""
    ws = copy_sample(tmp_path, output=True)
    page = ws / "output" / "fr" / f"{RELEASE}.html"
    text = page.read_text(encoding="utf-8")
    start, end = text.index("<title>") + len("<title>"), text.index("</title>")
    page.write_text(text[:start] + "Un autre titre" + text[end:], encoding="utf-8")
    before = _po(ws).read_bytes()
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    assert "TP801" in cli.out
    assert "annotated 0 unit(s) in 5 PO file(s) (0 changed)" in cli.err
    assert _po(ws).read_bytes() == before


def test_an_editor_that_wraps_comments_leaves_them_whole(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Saved by a tool that wraps comments (polib at 79 columns, Babel at 76) between two
    checks: every line of a finding keeps its mark, so the next check replaces all of them
    and leaves no fragment (a comment written on one long line had been cut into a line
    without the mark, which stayed for good and came back through an import)."""
    ws, _before = _broken(tmp_path)
    path = _po(ws)
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    for width in (79, 76):
        po = polib.pofile(str(path), wrapwidth=width)
        po.wrapwidth = width
        po.save()
        assert all(line.startswith("(transpub)") for entry in po
                   for line in entry.tcomment.splitlines())
    po = polib.pofile(str(path), wrapwidth=76)
    for entry in po:  # (the translator fixes both, in the editor)
        for good, bad in (DATE, NAME):
            entry.msgstr = entry.msgstr.replace(bad, good)
    po.save()
    cli("check", "--annotate")
    assert "(transpub)" not in path.read_text(encoding="utf-8")


def test_a_read_only_file_is_left_as_it_is(tmp_path: Path,
                                           cli_factory: Callable[[Path], Cli]) -> None:
    """Its owner made it read-only: said, and neither annotated nor replaced by a writable
    copy (the rename had replaced it, mode 644)."""
    ws, before = _broken(tmp_path)
    path = _po(ws)
    path.chmod(0o444)
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    assert f"{path}: read-only, not annotated" in cli.err
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444


def test_a_translation_replaced_by_an_import_loses_its_findings(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """(A newcomer fixed the date in a CAT tool: the imported translation kept the comment of
    the finding about the old one, and the next XLIFF export gave it to the translator as a
    note.) The unit whose translation the import replaced loses its findings; the others
    keep theirs until the next check."""
    from lxml import etree

    ws, _ = _broken(tmp_path)
    path = _po(ws)
    cli = cli_factory(ws)
    cli("check", "--annotate", expect=1)
    found = _comments(path)
    date_unit = next(unit for unit, lines in found.items() if "TP201" in lines[0])
    name_unit = next(unit for unit, lines in found.items() if "TP102" in lines[0])
    fixed = next(e for e in polib.pofile(str(path)) if e.msgctxt == date_unit).msgstr.replace(
        DATE[1], DATE[0])
    cli("xliff", "export", "--lang", "fr")
    exported = ws / "xliff" / f"{RELEASE}.fr.xlf"
    tree = etree.parse(str(exported))
    q = "{urn:oasis:names:tc:xliff:document:1.2}"
    unit = next(u for u in tree.iter(f"{q}trans-unit") if u.get("id") == date_unit)
    target = unit.find(f"{q}target")
    assert target is not None
    for child in list(target):
        target.remove(child)
    target.text = fixed
    tree.write(str(exported), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(exported))
    after = _comments(path)
    assert date_unit not in after and after[name_unit] == found[name_unit]
    cli("xliff", "export", "--lang", "fr")
    assert "TP201" not in exported.read_text(encoding="utf-8")
