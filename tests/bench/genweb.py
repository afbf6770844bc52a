"""A generated web of event listings on 127.0.0.x, for the benchmarks and a functional test.

``hosts`` hosts (127.0.0.1, 127.0.0.2, …, one port for all) each serve a paginated listing
``/veranstaltungen/?seite=N`` with ``per_page`` events as schema.org JSON-LD (and as visible
HTML, with site furniture around it, ~25 KB a page), linked by ``<a rel="next">``. Every event
is a distinct real-world offering, yet many are near misses of another: parts of one series on
the same day ("Teil 1"/"Teil 2"), working groups told apart by a code ("Gruppe 3-8-4"/"4-9-3"),
the same title in another town on the same day, the same format on other days. A correct
merge keeps all of them. Pages answer ``If-None-Match`` with 304 (ETags are fixed per page),
``robots.txt`` allows everything.

The server is a small asyncio HTTP/1.1 server with keep-alive in its own process, so it does
not share a GIL with the crawler being measured.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import random
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

KINDS = ["Fachtag", "Werkstatt", "Netzwerktreffen", "Forum", "Konferenz", "Barcamp", "Webinar"]
TOPICS = [
    "Digitale Personalarbeit", "E-Akte in Kommunen", "Registermodernisierung",
    "Künstliche Intelligenz in der Verwaltung", "Open Source in Behörden", "Barrierefreie Portale",
    "Informationssicherheit", "Wissensmanagement", "Smart City", "Vergabe digital",
    "Prozessmanagement", "Datenschutz kommunal", "OZG-Umsetzung", "Agiles Arbeiten",
    "Nachhaltige IT", "Bürgerbeteiligung online", "Geodaten", "Haushalt und Finanzen",
]  # fmt: skip
TOWNS = [
    "Berlin", "Leipzig", "Kiel", "Bonn", "Erfurt", "Mainz", "Potsdam", "Ulm", "Speyer", "Jena",
    "Kassel", "Rostock", "Münster", "Freiburg im Breisgau", "Magdeburg", "Saarbrücken",
]  # fmt: skip
FIRST_DAY = date(2027, 1, 4)
DAYS = 360
SEED = 12


@dataclass(frozen=True, slots=True)
class Event:
    host: int  # 1-based: 127.0.0.<host>
    page: int  # 1-based listing page
    slug: str
    title: str
    day: date
    town: str


@dataclass(frozen=True, slots=True)
class GeneratedWeb:
    hosts: int
    pages_per_host: int
    per_page: int = 10

    @property
    def pages(self) -> int:
        return self.hosts * self.pages_per_host

    @property
    def events(self) -> int:
        return self.pages * self.per_page


def _titles_for_slot(rng: random.Random, base: str) -> list[str]:
    """One event, or siblings on one day that differ only in a number."""
    roll = rng.random()
    if roll < 0.15:
        return [f"{base} – Teil {n}" for n in range(1, rng.randint(2, 3) + 1)]
    if roll < 0.25:
        codes = set()
        while len(codes) < 2:
            codes.add("-".join(str(rng.randint(1, 9)) for _ in range(3)))
        return [f"{base} Gruppe {code}" for code in sorted(codes)]
    if roll < 0.3:
        return [f"{rng.randint(2, 12)}. {base}"]
    return [base]


@lru_cache(maxsize=4)
def generate_events(web: GeneratedWeb) -> tuple[Event, ...]:
    """The web's events, spread over hosts and pages in order; the same for the same sizes."""
    rng = random.Random(SEED)
    taken: set[tuple[str, str, date, str]] = set()
    titles: list[tuple[str, date, str]] = []
    while len(titles) < web.events:
        kind, topic, town = rng.choice(KINDS), rng.choice(TOPICS), rng.choice(TOWNS)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        # A slot (format, town, day) holds one offering or one set of numbered siblings: two
        # unnumbered events with one title, town and day would be one offering.
        if (kind, topic, day, town) in taken:
            continue
        taken.add((kind, topic, day, town))
        for title in _titles_for_slot(rng, f"{kind} {topic}"):
            titles.append((title, day, town))
    rng.shuffle(titles)
    events = []
    for number, (title, day, town) in enumerate(titles[: web.events]):
        page_index, _ = divmod(number, web.per_page)
        host_index, page = divmod(page_index, web.pages_per_host)
        events.append(Event(host_index + 1, page + 1, f"e{number}", title, day, town))
    return tuple(events)


