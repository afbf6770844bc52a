"""Whether a site's data object was withdrawn from the site: deleted, trashed or left a draft.

A club site's dashboard keeps an entry it deleted in the file its pages load, marked
(„"status": "deleted", "deletedAt": "2026-06-18T23:58:03.001Z"“), and the page shows only the
entries it approved; a CMS export keeps its trashed and draft posts the same way. Such an
object is no offering a reader sees, so it gives no record. Kept narrow: a called-off event
(„"cancelled": true“) is still listed and marked, and states like „archived“, „past“ or
„completed“ are listed events that took place.
"""

from __future__ import annotations

from typing import Any

# Keys whose text says where an object stands in its site's workflow.
_STATE_KEYS = ("status", "state", "post_status", "publishStatus", "publish_status")
# The states of an object no longer (or not yet) on the site.
_WITHDRAWN_STATES = frozenset(
    {"deleted", "trash", "trashed", "removed", "draft", "gelöscht", "geloescht", "entwurf"}
)
# A stamp of the deletion (set when filled) and a flag (set when true).
_DELETED_STAMP_KEYS = ("deletedAt", "deleted_at", "deletedOn", "deleted_on")
_DELETED_FLAG_KEYS = ("isDeleted", "is_deleted", "deleted")


def withdrawn_key(node: dict[str, Any]) -> str | None:
    """The key of ``node`` that marks it withdrawn from its site, or None."""
    for key in _STATE_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip().casefold() in _WITHDRAWN_STATES:
            return key
    for key in _DELETED_STAMP_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return key
    return next((key for key in _DELETED_FLAG_KEYS if node.get(key) is True), None)
