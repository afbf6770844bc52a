"""Causes found on held-out batch 47 (German listing pages of associations, owners N–Z: an
open-data office's events, an exhibition's programme, a music school's dates, a shooting club's
dates), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.date_cues import has_year
from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_clock_range_is_no_year() -> None:
    # „09:30-12:30 Uhr“ read „-12“ as a two-digit year (as in „12-05-23“), so the row took no
    # year from the heading above it.
    assert not has_year("09. Dec, 09:30-12:30 Uhr")
    assert not has_year("29. Apr, 10-12 Uhr")
    assert has_year("12-05-23")


def test_a_year_heading_inside_the_first_box_of_its_year_dates_the_boxes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<div class="schedule-event"><h4>2021</h4><div …><span>26.</span><span>Oct</span>…“: each
    # year's heading stands in the box of its first event. Before: every day in the year nearest
    # the page's day (26 October 2022, 26 February 2023 …).
    starts = [
        record["start"][:10]
        for record in inspect_corpus_page(capsys, "jekyll-odis-veranstaltungen")
    ]
    assert starts == [
        "2022-12-09",
        "2022-04-29",
        "2021-10-26",
        "2020-02-26",
        "2019-12-04",
        "2019-12-03",
        "2019-08-27",
    ]


def test_a_day_heading_over_timed_boxes_gives_one_record_per_box_in_the_year_of_its_weekdays(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<div class="day"><h1>Samstag 13.09.</h1><div class="event"><h2>10:00</h2><div><h2>Begrüßung
    # </h2><p>durch …</p></div></div>…“, saved in March 2017. Before: one record per day (its
    # first point) in 2017, where 13 September is a Wednesday; the weekdays fit 2014.
    records = inspect_corpus_page(capsys, "kirby-bachelorschau-ravensburg-programm-2014")
    assert [(r["title"], r["start"][:16]) for r in records[:3]] == [
        ("Begrüßung", "2014-09-13T10:00"),
        ("Vortrag", "2014-09-13T10:30"),
        ("Einführung in die Ausstellung", "2014-09-13T11:30"),
    ]
    assert len(records) == 11  # „Ende der Ausstellung“ is the exhibition's end, no record
    assert records[-1]["start"][:16] == "2014-09-14T15:30"


def test_icon_ligatures_are_no_words_and_a_pin_marks_its_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<i class="material-icons">today</i>22. Juni 2018 18:00 Uhr<br><i …>local_activity</i>
    # <a>Drumcircle</a><br><i …>location_on</i>musikum<br>“. Before: six records titled „today“,
    # no places, and the notice card „Bitte beachten sie auch unsere Ferien!“ above the row of
    # dated cards as an undated record.
    records = inspect_corpus_page(capsys, "php-musikum-luebeck-termine-2018")
    assert [r["title"] for r in records][:3] == [
        "Musikwochenende für Kinder",
        "Drumcircle",
        "Tafelmusik",
    ]
    assert all(record["start"] for record in records)
    assert records[1]["location"] == "musikum"
    assert records[3]["location"] == "Dechow"
    # „<i>location_on</i>Ort wird noch bekannt gegeben“: the pin says there is no place yet.
    assert records[4]["title"] == "Jahreskonzert"
    assert records[4]["location"] is None


def test_a_farm_heading_over_the_table_is_the_place_of_its_rows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Wälder farms' page: „<h4>Untermühlbachhof</h4>“ over a table of dated tours, its
    # sibling „<h4>Mathislehof</h4>“ over a paragraph; the farm heading is the rows' place.
    # Before: the seven table rows without a place (place 0 %).
    rows = inspect_corpus_page(capsys, "hugo-waelder-veranstaltungen-2016")
    assert len(rows) == 7
    assert {row["location"] for row in rows} == {"Untermühlbachhof"}
    assert (rows[0]["title"], rows[0]["start"]) == (
        "Die biologisch-dynamischen Präparate, Hornmist zum Mitmachen",
        "2016-05-28T15:00:00+02:00",
    )
