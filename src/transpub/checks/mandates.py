"""A mandate keeps its subject (TP315): "the Special Rapporteur on the right to food" is not «la
Rapporteuse spéciale sur le droit à l'éducation», "the Working Group on Arbitrary Detention" not
«Рабочая группа по насильственным исчезновениям». The person is compared by TP110 and the
title by TP108; the subject of the Human Rights Council's special procedures, which says which
mandate, was compared by nothing (session 44's round: ten mandates changed unseen).

Each side's mandate titles are read — "Special Rapporteur on", "Independent Expert on",
"Working Group on", "Special Representative … on", «Rapporteur(se) spécial(e) sur», «Expert(e)
indépendant(e) sur», «Groupe de travail sur», «Relator(a) Especial sobre», «Experto/a
Independiente sobre», «Grupo de Trabajo sobre», «Специальный докладчик по», «Независимый
эксперт по», «Рабочая группа по», «…问题特别报告员», «…独立专家», «…工作组», «المقرر الخاص
المعني ب…», «الخبير المستقل المعني ب…», «الفريق العامل المعني ب…» — and the subjects named in
what follows the title up to its end (what precedes it, in Chinese): torture, food, education,
health, housing, water, poverty, defenders, judges, violence against women, trafficking,
migrants, the internally displaced, indigenous peoples, expression, religion, assembly,
privacy, racism, terrorism, executions, disappearances, detention, the environment, children,
disability, minorities, slavery — the first named (a title has one: what follows it is the
sentence's). Only a translation whose titles name a subject the source's do not, while one of
the source's is not in the translation's, is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo

#: the subjects, by language (each a pattern of its words inside a title)
_SUBJECTS: dict[str, dict[str, str]] = {
    "en": {"torture": r"torture", "food": r"food", "education": r"education",
           "health": r"health", "housing": r"housing", "water": r"water|sanitation",
           "poverty": r"poverty", "defenders": r"defenders", "judges": r"judges|lawyers",
           "violence against women": r"violence\s+against\s+women",
           "trafficking": r"trafficking", "migrants": r"migrants",
           "displaced": r"displaced", "indigenous": r"indigenous",
           "expression": r"expression|opinion", "religion": r"religion|belief",
           "assembly": r"assembly|association", "privacy": r"privacy",
           "racism": r"racism|racial", "terrorism": r"terrorism",
           "executions": r"executions", "disappearances": r"disappearances",
           "detention": r"detention", "environment": r"environment", "children": r"children",
           "disability": r"disabilities|disability", "minorities": r"minorit(?:y|ies)",
           "slavery": r"slavery"},
    "fr": {"torture": r"torture", "food": r"alimentation", "education": r"éducation",
           "health": r"santé", "housing": r"logement", "water": r"eau|assainissement",
           "poverty": r"pauvreté", "defenders": r"défenseu\w+", "judges": r"juges|avocats",
           "violence against women": r"violence\s+(?:contre|à\s+l['’]égard\s+d)\w*\s*(?:les\s+)?"
                                     r"femmes",
           "trafficking": r"traite", "migrants": r"migrants",
           "displaced": r"déplacé\w*", "indigenous": r"autochtones",
           "expression": r"expression|opinion", "religion": r"religion|conviction",
           "assembly": r"réunion\s+pacifique|association", "privacy": r"vie\s+privée",
           "racism": r"racisme|racial\w*", "terrorism": r"terrorisme",
           "executions": r"exécutions", "disappearances": r"disparitions",
           "detention": r"détention", "environment": r"environnement", "children": r"enfants",
           "disability": r"handicap\w*", "minorities": r"minorités", "slavery": r"esclavage"},
    "es": {"torture": r"tortura", "food": r"alimentación", "education": r"educación",
           "health": r"salud", "housing": r"vivienda", "water": r"agua|saneamiento",
           "poverty": r"pobreza", "defenders": r"defensor\w*", "judges": r"jueces|abogados",
           "violence against women": r"violencia\s+contra\s+la\s+mujer",
           "trafficking": r"trata", "migrants": r"migrantes",
           "displaced": r"desplazad\w*", "indigenous": r"indígenas",
           "expression": r"expresión|opinión", "religion": r"religión|creencias",
           "assembly": r"reunión\s+pacífica|asociación", "privacy": r"privacidad",
           "racism": r"racismo|racial", "terrorism": r"terrorismo",
           "executions": r"ejecuciones", "disappearances": r"desapariciones",
           "detention": r"detención", "environment": r"medio\s+ambiente", "children": r"niños",
           "disability": r"discapacidad", "minorities": r"minorías", "slavery": r"esclavitud"},
    "ru": {"torture": r"пыт\w*", "food": r"питани\w*", "education": r"образовани\w*",
           "health": r"здоровь\w*", "housing": r"жилищ\w*", "water": r"вод\w*|санитари\w*",
           "poverty": r"нищет\w*|бедност\w*", "defenders": r"правозащитник\w*",
           "judges": r"суд\w*|адвокат\w*",
           "violence against women": r"насили\w*\s+в\s+отношении\s+женщин",
           "trafficking": r"торговл\w*\s+людьми", "migrants": r"мигрант\w*",
           "displaced": r"перемещен\w*", "indigenous": r"коренн\w*",
           "expression": r"выражени\w*|мнени\w*", "religion": r"религи\w*|убеждени\w*",
           "assembly": r"собрани\w*|ассоциаци\w*", "privacy": r"частн\w*\s+жизн\w*",
           "racism": r"расизм\w*|расов\w*", "terrorism": r"терроризм\w*",
           "executions": r"казн\w*", "disappearances": r"исчезновени\w*",
           "detention": r"задержани\w*", "environment": r"окружающ\w*\s+сред\w*",
           "children": r"дет\w*", "disability": r"инвалид\w*", "minorities": r"меньшинств\w*",
           "slavery": r"рабств\w*"},
    "zh": {"torture": r"酷刑", "food": r"食物", "education": r"受教育|教育", "health": r"健康",
           "housing": r"住房", "water": r"饮水|用水|安全饮用水|卫生设施", "poverty": r"贫困|赤贫",
           "defenders": r"维护者|捍卫者", "judges": r"法官|律师",
           "violence against women": r"暴力侵害妇女|对妇女的暴力", "trafficking": r"贩运",
           "migrants": r"移民", "displaced": r"流离失所", "indigenous": r"土著",
           "expression": r"表达|见解", "religion": r"宗教|信仰", "assembly": r"集会|结社",
           "privacy": r"隐私", "racism": r"种族", "terrorism": r"恐怖主义",
           "executions": r"处决", "disappearances": r"失踪", "detention": r"拘留",
           "environment": r"环境", "children": r"儿童", "disability": r"残疾",
           "minorities": r"少数", "slavery": r"奴役"},
    # (each with the article its idafa takes, and the clitics before it)
    "ar": {"torture": r"تعذيب", "food": r"غذاء", "education": r"تعليم", "health": r"صحة",
           "housing": r"سكن", "water": r"مياه|صرف\s+الصحي", "poverty": r"فقر",
           "defenders": r"مدافعين", "judges": r"قضاة|محامين",
           "violence against women": r"عنف\s+ضد\s+المرأة", "trafficking": r"اتجار",
           "migrants": r"مهاجرين", "displaced": r"مشردين", "indigenous": r"شعوب\s+الأصلية",
           "expression": r"تعبير|رأي", "religion": r"دين|معتقد",
           "assembly": r"تجمع|تكوين\s+الجمعيات", "privacy": r"خصوصية",
           "racism": r"عنصرية", "terrorism": r"إرهاب", "executions": r"إعدام",
           "disappearances": r"اختفاء", "detention": r"احتجاز", "environment": r"بيئة",
           "children": r"أطفال", "disability": r"إعاقة", "minorities": r"أقليات",
           "slavery": r"رق"},
}
#: a mandate's title, by language: the subjects are read in ``part``, what follows it up to
#: its end (Chinese: what precedes it)
_TITLE: dict[str, str] = {
    "en": r"\b(?:Special\s+Rapporteurs?|Independent\s+Experts?|Working\s+Group|Special\s+"
          r"Representatives?(?:\s+of\s+the\s+Secretary-General)?)\s+(?:on|for)\s+"
          r"(?=(?P<part>[^,;:.()\[\]]{1,160}))",
    "fr": r"(?<!\w)(?:Rapporteu(?:r|se|rs|ses)\s+spéci\w+|Expert\w*\s+indépendant\w*"
          r"|Groupe\s+de\s+travail|Représentant\w*\s+spéci\w+(?:\s+du\s+Secrétaire\s+général)?)"
          r"\s+(?:sur|chargée?s?\s+d\w*|pour|de)\s+(?=(?P<part>[^,;:.()\[\]]{1,160}))",
    "es": r"(?<!\w)(?:Relator\w*\s+Especial\w*|Expert\w*\s+Independiente\w*|Grupo\s+de\s+Trabajo"
          r"|Representante\w*\s+Especial\w*(?:\s+del\s+Secretario\s+General)?)"
          r"\s+(?:sobre|para|encargad\w+\s+de)\s+(?=(?P<part>[^,;:.()\[\]]{1,160}))",
    "ru": r"(?<!\w)(?:Специальн\w+\s+докладчик\w*|Независим\w+\s+эксперт\w*|Рабоч\w+\s+групп\w+"
          r"|Специальн\w+\s+представител\w+(?:\s+Генерального\s+секретаря)?)"
          r"\s+по\s+(?=(?P<part>[^,;:.()\[\]]{1,160}))",
    "ar": r"(?<!\w)[وفبل]?(?:ال)?(?:مقرر|مقررة|مقررين|خبير|خبيرة|فريق|ممثل|ممثلة)\s+"
          r"(?:ال)?(?:خاص|خاصة|مستقل|مستقلة|عامل)(?:\s+(?:ال)?سابق(?:ة)?)?(?:\s+للأمين\s+العام)?"
          r"\s+(?:ال)?معني\w*\s+"
          r"(?=(?P<part>[^,،؛:.()\[\]]{1,160}))",
    "zh": r"(?P<part>[^，、。；：“”《》（）()\s]{1,14})(?:特别报告员|独立专家|工作组|特别代表)",
}
_TITLES = {lang: re.compile(raw, re.IGNORECASE) for lang, raw in _TITLE.items()}
_WORDS = {lang: tuple((name, re.compile(rf"(?<!\w)(?:[وفبل]?(?:ال|لل)?)?(?:{raw})(?!\w)"
                                        if lang == "ar" else raw if lang == "zh"
                                        else rf"(?<!\w)(?:{raw})(?!\w)", re.IGNORECASE))
                      for name, raw in rows.items()) for lang, rows in _SUBJECTS.items()}
#: how many words of what follows a title its subject is looked for in: a mandate's subject
#: comes in its first words («sur le droit à l'alimentation», «по вопросу о праве на
#: питание», «المعني بالحق في الغذاء»); further on is the sentence's, whose own words (said
#: otherwise on the other side) would be read as subjects. (The longest title, "… while
#: countering terrorism", is then not read: a mandate not read is no finding.)
_REACH = 10
#: English: where a title ends before its punctuation (the sentence's verb, a clause)
_EN_END = re.compile(r"\s(?:said|says|stated|noted|urged|called|expressed|welcomed|warned"
                     r"|will|would|has|have|had|is|was|were|who|which|that|and\s+the\s+Special)"
                     r"\b")


def _subjects(text: str, lang: str) -> set[str]:
    """The subjects of ``text``'s mandates."""
    pattern = _TITLES.get(lang)
    if pattern is None:
        return set()
    found: set[str] = set()
    for match in pattern.finditer(text):
        part = match.group("part")
        if lang != "zh":
            if lang == "en":
                end = _EN_END.search(part)
                part = part[:end.start()] if end else part
            part = " ".join(part.split()[:_REACH])
        # (a title has one subject, the first named: "… on Arbitrary Detention found the
        # detention of …" is not also about detention further on; nor is «… sobre las
        # Desapariciones Forzadas consideró arbitraria la detención»; Chinese: the last,
        # nearest its title)
        first: tuple[int, str] | None = None
        for name, word in _WORDS[lang]:
            for hit in word.finditer(part):
                at = -hit.start() if lang == "zh" else hit.start()
                if first is None or at < first[0]:
                    first = (at, name)
                if lang != "zh":
                    break
        if first is not None:
            found.add(first[1])
    return found


#: what an English source's titles hold (a test in C before the pattern)
_EN_ANY = re.compile("Rapporteur|Expert|Working Group|Representative|RAPPORTEUR|EXPERT"
                     "|WORKING GROUP|REPRESENTATIVE")


@memo()
def _source_subjects(source: str, source_lang: str) -> frozenset[str]:
    """The source's mandates' subjects (once for its five translations)."""
    base = source_lang.split("_")[0].split("-")[0]
    if base == "en" and _EN_ANY.search(source) is None:
        return frozenset()
    return frozenset(_subjects(source, base))


@check("TP315", "mandate-changed", Severity.WARNING, "countries")
def mandate_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation's special procedures have a subject the source's do not, and not one
    the source's have ("Special Rapporteur on the right to food" → «… sur le droit à
    l'éducation»)."""
    wanted = _source_subjects[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    have = _subjects(unit.target, unit.lang.split("_")[0].split("-")[0])
    extra = sorted(have - wanted)
    missing = sorted(wanted - have)
    if not extra or not missing:
        return ()
    return [finding("TP315", unit, f"the mandate on «{missing[0]}» became one on «{extra[0]}»",
                    expected=missing[0])]
