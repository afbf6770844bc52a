"""What a talk's title line says besides the title: its label, and a title still to come.

A seminar page writes the title after a label on the title's own line: „Seminar Title:
<strong>Random-Shift Revisited …</strong>“, or after the kind of talk and its speaker: „11/13/2024
- Research Paper Presentation (by Hansong Zhou): Waste Not, Want Not: …“. A reader names the talk
by what follows the label; the label and the speaker say what kind of talk it is and who gives
it.

A colloquium announces its next talks before their titles are known: „<h3>Title to be
announced</h3><p>Jan Kotrbatý, Charles University · October 27 · 11am Manitoba</p>“. The
placeholder names no talk (three of them would be one talk three times); a reader tells them by
their speakers, so the speaker written before the talk's day names it — or after it, past a dash
(„<h3>TBA</h3><p>February 09, 2015 at 6pm - CSI</p>“). A talk whose speaker is „TBA“ too only
holds its date in the plan.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import search_date_phrase
from netdir.extract.week_labels import without_week_label
from netdir.records import RawRecord

# „Seminar Title:“, „Talk title:“, „Title:“ opening the title, with a title of two words or more
# after it.
_TITLE_LABEL = lazy_re.compile(
    r"^\W*(?:(?:seminar|talk|lecture|presentation|paper|colloquium)\s+)?title\s*:\s*"
    r"(?P<title>\S+\s+\S.*)$",
    re.IGNORECASE,
)
# „Research Paper Presentation (by Hansong Zhou): <title>“: the kind of talk (its last word
# says it is a talk), its speaker in brackets, a colon, the title.
_KIND_BY_SPEAKER = lazy_re.compile(
    r"^\W*(?:[^\W\d][\w-]*\s+){0,4}(?:presentation|talk|lecture|seminar|keynote|tutorial|"
    r"colloquium|address|reading|demo)\s*\(\s*by\s+[^()]{2,80}\)\s*:\s*(?P<title>\S+\s+\S.*)$",
    re.IGNORECASE,
)
# „Title to be announced“, „TBA“, „Talk title TBD“: the title is still to come.
_PLACEHOLDER = lazy_re.compile(
    r"^\W*(?:(?:seminar|talk|lecture)\s+)?(?:title\s*:?\s*)?"
    r"(?:to\s+be\s+(?:announced|confirmed|determined)|tba|tbd|tbc)\W*$",
    re.IGNORECASE,
)
# „ - “, „–“: a table cell that only keeps its column's place.
_LONE_DASH = lazy_re.compile(r"^\s*[-–—]+\s*$")
# The speaker before the day: „Jan Kotrbatý, Charles University ·“ — letters, no digit, ended
# by the separator before the day.
_SPEAKER = lazy_re.compile(r"^(?P<speaker>[^\W\d][^\d·|]{2,100}?)\s*[·|–—-]\s*$")
# The speaker after the day and its hour: „February 09, 2015 at 6pm - CSI“ — a dash, then
# letters and no digit to the line's end.
_SPEAKER_AFTER = lazy_re.compile(r"^\s*[·|–—-]\s*(?P<speaker>[^\W\d][^\d·|]{1,100}?)\s*$")


def is_title_to_come(text: str | None) -> bool:
    """„TBA“, „Title to be announced“, a lone dash: a cell or line that holds the place of a
    title still to come (or a place still to be set) and names nothing."""
    if text is None:
        return False
    return _PLACEHOLDER.match(text) is not None or _LONE_DASH.match(text) is not None


def without_title_label(title: str) -> str:
    """The title after a title label or a talk's kind and speaker; unchanged without one."""
    match = _TITLE_LABEL.match(title) or _KIND_BY_SPEAKER.match(title)
    return match["title"].strip() if match is not None else title


def speaker_for_placeholder(title: str, date_text: str | None) -> str | None:
    """The speaker a placeholder title's day line names before the day; None when the title
    is a title, or the line names nobody before its day."""
    if _PLACEHOLDER.match(title) is None or not date_text:
        return None
    day = search_date_phrase(date_text)
    if day is None:
        return None
    match = _SPEAKER.match(date_text[: day.start()]) or _SPEAKER_AFTER.match(date_text[day.end() :])
    return match["speaker"].strip(" ,;") if match is not None else None


def name_talks(records: list[RawRecord]) -> None:
    """Name each record by its talk's title without the label, or a talk still without a
    title by its speaker; a talk whose speaker is still to come too („TBA“ under „April 13,
    2015 at 6pm - TBA“) holds a place in the plan and names nothing: no offering."""
    records[:] = [record for record in records if not _speaker_to_come(record)]
    _name_talks(records)


def _speaker_to_come(record: RawRecord) -> bool:
    """A placeholder title whose day line gives a placeholder in the speaker's place."""
    if not record.title:
        return False
    speaker = speaker_for_placeholder(record.title, record.date_text)
    return speaker is not None and is_title_to_come(speaker)


def _name_talks(records: list[RawRecord]) -> None:
    for record in records:
        if not record.title:
            continue
        speaker = speaker_for_placeholder(record.title, record.date_text)
        if speaker is not None:
            record.title = speaker
            record.field_sources["title"] = (
                f"{record.field_sources.get('date_text', '')} (the speaker; the title is to come)"
            )
            continue
        # „Week 14: Supply Chain Attacks & Policy“: the term's week says when, not what
        bare = without_title_label(without_week_label(record.title))
        if bare != record.title:
            record.title = bare
            record.field_sources["title"] = (
                f"{record.field_sources.get('title', '')} (the talk's label dropped)"
            )
