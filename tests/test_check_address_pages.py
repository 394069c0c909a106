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
    # (the language's own page with a fragment after its suffix, the source's page named
    # without one, as Debian's site serves it: t64/hN class I)
    ("es", 'the <a href="https://www.debian.org/social_contract#guidelines">DFSG</a>',
     'las <a href="https://www.debian.org/social_contract.es.html#guidelines">DFSG</a>', []),
    ("fr", "See https://www.debian.org/social_contract.en.html#guidelines now.",
     "Voir https://www.debian.org/social_contract#guidelines maintenant.", []),
    # (another fragment, another page, or a suffix with no language set aside stay errors)
    ("es", "See https://www.debian.org/social_contract#guidelines now.",
     "Vea https://www.debian.org/social_contract.es.html#dfsg ahora.",
     [("error", "«https://www.debian.org/social_contract#guidelines» became "
       "«https://www.debian.org/social_contract.es.html#dfsg»")]),
    ("es", "See https://example.org/report#summary now.",
     "Vea https://example.org/report.html#summary ahora.",
     [("error", "«https://example.org/report#summary» became "
       "«https://example.org/report.html#summary»")]),
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
    # (an address changed to a longer one holding the source's is another, compared whole:
    # as a substring it had passed, reported by no check; t65/hB)
    ("ru", 'The fix closes <a href="https://bugs.debian.org/12345">this bug</a>.',
     'Исправление закрывает <a href="https://bugs.debian.org/123456">эту ошибку</a>.',
     [("error", "«https://bugs.debian.org/12345» became «https://bugs.debian.org/123456»")]),
    ("ru", "The fix closes https://bugs.debian.org/12345 now.",
     "Исправление закрывает https://bugs.debian.org/123456 сейчас.",
     [("error", "«https://bugs.debian.org/12345» became «https://bugs.debian.org/123456»")]),
    ("es", 'Write to <a href="mailto:press@lists.debian.org">the press team</a>.',
     'Escriba al <a href="mailto:debian-press@lists.debian.org">equipo de prensa</a>.',
     [("error", "«press@lists.debian.org» became «debian-press@lists.debian.org»")]),
    ("zh", 'Write to <a href="mailto:press@debian.org">the press team</a>.',
     '请写信给<a href="mailto:press@debian.org.cn">新闻组</a>。',
     [("error", "«press@debian.org» became «press@debian.org.cn»")]),
    ("fr", 'Visit <a href="https://www.debian.org/">Debian</a> today.',
     'Visitez <a href="https://www.debian.org/evil">Debian</a> aujourd’hui.',
     [("error", "«https://www.debian.org/» became «https://www.debian.org/evil»")]),
    ("es", 'Schmehl <a href="$(HOME)/events/2004/0318-cebit-report">reported</a> at <a '
     'href="$(HOME)/events/2004/0318-cebit">CeBIT</a>.', 'Schmehl <a href="$(HOME)/events/'
     '2004/0318-cebit-report.wml">informó</a> en el <a href="$(HOME)/events/2004/0318-cebit">'
     'CeBIT</a>.', [("error", "«$(HOME)/events/2004/0318-cebit-report» became "
                    "«$(HOME)/events/2004/0318-cebit-report.wml»")]),
    # (the source's address whole, text or punctuation glued to it: its own)
    ("zh", "Write to press@debian.org for details.", "详情请写信至press@debian.org了解。", []),
    ("ar", "Visit http://www.un.org/ar, or write.", "زوروا http://www.un.org/ar، أو اكتبوا.", []),
    ("fr", "See https://bugs.debian.org/12345 now.", "Voir https://bugs.debian.org/12345/.", []),
    # a site's macro ("$(HOME)", "${BASE}") stands for its root: the same path from it is an
    # info (what it stands for is not known), another path an error (t63/h6)
    ("fr", 'Read the <a href="https://www.debian.org/releases/squeeze/releasenotes">release '
     'notes</a>.', 'Lisez les <a href="$(HOME)/releases/squeeze/releasenotes">notes de '
     'publication</a>.',
     [("info", "«https://www.debian.org/releases/squeeze/releasenotes» became "
       "«$(HOME)/releases/squeeze/releasenotes», the same path from the site's macro?")]),
    ("ru", 'See the <a href="${BASE}/vote/2012/vote_001">voting page</a>.',
     'См. <a href="https://www.debian.org/vote/2012/vote_001">страницу голосования</a>.',
     [("info", "«${BASE}/vote/2012/vote_001» became «https://www.debian.org/vote/2012/vote_001»"
       ", the same path from the site's macro?")]),
    ("es", _MORE.format('<a href="$(HOME)/">https://www.debian.org/</a>', "press@debian.org"),
     'Para más información, visite <a href="/">https://www.debian.org/</a> o escriba a '
     'press@debian.org.',
     [("info", "«$(HOME)/» became «/», the same path on the page's own site?")]),
    ("fr", 'Support <a href="https://www.debian.org/News/2010/20100121">ended</a>.',
     'Le suivi <a href="$(HOME)/News/2012/20100121">a pris fin</a>.',
     [("error", "«https://www.debian.org/News/2010/20100121» became "
       "«$(HOME)/News/2012/20100121»")]),
    ("fr", 'See <a href="$(HOME)/News/2010/">the news</a>.',
     'Voir <a href="$(HOME)/News/2012/">les nouvelles</a>.',
     [("error", "«$(HOME)/News/2010/» became «$(HOME)/News/2012/»")]),
    # a link's text naming another address than its own, put right: the link is judged by
    # where it goes (an info); the link itself changed is an error
    ("fr", _MORE.format("the web pages", '<a href="mailto:press@debian.org">press@debconf.org</a>'),
     "Pour plus d'informations, consultez le site ou écrivez à "
     '<a href="mailto:press@debian.org">press@debian.org</a>.',
     [("info", "«press@debconf.org», the text of a link to «press@debian.org», is not in the "
       "translation, which keeps the link")]),
    ("fr", _MORE.format("the web pages", '<a href="mailto:press@debian.org">press@debconf.org</a>'),
     "Pour plus d'informations, consultez le site ou écrivez à "
     '<a href="mailto:info@debian.org">info@debian.org</a>.',
     [("error", "«press@debconf.org» became «info@debian.org»"),
      ("error", "«press@debian.org» became «info@debian.org»")]),
    # the link kept, its text reworded without an address: an info; its text changed to a
    # third address is the source's text changed, an error (t64/hJ F5)
    ("fr", _MORE.format("the web pages", '<a href="mailto:press@debian.org">press@debconf.org</a>'),
     "Pour plus d'informations, consultez le site ou écrivez au "
     '<a href="mailto:press@debian.org">service de presse</a>.',
     [("info", "«press@debconf.org», the text of a link to «press@debian.org», is not in the "
       "translation, which keeps the link")]),
    ("fr", 'Write to <a href="mailto:press@debian.org">press@debconf.org</a>.',
     'Écrivez à <a href="mailto:press@debian.org">presse@evil.org</a>.',
     [("error", "«press@debconf.org» became «presse@evil.org»")]),
    # (the link's own address written another way is its own: t65/hB)
    ("fr", 'Visit <a href="https://www.debian.org/">https://www.debian.net/</a>.',
     'Visitez <a href="https://www.debian.org/">www.debian.org</a>.',
     [("info", "«https://www.debian.net/», the text of a link to «https://www.debian.org/», "
       "is not in the translation, which keeps the link")]),
    ("es", 'Visit <a href="https://www.debian.org/">https://www.debian.net/</a>.',
     'Visite <a href="https://www.debian.org/">https://WWW.Debian.org</a>.',
     [("info", "«https://www.debian.net/», the text of a link to «https://www.debian.org/», "
       "is not in the translation, which keeps the link")]),
    ("ru", 'Mail <a href="mailto:press@debian.org">press@debconf.org</a>.',
     'Пишите <a href="mailto:press@debian.org">PRESS@DEBIAN.ORG</a>.',
     [("info", "«press@debconf.org», the text of a link to «press@debian.org», is not in the "
       "translation, which keeps the link")]),
    ("fr", 'Visit <a href="https://www.debian.org/">https://www.debian.net/</a>.',
     'Visitez <a href="https://www.debian.org/">www.debian.org/evil</a>.',
     [("error", "«https://www.debian.net/» became «www.debian.org/evil»")]),
    ("es", 'See <a href="https://www.debian.org/News/">https://debian.org/News</a>.',
     'Vea <a href="https://www.debian.org/News/">https://www.evil.org/News</a>.',
     [("error", "«https://debian.org/News» became «https://www.evil.org/News»")]),
    # one address changed is one finding, however often each side writes it: a link's
    # address is its href and its text too (t64/hN class K)
    ("ru", 'Write to <a href="mailto:debian-publicity@lists.debian.org">'
     'debian-publicity@lists.debian.org</a>.',
     'Пишите на <a href="mailto:debian-l10n-russian@lists.debian.org">'
     'debian-l10n-russian@lists.debian.org</a>.',
     [("error", "«debian-publicity@lists.debian.org» became "
       "«debian-l10n-russian@lists.debian.org»")]),
    ("zh", 'See <a href="https://www.debian.org/a">https://www.debian.org/a</a>.',
     '见<a href="https://evil.org/a">https://evil.org/a</a>。',
     [("error", "«https://www.debian.org/a» became «https://evil.org/a»")]),
]


