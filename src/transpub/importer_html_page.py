"""What a web page holds besides its release, for ``importer_html``: hidden text, the site's
headline (its name in an ``<h1>``), page furniture inside the article (share bars, tags,
breadcrumbs, related stories, language links, reading time), links that are buttons
(``javascript:void(0)``, a share by e-mail) or that lead to no web page (``tel:``,
``whatsapp:``), end marks ("###", "* * *", "-END-"), and a date bar or a date in figures
above the headline ("15 March 2024 | News release | Geneva", "05/04/2024")."""

from __future__ import annotations

import contextlib
import datetime as dt
import html as htmlmod
import itertools
import re
from urllib.parse import unquote

from lxml import etree

from transpub import credits
from transpub.datelines import day_first, lone_date
from transpub.importer_labels import is_known_label
from transpub.importer_pages import PAGE_NUMBER_RE, is_mark, media_offer
from transpub.urls import href_scheme

#: Class names that hide an element from sight but leave it to screen readers (Bootstrap,
#: Drupal, WordPress, Foundation, HTML5 Boilerplate, SharePoint), or hide it outright.
_HIDDEN_CLASSES = frozenset({
    "sr-only", "sr-only-focusable", "visually-hidden", "visually-hidden-focusable",
    "visuallyhidden", "screen-reader-text", "screen-reader-only", "element-invisible",
    "show-for-sr", "u-hidden", "u-visually-hidden", "is-hidden", "hidden", "invisible",
    "offscreen", "aspnethidden", "ms-hidden", "a11y-hidden", "assistive-text", "hide-text"})
_DISPLAY_NONE_RE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)",
                              re.IGNORECASE)
#: Landmark roles that are the site's, not the release's (WAI-ARIA).
_FURNITURE_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "search",
                              "dialog", "alertdialog", "menu", "menubar", "toolbar"})
#: Words (a class's or id's parts, "social-share" → social, share) that name furniture
#: whatever it holds.
_FURNITURE_WORDS = frozenset({
    "share", "sharing", "sharer", "sharethis", "addtoany", "a2a", "social", "socials",
    "breadcrumb", "breadcrumbs", "pager", "pagination", "print", "cookie", "cookies",
    "skiplink", "languages", "langswitch", "languageswitcher", "tags", "taglist", "topics",
    "related", "attachments", "idiomas", "newsletter", "footer", "copyright", "menu",
    "submenu", "megamenu", "topnav", "navbar", "navigation", "nav", "sidebar", "explore",
    # (French, Spanish and Portuguese sites' share bars: "partage", "compartir")
    "partage", "partager", "compartir", "compartilhar"})
#: Parts that name furniture together ("language-switcher", "reading-time", "skip-link").
_FURNITURE_PAIRS = frozenset({
    ("language", "switcher"), ("language", "selector"), ("language", "links"),
    ("language", "menu"), ("lang", "switch"), ("lang", "switcher"), ("reading", "time"),
    ("read", "time"), ("estimated", "time"), ("skip", "link"), ("skip", "to"),
    ("also", "available"), ("other", "languages"), ("tag", "list"), ("tag", "value"),
    ("tag", "label"), ("more", "news"), ("entity", "meta"), ("site", "branding"),
    ("site", "name"), ("site", "title"), ("site", "header"), ("site", "footer"),
    # (Firefox's Reader View: the site's domain, the byline it guesses, the reading time)
    ("reader", "domain"), ("reader", "credits"), ("reader", "estimated")})
#: Words of an ``aria-label`` that name furniture ("Share this page", "Breadcrumb").
_ARIA_RE = re.compile(r"\b(?:share|social|breadcrumbs?|tags|topics|languages?|pagination|"
                      r"related)\b", re.IGNORECASE)
_PARTS_RE = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
#: Where a site's name is written in its <h1> (WordPress, Drupal themes): by class.
_SITE_H1 = frozenset({"site-title", "site-name", "logo", "site-logo", "brand", "navbar-brand",
                      "site-branding"})
