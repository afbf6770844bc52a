"""A page about one event (a meeting's page, an event's detail page) read as one record.

Such pages state their event as label/value pairs ("Termin:" / "Di, 29.09.2026 16:30 Uhr",
"Ort: Rathaus", a header row "DATUM | ORT | GREMIUM" above its values) or as a heading with the
date in or right under it ("Sitzung Rat am 03.09.2026"). The reader walks the page's lines once
(furniture left out), pairs labels with values, and builds one record when it finds a day
named as the event's: a labelled date, or a date in or right below the heading that titles it.
A page that states its days only as ``<time datetime>`` elements (one event on several days)
gives one record per day. Without a heading the ``<title>`` (without the site's name) names
the event; a ``<title>`` that holds the day names it before a committee label does.

This module decides the order and builds the record; the readers are ``event_page_labels``
(label/value pairs), ``event_page_dates`` (a day in or under the heading, ``<time>`` elements)
and ``event_page_titles`` (the event's name and place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as calendar_day

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.acronym_names import spelt_out
from netdir.extract.announced_bold_name import bold_name_announcing
from netdir.extract.announced_name import announced_name, extra_date_name, headless_post_name
from netdir.extract.announcing_headings import (
    announced_online,
    announced_subject,
    sentence_subject,
)
from netdir.extract.block_places import invited_place, stated_place
from netdir.extract.block_text import HEADING_TAGS, names_a_day, node_text, text_lines
from netdir.extract.bold_labels import bold_labels_apart
from netdir.extract.bold_page_heading import bold_opening_heading
from netdir.extract.clocked_day_again import day_again_with_its_clock
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, TIME_LIKE
from netdir.extract.date_heading_over_name import (
    date_heading_over_the_name,
    dateline_over_the_name,
)
from netdir.extract.dated_heading_rests import place_after_the_day
from netdir.extract.dated_sentence_subject import subject_naming_the_page
from netdir.extract.day_beside_labels import day_beside_the_labels
from netdir.extract.edition_subjects import edition_subject
from netdir.extract.entry_calls import event_the_call_is_for
from netdir.extract.event_page_dates import (
    ANNOUNCING,
    HEADLESS,
    WEEKDAY_TO_COME,
    bracketed_venue_and_day,
    byline_day,
    date_under_a_heading,
    dateline_under_a_heading,
    day_announced_at_the_end,
    day_announced_by_a_headless_post,
    day_announced_in_the_lead,
    is_article_header,
    is_event_header,
    stamp_over_the_title,
    stamp_under_the_title,
    time_elements,
    title_heading,
    venue_before_the_days,
    with_open_end,
    with_run_below,
)
from netdir.extract.event_page_labels import (
    EXTRACTOR,
    MAX_LINES,
    Fact,
    facts_by_label,
    label_lines_apart,
    labelled_header,
    time_below,
    with_continuation,
)
from netdir.extract.event_page_titles import (
    dashed_place,
    event_of_the_materials,
    event_title,
    has_generic_heading,
    heads_a_site_part,
    page_headings,
    place_after_the_date,
    place_by_markup,
    place_in_the_dated_heading,
    site_name,
    spelled_out,
    title_from_document,
    title_with_its_date,
)
from netdir.extract.follow_up_parts import FollowUp, follow_up_part
from netdir.extract.greeting_headings import is_greeting, name_in_the_dated_sentence
from netdir.extract.heading_venue_before_day import (
    name_and_venue_before_the_day,
    strip_the_venue,
    without_the_day_before_the_town,
)
from netdir.extract.icon_facts import the_other_fact
from netdir.extract.image_headings import name_headings_by_their_image
from netdir.extract.labelled_length import with_labelled_end, with_length_end
from netdir.extract.language_twins import drop_translations
from netdir.extract.lead_in_venue import venue_after_its_lead_in
from netdir.extract.lead_sentence import names_only_the_list, names_the_next_meeting, page_name
from netdir.extract.list_label_headings import list_label
from netdir.extract.meta_line import MetaParts, meta_line_opening_the_page, meta_parts
from netdir.extract.name_given_in_text import name_given_in_the_text
from netdir.extract.next_one_named import next_one_named
from netdir.extract.online_mentions import held_online
from netdir.extract.pin_lines import line_beside_a_pin
from netdir.extract.place_for_each import place_for_each
from netdir.extract.place_lines import is_address, names_a_place
from netdir.extract.plural_weekdays import opens_with_listed_weekdays
from netdir.extract.prose_announcements import day_in_words
from netdir.extract.prose_day_sentences import ToldEvent, events_of_the_sentences
from netdir.extract.prose_start import place_in_prose, start_in_prose, venue_after_the_clock
from netdir.extract.repeated_day_end import (
    clock_beside_the_day_again,
    clock_told_again_in_a_sentence,
    end_told_again,
    hours_told_again,
)
from netdir.extract.reported_day import (
    REPORTED,
    day_naming_the_heading,
    event_name,
    name_over_a_report_heading,
    room_after_the_day,
)
from netdir.extract.reported_headlines import tells_what_happened
from netdir.extract.reported_places import DAY_LINES, place_of_the_reported_day
from netdir.extract.run_day_parts import RunPart, parts_of_the_run
from netdir.extract.run_under_its_name import name_over_the_run, run_opening_the_page
from netdir.extract.sentence_ends import first_full_stop
from netdir.extract.sentence_places import with_the_named_town
from netdir.extract.separated_heading_parts import name_before_the_day_part
from netdir.extract.site_title_names import SOURCE as SITE_TITLE
from netdir.extract.site_title_names import name_of_the_programmes_site, site_title
from netdir.extract.slogan_headings import bold_name_in_the_day_line
from netdir.extract.sole_date_line import SoleEvent, sole_dated_line
from netdir.extract.start_clock_place import place_after_the_start_clock
from netdir.extract.stream_after_the_day import stream_after_the_day
from netdir.extract.title_clocks import name_and_clock
from netdir.extract.title_place_tails import name_without_its_place
from netdir.extract.title_text import (
    named_invitation,
    title_in_text,
    without_call_or_schedule,
    without_invitation_lead,
)
from netdir.extract.town_adjective_names import town_of_the_name, town_the_sentence_names
from netdir.extract.venue_headings import heading_is_the_venue
from netdir.extract.we_meet_headings import meeting_the_heading_tells
from netdir.extract.welcome_names import name_in_a_welcome
from netdir.extract.where_questions import answer_to_where
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import day_list
from netdir.records import RawRecord

CONFIDENCE = 0.6
_OPENING_META = "meta line opening a page without h1"
_ONE_LINE = "line below the event's name"  # the sole dated line of a programme page
_FURNITURE = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]"


_Lines = list[tuple[str, LexborNode | None]]


@dataclass(frozen=True, slots=True)
class _EventPage:
    """The page as every step of the reading sees it: its readable lines, the facts its labels
    give (a step may add one: ``facts`` is the page's one dict), its headings and ``<title>``."""

    tree: LexborHTMLParser
    context: PageContext
    lines: _Lines
    facts: dict[str, Fact]
    headings: list[Fact]
    document_title: str | None


@dataclass
class _PageDay:
    """The fact that dates the page's event, and what stated it besides: the one dated line of
    a generic page (its name and place), the meta line that opens a page without h1."""

    date: Fact | None
    sole: SoleEvent | None = None
    opening_parts: MetaParts | None = None


def extract_event_page(
    tree: LexborHTMLParser,
    context: PageContext,
    *,
    labelled_only: bool = False,
    sole_labelled: bool = False,
) -> list[RawRecord]:
    """One record for a page about one event (one per day when it states several machine-
    readable days); [] for any other page. ``labelled_only``: only a labelled date ("Termin:")
    counts, for a page that also lists dated teasers. ``sole_labelled``: only a page whose
    header names its event and its one date by labels ("Sitzung:" / "Termin:", a date label
    nowhere else) — a meeting's page whose agenda documents look like a dated list."""
    labelled_only = labelled_only or sole_labelled
    body = tree.body
    if body is None:
        return []
    document_title = title_from_document(tree)
    site_name_in_header = site_title(tree)  # (before the header leaves the tree)
    lines = _readable_lines(tree, body)
    facts = facts_by_label(lines)
    if sole_labelled and not labelled_header(lines, facts):
        return []
    page = _EventPage(
        tree=tree,
        context=context,
        lines=lines,
        facts=facts,
        headings=_headings(tree, context, lines, document_title),
        document_title=document_title,
    )
    found = _the_day(page, labelled_only=labelled_only, sole_labelled=sole_labelled)
    date, sole = found.date, found.sole
    occurrences: list[tuple[str, str | None]] = []
    if (date is None or not _names_its_day(date)) and not labelled_only:
        occurrences = time_elements(body, context.fetched_at.date())
        if not occurrences:
            return []
        date = None
    elif date is None or not _names_its_day(date):
        return []
    if date is not None and 0 <= date.index < len(lines) and date.where != _ONE_LINE:
        told = events_of_the_sentences(lines[date.index][0])
        if told:
            # „Am 23. April wählte die Gruppenleiterrunde … auf dem Kommunionselternabend am 25.
            # April im Pfarrheim … Die erste Gruppenstunde findet Freitag, 26. Mai … statt!“
            each = _place_for_each_told(lines, date.index)
            return [_told_record(context, event, date, each) for event in told]
    title = _the_name(page, date, sole)
    if title is None:
        return []
    if date is not None and date.index == title.index and tells_what_happened(title.value):
        return []  # „<h1>Was am 13. Mai gesagt wurde</h1>“: the page reports that day
    title = _named_in_the_day_line(title, date, lines)
    if (given := name_given_in_the_text(lines)) is not None and given != title.value:
        # „Freifunk Darmstadt feiert 1000 … Nutzer“ over „… laden wir, unter dem Namen „Freifunk
        # 1k300 Lounge“ zu einem Abend … ein“: the name the text gives, not the news heading
        title = Fact(given, f"{title.where} (the name the text gives)", title.index)
    # „<h3>Nichts zu verbergen? Wie langweilig.</h3>“ over „Am <b>13. April 2016</b> … unsere
    # <b>Cryptoparty</b>.“: the slogan asks, the day's sentence names the event
    if (
        date is not None
        and 0 <= date.index < len(lines)
        and date.index != title.index
        and (bold := bold_name_in_the_day_line(title.value, lines[date.index][1])) is not None
    ):
        title = Fact(bold, f"{date.where} (the bold name under the slogan)", date.index)
    if (meeting := meeting_the_heading_tells(title.value)) is not None:
        # „<h3>Wir treffen uns im Schlossgarten!</h3>“: the meeting there, not „Wir … uns“
        title = Fact(meeting, f"{title.where} (the meeting it tells of)", title.index)
    title = _the_groups_meeting(title, document_title, body)
    if (
        date is not None
        and date.index != title.index
        and (next_one := next_one_named(title.value, date.value, context.fetched_at.date()))
    ):
        # „<h1>PyGraz-Stammtisch im Juni 2011</h1>“ … „der nächste Python-Graz-Stammtisch … am
        # 5. Juli 2011“: the heading dates June's meeting, the sentence names July's
        title = Fact(next_one, f"{date.where} (the next one it names)", date.index)
    # "Sonntag, 15.02.2026 · 14:00 Uhr · Volkshaus Langenwang" under the h1: its hours and its
    # place are parts of the date's own line.
    meta = meta_parts(lines[date.index][0]) if date is not None and date.index >= 0 else None
    meta = found.opening_parts or meta
    place = _the_place(page, date, title, sole, meta)
    if place is None and title.where.endswith(_DAY_LINE_NAME):
        place = _address_after_the_name(lines, title)
    place_text = with_continuation(lines, place) if place is not None else None
    if place is not None and place.where.endswith(_VENUE_BEFORE_ITS_DAY):
        # („… im Traumtänzer“: the name ends before where it is held)
        title = _without_the_venue(title, place.value)
    elif place is not None and (named := without_the_day_before_the_town(title.value, place.value)):
        # „<title>AEET – Symposion am 20. Februar 2026 in Wangels</title>“: the town stays in
        # the name, the day leaves it
        title = Fact(named, f"{title.where} (without its day)", title.index)
    elif place is not None and (named := name_without_its_place(title.value, place.value)):
        # „37. Südthüringer Literaturwerkstatt in Rohr“ held at „Hotel zum Kloster Rohr“
        title = Fact(named, f"{title.where} (without its place)", title.index)
    if (named := without_call_or_schedule(title.value)) != title.value:
        # (after the place: a date line under the heading is found by the heading's own words)
        title = Fact(named, f"{title.where} (without its call or schedule)", title.index)
    if (parts_name := name_before_the_day_part(title.value)) is not None:
        # „OpenCityCamp 2014 · Samstag, 29. November 2014 · 10.00–21.00 Uhr · Literaturhaus …“
        title = Fact(parts_name, f"{title.where} (the parts before its day)", title.index)
    if (site := name_of_the_programmes_site(title.value, site_name_in_header)) is not None:
        # „<a class="site-title">Quantitative Systems Biology 2017 (November 3rd)</a>“ over
        # „<h1>Programme</h1>“: the site names the event whose programme the page is
        title = Fact(site, f"{title.where}{SITE_TITLE}", title.index)
    if date is None:
        return [
            _record(context, title, place, place_text, start=start, end=end)
            for start, end in occurrences
        ]
    date_text, title = _timed_date_text(page, date, meta, title)
    date_text, where, place, place_text = _told_again(page, date, date_text, place, place_text)
    published, stamped = byline_day(lines, title.index, context.fetched_at.date()), "byline"
    if published is None:
        published, stamped = _stamp_of_the_post(page, date, title), "the post's stamp by its title"
    days = _separate_days(date, date_text)
    records: list[RawRecord] = []
    for day in days or [date_text]:
        record = _record(context, title, place, place_text)
        source = f"{EXTRACTOR}:{where}" if days is None else f"{EXTRACTOR}:{where} (one listed day)"
        set_field(record, "date_text", day, source)
        set_field(record, "published", published, f"{EXTRACTOR}:{stamped}")
        records.append(record)
    if days is None and (part := follow_up_part([t for t, _ in lines], date.index, date_text)):
        # „Zum Abschluss zeigen wir ab 16:30 Uhr … den Film „Ernte teilen““: an offering of its own
        records.append(_follow_up_record(context, part))
    if days is None:
        # „Vom Do., 26 Mai bis So., 29 Mai … Gulaschprogrammiernacht“ over „… findet am Freitag
        # den 27. Mai unser Antennenbau Workshop statt“: the parts on the run's single days
        texts = [text for text, _ in lines]
        for run_part in parts_of_the_run(texts, date.index, date_text, context.fetched_at.date()):
            records.append(_run_part_record(context, run_part))
    return records


def _run_part_record(context: PageContext, part: RunPart) -> RawRecord:
    where = "sentence naming a part on one day of the run"
    place = Fact(part.place, where, part.index) if part.place else None
    record = _record(context, Fact(part.title, where, part.index), place, part.place)
    set_field(record, "date_text", part.date_text, f"{EXTRACTOR}:{where}")
    return record


def _without_the_venue(title: Fact, venue: str) -> Fact:
    """The title without the „im <venue>“ its heading ends on, once the day is cut off."""
    name = strip_the_venue(title.value, venue)
    return (
        title
        if name == title.value
        else Fact(name, f"{title.where} (without its venue)", title.index)
    )


def _stamp_of_the_post(page: _EventPage, date: Fact, title: Fact) -> str | None:
    """The post's stamp over its title heading, when the event's day stands below that heading
    (in the post's text): the day a yearless or relative day of the text counts from."""
    # (by its line: the name may have lost its day word or venue since — „Heute …“)
    heading = next(
        (h for h in page.headings if h.value == title.value or h.index == title.index), None
    )
    if heading is None or not heading.where.startswith("h") or date.index <= heading.index:
        return None
    today = page.context.fetched_at.date()
    above = stamp_over_the_title(page.lines, heading.index, today)
    if above is not None or date.index <= heading.index + 1:
        return above
    # („<h2>Heute Vereinsgründungstreffen</h2>“ over „23. September 2016“, the day of the post's
    # „findet heute um 19 Uhr … statt“ further down)
    return stamp_under_the_title(page.lines, heading.index, today)


def _names_its_day(date: Fact) -> bool:
    """The fact names a day: in digits or month names, or — in a sentence that announces or
    reports the event — as a holiday or a weekday counted from the post's day („veranstaltete am
    Pfingstsonntag einen Frühschoppen“)."""
    return (
        names_a_day(date.value)
        or (date.where.endswith(ANNOUNCING) and day_in_words(date.value))
        or date.where.endswith(WEEKDAY_TO_COME)
    )


def _told_again(
    page: _EventPage, date: Fact, date_text: str, place: Fact | None, place_text: str | None
) -> tuple[str, str, Fact | None, str | None]:
    """The day's text completed by what the page tells of it further down — its end or hours
    told again, its clock beside the day again (with the venue tile after it), its labelled
    length — with where that was read, and the place a tile gave."""
    lines, today, where = page.lines, page.context.fetched_at.date(), date.where
    if (again := end_told_again(lines, date.index, date_text, today)) is not None:
        date_text, where = again, f"{where} (its end told again below)"
    elif (again := hours_told_again(lines, date.index, date_text, today)) is not None:
        date_text, where = again, f"{where} (its days told again below with their hours)"
    elif (tiles := clock_beside_the_day_again(lines, date.index, date_text, today)) is not None:
        date_text, where = tiles[0], f"{where} (its day told again below beside its clock)"
        if place is None and tiles[1] is not None:
            place = Fact(tiles[1], "tile after the clock", date.index)
            place_text = tiles[1]
    elif (told := clock_told_again_in_a_sentence(lines, date.index, date_text, today)) is not None:
        date_text, where = told, f"{where} (its day told again in a sentence with its clock)"
        # („… wird am 2018-11-15 um 18:00 Uhr bei FLYACTS stattfinden“: the host after the clock)
        if place is None and (invited := stated_place([told]) or venue_after_the_clock(told)):
            place = Fact(invited, "the sentence that tells its clock", date.index)
            place_text = invited
    length, end = page.facts.get("length"), page.facts.get("end")
    if (ending := with_labelled_end(date_text, end.value if end else None, today)) is not None:
        date_text, where = ending, f"{where} + its labelled end"
    elif (
        lasting := with_length_end(date_text, length.value if length else None, today)
    ) is not None:
        date_text, where = lasting, f"{where} + its labelled length"
    return date_text, where, place, place_text


def _follow_up_record(context: PageContext, part: FollowUp) -> RawRecord:
    where = "sentence naming what closes the day"
    place = Fact(part.place, where, part.index) if part.place else None
    record = _record(context, Fact(part.title, where, part.index), place, part.place)
    set_field(record, "date_text", part.date_text, f"{EXTRACTOR}:{where}")
    return record


def _named_in_the_day_line(
    title: Fact, date: Fact | None, lines: list[tuple[str, LexborNode | None]]
) -> Fact:
    """„<h2>Die nächsten Termine</h2><ul><li>9+10.9.2026 Tage der Nachhaltigkeit. Am Weg
    zwischen der Joseph-Stelzmann-Straße 9a und 9b, …</li></ul>“: the heading only labels the
    list; the one row's words after its day, up to the first full stop, name the event."""
    if date is None or date.index < 0:
        return title
    if not (names_only_the_list(title.value) or list_label(title.value)):
        if not _under_a_list_label(lines, date.index):
            return title
        # „<h1>Committee members</h1>“ in the sidebar, „<h1>Events</h1>“ over „<ul><li><a>09 Jan
        # 2017 Assessing Uncertainty in Premature Mortality …</a><p>excerpt</p></li></ul>“: the
        # heading right above the one row only labels the list; the row's link names its event
        if (linked := _name_in_the_day_link(lines[date.index][1])) is not None:
            return Fact(linked, f"{date.where}{_DAY_LINK_NAME}", date.index)
        return title
    line = lines[date.index][0].strip()
    match = DATE_PHRASE.match(line)
    if match is None:
        return title
    rest = line[match.end() :].strip(" ,:–-")
    stop = first_full_stop(rest)
    name = (rest[:stop] if stop >= 0 else rest).strip()
    if (
        not name
        or not name[0].isupper()
        or len(name.split()) > _DAY_LINE_NAME_WORDS
        or DATE_LIKE.search(name)
        or TIME_LIKE.search(name)
    ):
        return title
    return Fact(name, f"{date.where}{_DAY_LINE_NAME}", date.index)


_DAY_LINE_NAME_WORDS = 8  # a name, not a sentence
_DAY_LINK_NAME = " (the name after the day in the row's link, under the list's label)"
_DAY_LINK_NAME_WORDS = 16  # a talk's title, not an excerpt


def _under_a_list_label(lines: list[tuple[str, LexborNode | None]], index: int) -> bool:
    """The nearest heading above line ``index`` only labels a list („Events“, „Termine“)."""
    for text, block in reversed(lines[:index]):
        if block is not None and block.tag in HEADING_TAGS:
            return names_only_the_list(text) or list_label(text) is not None
    return False


def _name_in_the_day_link(block: LexborNode | None) -> str | None:
    """The words after the day in the block's first link, when the link opens with the day."""
    link = block.css_first("a[href]") if block is not None else None
    text = " ".join((node_text(link) or "").split()) if link is not None else ""
    match = DATE_PHRASE.match(text)
    if match is None:
        return None
    name = text[match.end() :].strip(" ,:–-")
    if not name or not name[0].isupper() or len(name.split()) > _DAY_LINK_NAME_WORDS:
        return None
    return None if DATE_LIKE.search(name) or TIME_LIKE.search(name) else name


_CLOSING = "(closing)"  # event_page_dates.day_announced_at_the_end's provenance
_DAY_LINE_NAME = " (the name after the day under the list's label)"


def _address_after_the_name(lines: list[tuple[str, LexborNode | None]], title: Fact) -> Fact | None:
    """The address the day's line gives after the name's sentence („… Tage der Nachhaltigkeit.
    Am Weg zwischen der Joseph-Stelzmann-Straße 9a und 9b, 50931 Lindenthal“)."""
    line = lines[title.index][0]
    at = line.find(title.value)
    rest = line[at + len(title.value) :].strip(" .,;") if at >= 0 else ""
    if not rest or not is_address(rest):
        return None
    return Fact(rest, "the day's line after the name", title.index)


def _the_groups_meeting(title: Fact, document_title: str | None, body: LexborNode) -> Fact:
    """A page whose heading only announces the next meeting („<h2>Nächstes Treffen</h2>“ over
    „12. März 2014 um 19:30 Uhr“): the meeting of the page's own group, named by the site's
    name (spelt out where the title gives only its acronym, „PyStaDa“)."""
    if not (names_the_next_meeting(title.value) or names_only_the_list(title.value)):
        return title
    name = page_name(document_title)
    if name is not None and " " not in name:
        name = spelt_out(name, node_text(body) or "")
    if not name or names_the_next_meeting(name) or names_only_the_list(name):
        return title
    if name.startswith(title.value):
        # „<title>Nächstes Treffen am 10. August 2020</title>“ over the same heading: the page's
        # title repeats the post's heading with its day — it names no group
        return title
    return Fact(name, f"{title.where} (the page's group: the site's name)", title.index)


def _separate_days(date: Fact, date_text: str) -> list[str] | None:
    """The days of a sentence that announces the same event on separate days („Unsere
    kommenden Online-Infoabende am 12.06, 26.06, 10.07 und 24.07, jeweils um 19 Uhr …“): one
    date text per day (``day_list``: days that follow each other stay one event's run). Only a
    lead's announcing sentence: a labelled date keeps its reading (``article_posts`` and the
    listing detector split labelled lists themselves) — unless it opens with a weekday in the
    plural and lists the days in brackets („When: Wednesdays (Sept. 20, Oct. 4, Oct. 18, & Nov.
    1) from 2pm to 3pm“): the sessions of a series, each on its day."""
    if not date.where.endswith(ANNOUNCING) and not opens_with_listed_weekdays(date_text):
        return None
    days = day_list(date_text)
    return days if days is not None and len(days) > 1 else None


def _headings(
    tree: LexborHTMLParser, context: PageContext, lines: _Lines, document_title: str | None
) -> list[Fact]:
    """The h1–h3 headings that name something; on a page without such, the bold lines its
    text opens with (``bold_opening_heading``)."""
    headings = page_headings(lines, document_title, site_name(tree))
    if headings:
        return headings
    bold = bold_opening_heading(lines, tree, context)
    return [bold] if bold is not None else []


def _readable_lines(tree: LexborHTMLParser, body: LexborNode) -> _Lines:
    """The page's lines as a reader takes them in: translations, the publication stamp and the
    furniture left out, labels set apart from their values."""
    drop_translations(tree)
    for node in body.css("time[pubdate]"):
        node.decompose()  # HTML5's publication stamp („<time pubdate …>Apr 26</time>“), no event's
    for node in body.css(_FURNITURE):
        if not (is_event_header(node) or is_article_header(node) or _venue_footer(node)):
            node.decompose()
    name_headings_by_their_image(body)
    lines = label_lines_apart(text_lines([body])[:MAX_LINES])
    return bold_labels_apart(lines)


# „<h4><strong>Veranstaltungsort</strong></h4>“: a heading that names the event's own venue.
_VENUE_HEADING = lazy_re.compile(r"^(?:Veranstaltungsort|Tagungsort|Venue)\s*:?$")


def _venue_footer(node: LexborNode) -> bool:
    """A one-event site's footer headed „Veranstaltungsort“ over the address („Christliche
    Schule Kiel / Diesterwegstraße 20 / 24113 Kiel“): the event's place, not the site's
    furniture (a footer's „Adresse“ or „Kontakt“ is the organiser's)."""
    return node.tag == "footer" and any(
        _VENUE_HEADING.match(node_text(heading) or "") for heading in node.css("h2, h3, h4, h5, h6")
    )


def _the_day(page: _EventPage, *, labelled_only: bool, sole_labelled: bool) -> _PageDay:
    """The fact that names the event's day, from the surest reader to the least sure (a date
    label that names no day gives ``facts`` its hours)."""
    lines, facts, headings = page.lines, page.facts, page.headings
    date = facts.get("date")
    if date is not None and not labelled_only and not names_a_day(date.value):
        # „Wann?“ / „… am letzten Donnerstag im Monat … Los geht es ab 9 Uhr.“: the label names
        # no day; the day stands elsewhere (the heading „Hacking Day am 26.3.“), the hours here.
        if TIME_LIKE.search(date.value):
            facts.setdefault("time", date)
        date = None
    sole = None
    opening_parts = None
    if (
        date is None
        and not labelled_only
        and not headings
        and (has_generic_heading(lines) or _headless(lines))
    ):
        # "<h1>Termine</h1>" over one event in plain lines (``sole_date_line``), or a page of
        # plain paragraphs with no heading at all (a programme: the host, „Programm zur
        # Festveranstaltung …“, the day, the running order).
        sole = sole_dated_line(lines)
        if sole is not None:
            date = Fact(sole.date_text, "line below the event's name", sole.date_index)
    if date is None and not labelled_only:
        # A page that labels a time or a place ("Uhrzeit" / "13.00 bis 15.30 Uhr", "Ort" / …)
        # tells of an event: the bare date line under its heading is that event's day.
        labelled = "time" in facts or "place" in facts
        date = date_under_a_heading(
            lines, headings, labelled_facts=labelled, today=page.context.fetched_at.date()
        )
        if date is None and labelled:
            # „Samstag, 10. Oktober 2020“ / „Zeit: 8:15 Uhr bis 17:30 Uhr“ / „Ort: …“ below
            # the invitation's prose: the bare day line of the labelled block.
            date = day_beside_the_labels(lines, facts)
        if date is None:
            # A news or blog post about one event: its lead announces the day in prose.
            date = day_announced_in_the_lead(lines, headings)
        if date is None and (page.document_title is None or not headings):
            # … or a post stored without its heading: the lead alone announces it (under a
            # <title> that names the site, only the hosts' invitation does).
            date = day_announced_by_a_headless_post(
                lines, headings, invitation=page.document_title is not None
            )
        if date is None:
            # … or its closing paragraph does, the one day the article names.
            date = day_announced_at_the_end(lines, headings)
        if date is None:
            # „<h3>Samstag, 18. und Sonntag, 19. Januar 2020, 15.00 Uhr</h3><h2>Konzerte …</h2>“:
            # the day set as a heading of its own over the event's name.
            date = date_heading_over_the_name(lines, headings)
        if date is None:
            # „Sonntag | 4. Oktober 2026 | 18:00 Uhr“ / „Konzerte | Kammerkonzerte“ / <h1>: the
            # day as a dateline over the name.
            date = dateline_over_the_name(lines, headings)
        if date is None:
            # „<h2>Ergebnis Frühlingsturnier 2024</h2> … <h2>Bericht</h2>“ / „Das
            # Frühlingsturnier am Sonntag, 7. April startete …“: the report names its event.
            date = day_naming_the_heading(lines, headings)
        if (
            date is None
            and page.document_title is not None
            and not any(h.where == "h1" for h in headings)
        ):
            opening = meta_line_opening_the_page(lines, headings[0].index if headings else None)
            if opening is not None:
                date = Fact(opening[1].day, _OPENING_META, opening[0])
                opening_parts = opening[1]
            elif (run := run_opening_the_page(lines)) is not None:
                # „<p>Erinnerungstank Haldengut</p><p>8.5.26 – 4.4.27</p>“ opening an exhibition's
                # page: the run of days under its name
                date = Fact(lines[run][0], "line of the run under the page's name", run)
    elif date is None and not sole_labelled:
        # Beside dated teasers ("More Events"), the page's own <h1> with its day and time right
        # under it still names the page's event.
        tops = [h for h in headings if h.where == "h1"]
        if not tops and heads_a_site_part(page.tree):
            # under a site part's „<h1>Tracks</h1>“ (no name) the track's h2 is the page's top
            tops = [h for h in headings if h.where == "h2"]
        date = date_under_a_heading(lines, tops, timed=True)
        if date is None and not tops:
            # („<h1>Organisatorisches</h1>“, a page part and no name, over the conference's
            # dateline „<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“: only under such an h1)
            h1s = [
                Fact(text, "h1", index)
                for index, (text, block) in enumerate(lines)
                if block is not None and block.tag == "h1"
            ]
            date = dateline_under_a_heading(lines, h1s, page.context.fetched_at.date())
    if date is None and not labelled_only and (told := facts.get("time")) is not None:
        # „Zeit: 31.05.2018, 20:30 Uhr“ and no day anywhere else: the time label gives it.
        date = told if names_a_day(told.value) else None
    return _PageDay(date, sole, opening_parts)


def _the_name(page: _EventPage, date: Fact | None, sole: SoleEvent | None) -> Fact | None:
    """The fact that names the event (the invitation text around it may give ``facts`` the
    place people are invited to); None when nothing does."""
    lines, facts = page.lines, page.facts
    headings, document_title = page.headings, page.document_title
    title = event_title(
        facts,
        headings,
        date.index if date is not None else len(lines),
        title_with_its_date(page.tree),
        lines,
    )
    if sole is not None:
        title = Fact(sole.name, "line above the page's one date line", sole.name_index)
    if date is not None and (over := name_over_the_run(lines, date.index)) is not None:
        # „<h2>Aktuell</h2> <a>Erinnerungstank Haldengut<br>– Wir zapfen Geschichte!<br>8.5.26 –
        # 4.4.27</a>“: the lines over the run name the exhibition, not the label above them
        title = Fact(over[0], "lines over the run of days", over[1])
    if title is not None and (of_report := name_over_a_report_heading(title, page.headings)):
        title = of_report
    if (
        title is not None
        and date is not None
        and (is_greeting(title.value) or _salutes(lines, title.index))
    ):
        title = _named_under_a_greeting(lines, date) or title
    if date is not None and date.where.endswith(REPORTED):
        # The first heading names the event its report's sentence dates (not „Bericht“).
        first = page.headings[0]
        title = Fact(
            event_name(first.value), f"{first.where} (the event its sentence names)", first.index
        )
    elif date is not None and date.where.endswith(_CLOSING):
        # The article's own heading names its news; its closing sentence names the event.
        if (subject := sentence_subject(date.value) or edition_subject(date.value)) is not None:
            title = Fact(subject, f"{date.where} sentence's subject", date.index)
    elif date is not None and date.where.endswith(HEADLESS):
        # No heading names it: the sentence does, or the post gives no record.
        named = headless_post_name(date.value)
        title = Fact(named, f"{date.where} sentence's event", date.index) if named else None
        if title is None:
            return None
    elif date is not None and date.where.endswith(ANNOUNCING):
        # The post's own title names what its lead announces, not a label elsewhere on the
        # page (a newsletter form's „Veranstaltung:“ field).
        heading = title_heading(headings, lines)
        if heading is not None and not (
            is_greeting(heading.value) or _salutes(lines, heading.index)
        ):
            title = heading  # (a greeting heading names nothing: the sentence under it did)
        elif heading is not None and title is None:
            title = heading
        if title is not None and (named := announced_name(date.value, title.value)) is not None:
            title = Fact(named, f"{date.where} sentence", date.index)  # a leftover heading
        elif title is not None and (extra := extra_date_name(date.value, title.value)):
            title = Fact(extra, f"{title.where} + {date.where} sentence's extra date", title.index)
    if (
        title is not None
        and date is not None
        and date is facts.get("date")
        and title.index < date.index
    ):
        # „<h1>Schützenfest? Können wir!</h1> … Am 4. April 2026 findet unsere legendäre
        # <strong>Osterdisco</strong> statt! … Datum: 4. April 2026“: the banner is the club's.
        today = page.context.fetched_at.date()
        if announced := bold_name_announcing(lines, date.value, date.index, title.value, today):
            title = Fact(announced[0], f"{date.where} + bold name announcing the day", announced[1])
    if date is not None and date.where == _OPENING_META and document_title is not None:
        # No heading names the event above its day; the headings below head the page's parts
        # („Eintritt“). The banner's name stands in the <title>.
        title = Fact(document_title, "title", -1)
    if title is not None and (name := spelled_out(title.value, document_title)) is not None:
        title = Fact(name, f"title spelling out the {title.where}", title.index)
    if title is None and document_title is not None:
        title = Fact(document_title, "title", -1)
    if title is None:
        return None
    if (
        date is not None
        and date is facts.get("date")
        and title.where in HEADING_TAGS
        and (subject := subject_naming_the_page(date.value, title.value, document_title))
    ):
        # „<h2>Die Idee</h2>“ … „<h2>Datum & Zeit</h2>“ / „Der Reckenfelder Dorftrödel findet am
        # … statt.“ under <title>Dorftrödel Reckenfeld</title>: the sentence names the event.
        title = Fact(subject, f"{date.where} sentence's subject", date.index)
    title = _named_by_the_page_when_only_next(title, document_title)
    if (
        title.where in HEADING_TAGS
        and document_title is not None
        and (site := page_name(document_title)) is not None
        and heading_is_the_venue(
            title.value, [text for text, _ in lines[title.index + 1 : title.index + 4]]
        )
    ):
        # „<h2 class="venue-name">Fritz-Ahrberg-Halle</h2>“ / „Nienstedter Str. 15“ over
        # „nächster Termin: …“: the hall is where; „Basar in Egestorf - Home“ names what
        facts.setdefault(
            "place", Fact(title.value, f"{title.where} (the venue over its street)", title.index)
        )
        title = Fact(site, "title (the first heading names the venue)", -1)
    if (named := event_of_the_materials(title.value, document_title)) is not None:
        title = Fact(named, f"{title.where} (the event its materials are for)", title.index)
    if date is not None and 0 <= title.index <= date.index:
        # (and the line after the day: „Save the Date“ / „6. April 2025“ / „… laden wir zu
        # einem Frühschoppen ein.“)
        between = " ".join(text for text, _ in lines[title.index + 1 : date.index + 2])
        invited = named_invitation(title.value, between)
        if invited is not None:
            title = Fact(invited, f"{title.where} + invitation text", title.index)
            # "… in das Dorfgemeinschaftshaus Hoitlingen ein." in the lines after the date.
            after = " ".join(text for text, _ in lines[title.index + 1 : date.index + 3])
            if (where := invited_place(after)) is not None:
                facts.setdefault("place", Fact(where, "invitation text", date.index))
    if (named := without_invitation_lead(title.value)) != title.value:
        title = Fact(named, f"{title.where} (what it invites to)", title.index)
    if (welcomed := name_in_a_welcome(title.value, document_title)) is not None:
        # „Willkommen zu den ersten "Hacks on the Harbour"!“: the event it welcomes to.
        title = Fact(welcomed, f"{title.where} (what it welcomes to)", title.index)
    if title.where in HEADING_TAGS and (
        edition := event_the_call_is_for(title.value, page.tree, page.context.base_url)
    ):
        # „<h1>Ausschreibung - Blitz</h1>“ under „<title>Ausschreibung - Blitz – 2. Ilmenauer
        # Open 2025</title>“: the page is the call, the edition its title names is the event
        title = Fact(edition, f"{title.where} (the edition of its call for entries)", title.index)
    if title.where in HEADING_TAGS and (subject := announced_subject(title.value)) is not None:
        # „<h1>Die Luzerner Rollenspieltage finden online statt!</h1>“: its subject names, and
        # the sentence says where it is held.
        if announced_online(title.value):
            facts.setdefault(
                "place", Fact("online", f"{title.where} (announced online)", title.index)
            )
        title = Fact(subject, f"{title.where} (the subject of its announcement)", title.index)
    return title


def _named_by_the_page_when_only_next(title: Fact, document_title: str | None) -> Fact:
    """„<h3>Nächster Termin 24.07.2025, Kulturfabrik Moabit</h3>“ says when and where the next
    one is, not what: the page's <title> („Jamsession – Kulturinsel Moabit“) names it."""
    day = DATE_LIKE.search(title.value)
    if document_title is None or day is None:
        return title
    if not names_the_next_meeting(title.value[: day.start()].strip(" ,:–-")):
        return title
    return Fact(document_title, "title (the heading only says when the next one is)", -1)


def _the_place(
    page: _EventPage, date: Fact | None, title: Fact, sole: SoleEvent | None, meta: MetaParts | None
) -> Fact | None:
    """The fact that names where the event is, from the surest reader to the least sure."""
    lines, headings = page.lines, page.headings
    return (
        page.facts.get("place")
        or (
            Fact(sole.place, "line below the date", sole.date_index + 1)
            if sole and sole.place
            else None
        )
        or (
            Fact(meta.place, f"{date.where} meta line", -1)
            if date and meta and meta.place
            else None
        )
        or place_by_markup(lines, date.index if date is not None else 0)
        or _pinned_line(lines)
        or _answered_where(lines)
        or _venue_led_in(lines)  # „… Veranstaltungsort sind die“ over the address lines
        or place_after_the_date(headings, title)
        or place_in_the_dated_heading(headings, title)
        or _place_after_a_heading_day(headings)
        or _venue_before_the_heading_day(headings, title)
        or dashed_place(lines, date, title)
        or _bracketed_venue(lines, date)
        or _venue_before_the_days(lines, date)
        or (_place_in_prose_with_its_town(lines, date, title) if date is not None else None)
        or (room_after_the_day(date) if date is not None else None)
        or _place_after_the_start_clock(lines, date)
        or _invited_on_the_day(lines, date)
        or _venue_below_the_day(lines, date, title.value)
        or _reported_place(lines, date)
        or _the_other_icon_fact(lines, date)
        or _streamed_on(lines, date)
        or _held_online_on_the_day(lines, date)
        or _town_the_name_is_called_after(title, page.document_title)
        or _town_of_the_days_sentence(lines, date, title)
    )


def _place_after_the_start_clock(lines: _Lines, date: Fact | None) -> Fact | None:
    """„Los geht es um 19:00 Uhr in Raum 123 des alten Hauptgebäudes …“ below the day's line."""
    if date is None or date.index < 0:
        return None
    place = place_after_the_start_clock(lines, date.index)
    return Fact(place, f"{date.where} (after the start's clock)", date.index) if place else None


def _place_in_prose_with_its_town(lines: _Lines, date: Fact, title: Fact) -> Fact | None:
    """The place the day's prose names (``place_in_prose``), with the town after it that the
    event's name names („auf der Theaterwiese in Villenbach“ for „… Feuerwehr Villenbach …“)."""
    told = place_in_prose(lines, date)
    if told is None or not 0 <= told.index < len(lines):
        return told
    placed = with_the_named_town(lines[told.index][0], told.value, title.value)
    return told if placed == told.value else Fact(placed, told.where, told.index)


def _town_of_the_days_sentence(lines: _Lines, date: Fact | None, title: Fact) -> Fact | None:
    """„Am 7. und 8. Februar gibt's wieder ein Barcamp in Klagenfurt.“ for „Barcamp Klagenfurt
    2009“: the town the day's line names that the name names (``town_adjective_names``)."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    if title.where.endswith(_DAY_LINK_NAME):
        return None  # the name is the day line's own words: its „in …“ is no town it adds
    town = town_the_sentence_names(lines[date.index][0], title.value)
    return Fact(town, f"{date.where} (the town its name names)", date.index) if town else None


def _town_the_name_is_called_after(title: Fact, document_title: str | None) -> Fact | None:
    """„Reckenfelder Dorftrödel“ under <title>Dorftrödel Reckenfeld</title>: the town
    (``town_adjective_names``), the last resort."""
    town = town_of_the_name(title.value, document_title)
    return Fact(town, f"{title.where} (the town it is called after)", title.index) if town else None


def _pinned_line(lines: _Lines) -> Fact | None:
    """The line a map-pin icon marks („location_on“ beside the address: ``pin_lines``)."""
    found = line_beside_a_pin(lines)
    return Fact(found[0], "line beside a pin icon", found[1]) if found else None


def _answered_where(lines: _Lines) -> Fact | None:
    """The line under the FAQ's „Wo findet das Event statt?“ (``where_questions``)."""
    found = answer_to_where(lines)
    return Fact(found[0], "answer to where it takes place", found[1]) if found else None


def _place_after_a_heading_day(headings: list[Fact]) -> Fact | None:
    """„Kliemannsland“ of the heading „17.-19. Mai 2019 im Kliemannsland“ beside the one that
    names the event (``dated_heading_rests``)."""
    for heading in headings:
        rest = title_in_text(heading.value) or ""
        if (place := place_after_the_day(heading.value, rest)) is not None:
            return Fact(place, f"{heading.where} (the place after its day)", heading.index)
    return None


def _streamed_on(lines: _Lines, date: Fact | None) -> Fact | None:
    """„Samstag (09.05.2020) ab 17:00 Uhr“ / „auf“ / „https://www.twitch.tv/ruetueta/“: the
    stream the day leads on to (``stream_after_the_day``)."""
    if date is None or (found := stream_after_the_day(lines, date.index)) is None:
        return None
    return Fact(found[0], f"{date.where} (the stream it leads on to)", found[1])


def _held_online_on_the_day(lines: _Lines, date: Fact | None) -> Fact | None:
    """„Das ganze wird am 7. und 8. August stattfinden. Und zwar online.“: the day's line (or
    the one after it) says the event is held online, and no venue is named (``online_mentions``)."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    for index in range(date.index, min(date.index + DAY_LINES, len(lines))):
        if held_online(lines[index][0]):
            return Fact("online", f"{date.where} (held online, its line says)", index)
    return None


_VENUE_BEFORE_ITS_DAY = "(the venue before its day)"


def _venue_led_in(lines: _Lines) -> Fact | None:
    """The address lines after a sentence ending „Veranstaltungsort sind die“ (``lead_in_venue``)."""
    found = venue_after_its_lead_in(lines)
    return Fact(found[0], "lines after the venue's lead-in", found[1]) if found else None


def _venue_before_the_heading_day(headings: list[Fact], title: Fact) -> Fact | None:
    """„Traumtänzer“ of the heading „Erster Stammtisch: „Neurodivergente Runde“ im Traumtänzer am
    20.09.2023“ that names the event (``heading_venue_before_day``)."""
    for heading in headings:
        if heading.index == title.index and (split := name_and_venue_before_the_day(heading.value)):
            return Fact(split[1], f"{heading.where} {_VENUE_BEFORE_ITS_DAY}", heading.index)
    return None


def _the_other_icon_fact(lines: _Lines, date: Fact | None) -> Fact | None:
    """„<ul><li><svg/> Samstag, 20.09.2025</li><li><svg/> 10.00 Uhr</li><li><svg/> Raika,
    Völs</li></ul>“ under the event's heading: the one fact of the day's short list that is no
    day and no time is where (``icon_facts``)."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    item = lines[date.index][1]
    facts = item.parent if item is not None and item.tag == "li" else None
    place = the_other_fact(facts) if facts is not None and facts.tag == "ul" else None
    return Fact(place, f"{date.where} (the other fact of its list)", date.index) if place else None


def _reported_place(lines: _Lines, date: Fact | None) -> Fact | None:
    """„Am 21. März 2026 fand beim Landhof zum Waidegger Wirt unsere Jahreshauptversammlung
    statt.“: the place the day's sentence (or the line after the day) says the event took place
    at (``reported_places``)."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    texts = [text for text, _ in lines[date.index : date.index + DAY_LINES]]
    place = place_of_the_reported_day(texts)
    return (
        Fact(place, f"{date.where} (the place its sentence says it took place at)", date.index)
        if place
        else None
    )


def _venue_below_the_day(lines: _Lines, date: Fact | None, title: str) -> Fact | None:
    """„Sa, 04.07.2026“ / „14:00 — 22:00“ / „Bürgerpark Pfaffenhofen“: a hero's run of the day,
    its hours and its venue (spans of one line, or lines of their own) — the short rest of the
    day's line, or the line under the day (or under its hours' line), that names a venue or an
    address (``names_a_place``) is where."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    own = lines[date.index][0]
    if own.startswith(date.value) and _venue_line(rest := own[len(date.value) :].strip(" ,|·")):
        return Fact(rest, f"{date.where} (venue after the day)", date.index)
    below = date.index + 1
    if below < len(lines) and time_below(lines, date) is not None:
        below += 1  # the hours' own line
    if below < len(lines) and _venue_line(lines[below][0]):
        return Fact(lines[below][0], f"{date.where} (venue line below)", below)
    above = lines[date.index - 1][0] if date.index > 0 else ""
    if len(above.split()) <= _VENUE_WORDS and _venue_line(above) and above != title:
        # „Special Event“ / „Pacific Science Center“ / „February 14, 7:00 p.m.“: the venue's
        # name right over the day, as a card's facts list it.
        return Fact(above, f"{date.where} (venue line above)", date.index - 1)
    return None


