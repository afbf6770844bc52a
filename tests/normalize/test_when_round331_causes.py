"""Causes found by held-out date rounds 331-333 (tests/normalize/date_strings_heldout_round331.yaml
to round333: a town's news blog, a village's mayor and clubs, a regional weekly).

- „Ladenburg, 02. Oktober 2014. (red/pm) Die Boulefreunde … am kommenden Samstag, 04. Oktober,
  …“: a news blog's dateline closed by its full stop and the editor's mark in small letters and
  slashes, perhaps under the teaser's headings („Bouleturnier am Wasserturm | …“), dates the
  writing; the teaser's own days, its weekdays too, count from it — as the agency dateline with
  its dash does (``when_agency_datelines``).
- „Im Gemeinderat ergab sich daraus am Mittwoch eine Diskussion …“: „ergab“ tells a past
  meeting, so the weekday is the one before (``when_grammar.PAST_TENSE``).
- „Ortsgemeinde 23. November 2023 Zugriffe: 40456 | Für Sonntag, 19. November 2023, hatte …“:
  a post's information line with its hit counter dates the post, not what it tells
  (``when_hit_counters``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_agency_datelines import agency_dateline
from netdir.normalize.when_hit_counters import without_hit_lines
from tests.normalize.test_heldout_dates import assert_heldout_read


def _read(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start or "")[:16] or None, (found.end or "")[:16] or None


_LATER = date(2026, 12, 8)


def test_a_blog_dateline_with_the_editors_mark_dates_the_writing() -> None:
    text = (
        "Musterstadt, 02. Oktober 2014. (red/pm) Der Verein veranstaltet am kommenden Samstag, "
        "04. Oktober, ab 10 Uhr sein Herbstfest auf dem Marktplatz."
    )
    assert _read(text, _LATER) == ("2014-10-04T10:00", None)


def test_the_teasers_weekday_counts_from_the_dateline() -> None:
    text = (
        "Musterstadt, 03. Dezember 2014. (red/ld) Die Eltern trafen sich mit dem Abgeordneten. "
        "Am Dienstag kamen sie zu einer Diskussionsrunde im Rathaus zusammen."
    )
    assert _read(text, _LATER) == ("2014-12-02", None)


def test_headings_may_stand_before_the_dateline() -> None:
    text = (
        "Herbstfest | Alle sind eingeladen | Musterstadt/Umland, 30. August 2012. (red/la) "
        "Am 7. September feiert der Verein sein Fest im Hof der alten Schule."
    )
    assert agency_dateline(text) is not None
    assert _read(text, _LATER) == ("2012-09-07", None)


def test_a_blog_dateline_alone_names_no_event() -> None:
    text = (
        "Musterstadt, 09. Juli 2012. (red) Soziale Netzwerke sind modern und natürlich wollen "
        "da viele mitmachen."
    )
    assert _read(text, _LATER) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a weekday or a place in brackets is no editor's mark
        "Musterstadt, 02. Oktober 2014. (Donnerstag) Konzert im Stadtpark mit vielen Gästen",
        "Musterstadt, 02. Oktober 2014. (Stadthalle) Konzert im Stadtpark mit vielen Gästen",
        # no full stop after the day and no dash: a listing row's event name
        "Musterstadt, 02. Oktober 2014 (red) Konzert im Stadtpark mit vielen Gästen heute",
    ],
)
def test_other_brackets_after_a_day_are_no_blog_dateline(text: str) -> None:
    assert agency_dateline(text) is None


def test_a_debate_that_arose_is_a_past_weekday() -> None:
    text = "Im Gemeinderat ergab sich daraus am Mittwoch eine lange Diskussion."
    assert _read(text, date(2014, 5, 8)) == ("2014-05-07", None)


def test_a_post_information_line_with_hits_is_taken_out() -> None:
    text = "Aktuelles 23. November 2023 Zugriffe: 40456 | Am Sonntag, 19. November 2023, war Markt."
    assert without_hit_lines(text) == "Am Sonntag, 19. November 2023, war Markt."
    assert _read(text, date(2023, 11, 23)) == ("2023-11-19", None)


def test_a_post_information_line_alone_names_no_day() -> None:
    text = (
        "Neues | Ortsgemeinde 28. Dezember 2023 Zugriffe: 36411 | Vielleicht findet Ihr Euer Haus."
    )
    assert _read(text, date(2023, 12, 28)) == (None, None)


def test_a_count_of_hits_in_a_sentence_stays_text() -> None:
    text = "Am 3. Mai 2024 gab es viele Zugriffe auf die Seite."
    assert without_hit_lines(text) == text


@pytest.mark.parametrize(
    "opening",
    [
        "Internationaler Museumstag | Ladenburg, 13. Mai 2014.",
        "Bouleturnier am Wasserturm |",
        "Zusammenstoß zweier Pkws |",
        "NPD darf in Ladenburg demonstrieren |",
        "Nachbesserungen bei Bebauungsplan",
        "Masterplan Nordstadt nach Tübinger Vorbild |",
        "Probepflaster soll Rollatorentauglichkeit testen |",
        "ASV-Ringer wollen mindestens",
        "Ladenburg/Rhein-Neckar, 03. Dezember 2014.",
        "Ilvesheim/Edingen-Neckarhausen/Ladenburg, 06. Februar 2014.",
        "Ladenburg, 31. März 2014.",
        "Rhein-Neckar,09. Januar 2014.",
    ],
)
def test_round_331_blog_teasers(opening: str) -> None:
    assert_heldout_read(331, opening)


@pytest.mark.parametrize(
    "opening",
    [
        "Neues aus Oberkail | Wie sah Oberkail",
        "Seniorennachmittag in Oberkail |",
    ],
)
def test_round_332_post_information_lines(opening: str) -> None:
    assert_heldout_read(332, opening)
