"""A post titled only „Termine 2023“ whose first sentence names the event before its day.

A village association's news page lists its posts by title and first paragraph; one post is
titled „Termine 2023“ and opens „Matjes-Essen am 26.05.2023 um 19:00 Uhr bei Bludau, Alter
Postweg 8, 30900 Wedemark; …“. The entry is dated by that sentence, and a reader calls it the
„Matjes-Essen“, not „Termine 2023“: a title that is only a word for a list of dates („Termine“,
„Veranstaltungen“, „Terminvorschau“, maybe with the year) names no event, while the words right
before „am <the day>“ that opens the sentence do. Only a short name (one to five words, no stop
or comma in it) counts; a sentence that opens otherwise („Am 23.02.2024 findet …“) is left to
the readers of announcing sentences.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading

# „Termine 2023“, „Veranstaltungen 2024/25“, „Terminvorschau“: a list's word, maybe its year.
_SCHEDULE_TITLE = lazy_re.compile(
    r"^(?:unsere\s+|nächste\s+|kommende\s+)?(?:termine|terminvorschau|terminübersicht|"
    r"veranstaltungen|vereinstermine|jahresprogramm|jahresplanung|programm)"
    r"(?:\s+(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?)?\s*:?$",
    re.I,
)
_MAX_WORDS = 5
SOURCE = "listing:the name before the day of its first sentence"


def named_instead_of_a_schedule_title(reading: BlockReading) -> None:
    """Title a block titled only by a schedule word by the name its dated first sentence gives
    right before „am <day>“."""
    title, when, text = reading.title, reading.date_text, reading.description
    if not title or not when or not text or _SCHEDULE_TITLE.match(title.strip()) is None:
        return
    at = text.find(when)
    if at <= 0:
        return
    before = text[:at]
    match = re.search(r"(?:^|[.!?;]\s+)(?P<name>[A-ZÄÖÜ][^.,;:!?()]*?)\s+am\s+$", before)
    if match is None:
        return
    name = match["name"].strip()
    if not 1 <= len(name.split()) <= _MAX_WORDS:
        return
    reading.title = name
    reading.sources["title"] = SOURCE
