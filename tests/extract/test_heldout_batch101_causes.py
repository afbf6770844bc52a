"""Held-out German batch 101 (a home brewery's tap-room dates in a Hugo build, a Leipzig working
group's Pelican „Termine“ page): the general causes of what netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, n.start, raw.location_text) for raw, n in read]


def _days(records: list[_Record]) -> list[str]:
    return sorted((start or "")[:10] for _, start, _ in records)


# Cause 1: heading sections over lists of dated lines — „<h1>Sitzungen</h1>“ over two meetings'
# days, „<h1>In Aktion</h1>“ over one. The sections (a heading and what follows it) scored a
# little above their lines, and each section kept one of its days: one meeting of two was lost
# (and with it the page read as one event's).

_SECTIONS = """<html lang="de"><body><section id="content" class="body">
<h1 class="entry-title">Termine</h1>
<h1>Sitzungen</h1>
<p>Jeden 1. Donnerstag im März und Mai</p>
<ul><li><ol><li>März 2025 - 19:00 im Café Kiosk</li></ol></li>
<li><ol start="8"><li>Mai 2025</li></ol></li></ul>
<h1>In Aktion</h1>
<ul><li><ol start="10"><li>Juni 2025 - Infostand auf dem <a href="/markt.html">Marktplatz</a></li></ol></li></ul>
</section></body></html>"""


def test_a_sections_dated_lines_are_each_an_event() -> None:
    # Markdown's one-item ordered lists: a browser shows each number as the line's day.
    records = _page(_SECTIONS, date(2025, 2, 1))
    assert _days(records) == ["2025-03-01", "2025-05-08", "2025-06-10"]
    assert [title for title, start, _ in records if (start or "").startswith("2025-05")] == [
        "Sitzungen"
    ]


def test_the_working_groups_meetings_each_read() -> None:
    records = _records("pelican-linke-entwicklerinnen-leipzig-termine-2016-07")
    # The browser numbers each one-item list „1.“: the day a reader sees.
    assert _days(records) == ["2016-09-01", "2016-10-01", "2017-03-01"]
    first = next(r for r in records if (r[1] or "").startswith("2016-09-01"))
    assert first[0] == "Sitzungen"
    assert first[1] is not None and first[1].startswith("2016-09-01T19:00")


# Cause 2: a list item that opens with its day and name („<strong>21.02.</strong>
# Brau-Seminar“) over its hour and a registration line „Anmeldung über die <a>VHS
# Viernheim</a> oder direkt über uns“: the link was the item's only one, so it titled the
# seminar. The name on the day line is the title; the link only says where to register.

_DAY_LINES = """<html lang="de"><body><h1>Termine Jan - Feb. 2020</h1><h2>Februar</h2><ul>
<li><p><strong>14.02.</strong> Ausschank</p><ul><li>18:00 Uhr</li><li>Knock on Wood</li></ul></li>
<li><p><strong>21.02.</strong> Brau-Seminar</p><ul><li>17:30 Uhr</li>
<li>Anmeldung über die <a href="https://vhs.example.org/kurse">VHS Viernheim</a> oder direkt
über uns</li></ul></li>
<li><p><strong>28.02.</strong> Ausschank</p><ul><li>18:00 Uhr</li><li>Henry Paul</li></ul></li>
</ul></body></html>"""


def test_the_day_lines_name_not_a_registration_link() -> None:
    records = _page(_DAY_LINES, date(2020, 1, 14))
    assert ("Brau-Seminar", "2020-02-21T17:30:00+01:00") in [(t, s) for t, s, _ in records]
    assert all(title != "VHS Viernheim" for title, _, _ in records)


def test_the_breweries_seminar_titled_by_its_day_line() -> None:
    records = _records("hugo-ananke-hannesbraeu-termine-jan-feb-2020")
    assert [title for title, start, _ in records if (start or "").startswith("2020-02-21")] == [
        "Brau-Seminar"
    ]
    assert len(records) == 6


# Cause 3: a blog's post list shows each post's plain-text summary, and a post that lists dated
# entries loses its list there: „Januar 04.01. Ausschank 🕕 18:00 Uhr 🎸 Hot Experience … 17.01.
# Ausschank 🕕 18:00 Uhr … 21.02. Brau-Seminar“ under the post's title „Termine Ausschank Jan -
# Feb. 2020“. The post was read as one record dated by its title's month; each day in the
# summary opens an entry, named by the words after it, at the first clock before the next day.

_SUMMARIES = """<html lang="de"><body><main><section class="posts">
<div class="post"><h1><a href="/artikel/corona/">Unser Hygienekonzept</a></h1>
<div class="summary">Das Wohl unserer Gäste steht für uns an erster Stelle.</div></div>
<div class="post"><h1><a href="/artikel/termine/">Termine Ausschank Jan - Feb. 2020</a></h1>
<div class="summary">Januar   04.01. Ausschank
 🕕 18:00 Uhr 🎸 Hot Experience 🍖 Kesslwoschd    17.01. Ausschank
 🕕 18:00 Uhr 🍖 Szegediner    Februar   14.02. Ausschank
 🕕 18:00 Uhr 🎸 Knock on Wood    21.02. Brau-Seminar</div></div>
<div class="post"><h1><a href="/artikel/predigt/">Kessel-Predigt</a></h1>
<div class="summary">Von drauss' vom HannesBräu komm ich her.</div></div>
</section></main></body></html>"""


def test_a_summarys_dated_entries_are_each_an_offering() -> None:
    records = _page(_SUMMARIES, date(2020, 10, 21))
    dated = [(title, start) for title, start, _ in records if start]
    assert dated == [
        ("Ausschank", "2020-01-04T18:00:00+01:00"),
        ("Ausschank", "2020-01-17T18:00:00+01:00"),
        ("Ausschank", "2020-02-14T18:00:00+01:00"),
        ("Brau-Seminar", "2020-02-21"),
    ]


def test_two_days_a_summary_mentions_stay_one_post() -> None:
    html = _SUMMARIES.replace("    Februar   14.02. Ausschank\n 🕕 18:00 Uhr 🎸 Knock on Wood", "")
    html = html.replace("    21.02. Brau-Seminar", "")
    records = _page(html, date(2020, 10, 21))
    assert all(title != "Ausschank" for title, _, _ in records)


def test_the_breweries_post_list_reads_the_five_entries() -> None:
    records = _records("hugo-ananke-hannesbraeu-artikel-2020")
    assert _days([r for r in records if r[1]]) == [
        "2020-01-04",
        "2020-01-17",
        "2020-01-31",
        "2020-02-14",
        "2020-02-21",
    ]


# Cause (session 41): the posts beside the summary that name no day („Unser Corona
# Hygienekonzept“, the poem „Kessel-Predigt“) were two undated records; in a list whose every
# dated block is such a summary the blocks are a blog's posts, and an undated post is none.


def test_undated_posts_beside_a_summary_of_entries_are_no_offerings() -> None:
    records = _page(_SUMMARIES, date(2020, 10, 21))
    assert [title for title, start, _ in records if not start] == []
    assert len(records) == 4
    assert [title for title, start, _ in _records("hugo-ananke-hannesbraeu-artikel-2020")] == [
        "Ausschank",
        "Ausschank",
        "Ausschank",
        "Ausschank",
        "Brau-Seminar",
    ]
