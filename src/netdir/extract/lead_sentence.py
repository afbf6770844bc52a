"""What the sentence above a list of bare days says about each of them.

"<h1>Reparaturtermine 2023</h1><p>Das Repair Café Datteln findet jeden 1. Samstag im Monat
jeweils von 14 bis 17 Uhr statt.</p><ul><li>7. Januar</li><li>4. Februar</li>…": the items only
name their days; the lead sentence names the offering ("Das Repair Café Datteln findet … statt")
and the hours every day shares ("jeweils von 14 bis 17 Uhr"). The heading names the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, WORDS, node_text
from netdir.extract.title_text import is_junk_title

# "Das Repair Café Datteln findet …  statt", "Unser Stammtisch findet jeweils um 19 Uhr … statt":
# the subject of "findet … statt" is what takes place (a capitalised name after the article).
_TAKES_PLACE = lazy_re.compile(
    r"\b(?:Das|Der|Die|Unser|Unsere)\s+(?P<name>[A-ZÄÖÜ][^.!?,;:]{2,60}?)\s+findet\b"
    # An ordinal's dot ("jeden 1. Samstag") does not end the sentence.
    r"(?:[^.!?]|(?<=\d)\.){0,160}?\bstatt\b"
)
# "jeweils von 14 bis 17 Uhr", "jeweils um 19:30 Uhr", "jeweils ab 9 Uhr", "jeweils den
# Zeitrahmen von 18:00 bis ca. 20:00 Uhr reserviert": the hours of each day. („Immer montags um
# 15:10 - 15.40Uhr“ over a course's list of Mondays: „immer“ and the weekday say it as well.)
SHARED_HOURS = lazy_re.compile(
    r"\b(?:jeweils|immer)\s+(?:[a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\s+"
    r"|(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\s+)?"
    r"(?:(?:von|um|ab)\s+)?"
    r"(?P<hours>\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\s*)?"
    r"(?:(?:bis|[-–])\s*(?:ca\.\s*)?\d{1,2}(?:[.:]\d{2})?\s*)?Uhr)",
    re.IGNORECASE,
)
# The parts of a document title: "Termine | Pfadfinder Langenwang", "Verein – Termine", a wiki's
# "Dresden Perl Mongers -- TermineTreffen" (web and topic joined by a doubled hyphen).
# („Webmontag Köln × Vergangene Events“: a multiplication sign between spaces parts a title as a
# bar does, a Middleman site's title_separator)
_TITLE_PARTS = lazy_re.compile(r"\s+(?:[|–—·×]|-{1,2})\s+|\s*::\s*")
# A heading that only says a list of dates follows („Weitere Termine“, „Kommende Treffen“, „Die
# nächsten Termine:“): over bare days it names no offering, the page's own group meets then.
_LIST_OF_DATES = lazy_re.compile(
    r"(?:(?:weitere|kommende|nächste|naechste|aktuelle|unsere|alle|zukünftige|geplante|"
    r"die\s+nächsten|der\s+nächste|further|upcoming|next|future|"
    # „Vergangene Events“, „Past Events“: the archive of the group's own evenings names none
    r"vergangene|frühere|past|previous)\s+)?"
    r"(?:termine?|treffen|veranstaltungen|dates|"
    # „Meeting Dates“, „Meeting Schedule“, „Events Calendar“: the list of the meetings' days.
    r"(?:events?|meetings?)(?:\s+(?:dates|schedule|calendar))?)"
    r"(?:\s+(?:und|&|and)\s+(?:termine|treffen|veranstaltungen|events|meetings))?\s*:?",
    re.IGNORECASE,
)
# „FRÜHJAHR 2027“, „Herbst 2026“, „Wintersemester 2025/26“: a season (and its year) heading a
# bazaar's or a course's date says when it falls, not what is held.
_SEASON = lazy_re.compile(
    r"(?:frühjahr|frühling|sommer|herbst|winter)(?:semester)?(?:\s+\d{4}(?:\s*/\s*\d{2,4})?)?"
    r"|(?:spring|summer|autumn|fall|winter)(?:\s+\d{4})?",
    re.IGNORECASE,
)
# „Der nächste Termin:“, „Nächstes Treffen“: a heading that announces the next meeting of the
# page's own group over its day.
# (Under a news section's word: „Aktuelles - Nächstes vor Ort Treffen“, „Aktuell: Nächstes
# virtuelles Treffen“ — which of the group's meetings, on site or online, it still announces.)
_NEXT_MEETING = lazy_re.compile(
    r"^\W*(?:(?:aktuell(?:es)?|news|neu)\s*[-–—:|]\s*)?(?:(?:der|das|unser|unsere)\s+)?"
    r"(?:nächste[rsn]?|naechste[rsn]?|next)\s+"
    r"(?:(?:virtuelle[rsn]?|online|digitale[rsn]?|vor[- ]ort|präsenz|persönliche[rsn]?|"
    r"in[- ]person|virtual)[- ]?\s*)?"
    r"(?:termin|treffen|stammtisch|meeting|meetup)\s*:?\W*$",
    re.IGNORECASE,
)
# A wiki topic name („TermineTreffen“, „NaechsteTermine“): capitalised words run together.
_WIKI_WORD_PARTS = lazy_re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
_WIKI_WORD = lazy_re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+){2,}")
# The words of a topic name that only say „dates“ or „meetings“.
_LIST_WORDS = frozenset(
    {"termine", "treffen", "veranstaltungen", "kalender", "events", "meetings", "dates",
     "naechste", "nächste", "weitere", "kommende", "aktuelle"}
)  # fmt: skip
# „Die Gruppe findet Mittwoch alle 14 Tage als Zoom-Meeting … statt“: a subject that only
# points back to what the page is about — the group, the circle — names nothing of its own.
_BACK_REFERENCE = lazy_re.compile(r"(?:Gruppe|Runde|Veranstaltung)")
#: How many elements above the list are read for its lead (they stop at a heading).
_LEAD_ELEMENTS = 3


# „… findet alle 14 Tage als Zoom-Meeting von 18 bis 20 Uhr statt“: the video service every
# meeting of the list is held on.
_VIDEO_MEETING = lazy_re.compile(
    r"\b(?:als|per|via|über)\s+(?P<service>Zoom|Jitsi|Skype|Webex|BigBlueButton|Teams)"
    r"(?:-(?:Meeting|Konferenz|Videokonferenz|Call|Sitzung))?\b"
)


@dataclass(frozen=True, slots=True)
class Lead:
    name: str | None
    hours: str | None
    place: str | None = None


def video_service(text: str) -> str | None:
    """„Zoom“ for „… als Zoom-Meeting …“: the service a sentence says the meetings are held on."""
    found = _VIDEO_MEETING.search(text)
    return found.group("service") if found is not None else None


def lead_of_list(container: LexborNode) -> Lead | None:
    """The offering's name and shared hours from the paragraphs right above ``container``
    (the list of days), up to the heading over them; None when they state neither."""
    texts: list[str] = []
    node = container.prev
    while node is not None and len(texts) < _LEAD_ELEMENTS:
        if node.tag in HEADING_TAGS:
            break
        if not node.is_text_node and node.tag not in ("-comment", "br"):
            texts.append(node_text(node) or "")
        node = node.prev
    text = " ".join(reversed(texts))
    named = _TAKES_PLACE.search(text)
    hours = SHARED_HOURS.search(text)
    if named is None and hours is None:
        return None
    return Lead(
        named.group("name").strip() if named else None,
        re.sub(r"\s+", " ", hours.group("hours")) if hours else None,
        video_service(named.group(0)) if named else None,
    )


def points_back(name: str) -> bool:
    """True when the lead's subject only points back to the page's own offering („Die Gruppe
    findet … statt“ under the h1 „In Würde zu sich stehen - Selbsthilfegruppe“): the page's
    heading names it."""
    return bool(_BACK_REFERENCE.fullmatch(name.strip()))


def page_heading(outline_headings: list[LexborNode]) -> str | None:
    """The text of the page's first h1, what the page is about."""
    for heading in outline_headings:
        if heading.tag == "h1":
            text = node_text(heading)
            return text if text and WORDS.search(text) else None
    return None


