"""The words German and English pages use for dates, as data: the grammar in ``when.py`` and
``when_recurrence.py`` only joins them into patterns. Adding a language is adding words here."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


class WordTable(dict[str, int]):
    """A table of date words looked up by the text a case-insensitive pattern matched.

    Such a pattern matches "MAİ" or "ſamstag" (İ, ı and ſ fold to plain letters), but
    ``str.lower`` keeps them apart ("mai̇"), so a plain lookup raised KeyError on that page.
    A miss retries with those letters folded; a word still unknown raises KeyError as before.
    """

    def __missing__(self, word: str) -> int:
        folded = fold_letters(word)
        if folded != word and folded in self:
            return self[folded]
        raise KeyError(word)


def fold_letters(word: str) -> str:
    """``word`` lower-cased with İ, ı and ſ written as the plain letters a pattern saw."""
    return word.casefold().replace("\u0307", "").replace("\u0131", "i")


# ("am Wochenende des 17. und 18. Septembers", "des 27. und 28. Aprils": a month's genitive)
MONTHS: WordTable = WordTable({
    "januar": 1, "januars": 1, "jänner": 1, "jaenner": 1, "januer": 1, "jan": 1, "january": 1,
    # („CAR-Symposium - Febraury 4, 2015 in Bochum, Germany“: a misspelt February)
    "februar": 2, "februars": 2, "feber": 2, "feb": 2, "febr": 2, "february": 2, "febraury": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "mar": 3, "march": 3,
    "april": 4, "aprils": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "augusts": 8, "aug": 8,
    "september": 9, "septembers": 9, "sept": 9, "sep": 9,
    "oktober": 10, "oktobers": 10, "okt": 10, "october": 10, "oct": 10,
    # ("His presentation was given, 3rd Novenber 2023": a misspelt November)
    "november": 11, "novembers": 11, "novenber": 11, "nov": 11,
    "dezember": 12, "dezembers": 12, "dez": 12, "december": 12, "dec": 12,
})  # fmt: skip

#: The German weekdays as a page writes them („Sonnabend“ beside „Samstag“): the patterns that
#: read German weekdays only („Wir treffen uns am Montag“: a day, not a place) join these.
GERMAN_WEEKDAYS: dict[str, int] = {
    "Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4,
    "Samstag": 5, "Sonnabend": 5, "Sonntag": 6,
}  # fmt: skip
GERMAN_WEEKDAY_ALT = "|".join(GERMAN_WEEKDAYS)

WEEKDAYS: WordTable = WordTable({
    **{word.lower(): day for word, day in GERMAN_WEEKDAYS.items()},
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
})  # fmt: skip

WEEKDAY_ABBREVIATIONS: WordTable = WordTable({
    **WEEKDAYS,
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
    "mon": 0, "tu": 1, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4,
    "sat": 5, "sun": 6,
})  # fmt: skip

#: "mittwochs", "dienstags": a weekday that recurs (German adverbs only; English uses "every").
WEEKDAY_ADVERBS: WordTable = WordTable({
    "montags": 0, "dienstags": 1, "mittwochs": 2, "donnerstags": 3, "freitags": 4,
    "samstags": 5, "sonnabends": 5, "sonntags": 6,
    "mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4,
    "saturdays": 5, "sundays": 6,
    # "treffen wir uns also allsonntäglich um 11:00 Uhr": every such day
    "allmontäglich": 0, "alldienstäglich": 1, "allmittwöchlich": 2, "alldonnerstäglich": 3,
    "allfreitäglich": 4, "allsamstäglich": 5, "allsonnabendlich": 5, "allsonntäglich": 6,
})  # fmt: skip

#: RFC 5545 BYDAY codes by Python weekday number.
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

ORDINALS: WordTable = WordTable({
    "ersten": 1, "erste": 1, "erster": 1, "1.": 1, "first": 1, "1st": 1,
    "zweiten": 2, "zweite": 2, "zweiter": 2, "2.": 2, "second": 2, "2nd": 2,
    "dritten": 3, "dritte": 3, "dritter": 3, "3.": 3, "third": 3, "3rd": 3,
    "vierten": 4, "vierte": 4, "vierter": 4, "4.": 4, "fourth": 4, "4th": 4,
    "fünften": 5, "fünfte": 5, "fünfter": 5, "5.": 5, "fifth": 5, "5th": 5,
    "letzten": -1, "letzte": -1, "letzter": -1, "last": -1,
})  # fmt: skip

#: Words for a day relative to the reference day, by offset in days.
RELATIVE_DAYS: WordTable = WordTable({
    "heute": 0, "today": 0, "tonight": 0, "heute abend": 0,
    "morgen": 1, "tomorrow": 1,
    "übermorgen": 2, "uebermorgen": 2,
})  # fmt: skip

#: "am heutigen Samstag", "am morgigen Sonntag": unambiguous in prose of any length.
RELATIVE_ADJECTIVES: WordTable = WordTable({
    "heutigen": 0, "morgigen": 1, "übermorgigen": 2, "uebermorgigen": 2,
    # "Am gestrigen Dienstag stand die Jahreshauptversammlung … an": yesterday
    "gestrigen": -1, "vorgestrigen": -2,
})  # fmt: skip

SEASONS: dict[str, str] = {
    "frühjahr": "spring", "frühling": "spring", "fruehjahr": "spring", "spring": "spring",
    "sommer": "summer", "summer": "summer",
    "herbst": "autumn", "autumn": "autumn", "fall": "autumn",
    "winter": "winter",
}  # fmt: skip

#: Words only English texts use around dates: a page or text with them writes 09/07/23 as M/D/Y.
ENGLISH_CUES = frozenset(
    {
        "january", "february", "march", "may", "june", "july", "october", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "pm", "a.m.", "p.m.", "at", "from", "to", "through", "until", "noon", "meeting",
        "the", "of", "and", "on",
    }
)  # fmt: skip

#: Words only German texts use around dates: such a text writes 09/07/23 as D/M/Y.
GERMAN_CUES = frozenset(
    {
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "mo", "di", "mi", "do", "fr", "sa", "so", "uhr", "bis", "vom", "ab", "und", "von",
        "termin", "datum", "beginn", "ende", "der", "die", "das", "des", "dem", "den", "im",
        "zum", "zur", "sitzung", "tagesordnung", "veranstaltung", "mittags", "abends",
    }
)  # fmt: skip


def alternation(words: dict[str, int] | dict[str, str] | frozenset[str]) -> str:
    """A regex alternation of the words, longest first so "mär" never shadows "märz"."""
    return "|".join(sorted(words, key=len, reverse=True))


def optional_weekday(*articles: str) -> str:
    """A regex for the weekday that may stand before a day ("Mi. ", "Freitag, "), with one of
    the ``articles`` after it ("Montag, den "): every place that looks back from a date past
    its weekday writes it this way."""
    article = "(?:" + "|".join(rf"{word}\s+" for word in articles) + ")?" if articles else ""
    return r"(?:(?:" + alternation(WEEKDAY_ABBREVIATIONS) + r")\.?,?\s*" + article + ")?"


# Letters an IGNORECASE pattern matches to a plain letter although ``str.lower`` does not map
# them to it (computed over all of Unicode for a-z, ä, ö, ü, ß): a text holding one gets no
# substring pre-check, so a pre-check never skips a pattern that would have matched.
_FOLD_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


@lru_cache(maxsize=128)  # one parse asks for the same text's lower case several times
def lowered_for_cues(text: str) -> str | None:
    """``text.lower()`` for cheap ``in`` tests that decide whether a case-insensitive pattern
    can match at all (a date text names no month, no rule word, …: its patterns are skipped);
    None when such a test could be wrong (see ``_FOLD_EXCEPTIONS``): run every pattern then."""
    if not text.isascii() and any(map(text.__contains__, _FOLD_EXCEPTIONS)):
        return None
    return text.lower()


def has_any(lowered: str | None, pieces: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern needing one of ``pieces`` (lower case) may match:
    True when the text could not be lowered safely."""
    return lowered is None or any(map(lowered.__contains__, pieces))


#: The first three letters of every month word: each month pattern needs one of them.
MONTH_STEMS: tuple[str, ...] = tuple(sorted({word[:3] for word in MONTHS}))


def full_year(two_digits: str, reference: date) -> int:
    """ "12.10.99", "19. März '27": a two-digit year in the century that puts it nearest the
    page's day ("99" read in 2026 is 1999, not 2099; "49" is 2049, 23 years ahead, not 1949)."""
    short = int(two_digits)
    century = reference.year // 100 * 100
    candidates = (century - 100 + short, century + short, century + 100 + short)
    return min(candidates, key=lambda year: (abs(year - reference.year), year))
