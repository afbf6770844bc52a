"""Property-based tests: the date and place parsers and the extractors on arbitrary input.

Never crash, never end before start, never a date outside a plausible range, bounded time per
input (hypothesis' ``deadline``: a pathological regex shows up as a DeadlineExceeded).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdir.catalog.model import Source
from netdir.extract import extract_page
from netdir.extract.caps import FIELD_CAPS
from netdir.normalize.place import parse_place
from netdir.normalize.when import parse_when
from netdir.records import Page
from tests.reliability.tally import TALLY

TODAY = date(2026, 11, 27)
# 80 cases per property in the normal run (seconds); NETDIR_FUZZ_EXAMPLES=2000 for a long one.
FUZZ = settings(
    max_examples=int(os.environ.get("NETDIR_FUZZ_EXAMPLES", "80")),
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
# Date-ish words and separators, so the generated texts reach deep into the grammar.
_WORDS = [
    "12.", "3.", "2027", "März", "Mai", "bis", "–", "-", "Uhr", "9:00", "18.30", "ab", "KW",
    "Herbst", "Q2", "jeden", "ersten", "Dienstag", "im", "Monat", "am", "vom", "/", ",",
    "online", "Berlin", "10435", "Kastanienallee 82", "hybrid", "vor Ort", "Rathaus",
    "Sommer", "Ende", "Anfang", "2026-13-45", "31.02.2027", "00:00", "24:00", "T", "Z",
    "Anmeldung bis", "12.03.2027T09:30:00+01:00", "1.1.1", "99.99.9999",
]  # fmt: skip
dateish = st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), max_size=12).map(" ".join)
texts = dateish | st.text(max_size=300)


def _as_date(value: str) -> date:
    return datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)


def _as_instant(value: str) -> datetime:
    if "T" not in value:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), tzinfo=UTC)
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@FUZZ
@given(texts)
def test_parse_when_never_crashes_and_never_ends_before_it_starts(text: str) -> None:
    TALLY.fuzz_cases_tried += 1
    when = parse_when(text, today=TODAY)
    for value in (when.start, when.end):
        if value is not None:
            day = _as_date(value)
            assert 1990 <= day.year <= TODAY.year + 30, (text, when)
    if when.start and when.end:
        assert _as_instant(when.end) >= _as_instant(when.start), (text, when)


@FUZZ
@given(texts)
def test_parse_place_never_crashes(text: str) -> None:
    TALLY.fuzz_cases_tried += 1
    place = parse_place(text)
    assert place.format in (None, "in_person", "online", "hybrid")


_SOURCE = Source(id="fuzz", name="Fuzz", start_urls=["http://127.0.0.1/"])
_TAGS = ["<div>", "</div>", "<li>", "<a href='/x'>", "</a>", "<h2>", "</h2>", "<time>", "<p>"]
_JSONLD = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["@type", "name", "startDate", "location", "@graph"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@st.composite
def pages(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(_TAGS) | dateish | st.text(max_size=30), max_size=40))
    block = draw(_JSONLD)
    return (
        f'<script type="application/ld+json">{json.dumps({"@type": "Event", "x": block})}'
        f"</script>{''.join(parts)}"
    )


@FUZZ
@given(pages())
def test_extractors_never_raise_and_respect_the_field_caps(html: str) -> None:
    TALLY.fuzz_cases_tried += 1
    page = Page("fuzz", "http://127.0.0.1/", "http://127.0.0.1/", 200, datetime.now(UTC),
                content_type="text/html", text=html)  # fmt: skip
    result = extract_page(page, _SOURCE)
    for record in result.records:
        for name, limit in FIELD_CAPS.items():
            value = getattr(record, name)
            assert value is None or len(value) <= limit
