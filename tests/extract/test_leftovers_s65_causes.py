"""Leftovers mended in session 65: German corpus pages whose items were still missed or misread
for causes no batch fixed, each cause pinned on a minimal snippet and on its page."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.announcing_headings import event_of_a_dated_sentence, hours_of_a_dated_sentence
from netdir.extract.context import PageContext
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.day_hours_pairs import day_hours_records
from netdir.extract.one_of_the_named import one_of_the_named, singular
from netdir.extract.title_text import is_junk_title
from netdir.extract.translated_rows import without_translated_rows
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import inspect_corpus_page, readings_on

# 1. A street festival's programme page: the h1 names the festival, one block gives each day over
#    its hours and a bracketed remark („<strong>Sa 12. September</strong><br/>Sa 16:00 bis Sa
#    23:00 Uhr<br/>(Musik Ende 23:00 Uhr)<br/><br/><strong>So 13. September</strong>…“). Read as a
#    listing block it was one row, named by the remark, and the second day was lost; a bold count
#    of the intro („<strong>90 Aussteller:innen</strong>“) was a row over all of September. The
#    days are the festival's, one item each, named by the h1 (day_hours_pairs); a bracketed remark
#    around a clock and a count of people name nothing (title_text).

_FESTIVAL = (
    "<html lang='de'><body><h1>Weinfest Musterstadt 2026</h1>"
    "<div><p>Auch 2026 wird der Marktplatz wieder zur Festmeile. Mehr als "
    "<strong>40 Winzer:innen</strong>, dazu <strong>5 Bühnen</strong>.</p></div>"
    "<div><p><strong>Fr 4. September</strong><br/>Fr 17:00 bis Fr 23:00 Uhr<br/>"
    "(Ausschank Ende 22:30 Uhr)<br/><br/><strong>Sa 5. September</strong><br/>"
    "12.00 Uhr bis 23:00 Uhr<br/>(Ausschank Ende 22:30 Uhr)</p></div></body></html>"
)


def test_each_day_over_its_hours_is_the_events_day() -> None:
    readings = readings_on(_FESTIVAL, date(2026, 8, 20))
    assert [(title, start) for title, start, _ in readings] == [
        ("Weinfest Musterstadt 2026", "2026-09-04T17:00"),
        ("Weinfest Musterstadt 2026", "2026-09-05T12:00"),
    ]


def test_a_day_with_a_named_line_is_no_pair() -> None:
    # a programme whose days each name their own offering stays the listing reader's
    page = _FESTIVAL.replace("(Ausschank Ende 22:30 Uhr)<br/><br/>", "Weinprobe im Hof<br/><br/>")
    assert day_hours_records(LexborHTMLParser(page), _context()) == []
    assert len(day_hours_records(LexborHTMLParser(_FESTIVAL), _context())) == 2


def _context() -> PageContext:
    return PageContext(
        source_id="test",
        page_url="https://example.org/programm",
        base_url="https://example.org/programm",
        default_kind=None,
        fetched_at=datetime(2026, 8, 20, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("title", "junk"),
    [
        ("(Musik Ende 23:00 Uhr)", True),
        ("(Einlass ab 18.30 Uhr)", True),
        ("90 Aussteller:innen", True),
        ("200 Künstler*innen", True),
        ("(Abgesagt)", False),
        ("Konzert (20 Uhr)", False),
        ("10 Jahre Stadtteilfest", False),
    ],
)
def test_a_clock_remark_or_a_count_of_people_names_nothing(title: str, junk: bool) -> None:
    assert is_junk_title(title) is junk


def test_corso_leopold_programme_page(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "html-corso-leopold-programm-2026-09")
    assert [(r["title"], r["start"][:16], (r["end"] or "")[:16]) for r in records] == [
        ("Corso Leopold September 2026", "2026-09-12T16:00", "2026-09-12T23:00"),
        ("Corso Leopold September 2026", "2026-09-13T11:00", "2026-09-13T21:00"),
    ]


# 2. „Save the Date: Am Samstag, den 12.11. 10-14 Uhr findet unser nächstes Bündnistreffen
#    statt.“ in a climate alliance's post, below its onboarding slots. The date cue took „12.11.
#    10“ for a day with a two-digit year (12 November 2010) — whole hours after a space are no
#    year (date_cues.DATE_LIKE); the label before the colon was the row's name and, a mere
#    announcement, dropped it — the sentence names its event after the verb when the day comes
#    first, with the day's hours between (announcing_headings._DAY_THEN_VERB,
#    hours_of_a_dated_sentence, block_text_titles), and such a paragraph announces an offering as
#    „Das Bündnistreffen findet am … statt“ does (listing_score._ANNOUNCED_EVENT).


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Am Samstag, den 12.11. 10-14 Uhr findet", "12.11."),
        ("12.11. 10 bis 14 Uhr", "12.11. 10 bis 14 Uhr"),
        ("am 12. 3. 27 im Saal", "12. 3. 27"),
        ("12.11.10", "12.11.10"),
        ("22.08. 19:00 Uhr", "22.08. 19:00 Uhr"),
    ],
)
def test_whole_hours_after_a_day_are_no_two_digit_year(text: str, phrase: str) -> None:
    assert [match.group(0) for match in iter_date_phrases(text)] == [phrase]


@pytest.mark.parametrize(
    ("sentence", "name", "hours"),
    [
        (
            "Save the Date: Am Samstag, den 12.11. 10-14 Uhr findet unser nächstes "
            "Bündnistreffen statt.",
            "Bündnistreffen",
            "10-14 Uhr",
        ),
        (
            "Am Freitag, 3.5.2024 um 19 Uhr findet der Frühjahrsflohmarkt statt.",
            "Frühjahrsflohmarkt",
            "um 19 Uhr",
        ),
        (
            "Am 08.06.2021 findet die Mitgliederversammlung 2021 virtuell statt.",
            "Mitgliederversammlung 2021",
            None,
        ),
    ],
)
def test_the_event_a_sentence_names_after_its_day(
    sentence: str, name: str, hours: str | None
) -> None:
    assert event_of_a_dated_sentence(sentence) == name
    assert hours_of_a_dated_sentence(sentence) == hours


def test_a_sentence_naming_its_event_after_the_day_is_a_row() -> None:
    page = (
        "<html lang='de'><body><div class='entry-content'><h1>Termine</h1>"
        "<p>So 6.11. 10:00-11:30 Onboarding</p><p>Di 8.11. 14:30 – 16:00 Onboarding</p>"
        "<p>Save the Date: Am Samstag, den 12.11. 10-14 Uhr findet unser nächstes "
        "Bündnistreffen statt.</p>"
        "<p>Am Sonntag, den 20.11. 15 Uhr findet die Mitgliederversammlung statt.</p>"
        "</div></body></html>"
    )
    assert readings_on(page, date(2022, 11, 5))[2:] == [
        ("Bündnistreffen", "2022-11-12T10:00", None),
        ("Mitgliederversammlung", "2022-11-20T15:00", None),
    ]


# 3. The same post's slots („So 6.11. 10:00-11:30 oder“ …) stand under „… bist du herzlich dazu
#    eingeladen an einem der Online-Onboardings teilzunehmen:“ and were named by the post's h1
#    „Onboardings“: the sentence right above a run of slots that invites to one of what it names
#    names each slot, in the singular (one_of_the_named, in listing_row_context).

_SLOTS = (
    "<div><h1>Einstieg</h1><p>Hallo ihr Lieben,</p>"
    "<p>Du bist herzlich eingeladen, an einem der {what} teilzunehmen:</p>"
    "<p>Mo 7.11. 19:00-20:30 oder</p><p>Mi 9.11. 18:00 – 19:30 oder</p>"
    "<p>Fr 11.11. 17:00 – 18:30</p><p>Themen:</p></div>"
)


@pytest.mark.parametrize(
    ("what", "name"),
    [
        ("Online-Onboardings", "Online-Onboarding"),
        ("Online- Infoabende", None),  # a compound split at its hyphen: no name read
        ("Infoabende", "Infoabend"),
        ("Führungen", "Führung"),
        ("Vorträge", "Vorträge"),  # an umlaut's plural: kept as written
        ("Termine", None),  # „an einem der Termine“ names no offering
    ],
)
def test_each_slot_is_one_of_what_the_sentence_above_names(what: str, name: str | None) -> None:
    tree = LexborHTMLParser(_SLOTS.format(what=what))
    slots = [node for node in tree.css("p") if "11." in (node.text() or "")]
    assert [one_of_the_named(slot) for slot in slots] == [name] * 3


def test_a_sentence_that_is_not_right_above_the_slots_names_none() -> None:
    page = _SLOTS.format(what="Workshops").replace(
        "<p>Mo 7.11.", "<p>Mehr dazu unten.</p><p>Mo 7.11."
    )
    slot = next(node for node in LexborHTMLParser(page).css("p") if "7.11." in (node.text() or ""))
    assert one_of_the_named(slot) is None
    assert singular("Workshops") == "Workshop"


def test_sandimgetriebe_onboardings_page(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "wp-sandimgetriebe-onboardings-2022-11")
    read = [(r["title"], r["start"][:16], r["end"][:16]) for r in records]
    assert read == [
        ("Online-Onboarding", "2022-11-06T10:00", "2022-11-06T11:30"),
        ("Online-Onboarding", "2022-11-08T14:30", "2022-11-08T16:00"),
        ("Online-Onboarding", "2022-11-10T19:00", "2022-11-10T20:30"),
        ("Bündnistreffen", "2022-11-12T10:00", "2022-11-12T14:00"),
    ]


# 4. The same post repeats itself below „***** English version *****“: its English slots and
#    meeting were read as rows of their own — once the German rows were named by their sentences
#    they no longer merged with them. Rows below a line that only announces the translation that
#    start when a row above it does are that row told again (translated_rows, in
#    listing.records_of); a row the translation adds stays.

_BILINGUAL = (
    "<div><p>Di 8.11. 14:30 – 16:00</p><p>Do 10.11. 19:00 – 20:30</p>"
    "<p>{marker}</p><p>Tue 8. 11. 14:30-16:00</p><p>Thu 10. 11. 19:00-20:30</p>"
    "<p>Fri 18. 11. 18:00-19:00</p></div>"
)


def _rows(marker: str) -> list[str | None]:
    tree = LexborHTMLParser(_BILINGUAL.format(marker=marker))
    context = _context()
    blocks = tree.css("p")
    del blocks[2]  # the marker is no row
    records = []
    block_of = {}
    for block in blocks:
        record = context.new_record("listing", block.text() or "")
        record.date_text = block.text()
        records.append(record)
        block_of[id(record)] = [block]
    kept = without_translated_rows(
        records, block_of, lambda text: parse_when(text, today=date(2022, 11, 5)).start
    )
    return [record.title for record in kept]


def test_rows_below_an_english_version_marker_repeat_those_above() -> None:
    assert _rows("***** English version *****") == [
        "Di 8.11. 14:30 – 16:00",
        "Do 10.11. 19:00 – 20:30",
        "Fri 18. 11. 18:00-19:00",
    ]


def test_without_a_marker_every_row_stays() -> None:
    assert len(_rows("Weitere Termine")) == 5
