"""Precision of ``transpub check`` on officially published translations (tests/corpus_real/).

    python3 benchmarks/real_precision.py [--json FILE]

The PO files are third-party data kept outside git: they are found (and their sha256 checked) as
the tests find them, see ``tests/realdata.py`` and ``tests/corpus_real/SOURCES.md``.

Checks the corpus's PO files the way CI checks PO files from anywhere (``transpub check FILES
--termbase locales/termbase.tbx``, in-process) and compares every error or warning with the
hand judgements in ``tests/corpus_real/judgements/<lang>.json``: true errors in the published texts
found, false alarms per 1,000 units per language and per check, findings that are the corpus's own
artefacts (its extraction or alignment, not the published text: counted as neither), and findings
nobody has judged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from transpub.checker import check_files
from transpub.checks import REGISTRY, Severity
from transpub.termbase import load_termbases

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import realcorpus  # noqa: E402  (the corpus's parts and judgements)
import realdata  # noqa: E402  (the tests' finder of third-party files)

PO_DIRS = realcorpus.PO_DIRS
Key = realcorpus.Key


@dataclass
class Outcome:
    units: Counter[str] = field(default_factory=Counter)
    true_found: list[Key] = field(default_factory=list)
    true_lost: list[Key] = field(default_factory=list)
    false_alarms: list[Key] = field(default_factory=list)
    artefacts: list[Key] = field(default_factory=list)
    unjudged: list[tuple[Key, str]] = field(default_factory=list)


def evaluate() -> Outcome:
    files = [realdata.locate(f"{folder}/{name}") for folder in PO_DIRS
             for name in realdata.listed(folder, ".po")]
    termbase = load_termbases([ROOT / "locales" / "termbase.tbx"])
    run = check_files(files, termbase, set(REGISTRY), (), "en", 1)
    judged = realcorpus.judgements()
    outcome = Outcome()
    for path in files:
        outcome.units[path.stem] += path.read_text(encoding="utf-8").count("\nmsgctxt ")
    seen: set[Key] = set()
    for item in run.findings:
        if item.severity < Severity.WARNING:
            continue
        key = (item.lang, item.code, item.unit, item.expected)
        seen.add(key)
        verdict = judged.get(key)
        if verdict == "true":
            outcome.true_found.append(key)
        elif verdict == "false":
            outcome.false_alarms.append(key)
        elif verdict == "artefact":
            outcome.artefacts.append(key)
        else:
            outcome.unjudged.append((key, item.message))
    outcome.true_lost = [k for k, v in judged.items() if v == "true" and k not in seen]
    return outcome


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    try:
        outcome = evaluate()
    except (realdata.Missing, realdata.Mismatch) as exc:
        print(f"real_precision: {exc}", file=sys.stderr)
        return 2
    langs = sorted(outcome.units)
    true_by = Counter(k[0] for k in outcome.true_found)
    false_by = Counter(k[0] for k in outcome.false_alarms + [k for k, _ in outcome.unjudged])
    print("| | " + " | ".join(langs) + " | all |")
    print("|---|" + "---:|" * (len(langs) + 1))
    print("| units | " + " | ".join(str(outcome.units[lang]) for lang in langs)
          + f" | {sum(outcome.units.values())} |")
    print("| true errors found | " + " | ".join(str(true_by[lang]) for lang in langs)
          + f" | {len(outcome.true_found)} |")
    artefact_by = Counter(k[0] for k in outcome.artefacts)
    print("| the corpus's artefacts | " + " | ".join(str(artefact_by[lang]) for lang in langs)
          + f" | {len(outcome.artefacts)} |")
    print("| false alarms | " + " | ".join(str(false_by[lang]) for lang in langs)
          + f" | {sum(false_by.values())} |")
    print("| false alarms per 1,000 units | " + " | ".join(
        f"{1000 * false_by[lang] / outcome.units[lang]:.1f}" for lang in langs)
        + f" | {1000 * sum(false_by.values()) / sum(outcome.units.values()):.1f} |")
    by_check = Counter(k[1] for k in outcome.false_alarms + [k for k, _ in outcome.unjudged])
    print("\nfalse alarms by check:", dict(sorted(by_check.items())) or "none")
    print("true errors by check:", dict(sorted(Counter(k[1] for k in outcome.true_found).items())))
    for key, message in outcome.unjudged:
        print("unjudged:", *key, message)
    for key in outcome.true_lost:
        print("lost true error:", *key)
    if args.json:
        args.json.write_text(json.dumps({
            "units": dict(outcome.units), "true_found": len(outcome.true_found),
            "artefacts": len(outcome.artefacts),
            "true_lost": outcome.true_lost, "false_alarms": outcome.false_alarms,
            "unjudged": [[*k, m] for k, m in outcome.unjudged]}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
