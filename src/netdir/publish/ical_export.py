"""upcoming.ics: the upcoming dated offerings as an RFC 5545 calendar to subscribe to.

Outlook and Thunderbird match events across refreshes by UID, so the UID derives from the
offering's stable id only. Times are given in Europe/Berlin with a VTIMEZONE, which Outlook needs
to place them correctly; all-day events use VALUE=DATE with an exclusive DTEND (RFC 5545 3.6.1).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from netdir.publish.labels import FORMAT_LABELS, kind_label, web_url
from netdir.publish.rows import parse_iso

BERLIN = ZoneInfo("Europe/Berlin")
CALENDAR_NAME = "netdir – Vernetzungsangebote für die öffentliche Verwaltung"
PRODID = "-//netdir//Vernetzungsangebote//DE"
# A week, month or season is not a date to put in someone's calendar ("Herbst 2027").
CALENDAR_PRECISIONS = frozenset({None, "minute", "day"})
_STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
# The rule-based form Thunderbird writes: Outlook reads it reliably, and it does not change
# from one publish to the next (a generated list of transitions would).
BERLIN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def event_uid(offering_id: str) -> str:
    return f"{offering_id}@netdir"


def is_upcoming(row: dict[str, Any], today: date) -> bool:
    """Dated precisely enough, not past, and ending (or starting) today or later."""
    if row.get("status") == "past" or row.get("date_precision") not in CALENDAR_PRECISIONS:
        return False
    start = parse_iso(row.get("start"))
    if start is None:
        return False
    last = parse_iso(row.get("end")) or start
    return _local_day(last) >= today


def ics_bytes(rows: list[dict[str, Any]], *, today: date, generated_at: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    calendar.add_component(Timezone.from_ical(BERLIN_VTIMEZONE.replace("\n", "\r\n")))
    upcoming = [row for row in rows if is_upcoming(row, today)]
    upcoming.sort(key=lambda row: (str(row.get("start")), str(row.get("id"))))
    for row in upcoming:
        calendar.add_component(_event(row, generated_at))
    return calendar.to_ical()


def _event(row: dict[str, Any], generated_at: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(str(row["id"])))
    event.add("dtstamp", generated_at)
    event.add("summary", row["title"])
    start = parse_iso(row.get("start"))
    end = parse_iso(row.get("end"))
    if start is None:  # is_upcoming admits only dated rows
        raise ValueError(f"offering {row['id']!r} has no start date for the calendar")
    if row.get("all_day") or not isinstance(start, datetime):
        first = _local_day(start)
        last = _local_day(end) if end is not None else first
        event.add("dtstart", first)
        event.add("dtend", max(last, first) + timedelta(days=1))  # exclusive end
    else:
        event.add("dtstart", start.astimezone(BERLIN))
        if isinstance(end, datetime) and end > start:
            event.add("dtend", end.astimezone(BERLIN))
        elif end is not None and not isinstance(end, datetime) and end > start.date():
            # "9:00 Uhr bis 14. März": runs until the end of that day.
            event.add(
                "dtend", datetime.combine(end + timedelta(days=1), datetime.min.time(), BERLIN)
            )
    url = web_url(row.get("url"))
    if url:
        event.add("url", url)
    location = _location(row)
    if location:
        event.add("location", location)
    event.add("status", _STATUS.get(str(row.get("status")), "CONFIRMED"))
    event.add("description", _description(row))
    if row.get("topics"):
        event.add("categories", list(row["topics"]))
    if row.get("first_seen"):
        event.add("created", datetime.fromisoformat(row["first_seen"]))
    # Someone subscribing to networking events is not busy at each of them.
    event.add("transp", "TRANSPARENT")
    return event


def _location(row: dict[str, Any]) -> str:
    parts = [part for part in (row.get("venue"), row.get("city")) if part]
    if not parts and row.get("format") == "online":
        return "Online"
    return ", ".join(dict.fromkeys(parts))


def _description(row: dict[str, Any]) -> str:
    lines: list[str] = []
    if row.get("description"):
        lines.append(str(row["description"]))
    facts = [
        ("Art", kind_label(row.get("kind"))),
        ("Format", FORMAT_LABELS.get(str(row.get("format")))),
        ("Veranstalter", row.get("organizer")),
        ("Zielgruppe", ", ".join(row.get("audience") or []) or None),
        ("Kosten", row.get("cost")),
        ("Termin laut Quelle", row.get("date_text")),
    ]
    lines.extend(f"{label}: {value}" for label, value in facts if value)
    sources = [url for s in row.get("sources") or [] if (url := web_url(s.get("url")))]
    if sources:
        lines.append("Quellen: " + " ".join(sources))
    return "\n".join(lines)


def _local_day(value: date | datetime) -> date:
    return value.astimezone(BERLIN).date() if isinstance(value, datetime) else value
