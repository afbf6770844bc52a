"""Where an event page states its day without a label: in or right below the heading that titles
it, under the venue's line, in ``<time datetime>`` elements; and what is no event's day there
(bylines, publication cues, tag lists)."""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.author_stamps import is_stamp_by_author, stamp_by_author_day
from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.bold_page_heading import BOLD_HEAD
from netdir.extract.byline_time_stamps import time_element_text
from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    TIME_LIKE,
    WEEKDAY_WORD,
    has_year,
    search_date_like,
    search_date_phrase,
)
from netdir.extract.event_page_labels import Fact
from netdir.extract.inline_text import visible_text
from netdir.extract.prose_announcements import announcing_sentence, sentence_naming
from netdir.extract.title_text import is_announcement
from netdir.extract.weekday_starts import start_on_a_weekday
from netdir.normalize.when import parse_when
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

# At most this many words follow the date in a subheading that only dates the heading above it
# ("Freitag, 25. September 2015 - Kassel").
DATE_LINE_ADDENDUM_WORDS = 3
_PUBLISHED_CUE = lazy_re.compile(
    r"(?:veröffentlicht|stand|erstellt|aktualisiert|geändert|gepostet|posted|published|updated|modified)"
    r"(?:\s+(?:am|vom|on))?\W*$|\[$",
    re.I,
)  # "[19.11.2026] Der Kongress …": a bracketed date opening a teaser is its news date
_META_CLASS = lazy_re.compile(
    r"meta|byline|posted|publish|author|news|blog|entry-date|date(?:Published|Modified|Created)|"
    r"updated|changed|submitted",
    re.I,
)
_EVENT_CUE = lazy_re.compile(r"\b(?:sitzung|termin|veranstaltung|beginn|findet|am|vom|on)\b", re.I)
_NEAR_HEADING_LINES = 4
_MAX_TAG_CHARS = 40  # a tag list's item ("Tickets Required (Price Varies)"), not a paragraph
_PROSE_CHARS = 150  # a line this long under the heading is a sentence of the text, no date line
_DATE_LINE_LEAD = 25  # "Sitzung am 27.01.2026": a date line opens with its date; prose does not  # a date this close under the title heading is the event's
_MAX_EVENT_HEADER_CHARS = 1500  # an event's own <header>: name, host, day, time, place, tags
_RUN_LINES = 5  # "May 23" "-" "Sep 7" "10:00 AM" "-" "5:00 PM": a day's run of short lines
_RUN_LINE_CHARS = 30
_RUN_SEPARATOR = lazy_re.compile(r"^(?:[-–—]|to|bis|until)$", re.I)
_MAX_OCCURRENCES = 50
_MACHINE_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ]\d)")
_OPEN_END = lazy_re.compile(r"(?:\s|^)(?:bis|-|–|to|until)\s*$", re.I)


def with_open_end(lines: list[tuple[str, LexborNode | None]], date: Fact) -> str:
    """ "06.07.2013 20:00 bis" | "07.07.2013 02:00" (Plone's „Wann“ row in two cells): a date
    that ends on "bis" goes on in the next line, when that line is a date or a time."""
    below = date.index + 1
    if not _OPEN_END.search(date.value) or not 0 < below < len(lines):
        return date.value
    text = lines[below][0]
    if len(text) > _RUN_LINE_CHARS or not (DATE_PHRASE.match(text) or TIME_LIKE.match(text)):
        return date.value
    return f"{date.value} {text}"


def time_elements(body: LexborNode, today: date) -> list[tuple[str, str | None]]:
    """Days the page states as ``<time datetime>``, each with the end its element pairs it
    with ("Fri, Jul 4 2025, 11am - 3pm" as two ``<time>`` in one line). A time in an
    article's meta line (byline, publication date) is left out, and so is a bare past day
    right under the headline."""
    occurrences: dict[str, str | None] = {}
    for node in body.css("time[datetime]"):
        value = (node.attributes.get("datetime") or "").strip()
        if not _MACHINE_DAY.match(value) or _is_meta(node):
            continue
        if (
            len(value) == len("2018-10-23")
            and value <= today.isoformat()
            and _under_the_headline(node)
        ):
            continue  # „<h1>18 Kindersitze im Test …</h1><div><time>23.10.2018</time></div>“
        parent = node.parent
        siblings = parent.css("time[datetime]") if parent is not None else []
        values = [(n.attributes.get("datetime") or "").strip() for n in siblings]
        if len(values) == 2 and values[0] == value and values[1][:10] >= value[:10]:
            occurrences.setdefault(value, values[1])
        elif value not in values[1:2] or len(values) != 2:
            occurrences.setdefault(value, None)
    return list(occurrences.items())[:_MAX_OCCURRENCES]


def _under_the_headline(node: LexborNode) -> bool:
    """Whether the element, or the element around it, follows an ``<h1>`` right away."""
    current: LexborNode | None = node
    for _ in range(2):
        if current is None:
            return False
        before = current.prev
        while before is not None and not before.is_element_node:
            before = before.prev
        if before is not None:
            return before.tag == "h1"
        current = current.parent
    return False


def _is_meta(node: LexborNode) -> bool:
    current: LexborNode | None = node
    for _ in range(4):
        if current is None or not current.is_element_node:
            return False
        attributes = current.attributes
        classes = " ".join(filter(None, (attributes.get("class"), attributes.get("itemprop"))))
        if _META_CLASS.search(classes):
            return True
        current = current.parent
    return False


