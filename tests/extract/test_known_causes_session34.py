"""Known causes left on pages already in the corpus (issue #11, session 34: the leftovers of
earlier held-out batches), each fixed generally and pinned on the real page that showed it."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.banner_venues import days_and_venue
from netdir.extract.event_page_dates import venue_before_the_days
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import places_by_title

ICPEAC = "http://icpeac30.edu.au/"
JULY_2017 = date(2017, 7, 1)


def _records(html: str, today: date) -> list[tuple[str, str | None, str | None]]:
    records = extract_page(page_from_text(html, "https://example.org/programme.html")).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


_MEETINGS = """<html><body><h1>Meetings</h1><table>
<tr><td><span class="title">POSMOL 2017</span></td></tr>
<tr><td><p>Chairs: A. Person</p><p>Venue and Location: Amaroo Resort, Magnetic Island<br>
Dates: 22 July - 24 July, 2017</p><p>Contact: A. Person</p></td></tr>
<tr><td><span class="title">ISIAC 2017</span></td></tr>
<tr><td><p>Chair: B. Person<br>Venue and Location: Hotel Grand Chancellor, Palm Cove<br>
Dates: 23-25 July 2017</p><p>Contact: B. Person</p></td></tr>
<tr><td><span class="title">ISACC 2017</span></td></tr>
<tr><td><p>Chair: C. Person<br>Place: Varadero, Cuba<br>Dates: October 2-6, 2017.</p>
<p>Contact: C. Person</p></td></tr>
</table></body></html>"""


def test_a_venue_or_place_label_of_a_listed_block_names_its_place_up_to_the_next_label() -> None:
    # Batch AV (ICPEAC XXX satellite meetings): „Venue and Location: Hotel …<br>Dates: …“ and
    # „Place: Varadero, Cuba“ in a meeting's cell are its place — the dates line after it is not.
    places = {title: place for title, _, place in _records(_MEETINGS, JULY_2017)}
    assert places["POSMOL 2017"] == "Amaroo Resort, Magnetic Island"
    assert places["ISIAC 2017"] == "Hotel Grand Chancellor, Palm Cove"
    assert places["ISACC 2017"] == "Varadero, Cuba"


def test_the_satellite_meetings_and_the_social_programme_are_placed_by_their_labels() -> None:
    got = places_by_title(
        "static-icpeac30-satellite-meetings-2017", f"{ICPEAC}meetings.html", JULY_2017
    )
    assert got["ISIAC 2017"] == "Hotel Grand Chancellor, Palm Cove, Queensland, Australia"
    assert got["POSMOL 2017"] == (
        "Amaroo On Mandalay Resort, Magnetic Island, Queensland, Australia"
    )  # not „… Australia Dates: 22 July - 24 July, 2017“
    social = places_by_title(
        "static-icpeac30-social-program-2017", f"{ICPEAC}social.html", JULY_2017
    )
    assert social["Conference Dinner"] == "Hall C & D, Cairns Convention Centre"


_BANNER = """<html><body><table><tr><td class="header"><span class="t">Workshop 2017</span>
<span class="d">{banner}</span></td></tr>
<tr><td><h1>Program</h1>
<h2>Saturday, July 22</h2><p>14:00-14:10 Welcome</p><p>14:10-15:00 Kiyoshi Ueda “Probing”</p>
<h2>Sunday, July 23</h2><p>9:00-9:50 Giuseppe Sansone “Coherent control”</p>
<p>9:50-10:20 Tim Laarmann “Challenges”</p></td></tr></table></body></html>"""


def test_the_banners_days_and_venue_place_a_programme_within_those_days() -> None:
    # Batch AV (ISWAMP-4): the site's banner „July 22-24, Ship Inn, South Bank, Brisbane,
    # Australia“ over the programme's talks, which name no place: each talk is at the Ship Inn.
    html = _BANNER.format(banner="July 22-24, Ship Inn, South Bank, Brisbane, Australia")
    places = {place for _, _, place in _records(html, JULY_2017)}
    assert places == {"Ship Inn, South Bank, Brisbane, Australia"}
    # The main conference's banner on a satellite's page: its days hold none of the talks.
    html = _BANNER.format(banner="July 26-31, Cairns Convention Centre, Cairns")
    assert {place for _, _, place in _records(html, JULY_2017)} == {None}


def test_a_banner_line_is_a_range_of_days_then_proper_names_only() -> None:
    assert days_and_venue("22.-24. Juli 2017, Bürgerhaus Weststadt, Mannheim", JULY_2017) == (
        "2017-07-22",
        "2017-07-24",
        "Bürgerhaus Weststadt, Mannheim",
    )
    assert days_and_venue("Saturday, July 22", JULY_2017) is None  # one day, no venue
    assert days_and_venue("July 22-24, see you there", JULY_2017) is None
    assert days_and_venue("July 22-24, Ship Inn, 18:00 Uhr", JULY_2017) is None


def test_the_workshop_programme_takes_the_banners_venue() -> None:
    got = places_by_title("static-iswamp-2017-program", f"{ICPEAC}iswamp/program.html", JULY_2017)
    assert got["Welcome"] == "Ship Inn, South Bank, Brisbane, Australia"
    assert got["Imaging a phase-resolved electron wavepacket"] == (
        "Ship Inn, South Bank, Brisbane, Australia"
    )


def test_a_venue_before_the_weekday_and_a_labelled_room_after_the_hours_place_the_event() -> None:
    # Batch 35 (Meta-Pfarrerbuch at FORGE 2025): the workshop's page states „Universität
    # Rostock, Mittwoch, 24.09.2025 12:30 - 16:00, Ort: SR 217“ — the venue before the day, its
    # room labelled after the hours.
    assert venue_before_the_days(
        "Universität Rostock, Mittwoch, 24.09.2025 12:30 - 16:00, Ort: SR 217"
    ) == ("Universität Rostock, SR 217")
    assert venue_before_the_days("Schloss Siebeneichen, 7.–8. Januar 2026") == (
        "Schloss Siebeneichen"
    )
    assert venue_before_the_days("Wir treffen uns, Montag, 3.5.2025 um 18 Uhr im Haus") is None
    got = places_by_title(
        "frag-metapfarrerbuch-forge-2025-09",
        "https://meta-pfarrerbuch.evangelische-archive.de/?site=veranstaltungen/25-09-24/index.html",
        date(2025, 8, 3),
    )
    assert list(got.values()) == ["Universität Rostock, SR 217"]


_SLOTS = """<html><body><h2>Rahmenprogramm</h2>
<div class="programm"><div class="programmHeader"><span>Exkursionen für Frühanreiser<br>
Mittwoch, 22. Oktober 2014 um 16.30 Uhr</span></div><div class="programmContent"><table>
<tr><td><b>Altstadtführung: Die Highlights in einer Tour</b></td></tr>
<tr><td>Die am 27. November 1944 zerbombte Altstadt und ihr Wiederaufbau.</td></tr>
<tr><td><b>Treffpunkt:</b> <a href="#ti">Tourist Information, Am Rathausplatz</a></td></tr>
<tr><td><b>Radtour durch die Green-City</b></td></tr>
<tr><td>Gemütlich, ohne Steigungen, in das Quartier Vauban.</td></tr>
<tr><td><b>Treffpunkt:</b> <a href="#rad">Radstation Hauptbahnhof</a></td></tr>
</table></div></div>
<div class="programm"><div class="programmHeader"><span>Get-together im Kaufhaus<br>
Mittwoch, 22. Oktober 2014 ab 19.00 Uhr</span></div><div class="programmContent"><table>
<tr><td><b>Ihr Weg zum Kaufhaus:</b></td></tr><tr><td>Zu Fuß ca. 10 Minuten.</td></tr>
<tr><td><b>Treffpunkt:</b> <a href="#k">Historisches Kaufhaus, Münsterplatz 24</a></td></tr>
</table></div></div>
<div class="programm"><div class="programmHeader"><span>Abendveranstaltung in Munzingen<br>
Donnerstag, 23. Oktober 2014 ab 17.30 Uhr</span></div><div class="programmContent"><table>
<tr><td>Die Stadt lädt Sie herzlich ein.</td></tr></table></div></div>
</body></html>"""


def test_a_box_is_named_by_its_header_line_and_its_placed_choices_take_its_day() -> None:
    # Batch 83 (Deutscher Tourismustag 2014): each box's „programmHeader“ holds its name and,
    # after a br, its day; the first box offers excursions, each a bold name over its
    # description and its „Treffpunkt:“ line — one offering each, at the box's day and hour.
    got = {title: (start, place) for title, start, place in _records(_SLOTS, date(2014, 10, 1))}
    assert got == {
        "Altstadtführung: Die Highlights in einer Tour": (
            "2014-10-22T16:30:00+02:00",
            "Tourist Information, Am Rathausplatz",
        ),
        "Radtour durch die Green-City": ("2014-10-22T16:30:00+02:00", "Radstation Hauptbahnhof"),
        "Get-together im Kaufhaus": (
            "2014-10-22T19:00:00+02:00",
            "Historisches Kaufhaus, Münsterplatz 24",
        ),
        "Abendveranstaltung in Munzingen": ("2014-10-23T17:30:00+02:00", None),
    }


def test_the_congress_side_programme_lists_its_excursions_and_evenings() -> None:
    got = places_by_title(
        "ftl-dtv-tourismustag-2014-rahmenprogramm", "http://localhost:8080/info", date(2014, 10, 30)
    )
    assert len(got) == 9
    assert got["Freiburger Museumskultur: Höhepunkte der Kunst im Augustinermuseum"] == (
        "Augustinermuseum, Gerberau 15, 79098 Freiburg"
    )
    assert got["Get-together im Historischen Kaufhaus"] == (
        "Historisches Kaufhaus, Münsterplatz 24, 79098 Freiburg"
    )
    assert "Abendveranstaltung in Munzingen" in got


_ONE_EVENT_SITE = """<html><body><nav><a href="#programm">Programm</a></nav>
<section><h1>Bibelkonferenz 2017</h1><p>04.11.2017 | Weise Lehre statt leerer Worte</p>
<h2>Programm</h2><ul><li>10.00 Uhr | Bibelarbeit</li><li>12.30 Uhr | Mittagessen</li></ul></section>
<footer{attrs}><h4><strong>{heading}</strong></h4><p>Christliche Schule Kiel<br>Diesterwegstraße 20
<br>24113 Kiel</p><h4><strong>Kontakt</strong></h4><p>Max Muster<br>info@example.org</p></footer>
</body></html>"""


def test_a_one_event_sites_footer_headed_veranstaltungsort_is_the_events_place() -> None:
    # Batch 45 (OstseeBibelKonferenz): a one-page conference site names its venue only in its
    # footer, „<h4>Veranstaltungsort</h4>“ over the address, then „<h4>Kontakt</h4>“ — the
    # address is the event's place; the next heading is not part of it.
    html = _ONE_EVENT_SITE.format(attrs="", heading="Veranstaltungsort")
    assert [place for _, _, place in _records(html, date(2017, 8, 11))] == [
        "Christliche Schule Kiel, Diesterwegstraße 20, 24113 Kiel"
    ]
    # A footer's „Adresse“ is the organiser's, no event's place.
    html = _ONE_EVENT_SITE.format(attrs="", heading="Adresse")
    assert not [place for _, _, place in _records(html, date(2017, 8, 11)) if place]
    got = places_by_title(
        "static-ostseebibelkonferenz-2017",
        "https://artlessmaster.github.io/ostseebibelkonferenz/",
        date(2017, 8, 11),
    )
    assert got == {
        "OstseeBibelKonferenz": "Christliche Schule Kiel, Diesterwegstraße 20, 24113 Kiel"
    }
