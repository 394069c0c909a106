"""``transpub align`` on a translation whose headline opens with its date, as Chinese puts
it («2022年8月19日外交部发言人汪文斌» over «主持例行记者会», China MFA's, for "Foreign Ministry
Spokesperson Wang Wenbin's Regular Press Conference on August 19, 2022"). A line that opens
with a date and goes on with words other than a place's, a weekday or a label is a headline
or a sentence, not a date line (which pairs only with a date line): read as one, the
headline's dated line had paired with nothing, the release's title with the second line
alone, and the confirmed unit drew a false TP201 "date missing" and TP607 "much shorter".
(A trial on releases governments published in English and another language, session 64.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import polib
import pytest

from transpub.align import _DATE, _TEXT, _kind, align
from transpub.model import Segment

from conftest import Cli

#: China MFA's press conference (the trial's excerpt, shortened): a one-line headline
MFA_EN = """Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 19, 2022

The Paper: We have noted that the Coordinators’ Meeting was successfully held yesterday via \
video link. Can you share with us the details and outcomes of the meeting?

Wang Wenbin: Yesterday State Councilor and Foreign Minister Wang Yi chaired the meeting in \
Beijing via video link.
"""
#: its Chinese page: the headline over two lines, the date first
MFA_ZH = """2022年8月19日外交部发言人汪文斌

主持例行记者会

澎湃新闻记者：我们注意到，协调人会议昨天以视频方式成功举行。你可否介绍会议情况及取得的成果？

汪文斌：昨天，王毅国务委员兼外长在北京以视频方式主持会议。
"""


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # (a headline's or a sentence's words after the date: text, in the six languages)
    ("2022年8月19日外交部发言人汪文斌", "zh", _TEXT),
    ("19 August 2022 — Guterres in Kyiv", "en", _TEXT),
    ("19 août 2022 : Guterres à Kyiv", "fr", _TEXT),
    ("19 de agosto de 2022: Guterres en Kiev", "es", _TEXT),
    ("19 августа 2022 года Совет собрался", "ru", _TEXT),
    ("19 أغسطس 2022 مجلس الأمن يجتمع", "ar", _TEXT),
    # (a place, a weekday, a label, a year's word after the date: a date line still)
    ("9 December 2020, Kakuma", "en", _DATE), ("19 août 2022, Genève", "fr", _DATE),
    ("19 de agosto de 2022, Ginebra", "es", _DATE),
    ("November 23, 2021, Ottawa, Ontario", "en", _DATE),
    ("26-30 كانون الثاني/يناير 2015، نيويورك", "ar", _DATE),
    ("2015年3月14日至18日，日本仙台", "zh", _DATE), ("2023年3月3日（星期五）", "zh", _DATE),
    ("15 March 2024 | News release", "en", _DATE), ("21-11-1994 г.", "ru", _DATE),
    ("19 أغسطس 2022 م", "ar", _DATE), ("Geneva, 14 September 2015", "en", _DATE),
    ("格里昂，2014年5月13日", "zh", _DATE),
])
def test_a_line_opening_with_a_date(text: str, lang: str, kind: int) -> None:
    assert _kind(text, lang) == kind


def _aligned(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
             translation: str, lang: str) -> tuple[Cli, Path]:
    (tmp_path / "en.txt").write_text(source, encoding="utf-8")
    (tmp_path / f"{lang}.txt").write_text(translation, encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(tmp_path / "en.txt"), "--slug", "rel")
    cli("extract")
    cli("align", "rel", str(tmp_path / f"{lang}.txt"), "--lang", lang)
    return cli, tmp_path / "ws" / "locales" / lang / "LC_MESSAGES" / "rel.po"


def test_a_headline_opening_with_its_date_fills_the_title(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The dated line is the headline's: the title's fill has the date, and once a reviser
    confirms it, no TP201 "date missing" nor TP607 "much shorter" (both had been reported on
    «主持例行记者会» alone)."""
    cli, path = _aligned(tmp_path, cli_factory, MFA_EN, MFA_ZH, "zh")
    po = polib.pofile(str(path))
    title = po.find("title", by="msgctxt")
    assert title is not None and title.msgstr.startswith("2022年8月19日外交部发言人汪文斌"), \
        title
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save()
    cli("check", "--lang", "zh", "--select", "TP2,TP607", expect=None)
    assert "TP201" not in cli.out and "TP607" not in cli.out, cli.out


# A headline the translation sets over two lines, under the release's one-line title: the
# title pairs with both (one unit, two sentences, as ``align`` pairs a unit with a sentence
# cut in two) where together they match it better than either alone; the paragraph's end
# between them had cost 3 more, and the title had been filled with one line, the other
# left over.

