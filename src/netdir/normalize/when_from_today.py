"""„Ab heute bis 12.3.2020 gibt es ein Fixpostennetz …“: a period from the page's day on.

A lone „bis 12.3.2020“ is an end without a start (``when_days``: what runs until then runs now),
so „ab heute“ before it was lost with its start. „ab heute“ and „von heute (an)“ say the period
starts on the day the text was written; written out as that day („ab 27.01.2020 bis
12.3.2020“) the ordinary range reading gives both ends. Only before a „bis“ in the same clause:
„ab heute gilt …“ alone is a rule from now, no period. („ab sofort … bis zum 13. April
möglich“ stays out: a sign-up open from now names its last day, no period, round 34.)
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_FROM_TODAY_UNTIL = lazy_re.compile(
    r"\b(?P<from>ab|von)\s+heute(?:\s+an)?(?=[^.!?;]{0,80}?\bbis\s+(?:zum\s+|ca\.?\s+)?\d{1,2}\.)",
    FLAGS,
)


def from_today_dated(text: str, reference: date) -> str:
    """``text`` with „ab heute“ before a „bis <day>“ written as the reference day."""
    if "heute" not in text:
        return text
    return _FROM_TODAY_UNTIL.sub(
        lambda found: f"{found['from']} {reference.day:02d}.{reference.month:02d}.{reference.year}",
        text,
    )
