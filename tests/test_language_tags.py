"""Language tags as other tools write them (BCP 47 and POSIX), in PO headers, --lang, TBX and
TMX: matched to the workspace's languages by language and script, never a traceback."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import REPO, SLUG, Cli

PO = "locales/{lang}/LC_MESSAGES/" + SLUG + ".po"
TBX = REPO / "locales" / "termbase.tbx"


def _with_language(src: Path, dest: Path, tag: str) -> Path:
    text = src.read_text(encoding="utf-8")
    dest.write_text(re.sub(r'"Language: [^\\]*\\n"', f'"Language: {tag}\\\\n"', text, count=1),
                    encoding="utf-8")
    return dest


def _summary(cli: Cli, *args: str, expect: int | None = None) -> dict[str, object]:
    cli("check", *args, "--termbase", str(TBX), "--format", "json", expect=expect)
    assert "Traceback" not in cli.err and "internal error" not in cli.err, cli.err
    summary: dict[str, object] = json.loads(cli.out)["summary"]
    return summary


@pytest.mark.parametrize(("base", "tags"), [
    ("fr", ["fr-FR", "fr_FR", "fr-CA", "FR", "fr_FR.UTF-8"]),
    ("zh", ["zh-Hans", "zh-CN", "zh_CN", "zh-Hans-CN", "zh_Hans"]),
    ("ar", ["ar-SA", "ar_EG", "ar-001"]),
    ("ru", ["ru-RU"]),
    ("es", ["es-419", "es_ES"]),
])
def test_regional_and_script_tags_are_checked_as_the_language(
        repo: Path, tmp_path: Path, cli_factory: Callable[[Path], Cli], base: str,
        tags: list[str]) -> None:
    cli = cli_factory(tmp_path)
    original = repo / PO.format(lang=base)
    # make one real finding, so that "checked" is visible in the counts
    text = original.read_text(encoding="utf-8").replace("2020", "2021", 1)
    original.write_text(text, encoding="utf-8")
    reference = _summary(cli, str(original))
    assert reference["files"] == 1 and reference["findings"]
    for tag in tags:
        path = _with_language(original, tmp_path / f"{tag}.po", tag)
        got = _summary(cli, str(path))
        assert (got["findings"], got["by_code"]) == (reference["findings"],
                                                     reference["by_code"]), tag
        assert _summary(cli, str(path), "--lang", base)["files"] == 1, tag
        assert _summary(cli, str(path), "--lang", tag)["files"] == 1, tag


def _language_line(path: Path) -> int:
    """The line of the header's Language field (the sample's: line 10)."""
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith('"Language:'))
    assert line > 1
    return line


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-TW", "zh_HK", "zh-Hant-TW"])
def test_traditional_chinese_is_not_zh(repo: Path, tmp_path: Path,
                                       cli_factory: Callable[[Path], Cli], tag: str) -> None:
    cli = cli_factory(tmp_path)
    path = _with_language(repo / PO.format(lang="zh"), tmp_path / "t.po", tag)
    cli("check", str(path), expect=2)
    # (the header's Language line, where it had been line 1)
    assert cli.err.count("\n") == 1 and "Traditional Chinese" in cli.err \
        and f"t.po:{_language_line(path)}:" in cli.err


@pytest.mark.parametrize("tag", ["de", "sr@latin", "pt_BR", "sr-Latn-RS", "ja"])
def test_a_language_without_rules_gets_the_neutral_checks_and_a_notice(
        repo: Path, tmp_path: Path, cli_factory: Callable[[Path], Cli], tag: str) -> None:
    cli = cli_factory(tmp_path)
    path = _with_language(repo / PO.format(lang="fr"), tmp_path / "x.po", tag)
    text = path.read_text(encoding="utf-8")
    # a placeholder dropped: a language-neutral finding
    path.write_text("".join(text.rsplit("<x1/>", 1)), encoding="utf-8")
    summary = _summary(cli, str(path), expect=1)
    assert summary["files"] == 1 and "TP501" in summary["by_code"]  # type: ignore[operator]
    assert "TP101" not in summary["by_code"]  # type: ignore[operator]
    assert "no rules for this language" in cli.err and "x.po" in cli.err


@pytest.mark.parametrize("tag", ["x-klingon", "qq", "not a tag"])
def test_an_unknown_tag_is_a_one_line_error(repo: Path, tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli], tag: str) -> None:
    cli = cli_factory(tmp_path)
    path = _with_language(repo / PO.format(lang="fr"), tmp_path / "x.po", tag)
    cli("check", str(path), expect=2)
    assert cli.err.count("\n") == 1 and f"x.po:{_language_line(path)}:" in cli.err


def test_lang_filter_that_matches_nothing_says_so(repo: Path, tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("check", str(repo / PO.format(lang="zh")), "--lang", "fr", expect=2)
    assert "no PO file to check" in cli.err and "skipped" in cli.err


@pytest.mark.parametrize(("lang", "tag"), [("zh", "zh_CN"), ("fr", "fr_FR"), ("ar", "ar-SA")])
def test_extract_accepts_an_editor_rewritten_language_header(
        repo: Path, cli_factory: Callable[[Path], Cli], lang: str, tag: str) -> None:
    cli = cli_factory(repo)
    path = repo / PO.format(lang=lang)
    _with_language(path, path, tag)
    before = {e.msgctxt: e.msgstr for e in polib.pofile(str(path))}
    source = repo / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("New York", "Geneva", 1),
                      encoding="utf-8")
    cli("extract")
    po = polib.pofile(str(path))
    assert po.metadata["Language"] == tag
    after = {e.msgctxt: e.msgstr for e in po}
    assert sum(1 for k, v in before.items() if v and after.get(k) == v) >= len(before) - 2
    cli("build", "--lang", lang)


def test_tbx_with_regional_tags_and_bad_entries_loads_the_rest(
        repo: Path, tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    text = TBX.read_text(encoding="utf-8")
    text = text.replace('xml:lang="en"', 'xml:lang="en-US"').replace(
        'xml:lang="fr"', 'xml:lang="fr_FR"').replace('xml:lang="zh"', 'xml:lang="zh-Hans-CN"')
    bad = ('<termEntry id="bad1"><langSet xml:lang="fr"><tig><term>Sans anglais</term></tig>'
           '</langSet></termEntry>\n<termEntry id="bad2"><langSet xml:lang="en-US"><tig>'
           '<term>Ok</term></tig><tig><term/></tig></langSet><langSet xml:lang="qq-xx">'
           '<tig><term>?</term></tig></langSet></termEntry>\n')
    text = text.replace("<text><body>", "<text><body>\n" + bad, 1)
    tbx = tmp_path / "regional.tbx"
    tbx.write_text(text, encoding="utf-8")
    cli = cli_factory(tmp_path)
    po = repo / PO.format(lang="ru")
    po.write_text("Воронкоф".join(po.read_text(encoding="utf-8").rsplit("Воронков", 1)),
                  encoding="utf-8")
    cli("check", str(po), "--termbase", str(tbx), "--format", "json", expect=1)
    assert json.loads(cli.out)["summary"]["by_code"].get("TP102"), "terms were loaded"
    warnings = [line for line in cli.err.splitlines() if "warning" in line]
    assert any("concept 'bad1' skipped" in w and "regional.tbx:" in w for w in warnings)
    assert any("empty term skipped" in w for w in warnings)
    assert any("unknown language 'qq-xx'" in w for w in warnings)


def test_tmx_without_a_workspace_language_is_refused(repo: Path, tmp_path: Path,
                                                     cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(repo)
    tmx = tmp_path / "deit.tmx"
    tmx.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
                   '<header srclang="en-US"/><body><tu><tuv xml:lang="en-US"><seg>Peace</seg>'
                   '</tuv><tuv xml:lang="de-DE"><seg>Frieden</seg></tuv><tuv xml:lang="it">'
                   '<seg>Pace</seg></tuv></tu></body></tmx>\n', encoding="utf-8")
    cli("tm", "import", str(tmx), expect=2)
    assert "holds no language of the workspace" in cli.err
    assert "de (de-DE), en (en-US), it" in cli.err
    assert not (repo / "locales" / "memory").exists()
    tmx.write_text(tmx.read_text(encoding="utf-8").replace(
        '<tuv xml:lang="it">', '<tuv xml:lang="fr-FR"><seg>Paix</seg></tuv><tuv xml:lang="it">'),
        encoding="utf-8")
    cli("tm", "import", str(tmx))
    assert "ignored: de, it" in cli.err


def test_configured_tags_name_the_un_languages_and_others_still_work(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    ws = tmp_path / "ws"
    config = ws / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'languages = ["ar", "zh", "en", "fr", "ru", "es"]',
        'languages = ["ar-SA", "zh-Hans", "en-US", "fr_FR", "ru", "sr@latin"]'),
        encoding="utf-8")
    cli.cwd = ws
    cli("import", str(REPO / "tests" / "data" / "unoct-qatar-2020.txt"), "--slug", SLUG)
    cli("extract")
    assert sorted(p.name for p in (ws / "locales").iterdir() if p.is_dir()) == [
        "ar", "en", "fr", "ru", "sr@latin", "zh"]
    cli("build")
    page = (ws / "output" / "sr@latin" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "9. decembar 2020." in page, "Serbian in Latin script, not Cyrillic"
    assert 'dir="rtl"' in (ws / "output" / "ar" / f"{SLUG}.html").read_text(encoding="utf-8")
    cli("check", "--format", "json", expect=1)
    assert "Traceback" not in cli.err
    cli("stats", "--format", "json")
    config.write_text(config.read_text(encoding="utf-8").replace('"ar-SA"', '"ar", "ar_EG"'),
                      encoding="utf-8")
    cli("build", expect=2)
    assert "listed twice" in cli.err and cli.err.count("\n") == 1
