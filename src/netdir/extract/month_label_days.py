"""Lines that open with a bare day under a label that names only the month.

A volunteer fire brigade's duty roster lays the year out as one card per month: the card's
header says „Januar“, the list below it holds one line per duty evening, „04. - 19.00 Uhr -
Allgemeine Belange, rechtliche Grundlagen - H. Friebel“. A reader takes the month from the
header; the line alone names only the 4th, and nothing reads a day without its month. When
every item of a list opens with such a day (a number and its dot, followed by neither a
month's number nor a month's name) and the element right before the list — or before one of
its nearest containers — says only a month (and maybe its year), the month is written after
each item's day („04. Januar - 19.00 Uhr …“), as a reader reads it. A list with one item that
does not open so is left as it is: an agenda or a ranking numbers its points the same way.

A homeowners association's calendar does the same with headings and paragraphs: „<h1>2026</h1>“,
„<h2>October</h2>“, then „<p><strong>10th - Time TBD</strong>: Annual Meeting</p>“. The day is an
English ordinal („10th“, „1st“), the month the heading's right above. When every paragraph
between a heading that says only a month and the next heading opens with such an ordinal (one
paragraph or a few), the month is written after each day („10th October - Time TBD …“); the year
comes from the year's heading above, as for any day and month (``heading_year_above``). A German
bare day („10.“) under a month heading is left alone here: a paragraph numbers its points so.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import MONTH_WORD
from netdir.extract.element_siblings import element_before
from netdir.extract.ordered_days import first_text_node

# „04.“ opening an item, not „04.05.“ (a full date) nor „4. Januar“ (its month named); a clock
# may follow („02. 8.00 Uhr“).
_BARE_DAY = lazy_re.compile(
    r"^\s*(?P<day>0?[1-9]|[12]\d|3[01])\.(?!\d|\s*\d{1,2}\.(?!\d)|\s*[^\W\d_]{3,})"
)
# „Januar“, „März 2017“, „Okt.“: a month word, maybe its year, nothing else.
_MONTH_LABEL = lazy_re.compile(r"^\s*(?P<month>[^\W\d_]{3,}\.?)(?:\s+(?P<year>(?:19|20)\d\d))?\s*$")
_LIST_TAGS = frozenset({"ul", "ol"})
# „10th“, „1st“, „22nd“ opening a paragraph, its month not named after it („10th of October“).
_ORDINAL_DAY = lazy_re.compile(
    r"^\s*(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?[^\W\d_]{3,}\b(?<!TBD))"
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MONTH_PARAGRAPHS = 6  # the paragraphs a month's heading holds: a calendar's few entries
_CONTAINER_LEVELS = 3  # the list, its card body, the card: where the month label sits before
_LABEL_CHARS = 20


def write_label_months(body: LexborNode) -> None:
    """Write the month of a list's label after each item's bare opening day."""
    for listing in body.css("ul, ol"):
        items = [child for child in listing.iter(include_text=False) if child.tag == "li"]
        if not items:
            continue
        openings = [first_text_node(item) for item in items]
        if any(text is None or not _BARE_DAY.match(text.text() or "") for text in openings):
            continue
        month = _month_label(listing)
        if month is None:
            continue
        for text in openings:
            if text is None:
                continue
            value = text.text() or ""
            day = _BARE_DAY.match(value)
            if day is not None:
                text.replace_with(f"{value[: day.end()]} {month}{value[day.end() :]}")


def write_heading_months_after_ordinals(body: LexborNode) -> None:
    """Write a month heading's month after the ordinal day opening each paragraph below it."""
    for heading in body.css("h1, h2, h3, h4, h5, h6"):
        text = " ".join((heading.text(separator=" ") or "").split())
        label = _MONTH_LABEL.match(text) if len(text) <= _LABEL_CHARS else None
        if label is None or not MONTH_WORD.match(label["month"]):
            continue
        paragraphs: list[LexborNode] = []
        node = heading.next
        while node is not None and node.tag not in _HEADING_TAGS:
            if node.is_element_node:
                if node.tag != "p":
                    paragraphs = []
                    break
                paragraphs.append(node)
            node = node.next
        if not paragraphs or len(paragraphs) > _MONTH_PARAGRAPHS:
            continue
        openings = [first_text_node(paragraph) for paragraph in paragraphs]
        if any(t is None or not _ORDINAL_DAY.match(t.text() or "") for t in openings):
            continue
        for opening in openings:
            if opening is None:
                continue
            value = opening.text() or ""
            day = _ORDINAL_DAY.match(value)
            if day is not None:
                opening.replace_with(f"{value[: day.end()]} {text}{value[day.end() :]}")


def _month_label(listing: LexborNode) -> str | None:
    """The month (and year) the element right before the list or its containers names alone."""
    node: LexborNode | None = listing
    for _ in range(_CONTAINER_LEVELS):
        if node is None or node.tag == "body":
            return None
        before = element_before(node)
        if before is not None and before.tag not in _LIST_TAGS:
            text = " ".join((before.text(separator=" ") or "").split())
            label = _MONTH_LABEL.match(text) if len(text) <= _LABEL_CHARS else None
            if label is not None and MONTH_WORD.match(label["month"]):
                return text
            if text:
                return None  # something else stands between the list and any label above
        node = node.parent
    return None
