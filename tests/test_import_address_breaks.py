"""A link or e-mail address a line break, or a PDF layout's gap, cut in two is one address
again when the rest plainly goes on with it; a sentence after a link stays a sentence. After
the breaks of session 61's press-release PDFs ("https://aubreymoor" / "e.github.io/…",
"…/publications/2019" and "-europe-sustainable-development-report" apart on one line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.addressbreaks import continues_address
from transpub.importer import import_file

HEAD = "A Headline for the Test\n\nGeneva, 12 March 2024 – The team met.\n\n"


def _paragraphs(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "release.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    release = import_file(path).release
    return ["".join(s.text for s in b.spans) for b in release.blocks if b.kind == "p"][1:]


@pytest.mark.parametrize(("body", "read"), [
    ("The map of Guam. https://aubreymoor\ne.github.io/Guam-CRB-Damage-Map-2021-08/webmap",
     "The map of Guam. https://aubreymoore.github.io/Guam-CRB-Damage-Map-2021-08/webmap"),
    ("IEEP: https://ieep.eu/publications/2019\n-europe-sustainable-development-report",
     "IEEP: https://ieep.eu/publications/2019-europe-sustainable-development-report"),
    ("IEEP: https://ieep.eu/publications/2019        -europe-sustainable-development-report",
     "IEEP: https://ieep.eu/publications/2019-europe-sustainable-development-report"),
    ("Write to jonathan.huskey@seiu\n.org for more.",
     "Write to jonathan.huskey@seiu.org for more."),
    # a sentence going on after the link, or the link ending one: two words
    ("See https://www.un.org\nand the report.", "See https://www.un.org and the report."),
    ("See https://www.un.org.\nwww.unep.org is the other.",
     "See https://www.un.org. www.unep.org is the other."),
    ("See https://www.un.org\ne.g. the report.", "See https://www.un.org e.g. the report."),
    ("See https://www.un.org/en\n- the site.", "See https://www.un.org/en - the site."),
])
def test_address_cut_by_a_line_break(tmp_path: Path, body: str, read: str) -> None:
    assert _paragraphs(tmp_path, body)[0] == read


def test_the_rejoined_link_is_one_link(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(HEAD + "Map: https://aubreymoor\ne.github.io/Guam/webmap\n", encoding="utf-8")
    release = import_file(path).release
    urls = [s.text for b in release.blocks for s in b.spans if s.kind == "atom"]
    assert urls == ["https://aubreymoore.github.io/Guam/webmap"]


def test_an_invalid_host_is_no_continuation() -> None:
    assert not continues_address("at https://un", "o.x")  # no top-level domain of two letters
    assert continues_address("at https://un", "ep.org/x")
