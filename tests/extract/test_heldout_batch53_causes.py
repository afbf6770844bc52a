"""Causes found on held-out batch 53 (a church choir's Grav pages — its year table, monthly
rehearsal lists and plans — and an evangelical congregation's Hugo site), each pinned on its real
page of the corpus (tests/realpages/README.md) and on the small function that fixes it."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.list_labels import label_above_the_list
from netdir.extract.notices import is_no_session_notice
from netdir.extract.taxonomy_links import is_archive_link
from netdir.extract.title_end_hours import hours_at_the_title_end
from tests.extract.realpage_inspect import inspect_corpus_page


def test_hours_at_the_end_of_a_title_cell_time_the_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „09.11.2024 | Chörchenprobentag in Groß Kienitz, 10-14:30 Uhr“, „04.01.2025 | Generalprobe ab
    # 10 Uhr“, „15.02.2025 | Chörchenprobentag 10-14:30“. Before: untimed, the hours in the title.
    records = inspect_corpus_page(capsys, "grav-choerchen-infos-und-termine-2024")
    by_start = {r["start"][:16]: r for r in records}
    first = by_start["2024-11-09T10:00"]
    assert first["title"] == "Chörchenprobentag"
    assert first["end"].startswith("2024-11-09T14:30")
    assert first["location"] == "Groß Kienitz"
    assert by_start["2025-01-04T10:00"]["title"] == "Generalprobe"
    assert by_start["2025-02-15T10:00"]["end"].startswith("2025-02-15T14:30")
    assert hours_at_the_title_end("Spieltag in Gärtringen, Beginn 18.00 Uhr") == (
        "Spieltag",
        "Beginn 18.00 Uhr",
        "Gärtringen",
    )
    assert hours_at_the_title_end("Tag der offenen Tür 10-16 Uhr") == (
        "Tag der offenen Tür",
        "10-16 Uhr",
        None,
    )
    # Without a comma a lone clock is no hours: „Gruppe 3 Uhr“, „Psalm 23“ stay names.
    assert hours_at_the_title_end("Gruppe 3 Uhr") is None
    assert hours_at_the_title_end("Psalm 23") is None


def test_a_bold_label_above_a_list_names_its_when_where_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <p><strong>Geplante Proben im November:</strong></p><ul><li>Freitag, 15.11.24, um 19:30 Uhr
    # im Pfarrhaus Diedersdorf</li>…, one line „… von 10:00 bis 14:30 Uhr in Groß Kienitz
    # (vorbei)“, then song lists (<ul>s without days). Before: titled „Novemberproben“ (the post's
    # h2) and „in Groß Kienitz (vorbei)“; the songs were undated records.
    records = inspect_corpus_page(capsys, "grav-choerchen-novemberproben-2024")
    rehearsals = [r for r in records if r["title"] == "Geplante Proben im November"]
    assert [r["start"][:16] for r in rehearsals] == [
        "2024-11-01T19:30",
        "2024-11-09T10:00",
        "2024-11-15T19:30",
        "2024-11-22T19:30",
        "2024-11-29T19:30",
    ]
    titles = {r["title"] for r in records}
    assert not titles & {"Donkey Carol", "Adore", "Mary did you know"}  # the song lists
    tree = LexborHTMLParser(
        "<p><b>Geplante Proben:</b></p><ul><li>x</li></ul><p>Text <b>y</b></p><ul><li>z</li></ul>"
    )
    first, second = tree.css("li")
    assert label_above_the_list(first) == "Geplante Proben"
    assert label_above_the_list(second) is None  # a paragraph with loose text is no label


def test_a_notice_that_the_session_is_off_is_no_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A yellow notice „Keine Probe am Freitag, den 08.03.2024“ beside the green „Nächste Probe:
    # Sonnabend, 9. März von 10 bis 15 Uhr im Pfarrhaus Diedersdorf“.
    records = inspect_corpus_page(capsys, "grav-choerchen-probentag-und-mehr-2024")
    assert [r["title"] for r in records] == ["Nächste Probe"]
    assert is_no_session_notice("Kein Training in den Herbstferien")
    assert is_no_session_notice("Keine Chorprobe")
    assert not is_no_session_notice("Kein Mensch ist illegal – Demo")


def test_a_posts_tag_links_are_no_offerings(capsys: pytest.CaptureFixture[str]) -> None:
    # Each post's meta line „August 25, 2023 · Von … · <a href="/tags/sommer">Sommer</a>, <a
    # href="/tags/gemeinschaft">Gemeinschaft</a>“. Before: „Gemeinschaft“ and „gottesdienst“ as
    # events on the day the posts were built, and the excerpt's sentence as the title.
    records = inspect_corpus_page(capsys, "hugo-echb-valbert-aktuelles-2023")
    assert [(r["title"], r["start"][:16]) for r in records] == [
        ("Ausflug ins Grüne", "2023-08-27T16:00")
    ]
    assert is_archive_link("/tags/gemeinschaft")
    assert is_archive_link("https://example.org/kategorie/verein/")
    assert not is_archive_link("/veranstaltungen/sommerfest/")


def test_a_wholly_dated_list_in_a_pool_of_song_lists_is_weighed_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Geplante Proben im Dezember:“ over four struck-through <li>s, then for each past rehearsal
    # a <ul> of the songs sung: 18 <li>s, a quarter dated. Before: the post's paragraphs won,
    # „06.12.2024“ over songs titled „Letzte Proben vor dem Weihnachtskonzert 2025“.
    records = inspect_corpus_page(capsys, "grav-choerchen-letzte-proben-weihnachtskonzert-2025")
    rehearsals = [r for r in records if r["title"] == "Geplante Proben im Dezember"]
    assert [r["start"][:16] for r in rehearsals] == [
        "2024-12-06T19:30",
        "2024-12-14T10:00",
        "2024-12-20T19:30",
        "2024-12-27T10:00",
    ]
    assert "Groß Kienitz" in rehearsals[1]["location"]
