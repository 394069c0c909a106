"""Deterministic benchmark corpus: N press releases modelled on the UNOCT/Qatar sample.

Each release is written three ways, with the same text:

* ``md/<slug>.md``       Markdown, the input of ``transpub import``;
* ``xhtml/<slug>.xhtml`` XHTML (``<h1>``, ``<p>``, ``<a href>``), the input of the peers;
* ``workspace/``         a transpub workspace (``transpub.toml``, ``source/<slug>.xml`` made by
                         transpub's own importer, and the sample termbase).

Release ``i`` depends only on the seed and ``i`` (``random.Random(f"{seed}:{i}")``), so the
corpus of 10 releases is the first tenth of the corpus of 100.

Also here: the pseudo-translation used to fill every tool's PO files (``pseudo``/``fill_po``),
so that transpub and the peers translate exactly the same way.

Usage (stand-alone; ``run.py`` calls the same functions)::

    python benchmarks/corpus.py 100              # -> benchmarks/_corpus/n100-s20201209/
    python benchmarks/corpus.py 100 --fill       # ... and extract + fill PO files for every tool
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import html
import os
import random
import re
import shutil
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS_DIR = HERE / "_corpus"
SAMPLE_TERMBASE = REPO / "locales" / "termbase.tbx"
DEFAULT_SEED = 20201209
TARGETS = ("fr", "es", "ru", "ar", "zh")
ALL_LANGS = ("ar", "zh", "en", "fr", "ru", "es")  # transpub's default order (UN order)
CORPUS_VERSION = "3"

# --- vocabulary ---------------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# (first name, "m" or "f")
FIRST_NAMES = (
    ("Vladimir", "m"), ("Ghada", "f"), ("Miguel Ángel", "m"), ("Michèle", "f"), ("Asako", "f"),
    ("Amina", "f"), ("Jean-Paul", "m"), ("Olga", "f"), ("Wei", "m"), ("Fatima", "f"),
    ("Carlos", "m"), ("Ngozi", "f"), ("Kenji", "m"), ("Ingrid", "f"), ("Rashid", "m"),
    ("Elena", "f"), ("Tariq", "m"), ("Sofía", "f"), ("Pierre", "m"), ("Mariam", "f"),
    ("Abdul Aziz", "m"), ("Laurence", "f"), ("Yousef", "m"), ("Alya", "f"), ("Majed", "m"),
    ("Ana María", "f"), ("Sergei", "m"), ("Hiroshi", "m"), ("Nadia", "f"), ("Kwame", "m"),
)
LAST_NAMES = (
    "Voronkov", "Waly", "Moratinos", "Coninx", "Okai", "Mohammed", "Dubois", "Petrova", "Zhang",
    "Al-Thani", "Gutiérrez", "Okonjo", "Tanaka", "Lindqvist", "Al-Ansari", "Ivanova", "Khan",
    "Martínez", "Lefèvre", "Haddad", "Larem", "Gerard", "Mensah", "Kuznetsov", "Benali",
    "Nakamura", "O’Connor", "Al-Sayed", "Fernández", "Nkosi",
)
INITIALS = ("S.", "M.", "A.", "J.", "K.")

# (long name, acronym); most are in the sample termbase, so the checks have work to do
ORGANISATIONS = (
    ("United Nations Office of Counter-Terrorism", "UNOCT"),
    ("United Nations Office on Drugs and Crime", "UNODC"),
    ("United Nations Alliance of Civilizations", "UNAOC"),
    ("Counter-Terrorism Committee Executive Directorate", "CTED"),
    ("United Nations Development Programme", "UNDP"),
    ("Qatar International Academy for Security Studies", "QIASS"),
    ("United Nations Children’s Fund", "UNICEF"),
    ("International Organization for Migration", "IOM"),
    ("United Nations Interregional Crime and Justice Research Institute", "UNICRI"),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
    ("International Civil Aviation Organization", "ICAO"),
    ("United Nations Institute for Training and Research", "UNITAR"),
)
HOSTS = ORGANISATIONS[:4]
COUNTRIES = (
    ("State of Qatar", "Qatar"), ("Kingdom of Morocco", "Morocco"), ("Republic of Kenya", "Kenya"),
    ("Kingdom of Spain", "Spain"), ("Russian Federation", "Russia"),
    ("People’s Republic of China", "China"), ("Republic of Indonesia", "Indonesia"),
    ("Federal Republic of Nigeria", "Nigeria"), ("Republic of Colombia", "Colombia"),
    ("Kingdom of Norway", "Norway"), ("Hashemite Kingdom of Jordan", "Jordan"),
    ("Republic of Kazakhstan", "Kazakhstan"), ("French Republic", "France"),
    ("United Arab Emirates", "the United Arab Emirates"),
)
PLACES = ("New York", "Geneva", "Vienna", "Doha", "Nairobi", "Bangkok", "Addis Ababa", "Beirut",
          "Santiago", "Dakar", "Rabat", "Astana", "Madrid", "Oslo", "Jakarta", "Abuja", "Bogotá",
          "Amman")
EVENTS = ("Strategic Dialogue", "High-Level Conference", "Regional Workshop",
          "Expert Group Meeting", "Ministerial Round Table", "Technical Consultation",
          "Global Forum", "Donor Briefing")
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh")
PROGRAMMES = (
    "United Nations Global Counter-Terrorism Coordination Compact",
    "United Nations Global Counter-Terrorism Strategy",
    "Programme Office on Parliamentary Engagement",
    "International Hub on Behavioural Insights to Counter Terrorism",
    "United Nations Trust Fund for Counter-Terrorism",
    "Global Programme on Countering Terrorist Travel",
    "Global Programme on Security of Major Sporting Events",
    "Victims of Terrorism Support Portal",
    "Cybersecurity and New Technologies Programme",
)
TOPICS = (
    "countering terrorist travel", "support to the victims of terrorism",
    "the protection of vulnerable targets", "preventing and countering violent extremism",
    "border security and management", "countering the financing of terrorism",
    "the responsible use of new technologies", "youth engagement and empowerment",
    "gender equality in counter-terrorism work",
    "the rehabilitation and reintegration of returnees", "the security of major sporting events",
    "national inter-agency fusion centres",
)
TITLES = (
    "Under-Secretary-General for Counter-Terrorism", "Executive Director",
    "Assistant Secretary-General",
    "Permanent Representative of the {country} to the United Nations",
    "Minister for Foreign Affairs of the {country}", "Director of the Department of International "
    "Cooperation", "Chief of the Capacity-Building Section", "Special Adviser on {topic_cap}",
    "Chairman of the National Counter-Terrorism Committee", "Deputy Permanent Representative",
    "President of the General Assembly", "High Representative of the {org}",
)
VERBS = ("said", "stressed", "noted", "underlined", "recalled", "emphasized")
ACTIONS = ("deepen its cooperation on", "expand its support for", "step up its work on",
           "continue to invest in", "strengthen national capacities for",
           "mobilize further resources for")
BASE_URL = "https://www.un.org/counterterrorism"


@dataclass
class Person:
    honorific: str  # "Mr.", "Ms.", "Dr.", "H.E. Mr.", "H.E. Ms."
    first: str
    last: str
    title: str

    @property
    def full(self) -> str:
        return f"{self.honorific} {self.first} {self.last}"

    @property
    def short(self) -> str:
        plain = self.honorific.replace("H.E. ", "")
        return f"{plain} {self.last}"


@dataclass
class Release:
    """A generated release. Paragraph text holds links as ⟦anchor|href⟧."""

    index: int
    slug: str
    title: str
    place: str
    date_text: str
    paragraphs: list[str]
    contact_name: str
    contact_org: str
    email: str


_LINK_RE = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")


def _date(rng: random.Random, year: int | None = None) -> tuple[int, int, int, str]:
    year = year or rng.randint(2015, 2024)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day, f"{day} {MONTHS[month - 1]} {year}"


def _person(rng: random.Random, ctx: dict[str, str]) -> Person:
    first, gender = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    if rng.random() < 0.2:
        first = f"{first} {rng.choice(INITIALS)}"
    plain = "Mr." if gender == "m" else "Ms."
    honorific = rng.choices([plain, f"H.E. {plain}", "Dr."], weights=[5, 3, 2])[0]
    title = rng.choice(TITLES).format(**ctx)
    return Person(honorific, first, last, title)


_SMALL = frozenset("of and for the on in to at by a an".split())


def _title_case(text: str) -> str:
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:]
                    for i, w in enumerate(text.split()))


def _slug_part(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_release(index: int, seed: int = DEFAULT_SEED) -> Release:
    """Release number ``index`` of the corpus: a pure function of (seed, index)."""
    rng = random.Random(f"{seed}:{index}")
    host, host_acr = rng.choice(HOSTS)
    country, country_short = rng.choice(COUNTRIES)
    event = rng.choice(EVENTS)
    place = rng.choice(PLACES)
    year, _, _, date_text = _date(rng)
    topic = rng.choice(TOPICS)
    programme = rng.choice(PROGRAMMES)
    partners = rng.sample(ORGANISATIONS[3:], 3)
    ctx = {"country": country, "topic_cap": _title_case(topic),
           "org": rng.choice(ORGANISATIONS)[0]}
    people = [_person(rng, ctx) for _ in range(rng.randint(4, 6))]
    title = rng.choice((
        f"{host_acr} and the {country} Hold {rng.choice(ORDINALS)} {event}",
        f"{host_acr} Launches New Phase of the {programme} in {country_short}",
        f"{event} on {ctx['topic_cap']} Opens in {place}",
        f"{country_short} and {host_acr} Sign Agreement on {ctx['topic_cap']}",
    ))
    slug = f"r{index:05d}-{_slug_part(host_acr)}-{_slug_part(country_short)}-{year}"

    def url(anchor: str) -> str:
        return f"{BASE_URL}/{_slug_part(anchor)[:40]}"

    def link(anchor: str, linked: bool) -> str:
        return f"⟦{anchor}|{url(anchor)}⟧" if linked else anchor

    def money() -> str:
        return f"USD {rng.randint(1, 9)}.{rng.randint(1, 9)} million"

    def topic_() -> str:
        return rng.choice(TOPICS)

    def sentence(template: int, linked: bool) -> str:
        p, q = rng.sample(people, 2)
        partner, partner_acr = rng.choice(partners)
        _, _, _, other_date = _date(rng, rng.randint(year - 3, year))
        templates = (
            lambda: f"The {host} ({host_acr}) and the Government of the {country} held their "
                    f"{rng.choice(ORDINALS).lower()} {link(event, linked)} on {date_text}.",
            lambda: f"{p.full}, {p.title}, co-chaired the meeting with {q.full}, {q.title}.",
            lambda: f"{p.short} {rng.choice(VERBS)} that {host_acr} would "
                    f"{rng.choice(ACTIONS)} {link(topic_(), linked)} in {rng.choice(PLACES)} and "
                    f"beyond.",
            lambda: f"The {event} reviewed the progress made since the last meeting, held on "
                    f"{other_date}, and agreed on {rng.randint(3, 12)} priorities for "
                    f"{year + 1}.",
            lambda: f"Since {year - rng.randint(1, 4)}, the {link(rng.choice(PROGRAMMES), linked)} "
                    f"has trained {rng.randint(120, 4800):,} officials from "
                    f"{rng.randint(2, 60)} Member States and mobilized {money()}.",
            lambda: f"{p.short} thanked the {country} “for its strong political and financial "
                    f"support, which has contributed extensively to the Office’s ability to "
                    f"deliver {link(topic_(), linked)} in an effective and sustainable manner.”",
            lambda: f"Also in attendance were {q.full}, {q.title}, and representatives of the "
                    f"{link(partner, linked)} ({partner_acr}).",
            lambda: f"More than {rng.randint(1, 9)},{rng.randint(100, 999)} participants from "
                    f"{rng.randint(2, 60)} countries discussed {topic_()}, {topic_()} and the "
                    f"{link(programme, linked)}.",
            lambda: f"The two sides reaffirmed their partnership, exchanged views on strategic "
                    f"priorities for the coming year, and discussed opportunities to "
                    f"{rng.choice(ACTIONS)} {link(topic_(), linked)}.",
            lambda: f"According to the {link('report of the ' + event, linked)}, published on "
                    f"{other_date}, {rng.randint(5, 95)} per cent of the "
                    f"{rng.randint(2, 60)} projects were completed on time.",
            lambda: f"{p.full} recalled that the {link('General Assembly', linked)} had adopted "
                    f"the {rng.choice(PROGRAMMES[:2])} in {rng.randint(2006, year)}.",
            lambda: f"Dr. {q.last} added: “We will {rng.choice(ACTIONS)} {topic_()} with our "
                    f"partners in the {link(partner, linked)}.”",
            lambda: f"On {other_date}, {p.full}, {p.title}, opened the {link(event, linked)} in "
                    f"{rng.choice(PLACES)}, which brought together {rng.randint(10, 90)} Member "
                    f"States and {rng.randint(3, 25)} international organizations.",
            lambda: f"The {partner} ({partner_acr}) will host the next meeting in "
                    f"{rng.choice(PLACES)} in {rng.choice(MONTHS)} {year + 1}, "
                    f"{q.short} {rng.choice(VERBS)}.",
            lambda: f"In {year}, {host_acr} supported {rng.randint(5, 80)} projects in "
                    f"{rng.randint(3, 40)} countries with a budget of {money()}, "
                    f"{rng.randint(5, 95)} per cent more than in {year - 1}.",
            lambda: f"Further information on {topic_()} is available on the "
                    f"{link('website of the ' + host, linked)}.",
        )
        return templates[template % len(templates)]()

    deck: list[int] = []

    def next_template() -> int:
        if not deck:
            deck.extend(rng.sample(range(16), 16))
        return deck.pop()

    n_paragraphs = rng.randint(8, 10)
    n_links = rng.randint(2, 7)
    linked_paragraphs = set(rng.sample(range(n_paragraphs), min(n_links, n_paragraphs)))
    paragraphs: list[str] = []
    for number_ in range(n_paragraphs):
        count = rng.randint(2, 4)
        linked_at = rng.randrange(count) if number_ in linked_paragraphs else -1
        paragraphs.append(" ".join(sentence(next_template(), k == linked_at)
                                    for k in range(count)))
    contact = _person(rng, ctx)
    contact_name = f"{contact.honorific.replace('H.E. ', '')} {contact.first} {contact.last}"
    email = f"{_slug_part(contact.last).replace('-', '')}{contact.first[:1].lower()}@un.org"
    return Release(index, slug, title, place, date_text, paragraphs, contact_name,
                   f"{host}, {place}", email)


# --- writers ------------------------------------------------------------------------------------

def to_markdown(release: Release) -> str:
    paragraphs = [_LINK_RE.sub(r"[\1](\2)", p) for p in release.paragraphs]
    paragraphs[0] = f"{release.place}, {release.date_text} – {paragraphs[0]}"
    lines = ["PRESS RELEASE", "", f"# {release.title}", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += [f"For more information, please contact: {release.contact_name},",
              f"{release.contact_org}, {release.email}", ""]
    return "\n".join(lines)


def _xhtml_inline(text: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _LINK_RE.finditer(text):
        out.append(html.escape(text[pos:match.start()], quote=False))
        out.append(f'<a href="{html.escape(match.group(2))}">'
                   f"{html.escape(match.group(1), quote=False)}</a>")
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def to_xhtml(release: Release) -> str:
    esc = html.escape
    paragraphs = [_xhtml_inline(p) for p in release.paragraphs]
    paragraphs[0] = f"{esc(release.place)}, {esc(release.date_text)} – {paragraphs[0]}"
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<title>{esc(release.title)}</title>
</head>
<body>
<p class="label">PRESS RELEASE</p>
<h1>{esc(release.title)}</h1>
{body}
<div class="contact">
<p>For more information, please contact: {esc(release.contact_name)},</p>
<p>{esc(release.contact_org)}, {esc(release.email)}</p>
</div>
</body>
</html>
"""


