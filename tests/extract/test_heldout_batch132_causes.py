"""Causes found on held-out German batch 132 of the real-page corpus (public administration and
local politics: a Swiss party section's dates beside the town's assemblies, a civic-tech
project's dates and event pages on open election data, an OK Lab's meetings), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A box of two paragraphs — the day with its hours and an italic place, then the bold name —
#    is one event: the finer group of the paragraphs splits each event into its parts. And the
#    bold line names the event, the italic line under the day says where.

_EVENT = (
    '<div class="event"><p><span>{day}</span>, <span>19:30 - 22:00</span><br>'
    "<em>{place}</em><br></p><p><strong>{name}</strong><br><span>{about}</span><br></p>"
    "<button>Termin speichern</button></div>"
)


def _termine(events: list[tuple[str, str, str, str]]) -> str:
    boxes = "\n".join(
        _EVENT.format(day=day, place=place, name=name, about=about)
        for day, place, name, about in events
    )
    return (
        "<html><head><title>Partei</title></head><body><nav><a href='/'>Home</a></nav>"
        f'<main><div class="content"><h2>Termine</h2>{boxes}</div></main></body></html>'
    )


def test_each_box_of_a_day_paragraph_and_a_name_paragraph_is_one_event() -> None:
    html = _termine(
        [
            ("12. März 2025", "Rathaus", "Parteiversammlung", "Budget und Rechnung."),
            ("9. April 2025", "Pfarreizentrum", "Gemeindeversammlung", "Traktanden folgen."),
            ("14. Mai 2025", "Kulturhaus", "Mitgliederversammlung", "Wahlen."),
            ("3. Juni 2025", "Rathaus", "Themenabend Wohnen", "Mit Gästen."),
        ]
    )
    assert readings_on(html, date(2025, 2, 1)) == [
        ("Parteiversammlung", "2025-03-12T19:30", "Rathaus"),
        ("Gemeindeversammlung", "2025-04-09T19:30", "Pfarreizentrum"),
        ("Mitgliederversammlung", "2025-05-14T19:30", "Kulturhaus"),
        ("Themenabend Wohnen", "2025-06-03T19:30", "Rathaus"),
    ]


def test_a_name_paragraph_with_its_own_hour_does_not_split_the_boxes() -> None:
    # The first box's description names hours of its own („18:30 Uhr start GV“): read alone,
    # that paragraph is dated too — still a part of its box, not an event of its own.
    html = _termine(
        [
            ("11. April 2025", "Fruchthof", "SP Frauen", "18:30 Uhr Start GV, ab 19:15 Talk"),
            ("12. Mai 2025", "Fruchthof", "Mitgliederversammlung", "Wahlen."),
            ("26. Mai 2025", "Rathaus", "Gemeindeversammlung", "Traktanden folgen."),
        ]
    )
    titles = [title for title, _, _ in readings_on(html, date(2025, 2, 27))]
    assert titles == ["SP Frauen", "Mitgliederversammlung", "Gemeindeversammlung"]


def test_an_italic_phrase_inside_a_sentence_is_no_place_line() -> None:
    html = (
        "<html><body><ul>"
        "<li>12.03.2025, 19:30 Uhr<br>Vortrag über <em>Wasser</em> und <strong>Boden</strong></li>"
        "<li>13.04.2025, 19:30 Uhr<br>Vortrag über <em>Luft</em> und <strong>Licht</strong></li>"
        "<li>14.05.2025, 19:30 Uhr<br>Vortrag über <em>Feuer</em> und <strong>Eis</strong></li>"
        "</ul></body></html>"
    )
    records = readings_on(html, date(2025, 2, 1))
    assert records
    assert all(title != "Boden" and place != "Wasser" for title, _, place in records)


def test_the_party_section_s_termine_pages() -> None:
    assert saved_page_readings("jekyll-sp-sursee-termine-2024-11")[1:3] == [
        ("SP Sursee Parteiversammlung", "2024-11-26T19:30", "Kanti Sursee, Musiksaal EG"),
        ("Ordentliche Einwohnergemeindeversammlung", "2024-12-09T19:30", "Pfarreizentrum"),
    ]
    assert saved_page_readings("jekyll-sp-sursee-termine-2025-02")[0] == (
        "Parteiversammlung SP Frauen",
        "2025-04-11T18:30",
        "Kulturhaus Fruchthof Sursee",
    )


# 2. „26. Nov. 24“: a day before its month, two digits after it — the digits are the year.


def test_a_lone_day_s_two_digit_year_after_its_month() -> None:
    today = date(2024, 11, 14)
    assert parse_when("26. Mai 25, 19:30", today=today).start == "2025-05-26T19:30:00+02:00"
    assert parse_when("30. Sept. 25", today=today).start == "2025-09-30"
    assert parse_when("24. Nov. 24", today=today).start == "2024-11-24"


def test_an_hour_after_the_month_stays_an_hour() -> None:
    today = date(2024, 11, 14)
    assert parse_when("5. Mai 19 Uhr", today=today).start == "2025-05-05T19:00:00+02:00"
    when = parse_when("1. Mai 10 bis 17 Uhr", today=today)
    assert (when.start, when.end) == ("2025-05-01T10:00:00+02:00", "2025-05-01T17:00:00+02:00")


def test_the_party_section_s_dates_of_next_year() -> None:
    records = saved_page_readings("jekyll-sp-sursee-termine-2024-11")
    assert ("SP Sursee Parteiversammlung", "2025-09-30T19:30", "Ort noch nicht bekannt") in records
    assert ("Ordentliche Einwohnergemeindeversammlung", "2025-12-15T19:30", "Rathaus") in records


# 3. A yearless day under a heading that says its events are past is the last such day, not
#    the next one.

_SECTIONS = """<html><body><h1>Termine</h1>
<div class="kommende"><h2>Kommende</h2>{coming}</div>
<div class="vergangene"><h2>Vergangene</h2>
<a class="past" href="/a">3. Oktober: Podiumsdiskussion @ Presseclub, Wien</a>
<a class="past" href="/b">30. September: Wikidata Workshop @ Wikimedia, Wien</a>
<a class="past" href="/c">11. 3. 2017: Big Data LV @ FH Graz</a>
<a class="past" href="/d">31. 1. 2017: ARGE Digitalisierung @ St. Pölten</a>
</div></body></html>"""


def test_a_yearless_day_under_a_past_heading_is_last_year_s() -> None:
    html = _SECTIONS.format(coming="")
    starts = {title: start for title, start, _ in readings_on(html, date(2018, 4, 24))}
    assert starts["Podiumsdiskussion"] == "2017-10-03"
    assert starts["Wikidata Workshop"] == "2017-09-30"
    assert starts["Big Data LV"] == "2017-03-11"


def test_a_yearless_day_under_a_coming_heading_stays_next() -> None:
    html = _SECTIONS.replace("Vergangene", "Weitere")
    starts = {
        title: start for title, start, _ in readings_on(html.format(coming=""), date(2018, 4, 24))
    }
    assert starts["Podiumsdiskussion"] == "2018-10-03"


def test_a_heading_of_past_papers_is_no_heading_of_past_events() -> None:
    html = _SECTIONS.replace("Vergangene", "Past Papers")
    starts = {
        title: start for title, start, _ in readings_on(html.format(coming=""), date(2018, 4, 24))
    }
    assert starts["Podiumsdiskussion"] == "2018-10-03"


# 4. The upcoming section holds one link today: built like the past section's box beside it,
#    it is one more item.


def test_the_one_coming_link_beside_the_past_section_is_an_item() -> None:
    coming = '<a class="next" href="/e">4. Mai: Vortrag Open Election Data @ PyDays, Wien</a>'
    records = readings_on(_SECTIONS.format(coming=coming), date(2018, 4, 24))
    assert ("Vortrag Open Election Data", "2018-05-04", "PyDays, Wien") in records


def test_the_election_data_project_s_termine_page() -> None:
    records = saved_page_readings("jekyll-offenewahlen-at-termine-2018-04")
    assert (
        "Vortrag: Open Election Data API with Django",
        "2018-05-04",
        "PyDays / Linuxwochen Wien",
    ) in records
    assert ("Wahlreform jetzt!", "2017-10-03", "Presseclub Concordia, Wien") in records
    assert ("Wikidata Wahldaten Workshop", "2017-09-30", "Wikimedia AT, Wien") in records


# 5. „Ort: <strong>Bar Lokomov, …</strong>“ above a sentence with a link: the bold is the
#    labelled place, not the row's name.


def test_a_labelled_bold_value_does_not_name_the_row() -> None:
    row = (
        "<li><p>Termin: <strong>Donnerstag, {d}. Oktober 2017</strong></p>"
        "<p>Uhrzeit: <strong>19:00 – 23:00</strong></p>"
        "<p>Ort: <strong>Bar Lokomov, Augustusburger Straße 102</strong></p>"
        '<p><em>Wir treffen uns beim <a href="https://meetup.example/web">Web-Developer-Meetup'
        "</a>.</em></p></li>"
    )
    html = (
        "<html><body><h3>Nächste Treffen</h3><ul>"
        + row.format(d=12)
        + row.format(d=26)
        + "</ul></body></html>"
    )
    titles = [title for title, _, _ in readings_on(html, date(2017, 10, 1))]
    assert titles and "Bar Lokomov, Augustusburger Straße 102" not in titles


def test_the_ok_lab_s_meetup_night() -> None:
    records = saved_page_readings("jekyll-codeforchemnitz-home-2017-08")
    assert records[1][:2] == ("Web-Developer-Meetup", "2017-08-31T19:00")
