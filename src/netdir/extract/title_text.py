"""Which words of a line name an event: junk and field-label titles, a title inside a dated
line, an invitation's name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from netdir import lazy_re
from netdir.extract.block_text import WORDS, names_a_day
from netdir.extract.date_cues import (
    MONTH_WORD,
    TIME_LIKE,
    WEEKDAY_WORD,
    iter_date_phrases,
    search_date_phrase,
    sub_date_phrases,
    without_publication_notes,
)
from netdir.extract.label_marks import LABEL_MARK
from netdir.extract.name_notes import without_name_notes
from netdir.extract.numbered_day_lines import name_of_a_numbered_day_line
from netdir.extract.place_labels import LINE_WORDS
from netdir.extract.sentence_ends import first_full_stop
from netdir.extract.session_notes import only_zone_and_language
from netdir.extract.talk_title_labels import without_title_label
from netdir.normalize.online_services import SERVICE_NAMES
from netdir.normalize.place import known_town
from netdir.normalize.when_clean import retyped_days
from netdir.normalize.when_letter_meridiems import letter_meridiems_spelt_out

JUNK_TITLES = frozenset(
    {
        "mehr", "mehr erfahren", "weiterlesen", "weiter lesen", "mehr lesen", "details", "hier",
        # and the English pointer „Register: <a>Here</a>“, „<a>Click here</a>“
        "here", "click here",
        "link", "zurück", "weiter", "vor", "nächste", "vorherige", "»", "«", "›", "‹", ">", "<",
        "…", "...", "home", "startseite", "kontakt", "impressum", "datenschutz", "barrierefreiheit",
        "menü", "navigation", "suche", "login", "anmelden", "sitemap", "seitenanfang", "nach oben",
        "read more", "more", "next", "previous", "newsletter", "newsletter abonnieren",
        # the heading of a whole list names no item of it
        "upcoming events", "upcoming shows", "upcoming showtimes", "showtimes", "events",
        "termin", "termine", "veranstaltungen", "kommende veranstaltungen", "nächste termine",
        "aktuelle termine",
        # an advertising slot's label („<small>Werbung</small>“ over a banner) between the rows
        "werbung", "anzeige", "advertisement", "sponsored",
        # a card's pointer to its post („Zum Beitrag“ under the bold name) or its sign-up form
        "zum beitrag", "zum artikel", "zum bericht", "zur anmeldung", "mehr infos", "mehr infos...",
        "mehr infos…", "mehr informationen", "weitere infos", "weitere informationen",
        # a section heading over an event's facts („Allgemeine Informationen“ over „Datum: …“ /
        # „Ort: …“) says what kind of text follows, not which event
        "allgemeine informationen", "allgemeine infos", "informationen", "infos", "eckdaten",
        "die eckdaten", "alle eckdaten", "veranstaltungsdetails", "details zur veranstaltung",
        "general information", "event details", "event information", "key facts",
        "veranstaltungsinformationen", "veranstaltungsinfos",
        # a hearing card's section heading over its agenda list („<h4>Agenda / Description</h4>“
        # under the committee's name) says what the list is, not which meeting
        "description", "agenda / description", "agenda and description", "event description",
        "beschreibung",
        # a timetable's time cell saying a row runs alongside the row above names nothing
        "parallel", "gleichzeitig", "zeitgleich",
        # the link into an online meeting („Link zum <a>Onlineraum</a>“, „Here is the <a>roomlink
        # </a>“) says where to join, not what meets there
        "onlineraum", "online-raum", "zum onlineraum", "link zum onlineraum", "raumlink",
        "roomlink", "room link", "meeting-link", "meeting link", "einwahllink", "einwahl-link",
        "zugangslink", "join link",
        # the word that joins a line to the next choice („So 6.11. 10:00-11:30 oder“ / „Di
        # 8.11. 14:30 – 16:00 oder“ / „Do 10.11. …“) is left over when the day and hours go
        "oder", "bzw.", "beziehungsweise", "sowie",
        # „nächster Termin: Samstag, 26.09.2026“: what is left of the label when its noun goes
        "nächster",
    }
    # and each video-meeting service's „Zoom-Link“, „Webex link“, „jitsilink“
    | {f"{name}{join}link" for name in SERVICE_NAMES for join in ("-", " ", "")}
)  # fmt: skip
# A meeting row's document links ("Agenda", "Minutes", "MP4 Video", "Tagesordnung (PDF)") name
# files about the meeting, not the meeting: a link made only of these words is no title.
_DOCUMENT_WORDS = frozenset(
    {
        "agenda", "agendas", "minutes", "attachment", "attachments", "video", "videos", "audio", "packet", "mp4", "mp3", "pdf",
        "html", "download", "downloads", "view", "watch", "listen", "captions", "transcript",
        "summary", "journal", "ical", "ics", "tagesordnung", "niederschrift", "protokoll", "dokument",
        "dokumente", "anlage", "anlagen", "kb", "mb", "plakat", "flyer", "poster", "programm",
        # a championship's call for entries and its lists („10./11.02.2018 SLV-Hallenmeisterschaften
        # … in Sindelfingen (<a>Ausschreibung</a>)“): the competition's files, not the competition
        "ausschreibung", "ausschreibungen", "zeitplan", "meldeliste", "teilnehmerliste",
        "ergebnisliste",
        # a colloquium's row „… (23.–25. September 2010). <a href="…/2010_tagungsprogramm.pdf">🖹
        # Tagungsprogramm</a>“ and its „Call for Papers“: the conference's files, not its name
        "tagungsprogramm", "call", "for",
        # a board's archive row „– OPD Captain Hanson | View Agenda (PDF) | View Presentation
        # (PDF) | View Minute“: the slides and the minutes of the meeting, not its name
        "presentation", "presentations", "slides", "minute",
        # a seminar's row „11/13/2024 - Research Paper Presentation (by …): <title> [Paper PDF]
        # [Slides]“: the paper the talk presents, as a file, not the talk
        "paper", "papers",
        # a talk list's line „01.04.2020 - Harvey/Heinz: _Shell-Health-Check_ [Folien]“: the
        # talk's slides or its recording as a file, not the talk
        "folien", "vortragsfolien", "präsentationsfolien", "aufzeichnung", "mitschnitt",
        "handout", "unterlagen",
        # a seminar's line „IWS 24.11. bis 15.12.2020 in SPZ Ehrenfeld (<a href="…/Folien….pdf">
        # Präsentation</a>)“: the slides shown, as a file, not the seminar
        "präsentation", "präsentationen",
    }
)  # fmt: skip
# The label of a field ("Date:", "Event:", "Start time:", "Ort:"), never a name ("Supervision:").
FIELD_LABEL = lazy_re.compile(
    r"(?:(?:start|end|event|meeting)\s+)?(?:date|dates|time|times|event|location|place|venue|"
    r"where|when|title|datum|zeit|uhrzeit|ort|wann|wo|termin|termine|titel|beginn|ende|"
    r"veranstaltungsort)\s*[:：]"
)
# The programme's disclaimer („Änderungen vorbehalten. Lineup … findest du hier“, „Irrtümer und
# Änderungen vorbehalten“, „All times subject to change“) or its pointer to where news appear
# („Alle Infos … auf unserer Website, im Newsletter und auf Instagram“) under its dated items:
# no offering.
_DISCLAIMER = lazy_re.compile(
    r"\W*(?:(?:programm|termin|zeit)?änderungen|irrtümer|irrtum)(?:\s+und\s+\w+)?\s+vorbehalten\b"
    r"|\W*(?:all\s+)?(?:dates|times|dates\s+and\s+times|programme?|line-?up)\s+"
    r"(?:are\s+|is\s+)?subject\s+to\s+change\b"
    r"|\W*(?:alle\s+|weitere\s+|mehr\s+)?(?:infos?|informationen|neuigkeiten|news|updates)\b.*"
    r"\b(?:auf|im|in|über|bei)\s+(?:unserer\s+|unserem\s+|der\s+|dem\s+)?(?:website|webseite|"
    r"homepage|newsletter|instagram|facebook|social\s+media)\b"
)
# "In der Ausgabe KW 31/2026", "Im Ratsinformationssystem", "Zum Amtsblatt": a link that says
# where the meeting is written up (an issue, the council system, an archive), not what it is.
_WHERE_TO_READ = lazy_re.compile(
    r"(?:in\s+(?:der|dem|die|den)|im|ins|zur|zum|auf\s+(?:der|dem))\s+"
    r"(?:(?:aktuellen|nächsten|letzten|wöchentlichen)\s+)?"
    r"(?:ausgabe|ratsinformationssystem|informationssystem|bürgerinformationssystem|amtsblatt|"
    r"mitteilungsblatt|gemeindeblatt|gemeindebrief|newsletter|archiv|mediathek|kalender|"
    r"veranstaltungskalender)\b.*"
)

# A box's pointer to its own page: the evening's write-up („Rückblick“, „Zum Nachbericht“) or its
# details with the sign-up („Mehr Infos & Anmeldung“, „Infos und Tickets“) under the bold name.
_POINTER_LINK = lazy_re.compile(
    r"(?:zum\s+|zur\s+)?(?:rückblick|nachbericht|nachlese)"
    r"|(?:mehr\s+|weitere\s+|alle\s+)?(?:infos?|informationen)\s*(?:&|und|\+|/)\s*"
    r"(?:anmeldung|tickets?|karten|programm)\s*[.…]*"
)

# „Date and time are shown in: GMT+8 Time - Taipei, Taiwan“ above each day of a conference
# programme, its link „GMT+8 Time - Taipei, Taiwan“, „UTC-5 (New York)“: the zone the hours are
# given in, with the city or country that keeps it — a note on the clocks, never an offering.
_ZONE_NOTE = lazy_re.compile(
    r"(?:(?:date\s+and\s+)?times?\s+(?:are\s+)?(?:shown\s+|given\s+)?in\s*:?\s*)?"
    r"(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?:\s+time)?"
    r"(?:\s*[-–—,(]\s*[^\W\d][^\d()]*\)?)?"
)


# „hier zur Konferenz anmelden“, „Jetzt anmelden!“, „Hier geht's zur Anmeldung“, „Register here“:
# a call to sign up under an event's dates says what to do, never which event (its name is the
# line the dates stand in).
_SIGN_UP_CALL = lazy_re.compile(
    r"(?:(?:hier|jetzt|gleich|direkt|bitte|online)\s+)+(?:(?:zu[mr]|für\s+(?:die|den|das))\s+"
    r"[\w-]+\s+)?(?:anmelden|registrieren)\s*[.!]*"
    r"|(?:hier\s+(?:geht'?s\s+)?|jetzt\s+|direkt\s+)?zur\s+(?:online-?)?anmeldung\s*[.!]*"
    r"|(?:register|sign\s+up|book)\s+(?:here|now|today)\s*[.!]*"
    # „Register: <a>Here</a>“ under a card's „When:“ and „Where:“ lines: where to sign up
    r"|(?:register|sign\s+up)(?:\s*:\s*(?:here|now|today))?\s*[.!]*"
    # „RSVP: Register via Google Forms“ under a seminar's „Where:“ and „When:“: how to reply
    r"|rsvp(?:\s*[:-]\s*[^.!?:]{1,60})?\s*[.!]*"
)

# „Link zu Open Streetmaps“, „Karte anzeigen“, „View on Google Maps“: a link to a map of the
# venue under an iframe names no offering.
_MAP_LINK = lazy_re.compile(
    r"(?:link\s+zu[rm]?\s+|zu[rm]?\s+|auf\s+|view\s+(?:on\s+)?|open\s+in\s+|show\s+on\s+)?"
    r"(?:der\s+|the\s+)?(?:open\s*street\s*maps?|google\s*maps|karte|lageplan|anfahrtsplan|map)"
    r"(?:\s+anzeigen|\s+öffnen)?"
    # „<a href="https://www.google.com/maps/dir//…">Anfahrt</a>“ under a performance's day and
    # venue: the route to the venue, a pointer like the map link
    r"|anfahrt(?:sbeschreibung)?|wegbeschreibung|routenplaner|(?:get\s+)?directions"
)

# "Zeit und Ort", "Datum & Uhrzeit", "Date and venue": a section heading over where and when
# (the programme's hours and hall stated once) names no offering.
_FIELD_PAIR = lazy_re.compile(
    r"(?:zeit|datum|termine?|uhrzeit|ort|orte|date|time|place|venue)\s+(?:und|&|and)\s+"
    r"(?:zeit|datum|termine?|uhrzeit|ort|orte|anfahrt|date|time|place|venue|location)\s*[:：]?"
)
# "Das Programm finden Sie hier.", "Das Programm und die Anmeldung finden Sie hier.", "Weitere
# Informationen finden Sie hier": a sentence that points to another page names nothing here.
# („Mehr Termine finden sie im Veranstaltungskalender.“: another page of the site, named.)
_POINTER_SENTENCE = lazy_re.compile(
    r"(?:das|die|den|weitere|mehr|alle|nähere)\b[^.!?]{0,60}?\bfinden\s+sie\s+"
    r"(?:hier|(?:im|in\s+(?:unserem|unserer|der|dem))\s+[\w-]+)\s*[.!]?"
    # „For details see www.southcerneystreetfair.org.uk“ in the row under a fair's days and
    # places, „More information at https://…“: where to read about it, one address and nothing
    # else — no name.
    r"|(?:for\s+)?(?:more\s+|further\s+|full\s+)?(?:details|info|information)\s*"
    r"(?:see|at|on|:)\s+(?:www\.|https?://)\S+"
)

# „Newsletter: Keine Frist verpassen“ over the subscription form: a call to subscribe, its slogan
# after the colon — the newsletter is no offering, nor is its box.
_NEWSLETTER_CALL = lazy_re.compile(r"newsletter\s*[:–—]\s*[^\d]+")


# „(Agenda)“, „(Pad)“, „(Protokoll)“ after a meeting's day: a bracketed pointer to the meeting's
# agenda or notes names no offering (a day line with it is still only a day).
_BRACKETED_POINTER = lazy_re.compile(
    r"\(\s*(?:agenda|pad|etherpad|protokoll|tagesordnung|details|infos?|mehr|link|flyer|"
    r"anmeldung|karte|map|notes|minutes)\s*\)"
)


# A file's size beside its link („View PDF (828.0KB)“, „Agenda (PDF, 2 MB)“) says how big the
# file is, nothing about what it holds: it does not stop the link being a document link.
_FILE_SIZE = lazy_re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|bytes?)\b", re.I)


def is_document_link(text: str) -> bool:
    words = WORDS.findall(_FILE_SIZE.sub(" ", text.lower()))
    return bool(words) and len(words) <= 4 and all(word in _DOCUMENT_WORDS for word in words)


_ARROWS = "→←»«›‹>< \u2192\u27f6\u2794\u279c"
# „→ Anmeldung“, „» Tickets“: a link the theme marks with an arrow is a pointer; when it only
# names the form or the ticket shop it leads to, it names no offering (a bare „Anmeldung“ may
# still be a school's enrolment day, so only the arrowed pointer is read so).
_ARROWED_POINTERS = frozenset(
    {"anmeldung", "registrierung", "tickets", "ticket", "karten", "registration", "register"}
)


def is_junk_title(title: str | None) -> bool:
    if title is None:
        return True
    return _is_junk_text(title)


@lru_cache(maxsize=4096)
def _is_junk_text(title: str) -> bool:
    # Cached: scoring asks it of every sampled block's title, the records of the same titles
    # again, and furniture repeats its few link texts on every page of a site.
    # („Weiterlesen →“, „» Mehr“: the arrow a theme adds to its pointer says no more)
    lowered = title.strip().strip(_ARROWS).strip().lower()
    if lowered in _ARROWED_POINTERS and lowered != title.strip().lower():
        return True
    # „<h1>Events 📅</h1>“, „📅 Termine“: a pictograph a theme sets beside a list's heading is
    # decoration; the heading still only says the list holds events
    lowered = _without_pictographs(lowered)
    # „[mehr]“, „[ weiter ]“: a link a table site sets in square brackets after the row's text
    # is the row's pointer, bracketed or not
    if lowered.startswith("[") and lowered.endswith("]"):
        lowered = lowered[1:-1].strip()
    if "(" in lowered:
        if _only_a_clock_note(lowered):
            return True
        lowered = _BRACKETED_POINTER.sub(" ", lowered).strip()
    if lowered in JUNK_TITLES or not any(map(str.isalpha, lowered)):
        return True
    if _PEOPLE_COUNT.fullmatch(lowered):
        return True
    if FIELD_LABEL.fullmatch(lowered):
        return True  # "Date:", "Event:", "Start time:": a field's label names nothing
    if _WHERE_TO_READ.fullmatch(lowered) or _DISCLAIMER.match(lowered):
        return True
    if _POINTER_SENTENCE.fullmatch(lowered) or _FIELD_PAIR.fullmatch(lowered):
        return True
    if _POINTER_LINK.fullmatch(lowered) or _MAP_LINK.fullmatch(lowered):
        return True
    if _SIGN_UP_CALL.fullmatch(lowered):
        return True
    if _NEWSLETTER_CALL.fullmatch(lowered):
        return True
    if _ZONE_NOTE.fullmatch(lowered):
        return True  # „GMT+8 Time - Taipei, Taiwan“: the zone a programme's hours are in
    # A heading that is only a date ("Januar 2027", "12.03.2027", "Sa, 12. März, 19:00 Uhr")
    # groups a listing or dates an item; it names nothing.
    # Dates and times need digits: most titles have none and skip the two substitutions.
    has_digit = any(map(str.isdigit, lowered))
    if has_digit:
        # "Nov 19, 2020 — Posted Nov 16, 2020 11:47 AM" names nothing either.
        # ("friday july o5": the day's zero typed as the letter o; „21. setptember 2015“: its
        # month misspelt)
        lowered = retyped_days(without_publication_notes(lowered))
        lowered = TIME_LIKE.sub(" ", sub_date_phrases(lowered))
    names = [
        word
        for word in lowered.split()
        if any(map(str.isalpha, word))
        and not (
            WEEKDAY_WORD.match(word)
            or MONTH_WORD.match(word)
            or _RANGE_WORDS.match(word)
            or _weekday_span(word)
        )
    ]
    # „13.10.2020 - 18:30 Uhr CEST | English“: the clock's zone and the talk's language.
    return not names or (has_digit and only_zone_and_language(names))


# „(Musik Ende 23:00 Uhr)“, „(Einlass ab 18 Uhr)“ under a day's opening hours: a line wholly in
# brackets around a clock remarks on the hours above it (when a part ends or the doors open); it
# names nothing, so the heading over the days names them.
_CLOCK_NOTE = lazy_re.compile(r"\(([^()]{1,60})\)")


def _only_a_clock_note(lowered: str) -> bool:
    note = _CLOCK_NOTE.fullmatch(lowered)
    if note is None or TIME_LIKE.search(note.group(1)) is None:
        return False
    # a few words beside the clock: a remark, not a bracketed programme line
    return len(TIME_LIKE.sub(" ", note.group(1)).split()) <= 4


# „<strong>90 Aussteller:innen</strong>, über <strong>200 Künstler:innen</strong>“: a number before
# a gendered plural (":innen", "*innen", "_innen", "Innen") counts the people who come; it names
# no offering.
_PEOPLE_COUNT = lazy_re.compile(r"(?:mehr als |über |rund |ca\. )?\d[\d.]*\+?\s+\w+[:*_]?innen")


# A pictograph (category So: „📅“, „🍺“), its variation selector (Mn) or joiner (Cf) at a title's
# ends; a modifier symbol (Sk: an emoji's skin tone)
_DECORATION_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


def _without_pictographs(text: str) -> str:
    """``text`` without the pictographs and spaces at its ends („events 📅“ → „events“)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or _is_decoration(text[start])):
        start += 1
    while end > start and (text[end - 1].isspace() or _is_decoration(text[end - 1])):
        end -= 1
    return text[start:end]


