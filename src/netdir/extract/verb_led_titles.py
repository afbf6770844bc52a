"""A dated row that is one sentence about its day, titled by the verb that follows the day.

„Am Samstag, den 12. Oktober 2024 spielen wir im Seepark ab 13.30 Uhr Doublette Supermêlée.“,
„Am 5. Oktober kamen 26 Spieler und Spielerinnen in den Seepark …“: with the day taken out, the
row's words open with the sentence's verb (lower case) — no name. The event is named by the
section's heading above („Der Sommercup läuft“ → „Sommercup“: a heading that is itself a sentence
names its subject) and, where the sentence names the round played that day, by that name after
its clock („ab 13.30 Uhr Doublette Supermêlée“) or after „zur“/„zum“ („kamen … zur Doublette
Formée 28 Spieler“): „Sommercup: Doublette Supermêlée“. The place before the clock („im Seepark ab
13.30 Uhr“) is where it is played.

A sentence with „statt“ says what takes place in its own words (``event_of_a_dated_sentence``)
and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import CLOCK_AT
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION
from netdir.extract.sentence_ends import first_full_stop
from netdir.extract.title_text import is_junk_title, shortened

# „ab 13.30 Uhr Doublette Supermêlée“: the name the clock leads to (capitalised words, a bracket).
_NAME_AFTER_CLOCK = lazy_re.compile(rf"\b{CLOCK_AT}\s+(?P<name>[A-ZÄÖÜ][^.!?;]{{2,60}})")
# „zur Doublette Formée 28 Spieler“: a run of capitalised words after „zur“/„zum“.
_NAME_AFTER_ZUR = lazy_re.compile(
    r"\bzu[rm]\s+(?P<name>[A-ZÄÖÜ][\wÀ-ÿ-]+(?:\s+[A-ZÄÖÜ][\wÀ-ÿ-]+)*)"
)
# „im Seepark ab 13.30 Uhr“: the place the sentence names right before its clock.
_PLACE_BEFORE_CLOCK = lazy_re.compile(
    rf"\b{PLACE_OR_AM_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^\d,;.]{{1,50}}?)\s+"
    rf"{CLOCK_AT}\b"
)
# „spielten 24 Spieler und Spielerinnen Doublette Formée“: a run of two capitalised words or more
# once the count of who came („24 Spieler und Spielerinnen“) is out.
_COUNT = lazy_re.compile(r"\b\d+\s+[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?")
_CAPITALISED_RUN = lazy_re.compile(
    r"(?<![\w-])(?P<name>(?!Uhr\b)[A-ZÄÖÜ][\wÀ-ÿ-]+(?:\s+(?!Uhr\b)[A-ZÄÖÜ][\wÀ-ÿ-]+)+)"
)
# The verb, then a pronoun or a count of people as its subject (maybe after a short phrase:
# „kamen im Dauerregen nur 12 Spieler“, „kamen bei heißem und gewitterigen Wetter zur …“).
_UNNAMED_SUBJECT = lazy_re.compile(
    r"^[a-zäöüß]+\s+(?:(?:wir|ihr|man|sie|es)\b|(?:\S+\s+){0,5}?(?:nur\s+|ca\.\s+|rund\s+)?\d+\s+[A-ZÄÖÜ])"
)
_OPENS_WITH_AM = lazy_re.compile(r"^\s*am\s+\S", re.I)
_ARTICLE = lazy_re.compile(r"^(?:der|die|das|unser|unsere)\s+", re.I)
_TAKES_PLACE = lazy_re.compile(r"\bstatt(?:finden|findet|fand)?\b", re.I)
_SOURCE = "listing:heading above + the round its sentence names"


def name_of_a_verb_sentence(
    line: str, reading: BlockReading, heading_before: Callable[..., str | None] | None
) -> None:
    """Retitle a row whose title is the verb-led rest of its sentence (see the module's doc)."""
    title = reading.title
    if not title or not title[:1].islower() or not reading.date_text or heading_before is None:
        return
    if not _OPENS_WITH_AM.match(line):
        # Only „Am <Tag> <verb> …“: a main clause opened by its day puts the finite verb next,
        # so the lower-case word is a verb; „22.07.2016 kleine Geburtstagsfeier“, „z.b.V.“ or
        # „operativ taktisches Studium“ is a name written in lower case.
        return
    stop = first_full_stop(title)
    sentence = title if stop < 0 else title[:stop]
    if _TAKES_PLACE.search(sentence) or not _UNNAMED_SUBJECT.match(sentence):
        # „geht die partizipative Baustelle in die nächste Runde“: the verb's subject is the
        # event the sentence names; only „spielen wir“, „kamen 26 Spieler“ name none.
        return
    heading = heading_before(True)
    subject = _subject_of(heading) if heading and not is_junk_title(heading) else None
    if subject is None:
        return
    named = (
        _NAME_AFTER_CLOCK.search(sentence)
        or _NAME_AFTER_ZUR.search(sentence)
        or _CAPITALISED_RUN.search(_COUNT.sub(" ", sentence))
    )
    round_name = named["name"].strip() if named else None
    if round_name and set(round_name.split()) <= set(subject.split()):
        round_name = None  # („… startet die Europäische Woche der …“ under its own heading)
    reading.title = shortened(f"{subject}: {round_name}" if round_name else subject)
    reading.sources["title"] = _SOURCE
    place = _PLACE_BEFORE_CLOCK.search(sentence)
    if place is not None and reading.location_text is None:
        reading.location_text = place["place"].strip()
        reading.sources["location_text"] = "listing:place before its sentence's clock"


def _subject_of(heading: str) -> str | None:
    """A heading's name: the whole heading before a colon, or — when it is a sentence („Der
    Sommercup läuft“, „Der Sommercup ist schon wieder ins Wasser gefallen“) — its capitalised
    subject, the words before its verb (a lower-case word that is no article or preposition)."""
    words = _ARTICLE.sub("", " ".join(heading.split(":")[0].split())).split()
    if not words or not words[0][:1].isupper():
        return None
    verb = next((i for i in range(len(words)) if _is_a_verb(words, i)), None)
    if verb is None:
        return " ".join(words)
    if not re.fullmatch(r"[a-zäöüß]+", words[verb]):
        return None
    return " ".join(words[:verb]) or None


def _is_a_verb(words: list[str], index: int) -> bool:
    """A lower-case word that is no article or preposition and stands before no capitalised
    word (an adjective does: „Tag der offenen Tür“)."""
    word = words[index]
    if not word[:1].islower() or word.lower() in _FUNCTION_WORDS:
        return False
    following = words[index + 1 : index + 2]
    return not (following and following[0][:1].isupper())


# Lower-case words inside a name („Woche der Abfallvermeidung“, „Tag der offenen Tür“).
_FUNCTION_WORDS = frozenset(
    [
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "und",
        "für",
        "von",
        "vom",
        "im",
        "in",
        "am",
        "an",
        "zum",
        "zur",
        "mit",
        "auf",
        "bei",
        "ohne",
        "über",
        "unter",
        "nach",
        "vor",
        "aus",
        "um",
    ]
)
