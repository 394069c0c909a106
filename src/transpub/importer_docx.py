"""Import a release from a Word document (.docx, Office Open XML): the document is read as
the HTML importer reads a page.

Press officers write releases in Word. A .docx is a ZIP of XML parts; the text is in the main
document part (``word/document.xml``), the page headers and footers in parts of their own,
which are never read (so a .docx has no page furniture to remove). Each paragraph becomes an
HTML block, in order, one a line (so that the line an error names is the paragraph's number):
the Title or Heading 1 style the headline (else the first paragraph that is no label), the other
headings subheadings, list paragraphs list items (their numbers written as Word shows them),
table cells paragraphs; runs in bold or italic, hyperlinks and footnote marks stay markup, and
the footnotes follow the text. Tracked changes are read as accepted: insertions kept, deletions
dropped; a text box's paragraphs follow the paragraph it is anchored in; hidden text
(``w:vanish``, on a run or by a style: ``importer_docx_styles``) is not read. Everything is parsed
as untrusted XML (``source.parse_xml_bytes``), and no part may
unpack to more than ``_PART_LIMIT`` bytes (a ZIP bomb is refused, not unpacked; its bytes are
counted as they inflate, whatever size the ZIP's directory declares).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from transpub.errors import LFS_POINTER, SourceError, TranspubError, lfs_pointer
from transpub.importer_docx_styles import Styles, read_styles, toggle
from transpub.importer_docx_styles import attr as _attr
from transpub.importer_docx_styles import child as _child
from transpub.importer_docx_styles import local as local
from transpub.source import parse_xml_bytes

_PART_LIMIT = 64 * 1024 * 1024
#: An OLE compound file's signature: Office 97-2003's files, and a password-protected
#: Office Open XML document (its encrypted package inside one).
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The streams an OLE file's directory names (UTF-16), and what they make the file.
_OLE_STREAMS = (("EncryptedPackage", ""), ("WordDocument", "a Word 97-2003 document (.doc)"),
                ("Workbook", "an Excel 97-2003 workbook (.xls)"),
                ("PowerPoint Document", "a PowerPoint 97-2003 presentation (.ppt)"))
#: What a ZIP member is inflated by at a time (``Package._inflate``)
_CHUNK = 1024 * 1024
_NOTE_KINDS = ("footnote", "endnote")
#: Paragraph styles (by name, lower case) that are the headline, and those that are headings.
_TITLE_STYLES = {"title", "heading 1"}
_HEADING_RE = re.compile(r"^(heading [2-9]|subtitle)$")
_FIELD_TOKEN_RE = re.compile(r'\\[A-Za-z]|"[^"]*"|[^\s"]+')
#: A paragraph's HTML all in bold: bold runs, with line breaks or spaces between them.
_ALL_BOLD_RE = re.compile(r"(?:<strong>(?:[^<]|<(?!/?strong>))*</strong>|\s|<br/>)+")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _on(props: etree._Element | None, name: str) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) set on."""
    return bool(toggle(_child(props, name)))


