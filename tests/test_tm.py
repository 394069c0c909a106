"""Translation memory: TMX in and out, exact and near lookup, the risky-change guard."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import polib
import pytest
from lxml import etree

from transpub.errors import CatalogError
from transpub.tm import (
    TMEntry,
    TranslationMemory,
    change_risks,
    export_workspace_tmx,
    import_tmx,
    read_tmx,
    risky_change,
    write_tmx,
)

from conftest import SLUG

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

ENTRIES = [
    TMEntry("The meeting was held in New York.", "La réunion s’est tenue à New York.", "fr",
            "a"),
    TMEntry("The meeting was held in New York.", "Заседание состоялось в Нью-Йорке.", "ru", "a"),
    TMEntry("See <a1>the Compact</a1> & “quotes” <x1/>.", "Voir <a1>le Pacte</a1> & « » <x1/>.",
            "fr", "b"),
    TMEntry("Tabs\tand  spaces are collapsed? No: only\nin TMX input.", "Non.", "fr", "b"),
]


def _fr_po(workspace: Path) -> Path:
    return workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"


def _translate(po_file: Path, values: dict[str, tuple[str, bool]]) -> dict[str, str]:
    """Set msgstr (and fuzzy) of the entries whose msgctxt is given; returns ctxt -> msgid."""
    po = polib.pofile(str(po_file))
    sources = {}
    for ctxt, (text, fuzzy) in values.items():
        entry = po.find(ctxt, by="msgctxt")
        entry.msgstr = text
        if fuzzy:
            entry.flags.append("fuzzy")
        sources[ctxt] = entry.msgid
    po.save()
    return sources


# --- TMX -------------------------------------------------------------------------------------

def test_tmx_round_trip_and_header(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    clean = [e for e in ENTRIES if "\t" not in e.source]
    assert write_tmx(path, clean, "en") == 2
    back = read_tmx(path, "en")
    assert sorted((e.source, e.target, e.lang) for e in back) == sorted(
        (e.source, e.target, e.lang) for e in clean)
    assert {e.origin for e in back} == {"out.tmx"}
    root = etree.parse(str(path)).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert dict(header.attrib) == {
        "creationtool": "transpub", "creationtoolversion": "0.1.0", "datatype": "plaintext",
        "segtype": "sentence", "adminlang": "en", "srclang": "en", "o-tmf": "transpub"}
    tus = root.findall("body/tu")
    assert [[t.get(XML_LANG) for t in tu.findall("tuv")] for tu in tus] == [
        ["en", "fr"], ["en", "fr", "ru"]]  # sorted sources; source language first
    first = path.read_bytes()
    write_tmx(path, list(reversed(clean)), "en")
    assert path.read_bytes() == first, "the order of the input must not matter"


def test_tmx_whitespace_is_collapsed_like_sources(tmp_path: Path) -> None:
    path = tmp_path / "ws.tmx"
    write_tmx(path, ENTRIES[3:], "en")
    assert read_tmx(path)[0].source == "Tabs and spaces are collapsed? No: only in TMX input."


def test_hand_written_tmx_with_legacy_lang_and_inline_codes(tmp_path: Path) -> None:
    path = tmp_path / "legacy.tmx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OtherTool" creationtoolversion="9" datatype="html" segtype="sentence"
          adminlang="en-US" srclang="EN-US" o-tmf="x"/>
  <body>
    <!-- a comment is ignored -->
    <tu tuid="1">
      <tuv lang="EN-US"><seg>Read the <bpt i="1">&lt;b&gt;</bpt>report<ept i="1">&lt;/b&gt;</ept>
        <bpt i="2" type="link">&lt;a href="#"&gt;</bpt>now<ept i="2">&lt;/a&gt;</ept>.</seg></tuv>
      <tuv lang="FR-FR"><seg><bpt i="5" type="link">&lt;a href="#"&gt;</bpt>Lisez<ept
        i="5">&lt;/a&gt;</ept> le <bpt i="1">&lt;b&gt;</bpt>rapport<ept i="1">&lt;/b&gt;</ept>
        <hi>maintenant</hi>.</seg></tuv>
      <tuv lang="ES"><seg>Lea el informe ahora.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="EN-US"><seg>Line<ph x="2"/>break.</seg></tuv>
      <tuv lang="FR-FR"><seg>Saut<ph x="2">&lt;br/&gt;</ph>de ligne.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en"><seg>Hello <it pos="begin">[</it>world<hi>!</hi></seg></tuv>
      <tuv xml:lang="es"><seg>Hola mundo</seg></tuv>
      <tuv xml:lang="fr"><seg></seg></tuv>
    </tu>
    <tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv>
        <tuv xml:lang="fr"><seg>Non</seg></tuv></tu>
  </body>
</tmx>
""", encoding="utf-8")
    entries = read_tmx(path, "en")
    # inline codes become transpub's placeholders, renumbered in each segment; a code that
    # says nothing of what it is (a ph, an isolated it) a name of the tool's own, by its x
    # or its order; a translation whose codes differ from the source's only in those is
    # kept as plain text (a near match only), one whose link or bold differs is skipped
    source = "Read the <strong1>report</strong1> <a1>now</a1>."
    assert [(e.source, e.target, e.lang, e.plain) for e in entries] == [
        (source, "<a1>Lisez</a1> le <strong1>rapport</strong1> maintenant.", "FR-FR", False),
        ("Line<tool2/>break.", "Saut<tool2/>de ligne.", "FR-FR", False),
        ("Hello world!", "Hola mundo", "es", True),
    ]
    memory = TranslationMemory(entries, "fr")
    assert memory.exact(source) is not None, "fr serves FR-FR"
    spanish = TranslationMemory(entries, "es")
    assert spanish.exact("Hello world!") is None
    found = spanish.suggest("Hello world!")
    assert found is not None and found.fuzzy and found.entry.target == "Hola mundo"
    assert found.note == "TM 100% match from legacy.tmx without its formatting codes"
    # a code between two letters stood for something (here a line break): not left out
    assert TranslationMemory(entries, "fr").suggest("Linebreak.") is None


