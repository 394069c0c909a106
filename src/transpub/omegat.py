"""``transpub xliff export --omegat``: one OmegaT project per target language.

OmegaT's XLIFF filter translates the text of ``<target>``, not of ``<source>`` (the convention
of Okapi's translation kits): a file with empty targets gives it nothing to translate, and a
file whose targets hold translations gives it the translations as the text to translate. So the
project's XLIFF carries a copy of the source in every target (``copy_source``), and the
translations already made travel beside it, in ``tm/auto/``, the memory OmegaT inserts from
when it loads the project. OmegaT looks a translation up by its own view of the segment:
leading and trailing tags removed, spaces trimmed, each remaining code renamed ``<a0>``,
``</a0>``, ``<x1/>`` (first letter of the code's text, then a number counted from 0 in order);
``omegat_pair`` writes the memory in that form. Fuzzy translations, and a text's translations
where it has more than one, go to ``tm/`` instead, where OmegaT shows them as matches without
inserting them (``_memories``). The termbase goes to ``glossary/``: a TBX 2008 file as it
is, any other converted to TBX-Basic (``_glossary``).

The project is pre-segmented (``sentence_seg`` false): a unit is already a sentence, and
OmegaT's own segmentation would split it where transpub's rules do not (after "H.E.").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from transpub import __version__
from transpub.config import Settings
from transpub.errors import XliffError
from transpub.fsutil import write_all_atomic
from transpub.model import XML_NS
from transpub.segment import PLACEHOLDER_RE, rename_codes
from transpub.xliff import ExportFile, write_xliff

#: OmegaT's language codes where a bare one would not say which script or variety is meant.
_OMEGAT_LANG = {"zh": "zh-CN"}
#: OmegaT's tokenizers (its fuzzy matches and glossary hits stem words by them); OmegaT 3.6
#: uses a whitespace tokenizer when a project names none, and every version since has these.
_TOKENIZERS = {"en": "English", "fr": "French", "ru": "Russian", "es": "Spanish",
               "ar": "Arabic", "zh": "SmartChinese"}
_XML_LANG = f"{{{XML_NS}}}lang"


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    kind: str
    """"text", "open", "close" or "alone"."""
    name: str = ""


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        if match.start() > pos:
            tokens.append(_Token(text[pos:match.start()], "text"))
        kind = "close" if match.group("close") else "alone" if match.group("self") else "open"
        tokens.append(_Token(match.group(0), kind, match.group("tag") + match.group("num")))
        pos = match.end()
    if pos < len(text):
        tokens.append(_Token(text[pos:], "text"))
    return tokens


def _kept(tokens: list[_Token]) -> tuple[int, int] | None:
    """The slice OmegaT keeps of a paragraph: from its first to its last meaningful text,
    widened to take in the partner of any paired code inside it (Entry.detectTags)."""
    texts = [i for i, t in enumerate(tokens) if t.kind == "text" and t.text.strip()]
    if not texts:
        return None
    start, end = texts[0], texts[-1]
    inside = {t.name for t in tokens[start:end + 1] if t.kind in ("open", "close")}
    for i, token in enumerate(tokens):
        if token.kind in ("open", "close") and token.name in inside:
            start, end = min(start, i), max(end, i)
    return start, end


def omegat_pair(source: str, target: str) -> tuple[str, str] | None:
    """Source and translation as OmegaT keys and inserts them (see the module docstring), or
    None when the translation does not carry the source's removed outer codes at its own ends
    (OmegaT puts them back around the translation: anything else would not round-trip)."""
    src, tgt = _frame(source), _frame(target)
    if src is None or tgt is None or not _same_codes(src, tgt):
        return None
    names: dict[str, str] = {}
    for match in PLACEHOLDER_RE.finditer(src[1]):
        name = match.group("tag") + match.group("num")
        if not match.group("close") and name not in names:
            names[name] = f"{name[0]}{len(names)}"
    key, value = rename_codes(src[1], names), rename_codes(tgt[1], names)
    # (None when the translation moved an outer code inside, or has a code of its own)
    return (key, value) if key is not None and value is not None else None


def _same_codes(one: tuple[str, str, str], other: tuple[str, str, str]) -> bool:
    """Whether two framed texts have the same outer codes before and after."""
    return all(PLACEHOLDER_RE.findall(one[i]) == PLACEHOLDER_RE.findall(other[i]) for i in (0, 2))


def omegat_lang(code: str) -> str:
    return _OMEGAT_LANG.get(code, code)


def project_file(source_lang: str, target_lang: str) -> bytes:
    """``omegat.project``: default folders, the two languages and their tokenizers, no sentence
    segmentation."""
    root = etree.Element("omegat")
    project = etree.SubElement(root, "project", version="1.0")
    for name in ("source_dir", "target_dir", "tm_dir", "glossary_dir", "dictionary_dir"):
        etree.SubElement(project, name).text = "__DEFAULT__"
    etree.SubElement(project, "source_lang").text = omegat_lang(source_lang)
    etree.SubElement(project, "target_lang").text = omegat_lang(target_lang)
    for name, lang in (("source_tok", source_lang), ("target_tok", target_lang)):
        tokenizer = _TOKENIZERS.get(lang.split("-")[0].lower())
        if tokenizer:
            etree.SubElement(project, name).text = \
                f"org.omegat.tokenizer.Lucene{tokenizer}Tokenizer"
    etree.SubElement(project, "sentence_seg").text = "false"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def memory_file(pairs: list[tuple[str, str]], source_lang: str, target_lang: str) -> bytes:
    """A TMX 1.4 memory of (source, translation) pairs, sorted, no timestamps."""
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "transpub", "creationtoolversion": __version__,
        "datatype": "plaintext", "segtype": "paragraph", "adminlang": "en",
        "srclang": omegat_lang(source_lang), "o-tmf": "transpub"})
    body = etree.SubElement(root, "body")
    for source, target in sorted(set(pairs)):
        tu = etree.SubElement(body, "tu")
        for lang, text in ((source_lang, source), (target_lang, target)):
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: omegat_lang(lang)})
            etree.SubElement(tuv, "seg").text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def project_documents(settings: Settings, docs: list[ExportFile],
                      out_dir: Path) -> list[tuple[Path, bytes]]:
    """Every file of the projects under ``out_dir/<lang>/``, built before anything is
    written."""
    files: list[tuple[Path, bytes]] = []
    by_lang: dict[str, list[ExportFile]] = {}
    for doc in docs:
        by_lang.setdefault(doc.target_lang, []).append(doc)
    for lang, lang_docs in sorted(by_lang.items()):
        folder = out_dir / lang
        files.append((folder / "omegat.project", project_file(settings.source_language, lang)))
        inserted, shown = _memories(lang_docs)
        for doc in lang_docs:
            stem = Path(doc.original).stem
            files.append((folder / "source" / f"{stem}.{lang}.xlf", write_xliff(doc, "1.2")))
            files.append((folder / "tm" / "auto" / f"{stem}.{lang}.tmx", memory_file(
                inserted.get(stem, []), settings.source_language, lang)))
            if shown.get(stem):
                files.append((folder / "tm" / f"{stem}.{lang}.tmx", memory_file(
                    shown[stem], settings.source_language, lang)))
        termbase = settings.termbase
        if termbase is not None and termbase.is_file():
            files.append(_glossary(settings, termbase, folder / "glossary"))
    return files


def _glossary(settings: Settings, termbase: Path, folder: Path) -> tuple[Path, bytes]:
    """The project's glossary: a TBX 2008 termbase (``<martif>``, what OmegaT's TBX reader
    takes) as it is; any other (CSV, a workbook, MultiTerm XML, TBX 2019) as ``check`` reads
    it, written as TBX-Basic (a CSV termbase had been copied into ``glossary/``, where OmegaT
    reads a CSV as source, target and comment columns: "concept" -> "category")."""
    try:
        data = termbase.read_bytes()
    except OSError as exc:
        raise XliffError(f"cannot read: {exc.strerror}", termbase) from None
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if termbase.suffix.lower() == ".tbx" and _MARTIF.search(head) is not None:
        return folder / termbase.name, data
    from transpub.tbxwrite import tbx_bytes
    from transpub.termbase import load_termbase

    loaded = load_termbase(termbase, settings.source_language, fields=True)
    return folder / f"{termbase.stem}.tbx", tbx_bytes(
        loaded, settings.source_language, f"converted by transpub from {termbase.name}")


#: a TBX 2008 file's root element, after its declaration, comments and doctype
_MARTIF = re.compile(rb"<(?:[\w.-]+:)?martif[\s>]")


def _memories(docs: list[ExportFile]) -> tuple[dict[str, list[tuple[str, str]]],
                                                 dict[str, list[tuple[str, str]]]]:
    """Per release, the pairs OmegaT is to insert and those it is only to show as matches.

    OmegaT inserts one translation per segment text, into every segment of that text. So a
    translation is inserted only where it is the one translation of its text in the project:
    a text translated two ways (in two units or releases), or translated in one unit and a
    fuzzy draft in another, would give one unit the other's translation, which the import
    would then take as the translator's. Those, and every fuzzy draft, are shown instead."""
    done: dict[str, list[tuple[str, str]]] = {}
    draft: dict[str, list[tuple[str, str]]] = {}
    values: dict[str, set[str]] = {}
    drafted: set[str] = set()
    for doc in docs:
        stem = Path(doc.original).stem
        for unit in doc.units:
            pair = omegat_pair(unit.source, unit.target) if unit.target else None
            if pair is None:
                continue
            (draft if unit.fuzzy else done).setdefault(stem, []).append(pair)
            if unit.fuzzy:
                drafted.add(pair[0])
            else:
                values.setdefault(pair[0], set()).add(pair[1])
    inserted: dict[str, list[tuple[str, str]]] = {}
    shown: dict[str, list[tuple[str, str]]] = dict(draft)
    for stem, pairs in done.items():
        for pair in pairs:
            alone = len(values[pair[0]]) == 1 and pair[0] not in drafted
            (inserted if alone else shown).setdefault(stem, []).append(pair)
    return inserted, shown


