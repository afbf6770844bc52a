"""The bold name of the sentence announcing the labelled day names the event when the page's
heading names something else (announced_bold_name)."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.announced_bold_name import bold_name_announcing
from netdir.extract.block_text import text_lines
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_TODAY = date(2026, 2, 26)
_SENTENCE = (
    "Am <strong>4. April 2026</strong> findet unsere legendäre <strong>{name}</strong> statt!"
)


def _named(sentence: str, heading: str = "Schützenfest? Können wir!") -> str | None:
    html = f"<html><body><p>{sentence}</p><p>Hier die Eckdaten:</p><p>Datum: 4. April 2026</p></body></html>"
    lines = text_lines([LexborHTMLParser(html).body])
    found = bold_name_announcing(lines, "4. April 2026", len(lines) - 1, heading, _TODAY)
    return found[0] if found else None


def test_the_bold_name_between_findet_and_statt() -> None:
    assert _named(_SENTENCE.format(name="Osterdisco")) == "Osterdisco"


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # the heading is said again in the sentence: it names the event
        (_SENTENCE.format(name="Osterdisco"), "Osterdisco 2026"),
        # another day
        ("Am <b>5. April 2026</b> findet unser <b>Frühschoppen</b> statt.", "Willkommen im Verein"),
        # no „findet … statt“ frame
        ("Am 4. April 2026 spielt die <b>Stadtkapelle</b> auf.", "Jahreskonzert"),
        # two bold names in the frame
        ("Am 4. April findet <b>Disco</b> mit <b>DJ Max</b> statt.", "Schützenfest? Können wir!"),
    ],
)
def test_no_name_is_taken(sentence: str, heading: str) -> None:
    assert _named(sentence, heading) is None


def test_a_long_sentence_is_read_quickly() -> None:
    assert _named("findet " + "x " * 20000 + "statt") is None


def test_the_event_page_is_named_by_the_announcement_not_the_banner() -> None:
    html = (
        "<html><head><title>Verein</title></head><body><h1>Schützenfest? Können wir!</h1>"
        "<p>Sei dabei!</p><h2>Neuigkeiten</h2>"
        f"<p>{_SENTENCE.format(name='Osterdisco')} Feier mit uns.</p><p>Hier die Eckdaten:</p>"
        "<ul><li><strong>Datum:</strong> 4. April 2026</li><li><strong>Uhrzeit:</strong> 20:00"
        " Uhr</li><li><strong>Ort:</strong> Saal Wissing</li></ul></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    assert [r.title for r in records] == ["Osterdisco"]


def test_the_riflemens_easter_disco(capsys: pytest.CaptureFixture[str]) -> None:
    """Batch 84: the home page's Osterdisco, dated by its „Eckdaten“ list, was titled by the
    banner „Schützenfest? Können wir!“."""
    records = inspect_corpus_page(capsys, "astro-jsv-barlo-home-2026-02")
    assert [(r["title"], r["start"]) for r in records] == [
        ("Osterdisco", "2026-04-04T20:00:00+02:00")
    ]
