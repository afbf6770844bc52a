"""Leftovers of earlier held-out batches (session 45): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.lead_places import venue_taking_place
from netdir.extract.no_event_titles import is_open_slot
from netdir.normalize.when_run_lists import run_list
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


# Cause: a component library's card (shadcn/ui's CardTitle in a Next.js export) draws its name
# as a bold, large box without a heading tag; the card's only heading labels a part of it
# („<h4>Agenda / Description</h4>“ over the agenda list). Titled by the label, no card was an
# item, and the detector read the cards' inner date boxes, titled by the chamber's name.

OCTOBER_2025 = date(2025, 10, 11)

_CARD = (
    '<div class="rounded-lg border bg-card"><div class="flex flex-col p-4">'
    '<div class="inline-flex rounded-full text-xs font-semibold">Senate</div>'
    '<div class="tracking-tight text-xl font-bold text-foreground">{name}</div></div>'
    '<div class="p-4 grid gap-4"><div class="grid grid-cols-1 text-sm"><div class="flex gap-3">'
    '<div><p class="font-semibold">Senate</p><p class="text-muted-foreground">{day}</p>'
    '<p class="text-muted-foreground">Venue: {room}</p></div></div></div>'
    '<div><h4 class="font-semibold mb-2">Agenda / Description</h4>'
    '<ul class="list-disc"><li>{agenda}</li></ul></div></div></div>'
)


def _cards() -> str:
    cards = [
        ("Finance (Subcommittee A)", "Monday, October 13, 2025 • 10:00 am", "Recto Room", "Budget"),
        ("Energy", "Tuesday, October 14, 2025 • 9:00 am", "Laurel Room", "Power supply"),
        ("Land Use", "Wednesday, October 15, 2025 • 1:00 pm", "Pecson Room", "Zoning bills"),
    ]
    body = "".join(_CARD.format(name=n, day=d, room=r, agenda=a) for n, d, r, a in cards)
    return (
        f'<html><body><h1>Committee Meetings</h1><div class="space-y-6">{body}</div></body></html>'
    )


def test_a_card_is_named_by_its_box_drawn_as_a_heading_above_a_label_heading() -> None:
    records = stamps_on(_cards(), OCTOBER_2025)
    assert [(r[0], r[1]) for r in records] == [
        ("Finance (Subcommittee A)", "2025-10-13T10:00:00+02:00"),
        ("Energy", "2025-10-14T09:00:00+02:00"),
        ("Land Use", "2025-10-15T13:00:00+02:00"),
    ]
    assert records[0][3] == "Recto Room"


def test_a_label_heading_with_no_drawn_box_above_it_still_titles_nothing_new() -> None:
    # Without the bold large box the cards keep what they were read as before (no drawn name).
    html = _cards().replace("tracking-tight text-xl font-bold", "tracking-tight")
    titles = [r[0] for r in stamps_on(html, OCTOBER_2025)]
    assert "Finance (Subcommittee A)" not in titles


def test_the_congress_committee_cards_are_named_by_their_committees() -> None:
    records = saved_page_stamps("nextjs-ph-congress-committee-meetings-2025-10")
    titles = [r[0] for r in records]
    assert len(records) == 15
    assert titles[:3] == [
        "Joint Session of Congress",
        "Finance (Subcommittee I) (Presiding: Sen. Marcos)",
        "Finance (Subcommittee A) (Presiding: Sen. Gatchalian)",
    ]
    assert "ENERGY" in titles and "Senate" not in titles
    energy = records[titles.index("ENERGY")]
    assert energy[1] == "2025-10-09T08:00:00+02:00" and energy[3] == "Conf. Rms. 3&4, RVM Bldg."


# Cause: a post's week plan (a table of days) says where all of it is in a section of its own
# below the table — „<h2>Ort</h2><p>Die Coworking Woche findet an der Aarbühlstrasse 17 in Wabern
# statt.</p>“. „Ort“ was no heading of a venue's section, and „an der“ before a street with its
# number was no way of saying where something takes place.

FEBRUARY_2015 = date(2015, 2, 17)

_WEEK = (
    "<html><body><h1>Coworking Woche</h1><h2>Wochenplan</h2><table>"
    "<tr><th>Datum</th><th>Programm</th></tr>"
    "<tr><td>Montag, 23. Februar</td><td>Coworken, 8.00 bis 17.00 Uhr</td></tr>"
    "<tr><td>Dienstag, 24. Februar</td><td>Literaturclub, 20.00 Uhr</td></tr>"
    "<tr><td>Mittwoch, 25. Februar</td><td>Werkstattabend, 19.00 Uhr</td></tr>"
    "</table><h2>{heading}</h2><p>Die Woche findet {where} statt.</p>"
    "<h2>Zusatzinfos</h2><p>Bitte Laptop mitbringen.</p></body></html>"
)


def test_a_place_section_below_a_week_plan_is_where_all_its_days_are() -> None:
    html = _WEEK.format(heading="Ort", where="an der Aarbühlstrasse 17 in Wabern")
    places = {r[3] for r in stamps_on(html, FEBRUARY_2015)}
    assert places == {"Aarbühlstrasse 17 in Wabern"}


def test_a_section_headed_otherwise_or_naming_no_street_gives_no_place() -> None:
    html = _WEEK.format(heading="Hinweise", where="an der Aarbühlstrasse 17 in Wabern")
    assert {r[3] for r in stamps_on(html, FEBRUARY_2015)} == {None}
    html = _WEEK.format(heading="Ort", where="am Abend")
    assert {r[3] for r in stamps_on(html, FEBRUARY_2015)} == {None}


def test_an_der_before_a_street_and_its_number_says_where() -> None:
    assert venue_taking_place("Der Kurs findet an der Erlacherstr. 3 in Bern statt.") == (
        "Erlacherstr. 3 in Bern"
    )
    assert venue_taking_place("Das Treffen findet am Montag statt.") is None
    assert venue_taking_place("Die Feier findet an der Grenze statt.") is None


def test_the_coworking_week_is_at_the_street_its_place_section_names() -> None:
    records = saved_page_stamps("hugo-effinger-coworking-woche-2015-02")
    assert len(records) == 8
    assert {r[3] for r in records} == {"Aarbühlstrasse 17 in Wabern"}


# Cause: an Advent calendar's boxes show only the day's number („<div class="flip-front">3</div>“,
# the host and address on the back) under an introduction „Vom 1. bis 24. Dezember wird jeden
# Abend um 18:00 Uhr ein neues Fenster … eröffnet“. No box was dated; each names only its host
# (the heading „Adventsfenster 2025“ says what takes place), the clock of every evening stood in
# the long introduction, and the days nobody has taken yet say „Verfügbar“.

NOVEMBER_2025 = date(2025, 11, 21)


def _calendar(intro: str, heading: str = "Adventsfenster 2025") -> str:
    hosts = {
        1: ("Familie Bütler", "Brunnmattstrasse 20<br>Mit Umtrunk"),
        2: ("Verfügbar", "<br>"),
        3: ("Jubla", "Breitistrasse 18<br>Kein Umtrunk"),
        4: ("Kirche", "Kaplaneiweg 2<br>Mit Umtrunk"),
    }
    boxes = "".join(
        f'<div class="flip-card"><div class="flip-inner"><div class="flip-front">{day}</div>'
        f'<div class="flip-back"><strong>{host}</strong><br>{lines}<br></div></div></div>'
        for day, (host, lines) in hosts.items()
    )
    padding = " Familien, Vereine und die Kirche gestalten ihre Fenster liebevoll." * 6
    return (
        f'<html><body><section class="intro"><h1>{heading}</h1><p>{intro}{padding}</p>'
        f'</section><section><div class="calendar-grid">{boxes}</div></section></body></html>'
    )


def test_numbered_boxes_under_a_run_of_days_are_those_days() -> None:
    intro = "Vom 1. bis 24. Dezember wird jeden Abend um 18:00 Uhr ein neues Fenster eröffnet."
    records = stamps_on(_calendar(intro), NOVEMBER_2025)
    assert [(r[0], r[1]) for r in records] == [
        ("Adventsfenster Familie Bütler", "2025-12-01T18:00:00+01:00"),
        ("Adventsfenster Jubla", "2025-12-03T18:00:00+01:00"),
        ("Adventsfenster Kirche", "2025-12-04T18:00:00+01:00"),
    ]


def test_numbered_boxes_without_a_run_holding_them_stay_undated() -> None:
    intro = "Vom 1. bis 2. Dezember wird jeden Abend um 18:00 Uhr ein neues Fenster eröffnet."
    assert stamps_on(_calendar(intro), NOVEMBER_2025) == []
    assert stamps_on(_calendar("Jeden Abend um 18:00 Uhr ein neues Fenster."), NOVEMBER_2025) == []


def test_a_day_still_free_for_a_host_is_no_event() -> None:
    assert is_open_slot("Verfügbar") and is_open_slot("noch frei") and is_open_slot("Termin frei")
    assert not is_open_slot("Freies Singen") and not is_open_slot("Available")


def test_the_advent_windows_are_the_hosted_days_of_december() -> None:
    records = saved_page_stamps("astro-frauenverein-sarmenstorf-adventsfenster-2025-11")
    assert len(records) == 11
    assert records[0][:2] == ("Adventsfenster Familie Bütler", "2025-12-01T18:00:00+01:00")
    assert records[-1][:2] == ("Adventsfenster Kirche", "2025-12-24T18:00:00+01:00")
    assert all("Verfügbar" not in (r[0] or "") for r in records)


# Cause: an archive's table of colloquia since 1976 — „1976 | Internationales Hamann-Colloquium
# im Lüneburg (7.–10. Juni 1976)“ — states each row's days in closing parentheses. Days in
# parentheses were read only from 1990 on (a bracketed day before is more often a life's), and a
# run into the next month („(29. Mai – 1. Juni 1980)“) was read as its first day alone, without
# its year. A row whose year column states the same year is that year's entry; the run is read to
# its last day.

APRIL_2026 = date(2026, 4, 1)


def _archive(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td><b>{year}</b></td><td>{what}</td></tr>" for year, what in rows)
    return f"<html><body><h1>Kolloquien</h1><table>{body}</table></body></html>"


_COLLOQUIA = [
    ("1976", "Internationales Colloquium in Lüneburg (7.–10. Juni 1976)"),
    ("1980", "Zweites Internationales Colloquium in Marburg (29. Mai – 1. Juni 1980)"),
    ("1992", "Sechstes Internationales Colloquium in Marburg (4.–8. Oktober 1992)"),
    ("2002", "Achtes Internationales Colloquium in Halle (3.–7. März 2002)"),
]


def test_an_archive_row_long_past_is_dated_by_its_days_in_parentheses() -> None:
    records = stamps_on(_archive(_COLLOQUIA), APRIL_2026)
    assert [(r[1], r[2]) for r in records] == [
        ("1976-06-07", "1976-06-10"),
        ("1980-05-29", "1980-06-01"),
        ("1992-10-04", "1992-10-08"),
        ("2002-03-03", "2002-03-07"),
    ]


def test_old_days_in_parentheses_without_their_year_column_stay_unread() -> None:
    rows = [("", what) for _year, what in _COLLOQUIA]
    starts = [r[1] for r in stamps_on(_archive(rows), APRIL_2026)]
    assert "1976-06-07" not in starts


def test_the_hamann_colloquia_since_1976_are_dated() -> None:
    starts = {r[1] for r in saved_page_stamps("vite-hamann-kolloquium-kolloquien-2026-04")}
    assert {"1976-06-07", "1980-05-29", "1982-05-31", "1985-05-16", "1988-10-02"} <= starts


# Cause: a summer camp lists its weeks as runs that each name their month — „April 13–17, June
# 22–26, July 6–10, July 20–24“, „13.–17. April, 22.–26. Juni“. The block's date was read as the
# first run alone (or the first day), so the later weeks were lost.

FEBRUARY_2026 = date(2026, 2, 20)


def test_a_list_of_runs_is_one_occurrence_per_run() -> None:
    assert run_list("April 13–17, June 22–26, July 6–10, July 20–24") == [
        "April 13–17",
        "June 22–26",
        "July 6–10",
        "July 20–24",
    ]
    assert run_list("13.–17. April und 22.–26. Juni 2026") == [
        "13.–17. April 2026",
        "22.–26. Juni 2026",
    ]
    assert run_list("April 13–17") is None  # one run: one period
    assert run_list("July 30 – August 2") is None  # a run into the next month
    assert run_list("April 13–17, June 22–26: Anmeldung bis 1. März") is None  # more than runs


def test_a_camp_card_listing_its_weeks_is_one_record_per_week() -> None:
    card = (
        '<div class="item"><a href="/camps/{slug}">{name}</a><div>Families</div>'
        "<div>{days}</div></div>"
    )
    cards = [
        ("film", "NW Film Camp", "April 13–17, June 22–26, July 6–10, July 20–24"),
        ("lego", "Lego Stop Motion", "July 20–24, August 3–7"),
        ("drag", "The Art of Drag Camp", "July 27–31, 2026"),
    ]
    body = "".join(card.format(slug=s, name=n, days=d) for s, n, d in cards)
    records = stamps_on(f'<html><body><div class="grid">{body}</div></body></html>', FEBRUARY_2026)
    assert [(r[0], r[1], r[2]) for r in records] == [
        ("NW Film Camp", "2026-04-13", "2026-04-17"),
        ("NW Film Camp", "2026-06-22", "2026-06-26"),
        ("NW Film Camp", "2026-07-06", "2026-07-10"),
        ("NW Film Camp", "2026-07-20", "2026-07-24"),
        ("Lego Stop Motion", "2026-07-20", "2026-07-24"),
        ("Lego Stop Motion", "2026-08-03", "2026-08-07"),
        ("The Art of Drag Camp", "2026-07-27", "2026-07-31"),
    ]


def test_the_museum_camps_are_read_week_by_week() -> None:
    camps = [
        (r[1], r[2])
        for r in saved_page_stamps("webflow-mopop-events")
        if r[0] == "Northwest Films Presents: NW Film Camp"
    ]
    assert camps == [
        ("2026-04-13", "2026-04-17"),
        ("2026-06-22", "2026-06-26"),
        ("2026-07-06", "2026-07-10"),
        ("2026-07-20", "2026-07-24"),
    ]


def test_rows_named_only_by_status_badges_keep_the_heading_that_names_them() -> None:
    # The faces rule above must not hand a committee's rows to their badges: rows of a day and a
    # status („Upcoming“, „Minutes Available“) under „Recreation Committee“ are its meetings.
    row = (
        '<div class="meeting-row"><div class="mdate">{day}</div>'
        '<div class="minfo"><span class="badge">{badge}</span></div><div class="mlinks"></div>'
        "</div>"
    )
    days = ["November 23, 2026", "October 5, 2026", "March 2, 2026", "February 2, 2026"]
    badges = ["Upcoming", "Upcoming", "Minutes Available", "Minutes Available"]
    rows = "".join(row.format(day=d, badge=b) for d, b in zip(days, badges, strict=True))
    html = (
        "<html><body><h1>Recreation Committee</h1>"
        f'<div class="year-group"><div class="year-label">2026</div>{rows}</div></body></html>'
    )
    assert {r[0] for r in stamps_on(html, date(2026, 4, 10))} == {"Recreation Committee"}
