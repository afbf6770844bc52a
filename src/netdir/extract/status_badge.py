"""A row's status badge: an element that says only „Cancelled“ („Postponed“, „Abgesagt“ …).

A committee's list marks a meeting that did not happen with a badge of its own beside the date —
`<span class="badge cancelled">Cancelled</span>` — and its title stays the committee's name, so
the status is not in the title the classifier reads. An element of the row whose whole text is
one status word is the row's status text; words inside a longer text are not („Cancelled flights
talk“ is a title, „falls abgesagt“ a condition). A row holding two or more events has no single
status, so the caller asks only for a row that gave one record.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text

#: The words that call an event off („entfällt“, „abgesagt“, "cancelled"), as a regex alternation.
CALLED_OFF = r"entf(?:ä|ae)llt|f(?:ä|ae)llt\s+aus|abgesagt|cancell?ed"
_STATUS_WORD = lazy_re.compile(
    r"^(?:" + CALLED_OFF + r"|postponed|rescheduled|verschoben|ausgefallen)[.!]?$", re.I
)
# „fällt leider aus!“, „Entfällt leider“, „leider abgesagt“: all a day line says beside its
# day — a remark on the day's status, no name of what is called off.
_STATUS_REMARK = lazy_re.compile(
    r"^(?:leider\s+)?(?:f(?:ä|ae)llt\s+(?:(?:leider|heute|diesmal|krankheitsbedingt)\s+){0,2}aus"
    r"|entf(?:ä|ae)llt(?:\s+leider)?|abgesagt|ausgefallen|cancell?ed|postponed|verschoben)"
    # „abgesagt wegen Coronavirus“, „entfällt aufgrund von Krankheit“, „abgesagt wg. Covid-19“:
    # the status and its reason
    r"(?:\s+(?:wegen|wg\.|aufgrund)\s+[\w-]+(?:\s+[\w-]+){0,2})?"
    r"\s*[.!]*$",
    re.I,
)
_ELEMENTS = 60  # a row's elements looked at; a longer block is no row
#: Provenance suffix of the status a row's badge states.
SOURCE = "status badge"


def status_badge(segment: list[LexborNode]) -> str | None:
    """The status word an element of the row says alone, if exactly one status is said."""
    found: set[str] = set()
    seen = 0
    for block in segment:
        for node in [block, *block.traverse(include_text=False)]:
            seen += 1
            if seen > _ELEMENTS:
                return None
            text = " ".join((node_text(node) or "").split())
            if text and len(text) <= 20 and _STATUS_WORD.match(text):
                found.add(text.rstrip(".!").casefold())
    return next(iter(found)) if len(found) == 1 else None


def is_status_remark(text: str) -> bool:
    """True when ``text`` only remarks on a day's status („fällt leider aus!“)."""
    return len(text) <= 40 and bool(_STATUS_REMARK.match(" ".join(text.split())))


# „Evangelisation Waren (Müritz) 17 Uhr: abgesagt wg. Covid-19“: a name, maybe its clock, then
# after a colon the remark that it is called off. (A dash keeps it: „DRC Meeting on December 2,
# 2020 - CANCELLED“ is how an agenda centre names the cancelled meeting's row.)
_STATUS_TAIL = lazy_re.compile(
    r"^(?P<name>.*?[^\W\d_].*?)"
    r"(?:\s+(?:um\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr)?"
    r"\s*:\s*(?P<status>[^:]{1,40})$"
)


def status_tail(title: str) -> tuple[str, str] | None:
    """The name and the status remark of a title that appends its status after a colon
    („Evangelisation Waren (Müritz) 17 Uhr: abgesagt wg. Covid-19“ → the name, „abgesagt wg.
    Covid-19“), the clock before the colon left to the date; None if it appends none."""
    found = _STATUS_TAIL.match(" ".join(title.split()))
    if found is None or not is_status_remark(found.group("status")):
        return None
    return found.group("name").strip(" ,"), found.group("status")
