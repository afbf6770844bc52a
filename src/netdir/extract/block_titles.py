"""A listing block's title and link: headings, title elements, links, bold names (a title taken
from the block's own text when nothing marks it: ``block_text_titles``)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.address_links import is_web_address
from netdir.extract.billing_lines import act_after_billing
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    first_class,
    names_a_day,
    node_text,
    text_chunks,
)
from netdir.extract.context import absolute_url, clean_text
from netdir.extract.date_badge_headings import is_date_badge_part
from netdir.extract.date_cues import (
    DATE_LIKE,
    MONTH_WORD,
    TIME_LIKE,
)
from netdir.extract.date_headings_above import heading_below_its_date
from netdir.extract.dated_box_runs import name_box_below_its_date
from netdir.extract.drawn_headings import drawn_name_above_label
from netdir.extract.file_links import is_notice_file, only_documents
from netdir.extract.genitive_links import name_going_on_from_the_noun
from netdir.extract.heading_clock_boxes import name_after_clock_box
from netdir.extract.heading_day_lines import name_lines_over_the_day
from netdir.extract.heading_subtitles import without_subtitle
from netdir.extract.inline_text import visible_text
from netdir.extract.itemprop_names import name_marked_inside
from netdir.extract.itinerary_lines import is_itinerary
from netdir.extract.kind_heading_names import kind_and_bold_name
from netdir.extract.labelled_links import (
    is_labelled_document_link,
    is_place_labelled_link,
    names_the_host_before_the_day,
)
from netdir.extract.labelled_name_links import name_after_its_label
from netdir.extract.link_badges import without_badges
from netdir.extract.links_after_the_name import links_after_a_named_sentence
from netdir.extract.month_heading_names import SOURCE as MONTH_HEADING
from netdir.extract.month_heading_names import name_below_the_day
from netdir.extract.name_before_its_day import names_only_what_follows
from netdir.extract.next_meeting_named_below import heading_below_the_announcement
from netdir.extract.partner_links import joint_with, names_a_partner, quoted_event_name
from netdir.extract.place_lines import names_a_place, where_of_a_when_where_line
from netdir.extract.prose_links import bold_lines_over, words_before
from netdir.extract.reference_links import bold_name_over_a_reference
from netdir.extract.schedule_where_cells import in_a_where_cell
from netdir.extract.session_labels import in_capitals, name_under_the_label
from netdir.extract.speaker_links import is_a_recording, names_a_speaker, talk_before_its_speaker
from netdir.extract.stacked_title_lines import name_line_inside
from netdir.extract.start_end_clock_lines import name_before_its_clocks
from netdir.extract.title_tag_labels import name_before_pills
from netdir.extract.title_text import (
    FIELD_LABEL,
    MAX_TEXT_TITLE,
    is_document_link,
    is_junk_title,
    title_in_text,
)
from netdir.extract.town_after_in import is_town_link_after_in
from netdir.normalize.classify import classify_kind

_HEADING_SELECTOR = ", ".join(HEADING_TAGS)
# Whole class words ("event-title", "name", the German "bezeichnung") and the compounds that
# say the name is the event's ("eventname", "eventTitle", "veranstaltungstitel"); not
# "venuename" or "username".
TITLE_CLASS = lazy_re.compile(
    r"(^|[-_ ])(?:(?:event|veranstaltung|termin|show)s?)?"
    r"(title|titel|headline|heading|ueberschrift|name|bezeichnung)([-_ ]|$)",
    re.I,
)
_HANDLE = lazy_re.compile(r"^\s*@[\w.]+(?:@[\w.-]+)?\s*$")
_MIN_LINK_TITLE = 3  # characters: a link this long can name an event ("🔍" cannot)
_BACK_LINK = lazy_re.compile(r"^\s*(?:«|‹|<|zurück)", re.I)
_NOT_A_PAGE = ("#", "mailto:", "javascript:", "tel:", "data:")


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
    if reading.title is not None and (below := name_below_the_day(segment, reading.title)):
        # „<h4>März 2016</h4>“ over „Samstag, 12. März 2016<br>Benefizkonzert mit dem …“
        reading.title = below
        reading.sources["title"] = reading.sources.get("title", "listing:") + MONTH_HEADING
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
    if reading.title is None and naming and _named_before_its_links(segment, naming):
        naming = []  # „<day>: <a sentence naming it>. <a>Anmeldung</a>“: the sentence titles it
    if reading.title is None and naming and _named_before_its_days(segment, naming):
        naming = []  # „Info-Vortrag … am 21.06.2021 auf einer Veranstaltung des <a>…</a>“
    if reading.title is None and naming and _day_term_over_a_sentence(segment, naming):
        naming = []  # the definition's sentence names the day's event; its text titles it below
    topic = _topic_line(segment) if reading.title is None else None
    if topic is not None:
        # "Wer: <a>Prof. Dr. …</a><br>Thema: ‚Vom Abschreiben …‘<br>Wann: …": the link names
        # the speaker, the topic line names the lecture (the link still leads to the speaker).
        reading.title = topic
        reading.sources["title"] = "listing:topic line"
        naming = []
    if reading.title is None and not naming and links:
        line = next(iter(text_chunks(segment)), "")
        if (talk := talk_before_its_speaker(line, links)) is not None:
            # „2014-10-13 OSSEC by <a>Mike Downey</a>“: the text before „by“ names the talk
            reading.title = title_in_text(talk)
            reading.sources["title"] = "listing:text before its speaker"
    if reading.title is None and naming:
        _title_of_the_longest_link(segment, naming, reading, base_url)
    if reading.title is not None and (linked := name_after_its_label(reading.title, links)):
        # „<strong>Details: <a>Furcago Pride Fest Meetup</a></strong>“: the link names it
        reading.title = linked
        reading.sources["title"] = (
            reading.sources.get("title", "listing:") + ", the link after its label"
        )
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
    elif reading.title is not None and (over := name_lines_over_the_day(title_node)):
        # „<h4>Jahrestour nach Miltenberg<br/>19. - 21.06.2020 <i>verschoben</i></h4>“
        reading.title, how = over, f"{how} lines over the day"
    elif reading.title is not None and (marked := name_marked_inside(title_node)):
        reading.title, how = marked, f"{how}>[itemprop=name]"
    elif reading.title is not None and (line := name_line_inside(title_node, TITLE_CLASS)):
        # <div class="title"><div class="overline">Oper</div><div class="headline">Tosca</div>
        # <div class="underlinesmall">Puccini …</div></div>: the headline line names it.
        reading.title, how = line, f"{how}>name line"
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
    if (
        reading.title is not None
        and reading.title == node_text(title_node)
        and (named := name_before_pills(title_node)) is not None
    ):
        # <span class="event__title">Frühjahrskonzert <span class="tag">Konzert</span></span>:
        # the pill after the name is a label.
        reading.title, how = named, f"{how} without its pills"
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
        and not is_place_labelled_link(item[0])
        and not is_notice_file(item[1], item[2])
        and not names_the_host_before_the_day(item[2], base_url, item[1], first_line)
        # „| <strong>Arrival</strong> … | <a>The Lucerne Hotel</a>“: the schedule's where-column
        # links to the place, the session is named in its own cell
        and not in_a_where_cell(item[0])
        # „Open Data Hackday in <a>Moers</a>“: the link names the town it is held in
        and not is_town_link_after_in(item[0])
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
        # „<a>R and Machine Learning</a> - Joint meetup with <a>Women Who Code Portland</a>“:
        # the link after „with“ names the partner, another link names the row.
        naming = [item for item in naming if not names_a_partner(item[0])] or naming
        # „<a>OSX Collector</a> by <a>Ivan Leichtling</a>, <a>Video</a>“: the links after „by“
        # name the speakers, „Video“ the recording; the other link names the talk.
        naming = [
            item
            for item in naming
            if not names_a_speaker(item[0]) and not is_a_recording(item[0], item[1])
        ] or naming
        # „… und <a>@cutterkom</a> aka Katharina Brunner wird sprechen“: a link that is an
        # account's handle names a person who takes part, another link the event.
        # (a tweet's „mit #wahldaten und <a>@Wikidata</a> … <a>pic.twitter.com/…</a>“ keeps it:
        # an address names no event either)
        others = [item for item in naming if not _HANDLE.match(item[1])]
        if any(not is_web_address(text) for _, text, _ in others):
            naming = others
    if naming and all(
        names_a_speaker(node) or is_a_recording(node, text) for node, text, _ in naming
    ):
        # „2014-10-13 OSSEC by <a>Mike Downey</a>“: every link names a speaker (or the
        # recording); the row's own text before „by“ names the talk.
        naming = []
    elif len(naming) == 1 and joint_with(naming[0][0]):
        # „Joint event with <a>AppChat</a>“: the row's only link is its partner; the line
        # names the joint event.
        naming = []
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
    # „Fall 2025<span class="post-badges">TOP NEW</span>“: the badges mark the post
    reading.title = without_badges(link, _named_by_ticket_link(clean_text(text)))
    if (named := name_before_its_clocks(text_chunks([link]))) is not None:
        reading.title = named  # „<a>Communitytreffen<div><div>7:00 PM</div>…</div></a>“
    if reading.title is not None and (quoted := quoted_event_name(reading.title)) is not None:
        reading.title = quoted  # „mit <a>dem Event „Datenjournalismus …“</a>“: the quoted name
    elif reading.title is not None and (whole := name_going_on_from_the_noun(link, text)):
        reading.title = whole  # „das Ubuntu-Ulm-Treffen <a>des GT Ulm,</a>“
    reading.url = absolute_url(href, base_url)
    reading.sources["title"] = f"listing:{link.parent.tag if link.parent else ''}>a"
    if (act := act_after_billing(link)) is not None:
        # „<i>Two Nights!</i><br/>The Devil Makes Three“: the act, not how the show is billed.
        reading.title = act
        reading.sources["title"] += " (the act under its billing line)"
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
        # to the host's site; the row's own text names the race (``block_text_titles.title_from_text``).
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


# "Thema: …", "Titel: …", "Vortragstitel: …": a line labelled as the offering's topic names it;
# so do „Title: <i>…</i>“, „Talk title: …“, „Topic: …“ under a seminar's day and speaker link.
_TOPIC_LABEL = lazy_re.compile(
    r"^(?:thema|titel|vortragstitel|vortragsthema|topic"
    r"|(?:(?:talk|seminar|lecture|paper)\s+)?title)\s*:\s*(?P<name>.{3,200})$",
    re.I,
)
# „Title: [voir ci dessous]“, „Title: [see below]“: a bracketed note in the title's place names
# nothing (the abstract below names the session's talks; the speakers' link names the session).
_BRACKETED_NOTE = lazy_re.compile(r"^\[[^\]]*\]$")


# A line that is one quotation and nothing else („"CCC(S)ler … plaudern aus dem Nähkästchen"“).
_QUOTED_LINE = lazy_re.compile(r"^[\"“„»«‚‘'](?P<name>[^\"“”„»«]{3,200})[\"”“«»‘’']$")


def _topic_line(segment: list[LexborNode]) -> str | None:
    """The text of the block's one line labelled as its topic; None without exactly one.

    „Thema: Warmup im Stuttgarter Filmwinter, Kooperation mit …<br><strong>"CCC(S)ler und
    Nahestehende plaudern aus dem Nähkästchen"</strong>“: an unquoted topic line followed by a
    line that is one quotation names the occasion; the quoted line names the talk."""
    chunks = text_chunks(segment)
    found = [
        (index, m["name"].strip())
        for index, chunk in enumerate(chunks)
        if (m := _TOPIC_LABEL.match(chunk))
    ]
    if len(found) != 1 or is_junk_title(found[0][1]) or _BRACKETED_NOTE.match(found[0][1]):
        return None
    index, name = found[0]
    following = chunks[index + 1].strip() if index + 1 < len(chunks) else ""
    quoted = _QUOTED_LINE.match(following)
    if quoted and not _QUOTED_LINE.match(name) and len(quoted["name"].split()) >= 2:
        return following
    return name


# "Sonntag, 11. März, 17 Uhr: Kirchenkonzert, Contz-les-Bains, Frankreich": a row's first line
# that names its day, then, after the colon, what happens.
_DATE_THEN_NAME = lazy_re.compile(r"^(?P<date>.{4,60}?)\s*:\s+(?P<name>[^\W\d_].*)$")
# „September 8, 2026 at 6:00 PM - Board of Education Regular Meeting“: the day (and hour)
# then a dash between blanks and the name.
_DATE_DASH_NAME = lazy_re.compile(r"^(?P<date>.{4,60}?)\s+[-–—]\s+(?P<name>[^\W\d_].*)$")
# „21.02. Brau-Seminar“ (the day in bold, the hour and a registration line below): a numeric day
# closed by its dot, then the name.
_NUMERIC_DAY_NAME = lazy_re.compile(
    r"^(?P<date>\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?)\s+(?P<name>[^\W\d_].*)$"
)


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


# „Mitgliederversammlung SPD OV“, „Jahresfeier DRK OV“: „OV“ after an organisation's capital
# short name, in a heading not set in capitals throughout („TWIN PEAKS OV“ is a film's), is its
# Ortsverein (Ortsverband), no film's original version.
_CHAPTER_OV = lazy_re.compile(r"\b[A-ZÄÖÜ]{2,5}\s+OV$")


def _without_version_note(title: str | None) -> str | None:
    """A film's heading that ends with its language version names the film before it."""
    if title is None:
        return None
    if _CHAPTER_OV.search(title) and any(ch.islower() for ch in title):
        return title
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


