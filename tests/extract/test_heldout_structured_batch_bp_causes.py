"""Held-out structured batch BP: the general causes it showed, minimal JSON and calendars and the real files."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.feed_link_days import link_day
from netdir.extract.json_date_texts import text_days
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _calendar(*events: tuple[str, ...], head: tuple[str, ...] = ()) -> list[RawRecord]:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:icalendar-ruby", *head]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines += ["END:VCALENDAR", ""]
    page = page_from_text("\r\n".join(lines), "https://example.org/events.ical", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2024-07-15T00:15:00+00:00")
    return extract_page(page).records


def _starts(records: list[RawRecord]) -> list[str | None]:
    """Each record's start as netdir shows it (normalized: in the zone the calendar is read in)."""
    return [normalize_record(r, today=date(2024, 7, 15)).start for r in records]


def _json(value: object, today: str = "2025-01-15T08:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(value), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


# --- a date object's own text names the days its writer's stamps leave out ------------------


def _dated(name: str, start: str, end: str, text: str) -> dict[str, object]:
    return {"name": name, "date": {"start": start, "end": end, "originalString": text}}


def test_the_pages_text_names_both_days_of_und_where_the_stamp_has_the_second() -> None:
    # Before: „Liebe ist“ on 9 February at 06:00 — the writer stamped only the second day.
    records = _json([_dated("Liebe ist", "2025-02-09T05:00:00.000Z", "2025-02-09T05:00:00.000Z",
                            "08. und 09. Februar 2025")])  # fmt: skip
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Liebe ist", "2025-02-08", "2025-02-09")
    ]
    assert records[0].field_sources["start"].endswith("date.originalString")


def test_a_text_that_agrees_with_the_stamps_or_names_no_day_leaves_them() -> None:
    today = date(2025, 1, 15)
    holder = {"originalString": "09. bis 25. Januar 2025"}
    assert text_days(holder, "2025-01-09T05:00:00.000Z", "2025-01-25T05:00:00.000Z", today) is None
    assert (
        text_days({"originalString": "Termin noch nicht bekannt"}, "2025-03-01", None, today)
        is None
    )
    # a text with a clock says no more than the stamp
    clocked = {"text": "Sa 8. Februar 2025, 19:30 Uhr"}
    assert text_days(clocked, "2025-02-08T19:30:00+01:00", None, today) is None
    # days that do not hold the stamped day are another date, not the same one written out
    assert text_days({"text": "3. und 4. März 2025"}, "2025-02-09", None, today) is None
    records = _json([_dated("Tanztage Berlin", "2025-01-09T05:00:00.000Z",
                            "2025-01-25T05:00:00.000Z", "09. bis 25. Januar 2025")])  # fmt: skip
    assert records[0].start is not None and records[0].start.startswith("2025-01-09")
    assert records[0].field_sources["start"].endswith("date.start")


def test_a_run_the_stamps_cut_short_is_the_texts_run() -> None:
    today = date(2026, 5, 1)
    holder = {"dateText": "14. bis 16. Mai 2026"}
    assert text_days(holder, "2026-05-14T10:00:00+02:00", None, today) == (
        "dateText",
        "2026-05-14",
        "2026-05-16",
    )


