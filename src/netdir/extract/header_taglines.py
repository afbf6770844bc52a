"""A site header's tagline is no heading of the page's lists.

GitHub Pages' Cayman theme heads every page with the site's name and its description::

    <header class="page-header"><h1 class="project-name">Arbeitseinsätze</h1>
      <h2 class="project-tagline">Unsere Kleingartenanlage mit 130 Parzellen befindet sich im
      Poisental, am Südhang des Windberg, …</h2></header>

Read as an outline, the ``<h2>`` is the nearest heading over every list on the page, and a list
of bare days („07. Mai“, „28. Mai“ …) was named by the club's description. A heading that comes
right after an ``<h1>`` in the same element and is a whole sentence — several words ending in a
full stop, an exclamation or a question mark — describes the site; the ``<h1>`` above it is what
names the page („Arbeitseinsätze“). A short subheading („Termine 2026“) is a heading as before.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.inline_text import visible_text

_MIN_WORDS = 6  # „Ein Modellflugverein nahe Fulda.“ is a tagline; „Termine 2026“ is no sentence
_SENTENCE_ENDS = (".", "!", "?", ".“", '."')


def is_a_tagline(heading: LexborNode) -> bool:
    """Whether ``heading`` is an ``<h2>`` right after an ``<h1>`` in the same element whose text
    is a sentence of several words (the site's description, not a section's name)."""
    if heading.tag != "h2":
        return False
    before = heading.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    if before is None or before.tag != "h1":
        return False
    text = " ".join(visible_text(heading).split())
    return len(text.split()) >= _MIN_WORDS and text.endswith(_SENTENCE_ENDS)
