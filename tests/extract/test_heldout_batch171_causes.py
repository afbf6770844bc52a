"""Causes found on held-out German batch 171 of the real-page corpus (single-event pages close to
netdir's domain: news posts of two Freifunk communities, Karlsruhe and Ortenau, announcing their
meetings, online and in a host's rooms), each pinned on a minimal snippet and on its page: the
records a reader would note, with their names, starts, ends and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.host_rooms import place_in_host_rooms
from netdir.extract.meeting_links import meeting_link, met_on_a_service
from netdir.extract.sentence_places import meeting_place_after_words, place_in_sentence
from netdir.extract.title_text import without_call_or_schedule
from netdir.extract.we_meet_headings import meeting_the_heading_tells
from netdir.extract.weekday_clocks import clock_of_another_weekday
from tests.extract.realpage_inspect import saved_page_spans, spans_on


def _post(heading: str, *paragraphs: str, stamp: str = "Aug 23, 2016") -> str:
    """A news post as the Freifunk communities' Jekyll theme lays it out: the brand <h1> in the
    site's header, the post's <h3 class="post-title"> over its date, the prose in an <article>."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Post</title></head><body><header id='header'><h1><a href='/'>"
        "Freifunk Ortenau</a></h1><nav id='nav'><ul><li><a href='/news/'>News</a></li>"
        "<li><a href='/kontakt/'>Kontakt</a></li></ul></nav></header>"
        "<section id='main' class='container'><div class='box'><header>"
        f"<h3 class='post-title'>{heading}</h3><p class='post-meta'>{stamp}</p></header>"
        f"<article class='post-content'>{body}</article></div></section></body></html>"
    )


# 1. „Am morgigen Mittwoch um 20 Uhr findet wieder unser Freifunk-Treffen in den Räumen des
#    <a>Section 77 e.V.</a> in Offenburg statt.“: the group meets at another association's
#    premises; „Räumen des Section 77 e.V.“ holds no venue word and no street, so no place was
#    read. The host whose rooms they are, with the town after it and the address a bracket adds
#    after „statt“ („(diesmal in der Wasserstraße 22a)“), is where (new host_rooms.py, in
#    prose_start.place_in_prose).


def test_a_hosts_rooms_on_a_snippet() -> None:
    html = _post(
        "Freifunk Treffen am Dienstag den 05.09.2017",
        "Am <strong>Dienstag, 05.09.2017 um 20 Uhr</strong> findet wieder unser Freifunk-Treffen "
        "in den Räumen des <a href='https://section77.de'>Section 77 e.V.</a> in Offenburg statt "
        "(diesmal in der Wasserstraße 22a). Interessierte sind herzlich eingeladen!",
        stamp="Aug 27, 2017",
    )
    assert spans_on(html, date(2017, 8, 27)) == [
        (
            "Freifunk Treffen",
            "2017-09-05T20:00",
            None,
            "Section 77 e.V., Wasserstraße 22a, Offenburg",
        ),
    ]


def test_a_hosts_rooms_in_a_sentence() -> None:
    said = "findet wieder unser Treffen in den Räumen des Section 77 e.V. in Offenburg statt."
    assert place_in_host_rooms(said) == "Section 77 e.V., Offenburg"
    assert place_in_host_rooms("findet in den Räumen der Volkshochschule statt") == (
        "Volkshochschule"
    )
    # a host that presents its event in others' rooms, before the event's article (10)
    presented = "Vom Do., 26 Mai bis So., 29 Mai präsentiert der Entropia e.V. / CCC Karlsruhe"
    assert place_in_host_rooms(
        f"{presented} in den Räumen von HfG und ZKM Karlsruhe die legendäre Gulaschprogrammiernacht."
    ) == ("HfG und ZKM Karlsruhe")
    # a common noun's genitive names no one a visitor can find; no „statt“, nothing held there
    assert place_in_host_rooms("findet in den Räumen des Vereins statt.") is None
    assert place_in_host_rooms("Wir präsentieren in den Räumen des Rathauses unser Stück") is None
    assert (
        place_in_host_rooms("Wir renovieren in den Räumen des Section 77 e.V. die Küche.") is None
    )


