"""Hostile text that kept a command busy for minutes (session 60's hostile pass, h3): each case
is sized so that the old path took from a minute to hours and the new one takes milliseconds,
and asserts the result, never a time (an old path shows as a test that does not end)."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from transpub.garbled import unwritable_at

from conftest import SAMPLE_TEXT, SLUG, Cli

#: A real paragraph (the sample UNOCT release's second) to grow: ordinary English words
_PARAGRAPH = next(p for p in SAMPLE_TEXT.read_text("utf-8").split("\n\n")
                  if p.startswith("The Strategic Dialogue reviewed"))


def _ids(ws: Path, slug: str) -> list[str]:
    return re.findall(r'<p id="(p\d+)">', (ws / "source" / f"{slug}.xml").read_text("utf-8"))


def test_revised_release_of_a_long_paragraph(ws: Path, hcli: Cli) -> None:
    """``import --force`` of a revised release whose paragraph is 200 KB: the old blocks'
    ids were kept by comparing every new paragraph with every old one character by character
    (difflib), quadratic in their length (50 KB: more than a minute; h3 repro 32). Its words
    are compared now, and the long paragraph keeps its id."""
    long = " ".join([_PARAGRAPH] * 320)  # (200 KB: about 5 minutes before)
    head = "Council Reviews Dialogue\n\nNEW YORK, 3 April 2025 – The Council met.\n\n"
    source = ws.parent / "long.txt"
    source.write_text(head + long + "\n\nIt will meet again in May.\n", encoding="utf-8")
    hcli("import", str(source), "--slug", "long")
    assert _ids(ws, "long") == ["p1", "p2", "p3"]
    revised = long.replace("reviewed", "examined", 1)
    source.write_text(head + "The talks were held in Doha.\n\n" + revised
                      + "\n\nIt will meet again in May.\n", encoding="utf-8")
    hcli("import", str(source), "--slug", "long", "--force")
    assert _ids(ws, "long") == ["p1", "p4", "p2", "p3"]


_HEAD = "A Title\n\nNEW YORK, 5 March 2025 – The meeting was held.\n"


@pytest.mark.parametrize(("name", "text", "kept"), [
    # a line of 20,000 spaces before a list item: 104 s (the page-number pattern tried
    # every split of the run between two "\s*"; h3 repro 25)
    ("spaces.txt", _HEAD + " " * 20_000 + "- item\n", "item"),
    # a title with 3,000 spaces inside: the dateline pattern, cubic (2,000: 76 s)
    ("title.txt", "A" + " " * 3_000 + "Title\n\nNEW YORK, 5 March 2025 – Text.\n", "Title"),
    # a list nested 1,000 levels under the dateline: more than two minutes (h3 repro 24)
    ("nested.md", "# A Title\n\nNEW YORK, 5 March 2025 – " + "\n".join(
        "  " * i + f"- item {i}" for i in range(1_000)) + "\n", "item 999"),
])
def test_runs_of_white_space(ws: Path, hcli: Cli, name: str, text: str, kept: str) -> None:
    """Runs of white space in a text to import: each pattern takes a run whole."""
    source = ws.parent / name
    source.write_text(text, encoding="utf-8")
    hcli("import", str(source), "--slug", "spaces")
    assert kept in (ws / "source" / "spaces.xml").read_text("utf-8")


def _translate_first(ws: Path, add: str, lang: str = "fr") -> Path:
    """The PO file of the sample in ``lang``, its first translated entry followed by ``add``."""
    path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgstr and not e.fuzzy and len(e.msgid) > 60)
    entry.msgstr += " " + add
    po.save(str(path))
    return path


@pytest.mark.parametrize("word", ["a" * 400_000 + "@", "1" * 400_000 + "@",
                                  "<" + "a" * 400_000, "<" * 1_000_000])
def test_check_a_long_word(ws: Path, hcli: Cli, word: str) -> None:
    """One long word in a translation: TP607/TP610 set inline codes, links and addresses
    aside, and ``\\S+@\\S+`` was tried from each of its characters (100,000 characters ending
    in "@": 13 s; 1 MB of "<": more than a minute; h3 repros 07 and 10)."""
    path = _translate_first(ws, word)
    hcli("check", "--select", "TP610", "--format", "json", str(path), expect=None)
    assert '"TP610"' in hcli.out


def test_align_a_long_word(ws: Path, hcli: Cli) -> None:
    """The same pattern in ``align``'s anchors (a word of 80,000 characters: 20 s; 160,000:
    more than two minutes; h3 repro 30)."""
    text = ("Le Secrétaire général salue l'accord\n\nNEW YORK, 5 mars 2025 — Le Secrétaire "
            f"général a salué l'accord {'a' * 400_000}@. Voir https://un.org/x.\n")
    source = ws.parent / "fr.txt"
    source.write_text(text, encoding="utf-8")
    hcli("align", "--dry-run", "--lang", "fr", SLUG, str(source), expect=None)
    assert "(dry run: nothing written)" in hcli.out, hcli.out + hcli.err


@pytest.mark.parametrize(("text", "source", "at"), [
    # thousands of RLE left open on both sides: the source's open openers were computed
    # again for each one (4,000: 5 s, 8,000: 19 s for a whole check; 200,000: hours)
    ("مرحبا " + "\u202b" * 200_000, "Hello " + "\u202b" * 200_000, -1),
    # RLE then as many PDI: each PDI looked through the whole stack for an isolate
    ("مرحبا " + "\u202b" * 200_000 + "\u2069" * 200_000, "Hello", 6),
    # private-use symbols the source holds only at its end: the source searched for each
    # (200,000: 43 s)
    ("\ue000" * 400_000 + "\uf0b7", "a" * 400_000 + "\ue000", 400_000),
], ids=["open-rle-both-sides", "rle-then-pdi", "private-use-the-source-holds"])
def test_bidi_embeddings_never_closed(text: str, source: str, at: int) -> None:
    """TP609's reading of embeddings never closed (``garbled.unwritable_at``, which ``check``
    and the build both run): each text read once (h4 repro 01)."""
    assert unwritable_at(text, source) == at


def test_a_returned_po_file_of_many_obsolete_entries(tmp_path: Path) -> None:
    """``xliff import`` of a PO file sent back holding only obsolete entries (``#~``), half of
    them of units the source still has (revived), half of none: every unit of the workspace's
    file was compared with each (16,000 against 16,003 units: 8.3 s; 40,000: 54 s; 80,000:
    minutes; h4 repro 02). Each is looked up now."""
    from transpub.po_returned import read_returned
    from transpub.xliff_merge import _merge

    count = 80_000
    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    ours = tmp_path / "locales" / "fr" / "LC_MESSAGES" / "big.po"
    ours.parent.mkdir(parents=True)
    ours.write_text(head + "".join(f'\nmsgctxt "p{i}.s"\nmsgid "Sentence {i}."\nmsgstr ""\n'
                                   for i in range(count)), encoding="utf-8")
    back = tmp_path / "big.fr.po"
    back.write_text(head + "".join(
        f'\n#~ msgid "{"Sentence" if i % 2 else "Gone"} {i}."\n#~ msgstr "Phrase {i}."\n'
        for i in range(count)), encoding="utf-8")
    outcome = _merge(read_returned(back)[0], ours, theirs=False)
    assert outcome.updated == count // 2
    assert outcome.updates[f"p{count - 1}.s"].target == f"Phrase {count - 1}."
    assert any(f"{count // 2:,} obsolete entries" in note or f"{count // 2} obsolete entries"
               in note for note in outcome.notes), outcome.notes


def _import_paragraphs(tmp_path: Path, name: str, body: str) -> list[str]:
    """The paragraphs ``import`` reads from a release of ``body`` under a headline and a
    dateline (its first, the dateline's, left out)."""
    from transpub.importer import import_file

    path = tmp_path / name
    path.write_text("Report on the Thing\n\nGENEVA, 5 June 2024 – The Office met.\n\n" + body
                    + "\n", encoding="utf-8")
    release = import_file(path).release
    return ["".join(s.text for s in b.spans) for b in release.blocks if b.kind == "p"][1:]


@pytest.mark.parametrize("word", ["a" * 20_000 + "://x", "-" * 20_000 + "://x",
                                  "a." * 10_000 + "://x", "@" * 20_000 + "://x"],
                         ids=["letters", "hyphens", "dots", "at-signs"])
def test_a_long_word_at_a_line_end_that_is_no_address(tmp_path: Path, word: str) -> None:
    """A line's last word holding "://" or "www." but no address's start before it: where an
    address starts in it was searched with ``[\\w.+-]+@`` from each of its characters to its
    end (addressbreaks.continues_address; 20,000 characters: 23 s, 40,000: 105 s; session
    62's hostile pass, h4 repro r01). The word and the next line stay two words."""
    from transpub.addressbreaks import continues_address, gapped_addresses

    assert not continues_address("See " + word, "example.org/path and more")
    assert gapped_addresses(word + "  x.y/z") == word + "  x.y/z"
    read = _import_paragraphs(tmp_path, "word.md", f"See {word}\nexample.org/path and more.")
    assert read == [f"See {word} example.org/path and more."]


@pytest.mark.parametrize("address", ["x@y.org", "https://a.org/x  see", "https://a.org/x"],
                         ids=["e-mail", "link", "whole-links"])
def test_one_line_of_addresses_apart(address: str) -> None:
    """One line of addresses each followed by a gap of two spaces (a PDF's table of contacts):
    the rest of the line was copied and split for each to read the word after its gap
    (addressbreaks.gapped_addresses; 100,000 addresses: 37 s; h4 repro r02). Only that word
    is read now; the gaps stay, and an address the gap cut is still written whole (whole
    links side by side stay apart: ``addressbreaks._whole``)."""
    from transpub.addressbreaks import gapped_addresses

    line = f"{address}  " * 60_000
    cut = "IEEP: https://ieep.eu/publications/2019    -europe-report"
    assert gapped_addresses(line + cut + "\n" + line) == (
        line + "IEEP: https://ieep.eu/publications/2019-europe-report\n" + line)


def test_one_line_of_archived_links() -> None:
    """60,000 links each ending where an archive sets the address it keeps (a Wayback
    timestamp and "/"), two spaces after each: each goes on with the next, read once
    (``addressbreaks._EMBEDDING_RE``, anchored at the link's end)."""
    from transpub.addressbreaks import gapped_addresses

    link = "https://web.archive.org/web/20190501000000/"
    assert gapped_addresses(f"{link}  " * 60_000) == link * 60_000 + "  "


def test_many_section_lines_above_the_headline(tmp_path: Path) -> None:
    """Thousands of blocks that read as a site's section line above the headline: each was
    checked against every block before it (importer_pages._chrome; 10,000: 12 s, 20,000:
    96 s; h4 repro r07). They are the page's chrome, and the release under them is read."""
    from transpub.importer import import_file

    path = tmp_path / "sections.txt"
    path.write_text("Statements Human Rights Council\n\n" * 10_000 + "Report on the Thing\n\n"
                    "GENEVA, 5 June 2024 – The Office said today that the report is out.\n",
                    encoding="utf-8")
    release = import_file(path).release
    assert [(b.kind, "".join(s.text for s in b.spans)) for b in release.blocks] == [
        ("title", "Report on the Thing"), ("place", "GENEVA"),
        ("p", "The Office said today that the report is out.")]


@pytest.mark.parametrize("word", ["ab" + "1b" * 60_000, "a" + "Ab" * 60_000],
                         ids=["digits", "capitals"])
def test_one_long_word_of_stand_ins(word: str) -> None:
    """One long word of letters and digits or capitals ("a1b1b1…", a base64 blob): the whole
    word was folded again for each stand-in it holds (brokenfont.broken_font; 200,000
    characters: 47 s; h4 repro r09). One word says nothing of the font; the broken words
    beside it still do (and then a digit inside the long word is the map's too)."""
    from transpub.brokenfont import broken_font

    assert broken_font(word) is None
    found = broken_font(f"{word} Levi9 met the a9orney, heard of a9acks and a9empts.")
    assert found is not None
    own = (word,) if word[2].isdigit() else ()
    assert found.words == (*own, "Levi9", "a9orney", "a9acks", "a9empts")


def test_many_latin_runs_in_an_arabic_translation(ws: Path, hcli: Cli) -> None:
    """An Arabic translation holding thousands of short Latin runs ("UN", names, figures):
    the review page's cell looked through all the runs and marks again for each piece it
    wrote (review._marked; 8,000 runs: 21 s; h4 repro r08). Each run is still isolated as
    the published page isolates it."""
    _translate_first(ws, "كلمة UN " * 12_000, lang="ar")
    out = ws.parent / "review.html"
    hcli("review", "--lang", "ar", "-o", str(out))
    assert out.read_text("utf-8").count("كلمة <bdi>UN</bdi>") == 12_000


@pytest.mark.parametrize("line", [" " * 20_000, "." * 20_000, "/" * 20_000, "a" * 20_000,
                                  "a." * 10_000, "a.https://" * 2_000, "a.https://." * 2_000,
                                  "a.https://" + "." * 20_000],
                         ids=["spaces", "dots", "slashes", "letters", "letter-dots", "glued",
                              "glued-marks", "glued-then-dots"])
def test_links_glued_to_full_stops(tmp_path: Path, line: str) -> None:
    """A line of 20,000 characters that the pattern of a link glued to a full stop
    ("Guam.https://…", importer_text._ADDRESSES) reads from each of them: it is read once (the
    look-behind is two characters long, and no link starts inside another)."""
    read = _import_paragraphs(tmp_path, "glued.txt", f"Start {line} end.")
    assert "".join(read).replace(" ", "") == f"Start{line}end.".replace(" ", "")


@pytest.mark.parametrize(("line", "mended"), [
    *((line, line) for line in (" " * 20_000, "." * 20_000, "/" * 20_000, "a" * 20_000,
                                "\u2010" * 20_000, "-\u2010" * 10_000,
                                "a-\u2010" + " " * 20_000 + "-")),
    ("a-\u2010" * 7_000, "a-" * 6_999 + "a-\u2010")],  # (the last before a space: no word's)
    ids=["spaces", "dots", "slashes", "letters", "hyphens", "pairs", "doubled-then-spaces",
         "doubled-words"])
def test_doubled_hyphens_in_a_long_line(tmp_path: Path, line: str, mended: str) -> None:
    """A line of 20,000 characters that the pattern of a hyphen a broken font doubled
    ("well-‐informed", brokenfont._DOUBLED_HYPHEN_RE) reads: once (a one-character
    look-behind; each run stops where the next part cannot go on). A doubled hyphen inside
    a word is one; the rest stays."""
    from transpub.brokenfont import doubled_hyphens

    found = doubled_hyphens(f"{line} end.\n" + "a\u00ad" * 10_000 + "-\u00ad" * 10_000)
    assert (found.text if found else line).split(" end.")[0] == mended
    read = " ".join(_import_paragraphs(tmp_path, "doubled.txt", f"Start {line} end."))
    assert read.replace(" ", "") == f"Start{mended}end.".replace(" ", "")


@pytest.mark.parametrize("line", ["a1" * 20_000, "A1" * 20_000, "UNICEF1 " * 5_000,
                                  "A" * 40_000 + "1", "报告1，" * 10_000,
                                  # (a paragraph of "1.1.1…": 14 s at 40,000 characters before
                                  # the same mending, 93ff5dd; session 64 found it linear)
                                  ".".join("1" * 40_000)],
                         ids=["letter-digits", "capital-digits", "acronyms", "capitals",
                              "chinese", "digits-and-points"])
def test_a_long_line_of_footnote_marks(tmp_path: Path, line: str) -> None:
    """A line of 40,000 characters holding a number glued to a word at each few: the capitals
    before each were searched for from the line's start (importer_pages.name_figures and the
    acronym's pattern; 20,000 characters: 7.2 s, 40,000: 18.7 s; session 63's hostile pass,
    h4 finding 11). They are read over the word before the mark alone now; with footnote 1 at
    the page's foot, its mark is the first "1" after a word, and the rest stays text."""
    read = _import_paragraphs(tmp_path, "marks.txt", f"{line}\n\n1 The note.\n\f\nEnd.")
    # ("A1A1…" holds a name's figures only: the foot line then stays where it is)
    assert read[0] == line.strip() and sorted(read[1:]) == ["1 The note.", "End."]


@pytest.mark.parametrize("paragraph", [
    "He said." + " " * 20_000 + "(For more information: Jane " + "a" * 20_000,
    "He said. " + "(" * 20_000 + ")", "He said. (a)" + " " * 20_000 + "x",
    "He said. " + "(For more information: Jane Doe) " * 2_000,
], ids=["spaces-before", "opening-brackets", "spaces-after", "many"])
def test_a_paragraphs_last_parenthesis_in_a_long_line(tmp_path: Path, paragraph: str) -> None:
    """The contacts in a paragraph's last parenthesis (contactlines.inline_contacts): its
    pattern had sought white space before the bracket from each space of a run (20,000
    spaces: 7.3 s; session 63's hostile pass, h4 finding 12; made linear in 7892a38). No
    contact here: the paragraph stays whole."""
    from transpub.contactlines import inline_contacts

    assert inline_contacts(paragraph, lambda _t: True, lambda _t: True) is None
    read = _import_paragraphs(tmp_path, "paren.txt", paragraph)
    assert "".join(read).replace(" ", "") == paragraph.replace(" ", "")


def test_word_paragraph_of_many_runs_without_properties(tmp_path: Path) -> None:
    """A Word paragraph of 20,000 runs and no ``w:pPr`` (Word and python-docx leave it out
    of many Normal paragraphs): each run looked for the paragraph's style by walking the
    paragraph to its end (importer_docx_styles.run_property; 4,000 runs: 36 s, 50,000:
    more than a minute; h5 finding 1). The style is read once a paragraph; a style's hidden
    text is still hidden."""
    from test_import_docx import _para, _run
    from test_import_docx_runs import _docx
    from transpub.importer import import_file

    styles = ('<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
              "<w:rPr><w:vanish/></w:rPr></w:style>")
    runs = "".join(_run("x", "<w:b/><w:i/>") + _run(" ") for _ in range(10_000))
    hidden = _run("draft", '<w:rStyle w:val="Secret"/>')
    body = (_para(_run("Programme opens", "<w:b/>"))
            + _para(_run("GENEVA, 3 May 2024 – The programme opens today for all farmers."))
            + f"<w:p>{runs}{hidden}</w:p>")
    path = tmp_path / "runs.docx"
    path.write_bytes(_docx(body, styles))
    blocks = [(b.kind, "".join(s.text for s in b.spans)) for b in import_file(path).release.blocks]
    assert blocks[:3] == [("title", "Programme opens"), ("place", "GENEVA"),
                          ("p", "The programme opens today for all farmers.")]
    assert blocks[3][1].split() == ["x"] * 10_000
    assert "draft" not in blocks[3][1]


@pytest.mark.parametrize(("html", "merged", "bold"), [
    ("<strong><em>a</em></strong>" * 20_000, "<strong><em>" + "a" * 20_000 + "</em></strong>",
     True),
    ("<strong>a</strong><br/>" * 20_000, "<strong>a</strong><br/>" * 20_000, True),
    ("<strong>a</strong>\x01" * 20_000, "<strong>a</strong>" * 20_000, True),
    ("<strong>a</strong> b" * 20_000, "<strong>a</strong> b" * 20_000, False),
    (("<strong>" + "<" * 20_000 + "</strong><br/>") * 2,
     ("<strong>" + "<" * 20_000 + "</strong><br/>") * 2, True)],
    ids=["split", "lines", "seams", "plain", "brackets"])
def test_many_runs_merged(html: str, merged: str, bold: bool) -> None:
    """20,000 runs of one emphasis (merge_runs): one element where nothing is between them,
    each apart where a line break or a field's bounds are (h5 finding 2); a pass per level of
    emphasis, each linear. Whether a heading is all bold is read once."""
    from transpub.importer_docx import _ALL_BOLD_RE, merge_runs

    assert merge_runs(html) == merged
    assert bool(_ALL_BOLD_RE.fullmatch(merged)) is bold


def test_thousands_of_dates_only_the_translation_has(ws: Path, hcli: Cli) -> None:
    """A translation holding 3,000 dates its source does not (French's «1<sup>er</sup>
    janvier», read as dates since session 63): the months the source names outside its dates
    were looked for again for each of them, each month word tested against each date (1,500
    dates: 5.6 s; a hostile probe of session 63). Each is still a date not in the source."""
    path = _translate_first(ws, "le 1<sup>er</sup> janvier 2020, " * 3_000)
    hcli("check", "--select", "TP202", "--format", "json", str(path), expect=None)
    assert hcli.out.count("«1<sup>er</sup> janvier 2020» is not in the source") >= 1


@pytest.mark.parametrize(("lang", "text", "found"), [
    # an ordinal day, a run of spaces, its month: the day's optional ", and …" tried every
    # split of the run between its two stars (5,000 spaces: 1.3 s to check; 20,000: 22 s)
    ("en", "1st" + " " * 200_000 + "September", [(1, 9, None)]),
    ("fr", "1er" + " " * 200_000 + "septembre", [(1, 9, None)]),
    # "May 1 … to 2": a range of days read across the run, then no month after it
    ("en", "May 1" + " " * 200_000 + "to 2", [(1, 5, None), (2, 5, None)]),
    # a month, then the run and no year: the year's optional comma (10,000 spaces: 8.9 s)
    ("en", "1 May" + " " * 200_000 + "x", [(1, 5, None)]),
    ("es", "1 de mayo" + " " * 200_000 + ", x", [(1, 5, None)]),
    # an Arabic month, then the run: the conjunction joining it to a second month
    ("ar", "مايو" + " " * 200_000 + "يونيو 2020", [(None, 6, 2020)]),
], ids=["en-ordinal", "fr-ordinal", "en-range", "en-no-year", "es-no-year", "ar-two-months"])
def test_a_date_before_a_long_run_of_spaces(lang: str, text: str,
                                            found: list[tuple[int | None, int, int | None]]
                                            ) -> None:
    """The date finder (TP201/TP202's, and the numbers' dates) on a date cut by a run of
    200,000 spaces: each pattern's optional comma inside white space read the run once, not
    at every split of it (minutes to hours before; the dates found are the same)."""
    from transpub.datefind import find_dates

    assert [(d.day, d.month, d.year) for d in find_dates(text, lang)] == found


_PO_HEAD = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'


@pytest.mark.parametrize("how", ["edited", "moved"])
def test_extract_merge_of_many_edited_or_moved_units(tmp_path: Path, how: str) -> None:
    """Extract's merge of a PO file of 40,000 translated units, each a paragraph of its own,
    after every sentence was edited (another id: the most similar of its paragraph sought)
    or every paragraph moved (the same text under another id: found by its text). Each
    unit's paragraph was sought by testing every entry of the file, each moved text by a
    scan of it (8,000 edited: 13.6 s; 40,000 edited: more than 5 minutes, moved: 46 s; now
    3.4 and 1.9 s). Looked up now, with the same drafts and translations."""
    from transpub.catalog import update_catalog
    from transpub.languages import language
    from transpub.model import Segment

    count = 40_000
    path = tmp_path / "r.po"
    path.write_text(_PO_HEAD + "".join(
        f'\nmsgctxt "p{i}.a{i}"\nmsgid "Sentence {i} of the release."\n'
        f'msgstr "Phrase {i} du communiqué."\n' for i in range(count)), encoding="utf-8")
    segments = ([Segment(f"p{i}.b{i}", f"Sentence {i} of the release, edited.", f"p{i}", "p",
                         "", i) for i in range(count)] if how == "edited" else
                [Segment(f"q{i}.a{i}", f"Sentence {i} of the release.", f"q{i}", "p", "", i)
                 for i in range(count)])
    stats = update_catalog(path, segments, language("fr"), "source/r.xml", "p",
                           "2020-12-09 00:00+0000")
    po = polib.pofile(str(path))
    last = po.find(segments[-1].text, msgctxt=segments[-1].id)
    assert last is not None and last.msgstr == f"Phrase {count - 1} du communiqué."
    if how == "edited":
        assert stats.changed == count and last.fuzzy
        assert last.previous_msgid == f"Sentence {count - 1} of the release."
    else:
        assert stats.kept == count and not last.fuzzy


def test_a_returned_po_file_of_many_moved_and_edited_units(tmp_path: Path) -> None:
    """``xliff import`` of a PO file sent back whose 60,000 units each have another id of its
    paragraph and an edited source, against the workspace's 60,000 untranslated units: each
    unit's paragraph was sought by testing every unit of the file (``xliff_merge._moved``;
    8,000: 5.0 s; 60,000: more than 5 minutes, now 3.1 s). Looked up now; each still finds
    its unit."""
    from transpub.po_returned import read_returned
    from transpub.xliff_merge import _merge

    count = 60_000
    ours = tmp_path / "locales" / "fr" / "LC_MESSAGES" / "big.po"
    ours.parent.mkdir(parents=True)
    ours.write_text(_PO_HEAD + "".join(f'\nmsgctxt "p{i}.a{i}"\nmsgid "Sentence {i} of the '
                                       'release."\nmsgstr ""\n' for i in range(count)),
                    encoding="utf-8")
    back = tmp_path / "big.fr.po"
    back.write_text(_PO_HEAD + "".join(f'\nmsgctxt "p{i}.b{i}"\nmsgid "Sentence {i} of the '
                                       f'release, edited."\nmsgstr "Phrase {i}."\n'
                                       for i in range(count)), encoding="utf-8")
    outcome = _merge(read_returned(back)[0], ours, theirs=False)
    assert outcome.updated == count and not outcome.rejected
    update = outcome.updates[f"p{count - 1}.a{count - 1}"]
    assert update.target == f"Phrase {count - 1}." and update.fuzzy


def test_a_run_of_site_macros_is_read_once() -> None:
    """A run of 40,000 "${a}/" ending at "»" (200,000 characters): each macro's address was
    read to the run's end and back before its look-ahead failed (minutes before; what is
    found is ``_MACRO_URL``'s, checked on random texts in benchmarks/HOSTILE.md, session
    64)."""
    import time

    from transpub.checks.markup import _MACRO_URL, _addresses, _macro_urls

    text = "Voir «" + "${a}/" * 40_000 + "»."
    start = time.process_time()  # CPU: the suite shares two cores
    assert _addresses(text) == []
    assert time.process_time() - start < 1.0
    for text in ("$(HOME)/a'b»", "$(A)/x'$(B)/y'z»", "»<<$(HOME)/{$(HOME) (", "${BASE}/vote/ x",
                 '<a href="$(HOME)/News/">', "$(HOME)"):
        assert list(_macro_urls(text)) == [(m.group(), m.start(), m.end())
                                           for m in _MACRO_URL.finditer(text)]


@pytest.mark.parametrize("run", ["${a}/", "{A", "(A/B)"])
def test_a_run_without_a_digit_is_read_once_for_document_symbols(run: str) -> None:
    """TP404's document symbols in a run of 40,000 "${a}/", "{A" or "(A/B)" (200,000
    characters; no symbol, for want of a digit): the pattern's look-ahead sought a digit to
    the run's end from every place a symbol could start (t64/hJ: 62 s at 60,000 characters;
    here more than 10 minutes). ``symbol_matches`` finds what ``_SYMBOL.finditer`` finds
    (checked on 300,000 random texts in benchmarks/HOSTILE.md, session 65)."""
    from transpub.checks.markup import _SYMBOL, _symbols, symbol_matches

    text = "Voir «" + run * (200_000 // len(run)) + "»."
    assert _symbols(text) == ()
    assert len(list(symbol_matches(text + "1"))) == (40_000 if run == "(A/B)" else 0)
    for text in ("See A/RES/75/1 and (S/2021/123).", "HIV/AIDS 2020", "A/B,2020 A/B",
                 "(A/B)(C/D)9 E/F", "UNICEF/NYHQ2011-0424/Dean", "14:00 UTC/07:00 PT"):
        assert [m.span() for m in symbol_matches(text)] == [m.span() for m in
                                                            _SYMBOL.finditer(text)]


def test_one_paragraph_of_many_edited_sentences(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Extract's merge of one paragraph of 3,000 translated sentences, each edited: each
    sentence's most similar old one was sought among all the paragraph's unused (4.5 million
    LCS ratios here; 50 s at 8,000), now among the ``_NEAREST`` nearest to its place. Each
    keeps its own sentence's translation as a draft."""
    from transpub import catalog, similar
    from transpub.languages import language
    from transpub.model import Segment

    calls = 0
    lcs_ratio = similar.lcs_ratio

    def counted(a: str, b: str) -> float:
        nonlocal calls
        calls += 1
        return lcs_ratio(a, b)

    monkeypatch.setattr(similar, "lcs_ratio", counted)
    catalog._BOUNDS.clear()
    count = 3_000
    path = tmp_path / "r.po"
    path.write_text(_PO_HEAD + "".join(
        f'\nmsgctxt "p1.a{i}"\nmsgid "Sentence {i} of the release."\n'
        f'msgstr "Phrase {i} du communiqué."\n' for i in range(count)), encoding="utf-8")
    segments = [Segment(f"p1.b{i}", f"Sentence {i} of the release, edited.", "p1", "p", "", i)
                for i in range(count)]
    stats = catalog.update_catalog(path, segments, language("fr"), "source/r.xml", "p",
                                   "2020-12-09 00:00+0000")
    assert stats.changed == count
    po = {entry.msgctxt: entry for entry in polib.pofile(str(path))}
    for i in (0, 1, count // 2, count - 1):
        entry = po[f"p1.b{i}"]
        assert entry.fuzzy and entry.msgstr == f"Phrase {i} du communiqué."
        assert entry.previous_msgid == f"Sentence {i} of the release."
    assert calls <= count * 100  # (``_NEAREST`` each; 4.5 million before)


def test_a_paragraph_of_nearest_many_is_searched_whole(tmp_path: Path) -> None:
    """A paragraph of ``_NEAREST`` old sentences or fewer is searched whole: the last edited
    sentence, now first, still finds its old translation (only a longer block is searched
    near each sentence's place)."""
    from transpub import catalog
    from transpub.languages import language
    from transpub.model import Segment

    count = catalog._NEAREST
    path = tmp_path / "r.po"
    texts = [f"Line {i}." for i in range(count - 1)] + ["The budget was adopted by consensus."]
    path.write_text(_PO_HEAD + "".join(f'\nmsgctxt "p1.a{i}"\nmsgid "{text}"\nmsgstr "T{i}"\n'
                                       for i, text in enumerate(texts)), encoding="utf-8")
    segments = [Segment("p1.new", "The budget was adopted by a consensus.", "p1", "p", "", 0)]
    segments += [Segment(f"p1.a{i}", f"Line {i}.", "p1", "p", "", i + 1)
                 for i in range(count - 1)]
    catalog.update_catalog(path, segments, language("fr"), "source/r.xml", "p",
                           "2020-12-09 00:00+0000")
    entry = polib.pofile(str(path)).find("The budget was adopted by a consensus.", by="msgid")
    assert entry is not None and entry.fuzzy and entry.msgstr == f"T{count - 1}"


_PLACES = {"zh": ["北京", "上海", "广州", "深圳", "天津", "重庆", "成都", "武汉", "西安", "南京"],
           "en": ["Nairobi", "Geneva", "Vienna", "Bangkok", "Santiago", "Beirut", "Dakar",
                  "Panama", "Baku", "Lima"],
           "ru": ["Найроби", "Женева", "Вена", "Бангкок", "Сантьяго", "Бейрут", "Дакар",
                  "Панама", "Баку", "Лима"],
           "ar": ["نيروبي", "جنيف", "فيينا", "بانكوك", "سانتياغو", "بيروت", "داكار", "بنما",
                  "باكو", "ليما"]}
_THINGS = {"zh": ["学校", "医院", "桥梁", "水井", "道路", "诊所", "市场", "图书馆", "电站", "港口"],
           "en": ["school", "hospital", "bridge", "well", "road", "clinic", "market", "library",
                  "power plant", "port"],
           "ru": ["школу", "больницу", "мост", "колодец", "дорогу", "клинику", "рынок",
                  "библиотеку", "электростанцию", "порт"],
           "ar": ["مدرسة", "مستشفى", "جسرا", "بئرا", "طريقا", "عيادة", "سوقا", "مكتبة", "محطة",
                  "ميناء"]}
_NUMBERS = {"zh": "零一二三四五六七八九", "en": "0123456789", "ru": "0123456789",
            "ar": "٠١٢٣٤٥٦٧٨٩"}


def _project(lang: str, k: int, edited: bool) -> str:
    """The ``k``-th sentence of a paragraph of a release's projects in ``lang``, its verb
    changed in ``edited`` (in Chinese, in the sentence's own clause, which a ``\\w+`` word
    holds whole)."""
    number = "".join(_NUMBERS[lang][int(d)] for d in f"{k:03d}")
    place, thing = _PLACES[lang][(k // 10) % 10], _THINGS[lang][k % 10]
    return {"zh": f"项目{number}在{place}{'建成了' if edited else '新建了'}{thing}，"
                  f"当地居民表示欢迎。",
            "en": f"Project {number} {'completed' if edited else 'built'} a {thing} in "
                  f"{place}, which the local people welcomed.",
            "ru": f"По проекту № {number} {'достроили' if edited else 'построили'} {thing} в "
                  f"городе {place}, и жители это приветствовали.",
            "ar": f"{'أكمل' if edited else 'بنى'} المشروع رقم {number} {thing} في {place}، "
                  f"ورحب به السكان المحليون."}[lang]


@pytest.mark.parametrize("lang", ["zh", "en", "ru", "ar"])
@pytest.mark.parametrize("order", ["reversed", "shuffled", "cut"])
def test_a_long_paragraph_edited_and_moved_gets_the_drafts_of_a_whole_search(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, order: str) -> None:
    """A paragraph of 300 translated sentences, each edited and moved (reversed, shuffled,
    or its first 200 cut): each sentence gets the old translation of the sentence it was
    edited from, as the search of the whole paragraph gives it. A Chinese sentence is
    indexed by pairs of letters, not by ``\\w+`` words: its whole clause was one word, gone
    with the edit, and 75 of 100 sentences got another sentence's translation (t65/hF
    finding 2)."""
    import random

    from transpub import catalog
    from transpub.languages import language
    from transpub.model import Segment

    count = 300
    old = [_project(lang, k, False) for k in range(count)]
    kept = {"reversed": list(range(count))[::-1], "cut": list(range(200, count)),
            "shuffled": random.Random(65).sample(range(count), count)}[order]
    segments = [Segment(f"p1.b{i}", _project(lang, k, True), "p1", "p", "", i)
                for i, k in enumerate(kept)]

    def merged(name: str) -> bytes:
        path = tmp_path / f"{name}.po"
        path.write_text(_PO_HEAD + "".join(
            f'\nmsgctxt "p1.a{k}"\nmsgid "{text}"\nmsgstr "T{k}"\n'
            for k, text in enumerate(old)), encoding="utf-8")
        catalog.update_catalog(path, segments, language("fr"), "source/r.xml", "p",
                               "2020-12-09 00:00+0000")
        return path.read_bytes()

    windowed = merged("windowed")
    po = {entry.msgctxt: entry for entry in polib.pofile(str(tmp_path / "windowed.po"))}
    for i, k in enumerate(kept):
        entry = po[f"p1.b{i}"]
        assert (entry.fuzzy, entry.msgstr, entry.previous_msgid) == (True, f"T{k}", old[k])
    monkeypatch.setattr(catalog, "_NEAREST", count * 2)  # (the whole paragraph searched)
    assert merged("whole") == windowed
