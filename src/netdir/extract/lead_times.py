"""The start time a list states once, in its lead, for every row below it.

A concert season's page says above its accordion „Der Konzertbeginn ist um 19:00 Uhr. Der Einlass
öffnet eine halbe Stunde vor Konzertbeginn.“ and each panel title names only the day („10. Mai
2025 / Chaos und Paukenschlag“). A reader takes 19:00 for every concert. When no row of a list
states a time of its own and a short paragraph just before the list (its container's preceding
siblings, a few levels up) states when everything begins („Konzertbeginn ist um 19:00 Uhr“,
„Beginn jeweils 20 Uhr“, „Alle Veranstaltungen beginnen um 19.30 Uhr“), each dated row takes that
time; its date's provenance says so. Doors („Einlass“) open no event. So do the hours a sentence
says the events take place in („Diese finden von 18 bis ca. 22 Uhr statt“) and the clock of each
of them („Die Vorträge … finden statt vom 3. bis 5. Juni, jeweils um 19.15 Uhr, in der AULA …“).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.lead_bounds import LeadWalk
from netdir.extract.lead_sentence import SHARED_HOURS
from netdir.extract.start_days import day_of_text
from netdir.normalize.when import parse_when
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT
from netdir.records import RawRecord

# („Der Monatsstammtisch startet immer gegen 9:15.“: a clock with a colon needs no „Uhr“.)
_SHARED_START = lazy_re.compile(
    r"\b(?:(?:konzert|veranstaltungs|vorstellungs|programm)?beginn\s*[:：]?\s*(?:ist\s+)?"
    r"|(?:beginnen|starten|beginnt|startet)\s+"
    # „Vom 1. bis 24. Dezember wird jeden Abend um 18:00 Uhr ein neues Fenster eröffnet“: the
    # clock of every day of the list („täglich um“; „täglich ab 10 Uhr“ are opening hours).
    r"|(?:jeden\s+(?:abend|tag|morgen|nachmittag)|täglich|allabendlich)\s+(?=um\s))"
    # („Alle anderen Aufführungen beginnen wie gewohnt um 20.00 Uhr“.)
    r"(?:(?:alle|jeweils|immer|stets|grundsätzlich|wie\s+(?:gewohnt|immer|üblich))\s+)*"
    r"(?:um\s+|ab\s+|gegen\s+)?"
    r"(?:(?P<time>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*Uhr\b"
    r"|(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:]))",
    re.I,
)
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
# „Diese finden von 18 bis ca. 22 Uhr statt“: the hours the events take place in.
_TAKING_PLACE_HOURS = lazy_re.compile(
    rf"\bfinde[nt]\b[^.!?]{{0,80}}?\bvon\s+(?P<start>{_CLOCK})\s*(?:Uhr\s+)?bis\s+(?:ca\.\s*)?"
    rf"(?P<end>{_CLOCK})\s*Uhr\b[^.!?]{{0,60}}\bstatt\b",
    re.I,
)
_TAKES_PLACE = lazy_re.compile(r"\bfinde[nt]\b")
# „Tuesdays“, „every Tuesday“, „dienstags“, „jeden Dienstag“: a weekday that recurs.
_WEEKLY = lazy_re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"|every\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"|(?:{GERMAN_WEEKDAY_ALT})s"
    rf"|jeden\s+(?:{GERMAN_WEEKDAY_ALT}))\b",
    re.I,
)
_SPACES = lazy_re.compile(r"\s+")
#: Provenance suffix of a date text whose time the list's lead states.
FROM_LEAD = " + time:the list's lead"
_LEVELS = 3  # the list's container and two around it
_SIBLINGS = 4  # elements before it on each level
_LEAD_CHARS = 400  # a lead paragraph, not an article


def times_from_the_lead(group: list[RawRecord], first: LexborNode) -> list[RawRecord]:
    """``group`` (one listing's rows, ``first`` its first row's node) with the lead's time."""
    dated = [r for r in group if r.start is None and r.date_text and names_a_day(r.date_text)]
    if any(r.date_text and TIME_LIKE.search(r.date_text) for r in group):
        dated = _rows_of_the_first_list(dated, first)
    if not dated:
        return group
    time = _lead_time(first)
    if time is None:
        return group
    add_shared_time(dated, time, FROM_LEAD)
    return group


#: Provenance suffix of a row's time that the lead states for the row's day.
FROM_LEAD_DAY = " + time:the same day told in the list's lead"


def time_of_the_day_in_the_lead(group: list[RawRecord], first: LexborNode, today: date) -> None:
    """„Next Council Meeting“ / „Scheduled for 7.00pm Tuesday 18 August.“ above a list whose row
    „18 August 2026“ gives no hour: the lead tells that one day again with its clock, and the
    row on that day takes it (only when one row has that day). Changes ``group`` in place."""
    untimed = [
        r for r in group if r.date_text and names_a_day(r.date_text) and not _timed(r.date_text)
    ]
    if not untimed:
        return
    for text in _texts_before(first):
        if len(DATE_LIKE.findall(text)) != 1:
            continue  # no day, or several: not one day told again
        if _WEEKLY.search(text):
            # „Cohort 1: (starts 2021-02-16) - Tuesdays, 12pm EST/EDT“: a weekly slot (its
            # hour read for the next Tuesday), not one day told again with its clock
            continue
        told = parse_when(text, today=today)
        if told.start is None or told.all_day or len(told.start) < 16:
            continue
        same = [r for r in untimed if (day_of_text(r.date_text, today) or "") == told.start[:10]]
        if len(same) == 1:
            add_shared_time(same, told.start[11:16], FROM_LEAD_DAY)
        return


