"""The whole stage: normalize every record, then merge them into one offering per real one."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from netdir.catalog.model import Source
from netdir.fast_pickle import pickled_by_fields
from netdir.gc_pause import gc_paused
from netdir.normalize.exceptions import NormalizeError
from netdir.normalize.merge import MatchFeatures, match_features, merge_normalized
from netdir.normalize.record import normalize_record
from netdir.records import Offering, RawRecord

if TYPE_CHECKING:
    from netdir.warehouse.offerings_file import OfferingsFile

#: What a caller does to each merged offering (``normalize_all``'s ``finish``).
Finish = Callable[[Offering], Offering]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Normalized:
    """One record normalized, with what the merge compares of it."""

    offering: Offering
    features: MatchFeatures


class HeldRecords(Protocol):
    """Records normalized in the background worker and kept there (``BackgroundNormalizer``):
    the worker merges them with those done here, so this process never holds them."""

    def merge(
        self,
        items: list[Normalized | int],
        precedence: Mapping[str, int],
        domains: Mapping[str, Sequence[str]],
        finish: Finish | None = None,
        into: Path | None = None,
    ) -> list[Offering] | OfferingsFile | None:
        """``merge_normalized`` of ``items`` (a held record's number, or one normalized here)
        in the worker, which then ends, each offering passed through ``finish``; None when the
        worker could not (it died). With ``into``: written there (``OfferingsFile``)."""
        ...

    def close(self) -> None:
        """End the worker without a merge (a no-op after ``merge``)."""
        ...


class Prepared:
    """Records normalized earlier (in the background, during the crawl), found by identity:
    ``prepared(raw)`` is its ``Normalized`` when it was done here, the number the worker holds
    it under when the worker keeps it (``held``), None where it was not done. ``release()``
    lets go of all of them: ``normalize_all`` calls it once it has taken what it needs, so
    each normalized record lives only until the merge has made its offering (a caller that
    asks again afterwards, a retried load, finds nothing and normalizes afresh: the same
    result)."""

    __slots__ = ("_by_record", "_held")

    def __init__(
        self,
        by_record: dict[int, tuple[RawRecord, Normalized | int]],
        held: HeldRecords | None = None,
    ) -> None:
        self._by_record = by_record
        self._held = held

    def __call__(self, raw: RawRecord) -> Normalized | int | None:
        found = self._by_record.get(id(raw))
        # ``is``: an id is only unique while its object lives; the dict keeps each alive.
        return found[1] if found is not None and found[0] is raw else None

    def take_held(self) -> HeldRecords | None:
        """The worker holding records (once; None afterwards or without one)."""
        held, self._held = self._held, None
        return held

    def release(self) -> None:
        self._by_record = {}
        held, self._held = self._held, None
        if held is not None:
            held.close()


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
    finish: Finish | None = None,
    into: Path | None = None,
) -> list[Offering] | OfferingsFile:
    """Normalize and merge; precedence and identity domains come from each record's source.
    ``prepared`` gives records already normalized (with the same ``today`` and sources); it is
    released once read (see ``Prepared``). Where the background worker holds records, the merge
    runs there (``HeldRecords``): this process sends what it normalized itself and gets the
    offerings back, or with ``into`` only the file the worker wrote them to (a list when no
    worker merged them). ``finish``: applied to each merged offering (a module-level function:
    it may run in the worker)."""
    with gc_paused():  # offerings, members and clusters form no cycles
        done: list[Normalized | int] = []
        for raw in records:
            early = prepared(raw) if prepared is not None else None
            if early is None:
                early = normalize_one(raw, today=today, source=sources.get(raw.source_id))
            done.append(early)
        held = prepared.take_held() if prepared is not None else None
        if prepared is not None:
            prepared.release()  # ``done`` holds them now: the merge lets go of each in turn
        precedence = {source_id: source.precedence for source_id, source in sources.items()}
        domains = {source_id: list(source.domains) for source_id, source in sources.items()}
        if held is not None and any(item.__class__ is int for item in done):
            merged = held.merge(done, precedence, domains, finish, into)
            if merged is not None:
                return merged
        elif held is not None:
            held.close()  # it holds none of these records
        # No worker holds any of them (or it died): each it held is normalized here after all.
        here = [
            item
            if not isinstance(item, int)
            else normalize_one(raw, today=today, source=sources.get(raw.source_id))
            for raw, item in zip(records, done, strict=True)
        ]
        del done
        offerings = merge_normalized(here, precedence=precedence, domains=domains)
        return [finish(offering) for offering in offerings] if finish is not None else offerings
