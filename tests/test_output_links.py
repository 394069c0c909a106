"""A symbolic link in output/ is replaced by the page, never written through (session 59's
hostile trial: a page of output/ made a link to a file outside the workspace, which a ``git
pull`` of a repository that commits output/ may bring, had that file overwritten with the
HTML page, exit 0). PO files linked from another checkout stay written through (README)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def test_a_link_in_output_is_replaced_not_written_through(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path, output=True)
    outside = tmp_path / "profile"
    outside.write_text("export PATH=$PATH:/opt/precious\n", encoding="utf-8")
    for name in (f"{SLUG}.html", "index.html"):
        page = ws / "output" / "fr" / name
        page.unlink()
        page.symlink_to(outside)
    done = subprocess.run([sys.executable, "-m", "transpub", "build", "--force"], cwd=ws,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert outside.read_text(encoding="utf-8") == "export PATH=$PATH:/opt/precious\n"
    for name in (f"{SLUG}.html", "index.html"):
        page = ws / "output" / "fr" / name
        assert not page.is_symlink() and "<html" in page.read_text(encoding="utf-8")
    (ws / "output" / "fr" / "index.html").unlink()
    (ws / "output" / "fr" / "index.html").symlink_to(outside)
    done = subprocess.run([sys.executable, "-m", "transpub", "build", "--index-only"], cwd=ws,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert outside.read_text(encoding="utf-8") == "export PATH=$PATH:/opt/precious\n"
    assert not (ws / "output" / "fr" / "index.html").is_symlink()
