"""The review report: one self-contained HTML page per release, through the real CLI, checked
for content, accessibility markup, the Nu Html Checker and a headless Chromium rendering."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from lxml import html

from conftest import REPO, SLUG, Cli
from test_validators import _vnu

PAGE = f"review/{SLUG}.html"


@pytest.fixture
def sample(tmp_path: Path, cli_factory: object) -> Path:
    """The repository's translated sample with a few translator errors injected."""
    ws = tmp_path / "sample"
    ws.mkdir()
    shutil.copy(REPO / "transpub.toml", ws)
    shutil.copytree(REPO / "source", ws / "source")
    shutil.copytree(REPO / "locales", ws / "locales")

    def edit(lang: str, unit: str, change: object) -> None:
        path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
        po = polib.pofile(str(path), wrapwidth=0)
        entry = next(e for e in po if e.msgctxt == unit)
        assert callable(change)
        change(entry)
        po.save()

    edit("ru", "p1.0cccfa", lambda e: setattr(e, "msgstr", e.msgstr.replace(
        "Воронков", "Воронкоф", 1)))
    edit("ru", "place", lambda e: setattr(e, "msgstr", ""))
    edit("zh", "p1.d6c5e4", lambda e: setattr(e, "msgstr", e.msgstr.replace(
        "12月9日", "12月19日")))
    edit("ar", "title", lambda e: e.flags.append("fuzzy"))
    edit("fr", "contact2", lambda e: setattr(e, "msgstr", e.msgstr.replace("<x1/>", "")))
    # a reviewer's comments, as xliff import brings them from a CAT tool (one in Arabic)
    edit("fr", "label", lambda e: setattr(e, "tcomment",
                                          "UN\\reviewer: capitals as in the source?"))
    edit("ar", "label", lambda e: setattr(e, "tcomment", "المراجع: يرجى التحقق من العنوان\n"
                                                         "second line"))
    # a unit the source no longer has (extract not run yet): its finding has no row
    path = ws / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path), wrapwidth=0)
    po.append(polib.POEntry(msgctxt="p99.000000", msgid="A sentence of 9 May 2020.",
                            msgstr="Una frase del 19 de mayo de 2020."))
    po.save()
    return ws


