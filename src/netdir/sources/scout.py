"""Scouting a page: what it offers to the extractors, and a catalog entry proposed from that.

Pure functions over HTML already fetched: feeds, iCal/webcal links, JSON-LD and microdata types,
WordPress REST hints, listing blocks, pagination and login-only markers. ``netdir sources add``
and ``netdir sources check`` use them; neither fetching nor printing happens here.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.html_depth import parse_html
from netdir.records import Page

_LOGIN_WORDS = lazy_re.compile(r"\b(Anmelden|Einloggen|Login|Log in|Sign in|Registrieren)\b", re.I)
_NEXT_WORDS = lazy_re.compile(r"^\s*(weiter|nächste( seite)?|next|»|›|>)\s*$", re.I)
_CMS_MARKERS = (
    ("WordPress", ("/wp-content/", "/wp-includes/", "/wp-json/")),
    ("Drupal", ("/sites/default/files", "drupal-settings-json", "Drupal.settings")),
    ("TYPO3", ("/typo3conf/", "/typo3temp/", "/fileadmin/")),
    ("Government Site Builder", ("/SiteGlobals/", "/SharedDocs/")),
    ("Liferay", ("Liferay.ThemeDisplay", "/o/frontend-", "portlet_com_liferay")),
)


@dataclass(slots=True)
class ListingBlock:
    selector: str  # CSS selector of one repeated item
    count: int
    title_selector: str | None  # a heading inside the item, if any


@dataclass(slots=True)
class PageSignals:
    """What one page offers, found without extracting anything."""

    title: str | None = None
    site_name: str | None = None
    cms: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)  # <link rel=alternate> RSS/Atom
    ical_links: list[str] = field(default_factory=list)  # .ics, webcal:, ?ical=1
    jsonld_types: list[str] = field(default_factory=list)
    microdata_types: list[str] = field(default_factory=list)
    wp_json: str | None = None  # the WordPress REST root, if announced
    tec: bool = False  # The Events Calendar markers
    login_markers: list[str] = field(default_factory=list)
    listing_blocks: list[ListingBlock] = field(default_factory=list)
    next_page: str | None = None
    next_selector: str | None = None

    def summary(self) -> str:
        parts = [
            f"JSON-LD {','.join(self.jsonld_types) or '-'}",
            f"microdata {','.join(self.microdata_types) or '-'}",
            f"feeds {len(self.feeds)}",
            f"ical {len(self.ical_links)}",
            f"wp-json {'yes' if self.wp_json else '-'}" + (" (TEC)" if self.tec else ""),
        ]
        if self.listing_blocks:
            best = self.listing_blocks[0]
            parts.append(f"listing {best.selector} ×{best.count}")
        else:
            parts.append("listing -")
        if self.next_page:
            parts.append("next page")
        return " · ".join(parts)


def scout_page(html: str, base_url: str) -> PageSignals:
    """Read the signals an extraction mode relies on from one HTML page."""
    tree = parse_html(html)
    signals = PageSignals()
    title_node = tree.css_first("title")
    signals.title = _text(title_node)
    site = tree.css_first('meta[property="og:site_name"]')
    signals.site_name = (site.attributes.get("content") or None) if site else None
    signals.cms = _cms(tree, html)
    for link in tree.css("link[rel~=alternate][href]"):
        kind = (link.attributes.get("type") or "").lower()
        href = urljoin(base_url, link.attributes.get("href") or "")
        if "rss" in kind or "atom" in kind:
            signals.feeds.append(href)
        elif "calendar" in kind:
            signals.ical_links.append(href)
    for anchor in tree.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        if href.lower().startswith("webcal:"):
            signals.ical_links.append(href)
        elif re.search(r"\.ics(\?|$)|[?&]ical=1", href, re.I):
            signals.ical_links.append(urljoin(base_url, href))
    signals.ical_links = list(dict.fromkeys(signals.ical_links))
    signals.jsonld_types = _jsonld_types(tree)
    signals.microdata_types = sorted(
        {
            (node.attributes.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
            for node in tree.css("[itemscope][itemtype]")
        }
        - {""}
    )
    api = tree.css_first('link[rel="https://api.w.org/"]')
    if api is not None:
        signals.wp_json = urljoin(base_url, api.attributes.get("href") or "/wp-json/")
    elif "/wp-json/" in html:
        signals.wp_json = urljoin(base_url, "/wp-json/")
    signals.tec = "tribe-events" in html or "/wp-json/tribe/" in html
    signals.login_markers = _login_markers(tree)
    signals.listing_blocks = find_listing_blocks(tree)
    signals.next_page, signals.next_selector = _next_page(tree, base_url)
    return signals


def _text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = " ".join(node.text(separator=" ", strip=True).split())
    return text or None


def _cms(tree: LexborHTMLParser, html: str) -> list[str]:
    found: list[str] = []
    generator = tree.css_first('meta[name="generator"]')
    content = (generator.attributes.get("content") or "") if generator else ""
    for name, markers in _CMS_MARKERS:
        if name.split()[0].lower() in content.lower() or any(m in html for m in markers):
            found.append(name)
    return found


def _jsonld_types(tree: LexborHTMLParser) -> list[str]:
    types: Counter[str] = Counter()

    def collect(item: Any) -> None:
        if isinstance(item, list):
            for element in item:
                collect(element)
        elif isinstance(item, dict):
            kind = item.get("@type")
            for name in kind if isinstance(kind, list) else [kind]:
                if isinstance(name, str):
                    types[name] += 1
            if "@graph" in item:
                collect(item["@graph"])

    for script in tree.css('script[type="application/ld+json"]'):
        try:
            collect(json.loads(script.text() or "null"))
        except json.JSONDecodeError:
            types["(invalid JSON-LD)"] += 1
    return [f"{name}×{count}" if count > 1 else name for name, count in types.most_common()]


def _login_markers(tree: LexborHTMLParser) -> list[str]:
    markers: list[str] = []
    if tree.css_first('input[type="password"]') is not None:
        markers.append("password field")
    words: set[str] = set()
    for node in tree.css("form, button, a, h1, h2, input[type=submit]"):
        text = _text(node) or node.attributes.get("value") or ""
        words.update(match.group(1) for match in _LOGIN_WORDS.finditer(text))
    markers.extend(sorted(words))
    return markers


def _next_page(tree: LexborHTMLParser, base_url: str) -> tuple[str | None, str | None]:
    for selector in ('link[rel="next"]', 'a[rel~="next"]', "a.next", ".pagination a.next"):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("href"):
            return urljoin(base_url, node.attributes["href"] or ""), selector
    for anchor in tree.css("a[href]"):
        label = _text(anchor) or anchor.attributes.get("aria-label") or ""
        if _NEXT_WORDS.match(label):
            return urljoin(base_url, anchor.attributes.get("href") or ""), None
    return None, None


def _signature(node: LexborNode) -> str:
    classes = [c for c in (node.attributes.get("class") or "").split() if not c[-1].isdigit()]
    return (node.tag or "") + "".join(f".{c}" for c in classes[:2])


def find_listing_blocks(tree: LexborHTMLParser, minimum: int = 3) -> list[ListingBlock]:
    """Groups of at least ``minimum`` sibling elements of one shape that each hold a link.

    A cheap stand-in for the extract stage's listing detector: enough to propose a ``rules.item``
    selector to a maintainer, who confirms it with ``netdir inspect``.
    """
    blocks: dict[str, ListingBlock] = {}
    body = tree.body
    if body is None:
        return []
    for parent in body.traverse(include_text=False):
        groups: dict[str, list[LexborNode]] = {}
        for child in parent.iter(include_text=False):
            if child.tag in ("script", "style", "option", "br", "link", "meta"):
                continue
            groups.setdefault(_signature(child), []).append(child)
        for signature, members in groups.items():
            linked = [m for m in members if m.css_first("a[href]") is not None]
            wordy = [m for m in linked if len(_text(m) or "") >= 20]
            if len(wordy) < minimum or signature in ("li", "p", "a", "span", "div", "td", "tr"):
                continue
            heading = next(
                (h for h in ("h2", "h3", "h4", ".title", "a") if members[0].css_first(h)), None
            )
            current = blocks.get(signature)
            if current is None or len(wordy) > current.count:
                blocks[signature] = ListingBlock(signature, len(wordy), heading)
    return sorted(blocks.values(), key=lambda block: -block.count)[:3]


def page_html(page: Page) -> str:
    if page.text is not None:
        return page.text
    if page.body is not None:
        return page.body.decode(page.encoding or "utf-8", errors="replace")
    return ""


def _slug(text: str) -> str:
    lowered = text.lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        lowered = lowered.replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-") or "source"


def propose_entry(url: str, signals: PageSignals, source_id: str | None = None) -> dict[str, Any]:
    """A catalog entry for review: what the page offers decides the proposed mode."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    entry: dict[str, Any] = {
        "id": source_id or _slug(host if _is_ip(host) else host.rsplit(".", 1)[0]),
        "name": signals.site_name or signals.title or host,
        "kind": "event_calendar",
        "organizer": signals.site_name or host,
        "level": "mixed",
        "start_urls": [url],
    }
    event_types = [t for t in signals.jsonld_types + signals.microdata_types if "Event" in t]
    calendars = [_http_url(link) for link in signals.ical_links if _http_url(link)]
    if calendars and not (signals.tec or event_types):
        # A calendar feed states dates and places exactly; the HTML around it only teases them.
        entry["start_urls"] = [calendars[0]]
        entry["extract"] = "ical"
    elif signals.tec or event_types or not signals.listing_blocks:
        entry["extract"] = "auto"
    else:
        best = signals.listing_blocks[0]
        title = best.title_selector or "a"
        entry["extract"] = "rules"
        entry["rules"] = {
            "item": best.selector,
            "min_items": 1,
            "fields": {"title": title, "url": "a@href"},
        }
    if signals.next_page:
        entry["follow"] = (
            {"next": signals.next_selector, "max_pages": 5}
            if signals.next_selector
            else {"max_pages": 5}
        )
    entry["domains"] = [host]
    found = []
    if signals.cms:
        found.append(f"CMS {'/'.join(signals.cms)}")
    if signals.jsonld_types:
        found.append(f"JSON-LD {', '.join(signals.jsonld_types)}")
    if signals.microdata_types:
        found.append(f"microdata {', '.join(signals.microdata_types)}")
    if signals.feeds:
        found.append(f"feeds {', '.join(signals.feeds)}")
    if signals.ical_links:
        found.append(f"iCal {', '.join(signals.ical_links[:3])}")
    if signals.wp_json:
        found.append("wp-json" + (" with The Events Calendar" if signals.tec else ""))
    if signals.login_markers:
        found.append(f"login markers ({', '.join(signals.login_markers)})")
    scouted = datetime.now(UTC).date().isoformat()
    entry["notes"] = f"Scouted {scouted} (SEEN): " + ("; ".join(found) or "no structured data")
    return entry


def _http_url(link: str) -> str | None:
    """webcal: is https: by convention; other schemes are not crawlable."""
    if link.startswith("webcal://"):
        return "https://" + link.removeprefix("webcal://")
    return link if link.startswith(("http://", "https://")) else None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
