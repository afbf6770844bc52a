"""Causes found on held-out German batch 131 of the real-page corpus (culture and local
associations: two student theatre groups' production pages, a choir's current project, a
carnival society's session dates, a reading series' evenings), each pinned on a minimal snippet
and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.saved_minutes import lists_saved_minutes
from netdir.records import RawRecord
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A piece's own page names its performances in one labelled line under its h1: each listed
#    day is one performance of the piece, also when the days follow each other.

_PRODUCTION = """<html><head><title>{title}</title></head><body>
<header><h1>Theatergruppe</h1><span><h1>Inszenierungen</h1></span></header>
<main><article><h1>{title}</h1><p><em>Nach Friedrich Hebbel.</em></p>
<p>Der Held Siegfried ist für seine legendären Abenteuer bekannt.</p>
<p>Basierend auf dem Text von Friedrich Hebbel inszenieren wir den Sagenstoff.</p>
{line}
</article></main></body></html>"""


def test_each_day_of_a_performances_line_is_one_performance_of_the_page_s_piece() -> None:
    line = (
        "<p>Aufführungen am 9. / 10. / 12. / 13. Juni um 19 Uhr im Brechtbau, Wilhelmstraße 50</p>"
    )
    html = _PRODUCTION.format(title="Macbeth", line=line)
    assert readings_on(html, date(2025, 4, 16)) == [
        ("Macbeth", f"2025-06-{day}T19:00", "Brechtbau, Wilhelmstraße 50")
        for day in ("09", "10", "12", "13")
    ]


def test_a_termine_item_lists_its_following_days_as_separate_performances() -> None:
    line = "<ul><li>Autor: Friedrich Dürrenmatt</li><li>Termine: 25., 26., 27., 28. Juni 2024</li></ul>"
    html = _PRODUCTION.format(title="Ein Engel kommt nach Babylon", line="<h2>Eckdaten</h2>" + line)
    assert readings_on(html, date(2025, 7, 23)) == [
        ("Ein Engel kommt nach Babylon", f"2024-06-{day}", None) for day in ("25", "26", "27", "28")
    ]


def test_two_performances_lines_on_one_page_are_no_one_piece_s_run() -> None:
    # A season's page of two pieces, each with its line: the h1 above names neither.
    lines = (
        "<h2>Faust</h2><p>Aufführungen am 3. / 4. Mai um 19 Uhr</p>"
        "<h2>Woyzeck</h2><p>Aufführungen am 7. / 8. Juni um 19 Uhr</p>"
    )
    html = _PRODUCTION.format(title="Spielzeit 2025", line=lines)
    assert ("Spielzeit 2025", "2025-05-03T19:00", None) not in readings_on(html, date(2025, 4, 16))


def test_the_production_pages_of_the_sternenwanderer_and_the_bruchbuehne() -> None:
    assert saved_page_readings("eleventy-sternenwanderer-nibelungen-2024-11") == [
        ("Nibelungen", f"2024-12-{day}T19:00", "BrechtbauTheater Tübingen, Wilhelmstraße 50")
        for day in ("03", "04", "06", "07")
    ]
    assert saved_page_readings("eleventy-sternenwanderer-moertel-2025-11") == [
        ("Der Mörtel der Nation", f"2025-12-{day}", "Brechtbau Theater in der Wilhelmstraße 50")
        for day in ("15", "16", "18", "19", "20")
    ]
    assert saved_page_readings("eleventy-bruchbuehne-hase-hase-2025-07") == [
        ("Hase Hase", f"2025-01-{day}", None) for day in ("19", "20", "21", "23", "24")
    ]


# 2. Rows that say only their day, their place and a remark on tickets name nothing: the h1
#    over the list (above its subtitle h2) names them.

_PROJECT = """<html><head><title>DerChor - Der Chor</title></head><body><main>
<div class="text-content"><div><h2>Aktuelles Projekt</h2>
<h1 class="no-margin">Coro Flamenco</h1>
<h2>Eine musikalische Reise nach Andalusien</h2>
<a href="https://maps.example/1" class="concert-date"><strong>Donnerstag, 16.05.2019 | 20:30 Uhr</strong><br>
Petruskirche, Brunnadernstrasse 40, Bern<div><br><small>Vorverkauf beendet: Noch Plätze an der Abendkasse.</small></div></a>
<a href="https://maps.example/1" class="concert-date"><strong>Freitag, 17.05.2019 | 20:30 Uhr</strong><br>
Petruskirche, Brunnadernstrasse 40, Bern<div><br><small>Vorverkauf beendet: Noch Plätze an der Abendkasse.</small></div></a>
<a href="https://maps.example/2" class="concert-date"><strong>Samstag, 18.05.2019 | 20:00 Uhr</strong><br>
Kirche Oberstrass, Stapferstrasse 58, Zürich<div><br><small>Nur Abendkasse.</small></div></a>
<p>Die unverwechselbaren Harmonien und Rhythmen des Flamencos …</p>
</div></div></main></body></html>"""


def test_rows_of_a_place_and_a_ticket_remark_are_named_by_the_h1_over_the_subtitle() -> None:
    titles = [title for title, _, _ in readings_on(_PROJECT, date(2019, 5, 9))]
    assert titles == ["Coro Flamenco", "Coro Flamenco", "Coro Flamenco"]


def test_the_current_project_of_derchor_bern() -> None:
    assert saved_page_readings("jekyll-derchor-bern-aktuelles-projekt-2019-05") == [
        ("Coro Flamenco", "2019-05-16T20:30", "Petruskirche, Brunnadernstrasse 40, Bern"),
        ("Coro Flamenco", "2019-05-17T20:30", "Petruskirche, Brunnadernstrasse 40, Bern"),
        ("Coro Flamenco", "2019-05-18T20:00", "Kirche Oberstrass, Stapferstrasse 58, Zürich"),
    ]


# 3. One odd minute kept at different hours (the carnival's „…:11“) is a custom, not the
#    minutes posts were saved at.


def _timed(*clocks: str) -> list[RawRecord]:
    return [
        RawRecord(
            source_id="t",
            page_url="https://x.example/",
            extractor="listing",
            title=f"Sitzung {i}",
            date_text=f"{9 + i}.01.2027, {clock} Uhr",
        )
        for i, clock in enumerate(clocks)
    ]


def test_the_fools_eleven_at_different_hours_is_no_saved_minute() -> None:
    assert not lists_saved_minutes(
        _timed("19:11", "17:00", "18:11", "18:11", "19:11", "15:11"), date(2026, 7, 19)
    )
    # saved stamps scatter over the minutes
    assert lists_saved_minutes(_timed("11:03", "14:52", "09:24", "16:37"), date(2026, 7, 19))


def test_the_session_dates_of_the_kg_niedermendig() -> None:
    assert saved_page_readings("astro-kg-niedermendig-termine-2026-07") == [
        ("Caritas-Sitzung", "2027-01-09T19:11", "Mendig, Laacher-See-Halle"),
        ("Generalprobe", "2027-01-14T17:00", "Mendig, Laacher-See-Halle"),
        ("1. Damensitzung", "2027-01-16T18:11", "Mendig, Laacher-See-Halle"),
        ("2. Damensitzung", "2027-01-23T18:11", "Mendig, Laacher-See-Halle"),
        ("Herrensitzung", "2027-02-05T19:11", "Mendig, Laacher-See-Halle"),
        ("Kinderfete", "2027-02-06T15:11", "Mendig, Laacher-See-Halle"),
        ("Verhaftungen am Veilchendienstag", "2027-02-09T09:00", "Mendig"),
    ]


# 4. A heading's bracket of its day and a short name („(27.6.2020, artothek)“, „(Kulturpalast,
#    6.11.22)“): the name is where the evening was, over a place a biography below mentions.

_EVENINGS = """<html><head><title>Lesende</title></head><body><main><h1>Lesende</h1><div id="lesende">
<h2><a href="/lesende/a.html">artbeerbowlothek (27.6.2020, artothek)</a></h2>
<p><strong>Theresa Sambruno</strong> studierte am Literaturinstitut Hildesheim.</p>
<h2><a href="/lesende/b.html">Palastastisch (Kulturpalast, 6.11.22)</a></h2>
<p><strong>Julian Gärtner</strong> lebt in Bielefeld.</p>
<h2><a href="/lesende/c.html">Fiasko (10.10.2021, ausverkauft)</a></h2>
<p><strong>Selene Mariani</strong> wuchs in Verona auf.</p>
</div></main></body></html>"""


def test_the_short_name_beside_a_heading_s_day_in_brackets_is_its_place() -> None:
    assert readings_on(_EVENINGS, date(2023, 4, 26)) == [
        ("artbeerbowlothek", "2020-06-27", "artothek"),
        ("Palastastisch", "2022-11-06", "Kulturpalast"),
        ("Fiasko", "2021-10-10", None),  # a remark beside the day is no place
    ]


def test_the_evenings_of_the_lesebuehne_hannover() -> None:
    records = saved_page_readings("jekyll-lesebuehne-hannover-lesende-2020-09")
    assert ("artbeerbowlothek", "2020-06-27", "artothek") in records
    assert ("Die Erste", "2018-11-29", "Día") in records
    assert saved_page_readings("jekyll-lesebuehne-hannover-galerie-2023-04")[:2] == [
        ("Palastastisch", "2022-11-06", "Kulturpalast"),
        ("Traumruinen", "2022-06-16", "Zukunftswerkstatt Ihme-Zentrum"),
    ]


def test_rows_titled_only_by_their_place_keep_their_venue_names() -> None:
    # A society's past meetings named by the colleges that hosted them: no ticket remark, the
    # venue is the name (the heading above, „Past Meetings“, names none of them).
    rows = "".join(
        f"<tr><td>{day}</td><td><a href='https://x.example/{i}'>{host}</a></td></tr>"
        for i, (day, host) in enumerate(
            [
                ("June 1-2, 2018", "University of New Haven"),
                ("November 17-18, 2017", "Sacred Heart University"),
                ("June 2-3, 2017", "Norwich University"),
            ]
        )
    )
    html = f"<html><body><h3>Past Meetings</h3><table><tbody>{rows}</tbody></table></body></html>"
    titles = [title for title, _, _ in readings_on(html, date(2018, 6, 23))]
    assert "Past Meetings" not in titles


# 5. A header badge „Nächste Lesung am:<br />8.10.2020“ announces the series' next evening,
#    named by its label (the page's heading names the archive of past evenings).


def test_a_next_evening_badge_in_the_header_is_the_next_evening() -> None:
    badge = '<div id="navbar"><a id="announcement" href="#"><div>Nächste Lesung am:<br />8.10.2020</div></a></div>'
    html = _EVENINGS.replace("<main>", badge + "<main>")
    assert ("Nächste Lesung", "2020-10-08", None) in readings_on(html, date(2020, 9, 7))


def test_the_next_evenings_of_the_lesebuehne_hannover() -> None:
    assert ("Nächste Lesung", "2020-10-08", None) in saved_page_readings(
        "jekyll-lesebuehne-hannover-lesende-2020-09"
    )
    assert ("Nächste Lesebühne", "2023-06-08", None) in saved_page_readings(
        "jekyll-lesebuehne-hannover-galerie-2023-04"
    )
