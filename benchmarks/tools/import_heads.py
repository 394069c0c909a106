"""What the importer makes of the head of each text in a folder: a line per field, to compare.

    python3 benchmarks/tools/import_heads.py FOLDER [GLOB] > heads.txt

For each file (a first line ``URL: …`` and the blank line after it are skipped: the stored
pages the README's survey of UN offices' releases used) it prints the label, office, headline,
dateline place and date, the number of subheadings and paragraphs, the contact lines, the
e-mail addresses marked and the lines removed as furniture, or the one-line refusal. Run it
before and after a change to the importer and ``diff`` the two outputs: each changed head is
one to judge by hand.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from transpub.errors import SourceError
from transpub.importer import import_file
from transpub.model import Block


def _text(block: Block) -> str:
    return "".join(s.text for s in block.spans if s.kind in ("text", "atom"))


def summary(path: Path, scratch: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    body = raw.split("\n", 2)[2] if raw.startswith("URL:") else raw
    copy = scratch / path.name
    copy.write_text(body, encoding="utf-8")
    try:
        report = import_file(copy)
    except SourceError as exc:
        # (the copy's folder is a new temporary one each run: named as the file, so that two
        # runs diff cleanly)
        return [f"== {path.name}: refused: {str(exc).replace(str(copy), path.name)}"]
    release = report.release
    out = [f"== {path.name} date={release.date}"]
    kinds: dict[str, list[Block]] = {}
    for block in release.blocks:
        kinds.setdefault(block.kind, []).append(block)
    out += [f"  {kind}: {_text(b)[:110]}" for kind in ("label", "office", "title", "place")
            for b in kinds.get(kind, [])]
    out.append(f"  h2: {len(kinds.get('h2', []))}  p: {len(kinds.get('p', []))}")
    out += [f"  line: {_text(b)[:100]}" for b in kinds.get("line", [])]
    emails = [s.text for b in release.blocks for s in b.spans if s.tag == "email"]
    out.append(f"  emails: {emails}")
    out.append(f"  removed: {[t[:40] for _, t in report.removed]}")
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    pattern = argv[1] if len(argv) > 1 else "*.txt"
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(folder.glob(pattern)):
            print("\n".join(summary(path, Path(scratch))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
