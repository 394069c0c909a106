"""Import a release from an HTML page: <h1> (or <title>) is the headline, <p> and <h2> the body."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import re
from itertools import pairwise
from pathlib import Path

from lxml import etree, html

from transpub.datelines import (
    lone_date,
    opening,
    place_dateline,
    undated_dateline,
    year_from_text,
)
from transpub.emails import EMAIL_RE
from transpub.errors import SourceError
from transpub.importer import (
    NOT_XML_RE,
    ImportReport,
    ends_as_heading,
    heading_apart,
    slugify,
    subheading,
)
from transpub.importer_contact import contact_line, opens_contact
from transpub.importer_head import MEETING_RE
from transpub.importer_html_lists import list_numbers
from transpub.importer_html_page import (
    bar_pieces,
    block_role,
    choose_headline,
    drop_furniture,
    drop_hidden,
    drop_pull_quotes,
    email_of,
    furniture_heading,
    furniture_text,
    is_button_label,
    is_end_mark,
    is_footer_text,
    is_picture_text,
    is_share_href,
    keep_container,
    link_action,
    numeric_date,
)
from transpub.importer_html_tools import (
    drop_list_glyphs,
    drop_mail_header,
    google_docs,
    promote_headline,
    unwrap_redirects,
)
from transpub.importer_labels import (
    company_label,
    is_delivery_note,
    is_handling_note,
    is_known_label,
    label_prefix,
)
from transpub.importer_names import issuer_line
from transpub.importer_pages import (
    CJK_RE,
    TERMINAL,
    Para,
    is_field,
    is_notice,
    is_reference,
    layout_spaces,
    opens_boilerplate,
    split_lists,
    unwrapped_block,
)
from transpub.importer_text import address_spans, strip_prefix
from transpub.model import ITS_NS, Block, Release, Span
from transpub.urls import href_scheme

#: What every bare URL holds (one test before the address pattern).
_WEB_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
_INLINE = {"a": "a", "em": "em", "i": "em", "strong": "strong", "b": "strong"}
_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "aside", "form",
         "button", "select", "textarea", "svg", "iframe", "object", "head", "label", "option",
         "datalist", "input", "dialog"}
#: Of those, the ones that may hold the release: an article's <header>, a <form> wrapping the
#: page (``importer_html_page.keep_container``).
_CONTAINERS = {"header", "form"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
#: Elements that start a block of text of their own (html2po and the HTML spec's flow content).
_BLOCK = _HEADINGS | {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
    "address", "pre", "center", "hr", "details", "summary", "body", "html"}
_TRANSLATE_NO = ((f"{{{ITS_NS}}}translate", "no"),)
#: Digits and signs in a <sup> or <sub>, and their Unicode superscript and subscript forms.
_SCRIPTS = {"sup": dict(zip("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾", strict=True)),
            "sub": dict(zip("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", strict=True))}


def import_html(text: str, path, slug: str | None, lang: str,  # type: ignore[no-untyped-def]
                schemes: tuple[str, ...] = ()) -> ImportReport:
    """``schemes``: the link schemes the workspace allows (``[links] schemes``): a ``tel:``
    link among them keeps its target."""
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                             encoding="utf-8")
    try:
        root = html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"cannot parse HTML: {exc}", path) from None
    # the HTML parser recovers from everything, even a resource limit (a 12 MB attribute),
    # by dropping content: a fatal error is an error, not a silent loss
    fatal = next((e for e in parser.error_log if e.level_name == "FATAL"), None)
    if fatal is not None:
        message = fatal.message.strip()
        if message.startswith("Excessive depth"):
            # (libxml2's own words name an option of its, not what is wrong with the page)
            message = ("its elements are nested more than 256 deep (no web page is; a page "
                       "made to exhaust a parser may be)")
        raise SourceError(f"cannot parse HTML: {message}", path, fatal.line or None)
    _refuse_not_xml(root, path)
    # (what a mail client or Google Docs wrote into the page: README "Import")
    google_docs(root)
    unwrap_redirects(root)
    drop_list_glyphs(root)
    mail_removed = drop_mail_header(root)
    promote_headline(root, is_known_label)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    # what a reader of the page never sees (screen-reader text, closed dialogs) is no text
    # of the release, nor an <h1> naming the site (its logo, its name): README "Import"
    drop_hidden(root)
    h1, title_text = choose_headline(root)
    if not title_text:
        raise SourceError("the release has no title (no <h1> or <title>)", path)
    title_spans = _spans(h1) if h1 is not None else [Span("text", title_text)]
    if not _plain(title_spans):
        title_spans = [Span("text", title_text)]
    title_line = h1.sourceline or 0 if h1 is not None else 0
    blocks: list[Block] = []
    split = label_prefix(title_text)
    if split is not None:
        # "<h1>Media Advisory: Secretary-General to Launch …</h1>": the label, then the
        # headline (as from text)
        blocks.append(Block("label", "label", (Span("text", split[0]),), title_line))
        title_spans = strip_prefix(title_spans, title_text[:len(title_text) - len(split[1])])
        title_text = split[1]
    blocks.append(Block("title", "title", tuple(title_spans), title_line))
    date: dt.date | None = None
    date_text = ""
    published = _published(root)
    counts = {"p": 0, "h2": 0}
    runs: list[tuple[str, _Run]] = []
    content = _content(root, h1)
    removed: list[tuple[int, str]] = mail_removed + drop_furniture(content, h1)
    # (a pull quote, the text's own sentence again: translated twice)
    removed += drop_pull_quotes(content)
    _blocks(content, "p", h1, runs, schemes=frozenset(schemes))
    runs = _without_furniture(runs, removed)
    year = published[0].year if published else None
    texts: list[tuple[str, _Run, list[Span]]] = []
    above = 0  # the blocks above the headline (a letterhead's: "United Nations", "PRESS …")
    for kind, run in runs:
        if kind == "headline":
            above = len(texts)
        elif spans := run.spans():
            plain = _plain(spans).strip()
            if is_notice(plain) or is_reference(plain) or is_end_mark(plain):
                # the information services' notice, a release's number or symbols, an end
                # mark or rule ("###", "* * *"): furniture wherever it stands (README "Import")
                removed.append((run.line, plain))
                continue
            fields = run.fields() if kind == "p" else []
            texts += [(kind, run, part) for part in fields] if fields else [(kind, run, spans)]
    notes: list[str] = []
    if h1 is None:
        # the headline from the page's metadata alone (og:title, <title>), which nothing in
        # the page repeats: a site's name ("UNODC") or a section's ("News") as often as the
        # release's headline; said as the text importer says a sentence taken for one
        where = root.find(".//title")
        notes.append(f"line {where.sourceline if where is not None and where.sourceline else 1}"
                     f": warning: the headline may be missing: the page has no <h1> and its "
                     f"text never repeats its title, «{title_text}», which is the headline; "
                     "put the headline in an <h1> and import again with --force")
    lone = None  # a date alone in a block above the text ("9 December 2020"): the release's
    bar: list[str] = []  # the other pieces of a date's bar ("15 March 2024 | News release")
    for index, (_kind, run, spans) in enumerate(texts[:max(3, min(above, 3) + 1)]):
        plain = _plain(spans)
        found_lone = lone_date(plain, lang)
        if found_lone is None and (pieces := bar_pieces(plain, lang)) is not None:
            found_lone, bar = pieces
        if found_lone is not None:
            lone = (run.line, *found_lone)
            del texts[index]
            above -= index < above
            break
    if lone is None and published is None:
        # no date in words anywhere: a numeric one standing alone ("25.04.2024"), read as
        # the text importer reads one: "05/04/2024" in English is no date, said (one rule)
        for index, (_kind, run, spans) in enumerate(texts[:max(3, min(above, 3) + 1)]):
            if (numeric := numeric_date(_plain(spans), lang)) is None:
                continue
            if isinstance(numeric, str):
                notes.append(f"line {run.line}: «{numeric}» may be read day first or month "
                             "first: no release date taken from it (write the month's name, "
                             "or add a <date> to the dateline, and import it again)")
                break
            lone = (run.line, numeric[0], numeric[1])
            del texts[index]
            above -= index < above
            break
    if year is None and lone is not None:
        year = lone[1].year  # ("VIENNA, 3 March (UN Information Service) --" under "3 March 2025")
    # (the dateline is looked for in the first blocks under the headline: a letterhead's
    # blocks above it, up to three, are not counted, nor captions, credits, a summary's points
    # and short lines above the dateline)
    head = _head_window(texts, above)
    yearless = ""  # the line saying a year-less dateline found no year, when it stays text
    if year is None:
        # the page's own dates give none: the text's full date of the same day, the
        # release's, not a past event's (``year_from_text``)
        firsts = [(run.line, _plain(spans)) for kind, run, spans in texts[:head] if kind == "p"]
        told = year_from_text([text for _line, text in firsts],
                              [_plain(spans) for _kind, _run, spans in texts], lang,
                              [title_text])
        if (year := told.year) is not None:
            notes.append(f"the dateline has no year: {year}, the year of the text's date of "
                         "the same day")
        elif told.at >= 0:
            yearless = told.note(firsts[told.at][0])
    # (a caption is no summary of more than one sentence: ``opening`` does not see its text)
    candidates = [("", False) if index >= above and _is_caption(run, spans)
                  else (_plain(spans), kind == "p")
                  for index, (kind, run, spans) in enumerate(texts[:head])]
    dated, found = opening(candidates, lang, year, len(texts) - 1)
    if found is not None and found[1] is not None and dated < above and not found[3]:
        # a letterhead's place and date above the headline ("Vienna, 26 June 2024") and the
        # text's own dateline under it ("VIENNA, 26 June (UN Information Service) – The…"):
        # the text's is the dateline, cut from its paragraph (it stayed in it, after the
        # built dateline), and the letterhead's is left out as a date above the text is
        under, below = opening(candidates[above:], lang, found[1].year, len(texts) - 1 - above)
        if below is not None:
            letterhead = texts.pop(dated)
            if lone is None:
                lone = (letterhead[1].line, found[1], found[2])
            else:
                removed.append((letterhead[1].line, _plain(letterhead[2])))
            above, head = above - 1, head - 1
            dated, found = above + under, below
    known = lone[1:] if lone is not None else published[:2] if published is not None else None
    if found is None and known is not None:
        # a dateline of the place alone ("GENEVA – The…"), the date the page's: the place
        # and that date
        for index, (kind, _run, spans) in enumerate(texts[:head]):
            placed = place_dateline(_plain(spans), known[0], known[1]) \
                if kind == "p" and index >= above else None
            if placed is not None:
                dated, found = index, placed
                break
    elif found is None:
        # no date anywhere: a known place alone under the headline, or opening the text
        # ("ROME (FAO) – The…"), is the dateline's all the same (``undated_dateline``)
        for index, (kind, _run, spans) in enumerate(texts[:head]):
            placed = undated_dateline(_plain(spans), lang) \
                if kind == "p" and index >= above and index + 1 < len(texts) else None
            if placed is not None and (placed.rest or index == above):
                dated, found = index, placed
                notes.append(f"line {_run.line}: the dateline names its place, "
                             f"«{placed.place}», and no date: the release is undated (add a "
                             "<date> to its dateline to date it)")
                break
    if found is None and yearless:
        notes.append(yearless)
    # the issuer's name above the label, both above the headline ("United Nations" /
    # "PRESS RELEASE" / the headline, as a letterhead table lays them out): the office
    label_at = next((i for i, (_k, _r, spans) in enumerate(texts[:max(dated, above)])
                     if is_known_label(_plain(spans))), 0)
    # (a block of links alone is a menu, not the issuer: "About ITU | Media Centre | Events")
    issuer = [i for i, (_k, run, spans) in enumerate(texts[:label_at])
              if i < above and len(_plain(spans)) <= 100 and run.in_links < run.total
              and not _plain(spans).endswith((".", "!", "?", ":", ";"))]
    if len(issuer) != label_at:
        issuer = []
    if not label_at and above and not any(is_known_label(_plain(spans))
                                          for _k, _r, spans in texts[:max(dated, above)]):
        # no label: the letterhead's lines naming the issuer, above the headline ("UNITED
        # NATIONS" over "Secretary-General's remarks to …")
        issuer = list(itertools.takewhile(lambda i: issuer_line(_plain(texts[i][2]))
                                          and texts[i][1].in_links < texts[i][1].total,
                                          range(min(above, 2))))
    office_note = "Issuing office, as the letterhead names it."
    if (meeting := _meeting_header(texts, above)) is not None:
        # a meetings coverage's header above the headline, the organ, the session and the
        # meeting ("Security Council" / "9617th Meeting (AM)"): one office line, as from text
        # (the symbol and the date under them are furniture and the release's date already)
        issuer = list(range(meeting + 1))
        office_note = ("The organ, session and meeting the release reports, as its header "
                       "names them.")
    if issuer:
        office = (", " if meeting is not None else " ").join(_plain(texts[i][2])
                                                             for i in issuer)
        blocks.insert(0, Block("office", "office", (Span("text", office),), texts[0][1].line,
                               note=office_note))
    contact = _contact(texts, max(dated, above))
    deferred: list[tuple[_Run, list[Span]]] = []  # captions above the dateline
    written = ""  # (the dateline as the paragraph it opens writes it)
    numbered: set[int] = set()  # the runs whose list number was written
    for index, (kind, run, spans) in enumerate(texts):
        line = run.line
        if index < len(issuer) or index in contact:
            continue  # (the office, above; the contact block, below)
        if not counts["p"] and not counts["h2"] and not (found and index == dated) \
                and is_handling_note(_plain(spans)):
            # a handling instruction before the text begins, above or under the headline
            # ("FOR IMMEDIATE RELEASE:", «Pour diffusion immédiate»): said removed, as from
            # text (under the headline it had been the first paragraph to translate)
            removed.append((line, _plain(spans).strip()))
            continue
        if found and above <= index < dated and _is_caption(run, spans):
            # a picture's caption or credit between the headline and the dateline: no
            # subheading, nor the paragraph the dateline opens: under the first paragraph
            deferred.append((run, spans))
            continue
        if index < dated or index < above:
            kind = "h2" if index < dated else kind
            # (above the <h1>, a company's kind line without its colon too: "Wiggofy Press
            # Release", whose colon Word set in a run of its own)
            if not any(b.kind == "label" for b in blocks) and (is_known_label(_plain(spans)) or (
                    index < above and company_label(_plain(spans)))):
                # a kicker ("Press Release") above or under the headline: the document label
                # (its text: a kicker's bold or capitals are the page's look, not words)
                blocks.insert(0, Block("label", "label", (Span("text", _unlabelled(
                    _plain(spans))),), line))
                continue
        if index == dated and found:
            place, date, date_text, rest, attribution = found
            time = run.time
            if time is not None and time.get("datetime"):
                with contextlib.suppress(ValueError):
                    date = dt.date.fromisoformat(time.get("datetime", "")[:10])
            if place:
                blocks.append(Block("place", "place", (Span("text", place),), line))
            if attribution:
                blocks.append(Block("attribution", "attribution", (Span("text", attribution),),
                                    line))
            plain = _plain(spans)
            spans = strip_prefix(spans, plain[:len(plain) - len(rest)])
            if rest:
                written = plain[:len(plain) - len(rest)]
            else:
                continue  # a dateline standing alone: the text begins with the next block
        if found and index == dated + 1 and not found[3] and is_delivery_note(_plain(spans)):
            # a speech's handling instruction under its dateline ("[As delivered]"): the
            # label, or said removed when the page has one
            if any(b.kind == "label" for b in blocks):
                removed.append((line, _plain(spans)))
            else:
                blocks.insert(0, Block("label", "label", (Span("text", _plain(spans)),), line))
            continue
        if run.number and id(run) not in numbered:
            # an ordered list's number, as the docx and odt importers keep Word's ("2.": the
            # text may say "Recommendation 2"); not a contact line's, whose list is layout
            numbered.add(id(run))
            spans = _Run.merged([Span("text", run.number + " "), *spans])
        # (a paragraph of lines between <br>s, judged as the text importer judges a block's
        # lines: its own blocks where it sets them apart)
        parts = _br_parts(run, spans, index > dated if found else index >= above) \
            if kind == "p" and run.breaks and not run.role else [(kind, spans)]
        for kind, spans in parts:
            counts[kind] += 1
            ident = f"{'p' if kind == 'p' else 'h'}{counts[kind]}"
            blocks.append(Block(ident, kind, tuple(spans), line, ordinal=counts[kind]))
        if deferred and kind == "p":
            _put_captions(deferred, blocks, counts, notes)
    if deferred:
        _put_captions(deferred, blocks, counts, notes)
    for piece in bar:
        # the bar's label and place ("News release", "Geneva"), where the page has none of
        # its own
        kind = "label" if is_known_label(piece) else "place"
        if not any(b.kind == kind for b in blocks):
            blocks.insert(0, Block(kind, kind, (Span("text", piece),), lone[0] if lone else 0))
    contact_lines = [(spans, texts[index][1].line) for index in sorted(contact)
                     for spans in _lines_of(*texts[index][1:])]
    for number, (spans, line) in enumerate(contact_lines, 1):
        blocks.append(dataclasses.replace(contact_line(number, spans, line), ordinal=number))
    if lone is not None:
        line, day, text = lone
        if date is None:
            date, date_text = day, text
            notes.append(f"line {line}: the release date, {text} ({day.isoformat()}), taken "
                         "from a date standing alone above the text")
        else:
            notes.append(f"line {line}: a date standing alone above the text, {text}, left out "
                         f"(the dateline dates the release: {date_text})")
    if date is None and published is not None:
        date, date_text, line = published
        notes.append(f"line {line}: the release date, {date_text} ({date.isoformat()}), taken "
                     "from the page's publication date (no dateline in the first paragraph)")
    if icons := sorted({n for _k, run in runs for n in run.icons}):
        notes.append(f"line{'s' if len(icons) > 1 else ''} {', '.join(map(str, icons))}: "
                     "icons left out (an icon font's private-use characters or pictographs, "
                     "alone in <i>, <em>, <b> or <strong>)")
    if unlinked := sorted({t for _k, run in runs for t in run.unlinked}):
        notes.append("link targets that are no web page left out, their text kept: "
                     + ", ".join(unlinked))
    ordered = [b if b.ordinal else Block(b.id, b.kind, b.spans, b.line, b.note, ordinal=1)
               for b in blocks]
    release = Release(slug=slug or slugify(title_text), lang=lang, blocks=tuple(ordered), date=date,
                      date_text=date_text, path=path)
    return ImportReport(release, removed=tuple(sorted(removed)), notes=tuple(notes),
                        dateline=written)


def _unlabelled(text: str) -> str:
    """A label's text without the colon a label alone on its line may end on ("Wiggofy
    Press Release:", the headline under it)."""
    text = text.strip()
    return text[:-1].rstrip() if text.endswith((":", "：")) else text


