"""A card that lists the days its production is shown: each listed day is one performance.

A stage's home page teases each production in a card — the Sparte, the name, a tagline, the
composer — and under it the days it is played, one list item each, without a year::

    <div class="headline"><span>Il barbiere di Siviglia</span></div>
    <ul class="toggable__elements">
      <li><span class="date">15.6.</span><span class="date-sep">/</span></li>
      <li><span class="date">17.6.</span><span class="date-sep">/</span></li>
      <li class="is-over-limit"><span class="date">13.12.</span> …</li>
      <li aria-hidden="true"><button>5</button></li>
    </ul>

A reader sees the opera on each of those days, not once on its first. A list is such when each
of its items is a bare day (a day and a month, perhaps a weekday, a year or an hour) with at
most a separator beside it („/“, „·“, „|“, „,“), and two or more are — the card's one such list
(a market's card with a list of days per month is a calendar, read elsewhere); an item that is only a
button (the „5 weitere Termine anzeigen“ toggle) is the list's control, not a day. Each day is
the card's offering on that day — unless the card dates itself otherwise (a conference's run
„7. bis 9. August 2026“ over the hours of each of its days: one event, the list its schedule);
the days run forward in the page's order, so a list that
reaches „20.3.“ after „21.11.“ has crossed New Year (the listing reads the years along the list,
``running_years``, for the records whose date provenance holds ``LISTED_DAY``). A day the list
names twice („26.6. / 26.6.“) is two performances that day, and the second stays a record of its
own (``ANOTHER_SHOWING``).
"""

from __future__ import annotations

from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, css_matches, names_a_day, node_text
from netdir.extract.calendar_days import day_and_month
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE
from netdir.extract.lead_sentence import lead_of_list
from netdir.extract.question_sections import name_before_the_question
from netdir.extract.sub_items import part_of

#: Provenance suffix of a day read from a card's list of performance days.
LISTED_DAY = " (a day of the card's list)"
#: ... and of a day the list names again: a second performance that day (a matinee, an evening).
ANOTHER_SHOWING = " (another showing that day)"
_MIN_DAYS = 2
_HEADINGS = ", ".join(HEADING_TAGS)
# The marks a list sets between its days („15.6. / 17.6.“, „Mo 3.2. · Di 4.2.“).
_SEPARATORS = lazy_re.compile(r"^[\s/|·•,;–—-]+|[\s/|·•,;–—-]+$")


def days_listed_in_the_card(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per day of the block's list of bare days (see the module docstring), named
    as the block is; [] when the block holds no such list of two or more days."""
    if reading.title is None:
        return []
    found = [
        (day_list, days)
        for node in segment
        for day_list in ([node] if node.tag in ("ul", "ol") else css_matches(node, "ul, ol"))
        if (days := _days_of(day_list)) is not None and len(days) >= _MIN_DAYS
    ]
    if len(found) != 1:
        return []  # a market's lists of days, one per month: a calendar, read as one elsewhere
    day_list, days = found[0]
    if reading.date_text is not None and reading.date_text not in days:
        # „Freitag, 7. August 2026 bis Sonntag, 9. August 2026“ over „Freitag, 07.08. 18:00 -
        # 21:00 Uhr“ …: the card's own run, the list its days' programme.
        return []
    where = f"listing:{day_list.tag} li{LISTED_DAY}"
    timed = _timed_heading_days(segment)
    named = name_before_the_question(segment, day_list)
    if named is not None:
        # „<h3>Musikkurs für Kinder</h3> … <h3>Wann und wo findet der Kurs statt?</h3> …“ over
        # the days: the course asked about names them, not the card's „Kursinformationen“ (the
        # card's own heading still: its source ends with the heading's tag).
        where_named = f"listing:section asked about>{named.tag}"
        sources = {**reading.sources, "title": where_named}
        reading = replace(
            reading, title=" ".join((node_text(named) or "").split()), sources=sources
        )
    lead = lead_of_list(day_list)
    hours = lead.hours if lead is not None else None
    return [
        _one(
            reading,
            # „<h3>Sonnabend, 7. April 2018, 10:00 bis 12:00 Uhr</h3>“ over „7. April“, „5. Mai“
            # …: the listed day the card's heading gives keeps that heading's hours
            _with_hours(timed.get(day_and_month(day) or (0, 0), day), hours),
            where + (ANOTHER_SHOWING if day in days[:index] else ""),
        )
        for index, day in enumerate(days)
    ]


def _with_hours(day: str, hours: str | None) -> str:
    """„12.10.2026“ under „Immer montags um 15:10 - 15.40Uhr“: the day at the hours the line
    above the list gives every day (a day with its own clock keeps it)."""
    if hours is None or TIME_LIKE.search(day):
        return day
    return f"{day} {hours}"


def _timed_heading_days(segment: list[LexborNode]) -> dict[tuple[int, int], str]:
    """The days the block's headings give with their hours, by day and month."""
    timed: dict[tuple[int, int], str] = {}
    for node in segment:
        for heading in [node] if node.tag in HEADING_TAGS else css_matches(node, _HEADINGS):
            found = DATE_PHRASE.search(node_text(heading) or "")
            if found is None or not TIME_LIKE.search(found.group(0)):
                continue
            if (day := day_and_month(found.group(0))) is not None:
                timed.setdefault(day, found.group(0))
    return timed


def _one(reading: BlockReading, day: str, where: str) -> BlockReading:
    part = part_of(reading, reading.title or "", day, reading.location_text, where, own_place=False)
    part.sources["title"] = reading.sources.get("title", "listing:")  # the card's own name
    return part


def _days_of(day_list: LexborNode) -> list[str] | None:
    """The days of a list whose every item is a bare day; None when an item says more."""
    days: list[str] = []
    child = day_list.child
    while child is not None:
        if child.is_element_node and child.tag == "li":
            text = _SEPARATORS.sub("", " ".join((node_text(child) or "").split()))
            if text and not _only_a_button(child, text):
                match = DATE_PHRASE.fullmatch(text)
                if match is None or not names_a_day(text):
                    return None
                days.append(text)
        child = child.next
    return days


def _only_a_button(item: LexborNode, text: str) -> bool:
    """An item that holds nothing but a button (the list's „5 weitere Termine“ toggle)."""
    buttons = css_matches(item, "button")
    return bool(buttons) and " ".join(node_text(b) or "" for b in buttons).strip() == text
