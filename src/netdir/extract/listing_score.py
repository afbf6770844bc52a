"""How much a candidate group looks like a listing of offerings: heading-like titles of several
words, dated blocks, text beyond the links, distinct targets, its size and where it sits."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_dates import dated_only_by_stamp
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    css_matches,
    names_a_day,
    text_chunks,
)
from netdir.extract.block_titles import block_links
from netdir.extract.bold_in_sentence import TITLE_SOURCE as BOLD_NAME_SOURCE
from netdir.extract.date_cues import (
    DATE_LIKE,
    MONTH_YEAR,
    TIME_LIKE,
    iter_date_phrases,
    sub_date_phrases,
)
from netdir.extract.inline_text import visible_text
from netdir.extract.labelled_abstracts import abstract_length
from netdir.extract.labelled_weekly_lines import labelled_weekly_line
from netdir.extract.list_label_headings import list_label
from netdir.extract.listing_groups import (
    MIN_ITEMS,
    SCORING_SAMPLE,
    Candidate,
    Outline,
    has_link_or_date,
    is_furniture,
)
from netdir.extract.listing_row_context import read_in_context, timed_card_under_a_day
from netdir.extract.prose_announcements import announces_a_day
from netdir.extract.readable_stamps import holds_a_readable_stamp
from netdir.extract.rule_dates import (
    RECURRENCE_BOX_SOURCE,
    RECURRENCE_LINE_SOURCE,
    RULE_HEADING_SOURCE,
    WEEKDAY_CARD_SOURCE,
    WEEKDAY_HABIT_SOURCE,
    WEEKDAY_LABELS_SOURCE,
    WEEKDAY_LINE_SOURCE,
)
from netdir.extract.sentence_item_names import SOURCE as SENTENCE_ITEM_SOURCE
from netdir.extract.spacer_rows import shown_segments
from netdir.extract.start_end_clock_lines import name_before_its_clocks
from netdir.extract.timed_rows_under_a_day import timed_row_under_a_day
from netdir.extract.title_text import is_junk_title
from netdir.extract.weekday_cards import weekday_card_line
from netdir.extract.weekday_month import BY_WEEKDAYS, day_of_row, opens_with_a_clock
from netdir.normalize.when_words import WEEKDAYS, alternation

_MAX_BLOCK_TEXT = 1200  # characters: a long teaser is ~400
_MAX_BLOCK_LINKS = 5
_HEADING_BEFORE = "listing:heading-before"
_COUNT_SLACK = 6  # characters beside an archive link: a post count „ (12)“


def group_score(candidate: Candidate, base_url: str, outline: Outline | None = None) -> float:
    sample = candidate.segments[:SCORING_SAMPLE]
    # judged by the first blocks a reader sees: blank spacer rows between them are no blocks
    seen = shown_segments(candidate.segments, SCORING_SAMPLE)
    useful = sum(1 for segment in seen if any(_useful(node, outline) for node in segment))
    if useful < MIN_ITEMS:  # cheap rejection: most groups on a page are parts of blocks
        candidate.score = 0.0
        return 0.0
    if _fields_of_one_event(sample):
        candidate.score = 0.0
        return 0.0
    candidate.last_day = None
    readings = [read_in_context(segment, base_url, candidate, outline) for segment in sample]
    candidate.readings = readings
    items = _without_own_headings([r for r in readings if is_item(r)])
    if len(items) < MIN_ITEMS:
        candidate.score = 0.0
        return 0.0
    count = len(items)
    repetition = min(1.0, (count - 1) / 5)
    # An empty spacer between the items ("<h3></h3><hr>" after each show) is no block.
    # Nor is a blog's archive of months („Februar 2020“) that shares the list markup with the
    # widget above it: navigation pooled in, not items the group failed to read.
    shown = sum(1 for r in readings if r.text_length and not _month_archive_link(r))
    coverage = count / (shown or 1)
    # A block dated only by its stamp ("zuletzt verändert: …": a folder's file beside its
    # events) neither dates nor undates the list.
    stamped = sum(1 for r in items if r.date_text is None and dated_only_by_stamp(r.sources))
    if 2 * stamped > count:
        # Most blocks dated only by when they were posted: a list of posts (a „read next“
        # slider whose few headlines name a day), whose stamps undate it.
        stamped = 0
    dated = sum(1 for r in items if r.date_text) / max(1, count - stamped)
    candidate.dated_share = dated
    headed = sum(1 for r in items if r.title_from_heading) / count
    words = sum(min(len(_name_words(r.title)), 6) for r in items) / count
    title_quality = max(0.0, min(1.0, (words - 1) / 4))
    text = sum(r.text_length for r in items) or 1
    segment_of = {id(r): s for r, s in zip(readings, sample, strict=True)}
    labels = sum(_label_length(r, segment_of[id(r)]) for r in items)
    textiness = max(0.0, 1 - labels / text)
    junk = sum(1 for r in items if is_junk_title(r.title)) / count
    distinct = len({(r.title, r.url, r.date_text) for r in items}) / count
    score = (
        0.2 * repetition
        + 0.25 * dated
        + 0.15 * headed
        + 0.15 * textiness
        + 0.15 * title_quality
        + 0.1 * coverage
    )
    # Blocks that each hold several dated items are boxes (a month, a day), not items; a block
    # listing only its own days under its heading is one offering's dates (read per day).
    boxes = sum(1 for r in items if _a_box(r)) / count
    size = 1.0 if candidate.dated_boxes else _size_factor(items)
    if size < 1.0:
        size = _size_factor(items, _shown_lengths(sample, readings, items))
    score *= (1 - junk) * distinct * _position_factor(candidate, dated) * size
    score *= 1 - 0.5 * boxes
    candidate.score = round(max(0.0, min(1.0, score)), 3)
    return candidate.score


def link_states_when(reading: BlockReading, segment: list[LexborNode]) -> bool:
    """Whether the block is a list item named by a link that states a day and an hour, the
    link all the item says („<li><a>20.02.2020 20:00 Stammtisch</a></li>“: a party's posts,
    each titled by the meeting it announces). A menu's or a headline's link may name a day; a
    day with its hour is an appointment. (A link inside a row — a council calendar's heading
    link beside the row's place — is the row's name, not the row.)"""
    when = reading.date_text
    return (
        when is not None
        and len(segment) == 1
        and segment[0].tag == "li"
        and reading.sources.get("title", "").endswith(">a")
        # the link is all the item says: its day and hour are the link's own words
        and reading.text_length - reading.link_text_length <= _COUNT_SLACK
        and names_a_day(when)
        and TIME_LIKE.search(when) is not None
    )


def _label_length(reading: BlockReading, segment: list[LexborNode]) -> int:
    """The part of the block's link text that only labels a target: none of a list item's link
    that states a day and an hour (link_states_when) — that link is the item itself, linked."""
    if link_states_when(reading, segment) or _event_link_with_its_clocks(reading, segment):
        return 0
    return reading.link_text_length


def _event_link_with_its_clocks(reading: BlockReading, segment: list[LexborNode]) -> bool:
    """Whether the block is one link of a name and its lone clocks — a calendar widget's day
    list, „<a class="listed-event">Communitytreffen<div><div>7:00 PM</div><div>10:00 PM</div>
    </div></a>“ under „Do<br>12“ —, read with a day and an hour. A menu's, a tag cloud's or a
    pager's links name no hours: such a link is the event itself, linked, and its text is no
    label of a target."""
    if len(segment) != 1 or segment[0].tag != "a" or reading.date_text is None:
        return False
    # only its name and its lone clocks: a card linked as a whole („<a>Altpapiersammlung Ort: …
    # 14. Oktober 2023 um 09:00 Uhr …</a>“) holds its heading, labels and prose, read by parts
    return TIME_LIKE.search(reading.date_text) is not None and (
        name_before_its_clocks(text_chunks(segment)) is not None
    )


def _a_box(reading: BlockReading) -> bool:
    """A block that holds several dated items; or a section whose heading only labels the days
    it lists („<h2>Die nächsten Termine im Repair Café Widdersdorf</h2><ul>…“): that list's rows
    are the items, named by the heading above the label (list_label_headings)."""
    if reading.holds_several and not reading.lists_its_days:
        return True
    return reading.lists_its_days and list_label(reading.title) is not None


# „Start: 20.09.2025 00:00“, „Ende: …“, „Ort: …“, „Veranstalter: …“: a line that opens with a
# short label and its colon.
_FIELD_LINE = lazy_re.compile(r"^(?P<label>[^\W\d_][\w.-]*(?:\s[\w.-]+)?)\s*[:：]\s*\S", re.UNICODE)
_WHEN_LABEL = lazy_re.compile(
    r"^(?:start|ende?|beginn|datum|wann|zeit|uhrzeit|date|when|time)$", re.I
)
_WHERE_LABEL = lazy_re.compile(r"^(?:ort|wo|veranstaltungsort|adresse|location|where|venue)$", re.I)


def _useful(node: LexborNode, outline: Outline | None) -> bool:
    """A block with a link or a date; on a page of one month (``Outline.month``) also a row
    that names its day only by weekday and number („Sa / 18. / Nenad / 19:30 Uhr“) or opens
    with its hours under a day heading („Fr 17.“ / „14:00–22:00 Baltic Beats DJ …“)."""
    if has_link_or_date(node):
        return True
    if outline is not None and timed_card_under_a_day(node, outline):
        return True  # a programme's round: its name, its hours, its day above the cards
    if holds_a_readable_stamp(node):
        return True  # a schedule's slot: <time datetime="December 07T09:00"> 09<span>00</span>
    if outline is not None and timed_row_under_a_day(node, outline):
        return True  # „211 | 16B | Cathkin Rookies | CNP Thunder | 13:00 - 14:30“ under its day
    if weekday_card_line([node]) is not None:
        return True  # a weekly plan's item: its hours and name under a card headed „Montag“
    if labelled_weekly_line([node]) is not None:
        return True  # a card's „Wann: Dienstag & Donnerstag“ and „Uhrzeit: 18:30–20:00 Uhr“
    # Only where the weekdays found the month: a calendar whose caption names it reads its rows
    # by its own grid and cells (a row opening with a clock there is the day above's).
    month = outline.month if outline is not None else None
    if month is None or month.where != BY_WEEKDAYS:
        return False
    chunks = text_chunks([node])
    return day_of_row(chunks, month) is not None or opens_with_a_clock(chunks)


def _fields_of_one_event(sample: list[list[LexborNode]]) -> bool:
    """A list whose every item opens with a different label — a when and a where among them
    („<li>Start: 20.09.2025 00:00</li><li>Ende: 21.09.2025 23:59</li><li>Ort: …</li>
    <li>Veranstalter: …</li>“) — holds one event's fields, not events (a listing's rows repeat
    their labels)."""
    if len(sample) < 3:
        return False
    labels: list[str] = []
    for segment in sample:
        match = _FIELD_LINE.match(" ".join(visible_text(node) for node in segment).strip())
        if match is None:
            return False
        labels.append(match["label"].casefold())
    return (
        len(set(labels)) == len(labels)
        and any(_WHEN_LABEL.match(label) for label in labels)
        and any(_WHERE_LABEL.match(label) for label in labels)
    )


def _name_words(title: str | None) -> list[str]:
    """The words of a title that name something: "Auftritt: 14.02.2024 | 20:00" (a heading
    that only dates its block under a label) has one, its date and time are no name."""
    if not title:
        return []
    if not any(map(str.isdigit, title)):
        return title.split()
    rest = TIME_LIKE.sub(" ", sub_date_phrases(title))
    return [word for word in rest.split() if any(map(str.isalnum, word))]


def _without_own_headings(items: list[BlockReading]) -> list[BlockReading]:
    """A section heading titles the several rows below it. Blocks that each borrow a different
    heading are parts of cards (the date field under each card's title), not items."""
    borrowed = [r.title for r in items if r.sources.get("title") == _HEADING_BEFORE]
    if len(borrowed) < 2 or len(set(borrowed)) < len(borrowed):
        return items
    return [r for r in items if r.sources.get("title") != _HEADING_BEFORE]


def is_item(reading: BlockReading) -> bool:
    """A block that names an offering: a title and a link, or a title and a leading date
    (calendars and timetables list dated rows without links)."""
    if not reading.title or _undecided(reading.title):
        return False
    if _icon_under_a_heading(reading):
        return False
    if reading.url is not None:
        return not _month_archive_link(reading)
    # Unlinked, the row must state a day: "Oktober 2026" is a month switcher, not an item —
    # or a timed rule line of its own ("jeden Freitag: 14 Uhr", "täglich: 11 Uhr"): a
    # recurring offer ("Jeden Samstag am Wuchemärt" without a clock only says where a series
    # shows up).
    if reading.title_from_heading and _prose_names_a_day(reading.description):
        # "<h4>VIRUS!</h4><p>Internationales Symposium … in Bonn, 17.-19.1.2002. Konzeption und
        # Organisation …</p>": a heading over a paragraph that says what it was, where and then
        # when. That day dates the record as it dates the linked headings beside it; without a
        # link the block is still one offering.
        return True
    if reading.title_from_heading and announces_a_day(reading.description):
        # „<h4>Halloween-Party auf dem Sportplatz in Schönow</h4><p>… laden am Dienstag, den 31.
        # Oktober 2023, … von 16 – 21 Uhr zu einer … Party … ein.</p>“: a news article's tip
        # whose sentence invites to its day (a day in a sentence alone is news told in prose).
        return True
    if reading.title_from_heading and _prose_states_its_rule(reading.description):
        # "<h3>Minor Swing</h3> … <p>… Jeden Mittwoch ab 19:30 Uhr findet der Minor Swing im
        # Noels Ballroom statt.</p>": the weekly evening the heading names; its linked
        # neighbours were records, the unlinked section was none.
        return True
    if reading.date_text is None:
        return False
    if reading.sources.get("date_text") == RULE_HEADING_SOURCE:
        # „<h3>Jeden Sonntag während des Gottesdienstes:</h3><p>Kindergottesdienst …</p>“: the
        # rule's heading over the offering's name, a weekly offering as the habit card below.
        return True
    if reading.sources.get("date_text") == WEEKDAY_HABIT_SOURCE:
        # „<p class="bezeichnung">In/Outdoor Spielplatz</p> … <p>Freitags</p>“: a named card
        # whose day line is a weekday habit is a weekly offering, with or without its clock.
        return reading.title_from_heading or TIME_LIKE.search(reading.date_text) is not None
    if reading.sources.get("date_text") in (
        RECURRENCE_LINE_SOURCE,
        RECURRENCE_BOX_SOURCE,
        WEEKDAY_LINE_SOURCE,
        WEEKDAY_CARD_SOURCE,
        WEEKDAY_LABELS_SOURCE,
    ):
        return TIME_LIKE.search(reading.date_text) is not None
    if reading.sources.get("title") == SENTENCE_ITEM_SOURCE:
        # „Die Mitgliederversammlung der DVCS wird … am Samstag, den 25. November … stattfinden.“:
        # a list item of one sentence that names its event and its day
        return names_a_day(reading.date_text)
    if reading.sources.get("title") == BOLD_NAME_SOURCE:
        # „Der <strong>Jugendgottesdienst</strong> am Freitag, dem 28. August, findet um 20 Uhr
        # … statt.“: a sentence that names its event in bold and its day in its prose.
        return names_a_day(reading.date_text)
    if reading.date_leads:
        return names_a_day(reading.date_text)
    # „Der gemeinsame 70. Bundeskongress von BVÖGD und BZÖG findet vom 23. bis 25. April 2020 in
    # Saarbrücken statt.“: a short paragraph whose sentence says its event takes place that day
    # names the event (news told in prose says what happened, it invites to nothing).
    return (
        reading.text_length <= _ANNOUNCING_CHARS
        and names_a_day(reading.date_text)
        and _ANNOUNCED_EVENT.match((reading.description or reading.title or "").strip()) is not None
    )


# A paragraph of an announcement or two, not an article of prose.
_ANNOUNCING_CHARS = 320
# „Der gemeinsame 70. Bundeskongress … findet vom … statt“, „Die Mitgliederversammlung findet
# am … statt“: the paragraph opens with its event as the subject that takes place (a dot only
# after a number or a letter: „Die 5. Nationale Impfkonferenz“, „… e.V. (GHUP) in Kassel
# statt“). Invitations in running prose („Darum laden wir … ein“, „Das Fest beginnt am …“) tell
# an event page's story, not a list's entry.
_NO_SENTENCE_END = r"(?:[^.!?]|(?<=\d)\.|(?<=\b\w)\.)"  # („e.V.“: an abbreviation's dots)
# („Save the Date: Am Samstag, den 12.11. 10-14 Uhr findet unser nächstes Bündnistreffen statt.“:
# the day first, the verb, then the event as its subject — the same announcement, the words
# turned round as German turns them after a day; an announcing label may stand before it.)
_ANNOUNCED_EVENT = lazy_re.compile(
    rf"(?:der|die|das|unser|unsere)\s{_NO_SENTENCE_END}{{2,160}}?\s(?:findet|finden)\s"
    rf"{_NO_SENTENCE_END}*?\bstatt\b"
    rf"|(?:(?:save\sthe\sdate|einladung|hinweis|termin)\s?:\s?)?am\s{_NO_SENTENCE_END}{{2,80}}?"
    rf"\s(?:findet|finden)\s(?:der|die|das|unser|unsere)\s{_NO_SENTENCE_END}*?\bstatt\b",
    re.I,
)


def _icon_under_a_heading(reading: BlockReading) -> bool:
    """A block that shows no text at all and is titled only by the heading above it: an icon
    link beside a row — SessionNet's „Termin übernehmen“ calendar button (`<a title="Termin
    übernehmen: 24.09.2026 Kulturausschuss"><i class="smc-calendar-add"></i></a>`), a
    download icon. It names nothing of its own; the row it sits in names the offering."""
    return reading.text_length == 0 and reading.sources.get("title") == _HEADING_BEFORE


def _month_archive_link(reading: BlockReading) -> bool:
    """A blog's archive widget: „<h3>Archive</h3><ul><li><a>September 2019</a> (1)“ — a link
    whose text is only a month (that month's posts), named by the widget's heading. A month
    names no day to attend; an event's own link names the event."""
    if (
        reading.sources.get("title") != "listing:heading-before"
        or reading.date_text is None
        or MONTH_YEAR.fullmatch(reading.date_text.strip()) is None
    ):
        return False
    source = reading.sources.get("date_text")
    # The month read from the link itself, or from its list item when the link is all the item
    # says („<li><a href="/2020/02/">Februar 2020</a></li>“, WordPress' archive widget; a post
    # count „(3)“ at most beside it).
    return source == "listing:a" or (
        source == "listing:li" and reading.text_length - reading.link_text_length <= _COUNT_SLACK
    )


def _prose_names_a_day(text: str | None) -> bool:
    """A description whose sentence closes on its day as its last comma part, as a programme
    or a list of one's conferences states it ("… Universität Bonn, 4.-6.10.2006. Konzeption …").
    A day inside a sentence ("the residents met on October 3, 2026 and talked about parking")
    is news told in prose, not the block's date."""
    if text is None:
        return False
    for match in iter_date_phrases(text):
        phrase = match.group(0)
        if not names_a_day(phrase) or not text[: match.start()].rstrip().endswith(","):
            continue
        after = text[match.end() :].lstrip()
        if phrase.endswith(".") or not after or after[0] in ".;":
            return True
    return False


# „Jeden Mittwoch ab 19:30 Uhr findet der Minor Swing … statt“, „Wir proben jeden Montag um
# 18:45 Uhr …“: a weekday rule with its clock in the sentence that says the event takes place.
# „Noch Fragen? Jeden Dienstag ab 19:00 Uhr im Pfadfinderheim oder einfach anrufen“ says when
# to ask, and stays no item.
_PROSE_RULE = lazy_re.compile(
    r"\b(?:jeden|jede|immer)\s+(?:\d\.\s+)?"
    rf"(?:{alternation(WEEKDAYS)})\w*"
    r"[^.!?]{0,40}?\b\d{1,2}(?:[:.]\d{2})?\s*Uhr[^.!?]*?\b(?:statt|proben|treffen)\b",
    re.I,
)


def _prose_states_its_rule(text: str | None) -> bool:
    """A description whose sentence says the event takes place on a weekday at a clock."""
    return text is not None and _PROSE_RULE.search(text) is not None


# "21.04. oder 29.04. erste Ausfahrt": the day is not decided yet, the line names two.
_OR_ANOTHER_DAY = lazy_re.compile(r"^(?:oder|or)\s+", re.I)


def _undecided(title: str) -> bool:
    """A title left after the row's day that opens with "oder" and another day."""
    match = _OR_ANOTHER_DAY.match(title)
    return match is not None and DATE_LIKE.match(title, match.end()) is not None


def _size_factor(items: list[BlockReading], lengths: list[int] | None = None) -> float:
    """Whole page sections (``body > div``) repeat too, but an offering's block is small."""
    lengths = lengths if lengths is not None else [r.text_length for r in items]
    mean_text = sum(lengths) / len(items)
    mean_links = sum(r.link_count for r in items) / len(items)
    return (0.5 if mean_text > _MAX_BLOCK_TEXT else 1.0) * (
        0.5 if mean_links > _MAX_BLOCK_LINKS else 1.0
    )


def _shown_lengths(
    sample: list[list[LexborNode]], readings: list[BlockReading], items: list[BlockReading]
) -> list[int]:
    """Each item's text as a reader first sees it: a programme's session shows its time, name
    and room, its abstract and the speakers' bios fold out only when clicked (Bootstrap's
    ``collapse``, a closed ``<details>``) or follow their label (``labelled_abstracts``). A page
    section is long in what it shows."""
    wanted = {id(reading) for reading in items}
    lengths: list[int] = []
    for segment, reading in zip(sample, readings, strict=True):
        if id(reading) not in wanted:
            continue
        whole = hidden = 0
        for block in segment:
            folded = css_matches(block, _FOLDED)
            ids = {node.mem_id for node in folded}
            text = visible_text(block)
            whole += len(text)
            # An abstract written out after its label („Abstract: …“) is read like a folded
            # one: only by who chose the talk (labelled_abstracts).
            hidden += max(
                sum(len(visible_text(node)) for node in folded if not _inside(node, block, ids)),
                abstract_length(text),
            )
        # The block's length as scoring measures it, less the share folded away.
        shown = reading.text_length * (whole - hidden) / whole if whole else reading.text_length
        lengths.append(max(0, round(shown)))
    return lengths


# Folded until the reader opens it: Bootstrap's collapse (shown once it has "in"/"show").
_FOLDED = ".collapse:not(.in):not(.show), details:not([open]) > :not(summary)"


def _inside(node: LexborNode, block: LexborNode, ids: set[int]) -> bool:
    """Counted once: a folded element inside another folded one (``ids``) of ``block``."""
    parent = node.parent
    while parent is not None and parent.mem_id != block.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _position_factor(candidate: Candidate, dated: float) -> float:
    """Menus, footers, tag clouds and breadcrumbs live in furniture; listings do not.

    Furniture around the group marks it as a whole; furniture blocks inside it (``body > div``
    where the divs are header, main and footer) mark a group of page sections. A group whose
    blocks are nearly all dated is no menu, whatever its wrapper is called (page builders
    call every content box a "widget").
    """
    if candidate.in_furniture:
        return 0.7 if dated >= 0.8 else 0.25
    blocks = [segment[0] for segment in candidate.segments]
    furniture_share = sum(1 for block in blocks if is_furniture(block)) / len(blocks)
    return 1.0 - 0.75 * furniture_share


#: At most this share of a list of linked headlines names a day for it to be news, not a
#: programme whose undated items are offerings too ("Wann: Auf Anfrage").
_FEW_DATED_HEADLINES = 0.25
_MIN_HEADLINES = 4


def headlines_naming_a_few_days(candidate: Candidate) -> bool:
    """A municipality's news list: linked headlines, a few of which name a day in their own
    words („Einladung zur Gemeinderatssitzung am Mittwoch, 14. August 2013“) beside many
    that name none („Neues Adressbuch“, „Feststellung der Jahresrechnung 2012“). The dated
    ones invite to something; the undated ones are news, no offerings."""
    readings = candidate.readings
    if len(readings) < _MIN_HEADLINES or not 0 < candidate.dated_share <= _FEW_DATED_HEADLINES:
        return False
    pairs = list(zip(readings, candidate.segments, strict=False))
    if any(reading.url is None for reading, _ in pairs if reading.title):
        return False
    return all(
        any(reading.date_text in text for _, text, _ in block_links(segment))
        for reading, segment in pairs
        if reading.date_text
    )
