"""What one block of a listing says: title, link, date text, place text (selectolax only).

The detector (``listing.py``) decides which blocks form the listing; this module reads one
block. A block is one node (a card, a list item, a table row) or a run of sibling nodes
(a ``dt`` with its ``dd``s, an ``h3`` with the paragraphs below it).

``read_block`` decides the order in which a block's fields are read and how they correct each
other; each field has its own reader: ``block_titles`` (title and link, with ``title_text`` for
the words of a line), ``block_dates``, ``block_places``, ``block_columns`` (a table row by its
column labels), all on the text ``block_text`` reads once per document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.address_tail_titles import address_after_the_name
from netdir.extract.at_venue_lines import place_of_the_venue_line
from netdir.extract.block_columns import read_columns
from netdir.extract.block_dates import (
    add_prose_time,
    add_time_cell,
    date_from_attributes,
    date_from_link_label,
    date_named_by_the_title,
    date_opens_the_block,
    date_out_of_title,
    read_date,
    read_news_date,
    stamp_texts,
)
from netdir.extract.block_places import (
    ADDRESS_LINE,
    MAX_PLACE_LINE,
    PLACE_LABEL,
    after_the_hours,
    invited_place,
    place_below_date,
    place_in_town_cells,
    place_of_a_when_where_line,
    read_place,
    split_date_and_place,
    split_title_at_place,
    stated_place,
    time_out_of_place,
)
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    css_matches,
    names_a_day,
    node_text,
    text_chunks,
    text_lines,
)
from netdir.extract.block_text_titles import title_from_dated_paragraph, title_from_text
from netdir.extract.block_titles import block_links, read_title
from netdir.extract.bold_title_tails import bold_title_carried_on
from netdir.extract.calendar_days import day_and_month
from netdir.extract.call_headings import named_above_the_call
from netdir.extract.card_line_places import place_after_the_repeated_name
from netdir.extract.cell_places import place_opening_a_cell
from netdir.extract.cheered_titles import without_the_cheer
from netdir.extract.clock_then_place import place_after_the_clock
from netdir.extract.comma_conditions import (
    name_before_its_conditions,
    name_before_its_league_range,
)
from netdir.extract.context import clean_text
from netdir.extract.copula_names import copula_parts
from netdir.extract.dashed_name_notes import name_before_its_note
from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    TIME_LIKE,
    iter_date_like,
    role_of_dates,
    search_date_like,
    search_date_phrase,
    tidy_date_text,
)
from netdir.extract.date_heading_places import place_in_the_date_heading
from netdir.extract.day_heading_names import SOURCE as DAY_HEADING_NAME
from netdir.extract.day_heading_names import name_in_the_day_heading
from netdir.extract.day_line_brackets import place_in_the_day_bracket
from netdir.extract.day_line_places import place_after_the_day
from netdir.extract.from_hour_spans import venue_after_the_hours
from netdir.extract.icon_facts import place_among_icon_facts
from netdir.extract.inline_text import visible_text
from netdir.extract.kind_heading_subjects import SOURCE as SUBJECT_BELOW
from netdir.extract.kind_heading_subjects import subject_below
from netdir.extract.kind_label_titles import kind_label_over_a_listing_heading
from netdir.extract.kind_line_subjects import SOURCE as KIND_LINE_SUBJECT
from netdir.extract.kind_line_subjects import subject_of_the_kind_line
from netdir.extract.labelled_day_lines import day_told_in_full
from netdir.extract.links_after_the_name import without_the_link_after_the_name
from netdir.extract.meeting_type_titles import meeting_type_before_the_title
from netdir.extract.meridiem_slips import meridiem_of_the_time_line
from netdir.extract.meta_line_places import place_after_the_hours
from netdir.extract.month_heading_days import day_of_the_month
from netdir.extract.month_stamp_days import day_beside_a_month_stamp
from netdir.extract.name_am_day import name_before_its_day
from netdir.extract.name_heading_above import name_heading_above
from netdir.extract.organiser_clauses import without_the_organiser
from netdir.extract.place_lines import (
    names_a_venue_word,
    no_place_noun,
    place_after_anchor,
    room_ending_a_timed_row,
)
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.row_end_places import place_ending_the_row
from netdir.extract.rule_dates import date_from_recurrence
from netdir.extract.rule_places import SOURCE as RULE_PLACE
from netdir.extract.rule_places import place_of_the_rule
from netdir.extract.run_end_lines import with_the_run_end
from netdir.extract.schedule_where_cells import SOURCE as WHERE_CELL_SOURCE
from netdir.extract.schedule_where_cells import where_of_the_row
from netdir.extract.sentence_item_names import name_the_sentence_item
from netdir.extract.slash_town_titles import name_and_town_of_the_line
from netdir.extract.status_badge import is_status_remark, status_tail
from netdir.extract.sub_items import own_days
from netdir.extract.tab_columns import columns_of_a_tabbed_line
from netdir.extract.talk_line_places import place_of_the_talk
from netdir.extract.title_clocks import time_from_the_name
from netdir.extract.title_end_hours import (
    time_at_the_title_end,
    time_at_the_title_start,
    time_inside_the_title,
)
from netdir.extract.title_text import (
    FIELD_LABEL,
    LABELLED,
    PLACE_LINE,
    is_junk_title,
    named_invitation,
    title_in_text,
)
from netdir.extract.titled_in_prose import SOURCE as QUOTED_TITLE
from netdir.extract.titled_in_prose import names_dates, quoted_title
from netdir.extract.tooltip_places import place_in_tooltip
from netdir.extract.town_after_in import town_after_the_name
from netdir.extract.town_square_places import place_by_square_and_town
from netdir.extract.venue_address_lines import LINE_SOURCE as VENUE_OVER_ITS_ADDRESS_LINE
from netdir.extract.venue_address_lines import SOURCE as VENUE_OVER_ITS_ADDRESS
from netdir.extract.venue_address_lines import venue_and_address, venue_and_address_line
from netdir.extract.venue_link_rows import venue_link_row
from netdir.extract.versus_titles import versus_name
from netdir.extract.weekday_cards import without_the_weeks_note
from netdir.extract.weekday_run_notes import run_to_the_noted_weekday
from netdir.extract.when_where_headings import name_below_a_when_where_heading
from netdir.normalize.when_lists import day_list


def read_block(
    segment: list[LexborNode],
    base_url: str,
    column_labels: dict[int, str] | None = None,
    heading_before: Callable[..., str | None] | None = None,
) -> BlockReading:
    """Read one block; ``heading_before`` gives the section heading above it, the title of a
    row that states only a date and a time."""
    reading = BlockReading()
    texts = [visible_text(node) for node in segment]
    text = " ".join(texts)  # the block's whole text, once for the readers below that read it
    reading.text_length = sum(len(t) for t in texts)
    links = block_links(segment)
    reading.link_text_length = sum(len(text) for _, text, _ in links)
    reading.link_count = len(links)
    if column_labels:
        read_columns(segment[0], column_labels, reading, base_url)
    if reading.title is None:
        read_title(segment, links, reading, base_url)
    _read_the_day(segment, links, reading, text)
    # „Die Mitgliederversammlung der DVCS wird … am Samstag, den 25. November … stattfinden.“,
    # „… ist ein gemeinsames Abendessen in <a>Kitzmanns Bräuschänke</a> vorgesehen“: an item of
    # one sentence is named by the event the sentence names, not by a link among its words
    name_the_sentence_item(segment, reading, text)
    venue_link_row(reading, text)  # „Am 07. Okt 2016 im <a>Haus der Caritas</a> von 14-17Uhr“
    day_beside_a_month_stamp(reading, text)  # „November 2025“ stamp, „held on 10/12“ in the text
    if reading.title is not None and reading.date_text is not None:
        date_named_by_the_title(reading)
        # „… am 24. Juli“ in the headline, „Datum: Samstag, 24. Juli 2021, um 14:00 Uhr“ below
        day_told_in_full(segment, reading)
    # „Jazz @ Gather“ over its own line „At Gather“: the venue is the line's, the title whole
    venue_lined = place_of_the_venue_line(segment, reading)
    if reading.title is not None and " @" in reading.title and not venue_lined:
        split_title_at_place(reading, text)
    _read_the_place(segment, reading)
    place_in_the_day_bracket(reading)  # „Sunday 1st November 2026 (Boorley Green)“
    if reading.date_text is not None and _two_dates(text):
        _count_the_dates(segment, links, reading)
    if (
        reading.location_text is None
        and reading.date_text is not None
        and not reading.holds_several
    ):
        place = stated_place(text_chunks(segment))
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:place the prose names („… im X statt“)"
        elif (after := place_after_the_clock(text_chunks(segment))) is not None:
            # „… ab 18:30 Uhr beim Alten Wirt statt.“, „Beginn ab 19 Uhr im Happinger Festzelt.“
            reading.location_text = after
            reading.sources["location_text"] = "listing:place right after the start clock"
    # „<h3><a>44. Magento-Meetup …</a></h3> … <h2>Save your seat!</h2>“ over the facts
    named_above_the_call(segment, reading)
    if reading.title is not None and reading.date_text is not None:
        without_the_cheer(reading)  # „Klimastreik am 20.9.2025 - sei dabei!“: the call is no name
        date_out_of_title(reading)
        name_below_a_when_where_heading(segment, reading)
    if reading.date_text is not None and reading.title_from_heading:
        _series_label(segment, reading)
    _tidy_the_date(segment, reading, texts)
    # „Monday, October 13, 2025 • 1:00 am“ over „Time: 1:00 P.M.“: the labelled line's half.
    meridiem_of_the_time_line(segment, reading)
    if reading.date_text is not None and reading.sources.get("title", "").endswith(">a"):
        title_from_dated_paragraph(segment, reading)
    _mend_the_title(segment, reading, heading_before)
    if reading.date_text and reading.title_from_heading:
        _name_below_the_heading(segment, reading, reading.date_text)
    if reading.title and reading.date_text and (tail := status_tail(reading.title)) is not None:
        # „Evangelisation Waren (Müritz) 17 Uhr: abgesagt wg. Covid-19“: the name, its status
        reading.title, reading.status_text = tail
        reading.sources["status_text"] = "listing:status remark after the name"
    if (
        reading.title
        and reading.date_text
        and (name := without_the_weeks_note(reading.title, reading.date_text))
    ):
        # „Skatturnier (2. Sa.)“ on a weekly plan: the note of its weeks is in the date line
        reading.title = name
        reading.sources["title"] = reading.sources.get("title", "listing:") + " (weeks note cut)"
    # „Stauseepokal / Haltern“, „Bielefeld / Deutschland<br>JUBILÄUMSTURNIER …“: a row's line
    # that names the tournament and its town, or the town and its country.
    name_and_town_of_the_line(segment, reading)
    # „23.03.⇥18:00⇥Jahreshauptversammlung⇥Post Raisting“: a row pasted from a spreadsheet.
    columns_of_a_tabbed_line(segment, reading)
    # „Lab Treffen im Impact Hub Karlsruhe, 76131 Karlsruhe, Kaiserstr 97, Karte“: the address
    # (before the conditions: a postcode opens with a figure as „4 gegen 4“ does).
    address_after_the_name(segment, reading)
    # „Gacher Blick-Messe, Veranstalter: Mieminger Bergler.“: the name, then who holds it.
    without_the_organiser(reading)
    # „Osterturnier, Hobby-Mixed, Halle, mind. 2 Frauen, ab 14 Jahren“: the name, then who plays.
    name_before_its_conditions(reading)
    # „Herbstcup Kreisklasse bis Bezirksliga in 2 Leistungsklassen …“: the name, then the leagues.
    name_before_its_league_range(reading)
    without_the_link_after_the_name(segment, reading)  # „… sprechen kann. Ameldung“
    town_after_the_name(segment, reading)  # „<a>FOSSGIS</a> in Münster (…)“
    # „<span>Gruppentreffen</span><h3>Fachvorträge, Fundstücktausch und …</h3>“
    kind_label_over_a_listing_heading(segment, reading)
    # „<a>Study Session</a><span>Strategic Budget Reductions Plan</span>“: the meeting's type
    meeting_type_before_the_title(segment, reading)
    _read_description(segment, reading)
    _named_by_the_invitation(reading, text)
    versus_name(segment, reading, text)  # „vs [crest] HC Skulls“: the match, not the team
    if reading.location_text is None and reading.date_text and not reading.holds_several:
        # „… Bierpong Turniers auf der Funcourt Wiese Fischamend war …“ in the card's line,
        # when no reader found a place (the name known, its place and address lines read)
        place_by_square_and_town(segment, reading)
    # „Glück Komödie von … | Deutsch von … DT Mobil in Bühren Mehr Informationen …“ under the
    # card's heading and credit: where this evening plays.
    place_after_the_repeated_name(segment, reading)
    if reading.title is not None and reading.date_text is not None:
        _named_in_the_days_sentence(reading)  # „30.11.2019“ + „ist von 10 - 18h unser LPD in …“
    run_to_the_noted_weekday(reading, text)  # „Fr., 04.09.“ and the note „Freitag bis Sonntag“
    return reading


# A clock the day's text already holds („30.11.2019, 18:00“, „14 Uhr“).
_CLOCK = lazy_re.compile(r"\d{1,2}:\d{2}|\d\s*(?:uhr|h)\b", re.IGNORECASE)


def _named_in_the_days_sentence(reading: BlockReading) -> None:
    """„Am <strong>30.11.2019 ist von 10 - 18h unser Linux Presentation Day</strong> in der
    Lernoase …“: the title left after the day is the rest of its sentence; its name, hours and
    place are the sentence's parts (``copula_names``)."""
    parts = copula_parts(reading.title or "")
    if parts is None or reading.date_text is None:
        return
    reading.title = parts.name
    reading.sources["title"] = reading.sources.get("title", "listing:") + " (named in its sentence)"
    if parts.hours is not None and not _CLOCK.search(reading.date_text):
        reading.date_text = f"{reading.date_text}, {parts.hours}"
    if parts.place is not None and reading.location_text is None:
        reading.location_text = parts.place
        reading.sources["location_text"] = "listing:place in the day's sentence"


