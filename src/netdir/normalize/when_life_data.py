"""A person's life data written with the genealogists' signs — „Wilhelm Heinrich Teuscher,
*22.09.1873, †10.08.1924, Metzgermeister …“ (round 330, a history society's exhibition of old
wedding photos): the day after „*“ is a birth's, the day after „†“ a death's. They date a life, no
offering, so they are taken out before the text's days are read; whatever else the text names
(an exhibition's day, the wedding the photo shows) is read as if they were not there.

Only a text that writes both signs before days counts: a lone star before a day is a footnote's
mark („*12.07. nur bei gutem Wetter“), not a birth.
"""

from __future__ import annotations

from netdir import lazy_re

# „*22.09.1873“, „* 13.11.1873“, „†10.08.1924“, „† 22. Dezember 1954“: a sign, then a day with its
# year (a dotted one or with the month's name)
_LIFE_DAY = lazy_re.compile(
    r"(?P<sign>[*†])\s?\d{1,2}\.\s?(?:\d{1,2}\.\s?|[^\W\d]{3,9}\.?\s)\s?(?:1[5-9]|20)\d{2}(?!\d)"
)


def life_data_blanked(text: str) -> str:
    """``text`` without the days its birth and death signs date, when it writes both (else as it
    is); each sign stays, its day goes."""
    if "†" not in text or "*" not in text:
        return text
    signs = {found["sign"] for found in _LIFE_DAY.finditer(text)}
    if signs != {"*", "†"}:
        return text
    return _LIFE_DAY.sub(lambda found: found["sign"], text)
