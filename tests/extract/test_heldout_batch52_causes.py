"""Causes found on held-out batch 52 (German pages about one event — a Fachtag of Berlin's youth
offices, a media-education training, conference tips of a consultant's blog, an open-data hackday
and the PIAZZA conference for digital administration — and a working group's activities), each
pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.event_page_dates import venue_before_the_days
from netdir.extract.event_page_titles import event_of_the_materials, name_day_place
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.title_text import named_invitation
from tests.extract.realpage_inspect import inspect_page

# page → (base URL, day it was saved), as its truth file gives them
_SAVED = {
    "static-siebeneichen-fortbildung-2026": (
        "https://ebildungslabor.github.io/siebeneichen/",
        "2026-01-07",
    ),
    "hugo-praxisberatung-konferenztipp-2021-09": (
        "https://margitta-kupler.de/blog/2021/09_konferenztipp/",
        "2023-07-25",
    ),
    "hugo-praxisberatung-fachtagstipp-2018-01": (
        "https://margitta-kupler.de/blog/2018/01_fachtagstipp/",
        "2023-07-25",
    ),
    "hugo-okfn-piazza-call-2025": (
        "https://okfn.de/blog/2025/04/piazza-konferenz-2025-call-for-workshops/",
        "2025-04-15",
    ),
    "hugo-okfn-open-data-hackday-2013": (
        "https://okfn.de/blog/2013/02/einladung-international-open-data-hackday-2013-berlin/",
        "2013-02-19",
    ),
    "jekyll-jungenarbeit-berlin-fachtag-2019": (
        "https://jungen-sternchen-arbeit.github.io/berlin/aktivitaeten/fachtag-2019/",
        "2020-12-14",
    ),
}


def _one(capsys: pytest.CaptureFixture[str], page: str) -> dict:
    url, today = _SAVED[page]
    records = inspect_page(capsys, f"{page}.html", url, today)
    assert len(records) == 1
    return records[0]


def test_a_venue_and_a_span_of_days_under_the_h1_date_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <header><h1>Begleitende Materialien zur medienpädagogischen Fortbildung</h1><p>Schloss
    # Siebeneichen, 7.–8. Januar 2026</p></header>, <title>Medienpädagogische Fortbildung –
    # Schloss Siebeneichen</title>. Before: three undated section headings as records.
    record = _one(capsys, "static-siebeneichen-fortbildung-2026")
    assert record["start"].startswith("2026-01-07")
    assert record["end"].startswith("2026-01-08")
    assert record["location"] == "Schloss Siebeneichen"
    # The h1 names the handouts; the event is what they are for, as the <title> writes it.
    assert record["title"] == "Medienpädagogische Fortbildung"
    assert venue_before_the_days("Berlin, 12. Mai 2024 und danach") is None
    assert event_of_the_materials("Unterlagen zum Workshop Open Data", None) == (
        "Workshop Open Data"
    )
    assert event_of_the_materials("Begleitende Worte", None) is None


def test_a_conference_that_will_take_place_on_a_day_is_announced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h1 „Mein Konferenztipp“ (a blog's series heading), „→ Das Bundesnetzwerk Bürgerschaftliches
    # Engagement (BBE) lädt herzlich ein zur Abschlusskonferenz des Projekts Forum Digitalisierung
    # und Engagement.“, … „Die Konferenz wird als Hybridveranstaltung am Mittwoch, dem 13. Oktober
    # 2021 von 10-18 Uhr im Umweltforum in Berlin und virtuell stattfinden …“. Before: the post's
    # paragraphs as a listing (0/1, three records).
    record = _one(capsys, "hugo-praxisberatung-konferenztipp-2021-09")
    assert record["start"].startswith("2021-10-13T10:00")
    assert record["title"] == "Abschlusskonferenz des Projekts Forum Digitalisierung und Engagement"
    # „von 10-18 Uhr im Umweltforum in Berlin und virtuell stattfinden“: the venue after the hours,
    # without the hybrid event's online way.
    assert record["location"] == "Umweltforum in Berlin"
    assert announcing_sentence("Die Tagung wird am 3. Mai 2024 in Köln stattfinden.")
    assert named_invitation("Veranstaltungstipp", "Der Verein lädt ein zur Herbsttagung.") == (
        "Herbsttagung"
    )


def test_a_one_word_kind_heading_takes_the_name_its_link_gives(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <h2>Fachtag</h2><p>Am 27. März 2019 fand der <a>4. Berliner Fachtag geschlechterreflektierter
    # Jungen&#42;arbeit</a> statt.</p>. Before: titled „Fachtag“.
    records = inspect_page(
        capsys,
        "jekyll-jungenarbeit-berlin-aktivitaeten.html",
        "https://jungen-sternchen-arbeit.github.io/berlin/aktivitaeten/",
        "2020-12-14",
    )
    assert records[0]["title"] == "4. Berliner Fachtag geschlechterreflektierter Jungen*arbeit"
    assert records[0]["start"].startswith("2019-03-27")


def test_the_events_kind_labels_its_day(capsys: pytest.CaptureFixture[str]) -> None:
    # „📌 Wo: online & 2 Workshops in Präsenz (Fraunhofer-Institut FOKUS, Berlin)“ / „💡 Deadline
    # für Einsendungen: 02.06.2025“ / „📆 Konferenz: 06.11.2025“. Before: no record.
    record = _one(capsys, "hugo-okfn-piazza-call-2025")
    assert record["start"].startswith("2025-11-06")
    assert record["title"] == "PIAZZA-Konferenz 2025"
    assert "Fraunhofer-Institut FOKUS" in record["location"]


def test_hours_under_the_labelled_day_may_open_with_von(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Wann:“ / „Samstag, 23.02.2013“ / „Von 13.00 – 21.00h“. Before: the day without its hours.
    record = _one(capsys, "hugo-okfn-open-data-hackday-2013")
    assert record["start"].startswith("2013-02-23T13:00")
    assert record["end"].startswith("2013-02-23T21:00")


def test_an_inline_labelled_place_goes_on_in_its_own_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # One paragraph: „Wann: 27. März 2019, 10:00 Uhr – 16:30 Uhr“<br>„Wo: Haus der Jugend Anne
    # Frank“<br>„Mecklenburgische Str. 15, 10713 Berlin“. Before: the venue without its address.
    record = _one(capsys, "jekyll-jungenarbeit-berlin-fachtag-2019")
    assert record["location"] == (
        "Haus der Jugend Anne Frank, Mecklenburgische Str. 15, 10713 Berlin"
    )


def test_a_heading_of_name_day_and_place_is_split(capsys: pytest.CaptureFixture[str]) -> None:
    # h1 „„grau, teurer Freund, ist alle Theorie …““ (a motto), h2 „Fachtag Change Management –
    # 06.02.2018, Essen“. Before: the whole h2 as the title, no place.
    record = _one(capsys, "hugo-praxisberatung-fachtagstipp-2018-01")
    assert record["title"] == "Fachtag Change Management"
    assert record["location"] == "Essen"
    assert name_day_place("Sommerfest – 3. Juli 2024") == ("Sommerfest", None)
    assert name_day_place("Sommerfest – 3. Juli 2024, ab 14 Uhr im Garten") is None
