"""Causes found on held-out German batch 98 (event widgets and calendars on German news, forum
and magazine pages kept by the Go ports of the trafilatura and htmldate evaluation sets), each
unit with its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

URL = "https://verein.example.org/2019/09/21/ein-beitrag/"


def _rows(html: str, today: date) -> list[tuple[str | None, str, str | None]]:
    records = extract_page(page_from_text(html, URL)).records
    out = []
    for record in records:
        start = (normalize_record(record, today=today).start or "")[:16]
        out.append((record.title, start, record.location_text))
    return out


# --- a sidebar's „Neueste Beiträge“ titled by the meetings they announce, beside the archive ---

_RECENT_POSTS = """<html><body><main><article><h1>Wir waren auf der Demo</h1>
<p>Ein Bericht über den gestrigen Tag, mit Fotos und vielen Eindrücken aus der Stadt.</p></article>
<aside class="sidebar widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>
<li><a href="/2020/02/17/stammtisch/">20.02.2020 20:00 Stammtisch</a></li>
<li><a href="/2020/02/10/stammtisch/">13.02.2020 20:00 Stammtisch</a></li>
<li><a href="/2020/02/03/vorstand/">06.02.2020 20:00 Vorstandssitzung</a></li>
<li><a href="/2020/01/27/stammtisch/">30.01.2020 20:00 Stammtisch</a></li>
</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archive</h2><ul>
<li><a href="/2020/02/">Februar 2020</a></li><li><a href="/2020/01/">Januar 2020</a></li>
<li><a href="/2019/12/">Dezember 2019</a></li><li><a href="/2019/11/">November 2019</a></li>
<li><a href="/2019/10/">Oktober 2019</a></li><li><a href="/2019/09/">September 2019</a></li>
<li><a href="/2019/08/">August 2019</a></li><li><a href="/2019/07/">Juli 2019</a></li>
<li><a href="/2019/06/">Juni 2019</a></li><li><a href="/2019/05/">Mai 2019</a></li>
</ul></section></aside></main></body></html>"""


def test_posts_titled_by_a_meetings_day_and_hour_are_its_announcements() -> None:
    # Before: the archive's months pooled with the posts undid the list, and the posts under
    # „Neueste Beiträge“ were dropped as news: no record.
    rows = _rows(_RECENT_POSTS, date(2020, 2, 18))
    assert [(title, start) for title, start, _ in rows] == [
        ("Stammtisch", "2020-02-20T20:00"),
        ("Stammtisch", "2020-02-13T20:00"),
        ("Vorstandssitzung", "2020-02-06T20:00"),
        ("Stammtisch", "2020-01-30T20:00"),
    ]


def test_recent_posts_that_name_no_hour_stay_news() -> None:
    html = _RECENT_POSTS.replace(" 20:00 Stammtisch", " Bericht vom Stammtisch").replace(
        " 20:00 Vorstandssitzung", " Neuer Vorstand gewählt"
    )
    assert _rows(html, date(2020, 2, 18)) == []


def test_the_partys_stammtisch_announcements_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "wordpress-piraten-marburg-stammtisch-2020-02")
    assert [(r["start"][:16], r["title"]) for r in records] == [
        ("2020-02-20T20:00", "Stammtisch"),
        ("2020-02-13T20:00", "Stammtisch"),
        ("2020-02-06T20:00", "Vorstandssitzung"),
        ("2020-01-30T20:00", "Stammtisch"),
        ("2020-01-23T20:00", "Stammtisch"),
    ]


# --- a calendar whose lines write the venue after a dash, as a column ---

_CONCERTS = """<html><body><div class="article"><h2>Konzert-Kalender</h2>
<p>02.11.2027 - Placebo - Stadthalle</p>
<p><a href="https://tickets.example.org/1">02.11.2027 - Disarstar - Grelle Forelle</a></p>
<p>03.11.2027 - Grandbrothers - Flex</p>
<p>05.11.2027 - Muff Potter - Flex</p>
<p>05.11.2027 - Dives - WUK !</p>
<p>09.11.2027 - The Hu - Gasometer</p>
<p>10.11.2027 - Fehlfarben - Flex</p>
<p>17.11.2027 - Aymz- Grelle Forelle</p>
<p>26.11.2027 - Kehlani - Gasometer</p>
</div></body></html>"""


def test_a_venue_column_after_the_dash_is_the_place() -> None:
    rows = _rows(_CONCERTS, date(2027, 11, 1))
    assert [(title, start[:10], place) for title, start, place in rows] == [
        ("Placebo", "2027-11-02", "Stadthalle"),
        ("Disarstar", "2027-11-02", "Grelle Forelle"),
        ("Grandbrothers", "2027-11-03", "Flex"),
        ("Muff Potter", "2027-11-05", "Flex"),
        ("Dives", "2027-11-05", "WUK"),
        ("The Hu", "2027-11-09", "Gasometer"),
        ("Fehlfarben", "2027-11-10", "Flex"),
        ("Aymz", "2027-11-17", "Grelle Forelle"),
        ("Kehlani", "2027-11-26", "Gasometer"),
    ]


def test_a_dash_tail_that_is_no_column_stays_in_the_title() -> None:
    html = """<html><body><div class="article"><h2>Sitzungen</h2>
    <p>02.11.2027 - Gemeinderat - Sitzung</p><p>09.11.2027 - Bauausschuss - Sitzung</p>
    <p>16.11.2027 - Finanzausschuss - Sitzung</p><p>23.11.2027 - Gemeinderat - Klausur</p>
    </div></body></html>"""
    titles = [title for title, _, _ in _rows(html, date(2027, 11, 1))]
    assert titles == [
        "Gemeinderat - Sitzung",
        "Bauausschuss - Sitzung",
        "Finanzausschuss - Sitzung",
        "Gemeinderat - Klausur",
    ]


def test_the_vienna_concerts_have_their_halls(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "goodnight-konzert-kalender-2022-11")
    concerts = {(r["start"][:10], r["title"], r["location"]) for r in records}
    assert len(records) == 46
    assert ("2022-11-02", "Placebo", "Stadthalle") in concerts
    assert ("2022-11-05", "Dives", "WUK") in concerts
    assert ("2022-11-17", "Aymz", "Grelle Forelle") in concerts
    assert not any("Winter-Tage" in r["title"] for r in records)


# --- a sidebar box of articles labelled as news by a line that is no heading ---

_SIDEBAR = """<html><body><main><div class="article"><h1>Konzert-Highlights</h1>
<p>Ein Überblick über die Konzerte des Monats in der Stadt, mit Tipps der Redaktion.</p>
<p>01.12.2027 - Bonobo - Gasometer</p><p>02.12.2027 - Kraftklub - Stadthalle</p>
<p>03.12.2027 - Trille - dasWerk</p></div>
<div id="sidebar-right" class="sidebar">
<div class="teaser-box popular"><div class="text-top"><div class="title">{label}</div></div></div>
<div class="teaser-box popular clickable"><div class="img">&nbsp;</div><div class="text">
<div class="date">Freizeit, 20.11.27</div><div class="title"><a href="/a/1">Kuschelige Lokale</a></div></div></div>
<div class="teaser-box popular clickable"><div class="img">&nbsp;</div><div class="text">
<div class="date">Trivia, 23.11.27</div><div class="title"><a href="/a/2">Lügen am Christkindlmarkt</a></div></div></div>
<div class="teaser-box popular clickable"><div class="img">&nbsp;</div><div class="text">
<div class="date">Party, 25.11.27</div><div class="title"><a href="/a/3">Eine Nacht im Casino</a></div></div></div>
</div></main></body></html>"""


def test_a_sidebar_box_labelled_as_articles_holds_no_events() -> None:
    titles = [
        t for t, _, _ in _rows(_SIDEBAR.format(label="Beliebteste Artikel"), date(2027, 11, 26))
    ]
    assert "Kuschelige Lokale" not in titles
    assert any(title.startswith("Bonobo") for title in titles)


def test_a_sidebar_box_labelled_as_dates_keeps_its_events() -> None:
    titles = [t for t, _, _ in _rows(_SIDEBAR.format(label="Termine"), date(2027, 11, 26))]
    assert "Kuschelige Lokale" in titles


def test_the_forums_events_panel_without_its_top_news(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "mactechnews-forum-events-2019-10")
    assert len(records) == 10
    assert ("2019-11-13T19:00", "Mac-Treff München") in {
        (r["start"][:16], r["title"]) for r in records
    }
    assert not any(r["title"].startswith("TechTicker") for r in records)
