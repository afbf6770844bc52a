"""A line that is only a bracketed remark is no name."""

from __future__ import annotations

from netdir.extract.bracketed_notes import is_bracketed_note


def test_a_bracketed_remark_alone_is_a_note() -> None:
    assert is_bracketed_note("(afternoon beverages available)")
    assert is_bracketed_note(" [Änderung vorbehalten] ")


def test_words_outside_the_bracket_make_a_name() -> None:
    assert not is_bracketed_note("Session W-4 (afternoon beverages available)")
    assert not is_bracketed_note("(Not) a Conference")
    assert not is_bracketed_note("Session W-4")
    assert not is_bracketed_note("")

