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
            for key in ("navigation", "actions", "switchers", "fields", "back_leads", "back_to",
                        "archives")} | {
        "none": frozenset(_nav_folded(word) for word in data["none"])}


def navigation_line(line: str) -> bool:
    """A site's navigation ("Navigation path", "Login / Register", "Click here for search
    results", "Media Center", «Пресс-центр») or a call to action ("Donate today", "Submit
    Release", "CONTINUE READING", «Lire la suite»), a line of its own: the site's words, in
    any of the UN's languages (``data/page_chrome.json``). Never a sentence: a line of eight
    words at most."""
    text = line.strip()
    if breadcrumb(text):
        return True  # (its steps of eight words each)
    if not text or len(text.split()) > 8:
        return False
    folded = _nav_folded(text)
    words = _chrome_words()
    return folded in words["navigation"] or folded in words["actions"] or control_line(text) \
        or back_link(text) or archive_line(text)


def section_beside(line: str, site_line: str) -> bool:
    """Whether ``line``, right above a site's line ``site_line`` in a page's first block, is
    the site's too: the name of one of its lists alone ("Press releases" over "Back to
    archive", FAO's: ``back_to``, ``archives``), or a line opening with the first step of the
    breadcrumb under it ("Presse & médias world map" over «Presse & Médias > Communiqué de
    presse», WMO's). A headline over a site's line is neither."""
    folded = _nav_folded(line)
    words = _chrome_words()
    if folded in words["back_to"] or folded in words["archives"]:
        return True
    if not breadcrumb(site_line.strip()):
        return False
    first = _nav_folded(_CRUMB_SPLIT_RE.split(" ".join(site_line.split()))[0])
    return bool(first) and (folded == first or folded.startswith(first + " "))


def call_to_action(line: str) -> bool:
    """A site's call to action, a line of its own ("Donate today", "Read more", «Lire la
    suite»: ``data/page_chrome.json``'s ``actions``), which a banner's sentence may stand over."""
    return _nav_folded(line.strip()) in _chrome_words()["actions"]


#: The article before where a link back leads ("the list", «la liste», «l'accueil», "el
#: archivo"): the link's words are listed without it.
_ARTICLE_RE = re.compile(r"^(?:the|la|le|les|l'|el|los|las)\s*")


def back_link(line: str) -> bool:
    """A link back to one of the site's lists, a line of its own ("Back to archive", "Return
    to the list", «Retour aux archives», «Volver al inicio», «Вернуться к списку», «返回列表»,
    «العودة إلى الأرشيف»): a lead of ``data/page_chrome.json``'s ``back_leads``, then a place
    of the site's, its ``back_to`` (it had been the headline of FAO's archived pages). Where
    else it leads is a headline's: "Back to School for 10 Million Children", "Back to basics"."""
    folded = _nav_folded(line)
    if not folded or len(folded.split()) > 8:
        return False
    words = _chrome_words()
    for lead in words["back_leads"]:
        # (Chinese sets no space after its lead, «返回列表»)
        if folded.startswith(lead) and (folded[len(lead):len(lead) + 1] in (" ", "")
                                        or _HAN_RUN_RE.match(lead) is not None):
            rest = _ARTICLE_RE.sub("", folded[len(lead):].strip())
            if rest in words["back_to"]:
                return True
    return False


#: A year, or a span of years, naming an archive's ("2001", "2001-2005", «2001年»).
_ARCHIVE_YEAR = r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?:\s*年)?"
_ARCHIVE_RE = re.compile(
    r"^(?:(?P<acronym>[A-ZА-ЯЁ][A-ZА-ЯЁ-]{1,9})\s+)?(?P<section>[^\d]+?)\s*[:,|–—-]?\s*"
    rf"{_ARCHIVE_YEAR}$|^{_ARCHIVE_YEAR}\s*[:,|–—-]?\s*(?P<after>[^\d]+)$")


