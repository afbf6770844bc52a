"""Feed titles made of bracketed fields (``bracketed_title``)."""

from __future__ import annotations

from netdir.extract.bracketed_title import bracket_layout, read_bracketed

TITLES = [
    "[Morges] [Vortrag] [Prévention & accompagnement du burnout] [16.06.2026 - 16.06.2026]",
    "[Lausanne] [Workshop] [Fête de la musique – Isao Takahata] [21.06.2026 - 21.06.2026]",
    "[Lausanne] [Führung] [Fête de la musique – Isao Takahata] [21.06.2026 - 21.06.2026]",
    "[Burgdorf BE] [Ausstellung] [Cécile Wick: In naher Ferne] [01.06.2026 - 29.11.2026]",
    "[Lausanne] [Ausstellung] [Et nous alors?] [Datum unbekannt]",
    "[Zürich] [Ausstellung] [Die Sammlung] [01.06.2023 - 31.12.2026]",
]


def test_the_name_is_the_field_that_varies_the_town_and_days_are_read() -> None:
    layout = bracket_layout(TITLES)
    assert layout is not None
    first = read_bracketed(TITLES[0], layout)
    assert first is not None
    assert first.name == "Prévention & accompagnement du burnout"
    assert (first.town, first.days) == ("Morges", "16.06.2026 - 16.06.2026")
    canton = read_bracketed(TITLES[3], layout)
    assert canton is not None and canton.town == "Burgdorf"


def test_a_day_said_to_be_unknown_is_no_day() -> None:
    found = read_bracketed(TITLES[4], bracket_layout(TITLES))
    assert found is not None
    assert (found.name, found.days) == ("Et nous alors?", None)


def test_other_titles_and_feeds_of_few_such_titles_are_left_alone() -> None:
    assert bracket_layout(TITLES[:2]) is None
    assert bracket_layout(["Sommerfest [Verein] am 3.5.", "Konzert", "Lesung"]) is None
    assert read_bracketed("Sommerfest am 3.5.", bracket_layout(TITLES)) is None