def _cli(ws: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(ws, capsys)


def _findings(cli: Cli) -> list[dict[str, object]]:
    cli("check", "--format", "json", "--fail-on", "info", expect=1)
    findings: list[dict[str, object]] = json.loads(cli.out)["findings"]
    return findings


def test_review_shows_every_unit_language_and_finding(sample: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    cli = _cli(sample, capsys)
    findings = _findings(cli)
    assert {f["code"] for f in findings} >= {"TP102", "TP201", "TP601", "TP602", "TP501"}
    cli("review")
    text = (sample / PAGE).read_text(encoding="utf-8")
    doc = html.fromstring(text)
    # self-contained: no script, no external stylesheet, font, image or request
    assert not doc.xpath("//script|//link|//img|//iframe|//*[@src]")
    assert "url(" not in text and "@import" not in text
    # every finding of the checker, each with an anchor the summary links to
    items = doc.xpath("//li[starts-with(@id, 'f')]")
    assert len(items) == len(findings)
    links = doc.xpath("//section[@aria-labelledby='summary']//a/@href")
    assert len(links) == len(findings)
    assert all(doc.xpath(f"//*[@id='{href[1:]}']") for href in links)
    # document order, all languages side by side, lang and dir on every cell
    table = doc.xpath("//section[@aria-labelledby='units']//table")[0]
    rows = table.xpath("./tbody/tr")
    po = polib.pofile(str(sample / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))
    assert [r.get("id") for r in rows] == [f"u-{e.msgctxt}" for e in po if not e.obsolete]
    assert [th.get("lang") for th in table.xpath("./thead/tr/th")[1:]] == [
        "en", "ar", "zh", "fr", "ru", "es"]
    for cell in doc.xpath("//td|//th"):
        assert cell.get("lang") and cell.get("dir"), html.tostring(cell)
    assert {c.get("dir") for c in table.xpath(".//td[@lang='ar']")} == {"rtl"}
    # the offending span marked, the expected form shown
    assert any("Воронкоф" in m.text_content() for m in doc.xpath("//mark"))
    expected = [e.text_content() for e in doc.xpath("//*[@class='expected']")]
    assert "expected: Владимир Воронков" in expected
    # fuzzy, untranslated and fallback units marked
    row = {r.get("id"): r for r in rows}
    assert row["u-title"].xpath("./td[@lang='ar']")[0].get("class") == "fuzzy"
    assert row["u-place"].xpath("./td[@lang='ru']")[0].get("class") == "untranslated"
    assert row["u-contact2"].xpath("./td[@lang='fr']")[0].get("class") == "fallback"
    # completeness and the entity matrix
    completeness = doc.xpath("//section[@aria-labelledby='completeness']//tbody/tr")
    assert len(completeness) == 5
    assert doc.xpath("//section[@aria-labelledby='matrix']//tbody/tr")
    loose = doc.xpath("//section[@aria-labelledby='release-findings']//li")
    assert loose and all("p99.000000" in li.text_content() for li in loose)
    assert cli.out.count("finding(s)") == 1


def test_review_one_language_against_the_source(sample: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    cli = _cli(sample, capsys)
    out = sample / "one.html"
    cli("review", "--lang", "ru", "-o", str(out))
    doc = html.fromstring(out.read_text(encoding="utf-8"))
    heads = doc.xpath("//section[@aria-labelledby='units']//thead/tr/th")
    assert [th.get("lang") for th in heads[1:]] == ["en", "ru"]
    codes = {li.text_content()[:5] for li in doc.xpath("//li[starts-with(@id, 'f')]")}
    assert {"TP102", "TP601"} <= codes and not codes & {"TP201", "TP602", "TP501"}
    first = out.read_bytes()
    cli("review", "--lang", "ru", "-o", str(out))
    assert out.read_bytes() == first  # deterministic
    cli("review", "--lang", "de", expect=2)
    assert "de" in cli.err
    cli("review", "-o", "one.html/sub", expect=2)  # a file where a folder is wanted
    assert "cannot write" in cli.err


def test_review_passes_the_nu_html_checker(sample: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    vnu = _vnu()
    cli = _cli(sample, capsys)
    cli("review")
    cli("review", "--lang", "ar", "-o", "review/ar.html")
    pages = [sample / PAGE, sample / "review" / "ar.html"]
    result = subprocess.run([*vnu, "--errors-only", "--format", "json", *map(str, pages)],
                            capture_output=True, text=True, check=False)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    assert [m for m in messages if m.get("type") == "error"] == []


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("headless Chromium is required in CI (apt-get install chromium)")
    pytest.skip("Chromium is not installed")


_PROBE = """<script>
const d = document.documentElement;
const missing = [...document.querySelectorAll('a[href^="#"]')]
  .filter(a => !document.getElementById(a.getAttribute('href').slice(1)))
  .map(a => a.getAttribute('href'));
const hidden = [...document.querySelectorAll('li[id^="f"]')]
  .filter(li => li.getBoundingClientRect().width === 0).map(li => li.id);
const wide = [...document.querySelectorAll('td, th')]
  .filter(c => c.scrollWidth > c.clientWidth + 1).length;
document.body.setAttribute('data-probe', JSON.stringify({
  scroll: d.scrollWidth, client: d.clientWidth, height: d.scrollHeight, missing, hidden, wide,
  findings: document.querySelectorAll('li[id^="f"]').length}));
</script>"""


def test_review_renders_in_headless_chromium(sample: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    browser = _chromium()
    cli = _cli(sample, capsys)
    cli("review")
    page = sample / PAGE
    text = page.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>")
    screen, printed = tmp_path / "screen.html", tmp_path / "print.html"
    screen.write_text(text, encoding="utf-8")
    # the print rules applied on screen, at the printable width of A4 (186 mm = 703 px)
    assert "@media print{@page{size:A4" in text
    printed.write_text(text.replace("@media print{", "@media all{"), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    for probe, width in ((screen, 1280), (printed, 703)):
        dom = subprocess.run([browser, *flags, f"--window-size={width},1000", "--dump-dom",
                              probe.as_uri()], capture_output=True, text=True, check=True,
                             timeout=120).stdout
        found = re.search(r'data-probe="([^"]*)"', dom)
        assert found, dom[:500]
        metrics = json.loads(html.fromstring(f"<p>{found.group(1)}</p>").text_content())
        assert metrics["findings"] > 0 and metrics["height"] > 1000  # rendered, findings shown
        assert metrics["scroll"] <= metrics["client"] == width  # no horizontal overflow
        assert metrics["missing"] == [] and metrics["hidden"] == []
        assert metrics["wide"] == 0, width  # no cell's text runs out of its column
    flags.append("--window-size=1280,1000")
    shot = tmp_path / "review.png"
    subprocess.run([browser, *flags, f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, check=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1280
    pdf = tmp_path / "review.pdf"
    subprocess.run([browser, *flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    page.as_uri()], capture_output=True, check=True, timeout=120)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf.read_bytes())
    assert boxes and {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}  # A4


def test_review_shows_the_translators_and_reviewers_comments(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translator's or reviewer's comment on an entry (``# …``; a CAT tool's comments come
    in so through xliff import) is shown in its language's cell, each line an item, its own
    direction found by the browser (dir="auto": an Arabic reviewer writes right to left)."""
    cli = _cli(sample, capsys)
    cli("review")
    doc = html.fromstring((sample / PAGE).read_text(encoding="utf-8"))
    notes = {cell.get("lang"): [li.text_content() for li in cell.xpath(".//ul[@class='notes']/li")]
             for cell in doc.xpath("//tr[@id='u-label']/td")}
    assert notes["fr"] == ["note: UN\\reviewer: capitals as in the source?"]
    assert notes["ar"] == ["note: المراجع: يرجى التحقق من العنوان", "note: second line"]
    assert all(not found for lang, found in notes.items() if lang not in ("fr", "ar"))
    assert {li.get("dir") for li in doc.xpath("//ul[@class='notes']/li")} == {"auto"}


def test_the_page_is_the_same_from_any_folder(tmp_path: Path, cli_factory: object) -> None:
    """The findings are listed and numbered in the page's order (language, then unit), not
    the report's, which sorts by file names relative to the working folder: the built pages'
    TP801 and the PO files' findings had swapped places, and their anchors, from another
    folder."""
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copy(REPO / "transpub.toml", ws)
    for name in ("source", "locales", "output"):
        shutil.copytree(REPO / name, ws / name)
    po = ws / "locales" / "ar" / "LC_MESSAGES" / f"{SLUG}.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        "الثالث الرفيع المستوى\"", "الثاني الرفيع المستوى\"", 1), encoding="utf-8")
    pages = []
    for cwd, args in ((ws, ()), (tmp_path, ("-C", str(ws))), (ws / "locales", ())):
        cli = cli_factory(cwd)  # type: ignore[operator]
        out = tmp_path / f"page-{len(pages)}.html"
        cli(*args, "review", "-o", str(out))
        pages.append(out.read_bytes())
    assert b"TP801" in pages[0] and pages[1] == pages[0] and pages[2] == pages[0]


@pytest.mark.parametrize(("args", "message"), [
    (("--xlsx", "-o", "oops.html"), "names a .html file, and this review is a .xlsx file"),
    (("--docx", "-o", "oops.xlsx"), "names a .xlsx file, and this review is a .docx file"),
    (("--dry-run",), "--dry-run and --theirs go with --import FILE"),
    (("--theirs",), "--dry-run and --theirs go with --import FILE")])
def test_options_that_do_not_go_together(sample: Path, cli_factory: object,
                                         args: tuple[str, ...], message: str) -> None:
    """A workbook had been written as oops.html; --dry-run without --import had written the
    pages."""
    cli = cli_factory(sample)  # type: ignore[operator]
    cli("review", *args, expect=2)
    assert message in cli.err and cli.err.count("\n") == 1
    assert not (sample / "review").exists() and not list(sample.glob("oops.*"))


def _runs(fragment: str) -> list[tuple[str, str | None]]:
    """Each ``<bdi>``'s text and ``dir``, in order (not a finding's expected form's)."""
    return [(bdi.text_content(), bdi.get("dir"))
            for bdi in html.fragment_fromstring(fragment, create_parent="div").iter("bdi")
            if not bdi.get("lang")]


def test_an_arabic_cell_isolates_what_the_page_isolates(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The review's Arabic cells had shown translations as plain text, «UN_OCT@», «UNOCT#» and
    «1234 917 22 41+», where the published page isolates the runs and is right: a reviewer
    signs off what the page shows."""
    from transpub.htmlstring import _isolated

    path = sample / "locales" / "ar" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path), wrapwidth=0)
    said = ("ويمكن للصحفيين الاتصال بالرقم +41 22 917 1234 أو متابعة @UN_OCT و#UNOCT، "
            "وبلغت المساهمة 1 200 000 دولار.")
    entry = next(e for e in po if e.msgctxt == "p2.3c634f")
    entry.msgstr = said
    po.save()
    cli = _cli(sample, capsys)
    cli("build", "-q")
    cli("review")
    review = html.parse(str(sample / PAGE)).getroot()
    cell = review.get_element_by_id("u-p2.3c634f").find("td[@lang='ar']")
    assert cell is not None
    built: list[str] = []
    _isolated(built, said)
    expected = _runs("".join(built))
    assert expected == [("+41 22 917 1234", "ltr"), ("@UN_OCT", None), ("#UNOCT", None),
                        ("1 200 000", "ltr")]
    assert _runs(html.tostring(cell, encoding="unicode")) == expected
    page = (sample / "output" / "ar" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "".join(built) in page  # (the page's own writing of that text)
    # every Arabic cell of the sample: the runs the page's writer isolates in its text
    for row in review.iter("tr"):
        found = row.find("td[@lang='ar']")
        unit = row.get("id", "")[2:]
        text = next((e.msgstr for e in polib.pofile(str(path)) if e.msgctxt == unit), "")
        if found is None or not text or "<" in text:
            continue
        out: list[str] = []
        _isolated(out, text)
        assert _runs(html.tostring(found, encoding="unicode")) == _runs("".join(out)), unit
    # English cells are as before: nothing isolated
    english = review.get_element_by_id("u-p2.3c634f").find("td[@lang='en']")
    assert english is not None and english.find(".//bdi") is None


def test_a_finding_s_mark_nests_in_an_isolated_run() -> None:
    """A finding's span and a run the page isolates may overlap: the mark is cut at the run's
    edge, so the markup stays well-formed and every character is shown once."""
    from transpub.review import _marked

    text = "اتصل بـ UNOCT 2020 و<x1/> +41 22 917 1234 اليوم"
    start = text.index("UNOCT") + 2
    written = _marked(text, [(start, text.index("917"))], rtl=True)
    assert written == ('اتصل بـ <bdi>UN<mark>OCT 2020</mark></bdi><mark> و'
                       '<span class="ph" dir="ltr">&lt;x1/&gt;</span> </mark>'
                       '<bdi dir="ltr"><mark>+41 22 </mark>917 1234</bdi> اليوم')
    tree = html.fragment_fromstring(written, create_parent="div")
    assert tree.text_content() == text
    assert _marked(text, [(start, text.index("917"))]) == (
        'اتصل بـ UN<mark>OCT 2020 و<span class="ph" dir="ltr">&lt;x1/&gt;</span> +41 22 '
        '</mark>917 1234 اليوم')


def _luminance(colour: str) -> float:
    if len(colour) == 4:  # (#fff)
        colour = "#" + "".join(2 * c for c in colour[1:])
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_focus_ring_contrasts_with_every_background_of_the_page() -> None:
    """The keyboard focus ring had been amber, #f0a400: 2.1:1 on white, less on the tinted
    cells (WCAG 1.4.11 asks 3:1). Every background the page's style names, against the ring,
    at 4.5:1 at least; shown for the keyboard (``:focus-visible``)."""
    from transpub.review import _CSS

    css = _CSS.replace("\n", "")
    variables = dict(re.findall(r"--([\w-]+):(#[0-9a-f]{6})", css))
    rules = re.findall(r"a:focus(?:-visible)?\{outline:3px solid ([^;}]+)", css)
    assert rules
    ring = {variables.get(rule.removeprefix("var(--").removesuffix(")"), rule)
            for rule in rules}
    backgrounds = {variables.get(value.removeprefix("var(--").removesuffix(")"), value)
                   for value in re.findall(r"background:([^;}]+)", css)}
    assert {"#fff", "#eef1f4", "#fff4d6", "#fde8e8", "#ffd0d0"} <= backgrounds
    assert all(re.fullmatch(r"#[0-9a-f]{3}(?:[0-9a-f]{3})?", b) for b in backgrounds), \
        backgrounds
    for colour in ring:
        for background in backgrounds:
            assert _contrast(colour, background) >= 4.5, (colour, background)
    assert "a:focus{" not in css and "a:focus-visible{" in css


def test_a_status_and_a_unit_id_are_words_of_their_own_in_the_text(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Shown each on a line of its own (``display:block``), a cell's status and a row's unit id
    had been glued to the text before them in copied text and accessible names
    («…2019.fuzzy: …», «sentence 1 of 3p1.d6c5e4»)."""
    cli = _cli(sample, capsys)
    cli("review")
    page = html.parse(str(sample / PAGE)).getroot()
    row = page.get_element_by_id("u-title")
    head = row.find("th")
    assert head is not None and head.text_content().endswith(" title")
    fuzzy = row.find("td[@lang='ar']")
    assert fuzzy is not None and fuzzy.get("class") == "fuzzy"
    assert " fuzzy: not published until reviewed" in fuzzy.text_content()
    untranslated = page.get_element_by_id("u-place").find("td[@lang='ru']")
    assert untranslated is not None
    assert " untranslated: the source is published" in untranslated.text_content()