def _day_term_over_a_sentence(
    segment: list[LexborNode], naming: list[tuple[LexborNode, str, str]]
) -> bool:
    """A ``<dt>`` day over a ``<dd>`` sentence whose every link stands after words of it:
    „<dt>Sunday 15th June</dt><dd>Dancing at the <a>Kirtlington Lamb Ale</a>, as guests of
    <a>Kirtlington Morris</a>.</dd>“ — the sentence says what the side does that day; its links
    name the festival it dances at and the hosts."""
    if not segment or segment[0].tag != "dt":
        return False
    return all(
        (definition := _definition_of(link)) is not None
        and (is_itinerary(text := node_text(definition) or "") or not _opens_with_a_clock(text))
        and (words_before(link) or is_itinerary(text))
        for link, _, _ in naming
    )


def _definition_of(node: LexborNode) -> LexborNode | None:
    current = node.parent
    while current is not None and current.tag != "dd":
        current = current.parent
    return current


def _opens_with_a_clock(text: str) -> bool:
    """„<dd>7pm - Singer-Songwriter Nancy K Dillon [<a>Website</a>] …“: a timed entry of the
    day (``sub_items.timed_entries``), not a sentence about it."""
    return TIME_LIKE.match(text.lstrip()) is not None


def _named_on_its_date_line(
    segment: list[LexborNode], naming: list[tuple[LexborNode, str, str]]
) -> bool:
    """The row's first line reads "<day>: <name>" (or "<day> - <name>", "21.02. <name>") and
    every link stands on a later line ("… Contz-les-Bains, Frankreich<br><a>Office de Tourisme
    du Bouzonvillois</a>": the tourist office's page about the concert, not its name; „Anmeldung
    über die <a>VHS Viernheim</a>“: where to register for the seminar)."""
    chunks = text_chunks(segment)
    if len(chunks) < 2:
        return False
    match = (
        _DATE_THEN_NAME.match(chunks[0])
        or _DATE_DASH_NAME.match(chunks[0])
        or _NUMERIC_DAY_NAME.match(chunks[0])
    )
    if match is None or not names_a_day(match["date"]):
        return False
    later = " ".join(chunks[1:])
    # (a link's text keeps the blanks around its icon: „<a><i class="fa"></i> map it</a>“)
    texts = [text.strip() for _, text, _ in naming]
    return all(text and text not in chunks[0] and text in later for text in texts)


