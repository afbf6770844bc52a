"""Causes found on held-out batch 14 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_markdown_list_numbers_are_the_days_they_show() -> None:
    # "25. Juni Unifest" written in Markdown renders as <ol start=25><li>Juni Unifest</li>: the
    # browser shows the day as the list number, the markup holds only "Juni Unifest".
    html = (PAGES / "hugo-fsma-bonn-termine-2022.html").read_text(encoding="utf-8")
    records = extract_page(
        page_from_text(html, "https://metaphysik-astrologie.de/termine/")
    ).records
    today = date(2022, 6, 1)
    starts = {r.title: normalize_record(r, today=today).start for r in records}
    assert starts["Unifest"] == "2022-06-25"
    assert starts["“Meta statt Facebook”"] == "2022-07-18"
    # The second item of the first list is numbered 26: "26. Juli - 10. Oktober". (Its
    # „Vorlesungsferien“ is the university's break, a day off since session 41: named as an
    # offering, the item keeps its number's day.)
    assert "Vorlesungsferien" not in starts
    html = html.replace("Oktober Vorlesungsferien", "Oktober Sommerakademie")
    records = extract_page(
        page_from_text(html, "https://metaphysik-astrologie.de/termine/")
    ).records
    starts = {r.title: normalize_record(r, today=today).start for r in records}
    assert starts["Sommerakademie"] == "2022-07-26"


def test_bare_days_take_name_and_hours_from_the_lead_sentence() -> None:
    # <h1>Reparaturtermine 2023</h1><p>Das Repair Café Datteln findet jeden 1. Samstag im Monat
    # jeweils von 14 bis 17 Uhr statt.</p>…<ul><li>7. Januar</li>…: each day is the Repair Café
    # from 14 to 17 Uhr, not an untimed "Reparaturtermine 2023".
    html = (PAGES / "hugo-repaircafe-datteln-termine-2023.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://repaircafe-datteln.de/termine/")).records
    today = date(2023, 1, 2)
    assert len(records) == 12
    first = normalize_record(records[0], today=today)
    assert (records[0].title, first.start, first.end) == (
        "Repair Café Datteln",
        "2023-01-07T14:00:00+01:00",
        "2023-01-07T17:00:00+01:00",
    )
    assert {r.title for r in records} == {"Repair Café Datteln"}
    assert records[0].field_sources["title"].endswith("lead sentence above")


def test_title_cell_names_the_event_in_its_first_line() -> None:
    # A "Veranstaltung" cell: "<b>Grillfest in Bigastro</b><p>Jeder bringt sein eigenes
    # Grillgut …" — the bold first line is the name, the paragraphs below describe the trip; a
    # short line in lower case continues the name ("zu den Fiestas de San Juan").
    html = (PAGES / "static-skippertreff-torrevieja-termine.html").read_text(encoding="utf-8")
    page = page_from_text(html, "http://www.skippertreff.es/termine/index.html")
    titles = [r.title for r in extract_page(page).records]
    assert "Grillfest in Bigastro" in titles
    assert "Kur-und Thermalbad Archena mit Busfahrt" in titles
    assert "Geschwaderfahrt nach Alicante zu den Fiestas de San Juan" in titles
    assert "Spassregatta Skippertreff" in titles


def test_a_day_range_followed_by_a_sign_up_note_is_the_events_span() -> None:
    # "<b>13. bis 18.09.2016</b><p><b>Anmelden</b> bei … mit Schiffsname": the trip's days, then
    # how to sign up for it — the range's end is no sign-up deadline.
    html = (PAGES / "static-skippertreff-torrevieja-termine.html").read_text(encoding="utf-8")
    page = page_from_text(html, "http://www.skippertreff.es/termine/index.html")
    today = date(2016, 1, 15)
    spans = {
        r.title: (n.start, n.end)
        for r in extract_page(page).records
        for n in [normalize_record(r, today=today)]
    }
    assert spans["Geschwaderfahrt nach Villajoyosa"] == ("2016-09-13", "2016-09-18")
