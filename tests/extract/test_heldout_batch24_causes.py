"""Causes found on held-out batch 24 of the real-page corpus (German-language pages of an
association's Hugo calendar, two Swiss PHP sites and a generated council-session calendar),
each pinned on its page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import Page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _page(name: str, url: str, today: date) -> Page:
    html = (PAGES / name).read_text(encoding="utf-8")
    fetched = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    return replace(page_from_text(html, url), fetched_at=fetched)


def _read(name: str, url: str, today: date) -> list[tuple[str, str | None]]:
    records = extract_page(_page(name, url, today)).records
    return [(record.title, normalize_record(record, today=today).start) for record in records]


def test_a_link_saying_where_the_meeting_is_written_up_names_no_meeting() -> None:
    # Ratsakten Bad Waldsee: each row „Dienstag, 28. Juli 2026 · 17:30 Uhr“ / the committee /
    # a link „In der Ausgabe KW 31/2026“ or „Im Ratsinformationssystem“ — the link leads to the
    # write-up; the committee's name (unlinked, on the same line) names the meeting.
    got = _read(
        "static-ratsakten-badwaldsee-termine-2026.html",
        "https://dominikamann.github.io/ratsakten-bad-waldsee/termine.html",
        date(2026, 9, 24),
    )
    assert len(got) == 21
    assert got[0] == ("Ortschaftsrat Reute-Gaisbeuren", "2026-07-28T17:30:00+02:00")
    assert got[5] == ("Aufsichtsrat der Stadtwerke Bad Waldsee GmbH", "2026-09-28T17:30:00+02:00")
    assert got[6] == ("Gemeinderat", "2026-09-28T18:15:00+02:00")
    assert not [title for title, _ in got if "Ausgabe" in title or "Ratsinformation" in title]
