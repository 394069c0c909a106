"""Hostile-input scaling: does a run grow linearly with the input an attacker controls?

Each case is timed at size n and 4n; the ratio t(4n)/t(n) is about 4 for a linear path and
about 16 for a quadratic one (the bound the tests would not catch: timing is never a unit test).

    python benchmarks/hostile.py            # n = 15,000 characters / 25,000 PO entries
    python benchmarks/hostile.py --quick    # n / 5, for a smoke run
    python benchmarks/hostile.py --only "session 46"   # the cases whose name holds it

Cases: a paragraph line of one word without spaces (import + segmentation), "[[[[" and "[a]("
runs (the Markdown link pattern), "Mr. " repeated (sentence boundaries), "** " and "*a" runs
(the emphasis patterns), texts of bullet lines, form feeds, column lines, hyphenated line ends
and footnotes at page feet (the page-furniture rules), a Word document of many paragraphs, a
PDF of many pages,
thousands of links in one paragraph (import, extract, build, check on a workspace; its
translation through an OmegaT project and back; a memory of it whose codes are numbered from
0, as OmegaT's, filling it by an exact match), a translated
paragraph edited into long sentences unlike the old ones (extract's search for the most similar
old sentence), and a PO
file of N entries through ``transpub check FILE --format json``, units of n characters full
of dates, numbers and ``@`` (the date and number finders' overlap test was quadratic), and a
unit repeating a termbase name (the hits inside another concept's hit were tested pairwise), and
one repeating a misspelt name among other terms (each near window tested against every term).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from transpub.cli import main as transpub
from transpub.importer import import_text
from transpub.segment import SegmentOptions, segment_release

HEAD = "A Title\n\nNew York, 9 December 2020 - "


def _import_and_segment(line: str) -> None:
    report = import_text(HEAD + line + ".\n", Path("x.md"), "s", "en", markdown=True)
    segment_release(report.release, SegmentOptions("sentence", "en", {}))


LINE_CASES: dict[str, Callable[[int], str]] = {
    "one word, no spaces": lambda n: "x" * n,
    "[[[[": lambda n: "[" * n,
    "[a]( repeated": lambda n: "[a](" * (n // 4),
    "Mr. repeated": lambda n: "Mr. " * (n // 4),
    "a@ repeated": lambda n: "a@" * (n // 2),
    # (the forms written against harvesters: "press.vienna[at]un.org", "info (at) un.org")
    "a[at]a. repeated": lambda n: "a[at]a." * (n // 7),
    "a (at) a[dot] repeated": lambda n: "a (at) a[dot]" * (n // 13),
    "** repeated": lambda n: "** " * (n // 3),
    "*a repeated": lambda n: "*a" * (n // 2),
    # (what PDF-to-Markdown converters write: underscores, inline HTML, images)
    "_a repeated": lambda n: "_a" * (n // 2),
    " _a repeated": lambda n: " _a" * (n // 3),
    "<br>&amp;<sup>1 repeated": lambda n: "<br>&amp;<sup>1" * (n // 15),
    "![a]( repeated": lambda n: "![a](" * (n // 5),
    "](&amp;( repeated": lambda n: "](&amp;(" * (n // 8),
    "@a handles repeated": lambda n: "@a " * (n // 3),
    # (session 50's sentence rules: a list number after a stop asks of the stop before it,
    # a number after "No." is looked for, spaced points and notes' numbers close a sentence)
    "x. 1. No. 2. repeated (session 50)": lambda n: "x. 1. No. 2. " * (n // 12),
    ". . repeated (session 50)": lambda n: ". " * (n // 2),
    "x. [1] Inc. The repeated (session 50)": lambda n: "x. [1] Inc. The " * (n // 16),
}

#: Whole texts of n characters in the shapes the page-furniture rules read line by line: list
#: items (one paragraph of n/4 bullets), page breaks, lines laid out in columns.
TEXT_CASES: dict[str, Callable[[int], str]] = {
    "bullet lines": lambda n: "• x\n" * (n // 4),
    # (the head's lines looked at one by one: notices, references, symbols, meetings)
    "notice, symbol and meeting lines": lambda n: (
        "For information only - not an official document\nGA/SM/253 OBV/217\n"
        "48th Meeting (AM)\n") * (n // 69),
    "form feeds": lambda n: "text\f" * (n // 5),
    "column lines": lambda n: "a    - 2 -    SG/SM/1\n\n" * (n // 22),
    "hyphenated lines": lambda n: "word wo-\n" * (n // 9),
    # (a Markdown table of n/8 rows, and hashed headings)
    "table rows": lambda n: "| a | b |\n" * (n // 10),
    "hashed headings": lambda n: "## a\n\n" * (n // 6),
    # footnote marks and footnotes at page feet, every one of them a candidate
    "footnotes": lambda n: "Text a1 b2.\n\n1 Note.\n\n2 Note.\f" * (n // 32),
    # a subheading (a short line standing alone) before every paragraph, each a new one
    "subheadings": lambda n: "".join(f"Heading {i} here\n\nText {i}.\n\n"
                                     for i in range(n // 28)),
    # (a paragraph of "1.1.1…", each "1" a footnote mark glued to the one before: read back
    # from each to the line's start until 93ff5dd; session 64)
    "1.1.1… (session 64)": lambda n: ".".join("1" * (n // 2)) + "\n\nThe end.\n",
}


def _import_text(text: str) -> None:
    import_text(HEAD + "Text.\n\n" + text, Path("x.txt"), "s", "en")


def _quiet(*args: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        transpub(list(args))


@contextlib.contextmanager
def _new_workspace() -> Iterator[None]:
    """A new workspace in a temporary folder, the current folder while the block runs."""
    with tempfile.TemporaryDirectory() as tmp:
        old = Path.cwd()
        os.chdir(tmp)
        try:
            _quiet("-q", "init", "ws")
            os.chdir("ws")
            yield
        finally:
            os.chdir(old)


def _workspace_links(n: int) -> None:
    """import, extract, build, check of one release whose paragraph holds n/20 links."""
    links = " ".join(f"[l{i}](https://a.org/{i}) x{i}@un.org" for i in range(n // 40))
    with _new_workspace():
        Path("../in.md").write_text(f"# Title\n\n{HEAD[9:]}{links}.\n", encoding="utf-8")
        for command in (["import", "../in.md"], ["extract"], ["build", "-j", "1"],
                        ["check", "-j", "1", "--format", "json"]):
            _quiet("-q", *command)


def _links_translated(n: int) -> None:
    """A release whose one paragraph holds n/40 links, translated with every code in place."""
    import polib

    links = " ".join(f"[l{i}](https://a.org/{i}) x{i}@un.org" for i in range(n // 40))
    Path("../in.md").write_text(f"# Title\n\n{HEAD[9:]}{links}.\n", encoding="utf-8")
    _quiet("-q", "import", "../in.md", "--slug", "r")
    _quiet("-q", "extract")
    po = polib.pofile("locales/fr/LC_MESSAGES/r.po")
    for entry in po:
        entry.msgstr = entry.msgid.replace("l", "L")  # ("l" is in no placeholder name)
    po.save()


def _omegat_round_trip(n: int) -> None:
    """xliff export --omegat and import of that paragraph's French (the memory in OmegaT's
    form, the copies read back and reframed)."""
    with _new_workspace():
        _links_translated(n)
        _quiet("-q", "xliff", "export", "--omegat", "--lang", "fr")
        _quiet("-q", "xliff", "import", "omegat/fr/source/r.fr.xlf")


def _trados_file(n: int) -> None:
    """xliff import of that paragraph's French as Trados keeps it: every code numbered its own
    way (``<g id="7">``, ``<x id="8"/>``), a comment on each link, a tracked change on each
    address, and the units' GUIDs (found by their source, codes named back by their order)."""
    import polib

    with _new_workspace():
        _links_translated(n)
        ids: dict[str, str] = {}

        def trados(text: str, marks: bool) -> str:
            def code(match: re.Match[str]) -> str:
                close, name, alone = match.groups()
                number = ids.setdefault(name, str(len(ids) + 7))
                if alone:
                    change = ('<mrk mtype="x-sdl-deleted" sdl:revid="r1">old</mrk>'
                              '<mrk mtype="x-sdl-added" sdl:revid="r2">new</mrk>')
                    return f'<x id="{number}"/>' + (change if marks else "")
                if close:
                    return "</g></mrk>" if marks else "</g>"
                return (f'<mrk mtype="x-sdl-comment" sdl:cid="c1"><g id="{number}">' if marks
                        else f'<g id="{number}">')
            return re.sub(r"&lt;(/?)([a-z]+\d+)(/?)&gt;", code, escape(text))

        units = "".join(
            f'<trans-unit id="guid-{i}"><source>{trados(e.msgid, False)}</source>'
            f'<target><mrk mtype="seg" mid="{i}">{trados(e.msgstr, True)}</mrk></target>'
            f'<sdl:seg-defs><sdl:seg id="{i}" conf="Translated"/></sdl:seg-defs></trans-unit>'
            for i, e in enumerate(polib.pofile("locales/fr/LC_MESSAGES/r.po")))
        sdl = "http://sdl.com/FileTypes/SdlXliff/1.0"
        Path("../r.fr.sdlxliff").write_text(
            f'<xliff xmlns:sdl="{sdl}" xmlns="urn:oasis:names:tc:xliff:document:1.2" '
            f'version="1.2"><doc-info xmlns="{sdl}"><cmt-defs><cmt-def id="c1"><Comments>'
            '<Comment user="reviewer">Check the link.</Comment></Comments></cmt-def>'
            '</cmt-defs></doc-info><file original="C:\\P\\r.fr.xlf" source-language="en-US" '
            f'target-language="fr-FR"><body>{units}</body></file></xliff>', encoding="utf-8")
        po = polib.pofile("locales/fr/LC_MESSAGES/r.po")
        for entry in po:
            entry.msgstr = ""  # (the import fills them: no conflict with a translation)
        po.save()
        _quiet("-q", "xliff", "import", "../r.fr.sdlxliff")


