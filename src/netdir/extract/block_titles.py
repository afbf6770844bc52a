"""A listing block's title and link: headings, links, bold names, and a title taken from the
block's own text when nothing marks it."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.address_links import is_web_address
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    first_class,
    names_a_day,
    node_text,
    text_chunks,
    text_lines,
)
from netdir.extract.bold_in_sentence import TITLE_SOURCE as BOLD_NAME_SOURCE
from netdir.extract.bold_in_sentence import bold_name_in_sentence
from netdir.extract.bracketed_notes import is_bracketed_note
from netdir.extract.context import absolute_url, clean_text
from netdir.extract.control_labels import control_label_lines
from netdir.extract.date_badge_headings import is_date_badge_part
from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    MONTH_WORD,
    TIME_LIKE,
    without_publication_notes,
)
from netdir.extract.date_headings_above import heading_below_its_date
from netdir.extract.dated_box_runs import name_box_below_its_date
from netdir.extract.file_links import is_notice_file, only_documents
from netdir.extract.heading_clock_boxes import name_after_clock_box
from netdir.extract.heading_item_name import item_name
from netdir.extract.heading_subtitles import without_subtitle
from netdir.extract.inline_text import visible_text
from netdir.extract.itemprop_names import name_marked_inside
from netdir.extract.kind_heading_names import kind_and_bold_name
from netdir.extract.labelled_links import (
    is_labelled_document_link,
    names_the_host_before_the_day,
)
from netdir.extract.labelled_talk import SOURCE as TITLE_FIELD
from netdir.extract.labelled_talk import labelled_talk_title
from netdir.extract.place_lines import names_a_place, where_of_a_when_where_line
from netdir.extract.prose_links import bold_lines_over
from netdir.extract.reference_links import bold_name_over_a_reference
from netdir.extract.session_labels import in_capitals, name_under_the_label
from netdir.extract.title_text import (
    EDGE_NOISE,
    FIELD_LABEL,
    LEADING_BULLET,
    MAX_TEXT_TITLE,
    is_document_link,
    is_junk_title,
    opens_with_words,
    shortened,
    title_in_text,
    without_when_parts,
)
from netdir.extract.venue_titles import (
    kind_and_hour,
    map_link_texts,
    names_nothing,
    venue_of_the_place,
)
from netdir.normalize.classify import classify_kind

_HEADING_SELECTOR = ", ".join(HEADING_TAGS)
# Whole class words ("event-title", "name", the German "bezeichnung") and the compounds that
# say the name is the event's ("eventname", "eventTitle", "veranstaltungstitel"); not
# "venuename" or "username".
_TITLE_CLASS = lazy_re.compile(
    r"(^|[-_ ])(?:(?:event|veranstaltung|termin|show)s?)?"
    r"(title|titel|headline|heading|ueberschrift|name|bezeichnung)([-_ ]|$)",
    re.I,
)
_MIN_LINK_TITLE = 3  # characters: a link this long can name an event ("🔍" cannot)
_BACK_LINK = lazy_re.compile(r"^\s*(?:«|‹|<|zurück)", re.I)
_NOT_A_PAGE = ("#", "mailto:", "javascript:", "tel:", "data:")


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
    if reading.date_text is not None and (named := bold_name_in_sentence(segment)) is not None:
        # „Der <strong>Eröffnungsgottesdienst</strong> … am Sonntag, dem 23. August, um 10 Uhr
        # …“: an item that is one sentence names its event in bold.
        reading.title = named
        reading.sources["title"] = BOLD_NAME_SOURCE
        return
    if _title_from_a_line(segment, chunks, reading, heading_before):
        return
    if heading_before is not None and reading.date_text is not None:
        heading = heading_before()
        if heading is not None and not is_junk_title(heading):
            # „2026 Council Meetings“ over rows of days: each row is a „Council Meeting“.
            reading.title = item_name(heading)
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
    for index, chunk in enumerate(chunks):
        if chunk == reading.location_text or chunk in captions:
            continue
        if names_nothing(chunk, map_links):
            continue  # a box office's phone line, a link to a map service, „Beginn 14:30 Uhr“
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
        chunk = _without_pointer_links(chunk, pointers)
        title = title_in_text(chunk)
        if title is not None and is_bracketed_note(title) and _names_later(chunks, index):
            continue  # „2:10 pm - 3:10 pm (afternoon beverages available)“ | „Session W-4“
        if title is not None and (named := _named_below(chunk, chunks[index + 1 :], reading)):
            # „Und das Finale am 28/29 Juli:<br>Internationaler Balboa & Laminu Workshop“: the
            # date line's colon hands over to the line below, which names the offering.
            reading.title = named
            reading.sources["title"] = "listing:text below"
            return True
        if title is not None:
            _titled_by_its_line(chunk, title, reading, heading_before)
            return True
    return False


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
        # in its own words, a date it repeats included ("Health PRC Meeting Dec 2, 2020").
        title = shortened(EDGE_NOISE.sub("", without_publication_notes(chunk)))
    reading.title = title
    reading.sources["title"] = "listing:text"
    _time_after_the_name(chunk, reading)
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


# "Jahreshauptversammlung RCA (18.00 Uhr Fährhaus)", "Arbeitseinsatz - 8.00 Uhr bis ca. 12.00
# Uhr im Hafen", "Boote einkranen ab 8.00 Uhr": the name, then its clock time, then its place.
_CLOCK_AFTER_NAME = lazy_re.compile(
    r"(?P<lead>\s*[-–—,(]\s*|\s+)(?P<clock>(?:(?:ab|um|von)\s+)?\d{1,2}[.:]\d{2}"
    r"(?:\s*Uhr)?(?:\s*(?:bis|[-–])\s*(?:ca\.\s*)?\d{1,2}[.:]\d{2})?\s*(?:Uhr)?)"
    r"(?P<rest>.*)$"
    # „Informationstreffen für Wahlhelfer:innen (20 Uhr)“: a whole hour alone in the name's
    # closing bracket, or after a short note there („(Öffentlich, um 13 Uhr)“).
    r"|(?P<hour_lead>\s*\(\s*(?:[^(),\d]{1,30},\s*)?)(?P<hour>(?:(?:ab|um)\s+)?(?:[01]?\d|2[0-3])\s*Uhr)\s*\)\s*$",
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
    match = _CLOCK_AFTER_NAME.search(rest_of_line)
    if match is None:
        return
    if match["hour"] is not None:
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
# im Anglerheim", "Treffpunkt jeweils 8:00 Uhr am Vereinsheim".
_WHERE_WHEN_LEAD = lazy_re.compile(
    r"^(?:im|in\s+der|in\s+den|jeweils|treffpunkt|beginn|ab|bei|at|in\s+the)\b", re.I
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


def block_links(segment: list[LexborNode]) -> list[tuple[LexborNode, str, str]]:
    """(node, text, href) of each link that can lead to a page, in document order.

    Hrefs are resolved only for the link a block's URL is taken from: resolving every link of
    every candidate block was a third of the detector's time.
    """
    found = []
    for node in segment:
        candidates = [node] if node.tag == "a" else []
        candidates.extend(css_matches(node, "a[href]"))
        for link in candidates:
            href = (link.attributes.get("href") or "").strip()
            if href and not href.lower().startswith(_NOT_A_PAGE):
                found.append((link, visible_text(link), href))
    return found


_AUTHOR_HREF = lazy_re.compile(r"/(?:author|autor|authors|autoren)/", re.I)


def _author_link(link: LexborNode, href: str) -> bool:
    """A link to a person's author page (``/author/…``, ``rel="author"``)."""
    return "author" in (link.attributes.get("rel") or "").lower() or bool(_AUTHOR_HREF.search(href))