def _is_decoration(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char) in _DECORATION_CATEGORIES


# "Mi-Fr", "Sa./So.", "Mo–Fr": the weekdays of a run written as one word (a cell before its
# days „27.05.15 - 29.05.15“) name no offering.
_WEEKDAY_JOIN = lazy_re.compile(r"[-–—/]")


def _weekday_span(word: str) -> bool:
    parts = [part for part in _WEEKDAY_JOIN.split(word) if part]
    return len(parts) >= 2 and all(WEEKDAY_WORD.match(part) for part in parts)


# „<h2>Adresse</h2>“ over a street and a map link beside a venue's events: a section saying
# where the venue is, never an offering of its own (scored as a block, it still keeps its group).
_ADDRESS_HEADING = lazy_re.compile(
    r"^(?:adresse|anschrift|anfahrt|anreise|so finden sie uns|address|directions)\s*:?$", re.I
)


# „<h4>Aktuelle Stellenangebote aus und um Bernau</h4>“ over a post's list of job ads: the
# section of jobs on offer, not a gathering (an undated one beside the dated tips).
_JOB_ADS_HEADING = lazy_re.compile(
    r"^(?:unsere\s+|aktuelle\s+|neue\s+|offene\s+)*(?:stellenangebote|stellenanzeigen|"
    r"jobangebote|stellenausschreibungen|job\s+openings|job\s+offers|vacancies)\b",
    re.I,
)


