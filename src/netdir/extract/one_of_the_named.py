"""Slots under a sentence that invites to „one of the“ offerings it names.

A climate alliance's post, under its h1 „Onboardings“::

    <p>… bist du herzlich dazu eingeladen an einem der Online-Onboardings teilzunehmen:</p>
    <p>So 6.11. 10:00-11:30 oder</p>
    <p>Di 8.11. 14:30 – 16:00 oder</p>
    <p>Do 10.11. 19:00 – 20:30</p>

The rows only say when; the sentence right above them says what each one is — one of the
„Online-Onboardings“, so each slot is one „Online-Onboarding“ (the plural the sentence uses for
them all names every one in the singular). Named by the h1 above, every slot was „Onboardings“.
The sentence must end with its colon right above the run of slots and invite to take part in,
visit or book one of them („an einem der … teilzunehmen:“, „einen der … besuchen:“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.lead_sentence import names_only_the_list

#: How many slot rows may stand between the sentence and the row read.
_MAX_SLOTS_ABOVE = 8
_MAX_SLOT_CHARS = 80  # a slot line („Di 8.11. 14:30 – 16:00 oder“), not a paragraph of prose
_ONE_OF = lazy_re.compile(
    r"\b(?:an\s+|für\s+|zu\s+)?(?:einem|einer|einen|eines|eine)\s+(?:der|unserer)\s+"
    r"(?:(?:nächsten|kommenden)\s+)?(?P<name>[A-ZÄÖÜ][\w-]{2,40})\s+"
    r"(?:teil(?:zu)?nehmen|teil|zu\s+besuchen|besuchen|anmelden|anzumelden|buchen)\b"
    r"[^:.!?]{0,40}:\s*$"
)
_UMLAUT = lazy_re.compile(r"[äöü]", re.I)
SOURCE = "listing:lead sentence above (one of the offerings it names)"


def one_of_the_named(block: LexborNode) -> str | None:
    """The singular name the sentence above a run of slot rows gives each of them („an einem der
    Online-Onboardings teilzunehmen:“ → „Online-Onboarding“); None when no such sentence stands
    right above the run ``block`` is in."""
    node = block.prev
    slots = 0
    while node is not None and slots <= _MAX_SLOTS_ABOVE:
        if node.is_text_node or node.tag in ("-comment", "br"):
            node = node.prev
            continue
        text = " ".join((node_text(node) or "").split())
        if len(text) <= _MAX_SLOT_CHARS and DATE_LIKE.search(text):
            slots += 1  # another slot of the run
            node = node.prev
            continue
        match = _ONE_OF.search(text)
        if match is None:
            return None
        plural = match["name"]
        if names_only_the_list(plural):
            return None  # „an einem der Termine“: the sentence names no offering
        return singular(plural)
    return None


def singular(plural: str) -> str:
    """One of ``plural`` („Online-Onboardings“ → „Online-Onboarding“, „Infoabende“ →
    „Infoabend“, „Führungen“ → „Führung“); the plural itself where its singular is not plain
    (an umlaut's plural „Vorträge“, „Treffen“, „Runden“)."""
    head, mark, last = plural.rpartition("-")
    lead = head + mark
    if last.endswith("ungen"):
        return lead + last[:-2]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return lead + last[:-1]  # a borrowed plural: Workshops, Onboardings, Meetups
    if last.endswith("e") and len(last) > 4 and not _UMLAUT.search(last):
        return lead + last[:-1]  # Infoabende, Kurse, Seminare
    return plural