def archive_line(line: str) -> bool:
    """A site's archive or section of news for a year, a line of its own ("Archives 2001",
    "ESCWA Press Releases 2003", "News 2005", «Communiqués de presse 2001», «Archivo 2005»,
    «Архив 2001», «2001年新闻稿», «أرشيف 2001»): the section's words, ``data/page_chrome.json``'s
    ``archives``, an acronym of the site's before them or not, and the year (it had been the
    headline, the headline a subheading). A line with other words ("Human Development Report
    2003", "World Press Freedom Day 2003") is a headline's or a title's."""
    text = " ".join(line.split()).strip(" :")
    if not text or len(text) > 80:
        return False
    match = _ARCHIVE_RE.match(text)
    if match is None:
        return False
    section = match.group("section") or match.group("after") or ""
    return _nav_folded(section) in _chrome_words()["archives"]


#: What parts a breadcrumb's steps: an angle quote, an arrow or a double colon with spaces
#: around it ("Home > News > Press releases", «Accueil › Actualités», «Главная » Новости», "首页
#: > 新闻", «FAO :: Salle de presse :: Dernières nouvelles»).
_CRUMB_SPLIT_RE = re.compile(r"\s+(?:>|›|»|→|&gt;|::)\s+")
#: A step of a breadcrumb that is the archive's year ("FAO :: Salle de presse :: Dernières
#: nouvelles :: 2005 :: Diouf: …").
_YEAR_STEP_RE = re.compile(r"^(?:19|20)\d\d$")


def breadcrumb(line: str) -> bool:
    """A page's breadcrumb, the path of sections down to the page, a line of its own ("News >
    Press releases > UNEP Media Advisory: 2 ...", «Presse & Médias > Communiqué de presse»,
    «Accueil › Actualités»): two steps or more, each a name of at most eight words, none a
    sentence (a step cut short, "…: 2 ...", is the page's title); the site's, never the office
    line nor the headline (they had been both)."""
    steps = _CRUMB_SPLIT_RE.split(" ".join(line.split()))
    if not 2 <= len(steps) <= 8:
        return False
    # (the last step may be cut short, "…: 2 ...": its dots no sentence's end)
    last = re.sub(r"\s*(?:\.\.\.|…)$", "", steps[-1])
    # (each a name: it opens with a capital or a letter without case, never a figure or a
    # word in lower case, "Temperatures > 40 degrees", «« Le climat change » a dit …»; or the
    # archive's year between two steps, FAO's "… :: Dernières nouvelles :: 2005 :: …")
    if not all(0 < len(step.split()) <= 8 and not step.endswith(_SENTENCE_END)
               and ((step[:1].isalpha() and not step[:1].islower()) or (
                   _YEAR_STEP_RE.match(step) is not None and 0 < at < len(steps) - 1))
               for at, step in enumerate([*steps[:-1], last])):
        return False
    # (and a site's path: three steps, or a step the site's page or section, "Home",
    # «Accueil», "Press releases", «Communiqué de presse»; "Growth > Inflation" is a headline)
    from transpub.importer_labels import is_kind

    words = _chrome_words()["navigation"]
    return len(steps) >= 3 or any(_nav_folded(step) in words or is_kind(step) for step in steps)


@cache
def _control_words() -> tuple[frozenset[str], frozenset[str]]:
    """``data/page_chrome.json``'s ``controls``: a control's own words, and the words beside
    them, every language's in one set each, folded."""
    data = json.loads((files("transpub") / "data" / "page_chrome.json").read_text(
        encoding="utf-8"))["controls"]
    return tuple(frozenset(w.casefold() for words in data[key].values() for w in words)
                 for key in ("control", "filler"))  # type: ignore[return-value]


#: A text-size control, its letters after its lead-in or alone ("A A A", "A- A A+", «Tamaño
#: del texto A A A», "Text size A+ A−"): a capital A two to four times, a sign beside it or not.
_SIZE_LETTERS_RE = re.compile(r"^(?P<lead>.*?)\s*(?:(?<!\S)A[+\-−]?(?:\s+|$)){2,4}$")
#: A search box's prompt ("Search for the country site.", "Search this website", «Rechercher
#: sur le site», «Buscar en el sitio», «Поиск по сайту», «搜索本站», «ابحث في الموقع»): the verb,
#: then the site, page or box searched, nothing but a preposition, a determiner or the site's
#: own qualifier between them ("the country", «по всему»), a full stop after it or not. Any
#: other word makes a sentence: "Search teams reach landslide site", «Поиск продолжается на
#: сайте», «بحث عن الناجين في الموقع» are headlines.
_SEARCH_PROMPT_RE = re.compile(
    r"^(?:search|find|rechercher|chercher|buscar|busque|поиск|искать|найти|ابحث|بحث)"
    r"(?:\s+(?:for|in|on|within|across|the|this|our|entire|whole|country|web|sur|dans|tout"
    r"|le|la|ce|cette|en|el|este|esta|todo|por|по|на|в|этому|этом|этой|всему|всем|всей|في"
    r"|على|داخل|هذا|هذه|كامل)){0,4}?\s+(?:site|website|page|box|sitio|página|сайте|сайту"
    r"|странице|الموقع|الصفحة)(?:\s+web)?\.?$|^(?:搜索|查找)(?:本站|本网站|网站|站内|全站)\S{0,6}$",
    re.IGNORECASE)
