"""A timetable cell that says who speaks before it names the talk.

A workshop's day plan writes its talks into the programme column in three ways, each with the
speaker first::

    13:15 | [Vortrag] Finn Poppinga, Martin Poppinga – Der RoboCup: Ein Überblick
    12:00 | <strong>Dr. Jörg Kunze</strong> (Basler AG) <br>[EN] Bayer Pattern and Image Quality
    13:30 | Vortrag [DE]<br>René Kost: RoboCup - Einführung und Überblick

The rows were named by their first line — the speaker, or the bare „Vortrag [DE]“ — or by the
whole cell. A reader names each row by its talk: the kind of item („[Vortrag]“, „Vortrag [DE]“)
and the language it is given in („[EN]“) only label it, and the speaker — people's names before
a dash or a colon, or one person with an academic title and the institution in brackets on a
line of their own — says who gives it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.open_topics import names_no_topic_yet

# „Dr.“, „Prof. Dr.“, „M.Sc.“, „B.Sc.“, „Dipl.-Inf. Dipl.-Ing.“: a person's academic titles
_ACADEMIC = r"(?:(?:Prof|Dr|PD|Dipl\.-[A-Z][\w]*|[BM]\.\s?(?:Sc|A|Eng|Ed))\.?\s+)"
_NAME = r"[A-ZÄÖÜ][\w'’-]+"
_PERSON = rf"{_ACADEMIC}*{_NAME}(?:\s+(?:von|van|de|der|zu)?\s*{_NAME}){{1,3}}"
_PERSONS = rf"{_PERSON}(?:\s*(?:,|und|&)\s*{_PERSON})*"
# „[Vortrag]“, „Vortrag [DE]“, „[EN] Vortrag“, „Keynote [EN]“: the kind of item and its language
_KIND = r"(?:vortrag|talk|keynote|workshop|impuls(?:vortrag)?|lightning\s+talk)"
_LANGUAGE = r"\[(?:de|en|fr|de/en|en/de)\]"
_KIND_LABEL = lazy_re.compile(
    rf"^\s*(?:\[{_KIND}\]|{_KIND}\s*{_LANGUAGE}|{_LANGUAGE}\s*{_KIND})\s*$", re.IGNORECASE
)
_KIND_TAG = lazy_re.compile(rf"^\s*\[{_KIND}\]\s*", re.IGNORECASE)
_LANGUAGE_TAG = lazy_re.compile(rf"^\s*{_LANGUAGE}\s*", re.IGNORECASE)
# „Finn Poppinga, Martin Poppinga – Der RoboCup: Ein Überblick“, „René Kost: RoboCup - …“
_SPEAKERS_THEN_TALK = lazy_re.compile(rf"^(?:{_PERSONS})\s*(?:[–—]|\s-|:)\s+(?P<talk>\S.*)$")
# „Dr. Jörg Kunze (Basler AG)“: one person with a title and the institution in brackets
_TITLED_SPEAKER_LINE = lazy_re.compile(rf"^{_ACADEMIC}+{_NAME}(?:\s+{_NAME}){{1,3}}\s*\([^()]+\)$")
_MIN_TALK_WORDS = 2


def talk_of_the_cell(lines: list[str]) -> str | None:
    """The talk a programme cell's lines name after its speaker (see the module docstring);
    None when the cell is not laid out so."""
    lines = [" ".join(line.split()) for line in lines if line.strip()]
    if not lines:
        return None
    if len(lines) == 1 and _KIND_TAG.match(lines[0]):
        # „[Vortrag] Finn Poppinga, Martin Poppinga – Der RoboCup: Ein Überblick“
        return _after_the_speakers(_KIND_TAG.sub("", lines[0], count=1))
    if len(lines) != 2:
        return None
    first, second = lines
    if _KIND_LABEL.match(first):
        # „Vortrag [DE]“ over „René Kost: RoboCup - Einführung und Überblick“
        return _after_the_speakers(_LANGUAGE_TAG.sub("", second, count=1))
    if _TITLED_SPEAKER_LINE.match(first):
        # „Dr. Jörg Kunze (Basler AG)“ over „[EN] Bayer Pattern and Image Quality“
        talk = _LANGUAGE_TAG.sub("", second, count=1).strip()
        return talk if _names_a_talk(talk) else None
    return None


def _after_the_speakers(text: str) -> str | None:
    """The talk after the speakers' names and their dash or colon; None without them."""
    match = _SPEAKERS_THEN_TALK.match(text.strip())
    if match is None:
        return None
    talk = match["talk"].strip()
    return talk if _names_a_talk(talk) else None


def _names_a_talk(talk: str) -> bool:
    """Two words or more, and not a line saying the topic is still open („Something on ML
    ethics“, „TBA“: the speaker's line then names the row)."""
    return len(talk.split()) >= _MIN_TALK_WORDS and not names_no_topic_yet(talk)


SOURCE = "listing:the talk after its speaker in the cell"


def talks_in_speaker_cells(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Name each dated row whose name is a programme cell's speaker or kind label by the talk
    the cell names after it; changes ``readings`` in place."""
    for segment, reading in zip(segments, readings, strict=True):
        if reading.date_text is None or not reading.title:
            continue
        title = " ".join(reading.title.split())
        lines = [" ".join(line.split()) for line in text_chunks(segment) if line.strip()]
        for index, line in enumerate(lines):
            if not line.endswith(title):
                continue
            talk = talk_of_the_cell([title]) or (
                talk_of_the_cell([title, lines[index + 1]]) if index + 1 < len(lines) else None
            )
            if talk is not None:
                reading.title = talk
                reading.sources["title"] = SOURCE
            break
