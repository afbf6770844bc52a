"""A section heading that announces one event beside a page's dated list: „X am 23. Mai 2017 um
20 Uhr im AKK“.

A science night's archived page lists its talks (the list the detector reads) and, in a section
of its own above them, announces the group's next event in the heading: „PowerPoint-Karaoke-
Schlonz am 23. Mai 2017 um 20 Uhr im AKK“, over paragraphs about it. The heading is the whole
announcement: what („PowerPoint-Karaoke-Schlonz“), „am“ / „on“, the day, the hour, and where
(„im AKK“). Such a heading is an offering of its own when its day is none of the list's days (a
heading „Programm am 28. Oktober 2016“ over the list only dates the list) and the page holds at
most a few of them (a page of many such headings is a list, the detector's to read) — or
they head the sections of one post, each over its own agenda (``post_session_headings``).
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import MONTH_WORD, TIME_LIKE, YEAR, iter_date_phrases
from netdir.extract.inline_text import visible_text
from netdir.extract.labelled_day_headings import day_and_events_below
from netdir.extract.later_that_day import events_later_that_day, start_clock
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.post_session_headings import (
    body_meeting_below,
    sections_of_one_post,
    without_lead_label,
)
from netdir.extract.reported_headlines import done_on_the_day
from netdir.extract.sentence_ends import sentences
from netdir.extract.start_days import day_of_text
from netdir.extract.stated_venues import first_named_place
from netdir.extract.subtitle_day_headings import (
    name_above_the_subtitle,
    subtitle_day_under_its_name,
)
from netdir.extract.title_text import title_in_text
from netdir.normalize.when import date_role, parse_when
from netdir.records import RawRecord

# „Name am|on <when>“: the name first (a few words), then the day right after „am“.
_ANNOUNCED = lazy_re.compile(r"^(?P<name>\S.{2,80}?)\s+(?:am|on)\s+(?P<when>\S.*)$", re.IGNORECASE)
# „… um 20 Uhr im AKK“, „… at 8 pm in the Town Hall“: the place after the last „im“/„in“/„at“.
_PLACE = lazy_re.compile(
    rf"\s(?:{PLACE_PREPOSITION}|in|at)\s+(?P<place>[^\d,;]{{2,60}})$", re.IGNORECASE
)
_MOST_HEADINGS = 2  # more dated headings than this are a list of their own
_WEEKDAY_LEAD = 16  # „Dienstag, den “ may stand between „am“ and the day's number

SOURCE = "listing:heading announcing one event"


def announced_in_headings(
    tree: LexborHTMLParser, context: PageContext, listing: list[RawRecord]
) -> list[RawRecord]:
    """The events announced by headings „Name am DAY …“ beside ``listing``, on other days."""
    today = context.fetched_at.date()
    listed_days = {day for record in listing if (day := _day_of(record, today)) is not None}
    listed_titles = {record.title for record in listing}
    found: list[RawRecord] = []
    labelled: list[RawRecord] = []  # the events below headings that only label their day
    labelled_headings = 0
    announcing: list[LexborNode] = []  # the headings „Name am <day>“ the records come from
    for heading in tree.css("h1, h2, h3"):
        # „Friday 19 October 2018 (after-event)“ over „<ul><li>BSides Luxembourg</li>…“
        if (below := day_and_events_below(heading)) is not None:
            before = len(labelled)
            for name in below[1]:
                _add_announced(
                    labelled, context, (below[0], name), listed_days | listed_titles, today
                )
            labelled_headings += len(labelled) > before
            continue
        # („Jubiläumsturnier<br>am 1. November“: the line break parts the name from „am“)
        text = clean_text(visible_text(heading))
        if text and (dated := subtitle_day_under_its_name(heading, text)) is not None:
            # „<h2>Schulkinowoche</h2><h3>20. – 28.11. bei uns im Kino</h3>“: the name above
            _add_announced(found, context, dated, listed_days | listed_titles, today)
            continue
        if text and (dated := _day_then_name(text)) is not None:
            # „Sonnabend, 08.06. Kindertour 10 km“ between the lists of rides: the day first.
            _add_announced(found, context, dated, listed_days | listed_titles, today)
            continue
        announced = _ANNOUNCED.match(text) if text and len(text) <= 160 else None
        if announced is None or announced["name"] in listed_titles:
            continue
        if done_on_the_day(announced["name"]):
            continue  # „Zehn Leitsätze, unterzeichnet am 22. April 2026“: when it was signed
        when = announced["when"]
        phrase = next(iter_date_phrases(when), None)
        if (
            phrase is None
            or phrase.start() > _WEEKDAY_LEAD
            or any(c.isdigit() for c in announced["name"])
        ):
            continue
        day = parse_when(when, today=today).start
        if day is None or day[:10] in listed_days:
            continue
        name = without_lead_label(announced["name"])  # „Auftakt: Bezirksausschuss Witzhelden“
        # „<h2>Cinéfête</h2><h3>Das französische Schulfilmfestival am 15. bis 22. Juni 2026</h3>“:
        # the heading right above names the festival, the dated one says what kind it is
        name = name_above_the_subtitle(heading) or name
        # „Zweite Sitzungswoche startet“ over „Am 22. Juni tagt der Ausschuss für Soziales, …“
        name = body_meeting_below(heading, name) or name
        record = context.new_record("listing", name)
        set_field(record, "title", name, f"{SOURCE} (its words before the day)")
        set_field(record, "date_text", when, SOURCE)
        if (place := _PLACE.search(when[phrase.start() :])) is not None:
            set_field(record, "location_text", place["place"].strip(), f"{SOURCE} (after „im“)")
        found.append(record)
        announcing.append(heading)
    later: list[RawRecord] = []
    found += _named_again_below(
        tree, context, listed_days | _days(found, today), listed_titles, later
    )
    if len(found) + labelled_headings <= _MOST_HEADINGS:
        return [*found, *labelled, *later]
    # A post's sections headed by the sessions it announces, however many (post_session_headings)
    if labelled or len(announcing) != len(found) or not sections_of_one_post(announcing):
        return []
    return found


# „Sonnabend, 08.06. Kindertour 10 km“: a weekday (or nothing) before the day, then the name.
_WEEKDAY_ONLY = lazy_re.compile(r"^[^\W\d]*[,.]?\s*(?:den\s+)?$")
_DAY_FIRST_CHARS = 80


def _day_then_name(text: str) -> tuple[str, str] | None:
    """(day, name) of a heading that is a day and what takes place on it; None otherwise (a
    heading holding a second day or a clock is a line of the list the detector reads)."""
    if len(text) > _DAY_FIRST_CHARS:
        return None
    phrases = list(iter_date_phrases(text))
    if len(phrases) != 1 or not _WEEKDAY_ONLY.match(text[: phrases[0].start()]):
        return None
    if not names_a_day(phrases[0].group(0)):
        return None  # „Dezember 2023: Seminar mit Frank“ reports a month's news
    name = text[phrases[0].end() :].strip(" ,:–-")
    if not name[:1].isupper() or TIME_LIKE.search(name) or title_in_text(name) != name:
        return None
    return phrases[0].group(0), name


def _add_announced(
    found: list[RawRecord],
    context: PageContext,
    dated: tuple[str, str],
    listed: set[str],
    today: date,
) -> None:
    """The record of a heading's (day, name) unless the listing holds its name or its day."""
    when, name = dated
    day = parse_when(when, today=today).start
    if name in listed or day is None or day[:10] in listed:
        return
    record = context.new_record("listing", name)
    set_field(record, "title", name, f"{SOURCE} (its words after the day)")
    set_field(record, "date_text", when, SOURCE)
    found.append(record)


