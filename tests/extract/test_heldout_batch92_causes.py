"""Held-out batch 92 (single-event pages: a Gymnasium's news posts, frab event pages of a
congress's German talks, an association's film festival and a re-posted press release): the
general causes of what netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.announced_name import extra_date_name
from netdir.extract.bold_labels import bold_labels_apart
from netdir.extract.event_page_titles import without_its_type
from netdir.extract.labelled_length import with_labelled_end, with_length_end
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.repeated_day_end import clock_told_again_in_a_sentence
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    """(title, start, end, the place the page gives) of each record."""
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, n.start, n.end, raw.location_text) for raw, n in read]


# Cause 1: frab's public event page states its facts in an English Info box — „Day:“ /
# „2016-12-29“, „Start time:“ / „21:15“, „Duration:“ / „00:30“, „Room:“ / „Saal 2“ — and names
# the event by its type and title („<h2>lecture: Irren ist staatlich</h2>“) over a subtitle h3.
# „Day:“ was no date label, so the listing detector took the Info box's three h3 sections for a
# list („Info“, „Links:“, „Feedback“); „Room:“ was no place and the length gave no end.


def test_a_schedule_type_before_the_name_is_no_part_of_it() -> None:
    assert without_its_type("lecture: Irren ist staatlich") == "Irren ist staatlich"
    assert without_its_type("theater/performance: Nicht öffentlich.") == "Nicht öffentlich."
    assert without_its_type("Workshop: Einführung in Python") == "Workshop: Einführung in Python"
    assert without_its_type("Sommerfest: Programm") == "Sommerfest: Programm"


def test_a_labelled_length_gives_the_end() -> None:
    today = date(2016, 12, 30)
    assert with_length_end("2016-12-29, 21:15", "00:30", today) == "2016-12-29, 21:15 – 21:45"
    assert with_length_end("2016-12-28, 23:45", "01:00", today) == "2016-12-28, 23:45 – 00:45"
    assert with_length_end("Fr, 3. März 2017, 19 Uhr", "90 Minuten", today) is not None
    assert with_length_end("2016-12-29", "00:30", today) is None  # no start clock
    assert with_length_end("2016-12-29, 21:15", "3 Tage", today) is None


def test_a_frab_event_page_is_one_event_with_its_day_length_and_room() -> None:
    html = (
        "<html><body><div id='header'><h1>Schedule Datenspuren 2026</h1></div>"
        "<ul><li><a href='/schedule/0.html'>Saturday - <span>2026-09-12</span></a></li>"
        "<li><a href='/schedule/1.html'>Sunday - <span>2026-09-13</span></a></li></ul>"
        "<div id='main-content'><h2>lecture: Offene Daten in der Kommune</h2>"
        "<h3 class='title'>Was Städte veröffentlichen</h3><p class='abstract'>Ein Vortrag.</p>"
        "<div class='column left' id='details'><h3>Info</h3><p><b>Day:</b>"
        "<a href='/schedule/0.html'>2026-09-12</a><br><b>Start time:</b> 14:00<br>"
        "<b>Duration:</b> 00:45<br><b>Room:</b> Großer Saal<br><b>Language:</b> de</p>"
        "<h3>Links:</h3><ul><li><a href='/events/1.ics'>iCalendar</a></li></ul>"
        "<h3>Feedback</h3><p><a href='/feedback'>Click here</a></p></div></div></body></html>"
    )
    assert _page(html, date(2026, 9, 1)) == [
        (
            "Offene Daten in der Kommune",
            "2026-09-12T14:00:00+02:00",
            "2026-09-12T14:45:00+02:00",
            "Großer Saal",
        )
    ]


def test_the_33c3_event_pages_are_their_talks() -> None:
    assert _records("frab-33c3-event-irren-ist-staatlich-2016") == [
        (
            "Irren ist staatlich",
            "2016-12-29T21:15:00+01:00",
            "2016-12-29T21:45:00+01:00",
            "Saal 2",
        )
    ]
    assert _records("frab-33c3-event-nicht-oeffentlich-2016") == [
        ("Nicht öffentlich.", "2016-12-28T00:15:00+01:00", "2016-12-28T01:15:00+01:00", "Saal 1")
    ]


# Cause 2: a lead that announces a guest's visit („Am Donnerstag, 29.2.24, in der 3. - 4.
# Stunde, erhalten wir Besuch von Svenja Schulze …“) or reports the evening („Am Abend des 18.
# Januar fand erneut das … UNICEF-Konzert am Schillergymnasium statt“) dated nothing: neither
# sentence invited or said the event takes place.


def test_a_visit_and_a_reported_evening_announce_their_day() -> None:
    assert announcing_sentence(
        "Am Donnerstag, 29.2.24, in der 3. - 4. Stunde, erhalten wir Besuch von Svenja Schulze."
    )
    assert announcing_sentence("Am 3. Mai 2026 besucht uns die Landrätin.")
    assert announcing_sentence(
        "Am Abend des 18. Januar fand erneut das UNICEF-Konzert am Schillergymnasium statt."
    )
    assert announcing_sentence("Am 3. März 2026 beschloss der Rat den Haushalt.") is None
    assert announcing_sentence("Seit dem 3. März 2026 erhalten wir Post.") is None


def test_the_gymnasium_posts_are_dated_by_their_leads() -> None:
    assert [r[:2] for r in _records("eleventy-schiller-muenster-ankuendigung-schulze-2024")] == [
        ("Ankündigung: Bundesministerin Svenja Schulze besucht das Schiller", "2024-02-29")
    ]
    assert [r[:2] for r in _records("eleventy-schiller-muenster-unicef-konzert-2024")] == [
        # („am Schiller“: the school, its place — no part of the name; session 53)
        ("UNICEF-Konzert 2024", "2024-01-18")
    ]


# Cause 3: the heading gives the day („<h1>Infoabend für neue 5er - Zusatztermin am
# 23.01.2024</h1>“), the invitation below tells it again with its clock and the room („… am
# Dienstag, 23.01.2024 um 18 Uhr in die Aula des Schillergymnasiums ein.“): the record kept
# the bare day and no place.


def test_the_day_told_again_in_an_invitation_gives_its_clock() -> None:
    lines = [
        ("Infoabend - Zusatztermin am 23.01.2024", None),
        ("Wir laden alle Interessierten am Dienstag, 23.01.2024 um 18 Uhr in die Aula ein.", None),
    ]
    told = clock_told_again_in_a_sentence(lines, 0, "23.01.2024", date(2024, 1, 20))
    assert told is not None and "um 18 Uhr" in told
    other_day = [lines[0], ("Wir laden am 30.01.2024 um 18 Uhr in die Aula ein.", None)]
    assert clock_told_again_in_a_sentence(other_day, 0, "23.01.2024", date(2024, 1, 20)) is None
    assert clock_told_again_in_a_sentence(lines, 0, "23.01.2024, 17 Uhr", date(2024, 1, 20)) is None


def test_the_extra_evening_has_its_clock_and_room() -> None:
    assert _records("eleventy-schiller-muenster-infoabend-zusatztermin-2024") == [
        (
            "Infoabend für neue 5er - Zusatztermin",
            "2024-01-23T18:00:00+01:00",
            None,
            "Aula des Schillergymnasiums",
        )
    ]


# Cause 4: a report post closes with an invitation to one more date („Wer beide Termine verpasst
# haben sollte …, ist an unserem Zusatztermin am 23. Januar um 18:00 Uhr herzlich dazu
# eingeladen …“): the record took the heading's name of the reported evening alone.


def test_an_invitation_to_an_extra_date_names_it_so() -> None:
    heading = "Vorstellungsabend und Tag der offenen Tür"
    sentence = "Wer fehlte, ist an unserem Zusatztermin am 23. Januar um 18 Uhr eingeladen."
    assert extra_date_name(sentence, heading) == f"Zusatztermin: {heading}"
    assert extra_date_name(sentence, "Zusatztermin am 23. Januar") is None
    assert extra_date_name("Wir laden am 23. Januar um 18 Uhr ein.", heading) is None


def test_the_report_names_its_extra_date() -> None:
    assert [
        r[:2] for r in _records("eleventy-schiller-muenster-vorstellungsabend-bericht-2024")
    ] == [
        (
            "Zusatztermin: Vorstellungsabend und Tag der offenen Tür am Schillergymnasium",
            "2024-01-23T18:00:00+01:00",
        )
    ]


# Cause 5: a fact box whose line breaks a CMS move lost: bold labels run together in one
# paragraph („<strong>Termin:</strong> Freitag, 24. Mai 2019 <strong>Einlass:</strong> 17 Uhr
# <strong>Beginn:</strong> 17:30 Uhr <strong>Ende:</strong> 22**:**30 Uhr <strong>Ort:</strong>
# Lichtmess-Kino, …“). The line did not open with a label, so nothing was read; „Ende:“ was no
# label, and Markdown's marks kept its colon from reading as a clock.


def test_bold_labels_in_one_paragraph_are_lines_of_their_own() -> None:
    tree = parse_html(
        "<p><strong>Filmabend</strong> <strong>Termin:</strong> Freitag, 24. Mai 2019 "
        "<strong>Beginn:</strong> 17:30 Uhr <strong>Ort:</strong> Kino, Hamburg "
        "<strong>Eintritt frei!</strong> Bis bald.</p>"
    )
    block = tree.css_first("p")
    text = "Filmabend Termin: Freitag, 24. Mai 2019 Beginn: 17:30 Uhr Ort: Kino, Hamburg"
    text += " Eintritt frei! Bis bald."
    assert [line for line, _ in bold_labels_apart([(text, block)])] == [
        "Filmabend",
        "Termin: Freitag, 24. Mai 2019",
        "Beginn: 17:30 Uhr",
        "Ort: Kino, Hamburg",
        "Eintritt frei! Bis bald.",
    ]
    one_label = parse_html("<p><strong>Hinweis:</strong> Bitte <b>pünktlich</b> sein.</p>")
    line = "Hinweis: Bitte pünktlich sein."
    assert bold_labels_apart([(line, one_label.css_first("p"))]) == [
        (line, one_label.css_first("p"))
    ]


def test_an_end_label_gives_the_end_clock() -> None:
    today = date(2019, 4, 16)
    text = "Freitag, 24. Mai 2019, 17:30 Uhr"
    assert with_labelled_end(text, "22**:**30 Uhr", today) == f"{text} – 22:30 Uhr"
    assert with_labelled_end(text, "29. Mai 2019", today) is None
    assert with_labelled_end("Freitag, 24. Mai 2019", "22:30 Uhr", today) is None


def test_the_film_festival_is_read_from_its_fact_paragraph() -> None:
    assert _records("hugo-deepwave-filmfestival-2019") == [
        (
            "DEEPWAVE Filmfestival zum Schutz der Meere",
            "2019-05-24T17:30:00+02:00",
            "2019-05-24T22:30:00+02:00",
            "Lichtmess-Kino, Gaußstraße 25, 22765 Hamburg",
        )
    ]


# Cause 6: the room the lead names in the day's own paragraph with its preposition, whatever the
# verb („… wird sie mit unserer Jgst. Q1 in der Aula zu den Themen … diskutieren.“): the visit
# had no place.


def test_a_room_named_in_the_days_lines_places_the_event() -> None:
    html = (
        "<html><body><main><h1>Besuch der Landrätin</h1><p>Am Montag, 4.5.26, erhalten wir "
        "Besuch von der Landrätin. Sie spricht mit der Klasse 10 in der Mensa über Europa.</p>"
        "</main></body></html>"
    )
    assert _page(html, date(2026, 4, 20)) == [("Besuch der Landrätin", "2026-05-04", None, "Mensa")]
    not_a_room = html.replace("in der Mensa", "im Rahmen des Projekttags")
    assert _page(not_a_room, date(2026, 4, 20)) == [
        ("Besuch der Landrätin", "2026-05-04", None, None)
    ]


def test_the_ministers_visit_is_in_the_aula() -> None:
    assert _records("eleventy-schiller-muenster-ankuendigung-schulze-2024")[0][3] == "Aula"