def date_under_a_heading(
    lines: list[tuple[str, LexborNode | None]],
    headings: list[Fact],
    *,
    timed: bool = False,
    labelled_facts: bool = False,
    today: date | None = None,
) -> Fact | None:
    """A day-level date in a heading itself or in the few lines right under it (``timed``: only
    one with a time in its line or in the short lines right after it; ``labelled_facts``: the
    page labels the event's time or place, so a line opening with a date dates the event;
    ``today``: the day the page was saved — a line opening with a later day is no publication
    stamp)."""
    for heading in headings:
        heading_block = lines[heading.index][1] if 0 <= heading.index < len(lines) else None
        for offset, index in _near_heading(lines, heading.index):
            text, block = lines[index]
            match = search_date_phrase(text)
            if match is None or not names_a_day(match.group(0)):
                continue
            if offset and _in_a_teaser(block, heading_block):
                continue  # another post's teaser under the list's heading
            if _PUBLISHED_CUE.search(text[: match.start()]):
                continue
            if offset and is_stamp_by_author(text):
                continue  # „12 Jun 2021 - Lukas“: the post's stamp and its author, no venue
            has_time = TIME_LIKE.search(text) is not None or _time_follows(lines, index)
            if timed and not has_time:
                continue
            if offset and len(text) > _PROSE_CHARS and announcing_sentence(text) is None:
                # „Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde der Kantonspolizei
                # Bern … gemeldet“: a report's sentence under the headline tells what happened
                # then; only one that invites or says what takes place dates an event.
                continue
            if offset and (
                match.start() > _DATE_LINE_LEAD
                or not (
                    _states_an_event(text, block)
                    or _time_follows(lines, index)
                    or _announces_with_place(text, block)
                    or (labelled_facts and match.start() == 0 and not _is_meta_line(block))
                    # „OBK“ / „gemeinsam wachsen“ / „04.11.2017 | Weise Lehre statt leerer
                    # Worte | Andreas Ebert“ on a page saved in August: a page is never
                    # published on a day still to come, so that day is its event's.
                    or (match.start() == 0 and _still_to_come(match.group(0), today))
                    # „<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“ under the conference's h1 and
                    # subtitle: a heading line that closes with the days still to come is the
                    # event's dateline (its edition and town before them)
                    or _closing_dateline(text, block, match, today)
                    or (offset == 1 and _only_a_day_range(text, match))
                    # „Save the Date“ over „6. April 2025“: the day it announces.
                    or (offset == 1 and is_announcement(heading.value))
                    or _date_under_its_venue(lines, index, match)
                    or bracketed_venue_and_day(text) is not None
                )
            ):
                continue  # "21. März 2018" under a news headline is when it was published
            where = block.tag if block is not None and block.tag else "text"
            if offset:
                where = f"{where} below {heading.where}"
            return Fact(_day_with_its_sentence(text, match, offset), where, index)
    return None


#: Where a dateline's day was read: „h4 dateline below h1“ (``dateline_under_a_heading``).
DATELINE = "dateline below"


def dateline_under_a_heading(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact], today: date | None
) -> Fact | None:
    """A short lower heading right under one of ``headings`` that closes with days still to
    come (``_closing_dateline``): the event's dateline, even where only labelled days count (a
    conference's „Organisatorisches“ beside the dated list of its side events)."""
    for heading in headings:
        for offset, index in _near_heading(lines, heading.index):
            text, block = lines[index]
            match = search_date_phrase(text)
            if offset and match is not None and _closing_dateline(text, block, match, today):
                where = f"{block.tag if block is not None else 'text'} {DATELINE} {heading.where}"
                return Fact(_day_with_its_sentence(text, match, offset), where, index)
    return None


_DATELINE_CHARS = 60  # „DVCS XXXIV, Erlangen 24.-26.11.2023“: an edition, a town, the days
_LOWER_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _closing_dateline(
    text: str, block: LexborNode | None, match: re.Match[str], today: date | None
) -> bool:
    """Whether a short lower heading ends with its date, a day still to come."""
    return (
        block is not None
        and block.tag in _LOWER_HEADINGS
        and len(text) <= _DATELINE_CHARS
        and not text[match.end() :].strip(" .")
        and _still_to_come(match.group(0), today)
    )


def _still_to_come(phrase: str, today: date | None) -> bool:
    """Whether the date phrase, with its year, names a day after ``today``."""
    if today is None or _YEAR_IN_PHRASE.search(phrase) is None:
        return False
    start = parse_when(phrase, today=today).start
    return start is not None and start[:10] > today.isoformat()


_YEAR_IN_PHRASE = lazy_re.compile(r"\b\d{4}\b")


def _day_with_its_sentence(text: str, match: re.Match[str], offset: int) -> str:
    """The date, or — in a paragraph of prose under the heading — the sentence that announces
    the event on it: „Am Samstag, dem 15.06.2019 findet von 13:00 Uhr bis 17:00 Uhr im
    Eigenbaukombinat ein Arduino Workshop … statt.“ holds the hours the date alone would lose."""
    if not offset or len(text) <= _PROSE_CHARS:
        return match.group(0)
    sentence = announcing_sentence(text)
    if sentence is None or match.group(0) not in sentence or not TIME_LIKE.search(sentence):
        return match.group(0)
    return sentence