def listing_path(page: int) -> str:
    return "/veranstaltungen/" if page == 1 else f"/veranstaltungen/?seite={page}"


_FURNITURE = "".join(
    f'<li><a href="/bereich/{n}/">Bereich {n}: Service, Beratung und Informationen</a></li>'
    for n in range(120)
)


def render_page(web: GeneratedWeb, host: int, page: int, port: int) -> bytes:
    events = generate_events(web)
    start = ((host - 1) * web.pages_per_host + (page - 1)) * web.per_page
    listed = events[start : start + web.per_page]
    origin = f"http://127.0.0.{host}:{port}"
    things = [
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "url": f"{origin}/veranstaltung/{event.slug}/",
            "startDate": f"{event.day.isoformat()}T09:30:00+01:00",
            "endDate": f"{event.day.isoformat()}T16:00:00+01:00",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place",
                "name": f"Rathaus {event.town}",
                "address": {"@type": "PostalAddress", "addressLocality": event.town},
            },
            "organizer": {"@type": "Organization", "name": f"Verwaltungsnetz {host}"},
            "description": f"{event.title} für Beschäftigte von Bund, Ländern und Kommunen.",
        }
        for event in listed
    ]
    items = "".join(
        f'<article class="termin"><h2><a href="/veranstaltung/{event.slug}/">{event.title}</a>'
        f"</h2><p>{event.day:%d.%m.%Y}, 9:30–16:00 Uhr, Rathaus {event.town}</p></article>"
        for event in listed
    )
    pager = (
        f'<a rel="next" href="{listing_path(page + 1)}">Weiter</a>'
        if page < web.pages_per_host
        else ""
    )
    jsonld = json.dumps(things, ensure_ascii=False)
    return (
        f'<!doctype html><html lang="de"><head><meta charset="utf-8">'
        f"<title>Termine – Seite {page}</title>"
        f'<script type="application/ld+json">{jsonld}</script></head>'
        f"<body><nav><ul>{_FURNITURE}</ul></nav><main><h1>Termine</h1>{items}"
        f'<nav class="pager">{pager}</nav></main><footer>Impressum · Datenschutz</footer>'
        f"</body></html>"
    ).encode()


def etag(host: int, page: int) -> str:
    return f'"h{host}p{page}v1"'


# --- the server -------------------------------------------------------------------------------


