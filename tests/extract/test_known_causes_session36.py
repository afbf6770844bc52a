"""Known causes left on pages already in the corpus (issue #11, session 36: the leftovers of
batches 87, 88 and the AZ batches), each fixed generally and pinned on the real page that showed
it."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.notices import is_report
from netdir.extract.showing_clocks import key_of_the_showing
from netdir.extract.title_clocks import name_and_clock
from netdir.extract.title_text import title_in_text, without_novelty_mark
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

FEB_2024 = date(2024, 2, 19)


def _spans(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    records = extract_page(page_from_text(html, "https://example.org/post/")).records
    spans = []
    for record in records:
        normal = normalize_record(record, today=today)
        spans.append((record.title, normal.start, normal.end))
    return spans


def _days(rows: list[str]) -> str:
    return "".join(f"<li>{row}</li>" for row in rows)


_WEEK_ONE = ["Sa, 24.02. 10-18 Uhr", "So, 25.02. 10-18 Uhr", "Mo, 26.02. 10-18 Uhr"]
_WEEK_ONE += ["Di, 27.02. 10-18 Uhr"]
_WEEK_TWO = ["Mo, 11.03. 10-18 Uhr", "Di, 12.03. 10-18 Uhr", "Mi, 13.03. 10-18 Uhr"]
_WORKCAMP = f"""<html><body><main><h1>Workcamps im Februar und März</h1>
<p>Dazu wird es wieder zwei Workcamp-Wochen geben.</p>
<div class="columns"><div class="column"><p>Das erste Workcamp:</p><ul>{_days(_WEEK_ONE)}</ul>
</div><div class="column"><p>Danach geht es am 11.03. weiter:</p><ul>{_days(_WEEK_TWO)}</ul>
</div></div></main></body></html>"""


def test_daily_rows_with_the_same_hours_are_one_run() -> None:
    # Batch 88 (a workcamp post): titleless rows, each the day after the one before, each
    # „10-18 Uhr“: one run per chain of days, not one offering per day.
    spans = _spans(_WORKCAMP, FEB_2024)
    assert [(start, end) for _, start, end in spans] == [
        ("2024-02-24T10:00:00+01:00", "2024-02-27T18:00:00+01:00"),
        ("2024-03-11T10:00:00+01:00", "2024-03-13T18:00:00+01:00"),
    ]


def test_daily_rows_with_other_hours_or_gaps_stay_apart() -> None:
    # Different hours on one day, or days apart, are separate showings.
    hours = ["Sa, 24.02. 10-18 Uhr", "So, 25.02. 14-18 Uhr", "Mo, 26.02. 10-18 Uhr"]
    apart = ["Sa, 24.02. 10-18 Uhr", "Sa, 02.03. 10-18 Uhr", "Sa, 09.03. 10-18 Uhr"]
    for rows in (hours, apart):
        page = f"<html><body><h1>Führungen</h1><ul>{_days(rows)}</ul></body></html>"
        assert len(_spans(page, FEB_2024)) == 3


def test_the_workcamp_post_gives_its_two_weeks(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "ca-altbau-workcamps-2024")
    assert [(r["start"][:16], r["end"][:16]) for r in records] == [
        ("2024-02-24T10:00", "2024-03-01T18:00"),
        ("2024-03-11T10:00", "2024-03-17T18:00"),
    ]


def test_a_paper_answering_questions_is_no_meeting() -> None:
    # AZ (an InfoCouncil meetings table): „Responses to Councillor questions …“ listed with the
    # meeting's day beside the meetings; a paper, not a meeting.
    assert is_report("Responses to Councillor questions related to Council Meeting Agenda Items")
    assert is_report("Antworten auf die Anfragen der Fraktionen")
    assert not is_report("Questions and Answers Evening")
    assert not is_report("Responses to Climate Change – a public lecture")


def test_the_lane_cove_table_lists_only_its_meetings(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "infocouncil-lanecove-business-papers-2026")
    titles = {r["title"] for r in records}
    assert "Ordinary Council" in titles
    assert not any(title.startswith("Responses to") for title in titles)


_CAMP = """<html><body><main><article><h1>Programm im Klimacamp</h1><div class="entry-content">
<p><strong>Mittwoch, 8. September 2021</strong></p>
<p>14:00-18:00 Uhr: Aktionstraining</p>
<p>15:00-16:30 Uhr: Sani-Workshop</p>
<p>16:30-18:00 Uhr: Legal Workshop</p>
<p><strong>Donnerstag, 9. September 2021</strong></p>
<p>9:00-13:00 Uhr: Aktionstraining</p>
<p>18:00 Uhr: Briefing Mahnwachen</p>
<p>NEU! <strong>18:00 Uhr: Aktionsplenum</strong></p>
<p>NEU: <strong>19:00 Fingeraufstellung</strong></p>
</div></article></main></body></html>"""


def test_a_novelty_mark_before_a_rows_time_keeps_its_day() -> None:
    # Batch 87 (a camp programme): „NEU! 18:00 Uhr: Aktionsplenum“ added under the day line is a
    # timed row of that day like the others; the mark is no part of its name.
    assert without_novelty_mark("NEU! 18:00 Uhr: Aktionsplenum") == "18:00 Uhr: Aktionsplenum"
    assert without_novelty_mark("Neu: Kurs ab Montag") == "Neu: Kurs ab Montag"
    spans = {title: start for title, start, _ in _spans(_CAMP, date(2021, 9, 1))}
    assert spans["Aktionsplenum"] == "2021-09-09T18:00:00+02:00"
    assert spans["Fingeraufstellung"] == "2021-09-09T19:00:00+02:00"


def test_the_camp_programme_keeps_its_new_rows(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "wordpress-sandimgetriebe-sig-programm-2021-09")
    starts = {(r["title"], (r["start"] or "")[:16]) for r in records}
    assert ("Aktionsplenum", "2021-09-09T18:00") in starts
    assert ("Fingeraufstellung", "2021-09-09T19:00") in starts


def test_a_bold_name_carried_on_by_its_sentence() -> None:
    # Batch 87 (a mobilisation page): „<strong>12.08 7pm (19:00Uhr) Onlinecall </strong>for
    # Internationals. Here is the roomlink“: the bold part stops inside the name.
    rows = [
        "<p><strong>25.07 19:00 Uhr Onlinecall</strong> Link zum <a href='/r'>Onlineraum</a></p>",
        "<p><strong>12.08 7pm (19:00Uhr) Onlinecall </strong>for Internationals. Here is the "
        "<a href='/r'>roomlink</a> (English)</p>",
        "<p><b>21.08 19:00 Uhr </b><strong>Onlinecall </strong>Link zum <a href='/r'>Raum</a></p>",
        "<p><b>31.08. </b><strong>7pm (19:00Uhr) Onlinecall </strong>for Internationals. Here is"
        " the <a href='/r'>roomlink</a> (English)</p>",
        "<p><b>28.07 Kiel 19:00 Uhr </b>im Rohrbruch Kieler Str. 56, Gaarden.</p>",
    ]
    page = f"<html><body><h2>Online Calls</h2>{''.join(rows)}</body></html>"
    spans = {start: title for title, start, _ in _spans(page, date(2023, 8, 1))}
    assert spans["2023-08-12T19:00:00+02:00"] == "Onlinecall for Internationals"
    assert spans["2023-08-31T19:00:00+02:00"] == "Onlinecall for Internationals"
    # „Link zum …“ opens a note of its own; „im Rohrbruch …“ says where, not what.
    assert spans["2023-07-25T19:00:00+02:00"] == "Onlinecall"
    assert not spans["2023-07-28T19:00:00+02:00"].startswith("Kiel im")


def test_the_mobilisation_page_names_its_calls(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "wordpress-sandimgetriebe-mobi-events-2023-08")
    starts = {(r["title"], (r["start"] or "")[:16]) for r in records}
    assert ("Onlinecall for Internationals", "2023-08-12T19:00") in starts
    assert ("Onlinecall for Internationals", "2023-08-31T19:00") in starts


def test_a_bracketed_24_hour_clock_leaves_the_name_whole() -> None:
    # Batch 87: „7pm (19:00Uhr) Onlinecall“ names the hour twice; neither is part of the name,
    # and a bracket around a clock taken off a title's start goes with it.
    assert name_and_clock("7pm (19:00Uhr) Onlinecall") == ("Onlinecall", "7pm")
    assert name_and_clock("Meeting 7 pm (Room 2)") == ("Meeting (Room 2)", "7 pm")
    assert title_in_text("(19:00 Uhr) Onlinecall") == "Onlinecall"
    assert title_in_text("Konzert (19 Uhr)") == "Konzert"


def _meeting_rows(name: str, full: str, place: str, dates: str) -> str:
    return (
        f'<tr><td><span class="contentListTitle">{name}</span></td></tr>'
        f'<tr><td style="padding-bottom:20px;"><p style="font-weight:bold;">{full}</p>'
        f"<p>Chair: A. Person<br />Venue and Location: {place}<br />Dates: {dates}</p></td></tr>"
    )


_MEETINGS = f"""<html><body><table><tr><td class="content">
<h1>Satellite Meetings</h1><table>
{_meeting_rows("POSMOL 2017", "Workshop on Positron Physics", "Magnetic Island", "July 22-24, 2017")}
{_meeting_rows("ISIAC 2017", "Symposium on Ion Atom Collisions", "Palm Cove", "23-25 July 2017")}
{_meeting_rows("ISWAMP 4", "Short Wavelength Processes", "Brisbane", "July 22-25, 2017")}
</table><h2>RELATED MEETINGS</h2><table style="width:100%">
{_meeting_rows("ISACC 2017", "Symposium on Cluster Collisions", "Varadero, Cuba", "October 2-6, 2017")}
</table></td></tr></table></body></html>"""


def test_a_one_entry_table_built_like_the_chosen_table_is_read_too() -> None:
    # ICPEAC (older batch): „RELATED MEETINGS“ holds one meeting, two rows like each of the
    # satellite meetings' table above it; alone it is no list.
    spans = [(title, start) for title, start, _ in _spans(_MEETINGS, date(2017, 6, 1))]
    assert spans == [
        ("POSMOL 2017", "2017-07-22"),
        ("ISIAC 2017", "2017-07-23"),
        ("ISWAMP 4", "2017-07-22"),
        ("ISACC 2017", "2017-10-02"),
    ]


def test_the_icpeac_meetings_page_lists_the_related_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-icpeac30-satellite-meetings-2017")
    assert ("ISACC 2017", "2017-10-02") in {(r["title"], r["start"]) for r in records}


def test_the_tourismustag_friday_table_is_read_like_thursdays(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Older batch 83: each day's table sits in a „div.programmContent“ under the day's header;
    # Friday's holds two rows, no list alone, built like Thursday's chosen table.
    records = inspect_corpus_page(capsys, "ftl-dtv-tourismustag-2014-programm")
    starts = {(r["title"], (r["start"] or "")[:16]) for r in records}
    assert ("Mitgliederversammlung DTV", "2014-10-24T09:30") in starts


def test_two_showings_of_a_name_in_one_days_cell_stay_two() -> None:
    # Zoogle calendar (older batch): the day's cell lists „Portland Cello Project … 5:00PM“
    # and the same name at „8:00PM“; the block's date is the cell's day, the clock its own text.
    clocks: dict[tuple[str, str | None, str | None], str | None] = {}
    seen: set[tuple[str, str | None, str | None]] = set()
    key = ("Portland Cello Project", None, "23.05.2026")
    first = LexborHTMLParser("<li>Portland Cello Project<br>Mainstage 5:00PM</li>").css_first("li")
    later = LexborHTMLParser("<li>Portland Cello Project<br>Mainstage 8:00PM</li>").css_first("li")
    again = LexborHTMLParser("<li>Portland Cello Project<br>Mainstage 5:00PM</li>").css_first("li")
    assert first is not None and later is not None and again is not None
    seen.add(key_of_the_showing(key, [first], "23.05.2026", seen, clocks))
    assert key_of_the_showing(key, [later], "23.05.2026", seen, clocks) != key
    assert key_of_the_showing(key, [again], "23.05.2026", seen, clocks) == key  # a copy


def test_the_triple_door_calendar_keeps_both_showings(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "zoogle-tripledoor-calendar")
    starts = {(r["title"], (r["start"] or "")[:16]) for r in records}
    assert ("Portland Cello Project", "2026-05-23T17:00") in starts
    assert ("Portland Cello Project", "2026-05-23T20:00") in starts
    assert ("Dina Martina", "2026-05-01T21:00") in starts


_JUBILEE = """<html><body><nav><h1>Freiwillige Feuerwehr Musterdorf</h1></nav>
<section class="hero"><h2>150 Jahre Freiwillige Feuerwehr Musterdorf</h2></section>
<section><h3>Alle Fakten zum Fest</h3><div class="quick-grid">
<div class="quick-card"><strong>Datum</strong><span>03. - 06. Juni 2026</span></div>
<div class="quick-card"><strong>Ort</strong><span>Festplatz Musterdorf</span></div></div></section>
<section class="section"><h3>Rückblick auf das Fest</h3>
<h4>Burning Beatz am 03.06.2026</h4><p>Partynacht auf dem Festplatz.</p>
<h4>Zwoa Bier live am 05.06.2026</h4><p>Zwei Musiker auf dem Festplatz.</p>
<h4>Festakt am 06.06.2026</h4><p>Ehrungen und Gäste.</p></section></body></html>"""


def test_a_fact_card_event_over_its_headed_programme_points() -> None:
    # Batch 50 (a jubilee page): the hero's h2 names the weekend, „Alle Fakten zum Fest“ heads
    # its facts (no name), and each h4 names a programme point with its day (no hours).
    spans = {(title, start) for title, start, _ in _spans(_JUBILEE, date(2026, 6, 23))}
    assert ("150 Jahre Freiwillige Feuerwehr Musterdorf", "2026-06-03") in spans
    assert ("Festakt", "2026-06-06") in spans


def test_the_jubilee_page_gives_the_weekend_and_its_points(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-ff-poettmes-150-jahre-2026")
    starts = {(r["title"], r["start"]) for r in records}
    assert ("150 Jahre Freiwillige Feuerwehr Pöttmes", "2026-06-03") in starts
    assert ("Burning Beatz", "2026-06-03") in starts
