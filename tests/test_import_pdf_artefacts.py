"""Characters a PDF's text carries that are no characters of the release: the typesetter's
ligatures ("ﬁnancial": no termbase, search or spelling finds it), soft hyphens (one where a
line broke joins the word's halves), zero-width spaces, a stray byte-order mark; and the
bullets of Word's Symbol and Wingdings fonts, which pdftotext writes as private-use code points
(U+F0B7 ""), a list's levels with different glyphs. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.importer import import_file
from transpub.model import Release

HEAD = "A Headline for the Test\n\nGeneva, 12 March 2024 – The team met.\n\n"


def _import(tmp_path: Path, body: str, name: str = "release.txt") -> Release:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return import_file(path).release


def _paragraphs(release: Release) -> list[str]:
    return ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))
            for b in release.blocks if b.kind == "p"][1:]


@pytest.mark.parametrize(("written", "read"), [
    ("The ﬁnancial and eﬀective ﬂows of the oﬃce.", "The financial and effective flows of "
                                                     "the office."),
    ("The inter\u00adnational com\u200bmunity\ufeff met.", "The international community met."),
    # a soft hyphen where the line broke: one word, whatever the case of its second half
    ("The contri\u00ad\nbution of the Member States was\nwelcome.",
     "The contribution of the Member States was welcome."),
    ("The UN\u00ad\nWomen office met.", "The UNWomen office met."),
    # a hyphen where the line broke stays (a PDF does not say whether the break made it)
    ("The inter-\nagency team met.", "The inter-agency team met."),
])
def test_pdf_artefacts(tmp_path: Path, written: str, read: str) -> None:
    assert _paragraphs(_import(tmp_path, written + "\n")) == [read]


def test_pdf_artefacts_in_html(tmp_path: Path) -> None:
    page = ("<html><body><h1>A Headline for the Test</h1><p>Geneva, 12 March 2024 – The inter"
            "&shy;national com\u200bmunity met.</p></body></html>")
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    release = import_file(path).release
    assert ["".join(s.text for s in b.spans) for b in release.blocks if b.kind == "p"] == \
        ["The international community met."]


def test_symbol_font_bullets_are_list_items(tmp_path: Path) -> None:
    body = ("The programme has three parts:\n\n\uf0b7 countering terrorist travel;\n"
            "\uf0b7 support to the victims of terrorism;\n\uf0a7 security of sports.\n\n"
            "The team left.\n")
    assert _paragraphs(_import(tmp_path, body)) == [
        "The programme has three parts:", "countering terrorist travel;",
        "support to the victims of terrorism;", "security of sports.", "The team left."]


def test_glyphs_of_two_levels_make_one_list(tmp_path: Path) -> None:
    body = "Parts:\n\n• travel;\n◦ by air;\n• victims.\n\nThe team left.\n"
    assert _paragraphs(_import(tmp_path, body)) == ["Parts:", "travel;", "by air;", "victims.",
                                                    "The team left."]


def test_a_dash_and_a_glyph_make_no_list_together(tmp_path: Path) -> None:
    # the twin: a dash is a list's bullet only with a second dash; a glyph does not make it one
    body = "The plan was agreed\n- after a long debate • in the end.\n\nThe team left.\n"
    assert len(_paragraphs(_import(tmp_path, body))) == 2


@pytest.mark.parametrize(("written", "read"), [
    # the word is written whole elsewhere: the hyphen was the typesetter's
    ("The pro-\ngramme starts today.\n\nThe programme is new.",
     ["The programme starts today.", "The programme is new."]),
    # written with its hyphen elsewhere, or nowhere else: the hyphen stays
    ("The inter-\nagency team met.\n\nThe inter-agency work goes on, as interagency work does.",
     ["The inter-agency team met.", "The inter-agency work goes on, as interagency work does."]),
    ("A pun-\nishment was given.", ["A pun-ishment was given."]),
])
def test_typesetters_hyphen(tmp_path: Path, written: str, read: list[str]) -> None:
    assert _paragraphs(_import(tmp_path, written + "\n")) == read


@pytest.mark.parametrize("sub", ["o", "-", "–"])
def test_second_level_items_of_a_glyph_list(tmp_path: Path, sub: str) -> None:
    body = (f"The report finds that:\n\n•   Globally, 1 in 10 women live in extreme poverty.\n"
            f"    {sub}   In sub-Saharan Africa, the share rises to 4 in 10.\n"
            f"    {sub}   In Southern Asia, it is 1 in 6.\n•   One in four went hungry.\n\n"
            "The team left.\n")
    assert _paragraphs(_import(tmp_path, body)) == [
        "The report finds that:", "Globally, 1 in 10 women live in extreme poverty.",
        "In sub-Saharan Africa, the share rises to 4 in 10.", "In Southern Asia, it is 1 in 6.",
        "One in four went hungry.", "The team left."]


@pytest.mark.parametrize("glyph", ["❖", "◆", "✓", "➔"])
def test_more_bullet_glyphs(tmp_path: Path, glyph: str) -> None:
    body = (f"The measures include:\n\n{glyph} cash transfers to 2 million households;\n"
            f"{glyph} school meals for 1 million children.\n\nThe team left.\n")
    assert _paragraphs(_import(tmp_path, body)) == [
        "The measures include:", "cash transfers to 2 million households;",
        "school meals for 1 million children.", "The team left."]


def test_an_o_that_is_a_word_is_no_bullet(tmp_path: Path) -> None:
    # the twin: "o" opening a line outside a glyph list is text
    body = "The Spanish word for or is\n    o   and the text goes on.\n\nThe team left.\n"
    assert len(_paragraphs(_import(tmp_path, body))) == 2


FOOTED = """\
PRESS RELEASE

