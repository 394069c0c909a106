"""A minister keeps their portfolio and a head of government their title (TP314): "the Minister
for Foreign Affairs of Qatar" is not «le Ministre de la défense du Qatar», "the Ministry of
Health" not «министерство финансов», "the Prime Minister" not «le Président». The country and
the person are compared by the other checks; the title that says which minister, or which
head, was compared by nothing (session 44's round: three national titles changed unseen).

Each side's ministers and ministries are read — "Minister of/for …", "Ministry of …", "Foreign
Minister", «ministre de…», «ministère de…», «ministro/ministerio de…», «министр…»,
«министерство…», «…部长», «…部», «وزير…», «وزارة…» — and the portfolios named in the title,
up to its end (a comma, a bracket, a full stop): foreign affairs, defence, interior, justice,
health, finance, education, economy, agriculture, labour, environment, trade, energy,
transport, culture, tourism. Only a translation whose titles name a portfolio the source's do
not, while a portfolio of the source's is not in the translation's, is reported: a portfolio
left out or added (a title said shorter) is no change. The heads are read the same way, a
prime minister against a president («Premier ministre», «Primer Ministro», «премьер-министр»,
«Председатель Правительства», «总理» against «Président», «Presidente», «президент», «总统»;
not a vice-president), except in Arabic, whose «رئيس» heads any body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo

#: the portfolios, by language: (portfolio, pattern of its words inside a title)
_PORTFOLIOS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("foreign affairs", r"foreign(?!\s+trade)|external\s+(?:affairs|relations)"),
           ("defence", r"defen[cs]e"), ("interior", r"interior|home\s+affairs|internal\s+affairs"),
           ("justice", r"justice"), ("health", r"health"), ("finance", r"financ\w*|treasury"),
           ("education", r"education"), ("economy", r"econom\w*"),
           ("agriculture", r"agricultur\w*"), ("labour", r"labou?r|employment"),
           ("environment", r"environment\w*"), ("trade", r"trade|commerce"),
           ("energy", r"energy"), ("transport", r"transport\w*"), ("culture", r"cultur\w*"),
           ("tourism", r"tourism")),
    "fr": (("foreign affairs", r"affaires\s+étrangères|relations\s+extérieures"),
           ("defence", r"défense|armées"),
           ("interior", r"intérieur"), ("justice", r"justice"), ("health", r"santé"),
           ("finance", r"finances"), ("education", r"éducation|enseignement"),
           ("economy", r"économi\w*"), ("agriculture", r"agricultur\w*"),
           ("labour", r"travail|emploi"), ("environment", r"environnement|écologi\w*"),
           ("trade", r"commerce"), ("energy", r"énergie"), ("transport", r"transports?"),
           ("culture", r"culture"), ("tourism", r"tourisme")),
    "es": (("foreign affairs", r"relaciones\s+exteriores|asuntos\s+exteriores|exteriores"
                               r"|cancillería"),
           ("defence", r"defensa"), ("interior", r"interior|gobernación"),
           ("justice", r"justicia"), ("health", r"salud|sanidad"),
           ("finance", r"finanzas|hacienda"), ("education", r"educación"),
           ("economy", r"econom\w*"), ("agriculture", r"agricultura"),
           ("labour", r"trabajo|empleo"), ("environment", r"medio\s+ambiente|ambiente"),
           ("trade", r"comercio"), ("energy", r"energía"), ("transport", r"transportes?"),
           ("culture", r"cultura"), ("tourism", r"turismo")),
    "ru": (("foreign affairs", r"иностранных\s+дел|МИД"), ("defence", r"обороны"),
           ("interior", r"внутренних\s+дел|МВД"), ("justice", r"юстиции"),
           ("health", r"здравоохранения"), ("finance", r"финансов"),
           ("education", r"образования|просвещения"), ("economy", r"экономи\w*"),
           ("agriculture", r"сельского\s+хозяйства"), ("labour", r"труда|занятости"),
           ("environment", r"окружающей\s+среды|природных\s+ресурсов|экологии"),
           ("trade", r"торговли"), ("energy", r"энергетики"), ("transport", r"транспорта"),
           ("culture", r"культуры"), ("tourism", r"туризма")),
    # (each with its article, «للصحة» «والمالية»: a title's portfolio is definite; «الخارجية»
    # first, or «الشؤون الخارجية»: «التجارة الخارجية» is external trade)
    # (or bare, first: «وزير خارجية أوكرانيا», the country after it)
    "ar": tuple((name, rf"(?:[وفب]?ال|لل|^)(?:{stem})") for name, stem in (
        ("foreign affairs", r"(?<=^ال)خارجية|(?<=^لل)خارجية|(?<=^)خارجية|شؤون\s+الخارجية"),
        ("defence", r"دفاع"), ("interior", r"داخلية"), ("justice", r"عدل"),
        ("health", r"صحة"), ("finance", r"مالية"), ("education", r"تربية|تعليم"),
        ("economy", r"اقتصاد\w*"), ("agriculture", r"زراعة"), ("labour", r"عمل"),
        ("environment", r"بيئة"), ("trade", r"تجارة"), ("energy", r"طاقة"),
        ("transport", r"نقل"), ("culture", r"ثقافة"), ("tourism", r"سياحة"))),
    "zh": (("foreign affairs", r"外交|外務|外务"), ("defence", r"国防|國防"),
           ("interior", r"内政|內政|内务|內務"), ("justice", r"司法"), ("health", r"卫生|衛生"),
           ("finance", r"财政|財政"), ("education", r"教育"), ("economy", r"经济|經濟"),
           ("agriculture", r"农业|農業"), ("labour", r"劳工|勞工|劳动|勞動"),
           ("environment", r"环境|環境"), ("trade", r"贸易|貿易|商务|商務"),
           ("energy", r"能源"), ("transport", r"交通|运输|運輸"), ("culture", r"文化"),
           ("tourism", r"旅游|旅遊")),
}
#: a minister's or ministry's title, by language: the portfolio is read in what follows it up
#: to the title's end (English: also in the word before "Minister": "Foreign Minister")
_TITLE: dict[str, tuple[str, ...]] = {
    # (two patterns: "the Minister of Finance" would otherwise be read as "The" before
    # "Minister", and its portfolio lost)
    "en": (r"\b(?:Minist(?:er|ers|ry|ries)\s+(?:of\s+State\s+)?(?:of|for)|Secretary\s+of"
           r"\s+State\s+for)\s+(?:the\s+)?(?=(?P<after>[^,;:.()\[\]]{1,80}))",
           r"\b(?P<before>[A-Z]\w+)\s+(?:Minist(?:er|ry)|Secretary(?!-))\b"),
    "fr": (r"(?<!\w)minist(?:re|res|ère|ères)\s+(?:d['’]État\s+)?"
           r"(?=(?P<after>[^,;:.()\[\]]{1,80}))",),
    "es": (r"(?<!\w)minist(?:ro|ra|ros|ras|erio|erios)\s+(?=(?P<after>[^,;:.()\[\]]{1,80}))",),
    "ru": (r"(?<!\w)(?:министр|министерств)\w*\s+(?=(?P<after>[^,;:.()\[\]]{1,80}))",),
    "ar": (r"(?<!\w)[وف]?[بل]?(?:ال)?(?:وزير|وزيرة|وزراء|وزارة|وزارات)\s+"
           r"(?=(?P<after>[^,،؛:.()\[\]]{1,80}))",),
    # (not 部门, a sector, 部分, a part, 部队, troops; Japan's 外务省, the United Kingdom's
    # 国防大臣)
    "zh": (r"(?P<before>[\u4e00-\u9fff]{2,4})(?:部长|部長|部(?![门門分队隊署落件位])|大臣|省)",),
}
_TITLES = {lang: tuple(re.compile(raw, 0 if lang in ("en", "zh") else re.IGNORECASE)
                       for raw in rows) for lang, rows in _TITLE.items()}
_WORDS = {lang: tuple((name, re.compile(rf"(?<!\w)(?:{raw})(?!\w)" if lang != "zh" else raw,
                                        re.IGNORECASE))
                      for name, raw in rows) for lang, rows in _PORTFOLIOS.items()}
#: how many words after "Minister" a title's portfolio is looked for in
_REACH = 7
#: English: what ends a title sooner than its punctuation ("the Minister for Foreign Affairs
#: of Qatar and the Minister of Defence": each title its own)
_EN_END = re.compile(r"\s(?:of\s+(?:the\s+)?[A-Z]|and\s+(?:the\s+)?Minist|who|which|that|on|at"
                     r"|in|to|with)\b")


def _portfolios(text: str, lang: str) -> set[str]:
    """The portfolios ``text``'s ministers and ministries hold."""
    patterns = _TITLES.get(lang)
    if patterns is None:
        return set()
    words = _WORDS[lang]
    found: set[str] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            if "after" in pattern.groupindex:
                part = match.group("after")
                if lang == "en":
                    end = _EN_END.search(part)
                    part = part[:end.start()] if end else part
                # (a title's portfolio is in its first words: «ministre de l'Europe et des
                # affaires étrangères»; what follows is the sentence's)
                part = " ".join(part.split()[:_REACH if lang != "ar" else 3])
            else:
                part = match.group("before")
            for name, word in words:
                if word.search(part):
                    found.add(name)
    return found