#: What separates a page's <title> from the site's name ("… | UNICEF", "… - WHO", "… — UN
#: News", "… :: UNODC").
_TITLE_SEP_RE = re.compile(r"\s+[|–—-]\s+|\s*::\s*|\s+·\s+")
#: Headings over furniture: related items, topics, sharing ("Related stories", "Share this").
_FURNITURE_HEAD_RE = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|news|content|articles|links|documents|resources|"
    r"publications|items|topics))?|(?:read|see)\s+(?:more|also)|more\s+(?:news|stories|"
    r"from\s+.+)|you\s+may\s+also\s+like|latest\s+news|most\s+read|topics|tags|keywords|"
    r"share(?:\s+this(?:\s+\w+)?)?(?:\s+on)?|also\s+available\s+in.*|other\s+languages|"
    r"attachments?|downloads?)\W*$", re.IGNORECASE)
#: The lead-in of a list of topic links ("Topics: Health, Sudan").
_TOPICS_RE = re.compile(r"^\W*(?:topics?|tags?|keywords|themes?|subjects?|related\s+topics|"
                        r"also\s+available\s+in|other\s+languages)\s*:", re.IGNORECASE)
#: What a share bar writes besides its links ("Share this page:", "Follow us", "Print").
_SHARE_WORDS_RE = re.compile(
    r"^\W*(?:(?:share|print|copy\s+link|email|e-mail|follow\s+us)(?:\s+(?:this|the))?"
    r"(?:\s+(?:page|story|article|release|news|link|post))?(?:\s+(?:on|via|with))?\W*)*$",
    re.IGNORECASE)
#: A button's label: a verb of sharing first ("Copy link", "Email this story", "Tweet").
_BUTTON_LABEL_RE = re.compile(
    r"^\W*(?:(?:share|copy|print|e-?mail|send|tweet|post|follow)\b.{0,40}|whatsapp|telegram|"
    r"viber|messenger|sms|facebook|twitter|x|linkedin|reddit)\W*$", re.IGNORECASE | re.DOTALL)
#: A share bar's words alone in a block ("Share this page:", "Follow us", "Print").
_LONE_SHARE_RE = re.compile(r"^\W*(?:share(?:\s+this(?:\s+\w+)?)?(?:\s+on)?|print(?:\s+this"
                            r"(?:\s+\w+)?)?|copy\s+link|follow\s+us(?:\s+on)?)\W*$", re.IGNORECASE)
#: A reading time, alone ("4 min read", "Reading time: 3 minutes", "4–5 minutes").
_READING_RE = re.compile(
    r"^\W*(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?:about\s+)?\d+(?:\s*[–-]\s*\d+)?\s*"
    r"(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading|to\s+read))?\W*$", re.IGNORECASE)
#: Schemes of links to a phone or an app, not to a page: their text stays, their target goes
#: (the link policy, ``[links] schemes``, is for hand-written sources).
_PHONE_SCHEMES = frozenset({"tel", "callto", "fax", "sms", "facetime", "facetime-audio"})
_APP_SCHEMES = frozenset({
    "whatsapp", "viber", "tg", "telegram", "fb-messenger", "skype", "line", "weixin", "wechat",
    "signal", "msteams", "slack", "zoommtg", "webcal", "geo", "maps", "market", "itms-apps",
    "intent", "sip", "sips", "threema"})
#: What a button's ``javascript:`` link does: nothing ("void(0)", "#", ";"), print, go back.
_INERT_JS_RE = re.compile(
    r"^(?:void\s*\(?\s*0?\s*\)?|;|//.*|#|undefined|(?:window\.)?print\(\)|"
    r"(?:window\.)?history\.(?:back|go)\(-?\d*\)|return\s+false)?;?$", re.IGNORECASE)
