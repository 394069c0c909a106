"""``align`` warns when the text it reads is no translation of the release: a UN News story
against UNIC's Russian of the Secretary-General's message it quotes (session 64's trial: 7
units filled, all wrong, without a word), another release of the office. A translation's
pairs agree in their numbers or lengths, 4 in 10 of the shorter side's lines at least (22
of the trials' real translations and the UN Parallel Corpus's 10 documents: 0.5 to 1.0);
another text's, by chance only (0 to 0.38 on 26 of 30 crossed pairs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from test_align_first_paragraph import PAGES as ANNIVERSARY
from test_align_first_paragraph import RELEASE as ANNIVERSARY_EN
from test_align_repeated_heads import UNIC_EN, UNIC_RU
from transpub.align import Pair
from transpub.alignfit import disagreement
from transpub.model import Segment

from conftest import Cli

#: a news story about the Secretary-General's message (narration and quotations), and the
#: Russian of the message itself, as the trial's pair was (the text here is the test's own)
STORY_EN = """Migration drives growth and understanding, UN chief says

The UN chief said on Tuesday that migration allows millions of people to seek new \
opportunities, in his message for International Migrants Day.

However, he pointed out that poorly regulated migration can intensify divisions within and \
between societies and expose people to exploitation and abuse.

“This month, the world took a landmark step forward with the adoption of the Global Compact \
for Safe, Orderly and Regular Migration,” Mr. Guterres said.

He called on all countries to take the path the Compact provides, to protect the human \
rights of every migrant.

On 19 September 2016, the General Assembly adopted a set of commitments to enhance the \
protection of refugees and migrants.
"""
MESSAGE_RU = """ПОСЛАНИЕ ПО СЛУЧАЮ МЕЖДУНАРОДНОГО ДНЯ МИГРАНТОВ

Миграция является мощным движителем экономического роста, динамизма и взаимопонимания.

Она позволяет миллионам людей искать новые возможности.

В этом месяце мир сделал исторический шаг вперед, приняв Глобальный договор.

Договор нацелен на учет интересов людей и основывается на правах человека.

Давайте пойдем по пути, который указывает Договор.
"""


def _aligned(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
             translation: str, lang: str) -> tuple[Cli, Path]:
    (tmp_path / "en.txt").write_text(source, encoding="utf-8")
    (tmp_path / "tr.txt").write_text(translation, encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(tmp_path / "en.txt"), "--slug", "rel")
    cli("extract")
    cli("align", "rel", str(tmp_path / "tr.txt"), "--lang", lang)
    return cli, tmp_path / "ws" / "locales" / lang / "LC_MESSAGES" / "rel.po"


def _warned(cli: Cli, tmp_path: Path) -> list[str]:
    return [line for line in cli.out.splitlines()
            if line.startswith(f"{tmp_path / 'tr.txt'}: warning: ")]


def test_an_adapted_story_against_the_message_it_quotes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """One warning line, naming the file; the drafts written, fuzzy, as the command said."""
    cli, po = _aligned(tmp_path, cli_factory, STORY_EN, MESSAGE_RU, "ru")
    warned = _warned(cli, tmp_path)
    assert len(warned) == 1 and "seems not to be a translation of this release: " in \
        warned[0] and "unit(s) filled from it" in warned[0], cli.out
    filled = [entry for entry in polib.pofile(str(po)) if entry.msgstr]
    assert all("fuzzy" in entry.flags for entry in filled)
    assert f"; {len(filled)} unit(s) filled from it" in warned[0], cli.out


@pytest.mark.parametrize("lang", sorted(ANNIVERSARY))
def test_another_release(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                         lang: str) -> None:
    """A Secretary-General's message against the translation of a commission's release."""
    glue = "" if lang == "zh" else " "
    page = ANNIVERSARY[lang]
    cli, _ = _aligned(tmp_path, cli_factory, UNIC_EN,
                      glue.join(page[:2]) + "\n\n" + glue.join(page[2:]) + "\n", lang)
    warned = _warned(cli, tmp_path)
    assert len(warned) == 1 and "not to be a translation of this release" in warned[0], \
        cli.out


@pytest.mark.parametrize(("source", "lang", "translation"), [
    (ANNIVERSARY_EN, lang, "\n\n".join(page)) for lang, page in sorted(ANNIVERSARY.items())
] + [(UNIC_EN, "ru", UNIC_RU)])
def test_a_translation(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
                       lang: str, translation: str) -> None:
    cli, _ = _aligned(tmp_path, cli_factory, source, translation + "\n", lang)
    assert not _warned(cli, tmp_path), cli.out


def _segments(texts: list[str]) -> list[Segment]:
    return [Segment(f"u{k}", text, f"b{k}", "p", "", 0) for k, text in enumerate(texts)]


def test_what_agrees() -> None:
    """A pair shares a number, or has none that one side lacks and lengths near the
    language pair's ratio (French: 1.13); the lines a side set apart are not counted; a
    shorter side of fewer than 3 lines is not judged."""
    units = _segments(["In 2015, 193 countries adopted the Agenda.",
                       "It is a plan for people and the planet.",
                       "It is a plan for people and the planet.", "Heading"])
    sentences = _segments(["En 2015, 193 pays ont adopté le Programme.",  # (numbers)
                           "C'est un plan pour les gens et la planète.",  # (lengths)
                           "Non.",  # (a length far off)
                           "Skip to main content"])
    pairs = [Pair((0,), (0,), 0.0), Pair((1,), (1,), 0.0), Pair((2,), (2,), 0.0),
             Pair((3,), (), 0.0, True), Pair((), (3,), 0.0, True)]
    assert disagreement(units, sentences, pairs, "en", "fr") == ""  # (2 of 3)
    pairs[1] = Pair((1,), (2,), 0.0)
    pairs[2] = Pair((2,), (1,), 20.0)  # (a pair the alignment does not trust: not counted)
    assert disagreement(units, sentences, pairs, "en", "fr").startswith(
        "1 of 3 possible pair(s) agree")
    assert disagreement(units[:2], sentences[:2], pairs[:1], "en", "fr") == ""


#: a release of figures and its Chinese, which writes "3.5 million" as «350万», "2.8
#: billion" as «28亿», "450 million" as «4.5亿»: no pair shares a digit string with its
#: source but the last («1500万», "15 million" shares "15")
FIGURES_EN = """Millions displaced by conflict in the region

