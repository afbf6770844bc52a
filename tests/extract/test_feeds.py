"""RSS and Atom: the item date is the publication date, the summary is the description."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture, SourceFactory, page_from_text


def test_rss_items_with_named_entities(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    page = fixture_page(
        "feed_rss.xml",
        "https://www.bsi.bund.de/SiteGlobals/Functions/RSSFeed/RSSNewsfeed_Presse_Veranstaltungen.xml",
        "application/rss+xml",
    )
    result = extract_page(page, make_source(kind="announcement"))

    assert result.extractors == ["feed"]
    award, grundschutz = result.records
    assert award.title == "InfoSec Impact Award 2026: Bewerbungsphase für Behörden eröffnet"
    assert (
        award.url
        == "https://www.bsi.bund.de/SharedDocs/Pressemitteilungen/DE/2026/infosec-impact-award.html"
    )
    assert award.published == "2026-11-10T09:15:00+01:00"
    assert award.start is None  # the publication date is never the event date
    assert award.description == (
        "Gemeinsam mit NExT e.V. zeichnet das BSI Projekte zur Informationssicherheit aus. "
        "Die Preisverleihung findet am 18. März 2027 in Bonn statt."
    )
    assert award.kind == "announcement"
    assert award.field_sources["published"] == "feed:item.published"
    assert grundschutz.topics == ["Veranstaltungen", "IT-Grundschutz"]
    assert grundschutz.description is not None and "Behörden" in grundschutz.description


def test_atom_entries_resolve_relative_links_and_fall_back_to_updated(
    fixture_page: PageFromFixture,
) -> None:
    page = fixture_page("feed_atom.xml", "https://www.kommune21.de/feed.atom", content_type=None)
    result = extract_page(page)

    assert result.extractors == ["feed"]
    kongress, impulse = result.records
    assert (
        kongress.url
        == "https://www.kommune21.de/k21-meldungen/netzwerke-und-verwaltungstransformation/"
    )
    assert kongress.published == "2026-11-19T10:30:00+01:00"
    assert kongress.description is not None and kongress.description.startswith(
        "[19.11.2026] Der Zukunftskongress"
    )
    assert impulse.published == "2026-11-12T07:45:00+00:00"
    assert impulse.field_sources["published"] == "feed:item.updated"
    assert impulse.description == "Ein Vergleich von zwölf Digitalstrategien deutscher Großstädte."


def test_a_council_feed_item_dated_in_its_title_with_a_labelled_place() -> None:
    """RIS München: the pubDate is the meeting's own time; the title names the day."""
    from tests.extract.test_realpage_causes import PAGES

    body = (PAGES / "rss-muenchen-str-sitzungen.rss").read_text("utf-8")
    page = page_from_text(body, "https://risi.muenchen.de/risi/rss", "application/rss+xml")
    first, second = extract_page(page).records
    assert first.title == "StR-Sitzung Gesundheitsausschuss"
    assert (
        first.date_text
        == "StR-Sitzung Gesundheitsausschuss am Donnerstag, 15. Oktober 2026, 14:00 Uhr"
    )
    assert first.field_sources["date_text"] == "feed:item.title"
    assert (first.location_text, second.location_text) == (
        "Großer Sitzungssaal",
        "Kleiner Sitzungssaal",
    )


def test_an_item_whose_description_marks_its_event_up_as_an_h_event() -> None:
    """Campus Labs Engage (Kennesaw State): every pubDate is the feed's build time; each item's
    description is an h-event/vevent whose dt-start carries the campus offset."""
    from tests.extract.test_realpage_causes import PAGES

    body = (PAGES / "rss-campuslabs-kennesaw-events-2024-09.rss").read_text("utf-8")
    page = page_from_text(body, "https://owllife.kennesaw.edu/events.rss", "application/rss+xml")
    records = extract_page(page).records
    assert len(records) == 14
    first, second = records[:2]
    assert first.title == second.title == "First Year Friday: Runout Ready"
    assert first.start == "2024-09-06T11:00:00.0000000-04:00"  # not the build time 16:31 GMT
    assert first.end == "2024-09-06T13:00:00.0000000-04:00"
    assert (first.location_text, second.location_text) == ("The Commons", "Stingers")
    assert first.field_sources["start"] == "feed:item.summary microformats:Event.startDate"
    assert first.published == "2024-09-06T16:31:43+00:00"