_BYLINE = lazy_re.compile(r"^\s*(?:by|von|posted|geschrieben|author|autor)\b", re.I)
_MAX_VENUE_CHARS = 60
_YEAR_ONLY = lazy_re.compile(
    r"^(?:,?\s*\d{4})?\s*$"
)  # "Tue 20th Dec, 2011": the phrase stops at the comma


# „(Erasmus-Büchercafé, 18. März 2007)“: a whole line of a venue and a day in brackets.
_BRACKETED_VENUE_DAY = lazy_re.compile(
    r"^\(\s*(?P<venue>[^\W\d][^(),;:]{1,60}?)\s*,\s*(?P<day>[^()]+?)\s*\)$"
)


def bracketed_venue_and_day(text: str) -> str | None:
    """The venue of a line that is only a venue and a day in brackets, right under the heading
    of a book presentation's page: „(Erasmus-Büchercafé, 18. März 2007)“ says where and when the
    event took place. A publication stamp names no place, and a press release's dateline („Berlin,
    18. März 2007 –“) opens its text instead of standing alone in brackets."""
    match = _BRACKETED_VENUE_DAY.match(text.strip())
    if match is None:
        return None
    day = DATE_PHRASE.match(match["day"])
    if day is None or day.end() != len(match["day"]) or not names_a_day(day.group(0)):
        return None
    return match["venue"].strip()


def _date_under_its_venue(
    lines: list[tuple[str, LexborNode | None]], index: int, match: re.Match[str]
) -> bool:
    """A line that is only its date, right under a short undated line of the same box ("London
    99 Club @ Storm Nightclub" / "Tue 20th Dec, 2011" in one blockquote): an event's venue and
    day, not a byline and its publication date."""
    text, block = lines[index]
    rest = text[match.end() :]
    if match.start() != 0 or not _YEAR_ONLY.match(rest) or index == 0 or _is_meta_line(block):
        return False
    above, above_block = lines[index - 1]
    if (
        block is None
        or above_block is None
        or len(above) > _MAX_VENUE_CHARS
        or search_date_like(above) is not None
        or _BYLINE.match(above) is not None
        or _is_meta_line(above_block)
        # „<h1>18 Kindersitze im Test …</h1><time>23.10.2018</time>“ in the article's header:
        # a headline and its publication day, not a venue and its day.
        or above_block.tag in HEADING_TAGS
    ):
        return False
    parent, above_parent = block.parent, above_block.parent
    return parent is not None and above_parent is not None and parent.mem_id == above_parent.mem_id


def _near_heading(lines: list[tuple[str, LexborNode | None]], start: int) -> list[tuple[int, int]]:
    """(distance, index) of the heading's line and the few lines under it. A run of short
    undated items of one list ("Adults 21+" / "Special Event" / "Pacific Science Center": a
    hero's tag list) is one step, like the single line it shows as; a list item with a date
    or a long text still counts alone, so a listing's items do not come nearer."""
    near = [(0, start)]
    distance = 0
    for index in range(start + 1, len(lines)):
        if not _same_tag_list(lines[index - 1], lines[index]):
            distance += 1
        if distance > _NEAR_HEADING_LINES:
            break
        near.append((distance, index))
    return near


def _same_tag_list(
    previous: tuple[str, LexborNode | None], line: tuple[str, LexborNode | None]
) -> bool:
    """Both lines are short undated items of one list."""
    if (
        previous[1] is None
        or line[1] is None
        or not (_is_tag_item(previous) and _is_tag_item(line))
    ):
        return False
    parent, previous_parent = line[1].parent, previous[1].parent
    return (
        parent is not None
        and previous_parent is not None
        and parent.mem_id == previous_parent.mem_id
    )


def _is_tag_item(line: tuple[str, LexborNode | None]) -> bool:
    text, block = line
    return (
        block is not None
        and block.tag == "li"
        and len(text) <= _MAX_TAG_CHARS
        and search_date_like(text) is None
        and TIME_LIKE.search(text) is None
    )


def _only_a_day_range(text: str, match: re.Match[str]) -> bool:
    """ "<h1>Winter-ZaPF in Freiburg</h1><p>31.10.2019 - 3.11.2019</p>": a line right under
    the heading that is nothing but a span of days dates the event — a page is published on
    one day, not over several. The venue may open the line („Schloss Siebeneichen, 7.–8.
    Januar 2026“ under the training's <h1>): where and when, as a letterhead writes them."""
    days = match.group(0).strip(" .,;")
    if text.strip(" .,;") != days and venue_before_the_days(text) is None:
        return False
    two_dates = len(DATE_LIKE.findall(days)) >= 2 and _DAY_RANGE.search(days) is not None
    return two_dates or _DAYS_OF_ONE_MONTH.search(days) is not None


# „Schloss Siebeneichen, 7.–8. Januar 2026“: a short name (capitalised words, no digits), a comma,
# then the line's one date phrase to its end.
_VENUE_THEN_DAYS = lazy_re.compile(
    rf"^(?P<venue>[A-ZÄÖÜ][^\d,;:|()]{{2,58}}?)\s*,\s*(?=\d|(?:{GERMAN_WEEKDAY_ALT}),)"
)
_VENUE_WORDS = 5
# „…, 12:30 - 16:00, Ort: SR 217“: the room the line labels after the day, inside the venue.
_ROOM_AFTER = lazy_re.compile(r",\s*(?:Ort|Raum|Room)\s*:\s*(?P<room>[^,;:]{1,40}?)\s*$")