def _memory_renamed(n: int) -> None:
    """tm import of a TMX holding that paragraph with its codes numbered from 0 (as OmegaT
    exports them), then extract of a new release with the paragraph: the exact match whose
    codes are named otherwise."""
    with _new_workspace():
        _links_translated(n)
        _quiet("-q", "tm", "export", "../m.tmx", "--lang", "fr")
        tmx = Path("../m.tmx").read_text(encoding="utf-8")
        # <a3> -> <a2>: numbered from 0 (one pass: a replace per code was this case's own
        # quadratic part)
        tmx = re.sub(r"(&lt;/?[ax])(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) - 1}",
                     tmx)
        Path("../m.tmx").write_text(tmx, encoding="utf-8")
        _quiet("-q", "tm", "import", "../m.tmx")
        for path in Path("locales").glob("*/LC_MESSAGES/r.po"):
            path.unlink()
        _quiet("-q", "extract", "-j", "1")


def _sdltm_segment(text: str, culture: str) -> str:
    """A transpub text as Trados Studio stores a segment in its memory: Text and Tag
    elements, each code numbered (Anchor) and linked to the translation's (AlignmentAnchor)."""
    def tag(match: re.Match[str]) -> str:
        close, name, number, alone = match.groups()
        kind = "Standalone" if alone else "End" if close else "Start"
        anchor = int(number) + (10_000 if name == "x" else 0)
        return (f"</Value></Text><Tag><Type>{kind}</Type><Anchor>{anchor}</Anchor>"
                f"<AlignmentAnchor>{anchor}</AlignmentAnchor></Tag><Text><Value>")
    body = re.sub(r"&lt;(/?)([a-z]+)(\d+)(/?)&gt;", tag, escape(text))
    return (f"<Segment><Elements><Text><Value>{body}</Value></Text></Elements>"
            f"<CultureName>{culture}</CultureName></Segment>")


