"""A booking note in a title is no part of the event's name (held-out batch AB)."""

from __future__ import annotations

import pytest

from netdir.normalize.title_status import is_booking_status, without_booking_status


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
