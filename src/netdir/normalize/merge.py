"""One offering per real-world offering: cluster normalized records, resolve conflicts.

Two offerings belong together when they **match** and are **compatible**:

- *match*: the same canonical offering URL (with titles that share something: an overview
  page's URL may stand for several offerings), or fuzzy-equal titles (``rapidfuzz``; titles
  compared without years, dates and stopwords). A one-word title must be near-identical, so
  "NExT" never matches "NEXT – Network of Experts"; longer titles may be contained in each
  other ("Zukunftskongress 2027" in "Zukunftskongress 2027: Anmeldung gestartet").
- *compatible*, with every member already in the cluster: dates on the same start day or with
  overlapping ranges, or both undated (a shared URL also accepts one undated side); no
  conflicting years in the titles; no other numbers that differ ("Teil 1"/"Teil 2", "Ziehung
  3-8-4"/"4-9-3") and no different format words ("Fachtag"/"Barcamp") unless another source
  links the same URL; the same city when both name one; the same identity domain
  when both sources declare one (``Source.domains``: next-netz.de is not fujitsu-next.com);
  and never two different URLs from one source (a source lists each offering once).
  Organizer names are *not* compared: a source's default organizer is often just the
  publisher of a news site or calendar, which would keep its teasers apart from the event.

Conflicting fields are resolved by **source precedence**: a higher ``Source.precedence`` wins
(curated entries have 100), then the extractor (curated > JSON-LD/iCal/TEC > microdata >
rules > feed teasers > listing guesses), then confidence. ``field_provenance`` records the source that
supplied each field. A cancellation or postponement from any source wins over "scheduled".
Clustering visits offerings in precedence order, so the result never depends on input order.

Candidates are found by blocking: see ``netdir.normalize.merge_clusters``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from netdir.fast_pickle import pickled_by_fields
from netdir.normalize.classify import AUDIENCES
from netdir.normalize.gazetteer import fold
from netdir.normalize.identity import (
    EXTRACTOR_RANK,
    canonical_url,
    identity_key_of,
    offering_id,
    registrable_domain,
    title_formats,
    title_key,
    title_numbers,
    title_years,
)
from netdir.normalize.merge_clusters import Member, cluster_members, span_of
from netdir.normalize.topics import load_taxonomy
from netdir.records import Offering, SourceRef

DEFAULT_PRECEDENCE = 50

_SCALAR_FIELDS = (
    "title", "kind", "url", "format", "venue", "city", "state", "organizer", "description",
)  # fmt: skip
_DATE_FIELDS = ("start", "end", "all_day", "date_precision", "date_text")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MatchFeatures:
    """What clustering compares of one offering, from the offering alone (no source settings):
    computed where the offering is normalized, so a background worker can do it too."""

    title: str  # title_key: folded, without years, dates, punctuation, stopwords
    tokens: frozenset[str]
    years: frozenset[str]
    numbers: tuple[str, ...]
    formats: frozenset[str]
    span: tuple[date, date] | None
    city: str | None
    url: str | None  # canonical_url
    domain: str | None  # registrable_domain


def match_features(offering: Offering) -> MatchFeatures:
    key = title_key(offering.title)
    return MatchFeatures(
        url=canonical_url(offering.url),
        domain=registrable_domain(offering.url),
        title=key,
        tokens=frozenset(key.split()),
        years=title_years(offering.title),
        numbers=title_numbers(offering.title),
        formats=title_formats(offering.title),
        span=span_of(offering),
        city=fold(offering.city) if offering.city else None,
    )


def merge_offerings(
    offerings: Sequence[Offering],
    *,
    precedence: Mapping[str, int] | None = None,
    domains: Mapping[str, Sequence[str]] | None = None,
    features: Sequence[MatchFeatures | None] | None = None,
) -> list[Offering]:
    """Merge offerings that describe one real-world offering (rules in the module docstring).

    ``precedence`` maps source id → precedence (default 50); ``domains`` maps source id → the
    domains that identify its offerings (``Source.domains``). ``features``: each offering's
    ``match_features`` where already computed (None where not).
    """
    known = features if features is not None else [None] * len(offerings)
    members = [
        _member(o, precedence or {}, domains or {}, f)
        for o, f in zip(offerings, known, strict=True)
    ]
    return _merged(members)


class NormalizedRecord(Protocol):
    """One record normalized (``netdir.normalize.stage.Normalized``)."""

    @property
    def offering(self) -> Offering: ...

    @property
    def features(self) -> MatchFeatures: ...


_Normalized = TypeVar("_Normalized", bound=NormalizedRecord)


def merge_normalized(
    items: list[_Normalized],
    *,
    precedence: Mapping[str, int],
    domains: Mapping[str, Sequence[str]],
) -> list[Offering]:
    """``merge_offerings`` of normalized records, which it takes over: ``items`` is emptied,
    and each record is let go once its cluster's offering is made. The run's normalized records
    and its merged offerings are then never all held at once (50,000 records: ~1.9 KB each
    normalized, ~0.9 KB merged)."""
    members = [_member(item.offering, precedence, domains, item.features) for item in items]
    items.clear()
    return _merged(members)


def _merged(members: list[Member]) -> list[Offering]:
    """The offerings of ``members`` (emptied: the clusters hold them until each is merged)."""
    members.sort(key=lambda m: m.order_key)
    clusters = cluster_members(members)
    members.clear()
    merged: list[Offering] = []
    keys: list[str] = []
    # One dict per distinct field provenance: a source's offerings name the same suppliers
    # (~0.45 KB a dict, held with every offering until the load; 50,000 offerings: ~22 MB).
    # Nothing changes an offering's provenance in place.
    provenances: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    for cluster in clusters:
        offering = _merge_cluster(cluster.members)
        provenance = offering.field_provenance
        offering.field_provenance = provenances.setdefault(tuple(provenance.items()), provenance)
        merged.append(offering)
        keys.append(_identity_key(cluster.members))
        cluster.members = []  # merged: its records may go
    del provenances
    del clusters
    _assign_ids(merged, keys)
    merged.sort(key=lambda o: (o.start is None, o.start or "", o.title, o.id))
    return merged


def _member(
    offering: Offering,
    precedence: Mapping[str, int],
    domains: Mapping[str, Sequence[str]],
    features: MatchFeatures | None = None,
) -> Member:
    refs = offering.sources or [SourceRef("", offering.url or "")]
    best = max(
        (
            (
                precedence.get(ref.source_id, DEFAULT_PRECEDENCE),
                EXTRACTOR_RANK.get(ref.extractor, 2),
            )
            for ref in refs
        ),
        default=(DEFAULT_PRECEDENCE, 2),
    )
    rank = (best[0], best[1], offering.confidence)
    source_id = refs[0].source_id
    features = features or match_features(offering)
    url = features.url
    declared = {
        d.lower().removeprefix("www.") for ref in refs for d in domains.get(ref.source_id, ())
    }
    domain = features.domain
    own_domain = (
        domain
        if domain and any(domain == registrable_domain(f"https://{d}") for d in declared)
        else None
    )
    return Member(
        offering=offering,
        rank=rank,
        order_key=(
            -rank[0],
            -rank[1],
            -rank[2],
            source_id,
            url or "",
            offering.title,
            offering.start or "",
        ),
        source_id=source_id,
        url=url,
        title=features.title,
        tokens=features.tokens,
        years=features.years,
        numbers=features.numbers,
        formats=features.formats,
        span=features.span,
        city=features.city,
        identity_domain=own_domain,
    )


def _merge_cluster(members: list[Member]) -> Offering:
    if len(members) == 1:
        return _merge_single(members[0])
    return _merge_members(members)


def _merge_members(members: list[Member]) -> Offering:
    """Members arrive in precedence order: the first one holding a value wins it."""
    top = members[0].offering
    merged = Offering(id="", title=top.title)
    provenance: dict[str, str] = {}
    for name in _SCALAR_FIELDS:
        for member in members:
            value = getattr(member.offering, name)
            if value not in (None, ""):
                setattr(merged, name, value)
                provenance[name] = _supplier(member, name)
                break
    # Cost and free travel together: "ab 390 €" and free=True from two pages would contradict.
    priced = next((m for m in members if m.offering.cost or m.offering.free is not None), None)
    if priced is not None:
        merged.cost, merged.free = priced.offering.cost, priced.offering.free
        provenance["cost"] = provenance["free"] = _supplier(priced, "cost")
    dated = next((m for m in members if m.offering.start), None)
    date_source = dated or members[0]
    for name in _DATE_FIELDS:
        setattr(merged, name, getattr(date_source.offering, name))
    # A listing row's date and a calendar's RRULE for the same offering: keep the rule.
    merged.recurrence = date_source.offering.recurrence or next(
        (m.offering.recurrence for m in members if m.offering.recurrence), None
    )
    if dated is not None:
        provenance["start"] = _supplier(dated, "start")
        if dated.offering.end:
            provenance["end"] = _supplier(dated, "end")
    merged.status = _merged_status(members, date_source)
    audience = {a for m in members for a in m.offering.audience}
    merged.audience = [a for a in AUDIENCES if a in audience]
    labels = {t for m in members for t in m.offering.topics}
    if labels:
        known = load_taxonomy().labels
        merged.topics = [t for t in known if t in labels] + sorted(labels.difference(known))
    merged.confidence = max(m.offering.confidence for m in members)
    merged.sources = list(dict.fromkeys(ref for m in members for ref in m.offering.sources))
    for name, supplier in (("audience", merged.audience), ("topics", merged.topics)):
        if supplier:
            owner = next(m for m in members if getattr(m.offering, name))
            provenance[name] = _supplier(owner, name)
    merged.field_provenance = provenance
    merged.first_seen = min(
        (m.offering.first_seen for m in members if m.offering.first_seen), default=None
    )
    merged.last_seen = max(
        (m.offering.last_seen for m in members if m.offering.last_seen), default=None
    )
    return merged


def _merge_single(member: Member) -> Offering:
    """``_merge_members`` of a cluster of one (most clusters): the same offering, field for
    field and provenance key for key, without the loops over members (~40 % of a merge).
    Kept equal to it by tests/normalize/test_merge.py."""
    one = member.offering
    given = one.field_provenance
    source_id = member.source_id
    provenance: dict[str, str] = {}
    scalars: list[str | None] = []
    for name in _SCALAR_FIELDS:
        value = getattr(one, name)
        if value is None or value == "":
            scalars.append(None)
        else:
            scalars.append(value)
            provenance[name] = given.get(name, source_id)
    title, kind, url, place_format, venue, city, state, organizer, description = scalars
    priced = bool(one.cost) or one.free is not None
    if priced:
        provenance["cost"] = provenance["free"] = given.get("cost", source_id)
    if one.start:
        provenance["start"] = given.get("start", source_id)
        if one.end:
            provenance["end"] = given.get("end", source_id)
    # The common cases without building sets: every audience (most records), one topic.
    if one.audience == _ALL_AUDIENCES:
        audience = list(AUDIENCES)
    else:
        held = set(one.audience)
        audience = [a for a in AUDIENCES if a in held]
    topics: list[str] = []
    if len(one.topics) == 1:
        topics = list(one.topics)
    elif one.topics:
        labels = set(one.topics)
        known = load_taxonomy().labels
        topics = [t for t in known if t in labels] + sorted(labels.difference(known))
    if audience:
        provenance["audience"] = given.get("audience", source_id)
    if topics:
        provenance["topics"] = given.get("topics", source_id)
    status = one.status
    if status not in ("cancelled", "postponed"):
        status = "past" if status == "past" else "scheduled"
    return Offering(
        id="",
        title=title if title is not None else one.title,
        kind=kind,
        url=url,
        start=one.start,
        end=one.end,
        all_day=one.all_day,
        date_precision=one.date_precision,
        date_text=one.date_text,
        recurrence=one.recurrence or None,
        format=place_format,
        venue=venue,
        city=city,
        state=state,
        organizer=organizer,
        audience=audience,
        topics=topics,
        cost=one.cost if priced else None,
        free=one.free if priced else None,
        status=status,
        description=description,
        confidence=one.confidence,
        sources=list(dict.fromkeys(one.sources)) if len(one.sources) > 1 else list(one.sources),
        field_provenance=provenance,
        first_seen=one.first_seen or None,
        last_seen=one.last_seen or None,
    )


_ALL_AUDIENCES = list(AUDIENCES)


def _supplier(member: Member, name: str) -> str:
    return member.offering.field_provenance.get(name, member.source_id)


def _merged_status(members: list[Member], date_source: Member) -> str:
    statuses = {m.offering.status for m in members}
    for wanted in ("cancelled", "postponed"):
        if wanted in statuses:
            return wanted
    return "past" if date_source.offering.status == "past" else "scheduled"


def _identity_key(members: list[Member]) -> str:
    """The identity key of a cluster (rule in ``identity.py``): of its first member with a URL."""
    with_url = next((m for m in members if m.url), None)
    chosen = with_url or members[0]
    return identity_key_of(chosen.url, chosen.source_id, chosen.title)


def _assign_ids(merged: list[Offering], keys: list[str]) -> None:
    """Stable ids from each offering's cluster's identity key (``_identity_key``); colliding
    keys get the start year, then the date."""
    for refine in (_title_part, _start_year, _start_day):
        counts: dict[str, int] = defaultdict(int)
        for key in keys:
            counts[key] += 1
        if len(counts) == len(keys):
            break  # no key collides: the later refinements keep every key as it is
        keys = [
            f"{key}#{refine(offering)}" if counts[key] > 1 else key
            for key, offering in zip(keys, merged, strict=True)
        ]
    final = keys
    if len(set(keys)) < len(keys):  # keys that still collide: numbered in a stable order
        final = _numbered(merged, keys)
    for offering, key in zip(merged, final, strict=True):
        offering.id = offering_id(key)


def _numbered(merged: list[Offering], keys: list[str]) -> list[str]:
    """``keys``, the second and later of each equal key numbered (``…#2``), in the order of
    key, title and first source URL."""
    seen: dict[str, int] = defaultdict(int)
    order = sorted(
        range(len(merged)),
        key=lambda i: (
            keys[i],
            merged[i].title,
            merged[i].sources[0].url if merged[i].sources else "",
        ),
    )
    final = list(keys)
    for i in order:
        seen[keys[i]] += 1
        if seen[keys[i]] > 1:
            final[i] = f"{keys[i]}#{seen[keys[i]]}"
    return final


def _title_part(offering: Offering) -> str:
    return title_key(offering.title)


def _start_year(offering: Offering) -> str:
    return offering.start[:4] if offering.start else "undated"


def _start_day(offering: Offering) -> str:
    return offering.start[:10] if offering.start else "undated"
