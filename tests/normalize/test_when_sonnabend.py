"""„Sonnabend“, the Saturday of northern and eastern German pages, reads as „Samstag“ does.

Seventeen patterns had each written out the German weekdays by hand and most left Sonnabend out,
so a Hamburg club's „Beginn ist am Freitag um 16 Uhr und am Sonnabend um 10 Uhr“ kept the
Saturday's start as the workshop's end, where the same text with „Samstag“ did not. They now all
join ``when_words.GERMAN_WEEKDAY_ALT``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when

NOVEMBER_2016 = date(2016, 11, 22)
TEXTS = [
    # when_end_day_clock: the last day's clock among the starts is no end
    (
        "Am Freitag und {sat}, dem 9. und 10. Dezember gibt es einen Workshop. "
        "Beginn ist am Freitag um 16:00 Uhr und am {sat} um 10:00 Uhr.",
        ("2016-12-09T16:00:00+01:00", "2016-12-10"),
    ),
    # when_span_day_hours: the last day's own hours end the span
    (
        "Vom 9.-10.12.2016 gibt es von 10 bis 23 Uhr bzw. {sat}s 10-18 Uhr Glühwein.",
        ("2016-12-09T10:00:00+01:00", "2016-12-10T18:00:00+01:00"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_sonnabend_reads_as_samstag(text: str, expected: tuple[str, str]) -> None:
    for saturday in ("Samstag", "Sonnabend"):
        found = parse_when(text.format(sat=saturday), today=NOVEMBER_2016)
        assert (found.start, found.end) == expected, saturday
