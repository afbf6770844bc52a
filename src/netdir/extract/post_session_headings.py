"""A news post whose sections are headed by the sessions it announces, each with its day.

A council group's post „Neue Sitzungsperiode startet: Diese Themen stehen in den kommenden
Wochen auf der Agenda“ gives each coming meeting a section of its own: „<h2>Auftakt:
Bezirksausschuss Witzhelden am 15. Juni</h2>“, „<h2>Sonderausschuss Schulzentrum am 16.
Juni</h2>“, „<h2>Jugendhilfeausschuss am 18. Juni</h2>“ …, each over the points on its agenda.
Headings „Name am <day>“ announce events (``heading_announcements``); more than two of them were
left to the listing detector as a list — but sections of one article, each a heading over its own
paragraphs or lists, are no rows the detector reads, and the post's own list below („29. Juni:
Ausschuss für …“) is what it read. So headings of one container that each open a section of
their own announce the post's sessions however many they are.

A word and a colon before the name — „Auftakt:“, „Start:“, „Neu:“, „Tipp:“ — says where the
event stands in the post, not what it is: the name is what follows. A heading that names only
the stage of the schedule — „<h2>Zweite Sitzungswoche startet am 22. Juni</h2>“ over „Am 22. Juni
tagt der Ausschuss für Soziales, Bildung, Kultur und Sport.“ — is named by the body its section's
first sentence says meets („tagt der …“, „trifft sich die …“), when the heading shares no word
with that body.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.sentence_ends import sentences

# „Auftakt: “, „Zum Abschluss: “, „Highlight: “: the post's word for the event's place in it.
_LEAD_LABEL = lazy_re.compile(
    r"^(?:Auftakt|Start|Neu|Tipp|Hinweis|Highlight|Außerdem|Danach|Anschließend|Abschluss|"
    r"Zum\s+Abschluss|Zum\s+Auftakt|Zuerst|Zunächst|Schließlich)\s*:\s+(?=[A-ZÄÖÜ])",
    re.IGNORECASE,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SECTION_BODY = frozenset({"p", "ul", "ol", "dl", "table", "blockquote"})


def without_lead_label(name: str) -> str:
    """„Auftakt: Bezirksausschuss Witzhelden“ → „Bezirksausschuss Witzhelden“."""
    return _LEAD_LABEL.sub("", name.strip(), count=1)


def sections_of_one_post(headings: list[LexborNode]) -> bool:
    """Whether the headings are siblings in one container, each over a section of its own
    (a paragraph or a list before the next heading)."""
    if len(headings) < 2:
        return False
    parent = headings[0].parent
    return parent is not None and all(
        heading.parent == parent and _opens_a_section(heading) for heading in headings
    )


def _opens_a_section(heading: LexborNode) -> bool:
    node = heading.next
    while node is not None and node.tag not in _HEADINGS:
        if node.tag in _SECTION_BODY:
            return True
        node = node.next
    return False


# „… tagt der Ausschuss für Soziales, Bildung, Kultur und Sport.“: the body that meets.
_MEETS = lazy_re.compile(
    r"\b(?:tagt|tagen|trifft\s+sich|treffen\s+sich|berät|beraten)\s+(?:der|die|das)\s+"
    r"(?P<body>[A-ZÄÖÜ][^.!?:;]{3,100}?)\s*(?:[.!?:;]|$)"
)
_WORD = lazy_re.compile(r"[^\W\d_]{3,}")


def body_meeting_below(heading: LexborNode, name: str) -> str | None:
    """The body the section's first sentence says meets, when the heading's name shares no word
    with it; None otherwise."""
    node = heading.next
    while node is not None and node.tag not in _HEADINGS and node.tag != "p":
        node = node.next
    if node is None or node.tag != "p":
        return None
    text = " ".join((node.text() or "").split())
    match = _MEETS.search(next(iter(sentences(text)), ""))
    if match is None:
        return None
    body = match["body"].strip()
    named = {w.casefold() for w in _WORD.findall(name)}
    return body if not named & {w.casefold() for w in _WORD.findall(body)} else None
