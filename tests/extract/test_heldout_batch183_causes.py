"""Causes found on held-out German batch 183 of the real-page corpus (single-event and meeting
pages: the Data Week Leipzig's track pages, a learned society's conference site, a youth
conference's start and sign-up pages), each pinned on a minimal snippet and on its page: the
records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.deadline_titles import names_a_guests_step
from netdir.extract.edition_headings import names_only_the_kind
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.venue_headings import heading_is_the_venue
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A track page names its one day („<span class="date">2022-07-08</span>“ under the h1) and heads
#    each point of it with its hours — „<h3>09.00 - 09.15: Begrüßung</h3>“ after a room tag
#    „<span class="locationtag">Ratsplenarsaal</span>“, breaks as „<h3 class="pause">“: only the
#    day was read, without hour or room (new clock_heading_programme, beside the clock lists and
#    tables in own_event_or_list).

_TRACK = (
    "<html lang='de'><head><title>Quo Vadis Informatik</title></head><body>"
    "<div class='main-container'><h1>Quo Vadis Informatik in der Region</h1>"
    "<div class='subtitle'><span class='date'>2022-07-08</span></div><p>Ein Treffen.</p>"
    "<h2>Programm</h2>"
    "<span class='locationtag'><a href='../venue#R'>Ratsplenarsaal</a></span>"
    "<h3 id='t1'>09.00 - 09.15: Begrüßung</h3><ul></ul>"
    "<span class='locationtag'><a href='../venue#R'>Ratsplenarsaal</a></span>"
    "<h3 id='t2'>09.15 - 09.35: Impulsvortrag: <b>Der steinige Weg in die Werkhallen</b> von "
    "<a href='https://example.org/'>Marco Langhof</a></h3><ul></ul>"
    "<span class='locationtag'><a href='../venue#W'>Wandelhalle</a></span>"
    "<h3 class='pause'>09.35 - 10.00: Kaffeepause</h3><ul></ul>"
    "<span class='locationtag'><a href='../venue#R'>Ratsplenarsaal</a></span>"
    "<h3 id='t3'>10.00 - 10.30: Digitalisierungsstrategie in Sachsen</h3><ul></ul>"
    "<span class='locationtag'><a href='../venue#R'>Ratsplenarsaal</a></span>"
    "<h3 id='t4'>10.30 - 10.45: Abschluss</h3><ul></ul>"
    "</div></body></html>"
)


def test_clock_headings_are_the_days_points() -> None:
    assert readings_on(_TRACK, date(2022, 7, 7)) == [
        ("Quo Vadis Informatik in der Region", "2022-07-08T09:00", "Ratsplenarsaal"),
        ("Begrüßung", "2022-07-08T09:00", "Ratsplenarsaal"),
        ("Der steinige Weg in die Werkhallen", "2022-07-08T09:15", "Ratsplenarsaal"),
        ("Digitalisierungsstrategie in Sachsen", "2022-07-08T10:00", "Ratsplenarsaal"),
    ]


def test_clock_headings_on_the_track_pages() -> None:
    readings = saved_page_readings("jekyll-rdf-dataweek-gi-regionaltreffen-2022-07")
    assert len(readings) == 8
    assert readings[0] == (
        "Quo Vadis Informatik in der Metropolregion Leipzig/Halle",
        "2022-07-08T09:00",
        "Ratsplenarsaal",
    )
    assert (
        "Der steinige Weg in die Werkhallen – Erfahrungen und Ansätze bei der Umsetzung von "
        "Informatikprojekten in der industriellen Fertigung",
        "2022-07-08T09:55",
        "Ratsplenarsaal",
    ) in readings
    assert not any("pause" in (title or "").lower() for title, _, _ in readings)
    kmi = saved_page_readings("jekyll-rdf-dataweek-kmi-workshop-2022-07")
    assert [start for _, start, _ in kmi] == [
        "2022-07-08T09:00",
        "2022-07-08T09:00",
        "2022-07-08T09:45",
        "2022-07-08T10:40",
        "2022-07-08T13:15",
    ]
    assert {place for _, _, place in kmi} == {"Sitzungssaal"}


# 2. A youth conference's sign-up page lists its „FRISTEN“ as rows „Anmeldung“ / „Zahlung“ /
#    „Abmeldung“, each „27.11.2024“, and a venue page heads its hotel rooms with „Anreise: 24.11.23“
#    / „Abreise: 26.11.23“: read as events „Anmeldung“, „Abmeldung“, „Anreise“, „Abreise“. A bare
#    word for a guest's own step with a bare day is a deadline or a travel day
#    (deadline_titles.names_a_guests_step, in listing and named_date_lines); with a clock
#    („Anmeldung 8:00“ in a tournament's Zeitplan) it stays.


def test_a_guests_step_with_a_bare_day() -> None:
    assert names_a_guests_step("Anmeldung", "27.11.2024")
    assert names_a_guests_step("Abreise:", "26.11.23")
    assert names_a_guests_step("Zahlung", None)
    assert not names_a_guests_step("Anmeldung", "22.08.2026, 8:00 Uhr")
    assert not names_a_guests_step("Anmeldung", "09.30")
    assert not names_a_guests_step("Anmeldung zum Kurs", "27.11.2024")
    assert not names_a_guests_step("Anreise der Gäste und Empfang", "24.11.2023")


def test_deadlines_and_travel_days_on_their_pages() -> None:
    assert saved_page_readings("static-silvestertagung-hamburg-anmeldung-2024") == []
    venue = saved_page_readings("static-dvcs-erlangen-tagungsort-2023")
    assert not any(title in {"Anreise", "Abreise"} for title, _, _ in venue)


# 3. A networking week's pre-event page: „<h1>Tracks</h1>“ (the site's part) over „<h2>Pre-Event
#    </h2>“ and „Erleben Sie am 29. November 2024 mit uns einen … Abend im Festsaal des Neuen
#    Rathauses.“, „Beginn: 18:00 Uhr“, „Ort: …“: no record — the hosts' invitation to spend the day
#    with them was no announcing sentence (prose_announcements), and „Tracks“ named the event
#    (event_page_titles._SECTION_HEADING; the h2 under it is the top heading a day may stand under).


def test_an_invitation_to_experience_the_evening() -> None:
    assert announcing_sentence(
        "Die Rückmeldungen haben uns dazu bewogen, die Community einzuladen. Erleben Sie am 29. "
        "November 2024 mit uns einen inspirierenden Abend im Festsaal des Neuen Rathauses."
    ) == (
        "Erleben Sie am 29. November 2024 mit uns einen inspirierenden Abend im Festsaal des "
        "Neuen Rathauses."
    )
    assert announcing_sentence("Erleben Sie am 29. November 2024 die Ausstellung.") is None


def test_the_pre_event_on_its_page() -> None:
    assert saved_page_readings("jekyll-rdf-dataweek-warm-up-2024-11") == [
        (
            "Pre-Event",
            "2024-11-29T18:00",
            "Neues Rathaus Leipzig, Festsaal (1. OG), Martin-Luther-Ring 4-6, 04109 Leipzig",
        )
    ]


# 4. A Fachtag's page: „<h2>Blick/Klick auf die Hinterbühne</h2> <h3>Fachtag für Menschen aus
#    Kultur und Digitalisierung</h3>“ over „Zeit und Ort: 11.06.2025 von 10:00 – 18:00 Uhr in
#    Leipzig, im Foyer des Schauspiel Leipzig (Bosestraße 1, 04109 Leipzig)“ and panels
#    „<strong>13:00 Uhr: „(K)ein Drama ohne Daten“</strong> mit Judith Brückmann (…) …“. Named by the
#    kind-and-audience subheading (edition_headings.names_only_the_kind); once past it, the h2 was
#    taken for a venue over its street (a „…bühne“ one looks towards: venue_headings); the place lost
#    its bracketed address (prose_start); the panels kept their members (clock_list_programme).


def test_a_kind_and_its_audience_name_no_event() -> None:
    assert names_only_the_kind("Fachtag für Menschen aus Kultur und Digitalisierung")
    assert names_only_the_kind("Workshop für Einsteiger*innen")
    assert not names_only_the_kind("Fachtag Digitalisierung")
    assert not names_only_the_kind("Förderverein für Jugendarbeit")
    assert not heading_is_the_venue(
        "Blick/Klick auf die Hinterbühne", ["Zeit und Ort: … (Bosestraße 1, 04109 Leipzig)"]
    )
    assert heading_is_the_venue("Fritz-Ahrberg-Halle", ["Nienstedter Str. 15", "Barsinghausen"])


_FACHTAG = (
    "<html lang='de'><head><title>Data Week | Hinterbühne</title></head><body><main>"
    "<h2>Blick/Klick auf die Hinterbühne</h2>"
    "<h3>Fachtag für Menschen aus Kultur und Digitalisierung</h3>"
    "<p><strong>Zeit und Ort:</strong> 11.06.2025 von 10:00 – 18:00 Uhr in Leipzig, im Foyer des "
    "Schauspiel Leipzig (Bosestraße 1, 04109 Leipzig)</p><p>Wir laden ein.</p>"
    "<p>Nachmittags (13:00 – 17:00 Uhr)</p><ul><li>Panels<ul>"
    "<li><strong>13:00 Uhr: „(K)ein Drama ohne Daten“</strong> mit Judith Brückmann (Berlin "
    "Bühnen) und Sina Schmidt (Deutscher Bühnenverein)</li>"
    "<li><strong>14:15 Uhr: „Von Ko-Kreation bis KI“</strong> mit Clair Bötschi (Künstler) und "
    "Paolo Löffler (Kunstkraftwerk)</li></ul></li></ul></main></body></html>"
)


def test_the_fachtag_named_by_its_heading_and_its_panels_by_their_quotes() -> None:
    assert readings_on(_FACHTAG, date(2025, 6, 6)) == [
        (
            "Blick/Klick auf die Hinterbühne",
            "2025-06-11T10:00",
            "Foyer des Schauspiel Leipzig (Bosestraße 1, 04109 Leipzig)",
        ),
        ("(K)ein Drama ohne Daten", "2025-06-11T13:00", None),
        ("Von Ko-Kreation bis KI", "2025-06-11T14:15", None),
    ]


def test_the_fachtag_on_its_page() -> None:
    readings = saved_page_readings("jekyll-rdf-dataweek-fachtag-hinterbuehne-2025-06")
    assert readings[0] == (
        "Blick/Klick auf die Hinterbühne",
        "2025-06-11T10:00",
        "Foyer des Schauspiel Leipzig (Bosestraße 1, 04109 Leipzig)",
    )
    assert [title for title, _, _ in readings[1:]] == [
        "(K)ein Drama ohne Daten",
        "Von Ko-Kreation bis KI – neue Technologien im Kultursektor",
        "Kein Anschluss unter dieser Nummer: Kulturdaten zwischen Silos und Schranken",
    ]


# 5. A learned society's conference site heads every page with „<div class="heading__titel"><h1>
#    Ab/Normal 異/常</h1><h2>Divergenz(en) in China</h2><h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“:
#    the h4 under the title and its subtitle is the event's dateline — an edition, a town, the days
#    still to come (event_page_dates._closing_dateline) —, the h2 in the title's wrapper is the
#    subtitle (event_page_titles._title_block_pair); on the venue page, under „<h1>Tagungsort</h1>“
#    (a page part, like „Organisatorisches“), the dateline's words before its town name the event,
#    not the venue's h3 below (event_page_titles._dateline_name). Before, the start page read its
#    three undated link headings, the venue page its hotel rooms' arrival and departure.

_DVCS = (
    "<html lang='de'><head><title>{title}</title></head><body><header><div class='heading'>"
    "<div class='heading__titel'><h1>{h1}</h1>{h2}<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>"
    "</div></div></header><main class='mainpart'>{main}</main></body></html>"
)


def test_the_conference_of_its_dateline() -> None:
    start = _DVCS.format(
        title="Homepage DVCS 2023",
        h1="Ab/Normal 異/常",
        h2="<h2>Divergenz(en) in China</h2>",
        main="<p>Normalität ist keineswegs normal.</p><section><h3><a href='cfp.pdf'>Call for "
        "Paper als PDF herunterladen</a></h3><h3><a href='o.html'>Anmeldungsinformationen</a></h3>"
        "<h3><a href='https://www.dvcs.eu/'>Mehr zur DVCS</a></h3></section>",
    )
    assert readings_on(start, date(2023, 5, 4)) == [("Ab/Normal 異/常", "2023-11-24", None)]
    venue = _DVCS.format(
        title="Tagungsort DVCS 2023",
        h1="Tagungsort",
        h2="",
        main="<div class='mainpart__ort'><h3>Kollegienhaus der FAU Erlangen-Nürnberg "
        "(Universitätsstraße 15, 91054 Erlangen)</h3><img src='Karte.png' alt='Karte'>"
        "<h3><a href='https://www.sinologie.phil.fau.de/'>Sinologisches Institut der FAU</a></h3>"
        "<h3>Gebuchte Übernachtungskontingente</h3>"
        "<h4>Anreise: 24.11.23</h4><h4>Abreise: 26.11.23</h4><ul><li>Hotel</li></ul></div>",
    )
    ((title, start, place),) = readings_on(venue, date(2023, 5, 4))
    assert (title, start) == ("DVCS XXXIV", "2023-11-24")
    assert (place or "").startswith("Kollegienhaus der FAU Erlangen-Nürnberg")


def test_the_conference_on_its_pages() -> None:
    assert saved_page_readings("static-dvcs-erlangen-cfp-2023") == [
        ("Ab/Normal 異/常", "2023-11-24", None)
    ]
    assert saved_page_readings("static-dvcs-erlangen-tagungsort-2023") == [
        (
            "DVCS XXXIV",
            "2023-11-24",
            "Kollegienhaus der FAU Erlangen-Nürnberg (Universitätsstraße 15, 91054 Erlangen)",
        )
    ]


# 6. Guards found by the whole-corpus comparison: a wiki's evening whose h2 parts open with their
#    hours — „19.00 - 20.00 Uhr - Warmlaufen / Networking“, „20.00 - 21.00 Uhr - Präsentationen,
#    Demos“, „21.00 - Open End - Shmoozing“ — has no two points (the getting-together and the open
#    end are none); a flea market's list under an h2 „Flohmarkttermine 2022“ on a page without an
#    h1 stays a list (the h2 counts as the top heading only under a site part's h1 like „Tracks“).


def test_the_evenings_parts_and_the_list_stay() -> None:
    assert len(saved_page_readings("dokuwiki-webmontag-koeln-2009-03-02")) == 1
    flea = saved_page_readings("static-katzenfreunde-bibi-termine-2022")
    assert [(title, start) for title, start, _ in flea] == [
        ("Flohmarkt", "2022-11-05T10:00"),
        ("Flohmarkt", "2022-12-03T10:00"),
    ]


# 7. The conference's „Rahmenprogramm“ lists its side events as sentences: „Die
#    Mitgliederversammlung der DVCS wird voraussichtlich <strong>am Samstag, den 25. November,
#    zwischen 12 und 14 Uhr</strong> stattfinden.“, „Für <strong>Samstag, den 25. November, um 20
#    Uhr,</strong> ist ein gemeinsames Abendessen in <a>Kitzmanns Bräuschänke</a> vorgesehen
#    (Südliche Stadtmauerstraße 25, 91054 Erlangen, …).“, „<strong>Am Sonntag, den 26.
#    November,</strong> wird … ein gemeinsamer Besuch des <a>Germanischen Nationalmuseums in
#    Nürnber</a> angeboten.“ The list named the dinner by its inn's link and lost the meeting,
#    which has none: an item of one sentence is named by the event it names, the inn after „in“ is
#    where (new sentence_item_names, in listing_features.read_block; listing_score.is_item).

_SIDE_EVENTS = (
    "<html lang='de'><body><main><h2>Rahmenprogramm</h2><ul>"
    "<li><p>Die Mitgliederversammlung der DVCS wird voraussichtlich <strong>am Samstag, den 25. "
    "November, zwischen 12 und 14 Uhr</strong> stattfinden.</p></li>"
    "<li><p>Für <strong>Samstag, den 25. November, um 20 Uhr,</strong> ist ein gemeinsames "
    "Abendessen in <a href='https://braeuschaenke.de/'>Kitzmanns Bräuschänke</a> vorgesehen "
    "(Südliche Stadtmauerstraße 25, 91054 Erlangen, Essen à la carte, Gäste zahlen selbst).</p></li>"
    "<li><p><strong>Am Sonntag, den 26. November,</strong> wird im Anschluss an die Tagung ein "
    "gemeinsamer Besuch des <a href='https://www.gnm.de/'>Germanischen Nationalmuseums in "
    "Nürnberg</a> angeboten.</p></li></ul></main></body></html>"
)


def test_side_events_named_by_their_sentences() -> None:
    readings = readings_on(_SIDE_EVENTS, date(2023, 5, 4))
    assert readings[:2] == [
        ("Mitgliederversammlung der DVCS", "2023-11-25T12:00", None),
        (
            "Gemeinsames Abendessen",
            "2023-11-25T20:00",
            "Kitzmanns Bräuschänke, Südliche Stadtmauerstraße 25, 91054 Erlangen",
        ),
    ]
    assert readings[2][:2] == ("Gemeinsamer Besuch des Germanischen Nationalmuseums", "2023-11-26")


# 8. The conference's „Organisatorisches“ page: under „<h1>Organisatorisches</h1>“ (a page part) the
#    dateline „<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“, beside the list of its three side
#    events (a list of three dated items, so only a labelled day made the page an event's): the
#    dateline counts as such a day under the page's h1 (event_page_dates.dateline_under_a_heading),
#    and a list of sentence-named items within its days is its programme, hours or not
#    (event_programme.own_event_over_its_programme, rows_within). Only under an h1 that names no
#    event: a festival's „<h1>Luzerner Rollenspieltage</h1>“ over its dateline h2 beside the day's
#    sessions (astro-rollenspieltage-luzern-programm-2026) and a garden cinema's „<h1>Programm
#    2022</h1>“ over its first film's dateline (jekyll-rosaluna-mollis-programm-2022) stay lists.


def test_the_conference_beside_its_side_events() -> None:
    readings = saved_page_readings("static-dvcs-erlangen-organisatorisches-2023")
    assert [(title, start) for title, start, _ in readings] == [
        ("DVCS XXXIV", "2023-11-24"),
        ("Mitgliederversammlung der DVCS", "2023-11-25T12:00"),
        ("Gemeinsames Abendessen", "2023-11-25T20:00"),
        ("Gemeinsamer Besuch des Germanischen Nationalmuseums", "2023-11-26"),
    ]


def test_datelines_under_a_naming_h1_leave_the_list() -> None:
    films = saved_page_readings("jekyll-rosaluna-mollis-programm-2022")
    assert [title for title, _, _ in films] == [
        "3 Kurzfilme",
        "The kid (Der Vagabund und das Kind)",
    ]
    assert len(saved_page_readings("astro-rollenspieltage-luzern-programm-2026")) == 16
