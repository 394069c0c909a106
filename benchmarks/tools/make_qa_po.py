"""PO files of XQuAD's and MGSM's professional translations, for ``corpus_findings.py``.

    python3 benchmarks/tools/make_qa_po.py xquad MIRROR OUT   # OUT/po/<lang>.po, OUT/q/<lang>.po
    python3 benchmarks/tools/make_qa_po.py mgsm MIRROR OUT    # OUT/po/<lang>.po

MIRROR is the git directory a snapshot gave (``fetch github:deepmind/xquad`` for XQuAD,
``fetch github:google-research/url-nlp`` for MGSM); the files are read from its HEAD with
``git show``, never copied into this repository (the data's licences: XQuAD CC BY-SA 4.0, MGSM
CC BY 4.0). Each unit's msgid is the English, its msgstr the language's text at the same place:

- XQuAD: 240 Wikipedia paragraphs of SQuAD (``OUT/po``, unit ``xquad/<article>/<paragraph>``)
  and their 1,190 questions (``OUT/q``, by the question's id), in ar, es, ru and zh;
- MGSM: 250 grade-school mathematics problems of GSM8K (``mgsm/<n>``) in es, fr, ru and zh.

Session 51 checked them as ``python3 benchmarks/tools/corpus_findings.py run OUT.json OUT/po
OUT/q`` (README "XQuAD and MGSM").
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path
from typing import Any

import polib

XQUAD_LANGS = ("ar", "es", "ru", "zh")
MGSM_LANGS = ("es", "fr", "ru", "zh")


def _show(mirror: Path, path: str) -> str:
    return subprocess.run(["git", "-C", str(mirror), "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout


def _catalogue(lang: str) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    return po


def _xquad(mirror: Path, out: Path) -> None:
    data: dict[str, Any] = {lang: json.loads(_show(mirror, f"xquad.{lang}.json"))["data"]
                            for lang in ("en", *XQUAD_LANGS)}
    for lang in XQUAD_LANGS:
        paragraphs, questions = _catalogue(lang), _catalogue(lang)
        for a, (article, theirs) in enumerate(zip(data["en"], data[lang], strict=True)):
            pairs = zip(article["paragraphs"], theirs["paragraphs"], strict=True)
            for p, (para, their) in enumerate(pairs):
                paragraphs.append(polib.POEntry(msgctxt=f"xquad/{a}/{p}", msgid=para["context"],
                                                msgstr=their["context"]))
                asked = {q["id"]: q["question"] for q in their["qas"]}
                for question in para["qas"]:
                    if question["id"] in asked:
                        questions.append(polib.POEntry(
                            msgctxt=f"xquad/q/{question['id']}", msgid=question["question"],
                            msgstr=asked[question["id"]]))
        for folder, po in (("po", paragraphs), ("q", questions)):
            (out / folder).mkdir(parents=True, exist_ok=True)
            po.save(str(out / folder / f"{lang}.po"))


def _mgsm(mirror: Path, out: Path) -> None:
    def problems(lang: str) -> list[str]:
        return [line.split("\t")[0] for line in _show(mirror, f"mgsm/mgsm_{lang}.tsv")
                .splitlines()]

    english = problems("en")
    (out / "po").mkdir(parents=True, exist_ok=True)
    for lang in MGSM_LANGS:
        po = _catalogue(lang)
        for n, (source, target) in enumerate(zip(english, problems(lang), strict=True)):
            po.append(polib.POEntry(msgctxt=f"mgsm/{n}", msgid=source, msgstr=target))
        po.save(str(out / "po" / f"{lang}.po"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", choices=("xquad", "mgsm"))
    parser.add_argument("mirror", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    (_xquad if args.corpus == "xquad" else _mgsm)(args.mirror, args.out)


if __name__ == "__main__":
    main()
