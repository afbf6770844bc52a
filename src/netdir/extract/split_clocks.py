"""A start time written as two elements, its hour and its minutes, that the styling sets apart.

A conference theme (the devfest Hugo theme of GDG Toulouse, QCrypt 2022's programme) writes each
session's start as ``<span class="startt"><span class="hh">09</span><span class="mm">45</span>
</span>``: a reader sees the hour large and the minutes raised beside it — 09:45 — while the text
holds only „09 45“, no clock. An element whose child elements are exactly an hour part and a
minute part, told by their classes („hh“/„mm“, „hour“/„minutes“, „std“/„min“) and holding one or
two digits and two digits, is read as that clock.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# The last word of a class token („hh“, „time-hour“, „event__hours“) that names the hour part,
# and the one that names the minutes.
_HOUR = frozenset({"hh", "hour", "hours", "hr", "std", "stunde", "stunden"})
_MINUTE = frozenset({"mm", "min", "mins", "minute", "minutes", "minuten"})
_WORDS = lazy_re.compile(r"[a-z]+")
_HOUR_DIGITS = lazy_re.compile(r"^\d{1,2}$")
_MINUTE_DIGITS = lazy_re.compile(r"^\d{2}$")


def split_clock(segment: list[LexborNode]) -> tuple[str, str] | None:
    """The clock ("09:45") an hour element and a minute element side by side in ``segment``
    show, and where it was read ("span.startt"); None when the segment has no such pair."""
    for node in segment:
        for holder in [node, *node.traverse(include_text=False)]:
            parts = _element_children(holder)
            if len(parts) != 2:
                continue
            hour, minute = parts
            if not (_names(hour, _HOUR) and _names(minute, _MINUTE)):
                continue
            hh, mm = hour.text(strip=True), minute.text(strip=True)
            if not (_HOUR_DIGITS.match(hh) and _MINUTE_DIGITS.match(mm)):
                continue
            if int(hh) > 23 or int(mm) > 59:
                continue
            where = holder.tag or "?"
            classes = (holder.attributes.get("class") or "").split()
            return f"{int(hh):02d}:{mm}", f"{where}.{classes[0]}" if classes else where
    return None


def _element_children(node: LexborNode) -> list[LexborNode]:
    children: list[LexborNode] = []
    child = node.child
    while child is not None:
        if child.is_element_node:
            children.append(child)
        child = child.next
    return children


def _names(node: LexborNode, words: frozenset[str]) -> bool:
    """Whether one of ``node``'s classes ends in one of ``words`` („hh“, „time-hour“)."""
    for token in (node.attributes.get("class") or "").lower().split():
        found = _WORDS.findall(token)
        if found and found[-1] in words:
            return True
    return False
