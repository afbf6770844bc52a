"""„Sonnabend“ in the extract stage's weekday patterns: a match day's label „Heimspiele am
Sonnabend:“ dates its games as „Heimspiele am Samstag:“ does (``weekday_clock_lines``; the
label's pattern had written the weekdays out by hand without Sonnabend)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

DECEMBER_2016 = date(2016, 12, 9)


def _starts(html: str, today: date) -> dict[str | None, str | None]:
    page = page_from_text(html, "https://example.org/")
    saved = dataclasses.replace(page, fetched_at=datetime.combine(today, time(12), tzinfo=UTC))
    records = extract_page(saved).records
    read = [normalize_record(raw, today=today) for raw in records]
    return {n.title: n.start for n in read}


def _preview(saturday: str) -> str:
    return (
        '<html><body><div class="post"><h2 class="post-heading">Volles Programm zum 3. Advent!</h2>'
        '<time datetime="12/9/2016">9. Dezember 2016</time>'
        "<p>Am Wochenende haben wir ein großes Programm in der Halle am Park.</p>"
        f"<p>Heimspiele am {saturday}:<br>11:00 Uhr U12 vs. TTV Neustadt<br>"
        "13:00 Uhr U14m vs. Noris Baskets</p>"
        f"<p>Auswärts am {saturday}:<br>12:00 Uhr TV Hilpoltstein vs. U15w</p>"
        "<p>Heimspiele am Sonntag:<br>14:00 Uhr Damen I vs. TSV Ansbach</p>"
        "</div></body></html>"
    )


@pytest.mark.parametrize("saturday", ["Samstag", "Sonnabend"])
def test_match_day_labels_date_their_games(saturday: str) -> None:
    starts = _starts(_preview(saturday), DECEMBER_2016)
    assert starts["U12 vs. TTV Neustadt"] == "2016-12-10T11:00:00+01:00"
    assert starts["TV Hilpoltstein vs. U15w"] == "2016-12-10T12:00:00+01:00"
    assert starts["Damen I vs. TSV Ansbach"] == "2016-12-11T14:00:00+01:00"