def test_berlin_de_event_highlights(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 27 of 29 — „Liebe ist“ and „Falkensee kreativ“ („08. und 09. Februar 2025“) on the 9th.
    rows = inspect_corpus_page(capsys, "json-berlin-de-event-highlights-2025-01")
    days = {row["title"]: (row["start"][:10], (row["end"] or "")[:10]) for row in rows}
    assert days["Liebe ist"] == ("2025-02-08", "2025-02-09")
    assert days["Falkensee kreativ"] == ("2025-02-08", "2025-02-09")
    assert days["Tanztage Berlin"] == ("2025-01-09", "2025-01-25")
    assert len(rows) == 29


# --- an English schedule of streams that names no zone and no place keeps its UTC clock ------

_STREAM = (
    "UID:a",
    "DTSTART:20240221T175000Z",
    "DTEND:20240221T200500Z",
    "SUMMARY:Team Chess Battle SF1 - Caruana/Chirila vs So/Lee",
    "DESCRIPTION:Day 5 of Team Chess Battle 2024",
    "LOCATION:https://www.twitch.tv/Chess",
)


def test_an_english_stream_schedule_without_zone_or_place_is_shown_at_utc() -> None:
    # Before: 18:50+01:00 — Berlin's clock, which nothing in the file names.
    records = _calendar(_STREAM)
    assert [r.title for r in records] == ["Team Chess Battle SF1 - Caruana/Chirila vs So/Lee"]
    assert _starts(records) == ["2024-02-21T17:50:00+00:00"]


def test_a_german_online_calendar_or_a_named_zone_or_a_place_keeps_its_reading() -> None:
    german = (
        "UID:b",
        "DTSTART:20240221T180000Z",
        "SUMMARY:Online-Stammtisch der Usergroup",
        "DESCRIPTION:Wir treffen uns wie immer im Jitsi-Raum und reden über die nächsten Vorträge",
        "LOCATION:https://meet.jit.si/usergroup",
    )
    assert _starts(_calendar(german)) == ["2024-02-21T19:00:00+01:00"]
    named = _calendar(_STREAM, head=("X-WR-TIMEZONE:America/New_York",))
    assert _starts(named) == ["2024-02-21T12:50:00-05:00"]
    placed = tuple(
        line if not line.startswith("LOCATION") else "LOCATION:Proton The Club, Stuttgart"
        for line in _STREAM
    )
    assert _starts(_calendar(placed)) == ["2024-02-21T18:50:00+01:00"]


def test_chess_broadcast_streams(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 1 of 25 starts at the file's clock — every stream an hour or two later, at Berlin's.
    rows = inspect_corpus_page(capsys, "ical-icalendar-ruby-chess-streams-2024-07")
    assert len(rows) == 25
    starts = {row["start"][:16] for row in rows}
    assert {"2024-02-21T17:50", "2024-04-19T13:25", "2024-06-16T19:00"} <= starts
    assert all(row["start"].endswith("+00:00") for row in rows)


# --- an event feed's item dated nowhere but in its link --------------------------------------


def _feed(
    *items: tuple[str, str, str, str], title: str = "TurnierTanzClub Bühl"
) -> list[RawRecord]:
    entries = "".join(
        f"<item><title>{name}</title><link>{link}</link><pubDate>{published}</pubDate>"
        f"<description>{text}</description></item>"
        for name, link, published, text in items
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://www.ttc-buehl.de/events/</link>"
        f"<description>Recent content on {title}</description>{entries}</channel></rss>"
    )
    page = page_from_text(body, "https://www.ttc-buehl.de/events/index.xml", "application/rss+xml")
    page.fetched_at = datetime.fromisoformat("2019-06-25T18:42:00+00:00")
    return extract_page(page).records


_ZERO = "Mon, 01 Jan 0001 00:00:00 +0000"


def test_an_event_feeds_item_without_date_is_on_the_day_its_link_opens_with() -> None:
    # Before: no day — Hugo's zero pubDate is no date and the summary names none.
    records = _feed(
        (
            "Auftritt: Tanz in den Mai",
            "https://www.ttc-buehl.de/events/2019-04-30-tanz-in-den-mai/",
            _ZERO,
            "Einige Paare unserer Lateinformation zeigen eine Show-Choreo.",
        )
    )
    assert [(r.title, r.start) for r in records] == [("Auftritt: Tanz in den Mai", "2019-04-30")]
    assert records[0].field_sources["start"].startswith("feed:item.link")


def test_a_link_day_yields_to_the_items_own_day_and_to_a_news_feed() -> None:
    training = (
        "Offenes Formationstraining",
        "https://www.ttc-buehl.de/events/2019-06-10-offenes-training/",
        _ZERO,
        "Wann? Am 10. Juni 2019 von 12 bis ca. 15 Uhr",
    )
    record = _feed(training)[0]
    assert record.start is None and record.field_sources.get("start") is None  # the text's day
    post = ("Rückblick", "https://example.org/blog/2019-04-30-rueckblick/", _ZERO, "Schön war's.")
    assert _feed(post, title="Neuigkeiten und Blog")[0].start is None
    assert link_day("https://example.org/events/2019-02-30-fest/") is None
    assert link_day("https://example.org/2019-04-30/") == "2019-04-30"


def test_ttc_buehl_events_feed(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 2 of 4 — the two performances, dated only by their links, had no day.
    rows = inspect_corpus_page(capsys, "rss-hugo-ttc-buehl-events-2019-06")
    starts = sorted((row["start"] or "")[:16] for row in rows)
    assert starts == ["2019-04-30", "2019-05-29", "2019-06-10T12:00", "2019-06-29T11:00"]
