"""Causes found on held-out batch 28 (a medical society's events page, a church-music calendar, a
swing-dance club's events page and a hackspace's calendar), each pinned on its real page of the
corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_bare_clock_in_a_time_column_times_the_row(capsys: pytest.CaptureFixture[str]) -> None:
    # Dommusik Erfurt's calendar: month tables „Datum | Uhrzeit | Ort | Beschreibung“ whose time
    # cells write „19.30“ with no „Uhr“. Figures that could be a day and a month elsewhere are a
    # clock under a header that says so; before, every row was an all-day record (time 0 of 21).
    rows = _inspect(
        capsys,
        "hugo-dommusik-erfurt-kalender-2024.html",
        "https://www.dommusik-erfurt.de/kalender/",
        "2024-11-04",
    )
    assert len(rows) == 21
    assert [(r["start"], r["location"]) for r in rows[:3]] == [
        ("2024-10-05T19:30:00+02:00", "Dom St. Marien"),
        ("2024-10-19T19:30:00+02:00", "Cruciskirche"),
        ("2024-10-20T11:00:00+02:00", "Dom St. Marien"),
    ]
    assert rows[-1]["start"] == "2025-01-12T11:00:00+01:00"


def test_a_lone_event_in_a_list_of_its_own_is_an_item(capsys: pytest.CaptureFixture[str]) -> None:
    # The Berliner Wirbelsäulengesellschaft: „Kommende Veranstaltung“ over one
    # `div.event-list > article` (a `<time>` day and an h2 name) beside the archive's six
    # `article.archive-entry`. A group needs two blocks to be a list, so the one coming event
    # was no record (the open cause „a single listed event“ of batch 27).
    rows = _inspect(
        capsys,
        "static-bwg-veranstaltungen-2026.html",
        "https://www.xn--berlinerwirbelsule-ztb.de/veranstaltungen/",
        "2026-08-21",
    )
    assert len(rows) == 7
    coming = [r for r in rows if r["start"].startswith("2026-09-16")]
    assert [r["title"] for r in coming] == [
        "Aktuelle Entwicklungen in Wirbelsäulentherapie, Osteoporose und Begutachtung"
    ]
    # Batch 27's scouts' dates page: the one linked row under „Kommende Veranstaltungen“ (a span,
    # no heading; its class names the event) — and not the box „Noch Fragen? Jeden Dienstag ab
    # 19:00 Uhr …“ nor „termine-info-block“, which say when to ask.
    rows = _inspect(
        capsys,
        "hugo-pfadfinder-langenwang-termine-2026.html",
        "https://beta.pfadfinder-langenwang.at/termine/",
        "2026-02-20",
    )
    assert [(r["title"], r["start"]) for r in rows if r["start"].startswith("2026-02-15")] == [
        ("Kindermaskenball 2026", "2026-02-15T14:00:00+01:00")
    ]
    assert not [r for r in rows if r["title"] in ("Noch Fragen?", "Für Information")]


def test_a_box_with_doors_and_a_start_begins_at_the_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Round Table 24 Linz: the highlight box („Wann: 9. April 2026“, „Einlass: 19:00 Uhr“,
    # „Beginn: 20:00 Uhr“), now read as a lone listed event beside the timeline, begins when the
    # show begins, not when the doors open.
    rows = _inspect(
        capsys,
        "static-roundtable24-linz-veranstaltungen.html",
        "https://rt24.at/veranstaltungen.html",
        "2026-07-07",
    )
    assert [r["start"] for r in rows if r["title"].startswith("Hosea")] == [
        "2026-04-09T20:00:00+02:00"
    ]


def test_hours_that_open_a_place_line_time_the_event(capsys: pytest.CaptureFixture[str]) -> None:
    # The society's coming event: under its day a line „18:00–19:30 Uhr · Lietzenseeufer 10 ·
    # 14057 Berlin“. Read whole as the place (it holds a postcode), the hours were lost and the
    # place began with them; the parts after the hours are the place.
    rows = _inspect(
        capsys,
        "static-bwg-veranstaltungen-2026.html",
        "https://www.xn--berlinerwirbelsule-ztb.de/veranstaltungen/",
        "2026-08-21",
    )
    coming = next(r for r in rows if r["start"].startswith("2026-09-16"))
    assert (coming["start"], coming["end"], coming["location"]) == (
        "2026-09-16T18:00:00+02:00",
        "2026-09-16T19:30:00+02:00",
        "Lietzenseeufer 10, 14057 Berlin",
    )


def test_a_heading_over_its_weekly_rule_in_prose_is_an_item(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # SwingConnection Leipzig's events page: h3 sections in prose. „Minor Swing“ says „Jeden
    # Mittwoch ab 19:30 Uhr findet der Minor Swing im Noels Ballroom statt“ and links nothing,
    # so it was no item while its linked neighbours were; it meets weekly from its next Wednesday.
    rows = _inspect(
        capsys,
        "hugo-swingconnection-veranstaltungen-2023.html",
        "https://hnolzen.github.io/swingconnection/veranstaltungen/",
        "2023-01-08",
    )
    swing = [r for r in rows if r["title"] == "Minor Swing"]
    assert [(r["start"], r["recurrence"]) for r in swing] == [
        ("2023-01-11T19:30:00+01:00", "FREQ=WEEKLY;BYDAY=WE")
    ]
