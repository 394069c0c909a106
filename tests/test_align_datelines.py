"""``transpub align`` with a translation's dateline read otherwise than the release's: the
importer cuts a dateline off the paragraph it opens, on either side, wherever it finds one,
while a release copied from another page may have none, or keep its own in its first
sentence, and a translation page may keep its own in a paragraph under a site's lines. (A
trial on UNICEF releases and their published translations: on 3 of 4 Arabic pages the place
alone, «نيويورك», was paired with "Statement", the office or a sentence, its date in no fill,
and the sentence it was cut from drew a false TP201 "date missing"; a Spanish page's
«NUEVA YORK, 12 de mayo de 2020 – UNICEF ha realizado…» was paired with no unit.) The
translation's dateline is made what the release's is: a place pairing with the release's
place only, or given back, as written, to the sentence it opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib

from transpub.align import align
from transpub.model import Segment

from conftest import Cli

#: a statement copied without its dateline: its headline, its byline, a label, its text
STATEMENT_EN = """Global aid reductions

Statement by the Executive Director on global aid reductions

Statement

“Announced funding cuts will limit our ability to reach millions of children in need.

“These cuts follow two years of aid reductions at a time of unprecedented need. Millions of \
children are affected by conflict and must be vaccinated against measles and polio.

“We cannot fail them now.”
"""
#: its Arabic page: the headline, and the dateline opening the first paragraph
STATEMENT_AR = """تخفيضات المساعدات الخارجية العالمية

نيويورك، 5 مارس 2025 - "إن تخفيضات التمويل المعلنة ستحد من قدرتنا على الوصول إلى ملايين \
الأطفال المحتاجين.

"تأتي هذه التخفيضات بعد عامين من خفض المساعدات في وقت من الاحتياجات غير المسبوقة. إن ملايين \
الأطفال يتأثرون بالنزاعات ويجب تطعيمهم ضد الحصبة وشلل الأطفال.

"لا يمكننا أن نخذلهم الآن".
"""
#: a release with its dateline, and a byline above it
APPEAL_EN = """UNICEF appeals for $1.6 billion for children

From the Regional Director for Latin America.

NEW YORK, 12 May 2020 – UNICEF is appealing for $1.6 billion to support its response for \
children. This increase reflects the consequences of the disease.

“The pandemic is a health crisis which is quickly becoming a child rights crisis,” said the \
Executive Director.
"""
#: its Spanish page: the headline, a subtitle, the byline, then the dateline in the text's
#: paragraph (read as no dateline: a paragraph under three others)
APPEAL_ES = """UNICEF hace un llamamiento por 1.600 millones de dólares para los niños

La nueva solicitud supera en 1.000 millones de dólares el llamamiento de marzo

De la Directora Regional para América Latina.

NUEVA YORK, 12 de mayo de 2020 – UNICEF ha realizado un llamamiento por 1.600 millones de \
dólares para apoyar su respuesta a favor de los niños. Este aumento refleja las consecuencias \
de la enfermedad.

“La pandemia es una crisis de salud que se está convirtiendo rápidamente en una crisis de los \
derechos del niño”, dijo la Directora Ejecutiva.
"""
#: its Arabic page: the byline above the dateline, which the importer reads (a place unit on
#: each side, the release's listed before its byline)
APPEAL_AR = """اليونيسف تناشد تقديم 1.6 مليار دولار من أجل الأطفال

صادر عن المديرة الإقليمية لأمريكا اللاتينية.

نيويورك، 12 مايو 2020 - تناشد اليونيسف تقديم 1.6 مليار دولار لدعم استجابتها من أجل الأطفال. \
وتعكس هذه الزيادة عواقب المرض.

"إن الجائحة أزمة صحية تتحول بسرعة إلى أزمة في حقوق الطفل"، قالت المديرة التنفيذية.
"""


def _aligned(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
             translation: str, lang: str) -> dict[str, str]:
    """The release imported from ``source``, the translation aligned with it: each unit's
    fill ("" for none)."""
    (tmp_path / "en.txt").write_text(source, encoding="utf-8")
    (tmp_path / f"{lang}.txt").write_text(translation, encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(tmp_path / "en.txt"), "--slug", "rel")
    cli("extract")
    cli("align", "rel", str(tmp_path / f"{lang}.txt"), "--lang", lang)
    po = polib.pofile(str(tmp_path / "ws" / "locales" / lang / "LC_MESSAGES" / "rel.po"))
    return {entry.msgctxt: entry.msgstr for entry in po}


def test_a_dateline_the_release_lacks_stays_with_its_sentence(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The release has no dateline: the translation's, which the importer cut off its first
    paragraph, is given back to the sentence as the page writes it (the place had filled
    "Statement", the date had been in no fill)."""
    filled = _aligned(tmp_path, cli_factory, STATEMENT_EN, STATEMENT_AR, "ar")
    assert "نيويورك" not in filled["h1"]
    first = next(text for unit, text in filled.items() if unit.startswith("p2."))
    assert first.startswith('نيويورك، 5 مارس 2025 - "إن تخفيضات'), first
    assert sum("نيويورك" in text for text in filled.values()) == 1


