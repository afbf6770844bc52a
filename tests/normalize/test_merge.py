"""merge_offerings / normalize_all: one offering per real-world offering, with stable ids."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from netdir.normalize import NormalizeError, merge_offerings, normalize_all, normalize_record
from netdir.records import Offering, RawRecord
from tests.normalize.conftest import TODAY, make_raw, make_source
from tests.normalize.dedup_set import (
    DEDUP_SET,
    DEDUP_SOURCES,
    cluster_of_each_record,
    pairwise_score,
)
from tests.normalize.dedup_set_large import LARGE_DEDUP_SET, LARGE_DEDUP_SOURCES

DEDUP_RECORDS = [item.record for item in DEDUP_SET]


def _merge(records: list[RawRecord]) -> list[Offering]:
    return normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)


def _by_title(offerings: list[Offering], title: str) -> Offering:
    return next(o for o in offerings if o.title == title)


def test_dedup_set_merges_with_full_pairwise_precision_and_recall() -> None:
    score = pairwise_score(DEDUP_SET, _merge(DEDUP_RECORDS))
    assert score.true_pairs == 6
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_conference_on_three_pages_becomes_one_offering_with_all_sources() -> None:
    conference = _by_title(_merge(DEDUP_RECORDS), "Zukunftskongress Staat & Verwaltung 2027")
    assert {ref.source_id for ref in conference.sources} == {
        "zukunftskongress",
        "egov-kalender",
        "kommune21",
    }
    assert conference.start == "2027-06-22T09:00:00+02:00"
    assert (conference.city, conference.state, conference.kind) == (
        "Berlin",
        "Berlin",
        "conference",
    )


def test_conflicts_go_to_the_higher_precedence_source_and_provenance_says_so() -> None:
    conference = _by_title(_merge(DEDUP_RECORDS), "Zukunftskongress Staat & Verwaltung 2027")
    provenance = conference.field_provenance
    assert provenance["title"] == provenance["start"] == "zukunftskongress"
    # Only the calendar and the teaser state a cost; the calendar outranks the teaser.
    assert (conference.cost, conference.free) == ("ab 390 € zzgl. MwSt.", False)
    assert provenance["cost"] == "egov-kalender"


def test_curated_entry_outranks_every_crawled_source() -> None:
    curated = make_raw(
        "curated",
        title="Zukunftskongress Staat & Verwaltung",
        extractor="curated",
        url="https://zukunftskongress.info/2027",
        date_text="22.–23. Juni 2027",
        location_text="Berlin",
    )
    sources = {**DEDUP_SOURCES, "curated": make_source("curated", precedence=100)}
    offerings = normalize_all([*DEDUP_RECORDS, curated], today=TODAY, sources=sources)
    conference = next(o for o in offerings if any(r.source_id == "curated" for r in o.sources))
    assert conference.title == "Zukunftskongress Staat & Verwaltung"
    assert conference.field_provenance["title"] == "curated"
    assert len({ref.source_id for ref in conference.sources}) == 4


def test_next_and_fujitsu_next_stay_apart() -> None:
    offerings = _merge(DEDUP_RECORDS)
    next_ev = _by_title(offerings, "NExT")
    fujitsu = _by_title(offerings, "NEXT – Network of Experts")
    assert next_ev.id != fujitsu.id
    assert all("fujitsu" not in ref.url for ref in next_ev.sources)


def test_declared_domains_keep_same_named_offerings_apart() -> None:
    ours = normalize_record(
        make_raw("next", title="NEXT", url="https://next-netz.de/ueber-uns"), today=TODAY
    )
    theirs = normalize_record(
        make_raw("fujitsu-next", title="NEXT", url="https://fujitsu-next.com/ueber-uns"),
        today=TODAY,
    )
    domains = {"next": ["next-netz.de"], "fujitsu-next": ["fujitsu-next.com"]}
    assert len(merge_offerings([ours, theirs], domains=domains)) == 2
    # Without the declared identity the equal titles alone would merge them.
    assert len(merge_offerings([ours, theirs])) == 1


def test_same_series_in_another_year_stays_apart_and_gets_its_own_id() -> None:
    offerings = _merge(DEDUP_RECORDS)
    editions = [o for o in offerings if o.title.startswith("Zukunftskongress")]
    assert sorted(o.start[:4] for o in editions if o.start) == ["2026", "2027"]
    assert len({o.id for o in editions}) == 2


def test_result_does_not_depend_on_input_order() -> None:
    expected = {(o.id, frozenset(o.sources)) for o in _merge(DEDUP_RECORDS)}
    rng = random.Random(5)
    for _ in range(5):
        shuffled = DEDUP_RECORDS[:]
        rng.shuffle(shuffled)
        assert {(o.id, frozenset(o.sources)) for o in _merge(shuffled)} == expected


def test_ids_are_stable_across_runs_and_when_the_date_moves() -> None:
    first = cluster_of_each_record(DEDUP_SET, _merge(DEDUP_RECORDS))
    again = cluster_of_each_record(DEDUP_SET, _merge(DEDUP_RECORDS))
    assert first == again
    moved = make_raw("berlin-termine", title="Stammtisch Digitale Verwaltung Berlin")
    before = normalize_all(
        [replace(moved, date_text="22.06.2027, 19:00 Uhr")], today=TODAY, sources=DEDUP_SOURCES
    )
    after = normalize_all(
        [replace(moved, date_text="29.06.2027, 19:00 Uhr")], today=TODAY, sources=DEDUP_SOURCES
    )
    assert before[0].id == after[0].id
    assert before[0].start != after[0].start


def test_ids_of_one_offering_ignore_unrelated_records() -> None:
    alone = _merge(DEDUP_RECORDS[:3])
    among_others = _by_title(_merge(DEDUP_RECORDS), "Zukunftskongress Staat & Verwaltung 2027")
    assert [o.id for o in alone] == [among_others.id]


def test_yearly_editions_without_urls_from_one_source_get_distinct_ids() -> None:
    editions = [
        make_raw("next", title="NExT Herbstkonferenz 2026", date_text="12.11.2026"),
        make_raw("next", title="NExT Herbstkonferenz 2027", date_text="Herbst 2027"),
    ]
    offerings = normalize_all(editions, today=TODAY, sources=DEDUP_SOURCES)
    assert len(offerings) == 2
    assert len({o.id for o in offerings}) == 2


def test_one_source_with_two_urls_lists_two_offerings() -> None:
    sessions = [
        make_raw(
            "berlin-termine",
            title="Digitalwerkstatt",
            url="https://b.example.org/1",
            date_text="03.03.2027",
        ),
        make_raw(
            "berlin-termine",
            title="Digitalwerkstatt",
            url="https://b.example.org/2",
            date_text="03.03.2027",
        ),
    ]
    assert len(normalize_all(sessions, today=TODAY, sources=DEDUP_SOURCES)) == 2


@pytest.mark.parametrize(
    ("first_date", "second_date", "merged"),
    [
        ("22.06.2027", "22.06.2027", True),
        ("22.–23.06.2027", "23.06.2027", True),
        ("22.06.2027", "24.06.2027", False),
        (None, None, True),
        ("22.06.2027", None, False),
    ],
)
def test_fuzzy_title_matches_need_compatible_dates(
    first_date: str | None, second_date: str | None, merged: bool
) -> None:
    records = [
        make_raw("egov-kalender", title="Fachtag Digitale Personalarbeit", date_text=first_date),
        make_raw(
            "berlin-termine", title="Fachtag „Digitale Personalarbeit“", date_text=second_date
        ),
    ]
    offerings = normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)
    assert (len(offerings) == 1) is merged


def test_same_title_and_day_in_different_towns_stays_apart() -> None:
    records = [
        make_raw(
            "egov-kalender",
            title="Digitaltag Kommune",
            date_text="03.03.2027",
            location_text="Bonn",
        ),
        make_raw(
            "berlin-termine",
            title="Digitaltag Kommune",
            date_text="03.03.2027",
            location_text="Kiel",
        ),
    ]
    assert len(normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)) == 2


def test_a_cancellation_from_any_source_wins() -> None:
    records = [
        make_raw(
            "zukunftskongress",
            title="Netzwerkabend",
            extractor="jsonld",
            start="2027-02-04T18:30:00+01:00",
        ),
        make_raw(
            "kommune21", title="Netzwerkabend", date_text="04.02.2027", status_text="abgesagt"
        ),
    ]
    (offering,) = normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)
    assert offering.status == "cancelled"
    assert offering.start == "2027-02-04T18:30:00+01:00"


def test_a_one_word_title_never_matches_a_longer_name_that_contains_it() -> None:
    short = normalize_record(make_raw("a", title="NExT", url="https://next-netz.de/"), today=TODAY)
    longer = normalize_record(
        make_raw("b", title="NEXT – Network of Experts", url="https://www.fujitsu-next.com/"),
        today=TODAY,
    )
    assert len(merge_offerings([short, longer])) == 2


def test_offerings_sharing_an_overview_url_stay_apart_with_ids_that_survive_additions() -> None:
    overview = "https://next-netz.de/veranstaltungen/"
    series = make_raw(
        "curated", title="What's NExT? – Veranstaltungsreihe", extractor="curated", url=overview
    )
    autumn = make_raw("curated", title="NExT Herbstkonferenz", extractor="curated", url=overview)
    talk = make_raw(
        "curated", title="NExTperspektiven – Online-Talk", extractor="curated", url=overview
    )
    sources = {"curated": make_source("curated", precedence=100)}
    two = normalize_all([series, autumn], today=TODAY, sources=sources)
    three = normalize_all([talk, series, autumn], today=TODAY, sources=sources)
    assert len(two) == 2 and len(three) == 3
    ids_before = {o.title: o.id for o in two}
    ids_after = {o.title: o.id for o in three}
    assert len(set(ids_after.values())) == 3
    assert all(ids_after[title] == offering_id for title, offering_id in ids_before.items())


def test_a_record_that_cannot_be_normalized_names_its_source_and_url() -> None:
    broken = make_raw("kommune21", title=None, url="https://www.kommune21.de/meldung_1.html")  # type: ignore[arg-type]
    with pytest.raises(NormalizeError) as error:
        normalize_all([broken], today=TODAY, sources=DEDUP_SOURCES)
    message = str(error.value)
    assert "[kommune21]" in message and "https://www.kommune21.de/meldung_1.html" in message
    assert error.value.hint


def test_large_dedup_set_keeps_near_misses_apart_and_merges_the_rest() -> None:
    score = pairwise_score(
        LARGE_DEDUP_SET,
        normalize_all(
            [item.record for item in LARGE_DEDUP_SET], today=TODAY, sources=LARGE_DEDUP_SOURCES
        ),
    )
    assert len(LARGE_DEDUP_SET) >= 200
    assert score.true_pairs > 200
    assert (score.precision, score.recall) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Webinarreihe E-Akte – Teil 1", "Webinarreihe E-Akte – Teil 2"),
        ("Arbeitsgruppe Vergabe 3-8-4", "Arbeitsgruppe Vergabe 4-9-3"),
        ("2. Fachtag Personal", "3. Fachtag Personal"),
    ],
)
def test_titles_that_differ_in_a_number_stay_apart_on_the_same_day(first: str, second: str) -> None:
    records = [
        make_raw("egov-kalender", title=first, date_text="03.03.2027", location_text="Bonn"),
        make_raw("berlin-termine", title=second, date_text="03.03.2027", location_text="Bonn"),
    ]
    assert len(normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)) == 2


def test_a_number_only_one_side_writes_does_not_keep_an_offering_apart() -> None:
    records = [
        make_raw("egov-kalender", title="5. Fachtag Personal", date_text="03.03.2027"),
        make_raw("berlin-termine", title="Fachtag Personal", date_text="3. März 2027"),
    ]
    assert len(normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)) == 1


@pytest.mark.parametrize("numbered", ["egov-kalender", "berlin-termine"])
def test_a_title_without_the_number_joins_whichever_side_comes_first(numbered: str) -> None:
    """Candidates are blocked by title numbers: a record without them must still find the
    numbered one (and the numbered one the record without), in either clustering order; a
    third source's other number stays apart."""
    titles = {numbered: "5. Fachtag Personal"}
    records = [
        make_raw(source, title=titles.get(source, "Fachtag Personal"), date_text="03.03.2027")
        for source in ("egov-kalender", "berlin-termine")
    ]
    records.append(make_raw("kommune21", title="6. Fachtag Personal", date_text="03.03.2027"))
    offerings = normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)
    assert sorted(len(o.sources) for o in offerings) == [1, 2]


