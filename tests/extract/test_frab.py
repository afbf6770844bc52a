"""frab conference schedules (XML and pretalx's JSON) → one record per scheduled event."""

from __future__ import annotations

import json
import time

from netdir.extract import extract_page
from netdir.extract.frab import frab_conference
from netdir.extract.frab_xml import looks_like_frab_xml
from tests.extract.conftest import page_from_text

_XML = """<?xml version='1.0' encoding='utf-8' ?>
<schedule>
<!-- saved for a Fahrplan app -->
<conference><title>Testkongress</title><start>2026-12-27</start>{zone}</conference>
<day date='2026-12-27' index='1' start='2026-12-27T11:00:00+01:00' end='2026-12-28T04:00:00+01:00'>
<room name='Saal 1'>
<event id='1' guid='a'><date>{date}</date><start>{start}</start><duration>01:00</duration>
<room>Saal 1</room><title>Eröffnung</title><subtitle>Willkommen</subtitle>
<persons><person id='9'>Jane</person></persons></event>
<event id='2' guid='b'><date>2026-12-27T12:45:00+01:00</date><start>12:45</start>
<duration>01:05</duration><room>Saal 1</room><title>Mittagspause</title></event>
<event id='3' guid='c'><date>2026-12-27T14:00:00+01:00</date><start>14:00</start>
<duration>00:30</duration><room>Saal 1</room><title>Postersession</title></event>
</room>
<room name='Saal 2'>
<event id='3' guid='c'><date>2026-12-27T14:00:00+01:00</date><start>14:00</start>
<duration>00:30</duration><room>Saal 2</room><title>Postersession</title></event>
<event id='4'><start>00:30</start><duration>02:15</duration><room>Saal 2</room>
<title>Nachtfilm</title></event>
</room>
</day>
</schedule>
"""


def _xml(date: str = "2026-12-27T11:00:00+01:00", start: str = "11:00", zone: str = "") -> str:
    return _XML.format(date=date, start=start, zone=zone)


def _records(text: str, content_type: str | None = "application/xml") -> list:
    page = page_from_text(text, "https://example.org/fahrplan/schedule.xml", content_type)
    return extract_page(page).records


def test_every_event_of_every_room_is_a_record_with_its_stamp_duration_and_room() -> None:
    records = _records(_xml())
    assert [(r.title, r.start, r.end, r.location_text) for r in records] == [
        ("Eröffnung", "2026-12-27T11:00:00+01:00", "2026-12-27T12:00:00+01:00", "Saal 1"),
        ("Postersession", "2026-12-27T14:00:00+01:00", "2026-12-27T14:30:00+01:00", "Saal 1"),
        ("Nachtfilm", "2026-12-28T00:30:00", "2026-12-28T02:45:00", "Saal 2"),
    ]
    assert {r.extractor for r in records} == {"frab"}
    assert records[0].field_sources["start"] == "frab:date"
    assert records[2].field_sources["start"] == "frab:date+start"


def test_the_conference_is_the_frame_not_one_more_event() -> None:
    assert "Testkongress" not in {r.title for r in _records(_xml())}


def test_a_local_clock_marked_utc_is_kept_as_the_wall_clock() -> None:
    # A Jekyll template's „2026-12-27T11:00:00Z“ beside <start>11:00</start>.
    (first, *_) = _records(_xml(date="2026-12-27T11:00:00Z"))
    assert first.start == "2026-12-27T11:00:00"
    zoned = _records(
        _xml(date="2026-12-27T11:00:00Z", zone="<time_zone_name>Europe/Berlin</time_zone_name>")
    )
    assert zoned[0].start == "2026-12-27T11:00:00+01:00"


def test_a_true_utc_stamp_stays_a_moment() -> None:
    # 10:00 UTC is the 11:00 the programme shows in Berlin: a real stamp does not repeat it.
    (first, *_) = _records(_xml(date="2026-12-27T10:00:00Z"))
    assert first.start == "2026-12-27T10:00:00+00:00"
    # London in winter is at UTC: its 11:00Z is 11:00 there.
    london = "<time_zone_name>Europe/London</time_zone_name>"
    assert _records(_xml(date="2026-12-27T11:00:00Z", zone=london))[0].start == (
        "2026-12-27T11:00:00+00:00"
    )