def _sdltm_memory(n: int) -> None:
    """tm import of a Trados Studio memory (.sdltm) holding that paragraph's French, its
    n/20 codes as Trados's tags, then extract of the release: the exact match renamed."""
    import sqlite3

    import polib

    with _new_workspace():
        _links_translated(n)
        db = sqlite3.connect("../m.sdltm")
        db.executescript(
            "CREATE TABLE translation_memories (id INTEGER PRIMARY KEY, name TEXT, "
            "source_language TEXT, target_language TEXT);"
            "CREATE TABLE translation_units (id INTEGER PRIMARY KEY, translation_memory_id INT,"
            " source_segment TEXT, target_segment TEXT, creation_date TEXT, creation_user TEXT,"
            " change_date TEXT, change_user TEXT);"
            "INSERT INTO translation_memories VALUES (1, 'm', 'en-US', 'fr-FR');")
        for entry in polib.pofile("locales/fr/LC_MESSAGES/r.po"):
            db.execute("INSERT INTO translation_units VALUES (NULL, 1, ?, ?, '2020-12-10 "
                       "10:15:00', 'u', '2020-12-10 10:15:00', 'u')",
                       (_sdltm_segment(entry.msgid, "en-US"),
                        _sdltm_segment(entry.msgstr, "fr-FR")))
        db.commit()
        db.close()
        _quiet("-q", "tm", "import", "../m.sdltm")
        for path in Path("locales").glob("*/LC_MESSAGES/r.po"):
            path.unlink()
        _quiet("-q", "extract", "-j", "1")


