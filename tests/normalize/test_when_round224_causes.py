"""Causes found by held-out date rounds 224-226 (tests/normalize/date_strings_heldout_round224.yaml …226).

- A press dateline with its writer or agency in brackets before the dash („Regensburg, 21. Mai
  2015 (orv) – …“) dates the article; the article's days, its weekdays too, count from it:
  ``when_agency_datelines``.
- A line that is only a town, „der“ or „am“ and a full date („Montabaur, der 21. Februar 2017“,
  „Ransbach-Baumbach, am 05. Dezember 2019“) is a signature's dateline: ``when_lone_datelines``.
- The period a board is discharged for or its accounts were audited for, the day an invitation
  was mailed or someone was told by phone, a birthday in an attribute („die am 8. Dezember 1987
  geborene Studentin“) are no offering's days: ``when_notices``.
- A bracketed note between a period's first day and „bis“ („16.06.2022 (Fronleichnam) bis zum
  Sonntag, 19.06.2022“) goes: ``when_range_notes``.
- A day remembered with its year („Erinnerung an den 6. Dezember 1941“, „Opfer des Terrors vom
  07.10.2023“, „das an die Ereignisse … vom 18. Januar 1996 erinnert“) is no event's when the
  text names no other day: ``when_notices``.
- The day a timetable, results or pictures go online („Zeitplan ab 29.05.2014 im Internet“) is
  a publication's: ``when_online_from``; a byline „von …, MZ vom 9.6.08“ dates the paper's issue:
  ``when_press_dates``; a late entry „Bei Nachmeldungen bis zum 04. Juni 2014 …“ is a sign-up's
  deadline: ``when_signup``.
- A championship before „im <Monat>“ („für die U23-EM im Juli“) is held in that coming month:
  ``when_periods``.
- A thing held regularly, the adjective before it („für einen regelmäßigen … Themenabend am
  Freitag ab 19:00 Uhr“), is a weekly rule — not one named with its date: ``when_recurrence``.
- A lease or contract continued to a day („die Anmietung … bis zum 31. Mai 2021 fortzusetzen“)
  and places allotted until a day („können … bis zum 3. August vergeben werden“) are no
  offering's days: ``when_notices``.
- Two days told before their verbs („der am 10. Juni … beginnt und am 11.06 … ausklingt“) are a
  period: ``when_verb_final_ends``; a padded day after „am“ without its month's dot before a word
  („am 11.06 mit der Gala“) is a day: ``when_clean``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_notices import is_notice
from tests.normalize.test_heldout_dates import heldout_cases, score
from tests.normalize.when_reading import wall_clock_when

# --- press datelines with a bracketed writer -------------------------------------------------


def test_an_agency_dateline_dates_the_article_not_the_event() -> None:
    text = "Regensburg, 21. Mai 2015 (orv) – Regensburg erwartet am 6. Juni wieder die besten Sprinter."
    assert wall_clock_when(text, date(2015, 5, 21)) == ("2015-06-06", None)


def test_the_articles_weekdays_count_from_its_dateline() -> None:
    # written on a Monday, read months later: "am kommenden Samstag" is that week's Saturday
    text = "Berlin, 1. Juni 2015 (dpa) – Die Mannschaft trifft sich am kommenden Samstag um 20 Uhr im Stadion."
    assert wall_clock_when(text, date(2015, 9, 1)) == ("2015-06-06T20:00", None)
    report = "Köln, 12. Juni 2008 (ksta) – Der Läufer traf bei seinem Saisoneinstieg am vergangenen Sonntag ins Schwarze."
    assert wall_clock_when(report, date(2008, 6, 12)) == ("2008-06-08", None)


def test_an_agency_dateline_alone_names_no_event() -> None:
    text = "Regensburg, 8. April 2008 (orv) – Ende März hat der Verband seine Wettkämpfe bekanntgegeben."
    assert wall_clock_when(text, date(2008, 4, 8)) == (None, None)
    assert parse_when(text, today=date(2008, 4, 8)).published == "2008-04-08"


def test_a_bracket_with_a_figure_or_a_short_row_is_no_dateline() -> None:
    # a listing's row: town, day, a clock in brackets, a title of few words
    assert wall_clock_when("Hamburg, 12.05.2025 (20 Uhr) - Konzert im Stadtpark", date(2025, 5, 1))[
        0
    ] == ("2025-05-12T20:00")
    assert wall_clock_when(
        "Hamburg, 12.05.2025 (ausverkauft) - Konzert im Stadtpark", date(2025, 5, 1)
    )[0] == ("2025-05-12")


# --- signatures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Montabaur, der 21. Februar 2017",
        "Ransbach-Baumbach, am 05. Dezember 2019",
        "Udert, der 20. Juni 2020",
    ],
)
def test_a_signatures_place_and_day_is_no_event(text: str) -> None:
    assert wall_clock_when(text, date(2020, 6, 23)) == (None, None)


def test_an_event_title_before_am_and_its_day_keeps_it() -> None:
    # "am" needs a town the gazetteer knows: a title is no town
    assert wall_clock_when("Sommerkonzert, am 12. Juli 2025", date(2025, 6, 1)) == (
        "2025-07-12",
        None,
    )


# --- notices ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorstand beantragt die Entlastung für den Zeitraum 11.06.2016 bis 05.10.2019.",
        "Der Vorstand wurde für den Zeitraum 11.06.2016 bis 05.10.2019 entlastet.",
        "Die Kassenprüfer berichten über die Kassenprüfung vom Zeitraum 06.10.2019 bis zum 12.02.2021.",
        "Die Einladung wurde am 03. Februar 2017 fristgemäß per E-Mail an alle Mitglieder versendet.",
        "Das Mitglied hat den Vorstand am 03. Februar 2017 fernmündlich darüber unterrichtet, dass er zurücktritt.",
        "Das vergangene Jahr hatte die am 8. Dezember 1987 geborene Studentin mit 1,86 Metern abgeschlossen.",
    ],
)
def test_accounts_periods_mailings_and_birthdays_are_no_events(text: str) -> None:
    assert wall_clock_when(text, date(2019, 10, 5)) == (None, None)


def test_a_meeting_in_a_period_is_still_a_period() -> None:
    text = "Die Ausstellung ist im Zeitraum vom 11.06.2026 bis 05.07.2026 im Rathaus zu sehen."
    assert wall_clock_when(text, date(2026, 5, 1)) == ("2026-06-11", "2026-07-05")


# --- remembered days, publications, deadlines -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Erinnerung an den 6. Dezember 1941",
        "Mahnwache | Für die Geiseln und Opfer des Terrors vom 07.10.2023",
        "Ein Rechercheprojekt, das an die Ereignisse in der Hafenstraße 52 vom 18. Januar 1996 erinnert.",
        "Zeitplan ab 29.05.2014 im Internet unter www.lg-regensburg.de",
        "von Claus-Dieter Wotruba, MZ vom 9.6.08 - Foto: Silke Spiegelburg (Lex-Foto)",
        "Bei Nachmeldungen bis zum 04. Juni 2014 wird ein Aufschlag von 5.- Euro erhoben.",
    ],
)
def test_remembered_days_publications_and_late_entries_are_no_events(text: str) -> None:
    assert wall_clock_when(text, date(2014, 4, 1)) == (None, None)


def test_a_commemoration_held_on_a_day_is_no_notice() -> None:
    # the commemoration's own day stays (which of the two days the reader then takes is not this
    # rule's concern: the remembered 1938 still comes first, as before)
    text = "Wir laden zum Gedenken an den 9. November 1938 am Sonntag, 9. November 2025, um 18 Uhr ein."
    assert not is_notice(text)
    assert is_notice("Erinnerung an den 6. Dezember 1941")


def test_a_championship_in_a_coming_month_is_that_month() -> None:
    text = "Sie ist jetzt schon eine heiße Kandidatin für die U23-EM im Juli."
    assert wall_clock_when(text, date(2015, 5, 27)) == ("2015-07-01", "2015-07-31")


# --- weekly rules, terms -----------------------------------------------------------------------


def test_a_regular_evening_on_a_weekday_is_a_weekly_rule() -> None:
    text = (
        "Die Mehrheit ist für einen regelmäßigen öffentlichen Themenabend am Freitag ab 19:00 Uhr."
    )
    found = parse_when(text, today=date(2019, 10, 5))
    assert (found.start or "")[:16] == "2019-10-11T19:00"
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=FR"


def test_a_regular_meeting_named_with_its_date_is_one_day() -> None:
    found = parse_when(
        "Die regelmäßige Sprechstunde am Dienstag, 12. März fällt aus.", today=date(2019, 3, 1)
    )
    assert found.recurrence is None


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorsitzende beantragt, die Anmietung der Räumlichkeiten bis zum 31. Mai 2021 fortzusetzen.",
        "Der Mietvertrag wird bis zum 31.12.2025 verlängert.",
        "Freie Plätze können danach noch bis zum 3. August vergeben werden.",
    ],
)
def test_terms_and_allotments_are_no_events(text: str) -> None:
    assert wall_clock_when(text, date(2020, 6, 20)) == (None, None)


# --- periods ----------------------------------------------------------------------------------


def test_a_note_after_a_periods_first_day_keeps_the_period() -> None:
    text = "Es findet vom Donnerstag, 16.06.2022 (Fronleichnam) bis zum Sonntag, 19.06.2022 statt."
    assert wall_clock_when(text, date(2022, 3, 15)) == ("2022-06-16", "2022-06-19")
    assert wall_clock_when("vom 12.03.2024 (Di) bis 15.03.2024 (Fr)", date(2024, 1, 1)) == (
        "2024-03-12",
        "2024-03-15",
    )


def test_days_told_before_their_verbs_are_a_period() -> None:
    text = (
        "Ein Fest, das am 10. Juni mit dem Umzug beginnt und am 11.06 mit dem Feuerwerk ausklingt."
    )
    assert wall_clock_when(text, date(2017, 4, 11)) == ("2017-06-10", "2017-06-11")


def test_two_days_whose_second_is_no_end_stay_one_day() -> None:
    text = "Der Kurs, der am 10. Juni beginnt und am 12. Juni wiederholt wird."
    assert wall_clock_when(text, date(2017, 4, 11)) == ("2017-06-10", None)


# --- the real strings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "openings"),
    [
        (
            224,
            (
                "Montabaur, der",
                "Puderbach",
                "Ransbach-Baumbach",
                "Udert",
                "Der Vorstand",
                "Die Einladung",
            ),
        ),
        (
            224,
            (
                "In diesem Jahr findet es vom",
                "Zuletzt berichtet",
                "Die Kassenprüfer",
                "Das Vorstandsmitglied",
            ),
        ),
        (
            226,
            (
                "Regensburg, 21. Mai",
                "Regensburg, 10. Mai 2015",
                "Regensburg, 12. Juni 2008",
                "Dennoch können",
            ),
        ),
        (226, ("Regensburg, 25. Mai 2018", "Regensburg, 27. Mai 2009", "Das vergangene Jahr")),
        (
            226,
            (
                "Zeitplan ab 29.05",
                "von Claus-Dieter",
                "Männer u. Frauen jew. 10",
                "Jackie Baumann ist",
            ),
        ),
        (225, ("Erinnerung an den", "Mahnwache |", "Inhalt: Ein Rechercheprojekt")),
        (224, ("Die Mehrheit ist für", "Beschlussfassung:")),
        (226, ("Freie Plätze können",)),
    ],
)
def test_the_round_strings_read_right(round_number: int, openings: tuple[str, ...]) -> None:
    cases = heldout_cases(round_number, openings)
    assert cases
    for case in cases:
        assert score(case)[0], case.text
