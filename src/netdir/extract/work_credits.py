"""A heading that names a work and its author: „„Leben im All – …“ von Gerhard A. Meyer“.

A theatre club heads its season „„Leben im All – Eine rockige Reise durch die Galaxie“ von
Gerhard A. Meyer“ over the list of its performances: the quotation marks set the work's name
apart, the words after them credit who wrote it. A reader names each performance by the work
alone. Only a heading made of one quoted name and nothing after it but „von“/„by“ and a
person's name (capitalised words and initials, „und“/„&“ between two) loses the credit; a
heading that says more after the quote („„Faust“ von Goethe im Stadttheater“) stays whole.
"""

from __future__ import annotations

from netdir import lazy_re

# „Gerhard A. Meyer“, „Bertolt Brecht“, „J. S. Bach“, „Hans-Peter von der Heide“: up to five
# capitalised words or initials (a nobiliary particle between them).
_NAME_WORD = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?|[A-ZÄÖÜ][a-z]?\.)"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:(?:von|van|de|der|zu)\s+)*{_NAME_WORD}){{0,4}}"
_QUOTED_WORK_BY = lazy_re.compile(
    r"^\s*[„“\"«»](?P<work>[^„“”\"«»]+)[“”\"«»]\s*,?\s+(?:von|by)\s+"
    rf"{_PERSON}(?:\s+(?:und|and|&)\s+{_PERSON})?\s*$"
)
_MIN_WORK_LETTERS = 3


def work_without_its_author(heading: str) -> str:
    """The quoted work's name of a heading that is only „„Work“ von Author“, else the heading."""
    credited = _QUOTED_WORK_BY.match(heading)
    if credited is None:
        return heading
    work = credited["work"].strip()
    if sum(ch.isalpha() for ch in work) < _MIN_WORK_LETTERS:
        return heading
    return work
