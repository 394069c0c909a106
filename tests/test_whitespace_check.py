"""TP503: a TAB, a line break or a space at an end that a translation has and its source has
not (pofilter's ``tabs``, ``newlines`` and ``whitespace`` tests), as PO editors write them:
Enter in Poedit's edit box, a text pasted from a PDF, a space typed at the end. The build
publishes them as they are; before TP503 no check said a word. Typography inside the text is
not layout: French no-break spaces before « : ; ! ? », a no-break space at an end where the
source has a space, the ideographic spaces a Chinese paragraph opens with."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _check(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
           pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    """TP503's findings of ``transpub check`` on a PO file of these units."""
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    for number, (source, target) in enumerate(pairs, 1):
        po.append(polib.POEntry(msgctxt=f"p{number}", msgid=source, msgstr=target))
    tmp_path.mkdir(exist_ok=True)
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", f"{lang}.po", "--select", "TP503", "--format", "json", "--no-cache",
        "--fail-on", "info", expect=None)
    found: list[dict[str, str]] = json.loads(cli.out)["findings"]
    return found


REPORTED = [  # (lang, source, translation, severity, message, expected)
    ("fr", "The meeting ended.", "La réunion\ts’est terminée.", "error",
     "1 TAB(s) the source does not have", "La réunion s’est terminée."),
    ("fr", "The meeting ended.", "La réunion s’est\nterminée.", "error",
     "1 line break(s) the source does not have", "La réunion s’est terminée."),
    ("fr", "PRESS RELEASE", "COMMUNIQUÉ DE PRESSE\n", "error",
     "a line break at the end that the source does not have", "COMMUNIQUÉ DE PRESSE"),
    ("ru", "PRESS RELEASE", "\nПРЕСС-РЕЛИЗ", "error",
     "a line break at the start that the source does not have", "ПРЕСС-РЕЛИЗ"),
    ("es", "Geneva", " Ginebra", "warning",
     "a space at the start that the source does not have", "Ginebra"),
    ("ar", "Geneva", "جنيف ", "warning",
     "a space at the end that the source does not have", "جنيف"),
    ("zh", "The meeting ended.", "会议\n结束。", "error",
     "1 line break(s) the source does not have", "会议结束。"),
    ("fr", "Total: ", "Total :", "warning", "the source's space at the end dropped",
     "Total : "),
    ("fr", "Usage:\n  run", "Utilisation : lancer", "error",
     "1 line break(s) of the source dropped", ""),
    ("fr", "Line one\n", "Ligne un", "error",
     "a line break at the end that the translation does not have", ""),
    ("fr", "A\u2028B", "A B", "error", "1 line break(s) of the source dropped", ""),
]


@pytest.mark.parametrize(("lang", "source", "target", "severity", "message", "expected"),
                         REPORTED)
def test_reported(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
                  target: str, severity: str, message: str, expected: str) -> None:
    (found,) = _check(tmp_path, cli_factory, lang, [(source, target)])
    assert found["code"] == "TP503"
    assert found["severity"] == severity
    assert found["message"] == f"whitespace: {message}"
    assert found.get("expected", "") == expected


LEFT_ALONE = [
    # French typography: no-break spaces (U+00A0, U+202F) before the double marks and
    # inside guillemets
    ("fr", "Contact: Ms. Laurence Gerard!", "Contact\u00a0: Mme Laurence Gérard\u202f!"),
    ("fr", 'He said: "Never again."', "Il a déclaré\u202f: «\u00a0Plus jamais\u00a0»."),
    # a unit that is only the mark and the space French sets before it (Django's « :»), or
    # after an opening guillemet
    ("fr", ":", " :"),
    ("fr", "\"", "« "),
    # a space at the end in both, one a no-break space
    ("fr", "Total: ", "Total\u00a0:\u00a0"),
    # Chinese: a paragraph's ideographic indent, an ideographic space inside
    ("zh", "The meeting ended.", "\u3000\u3000会议结束。"),
    ("zh", "Geneva, 9 December", "日内瓦\u30002020年12月9日"),
    # Arabic: its marks at the ends are no spaces
    ("ar", "Geneva", "\u200fجنيف\u200f"),
    # line breaks and TABs the source has, in the same places
    ("fr", "Usage:\n\trun", "Utilisation :\n\tlancer"),
    ("ru", "Line one\n", "Строка один\n"),
    ("fr", "one\r\ntwo", "un\r\ndeux"),
]


@pytest.mark.parametrize(("lang", "source", "target"), LEFT_ALONE)
def test_left_alone(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
                    target: str) -> None:
    assert _check(tmp_path, cli_factory, lang, [(source, target)]) == []


def test_in_the_workspace(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A returned French file's line break and TAB fail the workspace's check (errors); a
    leading space is a warning. What the build would publish is named with its line."""
    from conftest import copy_sample

    ws = copy_sample(tmp_path)
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"
    text = path.read_text(encoding="utf-8")
    text = text.replace('msgstr "COMMUNIQUÉ DE PRESSE"', 'msgstr "COMMUNIQUÉ DE PRESSE\\n"')
    text = text.replace('msgstr "New York"', 'msgstr " New York"')
    text = text.replace('msgstr "Le Bureau de lutte', 'msgstr "Le\\tBureau de lutte', 1)
    path.write_text(text, encoding="utf-8")
    cli = cli_factory(ws)
    cli("check", "--lang", "fr", "--select", "TP503", "--no-cache", expect=1)
    lines = [line for line in cli.out.splitlines() if " TP503 " in line]
    assert [line.split(" TP503 ")[1] for line in lines] == [
        "error: whitespace: a line break at the end that the source does not have",
        "warning: whitespace: a space at the start that the source does not have",
        "error: whitespace: 1 TAB(s) the source does not have"]
    assert lines[0].startswith(f"locales/fr/LC_MESSAGES/{RELEASE}.po:20: [label] fr")


def test_the_sample_is_clean(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The sample's six languages (French no-break spaces, Chinese, Arabic): nothing."""
    from conftest import copy_sample

    cli = cli_factory(copy_sample(tmp_path))
    cli("check", "--select", "TP503", "--no-cache", "--fail-on", "info", expect=0)
    assert " TP503 " not in cli.out