def venue_before_the_days(text: str) -> str | None:
    """The venue of a line that is only „<venue>, <days>“ (no other words after the date but a
    labelled room: „Universität Rostock, Mittwoch, 24.09.2025 12:30 - 16:00, Ort: SR 217“)."""
    found = _VENUE_THEN_DAYS.match(text)
    if found is None or len(found["venue"].split()) > _VENUE_WORDS:
        return None
    if WEEKDAY_WORD.match(found["venue"].strip()):
        return None  # „Samstag, 26. Juli 2025“: the day's weekday, no venue
    rest = text[found.end() :].strip(" .,;")
    room = _ROOM_AFTER.search(rest)
    if room is not None:
        rest = rest[: room.start()].strip(" .,;")
    match = DATE_PHRASE.match(rest)
    if match is None or match.group(0).strip(" .,;") != rest or not names_a_day(rest):
        return None
    venue = found["venue"].strip()
    return f"{venue}, {room['room']}" if room is not None else venue


# Between two days of a range: "31.10.2019 - 3.11.2019", "12. bis 14. Mai 2026".
_DAY_RANGE = lazy_re.compile(r"\s(?:-|–|—|bis)\s")
# „7.–8. Januar 2026“, „12. bis 14. Mai“: two days under one month word, one date phrase.
_DAYS_OF_ONE_MONTH = lazy_re.compile(r"\b\d{1,2}\.\s*(?:[-–—]|bis)\s*\d{1,2}\.\s*[^\W\d]")


def is_event_header(node: LexborNode) -> bool:
    """A ``<header>`` that holds the page's ``<h1>`` and a day is the event's own header (its
    name, day and time above the description), not the site's banner."""
    if node.tag != "header" or node.css_first("h1") is None:
        return False
    return _names_a_day_briefly(node) or _day_box_below(node)


def _names_a_day_briefly(node: LexborNode) -> bool:
    text = visible_text(node)
    if len(text) > _MAX_EVENT_HEADER_CHARS:
        return False
    match = search_date_phrase(text)
    return match is not None and names_a_day(match.group(0))


def _day_box_below(header: LexborNode) -> bool:
    """„<header><h1>Kinderbasar</h1>…</header><div class="wann"><div>Samstag, 28. November
    2026</div><div>10 – 14 Uhr</div>…</div>“ inside the page's own wrapper: the header names the
    event whose day the box right below it gives (a site's banner stands above a whole page,
    its next element no short box of a day)."""
    box = header.next
    while box is not None and not box.is_element_node:
        box = box.next
    return box is not None and box.tag == "div" and _names_a_day_briefly(box)


def is_article_header(node: LexborNode) -> bool:
    """A ``<header>`` inside the page's ``<main>`` or an ``<article>`` that holds the ``<h1>``
    heads the article (HTML's sectioning: „<main><article><header><h1>Themen-Workshop …</h1>“),
    not the site: its heading names the page's event. On a page with no ``<h1>`` at all the
    article's ``<h2>`` is its top heading („<article class="post"><header><h2>Treffen im Mai“)."""
    if node.tag != "header":
        return False
    # „<header><h3 class="post-title">Nichts zu verbergen?</h3><p class="post-meta">…“ in a
    # theme's content box (no <main>, no <article>): the heading classed as the post's title
    # marks the header as the post's
    titled = any(
        _POST_TITLE_CLASS.search(heading.attributes.get("class") or "")
        for heading in node.css("h1, h2, h3")
    )
    sectioned = titled or _POST_CLASS.search(node.attributes.get("class") or "") is not None
    root = node
    while root.parent is not None:
        root = root.parent
        sectioned = sectioned or root.tag in ("main", "article")
    if not sectioned:
        return False
    if node.css_first("h1") is not None:
        return True
    # („<h1 class="brand-title"><a href="/"><img …></a>VCP Totila</h1>“ in the sidebar: the
    # site's name, no heading of the page's own)
    return (titled or node.css_first("h2") is not None) and all(
        _names_the_site(h1) for h1 in root.css("h1")
    )


# „<header class="post-header"><h2 class="post-title">30 Jahre - VCP Stamm Totila</h2>“: a
# blog theme's post header, outside <main> and <article>.
_POST_CLASS = lazy_re.compile(r"\b(?:post|entry|article)-header\b")
_POST_TITLE_CLASS = lazy_re.compile(r"\b(?:post|entry|article)-title\b")


def _names_the_site(heading: LexborNode) -> bool:
    """A heading whose one link leads to the site's start page names the site (its brand)."""
    links = heading.css("a")
    return len(links) == 1 and (links[0].attributes.get("href") or "").strip() in ("/", "./", "")


_WEEKDAY_BEFORE_THE_HOURS = lazy_re.compile(rf"^(?:{GERMAN_WEEKDAY_ALT})\s*,\s*(?=\d)", re.I)


def _short_run_line(text: str) -> str | None:
    """What a short line adds to a day's run: "sep" ("-", "to"), "time" ("7:30 PM", "2–4 pm"),
    "day" ("Sep 7"); None for any other line."""
    # („13.“ / „Mai 2026“ over „Mittwoch, 18:30 Uhr · Eintritt frei“: the day's weekday opens
    # its hours' line)
    hours = _WEEKDAY_BEFORE_THE_HOURS.sub("", text, count=1)
    if len(hours) > _RUN_LINE_CHARS:
        return None
    if _RUN_SEPARATOR.match(text):
        return "sep"
    if hours[:1].isdigit() and TIME_LIKE.search(hours) and not search_date_phrase(text):
        return "time"
    match = DATE_PHRASE.fullmatch(text)
    if match is not None and names_a_day(text):
        return "day"
    return None


