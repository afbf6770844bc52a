"""A listing block's title taken from its own text when no heading, title element or telling
link marks it: its first line that names something (its hour after the name going to the date,
its place after the hour to the place), the line above its day in a paragraph of its own, or the
heading above the block when the block's line only says where and when.

Split from ``block_titles`` (the marked titles: headings, title elements, links, bold names),
whose ``block_links`` it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.announcing_headings import event_of_a_dated_sentence, hours_of_a_dated_sentence
from netdir.extract.badge_before_the_day import badge_texts
from netdir.extract.block_columns import aside_cell_texts
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    names_a_day,
    node_text,
    text_chunks,
    text_lines,
)
from netdir.extract.block_titles import block_links
from netdir.extract.bold_day_sentences import SOURCE as BOLD_DAY
from netdir.extract.bold_day_sentences import name_before_the_description
from netdir.extract.bold_in_sentence import TITLE_SOURCE as BOLD_NAME_SOURCE
from netdir.extract.bold_in_sentence import bold_name_in_sentence
from netdir.extract.bold_line_before import BOLD_LINE_BEFORE_THE_DAY, bold_line_before_the_day
from netdir.extract.bold_name_cells import PLACE_SOURCE as BOLD_CELL_PLACE
from netdir.extract.bold_name_cells import TITLE_SOURCE as BOLD_CELL_TITLE
from netdir.extract.bold_name_cells import bold_name_and_place
from netdir.extract.bold_name_rows import BOLD_NAME_BEFORE_THE_DAY, bold_name_before_the_day
from netdir.extract.bracketed_day_remarks import name_after_the_venue
from netdir.extract.bracketed_notes import is_bracketed_note, is_remark_of_its_line
from netdir.extract.control_labels import control_label_lines
from netdir.extract.date_cues import (
    CLOCK_AT,
    DATE_LIKE,
    DATE_PHRASE,
    TIME_LIKE,
    without_publication_notes,
)
from netdir.extract.group_clock_name import group_clock_name
from netdir.extract.heading_item_name import item_name
from netdir.extract.italic_place_rows import PLACE_SOURCE as ITALIC_PLACE
from netdir.extract.italic_place_rows import TITLE_SOURCE as BOLD_UNDER_ITALIC
from netdir.extract.italic_place_rows import bold_name_under_italic_place
from netdir.extract.labelled_talk import SOURCE as TITLE_FIELD
from netdir.extract.labelled_talk import labelled_talk_title
from netdir.extract.name_before_its_day import name_before_its_days
from netdir.extract.name_colon_sentence import clock_of_the_sentence, name_and_sentence
from netdir.extract.name_notes import without_name_notes
from netdir.extract.place_day_rows import PLACE_SOURCE as PLACE_DAY_PLACE
from netdir.extract.place_day_rows import TITLE_SOURCE as PLACE_DAY_TITLE
from netdir.extract.place_day_rows import bold_name_under_place_and_day
from netdir.extract.place_lines import where_of_a_when_where_line
from netdir.extract.sentence_ends import first_full_stop
from netdir.extract.status_badge import is_status_remark
from netdir.extract.title_place_labels import name_and_labelled_place
from netdir.extract.title_text import (
    EDGE_NOISE,
    LEADING_BULLET,
    is_document_link,
    is_junk_title,
    only_in_a_town,
    opens_with_words,
    shortened,
    title_in_text,
    without_when_parts,
)
from netdir.extract.venue_address_lines import SOURCE as VENUE_OVER_ITS_ADDRESS
from netdir.extract.venue_address_lines import part_of_the_place, venue_over_its_address
from netdir.extract.venue_clock_name import venue_clock_name
from netdir.extract.venue_then_name import name_after_its_venue
from netdir.extract.venue_titles import (
    kind_and_hour,
    map_link_texts,
    names_nothing,
    venue_of_the_place,
)
from netdir.extract.verb_first_remainders import subject_after_the_verb
from netdir.extract.verb_led_titles import name_of_a_verb_sentence


def title_from_dated_paragraph(segment: list[LexborNode], reading: BlockReading) -> None:
    """A box of several paragraphs whose longest link names another thing („<a>Veranstaltungen
    2019</a>“) than the paragraph with a day and a link of its own: „Leben im Bild: <a>“Verborgene
    Sonne”</a> Bildgespräche mit …<br>am Freitag, 29. März um 17 Uhr“ — the line above the day,
    in the day's own paragraph, names the event."""
    chosen = reading.title
    lines = text_lines(segment)
    if chosen is None:
        return
    if len({owner.mem_id for _, owner in lines if owner is not None and owner.tag == "p"}) < 2:
        return
    for index, (line, owner) in enumerate(lines):
        match = DATE_PHRASE.search(line)
        if match is None or not names_a_day(match.group(0)):
            continue
        if owner is None or owner.tag != "p" or chosen in line:
            return
        if owner.css_first("a[href]") is None:
            return  # "Daily" / "January 6 – March 15, 2026" under the card's title link
        above = lines[index - 1] if index else None
        if above is None or above[1] is None or above[1].mem_id != owner.mem_id:
            return
        if DATE_PHRASE.search(above[0]):
            return
        if chosen in above[0] or (title := title_in_text(above[0])) is None:
            return
        reading.title = title
        reading.sources["title"] = "listing:p line above its day"
        return


