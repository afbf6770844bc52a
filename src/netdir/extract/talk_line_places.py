"""Where a lecture was given, named on its line before its day.

A professor's list of lectures sets under each title „Vortrag an der Christian-Albrechts-
Universität zu Kiel, 24. Oktober 2019“ or „Vortrag vor der Polytechnischen Gesellschaft in
Frankfurt am Main, 5. Februar 2019“: the kind of talk, the house it was given at (or the society
it was given before), a comma, the day. A reader notes the house as where the lecture was. A line
that names only an occasion before its day („Dies academicus, 7. November 2014“) or a bare name
(„Flach-Stiftung, 18. Juni 2018“, a host or a dateline) is not read here.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import DATE_PHRASE

# the kind of talk, „an“/„vor“/„in“/„bei“ (with its article), the house — up to the comma before
# the day
_TALK_AT = lazy_re.compile(
    r"^(?i:(?:gast|fest|antritts|abschieds)?(?:vortrag|vorlesung|rede|referat|lesung|keynote))"
    r"\s+(?:an|vor|in|bei|im|am|beim)\s+(?:(?:der|dem|den|die|des)\s+)?"
    r"(?P<place>[A-ZÄÖÜ][^,;|]{2,80}?)\s*,\s*$"
)
_TALK_WORDS = ("vortrag", "vorlesung", "rede", "referat", "lesung", "keynote", "gast", "fest")


def place_of_the_talk(segment: list[LexborNode], date_text: str) -> str | None:
    """The house the line holding ``date_text`` names as where its talk was given, or None."""
    for line in text_chunks(segment):
        if date_text not in line:
            continue
        # (the day's own text, or the whole line when the block read it as the date)
        day = DATE_PHRASE.search(line)
        if day is None or day.start() == 0:
            return None
        lead = line[: day.start()]
        if not lead.lstrip().casefold().startswith(_TALK_WORDS):
            return None  # (the cheap check before the pattern: most day lines name no talk)
        found = _TALK_AT.match(lead.strip() + ("," if not lead.rstrip().endswith(",") else ""))
        return found["place"].strip() if found is not None else None
    return None
