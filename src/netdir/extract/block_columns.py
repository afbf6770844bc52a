"""A table row's cells read by their column labels ("Datum | Uhrzeit | Programm | Ort")."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import WORDS, node_text, text_chunks
from netdir.extract.context import absolute_url
from netdir.extract.date_cues import (
    DATE_LIKE,
    TIME_LIKE,
)
from netdir.extract.grid_columns import grid_columns
from netdir.extract.inline_text import visible_text
from netdir.extract.opponent_column import OPPONENT_COLUMN, with_opponent
from netdir.extract.place_to_come import name_before_a_place_to_come, only_things_to_come
from netdir.extract.table_cells import row_cells, table_holding
from netdir.extract.talk_title_labels import is_title_to_come
from netdir.extract.time_elements import day_behind_a_misread_text

# "19.30" alone in an "Uhrzeit" column: the column's header says it is a clock, where the same
# figures elsewhere could be a day and a month.
_BARE_CLOCK = lazy_re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")
# „18-22“ under „Uhrzeit“: a club's shooting evenings from six to ten — the header says the
# figures are hours (elsewhere „18-22“ could be days or a score).
_BARE_HOURS = lazy_re.compile(r"^(?:[01]?\d|2[0-3])\s*[-–]\s*(?:[01]?\d|2[0-3]|24)$")
# „9.45 am“, „10 am“ alone under „Time“: an English morning clock. Elsewhere a lowercase „am“
# apart from the figure may be the German preposition before a day („10 am 20.10.“), so no
# reader takes it for a clock; a cell of its own under a time header holds nothing but the
# clock (a parish council's „9.30 am | Coffeepot“ beside „7.30 pm | Movie Night“).
_CELL_MORNING = lazy_re.compile(r"^(?P<clock>(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?)\s+am$")
# „noon“ alone in a cell under „Time“ (a seminar table's „February 6th, 2018 | noon | N716“):
# twelve o'clock, as „1 PM“ in the next row is one; in running text „noon“ may be a name.
_CELL_NOON = lazy_re.compile(r"^(?:12\s+)?(?:noon|midday)$", re.I)
# The header of a table's place column („Datum | Uhrzeit | Programm | Ort“, „Time | Location |
# Tickets“, „Veranstaltungs- ort“): one list for a row read by its columns and for a block that
# is a small table of its own (``block_places``).
# „Museum: | Event: | Date:“, „Library | Program | Date“: the column naming the kind of venue
# names each row's venue; so does a fishing club's „Date | Lake | Results“ („Gewässer“).
PLACE_COLUMN = lazy_re.compile(
    r"\bort\b|^wo\b|location|veranstaltungsort|stadt|"
    r"^(?:raum|where|place|room|museum|library|branch|lake|gewässer)\s*:?$",
    re.I,
)
# "Wirtshaus" beside "Veranstaltungsort" (the town): the inn of the evening, its place.
# „Fixture Date | Opposition | Ground“: a club's fixtures name the ground each game is played on.
# „Datum | Ort | Straße“: a flea-market club's table gives each market's village and the street or
# square it is held on — the spot within the town, as an inn is („Parkplatz M. Preis, Percha“).
VENUE_COLUMN = lazy_re.compile(
    r"^(?:wirtshaus|gasthaus|gasthof|gaststätte|lokal|venue|treffpunkt|platz|ground|pitch|"
    r"straße|strasse|adresse|anschrift|address)\s*:?$",
    re.I,
)
# „Ground | Location Number“: a column that numbers something (the ground's marker on the map
# beside the table, „1 (Home)“) holds numbers, not a place, whatever it numbers.
_NUMBER_COLUMN = lazy_re.compile(r"^\S.*\s(?:number|nummer|no\.?|nr\.?)$", re.I)
_TABLE_LABELS = {
    # "Uhrzeit | Datum": a column of clock times only, beside the date column.
    "time": lazy_re.compile(r"^(?:uhrzeit|zeit|beginn|uhr|time|start time)$", re.I),
    "date_text": lazy_re.compile(r"datum|termin|wann|zeit|date|^von$", re.I),
    # "Von | Bis | Veranstaltung": a directory's first and last day in two columns.
    "end": lazy_re.compile(r"^bis$", re.I),
    "number": _NUMBER_COLUMN,
    "location_text": PLACE_COLUMN,
    "venue": VENUE_COLUMN,
    # "Bemerkung", "Zusatz": what the row adds ("Faschingsvolkstanz", "Gerne mit Hund"), a
    # title only beside a band.
    "note": lazy_re.compile(
        r"^(?:bemerkung|bemerkungen|anmerkung|anmerkungen|hinweis|hinweise|zusatz|"
        r"besonderes|besonderheiten)$",
        re.I,
    ),
    # "Preis", "Leitung": what the row costs and who leads it — never what it is called.
    "aside": lazy_re.compile(
        r"^(?:preis|preise|kosten|gebühr|teilnahmegebühr|price|cost|fee|leitung|kursleitung|"
        r"referent|referentin|guide|presenter|presenters|facilitator|"
        # „Datum | Uhrzeit | bevorzugter Verein“, „Zielgruppe“: for whom the row is held —
        # the clubs an evening is meant for are no name of it (the heading above names it).
        r"zielgruppe|altersgruppe|(?:bevorzugte[rn]?|eingeladene[rn]?)\s+"
        r"(?:verein|vereine|gruppe|gruppen|mannschaft|mannschaften))$",
        re.I,
    ),
    # „Date | Time | Place | Speaker | Title“: a seminar's talks; the speaker names a talk whose
    # title is still to come („TBA“), or a table without a title column.
    "speaker": lazy_re.compile(r"^(?:speakers?|vortragende[rn]?)$", re.I),
    # "Team | Opponent | Date | Time": a school's or club's fixtures.
    "opponent": OPPONENT_COLUMN,
    "title": lazy_re.compile(
        r"titel|veranstaltung|thema|title|bezeichnung|name|ereignis|anlass|\bevent\b|^programm$|"
        r"^teams?$|"
        # „Topic | Venue | Presenter | Date | Time“: a discussion group's schedule.
        r"^topics?$|"
        r"^aktivität(?:en)?$|^activity$|"
        # „Datum | Disziplin | Durchg. | Bahnen | Aufsicht“: a championship's dates, each row
        # the discipline contested that day („Herren Einzel“, „Paarkampf Mixed“).
        r"^disziplin(?:en)?$|"
        # „Datum | Zeit | Was“, „Wann | Was | Wo“: the column saying what takes place.
        r"^was$|^what$|"
        # „Datum | Tag im Kirchenjahr | Gottesdienst“: a parish's plan, each row the service held
        # („10:00 Hauptgottesdienst“), not the Sunday's name in the church year.
        r"^gottesdienste?$",
        re.I,
    ),
}


def read_columns(
    row: LexborNode, labels: dict[int, str], reading: BlockReading, base_url: str
) -> None:
    cells = row_cells(row)
    times: dict[str, str] = {}
    extras: dict[str, tuple[str, str]] = {}  # venue, note: read after the row's other cells
    place_cell: tuple[LexborNode, str] | None = None  # the place column's cell, where
    columns = grid_columns(cells)
    for index, cell in zip(columns, cells, strict=True):
        name = labels.get(index)
        text = node_text(cell)
        if name is None or text is None:
            continue
        where = f"listing:td[{labels_name(labels, index)}]"
        if name in ("aside", "number"):
            continue
        if name == "location_text":
            place_cell = (cell, where)
        if name == "title" and only_notes(text_chunks([cell])):
            # „Ende gegen 21.00 Uhr“ / „Info unter 0157 51558323“ under „Veranstaltung“: the
            # column says what the row adds, the row's name stands elsewhere (see below).
            extras["notes under the name"] = (text, where)
            continue
        if name in ("venue", "note", "opponent"):
            extras[name] = (text, where)
        elif name == "speaker":
            extras[name] = (_speaker_name(cell, text), where)
        elif name == "location_text" and is_title_to_come(text):
            continue  # „TBD“: the room is still to be set
        elif name == "location_text" and (named := name_before_a_place_to_come(text)):
            extras["place to come"] = (named, where)  # „Championship TBD“ under „Lake“
        elif name in ("title", "act"):
            reading.title = text = without_a_linked_key(cell, text)
            reading.title_from_heading = True  # a labelled column is as good as a heading
            reading.sources["title"] = where
            lines = text_chunks([cell])
            if len(lines) > 1 and (
                len(WORDS.findall(lines[0])) >= _NAME_LINE_WORDS or _bold_lead(cell, lines[0])
            ):
                # "<b>Grillfest in Bigastro</b><p>Jeder bringt sein eigenes Grillgut …": the
                # cell's first line names the event, the lines below describe it — but a short
                # line that goes on in lower case continues the name ("Geschwaderfahrt nach
                # Alicante<br>zu den Fiestas de San Juan"), unless it opens with an
                # abbreviation or ends a sentence: „<b>Radtour um den Hockenheimring</b><br>ca.
                # 40 km.“, „u. a. Vortrag …“, „mit Übernachtung auf dem Hilschberghaus.“ note the
                # length, the programme, the stay. A one-word line names the event
                # when it stands in bold over the rest („<b>Adventsfeier</b><br>Treffpunkt: …“).
                name = lines[0]
                for line in lines[1:]:
                    if _CUT_SHORT.search(name) and len(WORDS.findall(line)) <= _CONTINUED_WORDS:
                        # „Countryparty mit“ br „Westend“, „2. Country-Campfire-“ br
                        # „US-Car-Weekend“: a line cut after „mit“ or inside a hyphenated
                        # compound goes on on the next line, capitalised or not.
                        joiner = "" if name.endswith("-") else " "
                        name = f"{name}{joiner}{line}"
                        continue
                    if (
                        not line[:1].islower()
                        or len(WORDS.findall(line)) > _CONTINUED_WORDS
                        or _OPENS_A_NOTE.match(line)
                        or line.rstrip().endswith(".")
                    ):
                        break
                    name = f"{name} {line}"
                reading.title = name
                reading.sources["title"] = f"{where} first line"
            link = cell.css_first("a[href]")
            if link is not None and (url := absolute_url(link.attributes.get("href"), base_url)):
                reading.url = url
                reading.sources["url"] = f"{where}>a@href"
        elif name == "time":
            times[where] = text
        elif name == "end":
            extras[name] = (text, where)
        elif name == "date_text" and (day := day_behind_a_misread_text(cell, text)):
            # „<time datetime="2015-08-18">Tue Aug l8</time>“: the day the misspelt text means
            reading.date_text = day
            reading.date_leads = True  # a date element of its own, as a readable one is
            reading.sources[name] = f"{where}>time@datetime"
        else:
            setattr(reading, name, text)
            reading.sources[name] = where
    _venue_and_note(labels, extras, reading)
    if "notes under the name" in extras and place_cell is not None:
        _named_in_the_place_cell(*place_cell, reading)
    _named_by_its_speaker(labels, extras, reading)
    _until_column(extras, reading)
    _named_by_its_place(columns, labels, reading)
    _known_by_its_place(columns, cells, labels, extras, reading)
    _against(extras, reading)
    if reading.date_text and times and not TIME_LIKE.search(reading.date_text):
        # "Uhrzeit | Datum": the time column completes the day.
        where, text = next(iter(times.items()))
        if _BARE_CLOCK.match(text) or _BARE_HOURS.match(text):
            text = f"{text} Uhr"
        elif (morning := _CELL_MORNING.match(text)) is not None:
            text = f"{morning['clock']}am"
        elif _CELL_NOON.match(text) is not None:
            text = "12:00"
        if TIME_LIKE.search(text):
            reading.date_text = f"{reading.date_text}, {text}"
            reading.sources["date_text"] += f"+{where.removeprefix('listing:')}"
    _hour_in_the_title(reading)


# „… (<a href="/about#FMus">FMus</a>)“: a bracket that holds one link and nothing else.
_TRAILING_BRACKET = lazy_re.compile(r"\s*\(\s*(?P<key>[^()]{1,40}?)\s*\)\s*$")


def without_a_linked_key(cell: LexborNode, text: str) -> str:
    """A name cell's text without the bracketed link after the name: „<a>Studio Recital: Patricia
    Green (voice)</a> (<a href="/about#FMus">FMus</a>)“ — an aggregator's key to the venue it
    read the event from, „(<a>Tickets</a>)“ — a link of its own beside the event's, never a word
    of its name. A bracket of plain words („(voice)“) stays."""
    links = cell.css("a[href]")
    if len(links) < 2:
        return text
    match = _TRAILING_BRACKET.search(text)
    if match is None or match["key"] != visible_text(links[-1]).strip():
        return text
    return text[: match.start()].rstrip() or text


# What stands between an event's name and its hour in one cell: „, jeweils ab “, „ um “, „ 14–“.
_BEFORE_THE_HOUR = lazy_re.compile(
    r"[\s,;–-]*(?:(?:jeweils|je|ab|um|von|beginn|start)\s+)*"
    r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:-|–|—|bis)\s*)?$",
    re.I,
)


def _hour_in_the_title(reading: BlockReading) -> None:
    """ "Datum | Thema | Verein | Ort" with „06.12. | Adventssingen 16:00“, „10.10. |
    Erntedankandacht 9:30 Uhr, 10 Uhr Frühstück“, „30.10. und 31.10. | Halloween, jeweils ab
    16:00 Uhr“: the theme cell goes on after the event's name with the hour the date cell does
    not give. The hour (with its „jeweils ab“) completes the day; the name before it is the
    title — what follows the first hour („10 Uhr Frühstück“) is a detail of the programme."""
    if not reading.title or not reading.date_text or TIME_LIKE.search(reading.date_text):
        return
    clock = TIME_LIKE.search(reading.title)
    if clock is None:
        return
    lead = _BEFORE_THE_HOUR.search(reading.title[: clock.start()])
    assert lead is not None  # the pattern matches the empty end of any text
    name = reading.title[: lead.start()].strip()
    if not WORDS.search(name):
        return  # a cell that opens with its hour names nothing before it
    hours = reading.title[lead.start() : clock.end()].strip(" ,;–-")
    reading.date_text = f"{reading.date_text}, {hours}"
    reading.sources["date_text"] += (
        f"+{reading.sources.get('title', '').removeprefix('listing:')} hour"
    )
    reading.title = name
    reading.sources["title"] += " before its hour"


def _venue_and_note(
    labels: dict[int, str], extras: dict[str, tuple[str, str]], reading: BlockReading
) -> None:
    """ "Veranstaltungsort | … | Musik | Wirtshaus | Bemerkung": the inn and the town are the
    place ("Salesianum, München"); with a band column for a title, the remark says what the
    evening is — "Faschingsvolkstanz" alone where no band plays, "Faschingsvolkstanz – Well
    Buam" beside one (a remark of a few words; a longer one is a note, not a name)."""
    if "venue" in extras:
        venue, where = extras["venue"]
        town = reading.location_text
        if town and town.casefold() not in venue.casefold():
            reading.location_text = f"{venue}, {town}"
            reading.sources["location_text"] = f"{where}+{reading.sources['location_text']}"
        else:
            reading.location_text = venue
            reading.sources["location_text"] = where
    if "note" in extras and reading.title and _NUMBERED_PART.fullmatch(extras["note"][0]):
        # "Abteilungsmeisterschaft | Runde 1": the remark says which round of the series the
        # row is, part of its name ("Abteilungsmeisterschaft, Runde 1").
        reading.title = f"{reading.title}, {extras['note'][0]}"
        reading.sources["title"] += f"+{extras['note'][1].removeprefix('listing:')}"
        return
    if "note" not in extras or "act" not in labels.values():
        return
    note, where = extras["note"]
    if len(WORDS.findall(note)) > _NOTE_WORDS or any(ch.isdigit() for ch in note):
        return
    if reading.title is None:
        reading.title = note
        reading.title_from_heading = True
        reading.sources["title"] = where
    else:
        reading.title = f"{note} – {reading.title}"
        reading.sources["title"] = f"{where}+{reading.sources.get('title', '')}"


