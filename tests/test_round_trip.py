"""The round trips translators' tools make: the Translate Toolkit's po2xliff then xliff2po (which
drops msgctxt) keeps every translation published, and ``stats`` and ``build`` agree; a PO file
whose entries match no unit is reported loudly (an error under --strict)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SLUG, Cli

PO = "locales/{lang}/LC_MESSAGES/" + SLUG + ".po"
LANGS = ("ar", "zh", "fr", "ru", "es")


def _toolkit(tool: str, source: Path, target: Path) -> None:
    """Run a Translate Toolkit converter as translators do (its console scripts' main)."""
    pytest.importorskip("translate.convert", reason="the Translate Toolkit is not installed")
    code = (f"import sys; from translate.convert.{tool} import main; "
            f"sys.argv = ['{tool}', '--progress=none', sys.argv[1], sys.argv[2]]; main()")
    subprocess.run([sys.executable, "-c", code, str(source), str(target)], check=True,
                   capture_output=True)


def _percent(cli: Cli) -> dict[str, float]:
    cli("stats", "--format", "json")
    return {row["lang"]: row["percent"] for row in json.loads(cli.out)["releases"]}


def _untranslated_spans(repo: Path, lang: str) -> int:
    html = (repo / "output" / lang / f"{SLUG}.html").read_text(encoding="utf-8")
    return html.count('class="untranslated"')


def test_xliff_round_trip_keeps_every_translation_published(
        repo: Path, tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(repo)
    assert set(_percent(cli).values()) == {100.0}
    for lang in LANGS:
        po = repo / PO.format(lang=lang)
        xlf = tmp_path / f"{lang}.xlf"
        _toolkit("po2xliff", po, xlf)
        _toolkit("xliff2po", xlf, po)
        assert "msgctxt" not in po.read_text(encoding="utf-8"), "the round trip drops msgctxt"
    assert set(_percent(cli).values()) == {100.0}
    cli("build", "--strict")
    assert all(_untranslated_spans(repo, lang) == 0 for lang in LANGS)
    cli("extract")  # the merge takes the context-less entries by their text
    assert set(_percent(cli).values()) == {100.0}
    assert "msgctxt" in (repo / PO.format(lang="fr")).read_text(encoding="utf-8")


def test_entries_that_match_no_unit_are_reported_and_stats_agree_with_build(
        repo: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(repo)
    po = repo / PO.format(lang="fr")
    # a tool rewrote every msgctxt and msgid (say, an editor's "source" view): nothing matches
    text = re.sub(r'^msgctxt "', 'msgctxt "other.', po.read_text(encoding="utf-8"), flags=re.M)
    text = re.sub(r'^msgid "(.)', r'msgid "~\1', text, flags=re.M)
    po.write_text(text, encoding="utf-8")
    assert _percent(cli)["fr"] == 0.0, "stats counts what the build publishes"
    cli("build", "--lang", "fr")
    assert "match no unit of the source" in cli.err + cli.out
    assert _untranslated_spans(repo, "fr") > 10
    cli("build", "--lang", "fr", "--strict", expect=2)
    assert "match no unit of the source" in cli.err and f"{po.name}:" in cli.err
