"""TP112: a place unit, or a short unit, filled with text of another kind. Session 63's trial
aligned UNICEF's published translations with their English releases (ReliefWeb's Spanish page,
UNICEF's Arabic pages): the dateline's place "NEW YORK" was filled with the page's region label
«World», and a label, the issuing office and a sentence with the dateline's city cut off its
sentence («نيويورك», «صنعاء»); nothing reported them (TP109 compares only cities the source
names). Twins: the place rendered as the UN renders it, in capitals or not, with its country;
a country alone, which a city may render; a place the list does not hold (not judged)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli


def _found(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, msgctxt: str,
           source: str, target: str) -> list[dict[str, str]]:
    """TP112's findings on a transpub PO file holding the unit ``msgctxt``."""
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8",
                   "X-Generator": "transpub 0.1.0", "X-Release-Date": "2020-05-12"}
    po.append(polib.POEntry(msgctxt=msgctxt, msgid=source, msgstr=target,
                            comment="Dateline place." if msgctxt == "place" else "Paragraph 1."))
    tmp_path.mkdir(exist_ok=True)
    po.save(str(tmp_path / "release.po"))
    cli = cli_factory(tmp_path)
    cli("check", "release.po", "--select", "TP112", "--format", "json", "--no-cache",
        expect=None)
    found: list[dict[str, str]] = json.loads(cli.out)["findings"]
    return found


REPORTED = [
    # the dateline's place filled with no place (ReliefWeb's region label)
    ("es", "place", "NEW YORK", "World",
     "the dateline's place «NEW YORK» is not in the translation «World»: a line of another "
     "unit?", "NUEVA YORK"),
    ("fr", "place", "Geneva", "Communiqué de presse",
     "the dateline's place «Geneva» is not in the translation «Communiqué de presse»: a line "
     "of another unit?", "Genève"),
    ("ar", "place", "KABUL, AFGHANISTAN", "بيان صحفي",
     "the dateline's place «KABUL» is not in the translation «بيان صحفي»: a line of another "
     "unit?", "كابل"),
    # a unit filled with a city alone the source does not name
    ("ar", "label", "Statement", "نيويورك",
     "the translation is the place «نيويورك», which the source does not name: a line of "
     "another unit?", ""),
    ("ar", "office", "Media Center", "نيويورك",
     "the translation is the place «نيويورك», which the source does not name: a line of "
     "another unit?", ""),
    ("ar", "p2.2b8a5e", "Interviews available via the UNICEF Australia team.", "صنعاء",
     "the translation is the place «صنعاء», which the source does not name: a line of "
     "another unit?", ""),
    ("zh", "h2", "About UNICEF", "纽约",
     "the translation is the place «纽约», which the source does not name: a line of another "
     "unit?", ""),
]


@pytest.mark.parametrize(("lang", "msgctxt", "source", "target", "message", "expected"),
                         REPORTED)
def test_a_unit_filled_with_another_kind_is_reported(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, msgctxt: str,
        source: str, target: str, message: str, expected: str) -> None:
    (found,) = _found(tmp_path, cli_factory, lang, msgctxt, source, target)
    assert (found["severity"], found["message"], found.get("expected", "")) \
        == ("warning", message, expected)


LEFT_ALONE = [
    # the place as the UN renders it, in capitals, with its country, kept as written
    ("es", "place", "NEW YORK", "NUEVA YORK"),
    ("es", "place", "NEW YORK", "Nueva York"),
    ("ar", "place", "NEW YORK", "نيويورك"),
    ("ar", "place", "SANA’A", "صنعاء"),
    ("zh", "place", "NEW YORK, USA", "纽约"),
    ("fr", "place", "KABUL, AFGHANISTAN", "KABOUL (AFGHANISTAN)"),
    ("ru", "place", "GENEVA", "ЖЕНЕВА"),
    ("es", "place", "NEW YORK", "NEW YORK"),
    # another city in its place is TP109's
    ("fr", "place", "GENEVA", "VIENNE"),
    # a place the list does not hold is not judged
    ("es", "place", "TIJUANA", "World"),
    # the source's own city, a country alone the city may render, a sentence naming its city
    ("ar", "p1", "Sana'a", "صنعاء"),
    ("ar", "p1", "YEMEN", "صنعاء"),
    ("ar", "p1", "Meeting in Geneva", "جنيف"),
    # a sentence, or a city with more words: no city alone
    ("es", "p1", "Statement", "Nueva York, 12 de mayo de 2020"),
    ("ar", "p1", "Statement", "بيان من نيويورك"),
    # no translation
    ("ar", "label", "Statement", ""),
]


@pytest.mark.parametrize(("lang", "msgctxt", "source", "target"), LEFT_ALONE)
def test_a_place_rendered_is_left_alone(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                        lang: str, msgctxt: str, source: str,
                                        target: str) -> None:
    assert _found(tmp_path, cli_factory, lang, msgctxt, source, target) == []


def test_a_foreign_file_s_place_context_is_no_dateline(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Another tool's PO file may have a msgctxt "place" of its own: not read as a dateline."""
    po = polib.POFile()
    po.metadata = {"Language": "es", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="place", msgid="NEW YORK", msgstr="Lugar"))
    tmp_path.mkdir(exist_ok=True)
    po.save(str(tmp_path / "other.po"))
    cli = cli_factory(tmp_path)
    cli("check", "other.po", "--select", "TP112", "--format", "json", "--no-cache",
        expect=None)
    assert json.loads(cli.out)["findings"] == []


#: a spelling of the place the list does not hold, its consonants the source place's (UN News
#: Arabic's «بورت أو برنس» for PORT-AU-PRINCE; the list's is «بور - أو - برانس»): the place,
#: told softly, an info, never "a line of another unit?" (a hostile review of session 63)
VARIANTS = [
    ("ar", "PORT-AU-PRINCE", "بورت أو برنس",
     "the dateline's place «PORT AU PRINCE» is written «بورت أو برنس», a spelling the list of "
     "places does not hold (the UN's: «بور - أو - برانس»)", "بور - أو - برانس"),
    ("ru", "PORT-AU-PRINCE", "ПОРТ-О-ПРИНС",
     "the dateline's place «PORT AU PRINCE» is written «ПОРТ-О-ПРИНС», a spelling the list of "
     "places does not hold (the UN's: «ПОРТ-О-ПРЕНС»)", "ПОРТ-О-ПРЕНС"),
]


@pytest.mark.parametrize(("lang", "source", "target", "message", "expected"), VARIANTS)
def test_a_spelling_variant_of_the_place_is_no_other_unit(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
        target: str, message: str, expected: str) -> None:
    found = _found(tmp_path, cli_factory, lang, "place", source, target)
    assert [(f["severity"], f["message"], f.get("expected", "")) for f in found] \
        == [("info", message, expected)]
