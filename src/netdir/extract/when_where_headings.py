"""A block heading that says when and where, with what happens in the text below it.

Musicians' concert lists head each concert with its day and venue and describe it below:
„<h3>7. Oktober 2018 in Siegburg</h3><p>DTKV-Konzert mit Werken aus dem …</p>“, „<h4>28.
September, Schloss Bürgeln, 17 Uhr</h4><p>Annette Rehberger, Violine<br>Marjana Plotkina,
Klavier</p><p>Beethoven: Frühlingssonate und Kreutzersonate</p>“. Once its day is taken out,
such a heading leaves a place — „in Siegburg“, a venue — which names no concert: the place is
the block's place, and the first line below that is neither a date, a place nor the cast (the
players with their instruments) names the concert.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, names_a_day, text_lines
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, TIME_LIKE
from netdir.extract.place_lines import names_a_place
from netdir.extract.title_text import PLACE_LINE, title_in_text
from netdir.normalize.gazetteer import load_gazetteer

# „in Siegburg“, „im Gartensaal der …“, „in der Kreuzkirche“: a place led by its preposition.
_PLACE_PHRASE = lazy_re.compile(
    r"^(?i:in|im|in der|in dem|in den|am|an der|auf dem)\s+(?=[A-ZÄÖÜ])"
)
# An instrument or voice after a player's name: „Annette Rehberger, Violine“, „Denis Zhdanov
# (Cello)“, „Soli: …“ lines of a concert's cast.
_INSTRUMENT = (
    r"(?:Violine|Geige|Viola|Bratsche|Violoncello|Cello|Kontrabass|Klavier|Flügel|Orgel|Cembalo"
    r"|Gitarre|Harfe|Flöte|Querflöte|Blockflöte|Oboe|Klarinette|Fagott|Saxophon|Horn|Trompete"
    r"|Posaune|Tuba|Schlagzeug|Percussion|Akkordeon|Gesang|Sopran|Mezzosopran|Alt|Tenor|Bariton"
    r"|Bass|Sprecherin|Sprecher|Rezitation|Leitung|Dirigentin|Dirigent|Moderation)"
)
_MAX_TOWN_WORDS = 3
# The line's first sentence names the event: unlike sentence_ends.SENTENCE_END a stop after a
# digit ends it too („… am 11.06. In der Kreuzkirche …“ — the date belongs to the later part).
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")
_NAME = r"[A-ZÄÖÜ][\w.'-]+(?:\s+(?:van|von|de|di|da|del|der)?\s*[A-ZÄÖÜ][\w.'-]+){0,3}"
_CAST_LINE = lazy_re.compile(
    rf"^(?:{_NAME}\s*(?:,\s*{_INSTRUMENT}|\(\s*{_INSTRUMENT}\s*\))[\s,;.&]*(?:und\s+)?)+$"
)


def name_below_a_when_where_heading(segment: list[LexborNode], reading: BlockReading) -> None:
    """Title the block by the line below its heading when the heading, its day taken out, only
    names a place; that place becomes the block's place (unless it has one)."""
    if not reading.title_from_heading or reading.title is None or reading.date_text is None:
        return
    place = _place_named(reading.title)
    if place is None:
        return
    lines = text_lines(segment)
    below = [line for line, owner in lines if owner is None or owner.tag not in HEADING_TAGS]
    heading = " ".join(
        line for line, owner in lines if owner is not None and owner.tag in HEADING_TAGS
    )
    day = DATE_PHRASE.search(heading)
    if day is None or not names_a_day(day.group(0)) or reading.title not in heading:
        return  # „<h3>Docent-Led Museum Tours</h3>“: a heading without its day is a name
    name = next((title for line in below if (title := _names_the_event(line)) is not None), None)
    if name is None:
        return
    clock = TIME_LIKE.search(heading)
    if clock is not None and not TIME_LIKE.search(reading.date_text):
        # „28. September, Schloss Bürgeln, 17 Uhr“: the hour after the place times the day.
        reading.date_text = f"{reading.date_text}, {clock.group(0)}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + heading clock"
        )
    if reading.location_text is None:
        reading.location_text = place
        reading.sources["location_text"] = reading.sources.get("title", "listing:") + " (place)"
    reading.title = name
    reading.sources["title"] = "listing:line below a heading of day and place"


def _place_named(title: str) -> str | None:
    """The place a heading's rest names („in Siegburg“ → „Siegburg“, „Schloss Bürgeln“,
    „Freiburg“), else None."""
    if _PLACE_PHRASE.match(title) and len(title.split()) <= 12:
        rest = _PLACE_PHRASE.sub("", title, count=1)
        return title if title.lower().startswith(("im ", "am ")) else rest
    if names_a_place(title):
        return title
    # „29. Dezember, Freiburg“: the heading's rest is only a town's name.
    town = len(title.split()) <= _MAX_TOWN_WORDS and load_gazetteer().lookup(title) is not None
    return title if town else None


def _names_the_event(line: str) -> str | None:
    """A line below the heading that names what happens: no date or time, no place, no cast.
    A line whose date stands in a later sentence is named by its first („Im Rahmen der …:
    Beethovens Chorphantasie mit der Kantorei … . In der Kreuzkirche … am 11.06. 22 um 17:00 Uhr“)."""
    line = _SENTENCE_END.split(line, maxsplit=1)[0]
    if DATE_LIKE.search(line) or TIME_LIKE.search(line) or PLACE_LINE.match(line):
        return None
    if _CAST_LINE.match(line.strip()) or names_a_place(line):
        return None  # („Im Rahmen der 48 Stunden Chormusik: …“ opens like a place, and names)
    return title_in_text(line)