def test_an_event_plugin_feed_gives_each_event_start_as_its_pubdate() -> None:
    """The Events Calendar (PALATINA Business Angels): items dated after the feed's
    lastBuildDate are no publications; each pubDate is the event's local start with a literal
    +0000 („Tue, 08 Nov 2022 18:00:00 +0000“ for a pitch shown at „8. November | 18:00“)."""
    from tests.extract.test_realpage_causes import PAGES

    body = (PAGES / "rss-tec-palatina-veranstaltungen-2022-09.rss").read_text("utf-8")
    url = "https://palatina-angels.de/veranstaltungen/feed/"
    page = page_from_text(body, url, "application/rss+xml")
    records = extract_page(page).records
    assert len(records) == 10
    assert records[0].start == "2022-11-08T18:00"  # the wall clock, not 19:00 in Berlin
    assert records[0].field_sources["start"] == "feed:item.pubDate (an event feed's start)"
    assert records[1].start == "2022-07-07T18:30"  # past pitches of the same feed alike


def test_an_event_feed_pubdate_at_midnight_is_a_day() -> None:
    """Modern Events Calendar (Troop 367, Medway MA): one weekly meeting as ten items, each
    pubDate „Mon, 18 Mar 2019 00:00:00 +0000“ — the Monday, not Sunday evening in Massachusetts."""
    from tests.extract.test_realpage_causes import PAGES

    body = (PAGES / "rss-mec-troop367-events-2019-03.rss").read_text("utf-8")
    page = page_from_text(body, "https://troop367.example/events/feed/", "application/rss+xml")
    records = extract_page(page).records
    assert [r.start for r in records[:3]] == ["2019-03-18", "2019-03-25", "2019-04-01"]


def test_an_event_feed_pubdate_keeps_a_stated_offset() -> None:
    """Only a zero offset is the plugins' literal „+0000“ on a local clock; a stated one stays."""
    from netdir.extract.feed_event_dates import event_start

    assert event_start("Thu, 15 Oct 2026 14:00:00 +0200") == "2026-10-15T14:00+02:00"
    assert event_start("Tue, 08 Nov 2022 18:00:00 GMT") == "2022-11-08T18:00"
    # Politikradar Emscher-Lippe: the meeting's day at midnight, its hour in the summary
    assert event_start("Sat, 01 Aug 2026 00:00:00 +0200") == "2026-08-01"
    assert event_start("not a date") is None


def test_an_rfc_822_military_zone_z_is_utc() -> None:
    """The Journal of Nursing Education's feed (Healio, 2020) dates its items „Mon, 29 Jun 2020
    20:59:00 Z“: RFC 822's zone „Z“ is UTC. Read as „+00:00“ first, the mail parser knew no such
    zone and the item's date lost its offset („2020-06-29T20:59:00“)."""
    body = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
   <channel xmlns:dc="http://purl.org/dc/elements/1.1/">
      <title>Journal of Nursing Education</title>
      <link>https://www.healio.com/</link>
      <lastBuildDate>Mon, 20 Jul 2020 20:06:37 Z</lastBuildDate>
      <item>
         <link>https://www.healio.com/nursing/journals/jne/2020-7-59-7/9d200cd8-06cd-44b3-8f29-31377ffaaa17/using-social-media-to-engage-nurse-practitioner-students-in-complex-health-care-topics</link>
         <title>Using Social Media to Engage Nurse Practitioner Students in Complex Health Care Topics</title>
         <pubDate>Mon, 29 Jun 2020 20:59:00 Z</pubDate>
         <dc:creator>Kelley Stallworth, DNP, WHNP-BC</dc:creator>
      </item>
   </channel>