#: the heads of government and of State, by language: (office, pattern). A prime minister
#: whose formal title is a president's (Lebanon's «Président du Conseil des ministres») is
#: read as the prime minister; a vice-president as neither. (Not read in Arabic, whose
#: «رئيس» heads any body.)
_BODIES = {
    "en": r"Assembly|Council|Court|Senate|Chamber|Parliament|Commission|Committee|Board|Bank"
          r"|Conference|Tribunal|Group|Union|Association|Congress|House|Foundation|Institute"
          r"|Federation|Party|Movement|Authority|Agency|Society|Red\s+Cross",
    "fr": r"Assemblée|Conseil|Cour|Sénat|Chambre|Parlement|Commission|Comité|Banque|Conférence"
          r"|Tribunal|Groupe|Union|Association|Congrès|Fondation|Institut|Fédération|Parti"
          r"|Mouvement|Autorité|Agence|Société|Croix-Rouge",
    "es": r"Asamblea|Consejo|Corte|Tribunal|Senado|Cámara|Parlamento|Comisión|Comité|Banco"
          r"|Conferencia|Grupo|Unión|Asociación|Congreso|Fundación|Instituto|Federación"
          r"|Partido|Movimiento|Autoridad|Agencia|Sociedad|Cruz\s+Roja",
}