def write_projects(files: list[tuple[Path, bytes]]) -> None:
    """Write the files (each atomically) and the empty folders OmegaT expects."""
    try:
        write_all_atomic(files)
        for folder in sorted({path.parent for path, _ in files if path.name == "omegat.project"}):
            for name in ("target", "dictionary", "omegat", "glossary", "tm/auto"):
                (folder / name).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise XliffError(f"cannot write: {exc.strerror}", exc.filename) from None


def _frame(text: str) -> tuple[str, str, str] | None:
    """``text`` cut into the outer codes (with the spaces next to them) OmegaT takes off a
    paragraph, the segment it shows, and the outer codes at the end."""
    tokens = _tokens(text)
    kept = _kept(tokens)
    if kept is None:
        return None
    start, end = kept
    core = "".join(t.text for t in tokens[start:end + 1])
    stripped = core.strip()
    lead = core[:len(core) - len(core.lstrip())]
    trail = core[len(core.rstrip()):]
    return ("".join(t.text for t in tokens[:start]) + lead, stripped,
            trail + "".join(t.text for t in tokens[end + 1:]))


def reframe(source: str, target: str, translation: str) -> str:
    """The target OmegaT wrote, with the outer codes laid out as the PO translation has them.

    OmegaT puts the source's outer codes, and the spaces beside them, back around the
    translated segment (``纽约，`` + `` <x1/>``); when the PO translation has the same outer
    codes, its own layout is kept (``纽约，<x1/>``), so an unchanged segment is an unchanged
    translation. Anything else is returned as OmegaT wrote it."""
    src = _frame(source)
    if src is None:
        return target
    prefix, _, suffix = src
    if not (target.startswith(prefix) and target.endswith(suffix)
            and len(target) >= len(prefix) + len(suffix)):
        return target
    segment = target[len(prefix):len(target) - len(suffix)]
    old = _frame(translation) if translation else None
    if old is None:
        # a new translation: a space the source had beside an outer code has no place next to
        # a full-width character (Chinese, Japanese), which takes no spaces around it
        if segment and _wide(segment[-1]):
            suffix = suffix.lstrip()
        if segment and _wide(segment[0]):
            prefix = prefix.rstrip()
        return prefix + segment + suffix
    if not _same_codes(src, old):
        return target
    return old[0] + segment + old[2]


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")
