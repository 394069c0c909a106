"""Import a release from plain text, Markdown or HTML into the release vocabulary.

Text extracted from PDFs carries page furniture: running headers and footers, page numbers, and
sentences cut in two by a page break. The importer removes the furniture, rejoins the sentences,
and reports what it did, so an editor can check it.
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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from transpub.addressbreaks import gapped_addresses
from transpub.brokenfont import broken_font_note, doubled_hyphens, doubled_hyphens_note
from transpub.contactlines import field_columns, gives_contact, inline_contacts, name_and_phone
from transpub.credits import picture_ids
from transpub.datelines import (
    Dateline,
    ambiguous_date,
    dashes_lost,
    dateline,
    impossible_date,
    is_byline,
    lone_date,
    opening,
    place_dateline,
    undated_dateline,
    year_from_text,
)
from transpub.doublespacing import double_spaced
from transpub.emails import EMAIL
from transpub.errors import LFS_POINTER, SourceError, lfs_pointer
from transpub.footmarks import next_marks
from transpub.fsutil import check_regular, read_regular
from transpub.importer_chrome import is_section_line, navigation_line, page_chrome
from transpub.importer_markdown import MarkdownText, atx_heading, read_markdown
from transpub.importer_names import (
    address_line,
    issuer_like,
    issuer_name,
    person_title,
    signed,
    without_address,
)
from transpub.importer_pages import (
    SIGNATORY_RE,
    TERMINAL,
    Para,
    cells,
    dehyphenated,
    has_symbol,
    is_letterhead,
    is_mark,
    is_notice,
    justified_spaces,
    layout_spaces,
    opens_boilerplate,
    paragraphs,
    reference_label,
    remove_furniture,
    rules_apart,
    split_lists,
)
from transpub.model import ITS_NS, Block, Release, Span
from transpub.releasewords import contact_lead

_TRANSLATE_NO = ((f"{{{ITS_NS}}}translate", "no"),)
_LABELS = frozenset({
    "PRESS RELEASE", "NEWS RELEASE", "MEDIA ADVISORY", "NOTE TO CORRESPONDENTS", "STATEMENT",
    "PRESS BRIEFING", "NOTE FOR CORRESPONDENTS", "COMMUNIQUE", "PRESS STATEMENT", "READOUT",
    # press.un.org's kinds of document, and the agencies' own
    "MEETINGS COVERAGE", "STATEMENTS AND MESSAGES", "BACKGROUND RELEASE", "BIOGRAPHICAL NOTE",
    "PRESS BRIEFINGS", "READOUTS", "ROUND-UP", "NEWS NOTE", "PRESS NOTE", "INFORMATION NOTE",
    "MEDIA ALERT", "JOINT PRESS RELEASE", "JOINT STATEMENT", "BRIEFING NOTES", "FACT SHEET",
    "MEETINGS COVERAGE AND PRESS RELEASES", "NEWS",
    # (the European Commission's midday bulletin, "European Commission - Daily News")
    "DAILY NEWS",
})
#: A site's categories of pages, by language, as its pages name theirs above the headline
#: ("Statements", «Declaraciones», «讲话»: ``category_line``); labels too.
_CATEGORIES: dict[str, frozenset[str]] = {
    "en": frozenset({"STATEMENTS", "PRESS RELEASES", "NEWS RELEASES", "NEWS"}),
    "fr": frozenset({"DÉCLARATIONS", "COMMUNIQUÉS DE PRESSE", "COMMUNIQUES DE PRESSE"}),
    "es": frozenset({"DECLARACIONES", "COMUNICADOS DE PRENSA"}),
    "ru": frozenset({"ЗАЯВЛЕНИЯ", "ПРЕСС-РЕЛИЗЫ"}),
    "ar": frozenset({"بيانات", "بيانات صحفية"}),
    "zh": frozenset({"讲话", "发言稿", "新闻稿"}),
}
#: The labels in the UN's other languages and German, by language: a French, Spanish, …
#: release's own ("Communiqué de presse", "Comunicado de prensa", UN Geneva's and ECLAC's
#: pages), and the column a bilingual header prints beside the English one ("PRESS RELEASE
#: COMMUNIQUÉ DE PRESSE").
_LABELS_BY_LANG: dict[str, frozenset[str]] = {
    "fr": frozenset({"COMMUNIQUE DE PRESSE", "COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ", "COMMUNIQUE",
                     "COMMUNIQUÉ CONJOINT", "NOTE AUX RÉDACTIONS", "NOTE AUX REDACTIONS",
                     "NOTE AUX CORRESPONDANTS", "NOTE D'INFORMATION", "NOTE D’INFORMATION",
                     "AVIS AUX MÉDIAS", "AVIS AUX MEDIAS", "DÉCLARATION", "DÉCLARATION CONJOINTE",
                     "COUVERTURE DES RÉUNIONS", "POINT DE PRESSE", "ACTUALITÉS"}),
    "es": frozenset({"COMUNICADO DE PRENSA", "COMUNICADO", "COMUNICADO CONJUNTO",
                     "NOTA DE PRENSA", "NOTA INFORMATIVA", "NOTA PARA LOS MEDIOS",
                     "AVISO A LOS MEDIOS", "DECLARACIÓN", "DECLARACIÓN CONJUNTA",
                     "NOTICIAS", "NOTA PARA LA PRENSA"}),
    "ru": frozenset({"ПРЕСС-РЕЛИЗ", "ЗАЯВЛЕНИЕ", "СООБЩЕНИЕ ДЛЯ ПЕЧАТИ", "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ",
                     "ИНФОРМАЦИОННАЯ ЗАПИСКА", "НОВОСТИ", "ПРЕСС-СООБЩЕНИЕ"}),
    "ar": frozenset({"بيان صحفي", "نشرة صحفية", "بيان", "بيان مشترك", "مذكرة إعلامية",
                     "أخبار"}),
    "zh": frozenset({"新闻稿", "新闻公报", "声明", "联合声明", "新闻简报", "媒体通报"}),
    "de": frozenset({"PRESSEMITTEILUNG", "PRESSEERKLÄRUNG", "GEMEINSAME ERKLÄRUNG"}),
}
#: A label in any of them is one, whatever the release's language (a bilingual header's).
_OTHER_LABELS = frozenset().union(*_LABELS_BY_LANG.values(), *_CATEGORIES.values())
_QUOTE_RE = re.compile(r"^\s{0,3}(?:>\s?)+")
#: A block wholly in bold or italics ("**PRESS RELEASE**", "*Background*"): a label, headline
#: or subheading so set keeps its text, not the emphasis that set it apart.
_EMPHASISED_RE = re.compile(r"^(\*\*|\*|__|_)(?=\S)([^*_]+?)(?<=\S)\1$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=|-)\1{2,}\s*$")
#: A known label before the headline on one line, apart from it by a colon, a dash or a bar
#: ("MEDIA ADVISORY: …", "Press Release - …"; a hyphen only with a space before it).
_LABEL_PREFIX_RE = re.compile(
    r"^(?P<label>" + "|".join(sorted(map(re.escape, _LABELS | _OTHER_LABELS), key=len,
                                     reverse=True))
    + r")\s*(?:[:–—|]|\s-)\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
#: A release's handling instructions above the headline, however long: a label, not the title.
_EMBARGO_RE = re.compile(r"^((strictly\s+)?embargoed\b|under embargo\b|embargo\s*:"
                         # (in the UN's other languages too: «Pour diffusion immédiate», «Para
                         # su difusión inmediata», «Для немедленного распространения», «即时发布»,
                         # «للنشر الفوري»; the phrase alone on its line, a colon or a dash and a
                         # date after it at most ("FOR IMMEDIATE RELEASE: 5 May 2024"), never a
                         # sentence's opening: "For immediate release of all hostages, the
                         # Council …", «立即发布停火协议全文是各方的共同要求» are the text's)
                         r"|(?:for immediate release|pour (?:diffusion|publication) imm[ée]diate"
                         r"|para (?:su )?(?:difusi[óo]n|publicaci[óo]n) inmediata"
                         r"|для немедленного (?:распространения|опубликования|публикации)"
                         r"|(?:即时|立即|即刻)发布|للنشر (?:الفوري|فورا|فوراً))"
                         # (a template's placeholder for the date too: "[DATE]")
                         r"\s*(?:[:：.,،–—-]\s*)?(?:(?=[^\d\n]{0,30}\d)[^\W_][^\n]{0,40}"
                         r"|[\[<(][^\]>)\n]{1,30}[\]>)])?\s*$"
                         # (the ICJ's "Unofficial" under "Press Release": the Court's
                         # official texts are its judgments and orders)
                         r"|unofficial(?:\s+(?:translation|document))?\s*$"
                         r"|not for (publication|broadcast)\b"
                         # (over the sentence that says it: "EMBARGO" / "The contents of this
                         # press release must not be quoted or summarized … before …")
                         r"|(embargo\s+)?the contents of this .{0,60}?(must|may) not be"
                         r"|embargo\s*$)", re.IGNORECASE)
#: A logo's alternative text, as a page's copy or a converter gives it: "UNAIDS logo",
#: "[UNAIDS logo]", "Image: UNFPA logo".
_LOGO_RE = re.compile(r"^\W*(?:image\s*:\s*)?[\w .&'’-]{0,40}\blogo\W*$", re.IGNORECASE)
#: A line of dashes, stars or rules only, between a headline's parts.
_SEPARATOR_RE = re.compile(r"^\s*[-–—=*_~]{2,}\s*$")
#: A speech's handling instruction, above its text or right under its dateline: "CHECK
#: AGAINST DELIVERY", "As prepared for delivery", "[As delivered]".
_DELIVERY_RE = re.compile(r"^\W*(?:please\s+)?(?:check\s+against\s+delivery|as\s+delivered"
                          r"|as\s+prepared\s+for\s+delivery)\W*$", re.IGNORECASE)
# ("For information media. Not an official record." is the UN press office's footer)
_CONTACT_RE = re.compile(r"^(for ((more|further|additional) )?information(?! media)"
                         r"|for interviews?( requests)?\b|(for )?media (contacts?"
                         r"|enquiries|inquiries|queries|requests)|contacts?( us)?\s*:|press "
                         r"(contacts?|enquiries|inquiries|office\b)|issued by\s*:|media\s*:"
                         r"|spokesperson\s*:|contact information\b"
                         # (in the UN's other languages and German: "Pour plus d'informations,
                         # veuillez contacter :", "Para más información, contactar a:",
                         # "Contacto de prensa", "Contact presse", «Для получения дополнительной
                         # информации», "Pressekontakt")
                         r"|pour (?:plus d['’]|de plus amples |toute |d['’]autres )informations?"
                         r"|pour en savoir plus\b|contacts? (?:presse|médias?)\b|relations (?:avec "
                         r"les )?(?:médias|presse)\s*:|personnes? à contacter|para (?:más|mayor"
                         r"|obtener más|cualquier) información|contactos? (?:de|para) (?:prensa"
                         r"|medios)|contactos? con (?:los )?medios|para consultas de (?:prensa"
                         r"|medios)|contacto\s*:|prensa\s*:|presse\s*:"
                         r"|для (?:получения )?(?:дополнительной|более подробной) информации"
                         r"|контакты для (?:прессы|сми)|контактная информация"
                         r"|لل?مزيد من المعلومات|للاستفسارات|更多信息|媒体联系|如需(?:更多|进一步)"
                         r"|für (?:weitere|nähere|mehr) informationen|pressekontakt|kontakt\s*:)",
                         re.IGNORECASE)
#: A contact block's first line that says it is one at its end: "To receive an advance copy
#: of the press kit and for interview requests, please contact:", "To register for the press
#: briefing please write to:", "UNESCWA-Beirut Contacts:" (not a sentence: no final stop).
# ("call" only asked of the reader: "please call:", "call:"; "The experts call on the
# authorities to:" is a list's lead-in)
_CONTACT_LEAD_RE = re.compile(r"(?:\b(?:please\s+)?(?:contact|write\s+to|e-?mail|veuillez "
                              r"contacter|contactez|contactar(?:\s+a)?|comuníquese\s+con"
                              r"|póngase\s+en\s+contacto\s+con|kontaktieren\s+sie)\b"
                              r"[^.!?]{0,50}:|\b(?:please\s+)?call(?:\s+us)?\s*:"
                              r"|\bcontacts?\s*:?|\bplease\s+contact)\s*$",
                              re.IGNORECASE)
# Every repetition stops at the character that could start another match of its own kind
# (link text at "[", a target at an unbalanced "(", an address only begins after a
# non-address character),
# so a hostile line - 60,000 characters without a space, or "[[[[..." - is scanned in linear
# time, not once from every position.
#: An e-mail address (the harvesters' forms too) or a bare URL (one without its scheme too:
#: "www.un.org/…"), as ``inline_spans`` and ``address_spans`` read them. A link with its
#: scheme may stand glued to a sentence's full stop ("…damage on Guam.https://…", a PDF's
#: line break lost): after a word's (or a bracket's, a quotation mark's) full stop no
#: address goes on with "https://" ("www." may: "cdn.www.example.org" is one host).
_ADDRESSES = (r"(?<![\w.+-])(?P<email>" + EMAIL + r")(?![\w-])"
              r"|(?:(?<![\w/:.@-])|(?<=[^\W_]\.|[)\]”’\"'»]\.)(?=https?://))"
              r"(?P<url>(?:https?://|www\.(?=[^\W_]))[^\s<>()]+[^\s<>().,;:!?”’\"])")
#: A link glued to the mark that ends a sentence or a clause before it, or to a closing
#: quotation mark or bracket: the space a PDF's line break was, to restore ("Guam.https://…"
#: is "Guam. https://…"; not after "’", which elides a word: «l’https://…»)
_GLUED_MARKS = ".!?,;”»)]"
#: Markdown's inline code, "`praqma/network-multitool`": its text not to translate; a
#: backtick in a word, "don`t", opens none
_CODE = r"(?<![\w`])`(?P<code>[^`\s](?:[^`\n]*[^`\s])?)`(?![\w`])"
#: The inline markup of a line of text that is no Markdown's (no inline code)
_TEXT_MARKUP = (
    r"\[(?P<ltext>[^\[\]\n]+)\]\((?P<href>(?:[^()\s]|\([^()\s]*\))+)\)"
    r"|\*\*(?P<strong>[^*\s](?:[^*\n]*[^*\s])?)\*\*"
    r"|(?<![\w*])\*(?P<em>[^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])"
    # (and with underscores, as some converters write them; never inside a word: "UN_OCT")
    r"|(?<![\w_])__(?P<strong2>[^_\s](?:[^_\n]*[^_\s])?)__(?![\w_])"
    r"|(?<![\w_])_(?P<em2>[^_\s](?:[^_\n]*[^_\s])?)_(?![\w_])"
    r"|" + _ADDRESSES
)
_INLINE_RE = re.compile(_CODE + "|" + _TEXT_MARKUP)
_INLINE_TEXT_RE = re.compile(_TEXT_MARKUP + r"|(?P<code>(?!))")
#: The meeting a release of the UN's meetings coverage reports, last of the lines naming the
#: organ and session above the headline: "48th Meeting (PM)", "23rd & 24th Meetings (AM &
#: PM)", "Seventy-sixth Session, 12th Meeting (AM)".
MEETING_RE = re.compile(
    r"^(?:[^\n]{0,80},\s*)?\d{1,4}(?:st|nd|rd|th)(?:\s*(?:&|and|,|-|–)\s*\d{1,4}"
    r"(?:st|nd|rd|th))*\s+(?:plenary\s+)?meetings?(?:\s*\((?:AM|PM|night)(?:\s*(?:&|and|,)"
    r"\s*(?:AM|PM|night))*\))?\s*$", re.IGNORECASE)
_DASH_OPENING_RE = re.compile(r"\s*(?:--?|[–—])\s+(?=\S)")
_SMALL_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "to", "at", "by", "a", "an"])
# the words title case leaves in lower case ("Partners with Qatar"); a line ending on one is cut
_MINOR_WORDS = _SMALL_WORDS | frozenset([
    "with", "from", "into", "onto", "as", "or", "nor", "but", "via", "per", "vs", "over", "amid",
    "upon", "after", "before", "against", "between", "among", "during", "through", "under",
    "within", "without", "about", "than", "up", "out", "off"])
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")
#: A line that cannot end where it does: on a minor word, or on an honorific before a name.
_WRAPPED_RE = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(_MINOR_WORDS)) + r"|Mr\.|Ms\.|Mrs\.|"
                         r"Dr\.|H\.E\.|Prof\.)$", re.IGNORECASE)


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
        dehyphenated(paras if markdown else rules_apart(paras), lang), lang)
    wraps: list[int] = []
    if not markdown:
        paras, wraps = double_spaced(paras)
    if markdown:
        paras = _markdown_marks(paras)
    paras = _place_over_date(_headline_over_dateline(
        split_lists(_without_images(paras, removed), markdown), lang), lang)
    if marked_up is not None:
        paras = _with_markdown_head(paras, marked_up, removed)
    if not paras:
        raise SourceError("no text left after removing page headers", path)
    head = _head(paras, lang, markdown, removed)
    if head.lone is None and marked_up is not None and marked_up.date is not None \
            and (found_date := lone_date(marked_up.date[1], lang)) is not None:
        # the front matter's date: the release date when the text gives none (as a page's
        # publication date is)
        head.lone = (marked_up.date[0], *found_date)
    if head.title is None or not head.title.text.strip():
        raise SourceError("the release has no title", path)
    dated_title = dateline(plain_text(head.title.text).strip(), lang, 2000)
    prefix_note = ""
    first_line = head.title.lines[0]
    if dated_title is not None and not dated_title.place and head.body and (
            dated_first := dateline(first_line[1].strip(), lang, 2000)) is not None \
            and dated_first.rest and (under := dateline(
                _plain(head.body[0].text).strip(), lang, 2000)) is not None \
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
                          "paragraph; put the headline above it", path, head.title.line)
    title_note = ""
    if wraps:
        shown = ", ".join(map(str, wraps[:10])) + (", …" if len(wraps) > 10 else "")
        notes_wraps = [f"line {wraps[0]}: the text is double-spaced: {len(wraps)} wrapped "
                       f"line(s) that a blank line set apart joined to the line above (lines "
                       f"{shown})"]
    else:
        notes_wraps = []
    if headline and (why := _not_a_headline(plain_text(head.title.text).strip())):
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
    office = _office_from([(n, t) for n, t in removed
                           if not head.lone_place or t != head.lone_place], lang)
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
        label = next((p for p in labels if _is_kind(p.text)), None) or next(
            (p for p in labels if is_known_label(p.text.strip()) and not _embargo(p.text)),
            None) or next((p for p in labels if not _embargo(p.text)), labels[0])
        # (an unknown label's columns stay together: no column is known to be English)
        columns = cells(label.text) if is_known_label(label.text.strip()) else [label.text]
        # (the release's language's column: "COMMUNIQUÉ DE PRESSE" of a French release)
        kept = next((c for c in columns if c.upper() in _LABELS_BY_LANG.get(lang, _LABELS)),
                    None) or next((c for c in columns if c.upper() in _LABELS), columns[0])
        # (without the colon a label alone on its line may end on: "Press Release:")
        shown = kept.strip()
        blocks.append(make_block("label", "label", shown[:-1].rstrip() if shown.endswith(
            (":", "：")) else shown, label.line))
        removed.extend((n, t.strip()) for para in labels if para is not label
                       for n, t in para.lines)
        removed.extend((label.line, c) for c in columns if c is not kept)
        removed.sort()
        if _embargo(label.text):
            blocks.pop()  # (an embargo alone: said removed, no label)
            removed.extend((n, t.strip()) for n, t in label.lines)
            removed.sort()
    if office:
        blocks.append(make_block("office", "office", office[1], office[0], note=office_note))
    blocks.append(make_block("title", "title", title.text, title.line))

    date: dt.date | None = None
    date_text = ""
    written = ""  # (the dateline as the paragraph it opens writes it)
    notes: list[str] = notes_wraps + [n for n in (prefix_note, title_note) if n]
    # (a contact block above the headline opens the release's contact block)
    contact = [line for para in head.contact for line in _contact_of(para)]
    paragraph_no = heading_no = 0
    lone = head.lone
    year = lone[1].year if lone else None
    if year is None and (year := year_from_text(
            [_plain(p.text).strip() for p in body[:3]],
            (_plain(p.text) for p in body), lang)) is not None:
        notes.append(f"the dateline has no year: {year}, the year of the text's date of the "
                     "same day")
    body = _dateline_on_its_line(body, lang, year)
    # (the dateline read without the inline markup around it: "**New York, 9 December
    # 2020** – The…")
    dated, dated_parts = opening([("", False) if p.code else (_plain(p.text).strip(), True)
                                  for p in body[:3]], lang, year, len(body) - 1)
    if dated_parts is not None and not dated_parts.rest \
            and (below := _dateline_below(body, dated, lang, year, dated_parts)) is not None:
        # a date alone under the headline and the dateline proper a block or two under it
        # ("10 September 2018" / a subtitle / "GENEVA (10 September 2018) - The…", a press
        # release page's): the dateline is the text's, the date alone a duplicate, said
        notes.append(f"line {body[dated].line}: «{_plain(body[dated].text).strip()}» repeats "
                     "the date of the dateline under it: removed as a duplicate"
                     if below[1].date == dated_parts.date else
                     f"line {body[dated].line}: «{_plain(body[dated].text).strip()}», the "
                     f"page's date, differs from the dateline's under it ({below[1].date_text}), "
                     "which dates the release: removed")
        del body[dated]
        dated, dated_parts = below[0] - 1, below[1]
    if dated_parts is None and lone is not None:
        # a dateline of the place alone, the date in the page's header ("GENEVA – The…"
        # under "9 December 2020"): the place and that date
        dated, dated_parts = _placed(body, lone[1], lone[2])
    elif dated_parts is None:
        # no date anywhere: a place standing alone under the headline ("Vienna, Austria", the
        # IAEA's) or opening the text ("ROME (FAO) – The…") is the dateline's all the same,
        # a known place's name; it had stayed the text's
        dated, dated_parts = _placed_undated(body, lang)
        if dated_parts is not None:
            notes.append(f"line {body[dated].line}: the dateline names its place, "
                         f"«{dated_parts.place}», and no date: the release is undated (add a "
                         "<date> to its dateline to date it)")
    if dated_parts is not None and dated and (captions := [
            k for k in range(dated) if _caption_at(body, k)]):
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
        closing = _closing(body, dated)
        body = body[:dated + 1] + [part for para in signed(body[dated + 1:closing])
                                   for part in heading_apart(para)] \
            + [part for para in body[closing:] for part in heading_apart(para)]
        last = max(dated + 1, len(body) - 3)
        body = body[:last] + [part for para in body[last:] for part in _contact_apart(para)]
    contact_to = -1  # the last paragraph of the contact block, once it has begun
    text_end = _closing(body, dated)  # (where the text's paragraphs may end)
    for index, para in enumerate(body):
        content = para.text
        marked: list[Span] | None = None  # the dated paragraph's spans, the dateline cut
        if index <= contact_to:
            contact += _contact_of(para)
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
            contact += _contact_of(para)
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
                and not _is_picture(content.strip()) and not _no_heading(content):
            content = "\0h2" + content  # a subtitle above the dateline: a subheading
        if index == dated and dated_parts is not None:
            place, date, date_text, rest, attribution = dated_parts
            if dashes_lost(_plain(content).strip(), dated_parts):
                notes.append(f"line {para.line}: the dateline had lost its dashes "
                             f"(«{place}{date_text}»): read as the place «{place}» and the "
                             f"date {date_text}")
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
                _lines_under(body, index)) or (
                index > dated + 1 and _contact_details(para)):
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
            if end >= len(body) - 2 or all(_short_block(p) for p in body[end + 1:]) \
                    or _boilerplate(body[end + 1:]) or (end > index and body[index + 1].code):
                while end + 1 < len(body) and _short_block(body[end + 1]) \
                        and _CONTACT_DETAIL_RE.search(body[end + 1].text):
                    end += 1
                contact += _contact_of(para)
                contact_to = end
                continue
        if not markdown and index > dated and subheading(para, body[index + 1:index + 2]) \
                and not (content[-1:].isdigit() and dateline(_plain(content).strip(), lang,
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
                content, _opens_inline, _is_detail)) is not None:
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
        bad = impossible_date(_plain(body[0].text).strip(), lang)
        if bad:
            notes.append(f"line {body[0].line}: «{bad}» is no day of the calendar: no release "
                         "date taken (correct it in the file and import it again)")
        # a date in figures either order reads ("03/04/2011" in English: 3 April or 4 March)
        # is not guessed: the line stays as written, and said
        either = next(((para.line, found) for para in body[:3]
                       if (found := ambiguous_date(_plain(para.text).strip(), lang))), None)
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
    for number, (line, content) in enumerate(_contact_lines(contact), 1):
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


def opens_contact(text: str, first_line: str, under: Sequence[str] = ()) -> bool:
    """Whether a paragraph (``text``, its first line ``first_line``) opens a contact block:
    "For more information…", "Media contacts:", or a first line that asks to be contacted at
    its end ("…, please contact:"). A lead-in that asks nothing alone on its line ("More
    information", «Подробнее», «详情») is a section's heading as often: it opens one only
    over a contact's lines (``under``, the first lines under it: an e-mail address, a
    telephone, a name with one), and without them stays the text's (said nowhere, as it
    moves nowhere)."""
    return bool(_CONTACT_RE.match(text)) or (
        contact_lead(first_line) and any(gives_contact(t) for t in under[:3])) or (
        len(first_line) <= 150 and _CONTACT_LEAD_RE.search(first_line) is not None)


def _lines_under(body: list[Para], index: int) -> list[str]:
    """The first lines under a block's first: its own, then the next block's."""
    after = body[index + 1].lines[:3] if index + 1 < len(body) else []
    return [t.strip() for _, t in [*body[index].lines[1:4], *after]][:3]


_CONTACT_WORD_RE = re.compile(r"\bcontacts?\b", re.IGNORECASE)


def _opens_inline(text: str) -> bool:
    """Whether the words in a paragraph's last parenthesis open a contact block ("For more
    information: …", "Contacts: …")."""
    return bool(_CONTACT_RE.match(text)) or contact_lead(text.partition(":")[0])