@pytest.mark.parametrize(("text", "line", "message"), [
    ('<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="en"><seg>a</tuv>'
     "\n</tu></body></tmx>\n", 4, "malformed XML"),
    ('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ATTLIST tmx a CDATA "b">]>\n'
     '<tmx version="1.4"><body/></tmx>\n', 2, "DOCTYPE"),
    ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "boom">]>\n<tmx>&e;</tmx>\n', 2, "DOCTYPE"),
    ('<?xml version="1.0"?>\n\n<xliff version="1.2"/>\n', 3, "not a TMX file"),
])
def test_bad_tmx_is_a_catalog_error_naming_the_line(tmp_path: Path, text: str, line: int,
                                                    message: str) -> None:
    path = tmp_path / "bad.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        read_tmx(path)
    assert info.value.line == line
    assert message in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("tuv", "message"), [
    ("<tuv><seg>a</seg></tuv>", "<tuv> without xml:lang skipped"),
    ('<tuv xml:lang="fr"/>', "<tuv> without <seg> skipped"),
    ('<tuv xml:lang="qq-Klingon"><seg>a</seg></tuv>', "unknown language 'qq-Klingon' skipped"),
])
def test_a_bad_tuv_is_skipped_with_a_warning_naming_its_line(tmp_path: Path, tuv: str,
                                                             message: str) -> None:
    path = tmp_path / "some-bad.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><body>\n<tu>'
                    '<tuv xml:lang="en"><seg>Peace</seg></tuv><tuv xml:lang="fr"><seg>Paix</seg>'
                    f'</tuv>\n{tuv}</tu>\n</body></tmx>\n', encoding="utf-8")
    warnings: list[CatalogError] = []
    assert [(e.source, e.target) for e in read_tmx(path, "en", warnings)] == [("Peace", "Paix")]
    assert [str(w) for w in warnings] == [f"{path}:4: {message}"]


def test_missing_tmx_is_a_catalog_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot read"):
        read_tmx(tmp_path / "nope.tmx")


