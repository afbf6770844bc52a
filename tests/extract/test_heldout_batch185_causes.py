"""Causes found on held-out German batch 185 of the real-page corpus (university, research and
culture pages: a castle ruin's events, a professor's lectures, a research unit's symposia, a
museum's exhibition), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.heading_venue_before_day import without_the_day_before_the_town
from netdir.extract.place_lines import names_a_place
from netdir.extract.run_under_its_name import is_bare_run
from netdir.extract.title_text import title_in_text
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_spans

# 1. The AEET's symposion page names its event only in „<title>AEET – Symposion am 20. Februar
#    2026 in Wangels</title>“ and the same h1: with its place read as „Wangels“, the name lost
#    the town and kept the day („Symposion am 20. Februar 2026“). A name with its day and a bare
#    „in <town>“ keeps the town and loses the day, as a meetup's heading does („25.
#    Magento-Meetup am 02.05.2018 in Wels“ → „25. Magento-Meetup in Wels“)
#    (heading_venue_before_day.without_the_day_before_the_town, in event_page).


def test_the_day_leaves_a_name_that_ends_on_its_town() -> None:
    name = without_the_day_before_the_town("Symposion am 20. Februar 2026 in Wangels", "Wangels")
    assert name == "Symposion in Wangels"
    assert without_the_day_before_the_town("Lesung in Wangels", "Wangels") is None
    assert (
        without_the_day_before_the_town("Symposion am 20. Februar 2026 in Kiel", "Wangels") is None
    )


def test_a_symposion_page_named_in_its_title() -> None:
    html = (
        "<html lang='de'><head><title>AEET – Tagung am 6. März 2026 in Hansühn</title></head>"
        "<body><div id='header'><h1 class='title'>Tagung am 6. März 2026 in Hansühn</h1></div>"
        "<div class='contents'><h1>Vorträge</h1><p>Dr. A. Beispiel <strong>Begrüßung</strong>"
        "</p><h2>Moderation</h2><p>Prof. Dr. B. Muster</p></div></body></html>"
    )
    assert readings_on(html, date(2026, 3, 1)) == [("Tagung in Hansühn", "2026-03-06", "Hansühn")]


def test_the_aeet_symposion_2026_on_its_page() -> None:
    readings = saved_page_readings("pandoc-aeet-symposion-2026-wangels")
    assert readings == [("Symposion in Wangels", "2026-02-20", "Wangels")]


# 2. A museum names its exhibition in plain lines over a line that is only its run of days: its
#    own page opens „<p class="page-title">Erinnerungstank Haldengut</p><p class="city-mark">8.5.26
#    – 4.4.27</p>“ (no heading above, so no day was read and no record made); the exhibitions page
#    shows it under „<h2>Aktuell</h2>“ in one link „Erinnerungstank Haldengut<br>– Wir zapfen
#    Geschichte!<br><span class="dates">8.5.26 – 4.4.27</span>“ (named „Aktuell“). The run of
#    days alone on its line is the exhibition's, the short lines right above it name it — not a
#    label that says only when (run_under_its_name, in event_page).


def test_a_bare_run_of_days() -> None:
    assert is_bare_run("8.5.26 – 4.4.27")
    assert is_bare_run("13.–14. Oktober 2026")
    assert not is_bare_run("8.5.26")
    assert not is_bare_run("Vernissage 8.5.26 – 4.4.27")


def test_an_exhibition_page_opening_with_its_name_and_run() -> None:
    html = (
        "<html lang='de'><head><title>Stahl und Rauch — Museum</title></head><body><main>"
        "<p class='page-title'>Stahl und Rauch</p><p class='city-mark'>3.2.23 – 30.9.23</p>"
        "<article><p>Die Ausstellung erzählt von der Arbeit in der Giesserei zwischen 1890 und "
        "1990.</p><h2>Programm</h2><h3>Führungen</h3><p>Jeweils am Abend.</p></article>"
        "</main></body></html>"
    )
    assert readings_on(html, date(2023, 3, 1)) == [("Stahl und Rauch", "2023-02-03", None)]


def test_the_current_exhibition_under_a_label() -> None:
    html = (
        "<html lang='de'><head><title>Ausstellungen — Museum</title></head><body><main>"
        "<h1>Ausstellungen</h1><h2>Aktuell</h2><article><div><a href='stahl.html'>Stahl und "
        "Rauch<br>Die Giesserei<br><span class='dates'>3.2.23 – 30.9.23</span></a></div>"
        "</article><h2>Archiv</h2><a href='#'><span>2022</span><span>System Reset</span></a>"
        "</main></body></html>"
    )
    assert readings_on(html, date(2023, 3, 1)) == [
        ("Stahl und Rauch Die Giesserei", "2023-02-03", None)
    ]


def test_the_museums_exhibition_on_its_pages() -> None:
    assert saved_page_spans("static-museum-schaffen-erinnerungstank-2026") == [
        ("Erinnerungstank Haldengut", "2026-05-08", "2027-04-04", None)
    ]
    assert saved_page_spans("static-museum-schaffen-ausstellungen-2026") == [
        ("Erinnerungstank Haldengut", "2026-05-08", "2027-04-04", None)
    ]


# 3. The castle ruin's events name Labour Day's gathering by its day: „<h3>1. Mai Hock auf
#    Rötteln</h3>“ under „<time>1. Mai <span class="year">2025</span><span
#    class="time">11:00</span></time>“. The day was cut from the name as a row's date is („Hock
#    auf Rötteln“); the holiday named by its day before the kind of gathering („1. Mai Hock“,
#    „1.-Mai-Feier“) keeps it (title_text._MAY_DAY_NAME).


def test_labour_day_names_its_gathering() -> None:
    assert title_in_text("1. Mai Hock auf Rötteln") == "1. Mai Hock auf Rötteln"
    assert title_in_text("1.-Mai-Feier") == "1. Mai Feier"
    assert title_in_text("1. Mai 2025") is None
    assert title_in_text("1. Mai Konzert") == "Konzert"


def test_the_castles_may_day_on_its_page() -> None:
    readings = saved_page_readings("static-burgruine-roetteln-veranstaltungen-2025-07")
    assert ("1. Mai Hock auf Rötteln", "2025-05-01T11:00", None) in readings


# 4. The professor's lectures end each row with „<a href="media/….pdf" download>PDF
#    herunterladen</a>“: the label recurred down the rows after the day as a hall's name would
#    and was each lecture's place; „herunterladen“ even ended on a venue word („-laden“ of
#    „Weltladen“). A file link's label is no hall (venue_column._a_file_link), the verb no shop
#    (place_lines._VENUE_WORD). The lecture's day line names where it was given: „Vortrag an der
#    Christian-Albrechts-Universität zu Kiel, 24. Oktober 2019“ (talk_line_places, in
#    listing_features).

_LECTURE = (
    "<li class='pub-entry'><div class='pub-entry__title'>{title}</div>"
    "<div class='pub-entry__meta'>{meta}</div>"
    "<a href='media/{slug}.pdf' class='pub-entry__pdf' download>PDF herunterladen</a></li>"
)


def _lectures(rows: tuple[tuple[str, str, str], ...]) -> str:
    items = "".join(_LECTURE.format(title=t, meta=m, slug=s) for t, m, s in rows)
    return (
        "<html lang='de'><body><main><h1>Ausgewählte Vorträge</h1>"
        f"<ul class='pub-list'>{items}</ul></main></body></html>"
    )


def test_a_download_is_no_place() -> None:
    assert not names_a_place("PDF herunterladen")
    assert not names_a_place("Fotos hochladen")
    assert names_a_place("Weltladen Gießen")


def test_the_house_a_lecture_was_given_at() -> None:
    html = _lectures(
        (
            ("Recht und Religion", "Vortrag an der Universität Leipzig, 4. Mai 2017", "a"),
            ("Staat und Kirche", "Gastvortrag im Haus am Dom, 2. März 2016", "b"),
            ("Toleranz heute", "12. Januar 2016", "c"),
            ("Bürger und Staat", "Dies academicus, 7. November 2015", "d"),
        )
    )
    assert readings_on(html, date(2026, 2, 16)) == [
        ("Recht und Religion", "2017-05-04", "Universität Leipzig"),
        ("Staat und Kirche", "2016-03-02", "Haus am Dom"),
        ("Toleranz heute", "2016-01-12", None),
        ("Bürger und Staat", "2015-11-07", None),
    ]


def test_the_professors_lectures_on_the_page() -> None:
    readings = saved_page_readings("static-rudolf-steinberg-vortraege-2026-02")
    places = {start: place for _, start, place in readings if start}
    assert places["2019-10-24"] == "Christian-Albrechts-Universität zu Kiel"
    assert places["2019-02-05"] == "Polytechnischen Gesellschaft in Frankfurt am Main"
    assert places["2016-12-08"] is None  # (not „PDF herunterladen“)


# 5. The castle's „Fasnachtsfeuer beim Röttler Parkplatz“ was held at „Parkplatz“: after „beim“
#    the square's name is the town's adjective with it (title_places._NAMED_SQUARE_ENDING).


def test_the_castles_bonfire_at_the_named_car_park() -> None:
    readings = saved_page_readings("static-burgruine-roetteln-veranstaltungen-2025-07")
    assert ("Fasnachtsfeuer beim Röttler Parkplatz", "2025-03-09", "Röttler Parkplatz") in readings
