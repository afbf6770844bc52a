"""Where a list entry's line says it was held, in the comma part that closes the line.

A scholar's list of talks names each talk in an element of its own and goes on after it, on
the same line, with the occasion and where it was: „<span class=date>20.11.2026</span> <span
class=title>Schreibforschung und Citizen Science in der Schule</span>. Gastvortrag im Seminar
<em>Linguistics goes Citizen Science</em> (Y. Ilg), Universität Zürich.“, „… Symposion
Deutschdidaktik 2026, Universität Halle.“, „… Tagung …, Leibniz-Institut für Deutsche Sprache,
Mannheim.“, „… Keynote am Jahresrapport der Schweizer Armee (KFK), Luzern.“; a conference it
organised closes on the sentence „Universität Zürich.“ alone. The last comma part of the line's
last sentence is the place when the name it ends in is a venue or an institution of learning
(„Universität“, „University of …“, „Institut“, „Akademie“), a venue or institution and the town
after it, or a known town; what else closes a line („Experteninterview,
CH-Media-Mantelzeitung.“, „…, Eintritt frei.“) names no place. Status badges after the line's
full stop („eingeladen“, „bevorstehend“: words in lower case) are no part of it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.dated_places import name_at_the_end, place_in_the_last_parts
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.title_text import is_junk_title
from netdir.normalize.gazetteer import load_gazetteer

#: Provenance of a place read from the comma part closing the entry's line.
CLOSING_PART = "listing:place closing the entry's line"
# Where talks are held that the venue words do not name: universities, institutes, academies.
_INSTITUTION = lazy_re.compile(
    r"\b(?:Universit(?:ät|y|é|à|eit|at)|Institut|Institute|Akademie|Academy|Hochschule|College|"
    r"ETH|EPFL)\b"
)
# Status badges in lower case after the line's full stop: „… Universität Wien. eingeladen
# bevorstehend“. (Words apart only by whitespace: with the space optional, a run of lower-case
# words that does not reach the end — „… Kontakt: name.sein2.0@gmail.com“ — backtracks
# through every way of cutting it into words, seconds on one short page.)
_BADGES_AFTER_THE_STOP = lazy_re.compile(r"\.\s+[a-zäöüß][\w-]*(?:\s+[a-zäöüß][\w-]*)*\s*$")
# A sentence's end inside the line: a full stop after a word or bracket, a capital after it
# („(mit Noah Bubenhofer). Eröffnungsvortrag der Konferenz …“).
_SENTENCE_BREAK = lazy_re.compile(r"(?<=[\w)»«“”\"])\.\s+(?=[A-ZÄÖÜ(„«])")
# „Außerhalb 60“, „Mainzer Straße 53“, „Lutherstraße 4a“: a street and its house number.
_HOUSE_NUMBER_END = lazy_re.compile(r"[^\W\d_][\w.-]*\s+\d{1,4}\s?[a-zA-Z]?$")
_MAX_REST_CHARS = 300  # a line's occasion and place, not a paragraph of prose


def _venue_or_institution(name: str) -> bool:
    return names_a_venue_word(name) or _INSTITUTION.search(name) is not None


def place_closing_the_line(rest: str) -> str | None:
    """The place the last comma part of ``rest`` (a line's text after its name) names, when the
    line ends in a full stop there."""
    rest = " ".join(rest.split())
    if not rest or len(rest) > _MAX_REST_CHARS:
        return None
    badges = _BADGES_AFTER_THE_STOP.search(rest)
    if badges is not None:
        rest = rest[: badges.start() + 1]
    if not rest.endswith(".") or rest.endswith(".."):
        return None
    # („…</span>. Universität Zürich.“: the stop after the name's own „?“ opens the line)
    last = _SENTENCE_BREAK.split(rest[:-1])[-1].strip().lstrip(".;:–- ")
    parts = [part.strip() for part in last.split(",")]
    if not parts[-1] or name_at_the_end(parts[-1]) != parts[-1]:
        # („… brachten … Lebensfreude auf den Festplatz.“: prose that ends on a venue is no
        # line of occasion and place — the closing part is a name and nothing else)
        return None
    place = place_in_the_last_parts(parts, _venue_or_institution)
    if place is None or place != parts[-1] or len(parts) < 2:
        return place
    # (a town's name may end like a venue word, „Rüsselsheim“; a venue's name has two words)
    town_alone = len(place.split()) == 1 or load_gazetteer().lookup(place) is not None
    if town_alone and _HOUSE_NUMBER_END.search(parts[-2]):
        # „… im Sängerheim des MGV, Außerhalb 60, Trebur.“: the town ends a street address,
        # which the address readers take whole with its venue.
        return None
    return place


def place_ending_the_row(segment: list[LexborNode], reading: BlockReading) -> None:
    """A dated row whose title element is followed on its line by „…, <place>.“ is held there."""
    title = reading.title
    if is_junk_title(title) or reading.location_text is not None or not reading.date_text:
        return  # (a heading that is only the day is no name the line goes on after)
    assert title is not None
    if reading.sources.get("title") in (None, "listing:text"):
        return  # (named by its own line: the line is the name, not name and occasion)
    text = " ".join(" ".join(text_chunks(segment)).split())
    at = text.find(title)
    if at < 0:
        return
    place = place_closing_the_line(text[at + len(title) :])
    if place is not None:
        reading.location_text = place
        reading.sources["location_text"] = CLOSING_PART
