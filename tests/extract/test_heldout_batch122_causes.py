"""Causes found on held-out German batch 122 of the real-page corpus (single-event pages: a
Freifunk community's blog posts, a physics association's invitations), each pinned on a minimal
snippet and on its page: the one record a reader would note, with its name, start and place."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.heading_venue_before_day import name_and_venue_before_the_day
from netdir.extract.lead_places import venue_taking_place
from netdir.extract.next_sentence_clock import clock_opening_the_next_sentence
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.prose_start import venue_after_the_clock
from netdir.extract.title_text import without_call_or_schedule
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str, today: date | None = None) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved (or
    on ``today``)."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    day = today or truth.today
    saved = datetime.combine(day, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, day)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = ((normalize_record(r, today=today), r.location_text) for r in records)
    return [(n.title, _minute(n.start), _minute(n.end), place) for n, place in read]


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


def _post(heading: str, stamp: str, author: str, *paragraphs: str) -> str:
    """A blog post as a Jekyll theme writes it: the site's header, the post's h2 over a
    metadata line (its <time> and the author's <address>), its paragraphs, the pager."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<html><head><title>{heading} - Freifunk</title></head><body>
<header id="pageheader"><h1>Freifunk</h1><nav><ul><li><a href="/">Start</a></li>
<li><a href="/kontakt.html">Kontakt</a></li></ul></nav></header>
<main><section><article class="newsitem"><header><h2>{heading}</h2>
<div class="metadata"><time datetime="">{stamp}</time><address>{author}</address></div></header>
<div class="post">{body}</div></article></section>
<ul class="pager"><li><a href="/blog/2016/10/09/update.html"><span>Neuerer Eintrag: „Update“</span>
</a></li></ul></main><footer><ul><li><a href="/impressum.html">Impressum</a></li></ul></footer>
</body></html>"""


# 1. A post that says its event takes place „heute um 19 Uhr“ names its day in a word: the day is
#    the post's, the stamp right under its heading gives it (read years later, still that day);
#    its heading's opening „Heute“ says when, not what the event is called; the stamp under the
#    heading is no other day of the article.

_FOUNDING = _post(
    "Heute Vereins\u00adgründungstreffen",
    "23. September 2016",
    "SimJoSt",
    "Endlich ist es soweit: Wir gründen einen Verein!<br>Das Gründungstreffen findet heute um 19 "
    'Uhr im <a href="https://example.org/anfahrt/">Hackerspace Bremen</a> statt.',
    "Die genauen Ziele und die Satzung werden besprochen.",
)


def test_a_post_that_says_its_event_is_today_dates_it_by_its_stamp() -> None:
    expected = [("Vereinsgründungstreffen", "2016-09-23T19:00", None, "Hackerspace Bremen")]
    assert _page(_FOUNDING, date(2016, 9, 23)) == expected
    assert _page(_FOUNDING, date(2020, 1, 1)) == expected


def test_today_in_an_announcing_sentence_is_a_day_only_where_the_post_reports() -> None:
    sentence = "Das Gründungstreffen findet heute um 19 Uhr im Hackerspace Bremen statt."
    assert announcing_sentence(sentence, reports=True) == sentence
    assert announcing_sentence(sentence) is None  # (a lead read alone needs digits or a month)
    assert announcing_sentence("Heute ist das Wetter schön.", reports=True) is None


def test_a_heading_opening_with_its_day_word_names_the_event_after_it() -> None:
    assert without_call_or_schedule("Heute: Virtuelles Treffen") == "Virtuelles Treffen"
    assert without_call_or_schedule("Morgen Abend: Stammtisch") == "Stammtisch"
    assert without_call_or_schedule("Heute ist Markttag") == "Heute ist Markttag"
    assert without_call_or_schedule("Heute Abend spielen wir") == "Heute Abend spielen wir"
    assert without_call_or_schedule("Heute-Show live") == "Heute-Show live"


def test_the_founding_meeting_page() -> None:
    assert _records("jekyll-ffhb-vereinsgruendung-2016-09", date(2026, 5, 7)) == [
        ("Vereinsgründungstreffen", "2016-09-23T19:00", None, "Hackerspace Bremen")
    ]


# 2. „Wir werden vom 16. bis 18. November ein Wochenende im Tagungshaus … verbringen.“: the days
#    the hosts will spend there with the readers announce the workshop (not a report's
#    „verbrachten“).


def test_the_days_the_hosts_will_spend_somewhere_announce_them() -> None:
    sentence = (
        "Wir werden vom 16. bis 18. November ein Wochenende im Tagungshaus Grend in Essen "
        "verbringen."
    )
    assert announcing_sentence(sentence) == sentence
    assert announcing_sentence("Werden wir am 3. Mai den Tag im Zoo verbringen?") is not None
    assert announcing_sentence("Wir verbrachten am 3. Mai einen Tag im Zoo.") is None


def test_the_weekend_workshop_page() -> None:
    assert _records("jekyll-pep-dortmund-sicher-auftreten-2018-11") == [
        ("Sicher Auftreten", "2018-11-16", "2018-11-18", "Tagungshaus Grend")
    ]


# 3. The <address> beside the post's <time> is its byline — who wrote it —, no venue; a heading
#    „<name> am <day> im <venue>“ names the event, its day and its venue; the post's stamp under
#    the heading is no part of the day's run, so the hosts' „ab 19:00 Uhr“ further down is its
#    clock.

_MEETING = _post(
    "Freifunk-Treffen am 19.1. im Hackerspace",
    "15. Januar 2024",
    "Oliver",
    "Moin, dieses Jahr geht es weiter: wir treffen uns am Freitag, den 19.1.2024 wieder in "
    "persona, im Hackerspace Bremen in der Bornstraße 14-15.",
    "Wir wollen ab 19:00 Uhr in gemütlicher Atmosphäre ein paar Aufgaben angehen.",
)


def test_a_heading_names_its_venue_after_its_day_and_the_byline_is_no_place() -> None:
    assert _page(_MEETING, date(2024, 1, 15)) == [
        ("Freifunk-Treffen", "2024-01-19T19:00", None, "Hackerspace")
    ]


def test_a_heading_with_its_venue_after_its_day_splits_like_one_with_it_before() -> None:
    split = name_and_venue_before_the_day
    assert split("Freifunk-Treffen am 19.1. im Hackerspace") == ("Freifunk-Treffen", "Hackerspace")
    assert split("Konzert am 3. Mai in der Stadthalle") == ("Konzert", "Stadthalle")
    assert split("Sommerfest am 12. Juli im Rahmen der Festwoche") is None
    assert split("Treffen am 19.1. im Mai") is None


def test_an_address_without_a_time_beside_it_is_still_the_venue() -> None:
    html = """<html><body><h1>Sommerkonzert</h1><p>Samstag, 12. Juli 2025, 19 Uhr</p>
<address>Stadthalle Musterstadt, Hauptstraße 1</address><p>Eintritt frei.</p></body></html>"""
    (record,) = _page(html, date(2025, 6, 1))
    assert record[1] == "2025-07-12T19:00"
    assert record[3] is not None and record[3].startswith("Stadthalle Musterstadt")


def test_the_meeting_of_january_page() -> None:
    assert _records("jekyll-ffhb-treffen-hackerspace-2024-01") == [
        ("Freifunk-Treffen", "2024-01-19T19:00", None, "Hackerspace")
    ]


# 4. „Die Veranstaltung findet dieses Mal im "Hicc Up" in Dorstfeld (Wittener Straße 205 - 44149
#    Dortmund) statt.“: a name in quotes is a venue's, and the street address in brackets says
#    it is one (not „im Rahmen des Festes (…)“).


def test_a_quoted_name_with_its_address_in_brackets_is_where_the_event_takes_place() -> None:
    sentence = (
        'Die Veranstaltung findet dieses Mal im "Hicc Up" in Dorstfeld (Wittener Straße 205 - '
        "44149 Dortmund) statt."
    )
    assert (
        venue_taking_place(sentence) == "Hicc Up in Dorstfeld, Wittener Straße 205 - 44149 Dortmund"
    )
    framed = "Die Feier findet im Rahmen des Festes (Hauptstraße 5, 12345 Ort) statt."
    assert venue_taking_place(framed) is None


def test_the_stammtisch_page() -> None:
    assert _records("jekyll-pep-dortmund-stammtisch-2017-04") == [
        (
            "Stammtisch",
            "2017-04-12T19:00",
            None,
            "Hicc Up in Dorstfeld, Wittener Straße 205 - 44149 Dortmund",
        )
    ]


# 5. „… werden wir ab 19:00 im Hackerspace mal wieder ein Basteltreffen veranstalten“: a clock
#    with its minutes needs no „Uhr“ before the venue that follows it.


def test_the_venue_after_a_clock_written_without_uhr() -> None:
    line = "Am Montag werden wir ab 19:00 im Hackerspace mal wieder ein Basteltreffen veranstalten."
    assert venue_after_the_clock(line) == "Hackerspace"
    assert venue_after_the_clock("Wir sind ab 19 im Mai wieder da.") is None


def test_the_tinkering_evening_page() -> None:
    assert _records("jekyll-ffhb-basteltreffen-2017-06") == [
        ("Basteltreffen für Outdoor-Kisten", "2017-06-26T19:00", None, "Hackerspace")
    ]


# 6. „… findet das erste Info-Café … im Raum P2-O1-513 statt. Von 12:00 bis ca. 14:00 werden …“:
#    the next sentence opens with the hours (an approximate end, clocks without „Uhr“).


def test_hours_with_an_approximate_end_open_the_next_sentence() -> None:
    line = (
        "Am Mittwoch den 21.10.2015 findet das Info-Café im Raum P2-O1-513 statt. Von 12:00 bis "
        "ca. 14:00 werden zwei Studierende Fragen beantworten."
    )
    opening = clock_opening_the_next_sentence(line, "21.10.2015")
    assert opening is not None
    assert (opening.clock, opening.first_hour) == ("12:00 bis ca. 14:00", "12:00 Uhr")
    years = "Am 21.10.2015 ist Markt. Von 2019 bis 2020 war das anders."
    assert clock_opening_the_next_sentence(years, "21.10.2015") is None


def test_the_info_cafe_page() -> None:
    assert _records("jekyll-pep-dortmund-infocafe-2015-10") == [
        ("PeP Info-Café", "2015-10-21T12:00", None, "Raum P2-O1-513")
    ]


# 7. „… findet … ein Festkolloquium in HG2 HS2 um 16:30 statt“: a room named by its code —
#    capitals with digits, as a campus names its buildings and halls — right before the clock
#    the event takes place at is where (an abbreviation's dot, „PeP et al. ein …“, may stand
#    between the verb and the room; a town before the clock is no such code).


def test_a_room_code_before_the_clock_is_where_the_event_takes_place() -> None:
    html = """<html><body><h2>Festkolloquium</h2><p>Am Dienstag den 20.10.2015 findet anlässlich
des Jubiläums von PeP et al. ein Festkolloquium in HG2 HS2 um 16:30 statt. Wir freuen uns!</p>
</body></html>"""
    ((title, start, _end, place),) = _page(html, date(2015, 9, 30))
    assert (title, start[:10] if start else None, place) == (
        "Festkolloquium",
        "2015-10-20",
        "HG2 HS2",
    )
    town = html.replace("in HG2 HS2", "in Dortmund")
    assert _page(town, date(2015, 9, 30))[0][3] != "Dortmund"


def test_the_festkolloquium_page() -> None:
    assert _records("jekyll-pep-dortmund-festkolloquium-2015-10") == [
        ("Festkolloquium", "2015-10-20T16:30", None, "HG2 HS2")
    ]


# 8. A template that fills every event's JSON-LD with one configured venue: when the page's text
#    names that venue nowhere and shows the event's day with another street address, the
#    address a reader sees is where (a venue the text names, or an address in the footer, leaves
#    the structured place).

_DEFAULT_VENUE = """<html><head><title>Reparatur-Treff</title></head><body>
<nav><a href="/termine/">Termine</a></nav><main><div class="content">
<h1>Wir laden wieder zum Reparatur-Treff ein</h1>
<p><strong>01.11.2025, 10:00 - 17:00 Uhr</strong><br><strong>Makerspace e.V., August-Bebel-Strasse
12 (Hintereingang), 04824 Beucha</strong></p><p>Bringt eure defekten Geräte mit.</p></div>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",
"name": "Reparatur-Treff", "startDate": "2025-11-01T10:00:00+01:00",
"endDate": "2025-11-01T17:00:00+01:00", "location": {"@type": "Place",
"name": "Coworking Brandis", "address": {"@type": "PostalAddress", "streetAddress": "Markt 8",
"postalCode": "04821", "addressLocality": "Brandis"}}}</script></main>
<footer><p>Makerspace e.V. · Markt 8, 04821 Brandis</p></footer></body></html>"""


def test_the_address_the_text_shows_beside_the_day_beats_a_templates_venue() -> None:
    ((title, start, end, place),) = _page(_DEFAULT_VENUE, date(2025, 9, 29))
    assert (title, start, end) == ("Reparatur-Treff", "2025-11-01T10:00", "2025-11-01T17:00")
    assert place == "Makerspace e.V., August-Bebel-Strasse 12 (Hintereingang), 04824 Beucha"


def test_a_structured_venue_the_text_names_stays_the_place() -> None:
    named = _DEFAULT_VENUE.replace("Bringt eure", "Im Coworking Brandis: bringt eure")
    ((_title, _start, _end, place),) = _page(named, date(2025, 9, 29))
    assert place is not None and place.startswith("Coworking Brandis")
    elsewhere = _DEFAULT_VENUE.replace(
        "<br><strong>Makerspace e.V., August-Bebel-Strasse\n12 (Hintereingang), 04824 Beucha</strong>",
        "",
    )
    ((_title, _start, _end, place),) = _page(elsewhere, date(2025, 9, 29))
    assert place is not None and place.startswith("Coworking Brandis")


def test_the_repair_cafe_page() -> None:
    assert _records("jekyll-bulma-partheland-reparatur-treff-2025-11") == [
        (
            "Reparatur-Treff",
            "2025-11-01T10:00",
            "2025-11-01T17:00",
            "Makerspace Partheland e.V., August-Bebel-Strasse 12 (Hintereingang, 1.OG), 04824 Beucha",
        )
    ]
