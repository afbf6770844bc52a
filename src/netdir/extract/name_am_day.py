"""A row that is one sentence „name am day, clock, place“: „Vatertagsfest am 10. Mai 2018 ab
11.00 Uhr im Schützenheim“, „Weinfest am 02.10.2018 ab 19.00 Uhr in der Turnhalle Neuhausen“.

A club's list of the year writes each event so: what, then „am“ and the day, then when it
begins and where. The name is what stands before „am“ — a few capitalised words, no verb — and
the row is as dated as one that opens with its day; the rest after the day is its clock (with
„jeweils“, the same clock on each day of „19. und 20. April“) and the place after „im“/„in der“.
A sentence with a verb („Wir treffen uns am …“, „Die Versammlung findet am … statt“) or more
after the day than a clock and a place is prose, and stays as it is read.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE
from netdir.extract.place_prepositions import PLACE_PREPOSITION

_MAX_NAME_WORDS = 8
_MAX_REST_WORDS = 10
# „am“ (or „vom“ before a period) right before the day, after the name.
_LEAD_IN = lazy_re.compile(r"\s+(?:am|vom)\s+$", re.IGNORECASE)
# Lowercase words a name may hold („End- und Königschießen“, „Tag der Vereine“, „Fest im Park“);
# any other lowercase word is a verb or an adjective of a sentence.
_NAME_JOINS = frozenset(
    {"und", "oder", "der", "die", "das", "des", "dem", "den", "im", "in", "zum", "zur", "mit",
     "für", "vom", "von", "an", "auf", "bei", "beim", "&", "+", "-", "–"}
)  # fmt: skip
# Words that open a sentence, not a name („Wir …“, „Unser Fest …“, „Die Versammlung …“).
_SENTENCE_OPENERS = frozenset(
    {"wir", "ich", "es", "er", "sie", "die", "der", "das", "den", "dem", "ein", "eine", "unser",
     "unsere", "unseren", "unserem", "alle", "hier", "heute", "am", "im", "ab", "bitte", "auch"}
)  # fmt: skip
# The place after the clock: „im Schützenheim“, „in der Turnhalle Neuhausen“, „auf dem Dorfplatz“.
_PLACE = lazy_re.compile(
    rf"(?:^|[\s,]+){PLACE_PREPOSITION}\s+"
    r"(?P<place>[A-ZÄÖÜ][^,;.!?]{1,60}?)(?=\s*(?:,|$))"
)
# What may stand beside the day in the rest: its clock, „jeweils“, commas.
_CLOCK_WORDS = lazy_re.compile(
    r"\b(?:jeweils|je|ab|um|von|bis|uhr)\b|\d{1,2}(?:[:.]\d{2})?|[\s,–-]+", re.IGNORECASE
)


def _is_a_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or not name[0].isupper():
        return False
    if words[0].lower() in _SENTENCE_OPENERS or DATE_LIKE.search(name) is not None:
        return False
    return all(w[0].isupper() or w in _NAME_JOINS for w in words)


def name_before_its_day(reading: BlockReading) -> None:
    """Title, date and place of a row that is one „name am day, clock, place“ sentence."""
    title = reading.title
    if title is None or ("am " not in title and "vom " not in title):
        return
    match = DATE_PHRASE.search(title)
    if match is None or (lead := _LEAD_IN.search(title, 0, match.start())) is None:
        return
    name = title[: lead.start()].strip(" ,:–-")
    rest = title[match.end() :].rstrip(" .")
    if not _is_a_name(name) or len(rest.split()) > _MAX_REST_WORDS:
        return
    place = _PLACE.search(rest)
    when_rest = rest[: place.start()] + rest[place.end() :] if place else rest
    if _CLOCK_WORDS.sub("", when_rest):
        return  # more than a clock after the day: a sentence that goes on
    reading.title = name
    reading.sources["title"] = (
        f"{reading.sources.get('title', 'listing:')} (the name before „am“ and its day)"
    )
    reading.date_text = f"{match.group(0)}{when_rest}".strip(" ,")
    reading.sources["date_text"] = "listing:the day after the row's name"
    reading.date_leads = True
    if place is not None and reading.location_text is None:
        reading.location_text = place["place"].strip()
        reading.sources["location_text"] = "listing:the place after the row's day"