# A word that can name an event: a capitalised word of four letters or more („Lexware“, „Open“).
_NAME_WORD = lazy_re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]{3,}")
_SENTENCE_CHARS = 300  # the first sentence of a section's paragraph, not an article


def _named_again_below(
    tree: LexborHTMLParser,
    context: PageContext,
    listed_days: set[str],
    listed_titles: set[str],
    later: list[RawRecord],
) -> list[RawRecord]:
    """„<h3>1. Lexware Open</h3><p>Am Sonntag, den 22. Juni 2025 kamen zur 1. Lexware Open im
    Seepark in Freiburg 61 Doubletten …</p>“ in a column beside the page's dated list: the
    section's first paragraph dates the event its heading names (every capitalised word of the
    heading in its first sentence, with a day none of the list's). The events the section's
    later sentences tell on that day go to ``later``."""
    today = context.fetched_at.date()
    found: list[RawRecord] = []
    for heading in tree.css("h1, h2, h3"):
        name = clean_text(visible_text(heading))
        words = set(_NAME_WORD.findall(name or ""))
        if not name or not words or name in listed_titles or len(name) > _SENTENCE_CHARS // 3:
            continue
        if MONTH_WORD.match(name.split()[0]) and (
            len(name.split()) == 1 or YEAR.fullmatch(name.split()[-1])
        ):
            continue  # „<h2>April</h2>“ over „<b>30th</b> April …“: a calendar's month, no name
        paragraph = heading.next
        while paragraph is not None and not (clean_text(visible_text(paragraph)) or "").strip():
            paragraph = paragraph.next  # (white space, a photo between heading and text)
        if paragraph is None or paragraph.tag != "p":
            continue
        first = next(iter(sentences(clean_text(visible_text(paragraph)) or "")), "")
        phrase = next(iter_date_phrases(first), None) if len(first) <= _SENTENCE_CHARS else None
        if phrase is None or not _all_named(name, words, first):
            continue
        if date_role(first, today=today) is not None:
            # „<h3>Fiscal year 2026 audit</h3><p>Fiscal year ended June 30, 2026</p>“: the
            # sentence's day closes a period (or is a deadline, a stamp), no event's
            continue
        day = parse_when(phrase.group(0), today=today).start
        if day is None or day[:10] in listed_days:
            continue
        if any(_all_named(name, words, title) for title in listed_titles if title):
            # „<h1>Secret Gardens</h1>“ over „<a>The Secret Gardens of Winster</a> will be on …“:
            # the list read the sentence's linked name already, the heading shortens it
            continue
        record = context.new_record("listing", name)
        set_field(record, "title", name, f"{SOURCE_BELOW} (the heading)")
        set_field(record, "date_text", phrase.group(0), f"{SOURCE_BELOW} (its first sentence)")
        if (place := _PLACE.search(name)) is not None:
            # „Start mit Radelfrühstück im Storchennest des SC Hemmingen-Westerfeld“
            where = first_named_place([place["place"].strip()])
            set_field(record, "location_text", where, f"{SOURCE_BELOW} (the heading's „im …“)")
        found.append(record)
        _later_that_day(context, record, phrase.group(0), _section_text(paragraph), later)
    return found