def _name_below_the_heading(
    segment: list[LexborNode], reading: BlockReading, date_text: str
) -> None:
    """A heading that says only the kind of event or labels dates gives way to the name the
    block states below it; each step reads the title the one before left."""
    if reading.title and (named := name_in_the_day_heading(segment, date_text)) is not None:
        # „<h2>Stadtteilrundgänge</h2><h3>Sonnabend, 26. Mai 2018 - Der historische Dorfkern
        # Neugraben</h3>“: the section says the kind, the block's own heading names the walk
        reading.title = named
        reading.sources["title"] = DAY_HEADING_NAME
    if (
        reading.title
        and names_dates(reading.title)
        and (quoted := quoted_title(text_chunks(segment))) is not None
    ):
        # „Themenabende 2019 - neue Termine“ over „… Unter dem Titel “Vom NF 15 zu NF 65” wird
        # …“: the heading labels dates, the prose quotes what the evening is called
        reading.title = quoted
        reading.sources["title"] = QUOTED_TITLE
    if reading.title and (named := subject_below(segment, reading.title)) is not None:
        # „Gedenkveranstaltung am Do, 19. September 2019“ over „<strong>75 Jahre Außenlager
        # Falkenbergsweg</strong>“: the heading's kind and the subject its bold line names
        reading.title = named
        reading.sources["title"] = reading.sources.get("title", "listing:") + SUBJECT_BELOW
    elif reading.title and (subject := subject_of_the_kind_line(segment, reading.title)):
        # „<h2>Themenabende</h2><p><strong>Erster Themenabend am 22. März 2018</strong></p><p>
        # Altenwerder - Verlust einer Kulturlandschaft. Dr. Gisela Betram … berichtet …“
        reading.title = subject
        reading.sources["title"] = reading.sources.get("title", "listing:") + KIND_LINE_SUBJECT


