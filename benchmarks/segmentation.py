"""The sentence splitter against real text with its sentences marked by people.

    python3 benchmarks/segmentation.py [--peers pysbd] [--json FILE] [--errors DIR]
                                       [CONLLU ...]

Universal Dependencies' treebanks give each sentence of real text (news, Wikipedia, interviews,
reviews) as its annotators cut it. Their sentences are joined back four by four, within a
document, into paragraphs (a space between them; none in Chinese), each paragraph is split,
and every cut is compared with the annotators' (``tests/data/real/ud/SOURCES``: the files and
their licences; with no CONLLU argument the manifest's files are read where the tests find
them, ``tests/realdata.py``). Reported per language:

- precision: the splitter's cuts that are the annotators' (a wrong cut makes two units of
  one sentence);
- recall after a stop: the annotators' cuts after a sentence's final punctuation that the
  splitter made (a treebank also cuts where no punctuation is: after a heading, at a colon,
  between lines of a list; no splitter that reads punctuation can, and they are counted apart
  as "unpunctuated");
- the time of splitting all of them, in the same process, for each peer (``--peers pysbd``:
  pySBD 0.3.x, ``pip install pysbd``).

``--errors DIR`` writes each language's missed and wrong cuts, one per line with 60 characters
either side, to compare two versions of the rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from transpub.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import realdata  # noqa: E402  (the tests' finder of third-party files)

UD_FOLDER = "tests/data/real/ud"
#: a sentence that ends with final punctuation, closing quotes or brackets after it
_FINAL = re.compile(r"[.!?…。！？؟][\"'”’»)\]」』）]*$")
GROUP = 4

Splitter = Callable[[str], Sequence[str]]


@dataclass
class Score:
    lang: str
    paragraphs: int = 0
    gold: int = 0
    after_stop: int = 0
    found: int = 0
    right: int = 0
    missed_after_stop: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall_after_stop(self) -> float:
        if not self.after_stop:
            return 1.0
        return (self.after_stop - self.missed_after_stop) / self.after_stop


def documents(path: Path) -> Iterator[list[str]]:
    """Each document's sentences (``# text =``), in order; a file without document marks, or
    whose every sentence opens a document of its own id, is one stream per id run."""
    current: list[str] = []
    ident: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            new = line.partition("=")[2].strip()
            if new != ident and current:
                yield current
                current = []
            ident = new
        elif line.startswith("# text ="):
            current.append(line[len("# text ="):].strip())
    if current:
        yield current


def paragraphs(path: Path) -> Iterator[list[str]]:
    """Runs of up to ``GROUP`` sentences of one document (a document of single sentences,
    as the GSD treebanks keep them, is read as one stream)."""
    docs = list(documents(path))
    if docs and sum(len(d) for d in docs) == len(docs):
        docs = [[s for d in docs for s in d]]
    for doc in docs:
        for start in range(0, len(doc), GROUP):
            group = doc[start:start + GROUP]
            if len(group) > 1:
                yield group


def _offsets(text: str, pieces: Sequence[str]) -> set[int]:
    cuts: set[int] = set()
    at = 0
    for piece in pieces[:-1]:
        found = text.find(piece, at)
        if found < 0:  # a splitter that changed the text: its cuts are not comparable
            raise ValueError(f"a piece is not in its text: {piece[:60]!r}")
        at = found + len(piece)
        cuts.add(at)
    return cuts


def score(lang: str, files: Sequence[Path], split: Splitter, keep_errors: bool) -> Score:
    result = Score(lang)
    joiner = "" if lang == "zh" else " "
    for path in files:
        for group in paragraphs(path):
            text = joiner.join(group)
            gold: set[int] = set()
            after_stop: set[int] = set()
            at = 0
            for sentence in group[:-1]:
                at += len(sentence)
                gold.add(at)
                if _FINAL.search(sentence):
                    after_stop.add(at)
                at += len(joiner)
            started = time.perf_counter()
            pieces = split(text)
            result.seconds += time.perf_counter() - started
            cuts = _offsets(text, [p.strip() for p in pieces if p.strip()])
            result.paragraphs += 1
            result.gold += len(gold)
            result.after_stop += len(after_stop)
            result.found += len(cuts)
            result.right += len(cuts & gold)
            result.missed_after_stop += len(after_stop - cuts)
            if keep_errors:
                result.errors += [f"wrong\t{text[max(0, c - 60):c]} ⟂ {text[c:c + 60]}"
                                  for c in sorted(cuts - gold)]
                result.errors += [f"missed\t{text[max(0, c - 60):c]} ⟂ {text[c:c + 60]}"
                                  for c in sorted(after_stop - cuts)]
    return result


def _language(path: Path) -> str:
    return path.name.split("_")[0]


def _manifest_files() -> list[Path]:
    files = []
    for name in realdata.listed(UD_FOLDER, ".conllu"):
        try:
            files.append(realdata.locate(f"{UD_FOLDER}/{name}"))
        except (realdata.Missing, realdata.Mismatch) as error:
            print(f"skipped: {error}", file=sys.stderr)
    return files


def _pysbd(lang: str) -> Splitter:
    import pysbd  # a peer, not a dependency

    segmenter = pysbd.Segmenter(language=lang, clean=False)
    return lambda text: [s for s in segmenter.segment(text)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--peers", default="", help="comma-separated: pysbd")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--errors", type=Path)
    args = parser.parse_args(argv)
    files = args.files or _manifest_files()
    if not files:
        print("no treebank file found (tests/data/real/ud/SOURCES.md)", file=sys.stderr)
        return 1
    by_lang: dict[str, list[Path]] = {}
    for path in files:
        by_lang.setdefault(_language(path), []).append(path)
    tools: dict[str, Callable[[str], Splitter]] = {
        "transpub": lambda lang: lambda text: split_sentences(text, lang)}
    for peer in filter(None, args.peers.split(",")):
        if peer != "pysbd":
            parser.error(f"unknown peer {peer!r}")
        tools[peer] = _pysbd
    report: dict[str, dict[str, dict[str, object]]] = {}
    print(f"{'tool':9} {'lang':4} {'paragraphs':>10} {'cuts':>6} {'precision':>9} "
          f"{'recall*':>8} {'unpunct.':>8} {'ms':>8}")
    for tool, make in tools.items():
        for lang in sorted(by_lang):
            result = score(lang, sorted(by_lang[lang]), make(lang), args.errors is not None)
            unpunctuated = result.gold - result.after_stop
            print(f"{tool:9} {lang:4} {result.paragraphs:>10} {result.gold:>6} "
                  f"{result.precision:>9.4f} {result.recall_after_stop:>8.4f} "
                  f"{unpunctuated:>8} {result.seconds * 1000:>8.1f}")
            row = {k: v for k, v in asdict(result).items() if k != "errors"}
            row.update(precision=round(result.precision, 4),
                       recall_after_stop=round(result.recall_after_stop, 4),
                       seconds=round(result.seconds, 4))
            report.setdefault(tool, {})[lang] = row
            if args.errors is not None:
                args.errors.mkdir(parents=True, exist_ok=True)
                (args.errors / f"{tool}_{lang}.txt").write_text(
                    "".join(line + "\n" for line in result.errors), encoding="utf-8")
    print("recall*: of the cuts after a sentence's final punctuation")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