New York, 21 September 2021

Some 3.5 million people have been forced from their homes this year.

Another 1.2 million people are at risk of displacement in the coming months.

Humanitarian agencies need 2.8 billion dollars to respond to the crisis.

Only 450 million dollars have been received so far.

About 6.7 million children are out of school across the region.

The agencies said 15 million people need food assistance.
"""
FIGURES_ZH = """该地区冲突导致数百万人流离失所

2021年9月21日，纽约

今年约有350万人被迫离开家园。

未来几个月还有120万人面临流离失所的风险。

人道主义机构需要28亿美元来应对这场危机。

迄今为止仅收到4.5亿美元。

该地区约有670万儿童失学。

各机构表示，有1500万人需要粮食援助。
"""


def test_a_translation_that_writes_its_numbers_with_other_scales(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """«350万» is "3.5 million": the numbers are compared by value, as TP301 reads them
    (the page had been warned: 2 of 8 pairs agreeing)."""
    cli, po = _aligned(tmp_path, cli_factory, FIGURES_EN, FIGURES_ZH, "zh")
    assert not _warned(cli, tmp_path), cli.out
    assert sum(1 for entry in polib.pofile(str(po)) if entry.msgstr) == 7


@pytest.mark.parametrize(("lang", "sentences", "agreed"), [
    ("zh", ["今年约有350万人被迫离开家园。", "迄今为止仅收到4.5亿美元。",
            "人道主义机构需要28亿美元。"], 3),
    ("fr", ["Quelque 3,5 millions de personnes ont fui cette année.",
            "Seuls 450 millions de dollars ont été reçus.",
            "Les organismes ont besoin de 2,8 milliards de dollars."], 3),
    ("ru", ["В этом году около 3,5 млн человек покинули свои дома.",
            "Пока получено лишь 450 млн долларов.",
            "Гуманитарным организациям нужно 2,8 млрд долларов."], 3),
    # (other values: no agreement, whatever the scale)
    ("zh", ["今年约有530万人被迫离开家园。", "迄今为止仅收到5.4亿美元。",
            "人道主义机构需要82亿美元。"], 0),
])
def test_numbers_agree_by_value(lang: str, sentences: list[str], agreed: int) -> None:
    units = _segments(["Some 3.5 million people fled this year.",
                       "Only 450 million dollars have been received.",
                       "Agencies need 2.8 billion dollars."])
    pairs = [Pair((k,), (k,), 0.0) for k in range(3)]
    said = disagreement(units, _segments(sentences), pairs, "en", lang)
    assert said == ("" if agreed == 3 else f"{agreed} of 3 possible pair(s) agree in their "
                    "numbers or lengths (a translation's: 40% at least)")