def _is_detail(text: str) -> bool:
    return bool(_CONTACT_DETAIL_RE.search(text))


#: Where one sentence ends and another begins: a word's end (two letters in lower case, not
#: an abbreviation's "Dr." or "U.S."), a full stop or a mark, a capital after the space.
_SENTENCE_BREAK_RE = re.compile(r"[^\W\d_A-Z]{2}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _no_heading(text: str) -> bool:
    """Whether a paragraph is no subheading whatever stands around it: two sentences or more,
    an e-mail address, or over 300 characters, a one-sentence summary's most (a lead
    paragraph, an office's boilerplate, contact details, which had been set as subtitles
    above the dateline)."""
    plain = _plain(text).strip()
    return len(plain) > 300 or "@" in plain or _SENTENCE_BREAK_RE.search(plain) is not None


def _dateline_below(body: list[Para], dated: int, lang: str, year: int | None,
                    alone: Dateline) -> tuple[int, Dateline] | None:
    """The block one or two under a date standing alone (``body[dated]``) that opens with a
    dateline of the same date and goes on with the text, and that dateline; None if none
    does (the blocks between: a subtitle, a sentence at most)."""
    between = 0  # (a picture's caption and credit between are not counted)
    for index in range(dated + 1, len(body)):
        if _caption_at(body, index):
            continue
        between += 1
        if between > 2:
            return None
        text = _plain(body[index].text).strip()
        found = dateline(text, lang, year)
        if found is not None and found.rest and (found.date == alone.date or (
                found.place and not alone.place)):
            # (a place and another date, "19/12/2016" over "NEW YORK, 12 December 2016 –
            # …", UNICEF's archive pages: the page's date over the release's own dateline)
            return index, found
        if len(text) > 300 or _SENTENCE_BREAK_RE.search(text):
            return None
    return None


def _date_again(para: Para, lang: str, date: dt.date | None) -> str | None:
    """The text of ``para`` when it is the date ``date`` alone on its line ("24 June 2019"),
    else None."""
    if date is None or len(para.lines) != 1:
        return None
    found = lone_date(_plain(para.text).strip(), lang)
    return found[1] if found is not None and found[0] == date else None


def _closing(body: list[Para], dated: int) -> int:
    """Where a text's closing blocks begin: its contact block or the office's boilerplate
    among its last eight blocks, after the dated one; the text's end if neither."""
    for index in range(max(dated + 1, len(body) - 8), len(body)):
        text = unwrapped_emphasis(body[index].text)
        if opens_contact(text, unwrapped_emphasis(body[index].lines[0][1]),
                         _lines_under(body, index)) \
                or opens_boilerplate(text) or _contact_details(body[index]):
            return index
    return len(body)


def _contact_apart(para: Para) -> list[Para]:
    """A contact block's lead-in on a line inside a block, after a line ending a sentence
    ("… on the basis of the referrals received." / "For further information, please contact
    Fadi El Abdallah, …", a text without blank lines that its reflow left together): the
    contact block from there on (only among the text's last blocks)."""
    for index in range(1, len(para.lines)):
        line = para.lines[index][1].strip()
        # (asking to be contacted: "For more information about UNICEF …, visit www.unicef.org."
        # is the office's boilerplate)
        if _CONTACT_RE.match(line) and _CONTACT_WORD_RE.search(line) \
                and para.lines[index - 1][1].rstrip().endswith(TERMINAL):
            return [Para(para.lines[:index], para.gap_before, 0, para.page_start),
                    Para(para.lines[index:], 0, para.gap_after, False, para.page_end)]
    return [para]


#: What a block after a contact block holds when it goes on with the contact details: an
#: address, a web or social-media account, a telephone number ("Follow us:" / "Twitter:
#: @UN_OCT" / "Website: www.un.org/counterterrorism").
_CONTACT_DETAIL_RE = re.compile(
    r"@|www\.|https?://|\+\d|\b(?:tel|telephone|phone|mobile|cell|fax|e-?mail|twitter|facebook"
    r"|instagram|linkedin|youtube|website|web|follow\s+us)\b", re.IGNORECASE)


def _contact_details(para: Para) -> bool:
    """A block of contact details without a lead-in ("IAEA Press Office" / "Tel.: +43 …" /
    "Email: press@iaea.org"): short lines, two of them or more with a telephone, an address
    or a site."""
    return len(para.lines) >= 2 and _short_block(para) and sum(
        bool(_CONTACT_DETAIL_RE.search(t)) for _, t in para.lines) >= 2 and not _prose(para)


#: A line's first word that goes on a sentence the line above began: a word in lower case,
#: not a contact detail's name ("email:", "tel.") nor an address.
_GOES_ON_RE = re.compile(r"[^\W\d_A-Z][^\W\d_]*[’'-]?[^\W\d_]*(?:[,.;]?(?:\s|$))")
#: A line that is a sentence: a few words, ending with a word and its full stop.
_SENTENCE_LINE_RE = re.compile(r"^(?:\S+\s+){5,}\S*[^\W\d_]\.$")


def _prose(para: Para) -> bool:
    """Whether a block's lines are a paragraph's, wrapped, not contact details a line each:
    a line's sentence going on in lower case on the next ("… Join the conversation" / "with
    #EndAIDS, and follow @UNAIDS."), or two sentences a line ("For more information …,
    visit www.unicef.org." / "Follow UNICEF on X, Facebook, Instagram and YouTube.")."""
    lines = [t.strip() for _, t in para.lines]
    for above, line in itertools.pairwise(lines):
        first = _GOES_ON_RE.match(line)
        if first and above[-1:].isalpha() and not _CONTACT_DETAIL_RE.match(line):
            return True
    return sum(bool(_SENTENCE_LINE_RE.match(t)) for t in lines) >= 2


def _boilerplate(rest: list[Para]) -> bool:
    """Whether what follows a contact block is an office's boilerplate (a few blocks opening
    with "About …" or "Notes to editors"), not the text going on."""
    return 0 < len(rest) <= 6 and opens_boilerplate(rest[0].text)


def _contact_of(para: Para) -> list[tuple[int, str]]:
    """A contact block's paragraph as its lines (a heading's mark taken off: "### Contact")."""
    return [(n, text) for n, t in para.lines if (text := t.replace("\0h2", "").strip())]


def _short_block(para: Para) -> bool:
    """A block of a few short lines, as close a release after its contact block."""
    return not para.footnote and len(para.lines) <= 8 \
        and all(len(t.strip()) <= 100 for _, t in para.lines)


def contact_line(number: int, spans: list[Span], line: int) -> Block:
    """The contact block's line ``number``, with its translator's note."""
    email = any(s.kind == "atom" and s.tag == "email" for s in spans)
    note = "Contact details." + (" The e-mail address <x1/> is not translated." if email
                                 else "")
    return Block(f"contact{number}", "line", tuple(spans), line, note=note)


def _contact_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The contact block's lines, as the block sets them (an address is line by line), but a
    line a narrow column wrapped joined to the next: one that ends on a word that needs the
    next ("… Office of", "… contact: Ms.")."""
    out: list[tuple[int, str]] = []
    for line, text in _columns_apart(lines):
        # (not a contact's line ending "… / ravina.shamdasani@un.org or": the next contact
        # is another one)
        if out and _WRAPPED_RE.search(out[-1][1]) and not _ALTERNATIVE_RE.search(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((line, text))
    return out


#: A contact's line that offers the next as another: an address or a number, then "or".
_ALTERNATIVE_RE = re.compile(r"(?:@|\d{3}).*\b(?:or|and)$")


def _columns_apart(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Contacts set side by side ("Sanjay Acharya      Paul Wilson" / "Chief, …      Senior
    …"): a run of two lines or more with the same number of columns, read column by column,
    each contact's lines together."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        width = len(cells(lines[index][1]))
        end = index
        rows = []
        # (a row that lost its columns' spacing, "E-mail: E-mail:" under "Public Affairs
        # Media Relations", still has a field name per column)
        while end < len(lines) and width > 1 and (row := cells(lines[end][1]) if len(
                cells(lines[end][1])) == width else field_columns(lines[end][1], width)):
            rows.append((lines[end][0], row))
            end += 1
        if end - index < 2:
            out.append(lines[index])
            index += 1
            continue
        out += [(n, row[column]) for column in range(width) for n, row in rows]
        index = end
    return out


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


@dataclass
class _Head:
    """What stands above a release's body, and the body."""

    title: Para | None = None
    labels: list[Para] = field(default_factory=list)
    body: list[Para] = field(default_factory=list)
    letterhead: Para | None = None  # the issuer's name above the label
    meeting: Para | None = None  # the organ, session and meeting a meetings coverage reports
    # the release date as a letterhead or a running header wrote it: (line, date, its text)
    lone: tuple[int, dt.date, str] | None = None
    # the place before that date on its line ("Geneva, 12 September 2024" above the headline)
    lone_place: str = ""
    # the attribution after that date ("VIENNA, 12 May 2024 (UN Information Service)")
    lone_attribution: str = ""
    # a contact block above the headline ("Contact: …" / "Phone: …"): the release's contact
    contact: list[Para] = field(default_factory=list)


def _heading_line_apart(para: Para) -> list[Para]:
    """A block opening with a heading with hashes ("## Background"), in a text too: the
    heading, one line, and the lines under it a block of their own (they had been one
    subheading, the heading and its paragraph)."""
    if len(para.lines) < 2 or not para.lines[0][1].lstrip().startswith("#") \
            or atx_heading(para.lines[0][1]) is None:
        return [para]
    return [Para(para.lines[:1], para.gap_before, 0, para.page_start),
            Para(para.lines[1:], 0, para.gap_after, False, para.page_end, para.item)]


def _lone_place(text: str, lang: str) -> tuple[str, str]:
    """The place before the date on a line holding a place and a date alone ("Geneva, 12
    September 2024"), as the dateline parser reads it, and the attribution after the date
    ("VIENNA, 12 May 2024 (UN Information Service)"); "" for none ("Tuesday, 8 January
    2021": a weekday is no place)."""
    found = dateline(text, lang, None)
    return (found.place, found.attribution) if found is not None and not found.rest \
        else ("", "")


def _head(paras: list[Para], lang: str, markdown: bool, removed: list[tuple[int, str]]) -> _Head:
    """Labels, headline and body, in the orders offices put them; what is set aside above
    the headline (letterheads, a date alone) is added to ``removed``."""
    head = _Head()
    body = head.body
    above: list[Para] = []  # (a code block above the headline: the body's first block)
    paras = [part for para in paras for part in _heading_line_apart(para)]
    # (whether a heading of level 1 other than a label marks the headline)
    marked = any(para.lines[0][1].lstrip().startswith("# ") and (atx := atx_heading(
        para.lines[0][1])) is not None and atx[0] == 1 and not is_known_label(atx[1])
        for para in paras)
    for para in _labels_apart(_repeated_headline(_navigation_apart(paras, removed), lang,
                                                 removed), lang):
        if para.code:  # (a code block is no headline, label nor letterhead)
            (above if head.title is None and not body else body).append(para)
            continue
        if head.title is None and not body:
            # (what is never a headline, above it: a byline, a line without a letter)
            kept = _without_byline(para, lang, removed)
            if kept is None:
                continue
            # (and the short lines under it naming a detail: "Restore The Fourth – xx Phone:
            # Email", a template's line left in)
            if _contact_above(kept) or (head.contact and _short_block(kept) and all(
                    _CONTACT_DETAIL_RE.search(t) for _, t in kept.lines)):
                head.contact.append(kept)
                continue
            para = kept
        stripped = para.text.strip()
        if not body:
            # (above the headline, a place and date standing alone are the letterhead's:
            # "Vienna, 17 March 2021" under "UNIS/MA/285")
            # (not a media advisory's field, "Date: Thursday, 11 April 2024": the event's)
            found_lone = None if para.item else lone_date(stripped, lang) \
                if head.title is not None else _header_date(stripped, lang)
            if found_lone:
                if head.lone is None and head.title is None:
                    head.lone_place, head.lone_attribution = _lone_place(stripped, lang)
                # (the date's own line: "New York" / "23 October 2024" are one block)
                at = next((n for n, t in para.lines if found_lone[1] in t), para.line)
                head.lone = head.lone or (at, *found_lone)
                removed.extend((n, t.strip()) for n, t in para.lines)
                continue
            # (a symbol under the headline is the header's too: "Security Council" /
            # "SC/16000": not a label, though in capitals)
            # (and a letterhead's address and numbers in a block of their own, under the
            # issuer's name: "UN House 8F, 5-53-70 Jingumae, …" / "Tel: … Fax: …")
            if (head.title is None and is_letterhead(para)) or is_notice(stripped) \
                    or all(has_symbol(t) for _, t in para.lines) or _LOGO_RE.match(stripped) \
                    or (head.title is not None and not head.labels and (issuer_like(
                        head.title) or issuer_name(unwrapped_emphasis(head.title.text)))
                        and all(address_line(t, lang) for _, t in para.lines)):
                removed.extend((n, t.strip()) for n, t in para.lines)
                continue
        # (a Markdown heading, "## Background", in a text too: PDF-to-Markdown converters
        # write them; "#CounterTerrorism" is a hashtag, no heading)
        atx = atx_heading(stripped) if stripped.startswith("#") else None
        if atx is not None:
            level = atx[0]
            heading = Para([(para.line, atx[1])], para.gap_before)
            if head.title is None and not body and is_known_label(atx[1]):
                # a label set as the first heading ("# PRESS RELEASE"), the headline a heading
                # under it ("## Island-wide roadside survey …"): the label
                head.labels.append(heading)
            elif head.title is None and (level == 1 or (not body and not marked)):
                # (or the first heading, of any level, when none of level 1 marks the
                # headline: under a label set as one, "# PRESS RELEASE" / "## Island-wide …")
                head.title = heading
            else:
                body.append(heading)
                heading.lines = [(para.line, "\0h2" + heading.text)]
            continue
        if not body and head.title is None and head.letterhead is None and not head.labels \
                and _bilingual_letterhead(para):
            # the issuer's name in two languages, in columns ("UNITED NATIONS      NATIONS
            # UNIES"): the office line, in the release's language (the first column)
            columns = cells(stripped)
            head.letterhead = Para([(para.line, _title_case(columns[0]))], para.gap_before)
            removed.extend((para.line, c) for c in columns[1:])
            continue
        if not body and _is_label(stripped):
            head.labels.append(para)
        elif head.title is None and not body:
            headline = _headline_among(head.labels)
            # (any year will do for a dateline without one: only whether it is one matters)
            if headline is not None and dateline(stripped, lang, 2000):
                # an all-capitals headline ("WORLD DRUG REPORT 2024") above the dateline
                head.labels.remove(headline)
                head.title = headline
                body.append(para)
            else:
                head.title = para
        elif head.title is not None and not body and stripped[:1].islower() \
                and not head.title.text.endswith(TERMINAL) \
                and not (para.gap_before == 0 and _sentence_under(head.title, stripped)):
            # a headline a blank line cut in two
            head.title.lines.extend(para.lines)
        else:
            body.append(para)
    if head.title is None:
        return head
    body[:0] = above
    _issuer_label(head)
    _statement_head(head, lang)
    if body and head.letterhead is None and issuer_like(head.title) \
            and _headline_like(body[0].text) and not dateline(body[0].text, lang, 2000) and any(
                head.title.lines[-1][0] < n < body[0].line and is_notice(t) for n, t in removed):
        # what stood above the notice is the service's name, and the headline comes under it
        # ("Information Service" / "Service d'information", the notice, the date)
        head.letterhead, head.title = head.title, body.pop(0)
    if len(head.title.lines) > 2 and any(_SEPARATOR_RE.match(t) for _, t in head.title.lines):
        # a separator line between a headline's parts ("THE SECRETARY-GENERAL" / "--" /
        # "REMARKS TO …"): no word of it
        head.title.lines = [(n, t) for n, t in head.title.lines if not _SEPARATOR_RE.match(t)]
    head.meeting = _meeting_header(head, removed, lang)
    # the issuer's name over its address and numbers ("INTERNATIONAL COURT OF JUSTICE" /
    # "Peace Palace, …" / "Tel.: …"): the name, the rest letterhead
    head.title, address = without_address(head.title, lang)
    removed.extend(address)
    lines = head.title.lines
    cut = next((k for k in range(1, min(len(lines), 5))
                if dateline(lines[k][1].strip(), lang, 2000)), 0)
    if cut:  # the dateline right under the headline, no blank line between
        body.insert(0, Para(lines[cut:], 0, head.title.gap_after))
        head.title = Para(lines[:cut], head.title.gap_before)
    if head.labels and body and head.title.line < head.labels[0].line \
            and _headline_like(body[0].text) and not dateline(body[0].text, lang, 2000):
        # "United Nations Human Rights / Office of the High Commissioner", "PRESS RELEASE",
        # then the headline: what stood above the label is the issuer's name
        head.letterhead, head.title = head.title, body.pop(0)
    elif head.letterhead is None and len(body) > 1 \
            and issuer_name(unwrapped_emphasis(head.title.text)):
        # the issuer's name above the headline, no label between ("United Nations Office on
        # Drugs and Crime" / "UNODC launches …"), or above a dateline standing alone and the
        # headline under it ("New York, 3 April 2024" / "Coordinator allocates …")
        alone = dateline(body[0].text, lang, 2000)
        at = 1 if alone is not None and not alone[3] and len(body) > 2 else 0
        if _headline_like(body[at].text) and not dateline(body[at].text, lang, 2000):
            head.letterhead, head.title = head.title, body.pop(at)
    subtitle = _subtitle_in(head.title)
    if subtitle:
        # a subtitle set right under the headline, no blank line between (a PDF's layout)
        lines = head.title.lines
        head.title = Para(lines[:subtitle], head.title.gap_before)
        text = Para(lines[subtitle:], 0).text
        body.insert(0, Para([(lines[subtitle][0], "\0h2" + text)], 0))
    split = label_prefix(head.title.lines[0][1].strip()) if not head.labels else None
    if split is not None and len(head.title.lines) == 1 and _EMBARGO_RE.match(split[1]) \
            and body and _headline_like(body[0].text):
        # the label and an embargo on one line ("PRESS RELEASE – EMBARGOED UNTIL …"): the
        # label, the instruction removed, and the headline the block under them
        line = head.title.line
        head.labels.append(Para([(line, split[0])], head.title.gap_before))
        removed.append((line, split[1]))
        head.title = body.pop(0)
        split = None
    if split is not None:
        # the label set before the headline on its line: "MEDIA ADVISORY: Secretary-General
        # to Launch …", "Press Release - UNODC Report …"
        line = head.title.line
        head.labels.append(Para([(line, split[0])], head.title.gap_before))
        head.title = Para([(line, split[1]), *head.title.lines[1:]], head.title.gap_before,
                          head.title.gap_after)
    _rejoin_headline(head)
    number, last = head.title.lines[-1]
    note = _VERSION_NOTE_RE.search(last)
    if note is not None and last[:note.start()].strip():
        # the page's pointer to its other language ("… United Nations Day [scroll down for
        # French version]"): no word of the headline
        head.title.lines[-1] = (number, last[:note.start()].rstrip())
        removed.append((number, note.group(0).strip()))
    if head.lone is None:  # a date in a header removed from the first page
        first_body = body[0].line if body else head.title.line
        head.lone = next(((n, *in_cell) for n, t in sorted(removed) if n < first_body
                          for cell in cells(t) if (in_cell := _header_date(cell, lang))), None)
    return head


#: A speech's kind and the "by" its speaker's name follows, on a line of its own: "Opening
#: Statement by", "Keynote Address by", "Remarks as delivered by".
_STATEMENT_BY_RE = re.compile(r"^(?:[\w'’-]+\s+){0,3}(?:statement|remarks|address|speech|"
                              r"message|briefing|lecture)(?:\s+[\w'’-]+){0,3}\s+by$",
                              re.IGNORECASE)
#: What a session or event line over a speech names ("Human Rights Council 30th Session").
#: An event line over a statement's head: a session or meeting named with its number
#: ("Human Rights Council 30th Session", "General Assembly, seventy-fifth session", "Fiftieth
#: meeting of the Committee"), no headline's verb between: a headline naming a council or a
#: dialogue over a "Statement by" line ("UNOCT and Qatar Hold Third Strategic Dialogue",
#: "Security Council Condemns Attack in Mogadishu") stays the headline (a second hostile pass
#: on session 62's changes had found both demoted to the office line)
_EVENT_RE = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th)?\b|\b(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|fortieth|"
    r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b)[\s,]*(?:\w+\s+){0,6}?"
    r"\b(?:session|meeting|sitting)s?\b|\b(?:session|meeting)\s+(?:no\.?\s*)?\d",
    re.IGNORECASE)