# --- lookup ----------------------------------------------------------------------------------

def test_exact_prefers_the_most_frequent_target_then_the_first_origin() -> None:
    source = "The two sides reaffirmed their partnership."
    memory = TranslationMemory([
        TMEntry(source, "B", "fr", "z-release"),
        TMEntry(source, "A", "fr", "y-release"),
        TMEntry(source, "B", "fr", "x-release"),
        TMEntry(source, "C", "fr", "a-release"),
    ], "fr")
    found = memory.exact(source)
    assert found is not None and (found.target, found.origin) == ("B", "x-release")
    tie = TranslationMemory([TMEntry(source, "B", "fr", "m"), TMEntry(source, "A", "fr", "n")])
    assert tie.exact(source) == TMEntry(source, "B", "fr", "m")
    assert memory.exact(source + " ") is None


def test_a_memory_never_mixes_languages() -> None:
    with pytest.raises(ValueError, match="several languages"):
        TranslationMemory(ENTRIES[:2])
    assert len(TranslationMemory(ENTRIES, "ru")) == 1


def test_near_finds_the_closest_source_above_the_threshold() -> None:
    memory = TranslationMemory([
        TMEntry("The Council adopted the resolution unanimously.", "adopté", "fr", "r1"),
        TMEntry("The Council rejected the draft resolution.", "rejeté", "fr", "r2"),
        TMEntry("Completely unrelated text about budgets.", "budget", "fr", "r3"),
    ], "fr")
    found = memory.near("The Council adopted the resolution by consensus.")
    assert found is not None
    entry, score = found
    assert entry.target == "adopté" and 0.75 <= score < 1
    assert memory.near("The Council adopted the resolution by consensus.", 0.99) is None
    assert memory.near("Nothing like anything stored here at all, really.") is None
    exact = memory.near("The Council rejected the draft resolution.")
    assert exact is not None and exact[1] == 1.0
    with pytest.raises(ValueError):
        memory.near("x", 0)


def test_suggest_marks_near_matches_fuzzy_and_says_what_to_check() -> None:
    memory = TranslationMemory([TMEntry("The Envoy met 12 delegations on 9 December.",
                                        "L’Envoyé a rencontré 12 délégations le 9 décembre.",
                                        "fr", "old-release")], "fr")
    exact = memory.suggest("The Envoy met 12 delegations on 9 December.")
    assert exact is not None and exact.exact and not exact.fuzzy and not exact.risky
    assert exact.note == "TM exact match from old-release"
    near = memory.suggest("The Envoy met 15 delegations on 9 November.")
    assert near is not None and near.fuzzy and near.risky
    assert near.risks == ("numbers", "dates")
    assert near.note.endswith("; check: numbers/dates changed")
    reword = memory.suggest("The Envoy met with 12 delegations on 9 December.")
    assert reword is not None and reword.fuzzy and not reword.risky
    assert memory.suggest("Unrelated.") is None


def test_near_is_fast_enough_for_thousands_of_entries() -> None:
    topics = ["budget", "security", "health", "climate", "refugees", "elections", "trade",
              "water", "education", "peacekeeping"]
    entries = [TMEntry(f"The committee number {i} discussed {topics[i % 10]} issues in "
                       f"session {i * 7} and agreed on follow-up item {i % 97}.",
                       f"fr {i}", "fr", f"r{i % 50}") for i in range(5000)]
    memory = TranslationMemory(entries, "fr")
    start = time.perf_counter()
    for i in range(0, 5000, 250):
        found = memory.near(f"The committee number {i} discussed {topics[i % 10]} matters in "
                            f"session {i * 7} and agreed on follow-up item {i % 97}.")
        assert found is not None and found[0].target == f"fr {i}"
    assert time.perf_counter() - start < 5  # about 0.2 s here; generous for slow CI


