"""extract/date_lines: one event's days as the bare date lines of one element."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.date_lines import extract_date_lines
from netdir.extract.lead_times import shared_start
from tests.extract.conftest import FETCHED_AT

URL = "https://example.org/termine"


def _read(html: str) -> list[tuple[str | None, str | None]]:
    context = PageContext("test-source", URL, URL, None, FETCHED_AT)
    return [(r.title, r.date_text) for r in extract_date_lines(LexborHTMLParser(html), context)]


def test_each_date_line_is_a_day_of_the_event_named_above() -> None:
    html = (
        "<div>Unser Sommertheater <b>„Der Riese“</b> wird an folgenden Tagen aufgeführt:"
        "<div class='box'><div class='top'>Termine</div><div class='con'>"
        "<img src='p.png'> <strong>Freitag, 4. September 2009</strong><br>"
        "<img src='p.png'> <strong>Samstag, 5. September 2009</strong><br></div></div>"
        "<p>Am 5. September um 15 Uhr spielen wir für Kinder. Die Aufführung beginnt 20.00 Uhr.</p>"
        "</div>"
    )
    assert _read(html) == [
        ("Der Riese", "Freitag, 4. September 2009, 20.00 Uhr"),
        ("Der Riese", "Samstag, 5. September 2009, 15 Uhr"),
    ]


def test_lines_with_their_own_clock_keep_it() -> None:
    html = (
        "<p>Im Advent zeigen wir unser <strong>Krippenspiel</strong>.</p>"
        "<div><b>Samstag, 27. November, 18 Uhr</b><br><b>Sonntag, 28. November, 17 Uhr</b><br></div>"
    )
    assert _read(html) == [
        ("Krippenspiel", "Samstag, 27. November, 18 Uhr"),
        ("Krippenspiel", "Sonntag, 28. November, 17 Uhr"),
    ]


def test_no_record_without_a_name_or_when_a_line_says_more_than_its_day() -> None:
    lines = "<div>Freitag, 4. September 2009<br>Samstag, 5. September 2009<br></div>"
    assert _read(f"<h2>Termine</h2>{lines}") == []  # nothing names the event
    assert (
        _read(
            "<p><b>Sommerfest</b></p><div>4. September 2009 Sommerfest im Hof<br>"
            "5. September 2009 Flohmarkt<br></div>"
        )
        == []
    )  # lines that name something beside the day are a list of their own
    assert (
        _read(
            "<p><b>Sommerfest</b></p><div><a href='/a'>4. September 2009</a><br>"
            "<a href='/b'>5. September 2009</a><br></div>"
        )
        == []
    )  # linked days are a menu
    assert _read("<p><b>Sommerfest</b></p><div>4. September 2009<br></div>") == []  # one line


def test_a_start_stated_for_all_days() -> None:
    assert shared_start("Alle anderen Aufführungen beginnen wie gewohnt um 20.00 Uhr.") == (
        "20.00 Uhr"
    )
    assert shared_start("Beginn jeweils 19 Uhr") == "19 Uhr"
    assert shared_start("Wir treffen uns im Garten.") is None
