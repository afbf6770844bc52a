"""Held-out structured batch AM (conference schedules in the frab format): each general cause it
showed, on its real file."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_frabs_own_schedule_xml_gives_every_event_with_its_room_and_end(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The 31C3 Fahrplan as frab exported it. Before: a .xml body was read as an HTML page and
    # gave no record at all.
    rows = inspect_corpus_page(capsys, "frab-31c3-fahrplan-2014-12")
    assert len(rows) == 19
    first = rows[0]
    assert (first["title"], first["start"], first["end"], first["location"]) == (
        "31C3 Opening Event",
        "2014-12-27T11:00:00+01:00",
        "2014-12-27T11:30:00+01:00",
        "Saal 1",
    )
    # The film at midnight stands under the first day; its <date> says the next morning.
    film = next(row for row in rows if row["title"] == "Citizenfour")
    assert (film["start"], film["end"]) == (
        "2014-12-28T00:00:00+01:00",
        "2014-12-28T02:15:00+01:00",
    )


def test_a_local_clock_stamped_utc_keeps_the_clock_the_schedule_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Leipzig Semantic Web Day's Jekyll-written schedule: <date>…T09:00:00Z</date> beside
    # <start>09:00</start>. Before: read as an HTML listing of one room, each Z taken for UTC
    # (09:00 became 11:00 CEST) and the other rooms' four events missed.
    rows = inspect_corpus_page(capsys, "frab-lswt2019-schedule-2019-05")
    assert len(rows) == 27
    assert (rows[0]["title"], rows[0]["start"]) == ("Welcome", "2019-05-22T09:00:00+02:00")
    titles = [row["title"] for row in rows]
    assert "Mittagspause" not in titles  # a bare break
    assert titles.count("Kaffeepause und Postersession") == 2  # once each, not once per room
    assert "Using Jekyll RDF" in titles


def test_a_pretalx_export_is_its_talks_not_the_conference_around_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # pretalx's frab JSON of its demo conference. Before: the JSON document reader also took
    # the conference („DemoCon“, 17–19 April) for an event and read no duration.
    rows = inspect_corpus_page(capsys, "pretalx-democon-schedule-2020-04")
    assert len(rows) == 24
    assert "DemoCon" not in {row["title"] for row in rows}
    assert (rows[0]["start"], rows[0]["end"]) == (
        "2020-04-17T10:00:00+02:00",
        "2020-04-17T10:30:00+02:00",
    )
