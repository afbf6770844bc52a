"""Causes found on held-out German batch 166 of the real-page corpus (single-event pages: a
hacker festival's start pages, a farm hackathon's editions, the posts of a Korean-German
Stammtisch), each pinned on a minimal snippet and on its page: the records a reader would note,
with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.dated_heading_rests import names_no_event, place_after_the_day
from netdir.extract.stream_after_the_day import stream_after_the_day
from netdir.extract.welcome_names import name_in_a_welcome
from netdir.extract.where_questions import answer_to_where
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A Jekyll post heads its facts as one row of icon spans under the h1 — calendar „2021-10-22“,
#    clock „18:00“, map marker „PURiNO Weststadt“ —: the day and hour were read, the place not
#    (the row holds the day, so it was no place line). The span the pin opens is where.

_STAMMTISCH = (
    "<html><head><title>Stammtisch im Oktober</title></head><body><main><article>"
    "<h1>Stammtisch im Oktober</h1><div class='infohead'>"
    "<span><i class='fa fa-calendar' aria-hidden='true'></i> 2021-10-22</span>"
    "<span><i class='fa fa-clock-o' aria-hidden='true'></i> 18:00</span>"
    "<span><i class='fa fa-map-marker' aria-hidden='true'></i><a href='https://goo.gl/maps/x'>"
    " PURiNO Weststadt</a></span></div>"
    "<p>Diesen Monat findet der erste Korea-Stammtisch in Karlsruhe statt.</p>"
    "</article></main></body></html>"
)


def test_the_pinned_span_of_a_row_of_icon_facts_on_a_snippet() -> None:
    assert readings_on(_STAMMTISCH, date(2021, 10, 20)) == [
        ("Stammtisch im Oktober", "2021-10-22T18:00", "PURiNO Weststadt")
    ]


def test_a_pin_in_a_sentence_is_no_row_of_icon_facts() -> None:
    # one icon only: no row of facts, the sentence is no place
    html = _STAMMTISCH.replace(
        "<span><i class='fa fa-calendar' aria-hidden='true'></i> 2021-10-22</span>"
        "<span><i class='fa fa-clock-o' aria-hidden='true'></i> 18:00</span>",
        "<span>Am 2021-10-22 um 18:00 treffen wir uns</span>",
    )
    readings = readings_on(html, date(2021, 10, 20))
    assert [place for _, _, place in readings] != ["Am 2021-10-22 um 18:00 treffen wir uns"]


def test_the_pinned_span_of_a_row_of_icon_facts_on_its_pages() -> None:
    assert saved_page_readings("jekyll-korea-stammtisch-karlsruhe-2021-10") == [
        ("Stammtisch im Oktober", "2021-10-22T18:00", "PURiNO Weststadt")
    ]
    assert saved_page_readings("jekyll-korea-stammtisch-karlsruhe-2023-03") == [
        ("Stammtisch im März", "2023-03-14T18:00", "Stövchen")
    ]


# 2. A festival's h1 greets — „Willkommen zu den ersten "Hacks on the Harbour"!“, „Willkomen bei
#    den 2. 23. Rüspeler Tüfteltage!“ — over the prose with the day: the greeting was the name.
#    The event is what it welcomes to: the quoted name, else the words after the article, as the
#    <title> writes them in the nominative when it holds the same words.


def test_the_event_a_welcome_heading_welcomes_to() -> None:
    assert name_in_a_welcome('Willkommen zu den ersten "Hacks on the Harbour"!', None) == (
        "Hacks on the Harbour"
    )
    assert (
        name_in_a_welcome(
            "Willkommen bei den dritten 23. Rüspeler Tüfteltagen!",
            "Die dritten 23. Rüspeler Tüfteltage",
        )
        == "Die dritten 23. Rüspeler Tüfteltage"
    )
    assert name_in_a_welcome("Willkomen bei den 2. 23. Rüspeler Tüfteltage!", None) == (
        "2. 23. Rüspeler Tüfteltage"
    )
    # only a greeting, or a welcome with nothing named after it
    assert name_in_a_welcome("Herzlich willkommen", None) is None
    assert name_in_a_welcome("Sommerfest am Weiher", None) is None


def test_a_welcome_heading_over_the_day_on_a_snippet() -> None:
    html = (
        "<html><head><title>Die vierten Bastelhoftage</title></head><body>"
        "<h1>Willkommen zu den vierten Bastelhoftagen!</h1>"
        "<p>Wir starten mit einem Festival am 25. Juni 2022 von 12 Uhr bis 22 Uhr.</p>"
        "</body></html>"
    )
    titles = [title for title, _, _ in readings_on(html, date(2022, 6, 1))]
    assert titles == ["Die vierten Bastelhoftage"]


def test_a_welcome_heading_on_its_page() -> None:
    assert saved_page_readings("vuepress-hoth-sonderborg-2022-06")[0] == (
        "Hacks on the Harbour",
        "2022-06-25T12:00",
        "Biblioteket Sønderborg (Nørre Havnegade 15, 6400 Sønderborg, Dänemark)",
    )


# 3. An edition's day stands as a heading of its own beside the heading that names it — „Save
#    the Date: 08. - 10.09.2023“ under the h1, „17.-19. Mai 2019 im Kliemannsland“ over it —:
#    the dated heading was taken for the name („Save the Date: 08.“, „im Kliemannsland“). It
#    calls to note the day or says where; the place after its day is the event's place.


def test_a_dated_heading_that_names_no_event() -> None:
    assert names_no_event("Save the Date: 08. - 10.09.2023", "Save the")
    assert names_no_event("17.-19. Mai 2019 im Kliemannsland", "im Kliemannsland")
    assert not names_no_event("Sommerfest am 3. Juli 2021", "Sommerfest")
    assert place_after_the_day("17.-19. Mai 2019 im Kliemannsland", "im Kliemannsland") == (
        "Kliemannsland"
    )
    assert place_after_the_day("Sommerfest", "Sommerfest") is None


def test_a_dated_heading_that_names_no_event_on_its_pages() -> None:
    assert saved_page_readings("vuepress-ruetueta-kliemannsland-2019-05") == [
        ("2. 23. Rüspeler Tüfteltage", "2019-05-17", "Kliemannsland")
    ]
    assert saved_page_readings("vuepress-hoth-sonderborg-2023-save-the-date") == [
        (
            "Hacks on the Harbour 2023",
            "2023-09-08",
            "Biblioteket Sønderborg (Nørre Havnegade 15, 6400 Sønderborg, Dänemark)",
        )
    ]


# 4. The festival's venue stands only in its FAQ: „<h3>Wo findet das Event statt?</h3>“ over
#    „Biblioteket Sønderborg (…)“ and the map links. No label named it; the question does. The
#    map-link lines under an address („Google Maps (opens new window)“) are no part of it.


def test_the_answer_to_where_it_takes_place() -> None:
    class _Block:
        def __init__(self, tag: str) -> None:
            self.tag = tag

    lines = [
        ("FAQ", _Block("h2")),
        ("Wo findet das Event statt?", _Block("h3")),
        ("Biblioteket Sønderborg (Nørre Havnegade 15, 6400 Sønderborg, Dänemark)", _Block("p")),
    ]
    assert answer_to_where(lines) == (  # type: ignore[arg-type]
        "Biblioteket Sønderborg (Nørre Havnegade 15, 6400 Sønderborg, Dänemark)",
        2,
    )
    deferred = [*lines[:2], ("Der Ort wird noch bekannt gegeben.", _Block("p"))]
    assert answer_to_where(deferred) is None  # type: ignore[arg-type]


def test_the_answer_to_where_on_a_snippet() -> None:
    html = (
        "<html><body><h1>Bastelhoftage 2023</h1><h2>Save the Date: 08. - 10.09.2023</h2>"
        "<h2>FAQ</h2><h3>Wo findet das Event statt?</h3>"
        "<p>Stadtbibliothek Flensburg (Süderhofenden 40, 24937 Flensburg)</p>"
        "<p><a href='https://www.google.com/maps/x'>Google Maps</a></p></body></html>"
    )
    assert readings_on(html, date(2023, 6, 1)) == [
        (
            "Bastelhoftage 2023",
            "2023-09-08",
            "Stadtbibliothek Flensburg (Süderhofenden 40, 24937 Flensburg)",
        )
    ]


# 5. An online evening's page gives its day in a bold paragraph and, under „Programm“, a table
#    „Uhrzeit | Bezeichnung“: the header's „Bezeichnung“ was read as the page's title label, and
#    the first row („Kleine Eröffnung“) named the evening. A header over two or more rows names
#    columns, not one event's facts.
# 6. The rows of such a table — a clock and a point's name, no day — were not read at all. On the
#    page's one event they are its points on its day (one table per weekday heading for a run of
#    days); breaks, meals served as breaks, doors, the shuttle, markers and placeholders are no
#    points, hidden link notes and struck-through talks no part of a name.

_ONLINE_EVENING = (
    "<html><head><title>Die dritten Bastelhoftage</title></head><body>"
    "<h1>Willkommen bei den dritten Bastelhoftagen!</h1>"
    "<p>Dazu streamen wir kleine Vorträge und Workshops am<br>"
    "<strong>Samstag (09.05.2020) ab 17:00 Uhr</strong></p>"
    "<h2>Programm</h2><table><thead><tr><th>Uhrzeit</th><th>Bezeichnung</th></tr></thead>"
    "<tbody><tr><td>17:00</td><td>Kleine Eröffnung</td></tr>"
    "<tr><td>18:00</td><td><strong>Talk:</strong> SMD Lötworkshop"
    "<span class='sr-only'>(opens new window)</span></td></tr>"
    "<tr><td>19:00</td><td>Shuttle fährt nach Flensburg</td></tr>"
    "<tr><td>20:00</td><td>Lightning Talks: <br> - <s>Abgesagt</s> <br> - Fusion360</td></tr>"
    "<tr><td>21:30</td><td>Weitere Beiträge</td></tr>"
    "<tr><td></td><td>Openend</td></tr></tbody></table></body></html>"
)


def test_a_clock_table_under_the_events_day_on_a_snippet() -> None:
    assert readings_on(_ONLINE_EVENING, date(2020, 5, 1)) == [
        ("Die dritten Bastelhoftage", "2020-05-09T17:00", None),
        ("Kleine Eröffnung", "2020-05-09T17:00", None),
        ("SMD Lötworkshop", "2020-05-09T18:00", None),
        ("Lightning Talks: Fusion360", "2020-05-09T20:00", None),
    ]


def test_a_table_without_a_time_header_is_no_programme() -> None:
    html = _ONLINE_EVENING.replace("<th>Uhrzeit</th>", "<th>Preis</th>")
    titles = [title for title, _, _ in readings_on(html, date(2020, 5, 1))]
    assert "SMD Lötworkshop" not in titles


def test_the_tables_of_a_run_of_days_under_their_weekday_headings() -> None:
    html = (
        "<html><body><h1>Bastelhoftage 2023</h1><p>Datum: 08. - 10.09.2023</p>"
        "<h2>Programm</h2><h3>Friday - Day 1</h3><table><tr><th>When</th><th>What</th></tr>"
        "<tr><td>18:42</td><td>Opening</td></tr><tr><td>23:59</td><td>End of Day 1</td></tr>"
        "</table><h3>Saturday - Day 2</h3><table><tr><th>When</th><th>What</th></tr>"
        "<tr><td>08:00</td><td>Doors Opening Day 2</td></tr>"
        "<tr><td>14:00</td><td>Toki pona for hackers</td></tr></table></body></html>"
    )
    assert readings_on(html, date(2023, 9, 1))[1:] == [
        ("Opening", "2023-09-08T18:42", None),
        ("Toki pona for hackers", "2023-09-09T14:00", None),
    ]


def test_a_clock_table_on_its_pages() -> None:
    assert saved_page_readings("vuepress-ruetueta-online-2020-05") == [
        (
            "Die dritten 23. Rüspeler Tüfteltage",
            "2020-05-09T17:00",
            "https://www.twitch.tv/ruetueta/",
        ),
        ("Kleine Eröffnung", "2020-05-09T17:00", None),
        (
            "Scammo präsentiert: Das Chaos-Kombüsen Notfall Rezept für gestrandete Nerds",
            "2020-05-09T17:40",
            None,
        ),
        ("SMD Lötworkshop", "2020-05-09T18:00", None),
        ("Fusion360", "2020-05-09T20:30", None),
    ]
    readings = saved_page_readings("vuepress-hoth-sonderborg-2022-06")
    assert len(readings) == 10
    assert ("Lightning Talks: A short chaotic story", "2022-06-25T20:30", None) in readings
    assert ("Closing & Goodbye", "2023-09-10T12:15", None) in saved_page_readings(
        "vuepress-hoth-sonderborg-2023-09"
    )


# 7. The online evening's stream stands under its day: „Samstag (09.05.2020) ab 17:00 Uhr“ /
#    „auf“ / „https://www.twitch.tv/ruetueta/“. It had no place; the stream the day leads on to
#    („auf“, „on“, „via“) is where it happens — a stream's or a video meeting's address only.


def test_the_stream_the_day_leads_on_to() -> None:
    lines = [
        ("Samstag (09.05.2020) ab 17:00 Uhr", None),
        ("auf", None),
        ("https://www.twitch.tv/ruetueta/", None),
    ]
    assert stream_after_the_day(lines, 0) == ("https://www.twitch.tv/ruetueta/", 2)  # type: ignore[arg-type]
    # a venue's own site is no stream; an address nothing leads to is no place
    assert (
        stream_after_the_day([lines[0], lines[1], ("https://www.kulturhaus.de/", None)], 0) is None
    )  # type: ignore[arg-type]
    assert stream_after_the_day([lines[0], lines[2]], 0) is None  # type: ignore[arg-type]


def test_the_stream_on_a_snippet() -> None:
    readings = readings_on(
        _ONLINE_EVENING.replace(
            "ab 17:00 Uhr</strong></p>",
            "ab 17:00 Uhr</strong><br><strong>auf</strong><br>"
            "<a href='https://www.youtube.com/@bastelhof'>https://www.youtube.com/@bastelhof</a></p>",
        ),
        date(2020, 5, 1),
    )
    assert readings[0] == (
        "Die dritten Bastelhoftage",
        "2020-05-09T17:00",
        "https://www.youtube.com/@bastelhof",
    )


def test_a_race_days_timetable_of_three_columns_is_no_programme() -> None:
    # batch 42's Nightrace: „Uhrzeit | Programmpunkt | Renndauer“, its heats the day's schedule
    assert saved_page_readings("static-rvhard-nightrace-2025") == [
        ("Dachbau Schaffer Nightrace 2025", "2025-05-31T09:30", "Stedepark, Hard")
    ]


def test_a_table_of_labels_down_its_side_gives_the_events_facts() -> None:
    html = (
        "<html><body><h1>Sitzung des Rates</h1><table>"
        "<tr><th>Datum</th><td>Dienstag, 22.09.2026</td></tr>"
        "<tr><th>Zeit</th><td>17:00 Uhr</td></tr>"
        "<tr><th>Raum</th><td>Sitzungssaal</td></tr>"
        "<tr><th>Ort</th><td>Rathaus Wesel</td></tr></table></body></html>"
    )
    readings = readings_on(html, date(2026, 9, 1))
    assert readings and readings[0][1] == "2026-09-22T17:00"
