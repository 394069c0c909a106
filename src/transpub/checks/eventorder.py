"""An event keeps its side of the time line (TP312): "explanations of vote before the vote" are
not «explications de vote après le vote», "after the adoption" not «до принятия», "ahead of
the elections" not «选举后». The date checks compare dates (TP206 their bounds); a bound that
places what is said before or after a meeting's own events was compared by nothing (session
44's round: five translations turning "before the vote" into "after" passed).

Each side reads the events the UN's meetings coverage places things by — the vote (voting),
the adoption, the meeting, the session, the debate, the elections, the summit — with the bound
just before them (a few words between: "before the recorded vote", «après le vote sur le
projet», «после голосования»), or, in Chinese, after them («表决前», «选举之后»). Before:
"before", "prior to", "ahead of", "in the run-up to", "on the eve of", «avant», «à la veille
de», «antes de», «en vísperas de», «до», «перед», «накануне», «قبل», «…前»; after: "after",
"following", "since", "in the wake of", «après», «à l'issue de», «depuis», «después de»,
«tras», «desde», «после», «по итогам», «بعد», «عقب», «إثر», «منذ», «…后». An event the source
places on one side only, which the translation places on the other side only, is reported;
one it places on both sides, or not at all, is left alone ("before the meeting" may be «en
prévision de la réunion», or a clause of its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo

BEFORE, AFTER = "before", "after"
VOTE, ADOPTION, MEETING, SESSION, DEBATE, ELECTIONS, SUMMIT = (
    "vote", "adoption", "meeting", "session", "debate", "elections", "summit")

#: the events, by language: (pattern of the event's word, event)
_EVENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"votes?|voting", VOTE), (r"adoption", ADOPTION), (r"meetings?", MEETING),
           (r"session", SESSION), (r"debate", DEBATE), (r"elections?|polls", ELECTIONS),
           (r"summit", SUMMIT)),
    "fr": ((r"vote|votes|scrutin|mise\s+aux\s+voix", VOTE), (r"adoption", ADOPTION),
           (r"réunions?|séance", MEETING), (r"session", SESSION), (r"débat", DEBATE),
           (r"élections?", ELECTIONS), (r"sommet", SUMMIT)),
    "es": ((r"votaci[óo]n|votaciones|voto", VOTE), (r"aprobaci[óo]n", ADOPTION),
           (r"reuni[óo]n|reuniones|sesi[óo]n\s+plenaria", MEETING),
           (r"per[íi]odo\s+de\s+sesiones", SESSION), (r"debate", DEBATE),
           (r"elecciones|comicios", ELECTIONS), (r"cumbre", SUMMIT)),
    "ru": ((r"голосовани\w*", VOTE), (r"приняти\w*", ADOPTION),
           (r"заседани\w*|совещани\w*|встреч\w*", MEETING), (r"сесси\w*", SESSION),
           (r"прени\w*|дебат\w*|обсуждени\w*", DEBATE), (r"выбор\w*", ELECTIONS),
           (r"саммит\w*|встреч\w+\s+на\s+высшем\s+уровне", SUMMIT)),
    "ar": ((r"(?:ال)?تصويت", VOTE), (r"(?:ال)?اعتماد", ADOPTION),
           (r"(?:ال)?اجتماع(?:ات)?|(?:ال)?جلسة", MEETING), (r"(?:ال)?دورة", SESSION),
           (r"(?:ال)?مناقشة", DEBATE), (r"(?:ال)?انتخابات", ELECTIONS), (r"(?:ال)?قمة", SUMMIT)),
    "zh": ((r"投票|表决|表決", VOTE), (r"通过|通過", ADOPTION), (r"会议|會議|会晤", MEETING),
           (r"届会|屆會", SESSION), (r"辩论|辯論", DEBATE), (r"选举|選舉|大选|大選", ELECTIONS),
           (r"峰会|峰會|首脑会议", SUMMIT)),
}
#: the bounds written before the event, by language: (pattern, side)
_BOUNDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"before|prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of"
            r"|on\s+the\s+eve\s+of", BEFORE),
           # ("the following meeting" is the next one: "following" only before its article)
           (r"after|following(?=\s+(?:the|its|this|that|an?)\s)|since|in\s+the\s+wake\s+of",
            AFTER)),
    "fr": ((r"avant|à\s+la\s+veille\s+d[eu']|en\s+amont\s+d[eu']", BEFORE),
           (r"après|à\s+l['’]issue\s+d[eu']|depuis|au\s+lendemain\s+d[eu']"
            r"|à\s+la\s+suite\s+d[eu']", AFTER)),
    "es": ((r"antes(?:\s+de(?:l)?)?|en\s+v[íi]speras\s+de(?:l)?|previ[oa]s?\s+al?", BEFORE),
           (r"despu[ée]s\s+de(?:l)?|tras|desde|al\s+t[ée]rmino\s+de(?:l)?"
            r"|a\s+ra[íi]z\s+de(?:l)?", AFTER)),
    "ru": ((r"до|перед|накануне", BEFORE), (r"после|по\s+итогам|по\s+завершении|с\s+момента",
                                             AFTER)),
    "ar": ((r"[وف]?قبل", BEFORE), (r"[وف]?(?:بعد|عقب|إثر|منذ)", AFTER)),
}
#: Chinese: the bound after the event («表决前», «选举之后»; not 前进, 前提, 前景, 后续, 后果:
#: "通过后续行动" is "through follow-up action")
_ZH_AFTER = r"(?:之|以)?(前(?![进進往提景途线線任])|[后後](?![续續果者面来來盾]))"
#: the words a bound may leave before its event, each a word and a space or an elided article
#: ("before the recorded vote", «après le vote sur», «à l'issue de l'adoption»)
_BETWEEN = r"(?:\s+|(?<=['’]))(?:[^\W\d_][\w-]*\s+|[^\W\d_]{1,2}['’]){0,3}?"


#: each language's bounds as one alternation, a group ``b<i>`` each
_ALTERNATION = {lang: "|".join(f"(?P<b{i}>{raw})" for i, (raw, _) in enumerate(bounds))
                for lang, bounds in _BOUNDS.items()}


def _compile(lang: str) -> re.Pattern[str] | None:
    events = _EVENTS.get(lang)
    if events is None:
        return None
    names = "|".join(f"(?P<e{i}>{raw})" for i, (raw, _) in enumerate(events))
    if lang == "zh":
        return re.compile(rf"(?:{names}){_ZH_AFTER}")
    return re.compile(rf"(?<!\w)(?:{_ALTERNATION[lang]}){_BETWEEN}(?:{names})(?!\w)",
                      re.IGNORECASE)


_COMPILED = {lang: _compile(lang) for lang in _EVENTS}

#: a bound listed before another that names the event for both ("before, during or after the
#: elections", «avant, pendant et après les élections», «до, во время и после выборов»)
_LISTED = {lang: re.compile(
    rf"(?<!\w)(?:{alternation})"
    r"(?=\s*[,،、]|\s+(?:and|or|nor|et|ou|ni|y|e|o|u|и|или|либо|а\s+также)(?!\w)|\s+و)",
    re.IGNORECASE) for lang, alternation in _ALTERNATION.items()}
#: any bound (one between a bound and its event is listed with it: «قبل وأثناء وبعد …»)
_ANY = {lang: re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
        for lang, alternation in _ALTERNATION.items()}
#: how far before a bound a bound listed with it is looked for
_LIST_REACH = 60


def _sides(text: str, lang: str) -> dict[str, set[str]]:
    """The sides ``text`` places each event on."""
    pattern = _COMPILED.get(lang)
    if pattern is None:
        return {}
    events = _EVENTS[lang]
    out: dict[str, set[str]] = {}
    for match in pattern.finditer(text):
        groups = match.groupdict()
        name = next(k for k, v in groups.items() if v is not None and k.startswith("e"))
        event = events[int(name[1:])][1]
        if lang == "zh":
            side = BEFORE if match.group(match.lastindex or 0) == "前" else AFTER
        else:
            side = next(_BOUNDS[lang][int(k[1:])][1] for k, v in groups.items()
                        if v is not None and k.startswith("b"))
        sides = out.setdefault(event, set())
        sides.add(side)
        if lang != "zh":
            # a bound listed before this one, or between it and the event («قبل وأثناء وبعد
            # الانتخابات»: the last, glued to its conjunction, is the event's too)
            start = match.start()
            for listed in chain(_LISTED[lang].finditer(text, max(0, start - _LIST_REACH), start),
                                _ANY[lang].finditer(text, start + 1, match.start(name))):
                sides.add(next(_BOUNDS[lang][int(k[1:])][1]
                               for k, v in listed.groupdict().items() if v is not None))
    return out


#: what an English source's events and bounds hold: literal strings, tested in C before the
#: pattern, which ignores case (and so has no literal to skip to: 559 -> 120 ms on the
#: benchmark's units)
_EN_EVENT = re.compile("vot|Vot|VOT|adoption|Adoption|ADOPTION|meeting|Meeting|MEETING|session"
                       "|Session|SESSION|debate|Debate|DEBATE|election|Election|ELECTION|polls"
                       "|Polls|POLLS|summit|Summit|SUMMIT")
_EN_BOUND = re.compile("before|Before|BEFORE|after|After|AFTER|prior|Prior|PRIOR|ahead|Ahead"
                       "|AHEAD|following|Following|FOLLOWING|since|Since|SINCE|run-up|Run-up"
                       "|RUN-UP|advance|Advance|ADVANCE|eve|Eve|EVE|wake|Wake|WAKE")


@memo()
def _source_sides(source: str, source_lang: str) -> dict[str, str]:
    """The events the source places on one side only (once for its five translations)."""
    base = source_lang.split("_")[0].split("-")[0]
    if base == "en" and (_EN_EVENT.search(source) is None or _EN_BOUND.search(source) is None):
        return {}
    return {event: next(iter(sides)) for event, sides in _sides(source, base).items()
            if len(sides) == 1}


@check("TP312", "event-side-changed", Severity.WARNING, "dates")
def event_side_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation places an event the other side of its bound ("before the vote" →
    «après le vote»)."""
    wanted = _source_sides[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    have = _sides(unit.target, unit.lang.split("_")[0].split("-")[0])
    out = []
    for event, side in wanted.items():
        sides = have.get(event, set())
        if sides and side not in sides:
            other = AFTER if side == BEFORE else BEFORE
            out.append(finding("TP312", unit, f"«{side} the {event}» became «{other} the "
                               f"{event}»", expected=f"{side} the {event}"))
    return out
