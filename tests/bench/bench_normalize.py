"""Normalizer benchmark: throughput and quality against the obvious alternative.

Run: ``.venv/bin/python tests/bench/bench_normalize.py`` (self-contained, < 60 s, no network).

1. 20,000 synthetic raw records (German listing rows, JSON-LD values, teasers; a third of them
   the same offering seen again on another source) through ``normalize_record`` and then
   ``merge_offerings``: records/s.
2. The date part alone: ``parse_when`` (its cache bypassed) vs
   ``dateutil.parser.parse(fuzzy=True, dayfirst=True)`` on the same 20,000 date texts and
   ``dateparser.parse`` on the first 1,000 (throughput), and on the hand-checked table
   ``tests/normalize/data/when_cases.tsv`` (share of correct start days; junk must give None).
3. Dedup precision and recall (pairwise) on the labelled set of ``tests/normalize/dedup_set.py``.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # so "tests.normalize" imports when run as a script

from dateutil import parser as dateutil_parser  # noqa: E402

from netdir.catalog.model import Source  # noqa: E402
from netdir.normalize import merge_offerings, normalize_all, normalize_record  # noqa: E402
from netdir.normalize.when import _parse_when  # noqa: E402
from netdir.records import Offering, RawRecord  # noqa: E402
from tests.normalize.dedup_set import DEDUP_SET, DEDUP_SOURCES, pairwise_score  # noqa: E402
from tests.normalize.test_parse_when import CASES  # noqa: E402

TODAY = date(2026, 11, 27)
_parse_when_uncached = _parse_when.__wrapped__
RECORDS = 20_000
SEED = 27

_KINDS = ["Fachtag", "Konferenz", "Werkstatt", "Stammtisch", "Webinar", "Barcamp", "Forum"]
_TOPICS = [
    "Künstliche Intelligenz", "Registermodernisierung", "Open Source", "E-Akte",
    "Informationssicherheit", "Personalgewinnung", "Vergabe", "Smart City", "OZG", "Daten",
]  # fmt: skip
_PLACES = [
    "Berlin", "10117 Berlin", "Messe Berlin, Halle 3", "Leipzig, Kongresshalle am Auwald",
    "online via Webex", "hybrid", "Halle (Saale), Stadthaus", "Frankfurt am Main",
    "Stadthaus Ulm, Münsterplatz 50, 89073 Ulm", "Kiel", "Rathaus Speyer", "vor Ort und online",
]  # fmt: skip
_TOWNS = {
    "Berlin": "10117", "Hamburg": "20095", "München": "80331", "Köln": "50667",
    "Leipzig": "04109", "Dresden": "01067", "Bonn": "53111", "Kiel": "24103", "Erfurt": "99084",
    "Potsdam": "14467", "Mainz": "55116", "Magdeburg": "39104", "Schwerin": "19053",
    "Hannover": "30159", "Saarbrücken": "66111", "Wiesbaden": "65183", "Jena": "07743",
    "Freiburg im Breisgau": "79098", "Halle (Saale)": "06108", "Frankfurt (Oder)": "15230",
    "Speyer": "67346", "Goslar": "38640",
}  # fmt: skip
_VENUES = ["Rathaus", "Stadthaus", "Kongresszentrum", "Bürgerhaus", "Landeshaus", "Akademie"]
_MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
]  # fmt: skip


def _date_text(rng: random.Random, day: date) -> str:
    style = rng.randrange(8)
    if style == 4 and (day - TODAY).days > 360:
        style = 1  # a page leaves the year out only for the coming months
    month = _MONTHS[day.month - 1]
    return [
        f"{day:%d.%m.%Y}",
        f"{day.day}. {month} {day.year}",
        f"{day:%d.%m.%Y}, {rng.randint(8, 14)}:00–{rng.randint(15, 18)}:00 Uhr",
        f"{day.day}.–{day.day + 1}. {month} {day.year}",
        f"{day.day}. {month}",
        f"Beginn: {day:%d.%m.%Y}, 9.30 Uhr",
        f"KW {day.isocalendar().week}/{day.year}",
        rng.choice(["tba", "Termin folgt", f"Herbst {day.year}"]),
    ][style]


def _place_text(rng: random.Random) -> str:
    """Mostly unique addresses, so caches see what a real crawl gives them."""
    if rng.random() < 0.3:
        return rng.choice(_PLACES)
    town = rng.choice(list(_TOWNS))
    venue = f"{rng.choice(_VENUES)} {rng.choice(['am Markt', 'Nord', town, 'Mitte'])}"
    street = f"{rng.choice(['Haupt', 'Bahnhof', 'Schiller', 'Markt'])}straße {rng.randint(1, 180)}"
    return f"{venue}, {street}, {_TOWNS[town]} {town}"


def _same_day_other_style(rng: random.Random, text: str | None, day: date) -> str | None:
    if text is None or not (text[:1].isdigit() or text.startswith("Beginn")):
        return text  # weeks, seasons and "tba" stay as written
    if " – " in text or ".–" in text:
        return text  # ranges stay as written
    return rng.choice([f"{day:%d.%m.%Y}", f"{day.day}.{day.month}.{day.year % 100}", text])


def _town_of(location: str | None) -> str | None:
    """The town alone, as a calendar row often gives it ("…, 04109 Leipzig" → "Leipzig")."""
    last = location.rsplit(",", 1)[-1].strip() if location else ""
    if not last[:5].isdigit():
        return location
    return last.split(" ", 1)[-1]


def synthetic_records(count: int) -> tuple[list[RawRecord], list[int]]:
    """Records and, for each, the number of the real-world offering it describes."""
    rng = random.Random(SEED)
    originals: list[RawRecord] = []
    listed_on: list[set[int]] = []  # which calendars already list each original
    days: list[date] = []
    records: list[RawRecord] = []
    entities: list[int] = []
    while len(records) < count:
        if originals and rng.random() < 0.33:
            number = rng.randrange(len(originals))
            calendar = rng.randrange(5)
            if calendar in listed_on[number]:
                continue  # a calendar lists an offering once
            listed_on[number].add(calendar)
            seen = originals[number]
            records.append(
                RawRecord(
                    source_id=f"kalender{calendar}",
                    page_url=f"https://kalender{calendar}.example.org/termine",
                    url=f"https://kalender{calendar}.example.org/termine/{len(records)}",
                    extractor="listing",
                    title=seen.title.replace(" – ", ": ") + rng.choice(["", " (Anmeldung offen)"]),
                    # Another page writes the same day and place its own way.
                    date_text=_same_day_other_style(rng, seen.date_text, days[number]),
                    location_text=_town_of(seen.location_text),
                    confidence=0.7,
                )
            )
            entities.append(number)
            continue
        number = len(originals)
        day = date(2027, 1, 4).fromordinal(date(2027, 1, 4).toordinal() + rng.randrange(330))
        raw = RawRecord(
            source_id=f"site{number % 40}",
            page_url=f"https://site{number % 40}.example.org/termine",
            extractor=rng.choice(["rules", "jsonld", "listing"]),
            title=f"{rng.choice(_KINDS)} {rng.choice(_TOPICS)} – Ausgabe {number}",
            url=f"https://site{number % 40}.example.org/termine/{number}",
            date_text=_date_text(rng, day),
            location_text=_place_text(rng),
            description="Austausch für Beschäftigte aus Bund, Ländern und Kommunen. "
            + rng.choice(["Die Teilnahme ist kostenfrei.", "Teilnahmegebühr 390 €.", ""]),
            status_text=rng.choice([None, None, None, "abgesagt"]),
        )
        entities.append(len(originals))
        days.append(day)
        originals.append(raw)
        listed_on.append(set())
        records.append(raw)
    return records, entities


def _pairs(groups: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in groups.values())


def synthetic_pair_score(
    records: Sequence[RawRecord], entities: Sequence[int], offerings: Sequence[Offering]
) -> tuple[float, float]:
    """Pairwise precision and recall, counted from cluster sizes (no n² loop)."""
    owner = {(ref.source_id, ref.url): o.id for o in offerings for ref in o.sources}
    clusters = [owner[(r.source_id, r.url or r.page_url)] for r in records]
    both = _pairs(Counter(zip(entities, clusters, strict=True)))
    predicted, true = _pairs(Counter(clusters)), _pairs(Counter(entities))
    return both / predicted if predicted else 1.0, both / true if true else 1.0


def _timed(action: Callable[[], object]) -> tuple[object, float]:
    """CPU seconds of this process: all work here is single-threaded, and wall time on a
    shared machine measures the neighbours as much as the code."""
    began = time.process_time()
    result = action()
    return result, time.process_time() - began


def _dateutil_start(text: str) -> date | None:
    try:
        return dateutil_parser.parse(
            text, fuzzy=True, dayfirst=True, default=datetime(TODAY.year, 1, 1)
        ).date()
    except (ValueError, OverflowError, TypeError):
        return None


_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "future",
    "RELATIVE_BASE": datetime(TODAY.year, TODAY.month, TODAY.day),
}
DATEPARSER_SAMPLE = 1_000  # ~5 ms a text: the whole 20,000 would take the benchmark's budget


def _dateparser_start(text: str) -> date | None:
    import dateparser  # installed with prefect; made for dates on web pages

    found = dateparser.parse(text, languages=["de", "en"], settings=_DATEPARSER_SETTINGS)
    return found.date() if found else None


def _netdir_start(text: str) -> date | None:
    found = _parse_when_uncached(text, TODAY, None)
    return date.fromisoformat(found.start[:10]) if found.start else None


def _start_day_accuracy(parse: Callable[[str], date | None]) -> float:
    right = 0
    for case in CASES:
        if case.today != TODAY or case.page_date is not None:
            continue
        expected = date.fromisoformat(case.expected.start[:10]) if case.expected.start else None
        right += parse(case.text) == expected
    return right / sum(1 for c in CASES if c.today == TODAY and c.page_date is None)


def _row(cells: Sequence[object]) -> str:
    return "  ".join(f"{cell!s:<34}" if i == 0 else f"{cell!s:>14}" for i, cell in enumerate(cells))


def main() -> None:
    wall_began = time.perf_counter()
    records, entities = synthetic_records(RECORDS)
    sources = {
        f"site{i}": Source(id=f"site{i}", name="s", start_urls=["https://example.org/"])
        for i in range(40)
    }
    normalize_record(records[0], today=TODAY)  # load gazetteer and taxonomy outside the timing
    offerings, normalize_seconds = _timed(
        lambda: [normalize_record(r, today=TODAY, source=sources.get(r.source_id)) for r in records]
    )
    merged, merge_seconds = _timed(lambda: merge_offerings(offerings))  # type: ignore[arg-type]

    texts = [r.date_text or "" for r in records]
    # Without parse_when's cache: dateutil has none, and the texts repeat.
    _, ours_seconds = _timed(lambda: [_parse_when_uncached(t, TODAY, None) for t in texts])
    _, dateutil_seconds = _timed(lambda: [_dateutil_start(t) for t in texts])

    score = pairwise_score(
        DEDUP_SET,
        normalize_all([item.record for item in DEDUP_SET], today=TODAY, sources=DEDUP_SOURCES),
    )

    print(f"normalize benchmark: {RECORDS:,} synthetic records, today={TODAY}")
    print(_row(["step", "cpu seconds", "records/s"]))
    print(
        _row(
            ["normalize_record", f"{normalize_seconds:.2f}", f"{RECORDS / normalize_seconds:,.0f}"]
        )
    )
    print(_row(["merge_offerings", f"{merge_seconds:.2f}", f"{RECORDS / merge_seconds:,.0f}"]))
    total = normalize_seconds + merge_seconds
    print(_row(["normalize + merge", f"{total:.2f}", f"{RECORDS / total:,.0f}"]))
    synthetic_precision, synthetic_recall = synthetic_pair_score(records, entities, merged)  # type: ignore[arg-type]
    print(
        f"  {RECORDS:,} records → {len(merged):,} offerings "  # type: ignore[arg-type]
        f"({len(set(entities)):,} real); pairwise precision {synthetic_precision:.3f}, "
        f"recall {synthetic_recall:.3f}"
    )
    print()
    print(_row(["date part", "texts/cpu-s", "start day right"]))
    ours_rate, dateutil_rate = RECORDS / ours_seconds, RECORDS / dateutil_seconds
    print(
        _row(
            ["netdir parse_when", f"{ours_rate:,.0f}", f"{_start_day_accuracy(_netdir_start):.1%}"]
        )
    )
    print(
        _row(
            [
                "dateutil parse(fuzzy, dayfirst)",
                f"{dateutil_rate:,.0f}",
                f"{_start_day_accuracy(_dateutil_start):.1%}",
            ]
        )
    )
    print(f"  speed ratio parse_when / dateutil: {ours_rate / dateutil_rate:.2f}x")
    print("  (start day right: on the hand-checked test table, which parse_when was built against)")
    try:
        _dateparser_start("1.1.2027")  # import and warm up outside the timing
    except ImportError:
        print("  (dateparser not installed: skipped)")
    else:
        _, dateparser_seconds = _timed(
            lambda: [_dateparser_start(t) for t in texts[:DATEPARSER_SAMPLE]]
        )
        dateparser_rate = DATEPARSER_SAMPLE / dateparser_seconds
        accuracy = _start_day_accuracy(_dateparser_start)
        print(
            _row(["dateparser (de, en; DMY, future)", f"{dateparser_rate:,.0f}", f"{accuracy:.1%}"])
        )
        print(f"  speed ratio parse_when / dateparser: {ours_rate / dateparser_rate:.1f}x")
    print()
    print(
        f"dedup on the labelled set ({len(DEDUP_SET)} records, {score.true_pairs} true pairs): "
        f"precision {score.precision:.2f}, recall {score.recall:.2f}"
    )
    print(f"wall time {time.perf_counter() - wall_began:.1f} s")


if __name__ == "__main__":
    main()
