"""A booking note in a title is no part of the event's name (held-out batch AB)."""

from __future__ import annotations

import pytest

from netdir.normalize.title_status import (
    is_booking_status,
    without_booking_status,
    without_status_marks,
)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Knack den Fall ! – AUSVERKAUFT", "Knack den Fall !"),
        (
            "Schneewittchen für Kinder & Hase und Igel – AUSVERKAUFT",
            "Schneewittchen für Kinder & Hase und Igel",
        ),
        ("Konzert (ausverkauft)", "Konzert"),
        ("AUSVERKAUFT: Lesung mit Anna Muster", "Lesung mit Anna Muster"),
        ("Jazz Night | Sold out!", "Jazz Night"),
        ("Winter-Ausverkauft", "Winter-Ausverkauft"),  # a word of the name, not a note
        ("SOLD OUT", "SOLD OUT"),  # the note is all there is
        ("Konzert – abgesagt", "Konzert – abgesagt"),  # a cancellation stays for classify_status
    ],
)
def test_without_booking_status(title: str, name: str) -> None:
    assert without_booking_status(title) == name


def test_is_booking_status() -> None:
    assert is_booking_status("ausverkauft")
    assert is_booking_status("SOLD OUT!")
    assert not is_booking_status("Tickets")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # held-out batch 54's trombone choir: how firm the plan is, not the name
        ("Voraussichtlich Nikolausmarkt", "Nikolausmarkt"),
        (
            "Konzert 'Kerzenhelle wird die Nacht' (Teilnahme angefragt)",
            "Konzert 'Kerzenhelle wird die Nacht'",
        ),
        ("Sommerfest (unter Vorbehalt)", "Sommerfest"),
        ("Voraussichtlich", "Voraussichtlich"),  # the note is all there is
        ("voraussichtlich ab 18 Uhr", "voraussichtlich ab 18 Uhr"),  # no name follows
        ("Auftritt angefragt beim Stadtfest", "Auftritt angefragt beim Stadtfest"),
    ],
)
def test_without_a_tentative_note(title: str, name: str) -> None:
    assert without_booking_status(title) == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # the Lenbachhaus's calendar: the record's status says it (status cancelled)
        (
            "Kaffeeklatsch mit dem Lenbachhaus-Team (abgesagt)",
            "Kaffeeklatsch mit dem Lenbachhaus-Team",
        ),
        (
            "Herkunft und Heute. Im Dialog mit der Sammlung (Abgesagt)",
            "Herkunft und Heute. Im Dialog mit der Sammlung",
        ),
        ("Board Meeting [Cancelled]", "Board Meeting"),
        # a card's line under the name, and a heading's mark before it (the dates say past)
        (
            "Empowerment und Selbstschutz in Beziehungen- Grenzen setzen und halten vergangene Veranstaltung",
            "Empowerment und Selbstschutz in Beziehungen- Grenzen setzen und halten",
        ),
        (
            'Vergangene Veranstaltung: "Als Erste aus der Familie an der Universität"',
            "Als Erste aus der Familie an der Universität",
        ),
        ("CANCELLED - Board Meeting", "CANCELLED - Board Meeting"),  # written into the name
        ("Konzert – abgesagt", "Konzert – abgesagt"),
        ("(abgesagt)", "(abgesagt)"),  # the mark is all there is
        ("Vergangene Veranstaltungen im Rückblick", "Vergangene Veranstaltungen im Rückblick"),
    ],
)
def test_without_status_marks(title: str, name: str) -> None:
    assert without_status_marks(title) == name


def test_a_cancelled_title_keeps_its_status() -> None:
    from datetime import date

    from netdir.normalize import normalize_record
    from netdir.records import RawRecord

    raw = RawRecord(
        source_id="s",
        page_url="https://example.org/",
        extractor="listing",
        title="Kaffeeklatsch mit dem Lenbachhaus-Team (abgesagt)",
        start="2026-09-16T15:00",
    )
    offering = normalize_record(raw, today=date(2026, 9, 1))
    assert offering.title == "Kaffeeklatsch mit dem Lenbachhaus-Team"
    assert offering.status == "cancelled"
