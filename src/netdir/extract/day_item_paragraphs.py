"""A list that holds one day and nothing else, right over a paragraph that opens with a bold
name: „<ul><li>25th February 2019</li></ul><p><strong>Composition</strong> – We have looked at
…</p>“. A hand-written programme (a club's Markdown post) bullets each meeting's day and writes
the meeting in the paragraph below it; the bold opening of that paragraph names the day's
meeting — not the section heading over all the days („Workshops / Focus Points“), nor a note
beside the day („20th May 2019 (due to Bank Holiday)“)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day
from netdir.extract.bracketed_notes import is_bracketed_note
from netdir.extract.date_cues import search_date_like
from netdir.extract.element_siblings import element_after
from netdir.extract.inline_text import visible_line
from netdir.extract.title_text import MAX_TEXT_TITLE, is_junk_title, title_in_text

_LISTS = frozenset({"ul", "ol"})
_BOLD = frozenset({"strong", "b"})
SOURCE = "listing:bold opening of the paragraph after the day"


def name_in_the_paragraph_after(block: LexborNode) -> str | None:
    """The bold name opening the paragraph right after a list of one item that says a day and
    nothing else (a bracketed note beside the day aside); ``block`` is that list or its item."""
    container = block if block.tag in _LISTS else block.parent
    if container is None or container.tag not in _LISTS:
        return None
    if block is not container and block.tag != "li":
        return None
    if sum(1 for child in container.iter() if child.is_element_node) != 1:
        return None  # a list of several days is read row by row, each its own name
    if not _only_a_day(visible_line(container)):
        return None
    after = element_after(container)
    if after is None or after.tag != "p":
        return None
    bold = _opening_bold(after)
    if bold is None:
        return None
    text = visible_line(bold)
    if not text or len(text) > MAX_TEXT_TITLE:
        return None
    name = title_in_text(text)
    return None if name is None or is_junk_title(name) else name


def _only_a_day(text: str) -> bool:
    match = search_date_like(text)
    if match is None or not names_a_day(match.group(0)):
        return False
    rest = (text[: match.start()] + text[match.end() :]).strip(" ,.;:-–")
    return not rest or is_bracketed_note(rest)


def _opening_bold(paragraph: LexborNode) -> LexborNode | None:
    """The paragraph's first child when it is a bold element (no words before it)."""
    for child in paragraph.iter(include_text=True):
        if child.is_text_node:
            if (child.text_content or "").strip():
                return None
            continue
        return child if child.tag in _BOLD else None
    return None
