from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.name_then_day import names_then_its_day


def _element(tag: str, text: str):
    node = LexborHTMLParser(f"<{tag}>{text}</{tag}>").css_first(tag)
    assert node is not None
    return node


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Landeslehrgang zur Prüfungsvorbereitung in Bad Dürkheim, 23.-24. November 2024", True),
        ("1. Runde der Bundesliga im Jahr der Schlange, 23. Februar 2025", True),
        ("Prüfung in Nagold, 17. Mai 2026.", True),
        # a month alone dates no item
        ("Heki-Sommerseminare in Stuttgart, Juli 2024", False),
        # a sentence's lead-in or a weekday before the comma: prose that ends in a day
        ("Wir feiern am Freitag, 23. Juni 2024", False),
        ("Die Versammlung findet statt am, 23. Juni 2024", False),
        # something after the day, or no comma
        ("Sommerfest, 23. Juni 2024 im Park", False),
        ("Sommerfest 23. Juni 2024", False),
        # a name that holds a date of its own, or runs longer than a name
        ("Nachtrag zum 12.05., 23. Juni 2024", False),
        ("Es war ein schöner Tag mit vielen Gästen und Musik bis spät in die Nacht hinein, 23. Juni 2024", False),
    ],
)  # fmt: skip
def test_a_heading_that_names_then_closes_with_its_day(line: str, is_one: bool) -> None:
    assert names_then_its_day(line, _element("h3", line)) is is_one


def test_a_letters_dateline_is_no_heading() -> None:
    line = "Offenbach a.M., 14. September 2026"
    assert names_then_its_day(line, _element("h3", line))
    assert not names_then_its_day(line, _element("p", line))
