"""A meetup's post that is only its headline, its date and a table of bare clocks.

A user group's site (Docusaurus, one blog post per meetup) gives no day in the post's text at
all: under the h1 „PHPUGMRN 05/25“ stand only the post's date („<time datetime=2025-10-30…>30.
Oktober 2025</time>“, the path's 20251030) and a table „Uhrzeit |“ of „19:00 | Ankommen“, „19:30
| Beginn/Vorstellungsrunde“, „19:45 | The one hour expression language, Dan Leech“, „20:30 |
Pause“, „21:30 | Abschluss“. A post's own date is otherwise only when it went up
(``published_day``: no event's day), so the meetup was dropped — or its rows were read as a list
named by the speakers' links. A reader of a post whose body is a programme of bare clocks takes
the date for the programme's day, as nothing else could give the clocks one: the headline is the
meetup, from the table's first clock, and the rows are its points (``clock_table_programme``).

Read only when the page has one h1, a table of a time and a name column with two or more points,
and the part of the page holding both names no day of its own besides its ``<time>`` stamps (a
post announcing a festival „am 25. Juni“ over its programme is read by the event page's rules).
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.clock_table_programme import begins_at_the_first_clock, programme_table_points
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.inline_text import visible_line
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:the post's headline over its programme table (its date the day)"
_CONFIDENCE = 0.6


def _around_both(first: LexborNode, second: LexborNode) -> LexborNode | None:
    """The innermost element holding both nodes."""
    ancestors = set()
    node: LexborNode | None = first
    while node is not None:
        ancestors.add(node.mem_id)
        node = node.parent
    node = second
    while node is not None and node.mem_id not in ancestors:
        node = node.parent
    return node


def _names_a_day_of_its_own(container: LexborNode, table: LexborNode) -> bool:
    """Whether the container's text outside its ``<time>`` stamps and the table names a day."""
    skipped = {table.mem_id, *(stamp.mem_id for stamp in container.css("time"))}
    parts: list[str] = []
    for node in container.traverse(include_text=True):
        if not node.is_text_node:
            continue
        parent = node.parent
        while parent is not None and parent.mem_id != container.mem_id:
            if parent.mem_id in skipped:
                break
            parent = parent.parent
        else:
            parts.append(node.text_content or "")
    return DATE_PHRASE.search(" ".join(parts)) is not None


def programme_post_records(
    tree: LexborHTMLParser, context: PageContext, published: date
) -> list[RawRecord]:
    """The meetup and its programme's points (see the module's doc); [] when the page is no such
    post."""
    body = tree.body
    if body is None or body.css_first("table") is None:
        return []
    headlines = body.css("h1")
    if len(headlines) != 1:
        return []
    title = visible_line(headlines[0])
    if not title:
        return []
    today = context.fetched_at.date()
    meetup = context.new_record(EXTRACTOR, title, confidence=_CONFIDENCE)
    meetup.field_sources["title"] = _WHERE
    set_field(meetup, "date_text", published.isoformat(), _WHERE)
    set_field(meetup, "url", context.base_url, "page")
    points = programme_table_points(tree, context, meetup, today)
    if not points:
        return []
    table = next(
        (t for t in body.css("table") if begins_at_the_first_clock(t, meetup, today)), None
    )
    if table is None:
        return []
    container = _around_both(headlines[0], table)
    if container is None or _names_a_day_of_its_own(container, table):
        return []
    return [meetup, *points]
