"""TP202: a weekday of the source the translator gives as its date ("published Saturday" →
«publié le 29 septembre», t65/hA F5): no date "not in the source" when the date falls on that
weekday in its year (written, the release's, or the unit's), an info when no year tells, and
still an error on another day."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli

SOURCE = "The article was published Saturday."
#: (language, the translation dating Saturday 29 September 2018, the same dating Thursday 27th)
DATED = [
    ("fr", "L'article a été publié le 29 septembre.", "L'article a été publié le 27 septembre."),
    ("es", "El artículo se publicó el 29 de septiembre.",
     "El artículo se publicó el 27 de septiembre."),
    ("ru", "Статья была опубликована 29 сентября.", "Статья была опубликована 27 сентября."),
    ("ar", "نُشر المقال في 29 أيلول/سبتمبر.", "نُشر المقال في 27 أيلول/سبتمبر."),
    ("zh", "文章于9月29日发表。", "文章于9月27日发表。"),
]


def _tp202(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
           units: dict[str, tuple[str, str]], released: str | None = None
           ) -> dict[str, list[tuple[str, str]]]:
    """TP202's findings (severity, message) by unit, for units of (source, translation)."""
    tmp_path.mkdir(exist_ok=True)
    header = f'"X-Release-Date: {released}\\n"\n' if released else ""
    path = tmp_path / f"{lang}.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Language: {lang}\\n"\n' + header + "".join(
                        f'\nmsgctxt "{key}"\nmsgid "{source}"\nmsgstr "{target}"\n'
                        for key, (source, target) in units.items()), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--show-info", "--format", "json", expect=None)
    found: dict[str, list[tuple[str, str]]] = {key: [] for key in units}
    for f in json.loads(cli.out)["findings"]:
        if f["code"] == "TP202":
            found[f["unit"]].append((f["severity"], f["message"]))
    return found


@pytest.mark.parametrize(("lang", "good", "bad"), DATED)
def test_weekday_dated_in_the_release_year(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                           lang: str, good: str, bad: str) -> None:
    """In a release of 30 September 2018, "Saturday" is the 29th (no TP202); the 27th, a
    Thursday, is a date not in the source."""
    found = _tp202(tmp_path, cli_factory, lang, {"a": (SOURCE, good), "b": (SOURCE, bad)},
                   "2018-09-30")
    assert found["a"] == []
    assert [severity for severity, _ in found["b"]] == ["error"]


@pytest.mark.parametrize(("lang", "good", "bad"), DATED)
def test_weekday_dated_without_a_year(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      lang: str, good: str, bad: str) -> None:
    """Without a year to tell the weekday by, the translator's date is told as an info, no
    claim either way; a translation with no weekday in its source is still an error."""
    found = _tp202(tmp_path, cli_factory, lang, {
        "a": (SOURCE, good), "b": (SOURCE, bad),
        "c": ("The article was published recently.", good)})
    for key in ("a", "b"):
        ((severity, message),) = found[key]
        assert severity == "info" and "dates the source's weekday" in message
    assert [severity for severity, _ in found["c"]] == ["error"]


def test_weekday_dated_year_written_or_the_units(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli]) -> None:
    """The date's own year, else the one year the unit's dates name, else the release's (the
    year before for a December date in a January release) tells the weekday; another weekday
    named beside the date, or the weekday said in another sentence, leaves it an error."""
    other = "The report of 1 October 2018 was published Saturday."
    found = _tp202(tmp_path, cli_factory, "fr", {
        "year": (SOURCE, "L'article a été publié le 29 septembre 2018."),
        "year-wrong": (SOURCE, "L'article a été publié le 29 septembre 2017."),
        "unit": (other, "Le rapport du 1er octobre 2018 a été publié le 29 septembre."),
        "unit-wrong": (other, "Le rapport du 1er octobre 2018 a été publié le 28 septembre."),
        "beside": (SOURCE, "L'article a été publié le vendredi 29 septembre 2018."),
        "sentence": ("The minister spoke to the press on Saturday. The article about the talks "
                     "was published later.", "Le ministre a parlé à la presse samedi. "
                     "L'article sur les pourparlers a été publié le 29 septembre 2018."),
    })
    assert {key: [s for s, _ in found[key]] for key in found} == {
        "year": [], "year-wrong": ["error"], "unit": [], "unit-wrong": ["error"],
        "beside": ["error"], "sentence": ["error"]}
    turn = _tp202(tmp_path / "turn", cli_factory, "fr", {
        "a": (SOURCE, "L'article a été publié le 29 décembre."),
        "b": (SOURCE, "L'article a été publié le 28 décembre.")}, "2019-01-02")
    assert turn == {"a": [], "b": [("error", "date «28 décembre» is not in the source")]}


