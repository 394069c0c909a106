"""A web page's chrome copied with a release's text: what the site sets around every page
(its skip link, its print view's header image, the section of the site the page is filed
under), never the release's words. A copy of a page's text ("Select all", "Copy") opens with
them, and the first had been taken for the headline."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

#: A page's skip link, for keyboards and screen readers, in the UN's languages ("Skip to main
#: content", "Aller au contenu principal", "Ir al contenido principal", «Перейти к основному
#: содержанию», «跳转到主要内容», «تخطي إلى المحتوى الرئيسي»); OHCHR's pages in every language
#: write the English one.
_SKIP_RE = re.compile(
    r"^(?:(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|main\s+menu"
    r"|search|footer)|(?:aller|passer)\s+au\s+(?:contenu(?:\s+principal)?|menu)|(?:ir|saltar)\s+al"
    r"\s+contenido(?:\s+principal)?|перейти\s+к\s+(?:основному\s+)?содержани[юя]"
    r"|跳(?:转)?到主要内容|(?:تخط(?:ي|ى)|انتقل|انتقال)\s+إلى\s+المحتوى(?:\s+الرئيسي)?)$",
    re.IGNORECASE)
#: A print view's header ("Header image for news printout", the alternative text of the banner
#: OHCHR's DisplayNews pages print), and a page's offer of one ("Printer-friendly version",
#: "Print this page").
_PRINT_RE = re.compile(
    r"^(?:(?:header|banner)\s+(?:image|logo)(?:\s+(?:for|of)\s+(?:the\s+)?(?:news\s+)?"
    r"print(?:out|\s+view|\s+version)?)?|printer[- ]friendly\s+(?:version|page)"
    r"|print\s+(?:this\s+)?(?:page|article|version))$", re.IGNORECASE)
#: The sections a UN site files its news under, as the page's breadcrumb names them before
#: the office or body ("Statements Office of the High Commissioner for Human Rights", "Press
#: releases Human Rights Council", «Заявления Различные механизмы», «讲话 人权事务高级专员办事处»):
#: a kind of document in the plural, the site's section, not the release's own label.
_SECTION_RE = re.compile(
    r"^(?:statements?(?:\s+and\s+speeches)?|press\s+releases|news\s+releases|speeches"
    r"|media\s+advisories|briefing\s+notes|meeting\s+summaries|news\s+and\s+events"
    r"|déclarations|communiqués\s+de\s+presse|discours|declaraciones|comunicados\s+de\s+prensa"
    r"|discursos|заявления|пресс-релизы|выступления|讲话|发言稿|发言|新闻稿|声明"
    r"|(?:ال)?بيانات(?:\s+(?:ال)?صحفية)?|الخطب|news)\s+(?P<rest>\S.*)$", re.IGNORECASE)
#: What ends a sentence or a clause: a section's line has none.
_SENTENCE_END = tuple(".!?:;,。！？：；，،؛")


def is_chrome(line: str) -> bool:
    """A page's skip link or print view's header, anywhere on the page; or a page's links run
    together on one line (``glued_links``)."""
    text = " ".join(line.split()).strip("[]()")
    return bool(_SKIP_RE.match(text) or _PRINT_RE.match(text)) or glued_links(text)


#: Where a copy ran two links together: a small letter, then a capital, no space between
#: ("Skip to contentSkip to navigation").
_GLUED_RE = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÞА-ЯЁ])(?<![A-ZÀ-ÞА-ЯЁ])")


def glued_links(text: str) -> bool:
    """A page's links copied without the breaks between them, on one line: "Skip to
    contentSkip to navigationSkip to footer" (a browser's "Select all" of a page whose skip
    links are hidden), "Ugrás a tartalomhozUgrás a menüpontokhoz" (a Hungarian site's, the
    same in any language): two parts or more, each of two to six words and each opening with
    the same word, or each a skip link or a site's navigation. (A name's inner capital,
    "McDonald", "iPhone", makes no such parts: one word before it.)"""
    parts = [" ".join(part.split()) for part in _GLUED_RE.split(text)]
    if len(parts) < 2 or not all(2 <= len(part.split()) <= 6 for part in parts):
        return False
    return len({part.split()[0].casefold() for part in parts}) == 1 or all(
        _SKIP_RE.match(part) or navigation_line(part) for part in parts)


#: A line's punctuation at its edges, and the spaces around a slash or a bar inside it, as
#: ``page_chrome.json``'s lines are compared ("» Login / Register:" = "login/register").
_NAV_EDGES_RE = re.compile(r"^[\W_]+|[\W_]+$")
_NAV_JOINS_RE = re.compile(r"\s*([/|])\s*")


def _nav_folded(text: str) -> str:
    text = _NAV_JOINS_RE.sub(r"\1", " ".join(text.split()).casefold().replace("’", "'"))
    return _NAV_EDGES_RE.sub("", text)


@cache
def _chrome_words() -> dict[str, frozenset[str]]:
    """``data/page_chrome.json``'s lists, every language's in one set each, folded."""
    data = json.loads((files("transpub") / "data" / "page_chrome.json").read_text(
        encoding="utf-8"))
    return {key: frozenset(_nav_folded(line) for lines in data[key].values() for line in lines)
            for key in ("navigation", "actions", "switchers", "fields")} | {
        "none": frozenset(_nav_folded(word) for word in data["none"])}


def navigation_line(line: str) -> bool:
    """A site's navigation ("Navigation path", "Login / Register", "Click here for search
    results", "Media Center", «Пресс-центр») or a call to action ("Donate today", "Submit
    Release", "CONTINUE READING", «Lire la suite»), a line of its own: the site's words, in
    any of the UN's languages (``data/page_chrome.json``). Never a sentence: a line of eight
    words at most."""
    text = line.strip()
    if not text or len(text.split()) > 8:
        return False
    folded = _nav_folded(text)
    words = _chrome_words()
    return folded in words["navigation"] or folded in words["actions"]


#: A switcher's lead-in and the names after it: "Available in: Español, 中文", "Other
#: available languages: none".
_CODES_RE = re.compile(r"[A-Z]{2}(?:\s*[ ,|/]\s*[A-Z]{2})+")
_LEAD_RE = re.compile(r"^(?P<lead>[^:：]{2,40}?)\s*[:：]\s*(?P<names>.*)$")


_EDGES_RE = re.compile(r"^\W+|\W+$")
#: What parts a language switcher's names on one line ("English | Français").
_SWITCH_JOINS_RE = re.compile(r"\s*[|•·/]\s*|\s{2,}|(?<=[^\W\d_])\s(?=[^\W\d_])")


def page_chrome(text: str) -> bool:
    """A copied web page's controls, a line of their own: ``is_chrome``, or its language
    switcher (the UN languages' names in themselves alone, "English", «Français | Español»):
    the page's, not the release's, in any language's page (``align`` leaves them unpaired;
    the import removes them as furniture). A report site's fields are read among the lines
    around them (``report_fields``): alone, "Sources", "Format", a heading, are text."""
    text = text.strip()
    if not text or len(text) > 240:  # (six languages' names after a lead-in: "Also available
        return False                 # in: العربية , 中文 , English , Français , …")
    if len(text) <= 80 and is_chrome(_EDGES_RE.sub("", text)):  # ("[Skip to main content]")
        return True
    names = _language_names()
    lead = _LEAD_RE.match(text)
    if lead is not None and _nav_folded(lead.group("lead")) in _chrome_words()["switchers"]:
        # the switcher's lead-in, and the names in a list after it, or its word for none
        # ("Available in: Español, 中文, русский", "Other available languages: none"), or
        # the languages' codes ("Other available languages: FR DE DA ES")
        rest = lead.group("names")
        parts = [p.strip() for p in re.split(r"[,،、;]|\s*[|•·/]\s*|\s{2,}", rest) if p.strip()]
        return bool(parts) and (all(p.casefold() in names for p in parts) or (
            len(parts) == 1 and _nav_folded(parts[0]) in _chrome_words()["none"])
            or _CODES_RE.fullmatch(rest.strip()) is not None)
    if len(text) > 80:
        return False
    parts = [part for part in _SWITCH_JOINS_RE.split(text) if part]
    return bool(parts) and all(part.casefold() in names for part in parts)


#: A field's value on the field's line or the line under it ("Source: UNICEF" / "Posted" /
#: "12 Jun 2024"): a name or a date, no sentence.
_VALUE_MAX = 60
_VALUE_END = tuple(".!?。！？؟;；")


def _field_name(text: str) -> bool:
    """A report site's field's name, alone on its line, a colon after it or not ("Source",
    "Originally published:", «来源：»)."""
    return len(text) <= 80 and _nav_folded(text) in _chrome_words()["fields"]


def _field_with_value(text: str) -> bool:
    """A field's name, a colon and its value on one line ("Source: UNICEF")."""
    name, colon, value = text.replace("：", ":").partition(":")
    value = value.strip()
    return bool(colon) and _field_name(name) and _value(value)