def title_from_text(
    segment: list[LexborNode],
    reading: BlockReading,
    heading_before: Callable[..., str | None] | None,
) -> None:
    """A block without a heading or a telling link: its first line that is not only a date,
    a time or the place; else the section heading above it."""
    chunks = text_chunks(segment)
    if (talk := labelled_talk_title(chunks)) is not None:
        # „Speaker: Jaechoul Lee Title: An efficient least squares algorithm …“ under the day.
        reading.title = talk
        reading.sources["title"] = TITLE_FIELD
        return
    if reading.date_text is not None and (bold := bold_name_before_the_day(segment)) is not None:
        # „<strong>Israel Innovation Conference</strong> - May 20, 2014 in Tel Aviv, Israel“
        reading.title = bold
        reading.sources["title"] = BOLD_NAME_BEFORE_THE_DAY
        return
    if reading.date_text is not None and (cell := bold_name_and_place(segment)) is not None:
        # „<td><b>Skills Night</b> ROC Garage</td><td>Sep 7</td>“: the bold names the
        # training, the words after it in its cell say where.
        reading.title, place = cell
        reading.sources["title"] = BOLD_CELL_TITLE
        if place is not None and reading.location_text is None:
            reading.location_text = place
            reading.sources["location_text"] = BOLD_CELL_PLACE
        return
    if reading.date_text is not None and (named := bold_name_in_sentence(segment)) is not None:
        # „Der <strong>Eröffnungsgottesdienst</strong> … am Sonntag, dem 23. August, um 10 Uhr
        # …“: an item that is one sentence names its event in bold.
        reading.title = named
        reading.sources["title"] = BOLD_NAME_SOURCE
        return
    if reading.date_text is not None and (row := bold_name_under_place_and_day(segment)):
        # „Christuskirche, Sa. 5.1.2019<br>um 18 Uhr<br><strong>NEUJAHRSKONZERT</strong>“: the
        # first line says where and when, the bold line below names the concert.
        reading.title, place = row
        reading.sources["title"] = PLACE_DAY_TITLE
        # The day ends a line of its own, after the place only (however long the church's
        # name and the feast day before it: „Christuskirche, Pfingstmontag, 10.6.2019“): a
        # field of the row, not a day told in prose.
        reading.date_leads = True
        if reading.location_text is None:
            reading.location_text = place
            reading.sources["location_text"] = PLACE_DAY_PLACE
        return
    if reading.date_text is not None and (boxed := bold_name_under_italic_place(segment)):
        # „26. Nov. 24, 19:30 - 22:00<br><em>Kanti Sursee, Musiksaal EG</em>“ over
        # „<strong>SP Sursee Parteiversammlung</strong>“: the italic line under the day says
        # where, the bold line below names what.
        reading.title, place = boxed
        reading.sources["title"] = BOLD_UNDER_ITALIC
        if reading.location_text is None or reading.location_text == reading.title:
            reading.location_text = place
            reading.sources["location_text"] = ITALIC_PLACE
        return
    if _title_from_a_line(segment, chunks, reading, heading_before):
        return
    if reading.date_text is not None and (boxed_name := bold_line_before_the_day(segment)):
        # „<strong>Ausflug zur Burg Wels</strong><p>🗓️ Mittwoch, 20. April 2026</p>“ in its box
        # under „Geplante Ausflüge“: the box's bold first line names the day's line
        reading.title = boxed_name
        reading.sources["title"] = BOLD_LINE_BEFORE_THE_DAY
        return
    if heading_before is not None and reading.date_text is not None:
        heading = heading_before()
        if heading is not None and not is_junk_title(heading):
            # „2026 Council Meetings“ over rows of days: each row is a „Council Meeting“; „Methoden-
            # blitz: Umgang mit Risiken (ca. 1,5 Stunden)“ over its table of dates: each row is the
            # course, the bracket only says how long it lasts.
            reading.title = item_name(without_name_notes(heading))
            reading.sources["title"] = "listing:heading-before"
            return
    if (
        reading.date_text is not None
        and reading.location_text is not None
        and _under_a_date_heading(segment)
    ):
        venue = venue_of_the_place(segment, reading.location_text)
        if venue is not None and title_in_text(venue) is not None:
            # Only its hour and its hall's address, no heading above to name it: the block is
            # named by its venue.
            reading.title = venue
            reading.sources["title"] = "listing:venue (nothing else names it)"