def is_job_ads_heading(title: str | None) -> bool:
    return title is not None and _JOB_ADS_HEADING.match(title.strip()) is not None


def is_address_heading(title: str | None) -> bool:
    return title is not None and _ADDRESS_HEADING.match(title.strip()) is not None


# „<h2>Anmeldung</h2><p>Sowohl zu den virtuellen wie auch den vor Ort Treffen: Anmeldung über
# …</p>“ beside a user group's meetings: how to sign up or get in touch, not a gathering.
_SIGN_UP_HEADING = lazy_re.compile(
    r"^(?:anmeldung(?:en)?|registrierung|kontakt|kontakt\s+(?:und|&)\s+anmeldung|"
    r"anmeldung\s+(?:und|&)\s+kontakt|registration|sign[\s-]?up|contact(?:\s+us)?)\s*:?$",
    re.I,
)


def is_sign_up_heading(title: str | None) -> bool:
    return title is not None and _SIGN_UP_HEADING.match(title.strip()) is not None


LABELLED = lazy_re.compile(
    rf"^{LABEL_MARK}(?:Datum|Termine?|Wann|Zeit|Zeiten|Uhrzeit|Beginn|Ende|Dates?|When|Time|Einlass)"
    r"\s*[:：]\s*",
    re.I,
)
PLACE_LINE = lazy_re.compile(rf"^{LABEL_MARK}(?:{LINE_WORDS})\s*[:：]", re.I)
# List bullets a page writes as text (iWeb's „‣“ span, „▪“, „►“, „✓“) before a row's first word.
BULLETS = "‣◦▪▫■►▸▹➤➔→✓✔●∙⁃"
EDGE_NOISE = lazy_re.compile(rf"^[\s,;:|·•/–—{BULLETS}-]+|[\s,;:|·•/–—(-]+$")
# What a line may open with before its first word or date: spaces and list bullets.
LEADING_BULLET = lazy_re.compile(rf"^[\s·•{BULLETS}*]+")
# "Vollversammlung (TO freigegeben)": a note on the meeting's documents, not its name.
_AGENDA_NOTE = lazy_re.compile(
    r"\s*\((?:TO|Tagesordnung|Einladung|Unterlagen)?\s*(?:freigegeben|veröffentlicht|"
    r"noch nicht (?:vorhanden|veröffentlicht))\)$",
    re.I,
)
# „Bau- und Umweltausschuss <small>15 TOP</small>“: how many items (Tagesordnungspunkte) the
# session's agenda has, not its name.
_AGENDA_COUNT = lazy_re.compile(r"\s*\(?\b\d+\s+(?:TOPs?|Tagesordnungspunkte?)\)?$")
# "13-18 Uhr: Scala": hours without minutes joined by a dash, the time of the line's event.
_HOUR_RANGE = lazy_re.compile(
    r"(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|h)\b", re.I
)
# „9:30pm onwards“, „from 6 pm onward“: a clock and the word that runs it on (only after a clock:
# „Onward“ alone is a film's name).
_ONWARD_CLOCK = lazy_re.compile(
    r"(?P<clock>\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?)?)\s+onwards?\b", re.I
)
# („19:00 until 21:00“: the English „until“ and „till“ join two clocks as „bis“ does)
_RANGE_WORDS = lazy_re.compile(
    r"^(?:bis|ab|von|vom|am|um|to|from|at|on|for|und|and|uhr|h|until|till)$", re.I
)
MAX_TEXT_TITLE = 140
# A heading that only announces ("Einladung", "Bekanntmachung"): the text under it names what.
_ANNOUNCEMENT = lazy_re.compile(
    r"^(?:einladung|ankündigung|bekanntmachung|hinweis|termin|save the date|invitation)\W*$", re.I
)
# „Mein Konferenztipp“, „Veranstaltungstipp“: a blog's series heading recommends an event the
# post's text names (but dates nothing: the line under it is the post's own day).
_RECOMMENDATION = lazy_re.compile(r"^(?:(?:mein|unser)\s+)?[^\W\d]*tipp\W*$", re.I)
# "Hiermit lade ich zur 34. Gemeinderatssitzung – öffentlich - am Montag, …": the name after
# "zur"/"zum" up to the word that leads to its day or place.
_INVITED_TO = lazy_re.compile(
    r"\b(?:zu[rm]|zu\s+(?:einem|einer)|to\s+the|to\s+our)\s+"
    r"(?P<name>(?:[^.!?;:]|(?<=\d)\.){3,80}?)[\s,–—-]*\s"
    # „… laden wir herzlich zu einem Frühschoppen ein.“: the verb's particle ends the name too.
    r"(?:am|vom|ab|im|ins|in|um|on|at|ein(?=\s*[.!]|\s*$))\b",
    re.I,
)
# „Das Bundesnetzwerk … lädt herzlich ein zur Abschlusskonferenz des Projekts Forum …“: the
# particle before „zur“, the name up to the sentence's end.
_INVITED_TO_THE_END = lazy_re.compile(
    r"\b(?:lädt|laden|ladet)\s+(?:\w+\s+){0,2}ein\s+zu[rm]\s+"
    r"(?P<name>(?:[^.!?;:]|(?<=\d)\.){3,80}?)\s*(?:[.!]\s|[.!]?$)",
    re.I,
)
# „Anlässlich des 100. Geburtstags von Ernst Mosch … laden wir … zu einem Frühschoppen ein“:
# the occasion the invitation names, up to where the sentence goes on to the invitation.
_OCCASION = lazy_re.compile(
    r"\banlässlich\s+(?P<occasion>(?:[^.!?;:,]|(?<=\d)\.){5,80}?)"
    r"(?=\s+(?:im\s+laufe|laden|lädt|möchten|wollen|findet|feiern|veranstalten|gibt)\b|\s*,"
    r"|(?<!\d)\.)",
    re.I,
)
# "– öffentlich -", "(nicht öffentlich)": whether the public may come, not the meeting's name.
_PUBLIC_NOTE = lazy_re.compile(r"[\s(–—-]*(?:nicht\s*)?öffentlich(?:er Teil)?\)?$", re.I)