_VENUE_WORDS = 4


def _venue_line(text: str) -> bool:
    if not text or DATE_PHRASE.search(text):
        return False
    return names_a_place(text) or (
        len(text.split()) <= _VENUE_WORDS and _PARK.search(text) is not None
    )


# „Bürgerpark Pfaffenhofen“, „Stadtpark“: a park as the venue of the day's line. (Only here: in
# a title „Sommerfest im Park“ names the event, not a place line.)
_PARK = lazy_re.compile(r"(?<=[^\W\d_]{3})park\b", re.I)


def _headless(lines: _Lines) -> bool:
    """No line of the page is a heading of any rank."""
    return not any(block is not None and block.tag in HEADING_TAGS for _text, block in lines)


def _bracketed_venue(lines: _Lines, date: Fact | None) -> Fact | None:
    """„(Erasmus-Büchercafé, 18. März 2007)“: the venue before the day in the date's bracketed
    line — or in such a line a few lines below that tells the same day again („<h2>13.
    IDK-Jahrestagung (7.–8. November 2025)</h2>“ … „(Università degli Studi di Pavia, 7.-8.
    November 2025)“ under the theme and the series' line)."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    if venue := bracketed_venue_and_day(lines[date.index][0]):
        return Fact(venue, f"{date.where} (bracketed venue)", date.index)
    day = _first_day(date.value)
    below = range(date.index + 1, min(date.index + 1 + _BRACKET_LINES_BELOW, len(lines)))
    for index in below:
        text = lines[index][0]
        if (venue := bracketed_venue_and_day(text)) and day and _first_day(text) == day:
            return Fact(venue, "bracketed venue line telling the day again", index)
    return None


_BRACKET_LINES_BELOW = 5  # the publication line, a theme heading, the series' line …


def _first_day(text: str) -> str | None:
    """The first day a text names, as an ISO day (for comparing two spellings of one day)."""
    match = DATE_PHRASE.search(text)
    if match is None:
        return None
    # Any fixed reference day compares two spellings alike (a yearless day resolves the same).
    start = parse_when(match.group(0), today=_REFERENCE_DAY).start
    return start[:10] if start else None


_REFERENCE_DAY = calendar_day(2000, 1, 1)


def _timed_date_text(
    page: _EventPage, date: Fact, meta: MetaParts | None, title: Fact
) -> tuple[str, Fact]:
    """The day's text with the hours the page gives for it (a time label, the line below, the
    lead's prose, the meta line, a run of short lines, the name's own hour) and the name
    without an hour it gave."""
    lines, facts = page.lines, page.facts
    date_text = with_open_end(lines, date)
    time = facts.get("time") or time_below(lines, date)
    if time is None and not TIME_LIKE.search(date_text):
        again = day_again_with_its_clock(lines, date_text, date.index)
        if again is not None:
            # „24 Mai 2026“ in the heading, „24 Mai 2026 13:00“ / „- 24 Mai 2026 18:00“ below
            return again[0], title
    if time is None and not TIME_LIKE.search(date_text):
        time = start_in_prose(lines, date)  # „… Beginn ab 19:30.“ in the post's text
    if time is None and meta is not None and meta.time and not TIME_LIKE.search(date_text):
        date_text = f"{date_text}, {meta.time}"
    if time is not None and "time" not in facts and not TIME_LIKE.search(date_text):
        run = with_run_below(lines, date)
        if len(run) > len(f"{date_text} {time.value}"):
            time = None  # "May 15" / "7:30 PM" / "-" / "9:30 PM": the run holds the end too
    if time is None and not TIME_LIKE.search(date_text):
        # "May 23" / "-" / "Sep 7" / "10:00 AM" / "-" / "5:00 PM": the day's run of short lines.
        date_text = with_run_below(lines, date)
    elif (
        time is not None
        and not TIME_LIKE.search(date_text)
        and (clock := TIME_LIKE.search(time.value))
    ):
        # „Start: 20.09.2025 00:00“ under „20. - 21.09.2025 - Taunus Spielt“: a start field
        # that repeats the day gives its clock, not a second day.
        date_text = f"{date_text}, {clock.group(0) if DATE_LIKE.search(time.value) else time.value}"
    if not TIME_LIKE.search(date_text) and (hour := name_and_clock(title.value)) is not None:
        # „<h1>Special Meeting 5 p.m.</h1>“ over „November 11, 2018“: the name's hour starts it.
        title = Fact(hour[0], f"{title.where} (its hour apart)", title.index)
        date_text = f"{date_text}, {hour[1]}"
    return date_text, title


def _place_for_each_told(lines: _Lines, index: int) -> str | None:
    """The place the paragraph's own words or its next line state for each of the events its
    sentences tell („… zu fahren.<br>Treffpunkt ist jeweils am Gerätehaus.“)."""
    texts = [text for text, _ in lines[index : index + 2]]
    return next((place for text in texts if (place := place_for_each(text))), None)


def _told_record(
    context: PageContext, event: ToldEvent, date: Fact, each: str | None = None
) -> RawRecord:
    where = f"{date.where} (one of the events its sentences tell)"
    record = _record(context, Fact(event.name, where, date.index), None, None)
    set_field(record, "date_text", event.sentence, f"{EXTRACTOR}:{where}")
    if event.place is not None:
        set_field(
            record, "location_text", event.place, f"{EXTRACTOR}:{where} (the room after the day)"
        )
    elif each is not None:
        set_field(
            record, "location_text", each, f"{EXTRACTOR}:{where} (the place of each, „jeweils“)"
        )
    return record


def _record(
    context: PageContext,
    title: Fact,
    place: Fact | None,
    place_text: str | None,
    *,
    start: str | None = None,
    end: str | None = None,
) -> RawRecord:
    record = context.new_record(EXTRACTOR, title.value, confidence=CONFIDENCE)
    record.field_sources["title"] = f"{EXTRACTOR}:{title.where}"
    set_field(record, "start", start, f"{EXTRACTOR}:time@datetime")
    set_field(record, "end", end, f"{EXTRACTOR}:time@datetime")
    if place is not None:
        set_field(record, "location_text", place_text, f"{EXTRACTOR}:{place.where}")
    set_field(record, "url", context.base_url, "page")
    return record


def _salutes(lines: list[tuple[str, LexborNode | None]], index: int) -> bool:
    """Whether the heading's own line is a letter's salutation („Liebe Kolleginnen und
    Kollegen,“ — its comma gone from the title read off it)."""
    return 0 <= index < len(lines) and is_greeting(lines[index][0])


def _named_under_a_greeting(lines: list[tuple[str, LexborNode | None]], date: Fact) -> Fact | None:
    """„<h1>Herzlich willkommen auf unserer Homepage</h1>“ over „Am 2. Dezember gehen alle
    Klassen ins Theater zum Weihnachtsmärchen …“: the dated sentence names the event
    (``greeting_headings``)."""
    day = DATE_PHRASE.search(date.value)
    if day is None or not 0 <= date.index < len(lines):
        return None
    named = name_in_the_dated_sentence(lines[date.index][0], day.group(0))
    return Fact(named, f"{date.where} sentence under a greeting", date.index) if named else None


def _venue_before_the_days(
    lines: list[tuple[str, LexborNode | None]], date: Fact | None
) -> Fact | None:
    """„Schloss Siebeneichen, 7.–8. Januar 2026“: the venue that opens the event's date line."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    venue = venue_before_the_days(lines[date.index][0])
    return Fact(venue, f"{date.where} before the days", date.index) if venue else None


def _invited_on_the_day(
    lines: list[tuple[str, LexborNode | None]], date: Fact | None
) -> Fact | None:
    """„Am Samstag den 3. März laden wir euch … in den Coworking Space in Heilbronn ein.“: the
    sentence that names the day says where people are asked to come (``stated_place``) — also
    when the day stands as a heading inside it and the sentence goes on below („… zu unserer
    Mitgliederversammlung am“ / <h3>Freitag, 15. März 2024</h3> / „in die Gemeindehalle
    Walddorfhäslach ein.“, a line that opens in lower case)."""
    if date is None or not 0 <= date.index < len(lines):
        return None
    place = stated_place([lines[date.index][0]])
    if place:
        return Fact(place, "the day's sentence", date.index)
    below = date.index + 1
    if below < len(lines) and lines[below][0][:1].islower():
        place = stated_place([lines[below][0]])
        return Fact(place, "the day's sentence below it", below) if place else None
    return None
