"""The place an item's description names when the item's own place field is empty.

A calendar entry or feed item may leave its place field empty (or fill it with a template's
placeholder, „<KEIN ORT ANGEGEBEN>“) and say where in its description: a labelled line („Ort:
Quartiershalle Bochum, Stühmeyerstraße 33, 44787 Bochum“, „Sitzungsort: …“) or a sentence („Der
Vortrag findet im Raum K018 der OTH Regensburg statt (Galgenbergstraße 32, …)“).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.lead_places import venue_taking_place
from netdir.extract.place_labels import DESCRIPTION_WORDS

# "Sitzungsort: Großer Sitzungssaal Sitzungs-Link: …": a labelled place up to the next label.
PLACE_IN_TEXT = lazy_re.compile(
    rf"\b(?P<label>{DESCRIPTION_WORDS})\s*:\s*"
    # („Venue: 21st Amendment | Date: Tuesday, July 28 | Time: 8:00pm“: up to the bar)
    r"(?P<value>[^:|]+?)(?=\s*\|\s|\s+[A-ZÄÖÜ][\w-]{2,30}\s*:\s|$)"
)
# „<KEIN ORT ANGEGEBEN>“, „<no location>“: a template's placeholder, wrapped in angle brackets.
_PLACEHOLDER = lazy_re.compile(r"^<[^<>]*>$")


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip()))


def place_in_description(text: str) -> tuple[str, str] | None:
    """The place and how the description states it (its label, or „findet … statt“)."""
    if (labelled := PLACE_IN_TEXT.search(text)) is not None:
        return labelled["value"].strip(), f"{labelled['label']}:"
    if (venue := venue_taking_place(text)) is not None:
        return venue, "„findet … statt“"
    return None