# Lines a row adds under its name, none of them a name: when the evening ends („Ende gegen
# 21.00 Uhr“), whom to ask („Info unter 0157 51558323“, „Tel. 03741 136194“) and that the seats
# are gone („Leider keine Plätze mehr vorhanden !!“, „Restlos ausverkauft !!!“).
_NOTE_LINE = lazy_re.compile(
    r"^(?:(?:ende|schluss)\s+(?:(?:gegen|ca\.?|um)\s*)?\d{1,2}(?:[.:]\d{2})?\s*uhr[\s!.]*"
    r"|(?:infos?|auskunft|auskünfte|tel\.?|telefon)(?:\s+unter|\s*:)?\s*\+?\d[\d /-]{5,}"
    r"|(?:leider\s+)?keine\s+(?:plätze|karten|tickets)\b.*"
    r"|(?:restlos\s+)?ausverkauft\b.*)$",
    re.I,
)


def only_notes(lines: list[str]) -> bool:
    """Whether every line of a cell only notes when the row ends, whom to ask or that it is sold
    out — a cell that names nothing."""
    return bool(lines) and all(_NOTE_LINE.match(line.strip()) for line in lines)


def _named_in_the_place_cell(cell: LexborNode, where: str, reading: BlockReading) -> None:
    """„Termin | Ort | Veranstaltung“ whose rows put the name in the place column: a line-dance
    club's „Danach offenes Training der Vogtlandcowboys“ br „im Saloon in der alten Schweinemast“
    br „Gewerbegebiet Reißig“ br „Pfaffengutstraße 4 , 08525 Plauen“ under „Ort“, beside only
    „Ende gegen 21.00 Uhr“ / „Info unter …“ under „Veranstaltung“ (held-out batch 182). The
    place cell's first line names the row and its other lines are the place; a place cell of
    one line is the name alone („Kein Tanzabend !!!!“ on a holiday)."""
    if reading.title is not None:
        return
    lines = text_chunks([cell])
    if not lines or DATE_LIKE.search(lines[0]) or TIME_LIKE.search(lines[0]):
        return
    reading.title = lines[0]
    reading.title_from_heading = True  # a labelled column is as good as a heading
    reading.sources["title"] = f"{where} first line (the name column holds only notes)"
    reading.location_text = ", ".join(lines[1:]) or None
    if reading.location_text is None:
        reading.sources.pop("location_text", None)
    else:
        reading.sources["location_text"] = f"{where} below its first line"


