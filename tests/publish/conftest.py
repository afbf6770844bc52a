"""Overview rows as the warehouse hands them over, and a publish directory to write them to."""

from __future__ import annotations

import copy
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from netdir.catalog.model import Source
from netdir.records import Offering, SourceRef, SourceResult
from netdir.warehouse import RunInput, Warehouse

#: The day the tests pretend it is (Europe/Berlin); upcoming.ics counts from here.
TODAY = date(2026, 11, 27)
GENERATED_AT = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)
XSS_TITLE = "<script>alert(1)</script>"


def offering(**fields: Any) -> dict[str, Any]:
    """One overview row shaped like the schema's offering; ``fields`` override the defaults."""
    row: dict[str, Any] = {
        "id": "off-0",
        "title": "Angebot",
        "kind": "conference",
        "url": "https://example.org/angebot",
        "start": None,
        "end": None,
        "all_day": None,
        "date_precision": None,
        "date_text": None,
        "format": None,
        "venue": None,
        "city": None,
        "state": None,
        "organizer": None,
        "audience": [],
        "topics": [],
        "cost": None,
        "free": None,
        "status": "scheduled",
        "description": None,
        "confidence": 1.0,
        "sources": [
            {"source_id": "src", "url": "https://example.org/termine", "extractor": "jsonld"}
        ],
        "first_seen": "2026-10-01T04:00:00+00:00",
        "last_seen": "2026-11-27T04:00:00+00:00",
    }
    row.update(fields)
    return row


SAMPLE_ROWS: list[dict[str, Any]] = [
    offering(
        id="fachkongress-2027",
        title="15. Fachkongress des IT-Planungsrats",
        kind="conference",
        url="https://www.it-planungsrat.de/fachkongress-2027",
        start="2027-05-04T09:30:00+02:00",
        end="2027-05-05T16:00:00+02:00",
        all_day=False,
        date_precision="minute",
        date_text="4. und 5. Mai 2027, ab 9:30 Uhr",
        format="in_person",
        venue="Kongresszentrum",
        city="Wiesbaden",
        state="Hessen",
        organizer="IT-Planungsrat",
        audience=["Bund", "Land", "Kommune"],
        topics=["Digitalisierung", "Föderalismus"],
        cost="kostenfrei",
        free=True,
        description="Zwei Tage Austausch über Verwaltungsdigitalisierung – für Bund, Länder & Kommunen.",
        confidence=0.95,
        sources=[
            {
                "source_id": "itplr",
                "url": "https://www.it-planungsrat.de/fachkongress-2027",
                "extractor": "jsonld",
            },
            {"source_id": "negz", "url": "https://negz.org/termine/", "extractor": "rules"},
        ],
    ),
    offering(
        id="next-herbst",
        title="NExT Herbstkonferenz: Künstliche Intelligenz in Behörden",
        kind="conference",
        url="https://next-netz.de/veranstaltungen/herbstkonferenz",
        start="2027-03-12",
        end="2027-03-13",
        all_day=True,
        date_precision="day",
        date_text="12.–13. März 2027",
        format="hybrid",
        venue="Umweltforum",
        city="Berlin",
        state="Berlin",
        organizer="NExT e.V.",
        audience=["Bund"],
        topics=["KI", "Digitalisierung"],
        free=False,
        cost="120 €",
        confidence=0.8,
    ),
    offering(
        id="stammtisch-abgesagt",
        title="Public Sector Stammtisch München",
        kind="network",
        start="2026-12-03T18:00:00+01:00",
        date_precision="minute",
        format="in_person",
        city="München",
        state="Bayern",
        status="cancelled",
        topics=["Vernetzung"],
    ),
    offering(
        id="webinar-heute",
        title="Webinar: Open Source in der Verwaltung",
        kind="event",
        start="2026-11-27T10:00:00+01:00",
        end="2026-11-27T11:00:00+01:00",
        date_precision="minute",
        format="online",
        topics=["Open Source"],
    ),
    offering(
        id="vergangen",
        title="Klausurtagung 2025",
        kind="conference",
        start="2025-06-01",
        date_precision="day",
        status="past",
        city="Speyer",
        state="Rheinland-Pfalz",
    ),
    offering(
        id="herbst-2027",
        title="Barcamp Agile Verwaltung",
        kind="conference",
        start="2027-09-01",
        end="2027-11-30",
        all_day=True,
        date_precision="season",
        date_text="Herbst 2027",
        topics=["Agilität"],
    ),
    offering(
        id="cop-ohne-termin",
        title='=HYPERLINK("https://evil.example";"Community of Practice Wissensmanagement")',
        kind="community_of_practice",
        url=None,
        format="online",
        topics=[],
    ),
    offering(
        id="xss",
        title=XSS_TITLE,
        kind="platform",
        url="javascript:alert(2)",
        start="2027-01-20",
        date_precision="day",
        description="</script><img src=x onerror=alert(3)> & mehr",
        city="Köln",
        state="Nordrhein-Westfalen",
        sources=[{"source_id": "evil", "url": "javascript:alert(4)", "extractor": "rules"}],
    ),
]


