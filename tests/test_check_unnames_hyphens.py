"""A UN title written with a space for one of its hyphens is the same title (TP108; UNDP
China's "UN Under Secretary-General and UNDP Acting Administrator", a trial of session 65,
finding I: read as the Secretary-General, and the right «联合国副秘书长» reported a swap)."""

from __future__ import annotations

import pytest

from transpub.namefind import UN_NAMES, changed, names_in


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "UN Under Secretary-General and UNDP Acting Administrator", "USG"),
    ("en", "the Under-Secretary General for Humanitarian Affairs", "USG"),
    ("en", "the Under Secretary General for Humanitarian Affairs", "USG"),
    ("en", "the Under-Secretary-General for Humanitarian Affairs", "USG"),
    ("en", "the Assistant Secretary General for Human Rights", "ASG"),
    ("en", "the Deputy Secretary General", "DSG"),
    ("fr", "la Vice Secrétaire générale", "DSG"),
])
def test_a_title_with_a_space_for_its_hyphen_is_read(lang: str, text: str, code: str) -> None:
    codes = [c for c, _ in names_in(text, lang, UN_NAMES)]
    assert code in codes
    assert "SG" not in codes


@pytest.mark.parametrize(("source", "lang", "target"), [
    ("The reception aligned with the official visit to China by Haoliang Xu, UN Under "
     "Secretary-General and UNDP Acting Administrator.", "zh",
     "此次招待会恰逢联合国副秘书长、联合国开发计划署代理署长徐浩良对中国进行正式访问。"),
    ("The Under Secretary-General spoke.", "fr", "Le Secrétaire général adjoint a pris la parole."),
    ("The Under Secretary-General spoke.", "ru", "Заместитель Генерального секретаря выступил."),
])
def test_the_title_translated_is_no_swap(source: str, lang: str, target: str) -> None:
    assert changed(source, "en", target, lang, UN_NAMES) == []


def test_another_title_still_is() -> None:
    # (the Under-Secretary-General written so, translated as the Secretary-General: a swap)
    assert [c for c, _, _ in changed("The Under Secretary-General spoke.", "en",
                                     "Le Secrétaire général a pris la parole.", "fr",
                                     UN_NAMES)] == ["USG"]


def test_the_names_of_a_language_are_read_once() -> None:
    # (b19f2c3 put its helper under ``_names``' @cache: every unit read the lists again, and
    # TP107, TP108 and TP109 took 3.5 times their time in benchmarks/check_units.py)
    from transpub import namefind

    assert namefind._names(UN_NAMES, "en") is namefind._names(UN_NAMES, "en")
