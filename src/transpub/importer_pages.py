"""Page furniture in text extracted from a PDF: what the importer removes, and how it decides.

A PDF's text (``pdftotext``, with or without ``-layout``, or copied from a viewer) carries the
pages' running headers and footers, page numbers, continuation marks ("- more -"), end marks
("* *** *", "###", "-30-") and letterheads laid out in columns ("United Nations      SG/SM/20512").
The importer cuts the text into paragraphs, removes those that are furniture, reports each
removed line with its number, and rejoins a paragraph a page break cut in two.

A line is looked at cell by cell: ``pdftotext -layout`` puts a wide run of spaces between what
stood in different columns of the page, so "- 2 -      SG/SM/20512" is a page number and a
document symbol, each furniture on its own. A line of several cells is furniture only if every
cell is and one of them is a page number, a document symbol or a mark: a justified body line
("of   the   Council") has wide gaps too, and its cells may well recur.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from transpub.addressbreaks import continues_address
from transpub.contactlines import contact_entry
from transpub.datelines import lone_date
from transpub.footmarks import NOTE_MARK_RE, after_acronym, footnote_number, may_be_mark
from transpub.hyphenbreaks import Vocabulary, suspended, typeset_breaks, typesetters_break
from transpub.importer_chrome import (
    is_chrome,
    is_section_line,
    lone_share,
    page_chrome,
    report_fields,
    share_line,
)
from transpub.importer_footer import site_footer
from transpub.releasewords import page_furniture, related_heading
from transpub.salutationlines import is_address_line, is_salutation, salutation_end

#: A page number as headers and footers write it: "2", "- 2 -", "(2)", "Page 2 of 3", "2/3",
#: "Page | 2", "Página 2 de 3", "Page 2 sur 3", "Стр. 2 из 3".
#: (Each run of white space is taken whole, ``\s*+``: what follows it cannot start with one.
#: Two runs side by side, "\s*[-–—(]?\s*", had tried every split of a line of spaces: a text
#: with a line of 20,000 spaces took 104 s to import.)
PAGE_NUMBER_RE = re.compile(
    r"^\s*+(?:[-–—(\[]\s*+)?(?:(?:page|p\.|pg\.?|página|pág\.|стр\.|страница)\s*+(?:\|\s*+)?)?"
    r"\d{1,4}(?:\s*+(?:of|/|de|sur|из)\s*+\d{1,4}(?:\s++pages?)?)?"
    # (Word's "Accent bar" page number, its letter spacing extracted: "1 | P a g e")
    r"(?:\s*+\|\s*+p\s?a\s?g\s?e)?\s*+(?:[-–—)\]]\s*+)?$", re.IGNORECASE)
TERMINAL = tuple(".!?:;…”’\"»)")
#: A UN document symbol as press releases carry it in their header: SG/SM/20512, GA/12345,
#: SC/14321, UNIS/CP/1234, ECOSOC/7000, E/2021/1 (a slash, a digit, capitals and digits only).
_SYMBOL_RE = re.compile(r"^(?=[^/]*/)(?=.*\d)[A-Z][A-Z0-9]{0,11}(?:[/.\-][A-Z0-9]{1,12}){1,6}$")
#: Several symbols on one line, or a symbol under a label: "GA/SM/253 OBV/217 UNEP/92",
#: "Press Release No: UNIS/NAR/687", "Press release number: IFAD 06/06", "Note No. 5814",
#: "News Number: G/21/2017" (a reference, not text: the header of UN offices' releases).
#: (the label may name the office, "ECA Press Release No. 45/2024", or be the number's word
#: alone, "No. 2024-18", "No: G/08/2024", "N° 18")
_REFERENCE_RE = re.compile(
    r"^(?:(?P<label>(?:(?:[a-z]{2,10}\s+)?(?:(?:press|news|background|media)\s+"
    r"(?P<kind>release|note|advisory)|note|news|reference|ref|document|symbol)"
    r"(?:\s*(?:(?:no|number|nr)\b\.?|n[°º]|#))?|(?:no|nr)\b\.?|n[°º]|number)\s*:?)\s*)?"
    r"(?P<refs>\S+(?:\s+\S+){0,5})$", re.IGNORECASE)
#: A kind of document in the UN's other languages and its number, as a release's header
#: numbers it: «Communiqué de presse N° 880» (WMO's French), «Comunicado de prensa N.º 12»,
#: «Пресс-релиз № 880», «新闻稿第880号», «بيان صحفي رقم 880» (an office's acronym may open it:
#: «OMM Communiqué de presse N° 880»); the English form is ``_REFERENCE_RE``'s. The kind is
#: the label, the number furniture, as in English (the line had been the headline).
_NUMBERED_KIND_RE = re.compile(
    r"^(?-i:[A-ZА-Я]{2,10}\s+)?(?P<label>(?:communiqu[ée](?:\s+de\s+presse)?"
    r"|note\s+(?:d['’]information|aux\s+(?:r[ée]dactions|m[ée]dias|correspondants))"
    r"|avis\s+aux\s+m[ée]dias|comunicado(?:\s+de\s+prensa)?"
    r"|nota\s+(?:de\s+prensa|informativa|para\s+la\s+prensa)|aviso\s+a\s+los\s+medios"
    r"|пресс-релиз|пресс-сообщение|сообщение\s+для\s+печати|информационная\s+записка"
    r"|新闻稿|新闻公报|بيان\s+صحفي|نشرة\s+صحفية|مذكرة\s+إعلامية))"
    r"(?:\s*(?:n\.?\s?[°º]|núm(?:ero|\.)?|num[ée]ro|№|номер|رقم)\s*:?\s*(?P<number>\d[\w/.\-]{0,20})"
    r"|\s*第\s*(?P<han>\d[\w/.\-]{0,20}?)\s*[号號期])$", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"(?:\bno\b|number|n[°º]|\bnr\b|#|:|\brelease\s*$)", re.IGNORECASE)
#: A release's number as its label gives it: "IFAD 06/06", "5814", "2021/15".
_NUMBER_RE = re.compile(r"^(?:[A-Z]{1,12}\s+)?\d[\w/.\-]{0,20}$")
#: The notice UN information services print atop (or at the foot of) every release: "For information
#: only - not an official document", "For use of information media - Not an official record", "For
#: information media. Not an official record.", and "(Reissued as received.)" or "(Issued as
#: received)" over a text the office did not edit. Handling lines, not the news. The services print
#: it in the languages of their duty station too, in columns or one under another (UNIS Vienna: "Zur
#: Information - kein offizielles Dokument", "Pour information - document sans caractère officiel";
#: Geneva: "Document non officiel, à l'usage des médias"). A notice is made of these parts, one of
#: them a strong one (a bare "For information" is text: "For information, contact the Office.").
_NOTICE_STRONG = (
    r"for\s+(?:the\s+)?(?:use\s+of\s+(?:the\s+)?)?information\s+(?:media|only)"
    r"|not\s+an\s+official\s+(?:document|record)|(?:re-?)?issued\s+as\s+received"
    r"|document\s+(?:sans\s+caract[eè]re\s+officiel|non\s+officiel)"
    r"|[àa]\s+l['’]usage\s+(?:exclusif\s+)?(?:des\s+(?:m[ée]dias|organes\s+d['’]information)"
    r"|de\s+l['’]information)|ne\s+constitue\s+pas\s+un\s+document\s+officiel"
    r"|documento\s+(?:no\s+oficial|sin\s+car[áa]cter\s+oficial)"
    r"|no\s+es\s+un\s+documento\s+oficial"
    r"|para\s+(?:el\s+)?uso\s+de\s+los\s+medios\s+de\s+(?:informaci[óo]n|comunicaci[óo]n)"
    r"|kein\s+offizielles\s+dokument|nur\s+zur\s+information"
    r"|не\s+является\s+официальным\s+(?:документом|отч[её]том)"
    # (WMO's: «Les communiqués de presse sont destinés à l'information; ils ne constituent pas
    # un compte rendu officiel.», and as the other languages would say it)
    r"|(?:ils\s+)?ne\s+constitue(?:nt)?\s+pas\s+(?:un\s+)?(?:document|compte\s+rendu)\s+officiel"
    r"|no\s+constituye(?:n)?\s+(?:un\s+)?(?:documento|acta)\s+oficial"
    r"|(?:they\s+|it\s+)?(?:do(?:es)?\s+not\s+constitute|(?:is|are)\s+not)\s+an?\s+official"
    r"\s+(?:document|record)"
    r"|не\s+являются\s+официальными\s+(?:документами|отч[её]тами)"
    # (the lead of the notice, on a line of its own as WMO's page breaks it)
    r"|les\s+communiqu[ée]s\s+de\s+presse\s+sont\s+destin[ée]s\s+[àa]\s+l['’]information"
    r"|press\s+releases\s+are\s+(?:intended\s+)?for\s+information(?:\s+only)?"
    r"|los\s+comunicados\s+de\s+prensa\s+(?:son|est[áa]n\s+destinados)\s+(?:para|a)\s+"
    r"(?:fines\s+de\s+)?informaci[óo]n|пресс-релизы\s+предназначены\s+для\s+информации"
    r"|для\s+средств\s+массовой\s+информации")
_NOTICE_PART = (_NOTICE_STRONG + r"|(?:for|pour(?:\s+l['’])?|para|zur|для)\s+"
                r"(?:information|informaci[óo]n|информации)(?:\s+(?:seulement|solamente))?"
                r"|(?:s[óo]lo|nur|uniquement)")
_NOTICE_RE = re.compile(r"^\W*(?:" + _NOTICE_PART + r")(?:[\s\W]+(?:" + _NOTICE_PART
                        + r"))*[\s\W]*$", re.IGNORECASE)
_NOTICE_STRONG_RE = re.compile(_NOTICE_STRONG, re.IGNORECASE)
#: Separators and end marks: "* *** *", "###", "-----", "• • •", "_____".
_MARK_RE = re.compile(r"^[*#=~_•·\-–—\s]+$")
#: Continuation and end marks in words: "- more -", "(more)", "-30-", "ENDS", "- END -", "/ends"
#: (decorated or in capitals: "More." alone is a sentence).
_WORD_MARK_RE = re.compile(r"^(?:[-–—(/*]+\s*(?i:more|ends?|30)\s*[-–—)/*]*|MORE|ENDS?)$")
#: The marks that end a release or its text ("ENDS", "-30-", "###", "* *** *"), as against a
#: page's ("- more -", a page number, a rule).
_END_MARK_RE = re.compile(r"^\s*+(?:[*#][*#\s]*+|[-–—(/*]*+\s*+(?i:ends?|30)\s*+[-–—)/*]*+)\s*+$")
#: A line ending in a hyphen right after a letter: a word broken across two lines.
_BROKEN_RE = re.compile(r"[^\W\d_]-$")
#: Bullet glyphs that mark a list item even alone (a dash or a star needs a second item).
#: (and the private-use code points of the Symbol and Wingdings fonts' bullets, which
#: pdftotext writes for a Word document's lists: U+F0B7 , U+F0A7 , U+F076, U+F0D8, U+F0FC,
#: U+F0A8, U+F0E8)
_PUA_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf0e8"
#: (and a middle dot, Word's Symbol bullet as a web page's copy gives it, "·         Parties to
#: the conflict must …", ICRC's; the Z notation spot and the hyphen bullet some editors write)
_GLYPHS = frozenset("•●▪◦‣∙■□➢➤►❖◆◇✓✔➔▶▸○·⦁⁃◾" + _PUA_BULLETS)
#: A list item's bullet: a glyph, or a dash, star or plus, then a space; or a number or letter
#: ("1.", "2)", "(a)"), which stays in the text.
_BULLET_RE = re.compile(r"^\s*(?:(?P<mark>[•●▪◦‣∙■□➢➤►❖◆◇✓✔➔▶▸○·⦁⁃◾" + _PUA_BULLETS
                        + r"\-–*+])\s+(?=\S)"
                        r"|(?=(?P<number>\d{1,2}[.)]|\(\d{1,2}\))\s+\S)"
                        r"|(?=(?P<letter>[a-z][.)]|\([a-z]\))\s+\S))")
#: Word's second-level bullet as a PDF's text gives it: an indented "o" and spaces.
_SUB_O_RE = re.compile(r"^\s+o\s+(?=\S)")
#: A run of white space, which the importers make one space (``layout_spaces``).
_SPACE_RUN_RE = re.compile(r"\s+")
#: The no-break spaces a text keeps as they are, standing alone (French typography's no-break
#: space before a colon, a number's narrow no-break space, a figure space), which the source
#: and a translation aligned from a published text keep (XML and HTML collapse none of them
#: either).
_KEPT_SPACES = frozenset("\u00a0\u202f\u2007")
#: Columns of a ``pdftotext -layout`` line: three or more spaces, or a tab.
_COLUMNS_RE = re.compile(r"\s{3,}|\t")
#: A letterhead's line of parts between bullets: "Department of … • News and Media Division".
_BULLETS_RE = re.compile(r"\s[•·|]\s")


def layout_spaces(text: str) -> str:
    """``text`` with each run of white space one space, but for a run of no-break spaces
    alone, which is meant. A run that also holds an ordinary space is layout: Word justifies
    a line of its PDFs with " \u00a0" between every word, which had stayed in the source and
    its PO files, where no termbase or memory entry of two words matched it."""
    return _SPACE_RUN_RE.sub(
        lambda run: run[0] if _KEPT_SPACES.issuperset(run[0]) else " ", text)


#: A run of spaces and tabs on a line (``justified_spaces``).
_LINE_SPACE_RUN_RE = re.compile(r"[ \t\u00a0]+")


def justified_spaces(text: str) -> str:
    """A text's runs of spaces and tabs that hold a no-break space as well as a space or a
    tab made one space, before its lines are read for columns: Word's justified PDFs give
    "PRESS\t \u00a0RELEASE" and " \u00a0" between every word, which is no column's gap (a
    tab or three spaces are one) and had cut a label in two."""
    return _LINE_SPACE_RUN_RE.sub(
        lambda run: " " if "\u00a0" in run[0] and run[0].strip("\u00a0") else run[0], text)


#: Characters of Chinese and Japanese, and their punctuation: a line break between two of
#: them is no space («秘书长呼吁» / «立即停火» is «秘书长呼吁立即停火»).
CJK_RE = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                    "\uf900-\ufaff\uff01-\uff60]")


@dataclass
class Para:
    """Lines (number, text) standing together between blank lines."""

    lines: list[tuple[int, str]]
    gap_before: int  # blank lines (or page breaks) before it
    gap_after: int = 0
    page_start: bool = False  # a form feed stands right before it
    page_end: bool = False  # a form feed follows it
    item: bool = False  # a list's item (split_lists)
    footnote: int = 0  # the number of the footnote it is (remove_furniture), 0 if none
    code: bool = False  # a Markdown code block's lines (importer_markdown): not to translate

    @property
    def text(self) -> str:
        # a word hyphenated at the end of a line ("inter-" / "agency") is joined without the
        # space; the hyphen stays (a PDF does not say whether the break made it)
        out: list[str] = []
        for _, line in self.lines:
            part = line.strip()
            if out and out[-1].endswith("\u00ad"):
                out[-1] = out[-1][:-1]  # a soft hyphen where the line broke: one word
                out.append(part)
            # (a compound's second part may open with a capital or a digit: "Under-" /
            # "Secretary-General", "COVID-" / "19"; a suspended hyphen keeps its space:
            # "small-" / "and medium-sized")
            elif out and part[:1].isalnum() and _BROKEN_RE.search(out[-1]) \
                    and not suspended(part):
                out.append(part)
            elif out and continues_address(out[-1], part):
                out.append(part)  # a link or address cut where the line was full
            elif out and CJK_RE.match(out[-1][-1:]) and CJK_RE.match(part[:1]):
                out.append(part)  # (Chinese, Japanese: no space between words)
            else:
                out += (" ", part) if out else (part,)
        return "".join(out)

    @property
    def line(self) -> int:
        return self.lines[0][0]


def paragraphs(text: str, unwrapped: bool = True) -> list[Para]:
    """Group lines into paragraphs, remembering how many blank lines stood around each. A form
    feed (``pdftotext`` ends each page with one) is a page break where it stands: what is
    before it on its line ends the page, what is after it opens the next.

    ``unwrapped``: a block holding a line longer than any a page's width wraps at is a
    paragraph a line (text copied from a PDF viewer, or written in an editor that does not
    wrap, has no blank line between its paragraphs): not for Markdown, whose paragraphs may
    be written a long sentence a line."""
    paras: list[Para] = []
    current: Para | None = None
    blanks = 0
    feed = False
    for number, whole in enumerate(text.split("\n"), 1):
        for index, line in enumerate(whole.split("\f")):
            if index:  # a form feed before this piece
                blanks += 3
                current = None
                feed = True
                if paras:
                    paras[-1].page_end = True
            if not line.strip():
                if index == 0:
                    current = None
                    blanks += 1
                continue
            if current is None:
                if paras:
                    paras[-1].gap_after = blanks
                current = Para([], blanks, page_start=feed)
                paras.append(current)
                blanks = 0
                feed = False
            # (a LINE SEPARATOR, what a "<br>" of Markdown's inline HTML became, ends a line
            # of the block, on the same line of the file)
            current.lines += [(number, part) for part in line.split("\u2028") if part.strip()] \
                if "\u2028" in line else [(number, line)]
    if paras:
        paras[-1].gap_after = max(blanks, 3)
    if not unwrapped:
        return paras
    paras = [part for para in paras for part in unwrapped_block(para)]
    runs = _runs(paras)
    if runs <= 3:  # a whole text of wrapped lines without blank lines between paragraphs
        # (a short one too, when it has no blank line at all: a statement of a few lines)
        shortest = 3 if len(paras) == 1 else 8
        paras = [part for para in paras for part in _reflowed(para, shortest)]
    return paras


def _runs(paras: list[Para]) -> int:
    """How many runs of text blank lines set apart, not counting those a page break makes:
    ``pdftotext`` sets a page's running header or number apart with blank lines, which are no
    paragraph's end in a text that has none between its paragraphs (a page's text goes on
    under the next page's header), so the short blocks at a page's edges are not counted and
    the text on either side of them is one run."""
    if not any(para.page_start or para.page_end for para in paras):
        return len(paras)
    last = len(paras) - 1
    runs = 0
    broken = True  # a page break (or the text's start) since the last run counted
    for index, para in enumerate(paras):
        if len(para.lines) <= 2 and (para.page_start or para.page_end or index in (0, last)):
            broken = broken or para.page_end
            continue
        runs += not broken or runs == 0
        broken = para.page_end
    return runs


#: Longer than a line of a printed page (~90-100 characters at press-release sizes), once
#: ``pdftotext -layout``'s runs of spaces are counted as one.
_PAGE_WIDTH = 130


#: A line's last word that needs the next line, as no headline, heading or paragraph ends: an
#: article, a preposition, a conjunction ("… ICC judges issue arrest warrants against" /
#: "Vladimir Putin and …", a headline wrapped over two lines). Not words that may end a
#: phrase: "up", "out", "over", "after" ("Sign up", "Game over").
_NEEDS_NEXT_RE = re.compile(r"(?:^|\s)(?i:the|a|an|of|and|or|nor|but|to|for|with|from|into"
                            r"|onto|against|between|among|amid|via|per|vs\.?|by|at|on|in|as"
                            r"|than|upon|through|during|within|without|under)$")


def _reflowed(para: Para, shortest: int) -> list[Para]:
    """A block of wrapped lines cut where its paragraphs end: after a line the next line's
    first word would have fitted on (a wrapped paragraph's lines are full, so that line ended
    its paragraph: a headline, a label, a paragraph's last line), and before a list item.
    A long line ending in a comma or a word goes on, whatever its length: a PDF viewer's
    copy or PyMuPDF's lines of proportional type differ by a tenth or more, so that a
    full line may be shorter than the longest by a word. Only for a text that has no blank
    lines between its paragraphs at all (three blocks at most): where it has them, they say
    where paragraphs end."""
    if len(para.lines) < shortest:
        return [para]
    width = max(len(" ".join(t.split())) for _, t in para.lines)  # the wrap's, about
    out: list[Para] = []
    start = 0
    for index, (_, line) in enumerate(para.lines[:-1]):
        text = " ".join(line.split())
        after = para.lines[index + 1][1].split()
        fits = len(text) + 1 + len(after[0]) <= width if after else True
        goes_on = text.endswith((",", "-", "–", "—", "\u00ad")) or (
            not text.endswith(TERMINAL) and len(text) >= 0.8 * width) \
            or _NEEDS_NEXT_RE.search(text) is not None \
            or sentence_goes_on([t for _, t in para.lines], index, width)
        if (fits and not goes_on) or _mark(para.lines[index + 1][1]) is not None:
            out.append(Para(para.lines[start:index + 1], para.gap_before if not out else 0))
            start = index + 1
    out.append(Para(para.lines[start:], para.gap_before if not out else 0, para.gap_after))
    return out


def unwrapped_block(para: Para) -> list[Para]:
    """A block holding a line longer than a page's is a paragraph a line (no wrapped line is
    so long: the text has no blank lines between its paragraphs, or an HTML page set them
    apart with a <br>); but a sentence cut over two lines (``sentence_goes_on``) stays one
    paragraph."""
    # (a header's line set in columns is no paragraph's line, however long: the notice in
    # three languages side by side)
    if len(para.lines) < 2 or all(len(" ".join(t.split())) <= _PAGE_WIDTH or is_mark(t.strip())
                                  for _, t in para.lines) \
            or all(_TABLE_ROW_RE.match(t) or _TABLE_RULE_RE.match(t) for _, t in para.lines):
        return [para]  # (nor is a table's row, however wide)
    lines = [t for _, t in para.lines]
    # (the text's longest line, which a line cut where the page's or the window's edge was
    # is about as long as)
    width = max(len(" ".join(t.split())) for t in lines)
    out: list[Para] = []
    for index, part in enumerate(a_line_each(para)):
        if out and sentence_goes_on(lines, index - 1, width):
            out[-1].lines += part.lines
            out[-1].gap_after, out[-1].page_end = part.gap_after, part.page_end
        else:
            out.append(part)
    return out


#: A conjunction ending a line, which no paragraph ends on: "or", "and", «ou», «et», «y», «o»,
#: «и», «или» (a word), Arabic's «أو», «و», «ثم» (written apart), Chinese's «或», «或者»,
#: «以及»; what stands before it kept to tell "…; and" (a list's last item but one) apart.
_CONJUNCTION_END_RE = re.compile(r"(?P<before>.*?)(?:(?:^|(?<=\s))(?:and|or|nor|but|et|ou|ni|mais"
                                 r"|y|e|o|u|pero|и|или|а|но|либо|و|أو|ثم)|或者|以及|或)$")
#: A comma ending a line, in each script.
_COMMA_ENDS = (",", "，", "、", "،")
#: What ends a line of an enumeration (a resolution's preambular paragraphs, a list's items
#: without bullets, a poem's lines, an address's): a comma, a semicolon, a colon.
_ITEM_ENDS = (*_COMMA_ENDS, ";", "；", "؛", ":", "：")
#: The first letter of a line, past an opening quotation mark or bracket.
_OPENING_RE = re.compile(r"^[\s\"“«„‘'(\[]*(?P<first>\w)")
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a]")
#: A line cut where the page's or the window's edge was is about as long as the text's
#: longest: a line shorter than this share of it that ends on a comma ended there.
_FULL_LINE = 0.8


def sentence_goes_on(lines: list[str], index: int, width: int) -> bool:
    """Whether the sentence on ``lines[index]`` goes on on the next line (the line was cut,
    it did not end its paragraph), in a text whose longest line (or whose wrap) is ``width``
    characters: the line ends on a conjunction, not after a semicolon ("…; and", a list's
    last item but one) nor under a short line ending on a comma (a list's, a poem's line),
    or on a comma and is as long as the text's full lines, neither under such a short line
    nor over a line ending on a comma, a semicolon or a colon (a resolution's preambular
    paragraphs, «ссылаясь на…,» / «вновь подтверждая…,», «回顾…，», «إذ يشير…،», a list's
    items, a poem's lines, an address's: a paragraph a line); and the next line opens in
    lower case (in Arabic and Chinese, which have no capitals: with a letter of the line's
    script). Never a speech's addressees ("Mr. President, distinguished delegates,",
    «各位阁下，» / «女士们，先生们，»)."""
    text, next_text = " ".join(lines[index].split()), " ".join(lines[index + 1].split())
    above = " ".join(lines[index - 1].split()) if index > 0 else ""
    opening = _OPENING_RE.match(next_text)
    if not text or opening is None or _mark(next_text) is not None \
            or is_address_line(text) or is_salutation([text, next_text]):
        return False
    if above.endswith(_ITEM_ENDS) and len(above) < _FULL_LINE * width:
        return False  # (a run of short lines ending on commas: a list, a poem, an address)
    conjunction = _CONJUNCTION_END_RE.match(text)
    if conjunction is not None:
        if conjunction.group("before").rstrip().endswith((";", "；", "؛")):
            return False
    elif not text.endswith(_COMMA_ENDS) or len(text) < _FULL_LINE * width \
            or next_text.endswith(_ITEM_ENDS):
        return False
    first = opening.group("first")
    if _ARABIC_LETTER_RE.search(text[-3:]):
        return _ARABIC_LETTER_RE.match(first) is not None
    if CJK_RE.match(text[-2:-1] if text.endswith(_COMMA_ENDS) else text[-1:]):
        return CJK_RE.match(first) is not None
    return first.islower()


def a_line_each(para: Para, item: bool = False) -> list[Para]:
    """A block cut into a paragraph a line, keeping what stands around it (its gaps, the page
    breaks before and after it)."""
    last = len(para.lines) - 1
    return [Para([line], para.gap_before if i == 0 else 0, para.gap_after if i == last else 0,
                 para.page_start and i == 0, para.page_end and i == last, item)
            for i, line in enumerate(para.lines)]


def dehyphenated(paras: list[Para], lang: str = "en") -> list[Para]:
    """A word a line break cut after a hyphen, its next line going on in lower case, is one
    word without it when ``hyphenbreaks.typesetters_break`` says the typesetter broke it
    ("particu-" / "lar", "pro-" / "gramme" where "programme" is used); else the hyphen stays
    ("inter-" / "agency", "long-" / "term" where the text uses both words). The hyphen is
    made a soft one, which ``Para.text`` joins across and drops."""
    if not any(t.rstrip().endswith("-") for p in paras for _, t in p.lines[:-1]):
        return paras  # (most texts: no word cut so)
    breaks: list[tuple[Para, int, str, str]] = []  # (paragraph, line, head, tail)
    for para in paras:
        for index in range(len(para.lines) - 1):
            line = para.lines[index][1].rstrip()
            if not line.endswith("-"):
                continue
            broken = _BROKEN_HEAD_RE.search(line[-64:])
            after = _WORD_HEAD_RE.match(para.lines[index + 1][1].lstrip())
            if broken is not None and after is not None and after.group(0)[:1].islower():
                breaks.append((para, index, broken.group(1), after.group(0)))
    words = Vocabulary.of([t for p in paras for _, t in p.lines],
                          [half for _, _, head, tail in breaks for half in (head, tail)])
    hyphenated = typeset_breaks([(head, tail) for _, _, head, tail in breaks], words, lang)
    for para, index, head, tail in breaks:
        if typesetters_break(head, tail, words, lang, hyphenated):
            number, line = para.lines[index]
            para.lines[index] = (number, line.rstrip()[:-1] + "\u00ad")
    return paras


#: the last word of a line ending in a hyphen, the first of the next line (not the start of an
#: address, "jonathan.huskey@seiu.org", nor of a path: a column beside the text, or a link)
_BROKEN_HEAD_RE = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_WORD_HEAD_RE = re.compile(r"[^\W\d_]+(?![\w@/]|\.\w)")


def _mark(line: str) -> str | None:
    """What kind of list item ``line`` starts: its bullet, "1" for a number, "a" for a letter."""
    match = _BULLET_RE.match(line)
    if match is None:
        return None
    return match.group("mark") or ("1" if match.group("number") else "a")


#: A Markdown (GFM) table's row, "| Africa | 1,234 |", and the rule under its header row,
#: "|---|:---:|" (as PDF-to-Markdown converters write a PDF's tables).
_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE_RE = re.compile(r"^\s*+\|?\s*+:?-{3,}+:?\s*+(?:\|\s*+:?-{3,}+:?\s*+)+\|?\s*+$"
                            r"|^\s*+\|\s*+:?-{3,}+:?\s*+\|\s*+$")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")


def _table_cells(para: Para) -> list[Para] | None:
    """A Markdown table's cells, a paragraph each, as the HTML importer makes a ``<table>``'s
    (the vocabulary has no tables); its rule rows dropped. None when ``para`` is no table:
    rows between bars, or a header row with bars over a rule ("a | b" / "---|---")."""
    lines = para.lines
    if len(lines) < 2:
        return None
    ruled = "|" in lines[0][1] and bool(_TABLE_RULE_RE.match(lines[1][1]))
    if not ruled and not all(_TABLE_ROW_RE.match(t) for _, t in lines):
        return None
    out: list[Para] = []
    for number, line in lines:
        if _TABLE_RULE_RE.match(line):
            continue
        row = line.strip()
        row = row[1:] if row.startswith("|") else row
        row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
        out += [Para([(number, cell)], 0, item=True)
                for part in _CELL_SPLIT_RE.split(row) if (cell := part.strip().replace("\\|", "|"))]
    if not out:
        return None
    out[0].gap_before, out[-1].gap_after = para.gap_before, para.gap_after
    return out


def split_lists(paras: list[Para], markdown: bool = False) -> list[Para]:
    """A bulleted list is a paragraph per item, without its bullet: the vocabulary has no
    lists, and "• a • b • c" as one unit is no sentence to translate. A paragraph is a list
    when its first line starts with a bullet and another line with the same one (a dash that
    a line break put first on one line is not a list); a continuation line stays with its
    item. Numbered items ("1.", "a)") keep their numbers: the text may refer to them.
    ``markdown``: a block opening with "- ", "* " or "+ " is a list of its own, one item too
    (CommonMark's; its marker had stayed in the text: "- Kamran Azeem <…>", a signature)."""
    out: list[Para] = []
    for para in paras:
        cells = _table_cells(para)
        if cells:
            out += cells
            continue
        fields = _fields(para) or _signatories(para) or _salutation(para)
        if fields:
            out += fields
            continue
        addressed, rest = _salutation_apart(para)
        if rest is not None:
            out += addressed
            para = rest
        para = _lead_in(para, out)
        mark = _mark(para.lines[0][1])
        if mark is None:
            out.append(para)
            continue
        # (a list's glyphs may differ by level: "•" items with "◦" or "" ones under them,
        # or indented dashes, or Word's "o" of the second level in Courier)
        starts = [i for i, (_, t) in enumerate(para.lines)
                  if (found := _mark(t)) == mark or (mark in _GLYPHS and (
                      found in _GLYPHS or (t[:1].isspace() and (found in ("-", "–")
                                                                or _SUB_O_RE.match(t)))))]
        # (one item of a glyph, its lines wrapped: an item, as a text without blank lines
        # gives each once reflowed)
        if len(starts) < 2 and mark not in _GLYPHS and not (
                markdown and mark in ("-", "*", "+") and _HAS_LETTER_RE.search(para.text)):
            out.append(para)
            continue
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(para.lines)
            lines = para.lines[start:end]
            number, line = lines[0]
            bullet = _BULLET_RE.match(line) or _SUB_O_RE.match(line)
            assert bullet is not None
            out.append(Para([(number, line[bullet.end():]), *lines[1:]],
                            para.gap_before if index == 0 else 0,
                            para.gap_after if end == len(para.lines) else 0, item=True))
    return out


#: The fields of a media advisory, a line each: "What: …", "When: …", "Where: …", "Speakers:
#: …" (a known name, so that a wrapped sentence whose line happens to open "Word: " is not
#: cut).
_FIELD_RE = re.compile(
    r"^\s*+(?:what|when|where|who|why|how|date|dates|time|times|venue|place|location|"
    r"speakers?|participants?|panell?ists?|moderators?|hosts?|organi[sz]ers?|partners?|"
    r"registration|accreditation|languages?|interpretation|format|theme|event|duration|"
    r"webcast|livestream|live stream|agenda|contacts?|media|note|embargo|opening|closing|"
    r"press conference|briefing|subject|topic|spokesperson|spokesman|spokeswoman|rsvp|"
    r"r\.s\.v\.p\.?)\s*:"
    r"(?:\s+\S|\s*$)", re.IGNORECASE)
#: A line that cannot end a field's entry: on a joining word, a comma or a dash.
_ENDS_OPEN_RE = re.compile(r"(?:\b(?:and|or|of|the|for|to|in|on|at|with|a|an)|[,–—-])$",
                           re.IGNORECASE)
#: A field of a name no list knows, opening a block of known fields ("Spokesperson for the UN
#: High Commissioner for Human Rights: Ravina Shamdasani" over "Location: Geneva").
_ANY_FIELD_RE = re.compile(r"^\s*+[A-Z][^:.!?]{2,80}:\s+\S")


#: A signatory's line of a joint statement: a name of two words or more, then titles and
#: office after commas ("Catherine Russell, Executive Director, UNICEF"); no sentence.
SIGNATORY_RE = re.compile(r"^\s*(?:H\.E\.\s+|Dr\.?\s+|Prof\.?\s+)?[A-Z][\w'’.-]+"
                           r"(?:\s+[A-Z][\w'’.-]+){1,3},\s+[A-Z][^.!?;:]{2,80}$")


def _signatories(para: Para) -> list[Para]:
    """A joint statement's signatories, a line each ("Catherine Russell, Executive Director,
    UNICEF" / "Natalia Kanem, Executive Director, UNFPA"): a paragraph each, not one."""
    if len(para.lines) < 2 or not all(SIGNATORY_RE.match(t) for _, t in para.lines):
        return []
    return a_line_each(para, item=True)  # (each an item: a paragraph, never a subheading)


def _salutation(para: Para) -> list[Para]:
    """A speech's salutation, an addressee a line ("Distinguished President of the Council," /
    "Excellencies," / "Colleagues and friends,", ``salutationlines.is_salutation``): a paragraph a
    line, as the page shows it (the source has no line break inside a block); never a
    subheading. [] for any other paragraph."""
    if not is_salutation([t for _, t in para.lines]):
        return []
    return a_line_each(para, item=True)


def _salutation_apart(para: Para) -> tuple[list[Para], Para | None]:
    """A salutation at a block's top and the speech that follows it with no blank line between
    ("Mr. President, Excellencies, Ladies and gentlemen," / "It is an honour …",
    ``salutationlines.salutation_end``): the salutation is a paragraph of its own (a paragraph
    a line when each line is an addressee's, one paragraph when a page's width cut it), never
    a subheading, and the rest the block; ([], None) for any other block. It had been glued
    to the first sentence, one unit of both."""
    end = salutation_end([t for _, t in para.lines])
    if not end:
        return [], None
    head = Para(para.lines[:end], para.gap_before, 0, para.page_start, False, True)
    rest = Para(para.lines[end:], 0, para.gap_after, False, para.page_end, para.item)
    return _salutation(head) or [head], rest


def is_field(line: str) -> bool:
    """Whether a line opens with a media advisory's field name ("When: …")."""
    return bool(_FIELD_RE.match(line))


def _fields(para: Para) -> list[Para]:
    """A media advisory's block of fields, a paragraph a field ("What: Global launch …" /
    "When: Thursday, 26 June 2025 …" / "Where: …"): one unit of them all is no sentence to
    translate. The block opens with a field and holds two at least; a line without a field
    name goes with the field above (a wrapped line). [] for any other paragraph."""
    if len(para.lines) < 2:
        return []
    starts = [i for i, (_, t) in enumerate(para.lines) if _FIELD_RE.match(t)]
    if len(starts) >= 2 and starts[0] == 1 and _ANY_FIELD_RE.match(para.lines[0][1]):
        starts.insert(0, 0)  # a field of another name first, known ones under it
    if len(starts) < 2 or starts[0] != 0:
        return []
    # (a line indented under a field's value, in capitals after a line that may end there,
    # is an entry of its own, a field of several: "Who: Máximo Torero, FAO" / "     Arif
    # Husain, WFP"; a wrapped value's line goes on the line above: "… and the" / "   regional
    # reports")
    # (and a field's entries under it, a bullet each: "Speakers:" / "- Christine Arab, …" /
    # "- Armida …", a bullet glyph, or a dash under a name alone or on two lines at least)
    marks = [(m.group("mark") if i and (m := _BULLET_RE.match(t)) else None)
             for i, (_, t) in enumerate(para.lines)]
    dashed = sum(m is not None and m not in _GLYPHS for m in marks)
    entries = {i for i, m in enumerate(marks) if m is not None and (
        m in _GLYPHS or dashed > 1 or para.lines[i - 1][1].rstrip().endswith(":"))}
    starts = sorted({*starts, *entries, *(i for i, (_, t) in enumerate(para.lines) if i
                                          and t[:2].isspace() and t.lstrip()[:1].isupper()
                                          and not _ENDS_OPEN_RE.search(
                                              para.lines[i - 1][1].rstrip()))})
    last = len(starts) - 1
    return [Para([(n, _unbulleted(t) if i == start and i in entries else t.strip())
                  for i, (n, t) in enumerate(para.lines[start:(starts[k + 1] if k < last
                                                               else len(para.lines))], start)],
                 para.gap_before if k == 0 else 0, para.gap_after if k == last else 0,
                 para.page_start and k == 0, para.page_end and k == last, item=True)
            for k, start in enumerate(starts)]


def _unbulleted(line: str) -> str:
    """A list item's line without its bullet."""
    bullet = _BULLET_RE.match(line)
    return line[bullet.end():].strip() if bullet is not None else line.strip()


def _lead_in(para: Para, out: list[Para]) -> Para:
    """A list's lead-in on the lines above its first item, no blank line between ("Key
    outcomes" / "• a plan" / "• a review"): the lead-in goes to ``out`` as a paragraph of its
    own and the list is returned. Two items with the same mark make a list, if the mark is a
    bullet glyph or the lead-in ends with a colon: a wrapped sentence can put a dash or a
    number first on two of its lines."""
    marks = [_mark(t) for _, t in para.lines]
    first = next((i for i, m in enumerate(marks) if m is not None), 0)
    if first == 0 or marks.count(marks[first]) < 2 or (
            marks[first] not in _GLYPHS and not para.lines[first - 1][1].rstrip().endswith(":")
            and not _heading_over_items(para, marks, first)):
        return para
    out.append(Para(para.lines[:first], para.gap_before, 0, para.page_start))
    return Para(para.lines[first:], 0, para.gap_after, False, para.page_end)


def _heading_over_items(para: Para, marks: list[str | None], first: int) -> bool:
    """A short heading line ("Key Facts") over lines that every one starts with the same dash
    ("- Zero injuries…" / "- No prior…"): a list, as under a colon. (A wrapped sentence may put
    a dash first on a line or two of its own, not on every line after a heading.)"""
    heading = para.lines[first - 1][1].strip()
    items = [t.strip().lstrip("-–").lstrip()[:1] for _, t in para.lines[first:]]
    # (each item opens with a capital or a figure: a sentence's lines the dashes interrupt,
    # "- ended late, and …", go on in lower case)
    return (first == 1 and marks[first] in ("-", "–") and len(para.lines) - first >= 2
            and all(m == marks[first] for m in marks[first:])
            and all(c.isupper() or c.isdigit() for c in items)
            and len(heading) <= 60 and heading[-1:].isalnum() and heading[:1].isupper())


def cells(line: str) -> list[str]:
    """The columns of a line, as ``pdftotext -layout`` spaced them."""
    return [c for c in _COLUMNS_RE.split(line.strip()) if c]


def is_mark(text: str) -> bool:
    """A page number, separator, continuation or end mark, a document symbol or reference,
    the information services' notice ("For information only - not an official document"), or
    what a browser prints on a web page's pages (its date, time and title; its address and
    the page's number)."""
    return bool(PAGE_NUMBER_RE.match(text) or _MARK_RE.match(text)
                or _WORD_MARK_RE.match(text) or _SYMBOL_RE.match(text)
                or is_notice(text) or is_reference(text) or _BROWSER_RE.match(text))


#: What "Print to PDF" sets above and under a web page's every page: the date and time with
#: the page's title ("12/05/2024, 10:15 Council condemns … | Meetings Coverage and Press
#: Releases"), the address with the page's number ("https://press.un.org/en/2024/…htm 1/2")
_BROWSER_RE = re.compile(
    r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+\S.*"
    r"|(?:https?://|www\.)\S+\s+\d{1,3}/\d{1,3})\s*$")


def is_notice(text: str) -> bool:
    """The notice atop a UN information service's release, not its news."""
    if len(text) > 480:
        return False
    # (in columns, a language each: "For information - not an official document     Zur
    # Information - kein offizielles Dokument     Pour information - document sans …")
    columns = cells(text)
    return all(len(c) <= 160 and _NOTICE_RE.match(c) for c in columns) \
        and any(_NOTICE_STRONG_RE.search(c) for c in columns)


def is_reference(text: str) -> bool:
    """A line of document symbols, or a release's number under its label ("Press Release No:
    UNIS/NAR/687", "Press release number: IFAD 06/06")."""
    if len(text) > 120:
        return False
    if _NUMBERED_KIND_RE.match(text.strip()):
        return True
    match = _REFERENCE_RE.match(text.strip())
    if match is None:
        return False
    refs = [r for r in (r.strip("|,;") for r in match.group("refs").split()) if r]
    if refs and all(_SYMBOL_RE.match(r) for r in refs):
        return True
    # a label and a number: only where a label says it is one ("Press release number:";
    # a bare "IFAD 06/06", or "Note 5", is text)
    label = match.group("label") or ""
    return bool(_NUMBERED_RE.search(label)) and bool(_NUMBER_RE.match(" ".join(refs)))


def reference_label(text: str) -> str | None:
    """The kind of document a release's number line names, as written ("Press Release" of
    "ECA Press Release No. 45/2024"): the release's label, its number furniture."""
    if numbered := _NUMBERED_KIND_RE.match(text.strip()):
        return " ".join(numbered.group("label").split())
    match = _REFERENCE_RE.match(text.strip()) if is_reference(text) else None
    if match is None or not match.group("kind"):
        return None
    kind = re.search(r"(?:press|news|background|media)\s+(?:release|note|advisory)",
                     match.group("label"), re.IGNORECASE)
    return kind.group(0) if kind else None


def has_symbol(line: str) -> bool:
    """Whether a line holds a UN document symbol as a cell of its own (a letterhead), or a
    release's number in capitals and figures between hyphens ("ICC-CPI-20230317-PR1757")."""
    return any(_SYMBOL_RE.match(c) or is_reference(c) or _CODED_NUMBER_RE.match(c)
               for c in cells(line))


#: A release's number of capitals and figures joined by hyphens, no slash: "ICC-CPI-20230317-
#: PR1757", "ICC-OTP-20240520-PR1754" (three parts or more, four figures or more; "COVID-19"
#: and "SARS-CoV-2" are words).
_CODED_NUMBER_RE = re.compile(r"^(?=(?:[^\d]*\d){4})[A-Z]{2,}(?:-[A-Z0-9]+){2,}$")


def is_letterhead(para: Para) -> bool:
    """A paragraph above the headline that names the issuer, not the news: a line holding a
    document symbol in a column of its own, or parts between bullets ("A • B • C")."""
    return any(has_symbol(t) or len(_BULLETS_RE.findall(t)) >= 2 for _, t in para.lines)


#: What an office's footer holds beside its name, which no paragraph of the text repeats word
#: for word: its address's parts between bars, a post box, its telephone, its site.
_FOOTERISH_RE = re.compile(r"\s\|\s|\bP\.?\s?O\.?\s+Box\b|\bTel\.?\s*:|\bFax\b|www\.",
                           re.IGNORECASE)


def _at_gap(para: Para) -> bool:
    """Whether a paragraph stands against a page break: a run of blank lines or a form feed."""
    return para.gap_before >= 3 or para.gap_after >= 3 or para.page_start or para.page_end


#: a paragraph of a number alone ("1"): a page's number, or a table's cell
_BARE_NUMBER_RE = re.compile(r"^\s*\d{1,4}\s*$")


def _table_figure(paras: list[Para], index: int) -> bool:
    """Is ``paras[index]``, a number alone, a table's cell rather than a page's number: away
    from any page break, between two short cells ("Rank" / "1" / "Switzerland" / "67.5" / "2",
    a table as pdftotext writes it a cell a paragraph)? A page number stands at a page's end
    or start, or between paragraphs of text: removing a table's ranks lost them."""
    para = paras[index]
    if not all(_BARE_NUMBER_RE.match(t) for _, t in para.lines) or _at_gap(para) \
            or index + 1 >= len(paras):
        return False
    return all(len(other.lines) == 1 and len(other.text) <= 40
               and not other.text.rstrip().endswith(TERMINAL)
               for other in (paras[index - 1], paras[index + 1]))


def _is_furniture(para: Para, repeated: set[str], footers: set[str],
                  fields: frozenset[int] = frozenset()) -> bool:
    # (``fields``: the lines of a report site's fields, read among their neighbours)
    if all(n in fields or _line_is_furniture(t, repeated) for n, t in para.lines):
        return True
    if _unpaged(para) in footers:
        return True
    # a short all-capitals block standing alone between page gaps, or first or last on a page
    # that a form feed delimits: a running header or footer
    page_gap = (para.gap_before >= 3 and para.gap_after >= 3) or para.page_start \
        or para.page_end
    return page_gap and _capitals(para)


#: A rule drawn with a character repeated ("-----", "_____", "=====")
_RULE_RE = re.compile(r"^\s*([-_=–—*~])\1{4,}\s*$")


def shares_apart(paras: list[Para]) -> list[Para]:
    """A page's sharing buttons on a line of a block (``importer_chrome.share_line``), a block
    of their own, so that ``remove_furniture`` removes them: copied with no blank line under
    the text's last sentence ("… in the coming days." / "Share on Facebook Share on
    Twitter"), they had been glued to it, a sentence to translate. Only a line that opens
    with no lower-case letter, after a line ending a sentence or at the block's edge: a
    wrapped sentence's line ("… asked them to" / "share on Facebook" / "their photos.") is
    the text's."""
    if not any(len(p.lines) > 1 and any(share_line(t) for _, t in p.lines) for p in paras):
        return paras  # (most texts)
    out: list[Para] = []
    for para in paras:
        cuts = [i for i, (_, t) in enumerate(para.lines) if len(para.lines) > 1
                and share_line(t) and not t.strip()[:1].islower()
                and (i in (0, len(para.lines) - 1)
                     or para.lines[i - 1][1].rstrip().endswith(TERMINAL))]
        if not cuts:
            out.append(para)
            continue
        edges = sorted({0, len(para.lines), *cuts, *(i + 1 for i in cuts)})
        last = len(edges) - 2
        for k, (start, end) in enumerate(itertools.pairwise(edges)):
            out.append(Para(para.lines[start:end], para.gap_before if k == 0 else 0,
                            para.gap_after if k == last else 0, para.page_start and k == 0,
                            para.page_end and k == last, para.item))
    return out


def rules_apart(paras: list[Para]) -> list[Para]:
    """A rule at the top or the foot of a block of lines, its own block: drawn above a
    footer with no blank line between ("-----" / "Public Information Division – MONUSCO |
    Tel: …"), it had been glued to the footer's first line; a block of its own, it is
    removed as a separator. (Not in Markdown, where a rule under a line makes it a
    heading.)"""
    if not any(len(p.lines) > 1 and (_RULE_RE.match(p.lines[0][1])
                                     or _RULE_RE.match(p.lines[-1][1])) for p in paras):
        return paras  # (most texts)
    out: list[Para] = []
    for para in paras:
        lines = para.lines
        if len(lines) > 1 and _RULE_RE.match(lines[0][1]):
            out.append(Para(lines[:1], para.gap_before, 0, para.page_start))
            para = Para(lines[1:], 0, para.gap_after, False, para.page_end, para.item)
            lines = para.lines
        if len(lines) > 1 and _RULE_RE.match(lines[-1][1]):
            out.append(Para(lines[:-1], para.gap_before, 0, para.page_start, False, para.item))
            para = Para(lines[-1:], 0, para.gap_after, False, para.page_end)
        out.append(para)
    return out


def _unpaged(para: Para) -> str:
    """A paragraph's text without its lines that are a page number alone."""
    if not any(PAGE_NUMBER_RE.match(t) for _, t in para.lines):
        return para.text
    return " ".join(layout_spaces(t).strip() for _, t in para.lines
                    if not PAGE_NUMBER_RE.match(t))


def _running_header(para: Para, lang: str, after_break: bool) -> bool:
    """One line in columns naming the release, with the page number or, at a page's top, the
    date: "OCHA Press Release      Page 2 of 2", "Press Release – AI Advisory Body      19
    September 2024" (the words a short title's, no sentence)."""
    columns = cells(para.lines[0][1]) if len(para.lines) == 1 else []
    if len(columns) < 2 or any(len(c) > 80 for c in columns):
        return False
    paged = [bool(PAGE_NUMBER_RE.match(c)) for c in columns]
    dated = [lone_date(c, lang) is not None for c in columns]
    words = [c for c, p, d in zip(columns, paged, dated, strict=True) if not (p or d)]
    return (any(paged) or (after_break and any(dated))) and len(words) <= 2 \
        and all(not w.endswith(TERMINAL) and len(w.split()) <= 10 for w in words)


#: A kind of document as a running title names it, with the office or not ("Press release",
#: "UNFPA News Release", "Media advisory").
_RUNNING_KIND_RE = re.compile(r"(?:[A-Z][\w-]{1,12}\s+)?(?i:(?:press|news|media)\s+(?:release"
                              r"|advisory|note|statement|briefing)|statement|communiqu[ée]"
                              r"|fact\s+sheet|media\s+alert)")
#: (a run of white space tried from its start only: from each of its spaces, a title holding
#: a long run took quadratic time)
_TITLE_JOINS_RE = re.compile(r"(?<!\s)\s++[–—|•·-]\s+|:\s+")


def _running_title(para: Para) -> bool:
    """A running title atop a page, the release's title and its kind, no page number ("State
    of World Population 2024 – Press release", "Press release: Gaps in maternal health"): a
    two-page release prints it once, so no repetition finds it; first on a page (the
    caller's to say)."""
    if len(para.lines) != 1 or len(text := para.lines[0][1].strip()) > 100:
        return False
    parts = _TITLE_JOINS_RE.split(text)
    kinds = [_RUNNING_KIND_RE.fullmatch(part) is not None for part in parts]
    title = parts[kinds.index(True) ^ 1] if len(parts) == 2 and any(kinds) else ""
    return title[:1].isupper() and not title.endswith(TERMINAL) and len(title.split()) <= 12


#: A web page's offer of its media beside the text, a line of its own with at most the file's
#: address or size: "Download the video: https://…", "Watch the video", "Listen to the audio
#: (MP3)", "Download high-resolution photos here" (un.org/sg's statements carry one under the
#: headline); not an offer of a report, which is the release's news.
_MEDIA_OFFER_RE = re.compile(
    r"^\W*(?:(?:click\s+here\s+to\s+)?(?:download|watch|view|listen\s+to|stream)\s+(?:the\s+|this\s+|"
    r"our\s+)?(?:full\s+|related\s+|broadcast[- ]quality\s+|high[- ]resolution\s+|hi[- ]res\s+)?"
    r"(?:videos?|audio|photos?|photographs?|pictures?|images?|b-roll|footage|podcast|"
    r"soundbites?|multimedia|media\s+(?:assets|kit))(?:\s+(?:message|statement|file|clip|"
    r"here|below))*)\s*(?:\((?:[^()]{1,40})\))?\s*(?:[:\-–—]\s*)?"
    r"(?:(?:https?://|www\.)\S*\s*)*(?:\.\.\.|…)?\W*$", re.IGNORECASE)


def media_offer(text: str) -> bool:
    """A web page's offer of the release's video, audio or photos ("Download the video:
    https://…"): the page's furniture, no text to translate."""
    return len(text) <= 400 and _MEDIA_OFFER_RE.match(text) is not None


def _line_is_furniture(line: str, repeated: set[str]) -> bool:
    # (a wire's or newsroom's line, "(Logo: http://…", "Size : 101.8 MB", "Available in:
    # Español, 中文, …", read whole: a switcher's names may stand in columns)
    if page_furniture(line) or _letter_spaced(line):
        return True
    parts = cells(line)
    if len(parts) == 1:
        return is_mark(parts[0]) or parts[0] in repeated or _symbol_and_page(parts[0]) \
            or _titled_page(parts[0]) or media_offer(parts[0]) or page_chrome(parts[0])
    return (all(is_mark(c) or c in repeated for c in parts)
            and any(is_mark(c) for c in parts))


#: What a running header sets between its symbol and the page number on one line: "UNIS/NAR/1400
#: – Page 2", "SG/SM/20512 | 2"
_HEADER_JOINS_RE = re.compile(r"(?<!\s)\s++[–—|•·-]\s+")


def _symbol_and_page(text: str) -> bool:
    """A running header of a document symbol and the page number, joined on one line ("UNIS/NAR/
    1400 – Page 2", "Page 2 | SG/SM/20512"), or a footer of the office's web address and the
    page number ("www.un.org/sg | Page 1 of 1"): each part furniture, and a symbol or an
    address among them (two numbers joined so, "2020 – 2021", are text)."""
    parts = _HEADER_JOINS_RE.split(text.strip())
    return (len(parts) > 1 and all(is_mark(part) or _WEB_RE.match(part) for part in parts)
            and any(_SYMBOL_RE.match(part) or is_reference(part) or _WEB_RE.match(part)
                    for part in parts)
            and any(PAGE_NUMBER_RE.match(part) or _SYMBOL_RE.match(part) or is_reference(part)
                    for part in parts))


def _titled_page(text: str) -> bool:
    """A footer of the release's short title and its page number written out, joined on one
    line ("UNV Press Release | Page 1 of 1", "Page 2 of 3 – OCHA Flash Update"): PyMuPDF sets
    it right under the page's last block, no blank line between. Not a bare number ("Annex
    | 2" may be text)."""
    if len(text) > 100:
        return False
    parts = _HEADER_JOINS_RE.split(text.strip())
    if len(parts) != 2:
        return False
    paged = [_page_line(part) for part in parts]
    title = parts[paged.index(True) ^ 1] if any(paged) and not all(paged) else ""
    # (a title's words: capitalised, or joining ones, or the kind's, "Press release"; "Read
    # more at www.un.org/sg | Page 1 of 1" is a sentence)
    return not title.endswith(TERMINAL) and 0 < len(title.split()) <= 8 and all(
        w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in title.split())


_TITLE_SMALL_WORDS = frozenset("of and for the on in to at a an de la du des release "
                               "advisory note statement update".split())


#: A web address alone: "www.un.org/sg", "https://www.unodc.org".
_WEB_RE = re.compile(r"^(?:https?://|www\.)[^\s]+$", re.IGNORECASE)


def _capitals(para: Para) -> bool:
    # (capitals, not letters without case: a Chinese or Arabic line, «主席先生，» first on a
    # page, is upper case to str.upper and had gone as a running header)
    return all(len(t.strip()) <= 60 and t.upper() == t and any(c.isupper() for c in t)
               for _, t in para.lines)


def _cutting_a_sentence(paras: list[Para]) -> set[int]:
    """The short all-capitals paragraphs that stand inside a sentence: after a paragraph
    without final punctuation, before one that goes on in lower case. A running header that
    a page break put there, found without the blank lines around it (text without blank
    lines between its paragraphs has none); ids of the paragraphs."""
    found: set[int] = set()
    index = 1
    while index < len(paras):
        end = index
        while end < len(paras) and _capitals(paras[end]):
            end += 1
        if end > index and end < len(paras) and paras[end].text[:1].islower() \
                and not paras[index - 1].text.endswith(TERMINAL):
            found.update(id(p) for p in paras[index:end])
        index = end + 1 if end > index else index + 1
    return found


def _footnotes_apart(paras: list[Para]) -> list[Para]:
    """Footnotes set on consecutive lines, as pdftotext writes a page's foot ("1 The African
    Union …" / "2 General Assembly resolution …"): a paragraph each, where each line that
    opens with the next number starts one."""
    out: list[Para] = []
    for para in _page_numbers_apart(paras):
        first = footnote_opening(para.lines[0][1]) if len(para.lines) > 1 else None
        if first is None:
            out.append(para)
            continue
        starts, number = [0], first.number
        for index, (_, line) in enumerate(para.lines[1:], 1):
            opening = footnote_opening(line)
            if opening is not None and opening.number == number + 1:
                starts.append(index)
                number += 1
        if len(starts) < 2:
            out.append(para)
            continue
        ends = [*starts[1:], len(para.lines)]
        out += [Para(para.lines[a:b], para.gap_before if a == 0 else 0,
                     para.gap_after if b == len(para.lines) else 0,
                     para.page_start and a == 0, para.page_end and b == len(para.lines))
                for a, b in zip(starts, ends, strict=True)]
    return out


def _page_numbers_apart(paras: list[Para]) -> list[Para]:
    """A page number written out ("- 1 -", "Page 2 of 3", not a bare "2") as the first or last
    line of a block, no blank line between ("- 1 -" / "Union's Agenda 2063."): a block of its
    own, so that it is furniture and the page break it marks is one."""
    out: list[Para] = []
    for para in paras:
        lines = para.lines
        head = 1 if len(lines) > 1 and _page_edge_line(lines[0][1]) else 0
        tail = 1 if len(lines) - head > 1 and _page_edge_line(lines[-1][1]) else 0
        if not head and not tail:
            out.append(para)
            continue
        middle = lines[head:len(lines) - tail]
        if head:
            out.append(Para(lines[:1], para.gap_before, 0, para.page_start))
        out.append(Para(middle, 0 if head else para.gap_before, 0 if tail else para.gap_after,
                        para.page_start and not head, para.page_end and not tail))
        if tail:
            out.append(Para(lines[-1:], 0, para.gap_after, False, para.page_end))
    return out


def _page_line(line: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(line)) and not line.strip().isdigit()


def _page_edge_line(line: str) -> bool:
    """A block's first or last line that is a page's: a page number written out, alone or
    with the release's title ("UNV Press Release | Page 1 of 1")."""
    return _page_line(line) or _titled_page(line)


#: The commas a line of speech ends on: Latin and Cyrillic, Chinese (full-width, ideographic
#: enumeration), Arabic.
_SPEECH_COMMAS = (",", "，", "、", "،")


def _chrome(paras: list[Para]) -> set[int]:
    """The paragraphs that are a web page's chrome (``importer_chrome``): a skip link or a
    print view's header anywhere, and the site's section line among the blocks opening the
    text, above the headline ("Skip to main content" / "Press releases Human Rights
    Council" / the headline); ids. (The first had been the headline, the second the
    headline or a paragraph.)"""
    found = {id(p) for p in paras if all(is_chrome(t) for _, t in p.lines)}
    # every block before this one is chrome, as the loop stops at the first that is not
    # (each block had been checked against all those before it again: 20,000 section
    # lines above the headline took 96 s)
    for para in paras[:-1]:
        if id(para) in found:
            continue
        if len(para.lines) != 1 or not is_section_line(para.lines[0][1]):
            break
        found.add(id(para))
    return found


def _lone_shares(paras: list[Para], furniture: set[int]) -> set[int]:
    """The blocks of an offer to share that names nothing ("Share", "Tweet", «Partager»,
    «شارك»: ``importer_chrome.lone_share``) that stand in the page's chrome: among the
    furniture above the text (its headline's the first block that is none), or in the run
    of furniture after its last paragraph when another block of that run is furniture too
    ("Share" / "Print" / "© UNICEF 2024"); ids. In the text it is the text's: a list's item
    ("Donate" / "Volunteer" / "Share"), a heading ("SHARE", a programme's acronym), a
    sentence ("Share."), Arabic's «مشاركة» ("participation"), «انشر» ("publish"); since
    96a81c2 they had been removed wherever they stood (t67/hE B)."""
    lone = {id(p) for p in paras if all(lone_share(t) for _, t in p.lines)}
    if not lone:
        return lone  # (most texts)
    found: set[int] = set()
    for para in paras:
        if id(para) not in lone and id(para) not in furniture:
            break
        found |= {id(para)} & lone
    run: set[int] = set()
    other = False
    for para in reversed(paras[1:]):
        if id(para) not in lone and id(para) not in furniture:
            break
        run |= {id(para)} & lone
        other = other or id(para) not in lone
    return found | (run if other else set())


def _letter_spaced(line: str) -> bool:
    """A long line of Latin letters and figures set a space apart each, the words' own spaces
    lost ("R u e d e l a L o i 1 7 5 B – 1 0 4 8 B R U S S E L S T e l . : …", a
    letterhead's address band as a PDF's text layer gives it): no text to translate (a short
    one, "P R E S S", is left to the head)."""
    tokens = line.split()
    if len(tokens) < 20:
        return False
    spaced = sum(len(t) == 1 and (ord(t) < 0x250 or t in "–—") for t in tokens)
    return spaced >= 0.8 * len(tokens)


#: What a release's closing blocks hold and a site's list of links to its other pages does
#: not: a contact's address or telephone.
_CONTACTISH_RE = re.compile(r"@|\+\d|\b(?:tel|phone|fax|e-?mail|contact)", re.IGNORECASE)
#: What opens an office's boilerplate after the contacts ("About UNICEF", "Notes to editors").
_BOILERPLATE_RE = re.compile(r"^(?:about\s+\S|notes?\s+(?:to|for)\s+editors?\b"
                             r"|editor['’]?s\s+notes?\b)", re.IGNORECASE)
#: A sentence's end in the six languages' scripts (a link's title seldom ends so).
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "؟", "…")
#: A text without spaces between its words (Chinese): a sentence of it is at least this long.
_UNSPACED_SENTENCE = 20