def _named_by_its_speaker(
    labels: dict[int, str], extras: dict[str, tuple[str, str]], reading: BlockReading
) -> None:
    """A talk whose title cell says „TBA“ or „ - “ (or is empty) is known by its speaker, as a
    reader tells the coming talks apart. Without a title column the row's other readers name it
    (a club's „Speakers“ column may count them: „3“)."""
    if "speaker" not in extras or "title" not in labels.values():
        return
    if reading.title is not None and not is_title_to_come(reading.title):
        return
    speaker, where = extras["speaker"]
    if is_title_to_come(speaker) or not any(map(str.isalpha, speaker)):
        return
    reading.title = speaker
    reading.title_from_heading = True  # a labelled column is as good as a heading
    reading.sources["title"] = f"{where} (the speaker; no title yet)"


def _speaker_name(cell: LexborNode, text: str) -> str:
    """The speaker cell's name: its link's text where the name is linked („<a>Angus Lowe</a>
    <span class="speaker-affiliation">MIT</span>“: the affiliation beside it is no part of the
    name), else its first line."""
    link = cell.css_first("a")
    name = node_text(link) if link is not None else None
    return name if name and text.startswith(name) else next(iter(text_chunks([cell])), text)


def _against(extras: dict[str, tuple[str, str]], reading: BlockReading) -> None:
    """ "Team | Opponent": the opponent completes the team's name of the game."""
    if "opponent" not in extras or not reading.title:
        return
    opponent, where = extras["opponent"]
    named = with_opponent(reading.title, opponent)
    if named != reading.title:
        reading.title = named
        reading.sources["title"] += f"+{where.removeprefix('listing:')}"


