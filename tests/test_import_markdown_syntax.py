"""Markdown's own syntax in real releases written on GitHub (the trial of 2024's Markdown
files: guam-crb-press-release.md, praqma-press-release.md, oig-press-release.md): front
matter, HTML comments, fenced code, autolinks, inline code, a heading with its paragraph
right under it, a list of one item. Texts written for these tests in those files' layouts."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from transpub.importer import ImportReport, import_file, import_text
from transpub.model import Release

BODY = ("The harvest rose by a tenth this year, the agency said on Monday in its annual "
        "report.\n\nThe report is the agency's tenth and covers forty countries.\n")


def _import(tmp_path: Path, text: str, name: str = "release.md") -> ImportReport:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(path)


def _blocks(release: Release) -> list[tuple[str, str]]:
    return [(b.kind, "".join(s.text if s.kind in ("text", "atom") else
                             f"<{'/' if s.kind == 'close' else ''}{s.tag}>"
                             for s in b.spans)) for b in release.blocks]


def test_front_matter_title_is_the_headline_and_its_date_the_release_date(
        tmp_path: Path) -> None:
    text = ("---\ntitle: \"Tech experts write to the UN on the Global Digital Compact\"\n"
            "layout: letter\ndate: 2024-07-01 10:00:00 +0000\n---\n\n" + BODY)
    report = _import(tmp_path, text)
    assert _blocks(report.release)[:2] == [
        ("title", "Tech experts write to the UN on the Global Digital Compact"),
        ("p", "The harvest rose by a tenth this year, the agency said on Monday in its "
              "annual report.")]
    assert report.release.date == dt.date(2024, 7, 1)
    # the rest said removed, with its lines; the title is the release's text
    assert (3, "layout: letter") in report.removed
    assert (4, "date: 2024-07-01") not in report.removed
    assert any(t.startswith("date:") for n, t in report.removed if n == 4)
    assert not any(n == 2 for n, _t in report.removed)
    assert any("front matter's date" in note for note in report.notes)


def test_toml_front_matter_and_a_label_for_a_title(tmp_path: Path) -> None:
    text = "+++\ntitle = 'Press Release'\ndraft = false\n+++\n\n# Agency reports a harvest\n\n" \
           + BODY
    report = _import(tmp_path, text)
    # the text's own headline (level 1) is the headline; the front matter's title is said
    assert ("title", "Agency reports a harvest") in _blocks(report.release)
    assert (2, "title = 'Press Release'") in report.removed
    assert (3, "draft = false") in report.removed


def test_a_text_s_dateline_dates_it_not_the_front_matter(tmp_path: Path) -> None:
    text = ("---\ntitle: Agency reports a harvest\ndate: 2024-01-05\n---\n\nGeneva, 9 December "
            "2020 – The harvest rose by a tenth this year.\n\nThe report covers forty "
            "countries.\n")
    report = _import(tmp_path, text)
    assert report.release.date == dt.date(2020, 12, 9)


def test_a_rule_a_paragraph_and_a_rule_are_no_front_matter(tmp_path: Path) -> None:
    text = "---\nAgency reports a harvest\n---\n\n" + BODY
    report = _import(tmp_path, text)
    assert "Agency reports a harvest" in _blocks(report.release)[0][1]
    assert report.removed == ()


@pytest.mark.parametrize("lead", [
    "# Ceasefire talks resume in Geneva\n\nGENEVA: The Secretary-General welcomed on Monday "
    "the resumption of talks.", "GENEVA: The Secretary-General welcomed on Monday the "
    "resumption of talks."], ids=["heading", "place"])
def test_rules_around_a_headline_or_a_lead_are_no_front_matter(tmp_path: Path,
                                                                lead: str) -> None:
    """A thematic break at the top, a headline ("# …": never YAML) or a lead whose place in
    capitals has a key's shape ("GENEVA: …"), another break: text, as written (h5 finding 3:
    both had been removed as front matter, the next sentence taken for the headline)."""
    text = "---\n\n" + lead + "\n\n---\n\n" + BODY
    report = _import(tmp_path, text)
    texts = [t for _k, t in _blocks(report.release)]
    assert any(t.startswith("GENEVA: The Secretary-General") for t in texts)
    assert ("Ceasefire talks resume in Geneva" in texts) is lead.startswith("#")
    assert [t for _n, t in report.removed] == ["---", "---"]


def test_tilde_separators_and_prose_comment_openers_are_text(tmp_path: Path) -> None:
    """"~~~" set between paragraphs with blank lines on each side is a separator, not a code
    fence (the paragraphs between had been one paragraph not to translate), and a "<!--" in
    a line's prose that its paragraph does not close is text (it had taken the text up to an
    arrow two paragraphs below); a code block's tildes hug its code (h5 finding 3)."""
    text = ("# Agency reports a harvest\n\nIn HTML, a comment opens with <!-- and the page "
            "uses one.\n\n~~~\n\nThe report covers forty countries --> see annex.\n\nIt "
            "will be presented in June.\n\n~~~\n\nRun:\n\n~~~\ndocker pull a/b\n~~~\n\n"
            "The harvest rose <!-- check\nthe figure --> by a tenth.\n")
    report = _import(tmp_path, text)
    blocks = _blocks(report.release)
    assert ("p", "In HTML, a comment opens with <!-- and the page uses one.") in blocks
    assert ("p", "The report covers forty countries --> see annex.") in blocks
    assert ("p", "It will be presented in June.") in blocks
    assert [(b.kind, b.plain_text) for b in report.release.blocks if not b.translate] == [
        ("p", "docker pull a/b")]
    assert ("p", "The harvest rose by a tenth.") in blocks
    assert [t for _n, t in report.removed] == ["~~~", "~~~", "<!-- check", "the figure -->"]


