"""A talk still without a title is named by the speaker its card's byline sets in bold.

A seminar's cards announce the coming talks before all their titles are known::

    <div class="seminar-card"> <span class="month">Apr</span> <span class="day">10</span> …
      <h3>TBA</h3>
      <p class="seminar-meta"><strong>Sarisht Wadhwa</strong> — Duke University</p>
      <p class="seminar-time">11:00 AM ET</p> </div>

Four cards titled „TBA“ are four talks, not one talk four times; a reader tells them by their
speakers, and the card says who speaks in the one bold name under the placeholder (the line
beside it says where the speaker comes from). ``talk_title_labels`` names such a talk by a
speaker its day line writes; this reads the byline of a card whose day stands apart.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text
from netdir.extract.talk_title_labels import is_title_to_come
from netdir.records import RawRecord

TITLE_SOURCE = "listing:the speaker in bold under the card's placeholder title"
# A person's name: two to five words, each opening with a capital („François-Xavier Wicht“,
# „Ke Wu“), the particles of surnames („van“, „de“) between them; no digit, no colon.
_PERSON = lazy_re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s+(?:(?:van|von|der|de|den|da|di|du|le|la|del|dos|bin|al)\s+)*"
    r"[^\W\d_][\w'’.-]*){1,4}$"
)
_BOLD = "strong, b"


def name_placeholders_by_bylines(
    records: list[RawRecord], block_of: dict[int, list[LexborNode]]
) -> None:
    """Name each record whose title is still to come by the one bold person's name of its
    block (``block_of``: the block each record was read from, by the record's identity)."""
    for record in records:
        if not is_title_to_come(record.title):
            continue
        block = block_of.get(id(record))
        speaker = _bold_person(block) if block else None
        if speaker is None:
            continue
        record.title = speaker
        record.field_sources["title"] = TITLE_SOURCE


def _bold_person(block: list[LexborNode]) -> str | None:
    """The block's one bold text that is a person's name; None with none or several."""
    names = {
        text
        for node in block
        for bold in node.css(_BOLD)
        if (text := re.sub(r"\s+", " ", visible_text(bold)).strip())
        and _PERSON.match(text)
        and any(part[:1].isupper() for part in text.split())
        and all(part[:1].isupper() or part.islower() for part in text.split())
        and not is_title_to_come(text)
    }
    return names.pop() if len(names) == 1 else None
