"""Markdown's own block syntax, read before the text importer reads a Markdown file's text:
front matter, HTML comments and fenced code blocks (README "Import"). None of them is text of
the release as the text importer reads it: front matter is metadata (its title the headline
when the text has none, its date the release date when the text gives none), a comment is no
text at all, and a code block is text a reader sees but no translator should change.

Every construct is read in one pass over the lines, without a regular expression, so that a
hostile line (20,000 backticks, "<!--" repeated) costs its length; each leaves its lines in
place, blank, so that the file's line numbers stay those the messages give."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A key and its value on a line of front matter: YAML's "title: …", TOML's "title = …".
_KEY_RE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)")
#: The date that opens a front matter's date and time ("2024-07-01 10:00:00 +0000").
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[ T])")
#: What closes a front matter opened by its line: YAML's "---" (or "..."), TOML's "+++".
_FRONT_CLOSES = {"---": ("---", "..."), "+++": ("+++",)}


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """A fenced code block's content (its lines, numbered) and the blank lines above its
    opening fence (none: it stands right under the line above, a lead-in's)."""

    lines: tuple[tuple[int, str], ...]
    gap_before: int


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """A Markdown file's text without its front matter, comments and code blocks (their lines
    left blank), and what they held."""

    text: str
    title: tuple[int, str] | None
    """The front matter's title (its line, its text), when the text has no headline of its own
    (no heading of level 1): the release's headline."""
    date: tuple[int, str] | None
    """The front matter's date, as written (a date and time: the date)."""
    code: tuple[CodeBlock, ...]
    removed: tuple[tuple[int, str], ...]
    """The lines of front matter and comments left out (their line, their text)."""


def read_markdown(text: str) -> MarkdownText:
    """``text`` without the Markdown block syntax that is no text of the release."""
    lines = text.split("\n")
    removed: list[tuple[int, str]] = []
    code = _fenced_code(lines)
    _comments(lines, removed)
    # (at the file's top, under comments and blank lines only: pandoc's converter notes
    # stand above a pandoc metadata block)
    top = next((k for k, line in enumerate(lines) if line.strip()), 0)
    fields, end = _front_matter(lines, top)
    for index in range(top, end):
        if lines[index].strip() and lines[index].strip() not in ("---", "+++", "..."):
            removed.append((index + 1, lines[index].strip()))
        lines[index] = ""
    title = fields.get("title")
    if title is not None and _has_headline(lines):
        title = None  # (the text's own headline: the front matter's title is the page's)
    title = title if title and title[1] else None
    # (the title read as the headline is the release's text; the rest said removed, the date
    # too, which dates the release only when the text gives no date)
    return MarkdownText("\n".join(lines), title, fields.get("date"), tuple(code),
                        tuple(sorted(r for r in removed if title is None or r[0] != title[0])))


def _front_matter(lines: list[str], top: int) -> tuple[dict[str, tuple[int, str]], int]:
    """The title and date of the front matter opening the text on line ``top`` ("---" …
    "---", YAML; "+++" … "+++", TOML), with their lines, and the line after it (0: none).
    Lines of keys only: a text opening with a rule over a paragraph and another rule is no
    front matter, nor one over a heading ("# Headline": never YAML, though a YAML comment
    looks so) or a dateline's place in capitals ("GENEVA: The Secretary-General…", which has
    a key's shape): a rule, a headline, a lead and a rule had been removed as front matter."""
    opening = lines[top].strip() if lines else ""
    if opening not in _FRONT_CLOSES:
        return {}, 0
    end = next((k for k in range(top + 1, len(lines))
                if lines[k].rstrip() in _FRONT_CLOSES[opening]), 0)
    if not end:
        return {}, 0
    fields: dict[str, tuple[int, str]] = {}
    keyed = False
    for index in range(top + 1, end):
        line = lines[index]
        if not line[:1].isspace() and atx_heading(line) is not None:
            return {}, 0  # (a heading: the text's)
        match = _KEY_RE.match(line)
        if match is None:
            if line.strip() and not line[:1].isspace() and not line.startswith(("#", "- ")):
                return {}, 0  # (a line of text, neither a key nor a value's continuation)
            continue
        if len(match.group(1)) > 1 and match.group(1).isupper():
            return {}, 0  # (a place in capitals: a dateline's, keys are no such words)
        keyed = True
        key, value = match.group(1).lower(), match.group(2).strip()
        if key in ("title", "date") and key not in fields:
            if value in ("|", ">", "|-", ">-"):  # (a YAML block: the indented lines under it)
                more = []
                for below in lines[index + 1:end]:
                    if not below[:1].isspace():
                        break
                    more.append(below.strip())
                value = " ".join(more)
            value = _unquoted(value)
            if key == "date" and (iso := _ISO_DATE_RE.match(value)):
                value = iso.group(0)
            fields[key] = (index + 1, value)
    return (fields, end + 1) if keyed else ({}, 0)


def _unquoted(value: str) -> str:
    """A YAML or TOML scalar without its quotes ("'A title'", '"A title"')."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


def _fence(line: str) -> tuple[str, int, bool] | None:
    """A code fence's character, its length, and whether it may close a block (nothing after
    it): "```", "~~~~", "```python"; up to three spaces before it."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or stripped[:1] not in ("`", "~"):
        return None
    char = stripped[0]
    rest = stripped.lstrip(char)
    length = len(stripped) - len(rest)
    if length < 3 or (char == "`" and "`" in rest):
        return None  # (an info string holds no backtick: "```a``" is inline code)
    return char, length, not rest.strip()


