"""Causes found on held-out German batch 139 of the real-page corpus (public administration and
municipalities: the event cards and an event post of the Open Innovation City Bielefeld, two posts
of the Stadt Ulm's digital agenda, a Kreisvolkshochschule's course table), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from netdir.extract.bracketed_lengths import with_bracketed_length
from netdir.extract.place_lines import names_a_place
from netdir.extract.title_text import without_call_or_schedule
from netdir.extract.when_and_where_label import answers_under
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings


def _card(title: str, day: str, hours: str, place: str) -> str:
    return f"""<div class="event-card"><div class="event-header">
<div class="event-category">Impuls</div><h3 class="event-title">{title}</h3>
<p class="event-description">Ein Impuls mit anschließendem Austausch.</p></div>
<div class="event-details"><div class="event-meta">
<div class="event-meta-item"><svg><path d="M1 1"/></svg><span><strong>Datum:</strong> {day}</span></div>
<div class="event-meta-item"><svg><path d="M1 1"/></svg><span><strong>Zeit:</strong> {hours}</span></div>
<div class="event-meta-item"><svg><path d="M1 1"/></svg><span><strong>Ort:</strong> {place}</span></div>
</div><div class="event-footer"><div class="event-cost">Kostenlos</div>
<a href="/anmeldung/" class="event-book-btn">Anmelden</a></div></div></div>"""


_CARDS = (
    "<html><body><nav><a href='/'>Start</a></nav><section><h1>KI und Zivilgesellschaft</h1>"
    "<p>Die Eventreihe zu allen Themen rund um KI.</p></section>"
    '<section><h2>Erfolgreiche MeetUps</h2><div class="events-grid">'
    + _card(
        "KI-Kompetenz", "11.11.2025", "16:30 Uhr (1,5 Stunden)", "Innovation Office, Alter Markt 13"
    )
    + _card(
        "KI und New Work",
        "09.10.2025",
        "16:30 Uhr (1,5 Stunden)",
        "Innovation Office, Alter Markt 13",
    )
    + _card("Markt der digitalen Möglichkeiten", "31.10.2025", "15:00 Uhr (3 Stunden)", "VHS")
    + "</div></section></body></html>"
)


# 1. „Zeit: 16:30 Uhr (1,5 Stunden)“: a clock with its length in brackets is the card's time
#    line, from the clock for that long; the bracket is no remark that hides the hours.


def test_clock_with_its_length_in_brackets() -> None:
    assert with_bracketed_length("16:30 Uhr (1,5 Stunden)") == "16:30 – 18:00 Uhr"
    assert with_bracketed_length("Zeit: 12:30 Uhr (1 Stunde)") == "Zeit: 12:30 – 13:30 Uhr"
    assert with_bracketed_length("ab 19 Uhr (ca. 90 Minuten)") == "ab 19:00 – 20:30 Uhr"
    # a run of days, no length, two clocks or a span past midnight: not read so
    assert with_bracketed_length("16:30 Uhr (3 Tage)") is None
    assert with_bracketed_length("16:30 Uhr (bis 18 Uhr)") is None
    assert with_bracketed_length("16:30 - 18:00 Uhr (2 Stunden)") is None
    assert with_bracketed_length("23:00 Uhr (2 Stunden)") is None


def test_cards_of_day_hours_and_place_rows() -> None:
    assert readings_on(_CARDS, date(2026, 8, 20)) == [
        ("KI-Kompetenz", "2025-11-11T16:30", "Innovation Office, Alter Markt 13"),
        ("KI und New Work", "2025-10-09T16:30", "Innovation Office, Alter Markt 13"),
        ("Markt der digitalen Möglichkeiten", "2025-10-31T15:00", "VHS"),
    ]


def test_oic_home_page_cards_have_their_hours() -> None:
    records = saved_page_readings("jekyll-oic-bielefeld-home-2025-10")
    assert len(records) == 9
    starts = {title: start for title, start, _place in records}
    assert starts["KI und New Work: Risiken, Chancen, Haltung"] == "2025-10-09T16:30"
    assert starts["Markt der digitalen Möglichkeiten"] == "2025-10-31T15:00"
    assert starts["BarCamp AI: Vom Impuls zu deiner Community of Practice"] == "2025-10-30T17:00"


# 2. „<h1>KI und Zivilgesellschaft</h1>“ over cards of „Datum:“ / „Zeit:“ / „Ort:“ rows: the
#    labels the page-event reader finds are the first card's (its day and hour), so the h1 names
#    no event of the page's own beside the list.


def test_no_page_event_from_the_first_cards_labels() -> None:
    titles = [title for title, _start, _place in readings_on(_CARDS, date(2026, 8, 20))]
    assert "KI und Zivilgesellschaft" not in titles


def test_oic_series_pages_list_their_cards_only() -> None:
    hours = saved_page_readings("jekyll-oic-bielefeld-open-innovation-hour-2026-08")
    assert len(hours) == 10
    assert ("Open Innovation Hour", "2026-09-03T12:30", "Online") not in hours
    meetups = saved_page_readings("jekyll-oic-bielefeld-ki-zivilgesellschaft-2026-08")
    assert meetups[0][0] is not None and meetups[0][0].startswith("Zukünfte von KI")
    assert len(meetups) == 6
    assert all(start and start.endswith(("16:30", "16:00")) for _t, start, _p in meetups)


# 3. „Wann und wo?“ over „Donnerstag, 3. September 2026“ / „12.30 - 13.30 Uhr“ / „Zoom – …“: one
#    label for the day, the hours and the place, each answered by a line of its own. 4. The
#    post's h1 „Open Innovation Hour: Beharrungstendenzen …“ names the event when its lead names
#    the series it opens with („… der kommenden Open Innovation Hour, am 3. September 2026“).

_POST = """<html><body><header><div class="post-meta"><span>Open Innovation Hour</span>
<time class="post-date" datetime="2026-07-30">30.07.2026</time></div>
<h1 class="post-title">Open Innovation Hour: Beharrungstendenzen und wie wir ihnen begegnen</h1>
<p class="post-teaser">Darum geht es in der kommenden Open Innovation Hour, am 3. September 2026.</p>
</header><article><h1>Open Innovation Hour</h1><h2>Zukunftsfähigkeit trainieren</h2>
<p>Wir freuen uns auf einen spannenden Impuls aus der Innovationsarbeit.</p>
<h3>Offen, niedrigschwellig und praxisnah. Die 60 Minuten im Überblick:</h3>
<ol><li>Impuls</li><li>Erfahrungsaustausch</li><li>Netzwerken</li></ol>
<p><strong>Wer kann teilnehmen?</strong><br /><strong>Alle!</strong></p>
<p><strong>Wann und wo?</strong><br />
<strong>Donnerstag, 3. September 2026</strong><br />
<strong>12.30 - 13.30 Uhr</strong><br />
<strong>Zoom</strong> – Den Link erhältst du nach der Anmeldung.</p>
<h3>Kostenlose Anmeldung</h3></article></body></html>"""


def _no_label(_line: str) -> bool:
    return False


def test_when_and_where_label_answered_line_by_line() -> None:
    lines = ["Wann und wo?", "Donnerstag, 3. September 2026", "12.30 - 13.30 Uhr", "Zoom", "Mehr"]
    found = answers_under(lines, 0, _no_label)
    assert found is not None and (found.day, found.hours, found.place) == (1, 2, 3)
    found = answers_under(["Zeit und Ort:", "Sa., 12.09.2026, 19 Uhr", "Rathaus"], 0, _no_label)
    assert found is not None and (found.hours, found.place) == (None, 2)
    # no day under it, or another label: no answers
    assert answers_under(["Wann und wo?", "Das steht noch nicht fest."], 0, _no_label) is None
    assert answers_under(["Wann?", "Donnerstag, 3. September 2026"], 0, _no_label) is None
    # lines labelled each on their own („Wann:“ / „Wo:“) are read by their own labels
    labelled = ["Ort und Zeit", "Wann: 27. März 2019, 10:00 Uhr", "Wo: Haus der Jugend"]
    assert answers_under(labelled, 0, _no_label) is None
    # a section „Zeit und Ort“ over a sentence: prose, read as such elsewhere
    sentence = (
        "Die Vorträge im Rahmen der 35. Bamberger Hegelwoche finden statt vom 3. bis 5. Juni, "
        "jeweils um 19.15 Uhr, in der AULA der Universität, Dominikanerstraße 2a."
    )
    assert (
        answers_under(["Zeit und Ort", sentence, "ACHTUNG: Eintrittskarten"], 0, _no_label) is None
    )


def test_post_with_when_and_where_under_its_series_title() -> None:
    assert readings_on(_POST, date(2026, 8, 20)) == [
        (
            "Open Innovation Hour: Beharrungstendenzen und wie wir ihnen begegnen",
            "2026-09-03T12:30",
            "Zoom – Den Link erhältst du nach der Anmeldung.",
        )
    ]


def test_oic_open_innovation_hour_post() -> None:
    [(title, start, place)] = saved_page_readings(
        "jekyll-oic-bielefeld-oih-beharrungstendenzen-2026"
    )
    assert title == "Open Innovation Hour: Beharrungstendenzen und wie wir ihnen begegnen können"
    assert start == "2026-09-03T12:30"
    assert place is not None and place.startswith("Zoom")


# 5. „von Constantin Müller, Maximilian Richt · 30. Juni 2020“ under the post's h1: a byline
#    whose names a middle dot parts from the day (also of four authors), the post's day — a
#    yearless „am 7. und 8. August“ in its text is of that year, not of the year it was saved.


def test_byline_with_a_middle_dot_and_four_authors() -> None:
    today = date(2021, 7, 29)
    byline = parse_when("von Constantin Müller, Maximilian Richt · 30. Juni 2020", today=today)
    assert (byline.start, byline.published) == (None, "2020-06-30")
    four = parse_when(
        "von Stefan Kaufmann, Constantin Müller, Maximilian Richt, Katharina Schweiger · 20. Mai 2020",
        today=today,
    )
    assert (four.start, four.published) == (None, "2020-05-20")
    # a day with its hours after the names is still the event's („Max Muster · 30. Juni 2020“
    # names no author by „von“)
    assert parse_when("Max Muster · 30. Juni 2020, 19 Uhr", today=today).start is not None


def test_ulm_conference_post_in_the_posts_year() -> None:
    # (held „online“ since session 52: „Und zwar <strong>online</strong>.“ after the day)
    assert saved_page_readings("jekyll-stadtulm-zda-openbike-minikonferenz-2020") == [
        ("Eine kleine OpenBike-Konferenz", "2020-08-07", "online")
    ]


# 6. „wählt euch heute (Mittwoch, 20.04.2020) um 19:00 … ein“ in a post of Wednesday 20 May 2020:
#    the written day slipped in one figure (20 April was a Monday); „heute“ and the weekday name
#    the post's day. 7. Its h1 „OpenBike Q&A, Heute, 19:00“ closes with when, not what.


def test_today_beside_a_slipped_day_is_the_posts_day() -> None:
    today, posted = date(2021, 7, 29), date(2020, 5, 20)
    slipped = parse_when("heute (Mittwoch, 20.04.2020) um 19:00", today=today, page_date=posted)
    assert slipped.start == "2020-05-20T19:00:00+02:00"
    # the weekday fits the written day, no „heute“, or more than one figure apart: as written
    kept = parse_when("heute (Montag, 20.04.2020) um 19:00", today=today, page_date=posted)
    assert kept.start == "2020-04-20T19:00:00+02:00"
    kept = parse_when("am Mittwoch, 20.04.2020 um 19:00", today=today, page_date=posted)
    assert kept.start == "2020-04-20T19:00:00+02:00"
    kept = parse_when("heute (Mittwoch, 22.04.2020) um 19:00", today=today, page_date=posted)
    assert kept.start == "2020-04-22T19:00:00+02:00"


def test_day_word_and_hour_closing_a_heading() -> None:
    assert without_call_or_schedule("OpenBike Q&A, Heute, 19:00") == "OpenBike Q&A"
    assert without_call_or_schedule("Stammtisch – morgen ab 19 Uhr!") == "Stammtisch"
    assert without_call_or_schedule("Kino heute") == "Kino heute"
    assert without_call_or_schedule("Die Zeitung von heute") == "Die Zeitung von heute"


def test_ulm_qa_post_on_the_posts_day() -> None:
    # (held „online“ since session 52: „… gibt es heute 19:00 eine online Q&A zu OpenBike“)
    assert saved_page_readings("jekyll-stadtulm-zda-openbike-qa-2020") == [
        ("OpenBike Q&A", "2020-05-20T19:00", "online")
    ]


# 8. „Raum 1 - VHS Anklam, Markt 7“ in a course table's place cell: a spaced dash parts a room
#    from its house as a comma does.


def test_room_dash_house_is_a_place() -> None:
    assert names_a_place("Raum 1 - VHS Anklam, Markt 7")
    assert names_a_place("Raum 1, VHS Anklam, Markt 7")
    # a dash after no room joins a name's parts: what happens, not where
    assert not names_a_place("Adventsfeier – Auszeit im Pfarreitreff")
    assert not names_a_place(
        "Vortrag - Musikalische Vorführungen und Vorträge in der Gymnasialkirche"
    )


def test_vhs_course_table_places() -> None:
    assert saved_page_readings("kufer-vhs-vg-kursuebersicht-2025-09") == [
        (
            "Italienisch für Anfänger A1/A2 (geringe Vorkenntnisse), Modul 3",
            "2025-09-06T09:15",
            "Raum 1 - VHS Anklam, Markt 7",
        ),
        (
            "Hatha Yoga - Ruhe, Kraft und Zentriertheit finden",
            "2025-09-09T18:15",
            "VHS in Anklam, Saal Demminer Str. 15",
        ),
    ]