#: How many blocks under the headline the dateline may stand under: subtitles and summaries
#: (a letterhead's blocks above the headline, up to three, besides), and of all blocks,
#: captions, credits, list items and short lines (a byline, a date, a field) counted too.
_HEAD_BLOCKS = 3
_HEAD_MOST = 12


def _refuse_not_xml(root: etree._Element, path: Path) -> None:
    """The characters a .txt release may not hold (``importer.NOT_XML_RE``), given in a page
    by character reference (``&#x1b;``, ``&#xFFFE;``, ``&#xF0000;``), which the text's own
    check does not see: an error naming the element's line (they had been an internal error
    as lxml refused them, or landed in source/, where every extract and build then failed)."""
    for element in root.iter():
        for value in (element.text, element.tail, *element.attrib.values()):
            bad = NOT_XML_RE.search(value) if value else None
            if bad is not None:
                kind = ("private-use" if ord(bad.group()) > 0xFFFF
                        else "non-character" if ord(bad.group()) >= 0xFFFE else "control")
                raise SourceError(f"{kind} character U+{ord(bad.group()):04X} (a character "
                                  "reference; not allowed in a release: remove it)", path,
                                  element.sourceline or None)


def _is_caption(run: _Run, spans: list[Span]) -> bool:
    """A picture's caption or credit: in a <figure> or an element its class names so, or by
    its words ("Photo: …", "© UNICEF/…")."""
    return run.role == "caption" or is_picture_text(_plain(spans))