def read_title(
    segment: list[LexborNode],
    links: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    base_url: str,
) -> None:
    """The block's title (and its link, and a place its heading gives): its title element's
    text, else the link that names it, else a bold day line's or a topic line's name."""
    _title_of_the_title_node(segment, links, reading, base_url)
    naming = _naming_links(segment, links, reading, base_url)
    if reading.title is None and (named := _bold_day_then_name(segment, naming)):
        # "<p><strong>29. Juni 2025, 17:00 Uhr: Colors of Sound</strong>, … der <a>TONart
        # Kostheim</a> in der …</p>": the bold opening names the concert; the links in the
        # prose after it name the choirs that sing.
        reading.title = named
        reading.sources["title"] = "listing:bold day line"
        naming = []
    if reading.title is None and naming and _named_on_its_date_line(segment, naming):
        naming = []  # the row's own first line names it; its text titles it below
    topic = _topic_line(segment) if reading.title is None else None
    if topic is not None:
        # "Wer: <a>Prof. Dr. …</a><br>Thema: ‚Vom Abschreiben …‘<br>Wann: …": the link names
        # the speaker, the topic line names the lecture (the link still leads to the speaker).
        reading.title = topic
        reading.sources["title"] = "listing:topic line"
        naming = []
    if reading.title is None and naming:
        _title_of_the_longest_link(segment, naming, reading, base_url)
    _url_of_the_first_forward_link(links, naming, reading, base_url)


