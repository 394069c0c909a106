"""Make the PO files of the real-text corpus from a checkout of open-sdg/sdg-translations.

    python3 tests/corpus_real/make_po.py PATH/TO/sdg-translations [OUT]

OUT: the folder the five PO files are written to (made if missing); by default the data
root's ``tests/corpus_real/po`` (``tests/realdata.py``: the files are not committed).

Each goal, target and indicator title of the SDG global indicator framework (the UN texts of
A/RES/70/1 and A/RES/71/313 with its revisions) becomes one unit: msgctxt is the file and key
("indicators/1-5-1-title"), msgid the English text, msgstr the published translation, whitespace
runs folded to one space (YAML line wrapping). Nothing else in the texts is changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib
import yaml

#: Our language code -> the directory name in sdg-translations.
LANGS = {"ar": "ar", "zh": "zh-Hans", "fr": "fr", "ru": "ru", "es": "es"}
FILES = ("goals", "targets", "indicators")
HERE = Path(__file__).resolve().parent


def _load(root: Path, lang_dir: str, name: str) -> dict[str, str]:
    path = root / "translations" / lang_dir / f"global_{name}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k): " ".join(str(v).split()) for k, v in (data or {}).items() if v}


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    if len(argv) > 1:
        out = Path(argv[1])
    else:
        sys.path.insert(0, str(HERE.parent))
        from realdata import root as data_root

        out = data_root() / "tests" / "corpus_real" / "po"
    out.mkdir(parents=True, exist_ok=True)
    english = {name: _load(root, "en", name) for name in FILES}
    for lang, lang_dir in LANGS.items():
        po = polib.POFile(wrapwidth=79)
        po.metadata = {
            "Project-Id-Version": "sdg-global-framework", "Language": lang,
            "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for name in FILES:
            target = _load(root, lang_dir, name)
            for key, source in english[name].items():
                if key in target:
                    po.append(polib.POEntry(msgctxt=f"{name}/{key}", msgid=source,
                                            msgstr=target[key]))
        po.save(str(out / f"{lang}.po"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
