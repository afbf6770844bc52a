"""A month named beside something that is no event held in it (rounds 304 and 305, a school
parents' association's and a voters' group's news).

- what was done before an occasion in a month: „Die Gespräche und die Umfrage wurden vor der Wahl
  im März 2026 abgeschlossen.“ — the month is the election's, and what the sentence tells lies
  some time before it (as „after the end of February“ names no day of it);
- a web page or form that is available in a month: „Hinweis: Diese Seite ist nur im Mai 2026
  verfügbar.“ — when a page can be opened, no offering's time;
- a thank-you said in a month: „Im November 2021 möchten wir uns herzlich bei unseren Sponsoren
  bedanken, …“ — the month the thanks are written in;
- dues collected in a month (round 314, a makerspace's year in review): „Januar 2019 - Einzug der
  Mitgliedsbeiträge per Lastschrift“ — when the money is drawn, no offering's time;
- ticket sales that open in a month (round 321, a press agency's news): „… Open-Air-Konzert
  etablieren – Ab Dezember Kartenvorverkauf für „Rock-am-Rathaus“-Premiere“, „Der Vorverkauf beginnt
  im Dezember“, „Karten gibt es ab Dezember …“ — the month sales open, no offering's time (as the
  day they open is none, ``when_sales``).

Each reading holds only in the sentence that names the month, so a sentence elsewhere in the text
naming an event's month keeps it.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# the month (or a season) the sentence must name, written with or without its year
_MONTH = lazy_re.compile(
    r"\b(?:" + MONTH_ALT + r"|frühjahr|frühling|sommer|herbst|winter)\b", FLAGS
)
# „vor der Wahl im März 2026“, „vor dem Konzert im Mai“: an occasion's month after „vor“
_BEFORE_OCCASION_IN = lazy_re.compile(
    r"\bvor\s+(?:der|dem|den)\s+[^\W\d]+\s+(?:im|in)\s+(?:" + MONTH_ALT + r")\b", FLAGS
)
# „Diese Seite ist nur im Mai 2026 verfügbar.“: a page's or a form's availability
_PAGE_AVAILABLE = lazy_re.compile(
    r"\b(?:seite|webseite|website|homepage|formular|anmeldeformular|link|download)\b"
    r"[^.!?;]{0,60}?\b(?:verfügbar|abrufbar|erreichbar|freigeschaltet)\b",
    FLAGS,
)
# „möchten wir uns herzlich bei unseren Sponsoren bedanken“, „bedanken wir uns bei …“
_THANKS = lazy_re.compile(
    r"\b(?:möchten|wollen|möchte|will)\s+(?:wir|ich)\s+uns\b[^.!?;]{0,80}?\bbedanken\b"
    r"|\bbedanken\s+(?:wir|ich)\s+uns\b",
    FLAGS,
)
# a sentence's end: its stop before a capital (not a day's dot, „20. März“)
_SENTENCE_END = lazy_re.compile(r"(?<=[^\W\d][.!?])\s+(?=[A-ZÄÖÜ„\"])")
#: What a text needs for any of the readings (checked first: cheap).
# („Vor der Wahl im März …“ opens its sentence: the capital too)
_HINTS = (
    "vor ", "Vor ", "verfügbar", "abrufbar", "erreichbar", "freigeschaltet", "bedanken", "inzug",
    "bbuchung", "ingezogen", "bgebucht", "astschrift", "erkauf", "arten", "icket",
)  # fmt: skip
# „Einzug der Mitgliedsbeiträge per Lastschrift“, „Die Beiträge werden im Januar abgebucht“: dues
# drawn or collected
_DUES_COLLECTED = lazy_re.compile(
    r"\b(?:einzug|abbuchung|lastschrift\w*)\b[^.!?;]{0,40}?\b\w*beitr[äa]g"
    r"|\b\w*beitr[äa]ge?\b[^.!?;]{0,60}?\b(?:eingezogen|abgebucht)\b",
    FLAGS,
)

# „Ab Dezember Kartenvorverkauf für …“, „Der Vorverkauf beginnt im Dezember“, „Karten gibt es ab
# Dezember“: the month ticket sales open (a bare „Verkauf“ may be the offering itself: „Ab
# Dezember Weihnachtsbaumverkauf“)
_SALES = r"(?:\w*(?:karten|ticket)(?:vor)?verkauf|vorverkauf)"
_IN_MONTH = r"(?:ab|im|from)\s+(?:(?:anfang|mitte|ende)\s+)?(?:" + MONTH_ALT + r")\b"
_SALES_IN_MONTH = lazy_re.compile(
    r"\b" + _IN_MONTH + r"\.?(?:\s+(?:19|20)\d{2})?\s*[:,–-]?\s*" + _SALES + r"\b"
    r"|\b"
    + _SALES
    + r"\b[^.!?;\d]{0,30}?\b"
    + _IN_MONTH
    + r"|\b(?:\w*karten|tickets?)\b[^.!?;\d]{0,40}?\b(?:gibt\s+es|gibt's|sind|erhältlich)\s+(?:\w+\s+)?"
    + _IN_MONTH,
    FLAGS,
)


def month_beside_no_event(text: str) -> bool:
    """Whether every sentence of ``text`` that names a month names it beside something that is no
    event held in it: a deed before an occasion in it, a page's availability, a thank-you, dues
    drawn, ticket sales opening."""
    if not any(map(text.__contains__, _HINTS)):
        return False
    naming = [part for part in _SENTENCE_END.split(text) if _MONTH.search(part)]
    return bool(naming) and all(
        _BEFORE_OCCASION_IN.search(part)
        or _PAGE_AVAILABLE.search(part)
        or _THANKS.search(part)
        or _DUES_COLLECTED.search(part)
        or _SALES_IN_MONTH.search(part)
        for part in naming
    )
