"""A node's text as a browser lays it out: inline neighbours join as the markup joins them.

``node.text(separator=" ", strip=True)`` puts a space between every two text nodes, so
``<span>DEPOT</span><span>61</span>`` — one word in two colours — reads "DEPOT 61", and
``Hel<b>lo</b>`` "Hel lo". A browser shows "DEPOT61": text in inline elements runs on without a
gap unless the markup has whitespace there; only block elements and ``<br>`` start a new line.

Two text nodes that touch without whitespace are joined (``InlineJoiner``) when nothing between
them sets them apart:

- they sit in the same block (a table cell, a heading, a paragraph) and in the same link, and no
  block element, ``<br>``, image, form control or ``<sup>``/``<sub>`` lies between them
  („10<sup>00</sup> Uhr“ is ten o'clock, not „1000 Uhr“; „<a>Google</a><a>Outlook</a>“ are two
  buttons);
- every inline element entered or left between them is bare or carries only ``style`` (or
  ``lang``, ``title``, a ``<font>``'s colour). A ``class``, an ``id`` or a ``data-`` mark is a
  hook the page's style sheet may lay out by — a badge's ``<span class="day">`` and ``<span
  class="month">`` stand apart on the screen although nothing separates them in the markup,
  and so do Astro's ``<strong data-astro-cid-…>SV Obersasbach</strong><small
  data-astro-cid-…>Sportverein seit 1952</small>`` — while a bare or ``style``-only element only
  colours or weights part of a line.
- they are not two sibling elements of different kinds each holding one whole piece: a date
  badge ``<b>03</b><i>Okt</i><em>Sa</em>`` is day, month and weekday that a style sheet stacks
  (read „03OktSa“, no day at all), while ``<span>DEPOT</span><span>61</span>`` stays one word.

Everything else is ``text(separator=" ", strip=True)`` as before: text nodes stripped and joined
with one space. ``visible_text`` does that for a node; ``text_lines`` and the bold-section reader
feed their own traversals through an ``InlineJoiner``.
"""

from __future__ import annotations

