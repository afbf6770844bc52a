"""Leftovers of earlier held-out batches (session 41): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.notices import is_day_off
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


# Cause: a student council's year list „26. Juli | Vorlesungsferien“ — the university's break
# between terms was an offering, where „Spring Break“ and „Ferienbeginn“ are marks of the
# calendar already.


def test_the_break_between_terms_is_a_day_off() -> None:
    assert is_day_off("Vorlesungsferien", "26. Juli")
    assert is_day_off("Vorlesungsfreie Zeit", "01.08.2022 - 14.10.2022")
    assert not is_day_off("Ferienprogramm Kinderkino", "26. Juli")
    titles = [title for title, _s, _e, _p in saved_page_stamps("hugo-fsma-bonn-termine-2022")]
    assert titles and "Vorlesungsferien" not in titles


# Cause: each card states its place as a line ending in a colon over a one-item list holding the
# address („Geschossen wird bei uns im Vereinsheim:“ / „Marktplatz 5, 85080 Gaimersheim“), above
# its own table of days; the listing joins both cards' rows into one group, so each row takes
# the address above its own table.

_COLON_CARDS = """<html><body><main>
<div class="card"><h5>Bogenschießen</h5>
<p>Bei gutem Wetter wird draußen geschossen:<br><ul><li><a href="#">Koboldgarten,
85080 Gaimersheim</a></li></ul><br>Bei schlechtem Wetter in der Halle:<br>
<ul><li>Martin-Ludwig-Straße 11, 85080 Gaimersheim</li></ul></p>
<table><tr><th>Datum</th><th>Uhrzeit</th></tr><tr><td>13.10.2024</td><td>14-16</td></tr>
<tr><td>19.10.2024</td><td>14-16</td></tr></table></div>
<div class="card"><h5>Luftgewehr</h5>
<p>Geschossen wird bei uns im Vereinsheim:<br><ul><li>Marktplatz 5, 85080 Gaimersheim</li></ul>
<br>Es stehen 7 Schießstände zur Verfügung.</p>
<table><tr><th>Datum</th><th>Uhrzeit</th></tr><tr><td>29.10.2024</td><td>18-22</td></tr>
<tr><td>30.10.2024</td><td>18-22</td></tr><tr><td>31.10.2024</td><td>18-22</td></tr></table></div>
</main></body></html>"""


def test_each_table_takes_the_address_listed_under_the_colon_line_above_it() -> None:
    rows = stamps_on(_COLON_CARDS, date(2024, 10, 9))
    places = {(start or "")[:10]: place for _t, start, _e, place in rows}
    assert places["2024-10-13"] == "Koboldgarten, 85080 Gaimersheim"
    assert places["2024-10-29"] == "Marktplatz 5, 85080 Gaimersheim"
    assert places["2024-10-31"] == "Marktplatz 5, 85080 Gaimersheim"


def test_a_colon_line_over_an_address_places_the_shooting_club_rows() -> None:
    rows = saved_page_stamps("jekyll-maennerschuetzen-gaimersheim-sektionsschiessen-2024")
    assert len(rows) == 13
    for title, _start, _end, place in rows:
        expected = "Koboldgarten" if title == "Bogenschießen" else "Marktplatz 5"
        assert place is not None and place.startswith(expected), (title, place)


# Cause: a council's standing sentence („BCC meets on the second Wednesday of the month at
# Broomhill Primary School from 7pm.“) gave its hour only to the days of this season's list; the
# posts of earlier meetings („The June meeting was held on 11/06 at Broomhill Primary School.“)
# fall on the rule's day at its place and take the hour as well.


def _post(month: str, day: str, stamp: str) -> str:
    return (
        f'<article class="post-entry"><header class="entry-header"><h2>{month} Broomhill '
        f"Community Council meeting</h2></header><div class='entry-content'><p>The meeting was "
        f"held on {day} at Broomhill Primary School.</p></div><footer class='entry-footer'><span "
        f"title='{stamp} 00:00:00 +0000 UTC'>{month}</span>&nbsp;·&nbsp;Broomhill Community "
        f'Council</footer><a class="entry-link" href="https://example.org/{day[:2]}"></a></article>'
    )


_STANDING_POSTS = (
    "<html><head><title>Meetings | Broomhill Community Council</title></head><body>"
    '<main class="main"><header class="page-header"><h1>Meetings</h1><div class="post-'
    'description">BCC meets on the second Wednesday of the month at Broomhill Primary School '
    "from 7pm. Our meeting dates for 2025 – 26 will be 10th September, 8th October, 12th "
    "November and 10th December.</div></header>"
    + _post("June 2025", "11/06", "2025-05-02")
    + _post("May 2025", "14/05", "2025-05-02")
    + _post("April 2025", "09/04", "2025-04-02")
    + "</main></body></html>"
)


def test_the_standing_hour_reaches_earlier_meetings_on_the_rules_day() -> None:
    starts = {start for _t, start, _e, _p in stamps_on(_STANDING_POSTS, date(2026, 1, 7))}
    assert {"2025-06-11T19:00:00+02:00", "2025-05-14T19:00:00+02:00"} <= {s for s in starts if s}


def test_the_councils_earlier_meetings_start_at_its_standing_hour() -> None:
    rows = saved_page_stamps("hugo-papermod-broomhill-cc-meetings-2026-01")
    starts = {(start or "")[:16] for _t, start, _e, _p in rows}
    assert {"2025-06-11T19:00", "2024-12-11T19:00", "2025-12-10T19:00"} <= starts


# Cause: an entry's heading only lists what its meeting holds („Fachvorträge, Fundstücktausch
# und Erfahrungsaustausch“) under a type span naming it („Gruppentreffen“); the name is both.
# A heading that names its own event („Kunst- und Handwerkermarkt …“ under „Markt“) keeps it.

_KIND_LABELS = """<html><body><h2>2026</h2><div class="termine-list">
<div class="termin"><div class="date">20.09.2026</div><div><span class="type">Gruppentreffen</span>
<h3>Fachvorträge, Fundstücktausch und Erfahrungsaustausch</h3><p>Bernau.</p></div></div>
<div class="termin"><div class="date">27.09.2026</div><div><span class="type">Markt</span>
<h3>Kunst- und Handwerkermarkt Bernau bei Berlin</h3><p>Mit eigenem Stand.</p></div></div>
<div class="termin"><div class="date">18.10.2026</div><div><span class="type">Gruppentreffen</span>
<h3>Fachvorträge, Fundstücktausch und Erfahrungsaustausch</h3><p>Bernau.</p></div></div>
</div></body></html>"""


def test_a_heading_listing_what_a_meeting_holds_takes_its_kind_label() -> None:
    titles = [title for title, _s, _e, _p in stamps_on(_KIND_LABELS, date(2026, 9, 1))]
    assert titles == [
        "Gruppentreffen: Fachvorträge, Fundstücktausch und Erfahrungsaustausch",
        "Kunst- und Handwerkermarkt Bernau bei Berlin",
        "Gruppentreffen: Fachvorträge, Fundstücktausch und Erfahrungsaustausch",
    ]


def test_the_mineral_clubs_group_meetings_are_named_by_their_kind() -> None:
    titles = [
        t for t, _s, _e, _p in saved_page_stamps("static-mineralienfreunde-bernau-jahresprogramm")
    ]
    assert (
        titles.count("Gruppentreffen: Fachvorträge, Fundstücktausch und Erfahrungsaustausch") == 16
    )
    assert "Kunst- und Handwerkermarkt Bernau bei Berlin" in titles
