"""Where an event object states its times: schema.org's ``startDate``/``endDate`` or
ActivityStreams' ``startTime``/``endTime``.

Federated event platforms (Mobilizon, Gancio, Friendica) serve each event as an ActivityPub
object, JSON-LD whose ``@context`` is ActivityStreams: ``"type": "Event"``, ``"name"``, a
schema.org ``Place`` as ``"location"`` — and its times as ``"startTime": "2019-12-18T13:00:00Z"``,
the ActivityStreams properties, not schema.org's. Read as a schema.org Event the object had a
title and a place but no day.
"""

from __future__ import annotations

from typing import Any

_SCHEMA_KEYS = ("startDate", "endDate")
_ACTIVITY_KEYS = ("startTime", "endTime")


def event_time_keys(node: dict[str, Any]) -> tuple[str, str]:
    """The keys of ``node``'s start and end: schema.org's, unless the node states only
    ActivityStreams' ``startTime`` (then its ``endTime`` is the end)."""
    if node.get("startDate") is None and isinstance(node.get("startTime"), str):
        return _ACTIVITY_KEYS
    return _SCHEMA_KEYS