def _title_from_a_line(
    segment: list[LexborNode],
    chunks: list[str],
    reading: BlockReading,
    heading_before: Callable[..., str | None] | None,
) -> bool:
    """Title the block by its first line that names something (not its place, a caption, a
    phone or map line, a document, an hour line or a line of hours and place, which give the
    date and place instead); whether one did."""
    links = block_links(segment)
    pointers = [text for _, text, _ in links if text and is_junk_title(text)]
    captions = control_label_lines(segment)
    map_links = map_link_texts(links)
    documents = [text.strip() for _, text, _ in links if text.strip() and is_document_link(text)]
    asides = aside_cell_texts(segment)  # „bevorzugter Verein“: whom a row is for, not its name
    for index, chunk in enumerate(chunks):
        if chunk == reading.location_text or chunk in captions or chunk in asides:
            continue
        if part_of_the_place(chunk, reading):
            # „Bürgersaal/Bürgerhaus Grunbach“ over its street and town: the venue's line of
            # the place read from both
            continue
        if names_nothing(chunk, map_links):
            continue  # a box office's phone line, a link to a map service, „Beginn 14:30 Uhr“
        if heading_before is not None and venue_over_its_address(chunks, index):
            # „Archiv-Ecke in der Bücherhalle Neugraben<br>Am Neugrabener Markt 7<br>21149
            # Hamburg.“ below a day heading: the venue over its street and town says where; the
            # prose after the address describes, the heading above names what is held there
            if reading.location_text is None:
                reading.location_text = ", ".join(c.strip(" .") for c in chunks[index : index + 3])
                reading.sources["location_text"] = VENUE_OVER_ITS_ADDRESS
            heading = heading_before(True)
            if heading is None or is_junk_title(heading):
                return False
            reading.title = item_name(heading)
            reading.sources["title"] = "listing:heading above (its lines only say where)"
            return True
        if is_document_link(chunk):
            continue  # a meeting row's „Agenda“, „Agenda Packet“, „Minutes“: its files
        clock = kind_and_hour(chunk)
        if clock and reading.date_text and _named_on_the_next_line(chunks, index, reading):
            # „Matinée ab 11 Uhr“ over „Siebtes Neujahrskonzert zu Gunsten …“: the upper line
            # tells the hour, the lower one names the concert.
            if not TIME_LIKE.search(reading.date_text):
                reading.date_text = f"{reading.date_text}, {clock}"
                reading.sources["date_text"] = reading.sources.get("date_text", "") + " + hour line"
            continue
        where = where_of_a_when_where_line(chunk) if reading.date_text else None
        if where is not None:
            # „6. Dezember 2025<br>10:00 - 16:00 Uhr, Collegienstr. 62A“ over „<b>Entrelac
            # Workshop …</b>“: a card's line of hours and address (or the address alone) says
            # when and where; the line below names it.
            if reading.location_text is None:
                reading.location_text = where
                reading.sources["location_text"] = "listing:hours-and-place line"
            continue
        chunk = without_document_links(_without_pointer_links(chunk, pointers), documents)
        title = title_in_text(chunk)
        if (
            title is not None
            and reading.date_text
            and title != chunk.strip()
            and is_status_remark(title)
        ):
            # „… um 19:00 Uhr fällt leider aus!“: the day's status beside it on its line, not
            # its name (a cell that only says „Canceled“ is read as before).
            reading.status_text = title
            reading.sources["status_text"] = "listing:status remark beside the day"
            continue
        if title is not None and is_bracketed_note(title) and _names_later(chunks, index):
            continue  # „2:10 pm - 3:10 pm (afternoon beverages available)“ | „Session W-4“
        if (
            title is not None
            and reading.date_text
            and title != chunk.strip()
            and title in badge_texts(segment)
            and _names_later(chunks, index)
        ):
            continue  # „Event Freitag, 5. Dezember 2025, 09:00 Uhr“ over „Adventsznüni“
        if (
            title is not None
            and reading.date_text
            and title != chunk.strip()
            and is_remark_of_its_line(title, chunk)
        ):
            continue  # „17. Mai (wegen des Himmelfahrtstags am 10. Mai)“: why that day, no name
        if title is not None and title != chunk.strip() and only_in_a_town(title):
            continue  # „****** 27.10.2007 in München ******“: the day's line says where only
        if title is not None and (named := _named_below(chunk, chunks[index + 1 :], reading)):
            # „Und das Finale am 28/29 Juli:<br>Internationaler Balboa & Laminu Workshop“: the
            # date line's colon hands over to the line below, which names the offering.
            reading.title = named
            reading.sources["title"] = "listing:text below"
            return True
        if title is not None:
            _titled_by_its_line(chunk, title, reading, heading_before)
            if reading.title is not None and (
                name := name_before_the_description(segment, reading.title, reading.date_text)
            ):
                # „<b>Tuesday, 28th June at 9pm</b> Allan's Carnival Quiz. Come along …“
                reading.title = name
                reading.sources["title"] = reading.sources.get("title", "listing:") + BOLD_DAY
            return True
    return False


