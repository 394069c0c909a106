"""Fuzzing of transpub's CLI with the files users hand it.

    python3 benchmarks/tools/fuzz_cli.py bytes SEED ITERATIONS OUTDIR
    python3 benchmarks/tools/fuzz_cli.py texts SEED ITERATIONS OUTDIR

Each iteration edits one file of a copy of the repository's sample workspace (with its TMX and
XLIFF exports, and a text, Markdown and HTML release to import) and runs one command that reads
it:

- ``bytes``: the file's bytes edited at random (cut, inserted, replaced; lines duplicated,
  dropped, swapped; the file truncated; PO, XML and TBX tokens, invalid UTF-8, bidi controls,
  huge numbers inserted);
- ``texts``: the file stays valid and a few of its texts (msgstr of a PO file, paragraphs of
  the source, terms of the termbase, targets of an XLIFF file) get words inserted (numbers,
  dates in six languages, honorifics, names, placeholders, addresses, bidi marks, times),
  dropped, replaced, shuffled or repeated (up to 1.5 million characters).

An exit outside 0/1/2, a traceback, an "internal error" or a run over the time limit is a
finding: its files, command and output are kept in OUTDIR. Session 36: 1,500 ``bytes`` runs,
none; 1,900 ``texts`` runs, whose runs that did not end were three paths quadratic in a unit's
length (fixed: benchmarks/HOSTILE.md). Not a test: random, slow, and a finding is a bug to fix.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SLUG = "unoct-qatar-strategic-dialogue-2020"
TOKENS = [b'"', b"\\", b"\n", b"\r", b"\x00", b"<", b">", b"&", b"]]>", b"msgid ", b"msgstr ",
          b"#~ ", b"#, fuzzy\n", b"msgstr[0] ", b"msgid_plural ", b"\xef\xbb\xbf",
          b"\xed\xa0\x80", b"\xff", b"<x/>", b"</seg>", b"&#0;", b"&amp;",
          b'<!DOCTYPE a [<!ENTITY e "x">]>', b"&e;", b"9" * 400, b"\xe2\x80\xae", b"{0}",
          b"%s", b"%(x)d", b'<g id="1">', b'<ph id="1"/>', b'xml:lang="xx"', b'lang="ar"',
          b" ", b"\t", b"\\u0000", b"\\x", b'"\n"', b'<tuv xml:lang="fr"><seg>x</seg></tuv>',
          b"<termEntry>", b'<langSet xml:lang="fr">', b"</body>", b"[", b"=",
          # (a tool's prefixes never declared, a namespace that is no URI: toolxml.py)
          b' iws:x="1"', b"<mq:info/>", b' xmlns:tos="GMAPS: https://x"', b"<a:b:c/>"]
WORDS = ["12", "1,234.5", "1 234,5", "٣٤٥", "١٢٫٥", "12 %", "12%", "2020", "9 December 2020",
         "9 décembre 2020", "9 de diciembre de 2020", "9 декабря 2020 года", "2020年12月9日",
         "9 كانون الأول/ديسمبر 2020", "10-12 May", "10–12 mai", "Mr.", "M.", "г-н", "السيد",
         "先生", "{0}", "%s", "%(name)s", "<x1/>", "[1]", "foo@example.org",
         "https://www.un.org/x", "UNOCT", "ООН", "联合国", "الأمم المتحدة", "\u200f", "\u202e",
         "\u00a0", "\u202f", "\t", "  ", '"', "\\", "«", "»", "“", "”", "(", ")", "—", "-", "/",
         ":", "1st", "2nd", "XXIII", "three", "trois", "три", "ثلاثة", "三", "midnight", "2359Z",
         "23:59", "23 h 59", "COP 12", "КС-12", "S/RES/2178 (2014)", "#", "*", "**", "9" * 60,
         "0.000000001", "1e10", "½", "¹", "²", "Воронков", "Vladimir Voronkov", "Voronkov",
         "Qatar", "Doha", "Katar", "Secretary-General", "Under-Secretary-General", "秘书长",
         "генерал-майор", "nº 18.246", "p. 31", "1990s", "twenty-first", "\n",
         "à dix heures", "الساعة العاشرة", "上午十点",
         # (session 48's checks: events bounded, stances, ministers, mandates)
         "before the vote", "après le vote", "после голосования", "表决前", "قبل التصويت",
         "condemned", "a salué", "осудил", "欢迎", "رحّب", "Minister of Health",
         "Ministre des finances", "министр иностранных дел", "外交部长", "وزير الخارجية",
         "Prime Minister", "Président", "总统", "Special Rapporteur on torture",
         "Rapporteur spécial sur l'alimentation", "食物权问题特别报告员",
         "المقرر الخاص المعني بالحق في الغذاء"]
MAX_TEXT = 1_500_000


def _run(args: list[str], cwd: Path, env: dict[str, str],
         timeout: float) -> tuple[int, str]:
    try:
        done = subprocess.run(["transpub", *args], cwd=cwd, capture_output=True, text=True,
                              env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return -9, "TIMEOUT"
    return done.returncode, done.stdout + done.stderr


def _base(where: Path, env: dict[str, str]) -> Path:
    """The sample workspace with its exports and three releases to import."""
    base = where / "base"
    shutil.copytree(ROOT, base, ignore=shutil.ignore_patterns(
        ".git", "tests", "benchmarks", "output", ".transpub-cache", "src", "*.egg-info"))
    _run(["tm", "export", "mem.tmx"], base, env, 120)
    _run(["xliff", "export"], base, env, 120)
    _run(["xliff", "export", "--version", "2.1", "-o", "x21"], base, env, 120)
    seed = ROOT.parent / "shared" / "seeds" / "000_b3b5107b4401d698.txt"
    (base / "in.txt").write_bytes(seed.read_bytes() if seed.exists()
                                  else (ROOT / "README.md").read_bytes()[:20000])
    (base / "in.md").write_text(
        "# UNOCT and Qatar\n\nNew York, 9 December 2020 – The [Office]"
        "(https://www.un.org/counterterrorism) met **Qatar**.\n\n- one\n- two\n\n"
        "For more information: a@un.org\n", encoding="utf-8")
    (base / "in.html").write_text(
        '<html><head><meta charset="utf-8"><title>T</title></head><body><h1>UNOCT and Qatar'
        '</h1><p>New York, 9 December 2020 – The <a href="https://un.org">Office</a> met '
        "<b>Qatar</b>.</p><ul><li>one</li></ul></body></html>", encoding="utf-8")
    return base


def _byte_targets(base: Path) -> list[tuple[str, list[list[str]]]]:
    po = f"locales/fr/LC_MESSAGES/{SLUG}.po"
    xliffs = sorted(str(p.relative_to(base)) for folder in ("xliff", "x21")
                    for p in sorted((base / folder).rglob("*"))[:3] if p.is_file())
    return [
        (po, [["check"], ["build"], ["extract"], ["stats"], ["check", po]]),
        (f"locales/ar/LC_MESSAGES/{SLUG}.po", [["check"], ["build"], ["extract"], ["review"]]),
        (f"locales/zh/LC_MESSAGES/{SLUG}.po",
         [["check", "--format", "json"], ["build"], ["xliff", "export"]]),
        (f"locales/{SLUG}.pot", [["extract"], ["build"], ["check"]]),
        ("locales/termbase.tbx", [["check"], ["extract"]]),
        (f"source/{SLUG}.xml", [["validate"], ["extract"], ["build"], ["check"]]),
        ("transpub.toml", [["check"], ["build"], ["extract"]]),
        ("mem.tmx", [["tm", "import", "mem.tmx"]]),
        ("in.txt", [["import", "in.txt", "--slug", "z"]]),
        ("in.md", [["import", "in.md", "--slug", "z"]]),
        ("in.html", [["import", "in.html", "--slug", "z"]]),
    ] + [(path, [["xliff", "import", path]]) for path in xliffs]


def _edit_bytes(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.choice([1, 1, 1, 2, 3, 5])):
        op = rng.randrange(9)
        lines = data.split(b"\n")
        at = rng.randrange(len(data) + 1)
        if op == 0:
            data = data[:at] + data[at + rng.randrange(1, 40):]
        elif op == 1:
            data = data[:at] + rng.choice(TOKENS) + data[at:]
        elif op == 2 and data:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
        elif op == 3:
            lines.insert(rng.randrange(len(lines)), rng.choice(lines))
            data = b"\n".join(lines)
        elif op == 4:
            del lines[rng.randrange(len(lines))]
            data = b"\n".join(lines)
        elif op == 5:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
        elif op == 6:
            data = data[:at]
        elif op == 7:
            end = min(len(data), at + rng.randrange(1, 400))
            data = data[:end] + data[at:end] + data[end:]
        else:
            chars = "".join(chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0x600, 0x6FF),
                                            rng.randrange(0x4E00, 0x9FFF),
                                            rng.randrange(0x400, 0x4FF),
                                            rng.randrange(0x80, 0x10FFFF)]))
                            for _ in range(rng.randrange(1, 8)))
            data = data[:at] + chars.encode("utf-8", "surrogatepass") + data[at:]
    return data


def _edit_text(text: str, rng: random.Random) -> str:
    for _ in range(rng.choice([1, 2, 3, 6])):
        words = text.split(" ")
        op = rng.randrange(5)
        if op == 0:
            words.insert(rng.randrange(len(words) + 1), rng.choice(WORDS))
        elif op == 1 and len(words) > 1:
            del words[rng.randrange(len(words))]
        elif op == 2:
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        elif op == 3:
            words = words * rng.choice([2, 5, 30])
        else:
            rng.shuffle(words)
        text = " ".join(words)[:MAX_TEXT]
    return text


def _edit_texts_of(path: Path, rng: random.Random, most: int) -> None:
    """A few texts of an XML file edited (the file stays well-formed)."""
    from lxml import etree

    tree = etree.parse(str(path))
    texts = [e for e in tree.iter() if isinstance(e.tag, str) and e.text and e.text.strip()]
    for element in rng.sample(texts, k=min(len(texts), rng.randrange(1, most))):
        element.text = _edit_text(element.text, rng).replace("\x00", "")
    tree.write(str(path), encoding="utf-8", xml_declaration=True)


def _texts_case(ws: Path, rng: random.Random, env: dict[str, str]) -> list[str]:
    """Edit texts inside one valid file of ``ws``; the command to run."""
    import polib

    checks = [["check"], ["check", "--format", "json"], ["check", "--format", "sarif"],
              ["build"], ["review"], ["stats"]]
    kind = rng.choice(["po", "po", "po", "xml", "tbx", "xlf"])
    if kind == "po":
        path = ws / f"locales/{rng.choice(['ar', 'es', 'fr', 'ru', 'zh'])}/LC_MESSAGES/{SLUG}.po"
        catalogue = polib.pofile(str(path))
        for entry in rng.sample(list(catalogue), k=rng.randrange(1, 6)):
            if entry.msgstr:
                entry.msgstr = _edit_text(entry.msgstr, rng)
        catalogue.save(str(path))
        return rng.choice([*checks, ["extract"], ["xliff", "export"], ["tm", "export", "m.tmx"]])
    if kind == "tbx":
        _edit_texts_of(ws / "locales" / "termbase.tbx", rng, 6)
        return rng.choice([["check"], ["extract"], ["check", "--format", "json"]])
    if kind == "xlf":
        _run(["xliff", "export"], ws, env, 120)
        path = rng.choice(sorted((ws / "xliff").rglob("*.xlf")))
        _edit_texts_of(path, rng, 6)
        return ["xliff", "import", str(path)]
    _edit_texts_of(ws / "source" / f"{SLUG}.xml", rng, 4)
    if rng.random() < 0.5:
        _run(["extract"], ws, env, 120)
        return rng.choice(checks)
    return ["extract"]


def main() -> int:
    mode, seed, iterations, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(
        sys.argv[4])
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    found = 0
    exits: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        base = _base(Path(tmp), env)
        targets = _byte_targets(base)
        ws = Path(tmp) / "ws"
        for iteration in range(iterations):
            shutil.rmtree(ws, ignore_errors=True)
            shutil.copytree(base, ws)
            if mode == "bytes":
                target, commands = rng.choice(targets)
                command = rng.choice(commands)
                (ws / target).write_bytes(_edit_bytes((ws / target).read_bytes(), rng))
                code, output = _run(command, ws, env, 120)
            else:
                command = _texts_case(ws, rng, env)
                code, output = _run(command, ws, env, 60)
            exits[code] = exits.get(code, 0) + 1
            if code not in (0, 1, 2) or "Traceback" in output or "internal error" in output:
                found += 1
                case = out / f"{mode}-{seed}-{iteration}"
                shutil.rmtree(case, ignore_errors=True)
                shutil.copytree(ws, case, ignore=shutil.ignore_patterns("output", "cache"))
                (case / "finding.json").write_text(json.dumps(
                    {"command": command, "exit": code, "output": output[-3000:]},
                    ensure_ascii=False, indent=1), encoding="utf-8")
                print("found:", iteration, command, code, output.strip().splitlines()[-1:],
                      flush=True)
    print(f"{iterations} runs, exits {dict(sorted(exits.items()))}, {found} finding(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
