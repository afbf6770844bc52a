"""Causes found on held-out batch 62 (an open-air theatre's dates pages and a congregation's
Grav site), each pinned on its real page of the corpus (tests/realpages/README.md) and on the
small function that fixes it (tests/extract/test_date_lines.py)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_bare_date_lines_of_one_box_are_the_days_of_the_play_named_above(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Unser Sommernachtstheater 2012 <b>„Das Haus in Montevideo“</b> … an folgenden Tagen
    # aufgeführt:“ over a box of six `<strong>` dates joined by <br>, the hours below: „… eine
    # Nachmittagsvorstellung am 19. August um 15 Uhr … Alle anderen Aufführungen beginnen wie
    # gewohnt um 20.00 Uhr.“ Before: no records.
    records = inspect_corpus_page(capsys, "smarty-fast-kaisersesch-montevideo-2012")
    assert {r["title"] for r in records} == {"Das Haus in Montevideo"}
    assert [r["start"][:16] for r in records] == [
        "2012-08-17T20:00",
        "2012-08-18T20:00",
        "2012-08-19T15:00",
        "2012-08-24T20:00",
        "2012-08-31T20:00",
        "2012-09-01T20:00",
    ]


def test_yearless_date_lines_with_their_clock_under_a_bold_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Am 1. Adventswochenende 2010 präsentieren wir … unser diesjähriges
    # <strong>Krippenspiel</strong>.“ over „Samstag, 27. November, 18 Uhr<br>Sonntag, 28.
    # November, 17 Uhr“. Before: no records.
    records = inspect_corpus_page(capsys, "smarty-fast-kaisersesch-krippenspiel-2010")
    assert [(r["title"], r["start"][:16]) for r in records] == [
        ("Krippenspiel", "2010-11-27T18:00"),
        ("Krippenspiel", "2010-11-28T17:00"),
    ]


def test_sentences_that_name_their_service_in_bold_are_the_posts_items(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A post's list: „Der <strong>Eröffnungsgottesdienst</strong> der Kirchentagswoche wird am
    # Sonntag, dem 23. August, um 10 Uhr … übertragen.“, „Der <strong>Jugendgottesdienst</strong>
    # am Freitag, dem 28. August, findet um 20 Uhr im Waldfrieden … statt.“ Before: one record
    # named by the post („Kirchentagswoche 2020“) at the first line's day.
    records = inspect_corpus_page(capsys, "grav-smh-gemeinden-kirchentagswoche-2020")
    starts = {r["title"]: r["start"][:16] for r in records}
    assert starts["Schule für Geisteswissenschaft"] == "2020-08-22T17:00"
    assert starts["Eröffnungsgottesdienst"] == "2020-08-23T10:00"
    assert starts["Geburtstagsgottesdienst"] == "2020-08-24T11:00"  # „…, wird um 11 Uhr“
    assert starts["Kirchentagsfestgottesdienst"] == "2020-08-30T11:00"  # „…, der um 11 Uhr beginnt“
    assert starts["Jugendgottesdienst"] == "2020-08-28T20:00"
    assert "Kirchentagswoche 2020" not in starts


def test_a_badge_stamped_at_midnight_keeps_the_clock_it_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <time class="event-date" datetime="2021-06-20T00:00:00+02:00"><span>20.</span>
    # <span>Juni</span><span>11:30 – 16:00 Uhr</span><span>2021</span></time>. Before: the
    # event at midnight, without its end.
    (record,) = inspect_corpus_page(capsys, "grav-events-smh-gemeinden-gemeindetag-steglitz-2021")
    assert record["start"].startswith("2021-06-20T11:30")
    assert record["end"].startswith("2021-06-20T16:00")
