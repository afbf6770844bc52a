"""What one block of a listing says: title, link, date text, place text (selectolax only).

The detector (``listing.py``) decides which blocks form the listing; this module reads one
block. A block is one node (a card, a list item, a table row) or a run of sibling nodes
(a ``dt`` with its ``dd``s, an ``h3`` with the paragraphs below it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir.extract.attribute_days import day_in_attributes
from netdir.extract.calendar_days import day_and_month
from netdir.extract.context import absolute_url, clean_text
from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    MONTH_WORD,
    MONTH_YEAR,
    TIME_LIKE,
    WEEKDAY_WORD,
    sub_date_phrases,
    tidy_date_text,
    without_publication_notes,
)
from netdir.extract.inline_text import InlineJoiner, visible_text
from netdir.extract.meta_line import line_parts
from netdir.extract.place_lines import labelled_place_in_prose, names_a_place, place_after_anchor
from netdir.extract.prose_links import bold_lines_over
from netdir.extract.prose_times import prose_time
from netdir.extract.weekday_lines import weekly_rule
from netdir.normalize.when import date_role
from netdir.normalize.when_lists import day_list
from netdir.normalize.when_recurrence import find_recurrence

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_SELECTOR = ", ".join(HEADING_TAGS)
# Whole class words ("event-title", "name") and the compounds that say the name is the event's
# ("eventname", "eventTitle", "veranstaltungstitel"); not "venuename" or "username".
_TITLE_CLASS = re.compile(
    r"(^|[-_ ])(?:(?:event|veranstaltung|termin|show)s?)?"
    r"(title|titel|headline|heading|ueberschrift|name)([-_ ]|$)",
    re.I,
)
_DATE_CLASS = re.compile(r"date|datum|termin|zeit|when|wann|time", re.I)
_DOORS = re.compile(r"door|einlass|gates|admission", re.I)  # when doors open, not the start
_MAX_TIME_CHARS = 30
# Whole class words ("event-venue", "ort") and compounds that say which part of a place they
# hold ("venuename", "venuetown", "eventVenue", "locationName"); not "placeholder".
_PLACE_CLASS = re.compile(
    r"(^|[-_ ])(?:event|veranstaltungs)?(ort|location|venue|place|city|stadt|adresse|address"
    r"|where|wo|raum|room|sitzungsort|veranstaltungsort|tagungsort)"
    r"(?:name|town|title|info|text|details|address)?([-_ ]|$)",
    re.I,
)
_PLACE_LABEL = re.compile(
    r"^(?:Ort|Wo|Veranstaltungsort|Sitzungsort|Tagungsort|Treffpunkt|Location)\s*[:：]\s*(.{2,120})$",
    re.I,
)
# "Treffpunkt Parkplatz bei Alpsee Bikes (ehem. Baby Bolz)": a meeting point without a colon
# names the place when a name follows ("Treffpunkt jeweils 8:00 Uhr am …" says when).
_MEETING_POINT = re.compile(r"^Treffpunkt\s+([A-ZÄÖÜ][^:]{2,118})$")
# "Typ: Termin , Datum: 09.12.2026" (GSB meta lines): the date is what follows the label.
_DATE_LABEL = re.compile(r"^(?:.*?\b)?(?:Termin|Datum|Wann|Zeit)\s*[:：]\s*", re.I)
_NEWS_DATE = re.compile(r"^\[(\d{1,2})\.(\d{1,2})\.(\d{4})\]\s*")
_ROLE_DAY = date(2000, 1, 1)  # date_role reads the words around a date; the day is irrelevant
_MIN_LINK_TITLE = 3  # characters: a link this long can name an event ("🔍" cannot)
# "14.09.2026 | Berlin", "Tuesday, October 13 at 6:30pm -- Confucius Plaza Community Room".
_DATE_PLACE_SEPARATOR = re.compile(r"\s(?:[|·•]|--)\s")
# Also glued to the clock ("7:00pm", "19h"): no letter may touch the word on either side.
_CLOCK_WORDS = re.compile(
    r"(?<![^\W\d_])(?:Uhr|h|ab|bis|um|am|pm|a\.m\.?|p\.m\.?)(?![^\W\d_])", re.I
)
_LETTERS = re.compile(r"[^\W\d_]")
_BACK_LINK = re.compile(r"^\s*(?:«|‹|<|zurück)", re.I)
_NOT_A_PAGE = ("#", "mailto:", "javascript:", "tel:", "data:")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
# "19.30" alone in an "Uhrzeit" column: the column's header says it is a clock, where the same
# figures elsewhere could be a day and a month.
_BARE_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")
_TABLE_LABELS = {
    # "Uhrzeit | Datum": a column of clock times only, beside the date column.
    "time": re.compile(r"^(?:uhrzeit|zeit|beginn|uhr|time|start time)$", re.I),
    "date_text": re.compile(r"datum|termin|wann|zeit|date|^von$", re.I),
    # "Von | Bis | Veranstaltung": a directory's first and last day in two columns.
    "end": re.compile(r"^bis$", re.I),
    "location_text": re.compile(r"\bort\b|^wo\b|location|veranstaltungsort|stadt", re.I),
    # "Wirtshaus" beside "Veranstaltungsort" (the town): the inn of the evening, its place.
    "venue": re.compile(
        r"^(?:wirtshaus|gasthaus|gasthof|gaststätte|lokal|venue|treffpunkt|platz)$", re.I
    ),
    # "Bemerkung", "Zusatz": what the row adds ("Faschingsvolkstanz", "Gerne mit Hund"), a
    # title only beside a band.
    "note": re.compile(
        r"^(?:bemerkung|bemerkungen|anmerkung|anmerkungen|hinweis|hinweise|zusatz|"
        r"besonderes|besonderheiten)$",
        re.I,
    ),
    # "Preis", "Leitung": what the row costs and who leads it — never what it is called.
    "aside": re.compile(
        r"^(?:preis|preise|kosten|gebühr|teilnahmegebühr|price|cost|fee|leitung|kursleitung|"
        r"referent|referentin|guide)$",
        re.I,
    ),
    "title": re.compile(
        r"titel|veranstaltung|thema|title|bezeichnung|name|ereignis|anlass|\bevent\b|^programm$|"
        r"^aktivität(?:en)?$|^activity$",
        re.I,
    ),
}


JUNK_TITLES = frozenset(
    {
        "mehr", "mehr erfahren", "weiterlesen", "weiter lesen", "mehr lesen", "details", "hier",
        "link", "zurück", "weiter", "vor", "nächste", "vorherige", "»", "«", "›", "‹", ">", "<",
        "…", "...", "home", "startseite", "kontakt", "impressum", "datenschutz", "barrierefreiheit",
        "menü", "navigation", "suche", "login", "anmelden", "sitemap", "seitenanfang", "nach oben",
        "read more", "more", "next", "previous", "newsletter", "newsletter abonnieren",
        # the heading of a whole list names no item of it
        "upcoming events", "upcoming shows", "upcoming showtimes", "showtimes", "events",
        "termine", "veranstaltungen", "kommende veranstaltungen", "nächste termine",
        "aktuelle termine",
        # an advertising slot's label („<small>Werbung</small>“ over a banner) between the rows
        "werbung", "anzeige", "advertisement", "sponsored",
    }
)  # fmt: skip


# A meeting row's document links ("Agenda", "Minutes", "MP4 Video", "Tagesordnung (PDF)") name
# files about the meeting, not the meeting: a link made only of these words is no title.
_DOCUMENT_WORDS = frozenset(
    {
        "agenda", "agendas", "minutes", "video", "videos", "audio", "packet", "mp4", "mp3", "pdf",
        "html", "download", "downloads", "view", "watch", "listen", "captions", "transcript",
        "summary", "ical", "ics", "tagesordnung", "niederschrift", "protokoll", "dokument",
        "dokumente", "anlage", "anlagen", "kb", "mb",
    }
)  # fmt: skip
_WORDS = re.compile(r"[^\W_]+")
# The label of a field ("Date:", "Event:", "Start time:", "Ort:"), never a name ("Supervision:").
_FIELD_LABEL = re.compile(
    r"(?:(?:start|end|event|meeting)\s+)?(?:date|dates|time|times|event|location|place|venue|"
    r"where|when|title|datum|zeit|uhrzeit|ort|wann|wo|termin|termine|titel|beginn|ende|"
    r"veranstaltungsort)\s*[:：]"
)

# The programme's disclaimer („Änderungen vorbehalten. Lineup … findest du hier“, „Irrtümer und
# Änderungen vorbehalten“, „All times subject to change“) or its pointer to where news appear
# („Alle Infos … auf unserer Website, im Newsletter und auf Instagram“) under its dated items:
# no offering.
_DISCLAIMER = re.compile(
    r"\W*(?:(?:programm|termin|zeit)?änderungen|irrtümer|irrtum)(?:\s+und\s+\w+)?\s+vorbehalten\b"
    r"|\W*(?:all\s+)?(?:dates|times|dates\s+and\s+times|programme?|line-?up)\s+"
    r"(?:are\s+|is\s+)?subject\s+to\s+change\b"
    r"|\W*(?:alle\s+|weitere\s+|mehr\s+)?(?:infos?|informationen|neuigkeiten|news|updates)\b.*"
    r"\b(?:auf|im|in|über|bei)\s+(?:unserer\s+|unserem\s+|der\s+|dem\s+)?(?:website|webseite|"
    r"homepage|newsletter|instagram|facebook|social\s+media)\b"
)

# "In der Ausgabe KW 31/2026", "Im Ratsinformationssystem", "Zum Amtsblatt": a link that says
# where the meeting is written up (an issue, the council system, an archive), not what it is.
_WHERE_TO_READ = re.compile(
    r"(?:in\s+(?:der|dem|die|den)|im|ins|zur|zum|auf\s+(?:der|dem))\s+"
    r"(?:(?:aktuellen|nächsten|letzten|wöchentlichen)\s+)?"
    r"(?:ausgabe|ratsinformationssystem|informationssystem|bürgerinformationssystem|amtsblatt|"
    r"mitteilungsblatt|gemeindeblatt|gemeindebrief|newsletter|archiv|mediathek|kalender|"
    r"veranstaltungskalender)\b.*"
)


def is_document_link(text: str) -> bool:
    words = _WORDS.findall(text.lower())
    return bool(words) and len(words) <= 4 and all(word in _DOCUMENT_WORDS for word in words)


def is_junk_title(title: str | None) -> bool:
    if title is None:
        return True
    return _is_junk_text(title)


@lru_cache(maxsize=4096)
def _is_junk_text(title: str) -> bool:
    # Cached: scoring asks it of every sampled block's title, the records of the same titles
    # again, and furniture repeats its few link texts on every page of a site.
    lowered = title.strip().lower()
    if lowered in JUNK_TITLES or not any(map(str.isalpha, lowered)):
        return True
    if _FIELD_LABEL.fullmatch(lowered):
        return True  # "Date:", "Event:", "Start time:": a field's label names nothing
    if _WHERE_TO_READ.fullmatch(lowered) or _DISCLAIMER.match(lowered):
        return True
    # A heading that is only a date ("Januar 2027", "12.03.2027", "Sa, 12. März, 19:00 Uhr")
    # groups a listing or dates an item; it names nothing.
    # Dates and times need digits: most titles have none and skip the two substitutions.
    has_digit = any(map(str.isdigit, lowered))
    if has_digit:
        # "Nov 19, 2020 — Posted Nov 16, 2020 11:47 AM" names nothing either.
        lowered = TIME_LIKE.sub(" ", sub_date_phrases(without_publication_notes(lowered)))
    rest = lowered.split()
    return not any(
        any(map(str.isalpha, word))
        for word in rest
        if not (WEEKDAY_WORD.match(word) or MONTH_WORD.match(word) or _RANGE_WORDS.match(word))
    )


@dataclass(slots=True)
class BlockReading:
    """One block's fields and where each came from (``listing:h3>a``)."""

    title: str | None = None
    url: str | None = None
    date_text: str | None = None
    start: str | None = None
    location_text: str | None = None
    description: str | None = None
    published: str | None = None
    title_from_heading: bool = False
    date_leads: bool = False  # the date opens the block (or the block is short): a dated row
    holds_several: bool = False  # several dated lines, each naming something: a box of items
    text_length: int = 0
    link_text_length: int = 0
    link_count: int = 0
    sources: dict[str, str] = field(default_factory=dict)