def _head_window(texts: list[tuple[str, _Run, list[Span]]], above: int) -> int:
    """How many of the first blocks the dateline is looked for in: the blocks above the
    headline (three at most counted) and three under it, not counting captions and credits,
    a summary's points (list items: WMO's three bullets over "Geneva, 19 March 2024 (WMO) -"),
    and short lines with no sentence's end (a reader view's byline, ReliefWeb's metadata),
    ``_HEAD_MOST`` blocks under the headline at most."""
    counted, limit = 0, min(above, 3) + _HEAD_BLOCKS
    end = min(len(texts), above + _HEAD_MOST)
    for index, (_kind, run, spans) in enumerate(texts[:end]):
        plain = _plain(spans)
        minor = index >= above and (
            run.role == "item" or _is_caption(run, spans)
            or (len(plain) <= 40 and not plain.endswith((".", "!", "?", "”", '"'))))
        counted += not minor
        if counted >= limit:
            return index + 1
    return end


def _put_captions(deferred: list[tuple[_Run, list[Span]]], blocks: list[Block],
                  counts: dict[str, int], notes: list[str]) -> None:
    """The captions and credits that stood above the dateline, as paragraphs where they now
    stand (under the first paragraph), and said."""
    for run, spans in deferred:
        counts["p"] += 1
        blocks.append(Block(f"p{counts['p']}", "p", tuple(spans), run.line,
                            ordinal=counts["p"]))
    lines = ", ".join(dict.fromkeys(str(run.line) for run, _spans in deferred))
    notes.append(f"line {lines}: a picture's caption or credit above the dateline, put under "
                 "the first paragraph (the dateline opens the text)")
    deferred.clear()