def test_a_hosts_rooms_on_the_pages() -> None:
    assert saved_page_spans("jekyll-ffog-treffen-2017-09") == [
        (
            "Freifunk Treffen",
            "2017-09-05T20:00",
            None,
            "Section 77 e.V., Wasserstraße 22a, Offenburg",
        ),
    ]


# 2. „<h3>Freifunk Treffen am Mittwoch den 24.08.2016</h3>“ over „Am morgigen <strong>Mittwoch um
#    20 Uhr</strong> findet wieder unser Freifunk-Treffen … statt.“: the sentence names the
#    heading's day by its weekday alone, so it was not read as the day told again with its clock
#    and the meeting had no time. A sentence whose weekday stands right before its clock counts
#    when the date grammar reads it as the heading's day (repeated_day_end).


def test_the_headings_day_told_by_its_weekday_on_a_snippet() -> None:
    html = _post(
        "Freifunk Treffen am Mittwoch den 24.08.2016",
        "Am morgigen <strong>Mittwoch um 20 Uhr</strong> findet wieder unser Freifunk-Treffen in "
        "den Räumen des <a href='https://section77.de'>Section 77 e.V.</a> in Offenburg statt.",
    )
    assert spans_on(html, date(2016, 8, 23)) == [
        ("Freifunk Treffen", "2016-08-24T20:00", None, "Section 77 e.V., Offenburg"),
    ]


def test_another_weekday_is_not_the_headings_day() -> None:
    # Thursday is not the heading's Wednesday: the day stays without a clock
    html = _post(
        "Freifunk Treffen am Mittwoch den 24.08.2016",
        "Am <strong>Donnerstag um 20 Uhr</strong> räumen wir auf.",
    )
    assert [start for _, start, _, _ in spans_on(html, date(2016, 8, 23))] == ["2016-08-24"]


def test_the_headings_day_told_by_its_weekday_on_the_page() -> None:
    assert saved_page_spans("jekyll-ffog-treffen-2016-08") == [
        ("Freifunk Treffen", "2016-08-24T20:00", None, "Section 77 e.V., Offenburg"),
    ]


# 3. „Der Link für das Treffen ist: <a>https://meet.ffmuc.net/FFKA-Treffen</a>“ under „Wir
#    Treffen uns am 7.Mai 2020 ab 19 Uhr“: a video conference has no venue; the room the link
#    opens is where people meet (new meeting_links.py, in prose_start.place_in_prose beside the
#    meeting tools a sentence names).


def test_the_meetings_link_on_a_snippet() -> None:
    html = _post(
        "Digitales Freifunk Treffen am 7. Mai 2020",
        "Wir werden dafür die Münchner Jitsi Plattform nutzen.",
        "Wir Treffen uns am 7.Mai 2020 ab 19 Uhr",
        "Der Link für das Treffen ist: <a href='https://meet.ffmuc.net/FFKA-Treffen'>"
        "https://meet.ffmuc.net/FFKA-Treffen</a>",
        stamp="May 1, 2020",
    )
    assert spans_on(html, date(2020, 5, 1)) == [
        (
            "Digitales Freifunk Treffen",
            "2020-05-07T19:00",
            None,
            "https://meet.ffmuc.net/FFKA-Treffen",
        ),
    ]


def test_a_link_must_be_the_meetings() -> None:
    assert meeting_link("Der Link zur Videokonferenz lautet: https://meet.example/room.") == (
        "https://meet.example/room"
    )
    assert meeting_link("Zugangslink: https://zoom.example/j/123") == "https://zoom.example/j/123"
    # a link named „hier“ gives no address; a link to a wiki is not the meeting's
    assert meeting_link("Den Link zum Treffen findet ihr hier.") is None
    assert meeting_link("Die Münchner haben ein tolles Wiki https://ffmuc.net/wiki") is None