def _statement_head(head: _Head, lang: str) -> None:
    """A statement's head in several lines, the kind of speech and "by", then the speaker and
    the speaker's title, each on its own line ("Opening Statement by" / "Zeid Ra'ad Al
    Hussein" / "United Nations High Commissioner for Human Rights" / "Geneva, 14 September
    2015"): the kind, the speaker and the title are one line ("Opening Statement by Zeid Ra'ad
    Al Hussein, United Nations High Commissioner for Human Rights"), and the place and date
    under it are the dateline (the speaker had been two subheadings, a line "by" alone a
    paragraph, and a dateline under them a paragraph, the release undated). That line is the
    headline when it heads the page, or stands under an event's line ("Human Rights Council
    30th Session"), which is then the office line; under any other headline it is the
    headline's byline, a subheading ("UNOCT and Qatar Hold Third Strategic Dialogue" /
    "Statement by" / "Vladimir Voronkov" / …: a headline naming a dialogue stays)."""
    title, body = head.title, head.body
    if title is None or head.letterhead is not None:
        return
    at = next((k for k, (_, line) in enumerate(title.lines[:-1])
               if _STATEMENT_BY_RE.match(line.strip())), None)
    if at is not None and len(title.lines) <= 7:
        # (the head set a line under the other, no blank line between: "Human Rights Council"
        # / "Opening Statement by" / the speaker / … / "Geneva, 14 September 2015", one block)
        apart = [Para([line], 0) for line in title.lines[at:]]
        apart[-1].gap_after = title.gap_after
        if _speaker(apart, 1, lang):
            above = title.lines[:at]
            body[:0] = apart if above else apart[1:]
            head.title = title = Para(above, title.gap_before) if above \
                else Para(apart[0].lines, title.gap_before)
    if len(title.lines) == 1 and _STATEMENT_BY_RE.match(title.text.strip()):
        # (the kind and "by" as the page's first line, no event's line above it, or one the
        # letterhead took: "Human Rights Council" / "Opening Statement by" / …)
        taken = _speaker(body, 0, lang)
        if taken:
            head.title = _by_speaker(title, body[:taken])
            del body[:taken]
        return
    if len(title.lines) == 1 and _STATEMENT_BY_NAME_RE.match(title.text.strip()) \
            and len(body) > 2 and _short_line(body[0], lang) \
            and _SPEAKER_TITLE_RE.search(body[0].text) and _dated(body[1], lang):
        # (the speaker's name on the line of "by", the speaker's title under it, then the
        # place and date: "Opening Statement by Zeid Ra'ad Al Hussein" / "United Nations
        # High Commissioner for Human Rights" / "Geneva, 14 September 2015")
        head.title = _by_speaker(title, body[:1], named=True)
        del body[:1]
        return
    if not body or len(body[0].lines) != 1:
        return
    event = len(title.lines) <= 2 and not title.text.rstrip().endswith(TERMINAL) \
        and len(title.text.split()) <= 12 and bool(_EVENT_RE.search(title.text) or issuer_name(
            unwrapped_emphasis(title.text)))
    if event and _STATEMENT_BY_NAME_RE.match(body[0].text.strip()):
        # (the speech and its speaker on one line under the event's: "41st session of the
        # Human Rights Council" / "Opening statement by UN High Commissioner for Human Rights
        # Michelle Bachelet")
        head.letterhead, head.title = title, body.pop(0)
        return
    if not _STATEMENT_BY_RE.match(body[0].text.strip()):
        return
    taken = _speaker(body, 1, lang)
    if not taken:
        return
    spoken = _by_speaker(body[0], body[1:1 + taken])
    if event:
        # (an event's line, or a body's name alone, "Human Rights Council": the office line)
        head.letterhead, head.title = title, spoken
        del body[:1 + taken]
    else:
        # (under a headline of its own: the byline, one subheading)
        body[:1 + taken] = [Para([(spoken.line, "\0h2" + spoken.text)], spoken.gap_before,
                                 spoken.gap_after)]