VENUE_THEN_NAME_SOURCE = "listing:text (the name after its venue)"
# „Special Meeting 6:00pm“, „Board Meeting at 7 pm“: an am/pm hour (with „at“, „@“ or a dash
# before it) that closes a line right after the name. A German line's „…, Beginn 18:00 Uhr“ or „…
# im Weissen Kreuz um 19:00 Uhr“ is left whole: the readers after it take the place and the hour
# out of such a line, and the clock alone would leave its label behind.
_CLOSING_CLOCK = lazy_re.compile(
    r"\s*(?:\bat\b|@|[-–])?\s*(?P<clock>\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s*$", re.I
)


def _without_the_dates_clock(line: str, date_text: str) -> str:
    """``line`` without the am/pm hour that closes it when the block's date text holds that hour
    (the date took it) and what is left is a plain name (no comma); else ``line`` as it is."""
    found = _CLOSING_CLOCK.search(line)
    if found is None or found["clock"] not in date_text:
        return line
    rest = line[: found.start()].strip()
    return rest if rest and "," not in rest else line


_BLANK_BEFORE_MARK = lazy_re.compile(r"\s+(?=[,.;:!?](?:\s|$))")


def _titled_by_its_line(
    chunk: str,
    title: str,
    reading: BlockReading,
    heading_before: Callable[..., str | None] | None,
) -> None:
    """The line's name as the block's title, its hour after the name to the date — or, when the
    line only says where and when, the heading above as the title and the line as the place."""
    if (
        reading.date_text
        and reading.date_text not in chunk
        and opens_with_words(chunk)
        and without_when_parts(chunk) == chunk
    ):
        # The block's date stands in a line of its own; this line names the offering
        # in its own words, a date it repeats included ("Health PRC Meeting Dec 2, 2020") —
        # but not the hour closing it that the date took („March 22nd<br><small>Special Meeting
        # <u>6:00pm</u></small>“ in one date cell: the meeting is „Special Meeting“ at 6 pm).
        own_words = _without_the_dates_clock(chunk, reading.date_text)
        title = shortened(EDGE_NOISE.sub("", without_publication_notes(own_words)))
    # „Dancing at the <a>Kirtlington Lamb Ale</a>, as guests …“: the line's text keeps a blank
    # where the link ended; the comma after it belongs to the word before.
    reading.title = _BLANK_BEFORE_MARK.sub("", title)
    reading.sources["title"] = "listing:text"
    if reading.date_text and (named := event_of_a_dated_sentence(chunk)) is not None:
        # „Am 08.06.2021 findet die Fortbildungsveranstaltung … statt.“: the row is a sentence
        # about its day; the event it names is the title, not the sentence.
        reading.title = shortened(named)
        reading.sources["title"] = "listing:text (the event its sentence names)"
        hours = hours_of_a_dated_sentence(chunk)
        if hours is not None and not TIME_LIKE.search(reading.date_text):
            reading.date_text = f"{reading.date_text}, {hours}"
            reading.sources["date_text"] = (
                reading.sources.get("date_text", "listing:") + " + its sentence's hours"
            )
    elif reading.date_text and (named := subject_after_the_verb(reading.title)) is not None:
        # „Am Sonntag (17.7.) geht die partizipative Baustelle in die nächste Runde.“: without
        # its day the line opens with the verb; its subject names the event.
        reading.title = named
        reading.sources["title"] = "listing:text (the subject after its verb)"
    if reading.date_text and reading.date_text in chunk and (line := name_before_its_days(chunk)):
        # „IWS 24.11. bis 15.12.2020 in SPZ Ehrenfeld“: the name before the days, where after
        reading.title = line.name
        reading.sources["title"] = "listing:text (the name before its days)"
        if reading.location_text is None and line.place is not None:
            reading.location_text = line.place
            reading.sources["location_text"] = "listing:text (the place after its days)"
    _time_after_the_name(chunk, reading)
    _clock_of_the_sentence(reading)
    name_of_a_verb_sentence(chunk, reading, heading_before)
    if (
        reading.date_text
        and reading.title
        and (split := name_and_sentence(reading.title)) is not None
    ):
        # „Feuer in den Alpen: 30 Höhenfeuer im Alpenraum setzen ein … Zeichen“: the name, then
        # a sentence about it after the colon (read after the clock cut the line)
        reading.title, sentence = split
        reading.sources["title"] = "listing:text (the name before a sentence)"
        clock = clock_of_the_sentence(sentence)
        if clock is not None and not TIME_LIKE.search(reading.date_text):
            reading.date_text = f"{reading.date_text}, {clock}"
            reading.sources["date_text"] = (
                reading.sources.get("date_text", "listing:") + " + the sentence's clock"
            )
    if (
        reading.date_text
        and reading.title
        and (labelled := name_and_labelled_place(reading.title)) is not None
    ):
        # „20 Jahrfeier Sozialsprengel Mieminger Plateau, Ort: Gemeindesaal.“: the label of the
        # place ends the name
        reading.title = labelled[0]
        reading.sources["title"] = "listing:text (the name before its place's label)"
        if reading.location_text is None:
            reading.location_text = labelled[1]
            reading.sources["location_text"] = "listing:text (the place after its label)"
    if (split := name_after_its_venue(reading.title)) is not None:
        # „20. April 10:00 im Vereinshaus Mitgliederversammlung“: the line says where before
        # what — the venue noun is the place, the event's name after it the title.
        venue, name = split
        reading.title = shortened(name)
        reading.sources["title"] = VENUE_THEN_NAME_SOURCE
        if reading.location_text is None or name in reading.location_text:
            reading.location_text = venue
            reading.sources["location_text"] = VENUE_THEN_NAME_SOURCE
        return
    if heading_before is not None and _only_where_and_when(chunk, reading):
        # "<h3>Mitgliederversammlung</h3> <p>14.03.2026 – 14:00 Uhr im Vereinsheim</p>",
        # "12.03. | 23.04. | …<br>jeweils 19:00 Uhr im Anglerheim": the row's own words
        # only say where and when; the heading right above names what.
        heading = heading_before(True)
        if heading is not None and not is_junk_title(heading):
            if reading.location_text is None:
                reading.location_text = title
                reading.sources["location_text"] = "listing:text"
            reading.title = item_name(heading)
            reading.sources["title"] = "listing:heading above"


