"""Causes found on held-out German batch 133 of the real-page corpus (churches, sports and outdoor
clubs: a bowling association's championship timetables and fixtures, a Christian youth work's
camps and regional children's days, a mountain-bike group's ride diary), each pinned on a minimal
snippet and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.labelled_start_lines import start_and_end
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import readings_on, saved_page_readings


def _ends(records: list[RawRecord], today: date) -> list[tuple[str | None, str | None]]:
    normalized = (normalize_record(r, today=today) for r in records)
    return [(n.start[:16] if n.start else None, n.end[:16] if n.end else None) for n in normalized]


# 1. A spreadsheet's timetable (Excel „Save as Web Page“) opens with rows of its heading and
#    address and parts its days with blank rows: the group is judged by the rows a reader sees.

_SPACER = "<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>"


def _timetable(spacers: int) -> str:
    gap = _SPACER * spacers
    days = {
        "Samstag, 28.02.2004": [
            ("Herren A Einzel", "10.00 - 14.10 Uhr"),
            ("Herren Einzel", "14.10 - 19.00 Uhr"),
        ],
        "Sonntag, 29.02.2004": [
            ("Damen A Einzel", "10.00 - 14.10 Uhr"),
            ("Damen Einzel", "14.10 - 18.20 Uhr"),
        ],
        "Samstag, 06.03.2004": [
            ("Paarkampf Mixed", "9.00 - 11.30 Uhr"),
            ("Paarkampf Herren", "11.40 - 15.50 Uhr"),
        ],
    }
    rows = [
        "<tr><td colspan=4>Gau Niederrhein</td></tr>",
        gap,
        "<tr><td colspan=4>GAUMEISTERSCHAFT 2004 - Zeitplan</td></tr>",
        gap,
        "<tr><td>Austragungsort:</td><td colspan=2>Kegelsportzentrum</td><td></td></tr>",
        "<tr><td></td><td colspan=2>Graf-Recke-Str. 162</td><td></td></tr>",
        "<tr><td></td><td colspan=2>40237 Düsseldorf</td><td></td></tr>",
        gap,
        "<tr><td></td><td></td><td>Bahn 1-4</td><td>Bahn 5-8</td></tr>",
    ]
    for day, runs in days.items():
        rows += [gap, f"<tr><td colspan=2>{day}</td><td></td><td></td></tr>", gap]
        rows += [
            f"<tr><td>{name}</td><td>20 VL</td><td>{hours}</td><td></td></tr>"
            for name, hours in runs
        ]
    return f"<html><body><table>{''.join(rows)}</table></body></html>"


def test_a_timetable_parted_by_blank_rows_is_read_under_its_day_rows() -> None:
    records = readings_on(_timetable(spacers=2), date(2012, 8, 26))
    assert [(title, start) for title, start, _ in records] == [
        ("Herren A Einzel", "2004-02-28T10:00"),
        ("Herren Einzel", "2004-02-28T14:10"),
        ("Damen A Einzel", "2004-02-29T10:00"),
        ("Damen Einzel", "2004-02-29T14:10"),
        ("Paarkampf Mixed", "2004-03-06T09:00"),
        ("Paarkampf Herren", "2004-03-06T11:40"),
    ]


def test_an_empty_table_of_blank_rows_and_a_title_is_no_listing() -> None:
    html = (
        "<html><body><table>"
        + _SPACER * 30
        + "<tr><td colspan=4>Zeitplan folgt</td></tr></table></body></html>"
    )
    assert readings_on(html, date(2012, 8, 26)) == []


def test_the_bowling_championship_timetable_page() -> None:
    records = saved_page_readings("excel-skg-muelheim-gaumeisterschaft-zeitplan-2004-02")
    assert len(records) == 21
    assert records[0][:2] == ("Herren A Einzel", "2004-02-28T10:00")
    assert records[-1][:2] == ("Herren Einzel", "2004-03-07T13:20")


# 2. A fixture table with the lanes between the two sides („Gastgeber | Bahn | Gast“): the lanes'
#    cell holds no word, so it does not part the two sides' columns.

_FIXTURES = """<html><body><table>
<tr><td>Datum</td><td>Nr.</td><td>Uhrzeit</td><td>Gastgeber</td><td>Bahn</td><td>Gast</td></tr>
{rows}</table></body></html>"""


def test_a_fixture_row_is_named_by_both_sides_past_a_lanes_cell() -> None:
    games = [
        ("07.09.2003", "13:00", "KSC 71 Saarn 2", "5 - 8", "ESV Krefeld Oppum"),
        ("07.09.2003", "10:00", "PSV Hilden 2", "1 - 4", "VKS Krefeld"),
        ("21.09.2003", "10:00", "VKS Krefeld", "1 - 2", "KSC 71 Saarn 2"),
        ("21.09.2003", "10:00", "ESV Krefeld Oppum", "1 - 4", "PSV Hilden 2"),
    ]
    rows = "".join(
        f"<tr><td>{day}</td><td>{n}</td><td>{hour}</td><td>{home}</td><td>{lanes}</td><td>{away}</td></tr>"
        for n, (day, hour, home, lanes, away) in enumerate(games, 1)
    )
    records = readings_on(_FIXTURES.format(rows=rows), date(2012, 8, 26))
    assert [(title, start) for title, start, _ in records] == [
        ("KSC 71 Saarn 2 – ESV Krefeld Oppum", "2003-09-07T13:00"),
        ("PSV Hilden 2 – VKS Krefeld", "2003-09-07T10:00"),
        ("VKS Krefeld – KSC 71 Saarn 2", "2003-09-21T10:00"),
        ("ESV Krefeld Oppum – PSV Hilden 2", "2003-09-21T10:00"),
    ]


def test_a_cell_of_words_between_two_names_keeps_the_row_one_side_s() -> None:
    # „Team | Runde | Gegner“ with the round in words: no pair of sides across it.
    games = [
        ("07.09.2003", "KSC 71 Saarn 2", "Hinrunde", "ESV Krefeld Oppum"),
        ("14.09.2003", "ESV Krefeld Oppum", "Rückrunde", "KSC 71 Saarn 2"),
        ("21.09.2003", "PSV Hilden 2", "Hinrunde", "VKS Krefeld"),
        ("28.09.2003", "VKS Krefeld", "Rückrunde", "PSV Hilden 2"),
    ]
    rows = "".join(
        f"<tr><td>{day}</td><td>{n}</td><td>15:00</td><td>{home}</td><td>{note}</td><td>{away}</td></tr>"
        for n, (day, home, note, away) in enumerate(games, 1)
    )
    titles = [title for title, _, _ in readings_on(_FIXTURES.format(rows=rows), date(2012, 8, 26))]
    assert not any(title and " – " in title for title in titles)


def test_the_bowling_league_fixtures_page() -> None:
    records = saved_page_readings("namo-skg-muelheim-bezirksklasse-spielplan-2003-09")
    assert records[2][:2] == ("KF Oberlohberg 4 – KSF 32 Duisburg", "2003-09-07T13:00")
    assert records[6][:2] == ("VKS Krefeld – KSC 71 Saarn 2", "2003-09-21T10:00")
    assert len(records) == 12


# 3. „Datum | Disziplin | …“: the discipline names a championship's row, and a row whose day cell
#    is blank is the next discipline of the day above.

_CHAMPIONSHIP = """<html><body><p>Stadtmeisterschaft 2004 — Termine</p><table>
<tr><td><b>Datum</b></td><td><b>Disziplin</b></td><td><b>Durchg.</b></td><td><b>Bahnen</b></td>
<td><b>Aufsicht</b></td></tr>
<tr><td>Mittwoch, 07.05.2003</td><td>Herren Einzel</td><td>1</td><td>5 - 8</td><td>Blau-Weiß</td></tr>
<tr><td>&nbsp;</td><td>Damen + Senioren Einzel</td><td>1</td><td>1 - 4</td><td>Rot-Weiß</td></tr>
<tr><td>Montag, 12.05.2003</td><td>Paarkampf Mixed</td><td>1</td><td>1 - 4</td><td>Blau-Weiß</td></tr>
<tr><td>Mittwoch, 21.05.2003</td><td>Paarkampf Damen + Herren</td><td>1</td><td>5 - 8</td><td>KSC Saarn</td></tr>
</table></body></html>"""


def test_a_discipline_column_names_the_rows_and_a_blank_day_is_the_day_above() -> None:
    assert readings_on(_CHAMPIONSHIP, date(2012, 8, 26)) == [
        ("Herren Einzel", "2003-05-07", None),
        ("Damen + Senioren Einzel", "2003-05-07", None),
        ("Paarkampf Mixed", "2003-05-12", None),
        ("Paarkampf Damen + Herren", "2003-05-21", None),
    ]


def test_the_city_championship_dates_page() -> None:
    records = saved_page_readings("excel-skg-muelheim-stadtmeisterschaft-termine-2003-05")
    assert ("Damen + Senioren Einzel", "2003-06-02", None) in records
    assert len(records) == 8


# 4. „Einlass: ab 9.30 Uhr“ / „gemeinsamer Start: 10.00 Uhr“ / „Ende: ca. 16.30 Uhr“: the day
#    begins at its start and ends at its end; the end's clock is no start.


def test_start_and_end_lines() -> None:
    lines = ["Einlass: ab 9.30 Uhr", "gemeinsamer Start: 10.00 Uhr", "Ende: ca. 16.30 Uhr"]
    assert start_and_end(lines) == "10:00 - 16:30"
    assert start_and_end(["Einlass: 09.30 Uhr", "Start im großen Saal: 10.00 Uhr"]) == "10:00"
    assert start_and_end(["Beginn: um 19 Uhr", "Schluss: gegen 22 Uhr"]) == "19:00 - 22:00"
    assert start_and_end(["Einlass: ab 9.30 Uhr", "Ende: ca. 16.30 Uhr"]) is None
    assert start_and_end(["Start der Anmeldung ist der 2. Dezember"]) is None


_INFO = """<html><body><h3>KiBiTa 2024</h3><div class="tab-content">{panes}</div></body></html>"""
_PANE = """<div class="tab-pane"><h2>{region}</h2><table class="info">
<tr><td class="label"><p>Termin:</p></td><td><p><strong>{day}</strong></p></td></tr>
<tr><td class="label"><p>Ort:</p></td><td><p>{place}</p></td></tr>
<tr><td class="label">Zeit:</td><td><p><strong>Einlass:</strong> ab 9.30 Uhr</p>
<p><strong>gemeinsamer Start:</strong> 10.00 Uhr</p><p><strong>Ende:</strong> ca. {end} Uhr</p></td></tr>
<tr><td class="label"><p>Leitung:</p></td><td><p>Christian Schäfer</p></td></tr>
</table></div>"""


def test_a_box_s_start_line_gives_the_start_and_its_end_line_the_end() -> None:
    panes = "".join(
        _PANE.format(region=region, day=day, place=place, end=end)
        for region, day, place, end in (
            ("Zwickau", "23.03.2024", "CG Zwickau-Oberhohndorf", "16.00"),
            ("Vogtland", "15.06.2024", "EFG Falkenstein", "16.30"),
            ("Lausitz", "28.09.2024", "EFG Weißwasser", "16.00"),
        )
    )
    html = _INFO.format(panes=panes)
    saved = datetime.combine(date(2023, 11, 17), time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    assert _ends(extract_page(page).records, date(2023, 11, 17)) == [
        ("2024-03-23T10:00", "2024-03-23T16:00"),
        ("2024-06-15T10:00", "2024-06-15T16:30"),
        ("2024-09-28T10:00", "2024-09-28T16:00"),
    ]


def test_the_children_s_days_page_starts_each_day_at_ten() -> None:
    records = saved_page_readings("joomla-efk-kibita-2024-2023-11")
    assert [start for _, start, _ in records] == [
        "2024-03-16T10:00",
        "2024-03-23T10:00",
        "2024-04-13T10:00",
        "2024-06-15T10:00",
        "2024-08-31T10:00",
        "2024-08-17T10:00",
        "2024-09-07T10:00",
        "2024-09-28T10:00",
        "2024-10-26T10:00",
    ]


# 5. „Reichenbach...“ over a ride's photos: a line trailing off into the entry is its name, not a
#    town line giving the place.

_DIARY = """<html><head><title>BikeMutanten</title></head><body><h1>BikeMutanten</h1><div>
{entries}</div></body></html>"""
_ENTRY = """<div class="j-module n j-text "><p><span><strong>({day})</strong></span></p><p>&nbsp;</p>
<p><span><strong>{name}</strong></span></p></div><div class="j-module n j-imageSubtitle "><figure>
<img src="a.jpg" alt="{caption}"><figcaption>{caption}</figcaption></figure></div>
<div class="j-module n j-hr "><div class="hr"></div></div>"""


def test_a_trailing_off_town_line_names_the_entry() -> None:
    entries = "".join(
        _ENTRY.format(day=day, name=name, caption=caption)
        for day, name, caption in (
            (
                "26.08.2018",
                "Best of Söhretrails...",
                "Alexander, Mario und Andi vor der Köhler Hütte",
            ),
            ("19.08.2018", "Reichenbach...", "Mario, Ann Kathrin und Franky am Hellkopfsee"),
            ("17.08.2018", "Biwak im Wald...", "Franky schläft schon"),
        )
    )
    assert readings_on(_DIARY.format(entries=entries), date(2021, 3, 4)) == [
        ("Best of Söhretrails...", "2018-08-26", None),
        ("Reichenbach...", "2018-08-19", None),
        ("Biwak im Wald...", "2018-08-17", None),
    ]


def test_the_ride_diary_page_names_the_reichenbach_ride() -> None:
    records = saved_page_readings("jimdo-bikemutanten-touren-2018")
    assert ("Reichenbach...", "2018-08-19", None) in records
    assert len(records) == 17


# 6. „KiBiTa 2024“ over a tab per region („Zwickau“, „Vogtland“, …), each pane one day: the
#    heading over the tabs names the event, the tab says which region's it is.


def test_a_day_in_each_region_s_tab_is_named_by_the_heading_over_the_tabs() -> None:
    panes = "".join(
        _PANE.format(region=region, day=day, place=place, end="16.00")
        for region, day, place in (
            ("Zwickau", "23.03.2024", "CG Zwickau-Oberhohndorf"),
            ("Vogtland", "15.06.2024", "EFG Falkenstein"),
            ("Leipzig, Halle", "31.08.2024", "Hoffnungszentrum Schkeuditz"),
        )
    )
    html = _INFO.format(panes=panes)
    assert readings_on(html, date(2023, 11, 17)) == [
        ("KiBiTa 2024 (Zwickau)", "2024-03-23T10:00", "CG Zwickau-Oberhohndorf"),
        ("KiBiTa 2024 (Vogtland)", "2024-06-15T10:00", "EFG Falkenstein"),
        ("KiBiTa 2024 (Leipzig, Halle)", "2024-08-31T10:00", "Hoffnungszentrum Schkeuditz"),
    ]


def test_tabs_without_a_heading_over_them_keep_their_names() -> None:
    panes = "".join(
        _PANE.format(region=region, day=day, place=place, end="16.00")
        for region, day, place in (
            ("Zwickau", "23.03.2024", "CG Zwickau-Oberhohndorf"),
            ("Vogtland", "15.06.2024", "EFG Falkenstein"),
            ("Lausitz", "28.09.2024", "EFG Weißwasser"),
        )
    )
    html = (
        f'<html><body><p>Ein Tag für Kids.</p><div class="tab-content">{panes}</div></body></html>'
    )
    titles = [title for title, _, _ in readings_on(html, date(2023, 11, 17))]
    assert titles == ["Zwickau", "Vogtland", "Lausitz"]


def test_the_children_s_days_page_names_each_day_kibita_with_its_region() -> None:
    records = saved_page_readings("joomla-efk-kibita-2024-2023-11")
    assert records[1] == ("KiBiTa 2024 (Zwickau)", "2024-03-23T10:00", "CG Zwickau-Oberhohndorf")
    assert all(title and title.startswith("KiBiTa 2024 (") for title, _, _ in records)


# 7. „Kirschblüte... Text, Fotos und Video folgen!!!“: the notice that the report is still to
#    come is no part of the diary entry's name.


def test_a_report_to_come_notice_leaves_the_entry_s_name() -> None:
    entries = "".join(
        _ENTRY.format(day=day, name=name, caption=caption)
        for day, name, caption in (
            (
                "06.05.2018",
                "Best of Habichtsswaldtrails. ..Text, Fotos und Video folgen",
                "Im Habichtswald",
            ),
            ("04.05.2018", "Bike Spaß in Kassel...", "In Kassel"),
            ("20.04.2018", "Kirschblüte... Text, Fotos und Video folgen!!!", "Im Werratal"),
        )
    )
    titles = [
        title for title, _, _ in readings_on(_DIARY.format(entries=entries), date(2021, 3, 4))
    ]
    assert titles == ["Best of Habichtsswaldtrails", "Bike Spaß in Kassel...", "Kirschblüte"]