def _title_of_the_title_node(
    segment: list[LexborNode],
    links: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    base_url: str,
) -> None:
    """The name the block's heading or title element gives, with the link it holds or sits in."""
    title_node, how = _title_node(segment)
    if title_node is None:
        return
    heading_text = without_subtitle(title_node, _without_buttons(title_node, node_text(title_node)))
    after_box = name_after_clock_box(title_node, heading_text) if heading_text else None
    if after_box is not None:
        heading_text, place = after_box
        reading.location_text = reading.location_text or place
    reading.title = _without_version_note(_without_lead_clock(heading_text))
    reading.title_from_heading = reading.title is not None
    named = _bold_name_of_lines(title_node) if reading.title is not None else None
    if named is not None:
        reading.title, how = named, f"{how}>{_bold_tag(title_node)}"
    elif reading.title is not None and (lines := _name_and_place_lines(title_node)):
        # "<h4>Stammtisch<br>Café Inti</h4>": the heading's second line is the place.
        reading.title, reading.location_text = lines
        reading.sources["location_text"] = f"listing:{how} 2nd line"
        how = f"{how} 1st line"
    elif reading.title is not None and (marked := name_marked_inside(title_node)):
        reading.title, how = marked, f"{how}>[itemprop=name]"
    elif reading.title is not None and (first := _first_line_of_title_box(title_node)):
        reading.title, how = first, f"{how} 1st line"
    elif reading.title is not None and (full := kind_and_bold_name(title_node, reading.title)):
        # „<h2>Public lecture</h2><p><b>Australia, the land of things that bite …</b></p>“
        reading.title, how = full, f"{how} + bold line naming it"
    elif reading.title is not None and (full := _link_naming_the_kind(reading.title, links)):
        # „<h2>Fachtag</h2><p>Am 27. März 2019 fand der <a>4. Berliner Fachtag
        # geschlechterreflektierter Jungen*arbeit</a> statt.</p>“: the heading says only
        # what kind of event; the link in its text names which.
        reading.title, how = full, f"{how} + link naming it"
    link = title_node if title_node.tag == "a" else title_node.css_first("a[href]")
    if link is not None and link is not title_node and _badges_beside(title_node, link):
        # <div class="termin-name"><a>Atem-Meditation</a> <span class="badge">Bildung</span>
        # </div>: the link names the event, the spans beside it are labels.
        reading.title = node_text(link) or reading.title
    link = link or _enclosing_link(title_node, segment)
    url = absolute_url(link.attributes.get("href"), base_url) if link is not None else None
    if url is not None:
        reading.url = url
        reading.sources["url"] = f"listing:{how}>a@href"
        how = f"{how}>a" if link is not title_node else how
    reading.sources["title"] = f"listing:{how}"


