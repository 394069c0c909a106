"""The names that stand above and under a release's text: the issuer's, as a letterhead or a
field office sets it above the headline, and the signatories' under a statement.
"""

from __future__ import annotations

import functools
import re

from transpub.datelines import dateline
from transpub.importer_pages import TERMINAL, Para, a_line_each

#: Words that name an issuer in a letterhead, in the languages letterheads print it in.
_ISSUER_RE = re.compile(r"\b(?:service|office|information|nations|united|department|centre"
                        r"|center|bureau|programme|program|commission|organi[sz]ation|unies"
                        r"|unidas|unis|objedin\w*|объединенных|организация)\b",
                        re.IGNORECASE)
#: What names a body, and the verbs and "to" by which a headline says what it does: an
#: issuer's name is a name ("United Nations Office for the Coordination of Humanitarian
#: Affairs"), a headline in title case has a verb ("United Nations Office Opens in Kyiv").
_BODY_WORD_RE = re.compile(r"\b(?:service|office|nations|department|centre|center|bureau"
                           r"|programme|program|commission|organi[sz]ation|fund|agency|union"
                           r"|institute|secretariat|mission|division|council|authority"
                           r"|convention|university)\b", re.IGNORECASE)
#: A UN entity's name of "UN" and a word or two, as its logo sets it ("UN Women", "UN
#: Tourism", "UN-Habitat", "UN Climate Change")
_UN_NAME_RE = re.compile(r"UN[- ][A-Z][\w-]+(?: [A-Z][\w-]+){0,2}")
_HEADLINE_VERBS = frozenset("""to is are was were be will says say said launches launch opens
    open calls call urges urge warns warn welcomes welcome adopts adopt holds hold appoints
    appoint releases release marks mark announces announce hosts host meets meet concludes
    conclude begins begin starts start signs sign presents present highlights highlight
    reports report finds find allocates allocate expands expand strengthens strengthen
    supports support condemns condemn elects elect approves approve agrees agree joins join
    launched opened adopted held appointed released marked announced signed reached reaches
    rises rise falls fall grows grow shows show needs need seeks seek takes take helps help
    brings bring renews renew receives receive""".split())
_PERSON_TITLE_END_RE = re.compile(r"\b(?:director(?:-general)?|secretary-general|spokesperson"
                                  r"|president|chair(?:person)?|coordinator|administrator"
                                  r"|envoy|representative)\s*$", re.IGNORECASE)
#: A body's acronym in brackets after its name: "(UNEP)", "(UN-Habitat)", «(ПРООН)».
_ACRONYM_AFTER_RE = re.compile(r"(?<=\S)\s+\((?=[^)]*[A-ZА-Я]{2})[A-ZА-Я][\w-]{1,14}\)\s*$")
_MINOR_NAME_WORDS = frozenset("of on and for the in at de des du la le les et".split())
#: A field office's name as its releases set it above the headline: the body's acronym and
#: the country, region or city it serves ("UNDP Nepal", "UNIC Tokyo", "IOM Bangladesh",
#: "UNICEF Sudan", "WFP South Sudan", "UNFPA Asia and the Pacific").
_FIELD_OFFICE_RE = re.compile(r"[A-Z][A-Z-]{1,9}(?:(?:\s+(?:and|the|of|de|du|la|for))*"
                              r"\s+[A-Z][\w'’.-]*){1,4}")
#: What a headline of an acronym and a word or two says besides a place ("UNICEF Appeal",
#: "WHO Chief", "UNHCR Report").
_NOT_FIELD_WORDS = frozenset("""report appeal statement update award prize day week year
    launch alert campaign summit conference forum declaration initiative response warning
    data study survey index plan strategy chief head expert envoy prosecutor court news
    story today now""".split())
#: Words in capitals that open a headline, no body's acronym ("THE Hague", "NEW Report").
_NOT_ACRONYMS = frozenset("the a an in on at our new more no not all".split())


def person_title(text: str) -> bool:
    """Whether ``text`` ends in a person's title ("Secretary-General", "… Spokesperson"):
    a signature's or a letterhead's, no place."""
    return _PERSON_TITLE_END_RE.search(text) is not None