class Package:
    """The ZIP's parts, read with the size limit and parsed safely: a Word or OpenDocument
    document's, a spreadsheet's (``spreadsheet.py``), a CAT tool's package
    (``xliff_package.py``); ``error`` is the class its failures are raised as, ``limit`` the
    most a part may unpack to (a ZIP bomb's parts are refused unread)."""

    def __init__(self, raw: bytes, path: Path, kind: str = "a Word document (.docx)",
                 error: type[TranspubError] = SourceError, limit: int = _PART_LIMIT) -> None:
        self.path = path
        self.error = error
        self.limit = limit
        if raw.startswith(_OLE):
            # (by its content, whatever its name: a ZIP reader had called an encrypted .docx
            # "not a zip file", and found an embedded object's ZIP in a .doc named .docx)
            raise error(_ole_refusal(raw, kind), path)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
        except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
            if lfs_pointer(raw):
                raise error(LFS_POINTER, path, 1) from None
            from transpub.importer import sniff

            if (what := sniff(raw[:16])) is not None and not raw.startswith(b"PK"):
                # (an RTF document or a PDF named .docx: what it is, not "not a zip file")
                raise error(f"this is {what.split(' (')[0]}, not {kind}", path) from None
            raise error(f"not {kind}: {exc}", path) from None
        self.names = set(self.zip.namelist())

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        info = self.zip.getinfo(name)
        if info.file_size > self.limit:
            raise self.error(f"the document's part {name} unpacks to {info.file_size:,} bytes "
                             f"(more than {self.limit:,}): refused", self.path)
        try:
            data = self._inflate(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError,
                RuntimeError, OSError) as exc:  # (a damaged member: bad data, a short stream)
            raise self.error(f"cannot read the document's part {name}: {exc}",
                             self.path) from None
        if data is None:
            raise self.error(f"the document's part {name} unpacks to more than "
                             f"{self.limit:,} bytes, though the ZIP's directory says "
                             f"{info.file_size:,}: refused", self.path)
        return data

    def _inflate(self, info: zipfile.ZipInfo) -> bytes | None:
        """A member's bytes, inflated a chunk at a time and counted as they come; None past
        ``limit``. The size the ZIP's directory declares is the file's word: a 6.5 MB .docx
        whose part said 1 KB had inflated to 2 GB in one ``ZipFile.read`` before its CRC
        failed."""
        chunks: list[bytes] = []
        size = 0
        with self.zip.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > self.limit:
                    return None
                chunks.append(chunk)
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element | None:
        data = self.read(name)
        if data is None:
            return None
        try:
            return parse_xml_bytes(data, self.path, self.error).getroot()
        except self.error as exc:
            raise self.error(f"{name}: {exc.message}", self.path) from None

    def relations(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """A part's relationships: id -> (type, target, external)."""
        folder, name = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
        found: dict[str, tuple[str, str, bool]] = {}
        for rel in root if root is not None else ():
            ident, target = rel.get("Id"), rel.get("Target")
            if ident and target is not None:
                external = rel.get("TargetMode") == "External"
                if not external:
                    target = posixpath.normpath(posixpath.join(folder, target.lstrip("/"))) \
                        if not target.startswith("/") else target.lstrip("/")
                found[ident] = (rel.get("Type", "").rsplit("/", 1)[-1], target, external)
        return found


def _ole_refusal(raw: bytes, kind: str) -> str:
    """Why an OLE compound file is not ``kind``: what its directory's streams make it."""
    for stream, what in _OLE_STREAMS:
        if stream.encode("utf-16-le") in raw:
            if not what:
                return (f"{kind} encrypted with a password (it cannot be read): open it, "
                        "remove the password (File > Info > Protect) and save it again")
            return (f"this is {what}, not {kind}, though it is named so: open it and save "
                    f"it as {kind} (File > Save As), then import that")
    return f"this is a Microsoft Office 97-2003 file (an OLE compound file), not {kind}"


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class _Notes:
    """Footnotes and endnotes: their paragraphs by (kind, id), and the numbers given as they
    are referred to."""

    bodies: dict[tuple[str, str], list[etree._Element]] = field(default_factory=dict)
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)

    def number(self, kind: str, ident: str) -> int:
        return self.numbers.setdefault((kind, ident), len(self.numbers) + 1)