def place_below_list(container: LexborNode) -> str | None:
    """ "<ul><li>2. Juli 2014 um 19:30 Uhr</li>…</ul><address>Trollhöhle des Chaos-Darmstadt<br>
    Wilhelm-Leuschner-Straße 36<br>64293 Darmstadt</address>": the address right below a list of
    bare days is where they all take place (its lines joined by commas)."""
    node = container.next
    while node is not None and (node.is_text_node or node.tag == "-comment"):
        if node.is_text_node and (node.text() or "").strip():
            return None
        node = node.next
    if node is None or node.tag != "address":
        return None
    # its lines are what its <br>s part (an <em> inside a line stays in it)
    parts = [
        "\n" if child.tag == "br" else (child.text(deep=True) or "")
        for child in node.iter(include_text=True)
    ]
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    place = ", ".join(line for line in lines if line)
    return place or None


def names_it_in_full(heading: str, name: str) -> bool:
    """True when ``heading`` holds the lead's ``name`` word for word and says more of it: the
    article „<h3>Aspach Cup 2026/2027</h3><p>Unser Aspach Cup findet an zwei Wochenenden
    statt.</p>“ over its two weekends names the cup with its season; the lead's subject only
    repeats it. A heading that names the list, not the offering („Reparaturtermine 2023“ over
    „Das Repair Café Datteln findet … statt“), does not hold the name and gives way to it."""
    heading_words = [word.casefold() for word in WORDS.findall(heading)]
    name_words = [word.casefold() for word in WORDS.findall(name)]
    width = len(name_words)
    if not width or width >= len(heading_words):
        return False
    return any(
        heading_words[start : start + width] == name_words
        for start in range(len(heading_words) - width + 1)
    )