UNOCT and African Union Sign Memorandum of Understanding

Addis Ababa, 12 February 2024 – The United Nations Office of Counter-Terrorism (UNOCT) and the
African Union Commission1 today signed a Memorandum of Understanding, in line with the United
Nations Global Counter-Terrorism Strategy2 and with the priorities set out in the African

{notes}

- 1 -
{gap}Union’s Agenda 2063.

The Memorandum covers border security.
"""


@pytest.mark.parametrize(("notes", "gap"), [
    # consecutive lines at the page's foot (pdftotext's way), the page number right after
    ("1 The African Union Commission is its secretariat.\n2 General Assembly resolution 60/288.",
     ""),
    # a blank line between them, and around the page number: no form feed, no run of blanks
    ("1 The African Union Commission is its secretariat.\n\n2 General Assembly resolution "
     "60/288.", "\n"),
    # each number glued to its first word, as a PDF's text layer may write them (read as the
    # footnotes above, the number set apart)
    ("   1The African Union Commission is its secretariat.\n   2General Assembly resolution "
     "60/288.", ""),
])
def test_footnotes_at_a_page_foot(tmp_path: Path, notes: str, gap: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(FOOTED.format(notes=notes, gap=gap), encoding="utf-8")
    release = import_file(path).release
    texts = ["".join(s.text for s in b.spans) for b in release.blocks if b.kind == "p"]
    assert texts[0].endswith("Strategy2 and with the priorities set out in the African "
                             "Union’s Agenda 2063.")
    assert texts[-2:] == ["1 The African Union Commission is its secretariat.",
                          "2 General Assembly resolution 60/288."]
    marks = [s.text for b in release.blocks for s in b.spans if s.tag == "span"]
    assert marks == ["1", "2"]


GLUED = """\
A Headline for the Test

Geneva, 12 March 2024 – The G20 ministers met on COVID-19 and resolution A/RES/70/1, in
the first round of talks on the index2 and the{mark} of the year.

{foot}

                                            1