class _Writer:
    """The document's blocks as HTML lines."""

    def __init__(self, package: Package, part: str, document: etree._Element,
                 lang: str) -> None:
        self.package = package
        self.rels = package.relations(part)
        target = self._part("styles")
        self.styles = read_styles(package.xml(target) if target else None)
        self.levels, self.nums = self._numbering()
        self.counters: dict[str, list[int]] = {}
        self.notes = _Notes()
        self.note_rels: dict[str, dict[str, tuple[str, str, bool]]] = {}
        for kind in _NOTE_KINDS:
            target = self._part(f"{kind}s")
            root = package.xml(target) if target else None
            if target:  # (a link in a note is one of the notes part's relationships)
                self.note_rels[kind] = package.relations(target)
            for note in root if root is not None else ():
                if local(note) == kind and _attr(note, "type") in (None, "normal"):
                    ident = _attr(note, "id") or ""
                    self.notes.bodies[(kind, ident)] = [p for p in note.iter()
                                                        if local(p) == "p"]
        self.lines: list[str] = []
        self.headline = False  # written yet
        self.has_title = any(self._style(p) in _TITLE_STYLES
                             for p in document.iter() if local(p) == "p")
        self.chosen = None if self.has_title else _headline_by_look(
            document, lang, self.styles, lambda p: bool(_HEADING_RE.match(self._style(p))))

    # -- the parts besides the document -------------------------------------------------------

    def _part(self, kind: str) -> str | None:
        """The package part the document relates to as ``kind`` ("styles", "footnotes")."""
        return next((t for k, t, ext in self.rels.values() if k == kind and not ext), None)

    def _numbering(self) -> tuple[dict[tuple[str, int], _Level], dict[str, str]]:
        """(abstract numbering id, level) -> its format; numbering id -> abstract id."""
        target = self._part("numbering")
        root = self.package.xml(target) if target else None
        levels: dict[tuple[str, int], _Level] = {}
        nums: dict[str, str] = {}
        for item in root if root is not None else ():
            if local(item) == "abstractNum":
                abstract = _attr(item, "abstractNumId") or ""
                for level in item:
                    if local(level) == "lvl":
                        start = _attr(_child(level, "start"), "val") or "1"
                        levels[(abstract, _level(_attr(level, "ilvl")))] = _Level(
                            _attr(_child(level, "numFmt"), "val") or "decimal",
                            _attr(_child(level, "lvlText"), "val") or "",
                            int(start) if start.isdigit() else 1)
            elif local(item) == "num":
                nums[_attr(item, "numId") or ""] = _attr(_child(item, "abstractNumId"), "val") \
                    or ""
        return levels, nums

    def _style(self, para: etree._Element) -> str:
        return self.styles.name(_attr(_child(_child(para, "pPr"), "pStyle"), "val") or "")

    # -- blocks -------------------------------------------------------------------------------

    def blocks(self, container: etree._Element) -> None:
        for child in container:
            name = local(child)
            if name == "p":
                self.paragraph(child)
            elif name in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo",
                          "smartTag"):
                self.blocks(child)

    def paragraph(self, para: etree._Element) -> None:
        html = self.inline(para).strip()
        if not html:
            self._text_boxes(para)
            return
        style = self._style(para)
        if style in _TITLE_STYLES and not self.headline:
            tag = "h1"
        elif not self.has_title and not self.headline and (
                para is self.chosen if self.chosen is not None else not is_label_html(html)):
            tag = "h1"  # no headline style: the one that looks it, or the first that is no label
        elif style in _TITLE_STYLES or _HEADING_RE.match(style):
            tag = "h2"
        else:
            tag = "p"
        self.headline = self.headline or tag == "h1"
        if tag != "p" and _ALL_BOLD_RE.fullmatch(html):
            # a heading set in bold by hand: the bold is its look (its lines' too, each bold
            # run of its own since a line break parts runs: ``merge_runs``)
            html = html.replace("<strong>", "").replace("</strong>", "")
        number = self._list_number(para)
        if number is not None and tag == "p":
            self.lines.append(f"<li>{escape(number + ' ') if number else ''}{html}</li>")
        else:
            self.lines.append(f"<{tag}>{html}</{tag}>")
        self._text_boxes(para)

    def _text_boxes(self, para: etree._Element) -> None:
        """The paragraphs of the text boxes anchored in ``para``, after it: a box's text (a
        quotation set apart, key facts) is the release's. A box is written twice, as
        DrawingML and as a VML fallback: the fallback is skipped."""
        for box in boxes_in(para, "txbxContent", "Fallback"):
            self.blocks(box)

    def _list_number(self, para: etree._Element) -> str | None:
        """The number Word shows before a list paragraph ("" for a bullet); None if the
        paragraph is no list item."""
        props = _child(para, "pPr")
        numbering = _child(props, "numPr")
        if numbering is None:
            style = self.styles.by_id.get(_attr(_child(props, "pStyle"), "val") or "")
            numbering = _child(style.paragraph, "numPr") if style else None
        num = _attr(_child(numbering, "numId"), "val")
        if numbering is None or not num or num == "0":
            return None
        level = _level(_attr(_child(numbering, "ilvl"), "val"))
        abstract = self.nums.get(num, "")
        counters = self.counters.setdefault(num, [])
        while len(counters) <= level:
            found = self.levels.get((abstract, len(counters)))
            counters.append((found.start if found else 1) - 1)
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            found = self.levels.get((abstract, deeper))
            counters[deeper] = (found.start if found else 1) - 1
        this = self.levels.get((abstract, level))
        if this is None or this.fmt in ("bullet", "none"):
            return ""
        return re.sub(r"%(\d)", lambda m: self._formatted(abstract, int(m.group(1)) - 1,
                                                          counters), this.text).strip()

    def _formatted(self, abstract: str, level: int, counters: list[int]) -> str:
        found = self.levels.get((abstract, level))
        return numbered(counters[level] if level < len(counters) else 1,
                        found.fmt if found else "decimal")

    # -- runs ---------------------------------------------------------------------------------

    def inline(self, para: etree._Element) -> str:
        """A paragraph's runs as inline HTML: bold, italic, superscript, links, note marks."""
        pieces: list[tuple[str, str, str]] = []  # (html, format key, href)
        fields: list[list[str]] = []  # open complex fields: [instruction, href]
        self._runs(para, self.styles.paragraph_style(para), pieces, fields, "")
        out: list[str] = []
        link = ""
        for html, _key, href in pieces:
            if html == SEAM:
                out.append(SEAM)  # (no link of its own: the one around it goes on)
                continue
            if href != link:
                if link:
                    out.append("</a>")
                if href:
                    out.append(f"<a href={quoteattr(href)}>")
                link = href
            out.append(html)
        if link:
            out.append("</a>")
        return merge_runs(" ".join("".join(out).split(" "))) if out else ""

    def _runs(self, node: etree._Element, para_style: str,
              pieces: list[tuple[str, str, str]], fields: list[list[str]], href: str) -> None:
        for child in node:
            name = local(child)
            if name == "r":
                self._run(child, para_style, pieces, fields, href or self._field_href(fields))
            elif name == "hyperlink":
                ident = _attr(child, "id")
                rel = self.rels.get(ident or "")
                target = rel[1] if rel and rel[2] else ""
                anchor = _attr(child, "anchor")
                if target and anchor and "#" not in target:
                    target += f"#{anchor}"  # (an anchor alone is a place in this document)
                self._runs(child, para_style, pieces, fields, target or href)
            elif name == "fldSimple":
                self._runs(child, para_style, pieces, fields,
                           _field_link(_attr(child, "instr") or "") or href)
            elif name in ("ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "dir",
                          "bdo"):
                self._runs(child, para_style, pieces, fields, href)

    @staticmethod
    def _field_href(fields: list[list[str]]) -> str:
        return next((f[1] for f in reversed(fields) if f[1]), "")

    def _run(self, run: etree._Element, para_style: str,
             pieces: list[tuple[str, str, str]], fields: list[list[str]], href: str) -> None:
        props = _child(run, "rPr")
        style_name = self.styles.name(_attr(_child(props, "rStyle"), "val") or "")
        bold = _on(props, "b") or style_name == "strong"
        italic = _on(props, "i") or style_name == "emphasis"
        sup = _attr(_child(props, "vertAlign"), "val") == "superscript"
        # hidden text, set on the run or by its character or paragraph style (a style's had
        # been published): not shown, not published
        hidden = self.styles.hidden(run, para_style)
        for child in run:
            name = local(child)
            text = ""
            if name == "fldChar":
                # (a field's bounds part its runs from the text around them: no merging
                # across them, ``merge_runs``)
                pieces.append((SEAM, "", ""))
                kind = _attr(child, "fldCharType")
                if kind == "begin":
                    fields.append(["", ""])
                elif kind == "separate" and fields:
                    fields[-1][1] = _field_link(fields[-1][0])
                elif kind == "end" and fields:
                    fields.pop()
                continue
            if name == "instrText" and fields:
                fields[-1][0] += child.text or ""
                continue
            if hidden:
                continue
            if name == "t":
                text = escape(child.text or "")
            elif name == "cr" or (name == "br" and _attr(child, "type") in (None,
                                                                           "textWrapping")):
                # a line break (Shift+Enter: a contact block's or an advisory's lines set in
                # one paragraph), which the HTML reader splits where they are such lines; no
                # emphasis of its own (Word sets it in the run before it: "<strong>About
                # us<br/></strong>" hid a bold first line), and the runs on its two sides
                # stay apart (``merge_runs``): each line is a line
                pieces.append(("<br/>", "", href or self._field_href(fields)))
                continue
            elif name in ("tab", "br"):
                # a tab, a page or column break: a space, set apart as a line break is (a
                # contact's "Phone:<tab>+41…" is two fields)
                pieces.append((" ", "", href or self._field_href(fields)))
                continue
            elif name == "noBreakHyphen":
                text = "\u2011"
            elif name in ("footnoteReference", "endnoteReference"):
                kind = name[:-len("Reference")]
                number = self.notes.number(kind, _attr(child, "id") or "")
                pieces.append((f'<sup><a href="#{kind}{number}">{number}</a></sup>', "", ""))
                continue
            if not text:
                continue
            if sup:
                text = f"<sup>{text}</sup>"
            if italic:
                text = f"<em>{text}</em>"
            if bold:
                text = f"<strong>{text}</strong>"
            pieces.append((text, f"{bold}{italic}{sup}", href or self._field_href(fields)))

    # -- the notes ----------------------------------------------------------------------------

    def note_lines(self) -> list[str]:
        """The notes referred to, in the order of their numbers: "1 The note's text."."""
        lines = []
        for (kind, ident), number in sorted(self.notes.numbers.items(), key=lambda i: i[1]):
            self.rels = self.note_rels.get(kind, {})
            paras = [self.inline(p).strip() for p in self.notes.bodies.get((kind, ident), [])]
            text = " ".join(p for p in paras if p)
            if text:
                lines.append(f"<p>{number} {text}</p>")
        return lines