@pytest.fixture
def overview_rows() -> list[dict[str, Any]]:
    """A fresh copy of the sample overview rows (tests may modify their copy)."""
    return copy.deepcopy(SAMPLE_ROWS)


@pytest.fixture
def publish_dir(tmp_path: Path) -> Path:
    """An empty directory to publish into."""
    directory = tmp_path / "publish"
    directory.mkdir()
    return directory


def fake_snapshot(path: Path) -> None:
    """Writes a small DuckDB marts file the way Warehouse.export_marts does."""
    import duckdb

    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE overview AS SELECT 'fachkongress-2027' AS id")


@pytest.fixture(scope="session")
def sample_publication(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every format of the sample overview, published once per test session: do not modify."""
    from netdir.publish import publish

    directory = tmp_path_factory.mktemp("sample-publication")
    publish(
        copy.deepcopy(SAMPLE_ROWS),
        directory,
        generated_at=GENERATED_AT,
        today=TODAY,
        snapshot=fake_snapshot,
    )
    return directory


@pytest.fixture
def published_dir(sample_publication: Path, tmp_path: Path) -> Path:
    """A publish directory of this test's own holding every format of the sample overview."""
    directory = tmp_path / "published"
    shutil.copytree(sample_publication, directory)
    return directory


def file_bytes(directory: Path) -> dict[str, bytes]:
    """Every file in ``directory`` by name, to compare a directory before and after."""
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir()) if path.is_file()}


@pytest.fixture(scope="module")
def warehouse_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated warehouse holding one run with the sample offerings."""
    path = tmp_path_factory.mktemp("warehouse") / "netdir.duckdb"
    source_ids = sorted({s["source_id"] for row in SAMPLE_ROWS for s in row["sources"]})
    offerings = [
        Offering(
            **{k: v for k, v in row.items() if k not in ("sources", "first_seen", "last_seen")},
            sources=[SourceRef(**ref) for ref in row["sources"]],
        )
        for row in SAMPLE_ROWS
    ]
    run = RunInput(
        run_id="run-1",
        started_at=datetime(2026, 11, 27, 4, 0, tzinfo=UTC),
        finished_at=datetime(2026, 11, 27, 4, 5, tzinfo=UTC),
        sources=[
            Source.model_validate(
                {"id": sid, "name": sid, "start_urls": [f"https://{sid}.example.org/"]}
            )
            for sid in source_ids
        ],
        results=[SourceResult(source_id=sid, status="ok", healthy=True) for sid in source_ids],
        offerings=offerings,
        today=TODAY,
    )
    with Warehouse.open(path) as warehouse:
        warehouse.migrate()
        warehouse.load_run(run)
    return path
