"""Hostile text that once made a pattern try every way of cutting it: each input here kept netdir
busy for minutes (a pattern whose parts could each match the same characters two ways, so a long
run that finally fails was retried 2^n times). Each is read now, with the answer a user expects;
the timeout only turns a relapse into a failure instead of a hung suite."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.row_end_places import place_closing_the_line
from netdir.normalize.when import parse_when
from netdir.records import Page
from tests.extract.realpage_inspect import PAGES

pytestmark = pytest.mark.timeout(30)


def test_a_date_followed_by_a_run_of_colons_is_read() -> None:
    # when_roles' sign-up clause let a colon between digits be read as text or as a clock's
    text = "Am 12. März 2027 " + "1:" * 26 + "1 Uhr, Anmeldung folgt"
    when = parse_when(text, today=date(2026, 12, 1))
    assert when is not None and when.start.startswith("2027-03-12")


def test_headings_that_are_long_comma_lists_are_listed() -> None:
    # kind_label_titles' enumeration let the space after each comma go to either part
    title = ", ".join(["Vortrag Musik"] * 26) + "!"
    rows = "".join(
        f"<div class=termin><h3>{title}</h3><p>{day}.03.2027, 19 Uhr</p></div>"
        for day in range(10, 16)
    )
    html = f"<html><body><h1>Termine</h1>{rows}</body></html>"
    url = "https://example.org/termine/"
    page = Page("hostile", url, url, 200, datetime.now(UTC), text=html)
    records = extract_page(page).records
    assert len(records) == 6
    assert all(record.title and record.title.startswith("Vortrag Musik, ") for record in records)


def test_a_long_lower_case_word_after_an_ordinal_is_no_place() -> None:
    # row_end_places' status badges let a lower-case word be cut anywhere
    rest = ". Der Termin für den 3. " + "abcdefghij" * 4 + " Jungentag steht fest."
    assert place_closing_the_line(rest) is None


def test_the_real_page_that_showed_it_is_read_in_full() -> None:
    # tests/realpages' jekyll-jungenarbeit-berlin-aktivitaeten: „… für den 3.
    # geschlechterreflektierten Jungentag …“ took 3.6 s of CPU for a 2.9 KB page
    stem = "jekyll-jungenarbeit-berlin-aktivitaeten"
    url = "https://jungen-sternchen-arbeit.github.io/berlin/aktivitaeten/"
    html = (PAGES / f"{stem}.html").read_text(encoding="utf-8")
    page = Page("realpage", url, url, 200, datetime(2020, 12, 14, 12, tzinfo=UTC), text=html)
    titles = [record.title for record in extract_page(page).records]
    assert "4. Berliner Fachtag geschlechterreflektierter Jungen*arbeit" in titles
