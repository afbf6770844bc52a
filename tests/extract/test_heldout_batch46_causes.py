"""Causes found on held-out batch 46 (German music and course pages of owners A–M: an orchestra's
rehearsal plan and concert cards, two musicians' concert lists, a summer school's programme),
each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.normalize.when_lists import occurrences
from tests.extract.realpage_inspect import inspect_corpus_page, inspect_page


def _by_start(records: list[dict]) -> dict[str, dict]:
    return {record["start"][:16]: record for record in records if record["start"]}


def test_a_row_of_two_sessions_gives_one_record_per_clock_and_name_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Mo. 23.02.2026 | 19:00 Uhr<br>20:00 Uhr | Celli/Hörner<br>Tutti | St. Maximilian“, „So.
    # 26.04.2026 | 16:00 Uhr<br>18:00 Uhr | Anspielprobe<br>Konzert | …“. Before: one record per
    # row („Celli/Hörner“ at 19:00, „Anspielprobe Konzert“ at 16:00), the second session lost.
    starts = _by_start(inspect_corpus_page(capsys, "static-jms-mitspielen-2026-04"))
    assert starts["2026-02-23T19:00"]["title"] == "Celli/Hörner"
    assert starts["2026-02-23T20:00"]["title"] == "Tutti"
    assert starts["2026-02-23T20:00"]["location"] == "St. Maximilian"
    assert starts["2026-04-26T16:00"]["title"] == "Anspielprobe"
    assert starts["2026-04-26T18:00"]["title"] == "Konzert"
    assert starts["2026-04-25T14:00"]["end"].startswith("2026-04-25T17:00")  # „14:00–17:00 Uhr“
    assert starts["2026-05-04T19:30"]["title"] == "Probe"  # a row of one session stays one


def test_days_that_each_have_their_own_hours_are_sessions() -> None:
    # A course „Zeit: Do, 20.09., 11:15–17:45 Uhr und Fr, 21.09., 09:15–12:45 Uhr“ meets twice;
    # before, only the first session was read (and never a period over both days).
    assert occurrences("Do, 20.09., 11:15–17:45 Uhr und Fr, 21.09., 09:15–12:45 Uhr") == [
        "Do, 20.09., 11:15–17:45 Uhr",
        "Fr, 21.09., 09:15–12:45 Uhr",
    ]
    assert occurrences("Mo, 17.09., 14:15 Uhr–17:45 und Di, 18.09., 11:15–17:45 Uhr") == [
        "Mo, 17.09., 14:15 Uhr–17:45",
        "Di, 18.09., 11:15–17:45 Uhr",
    ]
    assert occurrences("Mi, 19.09., 09:15–17:45 Uhr") is None


def test_entries_between_rules_are_offerings_of_their_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Spotlights tab: h2 „Spotlights“, then talks set apart by <hr/>, each „<h5>Di, 18.09.,
    # 9:15–10:45 Uhr</h5><h4>Raum: F0.231</h4><h4>David Hofmannn</h4><h3>Music Processing
    # Suite …</h3>“. Before: one record „Spotlights“ on the first talk's day. The courses'
    # second sessions are records too.
    records = inspect_corpus_page(capsys, "static-edirom-summer-school-programm-2018")
    titles = {(r["title"], r["start"][:16]) for r in records}
    assert ("Audio Annotation – Workshop", "2018-09-18T09:15") in titles
    assert (
        "Music Processing Suite für symbolische Verarbeitung und Analyse von Musik",
        "2018-09-18T09:15",
    ) in titles
    assert not any(r["title"] == "Spotlights" for r in records)
    talk = next(r for r in records if r["title"] == "Audio Annotation – Workshop")
    assert talk["location"] == "F0.225"
    assert ("MEI Metadaten", "2018-09-21T09:15") in titles


def test_a_heading_of_day_and_place_leaves_the_name_to_the_text_below(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h3>7. Oktober 2018 in Siegburg</h3><p>DTKV-Konzert mit Werken aus dem …“: before, the
    # concert was titled „in Siegburg“.
    starts = _by_start(inspect_corpus_page(capsys, "static-leung-konzerte-2022-01"))
    assert starts["2019-11-02"]["title"].startswith("Dozentenkonzert")
    assert starts["2018-10-07"]["title"].startswith("DTKV-Konzert")
    # „Im Rahmen der 48 Stunden Chormusik Hamburg : Beethoven`s Chorphantasie … . In der
    # Kreuzkirche … am 11.06. 22 um 17:00 Uhr“: the sentence before the date names it.
    assert "Chorphantasie" in starts["2022-06-11T17:00"]["title"]


def test_a_venue_heading_over_the_cast_is_named_by_the_programme(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h4>28. September, <a>Schloss Bürgeln</a>, 17 Uhr</h4><p>Annette Rehberger, Violine<br>
    # Marjana Plotkina, Klavier</p><p>Beethoven: Frühlingssonate und Kreutzersonate</p>“: the
    # players with their instruments are the cast, the programme names the concert, the venue
    # is its place. Before: titled „Schloss Bürgeln“, without place.
    starts = _by_start(inspect_corpus_page(capsys, "static-marjana-plotkina-konzerte-2025-07"))
    concert = starts["2025-09-28T17:00"]
    assert concert["title"] == "Beethoven: Frühlingssonate und Kreutzersonate"
    assert concert["location"] == "Schloss Bürgeln"
    assert starts["2025-06-03T16:00"]["title"] == "Sonaten von Ludwig van Beethoven"
    assert starts["2025-04-04T19:30"]["title"] == "Cello Ära"  # a heading's name stays
    # „<h4>29. Dezember, Freiburg</h4><p>Sonaten von Beethoven und Brahms mit …</p>“: a town
    # alone after the day is the place too.
    assert starts["2023-12-29"]["title"].startswith("Sonaten von Beethoven und Brahms")
    assert starts["2023-12-29"]["location"] == "Freiburg"


def test_a_performance_line_ending_in_a_venue_keeps_the_card_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h3>Frühjahrskonzert</h3><p><strong>Termine:</strong></p><p>Sonntag, 26. April 2026, 18:00
    # Uhr – Kulturzentrum Trudering</p>“. Before: each performance titled by its venue.
    starts = _by_start(inspect_corpus_page(capsys, "static-jms-konzerte-2026-04"))
    assert starts["2026-04-26T18:00"]["title"] == "Frühjahrskonzert"
    assert starts["2026-04-26T18:00"]["location"] == "Kulturzentrum Trudering"
    assert starts["2026-05-08T20:00"]["location"] == "Herkulessaal der Münchner Residenz"


def test_a_venue_or_online_line_below_the_day_is_the_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<span class="cf-post-date">07.11.2023</span> … <span> Online per Zoom</span> <hr/> <a>
    # <h3>1. Online-Stammtisch …</h3>“: before, only lines with a street address were read as
    # the place below the day.
    records = inspect_page(
        capsys,
        "jekyll-cf-selbsthilfe-veranstaltungen-2024-06.html",
        "http://www.cf-selbsthilfe.de/alle_veranstaltungen.html",
        "2024-06-10",
    )
    starts = _by_start(records)
    assert starts["2023-11-07"]["location"] == "Online per Zoom"
    assert starts["2023-03-17"]["location"] == "Musterschule in Frankfurt am Main"


def test_an_undated_card_under_another_section_is_no_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Karten kaufen</h2> … <h4>München Ticket</h4> … <a>Zu München Ticket</a>“ in the same
    # card markup as the concerts under „<h2>Kommende Veranstaltungen</h2>“. Before: an undated
    # record „München Ticket“.
    records = inspect_corpus_page(capsys, "static-jms-konzerte-2026-04")
    assert all(record["start"] for record in records)
    assert len(records) == 6
