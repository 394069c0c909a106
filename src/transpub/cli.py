"""The command line: parse arguments, call the library, report, exit. No logic lives here."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from transpub import __version__
from transpub.config import Settings, find_root, load_settings
from transpub.errors import TranspubError
from transpub.report import error, make_console, table, warn

if TYPE_CHECKING:
    from transpub.workspace import NotesFor


#: Rows of the text report's table; the summary line and the other formats count everything.
TEXT_REPORT_ROWS = 2000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transpub", description="Publish press releases in the six official UN languages.")
    parser.add_argument("--version", action="version", version=f"transpub {__version__}")
    parser.add_argument("-C", dest="directory", type=Path, default=None,
                        help="run as if started in DIR (the workspace or a folder inside it)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    # -C and -q are accepted after the command too ("transpub build -q")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-C", dest="directory", type=Path, default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = sub.add_parser

    def sub_parser(name: str, help: str) -> argparse.ArgumentParser:
        return add(name, parents=[common], help=help)

    sub.add_parser = sub_parser  # type: ignore[method-assign,assignment]

    p = sub.add_parser("init", help="create a workspace: transpub.toml, source/, locales/, output/")
    p.add_argument("dir", type=Path)

    p = sub.add_parser("import", help="import a release (.txt, .md, .html) into source/<slug>.xml")
    p.add_argument("file", type=Path)
    p.add_argument("--slug", help="the release's name (default: from its title)")
    p.add_argument("--force", action="store_true", help="replace an existing source file")

    p = sub.add_parser("extract", help="write the POT and merge it into every language's PO")
    p.add_argument("releases", nargs="*", help="release slugs (default: all)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--force", action="store_true",
                   help="merge every release, even those whose files did not change")

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

    p = sub.add_parser("check", help="check names, titles, dates, numbers, addresses and markup "
                                     "in translations")
    p.add_argument("files", nargs="*", type=Path,
                   help="PO files to check on their own (default: the whole workspace)")
    p.add_argument("--lang", action="append", default=[],
                   help="check only this language (or: the language of a PO without header)")
    p.add_argument("--termbase", action="append", type=Path, default=[],
                   help="TBX or CSV termbase to use instead of the workspace's (repeatable)")
    p.add_argument("--format", choices=("text", "json", "junit", "sarif", "github"),
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

    p = sub.add_parser("stats", help="units and words translated, fuzzy and untranslated, "
                                     "per release and language")
    p.add_argument("releases", nargs="*", help="release slugs (default: all)")
    p.add_argument("--lang", action="append", default=[], help="only this language")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("tm", help="translation memory: export or import TMX 1.4b")
    p.add_argument("action", choices=("export", "import"))
    p.add_argument("file", type=Path, help="the TMX file to write or read")
    p.add_argument("--lang", action="append", default=[],
                   help="export only this language (default: all targets)")

    p = sub.add_parser("validate", help="validate source XML files against the schema")
    p.add_argument("files", nargs="*", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    console = make_console(quiet=args.quiet)
    with _terminate_cleanly():
        return _run(args, console)


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
    try:
        return _dispatch(args, console)
    except TranspubError as exc:
        error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:  # a file system's refusal (permissions, space...): the user's to fix
        if os.environ.get("TRANSPUB_DEBUG"):
            raise
        error(str(TranspubError(exc.strerror or str(exc), exc.filename)))
        return 2
    except Exception as exc:  # a bug of ours: one line, unless asked for the traceback
        if os.environ.get("TRANSPUB_DEBUG"):
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (set TRANSPUB_DEBUG=1 for details)")
        return 3


def _settings(args: argparse.Namespace) -> Settings:
    start = args.directory or Path.cwd()
    if args.directory is not None and not args.directory.is_dir():
        raise TranspubError("no such folder", args.directory)
    return load_settings(find_root(start))


def _dispatch(args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    assert isinstance(console, Console)
    command = args.command
    if command == "init":
        from transpub.workspace import init_workspace

        base = args.directory or Path.cwd()
        made = init_workspace(base / args.dir)
        console.print(f"created workspace {made[0].parent}", markup=False)
        return 0
    if command == "check":
        return _check(args, console)
    settings = _settings(args)
    if command == "import":
        return _import(settings, args, console)
    if command == "extract":
        return _extract(settings, args, console)
    if command == "build":
        return _build(settings, args, console)
    if command == "check":
        return _check(args, console)
    if command == "stats":
        return _stats(settings, args, console)
    if command == "tm":
        return _tm(settings, args, console)
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
        console.print(f"{len(files)} release(s) valid", markup=False)
        return 0
    raise TranspubError(f"unknown command {command!r}")


def _rel(settings: Settings, path: Path) -> str:
    return os.path.relpath(path, Path.cwd()) if path.is_absolute() else str(path)


def _import(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.workspace import import_release

    assert isinstance(console, Console)
    target, report = import_release(settings, args.file, args.slug, args.force)
    for line, text in report.removed:
        console.print(f"removed page furniture: {args.file}:{line}: {text}", markup=False)
    for line in report.rejoined:
        console.print(f"rejoined a paragraph split by a page break: {args.file}:{line}",
                      markup=False)
    console.print(f"wrote {_rel(settings, target)} ({len(report.release.blocks)} blocks)",
                  markup=False)
    return 0


def _extract(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.workspace import extract

    assert isinstance(console, Console)
    notes_for = _notes_for(settings)
    results = extract(settings, tuple(args.releases), args.dry_run, notes_for, args.force)
    rows = []
    failed = False
    for result in results:
        for merge in result.merges:
            rows.append((merge.path.stem, merge.path.parent.parent.name, merge.kept,
                         f"{merge.new} ({merge.from_memory} from memory)" if merge.from_memory
                         else merge.new, merge.changed,
                         merge.removed, merge.revived,
                         "would write" if args.dry_run else ("written" if merge.written
                                                              else "unchanged")))
            if args.dry_run:
                for change in merge.changes:
                    console.print(f"  {merge.path.parent.parent.name}: {change}", markup=False)
        for exc in result.errors:
            failed = True
            error(f"{exc} — not updated")
    if 0 < len(rows) <= 60:
        table(console, "extract" + (" (dry run)" if args.dry_run else ""),
              ("release", "lang", "kept", "new", "changed", "removed", "revived", "file"), rows)
    merges = [m for r in results for m in r.merges]
    unchanged = sum(r.unchanged for r in results)
    console.print(f"{len(results)} release(s) ({unchanged} unchanged, skipped): "
                  f"{sum(m.new for m in merges)} new, "
                  f"{sum(m.changed for m in merges)} changed (fuzzy), "
                  f"{sum(m.removed for m in merges)} removed (obsolete), "
                  f"{sum(m.revived for m in merges)} revived, "
                  f"{sum(m.from_memory for m in merges)} filled from memory; "
                  f"{sum(m.written for m in merges)} catalogue(s) written", markup=False)
    return 2 if failed else 0


def _notes_for(settings: Settings) -> NotesFor | None:
    from transpub.notes import term_notes
    from transpub.termbase import load_termbases

    if not settings.termbase.exists():
        return None
    termbase = load_termbases([settings.termbase], settings.source_language)
    return term_notes(termbase, settings.source_language)


def _stats(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.report import render_stats
    from transpub.stats import catalogue_stats, stats_json
    from transpub.workspace import source_files

    assert isinstance(console, Console)
    slugs = [p.stem for p in source_files(settings, tuple(args.releases))]
    # the source language's catalogue is editorial: its empty units are the source itself
    langs = [c for c in settings.target_codes() if not args.lang or c in args.lang]
    rows = catalogue_stats(settings.locales_dir, slugs, langs)
    if args.format == "json":
        sys.stdout.write(stats_json(rows))
    else:
        render_stats(console, rows)
    return 0


def _tm(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.tm import export_workspace_tmx, import_tmx

    assert isinstance(console, Console)
    if args.action == "export":
        from transpub.fsutil import check_output_file

        check_output_file(args.file)
        langs = [c for c in settings.target_codes() if not args.lang or c in args.lang]
        count = export_workspace_tmx(settings.locales_dir, args.file, settings.source_language,
                                     langs)
        console.print(f"wrote {args.file}: {count} translation unit(s)", markup=False)
    else:
        count = import_tmx(settings.locales_dir, args.file, settings.source_language)
        console.print(f"imported {count} unit(s) into "
                      f"{_rel(settings, settings.locales_dir / 'memory' / args.file.name)}; "
                      "'transpub extract' now fills new units from it", markup=False)
    return 0


def _split(values: list[str]) -> list[str]:
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


def _check(args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub import formats
    from transpub.checker import check_files, check_workspace
    from transpub.checks import Severity, select_codes
    from transpub.config import CONFIG_NAME
    from transpub.errors import ConfigError
    from transpub.report import render_findings, render_matrix
    from transpub.termbase import Termbase, load_termbases

    assert isinstance(console, Console)
    if args.output is not None:
        from transpub.fsutil import check_output_file

        check_output_file(args.output)  # before the work, not after it
    try:
        codes = select_codes(_split(args.select), _split(args.ignore))
    except ValueError as exc:
        raise TranspubError(str(exc)) from None
    for lang in args.lang:
        from transpub.languages import language

        language(lang)
    settings: Settings | None = None
    start = args.directory or Path.cwd()
    try:
        settings = load_settings(find_root(start))
    except ConfigError as exc:
        if not args.files or (exc.path is not None and exc.path.name == CONFIG_NAME):
            raise
    source_lang = args.source_lang or (settings.source_language if settings else "en")
    if args.termbase:
        termbase = load_termbases(args.termbase, source_lang)
    elif settings is not None and settings.termbase.exists():
        termbase = load_termbases([settings.termbase], source_lang)
    else:
        termbase = Termbase.empty()
    from transpub.report import progress_bar

    # the bar goes to stderr: stdout may be the JSON, SARIF or JUnit document
    bar_console = make_console(sys.stderr, quiet=args.quiet)
    with progress_bar(bar_console, "checking", 0) as advance:
        if args.files:
            run = check_files(args.files, termbase, codes, args.lang, source_lang, args.jobs,
                              advance)
        else:
            assert settings is not None
            run = check_workspace(settings, termbase, codes, args.lang, args.jobs, advance)
    fail_on = Severity.parse(args.fail_on)
    if args.format == "text":
        import io

        buffer = io.StringIO() if args.output else None
        out = make_console(buffer, quiet=args.quiet)
        shown = [f for f in run.findings
                 if args.show_info or f.severity > Severity.INFO or fail_on == Severity.INFO]
        listed = len(shown)
        if listed > TEXT_REPORT_ROWS:  # a table of 100,000 rows takes minutes to lay out
            shown = sorted(shown, key=lambda f: (f.lang, f.file, f.line, f.unit, f.code)
                           )[:TEXT_REPORT_ROWS]
        render_findings(out, shown, run.summary(fail_on))
        if listed > len(shown):
            out.print(f"(the table shows the first {len(shown)} of {listed} findings; "
                      "--format json lists them all)", markup=False)
        if args.matrix:
            render_matrix(out, run.matrix, run.langs)
        if args.output and buffer is not None:
            from transpub.fsutil import write_atomic

            write_atomic(args.output, buffer.getvalue().encode("utf-8"))
    else:
        text = {
            "json": lambda: formats.to_json(run, fail_on, matrix=True),
            "junit": lambda: formats.to_junit(run, fail_on),
            "sarif": lambda: formats.to_sarif(run),
            "github": lambda: formats.to_github(run),
        }[args.format]()
        if args.output:
            from transpub.fsutil import write_atomic

            write_atomic(args.output, text.encode("utf-8"))
        else:
            sys.stdout.write(text)
    return run.exit_code(fail_on)


def _build(settings: Settings, args: argparse.Namespace, console: object) -> int:
    from rich.console import Console

    from transpub.builder import BuildOptions, build
    from transpub.languages import validate_languages
    from transpub.report import progress_bar
    from transpub.workspace import check_unique_ids, source_files

    assert isinstance(console, Console)
    if args.lang:
        validate_languages(tuple(args.lang))
        unknown = set(args.lang) - set(settings.codes)
        if unknown:
            raise TranspubError(f"language(s) not in transpub.toml: {', '.join(sorted(unknown))}")
    options = BuildOptions(
        include_fuzzy=args.include_fuzzy or settings.include_fuzzy,
        min_complete=settings.min_complete if args.min_complete is None else args.min_complete,
        strict=args.strict, languages=tuple(args.lang), force=args.force, jobs=args.jobs)
    sources = source_files(settings, tuple(args.releases))
    check_unique_ids(settings)
    with progress_bar(console, "building", len(sources)) as advance:
        report = build(settings, options, sources, advance)
    rows = []
    for item in report.outcomes:
        for problem in item.problems:
            where = f"{_rel(settings, item.po)}:{problem.line}: " if item.po else ""
            warn(console, f"{where}[{problem.unit}] {problem.message}; using the source text")
        rows.append((item.slug, item.lang, f"{item.percent:.0f}", item.fallbacks,
                     "published" if item.published else "held back (below "
                     f"{options.min_complete:g} %; previous output kept)"))
    published = sorted({o.lang for o in report.outcomes if o.published})
    held = sorted({o.lang for o in report.outcomes if not o.published})
    if len(rows) <= 60:
        table(console, "build", ("release", "lang", "%", "fallbacks", "status"), rows)
    console.print(f"{report.releases} release(s), {report.rebuilt_pages} page(s) rebuilt; "
                  f"published: {' '.join(published) or '-'}"
                  + (f"; held back: {' '.join(held)}" if held else ""), markup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
