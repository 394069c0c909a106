"""A PO file's own ``Plural-Forms``, written otherwise than CLDR's but saying the same
(Weblate's ``nplurals=2; plural=n > 1;``), is kept by ``extract`` (session 58's coordinator
trial: each Weblate commit and the next extract flipped it back and forth in git); one that
says otherwise is put right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SLUG, Cli, copy_sample


@pytest.mark.parametrize(("lang", "theirs", "kept"), [
    ("fr", "nplurals=2; plural=n > 1;", True),
    ("ru", "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 "
           "|| n%100>=20) ? 1 : 2;", True),
    ("fr", "nplurals=2; plural=n != 1;", False),
    ("fr", "nplurals=1; plural=0;", False),
])
def test_the_files_own_plural_forms_saying_the_same_are_kept(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, theirs: str,
        kept: bool) -> None:
    ws = copy_sample(tmp_path)
    path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    text = path.read_text(encoding="utf-8")
    start = text.index('"Plural-Forms: ')
    end = text.index('\\n"', start)
    path.write_text(text[:start] + f'"Plural-Forms: {theirs}' + text[end:], encoding="utf-8")
    source = ws / "source" / f"{SLUG}.xml"  # (a source edit: extract rewrites the file)
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Strategic Dialogue", "Strategic Talks", 1), encoding="utf-8")
    cli_factory(ws)("extract", "-q")
    written = path.read_text(encoding="utf-8")
    assert (f'"Plural-Forms: {theirs}\\n"' in written) == kept, written[:900]
    assert "Strategic Talks" in written
