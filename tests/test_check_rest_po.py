"""``transpub check`` on PO files Sphinx's gettext builder wrote (the Python and Django
documentation's catalogues, t66/hG): reStructuredText's code, roles, links and "::" marker are
markup, not prose (``transpub/rest.py``). One-entry files written here, Sphinx-like headers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from transpub.rest import FILLER, is_rest_catalogue, prose

from conftest import Cli

#: a catalogue of the Python documentation (Sphinx: Babel's Generated-By, no X-Generator)
SPHINX = '''msgid ""
msgstr ""
"Project-Id-Version: Python 3.13\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Generated-By: Babel 2.13.0\\n"
'''
#: Django's (Transifex): no Generated-By; its roles make it reST
DJANGO = SPHINX.replace('"Generated-By: Babel 2.13.0\\n"\n', "").replace(
    "Python 3.13", "django-docs")


def _q(text: str) -> str:
    lines = text.split("\n")
    return "\n".join('"' + line.replace("\\", "\\\\").replace('"', '\\"')
                     + ("\\n" if i < len(lines) - 1 else "") + '"'
                     for i, line in enumerate(lines))


#: an entry of reST's syntax as every page of Sphinx's has them: one entry alone does not
#: make a file reST (an app's catalogue may quote one role)
COMPANION = (":mod:`os`", ":mod:`os`")


def _po(tmp_path: Path, lang: str, entries: list[tuple[str, str]],
        header: str = SPHINX, companion: bool = True) -> Path:
    path = tmp_path / "entry.po"
    body = "".join(f'\nmsgid ""\n{_q(source)}\nmsgstr ""\n{_q(target)}\n'
                   for source, target in [*entries, *([COMPANION] if companion else [])])
    path.write_text(header.format(lang=lang) + body, encoding="utf-8")
    return path


def _found(cli_factory: Callable[[Path], Cli], path: Path) -> list[tuple[str, str, str]]:
    """(code, severity, message) of every finding but TP901's (a file without termbase)."""
    cli = cli_factory(path.parent)
    cli("check", path.name, "--format", "json", expect=None)
    assert "Traceback" not in cli.err and "internal error" not in cli.err, cli.err
    return [(f["code"], f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
            if f["code"] != "TP901"]


def _codes(cli_factory: Callable[[Path], Cli], path: Path) -> list[str]:
    return [code for code, _, _ in _found(cli_factory, path)]


# ---- what a prose reader reads ----------------------------------------------------------

def test_prose_blanks_code_and_targets_keeping_the_length() -> None:
    text = ("Unlike strings, which are :term:`immuables <immutable>`, use ``x = 1.5`` or "
            ":func:`os.open` (see `the guide <https://example.org/>`_) |version|::")
    read = prose(text)
    assert len(read) == len(text)
    assert "immuables" in read and "the guide" in read
    for code in ("immutable", "x = 1.5", "os.open", "example.org", "version", "::"):
        assert code not in read
    assert prose("Nothing to read here.") == "Nothing to read here."
    # a text role's content is prose: a superscript, a PEP's number as the page shows it
    assert "PEP 8" not in prose("See :pep:`8`.") and "8" in prose("See :pep:`8`.")
    # a doctest is code throughout (its lines kept)
    assert set(prose(">>> 0.1 + 0.2\n0.30000000000000004")) == {FILLER, " ", "\n"}


def test_a_catalogue_is_read_as_rest_by_its_syntax_or_sphinx_header() -> None:
    babel = {"Generated-By": "Babel 2.13.0"}
    role = ":mod:`os`"
    assert is_rest_catalogue({}, ["Plain text.", "Use :func:`open` here.", role])
    assert is_rest_catalogue({}, ["See `the guide <https://example.org/>`_.", role])
    assert is_rest_catalogue(babel, ["Run ``make`` first.", "Set ``x``."])
    assert is_rest_catalogue(babel, ["The results follow::", "Run ``make``."])
    # an inline literal alone is Markdown's too; Babel alone writes apps' catalogues
    assert not is_rest_catalogue({}, ["Run ``make`` first."])
    assert not is_rest_catalogue(babel, ["%(count)s files", "Save"])
    # Debian's wml: HTML, no reST
    assert not is_rest_catalogue({}, ['See <a href="$(HOME)/News/">the news</a>.'])


# ---- TP603: code copied is no copy of the source ----------------------------------------

def test_code_alone_copied_is_no_copy_of_the_source(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "zh", [(":func:`time.clock_gettime_ns`",
                                 ":func:`time.clock_gettime_ns`"),
                                ("``polls/templates/polls/results.html``",
                                 "``polls/templates/polls/results.html``"),
                                ("See :ref:`the tutorial <tutorial-index>` first.",
                                 "先看 :ref:`教程 <tutorial-index>`。")])
    assert _codes(cli_factory, path) == []


def test_prose_copied_beside_code_is_still_a_copy(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    source = "The :func:`open` function now accepts a file descriptor as its argument."
    path = _po(tmp_path, "fr", [(source, source)])
    assert _codes(cli_factory, path) == ["TP603"]


# ---- TP316, TP201, TP301: numbers and dates inside code ---------------------------------

def test_numbers_inside_code_are_no_decimals_of_the_text(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "ru", [(">>> 0.1 + 0.1 + 0.1 == 0.3\nFalse",
                                 ">>> 0.1 + 0.1 + 0.1 == 0.3\nFalse"),
                                ("Set ``lambd=1.0`` to get the mean.",
                                 "Установите ``lambd=1.0``, чтобы получить среднее."),
                                ("See :func:`time.sleep`.", "См. :func:`time.sleep`.")])
    assert _codes(cli_factory, path) == []
    # a decimal of the text is still the language's
    path = _po(tmp_path, "ru", [("It is 5.5 times faster than :func:`time.sleep`.",
                                 "Это в 5.5 раз быстрее, чем :func:`time.sleep`.")])
    assert _codes(cli_factory, path) == ["TP316"]


def test_a_date_inside_a_literal_copied_is_no_date_missing(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "fr", [
        ("Convert to a string of the following form: ``'Sun Jun 20 23:21:05 1993'``.",
         "Convertit en une chaîne de la forme suivante : ``'Sun Jun 20 23:21:05 1993'``."),
        ("See :ref:`the guide <guide>`.", "Voir :ref:`le guide <guide>`.")])
    assert _codes(cli_factory, path) == []
    # a date of the text changed is still told
    path = _po(tmp_path, "fr", [("Released on June 20, 1993 with ``-o``.",
                                 "Publié le 21 juin 1993 avec ``-o``.")])
    assert "TP201" in _codes(cli_factory, path)


def test_a_doctest_localised_is_no_number_changed(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "ru", [
        (">>> words = ['cat', 'window', 'defenestrate']\n>>> for w in words:\n"
         "...     print(w, len(w))\n...\ncat 3\nwindow 6\ndefenestrate 12",
         ">>> words = ['кот', 'окно', 'выбросить']\n>>> for w in words:\n"
         "...     print(w, len(w))\n...\nкот 3\nокно 4\nвыбросить 9"),
        (">>> 2 ** 7  # 2 to the power of 7\n128", ">>> 2 ** 7  # 2 в степени 7\n128"),
        ("Read :pep:`8` first.", "Сначала прочтите :pep:`8`."),
        # a literal block (Sphinx joins a paragraph's lines: a msgid with a line break is one)
        ("def f(a, L=None):\n    if L is None:\n        L = []\n    return L",
         "def f(a, L=None):\n    if L is None:\n        L = []\n    return L"),
        ("Copyright 1996 by Sam Rushing\n\n    All Rights Reserved\n\nPermission to use, "
         "copy, modify, and distribute this software",
         "Copyright 1996 by Sam Rushing\n\n    All Rights Reserved\n\nPermission to use, "
         "copy, modify, and distribute this software")])
    assert _codes(cli_factory, path) == []


# ---- TP611: "::" is reST's marker, not a colon to replace -------------------------------

def test_the_literal_block_marker_is_no_half_width_colon(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "zh", [
        ("The usual format specifiers allow more control over how the result is displayed::",
         "通常的格式说明符允许更细致地控制所要显示的表达式结果::")])
    assert _found(cli_factory, path) == []


def test_punctuation_told_beside_code_expects_the_code_as_written(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "zh", [("After calling :func:`os.open`, the result follows::",
                                 "调用 :func:`os.open` 后,结果如下::")])
    cli = cli_factory(tmp_path)
    cli("check", path.name, "--format", "json", "--show-info", expect=None)
    found = [f for f in json.loads(cli.out)["findings"] if f["code"] == "TP611"]
    assert len(found) == 1
    assert found[0]["expected"] == "调用 :func:`os.open` 后，结果如下::"
    assert FILLER not in cli.out  # (the report tells of the text as written)


# ---- which files are read so ------------------------------------------------------------

def test_a_file_without_rest_syntax_is_read_as_before(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    # the same copied literal, in a file with no role, no link and no Sphinx header
    # (Markdown writes ``code`` too): a copy of the source, as ever
    entries = [("Run ``./configure --prefix=/usr/local`` and then ``make install`` "
                "as root.", "Run ``./configure --prefix=/usr/local`` and then "
                "``make install`` as root.")]
    plain = SPHINX.replace('"Generated-By: Babel 2.13.0\\n"\n', "")
    assert _codes(cli_factory, _po(tmp_path, "fr", entries, plain, companion=False)) == [
        "TP603"]
    # Django's catalogue (no header of Sphinx's) is reST by its roles
    path = _po(tmp_path, "zh", [(":class:`~django.db.models.DateField`",
                                 ":class:`~django.db.models.DateField`"),
                                ("Run ``manage.py check``.", "运行 ``manage.py check``。")],
               DJANGO)
    assert _codes(cli_factory, path) == []

def test_a_number_set_as_code_on_one_side_only_is_the_same_number(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "fr", [
        ("In the above case, ``test_variable`` will match for ('error', code, 100) and "
         "('error', code, 800) in :func:`f`.",
         "Dans l'exemple précédent, ``test_variable`` s'apparie à ``('error', code, 100)`` et "
         "à ``('error', code, 800)`` dans :func:`f`.")])
    assert [code for code, _, _ in _found(cli_factory, path) if code != "TP501"] == []



# ---- TP501: reST markup compared as markup ----------------------------------------------

def test_a_roles_text_is_the_translators_its_target_the_projects(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "fr", [
        ("Unlike strings, which are :term:`immutable`, lists are a :term:`mutable` type.",
         "Contrairement aux chaînes, qui sont :term:`immuables <immutable>`, les listes sont "
         "de type :term:`mutable <mutable>`."),
        ("Read :ref:`the tutorial <tut-intro>` and `the FAQ <https://docs.python.org/faq/>`_.",
         "Lisez :ref:`le tutoriel <tut-intro>` et `la FAQ <https://docs.python.org/fr/faq/>`_."),
        ("<Framework X> does <feature Y> -- why doesn't Django?",
         "Le <Système X> contient la <fonctionnalité Y> -- pourquoi Django ne le fait-il pas ?")])
    assert _found(cli_factory, path) == []
    # an HTML closing tag left by a tool is printed on the page as written
    path = _po(tmp_path, "es", [("A second press of control-C will cause an interruption.",
                                 "Una segunda pulsación provocará una interrupción.</unittest>")],
               DJANGO.replace("django-docs", "Python") + '\nmsgid "See :func:`f`."\n'
               'msgstr "Vea :func:`f`."\n')
    assert _found(cli_factory, path) == [
        ("TP501", "warning", "reST markup differs: unexpected </unittest>")]
    # a target translated breaks the link
    path = _po(tmp_path, "es", [
        ("See :term:`generic functions <generic function>`.",
         "Vea :term:`funciones genéricas <función genérica>`.")])
    assert _found(cli_factory, path) == [
        ("TP501", "warning", "reST markup differs: missing :term:`generic function`; "
                             "unexpected :term:`función genérica`")]


def test_a_code_literal_changed_is_told(tmp_path: Path,
                                        cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "es", [
        ("The ``-o`` option and ``-o FAIL_FAST`` stop at the first failure.",
         "La opción ``-`` y ``- FAIL_FAST`` paran en el primer fallo."),
        ("Use ``datetime.strptime('Feb 29', '%b %d')`` instead.",
         "Utilice ``datetime.strptime(‘Feb 29’, ‘%b %d’)`` en su lugar.")])
    found = _found(cli_factory, path)
    assert found == [
        ("TP501", "warning", "reST markup differs: missing ``-o FAIL_FAST`` ``-o``; "
                             "unexpected ``- FAIL_FAST`` ``-``"),
        ("TP501", "warning", "reST markup differs: missing ``datetime.strptime('Feb 29', "
                             "'%b %d')``; unexpected ``datetime.strptime(‘Feb 29’, ‘%b %d’)``")]


def test_markup_left_open_or_a_link_without_its_underscore_is_told(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "es", [
        ("The file is named :samp:`python-{<major>}-{<bitness>}.exe`.",
         "El archivo se llama :samp:`python-{<major>}-{<bitness>}.exe `."),
        ("Read about `test-driven development <https://example.org/tdd>`_ first.",
         "Lea primero sobre `desarrollo guiado por pruebas <https://example.org/tdd>`.")],
        DJANGO)
    found = _found(cli_factory, path)
    assert [(code, severity) for code, severity, _ in found] == [("TP501", "warning")] * 2
    assert "unexpected :samp:` (not closed)" in found[0][2]
    assert "missing `… <URL>`_; unexpected `…`" in found[1][2]


def test_a_links_address_changed_is_told_once_by_tp401(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _po(tmp_path, "fr", [
        ("See `the news <https://www.python.org/news/2024/>`_.",
         "Voir `les nouvelles <https://www.python.org/news/2023/>`_.")])
    assert _codes(cli_factory, path) == ["TP401"]


def test_a_glossary_term_in_the_translations_language_or_code_set_as_text_is_no_warning(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    # Sphinx looks a bare term up in the translated glossary; a literal written as text
    # (or text set as a literal) loses the reader nothing: an info
    path = _po(tmp_path, "es", [
        ("A :term:`package` holds ``sqlite3`` and a ``Question``.",
         "Un :term:`paquete` contiene sqlite3 y una question."),
        ("Unlike strings, which are :term:`immutable`, lists are mutable.",
         "A diferencia de las cadenas, que son :term:`inmutables <immutable>`, las listas "
         "son mutables.")])
    assert _found(cli_factory, path) == [
        ("TP501", "info", "markup differs, nothing lost on the page: ``Question`` ``sqlite3``")]


def test_a_python_object_named_by_another_role_or_mark_is_no_warning(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    # Sphinx finds the object whatever kind the role names; "~" shortens the title: an info
    # (t66/hI); another object, a role of another domain, "!", "." or `:mod:` stay warnings
    path = _po(tmp_path, "fr", [
        ("Pass :const:`os.SEEK_SET` to :func:`~os.lseek`.",
         "Passez :data:`os.SEEK_SET` à :py:func:`os.lseek`."),
        ("Call :meth:`str.join` on the separator.",
         "Appelez :meth:`str.split` sur le séparateur."),
        ("See :ref:`tut-intro` first.", "Voir d'abord :ref:`~tut-intro`."),
        # ("!" drops the link, "." makes the lookup the role's, `:mod:` finds modules alone:
        # t67/hB)
        ("Use :func:`!os.lseek` and :attr:`.tzinfo`.",
         "Utilisez :func:`os.lseek` et :attr:`tzinfo`."),
        ("See :class:`Path`.", "Voir :mod:`Path`.")])
    assert _found(cli_factory, path) == [
        ("TP501", "info", "markup differs, nothing lost on the page: :const:`os.SEEK_SET` "
                          ":func:`~os.lseek`"),
        ("TP501", "warning", "reST markup differs: missing :meth:`str.join`; "
                             "unexpected :meth:`str.split`"),
        ("TP501", "warning", "reST markup differs: missing :ref:`tut-intro`; "
                             "unexpected :ref:`~tut-intro`"),
        ("TP501", "warning", "reST markup differs: missing :attr:`.tzinfo` :func:`!os.lseek`; "
                             "unexpected :attr:`tzinfo` :func:`os.lseek`"),
        ("TP501", "warning", "reST markup differs: missing :class:`Path`; "
                             "unexpected :mod:`Path`")]


# ---- what is a literal block, which file is reST (t66/hI) -------------------------------

def test_one_entry_of_rest_syntax_does_not_make_a_file_rest() -> None:
    babel = {"Generated-By": "Babel 2.13.0"}
    assert not is_rest_catalogue({}, ["Set :envvar:`DEBUG` to false.", "Dear customer,\nHi."])
    assert not is_rest_catalogue(babel, ["Your export ``report.csv`` finished.", "Save"])
    # transpub's unit ids: its own release, whatever a PO editor left of its header
    sources = ["Use :func:`screen`.", "See :mod:`os`."]
    assert is_rest_catalogue({}, sources, [None, None])
    assert not is_rest_catalogue({}, sources, ["p8.7fb696", "p9.0cccfa-2"])


def test_a_multi_line_entry_of_prose_is_read_as_prose(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    # a pybabel app's e-mail in a file reST by two entries: its numbers and dates are read
    path = _po(tmp_path, "fr", [
        ("Set ``DEBUG`` to false in production.", "Mettez ``DEBUG`` à false en production."),
        ("Your export ``report.csv`` of 1,250 rows finished on 5 May 2021.\n"
         "Download it within 7 days.",
         "Votre export ``report.csv`` de 12 500 lignes s’est terminé le 5 juin 2021.\n"
         "Téléchargez-le sous 70 jours.")])
    codes = _codes(cli_factory, path)
    assert codes.count("TP301") == 2 and codes.count("TP201") == 1, codes
    # a file with one role only is no reST file: its multi-line entries are prose as ever
    path = _po(tmp_path, "fr", [
        ("Set :envvar:`DEBUG` to false in production.",
         "Mettez :envvar:`DEBUG` à false en production."),
        ("Dear customer,\nYour order of 3 items will ship on 5 May 2021.",
         "Cher client,\nVotre commande de 30 articles sera expédiée le 15 mai 2020.")],
        DJANGO, companion=False)
    assert {"TP201", "TP301"} <= set(_codes(cli_factory, path))


def test_a_literal_block_by_its_marks_is_code(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    licence = ("Copyright (c) 2001-2006 Twisted Matrix Laboratories.\n\n"
               "Permission is hereby granted, free of charge, to any person obtaining\n"
               "a copy of this software, within 30 days of 1 May 2006.")
    path = _po(tmp_path, "fr", [
        ("The licence follows::", "La licence suit ::"),
        (licence, licence.replace("30", "3").replace("1 May", "2 May")),  # after "::"
        ("$ python fibo.py 50\n0 1 1 2 3 5 8 13 21 34", "$ python fibo.py 5\n0 1 1 2 3"),
        ("def f(x):\n    return x + 1.5", "def f(x):\n    return x + 1,5"),
        ("-- Do you have any Limburger ?\n-- I'm sorry, we're all out of Limburger",
         "-- Avez-vous du Limbourg ?\n-- Désolé, nous n'avons plus de Limbourg")])
    assert [c for c in _codes(cli_factory, path) if c not in {"TP603", "TP611"}] == []


def test_transpubs_own_release_edited_in_poedit_is_not_rest(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    header = DJANGO.replace("django-docs", "UNOCT press releases") + \
        '"X-Generator: Poedit 3.4.2\\n"\n'
    path = tmp_path / "fr.po"
    path.write_text(header.format(lang="fr") + '''
msgctxt "p8.7fb696"
msgid "The toolkit's :func:`screen` and ``--since 2019-12-15`` flagged 1,250 travellers."
msgstr "La fonction :func:`screen` et ``--since 2019-12-16`` ont signalé 1 250 voyageurs."

msgctxt "p9.0cccfa"
msgid "See :mod:`os`."
msgstr "Voir :mod:`os`."
''', encoding="utf-8")
    found = _found(cli_factory, path)
    assert ("TP201", "error") in [(code, severity) for code, severity, _ in found], found
