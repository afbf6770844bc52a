"""Leftovers of earlier held-out batches fixed in session 38 (helper LEFT12): each cause with a
unit test on a minimal snippet and a test on its real page of the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.address_links import is_web_address
from netdir.extract.list_label_headings import is_day_remark
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_URL = "https://example.org/cafe/"


def _rows(html: str, today: date) -> list[tuple[str | None, str, str | None]]:
    records = extract_page(page_from_text(html, _URL)).records
    return [
        (r.title, (normalize_record(r, today=today).start or "")[:16], r.location_text)
        for r in records
    ]


# The café's h1, an h2 naming its own section between, then the label over the bare days.
_PAST_A_SECTION = """<html><body><div class="page-content">
<h1>Repair Café Köln-Nordviertel</h1>
<h2><a href="https://example.org/partner/">Nordlicht</a></h2>
<p>Viel zu oft werden Dinge viel zu schnell entsorgt.</p>
<p>Jeden <strong>2. Mittwoch im Monat</strong> von <strong>15.30 bis 18.30 Uhr</strong><br>
startet das Repair Café im Pfarrheim.<br>
<div style="display: grid;">
<a href="https://www.google.com/maps/place/x/"><span class="icon-location"></span></a><br>
Pfarrheim St. Paul<br>Hauptstraße 10<br>50859 Köln</div></p>
<p>In Repair Cafés unterstützen Ehrenamtliche die Besucher beim Reparieren.</p>
<h2><strong>Die nächsten Termine im Repair Café Nordviertel</strong></h2>
<ul><li><strong>9.9.2026</strong></li><li><strong>14.10.2026</strong></li>
<li><strong>11.11.2026</strong> Faschingsmittwoch</li><li><strong>9.12.2026</strong></li></ul>
<h2>Was repariert wird</h2><p>Alles, was man tragen kann.</p>
</div></body></html>"""


def test_a_next_dates_label_reaches_past_a_section_heading_to_the_page_heading() -> None:
    # The h2 „Nordlicht“ between heads a section of its own; the label names the café, and the
    # h1 above names it too. The label's section (h2 + its list) is no rival listing.
    rows = _rows(_PAST_A_SECTION, date(2026, 7, 25))
    assert [(t, s) for t, s, _ in rows] == [
        ("Repair Café Köln-Nordviertel", "2026-09-09T15:30"),
        ("Repair Café Köln-Nordviertel", "2026-10-14T15:30"),
        ("Repair Café Köln-Nordviertel", "2026-11-11T15:30"),
        ("Repair Café Köln-Nordviertel", "2026-12-09T15:30"),
    ]


def test_the_address_a_map_pin_marks_above_the_list_places_its_days() -> None:
    # The label's „place“ („Repair Café Nordviertel“) is the café's name; the pinned block is
    # where it meets.
    places = {p for _, _, p in _rows(_PAST_A_SECTION, date(2026, 7, 25))}
    assert places == {"Pfarrheim St. Paul, Hauptstraße 10, 50859 Köln"}


def test_a_label_over_a_list_names_no_other_heading_that_shares_no_word() -> None:
    # „Die nächsten Termine im Vereinsheim“: the subject shares no word with the h1 — the h2
    # between is not passed over.
    html = _PAST_A_SECTION.replace("im Repair Café Nordviertel", "im Vereinsheim")
    titles = {t for t, _, _ in _rows(html, date(2026, 7, 25))}
    assert "Repair Café Köln-Nordviertel" not in titles


@pytest.mark.parametrize(
    "remark",
    [
        "Pfingstsamstag",
        "Ostermontag",
        "Raum steht noch nicht fest",
        "Ort noch offen",
        "Heiligabend",
    ],
)
def test_remarks_on_a_listed_day(remark: str) -> None:
    assert is_day_remark(remark)


@pytest.mark.parametrize("text", ["Sommerfest", "Repair Café Spezial", "Upcycling-Workshop"])
def test_other_row_words_name_an_offering(text: str) -> None:
    assert not is_day_remark(text)


def test_a_row_whose_words_only_remark_on_its_day_is_the_named_offerings_day() -> None:
    rows = _rows(_PAST_A_SECTION, date(2026, 7, 25))
    assert rows[2][:2] == ("Repair Café Köln-Nordviertel", "2026-11-11T15:30")


_ONE_ROW = """<html><head><title>Repairmobil</title></head><body>
<h1>Das Repairmobil - "Stadt repariert"</h1>
<p>Das mobile Repair Café kann bei jeder Art von Veranstaltung eingesetzt werden.</p>
<h2><strong>Die nächsten Termine</strong></h2>
<ul><li><strong>12.9.2026</strong> Tag der Umwelt. Am Weg zwischen der Hauptstraße 9a und 9b,
50931 Köln</li></ul>
<h1>Bilder</h1>
</body></html>"""


def test_the_one_row_under_a_next_dates_label_names_its_event_and_its_address() -> None:
    rows = _rows(_ONE_ROW, date(2026, 7, 25))
    assert len(rows) == 1
    title, start, place = rows[0]
    assert (title, start) == ("Tag der Umwelt", "2026-09-12")
    assert place is not None and "Hauptstraße 9a und 9b, 50931 Köln" in place


_LONG_ROWS = """<html><body>
<p class="f"><span>September</span><strong> 2007</strong></p>
<p class="f">28.09. Düsseldorf, Carizzo Springs Ranch, live mit &quot;Randy Rich&quot;, Info:
<a href="http://www.towncats.de">www.towncats.de</a></p>
<p class="f">28.09. Stuttgart, Club Zwölfzehn, Paulinenstr. 45, live &quot;The Satelliters&quot;
(D), Info: <a href="http://www.trash-a-go-go.de/">www.trash-a-go-go.de</a></p>
<p class="f">30.09. Pforzheim, 5. Pforzheimer Wirtschaftswunder - 50s / 60s-Festival in der
Pforzheimer City mit großem Oldietreffen, Eintritt frei! Infos: E-Mail:
<a href="mailto:info@citymarketing-pforzheim.de">info@citymarketing-pforzheim.de</a>,
<a href="http://www,citymarketing-pforzheim.de">www,citymarketing-pforzheim.de</a>,
Tel. 07231 / 1559830</p>
<p class="f">03.10. Langenhagen, &quot;Haus der Jugend&quot;, Langenforther Platz 1, 20 Uhr,
Meeting des RocknRoll Club Langenhagen, live mit &quot;45 RPM&quot;, Info: 0511 / 734995 oder
0171/7675954, Mobil 0171/7675955, Fax 0511/734996,
<a href="http://www.rrcl.org">www.rrcl.org</a></p>
</body></html>"""


def test_a_row_longer_than_a_date_field_is_dated_by_the_day_opening_it() -> None:
    # The Pforzheim row ran past 200 characters with its contacts (it was dropped); the
    # Langenhagen row's clock field „20 Uhr“ is its start.
    rows = {s[:10]: (t, s) for t, s, _ in _rows(_LONG_ROWS, date(2007, 9, 10))}
    assert rows["2007-09-30"][0] is not None
    assert rows["2007-09-30"][0].startswith("Pforzheim, 5. Pforzheimer Wirtschaftswunder")
    assert rows["2007-10-03"][1] == "2007-10-03T20:00"


def test_a_web_address_typed_with_a_comma_after_www_is_one() -> None:
    assert is_web_address("www,citymarketing-pforzheim.de")
    assert not is_web_address("www, dann Kaffee")


def test_the_cafe_pages_after_the_fixes(capsys: pytest.CaptureFixture[str]) -> None:
    widdersdorf = inspect_corpus_page(capsys, "static-repaircafe-koeln-widdersdorf-2026-07")
    assert [(r["title"], r["start"][:16]) for r in widdersdorf] == [
        ("Repair Café Köln-Widdersdorf", "2026-09-09T15:30"),
        ("Repair Café Köln-Widdersdorf", "2026-10-14T15:30"),
        ("Repair Café Köln-Widdersdorf", "2026-11-11T15:30"),
        ("Repair Café Köln-Widdersdorf", "2026-12-09T15:30"),
    ]
    assert {r["location"] for r in widdersdorf} == {
        "Pfarrheim St. Jakobus Hauptstraße 10 50859 Köln-Widdersdorf"
    }
    bueze = inspect_corpus_page(capsys, "static-repaircafe-koeln-bueze-2026-07")
    assert {r["title"] for r in bueze} == {"Repair Café im BüzE"}
    assert len(bueze) == 11
    assert [r["location"] for r in bueze].count(
        "Bürgerzentrum Ehrenfeld, Venloer Straße 429, 50825 Köln"
    ) >= 10
    poll = inspect_corpus_page(capsys, "static-repaircafe-koeln-poll-2026-07")
    assert {r["location"] for r in poll} == {
        "Quartier am Hafen Q18 Poller Kirchweg 78-90 51105 Köln"
    }
    mobil = inspect_corpus_page(capsys, "static-repaircafe-koeln-repairmobil-2026-07")
    assert [(r["title"], r["start"]) for r in mobil] == [("Tage der Nachhaltigkeit", "2026-09-09")]
    assert "Joseph-Stelzmann-Straße 9a und 9b" in (mobil[0]["location"] or "")


def test_the_concert_calendar_keeps_its_long_row(capsys: pytest.CaptureFixture[str]) -> None:
    concerts = inspect_corpus_page(capsys, "static-rocknroll-termine-2007-09")
    pforzheim = [r for r in concerts if r["start"][:10] == "2007-09-30"]
    assert len(pforzheim) == 1 and "Wirtschaftswunder" in pforzheim[0]["title"]
    planegg = [r for r in concerts if "Heide Volm" in (r["location"] or "")]
    assert planegg and planegg[0]["start"][:16] == "2007-09-14T20:00"


def test_a_row_that_ends_with_its_contacts_is_no_phone_line() -> None:
    # „Ticketservice BadnerHalle 07222 - 789 800“ says nothing before its number; a calendar
    # row naming its event first and its phone last names the event.
    from netdir.extract.venue_titles import names_nothing

    assert names_nothing("Ticketservice BadnerHalle 07222 - 789 800", set())
    row = (
        "Pforzheim, 5. Pforzheimer Wirtschaftswunder - 50s / 60s-Festival in der Pforzheimer "
        "City mit großem Oldietreffen, Eintritt frei! Infos: Tel. 07231 / 1559830"
    )
    assert not names_nothing(row, set())


_STARRED = """<html><body>
<p class="f">****** <strong>27.10.2007 in München</strong> ******<br>
Jubiläumskonzert: &quot;30 Jahre Musikmagazin&quot;<br></p>
<p class="f">14.09. Straubing, &quot;Tiefenrausch&quot;, live mit &quot;Up To Vegas&quot;</p>
<p class="f">15.09. Köln, &quot;Uni&quot; Sommerfest live mit &quot;Cable Bugs&quot;</p>
</body></html>"""


def test_a_starred_day_line_naming_only_its_town_gives_way_to_the_line_below() -> None:
    rows = {s[:10]: t for t, s, _ in _rows(_STARRED, date(2007, 9, 10))}
    assert rows["2007-10-27"] == 'Jubiläumskonzert: "30 Jahre Musikmagazin"'


_BOARD = """<html><body><h1>Board Meeting Information</h1>
<p>The next Board of Directors meeting is Thursday, September 17 at 5 p.m., and will be held
at the Civic Center, 1819 Farnam St., Omaha Neb.</p>
<h3>2026 Board Meetings Schedule</h3>
<p>September 17<br>October 15<br>November 19<br>December 17</p>
<p>Dates, times and locations are subject to change.</p>
</body></html>"""


def test_the_next_meeting_sentence_gives_the_series_its_full_name() -> None:
    rows = _rows(_BOARD, date(2026, 9, 1))
    assert {t for t, _, _ in rows} == {"Board of Directors meeting"}
    assert len(rows) == 4


def test_oppd_and_the_concert_block(capsys: pytest.CaptureFixture[str]) -> None:
    oppd = inspect_corpus_page(capsys, "umbraco-oppd-board-meetings-2026-09")
    assert [r["title"] for r in oppd] == ["Board of Directors meeting"] * 4
    concerts = inspect_corpus_page(capsys, "static-rocknroll-termine-2007-09")
    jubilee = [r for r in concerts if r["start"][:10] == "2007-10-27"]
    assert len(jubilee) == 1 and jubilee[0]["title"].startswith("Jubiläumskonzert")


_CLOSING = """<html><head><title>Aktuelles | Gemeinde</title></head><body>
<h2>Glasfaser – Erste Kunden surfen über Glasfaser!</h2>
<p>Im September sind die ersten Glasfaseranschlüsse im Ort erfolgreich aktiv gegangen.</p>
<p>Wer einen Mietrouter hat, der soll sich nach dem Einschalten automatisch konfigurieren.</p>
<p>Bei allen anderen Fragen bitte direkt die Hotline kontaktieren.</p>
<p>Ein Info- und Austauschabend findet am Montag, den 21. Oktober von 19.00 bis 20.00 im
Dorfgemeinschaftshaus Hoitlingen statt.</p>
<p>Viele Grüße</p>
<h2>Sprechzeiten</h2><p>Dienstags 17 bis 18 Uhr</p>
</body></html>"""


def test_the_one_day_an_article_names_in_its_closing_announcement_is_its_event() -> None:
    rows = _rows(_CLOSING, date(2024, 10, 10))
    assert [(t, s) for t, s, _ in rows] == [("Info- und Austauschabend", "2024-10-21T19:00")]
    assert rows[0][2] == "Dorfgemeinschaftshaus Hoitlingen"


def test_a_report_of_what_took_place_at_the_end_announces_nothing() -> None:
    html = _CLOSING.replace(
        "Ein Info- und Austauschabend findet am", "Ein Info- und Austauschabend fand am"
    ).replace("statt.</p>", "statt, er war gut besucht.</p>")
    assert _rows(html, date(2024, 10, 30)) == []


_TEASERS = """<html><body><div class="posts">
<a class="article" href="/a/fest/"><h3>Einladung Schützenfest 2023</h3>
<div class="clamp">Der Schützenverein feiert sein diesjähriges Schützenfest vom 17.05. - 19.05.2023.
Der Schützenverein, das Königspaar und die Jubelkönigspaare laden herzlich ein. Hier finden Sie
unsere diesjährige Festschrift.</div></a>
<a class="article" href="/a/kinder/"><h3>Einladung Kinderschützenfest 2023</h3>
<div class="clamp">Der Schützenverein feiert am 11.06.2023 das Kinderschützenfest.</div></a>
<a class="article" href="/a/bericht/"><h3>Bericht vom Winterfest</h3>
<div class="clamp">Viele Mitglieder kamen zum Winterfest in die Halle und feierten bis in die
Nacht hinein, die Musik spielte auf, die Stimmung war gut und alle haben sich gefreut. Beim
nächsten Mal am 12.12.2023 findet es wieder statt.</div></a>
</div></body></html>"""


def test_a_teasers_text_box_opening_with_its_announcing_sentence_dates_it() -> None:
    rows = {t: s for t, s, _ in _rows(_TEASERS, date(2023, 5, 1))}
    assert rows["Einladung Schützenfest 2023"] == "2023-05-17"
    # A day told late in a teaser's prose is not read as its date.
    assert rows.get("Bericht vom Winterfest", "") == ""


def test_tiddische_and_padberg(capsys: pytest.CaptureFixture[str]) -> None:
    tiddische = inspect_corpus_page(capsys, "static-tiddische-aktuelles-2024-10")
    assert [(r["title"], r["start"][:16]) for r in tiddische] == [
        ("Info- und Austauschabend", "2024-10-21T19:00")
    ]
    padberg = inspect_corpus_page(capsys, "hugo-schuetzenverein-padberg-aktuelles-2023")
    starts = {r["title"]: (r["start"] or "")[:16] for r in padberg}
    assert starts["Einladung Schützenfest 2023"] == "2023-05-17"
    assert starts["Einladung Mitgliederversammlung 2022"] == "2022-04-02T20:00"


_CARDS = """<html><body><div class="events-grid">
<article class="event-card"><div class="event-date-box"><span>Samstag</span>
<span>13.06.2026</span></div><h2 class="event-title">Dorffest</h2>
<p class="event-time">14:00 – 22:00 Uhr</p><span class="event-location">Festplatz</span></article>
<article class="event-card"><div class="event-date-box tba"><span>Letzter</span>
<span>Freitag</span></div><h2 class="event-title">Kleine Entdecker</h2>
<p class="event-time">Monatlich · 15:30 – 18:00 Uhr</p>
<span class="event-location">Dorfgemeinschaftshaus</span></article>
<article class="event-card"><div class="event-date-box"><span>Sonntag</span>
<span>05.07.2026</span></div><h2 class="event-title">Radtour</h2>
<p class="event-time">10:00 Uhr</p><span class="event-location">Kirchplatz</span></article>
</div></body></html>"""


def test_a_monthly_line_takes_the_weekday_its_date_box_names() -> None:
    rows = {t: s for t, s, _ in _rows(_CARDS, date(2026, 5, 18))}
    assert rows["Kleine Entdecker"] == "2026-05-29T15:30"


def test_sproetau(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "static-sproetau-begeistert-veranstaltungen-2026")
    kleine = [r for r in rows if r["title"] == "Kleine Sprötauer"]
    assert [r["start"][:16] for r in kleine] == ["2026-05-29T15:30"]


@pytest.mark.parametrize(
    ("line", "event"),
    [
        (
            "Am 08.06.2021 findet die Fortbildungsveranstaltung und Mitgliederversammlung des "
            "Landesverbandes 2021 virtuell statt.",
            "Fortbildungsveranstaltung und Mitgliederversammlung des Landesverbandes 2021",
        ),
        (
            "Der gemeinsame 70. Bundeskongress von BVÖGD und BZÖG findet vom 23. bis 25. April "
            "2020 in Saarbrücken statt.",
            "70. Bundeskongress von BVÖGD und BZÖG",  # (session 44: the name begins at its number)
        ),
    ],
)
def test_a_rows_sentence_about_its_day_names_its_event(line: str, event: str) -> None:
    from netdir.extract.announcing_headings import event_of_a_dated_sentence

    assert event_of_a_dated_sentence(line) == event
    assert event_of_a_dated_sentence("Sommerfest im Garten, 14 Uhr") is None


def test_the_congress_list_is_titled_by_its_events(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "quarto-bvoegdbb-veranstaltungen-2023")
    titles = {r["start"][:10]: r["title"] for r in rows}
    assert titles["2020-04-23"] == "70. Bundeskongress von BVÖGD und BZÖG"
    assert titles["2021-06-08"].startswith("Fortbildungsveranstaltung und Mitgliederversammlung")


_TOWNS_FIRST = """<html><body>
<p class="f"><span>September</span><strong> 2007</strong></p>
<p class="f">14.09. Straubing, &quot;Tiefenrausch&quot;, live mit &quot;Up To Vegas&quot; (stn)</p>
<p class="f">14.09. Braunschweig, &quot;Gearbox Club&quot;, Wendenstr. 59, 22 Uhr, live
&quot;Trash Hombres&quot; (NL), Info: Tel. 0531 / 4803424, www.gearbox-club.de</p>
<p class="f">15.09. Berlin, &quot;Bassy Club&quot;, Schönhauser Allee 176a, 23 Uhr, live
&quot;Trash Hombres&quot; (NL)</p>
<p class="f">15.09. Münster, &quot;Stadtfest&quot;, live &quot;Ben Wild &amp; The Wild Band&quot;</p>
</body></html>"""


def test_rows_opening_with_town_and_venue_are_named_by_what_follows() -> None:
    rows = {s[:10] + t: p for t, s, p in _rows(_TOWNS_FIRST, date(2007, 9, 10))}
    assert rows['2007-09-14live mit "Up To Vegas"'] == "Tiefenrausch, Straubing"
    assert rows['2007-09-14live "Trash Hombres"'] == "Gearbox Club, Wendenstr. 59, Braunschweig"


def test_one_row_opening_with_a_town_proves_nothing() -> None:
    from netdir.extract.leading_towns import move_leading_towns
    from netdir.records import RawRecord

    rows = [
        RawRecord(source_id="t", page_url=_URL, extractor="listing", title=title)
        for title in ('Berlin, "Tempodrom", Tour 2026', "Sommerfest im Garten", "Lesung am See")
    ]
    move_leading_towns(rows)
    assert rows[0].title == 'Berlin, "Tempodrom", Tour 2026'


def test_the_concert_calendar_rows_name_their_acts(capsys: pytest.CaptureFixture[str]) -> None:
    concerts = inspect_corpus_page(capsys, "static-rocknroll-termine-2007-09")
    straubing = [r for r in concerts if r["title"] == 'live mit "Up To Vegas"']
    assert len(straubing) == 1 and straubing[0]["location"] == "Tiefenrausch, Straubing"