_PARAGRAPHS = "p, li, h2, h3, h4"
_LAST_PARAGRAPHS = 3  # the end of the box before the list: „Next Council Meeting“ / its day


def _texts_before(first: LexborNode) -> Iterator[str]:
    """The short texts before a list, nearest first: its lead (``lead_texts``) and, where the
    element before the list's box is a long one (the page's introduction), that box's last few
    paragraphs."""
    yield from lead_texts(first, _SIBLINGS)
    yield from _last_paragraphs_of_a_long_lead(first)


def _last_paragraphs_of_a_long_lead(first: LexborNode) -> Iterator[str]:
    """Where the element before the list's box is a long one (the page's introduction), that
    box's last few paragraphs, nearest first."""
    container: LexborNode | None = first
    for _ in range(_LEVELS + 1):
        if container is None:
            return
        sibling = container.prev
        while sibling is not None and not (
            sibling.is_element_node and visible_text(sibling).strip()
        ):
            sibling = sibling.prev
        if sibling is not None and len(visible_text(sibling)) > _LEAD_CHARS:
            for paragraph in list(sibling.css(_PARAGRAPHS))[-_LAST_PARAGRAPHS:][::-1]:
                yield visible_text(paragraph)
            return
        container = container.parent


def _timed(date_text: str) -> bool:
    return TIME_LIKE.search(date_text) is not None


def _rows_of_the_first_list(dated: list[RawRecord], first: LexborNode) -> list[RawRecord]:
    """The rows of the list the lead stands over, when the group goes on into another list
    whose rows state their times (the workshops below the monthly meetings): the rows whose
    day the first row's container shows, if that container shows no time at all."""
    container = first.parent
    text = _SPACES.sub(" ", visible_text(container)) if container is not None else ""
    if not text or TIME_LIKE.search(text):
        return []
    return [r for r in dated if r.date_text and _SPACES.sub(" ", r.date_text) in text]


def add_shared_time(records: list[RawRecord], time: str, where: str) -> None:
    """Each record's date text with the time the list states once; its provenance says where."""
    for record in records:
        record.date_text = f"{record.date_text}, {time}"
        record.field_sources["date_text"] = (
            record.field_sources.get("date_text", "listing:") + where
        )


def _lead_time(first: LexborNode) -> str | None:
    """The lead's clock („19:00 Uhr“) or hours („18 - 22 Uhr“) for every row."""
    for text in lead_texts(first, _SIBLINGS):
        if time := shared_start(text):
            return time
        if match := _TAKING_PLACE_HOURS.search(text):
            return f"{match.group('start')} - {match.group('end')} Uhr"
        if _TAKES_PLACE.search(text) and (match := SHARED_HOURS.search(text)):
            return " ".join(match.group("hours").split())  # „…, jeweils um 19.15 Uhr, …“
    # An introduction of two paragraphs above an Advent calendar's boxes: its sentence „… wird
    # jeden Abend um 18:00 Uhr ein neues Fenster … eröffnet“ (only a start said for all).
    for text in _last_paragraphs_of_a_long_lead(first):
        if time := shared_start(text):
            return time
    return None


def shared_start(text: str) -> str | None:
    """The one start a text states for everything („Beginn jeweils 20 Uhr“, „Alle anderen
    Aufführungen beginnen wie gewohnt um 20.00 Uhr“) as „20 Uhr“; None when it states none."""
    if match := _SHARED_START.search(text):
        return f"{match.group('time') or match.group('clock')} Uhr"
    return None


def lead_texts(
    first: LexborNode, siblings: int, chars: int = _LEAD_CHARS, levels: int = _LEVELS
) -> Iterator[str]:
    """The texts of the short elements (up to ``chars``) before a list (``first`` its first
    row's node): up to ``siblings`` elements before its container on each of a few levels,
    nearest first — beginning with the row's own, when the rows stand among the page's other
    blocks (a programme's day blocks under „Zeit und Ort“ and „Programm“). Past the list's
    heading, another list of days and its section's texts are passed over (lead_bounds)."""
    for _node, text in lead_elements(first, siblings, chars, levels):
        yield text


def lead_elements(
    first: LexborNode, siblings: int, chars: int = _LEAD_CHARS, levels: int = _LEVELS
) -> Iterator[tuple[LexborNode, str]]:
    """The elements ``lead_texts`` reads, each with its text (for a caller that needs the
    markup: the pin icon of an address block)."""
    container: LexborNode | None = first
    walk = LeadWalk()
    for _ in range(levels + 1):
        if container is None:
            return
        sibling = container.prev
        seen = 0
        while sibling is not None and seen < siblings:
            text = visible_text(sibling) if sibling.is_element_node else ""
            if text.strip():  # an empty box (a spacer, an image) is no paragraph
                seen += 1
                if walk.admits(sibling, text) and len(text) <= chars:
                    yield sibling, text
            sibling = sibling.prev
        container = container.parent
