"""changes.json: what was added, changed and removed since the previous publish.

"Previous" is the overview.json currently in the publish directory. ``last_seen`` moves on every
refresh and is therefore not a change.
"""

from __future__ import annotations

import json
from typing import Any

from netdir.publish.json_text import parse_json

IGNORED_FIELDS = frozenset({"last_seen"})
_IGNORED_AS_NULL = dict.fromkeys(IGNORED_FIELDS)


def previous_document(raw: bytes | None) -> dict[str, Any] | None:
    """The previous overview.json, or None if there is none or it is unreadable."""
    if not raw:
        return None
    try:
        document = parse_json(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None  # a damaged old file must not block the new publish: diff against nothing
    return document if isinstance(document, dict) else None


def changes_document(previous: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, Any]:
    old = {o["id"]: o for o in (previous or {}).get("offerings") or [] if isinstance(o, dict)}
    new = {o["id"]: o for o in current["offerings"]}
    added = [_summary(new[i]) for i in new if i not in old]
    removed = [_summary(old[i]) for i in old if i not in new]
    changed = []
    for offering_id, offering in new.items():
        before = old.get(offering_id)
        if before is None:
            continue
        # Most offerings are unchanged but for last_seen: one C-level comparison tells.
        if {**before, **_IGNORED_AS_NULL} == {**offering, **_IGNORED_AS_NULL}:
            continue
        fields = field_changes(before, offering)
        if fields:
            changed.append({**_summary(offering), "fields": fields})
    return {
        "generated_at": current["generated_at"],
        "previous_generated_at": (previous or {}).get("generated_at"),
        "summary": {"added": len(added), "changed": len(changed), "removed": len(removed)},
        "added": added,
        "changed": changed,
        "removed": removed,
    }


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{"start": {"old": "2027-03-12", "new": "2027-03-19"}, ...}`` for every differing field."""
    names = [name for name in new if name not in IGNORED_FIELDS]
    names += [name for name in old if name not in new and name not in IGNORED_FIELDS]
    return {
        name: {"old": old.get(name), "new": new.get(name)}
        for name in names
        if old.get(name) != new.get(name)
    }


def _summary(offering: dict[str, Any]) -> dict[str, Any]:
    return {"id": offering["id"], "title": offering.get("title"), "url": offering.get("url")}