def _naming_links(
    segment: list[LexborNode],
    links: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    base_url: str,
) -> list[tuple[LexborNode, str, str]]:
    """The block's links that may name it: not its documents, notices, the host's name before
    the day; of several, not an author's or a labelled field's link."""
    first_line = next(iter(text_chunks(segment)), "")
    naming = [
        item
        for item in links
        if not is_document_link(item[1])
        and not is_labelled_document_link(item[0])
        and not is_notice_file(item[1], item[2])
        and not names_the_host_before_the_day(item[2], base_url, item[1], first_line)
    ]
    if reading.title is None and only_documents(href for _, _, href in links):
        # „<a>Agenda</a> | <a>Info Packet</a> | <a>Minutes</a>“ beside „Regular Board Meeting (7
        # pm)“: every link of the row opens one of its files; the row's text names the meeting.
        naming = []
    if len(naming) > 1:
        # "erstellt von <a href="../author/tvw_cms_80.html">": the byline's author link names
        # who wrote the entry, not the entry (it may be longer than a one-word title).
        naming = [item for item in naming if not _author_link(item[0], item[2])] or naming
        # „<a>Stadtführung 1</a><br>Ort: <a>Rathausplatz, Paderborn (Treffpunkt)</a>“: the
        # labelled link is a field of the session, the unlabelled one names it.
        naming = [item for item in naming if not _labelled_value(item[0])] or naming
    return naming


def _title_of_the_longest_link(
    segment: list[LexborNode],
    naming: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    base_url: str,
) -> None:
    # No heading: the link with the longest text is the title (list items, table rows);
    # a row whose links are all its documents is titled by its own text instead.
    # A link whose text is a web address names a site, not the row: any other one first.
    link, text, href = max(naming, key=lambda item: (not is_web_address(item[1]), len(item[1])))
    reading.title = _named_by_ticket_link(clean_text(text))
    reading.url = absolute_url(href, base_url)
    reading.sources["title"] = f"listing:{link.parent.tag if link.parent else ''}>a"
    reading.sources["url"] = "listing:a@href"
    # (a "mehr" link names nothing at all: the emphasis below titles that block)
    bold = None if is_junk_title(reading.title) else _bold_name_over(segment, link)
    if bold is None and (named := bold_name_over_a_reference(link, base_url)) is not None:
        # „<b>Willkommen in Baden-Württemberg</b><br/><a href="/locations#Kaufhaus">…“:
        # the link leads to the venue's paragraph; the bold line names the point.
        bold = named, "b"
    if bold is not None:
        # "Im <a>Friedrich-Husemann Klinik</a>": the link names the hall; the bold line names
        # the concert (``prose_links``).
        reading.title, tag = bold
        reading.sources["title"] = f"listing:{tag} (bold line over a link in prose)"
    emphasis = _emphasised(segment) if is_junk_title(reading.title) else None
    if emphasis is not None:
        # "<strong>Titel</strong> … <a>mehr</a>": the bold text names it, the link leads there.
        reading.title = node_text(emphasis)
        reading.sources["title"] = f"listing:{emphasis.tag}"
    if reading.title is not None and is_web_address(reading.title):
        # „01.Februar 2025 | SRC Güstrow | <a>https://stoehr.seat.de/</a>“: the address leads
        # to the host's site; the row's own text names the race (``title_from_text``).
        reading.title = None
        del reading.sources["title"]


def _url_of_the_first_forward_link(
    links: list[tuple[LexborNode, str, str]],
    naming: list[tuple[LexborNode, str, str]],
    reading: BlockReading,
    base_url: str,
) -> None:
    """A titled block without a link of its own leads where its first link forward leads."""
    forward = [
        link
        for link in links
        if not _BACK_LINK.match(link[1]) and not is_labelled_document_link(link[0])
    ]
    if reading.url is None and forward and (reading.title is not None or not naming):
        reading.url = absolute_url(forward[0][2], base_url)
        reading.sources["url"] = "listing:a@href"


_NAME_WORDS = 3  # a name, not a kind: „4. Berliner Fachtag geschlechterreflektierter …“


