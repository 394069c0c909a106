"""A web site's footer copied under the release (FAO's and ESCWA's archived pages, a trial of
session 66, finding F): its copyright line and, above it, its links home, to its search and
to its webmaster are the site's, removed and said, in the six languages; they had been
paragraphs to translate. A release's own closing, its contact block, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.importer_footer import claimed_copyright, copyright_line, footer_line, site_footer

_HEAD = "River Council opens session\n\n"
_TEXT = {"en": TAIL,
         "fr": "Genève, 3 mars 2025 – Le Conseil s’est réuni aujourd’hui.\n\nIl se réunira "
               "à nouveau.\n",
         "es": "Ginebra, 3 de marzo de 2025 – El Consejo se reunió hoy.\n\nVolverá a "
               "reunirse.\n",
         "ru": "Женева, 3 марта 2025 года – Совет провел сегодня заседание.\n\nОн соберется "
               "снова.\n",
         "zh": "日内瓦，2025年3月3日 — 理事会今天举行了会议。\n\n理事会将再次开会。\n",
         "ar": "جنيف، 3 آذار/مارس 2025 - اجتمع المجلس اليوم.\n\nوسيجتمع مرة أخرى.\n"}


@pytest.mark.parametrize(("lang", "footer"), [
    ("en", " FAO Home page\n Search our site\n\n©FAO, 2001"),
    ("en", "Suggestions?: Webmaster@fao.org\n\n©FAO, 2001"),
    ("en", "Copyright © UN-ESCWA"),
    ("en", "Contact us | Site map | Terms of use\n\n© 2024 United Nations. All rights reserved."),
    ("fr", ">\nPage d' accueil de la FAO \n>\n Rechercher notre site \n\n"
           "Suggestions?: Webmaster@fao.org\n\n©FAO, 2001"),
    ("fr", "Plan du site | Contactez-nous\n\n© ONU 2024 Tous droits réservés"),
    ("es", "Página de inicio de la FAO\nBuscar en nuestro sitio\n\n"
           "Derechos de autor © OIT 2003"),
    ("ru", "Карта сайта | Контакты\n\n© Организация Объединенных Наций, 2024. Все права "
           "защищены"),
    ("zh", "网站地图 | 联系我们\n\n版权所有 © 联合国 2024"),
    ("ar", "خريطة الموقع | اتصل بنا\n\nحقوق النشر © الإسكوا"),
])
def test_the_sites_footer_is_furniture(tmp_path: Path, lang: str, footer: str) -> None:
    text = f"{_HEAD}{_TEXT[lang]}\n{footer}\n"
    release, removed = import_text(tmp_path, text, lang=lang)
    body = kinds(release, "p") + kinds(release, "h2")
    assert len(body) == 2
    lines = [t.strip() for t in footer.split("\n") if t.strip()]
    assert [t for t in removed if t in lines] == lines
    # (a copyright in capitals, "©FAO, 2001", is no office line)
    assert kinds(release, "office") == []


@pytest.mark.parametrize("tail", [
    # (the release's contact block: its lead-in, a name, an address)
    "For more information, contact:\nJane Doe, Media Relations\ne-mail: jane.doe@un.org",
    # (the site's links without its copyright: no evidence that they are its foot)
    "Contact\n\nHome",
    # (a picture's credit: a slash, the photographer's name)
    "© UNICEF/UNI322107/Haro",
])
def test_a_releases_closing_stays(tmp_path: Path, tail: str) -> None:
    _release, removed = import_text(tmp_path, f"{_HEAD}{TAIL}\n{tail}\n")
    assert not any(t.strip() in removed for t in tail.split("\n") if t.strip())


def test_a_contact_block_over_the_footer_stays(tmp_path: Path) -> None:
    text = (f"{_HEAD}{TAIL}\nFor more information, contact:\nJane Doe\n"
            "e-mail: jane.doe@un.org\n\n FAO Home page\n Search our site\n\n©FAO, 2001\n")
    release, removed = import_text(tmp_path, text)
    assert removed == ["FAO Home page", "Search our site", "©FAO, 2001"]
    contact = " ".join(kinds(release, "line"))
    assert "Jane Doe" in contact and "jane.doe@un.org" in contact


@pytest.mark.parametrize(("line", "expected"), [
    ("©FAO, 2001", True), ("Copyright © UN-ESCWA", True), ("(c) 2024 UNEP", True),
    ("© UNICEF/UNI322107/Haro", False), ("Copyright law was reformed in 2001.", False),
])
def test_copyright_line(line: str, expected: bool) -> None:
    assert copyright_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("FAO Home page", True), ("Page d' accueil de la FAO", True), (">", True),
    ("Suggestions?: Webmaster@fao.org", True), ("Search our site", True),
    ("Home ministers met in Geneva", False),
    ("For more information, contact: Jane Doe, jane@un.org", False),
])
def test_footer_line(line: str, expected: bool) -> None:
    assert footer_line(line) is expected


@pytest.mark.parametrize("last", [
    # a list's item lettered (c) under (a) and (b): the release's last paragraph
    "(a) Protect the rights of refugees;\n\n(b) Guarantee their access to health care;\n\n"
    "(c) Ensure that all refugee children are enrolled in school by 2026.",
    # a sentence opening with the word: the text's (t66/hH 2: both had been removed)
    "Copyright: UNICEF photos may be used free of charge by the media.",
    "© UNICEF photos may be used free of charge by the media.",
    # a picture's credit standing alone under the text, no link of the site's above it
    "© 2024 UNICEF",
    "(c) Jane Doe, 2024",
])
def test_a_releases_last_paragraph_is_no_copyright(tmp_path: Path, last: str) -> None:
    release, removed = import_text(tmp_path, f"{_HEAD}{TAIL}\n{last}\n")
    assert removed == []
    assert kinds(release, "p")[-1] == last.split("\n\n")[-1]


def test_a_list_item_lettered_c_under_the_sites_links_stays() -> None:
    # ("(c) United Nations" has an owner's shape: the "(a)" above makes it the list's)
    blocks = [["(a) The World Bank;"], ["(b) The IMF;"], ["Site map"], ["(c) United Nations"]]
    assert site_footer(blocks) == 0
    assert site_footer([["Site map"], ["(c) United Nations 2024"]]) == 2


@pytest.mark.parametrize(("line", "expected"), [
    ("(c) Ensure that all refugee children are enrolled in school by 2026.", False),
    ("Copyright: UNICEF photos may be used free of charge by the media.", False),
    ("© 2024 Food and Agriculture Organization of the United Nations", True),
    ("© 2024 UNICEF", True),
])
def test_a_copyright_names_its_owner_only(line: str, expected: bool) -> None:
    assert copyright_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Copyright © UN-ESCWA", True), ("© 2024 United Nations. All rights reserved.", True),
    ("Derechos de autor © OIT 2003", True), ("© 2024 UNICEF", False),
    ("©FAO, 2001", False),
])
def test_a_claimed_copyright(line: str, expected: bool) -> None:
    assert claimed_copyright(line) is expected
