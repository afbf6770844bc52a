"""Normalized records cross from the background worker by pickle: what arrives must equal what
was sent, field for field, for the frozen types pickled by ``pickled_by_fields``."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from netdir.extract.validity import ValidityCounts
from netdir.fast_pickle import pickled_by_fields
from netdir.normalize.stage import normalize_one
from netdir.records import RawRecord, SourceRef


def test_a_normalized_record_survives_the_trip() -> None:
    raw = RawRecord(
        source_id="src",
        page_url="https://example.org/termine/",
        extractor="jsonld",
        title="Fachtag Smart City – Teil 2",
        url="https://example.org/termine/fachtag/",
        start="2027-03-12T09:30:00+01:00",
        end="2027-03-13T16:00:00+01:00",
        location_text="Rathaus Kiel",
        city="Kiel",
    )
    sent = normalize_one(raw, today=date(2026, 11, 30), source=None)
    arrived = pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))
    assert arrived == sent
    assert arrived.features.span == (date(2027, 3, 12), date(2027, 3, 13))
    assert arrived.offering.sources == [SourceRef("src", raw.url or "", "jsonld")]
    assert copy.deepcopy(sent) == sent


def test_frozen_stays_frozen_and_one_field_classes_work() -> None:
    counts = pickle.loads(pickle.dumps(ValidityCounts(3, 2, 1, 1)))
    assert counts == ValidityCounts(3, 2, 1, 1)
    with pytest.raises(AttributeError):
        counts.records = 4  # type: ignore[misc]

    from dataclasses import dataclass

    @pickled_by_fields
    @dataclass(frozen=True, slots=True)
    class One:
        value: str

    globals()["One"] = One  # pickle finds classes by module-level name
    One.__qualname__ = "One"
    assert pickle.loads(pickle.dumps(One("x"))) == One("x")