# A bracket opened after the name and never closed: what is left of a note whose end was cut.
_OPEN_NOTE = lazy_re.compile(r"\s*\([^()]*$")


@lru_cache(maxsize=4096)
def title_in_text(text: str) -> str | None:
    """What a line names once its date, times, weekdays and labels are taken out; None if
    nothing is left but numbers and punctuation."""
    # Cached: a block's title line is asked again whether it only says where and when, and
    # its time and place cells are asked whether they name anything.
    if PLACE_LINE.match(text):
        return None
    if (may_day := _MAY_DAY_NAME.match(text)) is not None:
        # „1. Mai Hock auf Rötteln“, „1.-Mai-Feier“: the holiday names the event by its day —
        # the day stays in the name (the row's day stands in its own element or line)
        rest = title_in_text(text[may_day.end() :])
        return f"1. Mai {rest}" if rest else None
    if any(map(str.isdigit, text)):
        # „Lesson 4 - October 17th - Using knitr“: the words after the session's day name it.
        text = name_of_a_numbered_day_line(text) or text
        # „Donnerstag, 3. Februar 2oo5, 2o.oo Uhr“: the zeros of the year and the clock typed
        # as the letter o are the date's, taken out with it; so is a month misspelt after its
        # day („21. Setptember 2015“ alone on a heading names nothing).
        text = retyped_days(text)
        # „6:00p onward“, „9:30pm onwards“: hours with a one-letter meridiem and the word that
        # runs them on to the evening's end are when, not what.
        text = _ONWARD_CLOCK.sub(r"\g<clock>", letter_meridiems_spelt_out(text))
    rest = without_publication_notes(LABELLED.sub("", without_when_parts(text)))
    # „Auslosung der Listennummern (Öffentlich)“: who may come is no part of the name.
    title = without_name_notes(_AGENDA_NOTE.sub("", _without_edge_dates(rest)))
    title = _AGENDA_COUNT.sub("", title) or title
    # „Night Owl Session W-6 (Ambridge closes by 10 pm)“, „Konzert (Einlass ab 19 Uhr)“: the
    # clock cut out of a closing note leaves its bracket open — the note goes with it.
    title = _OPEN_NOTE.sub("", title) if _OPEN_NOTE.sub("", title).strip() else title
    title = _DECORATION.sub("", title)
    if sum(1 for ch in title if ch.isalpha()) < 3 or is_junk_title(title):
        return None
    if title != text.strip() and only_zone_and_language(title.split()):
        return None  # the day and clock taken out, „CEST | English“ is left: no name
    # „Research Paper Presentation (by …): <a long title>“: the label goes before the length
    # is measured, so the title is not cut for the label's sake.
    return shortened(without_title_label(title))


