"""„Weiße Stoffstreifen … hängen bis ca 8.4.21“, „vom 29.3. bis ca. 8.4.“: a period's last day
given as about that day.

„ca.“ (or „circa“, „etwa“) between „bis“ and the day hid the day from the range's end, and the
period lost its end. The day is still the end a reader takes, so the word goes — only before a
day with its month („8.4.“, „8. April“), not before a clock, which the clock reading already
takes with „ca.“ in front.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

_ABOUT_BEFORE_DAY = lazy_re.compile(
    r"(?P<until>\bbis\s+(?:zum\s+)?)(?:ca\.?|circa|etwa|ungefähr)\s*"
    r"(?=\d{1,2}\.\s*(?:\d{1,2}\.|(?:" + MONTH_ALT + r")\b))",
    FLAGS,
)


def approximate_ends_dropped(text: str) -> str:
    """``text`` without the „ca.“ between „bis“ and a period's last day."""
    if "bis" not in text:
        return text
    return _ABOUT_BEFORE_DAY.sub(r"\g<until>", text)
