"""An undated row of a dated list that is prose around a link, a footnote or a closing note."""

from __future__ import annotations

from netdir.extract.prose_link_rows import (
    is_a_note_sentence,
    is_prose_around_a_link,
    undated_prose_row,
)

_MENTION = (
    "Der Stammtisch im März hat nur virtuell stattgefunden. Die Zugangsdaten wurden vorher auf "
    "der Mailing Liste kund getan."
)
_NOTE = "Bitte über diese Seite oder die Mailingliste informieren, wann die nächsten Termine stattfinden."


def test_a_link_a_sentence_mentions_or_a_footnote_opens() -> None:
    assert is_prose_around_a_link(_MENTION, "Mailing Liste")
    assert is_prose_around_a_link("[1] About Jitsi", "About Jitsi")
    assert is_prose_around_a_link("(2) Programm", "Programm")


def test_a_row_named_by_its_link_is_no_mention() -> None:
    # A course row opening with its linked name and a description after it.
    assert not is_prose_around_a_link(
        "Python für Einsteiger: ein Kurs in drei Abenden. Wann: auf Anfrage.",
        "Python für Einsteiger",
    )
    assert not is_prose_around_a_link("Termin nach Absprache: Hofführung", "Hofführung")
    assert not is_prose_around_a_link("[1] About Jitsi", "Mailing Liste")


def test_a_whole_sentence_of_many_words_is_a_note() -> None:
    assert is_a_note_sentence(_NOTE)
    assert not is_a_note_sentence("Stammtisch der Linux User Group Tübingen")
    assert not is_a_note_sentence("Workshop.")
    assert not is_a_note_sentence("Ein Kurs in drei Abenden. Für alle, die Python lernen möchten.")


def test_undated_prose_row_reads_the_title_by_where_it_came_from() -> None:
    assert undated_prose_row(_MENTION, "Mailing Liste", "listing:div.text>p p>a")
    assert not undated_prose_row(_MENTION, "Mailing Liste", "listing:div.text>p h3")
    assert undated_prose_row(_NOTE, _NOTE, "listing:div.text>p b (bold line over a link in prose)")
    assert not undated_prose_row("", None, "listing:p>a")
