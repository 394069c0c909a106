"""Make ``po2/<lang>.po`` of the real-text corpus: the UN Charter and the UDHR, six languages.

    python3 tests/corpus_real/make_po2.py PATH/TO/un-charter-corpus PATH/TO/udhr-in-unicode OUT

writes OUT/<lang>.po (OUT: ``tests/.real-data/tests/corpus_real/po2``, the data is kept outside git).

Sources (see SOURCES.md): the Charter of the United Nations as published on un.org in the six
languages (``data/raw/raw_un_charter_<lang>.txt`` of kleinlennart/un-charter-corpus) and the
Universal Declaration of Human Rights as published by OHCHR (``data/xml/udhr_<code>.xml`` of
unicode-corpus/udhr-in-unicode).

Alignment is structural, never by sentence similarity:

- Charter: the preamble, each chapter title (in order) and each article (by its number) is one
  unit. Paragraph-level units were tried and dropped: the pages' paragraph breaks do not always
  match (the Arabic page splits Article 87 elsewhere, with the same count), so a paragraph
  alignment could not be verified. The Chinese page numbers its paragraphs (``一、``), the
  others' numbers were lost in the page's list markup: that prefix is dropped so that the six
  stay alike.
- UDHR: by the XML's own structure: the title, the preamble (its title; its paragraphs as one
  unit), each article (its title; its paragraphs and list items as one unit).

Whitespace runs are folded to one space; nothing else in the texts is changed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import polib
from lxml import etree

LANGS = ("en", "ar", "zh", "fr", "ru", "es")
UDHR_CODES = {"en": "eng", "ar": "arb", "zh": "cmn_hans", "fr": "fra", "ru": "rus", "es": "spa"}
#: per language: a chapter heading, an article heading
HEADINGS = {
    "en": (r"Chapter [IVXL]+\b", r"Article \d+$"),
    "fr": (r"Chapitre [IVXL]+\b", r"Article \d+$"),
    "es": (r"Capítulo [IVXL]+\b", r"Artículo \d+$"),
    "ru": (r"Глава [IVXL]+\b", r"Статья \d+$"),
    "ar": (r"الفصل ", r"المادة \d+$"),
    "zh": (r"第[一二三四五六七八九十]+章", r"第[一二三四五六七八九十百零]+条$"),
}
ZH_ENUM = re.compile(r"^[一二三四五六七八九十]+、")
Units = dict[str, str]


def _fold(text: str) -> str:
    return " ".join(text.split())


def _charter_blocks(lang: str, text: str) -> list[tuple[str, list[str]]]:
    """(key, paragraphs) in document order: the preamble, each chapter title, each article."""
    chapter, article = (re.compile(p) for p in HEADINGS[lang])
    blocks: list[tuple[str, list[str]]] = [("preamble", [])]
    chapters = 0
    for raw in text.splitlines():
        line = _fold(raw)
        if not line:
            continue
        if chapter.match(line):
            chapters += 1
            blocks.append((f"chapter-{chapters}", [line]))
            blocks.append(("", []))  # paragraphs between a chapter title and its first article
        elif article.match(line):
            blocks.append((f"article-{sum(1 for k, _ in blocks if k.startswith('article')) + 1}",
                           []))
        else:
            if lang == "zh":
                line = ZH_ENUM.sub("", line)
            blocks[-1][1].append(line)
    return [(key, paras) for key, paras in blocks if key and paras]


def charter(root: Path) -> dict[str, Units]:
    per_lang = {}
    for lang in LANGS:
        text = (root / "data" / "raw" / f"raw_un_charter_{lang}.txt").read_text(encoding="utf-8")
        per_lang[lang] = dict(_charter_blocks(lang, text))
    units: dict[str, Units] = {lang: {} for lang in LANGS}
    for key in per_lang["en"]:
        if not all(key in per_lang[lang] for lang in LANGS):
            continue
        for lang in LANGS:
            units[lang][f"charter/{key}"] = " ".join(per_lang[lang][key])
    return units


def _udhr_units(path: Path) -> Units:
    udhr_root = etree.parse(str(path)).getroot()
    units: Units = {}
    for block in udhr_root:
        name = etree.QName(block).localname
        key = f"udhr/article-{block.get('number')}" if name == "article" else f"udhr/{name}"
        if name == "title":
            units[key] = _fold("".join(block.itertext()))
            continue
        titles = [t for t in block if etree.QName(t).localname == "title"]
        if titles:
            units[f"{key}/title"] = _fold("".join(titles[0].itertext()))
        body = [_fold("".join(p.itertext())) for p in block.iter("{*}para")]
        units[key] = " ".join(p for p in body if p)
    return units


def udhr(root: Path) -> dict[str, Units]:
    per_lang = {lang: _udhr_units(root / "data" / "xml" / f"udhr_{code}.xml")
                for lang, code in UDHR_CODES.items()}
    keys = [k for k in per_lang["en"] if all(k in per_lang[lang] for lang in LANGS)]
    return {lang: {k: per_lang[lang][k] for k in keys} for lang in LANGS}


def main(argv: list[str]) -> int:
    sources = [charter(Path(argv[0])), udhr(Path(argv[1]))]
    out = Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS[1:]:
        po = polib.POFile(wrapwidth=79)
        po.metadata = {
            "Project-Id-Version": "un-charter-udhr", "Language": lang,
            "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for units in sources:
            for key, source in units["en"].items():
                po.append(polib.POEntry(msgctxt=key, msgid=source, msgstr=units[lang][key]))
        po.save(str(out / f"{lang}.po"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
