"""Causes found by held-out date rounds 317-319 (tests/normalize/date_strings_heldout_round317.yaml …).

- „Sie erreichen uns telefonisch: Mo-Fr 15.00 – 18.30 Uhr Sa 10.00 – 15.00 Uhr“: a contact's
  range of weekdays with its hours and the weekdays listed after it are all when someone can be
  reached (rounds 82, 320); the range stayed unread and its hours went to the Saturday — the whole
  run is now blanked (``when_weekday_ranges``, ``_CONTACT_HOURS_RUN``).
- „In den NRW und Rheinland-Pfalz Schulferien bieten wir … an. Täglich von 8:00 bis 17:30 Uhr.“:
  school holidays named without their days, their states first, lead the text, so the daily
  hours after them are the holidays' and give no day; holidays named after a rule's hours stay
  an exception to it (round 89) (``when``, ``_IN_SCHOOL_HOLIDAYS``).
- „Der 9. November ist nicht nur der Tag des Mauerfalls … Er ist auch der Tag der
  Erfinder*innen …“: a yearless day characterised by what it stands for is no offering's day
  (``when_notices``, ``_DAY_STANDS_FOR``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

_TUESDAY = date(2017, 3, 14)


def _read(text: str, today: date = _TUESDAY) -> tuple[str | None, str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start or "")[:16] or None, (found.end or "")[:16] or None, found.recurrence


@pytest.mark.parametrize(
    "text",
    [
        "Sie erreichen uns telefonisch: Mo-Fr 15.00 – 18.30 Uhr Sa 10.00 – 15.00 Uhr",
        "Büro: Mo-Fr 9-12 Uhr, Sa 10-12 Uhr",
        "Sprechzeiten: Mo-Do 9-12 Uhr und Fr 9-11 Uhr",
    ],
)
def test_a_contacts_weekday_hours_are_none(text: str) -> None:
    assert _read(text)[0] is None


def test_an_events_day_after_a_contacts_hours_stays() -> None:
    text = "Büro: Mo-Fr 9-12 Uhr, Sa 10-12 Uhr. Der Kurs beginnt am 5. April um 18 Uhr."
    assert _read(text)[0] == "2017-04-05T18:00"


def test_opening_hours_with_a_saturday_stay_a_weekly_rule() -> None:
    assert _read("Mo-Fr 15.00 – 18.30 Uhr Sa 10.00 – 15.00 Uhr") == (
        "2017-03-14T15:00",
        "2017-03-14T18:30",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    )


@pytest.mark.parametrize(
    "text",
    [
        "In den NRW Schulferien bieten wir eine Betreuung an. Täglich von 8:00 bis 17:30 Uhr.",
        "Während der Schulferien bieten wir täglich von 8 bis 17 Uhr eine Betreuung an.",
    ],
)
def test_daily_hours_of_school_holidays_without_days_give_no_day(text: str) -> None:
    assert _read(text)[0] is None


def test_school_holidays_after_a_rules_hours_are_its_exception() -> None:
    text = (
        "Wir proben jeden Mittwoch, 19:30 bis 21:30 Uhr im Gemeindehaus. Während der Schulferien"
        " finden Proben nur nach Absprache statt."
    )
    assert _read(text) == ("2017-03-15T19:30", "2017-03-15T21:30", "FREQ=WEEKLY;BYDAY=WE")


def test_daily_hours_without_holidays_stay_a_daily_rule() -> None:
    assert _read("Täglich von 8:00 bis 17:30 Uhr.")[2] == "FREQ=DAILY"


@pytest.mark.parametrize(
    "text",
    [
        "Der 9. November ist nicht nur der Tag des Mauerfalls.",
        "Workshop | Der 8. März ist nicht nur ein Tag der Frauen.",
    ],
)
def test_a_day_told_by_what_it_stands_for_is_none(text: str) -> None:
    assert _read(text, date(2019, 8, 23))[0] is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Der 9. November ist der Tag der offenen Tür.", "2019-11-09"),
        (
            "Der 9. November ist nicht nur der Tag des Mauerfalls. Am 9. November 2019 öffnen wir"
            " die Werkstätten.",
            "2019-11-09",
        ),
    ],
)
def test_a_days_event_or_a_later_own_day_stays(text: str, start: str) -> None:
    assert _read(text, date(2019, 8, 23))[0] == start


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (318, "Sie erreichen uns telefonisch"),
        (318, "Ferienbetreuung | In den NRW"),
        (317, "Der 9. November ist nicht nur"),
        (89, "Wir proben jeden Mittwoch"),
    ],
)
def test_real_strings(number: int, opening: str) -> None:
    assert_heldout_read(number, opening)
