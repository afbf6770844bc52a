"""Lists of speakers: what follows a speaker's name is where they work, not where the talk is.

A department's seminar list („Seminar Date | Speaker“) names each row by its speaker and the
speaker's institution, written the way a venue and its town would be::

    December 28, 2016   Dan-Virgil Voiculescu, University of California, Berkeley, USA
    October 21, 2016    Prof. Harish Seshadri, IISc, Bangalore
    September 28, 2016  Mr. Sudipto Chowdhury, IISc, Bangalore

„…, IISc, Bangalore“ ends several rows after different names, which in a list of concerts
(„Percussion Night, Bolando, Bollschweil“) is the place column written into the titles. Here it
is the speakers' institution: the talks all take place at the department. A list tells which it
is by its names — when two rows or more open with a person's form of address („Prof.“, „Dr.“,
„Mr.“, „Ms.“), the rows name people, and the comma parts after them are affiliations.
"""

from __future__ import annotations

from collections.abc import Iterable

from netdir import lazy_re

# „Prof. Harish Seshadri“, „Dr Aprameyan Parthasarathy“, „Mr. Sudipto Chowdhury“, „Professor
# S. S. Sritharan“: a person's form of address, then a capitalised name.
_ADDRESSED_PERSON = lazy_re.compile(
    r"^(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|PD)\.?|Professor(?:in)?|Doctor)\s+[A-ZÄÖÜ]"
)
_MIN_PEOPLE = 2


def addresses_a_person(text: str) -> bool:
    """ "Prof. Harish Seshadri, IISc, Bangalore": the text opens with a person addressed."""
    return _ADDRESSED_PERSON.match(text.strip()) is not None


def lists_speakers(titles: Iterable[str | None]) -> bool:
    """Two titles or more of one list open with a person's form of address: the list names
    speakers, and what follows a name after a comma is the speaker's institution."""
    people = sum(1 for title in titles if title and addresses_a_person(title))
    return people >= _MIN_PEOPLE