def issuer_name(text: str) -> bool:
    """A body's name, as a letterhead sets it above the headline: a few words, each
    capitalised but small joining ones, one of them naming a body, no verb, no digit; or a
    field office's (``text`` without the emphasis around it)."""
    # (its acronym in brackets after it: "United Nations Environment Programme (UNEP)", the
    # line UNEP's pages set over the headline, which had been the headline)
    text = _ACRONYM_AFTER_RE.sub("", text)
    words = text.split()
    if _UN_NAME_RE.fullmatch(" ".join(words)) and not any(
            w.lower() in _HEADLINE_VERBS for w in words):
        return True  # ("UN Women", "UN Tourism", "UN-Habitat": an entity's name as its logo)
    # (the place in title case: a line all in capitals, "PRESS BRIEFING NOTES", has no
    # acronym to tell)
    if _field_office(words):
        return True  # (a field office: "UNDP Nepal", "UNIC Tokyo", "IOM Bangladesh")
    # (the body's word early, as a name puts it: "United Nations Office …", "Economic and
    # Social Commission for …"; "New Leadership at the Universal Postal Union" is a headline;
    # and not a person's title at its end: "… Programme Executive Director")
    return (2 <= len(words) <= 14 and not text.rstrip().endswith(TERMINAL)
            and not any(c.isdigit() for c in text)
            and bool(_BODY_WORD_RE.search(" ".join(words[:4])))
            and not _PERSON_TITLE_END_RE.search(text)
            and not any(w.lower().strip(",:") in _HEADLINE_VERBS for w in words)
            and all(w[:1].isupper() or w.lower() in _MINOR_NAME_WORDS for w in words))


def speaker_or_issuer(text: str, lang: str) -> bool:
    """Whether ``text`` is an issuer's or a speaker's line in one of the six languages: a
    body's name as ``issuer_name`` reads it, or a line that ``data/un_names.json`` finds an
    organization's, a body's or a title's name in, the rest of it a person's name (capitalised
    words, a name's short joining words: "de", "al", "bin"), no verb: "Executive Director
    Ghada Waly", «Directrice exécutive Ghada Waly», «Organisation mondiale de la propriété
    intellectuelle», «Всемирная организация интеллектуальной собственности», «المدير التنفيذي
    غادة والي»; "Discurso del Director General ante la Asamblea General", a speech's title,
    is none (its "ante")."""
    from transpub.namefind import UN_NAMES, kind_of, names_in  # (only over a speech's label)

    line = " ".join(text.split()).strip(" *_")
    if issuer_name(line):
        return True
    if names_speech(line):
        return False  # (a speech's title: «秘书长世界人口日致辞», «Allocution …», «كلمة …»)
    if not line or len(line.split()) > 14 or line.endswith((*TERMINAL, ":", ";")) \
            or any(c.isdigit() for c in line):
        return False
    found = [name for code, name in names_in(line, lang, UN_NAMES)
             if kind_of(UN_NAMES, code) in ("organization", "body", "title")]
    if not found:
        return False
    # (the line's words outside the names found: a person's name before or after them, an
    # acronym, a joining word between two names; "Выступление Генерального директора" and
    # "Message of the Secretary-General" are a speech's title)
    named = [False] * len(line)
    for name in found:
        at = line.find(name)
        named[at:at + len(name)] = [True] * len(name)
    if lang.split("_")[0].split("-")[0] == "zh":
        rest = "".join(c for c, n in zip(line, named, strict=True) if not n)
        return len(rest.strip("·• ，、")) <= 8  # (a name in Chinese: a few characters)
    runs: list[list[str]] = [[]]
    for match in re.finditer(r"\S+", line):
        word = match.group().strip(",()'’،")
        if any(named[match.start():match.end()]) or (word.isupper() and len(word) > 1) \
                or not word or word in ("-", "–", "—"):
            runs.append([])
        else:
            runs[-1].append(word)
    # (an article before a title, «La Directora Ejecutiva …», is no name's)
    edge = [run for run in (runs[0], runs[-1]) if run and not (
        len(run) == 1 and run[0].lower() in _JOINING_WORDS)] if len(runs) > 1 else []
    inner = [run for run in runs[1:-1] if run]
    return len(edge) <= 1 and all(_person_name(run) for run in edge) and all(
        len(run) == 1 and run[0].lower() in _JOINING_WORDS for run in inner)