# „ab 13.30 Uhr“, „um 19 Uhr“: a clock the sentence gives its day.
_SENTENCE_CLOCK = lazy_re.compile(rf"\b{CLOCK_AT}\b", re.I)


def _clock_of_the_sentence(reading: BlockReading) -> None:
    """„Am Samstag, den 12. Oktober 2024 spielen wir im Seepark ab 13.30 Uhr Doublette
    Supermêlée.“: a row that is one sentence is titled by what follows its day, which opens with
    the sentence's verb (lower case); the clock in that sentence is the day's (the title keeps
    its words, the names in it)."""
    title, when = reading.title, reading.date_text
    if not title or not when or TIME_LIKE.search(when) or not title[:1].islower():
        return
    stop = first_full_stop(title)
    match = _SENTENCE_CLOCK.search(title if stop < 0 else title[:stop])
    if match is None:
        return
    reading.date_text = f"{when}, {match.group(0)}"
    reading.sources["date_text"] = (
        reading.sources.get("date_text", "listing:") + " + its sentence's clock"
    )


def _names_later(chunks: list[str], index: int) -> bool:
    """A line after ``index`` names something in its own words (not a bracketed note)."""
    return any(
        (name := title_in_text(chunk)) is not None and not is_bracketed_note(name)
        for chunk in chunks[index + 1 :]
    )


