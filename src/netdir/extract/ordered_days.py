"""Days that a browser shows as list numbers: Markdown's ordered lists.

An author who writes "25. Juni Unifest" in Markdown gets an ordered list, ``<ol start="25">
<li>Juni Unifest</li>``: a browser shows "25. Juni Unifest", the markup holds no day at all (and
the next line, "Juli - 10. Oktober …", is numbered 26). Only an item that opens with a month word
is read this way — an ordered list of steps or agenda points keeps its numbers out of the text.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import MONTH_WORD

_FIRST_WORD = lazy_re.compile(r"^\s*([^\W\d_]+\.?)")


def number_month_items(body: LexborNode) -> None:
    """Write each ``<ol>`` item's shown number before its text when the item opens with a month
    word, so "Juni Unifest" numbered 25 reads "25. Juni Unifest" (``start``/``value`` honoured)."""
    for ordered in body.css("ol"):
        number = _integer(ordered.attributes.get("start"), 1)
        for item in ordered.iter(include_text=False):
            if item.tag != "li":
                continue
            number = _integer(item.attributes.get("value"), number)
            first = first_text_node(item)
            if first is not None:
                match = _FIRST_WORD.match(first.text() or "")
                if match is not None and MONTH_WORD.match(match.group(1)):
                    first.insert_before(f"{number}. ")
            number += 1


def first_text_node(item: LexborNode) -> LexborNode | None:
    """The first text node of ``item`` that holds more than white space: where its text opens."""
    for node in item.traverse(include_text=True):
        if node.is_text_node and (node.text() or "").strip():
            return node
    return None


def _integer(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
