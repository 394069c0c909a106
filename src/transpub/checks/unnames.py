"""The UN's bodies and senior titles stay what they are (TP108): "the Security Council" is not
«l'Assemblée générale», "the Fifth Committee" not «la Sixième Commission», "the
Secretary-General" not «le Secrétaire général adjoint», "the International Court of Justice"
not «la Cour pénale internationale». The termbase checks compare what a termbase holds; the
UN's principal organs, the General Assembly's Main Committees, its courts and councils and the
Secretariat's senior titles are known here in the six languages (``data/un_names.json``, read
by ``transpub.namefind`` as the countries are), so that a swap is caught with any termbase.

As for the countries (TP107), only a translation that names a body or title the source does
not, while one the source names is not found, is reported; a name the workspace's termbase
holds is left to the termbase checks (TP101 says it is missing), unless the translation's other
name holds its form, where they find the term and say nothing («Représentante permanente
adjointe» for "Permanent Representative").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.countries import termbase_holds
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.namefind import UN_NAMES, changed, entry_flag, forms, kind_of


@check("TP108", "un-name-changed", Severity.WARNING, "countries")
def un_name_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a UN body or senior title the source does not, and not one the
    source names ("the Security Council" → «l'Assemblée générale»)."""
    def named(code: str, name: str) -> bool:
        # (a body's President, in the source, is no head of State's: not missing at all)
        return not (entry_flag(UN_NAMES, code, "of_a_state") and _of_a_body(unit.source, name))

    swaps = changed(unit.source, ctx.source_lang, unit.target, unit.lang, UN_NAMES, named)
    return [finding("TP108", unit, f"the {kind_of(UN_NAMES, code)} «{name}» became «{other}»",
                    expected=name)
            for code, name, other in swaps
            if (not termbase_holds(ctx, unit.source, name) or _embeds(code, other, unit.lang))
            and (entry_flag(UN_NAMES, code, "any") or not _of_another(unit.source, name))]


def _embeds(code: str, other: str, lang: str) -> bool:
    """Does the translation's other name hold a form of the source's («Représentante
    permanente adjointe» for "Permanent Representative»)? The termbase checks then find the
    term inside it and say nothing: the swap is TP108's to report."""
    folded = other.casefold()
    return any(form.casefold() in folded for form in forms(UN_NAMES, code, lang))


def _of_another(source: str, name: str) -> bool:
    """Is every mention of ``name`` in the source another organization's ("Deputy
    Secretary-General of the United Nations Conference on Trade and Development", "the
    General Assembly of the OAS", "NATO's Secretary-General"), whose own translations the
    UN's do not fix («Secrétaire général adjoint de la CNUCED»)?"""
    mentions = [m for m in re.finditer(re.escape(name), source)]
    return bool(mentions) and all(
        _OF_ANOTHER.match(source, m.end()) or _ANOTHER_BEFORE.search(source, 0, m.start())
        for m in mentions)


#: "of" another organization after the name (not "of the United Nations" nor "of the
#: Organization", the UN itself, but "of the United Nations Conference on Trade and
#: Development"), or its acronym or possessive before it
_OF_ANOTHER = re.compile(r"\s+of\s+(?!the\s+(?:United\s+Nations|Organization)\b(?!\s+[A-Z]))"
                         r"(?:the\s+)?(?:[A-Z][\w'-]*|[A-Z]{2,})")
_ANOTHER_BEFORE = re.compile(r"(?:\b(?!UN\b)[A-Z]{2,}|'s|’s)\s+$")


def _of_a_body(source: str, name: str) -> bool:
    """Is every mention of a head of State's title ("President") in the source a body's
    presiding officer ("the President of the General Assembly", "the Council President",
    "the President of its seventy-ninth session", "President of IFAD"), whom Chinese and
    Russian call otherwise («主席», «Председатель»)?"""
    mentions = [m for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?!\w)", source)]
    return bool(mentions) and all(
        _BODY_AFTER.match(source, m.end()) or _BODY_BEFORE.search(source, 0, m.start())
        for m in mentions)


_BODIES = (r"(?:Assembly|Council|Court|Commission|Committee|Conference|Board|Bureau|Tribunal|"
           r"Bank|Group|Parliament|Senate|Union|Fund|Federation|Society|Movement|Party|"
           r"Congress|Organi[sz]ation|Institute|Association|Forum|Summit|Chamber|Foundation|"
           r"session|meeting|Meeting|Session)")
#: "of" a body after the title, a body or acronym before it
_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|this\s+|that\s+)?(?:(?:[\w'-]+\s+){0,4}?"
                         + _BODIES + r"\b|[A-Z]{2,}\b)")
_BODY_BEFORE = re.compile(r"(?:\b" + _BODIES + r"|\b[A-Z]{2,}|\bVice)(?:'s|’s)?\s+$")
