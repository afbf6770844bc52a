"""Held-out German batch 102 (a Carinthian fire brigade's reports, a scout troop's invitation, a
Tyrolean cycling group's Lektor site): the general causes of what netdir missed."""

from __future__ import annotations

from datetime import date

from netdir.extract.event_page_dates import stamp_over_the_title, venue_before_the_days
from netdir.extract.follow_up_parts import follow_up_part
from netdir.extract.prose_announcements import announcing_sentence, day_in_words
from netdir.extract.reported_places import place_of_the_reported_day
from netdir.extract.sentence_places import meeting_place
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


def _report(stamp: str, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<html><head><title>{title} – FF Musterdorf</title></head><body><header><nav>"
        "<a href='/'>Start</a><a href='/aktuelles/'>Aktuelles</a></nav></header><main>"
        f"<p class='kicker'>Bericht</p><article><time datetime='x'>{stamp}</time><h1>{title}"
        f"</h1><div class='body'>{body}</div></article></main></body></html>"
    )


# Cause 1: a report or announcement dates its event in a sentence whose verb no reader took for
# one that tells of an event — „veranstaltete“, „nahm … teil“, „feierte“, „fahren wir“, a group's
# „setzten wir … rollten wir … aus“ — so the post's event page had no day at all.


def test_report_verbs_tell_the_days_event_in_a_posts_lead() -> None:
    took_part = "Am Sonntag den 7. Juli nahm eine Abordnung der Feuerwehr bei der Nachprimiz teil."
    assert announcing_sentence(took_part, reports=True)
    assert announcing_sentence(took_part) is None  # (in a list or a chronicle: another thing)
    assert announcing_sentence("Von 15.06. bis freitag 19.06.2026 fahren wir gemeinsam los.")
    setzten = "Am 20. September setzten wir in der Hauptstraße ein Zeichen."
    assert announcing_sentence(setzten, reports=True)
    assert announcing_sentence("Die Wehr veranstaltete am 3. Mai einen Frühschoppen.", reports=True)


def test_a_modal_past_or_a_plain_report_announces_nothing() -> None:
    absagen = "Am 20. September mussten wir das Fest leider absagen."
    assert announcing_sentence(absagen, reports=True) is None
    assert announcing_sentence("Am 3. März beschloss der Rat den Haushalt.", reports=True) is None


# Cause 2: the day is named without digits — a holiday („am Pfingstsonntag“) or a weekday counted
# from the post's day („Am vergangenen Samstag und Sonntag“) — and counts from the post's stamp
# over its title (a <time> or „[07.04.2025]“), not from the day the page was saved years later.


def test_a_holiday_or_a_counted_weekday_names_the_day() -> None:
    assert day_in_words("veranstaltete am Pfingstsonntag einen Frühschoppen.")
    assert day_in_words("Am vergangenen Samstag und Sonntag feierte die Wehr ihr Jubiläum")
    assert not day_in_words("Die Feuerwehr feierte ihr Jubiläum.")


def test_the_stamp_over_the_title_is_the_posts_day() -> None:
    lines = [("Bericht", None), ("20. Mai 2013", None), ("Frühschoppen", None)]
    assert stamp_over_the_title(lines, 2, date(2026, 10, 1)) == "2013-05-20"
    bracketed = [("[07.04.2025]", None), ("17. Radlbörse", None)]
    assert stamp_over_the_title(bracketed, 1, date(2026, 10, 1)) == "2025-04-07"
    assert stamp_over_the_title([("Bericht", None), ("Titel", None)], 1, date(2026, 10, 1)) is None


def test_a_report_of_pentecost_sunday_is_dated_from_its_stamp() -> None:
    html = _report(
        "20. Mai 2013",
        "Frühschoppen der Feuerwehr",
        "Die Feuerwehr",
        "veranstaltete am Pfingstsonntag einen Frühschoppen.",
        "Gefeiert wurde bis in die späten Abendstunden.",
    )
    records = stamps_on(html, date(2026, 10, 1))
    assert [(r[0], (r[1] or "")[:10]) for r in records] == [
        ("Frühschoppen der Feuerwehr", "2013-05-19")
    ]