#: The kind of speech, "by" and the speaker on one line ("Opening Statement by Zeid Ra'ad Al
#: Hussein", "Opening statement by UN High Commissioner for Human Rights Michelle Bachelet"):
#: capitalised words after "by" and the small words of a title, no sentence.
_STATEMENT_BY_NAME_RE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?i:statement|remarks|address|speech|message|briefing|lecture)"
    r"(?:\s+[\w'’-]+){0,3}\s+(?i:by)(?:\s+(?:[A-Z][\w'’.,-]*|al|el|de|da|van|von|bin|ibn|for|of|"
    r"on|the|and)){1,12}$")
#: A speaker's title under the name: it names an office held ("United Nations High
#: Commissioner for Human Rights", "Under-Secretary-General for …", "Special Rapporteur on …").
_SPEAKER_TITLE_RE = re.compile(
    r"\b(?:commissioner|secretary|president|director|minister|rapporteur|representative|"
    r"envoy|chair(?:person|man|woman)?|coordinator|ambassador|advis[eo]r|administrator|"
    r"spokesperson|judge|prosecutor|registrar|chief|head|expert|officer|executive|deputy)\b",
    re.IGNORECASE)


def _short_line(para: Para, lang: str) -> bool:
    """A name or a person's title: a line or two, capitalised, no sentence, no dateline."""
    text = para.text.strip()
    return (len(para.lines) <= 2 and 0 < len(text.split()) <= 14 and text[:1].isupper()
            and not text.endswith((*TERMINAL, ",", ":")) and not text.startswith("\0")
            and dateline(text, lang, 2000) is None and lone_date(text, lang) is None)


