"""A dated row that says for whom, then when, then what: „12.05.26 ␣ Jhg. 1//3: 8:45 - 9:30 Uhr
␣ Generalprobe Singpausenkonzert in der Turnhalle“.

A school's Termine give some rows a slot per group of classes: the grades' label with its colon,
the group's hours, the name, and on the line below the next group's slot („Jhg. 2/4: 10:00 -
10:45 Uhr“). Read as „name, clock, place“ (the order of most rows with a clock in them) the label
„Jhg. 1//3“ became the name and the rehearsal the place. A label that names a group of pupils
or participants — a year, grade, class, level or group word and its figures or letters, then a
colon — says who the slot is for, not what happens: the name is what follows the clock.
"""

from __future__ import annotations

from netdir import lazy_re

# „Jhg. 1//3:“, „Jg. 5:“, „Klasse 3a:“, „Kl. 1-2:“, „Stufe 5/6:“, „Gruppe A:“, „Grades 1/2:“,
# „Year 7:“: a group word, its figures or letters (joined by slashes, dashes, „und“ or „&“), a
# colon; then the clock (hours and minutes, or a whole hour with „Uhr“, maybe a range to an end)
# and the capitalised name.
_GROUP_CLOCK_NAME = lazy_re.compile(
    r"^[\s–-]*(?P<group>(?:Jahrg(?:ang|änge)|Jhg|Jgst?|Klassen?|Kl|Klassenstufen?|Stufen?"
    r"|Gruppen?|Grades?|Years?)\.?\s*[\dA-Za-z]{1,3}"
    r"(?:\s*(?:/{1,2}|[-–+&,]|und)\s*[\dA-Za-z]{1,3}){0,4}\.?)\s*:\s*"
    r"(?P<clock>(?:(?:um|ab|von)\s+)?\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*(?:[-–]|bis)\s*\d{1,2}(?:[.:]\d{2})?)?\s*(?:Uhr)?)\s*[,.;:–-]?\s+"
    r"(?P<name>[A-ZÄÖÜ„\"].{3,})$"
)


def group_clock_name(line: str) -> tuple[str, str, str] | None:
    """(group, clock, name) of a row's text „<group label>: <clock> <name …>“ (see the module
    docstring); None when the line does not open with a group's label before its clock, or the
    clock has neither minutes nor „Uhr“ (a bare figure could be a count)."""
    match = _GROUP_CLOCK_NAME.match(" ".join(line.split()))
    if match is None:
        return None
    clock = match["clock"].strip()
    if not any(mark in clock for mark in (":", ".", "Uhr")):
        return None
    name = match["name"].strip(" ,;")
    if len(name.split()) < 2 and len(name) < 6:
        return None
    return match["group"].strip(), clock, name
