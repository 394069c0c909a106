"""The command line: parse arguments, call the library, report, exit. No logic lives here."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from transpub import __version__
from transpub.errors import TranspubError
from transpub.terminal import shown as _visible

# config (babel's locale data) and report (rich) are imported where a command needs them:
# `transpub --version` and `--help` load neither
if TYPE_CHECKING:
    from array import array

    from transpub.builder import BuildOptions, BuildReport, LanguageBuild
    from transpub.checker import CheckRun
    from transpub.checkreplay import Outputs, Recorder
    from transpub.checks.registry import Finding, Severity
    from transpub.config import Settings
    from transpub.noop import Ops
    from transpub.noop import Recorder as NoopRecorder
    from transpub.termbase import Termbase
    from transpub.workspace import ExtractResult, NotesFor
    from transpub.xliff_merge import ImportOutcome


#: Rows of the text report's table; the summary line and the other formats count everything.
TEXT_REPORT_ROWS = 2000


class _Parser(argparse.ArgumentParser):
    """argparse with the project's one-line error (``transpub: error: …``, exit 2): a usage
    mistake reads like every other error, and CI logs grep one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"transpub: error: {message} (see '{self.prog} --help')\n")


class _Unused:
    """Stands for a command's parser that this run does not build (``_parser``'s ``only``):
    every call it gets is one that would have configured that parser."""

    def __getattr__(self, _name: str) -> Callable[..., _Unused]:
        return lambda *_args, **_kwargs: self


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` starts with, if it starts with one (not an option)."""
    return argv[0] if argv and argv[0] in _COMMANDS else None


#: The commands, in ``_parser``'s order (``transpub --help`` lists them so).
_COMMANDS = ("init", "import", "extract", "build", "check", "stats", "tm", "review", "xliff",
             "align", "termbase", "validate")


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; ``only``: the command the arguments start with, whose
    parser is then the only one built. Building all ten commands' parsers is most of what
    argparse costs a run (each parser, and each option's help formatter, asks gettext for its
    texts and the terminal for its size: ~21 M instructions, ~3 ms): a no-op build or check
    costs ~0.05 s in all. The top-level parser (``--help``, an unknown command, an option
    before the command) is built whole."""
    parser = _Parser(
        prog="transpub", description="Publish press releases in the six official UN languages.")
    parser.add_argument("--version", action="version", version=f"transpub {__version__}")
    parser.add_argument("-C", dest="directory", type=Path, default=None,
                        help="the workspace is DIR (or the one DIR is inside); files named "
                        "on the command line stay relative to where you are")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    # -C and -q are accepted after the command too ("transpub build -q")
    common = _Parser(add_help=False)
    common.add_argument("-C", dest="directory", type=Path, default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = sub.add_parser

    def sub_parser(name: str, help: str) -> argparse.ArgumentParser:
        if only is not None and name != only:
            return _Unused()  # type: ignore[return-value]
        return add(name, parents=[common], help=help)

    sub.add_parser = sub_parser  # type: ignore[method-assign,assignment]

    p = sub.add_parser("init", help="create a workspace: transpub.toml, source/, locales/, output/")
    p.add_argument("dir", type=Path, help="the workspace's folder (made if it is not there)")

    p = sub.add_parser("import", help="import releases (.txt, .md, .html, .docx, .odt, .pdf) into "
                       "source/<slug>.xml")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--slug", help="the release's name (default: from its title; one file only)")
    p.add_argument("--force", action="store_true", help="replace an existing source file")

    p = sub.add_parser("extract", help="write the POT and merge it into every language's PO")
    p.add_argument("releases", nargs="*", help="release slugs (default: all)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--force", action="store_true",
                   help="merge every release, even those whose files did not change")
    p.add_argument("-j", "--jobs", type=int, default=0,
                   help="worker processes for large extracts (default: from the cores)")

    p = sub.add_parser("build", help="build localised HTML and XML into output/<lang>/")
    p.add_argument("releases", nargs="*", help="release slugs (default: all)")
    p.add_argument("--lang", action="append", default=[], help="build only this language")
    p.add_argument("--include-fuzzy", action="store_true", help="publish fuzzy translations")
    p.add_argument("--min-complete", type=float, default=None, metavar="PERCENT",
                   help="hold back a language below this percentage of translated units")
    p.add_argument("--strict", action="store_true",
                   help="a translation with broken placeholders is an error, not a fallback")
    p.add_argument("--force", action="store_true",
                   help="rebuild every page, even those whose inputs did not change")
    p.add_argument("-j", "--jobs", type=int, default=0,
                   help="worker processes for large builds (default: from the cores)")
    p.add_argument("--shard", default=None, metavar="K/N",
                   help="build only shard K of N of the releases, without index pages "
                        "(then 'build --index-only' on the merged outputs)")
    p.add_argument("--index-only", action="store_true",
                   help="write only the index pages, from the outputs already built "
                        "(after a sharded build)")

    p = sub.add_parser("check", help="check names, titles, dates, numbers, addresses and markup "
                                     "in translations")
    p.add_argument("files", nargs="*", type=Path,
                   help="PO files to check on their own (default: the whole workspace)")
    p.add_argument("--lang", action="append", default=[],
                   help="check only this language (or: the language of a PO without header)")
    p.add_argument("--termbase", action="append", type=Path, default=[],
                   help="termbase to use instead of the workspace's: TBX, MultiTerm XML, CSV, "
                        ".xlsx or .ods (repeatable)")
    p.add_argument("--format", choices=("text", "json", "junit", "sarif", "github", "gitlab"),
                   default="text")
    p.add_argument("--fail-on", choices=("error", "warning", "info"), default="error")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="run only these checks (codes or prefixes, comma-separated)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="skip these checks (codes or prefixes, comma-separated)")
    p.add_argument("--matrix", action="store_true",
                   help="show which names, titles and dates each language carries")
    p.add_argument("-j", "--jobs", type=int, default=0,
                   help="worker processes for many files (default: from the cores)")
    p.add_argument("--show-info", action="store_true",
                   help="list info-level findings in the text report too")
    p.add_argument("--source-lang", default=None, help="the msgid language (default: en)")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="write the report to this file instead of standard output")
    p.add_argument("--sarif", type=Path, default=None, metavar="FILE",
                   help="also write a SARIF 2.1.0 report to FILE (for code scanning)")
    p.add_argument("--baseline", type=Path, default=None, metavar="FILE",
                   help="report and fail only on findings this baseline does not hold")
    p.add_argument("--update-baseline", action="store_true",
                   help="record this run's findings in the --baseline FILE")
    p.add_argument("--changed-since", default=None, metavar="REF",
                   help="check only the units whose source or translation changed since this "
                        "git ref (plus the collection checks they take part in)")
    p.add_argument("--shard", default=None, metavar="K/N",
                   help="check only shard K of N of the releases (for parallel CI runners)")
    p.add_argument("--no-cache", action="store_true",
                   help="check every PO file again, ignoring and not writing the check cache "
                        "(.transpub-cache/)")
    p.add_argument("--annotate", action="store_true",
                   help="write each finding into its PO entry as a translator comment "
                        "('# (transpub) TP201 …'), as pofilter does; a new check replaces them")

    p = sub.add_parser("stats", help="units and words translated, fuzzy and untranslated, "
                                     "per release and language")
    p.add_argument("releases", nargs="*", help="release slugs (default: all)")
    p.add_argument("--lang", action="append", default=[], help="only this language")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("tm", help="translation memory: export or import TMX 1.4b (import: "
                                  "Trados Studio's .sdltm too, kept as TMX)")
    p.add_argument("action", choices=("export", "import"))
    p.add_argument("file", type=Path, nargs="+",
                   help="the TMX file to write (one), or the files to read (TMX, .sdltm)")
    p.add_argument("--lang", action="append", default=[],
                   help="export only this language (default: all targets)")
    p.add_argument("--replace", action="store_true",
                   help="import: replace a memory of the same name (default: keep both)")

    p = sub.add_parser("review", help="one HTML page per release for reviewers: every unit in "
                                      "each language with the checker's findings")
    p.add_argument("releases", nargs="*", help="release slugs (default: all)")
    p.add_argument("--lang", action="append", default=[],
                   help="only this language against the source (default: all)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="DIR|FILE",
                   help="folder for the pages (default: review/), or FILE.html (FILE.xlsx, "
                        "FILE.docx) for one release")
    p.add_argument("--xlsx", action="store_true",
                   help="write a workbook per release instead (review/<slug>.xlsx): a sheet a "
                        "language, the findings, and columns for the reviewer's revisions")
    p.add_argument("--docx", action="store_true",
                   help="write a Word document per release instead (review/<slug>.docx): a "
                        "table a language, revised in place with Track Changes on")
    p.add_argument("--import", dest="import_files", nargs="+", type=Path, default=None,
                   metavar="FILE.xlsx|FILE.docx",
                   help="merge reviewers' workbooks or Word documents back into the PO files "
                        "(as xliff import)")
    p.add_argument("--theirs", action="store_true",
                   help="--import: where the PO changed since the workbook, take the reviewer's")
    p.add_argument("--dry-run", action="store_true",
                   help="--import: report what would change, write nothing")

    p = sub.add_parser("xliff", help="exchange translations with CAT tools: XLIFF 1.2 or 2.1 "
                                     "(import also merges PO files sent back)")
    xliff = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = xliff.add_parser("export", parents=[common],
                         help="write one XLIFF file per release and language")
    q.add_argument("releases", nargs="*", help="release slugs (default: all)")
    q.add_argument("--lang", action="append", default=[],
                   help="only this language (default: every target language)")
    q.add_argument("--version", dest="xliff_version", choices=("1.2", "2.1"), default="1.2",
                   help="the XLIFF version (default 1.2)")
    q.add_argument("--omegat", action="store_true",
                   help="write one OmegaT project per language instead (DIR/<lang>/: XLIFF "
                        "1.2 with the source in every target, the translations made in "
                        "tm/auto/, the termbase in glossary/)")
    q.add_argument("-o", "--output", type=Path, default=None, metavar="DIR",
                   help="the folder to write to (default: xliff/, or omegat/ with --omegat, "
                        "in the workspace)")
    q = xliff.add_parser("import", parents=[common],
                         help="merge translations from XLIFF files (or PO files translators "
                              "send back) into the PO files")
    q.add_argument("files", nargs="+", type=Path,
                   help="XLIFF 1.2/2.x files, CAT tools' own (.sdlxliff, .mqxliff, .mxliff) "
                        "or their packages (.sdlrpx, .sdlppx, .mqxlz, any ZIP of them); PO "
                        "files a translator filled and sent back, whatever their names")
    q.add_argument("--dry-run", action="store_true", help="report; write nothing")
    q.add_argument("--theirs", action="store_true",
                   help="on a conflict take the file's translation (XLIFF, PO sent back), "
                        "not the workspace PO's")
    q.add_argument("--lang", default=None,
                   help="the target language of a file that names none (a PO file whose "
                        "header and name say none)")

    p = sub.add_parser("align", help="fill a language's PO file from a translation published "
                                     "already (a page, a Word file): its sentences paired with "
                                     "the release's units")
    p.add_argument("release", help="the release's slug")
    p.add_argument("file", type=Path,
                   help="the translation (.txt, .md, .html, .docx, .odt, .pdf)")
    p.add_argument("--lang", required=True, help="the translation's language")
    p.add_argument("--dry-run", action="store_true", help="report what would be filled")
    p.add_argument("--tmx", type=Path, metavar="OUT.tmx",
                   help="also write the pairs as a TMX 1.4b memory (for a CAT tool, or for "
                        "transpub tm import once reviewed)")

    p = sub.add_parser("termbase", help="read termbases and glossaries as check reads them: "
                                        "what each holds, or one TBX file of them all")
    p.add_argument("files", nargs="*", type=Path,
                   help="TBX, MultiTerm XML, CSV/TSV, .xlsx or .ods glossaries (default: the "
                        "workspace's termbase)")
    p.add_argument("--tbx", type=Path, default=None, metavar="FILE.tbx",
                   help="write them as one TBX-Basic file (the workspace's own format)")
    p.add_argument("--source-lang", default=None,
                   help="the source language (default: the workspace's, or en)")

    p = sub.add_parser("validate", help="validate source XML files against the schema")
    p.add_argument("files", nargs="*", type=Path,
                   help="source XML files (default: every release of source/, and their ids "
                        "checked unique)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    global _ENDING
    given = sys.argv[1:] if argv is None else list(argv)
    # --version and --help exit here, before rich loads
    args = _parser(_command_named(given)).parse_args(given)
    _ENDING = argv is None and _called_by_program()
    _usable_streams()
    try:
        code = _main(args)
    except KeyboardInterrupt:  # (between two guarded steps: the regex cache's, say)
        _error("interrupted")
        code = 130
    except SystemExit as stopped:
        if argv is None and stopped.code == 128 + signal.SIGTERM:
            _stop_at_once(143)
        raise
    if argv is None and code == 130:
        _stop_at_once(130)
    if _ENDING and args.command in ("extract", "check"):
        # every file the extract or check wrote is committed by now (reports, the run record
        # and the cache: renamed into place): the rest would be the heap freed object by
        # object, 0.03-0.3 s after 1,000 releases (a re-check of one file at N = 1000: its
        # 5,000 files' places, groups and tally, ~30 M instructions); the build ends from
        # inside its run, still in the paused collector: see _build
        _end_now(code)
    return code


def _stop_at_once(code: int) -> None:
    """End a process that SIGTERM or Ctrl-C stopped, its staged files already removed, without
    the interpreter's finalization: a check's worker pool, its workers killed in the middle of
    sending a result, left the pool's thread reading that result for ever, and the exit
    joined it (a CI cancel's SIGTERM had hung ``check`` for good)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _usable_streams() -> None:
    """Standard output and error as every command can write them: a closed one (``cmd >&-``,
    a daemon's) is the null device (a build or a check did its whole job, then died printing
    its last line: "internal error: AttributeError", exit 3); one in a legacy 8-bit encoding
    (``LC_ALL=fr_FR.ISO-8859-1``, ``PYTHONIOENCODING=ascii``) writes what it cannot encode as
    escapes (Arabic and Chinese text had ended ``check`` and ``stats`` in a
    UnicodeEncodeError, exit 3, where a CI gate reads 0 or 1)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")


def _main(args: argparse.Namespace) -> int:
    if args.command in ("check", "build", "extract"):
        # a check whose inputs did not change is replayed before the checker (and rich,
        # babel, lxml, the termbase) is even imported; a build or extract with nothing to do
        # prints what it printed last time, without rich when that text is remembered
        with _terminate_cleanly():
            code = _guarded(lambda: _replay(args) if args.command == "check" else
                            _noop_replayed(args))
        if code != _NOT_REPLAYED:
            return code
    with _regex_cache():
        if args.command == "extract":
            # rich is loaded when the extract has something to show: after its workers have
            # ended, so that they do not inherit it, nor the main process hold it while they
            # run
            with _terminate_cleanly():
                return _guarded(lambda: _extract(_settings(args), args, None))
        if args.command == "build" and not _on_terminal():
            # (nor is rich loaded for a build whose lines go to a file, pipe or CI log)
            with _terminate_cleanly():
                return _guarded(lambda: _build(_settings(args), args, None))
        if args.command == "check":
            # (its report, bar and messages make their own consoles, where rich has a
            # terminal to show them on: on a file, pipe or CI log rich is not loaded)
            with _terminate_cleanly():
                return _guarded(lambda: _check(args))
        from transpub.report import make_console

        console = make_console(quiet=args.quiet)
        with _terminate_cleanly():
            return _run(args, console)


def _regex_cache() -> contextlib.AbstractContextManager[object]:
    """The compiled regular expressions of the user's cache, for the command's run
    (``recache``)."""
    from transpub import recache

    return recache.installed(recache.user_folder())


_NOT_REPLAYED = -1

#: Whether this ``main`` ends the process when it returns (``_called_by_program``): a build
#: (from inside its run) or an extract (as ``main`` returns) then ends it itself once
#: everything is written and flushed (``_end_now``).
_ENDING = False


def _called_by_program() -> bool:
    """Whether ``main`` was called by the program's own start: the top level of ``__main__``
    (the console script's ``sys.exit(main())``, ``python -m transpub``), which exits with
    what it returns. An in-process caller (a test, another program's function) is not."""
    caller = sys._getframe(2)  # (1: main)
    return caller.f_code.co_name == "<module>" and caller.f_globals.get("__name__") == "__main__"


def _end_now(code: int) -> None:
    """End the process with ``code`` without the interpreter's finalization, or return when
    that is not safe. At the end of a large build the main process holds ~100,000 objects
    (the manifest, the outcomes, the stat memo) that the run no longer needs: freeing them
    one by one, a collection of everything once the paused collector is restarted, then the
    modules' teardown cost 0.1-0.15 s of a 5 s build after its last file was durable (an
    extract's, 0.03-0.07 s). Everything the command wrote is committed (renamed, flushed) by
    now; what is buffered is flushed here, standard output and error first; a thread or child
    still running, or a stream that cannot be flushed, leaves the exit to the interpreter as
    before. Under a profiler or a tracer (``python -m cProfile``, coverage) the interpreter's
    exit is what writes their results: left to it too."""
    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        return
    processes = sys.modules.get("multiprocessing")
    if processes is not None and processes.active_children():
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return  # (a closed pipe: the interpreter's exit reports it, as it always did)
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.shutdown()  # (its atexit handler: flushes and closes any handler)
    recache = sys.modules.get("transpub.recache")
    if recache is not None:
        recache.save_active()  # (the block that installed it does not end: write it now)
    os._exit(code)


def _replay(args: argparse.Namespace) -> int:
    """The exit code of a check replayed from the run cache (``checkreplay``), or
    ``_NOT_REPLAYED``: run it."""
    from transpub.checkreplay import replay

    code = replay(args)
    return _NOT_REPLAYED if code is None else code


@contextlib.contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """SIGTERM (a CI timeout, systemd, ``kill``) unwinds like Ctrl-C: a build or extract
    removes the files it had staged instead of leaving them for the next run."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace, console: object) -> int:
    return _guarded(lambda: _dispatch(args, console))


def _guarded(command: Callable[[], int]) -> int:
    """Run a command; its errors become one line on stderr and an exit code."""
    try:
        return command()
    except TranspubError as exc:
        for detail in exc.details:
            _error(str(detail))
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:  # a file system's refusal (permissions, space...): the user's to fix
        if os.environ.get("TRANSPUB_DEBUG"):
            raise
        _error(str(TranspubError(exc.strerror or str(exc), exc.filename)))
        return 2
    except Exception as exc:  # a bug of ours: one line, unless asked for the traceback
        if os.environ.get("TRANSPUB_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set TRANSPUB_DEBUG=1 for details)")
        return 3


def _error(message: str) -> None:
    """``report.error``, imported only when there is an error to show on a terminal (it loads
    rich); on a file, pipe or CI log the same line is written directly (rich does not wrap
    it: ``soft_wrap``)."""
    from transpub.terminal import rich_terminal

    if not rich_terminal(sys.stderr):
        sys.stderr.write(f"transpub: error: {_visible(message)}\n")
        sys.stderr.flush()
        return
    from transpub.report import error as show

    show(message)


def _po_files_of(files: list[Path]) -> list[Path]:
    """``check``'s FILES with each folder among them replaced by the PO files under it,
    sorted (as pofilter takes a folder); a folder holding none is an error."""
    if not any(path.is_dir() for path in files):
        return files
    out: list[Path] = []
    for path in files:
        if not path.is_dir():
            out.append(path)
            continue
        found = sorted(p for p in path.rglob("*.po") if p.is_file())
        if not found:
            raise TranspubError("a folder holding no PO file", path)
        out.extend(found)
    return out


def _workspace_of(files: list[Path]) -> Settings | None:
    """The settings of the one workspace every file of ``files`` is inside, if there is
    one (None: files of no workspace, or of several, or of a broken one: each file is then
    checked on its own)."""
    from transpub.config import find_root, load_settings
    from transpub.errors import ConfigError

    roots = set()
    for path in files:
        try:
            roots.add(find_root(path.parent))
        except ConfigError:
            return None
        if len(roots) > 1:
            return None
    try:
        return load_settings(roots.pop()) if roots else None
    except ConfigError:
        return None


def _settings(args: argparse.Namespace) -> Settings:
    from transpub.config import find_root, load_settings

    start = args.directory or Path.cwd()
    if args.directory is not None and not args.directory.is_dir():
        raise TranspubError("a file, not a folder" if args.directory.exists()
                            else "no such folder", args.directory)
    return load_settings(find_root(start))


def _dispatch(args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    assert isinstance(console, Console)
    command = args.command
    # (a build with nothing to do was replayed by ``main`` already; ``_main`` runs an
    # extract and a check itself, an extract making its console only once there is
    # something to show, a check only where rich has a terminal to show it on)
    if command == "init":
        from transpub.workspace import init_workspace

        base = args.directory or Path.cwd()
        made = init_workspace(base / args.dir)
        console.print(f"created workspace {made[0].parent}", markup=False, soft_wrap=True)
        return 0
    if command == "termbase" and args.files:  # (files of their own: no workspace needed)
        return _termbase(args.files, args.source_lang or _workspace_source(args) or "en",
                         args, console)
    settings = _settings(args)
    if command == "termbase":
        if not settings.termbase.exists():  # (it said "cannot read", as of a broken file)
            raise TranspubError("no termbase: the file [paths] termbase names does not exist "
                                "(write one: TBX, or CSV rows concept,category,lang,term,"
                                "status; or name files: transpub termbase FILES)",
                                settings.termbase)
        return _termbase([settings.termbase], args.source_lang or settings.source_language,
                         args, console)
    if command == "import":
        return _import(settings, args, console)
    if command == "build":
        return _build(settings, args, console)
    if command == "stats":
        return _stats(settings, args, console)
    if command == "tm":
        return _tm(settings, args, console)
    if command == "xliff":
        return _xliff(settings, args, console)
    if command == "review":
        return _review(settings, args, console)
    if command == "align":
        return _align(settings, args, console)
    if command == "validate":
        from transpub.errors import SourceError
        from transpub.source import read_release
        from transpub.urls import check_links
        from transpub.workspace import check_unique_ids, source_files

        files = args.files or source_files(settings)
        for path in files:
            check_links(read_release(path), settings.url_schemes, SourceError, path)
        if not args.files:
            check_unique_ids(settings)
        console.print(f"{len(files)} release(s) valid", markup=False, soft_wrap=True)
        return 0
    raise TranspubError(f"unknown command {command!r}")


#: (the edit lock is taken once a process: a second ``flock`` of the file from the same
#: process, through another descriptor, would wait for itself)
_EDITING = [False]


@contextlib.contextmanager
def _editing(settings: Settings | None, edits: bool = True,
             sweep: bool = True) -> Iterator[None]:
    """The workspace's edit lock held while a command reads and writes its PO files or
    sources (extract, import, xliff and review imports, align, tm import, check --annotate):
    an extract that read a PO file before an ``xliff import`` wrote it renamed its own merge
    over the translator's import afterwards, both exiting 0 (the hostile trial). A second
    such command waits, and says so. ``sweep``: the temporary files of runs killed while
    they wrote there removed first (an extract sweeps its own folders)."""
    if settings is None or not edits or _EDITING[0]:
        yield
        return
    from transpub.fsutil import held
    from transpub.statmemo import FOLDER, IGNORE_FILE

    lock = settings.root / FOLDER / "edit.lock"

    def waiting() -> None:
        sys.stderr.write(f"transpub: waiting for another command editing this workspace to "
                         f"end ({_rel(settings, lock)} is held)\n")
        sys.stderr.flush()

    _EDITING[0] = True
    try:
        with held(lock, IGNORE_FILE, waiting):
            if sweep:
                # (a run killed by SIGKILL between a temporary file and its rename left it
                # in locales/ or source/, where only an extract had looked)
                from transpub.fsutil import remove_stale

                with contextlib.suppress(OSError):
                    remove_stale([folder for folder in (settings.locales_dir,
                                                        settings.source_dir)
                                  if folder.is_dir()])
            yield
    finally:
        _EDITING[0] = False


def _align(settings: Settings, args: argparse.Namespace, console: object) -> int:
    """``transpub align``: a release's untranslated units filled, fuzzy, from a translation
    published already; what was filled, kept and left said per unit."""
    (lang,) = _selected_targets(settings, [args.lang])
    if args.tmx is not None:
        from transpub.fsutil import check_output_file

        check_output_file(args.tmx)
    with _editing(settings, not args.dry_run):
        return _aligned(settings, args, console, lang)


def _aligned(settings: Settings, args: argparse.Namespace, console: object, lang: str) -> int:
    """``_align``'s reading and writing, the workspace's edit lock held."""
    from rich.console import Console

    from transpub.align import align_release
    from transpub.catalog import render_updates
    from transpub.fsutil import write_atomic

    assert isinstance(console, Console)
    found = align_release(settings, args.release, lang, args.file)
    if found.doubt:
        console.print(f"{args.file}: warning: the translation seems {found.doubt}; "
                      f"{len(found.updates)} unit(s) filled from it", markup=False,
                      soft_wrap=True)
    for ident, why in found.unpaired:
        console.print(f"{args.file}: unit {ident}: not filled: {why}", markup=False,
                      soft_wrap=True)
    rendered = render_updates(found.po, {**found.noted, **found.updates}) \
        if (found.updates or found.noted) and not args.dry_run else None
    if args.tmx is not None and not args.dry_run:
        from transpub.tm import TMEntry, write_tmx

        # (the memory first: a file named on the command line, which may fail to be written
        # — a full disk, /dev/full — before the workspace's PO file is touched)
        written = write_tmx(args.tmx, [TMEntry(source, target, lang, args.file.name)
                                       for source, target in found.pairs],
                            settings.source_language)
        console.print(f"wrote {args.tmx}: {written} pair(s)", markup=False, soft_wrap=True)
    if rendered is not None:
        write_atomic(found.po, rendered)
    paired = len(found.updates) + len(found.kept)
    dry = " (dry run: nothing written)" if args.dry_run else ""
    console.print(
        f"{_rel(settings, found.po)}: {paired} of {found.units} unit(s) paired, "
        f"{len(found.updates)} filled as fuzzy{dry}, {len(found.kept)} kept (translated "
        f"already), {len(found.unpaired)} not filled"
        + (f" ({len(found.noted)} given the translation's joined sentence as a comment)"
           if found.noted else "")
        + (f"; {found.extra} sentence(s) of the translation paired with no unit"
           if found.extra else ""), markup=False, soft_wrap=True)
    return 0


def _workspace_source(args: argparse.Namespace) -> str | None:
    """The source language of the workspace the command runs in, if it runs in one."""
    try:
        return _settings(args).source_language
    except TranspubError:
        return None


def _termbase(files: Sequence[Path], source_lang: str, args: argparse.Namespace,
              console: object) -> int:
    """``transpub termbase``: each file read as ``check`` reads it, what it holds (concepts,
    terms a language, terms kept as they are, deprecated terms) and the entries it skips;
    with ``--tbx``, all of them written as one TBX-Basic file."""
    from rich.console import Console

    from transpub.termbase import KEEP, load_termbase, merged

    assert isinstance(console, Console)
    if args.tbx is not None:
        from transpub.fsutil import check_output_file

        check_output_file(args.tbx)
    # (with --tbx, each concept's other data categories too: a faithful copy, termfields)
    # (and the concepts with no source term: check skips them, a copy keeps them)
    read = [(path, load_termbase(path, source_lang, fields=args.tbx is not None,
                                 sourceless=args.tbx is not None)) for path in files]
    for path, one in read:
        warn_skipped(one.warnings, args.quiet)
        counts: dict[str, int] = {}
        for concept in one.concepts:
            for lang, terms in concept.terms.items():
                if lang != KEEP and terms:
                    counts[lang] = counts.get(lang, 0) + len(terms)
        kept = sum(1 for concept in one.concepts if KEEP in concept.terms)
        deprecated = sum(1 for concept in one.concepts for lang, terms in concept.terms.items()
                         if lang != KEEP for term in terms if term.status == "deprecated")
        said = ", ".join(f"{lang} {count}" for lang, count in
                         sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        unsourced = sum(1 for concept in one.concepts
                        if not concept.forms(source_lang.replace("-", "_"),
                                                include_deprecated=True))
        console.print(f"{path}: {len(one.concepts)} concept(s)"
                      + (f" ({unsourced} with no {source_lang} term: written, not checked)"
                         if unsourced else "")
                      + f"; terms: {said or 'none'}"
                      + (f"; {kept} kept as they are in every language" if kept else "")
                      + (f"; {deprecated} deprecated" if deprecated else ""),
                      markup=False, soft_wrap=True)
        for line in one.read_as:
            console.print(f"  {line}", markup=False, soft_wrap=True, highlight=False)
    if args.tbx is not None:
        from transpub.fsutil import write_atomic
        from transpub.tbxwrite import tbx_bytes

        # (the files read above, not again)
        whole = merged(read)
        names = ", ".join(path.name for path in files)
        write_atomic(args.tbx, tbx_bytes(whole, source_lang, f"converted by transpub "
                                         f"termbase from {names}"))
        console.print(f"wrote {args.tbx}: {len(whole.concepts)} concept(s)", markup=False,
                      soft_wrap=True)
    return 0


def _rel(settings: Settings, path: Path) -> str:
    return os.path.relpath(path, Path.cwd()) if path.is_absolute() else str(path)


def _import(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.workspace import import_releases

    assert isinstance(console, Console)
    with _editing(settings):
        imported = import_releases(settings, args.files, args.slug, args.force)
    for file, (target, report) in zip(args.files, imported, strict=True):
        for line, text in report.removed:
            console.print(f"removed page furniture: {file}:{line}: {text}", markup=False,
                          soft_wrap=True)
        for line in report.rejoined:
            console.print(f"rejoined a paragraph split by a page break: {file}:{line}",
                          markup=False, soft_wrap=True)
        for note in report.notes:
            console.print(f"{file}: {note}", markup=False, soft_wrap=True)
        console.print(f"wrote {_rel(settings, target)} ({len(report.release.blocks)} blocks)",
                      markup=False, soft_wrap=True)
    return 0


def _extract(settings: Settings, args: argparse.Namespace, console: object | None) -> int:
    """``transpub extract``; ``console``: None to make one when there is something to show."""
    from transpub.workspace import extract, fewer_collections

    with fewer_collections(), _editing(settings, not args.dry_run, sweep=False):
        # (from here: reading babel's data made 50 collections)
        # the languages' CLDR facts are read by ``extract``: in this process, or by a
        # short-lived child when it forks workers (``languages.FactsApart``)
        return _extract_run(settings, args, console, extract)


def _extract_run(settings: Settings, args: argparse.Namespace, console: object | None,
                 extract: Callable[..., list[ExtractResult]]) -> int:
    recorder = _noop_recorder(settings, args)
    notes_for = _notes_for(settings)
    tally = _ExtractTally(args.dry_run, len(settings.codes))
    extract(settings, tuple(args.releases), args.dry_run, notes_for, args.force, args.jobs,
            take=tally.add)
    ops = tally.ops()
    failed = any(op[0] == "error" for op in ops)
    if not args.dry_run:
        from transpub.workspace import unwritable_cache

        unwritable = unwritable_cache(settings)
        if unwritable is not None:
            ops[-1:-1] = [["warn", f"{_rel(settings, unwritable)}/: not writable by this user: "
                           "every release extracted, without the cache; make it writable or "
                           "remove it (it is made again)"]]
    if not args.releases:
        from transpub.workspace import orphan_catalogues

        ops[-1:-1] = [["warn", f"{_rel(settings, path)}: no release of source/ is {path.stem!r} "
                       "(its source removed or renamed?): no command reads it; delete it, or "
                       "bring the source back"] for path in orphan_catalogues(settings)]
    if recorder is not None:
        # recorded before the lines are shown: its stat rows and names (8,000 files at
        # N = 1000) are let go of before rich is imported to show them, not on top of it
        _record_extract(recorder, settings, tally, failed)
    if console is None and _on_terminal():
        from transpub.report import make_console

        console = make_console(quiet=args.quiet)
    _print_ops(console, ops, args.quiet)
    return 2 if failed else 0


#: An extract's table shows its catalogues up to this many (and a dry run's changes, always).
_TABLED = 60


class _ExtractTally:
    """An extract's results folded as they come (``workspace.extract``'s ``take``): what it
    prints (``_extract_ops``) and what its no-op record names as written, without holding
    the results: at N = 1000 they were 7,000 ``Path``s and 6,000 ``MergeStats`` (~3 MB of
    the main process) kept to the end for a summary line of sums."""

    def __init__(self, dry_run: bool, languages: int) -> None:
        self.dry_run, self.languages = dry_run, languages
        #: The results themselves while a table (or a dry run's changes) may show them.
        self.kept: list[ExtractResult] | None = []
        self.catalogues = 0  # (merges: the table's rows)
        self.count = self.unchanged = 0
        #: new, changed, removed, revived, from memory, written: the summary's sums
        self.sums = [0] * 6
        self.errors: list[str] = []
        self.warnings: list[str] = []
        #: The release ids of the releases extracted in every language: which of their POT
        #: and PO files were written (bit 0 the POT, bit k + 1 the k-th language's PO file).
        self.written: dict[str, int] = {}
        #: The files written by the other releases (a failed language, an unread source).
        self.others: list[str] = []

    def add(self, result: ExtractResult) -> None:
        self.count += 1
        self.unchanged += result.unchanged
        sums = self.sums
        for merge in result.merges:
            sums[0] += merge.new
            sums[1] += merge.changed
            sums[2] += merge.removed
            sums[3] += merge.revived
            sums[4] += merge.from_memory
            sums[5] += merge.written
        self.errors += [f"{exc} — not updated" for exc in result.errors]
        self.warnings += _merge_warnings(result)
        slug = result.release_id
        if slug is None or len(result.merges) != self.languages:
            self.others += [os.fspath(result.template)] if result.template_written else []
            self.others += [os.fspath(m.path) for m in result.merges if m.written]
        else:  # its files as ``catalog.pot_path`` and ``po_path`` name them (see ``_Written``)
            mask = result.template_written + sum(
                2 << k for k, merge in enumerate(result.merges) if merge.written)
            if mask:
                self.written[slug] = self.written.get(slug, 0) | mask
        self.catalogues += len(result.merges)
        if self.kept is not None:
            self.kept.append(result)
            if not self.dry_run and self.catalogues > _TABLED:
                self.kept = None  # no table: the sums and the errors are all it prints

    def ops(self) -> Ops:
        if self.kept is not None:
            return _extract_ops(self.kept, self.dry_run)
        ops: Ops = [["warn", text] for text in self.warnings]
        ops += [["error", text] for text in self.errors]
        ops.append(_extract_summary(self.count, self.unchanged, self.sums, self.dry_run))
        return ops


def _extract_ops(results: Sequence[ExtractResult], dry_run: bool) -> Ops:
    """What ``extract`` prints, in order."""
    ops: Ops = []
    rows = []
    # the table is shown for up to 60 files: a large run does not build its rows (a release
    # name and a language from each file's path: 6,000 at N = 1000)
    tabled = 0 < sum(len(result.merges) for result in results) <= _TABLED
    for result in results:
        for merge in result.merges if tabled or dry_run else ():
            if tabled:
                rows.append([merge.path.stem, merge.path.parent.parent.name, merge.kept,
                             f"{merge.new} ({merge.from_memory} from memory)"
                             if merge.from_memory else merge.new, merge.changed,
                             merge.removed, merge.revived,
                             ("would write" if dry_run else "written") if merge.written
                             else "unchanged"])
            if dry_run:
                ops.extend(["print", f"  {merge.path.parent.parent.name}: {change}"]
                           for change in merge.changes)
        ops.extend(["warn", text] for text in _merge_warnings(result))
        ops.extend(["error", f"{exc} — not updated"] for exc in result.errors)
    if tabled:
        ops.append(["table", "extract" + (" (dry run)" if dry_run else ""),
                    ["release", "lang", "kept", "new", "changed", "removed", "revived", "file"],
                    rows])
    merges = [m for r in results for m in r.merges]
    ops.append(_extract_summary(len(results), sum(r.unchanged for r in results), [
        sum(m.new for m in merges), sum(m.changed for m in merges),
        sum(m.removed for m in merges), sum(m.revived for m in merges),
        sum(m.from_memory for m in merges), sum(m.written for m in merges)], dry_run))
    return ops


def _merge_warnings(result: ExtractResult) -> list[str]:
    """What the merges of a release said of their files (``MergeStats.warnings``)."""
    from transpub.errors import shown_path  # (as an error names the file)

    return [f"{shown_path(merge.path)}: {text}" for merge in result.merges
            for text in merge.warnings]


def _extract_summary(count: int, unchanged: int, sums: Sequence[int],
                     dry_run: bool = False) -> list[str]:
    """The last line of an extract: ``sums`` of the merges' new, changed, removed, revived,
    from-memory and written counts."""
    new, changed, removed, revived, from_memory, written = sums
    return ["print", f"{count} release(s) ({unchanged} unchanged, skipped): {new} new, "
            f"{changed} changed (fuzzy), {removed} removed (obsolete), {revived} revived, "
            f"{from_memory} filled from memory; {written} catalogue(s) "
            + ("would be written" if dry_run else "written")]


def _on_terminal() -> bool:
    """Whether standard output is a terminal as rich tells one: only then do an extract's and a
    build's lines go through rich (``plainout``)."""
    from transpub.terminal import rich_terminal

    return rich_terminal(sys.stdout)


def _write_plain(ops: Ops, quiet: bool) -> None:
    """``_show`` on a file, pipe or CI log: ``plainout.write_ops``."""
    from transpub.plainout import write_ops

    try:
        write_ops(ops, quiet)
    except BrokenPipeError:
        # as rich's console does (``Console.on_broken_pipe``): no second error when the
        # interpreter flushes standard output at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None


def _print_ops(console: object | None, ops: Ops, quiet: bool) -> None:
    """``_show`` on rich's ``console`` (quiet or not, as made), else ``_write_plain``."""
    if console is None:
        _write_plain(ops, quiet)
    else:
        _show(console, ops)


def _show(console: object, ops: Ops) -> None:
    """Print what a command recorded as ``Ops`` (see ``noop``) on rich's ``console``."""
    from rich.console import Console

    from transpub.report import error, table, warn

    assert isinstance(console, Console)
    for op in ops:
        if op[0] == "print":
            console.print(op[1], markup=False)
        elif op[0] == "warn":
            warn(console, op[1])
        elif op[0] == "error":
            error(op[1])
        elif op[0] == "table":
            table(console, op[1], op[2], op[3])


# --- a run with nothing to do (noop.py) ---------------------------------------------------------

def _noop_options(args: argparse.Namespace) -> tuple[object, ...] | None:
    """The options a recorded no-op depends on; None for a run that is never replayed (part of
    the workspace, forced, strict, dry)."""
    if args.command == "build":
        if (args.releases or args.lang or args.force or args.strict or args.shard
                or args.index_only):
            return None
        return (args.include_fuzzy, args.min_complete)
    if args.command == "extract" and not (args.releases or args.dry_run or args.force):
        return ()
    return None


def _noop_replay(args: argparse.Namespace) -> Ops | None:
    """What a build or extract with nothing to do prints, when nothing changed since one was
    recorded; None: run the command."""
    found = _noop_found(args)
    return found[1] if found is not None else None


def _noop_found(args: argparse.Namespace) -> tuple[Path, Ops] | None:
    """``_noop_replay``, with the workspace's folder."""
    from transpub import noop

    noop.forget_seen()
    options = _noop_options(args)
    if options is None or (args.directory is not None and not args.directory.is_dir()):
        return None
    root = noop.find_root(args.directory or Path.cwd())
    if root is None:
        return None
    tracked = noop.build_tracked if args.command == "build" else noop.extract_tracked
    ops = noop.replay(root, args.command, noop.make_key(args.command, root, options), tracked)
    return (root, ops) if ops is not None else None


def _noop_replayed(args: argparse.Namespace) -> int:
    """A build or extract with nothing to do since its no-op was recorded: its lines printed
    (exit 0), or ``_NOT_REPLAYED``: run the command."""
    found = _noop_found(args)
    if found is None:
        return _NOT_REPLAYED
    root, ops = found
    _show_remembered(root, ops, args.quiet)
    return 0


#: What rich made of a replayed no-op's lines (its table, its lines wrapped to the width), by
#: everything that rendering depends on (``_shown_key``): a no-op build at N = 10 spent more on
#: importing rich (~25 ms) and laying its table out (~35 ms) than on finding nothing changed.
SHOWN = Path(".transpub-cache")  # = statmemo.FOLDER (not imported here: start-up)
#: A rendering's file in ``SHOWN``: the prefix, then the key (beside the no-op records).
SHOWN_PREFIX = "noop-shown-"
#: Renderings kept per workspace (the least recently written are deleted).
SHOWN_KEEP = 8


def _show_remembered(root: Path, ops: Ops, quiet: bool) -> None:
    """``_show`` on standard output, from the text rich rendered for the same lines and the
    same console last time, when it is remembered (else rendered, written and remembered).
    Lines for stderr (errors) and a quiet run go through rich as they always did; on a file,
    pipe or CI log nothing goes through rich (``plainout``)."""
    if not _on_terminal():
        _write_plain(ops, quiet)
        return
    if quiet or any(op[0] not in ("print", "warn", "table") for op in ops):
        from transpub.report import make_console

        _show(make_console(quiet=quiet), ops)
        return
    described = _shown_description(ops)
    path = root / SHOWN / f"{SHOWN_PREFIX}{_shown_key(described)}.txt"
    text = _read_shown(path, described)
    if text is None:
        text = _render_shown(path, ops, described)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # as rich's console does (``Console.on_broken_pipe``): no second error when the
        # interpreter flushes standard output at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None


def _render_shown(path: Path, ops: Ops, described: bytes) -> str:
    """What rich writes for ``ops`` on standard output, remembered in ``path`` (with
    ``described``, their ``_shown_description``)."""
    from transpub.report import make_console

    console = make_console()
    # what the console would have written to standard output, as it would have written it
    # (the same console: a terminal's colours and width included)
    with console.capture() as captured:
        _show(console, ops)
    text = captured.get()
    _save_shown(path, described, text)
    return text


def _prepare_shown(root: Path, ops: Ops) -> None:
    """A build or extract that recorded its no-op renders what the next run will print (rich
    is loaded already), so that the first run with nothing to do finds it remembered. Not
    on a file, pipe or CI log: rich is not loaded there, and the next run's lines are
    written plainly too."""
    if _on_terminal() and all(op[0] in ("print", "warn", "table") for op in ops):
        described = _shown_description(ops)
        path = root / SHOWN / f"{SHOWN_PREFIX}{_shown_key(described)}.txt"
        if _read_shown(path, described) is None:
            _render_shown(path, ops, described)


def _shown_key(described: bytes) -> str:
    """The name of the file of a rendering described by ``described`` (``_shown_description``):
    its CRC and length. The file holds the description itself, compared whole: two
    descriptions that share a name are told apart."""
    import zlib

    return f"{zlib.crc32(described):08x}{len(described):x}"


def _shown_description(ops: Ops) -> bytes:
    """Everything rich's rendering of ``ops`` on standard output depends on: the lines, the
    environment it reads (width, colours, terminal: ``terminal.ENV``), the terminal's size,
    whether standard output is one and its encoding, and rich's and our own rendering code
    (their files' stat: an upgrade rewrites them). One line of JSON in ASCII (the no-op
    record's reader has loaded ``json`` already; no hash library is loaded on this way)."""
    import json
    from importlib.util import find_spec

    from transpub.terminal import ENV, is_tty, terminal_size

    code = []
    with contextlib.suppress(ImportError, ValueError):
        spec = find_spec("rich")
        if spec is not None and spec.origin:
            code.append(os.path.dirname(spec.origin))  # noqa: PTH120
    here = os.path.dirname(os.path.abspath(__file__))  # noqa: PTH100, PTH120
    code += [os.path.join(here, "report.py"), os.path.abspath(__file__)]  # noqa: PTH100, PTH118
    stats = []
    for name in code:
        try:
            st = os.stat(name)  # noqa: PTH116
            stats.append([name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino])
        except OSError:
            stats.append([name, None])
    return json.dumps({
        "format": 2, "ops": ops, "python": sys.version, "platform": sys.platform,
        "env": {k: os.environ.get(k) for k in ENV}, "terminal": terminal_size(),
        "tty": is_tty(sys.stdout), "stdout": [type(sys.stdout).__qualname__,
                                            getattr(sys.stdout, "encoding", None),
                                            getattr(sys.stdout, "errors", None)],
        "code": stats}, sort_keys=True, default=repr).encode("ascii")


def _read_shown(path: Path, described: bytes) -> str | None:
    """A remembered rendering of the lines ``described`` (``_shown_description``): the
    file's first line is that description, its second the CRC and length of the text after
    it (a damaged, half-written or other description's file is a miss)."""
    import zlib

    try:
        data = path.read_bytes()
        first, _newline, rest = data.partition(b"\n")
        check, _newline, body = rest.partition(b"\n")
        if check != b"%08x %d" % (zlib.crc32(body), len(body)) \
                or first != described:
            return None
        return body.decode("utf-8")
    except (OSError, UnicodeError):
        return None


def _save_shown(path: Path, described: bytes, text: str) -> None:
    """Remember a rendering (not flushed: it is checked against its CRC and length when
    read), and keep the ``SHOWN_KEEP`` most recent; a cache that cannot be written costs the
    next run the rendering."""
    import zlib

    from transpub.fsutil import write_atomic

    body = text.encode("utf-8")
    head = described + b"\n%08x %d\n" % (zlib.crc32(body), len(body))
    with contextlib.suppress(OSError, TranspubError):
        write_atomic(path, head + body, durable=False)
        kept = sorted(path.parent.glob(f"{SHOWN_PREFIX}*.txt"),
                      key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[SHOWN_KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()


def _noop_recorder(settings: Settings, args: argparse.Namespace) -> NoopRecorder | None:
    """The inputs' stat before the run reads them, when its no-op can be recorded."""
    from transpub import noop

    options = _noop_options(args)
    if options is None:
        return None
    tracked = noop.build_tracked if args.command == "build" else noop.extract_tracked
    try:
        files, _folders = tracked(noop.layout(settings))
    except OSError:
        return None  # no source folder: the command says so
    return noop.Recorder(settings.root, args.command,
                         noop.make_key(args.command, settings.root, options), files)


def _record_extract(recorder: NoopRecorder, settings: Settings, tally: _ExtractTally,
                    failed: bool) -> None:
    """Record what the next extract prints if nothing changes: every release skipped, which
    holds when every release has its fingerprint. (Serial after the run, so on strings: a
    ``Path`` of each of 8,000 files, glob, join or ``fspath``, cost ~70 ms at N = 1000.)"""
    from transpub import noop
    from transpub.workspace import (
        EXTRACT_CACHE,
        ExtractResult,
        _read_extract_cache,
        release_inputs,
        release_stamp,
    )

    cache = settings.root / EXTRACT_CACHE
    known = _read_extract_cache(cache)
    layout = noop.layout(settings)
    source, locales, langs = str(layout["source"]), str(layout["locales"]), layout["langs"]
    try:  # (``source_files``' glob("*.xml"), as names)
        names = sorted(name for name in os.listdir(source)  # noqa: PTH208
                       if name.endswith(".xml"))
    except OSError:
        return
    if failed or tally.errors or any(n[:-4] not in known for n in names):
        return  # an older record cannot match what this run leaves: left alone
    del known
    written = _Written(locales, langs, tally.written,
                       [os.fspath(cache), os.fspath(cache.parent / ".gitignore"), *tally.others])
    files, folders = noop.extract_tracked(layout)

    def release_stamps(files: list[str], rows: array[int]) -> dict[str, dict[str, str]]:
        # each release's files' stat after this run: the next extract extracts a release
        # whose stat moved without hashing its files first (``workspace.extract``); ``rows``
        # five numbers a file (``noop.stamp_array``)
        at = {file: 5 * i for i, file in enumerate(files)}
        missing = (-2, 0, 0, 0, 0)
        return {"release_stamps": {name[:-4]: release_stamp(
            missing if (i := at.get(f)) is None else rows[i:i + 5]
            for f in release_inputs(source, locales, langs, name)) for name in names}}

    # what the next extract prints: every release unchanged (``_extract_ops`` reads nothing
    # else of a skipped release's result)
    ops = _extract_ops([ExtractResult(cache, False, unchanged=True)] * len(names), False)
    saved = recorder.save(layout, files, folders, written, ops, extra=release_stamps)
    del files, written  # (not held while rich renders the lines)
    if saved:
        _prepare_shown(settings.root, ops)


class _Written(AbstractSet[str]):
    """The files an extract wrote, as the no-op record's ``save`` asks about them (``in``):
    from the tally's POT/PO bits per release id, not 7,000 names made and hashed at N = 1000
    (~1.3 MB of the main process with their set). A name is in it when it is exactly one a
    release's bits stand for (``locales``/<id>.pot, ``locales``/<lang>/LC_MESSAGES/<id>.po),
    or one of ``others``."""

    def __init__(self, locales: str, langs: Sequence[str], bits: dict[str, int],
                 others: list[str]) -> None:
        self.locales, self.langs, self.bits = locales + "/", langs, bits
        self.bit = {code: 2 << k for k, code in enumerate(langs)}  # (its PO file's bit)
        self.others = frozenset(others)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name in self.others:
            return True
        if not name.startswith(self.locales):
            return False
        rest = name[len(self.locales):]
        if rest.endswith(".pot"):
            return self.bits.get(rest[:-4], 0) & 1 == 1
        if rest.endswith(".po"):
            # (a language code holds no "/": its folder ends at the first "/LC_MESSAGES/")
            code, separator, tail = rest.partition("/LC_MESSAGES/")
            bit = self.bit.get(code) if separator else None
            return bit is not None and self.bits.get(tail[:-3], 0) & bit != 0
        return False

    def __iter__(self) -> Iterator[str]:
        yield from self.others
        locales = self.locales
        for slug, bits in self.bits.items():
            if bits & 1:
                yield f"{locales}{slug}.pot"
            for k, code in enumerate(self.langs):
                if bits >> (k + 1) & 1:
                    yield f"{locales}{code}/LC_MESSAGES/{slug}.po"

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:  # (not by ``__len__``, which makes every name)
        return next(iter(self), None) is not None


def _read_language_facts(settings: Settings) -> None:
    """A build or extract reads the languages' CLDR facts (names, direction, plural forms)
    before it forks its workers, which inherit them (``languages.read_facts``); a check and
    the other commands read them only if they ask."""
    from transpub.languages import read_facts

    read_facts(settings.languages)


def _notes_for(settings: Settings) -> NotesFor | None:
    from transpub.notes import LazyNotes, term_notes

    if not settings.termbase.exists():
        return None

    def load() -> NotesFor:
        from transpub.termbase import load_termbases

        termbase = load_termbases([settings.termbase], settings.source_language)
        warn_skipped(termbase.warnings)
        return term_notes(termbase, settings.source_language)

    # read when a release is extracted: an extract with nothing changed does not need it
    return LazyNotes(load)


#: Skipped entries named one by one, up to this many; the rest are counted.
_WARN_LIMIT = 20


def warn_skipped(warnings: Sequence[TranspubError], quiet: bool = False) -> None:
    """One stderr line per skipped termbase or memory entry (file:line: why), then a count."""
    if quiet:
        return
    for item in warnings[:_WARN_LIMIT]:
        sys.stderr.write(f"transpub: warning: {_visible(str(item))}\n")
    if len(warnings) > _WARN_LIMIT:
        sys.stderr.write(f"transpub: warning: … and {len(warnings) - _WARN_LIMIT} more entries "
                         "skipped\n")


def _stats(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.report import render_stats
    from transpub.stats import catalogue_stats, stats_json
    from transpub.workspace import source_files

    assert isinstance(console, Console)
    slugs = [p.stem for p in source_files(settings, tuple(args.releases))]
    # the source language's catalogue is editorial: its empty units are the source itself
    langs = list(_selected_targets(settings, args.lang))
    from transpub.workspace import load

    # the source's units, so that stats counts what the build will publish
    units = {path.stem: load(settings, path)[1]
             for path in source_files(settings, tuple(args.releases))}
    rows = catalogue_stats(settings.locales_dir, slugs, langs, units)
    if args.format == "json":
        sys.stdout.write(stats_json(rows))
    else:
        render_stats(console, rows)
    return 0


def _tm(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.tm import export_workspace_tmx

    assert isinstance(console, Console)
    if args.action == "export":
        from transpub.fsutil import check_output_file

        if len(args.file) > 1:
            raise TranspubError("tm export writes one file: give one TMX file name")
        target = args.file[0]
        check_output_file(target)
        langs = list(_selected_targets(settings, args.lang))
        count = export_workspace_tmx(settings.locales_dir, target, settings.source_language,
                                     langs)
        console.print(f"wrote {target}: {count} translation unit(s)", markup=False,
                      soft_wrap=True)
        return 0
    # every file validated first: one that fails leaves none imported
    from transpub.tm import validate_tmx

    langs = [info.code for info in settings.languages]
    # (each file read, and an .sdltm converted, once: its validation is what is imported)
    validated = [validate_tmx(path, settings.source_language, langs) for path in args.file]
    with _editing(settings):
        return _tm_import(settings, args, console, validated, langs)


def _tm_import(settings: Settings, args: argparse.Namespace, console: object,
               validated: Sequence[Any], langs: list[str]) -> int:
    """``tm import``'s writes, the workspace's edit lock held."""
    from rich.console import Console

    from transpub.tm import import_tmx

    assert isinstance(console, Console)
    for path, memory in zip(args.file, validated, strict=True):
        report: list[str] = []
        count, kept, written = import_tmx(settings.locales_dir, path, settings.source_language,
                                          langs, report, replace=args.replace, validated=memory)
        for line in report:
            sys.stderr.write(f"transpub: warning: {_visible(line)}\n")
        # (the same bytes again: one line saying so, not "imported" and a warning of nothing
        # written, as a second import of one memory had said both)
        console.print(f"imported {count} unit(s) into {_rel(settings, kept)}; 'transpub "
                      "extract' now fills new units from it" if written else
                      f"{path}: the same memory is already kept as {_rel(settings, kept)} "
                      f"({count} unit(s)); nothing written", markup=False, soft_wrap=True)
    return 0


def _review(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.checker import check_workspace
    from transpub.checks import select_codes
    from transpub.fsutil import write_all_atomic
    from transpub.review import render_review, review_paths
    from transpub.termbase import Termbase, load_termbases
    from transpub.workspace import load, source_files

    assert isinstance(console, Console)
    if args.import_files:
        from transpub.xliff_merge import import_xliff

        with _editing(settings, not args.dry_run):
            outcomes = import_xliff(settings, args.import_files, args.theirs, args.dry_run)
        return _import_report(console, outcomes, "review import", args.dry_run)
    if args.dry_run or args.theirs:  # (they had been taken in silence, and pages written)
        raise TranspubError("review: --dry-run and --theirs go with --import FILE")
    targets = _selected_targets(settings, args.lang)
    langs = (settings.source_language, *targets) if args.lang else tuple(
        c for c in settings.codes if c in (settings.source_language, *targets))
    termbase = (load_termbases([settings.termbase], settings.source_language)
                if settings.termbase.exists() else Termbase.empty())
    sources = source_files(settings, tuple(args.releases))
    asked = args.output.suffix.lower() if args.output is not None else ""
    if args.xlsx and args.docx:
        raise TranspubError("review: --xlsx or --docx, not both")
    kind = ".xlsx" if args.xlsx else ".docx" if args.docx else asked if asked in (
        ".xlsx", ".docx") else ".html"
    if asked in (".xlsx", ".docx", ".html", ".htm") and asked[:4] != kind[:4]:
        # (a workbook had been written under the name oops.html)
        raise TranspubError(f"review: -o {args.output} names a {asked} file, and this review "
                            f"is a {kind} file: name it FILE{kind}")
    paths = review_paths(settings, [s.stem for s in sources], args.output, kind)
    pages: list[tuple[Path, bytes]] = []
    for source in sources:
        release, segments = load(settings, source)
        run = check_workspace(settings, termbase, select_codes([], []), targets,
                              only=(source.stem,))
        if kind == ".xlsx":
            from transpub.review_sheet import review_workbook

            pages.append((paths[source.stem], review_workbook(settings, release, [
                lang for lang in langs if lang != settings.source_language], run)))
        elif kind == ".docx":
            from transpub.review_doc import review_document

            pages.append((paths[source.stem], review_document(settings, release, [
                lang for lang in langs if lang != settings.source_language], run)))
        else:
            pages.append((paths[source.stem], render_review(settings, release, segments,
                                                            langs, run).encode("utf-8")))
        console.print(f"{_rel(settings, paths[source.stem])}: {len(segments)} units, "
                      f"{len(run.findings)} finding(s)", markup=False, soft_wrap=True)
    try:
        write_all_atomic(pages)
    except OSError as exc:
        raise TranspubError(f"cannot write: {exc.strerror}", exc.filename) from None
    return 0


def _selected_languages(settings: Settings, requested: Sequence[str],
                        codes: Sequence[str]) -> tuple[str, ...]:
    """The languages of ``codes`` that ``--lang`` asks for, in the workspace's order (all when
    none). A tag is matched as other tools write it (``fr_FR``, ``zh-Hans-CN``: language and
    script); a tag babel does not know, or one that names no language of ``codes``, is an
    error: every command that takes ``--lang`` says so alike, never a silent empty run."""
    from transpub.languages import match_language, mismatch_reason

    chosen: set[str] = set()
    for tag in requested:
        code = match_language(tag, tuple(codes))
        if code is None:
            if match_language(tag, settings.codes) == settings.source_language:
                raise TranspubError(f"--lang {tag}: the source language has no translation "
                                    "for this command to work on")
            raise TranspubError(f"--lang {tag}: not a language of transpub.toml "
                                f"({mismatch_reason(tag, tuple(codes))})")
        chosen.add(code)
    return tuple(c for c in codes if not requested or c in chosen)


def _selected_targets(settings: Settings, requested: Sequence[str]) -> tuple[str, ...]:
    """The target languages ``--lang`` asks for (see ``_selected_languages``)."""
    return _selected_languages(settings, requested, settings.target_codes())


def _xliff(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.workspace import source_files
    from transpub.xliff_merge import export_xliff, import_xliff

    assert isinstance(console, Console)
    if args.action == "export":
        langs = _selected_targets(settings, args.lang)
        if args.omegat and args.xliff_version != "1.2":
            raise TranspubError("--omegat writes XLIFF 1.2 (what OmegaT's XLIFF filter reads); "
                                "leave out --version")
        out_dir = args.output or settings.root / ("omegat" if args.omegat else "xliff")
        written = export_xliff(settings, source_files(settings, tuple(args.releases)), langs,
                               args.xliff_version, out_dir, args.omegat)
        for path in written:
            console.print(f"wrote {_rel(settings, path)}", markup=False, soft_wrap=True)
        if args.omegat:
            projects = sum(path.name == "omegat.project" for path in written)
            console.print(f"{projects} OmegaT project(s): open one in OmegaT, translate, "
                          "create the translated documents, then transpub xliff import "
                          "<project>/target/*.xlf", markup=False, soft_wrap=True)
        else:
            console.print(f"{len(written)} XLIFF {args.xliff_version} file(s)", markup=False,
                          soft_wrap=True)
        return 0
    named = _selected_targets(settings, [args.lang])[0] if args.lang is not None else None
    with _editing(settings, not args.dry_run):
        outcomes = import_xliff(settings, args.files, args.theirs, args.dry_run, named)
    return _import_report(console, outcomes, "xliff import", args.dry_run)


#: Rejected units named one a line per file, up to this many; the table counts them all.
_REJECTED_SHOWN = 100


def _import_report(console: object, outcomes: Sequence[ImportOutcome], title: str,
                   dry_run: bool) -> int:
    """What an import of bilingual files did, per PO file; 1 when a unit was rejected or in
    conflict."""
    from rich.console import Console

    from transpub.report import table, warn

    assert isinstance(console, Console)
    rows = []
    for outcome in outcomes:
        for line in outcome.conflicts:
            warn(console, f"{line}")
        for line in outcome.rejected[:_REJECTED_SHOWN]:
            warn(console, f"{line}")
        if len(outcome.rejected) > _REJECTED_SHOWN:  # (a file of a million stray units)
            warn(console, f"{outcome.xliff}: … and {len(outcome.rejected) - _REJECTED_SHOWN} "
                 "more unit(s) rejected")
        for line in outcome.warnings:
            warn(console, f"{outcome.xliff}: {line}")
        for line in outcome.kept_said[:_REJECTED_SHOWN]:
            warn(console, line)
        if len(outcome.kept_said) > _REJECTED_SHOWN:
            warn(console, f"{outcome.xliff}: … and {len(outcome.kept_said) - _REJECTED_SHOWN} "
                 "more obsolete entries (#~) with another translation of a unit, kept")
        for note in outcome.notes:  # (a comment on the whole file: no unit to keep it in)
            warn(console, f"{outcome.xliff}: comment on the file, not imported: {note}")
        if outcome.based:
            console.print(f"{outcome.xliff}: merged against the version it was sent as (commit "
                          f"{outcome.based[:12]} of {outcome.po.name})", markup=False,
                          soft_wrap=True)
        if outcome.revised:
            console.print(f"{outcome.xliff}: {outcome.revised} unit(s) with tracked changes, "
                          "read as accepted", markup=False, soft_wrap=True)
        rows.append((outcome.po.stem, outcome.lang, outcome.updated, outcome.fuzzy,
                     outcome.unchanged, len(outcome.conflicts), len(outcome.rejected),
                     "would write" if dry_run and (outcome.updates or outcome.kept)
                     else "written" if outcome.written else "unchanged"))
    table(console, title + (" (dry run)" if dry_run else ""),
          ("release", "lang", "updated", "of them fuzzy", "unchanged", "conflicts", "rejected",
           "PO file"), rows)
    troubled = any(o.conflicts or o.rejected for o in outcomes)
    return 1 if troubled else 0


def _split(values: list[str]) -> list[str]:
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


def _check(args: argparse.Namespace) -> int:
    from transpub.checker import check_files, check_workspace
    from transpub.checks import Severity, select_codes
    from transpub.config import CONFIG_NAME, find_root, load_settings
    from transpub.errors import ConfigError
    from transpub.termbase import Termbase, load_termbases
    from transpub.terminal import rich_terminal

    if args.output is not None:
        from transpub.fsutil import check_output_file

        check_output_file(args.output)  # before the work, not after it
    try:
        codes = select_codes(_split(args.select), _split(args.ignore))
    except ValueError as exc:
        raise TranspubError(str(exc)) from None
    for lang in args.lang:
        from transpub.languages import parse_tag

        parse_tag(lang)
    settings: Settings | None = None
    if args.directory is not None and not args.directory.is_dir():
        raise TranspubError("a file, not a folder" if args.directory.exists()
                            else "no such folder", args.directory)
    args.files = _po_files_of(args.files)
    start = args.directory or Path.cwd()
    try:
        settings = load_settings(find_root(start))
    except ConfigError as exc:
        if not args.files or (exc.path is not None and exc.path.name == CONFIG_NAME):
            raise
        # files of a workspace named from outside it (a monorepo's root, where the
        # pre-commit hook runs: press/locales/fr/…): that workspace's termbase, not none
        settings = _workspace_of(args.files)
    # the inputs' digest is taken before they are read (a replay must not outlive an edit)
    recorder = _recorder(args, settings)
    source_lang = args.source_lang or (settings.source_language if settings else "en")
    # the workspace's .transpub-cache keeps large termbases read and indexed (termcache);
    # outside a workspace, the user's cache folder does
    cache_root = settings.root if settings is not None and not args.no_cache else None
    noted = 0  # (the approved terms of the files' own notes, when nothing else gives them)
    if args.termbase:
        termbase = load_termbases(args.termbase, source_lang, cache_root,
                                  user_cache=settings is None and not args.no_cache)
    elif settings is not None and settings.termbase.exists():
        termbase = load_termbases([settings.termbase], source_lang, cache_root)
    elif args.files and settings is None:
        termbase = _noted_terms(args, source_lang)
        noted = len(termbase.concepts)
    else:
        termbase = Termbase.empty()
    warn_skipped(termbase.warnings, args.quiet)
    from transpub.scope import parse_shard

    shard = parse_shard(args.shard) if args.shard else None
    if args.update_baseline and args.baseline is None:
        raise TranspubError("--update-baseline needs --baseline FILE (where to record it)")
    if args.update_baseline and (shard or args.changed_since):
        raise TranspubError("--update-baseline records a whole run: drop --shard and "
                            "--changed-since")
    for target in (args.sarif, args.baseline if args.update_baseline else None):
        if target is not None and target.is_dir():  # found before the run, not after it
            raise TranspubError("is a folder: give the name of the file to write", target)
    if recorder is not None:
        recorder.silent = args.quiet or not termbase.warnings
    # the bar goes to stderr (stdout may be the JSON, SARIF or JUnit document), when rich
    # takes stderr for a terminal
    bar_console = None
    if not args.quiet and rich_terminal(sys.stderr):
        from transpub.report import make_console

        bar_console = make_console(sys.stderr)
    fail_on = Severity.parse(args.fail_on)

    # the entity matrix only for the reports that show it (~3 % of a check's CPU)
    matrix = args.matrix or args.format == "json"

    def checked(cache: bool) -> tuple[CheckRun, Outputs]:
        with _progress(bar_console, 0, "checking") as advance:
            if args.files:
                run = check_files(args.files, termbase, codes, args.lang, source_lang,
                                  args.jobs, advance, shard, args.changed_since, matrix)
            else:
                assert settings is not None
                langs = _selected_targets(settings, args.lang) if args.lang else ()
                run = check_workspace(settings, termbase, codes, langs, args.jobs, advance,
                                      shard, args.changed_since, cache=cache,
                                      digests=recorder.shas if recorder is not None else None,
                                      index=recorder.index if recorder is not None else None,
                                      matrix=matrix)
        for notice in run.notices:
            if not args.quiet:
                sys.stderr.write(f"transpub: notice: {_visible(notice)}\n")
        if settings is not None and not args.termbase and not settings.termbase.exists():
            run.no_termbase = _rel(settings, settings.termbase)
        if termbase.paths and not termbase.concepts:
            run.empty_termbase = ", ".join(_rel(settings, path) if settings is not None
                                           else str(path) for path in termbase.paths)
        if args.files and not run.files and shard is None:
            raise TranspubError("no PO file to check" + (
                f" in language {', '.join(args.lang)}" if args.lang else ""))
        if args.baseline is not None:
            _baseline(run, args)
        return run, _write_reports(run, args, fail_on)

    from transpub.checkstream import Changed

    try:
        run, outputs = checked(not args.no_cache)
    except Changed as changed:
        # a cache entry the run left its findings in (``checkstream.Ref``) was replaced or
        # pruned by another check of the workspace before it was read back: every output is
        # written atomically, so the run is simply made again without the cache
        if args.no_cache:
            raise
        if not args.quiet:
            sys.stderr.write(f"transpub: notice: {_visible(str(changed))}: checked again without "
                             "it\n")
        run, outputs = checked(False)
    if noted and not args.quiet:
        sys.stderr.write(f"transpub: notice: checked against the {noted} approved term(s) "
                         "the files' notes hold (no termbase given)\n")
    if args.annotate:
        _annotate(run, args, settings)
    if recorder is not None:
        recorder.silent = recorder.silent and (args.quiet or not run.notices)
        # a run that checked what it read needs only its sources looked at again
        recorder.finish(run.exit_code(fail_on), outputs,
                        [str(settings.source_dir)] if run.verified and settings else None,
                        run.settled)
    return run.exit_code(fail_on)


def _noted_terms(args: argparse.Namespace, source_lang: str) -> Termbase:
    """PO files checked outside a workspace without ``--termbase``: the approved terms their
    notes hold (``noteterms``), each file in its header's language (or ``--lang``'s); said
    in a notice once the check has run."""
    from transpub.noteterms import from_notes

    return from_notes(args.files, source_lang, args.lang[0] if args.lang else None)


def _annotate(run: CheckRun, args: argparse.Namespace, settings: Settings | None) -> None:
    """``check --annotate``: the findings the report lists written into their PO files, each
    file rendered before any is written; the earlier comments of the checks that ran on the
    units they checked replaced."""
    from transpub.annotate import annotate_files
    from transpub.checks import Severity
    from transpub.fsutil import write_atomic

    every = args.show_info or args.fail_on == "info"
    base = settings.root if settings is not None and not args.files else Path.cwd()
    # (PO files only: a workspace check's finding on a built page, TP801, has no entry)
    files: dict[Path, list[Finding]] = {base / label: [] for label in run.files
                                        if label.endswith(".po")}
    for finding in run.findings:
        if (every or finding.severity > Severity.INFO) and finding.file.endswith(".po"):
            files.setdefault(base / finding.file, []).append(finding)

    def replaces(path: Path, unit: str, code: str) -> bool:
        if code not in run.ran:
            return False
        keys = [key for key in run.covered if key[0] == path.stem]
        if len(keys) > 1 and len(path.parts) >= 3:
            keys = [key for key in keys if key[1] == path.parts[-3]] or keys
        return any(run.covered[key] is None or unit in (run.covered[key] or ())
                   for key in keys)

    with _editing(settings):  # (read and written again: no import may come between)
        rendered = annotate_files(files, replaces)
        locked = [path for path, annotated in rendered
                  if annotated.changed and not path.stat().st_mode & 0o222]
        for path in locked:  # (its owner made it read-only: not replaced by a writable copy)
            sys.stderr.write(f"transpub: warning: {_visible(str(path))}: read-only, not "
                             "annotated\n")
        for path, annotated in rendered:
            if annotated.changed and path not in locked:
                try:
                    write_atomic(path, annotated.data)
                except TranspubError as exc:  # (a read-only mount: the check's status stays)
                    sys.stderr.write(f"transpub: warning: {_visible(str(exc))}; not annotated\n")
    if not args.quiet:
        changed = sum(1 for _path, annotated in rendered if annotated.changed)
        units = sum(annotated.units for _path, annotated in rendered)
        sys.stderr.write(f"transpub: annotated {units} unit(s) in {len(rendered)} PO file(s) "
                         f"({changed} changed)\n")


def _recorder(args: argparse.Namespace, settings: Settings | None) -> Recorder | None:
    """What a later run needs to replay this one (``checkreplay``), if it can be replayed."""
    from transpub.checkreplay import Recorder, eligible, workspace_inputs

    if settings is None or not eligible(args):
        return None
    termbases = [settings.termbase, *args.termbase]
    targets = settings.target_codes()
    files, dirs = workspace_inputs(settings, targets, termbases)
    return Recorder.start(args, settings.root, files, dirs)


class _Captured(io.StringIO):
    """Standard output held back (to be recorded), rendered as it would be there."""

    def __init__(self, stream: object) -> None:
        super().__init__()
        self._encoding = getattr(stream, "encoding", None)

    @property
    def encoding(self) -> str | None:  # type: ignore[override]
        return self._encoding  # rich picks its characters by the stream's encoding


def _plain_report(buffer: io.StringIO) -> bool:
    """Whether the text report goes to ``buffer`` (a file's or a pipe's) as plain lines,
    without rich (``plainout.text_report``): where rich would not take it for a terminal
    (``FORCE_COLOR``, ``TTY_COMPATIBLE``). The same bytes as rich's console wrote there
    (tests/test_report_lines.py), but for ``--matrix``, whose table is plain columns there;
    rich's import (~15 ms) was ~4 % of a re-check of one changed file at N = 1000."""
    from transpub.terminal import rich_terminal

    return not rich_terminal(buffer)


def _rich_report(buffer: io.StringIO | None, args: argparse.Namespace, run: CheckRun,
                 shown: list[Any], summary: dict[str, Any], listed: int) -> None:
    """The text report through rich's console: on a terminal (a table), and wherever
    ``_plain_report`` says no."""
    from transpub.plainout import shown_note
    from transpub.report import make_console, render_findings, render_matrix, render_run_notes

    out = make_console(buffer, quiet=args.quiet)
    render_findings(out, shown, summary)
    if listed > len(shown):
        # one line however narrow the log, as the summary's (people grep for it)
        out.print(shown_note(len(shown), listed), markup=False, soft_wrap=True)
    render_run_notes(out, summary, run.fixed)
    if args.matrix:
        render_matrix(out, run.matrix, run.langs)


def _write_reports(run: CheckRun, args: argparse.Namespace, fail_on: Severity) -> Outputs:
    """The report in --format (on stdout or -o FILE), and the SARIF file of --sarif; returns
    what was written (for ``checkreplay``)."""
    from itertools import islice

    from transpub.checkreplay import Outputs
    from transpub.checks import Severity
    from transpub.checkstream import in_text_order
    from transpub.fsutil import write_output

    written = Outputs()
    if args.sarif is not None or args.format != "text":
        from transpub import formats  # (JSON, SARIF, JUnit: not for a text report alone)
    if args.sarif is not None:
        written.sarif = formats.to_sarif(run)
        write_output(args.sarif, written.sarif.encode("utf-8"))
    if args.format == "text":
        on_terminal = args.output is None and sys.stdout.isatty()
        buffer = None if on_terminal else io.StringIO() if args.output else _Captured(sys.stdout)
        every = args.show_info or fail_on == Severity.INFO
        listed = sum(count for (severity, _code, _lang), count in run.counts().items()
                     if every or severity > Severity.INFO)
        # a table of 100,000 rows takes minutes to lay out: the first rows in the listing's
        # order (streamed: the others are never read back)
        shown = list(islice((f for f in in_text_order(run.findings)
                             if every or f.severity > Severity.INFO), TEXT_REPORT_ROWS))
        summary = run.summary(fail_on)
        if args.quiet:
            # -q: the findings that fail the run, a line each, and nothing else (ruff's -q;
            # it had printed nothing, and a run failing on 28 errors said not one)
            from transpub.plainout import finding_lines

            lines = finding_lines([f for f in shown if f.severity >= fail_on])
            quiet = "".join(line + "\n" for line in lines)
            if buffer is None:
                sys.stdout.write(quiet)
            else:
                buffer.write(quiet)
        elif buffer is not None and _plain_report(buffer):
            from transpub.plainout import text_report

            buffer.write(text_report(shown, summary, run.fixed, listed,
                                     run.matrix if args.matrix else None, run.langs))
        else:
            _rich_report(buffer, args, run, shown, summary, listed)
        if args.output and buffer is not None:
            written.report = buffer.getvalue()
            write_output(args.output, written.report.encode("utf-8"))
        elif buffer is not None:
            written.stdout = buffer.getvalue()
            sys.stdout.write(written.stdout)
        return written
    text = {
        "json": lambda: formats.to_json(run, fail_on, matrix=True),
        "junit": lambda: formats.to_junit(run, fail_on),
        "sarif": lambda: formats.to_sarif(run),
        "github": lambda: formats.to_github(run),
        "gitlab": lambda: formats.to_gitlab(run),
    }[args.format]()
    if args.output:
        written.report = text
        write_output(args.output, text.encode("utf-8"))
    else:
        written.stdout = text
        sys.stdout.write(text)
    return written


def _baseline(run: CheckRun, args: argparse.Namespace) -> None:
    """Record the baseline (--update-baseline), then hide and pass what it holds."""
    from transpub.baseline import read_baseline, write_baseline
    from transpub.report import make_console

    path: Path = args.baseline
    if args.update_baseline:
        # entries of the checks, languages and files this run left out stay recorded
        keep = [e for e in read_baseline(path) if not run.covers(e)] if path.is_file() else []
        count = write_baseline(path, run.findings, keep)
        error_console = make_console(sys.stderr, quiet=args.quiet)
        error_console.print(f"wrote baseline {path}: {count} finding(s)", markup=False,
                            soft_wrap=True)
    run.apply_baseline(str(path), read_baseline(path))


def _build(settings: Settings, args: argparse.Namespace, console: object | None) -> int:
    """``transpub build``; ``console``: rich's, or None for a file, pipe or CI log (its lines
    written plainly, no progress bar)."""
    from transpub.builder import BuildOptions

    languages = _selected_languages(settings, args.lang, settings.codes) if args.lang else ()
    from transpub.scope import parse_shard

    shard = parse_shard(args.shard) if args.shard else None
    options = BuildOptions(
        include_fuzzy=args.include_fuzzy or settings.include_fuzzy,
        min_complete=settings.min_complete if args.min_complete is None else args.min_complete,
        strict=args.strict, languages=languages, force=args.force, jobs=args.jobs,
        shard=shard)
    from transpub.fsutil import held
    from transpub.statmemo import FOLDER, IGNORE_FILE

    # one build of a workspace at a time: two at once (``--lang fr`` and ``--lang ru`` run
    # side by side) each wrote the build record as it had read it, the other's lost
    lock = settings.root / FOLDER / "build.lock"

    def waiting() -> None:
        sys.stderr.write(f"transpub: waiting for another build of this workspace to end "
                         f"({_rel(settings, lock)} is held)\n")
        sys.stderr.flush()

    with held(lock, IGNORE_FILE, waiting):
        return _build_held(settings, args, console, options, shard)


def _build_held(settings: Settings, args: argparse.Namespace, console: object | None,
                options: BuildOptions, shard: tuple[int, int] | None) -> int:
    """``_build``'s run, its workspace's build lock held."""
    from transpub.builder import MANIFEST_NAME, build, paused_collector
    from transpub.scope import in_shard
    from transpub.workspace import source_files

    if args.index_only:
        from transpub.builder import write_index_pages

        if shard or args.releases:
            raise TranspubError("--index-only indexes every release built: drop --shard and "
                                "the release names")
        count = write_index_pages(settings, options)
        _print_ops(console, [["print", f"index pages written: {count} release(s)"]],
                   args.quiet)
        return 0
    sources = in_shard(source_files(settings, tuple(args.releases)), shard)
    _read_language_facts(settings)
    recorder = _noop_recorder(settings, args)
    with paused_collector():  # (the run's objects live to its end: see builder)
        with _progress(console, len(sources)) as advance:
            # (every source's id is checked, from the run's own parse when it builds them all)
            report = build(settings, options, sources, advance, check_ids=True,
                           all_sources=not args.releases and shard is None)
        _print_ops(console, _build_ops(settings, report, options), args.quiet)
        if recorder is not None:
            from transpub import noop

            ops = _noop_ops(settings, sources, report, options)
            if ops is not None:  # else the next build has work to do: no record
                layout = noop.layout(settings)
                files, folders = noop.build_tracked(layout)
                manifest = os.fspath(settings.output_dir / MANIFEST_NAME)
                if recorder.save(layout, files, folders, [manifest], ops, report.stamps):
                    _prepare_shown(settings.root, ops)
        if _ENDING:  # (still in the paused collector: nothing is collected or freed first)
            _end_now(0)
    return 0


def _progress(console: object | None, total: int, label: str = "building"
              ) -> contextlib.AbstractContextManager[Callable[[int, int], None]]:
    """``report.progress_bar`` on rich's console; None (a file, pipe or CI log): none, and
    rich not loaded."""
    if console is None:
        return contextlib.nullcontext(lambda done, count: None)
    from rich.console import Console

    from transpub.report import progress_bar

    assert isinstance(console, Console)
    return progress_bar(console, label, total)


#: A build of more outcomes than this prints no table of them.
_TABLE_MAX = 60


def _build_ops(settings: Settings, report: BuildReport, options: BuildOptions) -> Ops:
    """What ``build`` prints, in order."""
    from transpub.builder import Outcomes

    ops: Ops = []
    rows = []
    table = len(report.outcomes) <= _TABLE_MAX  # a larger build prints no table: no rows
    if not table and isinstance(report.outcomes, Outcomes):
        # (an outcome made only for a page with problems: see Outcomes)
        for item in report.outcomes.with_problems():
            _problem_ops(ops, settings, item)
        published, held = report.outcomes.languages()
        ops += _untranslated_ops(settings, report)
        ops.append(_summary_op(report.releases, report.rebuilt_pages, published, held,
                               options))
        return ops + _withdrawn_ops(settings, report)
    for item in report.outcomes:
        _problem_ops(ops, settings, item)
        if table:
            rows.append([item.slug, item.lang, f"{item.percent:.0f}", item.fallbacks,
                         "published" if item.published else "held back (below "
                         f"{options.min_complete:g} %"
                         + ("; previous output kept)" if (settings.output_dir / item.lang
                                                          / f"{item.slug}.html").exists()
                            else ")")])
    published = {o.lang for o in report.outcomes if o.published}
    held = {o.lang for o in report.outcomes if not o.published}
    if table:
        ops.append(["table", "build", ["release", "lang", "%", "fallbacks", "status"], rows])
    ops += _untranslated_ops(settings, report)
    ops.append(_summary_op(report.releases, report.rebuilt_pages, published, held, options))
    return ops + _withdrawn_ops(settings, report)


def _untranslated_ops(settings: Settings, report: BuildReport) -> Ops:
    """A warning naming the languages published with no unit translated (every page of
    them the source's text: the default ``min_complete`` is 0), if any: an editor had found
    three languages' pages all in English under ar/, zh/ and ru/ without a word."""
    from transpub.builder import Outcomes

    outcomes = report.outcomes
    rows = ((row[0], slug, row[1], row[2]) for slug, rows in outcomes.releases.items()
            for row in rows) \
        if isinstance(outcomes, Outcomes) else ((o.lang, o.slug, o.percent, o.published)
                                                 for o in outcomes)
    source = settings.source_language
    return _untranslated_op({(code, slug) for code, slug, percent, published in rows
                             if published and not percent and code != source})


def _untranslated_op(pages: set[tuple[str, str]]) -> Ops:
    """``_untranslated_ops``' warning of ``pages`` ((language, release) each), if any: each
    language with its releases (it had named the languages alone, and an editor whose French
    was 80 % done read that none of it was)."""
    if not pages:
        return []
    by_lang: dict[str, list[str]] = {}
    for code, slug in sorted(pages):
        by_lang.setdefault(code, []).append(slug)
    said = "; ".join(f"{code} ({', '.join(slugs[:3])}"
                     + (f" and {len(slugs) - 3} more" if len(slugs) > 3 else "") + ")"
                     for code, slugs in by_lang.items())
    return [["warn", f"published with no unit translated, the source's text: {said} "
             "(--min-complete or [build] min_complete holds such pages back)"]]


def _withdrawn_ops(settings: Settings, report: BuildReport) -> Ops:
    """The line naming the pages the build removed (a release no longer in source/, a
    language dropped), if any: an editor publishing output/ learns what went offline."""
    if not report.withdrawn:
        return []
    shown = [_rel(settings, path) for path in report.withdrawn]
    more = f", … ({len(shown)} in all)" if len(shown) > 8 else ""
    return [["print", f"withdrawn (no source or language of the workspace builds them now): "
             f"{', '.join(shown[:8])}{more}"]]


def _problem_ops(ops: Ops, settings: Settings, item: LanguageBuild) -> None:
    """The warning of each problem of a page's outcome."""
    for problem in item.problems:
        where = f"{_rel(settings, item.po)}:{problem.line}: " if item.po else ""
        ops.append(["warn", f"{where}[{problem.unit}] {problem.message}; using the source "
                    "text"])


def _summary_op(releases: int, rebuilt: int, published: set[str], held: set[str],
                options: BuildOptions) -> list[Any]:
    """A build's last line."""
    shard = options.shard
    return ["print", f"{releases} release(s), {rebuilt} page(s) "
            f"rebuilt; published: {' '.join(sorted(published)) or '-'}"
            + (f"; held back: {' '.join(sorted(held))}" if held else "")
            + (f"; shard {shard[0]}/{shard[1]}, no index pages (run 'transpub build "
               "--index-only' once the shards' outputs are together)" if shard else "")]


def _noop_ops(settings: Settings, sources: list[Path], report: BuildReport,
              options: BuildOptions) -> Ops | None:
    """What a build of ``sources`` prints when nothing changed after the build that gave
    ``report`` (``_build_ops`` of ``builder.noop_report``'s report), or None: that build
    would still have work to do. Too many pages for a table: from ``builder.noop_summary``,
    without an outcome per page."""
    from transpub.builder import noop_report, noop_summary

    if len(sources) * len(settings.codes) <= _TABLE_MAX:
        quiet = noop_report(settings, sources, report)
        return None if quiet is None else _build_ops(settings, quiet, options)
    summary = noop_summary(settings, sources, report)
    if summary is None:
        return None
    ops: Ops = []
    for item in summary.problems:
        _problem_ops(ops, settings, item)
    ops += _untranslated_op(summary.untranslated)
    ops.append(_summary_op(summary.releases, 0, summary.published, summary.held, options))
    return ops

if __name__ == "__main__":
    sys.exit(main())
