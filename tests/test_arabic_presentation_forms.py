"""Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF): text copied from a PDF, or typed
with old Arabic software, writes each letter's printed shape as a character of its own. It
looks right, but search, copying and screen readers do not read it as letters, and the checks
had compared it as other letters: the sample's Arabic sentence so written gave three false
TP101, a false TP201 and a false TP301, and nothing said what was wrong (session 61, f2's
report, item 4). The checks read a unit's forms as letters (``pounits``), TP609 names them,
and the build publishes the letters.

The text in forms is made here as a PDF's text layer holds it: each letter in the shape its
neighbours give it (isolated, initial, medial, final), lam and alef as their ligature."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub import pofast
from transpub.catalog import po_path, read_translations
from transpub.config import load_settings
from transpub.garbled import presentation_forms, published, unshaped
from transpub.localise import localise
from transpub.pagefast import Skeleton
from transpub.workspace import load, source_files

from conftest import Cli, copy_sample

#: (letter, shape) -> its presentation form (Forms-B)
_FORMS = {(chr(int(parts[1], 16)), parts[0]): chr(code) for code in range(0xFE70, 0xFEFD)
          if len(parts := unicodedata.decomposition(chr(code)).split()) == 2}
#: alef (and its hamza and madda forms) after lam: the ligature, isolated and final
_LAM_ALEF = {"ا": "\ufefb\ufefc", "أ": "\ufef7\ufef8", "إ": "\ufef9\ufefa", "آ": "\ufef5\ufef6"}


def _joins_left(char: str) -> bool:
    return (char, "<initial>") in _FORMS


def shaped(text: str) -> str:
    """``text`` in presentation forms, as a PDF's text holds it."""
    out: list[str] = []
    index = 0
    linked = False  # (the character before joins this one)
    while index < len(text):
        char = text[index]
        after = text[index + 1:index + 2]
        joined = linked and (char, "<final>") in _FORMS
        if char == "ل" and after in _LAM_ALEF:
            out.append(_LAM_ALEF[after][joined])
            index, linked = index + 2, False  # (the ligature joins nothing after it)
            continue
        onward = _joins_left(char) and (after, "<final>") in _FORMS
        shape = ("<medial>" if onward else "<final>") if joined else \
            ("<initial>" if onward else "<isolated>")
        out.append(_FORMS.get((char, shape), _FORMS.get((char, "<isolated>"), char)))
        index, linked = index + 1, _joins_left(char)
    return "".join(out)


#: the sample's Arabic translation of "… held their third Strategic Dialogue on 9 December
#: 2020." (p1.d6c5e4), as its file holds it
SENTENCE = ("عقد مكتب الأمم المتحدة لمكافحة الإرهاب وحكومة دولة قطر الحوار الاستراتيجي الثالث "
            "بينهما في 9 كانون الأول/ديسمبر 2020.")


def test_the_forms_are_read_as_the_letters_they_stand_for() -> None:
    written = shaped(SENTENCE)
    forms = sum("\ufb50" <= char <= "\ufeff" for char in written)
    assert forms == 89 and written != SENTENCE  # (the digits, spaces and «/» are no forms)
    assert unshaped(written) == SENTENCE
    # Forms-A, the lam-alef ligatures, a mark's spacing form after its letter («عَ»), a
    # ligature of three letters; what the text composes after (NFC)
    assert unshaped("\ufd3d \ufefb \ufecb\ufe76 \ufd88") == "اً لا عَ لمح"
    # nothing else NFKC changes: Chinese full-width forms, superscripts, «½», «ﬁ»; the word
    # ligatures a text writes on purpose (ﷺ, ﷲ, the rial sign), the ornate parentheses, the
    # byte order mark
    kept = "２０２０年 m² ½ ﬁn ﷺ ﷲ ﷼ ﴾١﴿ \ufeff"
    assert unshaped(kept) is kept
    assert unshaped(SENTENCE) is SENTENCE and unshaped("ascii") == "ascii"
    # the page's text: composed too
    assert published("de\u0301cembre \ufefb") == "décembre لا"