def _stamp(n: int, seed: int, termbase: bool) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    from transpub import __version__

    return f"corpus {CORPUS_VERSION} {digest} n={n} seed={seed} termbase={termbase} " \
           f"transpub={__version__}\n"


def corpus_path(n: int, seed: int = DEFAULT_SEED, termbase: bool = True) -> Path:
    return CORPUS_DIR / f"n{n}-s{seed}{'' if termbase else '-notb'}"


def generate(n: int, seed: int = DEFAULT_SEED, termbase: bool = True,
             dest: Path | None = None, quiet: bool = False) -> Path:
    """Write the corpus of ``n`` releases (reused when already there and up to date)."""
    dest = dest or corpus_path(n, seed, termbase)
    stamp = _stamp(n, seed, termbase)
    stamp_file = dest / "STAMP"
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        return dest
    if dest.exists():
        shutil.rmtree(dest)
    started = time.perf_counter()
    (dest / "md").mkdir(parents=True)
    (dest / "xhtml").mkdir()
    releases = [make_release(i, seed) for i in range(n)]
    for release in releases:
        (dest / "md" / f"{release.slug}.md").write_text(to_markdown(release), encoding="utf-8")
        (dest / "xhtml" / f"{release.slug}.xhtml").write_text(to_xhtml(release),
                                                              encoding="utf-8")
    _make_workspace(dest / "workspace", dest / "md", releases, termbase)
    stamp_file.write_text(stamp)
    if not quiet:
        print(f"corpus: {n} releases in {dest} ({time.perf_counter() - started:.1f} s)",
              file=sys.stderr)
    return dest


