"""Causes found on held-out German batch 127 of the real-page corpus (parishes, choirs and music:
a chamber choir's concerts, a band's gig tables, a church music association's concert years),
each pinned on a minimal snippet and on its page: the records a reader would note, with their
names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.performance_lines import performances_under_the_heading
from netdir.extract.place_day_rows import bold_name_under_place_and_day
from tests.extract.realpage_inspect import readings_on, saved_page_readings


def _nodes(html: str) -> list:
    body = LexborHTMLParser(html).body
    assert body is not None
    return list(body.iter())


# 1. „Christuskirche, Sa. 5.1.2019<br>um 18 Uhr<br><strong>NEUJAHRSKONZERT</strong><br>…“: a
#    church music page writes each concert as a paragraph whose first line says where and on
#    which day and whose bold line names it. Read line by line, the church titled every concert
#    (and „Christuskirche, Pfingstmontag, 10.6.2019“, its day 31 characters in, read as prose:
#    the concert was dropped).

_CONCERTS = """<html><body><main><article><h1>Konzerte</h1><div class="post-content">
<h1>KONZERTE 2019</h1>
<p>Christuskirche, Sa. 5.1.2019<br />um 18 Uhr<br /><strong>NEUJAHRSKONZERT</strong><br />
Constanze Kowalski<br />Orgel</p>
<p>Apostelkirche, So, 27.1.2019<br />um 10 Uhr<br /><strong>POPGOTTESDIENST</strong><br />
Christian Gosch<br />Leitung</p>
<p>Christuskirche, Pfingstmontag, 10.6.2019<br />um 18 Uhr<br /><strong>ORGELVESPER<br />
VENI CREATOR SPIRITUS</strong><br />Thorsten Schuck<br />Bariton</p>
<p>Hauptkirche St. Petri, Sa. 15.6.2019<br />um ca. 15:30 Uhr<br />Nacht der Chöre<br />
<strong>TROUVÉRE-MESSE</strong><br />von Petr Eben</p>
</div></article></main></body></html>"""


def test_the_bold_line_under_the_place_and_day_names_the_row() -> None:
    nodes = _nodes(
        "<p>Christuskirche, Sa. 5.1.2019<br>um 18 Uhr<br><strong>NEUJAHRSKONZERT</strong>"
        "<br>Constanze Kowalski<br>Orgel</p>"
    )
    paragraph = next(n for n in nodes if n.tag == "p")
    assert bold_name_under_place_and_day([paragraph]) == ("NEUJAHRSKONZERT", "Christuskirche")
    feast = _nodes(
        "<p>Apostelkirche, Ostermontag, 22.4.2019<br>um 10 Uhr<br>Festgottesdienst<br>"
        "<b>TROUVÉRE-MESSE</b><br>von Petr Eben</p>"
    )
    row = next(n for n in feast if n.tag == "p")
    assert bold_name_under_place_and_day([row]) == ("TROUVÉRE-MESSE", "Apostelkirche")
    # two bold lines one below the other are one name
    two = _nodes(
        "<p>Christuskirche, Mo, 1.6.2020<br>um 18 Uhr<br><strong>ORGELVESPER</strong><br>"
        "<strong>VENI CREATOR SPIRITUS</strong><br>Constanze Kowalski<br>Orgel</p>"
    )
    row = next(n for n in two if n.tag == "p")
    assert bold_name_under_place_and_day([row]) == (
        "ORGELVESPER VENI CREATOR SPIRITUS",
        "Christuskirche",
    )


def test_rows_of_other_shapes_are_left_to_the_other_readers() -> None:
    # an hour on the first line, a first line that is no place, bold words inside a line
    for html in (
        "<p>Christuskirche, Sa. 5.1.2019, 18 Uhr<br><b>NEUJAHRSKONZERT</b></p>",
        "<p>An jedem Sonnabend um 17.45 Uhr:<br><b>Choralblasen vom Turm</b></p>",
        "<p>Christuskirche, Sa. 5.1.2019<br>um 18 Uhr<br><b>Anne Meier</b> Orgel</p>",
        "<p>Neujahrskonzert mit Orgel, Sa. 5.1.2019<br>um 18 Uhr<br><b>Orgel</b></p>",
    ):
        row = next(n for n in _nodes(html) if n.tag == "p")
        assert bold_name_under_place_and_day([row]) is None, html


def test_a_church_music_page_names_each_concert_by_its_bold_line() -> None:
    assert readings_on(_CONCERTS, date(2019, 7, 18)) == [
        ("NEUJAHRSKONZERT", "2019-01-05T18:00", "Christuskirche"),
        ("POPGOTTESDIENST", "2019-01-27T10:00", "Apostelkirche"),
        ("ORGELVESPER VENI CREATOR SPIRITUS", "2019-06-10T18:00", "Christuskirche"),
        ("TROUVÉRE-MESSE", "2019-06-15T15:30", "Hauptkirche St. Petri"),
    ]


def test_the_eimsbuettel_concert_years_on_their_pages() -> None:
    records = saved_page_readings("jekyll-kirchenmusik-eimsbuettel-konzerte-2019-07")
    assert len(records) == 32
    assert ("NEUJAHRSKONZERT", "2019-01-05T18:00", "Christuskirche") in records
    assert ("MUSIK ZUR TODESSTUNDE", "2019-04-19T15:00", "Christuskirche") in records
    assert ("ORGELVESPER VENI CREATOR SPIRITUS", "2019-06-10T18:00", "Christuskirche") in records
    assert ("ORGELKONZERT", "2019-10-23T20:00", "Christuskirche") in records
    later = saved_page_readings("jekyll-kirchenmusik-eimsbuettel-konzerte-2020-05")
    assert ("ORGELVESPER VENI CREATOR SPIRITUS", "2020-06-01T18:00", "Christuskirche") in later
    assert ("MOTETTE", "2020-06-06T20:00", "Christuskirche") in later
    assert not any(title in ("Christuskirche", "Apostelkirche") for title, _, _ in later)


# 2. A band's „Konzerte“ page: „<h1>Konzerte</h1> … <h4>Kommende Konzerte:</h4>“ over rows of a
#    day, a venue and its town. The rows under the label took the heading above it, „Konzerte“ —
#    only the kind of list; the band's page names its own concerts (as the rows under
#    „Vergangene Konzerte“ already were: the site's name).

_GIGS = """<html><head><title>Konzerte - Erpelistics</title></head><body><main>
<hgroup><h1>Konzerte</h1><p>Hier findest du alle Konzerte und Events der Erpelistics.</p></hgroup>
<section class="prose"><hr><h4>Kommende Konzerte:</h4><table><thead><tr><th></th><th></th><th></th>
</tr></thead><tbody>
<tr><td><div class="date-cell"><span class="day">16</span><br><span class="month-year">März 2026
</span></div></td><td><div class="location-cell"><span class="location">Schick</span><br>
<span class="city">Mainz</span></div></td><td><a href="https://example.org/a">Zum Event</a></td></tr>
<tr><td><div class="date-cell"><span class="day">20</span><br><span class="month-year">Juni 2026
</span></div></td><td><div class="location-cell"><span class="location">PMK</span><br>
<span class="city">Innsbruck</span></div></td><td><a href="https://example.org/b">Zum Event</a></td></tr>
</tbody></table><hr><h4>Vergangene Konzerte</h4><table><thead><tr><th></th><th></th><th></th></tr>
</thead><tbody>
<tr><td><div class="date-cell"><span class="day">27</span><br><span class="month-year">September 2025
</span></div></td><td><div class="location-cell"><span class="location">Schick</span><br>
<span class="city">Mainz</span></div></td><td><a href="https://example.org/c">Zum Event</a></td></tr>
<tr><td><div class="date-cell"><span class="day">4</span><br><span class="month-year">September 2025
</span></div></td><td><div class="location-cell"><span class="location">Grüne Brücke</span><br>
<span class="city">Mainz</span></div></td><td><a href="https://example.org/d">Zum Event</a></td></tr>
</tbody></table></section></main></body></html>"""


def test_a_bands_gigs_under_a_labelled_kind_heading_are_the_bands() -> None:
    titles = [(title, start) for title, start, _ in readings_on(_GIGS, date(2025, 12, 20))]
    assert titles == [
        ("Erpelistics", "2026-03-16"),
        ("Erpelistics", "2026-06-20"),
        ("Erpelistics", "2025-09-27"),
        ("Erpelistics", "2025-09-04"),
    ]


def test_the_erpelistics_page_on_its_page() -> None:
    records = saved_page_readings("hugo-erpelistics-konzerte-2025-12")
    assert [title for title, _, _ in records] == ["Erpelistics"] * 8
    assert records[0][1] == "2026-03-16"


# 3. A choir's programme under its heading, performed on several days: „<h2>Sonnwend</h2> …
#    <li>20.06.26, 17 Uhr, Laurentiuskirche Bludenz</li><li>21.06.26, 14:30 Uhr, Servitenkirche
#    Innsbruck</li>“ or one paragraph „30.11.2024, Servitenkirche Innsbruck und 01.12.2024,
#    Pfarrkirche Neustift im Stubaital“. The block was one record on its first day (or, with
#    three such lines, one record per line titled by its church).


def _programme(html: str, title: str) -> list[tuple[str | None, str | None, str | None]]:
    """The performances the reader finds in a block: a heading and its sibling elements."""
    from netdir.extract.block_reading import BlockReading

    body = LexborHTMLParser(f"<div>{html}</div>").css_first("div")
    assert body is not None
    segment = [node for node in body.iter()]
    reading = BlockReading()
    reading.title, reading.title_from_heading = title, True
    reading.sources["title"] = "listing:h2"
    parts = performances_under_the_heading(segment, reading)
    return [(part.title, part.date_text, part.location_text) for part in parts]


def test_each_line_of_day_and_place_under_the_heading_is_one_performance() -> None:
    listed = _programme(
        '<h2>Sonnwend</h2><p><img src="/f.jpg" alt="Flyer"></p>'
        "<p>Chormusik im Zeichen der längsten Tage</p>"
        '<ul><li>20.06.26, 17 Uhr, <a href="https://osm.org/1">Laurentiuskirche Bludenz</a></li>'
        '<li>21.06.26, 14:30 Uhr, <a href="https://osm.org/2">Servitenkirche Innsbruck</a></li></ul>'
        "<p>Programm:</p><ul><li>Daniel Windisch (*1994): Zeiten kommen, Zeiten gehen</li></ul>",
        "Sonnwend",
    )
    assert listed == [
        ("Sonnwend", "20.06.26, 17 Uhr", "Laurentiuskirche Bludenz"),
        ("Sonnwend", "21.06.26, 14:30 Uhr", "Servitenkirche Innsbruck"),
    ]
    colon = _programme(
        "<h2>PASSIO</h2><ul><li>14.03.2026, 20 Uhr: <a>Pfarrkirche Untermieming</a></li>"
        "<li>15.03.2026, 17 Uhr: <a>Pfarrkirche Allerheiligen</a></li></ul>",
        "PASSIO",
    )
    assert [place for _, _, place in colon] == [
        "Pfarrkirche Untermieming",
        "Pfarrkirche Allerheiligen",
    ]
    joined = _programme(
        "<h2>Vom Himmel</h2><p>30.11.2024, Servitenkirche Innsbruck und\n"
        "01.12.2024, Pfarrkirche Neustift im Stubaital</p><p>Programm:</p>",
        "Vom Himmel",
    )
    assert joined == [
        ("Vom Himmel", "30.11.2024", "Servitenkirche Innsbruck"),
        ("Vom Himmel", "01.12.2024", "Pfarrkirche Neustift im Stubaital"),
    ]
    # one performance is the block's own day, as before
    assert _programme("<h2>Nun komm</h2><p>2.12.2023, Canisianum Innsbruck</p>", "Nun komm") == []


def test_lines_under_sub_headings_or_beside_dated_prose_are_no_performances() -> None:
    archive = _programme(
        "<h2>Archiv</h2><h3>März / April 2019</h3><p>Passionskonzert</p>"
        "<p>31.3.2019, Stadtpfarrkirche Landeck und 13.4.2019, Pfarrkirche Götzens</p>",
        "Archiv",
    )
    assert archive == []
    prose = _programme(
        "<h2>Konzert</h2><p>Am 3. Mai 2026 singen wir in Telfs.</p>"
        "<ul><li>3.5.2026, 18 Uhr, Pfarrkirche Telfs</li>"
        "<li>4.5.2026, 17 Uhr, Christuskirche Innsbruck</li></ul>",
        "Konzert",
    )
    assert prose == []


def test_the_kammerchor_concerts_on_their_page() -> None:
    records = saved_page_readings("jekyll-kammerchor-innsbruck-konzerte-2026-07")
    assert ("Sonnwend", "2026-06-21T14:30", "Servitenkirche Innsbruck") in records
    assert ("Hymns & Psalms", "2025-11-21T18:00", "Heilig-Geist-Kirche Telfs") in records
    assert (
        "Sehnsucht 2.0 — ewiglich",
        "2025-05-17T20:00",
        "Aula der Musikmittelschule Zell am Ziller",
    ) in records
    assert ("Vom Himmel", "2024-12-01", "Pfarrkirche Neustift im Stubaital") in records
    assert not any(title == "Hall in Tirol" for title, _, _ in records)