def test_weekday_dated_near_the_release(tmp_path: Path,
                                        cli_factory: Callable[[Path], Cli]) -> None:
    """With a release date (Sunday 30 September 2018), a weekday without its date is the one
    within the week of the release, on the side the tense says: "published Saturday" the
    29th, not the 22nd, 29 December, or 28 September 2012; "will meet on Friday" the 5
    October; a habit ("closed on Sundays", "every Friday") dates no day (t66/hD A: these had
    all passed)."""
    found = _tp202(tmp_path, cli_factory, "fr", {
        "week-before": (SOURCE, "L'article a été publié le 22 septembre."),
        "months-away": ("The summit, held Saturday, ended with a declaration.",
                        "Le sommet, tenu le 29 décembre, s'est achevé par une déclaration."),
        "year-wrong": ("The minister said on Friday that the ceasefire held.",
                       "Le ministre a déclaré le 28 septembre 2012 que le cessez-le-feu tenait."),
        "year-right": ("The minister said on Friday that the ceasefire held.",
                       "Le ministre a déclaré le 28 septembre 2018 que le cessez-le-feu tenait."),
        "plural": ("Shops are closed on Sundays, the mayor said.",
                   "Les magasins sont fermés le 30 septembre, a déclaré le maire."),
        "every": ("The market opens every Sunday.", "Le marché ouvre le 30 septembre."),
        "future": ("The ministers will meet on Friday.",
                   "Les ministres se réuniront le 5 octobre."),
        "future-past": ("The ministers will meet on Friday.",
                        "Les ministres se réuniront le 28 septembre."),
        "past-future": ("The minister spoke on Friday.", "Le ministre a parlé le 5 octobre."),
        "either": ("The ministers meet on Friday.", "Les ministres se réunissent le 5 octobre."),
    }, "2018-09-30")
    assert {key: [s for s, _ in found[key]] for key in found} == {
        "week-before": ["error"], "months-away": ["error"], "year-wrong": ["error"],
        "year-right": [], "plural": ["error"], "every": ["error"], "future": [],
        "future-past": ["error"], "past-future": ["error"], "either": []}


def test_weekday_dated_by_its_own_clause(tmp_path: Path,
                                         cli_factory: Callable[[Path], Cli]) -> None:
    """Each weekday's side of the release (Wednesday 5 March 2025) is its own clause's verb's:
    "met on Monday and will meet again on Friday" is 3 and 7 March; "United" is no past verb,
    so "meets on Friday" (a present) may be either side; "is to be held" is the future; a
    verb unknown leaves either side (t66/hH 1: one tense read for the unit had made these
    false errors, and "took place on Saturday" → 8 March passed)."""
    found = _tp202(tmp_path, cli_factory, "fr", {
        "united": ("The United Nations Security Council meets on Friday to discuss Gaza.",
                   "Le Conseil de sécurité de l'Organisation des Nations Unies se réunit le "
                   "7 mars pour examiner la situation à Gaza."),
        "two": ("The ministers met on Monday and will meet again on Friday.",
                "Les ministres se sont réunis le 3 mars et se réuniront à nouveau le 7 mars."),
        "two-wrong": ("The ministers met on Monday and will meet again on Friday.",
                      "Les ministres se sont réunis le 10 mars et se réuniront à nouveau le "
                      "7 mars."),
        "which": ("The talks, which opened on Monday, are expected to close on Friday.",
                  "Les pourparlers, ouverts le 3 mars, devraient se terminer le 7 mars."),
        "planned": ("The attack, which had been planned for months, took place on Saturday.",
                    "L'attaque, préparée depuis des mois, a eu lieu le 1er mars."),
        "planned-wrong": ("The attack, which had been planned for months, took place on "
                          "Saturday.", "L'attaque, préparée depuis des mois, a eu lieu le "
                          "8 mars."),
        "to-be-held": ("The vote is to be held on Friday.", "Le vote aura lieu le 7 mars."),
        "to-be-held-wrong": ("The vote is to be held on Friday.",
                             "Le vote aura lieu le 28 février."),
        "fronted": ("On Friday, the Council will vote.", "Le 28 février, le Conseil votera."),
        "present": ("The vote is held on Friday.", "Le vote a lieu le 28 février."),
    }, "2025-03-05")
    assert {key: [s for s, _ in found[key]] for key in found} == {
        "united": [], "two": [], "two-wrong": ["error"], "which": [], "planned": [],
        "planned-wrong": ["error"], "to-be-held": [], "to-be-held-wrong": ["error"],
        "fronted": ["error"], "present": []}


