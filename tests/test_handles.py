"""TP403: a social-media handle of the source ("Follow UNOCT on X: @UN_OCT") is kept in the
translation; an account's name is not translated. Run through the real CLI on PO files, the
verdicts also cross-checked on real references (README "The checker": NTREX-128, TICO-19 and
WMT 2023 references, whose posts keep every handle, gave no finding)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli

HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {lang}\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
'''


def _found(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str, target: str,
           lang: str = "fr", code: str = "TP403") -> list[str]:
    path = tmp_path / "release.po"
    path.write_text(HEADER.format(lang=lang)
                    + f'\nmsgctxt "p1"\nmsgid "{source}"\nmsgstr "{target}"\n',
                    encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--select", code, "--format", "json", "--no-cache", expect=None)
    assert "Traceback" not in cli.err, cli.err
    return [str(f["message"]) for f in json.loads(cli.out)["findings"]]


@pytest.mark.parametrize(("source", "target", "lang", "messages"), [
    # the handle kept, whatever the words around it (and glued to Chinese words)
    ("Follow UNOCT on X: @UN_OCT.", "Suivez le BLCT sur X : @UN_OCT.", "fr", []),
    ("Follow UNOCT on X: @UN_OCT.", "在X上关注@UN_OCT了解更多。", "zh", []),
    # handles are not case-sensitive
    ("Follow @UN_Women.", "Suivez @un_women.", "fr", []),
    # dropped, or replaced by another account (the language's own, maybe: a warning)
    ("Follow UNOCT on X: @UN_OCT.", "Suivez le BLCT sur X.", "fr", ["«@UN_OCT» is missing"]),
    ("Follow UNOCT on X: @UN_OCT.", "Suivez le BLCT sur X : @ONU_BLCT.", "fr",
     ["«@UN_OCT» became «@ONU_BLCT»"]),
    ("Follow @UN_OCT and @antonioguterres.", "Suivez @UN_OCT et António Guterres.", "fr",
     ["«@antonioguterres» is missing"]),
    # the "@" translated away: «@ UN_OCT» is no handle
    ("Follow @UN_OCT.", "Suivez @ UN_OCT.", "fr", ["«@UN_OCT» is missing"]),
    # e-mail addresses are TP401's; a Mastodon account reads as one; "@" alone is a sign
    ("Write to gerardl@un.org.", "Écrire à gerardl@un.org.", "fr", []),
    ("Write to gerardl@un.org.", "Écrire au Bureau.", "fr", []),
    ("Follow @un@mastodon.social.", "Suivez le compte.", "fr", []),
    ("Prices @ 3 dollars.", "Prix : 3 dollars.", "fr", []),
])
def test_handle_kept(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
                     target: str, lang: str, messages: list[str]) -> None:
    assert _found(tmp_path, cli_factory, source, target, lang) == messages


def test_handle_check_runs_for_any_language(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    # language-neutral, as the address checks are: a language transpub has no rules for
    assert _found(tmp_path, cli_factory, "Follow @UN_OCT.", "Seuraa tiliä.", "fi") \
        == ["«@UN_OCT» is missing"]


# -- TP404: a document symbol copied as it is written --------------------------------------

@pytest.mark.parametrize(("source", "target", "lang", "messages"), [
    ("By resolution S/RES/2664 (2022), the Council acted.",
     "Par sa résolution S/RES/2664 (2022), le Conseil a agi.", "fr", []),
    ("By resolution S/RES/2664 (2022), the Council acted.",
     "安理会第S／RES／2664(2022)号决议采取了行动。", "zh", []),
    ("By resolution S/RES/2664 (2022), the Council acted.",
     "Par sa résolution A/RES/2664 (2022), le Conseil a agi.", "fr",
     ["document symbol «S/RES/2664» became «A/RES/2664»"]),
    ("See documents E/CN.4/2005/1 and A/75/L.1/Rev.1.",
     "Voir les documents E/CN.4/2005/1 et A/75/L.1.", "fr",
     ["document symbol «A/75/L.1/Rev.1» became «A/75/L.1»"]),
    ("See document A/HRC/46/1.", "Voir le rapport du Conseil.", "fr",
     ["document symbol «A/HRC/46/1» is missing"]),
    # no symbols: no capital first, no digit, a time
    ("On 9/12/2020 the HIV/AIDS team met at 14:00 UTC/07:00 PT.",
     "Le 9 décembre 2020, l'équipe VIH/sida s'est réunie à 14 h (UTC)/7 h (PT).", "fr", []),
    # a special session's symbol is read whole (it was "A/ES", which the translation kept)
    ("See document A/ES-10/L.22.", "Voir le document A/ES-10/L.23.", "fr",
     ["document symbol «A/ES-10/L.22» became «A/ES-10/L.23»"]),
    ("See resolution A/HRC/RES/S-27/1.", "Voir la résolution A/HRC/RES/S-27/1.", "fr", []),
    # a photo credit's picture id is no symbol: UNICEF China's caption (a wrong fill had made
    # it «UNICEF/NYHQ2011» is missing), in a credit of any of the languages, and in the
    # translation («© UNICEF/UNI322107» is no symbol the source's became)
    ("© UNICEF/NYHQ2011-0424/Dean", "摄影：Dean", "zh", []),
    ("© UNICEF/NYHQ2011-0424", "© UNICEF", "fr", []),
    ("Photo: UNICEF/UNI322107", "Foto: UNICEF", "es", []),
    ("Photo: UNICEF/UNI322107", "Фото: ЮНИСЕФ", "ru", []),
    ("Photo: UNICEF/UNI322107", "صورة: اليونيسف", "ar", []),
    ("Photo: UNICEF/UNI322107", "照片：联合国儿童基金会", "zh", []),
    ("See S/2024/123.", "Voir S/2024/124. © UNICEF/UNI322107", "fr",
     ["document symbol «S/2024/123» became «S/2024/124»"]),
    # a symbol outside the credit is still one
    ("© UNICEF/UNI322107/Haro. See S/2024/123.", "© UNICEF/UNI322107/Haro. Voir S/2024/124.",
     "fr", ["document symbol «S/2024/123» became «S/2024/124»"]),
])
def test_document_symbol_kept(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
                              target: str, lang: str, messages: list[str]) -> None:
    assert _found(tmp_path, cli_factory, source, target, lang, "TP404") == messages


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("© UNICEF/NYHQ2011-0424/Dean", "© UNICEF/Dean", "fr"),
    ("Children play in a shelter. © UNICEF/NYHQ2011-0424/Dean",
     "Des enfants jouent dans un abri. © UNICEF", "fr"),
    ("© UNICEF/NYHQ2011-0424", "照片：联合国儿童基金会", "zh"),
])
def test_a_picture_id_holds_no_number(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      source: str, target: str, lang: str) -> None:
    """A photo credit's picture id is a code, no quantity: its year and serial number are not
    TP301's (the trial's «number «0424» is missing»)."""
    assert _found(tmp_path, cli_factory, source, target, lang, "TP301") == []


def test_a_number_beside_a_credit_is_still_read(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    assert _found(tmp_path, cli_factory, "Some 250 children play. © UNICEF/NYHQ2011-0424/Dean",
                  "Quelque 25 enfants jouent. © UNICEF/NYHQ2011-0424/Dean", "fr", "TP301") \
        == ["number «250» became «25»"]