# --- the risky-change guard ------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "risks"), [
    ("The meeting was held on 9 December 2020.", "The meeting was held on 10 December 2020.",
     ("numbers",)),
    ("The meeting was held on 9 December 2020.", "The meeting was held on 9 November 2020.",
     ("dates",)),
    ("The Fund received 1,500 applications.", "The Fund received 1,800 applications.",
     ("numbers",)),
    ("They held their third dialogue.", "They held their fourth dialogue.", ("numbers",)),
    ("Mr. Voronkov thanked the State of Qatar.", "Mr. Guterres thanked the State of Qatar.",
     ("names",)),
    ("The parties agreed to the plan.", "The parties did not agree to the plan.",
     ("negation",)),
    ("The parties can agree.", "The parties can’t agree.", ("negation",)),
    ("Support for non-State actors.", "Support for State actors.", ("negation",)),
    ("The Dialogue reviewed the progress made.", "The Dialogue assessed the progress achieved.",
     ()),
    ("Funding reached 1,000 dollars.", "Funding reached 1000 dollars.", ()),
    ("See <a1>the Compact</a1>.", "See <a2>the Compact</a2> again.", ()),
])
def test_risky_change(old: str, new: str, risks: tuple[str, ...]) -> None:
    assert change_risks(old, new) == risks
    assert risky_change(old, new) is bool(risks)
    assert risky_change(new, old) is bool(risks)


# --- the workspace ---------------------------------------------------------------------------

def test_from_workspace_reads_reviewed_translations_and_imported_memories(
        workspace: Path, tmp_path: Path) -> None:
    locales = workspace / "locales"
    sources = _translate(_fr_po(workspace), {
        "place": ("New York (fr)", False),
        "title": ("Titre provisoire", True),
        "contact1": ("", False),
        "label": ("COMMUNIQUÉ DE PRESSE", False),
    })
    memory = TranslationMemory.from_workspace(locales, "fr")
    assert {(e.source, e.target, e.origin) for e in memory.entries} == {
        (sources["place"], "New York (fr)", SLUG), (sources["label"], "COMMUNIQUÉ DE PRESSE", SLUG)}
    assert memory.exact(sources["title"]) is None, "fuzzy translations are not memory"
    assert len(TranslationMemory.from_workspace(locales, "fr", exclude_slug=SLUG)) == 0
    assert len(TranslationMemory.from_workspace(locales, "ru")) == 0

    tmx = tmp_path / "unterm.tmx"
    write_tmx(tmx, [TMEntry("Security Council", "Conseil de sécurité", "fr", "x"),
                    TMEntry("Security Council", "Совет Безопасности", "ru", "x")], "en")
    assert import_tmx(locales, tmx, "en")[0] == 1
    assert (locales / "memory" / "unterm.tmx").read_bytes() == tmx.read_bytes()
    memory = TranslationMemory.from_workspace(locales, "fr", exclude_slug=SLUG)
    assert memory.exact("Security Council") == TMEntry(
        "Security Council", "Conseil de sécurité", "fr", "unterm.tmx")
    ru = TranslationMemory.from_workspace(locales, "ru")
    assert [e.target for e in ru.entries] == ["Совет Безопасности"]


def test_from_workspace_keeps_translations_of_removed_text(workspace: Path) -> None:
    """An obsolete entry's text left the release; its reviewed translation is still memory."""
    po_file = _fr_po(workspace)
    _translate(po_file, {"place": ("Genève", False)})
    po = polib.pofile(str(po_file))
    po.find("place", by="msgctxt").obsolete = True
    po.save()
    memory = TranslationMemory.from_workspace(workspace / "locales", "fr")
    assert memory.exact("New York") == TMEntry("New York", "Genève", "fr", SLUG, "place")


def test_import_refuses_a_bad_or_useless_tmx(workspace: Path, tmp_path: Path) -> None:
    locales = workspace / "locales"
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu></body></tmx>", encoding="utf-8")
    with pytest.raises(CatalogError, match="malformed XML"):
        import_tmx(locales, bad, "en")
    german = tmp_path / "de.tmx"
    write_tmx(german, [TMEntry("Sicherheitsrat", "Conseil de sécurité", "fr", "x")], "de")
    with pytest.raises(CatalogError, match="no translation unit with a 'en' source"):
        import_tmx(locales, german, "en")
    assert not (locales / "memory").exists(), "nothing is copied when validation fails"


