"""Where an offering happens: format (in person, online, hybrid), city, Bundesland and venue.

Rules:

- **Format.** Hybrid cues ("hybrid", "vor Ort und online", "in Präsenz und digital") → hybrid.
  Online cues ("online", "digital", "virtuell", "Livestream", and the video-meeting services of
  ``online_services.py``: Webex, Zoom, BigBlueButton, OpenTalk, Teams, Google Meet, ...) → online, unless a physical place is named too ("Berlin und online") → hybrid.
  A city, street address or venue without online cues → in_person. Nothing usable → None.
- **City and state** from the offline gazetteer (``gazetteer.py``), tried in this order: the
  town after a postal code ("13347 Berlin"), a line or comma part that is exactly a place name,
  then place names inside a part ("GLS Campus Berlin", "Berlin-Mitte" → Berlin). Inside a part,
  words that are also common nouns (Halle, Saal, Mitte, ...) never count as a town, and the
  most populous candidate wins; district names GeoNames lists as places ("Hauptbahnhof",
  "Altstadt") are no town even as a whole part. A Bundesland named on its own ("Nordrhein-Westfalen") gives
  the state when no town is found.
- **Venue** is the first line or comma part that is not an address line, a town, a Bundesland
  or an online cue, kept as written: "GLS Campus Berlin" stays the venue *and* yields city
  Berlin, because a venue's proper name often contains its town ("Messe Berlin", "Rathaus
  Speyer") and cutting it would leave "Messe"; "GLS Campus, Berlin" gives venue "GLS Campus".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from netdir import lazy_re
from netdir.normalize.gazetteer import STATES, Gazetteer, GazetteerEntry, fold, load_gazetteer
from netdir.normalize.online_services import ONLINE_ADDRESS, ONLINE_WORDS


@dataclass(frozen=True)
class Place:
    format: str | None = None  # in_person | online | hybrid
    city: str | None = None
    state: str | None = None  # Bundesland
    venue: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"format": self.format, "city": self.city, "state": self.state, "venue": self.venue}


_FLAGS = re.IGNORECASE
_HYBRID = lazy_re.compile(
    r"\bhybrid\w*|\bvor ort (?:und|oder|&|/|sowie) (?:online|digital|virtuell)"
    r"|\b(?:online|digital|virtuell) (?:und|oder|&|/|sowie) (?:vor ort|in präsenz|präsenz)"
    r"|\b(?:in )?präsenz (?:und|oder|&|/|sowie) (?:online|digital|virtuell)"
    r"|\bin person (?:and|or|&|/) online|\bonline (?:and|or|&|/) in person"
    r"|\b(?:online|digital)-\s+(?:und|oder|&|/|sowie)\s+präsenz",
    _FLAGS,
)
# "Online- und Printmedien" is two compounds sharing a head ("Onlinemedien", "Printmedien"):
# a faculty or a trade, not a format — unless the shared head is an event ("Online- und
# Hybridseminare").
_SHARED_HEAD_COMPOUND = lazy_re.compile(
    r"\b(?:online|digital)-(?=\s+(?:und|oder|&|/|sowie)\s+(?P<head>[\wäöüß]+))", _FLAGS
)
_EVENT_HEAD = lazy_re.compile(
    r"(?:veranstaltung|seminar|kurs|workshop|konferenz|tagung|treffen|sitzung|schulung|"
    r"vortr[aä]g|format|angebot|teilnahme|event|meeting)\w*$",
    _FLAGS,
)
_IN_PERSON = lazy_re.compile(
    r"\b(?:vor ort|in präsenz|präsenzveranstaltung|in person|on-?site)\b", _FLAGS
)
_POSTCODE = lazy_re.compile(r"(?<!\d)(?:D-?\s?)?(?P<code>\d{5})\s+(?P<rest>[A-ZÄÖÜ][^\n,;|]*)")
_STREET = lazy_re.compile(
    r"(?:stra(?:ß|ss)e|str\.|weg|platz|allee|damm|ring|gasse|ufer|chaussee|markt|steig|pfad|"
    r"promenade|kai|hof)\s*\d+\s*[a-z]?\b|\s\d{1,4}\s*[a-z]?$",
    _FLAGS,
)
_SEGMENT_SPLIT = lazy_re.compile(r"\s*(?:\n|,|;|\||\s[-–]\s)\s*")
# A Bundesland's name as a part of its own: the state (the city states are towns as well).
_LAND_NAMES = frozenset(
    fold(state) for state in STATES if state not in {"Berlin", "Hamburg", "Bremen"}
)
# „Malsch (Baden-Württemberg)“: a town with its Bundesland in brackets is read as „Malsch,
# Baden-Württemberg“ (whole, the words of the state named a town: „Baden“ → Baden-Baden).
_STATE_IN_BRACKETS = lazy_re.compile(
    r"\s*\((?P<state>" + "|".join(re.escape(state) for state in STATES) + r")\)"
)
# „Hans Herrmann Halle, Niedernberg (siehe Wegbeschreibung)“, „(s. Lageplan)“, „(see map)“: a
# pointer to the directions, no part of the place — left on, it hid the town in the last part,
# and the hall's „Halle“ was read as Halle (Saale).
_CROSS_REFERENCE = lazy_re.compile(r"\s*\((?:siehe|s\.|vgl\.|see)\s[^()]{1,40}\)\s*$", re.I)
_TOKEN = lazy_re.compile(r"[^\s,;|]+")
# Place names that are also everyday words in venue lines ("Saal", "Mitte"): never a town
# inside a longer part. The second set counts only as the part's last word ("Stadthalle Hof",
# "Universität Halle"), never before it ("Halle 3", "Hof der Residenz").
_COMMON_WORDS = frozenset(
    fold(word)
    for word in (
        "Mitte", "Saal", "Berg", "Wald", "Au", "Stein", "Insel", "Zentrum", "Forum", "Campus",
        "Haus", "Post", "Markt", "Garten", "Tal", "See", "Land", "Stadt", "Bad", "Neustadt",
        "Altstadt", "Nord", "Süd", "Ost", "West", "Ort", "Weg", "Ring", "Ende", "Anfang", "Rhein",
        "Main", "Elbe", "Oder", "Lage", "Wetter",
    )
)  # fmt: skip
_COMMON_UNLESS_LAST = frozenset(
    fold(word)
    for word in ("Halle", "Hof", "Burg", "Linden", "Kirchen", "Heide", "Horn", "Weiden", "Bergen")
)
# GeoNames lists some city districts as places of their own (Braunschweig's "Hauptbahnhof",
# Hannover's "Zoo", Konstanz's "Altstadt"): as a whole part they name a spot, not a town.
_DISTRICT_WORDS = frozenset(fold(word) for word in ("Hauptbahnhof", "Altstadt", "Zoo", "Insel"))
_JUNK = lazy_re.compile(
    r"^(?:tba|tbd|n\.?\s?n\.?|folgt|wird noch bekannt gegeben|noch offen|demnächst|-+|\?+|k\.?\s?a\.?)$",
    _FLAGS,
)
# "jährlich wechselnder Tagungsort": in person, but no venue to name.
_NO_FIXED_VENUE = lazy_re.compile(
    r"wechselnd|verschiedene[n]? orte|bundesweit|deutschlandweit", _FLAGS
)
_COUNTRY = lazy_re.compile(
    r"^(?:deutschland|germany|de|brd|bundesrepublik deutschland|schweiz|switzerland|ch|"
    r"österreich|austria|at|liechtenstein)$",
    _FLAGS,
)
# The postal codes of Switzerland, Austria and Liechtenstein have four digits.
_FOUR_DIGIT_POSTCODE = lazy_re.compile(r"^(?:CH-|A-|FL-)?\d{4}\s+(?P<town>[A-ZÄÖÜ].*)$")


@dataclass(frozen=True)
class _Candidate:
    entry: GazetteerEntry
    rank: int  # 3 postal code, 2 whole part, 1 inside a part
    segment: int


def parse_place(text: str | None) -> Place:
    """Format, city, state and venue of a location text (see the module docstring)."""
    if not text or not text.strip():
        return Place()
    return _parse_place(text)


@lru_cache(maxsize=8192)  # listings repeat their venues and "online" on every row
def _parse_place(text: str) -> Place:
    text = _CROSS_REFERENCE.sub("", text.replace("\xa0", " ")).strip()
    if _JUNK.match(text):
        return Place()
    if ONLINE_ADDRESS.match(text):
        return Place(format="online")
    gazetteer = load_gazetteer()
    if "(" in text:
        text = _STATE_IN_BRACKETS.sub(r", \g<state>", text)
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s and s.strip()]
    candidate = _best_candidate(text, segments, gazetteer)
    state = candidate.entry.state if candidate else _state_in(segments, gazetteer)
    city = candidate.entry.city if candidate else None
    venue = _venue(segments, gazetteer)
    physical = bool(
        city or venue or _IN_PERSON.search(text) or _POSTCODE.search(text) or _STREET.search(text)
    )
    format_text = _without_shared_head_compounds(text)
    if _HYBRID.search(format_text):
        place_format: str | None = "hybrid"
    elif ONLINE_WORDS.search(format_text):
        place_format = "hybrid" if physical and _names_place_beside_online(segments) else "online"
    elif physical or state:
        place_format = "in_person"
    else:
        place_format = None
    if place_format == "online":
        venue = None
    return Place(format=place_format, city=city, state=state, venue=venue)


@lru_cache(maxsize=4096)  # a source's records name the same few towns again and again
def resolve_city(text: str) -> GazetteerEntry | None:
    """The town a free text names, if any (used for records that give only a city field)."""
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s and s.strip()]
    found = _best_candidate(text, segments, load_gazetteer())
    return found.entry if found else None


# („in Bad Kreuznach“, „in St. Pölten“, „in Sankt Augustin“: a town of two or three capitalised
# words, tried whole before its first word)
_PROSE_PLACE = lazy_re.compile(
    r"\b(?:in|nach)\s+(?P<head>[A-ZÄÖÜ][\wäöüß.-]*)(?P<more>(?:\s+[A-ZÄÖÜ][\wäöüß.-]*){0,2})"
    r"(?P<tail>\s+(?:am|an der|im|in der|ob der)\s+[A-ZÄÖÜ][\wäöüß]*|\s*\([A-ZÄÖÜ][\wäöüß.]*\))?"
)


def city_in_prose(text: str) -> GazetteerEntry | None:
    """A town named as "in Berlin" / "nach Frankfurt am Main" in running text, if any."""
    gazetteer = load_gazetteer()
    for match in _PROSE_PLACE.finditer(text):
        head, tail = match["head"], match["tail"] or ""
        more = match["more"].split()
        # („Bad“ alone is a common word; „Bad Kreuznach“ a town)
        for size in range(len(more), 0, -1):
            words = " ".join([head, *more[:size]])
            entry = gazetteer.lookup(words + tail) if tail else None
            entry = entry or gazetteer.lookup(words.rstrip("."))
            if entry is not None:
                return entry
        name = (head + tail).rstrip(".")
        if fold(name) in _COMMON_WORDS or fold(name) in _COMMON_UNLESS_LAST:
            continue
        entry = gazetteer.lookup(name) or gazetteer.lookup(name.split()[0])
        if entry is not None:
            return entry
    return None


# A club named after its town („FC 03 Radolfzell“, „SG Dettingen-Dingelsdorf“): a team, no place.
_CLUB = lazy_re.compile(r"\b(?:FC|SG|SV|TSV|TV|VfB|VfL|VfR|SC|TuS|SpVgg|JSG|SSV|FSV|ESV|BSC)\b")
# The word before a town that makes it a person's surname („mit Andreas Bach“) or another town's
# neighbour („Bernau bei Berlin“: the place is Bernau).
_NAMED_BY = frozenset({"mit", "und", "&", "with", "and", "von", "feat.", "featuring"})
_NEAR = frozenset({"bei", "b."})
_TRAILING_BRACKET = lazy_re.compile(r"\s*\([^()]*\)\s*$")
# A town at a title's end must be one people know by name (a small municipality's name is often
# a word or a surname: „Bach“, „Bell“).
_TITLE_TOWN_POPULATION = 2000
# Towns whose name is an everyday word at the end of a title („Gemeinsames Essen“, „Offenes
# Singen“, „Waldlauf für Laufen“): never read as the town there.
_EVERYDAY_TOWNS = frozenset(
    fold(word)
    for word in (
        "Essen", "Baden", "Laufen", "Senden", "Wissen", "Weil", "Lauf", "Much", "Waren", "Leer",
        "Treuen", "Rain", "Horn", "Singen", "Kirchen", "Bergen", "Weiden", "Zell", "Lage",
    )
)  # fmt: skip


_NO_TITLE_TOWN = _COMMON_WORDS | _COMMON_UNLESS_LAST | _EVERYDAY_TOWNS


def known_town(name: str) -> GazetteerEntry | None:
    """The town a short name is, when people know it by that name: capitalised, no everyday
    word („Essen“, „Saal“), 2,000+ inhabitants (a small municipality's name is often a word or
    a surname: „Bach“, „Bell“)."""
    if not name[:1].isupper() or fold(name) in _NO_TITLE_TOWN:
        return None
    entry = load_gazetteer().lookup(name)
    return entry if entry is not None and entry.population >= _TITLE_TOWN_POPULATION else None


def town_in_title(title: str) -> GazetteerEntry | None:
    """The town a title names: „in Herne“, „nach Bad Kreuznach“ (``city_in_prose``) or its last
    words („Bootsmesse Düsseldorf“, „Herbstmarkt Bad Camberg“, „Kunst- und Handwerkermarkt
    Bernau bei Berlin“ → Bernau), or the last words of a part before a spaced slash („Baumholder
    / Sprint oder Olympisch“, „10-Freunde-Triathlon Frankfurt / Jedermann“: the race's town,
    then its distance). Not a team („FC 03 Radolfzell“), a person („mit Andreas Bach“), an
    everyday word that is also a town („Saal“, „Stein“) or an online meeting."""
    if _CLUB.search(title) or ONLINE_WORDS.search(title):
        return None
    in_prose = city_in_prose(title)
    if in_prose is not None:
        return in_prose
    found, ended = _town_ending(_TRAILING_BRACKET.sub("", title).strip(" .!?").split(), 1)
    if found is not None or ended:
        return found
    for part in title.split(" / ")[:-1]:
        found, ended = _town_ending(part.strip(" .!?").split(), 0)
        if found is not None or ended:
            return found
    return None


def _town_ending(words: list[str], more: int) -> tuple[GazetteerEntry | None, bool]:
    """The known town the words end in (with at least ``more`` words before it), and whether
    a town ends them at all (a surname „mit Andreas Bach“ ends them in no place)."""
    for size in (2, 1):
        if len(words) < size + more:
            continue
        name, before = " ".join(words[-size:]), words[:-size]
        entry = known_town(name)
        if entry is None:
            continue
        if len(before) >= 2 and before[-1][:1].isupper() and before[-2].casefold() in _NAMED_BY:
            return None, True
        if len(before) >= 2 and before[-1].casefold() in _NEAR:
            return load_gazetteer().lookup(before[-2]), True  # „Bernau bei Berlin“: Bernau
        return entry, True
    return None, False


def _without_shared_head_compounds(text: str) -> str:
    """The text without an "Online-" whose shared head names no event ("Online- und Printmedien")."""

    def keep_if_event(match: re.Match[str]) -> str:
        return match.group(0) if _EVENT_HEAD.search(match.group("head")) else ""

    return _SHARED_HEAD_COMPOUND.sub(keep_if_event, text)


def _names_place_beside_online(segments: list[str]) -> bool:
    """'online via Webex' is online; 'Berlin und online', 'Kiel / online' name a place beside
    the stream."""
    return any(not ONLINE_WORDS.search(segment) for segment in segments) or any(
        re.search(r"\b(?:und|and|sowie|oder)\b|[&/]", s, _FLAGS) and ONLINE_WORDS.search(s)
        for s in segments
    )


def _best_candidate(text: str, segments: list[str], gazetteer: Gazetteer) -> _Candidate | None:
    candidates: list[_Candidate] = []
    for match in _POSTCODE.finditer(text):
        entry = _town_at_postcode(match["code"], match["rest"], gazetteer)
        if entry is not None:
            candidates.append(_Candidate(entry, 3, 0))
    for index, segment in enumerate(segments):
        if _STREET.search(segment) and not _POSTCODE.search(segment):
            continue
        if fold(segment) in _LAND_NAMES:
            continue  # „…, Thüringen“ is the state, not the Austrian village of that name
        whole = gazetteer.lookup(segment) if fold(segment) not in _DISTRICT_WORDS else None
        if whole is not None:
            candidates.append(_Candidate(whole, 2, index))
            continue
        for entry in _names_inside(segment, gazetteer):
            candidates.append(_Candidate(entry, 1, index))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.rank, c.entry.population, c.segment))


def _town_at_postcode(code: str, rest: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The town after a postal code, the namesake in the code's states preferred.

    A town the gazetteer does not know (or knows only elsewhere) still gets its state when the
    code's region lies in one state alone ("83370 Seebach" → Seebach, Bayern); where the code
    and every namesake disagree otherwise, the name wins.
    """
    states = gazetteer.states_of_postcode(code)
    within = _longest_prefix(rest, gazetteer, states) if states else None
    if within is not None:
        return within
    anywhere = _longest_prefix(rest, gazetteer, ())
    if len(states) == 1 and (anywhere is None or anywhere.state not in states):
        town = rest.split("  ")[0].strip()
        return GazetteerEntry(town, states[0], 0) if town else None
    return anywhere


