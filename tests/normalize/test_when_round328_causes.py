"""Causes found by held-out date rounds 328-330 (tests/normalize/date_strings_heldout_round328.yaml,
round329, round330: three history societies' pages stored from the web).

- „27. November2025 | Treffen Arbeitskreis Genealogie“: a month's name glued to its year read no
  day (``when_day_slips``, ``_MONTH_GLUED_TO_YEAR``).
- „2015 | steht während der Jahreshauptversammlung im März wieder … an.“: a chronicle's year before
  its line states the month's year; the month was moved on past the stated year's middle, as a
  yearless plan's is (``when_periods._month_without_year``).
- „Foto: …, Lividus, Nov. 2014, CC BY-SA 4.0“, „03517 fbPforzheimer Zeitung vom  Mai 1998“,
  „Hegau-Geschichtsverein Programm 2. Halbjahr 2016 als pdf“: a picture's credit line, a paper's
  issue named by its month and a programme's file named by its period are stamps, no offering's
  month or half year (``when_record_days``, ``_CREDIT``, ``_PAPER_ISSUE_MONTH``,
  ``_PROGRAMME_FILE``).
- „Die Kraichgauer Stimme berichtete am 11. Oktober 2005“: a paper reporting on a day is the
  report's day (``when_press_dates``, ``_PAPER_REPORTED_BEFORE``).
- „Juni 2022 | Druckfrisch sind die Einladungen angeliefert worden.“: a news item's month label
  over something done is the item's stamp (``when_news_month_label``); so is one over a report of
  it (round 324's „Februar 2024: Unterwegs … | Bericht über unsere Hilfstätigkeit …“).
- „… Bertram Deger erlag im Oktober 2007 seinem Krebsleiden.“: a death told by „erlag … Leiden“;
  „Teuscher, *22.09.1873, †10.08.1924, … nach ihrer Trauung … am 16.08.1900“: a life's data after
  the genealogists' signs and a couple's wedding are a life's days (``when_notices``,
  ``when_life_data``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

_TODAY = date(2025, 3, 1)


def _read(text: str, today: date = _TODAY) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start or "")[:16] or None, (found.end or "")[:16] or None


def test_a_month_glued_to_its_year_is_read() -> None:
    assert _read("12. Oktober2024 | Exkursion nach Bretten") == ("2024-10-12", None)


def test_a_headings_year_is_the_months_year() -> None:
    text = "2025 | Im März steht die Wahl des Vorstands an."
    assert _read(text, date(2025, 1, 10)) == ("2025-03-01", "2025-03-31")


def test_a_yearless_plans_month_still_lies_ahead() -> None:
    assert _read("Im Februar steht die Wahl des Vorstands an.")[0] == "2026-02-01"


@pytest.mark.parametrize(
    "text",
    [
        "Foto: Blick vom Kirchberg, Max Muster, Nov. 2014, CC BY-SA 4.0",
        "Bild: Archiv des Vereins, März 2019",
        "Badische Neueste Nachrichten vom Mai 1998",
        "Jahresprogramm 2024 (PDF, 1 MB)",
        "Programm 1. Halbjahr 2025 als pdf",
    ],
)
def test_credits_issues_and_files_by_their_month_are_stamps(text: str) -> None:
    assert _read(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Foto: Sommerfest am 12. Juli 2024", "2024-07-12"),  # a caption's day
        ("Programm 1. Halbjahr 2025", "2025-01-01"),  # no file
        ("Zeitung lesen im Mai 2025 in der Bücherei", "2025-05-01"),
    ],
)
def test_what_is_no_stamp_keeps_its_date(text: str, start: str) -> None:
    assert _read(text)[0] == start


def test_a_paper_reporting_on_a_day_is_the_reports_day() -> None:
    assert _read("Die Badische Zeitung berichtete am 3. Mai 2019 über das Fest.") == (None, None)


def test_a_speaker_reporting_on_a_day_keeps_it() -> None:
    text = "Herr Mayer berichtete am 10. März 2025 über seine Forschungen."
    assert _read(text)[0] == "2025-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "Juni 2022 | Druckfrisch sind die Einladungen angeliefert worden.",
        "Januar 2025: Die neuen Tassen wurden geliefert.",
        "Februar 2025: Unterwegs im Kraichgau | Bericht über unsere Exkursion nach Bretten",
        "Januar 2025 | Rückblick auf das Sommerfest",
    ],
)
def test_a_news_month_over_something_done_is_the_items_stamp(text: str) -> None:
    assert _read(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Juni 2025 | Das Sommerfest findet im Pfarrgarten statt.", "2025-06-01"),
        ("Februar 2025 | Sommerfest im Pfarrgarten", "2025-02-01"),
        ("Februar 2025 | Bericht über das Sommerfest am 22. Februar", "2025-02-22"),
    ],
)
def test_a_news_month_over_a_coming_thing_or_a_title_stays(text: str, start: str) -> None:
    assert _read(text)[0] == start


def test_a_death_by_an_illness_is_no_offering() -> None:
    text = "Unser Ehrenmitglied erlag im Oktober 2007 seinem schweren Leiden."
    assert _read(text) == (None, None)


def test_life_data_give_no_day_and_leave_the_texts_own() -> None:
    text = "Ausstellung über Emil Sutor (*12.03.1888, †5.6.1974) am 6. März 2025 im Rathaus"
    assert _read(text)[0] == "2025-03-06"


def test_a_couples_wedding_in_a_life_is_no_offering() -> None:
    text = "Das Bild zeigt das Brautpaar nach ihrer Trauung in Königsbach am 16.08.1900."
    assert _read(text) == (None, None)


def test_a_lone_star_before_a_day_is_a_footnote() -> None:
    assert _read("Sommerfest *12.07.2025 nur bei gutem Wetter")[0] == "2025-07-12"


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (328, "27. November2025"),
        (328, "Foto: Gabelung Hohlwege"),
        (328, "Die Kraichgauer Stimme berichtete"),
        (328, "Juni 2022 | Druckfrisch"),
        (329, "Hegau-Geschichtsverein Programm 2. Halbjahr 2016"),
        (330, "2015 | steht während"),
        (330, "2007 Ein großer Verlust"),
        (330, "Es zeigte die Hochzeit"),
        (330, "03517 fbPforzheimer Zeitung"),
        (324, "Februar 2024: Unterwegs"),
    ],
)
def test_rounds_328_to_330_strings(number: int, opening: str) -> None:
    assert_heldout_read(number, opening)