def _two_dates(text: str) -> bool:
    """The text names two dates or more (read up to the second: a long page's block need not be
    read to its end)."""
    found = iter_date_like(text)
    return next(found, None) is not None and next(found, None) is not None


def _read_the_day(
    segment: list[LexborNode],
    links: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    text: str,
) -> None:
    """The block's day from the readers in turn, unless the columns gave it; not the day its
    news stamp gives."""
    news_text = read_news_date(segment, reading) if _may_hold_a_news_stamp(text) else None
    if reading.date_text is None:
        read_date(segment, reading)
    if reading.date_text is None:
        date_from_link_label(links, reading)
    if reading.date_text is None:
        date_from_recurrence(segment, reading)
    if reading.date_text is None:
        date_from_attributes(segment, reading)
    if reading.date_text is not None:
        day_of_the_month(segment, reading)  # „Juli 2023: Sommerfest“ over „Am … 29. Juli 2023“
    if news_text is not None and reading.date_text and DATE_LIKE.fullmatch(reading.date_text):
        # The date found is the news date itself: the offering's date, if any, is in the teaser.
        match = search_date_phrase(news_text)
        reading.date_text = match.group(0) if match else None
        if reading.date_text is None:
            reading.sources.pop("date_text", None)


def _may_hold_a_news_stamp(text: str) -> bool:
    """Whether an element of a block whose whole text is ``text`` may open with a news stamp
    („[26.05.2025]“, ``read_news_date``): its bracket is in the text, or an entity that
    ``clean_text`` decodes to one („&#91;“). Most blocks hold neither, and each of their
    paragraphs, spans and divs would be read for it."""
    return "[" in text or "&" in text


