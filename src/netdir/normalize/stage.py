"""The whole stage: normalize every record, then merge them into one offering per real one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from netdir.catalog.model import Source
from netdir.fast_pickle import pickled_by_fields
from netdir.gc_pause import gc_paused
from netdir.normalize.exceptions import NormalizeError
from netdir.normalize.merge import MatchFeatures, match_features, merge_normalized
from netdir.normalize.record import normalize_record
from netdir.records import Offering, RawRecord


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Normalized:
    """One record normalized, with what the merge compares of it."""

    offering: Offering
    features: MatchFeatures


class Prepared:
    """Records normalized earlier (in the background, during the crawl), found by identity:
    ``prepared(raw)`` is its ``Normalized``, None where it was not done. ``release()`` lets go
    of all of them: ``normalize_all`` calls it once it has taken what it needs, so each
    normalized record lives only until the merge has made its offering (a caller that asks
    again afterwards, a retried load, finds nothing and normalizes afresh: the same result)."""

    __slots__ = ("_by_record",)

    def __init__(self, by_record: dict[int, tuple[RawRecord, Normalized]]) -> None:
        self._by_record = by_record

    def __call__(self, raw: RawRecord) -> Normalized | None:
        found = self._by_record.get(id(raw))
        # ``is``: an id is only unique while its object lives; the dict keeps each alive.
        return found[1] if found is not None and found[0] is raw else None

    def release(self) -> None:
        self._by_record = {}


def normalize_one(raw: RawRecord, *, today: date, source: Source | None) -> Normalized:
    """``normalize_record`` and the record's match features; errors name the record."""
    try:
        offering = normalize_record(raw, today=today, source=source)
    except Exception as exc:  # a bug on one odd record must say where it came from
        raise NormalizeError(
            raw.source_id,
            raw.url or raw.page_url,
            f"could not normalize record {raw.title!r}: {type(exc).__name__}: {exc}",
            hint="run `netdir parse when/place` on its date and location text",
        ) from exc
    return Normalized(offering, match_features(offering))


def normalize_all(
    records: Sequence[RawRecord],
    *,
    today: date,
    sources: Mapping[str, Source],
    prepared: Prepared | None = None,
) -> list[Offering]:
    """Normalize and merge; precedence and identity domains come from each record's source.
    ``prepared`` gives records already normalized (with the same ``today`` and sources); it is
    released once read (see ``Prepared``)."""
    with gc_paused():  # offerings, members and clusters form no cycles
        done: list[Normalized] = []
        for raw in records:
            early = prepared(raw) if prepared is not None else None
            source = sources.get(raw.source_id)
            done.append(early or normalize_one(raw, today=today, source=source))
        if prepared is not None:
            prepared.release()  # ``done`` holds them now: the merge lets go of each in turn
        precedence = {source_id: source.precedence for source_id, source in sources.items()}
        domains = {source_id: list(source.domains) for source_id, source in sources.items()}
        return merge_normalized(done, precedence=precedence, domains=domains)
