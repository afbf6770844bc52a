"""Causes found on held-out German batch 180 of the real-page corpus (single-event pages: a TU
Dresden workshop, a youth association's festival, a fencing club's tournament in two editions, a
labour-law Fachtagung and a blog post about the EU AI Act), each pinned on a minimal snippet and on
its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.edition_headings import names_only_the_edition, tells_the_return
from netdir.extract.when_and_where_label import place_after_the_day
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. „<h3>Zeit und Ort</h3>“ over „08.08.2016 - 12.08.2016, WIL/B221“ then „<h3>Workshop
#    Material</h3>“: the label's answer held the day and the room in one line, and the next
#    heading was taken for the place. The words after the day (and its hours) in the answer's
#    day line are the place the label asks for (when_and_where_label.place_after_the_day).


def test_the_place_in_the_answers_day_line() -> None:
    assert place_after_the_day("08.08.2016 - 12.08.2016, WIL/B221") == "WIL/B221"
    assert place_after_the_day("Samstag, 4. März 2017, 10 bis 16 Uhr, VHS Forum") == "VHS Forum"
    assert place_after_the_day("Donnerstag, 3. September 2026, 12.30 - 13.30 Uhr") is None
    assert place_after_the_day("Donnerstag, 3. September 2026") is None


def test_the_place_in_the_answers_day_line_on_a_snippet() -> None:
    html = (
        "<html lang='de'><body><main><h1>Sommerkurs Numerik 2016</h1>"
        "<p>Eine Woche Einführung in die Software.</p><h3>Zeit und Ort</h3>"
        "<p>08.08.2016 - 12.08.2016, WIL/B221</p><h3>Workshop Material</h3>"
        "<p>Das Material ist auf GitHub verfügbar.</p></main></body></html>"
    )
    assert readings_on(html, date(2016, 1, 29)) == [
        ("Sommerkurs Numerik 2016", "2016-08-08", "WIL/B221")
    ]


def test_the_workshop_room_on_the_page() -> None:
    assert saved_page_readings("jekyll-amdis-workshop-tu-dresden-2016") == [
        ("AMDiS Workshop 2016", "2016-08-08", "WIL/B221")
    ]


# 2. „<h1>Automatisierung der Arbeit</h1> <h3>3. Fachtagung am 9.3.2026</h3>“: the dated
#    subheading's words beside its day, „3. Fachtagung“, are the edition's ordinal and kind; the
#    h1 above names the conference (edition_headings.names_only_the_edition, in
#    event_page_titles).


def test_an_edition_line_names_no_event() -> None:
    assert names_only_the_edition("3. Fachtagung")
    assert names_only_the_edition("dritte Auflage")
    assert not names_only_the_edition("3. Fachtagung Automatisierung der Arbeit")
    assert not names_only_the_edition("Sitzung Rat")


def test_the_conference_under_its_edition_line_on_a_snippet() -> None:
    html = (
        "<html lang='de'><body><div class='hero'><h1>Wasser in der Stadt</h1>"
        "<h3>5. Fachtagung am 12.5.2026</h3><h2>Wem gehört der Regen?</h2></div></body></html>"
    )
    assert [reading[:2] for reading in readings_on(html, date(2025, 10, 1))] == [
        ("Wasser in der Stadt", "2026-05-12")
    ]


def test_the_conference_on_the_page() -> None:
    assert saved_page_readings("sveltekit-automationofwork-fachtagung-2026-03") == [
        ("Automatisierung der Arbeit", "2026-03-09", None)
    ]


# 3. „<h1>IIIgeley</h1> <h3>Zum dritten Mal ruft der Igel zur Keilerei!</h3>“ over „Datum:
#    13./14.09.2025“: the nearest heading above the date named the tournament; it is a sentence
#    announcing the event's return, the h1 names it (edition_headings.tells_the_return).


def test_a_return_announcement_is_no_name() -> None:
    assert tells_the_return("Zum dritten Mal ruft der Igel zur Keilerei!")
    assert tells_the_return("Auch dieses Jahr laden wir zum Sommerfest ein!")
    assert not tells_the_return("Zum dritten Mal")
    assert not tells_the_return("Wir feiern unser Jubiläum mit einem Tag der offenen Tür!")


def test_the_tournament_under_its_return_announcement_on_a_snippet() -> None:
    html = (
        "<html lang='de'><body><main><h1>Kellerturnier</h1>"
        "<h3>Zum zehnten Mal rollen die Kugeln im Gewölbe!</h3>"
        "<ul><li>Datum: 13./14.09.2025</li><li>Ort: Alte Mälzerei</li>"
        "<li>Beginn: 09:00Uhr am Samstag</li></ul></main></body></html>"
    )
    assert readings_on(html, date(2025, 8, 1)) == [
        ("Kellerturnier", "2025-09-13T09:00", "Alte Mälzerei")
    ]


def test_the_tournament_on_the_page() -> None:
    assert saved_page_readings("hugo-igeley-wuerzburg-2025-09") == [
        ("IIIgeley", "2025-09-13T09:00", "Heuchelhof-Halle Würzburg")
    ]


# 4. „Zelten ist auch dieses Jahr wieder im Kletterwald Silvestria in Bettingen möglich, dort
#    findet ebenfalls die Abendveranstaltung am Samstag statt.“ under „Datum: 14./15.09.2024“ and a
#    timetable of sixteen lines: the evening event is a part of its own on the run's Saturday,
#    held where „dort“ points to. The run's parts were read only as „findet am <Wochentag> die …
#    statt“ and only in the twelve lines under the run's (run_day_parts).

_EVENING = (
    "<html lang='de'><body><main><h1>Kellerturnier</h1>"
    "<ul><li>Datum: 14./15.09.2024</li><li>Ort: Alte Mälzerei</li></ul>"
    "<p>Zeitplan:<br>Samstag<br>Aufbau 07:00<br>Start 09:00<br>Pause 12:00<br>Finale 13:00<br>"
    "Siegerehrung 17:00<br>Sonntag<br>Start 09:00<br>Pause 12:00<br>Finale 13:00<br>"
    "Siegerehrung 15:00<br>Abbau 16:00</p>"
    "<p>Übernachten ist auch dieses Jahr im Zeltlager Waldesruh in Bettingen möglich, dort findet "
    "ebenfalls die Abendveranstaltung am Samstag statt.</p></main></body></html>"
)


def test_the_evening_event_on_the_runs_saturday_on_a_snippet() -> None:
    readings = readings_on(_EVENING, date(2024, 9, 1))
    assert ("Abendveranstaltung", "2024-09-14", "Zeltlager Waldesruh in Bettingen") in readings
    assert [title for title, _, _ in readings] == ["Kellerturnier", "Abendveranstaltung"]


def test_the_evening_event_on_the_page() -> None:
    assert saved_page_readings("hugo-igeley-wertheim-2024-09") == [
        ("IIgeley", "2024-09-14T08:00", "Sporthalle Comenius-Realschule Wertheim"),
        ("Abendveranstaltung", "2024-09-14", "Kletterwald Silvestria in Bettingen"),
    ]