def _not_of_a_body(lang: str) -> str:
    """What may not follow a head of State's title: a body it presides ("the President of the
    National Assembly", «Presidente de la Asamblea Nacional» for "the Speaker")."""
    return (r"(?!\s+(?:of|de|del|du|des|de\s+la|de\s+l['’])\s+(?:(?:the|la|el|le|les|los|las)\s+"
            r"|l['’])?(?:[\w'’-]+\s+){0,3}?(?:" + _BODIES[lang] + r")(?!\w))")


_OFFICES: dict[str, tuple[tuple[str, str], ...]] = {
    # (a deputy prime minister, «Viceprimer Ministro», is no prime minister)
    # ("Minister President", "Minister-President": the German Ministerpräsident, a head of
    # government, as PUD's English calls Turkey's prime minister; «премьер-министр Турции»)
    "en": (("prime minister", r"(?<!Deputy\s)(?<!Vice\s)(?<![-\w])Prime\s+Minister\b"
                              r"|\bPresident\s+of\s+the\s+Council\s+of\s+Ministers\b"
                              r"|\bMinister[\s-]+President\b"),
           ("president", r"(?<![-\w])(?<!Vice\s)(?<!Minister\s)(?<!Minister-)President\b"
                         r"(?!\s+of\s+the\s+Council\s+of\s+Ministers)" + _not_of_a_body("en"))),
    "fr": (("prime minister", r"(?<!adjoint\s)(?<![-\w])Premi(?:er|ère)[\s-]+[Mm]inistre"
                              r"(?!\s+adjoint)(?!\w)"
                              r"|(?<!\w)Présidente?\s+du\s+Conseil\s+des\s+ministres(?!\w)"),
           ("president", r"(?<![-\w])(?<!vice\s)(?<!Vice\s)Présidente?(?!\w)"
                         r"(?!\s+du\s+Conseil\s+des\s+ministres)" + _not_of_a_body("fr"))),
    "es": (("prime minister", r"(?<![-\w])Primer[ao]?\s+[Mm]inistr[oa](?!\w)"
                              r"|(?<!\w)President[ea]\s+del\s+Consejo\s+de\s+Ministros(?!\w)"),
           ("president", r"(?<![-\w])President[ea](?!\w)"
                         r"(?!\s+del\s+Consejo\s+de\s+Ministros)" + _not_of_a_body("es"))),
    "ru": (("prime minister", r"(?<![-\w])[Пп]ремьер[\s-]*министр\w*|(?<![-\w])[Пп]ремьер(?!\w)"
                              r"|(?<!\w)Председател\w+\s+(?:[Пп]равительства"
                              r"|Совета\s+министров)"),
           ("president", r"(?<![-\w])[Пп]резидент\w*")),
    "zh": (("prime minister", r"(?<!副)(?:总理|總理|首相)|部长会议主席|部長會議主席"),
           ("president", r"(?<!副)(?:总统|總統)")),
}
_OFFICE_PATTERNS = {lang: tuple((office, re.compile(raw)) for office, raw in rows)
                    for lang, rows in _OFFICES.items()}