def _until_column(extras: dict[str, tuple[str, str]], reading: BlockReading) -> None:
    """ "Von | Bis": the last day stands in a column of its own ("7.5.2022 | 8.5.2022"), the
    row runs from the one to the other; an empty or equal "Bis" cell leaves a one-day row."""
    if "end" not in extras or not reading.date_text:
        return
    end, where = extras["end"]
    if end == reading.date_text or not DATE_LIKE.search(end):
        return
    reading.date_text = f"{reading.date_text} – {end}"
    reading.sources["date_text"] = (
        f"{reading.sources['date_text']}+{where.removeprefix('listing:')}"
    )


def _named_by_its_place(columns: list[int], labels: dict[int, str], reading: BlockReading) -> None:
    """ "Ort | Datum | Zusatz | Preis | Leitung" („Oberfranken | 22.03.2026 - 28.03.2026 | Gerne
    mit Hund | ab 525 € | Christine“): a row whose header names every column, none of them its
    name, is known by its place — the remark beside it ("Gerne mit Hund") says what the week
    offers, the price and the guide say nothing of which week it is. Only when such a column is
    there: a "Datum | Zeit | Ort" row keeps the heading above it for its name."""
    if reading.title is not None or not reading.location_text:
        return
    names = set(labels.values())
    if names & {"title", "act"} or not names & {"note", "aside"}:
        return
    if any(column not in labels for column in columns):
        return  # an unnamed column may hold the name
    reading.title = reading.location_text
    reading.title_from_heading = True  # read from a labelled column, as good as a heading
    reading.sources["title"] = (
        f"{reading.sources.get('location_text', 'listing:td')} (no name column)"
    )


