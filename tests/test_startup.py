"""Every command's start-up loads only what the command needs: the configured languages are
validated without reading CLDR's locale data (``languages.LanguageInfo`` reads it when a fact
is first asked for), ``--version`` imports neither rich, babel nor lxml; and the facts read
late are the ones babel gives."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from babel import Locale

from transpub import builder, fsutil, languages, workspace
from transpub.checks import consistency
from transpub.config import load_settings
from transpub.errors import ConfigError
from transpub.languages import LanguageInfo, language, validate_languages

from conftest import SAMPLE_TEXT, Cli, copy_sample

#: Workspace languages other than the six, written as transpub.toml may name them.
OTHERS = ("de", "pt_BR", "sr_Latn", "ja", "he", "fa", "sw")


def _python(code: str, cwd: Path) -> str:
    """Run ``code`` in a fresh interpreter (nothing imported yet) and return its stdout."""
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, text=True,
                          capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _from_babel(code: str) -> tuple[str, str, str, str, str]:
    """The facts as transpub read them before they were lazy: straight from babel."""
    from babel.messages.plurals import get_plural

    locale = Locale.parse(code.replace("-", "_"))
    plurals = {"fr": "nplurals=2; plural=(n > 1);", "es": "nplurals=2; plural=(n != 1);",
               "it": "nplurals=2; plural=(n != 1);", "pt": "nplurals=2; plural=(n != 1);",
               "ca": "nplurals=2; plural=(n != 1);"}
    plural = plurals.get(locale.language) or get_plural(locale).plural_forms
    native = locale.display_name or code
    return (locale.text_direction, plural, native[:1].upper() + native[1:],
            locale.english_name or code,
            "" if locale.language in {"zh", "ja", "yue"} else " ")


def test_settings_read_no_locale_data(tmp_path: Path) -> None:
    """``load_settings`` validates the six languages and a few others without loading any
    locale's data or babel.messages; asking for one fact of one language loads that one."""
    ws = copy_sample(tmp_path)
    toml = ws / "transpub.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'languages = ["ar", "zh", "en", "fr", "ru", "es"]',
        'languages = ["ar", "zh", "en", "fr", "ru", "es", "de", "pt_BR"]'), encoding="utf-8")
    out = _python(
        "import json, sys\n"
        "from pathlib import Path\n"
        "import babel.localedata as data\n"
        "from transpub.config import load_settings\n"
        "settings = load_settings(Path.cwd())\n"
        "before = sorted(data._cache), 'babel.messages' in sys.modules\n"
        "import babel, transpub.languages as languages\n"
        "direction = settings.languages[0].direction\n"
        "middle = sorted(data._cache)\n"
        "german = settings.languages[6].direction\n"
        "after = sorted(data._cache)\n"
        "table = babel.__version__ == languages._UN_FACTS_BABEL\n"
        "print(json.dumps([settings.codes, before, direction, middle, german, after, table]))\n",
        ws)
    codes, (loaded, messages), direction, middle, german, after, table = json.loads(out)
    assert codes == ["ar", "zh", "en", "fr", "ru", "es", "de", "pt_BR"]
    assert loaded == [] and not messages
    # a UN language's facts come from the table of babel's answers when this babel release
    # gave them (tests/test_load18_languages.py), else from its locale data, loaded then
    assert direction == "rtl" and ("ar" not in middle if table else "ar" in middle)
    assert german == "ltr" and "de" in after and "fr" not in after


def test_a_one_file_recheck_reads_no_locale_data(tmp_path: Path) -> None:
    """The check of a workspace, cached, then one French PO file changed: nothing asks for a
    language's facts, so only what checking French text reads is read (dates: French and the
    English source), not every language's (six locales, ~36 ms a start)."""
    ws = copy_sample(tmp_path, output=True)
    check = [sys.executable, "-m", "transpub", "check", "-o", "report.txt"]
    subprocess.run(check, cwd=ws, capture_output=True, check=False)
    po = sorted((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))[0]
    text = po.read_text(encoding="utf-8")
    at = re.search(r'^msgstr "(?=[^"\n])', text, re.MULTILINE)
    assert at is not None
    po.write_text(text[:at.end()] + "Édité : " + text[at.end():], encoding="utf-8")
    out = _python(
        "import json, sys\n"
        "import babel.localedata as data\n"
        "from transpub.cli import main\n"
        "code = main(['check', '-o', 'report.txt'])\n"
        "print(json.dumps([code, sorted(data._cache)]))\n", ws)
    code, loaded = json.loads(out)
    assert code in (0, 1)
    assert not {"ar", "zh", "ru", "es"} & set(loaded), loaded


def test_version_loads_no_library(tmp_path: Path) -> None:
    out = _python(
        "import json, sys\n"
        "from transpub.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(m for m in ('rich', 'babel', 'lxml', 'polib') "
        "if m in sys.modules)))\n", tmp_path)
    assert out.strip().endswith("[]"), out