def _meeting_header(texts: list[tuple[str, _Run, list[Span]]], above: int) -> int | None:
    """The index of the meeting's line ("9617th Meeting (AM)", "Seventy-sixth Session, 12th
    Meeting (AM)") ending a meetings coverage's header above the headline, the lines over
    it naming the organ and session (short, no sentence); None when there is none."""
    for index in range(min(above, 5)):
        if not MEETING_RE.match(_plain(texts[index][2])):
            continue
        if any(len(_plain(spans)) > 160 or _plain(spans).endswith(TERMINAL)
               or run.in_links == run.total for _kind, run, spans in texts[:index]):
            return None
        return index
    return None


def _contact(texts: list[tuple[str, _Run, list[Span]]], start: int) -> set[int]:
    """Which of the text blocks after ``start`` are the contact block, as from text: a
    paragraph that opens one ("For more information, please contact:"), the short ones right
    after it, at the end of the page (one other block after them at most); none if none."""
    # (the notes follow the text, "1 The AU has 55 members.": no contact line, though short)
    marks = {s.text for _kind, _run, spans in texts for s in spans
             if s.kind == "atom" and s.tag == "span"}
    for index in range(start, len(texts)):
        kind, run, spans = texts[index]
        lines = [_plain(_Run.merged(line)) for line in _lines_of(run, spans)]
        # (the lead-in may be a heading: "<h3>Media contacts</h3>" over the contact's <p>)
        under = [*lines[1:], *(_plain(s) for _k, _r, s in texts[index + 1:index + 3])]
        if not opens_contact(_plain(spans), lines[0], under) or (
                kind != "p" and (index + 1 >= len(texts) or texts[index + 1][0] != "p")):
            continue
        end = index
        # (a picture's or a video's caption or credit under the contacts is none of them:
        # "Photo: ©FAO/…", "Video: WFP's … speaks from Rafah.")
        while end + 1 < len(texts) and texts[end + 1][0] == "p" \
                and len(_plain(texts[end + 1][2])) <= 150 \
                and _plain(texts[end + 1][2]).split(" ", 1)[0] not in marks \
                and not _is_caption(*texts[end + 1][1:]):
            end += 1
        # (one block after it at most, as from text, or the office's boilerplate: "About
        # UNFPA" and its paragraph, or a picture's credit or caption and a few short lines,
        # its caption's, at the page's end)
        after = texts[end + 1:]
        if end >= len(texts) - 2 or (len(after) <= 6 and opens_boilerplate(
                _plain(after[0][2]))) or (len(after) <= 4 and _is_caption(*after[0][1:]) and all(
                    len(_plain(spans)) <= 150 for _kind, _run, spans in after)):
            return set(range(index, end + 1))
    return set()


