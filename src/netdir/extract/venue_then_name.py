"""A list line that says where before it says what: „20. April 10:00 im Vereinshaus
Mitgliederversammlung“.

An allotment club's year plan writes each line as day, hour, room, event: „1. Mai 2018 von 10:00
bis 13:00 im Vereinshaus Frühschoppen mit Imbiss“, „30. Mai 10:00 im Vereinshaus Männertag mit
Kesselgulasch“. Without the day and the hours the line's rest opens with „im“, which reads as a
line that only says where and when („14:00 Uhr im Vereinsheim“ under a heading that names the
meeting) — so the section heading („Veranstaltungsplan für das Jahr 2019“) named every line and the
event went to the place. Here the preposition governs one word, a venue noun („Vereinshaus“,
„Gasthaus“, „Feuerwehrhaus“), and the words after it open with the event's noun (a compound
ending in „-versammlung“, „-vortrag“, „-fest“, „-abend“, „-schoppen“, „-tag“ … , or such a noun
after one capitalised adjective: „Erster Fachvortrag“): the venue is where, the rest is what. A
venue with a name of its own („im Gasthaus Krone“) or a rest that names no event („im Vereinshaus
deftiges Hausgemachtes“) is left as it was.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import opens_with_a_venue
from netdir.extract.prose_day_sentences import SUFFIX

# „im Vereinshaus …“, „in der Gaststätte …“, „beim Feuerwehrhaus …“: one venue noun after the
# preposition, then the rest of the line.
_VENUE_THEN_REST = lazy_re.compile(
    r"^(?:im|in\s+der|in\s+dem|beim|am)\s+(?P<venue>[A-ZÄÖÜ][\w-]+)\s+(?P<rest>[A-ZÄÖÜ].*)$"
)
# The event's noun: the compounds of the prose reader's event suffixes, and the club words a
# year plan writes besides („Frühschoppen“ — often spelt „Frühshoppen“ —, „Männertag“,
# „Silvesterparty“).
_EVENT_NOUN = lazy_re.compile(rf"^[A-ZÄÖÜ][a-zäöüß-]*(?:{SUFFIX}|s?choppen|shoppen|tag|party)$")
# „Erster Fachvortrag“, „Großes Sommerfest“: one capitalised adjective before the noun.
_ADJECTIVE = lazy_re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es|en)$")


def name_after_its_venue(rest: str) -> tuple[str, str] | None:
    """(venue, name) of a line's rest „im <Venue> <Event …>“ whose venue is one venue noun and
    whose next words open with an event's noun; None for any other rest."""
    match = _VENUE_THEN_REST.match(rest.strip())
    if match is None or not opens_with_a_venue(match["venue"]):
        return None
    name = match["rest"].strip(" ,;")
    words = name.split()
    if _EVENT_NOUN.match(_bare(words[0])) is None and not (
        len(words) > 1
        and _ADJECTIVE.match(words[0]) is not None
        and _EVENT_NOUN.match(_bare(words[1])) is not None
    ):
        return None
    return match["venue"], name


def _bare(word: str) -> str:
    """The word without the punctuation around it („Schlachtfest,“)."""
    return re.sub(r"^\W+|\W+$", "", word)