# „1. Mai Hock“, „1.-Mai-Fest“, „1. Mai-Kundgebung“: Labour Day named by its day before the kind
# of gathering held on it (not „1. Mai 2025“, „1. Mai, 11 Uhr“ or „1. Mai Konzert der …“).
_MAY_DAY_NAME = lazy_re.compile(
    r"^1\.\s?-?Mai[\s-](?=(?:hock|fest|feier|kundgebung|demo|demonstration|wanderung|umzug|"
    r"frühschoppen|tanz|markt|lauf|radtour|party|treffen|ausflug)\w*\b)",
    re.I,
)
# „****** 27.10.2007 in München ******“: a run of stars (or equals signs, tildes) set around a
# line decorates it.
_DECORATION = lazy_re.compile(r"^[*=~#]{3,}\s*|\s*[*=~#]{3,}$")
_IN_A_TOWN = lazy_re.compile(r"^(?:in|im)\s+(?P<town>[^\W\d][\w.-]*(?:\s[^\W\d][\w.-]*)?)$")


def only_in_a_town(title: str) -> bool:
    """„in München“: what is left of a day's line names its town, not an offering."""
    match = _IN_A_TOWN.match(title.strip())
    return match is not None and known_town(match["town"]) is not None


# „Weihnachtsmarkt Verkauf | Donnerstag den 28. November bis Sonntag den 1. Dezember | Zeiten:
# Individuell nach Abklärung“: a line of parts set apart by bars, one of them its days.
_BAR = lazy_re.compile(r"\s+\|\s+")