def _br_parts(run: _Run, spans: list[Span], body: bool) -> list[tuple[str, list[Span]]]:
    """A paragraph's lines between <br>s as the text importer reads a block's lines: a blank
    line (``<br><br>``) ends a paragraph; a line longer than a page's makes the block a
    paragraph a line; a list's bulleted lines are an item each, without the bullet; in the
    body (``body``), a first line set apart as a heading ("<strong>About the Agency</strong>
    <br>The Agency works…", or short over long lines, "About UNICEF") is a subheading. Other
    lines (an address, a verse, a sentence broken for the look) stay one paragraph. As (kind,
    spans); ``spans`` alone when the run is not all of them (a field, a dated paragraph)."""
    lines = run.lines()
    if len(lines) < 2 or _Run.merged([s for line in lines for s in line]) != spans:
        return [("p", spans)]
    plain = [_plain(_Run.merged(line)) for line in lines]
    groups: list[list[int]] = [[]]
    for index, text in enumerate(plain):
        if text:
            groups[-1].append(index)
        elif groups[-1]:
            groups.append([])  # (a blank line: the paragraph ends)
    parts: list[tuple[str, list[Span]]] = []
    for group in (g for g in groups if g):
        heading = body and len(group) > 1 and _bold_heading(_Run.merged(lines[group[0]]))
        if heading:
            parts.append(("h2", [Span("text", plain[group[0]])]))
            group = group[1:]
        para = Para([(i, plain[i]) for i in group], 1)
        pieces: list[tuple[str, Para]] = []
        for block in (part for item in split_lists([para]) for part in unwrapped_block(item)):
            apart = heading_apart(block) if body and not heading else [block]
            pieces += [("h2" if len(apart) > 1 and k == 0 else "p", piece)
                       for k, piece in enumerate(apart)]
        # (a line of its own over a paragraph a line, as a text's short line over its text)
        pieces = [("h2" if body and kind == "p" and subheading(
            piece, [p for _k, p in pieces[k + 1:k + 2]]) else kind, piece)
            for k, (kind, piece) in enumerate(pieces)]
        for kind, piece in pieces:
            first, text = piece.lines[0]
            joined: list[Span] = []
            for k, (i, _t) in enumerate(piece.lines):
                before = plain[piece.lines[k - 1][0]][-1:] if k else ""
                if k and not (CJK_RE.match(before) and CJK_RE.match(plain[i][:1])):
                    joined.append(Span("text", " "))  # (Chinese, Japanese: none)
                joined += lines[i]
            out = _Run.merged(joined)
            if text.strip() != plain[first] and plain[first].endswith(text.strip()):
                # (a list's bullet, which the item goes without)
                out = strip_prefix(out, plain[first][:len(plain[first]) - len(text.strip())])
            parts.append((kind, out))
    return parts or [("p", spans)]


#: A heading set in bold over its paragraph: short, no sentence's end, not a contact's lead-in.
_HEADING_MOST = 100


def _bold_heading(spans: list[Span]) -> bool:
    """A line wholly in bold that a heading may be: "About the Agency", "Background"
    (not "Note:", which a sentence follows, nor "For more information:", a contact's lead-in,
    nor a picture's credit)."""
    if len(spans) < 3 or spans[0].kind != "open" or spans[0].tag != "strong" \
            or spans[-1].kind != "close" or any(s.kind == "close" and s.tag == "strong"
                                                 for s in spans[1:-1]):
        return False
    text = _plain(spans)
    return len(text) <= _HEADING_MOST and len(text.split()) <= 12 and text[:1].isupper() \
        and ends_as_heading(text) and not text.endswith((":", ";")) \
        and not opens_contact(text, text) and not is_picture_text(text) \
        and not is_field(text)