def _named_on_the_next_line(chunks: list[str], index: int, reading: BlockReading) -> bool:
    """The line after ``index`` names something in two words or more (not the place)."""
    if index + 1 >= len(chunks) or chunks[index + 1] == reading.location_text:
        return False
    name = title_in_text(chunks[index + 1])
    return name is not None and len(name.split()) >= 2 and not names_a_day(chunks[index + 1])


def _under_a_date_heading(segment: list[LexborNode]) -> bool:
    """The block opens with a heading that is only its day („<h3>2026-01-17</h3>“)."""
    first = segment[0] if segment else None
    if first is None or first.tag not in HEADING_TAGS:
        return False
    text = node_text(first)
    return text is not None and names_a_day(text) and title_in_text(text) is None


def _named_below(chunk: str, below: list[str], reading: BlockReading) -> str | None:
    """The next line's name when ``chunk`` holds the block's date and ends in a colon."""
    if not below or not chunk.rstrip().endswith(":") or not reading.date_text:
        return None
    if reading.date_text not in chunk or DATE_LIKE.search(below[0]):
        return None
    return title_in_text(below[0])


def _without_pointer_links(chunk: str, pointers: list[str]) -> str:
    """A line whose end (or start) is a link that names nothing ("Gemeinderat <a>Im
    Ratsinformationssystem</a>", "… <a>mehr</a>"): the line without that link's words."""
    for text in pointers:
        if chunk != text and chunk.endswith(text):
            chunk = chunk[: -len(text)].rstrip()
        elif chunk != text and chunk.startswith(text):
            chunk = chunk[len(text) :].lstrip()
    return chunk


_DOCUMENT_SEPARATORS = " |·•–—-/,"


def without_document_links(chunk: str, documents: list[str]) -> str:
    """A line that ends in the row's file links („ODIDA Annual Meeting | <a>View Agenda (PDF)
    </a> | <a>View Minutes (PDF)</a>“): the line without them and the bars between."""
    if not documents:
        return chunk
    rest = chunk.rstrip(_DOCUMENT_SEPARATORS)
    while True:
        cut = next((text for text in documents if rest != text and rest.endswith(text)), None)
        if cut is None:
            break
        rest = rest[: -len(cut)].rstrip(_DOCUMENT_SEPARATORS)
    return rest if rest and rest != chunk.rstrip(_DOCUMENT_SEPARATORS) else chunk


