"""Causes found on held-out German batch 153 of the real-page corpus (neighbourhood life: the
Repair Café Xanten's next dates, the Quartiersrat Harthof's start page, die 109's audiowalk
dates), each pinned on a minimal snippet and on its page: the records a reader would note, with
their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.heading_year_above import names_a_season, season_start
from netdir.extract.meeting_note_below import meeting_below_the_list
from netdir.extract.opening_hours_lead import names_one_day, opening_hours_above
from netdir.extract.reported_headlines import done_on_the_day, heads_news, reports_what_happened
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_stamps

# 1. A heading that names a season of two years („Nächste Termine 2025/2026“) gave its first year
#    to every yearless box below it: „17.01“ after „29.11“ fell into the January before. The
#    season opens in its first year and, once the list turns from November to January, goes on in
#    its second; and the heading only names the kind of list, so the page's name names the boxes.

_SEASON = """<html><head><title>Repair Café Xanten</title></head><body><main>
<h1>Repair Café Xanten</h1><p>Gemeinsam reparieren statt wegwerfen.</p>
<section id="stats"><h2>Termine</h2>
<h3>Nächste Termine 2025/2026</h3>
<div class="grid">
<div class="animate"><p>29.11</p><p>November</p><p>Samstag</p></div>
<div class="animate"><p>17.01</p><p>Januar</p><p>Samstag</p></div>
<div class="animate"><p>21.02</p><p>Februar</p><p>Samstag</p></div>
</div></section></main></body></html>"""


def test_a_season_heading_on_a_snippet() -> None:
    readings = readings_on(_SEASON, date(2025, 10, 25))
    assert [start for _, start, _ in readings] == ["2025-11-29", "2026-01-17", "2026-02-21"]
    assert all(title == "Repair Café Xanten" for title, _, _ in readings)


def test_a_heading_that_names_a_season() -> None:
    assert names_a_season("Nächste Termine 2025/2026")
    assert names_a_season("Saison 2026 / 27")
    assert names_a_season("Spielzeit 1999/2000")
    assert season_start("Nächste Termine 2025/2026") == "2025"
    # one year, two years apart, two days of a month: no season
    assert not names_a_season("Nächste Termine 2026")
    assert not names_a_season("Archiv 2024/2026")
    assert not names_a_season("28/29 Juli")


def test_a_season_heading_on_the_page() -> None:
    readings = saved_page_readings("astro-repaircafe-xanten-termine-2025-10")
    assert [start for _, start, _ in readings] == [
        "2025-11-29T11:00",
        "2026-01-17T11:00",
        "2026-02-21T11:00",
    ]
    assert all(title == "Repair Café Xanten" for title, _, _ in readings)


# 2. Under „Aktuelles“, teasers built like event cards — „Gründung“ / „22. April 2026“ / „Der
#    Quartiersrat hat sich gegründet“ — report what has happened: a headline that ends in a past
#    participle after its auxiliary is a post, no offering; and a heading „Zehn Leitsätze,
#    unterzeichnet am 22. April 2026“ tells when they were signed, no event on that day.

_NEWS_AND_DATES = """<html><head><title>Quartiersrat</title></head><body><main>
<h1>Unser Quartier.</h1>
<section><h2>Aktuelles</h2><div class="grid-3">
<div class="teaser-card"><div class="teaser-meta"><span>Gründung</span><span>22. April 2026</span></div>
<h3>Der Quartiersrat hat sich gegründet</h3><p>Nach sechs Workshops unterzeichnet.</p></div>
<div class="teaser-card"><div class="teaser-meta"><span>Organisation</span><span>5. Mai 2026</span></div>
<h3>Alle Rollen im Organigramm sind besetzt</h3><p>Kernteam und Schaltstellen.</p></div>
<div class="teaser-card"><div class="teaser-meta"><span>Quartier</span><span>5. Mai 2026</span></div>
<h3>Das Parklet ist wieder eröffnet</h3><p>Ein Ort zum Austausch.</p></div>
</div></section>
<section id="termine"><h2>Termine</h2><div class="list">
<div class="event-card"><div class="event-date-box"><span>29</span><span>Sep</span></div>
<div class="event-info"><h3>Treffen des Quartiersrats</h3>
<div class="event-time">Di. 29.09.2026 · 18:30 Uhr</div>
<div class="event-location">Mehrgenerationenhaus, Dientzenhofer Straße 68</div></div></div>
<div class="event-card"><div class="event-date-box"><span>09</span><span>Mai</span></div>
<div class="event-info"><h3>Stadtteilmesse</h3>
<div class="event-time">Sa. 09.05.2026 · 11:00–15:00 Uhr</div>
<div class="event-location">Vorplatz der Blodigstraße</div></div></div>
</div></section>
<section><h2>Zehn Leitsätze, unterzeichnet am 22. April 2026</h2><p>Das Leitbild.</p></section>
</main></body></html>"""


def test_reported_headlines_on_a_snippet() -> None:
    assert readings_on(_NEWS_AND_DATES, date(2026, 5, 5)) == [
        (
            "Treffen des Quartiersrats",
            "2026-09-29T18:30",
            "Mehrgenerationenhaus, Dientzenhofer Straße 68",
        ),
        ("Stadtteilmesse", "2026-05-09T11:00", "Vorplatz der Blodigstraße"),
    ]


def test_a_headline_that_reports() -> None:
    assert reports_what_happened("Der Quartiersrat hat sich gegründet")
    assert reports_what_happened("Alle Rollen im Organigramm sind besetzt")
    assert reports_what_happened("Das ASCEND Parklet ist wieder eröffnet")
    assert reports_what_happened("Der neue Vorstand wurde gewählt")
    # an offering's name, an invitation, a headline that names its day: no report
    assert not reports_what_happened("Treffen des Quartiersrats")
    assert not reports_what_happened("Wir laden ein zum Sommerfest")
    assert not reports_what_happened("Das Sommerfest ist am 5. Juli geplant")
    assert heads_news("Aktuelles") and heads_news("Neuigkeiten") and not heads_news("Termine")
    assert done_on_the_day("Zehn Leitsätze, unterzeichnet")
    assert done_on_the_day("Unser Verein, gegründet")
    assert not done_on_the_day("Kinderflohmarkt")
    assert not done_on_the_day("Grillfest, Sommerfest")


def test_reported_headlines_on_the_page() -> None:
    assert saved_page_readings("static-quartiersrat-harthof-muenchen-2026") == [
        (
            "Treffen des Quartiersrats",
            "2026-09-29T18:30",
            'Mehrgenerationenhaus „Unter den Arkaden", Dientzenhofer Straße 68',
        ),
        (
            "Jane's Walk: Nachhaltigkeit Harthof",
            "2026-05-05T15:30",
            "Start an der Versöhnungskirche, Hugo-Wolf-Straße 18",
        ),
        ("Stadtteilmesse und Freiwilligenmesse", "2026-05-09T11:00", "Vorplatz der Blodigstraße"),
    ]


# 3. The note right under a list of dates — „Treffpunkt Elisabethstraße 17 um 16 Uhr“ — gives
#    every date without its own clock or place that meeting point and clock.

_DATES_AND_NOTE = """<html><head><title>Audiowalk</title></head><body><article>
<h1>Audiowalk</h1><p class="teaser">Termine für den Audiowalk 2019</p>
<div><ul>
<li>06.03.2019 Stand - 16. Schule</li>
<li>24.03.2019 Falafel für alle</li>
<li>18.04.2019</li>
<li>02.05.2019</li>
</ul>
<p>Treffpunkt Elisabethstraße 17 um 15:45 Uhr Rückfragen und Anmeldung: info@example.org</p>
</div></article></body></html>"""


def test_the_note_under_the_list_on_a_snippet() -> None:
    assert readings_on(_DATES_AND_NOTE, date(2019, 3, 4)) == [
        ("Stand - 16. Schule", "2019-03-06T15:45", "Elisabethstraße 17"),
        ("Falafel für alle", "2019-03-24T15:45", "Elisabethstraße 17"),
        ("Audiowalk", "2019-04-18T15:45", "Elisabethstraße 17"),
        ("Audiowalk", "2019-05-02T15:45", "Elisabethstraße 17"),
    ]


def _tree(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def test_a_meeting_note_below_a_list() -> None:
    row = _tree(_DATES_AND_NOTE).css_first("li")
    assert row is not None
    assert meeting_below_the_list(row) == ("15:45 Uhr", "Elisabethstraße 17")
    who = "<ul><li>3. Mai</li><li>7. Juni</li></ul><p>Wir treffen uns um 16 Uhr im Alten Pfarrhaus.</p>"
    row = _tree(who).css_first("li")
    assert row is not None and meeting_below_the_list(row) == ("16 Uhr", "Alten Pfarrhaus")
    # a note that names a day of its own, or a heading between: no note of the list
    dated = "<ul><li>3. Mai</li></ul><p>Treffpunkt Rathaus um 10 Uhr, am 9. Mai am Markt.</p>"
    row = _tree(dated).css_first("li")
    assert row is not None and meeting_below_the_list(row) is None
    headed = "<ul><li>3. Mai</li></ul><h2>Anfahrt</h2><p>Treffpunkt Rathaus um 10 Uhr</p>"
    row = _tree(headed).css_first("li")
    assert row is not None and meeting_below_the_list(row) is None


def test_the_note_under_the_list_on_the_page() -> None:
    readings = saved_page_readings("jekyll-reclaim109-leipzig-audiowalk-2019-02")
    assert len(readings) == 17
    assert readings[0] == ("Stand - 16. Schule", "2019-03-06T16:00", "Elisabethstraße 17")
    assert readings[-1] == ("Audiowalk", "2019-07-08T16:00", "Elisabethstraße 17")
    assert all(place == "Elisabethstraße 17" for _, _, place in readings)


# 4. The line above counter boxes of days — „Wir haben von 11 - 14 Uhr für euch geöffnet“ — says
#    when the doors are open on each of them: every box naming one day and no clock starts at
#    the span's first clock and ends at its second.

_OPEN_BOXES = """<html><head><title>Repair Café</title></head><body><main>
<h1>Repair Café</h1>
<section id="stats"><h2>Nächste Termine 2025</h2>
<p>Wir haben von 11 - 14 Uhr für euch geöffnet</p>
<div class="grid">
<div class="animate"><p>26.07</p><p>Juli</p><p>Samstag</p></div>
<div class="animate"><p>30.08</p><p>August</p><p>Samstag</p></div>
<div class="animate"><p>27.09</p><p>September</p><p>Samstag</p></div>
</div></section></main></body></html>"""


def test_opening_hours_over_boxes_on_a_snippet() -> None:
    assert [start for _, start, _ in readings_on(_OPEN_BOXES, date(2025, 7, 22))] == [
        "2025-07-26T11:00",
        "2025-08-30T11:00",
        "2025-09-27T11:00",
    ]


def test_a_line_of_opening_hours_above_boxes() -> None:
    box = LexborHTMLParser(_OPEN_BOXES).css_first("div.animate")
    assert box is not None and opening_hours_above(box) == "11 - 14 Uhr"
    for line in (
        "Geöffnet Di–So von 10 - 18 Uhr",  # a house's week
        "Am 3. Mai von 10 bis 12 Uhr geöffnet",  # a day of its own
        "Wir haben heute Zeit für euch",  # no hours
    ):
        html = f"<div><p>{line}</p><div class=g><div class=b>26.07</div></div></div>"
        box = LexborHTMLParser(html).css_first("div.b")
        assert box is not None and opening_hours_above(box) is None, line
    assert names_one_day("26.07 Juli Samstag")
    assert not names_one_day("17.10. – 19.12.2026")


def test_opening_hours_over_boxes_on_the_page() -> None:
    stamps = saved_page_stamps("astro-repaircafe-xanten-termine-2025-07")
    assert [
        (start[:16] if start else None, end[:16] if end else None) for _, start, end, _ in stamps
    ] == [
        ("2025-07-26T11:00", "2025-07-26T14:00"),
        ("2025-08-30T11:00", "2025-08-30T14:00"),
        ("2025-09-27T11:00", "2025-09-27T14:00"),
        ("2025-10-25T11:00", "2025-10-25T14:00"),
    ]
