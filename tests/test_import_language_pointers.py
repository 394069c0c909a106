"""A page's pointer to its version in another language, after the headline or on a line of
its own under it, in the six languages (un.org/sg's "[scroll down for French]", without the
word "version", had stayed in the headline: trial t64/hF, class D). The texts are written for
these tests in the pages' layouts; each reading has a twin that must not be taken so."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file

BODY = ("Migration is a powerful driver of economic growth, dynamism and understanding.\n\n"
        "It allows millions of people to seek new opportunities.\n")
HEAD = "New York\n\n18 December 2019\n\n"
TITLE = "Secretary-General's message on International Migrants Day"


@pytest.mark.parametrize("pointer", [
    "[scroll down for French]", "[scroll down for French version]",
    "(scroll down for Spanish)", "[English version below]", "[French version follows]",
    "(see below for the Spanish version)"])
def test_pointer_after_the_headline_is_removed(tmp_path: Path, pointer: str) -> None:
    release, removed = import_text(tmp_path, f"{HEAD}{TITLE} {pointer}\n\n{BODY}")
    assert kinds(release, "title") == [TITLE]
    assert pointer in removed


@pytest.mark.parametrize("lang,title,pointer", [
    ("fr", "Message du Secrétaire général", "[voir plus bas pour la version française]"),
    ("fr", "Message du Secrétaire général", "(version française ci-dessous)"),
    ("es", "Mensaje del Secretario General", "[versión en español más abajo]"),
    ("ru", "Послание Генерального секретаря", "[текст на русском языке см. ниже]"),
    ("zh", "秘书长致辞", "（英文版见下）"),
    ("ar", "رسالة الأمين العام", "[النسخة العربية أدناه]")])
def test_pointer_in_the_other_languages(tmp_path: Path, lang: str, title: str,
                                        pointer: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"{title} {pointer}\n\n{BODY}", encoding="utf-8")
    report = import_file(path, None, lang)
    assert kinds(report.release, "title") == [title]
    assert pointer in [t for _, t in report.removed]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_pointer_on_a_line_of_its_own_under_the_headline(tmp_path: Path, gap: str) -> None:
    """Glued under the headline or in a block of its own: neither the headline's last words
    nor the first paragraph."""
    release, removed = import_text(tmp_path,
                                   f"{HEAD}{TITLE}{gap}[scroll down for French]\n\n{BODY}")
    assert kinds(release, "title") == [TITLE]
    assert kinds(release, "p")[0].startswith("Migration is")
    assert "[scroll down for French]" in removed


@pytest.mark.parametrize("title", [
    "Ruling on the Gaza Strip (South Africa v. Israel)", "New Course for Diplomats (French)",
    "Talks go down well in Geneva (French view)", "Day of Francophonie (downloads in French)"])
def test_twins_a_headline_s_own_bracket_stays(tmp_path: Path, title: str) -> None:
    """A bracket naming no language, or a language and no pointer to a version of the page."""
    release, _ = import_text(tmp_path, f"{HEAD}{title}\n\n{BODY}")
    assert kinds(release, "title") == [title]


@pytest.mark.parametrize("lang,title", [
    ("en", "WHO publishes guidance on COVID-19 vaccines (Arabic version)"),
    ("en", "UNESCO launches World Atlas of Languages (English, French and Spanish versions)"),
    ("en", "Secretary-General welcomes Spanish Government decision (follows French "
           "initiative)"),
    ("en", "Arabic Language Day 2021 (Arabic calligraphy exhibition follows)"),
    ("zh", "联合国发布《世界人口展望》（中文版）"),
    ("ru", "Выход в свет доклада о мировом развитии (русская версия)")])
def test_twins_a_language_named_and_no_pointer(tmp_path: Path, lang: str, title: str) -> None:
    """A bracket naming a language, a version or a verb that follows, that points to no other
    place on the page (no direction, no link, no version that follows) is the headline's
    (t64/hM finding C: each had been cut from it)."""
    path = tmp_path / "release.txt"
    body = {"en": BODY,
            "zh": "报告显示，该区域的粮食不安全状况急剧上升。\n\n各机构呼吁立即采取行动。\n",
            "ru": "Доклад показывает, что отсутствие продовольственной безопасности резко "
                  "возросло.\n\nАгентства призывают к немедленным действиям.\n"}[lang]
    path.write_text(f"{title}\n\n{body}", encoding="utf-8")
    report = import_file(path, None, lang)
    assert kinds(report.release, "title") == [title]
    assert not report.removed


@pytest.mark.parametrize("pointer", ["[version française : www.un.org/fr/sg]",
                                     "(French version further down)"])
def test_a_pointer_by_a_link_or_further_down(tmp_path: Path, pointer: str) -> None:
    release, removed = import_text(tmp_path, f"{HEAD}{TITLE} {pointer}\n\n{BODY}")
    assert kinds(release, "title") == [TITLE]
    assert pointer in removed


@pytest.mark.parametrize("lang,title", [
    ("en", "Secretary-General welcomes Beijing accord (see statement by Chinese Government)"),
    ("en", "Secretary-General welcomes Cairo summit (see Arabic League statement below)"),
    ("en", "Secretary-General welcomes accord (see the French President's remarks below)"),
    ("fr", "Le Secrétaire général salue l'accord de Pékin (voir la déclaration du "
           "Gouvernement chinois)"),
    ("fr", "Le Secrétaire général salue l'accord (voir le communiqué chinois ci-dessous)"),
    ("es", "El Secretario General asiste a la cumbre de El Cairo (ver declaración de la Liga "
           "Árabe)"),
    ("ru", "Генеральный секретарь приветствует соглашение (см. заявление Русского "
           "географического общества)"),
    ("ar", "الأمين العام يشارك في قمة القاهرة (انظر بيان جامعة الدول العربية)"),
    ("en", "Secretary-General welcomes Beijing accord (see Chinese Government statement "
           "below)"),
    ("es", "El Secretario General celebra el acuerdo (ver la declaración del Gobierno chino "
           "más abajo)"),
    ("ar", "الأمين العام يرحب بالاتفاق (انظر بيان الحكومة الصينية أدناه)")])
def test_twins_see_and_a_nationality(tmp_path: Path, lang: str, title: str) -> None:
    """A direction ("see", «voir», «ver», «см.», «انظر», "below") and a language's word that
    names a nation, a body or a government, no version nor the language itself, is the
    headline's own bracket (t65/hB finding 7: each had been cut as a pointer)."""
    path = tmp_path / "release.txt"
    body = {"ar": "قال الأمين العام إن القمة فرصة مهمة.\n\nودعا إلى العمل.\n",
            "ru": "Генеральный секретарь приветствовал соглашение.\n\nОн призвал к "
                  "действиям.\n"}.get(lang, BODY)
    path.write_text(f"{title}\n\n{body}", encoding="utf-8")
    report = import_file(path, None, lang)
    assert kinds(report.release, "title") == [title]
    assert not report.removed


