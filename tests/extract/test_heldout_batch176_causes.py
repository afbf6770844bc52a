"""Causes found on held-out German batch 176 of the real-page corpus (pages of public bodies and
their networks: a civic-tech lab's Open Data Days, the Open Data Day Köln, a district's press
list), each pinned on a minimal snippet and on its page: the records a reader would note, with
their names, starts and places."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. The Open Data Day Köln 2013 marks its whole page as one hCalendar event (<body
#    class="vevent">) whose dtstart's value-class text is „23. und 24. Februar 2013“: read as the
#    first day only, the structured event looked like one day and its programme of rows
#    („10:00 Uhr“ / „Begrüßung und Einführung“ under „Samstag, 23. Februar“) stayed unread. The
#    shown text's run of days gives the event its end (microformats._end_of_a_shown_run).

_PROGRAMME_ROW = (
    "<div class='row'><div class='span2 time'><i class='icon-time'></i> {clock} Uhr</div>"
    "<div class='span6'><p><strong>{name}</strong></p><p>{text}</p></div></div>"
)
_VEVENT_PAGE = (
    "<html><body class='vevent'><h1 class='summary'>Open Data Day Köln</h1>"
    "<p><span class='dtstart'><span class='value' title='2013-02-23T09:30'>23. und 24. Februar"
    " 2013</span></span></p><div id='programm'><h2>Programm</h2><h3>Samstag, 23. Februar</h3>"
    + _PROGRAMME_ROW.format(clock="10:00", name="Begrüßung und Einführung", text="Wir erzählen.")
    + _PROGRAMME_ROW.format(clock="11:00", name="Arbeitsraum", text="Brainstormen, Coden.")
    + _PROGRAMME_ROW.format(clock="21:00", name="Preisverleihung", text="Das beste Projekt.")
    + "<h3>Sonntag, 24. Februar</h3>"
    + _PROGRAMME_ROW.format(clock="10:30", name="Hacken, Coden, Bauen", text="Weiter geht es.")
    + _PROGRAMME_ROW.format(clock="13:00", name="Pizzaessen", text="Mit allen.")
    + "</div></body></html>"
)


def test_a_vevent_pages_run_of_days_opens_its_programme_on_a_snippet() -> None:
    readings = readings_on(_VEVENT_PAGE, date(2013, 2, 22))
    starts = {(title, start) for title, start, _ in readings}
    assert ("Open Data Day Köln", "2013-02-23") in starts
    assert ("Begrüßung und Einführung", "2013-02-23T10:00") in starts
    assert ("Hacken, Coden, Bauen", "2013-02-24T10:30") in starts
    assert ("Pizzaessen", "2013-02-24T13:00") in starts


def test_a_vevent_pages_run_of_days_opens_its_programme_on_the_page() -> None:
    starts = {(title, start) for title, start, _ in saved_page_readings("php-odd-koeln-2013-02")}
    assert ("Open Data Day Köln", "2013-02-23") in starts
    assert ("Zwischenpräsentation und Preisverleihung", "2013-02-23T21:00") in starts
    assert ("Kölsch und Netzwerkeln", "2013-02-24T20:00") in starts
    assert sum(title == "Hacken, Coden, Bauen" for title, _ in starts) == 3


# 2. The Open Data Day Münster 2020 in the Stadtbücherei: the day in the hero and „Wann und wo?“,
#    its talks as cards „<strong>Digitransit</strong><span class="room"><i>12:00 Uhr - </i>Q-THEK
#    / ERKER | CODE FOR MÜNSTER</span> …“ in two columns of rooms. No card names a day, so only the
#    day was read. Each card is a talk on the event's one day at its clock, in the room before „|“
#    (new room_slot_talks, in own_event_or_list beside the programme lists).

_TALK = "<p><strong>{name}</strong><span class='room'><i>{clock} Uhr - </i>{room}</span> {text}</p>"
_ODD_PAGE = (
    "<html><head><title>Open Data Day Münster 2020</title></head><body>"
    "<h1>Open Data Day Münster 2020</h1><h2>Wann und wo?</h2>"
    "<p><b>Samstag, 7. März 2020<br>11 bis 17 Uhr<br>Stadtbibliothek<br>Alter Steinweg 11,"
    " 48143 Münster</b></p><h2>Vortragsprogramm</h2>"
    + _TALK.format(name="Digitransit", clock="12:00", room="Q-THEK / ERKER | CODE FOR MÜNSTER", text="Fahrplanauskunft.")
    + _TALK.format(name="Digitale Stadt Münster", clock="12:00", room="LERNSTUDIO | CITEQ", text="Planungen.")
    + _TALK.format(name="Stadtgeschichte online!", clock="14:00", room="LERNSTUDIO | STADTARCHIV", text="Recherche.")
    + "</body></html>"
)  # fmt: skip


def test_talk_cards_with_a_clock_and_room_line_on_a_snippet() -> None:
    readings = readings_on(_ODD_PAGE, date(2020, 2, 20))
    assert ("Digitransit", "2020-03-07T12:00", "Q-THEK / ERKER") in readings
    assert ("Digitale Stadt Münster", "2020-03-07T12:00", "LERNSTUDIO") in readings
    assert ("Stadtgeschichte online!", "2020-03-07T14:00", "LERNSTUDIO") in readings
    assert any(title == "Open Data Day Münster 2020" for title, _, _ in readings)


def test_talk_cards_with_a_clock_and_room_line_on_the_page() -> None:
    readings = saved_page_readings("static-odd-muenster-2020-03")
    assert ("Was ist eigentlich ein Algorithmus?", "2020-03-07T13:00", "Q-THEK / ERKER") in readings
    assert ("Stefan Mey, Darknet", "2020-03-07T16:00", "KULTURETAGE") in readings
    assert len(readings) == 11


def test_a_bold_name_over_a_bare_clock_is_no_talk_card() -> None:
    # a clock without a room after its dash is no slot line: the card shape needs both
    page = _ODD_PAGE.replace("Uhr - </i>", "Uhr</i>")
    readings = readings_on(page, date(2020, 2, 20))
    assert not any(title == "Digitransit" for title, _, _ in readings)


# 3. The Burgenlandkreis's „Aktuelles“: a press list of rows „<li class="zeile_0 schema_presse">
#    <span>12.05.2017</span><br><strong><a>… stellt Aktionsplan vor</a></strong></li>“, headed by
#    no heading (its name only in the menu and the document title). Each release became an event
#    on its release day. A row its own class marks as a press item, the day and its title link and
#    nothing else, is a release (news_list_rows.a_press_release_by_its_day).

_PRESS_ROW = (
    "<li class='zeile_{n} schema_presse'><span class='showdate'>{day}</span><br>"
    "<strong><a href='/aktuelles/{slug}.html'>{title}</a></strong></li>"
)
_PRESS_LIST = (
    "<html><head><title>Aktuelles | Landkreis</title></head><body><div id='LEFTNAV'><ol>"
    "<li><a href='#' class='active'>Aktuelles</a></li><li><a href='/de/kreistag.html'>Kreistag</a>"
    "</li><li><a href='/de/bildung.html'>Bildung &amp; Jugend</a></li></ol></div>"
    "<div id='CONTENT'><ol class='articlelist_listview'>"
    + _PRESS_ROW.format(n=0, day="12.05.2017", slug="a", title="Beirat stellt Aktionsplan vor")
    + _PRESS_ROW.format(n=1, day="11.05.2017", slug="b", title="Botschaftergarten macht Lust")
    + _PRESS_ROW.format(n=0, day="09.05.2017", slug="c", title="Unternehmen geehrt")
    + _PRESS_ROW.format(n=1, day="04.05.2017", slug="d", title="Kunstsommer 2017")
    + _PRESS_ROW.format(n=0, day="02.05.2017", slug="e", title="Große Freude beim Verein")
    + _PRESS_ROW.format(
        n=1, day="28.04.2017", slug="f", title="Aktionsmonat richtet Blick auf Barrieren"
    )
    + _PRESS_ROW.format(
        n=0, day="27.04.2017", slug="g", title="Jugendliche verschönern Litfaßsäule"
    )
    + "</ol><div class='PagerToolbar'>Eintrag: 1 - 4 / 601 Seite: 1|<a href='?page=2'>2</a>"
    "</div></div></body></html>"
)


def test_rows_classed_as_press_releases_are_no_events_on_a_snippet() -> None:
    assert readings_on(_PRESS_LIST, date(2017, 5, 15)) == []
    # the same rows without the press class are read as before: a dated list of links
    plain = _PRESS_LIST.replace(" schema_presse", "")
    assert len(readings_on(plain, date(2017, 5, 15))) == 7


def test_a_press_row_whose_link_names_its_day_stays() -> None:
    page = _PRESS_LIST.replace(
        "Kunstsommer 2017", "Kreistagssitzung am 20.05.2017 um 17:00 Uhr im Landratsamt"
    )
    readings = readings_on(page, date(2017, 5, 15))
    assert [start for _, start, _ in readings] == ["2017-05-20T17:00"]


def test_rows_classed_as_press_releases_are_no_events_on_the_page() -> None:
    assert saved_page_readings("braincms-burgenlandkreis-aktuelles-2017-05") == []
