"""A month grid of day boxes, each a day label over that day's entries (``day_boxes``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.day_boxes import day_box_records
from tests.extract.realpage_inspect import inspect_corpus_page

_URL = "https://school.example.org/calendar"
_CONTEXT = PageContext(
    source_id="t",
    page_url=_URL,
    base_url=_URL,
    default_kind=None,
    fetched_at=datetime(2016, 12, 28, 12, tzinfo=UTC),
)


def _box(label: str, *entries: str) -> str:
    inner = "".join(f'<div class="entry">{entry}</div>' for entry in entries)
    return f'<div class="daybox"><div class="date">{label}</div>{inner}</div>'


def _records(*boxes: str) -> list[tuple[str, str | None, str | None]]:
    html = f"<html><body><h1>December 2016</h1><div>{''.join(boxes)}</div></body></html>"
    records = day_box_records(LexborHTMLParser(html), _CONTEXT)
    return [(r.title, r.date_text, r.location_text) for r in records]


def test_each_entry_of_a_day_box_is_an_offering_of_that_day() -> None:
    concert = '<a href="#">Chorus Concert</a><div>7:00 PM - 9:00 PM</div><div>Theatre</div>'
    band = '<a href="#">Band Concert</a><div>7:00 PM</div><div>Theatre</div>'
    found = _records(
        _box("Mon, Nov 28", '<a href="#">Classes Resume</a>', concert),
        _box("Tue, Nov 29", '<a href="#">Focus Group</a><div>6:30 PM</div><div>Atrium</div>'),
        _box("Wed, Nov 30", '<a href="#">Auditions</a><div>1:45 PM</div>', band),
        _box("Thu, Dec 1"),
    )
    assert found == [
        ("Classes Resume", "Mon, Nov 28", None),
        ("Chorus Concert", "Mon, Nov 28, 7:00 PM - 9:00 PM", "Theatre"),
        ("Focus Group", "Tue, Nov 29, 6:30 PM", "Atrium"),
        ("Auditions", "Wed, Nov 30, 1:45 PM", None),
        ("Band Concert", "Wed, Nov 30, 7:00 PM", "Theatre"),
    ]


def test_boxes_of_one_entry_each_are_left_to_the_listing_detector() -> None:
    boxes = [_box(f"Mon, Nov {day}", f'<a href="#">Event {day}</a>') for day in range(1, 8)]
    assert _records(*boxes) == []


def test_a_box_holding_prose_is_no_day_box() -> None:
    prose = "<p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Five</p>"
    two = ('<a href="#">A</a>', '<a href="#">B</a>')
    assert (
        _records(_box("Mon, Nov 28", *two), _box("Tue, Nov 29", *two), _box("Wed, Nov 30", prose))
        == []
    )


def test_a_booking_badge_is_no_name_and_the_clock_line_ends_on_the_venue() -> None:
    # A design week's cards: a „Sold Out!“ marquee above some names, then the name, a rule and
    # the clock-icon hour and pin-icon venue as spans of one element (one line).
    def card(name: str, hour: str, venue: str, *, sold_out: bool = False) -> str:
        badge = '<div class="sold-out"><marquee>Sold Out!</marquee></div>' if sold_out else ""
        return (
            f'{badge}<div class="details">\n<span>{name}</span>\n<hr>\n'
            f"<span><span></span> {hour}</span>\n<span><span></span>\n<span>{venue}</span></span></div>"
        )

    found = _records(
        _box("Mon, Oct 23", card("Creative Lunch: Huge Inc", "11:30 am", "Huge Inc", sold_out=True),
             card("Sketch Workshops", "6:30 pm", "Optoro")),
        _box("Tue, Oct 24", card("Crafts & Cocktails", "6:00 pm", "Cotton & Reed", sold_out=True)),
        _box("Wed, Oct 25", card("Creative Lunch: IBM", "11:30 am", "WeWork White House"),
             card("Mike Monteiro: How To Fight Fascism", "6:30 pm", "Studio Theatre")),
    )  # fmt: skip
    assert found == [
        ("Creative Lunch: Huge Inc", "Mon, Oct 23, 11:30 am Huge Inc", "Huge Inc"),
        ("Sketch Workshops", "Mon, Oct 23, 6:30 pm Optoro", "Optoro"),
        ("Crafts & Cocktails", "Tue, Oct 24, 6:00 pm Cotton & Reed", "Cotton & Reed"),
        ("Creative Lunch: IBM", "Wed, Oct 25, 11:30 am WeWork White House", "WeWork White House"),
        (
            "Mike Monteiro: How To Fight Fascism",
            "Wed, Oct 25, 6:30 pm Studio Theatre",
            "Studio Theatre",
        ),
    ]


def _card(name: str, width: str) -> str:
    return f'<a class="card {width}" href="#"><div>{name}</div><div>7:00 pm</div></a>'


def _day_of_lists(label: str, *cards: str) -> str:
    lists = "".join(f'<ul class="events">{card}</ul>' for card in cards)
    return f'<div class="day"><h2 class="label">{label}</h2>{lists}</div>'


_DAYS = (
    _day_of_lists("Sat, Oct 21", _card("Hackathon", "third"), _card("Party", "third")),
    _day_of_lists("Sun, Oct 22", _card("Brunch", "third")),
    _day_of_lists("Mon, Oct 23", _card("Lunch", "third"), _card("Workshop", "third")),
)


def test_a_days_cards_beside_its_empty_list_are_that_days_entries() -> None:
    # static-dcdesignweek-2017-events: Tuesday's list closed empty right after its heading, the
    # cards beside it as links whose class lists differ by the card's width.
    stray = (
        '<div class="day"><h2 class="label">Tue, Oct 24</h2><ul class="events"></ul>'
        f"{_card('Coffee', 'third')}{_card('Talk', 'two-thirds')}</div>"
    )
    found = _records(*_DAYS, stray)
    assert [(title, when) for title, when, _ in found][-2:] == [
        ("Coffee", "Tue, Oct 24, 7:00 pm"),
        ("Talk", "Tue, Oct 24, 7:00 pm"),
    ]
    assert len(found) == 7
    # Links that share no class beside a day label need not be that day's cards.
    unlike = stray.replace('class="card third"', 'class="promo"').replace("card two-", "two-")
    assert len(_records(*_DAYS, unlike)) == 5


def _club_card(day: str, *entries: tuple[str, str, str]) -> str:
    """A club's card: the day box beside one box of timed entries, empty rules between them."""
    inner = '<div class="h-line"></div>'.join(
        f'<div class="termin-root"><div class="time">{clock}</div><div class="location">{place}'
        f'</div><h3 class="name">{name}</h3><div class="description">Alle sind eingeladen.</div>'
        "</div>"
        for clock, place, name in entries
    )
    return (
        f'<div class="termin-item-root"><div class="left"><h3 class="day">{day.split()[0]}</h3>'
        f'<div class="month">{day.split()[1]}</div></div><div class="right">{inner}</div></div>'
    )