def _value(text: str) -> bool:
    return 0 < len(text) <= _VALUE_MAX and not text.endswith(_VALUE_END)


def report_fields(lines: Sequence[str]) -> set[int]:
    """Which of ``lines`` (a page's, in order, blank ones left out or not) are a report site's
    fields (ReliefWeb's "Format" / "News and Press Release" / "Source" / "UNICEF" / "Posted" /
    …, data/page_chrome.json's ``fields``): a field is the site's only beside its kind, in a
    run of two fields or more, each alone, with its value after a colon, or with its value on
    the line under it; a field's name alone ("Sources" over the text's sources, "Format", a
    chart's «来源：») is the release's heading and stays. The values on lines of their own are
    not returned (a date, a name: the text's lines may be so)."""
    found: set[int] = set()
    run: list[int] = []
    value_open = False  # (the line under a field's name alone may be its value)
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if not text:
            continue
        if _field_name(text) or _field_with_value(text):
            run.append(index)
            value_open = _field_name(text)
        elif value_open and _value(text):
            value_open = False
        else:
            if len(run) >= 2:
                found.update(run)
            run, value_open = [], False
    if len(run) >= 2:
        found.update(run)
    return found


@cache
def _language_names() -> frozenset[str]:
    """The UN languages named in themselves ("English", «Русский», «中文»), case folded."""
    from transpub.languages import UN_LANGUAGES, language

    return frozenset(language(code).native_name.casefold() for code in UN_LANGUAGES)