def read_block(
    segment: list[LexborNode],
    base_url: str,
    column_labels: dict[int, str] | None = None,
    heading_before: Callable[..., str | None] | None = None,
) -> BlockReading:
    """Read one block; ``heading_before`` gives the section heading above it, the title of a
    row that states only a date and a time."""
    reading = BlockReading()
    texts = [visible_text(node) for node in segment]
    reading.text_length = sum(len(t) for t in texts)
    links = _links(segment)
    reading.link_text_length = sum(len(text) for _, text, _ in links)
    reading.link_count = len(links)
    if column_labels:
        _read_columns(segment[0], column_labels, reading, base_url)
    if reading.title is None:
        _read_title(segment, links, reading, base_url)
    news_text = _read_news_date(segment, reading)
    if reading.date_text is None:
        _read_date(segment, reading)
    if reading.date_text is None:
        _date_from_link_label(links, reading)
    if reading.date_text is None:
        _date_from_recurrence(segment, reading)
    if reading.date_text is None:
        _date_from_attributes(segment, reading)
    if news_text is not None and reading.date_text and DATE_LIKE.fullmatch(reading.date_text):
        # The date found is the news date itself: the offering's date, if any, is in the teaser.
        match = DATE_PHRASE.search(news_text)
        reading.date_text = match.group(0) if match else None
        if reading.date_text is None:
            reading.sources.pop("date_text", None)
    if reading.title is not None and " @" in reading.title:
        _split_title_at_place(reading)
    if reading.location_text is None:
        _read_place(segment, reading)
    if reading.location_text is None and reading.date_text:
        _split_date_and_place(reading)
    if reading.location_text and reading.date_text and not TIME_LIKE.search(reading.date_text):
        _time_out_of_place(reading)
    if reading.location_text is None and reading.date_text:
        _place_below_date(segment, reading)
    if reading.location_text is None and reading.date_text and reading.title:
        kinds = _kind_labels(segment)
        lines = [chunk for chunk in text_chunks(segment) if chunk not in kinds]
        place = place_after_anchor(lines, [reading.title or "", reading.date_text])
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:place line after the title, date or time"
    if reading.date_text is not None and len(DATE_LIKE.findall(" ".join(texts))) >= 2:
        chunks = text_chunks(segment)
        # A sign-up line ("Anmeldung bitte bis am 01.November 2019 per Email oder Post:", "Bitte
        # meldet euch bis zum 1.November … an") dates no offering of its own.
        named = [
            c
            for c in chunks
            if DATE_LIKE.search(c) and title_in_text(c) and date_role(c, today=_ROLE_DAY) is None
        ]
        # Or several lines that are only dates ("20.01.2026 - 19:00 Uhr" above each title) and
        # as many different links: a month's or a committee's box of meetings.
        dates = {m.group(0) for c in chunks if (m := DATE_LIKE.search(c)) and c not in named}
        targets = {href for _, _, href in links}
        # Or lines that each open with another date ("Freitag, 27. Mai 2016", "Freitag, 24. Juni
        # 2016", …) under one heading: the meetings of a series, not one offering's dates.
        leading = {m.group(0) for c in chunks if (m := DATE_PHRASE.match(c))}
        reading.holds_several = (
            len(named) >= 2
            or (len(dates) >= 2 and len(targets) >= 2)
            or len(leading) >= _DATE_LINES_OF_A_BOX
        )
    if (
        reading.location_text is None
        and reading.date_text is not None
        and not reading.holds_several
    ):
        place = stated_place(text_chunks(segment))
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:place the prose names („… im X statt“)"
    if reading.title is not None and reading.date_text is not None:
        _date_out_of_title(reading)
    if reading.date_text is not None and reading.title_from_heading:
        _series_label(segment, reading)
    if reading.date_text is not None:
        reading.date_text = tidy_date_text(reading.date_text)
        if not TIME_LIKE.search(reading.date_text) and not add_time_cell(segment, reading):
            _add_prose_time(segment, reading)
        if reading.url is None and not reading.date_leads:
            reading.date_leads = _date_leads(segment, texts)
    if reading.date_text is not None and reading.sources.get("title", "").endswith(">a"):
        _title_from_dated_paragraph(segment, reading)
    if reading.title is None or (
        is_junk_title(reading.title)
        and (not reading.title_from_heading or names_a_day(reading.title))
    ):
        # A heading that is only a month ("Januar 2027") heads a section, not an item; a
        # heading that is a day ("Sa, 12. März") heads that day's item below it.
        _title_from_text(segment, reading, heading_before)
    if reading.title is not None and reading.date_text is not None:
        _time_at_the_title_end(reading)
    _read_description(segment, reading)
    if reading.title_from_heading and reading.title and reading.date_text:
        invited = named_invitation(reading.title, " ".join(texts))
        if invited is not None:
            reading.title = invited
            reading.sources["title"] += " + invitation text"
            place = invited_place(" ".join(texts)) if reading.location_text is None else None
            if place is not None:
                reading.location_text = place
                reading.sources["location_text"] = "listing:invitation text"
    return reading


_INLINE_TAGS = frozenset(
    {
        "-text", "a", "span", "strong", "b", "em", "i", "small", "time", "abbr", "sup", "sub",
        "font", "u", "mark", "label", "cite", "q", "big", "s", "del", "ins", "code", "img",
    }
)  # fmt: skip
_LABELLED = re.compile(
    r"^(?:Datum|Termine?|Wann|Zeit|Uhrzeit|Beginn|Ende|Date|When|Time|Einlass)\s*[:：]\s*", re.I
)
_PLACE_LINE = re.compile(
    r"^(?:Ort|Wo|Veranstaltungsort|Location|Where|Venue|Adresse)\s*[:：]", re.I
)
_EDGE_NOISE = re.compile(r"^[\s,;:|·•/–—-]+|[\s,;:|·•/–—(-]+$")
# "Vollversammlung (TO freigegeben)": a note on the meeting's documents, not its name.
_AGENDA_NOTE = re.compile(
    r"\s*\((?:TO|Tagesordnung|Einladung|Unterlagen)?\s*(?:freigegeben|veröffentlicht|"
    r"noch nicht (?:vorhanden|veröffentlicht))\)$",
    re.I,
)
# "13-18 Uhr: Scala": hours without minutes joined by a dash, the time of the line's event.
_HOUR_RANGE = re.compile(
    r"(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|h)\b", re.I
)
_RANGE_WORDS = re.compile(r"^(?:bis|ab|von|vom|am|um|to|from|at|on|for|und|and|uhr|h)$", re.I)
_MAX_TEXT_TITLE = 140
# A heading that only announces ("Einladung", "Bekanntmachung"): the text under it names what.
_ANNOUNCEMENT = re.compile(
    r"^(?:einladung|ankündigung|bekanntmachung|hinweis|termin|save the date|invitation)\W*$", re.I
)
# "Hiermit lade ich zur 34. Gemeinderatssitzung – öffentlich - am Montag, …": the name after
# "zur"/"zum" up to the word that leads to its day or place.
_INVITED_TO = re.compile(
    r"\b(?:zu[rm]|to\s+the|to\s+our)\s+(?P<name>(?:[^.!?;:]|(?<=\d)\.){3,80}?)[\s,–—-]*\s(?:am|vom|ab|im|ins|in|um|on|at)\b",
    re.I,
)
# "– öffentlich -", "(nicht öffentlich)": whether the public may come, not the meeting's name.
_PUBLIC_NOTE = re.compile(r"[\s(–—-]*(?:nicht\s*)?öffentlich(?:er Teil)?\)?$", re.I)
# "… in das Dorfgemeinschaftshaus Hoitlingen ein.", "… im Rathaus statt."
_INVITED_INTO = re.compile(
    r"\b(?:in\s+(?:das|den|die|der)|ins|im)\s+(?P<place>[A-ZÄÖÜ][^.!?;:]{2,60}?)\s+(?:ein|statt)\b"
)
_LEADING_DATE_CHARS = 30


# <span class="type">Markt</span>, <span class="event-category">: what kind of event it is (a
# class word that ends so; not WordPress's per-item "category-netzwerk" on a whole block).
_KIND_CLASS = re.compile(
    r"(?:[\w-]*[-_])?(?:type|category|categories|kategorie|kategorien|genre|sparte)", re.I
)


def _kind_labels(segment: list[LexborNode]) -> set[str]:
    """The texts of elements whose class says they give the event's kind („Markt“,
    „Gruppentreffen“): a kind is no place, though „Markt“ reads like a venue word."""
    labels: set[str] = set()
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            classes = (candidate.attributes.get("class") or "").split()
            if any(_KIND_CLASS.fullmatch(word) for word in classes):
                text = node_text(candidate)
                if text:
                    labels.add(text)
    return labels


def _date_out_of_title(reading: BlockReading) -> None:
    """ "6. Oktober 2026 09:30 Uhr - Sozialausschuss": the link text opens with the date. The
    title keeps what the line names; the date text takes the phrase if it says more."""
    assert reading.title is not None and reading.date_text is not None
    match = DATE_PHRASE.search(reading.title)
    if match is None or (match.start() > 0 and match.end() < len(reading.title)):
        return  # a date inside the title ("Forum 12.3. Nachlese") belongs to its name
    title = title_in_text(reading.title)
    if title is None:
        return
    phrase = match.group(0)
    if not names_a_day(phrase) and phrase not in reading.date_text:
        return  # "DevconTLV January 2014" beside "Jan 29, 2014": the month names the edition
    if TIME_LIKE.search(phrase) and not TIME_LIKE.search(reading.date_text):
        reading.date_text = phrase
        reading.sources["date_text"] = reading.sources.get("title", "listing:")
    reading.title = title


