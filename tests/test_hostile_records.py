"""Files transpub reads that arrive nested 100,000 deep, or in another shape than its own
(a hostile-content pass, h3 repros 11, 12 and 13): one line naming the file, or (the build's
own record) read as damaged and rebuilt; never an internal error."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Cli

DEEP = "[" * 100_000 + "]" * 100_000


def test_a_transpub_toml_nested_too_deeply_is_one_line(workspace: Path, cli: Cli) -> None:
    config = workspace / "transpub.toml"
    config.write_text("# deep\n" + f"a = {DEEP}\n" + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    cli("build", expect=2)
    assert cli.err == ("transpub: error: transpub.toml:2: not a usable transpub.toml: values "
                       "nested too deeply\n")


def test_a_baseline_nested_too_deeply_is_one_line(workspace: Path, cli: Cli) -> None:
    (workspace / "bl.json").write_text(DEEP, encoding="utf-8")
    cli("check", "--baseline", "bl.json", expect=2)
    assert cli.err == "transpub: error: bl.json:1: not a transpub baseline (nested too deeply)\n"


def test_a_build_record_of_another_shape_is_rebuilt(workspace: Path, cli: Cli) -> None:
    """``{"slug": {"langs": []}}`` had failed every build (an internal error naming no file)
    until the record was deleted: it is damaged, as one that is no JSON, and the build writes
    it anew."""
    cli("build")
    record = workspace / "output" / ".transpub-build.json"
    slug = next(iter(json.loads(record.read_text(encoding="utf-8"))))
    for damaged in (json.dumps({slug: {"langs": []}}), json.dumps({slug: {"langs": {"fr": 5}}}),
                    DEEP):
        record.write_text(damaged, encoding="utf-8")
        cli("build")
        assert json.loads(record.read_text(encoding="utf-8"))[slug]["langs"]["fr"]["published"]
        record.write_text(damaged, encoding="utf-8")
        cli("build", "--index-only", expect=2)  # (the index pages' own reading: strict)
        assert cli.err.startswith("transpub: error: output/.transpub-build.json:1: damaged "
                                  "build manifest: "), cli.err
        assert cli.err.endswith("; delete it and build again\n"), cli.err
