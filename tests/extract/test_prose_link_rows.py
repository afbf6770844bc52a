"""An undated row of a dated list that is prose around a link, a footnote or a closing note."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.prose_link_rows import (
    is_a_note_sentence,
    is_prose_around_a_link,
    text_around_the_link,
    undated_prose_row,
)
from netdir.html_depth import parse_html

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


def _row(html: str) -> list[LexborNode]:
    return [parse_html(f"<html><body>{html}</body></html>").css_first("body > *")]


def test_undated_prose_row_reads_the_title_by_where_it_came_from() -> None:
    mention = _row(f"<p>{_MENTION.replace('Mailing Liste', '<a href=/ml>Mailing Liste</a>')}</p>")
    assert undated_prose_row(mention, "Mailing Liste", "listing:div.text>p p>a")
    assert not undated_prose_row(mention, "Mailing Liste", "listing:div.text>p h3")
    assert undated_prose_row(_row(f"<p><b>{_NOTE}</b></p>"), _NOTE, "listing:p b (bold line)")
    assert not undated_prose_row(_row("<p></p>"), None, "listing:p>a")


def test_a_link_in_its_own_name_cell_under_a_timed_line_is_a_name() -> None:
    # holzwurm-recklinghausen: „Konzertbeginn: 16 Uhr Einlass: ab 15 Uhr“ above the linked name,
    # a description sentence below it that repeats the name: the link names the offering.
    row = _row(
        '<div class="termin"><div class="termin-zeit">Konzertbeginn: 16 Uhr Einlass: ab 15 Uhr'
        '</div><div class="termin-name"><a href="/k">Kaffee- und Kuchenkonzert</a>'
        ' <span class="badge">Stadt RE</span></div><div class="termin-beschreibung">Am Samstag'
        " findet wieder das traditionelle Kaffee- und Kuchenkonzert statt.</div></div>"
    )
    assert text_around_the_link(row, "Kaffee- und Kuchenkonzert") == (
        "Kaffee- und Kuchenkonzert Stadt RE"
    )
    assert not undated_prose_row(row, "Kaffee- und Kuchenkonzert", "listing:div.termin-name>a")
