"""A yearless day of a preview whose year the text states elsewhere: "Denn auch 2026 heißt es
wieder Spielekünstla on Tour! … vom 23. bis 25. Oktober in Horn", read in February 2026, is
October 2026 — not the past October that the nearest-year rule (``when_value.infer_year``) picks
for a day eight months ahead.

Only a text naming one year, this one or the next, on its own (not inside a date, not a span
"2025/26"; "next year", "nächstes Jahr" name the next) counts, and only when the day read without it lies in the past while the stated year
puts it ahead: a report's days ("im Jahr 2025 … am 28.12.", read in January) stay where they are.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re

# (as ``when_context._HEADING_YEAR``: a year not inside a date, a span or a number)
_LONE_YEAR = lazy_re.compile(r"(?<![\d./–-])(?:19|20)\d{2}(?![\d./–-])")


# "a Diocesan pilgrimage to Walsingham next year, for 18th-22nd August": the year after the page's
_NEXT_YEAR = lazy_re.compile(
    r"\b(?:next\s+year|n(?:ä|ae)chste[ns]?\s+jahr(?:es)?|im\s+kommenden\s+jahr|kommende[ns]?\s+jahr(?:es)?)\b",
    re.IGNORECASE,
)


def preview_year(text: str, reference: date) -> int | None:
    """The one year the text names on its own ("auch 2026", "next year"), when it is the
    reference's or the next."""
    years = {int(year) for year in _LONE_YEAR.findall(text)}
    if ("ear" in text or "ahr" in text) and _NEXT_YEAR.search(text) is not None:
        years.add(reference.year + 1)
    if len(years) != 1:
        return None
    (year,) = years
    return year if year in (reference.year, reference.year + 1) else None


def lies_ahead_in(year: int, start: str | None, reference: date) -> bool:
    """Whether a start read in the stated ``year`` lies on or after the reference."""
    if start is None or len(start) < 10 or int(start[:4]) != year:
        return False
    return date.fromisoformat(start[:10]) >= reference
