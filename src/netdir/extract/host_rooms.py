"""The host whose rooms an event takes place in, told in the sentence that says it takes place.

„Am morgigen Mittwoch um 20 Uhr findet wieder unser Freifunk-Treffen in den Räumen des Section
77 e.V. in Offenburg statt.“: a group that meets at another association's premises names the
host, not a venue word — „Räumen“ is where, the host after „des“/„der“/„von“ whose they are (with
its „e.V.“), and the town after it („in Offenburg“) is part of where. An address the sentence adds
in brackets right after „statt“ („… statt (diesmal in der Wasserstraße 22a).“) is where in the
host's town this time. The readers of venue words (``lead_places.venue_taking_place``) pass these
over: „Räumen des Section 77 e.V.“ holds no venue word and no street. A host that presents its
event „in den Räumen von HfG und ZKM Karlsruhe“ names where too, before the event's article.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import is_address

# („des Section 77 e.V.“: a registered association's suffix keeps its dots inside the name)
_HOST_ROOMS = lazy_re.compile(
    r"\bin\s+den\s+(?:Räumen|Räumlichkeiten|Vereinsräumen|Clubräumen)\s+(?:des|der|von)\s+"
    r"(?P<host>[A-ZÄÖÜ][\w'’&-]*(?:\s+(?:[A-ZÄÖÜ\d][\w'’&-]*|e\.\s?V\.)){0,5})"
    r"(?:\s+in\s+(?P<town>[A-ZÄÖÜ][\w-]+))?\s+statt(?:finden|findet)?\b"
    r"(?:\s*\((?:(?:diesmal|heute|ausnahmsweise|jetzt|neu)\s+)?(?:in\s+der|in\s+dem|im|am|an\s+der)"
    r"\s+(?P<address>[^()]{3,80})\))?"
)


# „Vom Do., 26 Mai bis So., 29 Mai präsentiert der Entropia e.V. / CCC Karlsruhe in den Räumen
# von HfG und ZKM Karlsruhe die legendäre Gulaschprogrammiernacht.“: the host presents (holds)
# its event in the rooms of others, named before the event's article; two hosts may share them.
_PRESENTED_IN_HOST_ROOMS = lazy_re.compile(
    r"\b(?:präsentier(?:t|en)|veranstalte(?:t|n))\b(?:[^.!?]|e\.\s?V\.){0,80}?\s"
    r"in\s+den\s+(?:Räumen|Räumlichkeiten)\s+(?:des|der|von)\s+"
    r"(?P<host>[A-ZÄÖÜ][\w'’&-]*(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w'’&-]*){0,5})"
    r"\s+(?=(?:die|der|das|den|ein|eine|einen|unser|unsere)\s)"
)


def place_in_host_rooms(text: str) -> str | None:
    """„Section 77 e.V., Wasserstraße 22a, Offenburg“ for the sentence above; None when ``text``
    says nothing takes place in a host's rooms."""
    if "äume" not in text:  # (cheap: „Räumen“, „Räumlichkeiten“ …)
        return None
    match = _HOST_ROOMS.search(text)
    if match is None:
        presented = _PRESENTED_IN_HOST_ROOMS.search(text)
        if presented is None or _a_common_nouns_genitive(presented):
            return None
        return presented["host"]
    host = match["host"]
    if _a_common_nouns_genitive(match):
        return None
    parts = [host]
    address = " ".join((match["address"] or "").split())
    if address and is_address(address):
        parts.append(address)
    if match["town"]:
        parts.append(match["town"])
    return ", ".join(parts)


def _a_common_nouns_genitive(match: re.Match[str]) -> bool:
    """„in den Räumen des Vereins“: one word after „des“ ending in its genitive „s“ names no
    one a visitor can find (a name has more words, digits or its „e.V.“)."""
    host = match["host"]
    before = match.string[: match.start("host")].split()
    return " " not in host and host.endswith("s") and bool(before) and before[-1] == "des"