import threading

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# Inline elements whose neighbours may run on without a space (the HTML phrasing content a page
# uses to colour or weight part of a line). A link, an image, a form control, <sup>/<sub> and
# every block element set their text apart.
GLUE_TAGS = frozenset(
    {
        "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong",
        "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip
_SEPARATOR = "\x00"  # the HTML parser turns NUL into U+FFFD: never in a text node
# Two text nodes that touch without whitespace (the only boundaries where joining differs).
_TOUCHING = lazy_re.compile(r"[^\s\x00]\x00+[^\s\x00]")
_COMMENT = "-comment"
# Longer than any field (a title, a date cell, a place line): a container's text. Corpus pages,
# every element: the walk below costs 1.8 CPU-s for all touching texts, 0.28 s for these.
_FIELD_CHARS = 1000


def visible_line(node: LexborNode) -> str:
    """``visible_text`` as one line: every run of whitespace (line breaks of ``<br>``, a cell's
    indentation) one space — how a cell, a list item or a label reads when compared or named."""
    return " ".join(visible_text(node).split())


class _Remembered(threading.local):
    """Each node's visible text by its ``mem_id`` while a settled tree is read
    (``remember_visible_texts``): a listing's candidate groups nest, and each block's readers —
    its title, day, place and scoring — ask for the same elements' texts again (~85 % of the
    calls on the corpus pages ask for a text already read). One per thread, as the document
    being read is (``block_text.reading_one_document``)."""

    texts: dict[int, str] | None = None


_remembered = _Remembered()


def remember_visible_texts(memo: dict[int, str] | None) -> dict[int, str] | None:
    """Remember each node's ``visible_text`` in ``memo`` from now on, in this thread (None:
    remember nothing); returns the memo in use before. Only while the tree is not changed: a
    ``mem_id`` names a node only while it lives, and a changed subtree reads differently."""
    before, _remembered.texts = _remembered.texts, memo
    return before


def visible_text(node: LexborNode) -> str:
    """``node.text(separator=" ", strip=True)``, but text nodes that touch inside plain inline
    elements run on ("DEPOT61", see the module docstring)."""
    remembered = _remembered.texts
    if remembered is None:
        return _visible_text(node)
    key = node.mem_id
    text = remembered.get(key)
    if text is None:
        text = remembered[key] = _visible_text(node)
    return text


def _visible_text(node: LexborNode) -> str:
    raw = node.text(separator=_SEPARATOR, strip=False)
    if _SEPARATOR not in raw or len(raw) > _FIELD_CHARS or _TOUCHING.search(raw) is None:
        # Nothing touches (or a whole container's text, searched for cues where a space more
        # changes nothing; walking it costs ~10x the field's): as before. That is
        # ``node.text(separator=" ", strip=True)`` — each text node stripped, joined by spaces —
        # made of the text nodes ``raw`` already holds, without a second walk of the tree (~1.3
        # of ~5.5 µs a call; no text node holds a NUL, see ``_SEPARATOR``).
        return " ".join([part.strip() for part in raw.split(_SEPARATOR)])
    if node.is_text_node:
        return raw.strip()
    joiner = InlineJoiner(node)
    runs: list[str] = []
    for child in node.traverse(include_text=True):
        if not child.is_text_node:
            joiner.element(child)
            continue
        text = child.text_content or ""
        if joiner.text(child, text) and runs:
            runs[-1] += text
        else:
            runs.append(text)
    return " ".join(run.strip() for run in runs)


class InlineJoiner:
    """Fed the nodes of one traversal below ``root`` in order (``element`` for elements,
    ``text`` for text nodes), says of each text node whether it runs on from the text before it
    without a space."""

    __slots__ = ("_apart", "_chain", "_last", "_owner", "_root")

    def __init__(self, root: LexborNode) -> None:
        self._root = root.mem_id
        self._apart = True  # something since the last text node sets the next one apart
        self._chain: list[LexborNode] = []  # the last text node's inline ancestors
        self._owner: int | None = None  # ... and the block around them
        self._last = ""

    def element(self, node: LexborNode) -> None:
        """An element entered between two text nodes (an ancestor of the next one, or an empty
        element between them)."""
        if node.mem_id != self._root and node.tag != _COMMENT and _sets_apart(node):
            self._apart = True

    def break_line(self) -> None:
        """The caller starts a new line here (its own ``<br>`` or block handling)."""
        self._apart = True

    def text(self, node: LexborNode, text: str) -> bool:
        """Whether ``text`` (the text node ``node``'s) runs on from the previous text node."""
        if not text:
            return False  # an empty node neither joins nor parts its neighbours
        chain, owner = self._inline_chain(node)
        joins = (
            not self._apart
            and owner == self._owner
            and not self._last[-1].isspace()
            and not text[0].isspace()
            and not _left_apart(self._chain, chain, self._last, text)
            and not _sibling_pieces(self._chain, self._last, chain, text)
            and not _clock_then_a_word(self._last, text)
        )
        self._apart = False
        self._chain, self._owner, self._last = chain, owner, text
        return joins

    def _inline_chain(self, node: LexborNode) -> tuple[list[LexborNode], int | None]:
        """The text node's ancestors up to its block (or the root), and that block's id."""
        chain: list[LexborNode] = []
        parent = node.parent
        while parent is not None and parent.mem_id != self._root and parent.tag in GLUE_TAGS:
            chain.append(parent)
            parent = parent.parent
        return chain, parent.mem_id if parent is not None else None


# Attributes that only colour or label an inline element; any other (class, id, data-*, a
# framework's scoping mark such as data-astro-cid-…) is a hook a style sheet may lay out by.
_PLAIN_ATTRIBUTES = frozenset({"style", "lang", "dir", "title", "color", "face", "size"})


def _sets_apart(node: LexborNode) -> bool:
    return node.tag not in GLUE_TAGS or any(
        name not in _PLAIN_ATTRIBUTES for name in node.attributes
    )


def _sibling_pieces(
    before: list[LexborNode], last: str, after: list[LexborNode], text: str
) -> bool:
    """Two sibling inline elements of different kinds, each holding one whole piece —
    a badge's ``<b>03</b><i>Okt</i><em>Sa</em>``: the pieces a style sheet stacks (day, month,
    weekday), never one word; ``<span>DEPOT</span><span>61</span>`` (one kind) still runs on."""
    if not before or not after:
        return False
    first, second = before[0], after[0]
    if first.mem_id == second.mem_id or first.tag == second.tag:
        return False
    parent_first, parent_second = first.parent, second.parent
    return (
        parent_first is not None
        and parent_second is not None
        and parent_first.mem_id == parent_second.mem_id
        and (first.text(deep=True) or "") == last
        and (second.text(deep=True) or "") == text
    )


# „10.00 Uhr“, „18:30“ ending a text node: a whole clock.
_CLOCK_AT_THE_END = lazy_re.compile(r"(?:\d\s?Uhr|\d[:.]\d\d)$")


def _clock_then_a_word(last: str, text: str) -> bool:
    """A clock never runs on into the capitalised word after it: „<span>10.00 Uhr</span><span>
    Treffpunkt Bahnhof Olten</span>“ in a card's meta line are its hours and its place, which a
    style sheet sets apart, not „10.00 UhrTreffpunkt“ („<b>Hel</b>lo“ or „DEPOT61“ still join)."""
    return text[:1].isupper() and _CLOCK_AT_THE_END.search(last[-8:]) is not None


def _left_apart(before: list[LexborNode], after: list[LexborNode], last: str, text: str) -> bool:
    """Whether an element left between two text nodes (an inline ancestor of the first that is
    none of the second) sets them apart — not one that holds only the capital a word opens with
    (``_a_words_initial``)."""
    if not before:
        return False
    kept = {node.mem_id for node in after}
    initial = _a_words_initial(last, text)
    return any(
        node.mem_id not in kept
        and _sets_apart(node)
        and not (initial and (node.text(deep=True) or "") == last)
        for node in before
    )


def _a_words_initial(last: str, text: str) -> bool:
    """„<span class="imUl">P</span>rotokoll“: an element marked to underline or enlarge a word's
    first letter (an access key, a drop cap) holds one capital, and the word runs on in small
    letters right after it — one word, „Protokoll“, whatever the mark lays out."""
    return len(last) == 1 and last.isalpha() and last.isupper() and text[:1].islower()
