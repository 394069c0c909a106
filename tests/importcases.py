"""Import a release's text through the real importer, for the tests of the heads it reads."""

from __future__ import annotations

from pathlib import Path

from transpub.importer import import_file
from transpub.model import Release

#: a dateline and a paragraph under a head: the text the head tests put below the lines they read
TAIL = "Geneva, 3 March 2025 – The River Council met today.\n\nIt will meet again.\n"


def import_text(tmp_path: Path, text: str, name: str = "release.txt", lang: str = "en"
                ) -> tuple[Release, list[str]]:
    """The release ``text`` imports to (as a file ``name``: its suffix picks the importer;
    in ``lang``), and the lines the import removed as furniture."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = import_file(path, lang=lang)
    return report.release, [t for _, t in report.removed]


def kinds(release: Release, kind: str) -> list[str]:
    """The text of each block of ``kind``, its inline codes' text left out."""
    return ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))
            for b in release.blocks if b.kind == kind]