#: A speech's kind, which names a speech's title and no speaker's line, in the six languages:
#: «秘书长世界人口日致辞», «副秘书长主旨发言» (a title and a few characters, as a Chinese
#: speaker's name is: t65/hB finding 6), «كلمة الأمين العام», «Выступление Генерального
#: директора», «Allocution du Directeur général», «Discurso del Director General», "Message of
#: the Secretary-General" (a spokesperson, 发言人, is no speech). Chinese's, which no name
#: holds, anywhere in the line; the others' only as the line's head noun
#: (``_HEAD_BEFORE``, ``_HEAD_AFTER``).
_SPEECH_KIND_ZH_RE = re.compile(r"致辞|致词|讲话|发言(?!人)|贺词|演讲|献词")
_SPEECH_KIND_RE = re.compile(
    r"(?<!\w)[وف]?(?:ال)?(?:كلمة|رسالة|بيان|خطاب)(?!\w)"
    r"|(?i:\b(?:видео)?(?:выступлени|послани|обращени|заявлени|реч[ьи]|приветстви)\w*"
    r"|\b(?:allocution|message|discours|déclaration|intervention|mensaje|discurso|declaración"
    r"|intervención|alocución|palabras|statement|remarks|speech|address|keynote)s?\b)")
#: What stands before a speech's kind that opens its line: nothing, a speech's qualifiers
#: ("Opening", "Video", «Совместное», «نص»: at most two), a colon or a dash after a title
#: ("Secretary-General: Message …"), English's possessive ("Secretary-General's Message").
_HEAD_BEFORE = re.compile(
    r"(?i:(?:(?:opening|closing|keynote|video|joint|special|welcome|welcoming|introductory"
    r"|concluding|recorded|inaugural|final|written|full|the|an?|text|vidéo|texte|texto|breves"
    r"|видео|совместное|приветственное|вступительное|заключительное|специальное|ежегодное"
    r"|новогоднее|نص)[\s-]+){0,2}|.*(?:[:–—]|\s-|['’]s)\s*)$")
#: What follows a speech's kind that heads its line after a title's words: the line's end
#: (English's "Secretary-General Video Message"; not Arabic's, whose head comes first:
#: «المديرة التنفيذية بيان» ends with a name), a preposition or a speech's qualifier
#: ("Message on …", «Message Vidéo», «Mensaje Especial», «كلمة بمناسبة …», «بيان للأمين
#: العام»). «المديرة التنفيذية بيان الخطيب» is an executive director named Bayan, «بيان»
#: (t65/hF finding 7).
_HEAD_AFTER = re.compile(
    r"(?i:\s*[.;:–—(\[]|\s+(?:on|at|to|for|of|by|before|from|in|delivered|de|du|des|d['’]"
    r"|à|a|au|aux|ante|en|pour|para|lors|sur|sobre|con|devant|del|al|vidéo|video|especial"
    r"|spécial|spéciale|liminaire|inaugural|inaugurale|principal|principale|conjointe?"
    r"|conjunta|final|на|в|во|по|перед|к|о|об|от|для|с|при|بمناسبة|في|أمام|إلى|الى|خلال"
    r"|حول|عن|على|لدى|صادر|الصادر|مسجلة|مصورة|بالفيديو|افتتاحية|الافتتاحية|ختامية|الختامية"
    r"|مشترك|المشترك|مشتركة|لل\w+)(?!\w))")


def names_speech(line: str) -> bool:
    """Whether ``line`` names a speech's kind as its head noun, a speech's title's
    (``_SPEECH_KIND_RE``): not a word of a name after a title, «المديرة التنفيذية بيان
    الخطيب»."""
    if _SPEECH_KIND_ZH_RE.search(line):
        return True
    for kind in _SPEECH_KIND_RE.finditer(line):
        if _HEAD_BEFORE.fullmatch(line[:kind.start()]):
            return True  # («كلمة الأمين العام», "Opening Remarks by …", "…: Message")
        after = line[kind.end():]  # (after a title's or a name's words)
        if _HEAD_AFTER.match(after) or (not after.strip() and not _ARABIC_RE.search(
                kind.group())):
            return True
    return False