def _read_the_place(segment: list[LexborNode], reading: BlockReading) -> None:
    """The block's place from the readers in turn, unless the columns or the title gave it."""
    if reading.location_text is None and (where := where_of_the_row(segment)) is not None:
        # „11:00am - 4:00pm | Arrival … | The Lucerne Hotel“: the schedule's where-column.
        reading.location_text = where
        reading.sources["location_text"] = WHERE_CELL_SOURCE
    if reading.location_text is None and reading.date_text:
        # „Archiv-Ecke in der Bücherhalle Neugraben<br>Am Neugrabener Markt 7<br>21149 Hamburg.“,
        # then „… in der Regel am 2. Donnerstag im Monat um 18:30 Uhr, in der Bücherhalle …“:
        # both read the block's lines, gathered once for the two
        lines = text_chunks(segment)
        for reader, source in (
            (venue_and_address, VENUE_OVER_ITS_ADDRESS),
            (venue_and_address_line, VENUE_OVER_ITS_ADDRESS_LINE),
            (place_of_the_rule, RULE_PLACE),
        ):
            if (place := reader(lines)) is not None:
                reading.location_text = place
                reading.sources["location_text"] = source
                break
    if reading.location_text is None:
        read_place(segment, reading)
    if reading.location_text is None and reading.date_text:
        split_date_and_place(reading)
    if reading.location_text and reading.date_text and not TIME_LIKE.search(reading.date_text):
        time_out_of_place(reading)
    if (
        reading.location_text is None
        and reading.date_text
        and (talk_place := place_of_the_talk(segment, reading.date_text)) is not None
    ):
        # „Vortrag an der Christian-Albrechts-Universität zu Kiel, 24. Oktober 2019“
        reading.location_text = talk_place
        reading.sources["location_text"] = "listing:house the talk's day line names"
    if reading.location_text is None and reading.date_text:
        place_below_date(segment, reading)
    if (
        reading.location_text is None
        and reading.date_text
        # „… on Friday, October 28 from 2:00-3:30 in Barristers Hall (LAW, …).“
        and (after_hours := venue_after_the_hours(text_chunks(segment))) is not None
    ):
        reading.location_text = after_hours
        reading.sources["location_text"] = "listing:venue after the prose's hours"
    if reading.location_text is None and reading.date_text and reading.title:
        _place_line_after(segment, reading)
    if reading.location_text is None and reading.date_text:
        place_of_a_when_where_line(segment, reading)
    if reading.location_text is None and reading.date_text:
        place_in_town_cells(segment, reading)
    if reading.location_text is None and reading.date_text:
        place_after_the_day(segment, reading)
    if reading.location_text is None:
        place_among_icon_facts(segment, reading)  # (its list holds the day or the hours)
    if reading.location_text is None and reading.date_text:
        place_opening_a_cell(segment, reading)
    if reading.location_text is None and reading.date_text:
        place_in_tooltip(segment, reading)  # „…\tReno City Council Chamber, …, NV  89501“
    if reading.location_text is None and reading.date_text:
        place_in_the_date_heading(segment, reading)  # „<h2>5. Mai 2018 – 20 Uhr Hof Akkerboom</h2>“
    if reading.location_text is None and reading.date_text:
        # „<span>Linguistik, Schule und KI</span>. Germanistiktag 2026 …, Universität Bern.“
        place_ending_the_row(segment, reading)
    if reading.location_text is None:
        # „10:30am - 11:30am | talk | Speaker: … | MAIN HALL“ under the day's heading.
        room = room_ending_a_timed_row(text_chunks(segment))
        if room is not None:
            reading.location_text = room
            reading.sources["location_text"] = "listing:room ending the timed row"
    if reading.location_text is None and reading.date_text and reading.title:
        # <span class="event__meta">19:45 Uhr · Vogelstange</span>: the name after the hours.
        place_after_the_hours(segment, reading)


