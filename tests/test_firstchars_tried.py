"""``firstchars.tried_at``: a pattern tried only where its matches can start finds what
``finditer`` finds (the dates' and honorifics' scans use it: datefind._matches,
honorifics.find_honorifics), including matches that touch or could overlap."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub.firstchars import first_chars, tried_at

# patterns that never match empty, some of whose matches could overlap if the scan went on
# from inside the last match
_PATTERNS = [r"aa", r"a+b?", r"ab|ba", r"(?<!b)a[ab]a", r"b\d{1,2}", r"a(?=b)|ba+", r"[ab]{3}"]


def _starts(pattern: str) -> re.Pattern[str]:
    chars = first_chars(pattern)
    assert chars is not None, pattern
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


@settings(max_examples=400, deadline=None)
@given(st.text("ab12 ", max_size=30), st.sampled_from(_PATTERNS))
@example("aaaa", r"aa")
@example("aaab", r"[ab]{3}")
@example("ababa", r"ab|ba")
def test_tried_at_finds_what_finditer_finds(text: str, pattern: str) -> None:
    compiled = re.compile(pattern)
    got = [m.span() for m in tried_at(compiled, _starts(pattern), text)]
    assert got == [m.span() for m in compiled.finditer(text)]
