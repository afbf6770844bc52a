"""The name a lead sentence gives its event when the post's heading names something else.

„<h1>LudgerusFest</h1> <p>Die nächste Stadtteilbeiratssitzung findet am 17. Oktober 2023 ab 19:00
Uhr im Ludgerusforum statt.</p>“: a page re-used for a new notice keeps its old heading, while
the sentence names the meeting it announces. „Die nächste <Name> findet … statt“ names the event
outright; when the heading shares no word with that sentence, the sentence's name is the title.
(„<h1>Sommerfest 2023</h1> Das nächste Sommerfest findet …“ keeps its heading.)
"""

from __future__ import annotations

import re

from netdir import lazy_re

_NEXT_ONE = lazy_re.compile(
    r"^(?i:die|der|das|unsere?|unser)\s+(?:nächsten?|kommenden?)\s+"
    # („Unsere kommenden Online- Infoabende am 12.06., …“: a compound split at its hyphen)
    r"(?P<name>(?:[A-ZÄÖÜ][\wäöüß]*-\s)?[A-ZÄÖÜ][\wäöüß-]{3,}"
    r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
    r"(?:findet|beginnt|ist|wird|am)\b"
)
# „The next Section Meeting is our Fall 2018 Meeting on Friday, November 16 …“: the sentence
# calls the event by its own name after „is our“, a name in capitals before its day.
# (``next_meeting_lines._NEXT_SENTENCE`` reads „The next Board of Directors meeting is Thursday,
# …“: there the words before „is“ are the name and a day follows; here they only say which
# meeting, and the name after „is our“ is taken whatever the heading says.)
_NEXT_ONE_IS = lazy_re.compile(
    r"^(?i:the|our)\s+(?i:next|upcoming)\s+(?:[\w-]+\s+){1,3}(?i:is|will\s+be)\s+(?i:our|the)\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){1,5})\s+(?i:on|at|in)\b"
)
# „<h1>Web Montag Kassel</h1> <p>Der 17. Kasseler Web Montag findet am 30. Januar 2017 statt.</p>“:
# the heading names the series, the sentence the numbered edition it announces — its ordinal and
# its capitalised words up to the verb (at most six; a sentence's lower-case word ends the name).
_NUMBERED_EDITION = lazy_re.compile(
    r"^(?i:der|die|das)\s+(?P<name>\d{1,3}\.\s?[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ0-9][\wäöüß-]*){0,5})"
    r"\s+(?:findet|beginnt)\b"
)
_SPLIT_COMPOUND = lazy_re.compile(r"-\s+")
_WORD = lazy_re.compile(r"[\wäöüß]{4,}", re.I)


def announced_name(sentence: str, heading: str) -> str | None:
    """The name „Die nächste <Name> findet … statt“ (or „Unsere kommenden <Name> am …“) gives,
    when ``heading`` is not in it; the name „The next <meeting> is our <Name> on …“ gives, and
    the numbered edition „Der 17. Kasseler Web Montag findet … statt“ names."""
    if (named := _NEXT_ONE_IS.match(sentence.strip())) is not None:
        return named.group("name")  # named outright, whatever the heading says
    if (edition := _NUMBERED_EDITION.match(sentence.strip())) is not None:
        return edition.group("name")  # the series' edition the sentence announces
    if (compound := _compound_of_the_heading(sentence, heading)) is not None:
        return compound
    match = _NEXT_ONE.match(sentence.strip())
    if match is None:
        return None
    said = {word.lower() for word in _WORD.findall(sentence)}
    if any(word.lower() in said for word in _WORD.findall(heading)):
        return None
    return _SPLIT_COMPOUND.sub("-", match.group("name"))


# „Erstkommunion 2024“: a heading's first word, the topic of the post
_HEADING_WORD = lazy_re.compile(r"^[^\W\d_]{4,}")
# („Die Vorbereitungen … haben begonnen. Die Erstkommunionfeier findet …“: the lead's sentences)
_SENTENCE_BREAK = lazy_re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")
_MIN_MORE = 3  # letters the compound adds to the topic: „-feier“, „-fest“, „-konzert“


def _compound_of_the_heading(sentence: str, heading: str) -> str | None:
    """„Erstkommunionfeier“ when the sentence's subject before its verb and day („Die
    Erstkommunionfeier findet am Sonntag, den 21. April 2024 statt.“) is a compound that goes on
    from the heading's first word („<h1>Erstkommunion 2024</h1>“): the heading names the post's
    topic — the preparations, the sign-up, the celebration —, the compound the event on that
    day. („<h1>Sommerfest 2023</h1> Das Sommerfest findet …“ keeps its heading.)"""
    topic = _HEADING_WORD.match(heading.strip())
    said = (_NAME_THEN_VERB.match(part) for part in _SENTENCE_BREAK.split(sentence.strip()))
    named = next((match for match in said if match is not None), None)
    if topic is None or named is None or " " in named["name"]:
        return None
    name = named["name"]
    prefix = topic.group(0).casefold()
    if not name.casefold().startswith(prefix) or len(name) < len(prefix) + _MIN_MORE:
        return None
    return name


