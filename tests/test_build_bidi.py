"""What a right-to-left page isolates, and untranslated sentences next to each other (session
58: an editor's trial rendered the Arabic pages in Chromium). A telephone number showed as
«1234 917 22 41+», a handle as «UN_SPExperts@», a colon on the wrong side of «UN WebTV»; two
English stand-ins in one paragraph were two left-to-right spans an Arabic page laid out the
second first, and Chinese joined them with nothing («…2024.Are States…»)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import polib

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _po(ws: Path, lang: str) -> polib.POFile:
    return polib.pofile(str(ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"))


def _page(ws: Path, lang: str) -> str:
    return (ws / "output" / lang / f"{SLUG}.html").read_text(encoding="utf-8")


def test_numbers_in_groups_handles_and_a_names_punctuation_keep_their_order_in_arabic(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    po = _po(ws, "ar")
    contact = next(e for e in po if e.msgctxt == "contact1")
    contact.msgstr = ("للاستفسار: السيدة لوران جيرار (+41 22 917 1234 / (+43)699-1459-5588) "
                      "أو على تويتر @UN_SPExperts، وتبث UN WebTV: الجلسة؛ حضر 1 200 000 شخص "
                      "في عام 2020 15 مرة.")
    other = next(e for e in po if e.msgctxt == "p2.9ab344")
    other.msgstr = ("لغة C++ والموقع www.un.org/ar/ الرسمي. بلغ العدد 1 200 000. الهاتف "
                    "022 917 1234. وفي عام 2020 15 000 لاجئ.")
    po.save()
    cli_factory(ws)("build")
    page = _page(ws, "ar")
    # (a hostile pass: a number ending a sentence had been cut, «<bdi>1 200</bdi> 000.»;
    # «C++» and a path's last slash had been left out of their runs)
    assert ('لغة <bdi>C++</bdi> والموقع <bdi>www.un.org/ar/</bdi> الرسمي. بلغ العدد '
            '<bdi dir="ltr">1 200 000</bdi>. الهاتف <bdi dir="ltr">022 917 1234</bdi>. وفي '
            'عام 2020 <bdi dir="ltr">15 000</bdi> لاجئ.') in page
    assert '(<bdi dir="ltr">+41 22 917 1234</bdi> / <bdi dir="ltr">(+43)699-1459-5588</bdi>)' \
        in page
    assert "<bdi>@UN_SPExperts</bdi>،" in page
    assert "<bdi>UN WebTV</bdi>: " in page  # (the colon is the Arabic sentence's)
    assert '<bdi dir="ltr">1 200 000</bdi>' in page
    assert "2020 15" in page  # two quantities: the Arabic order


def test_untranslated_sentences_next_to_each_other_are_one_stand_in(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    for lang in ("zh", "ar", "fr"):
        po = _po(ws, lang)
        for entry in po:
            if entry.msgctxt in ("p2.9ab344", "p2.3c634f"):
                entry.msgstr = ""
        po.save()
    cli = cli_factory(ws)
    cli("build")
    source = {e.msgctxt: e.msgid for e in _po(ws, "fr")}
    both = f"{source['p2.9ab344']} {source['p2.3c634f']}"  # (English joins with a space)
    for lang in ("zh", "ar", "fr"):
        page = _page(ws, lang)
        spans = re.findall(r'<span lang="en" dir="ltr" class="untranslated">(.*?)</span>', page)
        assert len(spans) == 1, (lang, spans)
        assert re.sub(r"</?bdi[^>]*>", "", spans[0]) == both, (lang, spans)
    xml = (ws / "output" / "zh" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert xml.count('xml:lang="en"') == 1
    assert f'<span xml:lang="en">{both}</span>' in xml


def test_a_url_is_not_for_machine_translation_and_the_switcher_does_not_print(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """An address the source writes as ``<url>`` is verbatim, as an e-mail address is: a
    browser's translator was free to rewrite it (session 58's editor trial)."""
    ws = copy_sample(tmp_path)
    source = ws / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "New York, <email", "<url>https://www.un.org/counterterrorism</url>, New York, <email",
        1), encoding="utf-8")
    cli = cli_factory(ws)
    cli("extract", "-q")
    cli("build")
    for lang in ("ar", "en", "fr"):
        page = _page(ws, lang)
        assert '<a href="https://www.un.org/counterterrorism" dir="ltr" translate="no">' \
            in page, lang
        assert "@media print{nav.languages,.skip{display:none}" in page


def _atom_source(ws: Path) -> None:
    """The sample with p8 (a telephone number, a name and an Arabic name marked
    its:translate="no") and p9 (the number alone)."""
    source = ws / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("  </body>", (
        '    <p id="p8">Call <span its:translate="no">+41 22 917 1234</span>, watch '
        '<span its:translate="no">UN WebTV</span> or read '
        '<span its:translate="no">الأمم المتحدة</span>.</p>\n'
        '    <p id="p9">Hotline: <span its:translate="no">+41 22 917 1234</span>.</p>\n'
        "  </body>"), 1), encoding="utf-8")


def test_an_element_not_for_translation_is_isolated_left_to_right_in_arabic(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """An element the source marks its:translate="no" had been written without isolation:
    «+41 22 917 1234» showed as «1234 917 22 41+» in the Arabic page, where the same number
    in running text is isolated."""
    ws = copy_sample(tmp_path)
    _atom_source(ws)
    cli = cli_factory(ws)
    cli("extract", "-q")
    po = _po(ws, "ar")
    for entry in po:
        if entry.msgctxt.startswith("p8."):
            entry.msgstr = "اتصل بالرقم <x1/> وشاهد <x2/> واقرأ <x3/>."
        elif entry.msgctxt.startswith("p9."):
            entry.msgstr = "الخط الساخن: <x1/>."
    po.save()
    cli("build", "-q")
    page = _page(ws, "ar")
    number = '<span translate="no" dir="ltr">+41 22 917 1234</span>'
    assert f"الخط الساخن: {number}." in page
    assert (f'اتصل بالرقم {number} وشاهد <span translate="no" dir="ltr">UN WebTV</span> '
            'واقرأ <span translate="no">الأمم المتحدة</span>.') in page  # (Arabic: the page's)
    for lang in ("en", "fr"):  # a left-to-right page: written as before
        assert '<span translate="no">+41 22 917 1234</span>' in _page(ws, lang), lang
    # untranslated in Arabic: inside the English stand-in (dir="ltr"), nothing more
    po = _po(ws, "ar")
    next(e for e in po if e.msgctxt.startswith("p9.")).msgstr = ""
    po.save()
    cli("build", "-q")
    assert ('class="untranslated">Hotline: <span translate="no">+41 22 917 1234</span>.'
            '</span>') in _page(ws, "ar")
