"""A talk named by its italic line, when the row's own first line is only its day and room.

A reading group lists each talk as „June 27th: STOR-i boardroom <br> Chris Sherlock <br>
<em>Tuning pseudo-marginal Metropolis-Hastings</em> [work in progress]“: the day with the room
after its colon, the speaker, then the talk's title in italics opening its own line. The rest of
the day line was read as the row's name, so every talk was named by its room. A reader names the
talk by the italic line — the one line set apart — so when most of a list's dated rows are named
by the rest of their day line and hold exactly one italic phrase of several words that opens a
line of its own, the italic phrase names the row (a name on a line of its own, the italic
speaker below it, stays), and a short name it replaces becomes the row's place if it
has none (the day line's rest is where the talk is held).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import date_like, text_chunks
from netdir.extract.node_ancestry import lies_inside
from netdir.extract.row_majority import dated_named_rows, most_rows_show

SOURCE = "listing:the row's italic line"
PLACE_SOURCE = "listing:the day line's rest"
_MIN_TITLE_WORDS = 2  # a single italic word is an emphasis, not a title
_MAX_TITLE_CHARS = 300
_MAX_PLACE_WORDS = 5  # „STOR-i boardroom“, „Lecture Theatre (PSC)“; a longer rest is a title


def talks_in_italics(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Name each dated row by its italic line, where most rows are laid out so (see the module
    docstring); changes ``readings`` in place."""
    dated = dated_named_rows(segments, readings, own_line=True)
    named = [
        (reading, talk)
        for segment, reading in dated
        if (talk := _italic_line(segment, reading.title or "")) is not None
    ]
    if not most_rows_show(len(named), len(dated)):
        return
    for reading, talk in named:
        old = " ".join((reading.title or "").split())
        reading.title = talk
        reading.sources["title"] = SOURCE
        if (
            reading.location_text is None
            and len(old.split()) <= _MAX_PLACE_WORDS
            and date_like(old) is None
        ):
            reading.location_text = old
            reading.sources["location_text"] = PLACE_SOURCE


def _italic_line(segment: list[LexborNode], title: str) -> str | None:
    """The one italic phrase of several words in the row that opens a line of the row's text
    and is not already within ``title``; None when there is none or more than one."""
    phrases = [
        " ".join((node.text(deep=True) or "").split())
        for block in segment
        for node in _italics(block)
    ]
    phrases = [phrase for phrase in phrases if len(phrase.split()) >= _MIN_TITLE_WORDS]
    if len(phrases) != 1:
        return None
    phrase = phrases[0]
    if len(phrase) > _MAX_TITLE_CHARS or date_like(phrase) is not None:
        return None
    name = " ".join(title.split())
    if phrase in name:
        return None
    lines = [" ".join(line.split()) for line in text_chunks(segment)]
    if not any(line.startswith(phrase) for line in lines):
        return None
    # Only the rest of the day line gives way („June 27th: STOR-i boardroom“); a name on a line
    # of its own („<strong>„Gewusste Wahrheit“</strong>“ over the italic speaker) names the talk.
    if not any(name in line and date_like(line) is not None for line in lines):
        return None
    return phrase


def _italics(block: LexborNode) -> list[LexborNode]:
    """The block's ``<em>``/``<i>`` elements, the block itself included, outermost only."""
    found = [block] if block.tag in {"em", "i"} else []
    found.extend(block.css("em, i"))
    return [
        node
        for node in found
        if not any(other.mem_id != node.mem_id and lies_inside(node, other) for other in found)
    ]