def _count_the_dates(
    segment: list[LexborNode], links: list[tuple[LexborNode, str, str]], reading: BlockReading
) -> None:
    """Whether the block's several dates are several offerings' or one offering's own days."""
    # A post's publication stamp („22 Jul 2019 by Eduardo Rodrigues“ under its heading) dates
    # the post, not an offering: the heading's day and the prose's mention of it stay one.
    stamps = stamp_texts(segment)
    chunks = [c for c in text_chunks(segment) if not any(c in stamp for stamp in stamps)]
    # A sign-up line ("Anmeldung bitte bis am 01.November 2019 per Email oder Post:", "Bitte
    # meldet euch bis zum 1.November … an") dates no offering of its own.
    found = [(c, search_date_like(c)) for c in chunks]  # each chunk searched once
    named = [c for c, m in found if m and title_in_text(c) and role_of_dates(c) is None]
    # Or several lines that are only dates ("20.01.2026 - 19:00 Uhr" above each title) and
    # as many different links: a month's or a committee's box of meetings.
    dates = {m.group(0) for c, m in found if m and c not in named}
    targets = {href for _, _, href in links}
    # Or lines that each open with another date ("Freitag, 27. Mai 2016", "Freitag, 24. Juni
    # 2016", …) under one heading: the meetings of a series, not one offering's dates.
    leading = {m.group(0) for c in chunks if (m := DATE_PHRASE.match(c))}
    # Lines naming one day twice (a news card's heading „… am 16. Juni 2024“ and its
    # intro „… findet am Sonntag, 16. Juni 2024 im Schützenheim statt“) are one offering's.
    named_days = {day_and_month(c) or c for c in named}
    reading.holds_several = (
        (len(named) >= 2 and len(named_days) >= 2)
        or (len(dates) >= 2 and len(targets) >= 2)
        or len(leading) >= _DATE_LINES_OF_A_BOX
    )
    # Lines that are a day and nothing else („Sa.03.02.2018“, one per list item) under the
    # block's heading: that offering's own days, each an occurrence (``day_only_lines``).
    reading.lists_its_days = (
        reading.title_from_heading
        and len(own_days(text_lines(segment), segment)) >= _DATE_LINES_OF_A_BOX
    )


