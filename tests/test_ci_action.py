"""The GitHub composite action: its definition, and its shell step run locally as a runner would."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import polib
import pytest
import yaml

import realdata
from conftest import REPO, SLUG

SCRIPT = REPO / "ci" / "github-action.sh"
PO = Path("ws/locales/fr/LC_MESSAGES") / f"{SLUG}.po"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A repository checkout holding a translated workspace in the folder ``ws``."""
    root = tmp_path / "checkout"
    (root / "ws").mkdir(parents=True)
    shutil.copy2(REPO / "transpub.toml", root / "ws" / "transpub.toml")
    for name in ("source", "locales"):
        shutil.copytree(REPO / name, root / "ws" / name)
    return root


def _step(checkout: Path, tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str],
                                                                   dict[str, str]]:
    """Run the action's shell step with the environment the composite action gives it."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("INPUT_")}
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    env.update(GITHUB_OUTPUT=str(output), GITHUB_ACTION_PATH=str(REPO), INPUT_INSTALL="false",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "src"),
                                                        env.get("PYTHONPATH")])))
    done = subprocess.run(["bash", str(SCRIPT)], cwd=checkout, env=env, text=True,
                          capture_output=True, check=False, timeout=300)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if line)
    return done, outputs


def _break(checkout: Path) -> str:
    po = polib.pofile(str(checkout / PO))
    entry = next(e for e in po if e.msgctxt.startswith("p1.") and "9 décembre 2020" in e.msgstr)
    entry.msgstr = entry.msgstr.replace("9 décembre 2020", "19 décembre 2020")
    po.save()
    return str(entry.msgctxt)


def test_action_definition_passes_every_input_to_the_script() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    assert "ci/github-action.sh" in step["run"] and step["shell"] == "bash"
    script = SCRIPT.read_text(encoding="utf-8")
    for name in action["inputs"]:
        variable = "INPUT_" + name.upper().replace("-", "_")
        if name in {"upload-sarif", "python-version"}:  # used by the action's other steps
            continue
        assert step["env"][variable] == f"${{{{ inputs.{name} }}}}"
        assert variable in script, variable
    assert {"workspace", "languages", "fail-level", "baseline"} <= set(action["inputs"])
    upload = action["runs"]["steps"][-1]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")


def test_findings_become_annotations_and_sarif_and_fail_the_step(checkout: Path,
                                                                 tmp_path: Path) -> None:
    unit = _break(checkout)
    done, outputs = _step(checkout, tmp_path, workspace="ws", languages="fr, es",
                          sarif_file="out/transpub.sarif")
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    expected = rf"::error file={re.escape(str(PO))},line=\d+,title=TP201"
    assert errors and re.match(expected, errors[0])
    assert unit in errors[0]
    assert outputs == {"sarif-file": "out/transpub.sarif", "exit-code": "1"}
    sarif = json.loads((checkout / "out/transpub.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    assert uris == {str(PO)}  # relative to the repository root, as code scanning needs
    assert {r["properties"]["lang"] for r in sarif["runs"][0]["results"]} == {"fr"}
    # last: skipped when the (third-party) schema is absent
    schema = json.loads(realdata.path("tests/schemas/sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)


def test_baseline_input_turns_known_findings_green(checkout: Path, tmp_path: Path) -> None:
    _break(checkout)
    subprocess.run(["python3", "-m", "transpub", "check", "-C", "ws", "--baseline",
                    "ws/transpub-baseline.json", "--update-baseline", "-q"], cwd=checkout,
                   env={**os.environ, "PYTHONPATH": str(REPO / "src")}, check=True,
                   capture_output=True)
    done, outputs = _step(checkout, tmp_path, workspace="ws",
                          baseline="ws/transpub-baseline.json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "::error" not in done.stdout and outputs["exit-code"] == "0"
    # the fail level is an input too
    done, outputs = _step(checkout, tmp_path, workspace="ws", fail_level="info")
    assert done.returncode == 1 and outputs["exit-code"] == "1"


def test_bad_input_is_exit_2_without_a_sarif_to_upload(checkout: Path, tmp_path: Path) -> None:
    (checkout / "transpub.sarif").write_text("{}", encoding="utf-8")  # from an earlier run
    done, outputs = _step(checkout, tmp_path, workspace="ws", languages="xx-nonsense")
    assert done.returncode == 2 and done.stderr.startswith("transpub: error:")
    assert outputs == {"exit-code": "2"}
    assert not (checkout / "transpub.sarif").exists()