def _section_text(paragraph: LexborNode) -> str:
    """The text of ``paragraph`` and the paragraphs after it up to the next heading."""
    texts: list[str] = []
    node: LexborNode | None = paragraph
    while node is not None and node.tag not in _HEADINGS:
        if node.tag == "p":
            texts.append(clean_text(visible_text(node)) or "")
        node = node.next
    return " ".join(texts)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LATER_SOURCE = "listing:an event later on the day of the heading's event, told with its clock"


def _later_that_day(
    context: PageContext, record: RawRecord, day: str, section: str, later: list[RawRecord]
) -> None:
    """The heading's event takes the hour the section says it starts at („Wir starten um 09:00
    Uhr“) when its day came without one; the events told later that day are records of their
    own (``later_that_day``)."""
    if not TIME_LIKE.search(day) and (clock := start_clock(section)) is not None:
        set_field(record, "date_text", f"{day}, {clock}", f"{SOURCE_BELOW} (+ the hour it starts)")
    for event in events_later_that_day(section):
        other = context.new_record("listing", event.name)
        set_field(other, "title", event.name, _LATER_SOURCE)
        set_field(other, "date_text", f"{day}, {event.clock}", _LATER_SOURCE)
        set_field(other, "location_text", event.place, f"{_LATER_SOURCE} (its place)")
        later.append(other)


def _all_named(heading: str, words: set[str], sentence: str) -> bool:
    """Every name word of ``heading`` stands in ``sentence`` — its first word also as the start of
    a lower-case word there: a heading is capitalised at its start only („<h3>Start mit
    Radelfrühstück im Storchennest</h3>“ over „… starten das Stadtradeln am Sonntag, dem 26. Mai
    mit einem Radelfrühstück im Storchennest …“)."""
    missing = words - set(_NAME_WORD.findall(sentence))
    if not missing:
        return True
    opener = heading.split()[0]
    if missing != {opener} or len(words) < _MIN_WORDS_WITH_OPENER:
        return False
    lowered = opener[0].lower() + opener[1:]
    return any(word.startswith(lowered) for word in sentence.split())


_MIN_WORDS_WITH_OPENER = 3  # the opener may be missed only beside two names that are there
SOURCE_BELOW = "listing:heading named again in the dated sentence below it"


def _days(records: list[RawRecord], today: date) -> set[str]:
    return {day for record in records if (day := _day_of(record, today)) is not None}


def _day_of(record: RawRecord, today: date) -> str | None:
    """The ISO day ``record`` starts on, as its date text reads (``day_of_text``); its machine
    start only for a row without one. Not ``day_of_record`` (machine start first): the heading's
    day is read from its words, and the listed days it must differ from are read the same way."""
    if record.date_text:
        return day_of_text(record.date_text, today)
    return record.start[:10] if record.start else None