def _tidy_the_date(segment: list[LexborNode], reading: BlockReading, texts: list[str]) -> None:
    """The date text tidied, with the hours a cell or the prose gives, and whether it leads."""
    if reading.date_text is None:
        return
    reading.date_text = tidy_date_text(reading.date_text)
    # „Do. 3. September 2026“ in the day box, „06:00 Uhr · bis 07.09.“ on the meta line
    reading.date_text = with_the_run_end(reading.date_text, text_chunks(segment))
    if not TIME_LIKE.search(reading.date_text) and not add_time_cell(segment, reading):
        add_prose_time(segment, reading)
    if reading.url is None and not reading.date_leads:
        reading.date_leads = date_opens_the_block(segment, texts)


def _mend_the_title(
    segment: list[LexborNode],
    reading: BlockReading,
    heading_before: Callable[..., str | None] | None,
) -> None:
    """A title that is no name (a day, a month, nothing) named from elsewhere in the block, and
    a named block's hours and place taken from its name's line."""
    if (
        reading.title
        and reading.date_text
        and reading.title in reading.date_text
        and is_status_remark(reading.title)
    ):
        # „Donnerstag, 9. August 2018 um 19:00 Uhr fällt leider aus!“: the day's status, and
        # the day is named as the other bare days of its list are. (A cell of its own that
        # only says „Canceled“ stays the row's title: a row that names nothing else.)
        reading.status_text = reading.title
        reading.sources["status_text"] = "listing:status remark beside the day"
        reading.title = None
        reading.sources.pop("title", None)
    if (
        reading.title_from_heading
        and is_junk_title(reading.title)
        and names_a_day(reading.title or "")
        and (name_above := name_heading_above(segment[0])) is not None
    ):
        # „<h4>Kafka Special</h4><h3>13.10.2020 - 18:30 Uhr</h3>“: the heading above names it.
        reading.title = name_above
        reading.sources["title"] = "listing:name heading right above the date heading"
    if reading.title is None or (
        is_junk_title(reading.title)
        and (not reading.title_from_heading or names_a_day(reading.title))
    ):
        # A heading that is only a month ("Januar 2027") heads a section, not an item; a
        # heading that is a day ("Sa, 12. März") heads that day's item below it.
        title_from_text(segment, reading, heading_before)
    if reading.title is not None and reading.date_text is not None:
        if reading.sources.get("title") == "listing:text":
            name_before_its_day(reading)  # „Weinfest am 02.10.2018 ab 19.00 Uhr in der Turnhalle …“
        time_at_the_title_end(reading)
        time_inside_the_title(reading)  # „Mostersitzung, 19:00 Uhr altes Feuerwehrhaus“
        name_before_its_note(reading)  # „Tagesreise – Fahrt nach Laupen, Schienenvelos, …“
        time_at_the_title_start(reading)  # „16.11.“ | „12:00 Uhr Mobile Schadstoffsammlung“
        time_from_the_name(reading)  # „Regular Board Meeting (7 pm)“, „Special Meeting 5 p.m.“
        # „<strong>12.08 7pm Onlinecall </strong>for Internationals. Here is …“
        bold_title_carried_on(segment, reading)
        if reading.location_text is None and reading.sources.get("title") == "listing:text":
            # „‣ 24.09.2016 Bläserschnuppertag<br>Martin-Luther-Kirche“: a row named by its own
            # line (no heading, no link) has its place on the line below that one.
            _place_line_after(segment, reading)
    if (
        reading.title is not None
        and reading.location_text is None
        and reading.sources.get("title", "").endswith(_BOLD_OVER_A_LINK)
    ):
        # „<b>Vorstandssitzung des DTV</b><br>im <a>Konzerthaus Freiburg, Konferenzraum 9</a>“
        # in a programme's row (its day stands above the table): the row named by its bold
        # line has its place on the line below that one, as a row named by its own line has.
        _place_line_after(segment, reading)