#: Share endpoints of social networks: a link to one is a share button.
_SHARE_HREF_RE = re.compile(
    r"(?:facebook\.com/sharer|facebook\.com/share|twitter\.com/(?:share|intent)|"
    r"x\.com/intent|linkedin\.com/(?:share|shareArticle|cws/share)|reddit\.com/submit|"
    r"(?:telegram\.me|t\.me)/share|wa\.me/\?|api\.whatsapp\.com/send|web\.whatsapp\.com/send|"
    r"pinterest\.com/pin/create|addtoany\.com/(?:share|add_to)|tumblr\.com/share|"
    r"vk\.com/share|weibo\.com/share|bsky\.app/intent|plus\.google\.com/share)",
    re.IGNORECASE)


def _text(element: etree._Element) -> str:
    """``element``'s text, a <br> in it a space: a headline set on two lines ("Press
    release<br>Agency launches…", Word's Shift+Enter) had been read "releaseAgency" (its
    label not seen, its file named so)."""
    parts: list[str] = []
    _gather(element, parts)
    return "".join(parts)


def _gather(element: etree._Element, parts: list[str]) -> None:
    if element.tag == "br":
        parts.append(" ")
    elif isinstance(element.tag, str):  # (a comment's or a processing instruction's: none)
        parts.append(element.text or "")
        for child in element:
            _gather(child, parts)
            parts.append(child.tail or "")


