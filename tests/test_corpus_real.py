"""The checker on officially published translations (tests/corpus_real/, see its SOURCES.md; the
PO files are third-party data kept outside git, found by ``realdata``):
every finding was judged by hand once (``judgements/<lang>.json``); a new or unjudged finding (a
false alarm until judged) or a lost true error fails, one test per language."""

from __future__ import annotations

import json

import pytest

import realcorpus
import realdata
from conftest import REPO, run_subprocess

Found = list[realcorpus.Key]

#: false alarms per 1,000 units allowed per language: the issue's bar, 1.0, everywhere
#: (a language above it would be written here as a ceiling that stops it from growing, not a new
#: bar; with po5/ judged and fixed, none is)
CEILING: dict[str, float] = {}


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Found, int]:
    files = [str(p) for folder in realcorpus.PO_DIRS for p in realdata.paths(folder, ".po")]
    assert len(files) == 5 * len(realcorpus.PO_DIRS)
    # the real CLI, once for the module (the five languages' tests share its report)
    run = run_subprocess(["check", *files, "--termbase", str(REPO / "locales" / "termbase.tbx"),
                          "--format", "json"], tmp_path_factory.mktemp("corpus_real"))
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    found = [(f["lang"], f["code"], f["unit"], f.get("expected", ""))
             for f in report["findings"] if f["severity"] != "info"]
    return found, report["summary"]["units"] // 5


@pytest.mark.parametrize("lang", realcorpus.LANGS)
def test_real_corpus_precision_and_true_errors(lang: str, corpus_run: tuple[Found, int]) -> None:
    found_all, units = corpus_run
    assert units >= 1000
    found = [k for k in found_all if k[0] == lang]
    judged = {k: v for k, v in realcorpus.judgements().items() if k[0] == lang}
    # a finding nobody judged is a new false alarm until judged
    assert [k for k in found if k not in judged] == []
    # artefacts (the corpus's extraction or alignment, not the published text) are neither
    alarms = [k for k in found if judged.get(k) == "false"]
    # the bar: at most 1 false alarm per 1,000 units in every language
    assert 1000 * len(alarms) / units <= CEILING.get(lang, 1.0), alarms
    lost = [k for k, verdict in judged.items() if verdict == "true" and k not in found]
    assert lost == []


def test_real_corpus_finds_its_true_errors(corpus_run: tuple[Found, int]) -> None:
    found, _ = corpus_run
    judged = realcorpus.judgements()
    assert sum(1 for k in found if judged.get(k) == "true") >= 63
