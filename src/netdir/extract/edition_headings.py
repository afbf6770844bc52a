"""Headings that tell which edition of an event it is, under the heading that names the event.

„<h1>Automatisierung der Arbeit</h1> <h3>3. Fachtagung am 9.3.2026</h3>“: the dated subheading
says which edition (the third) of what kind (a Fachtagung) and when; the words left beside its day
— an ordinal and a kind — name no event, the higher heading right above does. Read as the name,
the record was called „3. Fachtagung“.

„<h1>IIIgeley</h1> <h3>Zum dritten Mal ruft der Igel zur Keilerei!</h3>“ over „Datum: …“: a
heading that announces the event's return („Zum dritten Mal …“, „Auch dieses Jahr …“) is a
sentence about the event the higher heading names, not its name.

„<h2>Blick/Klick auf die Hinterbühne</h2> <h3>Fachtag für Menschen aus Kultur und
Digitalisierung</h3>“ over „Zeit und Ort: 11.06.2025 …“: a subheading that is only the event's kind
and whom it is for („Fachtag für …“, „Workshop für Einsteiger“) says what the event the higher
heading names is, not its name.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „3. Fachtagung“, „10. Symposium“, „dritte Auflage“, „2nd Workshop“: an ordinal and one word.
_EDITION = lazy_re.compile(
    r"^(?:\d{1,3}\.|\d{1,3}(?:st|nd|rd|th)|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|"
    r"neunt|zehnt)e[rsn]?)\s+[^\W\d_][\w-]*$",
    re.IGNORECASE,
)

# „Zum dritten Mal …“, „Zum 10. Mal …“, „Auch dieses Jahr …“, „Auch in 2025 …“, „Auch 2025 …“:
# the opening of a sentence announcing that the event comes again.
_RETURN_OPENING = lazy_re.compile(
    r"^(?:zum\s+(?:\d{1,3}\.|[^\W\d_]+ten)\s+mal|auch\s+(?:in\s+)?(?:diesem|dieses|\d{4})"
    r"(?:\s+jahr)?)\s+\S",
    re.IGNORECASE,
)
_MIN_SENTENCE_WORDS = 4  # „Zum dritten Mal ruft …“: a sentence, not „Zum dritten Mal“


def names_only_the_edition(rest: str) -> bool:
    """Whether the words left beside a heading's day are only an edition's ordinal and its kind
    („3. Fachtagung“ of „3. Fachtagung am 9.3.2026“)."""
    words = rest.strip().removesuffix(" am").removesuffix(" vom").strip()
    return _EDITION.match(words) is not None


def tells_the_return(heading: str) -> bool:
    """Whether ``heading`` is a sentence announcing the event's return („Zum dritten Mal ruft der
    Igel zur Keilerei!“), not a name."""
    text = heading.strip()
    return (
        len(text.split()) >= _MIN_SENTENCE_WORDS
        and text[-1:] in "!."
        and _RETURN_OPENING.match(text) is not None
    )


# „Fachtag für Menschen aus …“, „Workshop für Einsteiger*innen“, „Tagung für Lehrkräfte“: a kind
# of event, then whom it is for.
_KIND_FOR = lazy_re.compile(
    r"^(?:ein\s+|eine\s+|der\s+|die\s+|das\s+)?"
    r"(?:fachtag|fachtagung|tagung|jahrestagung|workshop|seminar|symposium|konferenz|kongress|"
    r"netzwerktreffen|barcamp|forum|fortbildung|weiterbildung|schulung|infoabend|"
    r"informationsabend|vortragsabend)\s+für\s+\S",
    re.IGNORECASE,
)


def names_only_the_kind(heading: str) -> bool:
    """Whether ``heading`` is only the event's kind and whom it is for („Fachtag für Menschen aus
    Kultur und Digitalisierung“), no name."""
    return _KIND_FOR.match(heading.strip()) is not None
