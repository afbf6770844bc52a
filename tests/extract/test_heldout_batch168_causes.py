"""Causes found on held-out German batch 168 of the real-page corpus (single-event pages: a PHP
user group's meetup posts, a church assembly's notices, a tenants' association's meetings), each
pinned on a minimal snippet and on its page: the records a reader would note, with their names,
starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.dated_heading_rests import subject_under_a_notice
from netdir.extract.notices import names_a_break
from netdir.extract.talk_speakers import without_the_speakers
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A meetup's post (Docusaurus) is its h1, its date as <time> and a table „Uhrzeit |“ of bare
#    clocks: no day in its text. The post's date was taken for when it went up (no event), or
#    the rows were read as a list named by the speakers' links. A post whose body is a programme
#    of bare clocks is the meetup on the post's date, from the first clock, with its points.

_MEETUP = (
    "<html><head><title>PHPUGMRN 05/25 | PHP User Group</title>"
    '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":'
    '"2025-10-30T00:00:00.000Z","headline":"PHPUGMRN 05/25"}</script></head><body><main>'
    "<article><header><h1>PHPUGMRN 05/25</h1><div><time datetime=2025-10-30T00:00:00.000Z>"
    "30. Oktober 2025</time></div><div><a href='https://github.com/someone'>Stephan</a></div>"
    "</header><div class='markdown'><table><thead><tr><th>Uhrzeit</th><th></th></tr></thead>"
    "<tbody><tr><td>19:00</td><td>Ankommen</td></tr>"
    "<tr><td>19:30</td><td>Beginn/Vorstellungsrunde</td></tr>"
    "<tr><td>19:45</td><td>The one hour expression language, Dan Leech</td></tr>"
    "<tr><td>20:30</td><td>kurze Pause</td></tr>"
    "<tr><td>20:45</td><td>Tideways Intro, Benjamin Außenhofer</td></tr>"
    "<tr><td>21:30</td><td>Abschluss</td></tr></tbody></table></div></article></main>"
    "</body></html>"
)


def test_a_post_of_a_clock_programme_is_the_meetup_on_its_date_on_a_snippet() -> None:
    assert readings_on(_MEETUP, date(2025, 10, 3)) == [
        ("PHPUGMRN 05/25", "2025-10-30T19:00", None),
        ("Beginn/Vorstellungsrunde", "2025-10-30T19:30", None),
        ("The one hour expression language", "2025-10-30T19:45", None),
        ("Tideways Intro", "2025-10-30T20:45", None),
    ]


def test_a_post_that_names_a_day_of_its_own_is_left_to_the_event_page() -> None:
    # the post went up on 30 October and announces a festival on 25 June: the table's clocks
    # are on the festival's day, not on the post's
    html = _MEETUP.replace(
        "<div class='markdown'>",
        "<div class='markdown'><p>Das Festival findet am 25. Juni 2026 statt.</p>",
    )
    starts = [start for _, start, _ in readings_on(html, date(2025, 10, 3))]
    assert "2025-10-30T19:00" not in starts


def test_a_post_of_a_clock_programme_on_its_pages() -> None:
    assert saved_page_readings("docusaurus-phpugmrn-meetup-2025-10") == [
        ("PHPUGMRN 05/25", "2025-10-30T19:00", None),
        ("Beginn/Vorstellungsrunde", "2025-10-30T19:30", None),
        ("The one hour expression language", "2025-10-30T19:45", None),
        ("Tideways Intro", "2025-10-30T20:45", None),
    ]
    # the Docusaurus 2 deploy marks its <time> itemprop="datePublished"; the speakers are links
    assert saved_page_readings("docusaurus-phpugmrn-meetup-2015-12") == [
        ("PHPUGMRN 01/15", "2015-12-10T19:00", None),
        ("Beginn/Vorstellungsrunde", "2015-12-10T19:30", None),
        ("Doctrine ORM Good Practices and Tricks", "2015-12-10T19:45", None),
        ("Feedbackrunde (Erwartungen an die UG etc.)", "2015-12-10T20:45", None),
    ]
    # the rows with the speakers' links were read as a list before
    assert saved_page_readings("docusaurus-phpugmrn-meetup-2024-02") == [
        ("PHPUGMRN 01/24", "2024-02-29T19:00", None),
        ("Beginn/Vorstellungsrunde", "2024-02-29T19:30", None),
        ("In the year 2525...", "2024-02-29T19:45", None),
        ("FrankenPHP Intro", "2024-02-29T20:45", None),
    ]


# 2. A talk's row names its speaker after the last comma — „Sylius, the wrong way, Stéphane
#    Decock“, „…, <a>Michelle Sanver</a>“ —: the person is no part of the talk's name. Only a
#    person's name (capitalised words, „&“ between two) that is a link or ends two or more rows.


def test_the_speaker_after_the_last_comma_on_rows() -> None:
    assert without_the_speakers(
        [
            ("Sylius, the wrong way, Stéphane Decock", None),
            ("Credit Report & Fraud Detection with SCHUFA Plugin, Boas Falke", None),
            ("Converting a legacy app to API Platform, Boas Falke & Holger Dörner", None),
        ]
    ) == [
        "Sylius, the wrong way",
        "Credit Report & Fraud Detection with SCHUFA Plugin",
        "Converting a legacy app to API Platform",
    ]
    # one row: only a linked person goes
    assert without_the_speakers([("Data: Bad to good, Michelle Sanver", "Michelle Sanver")]) == [
        "Data: Bad to good"
    ]
    assert without_the_speakers([("Workshop, Offene Werkstatt", None)]) == [
        "Workshop, Offene Werkstatt"
    ]
    # lower-case words after the comma are the name's own
    assert without_the_speakers(
        [("Sylius, the wrong way", None), ("Abschluss, danach Grillen", None)]
    ) == ["Sylius, the wrong way", "Abschluss, danach Grillen"]


def test_the_speaker_after_the_last_comma_on_its_page() -> None:
    assert saved_page_readings("docusaurus-phpugmrn-meetup-2025-06") == [
        ("PHPUGMRN 03/25", "2025-06-26T19:00", None),
        ("Brille24 - Post Mortem", "2025-06-26T19:05", None),
        ("Sylius & Automation, let's dive in!", "2025-06-26T20:00", None),
        ("Sylius Stack Introduction", "2025-06-26T20:50", None),
    ]
    assert saved_page_readings("docusaurus-phpugmrn-meetup-2024-12") == [
        ("PHPUGMRN 06/24", "2024-12-12T19:00", None),
        ("Beginn/Vorstellungsrunde", "2024-12-12T19:00", None),
        ("Sylius, the wrong way", "2024-12-12T19:15", None),
        ("Credit Report & Fraud Detection with SCHUFA Plugin", "2024-12-12T20:25", None),
        ("Handling Background Processing in Sylius", "2024-12-12T21:00", None),
    ]


# 3. „kurze Pause“ between two talks is a break as „Kurzpause“ is; „Abschluss“ and „Abschluss &
#    Netzwerken“ close the evening as „Ende“ does (the snippet of 1 and the pages above).


def test_a_short_pause_is_a_break() -> None:
    assert names_a_break("kurze Pause")
    assert names_a_break("Kurze Pause")
    assert not names_a_break("Kurze Pausenführung durch die Ausstellung")


# 4. A notice box „<h1>Hinweis für <u>Sonntag, 8. Februar 2026</u>!</h1>“ over „Die Predigtstunde
#    findet vormittags statt, ab 11:00 Uhr …“: the heading gave the title „Hinweis für“. It only
#    says a notice about the day follows; the sentence under it names the meeting.


def test_the_subject_under_a_notice_about_a_day() -> None:
    assert (
        subject_under_a_notice(
            "Hinweis für Sonntag, 8. Februar 2026!",
            "Die Predigtstunde findet vormittags statt, ab 11:00 Uhr statt wie normalerweise um 15:00 Uhr.",
        )
        == "Predigtstunde"
    )
    assert (
        subject_under_a_notice("Sommerfest am 8. Februar 2026", "Die Predigtstunde findet …")
        is None
    )


_NOTICE = (
    "<html><head><title>Christen in Ilmenau</title></head><body><div class='text'>"
    "<h1>Herzlich Willkommen!</h1><p>Wir treffen uns regelmäßig in unserem Gemeinderaum.</p>"
    "<h3>Hilfreiche Webseiten</h3><p><a href='https://example.org'>Onlinebibel</a></p></div>"
    "<div id='infoBox' class='info-box'><p><div class='info-box-text'>"
    "<h1>Hinweis für <u>Sonntag, 8. Februar 2026</u>!</h1>"
    "Die Predigtstunde findet vormittags statt, ab <b>11:00 Uhr</b> statt wie normalerweise am "
    "2. Sonntag üblich um 15:00 Uhr.</div></p></div></body></html>"
)


def test_the_subject_under_a_notice_about_a_day_on_a_snippet() -> None:
    assert readings_on(_NOTICE, date(2026, 2, 1)) == [("Predigtstunde", "2026-02-08T11:00", None)]


def test_the_subject_under_a_notice_about_a_day_on_its_page() -> None:
    assert saved_page_readings("static-christen-ilmenau-start-2026-02") == [
        ("Predigtstunde", "2026-02-08T11:00", None)
    ]


# 5. A notice box in prose only: „Die Gebets- und Bibelstunde vom Mittwoch, 24.12.2025 findet
#    ausnahmsweise einen Tag eher statt, am Dienstag, 23.12.2025. … Die Stunden starten jeweils
#    wie gewohnt um 19:30 Uhr.“, „Am Sonntag, 27.07.2025 finden beide Gemeindestunden
#    (Gottesdienst mit Abendmahl, sowie Predigt) vormittags statt. Der Gottesdienst startet … um
#    9:30 Uhr. Die Predigt beginnt … gegen 11:00 Uhr.“ Several days, no heading naming them:
#    nothing was read. Each meeting is held on its new day, at the hour the notice gives.

_MOVED = (
    "<html><head><title>Christen in Ilmenau</title></head><body><div class='text'>"
    "<div class='text title'><h1>Christen in Ilmenau</h1></div>"
    "<h1><b>Herzlich Willkommen!</b></h1><p>Gerne laden wir Sie ein, Jesus Christus mit uns "
    "besser kennenzulernen! Wir treffen uns regelmäßig in unserem Gemeinderaum in der <a "
    "href='https://maps.app.goo.gl/x'><b><i>Mühlenstraße 9, 98693 Ilmenau</i></b></a>, um "
    "gemeinsam Gott zu loben.</p></div>"
    "<div id='infoBox' class='info-box'><span class='info-box-close-btn'>×</span><p><br>"
    "<div class='info-box-text'><h1>Hinweis für die Feiertage!</h1>"
    "Die Gebets- und Bibelstunde vom <b>Mittwoch, 24.12.2025</b> findet ausnahmsweise "
    "<b>einen Tag eher</b> statt, am <b>Dienstag, 23.12.2025</b>. Die Gebets- und Bibelstunde "
    "vom <b>Mittwoch, 31.12.2025</b> findet dagegen <b>einen Tag später</b> statt, am "
    "<b>Donnerstag, 01.01.2026</b>. Die Stunden starten jeweils wie gewohnt um <b>19:30 Uhr</b>."
    "</div></p></div></body></html>"
)


def test_meetings_moved_by_a_notice_on_a_snippet() -> None:
    assert readings_on(_MOVED, date(2025, 12, 20)) == [
        ("Gebets- und Bibelstunde", "2025-12-23T19:30", None),
        ("Gebets- und Bibelstunde", "2026-01-01T19:30", None),
    ]


def test_meetings_of_a_notices_day_with_their_clocks_on_a_snippet() -> None:
    # (the July box has no heading)
    html = _MOVED.replace(
        _MOVED[_MOVED.index("<h1>Hinweis") : _MOVED.index("</div></p>")],
        "Am <b>Sonntag, 27.07.2025</b> finden beide Gemeindestunden (Gottesdienst mit Abendmahl, "
        "sowie Predigt) <i>vormittags</i> statt. Der Gottesdienst startet wie gewohnt um 9:30 Uhr. "
        "Die Predigt beginnt dann im Anschluss gegen 11:00 Uhr.",
    )
    assert readings_on(html, date(2025, 7, 17)) == [
        ("Gottesdienst mit Abendmahl", "2025-07-27T09:30", None),
        ("Predigt", "2025-07-27T11:00", None),
    ]


def test_meetings_of_a_notice_on_their_pages() -> None:
    assert saved_page_readings("static-christen-ilmenau-start-2025-12") == [
        ("Gebets- und Bibelstunde", "2025-12-23T19:30", None),
        ("Gebets- und Bibelstunde", "2026-01-01T19:30", None),
    ]
    assert saved_page_readings("static-christen-ilmenau-start-2025-07") == [
        ("Gottesdienst mit Abendmahl", "2025-07-27T09:30", None),
        ("Predigt", "2025-07-27T11:00", None),
    ]
    # „Momentan keine besonderen Veranstaltungen geplant“: nothing
    assert saved_page_readings("static-christen-ilmenau-aktuelles-2025-04") == []
