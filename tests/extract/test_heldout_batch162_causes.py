"""Causes found on held-out German batch 162 of the real-page corpus (civic tech and digital
networking: the PHP Usergroup Hamburg's talks, the agenda of the network operators' meeting
DENOG8, the Stammtische of Bits & Bäume Augsburg – München), each pinned on a minimal snippet and
on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.notices import names_a_break
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A meeting's agenda opens and closes with catering rows spanning the name columns —
#    „12:00 | 13:00 | Anmeldung & Welcome Lunch“ before the welcome, „13:00 | 14:30 |
#    Abschiedslunch & Kaffee“ after the closing talk. Like „Kaffeepause“ between the talks they
#    are the programme's gaps; read as programme points they were two extra records. A meal
#    welcoming or seeing off the guests is still a meal, and a lunch stays a break with the
#    coffee served beside it; coffee alone is no break („Kaffee und Kuchen“ of a village
#    afternoon is its offering).


def test_welcome_and_farewell_meals_are_breaks() -> None:
    assert names_a_break("Anmeldung & Welcome Lunch")
    assert names_a_break("Abschiedslunch & Kaffee")
    assert names_a_break("Welcome Lunch")
    assert names_a_break("Lunch and refreshments")
    # a talk over lunch, a dinner somewhere, an afternoon's coffee: offerings
    assert not names_a_break("Registration and Lunch Talk")
    assert not names_a_break("Abendessen im Ratskeller")
    assert not names_a_break("Kaffee und Kuchen")


_AGENDA = (
    "<html><body><h3>Tag 2 - 24.11.2016</h3><table class='table'><tbody>"
    "<tr><th>Start</th><th>Ende</th><th>Titel</th><th>Autor</th><th>Folien</th></tr>"
    "<tr bgcolor='#1fb714'><td>08:30</td><td>09:00</td><td colspan='3'>Anmeldung &amp; "
    "Welcome Lunch</td></tr>"
    "<tr><td>9:00</td><td>9:30</td><td>BGP PCAP Parser</td><td>Christoph Dietzel</td><td></td>"
    "</tr><tr><td>9:30</td><td>10:00</td><td>Monitoring with Prometheus and Grafana</td>"
    "<td>Richard Hartmann</td><td></td></tr>"
    "<tr><td>12:40</td><td>13:00</td><td>Closing Talk</td><td>DENOG Orga</td><td></td></tr>"
    "<tr bgcolor='#1fb714'><td>13:00</td><td>14:30</td><td colspan='3'>Abschiedslunch &amp; "
    "Kaffee</td></tr></tbody></table></body></html>"
)


def test_catering_rows_are_no_programme_points_on_a_snippet() -> None:
    titles = [title for title, _, _ in readings_on(_AGENDA, date(2016, 11, 22))]
    assert titles == [
        "BGP PCAP Parser",
        "Monitoring with Prometheus and Grafana",
        "Closing Talk",
    ]


def test_catering_rows_are_no_programme_points_on_their_page() -> None:
    readings = saved_page_readings("jekyll-denog8-agenda-2016")
    assert len(readings) == 16
    titles = [title for title, _, _ in readings]
    assert "Anmeldung & Welcome Lunch" not in titles
    assert "Abschiedslunch & Kaffee" not in titles
    assert ("Begrüßung", "2016-11-23T13:00", None) in readings
    assert ("Closing Talk", "2016-11-24T12:40", None) in readings


# 2. An association's meetup page lists the year's meetups — „**2025-05-21**: [Meetup 2025-04 in
#    Wolfsburg](…)“ — and details its own under the h1 „DENOG Meetup 2025-04 - Wolfsburg“ with
#    „Wann“ / „Wo“ rows. The page's event was read, and the list's row of its day as well: the
#    same meetup twice. A row on the event's day whose words the h1 holds is the event again.

_MEETUPS = (
    "<html><body><h1>DENOG Meetups 2025</h1><p>Alle Meetups aus 2025:</p>"
    "<p><strong>2025-05-21</strong>: <a href='/m4.html'>Meetup 2025-04 in Wolfsburg</a></p>"
    "<p><strong>2025-04-01</strong>: <a href='/m3.html'>Meetup 2025-03 in Berlin</a></p>"
    "<p><strong>2025-03-11</strong>: <a href='/m2.html'>Meetup 2025-02 in Dortmund</a></p>"
    "<p><strong>2025-02-12</strong>: <a href='/m1.html'>Meetup 2025-01 in Frankfurt</a></p>"
    "<h1>DENOG Meetup 2025-04 - Wolfsburg</h1><table><tbody>"
    "<tr><td>Wann</td><td>21.05.2025 18:30 - 21:30 Uhr</td></tr>"
    "<tr><td>Bei wem</td><td>Wobcom</td></tr>"
    "<tr><td>Wo</td><td>Wolfsburger Nordkopf Tower, Heßlinger Straße 1-5, 38440 Wolfsburg</td></tr>"
    "</tbody></table><p>DENOG Meetups sind Abendveranstaltungen der Network Operators Group.</p>"
    "</body></html>"
)


def test_the_list_row_of_the_pages_own_event_on_a_snippet() -> None:
    readings = readings_on(_MEETUPS, date(2025, 4, 2))
    days = [day for _, day, _ in readings]
    assert days.count("2025-05-21T18:30") == 1
    assert "2025-05-21" not in days
    assert ("Meetup 2025-03 in Berlin", "2025-04-01", "Berlin") in readings


def test_a_row_that_names_more_stays() -> None:
    # the same day, but a name with more words than the h1: another event of that day
    other = _MEETUPS.replace(
        "Meetup 2025-04 in Wolfsburg", "Vorbereitungstreffen Meetup 2025-04 in Wolfsburg"
    )
    titles = [title for title, _, _ in readings_on(other, date(2025, 4, 2))]
    assert "Vorbereitungstreffen Meetup 2025-04 in Wolfsburg" in titles


def test_the_list_row_of_the_pages_own_event_on_its_page() -> None:
    readings = saved_page_readings("jekyll-denog-meetup-2025-04")
    assert len(readings) == 5
    assert [day for _, day, _ in readings].count("2025-05-21T18:30") == 1
    assert ("Member Days 2025 in Kassel", "2025-02-07", "Kassel") in readings
