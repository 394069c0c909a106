"""Reading a source, eighteenth round: a block without inline elements read as its one text
span (``source._release_from_tree``) is the general walk's (``source._spans``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from transpub import source
from transpub.model import SOURCE_NS

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import corpus

_TAGS = tuple(f"{{{SOURCE_NS}}}{t}" for t in source._BLOCK_TAGS)


def _same_blocks(data: bytes, path: Path) -> int:
    release = source.read_release(path, data)
    tree = source.parse_xml_bytes(data, path)
    elements = list(tree.getroot().iter(*_TAGS))
    assert len(elements) == len(release.blocks)
    for element, block in zip(elements, release.blocks, strict=True):
        assert block.spans == tuple(source._spans(element)), (path, block.id)
    return sum(1 for e in elements if len(e) == 0)


@pytest.fixture(scope="module")
def generated_sources(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """60 sources of the benchmark's corpus, made here (``benchmarks/corpus.py``, 0.6 s): the
    test read them from a benchmark run's workspace, there on one machine and not on a fresh
    one."""
    folder = corpus.generate(60, dest=tmp_path_factory.mktemp("corpus") / "n60", quiet=True)
    return sorted((folder / "workspace" / "source").glob("*.xml"))


def test_the_sources_blocks_are_the_walks(generated_sources: list[Path]) -> None:
    assert len(generated_sources) == 60
    paths = [*sorted((REPO / "source").glob("*.xml")), *generated_sources]
    assert sum(_same_blocks(p.read_bytes(), p) for p in paths) > 100


_TEXT = st.lists(st.sampled_from(["a", "b", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "é",
                                  "&amp;", "x.", "\r\n"]), max_size=12).map("".join)


@given(st.lists(_TEXT, min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_generated_blocks_are_the_walks(texts: list[str]) -> None:
    paragraphs = "".join(f"<p>{t}</p>" for t in texts)
    data = (f'<release xmlns="{SOURCE_NS}" id="r" xml:lang="en"><meta><title>T{texts[0]}'
            f'</title></meta><body>{paragraphs}<p>{texts[-1]}<em>e</em> </p></body>'
            "</release>").encode()
    try:
        etree.fromstring(data)
    except etree.XMLSyntaxError:
        return
    _same_blocks(data, Path("r.xml"))
