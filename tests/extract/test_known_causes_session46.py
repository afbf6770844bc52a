"""Leftovers of earlier held-out batches (session 46): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

import json
from datetime import date

import pytest

from netdir.extract.ical_hall_lines import bare_name_line
from netdir.extract.pictograph_facts import hours_and_place
from tests.extract.realpage_inspect import (
    Span,
    inspect_corpus_page,
    saved_page_stamps,
    stamps_on,
)

_Record = Span


# Cause: a venue complex's agenda, written as iCalendar by a script, leaves LOCATION out and
# lays every DESCRIPTION out as one form — labelled lines around one bare line, the hall within
# the complex („Categorie: Expo\nDe Passage\nMeer info: https://…“). No place was read.

AUGUST_2026 = date(2026, 8, 22)


def _vevent(uid: int, day: str, summary: str, description: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}@example.org\r\nDTSTAMP:20260822T052614Z\r\n"
        f"DTSTART;VALUE=DATE:{day}\r\nSUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        "END:VEVENT\r\n"
    )


def _agenda(halls: list[str]) -> str:
    events = "".join(
        _vevent(
            n,
            f"202609{10 + n:02d}",
            f"Evening {n}",
            f"Categorie: Expo\\n{hall}\\nMeer info: https://example.org/agenda/{n}",
        )
        for n, hall in enumerate(halls)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//NL\r\n{events}END:VCALENDAR\r\n"


def _places_of(ics: str) -> list[str | None]:
    return [record[3] for record in stamps_on(ics, AUGUST_2026)]


def test_the_bare_line_of_a_form_description_is_the_hall_its_entries_share() -> None:
    halls = ["De Passage", "Kanarie Club", "De Passage", "Nature Bar", "Kanarie Club", "De Passage"]
    assert _places_of(_agenda(halls)) == halls


def test_a_bare_line_each_entry_has_of_its_own_is_no_hall() -> None:
    # Six different names over six entries: each entry's own speaker or work, not a hall.
    names = ["Anna Smit", "Bart Jansen", "Carla Vos", "Dirk Bakker", "Eva Mulder", "Frans Dekker"]
    assert _places_of(_agenda(names)) == [None] * 6


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("Categorie: Muziek\nKanarie Club\nMeer info: https://example.org/x", "Kanarie Club"),
        ("Categorie: Film\nA film about the eighties.\nMeer info: https://x.org", None),
        ("Categorie: Film\nDe Filmhallen\nVan een lange tekst\nMeer info: https://x.org", None),
        ("Kanarie Club", None),
        ("Categorie: Muziek\n20:00 Uhr\nMeer info: https://example.org/x", None),
    ],
)
def test_only_a_short_name_among_labelled_lines_is_the_bare_line(
    description: str, name: str | None
) -> None:
    assert bare_name_line(description) == name


def test_de_hallen_agenda_entries_are_held_in_their_halls(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "ical-dehallen-amsterdam-agenda-2026-08")
    by_title = {record["title"]: record["location"] for record in records}
    assert by_title["Filmspecial: Eighties"] == "De Filmhallen"
    assert by_title["Love Lives Here - Pride Photo"] == "De Passage"
    assert by_title["Workshop zeep maken"] == "Nature Bar"
    assert by_title["Make your own Bag"] == "Denim City"
    assert all(record["location"] for record in records)


# Cause: a tournament list writes who plays without a comma, as the range of leagues the teams
# come from („Herbstcup Kreisklasse bis Bezirksliga in 2 Leistungsklassen für Damen- und
# Herrenmannschaften“): the whole line was the title.

MARCH_2026 = date(2026, 3, 1)


def _list(lines: list[str]) -> str:
    items = "".join(f"<li><strong>{day}</strong> – {text}</li>" for day, text in lines)
    return f"<html><body><h1>Turniere 2026</h1><ul>{items}</ul></body></html>"


def test_a_tournaments_name_is_cut_before_the_range_of_leagues_that_play() -> None:
    page = _list(
        [
            ("19.09.2026", "Herbstcup Kreisklasse bis Bezirksliga in 2 Leistungsklassen"),
            ("20.09.2026", "Herbstturnier Landesliga – Regionalliga für Damenmannschaften"),
            ("10.10.2026", "Aufstiegsspiel Kreisliga bis Landesliga"),
            ("17.10.2026", "Saisonabschluss Kreisliga und Bezirksliga"),
        ]
    )
    titles = [record[0] for record in stamps_on(page, MARCH_2026)]
    assert titles[:3] == ["Herbstcup", "Herbstturnier", "Aufstiegsspiel"]
    # (two leagues named together are no range of who plays)
    assert titles[3] == "Saisonabschluss Kreisliga und Bezirksliga"


def test_a_name_that_is_no_short_capitalised_name_keeps_its_leagues() -> None:
    page = _list(
        [
            ("19.09.2026", "Turnier für alle von der Kreisklasse bis Bezirksliga"),
            ("20.09.2026", "Herbstturnier Landesliga bis Regionalliga"),
        ]
    )
    titles = [record[0] for record in stamps_on(page, MARCH_2026)]
    assert titles == ["Turnier für alle von der Kreisklasse bis Bezirksliga", "Herbstturnier"]


def test_the_volleyball_tournaments_are_named_without_their_leagues() -> None:
    titles = {
        r[0]: r[1] for r in saved_page_stamps("static-tsv-volleyball-neutraubling-turniere-2026-07")
    }
    assert titles["Herbstcup"] == "2026-09-19"
    assert titles["Herbstturnier"] == "2026-09-20"
    assert titles["Osterturnier"] == "2026-04-11"


# Cause: a generated committee card writes its date line with a clock that lost its half of the
# day („Monday, October 13, 2025 • 1:00 am“) over the time as entered („Time: 1:00 P.M.“): the
# meeting was read at one in the night.

OCTOBER_2025 = date(2025, 10, 11)

_CARD = (
    '<div class="card"><h3>{name}</h3><p>Senate</p><p>{day}</p><p>Time: {time}</p>'
    "<p>Venue: {room}</p></div>"
)


def _cards(cards: list[tuple[str, str, str, str]]) -> str:
    body = "".join(_CARD.format(name=n, day=d, time=t, room=r) for n, d, t, r in cards)
    return f"<html><body><h1>Committee Meetings</h1><div>{body}</div></body></html>"


def test_the_labelled_time_line_gives_the_half_of_the_day_the_date_line_slipped() -> None:
    page = _cards(
        [
            ("Finance", "Monday, October 13, 2025 • 1:00 am", "1:00 P.M.", "Laurel Room"),
            ("Energy", "Tuesday, October 14, 2025 • 10:00 am", "10:00 A.M.", "Recto Room"),
            ("Land Use", "Wednesday, October 15, 2025 • 2:00 am", "02:00 PM", "Pecson Room"),
            ("Health", "Thursday, October 16, 2025 • 9:00 am", "1:30 P.M.", "Padilla Room"),
        ]
    )
    starts = [record[1] for record in stamps_on(page, OCTOBER_2025)]
    assert starts[0] is not None and starts[0].startswith("2025-10-13T13:00")
    assert starts[1] is not None and starts[1].startswith("2025-10-14T10:00")
    assert starts[2] is not None and starts[2].startswith("2025-10-15T14:00")
    # (another clock on the labelled line is no slip of the date line's)
    assert starts[3] is not None and starts[3].startswith("2025-10-16T09:00")


def test_the_senate_committee_meetings_start_in_the_afternoon() -> None:
    records = saved_page_stamps("nextjs-ph-congress-committee-meetings-2025-10")
    starts = [(r[0], (r[1] or "")[:16]) for r in records]
    marcos = "Finance (Subcommittee I) (Presiding: Sen. Marcos)"
    assert (marcos, "2025-10-13T13:00") in starts
    assert (marcos, "2025-10-14T13:00") in starts
    assert ("Finance (Subcommittee A) (Presiding: Sen. Gatchalian)", "2025-10-15T14:00") in starts
    assert not any(start[11:13] in ("01", "02") for _, start in starts)


# Cause: a card's programme ends with the clock and a decoration („21:00 🍻“); the reader of
# pictograph-marked lines of facts („🕘 16:00 Uhr · 📍 Dorfplatz Adnet“) took the lone
# pictograph for a second fact and the line for the card's hours, over its „16:45 Uhr - 21:00
# Uhr“ line: every salon began at its end.

MAY_2017 = date(2017, 5, 1)

_SALON = (
    '<div class="salon"><h2>{name}</h2><span class="date">{day}</span>'
    "<div>Wikimedia | Tempelhofer Ufer 23-24<br>{hours}</div><p>Für Getränke ist gesorgt.</p>"
    "<ul><li>16:00 Ankommen</li><li>17:15 Begrüßung</li><li>{end} \U0001f37b</li></ul></div>"
)


def test_a_lone_pictograph_after_a_clock_is_no_fact_of_the_cards_hours() -> None:
    salons = [
        ("Kick-off Berlin", "24. Mai 2017", "16:45 Uhr - 21:00 Uhr", "21:00"),
        ("Checkin Köln", "07. Juli 2017", "16:00 Uhr - 21:00 Uhr", "21:00"),
        ("Showroom Berlin", "1. September 2017", "16 Uhr - 19 Uhr", "19:00"),
    ]
    body = "".join(_SALON.format(name=n, day=d, hours=h, end=e) for n, d, h, e in salons)
    page = f"<html><body><h1>Wahlsalons</h1><div>{body}</div></body></html>"
    starts = [(record[0], (record[1] or "")[:16]) for record in stamps_on(page, MAY_2017)]
    assert starts == [
        ("Kick-off Berlin", "2017-05-24T16:45"),
        ("Checkin Köln", "2017-07-07T16:00"),
        ("Showroom Berlin", "2017-09-01T16:00"),
    ]


def test_hours_and_a_pin_marked_place_are_still_a_line_of_facts() -> None:
    assert hours_and_place("\U0001f558 16:00 Uhr · \U0001f4cd Dorfplatz Adnet") == (
        "16:00 Uhr",
        "Dorfplatz Adnet",
    )
    assert hours_and_place("21:00 \U0001f37b") is None


def test_the_election_salons_start_at_their_first_hour() -> None:
    starts = {r[0]: (r[1] or "")[11:16] for r in saved_page_stamps("codeforde-wahlsalons-2017")}
    assert starts["Kick-off Berlin"] == "16:45"
    assert starts["Checkin Köln"] == "16:00"


# Cause: a theatre's cards repeat the play's name and credit in a line of text and end it with
# where this evening plays („Glück Komödie von Eric Assous | Deutsch von Kim Langner DT Mobil in
# Bühren Mehr Informationen auf der Webseite des Veranstalters … mehr“): no place was read.

JUNE_2019 = date(2019, 6, 8)

_PLAY = (
    '<div class="card-body"><h3><a href="/{n}/">{name}</a></h3><h5>{credit}<br>{day}</h5>'
    '{name} {credit} {extra} Mehr Informationen auf der Webseite des Veranstalters <a href="/{n}/">'
    "... mehr</a><br></div>"
)


def _plays(plays: list[tuple[str, str, str, str]]) -> str:
    body = "".join(
        _PLAY.format(n=n, name=name, credit=credit, day=day, extra=extra)
        for n, (name, credit, day, extra) in enumerate(plays)
    )
    return f"<html><body><h1>Deutsches Theater</h1><div>{body}</div></body></html>"


def test_the_line_repeating_a_cards_name_and_credit_ends_with_where_it_plays() -> None:
    page = _plays(
        [
            ("Glück", "Komödie von Eric Assous", "14. 06. 2019, 20:00", "DT Mobil in Bühren"),
            (
                "Faust II",
                "Ein Projekt von Jan Stange",
                "12. 06. 2019, 20:00",
                "Universität Göttingen, ZHG 011",
            ),
            (
                "Lesung, Wein und Musik",
                "»Tödliche Sonate« | Lesung mit Florian Eppinger",
                "24. 05. 2019, 18:00",
                "Händel in Bad Lauterberg, Buchhandlung Moller",
            ),
            ("Lazarus", "Musical von David Bowie", "15. 06. 2019, 19:45", "Abo A"),
            (
                "Rodrigo",
                "Oper von Georg Friedrich Händel",
                "16. 06. 2019, 18:00",
                "Einführung in Englisch",
            ),
            (
                "Ein Känguru",
                "Komödie von Ulrich Hub",
                "17. 06. 2019, 10:00",
                "DT Mobil beim Festival Hart am Wind",
            ),
        ]
    )
    places = [record[3] for record in stamps_on(page, JUNE_2019)]
    assert places == [
        "Bühren",
        "Universität Göttingen, ZHG 011",
        "Bad Lauterberg, Buchhandlung Moller",
        None,
        None,
        None,
    ]


def test_the_deutsches_theater_cards_are_placed_where_their_line_says() -> None:
    records = saved_page_stamps("hugo-goest-goettingen-deutsches-theater-2019-06")
    places = {(r[0], r[3]) for r in records if r[3]}
    assert places == {
        ("Glück", "Bühren"),
        ("Lesung, Wein und Musik", "Bad Lauterberg, Buchhandlung Moller"),
        ("Science and Fiction (Faust II)", "Universität Göttingen, ZHG 011"),
    }


# Cause: a Heurigen calendar's JSON-LD names every open Heuriger „Helmut Krenek - Ausg'steckt“
# (open today) while its cards head each with the name alone: every title kept the label.

HEURIGEN_DAY = date(2026, 2, 28)


def _heurigen(names: list[str], label: str, headed: bool = True) -> str:
    events = ",".join(
        json.dumps(
            {
                "@type": "Event",
                "name": f"{name}{label}",
                "startDate": "2026-03-07T14:00",
                "location": {"@type": "Place", "name": name, "address": "Stammersdorf"},
            }
        )
        for name in names
    )
    cards = "".join(f"<div><h4>{name}</h4><p>ab 14:00 Uhr</p></div>" for name in names)
    return (
        '<html><head><script type="application/ld+json">[' + events + "]</script></head>"
        f"<body><h1>Heurigen am Samstag</h1>{cards if headed else ''}</body></html>"
    )


def test_a_label_every_structured_name_shares_is_no_part_of_the_names() -> None:
    names = ["Helmut Krenek", "Wieninger", "Zur Christl"]
    titles = [record[0] for record in stamps_on(_heurigen(names, " - Ausg'steckt"), HEURIGEN_DAY)]
    assert sorted(titles) == sorted(names)


def test_a_shared_label_stays_where_the_page_heads_no_event_by_the_name_alone() -> None:
    names = ["Helmut Krenek", "Wieninger", "Zur Christl"]
    page = _heurigen(names, " - Ausg'steckt", headed=False)
    titles = [record[0] for record in stamps_on(page, HEURIGEN_DAY)]
    assert sorted(titles) == sorted(f"{name} - Ausg'steckt" for name in names)


def test_the_heurigen_are_named_without_their_open_label() -> None:
    titles = {
        r[0]
        for r in saved_page_stamps("jsonld-microdata-auschecktis-heurigen-stammersdorf-2026-03")
    }
    assert {"Helmut Krenek", "Wieninger", "Zur Christl", "Weingut Walter"} <= titles
    assert not any("Ausg'steckt" in title for title in titles if title)


# Cause: a venue's ticket page names its events „Shane Torres @ FREMONT ABBEY“ and „5/15 The
# Moth StorySLAM @ BLOEDEL HALL“ — the event, „@“ and the hall its location names, a recurring
# one led by its own month and day: every title kept the hall (and the day).

MAY_2026 = date(2026, 5, 14)


def _tickets(events: list[tuple[str, str, str]]) -> str:
    items = ",".join(
        json.dumps(
            {
                "@type": "Event",
                "name": name,
                "startDate": f"{day}T20:00:00-07:00",
                "location": {
                    "@type": "Place",
                    "name": hall,
                    "address": "4272 Fremont Ave N, Seattle",
                },
            }
        )
        for name, day, hall in events
    )
    return f'<html><head><script type="application/ld+json">[{items}]</script></head></html>'


def test_the_hall_after_an_at_sign_is_the_events_place_not_its_name() -> None:
    page = _tickets(
        [
            ("5/15 The Moth StorySLAM @ BLOEDEL HALL", "2026-05-15", "Bloedel Hall"),
            ("Shane Torres @ FREMONT ABBEY", "2026-05-22", "Fremont Abbey Arts Center"),
            ("Diana Hong @ FREMONT ABBEY Seattle", "2026-05-21", "Fremont Abbey Arts Center"),
            ("Open Mic @ The Rabbit Box", "2026-05-23", "Fremont Abbey Arts Center"),
        ]
    )
    titles = sorted(record[0] or "" for record in stamps_on(page, MAY_2026))
    # (an @ before another place than the event's stays: „Open Mic @ The Rabbit Box“)
    assert titles == [
        "Diana Hong",
        "Open Mic @ The Rabbit Box",
        "Shane Torres",
        "The Moth StorySLAM",
    ]


def test_an_artists_shows_named_by_the_artist_at_each_venue_stay_whole() -> None:
    page = _tickets(
        [
            ("Vulvodynia @ O2 Academy Islington", "2026-05-25", "O2 Academy Islington"),
            ("Vulvodynia @ Legend Club", "2026-05-28", "Legend Club"),
        ]
    )
    titles = sorted(record[0] or "" for record in stamps_on(page, MAY_2026))
    assert titles == ["Vulvodynia @ Legend Club", "Vulvodynia @ O2 Academy Islington"]


def test_the_abbey_arts_events_are_named_without_their_hall() -> None:
    records = saved_page_stamps("jsonld-humanitix-fremontabbey-events")
    starts = {(r[0], (r[1] or "")[:10]) for r in records}
    assert ("The Moth StorySLAM", "2026-05-15") in starts
    assert ("The Moth StorySLAM", "2026-06-04") in starts
    assert ("Shane Torres", "2026-05-22") in starts
    assert not any("@" in (r[0] or "") for r in records)


# Cause: a festival calendar repeats each long run's days in brackets at the end of its SUMMARY
# („34. Kunsttage Dreieich (16.o4. - o3.5.2o26)“, zeros typed as the letter o) and marks the run's
# opening entry „… Eröffnung“ beside its closing one „… Ende“: the titles kept both.

APRIL_2026 = date(2026, 4, 1)


def _festivals(entries: list[tuple[str, str, str]]) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{n}@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;VALUE=DATE:{start}\r\nDTEND;VALUE=DATE:{end}\r\nSUMMARY:{summary}\r\n"
        "END:VEVENT\r\n"
        for n, (summary, start, end) in enumerate(entries)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//DE\r\n{events}END:VCALENDAR\r\n"


def test_a_bracket_of_the_entrys_own_days_and_its_opening_word_are_no_part_of_the_name() -> None:
    ics = _festivals(
        [
            ("▼ —>34. Kunsttage Dreieich (16.o4. - o3.5.2o26)", "20260416", "20260420"),
            ("▼ <—34. Kunsttage Dreieich (16.o4. - o3.5.2o26)", "20260501", "20260504"),
            ("▼ —>Burgfestspiele Dreieichenhain Eröffnung (24.o6. - o9.", "20260624", "20260625"),
            ("▼ <—Burgfestspiele Dreieichenhain Ende (24.o6. - o9.8.2o26", "20260807", "20260810"),
            ("Kinderflohmarkt (Teil 2)", "20260502", "20260503"),
        ]
    )
    records = stamps_on(ics, APRIL_2026)
    assert [(r[0], (r[1] or "")[:10], (r[2] or "")[:10]) for r in records] == [
        ("▼ —>34. Kunsttage Dreieich", "2026-04-16", "2026-05-03"),
        ("▼ —>Burgfestspiele Dreieichenhain", "2026-06-24", "2026-08-09"),
        ("Kinderflohmarkt (Teil 2)", "2026-05-02", "2026-05-02"),
    ]


def test_the_dreieich_festivals_are_named_without_their_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "ical-dreieich-veranstaltungen-2026-04")
    titles = [record["title"] for record in records]
    assert any(title.endswith("34. Kunsttage Dreieich") for title in titles)
    assert any(title.endswith("Burgfestspiele Dreieichenhain") for title in titles)
    assert not any("2o26" in title or "Eröffnung" in title for title in titles)


def test_a_hall_the_location_does_not_name_stays_in_the_name() -> None:
    titles = {r[0] for r in saved_page_stamps("static-tetrabrass-termine")}
    assert "Peter & der Wolf · Klassik @ HGK" in titles
