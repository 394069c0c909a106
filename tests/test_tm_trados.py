"""Translation memories as Trados exports them (TMX 1.4 from "SDL Language Platform": upper-case
language tags, and inline codes that say nothing of what they are, ``<bpt i="1" type="1"
x="1"/>``, ``<ph x="2" type="0"/>``, linked between source and translation by ``x``): a
segment with such codes is kept under names of the tool's own and used where its codes can
be named as a unit's by their order — an exact match but for the codes' names, a near match
whose codes come in the same order — and never with those names. The file is built here after
the shape of Trados's exports quoted in public projects (no Trados runs here)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import polib
import pytest

from transpub.errors import CatalogError
from transpub.tm import TMEntry, TranslationMemory, read_tmx

import realdata
from conftest import SLUG, Cli

LINKED = "p3.e9247f"


def _trados(text: str) -> str:
    """transpub's codes as Trados's TMX writes them: empty, numbered, linked by x."""
    out = escape(text)
    for n in range(1, 4):
        out = (out.replace(f"&lt;a{n}&gt;", f'<bpt i="{n}" type="1" x="{n}" />')
               .replace(f"&lt;/a{n}&gt;", f'<ept i="{n}" />')
               .replace(f"&lt;x{n}/&gt;", f'<ph x="{n + 10}" type="0" />'))
    return out


def _tmx(pairs: list[tuple[str, str]]) -> str:
    units = "".join(
        '<tu creationdate="20201210T101500Z" creationid="UN\\translator">'
        '<prop type="x-Context">0, 0</prop>'
        f'<tuv xml:lang="EN-US"><seg>{_trados(source)}</seg></tuv>'
        f'<tuv xml:lang="FR-FR"><seg>{_trados(target)}</seg></tuv></tu>'
        for source, target in pairs)
    return ('<?xml version="1.0" encoding="utf-8"?><tmx version="1.4"><header '
            'creationtool="SDL Language Platform" creationtoolversion="8.1" '
            'o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="EN-US" '
            'srclang="EN-US" creationdate="20201210T101500Z" creationid="UN\\translator">'
            '<prop type="x-Recognizers">RecognizeAll</prop></header>'
            f"<body>{units}</body></tmx>")


def test_a_trados_memory_fills_a_unit_with_a_link(workspace: Path, cli: Cli) -> None:
    po = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    msgid = next(e.msgid for e in polib.pofile(str(po)) if e.msgctxt == LINKED)
    french = msgid.replace("Major General", "Le général de division").replace(
        "United Nations Global Counter-Terrorism Coordination Compact",
        "Pacte mondial de coordination contre le terrorisme")
    assert "<a1>" in msgid and "<a1>" in french
    memory = workspace / "trados.tmx"
    memory.write_text(_tmx([(msgid, french)]), encoding="utf-8")
    cli("tm", "import", str(memory))
    assert "imported 1 unit(s)" in cli.out and "skipped" not in cli.err
    po.unlink()
    cli("extract")
    entry = next(e for e in polib.pofile(str(po)) if e.msgctxt == LINKED)
    assert entry.msgstr == french  # the tool's codes named back: <a1>…</a1>


def test_near_matches_are_named_by_order_or_not_suggested(tmp_path: Path) -> None:
    path = tmp_path / "trados.tmx"
    path.write_text(_tmx([("Read <a1>the report</a1> now.", "Lisez <a1>le rapport</a1>."),
                          ("See <a1>the site</a1>, <x1/>.", "Voir <a1>le site</a1>, <x1/>.")]),
                    encoding="utf-8")
    entries = read_tmx(path, "en")
    assert [e.source for e in entries] == ["Read <tool1>the report</tool1> now.",
                                           "See <tool1>the site</tool1>, <tool11/>."]
    memory = TranslationMemory(entries, "fr")
    exact = memory.suggest("See <a1>the site</a1>, <x1/>.")
    assert exact is not None and exact.exact
    assert exact.entry.target == "Voir <a1>le site</a1>, <x1/>."
    near = memory.suggest("Read <a1>the reports</a1> now.", 0.6)
    assert near is not None and not near.exact
    assert near.entry.target == "Lisez <a1>le rapport</a1>."
    # another order of codes: the tool's names cannot be named as the unit's, no suggestion
    assert memory.suggest("Read <x1/> <a1>the reports</a1> now.", 0.6) is None


def test_words_hyphens_as_trados_writes_them(tmp_path: Path) -> None:
    """Trados writes Word's non-breaking and optional hyphens as ``&#x1E;``/``&#x1F;``, which
    XML 1.0 forbids: the file was refused whole; they are the hyphens U+2011 and U+00AD. The
    optional hyphen, where Word's layout may break a word, is no character of the text (the
    importers drop it too), and the non-breaking one finds a unit typed with "-"."""
    path = tmp_path / "trados.tmx"
    path.write_text(_tmx([("Counter-Terrorism Office.", "Bureau de lutte contre le "
                                                          "terrorisme.")])
                    .replace("Counter-", "Counter&#x1E;").replace("lutte ", "lutte&#x1F; "),
                    encoding="utf-8")
    (entry,) = read_tmx(path, "en")
    assert entry.source == "Counter\u2011Terrorism Office."
    assert entry.target == "Bureau de lutte contre le terrorisme."
    memory = TranslationMemory([entry], "fr")
    for typed in ("Counter-Terrorism Office.", "Counter\u2011Terrorism Office."):
        found = memory.suggest(typed)
        assert found is not None and found.exact, typed
    assert TranslationMemory([TMEntry("Counter-Terrorism Office.", "Bureau.", "fr", "x")],
                             "fr").exact("Counter\u2011Terrorism Office.") is not None


def test_words_hyphens_and_rtf_characters_in_a_real_trados_tmx() -> None:
    """Portage's Trados TMX (UTF-16): Word's hyphens as the raw characters U+001E/U+001F
    (libxml2 refused the file: "PCDATA invalid Char value 30") and, as Trados's Translator's
    Workbench writes them, as RTF's special characters in codes (``<ph>\\_</ph>``,
    ``<ph>\\-</ph>``): characters of the text, not codes the unit lacks."""
    entries = read_tmx(realdata.path("tests/data/real/tmx/portage.hyphens.tmx"), "en")
    sources = [e.source for e in entries]
    assert "Photo L\u2011R: Counter Clerk, Lead hand and clerk" in sources
    assert "Optional hyphens should be stripped." in sources
    assert any("\\x1E a\u2011b \\x1F ab." in s for s in sources)
    assert not any("tool" in s for s in sources if "Photo" in s or "Optio" in s)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8"])
def test_words_hyphens_never_cut_another_character(tmp_path: Path, encoding: str) -> None:
    """In UTF-16 a byte 0x1E is also half of U+1E00-U+1EFF (Vietnamese's letters): the raw
    characters are replaced in the decoded text, with or without a byte-order mark."""
    declared = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
    path = tmp_path / "trados.tmx"
    path.write_bytes(_tmx([("Việt\x1eNam \u1e00.", "Việt\x1fNam \u1e00.")]).replace(
        'encoding="utf-8"', f'encoding="{declared}"').encode(encoding))
    (entry,) = read_tmx(path, "en")
    assert (entry.source, entry.target) == ("Việt\u2011Nam \u1e00.", "ViệtNam \u1e00.")


def test_a_utf16_trados_file_cut_short_is_one_line(tmp_path: Path) -> None:
    """A UTF-16 file cut at an odd byte, with Word's hyphens in it: refused by the parser,
    naming the file (the decoding before it raised UnicodeDecodeError)."""
    path = tmp_path / "trados.tmx"
    path.write_bytes(_tmx([("Counter\x1eTerrorism.", "Lutte\x1fcontre.")]).encode("utf-16")[:-3])
    with pytest.raises(CatalogError, match="malformed XML"):
        read_tmx(path, "en")


def _workbench(pairs: list[tuple[str, str]]) -> str:
    """A memory as Trados's Translator's Workbench exports it: TMX 1.4 with its codes as RTF
    in ``<ut>`` (TMX 1.1's unknown code: a character style, its closing brace), ``<it>``
    and ``<bpt>``/``<ept>`` (the snippets are written in place of ``[cs]``, ``[/cs]``,
    ``[b]``, ``[/b]``, ``[nbh]``)."""
    def codes(text: str) -> str:
        return (escape(text).replace("[cs]", r"<ut>{\cs6\f1\cf6\lang1024 </ut>")
                .replace("[/cs]", "<ut>}</ut>").replace("[b]", r'<bpt i="1">{\b </bpt>')
                .replace("[/b]", '<ept i="1">}</ept>').replace("[nbh]", r"<ut>\_</ut>")
                .replace("[it]", r'<it pos="begin">{\i </it>'))
    units = "".join(f'<tu><tuv xml:lang="EN-US"><seg>{codes(source)}</seg></tuv>'
                    f'<tuv xml:lang="FR-FR"><seg>{codes(target)}</seg></tuv></tu>'
                    for source, target in pairs)
    return ('<?xml version="1.0" encoding="utf-8"?><tmx version="1.4"><header '
            'creationtool="TW4Win" creationtoolversion="8.0.0.863" o-tmf="TW4Win 2.0 Format" '
            'datatype="rtf" segtype="sentence" adminlang="EN-US" srclang="EN-US"/>'
            f"<body>{units}</body></tmx>")


def test_a_workbench_memory_serves_units_without_its_formatting(
        workspace: Path, cli: Cli) -> None:
    """Translator's Workbench's ``<ut>`` and ``<it>`` codes are the tool's own: a segment with
    them was skipped whole (a legacy memory of Word documents lost every formatted
    sentence), and a translation that dropped a code was skipped too. Both now serve a unit
    without that formatting, as near matches only (fuzzy, the note says so); an RTF
    character in a ``<ut>`` is the character."""
    first = "The [cs]Office[/cs] opened on Monday."
    second = "The [b]Centre[/b] met on Tuesday."
    third = "[it]Anti[nbh]terrorism work continued."
    memory = workspace / "workbench.tmx"
    memory.write_text(_workbench([
        (first, "Le [cs]Bureau[/cs] a ouvert lundi."),
        (second, "Le Centre s’est réuni mardi."),  # (the bold dropped)
        (third, "[it]Les travaux anti[nbh]terroristes ont continué.")]), encoding="utf-8")
    cli("tm", "import", str(memory))
    assert "imported 3 unit(s)" in cli.out
    assert "1 translation(s) whose codes of the tool's own are not their source's" in cli.err
    source = workspace / "source" / f"{SLUG}.xml"
    paragraphs = "".join(f'<p id="wb{n}">{text}</p>' for n, text in enumerate((
        "The Office opened on Monday.", "The Centre met on Tuesday.",
        "Anti\u2011terrorism work continued.")))
    source.write_text(source.read_text(encoding="utf-8").replace("</body>",
                                                                 f"{paragraphs}</body>"),
                      encoding="utf-8")
    cli("extract")
    po = polib.pofile(str(workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))
    found = {e.msgid: e for e in po}
    for source_text, french in (
            ("The Office opened on Monday.", "Le Bureau a ouvert lundi."),
            ("The Centre met on Tuesday.", "Le Centre s’est réuni mardi."),
            ("Anti\u2011terrorism work continued.",
             "Les travaux anti\u2011terroristes ont continué.")):
        entry = found[source_text]
        assert entry.msgstr == french and entry.fuzzy, source_text
        assert "without its formatting codes" in entry.comment + entry.tcomment, entry
