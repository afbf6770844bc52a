"""Causes found on held-out German batch 126 of the real-page corpus (professional networks and
user groups: an SAP user group's meeting page, a web meetup's talks by year, a business
network's events grid), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts and places."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.address_rows import name_bracketed_place_rows
from netdir.extract.lead_sentence import names_the_next_meeting, page_name
from netdir.extract.name_then_day import names_then_its_day
from netdir.extract.next_meeting_titles import name_the_next_meetings
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date, url: str = "https://example.org/") -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, url), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = ((normalize_record(r, today=today), r.location_text) for r in records)
    return [(n.title, _minute(n.start), _minute(n.end), place) for n, place in read]


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


def _starts(records: list[_Record]) -> list[str | None]:
    return [start for _, start, _, _ in records]


# 1. The Webmontag Bonn keeps its talks on one page per year; the talk cards say „18“ / „Nov“,
#    the year stands only in the years navigation, whose entry „2024“ is marked active. Read
#    alone, every day went to 2025, the year before the day the page was saved.


def _talks(marked: str) -> str:
    years = "".join(
        f'<li{marked if y == "2024" else ""}><a href="/{y}/">{y}</a></li>'
        for y in ("2025", "2024", "2023", "2020")
    )
    cards = "".join(
        f"""<div class="talk-item"><div class="talk-item__date">
<span class="talk-item__date__day">{day}</span><span class="talk-item__date__month">{month}</span>
</div><div class="talk-item__description"><h3>{title}</h3><p>{text}</p><p>{speaker}</p></div>
</div>"""
        for day, month, title, text, speaker in (
            ("18", "Nov", "Web Audio &amp; openDAW", "Eine Web-DAW im Browser.", "André"),
            ("13", "Mai", "DOM Event Cancellation", "Pitfalls und Lösungen.", "Martin"),
            ("15", "Jan", "Green Software Basics", "Wie Software Strom spart.", "Andreas"),
        )
    )
    return f"""<html><head><title>Webmontag Bonn | Talks</title></head><body>
<section id="headline"><h1>Talks</h1><nav class="talks-years"><ul id="v_nav">{years}</ul></nav>
</section><div id="content"><div class="teaser_inner">{cards}</div></div></body></html>"""


def test_the_year_the_navigation_marks_dates_the_yearless_cards() -> None:
    records = _page(_talks(' class="active"'), date(2026, 3, 13))
    assert _starts(records) == ["2024-11-18", "2024-05-13", "2024-01-15"]
    assert records[0][0] == "Web Audio & openDAW"


def test_aria_current_marks_the_year_too_and_an_unmarked_list_says_nothing() -> None:
    marked = _page(_talks(' aria-current="page"'), date(2026, 3, 13))
    assert _starts(marked) == ["2024-11-18", "2024-05-13", "2024-01-15"]
    unmarked = _page(_talks(""), date(2026, 3, 13))
    assert "2024-11-18" not in _starts(unmarked)


def test_the_talks_pages_date_their_talks_in_the_pages_years() -> None:
    talks_2018 = _records("eleventy-webmontagbonn-talks-2018")
    assert ("Domain-Driven Design – gemeinsam mehr erreichen", "2018-11-19") in [
        (title, start) for title, start, _, _ in talks_2018
    ]
    assert all(start is not None and start.startswith("2018") for start in _starts(talks_2018))
    talks_2024 = _records("eleventy-webmontagbonn-talks-2024")
    assert len(talks_2024) == 9
    assert all(start is not None and start.startswith("2024") for start in _starts(talks_2024))


# 2. A network's events grid titles each card „<name> ­ 17.05.2025“ (a soft hyphen), „<name> -
#    05.11.2024“ or „<name> 06.12.23“: the day closes the heading after a break other than a
#    comma. Unlinked and longer than a few words, such cards were not read as dated rows.


def test_a_heading_that_closes_with_its_day_after_a_dash_or_a_space_is_a_dated_row() -> None:
    def heading(text: str) -> bool:
        node = LexborHTMLParser(f"<h4>{text}</h4>").css_first("h4")
        assert node is not None
        return names_then_its_day(text, node)

    assert heading("Mit Green Teams Nachhaltigkeit in Unternehmen fördern - 05.11.2024")
    assert heading("Stellar Approach mit Simon Berkler \u00ad 28.01.2025")
    assert heading('Spiele-Garten "Zukunft im Unternehmen gestalten" zur HSW 02.07.2026')
    assert heading('Auftakt Roadshow "Innovation Sparks" – 02. & 07.10.2025')
    assert not heading("Wir feiern am Freitag 23. Juni")
    assert not heading("Rückblick auf den Herbst am 12.10.2024")


def _grid(titles: list[str]) -> str:
    cards = "".join(
        f"""<div class="col-md-4 portfolio-item"><a class="portfolio-link" href="#event-{i}">
