"""``transpub check FILE`` on PO files other projects wrote (pofilter-style): entries keyed by
(msgctxt, msgid), plural entries form by form, format placeholders compared as msgfmt compares
them (and cross-checked against ``msgfmt --check-format`` itself)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, msgfmt

HEADER = '''msgid ""
msgstr ""
"Project-Id-Version: Django\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Language: {lang}\\n"
"Plural-Forms: {plural}\\n"
'''
PLURALS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
          "n%100>=11 ? 4 : 5;",
}
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
FR_MONTHS = ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", ""]


def _po(tmp_path: Path, lang: str, body: str, name: str = "django.po") -> Path:
    path = tmp_path / name
    path.write_text(HEADER.format(lang=lang, plural=PLURALS[lang]) + body, encoding="utf-8")
    return path


def _findings(cli: Cli, path: Path, expect: int | None = None) -> list[dict[str, object]]:
    cli("check", str(path), "--format", "json", expect=expect)
    assert "Traceback" not in cli.err and "internal error" not in cli.err, cli.err
    report = json.loads(cli.out)
    found: list[dict[str, object]] = report["findings"]
    return [f for f in found if f["severity"] != "info"]


def test_entries_sharing_a_msgctxt_are_all_checked(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    body = "".join(f'\nmsgctxt "abbrev. month"\nmsgid "{en}"\nmsgstr "{fr}"\n'
                   for en, fr in zip(MONTHS, FR_MONTHS, strict=True))
    # the same month under another context is another unit: no "inconsistent" finding
    body += '\nmsgctxt "alt. month"\nmsgid "May"\nmsgstr "Mai"\n'
    path = _po(tmp_path, "fr", body)
    found = _findings(cli_factory(tmp_path), path, expect=1)
    assert [(f["code"], f["unit"]) for f in found] == [("TP601", "abbrev. month")]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert found[0]["line"] == lines.index('msgid "Dec."')  # its msgctxt line, 1-based



def test_a_file_keyed_by_msgctxt_is_checked_for_consistency(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    # every entry has its own msgctxt (a key, as exports from JSON or XLIFF write): the same
    # sentence under two keys must read the same, as with transpub's own unit ids
    body = ('\nmsgctxt "targets/3-1-title"\nmsgid "Reduce maternal mortality"\n'
            'msgstr "Réduire la mortalité maternelle"\n'
            '\nmsgctxt "indicators/3-1-1-title"\nmsgid "Reduce maternal mortality"\n'
            'msgstr "Faire baisser la mortalité maternelle"\n')
    path = _po(tmp_path, "fr", body)
    found = _findings(cli_factory(tmp_path), path, expect=None)
    assert [(f["code"], f["unit"]) for f in found] == [("TP701", "indicators/3-1-1-title")]
    # one entry without a key: the file uses gettext contexts, which tell strings apart
    path.write_text(path.read_text(encoding="utf-8") + '\nmsgid "Goal"\nmsgstr "Objectif"\n',
                    encoding="utf-8")
    assert _findings(cli_factory(tmp_path), path, expect=0) == []


PLURAL_BODY = '''
#, python-format
msgid "%(count)s comment was removed."
msgid_plural "%(count)s comments were removed."
{forms}
'''


@pytest.mark.parametrize(("lang", "forms", "expected"), [
    ("fr", ['un commentaire a été supprimé.', '%(count)s commentaires ont été supprimés.'], []),
    ("fr", ['%(count)s commentaire a été supprimé.'], [("TP601", "[1]")]),
    ("fr", ['%(count)s commentaire a été supprimé.', ''], [("TP601", "[1]")]),
    ("fr", ['%(count)s commentaire', '%(nombre)s commentaires'], [("TP502", "[1]")]),
    ("ru", ['%(count)s комментарий удалён.', '%(count)s комментария удалены.',
            '%(count)s комментариев удалено.'], []),
    ("ru", ['%(count)s комментарий удалён.', 'комментария удалены.',
            '%(count)s комментариев удалено.'], [("TP502", "[1]")]),
    ("ar", ['لم يُحذف أي تعليق.', 'حُذف تعليق واحد.', 'حُذف تعليقان.',
            'حُذفت %(count)s تعليقات.', 'حُذف %(count)s تعليقًا.', 'حُذف %(count)s تعليق.'], []),
    ("ar", ['لم يُحذف أي تعليق.', 'حُذف تعليق واحد.', 'حُذف تعليقان.',
            'حُذفت %(count)s تعليقات.', 'حُذف تعليقًا.', 'حُذف %(count)s تعليق.'],
     [("TP502", "[4]")]),
])
def test_plural_entries_are_checked_form_by_form(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli], lang: str,
                                                 forms: list[str],
                                                 expected: list[tuple[str, str]]) -> None:
    lines = "\n".join(f'msgstr[{i}] "{text}"' for i, text in enumerate(forms))
    path = _po(tmp_path, lang, PLURAL_BODY.format(forms=lines))
    found = _findings(cli_factory(tmp_path), path)
    assert sorted((str(f["code"]), str(f["unit"])[-3:]) for f in found) == expected, found


#: (flag, msgid, msgstr, whether msgfmt --check-format accepts it)
FORMATS = [
    ("python-format", "%(value)s million", "%(value)s million", True),
    ("python-format", "Hello %(name)s", "Bonjour %(nom)s", False),
    ("python-format", "%(a)s and %(b)s", "%(b)s et %(a)s", True),
    ("python-format", "Page %s of %s", "Page %s", False),
    ("python-format", "%d items", "%s éléments", False),
    ("python-format", "%d%% done", "%d %% fait", True),
    ("c-format", "%s has %d files", "%s a %d fichiers", True),
    ("c-format", "%s has %d files", "%d fichiers dans %s", False),
    ("c-format", "%1$s has %2$d files", "%2$d fichiers dans %1$s", True),
    ("c-format", "%d file", "%ld fichier", False),
    # the source's arguments numbered by the translation to reorder them (Poedit's Chinese),
    # and numbered the other way; their types and count still compared
    ("c-format", "%i lines of file %s were not loaded.", "文件“%2$s”中有 %1$i 行未能加载。", True),
    ("c-format", "Line %d of file %s is not %s data.", "文件%2$s的第%1$d行不是%3$s数据。", True),
    ("c-format", "%d lines of %s", "%2$d lignes de %1$s", False),
    ("c-format", "%d lines of %s", "%1$d lignes", False),
    ("c-format", "%1$s has %2$d files", "%s a %d fichiers", True),
    ("c-format", "%1$s has %2$d files", "%d fichiers dans %s", False),
    ("c-format", "%i file", "%d fichier", True),
    ("python-brace-format", "Hello {name}", "Bonjour {name}", True),
    ("python-brace-format", "Hello {name}", "Bonjour {nom}", False),
    ("python-brace-format", "{a} and {b}", "{b} et {a}", True),
    ("python-brace-format", "{}th", "{}<sup>e</sup>", True),
    ("python-brace-format", "{}th", "e", True),  # msgfmt does not count automatic fields
    ("sh-format", "Copy $file to ${dir}", "Copier $file dans ${dir}", True),
    ("sh-format", "Copy $file", "Copier $fichier", False),
    ("qt-format", "%1 of %2", "%2 sur %1", True),
    ("qt-format", "%1 of %2", "%1 sur", False),
    ("java-format", "{0} of {1}", "{1} sur {0}", True),
    ("java-format", "{0} of {1}", "{0} sur {2}", False),
]


@pytest.mark.parametrize(("flag", "msgid", "msgstr", "accepted"), FORMATS)
def test_format_placeholders_agree_with_msgfmt(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli], flag: str,
                                               msgid: str, msgstr: str, accepted: bool) -> None:
    path = _po(tmp_path, "fr", f'\n#, {flag}\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n')
    result = subprocess.run([msgfmt(), "--check-format", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True, check=False)
    assert (result.returncode == 0) == accepted, f"the table is wrong: {result.stderr}"
    found = _findings(cli_factory(tmp_path), path)
    codes = {str(f["code"]) for f in found}
    assert ("TP502" not in codes) == accepted, found
    # nothing else fires on these: "%(value)s million" is not a copy of the source
    assert codes <= {"TP502", "TP501"}, found


def test_markup_a_translation_adds_on_purpose_is_a_warning(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "fr", '\n#, python-brace-format\nmsgid "{}th"\nmsgstr "{}<sup>e</sup>"\n'
               '\nmsgid "Read <b>this</b>"\nmsgstr "Lisez ceci"\n')
    found = _findings(cli_factory(tmp_path), path, expect=0)
    assert [(f["code"], f["severity"]) for f in found] == [("TP501", "warning")] * 2


def test_an_editor_header_and_no_transpub_generator_is_foreign_but_own_files_stay_strict(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    body = '\nmsgctxt "p1.abc"\nmsgid "Read <a1>this</a1>"\nmsgstr "Lisez <b>ceci</b>"\n'
    path = _po(tmp_path, "fr", body)
    own = path.read_text(encoding="utf-8").replace(
        '"Language: fr', '"X-Generator: transpub 0.1.0\\n"\n"Language: fr')
    path.write_text(own, encoding="utf-8")
    found = _findings(cli_factory(tmp_path), path, expect=1)
    assert [(f["code"], f["severity"]) for f in found] == [("TP501", "error")]


@pytest.mark.parametrize(("target", "expected"), [
    ("Voir https://example.org/a_(b)/report.pdf.", []),
    ("Voir https://example.org/a_(b)/rapport.pdf.", ["TP401"]),
    ("(voir https://example.org/a_(b)/report.pdf)", []),
])
def test_a_url_with_parentheses_is_compared_whole(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], target: str,
        expected: list[str]) -> None:
    # a URL may hold balanced parentheses: a change after them is still a changed URL
    body = f'\nmsgid "See https://example.org/a_(b)/report.pdf."\nmsgstr "{target}"\n'
    found = _findings(cli_factory(tmp_path), _po(tmp_path, "fr", body))
    assert sorted({str(f["code"]) for f in found} & {"TP401", "TP402"}) == expected


def test_a_plural_form_beyond_nplurals_is_reported(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    # Django's French catalogue declares nplurals=2 and carries msgstr[2] (msgfmt refuses it)
    forms = ('msgstr[0] "%(count)s commentaire a été supprimé."\n'
             'msgstr[1] "%(count)s commentaires ont été supprimés."\n'
             'msgstr[2] "%(count)s de commentaires ont été supprimés."\n')
    path = _po(tmp_path, "fr", PLURAL_BODY.format(forms=forms))
    found = _findings(cli_factory(tmp_path), path, expect=1)
    assert [(f["code"], str(f["unit"]).rsplit(" ", 1)[-1]) for f in found] == [("TP605", "[2]")]
    msgfmt_run = subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True, check=False)
    assert msgfmt_run.returncode != 0  # the reason for the error: gettext refuses the file


def test_a_form_far_beyond_nplurals_is_one_finding(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """``msgstr[5]`` after ``msgstr[1]`` in French: TP605 on it, and no "not translated" for
    indices [2] to [4], which are no forms (they had been three TP601 errors)."""
    forms = ('msgstr[0] "%(count)s commentaire a été supprimé."\n'
             'msgstr[1] "%(count)s commentaires ont été supprimés."\n'
             'msgstr[5] "%(count)s de commentaires ont été supprimés."\n')
    found = _findings(cli_factory(tmp_path), _po(tmp_path, "fr", PLURAL_BODY.format(
        forms=forms)), expect=1)
    assert [(f["code"], str(f["unit"]).rsplit(" ", 1)[-1]) for f in found] == [("TP605", "[5]")]
    assert "plural form(s) of the file" in str(found[0]["message"])


@pytest.mark.parametrize("index", ["12", "999999999", "9" * 5000], ids=["12", "1e9", "5000-digits"])
def test_a_plural_index_no_language_has_is_an_error_naming_its_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], index: str) -> None:
    """``msgstr[999999999]`` in a 1 KB file (a hostile-content pass, h3 repro 37): the readers
    had made a list up to the index (15 GB in check, build and stats); a form no Plural-Forms
    the checker reads can have is one error naming the file and line, never a list by it."""
    path = _po(tmp_path, "fr", PLURAL_BODY.format(forms=f'msgstr[0] "x"\nmsgstr[{index}] "y"'))
    cli = cli_factory(tmp_path)
    cli("check", str(path), expect=2)
    line = path.read_text(encoding="utf-8").split("\n").index(f'msgstr[{index}] "y"') + 1
    assert cli.err.count("\n") == 1 and f"django.po:{line}: msgstr[" in cli.err, cli.err
    assert "no language has that many plural forms" in cli.err
