"""A talk named by its italic title when its line puts the speaker before it.

A user group lists its talks one line each, „01.04.2020 - Harvey/Heinz: <em>Shell-Health-Check
</em> oder <em>Wie ich (wieder) lernte, die Shell zu lieben</em> <a>Folien</a>“ or „06.05.2020 -
fritzthekit - <em>SIMD und neuronale Netze</em>“: the day, who speaks, a colon or a dash, then the
talk's title set in italics. The rest of the line after the day was read as the row's name, so
every talk was named with its speaker in front. A reader names the talk by the italic words —
the speaker before them only says who — so when most of a list's dated rows, named by their own
line, open with a short run of words (at most four, no italics) closed by a colon or a dash
right before an italic phrase, the row is named from that italic phrase on.

A book club's schedule puts the part of the book in that place instead: „2021-02-23: Chapter 2:
<em>Basic UI</em>: Matt Curcio“. „Chapter 2“ says which meeting of the reading it is, not who
speaks — the meeting is „Chapter 2: Basic UI“ — and the words after the italic title, past a
colon or a dash, are who presents it. A run that is such a part's label („Chapter 2“, „Part
III“, „Session 4“, „Week 5“) stays in the name, and a short run closing the line after the italic
title is left out as the presenter.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.row_majority import dated_named_rows, most_rows_show

SOURCE = "listing:the line's italic title after its speaker"
_MAX_SPEAKER_WORDS = 4  # „Harvey/Heinz“, „Dr. Anna Maier“; a longer run is part of the name
# The speaker's run ends in a colon („Harvey/Heinz:“) or a spaced dash („fritzthekit -“).
_SPEAKER_END = lazy_re.compile(r"(?::|\s[-–—])$")
_MIN_TALK_WORDS = 2  # the italic title and what follows it; a lone word is an emphasis
# „Chapter 2:“, „Part III -“, „Session 4:“: the part of a reading or a course, not a speaker.
_PART_LABEL = lazy_re.compile(
    r"^(?:chapters?|part|session|week|lesson|unit|module|episode)\s+"
    r"(?:\d{1,3}[a-z]?|[ivxlc]{1,6})(?:\s*(?:-|–|&|and)\s*\d{1,3})?\s*(?::|[-–—])$",
    re.IGNORECASE,
)
# „: Matt Curcio“, „ - Presenter TBC“ closing the line after the italic title: who presents it.
_PRESENTER_TAIL = lazy_re.compile(r"^\s*(?::|[-–—])\s*[^\s:–—-]+(?:\s+[^\s:–—-]+){0,3}\s*$")


def talks_after_speakers_in_italics(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Name each dated row by its italic title, dropping the speaker before it, where most
    rows are laid out so (see the module docstring); changes ``readings`` in place."""
    dated = dated_named_rows(segments, readings, own_line=True)
    named = [
        (reading, talk)
        for segment, reading in dated
        if (talk := _talk_after_the_speaker(segment, reading.title or "")) is not None
    ]
    if not most_rows_show(len(named), len(dated)):
        return
    for reading, talk in named:
        reading.title = talk
        reading.sources["title"] = SOURCE


def _talk_after_the_speaker(segment: list[LexborNode], title: str) -> str | None:
    """``title`` from its first italic phrase on when what stands before that phrase is a
    speaker's short run closed by a colon or a dash; None otherwise."""
    title = " ".join(title.split())
    italic = _first_italic(segment)
    if italic is None:
        return None
    at = title.find(italic)
    if at <= 0:
        return None  # no italics in the name, or the name opens with them: no speaker before
    speaker = title[:at].strip()
    words = speaker.rstrip(":-–— ").split()
    if not _SPEAKER_END.search(speaker) or len(words) > _MAX_SPEAKER_WORDS:
        return None
    talk = title[at:].strip()
    if _PART_LABEL.match(speaker):
        # „Chapter 2: <em>Basic UI</em>: Matt Curcio“: the part and its title, not who presents
        tail = title[at + len(italic) :]
        if _PRESENTER_TAIL.match(tail):
            talk = italic
        return f"{speaker} {talk}"
    if len(talk.split()) < _MIN_TALK_WORDS:
        return None
    return talk


def _first_italic(segment: list[LexborNode]) -> str | None:
    """The text of the row's first italic element that holds words (not an icon's ``<i>``)."""
    for node in segment:
        for element in node.css("em, i"):
            text = " ".join((element.text(deep=True) or "").split())
            if any(char.isalpha() for char in text):
                return text
    return None
