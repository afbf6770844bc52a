"""The sample web's files: fictional, realistic in the ways that matter, and consistent."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from protego import Protego

from netdir.demo.files import SITE_CHARSETS
from netdir.demo.server import default_overlay_dir, default_sites_dir

SITES = default_sites_dir()
OVERLAY = default_overlay_dir()
FICTION_NOTE = "Fiktive Beispielseite für netdir – alle Angaben erfunden"


def _site_of(path: Path) -> str:
    root = SITES if path.is_relative_to(SITES) else OVERLAY
    return path.relative_to(root).parts[0]


def _text(path: Path) -> str:
    return path.read_bytes().decode(SITE_CHARSETS.get(_site_of(path), "utf-8"))


HTML_PAGES = sorted([*SITES.rglob("*.html"), *OVERLAY.rglob("*.html")])


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_every_page_says_in_its_footer_that_it_is_fictional(page: Path) -> None:
    text = _text(page)
    footer = re.search(r"<footer\b.*?</footer>|<div id=\"f(?:ooter|uss)\">.*?</div>", text, re.S)
    assert footer, f"{page}: no footer"
    assert FICTION_NOTE in html.unescape(footer.group(0))


def test_there_are_six_sites_each_with_robots_txt_and_a_home_page() -> None:
    sites = sorted(path.name for path in SITES.iterdir() if path.is_dir())
    assert sites == [
        "cop-overview",
        "gsb-aktuelles",
        "ical-feed",
        "rss-news",
        "typo3-termine",
        "wp-events",
    ]
    for site in sites:
        assert (SITES / site / "robots.txt").is_file(), site
        assert (SITES / site / "index.html").is_file(), site
        assert "Crawl-delay" not in (SITES / site / "robots.txt").read_text(encoding="utf-8")


def test_the_wordpress_listing_links_into_an_area_robots_txt_disallows() -> None:
    robots = Protego.parse((SITES / "wp-events/robots.txt").read_text(encoding="utf-8"))
    listing = _text(SITES / "wp-events/veranstaltungen/index.html")
    links = re.findall(r'href="(/[^"]*)"', listing)
    disallowed = [link for link in links if not robots.can_fetch(link, "netdir")]
    assert "/intern/mitgliederbereich/" in disallowed
    assert robots.can_fetch("/veranstaltungen/", "netdir")


def test_latin1_files_are_not_utf8() -> None:
    for page in (SITES / "cop-overview").rglob("*.html"):
        body = page.read_bytes()
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert 'charset="iso-8859-1"' in body.decode("iso-8859-1")


def _json_ld_events(page: Path) -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    for block in re.findall(
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>', _text(page), re.S
    ):
        data = json.loads(block)
        items = data if isinstance(data, list) else data.get("@graph", [data])
        events.extend(item for item in items if item.get("@type") == "Event")
    return events


def test_wordpress_json_ld_has_events_beside_a_yoast_graph() -> None:
    events = _json_ld_events(SITES / "wp-events/veranstaltungen/index.html")
    assert len(events) == 6
    statuses = [str(event["eventStatus"]).rsplit("/", 1)[-1] for event in events]
    assert statuses.count("EventCancelled") == 1
    modes = {str(event["eventAttendanceMode"]).rsplit("/", 1)[-1] for event in events}
    assert modes == {
        "OnlineEventAttendanceMode",
        "OfflineEventAttendanceMode",
        "MixedEventAttendanceMode",
    }


def test_tec_rest_venues_are_objects_or_empty_lists_with_entities() -> None:
    data = json.loads((SITES / "wp-events/wp-json/tribe/events/v1/events/index.json").read_bytes())
    venues = [event["venue"] for event in data["events"]]
    assert [] in venues and any(isinstance(venue, dict) for venue in venues)
    assert "f&uuml;r" in json.dumps(data, ensure_ascii=False)


def test_v2_changes_what_a_week_later_would_change() -> None:
    v1_events = {
        e["name"]: e for e in _json_ld_events(SITES / "wp-events/veranstaltungen/index.html")
    }
    v2_events = {
        e["name"]: e for e in _json_ld_events(OVERLAY / "wp-events/veranstaltungen/index.html")
    }
    assert v1_events.keys() == v2_events.keys()
    moved = [n for n in v1_events if v1_events[n]["startDate"] != v2_events[n]["startDate"]]
    cancelled = [
        n
        for n in v1_events
        if v1_events[n]["eventStatus"] != v2_events[n]["eventStatus"]
        and str(v2_events[n]["eventStatus"]).endswith("EventCancelled")
    ]
    assert len(moved) == 1 and len(cancelled) == 1

    def typo3_titles(root: Path) -> set[str]:
        return set(
            re.findall(
                r'<td class="titel"><a [^>]*>([^<]+)</a>',
                _text(root / "typo3-termine/termine/index.html"),
            )
        )

    assert typo3_titles(SITES) - typo3_titles(OVERLAY) == {"Workshop Prozessmanagement kompakt"}
    assert not typo3_titles(OVERLAY) - typo3_titles(SITES)

    def ics_summaries(root: Path) -> set[str]:
        return set(
            re.findall(r"^SUMMARY:(.*?)\r$", _text(root / "ical-feed/termine/kalender.ics"), re.M)
        )

    assert ics_summaries(OVERLAY) - ics_summaries(SITES) == {"Sondertreffen KI im Bürgerservice"}

    unchanged = [
        path
        for path in OVERLAY.rglob("*")
        if path.is_file() and path.read_bytes() == (SITES / path.relative_to(OVERLAY)).read_bytes()
    ]
    assert [p.relative_to(OVERLAY).as_posix() for p in unchanged] == [
        "cop-overview/communities/index.html"
    ]


def test_every_overlay_file_replaces_an_existing_v1_file_or_adds_to_a_site() -> None:
    for path in OVERLAY.rglob("*"):
        if path.is_file():
            assert (SITES / path.relative_to(OVERLAY).parts[0]).is_dir(), path


def test_ical_lines_end_in_crlf_and_are_folded_at_75_octets() -> None:
    body = (SITES / "ical-feed/termine/kalender.ics").read_bytes()
    lines = body.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "long descriptions are folded"
