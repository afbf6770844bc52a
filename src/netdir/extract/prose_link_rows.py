"""An undated row of a dated list that is prose around a link, a footnote or a closing note.

A club's news page keeps its dates as paragraphs („Dienstag 21. Januar 2020, 20:00 Uhr:
Stammtisch …“) among paragraphs of news: „Der Stammtisch im März hat nur virtuell stattgefunden.
… Die Zugangsdaten wurden vorher auf der <a>Mailing Liste</a> kund getan.“, a footnote „[1] <a>About
Jitsi</a>“ and a bold closing request „Bitte über diese Seite oder die Mailingliste informieren,
wann die nächsten Termine stattfinden.“. Read as rows of the list, each became an undated record
titled by its link or its sentence. A link a sentence mentions (with words before it) or that a
footnote mark opens names a page to read, not an offering; a title that is a whole sentence of
many words ending in a stop is a note to the reader. (A row opening with its linked name and a
description after it — a course „Wann: Auf Anfrage“ — stays.) The words before a link are
read in the element that holds it, not in the whole row: a calendar row „Konzertbeginn: 16 Uhr
Einlass: ab 15 Uhr“ over its linked name and a description names its offering by that link.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches
from netdir.extract.inline_text import visible_line
from netdir.extract.place_labels import TERM_WORDS
from netdir.extract.sentence_ends import CLAUSE_END

# „[1]“, „(2)“, „3)“, „*“: a footnote's mark before its link.
_FOOTNOTE_MARK = lazy_re.compile(r"^(?:\[\d{1,2}\]|\(\d{1,2}\)|\d{1,2}\)|\*{1,3})$")
_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
_WORDS_BEFORE_A_MENTION = 3  # „… auf der <a>Mailing Liste</a>“: the link stands in a sentence
_SENTENCE_WORDS = 8  # a note to the reader, not a name
_SENTENCE_STOP = lazy_re.compile(r"[.!?]\W*$")
_INNER_STOP = lazy_re.compile(r"[.!?]\s")
_LEADS_ON = lazy_re.compile(r":\s*$")


def is_prose_around_a_link(row_text: str, link_text: str) -> bool:
    """Whether the row only mentions its link: a footnote mark and the link, or a sentence with
    words before the link that ends in a stop."""
    at = row_text.find(link_text)
    if at < 0:
        return False
    before, after = row_text[:at].strip(), row_text[at + len(link_text) :].strip()
    if not after and _FOOTNOTE_MARK.match(before):
        return True
    in_a_sentence = len(_WORD.findall(before)) >= _WORDS_BEFORE_A_MENTION
    # („Ihr findet uns auch auf dem <a>Mobilitätswende-Camp</a> auf der Theresienwiese:“ — a
    # sentence that leads into the paragraphs below ends in a colon)
    return in_a_sentence and (
        CLAUSE_END.search(row_text) is not None or _LEADS_ON.search(row_text) is not None
    )


def is_a_note_sentence(title: str) -> bool:
    """Whether the title is a whole sentence of many words that ends in a stop („Bitte über
    diese Seite … informieren, wann die nächsten Termine stattfinden.“)."""
    return (
        _SENTENCE_STOP.search(title) is not None
        and len(_WORD.findall(title)) >= _SENTENCE_WORDS
        and _INNER_STOP.search(title.strip()) is None  # one sentence, not a description
    )


def text_around_the_link(segment: list[LexborNode], link_text: str) -> str:
    """The text of the nearest element around the row's link named ``link_text`` that holds
    more than the link (the paragraph a mention stands in, the name cell a name stands in);
    empty when no such link is in the row."""
    for node in segment:
        links = [node] if node.tag == "a" else css_matches(node, "a")
        for link in links:
            if visible_line(link) != link_text:
                continue
            holder = link
            while holder.parent is not None and holder not in segment:
                holder = holder.parent
                text = visible_line(holder)
                if text != link_text:
                    return text
            return visible_line(holder)
    return ""


def undated_prose_row(segment: list[LexborNode], title: str | None, title_source: str) -> bool:
    """Whether an undated row is prose around its link or a note (see the module docstring)."""
    if not title:
        return False
    if title_source.endswith(">a") and is_prose_around_a_link(
        text_around_the_link(segment, title), title
    ):
        return True
    return is_a_note_sentence(title)


# „<strong>Location</strong><br><a>B-Swingt Berlin</a>“: a term of the page's event and its value.
_PLACE_TERM = lazy_re.compile(rf"^(?:{TERM_WORDS})\s*[:：]?\s+(?P<value>\S.*)$", re.I)


# „Organisation“ / „<a>Herzog August Bibliothek</a> und <a>HTWK</a>“, „Sprache“ / „deutsch“: a
# conference page's fact grid beside its programme — who holds the event, in which language.
# A youth centre's events page: „Booking und Veranstaltungsorga: <a>Konzertgruppe</a>“ — who
# books the concerts and organises the events (a term may be a compound ending in „orga“ or
# „organisation“, two terms joined by „und“), above its dated lines.
_FACT_WORDS = (
    rf"{TERM_WORDS}|Organisation|Organisator(?:en)?|Veranstalter(?:in|innen)?|"
    r"Organi[sz]ers?|Hosts?|Sprache|Language|Kontakt|Contact|Booking|"
    r"[^\W\d_]*orga(?:nisation)?"
)
_FACT_TERM = lazy_re.compile(
    rf"^(?P<term>(?:{_FACT_WORDS})(?:\s+(?:und|&)\s+(?:{_FACT_WORDS}))?)"
    r"\s*[:：]?\s+(?P<value>\S.*)$",
    re.I,
)


def labelled_place_row(segment: list[LexborNode], title: str | None) -> bool:
    """Whether an undated row is only a place's term and its value („Location“ / „B-Swingt
    Berlin“ under an event post): where the page's event is, not an offering of its own; or
    a fact of the page's event, its term and its value („Organisation“ / „<a>HTWK</a>“,
    „Veranstaltungsort“ / „Kreis- und Universitätsmuseum Helmstedt …“), the row named by the
    term or by a link of the value."""
    if not title:
        return False
    text = " ".join(visible_line(node) for node in segment).strip()
    found = _PLACE_TERM.match(text)
    if found is not None and found["value"].strip() == title.strip():
        return True
    fact = _FACT_TERM.match(text)
    if fact is None:
        return False
    name = title.strip()
    return name.casefold() == fact["term"].casefold() or name in fact["value"]
