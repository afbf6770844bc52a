"""An undated series its dated sessions name as their ``superEvent``: their frame, no offering.

schema.org asks a site to group recurring sessions under an ``EventSeries`` and to link each
session to it. Sober Founders' events page writes "Sober Founders Weekly Mastermind Sessions"
without a day, and the Thursday and the Tuesday mastermind (each with its first day and weekly
``eventSchedule``) point to it by ``"superEvent": {"@id": …}``; the page shows the sessions,
never the series. Its record would be a third, dateless one beside the two sessions. Such a
series is skipped; one with a day of its own, one a list names (a catalog's programme in an
``ItemList``), and one no dated event points to stay offerings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from netdir.extract.schedule import as_list
from netdir.extract.schema_org import event_types, type_names

_SERIES = "EventSeries"


def framing_series(things: Iterable[tuple[dict[str, Any], bool]]) -> set[int]:
    """``id()`` of each undated, unlisted ``EventSeries`` node among ``things`` (nodes and whether
    a list named them) that a dated event among them names as its ``superEvent`` (by ``@id``)."""
    things = list(things)
    framed = {
        reference
        for node, _ in things
        if event_types(node) and node.get("startDate")
        for parent in as_list(node.get("superEvent"))
        if (reference := _id_of(parent))
    }
    if not framed:
        return set()
    return {
        id(node)
        for node, listed in things
        if not listed
        and _SERIES in type_names(node)
        and not node.get("startDate")
        and _id_of(node) in framed
    }


def _id_of(node: object) -> str | None:
    if isinstance(node, str):
        return node
    if isinstance(node, dict) and isinstance(node.get("@id"), str):
        return str(node["@id"])
    return None
