"""A table of two rows per entry: a one-cell name row set apart above the dated details row."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.rows_above_names import SOURCE, names_from_rows_above


def _dated_rows(html: str) -> tuple[list[list[LexborNode]], list[BlockReading]]:
    """The rows holding „Dates:“ as the listing's chosen items, titled by their bold line."""
    rows = LexborHTMLParser(f"<table>{html}</table>").css("tr")
    segments, readings = [], []
    for row in rows:
        text = " ".join(row.text().split())
        if "Dates:" not in text:
            continue
        bold = row.css_first("b")
        segments.append([row])
        readings.append(
            BlockReading(title=bold.text() if bold else text, date_text=text.split("Dates:")[1])
        )
    return segments, readings


def _meeting(name: str, full: str, days: str) -> str:
    return (
        f'<tr><td><span class="contentListTitle">{name}</span></td></tr>'
        f"<tr><td><p><b>{full}</b></p><p>Chair: A. B.<br>Dates: {days}</p></td></tr>"
    )


_MEETINGS = (
    _meeting("POSMOL 2017", "XIX International Workshop on Low Energy Positron", "22-24 July 2017")
    + _meeting(
        "ISIAC 2017", "The 25th International Symposium on Ion Atom Collisions", "23-25 July 2017"
    )
    + _meeting("(e,2e) 2017", "International Symposium on (e,2e)", "August 1-4, 2017")
)


def test_the_name_row_above_names_each_meeting() -> None:
    segments, readings = _dated_rows(_MEETINGS)
    names_from_rows_above(segments, readings)
    assert [r.title for r in readings] == ["POSMOL 2017", "ISIAC 2017", "(e,2e) 2017"]
    assert readings[0].sources["title"] == SOURCE


def test_a_group_heading_above_the_first_row_only_names_nothing() -> None:
    html = "<tr><th>Board Meetings</th></tr>" + "".join(
        f"<tr><td><b>Regular Meeting</b> Dates: May {day}, 2026</td></tr>" for day in (5, 12, 19)
    )
    segments, readings = _dated_rows(html)
    names_from_rows_above(segments, readings)
    assert [r.title for r in readings] == ["Regular Meeting"] * 3


def test_a_plain_note_or_a_day_above_each_row_names_nothing() -> None:
    notes = "".join(
        f"<tr><td>Tuesday, May {day}</td></tr><tr><td><b>Council</b> Dates: May {day}, 2026</td></tr>"
        f"<tr><td>Bring your own mug.</td></tr>"
        for day in (5, 12, 19)
    )
    segments, readings = _dated_rows(notes)
    names_from_rows_above(segments, readings)
    assert [r.title for r in readings] == ["Council"] * 3
    plain = "".join(
        f"<tr><td>see the minutes</td></tr><tr><td><b>Council</b> Dates: May {day}, 2026</td></tr>"
        for day in (5, 12, 19)
    )
    segments, readings = _dated_rows(plain)
    names_from_rows_above(segments, readings)
    assert [r.title for r in readings] == ["Council"] * 3
