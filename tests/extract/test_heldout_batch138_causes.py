"""Causes found on held-out German batch 138 of the real-page corpus (environment, neighbourhood
and civil society: the home-page Termine of the climate initiative KlimaLautern), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from netdir.extract.sentence_places import meeting_place
from netdir.extract.where_then_when import where_then_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings

_TERMINE = """<html><body><h1>Termine</h1>
<h3>17.8. Critical Mass &amp; Klimastammtisch</h3>
<p>Critical Mass ist eine weltweite Bewegung von Radfahrern.</p>
<p>Treffpunkt zu Critical Mass ist um 18:00 am Stiftsplatz,</p>
<p>Beim Klimastammtisch kann man einfach vorbeikommen.</p>
<h3>25.8. Fledermausnacht</h3>
<p>Exkursion des NABU am Hammerwoog beim Hotel Blechhammer ab 19:25</p>
<h3>16.9. Arbeitstreffen</h3>
<p>Wir werden uns am 16.9. um 18:00 bei der DAA (Deutsche Angestellten Akademie) in der
Richard-Wagner-Strasse 1 wieder treffen. Die Arbeitsgruppen berichten.</p>
<h3>20.9. Parking Day</h3>
<p>Aktionstag, an dem der Platz zum Parken sinnvoller genutzt wird.</p>
<h2>Über uns</h2><p>Wir sind eine Klimainitiative.</p>
</body></html>"""


# 1. Where the prose says to meet, also when it names whose meeting point it is („Treffpunkt zu
#    Critical Mass ist um 18:00 am Stiftsplatz“, a clock with minutes and no „Uhr“) or tells the
#    meeting ahead with its day between („Wir werden uns am 12.6. um 18:00 an der TU wieder
#    treffen“, „… bei der DAA (Deutsche Angestellten Akademie) in der Richard-Wagner-Strasse 1 …“).


def test_meeting_point_named_for_whom_and_told_ahead() -> None:
    assert (
        meeting_place("Treffpunkt zu Critical Mass ist um 18:00 am Stiftsplatz,") == "Stiftsplatz"
    )
    assert meeting_place("Wir werden uns am 12.6. um 18:00 an der TU wieder treffen.") == "TU"
    assert (
        meeting_place(
            "Wir werden uns am 16.9. um 18:00 bei der DAA (Deutsche Angestellten Akademie) in der "
            "Richard-Wagner-Strasse 1 wieder treffen, siehe Anfahrtsskizze."
        )
        == "DAA (Deutsche Angestellten Akademie) in der Richard-Wagner-Strasse 1"
    )
    # the older forms stay, and a day is still no place
    assert meeting_place("Treffpunkt ist um 13:00 Uhr am Dorfplatz.") == "Dorfplatz"
    assert meeting_place("Wir werden uns um 18:00 am Montag treffen.") is None
    # a bare number is no clock without „Uhr“: „um 18 am …“ says nothing of an hour
    assert meeting_place("Treffpunkt zu Critical Mass ist um 18 am Stiftsplatz") is None


# 2. A short line that says where and then from when („Exkursion des NABU am Hammerwoog beim
#    Hotel Blechhammer ab 19:25“) gives the item its start hour and its place; opening hours, a
#    span, a day in place of the place, or a line of several sentences do not.


def test_short_line_where_then_when() -> None:
    told = where_then_when("Exkursion des NABU am Hammerwoog beim Hotel Blechhammer ab 19:25")
    assert told is not None
    assert (told.place, told.clock) == ("Hammerwoog beim Hotel Blechhammer", "19:25")
    told = where_then_when("Vortrag im Gemeindehaus St. Martin um 19:30 Uhr.")
    assert told is not None and told.place == "Gemeindehaus St. Martin"
    assert where_then_when("Das Café im Rathaus ist ab 10 Uhr geöffnet") is None
    assert where_then_when("Treffen im Vereinsheim ab 19 Uhr bis 22 Uhr") is None
    assert where_then_when("Kaffee und Kuchen am Samstag ab 15 Uhr") is None
    assert where_then_when("Wir sind am Stand. Danach im Rathaus ab 19 Uhr") is None


def test_headings_over_prose_give_hours_and_meeting_points() -> None:
    records = readings_on(_TERMINE, date(2023, 8, 15))
    assert records == [
        ("Critical Mass & Klimastammtisch", "2023-08-17T18:00", "Stiftsplatz"),
        ("Fledermausnacht", "2023-08-25T19:25", "Hammerwoog beim Hotel Blechhammer"),
        (
            "Arbeitstreffen",
            "2023-09-16T18:00",
            "DAA (Deutsche Angestellten Akademie) in der Richard-Wagner-Strasse 1",
        ),
        ("Parking Day", "2023-09-20", None),
    ]


def test_klimalautern_termine_august_2023() -> None:
    records = saved_page_readings("jekyll-klimalautern-home-2023-08")
    by_title = {title: (start, place) for title, start, place in records}
    assert by_title["Critical Mass & Klimastammtisch"] == ("2023-08-17T18:00", "Stiftsplatz")
    assert by_title["Fledermausnachta"] == (
        "2023-08-25T19:25",
        "Hammerwoog beim Hotel Blechhammer",
    )
    assert by_title["KlimaLautern-Arbeitstreffen"] == (
        "2023-09-16T18:00",
        "DAA (Deutsche Angestellten Akademie) in der Richard-Wagner-Strasse 1",
    )
    assert by_title["Wiesentag des BUND"] == ("2023-09-16", None)


def test_klimalautern_termine_may_2023() -> None:
    records = saved_page_readings("jekyll-klimalautern-home-2023-05")
    by_title = {title: (start, place) for title, start, place in records}
    assert by_title["Fahrradtour mit Critical Mass anschließend Klima-Stammtisch"] == (
        "2023-05-22T18:00",
        "Stiftsplatz",
    )
    assert by_title["KlimaLautern-Arbeitstreffen"] == ("2023-06-12T18:00", "TU")
