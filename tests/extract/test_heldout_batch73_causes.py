"""Held-out German batch 73 (issue #11): the causes its pages showed, each with a unit test and
a test on the real page.

- ``title_text``: a line of parts between bars names its offering without the parts that only
  say when („Kirchenkonzert | Sonntag den 22. Dezember 2024 | Beginn: 17:00 Uhr“); „den“/„dem“
  between a weekday and its day and a time label left without its value are no part of a name.
- ``block_dates``: such a bar line is the row's date field, when the element around it goes on
  with the row's details; a bold day inside a sentence that says by when to register is the
  deadline's, not an event's.
- ``listing_row_context``: a row's name that opens its own date line is no place under a low
  heading („<h4>Aktivitäten</h4>“ over „Kekse backen | Samstag den 16. November | …“).
- ``event_page_labels``: „Zeitpunkt:“ labels an hour, „Ausgangs- und Endpunkt:“ and
  „Startpunkt:“ a place (a label's words may be joined by a hyphen).
- ``sentence_ends``: a sentence does not end after „Prof.“, „Dr.“, „St.“ nor after a day's number;
  ``prose_announcements`` (sections under headings) and ``shortened`` (a cut title) read it so.
- ``prose_announcements``: „bietet … an“, „ist … geplant“, „dürfen wir … begrüßen“ and „besuchen
  wir“ announce a society's programme point.
- ``bold_in_sentence`` (unit tests in test_bold_in_sentence): a bold day is the date, not a
  second name; of a paragraph's sentences only the dated one names the item; quotes and a full
  stop around the bold name go.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.event_page_labels import labelled_place, labelled_time
from netdir.extract.prose_announcements import announces_a_day
from netdir.extract.sentence_ends import first_full_stop, sentences
from netdir.extract.title_text import shortened, title_in_text, without_when_parts
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kirchenkonzert | Sonntag den 22. Dezember 2024 | Beginn: 17:00 Uhr", "Kirchenkonzert"),
        ("Kekse backen | Samstag den 16. November | Beginn: 15:00 Uhr", "Kekse backen"),
        (
            "Weihnachtsmarkt Verkauf | Donnerstag den 28. November bis Sonntag den 1. Dezember"
            " | Zeiten: Individuell nach Abklärung",
            "Weihnachtsmarkt Verkauf",
        ),
        ("Sommerfest, Samstag, den 12. Mai 2024, 14:00 Uhr", "Sommerfest"),
        ("Samstag den 12. Mai 2024: Sommerfest", "Sommerfest"),
        ("Konzert - Beginn: 19 Uhr", "Konzert"),
        ("Den Wald entdecken", "Den Wald entdecken"),  # „Den“ opening a name stays
        ("Tanz | Musik | Theater", "Tanz | Musik | Theater"),  # no part says when
    ],
)
def test_a_lines_name_without_its_when_parts(line: str, name: str) -> None:
    assert title_in_text(line) == name


def test_only_a_bar_line_with_a_part_of_days_loses_its_when_parts() -> None:
    assert without_when_parts("Herbstmarkt | Sa, 29.10.2016 | Zeiten: 11 - 18 Uhr") == "Herbstmarkt"
    assert without_when_parts("Beginn: 9 Uhr | Treffpunkt Rathaus") == (
        "Beginn: 9 Uhr | Treffpunkt Rathaus"
    )  # no part of days: the line is left as it is
    assert without_when_parts("Mittwochsprobe | In der Regel, jeden Mittwoch") == (
        "Mittwochsprobe | In der Regel, jeden Mittwoch"
    )
    # A day and its hours alone („18. April 2026 | 14:00 - 18:00 Uhr“): nothing is left to name.
    assert title_in_text(without_when_parts("18. April 2026 | 14:00 - 18:00 Uhr")) is None


def test_a_card_of_two_days_with_their_hours_stays_two_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „18. April 2026 | 14:00 - 18:00 Uhr<br>19. April 2026 | 10:00 - 14:00 Uhr“: no bar line of
    # a name, so the date field is both lines.
    records = inspect_corpus_page(capsys, "static-wollkultur-wittenberg-termine-2025")
    duit = [r["start"] for r in records if r["title"] == "Zwei Workshops mit Thorsten Duit"]
    assert duit == ["2026-04-18T14:00:00+02:00", "2026-04-19T10:00:00+02:00"]


def test_sentences_do_not_end_after_a_title_or_a_days_number() -> None:
    text = (
        "Am Freitag, 9. Oktober 2026, lädt der Verein zu einem Vortrag von Prof. Wolfgang"
        " Reinbold ein. Beginn ist um 20:00 Uhr mit Dr. Markus Schmitt in St. Michael."
    )
    assert len(sentences(text)) == 2
    line = "Das Vereinsjahr endet am Sonntag, 16. November mit der Versammlung. Danach Essen."
    assert first_full_stop(line) == line.index(". Danach")
    long = "Das Vereinsjahr endet am Sonntag, 16. November 2025 um 20 Uhr mit der diesjährigen " + (
        "Jahresversammlung. Wir planen, im Rahmen dieser Sitzung die dritte Ausgabe vorzustellen."
    )
    assert shortened(long) == long[: long.index("Jahresversammlung.") + len("Jahresversammlung.")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Am Sonntag, 13. September 2026, bietet Franz Kümmerle eine historische Ortsführung an.",
        "Am Donnerstag, 21. Mai 2026, ist eine Führung durch das Marktarchiv geplant.",
        "Am Montag, 15. Juni 2026, dürfen wir erneut Prof. Stephan Bierling begrüßen.",
        "Am Samstag, 7. Juni 2025 besuchen wir den Erinnerungsort BADEHAUS.",
        "Am Freitag, 9. Oktober 2026, lädt der Verein zu einem Vortrag von Prof. Wolfgang"
        " Reinbold, evangelischer Theologe, ein.",
    ],
)
def test_a_societys_programme_points_announce_their_day(paragraph: str) -> None:
    assert announces_a_day(paragraph)


def test_a_day_in_news_prose_still_announces_nothing() -> None:
    assert not announces_a_day("Am 3. März beschloss der Rat den Haushalt für das Jahr 2026.")


def test_an_excursions_labels_give_its_hour_and_place() -> None:
    tree = LexborHTMLParser(
        "<html><body><h1>Geschichtsexkursion</h1><p>Ausgangs- und Endpunkt: Ammergauer Haus,"
        " Eugen-Papst-Straße 9a<br>Zeitpunkt: 14.00 Uhr (Achtung! Uhrzeit geändert!)<br>"
        "Leitung: Franz Kümmerle</p></body></html>"
    )
    place = labelled_place(tree)
    assert place is not None and place[0].startswith("Ammergauer Haus, Eugen-Papst-Straße 9a")
    time = labelled_time(tree)
    assert time is not None and time[0].startswith("14.00 Uhr")


def _found(records: list[dict]) -> list[tuple[str, str | None]]:
    return [(r["title"], r["start"]) for r in records]


def test_the_orchestras_dates_page(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-kreuz-und-quer-alstaette-termine-2024")
    assert _found(records) == [
        ("Weihnachtsmarkt Auftritt 2024", "2024-11-29T17:15:00+01:00"),
        ("Kirchenkonzert", "2024-12-22T17:00:00+01:00"),
        ("Samstagsprobe fürs Adventskonzert", "2024-11-09T09:30:00+01:00"),
        ("Samstagsprobe fürs Kirchenkonzert", "2024-11-23T09:30:00+01:00"),
        ("Generalprobe fürs Kirchenkonzert", "2024-12-20T18:30:00+01:00"),
        ("Weihnachtsmarkt Auftritt", "2024-11-29T17:15:00+01:00"),
        ("Kekse backen", "2024-11-16T15:00:00+01:00"),
        ("Weihnachtsmarkt Verkauf", "2024-11-28"),
    ]
    assert records[-1]["end"] == "2024-12-01"


def test_the_societys_programme_under_headings(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "zola-hv-oberammergau-jahresprogramm-2026")
    assert _found(records) == [
        ("Besuch des Marktarchivs Garmisch-Partenkirchen", "2026-05-21T17:00:00+02:00"),
        ("Vortrag Prof. Stephan Bierling – USA", "2026-06-15T20:00:00+02:00"),
        ("Tag des offenen Denkmals – Ortsführung", "2026-09-13T13:00:00+02:00"),
        ("Vortrag Prof. Wolfgang Reinbold – Passionsspiele", "2026-10-09T20:00:00+02:00"),
        ("Generalversammlung 2026", "2026-11-13T20:00:00+01:00"),
    ]


def test_the_societys_programme_in_bold_prose(capsys: pytest.CaptureFixture[str]) -> None:
    titles = [
        r["title"] for r in inspect_corpus_page(capsys, "zola-hv-oberammergau-jahresprogramm-2025")
    ]
    assert "Oberammergauer Passion als Beispiel für dark tourism" in titles
    assert "150jährige Jubiläum der Kreuzigungsgruppe" in titles
    assert "Jahresversammlung" in titles


def test_an_excursion_post_without_its_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "zola-hv-oberammergau-badehaus-2025")
    # One record, the sign-up deadline none; its hour „Um 14 Uhr …“ stands in the next sentence.
    assert _found(records) == [
        ("Exkursion zum Erinnerungsort BADEHAUS", "2025-06-07T14:00:00+02:00")
    ]
    (excursion,) = inspect_corpus_page(capsys, "zola-hv-oberammergau-denkmaltag-2025")
    assert excursion["start"] == "2025-09-14T14:00:00+02:00"
    assert excursion["location"].startswith("Ammergauer Haus")
