"""A press text's own stamp at its head: a town's dateline with an ISO day in brackets, or a news
site's byline with the day and a clock set apart by a bullet.

„ST. GERTRAUDI (2013-05-03) – Im Stoffelhäusl … präsentierte Prof. Dr. Norbert Hölzl … sein
Taschenbuch“ (round 288, a museum's press notes): the town, the day of writing in brackets and
a dash before the first sentence. „SPORT1 15.01.2025 • 17:10 Uhr Die Handball-WM 2025 beginnt
…“, „von SPORT1 16.06.2024 • 20:06 Uhr Mit England startet heute …“ (round 287, a news digest):
the source, the day and the minute it was posted. Either stamp dates the writing, not an event;
the text after it is read with that day as its page's day, so that its own „heute“ or weekday
counts from it and a text naming no day of its own names none (as ``when_agency_datelines``
reads „Regensburg, 21. Mai 2015 (orv) – …“).
"""

from __future__ import annotations

import re

from netdir import lazy_re

# The town in capitals or as a name, the ISO day in brackets, a dash and the sentence's capital.
_BRACKET_ISO_DATELINE = lazy_re.compile(
    r"\s*(?-i:[A-ZÄÖÜ])[\w.\- ]{1,30}?\s*\(\s*(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)\s*\)"
    r"\s*[-–—]\s+(?P<rest>(?-i:[A-ZÄÖÜ„\"]).*)",
    re.DOTALL,
)
# The source's name (a word or two, „von“ before it), the full dotted day, a bullet and the
# posting minute with „Uhr“, then the text. (The bullet is the byline's mark: a listing row
# „12.05.2025 • 19:00 Uhr Konzert“ has no source's name before its day.)
_BULLET_BYLINE = lazy_re.compile(
    r"\s*(?:von\s+)?(?-i:[A-ZÄÖÜ])[\w.&+-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w.&+-]*)?\s+"
    r"(?P<day>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\s*•\s*[0-2]?\d:[0-5]\d\s*uhr\s+(?P<rest>\S.*)",
    re.DOTALL | re.IGNORECASE,
)


def press_stamp(text: str) -> tuple[str, str] | None:
    """The stamp's day (ISO, or dotted as written) and the text after it, when the text opens with
    a bracketed ISO dateline before a dash or with a source's byline with a bullet before the
    clock."""
    found = _BRACKET_ISO_DATELINE.match(text) or _BULLET_BYLINE.match(text)
    if found is None:
        return None
    return found["day"], found["rest"]
