"""A sentence that announces the whole run whose programme the page lists: one more offering.

A freshers' page writes „<h2>Erstiwoche</h2><p>Vom 22. bis 26. September 2025 veranstalten wir
für euch eine Erstiwoche. …</p>“ over a table of the week's evenings; a hackathon's page
„<strong>Coding da Vinci</strong> läuft insgesamt zehn Wochen vom 26. April bis 6. Juli 2014.“
over its kick-off weekend's timetable; a summer school's „Die Edirom Summer School 2018 findet
in diesem Jahr vom 17. bis 21. September statt.“ over its courses. The list is read row by row;
the sentence names the week, the contest, the school as a whole — an offering a reader sees
beside its programme points. A run of days is such a frame when three or more rows of the list
fall within it (a registration window or a holiday beside one or two rows is none); a run the
list itself reads as a row is no second record. The name comes from the sentence — its opening
bold words, its subject „Die … findet … statt“ — else from the heading right above it when that
heading names more than the programme („Programm“, „Ablauf“ head the list, they name nothing).
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.announcing_headings import sentence_subject
from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.start_days import day_of_record
from netdir.extract.title_text import is_junk_title
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing: the name of the run its programme lists"
DATE_SOURCE = "listing: the sentence announcing the run"

_MIN_ROWS_INSIDE = 3  # two rows inside a run may be chance; a programme lists more
_MAX_PARAGRAPH = 600  # a lead paragraph, not an article
_MAX_NAME = 80
_HEADINGS_BACK = 12  # elements looked at before the paragraph for its heading
_MAX_RUN_DAYS = 100  # a week, a school, a contest of ten weeks; not the years an archive covers

# „vom 22. bis 26. September“, „17. – 21. September“, „vom 26. April bis 6. Juli 2014“: the
# sentence states a run (one day, a deadline or a rule is no frame of several days).
_RUN = lazy_re.compile(
    r"\b(?:vom|von|from)\b[^!?]{0,40}?\b(?:bis|until|to)\b|\d\.?\s*[-–]\s*\d", re.IGNORECASE
)
# „Vom 1. bis 24. Dezember wird jeden Abend um 18:00 Uhr ein neues Fenster … eröffnet“: a sentence
# that tells each row's rule or hours describes the rows, it frames no offering of its own.
_EACH_ROW = lazy_re.compile(r"\b(?:jede[nrs]?|jeweils|täglich|every|each|daily)\b", re.IGNORECASE)
# Sentence ends: after a word or a year, not after a day's dot („22. bis 26. September“).
_SENTENCE_END = lazy_re.compile(r"(?<=[^\W\d_][.!?])\s+|(?<=\b\d{4}[.!?])\s+")
# Headings that head the list below, not the run: „Programm“, „Ablauf“, „Kursprogramm 2018“.
_PROGRAMME_HEADING = lazy_re.compile(
    r"^(?:das\s+|unser\s+)?(?:kurs|wochen|tages|veranstaltungs|rahmen)?"
    r"(?:programm|ablauf|zeitplan|ablaufplan|agenda|termine|veranstaltungen|übersicht|"
    r"programme|schedule|timetable|events)(?:\s+\d{4})?\s*:?$",
    re.IGNORECASE,
)


def run_over_the_programme(
    tree: LexborHTMLParser, context: PageContext, listing: list[RawRecord]
) -> list[RawRecord]:
    """One record for the first paragraph sentence that announces a named run of days within
    which three or more of ``listing``'s rows start; none when no such sentence stands."""
    today = context.fetched_at.date()
    days = [day for record in listing if (day := day_of_record(record, today))]
    if len(days) < _MIN_ROWS_INSIDE:
        return []
    listed_runs = {_run_of(record.date_text, today) for record in listing if record.date_text}
    for paragraph in tree.css("p"):
        text = node_text(paragraph)
        if not text or len(text) > _MAX_PARAGRAPH or not _RUN.search(text):
            continue
        for sentence in _SENTENCE_END.split(text):
            if not _RUN.search(sentence) or _EACH_ROW.search(sentence):
                continue
            if TIME_LIKE.search(sentence):
                continue  # a run from one hour to another (a closure), or the rows' hours
            run = _run_of(sentence, today)
            if run is None or run in listed_runs:
                continue
            first, last = run
            if sum(1 for day in days if first <= day <= last) < _MIN_ROWS_INSIDE:
                continue
            name = _name(paragraph, text, sentence)
            if name is None:
                continue
            row = next(
                (r for r in listing if r.title == name and day_of_record(r, today) == first), None
            )
            if row is not None:
                # „<a>Winster Wakes and Carnival</a> runs from Sunday the 26th June to …“: the
                # list read the sentence's link as a row on the first day; that row is the run
                set_field(row, "date_text", sentence, DATE_SOURCE)
                return []
            record = context.new_record(EXTRACTOR, name, confidence=0.5)
            record.field_sources["title"] = TITLE_SOURCE
            set_field(record, "date_text", sentence, DATE_SOURCE)
            return [record]
    return []


