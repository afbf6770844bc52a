"""Causes found on held-out German batch 130 of the real-page corpus (education and youth: a
university research group's Oberseminar of thesis talks, a CoderDojo's list of dates at the
Volkshochschule), each pinned on a minimal snippet and on its page: the records a reader would
note, with their names, starts and places."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.block_reading import BlockReading
from netdir.extract.where_only_rows import where_instead_of_a_name
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


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _raw(html: str, today: date) -> list[RawRecord]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return extract_page(page).records


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = ((normalize_record(r, today=today), r.location_text) for r in records)
    return [(n.title, _minute(n.start), _minute(n.end), place) for n, place in read]


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


_HEAD = "<tr><th>Datum</th><th>Zeit</th><th>Ort</th><th>Vortragende(r)</th><th>Thema</th></tr>"


def _talk(day: str, clock: str, room: str, speaker: str, topic: str) -> str:
    return (
        f"<tr><td>{day}</td><td>{clock}</td><td>{room}</td><td>{speaker}</td><td>{topic}</td></tr>"
    )


# 1. Tables pooled by their class („<table class="plain">“) were read by the first table's
#    labels: the seminar's standing slot „Tag | Zeit | Raum“ set its columns for the talks below,
#    whose „Zeit“ cell became their date and whose speaker their name. Each table is read by its
#    own header row (``own_table_labels``).

_SLOT_AND_TALKS = f"""<html><head><title>Oberseminar</title></head><body><div id="content">
<h1>Oberseminar</h1>
<table class="plain"><tbody><tr><th>Tag</th><th>Zeit</th><th>Raum</th></tr>
<tr><td>Donnerstag</td><td>16:30</td><td>S202/A313</td></tr></tbody></table>
<h2>Vorträge WS 2020/2021</h2>
<table class="plain"><tbody>{_HEAD}
{_talk("11.03.2021", "16:30", "Zoom", "Lukas Eberle", "Scalable Histogram-based Induction of Rules")}
{_talk("18.03.2021", "16:30", "Zoom", "Timo Henz", "Optimizing Rule Selection in Random Forests")}
{_talk("06.07.2021", "16:00", "Zoom", "Tobias Diehl", "Deep Multi Instance-Learning zur Syndrom-Erkennung")}
</tbody></table></div></body></html>"""


def test_a_talk_table_after_a_slot_table_of_the_same_class_is_read_by_its_own_header() -> None:
    records = _page(_SLOT_AND_TALKS, date(2022, 1, 31))
    assert records == [
        ("Scalable Histogram-based Induction of Rules", "2021-03-11T16:30", None, "Zoom"),
        ("Optimizing Rule Selection in Random Forests", "2021-03-18T16:30", None, "Zoom"),
        ("Deep Multi Instance-Learning zur Syndrom-Erkennung", "2021-07-06T16:00", None, "Zoom"),
    ]


def test_the_oberseminar_page_names_its_talks_by_their_topics() -> None:
    records = _records("plone-ke-tud-oberseminar-2021-09")
    assert len(records) == 9
    assert records[0] == (
        "Scalable Histogram-based Induction of Gradient Boosted Multi-label Rules",
        "2021-03-11T16:30",
        None,
        "Zoom",
    )
    assert ("Lukas Eberle", "2021-03-11T16:30", None, "Zoom") not in records


# 2. The second talk of a session leaves the day, hour and room cells blank („&nbsp; | &nbsp; |
#    &nbsp; | Robert Heimbach | Investigation of …“): it is held at the dated row's day, hour and
#    room (``session_rows``); a row that fills its own room keeps it.

_SESSIONS = f"""<html><head><title>Oberseminar - Vergangene Semester</title></head><body>
<h1>Oberseminar - Vergangene Semester</h1><h2>Vorträge WS 19/20</h2>
<table class="plain"><tbody>{_HEAD}
{_talk("07.11.2019", "16:30", "A313", "Tobias Keller", "Analyse unterschiedlicher Belohnungen")}
{_talk("12.12.2019", "16:30", "A313", "Pascal Hefter", "Learning Multilabel Rules Bottom-Up")}
{_talk("&nbsp;", "&nbsp;", "&nbsp;", "Robert Heimbach", "Meteorological Data and Disease Outbreaks")}
{_talk("<br />", "<br />", "&nbsp;E202", "Valentin Kuhn", "A Recommender System for News")}
{_talk("20.02.2020", "16.30", "A313", "Jesper Schlegel", "Neuronale Netze in Schachendspielen")}
</tbody></table></body></html>"""


def test_a_talk_row_with_blank_day_cells_is_the_next_talk_of_the_session_above() -> None:
    records = _page(_SESSIONS, date(2022, 1, 31))
    assert records == [
        ("Analyse unterschiedlicher Belohnungen", "2019-11-07T16:30", None, "A313"),
        ("Learning Multilabel Rules Bottom-Up", "2019-12-12T16:30", None, "A313"),
        ("Meteorological Data and Disease Outbreaks", "2019-12-12T16:30", None, "A313"),
        ("A Recommender System for News", "2019-12-12T16:30", None, "E202"),
        ("Neuronale Netze in Schachendspielen", "2020-02-20T16:30", None, "A313"),
    ]


def test_the_oberseminar_archive_dates_each_sessions_second_talk() -> None:
    records = _records("plone-ke-tud-oberseminar-archiv-2020-11")
    assert len(records) == 45
    assert (
        "Sentiment Classification of Chess Annotations",
        "2019-05-02T16:30",
        None,
        "E202",
    ) in records
    assert (
        "Feature Selection on Highly Redundant Multivariate Time Series",
        "2019-06-13T16:30",
        None,
        "E202",
    ) in records


# 3. Dated rows that name nothing under a heading that only says dates follow („Termine“): the
#    group's own page lists its own sessions, named by the site's name in the document title;
#    4. a row's words after its hours that only say where („in der VHS Horn“, with a status
#    „abgesagt wegen Coronavirus“ after it) are its place and status, not its name
#    (``where_only_rows``).

_DATES = """<html lang="en-US"><head><title>Termine | CoderDojo Horn</title></head><body>
<section class="page-header"><h1 class="project-name"><a href="/">CoderDojo Horn</a></h1></section>
<section class="main-content"><article><div class="c-article__main">
<p>Seit dem 01. September 2017 bieten wir alle zwei Wochen ein CoderDojo in Horn an.</p>
<h2 id="termine">Termine</h2>
<ul>
<li>Freitag, 17. Jänner 2020, 17:00-19:00 in der VHS Horn</li>
<li>Freitag, 31. Jänner 2020, 17:00-19:00 in der VHS Horn</li>
<li><del>Freitag, 13. März 2020, 17:00-19:00 in der VHS Horn</del> abgesagt wegen Coronavirus</li>
</ul>
<h2 id="wo">Wo?</h2><p>Anfahrt siehe Karte.</p>
</div></article></section></body></html>"""


def test_dated_rows_under_a_termine_heading_are_the_pages_own_sessions_at_their_place() -> None:
    records = _raw(_DATES, date(2020, 3, 11))
    read = _read(records, date(2020, 3, 11))
    assert read == [
        ("CoderDojo Horn", "2020-01-17T17:00", "2020-01-17T19:00", "VHS Horn"),
        ("CoderDojo Horn", "2020-01-31T17:00", "2020-01-31T19:00", "VHS Horn"),
        ("CoderDojo Horn", "2020-03-13T17:00", "2020-03-13T19:00", "VHS Horn"),
    ]
    assert records[2].status_text == "abgesagt wegen Coronavirus"


def test_bare_dates_under_termine_are_named_by_the_page() -> None:
    html = _DATES.replace(" in der VHS Horn", "").replace(
        "<li><del>Freitag, 13. März 2020, 17:00-19:00</del> abgesagt wegen Coronavirus</li>",
        "<li>Freitag, 14. Februar 2020, 17:00-19:00</li>",
    )
    assert [r[:2] for r in _page(html, date(2020, 3, 11))] == [
        ("CoderDojo Horn", "2020-01-17T17:00"),
        ("CoderDojo Horn", "2020-01-31T17:00"),
        ("CoderDojo Horn", "2020-02-14T17:00"),
    ]


def test_a_date_field_of_each_card_is_not_named_by_the_page() -> None:
    # „<li><div class="tab_link_title"><p><a>Sommer Retreat</a></p></div><div
    # class="tab_link_date"><p>04.07.2025 bis 06.07.2025</p></div>…</li>“ under „Veranstaltungen“:
    # each card's date line, pooled over the cards, is a field of its card, not a row of a list
    titles = [r[0] for r in _records("verwaltungsportal-ggbrandenburg-event")]
    assert "Sommer Retreat" in titles
    assert "Netzwerktreffen Potsdam (etage3)" in titles


def test_a_place_phrase_is_where_only_when_it_names_a_place() -> None:
    reading = BlockReading(title="in zwei Gruppen", date_text="17. Januar 2020")
    reading.sources["title"] = "listing:text"
    assert not where_instead_of_a_name(reading)  # how the session is held, not where
    assert reading.title == "in zwei Gruppen"
    named = BlockReading(title="Workshop im Jugendhaus", date_text="17. Januar 2020")
    named.sources["title"] = "listing:text"
    assert not where_instead_of_a_name(named)  # the row names its workshop


def test_the_coderdojo_pages_list_their_sessions() -> None:
    assert _records("jekyll-coderdojo-horn-termine-2018-08") == [
        ("CoderDojo Horn", f"{day}T17:00", f"{day}T19:00", None)
        for day in ("2018-08-31", "2018-09-14", "2018-09-28", "2018-10-12")
    ]
    records = _records("jekyll-coderdojo-horn-termine-2020-03")
    assert len(records) == 6
    assert records[-1] == ("CoderDojo Horn", "2020-03-27T17:00", "2020-03-27T19:00", "VHS Horn")
