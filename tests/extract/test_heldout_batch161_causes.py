"""Causes found on held-out German batch 161 of the real-page corpus (municipal and community life:
the Förderverein Freibad Delligsen's Veranstaltungen, the Kita Pipilota's Termine, the
Burschenverein Unterneukirchen's festival week, the village Dreisbach's Dorfkalender), each pinned
on a minimal snippet and on its page: the records a reader would note, with their names, starts
and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.dash_joined_day_line import named_in_the_line
from netdir.normalize.when import parse_when
from netdir.normalize.when_badge_weekday import weekday_before_badge_day
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A season list stacks each row's day number, weekday and month in a badge — „9.“ / „Sa“ /
#    „März“ — beside the h2 name. Joined, the badge reads „9. Sa März“: the weekday between the
#    day and its month hid the date, and no row gave a record. Read as „Sa 9. März“, it dates the
#    row (and its weekday keeps a day a week past in its year: 9 March 2025 is no Saturday).


def test_a_weekday_between_the_day_and_its_month() -> None:
    assert weekday_before_badge_day("9. Sa März") == "Sa 9. März"
    assert weekday_before_badge_day("17. So. März 2024") == "So 17. März 2024"
    assert weekday_before_badge_day("12. Mai") == "12. Mai"  # no weekday: as written
    assert weekday_before_badge_day("1. Mo 2024") == "1. Mo 2024"  # no month after it
    today = date(2024, 3, 15)
    assert parse_when("9. Sa März", today=today).start == "2024-03-09"
    assert parse_when("31. Sa August", today=today).start == "2024-08-31"


_BADGES = (
    "<html><body><main><h1>Veranstaltungen</h1><div class='termine'>"
    "<div class='grid'><div class='date'><p>9.</p><div class='dateGrid'><div>Sa</div>"
    "<div>März</div></div></div><h2>1. Arbeitseinsatz 2024</h2></div><div></div>"
    "<div class='grid'><div class='date'><p>17.</p><div class='dateGrid'><div>So</div>"
    "<div>März</div></div></div><h2>Jahreshauptversammlung</h2></div><div></div>"
    "<div class='grid'><div class='date'><p>6.</p><div class='dateGrid'><div>Sa</div>"
    "<div>April</div></div></div><h2>Chlorgasschulung</h2></div>"
    "</div></main></body></html>"
)


def test_stacked_badges_on_a_snippet() -> None:
    assert readings_on(_BADGES, date(2024, 3, 15)) == [
        ("1. Arbeitseinsatz 2024", "2024-03-09", None),
        ("Jahreshauptversammlung", "2024-03-17", None),
        ("Chlorgasschulung", "2024-04-06", None),
    ]


def test_stacked_badges_on_their_page() -> None:
    assert saved_page_readings("astro-freibad-delligsen-veranstaltungen-2024-03") == [
        ("1. Arbeitseinsatz 2024", "2024-03-09", None),
        ("Jahreshauptversammlung", "2024-03-17", None),
        ("Chlorgasschulung", "2024-04-06", None),
        ("Becken putzen Feuerwehr", "2024-04-24", None),
        ("Beckenanstrich", "2024-04-27", None),
        ("Beckenanstrich Ersatztermin", "2024-05-04", None),
        ("Poolparty", "2024-08-31", None),
    ]


# 2. A village's „Dorfkalender“ holds one filled row: „13.06.2026 - Einladung zum Familientag FC
#    Dreisbach - 13 Uhr auf dem Seeberg“. „Dorfkalender“ was taken for the event's name (only
#    „Kalender“ itself was a dates page's heading) and the row's hour and place were lost. The
#    page's one timed date line names its event between dashes: the name, then the hour and the
#    place after it.


def test_a_line_that_names_its_event_between_dashes() -> None:
    found = named_in_the_line(" - Einladung zum Familientag FC Dreisbach - 13 Uhr auf dem Seeberg")
    assert found is not None
    assert (found.name, found.place) == ("Familientag FC Dreisbach", "Seeberg")
    found = named_in_the_line(" - Sommerfest des Heimatvereins - ab 15:30 Uhr")
    assert found is not None
    assert (found.name, found.place) == ("Sommerfest des Heimatvereins", None)
    assert named_in_the_line(" - Treffen - 13 Uhr") is None  # one word names no event
    assert named_in_the_line(", 13 Uhr, Rathaus") is None  # no name between dashes


_DORFKALENDER = (
    "<html><head><title>Dorfkalender - Unser Dorf</title></head><body><article><h1>Dorfkalender"
    "</h1><p>Hier findet ihr alle wichtigen Termine für das Dorf</p><p>Ihr habt einen Termin? "
    "Schickt uns eine Mail!</p><table><tr><td>13.06.2026 - Einladung zum Familientag FC Dreisbach"
    " - 13 Uhr auf dem Seeberg</td></tr><tr><td> </td></tr><tr><td> </td></tr></table>"
    "</article></body></html>"
)


def test_one_row_of_a_dorfkalender_on_a_snippet() -> None:
    assert readings_on(_DORFKALENDER, date(2026, 4, 29)) == [
        ("Familientag FC Dreisbach", "2026-06-13T13:00", "Seeberg")
    ]


def test_one_row_of_a_dorfkalender_on_its_page() -> None:
    assert saved_page_readings("publii-unser-dreisbach-dorfkalender-2026-04") == [
        ("Familientag FC Dreisbach", "2026-06-13T13:00", "Seeberg")
    ]


# 3. A village association's festival week: an overview slide lists each day once („25.07.2024 -
#    Bieranstich“), then one slide per day tells it again with its start („<h2>25.07.2024</h2>
#    <h2>Donnerstag</h2><h3>Bieranstich mit <br> Kapelle Josef Menzl</h3><h5>Beginn 19.30
#    Uhr</h5>“). The overview's lines were the records, without the hours. A row whose day is a
#    bare full date takes the start its day's own block labels „Beginn“.

_FESTIVAL = (
    "<html><body><section><h1>Burschengaufest 2024</h1><div class='carousel'>"
    "<div class='item'><h2>Übersicht</h2>"
    "<h5>25.07.2024 <a> - Bieranstich</a></h5><h5>26.07.2024 <a> - Wein- und Weißbierfest</a></h5>"
    "<h5>28.07.2024 <a> - Rasenmäherbulldog-Rennen</a></h5><h5>30.07.2024 <a> - Kabarett</a></h5>"
    "<h5>01.08.2024 <a> - BVU Brass Night</a></h5></div>"
    "<div class='item'><div class='row'><div class='col'><h2>25.07.2024</h2><h2>Donnerstag</h2>"
    "<h3>Bieranstich mit <br> Kapelle Josef Menzl</h3><h5>Beginn 19.30 Uhr</h5></div></div></div>"
    "<div class='item'><div class='row'><div class='col'><h2>26.07.2024</h2><h2>Freitag</h2>"
    "<h3>Wein- und Weißbierfest</h3><h5>mit Postamt-Trio</h5></div></div></div>"
    "<div class='item'><div class='row'><div class='col'><h2>01.08.2024</h2><h2>Donnerstag</h2>"
    "<h3>BVU Brass Night</h3><h5>Preis Early Bird: 21€</h5>"
    "<h5>Einlass 17.30Uhr - Beginn 18.00Uhr</h5></div></div></div>"
    "</div></section></body></html>"
)


def test_the_start_of_the_days_slide_on_a_snippet() -> None:
    readings = readings_on(_FESTIVAL, date(2023, 11, 25))
    assert ("Bieranstich", "2024-07-25T19:30", None) in readings
    assert ("Wein- und Weißbierfest", "2024-07-26", None) in readings  # its slide tells no start
    assert ("BVU Brass Night", "2024-08-01T18:00", None) in readings  # the start, not the doors
    assert len(readings) == 5  # the overview's days, each once
    # a slide that names another event on that day gives the row no start
    other = _FESTIVAL.replace(
        "<h3>Bieranstich mit <br> Kapelle Josef Menzl</h3>", "<h3>Kabarett</h3>"
    )
    assert ("Bieranstich", "2024-07-25", None) in readings_on(other, date(2023, 11, 25))


def test_the_start_of_the_days_slide_on_its_page() -> None:
    readings = saved_page_readings("static-bv-unterneukirchen-gaufest-2024")
    assert len(readings) == 9
    assert readings[0] == ("Bieranstich", "2024-07-25T19:30", None)
    assert ("BVU Brass Night", "2024-08-01T18:00", None) in readings
    assert ("Kabarett", "2024-07-30", None) in readings