def _lines(texts: list[str], prefix: str) -> list[Segment]:
    """Each text a block of its own, as a page's lines are read."""
    return [Segment(f"{prefix}{k}", text, f"{prefix}{k}", "p", "", 0)
            for k, text in enumerate(texts)]


BODY_EN = [
    "The Secretary-General today announced the appointment of a diplomat with thirty years "
    "of experience in the region as his Special Envoy.",
    "The Envoy will support the countries of the region in carrying out their commitments "
    "under the Peace, Security and Cooperation Framework.",
    "The Secretary-General is grateful to the outgoing Envoy for her dedication and service."]
BODY_FR = [
    "Le Secrétaire général a annoncé aujourd'hui la nomination d'un diplomate fort de trente "
    "ans d'expérience dans la région au poste d'Envoyé spécial.",
    "L'Envoyé aidera les pays de la région à honorer les engagements qu'ils ont pris au titre "
    "de l'Accord-cadre pour la paix, la sécurité et la coopération.",
    "Le Secrétaire général remercie l'Envoyée sortante de son dévouement et de son service."]
TITLE_EN = "Secretary-General appoints new Special Envoy for the Great Lakes region of Africa"


def test_a_headline_over_two_lines_fills_the_title_whole(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """China MFA's: «2022年8月19日外交部发言人汪文斌» / «主持例行记者会» is the title's, whole
    (its date line, once it was no date line, had filled it alone, «主持例行记者会» left
    over)."""
    cli, path = _aligned(tmp_path, cli_factory, MFA_EN, MFA_ZH, "zh")
    title = polib.pofile(str(path)).find("title", by="msgctxt")
    assert title is not None and title.msgstr == "2022年8月19日外交部发言人汪文斌主持例行记者会"
    assert "paired with no unit" not in cli.out, cli.out


@pytest.mark.parametrize(("lang", "head"), [
    ("fr", ["Le Secrétaire général nomme un nouvel Envoyé spécial",
            "pour la région des Grands Lacs de l'Afrique"]),
    ("ru", ["Генеральный секретарь назначил нового Специального посланника",
            "по району Великих озер в Африке"]),
])
def test_a_headline_wrapped_in_two_halves(lang: str, head: list[str]) -> None:
    source = _lines([TITLE_EN, *BODY_EN], "s")
    target = _lines([*head, *BODY_FR], "t")
    pairs = align(source, target, (), ("en", lang))
    assert pairs[0].source == (0,) and pairs[0].target == (0, 1), pairs
    assert [p.target for p in pairs[1:]] == [(2,), (3,), (4,)], pairs


@pytest.mark.parametrize(("under", "wraps"), [
    ("pour la région des Grands Lacs de l'Afrique", True),
    ("Genève (Suisse)", False),  # (a place under the headline: IAEA's «奥地利维也纳»)
    ("[Seul le texte prononcé fait foi]", False),  # (a label: WIPO's Spanish speech)
    ("Format", False),  # (a site's field under the headline)
])
def test_two_lines_are_a_wrapped_line_when_they_match_it_better(under: str,
                                                                wraps: bool) -> None:
    """Two lines under a release's line are its wrap where together they match it better
    than either alone, and the first is not much shorter than the second; a headline
    whole with the place, the label or a site's field under it is not (on the trials'
    pages they had been joined to the headline, with the paragraph's end not counted)."""
    from transpub.align import _Sides, _wraps

    first = ("Le Secrétaire général nomme un nouvel Envoyé spécial" if wraps else
             "Le Secrétaire général nomme un nouvel Envoyé spécial pour les Grands Lacs")
    sides = _Sides.of(_lines([TITLE_EN], "s"), _lines([first, under], "t"), ())
    ratio = len(first) / len(TITLE_EN) * (1.8 if wraps else 1.0)
    assert _wraps(range(1), range(2), sides, ratio) is wraps


def test_the_programme_reads_wrapped_lines_as_cost_does() -> None:
    """The programme's 1-2 step over two lines costs what ``_cost`` says (``_wraps``)."""
    from transpub.align import _STEP_COST, _cost, _programme, _shared, _Sides

    source = _lines([TITLE_EN, *BODY_EN], "s")
    target = _lines(["Le Secrétaire général nomme un nouvel Envoyé spécial",
                     "pour la région des Grands Lacs de l'Afrique", *BODY_FR], "t")
    sides = _Sides.of(source, target, ())
    joined = 0
    for ratio in (0.9, 1.1, 1.3):
        pairs = _programme(sides, ratio)
        joined += pairs[0].target == (0, 1)
        for pair in pairs:
            if pair.source and pair.target:
                rows = range(pair.source[0], pair.source[-1] + 1)
                columns = range(pair.target[0], pair.target[-1] + 1)
                assert pair.cost == pytest.approx(
                    _STEP_COST[(len(rows), len(columns))]
                    + _cost(rows, columns, sides, ratio) - _shared(rows, columns, sides),
                    abs=1e-9)
    assert joined


# Two short lines further down than the page's head are no headline's wrap: UNICEF's Spanish
# contact block (a name, then «UNICEF Nueva York») had been joined as the wrap of the
# release's "About UNICEF" (249b20d), and the pairs around it shifted: "About UNICEF" filled
# with «Contactos de prensa», the contact line with the name, the paragraph under it left
# out (session 63's r4-covid: UNICEF USA's statement of March 2020 and UNICEF's Spanish page,
# third-party texts kept out of git). The pair below is written after that layout, every word
# and name our own; it does not make the old code join (the rule itself is tested on its
# lines by ``test_only_the_pages_head_lines_may_be_a_headlines_wrap``), and keeps the whole
# page's pairs as a reader would make them.

STATEMENT_EN = "\n".join([
    'CRF statement on the measles outbreak',
    '',
    'NEW YORK (April 2, 2024) – “Calling the measles outbreak an emergency does not '
    'mean the disease has become more dangerous. It means the disease now reaches '
    'more places.',
    '',
    '“CRF has been preparing for the outbreak in every region, knowing that the '
    'disease could reach children and families in any country.',
    '',
    '“We will keep working with governments and our partners to stop the spread, and '
    'to keep children and their families safe.',
    '',
    '“At the same time, we are worried about what the outbreak and the measures '
    'against it do to children, from closed schools to clinics stretched thin and '
    'families under economic strain.',
    '',
    '“Fear of the disease is also feeding prejudice against people from vulnerable '
    'groups, including refugees and migrants – this is unacceptable.',
    '',
    '“We stay on the ground with the communities hit hardest, to soften the '
    "outbreak's effects on children and push back against stigma.”",
    '',
    ' ',
    '',
    '# # #',
    '',
    ' ',
    '',
    'About CRF',
    'CRF works in more than 150 countries and territories to put children first. It '
    'provides health care and vaccines, safe water, nutrition, schooling and '
    'emergency relief. Its national committees raise money and speak up for children '
    'in their own countries. Together, we are working toward the day when every child'
    ' has a safe and healthy childhood. For more information, visit www.example.org.',
    '',
    ' ',
    '',
    'For more information, contact',
    'Jane Roe, CRF, 212.555.0100, jroe@example.org"',
    'John Doe, CRF, 917.555.0101, jdoe@example.org',
    '',
])

STATEMENT_ES = "\n".join([
    'Declaración de CRF sobre el brote de sarampión',
    '',
    '2 Abril 2024',
    '',
    'NUEVA YORK, 2 de abril de 2024 – “Calificar el brote de sarampión de emergencia '
    'no quiere decir que la enfermedad se haya vuelto más peligrosa; quiere decir que'
    ' ahora llega a más lugares.',
    '',
    '“CRF se ha estado preparando para el brote en todas las regiones, sabiendo que '
    'la enfermedad puede llegar a los niños y las familias de cualquier país.',
    '',
    '“Seguiremos trabajando con los gobiernos y con nuestros aliados para frenar la '
    'propagación y proteger a los niños y a sus familias.',
    '',
    '“Al mismo tiempo, nos preocupa lo que el brote y las medidas contra él causan a '
    'los niños, desde el cierre de las escuelas hasta los centros de salud '
    'desbordados y las familias con dificultades económicas.',
    '',
    '“Además, el miedo a la enfermedad está alimentando los prejuicios contra '
    'personas de grupos vulnerables, como los refugiados y los migrantes, algo que '
    'consideramos inaceptable.',
    '',
    '“Seguimos sobre el terreno con las comunidades más afectadas, para mitigar los '
    'efectos del brote en los niños y luchar contra el estigma”.',
    '',
    ' ',
    '',
    'Contactos de prensa',
    '',
    'Juana Pérez',
    '',
    'CRF Nueva York',
    '',
    'Teléfono: +1 917 555 0102',
    '',
    'Marta Gómez',
    '',
    'Especialista Regional de Comunicación',
    '',
    'CRF América Latina y el Caribe',
    '',
    'Teléfono: +507 555 0103',
    '',
    'Acerca de CRF',
    'CRF trabaja en algunos de los lugares más difíciles para llegar a los niños y '
    'niñas más desfavorecidos. Para salvar sus vidas. Para defender sus derechos. '
    'Para ayudarles a alcanzar su máximo potencial.',
    '',
    'En 150 países y territorios, trabajamos para cada niño y niña, en todas partes, '
    'cada día, para construir un mundo mejor para todos.',
    '',
    'Y nunca nos rendimos.',
    '',
    'Para obtener más información',
    '',
])


def test_a_contact_block_under_the_text_keeps_the_pages_pairs(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    _, path = _aligned(tmp_path, cli_factory, STATEMENT_EN, STATEMENT_ES, "es")
    po = polib.pofile(str(path))
    fills = {entry.msgctxt: entry.msgstr for entry in po}
    assert fills["h1"] == "Acerca de CRF"
    assert fills["contact1"] == "Para obtener más información"
    assert any(fill.startswith("CRF trabaja en algunos de los lugares")
               for key, fill in fills.items() if key.startswith("p7")), fills
    assert not any("Juana Pérez" in fill for fill in fills.values()), fills


def test_only_the_pages_head_lines_may_be_a_headlines_wrap() -> None:
    """``_heads``: a line of its own before the first sentence of text, no office, label,
    dateline or contact line."""
    from transpub.align import _heads

    contact = ["Declaración de UNICEF", "Texto de la declaración, que dice lo que dice.",
               "Contactos de prensa", "Christopher Tidey", "UNICEF Nueva York"]
    assert _heads(_lines(contact, "t")) == [True, False, False, False, False]
    head = [*_lines(["Organisation mondiale", "Le Secrétaire général nomme",
                     "un nouvel Envoyé spécial", "Genève"], "t"), *_lines(BODY_FR, "b")]
    head[0] = replace(head[0], kind="office")
    head[3] = replace(head[3], kind="place")
    assert _heads(head) == [False, True, True, False, False, False, False]


@pytest.mark.parametrize("above", [
    ["Mis à jour le 12 mars 2024 à 10 h 30."],  # (an "updated on" line)
    ["Accueil » Actualités » Nominations."],  # (a breadcrumb)
    ["Accueil » Actualités » Nominations.", "Mis à jour le 12 mars 2024 à 10 h 30."],
])
def test_a_headline_wrapped_under_the_pages_furniture(above: list[str]) -> None:
    """Lines of the page's furniture ending with a full stop above the headline do not end
    its head: the headline's two wrapped lines are the title's still (t65/hB finding 9: the
    title had been paired with its second half, the first with nothing)."""
    source = _lines([TITLE_EN, *BODY_EN], "s")
    head = ["Le Secrétaire général nomme un nouvel Envoyé spécial",
            "pour la région des Grands Lacs de l'Afrique"]
    target = _lines([*above, *head, *BODY_FR], "t")
    pairs = align(source, target, (), ("en", "fr"))
    first = len(above)
    assert [p.target for p in pairs if p.source == (0,)] == [(first, first + 1)], pairs
    assert [p.target for p in pairs if p.source and p.source[0] > 0] == [
        (first + 2,), (first + 3,), (first + 4,)], pairs


def test_a_headline_wrapped_under_a_breadcrumb_fills_the_title_whole(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Through the CLI: the page imported (its breadcrumb read as its headline), its
    wrapped headline fills the release's title whole."""
    source = "\n\n".join([TITLE_EN, *BODY_EN]) + "\n"
    page = "\n\n".join(["Accueil » Actualités » Nominations.",
                        "Le Secrétaire général nomme un nouvel Envoyé spécial",
                        "pour la région des Grands Lacs de l'Afrique", *BODY_FR]) + "\n"
    _, path = _aligned(tmp_path, cli_factory, source, page, "fr")
    title = polib.pofile(str(path)).find("title", by="msgctxt")
    assert title is not None and title.msgstr == (
        "Le Secrétaire général nomme un nouvel Envoyé spécial pour la région des Grands "
        "Lacs de l'Afrique")


def test_the_pages_furniture_is_a_few_short_lines_over_a_headline() -> None:
    """``_heads`` sets aside up to three short one-sentence blocks opening the page when a
    line of its own stands right under them; a longer sentence, more such lines, or none
    of its own under them are the text (no line of the text's paragraphs further down is a
    headline's)."""
    from transpub.align import _heads

    head = ["Le Secrétaire général nomme", "un nouvel Envoyé spécial"]
    assert _heads(_lines(["Accueil » Actualités.", *head, *BODY_FR], "t")) == [
        False, True, True, False, False, False]
    # (a long first sentence: the text)
    assert not any(_heads(_lines([BODY_FR[0], *head, *BODY_FR], "t")))
    # (four short sentences: the text)
    assert not any(_heads(_lines(["Un.", "Deux.", "Trois.", "Quatre.", *head], "t")))
    # (no line of its own under them: the text)
    assert not any(_heads(_lines([BODY_FR[2], BODY_FR[0], *head], "t")))
