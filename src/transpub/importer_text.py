"""The text of an imported line, as every stage of the importer reads it: its inline markup
(Markdown's emphasis, links and code, e-mail addresses and bare URLs) as spans, the plain
text a reader sees, and the words title case leaves in lower case, which no headline's or
contact's line ends on. ``importer``, ``importer_head``, ``importer_contact`` and
``importer_html`` share these; this module imports none of them."""

from __future__ import annotations

import re

from transpub.emails import EMAIL
from transpub.importer_pages import layout_spaces
from transpub.model import ITS_NS, Span

TRANSLATE_NO = ((f"{{{ITS_NS}}}translate", "no"),)
#: A block wholly in bold or italics ("**PRESS RELEASE**", "*Background*"): a label, headline
#: or subheading so set keeps its text, not the emphasis that set it apart.
_EMPHASISED_RE = re.compile(r"^(\*\*|\*|__|_)(?=\S)([^*_]+?)(?<=\S)\1$")
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
SMALL_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "to", "at", "by", "a", "an"])
# the words title case leaves in lower case ("Partners with Qatar"); a line ending on one is cut
MINOR_WORDS = SMALL_WORDS | frozenset([
    "with", "from", "into", "onto", "as", "or", "nor", "but", "via", "per", "vs", "over", "amid",
    "upon", "after", "before", "against", "between", "among", "during", "through", "under",
    "within", "without", "about", "than", "up", "out", "off"])
#: A line that cannot end where it does: on a minor word, or on an honorific before a name.
WRAPPED_RE = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(MINOR_WORDS)) + r"|Mr\.|Ms\.|Mrs\.|"
                         r"Dr\.|H\.E\.|Prof\.)$", re.IGNORECASE)


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
            spans.append(Span("atom", inline_code, "span", TRANSLATE_NO))
        elif match.group("ltext"):
            spans += [Span("open", tag="a", attrs=(("href", match.group("href")),)),
                      *inline_spans(match.group("ltext"), code), Span("close", tag="a")]
        elif strong := match.group("strong") or match.group("strong2"):
            spans += [Span("open", tag="strong"), *inline_spans(strong, code),
                      Span("close", tag="strong")]
        elif em := match.group("em") or match.group("em2"):
            spans += [Span("open", tag="em"), *inline_spans(em, code), Span("close", tag="em")]
        elif match.group("email"):
            spans.append(Span("atom", match.group("email"), "email", TRANSLATE_NO))
        else:
            spans.append(Span("atom", match.group("url"), "url", TRANSLATE_NO))
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
        spans.append(Span("atom", match.group(0), tag, TRANSLATE_NO))
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


def plain_fast(text: str) -> str:
    """``plain_text``, without reading a text that holds no markup's or address's character
    (most: a huge paragraph is read once, not once per question asked of it)."""
    if "*" in text or "[" in text or "_" in text or "@" in text or "http" in text or "`" in text \
            or "www." in text or "(at)" in text or _RESPACED_RE.search(text):
        return plain_text(text)
    return text


#: White space that ``layout_spaces`` may change: two together (" \u00a0", which Word's
#: justified PDFs set between words), or one that is no ordinary space (a tab, a newline). A
#: text holding none is its own plain text (``plain_fast``), whose length the dateline's prefix
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


#: A word of a text (its letters; a hyphen or an apostrophe parts two: "Secrétaire-Général",
#: "l'ONU")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
#: Where a sentence begins: a block's start, or after a sentence's final mark and a space (a
#: capital there is the sentence's, not the word's own)
_AFTER_STOP_RE = re.compile(r"[.!?…]\s+[\"“«„‘'(\[]*$")
#: The languages whose headings in capitals are written in sentence case: the first word and
#: proper names capitalised, as their house styles write a title («Послание по случаю
#: Всемирного дня городов», «Message à l'occasion de la Journée mondiale des villes»)
_SENTENCE_CASE = frozenset({"fr", "es", "ru"})


def proper_forms(texts: list[str]) -> dict[str, str]:
    """The words the texts write with a capital where no sentence begins ("Journée", «ООН»,
    "UNESCO"), by their case-folded form: the text's own proper names, which a heading in
    capitals keeps capitalised when it is cased. A word the texts also write in lower case
    there is none ("jour")."""
    forms: dict[str, str] = {}
    lower: set[str] = set()
    for text in texts:
        for match in _LETTERS_RE.finditer(text):
            word = match.group(0)
            folded = word.casefold()
            if word.islower():
                lower.add(folded)
            elif word[:1].isupper() and text[:match.start()].strip(" \"“«„‘'([") \
                    and not _AFTER_STOP_RE.search(text[max(0, match.start() - 8):match.start()]):
                forms.setdefault(folded, word)
    return {folded: word for folded, word in forms.items() if folded not in lower}


def capitals_cased(text: str, lang: str, proper: dict[str, str] | None = None) -> str:
    """A heading in capitals ("UNITED NATIONS OFFICE ON DRUGS AND CRIME", «ПОСЛАНИЕ ПО СЛУЧАЮ
    ВСЕМИРНОГО ДНЯ ГОРОДОВ») as the language writes a name or a title: English in title case
    (its small words in lower case), French, Spanish and Russian in sentence case (the first
    word capitalised, and a proper name, ``proper``: a word the text writes capitalised
    elsewhere, ``proper_forms``; the rest in lower case: English title case had given «Послание
    По Случаю Всемирного Дня Городов»), Arabic and Chinese, which have no capitals, as
    written."""
    base = lang.split("_")[0].split("-")[0].lower()
    if base in ("ar", "zh"):
        return text
    if base not in _SENTENCE_CASE:
        words = []
        for index, word in enumerate(text.lower().split()):
            if index and word in SMALL_WORDS:
                words.append(word)
            else:
                words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
        return " ".join(words)
    known = proper or {}
    first = True

    def cased(match: re.Match[str]) -> str:
        nonlocal first
        word = match.group(0)
        folded = word.casefold()
        if folded in known:
            out = known[folded]
        elif first:
            out = word[:1].upper() + word[1:].lower()
        else:
            out = word.lower()
        first = False
        return out

    out = _LETTERS_RE.sub(cased, " ".join(text.split()))
    return _names_cased(out, base)


def _names_cased(text: str, base: str) -> str:
    """``text`` with the UN's names it holds written with their own capitals («Centre
    d'information des nations unies» → «… des Nations Unies»: a name's words past the first
    are no proper name the rest of the text writes capitalised when it writes the name
    only in the line cased)."""
    from transpub.namefind import cased_names  # (only for a heading set in capitals)

    for start, end, name in cased_names(text, base):
        said = _LETTERS_RE.findall(text[start:end])
        written = _LETTERS_RE.findall(name)
        if len(said) != len(written):
            continue
        # (recasing keeps the length: the spans found stay where they were)
        text = text[:start] + _as_written(text[start:end], written) + text[end:]
    return text


def _as_written(said: str, written: list[str]) -> str:
    """``said`` with the first capitals of the name's words it stands for (their endings its
    own: a Russian case)."""
    words = iter(written)

    def recased(match: re.Match[str]) -> str:
        word = match.group(0)
        return word[:1].upper() + word[1:] if next(words)[:1].isupper() else word

    return _LETTERS_RE.sub(recased, said)
