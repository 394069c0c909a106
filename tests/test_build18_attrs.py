"""An attribute value with ``@`` (an e-mail address's ``mailto:`` link), seventeenth round
(issue 13): ``htmlstring.attr`` writes it as it is, without asking lxml; it must be what lxml
writes, on every element and attribute the string writers use, and the string writers must not
import ``lxml.html`` (only the tree writers' serialiser does)."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub.htmlstring import _attr_by_lxml, attr

_USED = [("a", "dir"), ("a", "href"), ("a", "hreflang"), ("a", "lang"), ("html", "dir"),
         ("html", "lang"), ("link", "href"), ("link", "hreflang"), ("span", "lang"),
         ("time", "datetime")]


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(_USED),
       st.text(alphabet=st.sampled_from("@.:/~_-aZ09 &\"'<>%?#=é"), max_size=12))
@example(("a", "href"), "mailto:nakamurag@un.org")
@example(("a", "href"), "@")
@example(("link", "href"), "a@b@c/~:-._")
def test_attr_is_lxml(where: tuple[str, str], value: str) -> None:
    tag, name = where
    assert attr(tag, name, value) == _attr_by_lxml.__wrapped__(tag, name, value)


def test_every_ascii_character_after_an_at() -> None:
    for tag, name in _USED:
        for code in range(32, 127):
            value = f"mailto:a@b{chr(code)}c"
            assert attr(tag, name, value) == _attr_by_lxml.__wrapped__(tag, name, value)


def test_pages_and_indexes_without_lxml_html() -> None:
    program = (
        "import sys\n"
        "from transpub.htmlstring import attr, _style\n"
        "from transpub.html import render_index, CSS\n"
        "attr('a', 'href', 'mailto:x@un.org'); _style()\n"
        "print('lxml.html' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
