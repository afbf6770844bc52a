"""A blog's category page of whole event posts: one record per <article>, named by its title
heading, dated by its „Datum:“ line (src/netdir/extract/article_posts.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.article_posts import article_post_records
from netdir.extract.context import PageContext


def _context() -> PageContext:
    return PageContext(
        source_id="test",
        page_url="https://example.org/events/",
        base_url="https://example.org/events/",
        default_kind=None,
        fetched_at=datetime(2017, 11, 20, tzinfo=UTC),
    )


def _post(title: str, body: str) -> str:
    return f'<article><h2><a href="/p/{len(title)}/">{title}</a></h2><div>{body}</div></article>'


_CLOSING = (
    "<p><em>Zum Event:</em><br>Eintritt frei!<br>Datum: {day}<br>"
    "Anfahrt: U4/U9 Haltestelle Im Degen, Ulmer Straße 255, Stuttgart Wangen</p>"
)


def _records(html: str) -> list[tuple[str, str | None, str | None]]:
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    return [(r.title, r.date_text, r.location_text) for r in article_post_records(tree, _context())]


def test_each_post_is_one_record_titled_by_its_heading_dated_by_its_datum_line() -> None:
    html = (
        _post(
            "Vortrag: Routing 101",
            "<p>shackspace freut sich am 16. Februar 2014 um 20 Uhr …</p>"
            + _CLOSING.format(day="Montag, 16. Februar 2015 um 20 Uhr"),
        )
        + _post("Treffen: Blender User Group", _CLOSING.format(day="Freitag, 10. Oktober 2014"))
        + _post("Konzert: Jake Rathburn", _CLOSING.format(day="Sonntag, 1. März 2015 um 20 Uhr"))
    )
    assert _records(html) == [
        (
            "Vortrag: Routing 101",
            "Montag, 16. Februar 2015 um 20 Uhr",
            "U4/U9 Haltestelle Im Degen, Ulmer Straße 255, Stuttgart Wangen",
        ),
        (
            "Treffen: Blender User Group",
            "Freitag, 10. Oktober 2014",
            "U4/U9 Haltestelle Im Degen, Ulmer Straße 255, Stuttgart Wangen",
        ),
        (
            "Konzert: Jake Rathburn",
            "Sonntag, 1. März 2015 um 20 Uhr",
            "U4/U9 Haltestelle Im Degen, Ulmer Straße 255, Stuttgart Wangen",
        ),
    ]


def test_a_yearless_datum_line_gives_way_to_the_sentence_that_names_the_year() -> None:
    html = _post(
        "Workshop mit Mitch Altman",
        "<p>shackspace freut sich am Sonntag den 18. Mai 2014 mit Mitch Altman …</p>"
        + _CLOSING.format(day="Sonntag, 18. Mai ab 14 Uhr"),
    ) + 2 * _post("Vortrag", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
    assert _records(html)[0][1] == (
        "shackspace freut sich am Sonntag den 18. Mai 2014 mit Mitch Altman …"
    )


def test_a_post_of_a_rhythm_without_a_day_is_no_record() -> None:
    html = (
        _post("Treffen: Python Workshop", _CLOSING.format(day="jeden zweiten Freitag ab 19 Uhr"))
        + _post("Vortrag A", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
        + _post("Vortrag B", _CLOSING.format(day="Samstag, 13. Juni 2015 ab 19 Uhr"))
    )
    assert [title for title, _, _ in _records(html)] == ["Vortrag A", "Vortrag B"]


def test_a_month_alone_in_the_prose_names_no_day() -> None:
    html = _post(
        "shack-a-days",
        "<p>Seit Februar 2010 steht der shack e.V. für …</p><h4>Samstag, 5. Dezember 2015</h4>",
    ) + 2 * _post("Vortrag", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
    assert _records(html)[0][1] == "Samstag, 5. Dezember 2015"


def test_blog_teasers_without_datum_lines_are_left_to_the_listing_detector() -> None:
    teasers = "".join(
        _post(f"Bericht {n}", f"<p>Am {n}. Mai 2015 waren wir auf der Messe.</p>")
        for n in (1, 2, 3)
    )
    assert _records(teasers) == []


def test_fewer_than_three_posts_or_an_unlinked_heading_is_no_such_page() -> None:
    two = 2 * _post("Vortrag", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
    assert _records(two) == []
    unlinked = 3 * (
        "<article><h2>Vortrag</h2>" + _CLOSING.format(day="Samstag, 6. Juni 2015") + "</article>"
    )
    assert _records(unlinked) == []


def _published(html: str) -> list[tuple[str | None, str | None]]:
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    return [(r.date_text, r.published) for r in article_post_records(tree, _context())]


def test_the_day_in_the_posts_link_path_is_when_it_was_posted() -> None:
    # „Termine: 26.9. 10:00“ (yearless) counts from the post of 5 September 2015, and the
    # labelled line stays the date even without a year once the post is dated.
    post = (
        '<article><h2><a href="/2015/09/05/workshop-mikrocontroller/">Workshop</a></h2>'
        "<p>Am 26. September 2015 zeigen wir …</p><p>Termine: 26.9. 10:00</p></article>"
    )
    other = _post("Vortrag", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
    assert _published(post + 2 * other) == [
        ("26.9. 10:00", "2015-09-05"),
        ("Samstag, 6. Juni 2015 ab 19 Uhr", None),
        ("Samstag, 6. Juni 2015 ab 19 Uhr", None),
    ]


def test_a_labelled_day_the_parser_reads_despite_a_typo_counts() -> None:
    html = _post(
        "Softwerkskammer Treffen", _CLOSING.format(day="Mittwoch, 02. Dezmeber 2015, 18:30 Uhr")
    ) + 2 * _post("Vortrag", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
    assert _records(html)[0][1] == "Mittwoch, 02. Dezmeber 2015, 18:30 Uhr"


def test_days_each_at_the_same_hour_are_one_record_each() -> None:
    html = _post(
        "Workshop: git",
        _CLOSING.format(day="Samstag 13. und Sonntag 14. September 2014, jeweils 14 Uhr"),
    ) + 2 * _post("Vortrag", _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"))
    assert [(title, day) for title, day, _ in _records(html)][:2] == [
        ("Workshop: git", "Samstag 13. September 2014, 14 Uhr"),
        ("Workshop: git", "Sonntag 14. September 2014, 14 Uhr"),
    ]


def test_a_date_line_whose_weekday_is_not_its_days_gives_way_to_the_sentence() -> None:
    # hexo-shackspace-events-2017-05: „Datum: Samstag, 14.06.2015“ was a Sunday; the post's
    # sentence „Am Samstag den 20. Juni 2015 um 14 Uhr …“ fits.
    nixos = _post(
        "NixOS Hacking: Hydra",
        "<p>Am Samstag den 20. Juni 2015 um 14 Uhr freut sich shackspace …</p>"
        + _CLOSING.format(day="Samstag, 14.06.2015, 14:00 Uhr"),
    )
    fitting = _post(
        "Treffen: VR Meetup",
        "<p>Am Samstag den 6. Juni 2015 ab 19 Uhr …</p>"
        + _CLOSING.format(day="Samstag, 6. Juni 2015 ab 19 Uhr"),
    )
    html = nixos + fitting + _post("Konzert", _CLOSING.format(day="Sonntag, 1. März 2015"))
    days = [date_text for _, date_text, _ in _records(html)]
    assert days[0] == "Am Samstag den 20. Juni 2015 um 14 Uhr freut sich shackspace …"
    assert days[1:] == ["Samstag, 6. Juni 2015 ab 19 Uhr", "Sonntag, 1. März 2015"]


def test_a_yearless_date_lines_weekday_picks_its_year_and_stays() -> None:
    # „Datum: Sonntag, 18. Mai ab 14 Uhr“ in a post linked as /2014/05/01/…: a Sunday in 2014,
    # not in the page's 2017 — the weekday picks the year, it does not say the day is wrong.
    post = (
        '<article><h2><a href="/2014/05/01/loeten/">Workshop: Löten lernen</a></h2><div>'
        "<p>shackspace freut sich am Sonntag den 18. Mai 2014 …</p>"
        + _CLOSING.format(day="Sonntag, 18. Mai ab 14 Uhr")
        + "</div></article>"
    )
    html = post + _post("A", _CLOSING.format(day="Sonntag, 1. März 2015")) * 2
    assert _records(html)[0][1] == "Sonntag, 18. Mai ab 14 Uhr"


def test_a_run_the_posts_sentence_says_is_separate_days_is_one_record_a_day() -> None:
    # hexo-shackspace-events-2015-02's SMD workshop „an zwei Terminen“.
    post = _post(
        "Workshop: SMD Löten",
        "<p>Am Samstag den 20. und Sonntag den 21. September 2014 jeweils ab 14 Uhr gibt es"
        " wieder etwas für Feinmotoriker.</p>"
        + _CLOSING.format(day="Samstag, 20. September &amp; Sonntag 21. September 2014, ab 14:00"),
    )
    html = post + _post("A", _CLOSING.format(day="Sonntag, 1. März 2015")) * 2
    days = [date_text for title, date_text, _ in _records(html) if title == "Workshop: SMD Löten"]
    assert [day[:25] for day in days] == ["Samstag 20. September 201", "Sonntag 21. September 201"]