def test_the_meetings_link_on_the_pages() -> None:
    for page, day in (
        ("jekyll-ffka-digitales-treffen-2020-05", "2020-05-07T19:00"),
        ("jekyll-ffka-digitales-treffen-2020-11", "2020-11-05T19:00"),
    ):
        assert saved_page_spans(page) == [
            ("Digitales Freifunk Treffen", day, None, "https://meet.ffmuc.net/FFKA-Treffen"),
        ]


# 4. „<h3>Wir treffen uns im Schlossgarten!</h3>“ over „Wir treffen uns also am Donnerstag, den
#    21. Juli bereits um 19:00 Uhr und nicht im Gewerbehof, sondern an einem Plätzchen im
#    Karlsruher Schlossgarten.“: (a) the place the sentence denies („nicht im Gewerbehof“) was
#    read as where — a denied place is passed over (sentence_places.place_in_sentence); (b) the
#    heading is a sentence whose event is the meeting there, „Treffen im Schlossgarten“ — read
#    as it stood, and its place cut off, only „Wir treffen uns“ was left (new
#    we_meet_headings.py, in event_page.extract_event_page).


def test_a_denied_place_and_a_meeting_heading_on_a_snippet() -> None:
    html = _post(
        "Wir treffen uns im Schlossgarten!",
        "Es ist so schönes Wetter, warum nicht also ein Freiluftfunk-Treffen?",
        "Wir treffen uns also am Donnerstag, den 21. Juli <em>bereits um 19:00 Uhr</em> und "
        "nicht im Gewerbehof, sondern an einem Plätzchen im Karlsruher "
        "<a href='https://maps.example/'>Schlossgarten</a>.",
        stamp="Jul 18, 2016",
    )
    assert spans_on(html, date(2016, 7, 18)) == [
        ("Treffen im Schlossgarten", "2016-07-21T19:00", None, "Karlsruher Schlossgarten"),
    ]


def test_a_denied_place_in_a_sentence() -> None:
    sentence = "Wir treffen uns nicht im Gewerbehof, sondern im Karlsruher Schlossgarten."
    assert place_in_sentence(sentence) == "Karlsruher Schlossgarten"
    assert place_in_sentence("Wir treffen uns im Gewerbehof.") == "Gewerbehof"


def test_a_meeting_heading() -> None:
    assert meeting_the_heading_tells("Wir treffen uns im Schlossgarten!") == (
        "Treffen im Schlossgarten"
    )
    assert meeting_the_heading_tells("Treffen wir uns diesmal in der Alten Mühle?") is None
    # a heading that says more than where names itself
    assert meeting_the_heading_tells("Wir treffen uns im Schlossgarten zum Grillen und Funken") == (
        "Treffen im Schlossgarten zum Grillen und Funken"
    )
    assert meeting_the_heading_tells("Freifunk Treffen im Schlossgarten") is None


def test_a_denied_place_and_a_meeting_heading_on_the_page() -> None:
    assert saved_page_spans("jekyll-ffka-treffen-schlossgarten-2016-07") == [
        ("Treffen im Schlossgarten", "2016-07-21T19:00", None, "Karlsruher Schlossgarten"),
    ]


# 6-10. A post about a congress of four days with two offerings of its own on single days:
#    „<h3>Gulasch Programmiernacht 2016, wir sind dabei!</h3>“ over „Vom Do., 26 Mai bis So., 29
#    Mai präsentiert der Entropia e.V. … die legendäre Gulaschprogrammiernacht.“, „Zum Beispiel
#    findet am Freitag den 27. Mai unser Antennenbau Workshop statt. … Der Workshop findet am
#    Freitag ab 14:30 Uhr statt.“ and „Weiterhin findet am Samstag die FFBW:con statt.“ It was
#    read as one event on the workshop's day and clock, named with the cheer. (6) The host that
#    „präsentiert“ its event on the days announces it (prose_announcements._INVITES); (7) „, wir
#    sind dabei!“ after the name is the hosts' cheer, no part of it
#    (title_text.without_call_or_schedule); (8) a clock bound to another weekday than the run's
#    („am Freitag ab 14:30“ in a run from „Do.“) does not start the run (new weekday_clocks.py, in
#    prose_start.start_in_prose); (9) what „findet am <weekday> … statt“ on a weekday inside the
#    run is an offering of its own on that day, with the clock a later sentence gives the same
#    kind of event („Der Workshop findet am Freitag ab 14:30 Uhr statt“) (new run_day_parts.py,
#    in event_page.extract_event_page); (10) the host that presents its event „in den Räumen von
#    HfG und ZKM Karlsruhe“ names where, before the event's article (host_rooms).