def _longest_prefix(
    rest: str, gazetteer: Gazetteer, states: tuple[str, ...]
) -> GazetteerEntry | None:
    tokens = rest.split()
    for size in range(min(len(tokens), gazetteer.longest_name), 0, -1):
        entry = gazetteer.lookup(" ".join(tokens[:size]), states)
        if entry is not None:
            return entry
    first = tokens[0] if tokens else ""
    if "-" in first:
        return gazetteer.lookup(first.split("-")[0], states)
    return None


def _names_inside(segment: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """Town names among the capitalised word runs of one part, longest run first."""
    tokens = [m.group() for m in _TOKEN.finditer(segment)]
    found: list[GazetteerEntry] = []
    position = 0
    while position < len(tokens):
        matched = 0
        for size in range(min(gazetteer.longest_name, len(tokens) - position), 0, -1):
            words = tokens[position : position + size]
            if not words[0][:1].isupper() and not words[0].startswith("("):
                continue
            following = tokens[position + size] if position + size < len(tokens) else ""
            if following[:1].isdigit():
                continue  # "Halle 3", "Raum 2": a room, not a town
            phrase = " ".join(words)
            folded = fold(phrase)
            if size == 1 and (folded in _COMMON_WORDS or folded in _DISTRICT_WORDS):
                continue
            if size == 1 and folded in _COMMON_UNLESS_LAST and following:
                continue
            entry = gazetteer.lookup(phrase)
            if entry is None and size == 1 and "-" in phrase:
                # "Berlin-Mitte", "Hamburg-Altona": the city before the district.
                head = phrase.split("-")[0]
                entry = gazetteer.lookup(head) if fold(head) not in _COMMON_WORDS else None
            if entry is not None:
                found.append(entry)
                matched = size
                break
        position += matched or 1
    return found


def _state_in(segments: list[str], gazetteer: Gazetteer) -> str | None:
    for segment in segments:
        state = gazetteer.state_named(segment)
        if state is not None:
            return state
    folded = f" {fold(' '.join(segments))} "
    for key, state in gazetteer.state_keys.items():
        if len(key) > 3 and f" {key} " in folded:
            return state
    return None


def _is_place_name(segment: str, gazetteer: Gazetteer) -> bool:
    """A town, or a town with its district ("Berlin-Mitte"): a place, not a venue."""
    if fold(segment) in _DISTRICT_WORDS:
        return False  # "Hauptbahnhof" is the meeting point
    if gazetteer.lookup(segment) is not None:
        return True
    head, dash, _ = segment.partition("-")
    return bool(dash) and " " not in segment and gazetteer.lookup(head) is not None


def _venue(segments: list[str], gazetteer: Gazetteer) -> str | None:
    for segment in segments:
        if _POSTCODE.search(segment) or _STREET.search(segment):
            continue
        four = _FOUR_DIGIT_POSTCODE.match(segment)  # „3315 Bätterkinden“: a Swiss address line
        if four is not None and _is_place_name(four["town"], gazetteer):
            continue
        if _is_place_name(segment, gazetteer) or gazetteer.state_named(segment) is not None:
            continue
        if _COUNTRY.match(segment) or ONLINE_WORDS.search(segment) or _HYBRID.search(segment):
            continue
        if _IN_PERSON.fullmatch(segment) or not re.search(r"[A-Za-zÄÖÜäöüß]{2}", segment):
            continue
        if re.fullmatch(r"(?:ort|veranstaltungsort|location|adresse)\s*:?", segment, _FLAGS):
            continue
        if _NO_FIXED_VENUE.search(segment):
            continue
        return re.sub(
            r"^(?:ort|veranstaltungsort|location|adresse)\s*:\s*", "", segment, flags=_FLAGS
        )
    return None
