"""E-mail addresses, URLs and inline markup stay intact (TP4xx, TP5xx)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from functools import cache
from itertools import combinations

from transpub.checks.context import CheckContext, Unit
from transpub.checks.emphasis import set_aside
from transpub.checks.pairindex import PairIndex
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.credits import in_picture_id, picture_ids
from transpub.emails import AT_SIGN_RE, EMAIL_RE
from transpub.memo import memo
from transpub.rest import compare as rest_compare
from transpub.segment import PLACEHOLDER_RE, placeholder_names

_EMAIL = EMAIL_RE  # (emails.py: the forms read, harvesters' included)
# A URL may hold balanced parentheses (wiki paths, "%(version)s" placeholders); an unbalanced
# closing one ends it, as in "(see https://example.org)".
# (nor does it run on into Chinese, Japanese or Korean text after it: «访问www.un.org了解»)
_NOT_URL = (r"\s<>\"“”«»（）()\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
            r"\uf900-\ufaff\uff00-\uffef")
_URL = re.compile(r"(?:https?://|www\.)(?:[^" + _NOT_URL + r"]|\([^\s<>\"()]*\))*"
                  r"(?:[^" + _NOT_URL + r".,;:!?]|\([^\s<>\"()]*\))")
#: (not inside doubled angle brackets: UN documents' text typed «» as << >>, and a French
#: «<<sensibles >>» holds no tag)
#: (a name in an alphabet: a translator may translate one, «<неразборчиво/>» for
#: "<unintelligible/>", and the build would then write an element no one defined; never in
#: ideographs, which Chinese writers put between "<" and ">" as a title: «<关于…协定>»)
_CJK_RANGES = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_HTML_TAG = re.compile(r"(?<!<)</?[^\W\d_" + _CJK_RANGES + r"](?:[^\W" + _CJK_RANGES
                       + r"]|[.-])*(?:\s[^<>]*)?/?>(?!>)")


def _addressed(text: str) -> bool:
    """Could ``text`` hold an address? One of these is in every match of ``_EMAIL``, ``_URL``,
    ``_MACRO_URL``."""
    # (a bracket first: one character is found faster than "at]", and most texts hold none)
    return ("@" in text or "＠" in text or "﹫" in text or "http" in text
            or "www." in text or ("]" in text and "at]" in text)
            or (")" in text and ("at)" in text or "$(" in text)) or "${" in text)


#: An address a site's templates write from a macro that stands for the site's root, as a
#: link's target: make's and the shell's ``$(HOME)/News/2010/20100121``, ``${BASE}/vote/``
#: (Debian's web pages, t63/h6). What the macro stands for is not known here: only its path
#: is compared (``_same_page``)
_MACRO_URL = re.compile(r"(?<![\w$])\$(?:\(\w+\)|\{\w+\})(?:/[^" + _NOT_URL + r"]*)?"
                        r"(?=[\"'\s<>]|$)")
#: ``_MACRO_URL`` without its end, its path taken whole (possessive): ``_macro_urls`` finds
#: the end. (The look-ahead after a path that may hold "$" and braces had every macro of a
#: run "${a}/${a}/…»" scan to the run's end and back: quadratic, 6 s at 40 KB; t64/hJ)
_MACRO_RUN = re.compile(r"(?<![\w$])\$(?:\(\w+\)|\{\w+\})(?:/[^" + _NOT_URL + r"]*+)?+")
#: what may follow a macro's address (``_MACRO_URL``'s look-ahead)
_MACRO_END = frozenset("\"'<>")


def _macro_urls(text: str) -> Iterator[tuple[str, int, int]]:
    """What ``_MACRO_URL.finditer`` finds, in linear time: each run is read once. A run not
    followed by an address's end ends at its last "'" (the look-ahead's backtracking), else
    holds no address: a macro later in it has the same end, but for one whose "$(" the run
    stops at (its "$" the run's last character)."""
    at = 0
    while (match := _MACRO_RUN.search(text, at)) is not None:
        start, end = match.span()
        at = max(end - 1 if text[end - 1] == "$" else end, start + 1)
        if end < len(text) and text[end] not in _MACRO_END and not text[end].isspace():
            quote = text.rfind("'", start, end)
            path = text.find("/", start, end)
            if quote < 0 or path < 0 or quote <= path:
                continue
            end = quote
            at = end
        yield text[start:end], start, end
#: a macro opening an address (``_page``'s host for it)
_MACRO = re.compile(r"\$(?:\(\w+\)|\{\w+\})")


def _addresses(text: str) -> list[tuple[str, int, int]]:
    if not _addressed(text):
        return []  # the common case, without running two regular expressions
    emails = [found for m in _EMAIL.finditer(text) if (found := _latin_email(m)) is not None]
    addresses = emails + [(m.group(0), m.start(), m.end()) for m in _URL.finditer(text)]
    if "$(" in text or "${" in text:
        addresses += _macro_urls(text)
    return addresses


#: a domain's last two labels, the last a name (what is left of one cut before a Chinese word)
_DOMAIN_END = re.compile(r"[\w-](?:[.．。]|\[dot\]|\(dot\))[^\W\d_][\w-]*$")
#: an ideograph, kana or Hangul: a word of the text around an address, never part of one
_CJK = re.compile("[" + _CJK_RANGES + "]")


def _latin_email(match: re.Match[str]) -> tuple[str, int, int] | None:
    """An e-mail address as ``_EMAIL`` matched it, without the Chinese or Japanese words
    glued to it («请发邮件至info@un.org了解» : its local part starts after them, its domain ends
    before them); None for a handle in such text («查看@user5。它看起来很简单»: no domain of
    letters)."""
    text, start = match.group(0), match.start()
    if _CJK.search(text) is None:
        return text, start, match.end()
    sign = AT_SIGN_RE.search(text)
    assert sign is not None  # (every match of _EMAIL holds one)
    local, domain = text[:sign.start()], text[sign.end():]
    cut = max((m.end() for m in _CJK.finditer(local)), default=0)
    after = _CJK.search(domain)
    end = len(text) if after is None else sign.end() + after.start()
    if cut == len(local) or not _DOMAIN_END.search(text[sign.end():end]):
        return None
    return text[cut:end], start + cut, start + end


def _sites(ctx: CheckContext, unit: Unit) -> frozenset[str]:
    """``_document_sites``, read only for a unit with a site's macro (most have none)."""
    if "$" not in unit.source and "$" not in unit.target:
        return frozenset()
    return _document_sites(ctx)


@check("TP401", "address-changed", Severity.ERROR, "addresses")
def address_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """An e-mail address or URL of the source is not in the translation (verbatim, or the
    same page written another way, or the translation's language's own page)."""
    wanted = [a for a, _, _ in _addresses(unit.source)]
    # no address (most units): ``()``, no generator made (see checks/completeness.py)
    return _address_changed(unit, wanted, ctx.source_lang, _sites(ctx, unit)) if wanted else ()


#: A language's code as a segment of an address, which a translation points at its own
#: language's page by: "un.org/sg/en" → "/fr", "undocs.org/en/A/RES/75/1", "en.unesco.org",
#: "?lang=en", "report_en.pdf".
_LANG_SEGMENT = re.compile(r"(?<=[/._=-])(?:en|ar|zh|fr|ru|es|ch|cn|zh-cn|zh-hans|eng|fra|fre|spa"
                           r"|rus|ara|chi|zho)(?=[/._&#?=-]|$)", re.IGNORECASE)


def _localised(address: str, other: str) -> bool:
    """Whether ``other`` is ``address`` with only its language's segments changed."""
    return "\0" not in address + other and _LANG_SEGMENT.search(address) is not None and \
        _LANG_SEGMENT.sub("\0", address) == _LANG_SEGMENT.sub("\0", other)


#: the codes a language's page is marked with in an address (its host's first label, a path
#: segment, a suffix, a query's value)
_LANG_CODES = {"en": "en|eng", "fr": "fr|fra|fre", "es": "es|spa", "ru": "ru|rus",
               "ar": "ar|ara", "zh": "zh|zh-cn|zh-hans|zh-tw|zh-hant|cn|ch|tw|chi|zho"}
#: a web address's parts: its scheme, its host (its port and "www." aside), the rest
_WEB = re.compile(r"(?:(?:https?|ftp)://)?(?:www\d?\.)?(?P<host>[^/?#:]*)(?::\d+)?(?P<rest>.*)",
                  re.IGNORECASE | re.DOTALL)
#: a site's default page, the same page as its folder ("/News/2005/index.es.html" once its
#: language is set aside, "/index.html", "/default.aspx")
_INDEX = re.compile(r"/(?:index|default)\.(?:html?|shtml|php|aspx?)$", re.IGNORECASE)


@cache
def _lang_marks(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``lang``'s code as a host's first label ("fr.wikipedia.org"), as a path's segment or
    suffix ("/fr/LTS", "dedication-9.0.fr.txt", "report_fr.pdf") and as a query's value
    ("?lang=fr")."""
    codes = _LANG_CODES.get(lang, re.escape(lang))
    return (re.compile(rf"^(?:{codes})\.", re.IGNORECASE),
            re.compile(rf"[/._-](?:{codes})(?=[/._-]|$)", re.IGNORECASE),
            re.compile(rf"(?:^|(?<=&))(?:lang|hl|locale|language)=(?:{codes})(?:&|$)",
                       re.IGNORECASE))


def _page(address: str, lang: str) -> tuple[str, str, bool]:
    """The page ``address`` names, as (host, path with query and fragment, whether a mark of
    ``lang`` was set aside): its scheme (http, https), "www.", a trailing slash, a folder's
    default page and ``lang``'s marks aside; an e-mail address as it is, case folded."""
    if "@" in address and "/" not in address:
        return address.casefold(), "", False
    macro = _MACRO.match(address)
    if macro is not None:  # (the macro is the host: "$(HOME)/News/…" is "$(home)", "/News/…")
        path = _INDEX.sub("", address[macro.end():].partition("#")[0]).rstrip("/")
        return macro.group().casefold(), path, False
    match = _WEB.fullmatch(address)
    assert match is not None  # (every part of _WEB may be empty)
    host_mark, path_mark, query_mark = _lang_marks(lang)
    host, hosts = host_mark.subn("", match["host"].casefold().rstrip("."), count=1)
    rest, _, fragment = match["rest"].partition("#")
    path, _, query = rest.partition("?")
    path, paths = path_mark.subn("", path)
    query, queries = query_mark.subn("", query)
    path = _INDEX.sub("", path).rstrip("/")
    query = query.rstrip("&")
    return (host, path + ("?" + query if query else "") + ("#" + fragment if fragment else ""),
            bool(hosts or paths or queries))


_DIGITS = re.compile(r"\d+")
#: a web page's suffix, set aside where one side's language mark was: a site that serves
#: each language's page (Debian's "social_contract.es.html") names the page without it
#: ("social_contract", "social_contract#guidelines"); the fragment or query after it kept
#: (t64/hN class I). Never where no language was marked: "report" is not "report.html"
_NEGOTIATED = re.compile(r"\.(?:html?|shtml)(?=[?#]|$)", re.IGNORECASE)


def _same_page(address: str, other: str, source_lang: str, lang: str,
               sites: frozenset[str] = frozenset()) -> int | None:
    """How ``other``, in the translation, names the page of ``address``, the source's: 0 the
    same (written another way, or the translation's language's own page), 1 another page
    of the same folder where the source's marks its language ("…/The-Debian-project.html
    ?lang=en" → "…/Le-projet-Debian.html": the page translated, an info) and with no number
    of its own ("undocs.org/en/S/RES/2664" → "…/fr/S/RES/2665" is another document), 2 the
    same path where one of them is written from a site's macro and the other is not
    ("https://www.debian.org/vote/2012/vote_001" → "$(HOME)/vote/2012/vote_001": the page, if
    the macro stands for that site; an info), only where the one written out is on a site's
    root host, of ``sites`` when any are known (``_document_sites``): not
    "https://www.evil.org/vote/…" nor "https://lists.debian.org/vote/…"; None another."""
    if _localised(address, other):
        return 0
    host, path, marked = _page(address, source_lang)
    other_host, other_path, other_marked = _page(other, lang)
    if host.startswith("$") != other_host.startswith("$"):
        return 2 if path == other_path and "@" not in host + other_host and _site_root(
            other_host if host.startswith("$") else host, sites) else None
    if host != other_host:
        return None
    if path == other_path:
        return 0
    if (marked or other_marked) and _NEGOTIATED.sub("", path) == _NEGOTIATED.sub("", other_path):
        return 0
    if (marked and "@" not in host and path.rpartition("/")[0] == other_path.rpartition("/")[0]
            and set(_DIGITS.findall(other_path)) <= set(_DIGITS.findall(path))):
        return 1
    return None


#: a second-level label under a country's code that registers names ("bbc.co.uk", "gov.uk")
_SECOND_LEVEL = frozenset({"co", "com", "org", "gov", "ac", "edu", "net", "or", "go", "int"})


def _site_root(host: str, sites: frozenset[str]) -> bool:
    """Can a site's macro (``$(HOME)``) stand for ``host`` (as ``_page`` gives it: "www." and
    the language's label aside)? A site's root host is its registered name, "debian.org"
    (not "lists.debian.org", another host of the site), and one the document names when it
    names any (``sites``: not "evil.org" in Debian's releases; t64/hJ)."""
    labels = host.split(".")
    root = len(labels) == 2 or (len(labels) == 3 and labels[1] in _SECOND_LEVEL
                                and len(labels[2]) == 2)
    return root and (not sites or host in sites)


def _document_sites(ctx: CheckContext) -> frozenset[str]:
    """The registered names of the hosts and mail domains the sources of the document write
    out ("https://www.debian.org/…", "press@debian.org" → "debian.org"): the sites a site's
    macro can stand for. Read once per document."""
    key = ("address-sites",)
    held: tuple[tuple[Unit, ...], frozenset[str]] | None = ctx.near_cache.get(key)
    if held is not None and held[0] is ctx.document:
        return held[1]
    names: set[str] = set()
    for text in dict.fromkeys(unit.source for unit in ctx.document):
        for address, _, _ in _addresses(text):
            if address.startswith("$"):
                continue
            host = address.rpartition("@")[2] if "@" in address and "/" not in address \
                else _page(address, "en")[0]
            labels = host.casefold().split(".")
            cut = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and \
                len(labels[-1]) == 2 else 2
            names.add(".".join(labels[-cut:]))
    found = frozenset(names)
    ctx.near_cache[key] = (ctx.document, found)
    return found


#: what goes on an address after it (a letter, digit, path, user or query sign, or a dot or
#: colon before one: "press@debian.org.cn", "…/12345" in "…/123456", "page" in "page.wml"),
#: and what opens one before it ("debian-press@" for "press@"); not an ideograph glued to it
#: («至info@un.org了解»), nor "mailto:" or a closing punctuation («http://x.org/a،»)
_GOES_ON = re.compile(r"[^\W" + _CJK_RANGES + r"]|[/@%~=&?#+\-]|[.:,;!][^\W" + _CJK_RANGES + r"]")
_OPENS = re.compile(r"[^\W" + _CJK_RANGES + r"]|[.%+\-@/]")


def _not_written(wanted: list[str], target: str) -> list[str]:
    """The addresses of ``wanted`` that ``target`` does not write whole: one of its addresses
    as read, or the same letters that no address's letters go on from or lead into. A longer
    address holding one is another ("…/12345" → «…/123456», "press@debian.org" →
    «debian-press@debian.org», «press@debian.org.cn», "…/0318-cebit-report" → «….wml»): it
    had passed as the source's, reported by no check (t65/hB)."""
    have: set[str] | None = None
    missing = []
    for address in wanted:
        at = target.find(address)
        if at < 0:
            missing.append(address)
            continue
        if have is None:
            have = {found for found, _, _ in _addresses(target)}
        if address in have:
            continue
        while at >= 0:
            end = at + len(address)
            if (at == 0 or _OPENS.match(target, at - 1) is None) and \
                    _GOES_ON.match(target, end) is None:
                break
            at = target.find(address, at + 1)
        if at < 0:
            missing.append(address)
    return missing


def _address_changed(unit: Unit, wanted: list[str], source_lang: str,
                     sites: frozenset[str] = frozenset()) -> Iterator[Finding]:
    # (each address once: a link's address is its ``href`` and its text too, "mailto:x@y"
    # shown as "x@y", and one address changed is one finding, not one per writing of it)
    missing = _not_written(list(dict.fromkeys(wanted)), unit.target)
    if not missing:
        return
    lang = unit.lang.replace("-", "_").split("_")[0].casefold()
    source = source_lang.replace("-", "_").split("_")[0].casefold()
    # (the translation's addresses the source does not have, or has fewer times: a site's
    # macro, "$(HOME)/", written out as the page's text is, «https://www.debian.org/» twice)
    left = Counter(wanted)
    pool = []
    for found in _addresses(unit.target):
        if left[found[0]]:
            left[found[0]] -= 1
        else:
            pool.append(found)
    paired: dict[int, tuple[tuple[str, int, int], int]] = {}
    # (the pool's addresses filed by their pages: each missing one looks at those that can
    # name its page, not at all; t64/hJ, 800 a side took 10 s)
    index = PairIndex([*_found_keys(found[0], lang, sites), ("H", _page(found[0], lang)[0]),
                       ("*",)] for found in pool)
    # pair each address with the translation's that names its page best, not by position (a
    # link the translation changed or dropped would shift every pairing after it): the same
    # pages first, then the pages translated, then those written from a macro, each in the
    # source's order
    keys = [_wanted_keys(address, source, sites) for address in missing]
    for rank in (0, 1, 2):
        for number, address in enumerate(missing):
            if number in paired:
                continue

            def ranked(item: int, address: str = address, rank: int = rank) -> bool:
                return _same_page(address, pool[item][0], source, lang, sites) == rank

            item = index.first(keys[number][rank], ranked)
            if item is not None:
                paired[number] = (pool[item], rank)
                index.take(item)
    texts = _link_texts(unit.source) if "<a" in unit.source else {}
    site_paths: set[str] | None = None
    kept: dict[str, bool] = {}
    for number, address in enumerate(missing):
        if number in paired:
            near, rank = paired[number]
            if rank:
                why = ("its page in the translation's language?" if rank == 1 else
                       "the same path from the site's macro?")
                yield finding("TP401", unit, f"«{address}» became «{near[0]}», {why}",
                              expected=address, span=(near[1], near[2]),
                              severity=Severity.INFO)
            continue
        href = texts.get(address)
        if href is not None and not _not_written([href], unit.target) and kept.setdefault(
                href, _link_text_kept(unit.target, href, lang, sites)):
            # "<a href="mailto:press@debian.org">press@debconf.org</a>": a link whose text
            # names another address than its own, the link kept, its text put right or
            # reworded («press@debian.org»): the link is judged by where it goes
            yield finding("TP401", unit, f"«{address}», the text of a link to «{href}», is "
                          "not in the translation, which keeps the link", expected=address,
                          severity=Severity.INFO)
            continue
        # (what is left: the translation's address on the same host first, else the next)
        host, path, _ = _page(address, source)
        if host.startswith("$") and site_paths is None:
            site_paths = _site_paths(unit.target)
        if host.startswith("$") and path in (site_paths or ()):
            # "$(HOME)/" → «<a href="/">»: the site's root written as the site's own path
            yield finding("TP401", unit, f"«{address}» became «{path or '/'}», the same path "
                          "on the page's own site?", expected=address, severity=Severity.INFO)
            continue
        item = index.first((("H", host),), lambda _item: True)
        if item is None:
            item = index.first((("*",),), lambda _item: True)
        if item is not None:
            index.take(item)
            near = pool[item]
            why = " (full-width ＠)" if "＠" in near[0] or "﹫" in near[0] else ""
            yield finding("TP401", unit, f"«{address}» became «{near[0]}»{why}",
                          expected=address, span=(near[1], near[2]))
        else:
            yield finding("TP401", unit, f"«{address}» is missing", expected=address)


@check("TP402", "address-extra", Severity.WARNING, "addresses")
def address_extra(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation has an e-mail address or URL the source does not."""
    found = _addresses(unit.target)
    # nothing to be extra (the common case: the source is not even looked at)
    return _address_extra(unit, found, ctx.source_lang, _sites(ctx, unit)) if found else ()


def _address_extra(unit: Unit, found: list[tuple[str, int, int]], source_lang: str,
                   sites: frozenset[str] = frozenset()) -> Iterator[Finding]:
    wanted = {a for a, _, _ in _addresses(unit.source)}
    # each extra address once, where it is first written: a link's address is its ``href``
    # and its text too (``<a href="mailto:x@y">x@y</a>``), one address added (t64/hN)
    first: dict[str, tuple[str, int, int]] = {}
    for address, start, end in found:
        if address not in wanted:
            first.setdefault(address, (address, start, end))
    extras = list(first.values())
    if not extras:
        return
    missing = wanted - {a for a, _, _ in found}
    lang = unit.lang.replace("-", "_").split("_")[0].casefold()
    source = source_lang.replace("-", "_").split("_")[0].casefold()
    # a source address the translation writes another way ("http://" → "https://", "?lang=en"
    # → "?lang=fr", a trailing slash) is no extra, however often written: TP401 has paired it
    # or said what it became; the other extras beyond the source's changed addresses are
    # (each extra's rank: the lowest of a source address's page, -1 for one missing, which is
    # TP401's to pair; the source's addresses filed by their pages, each extra looking only
    # at those that can name its page)
    absent, present = sorted(missing), sorted(wanted - missing)
    absent_index = PairIndex(_flat(_wanted_keys(want, source, sites)) for want in absent)
    present_index = PairIndex(_flat(_wanted_keys(want, source, sites)) for want in present)
    same: dict[str, int] = {}
    for address in dict.fromkeys(a for a, _, _ in extras):
        keys = _found_keys(address, lang, sites)
        rank = _lowest_rank(address, keys, absent, absent_index, present, present_index,
                            source, lang, sites)
        if rank is not None:
            same[address] = rank
    # (a missing address none of the extras names the page of: its change is one extra's)
    named = list(same)
    named_index = PairIndex(_found_keys(a, lang, sites) for a in named)
    changed = 0
    for want in absent:

        def names(item: int, want: str = want) -> bool:
            return _same_page(want, named[item], source, lang, sites) is not None

        changed += named_index.first(_flat(_wanted_keys(want, source, sites)), names) is None
    others = [(a, s, e) for a, s, e in extras if a not in same]
    for address, start, end in others[changed:]:
        yield finding("TP402", unit, f"«{address}» is not in the source", span=(start, end))
    for address, start, end in extras:
        if same.get(address) == 2:
            # "$(HOME)/" in the source, «<a href="$(HOME)/">https://www.debian.org/</a>»: the
            # path of a source's address written from a macro, the site not known here
            yield finding("TP402", unit, f"«{address}» is not in the source, which has its "
                          "path from the site's macro", span=(start, end),
                          severity=Severity.INFO)


#: what a key of ``_wanted_keys``/``_found_keys`` is: its kind, then the page's parts
_Key = tuple[Hashable, ...]


def _wanted_keys(address: str, lang: str,
                 sites: frozenset[str]) -> tuple[list[_Key], list[_Key], list[_Key]]:
    """The keys under which an address of the translation (``_found_keys``) can name the page
    of ``address``, the source's, by each rank of ``_same_page`` (0, 1, 2): every pair
    ``_same_page`` ranks shares one of that rank's keys, so that an index of the
    translation's addresses finds each one's candidates without comparing every pair."""
    host, path, marked = _page(address, lang)
    same: list[_Key] = [("P", host, path), ("N", host, _NEGOTIATED.sub("", path), True)]
    if marked:  # (a suffix set aside where either side's language mark was)
        same.append(("N", host, _NEGOTIATED.sub("", path), False))
    if "\0" not in address and _LANG_SEGMENT.search(address) is not None:
        same.append(("L", _LANG_SEGMENT.sub("\0", address)))
    folder: list[_Key] = []
    if marked and "@" not in host:
        # (the other's numbers a subset of this one's: each subset a key, but for an address
        # of many numbers, which looks at its folder's whole)
        parent, numbers = path.rpartition("/")[0], sorted(set(_DIGITS.findall(path)))
        if len(numbers) > 6:
            folder.append(("F*", host, parent))
        else:
            folder += [("F", host, parent, frozenset(subset)) for size in range(len(numbers) + 1)
                       for subset in combinations(numbers, size)]
    macro = host.startswith("$")
    site: list[_Key] = []
    if "@" not in host and (macro or _site_root(host, sites)):
        site.append(("M", macro, path))
    return same, folder, site


def _found_keys(address: str, lang: str, sites: frozenset[str]) -> list[_Key]:
    """The keys ``address``, the translation's, is filed under (``_wanted_keys``)."""
    host, path, marked = _page(address, lang)
    keys: list[_Key] = [("P", host, path), ("N", host, _NEGOTIATED.sub("", path), marked),
                        ("F", host, path.rpartition("/")[0],
                         frozenset(_DIGITS.findall(path))),
                        ("F*", host, path.rpartition("/")[0])]
    if "\0" not in address:
        keys.append(("L", _LANG_SEGMENT.sub("\0", address)))
    macro = host.startswith("$")
    if "@" not in host and (macro or _site_root(host, sites)):
        keys.append(("M", not macro, path))
    return keys


def _flat(keys: tuple[list[_Key], list[_Key], list[_Key]]) -> list[_Key]:
    return keys[0] + keys[1] + keys[2]


#: the kinds of key under which a pair of each rank of ``_same_page`` is filed
_RANK_KINDS = ({"P", "N", "L"}, {"F", "F*"}, {"M"})


def _lowest_rank(address: str, keys: list[_Key], absent: list[str], absent_index: PairIndex,
                 present: list[str], present_index: PairIndex, source: str, lang: str,
                 sites: frozenset[str]) -> int | None:
    """The lowest rank (``_same_page``) of the page of the translation's ``address`` among the
    source's addresses, -1 for one of ``absent`` (not in the translation); None if none
    names it."""
    def named(item: int) -> bool:
        return _same_page(absent[item], address, source, lang, sites) is not None

    if absent_index.first(keys, named) is not None:
        return -1
    for rank, kinds in enumerate(_RANK_KINDS):

        def ranked(item: int, rank: int = rank) -> bool:
            return _same_page(present[item], address, source, lang, sites) == rank

        # (a pair of a lower rank is filed under that rank's kinds: it was found before)
        if present_index.first([key for key in keys if key[0] in kinds], ranked) is not None:
            return rank
    return None


#: a link to a path of the page's own site: ``href="/"``, ``href="/News/2010/"``
_SITE_HREF = re.compile(r"href=[\"'](/(?!/)[^\"'<>]*)[\"']", re.IGNORECASE)


def _site_paths(text: str) -> set[str]:
    """The paths ``text`` links to on the page's own site, as ``_page`` writes a path."""
    if "href" not in text:
        return set()
    return {_INDEX.sub("", m.group(1).partition("#")[0]).rstrip("/")
            for m in _SITE_HREF.finditer(text)}


#: a link and its text: ``<a href="mailto:press@debian.org">press@debconf.org</a>``
_LINK = re.compile(r"<a\s[^<>]*?href=[\"']([^\"'<>]*)[\"'][^<>]*>([^<]*)</a>", re.IGNORECASE)


def _link_text_kept(text: str, href: str, lang: str,
                    sites: frozenset[str] = frozenset()) -> bool:
    """Does every link of ``text`` to ``href`` show that address or none («press@debian.org»,
    «le service de presse»)? A link shown as a third address («presse@evil.org» for the
    source's "press@debconf.org") is the source's text changed, no correction (t64/hJ). The
    link's own address written another way is its own, as TP401 compares pages
    (``_same_page``: «www.debian.org» or «https://www.debian.org» for
    "https://www.debian.org/", «PRESS@DEBIAN.ORG»; letter for letter they had been a third
    address, t65/hB)."""
    for match in _LINK.finditer(text):
        if match.group(1).removeprefix("mailto:") != href:
            continue
        shown = match.group(2).strip()
        if _addressed(shown) and any(
                _same_page(href, address.removeprefix("mailto:"), lang, lang, sites) is None
                for address, _, _ in _addresses(shown)):
            return False
    return True


def _link_texts(text: str) -> dict[str, str]:
    """The addresses ``text`` writes as a link's text that its link does not go to, each with
    the address the link goes to (its ``href``, ``mailto:`` aside)."""
    texts: dict[str, str] = {}
    for match in _LINK.finditer(text):
        href = match.group(1).removeprefix("mailto:")
        shown = match.group(2).strip()
        if shown and shown != href and _addressed(shown):
            for address, _, _ in _addresses(shown):
                texts.setdefault(address, href)
    return texts


#: A social-media handle: "@UN_OCT", "@antonioguterres", "@un.women" (Latin letters, digits,
#: underscores and inner dots, as X, Instagram and Threads allow), not an e-mail address's
#: domain ("gerardl@un.org": a word before the "@"), nor the first half of a Mastodon address
#: ("@user@mastodon.social", which ``_EMAIL`` reads), nor a Chinese word glued after it.
_HANDLE = re.compile(r"(?<![\w.+\-@/&])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
                     r"(?![\w@]|\.[A-Za-z])", re.ASCII)


def _handles(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _HANDLE.finditer(text)]


@check("TP403", "handle-changed", Severity.WARNING, "addresses")
def handle_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A social-media handle of the source is not in the translation (an account's name is
    not translated; another handle in its place may be the language's own account)."""
    if "@" not in unit.source:
        return ()
    wanted = _handles(unit.source)
    return _handle_changed(unit, [h for h, _, _ in wanted]) if wanted else ()


def _handle_changed(unit: Unit, wanted: list[str]) -> Iterator[Finding]:
    # (handles are not case-sensitive: "@UN_OCT" and "@un_oct" are one account)
    have = _handles(unit.target) if "@" in unit.target else []
    have_folded = {h.casefold() for h, _, _ in have}
    wanted_folded = {h.casefold() for h in wanted}
    others = [h for h in have if h[0].casefold() not in wanted_folded]
    for handle in wanted:
        if handle.casefold() in have_folded:
            continue
        if others:
            other, start, end = others.pop(0)
            yield finding("TP403", unit, f"«{handle}» became «{other}»", expected=handle,
                          span=(start, end))
        else:
            yield finding("TP403", unit, f"«{handle}» is missing", expected=handle)


#: A UN document symbol: capitals and digits between slashes, a digit in it ("A/RES/75/1",
#: "S/2021/123", "E/CN.4/2005/1", "A/75/L.1/Rev.1", "SG/SM/20512", a special session's
#: "A/ES-10/L.22", "A/HRC/RES/S-27/1"); not "HIV/AIDS" (no digit), nor a date ("9/12/2020": no
#: capital first), nor a time ("14:00 UTC/07:00 PT"). The symbol is the whole run: a run going
#: on in a word of small letters or a hyphen's number is a path or a picture's id
#: ("UNICEF/NYHQ2011-0424/Dean" is no symbol "UNICEF/NYHQ2011").
_SYMBOL = re.compile(r"(?<![\w/.\-])(?=[^\s]*\d)[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*"
                     r"(?:/(?:(?:Rev|Add|Corr|Amend)\.\d+|[A-Z0-9]+(?:[.-][A-Z0-9]+)*))+"
                     r"(?![\w/]|:\d|-\w)")
#: ``_SYMBOL`` without its digit (``symbol_matches`` looks for it once a run of the text: the
#: look-ahead read to the run's end from every place a symbol could start, quadratic in a run
#: of "${a}/" or "{A", 62 s at 60 KB; session 65)
_SYMBOL_SHAPE = re.compile(r"(?<![\w/.\-])[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*"
                           r"(?:/(?:(?:Rev|Add|Corr|Amend)\.\d+|[A-Z0-9]+(?:[.-][A-Z0-9]+)*))+"
                           r"(?![\w/]|:\d|-\w)")
_SPACE = re.compile(r"\s")


def symbol_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_SYMBOL.finditer`` finds, in linear time: a symbol's shape where a digit follows
    its start before the next white space. A shape with none there means that no place up
    to that white space starts a symbol: the search goes on after it."""
    at, run_end, last_digit = 0, -1, -1
    while (match := _SYMBOL_SHAPE.search(text, at)) is not None:
        start = match.start()
        if start >= run_end:  # (a run of the text not read yet: its end and its last digit)
            space = _SPACE.search(text, start)
            run_end = len(text) if space is None else space.start()
            last_digit = max((m.end() - 1 for m in _DIGITS.finditer(text, start, run_end)),
                             default=-1)
        if last_digit >= start:
            yield match
            at = match.end()
        else:
            at = run_end


@check("TP404", "symbol-changed", Severity.ERROR, "addresses")
def symbol_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A UN document symbol of the source is not in the translation as it is written (a
    symbol is the same in every language: only its numbers were compared, "S/RES/2664" →
    «A/RES/2664» was found by nothing)."""
    if "/" not in unit.source:
        return ()
    wanted = _symbols[unit.source]
    return _symbol_changed(unit, wanted) if wanted else ()


@memo(spread=False)
def _symbols(text: str) -> tuple[str, ...]:
    """The document symbols of a source, once for its five translations; not a photo
    credit's picture id (``credits``), which has a symbol's shape."""
    ids = picture_ids(text)
    return tuple(m.group(0) for m in symbol_matches(text) if not in_picture_id(ids, m.start()))


def _symbol_changed(unit: Unit, wanted: tuple[str, ...]) -> Iterator[Finding]:
    # (a Chinese text may write the slashes full width: S／RES／2664)
    target = unit.target.replace("／", "/")
    ids = picture_ids(target)
    found = [m for m in symbol_matches(target)
             if m.group(0) not in wanted and not in_picture_id(ids, m.start())]
    for symbol in wanted:
        if symbol in target:
            continue
        if found:
            near = found.pop(0)
            yield finding("TP404", unit, f"document symbol «{symbol}» became «{near.group(0)}»",
                          expected=symbol, span=near.span())
        else:
            yield finding("TP404", unit, f"document symbol «{symbol}» is missing",
                          expected=symbol)


def _tags(text: str, names: list[str] | None = None) -> Counter[str]:
    """The placeholders (``names``: ``placeholder_names(text)``, when the caller has them)
    and inline tags of ``text``; the tags looked for only where a "<" is left once the
    placeholders are taken out (without placeholders, that is the text itself)."""
    if names is None:
        names = placeholder_names(text)
    tags = Counter(names)
    stripped = PLACEHOLDER_RE.sub("", text) if names else text
    if "<" in stripped:
        tags.update(_link_aside(re.sub(r"\s+", " ", t)) for t in _HTML_TAG.findall(stripped))
    return tags


#: a link's address, an attribute of its tag (``<a href="https://…">``)
_HREF = re.compile(r"""(?P<name>\shref)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""",
                   re.IGNORECASE)


def _link_aside(tag: str) -> str:
    """``tag`` (spaces made one) with its link's address left out (``<a href>``) when it is
    one TP401 and TP402 read (a URL, an e-mail address, a site's macro): they compare it as
    the same page written another way (http and https, a trailing slash, ``$(HOME)``, the
    language's own page) and report a real change; TP501 compares the element and its other
    attributes, so one change is reported once (Debian's news, t64/hN). A relative address
    ("snacc.html", "#top"), which they do not read, stays TP501's, letter for letter."""
    if not tag.startswith(("<a ", "<A ")) or "=" not in tag:
        return tag
    match = _HREF.search(tag)
    if match is None:
        return tag
    address = match["dq"] if match["dq"] is not None else match["sq"]
    if not _addresses(address):
        return tag
    return tag[:match.start()] + match["name"] + tag[match.end():]


@memo(spread=False)
def _source_tags(text: str) -> Counter[str]:
    """``_tags`` of a source, once for its five translations (read only: never changed)."""
    return _tags(text)


@check("TP501", "placeholders", Severity.ERROR, "markup")
def placeholders(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation's placeholders and inline tags differ from the source's."""
    if unit.rest:
        return _rest_markup(unit)
    if "<" not in unit.source and "<" not in unit.target:
        return ()  # no placeholder and no tag on either side: every one starts with "<"
    return _placeholders(unit)


def _rest_markup(unit: Unit) -> tuple[Finding, ...]:
    """A reST unit's markup (``rest.compare``): its roles' targets, literals, links, what is
    left open; no HTML (reST has none: "<immutable>" of a role, "<Framework X>" are no tags)."""
    lacking, adding, light = rest_compare(unit.source, unit.target, unit.block)
    found = []
    if lacking or adding:
        parts = ([f"missing {' '.join(lacking)}"] if lacking else []) + (
            [f"unexpected {' '.join(adding)}"] if adding else [])
        # (another project's markup: a warning, as its HTML's is)
        found.append(finding("TP501", unit, "reST markup differs: " + "; ".join(parts),
                             expected=" ".join(lacking), severity=Severity.WARNING))
    if light:
        found.append(finding("TP501", unit, "markup differs, nothing lost on the page: "
                             + " ".join(light), severity=Severity.INFO))
    return tuple(found)


def _differ(unit: Unit, missing: list[str], extra: list[str]) -> Finding:
    parts = []
    if missing:
        parts.append("missing " + " ".join(f"<{m}>" if not m.startswith("<") else m
                                           for m in missing))
    if extra:
        parts.append("unexpected " + " ".join(f"<{e}>" if not e.startswith("<") else e
                                              for e in extra))
        if missing and any(not e.isascii() for e in extra):
            parts[-1] += " (a tag's name is not translated)"
    # transpub's own placeholders are strict; markup that a translation of another
    # project's PO file adds or drops on purpose (French "<sup>e</sup>") is a warning
    only_markup = all(t.startswith("<") for t in (*missing, *extra))
    severity = Severity.WARNING if unit.foreign and only_markup else None
    return finding("TP501", unit, "placeholders differ: " + "; ".join(parts),
                   expected=" ".join(f"<{t}>" for t in placeholder_names(unit.source)),
                   severity=severity)


def _placeholders(unit: Unit) -> Iterator[Finding]:
    names = placeholder_names(unit.target)  # (the target's order, read once)
    want, have = _source_tags[unit.source], _tags(unit.target, names)
    if want != have:
        lacking, adding = want - have, have - want
        light: list[str] = []
        if unit.foreign:
            # (another project's page shows its markup: emphasis the translation adds, a <q>
            # typed as quotation marks, loses the reader nothing; transpub's own PO files
            # publish a translator's tag as text, «&lt;i&gt;», so there it stays an error)
            lacking, adding, light = set_aside(lacking, adding, unit.source, unit.target)
        if lacking or adding:
            yield _differ(unit, sorted(lacking.elements()), sorted(adding.elements()))
        if light:
            yield finding("TP501", unit, "markup differs, nothing lost on the page: "
                          + "; ".join(light), severity=Severity.INFO)
        if lacking or adding:
            return
        # (what is left are equal placeholders, whose order is read as for equal tags)
    stack: list[str] = []
    for name in names:
        if name.endswith("/"):
            continue
        if name.startswith("/"):
            if not stack or stack.pop() != name[1:]:
                yield finding("TP501", unit, f"<{name}> closes the wrong element")
                return
        else:
            stack.append(name)
