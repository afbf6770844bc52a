"""A talk named by the line over its byline, not by the occasion heading above both.

A project lists its members' talks at other people's conferences as cards: a small heading with
the conference, the talk's title as the card's link, a byline with the speakers, and the day::

    <h5>e-nrw-Kongress 2024, Neuss</h5>
    <a class="stretched-link">Sovereign Cloud Stack: Digitale Souveränität in der Cloud …</a>
    <p>— Dr. Manuela Urban</p>                                   31. Oktober 2024

The heading was read as each card's name, so every talk was named by its conference, and the
twelve talks one summit heading stood over on one day were read as one. A byline — a line that
opens with a dash and names people („— Kurt Garloff, Felix Kronlage-Dammers“) — says who wrote
or gave what stands right above it, the way a quotation's source does: the line above it names
the talk; the heading names where it was given. A list shows this when most of its dated cards
(two or more) carry such a byline under a line that is not their heading; a card of that list
without a byline (a keynote nobody signed) is named by the line under its heading, as the others.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.row_majority import dated_named_rows, most_rows_show
from netdir.extract.talk_title_lines import reads_as_a_title

SOURCE = "listing:the line over the byline"
# „— Kurt Garloff“, „— Dominik Pataky & Manuela Urban“, „— Dr. Manuela Urban, Eduard Itrich“,
# „— Andreas Reckert-Lodde, Interims-Geschäftsführer ZenDiS & Felix Kronlage-Dammers“: an em
# dash (or a spaced en dash), then a capitalised name — a person, or a group („SCS product
# Owners“, „Verschiedene“); the rest of the line is free.
_BYLINE = lazy_re.compile(r"^\s*(?:—|–\s)\s*[A-ZÄÖÜ][^\s—–]*(?:\s|$)")
_MAX_TITLE_CHARS = 200


def talks_over_their_bylines(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Name each dated card by the line over its byline, where most dated cards are laid out
    so (see the module docstring); changes ``readings`` in place."""
    dated = dated_named_rows(segments, readings)
    named = [
        (reading, talk) for segment, reading in dated if (talk := _talk_over(segment)) is not None
    ]
    if not most_rows_show(len(named), len(dated)):
        return
    bylined = {id(reading) for reading, _ in named}
    for segment, reading in dated:
        if id(reading) in bylined:
            continue
        # „<h5>CloudLand 2022</h5><a>KEYNOTE: Souveräne Infrastruktur …</a>“ without a byline:
        # laid out as its neighbours, the line under the heading names the talk
        talk = _line_under(segment, reading.title or "")
        if talk is not None:
            named.append((reading, talk))
    for reading, talk in named:
        if " ".join((reading.title or "").split()) == talk:
            continue
        reading.title = talk
        reading.sources["title"] = SOURCE


def _line_under(segment: list[LexborNode], title: str) -> str | None:
    """The line right under the card's name (its heading) when it reads as a title."""
    lines = [" ".join(line.split()) for line in text_chunks(segment)]
    name = " ".join(title.split())
    if name not in lines[:-1]:
        return None
    return _as_a_title(lines[lines.index(name) + 1])


def _as_a_title(line: str) -> str | None:
    """``line`` when it reads as a talk's title: a few words, no date."""
    return line if reads_as_a_title(line, _MAX_TITLE_CHARS) else None


def _talk_over(segment: list[LexborNode]) -> str | None:
    """The line right above the card's one byline when it reads as a title; None otherwise."""
    lines = [" ".join(line.split()) for line in text_chunks(segment)]
    bylines = [index for index, line in enumerate(lines) if _BYLINE.match(line)]
    if len(bylines) != 1 or bylines[0] == 0:
        return None
    return _as_a_title(lines[bylines[0] - 1])
