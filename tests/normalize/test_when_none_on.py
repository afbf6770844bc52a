"""normalize/when_roles: an English notice that a service does not take place on a day names no
offering's day („No Mass on Thursday 21st December“, „No Hack Night December 21st“, „We won't be
holding hack night on 12/21/2023“); the service on a day keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize import parse_when

_TODAY = date(2023, 12, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Please note: No Mass on Thursday 21st December.",
        "No Mass on 21 December 2023.",
        "There will be no choir practice on Thursday, December 21.",
        "No evening service on the 21st December.",
        "No Hack Night December 21st",
        "We won't be holding hack night on 12/21/2023. Happy holidays!",
        "We will not meet on Thursday, December 21.",
    ],
)
def test_a_day_without_the_service_is_none(text: str) -> None:
    assert parse_when(text, today=_TODAY).start is None


@pytest.mark.parametrize(
    "text",
    [
        "Mass on Thursday 21st December.",
        "Carol service on Thursday 21st December at 7pm; no parking on site.",
        "KEINE Quäker-Andacht am Donnerstag, den 21.12.2023",  # German: the called-off day stays
        "Game night on Thursday, December 21 at 7pm.",
        "We won't be meeting at the library; join us on December 21 at the café.",
    ],
)
def test_the_service_on_a_day_keeps_it(text: str) -> None:
    found = parse_when(text, today=_TODAY).start
    assert found is not None and str(found).startswith("2023-12-21")