def _edited_paragraph(n: int) -> None:
    """extract after a translated paragraph of three sentences of n/10 characters was edited
    into ten such sentences, of the same words in other orders (each new sentence's most
    similar old one was sought by difflib, whose time grows with the product of the two
    sentences' lengths, once per new sentence, old sentence and language)."""
    import polib

    words = ("the Office of Counter-Terrorism and the State of Qatar discussed cooperation "
             "projects to expand their strong partnership").split()

    def paragraph(seeds: range) -> str:
        return " ".join(" ".join(words[(i * 7 + j * (i + 2)) % len(words)]
                                 for j in range(n // 10 // 7)) + "." for i in seeds)

    with _new_workspace():
        Path("../in.md").write_text(f"# Title\n\n{HEAD[9:]}{paragraph(range(3))}\n",
                                    encoding="utf-8")
        _quiet("-q", "import", "../in.md", "--slug", "r")
        _quiet("-q", "extract")
        for po_path in Path("locales").glob("*/LC_MESSAGES/r.po"):
            po = polib.pofile(str(po_path))
            for entry in po:
                entry.msgstr = entry.msgid.upper()
            po.save(str(po_path))
        Path("../in.md").write_text(f"# Title\n\n{HEAD[9:]}{paragraph(range(3, 13))}\n",
                                    encoding="utf-8")
        _quiet("-q", "import", "../in.md", "--slug", "r", "--force")
        _quiet("-q", "extract", "-j", "1")


def _po_check(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.po"
        out = ['msgid ""', 'msgstr ""', '"Language: fr\\n"',
               '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
        for i in range(n):
            text = f"The meeting {i} of the United Nations was held on 9 December 2020."
            out += [f'msgctxt "p{i}.s"', f'msgid "{text}"',
                    f'msgstr "La réunion {i} des Nations Unies a eu lieu le 9 décembre 2020."',
                    ""]
        path.write_text("\n".join(out), encoding="utf-8")
        _quiet("-q", "check", str(path), "-j", "1", "--format", "json")


def _po_session43(n: int) -> None:
    """One PO file whose units each repeat, n characters long, what session 43's checks read:
    a country inside a longer name, numbers with a bound, a unit of time or of measure and a
    direction of change, periods of a year, proportions, years in words (each pairing was a
    scan of the translation's for every one of the source's until indexed)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.po"
        out = ['msgid ""', 'msgstr ""', '"Language: fr\\n"',
               '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
        pairs = [("Sudan, " * (n // 7), "Soudan du Sud, " * (n // 7)),
                 ("more than 5 and " * (n // 16), "moins de 5 et " * (n // 16)),
                 ("12 months and " * (n // 14), "12 semaines et " * (n // 14)),
                 ("the first half of 2022 and " * (n // 27),
                  "le second semestre de 2022 et " * (n // 27)),
                 ("half of them and " * (n // 17), "le tiers et " * (n // 17)),
                 ("nineteen forty-eight and " * (n // 25), "1949 et " * (n // 25)),
                 (" ".join(f"rose by {i} per cent to {i} °C," for i in range(n // 30)),
                  " ".join(f"a baissé de {i} % à {i} °F," for i in range(n // 30)))]
        for number, (source, target) in enumerate(pairs):
            out += [f'msgctxt "u{number}"', f'msgid "{source}"', f'msgstr "{target}"', ""]
        path.write_text("\n".join(out), encoding="utf-8")
        _quiet("-q", "check", str(path), "-j", "1", "--format", "json")


def _po_session46(n: int) -> None:
    """One PO file whose units each repeat, n characters long, what session 46's checks read:
    persons after honorifics in Russian, Arabic and Chinese (each of the translation's names
    against each of the source's), currencies named in words (a name inside a longer one was
    found pairwise), dates with a bound, spans of years, numbers in words with a unit of time,
    proportions with a bound, a sum in US dollars said in another dollar; session 47's
    compass words beside the names of places and countries; and session 48's events before
    and after a bound, stances reversed, ministers' portfolios and mandates' subjects."""
    with tempfile.TemporaryDirectory() as tmp:
        for lang, pairs in (
                ("ru", [("Ms. Irene Khan, " * (n // 16), "г-жа Мэри Лоулор, " * (n // 18))]),
                ("ar", [("Mr. Dmitry Chumakov, " * (n // 21),
                         "السيد دميتري نيبينزيا، " * (n // 23))]),
                ("zh", [("Ms. Irene Khan, " * (n // 16), "玛丽·劳勒女士，" * (n // 8))]),
                ("fr", [("South Sudanese pounds and Sudanese pounds, " * (n // 43),
                         "livres sud-soudanaises et livres égyptiennes, " * (n // 46)),
                        ("before 1 March 2025 and " * (n // 24),
                         "après le 1er mars 2025 et " * (n // 26)),
                        ("for a decade and " * (n // 17), "depuis vingt ans et " * (n // 20)),
                        ("eight weeks and " * (n // 16), "huit mois et " * (n // 13)),
                        ("nearly half and " * (n // 16), "plus de la moitié et " * (n // 21)),
                        ("US$ 5 million and " * (n // 18),
                         "5 millions de dollars canadiens et " * (n // 35)),
                        # (session 47's TP311: a name set aside once however often it is
                        # named; it was quadratic, 4.0 s for 248,000 characters)
                        ("northern Gaza, the east of Syria and South Sudan, " * (n // 50),
                         "le nord de Gaza, l'ouest de la Syrie et le Soudan du Sud, "
                         * (n // 58)),
                        # (session 48's TP312: events bounded the other way, and bounds
                        # listed before them, each read in a window around it)
                        ("before, during and after the vote, before the adoption, "
                         * (n // 56),
                         "avant, pendant et après le vote, après l'adoption, " * (n // 51)),
                        # (session 48's TP313: a stance reversed; TP314 and TP315: titles
                        # each read in a window after them)
                        ("condemned the attack and " * (n // 25),
                         "a salué l'attaque et " * (n // 21)),
                        ("the Minister of Health and the Special Rapporteur on torture and "
                         * (n // 67),
                         "le Ministre des finances et le Rapporteur spécial sur la santé et "
                         * (n // 67))])):
            path = Path(tmp) / f"{lang}.po"
            out = ['msgid ""', 'msgstr ""', f'"Language: {lang}\\n"',
                   '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
            for number, (source, target) in enumerate(pairs):
                out += [f'msgctxt "u{number}"', f'msgid "{source}"', f'msgstr "{target}"', ""]
            path.write_text("\n".join(out), encoding="utf-8")
            _quiet("-q", "check", str(path), "-j", "1", "--format", "json")


def _po_long_units(n: int) -> None:
    """One PO file whose few units are each n characters of dates, numbers, addresses, lists of
    days before a month, cited pages, numbers missing by the thousand, designations, dates
    whose days are said in words and number words changed."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.po"
        out = ['msgid ""', 'msgstr ""', '"Language: fr\\n"',
               '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
        pairs = [("9 December 2020 " * (n // 16), "9 décembre 2020 " * (n // 16)),
                 ("1,250 " * (n // 6), "1 250 " * (n // 6)), ("a@" * (n // 2), "b@" * (n // 2)),
                 # a list of days tried from each of its numbers (quadratic until bounded)
                 ("On " + ", ".join(str(i % 28 + 1) for i in range(n // 4)) + " May 2015",
                  "Les " + ", ".join(str(i % 28 + 1) for i in range(n // 4)) + " mai 2015"),
                 ("see (p. 12). " * (n // 13), "voir (p. 13). " * (n // 14)),
                 # numbers missing by the thousand, against numbers the source says in words
                 # (what each "became" was sought through all of them), repeated values (each
                 # missing number counted the texts' numbers again) and designations
                 ("At its forty-eighth session, " + " ".join(
                     f"item {i % 5000 + 100}," for i in range(n // 10)),
                  "À sa 48e session, " + "48e, " * (n // 10)),
                 ("COP " + ", ".join(str(i % 90 + 10) for i in range(n // 4)),
                  "CdP" + ", CdP".join(str(i % 89 + 11) for i in range(n // 6))),
                 # dates missing by the thousand (each paired by a scan of the translation's),
                 # the days said in words before their month
                 (" ".join(f"on {i % 28 + 1} July 2015," for i in range(n // 18)),
                  " ".join("le sept juillet 2015," for i in range(n // 21))),
                 # numbers said in words, which the translation says with other digits
                 ("three incidents, " * (n // 17), "4 incidents, " * (n // 13))]
        for i, (source, target) in enumerate(pairs):
            out += [f'msgctxt "p{i}"', f'msgid "{source}"', f'msgstr "{target}"', ""]
        path.write_text("\n".join(out), encoding="utf-8")
        _quiet("-q", "check", str(path), "-j", "1", "--format", "json")


def _one_unit_po(path: Path, lang: str, source: str, target: str, ident: str = "p1",
                 released: str | None = None) -> None:
    """A PO file of one unit (texts without quotes or backslashes), of the release date
    ``released`` where given."""
    header = [f'"X-Release-Date: {released}\\n"'] if released else []
    path.write_text("\n".join(['msgid ""', 'msgstr ""', f'"Language: {lang}\\n"',
                               '"Content-Type: text/plain; charset=UTF-8\\n"', *header, "",
                               f'msgctxt "{ident}"', f'msgid "{source}"', f'msgstr "{target}"',
                               ""]), encoding="utf-8")


def _check_one_unit(lang: str, source: str, target: str, released: str | None = None) -> None:
    """``transpub check`` of a PO file of one unit (``_one_unit_po``), without the cache."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "unit.po"
        _one_unit_po(path, lang, source, target, released=released)
        _quiet("-q", "check", str(path), "-j", "1", "--no-cache", "--format", "json")


def _po_repeated_name(n: int) -> None:
    """One PO unit whose translation repeats a name of the termbase, full and short forms
    nested (洛朗丝·热拉尔 holds 热拉尔), to n characters: the hits inside another concept's were
    found by testing every pair of hits."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "names.po"
        source = "For more information, please contact Ms. Laurence Gerard, UNOCT."
        target = "如需了解更多信息，请联系：洛朗丝·热拉尔女士，反恐办。" * (n // 27)
        _one_unit_po(path, "zh", source, target, "contact1")
        termbase = Path(__file__).resolve().parent.parent / "locales" / "termbase.tbx"
        _quiet("-q", "check", str(path), "-j", "1", "--format", "json", "--termbase",
               str(termbase))


def _po_near_miss(n: int) -> None:
    """One PO unit whose translation misspells a name of the termbase among other terms, the
    sentence repeated to n characters: each window near the name was tested against every
    other term's hit."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "near.po"
        source = "Mr. Vladimir Voronkov met the State of Qatar and the United Nations."
        target = ("M. Vladimir Voronkof a rencontré l'État du Qatar et l'Organisation des "
                  "Nations Unies. ") * (n // 86)
        _one_unit_po(path, "fr", source, target)
        termbase = Path(__file__).resolve().parent.parent / "locales" / "termbase.tbx"
        _quiet("-q", "check", str(path), "-j", "1", "--no-cache", "--format", "json",
               "--termbase", str(termbase))


def _po_measures(n: int) -> None:
    """One PO unit of measures the translation converts, wrongly, the sentence repeated to n
    characters (and a metric figure the source restates): each missing measure was compared
    with every quantity of the translation and every measure of the source."""
    source = ("Rosa was 385 miles (620 km) away, with winds of 85 mph and 2 to 4 inches of "
              "rain. ") * (n // 84)
    target = ("Rosa se trouvait à 720 km, avec des vents de 186 km/h et 9 à 19 cm de "
              "pluie. ") * (n // 84)
    _check_one_unit("fr", source, target)


def _po_respelled(n: int) -> None:
    """One PO unit of session numbers in words that the translation says in other words,
    between Chinese weekdays, the sentence repeated to n characters: each word of the source
    is paired with a run of the translation's words, each run taken once (a pairing that
    looked through every run for each word was quadratic)."""
    source = "On Tuesday the seventy-ninth and the eighty-first sessions met. " * (n // 64)
    target = "周二，第七十八届和第八十二届会议举行了会议。" * (n // 64)
    _check_one_unit("zh", source, target)


def _po_full_width(n: int) -> None:
    """One PO unit of numbers the source groups with commas and the translation with
    full-width ones, half of them right, and times after "at" (session 50), repeated to n
    characters: each grouping of the translation is found once and taken once (a search of
    the whole translation for each missing number was quadratic: 0.30 / 4.07 s at 2,000 /
    8,000 repeats of "15,001", before it was mended)."""
    source = "Loans of £15,001 or £19,999 at 23.45 or 13.50 per cent. " * (n // 56)
    target = "贷款15，001或19，990英镑，23点45分或13.50%。" * (n // 56)
    _check_one_unit("zh", source, target)


def _po_session51(n: int) -> None:
    """One PO unit of ratios the translation writes as their two numbers, listed years, and
    bounds after a negated verb (session 51), repeated to n characters: the numbers left
    over are indexed by value once and each taken once for the ratios."""
    source = ("In the ratio of 7:13, in 1635–36, 1655, and 1664, no more than 50 "
              "mln EUR. ") * (n // 78)
    target = "以 7 和 13 的比例，1635-36,1655和1664年，不能超过 5000 万欧元。" * (n // 78)
    _check_one_unit("zh", source, target)


def _po_session54(n: int) -> None:
    """One PO unit of durations the translation says in another unit, with other figures
    ("1.5 hours" as «1 h 45», "18 months" as «deux ans et demi»), and decimals listed with a
    comma (session 54), repeated to n characters: each translation's hours and minutes, unit
    words, halves and numbers are read once (once per missing number, 96 s at 280,000
    characters when first written)."""
    source = "It lasted 1.5 hours and 18 months, at 12.5 and 16.7 per cent. " * (n // 62)
    target = "Cela a duré 1 h 45 et deux ans et demi, à 12.5,16.8 %. " * (n // 62)
    _check_one_unit("fr", source, target)


def _po_session55(n: int) -> None:
    """One PO unit of numbers said with their scales that the translation says otherwise
    ("One hundred and thirty-six" as «ciento seis» and «106»), repeated to n characters
    (session 55): each scaled number is paired with a run or a number of as many digits,
    each taken once."""
    source = ("One hundred and thirty-six patients, thirty-five thousand refugees and two "
              "million people. ") * (n // 90)
    target = ("Ciento seis pacientes, veinticinco mil refugiados y dos millones de "
              "personas. ") * (n // 90)
    _check_one_unit("es", source, target)
    _check_one_unit("es", source, target.replace("veinticinco mil", "25 000"))


def _po_obsolete_returned(n: int) -> None:
    """``xliff import``'s merge of a PO file sent back holding only n obsolete entries
    (``#~``), half of them of units the workspace's file of n units has (revived), half of
    none (session 61): each unit of the file was compared with every obsolete entry."""
    from transpub.po_returned import read_returned
    from transpub.xliff_merge import _merge

    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "locales" / "fr" / "LC_MESSAGES" / "big.po"
        ours.parent.mkdir(parents=True)
        ours.write_text(head + "".join(f'\nmsgctxt "p{i}.s"\nmsgid "Sentence {i}."\nmsgstr ""\n'
                                       for i in range(n)), encoding="utf-8")
        back = Path(tmp) / "big.fr.po"
        back.write_text(head + "".join(
            f'\n#~ msgid "{"Sentence" if i % 2 else "Gone"} {i}."\n#~ msgstr "Phrase {i}."\n'
            for i in range(n)), encoding="utf-8")
        _merge(read_returned(back)[0], ours, theirs=False)


def _merge_edited(n: int) -> None:
    """Extract's merge (``catalog.update_catalog``, one language, in-process) of a PO file of
    n/5 translated units, each a paragraph of its own, after every sentence was edited (new
    ids, the most similar of each block sought) and after every paragraph was moved (the same
    texts under other ids, each found by its text) (session 64): each edited unit's block
    was sought by testing every entry of the file, each moved one's text by a scan of it."""
    from transpub.catalog import update_catalog
    from transpub.languages import language
    from transpub.model import Segment

    count = n // 5
    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    body = "".join(f'\nmsgctxt "p{i}.a{i}"\nmsgid "Sentence {i} of the release."\n'
                   f'msgstr "Phrase {i} du communiqué."\n' for i in range(count))
    edited = [Segment(f"p{i}.b{i}", f"Sentence {i} of the release, edited.", f"p{i}", "p", "",
                      i) for i in range(count)]
    moved = [Segment(f"q{i}.a{i}", f"Sentence {i} of the release.", f"q{i}", "p", "", i)
             for i in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.po"
        for segments in (edited, moved):
            path.write_text(head + body, encoding="utf-8")
            update_catalog(path, segments, language("fr"), "source/r.xml", "p",
                           "2020-12-09 00:00+0000")


def _merge_one_paragraph(n: int) -> None:
    """Extract's merge (one language, in-process) of a PO file of one paragraph of n/5
    translated sentences, after every sentence was edited (session 65): each edited
    sentence's most similar old one was sought among all the paragraph's unused ones; beyond
    ``catalog._NEAREST`` among those nearest to its place."""
    from transpub.catalog import update_catalog
    from transpub.languages import language
    from transpub.model import Segment

    count = n // 5
    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    body = "".join(f'\nmsgctxt "p1.a{i}"\nmsgid "Sentence {i} of the release."\n'
                   f'msgstr "Phrase {i} du communiqué."\n' for i in range(count))
    edited = [Segment(f"p1.b{i}", f"Sentence {i} of the release, edited.", "p1", "p", "", i)
              for i in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.po"
        path.write_text(head + body, encoding="utf-8")
        update_catalog(path, edited, language("fr"), "source/r.xml", "p", "2020-12-09 00:00+0000")


def _returned_moved(n: int) -> None:
    """``xliff import``'s merge of a PO file sent back whose n/5 units each have another id of
    their paragraph and an edited source, against the workspace's file of n/5 untranslated
    units (session 64): each unit's paragraph was sought by testing every unit of the file
    (``xliff_merge._moved``)."""
    from transpub.po_returned import read_returned
    from transpub.xliff_merge import _merge

    count = n // 5
    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "locales" / "fr" / "LC_MESSAGES" / "big.po"
        ours.parent.mkdir(parents=True)
        ours.write_text(head + "".join(f'\nmsgctxt "p{i}.a{i}"\nmsgid "Sentence {i} of the '
                                       'release."\nmsgstr ""\n' for i in range(count)),
                        encoding="utf-8")
        back = Path(tmp) / "big.fr.po"
        back.write_text(head + "".join(f'\nmsgctxt "p{i}.b{i}"\nmsgid "Sentence {i} of the '
                                       f'release, edited."\nmsgstr "Phrase {i}."\n'
                                       for i in range(count)), encoding="utf-8")
        _merge(read_returned(back)[0], ours, theirs=False)


def _po_bidi(n: int) -> None:
    """One Arabic PO unit of n embeddings (RLE) never closed on both sides, one of n/2 RLE
    then n/2 PDI, and one of n private-use symbols the source holds at its end (session 61,
    TP609): the source's open openers were computed again for each of the translation's,
    each PDI looked through the stack of open ones, the source searched for each symbol."""
    _check_one_unit("ar", "Hello " + "\u202b" * n, "مرحبا " + "\u202b" * n)
    _check_one_unit("ar", "Hello", "مرحبا " + "\u202b" * (n // 2) + "\u2069" * (n // 2))
    _check_one_unit("ar", "a" * n + "\ue000", "\ue000" * n)


def _macro_run(n: int) -> None:
    """The addresses (TP401/TP402's reader, ``markup._addresses``) of a text of n characters,
    a run of "${a}/" ending at "»": each macro address was read to the run's end and back.
    (Read alone: the whole check of such a unit was superlinear in TP404's document symbols,
    ``_SYMBOL``, until session 65: ``_symbol_runs``.)"""
    from transpub.checks.markup import _addresses

    _addresses("Voir «" + "${a}/" * (n // 5) + "».")


def _macro_pairs(n: int) -> None:
    """One PO unit of n/20 addresses from a site's macro ("$(HOME)/a/1" …), the translation's
    each written out and in the reverse order («https://www.debian.org/a/750» …), and one of
    n/20 URLs each on another host (session 65): TP401 and TP402 compared every address with
    every one of the other side (``_same_page``), three times over; they look at those filed
    under its page's keys now (``checks/pairindex.py``)."""
    count = n // 20
    _check_one_unit("fr", " ".join(f"$(HOME)/a/{i}" for i in range(count)),
                    " ".join(f"https://www.debian.org/a/{count - i}" for i in range(count)))
    _check_one_unit("fr", " ".join(f"https://a.org/p{i}" for i in range(count)),
                    " ".join(f"https://b.org/q{i}" for i in range(count)))


def _symbol_runs(n: int) -> None:
    """One PO unit of a run of "${a}/" ending at "»", one of "{A" and one of "(A/B)", n
    characters each (session 65): TP404's document symbols (``markup._SYMBOL``) looked for a
    digit to the run's end from every place a symbol could start; ``symbol_matches`` reads
    each run once."""
    for run in ("${a}/" * (n // 5), "{A" * (n // 2), "(A/B)" * (n // 5)):
        _check_one_unit("fr", f"See «{run}».", f"Voir «{run}».")


def _po_quote_entities(n: int) -> None:
    """One French PO unit whose source has a ``<q>`` the translation drops, the translation
    holding n/8 "&laquo;x " never closed (session 65): TP501's count of the translation's
    typed quotations (``emphasis._quotations``) scanned from every unclosed entity to the
    line's end."""
    _check_one_unit("fr", "He said <q>yes</q> today.",
                    "Il a dit oui aujourd’hui. " + "&laquo;x " * (n // 8))


def _po_relative_years(n: int) -> None:
    """One Spanish PO unit of n/30 dates "in June 2003", each «en junio de este año» in the
    translation, of a release of 2003 (session 65, t65/hF finding 10): TP201 read the
    translation's year words again for each date, then each date tried every month name."""
    count = n // 30
    _check_one_unit("es", " ".join(f"Item {k} ends in June 2003." for k in range(count)),
                    " ".join(f"El punto {k} termina en junio de este año." for k in range(count)),
                    released="2003-03-12")


def _po_weekday_dates(n: int) -> None:
    """One PO unit of n/80 sentences "met on Monday and will meet on Friday", each dated in
    the translation (a release of Wednesday 9 December 2020; session 67, t66/hI 6): TP202
    found the source's weekdays again for each date and paired every weekday with every date
    (``dates._weekday_dated``); ``checks/weekdayindex.py`` reads them once now."""
    count = n // 80
    _check_one_unit("fr", " ".join("The Council met on Monday and will meet on Friday with the "
                                   "revised draft." for _ in range(count)),
                    " ".join("Le Conseil s’est réuni le lundi 7 décembre 2020 et se réunira le "
                             "vendredi 11 décembre 2020 avec le projet révisé."
                             for _ in range(count)), released="2020-12-09")


def _po_spaced_dates(n: int) -> None:
    """One PO unit of dates cut by runs of n/4 spaces: an ordinal day before its month, a
    range of days ("May 1 … to 2"), a month without its year (session 64): each date
    pattern's optional comma between two runs of white space ("1st, and …") tried every split
    of the run (an ordinal before 20,000 spaces: 22 s to check); one star takes it now."""
    run = " " * (n // 4)
    source = f"On 1st{run}September, May 1{run}to 2 and 1 May{run}x."
    target = f"Le 1er{run}septembre, le 1er mai{run}au 2 mai et le 1 mai{run}x."
    _check_one_unit("fr", source, target)


def _po_ranges(n: int) -> None:
    """One PO unit of ranges the translation shortens («от 12 до 15 тысяч», «12-15 000»),
    with wrong first numbers, and times of a range with one hour word, the sentence repeated
    to n characters: each missing number looks for a range's bare first number, and each
    time of the translation for a bare hour before it."""
    source = ("Between 12,000 and 15,000 bears, 4,000 to 6,000 wolves; open 10 a.m.-10 "
              "p.m. ") * (n // 80)
    target = ("От 13 до 15 тысяч медведей, 5-6 000 волков; открыто с 11 до 22 часов. "
              ) * (n // 80)
    _check_one_unit("ru", source, target)


def _yearless_dateline(n: int) -> None:
    """A year-less dateline and one sentence naming its day n/30 times with a year (session
    66, t66/hA finding F): each date's search for an origin's word scanned the sentence from
    its start for sentence ends and clause breaks."""
    dates = ", ".join(["the meeting on 22 April 2019"] * max(n // 30, 1))
    import_text(f"States urged to honour the Convention\n\nGENEVA, 22 April (UNHCR) – UNHCR "
                f"recalled {dates} and more.\n\nMore text follows here.\n", Path("x.txt"),
                "s", "en")


def _docx(n: int) -> None:
    """A Word document of n/10 paragraphs (no headline style; one numbered list), converted."""
    import zipfile

    from transpub.importer_docx import docx_to_html

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    para = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            "<w:r><w:t>Item.</w:t></w:r></w:p>")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>'
                                              f"{para * (n // 10)}</w:body></w:document>")
    docx_to_html(data.getvalue(), Path("x.docx"))


def _pdf(n: int) -> None:
    """A PDF of n/60 lines of text, 45 lines a page: pypdf's layout text, then the import."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pdfmake import pdf
    from transpub.importer_pdf import pdf_text

    lines = ["A Title", "", "Geneva, 1 May 2024 - The text."] + [
        f"Line {i} of the release goes on with the words a paragraph holds." for i in
        range(n // 60)]
    text, _notes = pdf_text(pdf([lines[i:i + 45] for i in range(0, len(lines), 45)]),
                            Path("x.pdf"))
    import_text(text, Path("x.pdf"), "s", "en")


def _timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _po_paragraph_names(n: int) -> None:
    """One PO unit of n characters of sentences, each naming a country, the translation's
    each another (session 49: a name is paired only within sentences that can be the same,
    each name's sentences found once): every lost name against every other named."""
    from babel import Locale

    english, french = Locale("en").territories, Locale("fr").territories
    codes = [c for c in english if c.isalpha() and len(c) == 2]
    count = max(n // 48, 2)
    source = " ".join(f"The delegate of {english[codes[i % 120]]} spoke on the plan."
                      for i in range(count))
    target = " ".join(f"Le délégué de {french[codes[120 + i % 120]]} a parlé du plan."
                      for i in range(count))
    _check_one_unit("fr", source.replace('"', ""), target.replace('"', ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes / 5")
    parser.add_argument("--only", default="", metavar="TEXT",
                        help="only the cases whose name holds TEXT")
    args = parser.parse_args(argv)
    scale = 5 if args.quick else 1
    chars, entries = 15_000 // scale, 25_000 // scale
    cases: list[tuple[str, int, Callable[[int], None]]] = [
        (f"import+segment: {name}", chars, lambda n, make=make: _import_and_segment(make(n)))
        for name, make in LINE_CASES.items()]
    cases += [(f"import: {name}", chars, lambda n, make=make: _import_text(make(n)))
              for name, make in TEXT_CASES.items()]
    cases.append(("import: Word document of n/10 paragraphs", chars * 4, _docx))
    cases.append(("import: PDF of n/60 lines", chars * 4, _pdf))
    cases.append(("workspace: one paragraph of links (n/40 links)", chars, _workspace_links))
    cases.append(("xliff export --omegat + import: that paragraph translated", chars,
                  _omegat_round_trip))
    cases.append(("tm import + extract: that paragraph, its codes numbered from 0", chars,
                  _memory_renamed))
    cases.append(("tm import + extract: that paragraph in a Trados memory (.sdltm, session 53)",
                  chars, _sdltm_memory))
    cases.append(("xliff import: that paragraph from Trados, codes numbered its way, comments, "
                  "tracked changes (session 52)", chars, _trados_file))
    cases.append(("extract: a translated paragraph edited into n characters of unlike "
                  "sentences", chars, _edited_paragraph))
    cases.append(("check FILE: units of n characters of dates, numbers, @", chars * 4,
                  _po_long_units))
    cases.append(("check FILE: units repeating countries, bounds, periods, proportions",
                  chars * 4, _po_session43))
    cases.append(("check FILE: units repeating persons, currencies, date bounds, spans "
                  "(session 46)", chars * 4, _po_session46))
    cases.append(("check FILE: a unit repeating a name of the termbase", chars, _po_repeated_name))
    cases.append(("check FILE: a misspelt name among terms, repeated", chars, _po_near_miss))
    cases.append(("check FILE: measures converted wrongly, repeated", chars, _po_measures))
    cases.append(("check FILE: shortened ranges wrong, repeated", chars, _po_ranges))
    cases.append(("check FILE: number words said in other words, repeated", chars,
                  _po_respelled))
    cases.append(("check FILE: a paragraph of countries, each another in the translation",
                  chars, _po_paragraph_names))
    cases.append(("check FILE: full-width groups and times after 'at', repeated (session 50)",
                  chars, _po_full_width))
    cases.append(("check FILE: ratios, listed years, negated bounds, repeated (session 51)",
                  chars, _po_session51))
    cases.append(("check FILE: durations in other units, listed decimals, repeated "
                  "(session 54)", chars, _po_session54))
    cases.append(("check FILE: numbers said with their scales, said otherwise, repeated "
                  "(session 55)", chars, _po_session55))
    cases.append(("xliff import: a returned PO file of n obsolete entries, n units (session 61)",
                  chars, _po_obsolete_returned))
    cases.append(("extract: merge of n/5 units, every sentence edited, then every paragraph "
                  "moved (session 64)", chars, _merge_edited))
    cases.append(("extract: merge of one paragraph of n/5 sentences, every one edited (session 65)",
                  chars, _merge_one_paragraph))
    cases.append(("xliff import: a returned PO file of n/5 units moved and edited (session 64)",
                  chars, _returned_moved))
    cases.append(("check FILE: bidi embeddings never closed, PDI, private-use symbols "
                  "(session 61)", chars, _po_bidi))
    cases.append(("check FILE: dates cut by long runs of spaces (session 64)", chars,
                  _po_spaced_dates))
    cases.append(("check: the addresses of a run of site macros ${a}/ ending at a guillemet "
                  "(session 64)", chars, _macro_run))
    cases.append(("check FILE: n/20 addresses from a site's macro written out, n/20 URLs on "
                  "other hosts (session 65)", chars, _macro_pairs))
    cases.append(("check FILE: runs of ${a}/, {A and (A/B) (session 65)", chars, _symbol_runs))
    cases.append(("check FILE: a dropped <q> beside n/8 unclosed &laquo; (session 65)", chars,
                  _po_quote_entities))
    cases.append(("check FILE: n/30 dates whose year is named from the release's (session 65)",
                  chars, _po_relative_years))
    cases.append(("import: a year-less dateline, one sentence naming its day n/30 times "
                  "(session 66)", chars, _yearless_dateline))
    cases.append(("check FILE: n/80 sentences dating a weekday each side of the release "
                  "(session 67)", chars, _po_weekday_dates))
    cases.append(("check FILE: PO entries", entries, _po_check))
    print("| case | n | t(n) s | t(4n) s | ratio (linear = 4) |")
    print("|---|---:|---:|---:|---:|")
    for name, n, run in cases:
        if args.only not in name:
            continue
        run(max(n // 10, 1))  # warm-up: imports, babel data, compiled patterns
        small = _timed(lambda run=run, n=n: run(n))
        large = _timed(lambda run=run, n=n: run(4 * n))
        ratio = large / small if small > 0 else float("nan")
        print(f"| {name} | {n:,} | {small:.3f} | {large:.3f} | {ratio:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
