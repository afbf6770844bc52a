"""Shrink saved HTML pages of the corpus without changing what netdir reads from them.

    python tests/realpages/compact.py pages/NEW.html ...

rewrites each HTML page in place: indentation and trailing blanks go, runs of spaces and tabs
become one space (one tab where a tab stands between two words of a line: a row pasted from a
spreadsheet keeps its columns apart so, „23.03.⇥18:00⇥Ansegeln⇥Aidenried“, and netdir reads
them) and blank lines one line break (outside ``<pre>``, ``<textarea>`` and every
``<script>``, which stay byte for byte: extractors read JSON-LD and the JSON of other inline
scripts), ``<style>`` blocks go, and so do HTML comments except the ones noting where the page
came from or what was trimmed. ``<svg>`` drawings stay (bare icons say where and when). Feeds and
calendars (.ics, .rss, .atom, .xml, .json) are left alone. Works on bytes, so any encoding stays.
Check a compacted page with ``evaluate.py --page ID``; the records must not change.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HTML_SUFFIXES = frozenset({".html", ".htm"})

# Kept verbatim: whitespace inside these is content, and scripts hold data extractors read.
_VERBATIM = rb"<(?P<tag>pre|textarea|script|xmp|listing)(?=[\s/>])[^>]*>.*?</(?P=tag)\s*>"
_STYLE = rb"<style(?=[\s/>])[^>]*>.*?</style\s*>"
_COMMENT = rb"<!--.*?-->"
_PARTS = re.compile(
    rb"(?P<verbatim>"
    + _VERBATIM
    + rb")|(?P<style>"
    + _STYLE
    + rb")|(?P<comment>"
    + _COMMENT
    + rb")",
    re.IGNORECASE | re.DOTALL,
)
# A comment that records the page's origin, licence or trimming (see README.md) stays.
_ORIGIN_NOTE = re.compile(
    rb"netdir|trimm|excerpt|copy of|saved|origin|licen[cs]e|copyright|fixture|removed|omitted",
    re.IGNORECASE,
)
_BLANKS = re.compile(rb"[ \t]+")
_AROUND_BREAK = re.compile(rb" ?(?:\r\n|\r|\n)(?:[ \t\r\n]*(?:\r\n|\r|\n))? ?")


def _squeeze(markup: bytes) -> bytes:
    """Markup with one space for each run of blanks and one line break for each run of lines."""

    def one_blank(run: re.Match[bytes]) -> bytes:
        # A run holding a tab between two visible characters of a line separates columns.
        before, after = markup[run.start() - 1 : run.start()], markup[run.end() : run.end() + 1]
        between_words = bool(before.strip()) and bool(after.strip())
        return b"\t" if between_words and b"\t" in run.group() else b" "

    return _AROUND_BREAK.sub(b"\n", _BLANKS.sub(one_blank, markup))


def compact(page: bytes) -> bytes:
    """The page with indentation, blank runs, style blocks and non-origin comments removed."""
    out: list[bytes] = []
    done = 0
    for part in _PARTS.finditer(page):
        out.append(_squeeze(page[done : part.start()]))
        done = part.end()
        origin_note = part.group("comment") is not None and _ORIGIN_NOTE.search(part.group())
        if part.group("verbatim") is not None or origin_note:
            out.append(part.group())
    out.append(_squeeze(page[done:]))
    return b"".join(out)


def compact_file(path: Path) -> tuple[int, int]:
    """Compact an HTML page in place; its size before and after (other files: unchanged)."""
    data = path.read_bytes()
    if path.suffix.lower() not in HTML_SUFFIXES:
        return len(data), len(data)
    smaller = compact(data)
    if smaller != data:
        path.write_bytes(smaller)
    return len(data), len(smaller)


def main(argv: list[str]) -> int:
    total_before = total_after = 0
    for name in argv:
        before, after = compact_file(Path(name))
        total_before, total_after = total_before + before, total_after + after
        print(f"{name}: {before} -> {after} bytes")
    if len(argv) > 1:
        print(f"total: {total_before} -> {total_after} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