def _checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
             target: str, code: str) -> list[tuple[str, str]]:
    """One unit's findings of ``code`` (severity, message), the CLI's JSON read back."""
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", "--show-info", expect=None)
    return [(f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
            if f["code"] == code]


@pytest.mark.parametrize("number", range(len(CASES)))
def test_addresses_compared_as_pages(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     number: int) -> None:
    lang, source, target, wanted = CASES[number]
    assert _checked(tmp_path, cli_factory, lang, source, target, "TP401") == wanted


def test_a_hostile_address_is_read_in_linear_time() -> None:
    import time

    from transpub.checks.markup import _page

    for address in ("http://" + "a/" * 30000, "http://x.org/" + "fr." * 30000 + "?"
                    + "lang=fr&" * 20000, "https://" + "www." * 30000):
        start = time.process_time()  # CPU: the suite shares two cores
        _page(address, "fr")
        assert time.process_time() - start < 0.5


#: (language, source, translation, TP402's findings: (severity, message) in order)
EXTRA = [
    # the source's address written another way, however often: no extra (t63/h6)
    ("es", 'Visit <a href="http://debconf16.debconf.org/">http://debconf16.debconf.org/</a>.',
     'Visite <a href="https://debconf16.debconf.org/">https://debconf16.debconf.org/</a>.', []),
    ("fr", 'More at <a href="http://2010.rmll.info/?lang=en">http://2010.rmll.info/?lang=en</a>.',
     'Plus sur <a href="http://2010.rmll.info/?lang=fr">http://2010.rmll.info/?lang=fr</a>.',
     []),
    # an address changed to a longer one holding the source's: TP401's error, no extra
    ("ru", "The fix closes https://bugs.debian.org/12345 now.",
     "Исправление закрывает https://bugs.debian.org/123456 сейчас.", []),
    # a site's macro written out as its link's text: an info
    ("es", 'Visit the <a href="$(HOME)/">Debian homepage</a>.',
     'Visite <a href="$(HOME)/">https://www.debian.org/</a>.',
     [("info", "«https://www.debian.org/» is not in the source, which has its path from the "
       "site's macro")]),
    # an address of its own beside the source's written another way is still extra
    ("es", "Visit http://debconf16.debconf.org/ today.",
     "Visite https://debconf16.debconf.org/ y http://debconf.org/ hoy.",
     [("warning", "«http://debconf.org/» is not in the source")]),
    ("fr", "Write to press@debian.org.",
     "Écrivez à press@debian.org ou debian-release@lists.debian.org.",
     [("warning", "«debian-release@lists.debian.org» is not in the source")]),
    # one address added is one finding: a link's href and its text (t64/hN class K), or the
    # same address written twice
    ("fr", 'Mail us at <a href="mailto:debian-publicity@lists.debian.org">'
     'debian-publicity@lists.debian.org</a>.',
     'Écrivez-nous à <a href="mailto:debian-publicity@lists.debian.org">'
     'debian-publicity@lists.debian.org</a> ou <a href="mailto:debian-l10n-french@lists.'
     'debian.org">debian-l10n-french@lists.debian.org</a>.',
     [("warning", "«debian-l10n-french@lists.debian.org» is not in the source")]),
    ("ar", "Visit https://www.debian.org/ today.",
     "زوروا https://www.debian.org/ و https://www.debian.org/ar/ و https://evil.org/ "
     "و https://evil.org/ اليوم.",
     [("warning", "«https://evil.org/» is not in the source")]),
    # an address changed (TP401's) is no extra, however often the translation writes it
    ("es", 'See <a href="https://www.debian.org/a">https://www.debian.org/a</a>.',
     'Vea <a href="https://evil.org/a">https://evil.org/a</a>.', []),
]


@pytest.mark.parametrize("number", range(len(EXTRA)))
def test_extra_addresses_compared_as_pages(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                           number: int) -> None:
    lang, source, target, wanted = EXTRA[number]
    assert _checked(tmp_path, cli_factory, lang, source, target, "TP402") == wanted


def test_a_macro_stands_for_the_release_s_own_site(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    """A site's macro compared by its path stands for the site's root host, one the document
    names: «https://www.evil.org/vote/…» for "$(HOME)/vote/…" in a release that names
    debian.org, and "https://lists.debian.org/vote/" as «$(HOME)/vote/» (another host of the
    site) are errors; «https://www.debian.org/vote/…» and its French host are infos (t64/hJ
    F6)."""
    po = polib.POFile()
    po.metadata = {"Language": "fr", "Content-Type": "text/plain; charset=UTF-8"}
    vote = 'See <a href="$(HOME)/vote/2012/vote_001">the vote</a>.'
    for key, source, target in [
            ("p1", "Write to press@debian.org.", "Écrivez à press@debian.org."),
            ("p2", vote, 'Voir <a href="https://www.evil.org/vote/2012/vote_001">le vote</a>.'),
            ("p3", vote, 'Voir <a href="https://www.debian.org/vote/2012/vote_001">le vote</a>.'),
            ("p4", vote, 'Voir <a href="https://fr.debian.org/vote/2012/vote_001">le vote</a>.'),
            ("p5", 'See <a href="https://lists.debian.org/vote/2012/">the list</a>.',
             'Voir <a href="$(HOME)/vote/2012/">la liste</a>.')]:
        po.append(polib.POEntry(msgctxt=key, msgid=source, msgstr=target))
    po.save(str(tmp_path / "fr.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / "fr.po"), "--format", "json", "--show-info", expect=None)
    found = sorted((f["unit"], f["severity"]) for f in json.loads(cli.out)["findings"]
                   if f["code"] == "TP401")
    assert found == [("p2", "error"), ("p3", "info"), ("p4", "info"), ("p5", "error")]


def test_a_macro_s_host_is_a_site_s_root() -> None:
    from transpub.checks.markup import _same_page

    assert _same_page("$(HOME)/vote/", "https://www.debian.org/vote/", "en", "fr") == 2
    assert _same_page("$(HOME)/vote/", "https://lists.debian.org/vote/", "en", "fr") is None
    assert _same_page("$(HOME)/vote/", "https://www.debian.org/vote/", "en", "fr",
                      frozenset({"un.org"})) is None
    assert _same_page("https://www.bbc.co.uk/news", "${BASE}/news", "en", "fr") == 2


@pytest.mark.parametrize("shape", ["macros", "urls", "localised"])
def test_many_changed_addresses_are_paired_by_their_pages(
        monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    """TP401/TP402 of one unit of 600 addresses a side, each changed: each address was
    compared with every one of the other side (``_same_page``, 360,000 calls a pass; 10 s for
    800 macro addresses, t64/hJ), now only with those filed under its page's keys
    (``checks/pairindex.py``). The findings are those of every pair compared (checked on
    random units in benchmarks/HOSTILE.md, session 65)."""
    from transpub.checks import markup
    from transpub.checks.context import Unit

    count = 600
    source, target = {
        "macros": ([f"$(HOME)/a/{i}" for i in range(count)],
                   [f"https://www.debian.org/a/{count - i}" for i in range(count)]),
        "urls": ([f"https://a.org/p{i}" for i in range(count)],
                 [f"https://b.org/q{i}" for i in range(count)]),
        "localised": ([f"https://un.org/en/d/p{i}.html?lang=en" for i in range(count)],
                      [f"https://un.org/fr/d/q{i}?lang=fr" for i in range(count)]),
    }[shape]
    calls = 0
    same_page = markup._same_page

    def counted(*args: object) -> int | None:
        nonlocal calls
        calls += 1
        return same_page(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(markup, "_same_page", counted)
    unit = Unit(id="p1", lang="fr", source=" ".join(source), target=" ".join(target),
                file="fr.po", line=1)
    sites = frozenset({"debian.org"})
    changed = list(markup._address_changed(unit, source, "en", sites))
    extra = list(markup._address_extra(unit, markup._addresses(unit.target), "en", sites))
    # (the macros' paths the translation's but for one: infos; other hosts: errors; the
    # pages of a folder marked with its language: infos; no extra beyond the changed ones)
    infos = {"macros": count - 1, "urls": 0, "localised": count}[shape]
    assert len(changed) == count and extra == []
    assert [f.severity for f in changed].count(markup.Severity.INFO) == infos
    assert calls < 10 * count
