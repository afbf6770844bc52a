"""Leftovers of earlier batches (session 56): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.block_reading import BlockReading
from netdir.extract.deadline_titles import names_a_deadline, names_a_fallback_day
from netdir.extract.group_clock_name import group_clock_name
from netdir.extract.sentence_places import with_its_town
from netdir.extract.title_text import title_in_text
from netdir.extract.venue_address_lines import (
    LINE_SOURCE,
    part_of_the_place,
    venue_and_address_line,
)
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# Cause: a school's hand-typed Termine write one row's day with its dot twice — „18..05.2026 ␣
# Vormittags ␣ Singpausenkonzert in der Tonhalle“ (batch 152). No reader of dates saw a day in
# it, so the concert was no event. Two dots between a day and a month that a year follows are no
# other notation: the date string reads as the 18th of May (``when_clean.DOUBLED_DAY_DOT``), and
# the page's text is mended before its dates are looked for (``doubled_day_dots``).

_DOUBLED_DOT = """<html><head><title>Termine</title></head><body><main><div>
<p><strong>Monat/Tag &nbsp; &nbsp; Uhrzeit &nbsp; &nbsp; Was?</strong></p>
<p>15.05.2026 &nbsp; &nbsp; ganztägig &nbsp; &nbsp; Brückentag / Schulfrei&nbsp;</p>
<p>18..05.2026 &nbsp; &nbsp; Vormittags &nbsp; &nbsp; Singpausenkonzert in der Tonhalle&nbsp;</p>
<p>03.06.2026 &nbsp; &nbsp; Vormittags &nbsp; &nbsp; Sponsorenlauf im Hofgarten&nbsp;</p>
</div></main></body></html>"""


def test_a_doubled_day_dot_in_a_date_string() -> None:
    assert parse_when("18..05.2026", today=date(2026, 5, 1)).start == "2026-05-18"
    assert parse_when("am 3..12.25 um 18 Uhr", today=date(2025, 11, 1)).start == (
        "2025-12-03T18:00:00+01:00"
    )
    # an ellipsis between numbers and a doubled dot before no year are no such date
    assert parse_when("1..3", today=date(2026, 5, 1)).start is None
    assert parse_when("18...05.2026", today=date(2026, 5, 1)).start is None


def test_a_doubled_day_dot_on_a_snippet() -> None:
    assert readings_on(_DOUBLED_DOT, date(2026, 4, 27)) == [
        ("Brückentag / Schulfrei", "2026-05-15", None),
        ("Singpausenkonzert in der Tonhalle", "2026-05-18", "Tonhalle"),
        ("Sponsorenlauf im Hofgarten", "2026-06-03", "Hofgarten"),
    ]


def test_a_doubled_day_dot_on_the_page() -> None:
    readings = saved_page_readings("wp-gox-paul-klee-schule-duesseldorf-termine-2026")
    assert ("Singpausenkonzert in der Tonhalle", "2026-05-18", "Tonhalle") in readings


# Cause: the same school gives a row a slot per group of classes — „12.05.26 ␣ Jhg. 1//3: 8:45 -
# 9:30 Uhr ␣ Generalprobe Singpausenkonzert in der Turnhalle“, the next group's „Jhg. 2/4: 10:00 -
# 10:45 Uhr“ on the line below. Read as „name, clock, place“ the label „Jhg. 1//3“ named the row
# and the rehearsal was its place. A year, grade, class or group word with its figures and a
# colon before the clock says for whom: the name follows the clock (``group_clock_name``, in
# ``block_text_titles._time_after_the_name``).

_GROUP_SLOTS = """<html><head><title>Termine</title></head><body><main><div>
<p><strong>Monat/Tag &nbsp; &nbsp; Uhrzeit &nbsp; &nbsp; Was?</strong></p>
<p>12.05.26&nbsp; &nbsp; &nbsp; Jhg. 1//3: 8:45 - 9:30 Uhr &nbsp; &nbsp; Generalprobe Singpausenkonzert in der Turnhalle&nbsp;<br><br>&nbsp; &nbsp; &nbsp; Jhg. 2/4: 10:00 - 10:45 Uhr</p>
<p>15.05.2026 &nbsp; &nbsp; ganztägig &nbsp; &nbsp; Brückentag / Schulfrei&nbsp;</p>
<p>02.07.2026 &nbsp; &nbsp; 18:00 Uhr &nbsp; &nbsp; Elternabend für die Eltern der Vorschulkinder</p>
</div></main></body></html>"""


def test_a_group_label_before_the_clock() -> None:
    assert group_clock_name(" Jhg. 1//3: 8:45 - 9:30 Uhr   Generalprobe Singpausenkonzert") == (
        "Jhg. 1//3",
        "8:45 - 9:30 Uhr",
        "Generalprobe Singpausenkonzert",
    )
    assert group_clock_name("Klasse 3a: 10 Uhr Besuch der Feuerwehr") == (
        "Klasse 3a",
        "10 Uhr",
        "Besuch der Feuerwehr",
    )
    # a name before the clock, a label that names no group, a bare figure: no group's slot
    assert group_clock_name("Elternabend: 19:00 Uhr in der Aula") is None
    assert group_clock_name("Teil 2: 18:00 Uhr Vortrag") is None
    assert group_clock_name("Klasse 4: 3 Stationen im Wald") is None


def test_a_group_label_on_a_snippet() -> None:
    assert readings_on(_GROUP_SLOTS, date(2026, 4, 27)) == [
        ("Generalprobe Singpausenkonzert in der Turnhalle", "2026-05-12T08:45", "Turnhalle"),
        ("Brückentag / Schulfrei", "2026-05-15", None),
        ("Elternabend für die Eltern der Vorschulkinder", "2026-07-02T18:00", None),
    ]


def test_a_group_label_on_the_page() -> None:
    readings = saved_page_readings("wp-gox-paul-klee-schule-duesseldorf-termine-2026")
    assert readings[0] == (
        "Generalprobe Singpausenkonzert in der Turnhalle",
        "2026-05-12T08:45",
        "Turnhalle",
    )
    assert not any("Jhg" in (title or "") for title, _, _ in readings)


# Cause: a Repair Café's home page lists its next Saturdays as boxes („26.07“ / „Juli“ /
# „Samstag“) under „Nächste Termine 2025“ and states once, in its contact section, when and where
# it meets: „Wann: An jeweils einem Samstag im Monat“, „Wo: Haus der Begegnung / Karthaus 12,
# Xanten“ (batch 153). The boxes were placed at the page's name „Repair Café Xanten“. The page's
# one „Wo:“ beside a „Wann:“ that names a rule, no day, is where its regular dates are held
# (``when_where_statement``, in ``listing`` after the venue section).

_WHEN_WHERE = """<html><head><title>Repair Café</title></head><body><main>
<section><h1>Repair Café Musterstadt</h1><p>Gemeinsam reparieren statt wegwerfen.</p></section>
<section><h2>Nächste Termine 2025</h2><p>Wir haben von 11 - 14 Uhr für euch geöffnet</p>
<div class="grid">
<div class="box"><p>26.07</p><p>Juli</p><p>Samstag</p></div>
<div class="box"><p>30.08</p><p>August</p><p>Samstag</p></div>
<div class="box"><p>27.09</p><p>September</p><p>Samstag</p></div>
</div></section>
<section><h2>Kontakt</h2><h3>Termine &amp; Hinweise</h3>
<p><strong>Wann:</strong><br>An jeweils einem Samstag im Monat</p>
<p><strong>Wo:</strong><br>Haus der Begegnung<br>Karthaus 12, Musterstadt</p>
<p><strong>Bitte beachten:</strong><br>Geräte vorher reinigen</p>
</section></main></body></html>"""


def test_the_where_label_on_a_snippet() -> None:
    place = "Haus der Begegnung, Karthaus 12, Musterstadt"
    assert [reading[1:] for reading in readings_on(_WHEN_WHERE, date(2025, 7, 20))] == [
        ("2025-07-26T11:00", place),
        ("2025-08-30T11:00", place),
        ("2025-09-27T11:00", place),
    ]


def test_a_where_label_beside_a_day_is_one_events() -> None:
    # „Wann: 26.07.2025“ beside the „Wo:“: one event's facts, not the regular dates' place
    one_day = _WHEN_WHERE.replace("An jeweils einem Samstag im Monat", "Samstag, 26.07.2025")
    assert all(
        place != "Haus der Begegnung, Karthaus 12, Musterstadt"
        for _, _, place in readings_on(one_day, date(2025, 7, 20))
    )
    # two „Wo:“ paragraphs on the page: no one place for all
    two = _WHEN_WHERE.replace(
        "<p><strong>Bitte beachten:</strong>",
        "<p><strong>Wo:</strong><br>Rathaus Musterstadt</p><p>",
    )
    assert all(
        place != "Haus der Begegnung, Karthaus 12, Musterstadt"
        for _, _, place in readings_on(two, date(2025, 7, 20))
    )


def test_the_where_label_on_the_pages() -> None:
    for page in ("2025-07", "2025-10", "2025-12"):
        readings = saved_page_readings(f"astro-repaircafe-xanten-termine-{page}")
        assert readings
        assert {place for _, _, place in readings} == {"Haus der Begegnung, Karthaus 12, Xanten"}


# Cause: a Landfrauen association's cards write the hall over one line of its street and town —
# „Bürgersaal/Bürgerhaus Grunbach“ / „Schillerstraße 30, 73630 Remshalden“ (batch 154). The
# address line alone was read as the place (the hall is what a reader looks for). A venue's line
# over one line of a street with its number and a postcode with its town is one place, when a
# line above it may name the card (``venue_address_lines.venue_over_its_street_and_town``); the
# venue's line is then no name of the card (``part_of_the_place`` — only for this reader's
# place: a first version also skipped the venue lines of places other readers join, and
# „Health Care Center at the Forum“ over its street and town no longer named the choir's
# performance, nor „BadnerHalle“ the orchestra's concerts' tab, caught by pagediff). A row of only a day, a venue
# and its address („29. Mai 2021, 19.30“ / „Kosmos, Hochschule Luzern – Musik“ / …) stays a row
# named by its place (a first version named it „freier Eintritt“, the line under the address).
# And a title ending in a quoted name („Musical „Wie im Himmel““) ends in no venue.

_HALL_CARDS = """<html><head><title>Landfrauen</title></head><body><main><div class="grid">
<div class="card"><div><div class="m"><a class="qr" href="/api/qr/1"><svg viewBox="0 0 29 29"></svg></a></div><div class="m"><a><div class="m"><p class="body1">Vortrag: „Effektive Wege zum Säure-Basen-Gleichgewicht“</p><p class="body2">Dorothea Endreß</p></div>
<div class="m"><p class="body2">Donnerstag, 19. Oktober 2023</p><p class="body2">18.00<span>&nbsp;-&nbsp;</span>20.00<span>&nbsp;Uhr</span></p></div>
<div class="m"><p class="body2">Bürgersaal/Bürgerhaus Grunbach</p><p class="body2">Schillerstraße 30, 73630 Remshalden</p></div></a></div><a class="button" href="https://example.org/dates/1">Mehr ...</a></div></div>
<div class="card"><div><div class="m"><a class="qr" href="/api/qr/2"><svg viewBox="0 0 29 29"></svg></a></div><div class="m"><a><div class="m"><p class="body1">Vortrag: Krebsvorsorge</p><p class="body2">Dr. Aigeldinger</p></div>
<div class="m"><p class="body2">Donnerstag, 16. November 2023</p><p class="body2">19.00<span>&nbsp;-&nbsp;</span>21.00<span>&nbsp;Uhr</span></p></div>
<div class="m"><p class="body2">Vereinszimmer/Bürgerhaus Grunbach</p><p class="body2">Schillerstraße 30, 73630 Remshalden</p></div></a></div><a class="button" href="https://example.org/dates/2">Mehr ...</a></div></div>
<div class="card"><div><div class="m"><a class="qr" href="/api/qr/3"><svg viewBox="0 0 29 29"></svg></a></div><div class="m"><a><div class="m"><p class="body1">Ausflug: Schwäbisch Hall, Musical „Wie im Himmel“</p><p class="body2">Monika Lang</p></div>
<div class="m"><p class="body2">Donnerstag, 27. Juli 2023</p><p class="body2">15.00<span>&nbsp;-&nbsp;</span>23.30<span>&nbsp;Uhr</span></p></div>
<div class="m"><p class="body2">Reinhold-Maier Platz, Remshalden-Grunbach</p><p class="body2">Reinhold-Maier-Straße, 73630 Remshalden</p></div></a></div><a class="button" href="https://example.org/dates/3">Mehr ...</a></div></div>
</div></main></body></html>"""


def test_a_hall_over_its_address_on_a_snippet() -> None:
    assert readings_on(_HALL_CARDS, date(2023, 9, 1)) == [
        (
            "Vortrag: „Effektive Wege zum Säure-Basen-Gleichgewicht“",
            "2023-10-19T18:00",
            "Bürgersaal/Bürgerhaus Grunbach, Schillerstraße 30, 73630 Remshalden",
        ),
        (
            "Vortrag: Krebsvorsorge",
            "2023-11-16T19:00",
            "Vereinszimmer/Bürgerhaus Grunbach, Schillerstraße 30, 73630 Remshalden",
        ),
        (
            "Ausflug: Schwäbisch Hall, Musical „Wie im Himmel“",
            "2023-07-27T15:00",
            "Reinhold-Maier Platz, Remshalden-Grunbach, Reinhold-Maier-Straße, 73630 Remshalden",
        ),
    ]


def test_only_a_venue_below_a_name_line_joins_its_address() -> None:
    hall, address = "Bürgersaal/Bürgerhaus Grunbach", "Schillerstraße 30, 73630 Remshalden"
    named = ["Vortrag: Krebsvorsorge", "Donnerstag, 16. November 2023", "19.00 Uhr"]
    assert venue_and_address_line([*named, hall, address]) == f"{hall}, {address}"
    # a day and its hour above: the row names only its place; no venue word; no town
    assert venue_and_address_line(["29. Mai 2021, 19.30", hall, address]) is None
    assert venue_and_address_line([*named, "Monika Ehret", address]) is None
    assert venue_and_address_line([*named, hall, "Schillerstraße 30"]) is None
    reading = BlockReading(location_text=f"{hall}, {address}")
    reading.sources["location_text"] = LINE_SOURCE
    assert part_of_the_place(hall, reading)
    # a venue and its address joined by another reader: its line may still name the row
    reading.sources["location_text"] = "listing:text (a venue's line over its street and town)"
    assert not part_of_the_place(hall, reading)


def test_a_hall_over_its_address_on_the_pages() -> None:
    readings = saved_page_readings("nextjs-landfrauen-grunbach-termine-2023-12")
    places = {title: place for title, _, place in readings}
    assert places["Veranstaltung: „Weidenflechten“"] == (
        "Vereinszimmer/Bürgerhaus Grunbach, Schillerstraße 30, 73630 Remshalden"
    )
    assert places["Vortrag: Krebsvorsorge – wer, wann, was“"] == (
        "Bürgersaal/Bürgerhaus Grunbach, Schillerstraße 30, 73630 Remshalden"
    )
    hall = places["Ausflug: Schwäbisch Hall, Freilichtbühne Große Treppe, Musical „Wie im Himmel“"]
    assert hall is not None and hall.startswith("Reinhold-Maier Platz, Remshalden-Grunbach")
    # the row of a day, a venue and its address is still named by the page
    assert [
        title for title, _, _ in saved_page_readings("jekyll-undolcedeliro-vorstellungen-2021")
    ] == [
        "Un dolce deliro",
        "Un dolce deliro",
    ]


# Cause: a Schützenverein's cards tell the place in the prose. A venue ending a sentence inside
# the prose — „… anschließend gibt es Brotzeit im Schützenhaus. Fürs Essen wird …“ (batch 154) —
# was read as where for a while this session and withdrawn: it placed a festival report's
# „… Partynacht auf dem Festplatz.“ at „Festplatz“ instead of the page's „Festplatz Pöttmes“
# (test_known_causes_session42), so only a venue ending the card's last sentence is read. The
# meeting point's village that ends the clause — „Treffpunkt ist um 8:15 Uhr am Schützenhaus in Pfraundorf.“ — is part of where
# (``sentence_places.with_its_town``; the readers that cut a meeting point from a row's name keep
# the point alone, see the entry's „Tried and dropped“).

_PROSE_PLACES = """<html><head><title>Schützen</title></head><body><main><div class="cards">
<div class="content-card"><p class="event-title"><b>08.12.2023 – Nikolausschießen mit Brotzeit</b></p>
<p class="event-details">Ausgeschossen wird eine Nikolausscheibe, anschließend gibt es Brotzeit im Schützenhaus. Fürs Essen wird wieder eine Liste ausgelegt.</p></div>
<div class="content-card"><p class="event-title"><b>19.06.2025 – Fronleichnam</b></p>
<p class="event-details">Beteiligung an der Prozession mit Fahnenabordnung. Treffpunkt ist um 8:15 Uhr am Schützenhaus in Pfraundorf.</p></div>
<div class="content-card"><p class="event-title"><b>29.06.2025 – Festsonntag</b></p>
<p class="event-details">Treffpunkt ist um 8:15 Uhr am Schützenhaus in Pfraundorf. Aufstellung zum Festzug in Happing um 9:30 Uhr.</p></div>
</div></main></body></html>"""


def test_places_in_the_prose_on_a_snippet() -> None:
    assert readings_on(_PROSE_PLACES, date(2023, 11, 20)) == [
        ("Nikolausschießen mit Brotzeit", "2023-12-08", None),
        ("Fronleichnam", "2025-06-19T08:15", "Schützenhaus in Pfraundorf"),
        ("Festsonntag", "2025-06-29T08:15", "Schützenhaus in Pfraundorf"),
    ]


def test_the_meeting_points_town() -> None:
    line = "Treffpunkt ist um 8:15 Uhr am Schützenhaus in Pfraundorf."
    assert with_its_town(line, "Schützenhaus") == "Schützenhaus in Pfraundorf"
    # a town that does not end the clause, or no town: the point alone
    later = "Treffpunkt ist um 8:15 Uhr am Schützenhaus in Pfraundorf und dann gehen wir los."
    assert with_its_town(later, "Schützenhaus") == "Schützenhaus"
    assert with_its_town("Treffpunkt um 9 Uhr am Dorfplatz.", "Dorfplatz") == "Dorfplatz"


def test_places_in_the_prose_on_the_pages() -> None:
    june = saved_page_readings("vue-hubertus-pfraundorf-termine-2025-06")
    assert [place for _, _, place in june][:2] == ["Schützenhaus in Pfraundorf"] * 2


# Cause: a homeowners association's calendar gives the year in an h1, each month in an h2 and
# only an ordinal day in the entry — „<h2>October</h2><p><strong>10th - Time TBD</strong>: Annual
# Meeting – …</p>“ (batch BT). No reader built the day, so the meeting was no event. Paragraphs
# that all open with an ordinal day under a heading that says only a month take its month
# (``month_label_days.write_heading_months_after_ordinals``; the year is the year heading's). Its
# other entries are no meetings: „Last day to pay dues!“ is a deadline (``deadline_titles``) and
# „Rain date for Annual Meeting“ the day the meeting moves to if it rains
# (``names_a_fallback_day``); „Time TBD“ after the day says the clock is still to come, no name
# (``title_text._CLOCK_TO_COME``); and a month heading is named again in its entries' days, but
# names no event (``heading_announcements``).

_MONTH_HEADINGS = """<html><head><title>Calendar</title></head><body><main><article>
<h1>Calendar</h1>
<div class="post-content"><h1 id="2026">2026</h1>
<h2 id="april">April</h2>
<p><strong>30th</strong>: Last day to pay dues!</p>
<h2 id="october">October</h2>
<p><strong>10th - Time TBD</strong>: Annual Meeting</p>
<h2 id="november">November</h2>
<p><strong>1st - Time TBD</strong>: Rain date for Annual Meeting</p>
<p><strong>14th</strong>: Holiday Social at the Clubhouse</p>
</div></article></main></body></html>"""


def test_ordinal_days_under_month_headings_on_a_snippet() -> None:
    assert readings_on(_MONTH_HEADINGS, date(2026, 7, 5)) == [
        ("Annual Meeting", "2026-10-10", None),
        ("Holiday Social at the Clubhouse", "2026-11-14", None),
    ]


def test_what_names_no_event_under_the_months() -> None:
    assert names_a_deadline("Last day to pay dues!")
    assert names_a_fallback_day("Rain date for Annual Meeting")
    assert names_a_fallback_day("Ausweichtermin bei Regen")
    assert not names_a_fallback_day("Rainbow Day Picnic")
    assert not names_a_deadline("Last Day of School Picnic")
    assert title_in_text("10th October - Time TBD: Annual Meeting") == "Annual Meeting"
    assert title_in_text("Time TBD: Annual Meeting") == "Time TBD: Annual Meeting"  # no day


def test_ordinal_days_under_month_headings_on_the_page() -> None:
    readings = saved_page_readings("hugo-papermod-carriage-hills-hoa-calendar-2026-07")
    assert len(readings) == 1
    title, start, _ = readings[0]
    assert start == "2026-10-10" and title is not None and title.startswith("Annual Meeting")
