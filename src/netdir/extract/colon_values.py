"""A labelled value that ends with a colon goes on in the line below it.

A one-page site heads its date section „<h2>Datum & Zeit</h2>“ and writes under it „Der
Reckenfelder Dorftrödel findet statt am:“ / „<strong>Sonntag, den 02.06.2024 von 11:00 - 16:00
Uhr</strong>“: the sentence under the label introduces the day with its colon, the day itself
stands in the next paragraph. Read alone the label's value names no day, and the page gave no
record. A value that names no day and ends with a colon is completed by the next line when that
line names one (and is no label of its own): the two read as one sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day

_COLONS = (":", "：")


def value_going_on(
    lines: list[tuple[str, LexborNode | None]],
    index: int,
    is_label: Callable[[str], object],
) -> str:
    """The value at ``lines[index]``, joined with the next line when the value ends with a colon,
    names no day, and the next line names one and is no label (``is_label``)."""
    value = lines[index][0]
    if not value.rstrip().endswith(_COLONS) or names_a_day(value):
        return value
    if index + 1 >= len(lines):
        return value
    below = lines[index + 1][0]
    if is_label(below) or not names_a_day(below):
        return value
    return f"{value.rstrip()} {below.strip()}"
