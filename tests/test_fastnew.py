"""``fastnew.maker``: the object made without ``__init__`` is the one the class makes."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transpub.catalog import Translation
from transpub.fastnew import maker
from transpub.model import Block, Span

_TEXT = st.text(max_size=20)


def _same(made: object, expected: object, hashable: bool = True) -> None:
    assert type(made) is type(expected)
    assert made == expected and repr(made) == repr(expected)
    assert not hashable or hash(made) == hash(expected)
    for item in fields(expected):  # type: ignore[arg-type]
        assert getattr(made, item.name) == getattr(expected, item.name)


@given(_TEXT, _TEXT, _TEXT, st.booleans(), st.integers(0, 10**6), st.none() | _TEXT)
def test_translation(unit: str, source: str, target: str, fuzzy: bool, line: int,
                     context: str | None) -> None:
    make = maker(Translation, "unit", "source", "target", "fuzzy", "line", "context")
    _same(make(unit, source, target, fuzzy, line, context),
          Translation(unit, source, target, fuzzy, line, "", context))


@given(_TEXT, st.sampled_from(["text", "open", "close", "atom"]))
def test_span_and_block(text: str, kind: str) -> None:
    _same(maker(Span, "kind", "text")(kind, text), Span(kind, text))
    names = [f.name for f in fields(Block)]
    values = ("b1", "p", (Span(kind, text),), 3, text, False, "fr", 2)
    _same(maker(Block, *names)(*values), Block(*values))


def test_defaults_and_factories() -> None:
    @dataclass(frozen=True, slots=True)
    class Thing:
        a: int
        b: list[int] = field(default_factory=list)
        c: str = "c"

    one, two = maker(Thing, "a")(1), maker(Thing, "a")(1)
    _same(one, Thing(1), hashable=False)  # (a list field)
    assert one.b is not two.b  # a fresh list each, as the factory gives
    with pytest.raises(TypeError):
        maker(Thing, "b")  # ``a`` has no default
    with pytest.raises(TypeError):
        maker(Thing, "a", "nope")


def test_refuses_what_it_cannot_make() -> None:
    @dataclass(frozen=True)
    class Plain:
        a: int

    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            raise ValueError

    for cls in (Plain, Checked):
        with pytest.raises(TypeError):
            maker(cls, "a")


def test_the_extracts_makers_give_the_classes_objects() -> None:
    """The segmenter's and the source reader's makers (``segment._segment``,
    ``source._block``, ``source._text_span``) against the classes, on a real release."""
    from pathlib import Path

    from transpub import segment as segment_module
    from transpub import source as source_module
    from transpub.model import Segment
    from transpub.segment import SegmentOptions, segment_release

    sources = sorted((Path(__file__).parents[1] / "source").glob("*.xml"))
    assert sources
    release = source_module.read_release(sources[0])
    for block in release.blocks:
        names = [f.name for f in fields(Block)]
        _same(source_module._block(*(getattr(block, n) for n in names)),
              Block(*(getattr(block, n) for n in names)))
        for span in block.spans:
            if span.kind == "text":
                _same(source_module._text_span("text", span.text), Span("text", span.text))
    units = segment_release(release, SegmentOptions("sentence", release.lang, {}))
    assert units
    for unit in units:
        values = [getattr(unit, f.name) for f in fields(Segment)]
        _same(segment_module._segment(*values), Segment(*values))
