"""A show's link that opens with its billing line: the act is the name, not the billing.

A venue's calendar writes each show as one link around two lines::

    <a href="popartist.php?cID=5178"><span class="headliner"><span class="prepend">
    <i>Two Nights!</i></span><br/>The Devil Makes Three</span></a>

The first line tells how the show is billed — „Two Nights!“, „An Evening With“, „UnderCover
presents“, „T R A P S O U L Tour“ — the line after the ``<br>`` names who plays. A reader names
the show by the act. Only a first line that is wholly such a billing phrase gives way; any other
first line („The EFFEN Golden Pass: Golden Anniversary Concert …“) may be the event's own name
and the link keeps its whole text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.bold_sections import br_lines

# „Two Nights!“, „An Evening With“, „(((folkYEAH!))) Presents“, „Another Planet presents:“,
# „T R A P S O U L Tour“, „Live:“: a line that bills the act below it.
_BILLING = lazy_re.compile(
    r"^(?:an?\s+(?:evening|night|afternoon)\s+with"
    r"|(?:two|three|four|five|\d+)\s+(?:nights|shows)!?"
    r"|.{1,60}?\s(?:presents?|präsentiert|proudly\s+presents?)"
    r"|.{1,60}?\s(?:tour)(?:\s+(?:19|20)\d{2})?"
    r"|live|special\s+guests?|zu\s+gast)\s*[:!.]?$",
    re.I,
)
_MAX_LINES = 4  # the billing, the act, perhaps a co-headliner or two


def act_after_billing(link: LexborNode) -> str | None:
    """The act's line(s) of ``link`` when its first ``<br>`` line only bills it; else None."""
    lines = [line.text for line in br_lines(link)]
    if not 2 <= len(lines) <= _MAX_LINES or _BILLING.match(lines[0]) is None:
        return None
    act = " ".join(lines[1:]).strip()
    return act or None
