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