def _link_naming_the_kind(heading: str, links: list[tuple[LexborNode, str, str]]) -> str | None:
    """The text of the block's one link that holds the one-word heading, a kind of event
    („Fachtag“, „Konzert“ is none: „Leibspeisen“ heads a talk its link describes), as a word of a
    longer name without a date; None otherwise."""
    word = heading.strip().casefold()
    if not word.isalpha() or classify_kind(None, word, None) == "event":
        return None
    found = [
        clean_text(text)
        for _link, text, _href in links
        if len(text.split()) >= _NAME_WORDS
        and word in (part.casefold() for part in re.findall(r"[^\W\d_]+", text))
        and not DATE_LIKE.search(text)
    ]
    return found[0] if len(found) == 1 else None


# "Thema: …", "Titel: …", "Vortragstitel: …": a line labelled as the offering's topic names it.
_TOPIC_LABEL = lazy_re.compile(
    r"^(?:thema|titel|vortragstitel|vortragsthema)\s*:\s*(?P<name>.{3,200})$", re.I
)


def _topic_line(segment: list[LexborNode]) -> str | None:
    """The text of the block's one line labelled as its topic; None without exactly one."""
    found = [
        m["name"].strip() for chunk in text_chunks(segment) if (m := _TOPIC_LABEL.match(chunk))
    ]
    return found[0] if len(found) == 1 and not is_junk_title(found[0]) else None


# "Sonntag, 11. März, 17 Uhr: Kirchenkonzert, Contz-les-Bains, Frankreich": a row's first line
# that names its day, then, after the colon, what happens.
_DATE_THEN_NAME = lazy_re.compile(r"^(?P<date>.{4,60}?)\s*:\s+(?P<name>[^\W\d_].*)$")


def _without_buttons(title_node: LexborNode, title: str | None) -> str | None:
    """„<h4>Coding Dojo <a class="btn btn-sign-up">Sign up</a></h4>“: a button beside the name
    in the heading asks the reader to act; its words are no part of the name."""
    if title is None:
        return None
    for link in css_matches(title_node, _BUTTON_LINKS):
        words = node_text(link)
        if words and title.endswith(words) and len(words) < len(title):
            title = title[: -len(words)].rstrip(" |·–-")
    return title


_BUTTON_LINKS = "a.btn, a.button"

# „22:30: THE MASTERMIND“, „19:00 – Chorprobe“: the row's clock, then a colon or dash, then
# the name.
_LEAD_CLOCK = lazy_re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?Uhr)?\s?[:–—-]\s+(?=[^\W\d_])")


# „TWIN PEAKS - engl. OmU“, „Blue Valentine engl. OmU“, „Perfect Days (OmU)“: the language
# version a cinema shows the film in (Originalfassung mit Untertiteln, Originalversion).
_VERSION_NOTE = lazy_re.compile(
    r"(?:\s*[-–—(]\s*|\s+)(?:(?:engl|franz|frz|span|ital|jap|kor|dt|port|russ|poln)\.?\s*)?"
    r"(?:OmU|OmdU|OmeU|OmenglU|OV|OmÜ)\)?$"
)


def _without_version_note(title: str | None) -> str | None:
    """A film's heading that ends with its language version names the film before it."""
    if title is None:
        return None
    return _VERSION_NOTE.sub("", title) or title


def _without_lead_clock(title: str | None) -> str | None:
    """A heading that opens with the screening's clock names the film after it; the clock is
    the row's time (its date text reads it there), no part of the name."""
    if title is None:
        return None
    return _LEAD_CLOCK.sub("", title, count=1) or title


def _bold_day_then_name(
    segment: list[LexborNode], naming: list[tuple[LexborNode, str, str]]
) -> str | None:
    """The name in a bold "<day>: <name>" that opens the block's first line when every link
    stands outside that bold part (in the prose after it); None otherwise."""
    chunks = text_chunks(segment)
    if not chunks:
        return None
    bold = next((node for root in segment for node in css_matches(root, "b, strong")), None)
    text = node_text(bold) if bold is not None else None
    if bold is None or not text or not chunks[0].startswith(text):
        return None
    match = _DATE_THEN_NAME.match(text)
    if match is None or not names_a_day(match["date"]):
        return None
    inside = {node.mem_id for node in css_matches(bold, "a[href]")}
    if any(link.mem_id in inside for link, _, _ in naming):
        return None
    return title_in_text(match["name"])


