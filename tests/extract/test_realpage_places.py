"""Places of found items that the real-page corpus missed (issue #11, place column)."""

from __future__ import annotations

import pytest

from netdir.extract.title_places import place_in_a_street_ending
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