def test_tp609_names_the_forms_and_nothing_else_is_reported(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The sample's sentence in forms: one TP609 (the word, the forms, the text as letters),
    none of the false TP101, TP201 and TP301 they had given; the build publishes the
    letters; a PO file checked on its own reads them so too."""
    ws = copy_sample(tmp_path)
    po_file = next((ws / "locales" / "ar" / "LC_MESSAGES").glob("*.po"))
    po = polib.pofile(str(po_file))
    (entry,) = [e for e in po if e.msgctxt == "p1.d6c5e4"]
    assert entry.msgstr == SENTENCE
    entry.msgstr = shaped(SENTENCE)
    po.save(str(po_file))
    cli = cli_factory(ws)
    for args in (("--lang", "ar"), (str(po_file),)):
        cli("check", *args, "--format", "json", expect=1)
        found = [f for f in json.loads(cli.out)["findings"] if f["unit"] == "p1.d6c5e4"
                 and f["severity"] != "info"]
        assert [f["code"] for f in found] == ["TP609"], found
        (tp609,) = found
        assert tp609["message"].startswith(
            "«ﻋﻘﺪ» is written in Arabic presentation forms (U+FECB U+FED8 U+FEAA…, 89 "
            "characters of the text: each letter's printed shape as a character of its own, "
            "as text copied from a PDF holds it)"), tp609["message"]
        assert "do not read it as «عقد»" in tp609["message"]
        assert tp609["expected"] == SENTENCE
    cli("check", "--lang", "ar", expect=1)  # (its excerpt: what the file holds)
    assert f"translation: {shaped(SENTENCE)[:40]}" in cli.out, cli.out
    cli("build", expect=0)
    for name in ("*.html", "*.xml"):
        page = next((ws / "output" / "ar").glob(f"unoct{name}")).read_text(encoding="utf-8")
        assert SENTENCE in page and not any("\ufb50" <= c <= "\ufeff" for c in page)


def test_every_way_the_build_fills_a_page_publishes_the_letters(tmp_path: Path) -> None:
    """From the build's plain-shape entries (``pofast``), from poread's set (``pagefast``)
    and the plain way (``localise``): the letters, not the forms."""
    ws = copy_sample(tmp_path)
    settings = load_settings(ws)
    release, segments = load(settings, next(iter(source_files(settings))))
    info = next(i for i in settings.languages if i.code == "ar")
    po = po_path(settings.locales_dir, "ar", release.slug)
    po.write_text(po.read_text(encoding="utf-8").replace(SENTENCE, shaped(SENTENCE)),
                  encoding="utf-8")
    style = settings.style("ar")
    entries = pofast.read_build_entries(po, "ar")
    assert isinstance(entries, pofast.BuildEntries)
    skeleton = Skeleton(release, segments, "en")
    for translations in (entries, read_translations(po, "ar")):
        page = skeleton.page("ar", translations, style, info.sentence_joiner, True, False)
        assert page is not None
        html = "".join(page.html_of.values())
        assert SENTENCE in html and shaped(SENTENCE)[:3] not in html
    plain = localise(release, segments, "ar", "en", read_translations(po, "ar"), style,
                     info.sentence_joiner)
    texts = "".join(span.text for block in plain.release.blocks for span in block.spans)
    assert SENTENCE in texts and shaped(SENTENCE)[:3] not in texts


@pytest.mark.parametrize(("written", "source"), [
    ("قطر", "Qatar"),  # letters: no forms
    ("ﷺ محمد", "Muhammad (PBUH)"),  # a word ligature, written on purpose
    ("«ﻗﻄﺮ»", "«ﻗﻄﺮ»"),  # the source's own forms: the source's to mend
    # a lone initial form, a list's letter (the UN Parallel Corpus's «(ﻫ)», U+FEEB): meant
    ("(ﻫ) تعزيز التعاون", "(e) Strengthen cooperation"),
])
def test_no_finding_without_forms_the_source_lacks(written: str, source: str) -> None:
    assert presentation_forms(written, source) is None


def test_a_single_form_is_said_in_the_singular() -> None:
    found = presentation_forms("دولة ﻗطر", "State of Qatar")
    assert found is not None
    assert found[0].startswith("«ﻗطر» is written in Arabic presentation forms (U+FED7…, 1 "
                               "character of the text")
    assert found[1] == "دولة قطر"


def test_a_termbase_term_in_forms_is_read_as_letters(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """TICO-19's English-Arabic glossary (tests/.real-data, tico.g_en_ar.csv, row 78) writes
    the Center for Disease Control «مركز ﻣﻜﺎﻓﺤﺔ اﻷﻣﺮاض», two of its words copied from a PDF:
    a translation in letters had been "missing" it (TP101), with the forms as the term
    expected. The term is read as letters, and the load says so (file and line)."""
    glossary = tmp_path / "g.csv"
    glossary.write_text("stringID,sourceLang,targetLang,pos,description,sourceString,"
                        "targetString\n78,en,ar,,,Center for Disease Control,"
                        "مركز ﻣﻜﺎﻓﺤﺔ اﻷﻣﺮاض\n", encoding="utf-8")
    po_file = tmp_path / "ar.po"
    po_file.write_text('msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; '
                       'charset=UTF-8\\n"\n\nmsgctxt "p1"\nmsgid "The Center for Disease '
                       'Control issued new guidance."\nmsgstr "أصدر مركز مكافحة الأمراض '
                       'إرشادات جديدة."\n', encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(po_file), "--termbase", str(glossary), "--no-cache", expect=0)
    assert "0 finding(s)" in cli.out, cli.out
    assert ("g.csv:2: concept 'en:center for disease control': the term «مركز ﻣﻜﺎﻓﺤﺔ اﻷﻣﺮاض» "
            "is written in Arabic presentation forms (copied from a PDF?): read as the "
            "letters «مركز مكافحة الأمراض»; mend the file") in cli.err, cli.err
    # a translation that drops the name is still told, with the term as letters
    po_file.write_text(po_file.read_text(encoding="utf-8").replace("مركز مكافحة الأمراض",
                                                                   "المركز"), encoding="utf-8")
    cli("check", str(po_file), "--termbase", str(glossary), "--no-cache", expect=1)
    assert "expected: مركز مكافحة الأمراض\n" in cli.out, cli.out


def test_a_lone_form_keeps_its_glyph() -> None:
    """A joining form standing alone is written so on purpose (a list's «(ﻫ)»): the checks
    and the page read its letter with the tatweel on the side it joins, the glyph it shows
    («(هـ)», as UN Arabic writes a list's letter), not the bare letter; a form inside a word
    is still a letter."""
    assert unshaped("(ﻫ) تعزيز") == "(هـ) تعزيز"
    assert unshaped("ﻫﺬا") == "هذا"
    found = presentation_forms("(ﻫ) ﻫﺬا", "(e) this")
    assert found is not None and found[0].startswith("«ﻫﺬا» is written")
