"""Trados Studio's own translation memories (``.sdltm``, an SQLite database) through ``tm
import``: read as the TMX they convert to and kept so in ``locales/memory/``. The real file is
disfr's ``tea-party.sdltm`` (tests/data/cat-real/SOURCES.md); the files that fill the sample's
units are built here with the real file's tables and segment XML (no Trados runs here)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

import polib
import pytest

from transpub.tm import TranslationMemory, read_tmx

import realdata
from conftest import SLUG, Cli

LINKED = "p3.e9247f"
REAL = "tests/data/cat-real/tea-party.sdltm"

#: the tables a Trados Studio memory has (as in the real file) that the import reads
_SCHEMA = """
CREATE TABLE translation_memories(
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid BLOB NOT NULL,
    name TEXT NOT NULL UNIQUE, source_language TEXT NOT NULL, target_language TEXT NOT NULL,
    copyright TEXT, description TEXT, settings INT NOT NULL, creation_user TEXT NOT NULL,
    creation_date DATETIME NOT NULL, expiration_date DATETIME, fuzzy_indexes INT NOT NULL,
    last_recompute_date DATETIME, last_recompute_size INT, flags INT NOT NULL DEFAULT 0,
    tucount INT NOT NULL DEFAULT 0);
CREATE TABLE parameters(translation_memory_id INT NULL, name TEXT NOT NULL,
    value TEXT NOT NULL);
CREATE TABLE translation_units(
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid BLOB NOT NULL,
    translation_memory_id INT NOT NULL, source_hash INTEGER NOT NULL, source_segment TEXT,
    target_hash INTEGER NOT NULL, target_segment TEXT, creation_date DATETIME NOT NULL,
    creation_user TEXT NOT NULL, change_date DATETIME NOT NULL, change_user TEXT NOT NULL,
    last_used_date DATETIME NOT NULL, last_used_user TEXT NOT NULL,
    usage_counter INT NOT NULL, flags INT);
"""


def _segment(text: str, culture: str) -> str:
    """A transpub text as Trados stores a segment: Text elements, and a Tag per code (a pair
    Start/End with one Anchor, linked to the translation's by AlignmentAnchor)."""
    elements = []
    for part in text.replace("<a1>", "\0S\0").replace("</a1>", "\0E\0").split("\0"):
        if part == "S":
            elements.append("<Tag><Type>Start</Type><Anchor>1</Anchor><AlignmentAnchor>1"
                            "</AlignmentAnchor><TagID>3</TagID><CanHide>false</CanHide></Tag>")
        elif part == "E":
            elements.append("<Tag><Type>End</Type><Anchor>1</Anchor><AlignmentAnchor>0"
                            "</AlignmentAnchor><TagID>3</TagID><CanHide>false</CanHide></Tag>")
        elif part:
            elements.append(f"<Text><Value>{escape(part)}</Value></Text>")
    return ('<Segment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
            f"<Elements>{''.join(elements)}</Elements><CultureName>{culture}</CultureName>"
            "</Segment>")


def _sdltm(path: Path, pairs: list[tuple[str, str]], langs: tuple[str, str] = ("en-US",
           "fr-FR"), raw: list[tuple[str, str]] = ()) -> Path:  # type: ignore[assignment]
    """A Trados memory of ``pairs`` (transpub texts) and ``raw`` (segment XML as stored)."""
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA)
    db.execute("INSERT INTO parameters VALUES (NULL, 'VERSION', '8.06')")
    db.execute("INSERT INTO translation_memories (guid, name, source_language, target_language,"
               " settings, creation_user, creation_date, fuzzy_indexes) VALUES (x'00', 'UN', ?,"
               " ?, 127, 'UN\\translator', '2020-12-10 10:15:00', 9)", langs)
    rows = [(_segment(s, langs[0]), _segment(t, langs[1])) for s, t in pairs] + list(raw)
    for source, target in rows:
        db.execute("INSERT INTO translation_units (guid, translation_memory_id, source_hash, "
                   "source_segment, target_hash, target_segment, creation_date, creation_user, "
                   "change_date, change_user, last_used_date, last_used_user, usage_counter) "
                   "VALUES (x'00', 1, 0, ?, 0, ?, '2020-12-10 10:15:00', 'UN\\translator', "
                   "'2020-12-11 09:00:00', 'UN\\reviser', '2020-12-11 09:00:00', 'x', 1)",
                   (source, target))
    db.commit()
    db.close()
    return path


