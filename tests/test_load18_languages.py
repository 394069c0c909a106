"""The six UN languages' facts known without reading CLDR (``languages._UN_FACTS``): the
same as babel's data gives them, used only under the babel release they were read with."""

from __future__ import annotations

import babel
import pytest

from transpub import languages


def test_the_table_is_what_cldr_says() -> None:
    if babel.__version__ != languages._UN_FACTS_BABEL:
        pytest.skip(f"babel {babel.__version__}: the table is not used")
    assert set(languages._UN_FACTS) == set(languages.UN_LANGUAGES)
    for code, facts in languages._UN_FACTS.items():
        assert languages._read_cldr_facts(code) == facts, code


def test_the_six_are_known_without_cldr(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(code: str) -> tuple[str, str, str, str, str]:
        raise AssertionError(f"CLDR read for {code}")

    monkeypatch.setattr(languages, "_KNOWN", {})
    monkeypatch.setattr(languages, "_read_cldr_facts", refuse)
    languages._cldr_facts.cache_clear()
    try:
        if babel.__version__ == languages._UN_FACTS_BABEL:
            infos = languages.validate_languages(languages.UN_LANGUAGES)
            assert all(info._facts is not None for info in infos)
            assert [info.facts() for info in infos] == [
                languages._UN_FACTS[code] for code in languages.UN_LANGUAGES]
        # another release: read from CLDR (here: refused, so the read is seen)
        monkeypatch.setattr(languages, "_KNOWN", {})
        monkeypatch.setattr(languages, "_UN_FACTS_BABEL", "another")
        with pytest.raises(AssertionError, match="CLDR read for fr"):
            languages.language("fr").facts()
    finally:
        languages._cldr_facts.cache_clear()