# "1. Bundesliga, 4. Spieltag in Gärtringen, Beginn 18.00 Uhr": the name, where, and when it
# starts, in one cell below the day.
_WHEN_AT_END = re.compile(
    r"^(?P<name>.*?\w.*?)(?:\s+in\s+(?P<town>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?))?,\s*"
    r"(?P<clock>(?:(?:Beginn|Start|Anpfiff|ab|um)\s+)?\d{1,2}(?:[:.]\d{2})?\s*Uhr)\.?$"
)


def _time_at_the_title_end(reading: BlockReading) -> None:
    """The title ends in ", Beginn 18.00 Uhr": the clock times the day (unless it is timed),
    an "in <Town>" right before it is the place, the rest is the name."""
    assert reading.title is not None and reading.date_text is not None
    match = _WHEN_AT_END.match(reading.title)
    if match is None or sum(ch.isalpha() for ch in match["name"]) < 3:
        return
    reading.title = match["name"].strip(" ,;–—-")
    if not TIME_LIKE.search(reading.date_text):  # the block's prose may have timed it already
        reading.date_text = f"{reading.date_text}, {match['clock']}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + time:title"
        )
    if match["town"] and reading.location_text is None:
        reading.location_text = match["town"]
        reading.sources["location_text"] = reading.sources.get("title", "listing:") + " in"


_META_SEPARATOR = re.compile(r"\s[·|•]\s")
_MAX_META_LINE = 120


def _same_day_with_time(segment: list[LexborNode], reading: BlockReading) -> None:
    """A card's badge „22 AUG“ and its meta line „Samstag, 22. August 2026 · 14.00–19.30 Uhr ·
    propfaeffikersee.ch“: the line that names the badge's day again, with its hours, dates the
    card (its date and time parts; a line naming a second day is a season, not that day)."""
    assert reading.date_text is not None
    day = day_and_month(reading.date_text)
    if day is None:
        return
    for line in text_chunks(segment):
        if len(line) > _MAX_META_LINE or len(DATE_LIKE.findall(line)) != 1:
            continue
        if not TIME_LIKE.search(line) or day_and_month(line) != day:
            continue
        parts = [
            p for p in _META_SEPARATOR.split(line) if DATE_LIKE.search(p) or TIME_LIKE.search(p)
        ]
        reading.date_text = ", ".join(parts)
        reading.sources["date_text"] += " + the same day's line with its time"


# "<strong>Aufstellungsabende:</strong> 15. April/20. Mai/17. Juni": a series' name as the label
# of its list of days.
_SERIES_LINE = re.compile(
    r"^(?P<label>[A-ZÄÖÜ][^\W\d_]*(?:[ -][^\W\d_]+){0,3})\s*:\s*(?P<days>.+)$"
)


def _series_label(segment: list[LexborNode], reading: BlockReading) -> None:
    """A section under a heading ("<h2>Wien</h2>", a town) whose date line is a labelled list
    of days: the label names the evenings of the series, not the heading; an "Ort:" line right
    below the days is their place (an earlier one belongs to another series of the section)."""
    assert reading.date_text is not None
    lines = text_chunks(segment)
    for index, line in enumerate(lines):
        match = _SERIES_LINE.match(line)
        if match is None or not (reading.date_text in line or line in reading.date_text):
            continue
        label = match["label"]
        if _LABELLED.match(f"{label}:") or _PLACE_LINE.match(f"{label}:"):
            return
        if _FIELD_LABEL.fullmatch(f"{label.lower()}:") or day_list(match["days"]) is None:
            return
        reading.title = label
        reading.date_text = match["days"]
        reading.sources["title"] = reading.sources.get("title", "listing:") + " + series label"
        below = _PLACE_LABEL.match(lines[index + 1]) if index + 1 < len(lines) else None
        if below is not None:
            reading.location_text = clean_text(below.group(1))
            reading.sources["location_text"] = "listing:place line below the days"
        return


def _add_classed_time(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "<span class="event-date">Feb 12</span> <span class="event-time">8:00 PM</span>
    <span class="door-time">(Doors: 7:00 PM)</span>": the day's own element has no time, an
    element classed as a time holds only one; doors opening is not when the show starts."""
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            classes = candidate.attributes.get("class") or ""
            if not _DATE_CLASS.search(classes) or _DOORS.search(classes):
                continue
            text = node_text(candidate)
            if not text or len(text) > _MAX_TIME_CHARS or _DOORS.search(text):
                continue
            if (
                TIME_LIKE.search(text)
                and not DATE_LIKE.search(text)
                and title_in_text(text) is None
            ):
                reading.date_text = f"{reading.date_text}, {text}"
                reading.sources["date_text"] += f" + {candidate.tag}.{_first_class(candidate)}"
                return


# „Einlass: 19:00 Uhr“ above „Beginn: 20:00 Uhr“: when the doors open, not when it begins.
_DOORS = re.compile(r"^(?:einlass|saalöffnung|doors?(?:\s+open)?)\b", re.I)


def add_time_cell(segment: list[LexborNode], reading: BlockReading) -> bool:
    """A row with the day in one cell and "19:30 Uhr" in the next: the date text gets both.
    A box that lists „Einlass: 19:00 Uhr“ and „Beginn: 20:00 Uhr“ begins at the second."""
    doors: str | None = None
    for chunk in text_chunks(segment):
        # "Samstag, 9:30 Uhr bis 12:30 Uhr": a weekday with its hours is still a time line.
        is_time = len(chunk) <= 40 and TIME_LIKE.search(chunk) and not DATE_LIKE.search(chunk)
        if is_time and title_in_text(chunk) is None:
            if doors is None and _DOORS.match(chunk):
                doors = chunk
                continue
            reading.date_text = f"{reading.date_text}, {chunk}"
            return True
    if doors is not None:
        reading.date_text = f"{reading.date_text}, {doors}"
        return True
    return False


def _add_prose_time(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "Wir treffen uns um 17:30 Uhr am Eingang …" under the day of one offering: the start
    time its prose states (``prose_times``); a box of several dated items has no one time."""
    assert reading.date_text is not None
    if reading.holds_several:
        return
    clock = prose_time(text_chunks(segment), reading.date_text)
    if clock is not None:
        reading.date_text = f"{reading.date_text}, {clock}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + time:prose"
        )


# "Rathaus, Johannes-Rau-Platz 1, 52249 Eschweiler": a German postcode before a place name.
_ADDRESS_LINE = re.compile(r"(?<![\d.,])\b\d{5}\s+[A-ZÄÖÜ][\w.-]+")
# A street address as English pages write it: "59 East 4th Street", "166 Essex Street".
_STREET_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z0-9][\w.'’-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Square|Sq)\b\.?"
)
_MAX_PLACE_LINE = 160
# An offering's start and end may each open a line; a third line opening with a date makes a box.
_DATE_LINES_OF_A_BOX = 3


def _after_the_hours(line: str, reading: BlockReading) -> str:
    """ "18:00–19:30 Uhr · Lietzenseeufer 10 · 14057 Berlin" under the day of an event: the
    line opens with the event's hours, the parts after them are its place. Read whole, the
    hours were the start of the place and the event stayed all-day."""
    parts = line_parts(line)
    if len(parts) < 2 or not TIME_LIKE.search(parts[0]) or DATE_LIKE.search(parts[0]):
        return line
    if reading.date_text is not None and not TIME_LIKE.search(reading.date_text):
        reading.date_text = f"{reading.date_text}, {parts[0]}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + "+time:place-line"
        )
    return ", ".join(parts[1:])


def complete_from_surroundings(container: LexborNode, reading: BlockReading) -> None:
    """The block is the committee's link; the cell or row around it, which holds no other
    item, states the time ("17:30 Uhr") and the room's address on lines of their own."""
    untimed = reading.date_text is not None and not TIME_LIKE.search(reading.date_text)
    if untimed and add_time_cell([container], reading):
        where = reading.sources.get("date_text", "listing:")
        reading.sources["date_text"] = f"{where}+time:around"
    if reading.location_text is None:
        for chunk in text_chunks([container]):
            if chunk == reading.title or len(chunk) > _MAX_PLACE_LINE or DATE_LIKE.search(chunk):
                continue
            if _ADDRESS_LINE.search(chunk):
                reading.location_text = _after_the_hours(chunk, reading)
                reading.sources["location_text"] = "listing:address-line around"
                return
        # "<div class="keyvalue-key">Sitzungsort:</div><div …>Großer Sitzungssaal</div>" or
        # "<li>17:00-18:45 Uhr</li><li>Rathaus, im Ratssaal</li>" beside the block's link.
        _read_place([container], reading)
        if reading.location_text is not None:
            reading.sources["location_text"] += " around"
        elif reading.title:
            anchors = [reading.title, reading.date_text or ""]
            place = place_after_anchor(text_chunks([container]), anchors)
            if place is not None:
                reading.location_text = place
                reading.sources["location_text"] = "listing:place line around"


def names_a_day(text: str) -> bool:
    match = DATE_LIKE.search(text)
    return match is not None and MONTH_YEAR.fullmatch(match.group(0)) is None


def _date_leads(segment: list[LexborNode], texts: list[str]) -> bool:
    """A dated row, not prose that mentions a date: the date opens the block or stands in a
    line (cell, badge, ``<br>`` line) of its own."""
    # Clean first: a badge's "05" and "Apr" on indented lines of their own are "05 Apr".
    match = DATE_LIKE.search(clean_text(" ".join(texts)) or "")
    if match is not None and match.start() <= _LEADING_DATE_CHARS:
        return True
    return any(
        DATE_LIKE.search(chunk) is not None
        and (title_in_text(chunk) is None or _opens_with_a_day(chunk))
        for chunk in text_chunks(segment)
    )


def _opens_with_a_day(line: str) -> bool:
    """ "Tuesday, October 13 at 6:30pm -- Confucius Plaza …": a line that opens with the day
    (and names its place after it) is the block's date line, not prose that mentions a day."""
    match = DATE_PHRASE.match(line)
    return match is not None and names_a_day(match.group(0))


def text_chunks(segment: list[LexborNode]) -> list[str]:
    """A block's text as a reader sees its lines: one chunk per block element or ``<br>`` line.

    Inline elements (links, spans, bold) stay inside their line, so "<b>Konzert</b> mit X" is
    one chunk, while cells, paragraphs and divs are chunks of their own.
    """
    return [text for text, _ in text_lines(segment)]


# What was read of each node and block while one document is read (``reading_one_document``):
# scoring, dating, placing and splitting a block each ask for its lines (4-5 walks per block)
# and for the text of its elements (nested candidate groups share them).
_document_lines: dict[tuple[int, ...], list[tuple[str, LexborNode | None]]] | None = None
_document_texts: dict[int, str | None] | None = None
# Each element's matches of a selector: a block's ``[class]`` elements are asked for by its
# title, date, time and place readings, and each CSS query costs ~4 µs (parsing the selector).
_document_matches: dict[tuple[int, str], list[LexborNode]] | None = None


