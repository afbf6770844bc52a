"""A month grid of day boxes, each a day label over that day's entries (``day_boxes``)."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.day_boxes import day_box_records

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
