"""A talk's abstract written out after its label: the talk's description, not a page section.

A seminar's list of past talks shows each talk as one paragraph — its day, its speaker, its
title — and then the whole abstract after a label::

    <p>March 2, 2020, <a>Matteo Valleriani</a> (Technische Universität, Berlin)<br>
    <b>Title:</b> <i>The Sphere. Knowledge System Evolution …</i><br>
    <b>Abstract:</b> The treatise on cosmology … (1,500 characters)</p>

Such paragraphs are as long as page sections, and the listing score halves a group whose blocks
are that long (``listing_score._size_factor``). A reader skims the day, speaker and title and
reads the abstract only for the talk chosen: like a folded abstract (Bootstrap's collapse, a
closed ``<details>``), the text from the label on is not what the block shows at first. Only a
label after the block's opening counts (a block that opens with „Abstract:“ is the abstract).
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „Abstract:“, „Summary:“, „Bio:“, „Biography:“, „Speaker bio:“ after the title line.
_LABEL = lazy_re.compile(
    r"(?:^|[\s>])(?:abstract|summary|(?:speaker\s+)?bio(?:graphy)?)\s*:\s", re.IGNORECASE
)
# The block says something before the label: its day, speaker or title (a few words at least).
_MIN_OPENING = 20


def abstract_length(text: str) -> int:
    """The characters of ``text`` from its first abstract or bio label to its end; 0 when it
    has none after an opening of its own."""
    match = _LABEL.search(text)
    if match is None or match.start() < _MIN_OPENING:
        return 0
    return len(text) - match.start()
