"""Leftovers of earlier batches (session 55): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.bracketed_day_remarks import name_after_the_venue
from netdir.extract.name_colon_sentence import clock_of_the_sentence, name_before_a_sentence
from netdir.extract.organised_group_rows import organising_group
from netdir.extract.pin_lines import line_beside_a_pin
from netdir.extract.place_lines import place_after_anchor, venue_part_of_title
from netdir.extract.schedule_meetings import meeting_of_the_prose, names_the_schedule
from netdir.extract.title_place_labels import name_and_labelled_place
from netdir.extract.tour_start_points import start_point_in_prose
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# Cause: a show's date rows write the doors' and the start's clocks on one line and the house
# under it — „Einlass 18:30 · Vorspeise 19:00<br/>Das Vindobona“. The house and its town („Das
# Vindobona, Wien“) was read as where; the house's name alone, without a town or a venue word,
# was not (batch 151's show page). Under a line of the doors' clock there is nothing but where
# the doors open: a name of a word or three, each capitalised, no figure, no kind of event and no
# person, is the place (``place_lines._house_name``, in ``place_after_anchor``).

_SHOW_DATES = """<html><head><title>Santa Baby</title></head><body><main>
<h1>Santa Baby</h1><p>Die Suche nach Mrs. Claus.</p>
<p class="kicker">Termine 2026 / 27</p>
<div class="date-list">
<div class="date-row"><div class="date-row__day">Freitag</div><div class="date-row__date"><time datetime="2026-11-27">27. November 2026</time></div><div class="date-row__time">Einlass 18:30 · Vorspeise 19:00<br/>Das Vindobona</div><a class="button" href="https://tickets.example/1">Tickets</a></div>
<div class="date-row"><div class="date-row__day">Samstag</div><div class="date-row__date"><time datetime="2026-11-28">28. November 2026</time></div><div class="date-row__time">Einlass 18:30 · Vorspeise 19:00<br/>Das Vindobona</div><a class="button" href="https://tickets.example/2">Tickets</a></div>
</div></main></body></html>"""


def test_a_house_under_the_doors_line_on_a_snippet() -> None:
    assert readings_on(_SHOW_DATES, date(2026, 9, 1)) == [
        ("Santa Baby", "2026-11-27T19:00", "Das Vindobona"),
        ("Santa Baby", "2026-11-28T19:00", "Das Vindobona"),
    ]


def test_only_a_house_name_under_the_doors_line_is_where() -> None:
    doors = "Einlass 18:30 · Beginn 19:00"
    assert place_after_anchor([doors, "Das Vindobona"], []) == "Das Vindobona"
    assert place_after_anchor([doors, "Theater Akzent"], []) == "Theater Akzent"
    # a kind of event, a person, a figure, a sentence: no house
    assert place_after_anchor([doors, "Große Dinnershow"], []) is None
    assert place_after_anchor([doors, "Herr Maier"], []) is None
    assert place_after_anchor([doors, "Saison 2026"], []) is None
    assert place_after_anchor([doors, "Tickets an der Abendkasse erhältlich."], []) is None
    # under a line that is no doors' line, a bare name stays no place
    assert place_after_anchor(["Santa Baby", "Das Vindobona"], ["Santa Baby"]) is None


def test_a_house_under_the_doors_line_on_the_page() -> None:
    readings = saved_page_readings("static-viennoir-wien-santa-baby-2026")
    assert [place for _, _, place in readings] == ["Das Vindobona"] * 4
    assert readings[0] == ("Santa Baby", "2026-11-27T19:00", "Das Vindobona")


# Cause: a group's one-page site says what its meeting is in prose — „The TSSG General Meeting is
# on Wednesdays.“ — and lists the dates further down under a heading that names the list:
# „WEDNESDAY WEEKLY MEETING SCHEDULE“ over rows of a day, a library's logo and „12:30 to 5pm“.
# Each row was named by that heading (batch BS). Rows named by a schedule's heading that names
# the same kind of gathering and no other weekday are the meeting the prose names
# (``schedule_meetings``, in ``listing._mend_the_readings``).

_SCHEDULE_PAGE = """<html><head><title>TSSG</title></head><body>
<section><h1>GENERAL MEETING INFORMATION</h1>
<p>The TSSG General Meeting is on Wednesdays. It is an all-team meeting for updates.</p>
<p>Wednesday 12:30 to 5pm, Please check the schedule.</p></section>
<section><h1>WEDNESDAY WEEKLY MEETING SCHEDULE</h1>
<table><tbody>
<tr><td>SEP<br/>26<br/>2018</td><td><a href="https://goo.gl/maps/a"><img alt="Acton Memorial Library" src="a.png"/></a></td><td><p>12:30<br/>to<br/>5pm</p></td></tr>
<tr><td>OCT<br/>03<br/>2018</td><td><a href="https://goo.gl/maps/a"><img alt="Acton Memorial Library" src="a.png"/></a></td><td><p>12:30<br/>to<br/>5pm</p></td></tr>
<tr><td>OCT<br/>10<br/>2018</td><td><a href="https://goo.gl/maps/b"><img alt="Hopkinton Public Library" src="b.png"/></a></td><td><p>12:30<br/>to<br/>5pm</p></td></tr>
</tbody></table></section></body></html>"""


def test_schedule_rows_named_by_the_meeting_of_the_prose_on_a_snippet() -> None:
    assert [
        (title, start) for title, start, _ in readings_on(_SCHEDULE_PAGE, date(2018, 9, 20))
    ] == [
        ("TSSG General Meeting", "2018-09-26T12:30"),
        ("TSSG General Meeting", "2018-10-03T12:30"),
        ("TSSG General Meeting", "2018-10-10T12:30"),
    ]


def test_the_meeting_of_the_prose_and_the_schedules_heading() -> None:
    assert meeting_of_the_prose("The TSSG General Meeting is on Wednesdays.") == (
        "TSSG General Meeting",
        "wednesday",
    )
    assert meeting_of_the_prose("The Hack Night meets every Tuesday at 7pm") == (
        "Hack Night",
        "tuesday",
    )
    assert meeting_of_the_prose("The meeting was great.") is None
    name, weekday = "TSSG General Meeting", "wednesday"
    assert names_the_schedule("WEDNESDAY WEEKLY MEETING SCHEDULE", name, weekday)
    assert names_the_schedule("Meeting Calendar", name, weekday)
    # another weekday, another gathering, or no schedule: the heading names its own rows
    assert not names_the_schedule("FRIDAY MEETING SCHEDULE", name, weekday)
    assert not names_the_schedule("Workshop Schedule", name, weekday)
    assert not names_the_schedule("Wednesday Meetings", name, weekday)


def test_schedule_rows_named_by_the_meeting_of_the_prose_on_the_page() -> None:
    readings = saved_page_readings("static-tssg-general-meeting-schedule-2018-09")
    assert len(readings) == 6
    assert all(title == "TSSG General Meeting" for title, _, _ in readings)
    assert readings[1] == ("TSSG General Meeting", "2018-10-03T12:30", "Acton Memorial Library")


# Cause: a group's list of past meetups under an h1 „Meetups“, each a link named by nothing but
# its day, was named „Meetup“ — the heading's singular, a word every group's list shares
# (batch BK). The footer says whose they are: „<abbr title="Homebrew Website Club">HWC</abbr>
# London is organised by James and Mark.“ Rows named only by a gathering's kind take the group's
# name a sentence „<Name> is organised by …“ gives, when the page names one such group
# (``organised_group_rows``, in ``listing._mend_the_readings``).

_MEETUPS = """<html><head><title>Meetups</title></head><body><main><h1>Meetups</h1>
<ul class="listing">
<li><a href="/meetups/20200219/"><time datetime="2020-02-19">February 19, 2020</time></a></li>
<li><a href="/meetups/20200122/"><time datetime="2020-01-22">January 22, 2020</time></a></li>
<li><a href="/meetups/20191211/"><time datetime="2019-12-11">December 11, 2019</time></a></li>
</ul></main>
<footer><p><abbr title="Homebrew Website Club">HWC</abbr> London is organised by
<a href="https://a.example">James</a> and <a href="https://b.example">Mark</a>.</p></footer>
</body></html>"""


def test_meetups_named_by_the_organised_group_on_a_snippet() -> None:
    assert [(title, start) for title, start, _ in readings_on(_MEETUPS, date(2024, 3, 15))] == [
        ("HWC London", "2020-02-19"),
        ("HWC London", "2020-01-22"),
        ("HWC London", "2019-12-11"),
    ]


def test_the_group_a_sentence_says_organises() -> None:
    assert organising_group("HWC London is organised by James and Mark.") == "HWC London"
    assert organising_group("Der Linux-Stammtisch wird organisiert von Anna.") == "Linux-Stammtisch"
    assert organising_group("PyData Berlin is run by volunteers.") == "PyData Berlin"
    assert organising_group("We would like to thank Calum for hosting the meetup.") is None


def test_meetups_named_by_the_organised_group_on_the_page() -> None:
    readings = saved_page_readings("eleventy-hwclondon-meetups-2024-03")
    assert len(readings) == 19
    assert {title for title, _, _ in readings} == {"HWC London"}


# Cause: a regional calendar's rows are a day and one free text; some open with the event's name
# and go on after a colon with a sentence about it — „Feuer in den Alpen: 30 Höhenfeuer im
# Alpenraum setzen ein internationales, solidarisches Zeichen …“, „Paul Flora in Nassereith: Die
# Kunsthalle Hosp in Nassereith lädt am Samstag … ab 19.30 Uhr …“. Such rows were named by the
# whole first sentence (batch 150). The name is the part before the colon, when it is a name (its
# only small words join a name) and the part after it a sentence (``name_colon_sentence``, read
# in ``block_text_titles._titled_by_its_line`` after the clock has cut the line).

_CALENDAR = """<html><head><title>Veranstaltungen</title></head><body>
<h2>Bitte vormerken:</h2><table>
<tr><td class="s2d"><b>29.05.2007:</b> Paul Flora in Nassereith: Die Kunsthalle Hosp in Nassereith lädt am Samstag, dem 28. April 2007 ab 19.30 Uhr in die Alte Galerie zur Eröffnung einer Ausstellung.<br><br></td></tr>
<tr><td class="s2d"><b>12.08.2007:</b> Feuer in den Alpen: 30 Höhenfeuer im Alpenraum setzen ein internationales, solidarisches Zeichen für eine nachhaltige Zukunft der Alpen.<br><br></td></tr>
<tr><td class="s2d"><b>12.08.2007:</b> Bergmesse Marienberg.<br><br></td></tr>
</table></body></html>"""


def test_the_name_before_a_sentence_on_a_snippet() -> None:
    titles = [title for title, _, _ in readings_on(_CALENDAR, date(2007, 5, 1))]
    assert titles == ["Paul Flora in Nassereith", "Feuer in den Alpen", "Bergmesse Marienberg."]


def test_a_name_before_a_sentence_and_a_subtitle() -> None:
    assert (
        name_before_a_sentence(
            "Partnerschaft Mieming-Limas - Jugendcamp 2007 in Mieming: Vom 7. bis zum 14. Juli "
            "können Kinder im Alter von ca. 11 bis 13 Jahren zusammen …"
        )
        == "Partnerschaft Mieming-Limas - Jugendcamp 2007 in Mieming"
    )
    # the part before the colon a sentence itself, one word, or a subtitle after the colon
    assert (
        name_before_a_sentence("Startenor gastiert in Mieming: Neapolitanische Nacht mit Wolfgang")
        is None
    )
    assert name_before_a_sentence("Wanderung: Wir fahren mit dem Bus nach Mittenwald") is None
    assert (
        name_before_a_sentence(
            "Öffentlicher Vortrag: Die Geschichte der Stadt Leipzig im Mittelalter"
        )
        is None
    )
    assert name_before_a_sentence("Workshop Python: Einführung für Anfänger") is None
    # a row's fields before a price (a clock, an address), caught by pagediff on
    # static-rocknroll-termine-2007-09
    assert (
        name_before_a_sentence(
            'Dülmen, "Oldie Fesitval 2007", 18.30, Wierlings Esch 16, VVK: 22, -€, AK: 27, -€, '
            'live mit "The Lords", "The Beatles Revival Band" u.a., Info: Tel. 02594/8929318'
        )
        is None
    )


def test_the_name_before_a_sentence_on_the_page() -> None:
    titles = {
        title
        for title, _, _ in saved_page_readings("web2date-mieming-plus-veranstaltungen-2007-05")
    }
    assert {
        "Paul Flora in Nassereith",
        "Feuer in den Alpen",
        "Bootsfahrt + Wanderung rund um den Heiterwangerer See",
        "Partnerschaft Mieming-Limas - Jugendcamp 2007 in Mieming",
    } <= titles


def test_the_clock_of_the_sentence_after_the_name() -> None:
    # „um 07 Uhr 45“: the hour, „Uhr“, then the minutes
    assert clock_of_the_sentence("(in Telfs um 07 Uhr 45 bei Cafe Olympia). Wir fahren …") == (
        "um 07 Uhr 45"
    )
    assert clock_of_the_sentence("Das Spatzennest lädt ab 9.30 Uhr ein.") == "ab 9.30 Uhr"
    # another day's hour, or a clock in a later sentence: not the row's
    assert clock_of_the_sentence("Die Kunsthalle lädt am 28. April 2007 ab 19.30 Uhr ein.") is None
    assert clock_of_the_sentence("Wir fahren mit dem Bus. Rückkehr um 18 Uhr.") is None


def test_the_clock_of_the_sentence_on_the_page() -> None:
    readings = saved_page_readings("web2date-mieming-plus-veranstaltungen-2007-05")
    boat = [r for r in readings if r[0] == "Bootsfahrt + Wanderung rund um den Heiterwangerer See"]
    assert [start for _, start, _ in boat] == ["2007-06-09T07:45"]


# Cause: the same calendar's row „(Christi Himmelfahrt), 09.00 Uhr, Pfarrkirche Barwies -
# Erstkommunion“ opens with the feast of its day in brackets; read as „name, clock, place“ it was
# named „(Christi Himmelfahrt)“ and placed at „Pfarrkirche Barwies - Erstkommunion“. A name that
# is only a bracket, before a place that is a venue, a dash and a name that is no venue: the part
# after the dash names the row, the venue is where (``bracketed_day_remarks``, in
# ``block_text_titles._time_after_the_name``). And „Hallen - Ausklettern/Kletterhalle Imst.“ was
# cut at its spaced dash into the name „Hallen“ and the place „Ausklettern/Kletterhalle Imst.“:
# one word before a slash that opens no venue goes on with the name, the venue after the slash is
# where (``place_lines.venue_part_of_title``).

_FEAST_ROWS = """<html><head><title>Veranstaltungen</title></head><body>
<h2>Bitte vormerken:</h2><table>
<tr><td class="s2d"><b>17.05.2007:</b> (Christi Himmelfahrt), 09.00 Uhr, Pfarrkirche Barwies - Erstkommunion<br><br></td></tr>
<tr><td class="s2d"><b>24.05.2007:</b> Volksmusikstammtisch in der Moosalm<br><br></td></tr>
<tr><td class="s2d"><b>16.06.2007:</b> Hallen - Ausklettern/Kletterhalle Imst. Anschließend Kletterfestl am Spielplatz/Obermieming für Kinder und Erwachsene. Veranstalter: Österreichischer Alpenverein - Sektion Hohe-Munde-Telfs. Auskünfte unter Tel.: 0664/2030330.<br><br></td></tr>
</table></body></html>"""


def test_a_feast_in_brackets_and_a_slash_after_the_dash_on_a_snippet() -> None:
    readings = readings_on(_FEAST_ROWS, date(2007, 5, 1))
    assert readings[0] == ("Erstkommunion", "2007-05-17T09:00", "Pfarrkirche Barwies")
    assert readings[2][0] == "Hallen - Ausklettern"
    assert readings[2][2] is not None and readings[2][2].startswith("Kletterhalle Imst")


def test_a_bracketed_remark_and_the_name_after_the_venues_dash() -> None:
    assert name_after_the_venue("(Christi Himmelfahrt)", "Pfarrkirche Barwies - Erstkommunion") == (
        "Erstkommunion",
        "Pfarrkirche Barwies",
    )
    # a name of its own, a place without a dash, or a venue after the dash: as read
    assert name_after_the_venue("Erstkommunion", "Pfarrkirche Barwies - Festmesse") is None
    assert name_after_the_venue("(Pfingsten)", "Pfarrkirche Barwies") is None
    assert name_after_the_venue("(Pfingsten)", "Barwies - Pfarrkirche") is None


def test_a_word_before_the_slash_goes_on_with_the_name() -> None:
    assert venue_part_of_title("Hallen - Ausklettern/Kletterhalle Imst.") == (
        "Hallen - Ausklettern",
        "Kletterhalle Imst.",
    )
    assert venue_part_of_title("Sommerfest - Stadthalle") == ("Sommerfest", "Stadthalle")


def test_a_feast_in_brackets_and_a_slash_after_the_dash_on_the_page() -> None:
    readings = saved_page_readings("web2date-mieming-plus-veranstaltungen-2007-05")
    assert ("Erstkommunion", "2007-05-17T09:00", "Pfarrkirche Barwies") in readings
    assert any(title == "Hallen - Ausklettern" for title, _, _ in readings)
    assert not any(title in ("(Christi Himmelfahrt)", "Hallen") for title, _, _ in readings)


# Cause: an event page's box of icon rows marks its place with a map pin; on a walk's page the
# pinned line says the place is still to come — „Der Startpunkt des Rundgangs kommt per E-Mail“ —
# and was taken for the place (batch 150). A pinned line that says the place will come („kommt
# per E-Mail“, „wird noch bekannt gegeben“, „TBA“) names none (``pin_lines``).


def _pinned_lines(text: str) -> list[tuple[str, LexborNode | None]]:
    html = f'<div class="row"><span class="material-icons">location_on</span><p>{text}</p></div>'
    block = LexborHTMLParser(html).css_first("p")
    return [(text, block)]


def test_a_pinned_line_that_says_the_place_is_to_come() -> None:
    assert line_beside_a_pin(
        _pinned_lines("Räume des IZRD-eV, Normannstraße 1-2, 10367 Berlin")
    ) == (
        "Räume des IZRD-eV, Normannstraße 1-2, 10367 Berlin",
        0,
    )
    assert line_beside_a_pin(_pinned_lines("Der Startpunkt des Rundgangs kommt per E-Mail")) is None
    assert line_beside_a_pin(_pinned_lines("Ort wird noch bekannt gegeben")) is None
    assert line_beside_a_pin(_pinned_lines("TBA")) is None


def test_a_pinned_line_that_says_the_place_is_to_come_on_the_page() -> None:
    readings = saved_page_readings("hugo-freifunk-berlin-event-neighborhoodwalk-2026-07-06")
    assert readings[0] == ("Wireless Neighborhood Walk x DWeb Camp 2026", "2026-07-06T15:00", None)


# Cause: an Alpine club's tour finder clips each card's description, in which the leaders write
# the tour's points with short labels run together — „… Montiel AP: Gortipohl, EP St.
# Gallenkirch“, „… überraschenden AusblickenAP: Wasserauen; Anmeldung und VB: 3. September.“
# (batch 149). Where the tour sets off („AP“, Ausgangspunkt) is its place, up to the next label,
# a semicolon or a sentence's end (``tour_start_points``, read in ``block_places`` after a
# place label in the prose).

_TOURS = """<html><head><title>Touren</title></head><body><h2>September 2026</h2><div class="list">
<a class="tour" href="/t/1"><div class="day">Mi.<br>2</div><div class="title">Senioren - Gegenüber von Garfrescha</div><div class="desc">Maiensäßwanderung: Manigg - Untere Netze - Montiel AP: Gortipohl, EP St. Gallenkirch</div></a>
<a class="tour" href="/t/2"><div class="day">So.<br>6</div><div class="title">Bogartenfirst (1811 m)</div><div class="desc">Anspruchsvolle Wanderung auf steilen Pfaden mit überraschenden AusblickenAP: Wasserauen; Anmeldung und VB: 3. September.</div></a>
<a class="tour" href="/t/3"><div class="day">Mi.<br>9</div><div class="title">Rösslerweiher</div><div class="desc">Rösslerweiher **AP: Weingarten, Freibad NessenrebenTP: Juhe, 9:00 Uhr</div></a>
</div></body></html>"""


def test_the_tours_start_point_on_a_snippet() -> None:
    places = [place for _, _, place in readings_on(_TOURS, date(2026, 9, 1))]
    assert places == ["Gortipohl", "Wasserauen", "Weingarten, Freibad Nessenreben"]


def test_a_start_point_up_to_the_next_label() -> None:
    assert start_point_in_prose(["Montiel AP: Gortipohl, EP St. Gallenkirch"]) == "Gortipohl"
    assert start_point_in_prose(["Ausgangspunkt: Parkplatz Hochalp."]) == "Parkplatz Hochalp"
    # no label, a label inside a word, or a day after it: no start point
    assert start_point_in_prose(["Treffen am Parkplatz"]) is None
    assert start_point_in_prose(["CAP: Hallo Welt"]) is None
    assert start_point_in_prose(["AP: 3. September"]) is None


def test_the_tours_start_point_on_the_page() -> None:
    places = {
        title: place
        for title, _, place in saved_page_readings("static-dav-touren-finder-bodensee-2026-09")
    }
    assert places["Bogartenfirst (1811 m)"] == "Wasserauen"
    assert places["Senioren - Gegenüber von Garfrescha - die andere Seite"] == "Gortipohl"


# Cause: the same calendar's rows name the event, then label its place — „20 Jahrfeier
# Sozialsprengel Mieminger Plateau, Ort: Gemeindesaal.“, „Vernissage Cornelia Kaufmann,
# (Ausstellung vom 26.05.-10.06.07), Ort: Kunst-Werk-Raum Mesnerhaus/Mieming.“ — and were named by
# the whole line (batch 150). A place's label ends the name; a bracket that only gives the run of
# the exhibition the vernissage opens is no part of it (``title_place_labels``, read in
# ``block_text_titles._titled_by_its_line``).

_LABELLED_ROWS = """<html><head><title>Veranstaltungen</title></head><body>
<h2>Bitte vormerken:</h2><table>
<tr><td class="s2d"><b>16.06.2007:</b> 20 Jahrfeier Sozialsprengel Mieminger Plateau, Ort: Gemeindesaal.<br><br></td></tr>
<tr><td class="s2d"><b>25.05.2007:</b> Vernissage Cornelia Kaufmann, (Ausstellung vom 26.05.-10.06.07), Ort: Kunst-Werk-Raum Mesnerhaus/Mieming.<br><br></td></tr>
<tr><td class="s2d"><b>24.05.2007:</b> Volksmusikstammtisch in der Moosalm<br><br></td></tr>
</table></body></html>"""


def test_the_name_before_its_place_label_on_a_snippet() -> None:
    readings = readings_on(_LABELLED_ROWS, date(2007, 5, 1))
    assert readings[0] == (
        "20 Jahrfeier Sozialsprengel Mieminger Plateau",
        "2007-06-16",
        "Gemeindesaal",
    )
    assert readings[1] == (
        "Vernissage Cornelia Kaufmann",
        "2007-05-25",
        "Kunst-Werk-Raum Mesnerhaus/Mieming",
    )


def test_a_name_and_its_labelled_place() -> None:
    assert name_and_labelled_place(
        "Löwenbühne: Kasperltheater Larifari, Ort: Gasthof zum Löwen, Barwies. Beginn"
    ) == ("Löwenbühne: Kasperltheater Larifari", "Gasthof zum Löwen, Barwies")
    # no label, a label that opens the line, or hours after the place: as read
    assert name_and_labelled_place("Sommerfest im Ort") is None
    assert name_and_labelled_place("Ort: Gemeindesaal") is None
    assert name_and_labelled_place("Konzert, Ort: Aula, Beginn 19.30 Uhr") is None


def test_the_name_before_its_place_label_on_the_page() -> None:
    titles = {
        title
        for title, _, _ in saved_page_readings("web2date-mieming-plus-veranstaltungen-2007-05")
    }
    assert {
        "20 Jahrfeier Sozialsprengel Mieminger Plateau",
        "Vernissage Cornelia Kaufmann",
        "Vernissage P. Simeoni/G. Schatz",
    } <= titles
