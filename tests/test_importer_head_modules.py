"""The head's readings split out of ``importer_head`` (statements, language pointers, the
dateline's places) import on their own, and the two it calls import nothing of it at run
time (its ``Head`` only for types): no import cycle between them."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(("module", "head_loaded"), [
    ("transpub.importer_statements", False),
    ("transpub.importer_pointers", False),
    ("transpub.importer_places", True),
])
def test_each_module_imports_alone(module: str, head_loaded: bool) -> None:
    code = (f"import sys, {module}; "
            "print('transpub.importer_head' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == str(head_loaded)
