"""The text of a listing block's nodes, read once per document: lines, chunks, element texts
and CSS matches (selectolax only)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text, folded
from netdir.extract.date_cues import MONTH_YEAR, search_date_like
from netdir.extract.inline_text import InlineJoiner, remember_visible_texts, visible_text
from netdir.normalize.when_clean import retyped_days

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A rule ends a line as a break does: a card's name, „<hr>“, then its hour and venue are two lines
# even when both sit in one element („<span>Sketch Workshops</span><hr><span>6:30 pm</span>“).
_LINE_BREAKS = frozenset({"br", "hr"})
WORDS = lazy_re.compile(r"[^\W_]+")
_DIGIT = lazy_re.compile(r"\d")
INLINE_TAGS = frozenset(
    {
        "-text", "a", "span", "strong", "b", "em", "i", "small", "time", "abbr", "sup", "sub",
        "font", "u", "mark", "label", "cite", "q", "big", "s", "del", "ins", "code", "img",
    }
)  # fmt: skip


def date_like(text: str) -> re.Match[str] | None:
    """A date in ``text``, also one whose month is misspelt („21. Septemner 2025“) or whose
    day's leading zero is the letter o ("JULY o5").

    Remembered while one document is read (``reading_one_document``): a block's lines and its
    elements' texts are asked for a date by its scoring, dating and splitting (~10 times each on
    a listing page, 14 % of its extraction time)."""
    dates = _document.dates
    if dates is None:
        return _date_like(text)
    if text in dates:
        return dates[text]
    found = dates[text] = _date_like(text)
    return found


def _date_like(text: str) -> re.Match[str] | None:
    # Every form DATE_LIKE reads holds a digit, and retyping adds none to a text without one
    # (its misspelt month follows a day, its letter o stands beside a digit): a line without a
    # digit is no date, and is told so without the ~0.3 µs a character of the search.
    if _DIGIT.search(text) is None:
        return None
    if found := search_date_like(text):
        return found
    retyped = retyped_days(text)
    # A text with nothing to retype was searched already (the search costs ~0.3 µs a character).
    return search_date_like(retyped) if retyped != text else None


def names_a_day(text: str) -> bool:
    match = date_like(text)
    return match is not None and MONTH_YEAR.fullmatch(match.group(0)) is None


def text_chunks(segment: list[LexborNode]) -> list[str]:
    """A block's text as a reader sees its lines: one chunk per block element or ``<br>`` line.

    Inline elements (links, spans, bold) stay inside their line, so "<b>Konzert</b> mit X" is
    one chunk, while cells, paragraphs and divs are chunks of their own.
    """
    return [text for text, _ in _lines_of(segment)]


class _DocumentMemory(threading.local):
    """What was read of each node and block while one document is read
    (``reading_one_document``): scoring, dating, placing and splitting a block each ask for its
    lines (4-5 walks per block) and for the text of its elements (nested candidate groups share
    them). One per thread: the check-sources flow extracts several sources' pages at once in
    Prefect's task threads, and one thread's document must not answer for another's."""

    lines: dict[tuple[int, ...], list[tuple[str, LexborNode | None]]] | None = None
    texts: dict[int, str | None] | None = None
    # Each element's matches of a selector: a block's ``[class]`` elements are asked for by its
    # title, date, time and place readings, and each CSS query costs ~4 µs (parsing the selector).
    matches: dict[tuple[int, str], list[LexborNode]] | None = None
    # Each text's ``date_like`` match.
    dates: dict[str, re.Match[str] | None] | None = None


_document = _DocumentMemory()


@contextmanager
def reading_one_document() -> Iterator[None]:
    """Remember each block's ``text_lines``, each node's ``node_text``, ``css_matches`` and
    each text's ``date_like`` until the document is left; each node's ``visible_text`` too once
    the tree is settled (``tree_settled``). Only for a tree that is not changed meanwhile: a
    ``mem_id`` names a node only while it lives."""
    memory = _document
    outer = memory.lines, memory.texts, memory.matches, memory.dates
    memory.lines, memory.texts, memory.matches, memory.dates = {}, {}, {}, {}
    outer_visible = remember_visible_texts(None)  # from ``tree_settled`` on
    try:
        yield
    finally:
        memory.lines, memory.texts, memory.matches, memory.dates = outer
        remember_visible_texts(outer_visible)


def tree_changing() -> None:
    """The document being read is changed now (its unreadable tags stripped, its label months
    written out): no node's ``visible_text`` is remembered until ``tree_settled``."""
    remember_visible_texts(None)