#: Emphasis closed and opened again at once, nothing between: one run of text Word split (at
#: a revision, a proofing or language mark, a font hint: nothing shown).
_SPLIT_RUNS_RE = re.compile(r"</(strong|em)><\1>")
#: What ``_Writer`` sets between runs that are not to be merged though nothing shows between
#: them (a field's bounds); XML cannot hold the character, so no document's text is taken
#: for it.
SEAM = "\x01"


def merge_runs(html: str) -> str:
    """``html`` (a paragraph's runs) with the runs of equal emphasis next to each other made
    one: Word splits text into runs wherever its hidden marks change ("connecti" +
    "vity"), and each run had been an element of its own, a pair of placeholders in the
    middle of a word to translate. Only runs with nothing between them are one (a word
    split, or a phrase going on with the space inside its emphasis): a line break, a tab, a
    space set plain, a note mark or a field's bounds (``SEAM``, removed here) keep them
    apart, as two titles with a space between (``*Foreign Affairs* *Le Monde*``) and a bold
    contact block's lines are two. Superscripts stay apart (two note marks are two)."""
    while (merged := _SPLIT_RUNS_RE.sub("", html)) != html:
        html = merged
    return html.replace(SEAM, "")


def boxes_in(para: etree._Element, name: str, *skipped: str) -> list[etree._Element]:
    """The text boxes (elements called ``name``) anchored in ``para``: not one inside another
    box (that one is read with the paragraph holding it), nor under an element called as in
    ``skipped`` (a fallback copy of the box)."""
    found = []
    for box in para.iter():
        if local(box) != name:
            continue
        between = set()  # the ancestors up to ``para``
        for ancestor in box.iterancestors():
            if ancestor is para:
                break
            between.add(local(ancestor))
        if name not in between and not between.intersection(skipped):
            found.append(box)
    return found


