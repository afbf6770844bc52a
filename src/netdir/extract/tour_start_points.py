"""Where a tour sets off, as a walking club's card says it in its description: „AP: Wasserauen;
Anmeldung und VB: 3. September.“

An Alpine club's tour finder gives each card a clipped description in which the leaders write
the tour's points with their short labels — „AP“ (Ausgangspunkt, where the walk sets off), „EP“
(Endpunkt), „TP“ (Treffpunkt) — run together as a form field's text is: „… Montiel AP:
Gortipohl, EP St. Gallenkirch“, „… überraschenden AusblickenAP: Wasserauen; Anmeldung …“,
„Rösslerweiher **AP: Weingarten, Freibad NessenrebenTP: Juhe, 9:00 Uhr“. Where the tour sets off
is its place: the text after „AP:“ („Ausgangspunkt:“, „Startpunkt:“) up to the next label („EP“,
„TP“, even glued to the word before it), a semicolon or a sentence's end.
"""

from __future__ import annotations

from collections.abc import Sequence

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE

# The label, then a capitalised place up to the next two-letter label („, EP St. …“, „…TP:“), a
# semicolon, a sentence's stop or the end.
_START_POINT = lazy_re.compile(
    r"(?:\bAusgangspunkt|\bStartpunkt|(?<![A-Z])AP)\s*:\s*"
    r"(?P<place>[A-ZÄÖÜ][^;:!?()]{1,60}?)"
    r"(?=\s*[;!?]|\.\s|\.?$|,\s*[A-Z]{2}\b|[A-Z]{2}\s*:)"
)


def start_point_in_prose(lines: Sequence[str]) -> str | None:
    """The place after a tour's „AP:“ label in a block's lines; None when none says it."""
    for line in lines:
        match = _START_POINT.search(" ".join(line.split()))
        if match is None:
            continue
        place = match["place"].strip(" ,")
        if not DATE_LIKE.search(place) and not TIME_LIKE.search(place):
            return place
    return None