def test_export_workspace_tmx_writes_every_translated_unit(workspace: Path,
                                                          tmp_path: Path) -> None:
    locales = workspace / "locales"
    fr = _translate(_fr_po(workspace), {"place": ("New York", False),
                                        "title": ("Brouillon", True)})
    ru_po = locales / "ru" / "LC_MESSAGES" / f"{SLUG}.po"
    ru = _translate(ru_po, {"place": ("Нью-Йорк", False), "label": ("ПРЕСС-РЕЛИЗ", False)})
    out = tmp_path / "export" / "all.tmx"
    assert export_workspace_tmx(locales, out, "en", ["en", "fr", "ru", "zh"]) == 2
    assert sorted((e.source, e.target, e.lang) for e in read_tmx(out)) == sorted([
        (fr["place"], "New York", "fr"), (ru["place"], "Нью-Йорк", "ru"),
        (ru["label"], "ПРЕСС-РЕЛИЗ", "ru")])
    first = out.read_bytes()
    export_workspace_tmx(locales, out, "en", ["en", "fr", "ru", "zh"])
    assert out.read_bytes() == first


def test_a_tmx_translation_keeps_its_no_break_spaces(tmp_path: Path) -> None:
    """A French translation's no-break spaces (« », before : ; ! ?) and narrow ones are the
    translator's: the reader once collapsed them into plain spaces with the line breaks of a
    hand-wrapped segment. The source side is still collapsed as sources are."""
    tmx = tmp_path / "m.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body><tu>'
        '<tuv xml:lang="en"><seg>He said:\n   “Yes\u00a0now”</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Il a dit\u00a0:\n   «\u00a0Oui\u202fmaintenant\u00a0»</seg></tuv>'
        '</tu></body></tmx>', encoding="utf-8")
    (entry,) = read_tmx(tmx)
    assert entry.source == "He said: “Yes now”"
    assert entry.target == "Il a dit\u00a0: «\u00a0Oui\u202fmaintenant\u00a0»"


@pytest.mark.parametrize(("known", "translation", "source", "expected"), [
    # another tool numbered the codes from 0 (OmegaT): renamed to the unit's
    ("See <a0>the Pact</a0> and <x1/>.", "Voir <a0>le Pacte</a0> et <x1/>.",
     "See <a1>the Pact</a1> and <x1/>.", "Voir <a1>le Pacte</a1> et <x1/>."),
    # the translation reorders the codes: each keeps its own
    ("<em1>A</em1> and <strong1>B</strong1>", "<strong1>B</strong1> et <em1>A</em1>",
     "<strong1>A</strong1> and <em1>B</em1>", "<em1>B</em1> et <strong1>A</strong1>"),
    # codes in other places, or a translation with a code its source lacks: no exact match
    ("See <a0>the</a0> Pact.", "Voir <a0>le</a0> Pacte.", "See the <a1>Pact</a1>.", None),
    ("See <a0>the Pact</a0>.", "Voir <a0>le Pacte</a0> <x1/>.", "See <a1>the Pact</a1>.", None),
])
def test_an_exact_match_may_differ_in_what_its_codes_are_called(
        known: str, translation: str, source: str, expected: str | None) -> None:
    memory = TranslationMemory([TMEntry(known, translation, "fr", "omegat.tmx")], "fr")
    found = memory.exact(source)
    assert (found.target if found else None) == expected
    if found is not None:
        assert found.source == source and found.origin == "omegat.tmx"


def test_a_tmx_the_translate_toolkit_wrote_gives_back_every_translation(tmp_path: Path) -> None:
    """``po2tmx`` (the Translate Toolkit) on the sample's French PO file: ``read_tmx`` gives
    back every msgid/msgstr pair exactly, no-break spaces and codes as text included."""
    pytest.importorskip("translate.convert.po2tmx")
    po_file = Path(__file__).parent.parent / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    tmx = tmp_path / "fr.tmx"
    subprocess.run(["po2tmx", "-l", "fr", "-i", str(po_file), "-o", str(tmx)], check=True,
                   capture_output=True)
    pairs = {(e.msgid, e.msgstr) for e in polib.pofile(str(po_file)) if e.msgstr}
    assert any("\u00a0" in target for _, target in pairs)
    assert {(e.source, e.target) for e in read_tmx(tmx)} == pairs