_BOLD_OVER_A_LINK = "(bold line over a link in prose)"


def _named_by_the_invitation(reading: BlockReading, text: str) -> None:
    """A heading's title extended by what the block's text invites to (and its place)."""
    if not (reading.title_from_heading and reading.title and reading.date_text):
        return
    invited = named_invitation(reading.title, text)
    if invited is not None:
        reading.title = invited
        reading.sources["title"] += " + invitation text"
        place = invited_place(text) if reading.location_text is None else None
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:invitation text"


def _place_line_after(segment: list[LexborNode], reading: BlockReading) -> None:
    """The place line right after the block's title, date or time line (``place_lines``)."""
    assert reading.title is not None
    kinds = _kind_labels(segment)
    lines = [chunk for chunk in text_chunks(segment) if chunk not in kinds]
    place = place_after_anchor(lines, [reading.title, reading.date_text or ""])
    if place is not None:
        reading.location_text = place
        reading.sources["location_text"] = "listing:place line after the title, date or time"
        held = _HELD_AT_THE_END.search(reading.title)
        if (
            held is not None
            and not names_a_venue_word(place)
            and not no_place_noun(held["venue"].strip())
        ):
            # „Konzert im Elfenau Park“ over „Bern, Schweiz.“: the venue, then where it is
            # („Digitale Innovation im Austausch“ ends in no venue).
            reading.location_text = f"{held['venue'].strip()}, {place}"
            reading.sources["location_text"] += " + venue ending the title"


# „Konzert im Elfenau Park“, „Konzert im Haus Sonneneck“: the venue a title ends in.
# (Not inside a quoted name: „Musical „Wie im Himmel““ ends in a title, not a venue.)
_HELD_AT_THE_END = lazy_re.compile(
    rf"\s{PLACE_PREPOSITION}\s+(?P<venue>[A-ZÄÖÜ][^,.;:!?()„“”\"»«]{{2,60}})$"
)