def opens_boilerplate(text: str) -> bool:
    """Whether a block opens an office's boilerplate ("About UNICEF", "Notes to editors")."""
    return bool(_BOILERPLATE_RE.match(text.strip()))


def _release_sentence(text: str) -> bool:
    """Whether a line (or a block's text) is a sentence of the release, not a link's title or
    date in a site's list: it ends a sentence and is one, at least eight words, most of them
    in lower case ("The agreement, he said, marks a turning point for …"; not "Taking Stock,
    Charting the Future.", a title); in Chinese, twenty characters."""
    text = " ".join(text.split()).rstrip("”’\"»)")
    if not text.endswith(_SENTENCE_END):
        return False
    words = text.split()
    if len(words) < 3:
        return len(text) >= _UNSPACED_SENTENCE
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= 8 and 2 * lower >= len(words)


def _release_text(para: Para) -> bool:
    """Whether a block under a related-links heading is the release's, where a site's list of
    links stops: a sentence of the text, a contact's detail, an office's boilerplate."""
    return _release_sentence(para.text) or any(_release_sentence(t) for _, t in para.lines) \
        or _CONTACTISH_RE.search(para.text) is not None or opens_boilerplate(para.text)


def _related_links(paras: list[Para]) -> set[int]:
    """A site's heading over its links to other pages ("More Related News", "Topic Resources"
    over other releases' dates and titles, the African Union's) and that list; ids. The list
    is short blocks that are no sentence: it stops at the first block of the release's (a
    sentence of the text, a contact, "About UNICEF"), which stays, with all under it. The
    heading goes with its list, or alone over the release's closing (its contacts) or the
    text's end; over a sentence of the text, with no list, it is no site's and stays."""
    for index, para in enumerate(paras[1:], 1):
        if len(para.lines) != 1 or not related_heading(para.lines[0][1]):
            continue
        end = index + 1
        while end < len(paras) and not _release_text(paras[end]):
            end += 1
        if end == index + 1 and end < len(paras) and not (
                _CONTACTISH_RE.search(paras[end].text) or opens_boilerplate(paras[end].text)):
            continue
        return {id(p) for p in paras[index:end]}
    return set()


