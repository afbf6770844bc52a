"""A struck-out day replaced by the day after it is no longer the event's day (struck_dates)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.struck_dates import drop_struck_dates
from tests.extract.realpage_inspect import inspect_corpus_page


def _text(html: str) -> str:
    tree = LexborHTMLParser(html)
    drop_struck_dates(tree)
    assert tree.body is not None
    return " ".join(tree.body.text().split())


@pytest.mark.parametrize(
    ("html", "left"),
    [
        ("<p><s>25.10.2024</s> 08.11.2024 Generalversammlung</p>", "08.11.2024 Generalversammlung"),
        ("<li><del>12.03.</del> <b>19.03.</b> Treffen</li>", "19.03. Treffen"),
        ("<li><strike>20:00</strike> 19:30 Uhr Probe</li>", "19:30 Uhr Probe"),
    ],
)
def test_a_struck_day_before_its_new_day_goes(html: str, left: str) -> None:
    assert _text(html) == left


@pytest.mark.parametrize(
    "html",
    [
        # a struck-out event is still listed, as cancelled
        "<li><del>Konzert am 3. Mai</del> abgesagt</li>",
        # a struck day with no new day after it: moved to no known day, it stays as written
        "<li><s>3.5.</s> abgesagt</li>",
        # a struck price is no day
        "<li><s>12 Euro</s> 10 Euro</li>",
    ],
)
def test_other_struck_text_stays(html: str) -> None:
    before = " ".join(LexborHTMLParser(html).body.text().split())  # type: ignore[union-attr]
    assert _text(html) == before


def test_the_general_meeting_is_on_its_new_day(capsys: pytest.CaptureFixture[str]) -> None:
    # Held-out batch 65: „~~25.10.2024~~ 08.11.2024 Generalversammlung Heimatverein“ in a
    # club's Markdown list, rendered as <s>.
    records = inspect_corpus_page(capsys, "eleventy-heimatverein-sumo-termine-2024")
    days = {(r["title"], (r.get("start") or "")[:10]) for r in records}
    assert ("Generalversammlung Heimatverein", "2024-11-08") in days
    assert not any(day == "2024-10-25" for _, day in days)
