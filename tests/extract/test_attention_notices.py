"""A calendar entry that only calls for attention is no offering (notices.is_attention_notice)."""

from __future__ import annotations

import pytest

from netdir.extract.notices import is_attention_notice
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "title",
    [
        "! Achtung: weißer Sonntag",
        "Hinweis: Bücherei geschlossen",
        "WICHTIG! Neue Zeiten",
        "Attention: parking closed",
    ],
)
def test_calls_for_attention(title: str) -> None:
    assert is_attention_notice(title)


@pytest.mark.parametrize(
    "title",
    [
        "Achtung Baby – U2 Tribute",
        "Wichtig ist auf'm Platz",
        "Keynote: Digital Humanities",
        "Konzert",
        None,
    ],
)
def test_event_titles_stay(title: str | None) -> None:
    assert not is_attention_notice(title)


def test_a_long_title_is_read_quickly() -> None:
    assert not is_attention_notice("!" * 20000 + "x")


def test_a_warning_in_a_retailers_ical(capsys: pytest.CaptureFixture[str]) -> None:
    """Dreieich's calendar of shop events marks the church holiday „! Achtung: weißer Sonntag“."""
    records = inspect_corpus_page(capsys, "ical-dreieich-veranstaltungen-2026-04")
    assert not [r for r in records if "weißer Sonntag" in r["title"]]
    assert len(records) == 33