def _page_edges(paras: list[Para]) -> list[bool]:
    """For each paragraph, whether it stands at a page's edge: a page break (a form feed, a
    run of blank lines, a page number or a continuation mark, "- 2 -", "- more -") at most
    one paragraph away from it (a running header over the page's number, a footer under the
    page's last paragraph), or the text's first or last paragraphs (the first page's
    header, the last page's footer)."""
    # (a break right before the paragraph, or the paragraph a page's number or mark)
    breaks = [(index > 0 and (para.page_start or para.gap_before >= 3)) or any(
        PAGE_NUMBER_RE.match(c) or _WORD_MARK_RE.match(c)
        for _, t in para.lines for c in cells(t)) for index, para in enumerate(paras)]
    last = len(paras) - 1
    return [index <= 1 or index >= last - 1 or any(breaks[max(index - 1, 0):index + 3])
            for index in range(len(paras))]


def _running_lines(paras: list[Para], candidates: set[str]) -> set[str]:
    """Of the short lines a text repeats, those that run as a page's header or footer: each
    time at a page's edge (``_page_edges``), or cutting a sentence that goes on after it (a
    PDF viewer's copy has no page breaks left, and its header stands where the page broke
    the text). Not a line ending on a comma, which goes on as speech does ("Mr President,",
    "Excellencies,", a speech's salutation repeated at each of its parts): no header ends
    so. A line repeated between a one-page text's paragraphs (its salutation, a date under
    the headline and again under the byline) is the text's, never a page's."""
    candidates = {t for t in candidates if not t.endswith(_SPEECH_COMMAS)}
    if not candidates:
        return candidates
    edges = _page_edges(paras)
    running: dict[str, bool] = {}
    for index, para in enumerate(paras):
        texts = {c for _, t in para.lines for c in cells(t)} & candidates
        if not texts:
            continue
        # (a line inside a block of several, or cutting a sentence: "… the" / header / "next
        # …", the block's neighbours going on across it)
        cutting = 0 < index < len(paras) - 1 and not paras[index - 1].text.rstrip(
            ).endswith(TERMINAL) and paras[index + 1].text.lstrip()[:1].islower()
        for text in texts:
            running[text] = running.get(text, True) and (edges[index] or cutting)
    return {text for text, every in running.items() if every}