@pytest.mark.parametrize(("lang", "united", "two"), [
    ("es", "El Consejo de Seguridad de las Naciones Unidas se reúne el 7 de marzo.",
     "Los ministros se reunieron el 3 de marzo y volverán a reunirse el 7 de marzo."),
    ("ru", "Совет Безопасности Организации Объединенных Наций соберется 7 марта.",
     "Министры встретились 3 марта и снова встретятся 7 марта."),
    ("zh", "联合国安全理事会将于3月7日开会。", "部长们于3月3日举行了会晤，并将于3月7日再次会晤。"),
    ("ar", "يجتمع مجلس الأمن التابع للأمم المتحدة في 7 آذار/مارس.",
     "اجتمع الوزراء في 3 آذار/مارس وسيجتمعون مرة أخرى في 7 آذار/مارس."),
])
def test_weekday_dated_by_its_own_clause_in_each_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, united: str,
        two: str) -> None:
    """The same reading whatever the translation's language (t66/hH 1)."""
    found = _tp202(tmp_path, cli_factory, lang, {
        "united": ("The United Nations Security Council meets on Friday.", united),
        "two": ("The ministers met on Monday and will meet again on Friday.", two)},
        "2025-03-05")
    assert found == {"united": [], "two": []}


def test_weekday_dated_by_the_clauses_verb_not_its_adjectives(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """In a release of Wednesday 9 December 2020, a participle before its noun is no past
    verb ("the revised draft", "the proposed budget", "an adopted text", "displaced
    families"), a verb after "will", "to" or "going to" is its base form whatever past it
    looks like ("will read", "will put", "plans to set"), and "set" is past or future by the
    words beside it: the Friday after the release (11 December) for the future, the Monday
    before (7 December) for the past, the other side an error; "would" and an infinitive after
    a past ("agreed to meet again") say no side (t66/hI 2: the revised draft's and "will
    read"'s Friday after had been errors, the Friday before had passed)."""
    future = {
        "revised": "The Council will adopt the revised draft on Friday.",
        "proposed": "The Assembly will vote on the proposed budget on Friday.",
        "adopted": "The Council will consider an adopted text on Friday.",
        "displaced": "The agency will help displaced families on Friday.",
        "read": "The Committee will read the report on Friday.",
        "put": "The Council will put the text to a vote on Friday.",
        "to-set": "The Council plans to set the deadline on Friday.",
        "going": "The Council is going to read the report on Friday.",
        "set-for": "The vote, set for Friday, will open the session.",
    }
    past = {
        "set": "The Council set the new deadline on Monday.",
        "adopted-past": "The Council adopted the revised draft on Monday.",
        "displaced-past": "The floods displaced families on Monday.",
        "released": "The Council will discuss the report released on Monday.",
    }
    either = {
        "would": "The minister said the Council would vote on Friday.",
        "agreed-to": "The ministers agreed to meet again on Friday.",
    }
    _assert_tensed(tmp_path, cli_factory, past, future, either,
                   "Le Conseil s'est réuni le {} décembre.")


def test_weekday_after_to_and_a_noun_is_dated_by_the_clauses_verb(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """"to" before a noun is a preposition, not an infinitive's: "access to water", "returned
    to school", "delivered food to children" keep the clause's past, so in a release of
    Wednesday 9 December 2020 Monday is the 7th and the 14th an error; an infinitive is read
    where a word governs it ("agreed to", "is going to", "urged the Council to", "were asked
    to") or its verb has an object ("to adopt the text") (t67/hD 1: any lowercase word after
    "to" had been a verb, and "Access to water on Monday was cut off" a future: the right 7th
    an error, the 14th passed)."""
    past = {
        "access": "Access to water on Monday was cut off in the city.",
        "damage": "Damage to infrastructure on Monday was severe.",
        "returned": "Children returned to school on Monday.",
        "delivered": "The agency delivered food to children on Monday.",
        "help": "The agency provided help to children on Monday.",
        "normal": "Schools returned to normal on Monday.",
    }
    future = {
        "wants": "The Council wants to vote on Friday.",
        "object": "The Council will meet to adopt the text on Friday.",
        "will-deliver": "The agency will deliver food to children on Friday.",
        "return-work": "The Council will return to work on Friday.",
    }
    either = {
        "urged": "The Secretary-General urged the Council to vote on Friday.",
        "called-on": "The Secretary-General called on States to act on Friday.",
        "asked": "Delegates were asked to vote on Friday.",
        "not": "The Council decided not to vote on Friday.",
    }
    _assert_tensed(tmp_path, cli_factory, past, future, either,
                   "Cela s'est passé le {} décembre.")


def test_a_headlines_infinitive_with_a_named_object_is_the_future(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """"LeBron to make Lakers debut Sunday" (NTREX-128's headline): the word after "to" has a
    name for its object, so an infinitive, the future (the Sunday after a release of Wednesday
    9 December 2020, the 13th); "returned to school Monday" is no object: the past."""
    units = {
        "debut": ("LeBron to make Lakers debut Sunday.", "Il jouera le 13 décembre."),
        "debut/wrong": ("LeBron to make Lakers debut Sunday.", "Il jouera le 6 décembre."),
        "school": ("Children returned to school Monday.", "Cela s'est passé le 7 décembre."),
        "school/wrong": ("Children returned to school Monday.",
                         "Cela s'est passé le 14 décembre."),
    }
    found = _tp202(tmp_path, cli_factory, "fr", units, "2020-12-09")
    assert {key: [s for s, _ in found[key]] for key in found} == {
        key: (["error"] if key.endswith("/wrong") else []) for key in units}


def _assert_tensed(tmp_path: Path, cli_factory: Callable[[Path], Cli], past: dict[str, str],
                   future: dict[str, str], either: dict[str, str], past_text: str) -> None:
    """In a release of Wednesday 9 December 2020, each source's Monday the 7th (``past``, the
    14th an error) or Friday the 11th (``future``, the 4th an error; ``either``, the 4th
    accepted too): only the "/wrong" twins are errors."""
    units: dict[str, tuple[str, str]] = {}
    for key, source in past.items():
        units[key] = (source, past_text.format(7))
        units[key + "/wrong"] = (source, past_text.format(14))
    for key, source in future.items():
        units[key] = (source, "Le Conseil se réunira le 11 décembre.")
        units[key + "/wrong"] = (source, "Le Conseil se réunira le 4 décembre.")
    for key, source in either.items():
        units[key] = (source, "Le Conseil se réunira le 11 décembre.")
        units[key + "/before"] = (source, "Le Conseil se réunira le 4 décembre.")
    found = _tp202(tmp_path, cli_factory, "fr", units, "2020-12-09")
    assert {key: [s for s, _ in found[key]] for key in found} == {
        key: (["error"] if key.endswith("/wrong") else []) for key in units}