def _dated(para: Para, lang: str) -> bool:
    """A place and date, or a date, alone on its block ("Geneva, 14 September 2015")."""
    text = para.text.strip()
    found = dateline(text, lang, 2000)
    return (found is not None and not found[3]) or lone_date(text, lang) is not None


def _speaker(body: list[Para], at: int, lang: str) -> int:
    """How many blocks from ``at`` are the speaker's name and title under a line "… by" (1
    or 2), 0 if none; something must stand under them (the dateline, the speech)."""
    if len(body) < at + 2 or not _short_line(body[at], lang):
        return 0
    return 2 if len(body) > at + 2 and _short_line(body[at + 1], lang) else 1


def _by_speaker(by: Para, speaker: list[Para], named: bool = False) -> Para:
    """The line "… by" and the speaker's lines as one line, the title after the name and a
    comma ("Opening Statement by Zeid Ra'ad Al Hussein, United Nations High Commissioner …");
    ``named``: the line "… by" ends on the name, and the first of ``speaker`` is the title."""
    lines = list(by.lines)
    for para in speaker:
        if named or len(lines) > len(by.lines):
            number, name = lines[-1]
            lines[-1] = (number, name.rstrip() + ",")
        lines.extend(para.lines)
    return Para(lines, by.gap_before, speaker[-1].gap_after if speaker else by.gap_after)


def _navigation_apart(paras: list[Para], removed: list[tuple[int, str]]) -> list[Para]:
    """The text without a site's navigation and calls to action in its head, the dozen blocks
    above its first sentence (``_without_navigation``): "Navigation path", "Login /
    Register", "Donate today", "Media Center" above the headline or between it and the text.
    (Not further down: "Tools" or "Home" may be a subheading of the text, "share" a line a
    PDF's copy cut from "… Apple's share value.")"""
    out: list[Para] = []
    for index, para in enumerate(paras):
        text = para.text.strip()
        if index >= 12 or len(text) > 300 or (text.endswith(TERMINAL) and len(text.split()) > 8):
            return out + paras[index:]
        kept = _without_navigation(para, index == 0, removed)
        if kept is not None:
            out.append(kept)
    return out


def _repeated_headline(paras: list[Para], lang: str,
                       removed: list[tuple[int, str]]) -> list[Para]:
    """The head without the copies of a headline the page prints again (its title and its
    heading, "FDA Issues …" twice; three times on the African Union's pages), which are added
    to ``removed``: the headline is the line the page repeats. A short block above its first
    print is the site's, said removed too, only with evidence, each line the site's words
    (``navigation_line``, ``page_chrome``) or printed again on the page (its slogan, "An
    Integrated, Prosperous and Peaceful Africa.", in its head and at its foot, had been the
    headline and the headline three subheadings), and never a line of the release's head (a
    label, a byline, a kind of statement, a place, a date, an office): those stay, and a
    place alone goes under the headline, the undated dateline's ("Geneva" above the headline
    had been removed). A line repeated is a headline when it has three words or more and ends
    no sentence; a label, a date or an issuer's name repeated is none. In the head only (the
    blocks down to the one the text's first sentence is in, a dozen at most)."""
    head = 0
    while head < min(len(paras), 12) and not _text_begins(paras[head]):
        head += 1
    head += 1  # (the block the text begins in may open with head lines: "FDA Issues …" / …)
    seen: dict[str, int] = {}
    repeated: str | None = None
    for index, para in enumerate(paras[:head]):
        for _n, line in para.lines:
            if (key := " ".join(line.split())) in seen:
                repeated = key
                break
            seen[key] = index
        if repeated is not None:
            break
    if repeated is None or len(repeated.split()) < 3 or repeated.endswith(TERMINAL) \
            or is_known_label(repeated) or lone_date(repeated, lang) or issuer_name(repeated):
        return paras
    first = seen[repeated]
    printed_on_page = Counter(" ".join(t.split()) for p in paras for _, t in p.lines)
    site = [p for p in paras[:first] if len(p.text.split()) <= 12 and all(
        not _head_line(t, lang) and (navigation_line(t) or page_chrome(t)
                                     or printed_on_page[" ".join(t.split())] > 1)
        for _, t in p.lines)]
    places = [p for p in paras[:first] if p not in site and len(p.lines) == 1
              and (found := undated_dateline(p.text.strip(), lang)) is not None and not found.rest]
    out = [p for p in paras[:first] if p not in site and p not in places]
    removed.extend((n, t.strip()) for p in site for n, t in p.lines)
    printed = False  # the headline's first print, kept
    for para in paras[first:head]:
        lines = []
        for number, line in para.lines:
            if " ".join(line.split()) != repeated or not printed:
                printed = printed or " ".join(line.split()) == repeated
                lines.append((number, line))
            else:
                removed.append((number, line.strip()))
        if lines:
            out.append(para if len(lines) == len(para.lines) else
                       Para(lines, para.gap_before, para.gap_after, False, para.page_end))
            if printed and places:
                out.extend(places)  # (under the headline: the dateline's place)
                places = []
    return out + paras[head:]


def _head_line(text: str, lang: str) -> bool:
    """A line of a release's head, never a site's: a label, a byline, a kind of statement
    ("Statement by UNICEF Executive Director Catherine Russell"), a place ("Geneva"), a date,
    a place and date, an office's name."""
    text = " ".join(text.split())
    return _is_label(text) or is_byline(text) or bool(
        _STATEMENT_BY_RE.match(text) or _STATEMENT_BY_NAME_RE.match(text)
        or _KIND_OF_STATEMENT_RE.match(text)) or _header_date(text, lang) is not None \
        or lone_date(text, lang) is not None or dateline(text, lang, 2000) is not None \
        or undated_dateline(text, lang) is not None or issuer_name(text)


#: A line naming the kind of a statement and its speaker ("Statement by the Secretary-General",
#: "Remarks of the Executive Director", "Joint statement on …"), whatever follows.
_KIND_OF_STATEMENT_RE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?:statement|remarks|address|speech|message|briefing|lecture|"
    r"declaration|communiqué|note)\s+(?:by|of|from|on)\b", re.IGNORECASE)


def _text_begins(para: Para) -> bool:
    """Where a head ends: a sentence of more than eight words, or a long block."""
    text = para.text.strip()
    return len(text) > 300 or (text.endswith(TERMINAL) and len(text.split()) > 8)


