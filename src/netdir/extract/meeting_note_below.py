"""The note under a list of dates says where and when every date meets: „Treffpunkt
Elisabethstraße 17 um 16 Uhr“.

A neighbourhood project's page lists the dates of its audiowalk — „06.03.2019 Stand - 16.
Schule“, „24.03.2019 Falafel für alle“, then bare „18.04.2019“, „02.05.2019“ … — and says once,
in the paragraph right under the list, what holds for all of them: „Treffpunkt Elisabethstraße
17 um 15:45 Uhr Rückfragen und Anmeldung: …“. The rows name their day, some what happens, none
the hour or the place. A line right after the list (one of the first two elements after it, no
heading, naming no day) that gives a meeting point and a clock — „Treffpunkt <place> um|ab
<clock>“, or who meets („wir treffen uns um 16 Uhr am Brunnen“, as ``meeting_lead`` reads a lead
above) — gives each row without its own clock or place that clock and place.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.element_siblings import element_siblings
from netdir.extract.meeting_lead import stated_meeting

_LISTS = ("ul", "ol", "dl", "table", "tbody")
_NOTES = 2  # elements after the list looked at for its note
_NOTE_CHARS = 300
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# „Treffpunkt Elisabethstraße 17 um 16 Uhr“, „Treffpunkt: vor dem Rathaus, jeweils ab 9.30 Uhr“:
# the place after „Treffpunkt“ (and a preposition), then „um“/„ab“ and the clock.
_MEETING_POINT = lazy_re.compile(
    r"\bTreffpunkt(?:\s*:)?\s+(?:ist\s+)?(?:(?:am|an\s+der|an\s+dem|vor\s+dem|vor\s+der|im|in\s+der|"
    r"bei|beim)\s+)?(?P<place>[A-ZÄÖÜ][^,;:!?]{2,60}?),?\s+(?:jeweils\s+|immer\s+)?(?:um|ab)\s+"
    r"(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*Uhr)"
)


def meeting_below_the_list(row: LexborNode) -> tuple[str, str] | None:
    """The clock and the place („15:45 Uhr“, „Elisabethstraße 17“) that the note right under the
    list holding ``row`` states for its dates; None when there is no such note."""
    container = row.parent
    while container is not None and container.tag not in _LISTS:
        if container.tag in ("body", "html", "main", "article", "section"):
            return None
        container = container.parent
    if container is None:
        return None
    if container.tag == "tbody" and container.parent is not None:
        container = container.parent
    for node in element_siblings(container, "next", _NOTES):
        if node.tag in _HEADINGS or node.tag in _LISTS:
            return None
        text = " ".join((node_text(node) or "").split())
        if text and len(text) <= _NOTE_CHARS and not names_a_day(text):
            point = _MEETING_POINT.search(text)
            if point is not None:
                return " ".join(point["clock"].split()), point["place"].strip()
            met = stated_meeting(text)
            if met is not None:
                return met
    return None
