"""Leftovers of earlier batches (session 54): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.dash_tail_places import dash_tail, places_after_dashes
from netdir.extract.pictograph_facts import pin_marked_place
from netdir.extract.shared_venues import places_from_other_rows
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# Cause: a list of meeting papers writes where the meeting was after the day's dash — „12 April
# 2022 - Kosciusko Chamber of Commerce“ under „Board of Directors Meeting Minutes“, „2018 Annual
# Residents Meeting Agenda - April 10 - First Christian Church“. The lines were read for their
# days and names; the rest after the dash was passed over as a note. It is the place when it
# names a venue or an address, or when a name of two words or more ends several of the list's
# dated lines (``dash_tail_places``, read in ``named_date_lines``); a list of such rows had
# named each row by that place, and is named by the heading above the rows
# (``name_rows_at_their_places``, in ``listing._mend_the_readings``).

APRIL_2022 = date(2022, 4, 27)


def _minutes(*lines: str) -> str:
    items = "".join(f"<li>{line}</li>\n" for line in lines)
    return (
        "<html><head><title>Meeting Minutes</title></head><body><main>"
        f"<h3>Board of Directors Meeting Minutes</h3>\n<ul>\n{items}</ul></main></body></html>"
    )


def test_a_name_after_the_days_dash_on_several_lines_is_where_the_board_meets() -> None:
    page = _minutes(
        "12 April 2022 - Kosciusko Chamber of Commerce",
        "March 2022 - Kosciusko Chamber of Commerce",
        "14 July 2021 - Laurelwood Drive",
        "20 February 2019 - Laurelwood Drive",
        "26 March 2019",
    )
    assert readings_on(page, APRIL_2022) == [
        ("Board of Directors Meeting", "2022-04-12", "Kosciusko Chamber of Commerce"),
        ("Board of Directors Meeting", "2021-07-14", "Laurelwood Drive"),
        ("Board of Directors Meeting", "2019-02-20", "Laurelwood Drive"),
        ("Board of Directors Meeting", "2019-03-26", None),
    ]


def test_a_note_after_the_dash_or_a_name_said_once_is_no_place() -> None:
    # a note in capitals, a meeting called off, one word said twice, a name said once
    assert dash_tail("3. Mai 2026 - KEIN FLOHMARKT") is None
    assert dash_tail("12 April 2022 - No meeting") is None
    assert dash_tail("12 April 2022 - 19:00") is None
    assert dash_tail("Annual Meeting - Kosciusko Chamber") is None  # no day before the dash
    lines = ("4 May 2022 - Training", "11 May 2022 - Training", "18 May 2022 - Guest Speaker")
    assert places_after_dashes(lines) == frozenset()
    # a venue's word says it once: „First Christian Church“
    assert places_after_dashes(["2018 Meeting - April 10 - First Christian Church"]) == {
        "First Christian Church"
    }


def test_a_singers_rows_named_each_by_its_own_venue_keep_their_names() -> None:
    # „17. August – Kurpark-Residenz Bellevue, Baden-Baden“: a venue said once names its row
    page = (
        "<html><body><h2>Meine nächsten Auftritte</h2><ul>"
        "<li>17. August 2025 – Kurpark-Residenz Bellevue, Baden-Baden</li>"
        "<li>12. September 2025 – Haus zum Fels Heilbronn</li>"
        "<li>13. September 2025 – Europaplatz Stuttgart Fasanenhof</li>"
        "</ul></body></html>"
    )
    titles = [title for title, _, _ in readings_on(page, date(2025, 8, 1))]
    assert "Meine nächsten Auftritte" not in titles


def test_the_homeowners_associations_meeting_places() -> None:
    records = saved_page_readings("bootstrap-parkridge-hoa-meeting-minutes-2022-04")
    for reading in (
        ("2018 Annual Residents Meeting", "2018-04-10", "First Christian Church"),
        ("2011 Annual Residents Meeting", "2011-11-07", "First Christian Church"),
        ("Board of Directors Meeting", "2022-04-12", "Kosciusko Chamber of Commerce"),
        ("Board of Directors Meeting", "2021-07-14", "Laurelwood Drive"),
        ("Board of Directors Meeting", "2019-03-26", None),
    ):
        assert reading in records


# Cause: a Hugo theme heads a post with its title and the post's Markdown opens with the same
# heading again („<h1 class="title">Erstkommunion 2024</h1><div class="content"><h1>Erstkommunion
# 2024</h1><p>… Die Erstkommunionfeier findet am Sonntag, den 21. April 2024 statt.</p>“). The
# event page's readers want the page's one h1; two gave none, and the post gave no record. H1s that
# all say the same are one title, the last the lead follows (``event_page_dates.title_heading``).
# And the heading names the post's topic, the lead's subject — a compound going on from the
# heading's first word, „Erstkommunionfeier“ — the event on that day
# (``announced_name._compound_of_the_heading``).

NOVEMBER_2024 = date(2024, 11, 11)
_COMMUNION_LEAD = (
    "<p>Die Vorbereitungen für die Erstkommunion 2024 haben begonnen. Die Erstkommunionfeier"
    " findet am Sonntag, den 21. April 2024 statt.</p>"
)


def _post(title: str, lead: str, *, again: bool = True) -> str:
    own = f"<h1 id=post>{title}</h1>" if again else ""
    return (
        f"<html><head><title>{title} | St. Marien</title></head><body><main><div>"
        f'<h1 class="title">{title}</h1><div class="content">{own}{lead}</div></div>'
        "</main></body></html>"
    )


def test_a_posts_heading_said_again_in_its_text_is_one_title() -> None:
    assert readings_on(_post("Erstkommunion 2024", _COMMUNION_LEAD), NOVEMBER_2024) == [
        ("Erstkommunionfeier", "2024-04-21", None)
    ]
    # the same lead under one h1 reads alike
    assert readings_on(
        _post("Erstkommunion 2024", _COMMUNION_LEAD, again=False), NOVEMBER_2024
    ) == [("Erstkommunionfeier", "2024-04-21", None)]


def test_a_subject_that_is_the_headings_own_word_keeps_the_heading() -> None:
    lead = "<p>Das Sommerfest findet am Samstag, den 15. Juni 2024 statt.</p>"
    assert readings_on(_post("Sommerfest 2024", lead), NOVEMBER_2024) == [
        ("Sommerfest 2024", "2024-06-15", None)
    ]


def test_two_different_h1s_are_no_one_title() -> None:
    page = (
        "<html><body><h1>St. Marien</h1><h1>Erstkommunion 2024</h1>"
        f"{_COMMUNION_LEAD}<h2>Gemeindefest</h2><p>Am 15. Juni 2024 feiern wir.</p></body></html>"
    )
    assert ("Erstkommunionfeier", "2024-04-21", None) not in readings_on(page, NOVEMBER_2024)


def test_the_demo_parishs_first_communion_post() -> None:
    records = saved_page_readings("hugo-st-marien-erstkommunion-2024")
    assert [(title, start) for title, start, _ in records] == [("Erstkommunionfeier", "2024-04-21")]


# Cause: a list's row whose prose puts it „in der“ a venue another row names takes that venue —
# but an author's readings at schools name „Grundschule“ in one row and „in der Grundschule
# Mümmelmannsberg für 2. Klassen“ in another: the prose's name goes on, a school of its own, and
# the row was placed at „Grundschule“ alone. The capitalised words right after the known name go
# with it (``shared_venues._name_goes_on``).


def _row(title: str, description: str, place: str | None = None) -> RawRecord:
    return raw_record(title, description=description, location_text=place)


def test_a_venue_of_another_row_goes_on_with_the_proses_name() -> None:
    known = _row("Lesung", "Lesung für die 3. Klassen.", "Grundschule")
    school = _row("Lesung", "in der Grundschule Mümmelmannsberg für 2. Klassen aus …")
    same = _row("Lesung", "Wieder in der Grundschule, für die 4. Klassen.")
    street = _row("Konzert", "im Kulturhaus Am Markt 3, Beginn 19 Uhr")
    hall = _row("Konzert", "Ort wie immer.", "Kulturhaus")
    places_from_other_rows([known, school, same, street, hall])
    assert (school.location_text, same.location_text) == (
        "Grundschule Mümmelmannsberg",
        "Grundschule",
    )
    assert street.location_text == "Kulturhaus"  # „Am“ opens the street, no more of the name


def test_the_authors_reading_at_a_school_of_its_own() -> None:
    records = saved_page_readings("php-ellensell-aktuelles-2022-06")
    assert ("Lesung", "2013-04-10", "Grundschule Mümmelmannsberg") in records
    assert ("Lesung", "2013-04-10", "Grundschule") not in records


# Cause: a history archive's „Termine“ gives each kind of event a section, and under
# „<h2>Themenabende</h2>“ the evening as a bold line of its number, kind and day („Erster
# Themenabend am 22. März 2018“), then a paragraph opening with the talk's title as a sentence of
# its own („Altenwerder - Verlust einer Kulturlandschaft. Dr. Gisela Betram … berichtet …“). The
# evening was named by the section, „Themenabende“; the title sentence names it
# (``kind_line_subjects``, in ``listing_features``).

MARCH_2018 = date(2018, 3, 8)


def _kinds(first_sentence: str) -> str:
    return (
        '<html><body><div class="page"><h1>Termine</h1>'
        "<h2>Themenabende</h2><p><strong>Erster Themenabend am 22. März 2018</strong></p>"
        f"<p>{first_sentence} Dr. Gisela Betram berichtet über die Arbeit der Stiftung.</p>"
        "<h2>Stadtteilrundgänge</h2><h3>Sonnabend, 26. Mai 2018 - Der historische Dorfkern</h3>"
        "<p>Treffpunkt um 14:30 Uhr vor dem BGZ Süderelbe.</p>"
        "<h2>Offener Treffpunkt</h2><h3>Sonnabend, 7. April 2018, 10:00 bis 12:00 Uhr</h3>"
        "<p>Archiv-Ecke in der Bücherhalle Neugraben</p></div></body></html>"
    )


def test_a_kinds_bold_day_line_is_named_by_the_title_sentence_below() -> None:
    readings = readings_on(_kinds("Altenwerder - Verlust einer Kulturlandschaft."), MARCH_2018)
    assert ("Altenwerder - Verlust einer Kulturlandschaft", "2018-03-22") in [
        (title, start) for title, start, _ in readings
    ]


def test_a_sentence_with_a_verb_below_the_kind_line_names_nothing() -> None:
    readings = readings_on(_kinds("Wir laden alle Interessierten herzlich ein."), MARCH_2018)
    assert "Wir laden alle Interessierten herzlich ein" not in [title for title, _, _ in readings]


def test_the_archives_first_themenabend_of_2018() -> None:
    records = saved_page_readings("jekyll-suederelbe-archiv-termine-2018")
    assert ("Altenwerder - Verlust einer Kulturlandschaft", "2018-03-22", None) in records
    assert not [title for title, _, _ in records if title == "Themenabende"]


# Cause: an exhibition card gives its facts as small boxes of an icon span and a text span —
# „<div class="detail-item"><span class="detail-icon">📍</span><span>Museum der Region
# Vorchdorf</span></div>“. The pin was read only where one span held it with the place, so the
# card had no place. A small box whose text opens with the pin is the place too, unless it holds
# a second pictograph — a box of two facts, „🏛️ Neueröffnung Museum 🎊 3-tägige Eröffnungsfeier“
# (``block_places._place_by_pin_pictograph``, ``pictograph_facts.pin_marked_place``).

NOVEMBER_2025 = date(2025, 11, 20)


def _exhibition(name: str, days: str, *facts: tuple[str, str]) -> str:
    boxes = "".join(
        f'<div class="detail-item"><span class="detail-icon">{icon}</span><span>{text}</span></div>'
        for icon, text in facts
    )
    return (
        f'<div class="exhibition-card"><div class="exhibition-date">{days}</div><h3>{name}</h3>'
        f'<p>Eine Ausstellung über {name}.</p><div class="exhibition-details">{boxes}</div></div>'
    )


def test_a_pin_in_its_own_span_beside_the_place_says_where() -> None:
    page = (
        "<html><body><h1>Sonderausstellungen</h1><section>"
        + _exhibition("250 Jahre Bukowina", "24. April - 30. Juni 2025", ("🎨", "Forum"))
        + _exhibition(
            "80 Jahre Siebenbürger Sachsen",
            "10. November 2024 - 10. April 2025",
            ("📍", "Museum der Region Vorchdorf"),
            ("📅", "5 Monate Laufzeit"),
        )
        + _exhibition("Miniaturkunstwerke", "26. Juni - 26. Oktober 2024", ("🖼", "Bilder"))
        + "</section></body></html>"
    )
    readings = readings_on(page, NOVEMBER_2025)
    assert (
        "80 Jahre Siebenbürger Sachsen",
        "2024-11-10",
        "Museum der Region Vorchdorf",
    ) in readings


def test_a_box_of_two_pictograph_facts_is_no_place() -> None:
    assert pin_marked_place("🏛️ Neueröffnung Museum 🎊 3-tägige Eröffnungsfeier") is None
    assert pin_marked_place("📍 Museum der Region Vorchdorf") == "Museum der Region Vorchdorf"


def test_the_heimatvereins_exhibitions_at_the_museum() -> None:
    records = saved_page_readings("heimatverein-vorchdorf-sonderausstellungen")
    assert (
        "80 Jahre Siebenbürger Sachsen in Vorchdorf",
        "2024-11-10",
        "Museum der Region Vorchdorf",
    ) in records
    assert (
        "800 Jahre Recht & Verfassung der Siebenbürger Sachsen",
        "2025-11-12T19:00",
        "Museum der Region Vorchdorf",
    ) in records


# Cause: a group's section gives its next meeting as a labelled line and the venue right below it
# as an envelope's three lines — „Nächstes Treffen: <b>Donnerstag, 8. März 2018, 19:30 Uhr</b>“
# over „Bücherhalle Neugraben“ / „Am Neugrabener Markt 7“ / „21149 Hamburg.“. The labelled line
# is read as an offering of its own, named by the section; the venue over its address below it
# is where (``sub_items.titled_date_lines`` with ``venue_address_lines``).


def _group(venue: str) -> str:
    return (
        '<html><body><div class="page"><h1>Termine</h1><h2>Geschichtsgruppe</h2>'
        "<p>Nächstes Treffen: <strong>Donnerstag, 8. März 2018, 19:30 Uhr</strong></p>"
        f"<p>{venue}<br>\nAm Neugrabener Markt 7<br>\n21149 Hamburg.</p>"
        "<p>Nächste Termine (jeweils am zweiten Donnerstag eines Monats):</p>"
        "<ul><li>8. März</li><li>12. April</li><li>14. Juni</li></ul>"
        "<h2>Stadtteilrundgänge</h2><h3>Sonnabend, 26. Mai 2018 - Der historische Dorfkern</h3>"
        "<p>Treffpunkt um 14:30 Uhr vor dem BGZ Süderelbe.</p></div></body></html>"
    )


def test_a_venue_over_its_address_below_the_next_meeting_is_where() -> None:
    readings = readings_on(_group("Bücherhalle Neugraben"), MARCH_2018)
    assert (
        "Geschichtsgruppe",
        "2018-03-08T19:30",
        "Bücherhalle Neugraben, Am Neugrabener Markt 7, 21149 Hamburg",
    ) in readings


def test_a_line_that_names_no_venue_over_the_address_is_no_place() -> None:
    readings = readings_on(_group("Bitte kommen Sie pünktlich"), MARCH_2018)
    assert ("Geschichtsgruppe", "2018-03-08T19:30", None) in readings


def test_the_archives_history_group_meets_at_the_library() -> None:
    records = saved_page_readings("jekyll-suederelbe-archiv-termine-2018")
    assert (
        "Geschichtsgruppe",
        "2018-03-08T19:30",
        "Bücherhalle Neugraben, Am Neugrabener Markt 7, 21149 Hamburg",
    ) in records