def _without_navigation(para: Para, first: bool, removed: list[tuple[int, str]]) -> Para | None:
    """A block of the head without its lines that are a site's navigation or a call to action
    (``importer_chrome.navigation_line``: "Login / Register", "Donate today", "Submit Release"
    over the headline, no blank line between), which are added to ``removed``; None if
    nothing is left. In the text's first block, the short lines above such a line go with it:
    the site's banner or menu ("Children in Gaza are in desperate need." / "Donate today";
    "Click here for search results" / "Online Media Briefing Cntr" / … / "Login / Register"),
    never the release's head, which a site sets under its own (the headline under a banner
    had been taken for a subheading and the banner's sentence for the headline)."""
    marks = [k for k, (_, t) in enumerate(para.lines) if navigation_line(t)]
    if not marks:
        return para
    cut = set(marks)
    if first and all(len(t.split()) <= 12 for _, t in para.lines[:marks[-1]]):
        cut = set(range(marks[-1] + 1))
    removed.extend((n, t.strip()) for k, (n, t) in enumerate(para.lines) if k in cut)
    lines = [line for k, line in enumerate(para.lines) if k not in cut]
    return Para(lines, para.gap_before, para.gap_after, False, para.page_end) if lines else None


def _without_byline(para: Para, lang: str, removed: list[tuple[int, str]]) -> Para | None:
    """A block above the headline without its first lines that are a byline or hold no
    letter (a Word PDF's stray glyph, "!"), which are added to ``removed``; None if nothing
    is left. The date under a byline ("Prepared by …" / "November 27, 2021") or after it on
    its line ("Prepared by Aubrey Moore, May 23, 2021") stays, and is read as a date above
    the headline is."""
    lines = para.lines
    while lines and (is_byline(lines[0][1]) or not any(c.isalpha() for c in lines[0][1])):
        number, line = lines[0]
        parts = line.strip().split(", ")
        cut = next((k for k in range(1, len(parts)) if lone_date(", ".join(parts[k:]), lang)),
                   0)
        removed.append((number, ", ".join(parts[:cut]) if cut else line.strip()))
        lines = [(number, ", ".join(parts[cut:])), *lines[1:]] if cut else lines[1:]
        if cut:
            break
    if lines is para.lines:
        return para
    return Para(lines, para.gap_before, para.gap_after, False, para.page_end) if lines else None


#: A line of contact details alone: an e-mail or web address, or a field giving one or a
#: telephone number ("Phone: 305-…", "Email: …", "Website: …").
_DETAIL_LINE_RE = re.compile(r"^\s*(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)\s*$|^\s*(?i:tel|telephone"
                             r"|phone|mobile|cell|fax|e-?mail|website|web)\b\.?\s*:")


def _contact_above(para: Para) -> bool:
    """Whether a block above the headline is a contact block, never the headline: one that
    opens as a contact does, with lines under it ("Contact: Kimberly Arredondo" / "Phone:
    …") or a number or an address on its line, or contact details alone, a line each
    ("press@example.org" / "www.example.org"). (Not an issuer's name over its address and
    numbers: a letterhead.)"""
    text = unwrapped_emphasis(para.text.strip())
    return (bool(_CONTACT_RE.match(text)) and (
        len(para.lines) >= 2 or _CONTACT_DETAIL_RE.search(text) is not None)) \
        or all(_DETAIL_LINE_RE.match(t) for _, t in para.lines)


def _sentence_under(title: Para, text: str) -> bool:
    """Whether ``text``, a line in lower case right under a headline in a text without blank
    lines, is a sentence of the text, not the headline's second line: it ends a sentence in
    lower-case words under a headline in title case ("City's Energy Office Introduces a New
    Digital Platform" / "and firms may join it from today."; "… one in five coconut palms on
    Guam show" / "signs of attack by coconut rhinoceros beetles (CRB)." is one headline)."""
    if not text.endswith(TERMINAL):
        return False
    capitals = [w[:1].isupper() or w[:1].isdigit() for w in _content_words(title.text)]
    lower = [w for w in _content_words(text) if w[:1].islower()]
    return len(capitals) >= 3 and all(capitals) and len(lower) >= 2


def _rejoin_headline(head: _Head) -> None:
    """The headline's second line, which the body took, back on it: a line in lower case
    right under a headline that does not end a sentence ("Munich's ECOPROFIT Introduces
    Engaging New Digital Platform" / "for Companies to Act on Climate Change", under a label,
    where a text without blank lines was cut)."""
    body = head.body
    if head.title is None or not body:
        return
    following = body[0].text.strip()
    if following[:1].islower() and not head.title.text.rstrip().endswith(TERMINAL) \
            and len(body[0].lines) <= 2 and len(following) <= 120 \
            and not following.endswith(TERMINAL) and body[0].line > head.title.line:
        head.title.lines.extend(body.pop(0).lines)


#: A page's pointer to its version in another language, in brackets after the headline:
#: "[scroll down for French version]", "(see below for the Spanish version)", "[French
#: version below]".
_VERSION_NOTE_RE = re.compile(
    r"[\[(](?:please\s+)?(?:(?:scroll\s+down|see\s+(?:further\s+)?below)\s+for\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?\s+versions?|[\w-]+\s+versions?\s+(?:below|follows))[\])]\s*$",
    re.IGNORECASE)


#: A sentence's end: six words or more, the last ending in a letter and a full stop (not an
#: abbreviation's, "U.S.", nor an ellipsis); a headline ends without one
#: (a quotation may end the sentence, «… of “we the peoples”.»; a headline quoting one ends
#: with the quotation, «… “Act now.”»)
_SENTENCE_END_RE = re.compile(r"^(?:\S+\s+){5,}[^\s.]*[^\W\d_][\"”’»)]?\.$")


def _not_a_headline(text: str) -> str:
    """Why the first text of a release is none of its headline ("" when it may be one): it
    introduces what follows, ending in a colon ("Following is the Secretary-General's
    message …, observed on 24 October:"), or it ends as a sentence of the text does."""
    if text.endswith(":") and len(text.split()) >= 4:
        return f"introduces what follows («{_quoted(text)}»)"
    if _SENTENCE_END_RE.match(text):
        return f"is a sentence of the text («{_quoted(text)}»)"
    return ""


def _quoted(text: str) -> str:
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def label_prefix(text: str) -> tuple[str, str] | None:
    """A known label set before the headline on its line, and the headline: "MEDIA
    ADVISORY: Secretary-General to Launch Report" -> ("MEDIA ADVISORY", "Secretary-General
    …"); None when the line does not start so, or too little is left for a headline."""
    match = _LABEL_PREFIX_RE.match(text)
    if match is None or len(match.group("rest").split()) < 3:
        return None
    return match.group("label"), match.group("rest")


def _meeting_header(head: _Head, removed: list[tuple[int, str]], lang: str) -> Para | None:
    """The lines naming the organ, session and meeting above a meetings coverage's headline
    ("Fifty-sixth General Assembly" / "Third Committee" / "48th Meeting (PM)"), which the
    first of them had been taken for: they go together, and the headline is what follows
    (past the symbol and the date set under them, "SC/15602" / "30 APRIL 2024", which go to
    ``removed``; the date dates the release)."""
    assert head.title is not None
    seq = [head.title, *head.body[:5]]
    for index, para in enumerate(seq[:-1]):
        if not MEETING_RE.match(para.lines[-1][1].strip()):
            continue
        if any(len(p.text) > 160 or p.text.rstrip().endswith(TERMINAL) for p in seq[:index]):
            return None
        lines = [line for p in seq[:index + 1] for line in p.lines]
        after = index + 1
        while after < len(seq) - 1:
            text = seq[after].text.strip()
            dated = lone_date(text, lang)
            if not (all(has_symbol(t) for _, t in seq[after].lines) or dated):
                break
            removed.extend((n, t.strip()) for n, t in seq[after].lines)
            if dated is not None and head.lone is None:
                head.lone = (seq[after].line, *dated)
            after += 1
        head.title = seq[after]
        del head.body[:after]
        return Para(lines, seq[0].gap_before)
    return None


def _header_date(text: str, lang: str) -> tuple[dt.date, str] | None:
    """The release date as a header writes it: alone ("8 January 2021", "Release Date: 11 May
    2000"), or with the place, as a letterhead's dateline ("Vienna, 17 March 2021")."""
    found = lone_date(text, lang)
    if found is None and (line := dateline(text, lang)) is not None and not line[3] \
            and line[1] is not None:
        found = line[1], line[2]
    return found


def _subtitle_in(title: Para) -> int:
    """Where a headline in title case ("UNOCT Launches Global Programme") gives way to a
    subtitle in sentence case on the next line ("Ten Member States join the initiative"); 0 if
    it does not. A headline wrapped over two lines keeps its case, or its first line ends on a
    word that needs the next ("… Dialogue on", "… Qatar,")."""
    lines = [t.strip() for _, t in title.lines[:4]]  # a headline takes three lines at most
    for index in range(1, len(lines)):
        above, below = " ".join(lines[:index]), lines[index]
        if above.endswith((",", "-", "–", "—", ":", "/")) \
                or above.rsplit(None, 1)[-1].lower() in _MINOR_WORDS:
            continue
        capitals = [w[:1].isupper() or w[:1].isdigit() for w in _content_words(above)]
        lower = [w for w in _content_words(below)[1:] if w[:1].islower()]
        if len(capitals) >= 3 and all(capitals) and len(lower) >= 2 \
                and below[:1].isupper():
            return index
    return 0


def subheading(para: Para, following: list[Para]) -> bool:
    """A paragraph of one short line without a sentence's punctuation, followed by more text:
    a subheading in the body ("Background", "Notes to editors"). Not a list's item, nor a line
    at a page's foot (a paragraph a page break may have cut)."""
    text = para.text.strip()
    # (a section's number before it, "1. Background", "II. Findings"; a heading in capitals
    # over a list, "KEY FINDINGS", which a list's lead-in in words is not)
    words = _SECTION_NUMBER_RE.sub("", text)
    return (len(para.lines) == 1 and bool(following) and not para.item and not para.page_end
            and (not following[0].item or (text.isupper() and len(text) <= 60))
            and len(text) <= 100 and len(text.split()) <= 12 and words[:1].isupper()
            and ends_as_heading(text)
            and not _CONTACT_RE.match(text) and not _LINKISH_RE.search(text)
            and not _is_picture(text))


_SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+(?=[A-Z])")


#: A picture's caption or credit, a paragraph wherever it stands, read from evidence, not
#: from a word it opens with ("Credit to small farmers rose…", "Image-based abuse…" are
#: subtitles; both had gone under the first paragraph as captions): the copyright sign; a
#: caption's or credit's word and its colon in the six languages ("Photo:", "Photo credit:",
#: "Crédit photo :", "Foto:", "Pie de foto:", "Фото:", «照片：», «صورة:»); "Photo by …"; a
#: group photo's description ("Group photo of …", OPCW's).
_PICTURE_RE = re.compile(
    r"^(?:©|(?:(?:photo(?:graph)?|picture|image|video)s?(?:\s+credits?)?|credits?(?:\s+photos?)?"
    r"|captions?|crédits?(?:\s+photos?)?|légende|fotos?|fotografía|imagen|créditos?"
    r"(?:\s+de\s+la\s+foto)?|pie\s+de\s+foto|фото(?:графия)?|подпись"
    r"|照片|图片|图|摄影|صورة|الصورة|تصوير)[ \u00a0]*[:：]"
    r"|photo(?:graph)?\s+(?:by|courtesy)\s|(?:group|family|official)\s+photo(?:graph)?\b)",
    re.IGNORECASE)
#: a picture's credit closing its caption ("… queue for water. © UNICEF/UNI512345/Name"),
#: and a picture's id standing alone ("UNICEF/NYHQ2011-0424/Dean": an agency, two slashes,
#: a digit)
_CREDIT_END_RE = re.compile(r"©[^©\n]{1,60}$")
_PICTURE_ID_RE = re.compile(r"(?=\S*\d)[A-Z][\w.-]*/[\w.-]+/[\w.'’-]*")