"""


@pytest.mark.parametrize(("mark", "foot"), [
    # the number glued to a capital and a capital, or to a figure's letter: no footnote
    ("ir goals", "1First round of talks.\n2FA codes were sent."),
    # a mark only after a capital ("G20"): the foot line is no footnote of it
    ("ir goals", "20Members attended."),
    # a glued line that is not at the foot of its page
    ("ir goals3", "3Compared with the year before.\n\nThe talks went on."),
])
def test_a_number_glued_to_a_word_is_no_footnote_without_its_mark(
        tmp_path: Path, mark: str, foot: str) -> None:
    """A line opening with a number glued to a word is a footnote only at its page's foot,
    its number glued to a capital and a lower-case letter, and only when the text above
    carries that number as a mark after a lower-case word or a closing mark; the text's own
    numbers ("G20", "COVID-19", "A/RES/70/1") are no marks."""
    path = tmp_path / "glued.txt"
    path.write_text(GLUED.format(mark=mark, foot=foot), encoding="utf-8")
    release = import_file(path).release
    assert not any(b.note.startswith("Footnote") for b in release.blocks)
    assert not any(s.tag == "span" for b in release.blocks for s in b.spans)
    texts = [b.plain_text for b in release.blocks if b.kind == "p"]
    assert texts[0].startswith("The G20 ministers met on COVID-19 and resolution A/RES/70/1,")
    assert any(t.startswith(foot[:6]) for t in texts)


def test_footnotes_glued_to_their_words_read_as_footnotes(tmp_path: Path) -> None:
    """The same text with its foot lines' numbers glued to a capital and the marks glued to
    the words ("index2", "their goals3"): footnotes moved to the end of the body, "1 The…"
    as every footnote is written, the marks elements not to translate; the text's own
    numbers untouched."""
    path = tmp_path / "glued.txt"
    path.write_text(GLUED.format(mark="ir goals3", foot="   2Published each year.\n"
                                 "   3Compared with the year before."), encoding="utf-8")
    release = import_file(path).release
    texts = [b.plain_text for b in release.blocks if b.kind == "p"]
    assert texts[-2:] == ["2 Published each year.", "3 Compared with the year before."]
    assert [b.note for b in release.blocks][-2:] == [
        "Footnote 2: the number is its mark in the text above.",
        "Footnote 3: the number is its mark in the text above."]
    assert [s.text for b in release.blocks for s in b.spans if s.tag == "span"] == ["2", "3"]
    assert texts[0].startswith("The G20 ministers met on COVID-19 and resolution A/RES/70/1,")


def test_a_figure_repeated_in_a_table_is_kept(tmp_path: Path) -> None:
    """A table extracted a cell a line (PyMuPDF): two equal cells of a row ("116.9" for May
    and June) had been removed as a page's furniture repeated, the row left without its
    values. A repeated line of words on every page still is ("UNITED NATIONS")."""
    body = ("Index by commodity group\nGroup\nMay 2024\nJune 2024\nCereals\n118.7\n115.2\n"
            "Meat\n116.9\n116.9\nSugar\n117.1\n119.4\nThe index was 2.1 percent lower.\n")
    texts = [t for b in _import(tmp_path, body).blocks
             for t in ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))]]
    assert texts.count("116.9") == 2
    paged = ("The report covers 112 countries.\n\nUNITED NATIONS\n\f\nUNITED NATIONS\n\n"
             "Africa has the largest number of poor people.\n")
    kept = _paragraphs(_import(tmp_path, paged, "paged.txt"))
    assert "UNITED NATIONS" not in kept


@pytest.mark.parametrize("number", ["{n}", "{n} | P a g e", "[{n}]", "Page {n} of 2 pages"])
def test_a_footer_over_its_page_number_and_words_page_numbers(tmp_path: Path,
                                                              number: str) -> None:
    """An office's footer and the page number on the line under it (pdftotext -layout), the
    same on each page but for the number: removed, and the sentence the page break cut made
    whole (it had been a subheading, and the footer glued to its second half); Word's
    letter-spaced "1 | P a g e" and "Page 2 of 3 pages" are page numbers too."""
    footer = "        One United Nations Plaza • New York, NY 10017 • www.undp.org\n"
    body = ("The report covers 112 countries and the people who live\n\n" + footer
            + "                              " + number.format(n=1) + "\n\f\n"
            "in them, according to the agency.\n\nAfrica has the largest number of poor "
            "people.\n\n" + footer + "                              " + number.format(n=2)
            + "\n\f\n")
    assert _paragraphs(_import(tmp_path, body)) == [
        "The report covers 112 countries and the people who live in them, according to the "
        "agency.", "Africa has the largest number of poor people."]


def test_a_web_page_printed_to_pdf(tmp_path: Path) -> None:
    """A press.un.org page printed from a browser: the date, time and page title atop every
    page (the first had been the headline) and the address with the page's number at its
    foot are removed, and the sentence the page break cut made whole."""
    path = tmp_path / "printed.txt"
    path.write_text(
        "12/05/2024, 10:15 Council condemns attack in Kabul | Meetings Coverage and Press "
        "Releases\n\nCouncil condemns attack in Kabul\n\nThe members of the Security Council "
        "condemned in the strongest terms the terrorist attack\n\nhttps://press.un.org/en/2024/"
        "sc15678.doc.htm 1/2\n\f\n12/05/2024, 10:15 Council condemns attack in Kabul | Meetings "
        "Coverage and Press Releases\n\nthat took place in Kabul on 11 May 2024.\n\n"
        "https://press.un.org/en/2024/sc15678.doc.htm 2/2\n\f\n", encoding="utf-8")
    release = import_file(path).release
    texts = {b.kind: "".join(s.text for s in b.spans if s.kind in ("text", "atom"))
             for b in release.blocks}
    assert texts["title"] == "Council condemns attack in Kabul"
    assert texts["p"] == ("The members of the Security Council condemned in the strongest terms "
                          "the terrorist attack that took place in Kabul on 11 May 2024.")


@pytest.mark.parametrize("rule", ["-" * 60, "_" * 20, "=" * 30])
def test_a_rule_drawn_over_a_block_is_no_text(tmp_path: Path, rule: str) -> None:
    """A rule right above a footnote or an office's footer, no blank line between: removed
    (it had been glued to the block's first line: "____ ¹ Speaking at …")."""
    body = ("The conference closed on 1 March 2024.\n\n" + rule + "\n¹ Speaking at the "
            "closing plenary on 1 March 2024.\n")
    paragraphs = _paragraphs(_import(tmp_path, body))
    assert paragraphs[-1] == "¹ Speaking at the closing plenary on 1 March 2024."
    assert not any(rule[:5] in p for p in paragraphs)


def test_a_tables_ranks_a_cell_a_paragraph_are_kept(tmp_path: Path) -> None:
    """A table as default pdftotext writes it, a cell a paragraph ("Rank" / "1" /
    "Switzerland" / "67.5" / "2"): the ranks had been removed as page numbers, with no page
    break near them (data lost). A number alone between paragraphs of text, or against a page
    break, is still a page's."""
    body = ("Rank\n\nEconomy\n\nScore\n\n1\n\nSwitzerland\n\n67.5\n\n2\n\nSweden\n\n64.5\n\n"
            "3\n\nUnited States of America\n\n62.4\n\nThe index ranks 133 economies.\n")
    texts = [t for b in _import(tmp_path, body).blocks
             for t in ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))]]
    assert [t for t in texts if t in ("1", "2", "3")] == ["1", "2", "3"]
    paged = ("The report covers 112 countries and was welcomed.\n\n2\n\n"
             "Africa has the largest number of poor people.\n\n3\n\f\nThe end of the text.\n")
    assert not {"2", "3"} & set(_paragraphs(_import(tmp_path, paged, "paged.txt")))