def _lines_of(run: _Run, spans: list[Span]) -> list[list[Span]]:
    """A block's lines (a contact block is line by line): the run's, as <br>s end them, when
    the block is the whole run (not one field of it)."""
    if spans == run.spans():
        return [merged for line in run.lines() if (merged := _Run.merged(line))]
    return [spans]


def _content(root: etree._Element, h1: etree._Element | None) -> etree._Element:
    """Where the release is on the page: the innermost <main> or <article> holding the
    headline, else the first <main>, else the body; what stands outside (menus, sidebars,
    cookie notices) is the site's, not the release's."""
    candidates: list[etree._Element] = list(root.xpath("//main|//article|//*[@role='main']"))
    if h1 is not None:
        holding = [c for c in candidates if h1 in c.iterdescendants()]
        if holding:
            return holding[-1]  # the innermost
    # (with the headline outside them, <article>s may be the teasers of other stories)
    main = [c for c in candidates if c.tag == "main" or c.get("role") == "main"]
    if main:
        return main[0]
    body = root.find("body")
    body = body if body is not None else root
    if h1 is None or body not in h1.iterancestors():
        return body
    # no landmark (a div layout, a layout table, an e-mail): the innermost element around
    # the headline that holds nearly all the page's prose, the text outside links; a cookie
    # banner, a menu, a left navigation and a footer stand outside it
    total = _prose(body)
    for ancestor in h1.iterancestors():
        if ancestor is body or _prose(ancestor) >= _PROSE_SHARE * total:
            return ancestor
    return body


#: How much of the page's prose the element holding the release holds, on a page with no
#: <main> or <article>: a cookie notice, a footer's address are the rest.
_PROSE_SHARE = 0.75


def _prose(element: etree._Element) -> int:
    """The letters of ``element``'s text outside links (a menu's, a navigation's are links)."""
    return sum(len(text.strip()) for text in element.xpath(".//text()[not(ancestor::a)]"))


#: Where a page states when it was published, as news sites and CMSs write it: the metadata
#: first (a <time> may be an event's date in the text), then the first <time datetime>.
_PUBLISHED = ("//meta[@property='article:published_time']", "//meta[@itemprop='datePublished']",
              "//*[@itemprop='datePublished'][@datetime]", "//meta[@name='dcterms.date']",
              "//meta[@name='DC.date']", "//meta[@name='date']", "//time[@datetime]")


def _published(root: etree._Element) -> tuple[dt.date, str, int] | None:
    """The page's publication date, its text and line: a ``<meta>`` naming it, or the first
    ``<time datetime>``; None if none holds an ISO date."""
    for query in _PUBLISHED:
        for element in root.xpath(query):
            value = (element.get("datetime") or element.get("content") or "").strip()
            try:
                date = dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
            text = " ".join(element.text_content().split()) if element.tag == "time" else ""
            return date, text or date.isoformat(), element.sourceline or 0
    return None


#: Emphasis holding only these is an icon, no text: an icon font's private-use characters,
#: pictographs and dingbats (emoji, ☎, ✉), with their joiners and variation selectors.
_ICON_RE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\u2600-\u27bf"
                      "\U0001f000-\U0001faff\ufe0e\ufe0f\u200d\\s]+")


