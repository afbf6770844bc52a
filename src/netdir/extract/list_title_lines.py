"""The line a list's rows are named on, for the rows whose own reading took another line.

A working group's page lists its talks as paragraphs of three lines — the day in bold, the
speaker with the affiliation, the talk's title — and most titles are links to the paper::

    <p><strong>11/8/2019</strong> Yue Sun, <em>UW</em><br/><a href="…">Escaping saddle on manifold</a></p>
    <p><strong>5/3/2019</strong><br/>Vincent Roulet, <em>UW</em><br/>Iterative Linearized Control: …</p>
    <p><strong>11/1/2019</strong> Aravind Rajeswaran, <em>UW</em><br/>Meta Learning with Implicit
       Gradients. <a href="…">FTML</a> <a href="…">iMAML</a></p>

(the day stands on a line of its own in some quarters, on the speaker's line in others). A reader
knows from the whole list that the last line names each talk; a row whose title is no link
(„Vincent Roulet“ was read from the line above) or whose line ends with links to the papers
(„iMAML“ was read as the longest link) is named by its last line too. When most of a group's rows
(at least three, two in three) are titled by the whole of the same line, a link — counted from
the first line or from the last — a row titled by its first naming line, another one, or by a
link that is a part of that line, takes that line, without the links to papers after its sentence („. FTML iMAML“). The first line is no such
line: it names the row's day or its name anyhow.
"""

from __future__ import annotations

from collections import Counter

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import text_chunks
from netdir.extract.block_titles import block_links
from netdir.extract.title_text import title_in_text
from netdir.records import RawRecord

#: Provenance of a title taken from the line the list's other rows are named on.
SOURCE = "listing:the line the list's rows are named on"
_MIN_ROWS = 3


def titles_on_the_list_line(group: list[RawRecord], block_of: dict[int, list[LexborNode]]) -> None:
    """Retitle the rows of ``group`` that were named from another line than the one most rows
    are named on by their whole (see the module docstring)."""
    lines: dict[int, list[str]] = {}
    whole: dict[int, tuple[int, int]] = {}  # a row titled by a whole line: its index, its place
    for record in group:
        segment = block_of.get(id(record))
        if segment is None or not record.date_text or not record.title:
            continue
        if record.status_text or any(node.tag in ("tr", "td", "th") for node in segment):
            continue  # a table's cells are its columns (read as such); „Canceled“ names no talk
        chunks = [" ".join(chunk.split()) for chunk in text_chunks(segment)]
        lines[id(record)] = chunks
        if record.title in chunks and _read_from_a_link(record):
            at = chunks.index(record.title)
            whole[id(record)] = (at, at - len(chunks))
    if len(whole) < _MIN_ROWS:
        return
    # the line counted from the first (the second line) or from the last (the last line: rows
    # of two and of three lines, the day on a line of its own or not, named on their last)
    # (a tie — every row counted of one length — goes to the line counted from the last: a row
    # of another length has the day on a line of its own, not the name)
    counts = Counter(at for pair in whole.values() for at in pair)
    position, count = max(counts.items(), key=lambda item: (item[1], item[0] < 0))
    if position == 0 or count < _MIN_ROWS or 3 * count < 2 * len(lines):
        return
    for record in group:
        row = lines.get(id(record))
        if row is None or position in whole.get(id(record), ()):
            continue
        if len(row) < 2 or not -len(row) <= position < len(row):
            continue
        # only a row named by its first naming line, or by a link that is a part of that line
        if not _read_from_a_line(record) and not (
            _read_from_a_link(record) and record.title in row[position]
        ):
            continue
        line = _without_trailing_links(row[position], block_of[id(record)])
        if line is None or title_in_text(line) is None:
            continue
        record.title = line
        record.field_sources["title"] = SOURCE


def _read_from_a_line(record: RawRecord) -> bool:
    """Whether the record's title was read from its text's first naming line, the reading this
    pass checks (a link, a heading or a bold name was telling)."""
    return record.field_sources.get("title", "").endswith(" text")


def _read_from_a_link(record: RawRecord) -> bool:
    """Whether the record's title is a link's text („… p>a“)."""
    return record.field_sources.get("title", "").endswith(">a")


def _without_trailing_links(line: str, segment: list[LexborNode]) -> str | None:
    """``line`` without the links that end it after its sentence („… Gradients. FTML iMAML“ →
    „… Gradients“); None when nothing but links is left."""
    texts = {" ".join(text.split()) for _, text, _ in block_links(segment) if text.strip()}
    cut = line
    while True:
        last = next(
            (text for text in texts if cut.endswith(text) and cut[: -len(text)].endswith(" ")),
            None,
        )
        if last is None:
            break
        cut = cut[: -len(last)].rstrip()
    if cut != line:
        if not cut.endswith("."):
            return line  # links inside the sentence's words: the whole line names it
        cut = cut[:-1].rstrip()
    return cut if len(cut.split()) > 1 else None
