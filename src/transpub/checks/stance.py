"""What a body said of something keeps its sense (TP313): "the Council condemned the attack" is
not «le Conseil a salué l'attaque», "the draft resolution was rejected" not «a été adopté».
Every name, date and number of such a sentence is right; the verb that carries its meaning was
compared by nothing (session 44's round: five meanings reversed unseen).

Two pairs of opposites are read, in the forms the UN's press releases and documents write
them: a stance — welcomed, commended, praised («salue», «se félicite», «acoge con
beneplácito», «приветствует», «欢迎», «赞扬», «رحب», «أشاد») against condemned, deplored,
denounced («condamne», «déplore», «condena», «осуждает», «谴责», «أدان», «استنكر», «شجب») —
and a decision — adopted, approved («adopté», «aprobó», «принял», «اعتمد») against rejected,
vetoed («rejeté», «rechazó», «отклонил», «вето», «رفض», «النقض»; not read in Chinese, whose
通过 is "adopted" and "through"). A pair the source says on one side only, which the
translation says on the other side only, is reported; one both sides say, or the translation
says neither side of (a verb of its own: «regrette» for "deplores"), is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.namefind import fold_arabic

STANCE, DECISION = "stance", "decision"
#: each pair's sides: (the first, the second), as the messages name them
_SIDES = {STANCE: ("welcomed", "condemned"), DECISION: ("adopted", "rejected")}

#: by language, by pair: (pattern of the first side, pattern of the second side)
_RAW: dict[str, dict[str, tuple[str, str]]] = {
    "en": {STANCE: (r"\b(?:welcom(?:e|es|ed|ing)|commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)"
                    r"|applaud(?:s|ed|ing)?)\b",
                    r"\b(?:condemn(?:s|ed|ing|ation)?|deplor(?:e|es|ed|ing)"
                    r"|denounc(?:e|es|ed|ing))\b"),
           DECISION: (r"\b(?:adopt(?:s|ed|ing|ion)?|approv(?:e|es|ed|ing|al))\b",
                      r"\b(?:reject(?:s|ed|ing|ion)?|veto(?:es|ed|ing)?)\b")},
    "fr": {STANCE: (r"(?<!\w)(?:salu(?:e|es|ent|ait|aient|é|ée|és|ées|ant|er|ons|ez)"
                    r"|(?:se|s['’]|nous|me|m['’])\s*félicit\w*|félicit\w*|applaudi\w*|réjoui\w*"
                    r"|accueill\w*\s+(?:avec\s+satisfaction|favorablement))(?!\w)",
                    r"(?<!\w)(?:condamn\w*|déplor\w*|dénonc\w*)(?!\w)"),
           DECISION: (r"(?<!\w)(?:adopt\w*|approuv\w*|approbation)(?!\w)",
                      r"(?<!\w)(?:rejet\w*|rejeté\w*|rejett\w*|repouss\w*|veto)(?!\w)")},
    # («celebrar» is also "to hold" a meeting, «acoger» "to host": neither alone)
    "es": {STANCE: (r"(?<!\w)(?:acog\w*\s+(?:con\s+)?(?:beneplácito|satisfacción|agrado)"
                    r"|beneplácito|salud(?:a|an|ó|aron|ar|ando)|encomi\w*|elogi\w*|aplaud\w*"
                    r"|felicit\w*)(?!\w)",
                    r"(?<!\w)(?:conden\w*|deplor\w*|denunci\w*|repudi\w*)(?!\w)"),
           DECISION: (r"(?<!\w)(?:aprob\w*|aprueb\w*|adopt\w*|adop(?:ción|ciones))(?!\w)",
                      r"(?<!\w)(?:rechaz\w*|rechac\w*|vet(?:o|ó|aron|ar|ado))(?!\w)")},
    "ru": {STANCE: (r"(?<!\w)(?:приветств\w*|высоко\s+оцени\w*|похвал\w*)(?!\w)",
                    r"(?<!\w)(?:осуд\w*|осужд\w*|порица\w*)(?!\w)"),
           DECISION: (r"(?<!\w)(?:приня(?:л|ла|ло|ли|ть|тие|тия|тии|тием)|принят\w*|приним\w*"
                      r"|одобр\w*|утверд\w*|утвержд\w*)(?!\w)",
                      r"(?<!\w)(?:отклон\w*|отверг\w*|вето)(?!\w)")},
    # (read without their short vowels and shadda: «يرحّب» is «يرحب»)
    "ar": {STANCE: (r"(?<!\w)[وفل]?(?:رحب\w*|يرحب\w*|ترحب\w*|نرحب\w*|أرحب\w*"
                    r"|(?:ب|ل)?(?:ال)?ترحيب\w*|أشاد\w*|يشيد\w*|تشيد\w*|نشيد\w*"
                    r"|(?:ب|ل)?(?:ال)?إشاد\w*|أثنى\w*|يثني\w*|تثني\w*)(?!\w)",
                    r"(?<!\w)[وفل]?(?:أدان\w*|يدين\w*|تدين\w*|ندين\w*|أدين|(?:ب|ل)?(?:ال)?إدان\w*"
                    r"|استنكر\w*|يستنكر\w*|تستنكر\w*|(?:ب|ل)?(?:ال)?استنكار\w*|شجب\w*"
                    r"|يشجب\w*|تشجب\w*)(?!\w)"),
           DECISION: (r"(?<!\w)[وفل]?(?:اعتمد\w*|يعتمد\w*|تعتمد\w*|(?:ب|ل)?(?:ال)?اعتماد\w*"
                      r"|(?:ال)?معتمد\w*|وافق\w*|يوافق\w*|توافق\w*|(?:ب|ل)?(?:ال)?موافق\w*"
                      r"|أقر\w*|يقر\w*|تقر\w*|(?:ب|ل)?(?:ال)?إقرار\w*|تبنى\w*|يتبنى\w*"
                      r"|(?:ب|ل)?(?:ال)?تبني\w*|اتخذ\w*)(?!\w)",
                      r"(?<!\w)[وفل]?(?:رفض\w*|يرفض\w*|ترفض\w*|نرفض\w*|(?:ب|ل)?(?:ال)?رفض\w*"
                      r"|(?:ال)?نقض|(?:ال)?فيتو)(?!\w)")},
    "zh": {STANCE: (r"欢迎|歡迎|赞扬|讚揚|赞赏|讚賞|称赞|稱讚|欣见|欣見|感到高兴|感到高興|庆幸|慶幸"
                    r"|满意|滿意|赞许|讚許",
                    r"谴责|譴責|强烈遗憾|痛惜")},
}
_COMPILED = {lang: {pair: (re.compile(first, re.IGNORECASE), re.compile(second, re.IGNORECASE))
                    for pair, (first, second) in pairs.items()}
             for lang, pairs in _RAW.items()}

#: a verb negated says neither side ("was rejected" is «n'a pas été adopté», «не был принят»,
#: «لم يتم اعتماد»): by language, what ends the text before it — a negation, then at most two
#: auxiliaries or pronouns (not "not only", «не только», "did not hesitate to")
_NEGATED: dict[str, re.Pattern[str]] = {lang: re.compile(pattern + r"\s*$", re.IGNORECASE) for
                                        lang, pattern in {
    "en": r"(?:\b(?:not|never|cannot|without|fail(?:s|ed|ing)?\s+to)|n['’]t)(?:\s+(?:be|been"
          r"|being|yet|have|has|had|to|formally|officially|publicly|explicitly|unanimously)){0,2}",
    "fr": r"(?:\b(?:pas|jamais|sans|non|ne)|\bn['’])(?:\s*(?:été|encore|pu|être|officiellement"
          r"|formellement|l['’]|les?|la|y)){0,2}",
    "es": r"\b(?:no|nunca|jamás|sin)(?:\s+(?:fue|fueron|ha|han|había|habían|sido|ser|se|lo|la"
          r"|los|las|le|les|es|son|está|están|pudo|pudieron|haya|hayan|aún|todavía)){0,2}",
    "ru": r"(?<!\w)(?:не|ни|без)(?:\s+(?:был|была|было|были|будет|будут|смог|смогла|смогли|стал"
          r"|стала|стали|его|её|их)){0,2}",
    "ar": r"(?<!\w)[وفب]?(?:لم|لا|لن|عدم|دون|غير)(?:\s+(?:يتم|تتم|تم|يكن|تكن|يعد|تعد)){0,2}",
    "zh": r"(?:未|没有|没|不|并未|尚未)",
}.items()}

#: an English source's verbs that a translation's verb of one side may also render
#: («приняли» is "admitted" as well as "adopted", «رفض» "refused" as well as "rejected",
#: «a salué» "paid tribute to"): with one of them the source is not said to be on the other
#: side only (WMT 2024's "applications were rejected, but he was eventually admitted")
_ALSO: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    DECISION: (re.compile(r"\b(?:accept\w*|admit\w*|endors\w*|pass(?:es|ed)?|agree\w*"
                          r"|receiv\w*|tak(?:e|es|en|ing)|took|grant\w*)\b", re.IGNORECASE),
               re.compile(r"\b(?:refus\w*|declin\w*|turn(?:s|ed|ing)?\s+down|dismiss\w*"
                          r"|den(?:y|ies|ied|ial)|overturn\w*|block\w*|oppos\w*)\b",
                          re.IGNORECASE)),
    STANCE: (re.compile(r"\b(?:salut\w*|hail\w*|tribute|appreciat\w*|thank\w*"
                        r"|congratulat\w*|celebrat\w*|encourag\w*|grat(?:eful|itude)"
                        r"|recogni[sz]\w*|acknowledg\w*|pleased|glad|satisf\w*|greet\w*)\b",
                        re.IGNORECASE),
             re.compile(r"\b(?:regret\w*|critici[sz]\w*|outrag\w*|blam\w*|protest\w*"
                        r"|censur\w*|lament\w*|decr(?:y|ies|ied))\b", re.IGNORECASE)),
}


def _affirmed(pattern: re.Pattern[str], text: str, negated: re.Pattern[str] | None) -> bool:
    """Does ``text`` say ``pattern`` other than negated?"""
    for match in pattern.finditer(text):
        if negated is None or negated.search(text, max(0, match.start() - 40),
                                             match.start()) is None:
            return True
    return False


def _said(text: str, lang: str, only: Iterable[str] | None = None
          ) -> dict[str, tuple[bool, bool]]:
    """Which sides of each pair ``text`` says (of the pairs ``only`` names, if given)."""
    pairs = _COMPILED.get(lang)
    if pairs is None:
        return {}
    if lang == "ar":
        text = fold_arabic(text)
    out = {}
    for pair in pairs if only is None else only:
        if pair not in pairs:
            continue
        first, second = pairs[pair]
        negated = _NEGATED.get(lang)
        said = (_affirmed(first, text, negated), _affirmed(second, text, negated))
        if said != (False, False):
            out[pair] = said
    return out


#: what an English source's verbs hold: literal strings, tested in C before the patterns
_EN_ANY = re.compile("elcom|ommend|prais|Prais|pplaud|ondemn|eplor|enounc|dopt|pprov|eject|veto"
                     "|Veto|ELCOM|OMMEND|PRAIS|PPLAUD|ONDEMN|EPLOR|ENOUNC|DOPT|PPROV|EJECT"
                     "|VETO")


@memo()
def _source_said(source: str, source_lang: str) -> dict[str, tuple[bool, bool]]:
    """The pairs the source says one side of (once for its five translations)."""
    base = source_lang.split("_")[0].split("-")[0]
    if base == "en" and _EN_ANY.search(source) is None:
        return {}
    return {pair: said for pair, said in _said(source, base).items() if said[0] != said[1]}


@check("TP313", "meaning-reversed", Severity.WARNING, "directions")
def meaning_reversed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation says the opposite of what the source's verb says ("condemned" →
    «a salué», "rejected" → «adopté»)."""
    wanted = _source_said[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    have = _said(unit.target, unit.lang.split("_")[0].split("-")[0], wanted)
    out = []
    for pair, said in wanted.items():
        got = have.get(pair)
        if got is not None and got == (said[1], said[0]) and not (
                ctx.source_lang.startswith("en")
                and _ALSO[pair][0 if got[0] else 1].search(unit.source)):
            source_side = _SIDES[pair][0 if said[0] else 1]
            other_side = _SIDES[pair][1 if said[0] else 0]
            out.append(finding("TP313", unit, f"«{source_side}» became «{other_side}»",
                               expected=source_side))
    return out
