"""A title that ends by saying its place or hour is still to come.

A club's year table writes a date whose details are open: „Alternativtermin für die
Kräuterwanderung. Ort wird noch bekannt gegeben.“, „Sommerausflug. Treffpunkt wird noch
mitgeteilt.“, „Grillabend – Uhrzeit folgt“. The last sentence is a notice to the reader, not
part of the event's name: it goes when a name is left before it. So does the notice that the
report is still to come after a diary entry's name: „Kirschblüte... Text, Fotos und Video
folgen!!!“, „Best of Habichtsswaldtrails. ..Text, Fotos und Video folgen“.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.credit_endings import cut_title_at
from netdir.records import RawRecord

# The notice after a full stop or a dash: what is still open, then that it will be told.
_LATER_NOTICE = lazy_re.compile(
    r"(?:[.!]\s+|\s+[–—-]\s+)(?:(?:der|die|das)\s+)?"
    r"(?:ort|raum|saal|treffpunkt|uhrzeit|zeit|beginn|veranstaltungsort|location|venue|time)\b"
    r"[^.!?]{0,40}?\b(?:bekannt\s?gegeben|mitgeteilt|folgt|folgen|noch\s+offen|tba|tbd|"
    r"to\s+be\s+announced)\b[^.!?]{0,12}[.!]?\s*$",
    re.IGNORECASE,
)
# „... Text, Fotos und Video folgen!!!“, „. ..Bericht folgt“: the entry's report still to come.
_REPORT_TO_COME = lazy_re.compile(
    r"(?:[.…]{2,}\s*|[.!]\s+\.*\s*)(?:text|bericht|fotos|bilder|video)"
    r"(?:\s*(?:,|und)\s*(?:text|bericht|fotos|bilder|video))*\s+(?:folgt|folgen)\b[!.]*\s*$",
    re.IGNORECASE,
)
_MIN_NAME_LETTERS = 3


def drop_later_notices(records: list[RawRecord]) -> None:
    """Cut „Ort wird noch bekannt gegeben.“ and its kind from the end of each title."""
    for record in records:
        notice = _LATER_NOTICE.search(record.title or "") or _REPORT_TO_COME.search(
            record.title or ""
        )
        if notice is not None:
            cut_title_at(
                record,
                notice.start(),
                "notice of a place to come",
                trailing=" .,;–—-",
                min_letters=_MIN_NAME_LETTERS,
            )
