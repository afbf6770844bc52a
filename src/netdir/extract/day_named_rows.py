"""A row named by its own day beside rows named by their text.

A department's seminar list links each row's day to the talk's page and names the speaker in
the next cell::

    <a>December 28, 2016</a>   Dan-Virgil Voiculescu, University of California, Berkeley, USA
    <a>December 02, 2016</a>   M S Raghunathan, National Center for Mathematics, IIT Mumbai

Read alone, the second row's text looks like a venue („… Center …“) and becomes the row's place,
so the link is left to name it — and a day names nothing (the row is then dropped as unnamed).
When most dated rows of the list are named by their own text, a row named by nothing but its day
is named by the text line that was taken for its place: the same column says who or what each
row is. A list whose rows all name only a day and a venue keeps them as they are.
"""

from __future__ import annotations

from netdir.extract.block_reading import BlockReading

#: Rows named by their text that make it the list's way of naming.
_MIN_ROWS = 2
#: The place a row's reading took from the one text line beside its day.
_LINE_BESIDE_THE_DAY = "venue line below the date"
SOURCE = "listing:text beside the day (the list's rows are named by their text)"


def _named_by_its_day(reading: BlockReading) -> bool:
    """ "December 02, 2016" titling the row dated „December 02, 2016“."""
    if not reading.title or not reading.date_text:
        return False
    return (
        " ".join(reading.title.split()).casefold() == " ".join(reading.date_text.split()).casefold()
    )


def names_beside_the_day(readings: list[BlockReading]) -> None:
    """Name each row titled only by its day by the line taken for its place (see module)."""
    dated = [reading for reading in readings if reading.date_text is not None]
    by_day = [reading for reading in dated if _named_by_its_day(reading)]
    by_text = len(dated) - len(by_day)
    if not by_day or by_text < _MIN_ROWS or 2 * by_text <= len(dated):
        return
    for reading in by_day:
        place_from = reading.sources.get("location_text", "")
        if not reading.location_text or not place_from.endswith(_LINE_BESIDE_THE_DAY):
            continue
        reading.title = reading.location_text
        reading.sources["title"] = SOURCE
        reading.location_text = None
        del reading.sources["location_text"]
