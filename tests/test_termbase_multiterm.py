"""Trados's termbases as MultiTerm exports them (MultiTerm XML: ``<mtf><conceptGrp>``, UTF-16
with a byte-order mark, each field named by the termbase's author): read as the same concepts
as the TBX they hold, and a check with one is the check with the other. The files are built
here after the structure of real exports (a real one's shape: the MultiTerm SDK's schema and
an export quoted in a public project; no MultiTerm runs here) from the sample's termbase."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from transpub.errors import TermbaseError
from transpub.termbase import Concept, load_termbase

from conftest import Cli

REPO = Path(__file__).resolve().parent.parent
TBX = REPO / "locales" / "termbase.tbx"
#: how MultiTerm templates spell the statuses (the termbase's author chooses them)
STATUS = {"preferred": "Preferred", "admitted": "admitted", "deprecated": "Forbidden"}
NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic",
         "zh": "Chinese"}
TRANSAC = ('<transacGrp><transac type="origination">UN\\terminologist</transac>'
           "<date>2026-11-30T11:21:32</date></transacGrp>")


def _mtf(concepts: tuple[Concept, ...], *, mark_first: bool = True) -> bytes:
    """The concepts as MultiTerm writes an export: UTF-16 with a byte-order mark, dates and
    authors on every level, a note on some terms, the subject a concept-level field; the
    first (preferred) term without its status when ``mark_first`` is false."""
    out = ["<?xml version='1.0' encoding='UTF-16' ?><mtf>"]
    for concept in concepts:
        out.append(f"<conceptGrp><concept>{escape(concept.id)}</concept>{TRANSAC}"
                   '<descripGrp><descrip type="Subject">'
                   f"{concept.category}</descrip></descripGrp>")
        for lang, terms in concept.terms.items():
            out.append(f'<languageGrp><language lang="{lang.upper()}" type="{NAMES[lang]}"/>')
            for n, term in enumerate(terms):
                status = ("" if n == 0 and not mark_first else
                          f'<descripGrp><descrip type="Status">{STATUS[term.status]}</descrip>'
                          "</descripGrp>")
                out.append(f"<termGrp><term>{escape(term.text)}</term>{TRANSAC}{status}"
                           '<descripGrp><descrip type="Note">from the UNOCT release'
                           "</descrip></descripGrp></termGrp>")
            out.append("</languageGrp>")
        out.append("</conceptGrp>")
    out.append("</mtf>")
    return "".join(out).encode("utf-16")


def _same(one: tuple[Concept, ...], other: tuple[Concept, ...]) -> None:
    assert [(c.id, c.category, {k: tuple(v) for k, v in c.terms.items()}) for c in one] == [
        (c.id, c.category, {k: tuple(v) for k, v in c.terms.items()}) for c in other]


def test_a_multiterm_export_reads_as_the_tbx_it_holds(tmp_path: Path) -> None:
    tbx = load_termbase(TBX)
    path = tmp_path / "unoct.xml"
    path.write_bytes(_mtf(tbx.concepts))
    mtf = load_termbase(path)
    assert not mtf.warnings
    _same(mtf.concepts, tbx.concepts)
    assert {c.category for c in mtf.concepts} >= {"person", "title", "organisation"}


def test_the_first_term_is_preferred_unless_another_is_marked(tmp_path: Path) -> None:
    """Terms without a status: the first is preferred (as in TBX); where the author marked
    another preferred, the unmarked ones are admitted (MultiTerm's own export: «maison», no
    status, and «domicile», "preferred")."""
    path = tmp_path / "t.xml"
    path.write_bytes(
        "<?xml version='1.0' encoding='UTF-16' ?><mtf><conceptGrp><concept>1</concept>"
        '<languageGrp><language lang="EN-US" type="English (United States)"/><termGrp>'
        '<term>home</term></termGrp></languageGrp><languageGrp><language lang="FR" '
        'type="French"/><termGrp><term>maison</term><descripGrp><descrip type="Note">Ceci est '
        "une note</descrip></descripGrp></termGrp><termGrp><term>domicile</term><descripGrp>"
        '<descrip type="Status">preferred</descrip></descripGrp></termGrp><termGrp>'
        '<term>foyer</term><descripGrp><descrip type="Usage status">Do not use</descrip>'
        "</descripGrp></termGrp></languageGrp></conceptGrp></mtf>".encode("utf-16"))
    (concept,) = load_termbase(path).concepts
    assert [(t.text, t.status) for t in concept.terms["fr"]] == [
        ("maison", "admitted"), ("domicile", "preferred"), ("foyer", "deprecated")]
    assert [(t.text, t.status) for t in concept.terms["en"]] == [("home", "preferred")]


def test_a_check_with_the_multiterm_export_is_the_check_with_the_tbx(
        cli_factory: Callable[[Path], Cli], tmp_path: Path) -> None:
    """The repository's own translated sample, the French and Spanish given one body's name
    changed: the same findings against either file, the changed names among them."""
    ws = tmp_path / "ws"
    ws.mkdir()
    for name in ("transpub.toml", "source", "locales"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, ws / name)
    changes = (("fr", ("Bureau de lutte contre le terrorisme", "Bureau antiterroriste")),
               ("es", ("Oficina de Lucha contra el Terrorismo", "Oficina Antiterrorista")))
    for lang, wrong in changes:
        for file in (ws / "locales" / lang / "LC_MESSAGES").glob("*.po"):
            text = file.read_text(encoding="utf-8")
            assert wrong[0] in text
            file.write_text(text.replace(*wrong), encoding="utf-8")
    path = tmp_path / "unoct.xml"
    path.write_bytes(_mtf(load_termbase(TBX).concepts, mark_first=False))
    cli = cli_factory(ws)
    reports = {}
    for name, termbase in (("tbx", TBX), ("mtf", path)):
        out = tmp_path / f"{name}.json"
        cli("check", "--no-cache", "--termbase", str(termbase), "--format", "json", "-o",
            str(out), expect=None)
        findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
        reports[name] = sorted((f["code"], f["lang"], f["unit"], f["message"]) for f in findings)
    changed = [f for f in reports["tbx"] if f[0] == "TP101" and f[1] in ("fr", "es")]
    assert changed and reports["mtf"] == reports["tbx"]


def test_a_broken_multiterm_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "t.xml"
    path.write_bytes("<?xml version='1.0' encoding='UTF-16' ?><mtf><conceptGrp>"
                     "<concept>1</concept></mtf>".encode("utf-16"))
    with pytest.raises(TermbaseError, match="malformed XML"):
        load_termbase(path)
    path.write_bytes(b"<glossary><entry/></glossary>")
    with pytest.raises(TermbaseError, match="not a TBX or MultiTerm XML file"):
        load_termbase(path)
