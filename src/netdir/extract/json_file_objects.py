"""A JSON object that describes a file — a meeting's invitation or minutes, a media attachment —
is a document, not an event, however event-like its name and date.

The City of Karlsruhe's OParl meeting holds its invitation as ``{"type":
"https://schema.oparl.org/1.1/File", "name": "Tagesordnung OR 15.01.2025", "date": "2024-12-13",
"mimeType": "application/pdf", "fileName": "00663622.pdf"}``: titled and dated, so the reader of a
JSON body's objects took it for an event on the day the document was written. A file says what it
is by its media type (OParl's and Google Drive's ``mimeType``, WordPress media's ``mime_type``) or
by an OParl ``type`` that names a File.
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re

_MEDIA_TYPE_KEYS = ("mimetype", "mime_type", "mediatype", "media_type")
# „application/pdf“, „image/jpeg“, „text/html; charset=utf-8“: a type, a slash, a subtype.
_MEDIA_TYPE = lazy_re.compile(r"^[a-z]+/[\w.+-]+(?:\s*;.*)?$")
# OParl's types are addresses ending in the kind's name: „https://schema.oparl.org/1.1/File“.
_FILE_TYPE = lazy_re.compile(r"(?:^|/)File$")


def is_file_object(node: dict[str, Any]) -> bool:
    """``node`` describes a file: it states a media type, or its OParl ``type`` is a File."""
    for key, value in node.items():
        if not isinstance(value, str):
            continue
        folded = key.casefold()
        if folded in _MEDIA_TYPE_KEYS and _MEDIA_TYPE.match(value.strip().casefold()):
            return True
        if folded == "type" and "oparl" in value.casefold() and _FILE_TYPE.search(value.strip()):
            return True
    return False
