"""Causes found on held-out batch 45 (German pages about one event: a conference talk's page, blog
posts announcing a workshop or an open day, a one-page conference site, a club's news card, a trip
report), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.event_page_titles import spelled_out
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import inspect_page

# page → (base URL, day it was saved), as its truth file gives them
_SAVED = {
    "pentabarf-fossgis2010-osm-inspector": (
        "https://www.fossgis.de/konferenz/2010/events/102.de.html",
        "2010-03-24",
    ),
    "hugo-ebk-flti-arduino-workshop-2019": (
        "https://jotilux.github.io/flti-arduino-workshop/",
        "2020-10-04",
    ),
    "hugo-ebk-kochabend-2016-08": (
        "https://jotilux.github.io/kennenlern-und-kochabend-am-19-august/",
        "2020-10-04",
    ),
    "hugo-mvsailauf-weihnachtliche-klaenge-2025": (
        "https://www.mv1923sailauf.de/aktuelles/2025/weihnachtliche_kl%C3%A4nge_am_14122025/",
        "2025-12-15",
    ),
    "static-ostseebibelkonferenz-2017": (
        "https://artlessmaster.github.io/ostseebibelkonferenz/",
        "2017-08-11",
    ),
    "static-kvwoelpinghausen-reise-leipzig-2026": (
        "https://kulturverein-woelpinghausen.pages.dev/reisen/leipzig-2026.html",
        "2026-07-27",
    ),
}


def _one(capsys: pytest.CaptureFixture[str], page: str) -> dict:
    url, today = _SAVED[page]
    records = inspect_page(capsys, f"{page}.html", url, today)
    assert len(records) == 1
    return records[0]


def test_a_talk_page_whose_start_is_a_clock_takes_the_day_its_box_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Pentabarf's hCalendar box: „Tag: Freitag - 2010-03-05“, „Beginn: <td class="dtstart"
    # title="2010-03-24T15:30:00+01:00">15:30</td>“ (the title holds the export's day),
    # „Dauer: <td class="duration" title="P00H30M00S">00:30</td>“. Before: no day at all.
    record = _one(capsys, "pentabarf-fossgis2010-osm-inspector")
    assert record["title"] == "Der OSM Inspector"
    assert record["start"].startswith("2010-03-05T15:30")
    assert record["end"].startswith("2010-03-05T16:00")
    assert "Kleiner Hörsaal" in record["location"]


def test_a_german_byline_with_the_english_loan_word_is_the_posts_stamp(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Gepostet am 4 June 2019“ right under the h1 dated the workshop before; the event's day
    # and hours stand in the first sentence of the post.
    assert parse_when("Gepostet am 4 June 2019 | 122 Wörter", today=date(2020, 10, 4)).start is None
    record = _one(capsys, "hugo-ebk-flti-arduino-workshop-2019")
    assert record["title"] == "FLTI* Arduino Workshop"
    # „Am Samstag, dem 15.06.2019 findet von 13:00 Uhr bis 17:00 Uhr im Eigenbaukombinat …
    # statt.“: the sentence that announces the day gives its hours too.
    assert record["start"].startswith("2019-06-15T13:00")
    assert record["end"].startswith("2019-06-15T17:00")


def test_a_yearless_day_of_a_post_counts_from_its_byline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>Koch- und Kennenlernabend am 19. August</h1>“, „Gepostet am 15 August 2016“; the page
    # was saved in October 2020. Before: 2020-08-19.
    record = _one(capsys, "hugo-ebk-kochabend-2016-08")
    # „Wir kochen ab 19 Uhr gemeinsam griechisch!“: the hosts' hour is the start.
    assert record["start"].startswith("2016-08-19T19:00")


def test_a_news_card_whose_heading_repeats_the_page_title_names_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No h1–h3: the card's „<h5 class=card-title>Weihnachtliche Klänge am 14.12.2025</h5>“ is
    # the page's <title> too. Before: no record.
    record = _one(capsys, "hugo-mvsailauf-weihnachtliche-klaenge-2025")
    assert record["title"].startswith("Weihnachtliche Klänge")
    assert record["start"].startswith("2025-12-14")


def test_a_day_still_to_come_under_the_heading_is_no_publication_stamp(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>OBK</h1><h3>gemeinsam wachsen</h3><p>04.11.2017 | Weise Lehre statt leerer Worte |
    # Andreas Ebert</p>“ on a page committed on 11 August 2017: a page is not published on a
    # day still to come. The h1 abbreviates the <title> „OstseeBibelKonferenz“; the motto in
    # lower case under it names nothing. Before: no record.
    record = _one(capsys, "static-ostseebibelkonferenz-2017")
    assert record["title"] == "OstseeBibelKonferenz"
    assert record["start"].startswith("2017-11-04")


def test_an_acronym_heading_is_spelled_out_only_by_its_initials() -> None:
    assert spelled_out("OBK", "OstseeBibelKonferenz") == "OstseeBibelKonferenz"
    assert spelled_out("GPN", "Gulaschprogrammiernacht") is None  # one word, one initial
    assert spelled_out("Sommerfest", "Sommerfest") is None  # no acronym


def test_a_trips_destination_is_its_place(capsys: pytest.CaptureFixture[str]) -> None:
    # „<dt>Reiseziel</dt><dd>Leipzig</dd>“ beside „<dt>Datum</dt><dd>12.–14. Juni 2026</dd>“.
    record = _one(capsys, "static-kvwoelpinghausen-reise-leipzig-2026")
    assert record["location"] == "Leipzig"
    assert record["start"].startswith("2026-06-12")
