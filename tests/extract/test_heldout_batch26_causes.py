"""Causes found on held-out batch 26 (German association, concert and club pages), each pinned on
its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.block_columns import table_column_labels
from netdir.extract.lead_times import _SHARED_START
from netdir.extract.running_years import years_along_the_list
from netdir.html_depth import parse_html
from netdir.normalize.when_context import PAGE_YEAR
from netdir.records import RawRecord
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_row_without_a_name_column_is_known_by_its_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Ort | Datum | Zusatz | Preis | Leitung“: the tour weeks of a fasting-hike guide have no
    # name cell; the remark („Gerne mit Hund“, „Therme möglich“) titled every row, so no week was
    # found. The header names every column and none is a name: the region names the week.
    page = "static-fastenwandern-veranstaltungen-2026.html"
    tree = parse_html((PAGES / page).read_text(encoding="utf-8"))
    table = tree.css_first("table")
    assert table is not None
    labels = table_column_labels(table.css("tr")[:3])
    assert labels == {0: "location_text", 1: "date_text", 2: "note", 3: "aside", 4: "aside"}
    rows = _inspect(
        capsys, page, "https://www.wandern-mit-christine.de/veranstaltungen.html", "2026-03-12"
    )
    assert [(r["title"], r["start"][:10], r["end"][:10]) for r in rows[:2]] == [
        ("Oberfranken", "2026-03-22", "2026-03-28"),
        ("Fichtelgebirge", "2026-04-05", "2026-04-11"),
    ]
    assert len(rows) == 9
    assert all(r["title"] == r["location"] for r in rows)
    assert not [r for r in rows if r["title"] in ("Gerne mit Hund", "Therme möglich")]


def test_a_label_in_its_own_element_labels_the_value_beside_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The cinema evening's page: h1 „Men in Black“, then label/value spans without a colon
    # („<span class=meta-label>Datum</span><span class=meta-value>30. Mai 2026</span>“) that
    # read as one line „Datum 30. Mai 2026“; no label was seen, so the page gave no record.
    html = (PAGES / "static-sproetau-begeistert-kino-2026.html").read_text(encoding="utf-8")
    assert '<span class="meta-label">Datum</span>' in html
    rows = _inspect(
        capsys,
        "static-sproetau-begeistert-kino-2026.html",
        "https://ducki.github.io/Verein-Web/kino.html",
        "2026-05-18",
    )
    assert [(r["title"], r["start"][:16], r["location"]) for r in rows] == [
        ("Men in Black", "2026-05-30T21:30", "Kirchplatz Sprötau")
    ]


def test_a_yearless_list_running_forward_keeps_its_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The village club's cards „30 Mai“, „7 Juni“, „11 Sep“, „12 Sep“, „28 Dez“ (saved 18 May
    # 2026) write no year; alone, „28 Dez“ is nearer as last December, but the list runs forward
    # from May and a reader reads that December after September.
    rows = _inspect(
        capsys,
        "static-sproetau-begeistert-veranstaltungen-2026.html",
        "https://ducki.github.io/Verein-Web/veranstaltungen.html",
        "2026-05-18",
    )
    days = {r["title"]: (r["start"] or "")[:10] for r in rows}
    assert days["Kino auf dem Kirchplatz"] == "2026-05-30"
    assert days["Glühweinabend"] == "2026-12-28"


def _row(date_text: str) -> RawRecord:
    return RawRecord(
        source_id="t",
        page_url="https://example.org/",
        extractor="listing",
        title="t",
        date_text=date_text,
    )


def test_the_order_of_a_list_decides_only_when_it_runs_one_way() -> None:
    today = date(2026, 5, 18)
    forward = [_row(t) for t in ("30 Mai", "11 Sep", "28 Dez")]
    years_along_the_list(forward, today)
    assert [r.extra.get(PAGE_YEAR) for r in forward] == [None, None, "2026"]
    # An archive running backward across New Year: February after March, then last December.
    backward = [_row(t) for t in ("3 Mai", "10 Feb", "12 Dez")]
    years_along_the_list(backward, today)
    assert [r.extra.get(PAGE_YEAR) for r in backward] == [None, None, None]
    # Days in no order (two turns) say nothing about the years: each keeps its nearest year.
    mixed = [_row(t) for t in ("28 Dez", "30 Mai", "20 Dez", "1 Mai")]
    years_along_the_list(mixed, today)
    assert all(PAGE_YEAR not in r.extra for r in mixed)
    # A row stating its year leaves the list to neighbour_years.
    stated = [_row(t) for t in ("30 Mai 2026", "11 Sep", "28 Dez")]
    years_along_the_list(stated, today)
    assert all(PAGE_YEAR not in r.extra for r in stated)


def test_the_start_a_list_states_once_in_its_lead_times_every_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Schäftlarn season: „Der Konzertbeginn ist um 19:00 Uhr. Der Einlass öffnet eine halbe
    # Stunde vor Konzertbeginn.“ above an accordion of days („10. Mai 2025 / Chaos und
    # Paukenschlag“) that state no time: every concert begins at 19:00.
    rows = _inspect(
        capsys,
        "hugo-schaeftlarner-konzerte-spielplan-2025.html",
        "https://schaeftlarnerkonzerte.github.io/programm/2025/",
        "2025-07-22",
    )
    assert len(rows) == 5
    assert {r["start"][10:16] for r in rows} == {"T19:00"}
    assert rows[0]["start"][:10] == "2025-05-10"


def test_doors_in_a_lead_time_nothing() -> None:
    assert _SHARED_START.search("Der Konzertbeginn ist um 19:00 Uhr.")
    assert _SHARED_START.search("Beginn jeweils 20 Uhr")["time"] == "20"
    assert _SHARED_START.search("Alle Veranstaltungen beginnen um 19.30 Uhr")["time"] == "19.30"
    assert _SHARED_START.search("Der Einlass öffnet eine halbe Stunde vor Konzertbeginn.") is None
    assert _SHARED_START.search("Einlass 18 Uhr") is None


def test_a_custom_always_on_the_same_day_is_next_years_once_this_years_is_past(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Jugendhaus Bad Imnau lists its customs by their day without a year: „Immer am 30.04.
    # Maibaumstellen“. On 20 July that day is next year's (a yearly rule, as „jedes Jahr am“).
    records = _inspect(
        capsys,
        "static-jugendhaus-badimnau-veranstaltungen-2026.html",
        "https://1xnnik.github.io/jugendhausbadimnau/veranstaltungen.html",
        "2026-07-20",
    )
    maibaum = next(r for r in records if r["title"] == "Maibaumstellen")
    assert maibaum["start"].startswith("2027-04-30")
    assert maibaum["recurrence"] == "FREQ=YEARLY"