# „… ist an unserem Zusatztermin am 23. Januar um 18:00 Uhr herzlich dazu eingeladen …“ under
# „<h1>Vorstellungsabend und Tag der offenen Tür …</h1>“: the sentence invites to one more date of
# the event its heading names.
_EXTRA_DATE = lazy_re.compile(
    r"\b(?:unserem|unseren|einem|einen|dem|den|ein)\s+"
    r"(?:(?:weiteren|zusätzlichen|neuen)\s+)?"
    r"(?P<noun>Zusatztermin|Ersatztermin|Nachholtermin|Sondertermin|Extratermin|Zusatzabend|"
    r"Zusatzveranstaltung|Zusatzvorstellung|Nachholtag)\b"
)


def extra_date_name(sentence: str, heading: str) -> str | None:
    """„Zusatztermin: <heading>“ when the announcing sentence invites to an extra date
    („unserem Zusatztermin am 23. Januar“) of the event the post's heading names; None
    otherwise (and when the heading already says it is the extra date)."""
    match = _EXTRA_DATE.search(sentence)
    if match is None or match["noun"].casefold() in heading.casefold():
        return None
    return f"{match['noun']}: {heading}"


# What a heading-less post's announcing sentence names: the subject that „wird/findet … am“ after
# the verb („In diesem Jahr wird die Jahreshauptversammlung am …“) or before it („die nächste
# Jahreshauptversammlung der Freiwilligen Feuerwehr Rennertehausen wird am …“), or what it
# invites to („… laden wir euch … zu unserem Osterfeuer am 08.04.2023 ab 19:00 Uhr ein“).
_NAME = (
    r"(?P<name>[A-ZÄÖÜ][\wäöüß-]{3,}"
    r"(?:\s+(?i:der|des)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,3})?)"
)
_DETERMINER = r"(?i:die|der|das|dem|unser|unsere|unserem|unserer|unseren)\s+"
_WHICH = r"(?:(?i:nächste|diesjährige|jährliche|traditionelle)[nrms]?\s+)?"
_VERB_THEN_NAME = lazy_re.compile(
    r"\b(?:(?i:wird|werden|findet|finden)\s+"
    + _DETERMINER
    + r"|(?i:zu)\s+"
    + _DETERMINER
    + r"|(?i:zum|zur)\s+)"
    + _WHICH
    + _NAME
    + r"\s+(?i:am|vom|ab)\b"
)
_NAME_THEN_VERB = lazy_re.compile(
    r"^" + _DETERMINER + _WHICH + _NAME + r"\s+(?i:wird|werden|findet|finden)\s+(?i:am|vom)\b"
)

# „Wir laden Sie am 20. Februar 2015 zum 2. Bremerhavener World Café in die Hochschule Bremerhaven
# … ein“: what the hosts invite to, after the day — an ordinal and the capitalised words of its
# name before where it is held (or the verb's „ein“).
_INVITED_TO = lazy_re.compile(
    r"\b(?i:laden|lädt|ladet)\b.{0,120}?\b(?i:zum|zur)\s+"
    r"(?P<name>(?:\d{1,2}\.\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,4})"
    r"\s+(?:(?i:in|im|ins|nach|auf|an|am|bei|beim)\s|(?i:ein)\b)"
)

# „am 27.12, findet wie in jedem Jahr unser jährlicher Jahresabschluss statt“: the subject
# between „findet“ (and a few words) and „statt“.
_TAKES_PLACE = lazy_re.compile(
    r"\b(?i:findet|finden)\s+(?:[\wäöüß]+\s+){0,5}?" + _DETERMINER + _WHICH + _NAME + r"\s+statt\b"
)
# „… möchten wir zusammen mit Euch zur Jause auf das Dachsloch wandern“: the outing named by its
# verb's noun and where it goes.
_OUTING = lazy_re.compile(
    r"\b(?i:möchten|wollen|werden)\s+wir\s+(?:[\wäöüß]+\s+){0,4}?"
    r"(?P<goal>(?:zur|zum|nach|auf\s+den|auf\s+die|auf\s+das|in\s+den|in\s+die)\s+"
    r"[A-ZÄÖÜ][^,.;!?]{2,60}?)\s+(?P<verb>wandern|fahren|radeln|pilgern)\b"
)
_OUTING_NOUN = {
    "wandern": "Wanderung",
    "fahren": "Fahrt",
    "radeln": "Radtour",
    "pilgern": "Wallfahrt",
}


def headless_post_name(sentence: str) -> str | None:
    """The event a heading-less post's announcing sentence names (see above); None when it
    names none of these ways."""
    text = " ".join(sentence.split())
    match = (
        _NAME_THEN_VERB.match(text)
        or _VERB_THEN_NAME.search(text)
        or _TAKES_PLACE.search(text)
        or _INVITED_TO.search(text)
    )
    if match is not None:
        return match["name"]
    if (outing := _OUTING.search(text)) is not None:
        return f"{_OUTING_NOUN[outing['verb']]} {outing['goal']}"
    return None
