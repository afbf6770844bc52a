"""Causes found by held-out date rounds 312-314 (tests/normalize/date_strings_heldout_round312.yaml …).

- „Bitte ergänze Deine Angaben bis zum 10. Juli 2014.“, „Bitte teile uns bis zum 11.08.2014 über
  dieses Formular mit, …“, „… antworte uns daher bitte bis zum 05.06.2015.“: the imperative of
  completing one's data, telling or answering us by a day makes it a reply's last day; so do
  „Erhalten wir bis zum 10. Juli keine Angaben von Dir, …“ and motions handed in by a day
  („Beschlussanträge … kannst Du bis zum 24.03.2017 … einreichen.“) (``when_requests_by``).
- „am 11.05.2015 haben wir Dich zu BarCamp und Generalversammlung … eingeladen, welche am 12. und
  13.06.2015 in Potsdam stattfinden.“: the day an invitation went out, before the day it invites
  to, is reported nowhere (``when_mailing_days``).
- „… die Beiträge zum 1. Januar statt zum 1. Juli erheben können.“: the day dues are levied is no
  event's (``when_roles``).
- „Der Kontostand am 28. Dezember 2018 betrug 632,65 €.“ (a balance's stamp), „… ist ab 23.07.
  wieder aus dem Urlaub zurück“ (back from leave), „Die nächste … Mitgliederversammlung nach dem
  Treffen … am 18.04.2018 wurde für Mittwoch, den 25.04.2018 … angesetzt.“ (the occasion another
  day is set after), „Kassenerfassungszettel vom 28.01.2019 bis 11.09.2019“ (papers' dates)
  (``when_minutes_days``, new).
- „Artikel erscheint am 25.11.“: a press article's day out is a release (``when_releases``).
- „Umsetzung der DSGVO bis zum 25.05.2018“: work to be done by a day (``when_requests_by``).
- „Januar 2019 - Einzug der Mitgliedsbeiträge per Lastschrift“: dues drawn in a month
  (``when_month_asides``).
- „23. November 2018 - 14 Uhr Aufbau - 17 Uhr Anfang - 21 Uhr Ende“: the setting-up clock before
  its label is the doors', the clock before „Ende“ the end (``when_times``).
- „am kommenden Samstag (1.1.2020) ist Mitgliederversammlung …“ written on 26 February 2020: a
  bracketed day weeks past and of another weekday gives way to the coming Saturday
  (``when_today_slips``).
- „Philip vergleicht bis zum 25.05.18 die Angebote … Er gibt dann auf der Versammlung am 25.05.
  einen Überblick …“: a minutes' action item (a name, the task's verb, „bis“) is a task's last day,
  and the meeting's day in the next sentence stands (``when_task_deadlines``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


@pytest.mark.parametrize(
    "text",
    [
        "Bitte ergänze Deine Angaben bis zum 1. Juli.",
        "Bitte ergänzt eure Daten bis zum 1. Juli im Formular.",
        "Bitte teile uns bis zum 1. Juli mit, ob Du kommst.",
        "Teilt uns bitte bis Freitag, 1. Juli mit, wer mitfährt.",
        "Wenn möglich, antworte uns bitte bis zum 1. Juli.",
        "Bitte antwortet - wenn möglich - bis zum 1. Juli.",
        "Gebt uns bis zum 1. Juli Bescheid.",
        "Erhalten wir bis zum 1. Juli keine Rückmeldung, planen wir ohne Dich.",
        "Anträge zur Tagesordnung kannst Du bis zum 1. Juli einreichen.",
    ],
)
def test_a_reply_asked_for_by_a_day_is_a_deadline(text: str) -> None:
    assert _start_end(text, date(2024, 6, 1)) == (None, None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # no imperative: a run until the day stays a run
        ("Teile der Ausstellung sind bis zum 1. Juli zu sehen.", None, "2024-07-01"),
        # a passive, no request
        ("Ergänzt wird die Ausstellung bis zum 1. Juli durch Fotos.", None, "2024-07-01"),
        # a day we receive guests on is no deadline
        ("Am 1. Juli erhalten wir Besuch aus Potsdam.", "2024-07-01", None),
    ],
)
def test_no_request_keeps_the_day(text: str, start: str | None, end: str | None) -> None:
    assert _start_end(text, date(2024, 6, 1)) == (start, end)


def test_the_day_an_invitation_went_out_gives_way_to_the_day_invited_to() -> None:
    text = (
        "Am 2. Mai haben wir euch zum Sommerfest eingeladen, das am 15. Juni im Garten stattfindet."
    )
    assert _start_end(text, date(2024, 5, 10)) == ("2024-06-15", None)


def test_an_invitation_without_a_later_day_keeps_its_day() -> None:
    # the day one invites to a party one hosts is that party's (no other day is named)
    assert _start_end("Am 15. Juni haben wir euch zum Grillen eingeladen.", date(2024, 6, 20)) == (
        "2024-06-15",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wir wollen die Beiträge künftig zum 1. Januar erheben.",
        "Die Beiträge werden zum 1. März abgebucht.",
        "Die Beiträge zum 1. Januar statt zum 1. Juli erheben.",
    ],
)
def test_the_day_dues_are_levied_is_no_event(text: str) -> None:
    assert _start_end(text, date(2024, 10, 1)) == (None, None)


@pytest.mark.parametrize(
    "opening",
    [
        "Bitte ergänze Deine Angaben bis zum 01. Juli",
        "Bitte ergänze Deine Angaben bis zum 10. Juli",
        "Bitte komme zeitig",
        "am 11.05.2015 haben wir Dich",
        "Bitte teile uns dort rechtzeitig mit",
        "Bitte teile uns dort mit",
        "Beschlussanträge und Anträge",
        "Aus organisatorischen Gründen",
    ],
)
def test_round_313_strings(opening: str) -> None:
    assert_heldout_read(313, opening)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kontostand am 28. Dezember betrug 632,65 €.",
        "Am 28. Dezember betrug der Kassenstand 1.200 €.",
        "Sie ist ab 23.07. wieder aus dem Urlaub zurück.",
        "Kontoauszüge vom 28.01. bis 11.09.",
        "Artikel erscheint am 25.11.",
        "Umsetzung der Satzung bis zum 25.05.",
        "Januar - Einzug der Mitgliedsbeiträge per Lastschrift",
    ],
)
def test_days_beside_no_event_of_their_own_are_none(text: str) -> None:
    assert _start_end(text, date(2018, 12, 30)) == (None, None)


def test_the_occasion_a_meeting_is_set_after_gives_way() -> None:
    text = (
        "Die nächste Versammlung nach dem Treffen mit der Bibliothek am 18.04. wurde für "
        "Mittwoch, den 25.04. um 17.30 Uhr angesetzt."
    )
    assert _start_end(text, date(2018, 4, 11))[0] == "2018-04-25T17:30:00+02:00"


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        # without a day set for something else, the occasion's day stands
        ("Nach dem Gottesdienst am 18.04. gibt es Kaffee.", date(2018, 4, 11), "2018-04-18"),
        # a number of the next occasion sets no day: the past one reported stands
        (
            "Nach dem großen Erfolg unseres zweiten Jungen*tags am 18.09.2020 steht der Termin für "
            "den 3. Jungentag schon fest, er wird am 24.09.2021 stattfinden.",
            date(2021, 1, 10),
            "2020-09-18",
        ),
        # a place open again from a day keeps that day
        ("Die Bücherei ist ab 23.04. wieder geöffnet.", date(2018, 4, 11), "2018-04-23"),
        # the Nikolaus is no publication
        (
            "Der Nikolaus erscheint am 6. Dezember auf dem Marktplatz.",
            date(2018, 11, 1),
            "2018-12-06",
        ),
    ],
)
def test_days_of_their_own_are_kept(text: str, today: date, start: str) -> None:
    assert _start_end(text, today)[0] == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Fest 23. November - 14 Uhr Aufbau - 17 Uhr Anfang - 21 Uhr Ende", "17:00", "21:00"),
        ("Fest am 23. November, 17 Uhr Beginn, 21 Uhr Ende", "17:00", "21:00"),
        # a range's end before the check-in's label with its own clock stays the end
        ("23.11.: Versammlung 13 - 17 Uhr Akkreditierung ab 12 Uhr", "13:00", "17:00"),
    ],
)
def test_clocks_before_their_labels(text: str, start: str, end: str) -> None:
    found_start, found_end = _start_end(text, date(2018, 11, 14))
    assert (found_start or "")[11:16] == start
    assert (found_end or "")[11:16] == end


def test_an_end_before_a_deadlines_name_is_no_end() -> None:
    found = _start_end(
        "Fest am 23. November ab 17 Uhr, 16 Uhr Ende der Anmeldung", date(2018, 11, 14)
    )
    assert found == ("2018-11-23T17:00:00+01:00", None)


def test_a_coming_weekday_over_a_past_bracketed_slip() -> None:
    text = "am kommenden Samstag (1.1.2020) ist Mitgliederversammlung ab 11:00 Uhr"
    assert _start_end(text, date(2020, 2, 26)) == ("2020-02-29T11:00:00+01:00", None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the bracketed day is the coming Saturday: kept
        ("am kommenden Samstag (29.2.2020) ist Versammlung ab 11:00 Uhr", "2020-02-29"),
        # a Saturday ahead, though not the next one: the written day stands
        ("am kommenden Samstag (7.3.2020) ist Versammlung ab 11:00 Uhr", "2020-03-07"),
    ],
)
def test_a_coming_weekday_beside_a_fitting_day_keeps_it(text: str, start: str) -> None:
    assert (_start_end(text, date(2020, 2, 26))[0] or "")[:10] == start


@pytest.mark.parametrize(
    "opening",
    [
        "Die nächste reguläre Mitgliederversammlung",
        "Umsetzung der DSGVO",
        "Die Leiterin der Bibliothek",
        "Artikel erscheint",
        "Digitaler Aufbruch 23. November 2018",
        "Der Kontostand am",
        "Januar 2019 - Einzug",
        "am kommenden Samstag",
        "Kassenerfassungszettel",
    ],
)
def test_round_314_strings(opening: str) -> None:
    assert_heldout_read(314, opening)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Leon klärt bis zum 20.05. die Versicherung.", None),
        ("Anna erstellt bis zum 20. Mai das Programm. Das Fest ist am 2. Juni.", "2018-06-02"),
        ("- Olaf kümmert sich bis zum 20.05. um die Getränke.", None),
    ],
)
def test_a_minutes_action_item_is_a_tasks_last_day(text: str, start: str | None) -> None:
    assert _start_end(text, date(2018, 5, 9)) == (start, None)


def test_a_public_body_checking_by_a_day_is_no_action_item() -> None:
    # „Die Stadt prüft …“: two words before the verb, no member's name — the day stays an end
    assert _start_end("Die Stadt prüft bis zum 20.05. die Anträge.", date(2018, 5, 9)) == (
        None,
        "2018-05-20",
    )


def test_round_314_action_item() -> None:
    assert_heldout_read(314, "Philip vergleicht bis zum 25.05.18")
