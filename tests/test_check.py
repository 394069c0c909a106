"""transpub check through the real CLI: the sample is clean; injected errors are caught."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import polib
import pytest
from lxml import etree

from conftest import SLUG, Cli, copy_sample

PO = "locales/{lang}/LC_MESSAGES/" + SLUG + ".po"


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_sample(tmp_path, output=True)


def _edit(po_file: Path, unit_prefix: str, find: str, replace: str) -> str:
    po = polib.pofile(str(po_file))
    entry = next(e for e in po if e.msgctxt and e.msgctxt.startswith(unit_prefix)
                 and find in e.msgstr)
    entry.msgstr = entry.msgstr.replace(find, replace, 1)
    po.save()
    return str(entry.msgctxt)


def _json(cli: Cli, *args: str, expect: int | None = None) -> dict:  # type: ignore[type-arg]
    cli("check", "--format", "json", *args, expect=expect)
    return json.loads(cli.out)


def test_sample_is_clean(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, "--fail-on", "warning", expect=0)
    assert report["summary"]["by_severity"]["error"] == 0
    assert report["summary"]["by_severity"]["warning"] == 0
    assert report["summary"]["files"] == 5


INJECTIONS = [
    ("ru", "p1.", "Воронков", "Воронкоф", "TP102"),
    ("fr", "p1.", "9 décembre 2020", "19 décembre 2020", "TP201"),
    ("zh", "p1.", "2020年12月9日", "2020年12月8日", "TP201"),
    ("es", "p2.", "15 de diciembre de 2019", "15 de diciembre de 2018", "TP201"),
    ("ar", "p6.", "7 كانون الأول/ديسمبر 2020", "7 تشرين الثاني/نوفمبر 2020", "TP201"),
    ("es", "p7.", "Subsecretaria General", "Secretaria General Adjunta", "TP101"),
    ("fr", "p7.", "Ghada Fathi Waly", "Asako Okai", "TP101"),
    ("ru", "contact2", "<x1/>", "gerardl@un.org", "TP501"),
    ("zh", "p3.", "</a1>", "", "TP501"),
    ("ar", "title", "مكتب مكافحة الإرهاب", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "TP101"),
]


@pytest.mark.parametrize(("lang", "unit", "find", "replace", "code"), INJECTIONS)
def test_injected_error_is_caught_on_the_right_unit(
        repo_copy: Path, cli_factory, lang: str, unit: str, find: str,  # type: ignore[no-untyped-def]
        replace: str, code: str) -> None:
    ctxt = _edit(repo_copy / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, expect=1)
    hits = [f for f in report["findings"] if f["unit"] == ctxt and f["lang"] == lang
            and f["file"].endswith(f"{lang}/LC_MESSAGES/{SLUG}.po")]
    assert code in {f["code"] for f in hits}, report["findings"]


def test_date_in_wrong_style_is_a_warning(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ctxt = _edit(repo_copy / PO.format(lang="ar"), "p1.", "9 كانون الأول/ديسمبر 2020",
                 "9 ديسمبر 2020")
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, expect=0)
    finding = next(f for f in report["findings"] if f["unit"] == ctxt)
    assert finding["code"] == "TP203" and finding["severity"] == "warning"
    assert finding["expected"] == "9 كانون الأول/ديسمبر 2020"
    _json(cli, "--fail-on", "warning", expect=1)


#: CLDR's Arabic month names (the Egyptian ones alone), as a newsroom outside the UN may write
#: its dates: ``[style.ar] months``
_EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_workspaces_own_house_style_is_the_one_checked(
        repo_copy: Path, cli_factory, jobs: str,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """TP203 used the UN's house style whatever the workspace configured: a date written as
    the workspace's ``[style.<lang>]`` says (and as its build writes it) was reported, with
    the UN's form as the one expected. (``-j 2``: a forked worker checks too, its styles held
    before the fork.)"""
    import transpub.checker

    monkeypatch.setattr(transpub.checker, "PARALLEL_THRESHOLD", 2)  # (the sample's 5 files)
    with (repo_copy / "transpub.toml").open("a", encoding="utf-8") as config:
        config.write("\n[style.ar]\nmonths = [" + ", ".join(f'"{m}"' for m in _EGYPTIAN)
                     + "]\n")
    cli: Cli = cli_factory(repo_copy)
    assert cli("build", expect=None) == 0, cli.err
    page = (repo_copy / "output" / "ar" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "9 ديسمبر 2020" in page  # (what the build writes)
    ctxt = _edit(repo_copy / PO.format(lang="ar"), "p1.", "9 كانون الأول/ديسمبر 2020",
                 "9 ديسمبر 2020")
    report = _json(cli, "--no-cache", "-j", jobs, expect=0)
    assert not [f for f in report["findings"] if f["unit"] == ctxt and f["code"] == "TP203"]
    # a form that is neither the workspace's nor the UN's: the workspace's is the one expected
    _edit(repo_copy / PO.format(lang="ar"), "p1.", "9 ديسمبر 2020", "9 ديسمبر/كانون الأول 2020")
    report = _json(cli, "--no-cache", "-j", jobs, expect=0)
    found = [f for f in report["findings"] if f["unit"] == ctxt and f["code"] == "TP203"]
    assert len(found) == 1 and found[0]["expected"] == "9 ديسمبر 2020", report["findings"]


def test_untranslated_and_copied_units(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    po = polib.pofile(str(repo_copy / PO.format(lang="fr")))
    entries = [e for e in po if e.msgctxt and e.msgctxt.startswith("p2.")]
    entries[0].msgstr = ""
    entries[1].msgstr = entries[1].msgid
    po.save()
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, expect=1)
    codes = {(f["unit"], f["code"]) for f in report["findings"]}
    assert (entries[0].msgctxt, "TP601") in codes
    assert (entries[1].msgctxt, "TP603") in codes


def test_files_mode_needs_no_workspace(repo_copy: Path, tmp_path: Path,
                                       cli_factory) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    po_file = outside / "ru.po"
    shutil.copy2(repo_copy / PO.format(lang="ru"), po_file)
    _edit(po_file, "p1.", "Воронков", "Воронкоф")
    cli: Cli = cli_factory(outside)
    report = _json(cli, "ru.po", "--termbase", str(repo_copy / "locales" / "termbase.tbx"),
                   expect=1)
    assert {f["code"] for f in report["findings"]} >= {"TP102"}
    assert report["findings"][0]["file"] == "ru.po"
    misspelt = next(f for f in report["findings"] if f["code"] == "TP102")
    assert misspelt["expected"] == "Владимир Воронков"  # the source names him in full


def test_po_without_language_header(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    po_file = tmp_path / "x.po"
    po_file.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "Held on 9 December 2020."\nmsgstr "Tenu le 9 décembre 2021."\n',
                       encoding="utf-8")
    cli: Cli = cli_factory(tmp_path)
    cli("check", "x.po", expect=2)
    assert "no Language header" in cli.err and "x.po" in cli.err and "--lang" in cli.err
    report = _json(cli, "x.po", "--lang", "fr", expect=1)
    assert report["findings"][0]["code"] == "TP201"
    assert report["findings"][0]["unit"] == "Held on 9 December 2020."


@pytest.mark.parametrize(("content", "message"), [
    ("<martif><text><body><termEntry id='a'>", "malformed XML"),
    ("<martif><text><body><termEntry id='x'><langSet xml:lang='fr'><tig><term>Bureau</term>"
     "</tig></langSet></termEntry></body></text></martif>", "no concept has a en term"),
    ("<!DOCTYPE martif [<!ENTITY a 'b'>]><martif/>", "DOCTYPE"),
])
def test_bad_termbase_is_a_clear_error(repo_copy: Path, cli_factory, content: str,  # type: ignore[no-untyped-def]
                                       message: str) -> None:
    bad = repo_copy / "bad.tbx"
    bad.write_text(content, encoding="utf-8")
    cli: Cli = cli_factory(repo_copy)
    cli("check", "--termbase", "bad.tbx", expect=2)
    assert message in cli.err and "bad.tbx" in cli.err and "Traceback" not in cli.err


def test_select_and_ignore(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    _edit(repo_copy / PO.format(lang="ru"), "p1.", "Воронков", "Воронкоф")
    cli: Cli = cli_factory(repo_copy)
    assert _json(cli, "--ignore", "TP102", expect=0)["summary"]["by_code"].get("TP102") is None
    report = _json(cli, "--select", "TP1", expect=1)
    assert set(report["summary"]["by_code"]) <= {"TP101", "TP102", "TP103", "TP104"}
    cli("check", "--select", "TP999", expect=2)
    assert "unknown check code" in cli.err


def test_json_report_matches_schema_and_has_matrix(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    _edit(repo_copy / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020")
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, expect=1)
    schema = json.loads(resources.files("transpub").joinpath(
        "schema/check-report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    matrix = report["summary"]["matrix"]
    assert matrix["person: vladimir-voronkov"]["ru"] == "ok"
    date_row = next(v for k, v in matrix.items() if k.startswith("date: 9 December 2020"))
    assert set(date_row) == {"label", "ar", "zh", "fr", "ru", "es"}


def test_the_matrix_compares_dates_as_dates(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """A date the translation changed is not carried (any date in the translation had been
    ✓: «8 décembre» for "7 December", which TP201 reported in the same run)."""
    _edit(repo_copy / PO.format(lang="fr"), "p6.", "7 décembre 2020", "8 décembre 2020")
    cli: Cli = cli_factory(repo_copy)
    matrix = _json(cli, expect=1)["summary"]["matrix"]
    row = next(v for k, v in matrix.items() if k.startswith("date: 7 December 2020"))
    assert row["fr"] == "missing in 1" and row["es"] == row["ru"] == "ok"
    assert next(v for k, v in matrix.items() if k.startswith("date: 9 December"))["fr"] == "ok"


@pytest.mark.parametrize("cache", [True, False])
def test_a_missing_po_file_is_an_error(repo_copy: Path, cli_factory, cache: bool) -> None:  # type: ignore[no-untyped-def]
    """A release without its French PO file: TP608, exit 1 (the run had passed, exit 0,
    where an empty file fails with one TP601 a unit); the same from the check cache."""
    (repo_copy / PO.format(lang="fr")).unlink()
    cli: Cli = cli_factory(repo_copy)
    flags = () if cache else ("--no-cache",)
    for _ in range(2):
        report = _json(cli, *flags, expect=1)
        missing = [f for f in report["findings"] if f["code"] == "TP608"]
        assert [(f["lang"], f["file"], f["severity"]) for f in missing] == [
            ("fr", PO.format(lang="fr"), "error")]
        assert "transpub extract" in missing[0]["message"]
    cli("check", *flags, "--ignore", "TP608", expect=0)


def test_junit_sarif_and_github_formats(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ctxt = _edit(repo_copy / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020")
    cli: Cli = cli_factory(repo_copy)
    cli("check", "--format", "junit", expect=1)
    suites = etree.fromstring(cli.out.encode())
    failures = suites.xpath("//testcase[failure]")
    assert len(failures) == 1
    assert failures[0].get("name") == "TP201 date-mismatch"
    assert failures[0].get("classname").endswith(f"fr/LC_MESSAGES/{SLUG}.po")
    assert int(suites.get("tests")) == len(suites.xpath("//testcase")) > 5
    cli("check", "--format", "sarif", expect=1)
    sarif = json.loads(cli.out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    date_results = [r for r in results if r["ruleId"] == "TP201"]
    assert date_results[0]["level"] == "error"
    assert date_results[0]["logicalLocations" if False else "locations"][0][
        "logicalLocations"][0]["name"] == ctxt
    rule_ids = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert "TP201" in rule_ids
    cli("check", "--format", "github", expect=1)
    lines = [line for line in cli.out.splitlines() if line.startswith("::error ")]
    assert any(f"fr/LC_MESSAGES/{SLUG}.po" in line and "title=TP201" in line for line in lines)


def test_junit_fails_on_built_pages_and_says_a_warning_is_one(  # type: ignore[no-untyped-def]
        repo_copy: Path, cli_factory) -> None:
    """A TP801 error on a built page (not one of the PO files) is a JUnit failure too: the
    report had said ``failures="0"`` on a run that exited 1; a failing warning's ``type`` is
    "warning" (it was the check's default severity, "error" for TP301)."""
    page = repo_copy / "output" / "fr" / f"{SLUG}.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("</title>", " (draft)</title>", 1), encoding="utf-8")
    _edit(repo_copy / PO.format(lang="es"), "p3.", "cuatro pilares", "cinco pilares")
    cli: Cli = cli_factory(repo_copy)
    cli("check", "--format", "junit", "--fail-on", "warning", expect=1)
    suites = etree.fromstring(cli.out.encode())
    failed = {(case.get("classname").split("/")[-1], case.get("name").split()[0]):
              case.find("failure").get("type") for case in suites.xpath("//testcase[failure]")}
    assert failed[(f"{SLUG}.html", "TP801")] == "error"
    assert failed[(f"{SLUG}.po", "TP301")] == "warning"
    assert int(suites.get("failures")) == len(failed)


def test_gitlab_code_quality_format(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """GitLab's Code Quality report (``artifacts: reports: codequality``): a JSON array of
    issues with description, check_name, a fingerprint unique in the report, a severity of
    GitLab's scale and the file and line, the same findings as the JSON report, and the
    same exit status."""
    _edit(repo_copy / PO.format(lang="fr"), "p1.", "9 décembre 2020", "19 décembre 2020")
    _edit(repo_copy / PO.format(lang="ru"), "p1.", "Воронков", "Воронкоф")
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, expect=1)
    cli("check", "--format", "gitlab", expect=1)
    issues = json.loads(cli.out)
    assert isinstance(issues, list) and len(issues) == len(report["findings"])
    for issue, found in zip(issues, report["findings"], strict=True):
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["check_name"] == f"{found['code']} {found['check']}"
        assert issue["severity"] == {"error": "major", "warning": "minor",
                                     "info": "info"}[found["severity"]]
        assert issue["location"] == {"path": found["file"],
                                     "lines": {"begin": max(found["line"], 1)}}
        assert found["message"] in issue["description"] and found["unit"] in issue["description"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    date = next(i for i in issues if i["check_name"].startswith("TP201"))
    assert date["severity"] == "major" and date["location"]["path"].endswith(
        f"fr/LC_MESSAGES/{SLUG}.po")
    first = cli.out
    cli("check", "--format", "gitlab", expect=1)
    assert cli.out == first  # deterministic: GitLab compares a branch's report with its base's


def test_text_report_names_the_unit_and_summary(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ctxt = _edit(repo_copy / PO.format(lang="ru"), "p1.", "Воронков", "Воронкоф")
    cli: Cli = cli_factory(repo_copy)
    cli("check", expect=1)
    assert ctxt in cli.out and "TP102" in cli.out and "Воронков" in cli.out
    assert "1 error(s)" in cli.out


def test_headline_mismatch_between_outputs(repo_copy: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    page = repo_copy / "output" / "es" / f"{SLUG}.html"
    page.write_text(page.read_text(encoding="utf-8").replace("<h1>", "<h1>X ", 1),
                    encoding="utf-8")
    cli: Cli = cli_factory(repo_copy)
    report = _json(cli, expect=1)
    assert any(f["code"] == "TP801" and f["lang"] == "es" for f in report["findings"])


def test_a_title_inside_a_longer_title_does_not_count(tmp_path: Path,
                                                      cli_factory) -> None:  # type: ignore[no-untyped-def]
    termbase = tmp_path / "terms.csv"
    termbase.write_text(
        "concept,category,lang,term,status\n"
        "ed,title,en,Executive Director,preferred\n"
        "ed,title,zh,执行主任,preferred\n"
        "ded,title,en,Deputy Executive Director,preferred\n"
        "ded,title,zh,副执行主任,preferred\n", encoding="utf-8")
    po_file = tmp_path / "zh.po"
    po_file.write_text(
        'msgid ""\nmsgstr ""\n"Language: zh\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "p1"\nmsgid "The Executive Director spoke."\nmsgstr "副执行主任发言。"\n\n'
        'msgctxt "p2"\nmsgid "The Deputy Executive Director spoke."\nmsgstr "副执行主任发言。"\n',
        encoding="utf-8")
    cli: Cli = cli_factory(tmp_path)
    report = _json(cli, "zh.po", "--termbase", "terms.csv", "--ignore", "TP7", expect=1)
    assert [(f["unit"], f["code"]) for f in report["findings"]
            if f["severity"] == "error"] == [("p1", "TP101")]


def test_a_translation_shorter_than_a_term_is_no_crash(tmp_path: Path,
                                                       cli_factory) -> None:  # type: ignore[no-untyped-def]
    termbase = tmp_path / "terms.csv"
    termbase.write_text("concept,category,lang,term,status\n"
                        "c,organisation,en,Office of Counter-Terrorism,preferred\n"
                        "c,organisation,fr,Bureau de lutte contre le terrorisme,preferred\n",
                        encoding="utf-8")
    po_file = tmp_path / "fr.po"
    po_file.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
                       # (not «Bureau»: the head noun alone is TP101 info since session 34)
                       'msgid "The Office of Counter-Terrorism"\nmsgstr "Bur"\n',
                       encoding="utf-8")
    cli: Cli = cli_factory(tmp_path)
    report = _json(cli, "fr.po", "--termbase", "terms.csv", expect=1)
    assert report["findings"][0]["code"] == "TP101"


def test_a_copied_title_case_headline_is_untranslated_in_chinese(tmp_path: Path,
                                                                  cli_factory) -> None:  # type: ignore[no-untyped-def]
    po_file = tmp_path / "zh.po"
    po_file.write_text('msgid ""\nmsgstr ""\n"Language: zh\\n"\n\n'
                       'msgctxt "title"\nmsgid "UNODC Launches World Drug Report"\n'
                       'msgstr "UNODC Launches World Drug Report"\n\n'
                       'msgctxt "x"\nmsgid "UNODC"\nmsgstr "UNODC"\n', encoding="utf-8")
    cli: Cli = cli_factory(tmp_path)
    report = _json(cli, "zh.po", expect=1)
    assert [(f["unit"], f["code"]) for f in report["findings"]] == [("title", "TP603")]


def test_gitlab_fingerprints_stay_unique_when_findings_share_one(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """Two numbers missing from one translation are two findings with one baseline identity
    (no span in the translation to tell them apart): GitLab keeps one issue per fingerprint,
    so the second is made unique by its count, and the report still lists both."""
    po = polib.POFile()
    po.metadata = {"Language": "fr", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="p1", msgid="There were 512 cases and 37 deaths.",
                            msgstr="Il y a eu des cas et des décès."))
    po.save(str(tmp_path / "fr.po"))
    cli: Cli = cli_factory(tmp_path)
    cli("check", "fr.po", "--format", "json", expect=1)
    findings = [f for f in json.loads(cli.out)["findings"] if f["code"] == "TP301"]
    assert len(findings) == 2 and findings[0]["fingerprint"] == findings[1]["fingerprint"]
    cli("check", "fr.po", "--format", "gitlab", expect=1)
    issues = [i for i in json.loads(cli.out) if i["check_name"].startswith("TP301")]
    assert len(issues) == 2 and issues[0]["fingerprint"] == findings[0]["fingerprint"]
    assert issues[1]["fingerprint"] != issues[0]["fingerprint"]
