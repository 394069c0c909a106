"""Numbers a source says by an idiom a translation may say without them (used by TP301).

"24 hours a day, 7 days a week", "24/7", "around the clock" are «على مدار الساعة وطوال أيام
الأسبوع», «круглосуточно и без выходных», «jour et nuit», «全天候»: UN translators say the
idiom, not its numbers; "over 24 hours" is «за сутки». "100 percent certain" is «tiene la
absoluta certeza», «totalmente seguro», «абсолютно уверен»; "the past 100 years" «depuis un
siècle» (NTREX-128's news); "a 3rd party app" «стороннее приложение», "a 1-piece frame" «une
armature monobloc» (WMT 2023's reviews); a tournament's "last 16" «les huitièmes de finale»,
«los octavos de final», «1/8 финала». A number of the source inside such an idiom, missing
from a translation that has one of its language's words for it, is told to a reviewer (info),
never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transpub.checks.frequency import times_beside
from transpub.hanfold import simplified
from transpub.numfind import NumberMention


@dataclass(frozen=True)
class Idiom:
    """An idiom of the source holding a number, and what each language says instead (a
    word's stem where it declines)."""

    what: str
    gate: tuple[str, ...]  # what the source must hold for the idiom to be sought at all
    source: re.Pattern[str]
    target: dict[str, re.Pattern[str]]
    # when given, a word of ``target`` says the idiom only beside one of these (its quality:
    # «totalement efficace», «完全有效»), within a few words
    near: dict[str, re.Pattern[str]] | None = None
    # a frequency's: the source's own words for it ("per day", "annual report"), each of which
    # a word of ``target`` translates, so that only a word beyond theirs says the idiom
    # (``_frequency_said``)
    said: re.Pattern[str] | None = None


_I = re.IGNORECASE

IDIOMS = (
    Idiom(
        "round the clock, every day", ("24", "7 ", "365"),
        # a time said by the hours of a day or the days of a week or a year: any time
        re.compile(r"(?<![\w.,])(?:24(?:\s*(?:hours?|hrs?)\s+(?:a|per|each)\s+day|\s*/\s*7)"
                   r"|7\s+days\s+(?:a|per|each)\s+week|365\s+days\s+(?:a|per|each)\s+year)", _I),
        {
            "ar": re.compile(r"على\s+مدار\s+(?:الساعة|اليوم|الأسبوع|السنة)|طوال\s+(?:أيام\s+)?"
                             r"(?:الأسبوع|اليوم|الوقت|السنة|العام)|ليلا?\s+ونهارا?|ليل\s+نهار"),
            "fr": re.compile(r"jour\s+et\s+nuit|en\s+permanence|sans\s+interruption|tous\s+les"
                             r"\s+jours|toute\s+l'année|non-stop|7\s+jours\s+sur\s+7|24\s+heures"
                             r"\s+sur\s+24", _I),
            "es": re.compile(r"d[íi]a\s+y\s+noche|permanentemente|sin\s+interrupci[óo]n"
                             r"|todos\s+los\s+d[íi]as|todo\s+el\s+año|ininterrumpidamente", _I),
            "ru": re.compile(r"круглосуточн|без\s+выходных|ежедневн|круглый\s+год|днем\s+и"
                             r"\s+ночью|сут(?:ки|ок|кам|ках)(?![а-яё])", _I),
            # («时刻保持在线», "is available 24 hours a day": at every moment)
            "zh": re.compile(r"全天候|昼夜|日夜|全天|全年无休|不间断|每天|每日|每周七天|一周七天"
                             r"|一天|时刻|随时"),
        }),
    Idiom(
        "a day and a night", ("24",),
        # "over 24 hours" is «за сутки», "within 24 hours" «一天内»: a day's span. Only the
        # words for that: "within 24 hours" as «随时», «en permanence», «ежедневно» ("any
        # time", "every day"; t64/hJ F8), or as «круглосуточно», «全天候», «على مدار الساعة»
        # ("round the clock"), «每一天» ("every day"), is a deadline lost (t65/hF finding 4):
        # the idiom above's words say "24 hours a day", "24/7", the one below a service's
        re.compile(r"(?<![\w.,])24\s*-?\s*hours?\b", _I),
        {
            "ar": re.compile(r"يوم\s+واحد|(?:خلال|غضون)\s+يوم(?!\w)"),
            "ru": re.compile(r"(?<![а-яё])сут(?:ки|ок|кам|ках)(?![а-яё])", _I),
            "zh": re.compile(r"(?<![每第同当某前后这那哪另整])一(?:天|日|昼夜)"),
        }),
    Idiom(
        "round the clock", ("24",),
        # "a 24-hour hotline" is «круглосуточная линия», «全天候热线», "open 24 hours"
        # «ouvert jour et nuit»: a service through the day and the night (an adjective of
        # the service, or a verb of its being open), not a deadline or a span ("within a
        # 24-hour period")
        re.compile(r"(?<![\w.,])24(?:\s*-\s*|\s+)hour\b(?!\s+(?:period|deadline|window|notice"
                   r"|delay|ceasefire|truce|time\s+limit)\b)|\b(?:open|available|staffed"
                   r"|operat\w*|running|manned|on\s+call)\s+24\s*hours\b", _I),
        {
            "ar": re.compile(r"على\s+مدار\s+(?:الساعة|اليوم)|طوال\s+اليوم|ليلا?\s+ونهارا?"),
            "fr": re.compile(r"24\s+heures\s+sur\s+24|permanen|jour\s+et\s+nuit", _I),
            "es": re.compile(r"permanente|d[íi]a\s+y\s+noche|ininterrumpid", _I),
            "ru": re.compile(r"круглосуточн", _I),
            "zh": re.compile(r"全天候|昼夜|全天"),
        }),
    # a frequency: "every 24 hours" is «ежедневно», «每天», «يوميا», «diariamente»,
    # «quotidiennement»; "every 7 days" «chaque semaine», «hebdomadaire»; "every 12 months"
    # «ежегодно», "every 60 minutes" «toutes les heures» (t65/fL finding 4, t66/fB): the
    # larger unit's adverb or "every" with it, never the deadline "within 24 hours" (a day
    # and a night above), and only its own number: "every 48 hours" is no «ежедневно»
    Idiom(
        "daily", ("24",),
        re.compile(r"\b(?:every|each)\s+24\s*(?:-\s*)?(?:hours?|hrs?)\b", _I),
        {
            "ar": re.compile(r"يومي|كل\s+يوم(?!\w)"),
            "fr": re.compile(r"quotidien|chaque\s+jour|tous\s+les\s+jours|par\s+jour", _I),
            # («al día» said alone is "up to date": «se ponen al día»; once a day is)
            "es": re.compile(r"diari[ao]|cada\s+d[íi]a|todos\s+los\s+d[íi]as|vez\s+al\s+d[íi]a"
                             r"|por\s+d[íi]a", _I),
            "ru": re.compile(r"ежедневн|ежесуточн|(?<![а-яё])кажд\w+\s+(?:день|сутки)"
                             r"|раз\s+в\s+(?:день|сутки)", _I),
            "zh": re.compile(r"每天|每日|每一天|天天"),
        },
        said=re.compile(r"\b(?:daily|everyday|(?:per|a|each|every)\s+day)\b(?!\s+(?:earlier|later"
                        r"|before|after|ago|or\s+two)\b)", _I)),
    Idiom(
        "weekly", ("7 ",),
        re.compile(r"\b(?:every|each)\s+7\s+days\b", _I),
        {
            "ar": re.compile(r"أسبوعي|كل\s+أسبوع(?!\w)"),
            "fr": re.compile(r"hebdomadaire|chaque\s+semaine|toutes\s+les\s+semaines"
                             r"|par\s+semaine", _I),
            "es": re.compile(r"semanal|cada\s+semana|todas\s+las\s+semanas|a\s+la\s+semana"
                             r"|por\s+semana", _I),
            "ru": re.compile(r"еженедельн|(?<![а-яё])кажд\w+\s+недел|раз\s+в\s+неделю", _I),
            "zh": re.compile(r"每周|每星期|每个星期|每礼拜|每一周"),
        },
        said=re.compile(r"\b(?:weekly|(?:per|a|each|every)\s+week)\b(?!\s+(?:earlier|later"
                        r"|before|after|ago)\b)", _I)),
    Idiom(
        "yearly", ("12 ",),
        re.compile(r"\b(?:every|each)\s+12\s+months\b", _I),
        {
            "ar": re.compile(r"سنوي|كل\s+(?:عام|سنة)(?!\w)"),
            "fr": re.compile(r"annuel|chaque\s+ann[ée]e|tous\s+les\s+ans|par\s+an\b", _I),
            "es": re.compile(r"anual|cada\s+año|todos\s+los\s+años|al\s+año|por\s+año", _I),
            "ru": re.compile(r"ежегодн|(?<![а-яё])кажд\w+\s+год|раз\s+в\s+год", _I),
            "zh": re.compile(r"每年|每一年"),
        },
        said=re.compile(r"\b(?:annual(?:ly)?|yearly|per\s+annum|(?:per|a|each|every)\s+year)\b"
                        r"(?!\s+(?:earlier|later|before|after|ago)\b)", _I)),
    Idiom(
        "hourly", ("60 ",),
        re.compile(r"\b(?:every|each)\s+60\s+minutes\b", _I),
        {
            "ar": re.compile(r"كل\s+ساعة(?!\w)"),
            "fr": re.compile(r"toutes\s+les\s+heures|chaque\s+heure|par\s+heure", _I),
            "es": re.compile(r"cada\s+hora|por\s+hora", _I),
            "ru": re.compile(r"ежечасн|(?<![а-яё])кажд\w+\s+час|раз\s+в\s+час", _I),
            "zh": re.compile(r"每小时|每个小时|每个钟头"),
        },
        said=re.compile(r"\b(?:hourly|(?:per|an|each|every)\s+hour)\b(?!\s+(?:earlier|later"
                        r"|before|after|ago)\b)", _I)),
    Idiom(
        "completely", ("100",),
        # "100 percent certain", "100% sure": certainty, not a share; "a system which is 100%
        # free", «totalement libre» (Debian's releases, t63/h6): a quality entire. Said by
        # the words' adverb next to the quality (``near``): «au total», «en total» ("in all")
        # and «十分» ("very") are no such words, and «efficace ; au total, 5 doses» for "100%
        # effective; a total of 5 doses" drops the 100 (t64/hJ F8)
        re.compile(r"(?<![\w.,])100\s*(?:%|per\s*cent|percent)\s+(?:<[^<>]*>\s*)?(?:certain"
                   r"|sure|confident|convinced|committed|behind|right|correct|true|honest"
                   r"|positive|free|safe|secure|accurate|compatible|effective)\b", _I),
        {
            "ar": re.compile(r"تمام[اًا]|كلي[اًا]|مطلق|بالكامل|(?:مائة|مئة)\s+(?:بالمائة|بالمئة"
                             r"|في\s+المائة|في\s+المئة)"),
            "fr": re.compile(r"absolu|totalement|(?<!\bau\s)(?<!\ben\s)(?<!\bun\s)(?<!\ble\s)"
                             r"(?<!\bdu\s)totale?s?\b|compl[èe]t|enti[èe]rement|tout\s+[àa]\s+fait"
                             r"|cent\s+pour\s+cent", _I),
            "es": re.compile(r"absolut|totalmente|(?<!\ben\s)(?<!\bun\s)(?<!\bel\s)(?<!\bdel\s)"
                             r"total(?:es)?\b|complet|plenamente|por\s+completo|cien\s+por\s+cien",
                             _I),
            "ru": re.compile(r"абсолютн|полност|совершенно|на\s+все\s+сто|стопроцентн", _I),
            "zh": re.compile(r"百分之百|百分百|完全|绝对|毫无疑问"),
        },
        # the qualities, as the languages say them (a stem where they decline)
        near={
            "ar": re.compile(r"متأكد|واثق|يقين|مقتنع|ثقة|ملتزم|التزام|يدعم|تدعم|دعم|محق|صحيح"
                             r"|دقيق|صادق|حقيقي|\b(?:[وب]?ال)?حر(?:ة|ا|ية)?\b|مجان|آمن|أمان"
                             r"|مأمون|متوافق|يتوافق|فعال|فعالي|ناجع|فاعل"),
            "fr": re.compile(r"certain|certitude|sûre?s?\b|convaincu|confian|engag|soutien"
                             r"|soutient|derri[èe]re|raison|correct|exact|vrai|honn[êe]t|pr[ée]cis"
                             r"|juste|fid[èe]le|libre|gratuit|s[ée]curi|sans\s+(?:danger|risque)"
                             r"|compatib|efficac|efficient", _I),
            "es": re.compile(r"segur|certeza|convencid|conf[íi]a|comprometid|compromiso|apoy"
                             r"|respald|raz[óo]n|correct|exact|verdad|cierto|honest|precis|fiel"
                             r"|libre|gratuit|sin\s+riesgo|compatib|efica|efectiv|eficient", _I),
            "ru": re.compile(r"(?<![а-яё])(?:уверен|убежд|привержен|поддерж|прав(?!ительств)"
                             r"|верн[аоыяуе]|точн|честн|корректн|истин|свобод|бесплат|безопас"
                             r"|защищ|над[её]жн|совместим|эффективн|действенн)", _I),
            "zh": re.compile(r"确定|肯定|确信|把握|相信|信心|致力|支持|承诺|正确|准确|真实"
                             r"|诚实|精确|属实|自由|免费|安全|可靠|兼容|相容|有效|奏效|效果"),
        }),
    Idiom(
        "a century", ("100 ",),
        # "in the past 100 years" is «depuis un siècle»
        re.compile(r"(?<![\w.,])100\s+years\b", _I),
        {
            "ar": re.compile(r"قرن"),
            "fr": re.compile(r"si[èe]cle", _I),
            "es": re.compile(r"siglo", _I),
            "ru": re.compile(r"(?<![а-яё])век(?:а|ов|е|у|ом)?(?![а-яё])|столети", _I),
            "zh": re.compile(r"世纪|百年"),
        }),
    Idiom(
        "someone else's", ("3rd",),
        # "a 3rd party app" is «стороннее приложение», «une application tierce»
        re.compile(r"(?<![\w.,])3rd[\s-]+part(?:y|ies)\b", _I),
        {
            "ar": re.compile(r"(?:طرف|أطراف|جهات?)\s+(?:ثالث|خارجي)|خارجي"),
            "fr": re.compile(r"tier(?:ce)?s?\b", _I),
            "es": re.compile(r"tercer|ajen[oa]s?\b|externo", _I),
            "ru": re.compile(r"сторонн|третьих\s+лиц|третьей\s+сторон", _I),
            "zh": re.compile(r"第三方|外部"),
        }),
    Idiom(
        "of a piece", ("1-p", "1 p"),
        # "the 1-piece plastic frame" is «цельная рама», «le cadre monobloc»
        re.compile(r"(?<![\w.,])1[\s-]piece\b", _I),
        {
            "ar": re.compile(r"قطعة\s+واحدة|متكامل|مدمج"),
            "fr": re.compile(r"monobloc|d'une\s+(?:seule\s+)?pi[èe]ce|d'un\s+seul\s+tenant", _I),
            "es": re.compile(r"monobloque|de\s+una\s+(?:sola\s+)?pieza|enteriz", _I),
            "ru": re.compile(r"цельн|монолитн|из\s+одного\s+куска|единой\s+детал", _I),
            "zh": re.compile(r"一体|整体|一件式"),
        }),
    Idiom(
        "the first", ("1",),
        # "public enemy number 1" is «头号公敌», «l'ennemi public numéro un»
        re.compile(r"(?<![\w.,])(?:number|No\.?)\s*1(?![\d.,]\d|\d)", _I),
        {
            "ar": re.compile(r"الأول|رقم\s+واحد"),
            "fr": re.compile(r"num[ée]ro\s+un|premier|première", _I),
            "es": re.compile(r"n[úu]mero\s+uno|primer", _I),
            "ru": re.compile(r"номер\s+один|перв", _I),
            "zh": re.compile(r"头号|首要|第一"),
        }),
    Idiom(
        "a no-win situation", ("22",),
        # "a bit of a Catch 22" is «замкнутый круг», «进退两难», «un cercle vicieux»
        re.compile(r"(?<![\w.,])Catch[\s-]22\b", _I),
        {
            "ar": re.compile(r"حلقة\s+مفرغة|مأزق|معضلة"),
            "fr": re.compile(r"cercle\s+vicieux|impasse|situation\s+inextricable|catch[\s-]22", _I),
            "es": re.compile(r"c[íi]rculo\s+vicioso|callej[óo]n\s+sin\s+salida|trampa[\s-]22", _I),
            "ru": re.compile(r"замкнут\w*\s+круг|порочн\w*\s+круг|уловк\w*[\s-]22|тупик", _I),
            "zh": re.compile(r"进退两难|左右为难|两难|第二十二条军规|恶性循环"),
        }),
    Idiom(
        "an upgraded version", ("2.0",),
        # "the Fintech Career Accelerator Scheme 2.0" is «…計劃升級版»
        re.compile(r"(?<=[A-Za-z] )2\.0(?![\d.])"),
        {
            "zh": re.compile(r"升[级級]版|第二[代期版]|新版"),
        }),
    Idiom(
        "a decade", ("10 ",),
        re.compile(r"(?<![\w.,])10\s+years\b", _I),
        {
            "ar": re.compile(r"عقد"),
            "fr": re.compile(r"d[ée]cennie", _I),
            "es": re.compile(r"d[ée]cada|decenio", _I),
            "ru": re.compile(r"десятилети", _I),
            "zh": re.compile(r"十年"),
        }),
    # a tournament's rounds, which the languages name by the fraction of the draw left:
    # "the last 16" are «les huitièmes de finale», «los octavos de final», «1/8 финала»
    Idiom(
        "the round of 16", ("16",),
        re.compile(r"\b(?:last|round\s+of|final)\s+16\b", _I),
        {
            "ar": re.compile(r"ثمن\s+النهائي|دور\s+(?:ال)?ستة\s+عشر"),
            "fr": re.compile(r"huiti[èe]mes?\s+de\s+finale", _I),
            "es": re.compile(r"octavos\s+de\s+final", _I),
            "ru": re.compile(r"1\s*/\s*8\s+финала|одн\w+\s+восьм\w+\s+финала", _I),
        }),
    Idiom(
        "the round of 32", ("32",),
        re.compile(r"\b(?:last|round\s+of|final)\s+32\b", _I),
        {
            "fr": re.compile(r"seizi[èe]mes?\s+de\s+finale", _I),
            "es": re.compile(r"dieciseisavos\s+de\s+final", _I),
            "ru": re.compile(r"1\s*/\s*16\s+финала", _I),
        }),
    Idiom(
        "the quarter-finals", ("8",),
        re.compile(r"\b(?:last|final)\s+8\b", _I),
        {
            "ar": re.compile(r"ربع\s+النهائي"),
            "fr": re.compile(r"quarts?\s+de\s+finale", _I),
            "es": re.compile(r"cuartos\s+de\s+final", _I),
            "ru": re.compile(r"четвертьфинал|1\s*/\s*4\s+финала", _I),
            "zh": re.compile(r"四分之一决赛|八强"),
        }),
)


def said_by_idiom(source: str, mention: NumberMention, target: str, lang: str) -> str | None:
    """What the idiom of the source holding ``mention`` says, if the translation says it its
    own way ("round the clock, every day"); None: no such idiom."""
    for index in _possible(source):
        idiom = IDIOMS[index]
        # (sought from a little before the number: the 7 of "24/7" is inside an idiom that
        # starts three characters earlier, the 32 of "round of 32" nine)
        inside = any(m.start() <= mention.start < m.end()
                     for m in idiom.source.finditer(source, max(0, mention.start - 16),
                                                    min(len(source), mention.end + 40)))
        if not inside:
            continue
        if idiom.said is not None:
            if _frequency_said(source, target, lang, index):
                return idiom.what
        elif _has_idiom(target, lang, index):
            return idiom.what
    return None


#: a frequency the translation gives with a number of its own: «toutes les 48 heures», «cada
#: 48 horas», «каждые 48 часов», «每48小时», «كل 48 ساعة» (the number changed, an error)
_EVERY_NUMBER = {
    "ar": re.compile(r"كل\s+\d"),
    "fr": re.compile(r"(?<!\w)(?:tou(?:te)?s\s+les|chaque)\s+\d", _I),
    "es": re.compile(r"(?<!\w)(?:cada|tod[oa]s\s+l[oa]s)\s+\d", _I),
    "ru": re.compile(r"(?<![а-яё])(?:кажд[а-яё]*|раз\s+в)\s+\d", _I),
    "zh": re.compile(r"每(?:隔)?\s*\d"),
}
@lru_cache(maxsize=64)
def _frequency_said(source: str, target: str, lang: str, index: int) -> bool:
    """Whether the translation says the source's "every 24 hours" (``IDIOMS[index]``, a
    frequency) by its word: one more such word than the source's own («par jour» for "per
    day", «ежегодному докладу» for "the annual report" are theirs), none beside a count of
    times («trois fois par jour», «每天服药三次»), and no number said after the translation's
    "every" («toutes les 48 heures»: the number changed). The words had been sought anywhere, and a
    rate's or a report's hid the number changed or dropped (t66/hD B)."""
    base = lang.split("_")[0]
    idiom = IDIOMS[index]
    words = idiom.target.get(base)
    every = _EVERY_NUMBER.get(base)
    if words is None or idiom.said is None or every is None:
        return False
    text = simplified(target) if base == "zh" else target
    if every.search(text):
        return False
    # (a count of times either side: «trois fois par jour», «每天服药三次», t66/hH 4)
    found = [m for m in words.finditer(text) if not times_beside(text, m.start(), m.end(), base)]
    return len(found) > len(idiom.said.findall(source))


@lru_cache(maxsize=64)
def _possible(source: str) -> tuple[int, ...]:
    """The idioms whose gate ``source`` holds (once per source: asked for each of its missing
    numbers, and a long source's scan per number made the search quadratic)."""
    return tuple(index for index, idiom in enumerate(IDIOMS)
                 if any(gate in source for gate in idiom.gate))


@lru_cache(maxsize=64)
def _has_idiom(target: str, lang: str, index: int) -> bool:
    """(Once per translation: asked for each of its missing numbers.)"""
    base = lang.split("_")[0]
    idiom = IDIOMS[index]
    words = idiom.target.get(base)
    if words is None:
        return False
    # (Chinese in traditional characters read as simplified: «時刻», «晝夜», «全年無休»)
    text = simplified(target) if base == "zh" else target
    near = idiom.near.get(base) if idiom.near is not None else None
    if near is None:
        return words.search(text) is not None
    text = _TAG.sub("", text)  # «totalement <a href="…">libre</a>»: the link's words read
    return any(_beside(text, match.start(), match.end(), near, base == "zh")
               for match in words.finditer(text))


_TAG = re.compile(r"<[^<>]*>")
#: how far a quality may be from the idiom's word: words apart, or Chinese characters
_NEAR_WORDS = 3
_NEAR_CHARACTERS = 4


def _beside(text: str, start: int, end: int, near: re.Pattern[str], chinese: bool) -> bool:
    """Whether ``near`` matches within a few words of ``text[start:end]`` (either side), the
    words themselves included («полностью эффективна», «فعال تماما», «完全有效»)."""
    if chinese:
        window = text[max(0, start - _NEAR_CHARACTERS):end + _NEAR_CHARACTERS]
    else:
        before = text[max(0, start - 80):start].split()[-_NEAR_WORDS:]
        after = text[end:end + 80].split()[:_NEAR_WORDS]
        window = " ".join([*before, text[start:end], *after])
    return near.search(window) is not None
