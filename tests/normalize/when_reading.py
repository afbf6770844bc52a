"""What ``parse_when`` reads from a date string, as the held-out rounds' cause tests compare it."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when


def wall_clock_when(text: str, today: date) -> tuple[str | None, str | None]:
    """Start and end as the page's wall-clock time (``2026-05-01T19:00``, ``2026-05-01``), the
    stated offset left off as tests/realpages/evaluate.py compares them."""
    found = parse_when(text, today=today)
    return (
        found.start[:16] if found.start else None,
        found.end[:16] if found.end else None,
    )
