"""Honorifics of named persons: carried over, in the same gender (TP105, TP106)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from transpub.checks.context import CheckContext, Unit
from transpub.checks.referents import _data as referent_data
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.honorifics import Honorific, find_honorifics
from transpub.memo import memo

_OTHER = {"m": "f", "f": "m"}
_GENDER = {"m": "male", "f": "female"}


@memo()
def _honorifics(text: str, lang: str) -> tuple[Honorific, ...]:
    """find_honorifics, once per text: a source is checked in five languages, by two checks
    (a release's five files are checked one after the other: 512 texts keep all but 1 % of
    the hits of 2,048, for a quarter of the memory)."""
    return tuple(h for h in find_honorifics(text, lang) if not _epithet(text, h))


#: an opening quotation mark right before an honorific, and a closing one within four words
#: with no mark of a clause or sentence between, then the name the epithet is given to:
#: "“Mr Evil President” Trump", «« Dr Doom » Smith»
_QUOTE_BEFORE = re.compile(r"[\"“„«‘'「『][\s\u00a0]*$")
_QUOTE_CLOSES = re.compile(r"(?:[\s\u00a0]+[^\s\u00a0\"“”„«»‘’'「」『』,.;:!?]+){1,4}[\s\u00a0]*"
                           r"[\"”«»’'」』](?!\w)"  # (not an apostrophe: 'Mr Smith's')
                           r"[\s\u00a0]*(\w)")


def _epithet(text: str, mention: Honorific) -> bool:
    """Is the honorific the start of a short quoted epithet ("Mr Evil President", a nickname)
    before the name it is given to ("Trump"), which names no person by the honorific and which
    a translation writes as an adjective («el "presidente maligno" Trump»)? A quoted text no
    name follows is a quotation or a title, its honorific a person's: "titled 'Dr. Tedros
    visits Kenya', was published", “Mrs. Robinson for President”. (t65/hF finding 3). The
    name is a word of a capital letter, or of a script without capitals (Arabic's, Chinese)."""
    if _QUOTE_BEFORE.search(text, max(0, mention.start - 3), mention.start) is None:
        return False
    closes = _QUOTE_CLOSES.match(text, mention.end)
    return closes is not None and closes.group(1).isalpha() and not closes.group(1).islower()


def _genders(mentions: tuple[Honorific, ...]) -> dict[str, int]:
    """Mentions per gender ("m", "f"): what ``Counter`` of their genders holds for these two
    keys, without a Counter made twice per unit."""
    male = female = 0
    for mention in mentions:
        genders = mention.genders
        male += "m" in genders
        female += "f" in genders
    return {"m": male, "f": female}


@check("TP105", "honorific-missing", Severity.WARNING, "terminology")
def honorific_missing(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A person's honorific (Mr., Ms., H.E., Dr.) is not carried into the translation."""
    # ``()`` for a unit with nothing to say (no generator made: see checks/completeness.py)
    source = _honorifics[unit.source, ctx.source_lang]
    if not source:
        return ()
    target = _honorifics[unit.target, unit.lang]
    if len(target) >= len(source):
        return ()
    have = _persons(unit.target, target)
    if have >= len(source):
        return ()  # «MM. Hunte, Sene et Seyoum»: one plural honorific for three names
    if have + _copies(unit.source, source, unit.target) >= len(source):
        return ()  # "brands such as … Dr. PawPaw": a name copied as the source writes it
    missing = _missing(unit.source, source, unit.target, target, have)
    titled = _titled(unit.source, source, unit.target, unit.lang)
    referred = None
    # "…,” Ms. Okai said." -> «a déclaré la Sous-Secrétaire générale», «a-t-elle déclaré»,
    # «— заявила она»: the person named again is named by a title alone, or referred to,
    # without name or honorific (whether the translation names them asked first:
    # substrings' tests, which most units answer no)
    unnamed = titled is None and _surnames_only[unit.source, ctx.source_lang] \
        and _unnamed(ctx, unit, source)
    if unnamed:
        titled = title_beyond_source(unit.source, unit.target, unit.lang)
        if titled is None:
            referred = referred_to(unit.source, unit.target, unit.lang, missing.end)
    if titled is None and referred is None and _title_apposed(unit.source, missing):
        # "Mr. Philemon Yang, President of the General Assembly" -> «Председателя Генеральной
        # Ассамблеи Филемона Янга», «大会主席菲勒蒙·扬», «la Relatora Especial …, Mary
        # Lawlor»: the source's title set before the name, which the UN's style writes
        # without an honorific (not «qu'Abubakar Magaji, Secrétaire général», the name
        # first: the published UN translations that dropped the «M.» so were errors)
        titled = _title_before_name(unit.source, missing, unit.target, unit.lang)
    if titled is not None:
        # "Mrs May" -> «la Primera Ministra May», «la Première ministre Theresa May»: the
        # person named by a title instead, which the UN's style writes without an honorific
        return (finding("TP105", unit, f"honorific «{missing.text}» is missing "
                        f"({len(source)} in the source, {have} in the translation): the "
                        f"translation names the person by a title («{titled}»)",
                        expected=missing.text, severity=Severity.INFO),)
    if referred is not None:
        return (finding("TP105", unit, f"honorific «{missing.text}» is missing "
                        f"({len(source)} in the source, {have} in the translation): the "
                        f"translation refers to the person as «{referred}»",
                        expected=missing.text, severity=Severity.INFO),)
    if unnamed and not _spelt_otherwise(unit.source, source, unit.target, unit.lang):
        # "Mr. Joko is also facing pressure" → «Además, debe hacer frente…», «Le chef d'État
        # indonésien subit…»: the person named again is not named at all (a subject left
        # out, a description), so no honorific was dropped before a name
        return (finding("TP105", unit, f"honorific «{missing.text}» is missing "
                        f"({len(source)} in the source, {have} in the translation): the "
                        "translation does not name the person either (a subject left out, a "
                        "pronoun or a description may refer to them)",
                        expected=missing.text, severity=Severity.INFO),)
    return (finding("TP105", unit, f"honorific «{missing.text}» is missing "
                    f"({len(source)} in the source, {have} in the translation)",
                    expected=missing.text),)


#: Titles that stand before a name instead of an honorific, in the languages that keep the
#: source's names in Latin letters (where the name is found as the source writes it): one of
#: the three words before the name («la Primera Ministra May», «la Première ministre Theresa
#: May», «le Premier Ministre nigérien, Brigi Rafini»)
_TITLE_WORDS = {
    "fr": frozenset("""président présidente ministre sénateur sénatrice juge secrétaire
                       chancelier chancelière roi reine prince princesse gouverneur gouverneure
                       maire général générale colonel colonelle ambassadeur ambassadrice
                       professeur professeure docteur docteure député députée""".split()),
    "es": frozenset("""presidente presidenta ministro ministra senador senadora juez jueza
                       secretario secretaria canciller rey reina príncipe princesa gobernador
                       gobernadora alcalde alcaldesa general coronel embajador embajadora
                       profesor profesora doctor doctora diputado diputada""".split()),
}
#: Titles by which the languages that transliterate names name a person instead of an
#: honorific («古特雷斯秘书长», «Генеральный секретарь Гутерриш», «الأمين العام غوتيريش»).
_TITLES_ANYWHERE = {
    # (not the office in a compound: 总统任期, 总统竞选, 主席团)
    "zh": re.compile("(?:秘书长|主席|总统|总理|首相|部长|外长|大使|主任|高级专员|特使|特别代表|署长"
                     "|总干事|局长|司长|处长|院长|法官|国王|王储|将军|执行秘书|协调员|发言人)"
                     "(?!任期|竞选|选举|候选|大选|府|职|团|办公室|官邸|令|制)"),
    "ru": re.compile(r"(?<!\w)(?:генеральн\w+\s+секретар\w+|генсек\w*|председател(?!ьств)\w{0,3}"
                     r"|президент\w{0,3}|министр\w{0,3}|премьер\w*|посол|посла|послу|послом"
                     r"|директор\w{0,3}|верховн\w+\s+комиссар\w{0,3}|(?:спец)?посланник\w{0,3}"
                     r"|корол\w{1,3})(?!\w)", re.IGNORECASE),
    # (a person's title, masculine or feminine; not a plural's or dual's ending, «المديرون»,
    # «المبعوثين», «رئيسات», «مديرو»: several persons, which the source's plurals name)
    "ar": re.compile("(?:الأمين العام|الأمينة العامة|رئيس|الرئيس|رئيسة|الرئيسة|وزير|الوزير|وزيرة"
                     "|سفير|السفير|سفيرة|مدير|المدير|مديرة|المفوض|المفوضة|المبعوث|المبعوثة"
                     r"|الملك)(?!ون|ين|ات|و(?!\w))"),
}
#: The languages whose titles above are a person's alone (Arabic marks the plural in the
#: word, «رؤساء», «الوزراء», which they leave out): compared with the source's singular
#: titles only ("Prime ministers keep their jobs" names no person, and «رئيسة الوزراء تيريزا
#: ماي» for "Mrs May" is the person's title)
_SINGULAR_TITLES = frozenset({"ar"})
#: The English titles those stand for, counted in the source (in news' lower case too: "the
#: vice president", "prime ministers").
_ENGLISH_TITLE_WORDS = (
    r"(?:(?:deputy |under-|assistant )?secretary-general|(?:vice[- ])?president|premier"
    r"|prime minister|minister|ambassador|director(?:-general)?|high commissioner|envoy"
    r"|representative|chair(?:person|man|woman)?|administrator|coordinator|spokes(?:person|man"
    r"|woman)|chief|king"
    r"|queen|crown prince|judge|general|commissioner|executive secretary|secretary|head)")
_ENGLISH_TITLES = re.compile(r"\b" + _ENGLISH_TITLE_WORDS + r"s?\b", re.IGNORECASE)


#: a person's name after an honorific, then a comma and, within a few words, a title ("Mr.
#: Philemon Yang, President of the General Assembly", "Ms. Irene Khan, Special Rapporteur")
_NAME_THEN_TITLE = re.compile(
    r"(?:[\s\u00a0]+[A-ZÀ-Þ][\w'’.-]*){1,4},[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w'’-]+"
    r"[\s\u00a0]+){0,3}?(?:" + _ENGLISH_TITLE_WORDS + r"|rapporteur|expert)s?\b",
    re.IGNORECASE)
#: the titles a translation sets before a person's name (``_title_before_name``): those of
#: ``_TITLES_ANYWHERE`` and ``_TITLE_WORDS``, and the UN's special procedures and
#: representatives (not Arabic's, whose titles follow names as often as they precede them)
_APPOSED = {
    "fr": re.compile(r"(?<![\w'’-])(?:président|présidente|ministre|secrétaire|directeur"
                     r"|directrice|rapporteur|rapporteuse|représentant|représentante"
                     r"|coordonnateur|coordonnatrice|haut-commissaire|porte-parole|envoyé"
                     r"|envoyée|experte?s?|ambassadeur|ambassadrice|juge|chef|administrateur"
                     r"|administratrice)(?![\w'’-])", re.IGNORECASE),
    "es": re.compile(r"(?<![\w'’-])(?:presidente|presidenta|ministr[oa]|secretari[oa]"
                     r"|director|directora|relator|relatora|representante|coordinador"
                     r"|coordinadora|alt[oa] comisionad[oa]|portavoz|enviad[oa]|expert[oa]s?"
                     r"|embajador|embajadora|juez|jueza|jef[ea]|administrador|administradora)"
                     r"(?![\w'’-])", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:генеральн\w+\s+секретар\w+|генсек\w*|председател\w{0,3}"
                     r"|президент\w{0,3}|министр\w{0,3}|премьер\w*|посол|посла|послу|послом"
                     r"|директор\w{0,3}|верховн\w+\s+комиссар\w{0,3}|(?:спец)?посланник\w{0,3}"
                     r"|докладчик\w{0,3}|координатор\w{0,3}|представител\w{0,3}"
                     r"|эксперт\w{0,3}|судь\w{0,2}|администратор\w{0,3})(?!\w)", re.IGNORECASE),
    "zh": re.compile("秘书长|主席|总统|总理|首相|部长|外长|大使|主任|高级专员|特使|特别代表|署长"
                     "|总干事|局长|司长|院长|法官|执行秘书|协调员|发言人|特别报告员|报告员"
                     "|常驻代表|专家"),
}


def _missing(source: str, mentions: tuple[Honorific, ...], target: str,
             found: tuple[Honorific, ...], have: int) -> Honorific:
    """The source's honorific the translation lacks: the first whose name the translation
    writes with no honorific of its own right before it (a translation that keeps names in
    Latin letters: "Mr. Volker Türk, and … Ms. Mirjana Spoljaric Egger" → «…, Volker Türk,
    et …, Mme Mirjana Spoljaric Egger» lacks Mr., not Ms.); else the one past the count the
    translation has."""
    ends = {h.end for h in found}
    sought: set[str] = set()
    for mention in mentions:
        name = _NAME_AFTER.match(source, mention.end)
        if name is None or name.group(1) in sought:
            continue
        if len(sought) >= _COPIES_SOUGHT:
            break  # (a unit's few names; a long unit of thousands is not searched per name)
        word = name.group(1)
        sought.add(word)
        for at in _word_places(target, word):
            if not any(at - gap in ends and not target[at - gap:at].strip(" \u00a0")
                       for gap in range(4)):
                return mention
            break  # (named with an honorific: not this one)
    # else the first of a gender the translation has fewer of ("Mr Corbyn … Mrs Cox" →
    # «科尔宾 … 考克斯夫人» lacks the Mr, not the Mrs), then the one past the count
    wanted, kept = _genders(mentions), _genders(found)
    short = {gender for gender in ("m", "f") if wanted[gender] > kept[gender]}
    if short and len(short) < 2:
        candidates = [mention for mention in mentions if mention.genders & short]
        # not a title of rank the translation keeps ("Sir William … Mr Goldsmith" →
        # «сэра Уильяма … Джон Голдсмит» lacks the Mr: NTREX-128's Russian)
        folded = target.casefold()
        return next((m for m in candidates if not any(
            form in folded for form in _KEPT_FORMS.get(m.text.casefold().rstrip("."), ()))),
            candidates[0])
    return mentions[have] if have < len(mentions) else mentions[0]


#: A title of rank as the six languages keep it before a name (the translation's «сэр» is
#: the source's "Sir"; the check's honorifics of the languages do not pair them)
_KEPT_FORMS = {"sir": ("sir", "сэр", "السير", "爵士"), "dame": ("dame", "дама", "女爵士"),
               "lord": ("lord", "лорд", "اللورد", "勋爵"), "lady": ("lady", "леди", "الليدي")}


def _word_places(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (a name found as the source writes
    it), in text order."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            yield at
        at = text.find(word, end)


def _title_apposed(source: str, mention: Honorific) -> bool:
    """Does the source give the person of ``mention`` a title in apposition, right after the
    name ("Mr. X, President of …"), or right before it ("The Special Rapporteur on …, Ms.
    X,", "the High Commissioner for Refugees, Mr. Y")?"""
    return _apposed[source, mention.start, mention.end]


@memo()
def _apposed(source: str, start: int, end: int) -> bool:
    """``_title_apposed`` of the mention at ``start``:``end``, once for the source's five
    translations: a question of the source alone, which the benchmark's translations that
    lack an honorific (6,244 of its units) each asked again (5-6 us a time, most of it
    ``_NAME_THEN_TITLE``)."""
    if _NAME_THEN_TITLE.match(source, end) is not None:
        return True
    before = source[max(0, start - _TITLE_REACH):start].rstrip()
    if not before.endswith(","):
        return False
    clause = before[:-1]
    stops = list(_SENTENCE_STOP.finditer(clause))
    if stops:
        clause = clause[stops[-1].end():]
    return _TITLE_IN_CLAUSE.search(clause) is not None


#: what ends the stretch of a source before a name a title is looked for in (not a comma:
#: "The Special Rapporteur on the rights of indigenous peoples, Ms. X")
_SENTENCE_STOP = re.compile(r"[.!?;:«»“”\"]\s")
_TITLE_IN_CLAUSE = re.compile(r"\b(?:" + _ENGLISH_TITLE_WORDS + r"|rapporteur|expert)s?\b",
                              re.IGNORECASE)


#: An Arabic title (its clitics and article before it), the rest of its clause, a comma, and
#: one to four words that do not begin a clause or an honorific (a name) before the next
#: mark or the end: «بالمفوض السامي لحقوق الإنسان، فولكر تورك،»; not «قال رئيس المجلس، في
#: بيان،» nor «رئيس الجمعية، السيد …» (the honorific kept)
_AR_AFTER = r"(?![\w\u0600-\u06ff])"
_AR_TITLE_WORDS = (r"(?:أمين|أمينة|مقرر|مقررة|ممثل|ممثلة|مفوض|مفوضة|رئيس|رئيسة|وزير|وزيرة|مدير"
                   r"|مديرة|منسق|منسقة|مبعوث|مبعوثة|خبير|خبيرة|سفير|سفيرة|قاضي|قاضية|مستشار"
                   r"|مستشارة|نائب|نائبة|وكيل|وكيلة|مساعد|مساعدة|متحدث|متحدثة)")
_ARABIC_TITLE = (r"(?<![\w\u0600-\u06ff])[وفبلك]{0,2}(?:ال)?(" + _AR_TITLE_WORDS + r")"
                 + _AR_AFTER)
#: words that begin or join a clause, which no name holds: a stretch with one is no name
_AR_CLAUSE_WORD = (
    r"(?:و|ف)?(?:السيد|السيدة|سعادة|الدكتور|الدكتورة|في|من|إلى|على|عن|مع|(?:إن|أن|بأن|لأن)"
    r"(?:ه|ها|هم|نا)?|الذي|التي|الذين|وقد|قد|لقد|حيث|كما|بعد|قبل|خلال|يوم|اليوم|أمس|غدا|صباح"
    r"|مساء|هذا|هذه|ذلك|تلك|أيضا|للصحفيين|لوسائل|عقب|أثناء|قال|قالت|لدى)" + _AR_AFTER)
_AR_NAME_WORD = r"(?!" + _AR_CLAUSE_WORD + r")[^\s،.:؛!?؟\d]+"
#: words that join a clause to another: a title's own clause holds none
_AR_JOINING = (r"(?:و|ف)?(?:(?:إن|أن|بأن|لأن)(?:ه|ها|هم|نا)?|الذي|التي|الذين|قال|قالت|حيث"
               r"|كما|تفيد|يفيد)" + _AR_AFTER)
_ARABIC_TITLE_THEN_NAME = re.compile(
    # the title and its clause, which joins no other (no «بأن», «الذي»), to a comma
    _ARABIC_TITLE + r"(?:(?!\s" + _AR_JOINING + r")[^.:؛،!?؟\n]){0,160}،\s*"
    # a name: not another title («…، وزير الشؤون الداخلية،»), nor a clause
    r"(?![وفبلك]{0,2}(?:ال)?" + _AR_TITLE_WORDS + _AR_AFTER + r")"
    + _AR_NAME_WORD + r"(?:\s+" + _AR_NAME_WORD + r"){0,3}\s*(?:[،.:؛!?؟]|$)")
_ARABIC_TITLES = re.compile(_ARABIC_TITLE)
#: how far before a name (fr, es) a title set before it is looked for: «la Coordinadora
#: Residente y de Asuntos Humanitarios para el Sudán, Clementine»
_TITLE_REACH = 160
#: what ends the clause before a name a title is looked for in
_STOP = re.compile(r"[,.!?;:«»“”\"]")


def _title_before_name(source: str, mention: Honorific, target: str, lang: str) -> str | None:
    """The title the translation sets before the name of ``mention`` (``_APPOSED``), or None.
    Russian and Chinese set a title before the name («Председатель Генеральной Ассамблеи
    Филемон Янг», «大会主席菲勒蒙·扬»), whose transliteration is not found: any title of
    theirs; French and Spanish keep the name in Latin letters: a title in the stretch of the
    sentence before it; Arabic names are not found either, and its titles follow them as
    often: a title, its clause, a comma and a name of a few words set off by the next mark
    («وقالت المقررة الخاصة المعنية …، إيرين خان:»)."""
    base = lang.split("_")[0].split("-")[0]
    if base == "ar":
        found = _ARABIC_TITLE_THEN_NAME.search(target)
        if found is None:
            return None
        # (the title nearest the name: «الأمين العام … بالمفوض السامي …، فولكر تورك»)
        return str(_ARABIC_TITLES.findall(found.group().split("،")[0])[-1])
    pattern = _APPOSED.get(base)
    if pattern is None:
        return None
    if base in ("ru", "zh"):
        found = pattern.search(target)
        return found.group(0) if found is not None else None
    name = _NAME_AFTER.match(source, mention.end)
    if name is None:
        return None
    for at in _word_places(target, name.group(1)):
        before = target[max(0, at - _TITLE_REACH):at].rstrip()
        if before.endswith(","):
            # «…, afirmó la Relatora Especial sobre …, Mary Lawlor»: the clause before
            before = before[:-1]
            stops = list(_STOP.finditer(before))
            if stops:
                before = before[stops[-1].end():]
        else:  # «la Sous-Secrétaire générale Asako Okai»: right before the name
            before = " ".join(_WORDS_BEFORE.findall(before)[-3:])
        titles = pattern.findall(before)
        if titles:
            return str(titles[-1])
    return None


@memo(spread=False)
def _english_titles(source: str) -> tuple[int, int]:
    """How many titles the source names, and how many of them in the singular ("prime
    ministers" is a plural), once for its translations."""
    found = [m.group(0) for m in _ENGLISH_TITLES.finditer(source)
             if m.group(0) != "general" or not _adjective_general(source, m.start(), m.end())]
    return len(found), sum(not title.lower().endswith("s") for title in found)


def _adjective_general(source: str, start: int, end: int) -> bool:
    """Is the lower-case "general" at ``source[start:end]`` the adjective before a common
    noun ("the general public", "a general assembly of shareholders", "general elections") or
    the adverb ("in general"), no person's title? Not after a title's noun ("the deputy
    attorney general said", "inspector general"), nor before a title's own noun ("general
    manager", "general counsel"), a verb or a little word ("the general said", "the general
    who"). A capital is always the title's: "General Ma Xiaotian", "the General Assembly"
    (t65/hA: "the general public" had been a source's title, and «رئيسة الوزراء تيريزا ماي»
    for "Mrs May" no title beyond it: TP105 warned)."""
    before = _GENERAL_BEFORE.search(source, max(0, start - _GENERAL_REACH), start)
    if before is not None and before.group(1).lower() in _TITLE_BEFORE_GENERAL:
        return False
    if before is not None and before.group(1).lower() == "in":
        return True  # "in general"
    after = _GENERAL_AFTER.match(source, end)
    return after is not None and after.group(1) not in _NO_NOUN_AFTER_GENERAL \
        and not after.group(1).endswith("ed")  # ("the general ordered")


_GENERAL_REACH = 24
_GENERAL_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]$")
#: a lower-case word after "general" (one blank: "general, and" is no adjective)
_GENERAL_AFTER = re.compile(r"[ \u00a0]([a-z]+)\b")
#: the nouns a title "general" follows ("the attorney general", "major general")
_TITLE_BEFORE_GENERAL = frozenset((
    "attorney", "surgeon", "inspector", "solicitor", "auditor", "consul", "comptroller",
    "postmaster", "procurator", "prosecutor", "secretary", "director", "adjutant", "governor",
    "vicar", "major", "lieutenant", "brigadier", "commissioner", "registrar"))
#: the words after a title "general": a title's own noun ("general manager"), a verb or a
#: little word ("the general said", "the general of the army", "the general who")
_NO_NOUN_AFTER_GENERAL = frozenset((
    "manager", "secretary", "director", "counsel", "consul", "coordinator", "rapporteur",
    "officer", "said", "says", "told", "tells", "stated", "states", "added", "adds", "noted",
    "warned", "announced", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
    "from", "by", "with", "as", "than", "who", "whom", "whose", "which", "that", "was", "is",
    "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "did", "does", "do", "also", "himself", "herself", "then", "when",
    "while", "after", "before", "during", "since", "until", "if", "the", "a", "an", "his",
    "her", "their", "its", "s"))


def _source_titles(source: str, base: str) -> int:
    """The source's titles a translation's titles in ``base`` are counted against."""
    every, singular = _english_titles[source]
    return singular if base in _SINGULAR_TITLES else every


def title_beyond_source(source: str, target: str, lang: str) -> str | None:
    """A title the translation names beyond the titles the source names ("Ms. Okai said" ->
    «a déclaré la Sous-Secrétaire générale», «الأمينة العامة المساعدة»), or None."""
    base = lang.split("_")[0].split("-")[0]
    pattern = _TITLES_ANYWHERE.get(base) or _title_words_re(base)
    if pattern is None or pattern.search(target) is None:
        return None  # (most: no title)
    found = pattern.findall(target)
    return str(found[0]) if len(found) > _source_titles(source, base) else None


@cache
def _title_words_re(base: str) -> re.Pattern[str] | None:
    """``_TITLE_WORDS`` of a language as one pattern, any case."""
    words = _TITLE_WORDS.get(base)
    if not words:
        return None
    # (a word of its own, as ``_WORDS_BEFORE`` reads words: not «Sous-Secrétaire»)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(words, key=len, reverse=True))
                      + r")(?![\w'’-])", re.IGNORECASE)


_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*")
#: the name after an honorific: its first word
_NAME_AFTER = re.compile(r"[\s\u00a0]+([A-ZÀ-Þ][\w'’-]+)")


def _titled(source: str, mentions: tuple[Honorific, ...], target: str,
            lang: str) -> str | None:
    """The title the translation names one of the source's honorific persons by, just before
    the name ("Mrs May" -> «la Primera Ministra May»), or None. Only where the translation keeps
    the name in Latin letters (French, Spanish), to find it."""
    base = lang.split("_")[0].split("-")[0]
    if base in _TITLES_ANYWHERE:
        # (the name is transliterated, so not found: a title the translation has beyond the
        # source's titles, as UN Chinese writes «古特雷斯秘书长» for "Mr. Guterres"; not the
        # Secretary-General whom the source names too)
        first = _TITLES_ANYWHERE[base].search(target)
        if first is None:
            return None  # (most: no title at all)
        named = _source_titles(source, base)
        return first.group(0) if not named or len(
            _TITLES_ANYWHERE[base].findall(target)) > named else None
    titles = _TITLE_WORDS.get(base)
    if titles is None:
        return None
    for mention in mentions[:_COPIES_SOUGHT]:
        name = _NAME_AFTER.match(source, mention.end)
        if name is None:
            continue
        for at in _word_places(target, name.group(1)):
            for before in _WORDS_BEFORE.findall(target, max(0, at - 40), at)[-3:]:
                if before.lower() in titles:
                    return str(before)
    return None


#: how many different honorifics-and-names of a unit are sought in its translation (a
#: unit's few; a long unit of thousands is not searched once per name)
_COPIES_SOUGHT = 32


def _copies(source: str, mentions: tuple[Honorific, ...], target: str) -> int:
    """How many of ``mentions`` the translation copies as the source writes them (each
    different one sought once)."""
    if not any(word in target for word in {m.text.strip().rstrip(".") for m in mentions}):
        return 0  # (most: the translation writes its own honorifics, or none)
    found: dict[str, bool] = {}
    count = 0
    for mention in mentions:
        word = _WORD_AFTER.match(source, mention.end)
        key = source[mention.start:word.end()] if word is not None else ""
        if key not in found:
            if len(found) >= _COPIES_SOUGHT:
                break
            found[key] = _copied(source, mention, target)
        count += found[key]
    return count


#: the word after an honorific: the name it stands before
_WORD_AFTER = re.compile(r"[\s\u00a0]+[^\s\u00a0,;:()]+")


def _copied(source: str, mention: Honorific, target: str) -> bool:
    """Is the source's honorific, with the word after it, copied as it stands into the
    translation (a brand, a title in the source's language: "Dr. PawPaw")?"""
    word = _WORD_AFTER.match(source, mention.end)
    if word is None or word.group().lstrip() not in target:
        return False  # (most: the name is not copied, or not at all in Latin letters)
    # (with or without the honorific's point: "Mr Bean" is «Mr. Bean» in Spanish)
    copied = source[mention.start:word.end()].rstrip(".")
    return copied in target or copied.replace(".", "") in target.replace(".", "")


#: plural honorifics, which stand before several names: MM., Messieurs, Mmes, Messrs., Sres.,
#: los señores, гг., السادة
_PLURAL = re.compile(r"(?:MM\.|Messieurs|Mmes|Mesdames|Messrs\.?|Mses\.?|Sres\.|Sras\.|"
                     r"Señores|Señoras|гг\.|господа|السادة|السيدات)", re.IGNORECASE)
#: a name after a plural honorific, then the comma or "and" before the next one
_NEXT_NAME = re.compile(r"\s*(?:,\s*|\s(?:et|and|y|e|и|و)\s+)?"
                        r"[A-ZÀ-ÞА-ЯЁ\u0621-\u064a][\w'’.-]*(?:\s+(?:al-|Al-|de |da |van |von )?"
                        r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]*){0,3}")


