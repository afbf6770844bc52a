"""A bold paragraph that is only a day and its hours, over a plain paragraph that names the event.

A parish library's holiday programme, written as a Markdown post, gives each offering two
paragraphs::

    <p><strong>Montag, 11.7.2022 - 10:00 - 11:00 Uhr</strong></p>
    <p>Science Club - Wie kommt der Dreck aus dem Wasser? Kläranlagen selber bauen</p>
    <p><strong>Freitag, 19.8.2022 - 19:00 - 23:00 Uhr</strong></p>
    <p>Spielenacht mit Rätselrallye</p>

Read paragraph by paragraph, the bold day is the row and names nothing, so every day took the
post's title („Ferienpass Sommer 2022“). The bold line heads the paragraph below it as a day
heading does: that paragraph, when it is short, plain (no bold label) and names no day itself,
names the day's offering — where two or more such pairs stand side by side, a programme; one
bold day in a section over a note is that section's day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import search_date_like
from netdir.extract.element_siblings import element_after
from netdir.extract.inline_text import visible_line
from netdir.extract.title_text import MAX_TEXT_TITLE, is_junk_title, title_in_text

SOURCE = "listing:paragraph below the bold day"

_BOLD = frozenset({"strong", "b"})


def name_in_the_paragraph_below(block: LexborNode) -> str | None:
    """The name the plain paragraph right after ``block`` gives, when ``block`` is a paragraph
    that is a day (and its hours) all in bold; None otherwise."""
    if block.tag != "p" or not _a_bold_day(block) or _name_below(block) is None:
        return None
    parent = block.parent
    if parent is None:
        return None
    pairs = sum(
        1
        for child in parent.iter(include_text=False)
        if child.tag == "p" and _a_bold_day(child) and _name_below(child) is not None
    )
    # One bold day in a section („<h3>Vortrag …</h3> … <p><strong>Mittwoch, 23. September
    # 2026, 16–17:30 Uhr</strong></p><p>Für alle Interessierten …</p>“) is the section's day,
    # the line below it a note: only a programme of such pairs is read so.
    return _name_below(block) if pairs >= _MIN_PAIRS else None


_MIN_PAIRS = 2


def _name_below(block: LexborNode) -> str | None:
    """The name the plain paragraph right after ``block`` gives: a short line without a day and
    without bold (a labelled line „<strong>Title:</strong> …“ is a field, not the name)."""
    below = element_after(block)
    if below is None or below.tag != "p":
        return None
    if any(child.tag in _BOLD for child in below.iter(include_text=False)):
        return None
    text = visible_line(below)
    if not text or len(text) > MAX_TEXT_TITLE or search_date_like(text) is not None:
        return None  # a description, or a line that is dated itself (the next day's row)
    name = title_in_text(text)
    return None if name is None or is_junk_title(name) else name


def _a_bold_day(paragraph: LexborNode) -> bool:
    """„<p><strong>Montag, 11.7.2022 - 10:00 - 11:00 Uhr</strong></p>“: a paragraph that says a
    day (its hours may follow) and nothing else, all of it in one bold element."""
    text = visible_line(paragraph)
    if not text or not names_a_day(text) or not is_junk_title(text):
        return False  # no day, or words beside it that could name the day's event
    bold = [child for child in paragraph.iter(include_text=False) if child.tag in _BOLD]
    return len(bold) == 1 and visible_line(bold[0]) == text