def _known_by_its_place(
    columns: list[int],
    cells: list[LexborNode],
    labels: dict[int, str],
    extras: dict[str, tuple[str, str]],
    reading: BlockReading,
) -> None:
    """„Date | Lake | Results“ („03/21/2026 | Council Grove City Lake | TBD“): a row without a
    name column whose other cells only hold what is still to come is known by its place; a
    place cell „Championship TBD“ names the row, its place still to be set (``place_to_come``)."""
    if reading.title is not None or set(labels.values()) & {"title", "act"}:
        return
    rest = [
        node_text(cell) for index, cell in zip(columns, cells, strict=True) if index not in labels
    ]
    if not only_things_to_come(rest):
        return
    if reading.location_text:
        reading.title = reading.location_text
        reading.sources["title"] = (
            f"{reading.sources.get('location_text', 'listing:td')} (no name column)"
        )
    elif (to_come := extras.get("place to come")) is not None:
        reading.title, where = to_come
        reading.sources["title"] = f"{where} (its place to come)"
    else:
        return
    reading.title_from_heading = True  # read from a labelled column, as good as a heading


# "Runde 1", "2. Runde", "Teil 2", "1. Spieltag", "Lauf 3", "Round 2": which part of a series.
_NUMBERED_PART = lazy_re.compile(
    r"(?:(?:runde|teil|spieltag|lauf|etappe|round|part|leg|heat)\s*\d{1,2}"
    r"|\d{1,2}\.\s*(?:runde|teil|spieltag|lauf|etappe))",
    re.I,
)
# A name line that cannot end where it does: after a word that needs one after it („mit“, „und“,
# „der“, „für“, „with“) or on the hyphen of a compound broken over two lines („Country-Campfire-“).
_CUT_SHORT = lazy_re.compile(
    r"(?:\s(?:mit|und|oder|der|die|das|des|dem|den|von|vom|für|zum|zur|im|am|an|auf|bei|in|"
    r"with|and|of|the|for|at)|[^\W\d_]-)$",
    re.I,
)
#: A remark of at most this many words names the kind of evening beside its band.
_NOTE_WORDS = 3
#: A title cell's first line names the event when it has this many words ("OL Training").
_NAME_LINE_WORDS = 2
#: A lower-case line of at most this many words continues the name above it.
_CONTINUED_WORDS = 6
# „ca. 40 km.“, „ca.10 km.“, „u. a Vortrag …“, „inkl. Mittagessen“: a line that opens with an
# abbreviation notes a detail; a name goes on with a word („zu den Fiestas de San Juan“).
_OPENS_A_NOTE = lazy_re.compile(r"[a-zäöüß]{1,5}\.(?=[\s\d]|$)")