def _is_picture(text: str) -> bool:
    """Whether ``text`` (stripped) is a picture's caption or credit, by evidence
    (``_PICTURE_RE``, a credit closing it, a picture's id: ``credits.picture_ids``, or one
    standing alone)."""
    return bool(_PICTURE_RE.match(text)) or (len(text) <= 300 and (
        _CREDIT_END_RE.search(text) is not None or bool(picture_ids(text)))) \
        or _credit_alone(text)


def _credit_alone(text: str) -> bool:
    """A picture's credit on a line of its own: "© UNICEF/NYHQ2011-0424/Dean", or its id
    alone, "UNICEF/Yemen/2019"."""
    return len(text) <= 100 and (text.startswith("©") or (
        " " not in text and _PICTURE_ID_RE.fullmatch(text) is not None))


def _caption_at(body: list[Para], index: int) -> bool:
    """Whether ``body[index]`` is a picture's caption or credit ("© UNICEF/NYHQ2011-0424/Dean",
    "Photo: …", "Group photo of …": ``_is_picture``), or the one sentence under a credit
    standing alone (its caption: "A girl and her parents queue for water …")."""
    text = _plain(body[index].text).strip()
    if _is_picture(text):
        return True
    above = _plain(body[index - 1].text).strip() if index else ""
    return _credit_alone(above) and len(text) <= 300 \
        and _SENTENCE_BREAK_RE.search(text) is None
#: What a line of links holds, no subheading: "The report is available at: https://…",
#: "Follow us on: Twitter | Facebook | YouTube", "@UN_OCT".
_LINKISH_RE = re.compile(r"https?://|www\.|@|\s\|\s")


def _placed(body: list[Para], date: dt.date, date_text: str,
            ) -> tuple[int, Dateline | None]:
    """Which of the body's first blocks opens with a place-only dateline, as ``opening``
    gives a dateline's parts (the date the header's); (0, None) when none does."""
    for index, para in enumerate(body[:3]):
        text = _plain(para.text).strip()
        found = place_dateline(text, date, date_text)
        if found is not None:
            return index, found
        if len(text) > 300:
            break
    return 0, None


def _placed_undated(body: list[Para], lang: str) -> tuple[int, Dateline | None]:
    """Which of the body's first blocks is, or opens with, a dateline naming its place and no
    date (``undated_dateline``): a place alone on the first block's first line, the text under
    it, or a place and a dash opening one of the first blocks as ``_placed`` finds it; (0,
    None) when none does."""
    if body and len(body) + len(body[0].lines) > 2:
        found = undated_dateline(_plain(body[0].lines[0][1]).strip(), lang)
        under = body[0].lines[1][1].strip() if len(body[0].lines) > 1 else ""
        if found is not None and not found.rest and (not under or under[:1].isupper()):
            if under:  # (the text under it, no blank line between; not a wrapped sentence)
                para = body[0]
                body[0:1] = [Para(para.lines[:1], para.gap_before),
                             Para(para.lines[1:], 0, para.gap_after, False, para.page_end)]
            return 0, found
    for index, para in enumerate(body[:3]):
        text = _plain(para.text).strip()
        found = undated_dateline(text, lang) if len(text) <= 300 else None
        if found is not None and found.rest:
            return index, found
        if len(text) > 300:
            break
    return 0, None


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
            and not _WRAPPED_RE.search(first) and not _CONTACT_RE.match(first)
            and not _LINKISH_RE.search(first) and not _is_picture(first)):
        return [para]
    return [Para([para.lines[0]], para.gap_before, 0, para.page_start),
            Para(para.lines[1:], 0, para.gap_after, False, para.page_end)]


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text) if w.lower() not in _MINOR_WORDS]


def _headline_over_dateline(paras: list[Para], lang: str) -> list[Para]:
    """A headline set right above the dateline's line, no blank line between ("National
    climate plans fall short" / "Bonn, 14 November 2023 – A new report…", as pdftotext's
    default mode gives it): its own block, in the first few blocks. The dateline had taken the
    headline for its place ("National climate plans fall short Bonn")."""
    for index, para in enumerate(paras[:6]):
        if len(para.lines) < 2 or para.item:
            continue
        for at in range(1, min(len(para.lines), 4)):
            above = " ".join(" ".join(t.split()) for _, t in para.lines[:at])
            if above.endswith((*TERMINAL, ",")) or len(above) > 200:
                break
            rest = " ".join(" ".join(t.split()) for _, t in para.lines[at:])
            found = dateline(_plain(rest), lang, None)
            if found is None or not (found.place or found.attribution) or not found.rest:
                continue
            # (read once: the loop ends here, one way or the other)
            whole = dateline(_plain(para.text), lang, None)
            if whole is not None and len(whole.place) <= len(found.place):
                break  # (the place the same: the lines above are the dateline's)
            return [*paras[:index],
                    Para(para.lines[:at], para.gap_before, 0, para.page_start),
                    Para(para.lines[at:], 0, para.gap_after, False, para.page_end),
                    *paras[index + 1:]]
    return paras


def _place_over_date(paras: list[Para], lang: str) -> list[Para]:
    """A place and the date on lines of their own above the headline, a blank line between
    them ("New York" / "23 October 2024" / the headline, as un.org/sg lays out a statement):
    one block, as a letterhead's "New York, 23 October 2024" is, so that they date and place
    the release. The place had been taken for the headline, and the headline for the text.
    The place is a few capitalised words that the dateline parser takes for one before that
    date, not a label nor an issuer's name ("United Nations"), and a headline follows (a
    short headline over its date has the text under them)."""
    for index, para in enumerate(paras[:3]):
        if index + 2 >= len(paras) or len(para.lines) != 1 or para.item:
            continue
        date = paras[index + 1]
        place = para.text.strip()
        if len(date.lines) != 1 or lone_date(place, lang) or issuer_name(place) \
                or person_title(place) or is_known_label(place) \
                or lone_date(date.text.strip(), lang) is None \
                or not _headline_like(paras[index + 2].text):
            continue
        # (with no comma between them, the parser takes only a place's name before the date:
        # not "Date:", "Media Alert for")
        found = dateline(f"{place} {date.text.strip()}", lang, None)
        if found is None or found[3] or not found[0]:
            continue
        return [*paras[:index], Para([*para.lines, *date.lines], para.gap_before,
                                     date.gap_after, para.page_start, date.page_end),
                *paras[index + 2:]]
    return paras


def _labels_apart(paras: list[Para], lang: str) -> list[Para]:
    """The head's paragraphs with a known label or handling instruction, the information
    services' notice or a document symbol on a line of its own made a paragraph of its own
    ("Press Release" / "UNOCT Launches …", no blank line between: a PDF viewer's copy), in the
    first few paragraphs, where a head stands."""
    out: list[Para] = []
    for index, para in enumerate(paras):
        parts: list[list[tuple[int, str]]] = []
        current: list[tuple[int, str]] = []
        header = False  # the line before was a label, notice or reference
        for item in para.lines if index < 4 else ():
            text = item[1].strip()
            if header and not current and parts and _instruction_goes_on(parts[-1]):
                parts[-1].append(item)  # the handling sentence goes on ("… in the print,
                continue  # broadcast or" / "electronic media before 20 June 2024 …")
            columns = cells(text)
            prefixed = _LABEL_PREFIX_RE.match(text) if len(columns) == 1 else None
            if prefixed is not None:
                columns = [prefixed.group("label"), prefixed.group("rest")]
            if len(columns) == 2 and is_known_label(columns[0]) and (
                    _header_date(columns[1], lang) is not None):
                # a label and the date in columns ("PRESS RELEASE      Geneva, 19 March
                # 2024"), or after a colon ("Press Release: 17 March 2023", the ICC's): the
                # label, and the date its own block, a header's date
                parts += [current, [(item[0], columns[0])], [(item[0], columns[1])]] if current \
                    else [[(item[0], columns[0])], [(item[0], columns[1])]]
                current = []
                header = True
                continue
            # (a date right under a notice or a reference is the header's: "UNIS/NAR/1378" /
            # "18 March 2019")
            if is_known_label(text) or is_notice(text) or has_symbol(text) or (
                    header and _header_date(text, lang) is not None):
                parts += [current, [item]] if current else [[item]]
                current = []
                header = True
            elif MEETING_RE.match(text):  # the meeting ends its header: the headline follows
                parts.append([*current, item])
                current = []
                header = False
            else:
                current.append(item)
                header = False
        parts += [current] if current else []
        if len(parts) < 2:
            out.append(para)
            continue
        last = len(parts) - 1
        out += [Para(part, para.gap_before if k == 0 else 0, para.gap_after if k == last else 0,
                     para.page_start and k == 0, para.page_end and k == last)
                for k, part in enumerate(parts)]
    return out


#: A kind of document named with its office ("IAEA Press Release", "UN-Habitat Press Release",
#: "WHO News Release", "ILO News"), or a joint statement's head ("Joint statement by FAO,
#: UNICEF, WFP and WHO").
_AGENCY_LABEL_RE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,12}[A-Z][\w-]{0,12}|UN-[A-Z][a-z]{1,12})\s+(?i:press\s+release"
    r"|news\s+release|news"
    r"|media\s+advisory|news\s+note|press\s+briefing\s+notes?|statement)$"
    r"|^(?i:joint\s+(?:press\s+)?(?:statement|release|news\s+release)\s+(?:by|of|from)\s+)"
    r"[A-Z]\S*(?:,?\s+(?:and\s+)?[A-Z]\S*){0,6}$")
#: The issuer's name, a dash and the kind of document, the label line a commission's page
#: prints over the headline ("European Commission - Daily News", "European Commission - Press
#: release", "Council of Europe – Statement"): a name of at most six words, capitalised.
_ISSUER_KIND_RE = re.compile(
    r"^(?P<issuer>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|the|and|on|de|du|des|la|le|"
    r"del|el|y|et)){0,5})\s+[-–—|]\s+(?P<kind>[^\W\d_][\w\s'’-]{1,40})$")
#: A label and its numeric date, the date bar under a commission's label line ("Daily News
#: 04 / 04 / 2019"): the label again, its date the dateline's under it.
_KIND_DATED_RE = re.compile(
    r"^(?P<kind>[^\W\d_][\w\s'’-]{1,40}?)\s+\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}$")


def issuer_kind(text: str) -> tuple[str, str] | None:
    """The issuer and the kind of document of a label line that names both, "European
    Commission - Daily News" -> ("European Commission", "Daily News"); None for any other
    line (the kind must be a known label: "Ukraine – Statement by the President" is a
    headline)."""
    match = _ISSUER_KIND_RE.match(" ".join(text.split()))
    if match is None or not _kind_only(match.group("kind")):
        return None
    return match.group("issuer"), match.group("kind").strip()


def _kind_only(text: str) -> bool:
    text = text.strip().upper()
    return text in _LABELS or text in _OTHER_LABELS


def _issuer_label(head: _Head) -> None:
    """The issuer's name and the kind of document on the label line, "European Commission -
    Daily News": the kind the label, the name the office line (the whole line had been the
    headline, the headline a paragraph); the same line again, or the label with its date
    ("Daily News 04 / 04 / 2019"), is a label the release has already, said removed whole.
    (Only without an office line already: a letterhead's name above is the issuer.)"""
    if head.letterhead is not None:
        return
    for index, para in enumerate(head.labels):
        if (found := issuer_kind(para.text)) is not None:
            head.letterhead = Para([(para.line, found[0])], para.gap_before)
            head.labels[index] = Para([(para.line, found[1])], para.gap_before, para.gap_after)
            return


#: An office's acronym alone above the headline ("UNOPS"): the issuer, not a label.
_ACRONYM_RE = re.compile(r"[A-Z][A-Z-]{1,9}")


