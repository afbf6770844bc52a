"""Days called off, then the day the meetings resume: "Hacksburg will not hold its regular weekly
meeting on Tuesday, December 24th or Tuesday, December 31st. Weekly meetings will resume on
Tuesday, January 7th at 7:30pm." The called-off days are no offering's; the sentence naming the
resumption is read alone (its day, its clock and its rule)."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# Words of one sentence (a German day's dot before its month inside it: "am 22. Dezember").
_WITHIN = r"(?:[^.!?;]|\.(?=\s*(?:" + MONTH_ALT + r")\b)){0,60}?"
_CALLED_OFF = lazy_re.compile(
    r"\b(?:will\s+not\s+(?:hold|meet|take\s+place|be\s+held)|won't\s+(?:hold|meet|be\s+held)"
    r"|(?:is|are|has\s+been|have\s+been)\s+(?:cancell?ed|called\s+off)|no\s+(?:\w+\s+)?meetings?\s+on"
    # "The Sunday morning session on 14th August has unfortunately had to be cancelled" (round 160)
    r"|(?:has|have)\s+(?:\w+\s+)?had\s+to\s+be\s+cancell?ed"
    r"|fällt\s+(?:am\s+)?"
    + _WITHIN
    + r"\baus|entfällt|entfallen|finden?\s+"
    + _WITHIN
    + r"\bnicht\s+statt)\b",
    FLAGS,
)
# A sentence's end: not a German day's dot before its month ("22. Dezember"). Unlike
# sentence_ends.SENTENCE_END it is a plain pattern that also serves in _RESUMES' lookbehind, and a
# stop ends a sentence whatever letter follows it.
_END = r"[.!?](?!\s*(?:" + MONTH_ALT + r")\b)"
_RESUMES = lazy_re.compile(
    r"(?<=" + _END + r")\s+(?P<rest>(?:[^.!?]|\.(?=\s*(?:" + MONTH_ALT + r")\b))*?"
    r"\b(?:will\s+resume|resumes?|resume[sd]?\s+on"
    # "Sundays will continue as usual on 21st August"
    r"|will\s+continue\s+as\s+(?:usual|normal)"
    r"|geht\s+es\s+(?:dann\s+)?(?:wieder|weiter)|(?:finden|findet)\s+wieder)\b.*)$",
    FLAGS | re.DOTALL,
)
_SENTENCE_END = lazy_re.compile(_END + r"(?=\s)", FLAGS)


def resumed_part(text: str) -> str | None:
    """The sentence naming when meetings resume after days called off, else None."""
    resumes = _RESUMES.search(text)
    if resumes is None:
        return None
    # the text opens with the days called off ("… will hold its annual meeting on Tuesday,
    # December 17th …. The public weekly meeting will not be held. Weekly meetings will resume
    # …" announces a day of its own first)
    first = _SENTENCE_END.search(text, 0, resumes.start())
    if _CALLED_OFF.search(text, 0, first.end() if first else resumes.start()) is None:
        return None
    return resumes["rest"].strip()