def _bold_lead(cell: LexborNode, first_line: str) -> bool:
    """Whether the cell's first line is all of the bold element it opens with — „<b>Adventsfeier
    </b><br>Treffpunkt: 15:00 Uhr, …“: the name set apart from the notes below it."""
    bold = cell.css_first("b, strong")
    return bold is not None and " ".join(visible_text(bold).split()) == first_line.strip()


def labels_name(labels: dict[int, str], index: int) -> str:
    return f"{index + 1}:{labels[index]}"


def table_column_labels(table_rows: list[LexborNode]) -> dict[int, str]:
    """Which column holds which field, from the first row of ``th`` cells (or a ``thead``), or
    a first row of plain cells that only name columns ("Datum / Uhrzeit | Programm | Künstler |
    Veranstaltungs- ort": hand-written tables style their header row instead of using ``th``)."""
    for position, row in enumerate(table_rows[:3]):
        headers = [c for c in row.iter(include_text=False) if c.tag == "th"]
        if len(headers) < 2:
            cells = [c for c in row.iter(include_text=False) if c.tag == "td"]
            if position == 0 and _a_label_row(cells):
                return _labels_of(cells)
            continue
        return _labels_of(headers)
    return {}


# "Veranstaltungs- ort": a label broken over two lines with a hyphen.
_BROKEN_WORD = lazy_re.compile(r"(?<=[^\W\d_])-\s+(?=[^\W\d_])")
#: A header cell names its column in a few words.
_LABEL_WORDS = 3
# "Musik", "Künstler", "Band": who plays names a concert or dance evening when no column is
# labelled as its title.
_ACT_LABEL = lazy_re.compile(
    r"^(?:musik|künstler(?:in|innen)?|band|interpret(?:en)?|artist)$", re.I
)