_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")

#: The short words inside a name or between a title and a body's name, in the six languages.
_JOINING_WORDS = frozenset("of the and for de du des d la le et y del el los las da di van "
                           "von der al bin ibn и по".split())


def _person_name(words: list[str]) -> bool:
    """Whether ``words`` can be a person's name: 2 to 5 words, no verb, the first and the last
    capitalised (or of a script without capitals), a name's particles between."""
    def cased(word: str) -> bool:
        return word[:1].isupper() or not word[:1].islower()

    return 2 <= len(words) <= 5 and cased(words[0]) and cased(words[-1]) and not any(
        w.lower() in _HEADLINE_VERBS for w in words) and all(
        cased(w) or w.lower() in _JOINING_WORDS for w in words)


#: A word's ending that a verb's third person or a noun's plural has ("Responds", "Launches",
#: "Talks"), and a place's name seldom, unless it is a country's ("Philippines", "Maldives").
_VERB_OR_PLURAL_RE = re.compile(r"(?:[b-df-hj-np-tv-z]|e)s$")


def _field_office(words: list[str]) -> bool:
    """A body's acronym and the place its office serves ("UNDP Nepal", "UNIC Tokyo"), none of
    its words a verb, a headline's noun or a person's title, the place in title case."""
    if not _FIELD_OFFICE_RE.fullmatch(" ".join(words)) or words[-1].isupper() or any(
            w.lower().strip(",:") in _HEADLINE_VERBS or w.lower() in _NOT_FIELD_WORDS
            for w in words) or _PERSON_TITLE_END_RE.search(words[-1]) \
            or words[0].lower() in _NOT_ACRONYMS:
        return False
    # ("UNICEF Responds" is a headline; "UNDP Philippines" an office)
    return not _VERB_OR_PLURAL_RE.search(words[-1]) or " ".join(words[1:]) in _territories()


@functools.cache
def _territories() -> frozenset[str]:
    """The countries' and territories' names in English (babel's, CLDR's)."""
    from babel import Locale

    return frozenset(Locale("en").territories.values())


def issuer_like(para: Para) -> bool:
    """A letterhead's few short lines naming an issuer ("Information Service" / "Service
    d'information", "UNITED NATIONS"), not a headline."""
    lines = [t.strip() for _, t in para.lines]
    return len(lines) <= 3 and all(map(issuer_line, lines))


def issuer_line(text: str) -> bool:
    """A letterhead's line naming an issuer: short, no sentence, in capitals or with a word
    that names a body ("Service", "Office", "United Nations")."""
    return len(text) <= 60 and not text.endswith(TERMINAL) \
        and (text.isupper() or bool(_ISSUER_RE.search(text)))


#: What a letterhead's line under the issuer's name gives besides it: a telephone, a fax, an
#: e-mail address, a site or the office's accounts ("Website X YouTube LinkedIn"), a post box,
#: a postal code's mark ("〒150-0001").
_LETTERHEAD_DETAIL_RE = re.compile(
    r"\b(?:tel|telephone|phone|fax|e-?mail|website|web|p\.?\s?o\.?\s+box|postfach|youtube"
    r"|linkedin|facebook|instagram|twitter)\b|www\.|https?://|@|\+\s?\d|〒", re.IGNORECASE)


def address_line(text: str, lang: str = "en") -> bool:
    """A letterhead's line of the issuer's address or numbers ("Peace Palace, Carnegieplein
    2, 2517 KJ The Hague, Netherlands", "Tel.: +31 (0)70 302 2323 Fax: …"): a detail's sign,
    or a street's number and two commas, no sentence."""
    text = text.strip()
    if len(text) > 160 or text.endswith(TERMINAL):
        return False
    # (nor a dateline: "VIENNA, 27 May (UN Information Service) - …")
    return (_LETTERHEAD_DETAIL_RE.search(text) is not None or (
        len(text) <= 120 and text.count(",") >= 2 and any(c.isdigit() for c in text)
        and all(not w[:1].islower() or w in _ADDRESS_WORDS for w in text.split()))) \
        and dateline(text, lang, 2000) is None


