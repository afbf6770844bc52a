"""An event page's line that a map-pin icon marks is where the event is held.

A Hugo theme's event page sets its facts in a box of rows, each an icon font's glyph beside a
paragraph: „<div class="row"><span class="material-icons">location_on</span><p>Räume des
IZRD-eV, Normannstraße 1-2, 10367 Berlin Lichtenberg</p></div>“, then „schedule“ beside the
hours. No label names the address and no markup calls it a place; the pin says it, as a reader
takes it from the pin. A listing's rows read their pins already (``block_places``); a single
event's page did not.

Only a short line that is no date is read, whose own element opens with the pin or whose
element's nearest sibling before it is the pin (an icon that draws nothing but its glyph). A line
that says the place is still to come — „Der Startpunkt des Rundgangs kommt per E-Mail“, „Ort wird
noch bekannt gegeben“, „TBA“ — names none.

A Jekyll post's head sets its facts as one row of icon spans under the h1 — „<div
class="infohead"><span><i class="fa fa-calendar"></i> 2021-10-22</span><span><i class="fa
fa-clock-o"></i> 18:00</span><span><i class="fa fa-map-marker"></i><a> PURiNO
Weststadt</a></span></div>“ —: the line holds the day, so it is no place line, but the span the
pin opens is where, as a reader takes it from the pin. Only a span (or item) among two or more
siblings that each open with an icon is read: a row of icon facts, not a sentence with a pin in
it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_places import is_pin_icon
from netdir.extract.date_cues import DATE_LIKE

_ICON_TAGS = frozenset({"i", "span", "img", "svg"})
_MAX_WORDS = 16
# „kommt per E-Mail“, „folgt nach der Anmeldung“, „wird noch bekannt gegeben“, „TBA“: the place
# is to come, the line names none.
_PLACE_TO_COME = lazy_re.compile(
    r"\b(?:kommt|folgt|wird\s+(?:noch\s+)?(?:bekannt\s?gegeben|mitgeteilt|verschickt))\b"
    r"|\bper\s+e-?mail\b|\b(?:tba|tbd|to\s+be\s+announced)\b"
    r"|\bwill\s+be\s+(?:announced|sent|shared)\b",
    re.I,
)


def line_beside_a_pin(lines: list[tuple[str, LexborNode | None]]) -> tuple[str, int] | None:
    """(text, index) of the first short, dateless line a map-pin icon marks; None if none."""
    for index, (text, block) in enumerate(lines):
        if block is None or not text or len(text.split()) > _MAX_WORDS or DATE_LIKE.search(text):
            continue
        if _pinned(block) and not _PLACE_TO_COME.search(text):
            return text, index
    for index, (text, block) in enumerate(lines):
        # Only a short dated line (the row holds the day) whose markup names a pin at all is
        # walked: one regex over its HTML first.
        if (
            block is None
            or not text
            or len(text.split()) > _MAX_ROW_WORDS
            or not DATE_LIKE.search(text)
            or not _PIN_WORD.search(block.html or "")
        ):
            continue
        part = _pinned_fact_of_a_row(block)
        if part is not None:
            return part, index
    return None


def _opens_with_icon(element: LexborNode) -> LexborNode | None:
    """The icon ``element`` opens with (its first non-blank child), or None."""
    first = element.child
    while first is not None and first.tag == "-text" and not (first.text() or "").strip():
        first = first.next
    return first if first is not None and first.tag in _ICON_TAGS else None


def _pinned_fact_of_a_row(block: LexborNode) -> str | None:
    """The text of the one child of ``block`` a pin icon opens, when two or more of its children
    open with an icon (a row of icon facts: day, hours, place); None otherwise."""
    children = [child for child in block.iter() if child.tag in _ROW_PARTS]
    iconed = [child for child in children if _opens_with_icon(child) is not None]
    if len(iconed) < _MIN_ROW_ICONS:
        return None
    for child in iconed:
        icon = _opens_with_icon(child)
        if icon is None or not is_pin_icon(icon):
            continue
        text = " ".join((child.text(separator=" ") or "").split())
        if (
            text
            and len(text.split()) <= _MAX_WORDS
            and not DATE_LIKE.search(text)
            and not _PLACE_TO_COME.search(text)
        ):
            return text
        return None
    return None


_ROW_PARTS = frozenset({"span", "li", "div", "p"})
_MAX_ROW_WORDS = 24
# (the pre-check's net: any pin a class, label or glyph names; ``is_pin_icon`` decides)
_PIN_WORD = lazy_re.compile(r"map[-_ ]?(?:pin|marker)|location|geo|\bpin\b", re.I)
_MIN_ROW_ICONS = 2


def _pinned(block: LexborNode) -> bool:
    """The block opens with a pin icon, or the element right before it is one."""
    first = block.child
    while first is not None and first.tag == "-text" and not (first.text() or "").strip():
        first = first.next
    if first is not None and first.tag in _ICON_TAGS and is_pin_icon(first):
        return True
    before = block.prev
    while before is not None and before.tag == "-text" and not (before.text() or "").strip():
        before = before.prev
    return before is not None and before.tag in _ICON_TAGS and is_pin_icon(before)
