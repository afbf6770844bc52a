"""A note closing a talk's title that moves its hour: „Total deontic folk relationalism (NB: to
be held at 14:00, not 10:00)“.

A speaker series states its weekly hour once („talks will be held on Tuesdays at 10am CET“) and
writes the exception into the one talk's line, in brackets after its title: „(NB: to be held at
14:00, not 10:00)“. The bracket is a remark on the day, no part of the talk's name, and the hour
after its „at“ is the talk's own (the one after „not“ is the usual hour it replaces). Only a
bracket opened as a note („NB:“, „N.B.“, „Note:“, „Please note“) is such a remark.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_NOTE = lazy_re.compile(
    r"\s*\((?:NB|N\.\s?B\.|note|please\s+note)\s*[:.,]?\s*(?P<note>[^()]{3,120})\)\W*$", re.I
)
# „to be held at 14:00“, „starts at 6 pm“: the clock after „at“ — not one after „not (at)“.
_AT_CLOCK = lazy_re.compile(
    r"(?<!\bnot\s)\b(?:at|from)\s+"
    r"(?P<clock>\d{1,2}(?:[:.][0-5]\d)(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?!\w)",
    re.I,
)


def title_and_its_hour(title: str) -> tuple[str, str | None] | None:
    """``title`` without the note closing it and the hour the note gives („14:00“; None when it
    gives none), or None when no such note closes ``title``."""
    note = _NOTE.search(title)
    if note is None or not title[: note.start()].strip():
        return None
    clock = _AT_CLOCK.search(note["note"])
    return title[: note.start()].rstrip(" ,;:–—-"), clock["clock"] if clock else None
