"""PO files of the WMT21 biomedical translations, to check (README "Biomedical translations
with their errors annotated").

    python3 benchmarks/tools/biomqm_po.py GIT_DIR OUT_DIR
    python3 -m transpub check OUT_DIR/ref_es.po --no-cache --format json   # (and fr, ru, zh;
                                                                          # mt_*.po the same)

GIT_DIR: a git directory of GitHub amazon-science/bio-mqm-dataset (Apache-2.0; session 53
read commit 92e494c13e261328e3efe99041767c645d4135f5, e.g. ``fetch`` ->
/work/.mirror/amazon-science+bio-mqm-dataset/repo). It writes, per language (es, fr, ru, zh),
``ref_<lang>.po``: every distinct (source, translation) pair of the expert linguists' reference
translations (round two's reference.json and reference_r1.json, round one's batch 2), and
``mt_<lang>.po``: the MT systems' pairs of rounds one and two, every k-th so that a language has
at most 3,000 (k = 1 for es, fr, ru; 2 for zh). Units are ``u<n>`` in the files' order; the
annotations stay in the dataset (its ``target_errors``, ``source_errors``).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

import polib

LANGS = ("es", "fr", "ru", "zh")
ROUND_TWO = "data/v2/target/main_phase/round_two/"
BATCH_TWO = "data/v1/target/main_phase/round_one/batch2/"
#: round one's batch 2 (annotated references), per language
REFERENCES = {
    "es": ["medline_en2eses_Batch2/v1_20230627/medline_wmt_enus-eses.json",
           "medline_en2eslatam_Batch2/v1_20206273/medline_wmt_enus-eslatam.json",
           "medline_en2esmx_Batch2/v1_20230627/medline_wmt_enus-esmx.json",
           "medline_en2esmx_Batch2/v2_20230707/medline_wmt_enus-esmx.json"],
    "fr": ["medline_en2frfr_Batch2/v1_20230627/medline_wmt_enus-frfr.json"],
    "ru": ["medline_en2ruru_Batch2/v1_20230627/medline_wmt_enus-ruru.json"],
    "zh": ["medline_en2zh_Batch2/v1_20230627/medline_wmt_enus-zhcn.json"],
}
SAMPLE = 3000


def _load(git_dir: Path, name: str) -> list[dict[str, object]]:
    data = subprocess.run(["git", "-C", str(git_dir), "show", f"HEAD:{name}"],
                          capture_output=True, check=True).stdout
    rows: list[dict[str, object]] = json.loads(data.decode("utf-8-sig"))
    return rows


def _pairs(git_dir: Path, files: list[str]) -> list[tuple[str, str]]:
    """The distinct (source, target) pairs of ``files``, in their order."""
    seen: dict[tuple[str, str], None] = {}
    for name in files:
        for row in _load(git_dir, name):
            source, target = str(row["source"]).strip(), str(row["target"]).strip()
            if source and target:
                seen.setdefault((source, target), None)
    return list(seen)


def _mt_files(git_dir: Path, lang: str) -> list[str]:
    names = subprocess.run(["git", "-C", str(git_dir), "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.split("\n")
    out = []
    for name in names:
        parts = name.split("/")
        if not name.endswith(".json") or "reference" in name:
            continue
        if ("round_two" in parts and parts[-2] == f"en2{lang}") or (
                "batch1" in parts and parts[6] == f"medline_en2{lang}"):
            out.append(name)
    return out


def _write(pairs: list[tuple[str, str]], lang: str, path: Path) -> None:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
    for number, (source, target) in enumerate(pairs):
        po.append(polib.POEntry(msgctxt=f"u{number}", msgid=source, msgstr=target))
    po.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        refs = _pairs(args.git_dir, [ROUND_TWO + f"en2{lang}/reference.json",
                                     ROUND_TWO + f"en2{lang}/reference_r1.json"]
                      + [BATCH_TWO + name for name in REFERENCES[lang]])
        _write(refs, lang, args.out_dir / f"ref_{lang}.po")
        machine = _pairs(args.git_dir, _mt_files(args.git_dir, lang))
        step = max(1, math.ceil(len(machine) / SAMPLE))
        _write(machine[::step], lang, args.out_dir / f"mt_{lang}.po")
        print(f"{lang}: {len(refs)} reference pairs, {len(machine[::step])} MT pairs "
              f"(every {step} of {len(machine)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
