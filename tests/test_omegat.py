"""``transpub xliff export --omegat`` with the real OmegaT (Debian's package, run headless in
its console-translate mode): the projects it writes load, every translation already made is
inserted, what a translator adds comes back, and nothing OmegaT left untranslated comes back as
English. Plus the pieces that do not need OmegaT: OmegaT's view of a segment (outer codes
taken off, codes renamed) and the import's rule for a target that is a copy of its source."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from transpub.omegat import _frame, omegat_pair, reframe
from transpub.segment import PLACEHOLDER_RE, rename_codes

from conftest import SLUG, Cli, copy_sample, msgfmt, required_tool
from xliff_schemas import schema_errors

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
TARGETS = ("ar", "zh", "fr", "ru", "es")
_TAG = re.compile(r"(</?[a-z]+\d+/?>)")


def _po(ws: Path, lang: str, slug: str = SLUG) -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"


def _msgstrs(path: Path) -> dict[str, tuple[str, bool]]:
    return {e.msgctxt: (e.msgstr, e.fuzzy) for e in polib.pofile(str(path)) if not e.obsolete}


# --- OmegaT's view of a segment (no OmegaT needed) -----------------------------------------

@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Plain text.", "Texte simple.", ("Plain text.", "Texte simple.")),
    # codes inside: renamed by first letter and order of opening, counted from 0
    ("Say <a1>this</a1> and <x1/> now <em1>it</em1>.", "Dis <em1>ça</em1> <a1>ceci</a1> et <x1/>.",
     ("Say <a0>this</a0> and <x1/> now <e2>it</e2>.", "Dis <e2>ça</e2> <a0>ceci</a0> et <x1/>.")),
    # outer codes (and the spaces beside them) are taken off both sides
    ("<em1>Whole sentence.</em1>", "<em1>Phrase entière.</em1>",
     ("Whole sentence.", "Phrase entière.")),
    ("New York, <x1/>", "纽约，<x1/>", ("New York,", "纽约，")),
    ("<x1/> then text", "<x1/> puis du texte", ("then text", "puis du texte")),
    # a leading pair that closes inside the text is kept, and numbered from 0
    ("<x1/> <a1>Start</a1> then", "<x1/> <a1>Début</a1> puis",
     ("<a0>Start</a0> then", "<a0>Début</a0> puis")),
    # the translation moved an outer code inside, or lost it: OmegaT could not give it back
    ("New York, <x1/>", "<x1/> 纽约", None),
    ("<em1>Whole.</em1>", "Tout.", None),
    ("<x1/>", "<x1/>", None),  # no text: OmegaT has no segment
])
def test_omegat_pair_is_the_segment_omegat_shows(source: str, target: str,
                                                 expected: tuple[str, str] | None) -> None:
    assert omegat_pair(source, target) == expected


@pytest.mark.parametrize(("source", "target", "translation", "expected"), [
    # OmegaT put the source's " <x1/>" back; the PO had no space: an unchanged translation
    ("United Nations, New York, <x1/>", "联合国，纽约， <x1/>", "联合国，纽约，<x1/>",
     "联合国，纽约，<x1/>"),
    ("United Nations, New York, <x1/>", "联合国，北京， <x1/>", "联合国，纽约，<x1/>",
     "联合国，北京，<x1/>"),
    # a new translation: no space beside a full-width character, the source's space otherwise
    ("United Nations, New York, <x1/>", "联合国，北京， <x1/>", "", "联合国，北京，<x1/>"),
    ("United Nations, New York, <x1/>", "Bureau, New York, <x1/>", "",
     "Bureau, New York, <x1/>"),
    # a target that is not the source's frame around a segment is left as OmegaT wrote it
    ("United Nations, New York, <x1/>", "<x1/> Bureau", "Bureau <x1/>", "<x1/> Bureau"),
])
def test_reframe_keeps_the_po_layout_of_outer_codes(source: str, target: str, translation: str,
                                                    expected: str) -> None:
    assert reframe(source, target, translation) == expected


# --- the import's rule for copies ------------------------------------------------------------

def _set_target(path: Path, unit_id: str, text: str | None, state: str | None) -> None:
    tree = etree.parse(str(path))
    unit = next(u for u in tree.iter(f"{{{NS12}}}trans-unit") if u.get("id") == unit_id)
    target = unit.find(f"{{{NS12}}}target")
    assert target is not None
    target.text = text if text is not None else unit.find(f"{{{NS12}}}source").text
    for child in list(target):
        target.remove(child)
    target.attrib.pop("state", None)
    if state:
        target.set("state", state)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize(("state", "imported"), [
    ("needs-translation", False), ("new", False),  # a tool pre-filled the target
    ("translated", True), ("final", True),  # the translator says it stays as the source
])
def test_a_target_equal_to_its_source_is_a_translation_only_when_its_state_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], state: str, imported: bool) -> None:
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(_po(ws, "fr")))
    next(e for e in po if e.msgctxt == "title").msgstr = ""
    po.save()
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--lang", "fr")
    xlf = ws / "xliff" / f"{SLUG}.fr.xlf"
    _set_target(xlf, "title", None, state)
    cli("xliff", "import", str(xlf))
    title = _msgstrs(_po(ws, "fr"))["title"][0]
    source = next(e.msgid for e in polib.pofile(str(_po(ws, "fr"))) if e.msgctxt == "title")
    assert title == (source if imported else "")


@pytest.mark.parametrize(("state", "imported"), [("initial", False), ("translated", True)])
def test_an_xliff_2_target_equal_to_its_source_is_a_translation_only_when_not_initial(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], state: str, imported: bool) -> None:
    ns = "urn:oasis:names:tc:xliff:document:2.0"
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(_po(ws, "fr")))
    next(e for e in po if e.msgctxt == "title").msgstr = ""
    po.save()
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--lang", "fr", "--version", "2.1")
    xlf = ws / "xliff" / f"{SLUG}.fr.xlf"
    tree = etree.parse(str(xlf))
    unit = next(u for u in tree.iter(f"{{{ns}}}unit") if u.get("id") == "title")
    segment = unit.find(f"{{{ns}}}segment")
    source = segment.find(f"{{{ns}}}source")
    for old in segment.findall(f"{{{ns}}}target"):
        segment.remove(old)
    etree.SubElement(segment, f"{{{ns}}}target").text = source.text
    segment.set("state", state)
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(xlf))
    assert _msgstrs(_po(ws, "fr"))["title"][0] == (source.text if imported else "")


def test_export_omegat_writes_one_valid_project_per_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = copy_sample(tmp_path)
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--omegat", "--lang", "fr", "--lang", "zh")
    project = ws / "omegat" / "zh"
    assert sorted(p.name for p in (ws / "omegat").iterdir()) == ["fr", "zh"]
    root = etree.parse(str(project / "omegat.project")).getroot()
    assert root.findtext("project/target_lang") == "zh-CN"
    assert root.findtext("project/sentence_seg") == "false"
    for name in ("target", "dictionary", "omegat", "glossary", "tm/auto"):
        assert (project / name).is_dir()
    assert (project / "glossary" / "termbase.tbx").read_bytes() == \
        (ws / "locales" / "termbase.tbx").read_bytes()
    xlf = project / "source" / f"{SLUG}.zh.xlf"
    units = list(etree.parse(str(xlf)).iter(f"{{{NS12}}}trans-unit"))
    assert units
    for unit in units:  # every target is its source, and says nothing of a state
        source, target = unit.find(f"{{{NS12}}}source"), unit.find(f"{{{NS12}}}target")
        assert etree.tostring(target).replace(b"target", b"source") == \
            etree.tostring(source).replace(b"target", b"source")
        assert target.get("state") is None and unit.get("approved") is None
    memory = etree.parse(str(project / "tm" / "auto" / f"{SLUG}.zh.tmx"))
    segs = [s.text for s in memory.iter("seg")]
    assert len(segs) == 2 * len(units)
    assert "United Nations Office of Counter-Terrorism, New York," in segs  # outer <x1/> off
    assert "联合国反恐怖主义办公室，纽约，" in segs
    assert not any("<x1/>" in s or "<a1>" in s for s in segs)
    assert any("<a0>" in s for s in segs)
    # exported twice: the same bytes
    before = {p: p.read_bytes() for p in (ws / "omegat").rglob("*") if p.is_file()}
    cli("xliff", "export", "--omegat", "--lang", "fr", "--lang", "zh")
    assert {p: p.read_bytes() for p in (ws / "omegat").rglob("*") if p.is_file()} == before
    assert not schema_errors(xlf, "1.2")  # last: skipped when the schemas are absent


def test_export_omegat_refuses_xliff_2(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    ws = copy_sample(tmp_path)
    cli = Cli(ws, capsys)
    assert cli("xliff", "export", "--omegat", "--version", "2.1", expect=2) == 2
    assert "--omegat writes XLIFF 1.2" in cli.err and "Traceback" not in cli.err
    assert not (ws / "omegat").exists()


# --- the real OmegaT -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def omegat() -> str:
    return required_tool("omegat", "OmegaT (Debian's omegat)")


def _translate(omegat: str, project: Path, config: Path) -> dict[str, int]:
    """OmegaT's console-translate on a project; returns its statistics (segments, remaining)."""
    done = subprocess.run([omegat, "--mode=console-translate", f"--config-dir={config}",
                           "--disable-project-locking", "--no-team", str(project)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    stats = (project / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    numbers = {row.split(":")[0]: int(row.split()[1]) for row in stats.splitlines()
               if row.startswith(("Total:", "Remaining:"))}
    return {"segments": numbers["Total"], "remaining": numbers["Remaining"]}


def test_omegat_inserts_every_translation_and_the_import_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    ws = copy_sample(tmp_path)
    before = {lang: _po(ws, lang).read_bytes() for lang in TARGETS}
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--omegat")
    for lang in TARGETS:
        stats = _translate(omegat, ws / "omegat" / lang, tmp_path / "omegat-config")
        assert stats["segments"] == len(_msgstrs(_po(ws, lang))) and stats["remaining"] == 0
    targets = sorted((ws / "omegat").glob("*/target/*.xlf"))
    assert len(targets) == len(TARGETS)
    cli("xliff", "import", *map(str, targets))
    assert {lang: _po(ws, lang).read_bytes() for lang in TARGETS} == before
    assert "updated" in cli.out


def test_what_the_translator_adds_in_omegat_comes_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    """A first OmegaT run writes the project's memory as OmegaT exports it (``*-omegat.tmx``);
    then units are emptied in the PO files (a new release, say), exported again, and the
    translator's memory from the first run fills them in OmegaT: the import brings back
    exactly the translations, codes and spacing included, not fuzzy; a unit nobody translated
    stays untranslated, never English."""
    ws = copy_sample(tmp_path)
    cli = Cli(ws, capsys)
    first = tmp_path / "first"
    cli("xliff", "export", "--omegat", "--lang", "zh", "--lang", "fr", "-o", str(first))
    original = {lang: _msgstrs(_po(ws, lang)) for lang in ("zh", "fr")}
    emptied = ["title", "p3.e9247f", "contact2", "p1.d6c5e4"]
    for lang in ("zh", "fr"):
        _translate(omegat, first / lang, tmp_path / "omegat-config")
        po = polib.pofile(str(_po(ws, lang)))
        for entry in po:
            if entry.msgctxt in emptied:
                entry.msgstr = ""
        po.save()
    assert all(u in original["zh"] for u in emptied)
    cli("xliff", "export", "--omegat", "--lang", "zh", "--lang", "fr")
    for lang in ("zh", "fr"):
        project = ws / "omegat" / lang
        memories = list(first.glob(f"{lang}/*-omegat.tmx"))
        assert len(memories) == 1  # OmegaT's own export of the first project's memory
        shutil.copy2(memories[0], project / "tm" / "auto" / "translator.tmx")
        if lang == "fr":  # the French translator lost the memory of one unit
            tree = etree.parse(str(project / "tm" / "auto" / "translator.tmx"))
            for tu in list(tree.iter("tu")):
                if any((s.text or "").startswith("UNOCT and the State of Qatar")
                       for s in tu.iter("seg")):
                    tu.getparent().remove(tu)
            tree.write(str(project / "tm" / "auto" / "translator.tmx"))
        stats = _translate(omegat, project, tmp_path / "omegat-config")
        assert stats["remaining"] == (1 if lang == "fr" else 0)
    cli("xliff", "import", *map(str, sorted((ws / "omegat").glob("*/target/*.xlf"))))
    for lang in ("zh", "fr"):
        now = _msgstrs(_po(ws, lang))
        for unit in emptied:
            if lang == "fr" and unit == "title":
                assert now[unit] == ("", False)  # OmegaT wrote the English back: not taken
            else:
                assert now[unit] == original[lang][unit], (lang, unit)
        subprocess.run([msgfmt(), "--check", "-o", os.devnull, str(_po(ws, lang))], check=True)


def test_codes_in_every_position_round_trip_through_omegat(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    """Paragraphs with inline codes at the start, around the whole sentence, inside and at the
    end: OmegaT inserts each translation from the memory the export wrote (so the memory's
    form is OmegaT's own view of the segment), and the import finds nothing changed."""
    ws = copy_sample(tmp_path)
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    text = re.sub(r'(<p id="p1">)([^<.]+\.)', r"\1<em>\2</em>", text, count=1)
    text = re.sub(r'(<p id="p2">)([^<\s]+)', r"\1<strong>\2</strong>", text, count=1)
    text = re.sub(r'(<p id="p4">[^<]*?)(\.)', r'\1 <a href="https://www.un.org/">UN</a>\2',
                  text, count=1)
    source.write_text(text, encoding="utf-8")
    cli = Cli(ws, capsys)
    cli("extract")
    po = polib.pofile(str(_po(ws, "fr")))
    coded = 0
    for entry in po:
        if entry.msgid and not entry.obsolete:
            entry.msgstr = "".join(p if _TAG.fullmatch(p) else p.upper()
                                   for p in _TAG.split(entry.msgid))
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
            coded += bool(_TAG.search(entry.msgid))
    po.save()
    assert coded >= 5
    before = _po(ws, "fr").read_bytes()
    cli("xliff", "export", "--omegat", "--lang", "fr")
    stats = _translate(omegat, ws / "omegat" / "fr", tmp_path / "omegat-config")
    assert stats["remaining"] == 0
    cli("xliff", "import", str(ws / "omegat" / "fr" / "target" / f"{SLUG}.fr.xlf"))
    assert _po(ws, "fr").read_bytes() == before


def test_a_fuzzy_translation_is_shown_not_inserted_and_stays_fuzzy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(_po(ws, "ru")))
    entry = next(e for e in po if e.msgctxt == "title")
    entry.flags.append("fuzzy")
    po.save()
    before = _po(ws, "ru").read_bytes()
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--omegat", "--lang", "ru")
    project = ws / "omegat" / "ru"
    fuzzy = etree.parse(str(project / "tm" / f"{SLUG}.ru.tmx"))
    assert [s.text for s in fuzzy.iter("seg")][1] == entry.msgstr
    assert _translate(omegat, project, tmp_path / "omegat-config")["remaining"] == 1
    cli("xliff", "import", str(project / "target" / f"{SLUG}.ru.xlf"))
    assert _po(ws, "ru").read_bytes() == before


def test_a_text_translated_two_ways_is_shown_not_inserted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    """OmegaT inserts one translation per segment text, into every segment of that text: the
    dateline's "New York" and an office line made "New York" too, translated differently,
    must not both come back with one of the two translations (the import would take it as
    the translator's). Neither is inserted; both are offered as matches; nothing changes."""
    ws = copy_sample(tmp_path)
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    source.write_text(re.sub(r"(<office [^>]*>)[^<]*(</office>)", r"\1New York\2", text,
                             count=1), encoding="utf-8")
    cli = Cli(ws, capsys)
    cli("extract")
    po = polib.pofile(str(_po(ws, "fr")))
    office = next(e for e in po if e.msgctxt == "office")
    assert office.msgid == "New York"
    office.msgstr, office.flags = "Siège de New York", []
    po.save()
    before = _po(ws, "fr").read_bytes()
    cli("xliff", "export", "--omegat", "--lang", "fr")
    project = ws / "omegat" / "fr"
    auto = [s.text for s in etree.parse(str(project / "tm" / "auto" / f"{SLUG}.fr.tmx"))
            .iter("seg")]
    assert "New York" not in auto and "Siège de New York" not in auto
    shown = [s.text for s in etree.parse(str(project / "tm" / f"{SLUG}.fr.tmx")).iter("seg")]
    assert "Siège de New York" in shown
    # the two "New York" segments left to the translator
    assert _translate(omegat, project, tmp_path / "omegat-config")["remaining"] == 2
    cli("xliff", "import", str(project / "target" / f"{SLUG}.fr.xlf"))
    assert _po(ws, "fr").read_bytes() == before


@pytest.mark.parametrize("flavour", ["omegat", "level2"])
def test_the_memory_omegat_exports_fills_units_with_codes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str, flavour: str) -> None:
    """OmegaT exports its project memory as TMX in three forms (``*-omegat.tmx`` with its own
    code names as text, ``*-level2.tmx`` with them as TMX codes, ``*-level1.tmx`` without
    codes). Imported with ``tm import`` into a workspace that lost its French PO file, the
    first two fill every unit again, the link's codes renamed from OmegaT's ``<a0>`` to the
    unit's ``<a1>``; only the unit whose e-mail code OmegaT took off the segment is not found
    exactly. The French no-break spaces come through (the TMX reader once made them spaces)."""
    ws = copy_sample(tmp_path)
    original = _msgstrs(_po(ws, "fr"))
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--omegat", "--lang", "fr")
    _translate(omegat, ws / "omegat" / "fr", tmp_path / "omegat-config")
    exported = list((ws / "omegat" / "fr").glob(f"*-{flavour}.tmx"))
    assert len(exported) == 1
    assert "a0" in exported[0].read_text(encoding="utf-8")  # OmegaT's name for the link
    _po(ws, "fr").unlink()
    cli("tm", "import", str(exported[0]))
    assert "skipped" not in cli.err
    cli("extract")
    now = _msgstrs(_po(ws, "fr"))
    assert "<a1>" in original["p3.e9247f"][0]
    assert {k: v[0] for k, v in now.items() if k != "contact2"} == \
        {k: v[0] for k, v in original.items() if k != "contact2"}
    # only a near match for it (OmegaT's segment has no <x1/>): a fuzzy draft without the code
    assert now["contact2"][1] and "<x1/>" not in now["contact2"][0]


_GLOSSARY_PROBE = """
import java.io.File;
import org.omegat.core.Core;
import org.omegat.core.data.RealProject;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.util.ProjectFileStorage;

public class Probe {
    public static void main(String[] args) throws Exception {
        File project = new File(args[0]);
        Core.setProject(new RealProject(ProjectFileStorage.loadProjectProperties(project)));
        for (GlossaryEntry entry : GlossaryReaderTBX.read(new File(args[1]), false)) {
            System.out.println(entry.getSrcText() + "\\t" + entry.getLocText());
        }
    }
}
"""


def _omegat_jar(omegat: str) -> tuple[str, str]:
    """Java and OmegaT's jar, as Debian's launcher names it (the test skipped without)."""
    launcher = Path(omegat).read_text(encoding="utf-8", errors="replace")
    jar = re.search(r"-jar\s+(\S+\.jar)", launcher)
    java = shutil.which("java")
    if jar is None or java is None:
        pytest.skip("OmegaT's jar is not where Debian's launcher says")
    return java, jar.group(1)


def test_omegat_reads_the_projects_glossary_and_tokenizers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    """OmegaT's own TBX reader (in its console mode the glossary is not used, so it is called
    directly, with the project loaded as OmegaT loads it) reads the termbase the export put
    in ``glossary/``, and the project names the language's tokenizers, which OmegaT loads."""
    java, jar = _omegat_jar(omegat)
    ws = copy_sample(tmp_path)
    Cli(ws, capsys)("xliff", "export", "--omegat", "--lang", "zh", "--lang", "ru")
    probe = tmp_path / "Probe.java"
    probe.write_text(_GLOSSARY_PROBE, encoding="utf-8")
    for lang, term, approved in (("zh", "General Assembly", "大会"),
                                 ("ru", "General Assembly", "Генеральная Ассамблея")):
        project = ws / "omegat" / lang
        done = subprocess.run([java, "-cp", jar, str(probe), str(project),
                               str(project / "glossary" / "termbase.tbx")],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        pairs = {tuple(line.split("\t")) for line in done.stdout.splitlines()}
        assert (term, approved) in pairs
        assert len(pairs) > 40
        tokenizers = re.findall(r"tokenizer: (\S+)", done.stdout + done.stderr)
        assert tokenizers == ["org.omegat.tokenizer.LuceneEnglishTokenizer",
                              "org.omegat.tokenizer.Lucene"
                              f"{'SmartChinese' if lang == 'zh' else 'Russian'}Tokenizer"]


def _csv_termbase(ws: Path) -> None:
    """The workspace's termbase as the hand-edited CSV form (``paths.termbase``)."""
    (ws / "locales" / "termbase.csv").write_text(
        "concept,category,lang,term,status\n"
        "ga,organization,en,General Assembly,preferred\n"
        "ga,organization,ru,Генеральная Ассамблея,preferred\n"
        "ga,organization,zh,大会,preferred\n"
        "guterres,person,en,António Guterres,preferred\n"
        "guterres,person,ru,Антониу Гутерриш,preferred\n", encoding="utf-8")
    config = ws / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'termbase = "locales/termbase.tbx"', 'termbase = "locales/termbase.csv"'),
        encoding="utf-8")


def test_a_termbase_of_another_form_goes_to_the_glossary_as_tbx(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CSV termbase had been copied into ``glossary/`` as it was: OmegaT reads a CSV there
    as source, target and comment columns ("ga" -> "organization"). It goes as TBX-Basic."""
    ws = copy_sample(tmp_path)
    _csv_termbase(ws)
    Cli(ws, capsys)("xliff", "export", "--omegat", "--lang", "ru")
    glossary = ws / "omegat" / "ru" / "glossary"
    assert sorted(p.name for p in glossary.iterdir()) == ["termbase.tbx"]
    from transpub.termbase import load_termbase

    loaded = load_termbase(glossary / "termbase.tbx", "en")
    terms = {c.id: {lang: [t.text for t in ts] for lang, ts in c.terms.items()}
             for c in loaded.concepts}
    assert terms["ga"]["ru"] == ["Генеральная Ассамблея"]
    assert terms["guterres"]["en"] == ["António Guterres"]


def test_omegat_reads_a_converted_glossary(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    """OmegaT's own TBX reader reads the glossary converted from a CSV termbase."""
    java, jar = _omegat_jar(omegat)
    ws = copy_sample(tmp_path)
    _csv_termbase(ws)
    Cli(ws, capsys)("xliff", "export", "--omegat", "--lang", "ru")
    probe = tmp_path / "Probe.java"
    probe.write_text(_GLOSSARY_PROBE, encoding="utf-8")
    project = ws / "omegat" / "ru"
    done = subprocess.run([java, "-cp", jar, str(probe), str(project),
                           str(project / "glossary" / "termbase.tbx")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    pairs = {tuple(line.split("\t")) for line in done.stdout.splitlines()}
    assert pairs == {("General Assembly", "Генеральная Ассамблея"),
                     ("António Guterres", "Антониу Гутерриш")}


def test_a_po_file_omegat_translated_is_read_as_it_wrote_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], omegat: str) -> None:
    """OmegaT also translates PO files directly (its PO filter): given an emptied French PO
    file and the memory the export writes, it writes the PO back filled (the header's first
    line unwrapped, units with codes left empty: its PO filter keeps ``<a1>`` as text, so the
    memory's OmegaT form does not match). GNU msgfmt accepts it, and so does transpub: the check
    reports exactly the units left untranslated, the build publishes, and extract leaves the
    file as OmegaT wrote it."""
    ws = copy_sample(tmp_path)
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--omegat", "--lang", "fr")
    project = ws / "omegat" / "fr"
    for old in (project / "source").iterdir():
        old.unlink()
    po = polib.pofile(str(_po(ws, "fr")))
    for entry in po:
        entry.msgstr = ""
    po.save(str(project / "source" / f"{SLUG}.po"))
    _translate(omegat, project, tmp_path / "omegat-config")
    written = project / "target" / f"{SLUG}.po"
    subprocess.run([msgfmt(), "--check", "-o", os.devnull, str(written)], check=True)
    shutil.copy2(written, _po(ws, "fr"))
    empty = sorted(k for k, (text, _) in _msgstrs(_po(ws, "fr")).items() if not text)
    assert 1 <= len(empty) <= 3 and "contact2" in empty
    code = cli("check", "--lang", "fr", "--format", "json", expect=None)
    assert code == 1
    untranslated = sorted(f["unit"] for f in json.loads(cli.out)["findings"]
                          if f["code"] == "TP601")
    assert untranslated == empty
    cli("build", "--lang", "fr")
    assert (ws / "output" / "fr" / f"{SLUG}.html").is_file()
    cli("extract")
    assert _po(ws, "fr").read_bytes() == written.read_bytes()


_WORDS = st.sampled_from(["UN", "the", "Pact", "纽约", "，", " ", "  ", "«\u00a0", "x", "."])
_CODE_TEXTS = ("<a1>", "</a1>", "<x1/>", "<em1>", "</em1>", "<x2/>")
_CODES = st.sampled_from(_CODE_TEXTS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_WORDS, _CODES), max_size=12), st.lists(_WORDS, max_size=12),
       st.booleans())
