"""A line that is only a bracketed remark is no name."""

from __future__ import annotations

from netdir.extract.bracketed_notes import is_bracketed_note
from netdir.extract.title_text import title_in_text


def test_a_bracketed_remark_alone_is_a_note() -> None:
    assert is_bracketed_note("(afternoon beverages available)")
    assert is_bracketed_note(" [Änderung vorbehalten] ")


def test_words_outside_the_bracket_make_a_name() -> None:
    assert not is_bracketed_note("Session W-4 (afternoon beverages available)")
    assert not is_bracketed_note("(Not) a Conference")
    assert not is_bracketed_note("Session W-4")
    assert not is_bracketed_note("")


def test_a_note_left_open_by_its_cut_clock_leaves_the_name() -> None:
    # „Night Owl Session W-6 (Ambridge closes by 10 pm)“ (English listing batch AV): the clock
    # is taken out of the title; the bracket it closed goes with the rest of the note.
    assert title_in_text("Night Owl Session W-6 (Ambridge closes by 10 pm)") == (
        "Night Owl Session W-6"
    )
    assert title_in_text("Konzert (Einlass ab 19 Uhr)") == "Konzert"
    assert title_in_text("Sommerfest (Grillen)") == "Sommerfest (Grillen)"
    assert title_in_text("Vortrag (Teil 1) 19:00") == "Vortrag (Teil 1)"


def test_a_bracket_that_held_only_the_day_and_clock_goes_with_them() -> None:
    # A calendar script's feed title „[2026-06-05 20:00] Casual Linkup“: before, the name kept
    # the closing „]“; a bracket around a clock alone („(19:00Uhr) Onlinecall“) went already.
    assert title_in_text("[2026-06-05 20:00] Casual Linkup@bitcircus101 (1FR)") == (
        "Casual Linkup@bitcircus101 (1FR)"
    )
    assert title_in_text("(19:00Uhr) Onlinecall") == "Onlinecall"
    assert (
        title_in_text("[Vortrag] 12.05.2026 Offene Werkstatt")
        == "[Vortrag] 12.05.2026 Offene Werkstatt"
    )