def test_a_dateline_kept_in_a_paragraph_pairs_with_the_releases(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The release's dateline is a place unit, the translation keeps its own in a paragraph
    under its byline: the place fills the place, the rest of the sentence the text's first
    sentence (the place had been paired with no unit, the byline with the release's)."""
    filled = _aligned(tmp_path, cli_factory, APPEAL_EN, APPEAL_ES, "es")
    assert filled["place"] == "NUEVA YORK"
    assert filled["h1"].startswith("De la Directora")
    first, second = (u for u in filled if u.startswith("p1."))
    assert filled[first].startswith("UNICEF ha realizado"), filled
    assert filled[second].startswith("Este aumento refleja"), filled


def test_a_byline_above_the_translations_dateline(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The release lists its place before its byline, the translation puts its byline above
    its dateline: both places and both bylines pair (a pair of the places would have crossed
    the bylines', which stayed unpaired)."""
    filled = _aligned(tmp_path, cli_factory, APPEAL_EN, APPEAL_AR, "ar")
    assert filled["place"] == "نيويورك"
    assert filled["h1"].startswith("صادر عن المديرة")
    assert next(text for u, text in filled.items() if u.startswith("p1.")).startswith(
        "تناشد اليونيسف")


def _segments(texts: list[tuple[str, str]], prefix: str) -> list[Segment]:
    return [Segment(f"{prefix}{k}", text, kind if kind == "place" else f"{prefix}{k}", kind,
                    "", 0) for k, (kind, text) in enumerate(texts)]


def test_a_place_pairs_with_a_place_only() -> None:
    """A translation's place the release has no place for (its written dateline unknown)
    pairs with no unit: not with a label, the office or a short sentence."""
    source = _segments([("title", "Global aid reductions"), ("p", "Statement"),
                        ("p", "Announced funding cuts will limit our reach."),
                        ("p", "We cannot fail them now.")], "s")
    target = _segments([("title", "تخفيضات المساعدات"), ("place", "نيويورك"),
                        ("p", "إن تخفيضات التمويل المعلنة ستحد من قدرتنا."),
                        ("p", "لا يمكننا أن نخذلهم الآن.")], "t")
    pairs = align(source, target, (), ("en", "ar"))
    assert not any(1 in pair.target and pair.source for pair in pairs), pairs
    assert {((2,), (2,)), ((3,), (3,))} <= {(pair.source, pair.target) for pair in pairs}


def test_the_written_dateline_given_back_or_cut() -> None:
    """``as_release``: the written dateline back before the sentence it opened where the
    release has no place; a dateline opening a paragraph cut into its place where it has."""
    from transpub.aligndate import as_release

    units = _segments([("title", "Aid"), ("p", "Cuts will limit our reach.")], "s")
    read = _segments([("title", "المساعدات"), ("place", "نيويورك"), ("p", '"إن التخفيضات."')],
                     "t")
    given = as_release(units, read, "نيويورك، 5 مارس 2025 - ", "ar")
    assert [s.text for s in given] == ["المساعدات", 'نيويورك، 5 مارس 2025 - "إن التخفيضات."']
    placed = _segments([("title", "Aid"), ("place", "NEW YORK"), ("p", "Cuts.")], "s")
    kept = _segments([("title", "Ayuda"), ("p", "Un subtítulo."),
                      ("p", "NUEVA YORK, 12 de mayo de 2020 – Los recortes.")], "t")
    cut = as_release(placed, kept, "", "es")
    assert [(s.kind, s.text) for s in cut] == [("title", "Ayuda"), ("p", "Un subtítulo."),
                                               ("place", "NUEVA YORK"), ("p", "Los recortes.")]
    # (a dateline further in the text, a paragraph's second sentence: no dateline of the page)
    assert as_release(units, read, "", "ar") == read
