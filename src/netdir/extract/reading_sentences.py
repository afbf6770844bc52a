"""A card named by the rest of its day's sentence that tells that someone reads: a „Lesung“.

An author's news cards put the day in a heading („Am 14. April 2016“) and go on in the paragraph
below with who reads where: „lesen Ginny von Bülow, Laszlo Kova und ich im Logensaal der
Hamburger Kammerspiele um 19 h 30 aus der Anthologie …“, „liest Dagmar Seifert mit mir aus
Anlass der Bücherverbrennung …“, „von 9 bis 11 Uhr werde ich in der Schule An der Seebek
Vorschülern aus meinem Buch … vorlesen“. The listing took that rest of a sentence as the name.
A reader calls such an evening what the sentence says happens — a reading, „Lesung“ — and where
the sentence names it as a noun („findet um 19 h 30 eine Lesung der Reihe DichterDran des
Literaturzentrums statt“), by that noun phrase.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

# The rest of a sentence, not a name: it opens with a small letter (the verb or a clock after the
# heading's „Am 14. April 2016“) or with the clock itself („um 10 Uhr werde ich …“).
_SENTENCE_REST = lazy_re.compile(
    r"^(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h)\b", re.IGNORECASE
)
_SMALL_START = lazy_re.compile(r"^[a-zäöüß]")
# A form of (vor)lesen as the sentence's verb: „lesen“, „liest“, „lese ich“, „las“, „vorlesen“.
_READS = lazy_re.compile(
    r"\b(?:lese|liest|lesen|las|lasen|vorlesen|vorlese|vorliest|vorgelesen|gelesen)\b",
    re.IGNORECASE,
)
# „findet um 19 h 30 eine Lesung der Reihe DichterDran des Literaturzentrums statt“: the noun.
_A_READING_TAKES_PLACE = lazy_re.compile(
    r"\beine\s+(?P<name>Lesung\b[^.!?;]{0,80}?)\s+statt\b", re.IGNORECASE
)
_SOURCE = " (the rest of the day's sentence tells a reading)"


def name_readings(records: list[RawRecord]) -> None:
    """Name each record whose title is the rest of a sentence telling that someone reads
    „Lesung“ — or by the sentence's own noun phrase for it."""
    for record in records:
        title = (record.title or "").strip()
        if not title or not record.date_text:
            continue
        if not (_SMALL_START.match(title) or _SENTENCE_REST.match(title)):
            continue
        named = _A_READING_TAKES_PLACE.search(title)
        if named is not None:
            record.title = named["name"]
        elif _READS.search(title):
            record.title = "Lesung"
        else:
            continue
        record.field_sources["title"] = record.field_sources.get("title", "listing:") + _SOURCE
