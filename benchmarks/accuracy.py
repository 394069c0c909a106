"""Accuracy of ``transpub check`` on the corpus of tests/corpus: recall on injected translator
errors and false alarms on clean translations and legitimate variants, per language and kind.

    python benchmarks/accuracy.py [--corpus tests/corpus] [--json results.json]

Each release of the corpus becomes one PO file per target language (the way a translator returns
it); every injected error and every variant is applied on its own to a copy of that file, which is
checked the way CI checks PO files from anywhere (``transpub check FILE --termbase TBX``, run
in-process through the same function). An error counts as caught when a finding of severity
error (warning for the kind date-style) names its unit; a clean file or a variant counts as a
false alarm for every error- or warning-level finding.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import polib

from transpub.checker import check_files
from transpub.checks import Severity, select_codes
from transpub.termbase import load_termbases

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "es", "ru", "ar", "zh")
#: The level a finding must reach for the error to count as caught.
LEVEL = {"date-style": Severity.WARNING}


@dataclass
class Tally:
    caught: int = 0
    total: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return 100.0 * self.caught / self.total if self.total else 100.0


@dataclass
class Result:
    recall: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    alarms: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    variants: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    clean_units: int = 0

    def totals(self) -> tuple[int, int, int]:
        caught = sum(t.caught for t in self.recall.values())
        total = sum(t.total for t in self.recall.values())
        alarms = sum(len(v) for v in self.alarms.values())
        return caught, total, alarms


def _write_po(release: dict, lang: str, path: Path, override: dict[str, str] | None = None) -> None:  # type: ignore[type-arg]
    po = polib.POFile(wrapwidth=79)
    po.metadata = {
        "Project-Id-Version": release["slug"], "Language": lang,
        "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit", "X-Release-Date": release["release_date"],
    }
    for unit in release["units"]:
        target = (override or {}).get(unit["id"], unit[lang])
        po.append(polib.POEntry(msgctxt=unit["id"], msgid=unit["en"], msgstr=target))
    po.save(str(path))


def _apply(release: dict, change: dict) -> dict[str, str]:  # type: ignore[type-arg]
    unit = next(u for u in release["units"] if u["id"] == change["unit"])
    text = unit[change["lang"]]
    if change["find"] not in text:
        raise ValueError(f"{release['slug']}: {change['find']!r} not in {change['unit']}")
    return {change["unit"]: text.replace(change["find"], change["replace"], 1)}


def evaluate(corpus: Path) -> Result:
    termbase = load_termbases([corpus / "termbase.tbx"])
    codes = select_codes([], [])
    result = Result()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for file in sorted((corpus / "releases").glob("*.json")):
            release = json.loads(file.read_text(encoding="utf-8"))
            for lang in LANGS:
                po_file = work / f"{release['slug']}.{lang}.po"
                _write_po(release, lang, po_file)
                run = check_files([po_file], termbase, codes)
                result.clean_units += len(release["units"])
                for item in run.findings:
                    if item.severity >= Severity.WARNING:
                        result.alarms[(lang, "clean")].append(
                            f"{release['slug']} [{item.unit}] {item.code} {item.message}")
            for variant in release.get("variants", []):
                lang = variant["lang"]
                po_file = work / f"variant.{lang}.po"
                _write_po(release, lang, po_file, _apply(release, variant))
                run = check_files([po_file], termbase, codes)
                result.variants[(lang, variant["kind"])] += 1
                for item in run.findings:
                    if item.severity >= Severity.WARNING:
                        result.alarms[(lang, variant["kind"])].append(
                            f"{release['slug']} [{item.unit}] {item.code} {item.message}")
            for error in release["errors"]:
                lang, kind = error["lang"], error["kind"]
                po_file = work / f"error.{lang}.po"
                _write_po(release, lang, po_file, _apply(release, error))
                run = check_files([po_file], termbase, codes)
                level = LEVEL.get(kind, Severity.ERROR)
                tally = result.recall[(lang, kind)]
                tally.total += 1
                if any(f.unit == error["unit"] and f.severity >= level for f in run.findings):
                    tally.caught += 1
                else:
                    tally.missed.append(f"{release['slug']} [{error['unit']}] "
                                        f"{error['find']!r} -> {error['replace']!r}")
    return result


def report(result: Result) -> str:
    kinds = sorted({k for _, k in result.recall})
    lines = ["| kind | " + " | ".join(LANGS) + " | all |",
             "|---|" + "---:|" * (len(LANGS) + 1)]
    for kind in kinds:
        cells = []
        caught = total = 0
        for lang in LANGS:
            tally = result.recall.get((lang, kind), Tally())
            caught += tally.caught
            total += tally.total
            cells.append(f"{tally.caught}/{tally.total}" if tally.total else "–")
        lines.append(f"| {kind} | " + " | ".join(cells) + f" | {100.0 * caught / total:.0f} % |")
    caught, total, alarms = result.totals()
    per_lang = []
    for lang in LANGS:
        c = sum(t.caught for (lg, _), t in result.recall.items() if lg == lang)
        t = sum(t.total for (lg, _), t in result.recall.items() if lg == lang)
        per_lang.append(f"{100.0 * c / t:.1f} %" if t else "–")
    lines.append("| **recall** | " + " | ".join(per_lang)
                 + f" | **{100.0 * caught / total:.1f} %** ({caught}/{total}) |")
    variants = sum(result.variants.values())
    alarm_langs = []
    for lang in LANGS:
        alarm_langs.append(str(sum(len(v) for (lg, _), v in result.alarms.items() if lg == lang)))
    lines.append("| **false alarms** (error/warning) | " + " | ".join(alarm_langs)
                 + f" | **{alarms}** on {result.clean_units} clean units and {variants} "
                 "variants |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus)
    print(report(result))
    if args.verbose:
        for key, tally in sorted(result.recall.items()):
            for miss in tally.missed:
                print(f"missed {key[0]} {key[1]}: {miss}")
        for key, alarms in sorted(result.alarms.items()):
            for alarm in alarms:
                print(f"false alarm {key[0]} {key[1]}: {alarm}")
    if args.json:
        caught, total, alarms = result.totals()
        args.json.write_text(json.dumps({
            "recall": {f"{lang}/{kind}": [t.caught, t.total]
                       for (lang, kind), t in sorted(result.recall.items())},
            "false_alarms": {f"{lang}/{kind}": v for (lang, kind), v in
                             sorted(result.alarms.items())},
            "caught": caught, "total": total, "alarms": alarms}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
