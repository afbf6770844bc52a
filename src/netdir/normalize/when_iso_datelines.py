"""A news line that opens with the day it was written in ISO form: „2014-06-09: …“.

Course and club pages keep a running list of notices, each headed by the day it was posted:
„2014-06-09: Prüfungsstatistik … eingetragen. … Prüfungseinsicht Di. 17.6., 10-11 (OMP 1)“,
„2020-09-02 Prüfungseinsicht zum 1. Termin … am 17.9. 13:15-14:45“ (round 261). The ISO day
dates the writing; the notice's own day — often without its year, as a notice is written weeks
ahead — is the event's, counted from the posting day. A notice without a day of its own keeps
the reading it had („2012-01-25 Es sind keine schriftlichen Prüfungen mehr möglich!“ is left to
the rules that read a lone date), so that a row „2024-05-12: Konzert im Park“ keeps its day.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re

# The ISO day at the very start, a colon or a space, then the notice's first word (a letter,
# a quotation mark or a figure of a numbered item — not a clock „2024-05-12 19:00“ or a range).
_ISO_DATELINE = lazy_re.compile(
    r"\s*(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)(?::\s*|\s+)(?P<rest>(?=[^\W\d]|[„\"]|\d+\.\s).*)",
    re.DOTALL,
)
# The notice's own day: a dotted day and month („17.6.“, „am 17.9.“, „am 4. Juni“), as a row
# „2024-05-12: Konzert am Sonntag“ keeps its ISO day rather than a Sunday counted from it.
_OWN_DAY = lazy_re.compile(
    r"(?<![\d.])[0-3]?\d\.\s?(?:[01]?\d\.|(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez))"
)


def iso_dateline(text: str) -> tuple[str, str] | None:
    """The posting day and the notice after it, when the text opens with an ISO day and a colon
    or a space before a word and the notice names a dotted day of its own."""
    found = _ISO_DATELINE.match(text)
    if found is None or _OWN_DAY.search(found["rest"]) is None:
        return None
    try:
        date.fromisoformat(found["day"])  # (not "2027-02-30")
    except ValueError:
        return None
    return found["day"], found["rest"]


# „2020-03-15, 19:12: Ausdehnung der Schließung bis 19.4.“, „2020-03-13, 19:34: Vorläufige
# Schließung nachgetragen“ (round 292, a closure notice's change log): the ISO day and the minute
# of an edit, then a colon and what was changed — when the notice was updated, no event's day.
_LOG_LINE = lazy_re.compile(
    r"\s*(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d),\s*(?:[01]?\d|2[0-3]):[0-5]\d:\s+(?=[^\W\d])"
)


def iso_log_line(text: str) -> str | None:
    """The day of a change log's line („2020-03-15, 19:12: …“), None for any other text."""
    found = _LOG_LINE.match(text)
    if found is None:
        return None
    try:
        date.fromisoformat(found["day"])
    except ValueError:
        return None
    return found["day"]
