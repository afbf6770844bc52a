"""An event object's facts written as a list of label/value pairs instead of keys.

A restaurant's site keeps each event's details the way its page prints them, as rows of a label
and a value: ``"infos": [{"label": "Einlass", "wert": "19.30 Uhr"}, {"label": "Ort", "wert":
"Bierhütte im Biergarten"}, {"label": "Termin", "wert": "So. 14.06.2026, 19.00 Uhr"}]`` (schema.org's
``additionalProperty`` of ``{"name", "value"}`` pairs is the same shape). Such a row says what a
key would: the label is the key („Ort“ → ``ort``), the value its value. The readers then find the
place, the clock and the day where they look for them; a key the object states itself wins.
"""

from __future__ import annotations

from typing import Any

# The label and the value of one row, as sites name them.
_LABEL_KEYS = ("label", "name", "key", "bezeichnung")
_VALUE_KEYS = ("wert", "value", "text", "inhalt")
# Besides its label and value a row may carry its kind or an icon; more keys make it a thing of
# its own (a ticket type, a person), not a fact.
_MAX_ROW_KEYS = 3
_MAX_LABEL = 40  # „Bändchenverkauf“, „Beginn der Veranstaltung“: a label, not a sentence


def with_label_facts(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with the rows of each label/value list it holds added as keys (the label folded,
    without its colon); keys ``node`` states itself are kept as they are."""
    facts: dict[str, str] = {}
    for value in node.values():
        for label, text in _rows(value):
            facts.setdefault(label, text)
    added = {label: text for label, text in facts.items() if label not in node}
    return {**node, **added} if added else node


def _rows(value: Any) -> list[tuple[str, str]]:
    """The (label, value) rows of ``value`` when it is a list of label/value pairs; else none."""
    if not isinstance(value, list) or not value:
        return []
    rows = []
    for item in value:
        row = _row(item)
        if row is None:
            return []  # one item of another kind: the list is no table of facts
        rows.append(row)
    return rows


def _row(item: Any) -> tuple[str, str] | None:
    if not isinstance(item, dict) or len(item) > _MAX_ROW_KEYS:
        return None
    label = next((item[k] for k in _LABEL_KEYS if isinstance(item.get(k), str)), None)
    text = next((item[k] for k in _VALUE_KEYS if isinstance(item.get(k), str)), None)
    if label is None or text is None:
        return None
    label = label.strip().rstrip(":").strip().casefold()
    if not label or len(label) > _MAX_LABEL or not text.strip():
        return None
    return label, text.strip()