def _named_on_its_date_line(
    segment: list[LexborNode], naming: list[tuple[LexborNode, str, str]]
) -> bool:
    """The row's first line reads "<day>: <name>" and every link stands on a later line
    ("… Contz-les-Bains, Frankreich<br><a>Office de Tourisme du Bouzonvillois</a>": the
    tourist office's page about the concert, not its name)."""
    chunks = text_chunks(segment)
    match = _DATE_THEN_NAME.match(chunks[0]) if len(chunks) >= 2 else None
    if match is None or not names_a_day(match["date"]):
        return False
    later = " ".join(chunks[1:])
    return all(text and text not in chunks[0] and text in later for _, text, _ in naming)


# "Buy Tickets<span class="visually-hidden"> to see Laser Bad Bunny at 10:30 pm</span>": a
# ticket button whose screen-reader words name the show.
_TICKET_CALL = lazy_re.compile(
    r"^(?:buy|get|book|order)\s+tickets?\s+(?:to\s+see|for)\s+(?P<name>.+?)"
    r"(?:\s+(?:at|on)\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b).*)?$",
    re.I,
)


def _named_by_ticket_link(text: str | None) -> str | None:
    """The show a ticket link's words name ("Buy Tickets to see X at 10:30 pm" → "X")."""
    if text is None:
        return None
    match = _TICKET_CALL.match(text)
    return match["name"].strip() if match else text


def _bold_name_of_lines(heading: LexborNode) -> str | None:
    """A heading used as the event's whole box, in ``<br>`` lines ("<h3>Samstag, 19:30 Uhr<br>
    <b>24.09.16<br>Multivisionsshow<br>Die Anden</b><br>im Pfarrzentrum …</h3>"): its bold
    part names the event, without the day it also holds. Headings without lines are titles."""
    if heading.tag not in HEADING_TAGS or heading.css_first("br") is None:
        return None
    for bold in heading.css("b, strong"):
        text = node_text(bold)
        if text is None:
            continue
        name = title_in_text(text)
        if name is not None and name != node_text(heading):
            return name
    return None


def _name_and_place_lines(heading: LexborNode) -> tuple[str, str] | None:
    """A heading of two ``<br>`` lines whose second names a venue ("Beethoven-Konzert<br>
    Leipzig, Gewandhaus"): the event's name and its place."""
    if heading.tag not in HEADING_TAGS or heading.css_first("br") is None:
        return None
    lines = text_chunks([heading])
    if len(lines) != 2 or DATE_LIKE.search(lines[0]) or not names_a_place(lines[1]):
        return None
    if _A_KIND_OF_PLACE.fullmatch(lines[1]):
        # "<h2>DEPOT61<br><small>Das Museum</small></h2>": an article and a venue word say what
        # the first line is (its subtitle); a place names which one ("Leipzig, Gewandhaus").
        return None
    return lines[0], lines[1]


_A_KIND_OF_PLACE = lazy_re.compile(r"(?:der|die|das|the)\s+[^\W\d_]+", re.I)


def _first_line_of_title_box(box: LexborNode) -> str | None:
    """A class-named title box that holds the card's lines ("<div class="…_title"><div>James
    Margolis</div><div class="tag">pwyc</div><p class="short-description">Folk, Blues,
    Soul</p></div>"): its first line names the event; the tag and the teaser below do not.
    None for a heading (its ``<br>`` lines are read above) and for a box of one line."""
    if box.tag in HEADING_TAGS or box.css_first("p") is None:
        return None
    lines = text_chunks([box])
    if len(lines) < 2:
        return None
    return title_in_text(lines[0])


def _bold_tag(heading: LexborNode) -> str:
    bold = heading.css_first("b, strong")
    return bold.tag or "b" if bold is not None else "b"


