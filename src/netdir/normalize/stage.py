"""The whole stage: normalize every record, then merge them into one offering per real one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from netdir.catalog.model import Source
from netdir.normalize.exceptions import NormalizeError
from netdir.normalize.merge import merge_offerings
from netdir.normalize.record import normalize_record
from netdir.records import Offering, RawRecord


def normalize_all(
    records: Sequence[RawRecord], *, today: date, sources: Mapping[str, Source]
) -> list[Offering]:
    """Normalize and merge; precedence and identity domains come from each record's source."""
    offerings: list[Offering] = []
    for raw in records:
        try:
            offerings.append(normalize_record(raw, today=today, source=sources.get(raw.source_id)))
        except Exception as exc:  # a bug on one odd record must say where it came from
            raise NormalizeError(
                raw.source_id,
                raw.url or raw.page_url,
                f"could not normalize record {raw.title!r}: {type(exc).__name__}: {exc}",
                hint="run `netdir parse when/place` on its date and location text",
            ) from exc
    precedence = {source_id: source.precedence for source_id, source in sources.items()}
    domains = {source_id: list(source.domains) for source_id, source in sources.items()}
    return merge_offerings(offerings, precedence=precedence, domains=domains)
