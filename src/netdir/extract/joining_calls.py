"""A dated heading that calls readers to come is the event's when and where, not its name.

A fire brigade's jubilee page heads „<h1>Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr
150-jähriges Bestehen!</h1>“ and under it „<h2>Sei mit dabei, wenn wir vom 05. - 06. Juli auf der
Theaterwiese in Villenbach unser Fest feiern!</h2>“. The second heading holds the date, so it was
taken as the name — but a sentence that opens by calling the reader to join („Sei mit dabei, wenn
…“, „Seid dabei am …“, „Kommt vorbei …“, „Feiert mit uns …“, "Join us on …") says when and where to
come; what is celebrated is named by the higher heading right above it.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# the call as the heading's opening words: „Sei (auch/mit/wieder) dabei“, „Seid …“, „Seien Sie …“,
# „Komm(t) … vorbei“, „Kommen Sie … vorbei“, „Feier(t) mit (uns)“, „Feiern Sie mit“, "Join us"
_CALL = lazy_re.compile(
    r"^\s*(?:(?:sei|seid|seien\s+sie)\s+(?:(?:auch|mit|wieder|gerne|unbedingt|alle)\s+){0,3}dabei"
    r"|(?:komm|kommt|kommen\s+sie)\s+(?:(?:doch|auch|gerne|alle|einfach)\s+){0,3}vorbei"
    r"|(?:feier|feiert|feiern\s+sie)\s+mit(?:\s+uns)?"
    r"|join\s+us)\b",
    re.IGNORECASE,
)


def calls_to_join(heading: str) -> bool:
    """Whether ``heading`` opens by calling its readers to come (see the module docstring)."""
    return _CALL.match(heading) is not None
