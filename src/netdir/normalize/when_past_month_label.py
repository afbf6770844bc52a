"""„Nistkasteneinsatz am Sternensee vom März 2020“, posted in May: a report's label naming the past
month it tells of.

A month after „vom“, with its year and no „bis“ after it, labels a report, minutes or a letter
by the month of what they tell („Protokoll vom März 2020“); once that month is over, it is no
coming event's period — the past-tense test found no verb in a title. A month under way or ahead
(„Ausstellung vom Mai 2027“) keeps its period, and so does „vom März bis Mai“, a range.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

_OF_MONTH = lazy_re.compile(
    r"\bvom\s+(?:"
    + MONTH_ALT
    + r")\s+(?:19|20)\d{2}\b(?![^.!?;]{0,20}?(?:\bbis\b|\s?[-–]\s?[^\W\d]))",
    FLAGS,
)


def past_month_label(clean: str, last: date, reference: date) -> bool:
    """Whether ``clean`` labels something by a month after „vom“ that ended before ``reference``."""
    return last < reference and "vom " in clean and _OF_MONTH.search(clean) is not None