@pytest.mark.parametrize("code", ["ar", "zh", "en", "fr", "ru", "es", *OTHERS])
def test_facts_are_babels(code: str) -> None:
    info = language(code)
    assert (info.direction, info.plural_forms, info.native_name, info.english_name,
            info.sentence_joiner) == _from_babel(code)
    assert info.facts() == _from_babel(code)
    assert info.nplurals == int(_from_babel(code)[1].split(";")[0].split("=")[1])


def test_info_compares_hashes_and_pickles_by_value() -> None:
    lazy = LanguageInfo("ru")
    given = LanguageInfo("ru", *_from_babel("ru"))
    assert lazy == given and hash(lazy) == hash(given) and lazy is not given
    assert lazy != LanguageInfo("fr") and lazy != "ru"
    assert repr(lazy) == repr(given) and repr(lazy).startswith("LanguageInfo(code='ru', ")
    for info in (LanguageInfo("zh"), given, language("ar")):
        copy = pickle.loads(pickle.dumps(info))
        assert copy == info and copy.facts() == _from_babel(info.code)
    with pytest.raises(FrozenInstanceError):
        given.code = "fr"  # type: ignore[misc]
    with pytest.raises(TypeError):
        LanguageInfo("fr", "ltr")  # some facts but not all: neither given nor read


def test_settings_pickle_with_their_languages(tmp_path: Path) -> None:
    settings = load_settings(copy_sample(tmp_path))
    copy = pickle.loads(pickle.dumps(settings))
    assert copy == settings
    assert [i.facts() for i in copy.languages] == [_from_babel(c) for c in settings.codes]


@pytest.mark.parametrize("code", ["xx", "en-ZZZZ-foo", "", "klingon"])
def test_an_unknown_language_is_still_an_error_at_start_up(code: str) -> None:
    with pytest.raises(ConfigError, match="unknown language code"):
        validate_languages(("en", code))


def test_unknown_language_in_the_configuration(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    toml = ws / "transpub.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"ru", "es"]', '"ru", "xx"]'),
                    encoding="utf-8")
    cli = cli_factory(ws)
    cli("check", expect=2)
    assert "transpub.toml" in cli.err and "unknown language code 'xx'" in cli.err


def test_private_names_stay_for_other_branches(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    """fsutil's and consistency's helpers got public names; the old names still work
    (modules on other branches import them so) and reach the public ones."""
    calls: list[object] = []
    monkeypatch.setattr(fsutil, "sync_filesystems", lambda folders, count: calls.append(count))
    monkeypatch.setattr(fsutil, "fsync_dir", lambda folder: calls.append(folder))
    fsutil._sync_filesystems([tmp_path], 99)
    fsutil._fsync_dir(tmp_path)
    assert calls == [99, tmp_path]
    assert consistency._same is consistency.same_entry
    assert consistency._tp701 is consistency.tp701_against
    assert consistency._tp702 is consistency.tp702_against
    assert consistency._FOR_TP701 is consistency.FOR_TP701
    assert consistency._FOR_TP702 is consistency.FOR_TP702


@pytest.mark.parametrize("command", [("build", "--jobs", "2", "--force"),
                                     ("extract", "--jobs", "2", "--force")])
def test_build_and_extract_read_the_facts_before_their_workers_fork(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], monkeypatch: pytest.MonkeyPatch,
        command: tuple[str, ...]) -> None:
    """The workers inherit the facts: each language's are read once, never by a worker; by
    the main process (a build, which then frees babel's CLDR data), or by a short-lived child
    (an extract: ``languages.read_facts_apart``, so that no process of the run holds it)."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    for number in range(3):
        cli("import", str(SAMPLE_TEXT), "--slug", f"copy-{number}")
    cli("extract")
    # workers for these four releases (a build forks them from 8, an extract from 16)
    monkeypatch.setattr(builder, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    readers = tmp_path / "readers.txt"
    real = languages._cldr_facts

    def facts(code: str) -> tuple[str, str, str, str, str]:
        with readers.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {code}\n")
        return real(code)

    monkeypatch.setattr(languages, "_KNOWN", {})
    monkeypatch.setattr(languages, "_cldr_facts", facts)
    # (the six languages' facts are also known without CLDR: tests/test_load18_languages.py;
    # here they are read from CLDR, as another babel release would)
    monkeypatch.setattr(languages, "_UN_FACTS_BABEL", "another")
    cli(*command)
    read = readers.read_text(encoding="utf-8").split()
    if command[0] == "build":
        assert read[0::2] == [str(os.getpid())] * 6, read
    else:
        assert len(set(read[0::2])) == 1 and read[0] != str(os.getpid()), read
    assert sorted(read[1::2]) == sorted(["ar", "zh", "en", "fr", "ru", "es"])
