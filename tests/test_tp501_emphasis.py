"""TP501 on another project's PO file judges markup by what the page's reader loses (t64/hN,
Debian's news: 100 of TP501's 130 warnings were emphasis the translator added or a ``<q>``
typed as the language's quotation marks). Emphasis added (``em``, ``i``, ``strong``, ``b``,
``cite``, ``q``, ``span`` with no attribute but a language or direction) and a ``<q>`` typed as
«…», “…”, „…“, 「…」 are an info; a link, code, a line break, a superscript, emphasis dropped,
an element with other attributes stay a warning; transpub's own PO files stay strict (their
build publishes a translator's tag as text)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from transpub.checks import markup
from transpub.checks.context import CheckContext, Unit
from transpub.termbase import Termbase

from conftest import Cli

CTX = CheckContext(Termbase(()), source_lang="en")


def _tp501(source: str, target: str, lang: str = "fr",
           foreign: bool = True) -> list[tuple[str, str]]:
    unit = Unit("u1", lang, source, target, "f.po", 3, foreign=foreign)
    return [(f.severity.label, f.message) for f in markup.placeholders(CTX, unit)]


@pytest.mark.parametrize(("lang", "source", "target", "said"), [
    # French sets an English word in italics (Debian's news, fr)
    ("fr", "Welcome to this year's eleventh issue of DWN, the weekly newsletter.",
     "Bienvenue pour la onzième publication de la <i>DWN</i> de l'année.", "<i> added"),
    ("fr", "Woody and Sarge and Sid", "<em>Woody</em>, <em>Sarge</em> et <em>Sid</em>",
     "<em> added ×3"),
    ("fr", "the Leader's talk", "la conférence du <i lang=\"en\">Leader</i>", "<i> added"),
    ("fr", "the <a href=\"https://x.org/\">Leader</a>",
     "le <a href=\"https://x.org/\"><strong>Leader</strong></a>", "<strong> added"),
    ("ru", "a testing snapshot", "срез <q>testing</q>", "<q> added"),
    ("fr", "a plain word", "un <span>mot</span> <b>simple</b>", "<b> added; <span> added"),
    # a <q> typed as the language's own quotation marks
    ("ru", "the first monthly <q>testing</q> snapshot", "первого среза Debian «testing»",
     "<q> typed as quotation marks"),
    ("fr", "asks, <q>Will it be part of Jessie?</q>, with",
     "pose la question : « Est-ce que cela fera partie de Jessie ? », avec",
     "<q> typed as quotation marks"),
    ("es", "a <q>Nemo</q> board and <q>Squeeze</q>", "una placa «Nemo» y “Squeeze”",
     "<q> typed as quotation marks ×2"),
    ("zh", "the <q>testing</q> release", "「testing」版本", "<q> typed as quotation marks"),
    ("zh", "the <q>testing</q> release", "“testing”版本", "<q> typed as quotation marks"),
])
def test_what_the_reader_does_not_lose_is_an_info(lang: str, source: str, target: str,
                                                  said: str) -> None:
    assert _tp501(source, target, lang) == [
        ("info", "markup differs, nothing lost on the page: " + said)]


@pytest.mark.parametrize(("source", "target", "kept"), [
    # a link, code, a break, a superscript, dropped or added
    ("Run <code>apt</code> now", "Lancez apt maintenant", "missing </code> <code>"),
    ("Run apt now", "Lancez <code>apt</code> maintenant", "unexpected </code> <code>"),
    ("See <a href=\"https://x.org/\">this</a>", "Voir ceci", "missing </a> <a href"),
    ("one<br/>two", "un deux", "missing <br/>"),
    ("the 5th", "le 5<sup>e</sup>", "unexpected </sup> <sup>"),
    # emphasis the source has and the translation drops: the page loses it
    ("a <strong>serious</strong> bug", "un bogue grave", "missing </strong> <strong>"),
    # an element with content-carrying attributes, an id, a class
    ("UDD", "<acronym lang=\"en\" title=\"Ultimate Debian Database\">UDD</acronym>",
     "unexpected </acronym>"),
    ("a word", "un <span class=\"x\">mot</span>", "unexpected </span> <span class=\"x\">"),
    ("a word", "un <em id=\"w\">mot</em>", "unexpected </em> <em id=\"w\">"),
    # emphasis opened and not closed, or closed before it opens: broken markup
    ("a word", "un <i>mot", "unexpected <i>"),
    ("a word", "un </i>mot<i>", "unexpected </i> <i>"),
    # a <q> dropped without quotation marks for it: the words are no longer set apart
    ("to <q>push</q> repositories", "para introducir repositorios", "missing </q> <q>"),
    # quotation marks the source already typed are not the <q>'s
    ("a «word» and <q>push</q>", "un «mot» et pousser", "missing </q> <q>"),
])
def test_what_the_reader_loses_stays_a_warning(source: str, target: str, kept: str) -> None:
    found = _tp501(source, target)
    assert [s for s, _ in found if s != "info"] == ["warning"], found
    assert kept in found[0][1], found


def test_a_loss_and_an_added_emphasis_are_said_apart() -> None:
    found = _tp501("Run <code>apt</code> now", "Lancez <i>apt</i> maintenant")
    assert found == [("warning", "placeholders differ: missing </code> <code>"),
                     ("info", "markup differs, nothing lost on the page: <i> added")]


def test_transpub_own_po_files_stay_strict() -> None:
    # (their build publishes a translator's tag as text: «la &lt;i&gt;DWN&lt;/i&gt;»)
    found = _tp501("the DWN", "la <i>DWN</i>", foreign=False)
    assert found == [("error", "placeholders differ: unexpected </i> <i>")]


def test_placeholders_are_compared_as_before() -> None:
    # (the UN's releases' <x1/>, <em1>: added or dropped is an error even in a foreign file)
    assert _tp501("Read <em1>this</em1>", "Lisez ceci")[0][0] == "error"
    assert _tp501("Read this", "Lisez <em1>ceci</em1>")[0][0] == "error"
    assert _tp501("Read <a1>this</a1><x1/>", "<x1/>Lisez <a1>ceci</a1>") == []
    # emphasis added beside placeholders in the wrong order: the order is still read
    assert _tp501("<a1>x</a1> <b1>y</b1>", "<i>z</i> <a1>x<b1></a1>y</b1>") == [
        ("info", "markup differs, nothing lost on the page: <i> added"),
        ("error", "</a1> closes the wrong element")]


def test_the_check_command_on_a_foreign_po(tmp_path: Path,
                                           cli_factory: Callable[[Path], Cli]) -> None:
    path = tmp_path / "news.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: fr\\n"\n\nmsgid "This issue of DWN"\n'
                    'msgstr "Ce numéro de la <i>DWN</i>"\n\n'
                    'msgid "Run <code>apt</code>"\nmsgstr "Lancez apt"\n', encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json", "--show-info", expect=0)
    found = [(f["severity"], f["line"]) for f in json.loads(cli.out)["findings"]
             if f["code"] == "TP501"]
    assert found == [("info", 6), ("warning", 9)]


def test_typed_quotations_are_counted_as_the_pattern_read_them() -> None:
    """``emphasis._quotations`` reads what the one pattern of b915685 read (an entity's
    passage ``&laquo;.+?&raquo;`` closing on its line), in linear time (t65/hB finding 10:
    the pattern scanned from every unclosed entity to the line's end)."""
    import random
    import re
    import time

    from transpub.checks.emphasis import _ANY_TAG, _quotations

    pattern = re.compile(r"«[^«»]+»|„[^„“”]+[“”]|“[^“”]+”|「[^「」]+」|『[^『』]+』|‹[^‹›]+›"
                         r"|\"[^\"]+\"|&laquo;.+?&raquo;|&ldquo;.+?&rdquo;|&quot;.+?&quot;")
    pieces = ["&laquo;", "&raquo;", "&ldquo;", "&rdquo;", "&quot;", "«", "»", "„", "“", "”",
              '"', "「", "」", "\n", "a", "b ", "<q>", "</q>", "&", ";", "laquo"]
    draw = random.Random(65)
    for _ in range(20_000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 20)))
        assert _quotations(text) == len(pattern.findall(_ANY_TAG.sub("", text))), text
    for entity in ("&laquo;x ", "&ldquo;x ", "&quot;x &laquo;"):
        start = time.process_time()  # CPU: the suite shares two cores
        assert _quotations("Il a dit oui. " + entity * 40_000) == (
            20_000 if entity == "&quot;x &laquo;" else 0)
        assert time.process_time() - start < 1.0
