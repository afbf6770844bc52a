"""extract/name_am_day: a row that is one sentence „name am day, clock, place“ (held-out batch 77:
a shooting club's year, „Vatertagsfest am 10. Mai 2018 ab 11.00 Uhr im Schützenheim“)."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.name_am_day import name_before_its_day


def _read(text: str) -> BlockReading:
    reading = BlockReading(title=text, date_text=text)
    reading.sources = {"title": "listing:p text", "date_text": "listing:p"}
    name_before_its_day(reading)
    return reading


def test_the_name_before_am_the_day_and_the_place_after_it() -> None:
    reading = _read("Vatertagsfest am 10. Mai 2018 ab 11.00 Uhr im Schützenheim")
    assert (reading.title, reading.date_text, reading.location_text) == (
        "Vatertagsfest",
        "10. Mai 2018 ab 11.00 Uhr",
        "Schützenheim",
    )
    assert reading.date_leads
    assert reading.sources["title"] == "listing:p text (the name before „am“ and its day)"
    assert reading.sources["location_text"] == "listing:the place after the row's day"
    weinfest = _read("Weinfest am 02.10.2018 ab 19.00 Uhr in der Turnhalle Neuhausen")
    assert (weinfest.title, weinfest.date_text, weinfest.location_text) == (
        "Weinfest",
        "02.10.2018 ab 19.00 Uhr",
        "Turnhalle Neuhausen",
    )
    # extract.place_prepositions: „auf der“ and „in den“ as well
    sommerfest = _read("Sommerfest am 12. Juli 2018 ab 15 Uhr auf der Festwiese")
    assert (sommerfest.title, sommerfest.location_text) == ("Sommerfest", "Festwiese")
    tanz = _read("Tanzabend am 3. März 2018 ab 20 Uhr in den Räumen des Sportvereins")
    assert (tanz.title, tanz.location_text) == ("Tanzabend", "Räumen des Sportvereins")


def test_jeweils_stays_with_the_clock_and_a_name_may_hold_joining_words() -> None:
    reading = _read(
        "End- und Königschießen am 19. und 20. April 2018 im Schützenheim, jeweils ab 19.00 Uhr"
    )
    assert (reading.title, reading.date_text, reading.location_text) == (
        "End- und Königschießen",
        "19. und 20. April 2018, jeweils ab 19.00 Uhr",
        "Schützenheim",
    )
    assert _read("Tag der Vereine am 3. Mai 2026").title == "Tag der Vereine"


@pytest.mark.parametrize(
    "text",
    [
        "Wir treffen uns am 3. Mai 2026 um 19 Uhr im Vereinsheim",  # a sentence: a pronoun
        "Die Versammlung findet am 3. Mai 2026 im Rathaus statt",  # a verb after the day
        "Jahreshauptversammlung findet am 3. Mai 2026 statt",  # a verb before „am“
        "Sommerfest am 3. Mai 2026 mit Musik und Tanz für die ganze Familie",  # more than when
        "Konzert 3. Mai 2026 im Rathaus",  # no „am“
        "Sommerfest am Samstag",  # no day
    ],
)
def test_sentences_and_other_rows_stay(text: str) -> None:
    reading = _read(text)
    assert (reading.title, reading.date_text, reading.location_text) == (text, text, None)