def _response(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return f"HTTP/1.1 {status}\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body


async def _serve(web: GeneratedWeb, port: int, ready: multiprocessing.Event) -> None:  # type: ignore[valid-type]
    robots = _response("200 OK", {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n")
    missing = _response("404 Not Found", {"Content-Type": "text/plain"}, b"not found")
    # Each page's response is rendered once and kept (5,000 pages: ~90 MB here): rendering it
    # again for every run (~0.3 ms a page) took CPU from the crawler being measured, on 2 cores.
    rendered: dict[tuple[int, int], bytes] = {}

    async def answer(host: int, path: str, if_none_match: str | None) -> bytes:
        if path == "/robots.txt":
            return robots
        page = 1 if path == "/veranstaltungen/" else None
        if path.startswith("/veranstaltungen/?seite="):
            number = path.rpartition("=")[2]
            page = int(number) if number.isdigit() else None
        if page is None or not 1 <= page <= web.pages_per_host:
            return missing
        tag = etag(host, page)
        if if_none_match == tag:
            return _response("304 Not Modified", {"ETag": tag})
        if (host, page) not in rendered:
            body = render_page(web, host, page, port)
            headers = {"Content-Type": "text/html; charset=utf-8", "ETag": tag}
            rendered[host, page] = _response("200 OK", headers, body)
        return rendered[host, page]

    def handler_for(host: int):  # type: ignore[no-untyped-def]
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:
                    head = await reader.readuntil(b"\r\n\r\n")
                    lines = head.decode("latin-1").split("\r\n")
                    path = lines[0].split(" ")[1]
                    headers = {
                        name.strip().lower(): value.strip()
                        for name, _, value in (line.partition(":") for line in lines[1:] if line)
                    }
                    writer.write(await answer(host, path, headers.get("if-none-match")))
                    await writer.drain()
                    if headers.get("connection", "").lower() == "close":
                        break
            except (asyncio.IncompleteReadError, ConnectionError, IndexError):
                pass
            finally:
                writer.close()

        return handle

    servers = [
        await asyncio.start_server(handler_for(host), f"127.0.0.{host}", port, backlog=1024)
        for host in range(1, web.hosts + 1)
    ]
    ready.set()  # type: ignore[attr-defined]
    await asyncio.gather(*(server.serve_forever() for server in servers))


def _run_server(web: GeneratedWeb, port: int, ready: multiprocessing.Event) -> None:  # type: ignore[valid-type]
    generate_events(web)
    asyncio.run(_serve(web, port, ready))


def free_port_on_all_hosts(hosts: int) -> int:
    """A port free on 127.0.0.1 … 127.0.0.<hosts> (the OS picks one on .1, the rest are tried)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        try:
            for host in range(1, hosts + 1):
                with socket.socket() as sock:
                    sock.bind((f"127.0.0.{host}", port))
        except OSError:
            continue
        return port
    raise RuntimeError(f"no port free on all of 127.0.0.1-{hosts}")


@contextmanager
def serving(web: GeneratedWeb) -> Iterator[int]:
    """Serve ``web`` from a child process; yields the port."""
    context = multiprocessing.get_context("spawn")
    # The port is free when probed, not necessarily when the child binds it a second later
    # (CI: a parallel test's connection took it, "address already in use"): a child that dies
    # before it is ready is started again on another port.
    for _ in range(_START_ATTEMPTS):
        port = free_port_on_all_hosts(web.hosts)
        ready = context.Event()
        process = context.Process(target=_run_server, args=(web, port, ready), daemon=True)
        process.start()
        if _started(process, ready):
            break
        process.join(10)
    else:
        raise RuntimeError(
            f"the generated web did not start in {_START_ATTEMPTS} attempts (its child process "
            "died or took over 60 s each time; its traceback is above)"
        )
    try:
        yield port
    finally:
        process.terminate()
        process.join(10)


_START_ATTEMPTS = 5


def _started(process: multiprocessing.process.BaseProcess, ready: Any) -> bool:
    """Whether the child signalled ``ready`` within 60 s (False as soon as it died)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if ready.wait(0.2):
            return True
        if not process.is_alive():
            return ready.is_set()
    process.terminate()
    return False


def start_urls(web: GeneratedWeb, port: int) -> list[str]:
    return [f"http://127.0.0.{host}:{port}/veranstaltungen/" for host in range(1, web.hosts + 1)]


def catalog_yaml(
    web: GeneratedWeb,
    port: int,
    *,
    delay_seconds: float = 0,
    concurrency_per_host: int = 4,
    concurrency: int = 16,
) -> str:
    """A netdir catalog: one source per host, its listing followed through every page."""
    lines = [
        "settings:",
        f"  delay_seconds: {delay_seconds}",
        f"  concurrency_per_host: {concurrency_per_host}",
        f"  concurrency: {concurrency}",
        "  retries: 0",
        "sources:",
    ]
    for host, url in enumerate(start_urls(web, port), start=1):
        lines += [
            f"  - id: gen-{host:02d}",
            f"    name: Generierte Termine {host}",
            "    kind: event",
            f"    start_urls: [{url}]",
            f"    organizer: Verwaltungsnetz {host}",
            "    extract: jsonld",
            f"    follow: {{max_pages: {web.pages_per_host}}}",
        ]
    return "\n".join(lines) + "\n"
