"""The place an English lead names for all the list's events (extract.place_for_all)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.all_meetings import place_for_all
from netdir.extract.place_for_all import lead_place_for_all


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Meeting place for all hikes will be Prince George City Hall parking area, unless "
            "arranged otherwise. To confirm the meeting place and other details, click on the hike.",
            "Prince George City Hall parking area",
        ),
        (
            "All meetings are held in the Council Chambers of Town Hall.",
            "Council Chambers of Town Hall",
        ),
        ("Regular meetings take place at the Community Hall.", "Community Hall"),
        (
            # a calendar's heading line: „to be held“
            "All meetings to be held at Tanyard Hall, 30 Station Road, Gomshall",
            "Tanyard Hall, 30 Station Road, Gomshall",
        ),
        (
            "The meeting point for all walks is Hauptstraße 5, 12345 Musterstadt.",
            "Hauptstraße 5, 12345 Musterstadt",
        ),
        (
            # whose meetings, that they are public, their day and hour, then the place
            "All meetings of the Library Board of Trustees are open to the public and held on the"
            " third Wednesday of each month at 7 p.m. at the Warrenville Public Library, 28W751"
            " Stafford Place, Warrenville, IL 60555 unless otherwise specified. Agendas are posted"
            " at least 48 hours in advance of a meeting.",
            "Warrenville Public Library, 28W751 Stafford Place, Warrenville, IL 60555",
        ),
    ],
)
def test_a_sentence_for_all_events_names_their_place(text: str, place: str) -> None:
    assert place_for_all(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Meetings are held in the evening.",  # no venue
        "The meeting place will be announced by email.",  # not for all, no venue
        "Our hike to Crest Circuit meets at the City Hall parking area.",  # one event
        "All meetings of the board are open to the public and held on Mondays.",  # no place
    ],
)
def test_other_sentences_name_no_place(text: str) -> None:
    assert place_for_all(text) is None


def test_the_lead_may_stand_several_wrappers_above_the_table() -> None:
    html = (
        "<main><div><div id='lead'><p>Meeting place for all hikes will be Prince George City Hall"
        " parking area, unless arranged otherwise.</p></div>"
        "<div class='view'><div><div><table><tbody><tr id='first'><td>July 1</td></tr>"
        "</tbody></table></div></div></div></div></main>"
    )
    first = LexborHTMLParser(html).css_first("#first")
    assert first is not None
    assert lead_place_for_all(first) == "Prince George City Hall parking area"


def test_a_long_lead_without_a_place_is_read_quickly() -> None:
    # (the optional „of the …“ and „on …“ parts must not backtrack over a long text)
    text = "All meetings of the " + "board " * 3000 + "are held on " + "Monday " * 3000
    assert place_for_all(text) is None
