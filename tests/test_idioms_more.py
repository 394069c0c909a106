"""Numbers said by an idiom of the translation (TP301, an info): Chinese in traditional
characters is read as simplified («時刻保持穩定在線» for "available 24 hours a day", Debian's
press releases, t63/h6), and «时刻», «随时» say "24 hours a day". A translation that drops the
idiom's number and says nothing of it is still an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli

MIRROR = "A primary mirror site is available 24 hours a day."
CASES = [
    # (lang, source, translation, TP301's severities)
    ("zh", MIRROR, "一個主鏡像服務需要時刻保持穩定在線。", ["info"]),
    ("zh", MIRROR, "一个主镜像服务需要时刻保持稳定在线。", ["info"]),
    ("zh", MIRROR, "一個主鏡像服務需要晝夜保持穩定在線。", ["info"]),
    ("zh", MIRROR, "一個主鏡像服務需要保持穩定在線。", ["error"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), CASES)
def test_idiom_said(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
                    target: str, wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted


FREE = ("Debian's Social Contract commits it to producing a system which is 100% "
        '<a href="$(HOME)/intro/free">free</a>.')
COMPLETELY = [
    ("fr", FREE, "Le contrat social Debian s'engage à produire un système totalement "
     '<a href="$(HOME)/intro/free">libre</a>.', ["info"]),
    ("es", FREE, "El contrato social de Debian lo compromete a producir un sistema "
     'completamente <a href="$(HOME)/intro/free">libre</a>.', ["info"]),
    ("ru", FREE, "Общественный договор Debian обязывает создавать полностью "
     '<a href="$(HOME)/intro/free">свободную</a> систему.', ["info"]),
    ("fr", FREE, "Le contrat social Debian s'engage à produire un système "
     '<a href="$(HOME)/intro/free">libre</a>.', ["error"]),
    ("fr", FREE, "Le contrat social Debian s'engage à produire un système libre à 90 % "
     '<a href="$(HOME)/intro/free">libre</a>.', ["error"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), COMPLETELY)
def test_hundred_per_cent_free(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               source: str, target: str, wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted
