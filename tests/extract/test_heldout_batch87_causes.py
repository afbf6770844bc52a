"""Held-out batch 87 (German listing pages: a climate alliance's WordPress export — its list of
mobilisation events, a camp programme and a category of posts —, a device distributor's congress
list, an association's Quarto events page): the general causes of what netdir missed."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE
from netdir.extract.title_text import is_junk_title
from netdir.normalize.record import normalize_record
from netdir.normalize.when import parse_when
from netdir.normalize.when_undotted_opening import dotted_opening_days
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import TRUTH, page_records
from tests.realpages.corpus import load_truth


def _records(page_id: str) -> list[tuple[str | None, str | None, str | None]]:
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    return page_records(page_id, truth.base_url, truth.today)


def _starts(html: str, today: date) -> list[tuple[str | None, str | None]]:
    records = extract_page(page_from_text(html)).records
    return [(r.title, normalize_record(r, today=today).start) for r in records]


# Cause 1: a row that is only a day („Donnerstag, 9. September 2021“) among timed rows of the
# same tag heads the rows after it; it is no offering of its own, and a date further out (the
# post's day above the text) does not date them.


def _programme() -> str:
    rows = "".join(
        f"<p>{row}</p>"
        for row in [
            "<strong>Mittwoch, 8. September 2021</strong>",
            "14:00-18:00 Uhr: Aktionstraining",
            "15:00-16:30 Uhr: Sani-Workshop",
            "<strong>Donnerstag, 9. September 2021</strong>",
            "9:00-13:00 Uhr: Aktionstraining",
            "10:30-12:00 Uhr: Legal Workshop",
            "13:00-14:00 Uhr: Bezugsgruppenfindung",
        ]
    )
    return (
        "<html><body><main><article><h1>Programm im Camp</h1>"
        '<div class="entry-meta"><span class="posted-date">8. September 2021</span></div>'
        f'<div class="entry-content"><p>Ihr findet uns auf dem Camp.</p>{rows}</div>'
        "</article></main></body></html>"
    )


def test_day_lines_among_timed_rows_date_the_rows_after_them() -> None:
    starts = _starts(_programme(), date(2021, 9, 8))
    assert starts == [
        ("Aktionstraining", "2021-09-08T14:00:00+02:00"),
        ("Sani-Workshop", "2021-09-08T15:00:00+02:00"),
        ("Aktionstraining", "2021-09-09T09:00:00+02:00"),
        ("Legal Workshop", "2021-09-09T10:30:00+02:00"),
        ("Bezugsgruppenfindung", "2021-09-09T13:00:00+02:00"),
    ]


def test_camp_programme_rows_take_their_day_line() -> None:
    records = _records("wordpress-sandimgetriebe-sig-programm-2021-09")
    by_day = [(title, start[:10]) for title, start, _ in records if start]
    assert ("Bezugsgruppenfindung", "2021-09-09") in by_day
    assert ("Aktionstraining", "2021-09-09") in by_day
    assert all(title != "SIG-Programm im Klimacamp" for title, _, _ in records)


# Cause 2: a German list's day written without its month's closing dot at the start of a row
# („19.07 Nürnberg, … 19:00 Uhr“, „25.07 19:00 Uhr Onlinecall“, „23-27.08 Krk“, „26/27.08“) is a
# date — read by the extractors' cues and by the normalizer — unless it may be a clock, a price,
# a score or a version.


def test_undotted_opening_days_are_dotted() -> None:
    assert dotted_opening_days("19.07 Nürnberg, Bar 19:00 Uhr") == "19.07. Nürnberg, Bar 19:00 Uhr"
    assert dotted_opening_days("05.08, 11:00 Uhr") == "05.08., 11:00 Uhr"
    assert dotted_opening_days("23-27.08 Krk") == "23-27.08. Krk"
    assert dotted_opening_days("26/27.08") == "26/27.08."
    for kept in ("10.05 Begrüßung", "19.30 Konzert", "11.11 Uhr", "3.12 Python", "25.03 EUR"):
        assert dotted_opening_days(kept) == kept
    # only a text's or a line's first word: inside a sentence a score or a version
    assert dotted_opening_days("mit einer Rangnote von 28.03 den Platz") == (
        "mit einer Rangnote von 28.03 den Platz"
    )


def test_undotted_opening_days_parse() -> None:
    today = date(2023, 8, 20)
    assert parse_when("19.07 Nürnberg, 19:00 Uhr", today=today).start == (
        "2023-07-19T19:00:00+02:00"
    )
    found = parse_when("23-27.08 Krk", today=today)
    assert (found.start, found.end) == ("2023-08-23", "2023-08-27")
    assert parse_when("Ubuntu 16.04 is out", today=today).start is None


def test_undotted_days_are_date_cues_but_not_prices() -> None:
    assert DATE_LIKE.search("19.07 Nürnberg") is not None
    assert DATE_LIKE.search("25.07 19:00 Uhr Onlinecall") is not None
    assert DATE_LIKE.search("$25.03 advance") is None
    assert DATE_LIKE.search("19.30 Konzert") is None


def test_a_clock_after_a_dotted_day_is_no_two_digit_year() -> None:
    found = DATE_LIKE.search("22.08. 19:00 Uhr Onlinecall")
    assert found is not None and found.group(0) == "22.08."
    assert DATE_LIKE.search("12.03. 27 Gäste") is not None  # a year still may follow


def test_mobilisation_list_rows_are_dated() -> None:
    starts = {start for _, start, _ in _records("wordpress-sandimgetriebe-mobi-events-2023-08")}
    for start in (
        "2023-07-19T19:00:00+02:00",  # „19.07 Nürnberg, … 19:00 Uhr“
        "2023-08-05T11:00:00+02:00",  # „05.08 Hannover 11:00 Uhr“: one record, not two clocks
        "2023-08-26",  # „26/27.08 Klimacamp Südtirol“
        "2023-08-22T19:00:00+02:00",  # „22.08.&nbsp; 19:00 Uhr“
    ):
        assert start in starts


# Cause 3: the block editor's empty paragraphs („<p><!-- wp:paragraph --></p>“, „<p>&nbsp;</p>“)
# between a post's lines are no rows: dozens of them filled the group's scoring sample.


def test_empty_editor_paragraphs_do_not_hide_the_dated_rows() -> None:
    spacer = "<p><!-- wp:paragraph --></p><p><!-- /wp:paragraph --></p><p>&nbsp;</p>"
    intro = "".join(f"<p>Einleitender Satz Nummer {n} ohne Datum.</p>{spacer}" for n in range(4))
    rows = "".join(
        f"<p><strong>{day}.08.2023 {town}</strong>, Infoabend 19:00 Uhr</p>{spacer}"
        for day, town in [("04", "Regensburg"), ("06", "Passau"), ("10", "Bremen"), ("14", "Kiel")]
    )
    html = f'<html><body><main><div class="widget">{intro}{rows}</div></main></body></html>'
    days = [start[:10] for _, start in _starts(html, date(2023, 7, 20)) if start]
    assert days == ["2023-08-04", "2023-08-06", "2023-08-10", "2023-08-14"]


# Cause 4: the link into an online meeting („Link zum <a>Onlineraum</a>“, „Here is the <a>roomlink
# </a>“) names no event; a theme's pointer with its arrow („Weiterlesen →“) names none either.


def test_meeting_room_links_and_arrowed_pointers_are_no_titles() -> None:
    for junk in ("Onlineraum", "roomlink", "Zoom-Link", "Weiterlesen →", "» Mehr"):
        assert is_junk_title(junk)
    assert not is_junk_title("Onlinecall")


def test_online_calls_are_named_by_their_bold_name() -> None:
    titles = {title for title, _, _ in _records("wordpress-sandimgetriebe-mobi-events-2023-08")}
    assert "Onlinecall" in titles
    assert not titles & {"Onlineraum", "roomlink"}


# Cause 5: a blog's category page — a post's meta line (its day and the author's link) and its
# excerpt are groups of their own beside the posts' title rows; the author's link names no event,
# and the title rows, one per post, name the posts whose excerpts lie in them.


def _posts() -> str:
    posts = "".join(
        f'<article class="post"><header class="entry-header"><div class="entry-header-row">'
        f'<h2 class="entry-title"><a href="/{n}/">{title}</a></h2></div></header>'
        f'<div class="entry-meta"><span class="posted-date">{posted}</span> '
        f'<a href="/author/presse/" rel="author">Presse</a></div>'
        f'<div class="entry-summary"><p>{excerpt}</p>'
        f'<p><a class="button" href="/{n}/">Weiterlesen →</a></p></div></article>'
        for n, (title, posted, excerpt) in enumerate(
            [
                (
                    "Onboarding am 15.8., 19:00 Uhr",
                    "13. August 2023",
                    "Komm zum Online-Onboarding am Dienstag, den 15.08., um 19:00 Uhr!",
                ),
                (
                    "Bündnistreffen | 23.-25.06.2023 | Göttingen",
                    "5. Juni 2023",
                    "Wir laden euch zum Bündnistreffen vom 23. – 25. Juni ein!",
                ),
                (
                    "Kick-Off (online) 26.02.2023 – 17-20 Uhr",
                    "11. Februar 2023",
                    "Am 26.02.2023 treffen wir uns online von 17 bis 20 Uhr.",
                ),
            ]
        )
    )
    return f'<html><body><main class="site-main">{posts}</main></body></html>'


def test_a_post_list_is_read_once_by_its_titles() -> None:
    records = extract_page(page_from_text(_posts())).records
    today = date(2023, 8, 14)
    assert [(r.title, normalize_record(r, today=today).start[:10]) for r in records] == [
        ("Onboarding", "2023-08-15"),
        ("Bündnistreffen | 23.-25.06.2023 | Göttingen", "2023-06-23"),
        ("Kick-Off (online) 26.02.2023", "2023-02-26"),
    ]


def test_category_page_gives_one_record_per_post() -> None:
    records = _records("wordpress-sandimgetriebe-mitmachen-2023-08")
    titles = [title for title, _, _ in records]
    assert "Presse" not in titles and "Weiterlesen →" not in titles
    assert titles.count("Onboarding für alle") == 1
    assert len(records) == 9


# Cause 6: a short paragraph whose sentence announces that its event takes place on a day
# („Der gemeinsame 70. Bundeskongress … findet vom 23. bis 25. April 2020 in Saarbrücken statt.“)
# names an event even when the day is not its first word; a long one that opens so is dated by
# that first sentence.


def test_announcing_paragraphs_are_items() -> None:
    paragraphs = [
        "Der 70. Bundeskongress findet vom 23. bis 25. April 2020 in Saarbrücken statt.",
        "Er steht unter dem Motto „Gesundheit für alle“.",
        "Der 69. Bundeskongress findet vom 04. bis 06. April 2019 in Kassel statt.",
        "Er steht unter dem Motto „Mitten in der Gesellschaft“.",
        "Am 25.02.2019 findet die Mitgliederversammlung des Landesverbandes statt.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f'<html><body><main class="content"><h1>Veranstaltungen</h1>{body}</main></body></html>'
    days = sorted(start[:10] for _, start in _starts(html, date(2023, 9, 24)) if start)
    assert days == ["2019-02-25", "2019-04-04", "2020-04-23"]


def test_association_page_reads_its_congresses() -> None:
    starts = {start for _, start, _ in _records("quarto-bvoegdbb-veranstaltungen-2023")}
    assert {"2020-04-23", "2019-04-04", "2018-04-26", "2017-02-20"} <= starts


# Cause 7: an English run whose first day has no dot before the dash („28–31 January 2020“) keeps
# its first day.


def test_english_run_keeps_its_first_day() -> None:
    found = DATE_PHRASE.search("LINC 2020: 28–31 January 2020 Hall 2, Trade Fair Leipzig")
    assert found is not None and found.group(0).startswith("28–31 January 2020")
    starts = {start for _, start, _ in _records("static-endoscout-veranstaltungen-2022")}
    assert "2020-01-28" in starts
