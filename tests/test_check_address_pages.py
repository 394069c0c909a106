"""TP401 compares the pages addresses name, not their letters, and pairs each of the source's
with the translation's that names its page best (hostile trial t63/h6 on Debian's press
releases: 43 of its 50 TP401 findings were false). The same page written another way (http
or https, "www." and the scheme left out, a trailing slash, a folder's default page) or the
translation's language's own page ("/fr/", "index.es.html", "dedication-9.0.ru.txt",
"?lang=fr") is nothing; a page of the same folder where the source's address names its
language ("?lang=en", "en.wikipedia.org") an info; another host, path or year an error."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli

_MORE = "For further information, please visit {} or send mail to {}."
#: (language, source, translation, TP401's findings: (severity, message) in order)
CASES = [
    ("fr", _MORE.format('<a href="$(HOME)/">https://www.debian.org/</a>', "press@debian.org"),
     "Pour plus d'informations, consultez "
     '<a href="$(HOME)/">www.debian.org</a> ou écrivez à press@debian.org.', []),
    ("ar", "Visit https://www.debian.org/ today.", "زوروا https://www.debian.org اليوم.", []),
    ("es", 'See <a href="http://debconf16.debconf.org/">DebConf16</a> and '
     '<a href="http://www.hpe.com/engage/opensource">HPE</a>.',
     'Vea <a href="https://debconf16.debconf.org/">DebConf16</a> y '
     '<a href="https://www.hpe.com/engage/opensource">HPE</a>.', []),
    ("ru", "See https://debconf.org/ now.", "См. http://debconf.org/ сейчас.", []),
    ("ru", "Read http://ftp.debian.org/debian/doc/dedication/dedication-9.0.txt now.",
     "Читайте http://ftp.debian.org/debian/doc/dedication/dedication-9.0.ru.txt сейчас.", []),
    ("fr", "Read https://wiki.debian.org/LTS/Using today.",
     "Lisez https://wiki.debian.org/fr/LTS/Using aujourd'hui.", []),
    ("es", "See https://www.debian.org/News/2005/index.html for the news.",
     "Vea https://www.debian.org/News/2005/index.es.html para las noticias.", []),
    ("fr", "See http://2010.rmll.info/DebianEdu-Skolelinux.html?lang=en for it.",
     "Voir http://2010.rmll.info/DebianEdu-Skolelinux.html?lang=fr pour cela.", []),
    ("zh", "The http://en.ustc.edu.cn/ university.", "http://www.ustc.edu.cn/ 大学。", []),
    # (the page translated, where the source's address names its language: an info)
    ("fr", "The http://2010.rmll.info/The-Debian-GNU-Linux-project.html?lang=en talk.",
     "La présentation http://2010.rmll.info/Le-projet-Debian-GNU-Linux.html.",
     [("info", "«http://2010.rmll.info/The-Debian-GNU-Linux-project.html?lang=en» became "
       "«http://2010.rmll.info/Le-projet-Debian-GNU-Linux.html», its page in the "
       "translation's language?")]),
    # (paired by page, not position: the changed second address is the one reported)
    ("fr", "See https://tracker.debian.org/ and https://codesearch.debian.net/ and "
     "https://lists.debian.org/debian-backports/ now.",
     "Voir https://tracker.debian.org et https://codesearch.debian.net et "
     "https://lists.debian.org/debian-backport/ maintenant.",
     [("error", "«https://lists.debian.org/debian-backports/» became "
       "«https://lists.debian.org/debian-backport/»")]),
    # (real changes stay errors: another year, another host, another folder, a language's
    # segment that is not the translation's, an e-mail address)
    ("fr", "See https://www.debian.org/News/2010/20100121 now.",
     "Voir https://www.debian.org/News/2012/20100121 maintenant.",
     [("error", "«https://www.debian.org/News/2010/20100121» became "
       "«https://www.debian.org/News/2012/20100121»")]),
    ("es", "Visit http://www.alpha-processor.com/ today.",
     "Visite http://www.alpha-processors.com/ hoy.",
     [("error", "«http://www.alpha-processor.com/» became «http://www.alpha-processors.com/»")]),
    ("es", "Register at https://wiki.debian.org/BSP/2012/02/fr/Paris today.",
     "Inscríbase en https://wiki.debian.org/BSP2012/Paris hoy.",
     [("error", "«https://wiki.debian.org/BSP/2012/02/fr/Paris» became "
       "«https://wiki.debian.org/BSP2012/Paris»")]),
    ("fr", "The https://en.wikipedia.org/wiki/Debian page.",
     "La page https://de.wikipedia.org/wiki/Debian.",
     [("error", "«https://en.wikipedia.org/wiki/Debian» became "
       "«https://de.wikipedia.org/wiki/Debian»")]),
    ("fr", "See https://undocs.org/en/S/RES/2664(2022) now.",
     "Voir https://undocs.org/fr/S/RES/2665(2022) maintenant.",
     [("error", "«https://undocs.org/en/S/RES/2664(2022)» became "
       "«https://undocs.org/fr/S/RES/2665(2022)»")]),
    ("ru", "Write to debian-lts@lists.debian.org today.", "Пишите на press@debian.org сегодня.",
     [("error", "«debian-lts@lists.debian.org» became «press@debian.org»")]),
]


@pytest.mark.parametrize("number", range(len(CASES)))
def test_addresses_compared_as_pages(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     number: int) -> None:
    lang, source, target, wanted = CASES[number]
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", "--show-info", expect=None)
    found = [(f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
             if f["code"] == "TP401"]
    assert found == wanted


def test_a_hostile_address_is_read_in_linear_time() -> None:
    import time

    from transpub.checks.markup import _page

    for address in ("http://" + "a/" * 30000, "http://x.org/" + "fr." * 30000 + "?"
                    + "lang=fr&" * 20000, "https://" + "www." * 30000):
        start = time.perf_counter()
        _page(address, "fr")
        assert time.perf_counter() - start < 0.5