def _make_workspace(ws: Path, md_dir: Path, releases: Iterable[Release], termbase: bool) -> None:
    """``transpub init`` + ``transpub import`` of every Markdown file (in-process, same code)."""
    from transpub.config import load_settings
    from transpub.workspace import import_release, init_workspace

    init_workspace(ws)
    config = ws / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        f'name = "{ws.name}"', 'name = "transpub benchmark"'), encoding="utf-8")
    if termbase:
        shutil.copyfile(SAMPLE_TERMBASE, ws / "locales" / "termbase.tbx")
    settings = load_settings(ws)
    for release in releases:
        import_release(settings, md_dir / f"{release.slug}.md", release.slug, force=True)
    for keep in ws.rglob(".gitkeep"):
        keep.unlink()


# --- pseudo-translation -------------------------------------------------------------------------

#: What a translator must leave alone: transpub placeholders, raw HTML tags, entities,
#: e-mail addresses and URLs.
_PROTECTED = re.compile(r"(</?[A-Za-z][^<>]*>|&#?\w+;|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                        r"|https?://\S+)")
_MARKERS = {"ar": "\u061c«ع»", "zh": "【中】"}
_DATE_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
PSEUDO_MODES = ("terms", "plain")


@functools.cache
def _term_table(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """English termbase forms -> the target language's form (the sample termbase)."""
    from transpub.termbase import load_termbases

    termbase = load_termbases([SAMPLE_TERMBASE], "en")
    mapping: dict[str, str] = {}
    for concept in termbase.concepts:
        targets = [t.text for t in concept.forms(lang)]
        preferred = concept.preferred(lang)
        if not targets or preferred is None:
            continue
        short = [t for t in targets if len(t.split()) == 1]
        for form in concept.forms("en"):
            single = len(form.text.split()) == 1
            mapping.setdefault(form.text, short[0] if single and short else preferred.text)
    if not mapping:
        return None, {}
    alternation = "|".join(re.escape(f) for f in sorted(mapping, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), mapping


@functools.cache
def _style(lang: str):  # type: ignore[no-untyped-def]
    from transpub.style import style_for

    return style_for(lang)


def _localise_text(text: str, lang: str) -> str:
    """Upper-case ``text``, except termbase terms and dates, which are 'translated' properly."""
    pattern, mapping = _term_table(lang)
    pieces: list[tuple[int, int, str]] = []
    if pattern is not None:
        pieces += [(m.start(), m.end(), mapping[m.group(0)]) for m in pattern.finditer(text)]
    for m in _DATE_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in pieces):
            continue
        day = dt.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        pieces.append((m.start(), m.end(), _style(lang).format_date(day)))
    out: list[str] = []
    pos = 0
    for start, end, replacement in sorted(pieces):
        out.append(text[pos:start].upper())
        out.append(replacement)
        pos = end
    out.append(text[pos:].upper())
    return "".join(out)


def pseudo(text: str, lang: str, mode: str = "terms") -> str:
    """A marked "translation" that keeps every tag and placeholder intact.

    ``plain``: everything else upper-cased (as tests/pseudo.py does). ``terms`` (the default):
    the same, but the names, titles and organisations of the sample termbase are replaced by
    their forms in ``lang`` and dates are written in the language's house style, as a
    translator would: then ``transpub check`` sees a plausible translation instead of one that
    misses every term.
    """
    parts = _PROTECTED.split(text)
    convert = (lambda part: part.upper()) if mode == "plain" else (
        lambda part: _localise_text(part, lang))
    body = "".join(part if index % 2 else convert(part) for index, part in enumerate(parts))
    return f"{_MARKERS.get(lang, f'[{lang}]')} {body}"


def _translate(msgid: str, lang: str, mode: str) -> str:
    # html2po extracts <html lang="en"> as a unit: its translation is the language code
    return lang if msgid == "en" else pseudo(msgid, lang, mode)


def fill_po(path: Path, lang: str, mode: str = "terms") -> int:
    """Pseudo-translate every active entry of ``path`` in place; returns the count."""
    import polib

    po = polib.pofile(str(path), wrapwidth=79)
    count = 0
    for entry in po:
        if entry.msgid and not entry.obsolete:
            entry.msgstr = _translate(entry.msgid, lang, mode)
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            count += 1
    po.metadata["Language"] = lang
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save(str(path))
    return count


def po_from_template(pot: Path, target: Path, lang: str, fill: bool, mode: str = "terms") -> int:
    """A PO for ``lang`` made from a POT (what msginit does), filled unless ``fill`` is False."""
    import polib

    po = polib.pofile(str(pot), wrapwidth=79)
    po.metadata["Language"] = lang
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    count = 0
    for entry in po:
        if fill and entry.msgid and not entry.obsolete:
            entry.msgstr = _translate(entry.msgid, lang, mode)
            count += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    target.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(target))
    return count


#: A fill job: (kind, path, lang, mode); kind "fill" fills a PO in place, "template" and
#: "template-fill" make ``target`` from ``pot`` (path = "pot\0target").
Job = tuple[str, str, str, str]


def _fill_job(job: Job) -> int:
    kind, path, lang, mode = job
    if kind == "fill":
        return fill_po(Path(path), lang, mode)
    pot, target = path.split("\0")
    return po_from_template(Path(pot), Path(target), lang, kind == "template-fill", mode)


def run_fill_jobs(jobs: list[Job], workers: int | None = None) -> int:
    """Run fill jobs on all cores (filling is set-up, never part of a timed step)."""
    if not jobs:
        return 0
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(jobs) < 8:
        return sum(_fill_job(j) for j in jobs)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        return sum(pool.map(_fill_job, jobs, chunksize=max(1, len(jobs) // (workers * 8))))


def transpub_fill_jobs(ws: Path, mode: str = "terms") -> list[Job]:
    """Fill the five target languages of a transpub workspace (English stays as extracted)."""
    return [("fill", str(po), lang, mode) for lang in TARGETS
            for po in sorted((ws / "locales" / lang / "LC_MESSAGES").glob("*.po"))]


# --- stand-alone: extract and fill with every tool (the same steps run.py times) ---------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of releases")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-termbase", action="store_true",
                        help="do not copy the sample termbase into the workspace")
    parser.add_argument("--fill", action="store_true",
                        help="also extract and fill PO files for transpub and installed peers "
                             "(in benchmarks/_work/)")
    args = parser.parse_args(argv)
    dest = generate(args.n, args.seed, not args.no_termbase)
    print(dest)
    if args.fill:
        sys.path.insert(0, str(HERE))
        import run as bench

        bench.main(["--sizes", str(args.n), "--seed", str(args.seed), "--prepare-only"]
                   + (["--no-termbase"] if args.no_termbase else []))
    return 0


if __name__ == "__main__":
    sys.exit(main())