def _persons(text: str, mentions: tuple[Honorific, ...]) -> int:
    """The persons ``mentions`` name: one each, but for a plural honorific as many as the
    names after it (at most twenty: a list, not a text)."""
    count = 0
    for mention in mentions:
        if not _PLURAL.fullmatch(mention.text.strip()):
            count += 1
            continue
        names, at = 0, mention.end
        while names < 20 and (name := _NEXT_NAME.match(text, at)) is not None:
            names += 1
            at = name.end()
        count += max(1, names)
    return count


@check("TP106", "honorific-gender", Severity.ERROR, "terminology")
def honorific_gender(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A person's honorific changes gender: "Mr." became «Mme», «г-жа», «السيدة», «女士»."""
    source = _honorifics[unit.source, ctx.source_lang]
    if not source:
        return ()
    target = _honorifics[unit.target, unit.lang]
    if not target:
        return ()  # nothing to be mixed, nor of the other gender
    return _honorific_gender(unit, source, target)


def _honorific_gender(unit: Unit, source: tuple[Honorific, ...],
                      target: tuple[Honorific, ...]) -> Iterator[Finding]:
    if not any(len(h.genders) > 1 for h in source):
        mixed = next((h for h in target if len(h.genders) > 1), None)
        if mixed is not None:  # «Excmo. Sra.», «Ее Превосходительство г-н»
            yield finding("TP106", unit, f"«{mixed.text}» mixes a male and a female honorific",
                          span=(mixed.start, mixed.end))
            return
    want, have = _genders(source), _genders(target)
    for gender in ("m", "f"):
        other = _OTHER[gender]
        if have[gender] < want[gender] and have[other] > want[other]:
            wrong = next(h for h in target if other in h.genders)
            mention = next(h for h in source if gender in h.genders)
            yield finding("TP106", unit, f"«{mention.text}» ({_GENDER[gender]}) became "
                          f"«{wrong.text}» ({_GENDER[other]})", expected=mention.text,
                          span=(wrong.start, wrong.end))


@cache
def _referring(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A third-person pronoun, and a verb of saying without its subject where the language
    drops it (Spanish, Arabic): data/referents.json's ``person``."""
    base = lang.split("_")[0].split("-")[0]
    data = referent_data()["person"]  # (the file ``referents`` reads, read once)
    return _words_re(data["pronouns"].get(base, ()), base), _words_re(
        data["verbs"].get(base, ()), base)


def _words_re(words: Iterable[str], base: str) -> re.Pattern[str] | None:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not alternatives:
        return None
    if base == "zh":  # (not 其他, "other"; not 他们, 她们, "they"; not 他人, "others")
        return re.compile(rf"(?<!其)(?:{alternatives})(?![们人])")
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


#: the source's own third-person pronouns (a translation's stand for these first)
_EN_PRONOUNS = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
#: a verb of saying, near the name it has for subject ("…,” Ms. Okai said.", "said Ms. Okai")
_EN_SAID = re.compile(r"\b(?:said|says|stated|added|noted|stressed|explained|emphasi[sz]ed"
                      r"|underlined|underscored|highlighted|warned|concluded|declared|observed"
                      r"|recalled|urged|announced|affirmed|insisted|reiterated)\b")


def referred_to(source: str, target: str, lang: str, at: int) -> str | None:
    """The word by which a translation refers to a person the source names at ``at``
    without naming them: a third-person pronoun beyond the source's own («elle», «она»,
    «她»), or, where the source gives the person a verb of saying, that verb without a subject
    («afirmó», «وقالت»); None otherwise."""
    pronoun, verb = _referring(lang)
    if pronoun is not None and pronoun.search(target) is not None:
        found = pronoun.findall(target)
        if len(found) > len(_EN_PRONOUNS.findall(source)):
            return str(found[0])
    if verb is not None and _EN_SAID.search(source, max(0, at - 40), at + 60):
        said = verb.search(target)
        if said is not None:
            return said.group(0)
    return None


#: a name after an honorific that is one word: a surname, the person named again ("Ms.
#: Okai said"), not a first mention's full name ("Dr. Aïcha Konaté, a researcher")
_SURNAME_AFTER = re.compile(r"[\s\u00a0]+[A-ZÀ-Þ][\w'’-]+(?![\w'’-]|[\s\u00a0]+[A-ZÀ-Þ])")


@memo()
def _surnames_only(source: str, lang: str) -> bool:
    """Does the source name each of its honorifics' persons by a surname alone? (Once for
    its translations.)"""
    return all(_SURNAME_AFTER.match(source, m.end)
               for m in _honorifics[source, lang][:_COPIES_SOUGHT])


def _unnamed(ctx: CheckContext, unit: Unit, mentions: tuple[Honorific, ...]) -> bool:
    """Does the translation leave out the names the source gives with its honorifics? Where
    names keep their Latin letters (French, Spanish), none of them is in it; where they are
    transliterated, only a person of the termbase can be looked for: the source names one
    and the translation none of its forms (news' «弗里曼» for "Ms Freeman" is the name)."""
    if unit.lang.split("_")[0] in _TITLE_WORDS:
        return not any(word in unit.target for word in _name_words(unit.source, mentions))
    persons = _persons_named(ctx, unit.source)
    if not persons:
        return False
    # (each person's forms, surnames included, sought as substrings: a Russian name's stem
    # takes its cases, an Arabic clitic stands before it; a scan of the termbase, 3 times
    # as long, asked as much of most units)
    matcher = ctx.matcher(unit.lang)
    return not any(_STEM_END.sub("", form.text) in unit.target
                   for concept in persons for form in matcher.forms_of(concept))


def _spelt_otherwise(source: str, mentions: tuple[Honorific, ...], target: str,
                     lang: str) -> bool:
    """Where names keep their Latin letters, does the translation hold a capitalised word
    that may be one of the names spelt its own way (its first three letters, accents set
    aside: «Élisabeth» for "Elizabeth")? Then the person is named,
    and the honorific dropped before the name."""
    if lang.split("_")[0] not in _TITLE_WORDS:
        return False  # (a person of the termbase, sought in all its forms)
    starts = {_bare(word)[:3] for word in _name_words(source, mentions)}
    return any(_bare(word)[:3] in starts for word in _CAPITALISED.findall(target))


#: a capitalised word (a name, or a sentence's first word)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]{2,}")


def _bare(word: str) -> str:
    """``word`` without its accents, in lower case."""
    return "".join(char for char in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(char)).casefold()


def _persons_named(ctx: CheckContext, source: str) -> frozenset[str]:
    """The termbase's persons the source names after its honorifics (each name looked up
    alone: a scan of a word, not of the source), once for its translations."""
    key = ("TP105-persons", source)
    known: frozenset[str] | None = ctx.source_memo(key)
    if known is None:
        matcher = ctx.matcher(ctx.source_lang)
        known = ctx.remember(key, frozenset(
            h.concept for word in _name_words(source, _honorifics[source, ctx.source_lang])
            for h in matcher.find(word) if ctx.categories.get(h.concept) == "person"))
    return known


#: a Russian name's ending that its cases change («Ирина» «Ирины»)
_STEM_END = re.compile(r"(?<=\w{3})[аяоеиыуюь]$")


def _name_words(source: str, mentions: tuple[Honorific, ...]) -> list[str]:
    """The names after the source's honorifics (their first word each)."""
    names = (_NAME_AFTER.match(source, m.end) for m in mentions[:_COPIES_SOUGHT])
    return [name.group(1) for name in names if name is not None]