def _time_follows(lines: list[tuple[str, LexborNode | None]], index: int) -> bool:
    """A time in the short lines right after line ``index`` ("February 22, 2026" / "2–4 pm")."""
    for text, _block in lines[index + 1 : index + 1 + _RUN_LINES]:
        kind = _short_run_line(text)
        if kind == "time":
            return True
        if kind is None:
            return False
    return False


def with_run_below(lines: list[tuple[str, LexborNode | None]], date: Fact) -> str:
    """The date with the separators, days and times in the short lines right under it."""
    parts = [date.value]
    if 0 <= date.index < len(lines) and date.value in lines[date.index][0]:
        last = "day"
        for text, _block in lines[date.index + 1 : date.index + 1 + _RUN_LINES]:
            kind = _short_run_line(text)
            if kind is None or (kind == "day" and last == "day"):
                # (a day right under a day, with no „-“ between, is another date: the post's
                # stamp „15. Januar 2024“ under „Freifunk-Treffen am 19.1. im Hackerspace“)
                break
            parts.append(text)
            last = kind
    while len(parts) > 1 and _RUN_SEPARATOR.match(parts[-1]):
        parts.pop()
    return " ".join(parts)


def _is_meta_line(block: LexborNode | None) -> bool:
    classes = (block.attributes.get("class") or "") if block is not None else ""
    return _META_CLASS.search(classes) is not None


def _states_an_event(text: str, block: LexborNode | None) -> bool:
    """A date line under a heading dates an event when it has a time or says "Sitzung am",
    and is not an article's meta line (byline, publication date)."""
    classes = (block.attributes.get("class") or "") if block is not None else ""
    if _META_CLASS.search(classes):
        return False
    return TIME_LIKE.search(text) is not None or _EVENT_CUE.search(text) is not None


_DASHED_PLACE = lazy_re.compile(r"^\s*[—–-]\s*(?P<place>[^\W\d][^.!?:;]{1,50})$")


def place_after_a_dash(text: str) -> str | None:
    """The place of a line that is only a date, a dash and where ("Friday, November 16th,
    2018 — Reykjavík, Iceland" under the conference's name): an announcement, not a news
    item's publication date, which is never followed by a place."""
    match = search_date_phrase(text)
    if match is None or any(ch.isalpha() for ch in text[: match.start()]):
        return None
    rest = _DASHED_PLACE.match(text[match.end() :])
    if rest is None or len(rest["place"].split()) > DATE_LINE_ADDENDUM_WORDS:
        return None
    return rest["place"].strip()


def _announces_with_place(text: str, block: LexborNode | None) -> bool:
    """A date line with a place after a dash and no link: a teaser's line ("Freitag, 25.
    September 2015 - Kassel, mehr") links the page of its event."""
    linked = block is not None and block.css_first("a") is not None
    return not linked and place_after_a_dash(text) is not None


#: Where a day read from an article's lead is said to come from (``Fact.where`` ends with it).
ANNOUNCING = "announcing"
#: The marker of a post's start on a weekday counted from its stamp (``_weekday_to_come``).
WEEKDAY_TO_COME = "a weekday counted from the post's stamp"
#: How far below its title an article's lead may announce the event (a byline, a date stamp
#: and a dozen tags may stand between them).
_LEAD_LINES = 25


def title_heading(
    headings: list[Fact], lines: list[tuple[str, LexborNode | None]] | None = None
) -> Fact | None:
    """The page's one ``<h1>``; on a page without any, its only heading when that is an
    ``<h2>`` (a blog whose theme heads each post with an h2: „<article><header><h2>DUG im
    Juni</h2>“; under „<h2>Jahrestagungen</h2>“ an h3 names the event); None otherwise.

    A theme that heads the page with its title and a post whose text opens with the same heading
    again („<h1 class="title">Erstkommunion 2024</h1><div class="content"><h1>Erstkommunion
    2024</h1><p>… findet am Sonntag, den 21. April 2024 statt.</p>“) still has one title: the
    last of the h1s that all say the same, the one the post's lead follows.

    A news post whose text, written in Markdown, opens with a heading of its own („# HSG Pinnau
    Saisonabschlussturnier: …“) under the template's title and byline („<h1>Saisonabschluss-
    turnier 2026</h1>“ / „26. März 2026“ / the author) has two that differ: the first, over the
    post's stamp (``lines`` given), is the post's title, the second only heads its text."""
    titles = [heading for heading in headings if heading.where == "h1"]
    if (
        not titles
        and len(headings) == 1
        and (_the_posts_heading(headings[0]) or _classed_as_the_posts_title(headings[0], lines))
    ):
        titles = headings
    if len({" ".join(title.value.casefold().split()) for title in titles}) == 1:
        return titles[-1]
    if len(titles) == 2 and lines is not None and _over_a_byline(lines, titles[0].index):
        return titles[0]
    return None


def _over_a_byline(lines: list[tuple[str, LexborNode | None]], index: int) -> bool:
    """One of the lines right under the heading at ``index`` is only a day with its year: the
    post's stamp, beside its author."""
    below = lines[index + 1 : index + 1 + _BYLINE_LINES] if index >= 0 else []
    return any(_is_stamp(text) for text, _block in below)


