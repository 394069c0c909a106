"""What a build's main process keeps (issue 13, memory): each page's outcome as a row
(``builder.Outcomes``, made again equal to the ``LanguageBuild`` the build made, whatever its
paths) and each rebuilt manifest entry as its text (``builder._Manifest``, read as the entry)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.builder import LanguageBuild, Outcomes, _entry_json, _Manifest, _rows
from transpub.localise import Problem

_OUT, _LOCALES = Path("/ws/output"), Path("/ws/locales")
_SLUGS = st.sampled_from(["r1", "a b", "联合国", "x.y", "2020-01-01-un"])
_CODES = st.sampled_from(["en", "fr", "ar", "zh"])


@st.composite
def _outcome(draw: st.DrawFn) -> LanguageBuild:
    slug, code = draw(_SLUGS), draw(_CODES)
    usual = (Path(_OUT, code, f"{slug}.html"), Path(_OUT, code, f"{slug}.xml"))
    written = draw(st.sampled_from([usual, (), usual[:1], (Path("elsewhere", f"{slug}.html"),
                                                           Path("/o//x.xml"))]))
    po = draw(st.sampled_from([Path(_LOCALES, code, "LC_MESSAGES", f"{slug}.po"), None,
                               Path("/ws", "locales/", code, "LC_MESSAGES", f"{slug}.po"),
                               Path("rel/x.po"), Path(_LOCALES, "de", "LC_MESSAGES", "r.po")]))
    problems = draw(st.lists(st.builds(Problem, st.text(max_size=3), st.integers(0, 9),
                                       st.text(max_size=5)), max_size=2).map(tuple))
    return LanguageBuild(slug, code, draw(st.floats(0, 100)), draw(st.booleans()), written,
                         draw(st.integers(0, 5)), problems, po, draw(st.booleans()),
                         draw(st.text(max_size=4)))


@given(st.lists(st.lists(_outcome(), min_size=1, max_size=4), max_size=4))
@settings(max_examples=300, deadline=None)
def test_outcomes_kept_as_rows_are_made_again_equal(releases: list[list[LanguageBuild]]) -> None:
    kept = Outcomes(_OUT, _LOCALES)
    expected: list[LanguageBuild] = []
    for number, outcomes in enumerate(releases):
        slug = f"s{number}"  # (one slug a release, as a build has it)
        outcomes = [LanguageBuild(slug, o.lang, o.percent, o.published,
                                  tuple(Path(os.fspath(p).replace(o.slug, slug))
                                        for p in o.written), o.fallbacks, o.problems,
                                  None if o.po is None else Path(os.fspath(o.po).replace(
                                      o.slug, slug)), o.rebuilt, o.date_text)
                    for o in outcomes]
        kept.add(slug, _rows(outcomes, os.fspath(_OUT), os.fspath(_LOCALES)))
        expected += outcomes
    made = list(kept)
    assert made == expected and len(kept) == len(expected)
    assert all(type(p) is type(q) and str(p) == str(q) for a, b in zip(made, expected, strict=True)
               for p, q in zip((*a.written, a.po), (*b.written, b.po), strict=True))
    assert list(kept.with_problems()) == [o for o in expected if o.problems]
    assert kept.languages() == ({o.lang for o in expected if o.published},
                                {o.lang for o in expected if not o.published})
    for o in expected:
        dated = [e.date_text for e in expected if (e.slug, e.lang) == (o.slug, o.lang)]
        assert kept.date(o.slug, o.lang) == dated[0]
    if expected:
        assert kept[len(expected) - 1] == expected[-1]


def test_an_entry_kept_as_its_text_reads_as_the_entry() -> None:
    entry = {"available": ["en", "fr"], "langs": {"fr": {
        "date": "2020-01-02", "digest": "0" * 64, "fallbacks": 1, "percent": 97.5,
        "po": "locales/fr/LC_MESSAGES/r1.po", "problems": [["u1", 3, "é"]], "published": True,
        "title": "联合国"}}}
    store: dict[str, object] = {"r1": _entry_json(entry), "r0": {"langs": {}}}
    manifest = _Manifest(store)
    assert manifest.peek("r1") == entry and type(store["r1"]) is bytes  # (not kept parsed)
    assert manifest.peek("none") == {} and manifest["r0"] == {"langs": {}}
    manifest["r1"]["langs"]["fr"]["published"] = False  # kept parsed: the change is seen
    assert manifest.peek("r1")["langs"]["fr"]["published"] is False
    assert sorted(manifest) == ["r0", "r1"] and len(manifest) == 2
    assert json.loads(_entry_json(entry)) == entry


@given(st.binary(max_size=40), st.binary(max_size=40), st.sampled_from([0, 1, 70_000]),
       st.booleans())
@settings(max_examples=200, deadline=None)
def test_a_file_holds_data_exactly_when_its_bytes_are_the_data(
        head: bytes, tail: bytes, middle: int, there: bool) -> None:
    import tempfile

    from transpub.builder import _holds

    data = head + b"m" * middle + tail
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "f")
        if there:
            path.write_bytes(head + b"m" * middle + head)
        assert _holds(path, data) == (there and head == tail)
        path.write_bytes(data)
        assert _holds(path, data)
        assert not _holds(path, data + b"x")
        if data:  # (one byte fewer, or changed at the end: past the first block when long)
            assert not _holds(path, data[:-1])
            assert not _holds(path, data[:-1] + bytes([data[-1] ^ 1]))
