"""Causes found on held-out German batch 143 of the real-page corpus (civic tech and open
government: the Verschwörhaus / temporärhaus Ulm's tag pages „Open Data“ and „Zukunftsstadt“, a
Hugo port of WordPress's Twenty Sixteen listing whole posts), each pinned on a minimal snippet and
on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A page of whole posts, each an <article> opening with its linked title and closing with the
#    day it went up („<span class="posted-on"><a><time class="entry-date published"
#    datetime="2019-10-16">…“), is read post by post, each post as a page of its own as on that
#    day: the stamps are no event days, a yearless day lies in the post's year, a report or a
#    month without a day gives nothing, and a day told twice in one post is its one event.


def _post(title: str, posted: str, shown: str, body: str) -> str:
    return (
        '<article class="post type-post"><header class="entry-header"><h2 class="entry-title">'
        f'<a href="https://example.org/{posted}/" rel="bookmark">{title}</a></h2></header>'
        f'<div class="entry-content">{body}</div><footer class="entry-footer">'
        '<span class="byline"><span class="author vcard"><span class="fn n">Stefan</span>'
        '</span></span><span class="posted-on"><a href="#" rel="bookmark">'
        f'<time class="entry-date published" datetime="{posted}">{shown}</time></a></span>'
        "</footer></article>"
    )


_POSTS = (
    "<html><head><title>Open Data | Haus</title></head><body><main>"
    '<header class="page-header"><h1 class="page-title">Open Data</h1></header>'
    + _post(
        "Datenpoesie mit Jörg Piringer",
        "2019-10-16",
        "Mittwoch, 16. Oktober 2019",
        "<p>Das Haus und die vh laden ein: Jörg Piringer transformiert Daten in Poesie.</p>"
        "<p>Eintritt 8€ / ermäßigt 6€.</p><p>Freitag, 15. November 2019, 20.00 Uhr</p>",
    )
    + _post(
        "Dienstag, 22. Oktober: #ddjbw zu Gast im Haus",
        "2019-10-15",
        "Dienstag, 15. Oktober 2019",
        "<p>Am 22. Oktober ist <a href='http://ddjbw.de'>#ddjbw</a> bei uns zu Gast, das "
        "Netzwerk von DatenjournalistInnen.</p><p>Beim Außeneinsatz bei uns geht es vor allem "
        "um öffentliche Daten rund um Mobilität.</p><p>Los geht’s <strong>am 22. Oktober um 17 "
        "Uhr</strong>, Gäste sind wie immer herzlich willkommen.</p>",
    )
    + _post(
        "Zwischenstand zum OpenBikeSensor",
        "2021-12-08",
        "Mittwoch, 8. Dezember 2021",
        "<p>Im Juli wurden hier OpenBikeSensoren gebaut. Nun haben wir zweieinhalbtausend "
        "Überholvorgänge getrackt.</p><p>Im Juni 2019 konnte dann der erste Sensor installiert "
        "werden.</p>",
    )
    + "</main></body></html>"
)


def test_stamped_posts_read_one_by_one() -> None:
    readings = readings_on(_POSTS, date(2026, 1, 21))
    assert ("Datenpoesie mit Jörg Piringer", "2019-11-15T20:00", None) in readings
    # the day told twice is one evening, at its clock, named by the post; in 2019, not 2025
    assert ("Dienstag, 22. Oktober: #ddjbw zu Gast im Haus", "2019-10-22T17:00", None) in readings
    assert len(readings) == 2  # no stamp as a day, no report, no month without a day


def test_stamped_posts_on_the_open_data_page() -> None:
    readings = saved_page_readings("hugo-verschwoerhaus-tag-open-data")
    assert ("Datenpoesie mit Jörg Piringer", "2019-11-15T20:00", None) in readings
    assert (
        "Dienstag, 22. Oktober: #ddjbw zu Gast im Verschwörhaus",
        "2019-10-22T17:00",
        None,
    ) in readings
    assert ("OK Lab Ulm reboots: Mobilitätsmontag", "2019-02-04T18:00", None) in readings
    starts = {start for _, start, _ in readings}
    assert "2024-10-25T19:00" in starts  # „Freitag, dem 25.10. ab 19 Uhr“ in a post of 2024
    assert not starts & {"2024-11-14", "2024-10-21", "2019-10-16"}  # the posts' own days


def test_stamped_posts_years_from_the_post() -> None:
    # „Dienstag, dem 4.7.“ in a post of 31 May 2017: 4 July 2017 (a Tuesday), not 2028's
    starts = {
        start for _, start, _ in saved_page_readings("hugo-verschwoerhaus-tag-open-data-seite-2")
    }
    # (its clock „ab 17:00“ after „haben wir“ read since session 53)
    assert "2017-07-04T17:00" in starts
    assert not any(start and start.startswith(("2026", "2028")) for start in starts)


def test_stamped_posts_report_gives_none() -> None:
    readings = saved_page_readings("hugo-verschwoerhaus-tag-zukunftsstadt")
    assert not any(start and start.startswith("2019-06") for _, start, _ in readings)
    assert (
        "Kommt zur Abschlussveranstaltung der Zukunftsstadt",
        "2018-06-26T18:30",
        "Stadthaus",
    ) in readings


# 2. A clock range written with „bis“ („von 10:00 bis 18:00 Uhr“) is a clock as „von 16 – 21 Uhr“
#    is: the sentence that tells the heading's day again with it gives the event's hours
#    (prose_announcements._CLOCK).


def _page(heading: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        "<html><head><title>Haus</title></head><body><main>"
        f"<h1>{heading}</h1>{body}</main></body></html>"
    )


def test_bis_range_is_a_clock() -> None:
    page = _page(
        "Komm zum Mapathon am 9. Februar 2019!",
        "Das nimmt sich die Community zum Anlass, am Samstag, dem 9. Februar 2019 von 10:00 bis "
        "18:00 Uhr die Daten der Weltkarte auf den aktuellen Stand zu bringen.",
        "Für den Mapathon liegt der GTFS-Datensatz vor.",
    )
    assert readings_on(page, date(2019, 1, 23)) == [("Komm zum Mapathon", "2019-02-09T10:00", None)]


# 3. That sentence may run long when its purpose follows the clock (340 characters: „Das nimmt
#    sich die Ulmer OpenStreetMap-Community … zum Anlass, am Samstag, dem 9. Februar 2019 von
#    10:00 bis 18:00 Uhr die ÖPNV-Daten … zu bringen, und dabei …“), and it may be the day's own
#    line: „Am Mittwoch, dem 19.7. diskutieren wir ab 18:00 Uhr, wie …“ gave „19.7.“ alone
#    (repeated_day_end.clock_told_again_in_a_sentence).

_LONG = (
    "Seit Dezember 2018 gilt in Ulm ein neuer Fahrplan, und mit ihm kam die größte Umgestaltung "
    "des Liniennetzes der letzten Jahre. Das nimmt sich die Ulmer OpenStreetMap-Community unter "
    "Federführung von @looniverse zum Anlass, am Samstag, dem 9. Februar 2019 ab 10:00 Uhr die "
    "ÖPNV-Daten in der freien Weltkarte auf den aktuellen Stand zu bringen, und dabei ganz "
    "nebenbei Dinge über den öffentlichen Nahverkehr und die dahintersteckenden Datenmodelle zu "
    "lernen."
)


def test_long_sentence_tells_the_clock() -> None:
    page = _page("Komm zum Mapathon am 9. Februar 2019!", _LONG, "Es gibt Pizza.")
    assert readings_on(page, date(2019, 1, 23)) == [("Komm zum Mapathon", "2019-02-09T10:00", None)]


def test_clock_after_the_verb_of_the_days_line() -> None:
    page = _page(
        "„Arbeit der Zukunft“",
        "Am Mittwoch, dem 19.7. diskutieren wir ab 18:00 Uhr, wie Unternehmen und Organisationen "
        "neue Formen der Zusammenarbeit auf Augenhöhe ausprobieren.",
        "Mit wenig Hierarchie wird der Weg frei, Arbeit selbst zu organisieren.",
    )
    assert readings_on(page, date(2017, 7, 14)) == [
        ("„Arbeit der Zukunft“", "2017-07-19T18:00", None)
    ]


def test_clocks_told_in_the_posts_sentences_on_the_pages() -> None:
    assert ("Komm zum ÖPNV-Mapathon", "2019-02-09T10:00", None) in saved_page_readings(
        "hugo-verschwoerhaus-tag-open-data"
    )
    assert (
        "„Arbeit der Zukunft: Auf Augenhöhe und selbstbestimmt“",
        "2017-07-19T18:00",
        None,
    ) in saved_page_readings("hugo-verschwoerhaus-tag-zukunftsstadt")
