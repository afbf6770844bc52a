"""Causes found on held-out German batch 165 of the real-page corpus (an opera director's
„Aktuelles“ and master classes, a village association's calendar and Backes dates, a Berlin
choir's performances), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.run_daily_hours import daily_hours_of_the_run
from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_spans

# 1. A row's date box in two parts — „<span …__day>12/14/21</span><span …__month>Mär 2027
#    </span>“ — writes a production's three performances with slashes: read as a numeric date
#    („14 December 2021“), and „4/11 Dez 2026“ as its first day only. The box spells its days
#    out for screen readers, „aria-label="12./14./21. März 2027"“: the label is the date.


def _row(label: str, day: str, month: str, title: str) -> str:
    return (
        '<a class="aktuelles-row" href="/p/" data-category="inszenierung">'
        f'<span class="aktuelles-row__date" aria-label="{label}">'
        f'<span class="aktuelles-row__day">{day}</span>'
        f'<span class="aktuelles-row__month">{month}</span></span>'
        '<span class="aktuelles-row__main"><span class="aktuelles-row__meta"><span>Premiere'
        "</span><span>Institut Français Berlin</span></span>"
        f'<span class="aktuelles-row__title">{title}</span></span></a>'
    )


_ROWS = (
    '<html><body><h2>Kommende Termine</h2><div class="aktuelles-list">'
    + _row("10. Oktober 2026", "10", "Okt 2026", "Der Schmetterling")
    + _row("4. und 11. Dezember 2026", "4/11", "Dez 2026", "La cabine téléphonique")
    + _row("12./14./21. März 2027", "12/14/21", "Mär 2027", "Parsifal")
    + "</div></body></html>"
)


def test_days_the_label_spells_out_on_a_snippet() -> None:
    readings = readings_on(_ROWS, date(2026, 8, 8))
    assert [(title, day) for title, day, _ in readings] == [
        ("Der Schmetterling", "2026-10-10"),
        ("La cabine téléphonique", "2026-12-04"),
        ("La cabine téléphonique", "2026-12-11"),
        ("Parsifal", "2027-03-12"),
        ("Parsifal", "2027-03-14"),
        ("Parsifal", "2027-03-21"),
    ]


def test_a_label_that_reads_as_the_box_changes_nothing() -> None:
    # „10“ over „Okt 2026“ labelled „10. Oktober 2026“: the same day either way
    readings = readings_on(_ROWS, date(2026, 8, 8))
    assert readings[0][1] == "2026-10-10"


def test_days_the_label_spells_out_on_their_page() -> None:
    spans = saved_page_spans("eleventy-solfaghari-aktuelles-2026-08")
    assert len(spans) == 39
    parsifal = sorted(day for title, day, _, _ in spans if title == "Parsifal")
    assert parsifal == [
        "2024-03-24", "2024-03-29", "2024-03-31", "2025-04-13", "2025-04-18", "2025-04-20",
        "2026-03-20", "2026-03-22", "2026-03-29", "2027-03-12", "2027-03-14", "2027-03-21",
    ]  # fmt: skip
    assert not any(day.startswith("2021") for _, day, _, _ in spans)


# 2. The same rows set above the title a meta line of two spans — the kind of event, then the
#    venue: „<span>Uraufführung</span><span>Eduard-von-Winterstein-Theater, Annaberg-Buchholz
#    </span>“. Neither is labelled nor classed as a place; the first names a kind of event, so
#    the second says where.


def test_the_venue_of_a_kind_and_venue_meta_line_on_a_snippet() -> None:
    assert {place for _, _, place in readings_on(_ROWS, date(2026, 8, 8))} == {
        "Institut Français Berlin"
    }


def test_a_meta_line_without_a_kind_gives_no_place() -> None:
    # „Max Muster · Redaktion“: a byline's parts, no kind of event first
    bylined = _ROWS.replace("<span>Premiere</span>", "<span>Redaktion</span>")
    assert {place for _, _, place in readings_on(bylined, date(2026, 8, 8))} == {None}


def test_the_venue_of_a_kind_and_venue_meta_line_on_its_page() -> None:
    places = {(title, day[:10]): place for title, day, _, place in
              saved_page_spans("eleventy-solfaghari-aktuelles-2026-08")}  # fmt: skip
    assert places[("Der Schmetterling", "2026-10-10")] == (
        "Eduard-von-Winterstein-Theater, Annaberg-Buchholz"
    )
    assert places[("Requiem Studies Part I", "2026-10-27")] == "nosolo studios Stuttgart"
    assert places[("Opernführer für Einsteiger", "2024-10-18")] == "Klub Alsergrund, Wien"


# 3. A village association lists its Backes dates as „<strong>01.08.2026, Samstag:</strong>
#    Ital. Abend“: the weekday closing the bold label with its colon went into the name
#    („Samstag: Ital. Abend“).

_BACKES = (
    "<html><body><h2>Unsere Backes Termine</h2><ul class='news-list'>"
    "<li class='news-item'><strong>01.08.2026, Samstag:</strong> Ital. Abend</li>"
    "<li class='news-item'><strong>12.09.2026, Samstag:</strong> Backtag</li>"
    "<li class='news-item'><strong>28.11.2026, Samstag:</strong> Adventsmarkt</li>"
    "</ul></body></html>"
)


def test_the_weekday_of_a_date_label_on_a_snippet() -> None:
    assert [title for title, _, _ in readings_on(_BACKES, date(2026, 7, 31))] == [
        "Ital. Abend",
        "Backtag",
        "Adventsmarkt",
    ]


def test_the_weekday_of_a_date_label_on_its_page() -> None:
    assert saved_page_readings("static-thuerne-service-2026-07") == [
        ("Ital. Abend", "2026-08-01", None),
        ("Backtag", "2026-09-12", None),
        ("Backtag", "2026-10-17", None),
        ("Adventsmarkt", "2026-11-28", None),
    ]


# 4. A choir's timeline names each performance with its year — „<h4>Choir Worldwide 2019</h4>“ —
#    over a yearless day with its weekday, „Dienstag, 12. Februar“. The year came from the
#    heading above the panel (the previous panel's name, „Teufelsberg 2023“): 12 February 2023,
#    a Sunday. The name's year, where the weekday falls, is the day's.


def _panel(name: str, body: str) -> str:
    return (
        '<li><div class="timeline-panel"><div class="timeline-heading">'
        f'<h4>{name}</h4></div><div class="timeline-body"><p class="text-muted">{body}<br>'
        '<a href="https://www.google.com/maps/dir//Urania+e.+V.,+An+der+Urania+17,+10787+Berlin/">'
        "Anfahrt</a></p></div></div></li>"
    )


_TIMELINE = (
    '<html><body><section id="termine"><h2>Auftritte</h2><ul class="timeline">'
    + _panel("Teufelsberg 2023", "Samstag, 27. August<br>Teufelsberg")
    + _panel("Choir Worldwide 2019", "Dienstag, 12. Februar<br>Urania")
    + _panel("Kiezfest 2017", "Samstag, 13. Mai<br>Café MadaMe, Mehringplatz")
    + _panel("März 2016", "Samstag, 12. März 2016<br>Benefizkonzert mit dem Hofküchenchor")
    + "</ul></section></body></html>"
)


def test_the_year_a_name_states_on_a_snippet() -> None:
    days = {title: day for title, day, _ in readings_on(_TIMELINE, date(2023, 7, 19))}
    assert days["Choir Worldwide 2019"] == "2019-02-12"
    # a Saturday in 2017 and in 2023 alike: the name says which
    assert days["Kiezfest 2017"] == "2017-05-13"
    assert days["Teufelsberg 2023"] == "2023-08-27"


def test_a_year_the_weekday_denies_changes_nothing() -> None:
    # „Jahresrückblick 2019“ with „Dienstag, 12. März“: 12 March 2019 was a Tuesday …
    told = _TIMELINE.replace("Dienstag, 12. Februar", "Donnerstag, 12. Februar")
    days = {title: day for title, day, _ in readings_on(told, date(2023, 7, 19))}
    # … a Thursday is not 12 February 2019: the name's year is no answer
    assert days["Choir Worldwide 2019"] != "2019-02-12"


def test_the_year_a_name_states_on_its_page() -> None:
    days = {
        title: day for title, day, _ in saved_page_readings("jekyll-thetubez-auftritte-2023-07")
    }
    assert days["Choir Worldwide 2019"] == "2019-02-12"
    assert days["Weihnachtsfeier der Begegnungsstätte 2018"] == "2018-12-08"
    assert days["Weihnachtsfeier der Begegnungsstätte 2017"] == "2017-11-25"


# 5. One panel's heading says only when, „<h4>März 2016</h4>“, over „Samstag, 12. März 2016<br>
#    Benefizkonzert mit dem Hofküchenchor<br><a>Anfahrt</a>“: the month names nothing, the line
#    below the day does; the route link „Anfahrt“ is a pointer, as a map link is.


def test_the_name_below_the_day_under_a_month_heading_on_a_snippet() -> None:
    days = {title: day for title, day, _ in readings_on(_TIMELINE, date(2023, 7, 19))}
    assert days["Benefizkonzert mit dem Hofküchenchor"] == "2016-03-12"
    assert is_junk_title("Anfahrt")
    assert not is_junk_title("Anfahrt zum Sommerfest")


def test_the_name_below_the_day_under_a_month_heading_on_its_page() -> None:
    readings = saved_page_readings("jekyll-thetubez-auftritte-2023-07")
    assert ("Benefizkonzert mit dem Hofküchenchor", "2016-03-12", None) in readings
    assert len(readings) == 8


# 6. The same panels set the venue on the line below the day, then the route link whose address
#    repeats it: „Café MadaMe, Mehringplatz<br><a href="…/maps/dir//Café+MadaMe,+Mehringpl.+10,
#    …">Anfahrt</a>“. The line the map's address confirms is the place; the name line of the
#    „März 2016“ panel, whose map shows a church, is none.


def test_the_place_a_route_link_confirms_on_a_snippet() -> None:
    places = {title: place for title, _, place in readings_on(_TIMELINE, date(2023, 7, 19))}
    assert places["Choir Worldwide 2019"] == "Urania"
    # the map shows Urania, the line says Teufelsberg: the address confirms no word of it
    assert places["Teufelsberg 2023"] is None
    assert places["Benefizkonzert mit dem Hofküchenchor"] is None


def test_the_place_a_route_link_confirms_on_its_page() -> None:
    places = {
        title: place for title, _, place in saved_page_readings("jekyll-thetubez-auftritte-2023-07")
    }
    assert places["Teufelsberg 2023"] == "Teufelsberg"
    assert places["Kiezfest 2017"] == "Café MadaMe, Mehringplatz"
    assert places["Weihnachtskonzert 2016"] == "Sophie-Charlotte-Saal, Berliner Dom"
    assert places["Benefizkonzert mit dem Hofküchenchor"] is None


# 7. The association's calendar card says where in a line of its own after its name: „<h4>
#    Backtag</h4><p>Samstag in Houverath</p>“ — the day's weekday again, and the village.

_CARDS = (
    "<html><body><h2>Nächste Veranstaltungen</h2>"
    '<div class="monatsgruppe" data-monat="2026-09"><h3>September 2026</h3><div class="termin-grid">'
    '<article class="termin-karte"><time datetime="2026-09-12"><strong>12</strong><span>September'
    '</span></time><div><p class="termin-typ">Backes</p><h4>Backtag</h4><p>Samstag in Houverath'
    "</p></div></article></div></div>"
    '<div class="monatsgruppe" data-monat="2026-10"><h3>Oktober 2026</h3><div class="termin-grid">'
    '<article class="termin-karte"><time datetime="2026-10-17"><strong>17</strong><span>Oktober'
    '</span></time><div><p class="termin-typ">Veranstaltung</p><h4>Adventsmarkt</h4><p>Samstag in Lanzerath'
    "</p></div></article></div></div></body></html>"
)


def test_the_town_after_its_weekday_on_a_snippet() -> None:
    readings = readings_on(_CARDS, date(2026, 7, 1))
    assert [(day, place) for _, day, place in readings] == [
        ("2026-09-12", "Houverath"),
        ("2026-10-17", "Lanzerath"),
    ]


def test_the_town_after_its_weekday_on_its_page() -> None:
    readings = saved_page_readings("static-thuerne-kalender-2026-07")
    assert len(readings) == 5
    assert {place for _, _, place in readings} == {"Houverath"}


# 8. A master class's modal gives its days and then its hours: „20.–22. Oktober 2026“ over
#    „10:00–17:00 Uhr, am 22.10. Abschlusskonzert“. The line named a day of the run with hours and
#    was read as the card's day again: the course at ten on its last day, beside the card's
#    course of three days. The hours before the day are the run's; the day after them the concert's.


def test_the_daily_hours_of_a_run() -> None:
    line = "10:00–17:00 Uhr, am 22.10. Abschlusskonzert"
    assert daily_hours_of_the_run("20.–22. Oktober 2026", line) == "10:00–17:00 Uhr"
    # one day: the line names that day again with its hours, as a card's meta line does
    assert daily_hours_of_the_run("22. Oktober 2026", line) is None
    # the day before the hours: that day's own hours
    assert daily_hours_of_the_run("20.–22. Oktober 2026", "am 22.10., 19:00 Uhr") is None


def test_the_daily_hours_of_a_run_on_its_page() -> None:
    spans = saved_page_spans("eleventy-solfaghari-meisterkurse-2026-08")
    tristan = [(day, end) for title, day, end, _ in spans if title == "Tristan | Ring | Parsifal"]
    assert tristan[0] == ("2026-10-20T10:00", "2026-10-22T17:00")
    assert not any(day.startswith("2026-10-22") for day, _ in tristan)


# 9. The other course's modal gives its hours of each day in an element classed as times,
#    „<p class="course-modal__zeiten">Täglich 10:00–13:00 &amp; 14:00–17:00</p>“: longer than
#    one time, and „Täglich“ read as a name kept it out. Daily hours are only hours.

_MODAL = (
    "<html><body><h2>Meisterkurse</h2>"
    '<dialog class="course-modal" open><header class="course-modal__header">'
    '<p class="course-modal__date">27.–29. Oktober 2026</p>'
    '<p class="course-modal__zeiten">Täglich 10:00–13:00 &amp; 14:00–17:00</p>'
    '<h2 class="course-modal__title">Requiem Studies Part I</h2>'
    '<p class="course-modal__location">nosolo studios, Hackstraße 77, 70190 Stuttgart</p>'
    "</header></dialog>"
    '<dialog class="course-modal" open><header class="course-modal__header">'
    '<p class="course-modal__date">16.–18. Dezember 2026</p>'
    '<p class="course-modal__zeiten">Täglich 9:30–12:30 &amp; 14:00–18:00</p>'
    '<h2 class="course-modal__title">Vorsingetraining</h2>'
    '<p class="course-modal__location">Aula des KHG, Lorettostr. 20, 79100 Freiburg</p>'
    "</header></dialog></body></html>"
)


def test_daily_hours_in_a_time_element_on_a_snippet() -> None:
    assert [day for _, day, _ in readings_on(_MODAL, date(2026, 8, 8))] == [
        "2026-10-27T10:00",
        "2026-12-16T09:30",
    ]


def test_daily_hours_in_a_time_element_on_its_page() -> None:
    spans = saved_page_spans("eleventy-solfaghari-meisterkurse-2026-08")
    assert ("Requiem Studies Part I", "2026-10-27T10:00") in [(t, d) for t, d, _, _ in spans]
