"""A talk named by the line after its speaker's line, when that line names the speaker only.

A colloquium series lists each talk as one paragraph: a link to the slides that holds the day,
the speaker and the speaker's institution in brackets, „<a>20. November, Frank Bretz (Novartis
Pharma AG, Basel, Switzerland)</a><br>Estimands: The new bedrock of drug development?“. The link
was read as the row's name, so every talk was named by who gave it. A reader names the talk by
the line below — the speaker line only says who — so when most of a list's dated rows are named
„<Given> <Family> (<institution>)“ and have a plain line of several words after that line, the
line after names the row. A row named by a band with a town in brackets („Hot Club (Berlin)“)
but no further line keeps its name.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.retiming_notes import title_and_its_hour
from netdir.extract.row_majority import dated_named_rows, most_rows_show
from netdir.extract.talk_title_lines import reads_as_a_title

SOURCE = "listing:the line after the speaker's line"
# „Frank Bretz (Novartis Pharma AG, Basel, Switzerland)“, „Ricciardo De Bin (Department of …)“,
# „Kelly Van Lacker (…)“: two to five name words (capitalised, or a particle of a family name),
# then the institution in brackets closing the name. Two or three speakers of one talk share
# the institution: „Dr. Fabio Tollon and Dr. Enrico Galvagni (Edinburgh)“, „A B & C D (…)“.
_NAME = r"[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:[A-ZÄÖÜ][\w'’.-]*|de|da|di|van|von|der|den|del|la|le|zu)){1,4}"
_SPEAKER = lazy_re.compile(
    rf"^{_NAME}(?:\s*(?:,|,?\s+and|\s+&)\s+{_NAME}){{0,2}}\s*\([^()]{{2,200}}\)\s*$"
)
# „Dr. Ernest Fokoue, Rochester Institute of Technology“, „Se-Ran Jun, Ph.D., University of
# Arkansas for Medical Sciences“, „Ziyi (Zoey) Zhang, University of North Carolina at Chapel
# Hill“: a biostatistics seminar's accordion buttons write the institution after a comma, not in
# brackets. A comma after a name also parts a band from its town („Hot Club, Berlin“), so the
# part after it must name a place of work: a university, institute, college, school, centre,
# hospital, department or laboratory. The name may hold a nickname in brackets and end in a
# degree.
_NICKNAMED = r"[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:\([A-Z][\w'’.-]*\)|[A-ZÄÖÜ][\w'’.-]*|de|da|di|van|von|der|den|del|la|le|zu)){1,4}"
_AFFILIATED = lazy_re.compile(
    rf"^{_NICKNAMED}(?:,\s*(?:Ph\.?\s?D|M\.?D|Jr|Sr)\.?)?,\s+"
    r"(?=[^()]{0,200}?\b(?:Universit|Institut|College|School|Cent(?:er|re)\b|Hospital"
    r"|Department\b|Laborator|Lab\b))[^()]{2,200}$"
)
_MAX_TITLE_CHARS = 300  # a longer line is the abstract, not the title


def talks_after_their_speakers(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Name each dated row by the line after its speaker line, where most rows are laid out so
    (see the module docstring); changes ``readings`` in place."""
    dated = dated_named_rows(segments, readings)
    named = [
        (reading, talk)
        for segment, reading in dated
        if (talk := _talk_after(segment, reading.title or "")) is not None
    ]
    if not most_rows_show(len(named), len(dated)):
        return
    for reading, talk in named:
        reading.title = talk
        reading.sources["title"] = SOURCE
        _hour_of_its_note(reading)


def _hour_of_its_note(reading: BlockReading) -> None:
    """„Total deontic folk relationalism (NB: to be held at 14:00, not 10:00)“: the note is no
    part of the talk's title, its hour the talk's own (``retiming_notes``)."""
    split = title_and_its_hour(reading.title or "")
    if split is None:
        return
    reading.title, clock = split
    if clock and reading.date_text and not TIME_LIKE.search(reading.date_text):
        reading.date_text = f"{reading.date_text}, {clock}"
        reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + (
            " + time:the note closing the talk's title"
        )


def _talk_after(segment: list[LexborNode], title: str) -> str | None:
    """The line right after the one ending in ``title`` when ``title`` is a speaker with an
    institution and that line reads as a talk's title; None otherwise."""
    speaker = " ".join(title.split())
    if not _SPEAKER.match(speaker) and not _AFFILIATED.match(speaker):
        return None
    lines = text_chunks(segment)
    for index, line in enumerate(lines[:-1]):
        if not " ".join(line.split()).endswith(speaker):
            continue
        talk = " ".join(lines[index + 1].split())
        return talk if reads_as_a_title(talk, _MAX_TITLE_CHARS) else None
    return None