#: A character of a script written without spaces between words (Han, kana)
_HAN_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _embargo(text: str) -> bool:
    """An embargo or release instruction ("Embargoed until …", in bold too): never the label."""
    return bool(_EMBARGO_RE.match(unwrapped_emphasis(text.strip())))


def _is_kind(text: str) -> bool:
    """A kind of document ("PRESS RELEASE", "News Note"), as a label names it, alone or in
    one of its columns."""
    text = unwrapped_emphasis(text.strip())
    kinds = _LABELS | _OTHER_LABELS
    return text.upper() in kinds or any(c.upper() in kinds for c in cells(text))


def _instruction_goes_on(part: list[tuple[int, str]]) -> bool:
    """Whether a handling instruction of a sentence's words ("The contents of this press
    release must not be quoted …") goes on to the next line: it ends on no final stop."""
    text = " ".join(t.strip() for _, t in part)
    return " " in text and not text.endswith(TERMINAL) and bool(_EMBARGO_RE.match(text)) \
        and len(text.split()) > 3


def is_handling_note(text: str) -> bool:
    """A release's handling instruction ("FOR IMMEDIATE RELEASE", «Pour diffusion immédiate»,
    "Embargoed until …"), in bold too: in the head, above or under the headline, never text
    to translate nor the label (README "Import"; ``importer_html`` reads it so too)."""
    # (a short line, not a sentence opening so: "For immediate release of all hostages,
    # the Council calls on …" is the text's; Chinese and Japanese, without spaces between
    # words, by their characters)
    return len(text.split()) <= 12 and len(text) <= (40 if _HAN_RE.search(text) else 160) \
        and _embargo(text)


#: A company's name and its kind of document on a line of their own, over the headline, as a
#: newsroom outside the UN heads its releases: "Wiggofy Press Release:", "Acme Corp. News
#: Release:" (a name of one to four capitalised words; not "news" or "statement" alone,
#: which end headlines).
_COMPANY_LABEL_RE = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){1,4}(?i:(?:press|news|media)\s+"
                               r"release|media\s+advisory)$")


def company_label(text: str) -> bool:
    """A company's name and its kind of document, with or without its colon ("Wiggofy Press
    Release"): a label where the headline is known to stand under it (an HTML page's
    ``<h1>``, which Word's reader chose past it)."""
    text = unwrapped_emphasis(text).strip().rstrip(":：").rstrip()
    return len(text) <= 120 and bool(_COMPANY_LABEL_RE.match(text))


def is_known_label(text: str) -> bool:
    if len(text) > 300:
        return False  # (a paragraph, however it opens; and no pattern runs over a huge one)
    # (a label alone on its line may end on a colon: "Press Release:", "Wiggofy Press
    # Release:", the headline on the next line)
    text = unwrapped_emphasis(text).strip()
    colon = text.endswith((":", "："))
    text = text[:-1].rstrip() if colon else text
    if colon and _COMPANY_LABEL_RE.match(text):
        # (with its colon only: "Wiggofy Press Release" alone may be all the headline a
        # text has)
        return True
    if text.upper() in _LABELS or text.upper() in _OTHER_LABELS or _EMBARGO_RE.match(text) \
            or _DELIVERY_RE.match(text) or _AGENCY_LABEL_RE.match(text) \
            or issuer_kind(text) is not None or ((dated := _KIND_DATED_RE.match(text))
                                                 and _kind_only(dated.group("kind"))):
        return True
    # (in columns, a language each: "PRESS RELEASE     COMMUNIQUE DE PRESSE")
    columns = cells(text)
    return len(columns) > 1 and any(c.upper() in _LABELS for c in columns) \
        and all(c.upper() in _LABELS or c.upper() in _OTHER_LABELS for c in columns)


def category_line(text: str) -> bool:
    """A site's category line: its kind of page and the office or body named after it
    ("Press releases Human Rights Council", «Declaraciones Múltiples mecanismos»), the page's
    furniture: ``importer_chrome.is_section_line``, the one reading of it."""
    return is_section_line(text.strip())


def _headline_like(text: str) -> bool:
    """Short, and without a sentence's final punctuation: a headline or a subtitle."""
    text = text.strip()
    # (a bracket may close one: "… in the Gaza Strip (South Africa v. Israel)")
    return len(text) <= 200 and (not text.endswith(TERMINAL) or (
        text.endswith(")") and not text[:-1].rstrip().endswith(TERMINAL)))


def _headline_among(labels: list[Para]) -> Para | None:
    """The last of the short capitals blocks above the first paragraph that is no known label
    nor handling instruction: the headline, when what follows them is already the dateline."""
    for para in reversed(labels):
        if not is_known_label(para.text.strip()):
            return para
    return None


def is_delivery_note(text: str) -> bool:
    """A speech's handling instruction: "CHECK AGAINST DELIVERY", "[As delivered]"."""
    return bool(_DELIVERY_RE.match(unwrapped_emphasis(text.strip())))


def _bilingual_letterhead(para: Para) -> bool:
    """One line of short capitals in two or more columns, none of them a known label."""
    columns = cells(para.text) if len(para.lines) == 1 else []
    return len(columns) > 1 and not is_known_label(para.text.strip()) \
        and all(c.isupper() and len(c) <= 40 for c in columns)


def _is_label(text: str) -> bool:
    text = unwrapped_emphasis(text)
    if MEETING_RE.match(text):
        return False  # ("9571ST MEETING (AM)": the meeting a coverage reports, its header)
    # (short capitals, a column each: "UNITED NATIONS     NATIONS UNIES")
    columns = cells(text)
    return is_known_label(text) or (bool(columns) and all(c.isupper() and len(c) <= 40
                                                          for c in columns))


def _office_from(removed: list[tuple[int, str]], lang: str) -> tuple[int, str] | None:
    """The issuing office named by a removed all-capitals header ("UNITED NATIONS / OFFICE …")."""
    # (not a date in capitals: "30 APRIL 2024")
    lines = [(n, t) for n, t in removed
             if t.isupper() and not any(is_mark(c) for c in cells(t)) and not has_symbol(t)
             and not lone_date(t, lang) and not navigation_line(t)  # ("CONTINUE READING")
             and not _EMBARGO_RE.match(t)]
    if not lines:
        return None
    first = lines[0][0]
    block = [t for n, t in lines if n - first < 4]
    return first, _title_case(" ".join(block))


def _title_case(text: str) -> str:
    words = []
    for index, word in enumerate(text.lower().split()):
        if index and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(words)


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
            spans.append(Span("atom", mark.group(), "span", _TRANSLATE_NO))
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


def unwrapped_emphasis(text: str) -> str:
    """``text`` without bold or italics around the whole of it (see ``_EMPHASISED_RE``)."""
    match = _EMPHASISED_RE.match(text.strip()) if text[-1:] in "*_" else None
    return match.group(2) if match else text


def inline_spans(text: str, code: bool = True) -> list[Span]:
    """Markdown-style inline markup, e-mail addresses and URLs of a text line, as spans
    (``code``: with Markdown's inline code, a Markdown file's; backticks are text else)."""
    spans: list[Span] = []
    pos = 0
    text = layout_spaces(text.replace("\u00ad", "")).strip()
    for match in (_INLINE_RE if code else _INLINE_TEXT_RE).finditer(text):
        if match.start() > pos:
            spans.append(Span("text", text[pos:match.start()] + _space_before(match)))
        pos = match.end()
        if inline_code := match.group("code"):
            spans.append(Span("atom", inline_code, "span", _TRANSLATE_NO))
        elif match.group("ltext"):
            spans += [Span("open", tag="a", attrs=(("href", match.group("href")),)),
                      *inline_spans(match.group("ltext"), code), Span("close", tag="a")]
        elif strong := match.group("strong") or match.group("strong2"):
            spans += [Span("open", tag="strong"), *inline_spans(strong, code),
                      Span("close", tag="strong")]
        elif em := match.group("em") or match.group("em2"):
            spans += [Span("open", tag="em"), *inline_spans(em, code), Span("close", tag="em")]
        elif match.group("email"):
            spans.append(Span("atom", match.group("email"), "email", _TRANSLATE_NO))
        else:
            spans.append(Span("atom", match.group("url"), "url", _TRANSLATE_NO))
    if pos < len(text):
        spans.append(Span("text", text[pos:]))
    return spans


#: An e-mail address or a bare URL alone, as ``_INLINE_RE`` reads them (for text that has its
#: markup already: an HTML page's).
_ADDRESS_ONLY_RE = re.compile(_ADDRESSES)


def address_spans(text: str) -> list[Span]:
    """``text`` as spans, its e-mail addresses and bare URLs atoms not to translate (its
    stars and underscores are text: the page's markup is its own)."""
    spans: list[Span] = []
    pos = 0
    for match in _ADDRESS_ONLY_RE.finditer(text):
        if match.start() > pos:
            spans.append(Span("text", text[pos:match.start()] + _space_before(match)))
        tag = "email" if match.group("email") else "url"
        spans.append(Span("atom", match.group(0), tag, _TRANSLATE_NO))
        pos = match.end()
    if pos < len(text):
        spans.append(Span("text", text[pos:]))
    return spans


def _space_before(match: re.Match[str]) -> str:
    """A space between a link and the word's mark it stands glued to ("Guam.https://…": the
    full stop stays the sentence's, text; the link is the link), else ""."""
    start = match.start()
    glued = match.group("url") is not None and start >= 2 \
        and match.string[start - 1] in _GLUED_MARKS and not match.string[start - 2].isspace()
    return " " if glued else ""


def _plain(text: str) -> str:
    """``plain_text``, without reading a text that holds no markup's or address's character
    (most: a huge paragraph is read once, not once per question asked of it)."""
    if "*" in text or "[" in text or "_" in text or "@" in text or "http" in text or "`" in text \
            or "www." in text or "(at)" in text or _RESPACED_RE.search(text):
        return plain_text(text)
    return text


#: White space that ``layout_spaces`` may change: two together (" \u00a0", which Word's
#: justified PDFs set between words), or one that is no ordinary space (a tab, a newline). A
#: text holding none is its own plain text (``_plain``), whose length the dateline's prefix
#: is measured in.
_RESPACED_RE = re.compile(r"\s\s|[^\S ]")


def plain_text(text: str) -> str:
    """``text`` without its inline markup: what a reader sees."""
    return "".join(s.text for s in inline_spans(text) if s.kind in ("text", "atom"))


def strip_prefix(spans: list[Span], prefix: str) -> list[Span]:
    """Drop ``prefix`` (a dateline: "Place, date – ") from the start of a paragraph's spans, in
    whatever markup it stands ("<strong>New York, 9 December 2020</strong> – The…"): its
    characters other than spaces (which markup may double) are taken from the spans in order,
    and an element left empty goes with them."""
    left = len("".join(prefix.split()))
    out: list[Span] = []
    for span in spans:
        if left and span.kind in ("text", "atom"):
            taken = 0
            while left and taken < len(span.text):
                left -= not span.text[taken].isspace()
                taken += 1
            if span.kind == "atom" or taken == len(span.text):
                continue
            span = Span("text", span.text[taken:])
        out.append(span)
    cleaned: list[Span] = []
    for span in out:  # an element left empty: an open right before its close
        if span.kind == "close" and cleaned and cleaned[-1].kind == "open" \
                and cleaned[-1].tag == span.tag:
            cleaned.pop()
        else:
            cleaned.append(span)
    if cleaned and cleaned[0].kind == "text":
        cleaned[0] = Span("text", cleaned[0].text.lstrip())
    return cleaned


def slugify(name: str) -> str:
    """A file-name-safe NCName from a title: "UNOCT and Qatar Hold…" -> "unoct-and-qatar-hold…"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(slug) > 50:
        slug = slug[:50].rsplit("-", 1)[0]
    if not slug or not slug[0].isalpha():
        slug = f"release-{slug}" if slug else "release"  # (a headline in another script)
    return slug
