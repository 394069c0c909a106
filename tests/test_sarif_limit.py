"""A SARIF log holds at most 25,000 results (``formats.SARIF_MAX_RESULTS``): GitHub code
scanning rejects a run with more, so a large workspace's upload used to fail whole. The most
severe are kept, each severity in report order, and the log says how many were left out; the
JSON report still lists all."""

from __future__ import annotations

import json

import jsonschema

from transpub import formats
from transpub.checker import CheckRun
from transpub.checks import Finding, Severity

import realdata


def _finding(number: int, severity: Severity) -> Finding:
    return Finding("TP601" if severity is Severity.INFO else "TP301", severity, "fr",
                   f"locales/fr/LC_MESSAGES/r{number % 7}.po", number, f"p{number}.s",
                   f"message {number}", check="x")


def _run(errors: int, warnings: int, infos: int, suppressed: int) -> CheckRun:
    findings = ([_finding(i, Severity.INFO) for i in range(infos)]
                + [_finding(i, Severity.ERROR) for i in range(errors)]
                + [_finding(i, Severity.WARNING) for i in range(warnings)])
    return CheckRun(findings, ["f.po"], len(findings), {"TP301", "TP601"},
                    suppressed=[(_finding(i, Severity.ERROR), "why") for i in range(suppressed)])


def test_a_run_past_the_limit_keeps_the_most_severe() -> None:
    limit = formats.SARIF_MAX_RESULTS
    run = _run(errors=limit - 10, warnings=6, infos=300, suppressed=5)
    document = json.loads(formats.to_sarif(run))
    results = document["runs"][0]["results"]
    assert len(results) == limit
    levels = [r["level"] for r in results]
    assert levels.count("error") == limit - 10 and levels.count("warning") == 6
    assert levels.count("note") == 4 and not any("suppressions" in r for r in results)
    # each severity in report order
    notes = [r["message"]["text"] for r in results if r["level"] == "note"]
    assert notes == [f"[fr] message {i}" for i in range(4)]
    [notice] = document["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notice["message"]["text"].startswith(f"301 of {limit + 301} results left out")
    # the JSON report is not cut
    assert len(json.loads(formats.to_json(run, Severity.ERROR))["findings"]) == limit + 296
    schema = json.loads(realdata.path("tests/schemas/sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(document)


def test_a_run_within_the_limit_is_whole() -> None:
    run = _run(errors=3, warnings=2, infos=1, suppressed=2)
    document = json.loads(formats.to_sarif(run))
    assert len(document["runs"][0]["results"]) == 8
    assert "invocations" not in document["runs"][0]
