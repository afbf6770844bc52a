"""`netdir sources add`: the proposed entry should read the page's best data."""

from netdir.catalog import parse_catalog
from netdir.sources.scout import propose_entry, scout_page

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine – AK Digitale Kommune</title>
<link rel="alternate" type="text/calendar" href="/termine/kalender.ics"></head>
<body><main><h1>Termine</h1>
<ul><li><a href="/termine/a/">Herbsttreffen</a> 22.10.2026</li><li><a href="/termine/b/">Stammtisch</a> 03.12.2026</li>
<li><a href="/termine/c/">Klausurtagung</a> 24.02.2027</li></ul>
<p><a href="webcal://ak.example.org/termine/kalender.ics">Kalender abonnieren</a></p></main></body></html>"""


def test_a_page_with_a_calendar_feed_proposes_the_feed() -> None:
    url = "http://127.0.0.1:8703/termine/"
    entry = propose_entry(url, scout_page(PAGE, url))
    assert entry["start_urls"] == ["http://127.0.0.1:8703/termine/kalender.ics"]
    assert entry["extract"] == "ical"
    assert entry["id"] == "127-0-0-1"
    parse_catalog({"sources": [entry]})  # the proposal is a valid catalog entry


def test_webcal_links_become_https() -> None:
    url = "https://ak.example.org/termine/"
    html = PAGE.replace(
        '<link rel="alternate" type="text/calendar" href="/termine/kalender.ics">', ""
    )
    entry = propose_entry(url, scout_page(html, url))
    assert entry["start_urls"] == ["https://ak.example.org/termine/kalender.ics"]
    assert entry["id"] == "ak-example"
