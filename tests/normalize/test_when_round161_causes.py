"""Causes of rounds 161-163's misses (a dance teacher's courses, outdoor radio amateurs' meetings, a
Swiss youth sports festival): sign-up switched on or closed, a bill paid or a sign-up made "bis am"
a day, the n-th full weekend of a month, Ascension Day spelt with an s, a day's programme "heute",
a report's lead opening with its weekday and clock, a decision that "fiel" in a past month."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_signup_state import signup_opened_or_closed


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("Die Wettkampfanmeldung für Vereine wird am 16. September im STV-Contest aufgeschaltet.",
         date(2024, 8, 11)),
        ("Die Anmeldung ist seit dem 20. Dezember 2024 abgeschlossen.", date(2025, 1, 8)),
        ("Die Online-Anmeldung wird am Montag, 3. März freigeschaltet.", date(2025, 2, 1)),
        ("Danach muss die namentliche Meldung bis am 28. Februar gemacht werden.", date(2024, 8, 11)),
        ("Die Rechnung dafür muss bis am 28. Februar 2025 beglichen werden.", date(2025, 2, 19)),
    ],
)  # fmt: skip
def test_the_day_sign_up_opens_closes_or_is_due_is_no_event(text: str, today: date) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end) == (None, None)
    assert found.deadline is not None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the sign-up is no subject of the clause: a tour opens after it
        ("Nach der Anmeldung wird am ", " eine Führung eröffnet."),
        # the state is in another clause
        ("Die Anmeldung ist am ", ". Danach ist das Büro geschlossen."),
        # no state at all: the sign-up's own evening
        ("Die Anmeldung ist am ", " von 18 bis 20 Uhr im Vereinsheim."),
    ],
)
def test_other_sign_up_sentences_are_no_state(before: str, after: str) -> None:
    assert not signup_opened_or_closed(before, after)


def test_an_exhibition_open_until_a_day_keeps_its_end() -> None:
    found = parse_when(
        "Die Ausstellung kann bis 31. März besichtigt werden.", today=date(2025, 3, 1)
    )
    assert found.end == "2025-03-31"


@pytest.mark.parametrize(
    ("text", "today", "days"),
    [
        ("Am dritten vollem Wochenende im Juli findet das Support Your Parks Weekend des Sommer 2026 "
         "statt!", date(2026, 6, 29), ("2026-07-18", "2026-07-19")),
        # the last weekend's Sunday falls in February: the last full one is the week before
        ("am letzten vollen Wochenende im Januar 2026", date(2025, 12, 1),
         ("2026-01-24", "2026-01-25")),
        ("am letzten Wochenende im Januar 2026", date(2025, 12, 1), ("2026-01-31", "2026-02-01")),
        ("the second full weekend in June", date(2026, 1, 1), ("2026-06-13", "2026-06-14")),
    ],
)  # fmt: skip
def test_the_nth_full_weekend_of_a_month(text: str, today: date, days: tuple[str, str]) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end) == days


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        # Ascension Day spelt with an s
        ("Am Himmelsfahrtstag 2024 hat ein kleines Aktivierer-Team vom OV M21 erstmalig das "
         "Rosarium in Uetersen (DE-0548) aktiviert.", date(2024, 5, 15), "2024-05-09"),
        # what the day's programme held is today ...
        ("Heute stand für Yannick DK8YS und mich, Torsten DA6TW, das WWBOTA-Bunkerfest 2026 auf "
         "dem Programm.", date(2026, 7, 25), "2026-07-25"),
        # ... standing up today is no day
        ("Heute stand ich früh auf und fuhr mit dem Rad zum Park, wo die Antenne schon aufgebaut "
         "war und die ersten Verbindungen liefen.", date(2026, 7, 25), None),
        # a report's lead opening with its weekday (written out) and clock, however long
        ("Samstag, 11 Uhr, Harburger Stadtpark. Auf einer kleinen Terrassenfläche direkt am See "
         "treffen sich rund zehn Personen im leichten Schneegestöber.", date(2023, 2, 25),
         "2023-02-25T11:00:00+01:00"),
        # an abbreviated weekday opening a long text stays no day
        ("Sa, 11 Uhr ist bei uns im Verein meistens nichts los, weil alle Mitglieder dann auf dem "
         "Markt sind und erst am Nachmittag wieder zurückkommen.", date(2023, 2, 25), None),
        # a decision that fell in a past month is history
        ("Der Entscheid zur Durchführung des Jugendturnfestes fiel kurzfristig an der "
         "Generalversammlung des TSV Mettauertal im Januar 2024.", date(2025, 6, 11), None),
    ],
)  # fmt: skip
def test_days_named_by_feast_today_weekday_or_past_month(
    text: str, today: date, start: str | None
) -> None:
    assert parse_when(text, today=today).start == start


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        # a move told in the past to a day a week before the report: that day (round 155)
        ("Die Generalversammlung, welche ursprünglich im Dezember geplant war, wurde aufgrund der "
         "Corona-Situation auf den 22. Juni verschoben.", date(2021, 6, 29), "2021-06-22"),
        # ... to a day months back: the coming one (round 13)
        ("Das Konzert wurde auf den 2. Oktober verschoben.", date(2020, 3, 30), "2020-10-02"),
        # a move told ahead: the coming one
        ("Die Sitzung wird auf den 22. Juni verschoben.", date(2021, 6, 29), "2022-06-22"),
        # a move told in the past to a day two months back: the coming one
        ("Die Sitzung wurde auf den 22. Juni verschoben.", date(2021, 8, 29), "2022-06-22"),
    ],
)  # fmt: skip
def test_a_day_moved_onto_just_before_the_report_is_that_day(
    text: str, today: date, start: str
) -> None:
    assert parse_when(text, today=today).start == start