def _memory(path: Path, french: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>'
                    '<tu><tuv xml:lang="en"><seg>Peace</seg></tuv><tuv xml:lang="fr"><seg>'
                    f'{french}</seg></tuv></tu></body></tmx>\n', encoding="utf-8")
    return path


def test_a_memory_of_the_same_name_is_never_replaced_silently(
        repo: Path, tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """OmegaT names every export of a project ``<project>-omegat.tmx``: the second round's
    import had replaced the first's memory without a word. The same bytes are not copied
    again, other bytes are kept beside it, ``--replace`` replaces; several files are
    validated before any is kept."""
    cli = cli_factory(repo)
    memory = repo / "locales" / "memory"
    first = _memory(tmp_path / "a" / "fr-omegat.tmx", "Paix")
    cli("tm", "import", str(first))
    cli("tm", "import", str(first))
    # one line, not "imported" and a warning that nothing was written
    assert "already kept as locales/memory/fr-omegat.tmx (1 unit(s)); nothing written" \
        in cli.out, cli.out
    assert "imported" not in cli.out and not cli.err
    assert sorted(p.name for p in memory.iterdir()) == ["fr-omegat.tmx"]
    second = _memory(tmp_path / "b" / "fr-omegat.tmx", "La paix")
    cli("tm", "import", str(second))
    assert "both are kept, this one as fr-omegat-2.tmx" in cli.err
    assert "locales/memory/fr-omegat-2.tmx" in cli.out
    assert (memory / "fr-omegat.tmx").read_bytes() == first.read_bytes()
    assert (memory / "fr-omegat-2.tmx").read_bytes() == second.read_bytes()
    third = _memory(tmp_path / "c" / "fr-omegat.tmx", "Paix !")
    cli("tm", "import", "--replace", str(third))
    assert (memory / "fr-omegat.tmx").read_bytes() == third.read_bytes()
    # several files at once; one that is no memory stops them all before any is kept
    other = _memory(tmp_path / "d" / "other.tmx", "Paix")
    cli("tm", "import", str(other), str(repo / "transpub.toml"), expect=2)
    assert not (memory / "other.tmx").exists()
    cli("tm", "import", str(other), str(_memory(tmp_path / "d" / "more.tmx", "Paix")))
    assert {"other.tmx", "more.tmx"} <= {p.name for p in memory.iterdir()}
    cli("tm", "export", str(tmp_path / "x.tmx"), str(tmp_path / "y.tmx"), expect=2)
    assert "writes one file" in cli.err


def test_a_tools_undeclared_prefix_does_not_refuse_a_tmx_or_a_tbx(tmp_path: Path) -> None:
    """A tool's own attributes and elements under a prefix it never declares (libxml2:
    "Namespace prefix x on y is not defined") are the tool's; the file is read."""
    from transpub.termbase import load_termbase

    tmx = tmp_path / "m.tmx"
    tmx.write_text('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>'
                   '<tu mq:ch="x"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fr">'
                   '<seg>Bonjour.</seg></tuv><mq:info/></tu></body></tmx>', encoding="utf-8")
    assert [(e.source, e.target) for e in read_tmx(tmx, "en")] == [("Hello.", "Bonjour.")]
    tbx = tmp_path / "t.tbx"
    tbx.write_text('<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body>'
                   '<termEntry id="c1" x:origin="tool"><langSet xml:lang="en"><tig><term>'
                   'Secretary-General</term></tig></langSet><langSet xml:lang="fr"><tig><term>'
                   'Secrétaire général</term></tig></langSet></termEntry></body></text>'
                   '</martif>', encoding="utf-8")
    (concept,) = load_termbase(tbx).concepts
    assert concept.terms["fr"][0].text == "Secrétaire général"
