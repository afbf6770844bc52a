"""Pictographs a page sets before a field's label: „📅 Datum:“, „🕒 Uhrzeit:“, „📍 Ort:“.

A course card says „<strong>📅 Datum:</strong> Donnerstag, 6. November 2025<br><strong>🕒
Uhrzeit:</strong> 17:30 Uhr<br><strong>📍 Ort:</strong> HTL-Leonding“. The labels were read only
where a line opened with the label's word, so the calendar sign hid „Datum:“: the label line was
taken for the card's name and the clock and the place stayed unread. The pictograph (emoji and
their modifiers, dingbats, clock faces) says nothing the label does not; a label pattern lets it
open the line.
"""

from __future__ import annotations

# Emoji and other pictographs and their modifiers (variation selector, zero-width joiner).
PICTOGRAPHS = "\U0001f300-\U0001faff\u2600-\u27bf\u231a\u231b\u23f0-\u23f3\ufe0f\u200d"
# What may stand before a label's word: pictographs and the spaces after them.
LABEL_MARK = rf"(?:[{PICTOGRAPHS}]+\s*)?"