@pytest.mark.parametrize("mark", ["-- ENDS --", "--END--", "*** ENDS ***", "-- 30 --",
                                  "**ENDS**", "-- more --"])
def test_end_marks_with_doubled_dashes_or_stars(tmp_path: Path, mark: str) -> None:
    """"-- ENDS --", "*** ENDS ***" had been kept as the text's last paragraph ("**ENDS**" as
    bold): end and continuation marks, removed as "-ENDS-" was."""
    kept = _paragraphs(_import(tmp_path, f"The treaty bans explosions.\n\n{mark}\n\n"
                                         "Notes to editors\n\nThe treaty opened in 1996.\n"))
    assert not any("END" in t or t.strip("-* ") == "30" or "more" in t for t in kept), kept


def test_a_statements_signature_is_no_subheading(tmp_path: Path) -> None:
    """"Stéphane Dujarric, Spokesperson for the Secretary-General" closing a statement had been
    a subheading (the README says signatories never are)."""
    body = ("He urges all parties to exercise utmost restraint.\n\n"
            "Stéphane Dujarric, Spokesperson for the Secretary-General\n\n"
            "New York, 6 March 2024\n")
    release = _import(tmp_path, body)
    assert not [b for b in release.blocks if b.kind == "h2"]
    assert "Stéphane Dujarric, Spokesperson for the Secretary-General" in _paragraphs(release)


