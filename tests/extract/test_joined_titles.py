"""Two names in one cell joined by a line „and“ are two offerings (joined_titles), with the
colloquium table of held-out English listing batch AR it was found on."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.joined_titles import titles_joined_by_a_line
from netdir.html_depth import parse_html
from tests.extract.realpage_inspect import inspect_corpus_page


def _split(cell: str, title: str, date_text: str | None = "March 26") -> list[str | None]:
    tree = parse_html(f"<html><body><table><tr><td>March 26</td><td>{cell}</td></tr></table>")
    assert tree.body is not None
    reading = BlockReading(title=title, date_text=date_text, description="abstract")
    reading.sources["title"] = "listing:td a"
    return [part.title for part in titles_joined_by_a_line(tree.body.css("tr"), reading)]


def test_two_names_joined_by_a_line_and_are_two_offerings() -> None:
    cell = "<a href='f.pdf'>One Light, Two Light, Red Light <br>and<br>On Estimating Frobenius Numbers</a>"
    title = "One Light, Two Light, Red Light and On Estimating Frobenius Numbers"
    assert _split(cell, title) == [
        "One Light, Two Light, Red Light",
        "On Estimating Frobenius Numbers",
    ]
    assert _split(
        "Vortrag über Streuobst <br>und<br> Führung durch die Obstwiese",
        ("Vortrag über Streuobst und Führung durch die Obstwiese"),
    ) == ["Vortrag über Streuobst", "Führung durch die Obstwiese"]


@pytest.mark.parametrize(
    ("cell", "title", "date_text"),
    [
        ("Rock<br>and<br>Roll Night", "Rock and Roll Night", "March 26"),  # one name in three lines
        ("Simon<br>&amp;<br>Garfunkel", "Simon & Garfunkel", "March 26"),
        ("Tea and Talk about Bees and Honey", "Tea and Talk about Bees and Honey", "March 26"),
        ("A long first name here<br>and<br>a long second name", "Something else", "March 26"),
        ("A long first name here<br>and<br>a long second name",
         "A long first name here and a long second name", None),  # undated
    ],
)  # fmt: skip
def test_other_cells_stay_one_offering(cell: str, title: str, date_text: str | None) -> None:
    assert _split(cell, title, date_text) == []


def test_the_second_talk_keeps_the_days_hours_and_place_not_the_first_ones_abstract() -> None:
    tree = parse_html(
        "<html><body><table><tr><td>March 26</td><td>First talk name here<br>and<br>"
        "Second talk name here</td></tr></table>"
    )
    assert tree.body is not None
    reading = BlockReading(
        title="First talk name here and Second talk name here",
        date_text="March 26, 4:00-5:00 pm",
        location_text="Room 164",
        description="the first talk's abstract",
    )
    first, second = titles_joined_by_a_line(tree.body.css("tr"), reading)
    assert (second.date_text, second.location_text, second.description) == (
        "March 26, 4:00-5:00 pm",
        "Room 164",
        None,
    )
    assert first.description == "the first talk's abstract"


def test_the_colloquium_tables_two_student_talks_are_two_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „March 26 | Adeline Moll, … | NAU Math/Stat | One Light, Two Light, Red Light, Green Light
    # <br>and<br>On Estimating Generalized Frobenius Numbers …“: one record titled by both before
    # (recall 12/13).
    rows = inspect_corpus_page(capsys, "static-nau-math-colloquium-spring-2019")
    on_the_day = [
        (r["title"], r["start"][:16], r["location"])
        for r in rows
        if r["start"].startswith("2019-03-26")
    ]
    room = "Room 164 of the Adel Mathematics Building"
    assert on_the_day == [
        ("One Light, Two Light, Red Light, Green Light", "2019-03-26T16:00", room),
        (
            "On Estimating Generalized Frobenius Numbers Using Numerical Semigroup Element "
            "Representations",
            "2019-03-26T16:00",
            room,
        ),
    ]
