"""Held-out German batch 99 (a boules club's hand-written PHP site — home-page news told in
sentences, a series page, tournament reports — and a youth group's news post): the general
causes of what netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.event_page_labels import Fact
from netdir.extract.file_links import names_a_dated_document
from netdir.extract.heading_announcements import announced_in_headings
from netdir.extract.prose_day_sentences import events_of_the_sentences
from netdir.extract.reported_day import event_name, room_after_the_day
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


def _days(records: list[_Record]) -> list[str]:
    return sorted((start or "")[:10] for _, start, _, _ in records)


# Cause 1: a page about one event whose heading names it and whose prose tells its day in a
# sentence that names it again — a result page („<h2>Ergebnis Frühlingsturnier 2024 (…)</h2>“ …
# „<h2>Bericht</h2>“ / „Das Frühlingsturnier am Sonntag, 7. April startete etwas verspätet …“), a
# series' page („Der Sommercup … läuft vom 4. Mai bis 26. Oktober 2024 …“). The sentence neither
# invites nor says the event takes place, and the page has several headings, so nothing dated it.

_REPORT_PAGE = (
    "<html><head><title>Ergebnis</title></head><body><nav><ul><li><a href='/e1'>Herbstturnier"
    " 2023</a></li><li><a href='/e2'>Pokalturnier 2022</a></li></ul></nav><div id='ergebnis'>"
    "<h2>Ergebnis Pokalturnier 2024 (Triplette, 4 Runden)</h2>"
    "<p><strong>Die Sieger sind:</strong></p><p>1. Anna Berg und Kai Roth,<br>2. Eva Lenz und"
    " Uwe Haas.</p><h2>Bericht</h2>"
    "<p>Das Pokalturnier am Sonntag, 9. Juni zog bei bestem Wetter 40 Mannschaften aus der"
    " ganzen Region an den Stadtsee, darunter viele Gäste aus dem Elsass.</p>"
    "<p>Wir danken allen Helfern für ihre Arbeit.</p></div></body></html>"
)


def test_a_report_sentence_naming_the_headings_event_dates_it() -> None:
    ((title, start, _, _),) = stamps_on(_REPORT_PAGE, date(2024, 10, 10))
    assert title == "Pokalturnier 2024"
    assert (start or "")[:10] == "2024-06-09"


def test_a_dated_sentence_that_names_another_thing_dates_nothing() -> None:
    # News told in prose names days of other things: the heading's event is not in the sentence.
    html = _REPORT_PAGE.replace("Das Pokalturnier am Sonntag", "Der Vorstand tagte am Sonntag")
    assert stamps_on(html, date(2024, 10, 10)) == []


def test_two_dated_sentences_leave_the_page_undated() -> None:
    html = _REPORT_PAGE.replace(
        "<p>Wir danken", "<p>Das Pokalturnier am Samstag, 14. September folgt.</p><p>Wir danken"
    )
    assert all(
        not (title or "").startswith("Pokalturnier")
        for title, *_ in stamps_on(html, date(2024, 10, 10))
    )


def test_the_heading_loses_what_the_page_gives_of_the_event() -> None:
    assert event_name("Ergebnis Frühlingsturnier 2024 (Doublette Schweizer System)") == (
        "Frühlingsturnier 2024"
    )
    assert event_name("Bericht vom Sommerfest") == "Sommerfest"
    assert event_name("Der wöchentliche Sommercup am Samstag (Turnierserie mit Rangliste)") == (
        "Der wöchentliche Sommercup am Samstag"
    )


def test_the_real_result_pages_and_the_series_page_are_one_event_each() -> None:
    ((title, start, _, _),) = saved_page_stamps("php-bpv-freiburg-fruehlingsturnier-2024")
    assert (title, (start or "")[:10]) == ("Frühlingsturnier 2024", "2024-04-07")
    ((title, start, _, _),) = saved_page_stamps("php-bpv-freiburg-jubilaeumsturnier-2023")
    assert (title, (start or "")[:10]) == ("22. Jubiläumsturnier 2023", "2023-11-01")
    ((title, start, end, _),) = saved_page_stamps("php-bpv-freiburg-sommercup-2024")
    assert "Sommercup" in (title or "")
    assert ((start or "")[:10], (end or "")[:10]) == ("2024-05-04", "2024-10-26")


def test_a_reported_sentence_names_its_ground_right_after_the_day() -> None:
    where = "p below h2, sentence naming the heading's event"
    told = Fact("Am Mittwoch, den 1. November 2023 spielten im Seepark 85 Doubletten", where, 3)
    assert (room_after_the_day(told) or told).value == "Seepark"
    later = Fact("Am Sonntag, 7. April kamen wegen des Marathons im Stadtpark zu spät", where, 3)
    assert room_after_the_day(later) is None  # not right after the day: the reason's park
    assert room_after_the_day(dataclasses.replace(told, where="p below h1, announcing")) is None


# Cause 2: „Hier die <a href="…_20240615.pdf">Rangliste</a> vom 15. Juni.“ under a Saturday
# tournament's report was a record of its own (titled „Rangliste“): a link to a file whose day
# follows it with „vom“ names the document of that day, not an event.


def test_a_file_link_dated_by_vom_names_a_document() -> None:
    pdf = "images/Samstagspiele_Tag_06_20240615.pdf"
    assert names_a_dated_document("Rangliste", pdf, "Hier die Rangliste vom 15. Juni.")
    assert names_a_dated_document("Protokoll", "p.pdf", "Das Protokoll vom Montag, 3. März 2025")
    # a page, not a file; or the day not told as the document's
    assert not names_a_dated_document(
        "Rangliste", "rangliste.html", "Hier die Rangliste vom 15. Juni."
    )
    assert not names_a_dated_document("Flyer", "f.pdf", "Konzert am 15. Juni (Flyer)")


def test_the_ranking_links_of_the_real_home_pages_are_no_records() -> None:
    for page_id in (
        "php-bpv-freiburg-aktuelles-2024-07",
        "php-bpv-freiburg-aktuelles-2024-08",
        "php-bpv-freiburg-aktuelles-2024-10",
        "php-bpv-freiburg-aktuelles-2025-07",
    ):
        assert all(title != "Rangliste" for title, *_ in saved_page_stamps(page_id)), page_id


# Cause 3: „<h3>Jubiläumsturnier<br>am 1. November</h3>“ — a heading announcing one event beside
# the page's dated paragraphs — was read as „Jubiläumsturnieram 1. November“: the line break parts
# the name from „am“.


def test_a_line_break_parts_an_announcing_headings_name_from_its_day() -> None:
    html = (
        "<html><body><main><h3>Der Sommercup läuft</h3>"
        "<p>Am Samstag, den 12. Oktober 2024 spielen wir ab 13.30 Uhr Doublette.</p>"
        "<p>Am Samstag, den 5. Oktober 2024 kamen 26 Spieler.</p>"
        "<h3>Herbstfest<br>am 1. November</h3><p>Alle sind eingeladen.</p></main></body></html>"
    )
    records = stamps_on(html, date(2024, 10, 10))
    assert ("Herbstfest", "2024-11-01") in [(t, (s or "")[:10]) for t, s, _, _ in records]


def test_the_real_october_page_keeps_the_jubilee_tournament() -> None:
    records = saved_page_stamps("php-bpv-freiburg-aktuelles-2024-10")
    assert ("Jubiläumsturnier", "2024-11-01") in [(t, (s or "")[:10]) for t, s, _, _ in records]


# Cause 4: „<h3>1. Lexware Open</h3><p>Am Sonntag, den 22. Juni 2025 kamen zur 1. Lexware Open im
# Seepark in Freiburg 61 Doubletten …</p>“ in a column beside the page's dated paragraphs: the
# section's first sentence names the heading's event with a day none of the list's; nothing read
# it (the list's group is the first column's paragraphs).

_COLUMNS = (
    "<html><body><main><div class='row'><div class='col'><div class='pe-1'><h3>Der Sommercup läuft</h3>"
    "<p>Am Samstag, den 5. Juli 2025 spielen wir im Seepark ab 13.30 Uhr Doublette.</p>"
    "<p>Am 21. Juni 2025 spielten 24 Spieler und Spielerinnen Doublette Formée.</p>"
    "<p>Am 14. Juni 2025 spielten 30 Spieler Tête à Tête.</p></div></div>"
    "<div class='col'><div class='px-1'><h3>1. Stadtpokal</h3><div class='foto'><img src='a.jpg'>"
    "</div><p>Am Sonntag, den 22. Juni 2025 kamen zum 1. Stadtpokal 61 Doubletten.</p>"
    "<p>Es wurden 4 Runden gespielt.</p><p><strong>Die Sieger sind:</strong></p>"
    "<p>1. Anna Berg und Kai Roth,<br>2. Eva Lenz und Uwe Haas.</p></div></div></div>"
    "</main></body></html>"
)


def test_a_column_headings_event_named_again_in_its_dated_sentence_is_a_record() -> None:
    tree = LexborHTMLParser(_COLUMNS)
    context = PageContext(
        "t", "https://x.test/", "https://x.test/", None, datetime(2025, 7, 1, tzinfo=UTC)
    )
    listing = []
    for day in ("5. Juli 2025", "21. Juni 2025", "14. Juni 2025"):  # the first column's days
        record = context.new_record("listing", "Sommercup")
        record.date_text = day
        listing.append(record)
    found = [(r.title, r.date_text) for r in announced_in_headings(tree, context, listing)]
    assert found == [("1. Stadtpokal", "22. Juni 2025")]
    # a sentence that does not name the heading's event dates nothing for it
    tree = LexborHTMLParser(_COLUMNS.replace("kamen zum 1. Stadtpokal", "kamen zum Turnier"))
    assert announced_in_headings(tree, context, listing) == []


def test_the_real_summer_page_keeps_the_lexware_open() -> None:
    records = saved_page_stamps("php-bpv-freiburg-aktuelles-2025-07")
    assert ("1. Lexware Open", "2025-06-22") in [(t, (s or "")[:10]) for t, s, _, _ in records]


# Cause 5: a post of one paragraph that tells three events in sentences of their own („Am 23.
# April wählte die Gruppenleiterrunde … auf dem Kommunionselternabend am 25. April im Pfarrheim …
# Die erste Gruppenstunde findet Freitag, 26. Mai … um 15:30 Uhr statt!“) was one record named by
# the post's heading on the first day.


def test_sentences_of_one_paragraph_tell_their_own_events() -> None:
    text = (
        "Der Vorstand hat sich neu aufgestellt und freut sich auf ein aktives Jahr mit vielen"
        " Mitgliedern. Alle Neuen stellen sich beim Sommerfest am 12. Juli im Pfarrgarten vor und"
        " beantworten gerne eure Fragen. Die nächste Jahreshauptversammlung findet Freitag, 6."
        " März um 19 Uhr statt!"
    )
    told = events_of_the_sentences(text)
    assert [(e.name, e.place) for e in told] == [
        ("Sommerfest", "Pfarrgarten"),
        ("Nächste Jahreshauptversammlung", None),
    ]
    # one dated event is the page's one event; short text is a date line
    assert events_of_the_sentences(text.replace("beim Sommerfest am 12. Juli", "bald")) == []
    assert events_of_the_sentences("Sommerfest am 12. Juli. Lauf am 3. Mai.") == []


def test_the_real_post_gives_its_evening_and_its_first_group_hour() -> None:
    records = [
        (t, (s or "")[:16], p)
        for t, s, _, p in saved_page_stamps("php-kjg-gauting-gruppenleiter-2017")
    ]
    assert ("Kommunionselternabend", "2017-04-25", "Pfarrheim") in records
    assert ("Erste Gruppenstunde", "2017-05-26T15:30", None) in records


# Cause 6: a news paragraph that is one sentence („Am Samstag, den 12. Oktober 2024 spielen wir im
# Seepark ab 13.30 Uhr Doublette Supermêlée.“) is titled by what follows its day; the clock in
# that sentence stayed in the title, the record had no time.


def test_the_clock_of_a_rows_sentence_joins_its_day() -> None:
    html = (
        "<html><body><main><h3>Der Sommercup läuft</h3>"
        "<p>Am Samstag, den 12. Oktober 2024 spielen wir im Seepark ab 13.30 Uhr Doublette.</p>"
        "<p>Am Samstag, den 19. Oktober 2024 spielen wir um 14 Uhr Tête à Tête.</p>"
        "<p>Am Samstag, den 5. Oktober 2024 kamen 26 Spieler in den Seepark.</p></main></body></html>"
    )
    starts = sorted((start or "")[:16] for _, start, _, _ in stamps_on(html, date(2024, 10, 10)))
    assert starts == ["2024-10-05", "2024-10-12T13:30", "2024-10-19T14:00"]


def test_the_real_home_pages_announce_their_saturdays_at_half_past_one() -> None:
    records = [
        (t, (s or "")[:16])
        for t, s, _, _ in saved_page_stamps("php-bpv-freiburg-aktuelles-2024-10")
    ]
    # (titled by the heading's cup and the round since session 40: test_known_causes_session40)
    assert ("Sommercup: Doublette Supermêlée", "2024-10-12T13:30") in records


# Cause (session 41): „Sie konnten sich 13:12 gegen Carsta Glaser … durchsetzen“ — a boules
# match's score in the report of the championship won „am 25. August“ was read as its clock.


def _teaser(description: str) -> RawRecord:
    record = RawRecord(
        source_id="t",
        page_url="https://example.org/",
        title="Deutsche Meister",
        extractor="listing",
    )
    record.description = description
    return record


def test_a_matchs_score_is_no_clock_a_kick_off_is() -> None:
    won = "Sie haben am 25. August die Meisterschaft gewonnen. Sie konnten sich 13:12 gegen B durchsetzen."
    assert normalize_record(_teaser(won), today=date(2024, 8, 30)).start == "2024-08-25"
    kick_off = "Am 25. August spielen wir 15:30 gegen den TSV Haimbach."
    assert normalize_record(_teaser(kick_off), today=date(2024, 8, 20)).start == (
        "2024-08-25T15:30:00+02:00"
    )
    champions = [
        r for r in saved_page_stamps("php-bpv-freiburg-aktuelles-2024-08") if "Meister" in r[0]
    ]
    assert [start for _, start, _, _ in champions] == ["2024-08-25"]
