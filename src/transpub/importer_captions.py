"""Whether a sentence standing between a page's date and the dateline has a picture's
caption's shape, beyond its place (``importer._described_captions``): a caption describes
what the picture shows, with no verb telling news, where a lead or a summary set there
tells it ("Crises are multiplying …, the High Commissioner told the Executive Committee.").
A sentence without such a shape keeps its place."""

from __future__ import annotations

import re

from transpub.credits import credit_alone

#: A block opening with a quotation mark
_OPENING_QUOTE_RE = re.compile(r"^[\"'“‘«„「『]")
#: A block ending as a question or a cry, its closing marks after it
_ASKED_RE = re.compile(r"[!?！？؟]\s*[\"'”’»」』)）]*$")
#: A block said rather than shown: a quotation (opening with a quotation mark), a question or
#: a cry; no picture's caption, which describes (the dateline search's reading of a repeat is
#: narrower: ``said``)
SPOKEN_RE = re.compile(f"{_OPENING_QUOTE_RE.pattern}|{_ASKED_RE.pattern}")

#: A picture named as such: opening with a picture's word ("Photo of…", «Imagen hoy de…»,
#: «Фото:», «图为…», «صورة…»), or "(File photo)" and its forms in brackets
_PICTURE_RE = re.compile(
    r"^(?i:photo(?:graph)?|picture|image|file\s+photo|imagen|foto(?:grafía)?|фото|снимок"
    r"|на\s+снимке|на\s+фото)\b|^(?:图为|图片|照片|صورة)"
    r"|[(（](?i:file\s+photo|archive\s+photo|photo|photo\s+d'archives?|foto\s+de\s+archivo"
    r"|архивное\s+фото|资料图片?|صورة\s+أرشيفية)[)）]")

#: A place and a date in brackets closing it ("… (Dadaab, Kenya, 12 March 2011).", «(Genève,
#: 12 mars 2011)», «(Женева, 12 марта 2011 года)»): a place's capitalised words and their
#: comma, then a day or a month with the year. A year alone in brackets is no date of a
#: picture: "… in resolution 2720 (2023)." had made a lead a caption.
_PLACE = r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]*(?:[ -][\w'’.-]+){0,3}"
_PLACE_DATE_RE = re.compile(
    rf"\({_PLACE}(?:,\s*{_PLACE}){{0,2}},\s*"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?(?:\s+de)?"
    r"|[^\W\d_]{3,}\.?(?:\s+\d{1,2},?)?|\d{1,2}[./-]\d{1,2}[./-])"
    r"\s*(?:19|20)\d\d(?:\s+(?:года|г\.))?\)[.。]?$")

#: People or a place named, then where or at what they are shown, no verb between: names'
#: words in capitals (two at least; articles and "of" between, Russian's titles in lower
#: case), then a preposition ("High Commissioner Guterres at the opening of…", «Le Haut
#: Commissaire Guterres lors de…»,
#: «El Alto Comisionado Guterres en la apertura…», «Верховный комиссар Гутерриш на открытии…»;
#: Chinese and Arabic have no capitals: not read so)
_NAMED_RE = re.compile(
    r"^(?P<names>(?:(?:[A-ZÀ-ÞА-ЯЁ][\w'’.-]*|[а-яё]+|of|the|de|du|des|la|le|les|el|los|las"
    r"|del|l'|d')\s+){2,8}?)"
    r"(?:at|during|in|with|on|among|after|before|outside|inside|near"
    r"|à|au|aux|lors|pendant|avec|en|dans|parmi|devant|durante|con|junto|ante|tras"
    r"|на|во|в|с|среди|при|во\s+время|перед)\s")

#: An English subject and a present participle ("Refugees queuing for food in Dadaab.",
#: "Children carrying water …"): capitalised words, then the participle in lower case
_PARTICIPLE_RE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,4}(?<!\bThe\s)(?<!\bA\s)(?<!\bAn\s)"
                            r"[a-z]{2,}ing\s")

#: A verb telling news, which no caption has: auxiliaries and reporting verbs in the
#: languages with capitals (a sentence holding one is no noun phrase)
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|says|said|told|warned|called|urged"
    r"|est|sont|ont|sera|seront|déclaré|affirmé|averti|dit"
    r"|a\s+(?:[\w’'-]+\s+)?[\w-]+(?:é|ée|i|u|is|it)"  # (French's "a adopté", "a aussi dit")
    r"|es|son|ha|han|será|serán|dijo|afirmó|advirtió|dice|declaró|aprobó|exigió|pidió"
    r"|является|заявил|заявила|сказал|сказала|будет|будут|был|была|были)\b", re.IGNORECASE)