def test_pretalx_json_reads_like_the_xml() -> None:
    event = {
        "id": 7, "guid": "x", "date": "2020-04-17T10:00:00+02:00", "start": "10:00",
        "duration": "00:30", "room": "Magenta Room", "title": "Open-source info-mediaries",
        "track": "Front-line", "url": "https://pretalx.com/democon/talk/RC3CXU/",
        "abstract": "Incentivize turn-key schemas!",
    }  # fmt: skip
    schedule = {
        "schedule": {
            "version": "v1.3",
            "conference": {
                "title": "DemoCon", "start": "2020-04-17", "end": "2020-04-19",
                "days": [{"date": "2020-04-17", "rooms": {"Magenta Room": [event]}}],
            },
        }
    }  # fmt: skip
    (record,) = _records(json.dumps(schedule), "application/json")
    assert (record.title, record.start, record.end, record.location_text, record.url) == (
        "Open-source info-mediaries",
        "2020-04-17T10:00:00+02:00",
        "2020-04-17T10:30:00+02:00",
        "Magenta Room",
        "https://pretalx.com/democon/talk/RC3CXU/",
    )
    assert (record.topics, record.description) == (["Front-line"], "Incentivize turn-key schemas!")


def test_one_talk_entered_twice_in_one_slot_is_one_record() -> None:
    # A merged schedule imported one talk twice, under two ids, into the same slot of one room;
    # the same title at the same time in another room, and again later in the same room, stay.
    def event(ident: int, room: str, start: str = "10:00") -> dict:
        return {
            "id": ident, "guid": f"g{ident}", "date": f"2022-12-27T{start}:00+01:00",
            "start": start, "duration": "01:15", "room": room, "title": "Achtsamkeit",
        }  # fmt: skip

    rooms = {
        "Ruheraum": [
            event(5134, "Ruheraum"),
            event(4638, "Ruheraum"),
            event(9, "Ruheraum", "15:00"),
        ],
        "Salon": [event(77, "Salon")],
    }
    schedule = {"schedule": {"conference": {"days": [{"date": "2022-12-27", "rooms": rooms}]}}}
    records = _records(json.dumps(schedule), "application/json")
    assert [(r.start[11:16], r.location_text) for r in records] == [
        ("10:00", "Ruheraum"), ("15:00", "Ruheraum"), ("10:00", "Salon"),
    ]  # fmt: skip


def test_only_frab_documents_are_taken() -> None:
    assert frab_conference('{"schedule": {"version": "1"}}') is None
    assert frab_conference('{"events": []}') is None
    assert frab_conference("<rss><channel><item/></channel></rss>") is None
    assert frab_conference("<!DOCTYPE html><html><body>schedule</body></html>") is None
    assert not looks_like_frab_xml("<?xml version='1.0'?><schedules><day/><event/></schedules>")


def test_a_schedule_declaring_entities_is_not_read() -> None:
    text = _xml().replace("<schedule>", '<!DOCTYPE schedule [<!ENTITY a "aaaa">]>\n<schedule>', 1)
    assert frab_conference(text) is None


def test_a_long_unclosed_comment_head_is_rejected_quickly() -> None:
    head = "<?xml version='1.0'?>" + "<!--" * 5000 + "-" * 5000
    begun = time.perf_counter()
    assert not looks_like_frab_xml(head)
    assert time.perf_counter() - begun < 0.5


def test_a_schedule_that_is_not_well_formed_is_left_to_the_other_readers() -> None:
    assert frab_conference(_xml().replace("</day>", "", 1)) is None


def test_odd_values_give_no_record_rather_than_an_error() -> None:
    event = {"title": "Ende der Zeit", "date": "9999-12-31T23:00:00+00:00", "duration": "02:00"}
    days = [
        {"date": "9999-12-31", "day_start": "9999-12-31T10:00:00", "rooms": {"A": [event]}},
        {"date": "2026-01-01", "rooms": {"B": [{"title": 1, "start": 5}, "x", None]}},
        {"rooms": []},
        "day",
    ]
    payload = {"schedule": {"conference": {"time_zone_name": "Europe", "days": days}}}
    (record,) = _records(json.dumps(payload), "application/json")
    assert (record.start, record.end) == ("9999-12-31T23:00:00+00:00", None)