def _labels_of(headers: list[LexborNode]) -> dict[int, str]:
    labels: dict[int, str] = {}
    texts = [_BROKEN_WORD.sub("", node_text(h) or "") for h in headers]
    columns = grid_columns(headers)  # „<th colspan="2">Datum</th>“ covers two columns
    for index, text in zip(columns, texts, strict=True):
        for name, pattern in _TABLE_LABELS.items():
            # Each field has one column; the price and the guide may stand side by side.
            if (name == "aside" or name not in labels.values()) and pattern.search(text):
                labels[index] = name
                break
    if "time" in labels.values() and "date_text" not in labels.values():
        # "Zeit" alone is the column of the day and the time.
        labels = {i: "date_text" if n == "time" else n for i, n in labels.items()}
    if "title" not in labels.values():
        acts = [
            i
            for i, t in zip(columns, texts, strict=True)
            if i not in labels and _ACT_LABEL.match(t)
        ]
        if acts:
            labels[acts[0]] = "act"  # the band names the evening (a title column)
    return labels


def _a_label_row(cells: list[LexborNode]) -> bool:
    """Plain cells that are all short words without digits, a date and a title or a place among
    them („Year | Dates | Location | Attendance“: a society's past meetings, each known by the
    college that hosted it)."""
    if len(cells) < 2:
        return False
    texts = [visible_text(cell) for cell in cells]
    if any(len(WORDS.findall(text)) > _LABEL_WORDS or re.search(r"\d", text) for text in texts):
        return False
    labels = set(_labels_of(cells).values())
    return "date_text" in labels and bool(labels & {"title", "act", "location_text"})


def aside_cell_texts(segment: list[LexborNode]) -> set[str]:
    """The texts of a table row's cells whose column header says what the row costs, who leads
    it or whom it is for („Datum | Uhrzeit | bevorzugter Verein“) when no column names the row:
    such a cell („Tell Lippertshofen, Einigkeit Wettstetten“) is never the row's name — the
    heading above the table is."""
    if len(segment) != 1 or segment[0].tag != "tr":
        return set()
    table = table_holding(segment[0].parent)
    if table is None:
        return set()
    labels = table_column_labels(table.css("tr"))
    if "aside" not in labels.values() or "title" in labels.values():
        return set()
    cells = row_cells(segment[0])
    return {
        text
        for index, cell in zip(grid_columns(cells), cells, strict=True)
        if labels.get(index) == "aside" and (text := node_text(cell))
    }
