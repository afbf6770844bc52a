"""Causes found on held-out batch 36, owners A–M (a slam poet's performance list, a community
garden's month grids, a conference's programme tabs, a queer centre's event cards), each pinned
on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.date_cues import DATE_LIKE
from tests.extract.realpage_inspect import inspect_page as _inspect

LOOSER = (
    "static-dominiclooser-auftritte-2019.html",
    "https://dominiclooser.ch/auftritte.html",
    "2019-10-08",
)


def test_a_stamp_written_as_text_dates_its_row(capsys: pytest.CaptureFixture[str]) -> None:
    # „<li> <time>2019-01-17T00:00:00.000Z</time><p>Gegeneinander Anti Slam, Winterthur </p>“:
    # the "T" after the day is no word boundary, so the row looked undated and the thirteen
    # newer performances were dropped; the UTC midnight is the day itself, not 01:00 in Berlin.
    rows = _inspect(capsys, *LOOSER)
    assert len(rows) == 27
    first = rows[0]
    assert (first["title"], first["start"], first["location"]) == (
        "Gegeneinander Anti Slam",
        "2019-01-17",
        "Winterthur",
    )
    assert DATE_LIKE.search("2019-01-17T00:00:00.000Z")
    assert not DATE_LIKE.search("Vorlage 2019-01-17x")


WIMMELTREFF = (
    "hugo-wimmeltreff-termine-2026.html",
    "https://falkobenthin.github.io/wimmeltreff/termine/",
    "2026-05-12",
)


def test_a_month_grid_with_its_day_numbers_in_a_row_above(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <h4>April</h4><table>: each week a row „<th>30</th><th>31</th><th>01</th>…“ over a row of
    # cells „15-18 Uhr<br><a>Gemeinsam Gärtnern</a>“; cells are columns, never items, so the
    # page gave no record. The last week „27 … 03“ runs into May, the first of May's grid
    # „27 … 03“ back into April: both show 29 April and 2 May, one event each.
    rows = _inspect(capsys, *WIMMELTREFF)
    starts = [(row["start"], row["title"]) for row in rows]
    assert len(starts) == len(set(starts)) == 22
    assert ("2026-04-01T15:00:00+02:00", "Gemeinsam Gärtnern") in starts
    assert ("2026-05-02T09:00:00+02:00", "Gemeinsam Gärtnern") in starts
    # Two entries in one cell, each with its hours; „entfällt“ (27 May) is no entry.
    assert (
        "2026-05-02T10:00:00+02:00",
        "»Gewöhnliches Tellerkraut« finden, ernten, verarbeiten",
    ) in starts
    assert not any(start.startswith("2026-05-27") for start, _ in starts)
    assert not any(
        start.startswith("2026-03-") or start.startswith("2026-06-") for start, _ in starts
    )


DHD = ("wp-dhd2020-tagungsprogramm.html", "https://dhd2020.github.io/programm/", "2020-10-30")


def test_a_timetable_pane_takes_its_day_from_its_tab(capsys: pytest.CaptureFixture[str]) -> None:
    # „<a href="#5f9bc7617547e-0" data-toggle="tab">Montag, 02.03.2020</a>“ over „<div
    # id="5f9bc7617547e-0" class="tab-pane">“ rows „13:30 – 17:00“ | sessions side by side: the
    # programme had no day at all. Each session takes the pane's day and the hours of the
    # row's first column; breaks stay out.
    rows = _inspect(capsys, *DHD)
    by_title = {row["title"]: row for row in rows}
    workshop = by_title["Digital Humanities from Scratch"]
    assert (workshop["start"], workshop["end"]) == (
        "2020-03-02T13:30:00+01:00",
        "2020-03-02T17:00:00+01:00",
    )
    assert workshop["location"] == "Q 2 101"
    assert "Mittagsimbiss" not in by_title and "Kaffeepause" not in by_title
    # A session's talks (<li class="paper_title"> twice) are its parts: its linked name
    # titles it; a link after „Ort:“ or „Keynote-Speaker:“ is a field, not its name.
    assert by_title["V16: Texterschließung"]["start"] == "2020-03-06T09:00:00+01:00"
    assert by_title["Tagungsabschluss mit Keynote"]["location"] == "Audimax"
    assert "Stadtführung 1: „Stadtrundgang“" in by_title


HAUSB = (
    "astro-hausb-veranstaltungen-2026.html",
    "https://hausb-queereszentrum.de/veranstaltungen/",
    "2026-08-21",
)


def test_cards_outscored_by_their_parts_are_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    # Seven daisyUI cards, each a card-body of two boxes: the title over a long description
    # pasted from a flyer, then the date and place lines. The boxes (two per card) outscored
    # the cards (their long descriptions halve their score): five cards were titled by their
    # place line. Only one box of each card is named by a heading: the cards are the list.
    rows = _inspect(capsys, *HAUSB)
    starts = {row["start"][:16] for row in rows if row["start"]}
    assert {
        "2026-10-04T14:00",
        "2026-09-18T18:00",
        "2026-07-03T18:00",
        "2026-05-07T10:00",
    } <= starts
    assert not any(
        (row["title"] or "").startswith(("Wird bei Anmeldung", "Galerie")) for row in rows
    )
    # „ANMELDUNG BIS ZUM 25.5.2026“ in the description is a deadline: the card's own line
    # „Fr., 29. Mai 2026 um 18:00 - 21:00“ dates it.
    assert "2026-05-29T18:00" in starts


def test_a_list_of_towns_after_the_names_splits_a_town_named_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Dichtungsring, Winterthur“, „Slam 59, Luzern“ … and „Offene Bühne, Basel“: most rows
    # end in a town another row shares, so the row whose town is named once ends in one too.
    rows = _inspect(capsys, *LOOSER)
    basel = next(row for row in rows if row["start"] == "2017-05-07")
    assert (basel["title"], basel["location"]) == ("Offene Bühne", "Basel")


def test_only_a_deadline_to_register_undates_a_line() -> None:
    from netdir.extract.date_cues import registration_deadline

    assert registration_deadline("ANMELDUNG BIS ZUM 25.5.2026")
    assert registration_deadline("Anmeldung bis zum 1. Mai 2026")
    # A running event's end (Bernau LIVE's Martinimarkt tip) and a range stay dates.
    assert not registration_deadline("Bis zum 05.11.2023 trifft sich ganz Nordostdeutschland")
    assert not registration_deadline("Anmeldung: Kunstmarkt vom 12. bis 14. März 2026")


def test_an_event_pages_labelled_fields_are_no_listing(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h3>20. - 21.09.2025 - Taunus Spielt (Anmeldung erforderlich)</h3><ul><li>Start:
    # 20.09.2025 00:00</li><li>Ende: 21.09.2025 23:59</li><li>Ort: …</li><li>Veranstalter: …“:
    # the list was read as two events („Start“, and the h3 dated by „Ende“). A list whose items
    # each open with another label, a when and a where among them, is one event's fields; and
    # the start field that repeats the heading's day gives only its clock.
    rows = _inspect(
        capsys,
        "hugo-usinger-spielerei-taunusspielt-2025.html",
        "https://preview.usinger-spielerei.de/termine/2025-09-20-taunusspielt/",
        "2025-05-24",
    )
    assert len(rows) == 1
    (event,) = rows
    assert event["title"] == "Taunus Spielt (Anmeldung erforderlich)"
    assert (event["start"][:10], event["end"]) == ("2025-09-20", "2025-09-21")
    assert event["location"] == "Christian-Wirth-Saal, Schlossplatz 1, 61250 Usingen"