def _named_before_its_links(
    segment: list[LexborNode], naming: list[tuple[LexborNode, str, str]]
) -> bool:
    """The row is one line "<day>: <name>" whose links all follow a finished sentence of the name
    („14.11.2025 14:00: Workshop: … sprechen kann. <a>Ameldung</a>, 76133 Karlsruhe“): the
    sentence names the row, the links are appendages (``links_after_the_name``)."""
    chunks = text_chunks(segment)
    if len(chunks) != 1:
        return False
    match = _DATE_THEN_NAME.match(chunks[0]) or _DATE_DASH_NAME.match(chunks[0])
    if match is None or not names_a_day(match["date"]):
        return False
    return links_after_a_named_sentence(match["name"], [text for _, text, _ in naming])


def _named_before_its_days(
    segment: list[LexborNode], naming: list[tuple[LexborNode, str, str]]
) -> bool:
    """The row is one line „<name> am <day> auf einer Veranstaltung des <a>…</a>“ whose links
    all stand after its days: they name the host, the words before the days the row
    (``name_before_its_day``)."""
    chunks = text_chunks(segment)
    return len(chunks) == 1 and all(
        names_only_what_follows(chunks[0], text) for _, text, _ in naming
    )


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
        if _labelled_value(bold):
            # „Ort: <strong>Bar Lokomov, Augustusburger Straße 102</strong>“: the bold is the
            # labelled field's value (the place), not the row's name.
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
            # „<div class="text-xl font-bold">Finance</div>…<h4>Agenda / Description</h4>“
            drawn = drawn_name_above_label(node, heading)
            if drawn is not None:
                return drawn, f"{drawn.tag}.{first_class(drawn)} drawn as a heading"
            return heading, heading.tag or ""
    disclosed = _disclosure_summary(segment)
    if disclosed is not None:
        return disclosed, "details>summary"
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            if not TITLE_CLASS.search(candidate.attributes.get("class") or ""):
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


