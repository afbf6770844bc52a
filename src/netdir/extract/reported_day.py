"""A page about one event whose heading names it and whose prose tells its day in a sentence
that names it again: a result page („<h2>Ergebnis Frühlingsturnier 2024 (Doublette Schweizer
System, 5 Runden)</h2>“ … „<h2>Bericht</h2>“ / „Das Frühlingsturnier am Sonntag, 7. April startete
etwas verspätet …“), a report („Am Mittwoch, den 1. November 2023 spielten im Seepark 85
Doubletten das Jubiläumsturnier Formée.“) or a series' page („Der Sommercup … läuft vom 4. Mai
bis 26. Oktober 2024 …“ under „Der wöchentliche Sommercup am Samstag“).

Such a sentence neither invites nor says the event takes place (the readers of an announcing
lead), and the page has several headings („Bericht“ heads the prose), so no other reader dates
it. The sentence is trusted only when it is the one line of the article that names a day and it
names the first heading's event by a word of its name: news told in prose names other days
(„Am 3. März beschloss der Rat …“) that a heading's name does not.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.event_page_dates import article_day_lines
from netdir.extract.event_page_labels import Fact
from netdir.extract.prose_day_sentences import SUFFIX
from netdir.extract.sentence_ends import sentences

#: The marker a date fact of this reader carries at the end of its ``where``.
REPORTED = "sentence naming the heading's event"

# „Ergebnis …“, „Ergebnisse des …“, „Bericht vom …“, „Rückblick: …“: what the page gives of the
# event, not its name. (Alike in shape, not in job: lead_sentence._LIST_OF_DATES matches a whole
# heading that names nothing but a list of days, lead_times._SHARED_START a lead's start clock and
# when_lists its English day groups; this one is cut off a heading that goes on with a name.)
_WHAT_OF_IT = lazy_re.compile(
    r"^(?:(?:das|die)\s+)?(?:Ergebnis(?:se)?|Bericht|Rückblick|Nachlese|Resultate?)\b"
    r"(?:\s+(?:des|der|vom|von|zum|zur))?\s*[:–-]?\s*",
    re.I,
)
# „(Doublette Schweizer System, 5 Runden)“, „(Turnierserie mit Rangliste)“: a remark on the form.
_BRACKETED_REMARK = lazy_re.compile(r"\s*\([^()]*\)")
# A word that can name an event: a capitalised noun of six letters or more („Frühlingsturnier“,
# „Sommercup“), not a word every heading has.
_NAME_WORD = lazy_re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{5,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*\b")
_COMMON = frozenset(
    {"ergebnis", "ergebnisse", "bericht", "rückblick", "termine", "aktuelles", "neuigkeiten"}
)


def event_name(heading: str) -> str:
    """The heading without what the page gives of the event and its bracketed remarks:
    „Ergebnis Frühlingsturnier 2024 (Doublette …)“ → „Frühlingsturnier 2024“."""
    name = _BRACKETED_REMARK.sub("", _WHAT_OF_IT.sub("", heading.strip()))
    return " ".join(name.split()).strip(" ,:–-") or heading.strip()


# A word of the heading that names an event by its kind („Frühlingsturnier“, „Sommercup“), not
# a town or a road („Studen BE - A6 nach tödlichem Unfall …“: a police report's headline).
_EVENT_WORD = lazy_re.compile(
    rf"(?:{SUFFIX}|turnier|cup|pokal|meisterschaft|spieltag|rennen|regatta|festival|tagung)$", re.I
)


def _name_words(text: str) -> set[str]:
    words = {w.casefold() for w in _NAME_WORD.findall(text)} - _COMMON
    return {word for word in words if _EVENT_WORD.search(word)}


def day_naming_the_heading(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact]
) -> Fact | None:
    """The one dated sentence of the article below its first heading that names that heading's
    event (a word of its name); None when the article names no day, more than one, or the
    sentence names another thing."""
    if not headings:
        return None
    first = headings[0]
    words = _name_words(event_name(first.value))
    if not words:
        return None
    dated = article_day_lines(lines)
    if len(dated) != 1 or dated[0] <= first.index:
        return None
    index = dated[0]
    text, block = lines[index]
    where = block.tag if block is not None and block.tag else "text"
    for sentence in sentences(text):
        if not words & {w.casefold() for w in _NAME_WORD.findall(sentence)}:
            continue
        if any(names_a_day(match.group(0)) for match in iter_date_phrases(sentence)):
            return Fact(sentence.strip(), f"{where} below {first.where}, {REPORTED}", index)
    return None


_REPORT_WORD = lazy_re.compile(r"^\W*(?:Bericht|Rückblick|Nachlese|Ergebnis(?:se)?)\W*$", re.I)


def name_over_a_report_heading(title: Fact, headings: list[Fact]) -> Fact | None:
    """„<h2>Ergebnis Pokalturnier 2024</h2> … <h2>Bericht</h2>“ over the dated sentence: the
    section heading „Bericht“ says what follows, the page's first heading names the event."""
    if not _REPORT_WORD.match(title.value) or not headings or headings[0] is title:
        return None
    first = headings[0]
    if not _name_words(event_name(first.value)):
        return None
    return Fact(event_name(first.value), f"{first.where} (the event its report is of)", first.index)


# „Am Mittwoch, den 1. November 2023 spielten im Seepark 85 Doubletten …“: the ground right
# after the day and its verb (a word or two), before anything else the sentence tells.
_ROOM_AFTER = lazy_re.compile(
    r"^\W*(?:[a-zäöüß]+\s+){1,2}?(?:im|in\s+der|in\s+dem)\s+(?P<room>[A-ZÄÖÜ][\w-]+)"
)


def room_after_the_day(date: Fact) -> Fact | None:
    """The room a reported sentence names right after its day; None when it names none there."""
    if not date.where.endswith(REPORTED):
        return None
    day = next((m for m in iter_date_phrases(date.value) if names_a_day(m.group(0))), None)
    room = _ROOM_AFTER.match(date.value[day.end() :]) if day is not None else None
    return (
        Fact(room["room"], f"{date.where} (the room after the day)", date.index) if room else None
    )