class _Run:
    """Inline content (text, inline elements) gathered into spans: a block's, or one run of
    a block's between the blocks nested in it."""

    def __init__(self, line: int, role: str = "", schemes: frozenset[str] = frozenset()
                 ) -> None:
        self.out: list[Span] = []
        # (the schemes the workspace's ``[links] schemes`` allows: a tel: link it allows
        # keeps its target)
        self.schemes = schemes
        self.line = line
        self.role = role  # a caption's or a list item's (``importer_html_page.block_role``)
        self.time: etree._Element | None = None  # the first <time> in it
        self.breaks: list[int] = []  # where a <br> ended a line: an index into ``out``
        self.linked = 0  # how many <a> the text being read stands in
        self.buttons = 0  # how many share links the text being read stands in
        self.button_links = 0  # how many share or copy buttons the run holds
        self.links = 0  # how many links it holds
        # (letters and digits: in all, in links, in buttons; the text outside buttons)
        self.total = self.in_links = self.in_buttons = 0
        self.outside: list[str] = []
        self.unlinked: list[str] = []  # the targets of links kept as text ("tel:…")
        self.icons: list[int] = []  # the lines of icons left out (``_ICON_RE``)
        self.number = ""  # an ordered list's item's number ("2."), its first run's

    def text(self, value: str | None) -> None:
        if value and ("\u00ad" in value or "\u200b" in value):
            # a soft hyphen ("&shy;") or a zero-width space: no character of the text
            value = value.replace("\u00ad", "").replace("\u200b", "")
        if not value:
            return
        letters = sum(c.isalnum() for c in value)
        self.total += letters
        self.in_links += letters if self.linked else 0
        self.in_buttons += letters if self.buttons else 0
        if not self.buttons:
            self.outside.append(value)
        if not self.linked and (EMAIL_RE.search(value) or _WEB_RE.search(value)):
            # (addresses and bare URLs are atoms, but not inside a link: no link in a link;
            # the space around the text stays, "<a>report</a> at www.x.org")
            self.out.extend([*([Span("text", " ")] if value[:1].isspace() else []),
                             *address_spans(" ".join(value.split())),
                             *([Span("text", " ")] if value[-1:].isspace() else [])])
        else:
            self.out.append(Span("text", " ".join(value.split(" "))))

    def walk(self, node: etree._Element) -> None:
        """``node``'s content, every element in it taken as inline (a block nested in an
        inline element is flattened into it)."""
        self.text(node.text)
        for child in node:
            self.inline(child)
            self.text(child.tail)

    def inline(self, child: etree._Element) -> None:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "time":
            self.time = self.time if self.time is not None else child
            self.text("".join(child.itertext()))
        elif tag == "a":
            self._link(child)
        elif tag in _INLINE:
            inner = "".join(child.itertext())
            if inner.strip() and _ICON_RE.fullmatch(inner):
                # an icon font's glyph (Font Awesome's U+F095 in <i class="fa fa-phone">, an
                # emoji): no character a reader reads, left out (said)
                self.icons.append(child.sourceline or self.line)
                self.text(" " if inner.strip() != inner else "")
            elif not any(c.isalnum() for c in inner):
                # no letter or digit in it: its text without the markup. An empty <strong>
                # or an icon's <i> made an empty unit to translate (``<g1></g1>``); but Word
                # sets a quotation mark, "(", "?", ",", ":", "____" or a line break in a
                # run of its own, and those are the text's (they had been dropped with it)
                self.walk(child)
            else:
                self.out.append(Span("open", tag=_INLINE[tag]))
                self.walk(child)
                self.out.append(Span("close", tag=_INLINE[tag]))
        elif tag in ("sup", "sub"):
            self._script(child, tag)
        elif tag == "br":
            self.text(" ")
            self.breaks.append(len(self.out))  # (where a line ended: ``fields``)
        elif tag not in _SKIP:
            self.walk(child)

    def _link(self, child: etree._Element) -> None:
        """An <a>: a link, an e-mail address, its text alone (an anchor; a link to a phone
        or an app, which no page can open), or nothing (an empty or icon-only link, a
        footnote's way back "↩", a share or copy button's label)."""
        href = child.get("href")
        content = "".join(child.itertext())
        action = link_action(href)
        if action == "text" and href is not None and href_scheme(href) in self.schemes:
            action = "web"
        if not any(c.isalnum() for c in content):
            # (an empty anchor, <a id="main-content"></a>; a logo's or icon's link; "↩")
            self.text(" " if content and not content.strip() else "")
            return
        if action == "email":
            if address := email_of(href or ""):
                self.out.append(Span("atom", address, "email", _TRANSLATE_NO))
            return
        if action == "button" and is_button_label(content):
            # a share or copy button ("Copy link" on javascript:void(0), "Email this story"
            # on mailto:?subject=…): left out, counted for ``furniture_text``
            self.in_buttons += sum(c.isalnum() for c in content)
            self.button_links += 1
            return
        if action in ("text", "button"):
            # (a phone number on tel:, words on whatsapp: or javascript:void(0): the text
            # stays, the target no page opens goes)
            if href is not None:
                self.unlinked.append(f"{href.split(':', 1)[0].strip().lower()}:")
            self.walk(child)
            return
        share = is_share_href(href)
        self.button_links += share
        self.buttons += share
        self.out.append(Span("open", tag="a", attrs=(("href", href or "#"),)))
        self.links += 1
        self.linked += 1
        self.walk(child)
        self.linked -= 1
        self.out.append(Span("close", tag="a"))
        self.buttons -= share

    def _script(self, child: etree._Element, tag: str) -> None:
        """A superscript or subscript: a footnote's mark (a link within the page: ``<sup><a
        href="#fn1">1</a></sup>``) becomes an element not to translate, as the text importer
        makes "Union1"; digits (km², H₂O) their Unicode forms, which say the same in every
        language; anything else ("1<sup>st</sup>", "XXI<sup>e</sup>") its text."""
        content = "".join(child.itertext()).strip()
        links = [a.get("href", "") for a in child.iter("a")]
        if content and links and all(h.startswith("#") for h in links):
            self.out.append(Span("atom", content, "span", _TRANSLATE_NO))
        elif content and all(c in _SCRIPTS[tag] for c in content):
            self.text("".join(_SCRIPTS[tag][c] for c in content))
        else:
            self.walk(child)

    def _unspaced(self) -> None:
        """The space a <br> is taken out where it joins two characters of Chinese or Japanese,
        which have no space between words («秘书长呼吁<br>立即停火» is «秘书长呼吁立即停火»: a
        headline on two lines had been given a space in the middle). The characters beside
        each break are looked for past its markup only (a few spans: linear)."""
        for index in self.breaks:
            if not (0 < index <= len(self.out)) or self.out[index - 1] != Span("text", " "):
                continue
            before = next((s.text for s in reversed(self.out[max(0, index - 9):index - 1])
                           if s.kind in ("text", "atom")), "")
            after = next((s.text for s in self.out[index:index + 8]
                          if s.kind in ("text", "atom")), "")
            if CJK_RE.match(before[-1:]) and CJK_RE.match(after[:1]):
                self.out[index - 1] = Span("text", "")

    def lines(self) -> list[list[Span]]:
        """The run's lines, as <br>s end them, each its spans; the run whole, one line, where
        a <br> stands inside an element."""
        self._unspaced()
        cuts = [0, *self.breaks, len(self.out)]
        lines = [self.out[a:b] for a, b in pairwise(cuts)]
        depth = 0
        for line in lines[:-1]:
            depth += sum((s.kind == "open") - (s.kind == "close") for s in line)
            if depth:
                return [self.out]
        return lines

    def fields(self) -> list[list[Span]]:
        """A media advisory's fields, one a line between <br>s ("What: …<br>When: …"), each
        a paragraph's spans, as from text (``importer_pages.is_field``): the first line with
        text is a field, and another is; [] when the lines are no such block."""
        if not self.breaks:
            return []
        lines = self.lines()
        plain = [_plain(_Run.merged(line)) for line in lines]
        starts = [i for i, text in enumerate(plain) if is_field(text)]
        if len(starts) < 2 or starts[0] != next(i for i, t in enumerate(plain) if t):
            return []
        # (a line without a field name goes with the field above it)
        groups = [lines[a:b] for a, b in pairwise([0, *starts[1:], len(lines)])]
        return [_Run.merged([s for line in group for s in line]) for group in groups]

    def spans(self) -> list[Span]:
        self._unspaced()
        return _Run.merged(self.out)

    @staticmethod
    def merged(out: list[Span]) -> list[Span]:
        """Spans with adjacent texts joined, runs of white space made one space, and the
        text's ends stripped."""
        merged: list[Span] = []
        for span in out:
            if span.kind == "text" and merged and merged[-1].kind == "text":
                merged[-1] = Span("text", merged[-1].text + span.text)
            else:
                merged.append(span)
        cleaned = [Span("text", layout_spaces(s.text)) if s.kind == "text" else s
                   for s in merged]
        if cleaned and cleaned[0].kind == "text":
            cleaned[0] = Span("text", cleaned[0].text.lstrip())
        if cleaned and cleaned[-1].kind == "text":
            cleaned[-1] = Span("text", cleaned[-1].text.rstrip())
        return [s for s in cleaned if s.kind != "text" or s.text]