def drop(element: etree._Element) -> None:
    """Take ``element`` out of its tree, the text after it (its tail) kept in its place."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _text_len(element: etree._Element) -> int:
    return sum(len(t.strip()) for t in element.itertext())


def _tokens(element: etree._Element) -> list[str]:
    return (element.get("class") or "").lower().split()


def _is_hidden(element: etree._Element) -> bool:
    """Hidden from sight: the ``hidden`` attribute, ``aria-hidden``, an inline ``display:
    none`` or ``visibility: hidden``, or a class that hides it (screen-reader-only text)."""
    if element.get("hidden") is not None or element.get("aria-hidden", "").strip() == "true":
        return True
    if _HIDDEN_CLASSES.intersection(_tokens(element)):
        return True
    if _DISPLAY_NONE_RE.search(element.get("style") or "") is None:
        return False
    # (content collapsed behind "Read more": a toggle says it opens it, and it is the text)
    previous = element.getprevious()
    ident = element.get("id")
    return not ((previous is not None and previous.get("aria-expanded") is not None)
                or (ident and element.getroottree().getroot().xpath(
                    "//*[@aria-controls=$i]", i=ident)))


def drop_hidden(root: etree._Element) -> None:
    """Drop what the page hides: a reader never sees it ("(opens in a new tab)", "Share on
    Facebook", a closed newsletter dialog). Not an element holding most of the page's text or
    its headline (a page saved while a dialog was open hides the rest with aria-hidden)."""
    body = root.find("body")
    total = _text_len(body if body is not None else root)
    for element in [e for e in root.iter() if isinstance(e.tag, str) and _is_hidden(e)]:
        if element.tag in ("html", "body") or element.getparent() is None:
            continue
        if any(_text(h1).strip() for h1 in element.iter("h1")) \
                or (total > 200 and _text_len(element) * 2 > total):
            continue
        drop(element)  # (its tail, the text after it, stays)


def _meta(root: etree._Element, *names: str) -> str:
    for name in names:
        for element in root.xpath("//meta[@property=$n or @name=$n]", n=name):
            if content := " ".join((element.get("content") or "").split()):
                return str(content)
    return ""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def page_title(root: etree._Element) -> str:
    """The page's title without the site's name after it ("Agency launches report | UNICEF",
    "… - WHO", "… | Press release | UN Women")."""
    title = " ".join((root.findtext(".//title") or "").split())
    site = _norm(_meta(root, "og:site_name", "application-name"))
    parts = _TITLE_SEP_RE.split(title)
    while len(parts) > 1:
        last = parts[-1].strip()
        head = " - ".join(parts[:-1])
        if _norm(last) == site or (len(last.split()) <= 5 and len(last) < len(head)):
            parts = parts[:-1]
        else:
            break
    # (cut where the first part left out begins: the separators kept are the title's own)
    cuts = list(_TITLE_SEP_RE.finditer(title))
    return title[:cuts[len(parts) - 1].start()].strip() if len(parts) <= len(cuts) else title


def _in_landmark(element: etree._Element) -> bool:
    return any(a.tag in ("main", "article") or a.get("role") == "main"
               for a in element.iterancestors())


def _is_site_h1(h1: etree._Element, site: str, titles: list[str], others: bool) -> bool:
    """An <h1> that names the site, not the release: its class or its container's says so
    ("site-title", "site-branding"), its text is the site's name, or it stands in the page's
    banner (a <header> outside the main content) and another <h1> or the page's title names
    the release."""
    text = _norm(_text(h1))
    if site and text == site:
        return True
    if _in_landmark(h1):
        return bool(set(_tokens(h1)) & _SITE_H1)
    classes = set(_tokens(h1))
    for ancestor in h1.iterancestors():
        if ancestor.tag == "body":
            break
        classes |= set(_tokens(ancestor))
        if ancestor.tag == "header" or ancestor.get("role") == "banner":
            named = [t for t in titles if t]
            return others or (bool(named) and not any(t == text or t.startswith(text)
                                                     for t in named))
    return bool(classes & _SITE_H1)


def choose_headline(root: etree._Element) -> tuple[etree._Element | None, str]:
    """The element holding the release's headline and the headline's text: the <h1> that is
    not the site's name (the one in the main content first); without one, the page's
    og:title or <title> (the site's name after it cut), and the heading that repeats it, if
    any (it is then not a subheading too). Empty <h1>s (a logo's image) and the site's are
    dropped from the page."""
    site = _norm(_meta(root, "og:site_name"))
    og = _meta(root, "og:title", "twitter:title")
    title = page_title(root)
    titles = [_norm(og), _norm(title)]
    chosen: list[etree._Element] = []
    h1s = [h1 for h1 in root.iter("h1") if _text(h1).strip()]
    for h1 in list(root.iter("h1")):
        if h1 not in h1s or _is_site_h1(h1, site, titles, len(h1s) > 1):
            drop(h1)
        else:
            chosen.append(h1)
    if chosen:
        inside = [h for h in chosen if _in_landmark(h)]
        h1 = (inside or chosen)[0]
        return h1, " ".join(_text(h1).split())
    text = og or title
    if not text:
        return None, ""
    body = root.find("body")
    for element in (body if body is not None else root).iter(
            "h2", "h3", "h4", "p", "div", "span"):
        if _norm(_text(element)) == _norm(text) and not any(
                a.tag in ("nav", "header", "footer", "aside") for a in element.iterancestors()):
            return element, text
    return None, text


def _parts(value: str) -> list[str]:
    return [p.lower() for p in _PARTS_RE.findall(value)]


def furniture_reason(element: etree._Element) -> str | None:
    """Why ``element`` is the page's, not the release's (its role, its class or id, its
    aria-label); None when nothing says so."""
    if (role := (element.get("role") or "").strip().lower()) in _FURNITURE_ROLES:
        return f"role {role}"
    for attr in ("class", "id"):
        for token in (element.get(attr) or "").split():
            parts = _parts(token)
            if token.lower() in _FURNITURE_WORDS or any(p in _FURNITURE_WORDS for p in parts) \
                    or any(pair in _FURNITURE_PAIRS for pair in itertools.pairwise(parts)):
                return f"{attr} {token}"
    label = element.get("aria-label") or ""
    if element.tag in ("div", "section", "ul", "ol", "p", "span", "dl") and _ARIA_RE.search(label):
        return f"aria-label {label}"
    return None


def drop_furniture(content: etree._Element, headline: etree._Element | None
                   ) -> list[tuple[int, str]]:
    """Drop the page furniture standing in the release's part of the page (share bars, tags,
    breadcrumbs, language links, related stories, reading time: by role, class, id or
    aria-label), never an element holding the headline or most of the text; what was dropped,
    as (line, text)."""
    total = _text_len(content)
    removed: list[tuple[int, str]] = []
    for element in list(content.iterdescendants()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "main", "article") \
                or content not in element.iterancestors():
            continue  # (or in an element dropped already)
        if furniture_reason(element) is None:
            continue
        if headline is not None and (element is headline or headline in element.iterdescendants()):
            continue
        if total > 200 and _text_len(element) * 2 > total:
            continue  # (a class naming the whole text: no furniture)
        if text := " ".join(_text(element).split()):
            removed.append((element.sourceline or 0, text if len(text) <= 80 else text[:79] + "…"))
        drop(element)
    return removed


def keep_container(element: etree._Element, headline: etree._Element | None) -> bool:
    """Whether a <header> or <form> holds the release: an article's header (its kicker,
    headline, standfirst) or one holding the headline; a form wrapping the page (ASP.NET
    WebForms, SharePoint) or its main content, not a search box or a newsletter sign-up."""
    if headline is not None and headline in element.iterdescendants():
        return True
    if element.tag == "header":
        return element.get("role") != "banner" and _in_landmark(element)
    if element.xpath(".//main|.//article|.//*[@role='main']"):
        return True
    body = next((a for a in element.iterancestors("body")), None)
    return body is not None and _text_len(element) * 2 > _text_len(body)


def link_action(href: str | None) -> str:
    """What an <a>'s target becomes: "web" (a link), "email", "text" (its text stays, its
    target to a phone or an app goes), "button" (a share or copy button: left out, text and
    all), "unsafe" (kept, for the link check to refuse: a script that does something)."""
    if href is None:
        return "text"  # (an anchor, <a name="x">: no link)
    scheme = href_scheme(href)
    if scheme is None or scheme in ("http", "https"):
        return "web"
    target = href.split(":", 1)[1] if ":" in href else ""
    if scheme == "mailto":
        # ("mailto:?subject=…&body=…": share by e-mail, no address)
        return "email" if unquote(target.split("?", 1)[0]).strip() else "button"
    if scheme in _PHONE_SCHEMES:
        return "text" if any(c.isdigit() for c in target.split("?", 1)[0]) else "button"
    if scheme in _APP_SCHEMES:
        return "button" if re.search(r"send|share|forward|msg", target, re.IGNORECASE) \
            else "text"
    if scheme == "javascript":
        code = re.sub(r"[\x00-\x20\x7f]+", " ", htmlmod.unescape(unquote(target))).strip()
        return "button" if _INERT_JS_RE.match(code) else "unsafe"
    return "unsafe"


def is_share_href(href: str | None) -> bool:
    """A link to a social network's share page (a share bar's "Facebook", "Twitter")."""
    return bool(href and _SHARE_HREF_RE.search(href))


def email_of(href: str) -> str:
    """The address of a ``mailto:`` link, without its subject or body."""
    return unquote(href.split(":", 1)[1].split("?", 1)[0]).strip()


def is_end_mark(text: str) -> bool:
    """An end mark or a rule in a block of its own ("###", "# # #", "* *** *", "-END-",
    "-30-", "ENDS", "_____"), as the text importer removes them; not a table's "–" or "12"."""
    stripped = text.strip()
    if stripped in ("-30-", "- 30 -", "–30–"):
        return True
    return is_mark(stripped) and not PAGE_NUMBER_RE.match(stripped) \
        and len(stripped.replace(" ", "")) >= 3 and not any(c.isdigit() for c in stripped) \
        and not re.search(r"[A-Z]{2,}/", stripped)