def is_question(heading: str) -> bool:
    """ "Wann treffen wir uns?", "Wo finden die Treffen statt?": a question heads the page's
    prose about its own meetings; it names none of them."""
    return heading.rstrip().endswith("?")


def page_name(document_title: str | None) -> str | None:
    """The site's own name in its document title: "Code for Düsseldorf", "Termine | Pfadfinder
    Langenwang" → "Pfadfinder Langenwang" (a part that only names the list is left out; of
    several other parts the last, where sites put their name)."""
    if not document_title:
        return None
    parts = [part.strip() for part in _TITLE_PARTS.split(document_title)]
    named = [
        part for part in parts if part and not is_junk_title(part) and not names_only_the_list(part)
    ]
    # „SAP Stammtisch Dortmund | Infos rund um SAP Stammtisch Dortmund“: the site's description
    # repeats its name word for word; the name is the part the other holds.
    held = [part for part in named if any(names_it_in_full(other, part) for other in named)]
    if held:
        return held[-1]
    return named[-1] if named else None


def names_only_the_list(heading: str) -> bool:
    """ "Weitere Termine", "Kommende Treffen:", a wiki topic "TermineTreffen": the heading (or
    title part) only says that dates follow; it names none of them."""
    text = heading.strip()
    if _LIST_OF_DATES.fullmatch(text):
        return True
    if _WIKI_WORD.fullmatch(text):
        words = _WIKI_WORD_PARTS.findall(text)
        return all(word.lower() in _LIST_WORDS for word in words)
    return False


def names_only_a_season(heading: str) -> bool:
    """ "FRÜHJAHR 2027", "Herbst 2026": the heading says in which season its date falls; it
    names no offering."""
    return _SEASON.fullmatch(heading.strip()) is not None


def names_the_next_meeting(heading: str) -> bool:
    """ "Der nächste Termin:", "Nächstes Treffen": the heading announces the next meeting of the
    page's own group; it names no offering of its own."""
    return bool(_NEXT_MEETING.match(heading))
