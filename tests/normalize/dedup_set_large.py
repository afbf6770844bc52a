"""A labelled dedup set of ~250 records: offerings seen on several sources, written differently,
beside near misses that must stay apart.

The same offering appears on its organizer's site (JSON-LD, ISO dates), in a regional calendar
(a table row: "12.03.2027, 9:00 Uhr") and as a news teaser ("Anmeldung geöffnet: …", a long
date, sometimes an edition number in front). Near misses are what fooled the merge before:
parts of one series on the same day ("Teil 1"/"Teil 2"), codes that differ in their numbers
("Gruppe 3-8-4"/"4-9-3"), next year's edition, the same title in another town on the same
day, another format on the same topic that day ("Fachtag"/"Barcamp"), and a monthly meeting on
other days. Built from a fixed seed, so the set is the same
on every machine. Shared by ``test_merge.py`` and ``tests/bench/bench_normalize.py``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from netdir.catalog.model import Source
from netdir.records import RawRecord
from tests.normalize.dedup_set import Labelled

SEED = 12
_MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
]  # fmt: skip
_KINDS = ["Fachtag", "Werkstatt", "Netzwerktreffen", "Forum", "Konferenz", "Barcamp", "Webinar"]
_TOPICS = [
    "Digitale Personalarbeit", "E-Akte in Kommunen", "Registermodernisierung",
    "Künstliche Intelligenz in der Verwaltung", "Open Source in Behörden", "Barrierefreie Portale",
    "Informationssicherheit", "Wissensmanagement", "Smart City", "Vergabe digital",
    "Prozessmanagement", "Datenschutz kommunal", "OZG-Umsetzung", "Agiles Arbeiten",
    "Nachhaltige IT", "Bürgerbeteiligung online",
]  # fmt: skip
_TOWNS = ["Berlin", "Leipzig", "Kiel", "Bonn", "Erfurt", "Mainz", "Potsdam", "Ulm", "Speyer"]


def _source(source_id: str, **fields: object) -> Source:
    return Source.model_validate(
        {"id": source_id, "name": source_id, "start_urls": [f"https://{source_id}.example.org/"]}
        | fields
    )


LARGE_DEDUP_SOURCES: dict[str, Source] = {
    source.id: source
    for source in (
        _source("veranstalter", precedence=60),
        _source("egov-kalender", precedence=50),
        _source("land-portal", precedence=50),
        _source("kommune21", precedence=40),
    )
}


def _long_date(day: date) -> str:
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def _records(
    rng: random.Random,
    entity: str,
    title: str,
    day: date,
    town: str,
    slug: str,
    own_title: str | None = None,
) -> list[Labelled]:
    """The offering as 1–4 sources show it; ``own_title`` is how the organizer calls it."""
    out = [
        Labelled(entity, RawRecord(
            source_id="veranstalter", page_url="https://veranstalter.example.org/termine",
            extractor="jsonld", title=own_title or title, url=f"https://veranstalter.example.org/{slug}/",
            start=f"{day.isoformat()}T09:30:00+01:00", location_text=f"Rathaus, {town}",
        )),
    ]  # fmt: skip
    if rng.random() < 0.8:
        row_title = title.replace(" in der ", " i. d. ") if rng.random() < 0.3 else title
        out.append(Labelled(entity, RawRecord(
            source_id="egov-kalender", page_url="https://egov-kalender.example.org/termine",
            extractor="rules", title=f"{row_title} {day.year}" if rng.random() < 0.4 else row_title,
            url=f"https://egov-kalender.example.org/termine/{slug}",
            date_text=f"{day:%d.%m.%Y}, 9:30 Uhr", location_text=town,
        )))  # fmt: skip
    if rng.random() < 0.5:
        out.append(Labelled(entity, RawRecord(
            source_id="land-portal", page_url="https://land-portal.example.org/kalender",
            extractor="rules", title=f"„{title}“",
            url=f"https://land-portal.example.org/kalender/{slug}.html",
            date_text=_long_date(day), location_text=f"{town}, Stadthaus",
        )))  # fmt: skip
    if rng.random() < 0.4:
        lead = rng.choice(["Anmeldung geöffnet: ", "Jetzt anmelden: ", "Programm steht: "])
        out.append(Labelled(entity, RawRecord(
            source_id="kommune21", page_url="https://kommune21.example.org/meldungen",
            extractor="listing", confidence=0.6, title=f"{lead}{title}",
            url=f"https://kommune21.example.org/meldung_{rng.randrange(10_000, 99_999)}.html",
            date_text=_long_date(day), location_text=town,
        )))  # fmt: skip
    return out


def build_large_dedup_set() -> tuple[Labelled, ...]:
    rng = random.Random(SEED)
    labelled: list[Labelled] = []
    first_day = date(2027, 1, 11)
    number = 0
    for kind in _KINDS:
        for topic in rng.sample(_TOPICS, 6):
            number += 1
            day = first_day + timedelta(days=rng.randrange(0, 300))
            town = rng.choice(_TOWNS)
            title = f"{kind} {topic}"
            slug = f"e{number}"
            twist = number % 7
            if twist == 0:  # a two-part series on one day
                labelled += _records(rng, f"{slug}-1", f"{title} – Teil 1", day, town, slug + "-1")
                labelled += _records(rng, f"{slug}-2", f"{title} – Teil 2", day, town, slug + "-2")
            elif twist == 1:  # working groups told apart by a code
                a, b = rng.sample(range(1, 10), 2)
                codes = (f"{a}-{b}-{a + b % 3}", f"{b}-{a + 1}-{a}")
                for code in codes:
                    labelled += _records(
                        rng, f"{slug}-{code}", f"{title} Gruppe {code}", day, town, f"{slug}-{code}"
                    )
            elif twist == 2:  # this year's and next year's edition
                labelled += _records(rng, slug, f"{title} {day.year}", day, town, slug)
                later = day + timedelta(days=364)
                labelled += _records(
                    rng, f"{slug}-next", f"{title} {later.year}", later, town, slug + "-next"
                )
            elif twist == 3:  # the same format in another town on the same day
                other = rng.choice([t for t in _TOWNS if t != town])
                labelled += _records(rng, slug, title, day, town, slug)
                labelled += _records(rng, f"{slug}-{other}", title, day, other, f"{slug}-{other}")
            elif twist == 4:  # a monthly meeting: same title, other days
                for month in range(3):
                    labelled += _records(
                        rng,
                        f"{slug}-m{month}",
                        title,
                        day + timedelta(days=28 * month),
                        town,
                        f"{slug}-m{month}",
                    )
            elif twist == 6:  # another format on the same topic, same town and day
                other_kind = rng.choice([k for k in _KINDS if k != kind])
                labelled += _records(rng, slug, title, day, town, slug)
                labelled += _records(
                    rng, f"{slug}-{other_kind}", f"{other_kind} {topic}", day, town, f"{slug}-x"
                )
            else:  # one offering, with an edition number only its organizer writes
                edition = f"{3 + number % 5}. {title}"
                labelled += _records(rng, slug, title, day, town, slug, own_title=edition)
    return tuple(labelled)


LARGE_DEDUP_SET = build_large_dedup_set()
