"""Reports render their records with ``formats._pretty``, not ``json.dumps(indent=2)``: the
same text for every value a record can hold (checked on generated values), and the same
reports (the streamed and held runs' reports are compared byte for byte elsewhere)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.formats import _pretty, _rendered

_SCALARS = (st.text(max_size=12) | st.integers(-10**20, 10**20) | st.booleans() | st.none()
            | st.floats(allow_nan=False) | st.sampled_from(["\x00", "\u2028", "é\n\"\\", "😀"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=6), inner, max_size=4)
                       | st.tuples(inner, inner), max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(_VALUES, st.sampled_from(["\n", "\n  ", "\n    "]))
def test_pretty_is_json_dumps_indented(value: object, indent: str) -> None:
    assert _pretty(value, indent) == json.dumps(value, ensure_ascii=False,
                                                indent=2).replace("\n", indent)


def test_keys_that_are_not_strings_are_written_as_json_writes_them() -> None:
    record = {1: "one", None: [True, 2.5], "x": {False: {}}}
    assert _rendered(record, "\n  ") == json.dumps(record, ensure_ascii=False,
                                                   indent=2).replace("\n", "\n  ")