def _offices(text: str, lang: str) -> set[str]:
    """The heads of government and State ``text`` names."""
    return {office for office, pattern in _OFFICE_PATTERNS.get(lang, ())
            if pattern.search(text)}


#: what an English source's titles hold (a test in C before the pattern)
_EN_ANY = re.compile("Minist|President")


@memo()
def _source_portfolios(source: str, source_lang: str) -> frozenset[str]:
    """The source's portfolios and heads' offices (once for its five translations)."""
    base = source_lang.split("_")[0].split("-")[0]
    if base == "en" and _EN_ANY.search(source) is None:
        return frozenset()
    return frozenset(_portfolios(source, base)) | frozenset(
        _OFFICE + office for office in _offices(source, base))


#: what marks an office among the portfolios a side names
_OFFICE = "office:"


@check("TP314", "national-title-changed", Severity.WARNING, "countries")
def national_title_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation's ministers hold a portfolio the source's do not, and not one the
    source's hold ("the Minister for Foreign Affairs" → «le Ministre de la défense»), or it
    names a head of government for the source's head of State, or the other way round
    ("Prime Minister" → «Président»)."""
    wanted = _source_portfolios[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    base = unit.lang.split("_")[0].split("-")[0]
    out = []
    for kind in (False, True):
        want = {w for w in wanted if w.startswith(_OFFICE) == kind}
        if not want or (kind and base not in _OFFICES):
            continue
        have = {_OFFICE + o for o in _offices(unit.target, base)} if kind else \
            _portfolios(unit.target, base)
        extra = sorted(have - want)
        missing = sorted(want - have)
        if extra and missing:
            said, other = missing[0].removeprefix(_OFFICE), extra[0].removeprefix(_OFFICE)
            what = "title" if kind else "minister's portfolio"
            out.append(finding("TP314", unit, f"the {what} «{said}» became «{other}»",
                               expected=said))
    return out