#: The words in lower case an address holds ("Palais des Nations", "12 rue de la Paix"); a
#: headline's verbs and joining words are others ("… to visit Japan, Korea, 5-7 August").
_ADDRESS_WORDS = frozenset("de des du la le les di da del van von der den rue avenue via calle "
                           "strasse straße and of".split())


def without_address(para: Para, lang: str) -> tuple[Para, list[tuple[int, str]]]:
    """An issuer's name with its letterhead's address and numbers under it ("INTERNATIONAL
    COURT OF JUSTICE" / "Peace Palace, …" / "Tel.: …"): the name, and the lines that go
    (none when the lines left do not name an issuer, or the first line is one of them)."""
    if not 1 < len(para.lines) <= 8:
        return para, []  # (a letterhead's few lines)
    address = [address_line(t, lang) for _, t in para.lines]
    kept = [line for line, gone in zip(para.lines, address, strict=True) if not gone]
    if not any(address) or address[0] \
            or not all(issuer_line(t.strip()) or issuer_name(t.strip()) for _, t in kept):
        return para, []
    gone = [(n, t.strip()) for (n, t), out in zip(para.lines, address, strict=True) if out]
    return Para(kept, para.gap_before, para.gap_after, para.page_start, para.page_end), gone


#: A person's name on a line of its own, as a statement's signature sets it over the title: two
#: to five capitalised words, a particle between them ("Mohamed Malick Fall", "Dr. Tedros
#: Adhanom Ghebreyesus", "Ahmed bin Saleh"), no comma.
_NAME_LINE_RE = re.compile(
    r"(?:(?:H\.E\.|Dr\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Dame|Ambassador)\s+)?[A-Z][\w'’.-]+"
    r"(?:\s+(?:(?:bin|ibn|al|el|de|da|dos|du|van|von|der|la|le)\s+)?[A-Z][\w'’.-]+){1,4}")
#: A person's title, the line under the name ("UN Resident and Humanitarian Coordinator,
#: Nigeria", "Minister of Humanitarian Affairs and Poverty Alleviation").
_TITLE_WORD_RE = re.compile(
    r"\b(?:coordinator|minister|director(?:-general)?|secretary(?:-general)?|representative"
    r"|president|chair(?:person|man|woman)?|commissioner|envoy|administrator|ambassador|head"
    r"|chief|executive|spokes(?:person|man|woman)|rapporteur|officer|advis[eo]r|governor"
    r"|mayor|deputy|prosecutor|registrar|judge|manager|ceo|rector|chancellor)\b",
    re.IGNORECASE)


def _title_line(text: str, word: bool = True) -> bool:
    """A signature's line under the name: short, capitalised, no sentence; a person's title
    (``word``), or the office after it ("UNICEF")."""
    return len(text) <= 120 and text[:1].isupper() and not text.endswith(TERMINAL) \
        and (not word or _TITLE_WORD_RE.search(text) is not None)


def _signature(para: Para) -> bool:
    """A signature of a name over its title (and the office under it, a third line)."""
    lines = [t.strip() for _, t in para.lines]
    return 2 <= len(lines) <= 3 and _NAME_LINE_RE.fullmatch(lines[0]) is not None \
        and _title_line(lines[1]) and all(_title_line(t, word=False) for t in lines[2:])


def signed(paras: list[Para]) -> list[Para]:
    """The blocks closing a text (above its contacts), a statement's signatures set a name
    over the title ("Mohamed Malick Fall" / "UN Resident and Humanitarian Coordinator,
    Nigeria", one block or two) a paragraph a line, none of them a subheading; the text's
    other blocks as they are. The signatures are the last blocks, one after another."""
    start = len(paras)
    while True:
        if start > 0 and _signature(paras[start - 1]):
            start -= 1
        elif start > 1 and _signature(Para(paras[start - 2].lines + paras[start - 1].lines, 0)) \
                and len(paras[start - 2].lines) == 1:
            start -= 2  # (the name and the title apart by a blank line)
        else:
            break
    if start == len(paras):
        return paras
    return paras[:start] + [line for para in paras[start:] for line in a_line_each(para, True)]