def _po(ws: Path) -> Path:
    return ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"


def _french(ws: Path) -> tuple[str, str]:
    msgid = next(e.msgid for e in polib.pofile(str(_po(ws))) if e.msgctxt == LINKED)
    return msgid, msgid.replace("Major General", "Le général de division").replace(
        "United Nations Global Counter-Terrorism Coordination Compact",
        "Pacte mondial de coordination contre le terrorisme")


def test_a_trados_memory_fills_a_unit_with_a_link(workspace: Path, cli: Cli) -> None:
    msgid, french = _french(workspace)
    assert "<a1>" in msgid
    memory = _sdltm(workspace / "UN.sdltm", [(msgid, french), ("Another text.", "Un autre.")])
    cli("tm", "import", str(memory))
    assert "imported 2 unit(s) into locales/memory/UN.tmx" in cli.out and not cli.err
    kept = workspace / "locales" / "memory" / "UN.tmx"
    assert b'<bpt i="1" x="1"/>' in kept.read_bytes()  # as Trados's own TMX export writes it
    _po(workspace).unlink()
    cli("extract")
    entry = next(e for e in polib.pofile(str(_po(workspace))) if e.msgctxt == LINKED)
    assert entry.msgstr == french  # the tool's codes named back: <a1>…</a1>
    # the same database again: the same TMX, nothing written
    before = kept.read_bytes()
    cli("tm", "import", str(memory))
    assert "already kept as locales/memory/UN.tmx (2 unit(s)); nothing written" in cli.out
    assert kept.read_bytes() == before
    assert sorted(p.name for p in kept.parent.iterdir()) == ["UN.tmx"]


def test_the_real_memory_is_read_whole(tmp_path: Path) -> None:
    real = realdata.path(REAL)
    copy = tmp_path / "tea-party.sdltm"
    copy.write_bytes(real.read_bytes())
    entries = read_tmx(_kept(tmp_path, copy, ["en", "ja"]), "en")
    assert len(entries) == 9 and {e.lang for e in entries} == {"ja-JP"}
    assert (entries[0].source, entries[0].target) == ("A Mad Tea-Party", "キチガイお茶会")
    assert entries[2].source.startswith("'Very uncomfortable for the Dormouse,'")
    memory = TranslationMemory(entries, "ja")
    found = memory.exact("A Mad Tea-Party")
    assert found is not None and found.target == "キチガイお茶会"
    assert real.read_bytes() == copy.read_bytes()  # opened read-only: nothing written to it
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "locales") == [
        "tea-party.sdltm"]  # (no journal beside it either)


def _kept(tmp_path: Path, memory: Path, langs: list[str]) -> Path:
    from transpub.tm import import_tmx

    report: list[str] = []
    count, kept, _written = import_tmx(tmp_path / "locales", memory, "en", langs, report)
    assert count == 9 and report == []
    return kept


def test_a_memory_of_other_languages_is_refused_by_name(workspace: Path, cli: Cli) -> None:
    real = realdata.path(REAL)
    cli("tm", "import", str(real), expect=2)
    assert "the memory holds no language of the workspace (it holds en (en-GB), ja (ja-JP)" \
        in cli.err
    assert not (workspace / "locales" / "memory").exists()
    # sent with the translations and given to the wrong command: told which one reads it
    cli("xliff", "import", str(real), expect=2)
    assert "an SQLite database, not XLIFF: a Trados Studio memory (.sdltm) is imported with " \
        "'transpub tm import'" in cli.err