# <span class="type">Markt</span>, <span class="event-category">: what kind of event it is (a
# class word that ends so; not WordPress's per-item "category-netzwerk" on a whole block).
_KIND_CLASS = lazy_re.compile(
    r"(?:[\w-]*[-_])?(?:type|category|categories|kategorie|kategorien|genre|sparte)", re.I
)


def _kind_labels(segment: list[LexborNode]) -> set[str]:
    """The texts of elements whose class says they give the event's kind („Markt“,
    „Gruppentreffen“): a kind is no place, though „Markt“ reads like a venue word."""
    labels: set[str] = set()
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            classes = (candidate.attributes.get("class") or "").split()
            if any(_KIND_CLASS.fullmatch(word) for word in classes):
                text = node_text(candidate)
                if text:
                    labels.add(text)
    return labels


# "<strong>Aufstellungsabende:</strong> 15. April/20. Mai/17. Juni": a series' name as the label
# of its list of days.
_SERIES_LINE = lazy_re.compile(
    r"^(?P<label>[A-ZÄÖÜ][^\W\d_]*(?:[ -][^\W\d_]+){0,3})\s*:\s*(?P<days>.+)$"
)


def _series_label(segment: list[LexborNode], reading: BlockReading) -> None:
    """A section under a heading ("<h2>Wien</h2>", a town) whose date line is a labelled list
    of days: the label names the evenings of the series, not the heading; an "Ort:" line right
    below the days is their place (an earlier one belongs to another series of the section)."""
    assert reading.date_text is not None
    lines = text_chunks(segment)
    for index, line in enumerate(lines):
        match = _SERIES_LINE.match(line)
        if match is None or not (reading.date_text in line or line in reading.date_text):
            continue
        label = match["label"]
        if LABELLED.match(f"{label}:") or PLACE_LINE.match(f"{label}:"):
            return
        if FIELD_LABEL.fullmatch(f"{label.lower()}:") or day_list(match["days"]) is None:
            return
        reading.title = label
        reading.date_text = match["days"]
        reading.sources["title"] = reading.sources.get("title", "listing:") + " + series label"
        below = PLACE_LABEL.match(lines[index + 1]) if index + 1 < len(lines) else None
        if below is not None:
            reading.location_text = clean_text(below.group(1))
            reading.sources["location_text"] = "listing:place line below the days"
        return


# An offering's start and end may each open a line; a third line opening with a date makes a box.
_DATE_LINES_OF_A_BOX = 3


def complete_from_surroundings(container: LexborNode, reading: BlockReading) -> None:
    """The block is the committee's link; the cell or row around it, which holds no other
    item, states the time ("17:30 Uhr") and the room's address on lines of their own."""
    untimed = reading.date_text is not None and not TIME_LIKE.search(reading.date_text)
    if untimed and add_time_cell([container], reading):
        where = reading.sources.get("date_text", "listing:")
        reading.sources["date_text"] = f"{where}+time:around"
    if reading.location_text is None:
        for chunk in text_chunks([container]):
            if chunk == reading.title or len(chunk) > MAX_PLACE_LINE or search_date_like(chunk):
                continue
            if ADDRESS_LINE.search(chunk):
                reading.location_text = after_the_hours(chunk, reading)
                reading.sources["location_text"] = "listing:address-line around"
                return
        # "<div class="keyvalue-key">Sitzungsort:</div><div …>Großer Sitzungssaal</div>" or
        # "<li>17:00-18:45 Uhr</li><li>Rathaus, im Ratssaal</li>" beside the block's link.
        read_place([container], reading)
        if reading.location_text is not None:
            reading.sources["location_text"] += " around"
        elif reading.title:
            anchors = [reading.title, reading.date_text or ""]
            place = place_after_anchor(text_chunks([container]), anchors)
            if place is not None:
                reading.location_text = place
                reading.sources["location_text"] = "listing:place line around"


def _read_description(segment: list[LexborNode], reading: BlockReading) -> None:
    known = {reading.title, reading.date_text, reading.location_text}
    for node in segment:
        for paragraph in [node] if node.tag == "p" else css_matches(node, "p"):
            text = node_text(paragraph)
            if text and text not in known and len(text) >= 40:
                reading.description = text[:500]
                reading.sources["description"] = "listing:p"
                return
