"""A JSON object that describes a file is a document, not an event."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_file_objects import is_file_object
from tests.extract.conftest import page_from_text

_INVITATION = {
    "id": "https://web1.karlsruhe.de/oparl/bodies/0001/files/663622",
    "type": "https://schema.oparl.org/1.1/File",
    "name": "Tagesordnung OR 15.01.2025",
    "date": "2024-12-13",
    "fileName": "00663622.pdf",
    "mimeType": "application/pdf",
}


def test_a_media_type_or_an_oparl_file_type_says_file() -> None:
    assert is_file_object(_INVITATION)
    assert is_file_object({"title": "Flyer", "date": "2026-05-01", "mime_type": "image/jpeg"})
    assert is_file_object({"name": "x", "type": "https://schema.oparl.org/1.0/File"})
    assert is_file_object({"name": "x", "MimeType": "text/html; charset=utf-8"})


def test_an_event_or_a_loose_type_is_no_file() -> None:
    meeting = {"type": "https://schema.oparl.org/1.1/Meeting", "name": "Bäderausschuss"}
    assert not is_file_object(meeting)
    assert not is_file_object({"title": "Profile", "type": "File"})  # not OParl's type
    assert not is_file_object({"title": "Upload-Workshop", "mimeType": "Workshop"})
    assert not is_file_object({"title": "x", "mimeType": None})


def test_an_oparl_meetings_documents_are_no_records() -> None:
    meeting = {
        "type": "https://schema.oparl.org/1.1/Meeting",
        "name": "Ortschaftsrat Durlach (öffentlich/nicht öffentlich)",
        "start": "2025-01-15T17:00:00+01:00",
        "invitation": _INVITATION,
        "resultsProtocol": {**_INVITATION, "name": "Protokoll OR 15.01.2025", "date": "2025-02-06"},
    }
    page = page_from_text(json.dumps(meeting), "https://web1.karlsruhe.de/oparl/meetings/10022")
    records = extract_page(page).records
    assert [(r.title, r.start) for r in records] == [
        ("Ortschaftsrat Durlach (öffentlich/nicht öffentlich)", "2025-01-15T17:00:00+01:00")
    ]
