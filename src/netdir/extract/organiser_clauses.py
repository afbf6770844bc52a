"""Who organises an event, said after its name in a row's sentence, is neither name nor place.

A regional calendar writes each row as one free sentence: „"Schaferfest" in Gschwent.
Veranstalter: Schafzuchtverein Barwies“, „Gacher Blick-Messe, Veranstalter: Mieminger Bergler.“,
„Frühjahrskonzert der Musikkapelle Mieming, Gemeindesaal Mieming, 20.15 Uhr. Veranstalter:
Musikkapelle Mieming.“. The organiser's clause went into the name, or — after the clock — was
taken for the place. A reader names the Schaferfest and knows the sheep breeders hold it.

Only a clause at the end of the row's own text is cut, opened by the organiser's label with its
colon („Veranstalter:“, „Veranstalterin:“, „Ausrichter:“) after a comma, a semicolon or a full
stop, and only when a name of its own stands before it.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading

_LABEL = r"(?:Veranstalter(?:in|innen)?|Ausrichter(?:in)?)\s*:"
_NAME_THEN_ORGANISER = lazy_re.compile(
    rf"^(?P<name>.*?[^\s,.;])\s*[,.;]\s+{_LABEL}\s*[^:]{{2,100}}?$", re.IGNORECASE
)
_ONLY_ORGANISER = lazy_re.compile(rf"^[\s,.;]*{_LABEL}", re.IGNORECASE)
_MIN_LETTERS = 3


def without_the_organiser(reading: BlockReading) -> None:
    """Cut the organiser's clause off the row's own title, and drop a place that is only that
    clause (see the module docstring)."""
    if reading.location_text and _ONLY_ORGANISER.match(reading.location_text):
        reading.location_text = None
        reading.sources.pop("location_text", None)
    title = reading.title
    if (
        not title
        or reading.date_text is None
        or not reading.sources.get("title", "").startswith("listing:text")
    ):
        return
    match = _NAME_THEN_ORGANISER.match(title.strip())
    if match is None or sum(ch.isalpha() for ch in match["name"]) < _MIN_LETTERS:
        return
    reading.title = match["name"].strip()
    reading.sources["title"] = reading.sources["title"] + " (its organiser cut)"