def _fenced_code(lines: list[str]) -> list[CodeBlock]:
    """The fenced code blocks (``` or ~~~), their fences and content blanked in ``lines``. A
    fence that nothing closes is text: a stray "```" does not make the rest of a release code
    (CommonMark's reading), which no one would translate. Linear: the longest closing fence of
    each character at or after each line is known before any block is read."""
    fences = [_fence(line) for line in lines]
    longest = {"`": [0] * (len(lines) + 1), "~": [0] * (len(lines) + 1)}
    for index in range(len(lines) - 1, -1, -1):
        for after in longest.values():
            after[index] = after[index + 1]
        fence = fences[index]
        if fence is not None and fence[2]:
            longest[fence[0]][index] = max(longest[fence[0]][index], fence[1])
    blocks: list[CodeBlock] = []
    index = 0
    blanks = 0
    while index < len(lines):
        fence = fences[index]
        if fence is None or longest[fence[0]][index + 1] < fence[1]:
            blanks = 0 if lines[index].strip() else blanks + 1
            index += 1
            continue
        close = next(k for k in range(index + 1, len(lines))
                     if (f := fences[k]) is not None and f[0] == fence[0] and f[2]
                     and f[1] >= fence[1])
        if _separators(lines, index, close, fence):
            blanks = 0
            index += 1  # (its closing line may open the next pair)
            continue
        content = tuple((k + 1, lines[k]) for k in range(index + 1, close) if lines[k].strip())
        if content:
            blocks.append(CodeBlock(content, blanks))
        for k in range(index, close + 1):
            lines[k] = ""
        index, blanks = close + 1, 1
    return blocks


def _separators(lines: list[str], opening: int, close: int,
                fence: tuple[str, int, bool]) -> bool:
    """Whether the tilde lines ``opening`` and ``close`` are a text's separators ("~~~" set
    between its paragraphs, a blank line on each side), not a code block's fences: the
    paragraphs between had been one paragraph not to translate. A code block's fences hug
    its code; a fence with an info string ("~~~python") is always one."""
    return (fence[0] == "~" and fence[2] and close > opening + 2
            and not lines[opening + 1].strip() and not lines[close - 1].strip())


def _comments(lines: list[str], removed: list[tuple[int, str]]) -> None:
    """HTML comments ("<!-- … -->", on a line or over several: "<!---" / "Converted with: …" /
    "--->"), blanked in ``lines`` and added to ``removed``; the text beside one on its lines
    stays. A comment that nothing closes is text, as written, and so is one opened in a
    line's prose that its paragraph does not close (CommonMark's inline HTML: "a comment
    opens with <!-- and …" had taken the text up to an arrow, "-->", paragraphs below); one
    opening its line may close lines below. Each line is read once, its kept pieces joined
    once (a line of a thousand comments is not copied a thousand times), and where the next
    "-->" and the next blank line are is known for each line before any is read."""
    closes = [0] * (len(lines) + 1)  # (the first line at or after each holding "-->"; 0 none)
    blank = [len(lines)] * (len(lines) + 1)  # (the first blank line at or after each)
    for k in range(len(lines) - 1, -1, -1):
        closes[k] = k if "-->" in lines[k] else closes[k + 1]
        blank[k] = k if not lines[k].strip() else blank[k + 1]
    index = 0
    while index < len(lines):
        line = lines[index]
        if "<!--" not in line:
            index += 1
            continue
        kept: list[str] = []
        column = 0
        below = 0  # (the line a comment opened on this one ends on)
        while (start := line.find("<!--", column)) >= 0:
            end = line.find("-->", start + 4)
            if end >= 0:  # (on its line)
                kept.append(line[column:start])
                removed.append((index + 1, line[start:end + 3].strip()))
                column = end + 3
                continue
            # (its end lines below: anywhere for a comment opening its line, in its
            # paragraph for one in the line's prose)
            below = closes[index + 1]
            if line[:start].strip() and below > blank[index + 1]:
                below = 0
            if below:
                kept.append(line[column:start])
                removed.append((index + 1, line[start:].strip()))
                column = len(line)
            break
        lines[index] = "".join(kept) + line[column:]
        if not below:
            index += 1  # (unclosed: this line's later "<!--" too, none closes on it)
            continue
        for k in range(index + 1, below):
            if lines[k].strip():
                removed.append((k + 1, lines[k].strip()))
            lines[k] = ""
        end = lines[below].find("-->") + 3
        removed.append((below + 1, lines[below][:end].strip()))
        lines[below] = lines[below][end:]
        index = below


def _has_headline(lines: list[str]) -> bool:
    """Whether the text marks a headline of its own: a heading of level 1 ("# Headline", or
    "Headline" over "===")."""
    for index, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) > 3:
            continue
        if (stripped.startswith("# ") or stripped.startswith("#\t")) and stripped[2:].strip():
            return True
        if stripped[:3] == "===" and not stripped.rstrip().strip("=") and index \
                and lines[index - 1].strip():
            return True
    return False


def atx_heading(line: str) -> tuple[int, str] | None:
    """A Markdown (ATX) heading's level and text: "## Background", "# Title #" (its closing
    hashes not its text); None for a hashtag ("#CounterTerrorism") or hashes alone. Read
    without a regular expression: a heading's closing hashes and spaces, sought by one, had
    cost the square of a long line's length."""
    stripped = line.strip()
    hashes = len(stripped) - len(stripped.lstrip("#"))
    if not 1 <= hashes <= 6 or stripped[hashes:hashes + 1] not in (" ", "\t"):
        return None
    text = stripped[hashes:].strip(" \t")
    closing = text.rstrip("#")
    if closing != text and (not closing or closing[-1] in " \t"):
        text = closing.rstrip(" \t")
    return (hashes, text) if text else None
