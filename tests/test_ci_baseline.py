"""Baselines, suppression comments and report schemas, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import polib
import pytest
from lxml import etree

import realdata
from conftest import SLUG, Cli

PO = "locales/{lang}/LC_MESSAGES/" + SLUG + ".po"
SCHEMAS = "tests/schemas"  # third-party files kept outside git: see its README.md


def _entry(po: polib.POFile, prefix: str, text: str) -> polib.POEntry:
    return next(e for e in po if e.msgctxt and e.msgctxt.startswith(prefix) and text in e.msgstr)


def _edit(path: Path, prefix: str, find: str, replace: str, comment: str | None = None) -> str:
    po = polib.pofile(str(path))
    entry = _entry(po, prefix, find)
    entry.msgstr = entry.msgstr.replace(find, replace, 1)
    if comment is not None:
        entry.tcomment = comment
    po.save()
    return str(entry.msgctxt)


def _report(cli: Cli, *args: str, expect: int | None = None) -> dict:  # type: ignore[type-arg]
    cli("check", "--format", "json", *args, expect=expect)
    return json.loads(cli.out)  # type: ignore[no-any-return]


def _codes(report: dict) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(f["code"], f["lang"], f["unit"]) for f in report["findings"]
            if f["severity"] != "info"]


# --- baselines -------------------------------------------------------------------------------

def test_baseline_hides_known_findings_and_fails_on_new_ones(repo: Path,
                                                             cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    old = _edit(repo / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020")
    cli("check", "--baseline", "baseline.json", "--update-baseline", expect=0)
    recorded = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    assert ("TP201", "fr", SLUG, old) in {(e["code"], e["lang"], e["release"], e["unit"])
                                          for e in recorded["findings"]}
    assert _report(cli, "--baseline", "baseline.json", expect=0)["summary"]["baseline"][
        "known"] >= 1
    # a new problem in another language fails, and only it is reported
    new = _edit(repo / PO.format(lang="es"), "p7.", "Subsecretaria General",
                "Secretaria General Adjunta")
    report = _report(cli, "--baseline", "baseline.json", expect=1)
    assert {(c, lang) for c, lang, unit in _codes(report)} == {("TP101", "es")}
    assert all(unit == new for _, _, unit in _codes(report))
    # without the baseline both are there
    assert {"fr", "es"} <= {lang for _, lang, _ in _codes(_report(cli, expect=1))}


def test_baseline_survives_line_moves_and_other_units_edits(repo: Path,
                                                            cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    po_file = repo / PO.format(lang="fr")
    _edit(po_file, "p1.", "9 décembre 2020", "19 décembre 2020")
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    po = polib.pofile(str(po_file))
    # move the offending entry to the end (every line number changes) and edit another unit
    moved = _entry(po, "p1.", "19 décembre 2020")
    po.remove(moved)
    po.append(moved)
    other = _entry(po, "p2.", "")
    other.msgstr = other.msgstr + " "
    other.tcomment = "reviewed"
    po.save()
    report = _report(cli, "--baseline", "b.json", expect=0)
    assert report["summary"]["baseline"]["fixed"] == 0


def test_fixed_findings_are_reported_and_dropped_on_update(repo: Path,
                                                           cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    po_file = repo / PO.format(lang="fr")
    pristine = po_file.read_bytes()
    _edit(po_file, "p1.", "9 décembre 2020", "19 décembre 2020")
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    before = json.loads((repo / "b.json").read_text(encoding="utf-8"))["findings"]
    po_file.write_bytes(pristine)
    cli("check", "--baseline", "b.json", expect=0)
    assert "1 fixed" in cli.out and "TP201" in cli.out.split("fixed:", 1)[1]
    cli("check", "--baseline", "b.json", "--format", "github", expect=0)
    assert cli.out.startswith("::notice title=transpub baseline::1 finding(s)")
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    after = json.loads((repo / "b.json").read_text(encoding="utf-8"))["findings"]
    assert len(after) == len(before) - 1 and all(e["code"] != "TP201" for e in after)


def test_the_same_finding_in_another_text_is_new(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    po_file = repo / PO.format(lang="fr")
    _edit(po_file, "p1.", "9 décembre 2020", "19 décembre 2020")
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    _edit(po_file, "p1.", "19 décembre 2020", "29 décembre 2020")  # same unit, same code
    report = _report(cli, "--baseline", "b.json", expect=1)
    assert [c for c, _, _ in _codes(report)] == ["TP201"]
    assert report["summary"]["baseline"]["fixed"] == 1


def test_baseline_file_is_sorted_and_stable(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    _edit(repo / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020")
    _edit(repo / PO.format(lang="es"), "p7.", "Subsecretaria General",
          "Secretaria General Adjunta")
    cli("check", "--baseline", "b.json", "--update-baseline", "-j", "1", expect=0)
    first = (repo / "b.json").read_bytes()
    cli("check", "--baseline", "b.json", "--update-baseline", "-j", "2", expect=0)
    assert (repo / "b.json").read_bytes() == first
    entries = json.loads(first)["findings"]
    keys = [(e["release"], e["lang"], e["unit"], e["code"], e["fingerprint"]) for e in entries]
    assert keys == sorted(keys)
    assert all("line" not in e for e in entries)


def test_update_with_lang_keeps_the_other_languages(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    _edit(repo / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020")
    _edit(repo / PO.format(lang="es"), "p7.", "Subsecretaria General",
          "Secretaria General Adjunta")
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    cli("check", "--baseline", "b.json", "--update-baseline", "--lang", "fr", expect=0)
    langs = {e["lang"] for e in json.loads((repo / "b.json").read_text())["findings"]}
    assert {"fr", "es"} <= langs
    cli("check", "--baseline", "b.json", expect=0)
    # the same for PO files checked on their own: the other files' entries stay, and are not
    # "fixed" because this run did not look at them
    before = (repo / "b.json").read_bytes()
    french = str(repo / PO.format(lang="fr"))
    cli("check", french, "--baseline", "b.json", "--update-baseline", expect=0)
    assert {e["lang"] for e in json.loads((repo / "b.json").read_text())["findings"]} \
        >= {"fr", "es"}
    report = _report(cli, french, "--baseline", "b.json", expect=0)
    assert report["summary"]["baseline"]["fixed"] == 0
    (repo / "b.json").write_bytes(before)
    report = _report(cli, "--lang", "es", "--baseline", "b.json", expect=0)
    assert report["summary"]["baseline"]["fixed"] == 0


def test_a_name_not_in_the_termbase_is_one_entry_whatever_the_run(  # type: ignore[no-untyped-def]
        repo: Path, cli_factory) -> None:
    """TP901 reports a name on the first unit of the run that holds it: a run of the French
    file or of ``--lang zh`` puts it elsewhere than a whole run. Its entry is the name alone,
    so partial updates leave the baseline as it was (they had added a second entry, which the
    next whole run called "fixed"), and only a run that read every release calls it fixed."""
    cli: Cli = cli_factory(repo)
    cli("check", "--baseline", "b.json", "--update-baseline")
    recorded = (repo / "b.json").read_bytes()
    names = [e for e in json.loads(recorded)["findings"] if e["code"] == "TP901"]
    assert names and all((e["lang"], e["release"], e["unit"]) == ("", "", "") for e in names)
    for partial in ((PO.format(lang="fr"),), ("--lang", "zh")):
        cli("check", *partial, "--baseline", "b.json", "--update-baseline")
        assert (repo / "b.json").read_bytes() == recorded, partial
    assert _report(cli, "--baseline", "b.json")["summary"]["baseline"]["fixed"] == 0
    document = json.loads(recorded)
    document["findings"].append({"code": "TP901", "lang": "", "release": "", "unit": "",
                                 "fingerprint": "0" * 20,
                                 "message": "«Nowhere Council» is not in the termbase"})
    (repo / "b.json").write_text(json.dumps(document), encoding="utf-8")
    assert _report(cli, PO.format(lang="fr"), "--baseline", "b.json")["summary"][
        "baseline"]["fixed"] == 0
    assert _report(cli, "--baseline", "b.json")["summary"]["baseline"]["fixed"] == 1
    # a file recorded before, its TP901 entries at their first unit's place: read as names
    old = json.loads(recorded)
    for entry in old["findings"]:
        if entry["code"] == "TP901":
            entry.update(lang="ar", release=SLUG, unit="p4.x", fingerprint="1" * 20)
    (repo / "b.json").write_text(json.dumps(old), encoding="utf-8")
    summary = _report(cli, "--baseline", "b.json")["summary"]["baseline"]
    assert summary["fixed"] == 0 and summary["known"] >= len(names)


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such baseline file"),
    ("{", "not valid JSON"),
    ('{"version": 7, "findings": []}', "not a transpub baseline"),
    ('{"version": 1, "findings": [\n  {"code": "TP201"}\n]}', "b.json:2: finding 1"),
    # another tool's file of the same shape (it had been taken as an empty baseline)
    ('{"version": 1,\n "tool": "ruff", "findings": []}',
     "b.json:2: the baseline of another tool ('ruff')"),
    ("folder", "b.json: a folder, not a baseline file"),
    ('{"version": 1, "findings": [\n  {"code": "TP201", "lang": "", "release": "", "unit": "",'
     ' "fingerprint": "x"}\n]}', "b.json:2: finding 1: needs its language and release"),
])
def test_bad_baseline_is_a_clear_error(repo: Path, cli_factory, content: str | None,  # type: ignore[no-untyped-def]
                                       message: str) -> None:
    cli: Cli = cli_factory(repo)
    if content == "folder":
        (repo / "b.json").mkdir()
    elif content is not None:
        (repo / "b.json").write_text(content, encoding="utf-8")
    cli("check", "--baseline", "b.json", expect=2)
    assert message in cli.err and "Traceback" not in cli.err
    assert cli.err.count("\n") == 1


def test_update_baseline_needs_a_file_and_a_whole_run(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    cli("check", "--update-baseline", expect=2)
    assert "--baseline FILE" in cli.err
    cli("check", "--baseline", "b.json", "--update-baseline", "--shard", "1/2", expect=2)
    assert not (repo / "b.json").exists()
    for args in (("--baseline", "locales", "--update-baseline"), ("--sarif", "locales")):
        cli("check", *args, expect=2)
        assert "locales: is a folder" in cli.err


# --- suppressions ----------------------------------------------------------------------------

def test_suppression_with_reason_silences_that_code_on_that_unit(repo: Path,
                                                                 cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    unit = _edit(repo / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020",
                 comment="transpub: ignore TP201 the ceremony moved, see the editor's note")
    report = _report(cli, expect=0)
    assert ("TP201", "fr", unit) not in _codes(report)
    assert report["summary"]["suppressed"] == 1
    cli("check", expect=0)
    assert "1 finding(s) suppressed" in cli.out
    sarif = json.loads(_sarif(cli))
    silenced = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert silenced[0]["ruleId"] == "TP201"
    assert silenced[0]["suppressions"][0]["justification"].startswith("the ceremony moved")


def test_suppression_survives_extract(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    unit = _edit(repo / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020",
                 comment="transpub: ignore TP201 the ceremony moved")
    source = repo / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("PRESS RELEASE",
                                                                 "PRESS STATEMENT"),
                      encoding="utf-8")
    cli("extract")
    report = _report(cli, "--select", "TP2,TP0")
    assert report["summary"]["suppressed"] == 1 and ("TP201", "fr", unit) not in _codes(report)


def _sarif(cli: Cli, *args: str) -> str:
    cli("check", "--format", "sarif", *args, expect=None)
    return cli.out


def test_suppression_does_not_reach_other_codes_or_units(repo: Path,
                                                         cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    po_file = repo / PO.format(lang="fr")
    unit = _edit(po_file, "p1.", "9 décembre 2020", "19 décembre 2020",
                 comment="transpub: ignore TP301 numbers as words")
    other = _edit(po_file, "p2.", "2019", "2018",
                  comment="transpub: ignore TP201 a different unit")
    report = _report(cli, expect=1)
    assert ("TP201", "fr", unit) in _codes(report)
    # the unit whose own comment names its code is silenced; unit's TP301 comment is unused
    assert ("TP201", "fr", other) not in _codes(report)
    assert ("TP002", "fr", unit) in _codes(report)


def test_suppression_without_reason_or_with_unknown_code_is_reported(repo: Path,
                                                                     cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    po_file = repo / PO.format(lang="fr")
    unit = _edit(po_file, "p1.", "9 décembre 2020", "19 décembre 2020",
                 comment="transpub: ignore TP201\ntranspub: ignore TP999 no such check")
    report = _report(cli, expect=1)
    assert ("TP201", "fr", unit) in _codes(report)  # no reason: not silenced
    messages = [f["message"] for f in report["findings"] if f["code"] == "TP001"]
    assert any("without a reason" in m for m in messages)
    assert any("TP999" in m for m in messages)


def test_unused_suppression_is_reported_unless_ignored(repo: Path,
                                                       cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo)
    po = polib.pofile(str(repo / PO.format(lang="ru")))
    entry = _entry(po, "p1.", "")
    entry.tcomment = "Reviewer: fine.\ntranspub: ignore TP101, TP301 kept as in the original"
    po.save()
    report = _report(cli, "--fail-on", "warning", expect=1)
    unused = [f for f in report["findings"] if f["code"] == "TP002"]
    assert sorted(f["message"].split()[2] for f in unused) == ["TP101", "TP301"]
    assert {f["line"] for f in unused} == {_line_of(repo / PO.format(lang="ru"),
                                                    str(entry.msgctxt))}
    cli("check", "--fail-on", "warning", "--ignore", "TP002", expect=0)
    # a check that did not run cannot say whether the comment is still needed
    report = _report(cli, "--fail-on", "warning", "--ignore", "TP3", expect=1)
    assert [f["message"].split()[2] for f in report["findings"]
            if f["code"] == "TP002"] == ["TP101"]


def _line_of(path: Path, ctxt: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line == f'msgctxt "{ctxt}"')


def test_suppression_in_a_standalone_po_file(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    po_file = tmp_path / "fr.po"
    po_file.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; '
                       'charset=UTF-8\\n"\n\n'
                       '# transpub: ignore TP301 — the French original gives no count\n'
                       'msgctxt "p1.x"\nmsgid "It has 12 members."\n'
                       'msgstr "Il compte de nombreux membres."\n', encoding="utf-8")
    cli: Cli = cli_factory(tmp_path)
    report = _report(cli, str(po_file), expect=0)
    assert report["summary"]["suppressed"] == 1 and not report["findings"]
    po_file.write_text(po_file.read_text(encoding="utf-8").replace("# transpub: ignore TP301 "
                                                                   "— the French original "
                                                                   "gives no count\n", ""),
                       encoding="utf-8")
    report = _report(cli, str(po_file), expect=None)
    assert "TP301" in {f["code"] for f in report["findings"]}
    # a workspace check does not run on a file checked on its own: not "unused" there
    po_file.write_text(po_file.read_text(encoding="utf-8").replace(
        'msgctxt "p1.x"', '# transpub: ignore TP604 kept out of step on purpose\n'
                          'msgctxt "p1.x"'), encoding="utf-8")
    report = _report(cli, str(po_file), expect=None)
    assert "TP002" not in {f["code"] for f in report["findings"]}


# --- report schemas --------------------------------------------------------------------------

def _broken(repo: Path) -> None:
    _edit(repo / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020",
          comment="transpub: ignore TP302 unused here")
    _edit(repo / PO.format(lang="es"), "p7.", "Subsecretaria General",
          "Secretaria General Adjunta")
    _edit(repo / PO.format(lang="ru"), "p1.", "Воронков", "Воронкоф",
          comment="transpub: ignore TP102 spelled as the family asked")


def test_sarif_is_valid_sarif_2_1_0_with_fingerprints(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    _broken(repo)
    cli: Cli = cli_factory(repo)
    cli("check", "--baseline", "b.json", "--update-baseline", "--lang", "ar", expect=0)
    prints: list[set[str]] = []
    documents = []
    for args in ((), ("--baseline", "b.json")):
        document = json.loads(_sarif(cli, *args))
        documents.append(document)
        results = document["runs"][0]["results"]
        prints.append({r["partialFingerprints"]["transpubFinding/v1"] for r in results})
        assert results and all(prints[-1])
    assert prints[1] < prints[0]  # the baseline's (Arabic) findings are no longer reported
    assert all(r["baselineState"] == "new" for r in results if "suppressions" not in r)
    # the JSON report carries the same fingerprints
    report = _report(cli)
    assert {f["fingerprint"] for f in report["findings"]} <= prints[0]
    sharded = json.loads(_sarif(cli, "--shard", "1/1"))
    assert sharded["runs"][0]["automationDetails"]["id"] == "transpub/shard-1-of-1/"
    # last: skipped when the (third-party) schema is absent
    schema = json.loads(realdata.path(f"{SCHEMAS}/sarif-schema-2.1.0.json").read_text("utf-8"))
    for valid in (*documents, sharded):
        jsonschema.Draft4Validator(schema).validate(valid)
    bad = dict(document, version="2.0")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(bad)


def test_junit_is_valid_against_the_jenkins_schema(repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    _broken(repo)
    cli: Cli = cli_factory(repo)
    schema = etree.XMLSchema(etree.parse(str(realdata.path(f"{SCHEMAS}/junit-10.xsd"))))
    cli("check", "--format", "junit", expect=1)
    document = etree.fromstring(cli.out.encode("utf-8"))
    schema.assertValid(document)
    assert document.findall(".//failure")
    broken = etree.fromstring(cli.out.encode("utf-8"))
    broken.find(".//testcase").set("bogus", "1")  # type: ignore[union-attr]
    assert not schema.validate(broken)


def test_json_report_with_baseline_and_suppressions_matches_its_schema(
        repo: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources

    _broken(repo)
    cli: Cli = cli_factory(repo)
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    schema = json.loads(resources.files("transpub").joinpath(
        "schema/check-report.schema.json").read_text(encoding="utf-8"))
    report = _report(cli, "--baseline", "b.json", expect=0)
    jsonschema.validate(report, schema)
    assert report["summary"]["suppressed"] == 1