def _badges_beside(title_node: LexborNode, link: LexborNode) -> bool:
    """Whether a class-named title box holds its link and, beside it, only other elements
    (badges, buttons) — no words of its own around the link ("Konzert: <a>Band</a>")."""
    if title_node.tag in HEADING_TAGS or link.parent is None:
        return False
    if link.parent.mem_id != title_node.mem_id or len(link.text(strip=True)) < _MIN_LINK_TITLE:
        return False
    children = list(title_node.iter(include_text=True))
    bare = [
        child for child in children if child.is_text_node and (child.text_content or "").strip()
    ]
    others = [child for child in children if child.is_element_node and child.mem_id != link.mem_id]
    return not bare and bool(others)


def _bold_name_over(segment: list[LexborNode], link: LexborNode) -> tuple[str, str] | None:
    """The name a block's bold line gives when its longest link stands among other words
    (``prose_links``), with the bold element's tag; a session's label in capitals above the
    row's own bold name gives way to it (``session_labels``)."""
    names: list[tuple[str, str]] = []
    for bold in bold_lines_over(segment, link):
        text = node_text(bold)
        if not text or len(text) > MAX_TEXT_TITLE or where_of_a_when_where_line(text):
            # (a bold line of days, hours and the address dates and places the card: the
            # bold name further down names it)
            continue
        name = title_in_text(text)
        if name is not None:
            names.append((name, bold.tag or "b"))
            if not in_capitals(name) and len(name.split()) > 1:
                break  # a name of its own: the bold lines below it are its details
    chosen = name_under_the_label([name for name, _ in names])
    return next((pair for pair in names if pair[0] == chosen), None)


def _emphasised(segment: list[LexborNode]) -> LexborNode | None:
    for node in segment:
        for candidate in css_matches(node, "strong, b"):
            text = candidate.text(strip=True)
            # „<strong>🏆 07.11.2026</strong>“ over „<strong>2. Familien- und Freundeturnier
            # </strong>“: the bold date dates the card, the bold name names it.
            if len(text) >= 3 and not is_junk_title(text):
                return candidate
    return None


def _title_node(segment: list[LexborNode]) -> tuple[LexborNode | None, str]:
    item_heading = heading_below_its_date(segment)
    if item_heading is not None:
        return item_heading, item_heading.tag or ""
    name_box = name_box_below_its_date(segment)
    if name_box is not None:
        return name_box, f"{name_box.tag}.{first_class(name_box)} under its date box"
    for node in segment:
        if node.tag in HEADING_TAGS:
            return node, node.tag or ""
        heading = _ranking_heading(node)
        if heading is not None:
            return heading, heading.tag or ""
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            if not _TITLE_CLASS.search(candidate.attributes.get("class") or ""):
                continue
            text = node_text(candidate) or ""
            month_only = bool(text) and all(MONTH_WORD.fullmatch(w) for w in text.split())
            if FIELD_LABEL.fullmatch(text.lower()) or month_only:
                # <span class="date-title">Date: </span> labels the date field and
                # <div class="month-name">Feb</div> is part of a date badge: neither names it.
                continue
            if _one_of_listed_titles(candidate):
                # A session's talks „<ul><li class="paper_title">…</li><li class="paper_title">“
                # under its linked name „V16: Texterschließung“: each names a part of it.
                continue
            return candidate, f"{candidate.tag}.{first_class(candidate)}"
    header = _header_box(segment)
    if header is not None:
        return header, f"{header.tag}.{first_class(header)}"
    return None, ""


# „programmHeader“, „card-header“, „event_head“: the box that heads a block.
_HEADER_CLASS = lazy_re.compile(r"(?:^|[-_ ]|(?<=[a-z]))(?:header|head)$", re.I)


def _header_box(segment: list[LexborNode]) -> LexborNode | None:
    """A block's first child box named a header whose first line is a name and whose second
    line is the block's day („<div class="programmHeader"><span>Get-together im Historischen
    Kaufhaus<br>Mittwoch, 22. Oktober 2014 ab 19.00 Uhr</span></div>“): the name heads it."""
    first = segment[0] if segment else None
    child = first.child if first is not None else None
    while child is not None and not child.is_element_node:
        child = child.next
    if child is None or not any(
        _HEADER_CLASS.search(name) for name in (child.attributes.get("class") or "").split()
    ):
        return None
    lines = text_chunks([child])
    if len(lines) != 2 or DATE_LIKE.search(lines[0]) or not names_a_day(lines[1]):
        return None
    return child