def _classed_as_the_posts_title(
    heading: Fact, lines: list[tuple[str, LexborNode | None]] | None
) -> bool:
    """„<h3 class="post-title">Treffen am Pfingstmontag im COWO21</h3>“: a heading of any rank
    that the theme classes as the post's title (its site's <h1> the brand, left out)."""
    if lines is None or not 0 <= heading.index < len(lines):
        return False
    block = lines[heading.index][1]
    return block is not None and bool(_POST_TITLE_CLASS.search(block.attributes.get("class") or ""))


def _the_posts_heading(heading: Fact) -> bool:
    """An ``<h2>``, or the bold line opening a page without headings (``bold_page_heading``)."""
    return heading.where == "h2" or heading.where.endswith(BOLD_HEAD)


def day_announced_in_the_lead(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact]
) -> Fact | None:
    """The sentence of an article's lead that announces its event on a day („Die bundesweite
    Vorbereitungstagung … findet am 11. und 12. Februar im Online-Format statt“, „… veranstaltet
    die Heinrich-Böll-Stiftung … am Samstag, 31. Januar 2015, zwischen 10:00 und 17:00 Uhr im
    Stuttgarter Rathaus ihre diesjährige Jahrestagung“): a news post or blog post about one
    event, whose only day line is the post's publication date. Only under the page's one
    ``<h1>`` (on a page without one, its one ``<h2>``), and only a sentence that invites or says
    the event takes place."""
    title = title_heading(headings, lines)
    if title is None:
        return None
    titles = [title]
    heading_block = lines[title.index][1] if 0 <= title.index < len(lines) else None
    first = titles[0].index + 1
    lead = range(first, min(len(lines), first + _LEAD_LINES))
    for index in lead:
        text, block = lines[index]
        if _in_a_teaser(block, heading_block):
            continue
        sentence = announcing_sentence(text) or _sentence_over_elements(lines, index)
        if sentence is not None:
            where = block.tag if block is not None and block.tag else "text"
            return Fact(sentence, f"{where} below h1, {ANNOUNCING}", index)
    # No sentence invites: the post's report of its event („Die Feuerwehr veranstaltete am
    # Pfingstsonntag einen Frühschoppen.“, „Am vergangenen Samstag und Sonntag feierte …“) —
    # when no other line of the article names a day (a post of two events, „Am Sonntag (17.7.)
    # geht die partizipative Baustelle …“ and „Nächste Woche Donnerstag …“, is a list's to read).
    # (the post's own stamp right under its title — „23. September 2016“ over the author — is
    # no other day of the article)
    stamp = first if first < len(lines) and _is_stamp(lines[first][0]) else -1
    dated = [index for index in article_day_lines(lines) if index != stamp]
    for index in lead:
        text, block = lines[index]
        if _in_a_teaser(block, heading_block):
            continue
        sentence = announcing_sentence(text, reports=True)
        if sentence is not None and any(first <= other != index for other in dated):
            break
        if sentence is not None:
            where = block.tag if block is not None and block.tag else "text"
            return Fact(sentence, f"{where} below h1, {ANNOUNCING}", index)
    # Nor does one report it: one that names the heading's event with its day and clock dates it
    # („… gelten für die Abendvorstellung am 11.03.2015 um 18:30 Uhr“ under „Starlight Express“).
    for index in lead:
        text, block = lines[index]
        if _in_a_teaser(block, heading_block):
            continue
        sentence = sentence_naming(text, titles[0].value)
        if sentence is not None:
            where = block.tag if block is not None and block.tag else "text"
            return Fact(sentence, f"{where} below h1, {ANNOUNCING}", index)
    return None


def _in_a_teaser(block: LexborNode | None, heading: LexborNode | None) -> bool:
    """Whether the line stands in a link to another page that leaves the heading out: a teaser
    card of a list of posts („<a href="/aktuelles/gemeindefest-2024/">… Am 15. Juni 2024 findet
    unser … statt …</a>“ under „<h1>Aktuelles aus der Gemeinde</h1>“) is that post's summary,
    not the lead of the page the heading names. (A card linked as a whole, its heading inside
    the link, is the heading's own.)"""
    node = block
    while node is not None and node.tag not in {"body", "html"}:
        if node.tag == "a":
            href = (node.attributes.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:")):
                return False
            return not _inside(heading, node)
        node = node.parent
    return False


def _inside(node: LexborNode | None, ancestor: LexborNode) -> bool:
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


HEADLESS = "announced by a post without a heading"
#: A post's body stored alone (an HTML fragment a page loads by script): a few paragraphs, no
#: heading, no ``<title>``. A longer headless page is a page of its own, not one post.
# „Wir laden Sie … zum … ein“, „Der Verein lädt … ein“: the hosts' invitation.
_HOSTS_INVITE = lazy_re.compile(r"\b(?:lädt|laden|ladet)\b.{0,200}?\bein\b", re.I)
_FRAGMENT_LINES = 30
_HEADLESS_LEAD = 3  # the greeting and the lead's first paragraphs


def day_announced_by_a_headless_post(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact], *, invitation: bool = False
) -> Fact | None:
    """The sentence of a heading-less post's lead that announces its event („In diesem Jahr wird
    die Jahreshauptversammlung am Samstag, den 18. März 2023 um 20:00 Uhr im DGH … stattfinden.“):
    a news post kept as a bare fragment, whose title the site shows from elsewhere. Only on such
    a short page, in its first lines (a greeting may open it) with no heading above them — the
    headings below head the post's parts („<h3>Tagesordnung</h3>“). ``invitation``: only a
    sentence in which the hosts invite („Wir laden Sie am 20. Februar 2015 zum … ein“) — on a page
    with a <title> but no heading, whose prose may tell other days („Am 06.10. und 13.10. finden
    unsere Schnupperproben statt“ beside the weekly rehearsal)."""
    if len(lines) > _FRAGMENT_LINES:
        return None
    for index in range(min(len(lines), _HEADLESS_LEAD)):
        text, block = lines[index]
        if block is not None and block.tag in HEADING_TAGS:
            return None
        if any(heading.index <= index for heading in headings):
            return None
        sentence = announcing_sentence(text)
        if sentence is not None and (not invitation or _HOSTS_INVITE.search(sentence)):
            where = block.tag if block is not None and block.tag else "text"
            return Fact(sentence, f"{where} {HEADLESS}", index)
    return None


