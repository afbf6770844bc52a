"""Held-out English listing batch AV (a physics conference's satellite meetings, social programme
and satellite workshop programme, AnatoliKheifets/icpeac30-archive; an open-space conference's
schedule, jeremylightsmith/agileopennorthwest): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_talk_is_named_by_its_quoted_title_and_timed_by_its_unspaced_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h2 „Saturday, July 22“ over „<span>15:00-15:30 Alexandra Landsman (</span>MPI-PKS Dresden,
    # Germany) “Tracing attosecond electron dynamics …”“. Before: „15:30 Alexandra Landsman“
    # at 15:00 without an end (the end hour left in the title, the talk's title dropped).
    rows = inspect_corpus_page(capsys, "static-iswamp-2017-program")
    by_title = {r["title"]: r for r in rows}
    talk = by_title[
        "Tracing attosecond electron dynamics in ionization of atoms and molecules with EUV light"
    ]
    assert (talk["start"][:16], talk["end"][:16]) == ("2017-07-22T15:00", "2017-07-22T15:30")
    plenary = by_title[
        "Probing ultrafast structural and electronic dynamics using new light sources"
    ]
    assert plenary["start"][:16] == "2017-07-22T14:10"
    assert (
        by_title["First Instrument for the First “CW” X-ray FEL"]["end"][:16] == "2017-07-24T15:30"
    )
    welcome = by_title["Welcome"]
    assert (welcome["start"][:16], welcome["end"][:16]) == ("2017-07-22T14:00", "2017-07-22T14:10")
    assert "Registration & Lunch" not in by_title  # the check-in with lunch is a break
    assert len(rows) == 32


def test_the_name_row_above_names_each_meeting_and_its_labelled_dates_are_its_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <tr><td><span class="contentListTitle">ISIAC 2017</span></td></tr> over a row of the bold
    # full name, „Chair: …“ and „Venue and Location: …<br>Dates: 23-25 July 2017“. Before: titled
    # by the full name, ISIAC on the 25th (of „The 25th International Symposium“), and a record
    # „Dates“ beside three of them.
    rows = inspect_corpus_page(capsys, "static-icpeac30-satellite-meetings-2017")
    days = {r["title"]: (r["start"][:10], (r["end"] or "")[:10]) for r in rows}
    assert days["ISIAC 2017"] == ("2017-07-23", "2017-07-25")
    assert days["POSMOL 2017"] == ("2017-07-22", "2017-07-24")
    assert days["(e,2e) 2017"] == ("2017-08-01", "2017-08-04")
    assert "Dates" not in days


def test_a_note_in_the_hour_cell_does_not_name_the_slot(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <td>2:10 pm - 3:10 pm (afternoon beverages available)</td><td>Session W-4</td>. Before: the
    # slot titled „(afternoon beverages available)“; the check-in with breakfast and „Dinner on
    # your own“ were records.
    rows = inspect_corpus_page(capsys, "static-agileopennw-2013-schedule")
    titles = {r["title"]: r["start"][:16] for r in rows}
    assert titles["Session W-4"] == "2013-02-06T14:10"
    assert titles["Session T-11"] == "2013-02-07T14:10"
    assert not [t for t in titles if t.startswith("(") or "on your own" in t]
    assert "Registration and continental breakfast" not in titles
    # „Night Owl Session W-6 (Ambridge closes by 10 pm)“: before, „… (Ambridge closes by“.
    assert titles["Night Owl Session W-6"] == "2013-02-06T19:30"
