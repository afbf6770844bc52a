"""What makes two records the same offering, and the stable id an offering keeps.

Stable id rule (``offering_id``):

1. The canonical offering URL of the highest-precedence member that has one (scheme, ``www.``,
   trailing slash, fragment and tracking parameters do not count): ``url:<canonical url>``.
2. Else the highest-precedence member's ``source id`` + its normalized title with years and
   dates removed: ``title:<source>:<title>`` — so a conference whose date moves, or whose
   title changes "2026" to "2027", keeps its id while its source lists it.
3. When two different offerings of one run end up with the same key (one overview URL for
   several offerings; one URL for two editions; "Herbstkonferenz 2026" and "… 2027" from one
   source), each gets its normalized title appended, then its start year (or "undated"), then
   its start date while still equal; a last tie is numbered in title order.

The id is ``o-`` + the first 16 hex digits of the key's SHA-1; members are ranked by
precedence, extractor, confidence, then source id and URL, so input order never matters.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from netdir import lazy_re
from netdir.normalize.gazetteer import fold

# Structured data beats a guessed listing row when sources share a precedence.
EXTRACTOR_RANK: dict[str, int] = {
    "curated": 6, "jsonld": 5, "ical": 5, "tec": 5, "frab": 5, "microdata": 4, "rdfa": 4, "microformats": 4, "rules": 3,
    "feed": 2, "listing": 1,
}  # fmt: skip
_TRACKING = lazy_re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_[ce]id|pk_\w+|mtm_\w+|ref|source)$", re.I)
_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DATEISH = lazy_re.compile(r"\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{1,2}\.\s?(?=[a-zäöü])", re.I)
_PUNCTUATION = lazy_re.compile(r"[^\w\s]+")
# Real dates only ("12.03.", "12.3.2027", "12. März"): an ordinal before a word ("2. Fachtag")
# is a number that tells editions apart.
_TITLE_DATE = lazy_re.compile(
    r"\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?"
    r"|\d{1,2}\.\s?(?:jan|feb|mär|maer|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*",
    re.I,
)
_NUMBER = lazy_re.compile(r"\d+")
_STOPWORDS = frozenset(
    (
        "der", "die", "das", "des", "dem", "den", "und", "oder", "für", "fuer", "im", "in", "am",
        "an", "zum", "zur", "von", "vom", "mit", "auf", "bei", "the", "of", "and", "for", "a",
        "to", "at", "on", "e", "v", "ev",
    )
)  # fmt: skip


# An http(s) URL with no query, fragment, userinfo, space or character urlsplit treats apart
# (brackets, backslash, control characters, non-ASCII): its canonical form is read off directly.
_PLAIN_URL = lazy_re.compile(
    r"https?://(?P<netloc>[A-Za-z0-9.-]+(?::[0-9]+)?)(?P<path>/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?"
)


# Cached: a merge asks for each record's URL and domain several times (4 URL parses a record,
# ~30 % of merge time for 10k records); the answers depend on the string alone.
@lru_cache(maxsize=65536)
def canonical_url(url: str | None) -> str | None:
    """One spelling per page: https, no www., no fragment, no tracking, no trailing slash."""
    if not url or not url.strip():
        return None
    url = url.strip()
    plain = _PLAIN_URL.fullmatch(url)
    if plain is None:
        return _canonical_of_split(url)
    # What ``_canonical_of_split`` gives for such a URL, without urlsplit and urlunsplit
    # (~9 -> ~2 µs: every record's own URL is asked for first here, the cache cannot help).
    host = plain["netloc"].lower().removeprefix("www.")
    host = host.removesuffix(":443").removesuffix(":80")
    return f"https://{host}{(plain['path'] or '').rstrip('/')}"


def _canonical_of_split(url: str) -> str | None:
    parts = urlsplit(url)
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    host = host.removesuffix(":443").removesuffix(":80")
    query = (
        urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
        if parts.query
        else ""
    )
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, query, ""))


@lru_cache(maxsize=65536)
def registrable_domain(url: str | None) -> str | None:
    """``next-netz.kbit.de`` → ``kbit.de``; good enough for German and .com/.org hosts."""
    canonical = canonical_url(url)
    if canonical is None:
        return None
    # The canonical URL's host part: "https://" + netloc, up to the path or query.
    netloc = canonical[len("https://") :].split("/", 1)[0].split("?", 1)[0]
    return _host_domain(netloc)


@lru_cache(maxsize=4096)  # a site's offerings share their host: one parse a host, not a URL
def _host_domain(netloc: str) -> str:
    host = urlsplit(f"https://{netloc}").hostname or ""
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 else host


@lru_cache(maxsize=16384)  # asked for a record when normalized, when merged and when identified
def title_key(title: str) -> str:
    """A title as dedup compares it: folded, without years, dates, punctuation or stopwords."""
    text = _DATEISH.sub(" ", _YEAR.sub(" ", title))
    words = [w for w in _PUNCTUATION.sub(" ", fold(text)).split() if w not in _STOPWORDS]
    return " ".join(words)


# Cached like title_key: a listing repeats its titles, and match_features asks for all three.
@lru_cache(maxsize=16384)
def title_years(title: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(title))


@lru_cache(maxsize=16384)
def title_numbers(title: str) -> tuple[str, ...]:
    """The numbers of a title other than years and dates, in order: "Teil 2" → ("2",),
    "Ziehung 3-8-4" → ("3", "8", "4"). Titles that differ in them name different offerings."""
    text = _TITLE_DATE.sub(" ", _YEAR.sub(" ", title))
    return tuple(number.lstrip("0") or "0" for number in _NUMBER.findall(text))


# Words naming what kind of meeting an offering is. Two titles naming different ones ("Fachtag
# KI in der Verwaltung", "Barcamp KI in der Verwaltung") are two offerings, however alike the rest.
_FORMAT_WORDS = frozenset(
    (
        "fachtag", "fachtagung", "tagung", "konferenz", "kongress", "barcamp", "webinar",
        "werkstatt", "workshop", "forum", "stammtisch", "netzwerktreffen", "seminar",
        "sprechstunde", "hackathon", "messe", "sommerakademie", "schulung", "vortrag",
    )
)  # fmt: skip


@lru_cache(maxsize=16384)
def title_formats(title: str) -> frozenset[str]:
    """The format words of a title as separate words: "Barcamp Verwaltung" → {"barcamp"}."""
    return frozenset(_PUNCTUATION.sub(" ", fold(title)).split()) & _FORMAT_WORDS


def offering_id(key: str) -> str:
    return "o-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def identity_key(url: str | None, source_id: str, title: str) -> str:
    canonical = canonical_url(url)
    if canonical is not None:  # the title is not part of it: no title_key needed
        return identity_key_of(canonical, source_id, "")
    return identity_key_of(None, source_id, title_key(title))


def identity_key_of(canonical: str | None, source_id: str, key: str) -> str:
    """``identity_key`` from a canonical URL and a ``title_key`` already at hand."""
    if canonical is not None:
        return f"url:{canonical}"
    return f"title:{source_id}:{key}"