def test_the_real_reports_are_dated_from_their_stamps() -> None:
    assert (saved_page_stamps("static-ffwaidegg-fruehschoppen-2013")[0][1] or "")[
        :10
    ] == "2013-05-19"
    assert (saved_page_stamps("static-ffwaidegg-120-jahre-2015")[0][1] or "")[:10] == "2015-08-08"
    nachprimiz = saved_page_stamps("static-ffwaidegg-nachprimiz-2024")
    assert [((r[1] or "")[:10], r[3]) for r in nachprimiz] == [
        ("2024-07-07", "Pfarrkirche Waidegg")
    ]
    assert [
        (r[1] or "")[:10] for r in saved_page_stamps("lektor-radstammtisch-voels-velobus-2026")
    ] == ["2026-06-15"]
    assert [
        (r[1] or "")[:10]
        for r in saved_page_stamps("lektor-radstammtisch-voels-roter-teppich-2025")
    ] == ["2025-09-20"]


# Cause 3: the place a report's sentence says the event took place at — before its subject
# („fand beim Landhof zum Waidegger Wirt unsere Jahreshauptversammlung statt“), a town before
# „statt“, after an adjective („in der neuen Bewerbsarena Waidegg“) — went unread; and a dateline
# „Samstag, 26. Juli 2025“ gave its weekday as the venue before the days.


def test_the_reported_sentence_names_the_place() -> None:
    assert (
        place_of_the_reported_day(
            ["Am 21. März 2026 fand beim Landhof zum Waidegger Wirt unsere Versammlung statt."]
        )
        == "Landhof zum Waidegger Wirt"
    )
    assert (
        place_of_the_reported_day(["Am 19. Mai fand der Kurs in Kötschach-Mauthen statt."])
        == "Kötschach-Mauthen"
    )
    assert (
        place_of_the_reported_day(
            ["Samstag, 26. Juli 2025", "Die Wehr feierte ihr Bestehen in der neuen Bewerbsarena X."]
        )
        == "Bewerbsarena X"
    )
    assert place_of_the_reported_day(["Am 3. Mai war es im Rahmen der Woche schön."]) is None


def test_a_weekday_is_no_venue_before_the_days() -> None:
    assert venue_before_the_days("Samstag, 26. Juli 2025") is None
    assert venue_before_the_days("Sa., 26. Juli 2025") is None
    assert (
        venue_before_the_days("Schloss Siebeneichen, 7.–8. Januar 2026") == "Schloss Siebeneichen"
    )


def test_the_real_reports_name_their_places() -> None:
    places = {
        "static-ffwaidegg-jahreshauptversammlung-2026": "Landhof zum Waidegger Wirt",
        "static-ffwaidegg-maschinistenlehrgang-2026": "Kötschach-Mauthen",
        "static-ffwaidegg-130-jahre-2025": "Bewerbsarena Waidegg",
    }
    for page_id, place in places.items():
        assert [r[3] for r in saved_page_stamps(page_id)] == [place], page_id


# Cause 4: a report's meeting point told without its hour („Treffpunkt war am Vorplatz des
# Bahnhofs in Völs.“), and the party that followed at its own hour and place („Im Anschluss fand
# ab ca. 16 Uhr ein Abschlussfest am Vorplatz der Volksschule Völs … statt“).


def test_a_meeting_point_without_its_hour() -> None:
    assert meeting_place("Treffpunkt war am Vorplatz des Bahnhofs in Völs.") == (
        "Vorplatz des Bahnhofs"
    )
    assert meeting_place("Treffpunkt war am Samstag.") is None


def test_the_party_that_follows_is_an_event_of_its_own() -> None:
    lines = [
        "Am 20. September 2024 um 15 Uhr veranstalteten wir eine Radparade.",
        "Im Anschluss fand ab ca. 16 Uhr ein Abschlussfest am Vorplatz der Schule Völs statt:",
    ]
    part = follow_up_part(lines, 0, "20. September 2024 um 15 Uhr")
    assert part is not None
    assert (part.title, part.date_text, part.place) == (
        "Abschlussfest",
        "20. September 2024, 16 Uhr",
        "Vorplatz der Schule Völs",
    )
    plain = ["Am 20. September 2024 Radparade.", "Im Anschluss gab es ab 16 Uhr Kaffee."]
    assert follow_up_part(plain, 0, "20. September 2024") is None


def test_the_real_radparade_page_gives_the_parade_and_its_party() -> None:
    records = saved_page_stamps("lektor-radstammtisch-voels-radparade-2024")
    assert [(r[0], r[1], r[3]) for r in records] == [
        # („… Vorplatz des Bahnhofs in Völs.“: the town its name names, since session 57)
        ("Radparade Völs", "2024-09-20T15:00:00+02:00", "Vorplatz des Bahnhofs in Völs"),
        ("Abschlussfest", "2024-09-20T16:00:00+02:00", "Vorplatz der Volksschule Völs"),
    ]


