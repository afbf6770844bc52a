"""A row whose place stands only in its date link's tooltip.

A meeting portal's row shows „Aug 3, 2022 6:00 PM“ as a link and the meeting's name below; the
place is written only in the link's ``title`` tooltip, which restates the day and lists board,
type, status and where, one field a tab: „WEDNESDAY, AUGUST 3, 2022  6:00 PMBoard:\\t…\\tReno
City Council Chamber\\tReno City Council Chamber, One East First Street, Reno, NV  89501“. The
tooltip's last field is the place when it is an address — a US state and ZIP code at its end or
a postcode and town — and the tooltip names a day (it belongs to the row's date).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.place_lines import POSTCODE

# „…, Reno, NV  89501“, „…, Reno, NV 89509-1234“: a US state and ZIP code closing an address;
# „Rathausplatz 1, 12345 Musterstadt“: a postcode and its town.
# (Not ``place_lines.is_address``: that wants a short plain line and knows no US ZIP code; the
# postcode is the same.)
_ADDRESS_END = lazy_re.compile(
    rf",\s*[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?\s*$|{POSTCODE}[\w.-]+(?:\s[\w.-]+)?\s*$"
)
_MIN_FIELDS = 3  # a tooltip of several fields, not a link's plain title
_MAX_PLACE_CHARS = 160


def place_in_tooltip(segment: list[LexborNode], reading: BlockReading) -> None:
    """The row's place from the tab-separated tooltip of one of its elements, when its last field
    is an address and the tooltip names a day."""
    for node in segment:
        for element in [node, *node.traverse(include_text=False)]:
            tooltip = element.attributes.get("title") if element.is_element_node else None
            if not tooltip or "\t" not in tooltip or not DATE_LIKE.search(tooltip):
                continue
            fields = [" ".join(field.split()) for field in tooltip.split("\t")]
            fields = [field for field in fields if field]
            if len(fields) < _MIN_FIELDS:
                continue
            place = fields[-1]
            if len(place) <= _MAX_PLACE_CHARS and _ADDRESS_END.search(place):
                reading.location_text = place
                reading.sources["location_text"] = f"listing:{element.tag}@title last field"
                return