def _one_of_listed_titles(node: LexborNode) -> bool:
    """A list item whose list holds another item of the same class."""
    if node.tag != "li" or node.parent is None:
        return False
    classes = node.attributes.get("class")
    return any(
        sibling.tag == "li"
        and sibling.mem_id != node.mem_id
        and sibling.attributes.get("class") == classes
        for sibling in node.parent.iter(include_text=False)
    )


def _labelled_value(link: LexborNode) -> bool:
    """A link that is the value of a short label before it („Ort: <a>Audimax</a>“,
    „Keynote-Speaker: <a>Alan Liu …</a>“, the label in a span of its own or in the text)."""
    node = link
    while node.prev is None and node.parent is not None and node.parent.tag in _INLINE_WRAPPERS:
        node = node.parent
    before = node.prev
    while (
        before is not None
        and not (visible_text(before) if not before.is_text_node else before.text()).strip()
    ):
        before = before.prev
    if before is None:
        return False
    text = (before.text() if before.is_text_node else visible_text(before)).strip()
    return text.endswith(":") and 0 < len(text) <= _LABEL_CHARS and len(text.split()) <= 2


_INLINE_WRAPPERS = frozenset({"span", "b", "strong", "em", "i", "u"})
_LABEL_CHARS = 25  # „Keynote-Speaker:“; a longer text before a colon is a sentence


def _ranking_heading(node: LexborNode) -> LexborNode | None:
    """The block's heading of the highest rank, the first of them: "<h5>bzw.:BEZIEHUNGSWESEN
    </h5><h3>Demokratie vor der Wahl</h3><h6>Podium</h6>" is named by its h3 — the smaller
    heading above it is the series' kicker, the one below the format."""
    headings = node.css(_HEADING_SELECTOR)
    if not headings:
        return None
    best = min(headings, key=lambda heading: HEADING_TAGS.index(heading.tag or "h6"))
    if _dates_the_block(node_text(best) or ""):
        # „<h3>13</h3><div>Sep.</div>“ beside „<h3>Frühschoppen 2026</h3>“: the first heading of
        # the rank is the card's day box; the next one of the same rank names the card. So is
        # a programme slot's „<h3>10:15 - 11:00</h3>“ beside „<h3>PHIVE - Managing your PHP
        # toolchain</h3>“: its hours, read with the date.
        named = [
            h for h in headings if h.tag == best.tag and not _dates_the_block(node_text(h) or "")
        ]
        return named[0] if named else best
    return best


def _dates_the_block(text: str) -> bool:
    """A heading that is only a part of a day („13“, „Sep.“) or only the slot's hours
    („10:15 - 11:00“, „09:00am - 07:00pm“): it dates the block, it names nothing."""
    if is_date_badge_part(text):
        return True
    if not TIME_LIKE.search(text):
        return False
    # („09:00am“: the clock's half of the day may stay beside the digits)
    rest = _CLOCK_WORDS.sub(" ", TIME_LIKE.sub(" ", text))
    return not any(map(str.isalnum, rest))


_CLOCK_WORDS = lazy_re.compile(r"(?<![^\W\d])(?:[ap]\.?m\.?|uhr)(?!\w)", re.I)


def _enclosing_link(node: LexborNode, segment: list[LexborNode]) -> LexborNode | None:
    """A card wrapped in ``<a class="card" href>``: the heading's link is an ancestor, also
    just above the block read (``<a href><div banner/><div details>…</div></a>``, the details
    box being the block)."""
    roots = {n.mem_id for n in segment}
    current: LexborNode | None = node
    while current is not None and current.is_element_node:
        if current.tag == "a" and current.attributes.get("href"):
            return current
        if current.mem_id in roots:
            above = current.parent
            wraps = above is not None and above.tag == "a" and above.attributes.get("href")
            return above if wraps else None
        current = current.parent
    return None
