"""A heading that is a sentence announcing its event: „Die Luzerner Rollenspieltage 2021 finden
am <br> 28. + 29. August 2021 statt“, „Die Luzerner Rollenspieltage finden online statt!“.

Read line by line, the heading's dated line leaves only the verb's particle („statt“) as its name
and the line above keeps the verb („… finden am“). The event is the sentence's subject: the words
before „findet/finden“, without a leading crumb of the page's own name („<span>Startseite</span>“
in the heading, hidden by the theme's style) and without the article.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# What is left of „… findet am <day> statt“ once the day is taken out of the line after a <br>.
_ONLY_THE_PARTICLE = lazy_re.compile(r"^(?:statt|stattfinden)\s*[!.]*$", re.I)
# „… finden am“, „… findet online statt!“, „… finden wieder vom“: the verb and what follows it.
_VERB_FRAME = lazy_re.compile(
    r"\s+(?:(?:findet|finden)(?:\s+(?:am|vom|ab|an|online|digital|wieder|erneut|auch|heuer|"
    r"dieses\s+jahr|wie\s+geplant))*(?:\s+statt)?"
    # „Hack 'n' Snack startet!“: the heading announces that its event (the first of a series)
    # begins
    r"|(?:startet|starten|beginnt|beginnen)(?:\s+(?:wieder|erneut|bald|endlich))*)\s*[!.]*$",
    re.I,
)
# „Startseite Die …“: the home page's name before the heading's own words.
_HOME_CRUMB = lazy_re.compile(r"^(?:startseite|home(?:page)?)\s+(?=\S)", re.I)
_ARTICLE = lazy_re.compile(r"^(?:die|der|das)\s+(?=[^\W\d])", re.I)
_MIN_NAME_WORDS = 2
# „… findet online statt“, „… finden digital statt“: the announcement says how it is held.
_HELD_ONLINE = lazy_re.compile(r"\b(?:online|digital|virtuell)\b", re.I)


def only_the_particle(title: str) -> bool:
    """The name a dated line gave is only the particle of „findet … statt“."""
    return _ONLY_THE_PARTICLE.match(title.strip()) is not None


def announced_subject(title: str) -> str | None:
    """The event a heading that announces it names („Startseite Die Luzerner Rollenspieltage 2021
    finden am“ → „Luzerner Rollenspieltage 2021“); None when the heading is no such sentence."""
    found = _VERB_FRAME.search(title)
    if found is None:
        return None
    subject = _ARTICLE.sub("", _HOME_CRUMB.sub("", title[: found.start()].strip()))
    if len(subject.split()) < _MIN_NAME_WORDS:
        return None
    return subject


def announced_online(title: str) -> bool:
    """The heading announces its event as held online („Die Luzerner Rollenspieltage finden online
    statt!“): a reader knows where it is — online — although no venue line follows."""
    found = _VERB_FRAME.search(title)
    return found is not None and _HELD_ONLINE.search(found.group(0)) is not None


# „Ein Info- und Austauschabend findet am Montag, den 21. Oktober … statt.“: an article, the
# event's name, then the verb.
_SENTENCE_SUBJECT = lazy_re.compile(
    r"^(?:ein|eine|der|die|das|unser|unsere)\s+(?P<name>[A-ZÄÖÜ][^.!?,;:]{2,80}?)\s+"
    r"(?:findet|finden)\s",
    re.I,
)
_MAX_SUBJECT_WORDS = 6


def sentence_subject(sentence: str) -> str | None:
    """The event a sentence says takes place („Ein Info- und Austauschabend findet am …“ →
    „Info- und Austauschabend“); None when it opens otherwise or the subject runs long."""
    match = _SENTENCE_SUBJECT.match(sentence.strip())
    if match is None or not match["name"][0].isupper():
        return None
    name = match["name"].strip()
    return name if len(name.split()) <= _MAX_SUBJECT_WORDS else None


# „Am 20.02.2017 findet die Fortbildungsveranstaltung … 2017 statt.“: the verb right after the day,
# the event between the article and „statt“ (how it is held, „virtuell“, not part of its name).
# („Save the Date: Am Samstag, den 12.11. 10-14 Uhr findet unser nächstes Bündnistreffen statt.“:
# the day's weekday and its hours may stand between „am“ and the verb, an announcing label before
# it all, and „nächstes“ says which meeting, not what it is.)
_DAY_THEN_VERB = lazy_re.compile(
    r"^(?:(?:save\s+the\s+date|einladung|ankündigung|hinweis|terminhinweis|termin)\s*[:!]\s*)?"
    r"(?:am|vom)?\s*"
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?\s+"
    r"(?:den\s+|dem\s+)?)?"
    r"\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4}|\d{2})?"
    r"(?:,?\s*(?P<hours>(?:um\s+|ab\s+|von\s+)?\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?\s*uhr))?"
    r"\s+(?:findet|finden)\s+(?:die|der|das|unser|unsere)\s+"
    r"(?:(?:nächste[nrs]?|kommende[nrs]?)\s+)?"
    r"(?P<name>[A-ZÄÖÜ\d][^!?]{3,200}?)(?:\s+(?:virtuell|online|digital|wieder|erneut))?"
    r"\s+statt\b",
    re.I,
)
# „Der gemeinsame 70. Bundeskongress von BVÖGD und BZÖG findet vom 23. bis 25. April …“, „Die
# zentrale Auftaktveranstaltung findet am …“: the subject first (its adjective begins the name).
_SUBJECT_THEN_VERB = lazy_re.compile(
    r"^(?:der|die|das)\s+(?P<name>[^\W_][^!?]{3,120}?)\s+(?:findet|finden)\s+(?:am|vom|ab|an)\s",
    re.I,
)


def event_of_a_dated_sentence(line: str) -> str | None:
    """The event a list row's sentence says takes place on its day („Am 08.06.2021 findet die
    Fortbildungsveranstaltung und Mitgliederversammlung … 2021 virtuell statt.“ →
    „Fortbildungsveranstaltung und Mitgliederversammlung … 2021“); None for other lines."""
    line = " ".join(line.split())
    if (match := _DAY_THEN_VERB.match(line)) is not None:
        return match["name"].strip(" ,")
    if (match := _SUBJECT_THEN_VERB.match(line)) is not None:
        name = _ADJECTIVE_BEFORE_ORDINAL.sub("", match["name"].strip(" ,"))
        return name[0].upper() + name[1:]
    return None


def hours_of_a_dated_sentence(line: str) -> str | None:
    """The hours between a row's day and its verb („Am Samstag, den 12.11. 10-14 Uhr findet unser
    nächstes Bündnistreffen statt.“ → „10-14 Uhr“): the day's, which its date phrase leaves out
    (a dash between two bare numbers after a day is no clock to the date cues); None when the
    sentence gives none there."""
    match = _DAY_THEN_VERB.match(" ".join(line.split()))
    return match["hours"] if match is not None else None


# „Der gemeinsame 70. Bundeskongress …“, „Das traditionelle 25. Sommerfest …“: the numbered
# event's name begins at its number; the adjective before it says what kind of one this time.
_ADJECTIVE_BEFORE_ORDINAL = lazy_re.compile(r"^[a-zäöüß]+\s+(?=\d{1,3}\.\s+[A-ZÄÖÜ])")
