"""The head of a release copied from a web page of a newsroom outside the UN: the site's own
navigation, banners and buttons above the headline (written for these tests, in the layouts
of the pages a trial copied: a commission's, a bank's, a court's, a wire's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds

TAIL = "Geneva, 3 March 2025 – The River Council met today.\n\nIt will meet again.\n"


@pytest.mark.parametrize(("chrome", "headline"), [
    (["Navigation path", "Left navigation", "Additional tools"], "River Council opens session"),
    (["Login / Register"], "River Council opens session"),
    (["Click here for search results"], "River Council opens session"),
    (["Multimedia Newsroom"], "River Council opens session"),
    (["Media Center"], "River Council opens session"),
    (["CONTINUE READING"], "River Council opens session"),
    (["Fil d'Ariane", "Salle de presse"], "Le Conseil ouvre sa session"),
    (["Ruta de navegación", "Sala de prensa"], "El Consejo abre su período de sesiones"),
    (["Пресс-центр"], "Совет открывает сессию"),
    (["新闻中心"], "理事会开幕"),
    (["المركز الإعلامي"], "المجلس يفتتح دورته"),
])
def test_a_site_navigation_above_the_headline_is_furniture(
        tmp_path: Path, chrome: list[str], headline: str) -> None:
    # a site's menus, breadcrumb, sign-in and newsroom's name above the headline: the site's,
    # said removed (the first had been the headline, or "Media Center" the office line, and
    # the headline a subheading)
    release, removed = import_text(tmp_path, "\n\n".join([*chrome, headline, TAIL]))
    assert kinds(release, "title") == [headline]
    assert kinds(release, "office") == []
    assert removed == chrome
    assert kinds(release, "place") == ["Geneva"]


def test_a_button_glued_over_the_headline_is_furniture(tmp_path: Path) -> None:
    # no blank line between the site's button and the headline: the line alone goes
    release, removed = import_text(tmp_path, (
        "Submit Release\nRiver Day: the Commissioner on attacks against boatmen\n\n" + TAIL))
    assert kinds(release, "title") == ["River Day: the Commissioner on attacks against boatmen"]
    assert removed == ["Submit Release"]
    # an all-capitals button is no issuer's name: no office line
    release, removed = import_text(tmp_path, (
        "CONTINUE READING\nRiver Commission - Daily News\n\nRiver Council opens session\n\n"
        + TAIL))
    assert "Continue Reading" not in kinds(release, "office")
    assert "CONTINUE READING" in removed


def test_a_banner_over_the_page_goes_with_its_call_to_action(tmp_path: Path) -> None:
    # the site's banner, its sentence and its button, over the release's date: the banner
    # goes whole, said, and the date under it stays the page's date (the banner's sentence
    # had been the headline, "Donate today" glued to it)
    release, removed = import_text(tmp_path, (
        "Children in the valley are in desperate need.\nDonate today\n21 February 2020\n\n"
        "Thirty children hurt in the valley\n\n"
        "VALLEY, 20 February 2020 – The office is sad to confirm the attack.\n\nEnds.\n"))
    assert kinds(release, "title") == ["Thirty children hurt in the valley"]
    assert removed[:2] == ["Children in the valley are in desperate need.", "Donate today"]
    assert release.date is not None and release.date.isoformat() == "2020-02-20"


def test_a_menu_block_goes_whole(tmp_path: Path) -> None:
    # a bank's page: its search link, its briefing centre's name, a notice and its sign-in
    # link in one block over the headline: the site's menu, all of it said removed
    release, removed = import_text(tmp_path, (
        "Click here for search results\nOnline Media Briefing Cntr\n"
        "Embargoed news for accredited journalists only.\nLogin / Register\n\n"
        "Nomination For Presidency Of The Bank\n\n"
        "WASHINGTON, March 16, 2005 — The Board has received a nomination.\n\nIt met.\n"))
    assert kinds(release, "title") == ["Nomination For Presidency Of The Bank"]
    assert kinds(release, "office") == [] and kinds(release, "label") == []
    assert removed == ["Click here for search results", "Online Media Briefing Cntr",
                       "Embargoed news for accredited journalists only.", "Login / Register"]
    assert kinds(release, "place") == ["WASHINGTON"]


def test_the_short_lines_above_a_button_stay_below_the_first_block(tmp_path: Path) -> None:
    # (only the text's first block is a banner: a headline over "Read more" further down
    # keeps its headline, the button alone goes)
    release, removed = import_text(tmp_path, (
        "PRESS RELEASE\n\nRiver Council opens session\nRead more\n\n" + TAIL))
    assert kinds(release, "title") == ["River Council opens session"]
    assert removed == ["Read more"]


@pytest.mark.parametrize("links", [
    "Skip to contentSkip to navigationSkip to footer",
    "Aller au contenuAller au menu",
    # (a site's in a language the importer has no word of: the same word opens each link)
    "Ugrás a tartalomhozUgrás a menüpontokhozUgrás a lábléchez",
])
def test_skip_links_run_together_are_furniture(tmp_path: Path, links: str) -> None:
    release, removed = import_text(tmp_path, f"{links}\n\nRiver Council opens session\n\n{TAIL}")
    assert kinds(release, "title") == ["River Council opens session"]
    assert removed == [links]


def test_a_language_switcher_with_its_lead_in_is_furniture(tmp_path: Path) -> None:
    # "Available in:" and the languages' names, codes, or its word for none: the page's
    # switcher, anywhere; removing it joins no headline to the contacts under it
    for switcher in ("Available in: Español, 中文, русский, Français, العربية",
                     "Also available in: русский  ,  Français  ,  Español",
                     "Other available languages: none", "Autres langues disponibles : aucune",
                     "Other available languages: FR DE DA ES NL"):
        release, removed = import_text(tmp_path, (
            f"Nomination For Presidency Of The Bank\n\n{switcher}\n\n"
            "Gerry Ray: 202-473-1842\nDavid Tees: 202-458-8626\n\n"
            "WASHINGTON, March 16, 2005 — The Board has received a nomination.\n\nIt met.\n"))
        assert kinds(release, "title") == ["Nomination For Presidency Of The Bank"], switcher
        assert removed == [switcher]
    # (a lead-in over other words is text)
    release, removed = import_text(tmp_path, (
        "River report published\n\nAvailable in: two formats, print and online\n\n" + TAIL))
    assert removed == []


def test_navigation_words_in_a_headline_or_the_text_stay(tmp_path: Path) -> None:
    # (a headline holding the words, and a subheading of the text: no line of its own above
    # the text's first sentence)
    release, removed = import_text(tmp_path, (
        "Search for Missing Climbers Resumes\n\n" + TAIL + "\nTools\n\nThe tools were given.\n"))
    assert kinds(release, "title") == ["Search for Missing Climbers Resumes"]
    assert removed == []
    assert "Tools" in kinds(release, "h2") + kinds(release, "p")


@pytest.mark.parametrize(("line", "label"), [
    ("River Commission - Daily News", "Daily News"),
    ("River Commission - Press release", "Press release"),
    ("Council of the River – Statement", "Statement"),
])
def test_an_issuer_and_a_kind_of_document_are_the_office_and_label(
        tmp_path: Path, line: str, label: str) -> None:
    # a commission's label line over its bulletin's date bar and the dateline alone, the
    # headline under them: the kind the label, the name the office line (the line had been
    # the headline, the headline a paragraph); the date bar said removed
    release, removed = import_text(tmp_path, (
        f"{line}\n\n{label} 04 / 04 / 2019\n\nBrussels, 4 April 2019\n\n"
        "River preparedness: the Commission is ready\n\nThe Commission regrets it.\n\nIt met.\n"))
    assert kinds(release, "label") == [label]
    assert kinds(release, "office") == [line.rsplit(f" {label}", 1)[0][:-2]]
    assert kinds(release, "title") == ["River preparedness: the Commission is ready"]
    assert f"{label} 04 / 04 / 2019" in removed
    assert release.date is not None and release.date.isoformat() == "2019-04-04"


def test_an_issuer_label_line_printed_twice_is_said_once_removed(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, (
        "River Commission - Daily News\n\nCONTINUE READING\nRiver Commission - Daily News\n\n"
        "River preparedness: the Commission is ready\n\n" + TAIL))
    assert kinds(release, "label") == ["Daily News"]
    assert kinds(release, "office") == ["River Commission"]
    assert sorted(removed) == ["CONTINUE READING", "River Commission - Daily News"]


def test_a_headline_naming_a_statement_stays(tmp_path: Path) -> None:
    # (a dash and words that are no kind of document alone: a headline)
    for headline in ("Ukraine – Statement by the President", "River Commission - A New Start"):
        release, removed = import_text(tmp_path, f"{headline}\n\n{TAIL}")
        assert kinds(release, "title") == [headline]
        assert kinds(release, "label") == [] and removed == []


def test_a_headline_printed_twice_is_kept_once(tmp_path: Path) -> None:
    # a wire's page prints its headline as the page's title and as its heading: one
    # headline, the copy said removed (it had been the first paragraph, twice in the PO file)
    headline = "Agency Issues Another Authorization for a Flu Test"
    release, removed = import_text(tmp_path, (
        f"{headline}\n\n{headline}\nTest runs on the new cycler; reflects the first kit\n"
        "MADISON, Oct. 16 -- The agency today issued a second authorization.\n\nIt met.\n"))
    assert kinds(release, "title") == [headline]
    assert removed == [headline]
    assert headline not in kinds(release, "p") + kinds(release, "h2")


def test_the_line_a_page_repeats_is_its_headline_under_its_slogan(tmp_path: Path) -> None:
    # a site's slogan (printed again at the page's foot) and carousel (the site's word) over
    # the headline printed three times: the slogan goes, said (it had been the headline, "the
    # headline may be missing" warned), the copies too
    headline = "Statement of the Chairperson on the situation in the valley"
    slogan = "An Integrated, Prosperous and Peaceful Valley."
    release, removed = import_text(tmp_path, (
        f"{slogan}\n\nTop Slides\n\n{headline}\n\n"
        f"{headline}\n\nJune 25, 2019\n{headline}\n\n"
        "25 June 2019 – The Chairperson wishes to express his condolences.\n\nIt met.\n\n"
        f"{slogan}\n"))
    assert kinds(release, "title") == [headline]
    assert removed[:5] == [slogan, "Top Slides", headline, "June 25, 2019", headline]
    assert release.date is not None and release.date.isoformat() == "2019-06-25"


def test_a_repeated_label_or_a_letterhead_above_stays(tmp_path: Path) -> None:
    # (a label or a date repeated is no headline; a label above the repeated headline is the
    # release's, not the site's)
    headline = "River Council opens its tenth session"
    release, removed = import_text(tmp_path, (
        f"PRESS RELEASE\n\n{headline}\n\n{headline}\n\n{TAIL}"))
    assert kinds(release, "label") == ["PRESS RELEASE"]
    assert kinds(release, "title") == [headline]
    assert removed == [headline]
    release, removed = import_text(tmp_path, (
        f"Our Valley, Our Future.\n\n{headline}\n\n{TAIL}"))
    assert removed == []  # (nothing repeated: the first block stays the headline)


# Above a repeated headline only the site's lines go, with evidence (its words, or printed
# again on the page), and never a line of the release's head (a hostile review of session 63,
# finding 5: a statement's line and an undated dateline's place had been removed as a slogan).

def test_a_statement_line_above_a_repeated_headline_stays(tmp_path: Path) -> None:
    headline = "Children in Gaza Need a Ceasefire Now"
    statement = "Statement by UNICEF Executive Director Catherine Russell"
    release, removed = import_text(tmp_path, f"{statement}\n\n{headline}\n\n{headline}\n\n{TAIL}")
    assert removed == [headline]
    assert statement in kinds(release, "title") + kinds(release, "h2") + kinds(release, "p")


def test_a_place_above_a_repeated_headline_is_the_undated_dateline(tmp_path: Path) -> None:
    headline = "WHO Reports Rise in Measles Cases in Europe"
    release, removed = import_text(tmp_path, (
        f"Geneva\n\n{headline}\n\n{headline}\n\nMeasles cases in the European Region rose "
        "30-fold last year, WHO and UNICEF said in a joint analysis published today.\n\n"
        "The agencies call for vaccination campaigns in all countries.\n"))
    assert removed == [headline]
    assert kinds(release, "title") == [headline]
    assert kinds(release, "place") == ["Geneva"]


@pytest.mark.parametrize("above", [
    "UNITED NATIONS", "PRESS RELEASE", "5 March 2025", "By Jane Doe",
    "Remarks of the Secretary-General", "An Integrated, Prosperous and Peaceful Valley.",
])
def test_a_line_above_a_repeated_headline_without_evidence_stays(tmp_path: Path,
                                                                  above: str) -> None:
    # (what the head makes of it is what it makes of it over a headline printed once: a date
    # alone above the headline is the release's date, said removed)
    headline = "River Council Opens Its Tenth Session"
    _, once = import_text(tmp_path, f"{above}\n\n{headline}\n\n{TAIL}")
    _, removed = import_text(tmp_path, f"{above}\n\n{headline}\n\n{headline}\n\n{TAIL}")
    assert sorted(removed) == sorted([*once, headline])