@pytest.mark.parametrize("damage", ["truncated", "other-database", "no-database"])
def test_a_damaged_or_foreign_database_is_one_line(workspace: Path, cli: Cli,
                                                   damage: str) -> None:
    good = _sdltm(workspace / "good.sdltm", [("One text.", "Un texte.")] * 300)
    bad = workspace / "bad.sdltm"
    if damage == "truncated":
        bad.write_bytes(good.read_bytes()[:4096])
    elif damage == "other-database":
        db = sqlite3.connect(bad)
        db.execute("CREATE TABLE notes (text TEXT)")
        db.commit()
        db.close()
    else:
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    cli("tm", "import", str(good), str(bad), expect=2)
    (line,) = cli.err.strip().splitlines()
    assert line.startswith("transpub: error: bad.sdltm: ") and "Traceback" not in cli.err
    assert "Trados Studio memory" in line or "SQLite" in line
    assert not (workspace / "locales" / "memory").exists()  # the good one not imported either


def test_a_unit_that_cannot_be_read_is_skipped_by_its_id(workspace: Path, cli: Cli) -> None:
    entity = ('<!DOCTYPE Segment [<!ENTITY a "aaaaaaaaaa">]><Segment><Elements><Text><Value>'
              "&a;</Value></Text></Elements></Segment>")
    unknown = ("<Segment><Elements><Comment>x</Comment></Elements>"
               "<CultureName>en-US</CultureName></Segment>")
    hyphen = ("<Segment><Elements><Text><Value>Counter&#x1E;Terrorism&#x1F;Office</Value></Text>"
              "</Elements><CultureName>{}</CultureName></Segment>")
    memory = _sdltm(workspace / "UN.sdltm", [("One text.", "Un texte.")],
                    raw=[(entity, entity), (unknown, unknown),
                         (hyphen.format("en-US"), hyphen.format("fr-FR"))])
    cli("tm", "import", str(memory))
    assert "imported 2 unit(s)" in cli.out
    warnings = cli.err.strip().splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith("transpub: warning: UN.sdltm: translation unit 2 skipped: ")
    assert "DOCTYPE with an internal subset" in warnings[0]
    assert "translation unit 3 skipped: an element <Comment>" in warnings[1]
    entries = read_tmx(workspace / "locales" / "memory" / "UN.tmx", "en")
    assert entries[1].source == "Counter\u2011TerrorismOffice"  # Word's hyphens (U+00AD dropped)


def test_a_memory_whose_every_unit_is_malformed_says_why(workspace: Path, cli: Cli) -> None:
    """Every unit skipped: the error said "holds no language of the workspace (it holds
    none)", the reasons left unsaid (a hostile-content pass, h3 repro 18 "allbad")."""
    broken = '<?xml version="1.0" encoding="utf-16"?><Segment>'
    memory = _sdltm(workspace / "UN.sdltm", [], raw=[(broken, broken)] * 3)
    cli("tm", "import", str(memory), expect=2)
    assert cli.err.startswith("transpub: error: UN.sdltm: no unit of the memory could be read: "
                              "3 skipped, the first: translation unit 1 skipped: malformed "
                              "XML"), cli.err
    assert cli.err.count("\n") == 1 and "no language" not in cli.err


