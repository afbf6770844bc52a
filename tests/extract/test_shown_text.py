"""shown_text: what a reader of the page sees, the same for every reader that asks."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.shown_text import shown_text
from netdir.extract.structured_place_shown import place_shown_instead


def _words(html: str) -> list[str]:
    return shown_text(LexborHTMLParser(html).body).split()


def test_text_under_noscript_is_not_shown_however_deep() -> None:
    html = (
        "<body><noscript><div><p>Bitte <b>JavaScript</b> aktivieren</p></div></noscript>"
        "<p>Stammtisch im <i>Café Sand</i></p></body>"
    )
    assert _words(html) == ["Stammtisch", "im", "Café", "Sand"]


def test_scripts_styles_and_templates_are_not_shown() -> None:
    html = (
        '<body><script type="application/ld+json">{"name": "Versteckt"}</script>'
        "<style>p { color: red }</style><template><p>Vorlage</p></template><p>Gezeigt</p></body>"
    )
    assert _words(html) == ["Gezeigt"]


def test_a_page_without_a_body_shows_nothing() -> None:
    assert shown_text(None) == ""


def test_a_venue_named_only_in_noscript_is_not_named_on_the_page() -> None:
    # The JSON-LD's configured venue appears only in a no-script fallback: the reader goes by
    # the address the page shows beside the event's day.
    html = (
        "<body><noscript><div><span>Coworking Brandis, Markt 8</span></div></noscript>"
        "<main><p>01.11.2025, 10:00 - 17:00 Uhr<br>"
        "Makerspace Partheland e.V., August-Bebel-Strasse 12, 04824 Beucha</p></main></body>"
    )
    place = place_shown_instead(
        LexborHTMLParser(html), "Coworking Brandis", "2025-11-01T10:00", date(2025, 10, 1)
    )
    assert place is not None and "04824 Beucha" in place