@contextmanager
def reading_one_document() -> Iterator[None]:
    """Remember each block's ``text_lines``, each node's ``node_text`` and ``css_matches``
    until the document is left. Only for a tree that is not changed meanwhile: a ``mem_id`` names a node only
    while it lives."""
    global _document_lines, _document_texts, _document_matches
    outer = _document_lines, _document_texts, _document_matches
    _document_lines, _document_texts, _document_matches = {}, {}, {}
    try:
        yield
    finally:
        _document_lines, _document_texts, _document_matches = outer


def css_matches(node: LexborNode, selector: str) -> list[LexborNode]:
    """``node.css(selector)`` (the node itself included), remembered while one document is
    read (``reading_one_document``)."""
    if _document_matches is None:
        return node.css(selector)
    key = (node.mem_id, selector)
    found = _document_matches.get(key)
    if found is None:
        found = _document_matches[key] = node.css(selector)
    return list(found)


def node_text(node: LexborNode) -> str | None:
    """The node's text as one clean line (``clean_text``), None if it has none."""
    if _document_texts is None:
        return clean_text(visible_text(node))
    key = node.mem_id
    if key in _document_texts:
        return _document_texts[key]
    text = _document_texts[key] = clean_text(visible_text(node))
    return text


def text_lines(segment: list[LexborNode]) -> list[tuple[str, LexborNode | None]]:
    """``text_chunks`` with the block element each line belongs to (a heading, a cell, ...)."""
    if _document_lines is None:
        return _text_lines(segment)
    key = tuple(node.mem_id for node in segment)
    lines = _document_lines.get(key)
    if lines is None:
        lines = _document_lines[key] = _text_lines(segment)
    return list(lines)


def _text_lines(segment: list[LexborNode]) -> list[tuple[str, LexborNode | None]]:
    chunks: list[tuple[str, LexborNode | None]] = []
    parts: list[str] = []
    owner: int | None = None
    owner_node: LexborNode | None = None

    def flush() -> None:
        text = clean_text(" ".join(parts))
        if text:
            chunks.append((text, owner_node))
        parts.clear()

    for root in segment:
        nodes = [root] if root.is_text_node else root.traverse(include_text=True)
        joiner = InlineJoiner(root)  # "<span>DEPOT</span><span>61</span>" is one word
        for node in nodes:
            if node.tag == "br":
                flush()
            if not node.is_text_node:
                joiner.element(node)
                continue
            block = node.parent
            while block is not None and block.tag in _INLINE_TAGS and block.mem_id != root.mem_id:
                block = block.parent
            block_id = block.mem_id if block is not None else None
            if block_id != owner:
                flush()
                owner, owner_node = block_id, block
            text = node.text()
            if joiner.text(node, text) and parts:
                parts[-1] += text
            else:
                parts.append(text)
    flush()
    return chunks


@lru_cache(maxsize=4096)
def title_in_text(text: str) -> str | None:
    """What a line names once its date, times, weekdays and labels are taken out; None if
    nothing is left but numbers and punctuation."""
    # Cached: a block's title line is asked again whether it only says where and when, and
    # its time and place cells are asked whether they name anything.
    if _PLACE_LINE.match(text):
        return None
    rest = without_publication_notes(_LABELLED.sub("", text))
    title = _AGENDA_NOTE.sub("", _without_edge_dates(rest))
    if sum(1 for ch in title if ch.isalpha()) < 3 or is_junk_title(title):
        return None
    return _shortened(title)


def named_invitation(title: str, text: str) -> str | None:
    """ "Einladung" over "Hiermit lade ich zur 33. Gemeinderatssitzung am …" → "Einladung zur
    33. Gemeinderatssitzung"; None when the heading names something itself or the text says
    no "zur …"."""
    if not _ANNOUNCEMENT.match(title.strip()):
        return None
    match = _INVITED_TO.search(text)
    if match is None:
        return None
    name = _EDGE_NOISE.sub("", _PUBLIC_NOTE.sub("", _EDGE_NOISE.sub("", match["name"])))
    if sum(ch.isalpha() for ch in name) < 3 or DATE_PHRASE.search(name):
        return None
    # The meeting is what the invitation names: "33. Gemeinderatssitzung", not "Einladung zur …".
    return name


def invited_place(text: str) -> str | None:
    """ "… lade ich zur 33. Gemeinderatssitzung am … in das Dorfgemeinschaftshaus Hoitlingen
    ein": where the invitation asks people to come."""
    match = _INVITED_INTO.search(text)
    return match["place"].strip() if match else None


# "im Rahmen des Stadtfests statt", "im Mai statt", "im Freien statt": what follows "im" before
# "statt" or "ein" is then a frame, a time or a manner, no place.
_NOT_A_PLACE_WORD = re.compile(
    r"^(?:rahmen|anschluss|vorfeld|nachgang|wechsel|zuge|namen|auftrag|laufe|zeitraum|jahr|"
    r"frühjahr|frühling|sommer|herbst|winter|freien|internet|netz|original|gedenken|sinne|"
    r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"kreise|beisein|anwesenheit|zusammenhang|gegensatz|vergleich|verlauf|monat|wochen)\b",
    re.I,
)


_MANNER_AFTER_PLACE = re.compile(r"\s+(?:bei|mit)\s.*$")


def stated_place(lines: list[str]) -> str | None:
    """The place an event's sentence names before its separable verb ends: „Unsere
    Hauptversammlung findet am 24. März 2023 im Depot61 statt.“, „… laden wir alle herzlich
    zum Fondue-Plausch im Nördli ein.“ (``_INVITED_INTO``); not „im Rahmen des Festes statt“."""
    for line in lines:
        for match in _INVITED_INTO.finditer(line):
            rest = line[match.end() :].lstrip()
            if rest and rest[0] not in ".!?":
                continue  # "ins Innere des Protons – ein Science-Slam": "ein" is an article
            # "im Netzwerk Bürgerengagement bei Kaffee und Keksen statt": how, not where.
            place = _MANNER_AFTER_PLACE.sub("", match["place"]).strip()
            if not _NOT_A_PLACE_WORD.match(place) and not DATE_LIKE.search(place):
                return place
    return None


def _shortened(title: str) -> str:
    if len(title) <= _MAX_TEXT_TITLE:
        return title
    cut = title[:_MAX_TEXT_TITLE]
    sentence = cut.find(". ")
    return cut[: sentence + 1] if sentence >= 20 else cut.rsplit(" ", 1)[0] + " …"


def _opens_with_words(line: str) -> bool:
    first = DATE_PHRASE.search(line)
    return first is None or any(ch.isalpha() for ch in line[: first.start()])


def _without_edge_dates(text: str) -> str:
    """Dates, times, weekdays and range words at either end of a line are taken off; a date
    inside a sentence ("Meeting for November 19, 2020, will focus on …") stays in it."""
    rest = text.strip()
    has_digit = any(
        ch.isdigit() for ch in rest
    )  # dates and times need digits; most titles have none
    while True:
        before = rest
        for pattern in (DATE_PHRASE, _HOUR_RANGE, TIME_LIKE) if has_digit else ():
            matches = list(pattern.finditer(rest))
            if matches and _is_noise(rest[: matches[0].start()]):
                rest = rest[matches[0].end() :].strip()
                matches = list(pattern.finditer(rest))
            if matches and _is_noise(rest[matches[-1].end() :]):
                rest = rest[: matches[-1].start()].strip()
        words = rest.split()
        while words and _edge_word(words[0]):
            words.pop(0)
        while words and _edge_word(words[-1]) and not _names_a_night(words):
            words.pop()
        rest = " ".join(words)
        if rest == before:
            return _EDGE_NOISE.sub("", rest)


