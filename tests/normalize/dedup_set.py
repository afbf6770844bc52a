"""A labelled dedup set: one conference on three differently built pages, plus near misses.

Each record carries the real-world offering it describes (``entity``); the merge is scored
pairwise against these labels. Shared by the tests and ``tests/bench/bench_normalize.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from netdir.catalog.model import Source
from netdir.records import Offering, RawRecord


@dataclass(frozen=True)
class Labelled:
    entity: str
    record: RawRecord


def _source(source_id: str, **fields: object) -> Source:
    return Source.model_validate(
        {"id": source_id, "name": source_id, "start_urls": [f"https://{source_id}.example.org/"]}
        | fields
    )


DEDUP_SOURCES: dict[str, Source] = {
    source.id: source
    for source in (
        _source("zukunftskongress", domains=["zukunftskongress.info"], precedence=60),
        _source("egov-kalender", precedence=50),
        _source("kommune21", precedence=40, organizer="K21 media AG"),
        _source("next", domains=["next-netz.de"], organizer="NExT e.V."),
        _source("vdz-overview", precedence=50),
        _source("fujitsu-next", domains=["fujitsu-next.com"]),
        _source("berlin-termine", precedence=50),
    )
}

DEDUP_SET: tuple[Labelled, ...] = (
    # The 2027 conference: JSON-LD on its own site, a calendar table row, a news teaser.
    Labelled("zuko-2027", RawRecord(
        source_id="zukunftskongress", page_url="https://www.zukunftskongress.info/2027/",
        extractor="jsonld", title="Zukunftskongress Staat & Verwaltung 2027",
        url="https://www.zukunftskongress.info/2027/", start="2027-06-22T09:00:00+02:00",
        end="2027-06-23T17:00:00+02:00",
        location_text="bcc Berlin Congress Center, Alexanderstraße 11, 10178 Berlin",
        attendance_mode="https://schema.org/OfflineEventAttendanceMode",
        organizer="Wegweiser Media & Conferences GmbH", status_text="EventScheduled",
    )),
    Labelled("zuko-2027", RawRecord(
        source_id="egov-kalender", page_url="https://egov-kalender.example.org/termine",
        extractor="rules", title="10. Zukunftskongress Staat und Verwaltung",
        url="https://egov-kalender.example.org/termine/10-zukunftskongress",
        date_text="22.–23.06.2027", location_text="Berlin", cost_text="ab 390 € zzgl. MwSt.",
    )),
    Labelled("zuko-2027", RawRecord(
        source_id="kommune21", page_url="https://www.kommune21.de/meldungen",
        extractor="listing", confidence=0.6,
        title="Zukunftskongress Staat & Verwaltung 2027: Programm veröffentlicht",
        url="https://www.kommune21.de/meldung_41210_Programm+veroeffentlicht.html",
        published="2027-02-03",
        description="[03.02.2027] Der Zukunftskongress Staat & Verwaltung findet am 22. und "
        "23. Juni 2027 in Berlin statt. Für Beschäftigte der Verwaltung ist die Teilnahme "
        "kostenfrei.",
    )),
    # The same series a year earlier: must stay apart.
    Labelled("zuko-2026", RawRecord(
        source_id="zukunftskongress", page_url="https://www.zukunftskongress.info/2026/",
        extractor="jsonld", title="Zukunftskongress Staat & Verwaltung 2026",
        url="https://www.zukunftskongress.info/2026/", start="2026-06-16", end="2026-06-17",
        location_text="Berlin",
    )),
    Labelled("zuko-2026", RawRecord(
        source_id="egov-kalender", page_url="https://egov-kalender.example.org/termine",
        extractor="rules", title="9. Zukunftskongress Staat und Verwaltung",
        url="https://egov-kalender.example.org/termine/9-zukunftskongress",
        date_text="16.–17.06.2026", location_text="Berlin",
    )),
    # Another offering in the same town on the same day.
    Labelled("stammtisch", RawRecord(
        source_id="berlin-termine", page_url="https://berlin-termine.example.org/",
        extractor="rules", title="Stammtisch Digitale Verwaltung Berlin",
        date_text="22.06.2027, 19:00 Uhr", location_text="Café Kotti, Berlin",
    )),
    # NExT e.V. and the unrelated Fujitsu user group "NEXT – Network of Experts".
    Labelled("next", RawRecord(
        source_id="next", page_url="https://next-netz.de/", extractor="rules", title="NExT",
        url="https://next-netz.de/", kind="network",
        description="Netzwerk von Digitalisierungsexpertinnen und -experten aus Bund, "
        "Ländern und Kommunen.",
    )),
    Labelled("next", RawRecord(
        source_id="vdz-overview", page_url="https://vdz.example.org/communities",
        extractor="listing", title="NExT e.V.", url="https://www.next-netz.de",
        description="Das Netzwerk NExT verbindet Beschäftigte der öffentlichen Verwaltung.",
    )),
    Labelled("fujitsu-next", RawRecord(
        source_id="fujitsu-next", page_url="https://www.fujitsu-next.com/",
        extractor="rules", title="NEXT – Network of Experts",
        url="https://www.fujitsu-next.com/", kind="network",
        description="Die Anwendergemeinschaft von Fujitsu mit Arbeitskreisen.",
    )),
    Labelled("fujitsu-next", RawRecord(
        source_id="vdz-overview", page_url="https://vdz.example.org/communities",
        extractor="listing", title="NEXT Network of Experts e.V.",
        url="https://fujitsu-next.com/",
    )),
)  # fmt: skip


@dataclass(frozen=True)
class PairScore:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int


def cluster_of_each_record(
    labelled: Sequence[Labelled], offerings: Sequence[Offering]
) -> list[str]:
    """The id of the offering each record ended up in (found by its source reference)."""
    owner: dict[tuple[str, str], str] = {}
    for offering in offerings:
        for ref in offering.sources:
            owner[(ref.source_id, ref.url)] = offering.id
    return [
        owner[(item.record.source_id, item.record.url or item.record.page_url)] for item in labelled
    ]


def pairwise_score(labelled: Sequence[Labelled], offerings: Sequence[Offering]) -> PairScore:
    """Pairwise precision and recall of the merge against the entity labels."""
    predicted = cluster_of_each_record(labelled, offerings)
    true_pairs = predicted_pairs = both = 0
    for i, j in combinations(range(len(labelled)), 2):
        same_entity = labelled[i].entity == labelled[j].entity
        same_cluster = predicted[i] == predicted[j]
        true_pairs += same_entity
        predicted_pairs += same_cluster
        both += same_entity and same_cluster
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return PairScore(precision, recall, true_pairs, predicted_pairs)
