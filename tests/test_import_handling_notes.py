"""A release's handling instruction in its head ("FOR IMMEDIATE RELEASE", in the UN's six
languages) and a company's label line ("Wiggofy Press Release:"), from text and from HTML (so
Word and OpenDocument files): the trial of 2024's newsroom files (launchabanker-press.odt,
wiggofy-press-edit.docx). Texts written for these tests in those files' layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.importer import import_text
from transpub.importer_html import import_html
from transpub.model import Release

NOTES = ["FOR IMMEDIATE RELEASE", "For immediate release:", "Pour diffusion immédiate",
         "Para su difusión inmediata", "Для немедленного распространения", "即时发布",
         "للنشر الفوري"]
TEXT = "The game lets players fire a banker out of a cannon, its maker said on Monday."


def _blocks(release: Release) -> list[tuple[str, str]]:
    return [(b.kind, b.plain_text) for b in release.blocks]


@pytest.mark.parametrize("note", NOTES)
def test_under_the_headline_from_text(note: str) -> None:
    report = import_text(f"Launch a Banker\n\n{note}\n\n{TEXT}\n", Path("r.txt"), None, "en")
    assert _blocks(report.release) == [("title", "Launch a Banker"), ("p", TEXT)]
    assert report.removed == ((3, note),)


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("above", [False, True])
def test_above_or_under_the_headline_from_html(note: str, above: bool) -> None:
    head = (f"<p><b>{note}</b></p><h1>Launch a Banker</h1>" if above
            else f"<h1>Launch a Banker</h1>\n<p>{note}</p>")
    report = import_html(f"<html><body>{head}\n<p>{TEXT}</p></body></html>", Path("r.html"),
                         None, "en")
    # (never the label, as from text; under the headline it had been the first paragraph)
    assert _blocks(report.release) == [("title", "Launch a Banker"), ("p", TEXT)]
    assert [t for _n, t in report.removed] == [note]


def test_a_sentence_opening_so_is_the_text_s() -> None:
    sentence = ("For immediate release of all hostages, the Council calls on the parties to act "
                "now and without conditions.")
    report = import_html(f"<html><body><h1>Council calls for release</h1><p>{sentence}</p>"
                         f"<p>{TEXT}</p></body></html>", Path("r.html"), None, "en")
    assert ("p", sentence) in _blocks(report.release)
    report = import_text(f"Council calls for release\n\n{sentence}\n\n{TEXT}\n", Path("r.txt"),
                         None, "en")
    assert ("p", sentence) in _blocks(report.release)


@pytest.mark.parametrize("label", ["Wiggofy Press Release:", "Acme Corp. News Release:",
                                   "Press Release:"])
def test_a_company_s_label_line(label: str) -> None:
    headline = "Wiggofy yourself and help Bradley Wiggins win Sports Personality of the Year"
    expected = [("label", label[:-1]), ("title", headline), ("p", TEXT)]
    report = import_text(f"{label}\n\n{headline}\n\n{TEXT}\n", Path("r.txt"), None, "en")
    assert _blocks(report.release) == expected
    page = (f"<html><body><p><b>{label}</b></p><p><b>{headline}</b></p><p>{TEXT}</p>"
            "</body></html>")
    report = import_html(page.replace("<html>", "<html><head><meta name='Generator' "
                                      "content='Microsoft Word 15'></head>"), Path("r.html"),
                         None, "en")
    assert _blocks(report.release) == expected


def test_without_its_colon_a_company_s_line_may_be_the_headline() -> None:
    report = import_text(f"Wiggofy Press Release\n\n{TEXT}\n", Path("r.txt"), None, "en")
    assert _blocks(report.release)[0] == ("title", "Wiggofy Press Release")


def test_above_an_h1_a_company_s_line_is_the_label_without_its_colon_too() -> None:
    # (Word's reader judged the line with its colon, which a run of its own held, and chose
    # the headline past it)
    page = (f"<html><body><p><b>Wiggofy Press Release</b></p><h1>Wiggofy yourself</h1>"
            f"<p>{TEXT}</p></body></html>")
    report = import_html(page, Path("r.html"), None, "en")
    assert _blocks(report.release) == [("label", "Wiggofy Press Release"),
                                       ("title", "Wiggofy yourself"), ("p", TEXT)]


@pytest.mark.parametrize(("lang", "headline", "sentence"), [
    ("zh", "安理会要求释放人质", "立即发布停火协议全文是各方的共同要求，安理会说。"),
    ("ar", "مجلس الأمن يطالب بالإفراج عن الرهائن",
     "للنشر الفوري للتقرير أهمية كبيرة، قال المتحدث."),
    ("en", "Council demands release of hostages",
     "For immediate release, all hostages must be freed, the Council said."),
    ("fr", "Le Conseil exige la libération des otages",
     "Pour diffusion immédiate, le rapport a été envoyé aux États.")])
def test_a_sentence_opening_with_the_words_in_any_language(lang: str, headline: str,
                                                           sentence: str) -> None:
    """The handling instruction is a whole short line, the phrase alone (h5 finding 5):
    «立即发布…» opening a Chinese sentence ("to publish at once…"), an Arabic one, a comma
    after the English or French phrase, had been removed as "FOR IMMEDIATE RELEASE" and the
    headline taken for an office."""
    text = f"{headline}\n\n{sentence}\n\n{TEXT}\n"
    report = import_text(text, Path("r.txt"), None, lang)
    assert _blocks(report.release) == [("title", headline), ("p", sentence), ("p", TEXT)]
    assert report.removed == ()


@pytest.mark.parametrize("note", ["FOR IMMEDIATE RELEASE: 5 May 2024",
                                  "For immediate release – May 5, 2024", "即时发布 2024年5月3日",
                                  "للنشر الفوري: 5 مايو 2024", "FOR IMMEDIATE RELEASE: [DATE]"])
def test_the_instruction_with_its_date(note: str) -> None:
    report = import_text(f"Launch a Banker\n\n{note}\n\n{TEXT}\n", Path("r.txt"), None, "en")
    assert _blocks(report.release) == [("title", "Launch a Banker"), ("p", TEXT)]
    assert report.removed == ((3, note),)


@pytest.mark.parametrize("tail", [" " * 20_000 + "x", ":" + " " * 20_000 + "x", "1" * 20_000],
                         ids=["spaces", "colon-spaces", "digits"])
def test_hostile_tails_after_the_words(tail: str) -> None:
    """The phrase, then 20,000 spaces, or digits: one pass (the text stays the text's)."""
    from transpub.importer_labels import is_embargo, is_handling_note

    assert not is_handling_note("FOR IMMEDIATE RELEASE" + tail)
    assert not is_embargo("即时发布" + tail)