def tree_settled() -> None:
    """The document being read (``reading_one_document``) is not changed again until it is
    left: from here on its nodes' ``visible_text`` is remembered too."""
    if _document.texts is not None:
        remember_visible_texts({})


def css_matches(node: LexborNode, selector: str) -> list[LexborNode]:
    """``node.css(selector)`` (the node itself included), remembered while one document is
    read (``reading_one_document``)."""
    matches = _document.matches
    if matches is None:
        return node.css(selector)
    key = (node.mem_id, selector)
    found = matches.get(key)
    if found is None:
        found = matches[key] = node.css(selector)
    return list(found)


def node_text(node: LexborNode) -> str | None:
    """The node's text as one clean line (``clean_text``), None if it has none."""
    texts = _document.texts
    if texts is None:
        return clean_text(visible_text(node))
    key = node.mem_id
    if key in texts:
        return texts[key]
    text = texts[key] = clean_text(visible_text(node))
    return text


def text_lines(segment: list[LexborNode]) -> list[tuple[str, LexborNode | None]]:
    """``text_chunks`` with the block element each line belongs to (a heading, a cell, ...)."""
    return list(_lines_of(segment))


def _lines_of(segment: list[LexborNode]) -> list[tuple[str, LexborNode | None]]:
    """``text_lines``, the remembered list itself: for readers that do not change it."""
    remembered = _document.lines
    if remembered is None:
        return _text_lines(segment)
    key = tuple([node.mem_id for node in segment])  # (a list is built faster than a generator)
    lines = remembered.get(key)
    if lines is None:
        lines = remembered[key] = _text_lines(segment)
    return lines


def _text_lines(segment: list[LexborNode]) -> list[tuple[str, LexborNode | None]]:
    chunks: list[tuple[str, LexborNode | None]] = []
    parts: list[str] = []
    owner: int | None = None
    owner_node: LexborNode | None = None

    def flush() -> None:
        text = clean_text(" ".join(parts))
        if text:
            chunks.append((text, owner_node))
        parts.clear()

    # A run of loose siblings („<strong>Wo:</strong> CCH Hamburg <br>“ between two headings): an
    # inline root sits in the line of the text beside it, as the reader sees it.
    loose = any(root.is_text_node for root in segment)
    for root in segment:
        nodes = [root] if root.is_text_node else root.traverse(include_text=True)
        joiner = InlineJoiner(root)  # "<span>DEPOT</span><span>61</span>" is one word
        root_id = root.mem_id
        for node in nodes:
            if not node.is_text_node:
                if node.tag in _LINE_BREAKS:  # (a text node's tag, „-text“, is none)
                    flush()
                joiner.element(node)
                continue
            block = node.parent
            while (
                block is not None
                and block.tag in INLINE_TAGS
                and (block.mem_id != root_id or loose)
            ):
                block = block.parent
            block_id = block.mem_id if block is not None else None
            if block_id != owner:
                flush()
                owner, owner_node = block_id, block
            text = node.text()
            if joiner.text(node, text) and parts:
                parts[-1] += text
            else:
                parts.append(text)
    flush()
    return chunks


def first_class(node: LexborNode) -> str:
    classes = (node.attributes.get("class") or "").split()
    return classes[0] if classes else ""


def holds_the_pages_heading(segment: list[LexborNode], title: str | None) -> bool:
    """The block is the page's own heading: it holds an ``<h1>`` that is its title and names no
    day (a barcamp page's left column „Web Professionals“ / „<h1>Barcamp</h1>“ / „Sponsoring“
    beside the cards of its camps; an intro under the page's ``<h1>`` that names its meeting's
    day is that meeting's block)."""
    if not title:
        return False
    name = folded(title)
    # The h1 first: few blocks hold one, and every block's text would be read for a date.
    return any(
        folded(heading.text(separator=" ")) == name
        for node in segment
        for heading in ([node] if node.tag == "h1" else node.css("h1"))
    ) and not any(date_like(node_text(node) or "") for node in segment)


def loose_lines(segment: list[LexborNode]) -> list[str]:
    """The bare text between the block's elements („<br>Stockholmstraße 159, 24109 Kiel<br>“,
    „<h1>…</h1>im Hamburg Haus, Doormannsweg 12, …<br>“), which the block's element lines leave
    out."""
    lines = []
    for node in segment:
        sibling = node.next
        while sibling is not None and sibling.is_text_node:
            lines.append(" ".join((sibling.text() or "").split()))
            sibling = sibling.next
    return [line for line in lines if line]
