"""Causes found by held-out date rounds 260-262 (tests/normalize/date_strings_heldout_round260.yaml …262).

- „2014-06-09: Prüfungsstatistik … eingetragen. … Prüfungseinsicht Di. 17.6., 10-11“, „2013-05-17:
  … am 4. Juni, 18:00 …“: a news line opening with its ISO posting day names its own day, which
  counts from the posting day: ``when_iso_datelines``.
- „Prüfungseinsicht Fr. 17.1., 10--11“, „3. Prüfungstermin eingetragen: Fr. 18.12.2015, 13-15.“,
  „1. Termin Fr. 31.10.2003 14--16 Hs. 1“, „| Fr. 13.1.2012 | 14-16 |“, „jeweils Mittwoch 11--12“:
  two bare hours right after a dotted day or a weekday are that day's hours:
  ``when_dated_bare_hours``.
- „Mo. 04.10.2010--Mo. 8.11.2010“: two hyphens before the last day's weekday are a range's dash:
  ``when_clean``.
- „Stand: Januar 2016“, „Ausgefertigt: Aichelberg, 21.11.2024“, „Der Gemeinderat … hat am 20.05.2021
  folgende Satzung … beschlossen:“, „Diese Satzung tritt am 1. September 2022 in Kraft, die
  Änderungssatzungen treten am 1. September 2023, … in Kraft.“: a revision stamp, a signing line, a
  council's decision and a statute's entry into force record days, no event's: ``when_record_days``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_clean import clean_date_text
from netdir.normalize.when_dated_bare_hours import dated_hours_marked
from netdir.normalize.when_iso_datelines import iso_dateline
from netdir.normalize.when_record_days import is_record_day
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- ISO datelines ---------------------------------------------------------------------------------


def test_an_iso_dateline_dates_the_notice_and_its_own_day_counts_from_it() -> None:
    text = "2014-03-28: Prüfungsstatistik eingetragen. Prüfungseinsicht Fr. 4.4., 16:00 (OMP 1)."
    found = parse_when(text, today=date(2014, 3, 28))
    assert found.start is not None and found.start.startswith("2014-04-04T16:00")
    assert found.published == "2014-03-28"
    # a notice written late in the year for a day early in the next
    late = "2013-12-20: Prüfungseinsicht Fr. 10.1., 16:00"
    assert wall_clock_when(late, date(2013, 12, 20))[0] == "2014-01-10T16:00"


def test_a_month_word_is_the_notices_own_day_too() -> None:
    text = "2013-05-17: Verleihung am 4. Juni, 18:00 im Kleinen Festsaal."
    assert wall_clock_when(text, date(2013, 5, 17)) == ("2013-06-04T18:00", None)


def test_a_dateline_without_a_day_of_its_own_is_left_alone() -> None:
    assert iso_dateline("2024-05-12: Konzert am Sonntag") is None
    assert iso_dateline("2024-05-12 19:00 Konzert am 14.5.") is None  # a clock, no dateline
    assert iso_dateline("Am 2024-05-12: Konzert am 14.5.") is None
    assert iso_dateline("2027-02-30 Konzert am 14.5.") is None  # no such day
    assert iso_dateline("2024-05-12: Konzert am 14.5.") == ("2024-05-12", "Konzert am 14.5.")
    today = date(2024, 5, 1)
    assert wall_clock_when("2024-05-12: Konzert im Park", today)[0] == "2024-05-12"


# --- bare hours after a day ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Prüfungseinsicht Fr. 17.1., 10--11 (OMP 1)", "Fr. 17.1., 10--11 Uhr"),
        ("Termin: Fr. 18.12.2015, 13-15.", "18.12.2015, 13-15 Uhr."),
        ("1. Termin Fr. 31.10.2003 14--16 Hs. 1", "31.10.2003 14--16 Uhr Hs. 1"),
        ("| Fr. 13.1.2012 | 14-16 | Hs. 3", "13.1.2012 | 14-16 Uhr |"),
        ("Gruppe 1: Do. 11--13, D1.01 (UZA4)", "Do. 11--13 Uhr,"),
        ("Sprechstunde jeweils Mittwoch 11-12 im Öffentlichkeitsbereich", "Mittwoch 11-12 Uhr im"),
    ],
)
def test_two_bare_hours_after_a_day_get_their_uhr(text: str, marked: str) -> None:
    assert marked in dated_hours_marked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fr. 14-16.6. Zeltlager",  # days of June
        "Sa. 14-17. Juni",
        "am 12.5. 10-12 Jahre",  # ages
        "Mi. 8-10 Teilnehmer",  # a count
        "jeden Donnerstag 10-16 ESV-Mitglieder",  # a count before its noun
        "27.9./28.9.2021 6-10",  # a camp's ages
        "am 12.5. 10-12:30",  # minutes: read as they stand
        "am 12.5. 10-12 Uhr",  # marked already
        "am 12.5. 18-10",  # no range of hours
    ],
)
def test_other_numbers_after_a_day_stay_bare(text: str) -> None:
    assert dated_hours_marked(text) == text


def test_the_marked_hours_are_read_as_the_days_times() -> None:
    today = date(2015, 10, 2)
    assert wall_clock_when("3. Prüfungstermin eingetragen: Fr. 18.12.2015, 13-15.", today) == (
        "2015-12-18T13:00",
        "2015-12-18T15:00",
    )
    assert "14 - 16 Uhr" in clean_date_text("Fr. 31.10.2003 14--16 Hs. 1")


def test_two_hyphens_before_a_weekday_and_its_day_are_a_ranges_dash() -> None:
    text = "Mo. 04.10.2010--Mo. 8.11.2010"
    assert wall_clock_when(text, date(2010, 9, 1)) == ("2010-10-04", "2010-11-08")
    assert "--" in clean_date_text("Mo.--Fr.")  # no day after the weekday


# --- record days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stand: Januar 2016",
        "Ausgefertigt: Aichelberg, 21.11.2024",
        "Der Gemeinderat der Gemeinde Aichelberg hat am 20.05.2021 folgende Satzung zur Benutzung der"
        " Kindertageseinrichtungen beschlossen:",
        "Der Gemeinderat Bösingen hat am 30. Juli 2026 einstimmig der Verpachtung des Dachs zugestimmt.",
        "Diese Satzung tritt am 01.01.2023 in Kraft, die Änderungssatzungen treten am 15.12.2023 sowie"
        " am 01.11.2024 in Kraft. Gleichzeitig tritt die bisherige Badeordnung außer Kraft.",
    ],
)
def test_stamps_decisions_and_entry_into_force_are_record_days(text: str) -> None:
    assert is_record_day(text)
    assert parse_when(text, today=date(2026, 4, 17)).start is None


@pytest.mark.parametrize(
    "text",
    [
        "Stand: Flohmarkt am 12.03.2024",  # a stall
        "Stand: 26.05.2025",  # the page's publishing day, read elsewhere
        "Der Vorstand hat am 12.3. beschlossen, dass das Sommerfest am 20.6. stattfindet.",
        "Die Mitgliederversammlung hat am 12.3. getagt.",
        "Diese Satzung tritt am 1. Mai in Kraft. Die Sprechstunde ist am 5. Mai um 10 Uhr.",
    ],
)
def test_other_lines_keep_their_days(text: str) -> None:
    assert not is_record_day(text)


# --- the held-out strings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (261, "2013-04-12: Am Do. 2.5.2013"),
        (261, "2015-06-03: Infos zur Prüfung"),
        (261, "2013-05-17: Alle Studierenden"),
        (261, "2014-01-10: Prüfungseinsicht"),
        (261, "2015-10-02: 3. Prüfungstermin"),
        (261, "2019-10-21: Noten"),
        (261, "2020-01-20: Alle Noten"),
        (261, "2010-08-23: 2. schriftlicher"),
        (261, "1. Termin Fr. 31.10.2003"),
        (261, "10.=letzter Termin | Fr. 13.1.2012"),
        (261, "2. Termin Di. 04.11.2003"),
        (261, "2. Termin: Fr. 30.9.2005"),
        (261, "Mo. 04.10.2010--Mo. 8.11.2010"),
        (260, "Stand: Januar 2016"),
        (260, "Ausgefertigt: Aichelberg"),
        (260, "Der Gemeinderat der Gemeinde Aichelberg hat am 20.05.2021"),
        (260, "Diese Marktordnung tritt"),
        (260, "Diese Satzung tritt am 1. September 2022"),
        (262, "Stand: Juli 2025"),
        (262, "Der Gemeinderat Bösingen hat am 30. Juli 2026"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
