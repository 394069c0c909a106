"""A web site's footer copied under the release (FAO's and ESCWA's archived pages, a trial of
session 66, finding F): its copyright line and, above it, its links home, to its search and
to its webmaster are the site's, removed and said, in the six languages; they had been
paragraphs to translate. A release's own closing, its contact block, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.importer_footer import copyright_line, footer_line

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
