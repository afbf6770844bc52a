"""Held-out German batch 112 (the .NET User Group Dresden's Jekyll site: its table of meetings
and three invitation posts imported from WordPress): the general causes of what netdir missed,
each with a minimal page and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.event_told_again import tells_its_event_again
from netdir.extract.prose_start import venue_after_the_clock
from netdir.extract.sentence_places import meeting_place
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def _post(title: str, body: str) -> str:
    return (
        '<html><body><div class="navbar"><a href="/">Home</a></div>'
        f'<div class="container"><h2 class="featurette-heading">{title}</h2>'
        f"<div><div>{body}</div></div></div></body></html>"
    )


# --- an invitation whose next meeting is on a day -------------------------------------------


def test_the_next_meeting_on_a_day_announces_it() -> None:
    # „Das nächste Treffen unserer Usergroup am 12.09.2013 statt.“ (its „findet“ lost): the
    # hosts' next meeting on that day, as „Unsere kommenden Infoabende am …“ is.
    html = _post(
        "Git für Einsteiger",
        "<p>Das nächste Treffen unserer Usergroup am 12.09.2013 statt. Thema ist Git.</p>",
    )
    got = _page(html, date(2013, 9, 5))
    assert [(title, (start or "")[:10]) for title, start, _ in got] == [
        ("Git für Einsteiger", "2013-09-12")
    ]


def test_a_day_in_prose_without_an_invitation_is_still_no_event() -> None:
    # A post that only mentions a day („Die Satzung gilt seit dem 12.09.2013.“) announces none.
    html = _post("Satzung", "<p>Die Satzung der Usergroup gilt seit dem 12.09.2013.</p>")
    assert _page(html, date(2013, 9, 5)) == []


def test_the_real_invitation_gives_its_meeting() -> None:
    assert _records("jekyll-dddotnet-einladung-2013-09") == [
        (
            "Social Computing, Behavioral Modeling and Prediction",
            "2013-09-12",
            "T-Systems MMS",
        )
    ]


# --- one event told twice: the lead sentence and an „In Kürze“ block --------------------------


def test_a_post_telling_its_one_event_twice_is_one_event() -> None:
    # The lead („… wird am 16.06.2011 um 18.00 Uhr stattfinden. Veranstaltungsort ist diesmal
    # die <a>Saxonia Systems AG</a>“) and the summary („Termin: 16.06.2011 um 18.00 Uhr“ / „Ort:
    # …“) name one day: one event, titled by the heading — not two listed ones and a link.
    html = _post(
        "PostSharp, NLocalize",
        "<p>Das nächste Treffen wird am <strong>16.06.2011</strong> um <strong>18.00 Uhr</strong>"
        ' stattfinden. Veranstaltungsort ist diesmal die <a href="http://x.de/">Saxonia Systems'
        "</a>.</p><p>Thematisch geht es um zwei Themenblöcke.</p><p>Zum einen PostSharp.</p>"
        "<p>Im Anschluss gibt es Gelegenheit zum Netzwerken.</p><p><strong>In Kürze</strong></p>"
        "<p>Termin: 16.06.2011 um 18.00 Uhr <br />Ort: Saxonia Systems </p>"
        '<p>Bitte bei XING vormerken: <a href="https://www.xing.com/e">Xing-Event</a></p>',
    )
    got = _page(html, date(2011, 6, 9))
    assert [(title, start) for title, start, _ in got] == [
        ("PostSharp, NLocalize", "2011-06-16T18:00:00+02:00")
    ]


def _dated(title: str, date_text: str | None) -> RawRecord:
    return RawRecord(
        source_id="t", page_url="u", extractor="listing", title=title, date_text=date_text
    )


def test_only_dated_lines_all_on_the_events_day_tell_it_again() -> None:
    # The lead's day and the summary's day are the event's: it is told again. A second dated
    # line on another day is a second meeting — the page lists two, as before.
    today = date(2011, 6, 9)
    event = [_dated("PostSharp, NLocalize", "Termin: 16.06.2011 um 18.00 Uhr")]
    again = [_dated("Saxonia Systems", "16.06.2011 18.00 Uhr"), _dated("In Kürze", "16.06.2011")]
    assert tells_its_event_again(event, [*again, _dated("Xing-Event", None)], today)
    other = [_dated("PostSharp", "16.06.2011"), _dated("Sommerfest", "14.07.2011")]
    assert not tells_its_event_again(event, other, today)
    assert not tells_its_event_again(event, again[:1], today)  # one dated line lists nothing


def test_the_real_post_told_twice_gives_one_meeting() -> None:
    got = _records("jekyll-dddotnet-einladung-2011-06")
    assert [(title, start) for title, start, _ in got] == [
        ("PostSharp, NLocalize", "2011-06-16T18:00:00+02:00")
    ]


# --- where a group meets: at its host's premises („bei der …“) --------------------------------


def test_a_group_meets_at_its_hosts_premises() -> None:
    assert meeting_place(
        "Wir treffen uns bei der T-Systems MMS und thematisch geht es um Git."
    ) == ("T-Systems MMS")
    assert meeting_place("Die Gruppe trifft sich wie immer beim Vereinswirt Zur Linde.") == (
        "Vereinswirt Zur Linde"
    )
    # an hour-less „treffen uns am …“ names a day, not a place
    assert meeting_place("Wir treffen uns am Montag wieder.") is None


# --- the clock and the place of a „findet … statt“ sentence with a bare „18.00 Uhr“ ------------


def test_a_takes_place_sentence_gives_its_bare_clock_and_place() -> None:
    # „Das Treffen findet im Erdgeschoss der T-Systems MMS 18.00 Uhr statt:“ further down the
    # post: its clock (no „um“ before it) starts the meeting, the words before it are where.
    html = _post(
        "Silverlight 2",
        "Am <strong>04.11.2008</strong> findet das nächste Treffen der User Group statt.\n"
        "<ul><li>Silverlight 2</li><li>Vorgestellt von Sebastian Posch</li></ul>\n"
        "Das Treffen findet im Erdgeschoss der T-Systems MMS 18.00 Uhr statt:\n",
    )
    got = _page(html, date(2008, 10, 28))
    assert got == [("Silverlight 2", "2008-11-04T18:00:00+01:00", "Erdgeschoss der T-Systems MMS")]


def test_a_clock_after_bis_is_no_start() -> None:
    html = _post(
        "Flohmarkt",
        "<p>Am 04.11.2008 findet der Flohmarkt im Gemeindehaus bis 18.00 Uhr statt.</p>",
    )
    got = _page(html, date(2008, 10, 28))
    assert [start for _, start, _ in got] == ["2008-11-04"]


# --- the place the day's own line names after its clock ----------------------------------------


def test_the_days_line_names_its_venue_after_the_clock() -> None:
    # „Nächster Termin: Donnerstag, 09. Oktober um 19:00 Uhr im Restaurant Grüner Turm,
    # Turmstraße 9, 71032 Böblingen“: the venue with its street address; „… um 19:00 Uhr im Indian
    # Palace via Meetup“: the venue's name, not where one signs up.
    line = "Nächster Termin: Do, 09. Oktober um 19:00 Uhr im Restaurant Grüner Turm, Turmstraße 9, 71032 Böblingen"
    assert venue_after_the_clock(line) == "Restaurant Grüner Turm, Turmstraße 9, 71032 Böblingen"
    line = "Nächster Termin: Montag, 25. November um 19:00 Uhr im Indian Palace via Meetup"
    assert venue_after_the_clock(line) == "Indian Palace"
    assert venue_after_the_clock("Nächster Termin: Montag, 25. November um 19:00 Uhr") is None
    assert venue_after_the_clock("am Montag um 18 Uhr im Mai") is None


def test_a_stammtisch_page_gives_its_venue() -> None:
    html = (
        "<html><body><h1>Stammtisch</h1><div><p>Nächster Termin: <strong>Montag, 25. November"
        " um 19:00 Uhr</strong> im Indian Palace via <a href=https://www.meetup.com/x>Meetup</a>"
        "</p></div></body></html>"
    )
    assert _page(html, date(2024, 11, 2)) == [
        ("Stammtisch", "2024-11-25T19:00:00+01:00", "Indian Palace")
    ]


def test_the_real_stammtisch_pages_give_their_venues() -> None:
    assert _records("hugo-lugbb-stammtisch-2025-10") == [
        (
            "Stammtisch",
            "2025-10-09T19:00:00+02:00",
            "Restaurant Grüner Turm, Turmstraße 9, 71032 Böblingen",
        )
    ]
    assert _records("hugo-lugbb-stammtisch-2024-11") == [
        ("Stammtisch", "2024-11-25T19:00:00+01:00", "Indian Palace")
    ]


def test_a_meeting_at_its_hosts_after_the_clock() -> None:
    # „Unser nächstes Treffen wird am 2018-11-15 um 18:00 Uhr bei FLYACTS stattfinden.“ under
    # „<h2>Treffen am 2018-11-15</h2>“: the host whose premises they meet at is the place.
    line = "Unser nächstes Treffen wird am 2018-11-15 um 18:00 Uhr bei FLYACTS stattfinden."
    assert venue_after_the_clock(line) == "FLYACTS"
    assert venue_after_the_clock("am 3. Mai um 18 Uhr bei Sonnenschein") is None
    got = _records("static-jsinjena-treffen-2018-11")
    assert [(start, place) for _, start, place in got] == [("2018-11-15T18:00:00+01:00", "FLYACTS")]
