"""Causes found on held-out German batch 145 of the real-page corpus (local community life: the
Sunderner Heimatbund's „Termine“ and invitations, the Heimat- und Kulturverein Vorchdorf's
exhibitions and news, the Schützengilde Ampass's „Termine“), each pinned on a minimal snippet
and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.prose_times import prose_time
from netdir.extract.year_only_slots import blocks_dated_by_a_year_alone
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A day line whose box opens with a bold name on a line of its own is named by that bold,
#    not by the heading of the section above: „<strong>Ausflug zur Burg Wels</strong><p>🗓️
#    Mittwoch, 20. April 2026</p>“ under „Geplante Ausflüge“ is the trip to Burg Wels.

_TRIPS = """<html><head><title>News - Verein</title></head><body><main>
<div class="news-block"><h2>Aktuelle Ereignisse</h2>
<div class="event-item"><strong>Gemeinsame Fahrt zur Burg Wels</strong>
<p>🗓️ Montag, 20. April 2026 um 14:00 Uhr</p>
<p>Geführter Rundgang durch historische Orte. Treffpunkt: Kirche Vorchdorf</p></div>
<div class="event-item"><strong>Frühjahrsputz im Museum</strong>
<p>🗓️ Sonntag, 10. Mai 2026 um 09:00 Uhr</p>
<p>Gemeinsamer Einsatz zur Verschönerung unseres Museums.</p></div>
</div></main></body></html>"""


def test_bold_first_line_names_the_day_line_on_a_snippet() -> None:
    titles = {title for title, _, _ in readings_on(_TRIPS, date(2026, 1, 29))}
    assert titles == {"Gemeinsame Fahrt zur Burg Wels", "Frühjahrsputz im Museum"}


def test_bold_inside_a_sentence_names_nothing() -> None:
    # the bold is part of the line's sentence, not a line of its own before the day
    html = _TRIPS.replace(
        "<strong>Gemeinsame Fahrt zur Burg Wels</strong>",
        "Wir laden ein zur <strong>Fahrt</strong>",
    )
    titles = {title for title, _, _ in readings_on(html, date(2026, 1, 29))}
    assert "Fahrt" not in titles


def test_bold_first_lines_on_the_page() -> None:
    readings = saved_page_readings("heimatverein-vorchdorf-news")
    starts = {title: start for title, start, _ in readings}
    assert starts["Ausflug zur Burg Wels"] == "2026-04-20"
    assert starts["Besuch des Stift Kremsmünster"] == "2026-06-06"
    assert starts["Frühjahrsputz im Museum Vorchdorf"] == "2026-05-10T09:00"
    assert not any(
        title in {"Geplante Ausflüge", "📢 Aktuelle Ereignisse"} for title, _, _ in readings
    )


# 2. A card whose day slot shows a year alone („2023“, „2020/2021“), beside cards whose slot
#    gives their days („24. April - 30. Juni 2025“), recalls a past season: no offering.

_EXHIBITIONS = """<html><head><title>Sonderausstellungen</title></head><body><main>
<div class="grid">
<div class="card"><div class="exhibition-date">24. April - 30. Juni 2025</div><h3>250 Jahre Bukowina</h3>
<p>Die bewegte Geschichte der Buchenlanddeutschen.</p></div>
<div class="card"><div class="exhibition-date">26. Juni - 26. Oktober 2024</div><h3>Miniaturkunstwerke</h3>
<p>Ein Einblick in die Welt der Miniaturen.</p></div>
<div class="card"><div class="exhibition-date">2023</div><h3>120 Jahre Lokalbahn</h3>
<p>Eine Hommage an die Eisenbahngeschichte.</p></div>
<div class="card"><div class="exhibition-date">2020/2021</div><h3>Mit Ski und Bergschuh</h3>
<p>Die Geschichte eines Schuhproduzenten.</p></div>
</div></main></body></html>"""


def test_year_alone_in_the_day_slot_on_a_snippet() -> None:
    readings = readings_on(_EXHIBITIONS, date(2026, 1, 27))
    assert [(title, start) for title, start, _ in readings] == [
        ("250 Jahre Bukowina", "2025-04-24"),
        ("Miniaturkunstwerke", "2024-06-26"),
    ]


def test_only_years_alone_mark_a_card() -> None:
    # the slot's text must be years and nothing else: „Sommer 2023“ or „ab Mai“ is left alone
    tree = LexborHTMLParser(
        _EXHIBITIONS.replace(">2023<", ">Sommer 2023<").replace(">2020/2021<", ">2019 – 2020<")
    )
    cards = [[card] for card in tree.css("div.card")]
    dates = ["24. April - 30. Juni 2025", "26. Juni - 26. Oktober 2024", None, None]
    assert blocks_dated_by_a_year_alone(cards, dates) == {3}


def test_year_alone_in_the_day_slot_on_the_page() -> None:
    readings = saved_page_readings("heimatverein-vorchdorf-sonderausstellungen")
    assert all(start is not None for _, start, _ in readings)
    titles = {title for title, _, _ in readings}
    assert "120 Jahre Lokalbahn Lambach-Vorchdorf-Eggenberg" not in titles
    assert "250 Jahre Bukowina" in titles


# 3. „<i class="fa-clock"></i> 19:00 Uhr <i class="fa-location-dot"></i> Schützenheim“: the icons
#    are empty elements, so the hours and the place the pin names read as one line; the clock
#    before the block's place is its start.

_TERMINE = """<html><head><title>Termine | Schützengilde</title></head><body><main>
<div class="termin-liste-full">
<div class="termin-item-full"><div class="termin-date-box"><span class="day">15</span>
<span class="month">Mär</span></div><div class="termin-details"><h3>Frühjahrsschießen</h3>
<div class="meta-info"><span><i class="fa-solid fa-clock"></i> 19:00 Uhr</span>
<span><i class="fa-solid fa-location-dot"></i> Schützenheim Ampass</span></div></div></div>
<div class="termin-item-full"><div class="termin-date-box"><span class="day">10</span>
<span class="month">Apr</span></div><div class="termin-details"><h3>Jahreshauptversammlung</h3>
<div class="meta-info"><span><i class="fa-solid fa-clock"></i> 18:30 Uhr</span>
<span><i class="fa-solid fa-location-dot"></i> Gemeindesaal</span></div></div></div>
</div></main></body></html>"""


def test_clock_before_the_place_on_a_snippet() -> None:
    assert readings_on(_TERMINE, date(2026, 3, 9)) == [
        ("Frühjahrsschießen", "2026-03-15T19:00", "Schützenheim Ampass"),
        ("Jahreshauptversammlung", "2026-04-10T18:30", "Gemeindesaal"),
    ]


def test_clock_before_the_place_on_the_page() -> None:
    assert saved_page_readings("hugo-sg-ampass-termine") == [
        ("Frühjahrsschießen", "2026-03-15T19:00", "Schützenheim Ampass"),
        ("Jahreshauptversammlung", "2026-04-10T18:30", "Gemeindesaal"),
        ("Maifeier & Schützenfest", "2026-05-01T09:00", "Dorfplatz"),
    ]


# 4. The start a section's prose gives: another day bars only the sentence that names it („…
#    Kostenbeteiligung 30 € pro Person. Anmeldung bis zum 16. September …“ leaves „Abfahrt 8.00
#    Uhr“ of the sentence before), and „Beginn der … Messe ist um 11 Uhr“ states the start of
#    the named event at the end of its sentence.


def test_deadline_sentence_leaves_the_clock_of_its_paragraph() -> None:
    lines = [
        "Zunächst geht es am 2. Oktober 2026 nach Dortmund.",
        "Abfahrt 8.00 Uhr ab Sundern, Rathausplatz, Kostenbeteiligung 30 € pro Person. "
        "Anmeldung bis zum 16. September beim Vorsitzenden.",
    ]
    assert prose_time(lines, "2. Oktober 2026") == "8.00 Uhr"


def test_trip_back_on_another_day_is_no_start() -> None:
    # the other day and the clock in one sentence: the clock is that day's
    lines = ["Am 30. September fahren wir um 9 Uhr zurück."]
    assert prose_time(lines, "28. September 2026") is None


def test_start_of_the_named_event() -> None:
    lines = [
        "Der Heimatbund lädt zur Hl. Messe am 3. Oktober 2026 ein.",
        "Beginn der von Pfarrer Siebert zelebrierten Messe ist um 11 Uhr.",
    ]
    assert prose_time(lines, "3. Oktober 2026") == "11 Uhr"


def test_section_clocks_on_the_page() -> None:
    starts = [
        start for _, start, _ in saved_page_readings("hugo-sunderner-heimatbund-exkursionen-2026")
    ]
    assert starts == ["2026-10-02T08:00", "2026-10-03T11:00", "2026-12-10T16:00"]


# 5. (LATE2) A card dated by its month alone („November 2018“) whose text lists the days that
#    share the month („am 10., 11. und 17. November 2018“): each listed day is one of the
#    offering's days, not the last day alone (``month_heading_days`` read only the day before
#    the month word).

_OPENING = """<html><head><title>Sonderausstellungen</title></head><body><main>
<div class="card"><div class="exhibition-date">24. April - 30. Juni 2025</div>
<h3>250 Jahre Bukowina</h3><p>Die bewegte Geschichte der Buchenlanddeutschen.</p></div>
<div class="card"><div class="exhibition-date">10. November 2024 - 10. April 2025</div>
<h3>80 Jahre in Vorchdorf</h3><p>Eine Ausstellung über die Ankunft vor 80 Jahren.</p></div>
<div class="card"><div class="exhibition-date">November 2018</div>
<h3>Museumseröffnung</h3><p>Die Wiedereröffnung war ein Ereignis. Mit einer dreitägigen
Eröffnungsveranstaltung am {days} öffneten sich die Türen.</p></div>
</main></body></html>"""


def test_days_listed_before_the_month_word_on_a_snippet() -> None:
    html = _OPENING.replace("{days}", "10., 11. und 17. November 2018")
    starts = [start for title, start, _ in readings_on(html, date(2026, 1, 29))]
    assert starts[2:] == ["2018-11-10", "2018-11-11", "2018-11-17"]


def test_one_day_of_the_month_still_dates_the_card() -> None:
    html = _OPENING.replace("{days}", "17. November 2018")
    starts = [start for title, start, _ in readings_on(html, date(2026, 1, 29))]
    assert starts[2:] == ["2018-11-17"]


def test_days_listed_before_the_month_word_on_the_page() -> None:
    readings = saved_page_readings("heimatverein-vorchdorf-sonderausstellungen")
    opening = [
        start for title, start, _ in readings if (title or "").startswith("Museumseröffnung")
    ]
    assert opening == ["2018-11-10", "2018-11-11", "2018-11-17"]
