"""Published pages reflow at 320 CSS px (WCAG 1.4.10; 1280 px at 400 % zoom): a UN document's
address (an unbroken string longer than the column) had made every language's page 920 px
wide, the Arabic one running off to the left. Each page is laid out in headless Chromium in
an ``<iframe>`` 320 px wide (a headless window is at least 500 px wide)."""

from __future__ import annotations

import html as html_text
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_review import _chromium

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"
URL = ("https://www.un.org/counterterrorism/sites/www.un.org.counterterrorism/files/"
       "200831_unoct_cted_joint_report_final.pdf")

#: every page's extent once the host page has loaded: scrollWidth and the leftmost and
#: rightmost edge of any box (an RTL page overflows to the left, which scrollWidth hides)
_PROBE = """<script>window.onload = () => {
const out = {};
for (const frame of document.querySelectorAll('iframe')) {
  const doc = frame.contentDocument; let left = 0, right = 0;
  for (const e of doc.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width) { left = Math.min(left, r.left); right = Math.max(right, r.right); }
  }
  out[frame.id] = [doc.documentElement.scrollWidth, Math.round(left), Math.round(right)];
}
document.body.setAttribute('data-probe', JSON.stringify(out)); };</script>"""


def probe_frames(pages: dict[str, Path], host: Path, probe: str, height: int = 900) -> Any:
    """What the ``probe`` script (run on load, writing JSON to the body's ``data-probe``)
    finds of each page laid out 320 px wide in an iframe of headless Chromium (a headless
    window cannot be narrower than 500 px); the skip link's tests use it too."""
    frames = "".join(
        f'<iframe id="{name}" width="320" height="{height}" style="border:0;display:block" '
        f'srcdoc="{html_text.escape(path.read_text(encoding="utf-8"))}"></iframe>'
        for name, path in pages.items())
    host.write_text(f'<!DOCTYPE html><html><body style="margin:0">{frames}{probe}'
                    "</body></html>", encoding="utf-8")
    dom = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                          "--hide-scrollbars", "--window-size=1280,1000", "--dump-dom",
                          host.as_uri()], capture_output=True, text=True, check=True,
                         timeout=180).stdout
    found = re.findall(r'data-probe="([^"]*)"', dom)
    assert found, dom[-500:]
    return json.loads(html_text.unescape(found[-1]))


def _extents(pages: dict[str, Path], host: Path) -> dict[str, list[int]]:
    result: dict[str, list[int]] = probe_frames(pages, host, _PROBE)
    return result


def test_a_long_address_wraps_at_320_px_in_every_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    source = ws / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "New York, <email", f"<url>{URL}</url>, New York, <email", 1), encoding="utf-8")
    cli = cli_factory(ws)
    cli("extract", "-q")
    cli("build", "-q")
    pages = {f"{lang}-{name}": ws / "output" / lang / f"{name}.html"
             for lang in ("ar", "zh", "en", "fr", "ru", "es") for name in (SLUG, "index")}
    assert URL in pages[f"ar-{SLUG}"].read_text(encoding="utf-8")
    extents = _extents(pages, tmp_path / "host.html")
    assert set(extents) == set(pages)
    wide = {name: extent for name, extent in extents.items()
            if extent[0] > 320 or extent[1] < 0 or extent[2] > 320}
    assert wide == {}, wide
