"""TP603 on copies that are code, addresses or a product's name, as Debian's press releases
keep them in every language (hostile trial t63/h6: 62 of its 66 TP603 findings were false):
a command or an address inside code markup, a link of any scheme, a bare host name, a
product's name and version in Russian or Arabic (an info), a German quotation (an info). A
copy with words to translate is still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_check_script import _tp603  # (one PO file of pairs, each unit's TP603)

from conftest import Cli

_RSYNC = "<code>rsync -avzP ftp.skolelinux.org::skolelinux-cd/debian-edu-9+edu0-CD.iso</code>"
#: (source, translation, what TP603 says of it: "error", "info" or None)
CASES = {
    "fr": [
        (_RSYNC, _RSYNC, None),
        ("<code>ftp://ftp.debian.org</code>", "<code>ftp://ftp.debian.org</code>", None),
        ("sftp://mirror.example.org/pub, rsync://ftp.debian.org/debian",
         "sftp://mirror.example.org/pub, rsync://ftp.debian.org/debian", None),
        ("<code1>apt-get install debian-edu-config</code1>",
         "<code1>apt-get install debian-edu-config</code1>", None),
        # (a sentence with a host name in it is still words to translate)
        ("Debian mourns the loss of a developer at www.debian.org",
         "Debian mourns the loss of a developer at www.debian.org", "error"),
        ("Upload your packages with <code>dput</code> to the queue",
         "Upload your packages with <code>dput</code> to the queue", "error"),
    ],
    "es": [
        ("<strong>security.debian.org</strong>", "<strong>security.debian.org</strong>", None),
        ("<strong>www-master.debian.org</strong>", "<strong>www-master.debian.org</strong>",
         None),
        ("Auf steinigen Pfaden zum pflegeleichten Pinguin",
         "Auf steinigen Pfaden zum pflegeleichten Pinguin", "info"),
        ("Freie Software als Gegenmodell zur Marktmacht der Konzerne",
         "Freie Software als Gegenmodell zur Marktmacht der Konzerne", "info"),
        ("Debian mourns the loss of Thiemo Seufer", "Debian mourns the loss of Thiemo Seufer",
         "error"),
    ],
    "ru": [
        ("<strong>nonus.debian.org</strong>", "<strong>nonus.debian.org</strong>", None),
        ("<code>ftp://security.debian.org</code>", "<code>ftp://security.debian.org</code>",
         None),
        ("OpenOffice.org 3.2.1", "OpenOffice.org 3.2.1", None),
        ("GNU Compiler Collection 4.4.5", "GNU Compiler Collection 4.4.5", "info"),
        ("Debian GNU/Linux 5.0", "Debian GNU/Linux 5.0", None),
        ("Xen Hypervisor 4.1.4", "Xen Hypervisor 4.1.4", "info"),
        # (English prose beside a version is a title to translate)
        ("About Debian", "About Debian", "error"),
        ("Release Notes for Debian 9.1", "Release Notes for Debian 9.1", "error"),
        ("Ian Jackson.<br /> (Debian Project Leader)",
         "Ian Jackson.<br /> (Debian Project Leader)", "error"),
    ],
    "ar": [
        ("GNU Compiler Collection 4.4.5", "GNU Compiler Collection 4.4.5", "info"),
        ("Colleagues and Friends at lists.debian.org",
         "Colleagues and Friends at lists.debian.org", "error"),
    ],
    "zh": [
        ("<code>ftp://ftp.upload.debian.org</code>", "<code>ftp://ftp.upload.debian.org</code>",
         None),
        ("Debian announces Chinese Mirror", "Debian", "error"),
    ],
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_code_addresses_and_products_copied(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli],
                                            lang: str) -> None:
    found = _tp603(tmp_path, cli_factory, lang, CASES[lang])
    wanted = {f"p{number}": said for number, (_, _, said) in enumerate(CASES[lang], 1) if said}
    assert found == wanted


def test_a_long_hostile_line_is_read_in_linear_time() -> None:
    import time

    from transpub.checks.completeness import _words_only

    for text in ("a." * 20000 + "!", "<code>" + "x" * 40000, "ftp" + ":/" * 20000,
                 "A" + ".b-" * 20000):
        start = time.process_time()  # CPU: the suite shares two cores
        _words_only(text)
        assert time.process_time() - start < 0.5
