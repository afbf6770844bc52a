"""Causes found on held-out batch 39 (a district council's and a citizens' forum's posts), each
pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.announced_name import announced_name
from netdir.extract.event_page_labels import label_name
from netdir.extract.related_posts import names_related_posts
from tests.extract.realpage_inspect import inspect_page

_SCHOTTHOCK = "https://www.schotthock.com/"


def test_related_posts_teasers_are_no_events_and_name_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Under the call to the litter collection, „You should also read:“ over three teasers with
    # their publication stamps (<time datetime="2024-07-01T08:00">) outscored the post itself:
    # three records of 2024 posts, none of the action. Now the post is the page's one event, and
    # the related heading below it does not name it.
    records = inspect_page(
        capsys,
        "publii-schotthock-sauberes-rheine-2026.html",
        _SCHOTTHOCK + "aktion-sauberes-rheine-im-schotthock-3.html",
        "2026-09-12",
    )
    assert [(r["title"], r["start"][:10]) for r in records] == [
        ("Aktion „Sauberes Rheine“ im Schotthock", "2026-03-28")
    ]


def test_related_posts_headings() -> None:
    assert names_related_posts("You should also read:")
    assert names_related_posts("Ähnliche Beiträge")
    assert names_related_posts("Lesen Sie auch")
    assert not names_related_posts("Weitere Veranstaltungen")  # other events stay a listing
    assert not names_related_posts("Termine")


def test_an_articles_header_names_its_event_and_question_labels_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<main><article><div class="hero"><header><h1>Themen-Workshop: …</h1></header>“ was dropped
    # as the site's banner, so the <title> named the event, cut at its dash („Themen-Workshop:
    # Hof- und Gartengestaltung“); „Wo?“ over the address was no place label, and the address
    # took the next question „Was erwartet Euch?“ as its last line.
    (record,) = inspect_page(
        capsys,
        "publii-schotthock-themenworkshop-2025.html",
        _SCHOTTHOCK + "themen-workshop-hof-und-gartengestaltung-jetzt-wirds-gruen-klimaangepasst"
        "-and-kreativ-3.html",
        "2026-09-12",
    )
    assert record["title"] == (
        "Themen-Workshop: Hof- und Gartengestaltung – Jetzt wird’s grün, klimaangepasst & kreativ!"
    )
    assert record["start"] == "2025-09-25T18:00:00+02:00"
    assert record["end"] == "2025-09-25T20:00:00+02:00"
    assert record["location"] == "Bürgerhof Jfd, Lingener Damm 137, 48429 Rheine"
    assert label_name("Wo?") == ("place", 0)
    assert label_name("Wann?") == ("date", 0)


def test_a_posts_hour_and_place_told_in_its_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    # „Bürgerrunde am 4. Juli 2019“ dates the post; its text says „Ort des Picknicks ist der
    # Garten direkt hinter dem Friedhof. Beginn ab 19:30.“ — read as a whole day without a place.
    records = inspect_page(
        capsys,
        "jekyll-buergerrunde-heuweiler-2019-07.html",
        "https://chriso0710.github.io/buergerrunde/2019/07/04/buergerrunde-am-4-juli-2019/",
        "2019-07-04",
    )
    assert [(r["title"], r["start"], r["location"]) for r in records] == [
        ("Bürgerrunde", "2019-07-04T19:30:00+02:00", "Garten direkt hinter dem Friedhof")
    ]


def test_a_meeting_sentence_cut_into_paragraphs_gives_hour_and_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<p>Wir treffen uns um</p><p>9:30 Uhr am Schafstall</p><p>. Nach der Einteilung …</p>“
    (record,) = inspect_page(
        capsys,
        "publii-schotthock-sauberes-rheine-2026.html",
        _SCHOTTHOCK + "aktion-sauberes-rheine-im-schotthock-3.html",
        "2026-09-12",
    )
    assert record["start"] == "2026-03-28T09:30:00+01:00"
    assert record["location"] == "Schafstall"


def test_a_leftover_heading_yields_to_the_announced_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>LudgerusFest</h1><p>Die nächste Stadtteilbeiratssitzung findet am 17. Oktober 2023 ab
    # 19:00 Uhr im Ludgerusforum statt.</p>“: the heading is a re-used page's old name.
    records = inspect_page(
        capsys, "publii-schotthock-ludgerusfest-2023.html", _SCHOTTHOCK, "2026-09-12"
    )
    assert [(r["title"], r["start"]) for r in records] == [
        ("Stadtteilbeiratssitzung", "2023-10-17T19:00:00+02:00")
    ]
    # A heading the sentence repeats keeps naming the event.
    assert (
        announced_name("Das nächste Sommerfest findet am 1. Juli statt.", "Sommerfest 2023") is None
    )


def test_the_place_in_a_sentence_that_says_the_event_takes_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „… findet am 17. Oktober 2023 ab 19:00 Uhr im Ludgerusforum statt.“
    (record,) = inspect_page(
        capsys, "publii-schotthock-ludgerusfest-2023.html", _SCHOTTHOCK, "2026-09-12"
    )
    assert record["location"] == "Ludgerusforum"
