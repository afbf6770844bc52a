"""Known causes left on pages already in the corpus (issue #11, session 35: the leftovers of
batches 85, 86, AX and AY), each fixed generally and pinned on the real page that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.block_places import stated_place
from netdir.extract.dashed_meeting_places import move_dashed_meeting_places
from netdir.extract.notices import announces_a_later_session, is_break, is_farewell
from netdir.extract.place_lines import room_ending_a_timed_row, where_of_a_when_where_line
from netdir.extract.title_places import places_in_a_shared_town
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import (
    inspect_corpus_page,
    page_records,
    places_by_title,
    starts_by_title,
)

SEPT_2018 = date(2018, 9, 17)
FEB_2005 = date(2005, 2, 3)
DEC_2016 = date(2016, 12, 1)


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    records = extract_page(page_from_text(html, "https://example.org/schedule.html")).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


_SCHEDULE = """<html><body><h1>Schedule</h1>
<h2>CONFERENCE DAY - SATURDAY, SEPTEMBER 22</h2>
<div class="row"><div class="col-3">08:30am - 08:50am</div>
<div class="col-6"><b>INTRO BY THE ORGANIZERS</b><p>PHP USERGROUP DRESDEN e.V.</p></div>
<div class="col-3">FOYER</div></div>
<div class="row"><div class="col-3">09:00am - 10:00am</div>
<div class="col-6"><b><a href="/talks#a">Application Metrics</a></b><p>Speaker: Rafael Dohms</p>
</div><div class="col-3">MAIN HALL</div></div>
<div class="row"><div class="col-3">09:00am - 10:00am</div>
<div class="col-6"><b><a href="/talks#b">Profiling PHP Applications</a></b>
<p>Speaker: Ike Devolder</p></div><div class="col-3"><img src="logo.png" alt="ROOM x"></div></div>
</body></html>"""


def test_the_room_a_timed_row_ends_on_is_its_place() -> None:
    # Batch 85 (phpdd 2018): „hours | name over Speaker: … | MAIN HALL“ under the day's heading;
    # a row whose room is a sponsor's logo names none.
    places = {title: place for title, _, place in _records(_SCHEDULE, SEPT_2018)}
    assert places["Application Metrics"] == "MAIN HALL"
    assert places["INTRO BY THE ORGANIZERS"] == "FOYER"
    assert places["Profiling PHP Applications"] is None
    assert room_ending_a_timed_row(["10:30am", "Talk", "Speaker: X", "Stadthalle"]) == (
        "Stadthalle"
    )
    # A row that opens with its day, or ends in a sentence, has no room column.
    assert room_ending_a_timed_row(["12.03.2026", "Konzert", "Stadthalle"]) is None
    assert room_ending_a_timed_row(["19:00", "Konzert", "Wir sehen uns in der Halle."]) is None


def test_the_phpdd_schedule_places_its_talks_in_their_rooms() -> None:
    got = places_by_title(
        "icehawk-phpdd-schedule-2018", "https://2018.phpdd.org/schedule.html", SEPT_2018
    )
    assert got["Application Metrics (with Prometheus examples)"] == "MAIN HALL"
    assert got["SHORT INTRO"] == "FOYER"
    assert got["Profiling PHP Applications"] is None  # its room is a logo


_RULE = """<html><body><h1>Termine</h1>
<h3>Zeit und Ort, allgemein:</h3>
<p>Wir treffen uns jeden 1. Donnerstag im Monat, 2o.oo Uhr. Sollte dieser Tag auf einen
Feiertag fallen, findet das Treffen am 2. Donnerstag statt.</p>
<h3>Ort:</h3><p>Medienkulturhaus</p><p>Schandauer Str. 64, 01277 Dresden</p>
<h3>Themen:</h3><ul><li>Netzwerk</li><li>misc.</li></ul>
<h2>Weitere Termine</h2>
<ul><li>3. März 2005</li><li>7. April 2005</li><li>5. Mai 2005</li></ul>
</body></html>"""


def test_a_standing_rule_above_the_list_times_its_bare_days_on_its_weekday() -> None:
    # Batch 85 (Dresden.pm's TWiki): „jeden 1. Donnerstag im Monat, 2o.oo Uhr“ a few paragraphs
    # above a list of bare Thursdays: each meeting at 20:00.
    starts = {start for _, start, _ in _records(_RULE, FEB_2005)}
    assert starts == {"2005-03-03T20:00:00+01:00", "2005-04-07T20:00:00+02:00",
                      "2005-05-05T20:00:00+02:00"}  # fmt: skip
    # The same rule over days that are no Thursdays is not theirs.
    other = _RULE.replace("3. März", "4. März").replace("7. April", "8. April")
    assert all("T" not in (start or "") for _, start, _ in _records(other, FEB_2005))


def test_the_dresden_perl_mongers_meetings_start_at_eight() -> None:
    url = "http://renormalist.net/cgi-bin/twiki/view/PM/TermineTreffen"
    starts = [s for _, s, _ in page_records("twiki-dresdenpm-termine-2005", url, FEB_2005)]
    assert len(starts) == 11
    assert all(s and s[11:16] == "20:00" for s in starts)


def test_a_later_session_announced_and_a_farewell_are_no_meetings() -> None:
    # Batch AX (Dallas C# SIG): „Next Meeting Will Be November In Our New Location“ dated
    # October 6 and the farewell „… has run its course.“ dated December 1.
    assert announces_a_later_session("Next Meeting Will Be November In Our New Location",
                                     "October 6, 2016")  # fmt: skip
    assert not announces_a_later_session("Next meeting is November 3", "November 3, 2016")
    assert announces_a_later_session("Nächstes Treffen erst im März", "12. Februar 2026")
    assert not announces_a_later_session("Next Steps in Rust", "October 6, 2016")
    assert is_farewell("the consensus seems to be that the Dallas C# Sig has run its course.")
    assert not is_farewell("This months meeting is in the new Improving offices!")


def test_a_us_address_line_alone_is_a_place() -> None:
    assert where_of_a_when_where_line("5445 Legacy Drive, Suite 100 Plano, Tx 75024") == (
        "5445 Legacy Drive, Suite 100 Plano, Tx 75024"
    )
    assert where_of_a_when_where_line("2220 Barton Springs Road, Austin, TX 78746") is not None
    assert where_of_a_when_where_line("Meeting at 5 pm, see you at 12 Main Street") is None


def test_the_dallas_csharp_sig_lists_its_meetings_only_and_places_the_new_office() -> None:
    url = "https://dallascsharpsig.github.io/meetings/"
    starts = starts_by_title("jekyll-dallas-csharp-sig-meetings-2016-12", url, DEC_2016)
    assert "All Good Things Must Come to an End!" not in starts
    assert "Next Meeting Will Be November In Our New Location" not in starts
    assert starts["Stump the Architect with Tim Rayburn"] == "2016-11-03"
    places = places_by_title("jekyll-dallas-csharp-sig-meetings-2016-12", url, DEC_2016)
    assert places["Stump the Architect with Tim Rayburn"] == (
        "5445 Legacy Drive, Suite 100 Plano, Tx 75024"
    )


_TWO_TALKS = """<html><body><script type="application/json">{"events": [
{"title": "GDG Riga", "subject": "What's new in Kotlin 1.1?", "startDate": "2017-03-22",
 "location": "Riga, Latvia", "url": "https://example.org/e/1"},
{"title": "GDG Riga", "subject": "Kotlin in real life", "startDate": "2017-03-22",
 "location": "Riga, Latvia", "url": "https://example.org/e/1"},
{"title": "Kotlin Night", "startDate": "2017-03-23", "location": "Graz, Austria"},
{"title": "Kotlin Night", "startDate": "2017-03-23", "location": "Graz, Austria"}
]}</script></body></html>"""


def test_same_named_events_of_a_day_with_different_subjects_are_two_events() -> None:
    # Batch AY (kotlinlang events.xml): GDG Riga's two talks of 22 March, one entry each with
    # its own subject and speaker; a plain repeat (no subject) is still one event.
    titles = [title for title, _, _ in _records(_TWO_TALKS, date(2017, 3, 1))]
    assert titles.count("GDG Riga") == 2
    assert titles.count("Kotlin Night") == 1


def test_the_kotlinlang_events_keep_both_gdg_riga_talks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "xml-kotlinlang-events-2017-03")
    riga = [r for r in records if r["title"] == "GDG Riga"]
    assert [r["start"][:10] for r in riga] == ["2017-03-22", "2017-03-22"]


_PARALLEL = """<html><body><div class="programm"><div class="programmHeader">
<span><b>Donnerstag, den 23. Oktober 2014</b></span></div><div class="programmContent">
<table border="0"><tbody>
<tr><td></td><td><b>11.15 Uhr</b></td><td></td><td><b>Nachhaltiges Wirtschaften</b><br/>
<a href="/referenten#b"><b>Prof. Dr. G. Bachmann</b></a> Rat für Nachhaltige Entwicklung</td></tr>
<tr><td colspan="4" height="10"></td></tr>
<tr><td></td><td><b>12.00 Uhr</b></td><td></td><td><b>Mitgliederforum</b></td></tr>
<tr><td colspan="4" height="10"></td></tr>
<tr><td></td><td>parallel</td><td></td><td>Pressekonferenz auf gesonderte Einladung</td></tr>
<tr><td colspan="4" height="10"></td></tr>
<tr><td></td><td><b>13.15 Uhr</b></td><td></td><td><b>Eine kleine CSR-Reise</b><br/>
<a href="/referenten#l"><b>Lin-Hi</b></a>, Universität Vechta</td></tr>
<tr><td colspan="4" height="10"></td></tr>
<tr><td></td><td><b>14.00 Uhr</b></td><td></td><td><b>Experten im Dialog</b><br/>
<a href="/referenten#g"><b>A. Gösslin</b></a>, Berlin</td></tr>
</tbody></table></div></div></body></html>"""


def test_a_row_timed_parallel_starts_with_the_row_above() -> None:
    # Batch 83 (Deutscher Tourismustag 2014): „parallel | Pressekonferenz …“ under „12.00 Uhr |
    # Mitgliederforum“ starts at 12:00 and is named by its own text, not „parallel“.
    starts = {title: start for title, start, _ in _records(_PARALLEL, date(2014, 10, 1))}
    assert starts["Pressekonferenz auf gesonderte Einladung"] == "2014-10-23T12:00:00+02:00"
    assert "parallel" not in starts


def test_the_tourismustag_press_conference_runs_alongside_the_lunch_break() -> None:
    starts = starts_by_title(
        "ftl-dtv-tourismustag-2014-programm",
        "http://localhost:8080/programmablauf",
        date(2014, 10, 30),
    )
    assert starts["Pressekonferenz auf gesonderte Einladung"] == "2014-10-23T12:00:00+02:00"


def test_a_place_before_the_sentences_subject_is_where_it_takes_place() -> None:
    sentence = (
        "Am Samstag, dem 15.06.2019 findet von 13:00 Uhr bis 17:00 Uhr im Eigenbaukombinat ein "
        "Arduino Workshop, durchgeführt von den Codegirls, statt."
    )
    assert stated_place([sentence]) == "Eigenbaukombinat"
    # „im Rahmen …“, „im Mai …“ before the subject frame the event; they are no place.
    assert stated_place(["Am 3. Mai findet im Rahmen des Festes ein Konzert statt."]) is None
    assert stated_place(["Am 3. Mai findet im Mai ein Konzert statt."]) is None


def test_the_arduino_workshop_post_places_it_in_the_hackerspace() -> None:
    got = places_by_title(
        "hugo-ebk-flti-arduino-workshop-2019",
        "https://jotilux.github.io/flti-arduino-workshop/",
        date(2020, 10, 4),
    )
    assert got == {"FLTI* Arduino Workshop": "Eigenbaukombinat"}


def _titled(*titles: str) -> list[RawRecord]:
    return [RawRecord(source_id="t", page_url="https://example.org/", extractor="listing",
                      title=title) for title in titles]  # fmt: skip


def test_titles_that_mostly_end_in_a_known_town_are_placed_there() -> None:
    # Batch 5x (a state athletics association's calendar): „… im Bahngehen in Karlsruhe“,
    # „… Aktive/U18 in Sindelfingen“, „… in Regensburg“ — each row another town.
    records = _titled(
        "Süddeutsche Hallenmeisterschaften im Bahngehen in Karlsruhe",
        "SLV-Hallenmeistersch. Aktive/U18 in Sindelfingen",
        "Süddeutsche Meisterschaften Aktive 10.000m (Bahn) in Regensburg",
        "Kampfrichterschulung",
    )
    places_in_a_shared_town(records)
    assert [r.location_text for r in records] == ["Karlsruhe", "Sindelfingen", "Regensburg", None]
    # One course „Einführung in Python“ among others: no list of towns.
    records = _titled("Einführung in Python", "Kurs in Heilbronn", "Vortrag", "Workshop")
    places_in_a_shared_town(records)
    assert [r.location_text for r in records] == [None, None, None, None]


def test_the_athletics_calendar_places_its_championships_in_their_towns() -> None:
    got = places_by_title(
        "php-slv-veranstaltungen-2016-04",
        "http://slv-leichtathletik.de/veranstaltungen.php",
        date(2016, 4, 24),
    )
    assert got["Süddeutsche Hallenmeisterschaften im Bahngehen in Karlsruhe"] == "Karlsruhe"
    assert got["SLV-Meisterschaften im Straßengehen in Niederaichbach"] == "Niederaichbach"


_HERO = """<html><head><title>Sommerfest</title></head><body><nav><a href="/">Start</a></nav>
<section class="hero"><h1 class="hero__title">Sommerfest der Vereine</h1>
<div class="hero__infobar">
<span>Sa, 04.07.2026</span>
<span>14:00 — 22:00</span>
<span>{place}</span>
</div></section>
<p>Musik, Spiele und Essen für alle Generationen. Der Eintritt ist frei.</p></body></html>"""


def test_a_venue_after_an_event_pages_day_and_hours_is_its_place() -> None:
    # Batch 8x (Fest der Demokratie): the hero's spans „Sa, 04.07.2026“ „14:00 — 22:00“
    # „Bürgerpark Pfaffenhofen“ — the day, its hours, its venue.
    got = _records(_HERO.format(place="Bürgerpark Pfaffenhofen"), date(2026, 6, 1))
    assert got == [
        ("Sommerfest der Vereine", "2026-07-04T14:00:00+02:00", "Bürgerpark Pfaffenhofen")
    ]
    # A span that names no venue („Eintritt frei“) is no place.
    got = _records(_HERO.format(place="Eintritt frei"), date(2026, 6, 1))
    assert [place for _, _, place in got] == [None]


def test_event_pages_name_their_venue_beside_the_day() -> None:
    demo = places_by_title(
        "static-fest-der-demokratie-2026", "https://fest-der-demokratie.de/", date(2026, 6, 27)
    )
    assert demo["Fest der Demokratie"] == "Bürgerpark Pfaffenhofen"
    science = places_by_title(
        "wordpress-pacsci-event",
        "https://pacificsciencecenter.org/events/science-after-dark/",
        date(2026, 2, 13),
    )
    assert science["Science After Dark"] == "Pacific Science Center"  # the line over the day


def test_a_room_code_after_the_dash_of_a_placed_meeting_name_is_its_place() -> None:
    # Batch AX (Austin boards): „… Task Force - OTC 325“ beside the same meeting „- Room 500“.
    name = "Regular Meeting of the Flood Mitigation Task Force"
    records = _titled(f"{name} - Room 500", f"{name} - OTC 325", "Budget Work Session - DAY 2")
    move_dashed_meeting_places(records)
    assert [(r.title, r.location_text) for r in records] == [
        (name, "Room 500"),
        (name, "OTC 325"),
        ("Budget Work Session - DAY 2", None),  # no place of that name elsewhere
    ]


def test_the_flood_task_force_meeting_in_otc_325_is_placed() -> None:
    url = "https://www.austintexas.gov/cityclerk/boards_commissions/meetings/2016_134_1.htm"
    records = page_records("austin-bcic-flood-task-force-2016", url, date(2025, 2, 23))
    places = {s: place for t, s, place in records if t and t.startswith("Regular") and s}
    assert places["2016-05-03"] == "OTC 325"


def test_the_place_a_host_holds_its_event_in_is_named_before_the_object() -> None:
    sentence = (
        "Unter dem Titel „Politik im Netz“ veranstaltet die Heinrich-Böll-Stiftung am Samstag, "
        "31. Januar 2015, zwischen 10:00 und 17:00 Uhr im Stuttgarter Rathaus ihre diesjährige "
        "Jahrestagung."
    )
    assert stated_place([sentence]) == "Stuttgarter Rathaus"
    assert stated_place(["Wir veranstalten im Sommer ein Fest."]) is None


def test_the_annual_conference_post_places_it_in_the_town_hall() -> None:
    url = (
        "https://www.gruen-digital.de/2015/01/"
        "digitalpolitisches-jahrestagung-2015-der-heinrich-boell-stiftung-baden-wuerttemberg/"
    )
    got = places_by_title("wp-gruendigital-jahrestagung-2015", url, date(2015, 1, 15))
    assert set(got.values()) == {"Stuttgarter Rathaus"}


def test_the_shuttle_buses_departure_is_no_programme_point() -> None:
    timed = "23.10.2014, 17.30 Uhr"
    assert is_break("Abfahrt der Shuttlebusse nach Munzingen", timed)
    assert not is_break("Abfahrt zur Vereinsfahrt nach Rom", timed)  # the club's trip itself
    starts = starts_by_title(
        "ftl-dtv-tourismustag-2014-programm",
        "http://localhost:8080/programmablauf",
        date(2014, 10, 30),
    )
    assert "Abfahrt der Shuttlebusse nach Munzingen" not in starts
    assert starts["Start ins Rahmenprogramm"] == "2014-10-23T18:00:00+02:00"
