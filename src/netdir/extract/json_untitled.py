"""The name of a dated event object that has no title: what its place key says it is, or the
two sides of a match.

A band's gig list keeps no title at all — ``{"date": "2026-07-25", "city": "Heidelberg",
"location": "Taeter Theater", "time": "20:00 Uhr"}`` — and its site shows the ``location`` as the
event („Taeter Theater (20:00 Uhr)“, „GREEN TALENTS FESTIVAL (Buga)“) beside the town. Read only in
a body that is all JSON (an answer about events), where every dated object is one: in a page's
scripts a dated object with a place and no title is as often a map marker or a log entry.

An association's list names each entry by its kind — ``{"typ": "Monatsversammlung", "thema":
"Monatsbetrachtung: Frühjahrsrevision", "verein": "Schalchen/Mattighofen", "datum": …}`` — which
its calendar shows with the association: „Monatsversammlung (Schalchen/Mattighofen)“.

A league's fixture list names no match either: ``{"date": "14.10.2023", "time": "14:30",
"team": [{"name": "VC Weil 2"}, {"name": "VC Müllheim 2"}], "location": {…}}`` (a volleyball
federation's SAMS answer) or ``"homeTeam": {"name": …}, "awayTeam": {"name": …}``. Its two sides
are its name, as the club's own calendar writes it („VC Weil 2 vs. VC Müllheim 2“).

A course site's dates name each session by its subject only — ``{"date": "Dienstag, 14.10.25",
"time": "17:30 - 18:30 Uhr", "location": "Übergangshaus, Königstraße 54, 23564 Lübeck", "topic":
"Listen - Grundlegende Operationen"}`` — which its page shows as the session's heading; the
venue is where it is, not what it is.

A citizens' initiative keeps the council's meetings as ``{"datum": "21.04.2026", "uhrzeit":
"15:00", "label": "Vorberatung Haupt- und Finanzausschuss", "ort": "Sitzungssaal 101", …}``: the
„label“ is the line its site shows as the meeting's heading. Not so in a row of facts, where
„label“ names the fact beside its „value“/„wert“ (``json_label_facts``).
"""

from __future__ import annotations

from typing import Any

from netdir.extract.context import clean_text

# Where such a list names what happens (the venue or the occasion). „ort“: a mobile ice-cream
# stand's dates file („datum;uhrzeit;ort;beschreibung“, its site's cards headed by the „ort“ in
# bold: „Reitverein Tangerhütte“, „Blütenfest Rogätz“) names each stop by where it is.
_NAME_KEYS = ("location", "venue", "event", "ort")
# What kind of meeting an association's list entry is („Monatsversammlung“), and who holds it.
_KIND_KEYS = ("typ", "terminart", "veranstaltungsart")
_HOST_KEYS = ("verein", "gruppe")
# The heading a data file gives each entry, unless the entry is a fact („label“ beside its value).
_LABEL_KEYS = ("label",)
_FACT_VALUE_KEYS = ("value", "wert")
# What a session is about, the name its page shows when the object has no title.
_TOPIC_KEYS = ("topic", "thema")
# Its town apart, then the place a reader sees beside it.
_TOWN_KEYS = ("city", "town", "stadt")
# Its street address apart („"adresse": "Altseidnitz 12, 01277 Dresden"“).
_ADDRESS_KEYS = ("address", "adresse", "anschrift")
_MAX_NAME = 120  # characters: a venue or an occasion, not an account of it
_NO_PLACE = ("-", "–", "—")
# A list of exactly two sides, first the host.
_SIDES_KEYS = ("team", "teams", "competitors", "opponents")
# The two sides under keys of their own: (first, second).
_SIDE_PAIRS = (("homeTeam", "awayTeam"), ("home_team", "away_team"), ("heim", "gast"), ("heimmannschaft", "gastmannschaft"), ("team1", "team2"), ("home", "away"))  # fmt: skip
_SIDE_NAME_KEYS = ("name", "shortName", "title")


def name_by_label(node: dict[str, Any]) -> tuple[str, str] | None:
    """The entry's label („"label": "Beschlussfassung Stadtrat"“) as its name, with its key; none
    for a fact's label beside its value."""
    if any(key in node for key in _FACT_VALUE_KEYS):
        return None
    return _short_text_under(node, _LABEL_KEYS)


def name_by_topic(node: dict[str, Any]) -> tuple[str, str] | None:
    """The subject the object names („"topic": "Testing"“) as its name, with its key."""
    return _short_text_under(node, _TOPIC_KEYS)


def name_by_kind(node: dict[str, Any]) -> tuple[str, str] | None:
    """The kind of meeting the object says it is („"typ": "Monatsversammlung"“) as its name, with
    the association that holds it in brackets, as an association's calendar shows it
    („Monatsversammlung (Pischelsdorf)“), and the key(s)."""
    for key in _KIND_KEYS:
        value = node.get(key)
        kind = clean_text(value) if isinstance(value, str) else None
        if kind is None or len(kind) > _MAX_NAME:
            continue
        for host_key in _HOST_KEYS:
            host = clean_text(node.get(host_key)) if isinstance(node.get(host_key), str) else None
            if host and host.casefold() not in kind.casefold():
                return f"{kind} ({host})", f"{key}+{host_key}"
        return kind, key
    return None


def name_by_place(node: dict[str, Any]) -> tuple[str, str] | None:
    """The text under the object's place key as its name, with that key."""
    return _short_text_under(node, _NAME_KEYS)


def _short_text_under(node: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The first text of a name's length under one of ``keys``, with its key."""
    for key in keys:
        value = node.get(key)
        text = clean_text(value) if isinstance(value, str) else None
        if text and len(text) <= _MAX_NAME:
            return text, key
    return None


def name_by_sides(node: dict[str, Any]) -> tuple[str, str] | None:
    """„A vs. B“ from the two sides of a match the object lists, with the key(s) they stand under."""
    for key in _SIDES_KEYS:
        value = node.get(key)
        if isinstance(value, list) and len(value) == 2:
            names = [_side_name(side) for side in value]
            if names[0] and names[1]:
                return f"{names[0]} vs. {names[1]}", f"{key}[].name"
    for first, second in _SIDE_PAIRS:
        one, other = _side_name(node.get(first)), _side_name(node.get(second))
        if one and other:
            return f"{one} vs. {other}", f"{first}+{second}"
    return None


def _side_name(side: object) -> str | None:
    """A side's name: a text, or the name of a team object."""
    if isinstance(side, dict):
        side = next((side[k] for k in _SIDE_NAME_KEYS if isinstance(side.get(k), str)), None)
    text = clean_text(side) if isinstance(side, str) else None
    return text if text and len(text) <= _MAX_NAME else None


def town_of(node: dict[str, Any]) -> tuple[str, str] | None:
    """The town the object names apart (its place once its place key is its name), with the key;
    a dash is no town."""
    return _first_place_text(node, _TOWN_KEYS)


def address_of(node: dict[str, Any]) -> tuple[str, str] | None:
    """The street address the object states apart (a text, not an address object), with its key."""
    return _first_place_text(node, _ADDRESS_KEYS)


def _first_place_text(node: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``keys`` whose value is a text that names a place, with that key."""
    for key in keys:
        value = node.get(key)
        text = clean_text(value) if isinstance(value, str) else None
        if text and text not in _NO_PLACE:
            return text, key
    return None