def day_announced_at_the_end(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact]
) -> Fact | None:
    """The sentence closing an article that announces an event on a day („Ein Info- und
    Austauschabend findet am Montag, den 21. Oktober von 19.00 bis 20.00 im Dorfgemeinschaftshaus
    Hoitlingen statt.“ after the tips on the new fibre routers): past the lead, only when it is
    the one line of the page that names a day at all, in the section of the page's first
    heading (the article's; the sidebar's „Sprechzeiten“ follow it)."""
    if not headings:
        return None
    dated = article_day_lines(lines)
    if not dated:
        return _weekday_to_come(lines, headings[0])
    if len(dated) != 1:
        return None
    index = dated[0]
    above = [h for h in headings if h.index < index]
    if not above or above[-1] is not headings[0]:
        return None
    text, block = lines[index]
    heading_block = lines[headings[0].index][1] if 0 <= headings[0].index < len(lines) else None
    sentence = None if _in_a_teaser(block, heading_block) else announcing_sentence(text)
    if sentence is None or _PAST_TELLING.search(sentence):
        return None
    where = block.tag if block is not None and block.tag else "text"
    return Fact(sentence, f"{where} below {headings[0].where}, {ANNOUNCING} (closing)", index)


_ARTICLE_LINES = 80  # an article's paragraphs, not the page's archive below it


def _weekday_to_come(lines: list[tuple[str, LexborNode | None]], heading: Fact) -> Fact | None:
    """A post that names no day in digits or month names, stamped under its heading, whose one
    sentence starts its event on a weekday at a clock („Los geht’s am Mittwoch ab 18 Uhr mit Kim
    als Aufsicht“ under „<h1>Rückkehr der Making Hours</h1>“ / „12 Jun 2021 - Lukas“): that
    weekday, counted from the post's day (the stamp gives it; without one the weekday has
    nothing to count from)."""
    below = lines[heading.index + 1 : heading.index + 1 + _BYLINE_LINES]
    if not any(_is_stamp(text) or _posts_byline(text, block) for text, block in below):
        return None
    found: list[tuple[int, str]] = []
    for index in range(heading.index + 1, min(len(lines), _ARTICLE_LINES)):
        text, block = lines[index]
        if block is not None and block.tag in HEADING_TAGS:
            break  # the article's section ends (a sidebar's „Events:“ or „Öffnungszeiten“)
        sentence = start_on_a_weekday(text)
        if sentence is not None and not _PAST_TELLING.search(sentence):
            found.append((index, sentence))
    if len(found) != 1:
        return None
    index, sentence = found[0]
    block = lines[index][1]
    where = block.tag if block is not None and block.tag else "text"
    return Fact(sentence, f"{where} below {heading.where}, {WEEKDAY_TO_COME}", index)


def article_day_lines(lines: list[tuple[str, LexborNode | None]]) -> list[int]:
    """The indexes of the article's lines (its first ``_ARTICLE_LINES``) that name a day — not
    the post's byline, which names the day it went up."""
    return [
        index
        for index, (text, block) in enumerate(lines[:_ARTICLE_LINES])
        if (match := search_date_phrase(text))
        and names_a_day(match.group(0))
        and not _posts_byline(text, block)
    ]


# „<time datetime="2014-12-10 …"> 10.12.2014</time> von <span class="post-author">Matthias
# Geisler</span> in <a>Mitgliederversammlung</a>“: after the stamp, who wrote the post.
_BY_AUTHOR = lazy_re.compile(r"^\s*(?:von|by)\s+[A-ZÄÖÜ]")


def _posts_byline(text: str, block: LexborNode | None) -> bool:
    """A post's byline: its ``date_to_string`` stamp and author („12 Jun 2021 - Lukas“), or a
    line opening with a ``<time>`` stamp (a day with its year) followed by „von“/„by“ and a name.
    Counted as a day of the article, it hid the one sentence that dates the event („In der 20.
    ordentlichen Mitgliederversammlung 2014, am Mittwoch den 3. Dezember 2014, wurde …“, „Los
    geht’s am Mittwoch ab 18 Uhr“) from the readers that take the article's only dated line."""
    if is_stamp_by_author(text):
        return True
    if " von " not in text and " by " not in text:
        return False  # (cheap: no author named, no <time> to look for)
    in_time = time_element_text(block)
    return (
        in_time is not None
        and text.startswith(in_time)
        and _is_stamp(in_time)
        and _BY_AUTHOR.match(text[len(in_time) :]) is not None
    )


# „fand … statt“, „wurde … eingeladen“: a report of what took place.
_PAST_TELLING = lazy_re.compile(r"\b(?:fand|fanden|wurde|wurden|war|waren)\b", re.I)


