"""Causes found by held-out date rounds 307-309 (tests/normalize/date_strings_heldout_round307.yaml …).

- „Wir laden ein zum Arbeits-Meeting am Samstag, den 6.11., … Bitte formuliert das Thema so, dass es
  klar und eindeutig entschieden werden kann.“: a decision names the day of its own sentence only; a
  sentence without a day or a month decides a topic, and the invitation's day in another sentence
  stands (``when_notices``).
- „Das RCA-Video-Onlinemeeting findet jeweils Samstag 19-20:30 Uhr statt.“: a weekly rule's hours
  right after „jeweils <weekday>“ stay outside the rule's span, so its clock range is read from its
  start (``when_recurrence``).
- „Ab dem 01. Oktober 2017 gilt seitdem die gleichgeschlechtliche Ehe auch in Deutschland.“: a law
  holding „seitdem“ from its one day is a state since then (``when_notices``).
- „“Vor lauter Schreck ist Horst Seehofer … krank geworden.” Sitzung 220, 08.03.2017“: a quoted
  sentence, then who said it or where, then a day ending the text is the day the words were said
  (``when_citations``).
- „… haben wir von Januar bis Juni 2018 vier Workshops durchgeführt, in denen …“: the perfect's
  participle closing the main clause before a comma, a colon or a second participle tells past
  months as the past tense does (``when``).
- „Die kompletten Materialien und Abläufe folgen im März 2019.“: when papers or details are to
  follow names no offering's month (``when``).
- „Dann schreibt uns an info@… (erreichbar bis zum 31.05.2019)“: how long an address answers is no
  event's end (``when_citations``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


def test_a_decision_without_a_day_leaves_the_invitations_day() -> None:
    text = (
        "Wir laden ein zum Treffen am Samstag, den 6.11., um Belange zu besprechen. "
        "Bitte formuliert das Thema so, dass es klar entschieden werden kann."
    )
    assert _start_end(text, date(2021, 9, 6)) == ("2021-11-06", None)


@pytest.mark.parametrize(
    "text",
    [
        # the day a decision falls is no offering's day (as before)
        "Ob das Fest stattfindet, wird am 3. Mai entschieden.",
        "Über Neuaufnahmen kann etwa Ende Mai entschieden werden.",
        "Das Treffen ist geplant. Ob es stattfindet, wird am 3. Mai entschieden.",
    ],
)
def test_a_decision_naming_its_day_is_still_no_event(text: str) -> None:
    assert _start_end(text, date(2024, 4, 1)) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Das Treffen findet jeweils Samstag 19-20:30 Uhr statt.",
        "Das Treffen findet jeweils Samstag 19:00 - 20:30 Uhr statt.",
        "Das Treffen findet jeweils Samstag 19 bis 20:30 Uhr statt.",
    ],
)
def test_jeweils_weekday_hours_start_at_the_first_clock(text: str) -> None:
    found = parse_when(text, today=date(2020, 9, 10))
    assert (found.start, found.end, found.recurrence) == (
        "2020-09-12T19:00:00+02:00",
        "2020-09-12T20:30:00+02:00",
        "FREQ=WEEKLY;BYDAY=SA",
    )


def test_jeweils_weekday_before_a_deadline_clock_is_still_no_rule() -> None:
    assert _start_end("Anmeldung jeweils Montag bis 09:00 Uhr", date(2020, 9, 10)) == (None, None)


def test_a_law_holding_since_its_day_is_no_event() -> None:
    text = "Ab dem 1. Mai 2017 gilt seitdem die neue Regel auch bei uns."
    assert _start_end(text, date(2017, 10, 20)) == (None, None)


def test_a_rule_from_a_day_beside_another_day_is_not_dropped() -> None:
    # (two days: the state since one of them leaves the text's reading to the grammar)
    text = "Ab dem 1. Mai gilt seitdem die neue Regel. Das nächste Treffen ist am 5. Mai um 18 Uhr."
    assert _start_end(text, date(2017, 4, 20))[0] is not None


@pytest.mark.parametrize(
    "text",
    [
        "“Vor lauter Schreck ist er dann krank geworden.” Sitzung 220, 08.03.2017",
        "„Die Schule bleibt offen.“ Angela Merkel, 12.5.2019",
    ],
)
def test_a_quotations_attribution_day_is_no_event(text: str) -> None:
    found = parse_when(text, today=date(2019, 6, 1))
    assert (found.start, found.end) == (None, None)
    assert found.published is not None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Lesung „Der Fall“ Stadtbibliothek, 08.03.2027", "2027-03-08"),
        ("Konzert „Kommt alle!“ Stadthalle, 08.03.2027", "2027-03-08"),
        ('Konzert "Frühling." Samstag, 08.03.2027', "2027-03-08"),
    ],
)
def test_a_quoted_title_before_its_day_keeps_the_day(text: str, start: str) -> None:
    assert _start_end(text, date(2027, 1, 10))[0] == start


@pytest.mark.parametrize(
    "text",
    [
        "Aufbauend darauf haben wir von Januar bis Juni 2018 vier Workshops durchgeführt, in denen "
        "wir mit Sensoren experimentierten",
        "In 16 Folgen von Dezember 2017 bis April 2018 haben wir viele Themen aufgegriffen und "
        "jugendgerecht aufbereitet: von Fake News bis Darknet!",
    ],
)
def test_past_months_in_the_perfect_before_a_clause_are_none(text: str) -> None:
    assert _start_end(text, date(2018, 9, 3)) == (None, None)


def test_coming_months_in_the_perfect_keep_their_period() -> None:
    text = "Von Oktober bis Dezember 2018 haben wir drei Workshops geplant, die allen offen stehen."
    assert _start_end(text, date(2018, 9, 3)) == ("2018-10-01", "2018-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "Die kompletten Materialien und Abläufe folgen im März 2019.",
        "Weitere Infos folgen voraussichtlich im Mai.",
    ],
)
def test_material_to_follow_in_a_month_is_no_event(text: str) -> None:
    assert _start_end(text, date(2018, 12, 11)) == (None, None)


def test_an_event_in_a_coming_month_keeps_it() -> None:
    assert _start_end("Der nächste Workshop folgt im März 2019.", date(2018, 12, 11)) == (
        "2019-03-01",
        "2019-03-31",
    )


def test_an_address_answering_until_a_day_is_no_end() -> None:
    text = "Schreibt uns an info@example.org (erreichbar bis zum 31.05.2019) oder an uns."
    assert _start_end(text, date(2019, 4, 23)) == (None, None)


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (307, "Wir laden ein zum Arbeits-Meeting am Samstag"),
        (307, "Das RCA-Video-Onlinemeeting findet jeweils Samstag"),
        (307, "RCA-Video-Onlinemeeting (Zoom) findet jeweils Sonntag"),
        (308, "Mit 393 Ja-Stimmen"),
        (308, "“Vor lauter Schreck"),
        (309, "In insgesamt 16 Folgen"),
        (309, "Aufbauend auf den Ergebnissen"),
        (309, "Die kompletten Materialien"),
        (309, "Ihr habt noch Fragen?"),
    ],
)
def test_real_strings(number: int, opening: str) -> None:
    assert_heldout_read(number, opening)