# "Jahreshauptversammlung RCA (18.00 Uhr Fährhaus)", "Arbeitseinsatz - 8.00 Uhr bis ca. 12.00
# Uhr im Hafen", "Boote einkranen ab 8.00 Uhr": the name, then its clock time, then its place.
_CLOCK_AFTER_NAME = lazy_re.compile(
    # („…, 15 - 17:00 Uhr“: a whole hour opens the range whose end has the minutes)
    r"(?P<lead>\s*[-–—,(]\s*|\s+)(?P<clock>(?:(?:ab|um|von)\s+)?"
    r"(?:(?:[01]?\d|2[0-3])\s*(?:bis|[-–])\s*(?=\d{1,2}[.:]\d{2}\s*Uhr))?\d{1,2}[.:]\d{2}"
    r"(?:\s*Uhr)?(?:\s*(?:bis|[-–])\s*(?:ca\.\s*)?\d{1,2}[.:]\d{2})?\s*(?:Uhr)?)"
    r"(?P<rest>.*)$"
    # „Informationstreffen für Wahlhelfer:innen (20 Uhr)“: a whole hour alone in the name's
    # closing bracket, or after a short note there („(Öffentlich, um 13 Uhr)“).
    r"|(?P<hour_lead>\s*\(\s*(?:[^(),\d]{1,30},\s*)?)(?P<hour>(?:(?:ab|um)\s+)?(?:[01]?\d|2[0-3])\s*Uhr)\s*\)\s*$",
    re.I,
)
# „Firmung in der Pfarrkirche Untermieming, 18 Uhr.“, „Der Messias, Basilika Stift Stams,
# 20 Uhr.“: a whole hour with „Uhr“ after the name's last comma (the hours-and-minutes form above
# wants a colon or a dot; a bare figure after a comma could be a count, „Uhr“ makes it a clock).
# Only at the line's end (a pointer „[mehr]“ aside): in „Braunschweig, "Gearbox", Wendenstr. 59,
# 22 Uhr, live "Trash Hombres"“ the row's name comes after the hour.
_WHOLE_HOUR_AFTER_NAME = lazy_re.compile(
    r"(?P<lead>\s*,\s*)(?P<clock>(?:(?:ab|um)\s+)?(?:[01]?\d|2[0-3])\s*Uhr)\b"
    r"(?P<rest>[\s.!]*(?:\[[^\]\d]{1,20}\]\s*)?)$",
    re.I,
)
_PLACE_REST = lazy_re.compile(
    r"^[\s,;:]*(?:(?:im|in|am|an der|auf dem)\s+)?(?P<place>[^()]{3,80}?)\)?$", re.I
)


def _time_after_the_name(chunk: str, reading: BlockReading) -> None:
    """A dated row's line "<date> <name> (<time> <place>)": the time joins the date (it had
    none), the name ends before the time, what follows the time is the place."""
    if reading.title is None or reading.date_text is None or TIME_LIKE.search(reading.date_text):
        return
    # „‣ 11.11.2016   St.Martin … 17.30 Uhr“: a list bullet written as text opens the line.
    chunk = LEADING_BULLET.sub("", chunk)
    date = DATE_PHRASE.match(chunk)
    if date is None:
        return
    rest_of_line = chunk[date.end() :]
    if (split := venue_clock_name(rest_of_line)) is not None:
        _venue_then_the_clock(split, reading)
        return
    if (for_whom := group_clock_name(rest_of_line)) is not None:
        _group_then_the_clock(for_whom, reading)
        return
    match = _CLOCK_AFTER_NAME.search(rest_of_line) or _whole_hour_after_the_name(rest_of_line)
    if match is None:
        return
    if match.groupdict().get("hour") is not None:
        _name_and_its_clock(rest_of_line[: match.start()], match["hour"], reading)
        return
    if not re.search(r"uhr|^(?:ab|um|von)\s", match["clock"], re.I):
        return  # "15.00" alone could be a number; with "Uhr" or "ab"/"um" it is a time
    if not _name_and_its_clock(rest_of_line[: match.start()], match["clock"], reading):
        return
    place = _PLACE_REST.match(match["rest"])
    if place is not None and reading.location_text is None and not DATE_LIKE.search(match["rest"]):
        reading.location_text = place["place"].strip()
        reading.sources["location_text"] = "listing:text after the time"
        if (named := name_after_the_venue(reading.title, reading.location_text)) is not None:
            # „(Christi Himmelfahrt), 09.00 Uhr, Pfarrkirche Barwies - Erstkommunion“: the
            # bracket remarks on the day, the name follows the venue's dash
            reading.title, reading.location_text = named
            reading.sources["title"] = "listing:text (the name after the venue's dash)"


