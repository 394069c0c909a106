"""Latin runs isolated in right-to-left text (``htmlstring._isolated``: marks put in by
``split`` and a join) against the plain way, a ``<bdi>`` per run found one by one."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub import htmlstring
from transpub.htmlstring import LTR_RUN, text


def _reference(value: str) -> str:
    out: list[str] = []
    pos = 0
    for match in LTR_RUN.finditer(value):
        if match.start() > pos:
            out.append(text(value[pos:match.start()]))
        opening = "<bdi>" if match.group(1) is not None else '<bdi dir="ltr">'
        out.append(f"{opening}{text(match.group(0))}</bdi>")
        pos = match.end()
    if pos < len(value):
        out.append(text(value[pos:]))
    return "".join(out)


_PIECES = st.sampled_from(["مكتب", "الأمم المتحدة", " ", "UNODC", "Mr. Voronkov", "New York",
                           "A&B", "<x>", "\r", "3", "2020", "’", "'", ".", "-", "e-mail: a@un.org",
                           "l’ONU", "(", ")", "\u200f", "é", "x", "1 A", "A 1", "+41 22 917 1234",
                           "(+43)699-1459", "1 200 000", "@UN", "#x", ":", "\u00a0"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=12).map("".join))
@example("")
@example("abc")
@example("مكتب")
@example("UNODC مكتب UNODC")
@example("a\x00b c\x02")
@example("a\x00b c\x01")  # the marks themselves: the run-by-run way
def test_isolated_is_the_run_by_run_way(value: str) -> None:
    out: list[str] = ["before"]
    htmlstring._isolated(out, value)
    assert out[0] == "before"
    assert "".join(out[1:]) == _reference(value)
