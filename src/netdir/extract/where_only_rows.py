"""A list's row whose only words after its day and hour say where it takes place.

A club's „Termine“ lists its sessions as „Freitag, 17. Jänner 2020, 17:00-19:00 in der VHS
Horn“, a struck-out one „Freitag, 13. März 2020, 17:00-19:00 in der VHS Horn abgesagt wegen
Coronavirus“. What follows the hours is a place phrase — a preposition of place and a name —
and, at most, the day's status: it says where, not what. The row names nothing; the list does
(``listing_row_context``: the page's name under a heading that only says „Termine“).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading

SOURCE = "listing:text (place phrase after the day)"
STATUS_SOURCE = "listing:text (status after the place phrase)"
# „in der VHS Horn“, „im Jugendhaus“, „im Pfarrheim St. Josef“, „beim Sportplatz“: a preposition
# of place, then a capitalised name of up to six words; then, at most, the day's status („abgesagt
# wegen Coronavirus“). The name's words never hold a status word, so the two parts cannot trade
# words back and forth.
_STATUS_WORD = r"(?:abgesagt|entf(?:ä|ae)llt|f(?:ä|ae)llt\s+aus|ausgefallen|verschoben)"
_PLACE_PHRASE = lazy_re.compile(
    r"^(?:in\s+der|in\s+dem|im|in|bei\s+der|beim)\s+"
    rf"(?P<place>[A-ZÄÖÜ](?:(?!{_STATUS_WORD}\b)[\w.'’&-])*"
    rf"(?:\s+(?!{_STATUS_WORD}\b)[\w.'’&-]+){{0,5}})"
    rf"(?:\s+(?P<status>(?:leider\s+)?{_STATUS_WORD}"
    r"(?:\s+(?:wegen|aufgrund)\s+[\w-]+(?:\s+[\w-]+){0,2})?))?"
    r"\s*[.!]*$",
    re.I,
)


def where_instead_of_a_name(reading: BlockReading) -> bool:
    """When the dated row's own text after its day is only a place phrase (and a status), make
    it the row's place (and status) and leave the row unnamed; whether it did."""
    if not reading.date_text or reading.location_text is not None or not reading.title:
        return False
    if reading.sources.get("title") != "listing:text":
        return False  # a heading, a link or a labelled column names the row
    match = _PLACE_PHRASE.match(reading.title.strip())
    if match is None or not match["place"][:1].isupper():
        return False  # „in zwei Gruppen“: how, not where
    reading.location_text = match["place"]
    reading.sources["location_text"] = SOURCE
    if match["status"]:
        reading.status_text = match["status"]
        reading.sources["status_text"] = STATUS_SOURCE
    reading.title = None
    reading.sources.pop("title", None)
    return True
