"""What an editor publishing the pages was not told (session 58's trial): a language whose PO
file is missing was published as the English, without a word; a language held back by
``--min-complete`` on a first build was linked from the other index pages (a 404), and the
summary said its "previous output kept" when there was none."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"
MISSING = (f"[{SLUG}] no PO file locales/fr/LC_MESSAGES/{SLUG}.po: every unit shows the "
           "source (run 'transpub extract')")


def test_a_language_without_a_po_file_is_said(tmp_path: Path,
                                              cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    (ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po").unlink()
    cli = cli_factory(ws)
    cli("build", "--strict", expect=2)
    assert f"transpub: error: {MISSING}" in cli.err, cli.err
    cli("build")
    assert f"{MISSING}; using the source text" in cli.out + cli.err
    cli("build")  # a run with nothing to do says it again (its record keeps it)
    assert MISSING in cli.out + cli.err
    page = (ws / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert page.count('class="untranslated"') > 10
    cli("check", "--format", "json", expect=1)
    assert '"TP608"' in cli.out


def test_a_language_held_back_on_a_first_build_is_not_linked(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("build", "--min-complete", "101")
    assert "held back (below 101 %)" in cli.out and "previous output kept" not in cli.out
    index = (ws / "output" / "en" / "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r'href="\.\./(\w+)/index\.html"', index)) == {"en"}
    assert sorted(p.name for p in (ws / "output").iterdir() if p.is_dir()) == ["en"]
    cli("build")
    cli("build", "--min-complete", "101", "--force")
    assert "held back (below 101 %; previous output kept)" in cli.out
    index = (ws / "output" / "en" / "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r'href="\.\./(\w+)/index\.html"', index)) == {
        "ar", "zh", "en", "fr", "ru", "es"}


def test_languages_built_one_at_a_time_list_each_other(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """An editor publishing each language as its translation arrives: the French page and
    index had listed French alone until a build of every language."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("build", "--lang", "fr")
    cli("build", "--lang", "en")
    cli("build", "--lang", "ru")
    for lang in ("fr", "en", "ru"):
        for name in (f"{SLUG}.html", "index.html"):
            page = (ws / "output" / lang / name).read_text(encoding="utf-8")
            assert set(re.findall(r'<link rel="alternate" hreflang="(\w+)"', page)) == {
                "fr", "en", "ru"}, (lang, name)
    cli("build")  # every language: the same pages as built together
    (tmp_path / "together").mkdir()
    together = copy_sample(tmp_path / "together")
    cli_factory(together)("build")
    for lang in ("fr", "en", "ru"):
        assert (ws / "output" / lang / f"{SLUG}.html").read_bytes() == \
            (together / "output" / lang / f"{SLUG}.html").read_bytes()


def test_a_lang_run_rewrites_only_the_other_pages_switchers(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A hostile pass over the change above: a ``--lang fr`` run that published French had
    re-rendered the Russian page from its PO file as it now stood, below ``--min-complete``
    too. Only the switcher of the other pages changes."""
    import polib

    ws = copy_sample(tmp_path)
    fr = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    saved = fr.read_bytes()
    po = polib.pofile(str(fr))
    for entry in list(po)[:5]:
        entry.msgstr = ""
    po.save(str(fr))
    cli = cli_factory(ws)
    cli("build", "--min-complete", "90")
    assert not (ws / "output" / "fr" / f"{SLUG}.html").exists()
    russian = (ws / "output" / "ru" / f"{SLUG}.html").read_text(encoding="utf-8")
    fr.write_bytes(saved)  # French done; Russian cut to a third meanwhile
    ru = ws / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(ru))
    for entry in list(po)[:12]:
        entry.msgstr = ""
    po.save(str(ru))
    cli("build", "--lang", "fr", "--min-complete", "90")
    after = (ws / "output" / "ru" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert 'hreflang="fr"' in after and 'hreflang="fr"' not in russian
    body = after.split("</nav>\n", 1)[1]
    assert body == russian.split("</nav>\n", 1)[1]  # its text as last published
    assert 'class="untranslated"' not in body


def test_languages_published_with_nothing_translated_are_said(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """(The coordinator's trial: with the default min_complete of 0, a first build published
    Arabic, Chinese and Russian pages all in English without a word.)"""
    ws = copy_sample(tmp_path)
    for lang in ("ar", "zh"):
        (ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po").unlink()
    cli = cli_factory(ws)
    cli("extract", "-q")
    cli("build")
    said = cli.out + cli.err
    assert (f"published with no unit translated, the source's text: ar ({SLUG}); zh ({SLUG}) "
            "(--min-complete") in said, said
    cli("build", "--min-complete", "1")
    assert "published with no unit translated" not in cli.out + cli.err


def test_the_untranslated_warning_names_the_releases(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """(A newcomer's French release, 80 % translated, beside another with nothing: the
    warning's "fr" alone read as if French had nothing translated.) It names each language's
    releases, on a build and on the no-change build after it."""
    ws = copy_sample(tmp_path)
    source = (ws / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    (ws / "source" / "second.xml").write_text(source.replace(f'id="{SLUG}"', 'id="second"'),
                                              encoding="utf-8")
    cli = cli_factory(ws)
    cli("extract", "-q")
    import polib

    path = ws / "locales" / "fr" / "LC_MESSAGES" / "second.po"
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = ""
        entry.flags = []
    po.save(str(path))
    for attempt in ("build", "no-change build"):
        cli("build")
        said = cli.out + cli.err
        assert ("published with no unit translated, the source's text: fr (second) "
                "(--min-complete") in said, (attempt, said)

