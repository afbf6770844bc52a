"""A row's name left as the rest of a sentence once its day is cut off: the verb comes first.

„Am Samstag, den 21. November, startet zum elften Mal die Europäische Woche der Abfallvermeidung
(EWAV).“, „Am Sonntag (17.7.) geht die partizipative Baustelle in die nächste Runde.“: without the
day, the line reads „startet zum elften Mal die Europäische Woche …“, „geht die partizipative
Baustelle in die nächste Runde.“ — German puts the verb right after the day, the subject after
it. A reader names the event by that subject: the words after its article, up to a bracket, a
stop, or where the sentence goes on with a preposition („in die nächste Runde“). Only a
remainder that opens with one of the verbs that start or continue an event counts, and only a
subject of a few words that ends on its (capitalised) noun; anything else keeps its name.
"""

from __future__ import annotations

from netdir import lazy_re

_SUBJECT_AFTER_THE_VERB = lazy_re.compile(
    r"^(?:startet|starten|beginnt|beginnen|geht|gehen|eröffnet|kommt|kommen|steigt)\s+"
    r"(?:zum\s+[a-zäöüß]+\s+Mal\s+)?(?:[a-zäöüß]+\s+){0,3}?(?:die|der|das|unsere?)\s+"
    r"(?P<name>[^\W\d_][^.!?()\[\],;:]{2,100}?)"
    r"(?=\s*[(.!?,;:]|\s+(?:in|im|an|am|auf|mit|um|los|weiter|zu|zum|zur|ab|bis|vom)\b|\s*$)"
)
_MAX_WORDS = 8


def subject_after_the_verb(title: str) -> str | None:
    """The subject of a name that is a sentence's rest opening with its verb, else None."""
    match = _SUBJECT_AFTER_THE_VERB.match(title.strip())
    if match is None:
        return None
    name = match["name"].strip()
    words = name.split()
    # („steht die Welt still“: a subject ends on its noun, not on an adverb)
    if len(words) > _MAX_WORDS or not (words[-1][0].isupper() or words[-1][0].isdigit()):
        return None
    return name[0].upper() + name[1:]