#: A noun phrase naming an event shown ("The formal opening of…", «L'ouverture officielle
#: de…», «Официальное открытие…»): a determiner, a noun and "of", or Russian's noun in -ие
_NOMINAL_RE = re.compile(
    r"^(?:The|A|An|L['’]|La|Le|Les|Un|Une|Una|El|Los|Las)\s*(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:of|de|du|des|del|d['’])|^(?:[А-ЯЁ][а-яё]+(?:ое|ая|ый|ий|ые|ой)\s+)?[А-ЯЁа-яё]+(?:ие|ия)\s")

#: A place ("in Geneva", «à Genève», «в Женеве») and a time ("today", a year) it names
_PLACE_RE = re.compile(r"\b(?:in|at|à|en|в|во)\s+[A-ZÀ-ÞА-ЯЁ]")
_TIME_RE = re.compile(r"\b(?:today|aujourd['’]hui|hoy|сегодня|(?:19|20)\d\d)\b", re.IGNORECASE)

#: A verb's ending: an English past ("welcomed"), a Russian past or present ("бежало",
#: "работает"); a caption's noun phrase has none (an adjective so ending, "Displaced", makes
#: a caption not read, which keeps its place)
_VERB_ENDING_RE = re.compile(r"\b[A-Za-z]{2,}ed\b"
                             r"|\b[а-яё]{2,}(?:ла|ло|ли|ет|ют|ит|ят|ал|ил|ел|ял)\b")


#: a quotation, from its opening mark to its closing one (a straight single quote is no
#: pair: it is an apostrophe too)
_QUOTED_RE = re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|\"[^\"]*\""
                        r"|^'.*'\W*$")


def said(text: str) -> bool:
    """Whether a block is said rather than shown (``importer._dateline_below``,
    ``caption_shaped``): a question or an exclamation, or a quotation and nothing else
    ('"We will not abandon them."', «« Nous ne les abandonnerons pas. »»). A quotation
    followed by who says it and more ("“I lost everything,” says Amina, a Somali refugee at
    the Dadaab camp", «« J’ai tout perdu », raconte Amina…»: UNHCR's caption) is a
    caption's or a paragraph's, which describes (t66/hF C4: 50fcb3c had read any block
    opening with a quotation mark as said)."""
    return bool(_ASKED_RE.search(text)) or bool(
        _OPENING_QUOTE_RE.match(text) and not re.search(r"\w", _QUOTED_RE.sub("", text)))


def caption_shaped(text: str, above: str = "", below: str = "") -> bool:
    """Whether ``text``, one sentence between the page's date and the dateline, is surely
    a picture's caption: printed again right under it (UNHCR's, twice), a credit standing
    alone beside it, a picture named as such, or with no verb telling news a place and a
    date in brackets closing it (``_PLACE_DATE_RE``) or a description (people or a place
    named then a preposition, an English present participle, or a noun phrase naming a
    place and a time). A
    quotation, a question or a cry is never one."""
    if below == text:
        # printed again right under it: UNHCR's caption, even one quoting who it shows ("“I
        # lost everything,” says Amina…"); a quotation and nothing else, a question or a cry
        # repeated on purpose is the text's (t66/fM C4)
        return not said(text)
    if SPOKEN_RE.search(text):
        return False
    if credit_alone(above) or credit_alone(below):
        return True
    if _PICTURE_RE.search(text):
        return True
    # (a verb telling news before the bracket's place and date: a lead may close on a dated
    # reference, a caption tells nothing)
    if _FINITE_RE.search(text) or _VERB_ENDING_RE.search(text):
        return False
    if _PLACE_DATE_RE.search(text):
        return True
    named = _NAMED_RE.match(text)
    return (named is not None and sum(w[:1].isupper() for w in named["names"].split()) >= 2) \
        or _PARTICIPLE_RE.match(text) is not None \
        or (_NOMINAL_RE.match(text) is not None and _PLACE_RE.search(text) is not None
            and _TIME_RE.search(text) is not None)
