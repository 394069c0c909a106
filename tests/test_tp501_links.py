"""TP501 leaves a link's address to TP401 and TP402 (Debian's news, t64/hN): it had compared
``<a href>`` letter for letter, warning on the same page written another way (http and https, a
trailing slash, ``$(HOME)``) that TP401 accepts, and repeating every real change TP401 reports.
It compares the element and its other attributes; an address TP401 does not read (a relative
one) stays TP501's."""

from __future__ import annotations

import pytest

from transpub.checks import markup
from transpub.checks.context import CheckContext, Unit
from transpub.termbase import Termbase

CTX = CheckContext(Termbase(()), source_lang="en")


def _found(source: str, target: str, foreign: bool = True) -> list[tuple[str, str]]:
    unit = Unit("u1", "fr", source, target, "f.po", 3, foreign=foreign)
    return [(f.code, f.message) for check in (markup.address_changed, markup.placeholders)
            for f in check(CTX, unit)]


def _link(href: str, text: str = "page", attrs: str = "") -> str:
    return f'Voir la <a href="{href}"{attrs}>{text}</a>.'


@pytest.mark.parametrize(("source", "target"), [
    ("http://x.org/page", "https://x.org/page"),
    ("https://www.spi-inc.org/", "https://www.spi-inc.org"),
    ("http://pkg-ruby.alioth.debian.org/a.html", "https://pkg-ruby.alioth.debian.org/a.html"),
    ("https://www.debian.org/users", "$(HOME)/users"),
    ("$(HOME)/News/2003/20030119", "http://debian.org/News/2003/20030119"),
    ("mailto:press@debian.org", "mailto:press@debian.org"),
])
def test_the_same_page_written_another_way_is_no_markup_change(source: str,
                                                                target: str) -> None:
    assert [c for c, _ in _found(_link(source), _link(target))
            if c == "TP501"] == []


@pytest.mark.parametrize("foreign", [True, False])
def test_a_link_changed_is_reported_once_by_tp401(foreign: bool) -> None:
    found = _found(_link("https://packages.debian.org/unstable/main/alt-key"),
                   _link("https://packages.debian.org/unstable/main/altkey"), foreign)
    assert [c for c, _ in found] == ["TP401"]
    found = _found(_link("$(HOME)/events/2006/0514-debconf"),
                   _link("$(HOME)/events/2006/0514-Debian"), foreign)
    assert [c for c, _ in found] == ["TP401"]


@pytest.mark.parametrize(("source", "target", "said"), [
    # the element dropped or added: TP501's (TP401 names the address)
    (_link("https://x.org/a"), "Voir la page.", "missing </a> <a href>"),
    ("Write to press@debian.org.", 'Écrivez à <a href="mailto:press@debian.org">'
     "press@debian.org</a>.", "unexpected </a> <a href>"),
    # another attribute changed
    (_link("https://x.org/a", attrs=' title="Home"'), _link("https://x.org/a", attrs=' rel="x"'),
     'missing <a href title="Home">; unexpected <a href rel="x">'),
    # an address TP401 does not read: compared letter for letter, as before
    (_link("snacc"), _link("snacc.html"),
     'missing <a href="snacc">; unexpected <a href="snacc.html">'),
    (_link("#top"), _link("#haut"), 'missing <a href="#top">; unexpected <a href="#haut">'),
])
def test_what_tp501_still_says_of_a_link(source: str, target: str, said: str) -> None:
    assert ("TP501", "placeholders differ: " + said) in _found(source, target)


def test_single_quotes_and_capitals() -> None:
    source = "Voir <A HREF='http://x.org/a'>la page</A>."
    assert [c for c, _ in _found(source, source.replace("http:", "https:")) if c == "TP501"] == []
