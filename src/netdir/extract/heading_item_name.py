"""One meeting's name from the heading of a list of them: „2026 Council Meetings“ → „Council Meeting“.

A council archive's year page heads its table „2026 Council Meetings“ and each row holds only the
day and its documents (Agenda, Minutes, Video); a reader names each row „Council Meeting“. When a
row is named by the heading above it and that heading ends in the English plural of a meeting word
(„Meetings“, „Hearings“, „Sessions“ …), the row takes the singular, without the heading's year or
a word that only sorts the list („Upcoming“, „Past“); a heading that names the singular meeting
word before a word for its list and then the year („Meeting Dates 2024“, „Board Meeting Schedule
2026“) gives the words up to the meeting word („Meeting“, „Board Meeting“) — without the year
„Meeting Schedule“ may be a name of its own; any other heading stays as it is — it may
be the name of one series („Troop Meetings“ as a row's own title is not touched here). A heading
that is only a quoted work and its author („„Leben im All“ von Gerhard A. Meyer“) names each row
by the work (``work_credits``).

A German section heading over a list of days does the same in one word: „Vorstandssitzungen 2026“
over „12.03. | 23.04. | …“ names each day „Vorstandssitzung“ (``one_of_series``). The two share
the heading's cleanup (the year that dates the list is no part of one item's name); the plural
rules stay each language's own: English names a meeting word and keeps the words before it,
German turns a one-word compound's regular plural ending back („-ungen“ → „-ung“) and leaves a
heading of several words alone („Offene Führungen“ may be the series' own name).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.work_credits import work_without_its_author

# The meeting word at the heading's end, in the plural.
_PLURAL_END = lazy_re.compile(
    r"\b(?P<stem>meeting|hearing|session|workshop|rehearsal|lecture|seminar|conference)s\s*$",
    re.I,
)
# „2026 Council Meetings“, „Council Meetings 2026“, „Upcoming Board Meetings“: words that sort
# or date the list, not the meeting.
_LIST_WORDS = lazy_re.compile(
    r"^(?:(?:19|20)\d{2}|upcoming|past|previous|recent|scheduled|future|all|our)\s+", re.I
)
# „Council Meetings 2026“, „Vorstandssitzungen 2026“: the year that dates the list.
_YEAR_AFTER = lazy_re.compile(r"\s+(?:19|20)\d{2}$")
# „2026 Board Meetings Schedule“, „Council Meetings Calendar“: a word after the plural that
# says the heading heads their list.
_LIST_END = lazy_re.compile(r"(?<=s)\s+(?:schedule|calendar|dates|list)\s*$", re.I)
# „Meeting Dates 2024“, „Board Meeting Schedule 2026“: the singular meeting word before the list
# word names each row as well („Meeting“, „Board Meeting“) — the list word only heads their days.
_SINGULAR_LISTED = lazy_re.compile(
    r"\b(?:meeting|hearing|session|workshop|rehearsal|lecture|seminar|conference)"
    r"(?P<list>\s+(?:schedule|calendar|dates|list))\s*$",
    re.I,
)
# „2023 Minutes“, „Board Minutes“, „Council Meeting Minutes“, „Agendas and Minutes“: a heading
# over days that each link to a meeting's minutes — every day is a meeting. The words before
# „Minutes“ (at most four, letters only: „15 Minutes“ is a length of time) say whose meeting;
# a list word before it („Agendas and“) or the meeting word itself adds nothing.
_MINUTES_END = lazy_re.compile(
    r"^(?:(?!(?:the|an?)\s)(?P<whose>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,3}?)\s+)??"
    r"(?:agendas?\s+(?:and|&)\s+)?(?:meetings?\s+)?minutes$",
    re.I,
)


def item_name(heading: str) -> str:
    """The name of one row under ``heading`` (the heading unchanged unless it ends in a plural
    meeting word, or names a work and its author)."""
    heading = work_without_its_author(heading)
    text = " ".join(heading.split())
    bare = _LIST_END.sub("", _YEAR_AFTER.sub("", text))
    if (minuted := _meeting_of_the_minutes(bare)) is not None:
        return minuted
    plural = _PLURAL_END.search(bare)
    if plural is None:
        # Only a list the heading dates by its year: „Meeting Schedule“ alone may be a name.
        listed = _SINGULAR_LISTED.search(bare) if _YEAR_AFTER.search(text) else None
        if listed is None:
            return heading
        name = bare[: listed.start("list")]
        while (shorter := _LIST_WORDS.sub("", name, count=1)) != name:
            name = shorter
        return name.strip() or heading
    name = bare[: plural.start()] + plural["stem"]
    while (shorter := _LIST_WORDS.sub("", name, count=1)) != name:
        name = shorter
    return name.strip() or heading


def _meeting_of_the_minutes(bare: str) -> str | None:
    """„2023 Minutes“ → „Meeting“, „Board Minutes“ → „Board Meeting“; None for a heading that
    does not head a list of minutes."""
    name = bare
    while (shorter := _LIST_WORDS.sub("", name, count=1)) != name:
        name = shorter
    minutes = _MINUTES_END.match(name.strip())
    if minutes is None:
        return None
    whose = minutes["whose"]
    return f"{whose} Meeting" if whose else "Meeting"


# Regular German plurals of a series' name: "-ungen" (Sitzungen, Führungen, Lesungen) and
# the umlauted "-ätze", "-äge", "-üge", "-äufe", "-ärkte" (Einsätze, Vorträge, Ausflüge, Läufe,
# Flohmärkte).
_PLURAL_ENDINGS = (
    ("ungen", "ung"),
    ("ätze", "atz"),
    ("äge", "ag"),
    ("üge", "ug"),
    ("äufe", "auf"),
    ("ärkte", "arkt"),
)


def one_of_series(title: str) -> str:
    """ "Vorstandssitzungen 2026" → "Vorstandssitzung", "Arbeitseinsätze 2026" →
    "Arbeitseinsatz"; a title of several words keeps its words (without the year)."""
    name = _YEAR_AFTER.sub("", title).strip()
    if " " in name or not name:
        return name or title
    for plural, singular in _PLURAL_ENDINGS:
        if name.endswith(plural) and len(name) > len(plural) + 2:
            return name[: -len(plural)] + singular
    return name
