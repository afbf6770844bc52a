"""Known causes of misses on pages of the corpus (issue #11, „Known causes left“), each pinned
on its real page (tests/realpages/README.md) or a real string from one."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.running_years import years_along_the_list
from netdir.extract.section_years import FROM_SECTION, years_from_the_section
from netdir.html_depth import parse_html
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_yearless_table_takes_the_year_of_the_date_beside_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The farm's table „28.5. 15 Uhr“ … „27.11. 16 Uhr“ names no year; the paragraph after it
    # tells „Wir feiern am 21.Juni 2016 … die Sommersonnenwende“. Saved in January 2017, the rows
    # went to May–November 2017; the section's one full date falls among them: 2016.
    rows = _inspect(
        capsys,
        "hugo-waelder-veranstaltungen-2016.html",
        "https://waelder-gbr.de/veranstaltungen/",
        "2017-01-28",
    )
    table = [r for r in rows if r["date_text"] and r["date_text"].endswith("Uhr")]
    assert [r["start"][:16] for r in table] == [
        "2016-05-28T15:00", "2016-06-25T15:00", "2016-07-30T12:00", "2016-08-27T15:00",
        "2016-09-24T15:00", "2016-10-29T15:00", "2016-11-27T16:00",
    ]  # fmt: skip
    assert all(r["field_sources"]["date_text"].endswith(FROM_SECTION) for r in table)


def _rows(*days: str) -> list[RawRecord]:
    return [raw_record(f"Führung {day}", date_text=day) for day in days]


@pytest.mark.parametrize(
    ("beside", "year"),
    [
        ("Wir feiern am 21.Juni 2016 die Sommersonnenwende.", "2016"),
        # a date outside the list's run (last season's report) says nothing about the list
        ("Unser Hoffest am 3. Dezember 2016 war ein Erfolg.", None),
        # two years beside the list: which one is the list's is not told
        ("Am 21.Juni 2016 und am 18. Juni 2015 feierten wir.", None),
    ],
)
def test_only_one_stated_year_inside_the_run_dates_the_list(beside: str, year: str | None) -> None:
    filler = " Die Führungen finden jeweils samstags statt und haben Schwerpunktthemen." * 3
    tree = parse_html(
        "<div><h4>Hof</h4><table><tbody><tr><td>28.5.</td></tr><tr><td>25.6.</td></tr>"
        f"<tr><td>30.7.</td></tr></tbody></table><p>{beside}{filler}</p></div>"
    )
    tbody = tree.css_first("tbody")
    assert tbody is not None
    today = date(2017, 1, 28)
    # as the listing reads them: the order of the list first (28.5. to 30.7. in one year)
    rows = years_along_the_list(_rows("28.5.", "25.6.", "30.7."), today)
    rows = years_from_the_section(rows, tbody, today)
    if year is None:  # left as the order of the list had them
        assert not any(r.field_sources.get("date_text", "").endswith(FROM_SECTION) for r in rows)
        return
    assert {r.extra.get("page_year") for r in rows} == {year}


def test_a_line_that_is_only_a_town_is_the_place(capsys: pytest.CaptureFixture[str]) -> None:
    # The Samaritans' year: „<h3>Regionalübung</h3><p><span class="pill">Bonaduz</span></p>“ —
    # the pill names where the regional exercise is held (a Swiss town, data/gazetteer_ch_at.tsv).
    rows = _inspect(
        capsys,
        "static-samariter-sils-jahresprogramm-2026.html",
        "https://www.samariterverein-silsid.ch/jahresprogramm.html",
        "2026-03-04",
    )
    placed = {(r["title"], r["location"]) for r in rows if r["location"]}
    assert placed == {
        ("Regionalvortrag «Kindernotfall»", "Lenzerheide"),
        ("Regionalübung", "Bonaduz"),
    }
    assert all(
        r["field_sources"]["location_text"].endswith("town line") for r in rows if r["location"]
    )