_GPN = _post(
    "Gulasch Programmiernacht 2016, wir sind dabei!",
    "Es ist fast schon Tradition: Vom Do., 26 Mai bis So., 29 Mai präsentiert der Entropia e.V. "
    "/ CCC Karlsruhe in den Räumen von <a href='https://entropia.de/'>HfG und ZKM</a> Karlsruhe "
    "die legendäre Gulaschprogrammiernacht. Auf dem viertägigen Kongress gibt es viel zu sehen, "
    "staunen, hören und mitzumachen. Und das Beste daran ist, wir sind auch mit dabei.",
    "Wenn Du neu bei Freifunk bist, bereits einen Router einrichten möchtest oder einfach nur "
    "mehr über das Projekt erfahren willst, komm' einfach an unserem Tisch vorbei!",
    "Als erfahrener Freifunker, haben wir auch viel für Dich zu bieten. Zum Beispiel findet am "
    "Freitag den 27. Mai unser Antennenbau Workshop statt. Im Workshop werden wir die Cantenna "
    "nachbauen. Bitte bringe eine geeignete Dose mit - alle anderen Bauteile stehen für bis zu 20 "
    "Personen bereit. <a href='https://entropia.de/ws'>Der Workshop</a> findet am Freitag ab "
    "14:30 Uhr statt.",
    "Weiterhin findet am Samstag die FFBW:con statt. Ein Treffen für die Freifunker aus "
    "Baden-Württemberg und Umgebung statt.",
    "Wir sehen uns auf der GPN16.",
    stamp="May 20, 2016",
)


def test_a_runs_parts_on_a_snippet() -> None:
    assert spans_on(_GPN, date(2016, 5, 20)) == [
        ("Gulasch Programmiernacht 2016", "2016-05-26", "2016-05-29", "HfG und ZKM Karlsruhe"),
        ("Antennenbau Workshop", "2016-05-27T14:30", None, None),
        ("FFBW:con", "2016-05-28", None, None),
    ]


def test_a_weekday_outside_the_run_names_no_part() -> None:
    html = _GPN.replace("findet am Samstag die FFBW:con", "findet am Montag die FFBW:con")
    assert [title for title, *_ in spans_on(html, date(2016, 5, 20))] == [
        "Gulasch Programmiernacht 2016",
        "Antennenbau Workshop",
    ]


def test_a_clock_of_another_weekday() -> None:
    assert clock_of_another_weekday("findet am Freitag ab 14:30 Uhr statt", "Vom Do., 26 Mai")
    # the run's own weekday, or a day text without weekdays: the clock may be the start's
    assert not clock_of_another_weekday("findet am Donnerstag ab 14:30 Uhr statt", "Do., 26 Mai")
    assert not clock_of_another_weekday("findet am Freitag ab 14:30 Uhr statt", "26. Mai 2016")
    assert not clock_of_another_weekday("findet ab 14:30 Uhr statt", "Vom Do., 26 Mai")


def test_the_hosts_cheer_is_no_part_of_the_name() -> None:
    assert without_call_or_schedule("Gulasch Programmiernacht 2016, wir sind dabei!") == (
        "Gulasch Programmiernacht 2016"
    )
    assert without_call_or_schedule("Wir sind dabei") == "Wir sind dabei"


def test_a_runs_parts_on_the_page() -> None:
    assert saved_page_spans("jekyll-ffka-gpn16-2016-05") == [
        ("Gulasch Programmiernacht 2016", "2016-05-26", "2016-05-29", "HfG und ZKM Karlsruhe"),
        ("Antennenbau Workshop", "2016-05-27T14:30", None, None),
        ("FFBW:con", "2016-05-28", None, None),
    ]