#: A page of a release in Chinese, Arabic or English, a footnote's mark glued to a word and its
#: foot line at the page's foot, glued to its word or not; then a second page.
MARKED = {
    "zh": ("联合国发布新报告\n\n秘书长介绍了他的报告{m}，并呼吁各国采取行动。\n\n"
           "他说，2030年议程必须落实，各国应加快步伐。\n\n{n}秘书长关于可持续发展问题的报告。",
           "秘书长介绍了他的报告", "秘书长关于可持续发展问题的报告。"),
    "ar": ("الأمم المتحدة تصدر تقريرا جديدا\n\nقدم الأمين العام تقرير البنك الدولي{m} ودعا "
           "الدول إلى العمل.\n\nوقال إن خطة عام 2030 يجب أن تنفذ في الوقت المحدد.\n\n"
           "{n}تقرير البنك الدولي عن التنمية في العالم.",
           "قدم الأمين العام تقرير البنك الدولي", "تقرير البنك الدولي عن التنمية في العالم."),
    "en": ("UNICEF Hails New Pledge\n\nThe pledge was made by UNICEF{m} today, and more "
           "followed.\n\nThe Fund said it welcomed it and hoped others would follow.\n\n"
           "{n}The United Nations Children's Fund, in 190 countries.",
           "The pledge was made by UNICEF", "The United Nations Children's Fund, in 190 "
           "countries."),
}


@pytest.mark.parametrize("lang", ["zh", "ar", "en"])
@pytest.mark.parametrize("glued", [True, False])
def test_a_footnote_glued_in_chinese_arabic_or_after_an_acronym(
        tmp_path: Path, lang: str, glued: bool) -> None:
    """«…的报告1» / «1秘书长…», «…الدولي1» / «1تقرير…», "UNICEF1" / "1The United…": a
    footnote, moved to the end of the body as "1 …", and its mark an element not to translate
    (a foot line glued to its word was read only before a capital and a lower-case letter,
    and its mark only after a lower-case one: these stayed text, the foot line a paragraph
    in the middle of the body). Glued so, a footnote is read when it starts the footnotes'
    sequence or goes on with it (see the test below); set apart, as any footnote is."""
    number = 1 if glued else 3
    page, before, note = MARKED[lang]
    path = tmp_path / f"{lang}.txt"
    path.write_text(page.format(m=number, n=f"{number}" if glued else f"{number} ")
                    + "\n\f\nThe second page goes on here.\n", encoding="utf-8")
    release = import_file(path, lang=lang).release
    assert release.blocks[-1].note == (f"Footnote {number}: the number is its mark in the "
                                       "text above.")
    assert release.blocks[-1].plain_text == f"{number} {note}"
    marked = next(b for b in release.blocks if b.kind == "p")
    assert [s.text for s in marked.spans][:2] == [before, f"{number}"]
    assert marked.spans[1].tag == "span"


@pytest.mark.parametrize(("lang", "text", "kept"), [
    # (a Chinese ordinal, a count, a date, a number written in groups, a year)
    ("zh", "根据第3条，3个国家的2 540人在12月于2030年议程下获得援助。", "第3条"),
    ("zh", "议程项目3个。", "项目3个"),
    # (Arabic's "and" written on to a number)
    ("ar", "عقد الاجتماع يومي 24 و3 آذار/مارس في جنيف.", "و3"),
    # (a name's figures: one or two capitals)
    ("en", "The A3 paper and the G3 talks on CO3 met at last.", "A3 paper and the G3 talks on CO3"),
])
def test_a_number_a_word_holds_is_no_footnote_mark(tmp_path: Path, lang: str, text: str,
                                                   kept: str) -> None:
    """With footnote 3 at the page's foot, «第3条», «3个», «2 540人», «12月», «2030年», «و3»
    ("and 3"), "A3", "G3", "CO3" are the text's numbers, not its mark: they stay text, and the
    true mark is still read."""
    page, _before, _note = MARKED[lang]
    path = tmp_path / f"{lang}.txt"
    head, rest = page.format(m=3, n="3 ").split("\n\n", 1)
    path.write_text(f"{head}\n\n{text}\n\n{rest}\n\f\nThe second page goes on here.\n",
                    encoding="utf-8")
    release = import_file(path, lang=lang).release
    assert any(kept in b.plain_text for b in release.blocks if b.kind == "p")
    assert [s.text for b in release.blocks for s in b.spans if s.tag == "span"] == ["3"]


