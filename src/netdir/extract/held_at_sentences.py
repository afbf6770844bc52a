"""The venue a row's excerpt says its meeting was (or will be) held at.

A statistical society's section lists its past meetings as a dated link over an excerpt: „10 Oct
2016 Citizen Science“ / „On October 10th 2016, a full day meeting, … took place at the David
Attenborough Building in Cambridge.“, „The event was held at Heriot Watt University in
Edinburgh“, „… held a three day workshop at Sidney Sussex College in Cambridge.“, „The ESS
organised an invited session at the RSS conference in Manchester …“. The row gives no place of
its own; its excerpt says where. A record without a place whose description says it „took
place at“, „was held at“, or that someone held or organised the meeting „at“ a capitalised venue
takes that venue (up to the sentence's end, a comma or a bracket, or the words that go on to say
when or who). Only the first such sentence counts.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.records import RawRecord

SOURCE = "listing:the venue the row's excerpt says it was held at"
_HELD_AT = lazy_re.compile(
    r"\b(?:took\s+place|takes\s+place|will\s+take\s+place|(?:was|is|will\s+be)\s+held|"
    r"(?:held|organi[sz]ed|hosted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|workshop|session|conference|seminar|symposium|event))"
    r"\s+at\s+(?:the\s+)?(?P<place>[A-Z][^.,;:()\d]{2,80}?)"
    r"(?=\s*[.,;:()]|\s+(?:on|and|with|by|from|for|to|between|during)\b|\s*$)"
)


def places_held_at(group: list[RawRecord]) -> None:
    """Give each record of ``group`` without a place the venue its description says it was held
    at (see module)."""
    for record in group:
        if record.location_text or not record.description or " at " not in record.description:
            continue
        found = _HELD_AT.search(" ".join(record.description.split()))
        if found is not None:
            record.location_text = found["place"].strip()
            record.field_sources["location_text"] = SOURCE