def _run_of(text: str | None, today: date) -> tuple[str, str] | None:
    """(first day, last day) of the run of several days ``text`` states; None otherwise."""
    when = parse_when(text or "", today=today)
    if not when.start or not when.end or when.recurrence or when.deadline:
        return None
    first, last = date.fromisoformat(when.start[:10]), date.fromisoformat(when.end[:10])
    if not 0 < (last - first).days <= _MAX_RUN_DAYS:
        return None
    return first.isoformat(), last.isoformat()


def _name(paragraph: LexborNode, text: str, sentence: str) -> str | None:
    """What the run is called: the bold words the sentence opens with, its subject, else the
    heading right above the paragraph when the sentence names it too („<h2>Erstiwoche</h2>“ over
    „… veranstalten wir für euch eine Erstiwoche.“; a heading „Rückblick auf das Fest“ or „Die
    Idee und der Wettbewerb“ is what the section tells, no name the sentence gives the run)."""
    bold = paragraph.css_first("strong, b")
    bold_text = node_text(bold) if bold is not None else None
    if bold_text and sentence.startswith(bold_text) and _a_name(bold_text):
        return bold_text
    # „<a>Winster Wakes and Carnival</a> runs from Sunday the 26th June to Saturday 2nd July“:
    # the linked words the sentence opens with, as bold ones
    link = paragraph.css_first("a[href]")
    link_text = node_text(link) if link is not None else None
    if link_text and sentence.startswith(link_text) and _a_name(link_text):
        return link_text
    subject = sentence_subject(sentence)
    if subject and _a_name(subject):
        return subject
    heading = _heading_before(paragraph)
    if (
        heading
        and _a_name(heading)
        and not _PROGRAMME_HEADING.match(heading)
        # („<h1>Ersti-Tage</h1>“ over „Willkommen zu unseren jährlichen Ersti-Tagen! Vom …“)
        and re.search(rf"\b{re.escape(heading)}", text, re.IGNORECASE)
    ):
        return heading
    return None


def _a_name(text: str) -> bool:
    return len(text) <= _MAX_NAME and not is_junk_title(text) and not _RUN.search(text)


def _heading_before(node: LexborNode) -> str | None:
    """The text of the nearest heading before ``node`` in reading order (its own earlier
    siblings, then its ancestors' earlier siblings), within a few elements."""
    looked = 0
    current: LexborNode | None = node
    while current is not None and looked < _HEADINGS_BACK:
        sibling = current.prev
        while sibling is not None and looked < _HEADINGS_BACK:
            if sibling.tag in HEADING_TAGS:
                return node_text(sibling)
            if sibling.tag and sibling.tag[0] not in "-!#_":  # an element, not text or a comment
                inner = sibling.css_first(", ".join(HEADING_TAGS))
                if inner is not None:
                    # a wrapper around the heading alone („<div><div><h1>Ersti-Tage</h1></div>
                    # </div>“) is that heading; a section of its own between is not ours
                    own = node_text(inner)
                    return own if own is not None and own == node_text(sibling) else None
                looked += 1
            sibling = sibling.prev
        current = current.parent
    return None
