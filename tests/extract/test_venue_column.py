"""A column of recurring venue names after each row's day (``venue_column``)."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text


def _row(act: str, day: str, venue: str, note: str) -> str:
    return (
        f'<li class="list-group-item"><div class="row"><strong>{act}</strong> <div>{day}</div>'
        f' <div>{venue}</div> <div class="text-muted">{note}</div></div></li>'
    )


def _places(*rows: str) -> dict[str | None, str | None]:
    html = (
        "<html><body><main><h1>Events Archive</h1><h5>2024</h5><ul class='list-group'>"
        f"{''.join(rows)}</ul></main></body></html>"
    )
    page = page_from_text(html, "https://crew.example.edu/events/")
    return {r.title: r.location_text for r in extract_page(page).records}


def test_a_recurring_name_after_the_day_is_the_place() -> None:
    places = _places(
        _row("Trixie Mattel", "November 4", "McConomy", "AB Fall Speakers"),
        _row("Malcom Todd", "November 2", "Wiegand Gym", "AB Fall Concert."),
        _row("Ruel and Lyn Lapid", "April 13", "Wiegand Gym", "AB Spring Concert."),
        _row("Bill Nye", "April 11", "McConomy", "AB Speakers. Sold out within minutes!"),
        _row("Audrey Nuna", "February 2", "Rangos", "AB Coffeehouse."),
    )
    assert places == {
        "Trixie Mattel": "McConomy",
        "Malcom Todd": "Wiegand Gym",
        "Ruel and Lyn Lapid": "Wiegand Gym",
        "Bill Nye": "McConomy",
        "Audrey Nuna": "Rangos",
    }


def test_names_that_do_not_recur_or_kinds_of_event_are_no_venues() -> None:
    # Each row's own speaker after the day: no column of places.
    speakers = _places(
        _row("Hash-based Cryptography", "January 22", "Bertrand Cambou", "Talk."),
        _row("Metrics on Networks", "January 29", "Nethali Fernando", "Talk."),
        _row("Calculus I Students", "February 5", "Xiangming Wu", "Talk."),
        _row("The Man Who Drowned", "February 12", "Stephen Wilson", "Talk."),
    )
    assert set(speakers.values()) == {None}
    # „Workshop“, „Lecture“ after the day: what happens, not where.
    kinds = _places(
        _row("Intro to Git", "March 3", "Workshop", "Bring a laptop."),
        _row("Regex Tricks", "March 10", "Workshop", "Bring a laptop."),
        _row("History of Unix", "March 17", "Lecture", "With slides."),
        _row("Shell Scripting", "March 24", "Workshop", "Bring a laptop."),
    )
    assert set(kinds.values()) == {None}
