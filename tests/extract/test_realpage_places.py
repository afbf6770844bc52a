"""Places of found items that the real-page corpus missed (issue #11, place column)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.lead_places import places_from_the_lead
from netdir.extract.title_places import place_in_a_street_ending, places_in_a_shared_town
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_page


def test_a_name_ending_on_a_street_is_held_there(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h2>Flohmarkt Fritz-Schäffer-Straße</h2>“ / „<h2>Flohmarkt Hanns-Seidel-Platz</h2>“ over
    # each block's market days: the street or square the heading ends on is the market's place.
    records = inspect_page(
        capsys,
        "php-flohmarkt-neuperlach-termine-2018.html",
        "https://www.flohmarkt-neuperlach.de/termine.php",
        "2018-05-23",
    )
    places = {(r["title"], r["location"]) for r in records}
    assert places == {
        ("Flohmarkt Fritz-Schäffer-Straße", "Fritz-Schäffer-Straße"),
        ("Flohmarkt Hanns-Seidel-Platz", "Hanns-Seidel-Platz"),
    }


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Sommerfest am Marktplatz", "Marktplatz"),
        ("Straßenfest Mainzer Straße", "Mainzer Straße"),
        ("Konzert auf dem Platz", None),  # no name of a square
        ("Jugendkreuzweg", None),
        ("Ökumenischer Kreuzweg", None),  # „-weg“ ends events too
    ],
)
def test_street_endings(title: str, place: str | None) -> None:
    record = RawRecord(
        source_id="s", page_url="https://example.org/", extractor="listing", title=title
    )
    place_in_a_street_ending([record])
    assert record.location_text == place


def test_the_venue_the_lead_says_meetings_take_place_at(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Above the list of days: „Von daher finden unsere Treffen ab Januar 2020 im Library Lab der
    # Stadtbibliothek Düsseldorf hinter dem Hauptbahnhof (Bertha-von-Suttner-Platz) statt.“
    records = inspect_page(
        capsys,
        "hugo-codefordus-termine-2020.html",
        "https://codefordus.github.io/termine/",
        "2020-01-16",
    )
    assert len(records) == 12
    assert {r["location"] for r in records} == {"Library Lab der Stadtbibliothek Düsseldorf"}


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Von daher finden unsere Treffen ab Januar 2020 im Library Lab der Stadtbibliothek "
            "Düsseldorf hinter dem Hauptbahnhof (Bertha-von-Suttner-Platz) statt.",
            "Library Lab der Stadtbibliothek Düsseldorf",
        ),
        ("Die Treffen finden in der Regel statt.", None),  # no venue named
        ("Die Proben finden im Gemeindehaus statt.", "Gemeindehaus"),
        (  # the opensourcetreffen page's welcome paragraph: the venue's address in brackets
            "Sie finden\n        im Café Netzwerk (Luisenstr. 11,\n        80333 München) statt.",
            "Café Netzwerk, Luisenstr. 11, 80333 München",
        ),
    ],
)
def test_lead_places(lead: str, place: str | None) -> None:
    page = LexborHTMLParser(f"<div><p>{lead}</p><ul><li>16. Januar 2020</li></ul></div>")
    first = page.css_first("li")
    assert first is not None
    record = RawRecord(
        source_id="s", page_url="https://example.org/", extractor="listing", title="Treffen"
    )
    places_from_the_lead([record], first)
    assert record.location_text == place


def test_a_town_the_lists_titles_end_in(capsys: pytest.CaptureFixture[str]) -> None:
    # „Weihnachtsmarkt in Illingen“, „Jugend-Hallenspieltag in Illingen“, „Jugendcamp 2015 im
    # Eichwaldpark Illingen“: rows of one list that end in the same town after different names.
    records = inspect_page(
        capsys,
        "php-svillingen-veranstaltungen-2015.html",
        "http://www.sv-illingen.de/index.php?id=50",
        "2015-07-21",
    )
    places = {r["title"]: r["location"] for r in records}
    assert places["Weihnachtsmarkt in Illingen"] == "Illingen"
    assert places["Jugendcamp 2015 im Eichwaldpark Illingen"] == "Eichwaldpark Illingen"


def test_one_title_in_a_language_or_subject_names_no_town() -> None:
    records = [
        RawRecord(source_id="s", page_url="https://example.org/", extractor="listing", title=t)
        for t in ("Einführung in Python", "Lesung in Englisch", "Vortrag in Englisch")
    ]
    places_in_a_shared_town(records)
    assert [r.location_text for r in records] == [None, None, None]
