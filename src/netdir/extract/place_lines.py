"""An unlabelled place line in a listing block.

Blocks often state the place on a line of its own without a label or a class: the line right
after the title, the date or the time ("<li>17:00-18:45 Uhr</li><li>Rathaus, im Ratssaal</li>",
"<h3>Workshop … am 31. Oktober 2008</h3><p>Ruhr-Universität Bochum, Universitätsbibliothek,
Konferenzraum in der 6. Etage</p>", "19.01.2027 um 19:00 Uhr<br>Klingenberg-OS<br>Alberichstraße
24, 12683 Berlin"). Such a line is a place when it names a venue (a word for a room, hall or
house) or an address, or when an address line follows it; it is short and no sentence, so a
teaser ("Im Gemeindehaus zeigen wir …") is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from netdir import lazy_re
from netdir.extract.country_names import COUNTRY_NAMES
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.doors_then_start import start_after_the_doors
from netdir.extract.place_labels import PROSE_WORDS
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION, PLACE_PREPOSITION
from netdir.extract.title_text import title_in_text
from netdir.extract.venue_slash_town import venue_slash_town
from netdir.normalize.place import known_town

# The end of a word for a place people meet in: "Ratssaal", "Besprechungsraum",
# "Dorfgemeinschaftshaus", "Weltladen", "Uber Arena", "Universitätsbibliothek", "Town Hall".
# English does not compound: "hall", "room", "church" … are venues as words of their own
# ("Town Hall", "Ballroom"), not as word ends ("Soca Vs Dancehall", "Marshall").
_VENUE_WORD = lazy_re.compile(
    r"(?:saal|säle|raum|halle|haus|heim|zentrum|center|centre|arena|stadion|kirche|kapelle|"
    r"schule|gymnasium|bibliothek|bücherei|universität|hochschule|museum|theater|theatre|kino|"
    r"gaststätte|gasthaus|gasthof|restaurant|café|hotel|stube|scheune|festplatz|gelände|"
    # „Weltladen“, „Weinladen“: a shop — not the verb („PDF herunterladen“, „hochladen“, „einladen“)
    r"(?<!unter)(?<!hoch)(?<!\bein)(?<!\bauf)(?<!\bnach)laden|"
    r"musikclub|liveclub|"
    r"sportplatz|marktplatz|rathausplatz|aula|mensa|hütte|hofgut|schloss|foyer|"
    # "Weihnachtsmarkt Göttingen", "Ev. Familien-Bildungsstätte", "Begegnungsstätte"
    r"markt|stätte|"
    # „Retzbachpark“, „Kurpark“: a park; „Kellerbar“, „Strandbar“: a bar — as the end of a
    # compound only („Park“ and „Bar“ alone are names or words of other things too), the bar's a
    # capitalised noun („erreichbar“, „machbar“ are adjectives)
    r"(?<=[^\W\d_]{3})park|(?-i:\b[A-ZÄÖÜ][a-zäöüß]{2,}bar)|"
    # „Kornhauskeller“, „Pfarrgarten“, „Parkbühne“, „Festwiese“: a cellar, a garden, an open-air
    # stage, a meadow — as the end of a compound too („Keller“, „Garten“, „Wiese“ alone are
    # surnames as often); „Vereinslokal“, „Stammlokal“: a club's room in an inn
    r"(?<=[^\W\d_]{3})(?:keller|garten|bühne|wiese|lokal)|"
    # „Pfarreitreff“, „Jugendtreff“, „Seniorentreff“: a meeting house — as the end of a compound
    # („Treff“ alone, „Treffpunkt“ are no venue)
    r"(?<=[^\W\d_]{3})treff|"
    # „Untermühlbachhof“, „Mathislehof“, „Gutshof“: a farm or a manor („Hof“ alone is a town too)
    r"(?<=[^\W\d_]{2})hof|"
    # „EFG Zeesen“, „FeG Lüdenscheid“, „EmK Reutlingen“: a free church's congregation by its
    # short form (Evangelisch-Freikirchliche Gemeinde, Freie evangelische Gemeinde,
    # Evangelisch-methodistische Kirche, Selbständige Ev.-Luth. Kirche, Landeskirchliche
    # Gemeinschaft) and its town — its church, where its services are held
    r"(?-i:(?<![^\W_])(?:EFG|FeG|EmK|SELK|LKG))|"
    # („Bot building lesson“, „team building exercise“: „building“ before a lower-case word is
    # the doing of something, not a house — „Science Building“, „Building 3“)
    # „Council Chambers“, „Board Chamber“: where a council or board meets („Chamber Music“ and
    # „Chamber of Commerce“ are no rooms, so a lone „chamber“ is not one)
    # („Multi-Agent Map-Building“, „Team-Building“: an English venue word hyphened to the word
    # before it names a doing, a talk's topic — English writes a house's name in words of their
    # own, „Science Building“, „Town Hall“)
    r"(?<![^\W\d_])(?<!-)(?:chambers|(?:council|board|committee|commission|assembly|civic)\s+chamber|"
    # „EXIL Live Music Club“: a club for live music is a venue („Club“ alone is an association
    # as often: „Rotary Club“, „Jazzclub e.V.“)
    # („St. George's Cathedral, Kingston, ON“: a cathedral, a chapel or a synagogue is a house
    # of worship as a church is)
    r"auditorium|library|church|cathedral|chapel|basilica|synagogue|hall|room|stadium|"
    r"fire\s+station|music\s+club|"
    # „Adobe Hills Pool side“, „Community Pool“: where a neighbourhood's potluck meets („Pool
    # Party“, „car pool“ name no place: a pool only beside the poolside or a kind of pool)
    r"pool\s?side|(?:swimming|community|public|outdoor|indoor|leisure)\s+pool|"
    # „St Germain Community Park“, „Memorial Park“, „County Park“: a park named by its kind, where
    # a town's fair or market meets („Park“ alone, „Central Park“, is a name as often as a place)
    r"(?:community|city|county|state|memorial|municipal|village|town)\s+park"
    r"|building(?!\s+(?-i:[a-zäöü])))|"
    r"(?:ball|board|club|guild|town|music)(?:room|hall))\b"
    # „Bauhaus-Kolloquium“, „Rathaus-Konzert“: a hyphened compound ending in a kind of event is
    # that event, the venue word before the hyphen only says which one („Kurpark-Residenz“, a
    # place after the hyphen, stays a place).
    r"(?!-(?:kolloquium|konferenz|kongress|tagung|fachtagung|symposium|seminar|workshop|vortrag"
    r"|vorlesung|konzert|festival|fest|forum|lesung|gottesdienst)(?![^\W\d_]))",
    re.I,
)
# "12683 Berlin": a postcode and its town.
# „12683 Berlin“: a German postcode and the town after it (also ``tooltip_places``).
POSTCODE = r"(?<![\d.,])\b\d{5}\s+[A-ZÄÖÜ]"
# "Alberichstraße 24", "Lechtorstr. 11", "Rathausplatz 2 b", "12683 Berlin"; a street without a
# street word when a Swiss or Austrian postcode and town follow ("Hagerhüsli 1, 3315 Bätterkinden")
# or a Polish one („Daszyńskiego 17, 59-900 Zgorzelec“: two digits, a hyphen, three digits).
_ADDRESS = lazy_re.compile(
    r"\w(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s*\d|"
    rf"{POSTCODE}|"
    r"\b[A-ZÄÖÜ][\w.-]*\s+\d{1,4}\s?[a-z]?,\s+(?:(?:[A-Z]{1,2}-)?\d{4}|\d{2}-\d{3})\s+[A-ZÄÖÜŁŚŻŹĆ]"
)
# "Bernau, Tagungsort wird vorab telefonisch bekanntgegeben.": the town is given, the room will
# be told later — the town is the place (the sentence is no place line as a whole).
_VENUE_LATER = lazy_re.compile(
    r"^(?P<place>[A-ZÄÖÜ][^,.;:!?]{1,50}),\s+(?i:(?:der|die|das|the)\s+)?(?i:genaue\s+|exact\s+)?"
    r"(?i:tagungsort|treffpunkt|veranstaltungsort|ort|raum|location|venue)\s+"
    r"(?i:wird|werden|folgt|folgen|tba\b|tbd\b|to\s+be\s+announced|will\s+be)"
)
_MAX_WORDS = 12
_MAX_PART_WORDS = 4
_MAX_CHARS = 120
# A line that ends like a sentence or a label („Treffpunkt:“) is no place line; not a sentence
# end inside a text (sentence_ends), only the line's last character.
_SENTENCE_END = lazy_re.compile(r"[.!?:]$")
_ABBREVIATION_END = lazy_re.compile(r"(?:str|nr|st|ave|rd)\.$", re.I)


def plain_line(line: str) -> bool:
    """Short, no date or time, not a sentence (a place line's shape)."""
    return _plain(line)


def _plain(line: str) -> bool:
    """Short, no date or time, not a sentence."""
    if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS:
        return False
    if search_date_like(line) or TIME_LIKE.search(line):
        return False
    return not _SENTENCE_END.search(line) or bool(_ABBREVIATION_END.search(line))


_ROOM_THEN_DASH = lazy_re.compile(
    r"^(?P<room>(?:raum|saal|zimmer|room|kursraum|seminarraum|hörsaal|werkraum|gruppenraum)"
    r"\s+[\w.]{1,6})\s+[-–—]\s+",
    re.IGNORECASE,
)


def _names_a_venue(line: str) -> bool:
    """A venue word in a short part of the line ("Rathaus, im Ratssaal"), not at the end of a
    phrase ("Musikalische Vorführungen und Vorträge in der Gymnasialkirche" is what happens).
    A room's number and a spaced dash part it as a comma does: „Raum 1 - VHS Anklam, Markt 7“ (a
    course's room, then its house); another dash joins a name's parts („Adventsfeier – Auszeit
    im Pfarreitreff“ is what happens)."""
    parts = [part.split() for part in _ROOM_THEN_DASH.sub(r"\g<room>, ", line, count=1).split(",")]
    if len(parts[0]) > _MAX_PART_WORDS:
        return _a_proper_venue_name(parts[0])
    return any(
        len(part) <= _MAX_PART_WORDS and _VENUE_WORD.search(" ".join(part)) for part in parts
    )


_MAX_NAME_WORDS = 7
# „Jimmie B. Keel“, „Town 'N Country“, „Robert W. Saunders, Sr.“: a capitalised word, an initial
# or a contraction of a proper name.
_NAME_WORD = lazy_re.compile(r"(?:[A-Z][\w'’.-]*|'[A-Z]|[A-Z]\.)")
# („Annual Friends Of The Library“, „Movie Night At The Hall“: a title case's small words join a
# phrase, a house's name holds none)
_SMALL_WORDS = frozenset(
    {"of", "the", "at", "and", "for", "in", "on", "to", "with", "a", "an", "by"}
)


def _a_proper_venue_name(words: list[str]) -> bool:
    """„Jan Kaminis Platt Regional Library“, „Upper Tampa Bay Regional Public Library“, „Town 'N
    Country Regional Public Library“: a house named for a person or a place, five to seven words
    long, each capitalised, the last the venue word. A phrase that ends in a venue („Musikalische
    Vorführungen und Vorträge in der Gymnasialkirche“, „Family Movie Night at the Library“) holds
    small words written small; a name does not (English writes a house's name in capitals)."""
    if len(words) > _MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    if any(word.lower() in _SMALL_WORDS for word in words):
        return False
    return (
        _VENUE_WORD.fullmatch(words[-1]) is not None and _EVENT_KIND.search(" ".join(words)) is None
    )


def names_a_place(line: str) -> bool:
    """A short plain line that names a venue or an address ("Café Inti", "Leipzig,
    Gewandhaus"), or a house and its town („kleine bühne, Eisenhüttenstadt“)."""
    return _plain(line) and (
        _names_a_venue(line) or bool(_ADDRESS.search(line)) or _house_and_town(line)
    )


_HOUSE_WORDS = 3


def _house_and_town(line: str) -> bool:
    """„kleine bühne, Eisenhüttenstadt“, „Alte Feuerwache, Mannheim“: a short name, a comma and a
    town people know by its name — a house in that town, whatever its name's words (the venue
    words above know „Bühne“ only as a compound's end). A title and its town („Sommerfest,
    Hamburg“) is no such line: its first part names a kind of event (``_EVENT_KIND``)."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) != 2 or not parts[0] or len(parts[0].split()) > _HOUSE_WORDS:
        return False
    if _EVENT_KIND.search(parts[0]):
        return False
    if any(ch.isdigit() for ch in parts[0]) and not _NUMBERED_HOUSE.match(parts[0]):
        return False  # „4 gegen 4, Hamburg“, „Teil 2, Berlin“: no house's name
    if _PERSON_TITLE.match(parts[0]):
        return False  # „Frau Kotonski, Celle“: who leads it, and the town
    return known_town(parts[1]) is not None


# „Club 180“, „Studio 54“, „Halle 3“: a house whose name ends in its number (a capitalised word
# before it); „Teil 2“, „Runde 3“, „Tag 1“ count parts of a series, not houses.
_NUMBERED_HOUSE = lazy_re.compile(
    r"^(?!(?:Teil|Runde|Woche|Tag|Spieltag|Etappe|Folge|Kapitel|Nr|Band|Stufe|Level|Modul|Block)\b)"
    r"[A-ZÄÖÜ][\w'’&-]*(?:\s+[A-ZÄÖÜ][\w'’&-]*)?\s+\d{1,4}$"
)


# „Frau Kotonski“, „Herr Dr. Maier“, „Pfarrer Huber“: a person, not a house.
def _house_name(line: str) -> bool:
    """„Das Vindobona“, „Theater Akzent“ under a line of the doors' and the start's clocks: a
    house's name alone, without its town or a venue word. Under such a line in a show's row there
    is nothing but where the doors open; the name is a word or three, each capitalised, no
    figure, no kind of event („Dinnershow“ is what is shown) and no person („Herr Maier“)."""
    words = line.split()
    if not 0 < len(words) <= _HOUSE_WORDS or any(ch.isdigit() for ch in line):
        return False
    if _EVENT_KIND.search(line) or _PERSON_TITLE.match(line):
        return False
    return all(word[:1].isupper() for word in words)


_PERSON_TITLE = lazy_re.compile(
    r"(?:frau|herr|herrn|familie|dr|prof|pfarrer|pfarrerin|pastor|pastorin|mit)\b", re.I
)
# „Sommerfest“, „Lesung“, „Konzert“, „Workshop“: what happens, not where.
_EVENT_KIND = lazy_re.compile(
    r"(?:fest|feier|lesung|konzert|vortrag|treffen|markt|turnier|lauf|tag|nacht|abend|"
    r"workshop|seminar|kurs|führung|ausstellung|party|festival|gottesdienst|messe|sitzung|"
    r"versammlung|stammtisch|probe|meeting|concert|show|tour)\b",
    re.I,
)


# „10:00 - 16:00 Uhr, Collegienstr. 62A“, „19:00 & 20:00 Uhr, Collegienstr. 62A“: a card's line of
# its hours (one clock, a range or several start times), then, after a comma or bar, its place.
# „Beginn: 19.30 Uhr - Veltlinersaal“: labelled as the start, the place after a spaced dash.
_HOURS_THEN_REST = lazy_re.compile(
    r"^(?:(?:Beginn|Start|Einlass)\s*:?\s*)?"
    r"(?P<hours>(?:(?:ab|um|von)\s+)?\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:-|–|bis|&|und|/)\s*\d{1,2}(?:[:.]\d{2})?)*\s*(?:Uhr|h)?)"
    r"(?:\s*[,|·]\s*|\s+[-–]\s+)(?P<rest>\S.*)$",
    re.I,
)


_HOUR_WORD = lazy_re.compile(r"\d\s*(?:Uhr|h)$", re.I)
_DIGIT = lazy_re.compile(r"\d")


# „197 E Fremont Ave“, „1039 E El Camino Real“, „3010 Olcott St“: a US street line — a house
# number, perhaps a compass letter, up to three capitalised words, then a street word.
_US_STREET_LINE = lazy_re.compile(
    r"^\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*\s+){0,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Place|Pl|"
    r"Court|Ct|Highway|Hwy|Real|Circle|Cir|Terrace|Square|Sq)\.?"
    r"(?:,?\s+(?:#|Suite|Ste\.?|Unit)\s*\w+)?$"
)
# „Sunnyvale, CA 94087“, „Mountain View, CA 94040“: the town, the state's code and the ZIP code.
_US_TOWN_LINE = lazy_re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?$"
)


def with_the_town_below(street: str, below: str | None) -> str:
    """„197 E Fremont Ave“ over „Sunnyvale, CA 94087“: the street and the town line under it, as
    US addresses are written on two lines; the street alone when no such town line follows."""
    below = (below or "").strip(" ,;")
    if _US_STREET_LINE.match(street.strip()) and _US_TOWN_LINE.match(below):
        return f"{street.strip()}, {below}"
    return street


@lru_cache(maxsize=4096)
def where_of_a_when_where_line(line: str) -> str | None:
    """The place of a line that only gives hours and a place („10:00 - 16:00 Uhr, Collegienstr.
    62A“, „19 Uhr, Rathaus“) or, its days and hours taken out, only a street address; None for a
    line that may name the offering.

    Cached: a block's lines are asked by its title, date and place readings and again for each
    candidate group that holds the block (corpus and bench pages: 67,052 calls, 14,339 lines)."""
    # Each reading below needs a digit — a house number, a postcode or an hour (title_in_text
    # only takes words out) — and most lines asked (titles, prose) hold none: told without them.
    if _DIGIT.search(line) is None:
        return None
    if _US_STREET_LINE.match(line.strip()):
        return line.strip()
    name = title_in_text(line)
    if name is not None and only_an_address(name):
        return name
    if _US_ADDRESS_LINE.match(line.strip()):
        return line.strip()
    return place_after_hours(line) or venue_then_address(line)


# „5445 Legacy Drive, Suite 100 Plano, Tx 75024“: a line that is a US street address and nothing
# else — a number, a street, then (after a suite and the town) a state's code and its ZIP code.
_US_ADDRESS_LINE = lazy_re.compile(
    r"^\d{1,6}\s+(?:[A-Z0-9][\w.'’-]*\s+){1,3}"
    r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|parkway|pkwy|place|pl|"
    r"court|ct|highway|hwy)\b\.?"
    r"(?:,?\s+[^,;:!?]{1,40}){0,3},?\s+[A-Z][A-Za-z]\.?\s+\d{5}(?:-\d{4})?$"
)


# „im Hamburg Haus, Doormannsweg 12, 20259 Hamburg-Eimsbüttel“: „im“/„in der“ and a venue's short
# name, then only its street and town.
_IN_A_VENUE = lazy_re.compile(
    r"^(?i:im|in\s+der|in\s+dem|in|am|an\s+der|auf\s+dem|beim|bei\s+der)\s+"
    r"(?P<place>(?P<venue>[A-ZÄÖÜ][^,\d]{1,50}?)\s*,\s*(?P<address>\S.*))$"
)


def venue_then_address(line: str) -> str | None:
    """The place of a line that is „im“, a venue's name (up to four words, no digit) and its
    street address (``only_an_address``); None for any other line."""
    match = _IN_A_VENUE.match(line.strip())
    if match is None or len(match["venue"].split()) > _MAX_PART_WORDS:
        return None
    return match["place"] if only_an_address(match["address"]) else None


def place_after_hours(line: str) -> str | None:
    """The place of a line that says only when (its hours) and where (an address or a venue),
    None for any other line („18:00 Uhr, danach gemütliches Beisammensein“ names no place)."""
    match = _HOURS_THEN_REST.match(line.strip())
    if match is None or not (TIME_LIKE.search(match["hours"]) or _HOUR_WORD.search(match["hours"])):
        return None
    place = match["rest"].strip()
    return place if names_a_place(place) else None


def names_a_venue_word(name: str) -> bool:
    """A short plain name with a venue word anywhere in it ("Library Lab der Stadtbibliothek
    Düsseldorf"); for a name already cut out of a sentence as the place."""
    return _plain(name) and bool(_VENUE_WORD.search(name))


def room_ending_a_timed_row(lines: Sequence[str]) -> str | None:
    """The room a schedule row ends on: „10:30am - 11:30am | Application Metrics | Speaker:
    Rafael Dohms | MAIN HALL“, „08:30am - 08:50am | INTRO BY THE ORGANIZERS | PHP USERGROUP
    DRESDEN e.V. | MAIN HALL“ — a row that opens with its hours only (its day is the heading
    above) and ends in a short line naming a room or hall. The lines between (who speaks, who
    hosts) are not where."""
    if len(lines) < _ROW_LINES or len(lines[0]) > _MAX_TIME_LINE:
        return None
    if not TIME_LIKE.search(lines[0]) or search_date_like(lines[0]):
        return None
    last = lines[-1].strip(" ,;")
    if _plain(last) and len(last.split()) <= _MAX_PART_WORDS and _names_a_venue(last):
        return last
    return None


_ROW_LINES = 3  # the hours, the name, the room
_MAX_TIME_LINE = 30


def is_address(line: str) -> bool:
    return _plain(line) and bool(_ADDRESS.search(line))


def names_a_venue_or_address(name: str) -> bool:
    """A short plain name with a venue word or an address anywhere in it („Room 164 of the Adel
    Mathematics Building“, „Luisenstr. 11, 80333 München“); for a name already cut out of a
    sentence as the place."""
    return names_a_venue_word(name) or is_address(name)


# „Collegienstr. 62A“, „Alberichstraße 24, 12683 Berlin“: a line that is an address and nothing
# else (each comma part a street with its number, or a postcode with its town).
_STREET_PART = lazy_re.compile(
    r"[A-ZÄÖÜ][\w.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)"
    r"\s*\d{1,4}\s?[a-zA-Z]?"
)
_TOWN_PART = lazy_re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÄÖÜ][\w.-]*(?:\s+[\w.-]+){0,2}")


# „Frankfurt am Main“, „Burg bei Magdeburg“, „Weil der Stadt“: the small words inside a town's name.
_TOWN_LINKS = frozenset(
    {"am", "an", "auf", "bei", "im", "in", "ob", "unter", "vor", "der", "den", "dem", "die", "des"}
)


def _a_town(part: str) -> bool:
    """„20259 Hamburg-Eimsbüttel“, „3315 Bätterkinden“: a postcode and a town's name — not a year
    and a programme's name („1992 Ein feste Burg“), whose words after the first are no town's."""
    if not _TOWN_PART.fullmatch(part):
        return False
    return all(word[:1].isupper() or word in _TOWN_LINKS for word in part.split()[2:])


def is_postcode_and_town(part: str) -> bool:
    """„76131 Karlsruhe“, „20259 Hamburg-Eimsbüttel“: one comma part that is a postcode and the
    town's name."""
    return _a_town(part.strip())


def only_an_address(line: str) -> bool:
    parts = [part.strip() for part in line.split(",")]
    return _plain(line) and all(_STREET_PART.fullmatch(part) or _a_town(part) for part in parts)


# „Treffen: 17.15 Uhr; Garnisonkirche“, „Treffpunkt: 9:00 Uhr am Bahnhof“ under a row: when and
# where the players or walkers gather — the part after the clock is the place (the clock is the
# gathering's, not the start; it is left to the date).
_GATHERING = lazy_re.compile(
    r"^(?:Treffen|Treffpunkt|Treff)\s*:?\s*(?:(?:um|ab)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr)?"
    r"\s*[;,]?\s*(?:(?:am|an\s+der|im|in\s+der|vor\s+der|vor\s+dem)\s+)?(?P<place>\S.*)$",
    re.I,
)


def place_after_anchor(lines: Sequence[str], anchors: Sequence[str]) -> str | None:
    """The place line right after a line holding one of ``anchors`` (the title, the date) or
    a line that is only a time; with the address line below it, when there is one."""
    for index in range(len(lines) - 1):
        above = lines[index]
        if not (
            any(anchor and anchor in above for anchor in anchors)
            or (TIME_LIKE.search(above) and len(above) <= 30)
            # „18:30 Einlass · 19:00 Vorspeise“: the doors' and the start's clocks, a time line
            or start_after_the_doors(above) is not None
        ):
            continue
        line = lines[index + 1].strip(" ,;")
        gathering = _GATHERING.match(line)
        if gathering is not None:
            line = gathering["place"].strip(" ,;")
            if _plain(line) and len(line.split()) <= _MAX_PART_WORDS:
                return line  # the label says it is where („Treffen: …; JVA Dresden“)
        later = _VENUE_LATER.match(line)
        if later is not None and not (
            search_date_like(later["place"]) or TIME_LIKE.search(later["place"])
        ):
            return later["place"].strip()
        line = _without_closing_stop(line)
        if _US_STREET_LINE.match(line):
            # „197 E Fremont Ave<br>Sunnyvale, CA 94087“ below the row's name
            return with_the_town_below(line, lines[index + 2] if index + 2 < len(lines) else None)
        if _A_PERSON.match(line):
            continue  # „Prof. Dr. Konrad Liessmann, Universität Wien“: the speaker, not where
        if _town_and_country(line):
            return line  # „Bern, Schweiz.“ under „Konzert im Elfenau Park“
        if _plain(line) and venue_slash_town(line) and not any(a and a in line for a in anchors):
            return line  # „Aarepark / Interlaken“ under „hip hop concert“
        if _plain(line) and _house_and_town(line) and not any(a and a in line for a in anchors):
            return line  # „Das Vindobona, Wien“ under „18:30 Einlass · 19:30 Beginn“
        if (
            start_after_the_doors(above) is not None
            and _plain(line)
            and _house_name(line)
            and not any(a and a in line for a in anchors)
        ):
            return line  # „Das Vindobona“ under „Einlass 18:30 · Vorspeise 19:00“
        if not _plain(line) or (
            any(anchor and anchor in line for anchor in anchors)
            and not _venue_around_the_name(line, anchors)
        ):
            continue
        below = lines[index + 2].strip(" ,;") if index + 2 < len(lines) else ""
        joined = f"{line}, {below}" if below and is_address(below) else None
        if _names_a_venue(line) or _ADDRESS.search(line):
            return joined if joined and not _ADDRESS.search(line) else line
        if joined:
            return joined
        if _led_to_a_name(line) or _venue_and_street(line):
            return line
    return None


# „Salü, Schwarze Straße“, „Bar Zapata, Oranienstraße“ on the line under the name: a short name,
# a comma, then a street without its number — the street word ends the line (a compound
# „…straße“, „…gasse“, „…platz“, „…allee“, or a word before „Straße“, „Gasse“, „Platz“,
# „Allee“, „Weg“, „Ring“, „Ufer“); a street without a street word („Kurfürstendamm“) is not read.
_VENUE_AND_STREET = lazy_re.compile(
    r"^[A-ZÄÖÜ][^,;:]{0,40},\s+(?:"
    r"[A-ZÄÖÜ][\w-]*(?:straße|strasse|gasse|platz|allee)"
    r"|[A-ZÄÖÜ][\w-]*\s+(?:Straße|Strasse|Gasse|Platz|Allee|Weg|Ring|Ufer))$"
)


def _venue_and_street(line: str) -> bool:
    name = line.split(",", 1)[0]
    return _VENUE_AND_STREET.match(line) is not None and len(name.split()) <= _MAX_PART_WORDS


def _venue_around_the_name(line: str, anchors: Sequence[str]) -> bool:
    """„Kirche St. Michael, Neutraubling“ under the concert's name „St. Michael, Neutraubling“:
    the line holds the name and adds the venue word the name leaves out — the venue named in
    full, not the name repeated."""
    held = [anchor for anchor in anchors if anchor and anchor in line]
    return (
        bool(held)
        and all(anchor != line and not _names_a_venue(anchor) for anchor in held)
        and _names_a_venue(line)
    )


# „beim Bauhof“, „beim Bimesmeier“, „im Kirchenhof“, „Treff Parkplatz Grafenwald“ on a line of
# their own under the date: a preposition of place (or the meeting word) and a short capitalised
# name — the whole line, so that it is no sentence („Im Gemeindehaus zeigen wir …“) and no
# phrase of time or manner („im Anschluss“, „am Abend“, „im Rahmen der …“).
_LED_TO_A_NAME = lazy_re.compile(
    rf"^(?:{PLACE_OR_AM_PREPOSITION}|Treff|Treffpunkt)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,2})$",
    re.I,
)
_NO_PLACE_NOUN = lazy_re.compile(
    r"^(?:Anschluss|Anschluß|Rahmen|Auftrag|Namen|Vorfeld|Voraus|Wechsel|Gedenken|"
    r"Abend|Morgen|Vormittag|Nachmittag|Mittag|Wochenende|Jahr|Monat|Sommer|Winter|Herbst|"
    r"Frühjahr|Frühling|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Internet|"
    r"Livestream|Stream|Gespräch|Dialog|Austausch|Fokus|Mittelpunkt|Zentrum|Detail|Einzelnen|"
    r"Allgemeinen|Übrigen|Moment|Zweifel|Notfall)\b"
)


def no_place_noun(name: str) -> bool:
    """„Austausch“, „Rahmen“, „Gespräch“: after „im“ a phrase of manner or time, no venue
    („Digitale Innovation im Austausch“)."""
    return _NO_PLACE_NOUN.match(name) is not None


def _led_to_a_name(line: str) -> bool:
    match = _LED_TO_A_NAME.match(line)
    return (
        match is not None
        and match["name"][:1].isupper()
        and _NO_PLACE_NOUN.match(match["name"]) is None
    )


# A line that opens with a person's academic title names the speaker and where they work.
_A_PERSON = lazy_re.compile(r"^(?:(?:Prof|Dr|PD|Dipl|Mag)\.|Professor(?:in)?\s)")
# „Bern, Schweiz.“, „Nischni Nowgorod, Russland.“: a town and its country on a line of their own.
_TOWN_AND_COUNTRY = lazy_re.compile(
    rf"^[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){{0,2}},\s+(?:{COUNTRY_NAMES})$"
)


def _town_and_country(line: str) -> bool:
    return _TOWN_AND_COUNTRY.match(line) is not None


def _without_closing_stop(line: str) -> str:
    """An address or a town written as a sentence („Kirchplatz 14, D-79183 Waldkirch.“,
    „Bühlweg 2, 3655 Sigriswil, Schweiz.“) without its full stop; other lines as they are."""
    if not line.endswith(".") or _ABBREVIATION_END.search(line):
        return line
    bare = line[:-1].rstrip()
    # „Pfarrkirche Rohrendorf.“: a venue's short name, stopped like a sentence.
    venue = len(bare.split()) <= _MAX_PART_WORDS and _names_a_venue(bare)
    return bare if is_address(bare) or _town_and_country(bare) or venue else line


# "Altes Schulhaus - Gemeinderat", "Fischerfest, Anglerheim": a title of two parts.
_TWO_PARTS = lazy_re.compile(r"^(?P<first>[^,–—]+?)(?:\s+[-–—]\s+|,\s+)(?P<second>[^,–—]+)$")
_MAX_VENUE_WORDS = 4


def _is_venue(part: str) -> bool:
    """A short name that ends in a venue word ("Altes Schulhaus", "Aula", "Anglerheim")."""
    words = part.split()
    if not words or len(words) > _MAX_VENUE_WORDS or not all(w[:1].isupper() for w in words):
        return False  # "Aufführung im Kolpinghaus" says what happens there
    if any(ch.isdigit() for ch in part):
        return False
    if _VENUE_WORD.search(words[-1]) is not None:
        return True
    # „Literaturhaus Dortmund“, „Stadthalle Wien“: a venue word, then the town it stands in
    return (
        len(words) >= 2
        and _VENUE_WORD.search(words[-2]) is not None
        and known_town(words[-1]) is not None
    )


def opens_with_a_venue(phrase: str) -> bool:
    """Whether a phrase's first word is a capitalised venue ("Mensa der IGS-Kastellstraße",
    "Grillhütte in Frauenstein", "Hofgut Adamstal")."""
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    return first[:1].isupper() and _VENUE_WORD.search(first) is not None


def venue_part_of_title(title: str) -> tuple[str, str] | None:
    """(name, place) of a title that joins a name and a venue with a dash or a comma, when
    exactly one of its two parts is a venue; None otherwise ("Rathaus, Ratssaal" or "Konzert
    - Jazz" say nothing about which part is where)."""
    match = _TWO_PARTS.match(title.strip())
    if match is None:
        return None
    first, second = match["first"].strip(), match["second"].strip()
    if _is_venue(first) == _is_venue(second):
        return None
    name, place = (second, first) if _is_venue(first) else (first, second)
    if sum(ch.isalpha() for ch in name) < _NAME_LETTERS:
        # „Klettersteigdurchquerung Rosengarten - 2026“: the year after the dash is the tour's
        # edition, no name left when the part before („… Rosengarten“) reads as a venue
        return None
    what, slash, where = place.partition("/")
    if (
        place is second
        and slash
        and len(what.split()) == 1
        and _is_venue(where.strip(" ."))
        and not _is_venue(what)
    ):
        # „Hallen - Ausklettern/Kletterhalle Imst.“: the word before the slash goes on with the
        # name („Hallen - Ausklettern“, climbing out the indoor season), the venue is after it
        text = title.strip()
        return text[: text.rindex(where)].rstrip("/ "), where.strip()
    return name, place


_NAME_LETTERS = 3  # a name has letters; „2026“, „II“ or „#3“ alone names nothing


# "Treff: 12:30 Uhr, Beginn: 13 Uhr, Ort: Vereinsheim (Gaststätte Rudolphia). Anmeldegebühr: …":
# a place label inside a sentence of the block's prose, after a comma or a full stop.
_LABEL_IN_PROSE = lazy_re.compile(
    rf"(?:^|[,;.]\s+)(?:{PROSE_WORDS})\s*:\s*(?P<place>[^.;:!?]{{3,100}}?)\s*(?:[.;!?]\s|[.;!?]?$)"
)


def labelled_place_in_prose(lines: Sequence[str]) -> str | None:
    """The place a sentence names after "Ort:" (not the first thing on its line: a line that
    opens with the label is read as a field of its own)."""
    for line in lines:
        match = _LABEL_IN_PROSE.search(line)
        if match is not None and match.start() > 0 and not TIME_LIKE.search(match["place"]):
            return match["place"].strip()
    return None


# "Gemeinsam Schach spielen in der Eugen-Hohly-Halle.": a sentence that ends on where it happens.
_VENUE_ENDS_SENTENCE = lazy_re.compile(
    rf"(?:^|\s){PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^.!?;:,()]{{2,60}}?)\s*[.!]?$"
)


def venue_ending_a_sentence(line: str) -> str | None:
    """The venue a line's sentence ends on after "in der"/"im" — only a short capitalised name
    that ends in a venue word ("Eugen-Hohly-Halle", "Alten Kirche"), so "im Mai." or "in der
    Region." name no place; or a venue with its address ("… in der Kostheimer Friedenskirche,
    Anton-Hehn-Straße 30.")."""
    match = _VENUE_ENDS_SENTENCE.search(line.strip())
    if match is None or search_date_like(match["place"]):
        return _venue_and_address_ending(line)
    place = match["place"].strip()
    return place if _is_venue(place) else _venue_and_address_ending(line)


# "… in der Heinrich-Press-Halle, Mainzer Straße 53, Raunheim.": a venue, its street and town —
# ending the sentence, or followed by a clause („im Heimatmuseum Nordenstadt, Turmstraße 11,
# musikalisch begleitet vom …“, „… 55246 Mainz-Kostheim; Zugang auch über …“).
_VENUE_AND_ADDRESS_END = lazy_re.compile(
    rf"(?:^|\s)(?:{PLACE_PREPOSITION}|auf\s+den)\s+"
    r"(?P<venue>[A-ZÄÖÜ](?:[^.!?;:,()]|(?<=\bSt)\.){2,60}?)"
    r"(?P<address>(?:,\s+[^.!?;:,()]{2,40}){1,2}?)\s*(?:[.!]?$|;|,\s+(?=[a-zäöü]))"
)
# "Anton-Hehn-Straße 30", "Mainzer Straße 53", "Obere Pforte 26" … "65468 Trebur"; a street
# without a street word when its town follows („Außerhalb 60, Trebur“, „Treff 7, Rüsselsheim“).
_STREET = (
    r"(?i:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|pforte)\s+\d{1,4}\s?[a-z]?\b"
)
_STREET_OR_POSTCODE = lazy_re.compile(
    rf"{_STREET}|{POSTCODE}|\b[A-ZÄÖÜ][a-zäöüß]+\s+\d{{1,4}}\s?[a-z]?,\s+[A-ZÄÖÜ]"
)
_POSTAL_ADDRESS = lazy_re.compile(rf"{_STREET}.*{POSTCODE}")
# „des Theaters“, „des Museums“, „des Hauses“: a venue word in the genitive.
_GENITIVE = lazy_re.compile(r"e?s$")
_MAX_NAMED_VENUE_WORDS = 6  # "Katholischen St. Michael Kirche Bauschheim"


def _venue_and_address_ending(line: str) -> str | None:
    """The venue and address a sentence ends on: a name of a few words one of which is a venue
    word, then one or two comma parts of which one is a street with its number or a postcode
    with its town."""
    match = _VENUE_AND_ADDRESS_END.search(line.strip())
    if match is None:
        return None
    venue, address = match["venue"].strip(), match["address"]
    words = venue.split()
    if len(words) > _MAX_NAMED_VENUE_WORDS:
        return None
    # („auf dem Mathildenhof, Mathildenstraße 109, 55246 Mainz-Kostheim“: a whole postal address
    # needs no venue word before it.)
    if not any(
        _VENUE_WORD.search(w) or _VENUE_WORD.search(_GENITIVE.sub("", w)) for w in words
    ) and not _POSTAL_ADDRESS.search(address):
        return None
    if not _STREET_OR_POSTCODE.search(address) or search_date_like(address):
        return None
    return f"{venue}{address}".strip()
