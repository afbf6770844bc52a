"""Lines of one dated roster row: a second topic on the same evening, a topic broken by ``<br>``.

A fire brigade's duty roster writes one evening per list item, „21. März - 19.00 Uhr Knoten,
Stiche - St. Baumgarten<br>Tragbare Leitern FwDV 10 - S. Pöppich<br>nach Absprache Seminar
Maschinisten MLF - N. Jentsch“. A reader sees two duties that evening — the second line has the
shape of the first, a topic and after a dash who leads it — and a third without a day („nach
Absprache“: by arrangement). The item reads as one row titled by its first line, so the second
duty is lost. And a long topic is broken over lines at its commas („Sicherung von verunfallten
Fahrzeugen,<br>Unfälle mit …,<br>Sicherung von Einsatzstellen“): a reader reads one title on.

So, in an item that opens with a day and a clock: a line after a ``<br>`` that, like the first,
ends with a person after a dash (and is no by-arrangement line) becomes an item of its own with
the first line's day and clock; a line after one ending with a comma joins it.
"""

from __future__ import annotations

import html

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.bold_sections import INLINE_TAGS, br_lines
from netdir.extract.credit_endings import ends_with_credit

# „04. Januar - 19.00 Uhr - “, „30. Januar - 15.30 Uhr - 17.30 Uhr “, „04.05.2017, 19:00 Uhr “:
# a day with its month, a clock (maybe to another) — what a second topic of the row shares.
_DAY_AND_CLOCK = lazy_re.compile(
    r"^\s*(?:0?[1-9]|[12]\d|3[01])\.\s?(?:[01]?\d\.(?:\d{2,4})?|[^\W\d_]{3,}\.?(?:\s\d{4})?)"
    r"\s?[-–,]?\s?\d{1,2}[.:]\d{2}\s?Uhr(?:\s?[-–]\s?\d{1,2}[.:]\d{2}\s?Uhr)?\s?(?:[-–]\s)?"
)
# „nach Absprache …“, „n. V.“, „auf Anfrage“: a line with no day of its own.
_BY_ARRANGEMENT = lazy_re.compile(r"^(?:nach\s+(?:Absprache|Vereinbarung)|n\.\s?V\.|auf\s+Anfrage)")


def split_roster_topics(body: LexborNode) -> None:
    """Give each second topic of a dated row its own item; join a topic broken at a comma."""
    for item in body.css("li"):
        lines = _br_lines(item)
        if lines is None or len(lines) < 2:
            continue
        prefix = _DAY_AND_CLOCK.match(lines[0])
        if prefix is None:
            continue
        kept, topics = _regroup(lines)
        if len(kept) == len(lines):
            continue
        item.inner_html = "<br>".join(html.escape(line) for line in kept)
        for topic in reversed(topics):
            row = item.clone()
            row.inner_html = html.escape(f"{prefix.group().rstrip()} {topic}")
            item.insert_after(row)


def _regroup(lines: list[str]) -> tuple[list[str], list[str]]:
    """The item's own lines (broken topics joined) and the further topics of its day."""
    kept = [lines[0]]
    topics: list[str] = []
    first_credited = ends_with_credit(lines[0])
    for line in lines[1:]:
        last = topics if topics else kept
        if last[-1].endswith(","):
            last[-1] = f"{last[-1]} {line}"
        elif first_credited and ends_with_credit(line) and not _BY_ARRANGEMENT.match(line):
            topics.append(line)
        else:
            kept.append(line)
    return kept, topics


def _br_lines(item: LexborNode) -> list[str] | None:
    """The item's text lines between ``<br>``s; None when it holds more than inline text."""
    for node in item.traverse(include_text=False):
        if node.mem_id != item.mem_id and node.tag != "br" and node.tag not in INLINE_TAGS:
            return None
    return [line.text for line in br_lines(item)]
