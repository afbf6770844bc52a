"""Causes found on held-out batch 32 (a local news site's article of event tips, a blog post and
an association's news post announcing events), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netdir.extract.notices import is_closure_notice
from tests.extract.realpage_inspect import inspect_page as _inspect

BERNAU = (
    "wp-bernaulive-veranstaltungstipps-2023.html",
    "https://bernau-live.de/veranstaltungstipps/veranstaltung/feiertag-in-bernau-und-drumherum-veranstaltungstipps",
    "2023-10-31",
)


def test_a_news_widgets_publication_stamps_date_no_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The sidebar's „Meist gelesen 7 Tage“, „Infos aus dem Rathaus“ and „Aktuelle
    # Stellenangebote“ widgets: each post's title over „<div class="post-meta"><span class="date
    # meta-item">27. Oktober 2023</span></div>“ (or the span alone in a job offer's link). Fully
    # dated, the widgets were chosen beside the article as lists of events on the days the posts
    # were published (19 records: a road closure, a shop opening, job offers).
    rows = _inspect(capsys, *BERNAU)
    titles = {r["title"] for r in rows}
    assert "Candy-Shop öffnet seine Türen in Bernau" not in titles
    assert "Bernau: Vollsperrung der Börnicker Chaussee für 300 Tage" not in titles
    assert not [t for t in titles if "(m/w/d)" in t or "m/w/x" in t]


def test_a_heading_over_a_sentence_that_invites_to_its_day_is_an_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Each tip: „<h4>Halloween-Party auf dem Sportplatz in Schönow</h4><p>Zirkus Lumina und der
    # Sportverein … laden am Dienstag, den 31. Oktober 2023, … von 16 – 21 Uhr zu einer … Party
    # auf den Sportplatz nach Schönow ein.</p>“. Without a link a heading's block was an item
    # only when its paragraph closed on its day; five of the nine tips gave no record. And the
    # „read next“ slider below the article (40 posts, all but three dated only by their posts'
    # stamps) outscored the tips as a fully dated list: a list mostly of stamped posts is
    # undated by its stamps.
    rows = _inspect(capsys, *BERNAU)
    days = {r["title"]: r["start"] for r in rows}
    assert days["Bernauer Hexengeschichten – Spannende Stadtführung"].startswith("2023-10-31T15:30")
    assert days["Halloween-Party auf dem Sportplatz in Schönow"].startswith("2023-10-31T16:00")
    assert days["Familiencafé in der Alten Post Bernau"].startswith("2023-10-31T17:00")
    assert days["Halloween-Feuer bei der Freiwilligen Feuerwehr Wandlitz"].startswith("2023-10-31")
    assert days["Halloween im Krafthaus am Schiffshebewerk Niederfinow"].startswith("2023-10-31")
    # „Geschmückte Häuser und Grundstücke“ names streets to visit, no day: still no record.
    assert "Geschmückte Häuser und Grundstücke" not in days


@pytest.mark.parametrize(
    ("text", "announces"),
    [
        (
            "Die Freiwillige Feuerwehr Wandlitz lädt am Dienstag, den 31. Oktober 2023, zum Feuer ein.",
            True,
        ),
        ("Am 31.10.2023 laden wir Euch ab 17:00 zu unserem Halloweenfest ein.", True),
        ("Die Tagung findet am 11. und 12. Februar im Online-Format statt.", True),
        ("Treffpunkt ist am 31. Oktober, um 15.30 Uhr, in der Bürgermeisterstraße 4.", True),
        ("Join us on Saturday, March 7, 2026 at 7 pm in the hall.", True),
        # News told in prose: a day in a sentence that neither invites nor gives a clock.
        ("Am 3. März 2026 beschloss der Rat den Haushalt. Er tritt am 1. April in Kraft.", False),
        ("Vor 506 Jahren, am 31. Oktober 1517, schlug Martin Luther seine Thesen an.", False),
        # The day a series starts is no event's day.
        ("Die Initiative lädt ab dem 2. Juli 2026 monatlich ein.", False),
        # An invitation without a day is no date, and a clock without a day neither.
        ("Wir laden alle Mitglieder herzlich zur Versammlung ein. Beginn um 19 Uhr.", False),
    ],
)
def test_which_sentences_announce_their_day(text: str, announces: bool) -> None:
    from netdir.extract.prose_announcements import announces_a_day

    assert announces_a_day(text) is announces


GRUEN = (
    "wp-gruendigital-jahrestagung-2015.html",
    "https://www.gruen-digital.de/2015/01/digitalpolitisches-jahrestagung-2015-der-heinrich-boell-stiftung-baden-wuerttemberg/",
    "2015-01-15",
)
DFV = (
    "wp-feuerwehrverband-vorbereitungstagung-2022.html",
    "https://www.feuerwehrverband.de/dfv-auf-der-vorbereitungstagung-der-interkulturellen-woche/",
    "2022-02-04",
)


def test_a_post_whose_lead_announces_its_event_is_that_events_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>Digitalpolitische Jahrestagung 2015 der Heinrich-Böll-Stiftung Baden-Württemberg</h1>“,
    # a byline dated 15. Januar 2015 (the post's day), then „… veranstaltet die Heinrich-Böll-
    # Stiftung Baden-Württemberg am Samstag, 31. Januar 2015, zwischen 10:00 und 17:00 Uhr im
    # Stuttgarter Rathaus ihre diesjährige Jahrestagung“. The page gave the slider of other
    # posts (six undated records) and not the event.
    rows = _inspect(capsys, *GRUEN)
    assert [(r["title"], r["start"][:16], r["end"][:16]) for r in rows] == [
        (
            "Digitalpolitische Jahrestagung 2015 der Heinrich-Böll-Stiftung Baden-Württemberg",
            "2015-01-31T10:00",
            "2015-01-31T17:00",
        )
    ]
    # „Die bundesweite Vorbereitungstagung … findet am 11. und 12. Februar im Online-Format
    # statt“ under the post's <h1>; a newsletter form's „Veranstaltung:“ field does not name it.
    rows = _inspect(capsys, *DFV)
    assert [(r["title"], r["start"][:10], r["end"][:10]) for r in rows] == [
        ("DFV auf der Vorbereitungstagung der Interkulturellen Woche", "2022-02-11", "2022-02-12")
    ]


def test_a_news_post_that_tells_of_a_past_day_is_no_events_page() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from netdir.extract.context import PageContext
    from netdir.extract.event_page import extract_event_page

    page = (
        "<html><body><h1>Rat beschließt Haushalt</h1><p>Veröffentlicht am 12. März 2026</p>"
        "<p>Der Rat der Stadt hat in seiner Sitzung am Montag, 9. März 2026, den Haushalt"
        " beschlossen. Er tritt am 1. April in Kraft.</p></body></html>"
    )
    url = "https://example.org/news/haushalt"
    context = PageContext("test-source", url, url, None, datetime(2026, 3, 12, tzinfo=UTC))
    assert extract_event_page(LexborHTMLParser(page), context) == []
    # The same lead inviting to a day announces that day's event.
    invited = page.replace(
        "hat in seiner Sitzung am Montag, 9. März 2026, den Haushalt beschlossen",
        "lädt zu seiner Sitzung am Montag, 16. März 2026, in den Ratssaal ein",
    )
    records = extract_event_page(LexborHTMLParser(invited), context)
    assert [(r.title, r.field_sources["date_text"]) for r in records] == [
        ("Rat beschließt Haushalt", "event_page:p below h1, announcing")
    ]


def test_a_headline_ending_in_its_closure_after_the_day_is_a_closure_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The „read next“ slider's headline „Rathaus Panketal am 30. Oktober 2023 geschlossen“ was
    # an offering on 30 October.
    titles = {r["title"] for r in _inspect(capsys, *BERNAU)}
    assert "Rathaus Panketal am 30. Oktober 2023 geschlossen" not in titles
    assert is_closure_notice("Die Bücherei bleibt am Montag geschlossen!")
    # A closure in brackets is the calendar's entry for the day; a name that states one is none.
    assert not is_closure_notice("Teamtage (Kita geschlossen)")
    assert not is_closure_notice("Lab geschlossen: Wir sind auf dem Karlstraßenfest")