@pytest.mark.parametrize(("lang", "text", "foot"), [
    # a count in the text («3艘», a classifier no list held) and a paragraph opening with one
    # at the page's foot
    ("zh", "评估小组在3艘船上工作，并呼吁各国采取行动。", "3批专家将于下周访问该地区，评估需求。"),
    # a goal's number after a word, and a paragraph opening with a count: no footnote 1 or 2
    ("zh", "各国承诺实现可持续发展目标3，并呼吁采取行动。",
     "3批专家将于下周访问该地区，评估需求。"),
    # a goal's number after an acronym, and a foot line glued to a capital: no footnote 1 or 2
    ("en", "The MDG3 target was met in the region, the Fund said.",
     "3Experts will visit the region next week."),
])
def test_a_paragraph_opening_with_a_count_is_no_footnote(tmp_path: Path, lang: str, text: str,
                                                          foot: str) -> None:
    """A paragraph at a page's foot opening with a number glued to a word of a script without
    capitals, or a mark after an acronym ("MDG3"), is a footnote only in the footnotes'
    sequence (footnote 1, or the one after a footnote read); a number before an ideograph is
    a count, never a mark. The paragraph had been moved to the end as "footnote 3" and the
    count made a mark («3 批专家…», «<x1/>艘»)."""
    title = "联合国发布新报告" if lang == "zh" else "UNICEF Hails New Pledge"
    path = tmp_path / f"{lang}.txt"
    path.write_text(f"{title}\n\n{text}\n\n{foot}\n\f\nThe second page goes on here.\n",
                    encoding="utf-8")
    read = import_file(path, lang=lang)
    assert not read.notes
    assert [b.plain_text for b in read.release.blocks if b.kind == "p"] == [
        text, foot, "The second page goes on here."]
    assert not any(s.tag == "span" for b in read.release.blocks for s in b.spans)


@pytest.mark.parametrize(("lang", "page", "marks"), [
    # the footnote's mark first; counts, a percentage, a name's and a sum's figures after it
    ("zh", "秘书长介绍了他的报告3，并呼吁各国采取行动。\n\n评估小组在3天内访问了3艘船和3批学校，"
     "为期3周。经济增长3.5%，共1.3亿人。\n\n3 秘书长关于可持续发展问题的报告。", ["3"]),
    ("en", "The pledge was made by UNICEF3 today, and more followed.\n\nThe WHO3 initiative "
     "and the MDG3 target and COVAX3 doses, as well as the USD3 million and 1.3 million "
     "people.\n\n3 The United Nations Children's Fund, in 190 countries.", ["3"]),
    # two footnotes glued in Chinese, in their sequence: both read, one mark each, in order
    ("zh", "秘书长介绍了他的报告1，并呼吁行动。这一点见大会的决议2。报告共1页。\n\n"
     "1秘书长关于可持续发展问题的报告。\n2大会第70/1号决议。", ["1", "2"]),
])
def test_one_mark_a_footnote_in_their_order(tmp_path: Path, lang: str, page: str,
                                            marks: list[str]) -> None:
    """With footnote 3 at a page's foot, its mark is the first "3" after a word, and no other:
    «3天», «3艘», «3.5%», "1.3 million", "WHO3", "MDG3", "USD3" stay the text's numbers (each
    had been made a mark, «3.5%» cut to a mark and ".5%"). Footnotes glued in Chinese that
    start at 1 are read, their marks in order."""
    title = "联合国发布新报告" if lang == "zh" else "UNICEF Hails New Pledge"
    path = tmp_path / f"{lang}.txt"
    path.write_text(f"{title}\n\n{page}\n\f\nThe second page goes on here.\n",
                    encoding="utf-8")
    release = import_file(path, lang=lang).release
    assert [s.text for b in release.blocks for s in b.spans if s.tag == "span"] == marks
    notes = [b.note for b in release.blocks if b.note.startswith("Footnote")]
    assert notes == [f"Footnote {m}: the number is its mark in the text above." for m in marks]
    text = " ".join(b.plain_text for b in release.blocks)
    for kept in ("3天", "3艘", "3.5%", "1.3亿", "WHO3", "MDG3", "USD3", "1.3 million"):
        assert kept in text or kept not in page