<img src="a.webp" alt=""></a><div class="portfolio-caption"><h4>
<a data-toggle="modal" href="#event-{i}">{title}</a></h4><p class="text-muted"></p></div></div>"""
        for i, title in enumerate(titles)
    )
    return f"""<html><head><title>Netzwerk Hamburg</title></head><body>
<section id="portfolio"><h2>Events</h2><h3>Zukünftige und vergangene Veranstaltungen</h3>
<div class="row">{cards}</div></section></body></html>"""


def test_the_cards_of_an_events_grid_are_read_with_their_days() -> None:
    records = _page(
        _grid(
            [
                "Meetup: Vorbereitung Aktivierungs-Workshops \u00ad 09.07.2025",
                "Sessions zur Hamburger Sustainability Week \u00ad 04.06.2025",
                "Mit Green Teams Nachhaltigkeit in Unternehmen fördern - 05.11.2024",
                "E4F Vernetzungstreffen 06.12.23",
            ]
        ),
        date(2026, 5, 22),
    )
    assert [(title, start) for title, start, _, _ in records] == [
        ("Meetup: Vorbereitung Aktivierungs-Workshops", "2025-07-09"),
        ("Sessions zur Hamburger Sustainability Week", "2025-06-04"),
        ("Mit Green Teams Nachhaltigkeit in Unternehmen fördern", "2024-11-05"),
        ("E4F Vernetzungstreffen", "2023-12-06"),
    ]


def test_the_business_networks_events_page_reads_its_twelve_cards() -> None:
    records = _records("jekyll-e4fhamburg-events-2026-05")
    # twelve cards, the Roadshow's „02. & 07.10.2025“ two days (session 48: both read)
    assert len(records) == 13
    assert ("Stellar Approach mit Simon Berkler", "2025-01-28") in [
        (title, start) for title, start, _, _ in records
    ]
    assert ("E4F Zukunftsentscheid Support #1", "2024-02-06") in [
        (title, start) for title, start, _, _ in records
    ]


# 3. The SAP Stammtisch Dortmund's archive: „Mittwoch, 23.03.2022 ab 19 Uhr (Hövels Brauerei)“ —
#    the bracket is where, the row is a meeting of the page's group; the next meeting's box
#    „Aktuelles - Nächstes vor Ort Treffen“ names none either. The site's title repeats its name
#    in its description („SAP Stammtisch Dortmund | Infos rund um SAP Stammtisch Dortmund“).


def test_the_page_name_is_the_part_the_description_repeats() -> None:
    assert (
        page_name("SAP Stammtisch Dortmund | Infos rund um SAP Stammtisch Dortmund")
        == "SAP Stammtisch Dortmund"
    )
    assert page_name("Termine | Pfadfinder Langenwang") == "Pfadfinder Langenwang"


def test_a_next_meeting_heading_under_a_news_word_names_no_meeting() -> None:
    assert names_the_next_meeting("Aktuelles - Nächstes vor Ort Treffen")
    assert names_the_next_meeting("Aktuelles - Nächstes virtuelles Treffen")
    assert names_the_next_meeting("Nächstes Treffen")
    assert not names_the_next_meeting("Nächstes Treffen der Vorstände in Berlin")


_GROUP_PAGE = """<html><head><title>Stammtisch Musterstadt | Infos rund um Stammtisch
Musterstadt</title></head><body><section>
<h1>Stammtisch Musterstadt</h1>
<h2>Willkommen</h2>
<p>Der Stammtisch ist ein regelmäßiges Treffen. Seit März 2022 treffen wir uns auch wieder vor
Ort.</p>
<h2>Aktuelles - Nächstes vor Ort Treffen</h2>
<blockquote><p>Termin: Donnerstag, 07.11.2024 18:30h<br />Ort: Zum Alten Markt<br />Markt 3<br />
44137 Dortmund</p></blockquote>
<h2>Anmeldung</h2>
<p>Anmeldung über die Mailingliste oder per Mail.</p>
<h2>Inside Track Ruhrgebiet</h2>
<p>Eine lokale Veranstaltung der Community.</p>
<blockquote><p>Event gecancelt: Samstag, 06.06.2020</p></blockquote>
<h2>Archiv</h2>
<h3>Bisherige Treffen</h3>
<h4>2024</h4>
<ul>
<li>Donnerstag, 05.09.2024 18:30h (Zum Alten Markt)</li>
<li>Donnerstag, 11.07.2024 18:30h (Hövels Brauerei)</li>
<li>Dienstag, 28.05.2024 18 Uhr (Hövels Brauerei)</li>
<li>Dienstag, 21.02.2024 ab 20 Uhr (virtuell, zusammen mit dem Stammtisch Bern)</li>
</ul>
</section></body></html>"""


def test_rows_naming_only_a_bracketed_venue_are_the_groups_meetings() -> None:
    records = _page(_GROUP_PAGE, date(2024, 10, 11))
    by_start = {start: (title, place) for title, start, _, place in records}
    assert by_start["2024-09-05T18:30"] == ("Stammtisch Musterstadt", "Zum Alten Markt")
    assert by_start["2024-07-11T18:30"] == ("Stammtisch Musterstadt", "Hövels Brauerei")
    # held online: no place
    assert by_start["2024-02-21T20:00"] == ("Stammtisch Musterstadt", None)


def test_a_record_titled_by_the_next_meeting_heading_takes_the_pages_name() -> None:
    box = RawRecord(
        source_id="x",
        page_url="https://example.org/",
        extractor="listing",
        title="Aktuelles - Nächstes vor Ort Treffen",
    )
    box.date_text = "Donnerstag, 07.11.2024 18:30h"
    undated = RawRecord(
        source_id="x",
        page_url="https://example.org/",
        extractor="listing",
        title="Nächstes Treffen",
    )
    alone = dataclasses.replace(box)
    name_the_next_meetings([alone], "Stammtisch Musterstadt")
    assert alone.title == "Aktuelles - Nächstes vor Ort Treffen"  # no series of the page's name
    archived = RawRecord(
        source_id="x",
        page_url="https://example.org/",
        extractor="listing",
        title="Stammtisch Musterstadt",  # „Mittwoch, 23.03.2022 ab 19 Uhr (Hövels Brauerei)“
    )
    name_the_next_meetings([box, undated, archived], "Stammtisch Musterstadt")
    assert box.title == "Stammtisch Musterstadt"
    assert undated.title == "Nächstes Treffen"


def test_a_bracketed_no_meeting_notice_is_not_a_meeting_of_the_group() -> None:
    rows = [
        RawRecord(source_id="x", page_url="https://example.org/", extractor="listing", title=t)
        for t in ("(MLK Day - no meeting)", "(Training Room)", "(Training Room)")
    ]
    for row in rows:
        row.date_text = "January 21"
    name_bracketed_place_rows(rows, "LDWG Schedule")
    assert [row.title for row in rows] == [
        "(MLK Day - no meeting)",
        "LDWG Schedule",
        "LDWG Schedule",
    ]
    assert rows[1].location_text == "Training Room"


def test_since_a_month_and_a_sign_up_section_are_no_meetings() -> None:
    records = _page(_GROUP_PAGE, date(2024, 10, 11))
    titles = [title for title, _, _, _ in records]
    assert "Anmeldung" not in titles
    assert not any(start is not None and start.startswith("2022-03") for start in _starts(records))


def test_the_sap_stammtisch_pages_name_their_meetings() -> None:
    records = _records("jekyll-sapstammtischdo-treffen-2024-10")
    assert len(records) == 13
    assert ("SAP Stammtisch Dortmund", "2024-11-07T18:30", None, "Zum Alten Markt") in records
    assert ("SAP Stammtisch Dortmund", "2024-05-28T18:00", None, "Hövels Brauerei") in records
    older = _records("jekyll-sapstammtischdo-treffen-2022-03")
    assert len(older) == 15
    assert ("SAP Stammtisch Dortmund", "2021-12-14T20:00", None, None) in older
