"""A revised import of a release with a dateline attribution demotes no unchanged unit.

A source written before ``<attribution>`` held the issuing service in the place («VIENNA (UN
Information Service)»). Imported again with ``--force``, as the README asks, the place is
«VIENNA» and the service its own unit: the place's confirmed translation had become a fuzzy
draft of both names and the attribution had taken that whole translation from the memory. The
old translation is now cut as its source was. A revision adding or removing the attribution
leaves the place as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.placesplit import split_translation, was_joined

from conftest import Cli

SLUG = "vienna"
RELEASE = ("Secretary-General Praises Vienna Office\n\n"
           "VIENNA, 12 May 2024{attribution} – The Secretary-General today praised the work "
           "of the office.\n\nHe said more.\n")
WITH = RELEASE.format(attribution=" (UN Information Service)")
WITHOUT = RELEASE.format(attribution="")


def _imported(tmp_path: Path, cli_factory: Callable[[Path], Cli], text: str) -> Cli:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    _import(cli, text, force=False)
    return cli


def _import(cli: Cli, text: str, force: bool = True) -> None:
    path = cli.cwd.parent / "release.txt"
    path.write_text(text, encoding="utf-8")
    cli("import", str(path), "--slug", SLUG, *(("--force",) if force else ()))


def _po(ws: Path, lang: str) -> polib.POFile:
    return polib.pofile(str(ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"))


def _translate(ws: Path, lang: str, targets: dict[str, str]) -> None:
    po = _po(ws, lang)
    for entry in po:
        if entry.msgctxt in targets:
            entry.msgstr = targets[entry.msgctxt]
    po.save()


def _units(ws: Path, lang: str) -> dict[str, tuple[str, str, bool]]:
    return {e.msgctxt: (e.msgid, e.msgstr, e.fuzzy) for e in _po(ws, lang) if not e.obsolete}


def test_old_place_with_its_attribution_cut_as_its_source(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = _imported(tmp_path, cli_factory, WITH)
    source = cli.cwd / "source" / f"{SLUG}.xml"
    # the source as transpub wrote it before the attribution had an element of its own
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<place id="place">VIENNA</place>',
        '<place id="place">VIENNA (UN Information Service)</place>').replace(
        '      <attribution id="attribution">UN Information Service</attribution>\n', ""),
        encoding="utf-8")
    cli("extract")
    _translate(cli.cwd, "fr", {"place": "VIENNE (Service d'information des Nations Unies)",
                               "title": "Le Secrétaire général salue le bureau de Vienne"})
    _translate(cli.cwd, "zh", {"place": "维也纳（联合国新闻处）"})
    # a translator who wrote no bracket: nothing to cut, the draft kept whole
    _translate(cli.cwd, "ru", {"place": "ВЕНА, Информационная служба ООН"})
    _translate(cli.cwd, "es", {"place": "#VIENA (Servicio de Información)"})
    po = _po(cli.cwd, "es")
    next(e for e in po if e.msgctxt == "place").flags.append("fuzzy")
    po.save()
    _import(cli, WITH)
    cli("extract")
    fr = _units(cli.cwd, "fr")
    assert fr["place"] == ("VIENNA", "VIENNE", False)
    assert fr["attribution"] == ("UN Information Service",
                                 "Service d'information des Nations Unies", False)
    assert fr["title"][2] is False
    zh = _units(cli.cwd, "zh")
    assert zh["place"] == ("VIENNA", "维也纳", False)
    assert zh["attribution"] == ("UN Information Service", "联合国新闻处", False)
    ru = _units(cli.cwd, "ru")
    assert ru["place"] == ("VIENNA", "ВЕНА, Информационная служба ООН", True)
    assert ru["attribution"][2] or not ru["attribution"][1]  # (at most the memory's draft)
    # a draft's parts stay drafts
    es = _units(cli.cwd, "es")
    assert es["place"] == ("VIENNA", "#VIENA", True)
    assert es["attribution"] == ("UN Information Service", "Servicio de Información", True)
    assert "1 changed (fuzzy)" in cli.out  # (ru's alone)


@pytest.mark.parametrize(("old_place", "place", "service", "translated", "parts"), [
    ("NAIROBI /UNEP/", "NAIROBI", "UNEP", "NAIROBI /PNUE/", ("NAIROBI", "PNUE")),
    ("NEW YORK (UN News)", "NEW YORK", "UN News", "NEW YORK (ONU Info)",
     ("NEW YORK", "ONU Info"))])
def test_old_place_holding_a_service_imported_before(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], old_place: str, place: str,
        service: str, translated: str, parts: tuple[str, str]) -> None:
    """Imported before the service before the date and an agency between slashes were read as
    the attribution, the place held them; imported again, its translation is cut as well."""
    text = WITH.replace("VIENNA, 12 May 2024 (UN Information Service)",
                        "NAIROBI, 12 May 2024 /UNEP/" if "/" in old_place
                        else "NEW YORK (UN News), 12 May 2024")
    cli = _imported(tmp_path, cli_factory, text)
    source = cli.cwd / "source" / f"{SLUG}.xml"
    xml = source.read_text(encoding="utf-8")
    assert f'<attribution id="attribution">{service}</attribution>' in xml
    source.write_text(xml.replace(f'<place id="place">{place}</place>',
                                  f'<place id="place">{old_place}</place>').replace(
        f'      <attribution id="attribution">{service}</attribution>\n', ""), encoding="utf-8")
    cli("extract")
    _translate(cli.cwd, "fr", {"place": translated})
    _import(cli, text)
    cli("extract")
    fr = _units(cli.cwd, "fr")
    assert fr["place"] == (place, parts[0], False)
    assert fr["attribution"] == (service, parts[1], False)


@pytest.mark.parametrize(("before", "after"), [(WITH, WITHOUT), (WITHOUT, WITH), (WITH, WITH)])
def test_revision_adding_or_removing_it_keeps_the_place(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], before: str, after: str) -> None:
    cli = _imported(tmp_path, cli_factory, before)
    cli("extract")
    _translate(cli.cwd, "fr", {"place": "VIENNE", "p2.696c9b": "Il en a dit plus.",
                               "attribution": "Service d'information des Nations Unies"})
    _import(cli, after.replace("more.", "much more."))
    cli("extract")
    fr = _units(cli.cwd, "fr")
    assert fr["place"] == ("VIENNA", "VIENNE", False)
    assert ("attribution" in fr) == (after == WITH)
    if before == after == WITH:
        assert fr["attribution"][1:] == ("Service d'information des Nations Unies", False)
    obsolete = [e.msgid for e in _po(cli.cwd, "fr") if e.obsolete]
    assert obsolete == (["UN Information Service"] if after == WITHOUT else [])


@pytest.mark.parametrize(("text", "parts"), [
    ("VIENNE (Service d'information des Nations Unies)",
     ("VIENNE", "Service d'information des Nations Unies")),
    ("维也纳（联合国新闻处）", ("维也纳", "联合国新闻处")),
    ("فيينا (دائرة الإعلام (فيينا))", ("فيينا", "دائرة الإعلام (فيينا)")),
    ("VIENNE, (SINU) ", ("VIENNE", "SINU")),
    ("VIENNE", None), ("(SINU)", None), ("VIENNE ()", None), ("VIENNE (SINU", None),
    ("VIENNE SINU)", None), ("", None),
    # an agency between slashes, as "NAIROBI /UNEP/" had been the place
    ("НАЙРОБИ /ЮНЕП/", ("НАЙРОБИ", "ЮНЕП")), ("НАЙРОБИ/ЮНЕП/", None), ("/ЮНЕП/", None),
    ("НАЙРОБИ / /", None)])
def test_split_translation(text: str, parts: tuple[str, str] | None) -> None:
    assert split_translation(text) == parts


def test_was_joined() -> None:
    assert was_joined("VIENNA (UN Information Service)", "VIENNA", "UN Information Service")
    assert was_joined("VIENNA\n(UN  Information Service)", "VIENNA", "UN Information Service")
    assert not was_joined("VIENNA (UNIS)", "VIENNA", "UN Information Service")
    assert not was_joined("VIENNA", "VIENNA", "")
    assert was_joined("NAIROBI /UNEP/", "NAIROBI", "UNEP")
