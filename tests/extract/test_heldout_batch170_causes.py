"""Causes found on held-out German batch 170 of the real-page corpus (listing pages close to
netdir's domain: a climate action alliance's day of action and onboarding dates, an allotment
association's notices), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts, ends and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.told_twice import without_events_told_twice
from netdir.records import RawRecord
from tests.extract.realpage_inspect import saved_page_spans, spans_on

# 1. A day of action's page: h1 „Aktionstag am 29. Mai“, the day once in the prose („Am Freitag,
#    den 29.5. …“), then „Protestiert wird unter anderem in:“ over a list of towns in bold, each
#    with what is done, its clock and where („<li><strong>Aachen</strong>: Fahrraddemo 18 h
#    Elisenbrunnen</li>“). No item names a day, so only the day of action was read. Each item is
#    an action of that day in that town; two clocks after two names are two actions, a clock
#    with no name before it a stop of the one before.

_ACTION_DAY = (
    "<html><body><h1>Aktionstag am 29. Mai</h1>"
    "<p><strong>Am Freitag, den 29.5.</strong> wollen wir mit einem <strong>dezentralen "
    "Aktionstag</strong> auf die Straße gehen.</p>"
    "<p><strong>Protestiert wird unter anderem in:</strong></p><ul>"
    "<li><strong>Aachen</strong>: Fahrraddemo 18 h Elisenbrunnen</li>"
    "<li><strong>Berlin: </strong>Fahrraddemo 12.30 Uhr vom VDA, Bebelplatz zum Kanzleramt</li>"
    "<li><strong>Celle</strong></li>"
    "<li><strong>Kassel</strong>: Mahnwache 10 h, Fahrraddemo 16 h</li>"
    "<li><strong>Köln</strong>: Fahrraddemo 16 h Deutzer Werft, 17 h Rudolfplatz, 18 h "
    "Heumarkt</li></ul></body></html>"
)


def test_local_actions_of_the_day_on_a_snippet() -> None:
    assert spans_on(_ACTION_DAY, date(2020, 5, 28))[1:] == [
        ("Aachen: Fahrraddemo", "2020-05-29T18:00", None, "Elisenbrunnen"),
        ("Berlin: Fahrraddemo", "2020-05-29T12:30", None, "vom VDA, Bebelplatz zum Kanzleramt"),
        ("Celle", "2020-05-29", None, None),
        ("Kassel: Mahnwache", "2020-05-29T10:00", None, None),
        ("Kassel: Fahrraddemo", "2020-05-29T16:00", None, None),
        ("Köln: Fahrraddemo", "2020-05-29T16:00", None, "Deutzer Werft"),
    ]


def test_a_list_of_bold_leads_that_are_no_towns_gives_no_actions() -> None:
    # „<b>Achtung</b> …“, „<b>Wichtig</b> …“: bold openings of sentences, no towns with a colon
    html = _ACTION_DAY.replace("<strong>Aachen</strong>:", "<strong>Achtung</strong>").replace(
        "<strong>Kassel</strong>:", "<strong>Bitte</strong>"
    )
    assert [span[0] for span in spans_on(html, date(2020, 5, 28))] == ["Aktionstag"]


def test_local_actions_of_the_day_on_the_page() -> None:
    spans = saved_page_spans("wp-sandimgetriebe-aktionstag-2020-05")
    assert spans[0] == ("Aktionstag", "2020-05-29", None, None)
    assert len(spans) == 29  # the day and its 28 actions (Kassel two)
    assert spans[1] == ("Aachen: Fahrraddemo", "2020-05-29T18:00", None, "Elisenbrunnen")
    assert ("Berlin: Kundgebung und PK", "2020-05-29T12:00", None, "Oranienstraße 106, Mitte") in (
        spans
    )
    assert ("Dortmund: Demo mit Gehzeugen", "2020-05-29", None, None) in spans
    assert ("Hannover: Fahrraddemo", "2020-05-29T16:15", None, "Opernplatz") in spans


# 2. A post's paragraph closing with its dates under a label that names their kind:
#    „📆 Unsere nächsten digitalen Onboarding-Termine:<br>🕘 30.05. – 22:00 Uhr<br>🕕 11.06. –
#    18:00 Uhr<br>…“. The lines before the label are the post's text, so the paragraph was no box
#    of date lines and nothing was read. The lines after the label are the dates, named by the
#    kind the label's compound names („Onboarding-Termine“ → „Onboarding“).

_KIND_DATES = (
    "<html><body><main><article><header class='entry-header'><h1 class='entry-title'>Rein ins "
    "Getriebe! Dein Einstieg bei uns</h1></header><div class='entry-meta'><span "
    "class='posted-date'>23. May 2025</span></div><div class='entry-content'>"
    "<p>Du sitzt am Wasser und denkst dir: Aktuell wird’s nix?<br><br>Melde dich an unter: "
    "mobi@example.org<br><br>&#128198; Unsere nächsten digitalen Onboarding-Termine:<br>"
    "&#128344; 30.05. &ndash; 22:00 Uhr<br>&#128341; 11.06. &ndash; 18:00 Uhr</p></div>"
    "</article></main></body></html>"
)


def test_dates_under_their_kind_on_a_snippet() -> None:
    assert spans_on(_KIND_DATES, date(2025, 5, 23)) == [
        ("Onboarding", "2025-05-30T22:00", None, None),
        ("Onboarding", "2025-06-11T18:00", None, None),
    ]


def test_a_label_without_a_kind_names_nothing() -> None:
    html = _KIND_DATES.replace("Unsere nächsten digitalen Onboarding-Termine:", "Termine:")
    assert all(span[0] != "Onboarding" for span in spans_on(html, date(2025, 5, 23)))


def test_dates_under_their_kind_on_the_page() -> None:
    assert saved_page_spans("wp-sandimgetriebe-einstieg-2025-05") == [
        ("Onboarding", "2025-05-30T22:00", None, None),
        ("Onboarding", "2025-06-11T18:00", None, None),
        ("Onboarding", "2025-06-19T13:12", None, None),
        ("Onboarding", "2025-06-28T13:12", None, None),
    ]


# 3. A post's slots, each a paragraph that ends in the word joining it to the next choice („So
#    6.11. 10:00-11:30 oder“, „Di 8.11. 14:30 – 16:00 oder“, „Do 10.11. 19:00 – 20:30“), then
#    the same slots again under „***** English version *****“ („Sun 6. 11. 10:00-11:30 or“ …).
#    The first two were named „oder“ — the word left when the day and hours go — and every slot
#    was read twice. „oder“ names nothing (the slots take the post's heading like the third), and
#    a second record with the same name, start, end and place is the same slot told again.

_SLOTS = (
    "<html><body><main><article><h1 class='entry-title'>Onboardings</h1><div "
    "class='entry-content'><p>Komm zu einem der Online-Onboardings:</p>"
    "<p>So 6.11. 10:00-11:30 oder</p><p>Di 8.11. 14:30 – 16:00 oder</p>"
    "<p>Do 10.11. 19:00 – 20:30</p><p>Themen: Was planen wir?</p>"
    "<p>***** English version *****</p><p>Join one of the online onboardings:</p>"
    "<p>Sun 6. 11. 10:00-11:30 or</p><p>Tue 8. 11. 14:30-16:00 or</p>"
    "<p>Thu 10. 11. 19:00-20:30</p></div></article></main></body></html>"
)


def test_a_joining_word_names_nothing_and_slots_told_twice_are_one_on_a_snippet() -> None:
    assert spans_on(_SLOTS, date(2022, 11, 5)) == [
        ("Onboardings", "2022-11-06T10:00", "2022-11-06T11:30", None),
        ("Onboardings", "2022-11-08T14:30", "2022-11-08T16:00", None),
        ("Onboardings", "2022-11-10T19:00", "2022-11-10T20:30", None),
    ]


def test_two_showings_of_one_name_on_a_day_stay_two() -> None:
    html = (
        "<html><body><h1>Kino im Saal</h1><ul>"
        "<li><b>Der Film</b> – Sa 12.11.2022, 16:00 Uhr</li>"
        "<li><b>Der Film</b> – Sa 12.11.2022, 20:00 Uhr</li>"
        "<li><b>Ein anderer Film</b> – So 13.11.2022, 18:00 Uhr</li></ul></body></html>"
    )
    assert [span[1] for span in spans_on(html, date(2022, 11, 5))] == [
        "2022-11-12T16:00",
        "2022-11-12T20:00",
        "2022-11-13T18:00",
    ]


def _told(title: str, date_text: str) -> RawRecord:
    return RawRecord("s", "https://example.org/", "listing", title, date_text=date_text)


def test_the_same_day_written_alike_twice_stays_two() -> None:
    # an archive of yearless days under one name: „04. April“ of two years (no day word of
    # another language), middleman-webmontagkoeln-archiv-2019-06; only „Sun 6. 11.“ after „So
    # 6.11.“ tells one slot again
    records = [
        _told("Webmontag Köln", "04. April"),
        _told("Webmontag Köln", "04. April"),
        _told("Onboardings", "So 6.11. 10:00-11:30"),
        _told("Onboardings", "Sun 6. 11. 10:00-11:30"),
    ]
    kept = without_events_told_twice(records, date(2022, 11, 5))
    assert [record.date_text for record in kept] == [
        "04. April",
        "04. April",
        "So 6.11. 10:00-11:30",
    ]


def test_slots_told_twice_are_one_on_the_page() -> None:
    # (named „Onboardings“ by the h1 until session 65 read the sentence above the slots,
    # one_of_the_named: „an einem der Online-Onboardings teilzunehmen:“)
    assert saved_page_spans("wp-sandimgetriebe-onboardings-2022-11")[:3] == [
        ("Online-Onboarding", "2022-11-06T10:00", "2022-11-06T11:30", None),
        ("Online-Onboarding", "2022-11-08T14:30", "2022-11-08T16:00", None),
        ("Online-Onboarding", "2022-11-10T19:00", "2022-11-10T20:30", None),
    ]


# 4. A bazaar's dates page: „<h2>FRÜHJAHR <span>2027</span></h2><p><strong>Samstag, 06.03.2027
#    (vorraussichtlich)</strong><br>von <strong>14:30 bis 16:30 Uhr</strong></p>“, „<h2>HERBST
#    2026</h2>“ … Each date was named by its season. The season says when it falls; the site's
#    name in the document title („Termine - Basar in Egestorf“) says what is held.

_SEASONS = (
    "<html><head><title>Termine - Basar in Egestorf</title></head><body><main>"
    "<h1>für Kinderbekleidung &amp; Spielsachen<br>auf Kommissionsbasis</h1>"
    "<div class='termine-content'><h2>FRÜHJAHR <span>2027</span></h2><p class='date-info'>"
    "<strong>Samstag, 06.03.2027 (vorraussichtlich)</strong><br><span>von</span> "
    "<strong>14:30 bis 16:30 Uhr</strong></p><h2>HERBST <span>2026</span></h2>"
    "<p class='date-info'><span>Samstag, 26.09.2026 von 14:30 bis 16:30 Uhr</span></p></div>"
    "</main></body></html>"
)


def test_a_season_heading_names_nothing_on_a_snippet() -> None:
    # (without the page's navigation the town its name is called after is taken for the place)
    assert [span[:3] for span in spans_on(_SEASONS, date(2026, 6, 1))] == [
        ("Basar in Egestorf", "2027-03-06T14:30", "2027-03-06T16:30"),
        ("Basar in Egestorf", "2026-09-26T14:30", "2026-09-26T16:30"),
    ]


def test_a_rows_own_season_link_still_names_it() -> None:
    # „<li><span><a>Summer 2025</a></span> <span>Jul 15, 2025</span></li>“: the row's own link
    # names its term's segment, as the corpus's reader noted it
    assert [span[0] for span in saved_page_spans("jekyll-nycpact-meetings-2025-09")][:2] == [
        "Fall 2025",
        "Summer 2025",
    ]


def test_a_season_heading_names_nothing_on_the_page() -> None:
    assert saved_page_spans("static-basar-egestorf-termine-2026") == [
        ("Basar in Egestorf", "2027-03-06T14:30", "2027-03-06T16:30", None),
        ("Basar in Egestorf", "2026-09-26T14:30", "2026-09-26T16:30", None),
    ]


# 5. The bazaar's start page opens its info list with the hall — „<h2>Fritz-Ahrberg-Halle</h2>“,
#    „(Turnhalle Ernst-Reuter-Schule)“, „Nienstedter Str. 15<br>Barsinghausen / Egestorf“ — over
#    „nächster Termin: Samstag, 26.09.2026“. The hall was taken for the event's name. A venue
#    heading with its street right below says where; the document title names what.

_VENUE_FIRST = (
    "<html><head><title>Basar in Egestorf - Home</title></head><body><main>"
    "<h1>für Kinderbekleidung &amp; Spielsachen<br>auf Kommissionsbasis</h1>"
    "<div class='info-item'><h2 class='venue-name'>Fritz-Ahrberg-Halle</h2>"
    "<span>(Turnhalle Ernst-Reuter-Schule)</span><p>Nienstedter Str. 15<br>Barsinghausen / "
    "Egestorf</p></div><div class='info-item'><h2><span>nächster Termin:</span> "
    "<span>Samstag, 26.09.2026</span></h2><p>von 14:30 bis 16:30 Uhr</p>"
    "<p>mit tollem Kuchenbüfett</p></div></main></body></html>"
)


def test_a_venue_heading_over_its_street_is_the_place_on_a_snippet() -> None:
    assert spans_on(_VENUE_FIRST, date(2026, 6, 1)) == [
        ("Basar in Egestorf", "2026-09-26T14:30", "2026-09-26T16:30", "Fritz-Ahrberg-Halle"),
    ]


def test_a_venue_heading_without_a_street_below_still_names() -> None:
    html = _VENUE_FIRST.replace("Nienstedter Str. 15<br>", "")
    assert spans_on(html, date(2026, 6, 1))[0][0] == "Fritz-Ahrberg-Halle"


def test_a_venue_heading_over_its_street_is_the_place_on_the_page() -> None:
    assert saved_page_spans("static-basar-egestorf-start-2026") == [
        ("Basar in Egestorf", "2026-09-26T14:30", "2026-09-26T16:30", "Fritz-Ahrberg-Halle"),
    ]
