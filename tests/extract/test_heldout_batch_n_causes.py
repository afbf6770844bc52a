"""Causes found on held-out batch N (German pages with schema.org data), each pinned on its real
page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from netdir.extract.context import PageContext, without_invisible_marks
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.listing import extract_listing
from netdir.extract.schema_org import event_types, type_names
from netdir.html_depth import parse_html
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect

_CIRCLESONGS = (
    "https://www.ganzheitlich-gesund-brandenburg.de/veranstaltungen/2718388/2025/07/08/"
    "circlesongs-community-chor-potsdam.html"
)


def test_a_type_written_in_lower_case_is_still_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Verwaltungsportal's event pages write '"@type":"event"': the JSON-LD was no event, and the
    # page gave one record titled by its "Blog" tab, dated by a blog post's day.
    assert event_types({"@type": "event"}) == {"Event"}
    assert type_names({"@type": ["place", "postaladdress"]}) == {"Place", "postaladdress"}
    rows = _inspect(
        capsys, "verwaltungsportal-ggbrandenburg-event.html", _CIRCLESONGS, "2025-07-07"
    )
    own = next(r for r in rows if r["start"].startswith("2025-07-08"))
    assert own["title"] == "Circlesongs: Community-Chor Potsdam"
    assert own["start"].startswith("2025-07-08T18:30")
    assert own["location"] == "freiLand Potsdam"
    assert not [r for r in rows if r["title"] == "Blog"]


def test_a_zero_width_space_after_each_dot_keeps_the_date() -> None:
    # The same site writes every date "04.&#8203;07.&#8203;2025" (a zero-width space after each
    # dot, a line-break hint): no date phrase was found in its "Veranstaltungen" tab.
    html = (PAGES / "verwaltungsportal-ggbrandenburg-event.html").read_text(encoding="utf-8")
    assert "04.&#8203;07.&#8203;2025" in html
    body = parse_html(without_invisible_marks(html)).body
    assert body is not None
    phrases = [m.group(0) for m in iter_date_phrases(body.text(separator=" "))]
    assert "04.07.2025 bis 06.07.2025" in phrases
    assert "15.07.2025" in phrases
    # Typed as characters, in a string given to the date parser directly.
    found = parse_when("04.\u200b07.\u200b2025 bis 06.\u200b07.\u200b2025", today=date(2025, 7, 7))
    assert (found.start, found.end) == ("2025-07-04", "2025-07-06")
    assert without_invisible_marks("Veranstal&shy;tung am 1.&#x200B;5.") == "Veranstaltung am 1.5."


def test_a_clock_in_a_time_element_of_its_own_is_not_the_rows_date() -> None:
    # The tab's rows: "05.07.2025 - <time>15:00</time> Uhr bis <time>18:00</time> Uhr". The
    # first <time> was taken as the row's date element: "15:00", no day, and the two choir
    # evenings (both "18:30") were one row.
    html = (PAGES / "verwaltungsportal-ggbrandenburg-event.html").read_text(encoding="utf-8")
    tab = parse_html(without_invisible_marks(html)).css_first("article.tab.events")
    assert tab is not None
    context = PageContext("x", _CIRCLESONGS, _CIRCLESONGS, None, datetime(2025, 7, 7, tzinfo=UTC))
    rows = extract_listing(parse_html(f"<html><body>{tab.html}</body></html>"), context)
    assert [(r.title, r.date_text) for r in rows] == [
        ("Sommer Retreat", "04.07.2025 bis 06.07.2025"),
        ("Netzwerktreffen Potsdam (etage3)", "05.07.2025 - 15:00 Uhr bis 18:00 Uhr"),
        ("Circlesongs: Community-Chor Potsdam", "08.07.2025 - 18:30 Uhr bis 20:30 Uhr"),
        ("Circlesongs: Community-Chor Potsdam", "15.07.2025 - 18:30 Uhr bis 20:30 Uhr"),
    ]


def test_an_event_pages_tab_of_the_sites_events_beside_a_blog_tab_built_alike(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Under the event, tabs "Veranstaltungen" and "Blog" share their markup (ul.tab_link_entries
    # > li.tab_link_entry): the detector pooled both, a menu won, and the events were never
    # offered as the site's other events. The events tab also lists this page's own evening
    # (the third row): that row is the structured event, not a reason to refuse the list.
    rows = _inspect(
        capsys, "verwaltungsportal-ggbrandenburg-event.html", _CIRCLESONGS, "2025-07-07"
    )
    assert [(r["title"], r["start"][:16]) for r in rows] == [
        ("Circlesongs: Community-Chor Potsdam", "2025-07-08T18:30"),
        ("Sommer Retreat", "2025-07-04"),
        ("Netzwerktreffen Potsdam (etage3)", "2025-07-05T15:00"),
        ("Circlesongs: Community-Chor Potsdam", "2025-07-15T18:30"),
    ]
    assert not [r for r in rows if "Sturkopp" in r["title"] or r["title"] == "Blog"]


def test_the_days_a_structured_events_page_lists_are_each_that_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Contao's event reader: "Termine: 20.06.2025 / 25.07.2025 / … / 19.12.2025" (<br> lines of
    # one cell) under one Event JSON-LD that names only the first day. Each listed day is the
    # same meditation at the same hours; a December evening keeps its 18:00 (winter time).
    rows = _inspect(
        capsys, "contao-heilnetzowl-termin.html", "https://www.heilnetz-owl.de/termin/heilmeditation",
        "2025-06-25",
    )  # fmt: skip
    assert [r["start"] for r in rows] == [
        "2025-06-20T18:00:00+02:00", "2025-07-25T18:00:00+02:00", "2025-08-22T18:00:00+02:00",
        "2025-09-26T18:00:00+02:00", "2025-10-24T18:00:00+02:00", "2025-11-21T18:00:00+01:00",
        "2025-12-19T18:00:00+01:00",
    ]  # fmt: skip
    assert {r["title"] for r in rows} == {"Heilmeditation"}
    assert rows[-1]["end"] == "2025-12-19T19:00:00+01:00"
    # Two days on the second site: one other day is enough.
    rows = _inspect(
        capsys, "contao-heilnetz-termin.html", "https://www.heilnetz.de/termin/5914.html",
        "2025-05-09",
    )  # fmt: skip
    assert [r["start"][:16] for r in rows] == ["2024-10-05T11:00", "2025-05-10T11:00"]


def test_a_structured_event_without_a_place_takes_the_place_its_page_labels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Contao's Event JSON-LD has no location; the page's table says "Ort:" / "Therapiezentrum
    # Paderwall" / "Paderwall 13" / "33102 Paderborn" under the date and time rows.
    rows = _inspect(
        capsys, "contao-heilnetzowl-termin.html", "https://www.heilnetz-owl.de/termin/heilmeditation",
        "2025-06-25",
    )  # fmt: skip
    assert {r["location"] for r in rows} == {
        "Therapiezentrum Paderwall, Paderwall 13, 33102 Paderborn"
    }


def test_a_stamp_shifted_by_its_own_offset_is_read_as_the_clock_the_page_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch L's open cause: the Modern Events Calendar page shows "8:00 pm - 9:30 pm", its
    # JSON-LD says "2026-04-04T13:00:00-07:00" to "14:30" (the plugin took the wall clock for UTC
    # and converted it). 13:00 appears nowhere on the page, the stamps' UTC clocks do.
    rows = _inspect(
        capsys, "wordpress-mec-rainierarts-event.html",
        "https://rainierartscenter.org/events/world-class-music-presents-dobet-gnahore/",
        "2026-03-16",
    )  # fmt: skip
    assert [(r["start"], r["end"]) for r in rows] == [
        ("2026-04-04T20:00:00-07:00", "2026-04-04T21:30:00-07:00")
    ]
    # A stamp whose own clock the page shows stays as it is (the Verwaltungsportal page's
    # "+0200" evening, shown as "18:30").
    rows = _inspect(
        capsys, "verwaltungsportal-ggbrandenburg-event.html", _CIRCLESONGS, "2025-07-07"
    )
    assert rows[0]["start"].startswith("2025-07-08T18:30")