@pytest.mark.parametrize("lang,pointer", [
    ("en", "[French below]"), ("en", "(English text below)"), ("en", "(in French below)"),
    ("en", "[see below for French and Spanish]"), ("fr", "(voir ci-dessous en français)"),
    ("fr", "[texte français ci-dessous]"), ("es", "(ver abajo en español)"),
    ("ru", "(русский текст ниже)"), ("zh", "（英文见下）"), ("ar", "(النص باللغة العربية أدناه)"),
    ("ar", "(انظر أدناه بالعربية)")])
def test_a_pointer_naming_the_language_without_version(lang: str, pointer: str) -> None:
    """The language named as the language ("for French", «en français», «русский текст»,
    «بالعربية», 英文) with a direction is a pointer with no word "version"."""
    from transpub.importer_pointers import without_pointer

    assert without_pointer(f"{TITLE} {pointer}") == TITLE


@pytest.mark.parametrize("lang,pointer", [
    ("en", "(see French below)"), ("en", "(French and Spanish below)"),
    ("en", "(see English and French below)"), ("en", "(French follows)"),
    ("fr", "(voir l'anglais ci-dessous)"), ("fr", "(voir l’anglais ci-dessous)"),
    ("es", "(ver inglés más abajo)"), ("es", "(ver el inglés más abajo)"),
    ("ru", "(см. ниже по-английски)"), ("ru", "(английский вариант ниже)"),
    ("ar", "(انظر الإنجليزية أدناه)"), ("ar", "(الإنجليزية أدناه)")])
def test_a_language_said_as_a_noun_with_a_direction(lang: str, pointer: str) -> None:
    """A language's name as the language's noun (English's with no noun after it, French's
    and Spanish's after "see" or an article, Russian's «по-английски» or before «вариант»,
    Arabic's after «انظر») and a direction is a pointer (t65/hF finding 5: kept in the
    headline by the fixed wordings of c284365); a nation's adjective before or after its noun
    is not (``test_twins_see_and_a_nationality``)."""
    from transpub.importer_pointers import without_pointer

    assert without_pointer(f"{TITLE} {pointer}") == TITLE