def test_pandoc_metadata_under_a_comment_and_a_label_heading(tmp_path: Path) -> None:
    # guam-crb-press-release.md: a converter's note in a comment, a metadata block, the
    # label as the first heading, a byline, a date, the headline a heading of level 2
    text = ("<!--- \nThis ghf markdown can be converted to a PDF file using:\n\npandoc "
            "press-release.md -o press-release.pdf\n--->\n\n---\ndocumentclass: scrartcl\n"
            "papersize: letter\n---\n\n# PRESS RELEASE\n\nNovember 27, 2021\n\n## Island-wide "
            "roadside survey indicates that one in five palms show damage\n\n" + BODY)
    report = _import(tmp_path, text)
    blocks = _blocks(report.release)
    assert blocks[:2] == [("label", "PRESS RELEASE"), (
        "title", "Island-wide roadside survey indicates that one in five palms show damage")]
    assert report.release.date == dt.date(2021, 11, 27)
    assert [t for n, t in report.removed if n < 11] == [
        "<!---", "This ghf markdown can be converted to a PDF file using:",
        "pandoc press-release.md -o press-release.pdf", "--->", "documentclass: scrartcl",
        "papersize: letter"]
    assert not any("---" in t or "documentclass" in t for _k, t in blocks)


def test_html_comments_on_a_line_and_unclosed(tmp_path: Path) -> None:
    text = ("# Agency reports a harvest\n\nThe harvest rose <!-- check the figure --> by a "
            "tenth.\n\n<!--\nTODO: add a quote\n-->\n\nThe report covers forty countries "
            "<!-- never closed.\n")
    report = _import(tmp_path, text)
    blocks = _blocks(report.release)
    assert ("p", "The harvest rose by a tenth.") in blocks
    # a comment nothing closes is the text's, as written
    assert ("p", "The report covers forty countries <!-- never closed.") in blocks
    assert [t for _n, t in report.removed] == ["<!-- check the figure -->", "<!--",
                                                "TODO: add a quote", "-->"]


def test_fenced_code_under_a_contact_lead_in_is_the_contact_block(tmp_path: Path) -> None:
    text = ("# Agency reports a harvest\n\n" + BODY + "\n**Contact for further information:**\n"
            "```\nJane Doe\nSpokesperson\njane@example.org\n```\n\n![](map.png)\n\n**Figure 1** "
            "The map of the harvest across the forty countries of the region, with its "
            "figures for each of them.\n\n**Figure 2** The harvest over ten years.\n")
    release = _import(tmp_path, text).release
    assert [t for k, t in _blocks(release) if k == "line"] == [
        "Contact for further information:", "Jane Doe", "Spokesperson", "jane@example.org"]
    assert not any("```" in t for _k, t in _blocks(release))


@pytest.mark.parametrize(("fence", "inner"), [("```", ""), ("~~~", "```"), ("````", "```")])
def test_fenced_code_elsewhere_is_a_paragraph_not_to_translate(tmp_path: Path, fence: str,
                                                               inner: str) -> None:
    # (its text as written: stars, a hash, a shorter fence of its own are no markup in it)
    text = (f"# Agency reports a harvest\n\n{BODY}\nOr:\n\n{fence}shell\ndocker pull "
            f"**wbitt**/network-multitool\n\n# not a heading\n{inner}\n{fence}\n\nThe end of "
            "the text.\n")
    report = _import(tmp_path, text)
    code = [(b.kind, b.plain_text) for b in report.release.blocks if not b.translate]
    assert code == [("p", "docker pull **wbitt**/network-multitool # not a heading"
                          + (" ```" if inner else ""))]
    assert any("code block" in n and "not to translate" in n for n in report.notes)
    assert ("p", "Or:") in _blocks(report.release)
    assert _blocks(report.release)[-1] == ("p", "The end of the text.")


def test_an_unclosed_fence_is_text(tmp_path: Path) -> None:
    text = "# Agency reports a harvest\n\n" + BODY + "\n```\nThe end of the text.\n"
    release = _import(tmp_path, text).release
    assert all(b.translate for b in release.blocks)
    assert ("p", "``` The end of the text.") in _blocks(release)