def without_when_parts(text: str) -> str:
    """A line of parts between bars that holds its days in a part of their own: the parts that
    only say when — the days, a label's hours („Beginn: 17:15 Uhr“, „Zeiten: nach Absprache“) —
    are no part of the name."""
    parts = _BAR.split(text.strip())
    if len(parts) < 2:
        return text
    when = [LABELLED.match(part) is not None or _only_a_day_or_hours(part) for part in parts]
    if not any(_only_when(part) for part in parts) or all(when):
        return text
    return " | ".join(part for part, says_when in zip(parts, when, strict=True) if not says_when)


def _only_when(part: str) -> bool:
    return _only_a_day_or_hours(part) and bool(search_date_phrase(part))


def _only_a_day_or_hours(part: str) -> bool:
    """„Sonntag den 22. Dezember 2024“, „14:00 - 18:00 Uhr“: a part that names nothing."""
    return sum(ch.isalpha() for ch in _without_edge_dates(part)) < 3


def only_a_day(text: str) -> bool:
    """„Mo. 23.02.2026“, „Di, 18.09., 9:15–10:45 Uhr“: a text that names one day and nothing
    else (no title left beside it)."""
    match = search_date_phrase(text)
    return match is not None and names_a_day(match.group(0)) and title_in_text(text) is None


def named_invitation(title: str, text: str) -> str | None:
    """ "Einladung" over "Hiermit lade ich zur 33. Gemeinderatssitzung am …" → "Einladung zur
    33. Gemeinderatssitzung"; None when the heading names something itself or the text says
    no "zur …"."""
    if not (_ANNOUNCEMENT.match(title.strip()) or _RECOMMENDATION.match(title.strip())):
        return None
    match = _INVITED_TO.search(text) or _INVITED_TO_THE_END.search(text)
    if match is None:
        return None
    name = EDGE_NOISE.sub("", _PUBLIC_NOTE.sub("", EDGE_NOISE.sub("", match["name"])))
    if sum(ch.isalpha() for ch in name) < 3 or search_date_phrase(name):
        return None
    # The meeting is what the invitation names: "33. Gemeinderatssitzung", not "Einladung zur …".
    occasion = _OCCASION.search(text[: match.start()])
    if occasion is not None:
        # "Frühschoppen" alone does not say which; its occasion does.
        return f"{name} anlässlich {occasion['occasion'].strip()}"
    return name


# „Einladung zum Open Data Day 2018 Heilbronn“, „Einladung zur Mitgliederversammlung“: a heading
# that invites to what it names.
# „Einladung zum Smart City Hackathon“, and the label form „Einladung: Flashparty am 28.08.2022“
_INVITATION_LEAD = lazy_re.compile(
    r"^\s*(?:einladung|invitation)(?:\s+(?:zum|zur|zu|to(?:\s+the)?)\s+|\s*:\s*)(?=\w)", re.I
)


def without_invitation_lead(title: str) -> str:
    """ "Einladung zum Smart City Hackathon" → "Smart City Hackathon": the event is what the
    invitation names (as ``named_invitation`` names it from the text under a bare heading)."""
    rest = _INVITATION_LEAD.sub("", title, count=1)
    return rest if rest != title and sum(ch.isalpha() for ch in rest) >= 3 else title


# „Mitgliederversammlung der Bürgerrunde – Gäste willkommen!“: a short call to the reader after a
# dash; „Bürgerrunden-Hock ab sofort einmal im Monat“: how often it now takes place. Neither is
# part of what the event is called.
_CALL_TAIL = lazy_re.compile(r"\s+[–—-]\s+(?:\w+\s+){0,3}\w+\s*!$")
# „Gulasch Programmiernacht 2016, wir sind dabei!“: the hosts cheer that they take part, after
# a comma — who goes, not what the event is called.
_TAKING_PART_TAIL = lazy_re.compile(
    r",\s*(?:und\s+)?wir\s+sind\s+(?:(?:auch|wieder|mit)\s+)?(?:dabei|da)\s*!*$", re.I
)
_SCHEDULE_TAIL = lazy_re.compile(
    r"\s+(?:ab\s+sofort|ab\s+jetzt|künftig)\s+"
    r"(?:einmal|zweimal|jeden|jede|jedes|alle|monatlich|wöchentlich|vierzehntägig)\b.*$",
    re.I,
)