def _disclosure_summary(segment: list[LexborNode]) -> LexborNode | None:
    """The ``<summary>`` of a block that is one ``<details>`` („<details><summary>2026-07-08 ·
    Marktgemeinderat</summary><p><a>Aus der Sitzung …</a></p><ol>…“): the line a reader sees
    while the rest is folded away heads the block as a heading would (a link in the folded
    part leads to a report or a file, it does not name the session)."""
    if len(segment) != 1 or segment[0].tag != "details":
        return None
    child = segment[0].child
    while child is not None and not child.is_element_node:
        child = child.next
    if child is None or child.tag != "summary" or not node_text(child):
        return None
    return child


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
    if (named_below := heading_below_the_announcement(list(headings), best)) is not None:
        # „<h2>Next meeting:</h2><h3><a>Sheffield Ruby in the (Beer) Garden</a></h3>“: the top
        # heading only says which meeting the box holds; the one below names it.
        return named_below
    if _dates_the_block(node_text(best) or ""):
        # „<h3>13</h3><div>Sep.</div>“ beside „<h3>Frühschoppen 2026</h3>“: the first heading of
        # the rank is the card's day box; the next one of the same rank names the card. So is
        # a programme slot's „<h3>10:15 - 11:00</h3>“ beside „<h3>PHIVE - Managing your PHP
        # toolchain</h3>“: its hours, read with the date.
        named = [
            h for h in headings if h.tag == best.tag and not _dates_the_block(node_text(h) or "")
        ]
        if named:
            return named[0]
        # „<h2>1976</h2><h3>Wissenschaftliches Kolloquium <span>27.–29. Oktober</span></h3>“: an
        # archive's chapter opens with its year, a heading that dates the chapter; the heading
        # of the next rank below names it. (A day's badge „<h1>30</h1>“ beside the slot's
        # „<h2>22:30: THE MASTERMIND</h2>“ stays the block's heading: the day and hour are read
        # from both.)
        below = [h for h in headings if not _dates_the_block(node_text(h) or "")]
        if not below or not _ONLY_A_YEAR.fullmatch((node_text(best) or "").strip()):
            return best
        return min(below, key=lambda heading: HEADING_TAGS.index(heading.tag or "h6"))
    return best


def _dates_the_block(text: str) -> bool:
    """A heading that is only a part of a day („13“, „Sep.“) or only the slot's hours
    („10:15 - 11:00“, „09:00am - 07:00pm“): it dates the block, it names nothing."""
    if is_date_badge_part(text) or _ONLY_A_YEAR.fullmatch(text.strip()):
        return True
    if not TIME_LIKE.search(text):
        return False
    # („09:00am“: the clock's half of the day may stay beside the digits)
    rest = _CLOCK_WORDS.sub(" ", TIME_LIKE.sub(" ", text))
    return not any(map(str.isalnum, rest))


# „1976“: a heading that is only a year dates the block it opens (its days stand below it).
_ONLY_A_YEAR = lazy_re.compile(r"(?:19|20)\d{2}")
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
