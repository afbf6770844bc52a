"""An event object that keeps its texts in one object per language.

A bilingual club site keeps its events as ``{"startDate": "2025-07-12", "time": "13h00 -
19h00", "location": {…}, "fr": {"title": "Tournoi estival de Montréal 2025", "description": …},
"en": {"title": "Montreal Summer Tournament 2025", …}}``: the day, hours and place once, the
name and texts under each language's code. Its page shows one language's texts with the shared
facts; the object is read the same way — the language's object merged into the event (keys the
event states itself win). German is read where the object has it (netdir's readers are German
first); otherwise the first language the writer lists, the site's own (CAMO Montréal's „fr“ before
„en“, as its page is ``lang="fr"``). Unlike a multi-lingual string (``"name": {"de": …}``,
:mod:`netdir.extract.json_languages`), each value here is an object holding a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from netdir.extract.json_languages import language_code


def with_language_objects(node: dict[str, Any], title_keys: Iterable[str]) -> dict[str, Any]:
    """``node`` with the texts of its chosen per-language object merged in, or ``node`` itself
    when it keeps no named object under a language code."""
    named: dict[str, dict[str, Any]] = {}
    keys = tuple(title_keys)
    for key, value in node.items():
        code = language_code(key)
        if code is None or not isinstance(value, dict):
            continue
        if any(isinstance(value.get(k), str) and value[k].strip() for k in keys):
            named.setdefault(code, value)
    if not named:
        return node
    chosen = named.get("de") or next(iter(named.values()))
    merged = dict(node)
    for key, value in chosen.items():
        merged.setdefault(key, value)
    return merged
