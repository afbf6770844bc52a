"""A dated heading over a text that tells the short span it closes: the span, not the heading's day.

A couple's photo gallery heads each album with its last day: „2.10.2011 - Burggrabenklamm, … | Wir
haben das Wochenende 1./2. Oktober in Seewalchen … verbracht.“, „25.9.2011 - Rollenspielen am
Wörthersee | Am Wochenende vom 24./25. September waren wir am Wörthersee.“ (round 286). The heading's
day is one day of what the text says: when the text after the first " | " reads as a span of a few
days ending on the heading's day, that span is the answer. A longer span (a festival week over one
day's programme), or one the heading's day does not close, leaves the heading's day as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_value import When

# The heading: a full dotted day first („2.10.2011 - …“), then at most a title before " | ".
_DATED_HEADING = lazy_re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{4}\b[^|]{0,120}?\s\|\s", re.IGNORECASE)
#: The most days such a span may hold (a long weekend).
_SHORT_SPAN_DAYS = 4


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def body_span_closing_heading(text: str, found: When, parse_body: Callable[[str], When]) -> When:
    """The span the text under a dated heading tells when it ends on the heading's day (see the
    module); ``found`` otherwise. ``parse_body`` reads the text after the heading."""
    if found.end is not None or found.start is None or found.recurrence is not None:
        return found
    heading = _DATED_HEADING.match(text)
    if heading is None:
        return found
    body = parse_body(text[heading.end() :])
    first, last, day = _day(body.start), _day(body.end), _day(found.start)
    if first is None or last is None or day is None or body.recurrence is not None:
        return found
    if last != day or not 0 < (last - first).days < _SHORT_SPAN_DAYS:
        return found
    return body