def _level(value: str | None) -> int:
    """A list level as a document gives it, within the nine levels lists have (a damaged or
    hostile value, "x" or "99999999", is the nearest)."""
    return min(int(value), 8) if value and value.isdigit() else 0


def numbered(value: int, fmt: str) -> str:
    """A list item's number as a list shows it: ``fmt`` is Word's number format (decimal,
    lowerLetter, upperLetter, lowerRoman, upperRoman; another is decimal). Past 3999, which
    Roman numerals do not reach, a number is written in digits (a hostile start value of
    10**20 must not spell out that many letters)."""
    if value > 3999 or value < 1:
        return str(value)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman, left = "", value
        for amount, digits in _ROMAN:
            while left >= amount:
                roman, left = roman + digits, left - amount
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def _field_link(instruction: str) -> str:
    """The target of a HYPERLINK field ('HYPERLINK "https://…" \\l "part"' is
    https://…#part); "" for another field, or a link to a bookmark of this document only."""
    tokens = _FIELD_TOKEN_RE.findall(instruction)
    if not tokens or tokens[0].upper() != "HYPERLINK":
        return ""
    url = anchor = ""
    index = 1
    while index < len(tokens):
        token = tokens[index]
        if token.startswith("\\"):  # a switch; \l, \o and \t take an argument
            if token.lower() in ("\\l", "\\o", "\\t") and index + 1 < len(tokens):
                if token.lower() == "\\l":
                    anchor = tokens[index + 1].strip('"')
                index += 1
        elif not url:
            url = token.strip('"')
        index += 1
    return f"{url}#{anchor}" if url and anchor else url


