"""A heading that announces one event beside a page's dated list (heading_announcements)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netdir.extract.context import PageContext
from netdir.extract.heading_announcements import announced_in_headings
from netdir.html_depth import parse_html
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page

_PAGE = """<h1>Nacht der Wissenschaft</h1>
<h2>{heading}</h2><p>Vorträge zu Themen halten …</p>
<h2>Programm</h2><div><h4>20:00 HS A Proteinfaltung</h4></div>"""


def _announced(heading: str) -> list[RawRecord]:
    context = PageContext(
        source_id="s",
        page_url="https://example.org/",
        base_url="https://example.org/",
        default_kind=None,
        fetched_at=datetime(2017, 5, 1, tzinfo=UTC),
    )
    listed = context.new_record("listing", "Proteinfaltung")
    listed.date_text = "28. Oktober 2016, 20:00"
    return announced_in_headings(parse_html(_PAGE.format(heading=heading)), context, [listed])


def test_a_heading_naming_what_when_and_where() -> None:
    (record,) = _announced("PowerPoint-Karaoke-Schlonz am 23. Mai 2017 um 20 Uhr im AKK")
    assert (record.title, record.date_text, record.location_text) == (
        "PowerPoint-Karaoke-Schlonz",
        "23. Mai 2017 um 20 Uhr im AKK",
        "AKK",
    )
    assert record.field_sources["date_text"].startswith("listing:heading announcing")


@pytest.mark.parametrize(
    "heading",
    [
        "Programm am 28. Oktober 2016",  # dates the list below: a day of the list
        "Nacht der Wissenschaft",  # no day
        "Was passiert am Abend?",  # „am“ without a day
        "Rückblick auf 2016 am Ende",
    ],
)
def test_headings_that_announce_nothing_else(heading: str) -> None:
    assert _announced(heading) == []


def test_a_long_heading_is_read_quickly() -> None:
    assert _announced("Fest am " * 3000) == []


def test_the_next_event_of_a_science_night(capsys: pytest.CaptureFixture[str]) -> None:
    """The archived page of a science night announces the group's next event in a heading of its
    own section above the night's 18 talks."""
    records = inspect_corpus_page(capsys, "static-ndw-karlsruhe-programm-2016-10")
    karaoke = [r for r in records if r["title"] == "PowerPoint-Karaoke-Schlonz"]
    assert [r["start"][:16] for r in karaoke] == ["2017-05-23T20:00"]
    assert len(records) == 19