def _whole_hour_after_the_name(rest_of_line: str) -> re.Match[str] | None:
    """„…, 18 Uhr.“ at the end of a line whose name holds no other day (in „Vernissage: 4. Mai
    2007, 19 Uhr“ the hour is the vernissage's, not the row's)."""
    match = _WHOLE_HOUR_AFTER_NAME.search(rest_of_line)
    if match is None or DATE_LIKE.search(rest_of_line[: match.start()]):
        return None
    return match


def _venue_then_the_clock(split: tuple[str, str, str], reading: BlockReading) -> None:
    """„Barwies-Sozialzentrum, 20.15 Uhr, Platzkonzert …“: the name after the clock, the clock
    joins the date, the venue before it is where (``venue_clock_name``)."""
    venue, clock, name = split
    reading.title = name
    reading.sources["title"] = "listing:text (the name after its venue and clock)"
    reading.date_text = f"{reading.date_text}, {clock}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + " + time:text"
    if reading.location_text is None:
        reading.location_text = venue
        reading.sources["location_text"] = "listing:text (the venue before the clock)"


def _group_then_the_clock(split: tuple[str, str, str], reading: BlockReading) -> None:
    """„Jhg. 1//3: 8:45 - 9:30 Uhr ␣ Generalprobe …“: the name after the group's clock, the clock
    joins the date; the group's label says for whom (``group_clock_name``)."""
    _, clock, name = split
    reading.title = name
    reading.sources["title"] = "listing:text (the name after a group's clock)"
    reading.date_text = f"{reading.date_text}, {clock}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + " + time:text"


def _name_and_its_clock(before_clock: str, clock: str, reading: BlockReading) -> bool:
    """The text before the clock names the row, the clock joins its date; False when that text
    is too short to be a name."""
    name = EDGE_NOISE.sub("", before_clock)
    if sum(ch.isalpha() for ch in name) < 3:
        return False
    reading.title = name
    reading.date_text = f"{reading.date_text}, {clock.strip()}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + " + time:text"
    return True


# What a line that only says where and when opens with: "im Vereinsheim", "jeweils 19:00 Uhr
# im Anglerheim", "Treffpunkt jeweils 8:00 Uhr am Vereinsheim". „Beginn“ before an article is no
# label of the start time but the noun of what begins: a chess club's „17.10.24: Beginn des
# Schachunterrichts am BRG Wörgl.“ names the lessons' first day (held-out batch 182).
_WHERE_WHEN_LEAD = lazy_re.compile(
    r"^(?:im|in\s+der|in\s+den|jeweils|treffpunkt|beginn(?!\s+(?:des|der|dem|den|eines|einer)\b)"
    r"|ab|bei|at|in\s+the)\b",
    re.I,
)
# „… von 10:00 bis 14:30 Uhr in Groß Kienitz (vorbei)“: what is left after the day and hours
# opens with a lower-case „in“ before a name — the town it takes place in (a title „In Concert“
# is capitalised).
_IN_A_TOWN = lazy_re.compile(r"^in\s+[A-ZÄÖÜ]")


def _only_where_and_when(chunk: str, reading: BlockReading) -> bool:
    """A line led by a place or time word that holds the block's day or a clock time, or that
    says "jeweils" (a list of days above it): not an offering's name ("Im Rausch der Farben"
    on a line of its own stays the title)."""
    rest = title_in_text(chunk) or ""
    if reading.date_text is None or not (_WHERE_WHEN_LEAD.match(rest) or _IN_A_TOWN.match(rest)):
        return False
    return bool(
        DATE_LIKE.search(chunk) or TIME_LIKE.search(chunk) or re.search(r"\bjeweils\b", chunk, re.I)
    )
