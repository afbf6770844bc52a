"""Causes found on held-out batch 48 (German pages about one event — a conference's side
programme, a club's jubilee, a barcamp — and civic pages: a village citizens' forum's invitations,
Code for Germany's seminar for municipal administrations), each pinned on its real page of the
corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.notices import heads_past_events
from netdir.extract.prose_announcements import announcing_sentence, sentence_naming
from netdir.extract.title_text import without_call_or_schedule
from tests.extract.realpage_inspect import inspect_page

# page → (base URL, day it was saved), as its truth file gives them
_SAVED = {
    "jekyll-codeforde-webinar-krisenresilienz-2020": (
        "https://codefor.de/blog/Webinar-Resiliente-Kommunalverwaltungen.html",
        "2020-06-29",
    ),
    "jekyll-buergerrunde-mitgliederversammlung-2026": (
        "https://buergerrunde.heuweiler.net/mitgliederversammlung-2026/",
        "2026-05-11",
    ),
    "jekyll-buergerrunde-hock-2026-05": (
        "https://buergerrunde.heuweiler.net/buergerrunden-hock/",
        "2026-04-28",
    ),
    "jigsaw-webpro-barcamp-2016": ("https://web-professionals.ch/camp/", "2016-08-23"),
    "php-gebf2015-gesellschaftsabend": (
        "http://www.gebf2015.de/sites/rahmenprogramm/gesellschaftsabend.php",
        "2015-01-23",
    ),
    "php-gebf2015-starlight-express": (
        "http://www.gebf2015.de/sites/rahmenprogramm/starlight-express.php",
        "2015-01-23",
    ),
}


def _one(capsys: pytest.CaptureFixture[str], page: str) -> dict:
    url, today = _SAVED[page]
    records = inspect_page(capsys, f"{page}.html", url, today)
    assert len(records) == 1
    return records[0]


def test_hosts_looking_forward_to_the_day_with_the_reader_announce_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h1 „Gesellschaftsabend“; the lead „Das Organisationsteam … freut sich darauf, mit Ihnen am
    # Donnerstag, den 12. März 2015, einen festlichen Abend … zu verbringen.“; two paragraphs
    # below „Die Veranstaltung beginnt um 19:00 Uhr. Einlass ist ab 18:30 Uhr.“ Before: no record.
    record = _one(capsys, "php-gebf2015-gesellschaftsabend")
    assert record["title"] == "Gesellschaftsabend"
    assert record["start"].startswith("2015-03-12T19:00")
    # „Der diesjährige Gesellschaftsabend findet in der rewirpower-Lounge im Stadion des Vfl
    # Bochums statt.“; under „Anfahrt“ „Die rewirpower-Lounge (Castroper Straße 145, 44791 Bochum)
    # erreichen Sie …“: the venue the sentence names, from the word given an address.
    assert record["location"] == (
        "rewirpower-Lounge im Stadion des Vfl Bochums, Castroper Straße 145, 44791 Bochum"
    )


def test_a_sentence_naming_the_headings_event_with_day_and_clock_dates_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h1 „Starlight Express“; in the fourth paragraph „Die gesonderten Konditionen für den Besuch
    # von Starlight Express gelten für die Abendvorstellung am 11.03.2015 um 18:30 Uhr.“ Before:
    # no record.
    record = _one(capsys, "php-gebf2015-starlight-express")
    assert record["title"] == "Starlight Express"
    assert record["start"].startswith("2015-03-11T18:30")


def test_a_report_in_the_past_or_without_the_name_dates_nothing() -> None:
    assert (
        sentence_naming("Am Montag, 3. März 2025, um 14 Uhr kam es zu einem Unfall.", "Unfall")
        is None
    )
    assert (
        sentence_naming("Die Führung beginnt am 3. März 2025 um 14 Uhr.", "Starlight Express")
        is None
    )
    assert (
        announcing_sentence("Der Verein freut sich über 40 neue Mitglieder seit dem 3. März 2025.")
        is None
    )


def test_a_posts_agenda_under_its_announced_event_is_no_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>![Blog]</h1>“ (the site's section) over „<h1>Online-Seminar: Resiliente
    # Kommunalverwaltungen - …</h1>“; „Das Webinar „…“ findet statt am **30. Juni 2020, 17.00
    # Uhr**.“, then paragraphs „17.00 Uhr Begrüßung und Input“, „17.20 Uhr Best Practice
    # Beispiel“, „17.30 Uhr Diskussion“. Before: six records, the agenda points as a listing.
    record = _one(capsys, "jekyll-codeforde-webinar-krisenresilienz-2020")
    assert record["title"].startswith("Online-Seminar: Resiliente Kommunalverwaltungen")
    assert record["start"].startswith("2020-06-30T17:00")
    # „Das Webinar wird als ZOOM-Konferenz veranstaltet werden.“: held online, the tool its place.
    assert (record["location"], record["format"]) == ("ZOOM-Konferenz", "online")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("jekyll-buergerrunde-mitgliederversammlung-2026", "Mitgliederversammlung der Bürgerrunde"),
        ("jekyll-buergerrunde-hock-2026-05", "Bürgerrunden-Hock"),
    ],
)
def test_a_call_or_a_schedule_after_the_name_is_no_part_of_it(
    capsys: pytest.CaptureFixture[str], page: str, title: str
) -> None:
    # „Mitgliederversammlung der Bürgerrunde – Gäste willkommen!“, „Bürgerrunden-Hock ab sofort
    # einmal im Monat“; the place stays the badge under the heading.
    record = _one(capsys, page)
    assert record["title"] == title
    assert record["location"]


def test_names_keep_their_own_dashes_and_words() -> None:
    assert without_call_or_schedule("Sommerfest – Musik, Essen und Spiele") == (
        "Sommerfest – Musik, Essen und Spiele"
    )
    assert without_call_or_schedule("Kinderkino ab sofort jeden Freitag") == "Kinderkino"


def test_the_pages_own_heading_column_is_no_row_of_its_cards(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Left column „Web Professionals“ / „<h1>Barcamp</h1>“ / a link „Sponsoring“ beside the camp's
    # column and the cards of past camps. Before: an undated record „Barcamp“.
    url, today = _SAVED["jigsaw-webpro-barcamp-2016"]
    titles = [
        record["title"]
        for record in inspect_page(capsys, "jigsaw-webpro-barcamp-2016.html", url, today)
    ]
    assert "Barcamp" not in titles
    assert "#5 Web Professionals Barcamp 2016" in titles


def test_past_camps_without_their_day_are_no_offerings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Under „<h2>Bisherige Camps:</h2>“ the cards „Summer Camp 2014 / … / Datum: ?“ and „Winter Camp
    # 2014 / … / Datum: ?“ beside „Winter Camp 2016 / … / Datum: 27./28. Februar 2016“. Before: two
    # undated records.
    url, today = _SAVED["jigsaw-webpro-barcamp-2016"]
    records = inspect_page(capsys, "jigsaw-webpro-barcamp-2016.html", url, today)
    assert [record["title"] for record in records if not record["start"]] == []
    assert "Winter Camp 2016" in [record["title"] for record in records]
    assert heads_past_events("Bisherige Camps:") and not heads_past_events("Camps 2017")
