"""``transpub review``: one self-contained HTML page per release for the people who sign it off.

Every unit in document order with the source and each language side by side, the checker's
findings inline (the offending span marked, the expected form shown), fuzzy, untranslated and
fallback units marked, per-language completeness, the entity × language matrix, and a summary
that links to each finding. Inline CSS only: no script, font or request leaves the file. The
findings come from the checker (checker.check_workspace), never from checks run again here.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from transpub import __version__
from transpub.catalog import Translation, TranslationSet, po_path, read_translations
from transpub.checker import CheckRun
from transpub.checks import Finding, Severity
from transpub.config import Settings
from transpub.htmlstring import LTR_RUN, run_dir
from transpub.languages import language
from transpub.model import Release, Segment
from transpub.segment import PLACEHOLDER_RE
from transpub.xliff_merge import codes_problem

#: The page's style. The keyboard focus ring (``--focus``) has at least 4.5:1 against every
#: background the page uses (white, the header and row cells, the fuzzy, untranslated and
#: mark tints, the placeholder codes': tests/test_review.py computes them from this text); an
#: amber ring had 2.1:1 on white (WCAG 1.4.11).
_CSS = """
:root{color-scheme:light;--line:#c8cdd3;--muted:#5a6270;--err:#a4141b;--warn:#7a4d00;
--info:#20507a;--fuzzy:#fff4d6;--untr:#fde8e8;--ok:#1d6b33;--focus:#0b4f9c}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1240px;padding:16px;font:15px/1.5 "Noto Sans","Segoe UI",
"Helvetica Neue",Arial,sans-serif;color:#1b1f24;background:#fff}
:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Arial",sans-serif;
font-size:1.08em}
:lang(zh){font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC",
"Microsoft YaHei","WenQuanYi Zen Hei",sans-serif}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;margin:1.4em 0 .5em;
border-bottom:2px solid var(--line)}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5em 0}
th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:start;
overflow-wrap:anywhere}
thead th{background:#eef1f4}
th[scope=row]{background:#f7f8fa;font-weight:600}
.meta{color:var(--muted)}
.ph{font:.85em ui-monospace,"DejaVu Sans Mono",monospace;color:#4a2a7a;background:#efe9f8;
border-radius:3px;padding:0 2px}
mark{background:#ffd0d0;color:inherit;outline:1px solid var(--err)}
.status{display:block;font-size:.8em;font-weight:600;margin-top:4px}
.fuzzy{background:var(--fuzzy)}.untranslated,.fallback{background:var(--untr)}
.fuzzy .status{color:var(--warn)}.untranslated .status,.fallback .status{color:var(--err)}
.fallback-text{color:var(--muted);font-style:italic}
ul.findings{margin:6px 0 0;padding-inline-start:1.1em;font-size:.85em}
ul.notes{margin:6px 0 0;padding:0;list-style:none;font-size:.85em;color:var(--info)}
.note-label{font-weight:600}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.expected{display:block}
.ok{color:var(--ok)}.missing{color:var(--err);font-weight:600}
.unit-id{font:.8em ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted);
display:block}
.counts span{margin-inline-end:1.2em}
a{color:#0b4f9c}a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
@media print{@page{size:A4;margin:12mm}body{max-width:none;padding:0;font-size:9.5pt}
thead{display:table-header-group}tr{break-inside:avoid}.skip{display:none}
a{color:inherit;text-decoration:none}h2{break-after:avoid}}
"""

_STATUS = {
    "translated": "", "source": "",
    "fuzzy": "fuzzy: not published until reviewed",
    "untranslated": "untranslated: the source is published",
    "fallback": "fallback: the source is published",
}


#: The report's own words are English, left to right, on every cell that holds them.
_UI = 'lang="en" dir="ltr"'


@dataclass(frozen=True, slots=True)
class _Cell:
    lang: str
    text: str
    status: str
    why: str
    findings: tuple[tuple[int, Finding], ...]
    notes: tuple[str, ...] = ()
    """The translator's comments on the entry (``# …``: a translator's query, a reviewer's
    comment imported from a CAT tool)."""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_review(settings: Settings, release: Release, segments: Sequence[Segment],
                  langs: Sequence[str], run: CheckRun) -> str:
    """The review page of one release, as text; ``run`` is the checker's run over this release
    alone (``check_workspace(..., only=(slug,))``), output checks included."""
    source_lang = settings.source_language
    sets = {lang: _read(settings, release.slug, lang) for lang in langs}
    notes = {lang: _notes(settings, release.slug, lang) for lang in langs}
    # in the page's own order — language, then unit, as the tables show them — not the
    # report's, which sorts by file names relative to the working folder (a page made from
    # another folder had its findings in another order and numbered otherwise)
    place = {s.id: n for n, s in enumerate(segments)}
    column = {lang: n for n, lang in enumerate(langs)}
    numbered = list(enumerate(sorted(run.findings, key=lambda f: (
        column.get(f.lang, len(column)), f.lang, place.get(f.unit, len(place)), f.unit,
        f.code, f.message, Path(f.file).name, f.line)), 1))
    by_cell: dict[tuple[str, str], list[tuple[int, Finding]]] = defaultdict(list)
    ids = set(place)
    loose: list[tuple[int, Finding]] = []
    for number, item in numbered:
        if item.unit in ids:
            by_cell[(item.unit, item.lang)].append((number, item))
        else:
            loose.append((number, item))
    parts = [_head(release, source_lang), _summary(release, numbered, langs),
             _completeness(segments, sets, [g for g in langs if g != source_lang]),
             _units(segments, sets, langs, source_lang, by_cell, notes),
             _matrix(run.matrix, langs, source_lang)]
    if loose:
        parts.append(_loose(loose))
    parts.append(f'<footer class="meta"><p>transpub {_e(__version__)}</p></footer>'
                 "</main></body></html>\n")
    return "".join(parts)


def _read(settings: Settings, slug: str, lang: str) -> TranslationSet | None:
    path = po_path(settings.locales_dir, lang, slug)
    return read_translations(path, lang) if path.exists() else None


def _notes(settings: Settings, slug: str, lang: str) -> dict[str, tuple[str, ...]]:
    """Each entry's translator comments, by unit (what read_translations leaves out)."""
    path = po_path(settings.locales_dir, lang, slug)
    if not path.exists():
        return {}
    from transpub.annotate import is_annotation
    from transpub.poread import read_entries

    _, entries = read_entries(path)
    # (``check --annotate``'s comments left out: the page shows the findings, up to date)
    notes = {entry.context or entry.msgid: tuple(line for line in entry.translator.split("\n")
                                                 if line.strip() and not is_annotation(line))
             for entry in entries if not entry.obsolete and entry.translator.strip()}
    return {unit: lines for unit, lines in notes.items() if lines}


def _head(release: Release, source_lang: str) -> str:
    info = language(source_lang)
    title = f"Review: {release.title}"
    date = f" · {release.date.isoformat()}" if release.date else ""
    return (f'<!DOCTYPE html>\n<html lang="{_e(source_lang)}" dir="{info.direction}">'
            f'<head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{_e(title)}</title>'
            f"<style>{_CSS}</style></head><body>"
            '<a class="skip" href="#units">Skip to the units</a>'
            f"<header><h1>{_e(title)}</h1><p class=\"meta\">{_e(release.slug)}{_e(date)}"
            "</p></header><main>")


def _summary(release: Release, numbered: list[tuple[int, Finding]],
             langs: Sequence[str]) -> str:
    counts = Counter(f.severity for _, f in numbered)
    out = ['<section aria-labelledby="summary"><h2 id="summary">Summary</h2>',
           '<p class="counts">']
    for severity in sorted(Severity, reverse=True):
        out.append(f'<span class="sev-{severity.label}">{counts.get(severity, 0)} '
                   f"{severity.label}{'s' if counts.get(severity, 0) != 1 else ''}</span>")
    out.append(f"<span>languages: {_e(' '.join(langs))}</span></p>")
    if numbered:
        out.append('<ol class="finding-list">')
        for number, item in numbered:
            out.append(f'<li><a href="#f{number}"><span class="sev-{item.severity.label}">'
                       f"{_e(item.code)} {_e(item.severity.label)}</span> "
                       f'<span lang="en">[{_e(item.lang)}]</span> {_e(item.unit)}: '
                       f"{_e(item.message)}</a></li>")
        out.append("</ol>")
    else:
        out.append("<p>The checker found nothing to report.</p>")
    out.append("</section>")
    return "".join(out)


def _status(segment: Segment, item: Translation | None, source_lang: str,
            lang: str) -> tuple[str, str]:
    if lang == source_lang:
        return "source", ""
    if item is None or not item.target:
        return "untranslated", ""
    if item.source != segment.text:
        return "fallback", "the PO entry is for an older source text (run transpub extract)"
    if item.fuzzy:
        return "fuzzy", ""
    problem = codes_problem(segment.text, item.target)
    if problem:
        return "fallback", problem
    return "translated", ""


def _completeness(segments: Sequence[Segment], sets: Mapping[str, TranslationSet | None],
                  langs: Sequence[str]) -> str:
    out = ['<section aria-labelledby="completeness"><h2 id="completeness">Completeness</h2>',
           "<table><caption>Units per language and how the build would publish them"
           "</caption><thead><tr>"]
    for head in ("Language", "Translated", "Fuzzy", "Untranslated", "Fallback", "Complete"):
        out.append(f'<th scope="col" {_UI}>{head}</th>')
    out.append("</tr></thead><tbody>")
    for lang in langs:
        info = language(lang)
        tally: Counter[str] = Counter()
        translations = sets.get(lang)
        for segment in segments:
            item = translations.get(segment.id) if translations else None
            tally[_status(segment, item, "", lang)[0]] += 1
        percent = 100 * tally["translated"] / len(segments) if segments else 100.0
        out.append(f'<tr><th scope="row" lang="{_e(lang)}" dir="{info.direction}">'
                   f"{_e(info.native_name)}</th>")
        for key in ("translated", "fuzzy", "untranslated", "fallback"):
            out.append(f"<td {_UI}>{tally[key]}</td>")
        out.append(f"<td {_UI}>{percent:.0f} %</td></tr>")
    out.append("</tbody></table></section>")
    return "".join(out)


def _matrix(matrix: Mapping[str, Mapping[str, str]], langs: Sequence[str],
            source_lang: str) -> str:
    targets = [lang for lang in langs if lang != source_lang]
    out = ['<section aria-labelledby="matrix"><h2 id="matrix">Names, titles, organisations '
           "and dates in each language</h2>"]
    if not matrix:
        out.append("<p>No termbase entity or date in this release.</p></section>")
        return "".join(out)
    out.append("<table><caption>Whether each language version carries every entity of the "
               f'source</caption><thead><tr><th scope="col" {_UI}>Entity</th>')
    for lang in targets:
        out.append(f'<th scope="col" lang="{_e(lang)}" dir="{language(lang).direction}">'
                   f"{_e(language(lang).native_name)}</th>")
    out.append("</tr></thead><tbody>")
    for key, row in matrix.items():
        kind = key.split(":", 1)[0]
        out.append(f'<tr><th scope="row" lang="{_e(source_lang)}" '
                   f'dir="{language(source_lang).direction}">{_e(row.get("label", key))} '
                   f'<span class="meta">({_e(kind)})</span></th>')
        for lang in targets:
            value = row.get(lang, "")
            css = "ok" if value == "ok" else "missing"
            out.append(f'<td class="{css}" {_UI}>{"✓ carried" if value == "ok" else _e(value)}'
                       "</td>")
        out.append("</tr>")
    out.append("</tbody></table></section>")
    return "".join(out)


def _units(segments: Sequence[Segment], sets: Mapping[str, TranslationSet | None],
           langs: Sequence[str], source_lang: str,
           by_cell: Mapping[tuple[str, str], list[tuple[int, Finding]]],
           notes: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None) -> str:
    columns = [source_lang, *[lang for lang in langs if lang != source_lang]]
    width = 14
    out = ['<section aria-labelledby="units"><h2 id="units">Units</h2>',
           "<table><caption>Every unit in document order: the source and each language"
           f'</caption><colgroup><col style="width:{width}%">']
    share = (100 - width) / len(columns)
    out.extend(f'<col style="width:{share:.2f}%">' for _ in columns)
    out.append(f'</colgroup><thead><tr><th scope="col" {_UI}>Unit</th>')
    for lang in columns:
        info = language(lang)
        suffix = " (source)" if lang == source_lang else ""
        out.append(f'<th scope="col" lang="{_e(lang)}" dir="{info.direction}">'
                   f"{_e(info.native_name)}{suffix}</th>")
    out.append("</tr></thead><tbody>")
    for segment in segments:
        out.append(f'<tr id="u-{_e(segment.id)}"><th scope="row" {_UI}>'
                   f"{_e(segment.position[:1].upper() + segment.position[1:])}"
                   # (a space: shown as a line of its own, the id had run into the
                   # position in copied text and accessible names, «sentence 1 of 3p1.d6c5e4»)
                   f' <span class="unit-id">{_e(segment.id)}</span></th>')
        for lang in columns:
            translations = sets.get(lang)
            item = translations.get(segment.id) if translations else None
            status, why = _status(segment, item, source_lang, lang)
            text = segment.text if lang == source_lang else (item.target if item else "")
            cell = _Cell(lang, text, status, why, tuple(by_cell.get((segment.id, lang), ())),
                         (notes or {}).get(lang, {}).get(segment.id, ()))
            out.append(_cell(cell, segment, source_lang))
        out.append("</tr>")
    out.append("</tbody></table></section>")
    return "".join(out)


def _cell(cell: _Cell, segment: Segment, source_lang: str) -> str:
    info = language(cell.lang)
    css = f' class="{cell.status}"' if cell.status in ("fuzzy", "untranslated", "fallback") \
        else ""
    body: list[str] = []
    if cell.text:
        spans = [f.span for _, f in cell.findings if f.span is not None]
        body.append(_marked(cell.text, spans, info.direction == "rtl"))
    if cell.status == "untranslated":
        direction = language(source_lang).direction
        body.append(f'<span class="fallback-text" lang="{_e(source_lang)}" '
                    f'dir="{direction}">{_marked(segment.text, [], direction == "rtl")}</span>')
    label = _STATUS.get(cell.status, "")
    if label:
        reason = f" ({cell.why})" if cell.why else ""
        body.append(f' <span class="status" lang="en" dir="ltr">{_e(label + reason)}</span>')
    if cell.notes:  # (in whatever language the translator or reviewer wrote them)
        body.append('<ul class="notes" lang="und">' + "".join(
            f'<li dir="auto"><span class="note-label" {_UI}>note:</span> {_e(note)}</li>'
            for note in cell.notes) + "</ul>")
    if cell.findings:
        body.append('<ul class="findings" lang="en" dir="ltr">')
        for number, item in cell.findings:
            expected = (f'<span class="expected">expected: <bdi lang="{_e(cell.lang)}">'
                        f"{_e(item.expected)}</bdi></span>" if item.expected else "")
            body.append(f'<li id="f{number}" class="sev-{item.severity.label}"><strong>'
                        f"{_e(item.code)} {_e(item.severity.label)}</strong>: "
                        f"{_e(item.message)}{expected}</li>")
        body.append("</ul>")
    return (f'<td lang="{_e(cell.lang)}" dir="{info.direction}"{css}>{"".join(body)}</td>')


def _marked(text: str, spans: Iterable[tuple[int, int]], rtl: bool = False) -> str:
    """The text escaped, placeholders shown as codes, the findings' spans in <mark>; in a
    right-to-left cell, each run the build isolates in the page in the ``<bdi>`` the page
    writes (``htmlstring.LTR_RUN`` and ``run_dir``, on each stretch of text between
    placeholders, as the page's writer takes each text span): the cells had shown the text
    plain, «UN_OCT@», «UNOCT#» and «1234 917 22 41+» where the page is right."""
    codes = {m.start(): m.end() for m in PLACEHOLDER_RE.finditer(text)}
    runs: list[tuple[int, int, str]] = []  # start, end, the <bdi>'s dir ("" for none)
    if rtl:
        pos = 0
        for start, end in [*codes.items(), (len(text), len(text))]:
            runs += [(pos + m.start(), pos + m.end(), run_dir(m))
                     for m in LTR_RUN.finditer(text[pos:start])]
            pos = end
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    # the text cut wherever a code, a run or a mark starts or ends (never inside a code);
    # a mark nests inside a run's <bdi>, cut in two where it crosses the run's end
    cuts = {0, len(text), *codes, *codes.values(), *(p for r in runs for p in r[:2]),
            *(p for m in merged for p in m)}
    cuts -= {p for start, end in codes.items() for p in range(start + 1, end)}
    out: list[str] = []
    isolated: int | None = None
    marking = False
    ordered = sorted(cuts)
    # runs and marks are each in order and apart: the run and the mark a piece falls in are
    # found by walking them with the pieces, once (each piece had scanned them all: 8,000
    # Latin runs in one Arabic translation took 21 s)
    next_run = next_mark = 0
    for start, end in pairwise(ordered):
        while next_run < len(runs) and runs[next_run][1] <= start:
            next_run += 1
        while next_mark < len(merged) and merged[next_mark][1] <= start:
            next_mark += 1
        run = next_run if next_run < len(runs) and runs[next_run][0] <= start else None
        mark = next_mark < len(merged) and merged[next_mark][0] <= start
        if run != isolated:
            if marking:
                out.append("</mark>")
                marking = False
            if isolated is not None:
                out.append("</bdi>")
            if run is not None:
                out.append(f'<bdi dir="{runs[run][2]}">' if runs[run][2] else "<bdi>")
            isolated = run
        if mark != marking:
            out.append("<mark>" if mark else "</mark>")
            marking = mark
        piece = _e(text[start:end])
        out.append(f'<span class="ph" dir="ltr">{piece}</span>' if codes.get(start) == end
                   else piece)
    out.append(("</mark>" if marking else "") + ("</bdi>" if isolated is not None else ""))
    return "".join(out)


def _loose(loose: list[tuple[int, Finding]]) -> str:
    out = ['<section aria-labelledby="release-findings"><h2 id="release-findings">'
           'Findings about the release as a whole</h2><ul class="findings">']
    for number, item in loose:
        out.append(f'<li id="f{number}" class="sev-{item.severity.label}"><strong>'
                   f"{_e(item.code)} {_e(item.severity.label)}</strong> "
                   f"[{_e(item.lang)}] {_e(item.unit)}: {_e(item.message)}</li>")
    out.append("</ul></section>")
    return "".join(out)


def review_paths(settings: Settings, slugs: Sequence[str], output: Path | None,
                 suffix: str = ".html") -> dict[str, Path]:
    """Where each release's page (or workbook, document: ``suffix`` .xlsx, .docx) goes:
    ``review/<slug>.html``, ``-o DIR/<slug>.html``, or ``-o FILE.html`` for a single
    release."""
    if output is not None and output.suffix.lower() in (".html", ".htm", ".xlsx", ".docx"):
        if len(slugs) != 1:
            from transpub.errors import TranspubError

            raise TranspubError(f"-o {output} names one file, but {len(slugs)} releases are "
                                "reviewed (give a folder)")
        return {slugs[0]: output}
    folder = output or settings.root / "review"
    return {slug: folder / f"{slug}{suffix}" for slug in slugs}
