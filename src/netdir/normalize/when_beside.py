"""A day named in an opening "Neben …" aside, when the clause goes on to name its own days:
„Neben den bayrischen Landtagswahlen am 08.10.2023 fanden bayernweit zwischen dem 21. und dem
29.09.2023 auch U18-Wahlen … statt.“ — the state election is what the vote happened beside; the
sentence's event is the U18 vote between its two days. The aside's digits are blanked so the
later days are read; a text whose aside holds its only day keeps it („Neben dem Sommerfest am 3.
Juli gibt es auch einen Flohmarkt.“)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# "Neben den … am 08.10.2023", "Außer dem … am 3. Juli 2024", "Parallel zum … am 5.6.": an
# opening prepositional aside up to its day (a numeric date or a day and month name)
_BESIDE = lazy_re.compile(
    r"^\W*(?:neben|außer|ausser|parallel\s+zu(?:m|r)?|zusätzlich\s+zu(?:m|r)?)\s+"
    r"(?:(?:den|dem|der|die)\s+)?[^.!?;,\d]{1,80}?\s+(?:am|vom)\s+"
    r"\d{1,2}\.\s?(?:\d{1,2}\.|(?:" + MONTH_ALT + r")\.?)\s?(?:\d{2,4}(?!\d))?",
    FLAGS,
)
_DIGIT = lazy_re.compile(r"\d")


def without_aside_days(text: str) -> str:
    """The text with the digits of its opening "Neben …" aside blanked when the rest of the
    text names a day of its own (see the module docstring)."""
    if not text.lstrip()[:1].isalpha():
        return text
    found = _BESIDE.search(text)
    if found is None or _DIGIT.search(text, found.end()) is None:
        return text
    aside = _DIGIT.sub(" ", found.group(0))
    return aside + text[found.end() :]
