"""Damage real .docx, .odt and .pdf files at random and import each copy: every one must
import or be refused with a TranspubError (one line), never raise anything else.

    python3 benchmarks/tools/fuzz_imports.py [--seed N] [--count N] FILE_OR_FOLDER...

A copy has bytes flipped, cut or inserted (XML fragments, NULs, huge numbers) in the main XML
part of a .docx (``word/document.xml``) or .odt (``content.xml``), and now and then in another
part, or, for any file, in its raw bytes (ZIP streams, PDF objects). A copy that raises
anything else is written beside the working folder as ``bad-N.<suffix>`` and named; the exit
status is the number of those (0: none). Session 33 ran it on pandoc's and pypdf's test files
(seeds 1-8, 600 copies each): none after the fixes of 53eb27c.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

from transpub.errors import TranspubError
from transpub.importer import import_file

_INSERTS = [b"<", b">", b'"', b"&", b"<w:p>", b"</w:r>", b"<text:list>", b"\x00", b"99999999"]


def _damaged(data: bytes, rng: random.Random, edits: int) -> bytes:
    out = bytearray(data)
    for _ in range(edits):
        at = rng.randrange(max(len(out), 1))
        choice = rng.random()
        if choice < 0.4:
            out[at:at + 1] = bytes([rng.randrange(256)])
        elif choice < 0.7:
            del out[at:at + rng.randint(1, 40)]
        else:
            out[at:at] = rng.choice(_INSERTS)
    return bytes(out)


def _copy(path: Path, rng: random.Random) -> bytes:
    raw = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".odt") or rng.random() >= 0.7:
        return _damaged(raw, rng, rng.randint(1, 8))
    main = "word/document.xml" if suffix == ".docx" else "content.xml"
    try:
        source = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        return _damaged(raw, rng, 3)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name in source.namelist():
            data = source.read(name)
            if name == main or (name.endswith(".xml") and rng.random() < 0.2):
                data = _damaged(data, rng, rng.randint(1, 5))
            package.writestr(name, data)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("inputs", nargs="+", type=Path)
    args = parser.parse_args(argv)
    files = sorted(f for i in args.inputs for f in ([i] if i.is_file() else i.rglob("*"))
                   if f.suffix.lower() in (".docx", ".odt", ".pdf"))
    if not files:
        parser.error("no .docx, .odt or .pdf file among the inputs")
    rng = random.Random(args.seed)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.count):
            original = rng.choice(files)
            case = Path(tmp) / f"case{original.suffix.lower()}"
            data = _copy(original, rng)
            case.write_bytes(data)
            try:
                import_file(case, "x", "en")
            except TranspubError:
                pass
            except Exception:  # what the fuzz run is looking for
                bad += 1
                kept = Path(f"bad-{bad}{original.suffix.lower()}")
                kept.write_bytes(data)
                print(f"{kept} (from {original}): {traceback.format_exc().splitlines()[-1]}")
    print(f"{args.count} damaged copies of {len(files)} files, seed {args.seed}: {bad} raised "
          "something other than a one-line refusal")
    return min(bad, 100)


if __name__ == "__main__":
    sys.exit(main())