def test_what_omegat_inserts_comes_back_as_the_translation(
        source_parts: list[str], words: list[str], translated: bool) -> None:
    """For any source and translation (its text translated, its codes where the source has
    them, or anything at all): when the export writes a memory pair, OmegaT inserts its value
    between the source's outer codes (renaming its codes back) and the import's ``reframe``
    then gives back exactly the PO translation."""
    source = "".join(source_parts)
    if translated:  # the codes kept in place, each piece of text another
        pieces = iter(words)
        target = "".join(p if p in _CODE_TEXTS else next(pieces, "") for p in source_parts)
    else:
        target = "".join(words)
    pair = omegat_pair(source, target)
    if pair is None:
        return
    frame = _frame(source)
    assert frame is not None
    back: dict[str, str] = {}
    for match in PLACEHOLDER_RE.finditer(frame[1]):
        name = match.group("tag") + match.group("num")
        if not match.group("close") and name not in back.values():
            back[f"{name[0]}{len(back)}"] = name
    inserted = rename_codes(pair[1], back)
    assert inserted is not None
    written = frame[0] + inserted + frame[2]  # what OmegaT writes into the target
    assert reframe(source, written, target) == target


def test_a_translate_toolkit_edit_of_the_xliff_comes_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Translate Toolkit's XLIFF store (what Weblate and Virtaal write XLIFF with) on the
    plain export: a unit translated, a unit given a fuzzy translation identical to its source
    (it sets ``approved="no"`` and leaves the state ``needs-translation``), a unit whose
    source it copied as the translation (state ``translated``). Each comes back as the
    translator left it: the fuzzy one is the translator's, not a tool's copy."""
    xliff_store = pytest.importorskip("translate.storage.xliff")
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(_po(ws, "fr")))
    for entry in po:
        if entry.msgctxt in ("title", "place", "label"):
            entry.msgstr = ""
    po.save()
    cli = Cli(ws, capsys)
    cli("xliff", "export", "--lang", "fr")
    path = ws / "xliff" / f"{SLUG}.fr.xlf"
    store = xliff_store.xlifffile.parsefile(str(path))
    units = {u.xmlelement.get("id"): u for u in store.units}
    units["title"].target = "Dialogue stratégique"
    units["title"].markfuzzy(False)
    units["place"].target = "New York"
    units["place"].markfuzzy(True)
    units["label"].target = "PRESS RELEASE"
    store.savefile(str(path))
    cli("xliff", "import", str(path))
    now = _msgstrs(_po(ws, "fr"))
    assert now["title"] == ("Dialogue stratégique", False)
    assert now["place"] == ("New York", True)
    assert now["label"] == ("PRESS RELEASE", False)
