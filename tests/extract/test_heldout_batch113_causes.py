"""Causes found on held-out German batch 113 of the real-page corpus (the archive of the
Internationales Bauhaus-Kolloquium in Weimar, one chapter per colloquium 1976–2019), each pinned
on a minimal snippet and on its page: the records a reader would list, with the days of each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.listing_groups import is_furniture
from netdir.extract.place_lines import names_a_place
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    normalized = (normalize_record(r, today=today) for r in records)
    return [(n.title, _day(n.start), _day(n.end)) for n in normalized]


def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp is not None else None


def _chapter(year: str, name: str, days: str, theme: str, director: str) -> str:
    return f"""<article class="colloquia span2 add-nav"><div class="wrapper">
<header><h2>{year}</h2><h3>{name} <span class="date">{days}</span></h3></header>
<div class="grid"><section class="text box"><div><h4>{theme}</h4>
<p><strong>{director}</strong><br>Leiter des Kolloquiums</p></div>
<div><p>Das Kolloquium fand in Weimar statt; Architekten, Historiker und Gäste aus Ost und West
diskutierten über das Erbe des Bauhauses.</p></div></section></div></div></article>"""


_ARCHIVE = (
    """<html><head><title>Bauhaus-Kolloquium Archiv</title></head><body>
<nav><div id="navigation" class="index"><a class="goto-chapter" href="#ibhk-1">1976</a>
<a class="goto-chapter" href="#ibhk-2">1979</a><a class="goto-chapter" href="#ibhk-3">1983</a>
<a class="goto-chapter" href="#ibhk-4">1986</a></div></nav>
<main class="main"><article id="start" class="page span2 add-nav"><header>
<h3>Das Internationale Bauhaus-Kolloquium in Weimar 1976–2019</h3></header>
<p>Das Archiv der Kolloquien.</p></article>"""
    + _chapter(
        "1976",
        "Wissenschaftliches Kolloquium",
        "27.–29. Oktober",
        "50 Jahre Bauhaus Dessau",
        "Prof. Dr. Christian Schädlich",
    )
    + _chapter(
        "1979",
        "II. Bauhaus-Kolloquium",
        "27.–29. Juni",
        "60 Jahre Gründung des Bauhauses",
        "Prof. Dr. Christian Schädlich",
    )
    + _chapter(
        "1983",
        "III. Internationales Bauhaus-Kolloquium",
        "05.–07. Juli",
        "Das Bauhauserbe und die gegenwärtige Entwicklung der Architektur.",
        "Prof. Dr. Christian Schädlich",
    )
    + _chapter(
        "1986",
        "IV. Internationales Bauhaus-Kolloquium",
        "24.–26. Juni",
        "Der wissenschaftlich-technische Fortschritt.",
        "Prof. Dr. Christian Schädlich",
    )
    + "</main></body></html>"
)


def test_an_archives_chapters_are_read_by_name_and_days_in_the_year_above() -> None:
    """All four causes together: each chapter is one colloquium, named by its h3, its days a
    period in the year of the chapter's h2."""
    assert _page(_ARCHIVE, date(2026, 2, 6)) == [
        ("Wissenschaftliches Kolloquium", "1976-10-27", "1976-10-29"),
        ("II. Bauhaus-Kolloquium", "1979-06-27", "1979-06-29"),
        ("III. Internationales Bauhaus-Kolloquium", "1983-07-05", "1983-07-07"),
        ("IV. Internationales Bauhaus-Kolloquium", "1986-06-24", "1986-06-26"),
    ]


# Cause 1: every chapter carries the class „add-nav“ (the page's script adds a link to it to the
# navigation); „nav“ as the class's last word made each chapter furniture, and no list was read.
# A script's hook names what it does with the element, not what the element is
# (listing_groups._LAYOUT_STATE_WORDS).


def _node(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body>{html}</body></html>")


def test_a_class_asking_to_be_added_to_the_navigation_is_no_navigation() -> None:
    chapter = _node('<article class="colloquia add-nav">x</article>').css_first("article")
    menu = _node('<div class="main-nav">x</div>').css_first("div")
    assert chapter is not None and not is_furniture(chapter)
    assert menu is not None and is_furniture(menu)


# Cause 2: each chapter opens with a heading that is only its year („<h2>1976</h2>“), the
# colloquium's name stands in the h3 below it. The highest heading named the chapter „1976“
# (block_titles._ranking_heading): a heading of only a year dates the block, the heading of the
# next rank names it.


def test_a_year_heading_over_the_name_dates_the_block_and_the_name_heading_names_it() -> None:
    cards = "".join(
        f"""<div class="card"><h2>{year}</h2><h3>{name} <span>{days}</span></h3>
<p>Ein Bericht über die Tagung und ihre Vorträge, mit Bildern und einem Programm.</p></div>"""
        for year, name, days in (
            ("2003", "Tagung Medium Architektur", "24.–27. April"),
            ("2007", "Tagung Die Realität des Imaginären", "19.–22. Juli"),
            ("2009", "Tagung Die Architektur der neuen Weltordnung", "01.–04. April"),
        )
    )
    records = _page(f"<html><body><main>{cards}</main></body></html>", date(2026, 2, 6))
    assert records == [
        ("Tagung Medium Architektur", "2003-04-24", "2003-04-27"),
        ("Tagung Die Realität des Imaginären", "2007-07-19", "2007-07-22"),
        ("Tagung Die Architektur der neuen Weltordnung", "2009-04-01", "2009-04-04"),
    ]


# Cause 3: „II. Bauhaus-Kolloquium“ was read as a place (its „haus“ a venue word), so the h3 —
# the day taken out — was taken for a heading of day and place and the line below („Prof.“)
# named the colloquium. A hyphened compound ending in a kind of event is that event
# (place_lines._VENUE_WORD).


def test_a_hyphened_compound_ending_in_an_event_kind_is_that_event() -> None:
    assert not names_a_place("II. Bauhaus-Kolloquium")
    assert not names_a_place("Rathaus-Konzert")
    assert names_a_place("Kurpark-Residenz Bellevue")  # a place after the hyphen
    assert names_a_place("Bauhaus")
    assert names_a_place("Rathaus-Café")
    assert names_a_place("Stadthalle")


# Cause 4: the chapters of 1976 and 1979 open with years before those a year in running text is
# trusted from (``date_cues.YEAR``: 1980 on); their days went to 2019 from the heading above the
# chapters („… in Weimar 1976–2019“). A heading of only four digits opening the box is its year
# (heading_year_above._OPENING_YEAR).


def test_an_old_year_opening_the_box_dates_its_days() -> None:
    assert _page(_ARCHIVE, date(2026, 2, 6))[:2] == [
        ("Wissenschaftliches Kolloquium", "1976-10-27", "1976-10-29"),
        ("II. Bauhaus-Kolloquium", "1979-06-27", "1979-06-29"),
    ]


def test_the_bauhaus_kolloquium_archive_page() -> None:
    records = _records("static-bauhaus-kolloquium-archiv-1976-2019")
    assert len(records) == 14
    assert records[0] == ("Wissenschaftliches Kolloquium", "1976-10-27", "1976-10-29")
    assert records[1] == ("II. Bauhaus-Kolloquium", "1979-06-27", "1979-06-29")
    assert records[13] == ("XIV. Internationales Bauhaus-Kolloquium", "2019-04-10", "2019-04-12")