def _spans(element: etree._Element) -> list[Span]:
    run = _Run(element.sourceline or 0)
    run.walk(element)
    return run.spans()


def _blocks(element: etree._Element, kind: str, skip: etree._Element | None,
            found: list[tuple[str, _Run]], role: str = "", number: str = "",
            numbers: dict[etree._Element, str] | None = None,
            schemes: frozenset[str] = frozenset()) -> None:
    """The text blocks of ``element`` in document order, as (kind, run): each run of inline
    content between the blocks nested in it (a list item, a cell, a quotation, a <div>'s own
    text) is a paragraph, a heading's a subheading; ``skip`` (the headline) is left out.
    ``role``: a caption's or a list item's, which the blocks nested in it share; ``number``:
    an ordered list item's, which its first run with text carries (``numbers``: each item's,
    ``list_numbers``)."""
    role = role or block_role(element)
    numbers = numbers if numbers is not None else list_numbers(element)
    run = _Run(element.sourceline or 0, role, schemes)
    run.number = number or numbers.get(element, "")
    run.text(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if child is skip:
            found.append((kind, run))
            found.append(("headline", _Run(child.sourceline or 0)))  # where it stood
            run = _Run(child.sourceline or 0, role, schemes)
        elif tag in _SKIP and not (tag in _CONTAINERS and keep_container(child, skip)):
            pass  # page furniture
        elif tag in _BLOCK or tag in _CONTAINERS:
            found.append((kind, run))
            # (an item whose text is in a <p> in it: the number goes with that text)
            carried, run.number = (run.number, "") if not run.total else ("", run.number)
            _blocks(child, "h2" if tag in _HEADINGS else "p", skip, found, role, carried,
                    numbers, schemes)
            run = _Run(child.sourceline or 0, role, schemes)
        else:
            run.inline(child)
        run.text(child.tail)
    found.append((kind, run))


def _without_furniture(runs: list[tuple[str, _Run]], removed: list[tuple[int, str]]
                       ) -> list[tuple[str, _Run]]:
    """``runs`` without the page's furniture that only its text tells: a share bar, a
    reading time, a topics line, a heading over furniture ("Related stories", "Topics") with
    the blocks of links alone under it, and blocks with no text (an empty anchor's, an
    icon's); what is left out, with its line, is added to ``removed``."""
    kept: list[tuple[str, _Run]] = []
    under_heading = False  # (under a heading over furniture, a block of links alone is one)
    headed = not any(kind == "headline" for kind, _run in runs)
    for kind, run in runs:
        plain = _plain(run.spans()) if kind != "headline" else ""
        if kind == "headline":
            under_heading, headed = False, True
        elif not headed and run.links >= 2 and run.in_links == run.total:
            pass  # links alone above the headline: a menu (a letterhead names, it links not)
        elif not any(c.isalnum() for c in plain):
            if plain and not run.button_links:
                kept.append((kind, run))  # ("–", a table's cell: text; "###" is said removed)
            continue
        elif kind == "h2" and furniture_heading(plain):
            under_heading = True
        elif under_heading and run.total and run.in_links == run.total:
            pass
        elif furniture_text(plain, "".join(run.outside), run.button_links, run.in_links,
                            run.total) or is_footer_text(plain) or _is_comment(run):
            # (or a copyright line, a mailing list's "Unsubscribe", a Google Docs reviewer's
            # comment: they had ended in the contact block when they followed it)
            under_heading = False
        else:
            under_heading = False
            kept.append((kind, run))
            continue
        if kind != "headline":
            removed.append((run.line, plain))
            continue
        kept.append((kind, run))
    return kept


def _is_comment(run: _Run) -> bool:
    """A reviewer's comment a Google Docs page keeps at its end, its mark ("[a]") linking
    back to where it was made: ``<p><a href="#cmnt_ref1">[a]</a>check figure</p>``."""
    first = next((s for s in run.out if s.kind != "text" or s.text.strip()), None)
    return first is not None and first.kind == "open" and first.tag == "a" \
        and dict(first.attrs).get("href", "").startswith("#cmnt")


def _plain(spans: list[Span]) -> str:
    return " ".join("".join(s.text for s in spans).split())
