"""The place a JSON event object names under its place key: a text, or an object of the venue's
name and address parts.

Meetup's venues give ``"name"``, ``"address_1"`` and ``"city"``; an OParl meeting's Location gives
no name but a ``"description"`` that is its address („Bürgersaal im Rathaus, Pfinztalstr. 33“) or
only a ``"room"`` („Großer Sitzungssaal“) beside empty ``"streetAddress"``, ``"postalCode"``,
``"locality"``. A description is read only where no name is, and only when short enough to be an
address rather than an account of the venue. Luma shows a venue it keeps hidden until one
registers by its town alone (``{"mode": "obfuscated", "city_state": "San Francisco, California"}``):
that town is the place a reader sees. An object without a place of its own may say it in its
description (an event export's „Veranstaltungsort: Istituto Valdese“ where its place fields say
„siehe Beschreibungstext“).
"""

from __future__ import annotations

import re
from typing import Any

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.country_names import COUNTRY_NAMES
from netdir.extract.description_place import PLACE_IN_TEXT
from netdir.extract.json_languages import language_text

# In the order a reader writes them: the venue (or its room), then its street, then its town.
# Mobilize's location names its "venue" and lists its street as "address_lines".
# Facebook's places and a volleyball federation's halls write the street as "street".
_NAMED_PARTS = ("name", "venue", "room", "address", "address_1", "address_lines", "street", "streetAddress", "city", "locality")  # fmt: skip
# Facebook's place keeps its address parts in an object of their own: ``"place": {"name": "GdS",
# "location": {"city": "Celle", "zip": …}}``, Eventbrite's venue under „address“ (``{"name":
# "TECHCODE BERLIN", "address": {"address_1": "Karl-Liebknecht-Straße 5", "city": "Berlin"}}``);
# they follow the name.
_NESTED_ADDRESSES = ("location", "address")
_DESCRIPTION = "description"
_MAX_DESCRIPTION = 120  # characters: „Rathaus, Raum 136“ yes, a paragraph about the hall no
# The town of a venue that names nothing else (a hidden address), only then: beside a venue's
# "city" it would say the town twice.
_TOWN_ALONE = ("city_state",)
# A musician's gig list writes „Ort folgt“ where the venue is not known yet: no place.
_NOT_KNOWN_YET = lazy_re.compile(
    r"^(?:(?:ort|veranstaltungsort|location|venue|place)\s*:?\s*)?"
    r"(?:folgt|tba|tbd|tbc|noch\s+offen|wird\s+noch\s+bekannt\s?gegeben|to\s+be\s+announced)\.?$",
    re.I,
)


def place_text(value: object) -> str | None:
    """A place written as text (maybe once per language), or as an object with a name (or room,
    or short description) and its address parts; a text saying the place is still open („Ort
    folgt“) is none."""
    value = language_text(value) or value
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        value = value[0]  # Meetup's "venues": [{…}], the one venue (several would be a choice)
    if isinstance(value, str):
        # Lines of an address („Jugendzeltplatz Almke\r\nVolkmarsdorfer Straße 100“) are its
        # parts: apart by commas, as a reader writes them on one line.
        text = clean_text(", ".join(line for line in value.splitlines() if line.strip()))
        return None if text is None or _NOT_KNOWN_YET.match(text) else text
    if not isinstance(value, dict):
        return None
    parts = [value.get(key) for key in _NAMED_PARTS]
    for nested_key in _NESTED_ADDRESSES:
        if isinstance(nested := value.get(nested_key), dict):
            parts += [nested.get(key) for key in _NAMED_PARTS if key != "name"]
    description = None if _text(value.get("name")) else _text(value.get(_DESCRIPTION))
    if description and len(description) <= _MAX_DESCRIPTION:
        parts.insert(1, description)
    texts: list[str] = []
    for part in parts:
        text = _text(part)
        if text and text.casefold() not in ", ".join(texts).casefold():
            texts.append(text)  # a city its address line already ends with stands once
    if not texts:
        texts = [text for key in _TOWN_ALONE if (text := _text(value.get(key)))][:1]
    return ", ".join(texts) or None


def _text(value: object) -> str | None:
    if isinstance(value, list):  # address lines: the street, then a building („Bldg C“)
        lines = [text for item in value if isinstance(item, str) and (text := clean_text(item))]
        return ", ".join(lines) or None
    return clean_text(value) if isinstance(value, str) else None


def described_place(node: dict[str, Any]) -> tuple[str, str] | None:
    """The place a labelled line of one of the object's texts names („Veranstaltungsort: …“,
    „Ort: …“), with the key and label it stands under."""
    for key, value in node.items():
        if not isinstance(value, str) or ":" not in value:
            continue
        found = PLACE_IN_TEXT.search(clean_text(value) or "")
        if found is not None and (place := found["value"].strip()):
            return place, f"{key} {found['label']}:"
    return None


# „Kulturzentrum LUISE, München · 1–5 €“: the parts of a meta line, between middle dots or bars.
_META_PARTS = lazy_re.compile(r"\s+[·•|]\s+")
_MAX_META = 120  # characters: a line of facts, not a text
# Keys of whoever runs, hosts or answers for the event („_user_CITY“ labelled „Veranstalter
# postalischer Ort“, „contact“): their town is an address to write to, not where the event is.
_ORGANISER_KEY = lazy_re.compile(
    r"user|person|organi[sz]|veranstalter|contact|kontakt|autho?r|publisher|anbieter|mail|phone|telefon",
    re.IGNORECASE,
)
# „Bern, Schweiz“, „Seeboden, Österreich“: a town and its country.
_COUNTRY = lazy_re.compile(rf",\s*(?:{COUNTRY_NAMES})$")


def meta_line_place(node: dict[str, Any], skipped: tuple[str, ...]) -> tuple[str, str] | None:
    """The place a short line of facts opens with („"meta": "Kulturzentrum LUISE, München · 240
    €"“, „"Regensburg · 240 €"“, „"Seeboden, Österreich"“): its first part when that part is a
    known town, ends in one after a comma, or ends in a country; with the key it stands under.
    The object's name and texts (``skipped``) are not read: a concert may be named by its town."""
    from netdir.normalize.place import known_town  # the gazetteer loads only when asked

    for key, value in node.items():
        if key in skipped or not isinstance(value, str) or len(value) > _MAX_META:
            continue
        if _ORGANISER_KEY.search(key):
            continue
        parts = _META_PARTS.split(clean_text(value) or "", maxsplit=1)
        first = parts[0].strip()
        if not first or any(char.isdigit() for char in first):
            continue
        if _COUNTRY.search(first):
            return first, key
        # A town alone under any key may be the organiser's or a contact's („"_person_CITY":
        # "Schwerte"“): only a line of facts (parts between dots) is read for its town.
        last = first.rsplit(",", 1)[-1].strip()
        if len(parts) > 1 and known_town(last) is not None:
            return first, key
    return None
