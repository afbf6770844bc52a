"""Benchmark: the extract stage's listing detection on realistic 200 KB listing pages.

Run: ``.venv/bin/python tests/bench/bench_extract.py`` (pure CPU, no network, < 60 s).

Compares, on the same generated pages:

- selectolax parse only (the floor: no extractor can be faster than parsing the page once),
- ``netdir.extract.extract_page`` in ``auto`` mode (JSON-LD and microdata checks, then the
  listing detector),
- a compact BeautifulSoup(lxml) implementation of the same listing detection (the obvious
  alternative), checked to find the same records.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime

from bs4 import BeautifulSoup, Tag
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.records import Page

TARGET_BYTES = 200_000
PAGE_VARIANTS = 3
TIME_BUDGET_SECONDS = 6.0  # per measured implementation
FLOOR = "selectolax parse only (floor)"
OURS = "netdir extract_page (auto)"
ALTERNATIVE = "BeautifulSoup(lxml) listing"

_TOPICS = ["Open Source", "KI", "Wissensmanagement", "Informationssicherheit", "OZG", "Registermodernisierung", "Agile Verwaltung", "Datenschutz", "E-Akte", "Smart City"]  # fmt: skip
_FORMATS = ["Fachtag", "Netzwerktreffen", "Werkstatt", "Stammtisch", "Online-Seminar", "Barcamp", "Konferenz", "Community-Treffen"]  # fmt: skip
_CITIES = ["Berlin", "Bonn", "Hamburg", "München", "Leipzig", "Freiburg im Breisgau", "Kiel", "Speyer", "online"]  # fmt: skip
_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]  # fmt: skip


def listing_page(seed: int) -> str:
    """A WordPress-like events page: scripts, mega menu, cards, sidebar tag cloud, footer."""
    rng = random.Random(seed)

    def submenu(i: int) -> str:
        return "".join(
            f'<li><a href="/bereich-{i}/seite-{j}/">Unterseite {j}</a></li>' for j in range(6)
        )

    menu = "".join(
        f'<li class="menu-item menu-item-{i}"><a href="/bereich-{i}/">Bereich {i}</a>'
        f'<ul class="sub-menu">{submenu(i)}</ul></li>'
        for i in range(12)
    )
    head = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Veranstaltungen</title>'
        f"<style>{'.card{margin:0 0 1rem;padding:1rem;border:1px solid #ddd}' * 300}</style>"
        f"<script>var cfg = {{{', '.join(f'k{i}: {i}' for i in range(2500))}}};</script></head>"
        f'<body><header class="site-header"><nav class="main-navigation"><ul class="menu">{menu}</ul></nav></header>'
        '<nav class="breadcrumbs"><a href="/">Startseite</a> › <a href="/veranstaltungen/">Veranstaltungen</a></nav>'
        '<main id="inhalt"><h1>Veranstaltungen</h1><div class="event-grid">'
    )
    tag_cloud = " ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/">{t}</a>' for t in _TOPICS)
    tail = (
        '</div><nav class="pagination"><a href="?seite=1">1</a> <a href="?seite=2">2</a> <a rel="next" href="?seite=2">Weiter</a></nav></main>'
        f'<aside class="sidebar"><div class="tagcloud">{tag_cloud}</div></aside>'
        '<footer class="site-footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li>'
        "<li><a href=/kontakt/>Kontakt</a></li></ul></footer></body></html>"
    )
    cards: list[str] = []
    size = len(head) + len(tail)
    number = 0
    while size < TARGET_BYTES:
        number += 1
        topic, fmt, city = rng.choice(_TOPICS), rng.choice(_FORMATS), rng.choice(_CITIES)
        day, month = rng.randint(1, 28), rng.choice(_MONTHS)
        slug = f"{fmt}-{topic}-{number}".lower().replace(" ", "-")
        card = (
            f'<article class="card post-{number} category-{topic.lower().replace(" ", "-")}">'
            f'<a href="/veranstaltungen/{slug}/"><img src="/img/{number}.jpg" alt=""></a>'
            f'<div class="card-body"><p class="card-date">{day}. {month} 2027, {rng.randint(9, 17)}:00 Uhr</p>'
            f'<h3 class="card-title"><a href="/veranstaltungen/{slug}/">{fmt} {topic} in der Verwaltung ({number})</a></h3>'
            f'<p class="card-location">{city}</p>'
            f"<p>Austausch für Beschäftigte aus Bund, Ländern und Kommunen zum Thema {topic}: "
            f"Praxisberichte, Diskussion und Vernetzung im Format {fmt}.</p>"
            f'<a class="more" href="/veranstaltungen/{slug}/">Weiterlesen</a></div></article>'
        )
        cards.append(card)
        size += len(card)
    return head + "".join(cards) + tail


# --- the alternative: the same listing detection on BeautifulSoup(lxml) --------------------

_DATE = re.compile(r"\b\d{1,2}\.\s?(?:\d{1,2}\.|\s?(?:" + "|".join(_MONTHS) + r"))", re.I)
_FURNITURE = re.compile(
    r"(^|[^a-z])(nav|menu|footer|breadcrumbs?|pagination|tagcloud|sidebar)([^a-z]|$)"
)
_HEADINGS = ["h2", "h3", "h4"]


def _bs4_signature(node: Tag) -> str:
    for token in node.get("class") or []:
        if not any(c.isdigit() for c in token) and not token.startswith(("category-", "tag-")):
            return f"{node.name}.{token}"
    return node.name or ""


def _bs4_read(node: Tag, base: str) -> tuple[str | None, str | None, str | None, int, int]:
    text = node.get_text(" ", strip=True)
    links = [a for a in node.find_all("a", href=True)]
    heading = node.find(_HEADINGS)
    title_node = heading or max(links, key=lambda a: len(a.get_text(strip=True)), default=None)
    title = title_node.get_text(" ", strip=True) if title_node else None
    link = (
        title_node
        if title_node is not None and title_node.name == "a"
        else (title_node.find("a", href=True) if title_node else None)
    )
    url = base.rstrip("/") + link["href"] if link is not None else None
    date_node = node.find(class_=re.compile("date|datum")) or node.find(string=_DATE)
    date = (
        date_node.get_text(" ", strip=True)
        if isinstance(date_node, Tag)
        else (str(date_node).strip() if date_node else None)
    )
    return title, url, date, len(text), sum(len(a.get_text(strip=True)) for a in links)


def _bs4_in_furniture(node: Tag | None) -> bool:
    while node is not None and node.name != "[document]":
        names = " ".join(
            [node.name or "", *(node.get("class") or []), node.get("id") or ""]
        ).lower()
        if node.name in ("nav", "header", "footer", "aside") or _FURNITURE.search(names):
            return True
        node = node.parent
    return False


def bs4_listing(html: str, base: str) -> list[tuple[str, str, str | None]]:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    best: tuple[float, list[tuple[str, str, str | None]]] = (0.0, [])
    for parent in soup.body.find_all(True) if soup.body else []:
        groups: dict[str, list[Tag]] = defaultdict(list)
        for child in parent.find_all(True, recursive=False):
            groups[_bs4_signature(child)].append(child)
        for nodes in groups.values():
            if len(nodes) < 2:
                continue
            readings = [_bs4_read(n, base) for n in nodes]
            items = [r for r in readings if r[0] and r[1]]
            if len(items) < 2:
                continue
            count = len(items)
            dated = sum(1 for r in items if r[2]) / count
            words = sum(min(len(r[0].split()), 6) for r in items) / count
            textiness = 1 - sum(r[4] for r in items) / max(1, sum(r[3] for r in items))
            score = 0.2 * min(1, (count - 1) / 5) + 0.25 * dated + 0.15 * max(0, textiness)
            score += 0.15 * max(0.0, min(1.0, (words - 1) / 4)) + 0.1 * count / len(readings)
            score *= 0.25 if _bs4_in_furniture(parent) else 1.0
            if score > best[0]:
                best = (score, [(r[0], r[1], r[2]) for r in items])
    return best[1]


# --- measurement ---------------------------------------------------------------------------


def measure(
    runs: dict[str, Callable[[str], object]], pages: list[str]
) -> dict[str, tuple[float, int]]:
    """Median seconds per page of each implementation, and how many runs each got.

    Rounds interleave the implementations (one run of each per round) so a load spike on this
    shared machine hits all of them alike and the ratios stay fair.
    """
    timings: dict[str, list[float]] = {name: [] for name in runs}
    deadline = time.perf_counter() + TIME_BUDGET_SECONDS * len(runs)
    round_number = 0
    while time.perf_counter() < deadline or round_number < len(pages):
        page = pages[round_number % len(pages)]
        for name, run in runs.items():
            # The parse floor is ~100× faster: repeat it so its median is not timer noise.
            repeats = 20 if name == FLOOR else 1
            start = time.perf_counter()
            for _ in range(repeats):
                run(page)
            timings[name].append((time.perf_counter() - start) / repeats)
        round_number += 1
    return {name: (statistics.median(values), len(values)) for name, values in timings.items()}


def main() -> None:
    base = "https://next-netz.de"
    pages = [listing_page(seed) for seed in range(PAGE_VARIANTS)]
    size_mb = statistics.mean(len(p.encode("utf-8")) for p in pages) / 1e6

    def as_page(text: str) -> Page:
        return Page(
            "bench",
            f"{base}/veranstaltungen/",
            f"{base}/veranstaltungen/",
            200,
            datetime.now(UTC),
            text=text,
        )

    ours = extract_page(as_page(pages[0])).records
    theirs = bs4_listing(pages[0], base)
    same = [(r.title, r.url) for r in ours] == [(t, u) for t, u, _ in theirs]
    print(f"page: {size_mb * 1000:.0f} KB, {len(ours)} listing items; netdir {len(ours)} records "
          f"(confidence {ours[0].confidence:.2f}), BeautifulSoup {len(theirs)} records, same titles+urls: {same}")  # fmt: skip

    runs: dict[str, Callable[[str], object]] = {
        FLOOR: lambda text: LexborHTMLParser(text).body,
        OURS: lambda text: extract_page(as_page(text)),
        ALTERNATIVE: lambda text: bs4_listing(text, base),
    }
    results = measure(runs, pages)
    floor, ours_time, bs4_time = (results[name][0] for name in (FLOOR, OURS, ALTERNATIVE))
    print(
        f"\n{'implementation':32} {'ms/page':>9} {'pages/s':>9} {'MB/s':>8} {'× floor':>8} {'rounds':>6}"
    )
    for name, (seconds, rounds) in results.items():
        print(f"{name:32} {seconds * 1000:9.1f} {1 / seconds:9.1f} {size_mb / seconds:8.2f} {seconds / floor:8.1f} {rounds:6d}")  # fmt: skip
    print(f"\nnetdir extract_page is {bs4_time / ours_time:.1f}× faster than the BeautifulSoup version "
          f"and costs {ours_time / floor:.1f}× a bare selectolax parse.")  # fmt: skip


if __name__ == "__main__":
    main()
