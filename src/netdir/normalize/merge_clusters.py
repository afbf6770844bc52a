"""Which normalized offerings belong together: one cluster per real-world offering, by the
match and compatibility rules that ``netdir.normalize.merge``'s docstring states.

Candidates are found by blocking: a cluster is only compared with an offering when they share
the canonical URL, or a title token *and* a day (dated offerings can only match when their
days overlap; undated ones only match undated ones). A token alone put ~100 clusters of other
days in front of every record on a 10,000-event web; token + day leaves a handful. Within a
block, a member whose title has numbers only looks at clusters with its numbers or without
any (other numbers only join through a shared URL), and one that names a city only at
clusters of its city or of none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from netdir.records import Offering

TITLE_SIMILARITY = 90  # rapidfuzz score (0-100) above which two titles name the same thing
SHORT_TITLE_SIMILARITY = 95  # one-word titles: almost the same string
URL_TITLE_SIMILARITY = 50  # titles of records sharing a URL must still be related
# A dated offering is blocked under each of its days; a longer span (a season, a month-long
# exhibition) under its tokens alone, and such members look at every cluster with the token.
_BLOCKING_MAX_DAYS = 31


@dataclass(slots=True)
class Member:
    """One offering as clustering compares it: its rank and its match features (``MatchFeatures``
    flattened: the blocking loop reads them ~10 times a record, one attribute step each)."""

    offering: Offering
    rank: tuple[int, int, float]
    order_key: tuple[object, ...]
    source_id: str
    url: str | None
    title: str
    tokens: frozenset[str]
    years: frozenset[str]
    numbers: tuple[str, ...]
    formats: frozenset[str]
    span: tuple[date, date] | None
    city: str | None
    identity_domain: str | None


@dataclass
class Cluster:
    members: list[Member] = field(default_factory=list)


def span_of(offering: Offering) -> tuple[date, date] | None:
    """First and last day; None when undated (or dated by something that is not ISO)."""
    try:
        first = date.fromisoformat((offering.start or "")[:10])
    except ValueError:
        return None
    try:
        last = date.fromisoformat(offering.end[:10]) if offering.end else first
    except ValueError:
        last = first
    return first, max(first, last)


#: A part of a block: the clusters with a member of this city and these numbers (or any).
_Part = tuple[str | None, tuple[str, ...]]


def cluster_members(members: list[Member]) -> list[Cluster]:
    """The clusters of ``members``, each joined in the order given (precedence order)."""
    clusters: list[Cluster] = []
    by_url: dict[str, list[int]] = defaultdict(list)
    # Three levels: day → block part → title token → clusters. A part (city, numbers) is a
    # small int: one per distinct part, looked up once per distinct (city, numbers) of the
    # members, never per token. Keyed day → token → part, a member made and hashed a part
    # tuple for each of its tokens and parts (~6 tokens × 4 parts, looked up and then stored)
    # although most parts of a day hold nothing: by part first, a part that no cluster of the
    # day has is one miss, and its tokens are not looked at.
    # A block's clusters: most hold one, kept as the bare index (a list of one was ~40 % of
    # the blocks' memory: 50,000 records, ~140 MB at the merge's peak).
    by_block: dict[object, dict[int, dict[str, int | list[int]]]] = {}
    # "any" and "long" days serve members whose span is too long to block by day: without any
    # such member they are never looked at, and neither made nor searched. Only long-span
    # members read "any": after the last of them, nothing is written there (the bench's 10,000
    # records: one long span, the 21st member; "any" took every later member's entries).
    days_of = [_days(m.span) if m.span is not None else None for m in members]
    long_at = [i for i, m in enumerate(members) if m.span is not None and days_of[i] is None]
    long_spans = bool(long_at)
    last_long = long_at[-1] if long_at else -1
    # Each distinct (city, numbers) of the members: the parts it looks up (made first, for all
    # members) and the parts it is indexed under — only those some member looks up: an entry
    # under a part nobody looks up is never read (the bench's 10,000 records: most of the
    # (city, numbers) pairs are one event's, and most members name a city, so the _ANY_CITY
    # parts and most exact parts were written and never read).
    part_ids: dict[_Part, int] = {}
    wanted_of: dict[_Part, tuple[int, ...]] = {}
    for member in members:
        pair = (member.city or None, member.numbers)
        if pair not in wanted_of:
            wanted_of[pair] = tuple(
                part_ids.setdefault((city, number), len(part_ids))
                for city in _lookup_cities(member)
                for number in _lookup_numbers(member)
            )
    parts_of = {
        pair: tuple(part_ids[part] for part in _parts(*pair) if part in part_ids)
        for pair in wanted_of
    }
    del part_ids
    for position, member in enumerate(members):
        candidates: set[int] = set()
        if member.url:
            candidates.update(by_url.get(member.url, ()))
        pair = (member.city or None, member.numbers)
        wanted = wanted_of[pair]
        tokens = member.tokens
        days = days_of[position]
        for day in _lookup_days(member, days, long_spans):
            by_part = by_block.get(day)
            if by_part is None:
                continue
            for part in wanted:
                block = by_part.get(part)
                if block is None:
                    continue
                for token in tokens & block.keys():
                    found = block[token]
                    if isinstance(found, int):
                        candidates.add(found)
                    else:
                        candidates.update(found)
        home = (
            next((i for i in sorted(candidates) if _joins(member, clusters[i].members)), None)
            if candidates
            else None
        )
        if home is None:
            home = len(clusters)
            clusters.append(Cluster())
        clusters[home].members.append(member)
        if member.url:
            by_url[member.url].append(home)
        parts = parts_of[pair]
        if not parts:
            continue
        for day in _index_days(member, days, position < last_long):
            by_part = by_block.get(day)
            if by_part is None:
                by_part = by_block[day] = {}
            for part in parts:
                block = by_part.get(part)
                if block is None:
                    block = by_part[part] = {}
                for token in tokens:
                    held = block.setdefault(token, home)
                    if isinstance(held, int):
                        if held != home:
                            block[token] = [held, home]
                    else:
                        held.append(home)
    return clusters


def _parts(city: str | None, numbers: tuple[str, ...]) -> tuple[_Part, ...]:
    """The block parts a member of ``city`` and ``numbers`` may be indexed under (only those
    some member looks up are used)."""
    return ((_ANY_CITY, _ANY_NUMBERS), (_ANY_CITY, numbers), (city, _ANY_NUMBERS), (city, numbers))


# Each block key comes with a city: a member that names a city can only join a cluster whose
# members name that city or none (``_compatible``), so it looks among the clusters with a member
# of its city or without one; a member without a city looks at all (_ANY_CITY). On a dense web
# (5,000 pages: ~140 events a day, the same title in many towns) this keeps the candidates few.
_ANY_CITY = "\0any"


def _lookup_cities(member: Member) -> tuple[str | None, ...]:
    return (member.city, None) if member.city else (_ANY_CITY,)


# Numbers likewise: titles that differ in a number ("Teil 1"/"Teil 2", "Ausgabe 17"/"Ausgabe
# 18") only join through a shared URL (found by URL, not by block), so a member whose title
# has numbers looks among the clusters with a member of its numbers or one without numbers;
# a member without numbers looks at all. A mix where every title reads "… Ausgabe <n>" put
# every cluster of the day in front of every record (20,000 records: 2.57M candidates).
_ANY_NUMBERS = ("\0any",)


def _lookup_numbers(member: Member) -> tuple[tuple[str, ...], ...]:
    return (member.numbers, ()) if member.numbers else (_ANY_NUMBERS,)


# Block days: each day of a short dated span (its ordinal: an int, never equal to the words),
# "long" and "any" for long spans, "undated" for undated offerings; each day's blocks are keyed
# by block part, then by title token. "any" holds every dated cluster, for long-span members,
# which may overlap any day. ``long_spans``: for ``_lookup_days``, whether any member has a long
# span; for ``_index_days``, whether one comes later (without one, "any" and "long" would only
# be written or only be read). ``days``: ``_days`` of the member's span (None: long or
# undated).
def _index_days(member: Member, days: range | None, long_spans: bool) -> Sequence[object]:
    if member.span is None:
        return _UNDATED
    if days is None:
        return _ANY_LONG if long_spans else _LONG
    return (_ANY_WORD, *days) if long_spans else days


def _lookup_days(member: Member, days: range | None, long_spans: bool) -> Sequence[object]:
    if member.span is None:
        return _UNDATED
    if days is None:
        return _ANY
    return (_LONG_WORD, *days) if long_spans else days


_UNDATED: tuple[object, ...] = ("undated",)
_ANY_WORD, _LONG_WORD = "any", "long"
_ANY: tuple[object, ...] = (_ANY_WORD,)
_LONG: tuple[object, ...] = (_LONG_WORD,)
_ANY_LONG: tuple[object, ...] = (_ANY_WORD, _LONG_WORD)


def _days(span: tuple[date, date]) -> range | None:
    first, last = span[0].toordinal(), span[1].toordinal()
    if last - first + 1 > _BLOCKING_MAX_DAYS:
        return None
    return range(first, last + 1)


def _joins(member: Member, cluster: list[Member]) -> bool:
    """A match with some member, compatible with every member."""
    matched_by_url = member.url is not None and any(
        member.url == other.url and _related_titles(member, other) for other in cluster
    )
    if matched_by_url:
        return all(_compatible(member, other, True) for other in cluster)
    # The cheap compatibility checks first: most candidates of a day fail them ("Teil 1" and
    # "Teil 2", another city), and then no fuzzy title comparison is needed.
    return all(_compatible(member, other, False) for other in cluster) and any(
        _similar_titles(member, other) for other in cluster
    )


def _related_titles(a: Member, b: Member) -> bool:
    """A shared URL is not enough when the titles have nothing in common: one overview page
    ("next-netz.de/veranstaltungen/") is the URL of several offerings."""
    if not a.title or not b.title:
        return True
    return fuzz.token_set_ratio(a.title, b.title) >= URL_TITLE_SIMILARITY


def _similar_titles(a: Member, b: Member) -> bool:
    if not a.title or not b.title:
        return False
    if a.title == b.title:
        return True
    if min(len(a.tokens), len(b.tokens)) <= 1:
        return fuzz.ratio(a.title, b.title) >= SHORT_TITLE_SIMILARITY
    return fuzz.token_set_ratio(a.title, b.title) >= TITLE_SIMILARITY


def _compatible(a: Member, b: Member, matched_by_url: bool) -> bool:
    if a.source_id == b.source_id and a.url and b.url and a.url != b.url:
        return False
    if a.identity_domain and b.identity_domain and a.identity_domain != b.identity_domain:
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    # Only another source's link to the same page says its "Teil 2" or "Forum" is what this
    # one calls "Teil 1" or "Fachtag"; one source listing both under one URL lists two.
    numbers_differ = bool(a.numbers and b.numbers and a.numbers != b.numbers)
    formats_differ = bool(a.formats and b.formats and not a.formats & b.formats)
    if (numbers_differ or formats_differ) and (not matched_by_url or a.source_id == b.source_id):
        return False
    if a.city and b.city and a.city != b.city:
        return False
    return _dates_compatible(a.span, b.span, matched_by_url)


def _dates_compatible(
    a: tuple[date, date] | None, b: tuple[date, date] | None, matched_by_url: bool
) -> bool:
    if a is None and b is None:
        return True
    if a is None or b is None:
        return matched_by_url
    return a[0] == b[0] or (a[0] <= b[1] and b[0] <= a[1])
