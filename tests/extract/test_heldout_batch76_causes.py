"""Causes found on held-out batch 76 (two user groups' meeting pages), each unit with its real
page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.name_heading_above import name_heading_above
from netdir.extract.rows_below_names import names_from_rows_below
from netdir.extract.session_notes import only_zone_and_language
from netdir.extract.title_places import move_labelled_brackets
from netdir.extract.title_text import is_junk_title, title_in_text
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page


def _record(title: str, place: str | None = None) -> RawRecord:
    record = RawRecord(
        source_id="t",
        page_url="https://example.org/",
        extractor="listing",
        title=title,
        date_text="21. Januar 2020, 20:00 Uhr",
        location_text=place,
    )
    record.field_sources["title"] = "listing:p"
    return record


def test_a_labelled_bracket_is_the_place_and_leaves_the_title() -> None:
    records = [
        _record("Stammtisch (Ort: Marquardtei, Herrenberger Str. 34)"),
        _record("Stammtisch (Ort: Marquardtei, Herrenberger Str. 34) (Osterferien?)"),
        _record("Treffen (Treffpunkt: Bahnhof)"),
    ]
    move_labelled_brackets(records)
    assert [(r.title, r.location_text) for r in records] == [
        ("Stammtisch", "Marquardtei, Herrenberger Str. 34"),
        ("Stammtisch (Osterferien?)", "Marquardtei, Herrenberger Str. 34"),
        ("Treffen", "Bahnhof"),
    ]
    assert records[0].field_sources["location_text"] == "listing:p (labelled bracket)"


def test_other_brackets_a_stated_place_and_a_bare_bracket_stay() -> None:
    records = [
        _record("Sommerfest (Kutterrudern)"),
        _record("Stammtisch (Ort: Marquardtei)", place="Café Inti"),
        _record("(Ort: Rathaus)"),
        _record("Ortsbegehung (Ortsteil Nord)"),
    ]
    move_labelled_brackets(records)
    assert [(r.title, r.location_text) for r in records] == [
        ("Sommerfest (Kutterrudern)", None),
        ("Stammtisch (Ort: Marquardtei)", "Café Inti"),
        ("(Ort: Rathaus)", None),
        ("Ortsbegehung (Ortsteil Nord)", None),
    ]


def test_a_long_title_without_a_closing_bracket_is_read_quickly() -> None:
    record = _record("Treffen (Ort: " + "x" * 5000)
    move_labelled_brackets([record])
    assert record.location_text is None


def test_the_stammtische_of_a_user_group_have_their_place_out_of_the_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Dienstag 21. Januar 2020, 20:00 Uhr: Stammtisch (Ort: Marquardtei, Herrenberger Str. 34)“.
    # Before: titled with the bracket, no place.
    records = inspect_corpus_page(capsys, "php-lugt-aktuelles-2020-05")
    stammtische = [r for r in records if r["title"] == "Stammtisch"]
    assert len(stammtische) == 11  # the twelfth keeps its „(Osterferien?)“
    assert {r["location"] for r in stammtische} == {"Marquardtei, Herrenberger Str. 34"}


def test_a_clock_zone_and_a_language_name_no_talk() -> None:
    assert only_zone_and_language(["CEST", "|", "English"])
    assert only_zone_and_language(["CET"])
    assert only_zone_and_language(["MEZ", "/", "Deutsch"])
    assert not only_zone_and_language(["Englisch"])  # a language alone may be a course
    assert not only_zone_and_language(["Kafka", "Special", "CEST"])
    assert title_in_text("13.10.2020 - 18:30 Uhr CEST | English") is None
    assert is_junk_title("08.12.2020 - 18:30 Uhr CET | German")
    assert title_in_text("Mo 12.10.2020 18:30 Uhr Englisch") == "Englisch"
    assert title_in_text("CEST") == "CEST"  # nothing taken out: the line is what it says


def _heading(html: str, tag: str = "h3") -> LexborNode:
    node = LexborHTMLParser(html).css_first(tag)
    assert node is not None
    return node


def test_a_name_heading_right_above_a_date_heading_names_it() -> None:
    html = "<div><hr><h4>Kafka Special</h4>\n<h3>13.10.2020 - 18:30 Uhr</h3><p>x</p></div>"
    assert name_heading_above(_heading(html)) == "Kafka Special"
    same_rank = "<div><h3>Java-Treff im November</h3><h3>10.11.2020</h3></div>"
    assert name_heading_above(_heading(same_rank, "h3:last-of-type")) == "Java-Treff im November"


def test_a_section_heading_a_paragraph_or_a_month_above_names_no_item() -> None:
    assert name_heading_above(_heading("<div><h2>Termine</h2><h3>13.10.2020</h3></div>")) is None
    assert name_heading_above(_heading("<div><p>Text</p><h3>13.10.2020</h3></div>")) is None
    assert (
        name_heading_above(_heading("<div><h4>Oktober 2020</h4><h3>13.10.2020</h3></div>")) is None
    )
    assert name_heading_above(_heading("<div><h4>Kafka</h4><p>13.10.2020</p></div>", "p")) is None
    # The item before, when the date heading's own name stands right below it.
    pairs = (
        "<div><h3>MAIBAUM AM PFARRPLATZ</h3><h2>01.05.2009</h2><h3>MAIBAUM IN NEUSTIFT</h3></div>"
    )
    assert name_heading_above(_heading(pairs, "h2")) is None


def test_the_talks_of_a_user_group_are_named_by_their_own_headings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h4>Kafka Special with <em>Jakub Scholz (Red Hat)</em></h4><h3>13.10.2020 - 18:30 Uhr
    # <em>CEST | English</em></h3>“. Before: four records titled „CEST | English“, „CET | German“.
    titles = [r["title"] for r in inspect_corpus_page(capsys, "hugo-jugin-java-treff-2020-10")]
    assert titles == [
        "Kafka Special with Jakub Scholz (Red Hat)",
        "Java-Treff im November",
        "Cyber Security für Entwickler von und mit Simon Trockel (MediaMarktSaturn Technology)",
        "Modern Reactive Java by Julien Ponge (Red Hat)",
    ]


def _rows(html: str) -> tuple[list[list[LexborNode]], list[BlockReading]]:
    rows = LexborHTMLParser(f"<table>{html}</table>").css("tr")
    segments, readings = [], []
    for row in rows:
        cells = [" ".join(c.text().split()) for c in row.css("td")]
        dated = bool(cells) and cells[0].endswith(":")
        segments.append([row])
        readings.append(
            BlockReading(title=cells[-1] or None, date_text=cells[0] if dated else None)
        )
    return segments, readings


_TALKS = (
    "<tr><td>3. Juni 2003:</td><td>Hans-Jürgen Husel</td></tr>"
    "<tr><td><img src=pdf.gif></td><td><a href=cvs.pdf>Einführung in CVS</a></td></tr>"
    "<tr><td colspan=2>&nbsp;</td></tr>"
    "<tr><td>13. Januar 2004:</td><td>DVD Revolution OS</td></tr>"
    "<tr><td colspan=2>&nbsp;</td></tr>"
    "<tr><td>3. Februar 2004:</td><td>Axel Burkhardt</td></tr>"
    "<tr><td></td><td>Das Redaktionssystem typo3</td></tr>"
)


def test_the_row_below_names_the_dated_row_when_the_list_is_laid_out_so() -> None:
    segments, readings = _rows(_TALKS)
    names_from_rows_below(segments, readings)
    dated = [r.title for r in readings if r.date_text is not None]
    assert dated == ["Einführung in CVS", "DVD Revolution OS", "Das Redaktionssystem typo3"]
    assert readings[0].sources["title"] == "listing:the row below (its date cell left blank)"


def test_one_row_with_a_line_below_or_a_dated_line_below_names_nothing() -> None:
    one = "<tr><td>3. Juni 2003:</td><td>Husel</td></tr><tr><td></td><td>Ein Hinweis</td></tr>"
    one += "<tr><td>1. Juli 2003:</td><td>Konold</td></tr><tr><td>2. Juli 2003:</td><td>B</td></tr>"
    one += "<tr><td>4. Juli 2003:</td><td>Gaier</td></tr>"
    segments, readings = _rows(one)
    names_from_rows_below(segments, readings)
    titles = [r.title for r in readings if r.date_text is not None]
    assert titles == ["Husel", "Konold", "B", "Gaier"]


def test_a_linked_name_in_the_dated_row_stays_its_name() -> None:
    linked = _TALKS.replace("Hans-Jürgen Husel", "<a href=/e/1>RCSC #3 @ Mt. Rubidoux</a>")
    segments, readings = _rows(linked)
    readings[0].url = "https://example.org/e/1"
    names_from_rows_below(segments, readings)
    assert readings[0].title == "RCSC #3 @ Mt. Rubidoux"


def test_the_talks_of_a_user_group_are_named_by_the_row_below_the_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: twenty records titled by the speakers („Hans-Jürgen Husel“, „Martin Konold“, …).
    titles = [r["title"] for r in inspect_corpus_page(capsys, "php-lugt-vortraege-2019")]
    assert (len(titles), titles[0], titles[4]) == (
        20,
        "Einführung in CVS (Concurrent Versions System)",
        'DVD "Revolution OS"',
    )
    assert not {"Kai Blin", "Georg Rudolph", "Hans-Jürgen Husel"} & set(titles)


def test_the_user_groups_news_links_and_closing_note_are_no_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „… auf der <a>Mailing Liste</a> kund getan.“, „[1] <a>About Jitsi</a>“ and the bold „Bitte
    # über diese Seite … informieren, wann die nächsten Termine stattfinden.“ beside the dated
    # paragraphs: three undated records before.
    records = inspect_corpus_page(capsys, "php-lugt-aktuelles-2020-05")
    assert len(records) == 14
    assert all(r["start"] for r in records)