#: What a control's line is cut into: spaces, bars, slashes; a number or a percentage
#: ("Increase text size by 10%") is no word.
_CONTROL_SPLIT_RE = re.compile(r"[\s|/•·]+")
_AMOUNT_RE = re.compile(r"^\d+\s*%?$")
#: A run of Han characters, which a Chinese page's control writes without spaces («关闭搜索»).
_HAN_RUN_RE = re.compile("^[\u3400-\u4dbf\u4e00-\u9fff]+$")


def control_line(line: str) -> bool:
    """A page's controls, a line of their own, by their shape, in any of the six languages:
    a line made of a control's words alone, one of them at least a control's own, the rest
    what stands beside them (``data/page_chrome.json``'s ``controls``: "Close sites icon
    close", an icon's name after its button's; "Search form"; "Open menu"; «Cerrar»; "Text
    size Normal size text | Increase text size by 10%"), a text-size control ("A A A", «Tamaño
    del texto A A A»), or a search box's prompt ("Search for the country site."). Never a
    sentence: at most eight words, none but a control's; "Search for Missing Climbers
    Resumes", "Close the camps", "Open letter to the Council" are headlines. In the head
    (``navigation_line``) and in ``align``, not further down the page: "Print" or "Share"
    alone may be a line of the text."""
    text = " ".join(line.split()).strip(" []()")
    if not text or len(text) > 120:
        return False
    if _SEARCH_PROMPT_RE.match(text):
        return True
    size = _SIZE_LETTERS_RE.match(text)
    if size is not None:
        lead = size.group("lead").strip(" :|")
        return not lead or _control_words_only(lead, need_control=False)
    return _control_words_only(text.rstrip(".:"), need_control=True)


def shaped_control(line: str) -> bool:
    """Whether ``line`` is a site's navigation (``navigation_line``) by ``control_line``'s
    shape alone: its words each a control's or beside one, or a search prompt ("Search
    form", "Open menu", «Fermer», "Search this website"), not a line the site's own lists
    give nor a text-size control («Tamaño del texto A A A»). A headline may have that shape
    ("Open Up", "Zoom in", «إغلاق الموقع»): the head removes such a line only among the page's
    other chrome (``importer_head._navigation_apart``)."""
    text = " ".join(line.split())
    if not text or len(text.split()) > 8 or breadcrumb(text) or not control_line(text):
        return False
    folded = _nav_folded(text)
    words = _chrome_words()
    return folded not in words["navigation"] and folded not in words["actions"] \
        and _SIZE_LETTERS_RE.match(text.strip(" []()")) is None


def _control_words_only(text: str, need_control: bool) -> bool:
    control, filler = _control_words()
    # (eight words at most, each control's; several controls a bar apart on one line)
    if any(len([w for w in part.split() if not _AMOUNT_RE.match(w)]) > 8
           for part in text.split("|")):
        return False
    words = [w.casefold() for w in _CONTROL_SPLIT_RE.split(text) if w]
    if not words:
        return False
    found = False
    for word in words:
        parts = _han_words(word, control | filler) if _HAN_RUN_RE.match(word) else [word]
        if parts is None:
            return False
        for part in parts:
            if part in control:
                found = True
            elif part not in filler and not _AMOUNT_RE.match(part):
                return False
    return found or not need_control