def test_autolinks_and_inline_code(tmp_path: Path) -> None:
    text = ("# Press-release: `praqma/network-multitool` is now `wbitt/network-multitool`\n\n"
            "See the map at <https://example.org/map> or write to <press@example.org> or "
            "<mailto:info@example.org>. Don`t pull `docker pull x` twice.\n\n" + BODY)
    release = _import(tmp_path, text).release
    title = release.blocks[0]
    assert [(s.kind, s.tag, s.text) for s in title.spans if s.kind == "atom"] == [
        ("atom", "span", "praqma/network-multitool"), ("atom", "span", "wbitt/network-multitool")]
    assert all(s.attrs == (("{http://www.w3.org/2005/11/its}translate", "no"),)
               for s in title.spans if s.kind == "atom")
    p1 = release.blocks[1]
    assert p1.plain_text == ("See the map at https://example.org/map or write to "
                             "press@example.org or info@example.org. Don`t pull docker pull x "
                             "twice.")
    assert [s.tag for s in p1.spans if s.kind == "atom"] == ["url", "email", "email", "span"]


def test_backticks_in_a_plain_text_are_its_own(tmp_path: Path) -> None:
    """Inline code is Markdown's: in a .txt, backticks are the text's own quotation marks
    ("called the figures `encouraging`"), kept and translated; the word had been made a
    span not to translate, copied untranslated into every language (h5 finding 4). In a .md
    it is still code; links and emphasis are read in both."""
    line = "The minister called the figures `encouraging` and **welcomed** `l'aide`."
    text = "# Agency reports a harvest\n\n" + BODY + "\n" + line + "\n"
    plain = _import(tmp_path, text, "release.txt").release.blocks[-1]
    assert _blocks(_import(tmp_path, text, "release.txt").release)[-1] == (
        "p", "The minister called the figures `encouraging` and <strong>welcomed</strong> "
             "`l'aide`.")
    assert not any(s.kind == "atom" for s in plain.spans)
    marked = _import(tmp_path, text, "release.md").release.blocks[-1]
    assert [s.text for s in marked.spans if s.kind == "atom"] == ["encouraging", "l'aide"]


@pytest.mark.parametrize("name", ["release.md", "release.txt"])
def test_a_heading_is_one_line(tmp_path: Path, name: str) -> None:
    text = ("# Agency reports record harvest across the region\n\n## Background to the report\n"
            "The harvest rose by a tenth this year, the agency said on Monday.\n\nThe report is "
            "the agency's tenth.\n")
    blocks = _blocks(_import(tmp_path, text, name).release)
    assert blocks[1:3] == [("h2", "Background to the report"),
                           ("p", "The harvest rose by a tenth this year, the agency said on "
                                 "Monday.")]


def test_a_heading_inside_a_markdown_paragraph(tmp_path: Path) -> None:
    text = ("# Agency reports a harvest\n\nThe harvest rose by a tenth this year.\n## Background"
            "\nThe report is the agency's tenth.\n")
    blocks = _blocks(_import(tmp_path, text).release)
    assert blocks[1:] == [("p", "The harvest rose by a tenth this year."),
                          ("h2", "Background"), ("p", "The report is the agency's tenth.")]


def test_a_list_of_one_item_loses_its_marker(tmp_path: Path) -> None:
    text = ("# Agency reports a harvest\n\n" + BODY + "\n- Kamran Azeem <kamran@example.org>\n"
            "\n* * *\n\nThe end of the text.\n")
    blocks = _blocks(_import(tmp_path, text).release)
    assert ("p", "Kamran Azeem kamran@example.org") in blocks
    # (in a .txt a dash first on a line may be a wrap's: no list of one item there)
    blocks = _blocks(_import(tmp_path, text, "release.txt").release)
    assert ("p", "- Kamran Azeem kamran@example.org") in blocks


HOSTILE = {"backticks": "`" * 20000, "dashes": "-" * 20000, "comments": "<!--" * 20000,
           "spaces": "x" + " " * 20000 + "y", "tildes": "~" * 20000,
           "heading-spaces": "## x" + " " * 20000 + "y", "hashes": "# " + "#" * 20000 + " x",
           "autolinks": "<https://a" * 5000, "fences": "```\n" + "```a\n" * 5000,
           "code-spans": "`a " * 7000, "closed-comments": "<!-- -->" * 5000,
           "bullets": "- " * 10000, "prose-comments": "a <!--\n" * 10000 + "-->",
           "tilde-separators": "~~~\n\n" * 5000}


@pytest.mark.parametrize("line", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("front", [False, True])
def test_hostile_lines_are_read_in_linear_time(line: str, front: bool) -> None:
    head = "# Agency reports record harvest\n\nThe harvest rose by a tenth this year.\n\n"
    text = ("---\n" + line + "\n---\n\n" + head) if front else (head + line + "\n\nThe end.\n")
    # CPU time, not wall time: the suite runs two workers on two cores beside other load, and
    # a linear reading takes ~0.2 s of CPU where a quadratic one took many seconds
    start = time.process_time()
    try:
        import_text(text, Path("hostile.md"), "hostile", "en", markdown=True)
    except Exception as exc:  # (a refusal is an answer too; only the time is tested)
        assert type(exc).__name__ == "SourceError"
    assert time.process_time() - start < 1.0
