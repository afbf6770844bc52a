"""Where a German or English sentence ends: at „.“, „!“ or „?“ after a word — not after a day's
number („am Sonntag, 16. November“) nor after a title or abbreviation before a name („ein Vortrag
von Prof. Wolfgang Reinbold“, „mit Dr. Markus Schmitt“, „in St. Michael“).

A date text's rules (normalize) bound the sentence or clause a day stands in with ``CLAUSE_END``.
A few readers keep a pattern of their own where they mean something else; each says why beside
it (extract: feeds, month_heading_days, when_where_headings, place_lines, named_date_lines,
all_meetings; normalize: when_report_clock, when_resumed, when_pairs, when_done, when_signup).
"""

from __future__ import annotations

from netdir import lazy_re

# One lookbehind per abbreviation: a lookbehind has a fixed width.
_NOT_AFTER_ABBREVIATION = (
    r"(?<!\bProf)(?<!\bDr)(?<!\bSt)(?<!\bHl)(?<!\bNr)(?<!\bPfr)(?<!\bDipl)(?<!\bIng)(?<!\bMag)"
    r"(?<!\bca)(?<!\bbzw)"
    # „"Heide Volm", Bahnhofstr. 52, 20 Uhr“: a street's abbreviation before its house number
    r"(?<!str)(?<!Str)"
    # „RocknRoll und Oldie-Party u.a. mit …“, „z.B. Gitarre“: letters abbreviated with a dot each
    r"(?<!\b[^\W\d]\.[^\W\d])"
)
# Before the next sentence's capital (a quote may open it).
SENTENCE_END = lazy_re.compile(rf"(?<=[^\W\d]){_NOT_AFTER_ABBREVIATION}[.!?](?=\s+[„\"»]?[A-ZÄÖÜ])")
# A full stop before a space, whatever follows (a cut title's first sentence).
_FULL_STOP = lazy_re.compile(rf"(?<=[^\W\d]){_NOT_AFTER_ABBREVIATION}\.(?=\s)")
#: The end of the sentence or clause a day stands in: a stop or a semicolon, not after a digit
#: („am 5. Mai“ keeps its day), before a space or the text's end; an abbreviation ends it.
CLAUSE_END = lazy_re.compile(r"(?<!\d)[.!?;](?:\s|$)")


def sentences(text: str) -> list[str]:
    return SENTENCE_END.split(text)


def first_full_stop(text: str, start: int = 0) -> int:
    """The index of the first full stop at or after ``start`` that ends a sentence, or -1."""
    match = _FULL_STOP.search(text, start)
    return match.start() if match is not None else -1
