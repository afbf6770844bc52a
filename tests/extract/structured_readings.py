"""A JSON answer as the held-out structured causes' tests read it: extracted on a given day, and
each record as the normalizer writes its times.

The causes tests of batches BW, BX and BY each read hand-made JSON answers this way; they differ
only in the day the answer was saved and the URL it came from.
"""

from __future__ import annotations

import json
from datetime import datetime

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text

#: (title, normalized start, normalized end, location text) of a record.
Shown = tuple[str | None, str | None, str | None, str | None]

_URL = "https://example.org/events"


def answer_records(data: object, today: str, url: str = _URL) -> list[RawRecord]:
    """The records of ``data`` served as a JSON answer from ``url``, fetched at ``today`` (an ISO
    moment, „2025-10-06T10:00:00+00:00“)."""
    page = page_from_text(json.dumps(data), url, "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def shown(data: object, today: str, url: str = _URL) -> list[Shown]:
    """(title, start, end, place) of each record of the answer, as the normalizer writes them on
    the day of ``today``."""
    day = datetime.fromisoformat(today).date()
    readings: list[Shown] = []
    for record in answer_records(data, today, url):
        offering = normalize_record(record, today=day)
        readings.append((record.title, offering.start, offering.end, record.location_text))
    return readings
