"""Leftovers of earlier held-out batches (session 48): general causes of what netdir still got
wrong on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_Record = tuple[str | None, str | None, str | None, str | None]


def _page(text: str, today: date, url: str = "https://example.org/") -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = page_from_text(text, url)
    return _read(extract_page(dataclasses.replace(page, fetched_at=saved)).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, n.start, n.end, raw.location_text) for raw, n in read]


# Cause: a card's heading closes with two days that share one numeric month („Auftakt Roadshow
# "Innovation Sparks" – 02. & 07.10.2025“). „2. und 7. Oktober“ was two days, the numeric form
# only its first: the second event was lost.

MAY_2026 = date(2026, 5, 22)


def _cards(*headings: str) -> str:
    cards = "".join(
        f'<div class="card"><img src="x{number}.webp" alt=""><h4>{heading}</h4>'
        "<p>Mehr erfahren</p></div>"
        for number, heading in enumerate(headings)
    )
    return f"<html><body><h2>Events</h2><div class='row'>{cards}</div></body></html>"


def test_bare_days_before_a_numeric_day_are_days_of_its_month() -> None:
    page = _cards(
        "Auftakt Roadshow – 02. & 07.10.2025",
        "Spiele-Garten zur HSW – 02.07.2026",
        "Breakfast in Green – 17.05.2025",
    )
    starts = sorted((record[1] or "", record[0]) for record in _page(page, MAY_2026))
    assert starts == [
        ("2025-05-17", "Breakfast in Green"),
        ("2025-10-02", "Auftakt Roadshow"),
        ("2025-10-07", "Auftakt Roadshow"),
        ("2026-07-02", "Spiele-Garten zur HSW"),
    ]


def test_following_days_of_one_numeric_month_stay_one_event() -> None:
    page = _cards("Sommerfest – 14. & 15.06.2025", "Breakfast in Green – 17.05.2025")
    records = _page(page, MAY_2026)
    summer = [record for record in records if record[0] == "Sommerfest"]
    assert [(record[1], record[2]) for record in summer] == [("2025-06-14", "2025-06-15")]


def test_e4f_roadshow_has_both_its_days(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-e4fhamburg-events-2026-05")
    roadshow = [r["start"] for r in records if r["title"].startswith("Auftakt Roadshow")]
    assert roadshow == ["2025-10-02", "2025-10-07"]


# Cause: a talk's abstract names its place on the line below its label („Location:<br>Bonner
# Kinemathek(Brotfabrik) • Kreuzstraße 16 • Bonn<br>Beginn: 19:30 Uhr“). Only a label with its
# value beside it („Location: …“) was read; the screening had no place.

DECEMBER_2024 = date(2024, 12, 1)


def _talks(abstract: str) -> str:
    talks = [
        ("18", "Mär", "Microservices. Why?", "<p>Ein Vortrag über Microservices.</p>"),
        ("19", "Feb", "Film Screening: Ex Machina", abstract),
        ("15", "Jan", "Blender für Einsteiger", "<p>Ein Vortrag über Blender.</p>"),
    ]
    items = "".join(
        f'<div class="talk-item"><div class="date"><span>{day}</span> <span>{month}</span></div>'
        f'<div class="description"><h3>{name}</h3>{text}</div></div>'
        for day, month, name, text in talks
    )
    return f"<html><body><main><h1>Talks 2024</h1>{items}</main></body></html>"


def test_a_place_below_its_label_is_the_place() -> None:
    abstract = (
        "<p>Der Webmontag lädt zu einem Filmabend ein.<br><br> Location:<br>Bonner Kinemathek "
        "• Kreuzstraße 16 • Bonn<br> Beginn: 19:30 Uhr, Einlass kurz vorher<br> Sprache: "
        "englisch</p>"
    )
    records = _page(_talks(abstract), DECEMBER_2024, "https://example.org/talks/2024/")
    screening = next(record for record in records if record[0] == "Film Screening: Ex Machina")
    assert screening[1] == "2024-02-19T19:30:00+01:00"
    assert screening[3] == "Bonner Kinemathek • Kreuzstraße 16 • Bonn"


def test_a_label_over_another_label_names_no_place() -> None:
    abstract = "<p>Der Webmontag lädt zu einem Filmabend ein.<br>Ort:<br>Beginn: 19:30 Uhr</p>"
    records = _page(_talks(abstract), DECEMBER_2024, "https://example.org/talks/2024/")
    screening = next(record for record in records if record[0] == "Film Screening: Ex Machina")
    assert screening[3] is None


def test_webmontag_screening_has_its_cinema(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "eleventy-webmontagbonn-talks-2024")
    screening = next(r for r in records if r["title"].startswith("Film Screening"))
    assert screening["location"].startswith("Bonner Kinemathek")
    assert screening["start"] == "2024-02-19T19:30:00+01:00"


# Cause: a row „05.08. – Spoken Word Abend – Literaturhaus Dortmund“ names its venue after the
# name's dash, a venue word and then its town. Only a part ending in a venue word („Anglerheim“)
# was a venue; the title kept the place and the record had none.

JULY_2022 = date(2022, 7, 4)


def _dash_rows(*rows: str) -> str:
    lines = "".join(f"<p>{row}</p>" for row in rows)
    return f"<html><body><h2>Termine 2022</h2>{lines}</body></html>"


def test_a_venue_word_then_its_town_is_the_rows_place() -> None:
    page = _dash_rows(
        "06.07. – Lesung beim Donaufest Ulm",
        "30.07. – Auftritt bei Wege durch das Land-Festival",
        "05.08. – Spoken Word Abend – Literaturhaus Dortmund",
    )
    records = {record[1]: record for record in _page(page, JULY_2022)}
    assert records["2022-08-05"][0] == "Spoken Word Abend"
    assert records["2022-08-05"][3] == "Literaturhaus Dortmund"


def test_a_word_then_a_town_is_no_venue() -> None:
    page = _dash_rows(
        "06.07. – Lesung beim Donaufest Ulm",
        "30.07. – Auftritt bei Wege durch das Land-Festival",
        "05.08. – Spoken Word Abend – Sommer Dortmund",
    )
    records = {record[1]: record for record in _page(page, JULY_2022)}
    assert records["2022-08-05"][0] == "Spoken Word Abend – Sommer Dortmund"
    assert records["2022-08-05"][3] is None


def test_hirschl_spoken_word_evening_is_at_the_literaturhaus(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "handwritten-elias-hirschl-termine-2022")
    evening = next(r for r in records if r["start"] == "2022-08-05")
    assert evening["title"] == "Spoken Word Abend"
    assert evening["location"] == "Literaturhaus Dortmund"


# Cause: a concert list's row „Sonntag, 11. März, 17 Uhr: Kirchenkonzert, Contz-les-Bains,
# Frankreich“ ends in a town and its country. Trailing comma parts were a place only when another
# row of the list ended the same way; a concert abroad kept them in its title.

MARCH_2018 = date(2018, 3, 1)


def _concerts(last: str) -> str:
    rows = [
        "Samstag, 3. März, 20 Uhr: Frühjahrskonzert mit dem Chor",
        "Sonntag, 4. März, 17 Uhr: Matinee der Musikschule",
        last,
    ]
    items = "".join(f"<li>{row}</li>" for row in rows)
    return f"<html><body><h2>Termine 2018</h2><ul>{items}</ul></body></html>"


def test_a_town_and_its_country_closing_a_title_are_its_place() -> None:
    records = _page(
        _concerts("Sonntag, 11. März, 17 Uhr: Kirchenkonzert, Contz-les-Bains, Frankreich"),
        MARCH_2018,
    )
    concert = next(record for record in records if record[1] == "2018-03-11T17:00:00+01:00")
    assert concert[0] == "Kirchenkonzert"
    assert concert[3] == "Contz-les-Bains, Frankreich"


def test_a_title_closing_in_two_other_parts_keeps_them() -> None:
    records = _page(
        _concerts("Sonntag, 11. März, 17 Uhr: Kirchenkonzert, Orgel, Trompete"), MARCH_2018
    )
    concert = next(record for record in records if record[1] == "2018-03-11T17:00:00+01:00")
    assert concert[0] == "Kirchenkonzert, Orgel, Trompete"
    assert concert[3] is None


def test_nontacet_concert_abroad_has_its_town(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "php-nontacet-termine-2022")
    concert = next(r for r in records if r["start"].startswith("2018-03-11"))
    assert concert["title"] == "Kirchenkonzert"
    assert concert["location"] == "Contz-les-Bains, Frankreich"


# Cause: a timeline's panel gives the day („13.05.2026“) and its text restates it in an
# invitation with the hour between („Am 13. Mai 2026 lädt das Projekt KI-Regio zur
# Podiumsdiskussion „…“ ab 14:15 Uhr ins Audimax … ein“). Only a clock right after the day (or
# after a place) was its start; the invitation's words between lost it.

JUNE_2026 = date(2026, 6, 1)


def _timeline(text: str) -> str:
    panels = [
        ("13.05.2026", "Podiumsdiskussion KI im Dialog", text),
        (
            "13.03.2026",
            "ABAS-EUG Tagung in Bad Kissingen",
            "<p>Wir waren mit einem Stand dabei.</p>",
        ),
        ("20.02.2026", "KI-Stammtisch", "<p>Der Stammtisch war gut besucht.</p>"),
    ]
    items = "".join(
        f'<div class="entry"><div class="time"><p>{day}</p></div><div class="detail">'
        f"<h3>{name}</h3>{body}</div></div>"
        for day, name, body in panels
    )
    return f"<html><body><h2>Veranstaltungen</h2><div class='list'>{items}</div></body></html>"


def test_an_invitation_sentence_gives_its_days_clock() -> None:
    text = (
        "<p>Am 13. Mai 2026 lädt das Projekt KI-Regio zur Podiumsdiskussion „KI-Regio im Dialog:"
        " Künstliche Intelligenz für Unternehmen“ ab 14:15 Uhr ins Audimax der Universität ein."
        "</p>"
    )
    records = {record[0]: record for record in _page(_timeline(text), JUNE_2026)}
    assert records["Podiumsdiskussion KI im Dialog"][1] == "2026-05-13T14:15:00+02:00"


def test_an_invitation_naming_no_clock_keeps_the_day() -> None:
    text = "<p>Am 13. Mai 2026 lädt das Projekt KI-Regio zur Podiumsdiskussion ins Audimax ein.</p>"
    records = {record[0]: record for record in _page(_timeline(text), JUNE_2026)}
    assert records["Podiumsdiskussion KI im Dialog"][1] == "2026-05-13"


def test_kiregio_panel_discussion_starts_at_quarter_past_two(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "wordpress-kiregio-veranstaltungen-2026-06")
    panel = next(r for r in records if r["title"].startswith("Podiumsdiskussion"))
    assert panel["start"] == "2026-05-13T14:15:00+02:00"


def test_shackspace_kickoff_at_18_oclock(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "hexo-shackspace-events-2015-02")
    kickoff = next(r for r in records if "Early Kickoff" in r["title"])
    assert kickoff["start"] == "2015-02-28T18:00:00+01:00"