def test_another_source_linking_the_same_page_merges_despite_a_different_number() -> None:
    url = "https://egov-kalender.example.org/termine/e-akte"
    records = [
        make_raw("egov-kalender", title="E-Akte Teil 1", url=url, date_text="03.03.2027"),
        make_raw("berlin-termine", title="E-Akte (Teil 1 von 2)", url=url, date_text="03.03.2027"),
    ]
    assert len(normalize_all(records, today=TODAY, sources=DEDUP_SOURCES)) == 1


def test_a_record_without_a_city_joins_one_with_a_city_and_another_city_stays_apart() -> None:
    # Candidates are blocked by city: one without a city must still meet those with one.
    day = {"start": "2027-05-04T10:00:00+02:00"}
    records = [
        make_raw("alpha", "Fachtag Digitale Verwaltung", city="Leipzig", **day),
        make_raw("beta", "Fachtag Digitale Verwaltung", **day),
        make_raw("gamma", "Fachtag Digitale Verwaltung", city="Leipzig", **day),
        make_raw("delta", "Fachtag Digitale Verwaltung", city="Erfurt", **day),
        make_raw("epsilon", "Fachtag Digitale Verwaltung", **day),
    ]
    offerings = normalize_all(records, today=TODAY, sources={})
    by_sources = sorted(sorted(ref.source_id for ref in o.sources) for o in offerings)
    assert by_sources == [["alpha", "beta", "epsilon", "gamma"], ["delta"]]