def test_a_post_that_calls_meetings_off_has_no_event() -> None:
    assert saved_page_spans("jekyll-ffka-keine-treffen-2020-03") == []


# 11-13. Leftovers of batch 169 that the same theme's posts show, taken up here. (11) „<title>
#    Nächstes Treffen am 10. August 2020 - Freifunk Darmstadt</title>“ over the same <h3>: a
#    heading that announces the next meeting is named by the site's name — but the page's
#    title only repeats the heading with its day, so the day stayed in the name
#    (event_page._the_groups_meeting keeps the heading); (12) „… uns ab 19 Uhr auf <a>Jitsi</a> zu
#    treffen“: the meeting service a sentence meets on is where (meeting_links.met_on_a_service,
#    in prose_start.place_in_prose); (13) „Am kommenden Pfingstmontag treffen wir uns ab 18.30 mit
#    unserem Plenum abweichend im COWO21 in der Holzhofallee 21.“: where the hosts meet, a few
#    words after the hour, with its street (sentence_places.meeting_place_after_words, in
#    prose_start.place_in_prose).

_NEXT_MEETING = (
    "<html><head><title>Nächstes Treffen am 10. August 2020 - Freifunk Darmstadt</title></head>"
    "<body><header id='header'><h1><a href='/'>Freifunk Darmstadt</a></h1></header>"
    "<section id='main' class='container'><div class='box'><header>"
    "<h3 class='post-title'>Nächstes Treffen am 10. August 2020</h3>"
    "<p class='post-meta'>Jul 13, 2020</p></header><article class='post-content'>"
    "<p>Im heutigen Plenum haben wir festgelegt, dass wir bis auf Widerruf alle Treffen virtuell "
    "stattfinden lassen.</p><p>Am 10. August 2020 hast Du die nächste Chance uns ab 19 Uhr auf "
    "<a href='https://meet.ffmuc.net/FreifunkDarmstadtPlenum'>Jitsi</a> zu treffen.</p>"
    "</article></div></section></body></html>"
)


def test_the_next_meeting_and_its_service_on_a_snippet() -> None:
    assert spans_on(_NEXT_MEETING, date(2020, 7, 13)) == [
        ("Nächstes Treffen", "2020-08-10T19:00", None, "Jitsi"),
    ]


def test_a_service_met_on() -> None:
    assert met_on_a_service("die nächste Chance uns ab 19 Uhr auf Jitsi zu treffen") == "Jitsi"
    assert met_on_a_service("Diesmal wollen wir uns via Zoom treffen.") == "Zoom"
    # a habit („regelmäßig per Zoom“) is not where the day's event is; a link to come names none
    assert (
        met_on_a_service("wir haben eine Signal-Gruppe und treffen uns regelmäßig per Zoom.")
        is None
    )
    assert met_on_a_service("Wir treffen uns im Saal, Zoom-Link folgt.") is None


def test_the_next_meeting_and_its_service_on_the_page() -> None:
    assert saved_page_spans("jekyll-ffda-naechstes-treffen-2020-08") == [
        ("Nächstes Treffen", "2020-08-10T19:00", None, "Jitsi"),
    ]


def test_where_the_hosts_meet_after_a_few_words() -> None:
    said = (
        "Am kommenden Pfingstmontag treffen wir uns ab 18.30 mit unserem Plenum abweichend im "
        "COWO21 in der Holzhofallee 21."
    )
    assert meeting_place_after_words(said) == "COWO21, Holzhofallee 21"
    assert meeting_place_after_words("Wir treffen uns ab 19 Uhr wie immer im Gasthaus Krone.") == (
        "Gasthaus Krone"
    )
    # a day after the words is when, not where
    assert meeting_place_after_words("Wir treffen uns um 19 Uhr wieder am Montag.") is None


def test_where_the_hosts_meet_after_a_few_words_on_the_page() -> None:
    assert saved_page_spans("jekyll-ffda-treffen-cowo21-2016-05") == [
        ("Treffen am Pfingstmontag im COWO21", "2016-05-16T18:30", None, "COWO21, Holzhofallee 21"),
    ]