def _plain_text(para: etree._Element, styles: Styles) -> str:
    """A paragraph's own text (not its text boxes', nor its hidden text)."""
    style = styles.paragraph_style(para)
    out: list[str] = []
    stack = list(reversed(para))
    while stack:
        node = stack.pop()
        name = local(node)
        if name == "t":
            out.append(node.text or "")
        elif name == "r" and styles.hidden(node, style):
            continue
        elif name not in ("txbxContent", "delText", "instrText"):
            stack.extend(reversed(node))
    return " ".join("".join(out).split())


#: A paragraph that reads as the text's: a sentence's stop at its end (closing quotes and
#: brackets aside), and long enough to be no letterhead's line.
_SENTENCE_END_RE = re.compile(r"[.!?…。！？؟][\"'”’»)\]」』）]*$")
_SENTENCE_LENGTH = 40


@dataclass(frozen=True)
class _Look:
    """How a paragraph looks, for ``_headline_by_look``."""

    para: etree._Element
    text: str
    heading: bool  # in a heading style of a lower level
    bold: bool  # set in bold by hand, all of its text
    size: int  # the size most of its text is set in, half-points


def _look(para: etree._Element, text: str, styles: Styles, heading: bool) -> _Look:
    style = styles.paragraph_style(para)
    # (a run of spaces alone does not count: the space between bold words Word sets plain
    # leaves them bold)
    shown = [(run, words) for run in para.iter() if local(run) == "r"
             and not any(local(a) == "txbxContent" for a in run.iterancestors())
             and not styles.hidden(run, style)
             and (words := "".join(t.text or "" for t in run if local(t) == "t").strip())]
    lengths: dict[int, int] = {}
    for run, words in shown:
        size = styles.size(run, style)
        lengths[size] = lengths.get(size, 0) + len(words)
    bold = bool(shown) and all(_on(_child(run, "rPr"), "b") for run, _words in shown)
    return _Look(para, text, heading, bold, _commonest(lengths))