def _is_noise(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def _names_a_night(words: list[str]) -> bool:
    """A weekday written out after a capitalised name word ends a club night's name („Famous
    Friday“, „Salsa Sonntag“), not a date: the date stands before it, the name after."""
    last = words[-1]
    return (
        len(words) >= 2
        and len(last) >= 5
        and last[-1].isalpha()
        and WEEKDAY_WORD.fullmatch(last) is not None
        and words[-2][:1].isupper()
        and words[-2][-1].isalpha()  # "Frühschoppen, Sonntag 10 Uhr": the day of the time
        and not _edge_word(words[-2])
    )


def _edge_word(word: str) -> bool:
    return bool(WEEKDAY_WORD.match(word) or MONTH_WORD.match(word) or _RANGE_WORDS.match(word))


def _title_from_dated_paragraph(segment: list[LexborNode], reading: BlockReading) -> None:
    """A box of several paragraphs whose longest link names another thing („<a>Veranstaltungen
    2019</a>“) than the paragraph with a day and a link of its own: „Leben im Bild: <a>“Verborgene
    Sonne”</a> Bildgespräche mit …<br>am Freitag, 29. März um 17 Uhr“ — the line above the day,
    in the day's own paragraph, names the event."""
    chosen = reading.title
    lines = text_lines(segment)
    if chosen is None:
        return
    if len({owner.mem_id for _, owner in lines if owner is not None and owner.tag == "p"}) < 2:
        return
    for index, (line, owner) in enumerate(lines):
        match = DATE_PHRASE.search(line)
        if match is None or not names_a_day(match.group(0)):
            continue
        if owner is None or owner.tag != "p" or chosen in line:
            return
        if owner.css_first("a[href]") is None:
            return  # "Daily" / "January 6 – March 15, 2026" under the card's title link
        above = lines[index - 1] if index else None
        if above is None or above[1] is None or above[1].mem_id != owner.mem_id:
            return
        if DATE_PHRASE.search(above[0]):
            return
        if chosen in above[0] or (title := title_in_text(above[0])) is None:
            return
        reading.title = title
        reading.sources["title"] = "listing:p line above its day"
        return


def _title_from_text(
    segment: list[LexborNode],
    reading: BlockReading,
    heading_before: Callable[..., str | None] | None,
) -> None:
    """A block without a heading or a telling link: its first line that is not only a date,
    a time or the place; else the section heading above it."""
    pointers = [text for _, text, _ in _links(segment) if text and is_junk_title(text)]
    for chunk in text_chunks(segment):
        if chunk == reading.location_text:
            continue
        chunk = _without_pointer_links(chunk, pointers)
        title = title_in_text(chunk)
        if title is not None:
            if reading.date_text and reading.date_text not in chunk and _opens_with_words(chunk):
                # The block's date stands in a line of its own; this line names the offering
                # in its own words, a date it repeats included ("Health PRC Meeting Dec 2, 2020").
                title = _shortened(_EDGE_NOISE.sub("", without_publication_notes(chunk)))
            reading.title = title
            reading.sources["title"] = "listing:text"
            _time_after_the_name(chunk, reading)
            if heading_before is not None and _only_where_and_when(chunk, reading):
                # "<h3>Mitgliederversammlung</h3> <p>14.03.2026 – 14:00 Uhr im Vereinsheim</p>",
                # "12.03. | 23.04. | …<br>jeweils 19:00 Uhr im Anglerheim": the row's own words
                # only say where and when; the heading right above names what.
                heading = heading_before(True)
                if heading is not None and not is_junk_title(heading):
                    if reading.location_text is None:
                        reading.location_text = title
                        reading.sources["location_text"] = "listing:text"
                    reading.title = heading
                    reading.sources["title"] = "listing:heading above"
            return
    if heading_before is not None and reading.date_text is not None:
        heading = heading_before()
        if heading is not None and not is_junk_title(heading):
            reading.title = heading
            reading.sources["title"] = "listing:heading-before"


def _without_pointer_links(chunk: str, pointers: list[str]) -> str:
    """A line whose end (or start) is a link that names nothing ("Gemeinderat <a>Im
    Ratsinformationssystem</a>", "… <a>mehr</a>"): the line without that link's words."""
    for text in pointers:
        if chunk != text and chunk.endswith(text):
            chunk = chunk[: -len(text)].rstrip()
        elif chunk != text and chunk.startswith(text):
            chunk = chunk[len(text) :].lstrip()
    return chunk


# "Jahreshauptversammlung RCA (18.00 Uhr Fährhaus)", "Arbeitseinsatz - 8.00 Uhr bis ca. 12.00
# Uhr im Hafen", "Boote einkranen ab 8.00 Uhr": the name, then its clock time, then its place.
_CLOCK_AFTER_NAME = re.compile(
    r"(?P<lead>\s*[-–—,(]\s*|\s+)(?P<clock>(?:(?:ab|um|von)\s+)?\d{1,2}[.:]\d{2}"
    r"(?:\s*Uhr)?(?:\s*(?:bis|[-–])\s*(?:ca\.\s*)?\d{1,2}[.:]\d{2})?\s*(?:Uhr)?)"
    r"(?P<rest>.*)$",
    re.I,
)
_PLACE_REST = re.compile(
    r"^[\s,;:]*(?:(?:im|in|am|an der|auf dem)\s+)?(?P<place>[^()]{3,80}?)\)?$", re.I
)


def _time_after_the_name(chunk: str, reading: BlockReading) -> None:
    """A dated row's line "<date> <name> (<time> <place>)": the time joins the date (it had
    none), the name ends before the time, what follows the time is the place."""
    if reading.title is None or reading.date_text is None or TIME_LIKE.search(reading.date_text):
        return
    date = DATE_PHRASE.match(chunk)
    if date is None:
        return
    rest_of_line = chunk[date.end() :]
    match = _CLOCK_AFTER_NAME.search(rest_of_line)
    if match is None:
        return
    if not re.search(r"uhr|^(?:ab|um|von)\s", match["clock"], re.I):
        return  # "15.00" alone could be a number; with "Uhr" or "ab"/"um" it is a time
    name = _EDGE_NOISE.sub("", rest_of_line[: match.start()])
    if sum(ch.isalpha() for ch in name) < 3:
        return
    reading.title = name
    reading.date_text = f"{reading.date_text}, {match['clock'].strip()}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + " + time:text"
    place = _PLACE_REST.match(match["rest"])
    if place is not None and reading.location_text is None and not DATE_LIKE.search(match["rest"]):
        reading.location_text = place["place"].strip()
        reading.sources["location_text"] = "listing:text after the time"


# What a line that only says where and when opens with: "im Vereinsheim", "jeweils 19:00 Uhr
# im Anglerheim", "Treffpunkt jeweils 8:00 Uhr am Vereinsheim".
_WHERE_WHEN_LEAD = re.compile(
    r"^(?:im|in\s+der|in\s+den|jeweils|treffpunkt|beginn|ab|bei|at|in\s+the)\b", re.I
)


def _only_where_and_when(chunk: str, reading: BlockReading) -> bool:
    """A line led by a place or time word that holds the block's day or a clock time, or that
    says "jeweils" (a list of days above it): not an offering's name ("Im Rausch der Farben"
    on a line of its own stays the title)."""
    if reading.date_text is None or not _WHERE_WHEN_LEAD.match(title_in_text(chunk) or ""):
        return False
    return bool(
        DATE_LIKE.search(chunk) or TIME_LIKE.search(chunk) or re.search(r"\bjeweils\b", chunk, re.I)
    )


# "19:45 Uhr, Vereinsraum Alt Schwanheim 6", "Abfahrt 09:29 Uhr ab Frankfurt (Main) Hbf": a
# place cell that opens with the event's clock time.
_PLACE_AFTER_CLOCK = re.compile(
    r"^(?:(?:beginn|abfahrt|treffpunkt|start|ab|um)\s+)?(?P<clock>\d{1,2}[:.]\d{2}\s*(?:uhr|h)\b)"
    r"[\s,;:–—-]*(?:(?:ab|im|in|am)\s+)?(?P<place>\S.*)$",
    re.I,
)


def _time_out_of_place(reading: BlockReading) -> None:
    """The day has no time and the place cell opens with one: the time joins the date, the
    rest is the place."""
    assert reading.location_text is not None and reading.date_text is not None
    match = _PLACE_AFTER_CLOCK.match(reading.location_text)
    if match is None or sum(ch.isalpha() for ch in match["place"]) < 3:
        return
    reading.date_text = f"{reading.date_text}, {match['clock']}"
    reading.location_text = match["place"]
    where = reading.sources.get("location_text", "listing:")
    reading.sources["date_text"] = f"{reading.sources.get('date_text', 'listing:')} + time:{where}"


def _split_date_and_place(reading: BlockReading) -> None:
    """ "14.09.2026 | Berlin", "12.03.2027 · Köln", "08.05.2026 · 18:00 Uhr · Trafoturm Beuren,
    Tiefenbachstraße 27": one line holding the date (and its time) and, last, the place."""
    assert reading.date_text is not None
    separators = list(_DATE_PLACE_SEPARATOR.finditer(reading.date_text))
    if not separators or len(separators) > 2:
        return
    last = separators[-1]
    head = [part.strip() for part in _DATE_PLACE_SEPARATOR.split(reading.date_text[: last.start()])]
    place = reading.date_text[last.end() :].strip()
    if not DATE_LIKE.search(head[0]) or DATE_LIKE.search(place):
        return
    if any(not _is_clock(part) for part in head[1:]):
        return  # "Sa 12.03. · Konzert · Köln": the middle part is no time
    if not place or len(place) > 80 or _is_clock(place):
        return  # "Fr, 23.10.2026 · 18:00–20:00 Uhr": the time, not a place
    reading.date_text = reading.date_text[: last.start()].strip()
    reading.location_text = place
    reading.sources["location_text"] = reading.sources.get("date_text", "listing:")


def _is_clock(part: str) -> bool:
    """ "18:00 Uhr", "19h", "ab 7:00pm": a time and no other word."""
    return bool(TIME_LIKE.search(part)) and not _LETTERS.search(_CLOCK_WORDS.sub("", part))


_AT_PLACE = re.compile(r"\s+@(?:\s+(?P<place>\S.*))?$")


def _split_title_at_place(reading: BlockReading) -> None:
    """ "Joshua Tree Indian Cove [G] @ Joshua Tree Indian Cove": English listings name the
    venue after an "@" set off by spaces (an address "a@b.org" or a handle "@x" is not)."""
    assert reading.title is not None
    match = _AT_PLACE.search(reading.title)
    if match is None or match.start() < 2:
        return
    place = (match["place"] or "").strip()
    if len(place) > _MAX_PLACE_LINE or DATE_LIKE.search(place):
        return
    reading.title = reading.title[: match.start()].strip()
    if place and reading.location_text is None:
        reading.location_text = place
        reading.sources["location_text"] = reading.sources.get("title", "listing:") + " after @"


def _place_below_date(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "Thursday, October 22, 2026 - 6:30pm<br>Community Board 3 Office - 59 East 4th Street":
    the line right below the date line, when it is an address, is the place."""
    assert reading.date_text is not None
    for above, line in pairwise(text_chunks(segment)):
        if reading.date_text not in above or DATE_LIKE.search(line) or len(line) > _MAX_PLACE_LINE:
            continue
        if _STREET_ADDRESS.search(line) or _ADDRESS_LINE.search(line):
            reading.location_text = line
            reading.sources["location_text"] = "listing:address line below the date"
        return


def _links(segment: list[LexborNode]) -> list[tuple[LexborNode, str, str]]:
    """(node, text, href) of each link that can lead to a page, in document order.

    Hrefs are resolved only for the link a block's URL is taken from: resolving every link of
    every candidate block was a third of the detector's time.
    """
    found = []
    for node in segment:
        candidates = [node] if node.tag == "a" else []
        candidates.extend(css_matches(node, "a[href]"))
        for link in candidates:
            href = (link.attributes.get("href") or "").strip()
            if href and not href.lower().startswith(_NOT_A_PAGE):
                found.append((link, visible_text(link), href))
    return found


#: Where ``published`` came from when a block's only date is its change stamp.
STAMP_SOURCE = "listing:stamp"


def dated_only_by_stamp(sources: Mapping[str, str]) -> bool:
    """A block's (or its record's) provenance says its only date is its change stamp (a news
    teaser's own date is no stamp)."""
    return sources.get("published") == STAMP_SOURCE


_AUTHOR_HREF = re.compile(r"/(?:author|autor|authors|autoren)/", re.I)


def _author_link(link: LexborNode, href: str) -> bool:
    """A link to a person's author page (``/author/…``, ``rel="author"``)."""
    return "author" in (link.attributes.get("rel") or "").lower() or bool(_AUTHOR_HREF.search(href))


def _read_title(
    segment: list[LexborNode],
    links: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    base_url: str,
) -> None:
    title_node, how = _title_node(segment)
    if title_node is not None:
        reading.title = node_text(title_node)
        reading.title_from_heading = reading.title is not None
        named = _bold_name_of_lines(title_node) if reading.title is not None else None
        if named is not None:
            reading.title, how = named, f"{how}>{_bold_tag(title_node)}"
        elif reading.title is not None and (lines := _name_and_place_lines(title_node)):
            # "<h4>Stammtisch<br>Café Inti</h4>": the heading's second line is the place.
            reading.title, reading.location_text = lines
            reading.sources["location_text"] = f"listing:{how} 2nd line"
            how = f"{how} 1st line"
        elif reading.title is not None and (first := _first_line_of_title_box(title_node)):
            reading.title, how = first, f"{how} 1st line"
        link = title_node if title_node.tag == "a" else title_node.css_first("a[href]")
        if link is not None and link is not title_node and _badges_beside(title_node, link):
            # <div class="termin-name"><a>Atem-Meditation</a> <span class="badge">Bildung</span>
            # </div>: the link names the event, the spans beside it are labels.
            reading.title = node_text(link) or reading.title
        link = link or _enclosing_link(title_node, segment)
        url = absolute_url(link.attributes.get("href"), base_url) if link is not None else None
        if url is not None:
            reading.url = url
            reading.sources["url"] = f"listing:{how}>a@href"
            how = f"{how}>a" if link is not title_node else how
        reading.sources["title"] = f"listing:{how}"
    naming = [item for item in links if not is_document_link(item[1])]
    if len(naming) > 1:
        # "erstellt von <a href="../author/tvw_cms_80.html">": the byline's author link names
        # who wrote the entry, not the entry (it may be longer than a one-word title).
        naming = [item for item in naming if not _author_link(item[0], item[2])] or naming
    if reading.title is None and naming:
        # No heading: the link with the longest text is the title (list items, table rows);
        # a row whose links are all its documents is titled by its own text instead.
        link, text, href = max(naming, key=lambda item: len(item[1]))
        reading.title = _named_by_ticket_link(clean_text(text))
        reading.url = absolute_url(href, base_url)
        reading.sources["title"] = f"listing:{link.parent.tag if link.parent else ''}>a"
        reading.sources["url"] = "listing:a@href"
        # (a "mehr" link names nothing at all: the emphasis below titles that block)
        bold = None if is_junk_title(reading.title) else _bold_name_over(segment, link)
        if bold is not None:
            # "Im <a>Friedrich-Husemann Klinik</a>": the link names the hall; the bold line names
            # the concert (``prose_links``).
            reading.title, tag = bold
            reading.sources["title"] = f"listing:{tag} (bold line over a link in prose)"
        emphasis = _emphasised(segment) if is_junk_title(reading.title) else None
        if emphasis is not None:
            # "<strong>Titel</strong> … <a>mehr</a>": the bold text names it, the link leads there.
            reading.title = node_text(emphasis)
            reading.sources["title"] = f"listing:{emphasis.tag}"
    forward = [link for link in links if not _BACK_LINK.match(link[1])]
    if reading.url is None and forward and (reading.title is not None or not naming):
        reading.url = absolute_url(forward[0][2], base_url)
        reading.sources["url"] = "listing:a@href"


# "Buy Tickets<span class="visually-hidden"> to see Laser Bad Bunny at 10:30 pm</span>": a
# ticket button whose screen-reader words name the show.
_TICKET_CALL = re.compile(
    r"^(?:buy|get|book|order)\s+tickets?\s+(?:to\s+see|for)\s+(?P<name>.+?)"
    r"(?:\s+(?:at|on)\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b).*)?$",
    re.I,
)


def _named_by_ticket_link(text: str | None) -> str | None:
    """The show a ticket link's words name ("Buy Tickets to see X at 10:30 pm" → "X")."""
    if text is None:
        return None
    match = _TICKET_CALL.match(text)
    return match["name"].strip() if match else text


def _bold_name_of_lines(heading: LexborNode) -> str | None:
    """A heading used as the event's whole box, in ``<br>`` lines ("<h3>Samstag, 19:30 Uhr<br>
    <b>24.09.16<br>Multivisionsshow<br>Die Anden</b><br>im Pfarrzentrum …</h3>"): its bold
    part names the event, without the day it also holds. Headings without lines are titles."""
    if heading.tag not in HEADING_TAGS or heading.css_first("br") is None:
        return None
    for bold in heading.css("b, strong"):
        text = node_text(bold)
        if text is None:
            continue
        name = title_in_text(text)
        if name is not None and name != node_text(heading):
            return name
    return None


def _name_and_place_lines(heading: LexborNode) -> tuple[str, str] | None:
    """A heading of two ``<br>`` lines whose second names a venue ("Beethoven-Konzert<br>
    Leipzig, Gewandhaus"): the event's name and its place."""
    if heading.tag not in HEADING_TAGS or heading.css_first("br") is None:
        return None
    lines = text_chunks([heading])
    if len(lines) != 2 or DATE_LIKE.search(lines[0]) or not names_a_place(lines[1]):
        return None
    if _A_KIND_OF_PLACE.fullmatch(lines[1]):
        # "<h2>DEPOT61<br><small>Das Museum</small></h2>": an article and a venue word say what
        # the first line is (its subtitle); a place names which one ("Leipzig, Gewandhaus").
        return None
    return lines[0], lines[1]


_A_KIND_OF_PLACE = re.compile(r"(?:der|die|das|the)\s+[^\W\d_]+", re.I)


def _first_line_of_title_box(box: LexborNode) -> str | None:
    """A class-named title box that holds the card's lines ("<div class="…_title"><div>James
    Margolis</div><div class="tag">pwyc</div><p class="short-description">Folk, Blues,
    Soul</p></div>"): its first line names the event; the tag and the teaser below do not.
    None for a heading (its ``<br>`` lines are read above) and for a box of one line."""
    if box.tag in HEADING_TAGS or box.css_first("p") is None:
        return None
    lines = text_chunks([box])
    if len(lines) < 2:
        return None
    return title_in_text(lines[0])


def _bold_tag(heading: LexborNode) -> str:
    bold = heading.css_first("b, strong")
    return bold.tag or "b" if bold is not None else "b"


def _badges_beside(title_node: LexborNode, link: LexborNode) -> bool:
    """Whether a class-named title box holds its link and, beside it, only other elements
    (badges, buttons) — no words of its own around the link ("Konzert: <a>Band</a>")."""
    if title_node.tag in HEADING_TAGS or link.parent is None:
        return False
    if link.parent.mem_id != title_node.mem_id or len(link.text(strip=True)) < _MIN_LINK_TITLE:
        return False
    children = list(title_node.iter(include_text=True))
    bare = [
        child for child in children if child.is_text_node and (child.text_content or "").strip()
    ]
    others = [child for child in children if child.is_element_node and child.mem_id != link.mem_id]
    return not bare and bool(others)


def _bold_name_over(segment: list[LexborNode], link: LexborNode) -> tuple[str, str] | None:
    """The name a block's bold line gives when its longest link stands among other words
    (``prose_links``), with the bold element's tag."""
    for bold in bold_lines_over(segment, link):
        text = node_text(bold)
        name = title_in_text(text) if text and len(text) <= _MAX_TEXT_TITLE else None
        if name is not None:
            return name, bold.tag or "b"
    return None


def _emphasised(segment: list[LexborNode]) -> LexborNode | None:
    for node in segment:
        for candidate in css_matches(node, "strong, b"):
            if len(candidate.text(strip=True)) >= 3:
                return candidate
    return None


def _title_node(segment: list[LexborNode]) -> tuple[LexborNode | None, str]:
    for node in segment:
        if node.tag in HEADING_TAGS:
            return node, node.tag or ""
        heading = _ranking_heading(node)
        if heading is not None:
            return heading, heading.tag or ""
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            if not _TITLE_CLASS.search(candidate.attributes.get("class") or ""):
                continue
            text = node_text(candidate) or ""
            month_only = bool(text) and all(MONTH_WORD.fullmatch(w) for w in text.split())
            if _FIELD_LABEL.fullmatch(text.lower()) or month_only:
                # <span class="date-title">Date: </span> labels the date field and
                # <div class="month-name">Feb</div> is part of a date badge: neither names it.
                continue
            return candidate, f"{candidate.tag}.{_first_class(candidate)}"
    return None, ""


def _ranking_heading(node: LexborNode) -> LexborNode | None:
    """The block's heading of the highest rank, the first of them: "<h5>bzw.:BEZIEHUNGSWESEN
    </h5><h3>Demokratie vor der Wahl</h3><h6>Podium</h6>" is named by its h3 — the smaller
    heading above it is the series' kicker, the one below the format."""
    headings = node.css(_HEADING_SELECTOR)
    if not headings:
        return None
    return min(headings, key=lambda heading: HEADING_TAGS.index(heading.tag or "h6"))


def _enclosing_link(node: LexborNode, segment: list[LexborNode]) -> LexborNode | None:
    """A card wrapped in ``<a class="card" href>``: the heading's link is an ancestor, also
    just above the block read (``<a href><div banner/><div details>…</div></a>``, the details
    box being the block)."""
    roots = {n.mem_id for n in segment}
    current: LexborNode | None = node
    while current is not None and current.is_element_node:
        if current.tag == "a" and current.attributes.get("href"):
            return current
        if current.mem_id in roots:
            above = current.parent
            wraps = above is not None and above.tag == "a" and above.attributes.get("href")
            return above if wraps else None
        current = current.parent
    return None


def _read_news_date(segment: list[LexborNode], reading: BlockReading) -> str | None:
    """A teaser opening with "[26.05.2025]" states when it was published (Kommune21 and others).

    Sets ``published`` and returns the teaser text after the bracket; None for other blocks.
    """
    for node in segment:
        for candidate in [node, *css_matches(node, "p, span, div")]:
            text = node_text(candidate) or ""
            match = _NEWS_DATE.match(text)
            if match is None:
                continue
            day, month, year = (int(group) for group in match.groups())
            try:
                reading.published = date(year, month, day).isoformat()
            except ValueError:
                return None
            reading.sources["published"] = f"listing:{candidate.tag}"
            return text[match.end() :]
    return None


def _read_date(segment: list[LexborNode], reading: BlockReading) -> None:
    for node in segment:
        time = node if node.tag == "time" else node.css_first("time")
        if time is not None:
            machine = clean_text(time.attributes.get("datetime"))
            shown = node_text(time)
            if machine is None and shown and not DATE_LIKE.search(shown):
                # "05.07.2025 - <time>15:00</time> Uhr bis <time>18:00</time> Uhr": a clock in
                # an element of its own; the day stands beside it, in the text around it.
                continue
            reading.date_text = shown or machine
            reading.date_leads = True  # a date element of its own
            reading.sources["date_text"] = "listing:time"
            if machine and _ISO_START.match(machine):
                reading.start = machine
                reading.sources["start"] = "listing:time@datetime"
            return
    classed: tuple[int, str, LexborNode] | None = None
    for node in segment:
        for candidate in [*css_matches(node, "[class]"), node]:
            if not _DATE_CLASS.search(candidate.attributes.get("class") or ""):
                continue
            text = node_text(candidate)
            if not text or len(text) > 100 or not DATE_LIKE.search(text):
                continue
            if classed is None or len(text) < classed[0]:
                classed = (len(text), text, candidate)
    if classed is not None:
        _, text, candidate = classed
        reading.date_text = _without_label(text)
        reading.date_leads = True
        reading.sources["date_text"] = f"listing:{candidate.tag}.{_first_class(candidate)}"
        if not TIME_LIKE.search(reading.date_text):
            _add_classed_time(segment, reading)
        if not TIME_LIKE.search(reading.date_text):
            _same_day_with_time(segment, reading)
        return
    for line, owner in text_lines(segment):
        # "Datum: 31.10.2026 und 28.11.2026, jeweils 14–18 Uhr" (a <br> line of its own): the
        # page labels the offering's date; a shorter "Anmeldung bis 24.10.2026" is not it.
        labelled = _LABELLED.match(line)
        if labelled is not None and DATE_LIKE.search(line[labelled.end() :]):
            reading.date_text = line[labelled.end() :]
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{owner.tag if owner else ''} labelled"
            return
    best: tuple[int, str, str] | None = None
    stamp: str | None = None
    for node in segment:
        for candidate in [node, *node.traverse(include_text=False)]:
            text = node_text(candidate)
            if not text or len(text) > 200 or not DATE_LIKE.search(text):
                continue
            if not DATE_LIKE.search(without_publication_notes(text)):
                # Only when it was posted or changed: not the offering's date, the block's stamp.
                if stamp is None or len(text) < len(stamp):
                    stamp = text
                continue
            if best is None or len(text) < best[0]:
                best = (len(text), text, candidate.tag or "")
    if best is None and stamp is not None and reading.published is None:
        # A folder's file "— zuletzt verändert: 21.03.2013 20:52": a dated stamp, no offering.
        match = DATE_PHRASE.search(stamp)
        if match is not None:
            reading.published = match.group(0)
            reading.sources["published"] = STAMP_SOURCE
    if best is None:
        # Every element is longer than a date field (a paragraph that goes on with a video
        # link and dial-in numbers after a <br>): the line that opens with the day is the date.
        for line, owner in text_lines(segment):
            if len(line) <= 200 and _opens_with_a_day(line) and owner is not segment[0]:
                reading.date_text = line
                reading.date_leads = True
                reading.sources["date_text"] = f"listing:{owner.tag if owner else ''} line"
                return
    if best is not None:
        _, text, tag = best
        text = _without_label(_days_on_lines(best[1], segment) or text)
        match = DATE_PHRASE.search(text)
        # A teaser sentence around the date ("[20.11.2026] Wie Kommunen …"): keep the phrase.
        rest = text[match.end() :] if match else ""
        # "Feb 14 & 21, Mar 14 & 21, Apr 11 & 18": a list of days is the date, not its first day.
        if match and day_list(text) is not None:
            match = None
        if match and _DATE_PLACE_SEPARATOR.match(f" {rest.lstrip()}"):
            match = None  # "… at 6:30pm -- Confucius Plaza Community Room": date, then place
        if match and (
            len(rest) > 20
            or match.start() > 30
            or text == reading.title
            or (match.start() == 0 and rest.lstrip().startswith(":"))  # "27.01. – 17 Uhr: Rat"
        ):
            text = match.group(0)
        elif tag != segment[0].tag or len(segment) > 1:
            reading.date_leads = True  # an element holding just the date: a field, not prose
        reading.date_text = text
        reading.sources["date_text"] = f"listing:{tag}"


_BARE_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.?$")


def _weekday_and_day(line: str) -> bool:
    """ "Samstag 9", "So. 10.": a line that is only a weekday and a day number."""
    words = line.split()
    return len(words) == 2 and bool(WEEKDAY_WORD.match(words[0]) and _BARE_DAY.match(words[1]))


def _days_on_lines(text: str, segment: list[LexborNode]) -> str | None:
    """A date cell that gives each day a ``<br>`` line of its own under one month ("Samstag 9
    <br>Sonntag 10<br>September<br>17.00 Uhr"): its days joined by " / " ("Samstag 9 / Sonntag 10
    September 17.00 Uhr", the first day the start) — run together with a space the first day read
    as a stray number and was lost. None when the date text has no such lines."""
    if not any(char.isdigit() for char in text[:40]):
        return None
    for node in segment:
        for cell in [node, *node.traverse(include_text=False)]:
            if cell.css_first("br") is None or node_text(cell) != text:
                continue
            lines = [line for line, _ in text_lines([cell])]
            days = [_weekday_and_day(line) for line in lines]
            if sum(days) < 2:
                return None
            joined = lines[0]
            for (before, after), line in zip(pairwise(days), lines[1:], strict=True):
                joined += f" / {line}" if before and after else f" {line}"
            return joined
    return None


# "Jeden Mittwoch um 19:00", "Jeden ersten Donnerstag im Monat, ab 16:00 Uhr", "Every Wednesday":
# a line that opens with a weekly or monthly rule (the normalizer reads the rule and its next day).
# "Jeden Sonnabend", "Jeden Sa 10 Uhr", "jeden ersten Do. im Monat": the short names the date
# cues know (capitalised, as "so" is a word).
_RECURRENCE_LINE = re.compile(
    r"^(?:jeden|jede|every)\s+(?:(?:ersten|zweiten|dritten|vierten|letzten|1\.|2\.|3\.|4\.|"
    r"first|second|third|fourth|last)\s+)?(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)(?=\.|\s|,|$))",
    re.IGNORECASE,
)


def _date_from_recurrence(segment: list[LexborNode], reading: BlockReading) -> None:
    """A block without a day whose own line states its rule ("<h3>Offene Probe</h3> <h4>Jeden
    Mittwoch um 19:00</h4>", "<p>täglich: 11 Uhr, 14 Uhr und 16 Uhr</p>"): that line is its
    date."""
    for chunk in text_chunks(segment):
        if len(chunk) <= _RECURRENCE_LINE_CHARS and (
            _RECURRENCE_LINE.match(chunk) or _timed_rule_line(chunk)
        ):
            reading.date_text = chunk
            reading.sources["date_text"] = RECURRENCE_LINE_SOURCE
            return
    for chunk in text_chunks(segment):
        if weekly_rule(chunk) is not None:  # "Wichtel" / "Samstag, 14:00 Uhr": meets weekly
            reading.date_text = chunk
            reading.sources["date_text"] = WEEKDAY_LINE_SOURCE
            return


RECURRENCE_LINE_SOURCE = "listing:recurrence line"
WEEKDAY_LINE_SOURCE = "listing:weekday line"
_LETTERS = re.compile(r"[^\W\d_]{3}")


def _date_from_attributes(segment: list[LexborNode], reading: BlockReading) -> None:
    """A block without a date inside a day's box that shows only "03" / "Do" and states the
    day in ``data-day="03-do-09-2026"`` (``attribute_days``): that day, with the time an
    element of the block classed as a time holds ("19:30 Uhr"). A block that names nothing of
    its own — a month grid's day link "1" in ``<td data-datum="01.12.2026">`` — stays undated."""
    if reading.title is None or is_junk_title(reading.title) or not _LETTERS.search(reading.title):
        return
    found = day_in_attributes(segment[0])
    if found is None:
        return
    reading.date_text, where = found
    reading.date_leads = True
    reading.sources["date_text"] = f"listing:{where}"
    _add_classed_time(segment, reading)


def _timed_rule_line(line: str) -> bool:
    """A line that opens with a rule the normalizer reads ("täglich", "wochentags",
    "dienstags") and gives its clock ("täglich: 11 Uhr", "wochentags: 9.30 bis 12:00 Uhr");
    a rule inside a sentence ("… ist täglich geöffnet") is no date line."""
    if not TIME_LIKE.search(line):
        return False
    found = find_recurrence(line)
    return found is not None and found.start <= _RULE_AT_START


_RECURRENCE_LINE_CHARS = 80  # a rule's line, not a paragraph that mentions one
_RULE_AT_START = 1  # the rule opens the line (after at most an opening mark)


def _date_from_link_label(links: list[tuple[LexborNode, str, str]], reading: BlockReading) -> None:
    """A calendar cell shows only the committee; its link's tooltip or screen-reader label
    says the day ("Details anzeigen: Rat der Stadt 08.07.2026")."""
    for link, _, _ in links:
        for attribute in ("title", "aria-label"):
            label = link.attributes.get(attribute) or ""
            match = DATE_PHRASE.search(label) if DATE_LIKE.search(label) else None
            if match is not None and names_a_day(match.group(0)):
                reading.date_text = match.group(0)
                reading.date_leads = True  # a date field of its own, not prose
                reading.sources["date_text"] = f"listing:a@{attribute}"
                return


def _without_label(text: str) -> str:
    """Drop a leading "Datum:" (and what precedes it) unless the date itself sits before it."""
    rest = _DATE_LABEL.sub("", text, count=1)
    return rest if DATE_LIKE.search(rest) else text


def _read_place(segment: list[LexborNode], reading: BlockReading) -> None:
    for node in segment:
        cells: list[tuple[str, str]] = []
        for candidate in [*css_matches(node, "[class]"), node]:
            if candidate.tag in HEADING_TAGS or candidate.tag == "a":
                continue
            if _PLACE_CLASS.search(candidate.attributes.get("class") or ""):
                text = node_text(candidate)
                if text and not _FIELD_LABEL.fullmatch(text.lower()):  # not "Location:"
                    source = f"{candidate.tag}.{_first_class(candidate)}"
                    cells.append((_PLACE_LABEL.sub(r"\1", text), source))
        if cells:
            reading.location_text, sources = _joined_place_cells(cells)
            reading.sources["location_text"] = "listing:" + "+".join(sources)
            return
        for candidate in node.traverse(include_text=False):
            text = node_text(candidate)
            match = _PLACE_LABEL.match(text or "")
            if match:
                reading.location_text = clean_text(match.group(1))
                reading.sources["location_text"] = f"listing:{candidate.tag}"
                return
    lines = text_lines(segment)
    for line, owner in lines:
        # "Datum: …<br>Ort: Selbsthilfe-Kontaktstelle, Oerweg 38": a labelled <br> line.
        match = _PLACE_LABEL.match(line)
        if match is None and _one_day(lines):
            # A trip's programme of several days names a meeting point for each part.
            match = _MEETING_POINT.match(line)
        if match:
            reading.location_text = clean_text(match.group(1))
            reading.sources["location_text"] = f"listing:{owner.tag if owner else ''} line"
            return
    _place_by_pin_icon(segment, reading)
    if reading.location_text is None:
        place = labelled_place_in_prose([line for line, _ in lines])
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:place label in the prose"


def _one_day(lines: list[tuple[str, LexborNode | None]]) -> bool:
    days = {match.group(0) for line, _ in lines for match in DATE_LIKE.finditer(line)}
    return len(days) <= 1


# An icon that marks a place line: Feather/Lucide "map-pin", Font Awesome "fa-map-marker",
# Material "location_on", Bootstrap "bi-geo-alt".
_PIN_ICON = re.compile(
    r"map[-_ ]?(?:pin|marker)|\blocation(?:_on)?\b|\bgeo(?:-alt)?\b|\bpin\b", re.I
)
_ICON_ATTRIBUTES = ("class", "data-feather", "data-lucide", "data-icon", "aria-label", "alt")
_MAX_ICON_TEXT = len("location_on")


def _place_by_pin_icon(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "<div><i data-feather="map-pin"></i> Gasthaus "Zur Biene", Hadamar</div>": the line
    beside a map-pin icon is the place, as a reader takes it from the pin."""
    for node in segment:
        for icon in css_matches(node, "i, span, img"):
            icon_text = node_text(icon) or ""
            if len(icon_text) > _MAX_ICON_TEXT:
                continue
            marks = " ".join(icon.attributes.get(name) or "" for name in _ICON_ATTRIBUTES)
            if not _PIN_ICON.search(f"{marks} {icon_text}") or icon.parent is None:
                continue
            line = node_text(icon.parent) or ""
            place = clean_text(line.removeprefix(icon_text)) if icon_text else line
            if place and 2 <= len(place) <= _MAX_PLACE_LINE and not DATE_LIKE.search(place):
                reading.location_text = place
                reading.sources["location_text"] = f"listing:{icon.parent.tag} beside pin icon"
            return


def _joined_place_cells(cells: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """A row with "termin-stadt: Dülmen" and "termin-ort: Haus Visbeck, Dernekamp 40": both
    cells make the place ("Haus Visbeck, Dernekamp 40, Dülmen"), the bare town last; a cell
    whose text another cell already holds adds nothing (an outer box repeats its parts)."""
    kept: list[tuple[str, str]] = []
    for text, source in sorted(cells, key=lambda cell: -len(cell[0])):
        if not any(text.casefold() in other.casefold() for other, _ in kept):
            kept.append((text, source))
    kept = kept[:_MAX_PLACE_CELLS]
    order = {id(cell): index for index, cell in enumerate(cells)}
    # Page order, except that a one-word cell (the town) goes last.
    kept.sort(key=lambda cell: (" " not in cell[0] and "," not in cell[0], order.get(id(cell), 0)))
    return ", ".join(text for text, _ in kept), [source for _, source in kept]


_MAX_PLACE_CELLS = 3


def _read_description(segment: list[LexborNode], reading: BlockReading) -> None:
    known = {reading.title, reading.date_text, reading.location_text}
    for node in segment:
        for paragraph in [node] if node.tag == "p" else css_matches(node, "p"):
            text = node_text(paragraph)
            if text and text not in known and len(text) >= 40:
                reading.description = text[:500]
                reading.sources["description"] = "listing:p"
                return


def _read_columns(
    row: LexborNode, labels: dict[int, str], reading: BlockReading, base_url: str
) -> None:
    cells = [c for c in row.iter(include_text=False) if c.tag in ("td", "th")]
    times: dict[str, str] = {}
    extras: dict[str, tuple[str, str]] = {}  # venue, note: read after the row's other cells
    for index, cell in enumerate(cells):
        name = labels.get(index)
        text = node_text(cell)
        if name is None or text is None:
            continue
        where = f"listing:td[{labels_name(labels, index)}]"
        if name == "aside":
            continue
        if name in ("venue", "note"):
            extras[name] = (text, where)
        elif name in ("title", "act"):
            reading.title = text
            reading.title_from_heading = True  # a labelled column is as good as a heading
            reading.sources["title"] = where
            lines = text_chunks([cell])
            if len(lines) > 1 and len(_WORDS.findall(lines[0])) >= _NAME_LINE_WORDS:
                # "<b>Grillfest in Bigastro</b><p>Jeder bringt sein eigenes Grillgut …": the
                # cell's first line names the event, the lines below describe it — but a short
                # line that goes on in lower case continues the name ("Geschwaderfahrt nach
                # Alicante<br>zu den Fiestas de San Juan").
                name = lines[0]
                for line in lines[1:]:
                    if not line[:1].islower() or len(_WORDS.findall(line)) > _CONTINUED_WORDS:
                        break
                    name = f"{name} {line}"
                reading.title = name
                reading.sources["title"] = f"{where} first line"
            link = cell.css_first("a[href]")
            if link is not None and (url := absolute_url(link.attributes.get("href"), base_url)):
                reading.url = url
                reading.sources["url"] = f"{where}>a@href"
        elif name == "time":
            times[where] = text
        elif name == "end":
            extras[name] = (text, where)
        else:
            setattr(reading, name, text)
            reading.sources[name] = where
    _venue_and_note(labels, extras, reading)
    _until_column(extras, reading)
    _named_by_its_place(cells, labels, reading)
    if reading.date_text and times and not TIME_LIKE.search(reading.date_text):
        # "Uhrzeit | Datum": the time column completes the day.
        where, text = next(iter(times.items()))
        if _BARE_CLOCK.match(text):
            text = f"{text} Uhr"
        if TIME_LIKE.search(text):
            reading.date_text = f"{reading.date_text}, {text}"
            reading.sources["date_text"] += f"+{where.removeprefix('listing:')}"


def _venue_and_note(
    labels: dict[int, str], extras: dict[str, tuple[str, str]], reading: BlockReading
) -> None:
    """ "Veranstaltungsort | … | Musik | Wirtshaus | Bemerkung": the inn and the town are the
    place ("Salesianum, München"); with a band column for a title, the remark says what the
    evening is — "Faschingsvolkstanz" alone where no band plays, "Faschingsvolkstanz – Well
    Buam" beside one (a remark of a few words; a longer one is a note, not a name)."""
    if "venue" in extras:
        venue, where = extras["venue"]
        town = reading.location_text
        if town and town.casefold() not in venue.casefold():
            reading.location_text = f"{venue}, {town}"
            reading.sources["location_text"] = f"{where}+{reading.sources['location_text']}"
        else:
            reading.location_text = venue
            reading.sources["location_text"] = where
    if "note" in extras and reading.title and _NUMBERED_PART.fullmatch(extras["note"][0]):
        # "Abteilungsmeisterschaft | Runde 1": the remark says which round of the series the
        # row is, part of its name ("Abteilungsmeisterschaft, Runde 1").
        reading.title = f"{reading.title}, {extras['note'][0]}"
        reading.sources["title"] += f"+{extras['note'][1].removeprefix('listing:')}"
        return
    if "note" not in extras or "act" not in labels.values():
        return
    note, where = extras["note"]
    if len(_WORDS.findall(note)) > _NOTE_WORDS or any(ch.isdigit() for ch in note):
        return
    if reading.title is None:
        reading.title = note
        reading.title_from_heading = True
        reading.sources["title"] = where
    else:
        reading.title = f"{note} – {reading.title}"
        reading.sources["title"] = f"{where}+{reading.sources.get('title', '')}"


def _until_column(extras: dict[str, tuple[str, str]], reading: BlockReading) -> None:
    """ "Von | Bis": the last day stands in a column of its own ("7.5.2022 | 8.5.2022"), the
    row runs from the one to the other; an empty or equal "Bis" cell leaves a one-day row."""
    if "end" not in extras or not reading.date_text:
        return
    end, where = extras["end"]
    if end == reading.date_text or not DATE_LIKE.search(end):
        return
    reading.date_text = f"{reading.date_text} – {end}"
    reading.sources["date_text"] = (
        f"{reading.sources['date_text']}+{where.removeprefix('listing:')}"
    )


def _named_by_its_place(
    cells: list[LexborNode], labels: dict[int, str], reading: BlockReading
) -> None:
    """ "Ort | Datum | Zusatz | Preis | Leitung" („Oberfranken | 22.03.2026 - 28.03.2026 | Gerne
    mit Hund | ab 525 € | Christine“): a row whose header names every column, none of them its
    name, is known by its place — the remark beside it ("Gerne mit Hund") says what the week
    offers, the price and the guide say nothing of which week it is. Only when such a column is
    there: a "Datum | Zeit | Ort" row keeps the heading above it for its name."""
    if reading.title is not None or not reading.location_text:
        return
    names = set(labels.values())
    if names & {"title", "act"} or not names & {"note", "aside"}:
        return
    if any(index not in labels for index in range(len(cells))):
        return  # an unnamed column may hold the name
    reading.title = reading.location_text
    reading.title_from_heading = True  # read from a labelled column, as good as a heading
    reading.sources["title"] = (
        f"{reading.sources.get('location_text', 'listing:td')} (no name column)"
    )


# "Runde 1", "2. Runde", "Teil 2", "1. Spieltag", "Lauf 3", "Round 2": which part of a series.
_NUMBERED_PART = re.compile(
    r"(?:(?:runde|teil|spieltag|lauf|etappe|round|part|leg|heat)\s*\d{1,2}"
    r"|\d{1,2}\.\s*(?:runde|teil|spieltag|lauf|etappe))",
    re.I,
)
#: A remark of at most this many words names the kind of evening beside its band.
_NOTE_WORDS = 3
#: A title cell's first line names the event when it has this many words ("OL Training").
_NAME_LINE_WORDS = 2
#: A lower-case line of at most this many words continues the name above it.
_CONTINUED_WORDS = 6


def labels_name(labels: dict[int, str], index: int) -> str:
    return f"{index + 1}:{labels[index]}"


def table_column_labels(table_rows: list[LexborNode]) -> dict[int, str]:
    """Which column holds which field, from the first row of ``th`` cells (or a ``thead``), or
    a first row of plain cells that only name columns ("Datum / Uhrzeit | Programm | Künstler |
    Veranstaltungs- ort": hand-written tables style their header row instead of using ``th``)."""
    for position, row in enumerate(table_rows[:3]):
        headers = [c for c in row.iter(include_text=False) if c.tag == "th"]
        if len(headers) < 2:
            cells = [c for c in row.iter(include_text=False) if c.tag == "td"]
            if position == 0 and _a_label_row(cells):
                return _labels_of(cells)
            continue
        return _labels_of(headers)
    return {}


# "Veranstaltungs- ort": a label broken over two lines with a hyphen.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\s+(?=[^\W\d_])")
#: A header cell names its column in a few words.
_LABEL_WORDS = 3


# "Musik", "Künstler", "Band": who plays names a concert or dance evening when no column is
# labelled as its title.
_ACT_LABEL = re.compile(r"^(?:musik|künstler(?:in|innen)?|band|interpret(?:en)?|artist)$", re.I)


def _labels_of(headers: list[LexborNode]) -> dict[int, str]:
    labels: dict[int, str] = {}
    texts = [_BROKEN_WORD.sub("", node_text(h) or "") for h in headers]
    for index, text in enumerate(texts):
        for name, pattern in _TABLE_LABELS.items():
            # Each field has one column; the price and the guide may stand side by side.
            if (name == "aside" or name not in labels.values()) and pattern.search(text):
                labels[index] = name
                break
    if "time" in labels.values() and "date_text" not in labels.values():
        # "Zeit" alone is the column of the day and the time.
        labels = {i: "date_text" if n == "time" else n for i, n in labels.items()}
    if "title" not in labels.values():
        acts = [i for i, t in enumerate(texts) if i not in labels and _ACT_LABEL.match(t)]
        if acts:
            labels[acts[0]] = "act"  # the band names the evening (a title column)
    return labels


def _a_label_row(cells: list[LexborNode]) -> bool:
    """Plain cells that are all short words without digits, a date and a title among them."""
    if len(cells) < 2:
        return False
    texts = [visible_text(cell) for cell in cells]
    if any(len(_WORDS.findall(text)) > _LABEL_WORDS or re.search(r"\d", text) for text in texts):
        return False
    labels = set(_labels_of(cells).values())
    return "date_text" in labels and bool(labels & {"title", "act"})


def _first_class(node: LexborNode) -> str:
    classes = (node.attributes.get("class") or "").split()
    return classes[0] if classes else ""
