"""A row's line that names its event and then labels its place: „20 Jahrfeier Sozialsprengel
Mieminger Plateau, Ort: Gemeindesaal.“

A regional calendar writes each row as its day and one free text; some rows name the event, then
say where after „Ort:“ — „Vernissage Cornelia Kaufmann, (Ausstellung vom 26.05.-10.06.07), Ort:
Kunst-Werk-Raum Mesnerhaus/Mieming.“, „Vernissage P. Simeoni/G. Schatz (Ausstellung vom
23.06.-08.07.07). Ort: …“. The row was named by the whole line, label and place included. A
place's label ends the name: what stands before it is the name, without a bracket that only
gives the run of the exhibition the vernissage opens („(Ausstellung vom 26.05.-10.06.07)“); the
place read from the label is the row's when it has none.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# The name, a comma or a full stop, then „Ort:“ / „Veranstaltungsort:“ and the place.
_NAME_THEN_PLACE = lazy_re.compile(
    r"^(?P<name>.{3,}?)\s*[,.;]\s*(?:Ort|Veranstaltungsort)\s*:\s*(?P<place>[^:]{3,80}?)\s*\.?$"
)
# „(Ausstellung vom 26.05.-10.06.07)“, „(Ausstellung bis 8. Juli)“: the run of what opens.
_RUN_BRACKET = lazy_re.compile(
    r"\s*,?\s*\((?:Ausstellung|Ausstellungsdauer|Dauer|Laufzeit)\b[^()]*\d[^()]*\)\s*[,.]?\s*$",
    re.I,
)
_MIN_NAME_LETTERS = 3


def name_and_labelled_place(title: str) -> tuple[str, str] | None:
    """(name, place) of a title „<name>, Ort: <place>“; None for any other title."""
    match = _NAME_THEN_PLACE.match(" ".join(title.split()))
    if match is None:
        return None
    name = _RUN_BRACKET.sub("", match["name"]).strip(" ,;")
    if sum(ch.isalpha() for ch in name) < _MIN_NAME_LETTERS:
        return None
    if re.search(r"\d{1,2}[.:]\d{2}|\bUhr\b", match["place"]):
        return None  # „Ort: Aula, Beginn 19.30 Uhr“: more than the place follows
    place = match["place"].split(". ", 1)[0]  # „… Barwies. Beginn“: the next sentence
    return name, place.strip(" ,.")
