"""The suite's own settings: it runs in parallel on machines of any speed."""

from __future__ import annotations

from hypothesis import settings


def test_property_tests_have_no_deadline() -> None:
    # a busy or slow machine (two pytest workers, each running real CLI subprocesses) must not
    # fail a property test by how long one example took
    assert settings().deadline is None


def test_explicit_settings_inherit_no_deadline() -> None:
    # a test's own ``@settings(max_examples=...)`` takes what it does not set from the profile
    assert settings(max_examples=5).deadline is None