def furniture_text(text: str, outside: str, buttons: int, links: int, total: int) -> bool:
    """A block of a page's furniture by its text: a reading time ("4 min read"), an offer
    of the release's video or photos ("Download the video: https://…"), a share
    bar (its buttons, and besides them only words such as "Share this page:"), a share bar's
    words alone, or a topics line of links ("Topics: Health, Sudan"). ``outside``: the text
    outside buttons; ``buttons``, ``links``, ``total``: the letters and digits in buttons,
    in links, in all."""
    if _READING_RE.match(text) or media_offer(text):
        return True
    if buttons and _SHARE_WORDS_RE.match(outside):
        return True
    if len(text) <= 40 and _LONE_SHARE_RE.match(text):
        return True
    match = _TOPICS_RE.match(text)
    return bool(match and links and links >= total - len(re.sub(r"\W", "", match.group(0))))


#: Class or id parts naming a picture's caption or credit ("image-caption", "photo-credit",
#: "wp-caption-text").
_CAPTION_WORDS = frozenset({"caption", "captions", "figcaption", "credit", "credits"})
#: A copyright or e-mail footer ("© 2024 UNODC", "All rights reserved", "You are receiving
#: this email because…", "Unsubscribe"): the site's or the mailing list's, never a release's.
_FOOTER_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}|[\w.&'’ -]{0,60}\d{4})\b|all\s+rights\s+reserved|"
    r"\byou\s+(?:are\s+receiving|received|receive)\s+(?:this|these)\s+(?:e-?mails?|messages?)|"
    r"\bunsubscribe\b|\bmanage\s+(?:your\s+)?subscriptions?\b", re.IGNORECASE)


