"""News articles, comment threads and police reports are no events: their days are when they were
published or what they report. Excerpts of real pages of htmldate's evaluation set (adbar/htmldate,
tests/eval and tests/cache, Apache-2.0): ADAC's child-seat test (2018), polizeiticker.ch's
accident report (2023), exxpress.at's comment thread (2023) and Hüttenhilfe's lexicon article on
bananas (2011), each with its markup around the dates as published."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.cli.main import main
from netdir.extract.event_page_labels import label_name
from netdir.extract.published_day import dated_by_its_stamp, published_day
from netdir.extract.saved_minutes import lists_saved_minutes
from netdir.records import RawRecord

_ADAC = """<html><head><title>ADAC Kindersitztest 2018</title></head><body>
<header><h1 order="0" class="sc-chPdSV">18 Kindersitze im Test: Vier Modelle fallen durch</h1>
<div color="black60" type="extra-small"><time dateTime="2018-10-23">23.10.2018</time></div>
</header>
<figure><figcaption>Prüfkandidaten in der ADAC Crashanlage ∙ © ADAC/Markus Zahradnik</figcaption>
</figure>
<p>Im aktuellen Test wurden 18 verschiedene Kindersitze in punkto Sicherheit, Bedienung,
Ergonomie und Schadstoffgehalt geprüft.</p>
<p>Elf Modelle sind empfehlenswert</p>
<h3>Tipps zum Kindersitz-Kauf</h3><p>Kaufen Sie keinen Kindersitz ohne Ihr Kind.</p>
</body></html>"""

_POLICE = """<html><head>
<meta property="article:published_time" content="2023-11-06T13:10:22.000Z">
<title>Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt | Polizeiticker</title>
</head><body><article class="article-detail"><header class="article-header">
<h1>Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt</h1></header>
<p class="article-lead">Am Sonntagabend kam es auf der A6 bei Studen zu einem schweren
Verkehrsunfall. Ein Autofahrer verstarb noch auf der Unfallstelle. Eine weitere Autofahrerin
wurde verletzt ins Spital gebracht. Die A6 zwischen Brügg und Lyss Nord war für mehrere Stunden
gesperrt. Der Unfall wird untersucht.</p>
<div class="article-content"><p>Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde der
<a href="https://polizeiticker.ch/thema/kantonspolizei-bern">Kantonspolizei Bern</a> auf der A6
bei Studen ein schwerer Verkehrsunfall gemeldet. Aus ungeklärten Gründen fuhr ein Autolenker im
Bereich der Ausfahrt Studen in die entgegengesetzte Richtung auf die A6 in Fahrtrichtung Biel
auf.</p></div></article></body></html>"""


_LEXICON = """<html><head><meta name="date" content="2011-07-25" />
<title>Banane, Bananen, Banana (Musa spp. paradisica) - Hüttenhilfe Lexikon</title></head><body>
<div id="c1096" class="csc-default"><div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">
Banane, Bananen, Banana (Musa spp. paradisica)</h1></div></div>
<h3>Die rote Banane</h3>
<p>Die &quot;rote Banane&quot; wird als Obstbanane auch zunehmend in Europa angeboten.</p>
<h2>Tips zur Lagerung</h2>
<p>Bananen verderben - wie es bestimmt jeder schon erlebt hat - sehr schnell.</p>
<ul class="rss_box">
<li><a href="http://www.huettenhilfe.de/rezept-karamellisiertes-bananeneis_15538.html" target="_blank">Rezept &#8211; karamellisiertes Bananeneis</a><br />Durch das Karamellisieren entwickelt dieses Bananeneis ein besonders intensives Aroma, das keine künstlichen Zusätze benötigt</li><li><a href="http://www.huettenhilfe.de/rezept-banane-a-la-windsor_15461.html" target="_blank">Rezept &#8211; Banane à la Windsor</a><br />Rezept für Banane à la Windsor - Dieser Bananenaufstrich ist schnell gemacht und dank seines Bananen-Orangen-Geschmacks auf krossen Toast nahezu unwiderstehlich.</li><li><a href="http://www.huettenhilfe.de/rezept-bananentoast-mit-erdnussbutter_7780.html" target="_blank">Rezept &#8211; Bananentoast mit Erdnussbutter</a><br />Bananentoast mit Erdnussbutter schmeckt als Snack zwischendurch oder kleines Abendbrot. Geht wirklich einfach und schnell!</li></ul>
</body></html>"""


def _records(capsys: pytest.CaptureFixture[str], tmp_path: Path, html: str, today: str) -> list:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    main(["inspect", str(page), "--base-url", "https://example.org/a", "--today", today, "--json"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_an_articles_publication_day_under_its_headline_dates_no_event(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Read as the event „18 Kindersitze im Test …“ on 23 October 2018 (the <h1> taken for a
    # venue line above its day), then as „Tipps zum Kindersitz-Kauf“ by the <time> element.
    assert not [r for r in _records(capsys, tmp_path, _ADAC, "2018-10-23") if r["start"]]


def test_a_police_reports_sentence_under_the_headline_dates_no_event(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # „Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde … gemeldet“ dated the page as
    # an event „Studen BE - A6 nach tödlichem Unfall …“ on 5 November.
    assert not [r for r in _records(capsys, tmp_path, _POLICE, "2023-11-06") if r["start"]]


def test_the_publication_day_is_read_from_the_pages_metadata() -> None:
    assert published_day(LexborHTMLParser(_POLICE)) == date(2023, 11, 6)
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-31T08:22:26+01:00"}</script>'
    assert published_day(LexborHTMLParser(f"<html><head>{ld}</head></html>")) == date(2023, 10, 31)
    assert published_day(LexborHTMLParser(_ADAC)) is None


def _record(date_text: str, source: str = "event_page:div below h1") -> RawRecord:
    record = RawRecord(
        source_id="t", page_url="https://example.org/a", extractor="event_page", title="t"
    )
    record.date_text = date_text
    record.field_sources["date_text"] = source
    return record


def test_an_event_pages_day_is_a_stamp_on_the_publication_day_or_at_a_saved_minute() -> None:
    today = date(2023, 11, 6)
    # laola1.at's „02.02.2022 11:17“ and bmel.de's „Erschienen am: 26.01.2022“ on its day
    assert dated_by_its_stamp(_record("02.02.2022 11:17"), None, today)
    assert dated_by_its_stamp(
        _record("26.01.2022", "event_page:Erschienen am:"), date(2022, 1, 26), today
    )
    # an event's day, and a lead announcing the publication day itself, stay
    assert not dated_by_its_stamp(_record("11.11.2023, 18:00 Uhr"), date(2023, 11, 6), today)
    announced = _record("6. November 2023", "event_page:p below h1, announcing")
    assert not dated_by_its_stamp(announced, date(2023, 11, 6), today)


def test_a_comment_threads_clocks_are_the_minutes_its_posts_were_saved() -> None:
    today = date(2023, 11, 1)
    # exxpress.at's comments: „1. November 2023 um 11:54 Uhr“, …
    minutes = ["11:54", "11:53", "11:36", "11:36", "11:34", "11:32", "11:19", "11:33"]
    thread = [_record(f"1. November 2023 um {clock} Uhr", "listing:a") for clock in minutes]
    assert lists_saved_minutes(thread, today)
    # A council calendar's sessions at „15:04“ (allris3-lkos-kalender) and a programme on the
    # hour and half hour are offerings.
    council = ["15:02", "15:04", "15:04", "15:04", "17:00", "18:00"]
    sessions = [
        _record(f"{day}.09.2026 {clock} Uhr", "listing:td") for day, clock in enumerate(council, 1)
    ]
    assert not lists_saved_minutes(sessions, today)
    programme = [
        _record(f"12.11.2023 {clock} Uhr", "listing:td")
        for clock in ("10:00", "10:30", "11:15", "14:07")
    ]
    assert not lists_saved_minutes(programme, today)


def test_an_events_clock_on_its_pages_publication_day_is_no_stamp() -> None:
    # eventsmanager-netphen-workshop: the post went up on the morning of the workshop
    # (article:published_time 2022-02-15T09:24:49), „Datum/Zeit: 15. February 2022, 17:00 - 19:00“
    workshop = _record("15. February 2022, 17:00 - 19:00", "event_page:Datum/Zeit:")
    assert not dated_by_its_stamp(workshop, date(2022, 2, 15), date(2022, 2, 10))


def test_a_publication_label_labels_no_events_date() -> None:
    # bmel.de's and caritas.de's „Erschienen am:“, digitalcourage.de's „Print Date:“,
    # helge.at's „Post date:“ labelled the event page's date
    for label in ("Erschienen am:", "Print Date:", "Post date:", "Publiziert am:"):
        assert label_name(label) is None, label
    assert label_name("Nächster Termin:") == ("date", 0)
    assert label_name("Datum/Zeit:") == ("date", 0)


def test_an_article_that_dates_nothing_offers_nothing_in_its_undated_lists(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A lexicon article (<meta name="date" content="2011-07-25">) with a box of three recipe
    # links: three undated records „Rezept – …“ before.
    assert _records(capsys, tmp_path, _LEXICON, "2011-07-25") == []