def _han_words(run: str, known: frozenset[str]) -> list[str] | None:
    """A run of Han characters cut into known words, longest first ("关闭搜索" -> "关闭",
    "搜索"); None when some part is no known word."""
    out: list[str] = []
    at = 0
    while at < len(run):
        end = next((e for e in range(min(len(run), at + 4), at, -1) if run[at:e] in known), 0)
        if not end:
            return None
        out.append(run[at:end])
        at = end
    return out


@cache
def _share_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/page_chrome.json``'s ``shares`` as two patterns over a folded line: an offer to
    share (a verb, group ``verb``, then the network it shares to, group ``network``, a
    preposition before it or not: "share on facebook", «分享到微博», "tweet") and a network's
    name alone (after an offer: "Share: Facebook, Twitter")."""
    data = json.loads((files("transpub") / "data" / "page_chrome.json").read_text(
        encoding="utf-8"))["shares"]

    def alternation(key: str) -> str:
        words = sorted({_nav_folded(w) for ws in data[key].values() for w in ws}, key=len,
                       reverse=True)
        return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"

    # (a space between words, none after a Han character: «分享到微博»; a word ends where no
    # letter follows, or after a Han character: «分享到微博分享到微信», two offers)
    gap = r"(?:\s+|(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff]))"
    end = r"(?:(?<=[\u3400-\u9fff])|(?![^\W_]))"
    network = alternation("networks") + end
    offer = ("(?P<verb>" + alternation("verbs") + ")" + end + "(?:" + gap + "(?:"
             + alternation("preps") + end + gap + ")?(?P<network>" + network + "))?")
    return re.compile(offer), re.compile(network)


@cache
def _bare_verbs() -> frozenset[str]:
    """``data/page_chrome.json``'s ``shares``' ``bare`` verbs, folded: an offer to share that
    alone names nothing ("share", "tweet", «partager», «поделиться», «分享», «شارك»)."""
    data = json.loads((files("transpub") / "data" / "page_chrome.json").read_text(
        encoding="utf-8"))["shares"]["bare"]
    return frozenset(_nav_folded(w) for ws in data.values() for w in ws)


#: What stands between a share bar's offers: spaces, bars, bullets, commas, a colon after the
#: first ("Share: Facebook | Twitter").
_SHARE_GAP_RE = re.compile(r"[\s|•·,،、;/:：\-–—]*")
#: A share bar is short: a line longer than this is text.
_SHARE_MAX = 200


def _share_offers(line: str) -> tuple[int, bool] | None:
    """How many offers to share ``line`` holds, and whether one of them names a network, a
    channel or what it shares ("share on facebook", "share via email", "tweet this"); None
    when the line holds anything else."""
    text = _nav_folded(line)
    if not text or len(text) > _SHARE_MAX:
        return None
    offer, network = _share_res()
    pos = 0
    offers = 0
    named = False
    while pos < len(text):
        match = offer.match(text, pos) or (network.match(text, pos) if offers else None)
        if match is None or match.end() == pos:
            return None
        if match.re is offer:
            offers += 1
            named = named or match.group("network") is not None \
                or " ".join(match.group("verb").split()) not in _bare_verbs()
        else:
            named = True  # (a network's name after an offer: "Share: Facebook, Twitter")
        pos = _SHARE_GAP_RE.match(text, match.end()).end()  # type: ignore[union-attr]
    return (offers, named) if offers else None


def share_line(line: str) -> bool:
    """A page's sharing buttons, a line of their own, in any of the six languages ("Share on
    Facebook Share on Twitter", "Share this:", "Tweet this", "Share via email", «Partager sur
    Facebook», «Compartir en Twitter», «Поделиться ВКонтакте», «分享到微博», «شارك على
    فيسبوك»): offers to share alone (``data/page_chrome.json``'s ``shares``), naming a
    network, a channel or what they share, or two of them at least ("Share Tweet"). The
    page's wherever it stands, never the release's: any other word makes the line text
    ("Share of renewables rose", "Share your story with us"). A verb alone ("Share",
    "Tweet", «Partager», «شارك») is not one: ``lone_share``."""
    found = _share_offers(line)
    return found is not None and (found[1] or found[0] >= 2)


def lone_share(line: str) -> bool:
    """An offer to share that alone names nothing, a line of its own ("Share", "Tweet",
    «Partager», «Compartir», «Поделиться», «分享», «转发», «شارك»): a button only in the page's
    chrome (above the headline, or among the furniture after the text's last paragraph);
    in the text it is a list's item, a heading or a sentence ("Donate / Volunteer / Share",
    "Give. Share. Tweet.", ar «مشاركة» "participation", «انشر» "publish")."""
    return _share_offers(line) == (1, False)


#: A switcher's lead-in and the names after it: "Available in: Español, 中文", "Other
#: available languages: none".
_CODES_RE = re.compile(r"[A-Z]{2}(?:\s*[ ,|/]\s*[A-Z]{2})+")
_LEAD_RE = re.compile(r"^(?P<lead>[^:：]{2,40}?)\s*[:：]\s*(?P<names>.*)$")


_EDGES_RE = re.compile(r"^\W+|\W+$")
#: What parts a line of controls: brackets, bars, bullets, runs of spaces.
_CONTROL_PARTS_RE = re.compile(r"[\[\]|•·]+|\s{2,}")
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
    if share_line(text):  # ("Share on Facebook Share on Twitter", wherever it stands)
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
    if bool(parts) and all(part.casefold() in names for part in parts):
        return True
    # (a page's controls and its switcher on one line, «Imprimer [English][中文]», "Print |
    # Share | English | Français": each part a control or the site's word, a language's
    # name among them; it had filled the translation's headline in align)
    parts = [" ".join(p.split()) for p in _CONTROL_PARTS_RE.split(text) if p.strip()]
    return len(parts) >= 2 and any(p.casefold() in names for p in parts) and all(
        p.casefold() in names or navigation_line(p) or control_line(p) for p in parts)


def switcher_lead(text: str) -> bool:
    """A language switcher's lead-in alone, its names lost with the links a copy drops or on
    lines of their own under it ("Also available in:", «Disponible en :», «También
    disponible en:», «Доступно на:», «其他语文版本», «متوفر أيضا باللغات», "Read in:", "Other
    languages:": ``data/page_chrome.json``'s ``switchers``): the page's, as the lead-in with
    its names is (``page_chrome``); UNHCR's stood between the page's date and the dateline,
    and the dateline had gone unread. A lead-in of one word ("Languages", «Langues», «语言»)
    only with its colon: alone, it may be a heading of the text."""
    text = " ".join(text.split())
    if not text or len(text) > 60:
        return False
    folded = _nav_folded(text)
    if folded not in _chrome_words()["switchers"]:
        return False
    colon = text.rstrip(" .").endswith((":", "：")) or text.startswith("[")
    return colon or len(folded.split()) >= 2 or (_HAN_RUN_RE.match(folded) is not None
                                                  and len(folded) >= 4)


#: Where a switcher's lead-in may begin on a line after the page's date: after a space, a
#: bar or a bullet, or right after a Han character («2016年1月4日其他语文版本»).
_GLUED_AT_RE = re.compile(r"(?<=\s)(?=\S)|(?<=[|•·])|(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])")


def switcher_after(text: str) -> tuple[str, str] | None:
    """A line that ends with a language switcher's lead-in (``switcher_lead``), or the
    lead-in and its names (``page_chrome``), glued after something else on the line: "4
    January 2016 Also available in:", "4 January 2016 | Also available in: Français",
    «4 janvier 2016 Disponible en :» (UNHCR's page date, the switcher's label on its line).
    Returns what stands before it (its bar or dash cut) and the lead-in; None if none ends
    the line. Whether the line before it is the page's (a date) is the caller's to tell: "The
    report is also available in:" is a sentence's lead-in."""
    text = " ".join(text.split())
    if len(text) > 240:
        return None
    for match in _GLUED_AT_RE.finditer(text):
        at = match.start()
        before, after = text[:at].rstrip(" |•·-–—/"), text[at:].strip()
        if not before or not after or not after[:1].isalpha():
            continue
        if switcher_lead(after) or (_LEAD_RE.match(after) is not None and page_chrome(after)):
            return before, after
    return None


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


#: A browser's title bar copied over a page: the page's title, a bar or a dash, and the
#: site's name ("Accréditations médiatiques … - United Nations Environment Programme (UNEP)",
#: "Press release | UNHCR", "News – WFP"); the last such mark parts them (a dash with spaces
#: around it: "Asia-Pacific" is one word).
_TITLE_BAR_RE = re.compile(r"^(?P<title>\S.*?)\s+(?:\||[-–—]|::)\s+(?P<site>[^|–—]+?)\s*$")
#: A site's short name: an acronym, alone or with a capitalised word beside it ("UNHCR",
#: "WFP", "UN-Habitat", "UN News", "ONU Info", "Noticias ONU", «ООН»).
_SITE_ACRONYM_RE = re.compile(r"^(?:[A-ZА-Я]\w+\s+)?(?:UN-[A-Z][a-z]+|[A-ZА-Я]{2,10})"
                              r"(?:\s+[A-ZА-Я]\w+)?$")


def title_bar(line: str, lang: str) -> str | None:
    """The page's title in a browser's title bar copied over the page, the site's name after
    it, "Press release | UNHCR" -> "Press release"; None when the line does not end on a
    site's name (``importer_names.issuer_name``, ``speaker_or_issuer``, an acronym). Whether
    it is the page's title bar, not the release's headline, is the head's to tell: its title
    printed again under it, or a kind of document."""
    from transpub.importer_names import issuer_name, speaker_or_issuer

    match = _TITLE_BAR_RE.match(" ".join(line.split()))
    if match is None or len(line) > 300:
        return None
    site = match.group("site")
    if len(site.split()) > 12 or not (_SITE_ACRONYM_RE.match(site) or issuer_name(site)
                                      or speaker_or_issuer(site, lang)):
        return None
    return match.group("title")


#: A newsroom's standing notice about its own page, atop every story ("This story was written
#: by the ILO Newsroom For official ILO statements …", «Esta historia fue escrita por la Sala
#: de Noticias de la OIT…»): the page or story named by a demonstrative, then who wrote,
#: prepared or published it, in the six languages.
_SITE_NOTICE_RE = re.compile(
    r"^(?:this\s+(?:story|article|page|news\s+story|news\s+item|item|feature|content)\s+"
    r"(?:was|is|has\s+been)\s+(?:written|produced|prepared|compiled|edited|published|provided)"
    r"\s+by\b"
    r"|(?:cet\s+article|cette\s+(?:histoire|page|actualité|nouvelle)|ce\s+(?:texte|contenu"
    r"|reportage))\s+a\s+été\s+(?:rédigé|écrit|préparé|produit|publié)e?s?\s+par\b"
    r"|(?:esta\s+(?:historia|noticia|nota|página)|este\s+(?:artículo|texto|contenido"
    r"|reportaje))\s+(?:fue|ha\s+sido)\s+(?:escrit|redactad|preparad|producid|publicad)[oa]s?"
    r"\s+por\b"
    r"|(?:эта\s+(?:статья|новость|история|страница)|этот\s+(?:материал|текст))\s+(?:был[аои]?"
    r"\s+)?(?:написан|подготовлен|опубликован)[аоы]?\b"
    r"|本(?:文|报道|新闻|稿|页)由.{1,30}?(?:撰写|编写|撰稿|提供|编辑|发布)"
    r"|(?:كتبت?|أعدت?|أعدّت?|حرر(?:ت)?)\s+(?:هذه|هذا)\s+(?:القصة|المقالة|المقال|الخبر|المادة"
    r"|الصفحة)|(?:هذه\s+القصة|هذا\s+المقال|هذا\s+الخبر)\s+(?:كتبها|كتبه|أعدها|أعده)"
    r"|تمت?\s+(?:كتابة|إعداد)\s+(?:هذه|هذا)\s+(?:القصة|المقالة|المقال|الخبر))",
    re.IGNORECASE)


def site_notice(text: str) -> bool:
    """A newsroom's standing notice about its page, a block of one or two sentences above the
    headline ("This story was written by the ILO Newsroom For official ILO statements and
    speeches, please visit our “Statements and Speeches” section.", «Esta historia fue
    escrita por la Sala de Noticias de la OIT…», «Cet article a été rédigé par…», «本文由…
    撰写»): the site's, never the release's (it had been the headline, the headline a
    subheading). The head reads it above the headline only; "This story was written by a
    refugee" in the text stays."""
    text = " ".join(text.split())
    return 0 < len(text) <= 400 and _SITE_NOTICE_RE.match(text) is not None
