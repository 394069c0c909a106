"""Import a release from plain text, Markdown or HTML into the release vocabulary.

Text extracted from PDFs carries page furniture: running headers and footers, page numbers, and
sentences cut in two by a page break. The importer removes the furniture, rejoins the sentences,
and reports what it did, so an editor can check it.

This module reads and decodes the file and builds the release's blocks from the body; a text's
head is ``importer_head``'s, its labels ``importer_labels``'s, its contact block
``importer_contact``'s, and the inline markup every stage reads ``importer_text``'s.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import functools
import html
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from transpub.addressbreaks import gapped_addresses
from transpub.brokenfont import broken_font_note, doubled_hyphens, doubled_hyphens_note
from transpub.contactlines import inline_contacts, name_and_phone
from transpub.credits import CAPTION, caption_under, credit_alone, is_caption
from transpub.datelines import (
    Dateline,
    ambiguous_date,
    dashes_lost,
    dateline,
    impossible_date,
    is_byline,
    lone_date,
    opening,
    page_dates_before,
    page_dates_twice,
    year_from_text,
)
from transpub.doublespacing import double_spaced
from transpub.errors import LFS_POINTER, SourceError, lfs_pointer
from transpub.footmarks import next_marks
from transpub.fsutil import check_regular, read_regular
from transpub.importer_captions import caption_shaped, said
from transpub.importer_contact import (
    CONTACT_DETAIL_RE,
    CONTACT_RE,
    boilerplate_follows,
    closing_start,
    contact_apart,
    contact_details,
    contact_line,
    contact_lines,
    contact_of,
    contacts_under,
    is_detail,
    lines_under,
    opens_contact,
    opens_inline,
    short_block,
)
from transpub.importer_head import known_place, not_a_headline, office_from, read_head
from transpub.importer_labels import (
    LABELS,
    LABELS_BY_LANG,
    is_delivery_note,
    is_embargo,
    is_kind,
    is_known_label,
)
from transpub.importer_markdown import MarkdownText, atx_heading, read_markdown
from transpub.importer_names import issuer_name, signed
from transpub.importer_pages import (
    SIGNATORY_RE,
    TERMINAL,
    Para,
    cells,
    dehyphenated,
    is_reference,
    justified_spaces,
    opens_boilerplate,
    paragraphs,
    reference_label,
    remove_furniture,
    rules_apart,
    shares_apart,
    split_lists,
)
from transpub.importer_places import (
    headline_over_dateline,
    place_beside_date,
    place_over_date,
    placed,
    placed_undated,
)
from transpub.importer_standfirst import label_line_lifted, lead_once
from transpub.importer_text import (
    TRANSLATE_NO,
    WRAPPED_RE,
    inline_spans,
    plain_fast,
    plain_text,
    strip_prefix,
    unwrapped_emphasis,
)
from transpub.model import Block, Release, Span
from transpub.salutationlines import is_address_line
from transpub.segment import split_sentences

_QUOTE_RE = re.compile(r"^\s{0,3}(?:>\s?)+")
_SETEXT_RE = re.compile(r"^\s{0,3}(=|-)\1{2,}\s*$")
_DASH_OPENING_RE = re.compile(r"\s*(?:--?|[–—])\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What the importer did besides converting: removed furniture, rejoined paragraphs."""

    release: Release
    removed: tuple[tuple[int, str], ...] = ()
    rejoined: tuple[int, ...] = ()
    notes: tuple[str, ...] = field(default=())
    dateline: str = ""
    """The dateline as the text writes it, cut from the paragraph it opens (its place, date
    and dash: «نيويورك، 5 مارس 2025 - »); "" when none opens a paragraph. ``align`` gives a
    translation's back to its sentence where the release keeps its own in its paragraph."""


def _bylines_gone(removed: list[tuple[int, str]], before: int | None, lang: str) -> str:
    """What a refusal for want of a headline says of the lines above it removed as a byline
    (``datelines.is_byline``): the headline's only candidate may have been one ("Posted by
    UNEP on …"), and the user must know where to look; "" when there were none."""
    gone = [(n, t) for n, t in removed if (before is None or n < before) and is_byline(t, lang)]
    return "".join(f" (line {n}, «{t}», was read as a byline and removed)" for n, t in gone[:2])


def import_file(path: Path, slug: str | None = None, lang: str = "en",
                schemes: tuple[str, ...] = (), headline: bool = True) -> ImportReport:
    """Read ``path`` (.txt, .md, .html, .docx, .odt or .pdf) and return its release
    (``schemes``: the link schemes the workspace allows, which a page's ``tel:`` link keeps;
    ``headline``: whether a text must open with its headline, see ``import_text``).
    """
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from transpub.importer_pdf import pdf_text

        text, notes = pdf_text(read_regular(path, SourceError), path)
        report = import_text(_normalised(text, path), path, slug, lang, headline=headline)
        return dataclasses.replace(report, notes=(*notes, *report.notes))
    if suffix in (".docx", ".odt"):
        from transpub.importer_docx import docx_to_html
        from transpub.importer_html import import_html
        from transpub.importer_odt import odt_to_html

        raw = read_regular(path, SourceError)
        page = docx_to_html(raw, path, lang) if suffix == ".docx" else odt_to_html(raw, path)
        return import_html(page, path, slug, lang, schemes)
    data = _read(path)
    if suffix in (".html", ".htm", ".xhtml"):
        from transpub.importer_html import import_html

        # a form feed is white space to HTML, and not a character XML can hold
        return import_html(data.replace("\f", " "), path, slug, lang, schemes)
    return import_text(data, path, slug, lang, markdown=suffix in (".md", ".markdown"),
                       headline=headline)


#: Signatures of formats people save as ".txt" or import by mistake: (start, what it is).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "an RTF document"), (b"%PDF-", "a PDF file (read when its name ends in .pdf)"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub is one; a Word document or an "
                      "OpenDocument text is read when its name ends in .docx or .odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office 97-2003 document (.doc)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
#: Byte-order marks, and the encodings they say (UTF-32's before UTF-16's: they share a start).
#: Notepad's "Unicode" is UTF-16 with one; without one, UTF-16 is no text import can tell.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"),
)
#: An HTML page's own word on its encoding (a <meta charset>, a Content-Type, an XML
#: declaration), in its first bytes.
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)"""
                         rb"""|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
#: Labels that mean windows-1252 to a browser (the WHATWG Encoding Standard), as old pages
#: that say Latin-1 are written.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii",
                           "us-ascii", "windows-1252", "cp1252", "x-cp1252"})
_DOCUMENT_SUFFIXES = {".rtf": "an RTF document", ".doc": "a Word 97-2003 document",
                      ".epub": "an EPUB book"}
#: Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE and U+FFFF).
#: transpub's segmenter also reserves the supplementary private-use planes (15 and 16).
NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\U000f0000-\U0010ffff]")


