"""A pictograph before a field's label („📅 Datum:“, „🕒 Uhrzeit:“, „📍 Ort:“) still opens the
label (netdir.extract.label_marks; held-out batch 60)."""

from __future__ import annotations

import pytest

from netdir.extract.block_places import PLACE_LABEL
from netdir.extract.title_text import LABELLED, PLACE_LINE, title_in_text
from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_pictograph_before_a_label_is_part_of_the_label() -> None:
    assert LABELLED.match("📅 Datum: Donnerstag, 6. November 2025")
    assert LABELLED.match("🕒Uhrzeit: 17:30 Uhr")
    assert PLACE_LINE.match("📍 Ort: HTL-Leonding")
    place = PLACE_LABEL.match("📍 Ort: HTL-Leonding")
    assert place is not None and place.group(1) == "HTL-Leonding"
    # The label alone names nothing.
    assert title_in_text("📅 Datum:") is None
    # A pictograph before a name is no label: „🎉 Sommerfest“ still names the event.
    assert not LABELLED.match("🎉 Sommerfest: Musik und Grill")
    assert title_in_text("🎉 Sommerfest") is not None


def test_a_plural_dates_label_is_a_date_label() -> None:
    # „Venue and Location: …<br>Dates: 23-25 July 2017“ (English listing batch AV): the line is
    # the meeting's days, not an offering named „Dates“.
    assert LABELLED.match("Dates: 23-25 July 2017")
    assert LABELLED.match("Date: 23 July 2017")
    assert not LABELLED.match("Dateshead Fair: 23 July 2017")
    assert title_in_text("Dates:") is None


def test_course_cards_with_pictograph_labels_give_name_clock_and_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h3>🤖 KI im Alltag …</h3><p><strong>📅 Datum:</strong> Donnerstag, 6. November 2025<br>
    # <strong>🕒 Uhrzeit:</strong> 17:30 Uhr<br><strong>📍 Ort:</strong> HTL-Leonding</p>“.
    # Before: every record named „📅 Datum“, without its clock and place. (The emoji before
    # each name is no part of it: ``normalize/title_icons``, batch BT.)
    records = inspect_corpus_page(capsys, "jekyll-senioren-it-leonding-kursabende-2025")
    assert [(r["title"], r["start"][:16], r["location"]) for r in records] == [
        ("KI im Alltag: Einsatz im privaten Umfeld", "2025-11-06T17:30", "HTL-Leonding"),
        ("Radfahren mit Komoot", "2025-11-27T17:30", "HTL-Leonding"),
        ("Optimale Handynutzung", "2025-12-04T17:30", "HTL-Leonding"),
        ("Ohne Backup kein Mitleid", "2025-12-11T17:30", "HTL-Leonding"),
        ("Sicherer Umgang mit Zugangsdaten", "2026-01-08T17:30", "HTL-Leonding"),
    ]
