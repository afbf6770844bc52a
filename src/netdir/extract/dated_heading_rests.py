"""What is left of a dated heading once its day is read: sometimes no name at all.

An edition's page sets its day as a heading of its own over (or under) the heading that names
it: „<h2>Save the Date: 08. - 10.09.2023</h2>“ under „<h1>Hacks on the Harbour 2023</h1>“, the
intro card's „<h3>17.-19. Mai 2019 im Kliemannsland</h3>“ over „<h1>Willkomen bei den 2. 23.
Rüspeler Tüfteltage!</h1>“. Read as a dated heading that names its event, the first gave the
title „Save the Date: 08.“ and the second „im Kliemannsland“. A reader takes „Save the Date“ for
a call to note the day and „im Kliemannsland“ for where: neither names the event, the heading
that does stands beside it; the second says the place.

A church's start page sets a notice box „<h1>Hinweis für <u>Sonntag, 8. Februar 2026</u>!</h1>“
over „Die Predigtstunde findet vormittags statt, ab 11:00 Uhr statt wie normalerweise am 2.
Sonntag üblich um 15:00 Uhr.“ The heading only says that a notice about the day follows (it gave
the title „Hinweis für“, then, skipped, the next heading „Hilfreiche Webseiten“); the sentence
under it names the meeting that day as its subject.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.announcing_headings import sentence_subject
from netdir.extract.date_cues import DATE_PHRASE

# „Save the Date: …“, „Save-the-Date!“, „Vormerken: …“: a call to note the day.
_NOTE_THE_DAY = lazy_re.compile(
    r"^\s*(?:save[\s-]+the[\s-]+date|vormerken|termin\s+vormerken|hinweis\s+(?:für|zum|zur))\b",
    re.I,
)
# „Hinweis für Sonntag, 8. Februar 2026!“: a notice about a day; the sentence under it says what
# changes („Die Predigtstunde findet vormittags statt, ab 11:00 Uhr …“).
_NOTICE_FOR_THE_DAY = lazy_re.compile(r"^\s*hinweis\s+(?:für|zum|zur)\b", re.I)
# „im Kliemannsland“, „in der Stadthalle Kassel“, „auf dem Marktplatz“: a place after „in“/„im“/
# „auf“, capitalised words only (one small joining word allowed).
_ONLY_A_PLACE = lazy_re.compile(
    r"^(?:im|in(?:\s+de[rnm])?|auf\s+de[mr]|am)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w.'’&-]*(?:\s+(?:(?:der|des|am|im|an|zum|zur)\s+)?[A-ZÄÖÜ][\w.'’&-]*){0,3})$"
)


def names_no_event(heading: str, rest: str) -> bool:
    """Whether the dated ``heading`` (whose words besides its day are ``rest``) only calls to
    note the day or only says where."""
    return _NOTE_THE_DAY.match(heading) is not None or _ONLY_A_PLACE.match(rest.strip()) is not None


def place_after_the_day(heading: str, rest: str) -> str | None:
    """„Kliemannsland“ of „17.-19. Mai 2019 im Kliemannsland“: the place a dated heading names
    after its day when that is all it names; None otherwise."""
    if DATE_PHRASE.search(heading) is None:
        return None
    found = _ONLY_A_PLACE.match(rest.strip())
    return found["place"] if found else None


def subject_under_a_notice(heading: str, line_below: str | None) -> str | None:
    """„Predigtstunde“ of „Die Predigtstunde findet vormittags statt, …“ under „Hinweis für
    Sonntag, 8. Februar 2026!“: the event the sentence right under a notice about a day says
    takes place; None for other headings or lines."""
    if line_below is None or _NOTICE_FOR_THE_DAY.match(heading) is None:
        return None
    return sentence_subject(line_below)
