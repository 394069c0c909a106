"""``align`` warns when the translation it reads is not in its language: a page of the
Arabic site whose body is the English text (a trial's OHCHR page: align filled 9 Arabic units
with English without a word; TP603 saw only the exact copies)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.alignlang import not_in_language

from conftest import REPO, Cli, copy_sample

RELEASE = "unoct-qatar-strategic-dialogue-2020"

ENGLISH = ["The Council opened its session today and heard the High Commissioner's update.",
           "She said that the situation of detained children required urgent attention from "
           "every member state, and that funding for the office remained far too low.",
           "Excellencies, colleagues and friends, thank you for your attention."]
FRENCH = ["Le Conseil a ouvert sa session aujourd'hui et entendu la mise à jour de la Haute "
          "Commissaire.",
          "Elle a déclaré que la situation des enfants détenus exigeait une attention urgente "
          "de chaque État membre, et que le financement du bureau restait bien trop faible.",
          "Excellences, chers collègues et amis, merci de votre attention."]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("ar", ENGLISH, "not in Arabic script"), ("zh", ENGLISH, "not in Chinese (Han) script"),
    ("ru", ENGLISH, "not in Cyrillic script"), ("fr", ENGLISH, "words are the source's own"),
    ("es", [s.replace("Council", "Consejo") for s in ENGLISH], "words are the source's own"),
])
def test_a_translation_in_the_sources_language_or_script(lang: str, text: list[str],
                                                         said: str) -> None:
    assert said in not_in_language(text, ENGLISH, lang, "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", FRENCH),
    # (a Chinese page naming people and bodies in Latin letters: most of it Han)
    ("zh", ["理事会今天开幕，听取了高级专员（Michelle Bachelet）的最新情况介绍。",
            "她说，被拘留儿童的处境需要每个会员国紧急关注，办事处的经费仍然太少。",
            "各位阁下，同事们，朋友们，谢谢。"]),
    # (a text full of names: its words in capitals are not counted)
    ("es", ["Zeid Ra'ad Al Hussein, Michelle Bachelet, Volker Türk, Navi Pillay, Louise "
            "Arbour, Mary Robinson, José Ayala-Lasso: los Altos Comisionados desde la creación "
            "de la Oficina en Ginebra."]),
    ("ar", ["Geneva"]),  # (too short to tell)
])
def test_a_translation_in_its_language(lang: str, text: list[str]) -> None:
    assert not_in_language(text, [*ENGLISH, "Zeid Ra'ad Al Hussein, Michelle Bachelet"],
                           lang, "en") == ""


def test_align_says_so_in_one_line(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The release's own English page aligned as its Arabic: one warning line, naming the
    file and the units filled from it."""
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(ws / "locales" / "ar" / "LC_MESSAGES" / f"{RELEASE}.po"))
    for entry in po:
        entry.msgstr = ""
    po.save()
    page = REPO / "output" / "en" / f"{RELEASE}.html"
    cli = cli_factory(ws)
    cli("align", RELEASE, str(page), "--lang", "ar", "--dry-run")
    warned = [line for line in cli.out.splitlines() if "warning" in line]
    assert len(warned) == 1 and warned[0].startswith(f"{page}: warning: the translation seems "
                                                     "not to be in ar: "), cli.out
    assert "not in Arabic script" in warned[0] and "unit(s) filled from it" in warned[0]
    cli("align", RELEASE, str(REPO / "output" / "ar" / f"{RELEASE}.html"), "--lang", "ar",
        "--dry-run")
    assert "warning" not in cli.out.split(f"{page}")[-1]