# „Heute Vereinsgründungstreffen“, „Heute: Virtuelles Treffen“, „Morgen Abend: Stammtisch“: a
# post's heading opening with the day it was written for — when, not what the event is called.
_DAY_WORD_HEAD = lazy_re.compile(
    r"^(?:heute|morgen)(?:\s+(?:abend|nachmittag|vormittag|mittag))?\s*[:!–—-]?\s+"
    r"(?!(?:abend|nachmittag|vormittag|mittag)\b)(?=(?-i:[A-ZÄÖÜ]))",
    re.I,
)


# „OpenBike Q&A, Heute, 19:00“, „Stammtisch – morgen ab 19 Uhr!“: the same day word closing the
# heading, with the hour it was written for.
_DAY_WORD_TAIL = lazy_re.compile(
    r"\s*[,:–—-]\s*(?:heute|morgen)(?:\s*,?\s*(?:ab|um)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr)?)?"
    r"\s*!?$",
    re.I,
)


# „Hackathon 2024 - Save the Date“, „Save the Date: Sommerfest 2025“: the announcement's label
# joined to the name by a dash or a colon — it says the day is to be kept free, not what is held.
_SAVE_THE_DATE = lazy_re.compile(
    r"\s+[–—-]\s+save\s+the\s+date\W*$|^\s*save\s+the\s+date\s*[:–—-]\s+", re.I
)

# „Barcamp Klagenfurt 2009: Ein paar Details“, „Sommerfest 2024 – Update“: the post's own tail,
# what it adds about the event named before the colon.
_POST_TAIL = lazy_re.compile(
    r"\s*[:–—-]\s+(?:ein\s+paar\s+|die\s+|alle\s+|weitere\s+|erste\s+|neue\s+|letzte\s+)?"
    r"(?:details|infos?|informationen|neuigkeiten|updates?|news)\W*$",
    re.I,
)


def without_call_or_schedule(title: str) -> str:
    """The event's name without a trailing call („– Gäste willkommen!“, „, wir sind dabei!“) or schedule („ab sofort
    einmal im Monat“), the announcement's label („- Save the Date“), the post's tail („: Ein
    paar Details“), or the day word it opens with („Heute Vereinsgründungstreffen“)."""
    rest = _SCHEDULE_TAIL.sub("", _CALL_TAIL.sub("", title, count=1), count=1)
    rest = _TAKING_PART_TAIL.sub("", rest, count=1)
    rest = _SAVE_THE_DATE.sub("", rest, count=1)
    rest = _POST_TAIL.sub("", rest, count=1)
    rest = _DAY_WORD_HEAD.sub("", rest, count=1)
    rest = _DAY_WORD_TAIL.sub("", rest, count=1)
    return rest if sum(ch.isalpha() for ch in rest) >= 3 else title


def is_announcement(title: str) -> bool:
    """A heading that only announces ("Save the Date", "Einladung", "Termin"): what it
    announces, and when, stand in the lines under it."""
    return bool(_ANNOUNCEMENT.match(title.strip()))


def shortened(title: str) -> str:
    if len(title) <= MAX_TEXT_TITLE:
        return title
    cut = title[:MAX_TEXT_TITLE]
    # „Das Vereinsjahr endet am Sonntag, 16. November …“: a day's number is no sentence's end.
    sentence = first_full_stop(cut, 20)
    return cut[: sentence + 1] if sentence >= 20 else cut.rsplit(" ", 1)[0] + " …"


def opens_with_words(line: str) -> bool:
    first = search_date_phrase(line)
    return first is None or any(ch.isalpha() for ch in line[: first.start()])


# „NEU! 18:00 Uhr: Aktionsplenum“, „NEU: 19:00 Fingeraufstellung“: a programme marks a row added
# since it was first posted; the mark stands before the row's own time.
_NOVELTY_MARK = lazy_re.compile(
    r"^(?:neu|new|update|aktualisiert|geändert|changed|added)\s*[!:]+\s*(?=\d)", re.I
)


def without_novelty_mark(chunk: str) -> str:
    """``chunk`` without a leading „NEU!“/„New:“ mark before a clock („NEU! 18:00 Uhr: …“)."""
    return _NOVELTY_MARK.sub("", chunk, count=1)


def _without_edge_dates(text: str) -> str:
    """Dates, times, weekdays and range words at either end of a line are taken off; a date
    inside a sentence ("Meeting for November 19, 2020, will focus on …") stays in it."""
    rest = without_novelty_mark(text.strip())
    has_digit = any(
        ch.isdigit() for ch in rest
    )  # dates and times need digits; most titles have none
    while True:
        before = rest
        finders = (iter_date_phrases, _HOUR_RANGE.finditer, TIME_LIKE.finditer)
        opened = ""  # the brackets the taken-off dates and times stood in
        for finditer in finders if has_digit else ():
            matches = list(finditer(rest))
            if matches and _is_noise(rest[: matches[0].start()]):
                opened += rest[: matches[0].start()]
                rest = rest[matches[0].end() :].strip()
                if rest[:1] in _CLOSES and _CLOSES[rest[:1]] in opened:
                    # „(19:00Uhr) Onlinecall“, a feed's „[2026-06-05 20:00] Casual Linkup“:
                    # the bracket around the day and clock goes with them.
                    rest = rest[1:].strip()
                matches = list(finditer(rest))
            if matches and _is_noise(rest[matches[-1].end() :]):
                rest = rest[: matches[-1].start()].strip()
        words = rest.split()
        lead = 1 if words and _is_noise(words[0]) else 0  # the dash after the day
        if (
            has_digit
            and len(words) > lead + 2
            and _CLOCK_TO_COME.match(" ".join(words[lead : lead + 2]))
        ):
            words = words[lead + 2 :]  # „10th October - Time TBD: Annual Meeting“: no clock yet
        # A mark alone between the taken-off day and a weekday written after it („20. Juni,
        # Samstag“ beside the name): the weekday is the date's as well, so the mark goes with it.
        while words and (
            _edge_word(words[0])
            or _article_of_a_day(words, 0)
            or _weekday_behind_a_mark(words)
            or (has_digit and _part_of_the_day(words))
            or (has_digit and _weekday_label(words))
        ):
            words.pop(0)
        while words and (
            (_edge_word(words[-1]) and not _names_a_night(words) and not _month_of_the_name(words))
            or _article_of_a_day(words, -1)
            or _emptied_label(words[-1])
        ):
            words.pop()
        rest = " ".join(words)
        if rest == before:
            return EDGE_NOISE.sub("", rest)