_SENTENCE_PARTS = 3  # a sentence set in a paragraph, a bold motto and a paragraph
_SENTENCE_END = lazy_re.compile(r"[.!?]\s*$")
# The verb of „findet … statt“, „lädt … ein“, „beginnt …“ already in the dated line.
_OPENED_VERB = lazy_re.compile(
    r"\b(?:findet|finden|lädt|laden|beginnt|beginnen|startet|starten)\b", re.IGNORECASE
)


def _sentence_over_elements(lines: list[tuple[str, LexborNode | None]], index: int) -> str | None:
    """A lead's announcing sentence set over a few elements („Der 7. Schulball … findet am 25.
    Jänner 2025 unter dem Motto“ <span>Waltz in Wonderland</span> „im Sparkassensaal Wiener
    Neustadt statt.“): a dated line that does not end its sentence, joined with the lines up to
    the one that does. The day must stand in the first line."""
    first = lines[index][0]
    if _SENTENCE_END.search(first) or search_date_phrase(first) is None:
        return None
    if _OPENED_VERB.search(first) is None:
        return None  # („1. September 2021 · Margitta Kupler“: a byline, no sentence begun)
    parts = [first]
    for text, _block in lines[index + 1 : index + _SENTENCE_PARTS]:
        parts.append(text)
        if _SENTENCE_END.search(text):
            return announcing_sentence(" ".join(parts))
    return None


#: How far under its title a post's byline stands („Gepostet am 15 August 2016 | 65 Wörter“).
_BYLINE_LINES = 3


def byline_day(
    lines: list[tuple[str, LexborNode | None]], title_index: int, today: date
) -> str | None:
    """The day a post's byline right under its title says it was published („Gepostet am 15
    August 2016“), as an ISO day; None without one. A yearless or relative day of the post
    („Kochabend am 19. August“, „Am kommenden Freitag“) counts from it, not from the day the page
    was saved years later."""
    if title_index < 0:
        return None
    for text, _block in lines[title_index + 1 : title_index + 1 + _BYLINE_LINES]:
        found = parse_when(text, today=today)
        if found.published is not None and found.start is None:
            return found.published[:10]
    return None


# „[31.10.2025]“, „20. Mai 2013“: a line that is only a day with its year (bracketed or not).
# („Gepostet am 21.04.2018“: the theme's words before the post's day)
_STAMP = lazy_re.compile(
    r"^(?:(?:gepostet|veröffentlicht|erstellt|geschrieben|posted|published)\s+(?:am|on)\s+)?"
    r"\[?\s*(?P<day>[^\[\]]{6,40}?)\s*\]?$",
    re.I,
)


def stamp_under_the_title(
    lines: list[tuple[str, LexborNode | None]], title_index: int, today: date
) -> str | None:
    """The day a post's stamp right under its title gives („<h2>Heute Vereinsgründungstreffen</h2>
    <time>23. September 2016</time><address>SimJoSt</address>“), as an ISO day; None when the
    line below the title is anything else. Like ``stamp_over_the_title``, taken only for an
    event whose day stands further down, in the post's text: the stamp is the post's day, and a
    relative day of the text („findet heute um 19 Uhr … statt“) counts from it."""
    if title_index < 0 or title_index + 1 >= len(lines):
        return None
    text, node = lines[title_index + 1]
    if (stamp := _stamp_day(text, today)) is not None:
        return stamp
    if (by_author := stamp_by_author_day(text)) is not None:
        return by_author.isoformat()  # „12 Jun 2021 - Lukas“
    # „<time>24. September 2022</time> / Ilse Zenisek“: the stamp beside the author
    in_time = time_element_text(node)
    return _stamp_day(in_time, today) if in_time is not None else None


def _is_stamp(line: str) -> bool:
    """The line is only a day with its year (bracketed or not, perhaps after „Gepostet am“):
    „20. Mai 2013“, „[31.10.2025]“."""
    match = _STAMP.match(line.strip())
    return bool(
        match is not None
        and has_year(match["day"])
        and names_a_day(match["day"])
        and DATE_PHRASE.fullmatch(match["day"])
    )


def stamp_day(line: str, today: date) -> str | None:
    """The ISO day of a post's stamp line („9. Dezember 2016“, „[31.10.2025]“): a line that is
    only a day with its year; None for any other line."""
    return _stamp_day(line, today)


def _stamp_day(line: str, today: date) -> str | None:
    """The ISO day of a line that is only a day with its year (bracketed or not), else None."""
    match = _STAMP.match(line.strip())
    if match is None or not _is_stamp(line):
        return None
    found = parse_when(match["day"], today=today)
    if found.start is None or found.precision != "day":
        return None
    return found.start[:10]


def stamp_over_the_title(
    lines: list[tuple[str, LexborNode | None]], title_index: int, today: date
) -> str | None:
    """The day a post's stamp right over its title gives („<time datetime="2013-05-20">20. Mai
    2013</time><h1>Frühschoppen der FF-Waidegg</h1>“, „<p>[07.04.2025]</p><h1>17. Völser
    Radlbörse …</h1>“), as an ISO day; None when the line above the title is anything else.
    The caller takes it only for an event whose day stands below the title, in the post's text:
    the stamp is then the post's day, and a yearless or relative day of the text
    („am Pfingstsonntag“, „Am vergangenen Samstag und Sonntag“) counts from it."""
    if title_index < 1:
        return None
    return _stamp_day(lines[title_index - 1][0], today)
