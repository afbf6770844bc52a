"""Held-out batch AZ (English meeting lists of Australian councils: Infocouncil grids of Penrith
and Lane Cove, the City of Darebin's OpenCities page, the City of Melbourne's meetings finder,
the City of Port Phillip's accordion): each general cause it showed, on a minimal snippet and
on its real page."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.date_cues import only_a_moved_day
from netdir.extract.meeting_documents import meeting_of_document
from netdir.extract.place_lines import names_a_place
from netdir.extract.title_text import is_document_link
from netdir.extract.venue_titles import names_nothing
from netdir.normalize.when import parse_when
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_PENRITH = "infocouncil-penrith-business-papers-2025"
_DAREBIN = "opencities-darebin-council-meetings-2026"
_PORT_PHILLIP = "portphillip-previous-meetings-2023"
_BRIMBANK = "drupal-brimbank-council-meetings-2026"


def _records(html: str) -> list[tuple[str, str | None, str | None]]:
    records = extract_page(page_from_text(html, "https://council.example.org/meetings")).records
    return [(r.title, r.date_text, r.location_text) for r in records]


# 1. A document link's file size („View PDF (828.0KB)“) hid that it only names a file.


def test_a_file_size_does_not_make_a_document_link_a_name() -> None:
    assert is_document_link("View PDF (828.0KB)")
    assert is_document_link("Attachment PDF(108.0MB)")
    assert is_document_link("Minutes (PDF 2 MB)")
    assert not is_document_link("Council Meeting 2024")
    assert not is_document_link("Budget Workshop (2 MB)")


_GRID_ROW = (
    '<tr class="row"><td class="date">{day}<br><span>{clock}</span></td>'
    '<td class="committee">{name}<br><span>{room}</span></td>'
    '<td><a href="Doc.aspx?URL={n}_AGN.htm">View HTML</a> '
    '<a href="Doc.aspx?URL={n}_AGN.PDF">View PDF (1.{n}MB)</a></td>'
    '<td><a href="Doc.aspx?URL={n}_MIN.PDF">View PDF (3{n}.5KB)</a></td></tr>'
)


def _grid(*rows: tuple[str, str, str, str]) -> str:
    body = "".join(
        _GRID_ROW.format(day=d, clock=c, name=n, room=r, n=i) for i, (d, c, n, r) in enumerate(rows)
    )
    return (
        "<html><body><h1>Agendas and Minutes</h1><table><thead><tr><th>Meeting Date</th>"
        f"<th>Committee</th><th>Business Papers</th><th>Minutes</th></tr></thead><tbody>{body}"
        "</tbody></table></body></html>"
    )


def test_a_meeting_grid_is_named_by_its_committee_cell_not_its_files() -> None:
    html = _grid(
        ("15 Dec 2025", "6:30 PM", "Ordinary Meeting", "Council Chambers"),
        ("1 Dec 2025", "7:00 PM", "Policy Review Committee", "Passadena Room"),
        ("17 Nov 2025", "7:00 PM", "Ordinary Meeting", "Council Chambers"),
    )
    titles = [title for title, _, _ in _records(html)]
    assert titles == ["Ordinary Meeting", "Policy Review Committee", "Ordinary Meeting"]


# 2. „Council Chambers“ is where a council meets: a place line like „Passadena Room“.


def test_council_chambers_are_a_place() -> None:
    assert names_a_place("Council Chambers")
    assert names_a_place("Board Chamber")
    assert not names_a_place("Chamber Music Evening")


# 3. „At the conclusion of the Councillor Briefing (Special)“ tells when, not what.


def test_a_start_after_another_meeting_names_no_meeting() -> None:
    assert names_nothing("At the conclusion of the Councillor Briefing (Special)", set())
    assert names_nothing("Immediately following the Finance Committee", set())
    assert names_nothing("Im Anschluss an die Ratssitzung", set())
    assert not names_nothing("After the Storm: a film evening", set())


def test_the_grid_rows_of_penrith_are_its_meetings(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _PENRITH)
    assert len(rows) == 12
    assert {r["title"] for r in rows} == {"Ordinary Meeting", "Policy Review Committee"}
    assert rows[0]["start"].startswith("2025-12-15T18:30")
    assert rows[0]["location"] == "Council Chambers"
    special = [r for r in rows if r["start"].startswith("2025-09-15")]
    assert [r["title"] for r in special] == ["Ordinary Meeting"]


# 4. An accordion's panels tell about the meeting their button names: no more meetings.

_ACCORDION_ITEM = (
    '<li class="acc-item"><button class="acc-title"><h3>{name} {day}</h3></button>'
    '<div class="acc-panel"><div class="rte"><p><strong>{weekday} {day}</strong><br>'
    "<strong>Commencing {clock}</strong><br><strong>St Kilda Town Hall</strong></p>"
    '<p><a href="/media/{n}/agenda-contents.pdf" title="Agenda Contents {short}">'
    "Agenda Contents (PDF 1{n}8KB)</a></p>"
    "</div></div></li>"
)


def _accordion() -> str:
    items = [
        ("Council Meeting", "5 July 2023", "Wednesday", "6:30 pm"),
        ("Special Council Meeting", "12 July 2023", "Wednesday", "7:00pm"),
        ("Planning Committee Meeting", "27 July 2023", "Thursday", "6:30 pm"),
    ]
    body = "".join(
        _ACCORDION_ITEM.format(name=a, day=b, weekday=c, clock=d, n=i, short=b[:-5])
        for i, (a, b, c, d) in enumerate(items)
    )
    return (
        "<html><body><h1>Previous Meetings</h1><div class='acc'><h2>July 2023</h2>"
        f"<ul class='acc-list'>{body}</ul></div></body></html>"
    )


def test_the_panels_of_an_accordion_are_no_meetings_of_their_own() -> None:
    # (the panels' links are titled by the day without its year, „Agenda Contents 5 July“, as
    # on the real page: their days then differ from the buttons' by the year read for them)
    records = _records(_accordion())
    assert [title for title, _, _ in records] == [
        "Council Meeting",
        "Special Council Meeting",
        "Planning Committee Meeting",
    ]


# 5. „Commencing 6:30 pm“ in the panel is the meeting's start.


def test_commencing_is_a_clock_label() -> None:
    records = _records(_accordion())
    assert all(records) and "6:30 pm" in (records[0][1] or "")
    assert "7:00pm" in (records[1][1] or "")


def test_the_accordion_of_port_phillip(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _PORT_PHILLIP)
    assert len(rows) == 8
    assert rows[0]["title"] == "Council Meeting"
    assert rows[0]["start"].startswith("2023-07-05T18:30")
    assert rows[1]["start"].startswith("2023-07-12T19:00")
    assert not [r for r in rows if r["title"].startswith(("Commencing", "Agenda Contents"))]


# 6. A meeting listed by its documents is one meeting named before the kind of file.


def test_a_document_link_names_its_meeting() -> None:
    assert meeting_of_document("Council Meeting Agenda - 25 August 2026") == "Council Meeting"
    assert (
        meeting_of_document("Council Meeting Minutes (unconfirmed) - 28 July 2026")
        == "Council Meeting"
    )
    assert meeting_of_document("Special Council Meeting Recording - 30 June 2026") == (
        "Special Council Meeting"
    )
    assert (
        meeting_of_document("Council Meeting No. 661 - Agenda - 21 July 2026 (32.6MB)")
        == "Council Meeting No. 661"
    )
    assert meeting_of_document("Annual Report Summary - 2026") is None
    assert meeting_of_document("Reading Minutes") is None


# 7. A day a meeting was adjourned from is not its day.


def test_a_day_adjourned_from_is_not_the_meetings_day() -> None:
    text = "Special Council Meeting Agenda - adjourned from 22 December 2025"
    assert parse_when(text, today=date(2026, 8, 19)).start is None
    assert only_a_moved_day(text)
    moved = parse_when("Meeting postponed from 3 May 2026 to 10 May 2026", today=date(2026, 8, 19))
    assert moved.start == "2026-05-10"
    assert not only_a_moved_day("Council Meeting Agenda - 25 August 2026")


# 8. A day heading typed as a bold paragraph among the h3 day headings opens a run too.

_DAY = (
    '<h3>{day}</h3><ul><li><a class="document" href="/docs/{n}-agenda.pdf">Council Meeting Agenda'
    ' - {day}</a></li><li><a class="document" href="/docs/{n}-minutes.pdf">Council Meeting Minutes'
    " - {day}</a></li></ul>"
)


def test_a_bold_day_paragraph_opens_a_meeting_like_the_day_headings() -> None:
    bold = (
        "<p><strong>24 February 2026</strong></p><ul><li><a class='document' href='/docs/f.pdf'>"
        "Council Meeting Agenda - 24 February 2026</a></li></ul>"
    )
    html = (
        "<html><body><div class='page'><h1>2026 Council meetings</h1>"
        + _DAY.format(day="28 April 2026", n=1)
        + _DAY.format(day="24 March 2026", n=2)
        + bold
        + _DAY.format(day="10 February 2026", n=3)
        + "</div></body></html>"
    )
    days = [when for _, when, _ in _records(html)]
    assert len(days) == 4
    assert any("24 February 2026" in (when or "") for when in days)


def test_the_meetings_of_darebin_are_one_each(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _DAREBIN)
    assert [r["start"][:10] for r in rows] == [
        "2026-08-25",
        "2026-07-28",
        "2026-06-30",
        "2026-06-16",
        "2026-05-26",
        "2026-04-28",
        "2026-03-24",
        "2026-02-24",
        "2026-02-10",
    ]
    assert rows[2]["title"] == "Special Council Meeting"
    assert rows[8]["title"] == "Special Council Meeting"
    assert {r["title"] for r in rows} == {"Council Meeting", "Special Council Meeting"}


# 9. Boxes of one build whose headings are only days are one listing wherever they stand.


def _accordion_box(title: str, *days: tuple[str, int]) -> str:
    meetings = "".join(
        f'<h3 class="acc-title"><div><p>{day}</p></div></h3><div class="acc-content"><div><p>'
        f'<a href="/record/{n}/file">Council Meeting No. {n} - Agenda - {day}</a></p><p>'
        f'<a href="/record/{n}1/file">12.1 Governance Report (PDF 1.2 MB)</a></p></div></div>'
        for day, n in days
    )
    return (
        f'<div class="block ebt-accordion"><div class="ebt-container"><h2>{title}</h2>'
        f'<div class="field ebt-accordion-wrapper">{meetings}</div></div></div>'
    )


def test_the_one_latest_meeting_in_a_box_of_its_own_is_listed_too() -> None:
    html = (
        "<html><body><article><div class='content'><p>Council Meetings are held monthly.</p>"
        + _accordion_box("Latest Agenda and Minutes", ("18 August 2026", 662))
        + _accordion_box(
            "Past Agendas and Minutes",
            ("21 July 2026", 661),
            ("16 June 2026", 659),
            ("19 May 2026", 658),
        )
        + "</div></article></body></html>"
    )
    records = _records(html)
    assert [title for title, _, _ in records] == [
        "Council Meeting No. 662",
        "Council Meeting No. 661",
        "Council Meeting No. 659",
        "Council Meeting No. 658",
    ]


def test_the_meetings_of_brimbank(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _BRIMBANK)
    assert [r["title"] for r in rows][:2] == ["Council Meeting No. 662", "Council Meeting No. 661"]
    assert [r["start"][:10] for r in rows][:3] == ["2026-08-18", "2026-07-21", "2026-07-20"]
    assert len(rows) == 8