_CLOSES = {")": "(", "]": "["}


def _is_noise(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def _weekday_behind_a_mark(words: list[str]) -> bool:
    """„, Samstag Sonnwendfeuer“ once „20. Juni“ is taken off: the comma (or dash) that joined
    the weekday to its day, the weekday right behind it."""
    return (
        len(words) >= 2
        and _is_noise(words[0])
        and WEEKDAY_WORD.fullmatch(words[1].rstrip(",.:;")) is not None
    )


def _weekday_label(words: list[str]) -> bool:
    """„<strong>01.08.2026, Samstag:</strong> Ital. Abend“ once the day is taken off: the weekday
    closing the bold date label with its colon is the date's, the name follows it. Only where a
    day stood on the line (``has_digit``) — „Sonntag: Familientag“ alone keeps its word."""
    return (
        len(words) >= 2 and words[0].endswith(":") and WEEKDAY_WORD.match(words[0][:-1]) is not None
    )


def _names_a_night(words: list[str]) -> bool:
    """A weekday written out after a capitalised name word ends a club night's name („Famous
    Friday“, „Salsa Sonntag“), not a date: the date stands before it, the name after."""
    last = words[-1]
    return (
        len(words) >= 2
        and len(last) >= 5
        and last[-1].isalpha()
        and WEEKDAY_WORD.fullmatch(last) is not None
        and words[-2][:1].isupper()
        and words[-2][-1].isalpha()  # "Frühschoppen, Sonntag 10 Uhr": the day of the time
        and not _edge_word(words[-2])
    )


def _month_of_the_name(words: list[str]) -> bool:
    """A month written out after „im“ ends a meeting's name („Treffen im Mai“, „Stammtisch im
    Juni“): no day stands in it, the month is what the group calls the meeting by."""
    return (
        len(words) >= 3
        and words[-2].lower() == "im"
        and words[-1].isalpha()
        and MONTH_WORD.fullmatch(words[-1]) is not None
    )


# „01.05.2026 ␣␣ ganztägig ␣␣ Feiertag“, „03.06.2026 ␣ Vormittags ␣ Sponsorenlauf im Hofgarten“: a
# school's year table sets the part of the day in its hour column, between the day and the name.
_PART_OF_THE_DAY = lazy_re.compile(
    r"^(?:ganztägig|ganztags|vormittags|nachmittags|abends|morgens|mittags|all-day)[,:;]?$", re.I
)


# „10th - Time TBD: Annual Meeting“: the clock's place in a dated line, its clock still to come —
# when, not what.
_CLOCK_TO_COME = lazy_re.compile(
    r"^(?:time|start|starts|uhrzeit|beginn)\s*:?\s+(?:TBD|TBA|TBC|offen|folgt)\s*[:;,–-]?$", re.I
)


def _part_of_the_day(words: list[str]) -> bool:
    """The part of the day opening what is left of a dated line, with the name after it: it says
    when, as the clock would („Vormittags Sponsorenlauf“ → „Sponsorenlauf“)."""
    return len(words) >= 2 and _PART_OF_THE_DAY.match(words[0]) is not None


def _edge_word(word: str) -> bool:
    return bool(WEEKDAY_WORD.match(word) or MONTH_WORD.match(word) or _RANGE_WORDS.match(word))


# „Sonntag den 22. Dezember 2024“, „Samstag, dem 12. Mai“: the article between a weekday and its
# day. Only beside them — „Den Wald entdecken“ opens a name.
_DAY_ARTICLE = lazy_re.compile(r"^(?:den|dem)$", re.I)
# „Dienstag, der 06.10.2026 von 15:00 bis 18:00 Uhr“: the day in apposition to its weekday takes
# „der“. Only left alone or after the weekday — before a number it opens names („Der 7. Sinn“).
_APPOSITION_ARTICLE = lazy_re.compile(r"^der$", re.I)


def _article_of_a_day(words: list[str], index: int) -> bool:
    """The article at the line's start before a day's number („den 22. Dezember …“ once the
    weekday is gone), or at its end after a weekday („Kirchenkonzert | Sonntag den“ once the day
    is gone)."""
    if _APPOSITION_ARTICLE.match(words[index]):
        after_a_weekday = len(words) >= 2 and index == -1
        return len(words) == 1 or (after_a_weekday and WEEKDAY_WORD.match(words[-2]) is not None)
    if not _DAY_ARTICLE.match(words[index]):
        return False
    if len(words) == 1:
        return True  # the article alone, its weekday and day already gone
    if index == 0:
        return len(words) >= 2 and words[1][:1].isdigit()
    return len(words) >= 2 and WEEKDAY_WORD.match(words[-2]) is not None


# „Kirchenkonzert | … | Beginn:“ once „17:00 Uhr“ is gone: a time or date label left without its
# value says nothing of the name.
_EMPTIED_LABEL = lazy_re.compile(
    r"^(?:Datum|Termine?|Wann|Zeit|Uhrzeit|Beginn|Ende|Einlass|Date|When|Time)[:：]$",
    re.I,
)


def _emptied_label(word: str) -> bool:
    return _EMPTIED_LABEL.match(word) is not None