def sniff(data: bytes) -> str | None:
    """What a file is, by its first bytes, when it is one of the formats import does not read."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return what
    return None


def _read(path: Path) -> str:
    check_regular(path, SourceError)
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path) from None
    what = sniff(head) or _DOCUMENT_SUFFIXES.get(path.suffix.lower())
    if what:
        raise SourceError(f"this is {what}, not text; import reads .txt, .md, .html, .docx, "
                          ".odt and .pdf by their names (save it as one of those first)", path)
    raw = read_regular(path, SourceError)
    if lfs_pointer(raw):
        raise SourceError(LFS_POINTER, path, 1)
    return _normalised(_decoded(raw, path), path)


def _normalised(text: str, path: Path) -> str:
    """Text with its line ends made "\n", checked for characters XML cannot hold, in NFC."""
    if not text.strip():
        raise SourceError("the file is empty", path)
    # (a form feed, which pdftotext writes between pages, stays: the text importer takes it
    # for a page break)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = NOT_XML_RE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - text.rfind("\n", 0, bad.start())
        kind = ("private-use" if ord(bad.group()) > 0xFFFF
                        else "non-character" if ord(bad.group()) >= 0xFFFE else "control")
        raise SourceError(f"{kind} character U+{ord(bad.group()):04X} at column {column} "
                          "(not allowed in a release; remove it)", path, line)
    if _ARTEFACT_RE.search(text):
        text = _ARTEFACT_RE.sub(lambda m: _ARTEFACTS.get(m.group(), ""), text)
    return unicodedata.normalize("NFC", text)


#: What a PDF's text carries that is no character of the release: the typesetter's ligatures
#: ("ﬁnancial", which no termbase or search finds), a soft hyphen (dropped; one where a line
#: broke stays, and joins the word's halves: ``Para.text``), a zero-width space or a stray
#: byte-order mark inside the text.
_ARTEFACTS = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_ARTEFACT_RE = re.compile("[\ufb00-\ufb06\u200b\ufeff]|\u00ad(?![ \t]*\n)")


def _decoded(raw: bytes, path: Path) -> str:
    """The file's text: in the encoding its byte-order mark says; for an HTML page, in the one
    it declares; else UTF-8. A byte the encoding cannot read is an error naming its line."""
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None and path.suffix.lower() in (".html", ".htm", ".xhtml"):
        declared = _CHARSET_RE.search(raw[:2048])
        label = (declared.group(1) or declared.group(2)).decode("ascii").lower() \
            if declared else ""
        with contextlib.suppress(LookupError):
            if label and codecs.lookup(label).name not in ("utf-8", "utf-16", "utf-32"):
                encoding = "cp1252" if label in _WINDOWS_1252 else label
    try:
        return raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        if encoding and encoding.startswith("utf-") and encoding != "utf-8-sig":
            raise SourceError(f"not {encoding.upper()} text, though its byte-order mark says "
                              f"so (at byte {exc.start})", path) from None
        line = raw.count(b"\n", 0, exc.start) + 1
        said = "UTF-8" if encoding in (None, "utf-8-sig") else f"{encoding}, as the page declares"
        raise SourceError(f"not {said} (byte 0x{raw[exc.start]:02x}); save it as UTF-8", path,
                          line) from None


#: The inline HTML that Markdown allows and PDF-to-Markdown converters write: a line break, a
#: superscript or subscript, bold and italic, and character references ("&amp;", "&#8217;").
_HTML_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: An autolink, "<https://example.org/map>", "<press@example.org>", "<mailto:press@…>": the
#: address without its angle brackets (then a link or address like any written bare).
_AUTOLINK_RE = re.compile(r"<(?:mailto:)?([^\s<>@]+@[^\s<>@]+|https?://[^\s<>]+)>",
                          re.IGNORECASE)
_HTML_SCRIPT_RE = re.compile(r"<(sup|sub)>([^<>\n]{1,20})</\1>", re.IGNORECASE)
_HTML_EMPHASIS_RE = re.compile(r"<(b|strong|i|em)>([^<>\n*]*[^<>\n*\s])</\1>", re.IGNORECASE)
_ENTITY_OR_TARGET_RE = re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)"
                                  r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_SCRIPTS = {"sup": str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾"),
            "sub": str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")}


def _inline_html(text: str) -> str:
    """Markdown's inline HTML as the text importer reads it: "<br>" a line break (a LINE
    SEPARATOR, so that the file's line numbers stay), digits in "<sup>"/"<sub>" their Unicode
    forms as the HTML importer makes them (a footnote's mark "Union<sup>1</sup>" is then read
    as "Union¹"), other text in them as it is ("1<sup>st</sup>"), "<b>"/"<strong>" and
    "<i>"/"<em>" Markdown's "**" and "*", an autolink ("<https://…>", "<a@b.org>") its
    address (a link or an address as any written bare), and character references their
    characters (a literal "&amp;" is no press release's text)."""
    if "<" in text:
        text = _AUTOLINK_RE.sub(r"\1", _HTML_BREAK_RE.sub("\u2028", text))
        text = _HTML_SCRIPT_RE.sub(
            lambda m: m.group(2).translate(_SCRIPTS[m.group(1).lower()])
            if all(c in "0123456789+-=()" for c in m.group(2)) else m.group(2), text)
        text = _HTML_EMPHASIS_RE.sub(
            lambda m: ("**" if m.group(1).lower() in ("b", "strong") else "*") + m.group(2)
            + ("**" if m.group(1).lower() in ("b", "strong") else "*"), text)
    if "&" in text:
        # (not inside a link's target, "[x](java&#09;script:…)": the link check reads those
        # as a browser would, and refuses what it would run)
        text = _ENTITY_OR_TARGET_RE.sub(_character, text)
    return text


def _character(match: re.Match[str]) -> str:
    """A character reference's character; a link's target, or a reference to a character no
    release may hold (a control character, one XML cannot hold: "&#1;"), as written."""
    written = match.group(0)
    if written[0] == "]":
        return written
    character = html.unescape(written)
    return written if not character or NOT_XML_RE.search(character) else character


def import_text(text: str, path: Path, slug: str | None, lang: str,
                markdown: bool = False, headline: bool = True) -> ImportReport:
    """The release in ``text``. ``headline``: whether the text must open with its headline (a
    release to publish must; a translation published already, which ``align`` reads for its
    sentences, may lack one: its first text is then its title)."""
    # (Markdown's front matter, comments and fenced code: no text the importer reads as text)
    marked_up = read_markdown(text) if markdown else None
    # (inline code is Markdown's: in a plain text, a PDF's, backticks are the text's own
    # quotation marks, "called the figures `encouraging`", which no one would copy untranslated)
    make_block = functools.partial(_block, code=markdown)
    spans_of = functools.partial(inline_spans, code=markdown)
    if marked_up is not None:
        text = marked_up.text
    text = gapped_addresses(justified_spaces(_inline_html(text)))
    if doubled := doubled_hyphens(text):  # (a broken font's "well-‐informed": one hyphen)
        text = doubled.text
    paras = paragraphs(text, unwrapped=not markdown)
    paras, removed, rejoined = remove_furniture(
        dehyphenated(shares_apart(paras) if markdown else rules_apart(shares_apart(paras)),
                     lang), lang)
    wraps: list[int] = []
    if not markdown:
        paras, wraps = double_spaced(paras)
    if markdown:
        paras = _markdown_marks(paras)
    paras = place_beside_date(place_over_date(headline_over_dateline(
        split_lists(_without_images(paras, removed), markdown), lang), lang), lang)
    if marked_up is not None:
        paras = _with_markdown_head(paras, marked_up, removed)
    if not paras:
        raise SourceError("no text left after removing page headers", path)
    # (ILO's "Press release | date" under the standfirst: the head's, read above it)
    head = read_head(label_line_lifted(paras, lang), lang, markdown, removed)
    if head.lone is None and marked_up is not None and marked_up.date is not None \
            and (found_date := lone_date(marked_up.date[1], lang)) is not None:
        # the front matter's date: the release date when the text gives none (as a page's
        # publication date is)
        head.lone = (marked_up.date[0], *found_date)
    if head.title is None or not head.title.text.strip():
        raise SourceError("the release has no title" + _bylines_gone(removed, None, lang), path)
    dated_title = dateline(plain_text(head.title.text).strip(), lang, 2000)
    prefix_note = ""
    first_line = head.title.lines[0]
    if dated_title is not None and not dated_title.place and head.body and (
            dated_first := dateline(first_line[1].strip(), lang, 2000)) is not None \
            and dated_first.rest and (under := dateline(
                plain_fast(head.body[0].text).strip(), lang, 2000)) is not None \
            and under.rest and under.date == dated_first.date:
        # a listing's date set before the headline ("16.05.2013 - Chairmanship of the
        # Committee of Ministers: …", the Council of Europe's) over the dateline of that
        # date: no word of the headline (once dates in figures were read, the headline had
        # been taken for the dateline's paragraph and the release refused)
        head.title = Para([(first_line[0], dated_first.rest), *head.title.lines[1:]],
                          head.title.gap_before, head.title.gap_after)
        prefix_note = (f"line {first_line[0]}: «{dated_first.date_text}» before the headline "
                       "repeats the date of the dateline under it: removed")
        dated_title = None
    if dated_title is not None and len(dated_title[3].split()) >= 3 and headline:
        # the first block is the dated text itself ("VIENNA, 27 May (UN Information Service)
        # - Excellencies, ladies and gentlemen, …"): a headline it is not, and none stands
        # above it (a dateline and a word or two, "Geneva, 5 May 2020 – Statement", may be)
        raise SourceError("the release has no headline: its first text is the dateline's "
                          "paragraph; put the headline above it"
                          + _bylines_gone(removed, head.title.line, lang), path, head.title.line)
    title_note = ""
    if wraps:
        shown = ", ".join(map(str, wraps[:10])) + (", …" if len(wraps) > 10 else "")
        notes_wraps = [f"line {wraps[0]}: the text is double-spaced: {len(wraps)} wrapped "
                       f"line(s) that a blank line set apart joined to the line above (lines "
                       f"{shown})"]
    else:
        notes_wraps = []
    if headline and (why := not_a_headline(plain_text(head.title.text).strip())):
        # a page copied without its headline: the first sentence or the lead-in ("Following
        # is the Secretary-General's message …:") is taken for it, and said. A warning, not
        # a refusal: a headline may end so («… hold their third dialogue.»), and the
        # release is still the editor's to publish (its title edited in the XML)
        title_note = (f"line {head.title.line}: warning: the headline may be missing: the "
                      f"first text {why} and is the headline; put the headline above it "
                      "and import again with --force")
    removed.sort()
    if not head.labels:
        # the label on the release's number line, which went as furniture ("Press Release N°
        # 2024-18"): the kind of document is the label
        head.labels = [Para([(n, kind)], 0) for n, t in removed[:8] if n < head.title.line
                       and (kind := reference_label(t)) is not None][:1]
    title, labels = head.title, head.labels
    # footnotes, set aside from the foot of their pages, end the body
    footnotes = [p for p in head.body if p.footnote]
    # (their numbers in order: each mark is the first after the one before, see next_marks)
    pending = sorted({p.footnote for p in footnotes})
    body = [p for p in head.body if not p.footnote]

    blocks: list[Block] = []
    # (a place over the date, "NEW YORK" / "23 October 2024", is the dateline's, no office)
    office = office_from([(n, t) for n, t in removed
                          if not head.lone_place or t != head.lone_place], lang,
                         [plain_fast(p.text) for p in body])
    office_note = "Issuing office, as the page header names it."
    if head.letterhead is not None:
        office = (head.letterhead.line, head.letterhead.text)
    if head.meeting is not None:
        office = (head.meeting.line, ", ".join(t.strip() for _, t in head.meeting.lines))
        office_note = ("The organ, session and meeting the release reports, as its header "
                       "names them.")
    if labels and office is None and not any(is_known_label(p.text.strip()) for p in labels) \
            and (issuer_name(unwrapped_emphasis(labels[0].text))
                 or _ACRONYM_RE.fullmatch(labels[0].text.strip())):
        # capitals above the headline that name a body ("UNITED NATIONS" / "OFFICE ON DRUGS
        # AND CRIME"): the issuer, not a kind of document
        office = (labels[0].line, labels[0].text)
        labels = labels[1:]
    if labels:
        # a release has one label, the first known one; the others ("EMBARGOED UNTIL …") are
        # said to be removed, and so are a bilingual label's columns in the other languages
        # (a kind of document first: "PRESS RELEASE" under "Embargoed until …", which is a
        # handling instruction, never the label)
        label = next((p for p in labels if is_kind(p.text)), None) or next(
            (p for p in labels if is_known_label(p.text.strip()) and not is_embargo(p.text)),
            None) or next((p for p in labels if not is_embargo(p.text)), labels[0])
        # (an unknown label's columns stay together: no column is known to be English)
        columns = cells(label.text) if is_known_label(label.text.strip()) else [label.text]
        # (the release's language's column: "COMMUNIQUÉ DE PRESSE" of a French release)
        kept = next((c for c in columns if c.upper() in LABELS_BY_LANG.get(lang, LABELS)),
                    None) or next((c for c in columns if c.upper() in LABELS), columns[0])
        # (without the colon a label alone on its line may end on: "Press Release:")
        shown = kept.strip()
        blocks.append(make_block("label", "label", shown[:-1].rstrip() if shown.endswith(
            (":", "：")) else shown, label.line))
        removed.extend((n, t.strip()) for para in labels if para is not label
                       for n, t in para.lines)
        removed.extend((label.line, c) for c in columns if c is not kept)
        removed.sort()
        if is_embargo(label.text):
            blocks.pop()  # (an embargo alone: said removed, no label)
            removed.extend((n, t.strip()) for n, t in label.lines)
            removed.sort()
    if office:
        blocks.append(make_block("office", "office", office[1], office[0], note=office_note))
    # (the page's date printed twice and glued before the headline: the page's)
    (title,), title_date, dates_note = _page_dates_apart([title], lang, removed,
                                                         dateline=False)
    blocks.append(make_block("title", "title", title.text, title.line))

    date: dt.date | None = None
    date_text = ""
    written = ""  # (the dateline as the paragraph it opens writes it)
    notes: list[str] = notes_wraps + [n for n in (prefix_note, title_note, dates_note) if n]
    # (a contact block above the headline opens the release's contact block)
    contact = [line for para in head.contact for line in contact_of(para)]
    paragraph_no = heading_no = 0
    lone = head.lone
    year = lone[1].year if lone else None
    body = _empty_fields_apart(body, removed)
    # (the lead the page prints twice, its summary and the first paragraph: kept once)
    body, twice = lead_once(body, lang)
    notes += twice
    body, page_date, dates_note = _page_dates_apart(body, lang, removed)
    notes += [dates_note] if dates_note else []
    page_date = page_date or title_date
    # (a dateline without its year glued under the page's date takes that date's year)
    year = year if year is not None or page_date is None else page_date.year
    yearless = ""  # the line saying a year-less dateline found no year, when it stays text
    if year is None:
        # the release's own dates give none: the text's full date of the same day, the
        # release's, not a past event's (``year_from_text``)
        told = year_from_text([plain_fast(p.text).strip() for p in body[:3]],
                              [plain_fast(p.text) for p in body], lang,
                              [plain_text(title.text)])
        if (year := told.year) is not None:
            notes.append(f"the dateline has no year: {year}, the year of the text's date of "
                         "the same day")
        elif told.at >= 0:
            yearless = told.note(body[told.at].line)
    body = _dateline_on_its_line(body, lang, year)
    # (the dateline read without the inline markup around it: "**New York, 9 December
    # 2020** – The…")
    dated, dated_parts = opening([("", False) if p.code else (plain_fast(p.text).strip(), True)
                                  for p in body[:_head_window(body)]], lang, year, len(body) - 1)
    under_date = -1  # the block under the page's date standing alone above the dateline
    if dated_parts is not None and not dated_parts.rest \
            and (below := _dateline_below(body, dated, lang, year, dated_parts)) is not None:
        # a date alone under the headline and the dateline proper a block or two under it
        # ("10 September 2018" / a subtitle / "GENEVA (10 September 2018) - The…", a press
        # release page's): the dateline is the text's, the date alone a duplicate, said
        notes.append(f"line {body[dated].line}: «{plain_fast(body[dated].text).strip()}» repeats "
                     "the date of the dateline under it: removed as a duplicate"
                     if below[1].date == dated_parts.date else
                     f"line {body[dated].line}: «{plain_fast(body[dated].text).strip()}», the "
                     f"page's date, differs from the dateline's under it ({below[1].date_text}), "
                     "which dates the release: removed")
        del body[dated]
        under_date = dated  # (the first block under the page's date, now removed)
        dated, dated_parts = below[0] - 1, below[1]
    if dated_parts is None and lone is not None:
        # a dateline of the place alone, the date in the page's header ("GENEVA – The…"
        # under "9 December 2020"): the place and that date
        dated, dated_parts = placed(body, lone[1], lone[2])
    elif dated_parts is None:
        # no date anywhere: a place standing alone under the headline ("Vienna, Austria", the
        # IAEA's) or opening the text ("ROME (FAO) – The…") is the dateline's all the same,
        # a known place's name; it had stayed the text's
        dated, dated_parts = placed_undated(body, lang)
        if dated_parts is not None:
            notes.append(f"line {body[dated].line}: the dateline names its place, "
                         f"«{dated_parts.place}», and no date: the release is undated (add a "
                         "<date> to its dateline to date it)")
    if dated_parts is None and yearless:
        notes.append(yearless)
    if dated_parts is not None and under_date < 0 and dated_parts.date is not None \
            and lang != "en" and (at := _english_date_at(body, dated, dated_parts.date)) >= 0:
        # the page's date in English over a translation's dateline ("1 October 2013" over
        # «GINEBRA, Suiza, 1 de octubre de 2013 (ACNUR) –», UNHCR's Spanish page): the same
        # date, a duplicate, said (it had been a subheading)
        notes.append(f"line {body[at].line}: «{plain_fast(body[at].text).strip()}» repeats "
                     "the date of the dateline under it: removed as a duplicate")
        del body[at]
        under_date, dated = at, dated - 1
    described: set[int] = set()  # captions read by their place and shape (no credit, no word)
    if dated_parts is not None and under_date >= 0:
        body, dated, described = _described_captions(body, under_date, dated, lang, notes)
    if dated_parts is not None and dated and (captions := [
            k for k in range(dated) if k in described or _caption_at(body, k, lang)]):
        # a picture's caption or credit above the dateline: under the first paragraph, which
        # the dateline opens (it had stood first, and the built dateline opened it)
        moved = [body[k] for k in captions]
        body = [p for k, p in enumerate(body) if k not in captions]
        dated -= len(captions)
        body[dated + 1:dated + 1] = moved
        notes.append(f"line {', '.join(str(p.line) for p in moved)}: a picture's caption or "
                     "credit above the dateline, put under the first paragraph (the dateline "
                     "opens the text)")
    if not markdown:  # (Markdown marks its headings)
        closing = closing_start(body, dated)
        body = body[:dated + 1] + [part for para in signed(body[dated + 1:closing])
                                   for part in heading_apart(para)] \
            + [part for para in body[closing:] for part in heading_apart(para)]
        last = max(dated + 1, len(body) - 3)
        body = body[:last] + [part for para in body[last:] for part in contact_apart(para)]
    contact_to = -1  # the last paragraph of the contact block, once it has begun
    text_end = closing_start(body, dated)  # (where the text's paragraphs may end)
    for index, para in enumerate(body):
        content = para.text
        marked: list[Span] | None = None  # the dated paragraph's spans, the dateline cut
        if index <= contact_to:
            contact += contact_of(para)
            continue
        if para.code:
            # a code block ("```" / "docker pull …" / "```"): its text as written, one
            # paragraph not to translate (the vocabulary has no code block; its:translate="no"
            # copies it into every language), said; under a contact's lead-in, the contact
            # block's lines (above)
            paragraph_no += 1
            blocks.append(Block(f"p{paragraph_no}", "p", (Span("text", " ".join(
                t.strip() for _, t in para.lines)),), para.line, translate=False))
            notes.append(f"line {para.line}: a code block, kept as paragraph p{paragraph_no} "
                         "not to translate (its:translate=\"no\")")
            continue
        if index != dated and all(name_and_phone(t) for _, t in para.lines):
            # a contact's name and telephone a line each, wherever they stand (the World
            # Bank's between the headline and the dateline, "Gerry Rice: 202-473-1842"): the
            # contact block's, not a subtitle nor a sentence to translate; said when the
            # text goes on under it (its lines move to the end)
            contact += contact_of(para)
            if index + 1 < text_end:
                notes.append(f"line {para.line}: «{'; '.join(t.strip() for _, t in para.lines)}»"
                             " (a name and a telephone) moved to the contact block")
            continue
        if index != dated and paragraph_no == 0 and (repeat := _date_again(
                para, lang, date or (lone[1] if lone else None))):
            # the release date written again before the text begins (a statement page's
            # "24 June 2019" under the title and again under the byline): a duplicate, said;
            # the first dates the release (both had gone as repeated furniture, no date left)
            notes.append(f"line {para.line}: «{repeat}» repeats the release date: removed as "
                         "a duplicate")
            continue
        if index < dated and not content.startswith("\0h2") \
                and not is_caption(content.strip()) and not _no_heading(content):
            content = "\0h2" + content  # a subtitle above the dateline: a subheading
        if index == dated and dated_parts is not None:
            place, date, date_text, rest, attribution = dated_parts
            if dashes_lost(plain_fast(content).strip(), dated_parts):
                notes.append(f"line {para.line}: the dateline had lost its dashes "
                             f"(«{place}{date_text}»): read as the place «{place}» and the "
                             f"date {date_text}")
            if place and not rest and not known_place(place, lang):
                # a site's category before the page's date, on a line of its own (UNHCR's
                # "News Stories, 1 October 2012", which had been the place): no place the
                # gazetteer knows, as an undated dateline's must be; the date stays, said
                notes.append(f"line {para.line}: «{place}» before the date is no known place "
                             "(a site's category?): left out of the dateline")
                place = ""
            if place:
                blocks.append(make_block("place", "place", place, para.line))
            if attribution:
                blocks.append(make_block("attribution", "attribution", attribution, para.line))
            if not rest:
                continue  # a dateline standing alone: the text begins with the next paragraph
            if not place and len(para.lines) == 1 and is_known_label(rest):
                # a page's date bar, the date and the kind of document ("14.01.2016 - Press
                # release", the German Foreign Office's): the label (it had been the first
                # paragraph), or said removed when the release has one
                if any(b.kind == "label" for b in blocks):
                    removed.append((para.line, rest))
                else:
                    blocks.insert(0, make_block("label", "label", rest, para.line))
                continue
            plain = plain_text(content).strip()
            written = plain[:len(plain) - len(rest)]
            if plain != content.strip():
                marked = strip_prefix(spans_of(content), plain[:len(plain) - len(rest)])
            content = rest
        elif index == dated + 1 and dated_parts is not None and not dated_parts[3] \
                and (dash := _DASH_OPENING_RE.match(content)):
            # the dateline's dash, which the line break put first on the text's first line
            # ("Bangkok (Thailand), 8 November 2013" / "- Methamphetamine remains …")
            content = content[dash.end():]
        if index <= dated + 1 and len(para.lines) == 1 and is_delivery_note(content):
            # a speech's handling instruction under its dateline ("CHECK AGAINST DELIVERY"):
            # the label, or said removed when the release has one
            if any(b.kind == "label" for b in blocks):
                removed.append((para.line, content.strip()))
            else:
                blocks.insert(0, make_block("label", "label", content.strip(), para.line))
            continue
        # (a lead-in set in bold, "**For more information, please contact:**": its words; or
        # as a heading, "### Media contacts", over the contact's lines)
        lead = content[3:] if content.startswith("\0h2") and index + 1 < len(body) else content
        if opens_contact(unwrapped_emphasis(lead), unwrapped_emphasis(
                lead if lead is not content else para.lines[0][1]),
                lines_under(body, index)) or (
                index > dated + 1 and contact_details(para)):
            # with the lines right under it (no blank line between: one paragraph a line,
            # from a text without blank lines), near the end of the release
            # (a line as long as a sentence's paragraph is the text again, not a contact)
            end = index
            # (not over the office's boilerplate under it, "About UNICEF" and its paragraphs:
            # the heading had been taken as a contact's line, or with two paragraphs under
            # it the block not found at all)
            while end + 1 < len(body) and body[end + 1].gap_before == 0 \
                    and len(body[end + 1].text) <= 150 \
                    and not opens_boilerplate(body[end + 1].text):
                end += 1
            # (one block after it at most, or only a few short ones: the office's accounts,
            # a photo credit; those giving contact details are the block's)
            # (or the office's boilerplate after it: "About UNICEF" and its paragraph)
            # (or a code block right under it, "**Contact:**" / "```" / "Jane Doe" / …: lines
            # a Markdown file fenced to keep them apart, whatever follows them)
            # (or, whatever follows, blocks of contacts right under it, a name and a telephone
            # or an e-mail on every line: UNFPA's "For information about the report, or to
            # arrange interviews, contact:" over its names and telephones, a CMS's fields under
            # them; they had stayed paragraphs)
            last_contact = contacts_under(body, end)
            if end >= len(body) - 2 or all(short_block(p) for p in body[end + 1:]) \
                    or boilerplate_follows(body[end + 1:]) \
                    or (end > index and body[index + 1].code) or last_contact > end:
                end = last_contact
                while end + 1 < len(body) and short_block(body[end + 1]) \
                        and CONTACT_DETAIL_RE.search(body[end + 1].text):
                    end += 1
                contact += contact_of(para)
                contact_to = end
                continue
        if not markdown and index > dated and subheading(para, body[index + 1:index + 2]) \
                and not _in_fields(body, index) \
                and not (content[-1:].isdigit() and dateline(plain_fast(content).strip(), lang,
                                                             year)) \
                and not (index >= len(body) - 3 and SIGNATORY_RE.match(para.text)):
            # (a place and date on a line of their own is no subheading; nor a statement's
            # signature among the text's last blocks, "Stéphane Dujarric, Spokesperson for the
            # Secretary-General")
            content = "\0h2" + content
        if content.startswith("\0h2"):
            heading_no += 1
            blocks.append(make_block("h2", f"h{heading_no}", content[3:], para.line))
            continue
        if marked is None and index > dated and (inline := inline_contacts(
                content, opens_inline, is_detail)) is not None:
            # the contacts in parentheses at a paragraph's end, "(For more information: …
            # – Tel.: +32 …; …)", the European Commission's: the contact block's lines, the
            # paragraph's sentences without them, and said
            at = next((n for n, t in reversed(para.lines) if "(" in t), para.line)
            contact += [(at, inline.lead), *((at, c) for c in inline.contacts)]
            notes.append(f"line {at}: the contacts at the paragraph's end («{inline.lead} "
                         f"{'; '.join(inline.contacts)}») moved to the contact block")
            content = inline.text
        paragraph_no += 1
        blocks.append(make_block("p", f"p{paragraph_no}", content, para.line) if marked is None
                      else Block(f"p{paragraph_no}", "p", tuple(marked), para.line))
        if footnotes:
            blocks[-1] = _footnote_marks(blocks[-1], pending)
    for para in footnotes:
        paragraph_no += 1
        blocks.append(make_block("p", f"p{paragraph_no}", para.text, para.line,
                             note=f"Footnote {para.footnote}: the number is its mark in the "
                                  "text above."))
        notes.append(f"line {para.line}: footnote {para.footnote} moved from the foot of its "
                     "page to the end of the body")
    if date is None and lone is None and body:
        bad = impossible_date(plain_fast(body[0].text).strip(), lang)
        if bad:
            notes.append(f"line {body[0].line}: «{bad}» is no day of the calendar: no release "
                         "date taken (correct it in the file and import it again)")
        # a date in figures either order reads ("03/04/2011" in English: 3 April or 4 March)
        # is not guessed: the line stays as written, and said
        either = next(((para.line, found) for para in body[:3]
                       if (found := ambiguous_date(plain_fast(para.text).strip(), lang))), None)
        if either is not None:
            notes.append(f"line {either[0]}: «{either[1]}» may be read day first or month "
                         "first: no release date taken from it (write the month's name, or "
                         "add a <date> to the dateline, and import it again)")
    if date is None and lone is not None:
        _line, date, date_text = lone
        where = "the front matter's date" if marked_up is not None and marked_up.date \
            and marked_up.date[0] == _line else "the page header"
        notes.append(f"line {_line}: the release date, {date_text} ({date.isoformat()}), "
                     f"taken from {where} (no dateline in the first paragraph)")
        first = next((k for k, b in enumerate(blocks) if b.kind == "p"), None)
        if first is not None and not any(b.kind in ("place", "attribution") for b in blocks):
            # the place before that date above the headline ("Geneva, 12 September 2024"):
            # the dateline's place, as the line under the headline gives it; and the
            # attribution after that date, the dateline's too
            if head.lone_attribution:
                blocks.insert(first, make_block("attribution", "attribution",
                                            head.lone_attribution, _line))
            if head.lone_place:
                blocks.insert(first, make_block("place", "place", head.lone_place, _line))
    for number, (line, content) in enumerate(contact_lines(contact), 1):
        # ("**For more information, please contact:**": a lead-in's bold is its look)
        blocks.append(contact_line(number, spans_of(unwrapped_emphasis(content)), line))
    counts: Counter[str] = Counter()
    ordered = []
    for block in blocks:
        counts[block.kind] += 1
        ordered.append(Block(block.id, block.kind, block.spans, block.line, block.note,
                             block.translate, block.lang, counts[block.kind]))
    release = Release(slug=slug or slugify(title.text), lang=lang, blocks=tuple(ordered),
                      date=date, date_text=date_text, path=path)
    if doubled:
        notes.insert(0, doubled_hyphens_note(doubled))
    if damaged := broken_font_note(text):  # (a PDF's broken font: said first, imported still)
        notes.insert(0, damaged)
    return ImportReport(release, tuple(sorted(removed)), tuple(rejoined), tuple(notes),
                        written)


#: Where one sentence ends and another begins: a word's end (two letters in lower case, not
#: an abbreviation's "Dr." or "U.S."), a full stop or a mark, a capital after the space.
_SENTENCE_BREAK_RE = re.compile(r"[^\W\d_A-Z]{2}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _no_heading(text: str) -> bool:
    """Whether a paragraph is no subheading whatever stands around it: two sentences or more,
    an e-mail address, over 300 characters, a one-sentence summary's most (a lead paragraph,
    an office's boilerplate, contact details, which had been set as subtitles above the
    dateline), or a speech's salutation ("Mr. President,", «Monsieur le Président,»)."""
    plain = plain_fast(text).strip()
    return len(plain) > 300 or "@" in plain or _SENTENCE_BREAK_RE.search(plain) is not None \
        or is_address_line(plain)


#: How a sentence ends, in the six languages (a closing quote or bracket after it aside, the
#: languages' own, French's after its blank: «Nous ne les abandonnerons pas. », with a space,
#: a no-break or a narrow no-break one; the guillemet had hidden the stop, t66/hA finding D2)
_SENTENCE_END_RE = re.compile(r"[.!?…。！？؟](?:\s*[\"'”’»」』)）])*$")


def _text_below(text: str, at: int, above: int) -> bool:
    """Whether a block ``text``, the ``at``-th (from 0) under the headline or a date standing
    alone, is the text's and ends the search for the dateline under the head's lines: code
    aside (its caller's), one of more than one sentence or too long for a subtitle; a
    speech's salutation ("Mr. President," / "Excellencies,", ``is_address_line``), which
    opens a text; and past the first ``above`` blocks, the window a dateline was looked for
    in before the search went down to the text's first paragraph (where a subtitle, a
    one-sentence summary or a caption may stand above it), a block ending as a sentence
    does ("Geneva welcomes you once again."): further down, only a head's lines, short and
    with no final full stop ("Press Release Number:", the headline again, a byline), are
    passed over."""
    return _no_heading(text) or (at >= above and _SENTENCE_END_RE.search(text) is not None)


#: How many blocks of a head's lines may stand between a date alone and the dateline under
#: it (``_dateline_below``): as many as a head sets under its headline (a subtitle, a label,
#: a reference, the headline again, a byline)
_HEAD_BLOCKS = 5


def _page_dates_apart(body: list[Para], lang: str, removed: list[tuple[int, str]], *,
                      dateline: bool = True) -> tuple[list[Para], dt.date | None, str]:
    """The blocks without the page's date glued before the dateline's capitals ("03 July
    2017 03 July 2017GENEVA, 3 July 2017—Ghana…", UNAIDS's listing printing it twice:
    ``page_dates_before``; only when ``dateline``), or printed twice and glued before another
    of the head's lines, the standfirst or the headline («05 décembre 2017 05 décembre 2017Un
    nouveau rapport…», UNAIDS's French page: ``page_dates_twice``), in the first of the
    first three blocks that opens so: the page's, removed and said; the dateline dates the
    release (the dates had hidden it, and opened the first paragraph; before the standfirst
    they had been its text, to translate, and ``align``, which reads a translation as the
    importer does, had filled its unit with them). The page's date too, None for none, and
    the note saying so, "" for none."""
    for index, para in enumerate(body[:3]):
        if para.code or not para.lines:
            continue
        number, line = para.lines[0]
        found = page_dates_before(line.lstrip(), lang) if dateline else None
        why = "glued before the dateline, removed (the dateline dates the release)"
        if found is None and (found := page_dates_twice(line.lstrip(), lang)) is not None:
            why = "printed twice and glued before the text, removed"
        if found is not None:
            dates = found[0]
            removed.append((number, dates))
            kept = dataclasses.replace(
                para, lines=[(number, line.lstrip()[len(dates):]), *para.lines[1:]])
            return ([*body[:index], kept, *body[index + 1:]], found[1],
                    f"line {number}: «{dates}», the page's date {why}")
    return body, None, ""


#: A template's empty fields opening a line, their commas left with nothing between (", , ,
#: , , , Les ministres…", UNEP's French page, a dateline's or a byline's fields unfilled):
#: two commas at least, only blanks between them; no language's text opens so.
_EMPTY_FIELDS_RE = re.compile(r"^[ \t\u00a0]*,(?:[ \t\u00a0]*,)+[ \t\u00a0]*")


def _empty_fields_apart(body: list[Para], removed: list[tuple[int, str]]) -> list[Para]:
    """The body without the commas of a template's empty fields opening a line (``_EMPTY_
    FIELDS_RE``): page furniture, removed and said; a line of them alone goes whole (they had
    opened the first paragraph, to be translated)."""
    kept: list[Para] = []
    for para in body:
        lines = []
        for number, line in para.lines:
            found = None if para.code else _EMPTY_FIELDS_RE.match(line)
            if found is None:
                lines.append((number, line))
                continue
            removed.append((number, found.group().strip()))  # (said as furniture removed)
            if line[found.end():].strip():
                lines.append((number, line[found.end():]))
        if lines:
            kept.append(dataclasses.replace(para, lines=lines))
    return kept


def _head_window(body: list[Para]) -> int:
    """How many of the body's first blocks the dateline may open: the first three, or down
    to the text's first paragraph past the head's lines under the headline (``_HEAD_BLOCKS``
    of them at most: "Press Release Number:" / the headline again / a reference / "GENEVA,
    22 March 2011 – …", under a date the head removed): the first block of code or of the
    text (``_text_below``); a speech's salutation is the text's top, and the window ends
    above it."""
    for index, para in enumerate(body[:_HEAD_BLOCKS + 1]):
        text = plain_fast(para.text).strip()
        if is_address_line(text):
            return index  # (a speech's salutation: the text under it is the speech's)
        if para.code or _text_below(text, index, 3):
            return max(3, index + 1)
    return 3


def _dateline_below(body: list[Para], dated: int, lang: str, year: int | None,
                    alone: Dateline) -> tuple[int, Dateline] | None:
    """The block under a date standing alone (``body[dated]``) that opens with a dateline of
    the same date and goes on with the text, and that dateline; None if none does. The
    dateline opens the text's first paragraph: it is looked for down to it, past the head's
    lines between (a subtitle, a sentence, a page's empty field "Press Release Number:", the
    headline printed again: WMO's, whose dateline three blocks under the date had stayed in
    the text), ``_HEAD_BLOCKS`` at most; the text's first block ends the search
    (``_text_below``: past the one block it had looked past, only a head's lines are passed
    over; a speech's salutations, "Mr. President," / "Excellencies,", are the text's)."""
    between = 0  # (a picture's caption and credit between are not counted)
    # (nor, for the one block ending as a sentence passed over, the head's lines before it, no
    # sentence: "Photo gallery", a page's unread line, between the page's date and a caption
    # had used that one up, and the caption under it ended the search: the dateline was lost)
    sentences = 0
    for index in range(dated + 1, len(body)):
        text = plain_fast(body[index].text).strip()
        if index > dated + 1 and text == plain_fast(body[index - 1].text).strip() \
                and not (_text_below(text, between, 1) and said(text)):
            # (nor the block above printed again, a head's line or UNHCR's caption twice,
            # one quoting who it shows too; a sentence said, quoted or exclaimed, printed
            # again is the text's, whose repeat ends the search: "\"We will not abandon
            # them.\"" twice had been passed over and both set as <h2>, t66/hA finding B)
            continue
        found = dateline(text, lang, year)
        if found is None and year is None and alone.date is not None:
            # a dateline without its year ("GENEVA, October 1 (UNHCR) - …", UNHCR's, UN
            # News's) under the page's date takes that date's year, its own day and month
            # the date's: the page's date is the release's own evidence (another day may be
            # the previous year's, "December 31" under "2 January 2012": none is taken)
            found = dateline(text, lang, alone.date.year)
            found = found if found is not None and found.date == alone.date else None
        if found is not None and found.rest and (found.date == alone.date or (
                found.place and not alone.place)):
            # (a place and another date, "19/12/2016" over "NEW YORK, 12 December 2016 –
            # …", UNICEF's archive pages: the page's date over the release's own dateline)
            return (index, found) if between < _HEAD_BLOCKS else None
        if _caption_at(body, index, lang):
            continue  # (tried after the dateline: a short dateline's paragraph under a credit)
        between += 1
        if between >= _HEAD_BLOCKS or _text_below(text, sentences, 1):
            return None
        sentences += not _head_lines_only(text)
    return None


def _head_lines_only(text: str) -> bool:
    """Whether a block is a head's line, which the search for the dateline passes over without
    counting it among the sentences it passes: short (a line's ``_LINE_MAX`` characters) and
    ending no sentence ("Photo gallery", "Press Release Number:", the headline again)."""
    return len(text) <= _LINE_MAX and _SENTENCE_END_RE.search(text) is None


#: The longest head's line (``_head_lines_only``): a headline's length.
_LINE_MAX = 200


def _date_again(para: Para, lang: str, date: dt.date | None) -> str | None:
    """The text of ``para`` when it is the date ``date`` alone on its line ("24 June 2019"),
    else None."""
    if date is None or len(para.lines) != 1:
        return None
    found = lone_date(plain_fast(para.text).strip(), lang)
    return found[1] if found is not None and found[0] == date else None


def _dateline_on_its_line(body: list[Para], lang: str, year: int | None) -> list[Para]:
    """A dateline on a line of its own at the top of the first paragraph ("NEW YORK (9
    December 2020)" over "The Office…"), split from the text under it."""
    for index, para in enumerate(body[:3]):
        if len(para.lines) > 1 and (found := dateline(para.lines[0][1].strip(), lang, year)) \
                and not found[3]:
            return [*body[:index], Para(para.lines[:1], para.gap_before),
                    Para(para.lines[1:], 0, para.gap_after), *body[index + 1:]]
    return body


#: A Markdown image, "![Ms. Waly presents the report](images/waly.jpg "title")", and the link
#: around one ("[![logo](logo.png)](https://www.unodc.org)", once the image is out).
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_EMPTY_LINK_RE = re.compile(r"\[\s*\]\([^()\s]*\)")


def _without_images(paras: list[Para], removed: list[tuple[int, str]]) -> list[Para]:
    """The text without its Markdown images (as PDF-to-Markdown converters write a PDF's
    pictures): the vocabulary has none, and the HTML importer leaves ``<img>`` out too. Each
    one is said to be removed, with its line; a paragraph of images only goes."""
    out: list[Para] = []
    for para in paras:
        if "![" not in para.text:
            out.append(para)
            continue
        lines: list[tuple[int, str]] = []
        for number, line in para.lines:
            images = _IMAGE_RE.findall(line)
            removed.extend((number, image) for image in images)
            if images:
                line = _EMPTY_LINK_RE.sub("", _IMAGE_RE.sub("", line))
                line = re.sub(r"[ \t]{2,}", " ", line)
            if line.strip() or not images:
                lines.append((number, line))
        if lines:
            para.lines = lines
            out.append(para)
    removed.sort()
    return out


def _markdown_marks(paras: list[Para]) -> list[Para]:
    """Markdown's own marks, not the text's: a quotation's "> ", and the line under a heading
    ("Headline" over "====" is "# Headline", over "----" "## Headline"). A heading with hashes
    is one line (CommonMark's ATX heading): the lines under it, no blank line between, are a
    paragraph of their own ("## Background" / "The harvest rose …" had been one subheading)."""
    out: list[Para] = []
    for para in paras:
        para.lines = [(n, _QUOTE_RE.sub("", t)) for n, t in para.lines]
        underline = _SETEXT_RE.match(para.lines[-1][1]) if len(para.lines) > 1 else None
        if underline:
            hashes = "#" if underline.group(1) == "=" else "##"
            text = " ".join(t.strip() for _, t in para.lines[:-1])
            para.lines = [(para.line, f"{hashes} {text}")]
        headings = [k for k, (_n, t) in enumerate(para.lines)
                    if len(para.lines) > 1 and atx_heading(t)]
        cuts = sorted({k for k in headings if k} | {k + 1 for k in headings} - {len(para.lines)})
        if not cuts:
            out.append(para)
            continue
        bounds = [0, *cuts, len(para.lines)]
        out += [Para(para.lines[a:b], para.gap_before if a == 0 else 0,
                     para.gap_after if b == len(para.lines) else 0,
                     para.page_start and a == 0, para.page_end and b == len(para.lines))
                for a, b in itertools.pairwise(bounds)]
    return out


def _with_markdown_head(paras: list[Para], marked_up: MarkdownText,
                        removed: list[tuple[int, str]]) -> list[Para]:
    """The paragraphs and a Markdown file's code blocks, in the file's order, under the front
    matter's title (the headline, when the text marks none of its own); what the front matter
    and comments held is added to ``removed``."""
    removed.extend(marked_up.removed)
    removed.sort()
    code = [Para(list(block.lines), block.gap_before, code=True) for block in marked_up.code]
    if code:
        paras = sorted([*paras, *code], key=lambda p: p.line)
    if marked_up.title is not None:
        paras.insert(0, Para([marked_up.title], 0))
    return paras


def subheading(para: Para, following: list[Para]) -> bool:
    """A paragraph of one short line without a sentence's punctuation, followed by more text:
    a subheading in the body ("Background", "Notes to editors"). Not a list's item, nor a line
    at a page's foot (a paragraph a page break may have cut), nor a picture's caption or
    credit, nor a release's number or a document symbol alone ("PR/2021/881": it had been
    kept out as a picture's id)."""
    text = para.text.strip()
    # (a section's number before it, "1. Background", "II. Findings"; a heading in capitals
    # over a list, "KEY FINDINGS", which a list's lead-in in words is not)
    words = _SECTION_NUMBER_RE.sub("", text)
    return (len(para.lines) == 1 and bool(following) and not para.item and not para.page_end
            and (not following[0].item or (text.isupper() and len(text) <= 60))
            and len(text) <= 100 and len(text.split()) <= 12 and words[:1].isupper()
            and ends_as_heading(text)
            and not CONTACT_RE.match(text) and not _LINKISH_RE.search(text)
            and not is_caption(text) and not is_reference(text))


#: A field's line, a name of three words at most and its colon, then its value ("When:
#: Thursday 17 February, 10:30am", «Lieu : Nairobi», «Fecha: 17 de febrero», «时间：…»).
_FIELD_RE = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}[ \u00a0]?[:：]\s*(?P<value>\S.*)$")

#: A field's value is short: a name, a time, a place (UNEP's "Norfolk Hotel, Harry Thuku Road,
#: Nairobi"), no sentence ("Target: By 2030, achieve universal … for all." is the text's)
_FIELD_VALUE_MAX = 100
_FIELD_VALUE_WORDS = 14


def _in_fields(body: list[Para], index: int) -> bool:
    """Whether ``body[index]`` is a field's line among others, the block above or under it
    one too (UNEP's "What: Press Conference…" / "When: Thursday 17 February, 10:30am" /
    "Where: Norfolk Hotel…"): the fields of one list, each a paragraph, none a subheading
    (the short one had been an <h2> between its neighbours' <p>s). Each a short value
    (``_FIELD_VALUE_MAX``, ``_FIELD_VALUE_WORDS``) that ends no sentence of more than four
    words (Chinese's, without spaces: of more than twelve characters): a heading with a
    colon over a sentence opening with a name and a colon, "Goal 6: Clean water and
    sanitation" over "Target: By 2030, achieve universal …", stays a heading (it had been
    made a paragraph)."""
    def field(at: int) -> bool:
        if not (0 <= at < len(body) and len(body[at].lines) == 1):
            return False
        found = _FIELD_RE.match(plain_fast(body[at].text).strip())
        if found is None:
            return False
        value = found["value"].strip()
        words = len(value.split())
        return len(value) <= _FIELD_VALUE_MAX and words <= _FIELD_VALUE_WORDS \
            and not (value.endswith((".", "!", "?", "。", "！", "？"))
                     and (words > 4 or (words == 1 and len(value) > 12)))
    return field(index) and (field(index - 1) or field(index + 1))


_SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+(?=[A-Z])")


def _caption_at(body: list[Para], index: int, lang: str) -> bool:
    """Whether ``body[index]`` is a picture's caption or credit ("© UNICEF/NYHQ2011-0424/Dean",
    "Photo: …", "Group photo of …": ``credits.is_caption``), or the one sentence under a
    credit standing alone (its caption: "A girl and her parents queue for water …")."""
    text = plain_fast(body[index].text).strip()
    if is_caption(text):
        return True
    above = plain_fast(body[index - 1].text).strip() if index else ""
    # (above the dateline, the block under a credit is its caption in a sentence or two,
    # "Helping Vietnamese refugees was one of… This boat was photographed…", UNHCR's; align's
    # reading anywhere on a page keeps to one: ``caption_under``)
    return credit_alone(above) and (caption_under(split_sentences(text, lang))
                                    or len(text) <= CAPTION)


def _english_date_at(body: list[Para], dated: int, date: dt.date) -> int:
    """The index of the block above the dateline (``body[dated]``) that is ``date`` alone,
    written in English (a translation's page printing its date so); -1 for none."""
    for index in range(dated):
        para = body[index]
        found = None if para.code or len(para.lines) != 1 else lone_date(
            plain_fast(para.text).strip(), "en")
        if found is not None and found[0] == date:
            return index
    return -1


#: How a picture's description ends: a full stop (a closing quote or bracket after it); a
#: subheading has none, a question or a cry is a sentence's
_DESCRIBED_END_RE = re.compile(r"[.。][\"”’»)]*$")


def _described_captions(body: list[Para], start: int, dated: int, lang: str,
                        notes: list[str]) -> tuple[list[Para], int, set[int]]:
    """The captions without a credit or a caption's word between the page's date standing
    alone (its first block under it ``body[start]``) and the dateline (``body[dated]``):
    UNHCR's pages set headline / standfirst / "3 October 2011" / "High Commissioner
    Guterres at the opening of the annual Executive Committee meeting." / the dateline. A
    block there of one sentence with its full stop (``CAPTION`` characters at most, no
    label, no salutation) and a caption's shape (``importer_captions.caption_shaped``:
    printed twice, a credit beside it, a picture's word, a description with no verb telling
    news) describes the page's picture; a subtitle or summary stands above the page's date,
    a head's lines under it (a label, the headline again, "Press Release Number:") have no
    full stop, and a sentence telling the news there ("Crises are multiplying …, the High
    Commissioner told the Executive Committee.") keeps its place (it had been moved under
    the first paragraph as a caption). The caption printed again in a row (UNHCR's, twice)
    is a duplicate, removed and said. Returns the body, the dateline's index and the
    captions' indices (they go under the first paragraph, as a credited caption does: they
    had been subheadings)."""
    kept = body[:start]
    described: set[int] = set()
    for index in range(start, dated):
        para = body[index]
        text = plain_fast(para.text).strip()
        if len(kept) - 1 in described and text == plain_fast(kept[-1].text).strip():
            notes.append(f"line {para.line}: «{text}», the caption above printed again: "
                         "removed as a duplicate")
            continue
        if not para.code and len(text) <= CAPTION and _DESCRIBED_END_RE.search(text) \
                and len(split_sentences(text, lang)) == 1 and not _no_heading(text) \
                and not is_known_label(text) and not _caption_at(body, index, lang) \
                and caption_shaped(text, plain_fast(kept[-1].text).strip() if kept else "",
                                   plain_fast(body[index + 1].text).strip()):
            described.add(len(kept))
            notes.append(f"line {para.line}: «{text}», one sentence between the page's date and "
                         "the dateline, read as a picture's caption")
        kept.append(para)
    return kept + body[dated:], len(kept), described


#: What a line of links holds, no subheading: "The report is available at: https://…",
#: "Follow us on: Twitter | Facebook | YouTube", "@UN_OCT".
_LINKISH_RE = re.compile(r"https?://|www\.|@|\s\|\s")


_ACRONYM_END_RE = re.compile(r"\s\([A-Z][A-Za-z-]{1,10}\)$")


def ends_as_heading(text: str) -> bool:
    """Whether a line ends as a heading may: not as a sentence, nor on a comma or a dash that
    needs the next line; a name's acronym in brackets ends a heading, "About the UN
    Environment Programme (UNEP)", as no sentence's bracket does."""
    return not text.endswith((*TERMINAL, ",", "-", "–", "—")) \
        or _ACRONYM_END_RE.search(text) is not None


def heading_apart(para: Para) -> list[Para]:
    """A subheading set right above its text, no blank line between ("About UNICEF" /
    "UNICEF works in …"): a first line much shorter than the lines under it, that no sentence
    ends and none needs to go on (no final punctuation, comma, dash, or word such as "of"), is
    its own block; the rest is the paragraph."""
    if len(para.lines) < 2 or para.item or para.footnote:
        return [para]
    first = para.lines[0][1].strip()
    longest = max(len(t.strip()) for _, t in para.lines[1:])
    if not (len(first) <= 60 and len(first.split()) <= 8 and longest >= 2 * len(first)
            and longest >= 40 and _SECTION_NUMBER_RE.sub("", first)[:1].isupper()
            and ends_as_heading(first)
            and not WRAPPED_RE.search(first) and not CONTACT_RE.match(first)
            and not _LINKISH_RE.search(first) and not is_caption(first)):
        return [para]
    return [Para([para.lines[0]], para.gap_before, 0, para.page_start),
            Para(para.lines[1:], 0, para.gap_after, False, para.page_end)]


#: An office's acronym alone above the headline ("UNOPS"): the issuer, not a label.
_ACRONYM_RE = re.compile(r"[A-Z][A-Z-]{1,9}")


def _footnote_marks(block: Block, pending: list[int]) -> Block:
    """The footnotes' marks in a paragraph's text ("Union1") as elements not to translate,
    so that the word is a word again (a term, a name) and the number stays as it is: one
    mark a footnote, in their order (``next_marks``; ``pending`` loses those found)."""
    spans: list[Span] = []
    for span in block.spans:
        if span.kind != "text" or not pending:
            spans.append(span)
            continue
        pos = 0
        for mark in next_marks(span.text, pending):
            if mark.start() > pos:
                spans.append(Span("text", span.text[pos:mark.start()]))
            spans.append(Span("atom", mark.group(), "span", TRANSLATE_NO))
            pos = mark.end()
        if pos < len(span.text):
            spans.append(Span("text", span.text[pos:]))
    return Block(block.id, block.kind, tuple(spans), block.line, block.note)


def _block(kind: str, ident: str, text: str, line: int, note: str = "",
           code: bool = True) -> Block:
    if kind in ("label", "office", "title", "h2"):
        text = unwrapped_emphasis(text)
    return Block(id=ident, kind=kind, spans=tuple(inline_spans(text, code)), line=line,
                 note=note)


def slugify(name: str) -> str:
    """A file-name-safe NCName from a title: "UNOCT and Qatar Hold…" -> "unoct-and-qatar-hold…"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(slug) > 50:
        slug = slug[:50].rsplit("-", 1)[0]
    if not slug or not slug[0].isalpha():
        slug = f"release-{slug}" if slug else "release"  # (a headline in another script)
    return slug
