"""A page whose whole body is JSON: an API's answer, read for the event objects it holds.

Sites keep API answers as files (Meetup's events in a Jekyll site's ``_data/meetup.json``) and
sources point at such endpoints. Neither JSON-LD (it has an ``@context``) nor The Events
Calendar's REST answer (read before this), the body is not HTML either: parsed as HTML it is
one text node with no element to read. Its event objects are read like those a page keeps for
its scripts (:mod:`netdir.extract.embedded_json`).
"""

from __future__ import annotations

import json

from netdir.extract.js_object_literal import json_of_js_literal

_JSON_TYPES = ("application/json", "text/json", "+json")


def looks_like_json_document(text: str, content_type: str | None) -> bool:
    """The body is one JSON object or array (said so by its type, or opening like one)."""
    head = text.lstrip("\ufeff \r\n\t")[:1]
    if head not in ("{", "["):
        return False
    kind = (content_type or "").lower()
    if any(name in kind for name in _JSON_TYPES):
        return True
    try:  # served as anything else (text/html, text/plain), it must parse: no page does
        json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        # or parse once spelled as JSON (Node's util.inspect of the data: js_object_literal)
        return json_of_js_literal(text) is not None
    return True