def remove_furniture(paras: list[Para], lang: str = "en",
                     ) -> tuple[list[Para], list[tuple[int, str]], list[int]]:
    """The paragraphs left, the lines removed (number, text) and the lines where a paragraph
    was rejoined. The first paragraph is never removed: it is the headline or a letterhead,
    which the importer looks at itself."""
    paras = _footnotes_apart(paras)
    counts = Counter(c for p in paras for _, t in p.lines for c in cells(t))
    # (words: a figure repeated is a table's, "116.9" in two cells of a row, never a page's;
    # nor a sentence, a Chinese or Arabic one too, "…他以44票当选。": a lead the page prints
    # twice, which had gone whole, both copies, as a running header)
    repeated = _running_lines(paras, {
        t for t, n in counts.items() if n > 1 and len(t) <= 60
        and not t.endswith((*TERMINAL, *_SENTENCE_END))
        and len(t.split()) <= 8 and _HAS_LETTER_RE.search(t)})
    # a longer running footer ("Office … | Vienna International Centre | www.unodc.org"): the
    # same paragraph on several pages, every time against a page break
    # (its page number on a line of its own under it, "1", then "2": the same footer)
    texts = Counter(_unpaged(p) for p in paras[1:] if len(p.text) <= 200)
    footers = {text for text, n in texts.items() if n > 1 and text
               and (_FOOTERISH_RE.search(text) or all(_at_gap(p) for p in paras[1:]
                                                      if _unpaged(p) == text))}
    cutting = _cutting_a_sentence(paras)
    # the width the text is wrapped at: the median length of the lines that are not the last
    # of their paragraph (those a wrap filled)
    lengths = sorted(len(" ".join(t.split())) for p in paras for _, t in p.lines[:-1])
    width = lengths[len(lengths) // 2] if lengths else 0
    numbered = [line for p in paras for line in p.lines]
    fields = frozenset(numbered[k][0] for k in report_fields([t for _, t in numbered]))
    furniture = {id(p) for index, p in enumerate(paras[1:], 1)
                 if id(p) in cutting or (_is_furniture(p, repeated, footers, fields)
                                         and not _table_figure(paras, index))}
    if paras and all(_BROWSER_RE.match(t) or media_offer(t.strip()) or share_line(t)
                     for _, t in paras[0].lines):
        # (a printed web page's header, or its offer of the video above the headline,
        # "Download the video: https://…", or its sharing buttons: no headline)
        furniture.add(id(paras[0]))
    furniture |= _chrome(paras)
    furniture |= _related_links(paras)
    # the site's footer under the text: its links and its copyright ("FAO Home page" /
    # "Search our site" / "©FAO, 2001"; the first paragraph, the headline, is never one)
    tail = [p for p in paras[1:] if id(p) not in furniture and not p.code]
    if footer := site_footer([[t for _, t in p.lines] for p in tail]):
        furniture |= {id(p) for p in tail[len(tail) - footer:]}
    # a running header in columns at the top of a page: "OCHA Press Release      Page 2 of
    # 2", "UNICEF Press Release – Violent discipline      11 June 2024" (after a page number
    # or a page break: a one-page release's header is not repeated, so not found so)
    for index, para in enumerate(paras[1:], 1):
        after_break = para.page_start or para.gap_before >= 3 \
            or id(paras[index - 1]) in furniture
        if id(para) not in furniture and (_running_header(para, lang, after_break)
                                          or (after_break and _running_title(para))):
            furniture.add(id(para))
    furniture |= _lone_shares(paras, furniture)
    notes = _footnotes(paras, furniture)
    kept: list[Para] = []
    set_aside: list[Para] = []
    removed: list[tuple[int, str]] = []
    rejoined: list[int] = []
    pending_gap = False
    for para in paras:
        if id(para) in furniture:
            removed.extend((n, t.strip()) for n, t in para.lines)
            # (an end mark, "ENDS", "###", "* * *", ends what stands above it: no page break
            # a sentence crosses; nor a web page's furniture or chrome, "Available in: Español,
            # …", which a page sets between blocks (its headline and the contacts): the blocks
            # around it had been joined)
            pending_gap = pending_gap or not all(_END_MARK_RE.match(t) or page_furniture(t)
                                                 or page_chrome(t) or n in fields
                                                 for n, t in para.lines)
            continue
        if id(para) in notes:
            para.footnote = notes[id(para)]
            para.lines[0] = _number_apart(para.lines[0])
            set_aside.append(para)
            pending_gap = True
            continue
        previous = kept[-1] if kept else None
        crosses_page = pending_gap or (previous is not None and para.gap_before >= 3)
        first = para.text.lstrip()[:1]
        opening = para.text.lstrip(" [(“‘\"'*_")[:1]  # ("[United Nations …](#)": a link)
        # cut by the page break: what went before has no final punctuation, and what comes
        # after goes on in lower case, or the line before the break is a full one (a
        # paragraph's lines fill the width until its last: "… Hub on Behavioural" / "Insights";
        # not the first block, a letterhead or the headline)
        # (the end of what went before read from its last line: its whole text, made again
        # at each break a paragraph crosses, made a long one's rejoining quadratic)
        # (nor after a contact's line, which ends its entry: "Richard Kollodge, +1 212 297
        # 4992," over a CMS's "Short Title" three blank lines down had taken it in; a
        # sentence's line with a telephone or an e-mail is none, "… on +45 45 33 70 00, which
        # will forward it to" / "Member States …" across a page break had stayed cut;
        # t67/hE D)
        if previous is not None and crosses_page and not previous.lines[-1][1].rstrip(
                ).endswith(TERMINAL) and (first.islower() or (
                    opening.isupper() and len(kept) > 1 and _full(previous, width)
                    and not contact_entry(previous.lines[-1][1]))):
            previous.lines.extend(para.lines)
            previous.gap_after = para.gap_after
            rejoined.append(para.line)
        else:
            kept.append(para)
        pending_gap = False
    return kept + set_aside, removed, rejoined


_HAS_LETTER_RE = re.compile(r"[^\W\d_]")


def _full(para: Para, width: int) -> bool:
    """Whether a paragraph's last line fills the width its text is wrapped at (within 15 %):
    a paragraph's last line, where it ends, is mostly shorter."""
    last = len(" ".join(para.lines[-1][1].split()))
    return width >= 25 and last >= width * 0.85  # (25: a narrow column still wraps)


#: A footnote as a PDF's foot of page gives it: its number (or a superscript one), then text;
#: or the number glued to its first word, as some PDFs' text layers write it ("1Specifically,
#: …": ``footnote_opening`` takes it before a capital and a lower-case letter only).
_FOOTNOTE_RE = re.compile(r"^\s*(?P<n>[1-9]\d?|[¹²³⁴-⁹][⁰¹²³⁴-⁹]?)(?:\s+\S|(?P<glued>[^\W\d_]{2}))")
#: Chinese words of a count or a date, which follow a number: a foot line glued to one is no
#: footnote («3个国家…», «12月…»; a sure few: the rest wants the evidence ``_footnotes`` asks).
_COUNT_WORDS = frozenset("年月日时号条款章节项届次个名人万亿千百元岁倍位天所家周种场架")


class FootnoteOpening(NamedTuple):
    """The number a footnote's line opens with, whether it is glued to the first word, and
    whether that word is of a script without capitals («3秘书长…», «4انظر…»)."""

    number: int
    glued: bool
    caseless: bool = False


def footnote_opening(line: str) -> FootnoteOpening | None:
    """The footnote number ``line`` opens with ("1 The African Union …", "² …"), or None. A
    number glued to a word counts before a capital and a lower-case letter ("1Specifically,
    …", as a PDF's text layer may set a footnote's foot line), never before a second capital
    or a space ("3D printing", "2FA" are words)."""
    match = _FOOTNOTE_RE.match(line)
    if match is None:
        return None
    glued = match.group("glued")
    # (in a script without capitals, «3秘书长的报告。», «4انظر …», any word but a count's)
    if glued is not None and not (glued[0].isupper() and glued[1].islower()) and not (
            _caseless(glued[0]) and _caseless(glued[1]) and glued[0] not in _COUNT_WORDS):
        return None
    return FootnoteOpening(footnote_number(match.group("n")), glued is not None,
                           glued is not None and _caseless(glued[0]))


def _caseless(char: str) -> bool:
    """A letter of a script without capitals (Chinese, Arabic)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _number_apart(line: tuple[int, str]) -> tuple[int, str]:
    """A footnote's first line with its number set apart from the word glued to it ("1 Specifically,
    …"), the form the footnotes of every other text have."""
    number, text = line
    match = _FOOTNOTE_RE.match(text)
    if match is None or match.group("glued") is None:
        return line
    return number, text[:match.end("n")] + " " + text[match.end("n"):]


def _footnotes(paras: list[Para], furniture: set[int]) -> dict[int, int]:
    """The footnotes at the foot of a page (id of the paragraph -> its number): a paragraph
    opening with a number that the text before it carries as a mark, standing with other
    footnotes and page furniture only between it and a page break (or the text's end).
    A sentence the page break cut in two is then rejoined across them."""
    candidates: dict[int, FootnoteOpening] = {}
    marks: dict[int, int] = {}  # number -> the line of its first mark
    # (the same, for a foot line whose number is glued to its word, "1Specifically": only a
    # mark after a lower-case letter, a caseless one or a closing mark, "first2", «报告3»,
    # "terrorism.2", a superscript, so that a name's figures, "G20", "UN80", "CO2", are no
    # mark of one)
    after_lower: dict[int, int] = {}
    # (and after an acronym, "UNICEF3": a name's too, "MDG3", "COVAX3", so evidence only
    # with the footnotes before it, see below)
    after_capitals: dict[int, int] = {}
    for para in paras[1:]:
        if id(para) in furniture:
            continue
        opening = footnote_opening(para.lines[0][1])
        if opening:
            candidates[id(para)] = opening
        for number, line in para.lines[1 if opening else 0:]:
            for mark in NOTE_MARK_RE.finditer(line):
                if not may_be_mark(line, mark):
                    continue
                marked = footnote_number(mark.group("n") or mark.group("sup"))
                marks.setdefault(marked, number)
                if mark.group("sup") or not line[mark.start() - 1].isupper():
                    after_lower.setdefault(marked, number)
                elif after_acronym(line, mark):
                    after_capitals.setdefault(marked, number)
    found: dict[int, int] = {}
    weak: dict[int, int] = {}  # the same, found on weaker evidence: id -> the line of its mark
    at_foot = True  # only furniture and footnotes between this paragraph and a page break
    for para in reversed(paras):
        if id(para) not in furniture and id(para) not in candidates:
            at_foot = False
            continue
        # (a page number ends its page, whatever blank lines stand around it)
        at_foot = at_foot or para.gap_after >= 3 or para.page_end or (
            id(para) in furniture and all(PAGE_NUMBER_RE.match(t.strip()) for _, t in para.lines))
        opening = candidates.get(id(para))
        if not at_foot or opening is None:
            continue
        if not opening.glued:
            marked_at = marks.get(opening.number, para.line)
        else:
            marked_at = after_lower.get(opening.number, para.line)
            if marked_at >= para.line or opening.caseless:
                marked_at = min(marked_at, after_capitals.get(opening.number, para.line))
                weak[id(para)] = marked_at
        if marked_at < para.line:
            found[id(para)] = opening.number
    return _in_sequence(found, weak)


def _in_sequence(found: dict[int, int], weak: dict[int, int]) -> dict[int, int]:
    """``found`` without the footnotes read on weak evidence (``weak``: a foot line glued to
    a word without capitals, «3位专家…», «3秘书长…», or a mark after an acronym, "UNICEF3")
    that do not go on a sequence: footnote 1, or the one after a footnote kept whose mark
    stands before its own. A paragraph opening with a count at a page's foot and a number
    in the text above («3天», "MDG3") had been moved to the end as a footnote."""
    mark_line = {number: weak.get(key, 0) for key, number in found.items()}
    kept: dict[int, int] = {}
    numbers: set[int] = set()
    for key, number in sorted(found.items(), key=lambda item: item[1]):
        if key in weak and number != 1 and not (
                number - 1 in numbers and mark_line[number - 1] <= weak[key]):
            continue
        kept[key] = number
        numbers.add(number)
    return kept
