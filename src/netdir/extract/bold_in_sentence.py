"""The name a dated sentence sets in bold: „Der <strong>Eröffnungsgottesdienst</strong> … am Sonntag,
dem 23. August, um 10 Uhr …“.

A post lists what is coming as a list of sentences, one per item, each naming its event in bold
within its prose: „Im Rahmen der <strong>Schule für Geisteswissenschaft</strong> findet am
Samstag, dem 22. August, um 17 Uhr … statt“, „Ebenso gilt dies für den am Samstag, dem 29.
August, um 11 Uhr stattfindenden <strong>Abendmahlsgottesdienst</strong>“. No line of such an item
is a title; read as a title, the sentence makes the item look like prose. When a dated item is one
sentence (one line of several words) and holds exactly one bold run that is a short name (no day,
no clock) standing inside the sentence, that run names it. A bold name that opens its line
(„<strong>Intersektionalität</strong> (19.01.2026, 13 - 14 Uhr, U11/00.16)“) is a name line with
its facts, read as such elsewhere.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, text_chunks
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.name_before_its_day import names_only_what_follows
from netdir.extract.sentence_ends import sentences
from netdir.extract.title_text import is_junk_title

#: Provenance of a title that a dated sentence sets in bold (such an item needs no leading day).
TITLE_SOURCE = "listing:bold name in the sentence"
_SENTENCE_WORDS = 8  # a sentence around the name, not a name line
_NAME_WORDS = 8
# „erreicht … einen <strong>3. Platz</strong> in der Gruppe B“, „Platz 2“: a placing the sentence
# reports is the result of the day's tournament, never the name of what took place (a chess club's
# news, held-out batch 182); the sentence names it.
_PLACING = lazy_re.compile(
    r"^(?:\d{1,2}\.\s*(?:platz|rang|preis|place)|(?:platz|rang|place)\s+\d{1,2})$", re.I
)
# Quotes and a full stop the bold run holds at its edges („Oberammergauer Passion …“, „Erinnerungsort
# BADEHAUS in Wolfratshausen-Waldram.“).
_QUOTES = lazy_re.compile(r"^[\s„“”\"»«]+|[\s„“”\"»«.:,;]+$")


# „Im Rahmen des <strong>Tags des offenen Denkmals</strong> am Sonntag, 14. September 2025 lädt der
# Verein zu einer <strong>historischen Führung</strong> … ein.“: the bold run after „im Rahmen“ is
# the occasion the named item is part of.
_FRAME_BEFORE = lazy_re.compile(r"\bim\s+Rahmen\s+(?:des|der|eines|einer|vom)\s+[„\"»]?$", re.I)


def _with_its_frame(names: set[str], sentence: str) -> str | None:
    """Of two bold names, one the occasion („im Rahmen des …“) and one the item: the item's name
    with its occasion („historischen Führung – Tags des offenen Denkmals“); None otherwise."""
    if len(names) != 2:
        return None
    frames = [name for name in names if _FRAME_BEFORE.search(sentence[: sentence.find(name)])]
    if len(frames) != 1:
        return None
    (own,) = names - set(frames)
    if any(len(name.split()) > _NAME_WORDS or TIME_LIKE.search(name) for name in names):
        return None
    if is_junk_title(own):
        return None
    return f"{own} – {frames[0]}"


def bold_name_in_sentence(segment: list[LexborNode]) -> str | None:
    """The one short bold name of a block that is one sentence (see the module docstring);
    None when the block is not one sentence or its bold runs are not exactly one name."""
    chunks = text_chunks(segment)
    if len(chunks) != 1 or len(chunks[0].split()) < _SENTENCE_WORDS:
        return None
    bolds = [node for root in segment for node in css_matches(root, "b, strong")]
    runs = {_QUOTES.sub("", clean_text(visible_text(node)) or "") for node in bolds} - {""}
    # „am <strong>Freitag, 23. Mai 2025</strong> ab 20 Uhr … „<strong>Oberammergauer Passion
    # …“</strong>“: a bold day is the date, not a name; and of a paragraph of sentences only the
    # one that holds the day names the item („… mit der diesjährigen <strong>Jahresversammlung
    # </strong>. Wir planen, … <strong>„Der Ammergauer Kraxentrager“</strong> vorzustellen.“).
    dated = next((s for s in sentences(chunks[0]) if DATE_LIKE.search(s)), chunks[0])
    names = {run for run in runs if not DATE_LIKE.search(run) and run in dated}
    framed = _with_its_frame(names, dated)
    if framed is not None:
        return framed
    if len(names) != 1:
        return None
    name = names.pop()
    if names_only_what_follows(dated, name):
        return None  # „Vorstellung von IWS am 01.02.2022 in der <strong>VHS …</strong>“: where
    if (
        len(name.split()) > _NAME_WORDS
        or DATE_LIKE.search(name)
        or TIME_LIKE.search(name)
        or is_junk_title(name)
        or _PLACING.match(name)
        or len(name.split()) * 2 > len(chunks[0].split())
        # „<strong>Intersektionalität</strong> (19.01.2026, 13 - 14 Uhr, U11/00.16)“: a name that
        # opens its line is a name line with its facts, not a sentence around the name.
        or chunks[0].startswith(name)
    ):
        return None
    return name