# Cause 5: an event block's facts list „<li><svg/> Samstag, 20.09.2025</li><li><svg/> 10.00
# Uhr</li><li> </li><li><svg/> Raika, Völs</li>“ — an empty spacer item and a venue with its town
# after a comma kept the one fact that is no day from being read as the place.


def test_the_real_home_pages_event_block_has_its_place() -> None:
    records = saved_page_stamps("lektor-radstammtisch-voels-home-2025-11")
    event = [r for r in records if r[0] == "Roter Teppich für die Kranebitterstraße!"]
    assert [(r[1], r[3]) for r in event] == [("2025-09-20T10:00:00+02:00", "Raika, Völs")]


def test_a_post_of_two_dated_events_is_no_report_of_one() -> None:
    # „Am Sonntag (17.7.) geht die partizipative Baustelle …“ and „Nächste Woche Donnerstag um
    # 20:30 Uhr dürfen wir … begrüßen“: the relative day is no report's; the list reads both.
    days = [(r[1] or "")[:10] for r in saved_page_stamps("ca-taste-the-waste-2022")]
    assert "2022-07-17" in days


# Cause 6: a news teaser whose link is labelled for screen readers as opening an article
# („<a class="card" aria-label="Artikel lesen: Tirol radelt: Platz 1 …">“, „01.11.2025“ in its
# footer) was read as an event on the day the post appeared.

_TEASERS = (
    "<html><body><main><div class='event'><h2>Radtour zum See</h2><ul><li>Samstag, 20.09.2025"
    "</li><li>10.00 Uhr</li><li>Raika, Völs</li></ul></div><h2>Aktuelles</h2><div class='row'>"
    "<div class='col'><a href='/a/1/' class='card' aria-label='Artikel lesen: Platz 1 beim"
    " Wettbewerb'><p class='card-title'>Platz 1 beim Wettbewerb</p><p>Wir haben gewonnen.</p>"
    "<small>01.11.2025</small></a></div><div class='col'><a href='/a/2/' class='card'"
    " aria-label='Artikel lesen: Neue Radständer'><p class='card-title'>Neue Radständer</p>"
    "<p>Es gibt neue Radständer.</p><small>31.10.2025</small></a></div></div></main></body></html>"
)


def test_article_teasers_are_no_events() -> None:
    records = stamps_on(_TEASERS, date(2025, 11, 5))
    assert [(r[0], r[1], r[3]) for r in records] == [
        ("Radtour zum See", "2025-09-20T10:00:00+02:00", "Raika, Völs")
    ]


# Cause 7: a blog theme's sidebar holds the site's brand as the page's only <h1> („<h1
# class="brand-title"><a href="/"><img …></a><br>VCP Totila</h1>“ and its tagline h2), and the
# post's own title stands in „<header class="post-header"><h2>“ outside <main>: the header was
# dropped as furniture and the brand named the invitation.


def test_the_real_invitation_is_named_by_its_posts_title() -> None:
    records = saved_page_stamps("static-vcptotila-30-jahre-2016")
    assert [(r[0], r[1], r[2]) for r in records] == [
        ("30 Jahre - VCP Stamm Totila", "2016-05-27", "2016-05-29")
    ]


# Cause (session 41): the place stood in the sentence after the day's — „Begonnen hat es mit dem
# 4.ALB auf dem schweren Bewerbsplatz in Waidegg.“, „… rollten wir in der Kranebitterstraße
# einen roten Teppich aus“ — whose verbs no reader took for telling where the event was, and a
# square or a street is no house.


def test_where_it_began_or_what_the_hosts_did_there_places_the_report() -> None:
    began = ["Am Samstag feierte die Wehr.", "Begonnen hat es auf dem Festplatz in Nordheim."]
    assert place_of_the_reported_day(began) == "Festplatz in Nordheim"
    rolled = [
        "Am 20. September setzten wir ein Zeichen:",
        "Dann rollten wir in der Hauptstraße einen Teppich aus.",
    ]
    assert place_of_the_reported_day(rolled) == "Hauptstraße"
    # a modal's past tells no place; a lower-case street word is no name
    assert (
        place_of_the_reported_day(["Leider konnten wir in der Hauptstraße nicht feiern."]) is None
    )
    assert saved_page_stamps("static-ffwaidegg-120-jahre-2015")[0][3] == "Bewerbsplatz in Waidegg"
    assert (
        saved_page_stamps("lektor-radstammtisch-voels-roter-teppich-2025")[0][3]
        == "Kranebitterstraße"
    )