def test_a_cluster_of_one_merges_as_the_general_rule_would() -> None:
    """``_merge_single`` is a shortcut of ``_merge_members`` for lone members: every field and
    the order of the provenance keys must stay the same (published files and ids depend on it)."""
    from netdir.normalize import merge as merge_module

    offerings = [
        normalize_record(
            item.record, today=TODAY, source=LARGE_DEDUP_SOURCES.get(item.record.source_id)
        )
        for item in LARGE_DEDUP_SET
    ]
    # Merged offerings again, as a later run's lone members: several sources, provenance by field.
    records = [item.record for item in LARGE_DEDUP_SET]
    merged = normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)
    offerings += merged
    # Fields supplied by a source other than the first, and a past status.
    offerings += [
        replace(o, status="past", field_provenance=dict.fromkeys(o.field_provenance, "other"))
        for o in merged
        if len(o.sources) > 1
    ]
    members = [merge_module._member(o, {}, {}) for o in offerings]
    assert any(len(m.offering.sources) > 1 and m.offering.field_provenance for m in members)
    for member in members:
        single = merge_module._merge_single(member)
        general = merge_module._merge_members([member])
        assert single == general
        assert list(single.field_provenance) == list(general.field_provenance)


def test_offerings_with_the_same_field_provenance_share_one_dict() -> None:
    """Merged offerings are held until the load: a source's offerings name the same suppliers,
    and each distinct provenance is one dict (equal to what each offering's own would be)."""
    records = [item.record for item in LARGE_DEDUP_SET]
    merged = normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)
    distinct = {tuple(o.field_provenance.items()) for o in merged}
    assert len({id(o.field_provenance) for o in merged}) == len(distinct) < len(merged)
