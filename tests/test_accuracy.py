"""The checker's accuracy on the corpus of tests/corpus (benchmarks/accuracy.py): every kind of
injected translator error is caught, and clean translations and legitimate variants raise no
error- or warning-level finding."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def _accuracy():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", ["corpus", "corpus_holdout"])
def test_recall_and_false_alarms_on_the_corpus(corpus: str) -> None:
    accuracy = _accuracy()
    result = accuracy.evaluate(ROOT / "tests" / corpus)
    caught, total, alarms = result.totals()
    assert total >= 300
    assert caught / total >= 0.95, [m for t in result.recall.values() for m in t.missed]
    for (lang, kind), tally in result.recall.items():
        assert tally.recall >= 75, (lang, kind, tally.missed)
    assert alarms == 0, dict(result.alarms)