def _card_records(html: str) -> list[tuple[str, str | None, str | None, str | None]]:
    records = day_box_records(LexborHTMLParser(f"<html><body>{html}</body></html>"), _CONTEXT)
    return [(r.title, r.date_text, r.location_text, r.extra.get("page_year")) for r in records]


_FESTIVAL = (
    _club_card(
        "16 Sep.",
        ("18:00", "Dorfplatz", "Ausholen des Königspaares"),
        ("20:00", "Saal", "Disco im Saal"),
    ),
    _club_card(
        "17 Sep.",
        ("09:30", "Dorfplatz", "Zug durch die Gemeinde"),
        ("11:00", "Kirmesplatz", "Vogelschießen"),
    ),
    _club_card(
        "18 Sep.", ("11:00", "Kirmesplatz", "Frühschoppen"), ("19:30", "Saal", "Krönungsball")
    ),
)


def test_the_box_beside_the_day_holds_its_timed_entries_each_named_by_its_heading() -> None:
    # Three festival days of two programme points each: as many entries on every day, but each
    # states its own clock, so they are the day's offerings, not the parts of one card.
    found = _card_records("".join(_FESTIVAL))
    assert found == [
        ("Ausholen des Königspaares", "16 Sep., 18:00", "Dorfplatz", None),
        ("Disco im Saal", "16 Sep., 20:00", "Saal", None),
        ("Zug durch die Gemeinde", "17 Sep., 09:30", "Dorfplatz", None),
        ("Vogelschießen", "17 Sep., 11:00", "Kirmesplatz", None),
        ("Frühschoppen", "18 Sep., 11:00", "Kirmesplatz", None),
        ("Krönungsball", "18 Sep., 19:30", "Saal", None),
    ]


def test_the_year_heading_above_the_cards_dates_them() -> None:
    meeting = _club_card("9 Jan.", ("18:30", "Landgasthaus", "Jahreshauptversammlung"))
    html = f"<h2>Termine 2016</h2>{''.join(_FESTIVAL)}<h2>Termine 2017</h2>{meeting}"
    years = {title: year for title, _, _, year in _card_records(html)}
    assert years["Krönungsball"] == "2016"
    assert years["Jahreshauptversammlung"] == "2017"


def test_untimed_entries_of_equal_count_stay_parts_of_one_card() -> None:
    def card(day: str) -> str:
        parts = (
            '<div class="p">Konzert</div><div class="p">Kirche</div><div class="p">Eintritt</div>'
        )
        return f'<div class="c"><div class="d">{day}</div><div class="w">{parts}</div></div>'

    assert _card_records("".join(card(f"{d} Sep.") for d in (3, 10, 17))) == []


def test_the_riflemens_festival_days(capsys: pytest.CaptureFixture[str]) -> None:
    """Batch 84: each festival day's card holds four timed entries in one box beside the day
    („18“ / „Sep.“); the card was one record, the other three entries lost (day_box_wrappers)."""
    records = inspect_corpus_page(capsys, "astro-jsv-barlo-home-2026-08")
    assert [(r["title"], r["start"]) for r in records[:4]] == [
        ("Ausholen des Königspaares", "2026-09-18T18:00:00+02:00"),
        ("Alter Thron und Disco im Saal", "2026-09-18T20:00:00+02:00"),
        ("Empfang der Schützenvereine Bocholt", "2026-09-18T20:30:00+02:00"),
        ("Einmarsch der Jungschützenabteilungen", "2026-09-18T21:30:00+02:00"),
    ]
    assert len(records) == 12
    dates = inspect_corpus_page(capsys, "astro-jsv-barlo-termine-2026-08")
    starts = {r["title"]: r["start"] for r in dates}
    assert starts["Jahreshauptversammlung 2028"] == "2028-01-08T18:30:00+01:00"
    assert starts["Krönungsball"] == "2026-09-20T19:30:00+02:00"
    assert len(dates) == 30
