"""The hand-written calendar writer, read back by the icalendar library like a client would."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar

from netdir.publish import publish
from netdir.publish.ical_export import Revision, ics_bytes
from tests.publish.conftest import GENERATED_AT, TODAY, offering


def _events(data: bytes) -> dict[str, Calendar]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_long_lines_are_folded_at_75_octets_and_text_is_escaped() -> None:
    title = (
        "Überregionaler Fachaustausch „Digitale Souveränität“; Bund, Länder & Kommunen \\ 2027 " * 2
    )
    description = "Zeile eins\nZeile zwei; mit Komma, und Umlauten äöüß " * 5
    row = offering(id="lang", title=title, description=description, start="2027-02-01")

    data = ics_bytes([row], today=TODAY, generated_at=GENERATED_AT)

    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    for line in lines:
        line.decode("utf-8")  # never folded inside a UTF-8 character
    event = _events(data)["lang@netdir"]
    assert str(event["SUMMARY"]) == title
    assert str(event["DESCRIPTION"]).startswith(description)


def test_a_moved_event_gets_a_higher_sequence_and_a_later_last_modified() -> None:
    before = offering(id="tag", start="2027-03-10T09:00:00+01:00")
    moved = offering(id="tag", start="2027-03-17T09:00:00+01:00")
    first_seen = datetime(2026, 10, 1, 4, 0, tzinfo=UTC)
    moved_at = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)

    old = _events(
        ics_bytes(
            [before],
            today=TODAY,
            generated_at=GENERATED_AT,
            revisions={"tag": Revision(1, first_seen)},
        )
    )["tag@netdir"]
    new = _events(
        ics_bytes(
            [moved],
            today=TODAY,
            generated_at=GENERATED_AT,
            revisions={"tag": Revision(2, moved_at)},
        )
    )["tag@netdir"]

    assert int(old["SEQUENCE"]) == 0 and int(new["SEQUENCE"]) == 1
    assert new.decoded("LAST-MODIFIED") == moved_at > old.decoded("LAST-MODIFIED")
    assert new.decoded("DTSTART").day == 17


def test_a_recurring_offering_becomes_one_event_with_an_rrule() -> None:
    import recurring_ical_events

    row = offering(
        id="stammtisch",
        start="2026-11-03T18:00:00+01:00",  # before TODAY: the series goes on all the same
        end="2026-11-03T20:00:00+01:00",
        recurrence="FREQ=MONTHLY;BYDAY=1TU",
    )
    calendar = Calendar.from_ical(ics_bytes([row], today=TODAY, generated_at=GENERATED_AT))

    occurrences = recurring_ical_events.of(calendar).between(date(2027, 1, 1), date(2027, 4, 1))
    assert [o.decoded("DTSTART").date() for o in occurrences] == [
        date(2027, 1, 5),
        date(2027, 2, 2),
        date(2027, 3, 2),
    ]


def test_each_kind_has_its_own_calendar_to_subscribe_to(tmp_path: Path) -> None:
    rows = [
        offering(id="kongress", kind="conference", start="2027-05-04"),
        offering(id="webinar", kind="webinar", start="2027-05-05"),
    ]
    publish(rows, tmp_path, formats=["ics"], today=TODAY)

    assert set(_events((tmp_path / "upcoming.ics").read_bytes())) == {
        "kongress@netdir",
        "webinar@netdir",
    }
    assert set(_events((tmp_path / "upcoming-conference.ics").read_bytes())) == {"kongress@netdir"}
    assert set(_events((tmp_path / "upcoming-webinar.ics").read_bytes())) == {"webinar@netdir"}
    assert _events((tmp_path / "upcoming-barcamp.ics").read_bytes()) == {}