def block_role(element: etree._Element) -> str:
    """What an element's text is besides the release's running text: "caption" (a figure's
    caption or a picture's credit), "item" (a list's item, a definition list's term or
    description: a summary's point or a page's metadata), "" for anything else."""
    if element.tag in ("figure", "figcaption"):
        return "caption"
    for attr in ("class", "id"):
        for token in (element.get(attr) or "").split():
            if any(p in _CAPTION_WORDS for p in _parts(token)):
                return "caption"
    return "item" if element.tag in ("li", "dt", "dd") else ""


def is_picture_text(text: str) -> bool:
    """A picture's caption or credit ("Photo: …", "© UNICEF/…"): the one reading import,
    align and check share (``credits.is_caption``)."""
    return credits.is_caption(text.strip())


def is_footer_text(text: str) -> bool:
    """A site's copyright line or a mailing list's footer, in a block of 200 characters at
    most ("Legal notice | Contact us | © 2024 UNODC", "You are receiving this email because
    you subscribed… Unsubscribe"); not a picture's credit ("© UNICEF/UNI512345/Name")."""
    return len(text) <= 200 and bool(_FOOTER_RE.search(text))


def is_button_label(text: str) -> bool:
    """A button's words ("Copy link", "Email this story", "Share on Facebook", "Print"): the
    label of a link that does nothing but share or copy the page, left out with it."""
    return bool(_BUTTON_LABEL_RE.match(text)) or not re.search(r"\w", text)


def furniture_heading(text: str) -> bool:
    """A heading over furniture ("Related stories", "Topics", "Share this", "Attachments")."""
    return len(text) <= 60 and bool(_FURNITURE_HEAD_RE.match(text))


#: A date in figures alone ("05/04/2024", "5.4.2024"): day, month and year.
_NUMERIC_DATE_RE = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$")


def numeric_date(text: str, lang: str) -> tuple[dt.date, str] | str | None:
    """A date in figures standing alone, read as the text importer reads one
    (``datelines.numeric_reading``): where one order only can be meant, a number over 12
    ("04/25/2024" month first, "25.04.2024" day first), or the page's language writes dates
    day first (CLDR: French, Spanish, Russian, Arabic): the date and its text. "05/04/2024" in
    English or Chinese may be 5 April or 4 May: its text alone, no date guessed (the caller
    says so). None if no date."""
    match = _NUMERIC_DATE_RE.match(text.strip())
    if match is None:
        return None
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    if first <= 12 and second <= 12 and first != second and not day_first(lang):
        with contextlib.suppress(ValueError):
            dt.date(year, first, second)
            dt.date(year, second, first)
            return match[0]  # (either order a date)
    for day, month in ((first, second), (second, first)):
        with contextlib.suppress(ValueError):
            return dt.date(year, month, day), match[0]
    return None


