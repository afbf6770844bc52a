"""A German day written as a spoken ordinal in digits („am Sonntag den 11ten Januar 2026“, „der
1te Mai“, „zum 21sten Juni“): the number with the ending of the word read aloud („elften“)
instead of the dot. The ending hides the day, so the month alone was read; with the dot,
„11. Januar 2026“ is read as any German day is. Likewise the ordinal written out as a word, „Den
Anfang machten die Motorsportfreunde … am dritten Juli“: „3. Juli“. Without a month, a spoken
ordinal counts as a day only right after its weekday and „den“ („Diesen Monat wird am Sonntag den
16ten das Monatstreffen … stattfinden“, round 271): „am Sonntag den 16.“."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT

# The endings a German ordinal takes („1te“, „2ten“, „3ter“, „4tem“, „20sten“, „1stes“), only
# before a month name: „zum 2ten Mal“ and „die 3te Klasse“ name no day.
_SPOKEN_ORDINAL_DAY = lazy_re.compile(
    rf"(?<![\d.,:])(?P<d>[12]?\d|3[01])(?:s?te[nmrs]?)\s+(?=(?:{MONTH_ALT})\b)",
    FLAGS,
)

# „am Sonntag den 16ten“: no month after it, but its weekday and „den“ before it say it is a day
# („den 3ten Platz“ without a weekday stays a rank)
_WEEKDAY_SPOKEN_ORDINAL = lazy_re.compile(
    rf"(?P<pre>\b(?:{WEEKDAY_FULL_ALT})\s*,?\s+(?:den|dem)\s+)(?P<d>[12]?\d|3[01])s?te[nmrs]?\b",
    FLAGS,
)


_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
#: The ordinals' stems, 1 to 31, as their words are spelt before the ending.
_ORDINAL_STEMS: dict[str, int] = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13,
    "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18,
    "neunzehnt": 19, "zwanzigst": 20, "dreißigst": 30, "einunddreißigst": 31,
}  # fmt: skip
_ORDINAL_STEMS.update({f"{unit}undzwanzigst": 21 + n for n, unit in enumerate(_UNITS)})
# „am dritten Juli“, „zum ersten Mai“: the ordinal's word with its ending before a month name (not
# a compound's first part, „die ersten Juli-Tage“).
# (nor a range's end, „Vom vierten bis zum siebten Mai“: ``when_clean`` reads both words)
_WORD_ORDINAL_DAY = lazy_re.compile(
    r"(?<!\bbis\s)(?<!\bbis\szum\s)(?<!\bund\s)\b(?P<w>"
    + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True))
    + r")e[nmrs]?\s+"
    rf"(?=(?:{MONTH_ALT})\b(?!-))",
    FLAGS,
)


def spoken_ordinal_days_dotted(text: str) -> str:
    """``text`` with each day written „11ten“ or „dritten“ before a month name as „11.“, „3.“."""
    if "te" in text:
        text = _SPOKEN_ORDINAL_DAY.sub(r"\g<d>. ", text)
        text = _WEEKDAY_SPOKEN_ORDINAL.sub(r"\g<pre>\g<d>.", text)
    if "en " in text or "er " in text or "em " in text or "es " in text or "e " in text:
        text = _WORD_ORDINAL_DAY.sub(lambda found: f"{_ORDINAL_STEMS[found['w'].lower()]}. ", text)
    return text
