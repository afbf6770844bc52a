"""Causes found on held-out German batch 150 of the real-page corpus (civic life and public
services: Mieming-Plus's calendar of the villages of the Mieminger Plateau, Freifunk Berlin's
event pages), each pinned on a minimal snippet and on its page: the records a reader would note,
with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.clocked_day_again import day_again_with_its_clock
from netdir.extract.title_text import is_junk_title
from netdir.extract.venue_clock_name import venue_clock_name
from tests.extract.realpage_inspect import readings_on, saved_page_readings

_CALENDAR = "web2date-mieming-plus-veranstaltungen-2007-05"

# 1. A link a table site sets in square brackets after the row's sentence — „… Thöni-
#    Technologiezentrum, Obermarkt 46 <a>[mehr]</a>“ — points to the event's page: „[mehr]“ is
#    as much a pointer as „mehr“, and the row is named by its own text.

_ROWS = """<html><head><title>Veranstaltungen</title></head><body>
<h1>Mieminger Plateau: Veranstaltungen</h1>
<h2>Bitte vormerken:</h2>
<table>
<tr><td class=s2d valign=top><b>13.05.2007:</b> Gotthard Bonell Vernissage: Stilleben- und
Körper-Landschaften. Porträts, DO 26.4. - 13.05.2007, 18 Uhr, Thöni-Technologiezentrum,
Obermarkt 46 <a href='./b.html' class='s2d'>[mehr]</a><br><br></td><td></td></tr>
<tr><td class=s2d valign=top><b>17.06.2007:</b> Gemeindesaal Mieming, 19 Uhr,
Abschlusskonzert der Musikschule Telfs - Expositur Mieming.<br><br></td><td></td></tr>
<tr><td class=s2d valign=top><b>06.07.2007:</b> Barwies-Sozialzentrum, 20.15 Uhr,
Platzkonzert der Musikkapelle Mieming.<br><br></td><td></td></tr>
<tr><td class=s2d valign=top><b>30.07.2007:</b> Obsteig: 30. Juli – 5. August 2007
Bergsommer-Festival mit den Trenkwaldern, vom 30.07. bis 05.08.2007
<a href='./c.html' class='s2d'>[mehr]</a><br><br></td><td></td></tr>
</table></body></html>"""


def test_bracketed_pointer_names_nothing() -> None:
    assert is_junk_title("[mehr]")
    assert is_junk_title("[ weiter ]")
    assert is_junk_title("[Details]")
    # a name that only opens with a bracket stays a name
    assert not is_junk_title("[Online] Stammtisch")


def test_bracketed_pointer_on_a_snippet() -> None:
    readings = readings_on(_ROWS, date(2007, 5, 4))
    assert not any(title == "[mehr]" for title, _, _ in readings)
    starts = {start for title, start, _ in readings if title and title.startswith("Gotthard")}
    assert starts == {"2007-05-13"}


def test_bracketed_pointer_on_the_page() -> None:
    readings = saved_page_readings(_CALENDAR)
    assert not any(title == "[mehr]" for title, _, _ in readings)
    titles = {start: title for title, start, _ in readings}
    assert titles["2007-07-30"] and "Bergsommer-Festival" in titles["2007-07-30"]


# 2. A row that says where, then when, then what — „Barwies-Sozialzentrum, 20.15 Uhr,
#    Platzkonzert der Musikkapelle Mieming.“ — is the concert, at that venue, at that hour; read
#    as „name, clock, place“ the venue was the name and the concert the place.


def test_venue_clock_name_on_a_snippet() -> None:
    readings = readings_on(_ROWS, date(2007, 5, 4))
    assert (
        "Platzkonzert der Musikkapelle Mieming",
        "2007-07-06T20:15",
        "Barwies-Sozialzentrum",
    ) in (readings)
    assert (
        "Abschlusskonzert der Musikschule Telfs - Expositur Mieming",
        "2007-06-17T19:00",
        "Gemeindesaal Mieming",
    ) in readings


def test_venue_clock_name_split() -> None:
    assert venue_clock_name(
        " Pfarrkirche Untermieming, 9.00 Uhr. Festgottesdienst mit anschließender "
        "Fronleichnamsprozession."
    ) == (
        "Pfarrkirche Untermieming",
        "9.00 Uhr",
        "Festgottesdienst mit anschließender Fronleichnamsprozession",
    )
    # the usual order keeps its order: the name first, the venue after the clock
    assert venue_clock_name("Konzert der Stadtkapelle, 20 Uhr, Stadthalle") is None
    # a first part without a venue word is no venue
    assert venue_clock_name("Jahreshauptversammlung, 19 Uhr, Bericht des Vorstands") is None


def test_venue_clock_name_on_the_page() -> None:
    readings = saved_page_readings(_CALENDAR)
    assert (
        "Platzkonzert der Musikkapelle Mieming",
        "2007-07-06T20:15",
        "Barwies-Sozialzentrum",
    ) in (readings)
    by_start = {start: (title, place) for title, start, place in readings}
    assert by_start["2007-06-07T09:00"] == (
        "Festgottesdienst mit anschließender Fronleichnamsprozession",
        "Pfarrkirche Untermieming",
    )


# 3. An event page's box of icon rows: the line beside the map pin („<span class="material-icons">
#    location_on</span><p>Räume des IZRD-eV, Normannstraße 1-2, 10367 Berlin Lichtenberg</p>“)
#    is where the event is held.
# 4. The day the heading gives („Communityday Frühling 2026 24 Mai 2026“) told again below with
#    its clock („24 Mai 2026 13:00“ / „- 24 Mai 2026 18:00“) gives the event's start and end.

_EVENT = """<html lang="de"><head><title>Communityday Frühling 2026 | Freifunk Berlin</title></head>
<body><section><div class="container">
<h1 class="title"><span class="material-icons">calendar_month</span> Communityday Frühling 2026
<span style="color:grey">24 Mai 2026</span></h1>
<div class="d-flex"><p>Am Communityday kommen wir zusammen, um uns über wichtige Themen im
Berliner Freifunk-Netz auszutauschen.</p>
<div><div class="p-4 mb-4 rounded">
<div class="row"><span class="material-icons align-middle col-2">location_on</span>
<p class="col-8">Räume des IZRD-eV, Normannstraße 1-2, 10367 Berlin Lichtenberg</p></div>
<div class="row"><span class="material-icons align-middle col-2">schedule</span>
<p class="col-8">24 Mai 2026 13:00<br>- 24 Mai 2026 18:00</p></div>
</div></div></div></div></section></body></html>"""


def test_event_box_on_a_snippet() -> None:
    assert readings_on(_EVENT, date(2026, 5, 10)) == [
        (
            "Communityday Frühling 2026",
            "2026-05-24T13:00",
            "Räume des IZRD-eV, Normannstraße 1-2, 10367 Berlin Lichtenberg",
        )
    ]


def test_day_again_with_its_clock() -> None:
    lines = [
        ("Hackday 08 Juli 2026", None),
        ("Bring dein Projekt mit.", None),
        ("8 Juli 2026 12:00", None),
        ("- 8 Juli 2026 18:00", None),
    ]
    assert day_again_with_its_clock(lines, "08 Juli 2026", 0) == (
        "8 Juli 2026 12:00 - 8 Juli 2026 18:00",
        2,
    )
    # another day with a clock, or the day inside a sentence, is no repetition of it
    other = [("Hackday 08 Juli 2026", None), ("9 Juli 2026 12:00", None)]
    assert day_again_with_its_clock(other, "08 Juli 2026", 0) is None
    prose = [("Hackday 08 Juli 2026", None), ("8 Juli 2026 12:00 treffen wir uns im Raum", None)]
    assert day_again_with_its_clock(prose, "08 Juli 2026", 0) is None


def test_event_box_on_the_pages() -> None:
    assert saved_page_readings("hugo-freifunk-berlin-event-communityday-2026-05-24") == [
        (
            "Communityday Frühling 2026",
            "2026-05-24T13:00",
            "Räume des IZRD-eV, Normannstraße 1-2, 10367 Berlin Lichtenberg",
        )
    ]
    assert saved_page_readings("hugo-freifunk-berlin-event-wireless-community-weekend-2026") == [
        (
            "Wireless Community Weekend 2026",
            "2026-05-15T12:00",
            "c-base space station, Rungestrasse 20, 10179 Berlin",
        )
    ]


# 5. Who holds the event, said after its name — „"Schaferfest" in Gschwent. Veranstalter:
#    Schafzuchtverein Barwies“, „Gacher Blick-Messe, Veranstalter: Mieminger Bergler.“ — is no
#    part of the name, and after the clock („20.15 Uhr. Veranstalter: Musikkapelle Mieming.“) it
#    is no place.

_ORGANISED = """<html><head><title>Veranstaltungen</title></head><body>
<h1>Veranstaltungen</h1>
<table>
<tr><td><b>15.07.2007:</b> Gacher Blick-Messe, Veranstalter: Mieminger Bergler.<br><br></td></tr>
<tr><td><b>05.08.2007:</b> TT-Wandercup und anschl. Fest, Grünberglift Obsteig. Veranstalter:
TVB Mieminger Plateau.<br><br></td></tr>
<tr><td><b>12.05.2007:</b> Frühjahrskonzert, 20.15 Uhr. Veranstalter: Musikkapelle Mieming.<br>
<br></td></tr>
</table></body></html>"""


def test_organiser_clause_on_a_snippet() -> None:
    readings = readings_on(_ORGANISED, date(2007, 5, 4))
    assert ("Gacher Blick-Messe", "2007-07-15", None) in readings
    titles = {start: (title, place) for title, start, place in readings}
    assert titles["2007-08-05"][0] == "TT-Wandercup und anschl. Fest, Grünberglift Obsteig"
    assert titles["2007-05-12T20:15"] == ("Frühjahrskonzert", None)


def test_organiser_clause_on_the_page() -> None:
    readings = saved_page_readings(_CALENDAR)
    titles = {title for title, _, _ in readings}
    assert "Gacher Blick-Messe" in titles
    assert not any(title and "Veranstalter:" in title for title in titles)
    assert not any(place and "Veranstalter" in place for _, _, place in readings)


# 6. A whole hour with „Uhr“ after the name's last comma — „Firmung in der Pfarrkirche
#    Untermieming, 18 Uhr.“, „Der Messias, …, Basilika Stift Stams, 20 Uhr.“ — is the row's
#    clock, as „20.15 Uhr“ is; not when the name holds another day whose hour it is
#    („Vernissage: 4. Mai 2007, 19 Uhr.“ in a row of 5 May).

_HOURS = """<html><head><title>Veranstaltungen</title></head><body>
<h1>Veranstaltungen</h1>
<table>
<tr><td><b>25.05.2007:</b> Firmung in der Pfarrkirche Untermieming,  18 Uhr.<br><br></td></tr>
<tr><td><b>06.05.2007:</b> Der Messias, Georg Friedrich Händel, Basilika Stift Stams, 20 Uhr.
<br><br></td></tr>
<tr><td><b>05.05.2007:</b> Ausstellung im Mesnerhaus (5. - 20. Mai 2007), Vernissage: 4. Mai
2007, 19 Uhr.<br><br></td></tr>
</table></body></html>"""


def test_whole_hour_after_the_name_on_a_snippet() -> None:
    starts = {start for _, start, _ in readings_on(_HOURS, date(2007, 5, 4))}
    assert {"2007-05-25T18:00", "2007-05-06T20:00"} <= starts
    assert "2007-05-05T19:00" not in starts


def test_whole_hour_after_the_name_on_the_page() -> None:
    by_start = {start: title for title, start, _ in saved_page_readings(_CALENDAR)}
    assert by_start["2007-05-25T18:00"] == "Firmung in der Pfarrkirche Untermieming"
    assert "2007-05-06T20:00" in by_start


# 7. Hours written as a whole hour, a dash and the end with its minutes — „…, 19./20. Juni 2007,
#    15 - 17:00 Uhr“ — start at the whole hour; read from the minutes the row began at its end
#    and the name kept the start's figure („…, 19./20. Juni 2007, 15“).


def test_whole_hour_range_on_a_snippet() -> None:
    html = _HOURS.replace(
        "</table>",
        "<tr><td><b>19.06.2007:</b> Veranstaltung zum Thema Energiesparen, 15 - 17:00 Uhr."
        "<br><br></td></tr></table>",
    )
    readings = readings_on(html, date(2007, 5, 4))
    assert ("Veranstaltung zum Thema Energiesparen", "2007-06-19T15:00", None) in readings


def test_whole_hour_range_on_the_page() -> None:
    by_start = {start: title for title, start, _ in saved_page_readings(_CALENDAR)}
    assert by_start["2007-06-19T15:00"].startswith("Veranstaltung zum Thema Energiesparen")
    assert "2007-06-19T17:00" not in by_start