</rss>
"""
    page = page_from_text(
        body, "https://www.healio.com/sws/feed/journal/jne", "application/rss+xml"
    )
    (record,) = extract_page(page).records
    assert record.published == "2020-06-29T20:59:00+00:00"
    assert record.start is None  # published before the feed was built: a news item


def test_a_feed_named_for_its_events_dates_items_by_a_hand_set_pubdate() -> None:
    """Hugo's section feed „Unsere Konzerte on Sinfonietta Charlottenburg“: each pubDate is the
    concert's day and hour from the front matter („Sat, 02 Jul 2022 17:00:00 +0200“, the winter
    concerts also „+0200“), all of them past; a concert with Hugo's zero date „01 Jan 0001“
    has no day at all, and its title „Sommerkonzert 2019 …“ names a year that is over: no
    offering (``past_year_titles``)."""
    from tests.extract.test_realpage_causes import PAGES

    body = (PAGES / "rss-hugo-sinfonietta-charlottenburg-konzerte-2022-09.rss").read_text("utf-8")
    url = "https://biancawentzel.github.io/konzerte/index.xml"
    records = extract_page(page_from_text(body, url, "application/rss+xml")).records
    assert [r.start for r in records] == [
        "2022-07-02T17:00+02:00",
        "2022-06-19T15:00+02:00",
        "2019-11-24T17:00+02:00",
        "2019-11-23T17:00+02:00",
    ]
    assert records[0].field_sources["start"] == "feed:item.pubDate (the event's, set by hand)"
    assert all(r.published is None for r in records)  # no publication date in such a feed


def test_an_event_feed_item_naming_its_own_day_is_dated_by_its_text() -> None:
    """„Frühere Veranstaltungen on Frageraum“: an exhibition's summary states its run
    („01.10.2022 - 23.10.2022“, the pubDate's day) and a wine tasting's names none; „Events on
    CTK“: the Diwali post of August says „Date: 11.11.2023“ — the text's day is the event's, so
    the pubDate is not kept as a publication date that would hide it."""
    from tests.extract.test_realpage_causes import PAGES

    body = (PAGES / "rss-hugo-frageraum-veranstaltungen-2022-11.rss").read_text("utf-8")
    url = "https://maltevogl.github.io/website/veranstaltungen/index.xml"
    records = extract_page(page_from_text(body, url, "application/rss+xml")).records
    assert records[0].start == "2022-11-26"  # „Gabelmann -- Wein-Kunst“: midnight, a day
    assert records[2].start is None and records[2].published is None
    assert "01.10.2022 - 23.10.2022" in (records[2].description or "")

    body = (PAGES / "rss-hugo-ctkkoeln-events-2023-09.rss").read_text("utf-8")
    url = "https://ctkkoln.github.io/ctkwebsite/events/index.xml"
    records = extract_page(page_from_text(body, url, "application/rss+xml")).records
    assert records[0].start is None and records[0].published is None
    # Hugo's zero dates: „2018 Vilambi celebrations“ … have no day, and their years are over
    # (read today): no offerings (``past_year_titles``).
    assert [r.title for r in records] == ["2023 Diwali Celebration"]


def test_a_feed_with_publishing_clocks_is_no_event_feed() -> None:
    """„Konzerte on Bigband Abteilung 7“ (a Hugo theme's sample posts): pubDates with seconds
    („Mon, 10 Apr 2017 11:00:59 -0400“) are when something was posted, even in a feed named for
    concerts; and Hugo's zero date is no date (email.utils would read the year 0001 as 2001)."""
    import feedparser

    from netdir.extract.feed_event_dates import dates_its_events, event_start

    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Konzerte on Bigband Abteilung 7'
        "</title><link>https://bigband-abteilung7.de/konzerte/</link>"
        "<item><title>Chapter II: Pierre Gringoire</title>"
        "<pubDate>Mon, 10 Apr 2017 11:00:59 -0400</pubDate></item>"
        "<item><title>Chapter I: The Grand Hall</title>"
        "<pubDate>Sun, 09 Apr 2017 10:58:08 -0400</pubDate></item></channel></rss>"
    )
    assert not dates_its_events(feedparser.parse(rss))
    assert event_start("Mon, 01 Jan 0001 00:00:00 +0000") is None


def test_a_title_day_without_a_clock_takes_the_start_its_summary_states() -> None:
    body = """<?xml version="1.0"?><rss version="2.0"><channel><title>Veranstaltungen</title>
<item><title>Draw and Drink am 18.06.2026</title>
<description>Kurzführungen durch die Ausstellungen. Start ist um 18:00 Uhr mit der Ausstellung
über Isao Takahata. Einlass ab 17:30 Uhr.</description></item>
<item><title>Lesung am 19.06.2026, 20 Uhr</title>
<description>Beginn 19 Uhr mit einem Empfang.</description></item>
</channel></rss>"""
    page = page_from_text(body, "https://example.org/feed.xml", "application/rss+xml")
    drink, reading = extract_page(page).records
    assert drink.date_text == "Draw and Drink am 18.06.2026, 18:00 Uhr"
    assert drink.field_sources["date_text"] == "feed:item.title + time:feed:item.summary"
    assert reading.date_text == "Lesung am 19.06.2026, 20 Uhr"  # the title's own clock stands


def test_a_feed_built_in_the_future_dates_its_entries_by_their_events() -> None:
    """An agenda's Atom feed stamps its <updated> with its last event's start: nothing is built
    after the day it is read, so each entry's <published> is its event's start, past ones too."""
    body = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Toulouse tech</title><id>urn:a</id>
<updated>2025-03-12T19:00:00+01:00</updated>
<entry><id>urn:1</id><published>2025-01-24T18:00:00+01:00</published><title>Org Topologies</title>
<link rel="alternate" href="https://example.org/e/1"/></entry>
</feed>"""
    page = page_from_text(body, "https://example.org/events.atom", "application/atom+xml")
    read_on = replace(page, fetched_at=datetime(2025, 3, 1, 9, tzinfo=UTC))
    records = extract_page(read_on).records
    assert [(r.title, r.start) for r in records] == [("Org Topologies", "2025-01-24T18:00+01:00")]
    # read the day of its last event (or later), it is news: its dates are postings
    read_late = replace(page, fetched_at=datetime(2025, 3, 12, 20, tzinfo=UTC))
    assert extract_page(read_late).records[0].start is None


def test_an_item_title_with_its_day_in_brackets_and_its_place_after_an_at() -> None:
    """A hackspace's calendar script writes „[2026-06-05 20:00] name @ place“ as each item's title
    and the entry's creation as pubDate: the bracket goes with the day and clock, and what
    follows the „@“ is the place, not part of the name."""
    rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Termine</title><link>https://example.org/events.html</link>
<lastBuildDate>Tue, 02 Jun 2026 23:44:06 +0000</lastBuildDate>
<item><title>[2026-06-09 19:00] Look at my toys! @ Dorotheenstraße 101, 53111 Bonn</title>
<link>https://example.org/events.html</link><pubDate>Tue, 19 May 2026 18:59:16 +0000</pubDate>
<guid isPermaLink="false">A396A6A2</guid></item>
<item><title>[2026-06-16 19:00] Look at my toys! @ Dorotheenstraße 101, 53111 Bonn</title>
<link>https://example.org/events.html</link><pubDate>Tue, 19 May 2026 18:59:16 +0000</pubDate>
<guid isPermaLink="false">A396A6A2</guid></item>
<item><title>[2026-06-19 20:00] Linkup@bitcircus101</title>
<link>https://example.org/events.html</link><pubDate>Fri, 15 May 2026 21:15:10 +0000</pubDate>
</item></channel></rss>"""
    page = page_from_text(rss, "https://example.org/feed.xml", "application/rss+xml")
    records = extract_page(page).records
    assert [(r.title, r.date_text, r.location_text) for r in records] == [
        ("Look at my toys!", "[2026-06-09 19:00] Look at my toys! @ Dorotheenstraße 101, 53111 Bonn",
         "Dorotheenstraße 101, 53111 Bonn"),
        ("Look at my toys!", "[2026-06-16 19:00] Look at my toys! @ Dorotheenstraße 101, 53111 Bonn",
         "Dorotheenstraße 101, 53111 Bonn"),
        ("Linkup@bitcircus101", "[2026-06-19 20:00] Linkup@bitcircus101", None),
    ]  # fmt: skip
    assert records[0].field_sources["location_text"] == "feed:item.title (after @)"
