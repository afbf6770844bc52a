"""The talk a society's programme names in the sentence under each day: after the speaker.

An astronomical society's lecture list writes each lecture as a bare day line and, under it, one
sentence about the speaker and the talk::

    Tuesday, 15th November 2016.
    Professor Lucio Piccirillo (University of Manchester) will be speaking on ‘The Origins of
    the Universe’
    Tuesday, 20th December 2016.
    Dr. Eamonn Kerrins (University of Manchester). The Donald Rumsfeld guide to exoplanets: …
    Tuesday, 16th May 2017.
    Rhian Jones (University of Manchester). Topic title on Meteorites TBC.

A reader names each lecture by its title: the quoted words after „will be speaking on“ („will
speak on“, „will talk about“, „will present“), or what follows the speaker and the bracketed
institution after a full stop. A title still „TBC“ names nothing yet, so the speaker names the
lecture (as ``talk_title_labels`` names a talk „TBA“).
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „X (Institution) will be speaking on ‘Title’“, „X, (Institution), will be speaking on ‘Title,’“,
# „X will talk about “Title”.“: the speaker, the verb, then the title in quotes.
_WILL_SPEAK = lazy_re.compile(
    r"^(?P<speaker>[^\W\d_].{2,160}?),?\s+will\s+(?:be\s+)?"
    r"(?:speaking|speak|talking|talk|lecturing|lecture|presenting|present|giving\s+a\s+talk|"
    r"give\s+a\s+talk)\s+(?:on|about)?\s*[:,]?\s*"
    r"[‘'\"“«](?P<title>[^’\"”»]{3,200}?)[,.]?[’'\"”»][.,]?\s*$",
    re.IGNORECASE,
)
# „Dr. Eamonn Kerrins (University of Manchester). The Donald Rumsfeld guide …“: a name of two to
# four capitalised words (a title before it), the institution in brackets, a full stop or a
# colon, then the talk's title.
_CREDIT_THEN_TITLE = lazy_re.compile(
    r"^(?P<speaker>(?:(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms|Sir)\.?\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*\([^()]{2,100}\)\s*[.:]\s+"
    r"(?P<title>[A-Z].{3,200}?)\.?\s*$"
)
# „Topic title on Meteorites TBC.“, „Title TBA“: the title is still to come.
_TO_COME = lazy_re.compile(r"\b(?:TBC|TBA|TBD|to\s+be\s+(?:confirmed|announced))\W*$", re.I)
# „Professor “, „Dr. “ before the name: how the speaker is addressed, no part of the name.
_HONORIFIC = lazy_re.compile(r"^(?:prof(?:essor)?|dr|mr|mrs|ms|sir)\.?\s+", re.I)


def talk_of_the_sentence(text: str) -> str | None:
    """The title of the talk ``text`` announces after its speaker — or the speaker, when the
    title is still to come; None when ``text`` is no such sentence."""
    line = " ".join(text.split())
    match = _WILL_SPEAK.match(line) or _CREDIT_THEN_TITLE.match(line)
    if match is None:
        return None
    title = match["title"].strip(" ,.")
    if _TO_COME.search(title):
        speaker = re.sub(r"\s*,?\s*\([^()]*\)\s*,?", " ", match["speaker"]).strip(" ,")
        return _HONORIFIC.sub("", speaker) or None
    return title