#: what divides the pieces of a page's date bar: "15 March 2024 | News release | Geneva"
_BAR_RE = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
#: a place in a date bar: a few capitalised words ("Geneva", "New York", "Addis Ababa")
_BAR_PLACE_RE = re.compile(r"^[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2}$")


def bar_pieces(text: str, lang: str) -> tuple[tuple[dt.date, str], list[str]] | None:
    """A page's date bar, the date with a label or a place beside it ("15 March 2024 | News
    release | Geneva", WHO's; "News release · 3 May 2024"): the date and the other pieces;
    None for anything else (every piece must be the date, a known label or a place)."""
    if "|" not in text and "•" not in text and "·" not in text:
        return None
    pieces = [p.strip() for p in _BAR_RE.split(text) if p.strip()]
    if not 2 <= len(pieces) <= 4:
        return None
    dates = [(p, found) for p in pieces if (found := lone_date(p, lang)) is not None]
    if len(dates) != 1:
        return None
    others = [p for p in pieces if p != dates[0][0]]
    if not all(is_known_label(p) or _BAR_PLACE_RE.match(p) for p in others):
        return None
    return dates[0][1], others


#: What a quotation's text is compared by: its words, without quotation marks, case, or the
#: punctuation a sentence ends with.
_QUOTE_MARKS_RE = re.compile(r"[“”„‟\"«»‘’‚‛'‹›「」『』]|[.,;:!?…]+(?=\s|$)")
#: Class parts naming a pull quote ("pullquote", "wp-block-pullquote", "pull-quote").
_PULL_RE = re.compile(r"pull-?quote|quote--pull|pull_quote", re.IGNORECASE)
#: The shortest quotation taken for a repetition (a word or two repeat by chance).
_QUOTE_LEAST = 20


def _quoted(text: str) -> str:
    return " ".join(_QUOTE_MARKS_RE.sub(" ", text).split()).casefold()


def drop_pull_quotes(content: etree._Element) -> list[tuple[int, str]]:
    """Drop the pull quotes in the release's part of the page: a quotation (``<blockquote>``,
    a ``<figure>``, ``<aside>`` or ``<div>`` whose class names a pull quote) whose words,
    without its citation, the text says again elsewhere ("No child should endure such
    violence." over "“No child should endure such violence,” said …"): a sentence
    translated twice. A quotation the text does not repeat stays. What went, as (line,
    text)."""
    candidates = [e for e in content.iter("blockquote", "figure", "aside", "div")
                  if e.tag == "blockquote" or _PULL_RE.search(e.get("class") or "")]
    if not candidates:
        return []
    whole = _quoted(" ".join(content.itertext()))
    removed: list[tuple[int, str]] = []
    for element in candidates:
        if element.getparent() is None or not any(a is content for a in element.iterancestors()):
            continue
        words = _quote_words(element)
        if len(words) < _QUOTE_LEAST or whole.count(words) < 2:
            continue
        text = " ".join(" ".join(element.itertext()).split())
        removed.append((element.sourceline or 0, text if len(text) <= 80 else text[:79] + "…"))
        drop(element)
    return removed


def _quote_words(element: etree._Element) -> str:
    """A quotation's words, without its citation (``<cite>``, a ``<figcaption>``, a
    ``<footer>``), as ``_quoted`` compares them."""
    copy = etree.fromstring(etree.tostring(element))
    for cite in copy.xpath(".//cite|.//figcaption|.//footer"):
        drop(cite)
    return _quoted(" ".join(copy.itertext()))