def _commonest(lengths: dict[int, int]) -> int:
    """The size the most characters are set in (the larger of two as common)."""
    return max(lengths.items(), key=lambda i: (i[1], i[0]))[0] if lengths else 0


def _stands_out(look: _Look, above: list[_Look]) -> bool:
    """Whether a paragraph that reads as a sentence (a question, a full stop: "Will farmers
    get their seeds in time?") is set as a headline under the lines ``above`` it: larger than
    all of them, or in bold where none of them is and none is larger. Its stop had ended the
    search above it, and a letterhead's line had been taken for the headline."""
    largest = max(a.size for a in above)
    return look.size > largest or (look.bold and look.size == largest
                                   and not any(a.bold for a in above))


def _headline_by_look(document: etree._Element, lang: str, styles: Styles,
                      heading: Callable[[etree._Element], bool]) -> etree._Element | None:
    """In a document without a Title or Heading 1 style, the paragraph that is its headline:
    among the first paragraphs of the body itself (not a table's letterhead cells, not a
    label or a date) above the text (its dateline, its first paragraph that reads as a
    sentence, a heading: no paragraph under them is moved above them), the first in a lower
    heading style or set in bold or in the largest size (a size unset is the one its style
    or the document's defaults give), else the first. A letterhead's line naming the issuer
    in bold above a heading is no headline."""
    from transpub.datelines import dateline, lone_date
    from transpub.importer_names import address_line, issuer_line

    body = next((c for c in document if local(c) == "body"), None)
    looks: list[_Look] = []
    for para in body if body is not None else ():
        text = _plain_text(para, styles) if local(para) == "p" else ""
        if not text or is_label_html(escape(text)) or lone_date(text, lang):
            continue
        if (found := dateline(text, lang, 2000)) is not None:
            if found.rest:
                break  # (the dateline opening the text: the headline stands above it)
            continue  # (a letterhead's place and date)
        reads_as_text = len(text) >= _SENTENCE_LENGTH and bool(_SENTENCE_END_RE.search(text))
        look = _look(para, text, styles, heading(para))
        if reads_as_text and looks and not _stands_out(look, looks):
            break
        looks.append(look)
        if look.heading or reads_as_text or len(looks) == 8:
            break
    if not looks:
        return None
    largest = max(look.size for look in looks)
    smallest = min(look.size for look in looks)
    for look in looks:
        if look.heading:
            return look.para
        if (look.bold or look.size == largest > smallest) and not (
                looks[-1].heading and (issuer_line(look.text) or address_line(look.text, lang))):
            return look.para
    return looks[0].para


def is_label_html(html: str) -> bool:
    from transpub.importer_labels import is_known_label

    return is_known_label(re.sub(r"<[^>]+>", "", html).strip())


def docx_to_html(raw: bytes, path: Path, lang: str = "en") -> str:
    """The Word document ``raw`` as an HTML page for ``importer_html``."""
    package = Package(raw, path)
    root_rels = package.relations("")
    part = next((t for k, t, ext in root_rels.values() if k == "officeDocument" and not ext),
                "word/document.xml")
    document = package.xml(part)
    if document is None:
        raise SourceError(f"not a Word document (.docx): it has no {part}", path)
    body = next((c for c in document if local(c) == "body"), None)
    writer = _Writer(package, part, document, lang)
    if body is not None:
        writer.blocks(body)
    if not writer.lines:
        raise SourceError("the document has no text (no paragraph of its main part holds "
                          "any; text boxes, shapes and headers are not read)", path)
    lines = writer.lines + writer.note_lines()
    # (the first block on the first line: a line number is the block's number)
    return "<html><body><main>" + "\n".join(lines) + "\n</main></body></html>\n"
