"""Causes found on held-out German batch 129 of the real-page corpus (public administration and
civic life: a council group's news post on the coming committee sessions, a repair café's list of
dates in two years, a village fire brigade's events and drills), each pinned on a minimal snippet
and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.acronym_names import spelt_apart
from netdir.extract.place_lines import opens_with_a_venue
from tests.extract.realpage_inspect import Span, saved_page_spans, spans_on

_Record = Span


# 1. Rows that link only the venue they are held in, after „im“ („Am 07. Okt 2016 im <a>Haus der
#    Caritas</a> von 14-17Uhr“): the link is the place, the hours after it time the day, and the
#    page's name — as the page writes it, „Repair Café Bochum“ for the title's „Repaircafé
#    Bochum“ — names the rows.

_VENUE_ROWS = """<html><head><title>Repaircafé Bochum</title></head><body>
<nav><ul><li class="heading"><a href="/">Repair Café Bochum</a></li><li><a href="/faq.html">FAQ</a></li></ul></nav>
<h1>Terminübersicht</h1>
<ul>
<li>Am 07. Okt 2016  im <a href="https://caritas.example/haus">Haus der Caritas</a>  von 14-17Uhr</li>
<li>Am 26. Nov 2016  im <a href="https://alsen.example/wohnzimmer">Alsenwohnzimmer</a>  von 12-17Uhr</li>
<li>Am 21. Jan 2017  im <a href="https://labor.example/">Labor e.V.</a>  von 12-17Uhr</li>
</ul>
</body></html>"""


def test_rows_that_link_only_their_venue_are_the_page_s_sessions_there() -> None:
    records = spans_on(_VENUE_ROWS, date(2016, 10, 3))
    assert records == [
        ("Repair Café Bochum", "2016-10-07T14:00", "2016-10-07T17:00", "Haus der Caritas"),
        ("Repair Café Bochum", "2016-11-26T12:00", "2016-11-26T17:00", "Alsenwohnzimmer"),
        ("Repair Café Bochum", "2017-01-21T12:00", "2017-01-21T17:00", "Labor e.V."),
    ]


def test_a_row_that_names_its_event_before_the_linked_venue_keeps_its_name() -> None:
    html = _VENUE_ROWS.replace("Am 07. Okt 2016  im", "Am 07. Okt 2016 Herbstkonzert im")
    records = spans_on(html, date(2016, 10, 3))
    assert records[0][0] != "Repair Café Bochum"


def test_a_name_the_title_runs_together_is_named_as_the_page_writes_it() -> None:
    assert spelt_apart("Repaircafé Bochum", "Start Repair Café Bochum FAQ") == "Repair Café Bochum"
    assert spelt_apart("Repaircafé Bochum", "Start Repaircafé Bochum FAQ") == "Repaircafé Bochum"
    assert spelt_apart("Kino", "Ki No") == "Kino"  # (too short to tell)


def test_the_dates_of_the_repair_cafe_bochum_in_two_years() -> None:
    records = saved_page_spans("jekyll-repaircafe-bochum-termine-2016-10")
    assert len(records) == 17
    assert records[0] == (
        "Repair Café Bochum",
        "2016-10-07T14:00",
        "2016-10-07T17:00",
        "Haus der Caritas",
    )
    assert ("Repair Café Bochum", "2017-09-16T12:00", "2017-09-16T17:00", "Labor e.V.") in records
    earlier = saved_page_spans("jekyll-repaircafe-bochum-termine-2015-11")
    assert len(earlier) == 19
    assert earlier[0] == (
        "Repair Café Bochum",
        "2015-11-28T12:00",
        "2015-11-28T17:00",
        "Alsenwohnzimmer",
    )


# 2. A meadow is a venue: „Steinbacher Kerwa auf der Festwiese“ is held on the Festwiese.


def test_a_meadow_is_a_venue_word() -> None:
    assert opens_with_a_venue("Festwiese")
    assert opens_with_a_venue("Dorfwiese am Bach")
    assert not opens_with_a_venue("Wiese")  # (a surname as often)


def test_the_termine_of_the_fire_brigade_steinbach() -> None:
    records = saved_page_spans("jekyll-ffw-steinbach-termine-2017")
    assert len(records) == 14
    assert (
        "Steinbacher Kerwa auf der Festwiese",
        "2017-08-04",
        "2017-08-07",
        "Festwiese",
    ) in records
    assert ("Schaumübung", "2017-05-22T19:00", None, None) in records


# 3. A line „<name> im <venue>, <street>, <postcode town>“ — the street named by a preposition
#    („Am Büscherhof 1“) — is the event at its venue and address.

_ADDRESS_ROWS = """<html><head><title>Sitzungen</title></head><body><main>
<h1>Sitzungen</h1>
<ul>
<li>02.07.2026: Haupt- und Finanzausschuss</li>
<li>09.07.2026: Ratssitzung im Ratssaal des Rathauses, Am Büscherhof 1, 42799 Leichlingen</li>
<li>16.07.2026: Bauausschuss</li>
</ul>
</main></body></html>"""


def test_an_event_in_its_venue_before_the_address_is_held_at_venue_and_address() -> None:
    records = spans_on(_ADDRESS_ROWS, date(2026, 6, 13))
    assert (
        "Ratssitzung",
        "2026-07-09",
        None,
        "Ratssaal des Rathauses, Am Büscherhof 1, 42799 Leichlingen",
    ) in records


def test_a_weekday_after_am_is_no_street() -> None:
    html = _ADDRESS_ROWS.replace("Am Büscherhof 1", "Am Freitag 10")
    records = spans_on(html, date(2026, 6, 13))
    assert all(place is None or "Freitag" not in place for *_, place in records)


# 4. A post whose sections are headed by the sessions it announces („<h2>Auftakt:
#    Bezirksausschuss Witzhelden am 15. Juni</h2>“ over its agenda), more than two of them: each
#    is a session, its lead label („Auftakt:“) no part of the name; a heading naming only the
#    week („Zweite Sitzungswoche startet am 22. Juni“) is named by the body its section says meets
#    (beside the post's own dated list, which the listing reads).

_POST = """<html><head><title>Neue Sitzungsperiode | Fraktion</title></head><body><main>
<article><time datetime="2026-06-13">13. Juni 2026</time><h1>Neue Sitzungsperiode startet</h1>
<div class="prose">
<p>In der kommenden Woche startet die nächste Sitzungsperiode.</p>
<h2>Auftakt: Bezirksausschuss Witzhelden am 15. Juni</h2>
<p>Den Auftakt macht der Bezirksausschuss.</p>
<ul><li>Schulhofgestaltung</li><li>Spielplatz</li></ul>
<h2>Sonderausschuss Schulzentrum am 16. Juni</h2>
<p>Bereits einen Tag später tagt der Sonderausschuss Schulzentrum.</p>
<h2>Zweite Sitzungswoche startet am 22. Juni</h2>
<p>Am 22. Juni tagt der Ausschuss für Soziales, Bildung, Kultur und Sport. Zu den Themen gehören:</p>
<ul><li>Unterbringung</li><li>Musikschule</li></ul>
<h2>Weitere wichtige Termine</h2>
<ul><li>29.06.2026: Ausschuss für Stadtentwicklung</li><li>02.07.2026: Haupt- und Finanzausschuss</li>
<li>09.07.2026: Ratssitzung</li></ul>
<h2>Mitreden und Kommunalpolitik live erleben</h2>
<p>Kommt vorbei!</p>
</div></article></main></body></html>"""


def test_the_sections_of_a_post_announce_its_sessions() -> None:
    records = spans_on(_POST, date(2026, 6, 13))
    titles = [(title, start) for title, start, *_ in records]
    assert ("Bezirksausschuss Witzhelden", "2026-06-15") in titles
    assert ("Sonderausschuss Schulzentrum", "2026-06-16") in titles
    assert ("Ausschuss für Soziales, Bildung, Kultur und Sport", "2026-06-22") in titles


def test_dated_headings_in_different_boxes_stay_the_detector_s() -> None:
    html = _POST.replace("</ul>\n<h2>Sonderausschuss", "</ul>\n</div><div>\n<h2>Sonderausschuss")
    records = spans_on(html, date(2026, 6, 13))
    titles = [title for title, *_ in records]
    assert "Bezirksausschuss Witzhelden" not in titles


def test_the_session_news_of_the_volt_group_leichlingen() -> None:
    records = saved_page_spans("astro-volt-leichlingen-sitzungen-2026-06")
    assert len(records) == 9
    assert ("Jugendhilfeausschuss", "2026-06-18", None, None) in records
    assert (
        "Ratssitzung",
        "2026-07-09",
        None,
        "Ratssaal des Rathauses, Am Büscherhof 1, 42799 Leichlingen",
    ) in records