def is_section_line(line: str) -> bool:
    """The site's section and the office the page is filed under, on one line above the
    headline: the section's plural kind of document, then a name of at most a dozen words
    with no sentence in it (not "Statements by the President were heard …")."""
    text = " ".join(line.split())
    match = _SECTION_RE.match(text)
    if match is None or text.endswith(_SENTENCE_END) or len(text) > 120:
        return False
    rest = match.group("rest")
    words = rest.split()
    # (a name: it opens with a capital or a letter without case, never with a word in lower
    # case, "Statements were made", "Press releases about the session")
    if len(words) > 12 or rest[:1].islower() or rest[:1].isdigit():
        return False
    # (and the name is a body's: a word of one, and no other word in lower case than a
    # body's name holds — "News Agencies Join UN Campaign Against Disinformation",
    # "Statements Pour In as UN Marks…", «Выступления Генерального секретаря на заседании…»
    # are headlines; a second hostile pass on session 62's changes had found them removed)
    folded = rest.casefold()
    if not any(word in folded for word in _BODY_WORDS):
        return False
    return all(not w[:1].islower() or w in _NAME_WORDS or any(b in w for b in _BODY_WORDS)
               for w in (w.replace("’", "'").strip(".,'()«»\"") for w in rest.split()))


#: Words of the bodies a UN site files pages under ("Office of the High Commissioner for
#: Human Rights", "Human Rights Council", «Múltiples mecanismos», «Различные механизмы»,
#: «人权事务高级专员办事处», «مجلس حقوق الإنسان»), folded; a part of a word will do
#: («механизм» in «механизмы», «комиссар» in «комиссара»).
_BODY_WORDS = ("office", "council", "commission", "committee", "assembly", "rights",
               "mechanism", "procedure", "rapporteur", "treaty", "bodies", "secretariat",
               "nations", "programme", "fund", "organization", "agency", "experts",
               "haut-commissariat", "conseil", "comité", "mécanisme", "procédure", "droits",
               "oficina", "consejo", "mecanismo", "procedimiento", "derechos", "comisionad",
               "управлени", "совет", "комитет", "механизм", "процедур", "комиссар", "прав",
               "办事处", "理事会", "委员会", "人权", "专员", "机制", "特别程序",
               "مكتب", "مجلس", "لجنة", "المفوض", "آليات", "الإجراءات", "حقوق")
#: The lower-case words a body's name holds besides its own ("of the", «aux droits de
#: l'homme», «por los derechos», «по правам человека»)
_NAME_WORDS = frozenset("""of the for on and to de des du la le les l'homme aux au et del los
    las el y para por sobre humanos homme по и для при человека различные оон""".split())
