"""A heading that is only an image: its ``alt`` text is what the heading says.

A festival's one-page site sets its name as a logo inside the page's only ``<h1>`` —
„<h1 class="hero__title"><img src="logo-white-wide.png" alt="Fest der Demokratie"></h1>“ — over
the hero's line „Sa, 04.07.2026 · 14:00 — 22:00 · Bürgerpark Pfaffenhofen“. A reader sees the
name in the logo; the heading has no text, so the page had no heading to name its event or to
find the day under, and the event was lost. A top heading (h1–h3) without text of its own whose
one image has an ``alt`` text reads as that text. A heading that links the home page (the site's
logo in its header) stays for the readers that know it as the site's, not the event's.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.context import clean_text

_HEADINGS = "h1, h2, h3"
_MOST_ALT_CHARS = 120  # a name, not an image's description


def name_headings_by_their_image(body: LexborNode) -> None:
    """Replace the one image of each text-less top heading under ``body`` by its alt text."""
    for heading in body.css(_HEADINGS):
        if clean_text(heading.text(deep=True)):
            continue
        images = heading.css("img")
        if len(images) != 1:
            continue
        alt = clean_text(images[0].attributes.get("alt"))
        if alt and len(alt) <= _MOST_ALT_CHARS:
            images[0].replace_with(alt)