def test_a_value_computed_or_stored_past_the_limit_is_refused(workspace: Path,
                                                              cli: Cli) -> None:
    """A 16 KB memory whose source column was GENERATED ALWAYS AS a 400 MB printf had grown to
    1.2 GB as it was read (h3 repro 18 "generated"): SQLite hands over no value past
    ``VALUE_LIMIT``, and a unit without one says so."""
    import os
    import subprocess
    import sys

    import transpub

    memory = _sdltm(workspace / "UN.sdltm", [("One text.", "Un texte.")])
    db = sqlite3.connect(memory)
    db.execute("ALTER TABLE translation_units RENAME COLUMN source_segment TO src")
    db.execute("ALTER TABLE translation_units ADD COLUMN source_segment TEXT GENERATED ALWAYS "
               "AS (src || printf('%.*c', 400000000, 'x')) VIRTUAL")
    db.commit()
    db.close()
    # (read in a child, whose peak is its own: Linux's VmHWM, which an exec resets, unlike
    # ru_maxrss, which keeps the forking test process's)
    code = ("import sys, resource; from pathlib import Path; from transpub.sdltm import "
            "sdltm_to_tmx; w = []; sdltm_to_tmx(Path(sys.argv[1]), w); print(w[0]); "
            "status = Path('/proc/self/status'); print(next((int(line.split()[1]) for line in "
            "status.read_text().splitlines() if line.startswith('VmHWM:')), 0) if "
            "status.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // "
            "(1024 if sys.platform == 'darwin' else 1))")
    env = {**os.environ, "PYTHONPATH": str(Path(transpub.__file__).parents[1])}
    run = subprocess.run([sys.executable, "-c", code, str(memory)], capture_output=True,
                         text=True, check=True, env=env)
    warning, peak = run.stdout.splitlines()
    assert "translation unit 1 skipped: its source segment is empty" in warning
    assert int(peak) < 300_000, peak  # (KB: it had been 1.2 GB; 47 MB now)
    cli("tm", "import", str(memory), expect=2)
    assert "no unit of the memory could be read: 1 skipped" in cli.err


def test_a_memory_in_a_language_babel_does_not_know_is_named(workspace: Path, cli: Cli) -> None:
    memory = _sdltm(workspace / "UN.sdltm", [("One text.", "Un texte.")],
                    langs=("en-US", "qqq-ZZ"))
    cli("tm", "import", str(memory), expect=2)
    assert cli.err == ("transpub: error: UN.sdltm: memory 'UN' (en-US -> qqq-ZZ): a language "
                       "transpub does not know\n")


def test_bytes_that_are_no_utf8_skip_their_unit_only(workspace: Path, cli: Cli) -> None:
    """A damaged file's stored text: a segment of bytes that are no UTF-8 skips its unit (it
    was a UnicodeDecodeError in the middle of the query), a user name XML cannot carry is
    left out of the unit's attributes."""
    memory = _sdltm(workspace / "UN.sdltm", [("One text.", "Un texte."), ("Two.", "Deux.")])
    db = sqlite3.connect(memory)
    db.execute("UPDATE translation_units SET target_segment = CAST(? AS BLOB) WHERE id = 1",
               (_segment("Un texte.", "fr-FR").encode("utf-8").replace(b"texte", b"t\xe9xte"),))
    db.execute("UPDATE translation_units SET creation_user = 'UN\x01x' WHERE id = 2")
    db.commit()
    db.close()
    cli("tm", "import", str(memory))
    assert "imported 1 unit(s)" in cli.out
    assert "translation unit 1 skipped: malformed XML" in cli.err
    kept = (workspace / "locales" / "memory" / "UN.tmx").read_text(encoding="utf-8")
    assert 'creationid="UN' not in kept and "Deux." in kept


def test_a_damaged_memory_is_never_a_traceback(tmp_path: Path) -> None:
    """Bytes of a real memory's structure overwritten at random (a seeded sample of what a
    broken disk or transfer leaves): each file is read, or refused as a TranspubError."""
    from transpub.errors import TranspubError
    from transpub.sdltm import sdltm_to_tmx

    data = _sdltm(tmp_path / "base.sdltm", [("One <a1>two</a1>.", "Un <a1>deux</a1>.")] * 40,
                  ).read_bytes()
    rnd = random.Random(53)
    outcomes = {"read": 0, "refused": 0}
    for number in range(120):
        damaged = bytearray(data)
        for _ in range(rnd.randint(1, 30)):
            damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        path = tmp_path / f"d{number}.sdltm"
        path.write_bytes(bytes(damaged[:rnd.randrange(len(damaged))] if number % 3 == 0
                               else damaged))
        try:
            read_tmx_bytes = sdltm_to_tmx(path, [])
        except TranspubError:
            outcomes["refused"] += 1
        else:
            assert read_tmx_bytes.startswith(b"<?xml")
            outcomes["read"] += 1
    assert outcomes["read"] and outcomes["refused"]
