"""Clock times beside a date: ``9:30–16:00 Uhr``, ``ab 14 Uhr``, ``von 9:00 bis ca. 10:30 Uhr``,
``zwischen 17 und 20 Uhr``, ``15.30 Uhr Bücherei bis 17.30 Uhr``,
``ab 09:30 Uhr / bis 22:00 Uhr``, ``bis max. 20 Uhr``, ``3:00 p.m.``, ``10am–2pm`` (``noon`` is
cleaned to 12:00 p.m. before, and spoken clocks such as "Viertel vor Elf", "halb acht abends",
"um elf Uhr", and "18 Uhr 30" to digits by ``spoken_clock``). A time alone is never a date: these functions run on text whose dates are blanked."""

from __future__ import annotations

import re
from datetime import time

from netdir import lazy_re
from netdir.normalize.when_begin_cells import begin_cell_clock
from netdir.normalize.when_evening_clocks import evening_clocks
from netdir.normalize.when_grammar import AM_PM
from netdir.normalize.when_order import looks_english, looks_german
from netdir.normalize.when_value import blank
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, has_any, lowered_for_cues

_FLAGS = re.IGNORECASE
_TIME = r"(?P<{h}>\d{{1,2}})(?:[:.](?P<{mi}>\d{{2}}))?"
_ABOUT = (
    # "bis max. 20 Uhr", "(bis voraussichtlich 20:30 Uhr)"
    r"(?:(?:ca\.?|circa|etwa|gegen|approx\.?|max\.?|maximal|längstens|voraussichtlich)\s*)?"
)
TIME_RANGE = lazy_re.compile(
    # (never from a code's last digit: "Elternabend 11Ph2 - 20.08.24 18:30 Uhr")
    r"(?<![\d.:])(?<!\d[^\W\d_])(?<!\d[^\W\d_]{2})" + _TIME.format(h="h1", mi="m1") + r"\s*(?P<u1>uhr|h)?\s*(?:-|\.{2,3}|…|bis|to|until)\s*"
    # (two or three dots join them as a dash does: minutes' "19:30 .. 21:30", "19:30…21:30")
    # (after "Uhr" an "am" is German: "von 10-11 Uhr am Rathaus")
    # (a colon before a space may follow the end: „17:00 - 18:30: Christos …“, a tutor's slot and
    # name; a colon before a digit runs on into a longer clock)
    + _ABOUT + _TIME.format(h="h2", mi="m2") + r"(?:\.?\s*(?P<u2>uhr|h\b)|(?!\d|:(?!\s)|\.\d)(?!\s*(?:" + AM_PM + ")))",
    _FLAGS,
)  # fmt: skip
# The end's "Uhr" may close a sentence ("10-12 Uhr.") or follow a stray dot ("18-21. Uhr"); a
# bare end hour must not run on into a date or a decimal ("10-12.03.2027").
# "ab 09:30 Uhr / bis 22:00 Uhr", "Beginn 18 Uhr, Ende ca. 21 Uhr": start and end apart ("from
# 0000 UTC through 2359 UTC", the clocks run together until ``clean_date_text``).
_FROM_UNTIL = lazy_re.compile(
    # ("⏰ Treffen 10:00 🏑 Spielen bis ca. 15:00": a meeting time, then the end)
    r"\b(?:ab|von|from|beginn|start|einlass|treffen|treffpunkt)\s*:?\s*" + _TIME.format(h="h1", mi="m1")
    + r"\s*(?P<u1>uhr|h\b)?[^\d]{0,25}?\b(?:bis|until|through|ende|end)\s*:?\s*"
    # "Anreise Freitag ab 19 Uhr, Ende Sonntag ca. 15 Uhr": a weekend course's end on its last day
    + rf"(?:(?P<ewd>{GERMAN_WEEKDAY_ALT})\w*\s+)?"
    + _ABOUT + _TIME.format(h="h2", mi="m2") + r"\s*(?P<u2>uhr|h\b)?(?![\d.])",
    _FLAGS,
)  # fmt: skip
# "15.30 Uhr Bücherei bis 17.30 Uhr geöffnet": two clocks with "Uhr", a few words between,
# the second after "bis" — unless those words are a deadline's ("Anmeldung bis 12 Uhr").
_CLOCK_UNTIL_CLOCK = lazy_re.compile(
    r"(?<![\d.:])" + _TIME.format(h="h1", mi="m1") + r"\s*uhr\b(?P<between>[^\d]{1,25}?)\bbis\s+"
    + _ABOUT + _TIME.format(h="h2", mi="m2") + r"\s*uhr\b",
    _FLAGS,
)  # fmt: skip
# "zwischen 17 und 20 Uhr", "between 5 and 8 p.m.": "und" joins two clocks into a range only
# after "zwischen"/"between" ("Führungen um 14 und 16 Uhr" are two start times).
_RUN_TOGETHER_RANGE = lazy_re.compile(
    r"(?<![\d.:])(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)\s*[-–]\s*(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
    r"(?![\d:])"
)
_BETWEEN = lazy_re.compile(
    r"\b(?:zwischen|between)\s+" + _TIME.format(h="h1", mi="m1") + r"\s*(?P<u1>uhr|h\b)?\s*"
    r"(?P<ap1>" + AM_PM + r")?\s*(?:und|and)\s+" + _TIME.format(h="h2", mi="m2")
    + r"\s*(?:(?P<u2>uhr|h\b)|(?P<ap2>" + AM_PM + r")(?!\w))?",
    _FLAGS,
)  # fmt: skip
# "Führungen um 14 und 16 Uhr": two start times share one "Uhr"; the first is the start.
_CLOCK_LIST = lazy_re.compile(
    # "um 15.00 und um 19.00 Uhr" (not a team's age class: "(U12, 10:15 Uhr)"); "drei Führungen
    # – um 10, 14 und 16 Uhr": more than two
    r"(?<![\w.:])" + _TIME.format(h="h", mi="mi") + r"(?:\s*(?:und|oder|sowie|,|&)\s*(?:um\s+)?"
    r"\d{1,2}(?:[:.]\d{2})?){1,4}\s*uhr\b",
    _FLAGS,
)
# "10.00 Uhr Gottesdienst; 11.00 Uhr bis 16.00 Uhr Verkauf": a day's programme whose first item,
# a clock and its name, comes before the range (not "bis 9 Uhr Anmeldung; 10-12 Uhr Kurs").
_PROGRAMME_ITEM_BEFORE = lazy_re.compile(
    r"(?<![\d.:])(?<!bis\s)(?<!until\s)(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*uhr\s+"
    r"(?-i:[A-ZÄÖÜ])[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*[;,]\s*$",
    _FLAGS,
)
_DEADLINE_BETWEEN = lazy_re.compile(r"anmeld|frist|schluss|einlass|kasse|abgabe|spätestens", _FLAGS)
# "6.30 – 8.00 p.m.": British dotted minutes before a spaced marker (a German "am" after them
# is the preposition: ``_german_am``).
_AMPM_RANGE = lazy_re.compile(
    r"(?<![\d.:])(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?\s*(?P<ap1>" + AM_PM + r")?\s*(?:-|to|until)\s*"
    r"(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?\s*(?P<ap2>" + AM_PM + r")(?!\w)",
    _FLAGS,
)  # fmt: skip
_AMPM_FIRST_RANGE = lazy_re.compile(
    r"(?<![\d.:])(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?\s*(?P<ap1>[ap]m|[ap]\.m\.)\s*-\s*"
    r"(?P<h2>\d{1,2})[:.](?P<m2>\d{2})(?![\d:.]|\s*(?:" + AM_PM + r"|uhr)\b)",
    _FLAGS,
)
_TIME_SINGLE = lazy_re.compile(
    r"(?<![\d.:])(?:(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?:uhr|h\b)|(?P<hc>\d{1,2}):(?P<mc>\d{2})"
    # "Beginn ist um 20.Uhr": a stray dot glued to its "Uhr"
    r"|(?P<hu>\d{1,2})(?:\.(?=uhr\b))?\s*uhr|(?P<hh>\d{1,2})h(?P<mh>\d{2})?\b"
    # "Am 22. Januar um 15 h", "am 28.06.2015 ab 11 h": a spaced "h" is the hour's unit after "um"
    # or "ab" ("24 h geöffnet", "2 h Fahrt" stay durations)
    r"|(?<=\bum\s|\bab\s)(?P<hs>\d{1,2})\s+h\b(?!\.\w)"
    # "Am Samstag von 14 - open end Uhr": an open end between the hour and its "Uhr"
    r"|(?P<ho>\d{1,2})\s*[-–]\s*open[\s-]*end\s+uhr\b"
    r"|(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*uhr)",  # "1900 Uhr": hours and minutes run together
    _FLAGS,
)
# British pages write "7.30pm", "07.45PM", "7.30 p.m.": a dot before the minutes only when the
# a.m./p.m. follows at once or, spaced, is no bare "am" (German "3.10 am Markt" is a day and a
# preposition, not 03:10). Hand-typed listings put a colon before it too ("8:30:PM", "8:PM").
_TIME_AMPM = lazy_re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})(?::(?P<mi>\d{2})|\.(?P<md>[0-5]\d)(?=[ap]\.?m|\s(?:p\.?m|a\.m)))?"
    r"(?::(?=[ap]\.?m))?\s*(?P<ap>" + AM_PM + r")(?!\w)",
    _FLAGS,
)
# "at 6:30 or 7 pm", "at 6 or 7 pm": one of two hours, the mark after the second.
_AMPM_EITHER = lazy_re.compile(
    r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s+or\s+(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*"
    r"(?P<ap>" + AM_PM + r")(?!\w)",
    _FLAGS,
)
_CLOSES_AT = lazy_re.compile(
    r"\b(?:closes|ends|runs\s+until|runs\s+till)\s+(?:at\s+)?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*"
    r"(?P<ap>" + AM_PM + r")(?!\w)",
    _FLAGS,
)
_DIGIT = lazy_re.compile(r"\d")
_AMPM_PIECES = ("am", "a.m", "pm", "p.m")  # what ``AM_PM`` needs (unspaced)
# ("Next Sunday, 23rd June: Mass at 10.30.": the sentence's full stop may follow it)
_DOTTED_TIME = lazy_re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?!\d|\.\d)")
# "Aufbau ist um 15 Uhr, eröffnet wird um 17 Uhr": the sellers' setting-up time is no more the
# event's than the doors'.
_DOORS = lazy_re.compile(
    # ("Der Einlass erfolgt ab 18:00 Uhr, Beginn ist um 19:30 Uhr")
    # ("Friday 21st June 7.45 (bar opens at 7pm)": the bar's clock, as the doors')
    # ("Akkreditierung ab 9 Uhr Beginn ab 10 Uhr": a conference's check-in, as the doors')
    # ("Die Einschreibung beginnt am Sonntag ab 9 Uhr, Start ist um 10 Uhr": a trial's check-in on
    # the day, its weekday between)
    # (not „letzter Einlass 17 Uhr“: the last admission closes the day, it opens nothing)
    r"\b(?<!letzter\s)(?<!letzte\s)(?<!last\s)"
    r"(?:einlass|doors(?:\s+open)?|aufbau|bar\s+opens|akkreditierung|check-?in|einschreibung)"
    r"\s*:?\s*(?:ist\s+|beginnt\s+|erfolgt\s+|startet\s+)?"
    rf"(?:am\s+(?:(?:{GERMAN_WEEKDAY_ALT})\s+)?)?"
    r"(?:ab\s+|at\s+|um\s+)?"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h\b|[ap]\.?m\b\.?)?"
    # ("Bahnhofsfest (Aufbau ab 10:00 Uhr bis 22:00 Uhr)": the setting-up hours' end with them)
    r"(?:\s*(?:bis|-)\s*\d{1,2}(?:[:.]\d{2})?\s*uhr\b)?"
    # ("7p sharp ... 6:30 early arrivals and setup": the helpers' clock, as the doors')
    r"|(?<![\d:.])\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?\s*)?early\s+arrivals?\b"
    # ("23. November 2018 - 14 Uhr Aufbau - 17 Uhr Anfang - 21 Uhr Ende" (round 314): the clock
    # before its label, as a programme's lines write it — not a range's end before a label with
    # a clock of its own, „13 - 17 Uhr Akkreditierung ab 12 Uhr“)
    r"|(?<![\d:.])(?<!\d-)(?<!\d\s-)(?<!\d-\s)(?<!\d\s-\s)(?<!\d–)(?<!\d\s–)(?<!\d–\s)"
    r"(?<!\d\s–\s)(?<!\d\sbis\s)\d{1,2}(?:[:.]\d{2})?\s*uhr\s*:?\s*"
    r"(?:einlass|aufbau|akkreditierung)\b"
    r"(?!\s*:?\s*(?:(?:ist|beginnt|erfolgt|startet|jeweils)\s+)*(?:ab|um|at)\s+\d)"
    # ("Wir treffen uns … um 17:50 Uhr am Marktplatz, um dann pünktlich um 18:00 Uhr …
    # aufzubrechen": where the group gathers before it sets off, as the doors')
    r"|\bum\s+\d{1,2}(?:[:.]\d{2})?\s*uhr\b(?=[^.!?;]{0,60}?,\s*um\s+(?:dann\s+)?"
    r"(?:pünktlich\s+)?um\s+\d)",
    _FLAGS,
)
_HOUR_WORDS = {
    "eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}  # fmt: skip
_HOUR = r"(?P<n>" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) + r"|1[0-2]|0?[1-9])"
# "um Viertel vor Elf", "halb acht", "Viertel nach 7", "dreiviertel acht", "um elf Uhr": the
# clock as spoken, rewritten as digits before the patterns above read it.
# („um halb vier“ is half past three in the afternoon unless the night's or morning's hours are
# said: „um vier Uhr früh“, „um halb sechs morgens“)
_EARLY = r"\s+(?:früh|morgens|nachts|in\s+der\s+früh|in\s+der\s+nacht)\b"
#: Spoken hours up to this one are the afternoon's when nothing says the morning's.
_LAST_AFTERNOON_HOUR = 6
_SPOKEN_CLOCK = lazy_re.compile(
    r"\b(?:(?P<quarter>dreiviertel|viertel)\s+(?:(?P<dir>vor|nach)\s+)?|(?P<half>halb)\s*)"
    + _HOUR
    + r"\b(?:\s+uhr\b)?(?:(?P<evening>\s+(?:abends|nachmittags))|(?P<early>"
    + _EARLY
    + r"))?"
    r"|\b(?P<word>" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) + r")\s+uhr\b"
    r"(?:(?P<evening2>\s+(?:abends|nachmittags))|(?P<early2>" + _EARLY + r"))?",
    _FLAGS,
)


# "um 18 Uhr 30" (Austrian programmes): the minutes after "Uhr" (not a count of something,
# "14 Uhr 20 Stände", nor a date's day, "18 Uhr 15.3.").
_HOUR_UHR_MINUTES = lazy_re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\s+uhr\s+(?P<m>[0-5][05])(?![\d.,:])"
    r"(?!\s*(?:min|minuten|euro|eur|€|%|personen|teilnehm|leute|jahre|stände|plätze|uhr)\b)",
    _FLAGS,
)
_SPOKEN_PIECES = ("viertel", "halb ", *(f"{word} uhr" for word in _HOUR_WORDS))
_SPOKEN_GATE = ("iertel", "alb ", " uhr")  # one of them is in every spoken clock


# „um „5 vor 12““, "um zehn vor acht": minutes before a full hour, after "um" (alone, „es ist fünf
# vor zwölf“ is a saying, no clock).
_MINUTES_BEFORE = lazy_re.compile(
    r"\bum\s+[„\"'“]?(?P<mi>[1-9]|1\d|2[0-9]|fünf|zehn|zwanzig)\s+(?:minuten\s+)?vor\s+"
    + _HOUR.replace("?P<n>", "?P<h>")
    + r"\b[“\"'”]?",
    _FLAGS,
)
_MINUTE_WORDS = {"fünf": 5, "zehn": 10, "zwanzig": 20}
# "von 18:00 bis Mitternacht": midnight as a range's end after a clock is 24:00 (read as the last
# minute of the day, as "bis 24 Uhr"; "Anmeldung bis Mitternacht" alone stays a deadline's word).
_UNTIL_MIDNIGHT = lazy_re.compile(
    r"(?<=\d)(?P<gap>(?:\s*uhr)?\s+)bis\s+(?:(?:ca\.|circa|etwa)\s+)?mitternacht\b", _FLAGS
)


def _minutes_before_as_digits(match: re.Match[str]) -> str:
    hour_word, minute_word = match["h"].lower(), match["mi"].lower()
    hour = _HOUR_WORDS.get(hour_word) or int(hour_word)
    minutes = _MINUTE_WORDS.get(minute_word) or int(minute_word)
    return f"um {(hour - 1) % 12 or 12}:{60 - minutes:02d} Uhr"


def _spoken_hour_words(text: str, lowered: str | None) -> str:
    """``text`` with minutes before an hour and midnight as a range's end in digits."""
    if lowered is None or " vor " in lowered:
        text = _MINUTES_BEFORE.sub(_minutes_before_as_digits, text)
    if lowered is None or "mitternacht" in lowered:
        text = _UNTIL_MIDNIGHT.sub(r"\g<gap>bis 24:00 Uhr", text)
    return text


def spoken_clock(text: str) -> str:
    """``text`` with spoken clock times as digits ("Viertel vor Elf" → "10:45 Uhr")."""
    lowered = lowered_for_cues(text)
    text = _spoken_hour_words(text, lowered)
    text = evening_clocks(text, lowered)  # „ab 6 Uhr abends“: 18 Uhr
    if lowered is not None and not any(map(lowered.__contains__, _SPOKEN_GATE)):
        return text  # most texts: three substring tests, no pattern
    if lowered is None or " uhr " in lowered:
        text = _HOUR_UHR_MINUTES.sub(r"\g<h>:\g<m> Uhr", text)
    if not has_any(lowered, _SPOKEN_PIECES):
        return text
    return _SPOKEN_CLOCK.sub(_spoken_as_digits, text)


# „am Samstag Morgen kurz nach halb sieben“, „Samstag Abend (31.5.2025) um kurz vor halb neun“
# (round 294, a fire brigade's reports): the part of the day said shortly before the spoken clock,
# in its clause, tells the morning's or the evening's hours.
_MORNING_BEFORE = lazy_re.compile(
    r"(?:tag|woch)\s*morgens?\b|\b(?:am|heute|jeden|diesen)\s+morgen\b|\bmorgens\b|\bfrüh\b"
    r"|vormittags?\b",
    _FLAGS,
)
_EVENING_BEFORE = lazy_re.compile(r"abends?\b|nachmittags?\b", _FLAGS)
_CLAUSE_END = lazy_re.compile(r"[!?;]|\.\s")
#: How far before a spoken clock its part of the day may be said.
_PART_OF_DAY_REACH = 40


def _part_of_day_before(match: re.Match[str]) -> str | None:
    """„morning“ or „evening“ when said shortly before the spoken clock in its clause."""
    window = match.string[max(0, match.start() - _PART_OF_DAY_REACH) : match.start()]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    if _EVENING_BEFORE.search(window) is not None:
        return "evening"
    if _MORNING_BEFORE.search(window) is not None:
        return "morning"
    return None


def _spoken_as_digits(match: re.Match[str]) -> str:
    word = match["n"] or match["word"]
    hour = _HOUR_WORDS[word.lower()] if word.lower() in _HOUR_WORDS else int(word)
    minute = 0
    if match["half"]:
        hour, minute = hour - 1, 30
    elif match["quarter"]:
        quarter, direction = match["quarter"].lower(), (match["dir"] or "").lower()
        if direction == "nach":
            minute = 15
        elif direction == "vor" or quarter == "dreiviertel":
            hour, minute = hour - 1, 45
        else:  # "viertel acht" (eastern German): a quarter of the way to eight
            hour, minute = hour - 1, 15
    hour = hour or 12  # "halb eins": half past twelve
    said = _part_of_day_before(match) if match["half"] or match["quarter"] else None
    if (match["evening"] or match["evening2"] or said == "evening") and hour < 12:
        hour += 12
    elif (
        1 <= hour <= _LAST_AFTERNOON_HOUR
        and not (match["early"] or match["early2"])
        and said != "morning"
    ):
        hour += 12  # „um halb vier einen Termin“ (round 286): 15:30
    return f"{hour}:{minute:02d} Uhr"


NOON = lazy_re.compile(r"\b(?:(?:12\s+)?noon|mittags?\s+12\s+uhr)\b", _FLAGS)  # "until 12 noon"


# "Treffpunkt 13.00 Uhr", "Treffpunkt in der Kirche 15.45 Uhr": a meeting point's clock.
_MEETING_CLOCK = lazy_re.compile(
    r"\btreffpunkt\b[^\d.!?;]{0,30}?(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*uhr\b", _FLAGS
)


def find_times(text: str, *, english: bool = False) -> tuple[time, time | None] | None:
    """The first time range or single time in a text whose dates were blanked out; the doors'
    time ("Einlass 18:30 Uhr, Beginn 19 Uhr") only when no other time is given; an outing's
    return ("um 9.50 Uhr am Pfarrhaus, zurück sind wir ca. 17.30 Uhr") is its end."""
    if "|" in text and ("eginn" in text or "EGINN" in text):
        # "17:00 Aufbau | 19:00 Beginn | 21:00 – 22:00 Tutorial": the programme's „Beginn“ cell
        # starts it (``when_begin_cells``)
        begun = begin_cell_clock(text)
        if begun is not None:
            first = _find_times(text, english)
            if first is None or first[0] != begun:
                return begun, None
    if "statt" in text:
        # "aber statt um 10 Uhr fangen wir erst um 16 Uhr an": the clock replaced is no start
        text = _REPLACED_CLOCK.sub(lambda found: " " * len(found[0]), text)
    back = _RETURN_CLOCK.search(text) if "ück" in text or "ÜCK" in text else None
    if back is not None:
        # "ABFAHRT: 05:15 Uhr … RÜCKFAHRT: 18:00-18:30 Uhr": the return (a window: back by its
        # end) is the trip's end, never its start (round 159)
        found = _find_times(blank(text, [back.span()]), english) or _find_times(text, english)
        returned = clock(back["h2"] or back["h"], back["m2"] if back["h2"] else back["mi"])
    else:
        found, returned = _find_times(text, english), None
    if found is not None and found[1] is not None and "reff" in text:
        # "Jubiliarenkonzert. Treffpunkt 13.00 Uhr. Konzert und Ehrung 13.30–17.00 Uhr": the
        # meeting point's clock before the programme's range starts the day's part (as it starts
        # an outing), the range's end ends it
        meeting = _MEETING_CLOCK.search(text)
        if meeting is not None and _DIGIT.search(text, 0, meeting.start()) is None:
            met = clock(meeting["h"], meeting["mi"])
            if met is not None and met < found[0]:
                return met, found[1]
    if found is None or found[1] is not None:
        return found
    end = returned or _later_end(text)
    return (found[0], end) if end is not None and end > found[0] else found


def _later_end(text: str) -> time | None:
    """An end told apart from the start: a later sentence's "Bis 20 Uhr …" or "Gegen 18 Uhr
    endet …" (a length, "für zwei Stunden", states no end: round 72); a trip's return is read in
    ``find_times``."""
    if (
        "is " in text
        or "endet" in text
        or "inish" in text
        or "end" in text
        or "Ende" in text
        or "vorbei" in text
        or "verbii" in text
    ) and (ending := _LATER_END.search(text)) is not None:
        return clock(
            ending["h"]
            or ending["h2"]
            or ending["h3"]
            or ending["h4"]
            or ending["h5"]
            or ending["h6"]
            or ending["h7"]
            or ending["h8"],
            ending["mi"]
            or ending["m2"]
            or ending["m3"]
            or ending["m4"]
            or ending["m5"]
            or ending["m6"]
            or ending["m7"]
            or ending["m8"],
        )
    return None


# "Am Freitag, 28. November, 16 Uhr, wird … das Lichterfest eröffnet. Bis 20 Uhr laden die
# Einzelhändler … zum Bummel ein", "lädt um 15:00 Uhr … ein. Gegen 18 Uhr endet diese …
# Ausstellung": the end in a sentence of its own (a sentence opening with "Bis", not a
# deadline's "Anmeldung bis 12 Uhr").
_LATER_END = lazy_re.compile(
    r"[.!?]\s+Bis\s+(?:ca\.\s*|etwa\s+|gegen\s+)?(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*Uhr\b"
    r"|\b(?:Gegen|Um|gegen|um)\s+(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?\s*Uhr\s+endet\b"
    # "tuesday | 15:30 | Siegen (bis 18:00) …", "(Bis 13:00)": a bracket holding only the end
    r"|\(\s*[Bb]is\s+(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)(?:\s*Uhr)?\s*\)"
    # "16.00 Uhr: Kinderschminken … (Ende: 20 Uhr)", "(Ende ca. 17.00 Uhr)": a programme item's
    # end labelled in a bracket of its own (round 197)
    r"|\(\s*(?:Ende|Schluss)\s*:?\s*(?:(?:ca\.|etwa|gegen)\s*)?(?P<h7>[01]?\d|2[0-3])"
    r"(?:[:.](?P<m7>[0-5]\d))?\s*Uhr\s*\)"
    # "will start at 07:30 and finish at 08:30", "The session starts at 07:30 and finishes at
    # 09:00": a 24-hour clock's end told by its verb (round 160)
    r"|\b(?:[Ff]inish(?:es)?|[Ee]nds?)\s+at\s+(?P<h4>[01]?\d|2[0-3])[:.](?P<m4>[0-5]\d)\b"
    r"(?!\s*(?:[AaPp]\.?[Mm]\b|[.:]\d))"
    # "fängt um 17:00 Uhr an und ist spätestens um 23:30 vorbei", „endet gegen 22 Uhr“ (Swiss
    # "isch spötistens um 23:30 verbii"): the end told by "vorbei"/"zu Ende" or "endet"
    r"|\b(?:ist|isch|endet)\s+(?:(?:spätestens|spötistens|ca\.|etwa|gegen|voraussichtlich)\s+)?"
    r"(?:um\s+)?(?P<h5>[01]?\d|2[0-3])(?:[:.](?P<m5>[0-5]\d))?\s*(?:Uhr\b\s*)?"
    r"(?:vorbei|verbii|zu\s+Ende|beendet)\b"
    # ("Der Vortrag beginnt um 19:00 und endet ca. um 20:30.": a colon's clock needs no "Uhr")
    r"|\bendet\s+(?:(?:spätestens|ca\.|etwa|gegen|voraussichtlich)\s+)?(?:um\s+)?"
    r"(?P<h6>[01]?\d|2[0-3])(?:[:.](?P<m6>[0-5]\d))?(?:\s*Uhr\b|(?<=:\d\d)(?![\d:]))"
    # "14 Uhr Aufbau - 17 Uhr Anfang - 21 Uhr Ende" (round 314): the end's clock before its label
    # (not „… Ende der Anmeldung“, a deadline's)
    r"|(?<![\d:.])(?P<h8>[01]?\d|2[0-3])(?:[:.](?P<m8>[0-5]\d))?\s*Uhr\s*:?\s*(?:Ende|Schluss)\b"
    r"(?!\s+(?:der|des|von)\b)"
)
# "statt um 10 Uhr", "anstatt 10 Uhr": a clock given up for another.
_REPLACED_CLOCK = lazy_re.compile(
    r"\b(?:an)?statt\s+(?:um\s+)?\d{1,2}(?:[:.]\d{2})?\s*uhr\b", _FLAGS
)


# "zurück sind wir ca. 17.30 Uhr", "Rückkehr gegen 19 Uhr", "Rückankunft ist für 22.30 Uhr
# vorgesehen": when a trip is back.
_RETURN_CLOCK = lazy_re.compile(
    r"\b(?:zurück(?:\s+(?:sind|ist|sein)\s+(?:wir|\w+))?|rückkehr|rückankunft|rückfahrt)\s*:?\s*"
    r"(?:(?:ist|um|gegen|ca\.?|circa|etwa|für|voraussichtlich)\s*)*"
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?"
    # "RÜCKFAHRT: 18:00-18:30 Uhr": back within a window
    r"(?:\s*(?:-|–|bis)\s*(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?)?\s*uhr\b",
    _FLAGS,
)


def _find_times(text: str, english: bool = False) -> tuple[time, time | None] | None:
    if _DIGIT.search(text) is None:
        return None
    doors = (
        _DOORS.search(text)
        if "inlass" in text
        or "oors" in text
        or "ufbau" in text
        or "bar opens" in text
        or "kkreditierung" in text
        or "inschreibung" in text
        or "heck" in text
        or "arrival" in text
        or ", um " in text
        else None
    )
    if doors is not None:
        without_doors = text[: doors.start()] + " " * len(doors[0]) + text[doors.end() :]
        found = _first_times(without_doors, english)
        if found is not None and not _only_an_ending(without_doors):
            doors_at = _first_times(doors[0], english)
            if (
                doors_at is not None
                and found[1] is None
                and found[0].hour < 12
                and found[0] < doors_at[0] <= found[0].replace(hour=found[0].hour + 12)
            ):
                # "Friday 21st June 7.45 (bar opens at 7pm)": the show starts after the doors
                return found[0].replace(hour=found[0].hour + 12), None
            if doors_at is not None and found[1] is None:
                return _first_of_programme(without_doors, found[0], doors_at[0]), None
            return found
        if found is not None:
            # "Einlass 19 Uhr, Ende 23 Uhr", "Doors open at 7 p.m.; the bar closes at 1 a.m.":
            # the clock left beside the doors' is when it ends, not when it starts.
            opening = _first_times(text, english)
            if opening is not None and opening[1] is None and found[0] > opening[0]:
                return opening[0], found[0]
            return opening
    return _first_times(text, english)


# "Bands: ab 16:30 Uhr Frühschoppen: ab 10:00 Uhr Kinderprogramm: ab 14:00 Uhr": a day's
# programme, item by item, each labelled with the clock it begins at.
_PROGRAMME_ITEM = lazy_re.compile(
    r"(?<![\w:])[^\W\d][\w-]*\s*:\s*ab\s+(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*uhr\b", _FLAGS
)


def _first_of_programme(text: str, first: time, doors: time) -> time:
    """The earliest item of a day's labelled programme that begins once the doors open
    ("Doors Open: 10:00 Uhr Bands: ab 16:30 Uhr Frühschoppen: ab 10:00 Uhr": the Frühschoppen,
    listed after the bands), else ``first``; an item past midnight, before the doors, is none."""
    items = [
        item
        for found in _PROGRAMME_ITEM.finditer(text)
        if (item := clock(found["h"], found["mi"])) is not None
    ]
    opening = [item for item in items if item >= doors]
    if len(items) < 2 or not opening:
        return first
    return min(min(opening), first) if first >= doors else first


# "Ende 23 Uhr", "Schluss gegen 1 Uhr", "the bar closes at 1 a.m.": a clock that only says
# when the evening ends (not "bis", which also joins a range: "Beginn 19 bis 22 Uhr").
_ENDING_CLOCK = lazy_re.compile(
    r"\b(?:ende|schluss|closes|ends)\s*:?\s*(?:at\s+|um\s+|gegen\s+|ca\.\s*)?"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\b|h\b|(?:" + AM_PM + r")(?!\w))?",
    _FLAGS,
)


def _only_an_ending(text: str) -> bool:
    """Whether every clock in ``text`` is one that says when it ends."""
    if _ENDING_CLOCK.search(text) is None:
        return False
    return _first_times(_ENDING_CLOCK.sub(lambda m: " " * len(m[0]), text)) is None


def _first_times(text: str, english: bool = False) -> tuple[time, time | None] | None:
    # What the patterns below need ("a.m."/"pm", "Uhr"): a text without it skips them.
    lowered = lowered_for_cues(text)
    ampm_possible = has_any(lowered, _AMPM_PIECES)
    uhr_possible = has_any(lowered, ("uhr",))
    for match in TIME_RANGE.finditer(text):
        explicit = match["m1"] or match["m2"] or match["u1"] or match["u2"]
        first = clock(match["h1"], match["m1"])
        second = clock(match["h2"], match["m2"])
        if explicit and first is not None and second is not None and _listed_number(text, match):
            continue  # "7:00 Uhr – 2. Ruhige Session": a programme's clock, then its item's number
        if explicit and first is not None and second is not None:
            earlier = (
                _PROGRAMME_ITEM_BEFORE.search(text, 0, match.start()) if uhr_possible else None
            )
            opening = clock(earlier["h"], earlier["mi"]) if earlier is not None else None
            if opening is not None and opening < first:
                return opening, second  # the day's programme starts with the earlier item
            if (
                not (match["u1"] or match["u2"])
                and 1 <= first.hour <= 7
                and first < second
                and second.hour <= 11
                and _evening_english(text, english)
            ):
                # "Club meets on the first Thursday … 6:30 to 8:30": in English prose a range
                # from 1 to 7 without a.m./p.m. is the afternoon's or evening's (as "at 6:30")
                return first.replace(hour=first.hour + 12), second.replace(hour=second.hour + 12)
            if (
                not (match["u1"] or match["u2"])
                and first.hour == 12
                and 1 <= second.hour <= 7
                and _evening_english(text, english)
            ):
                # "Saturday from 12:30 until 3:30": from noon on, an English range's end without
                # p.m. is the afternoon's
                return first, second.replace(hour=second.hour + 12)
            return first, second
    run_together = _RUN_TOGETHER_RANGE.search(text) if "-" in text or "–" in text else None
    if run_together is not None:
        # "Schlüsselrückgabe: Fr., 26. Juni, 1320 - 13:50": hours and minutes run together at
        # the start, the end's colon says they are a clock
        first = clock(run_together["h1"], run_together["m1"])
        second = clock(run_together["h2"], run_together["m2"])
        if first is not None and second is not None and first < second:
            return first, second
    between = _between(text)
    if between is not None:
        return between
    ampm_range = _AMPM_RANGE.search(text) if ampm_possible else None
    if ampm_range is not None and not _german_am(text, ampm_range, "ap2"):
        found = _ampm_pair(ampm_range)
        if found is not None:
            return found
    from_until = _FROM_UNTIL.search(text)
    if from_until is not None:
        first = clock(from_until["h1"], from_until["m1"])
        second = clock(from_until["h2"], from_until["m2"])
        explicit = from_until["m1"] or from_until["u1"]
        if (
            explicit
            and first is not None
            and second is not None
            and (second > first or from_until["ewd"])  # (on another day the end may be earlier)
        ):
            return first, second
    clock_until = _CLOCK_UNTIL_CLOCK.search(text) if uhr_possible else None
    if clock_until is not None and _DEADLINE_BETWEEN.search(clock_until["between"]) is None:
        first = clock(clock_until["h1"], clock_until["m1"])
        second = clock(clock_until["h2"], clock_until["m2"])
        if first is not None and second is not None and second > first:
            return first, second
    marked_first = _AMPM_FIRST_RANGE.search(text) if ampm_possible else None
    if marked_first is not None:
        # "Thursday September 17th 4.00pm - 5.45 Messy Harvest": the end shares the start's mark
        begin = _ampm_clock(marked_first["h1"], marked_first["m1"], marked_first["ap1"])
        finish = _ampm_clock(marked_first["h2"], marked_first["m2"], marked_first["ap1"])
        if begin is not None and finish is not None and finish > begin:
            return begin, finish
    ampm = _TIME_AMPM.search(text) if ampm_possible else None
    either = _AMPM_EITHER.search(text) if ampm is not None and " or " in text else None
    if either is not None and ampm is not None and either.start() <= ampm.start():
        # "on January 20th at 6:30 or 7 pm": two possible hours share the mark; the first
        # (not "from 8 am until …, generally around 2 or 3 pm": an earlier clock states itself)
        first_possible = _ampm_clock(either["h"], either["mi"], either["ap"])
        if first_possible is not None:
            return first_possible, None
    if ampm is not None and not _german_am(text, ampm, "ap"):
        single = _ampm_clock(ampm["h"], ampm["mi"] or ampm["md"], ampm["ap"])
        if single is not None:
            closes = _CLOSES_AT.search(text, ampm.end())
            last = _ampm_clock(closes["h"], closes["mi"], closes["ap"]) if closes else None
            if last is not None and last > single:
                return single, last  # "opens … at 10:30 a.m. on Saturday and closes at 3 p.m."
            return single, None
    listed = _CLOCK_LIST.search(text) if uhr_possible else None
    first_single = _TIME_SINGLE.search(text)
    if listed is not None and (first_single is None or listed.start() <= first_single.start()):
        single = clock(listed["h"], listed["mi"])
        if single is not None:
            return single, None
    for match in _TIME_SINGLE.finditer(text):
        hour = (
            match["h"]
            or match["hc"]
            or match["hu"]
            or match["hh"]
            or match["hs"]
            or match["ho"]
            or match["hm"]
        )
        single = clock(hour, match["mi"] or match["mc"] or match["mh"] or match["mm"])
        if (
            single is not None
            and match["hc"]
            and 1 <= single.hour <= 6
            and _AT_BEFORE.search(text, 0, match.start()) is not None
            and _evening_english(text, english)
        ):
            # "The first Thursday of every month at 6:30, a … group meets": in English prose a
            # clock "at" 1 to 6 without a.m./p.m. is the afternoon's or evening's (a listing's
            # bare "28 Jun 2:30" after midnight shows, a 24-hour clock, stays as written)
            single = single.replace(hour=single.hour + 12)
        if single is not None:
            joined = _DOTTED_JOINED_BEFORE.search(text, 0, match.start())
            if joined is not None and int(joined["mi"]) % 5 == 0:
                # "Freitag, 11.30 und 15:30": a dotted clock joined to the colon one is the
                # first start (round 281)
                return clock(joined["h"], joined["mi"]) or single, None
            return single, None
    # "17.03.2026 19.30": with the date blanked out, a lone H.MM is its time — on the five-minute
    # grid (a version, "Ubuntu 16.04 LTS", is no clock).
    dotted = _DOTTED_TIME.search(text)
    if dotted is not None and int(dotted["mi"]) % 5 == 0:
        single = clock(dotted["h"], dotted["mi"])
        if single is not None:
            return single, None
    return None


_AT_BEFORE = lazy_re.compile(r"\bat\s+$", _FLAGS)
# „11.30 und “ right before a colon clock: an earlier start written with a dot
_DOTTED_JOINED_BEFORE = lazy_re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)\s*(?:uhr\s*)?(?:und|&|,)\s*$", _FLAGS
)
_MORNING = lazy_re.compile(r"\b(?:morning|mornings|breakfast|sunrise|dawn|early)\b", _FLAGS)


# "7:00 Uhr – 2. Ruhige Session": after a dash, a bare number with a dot and a capitalised word
# numbers a programme's item; it is no end hour (an hour earlier than the start would be read as
# the afternoon's).
_ITEM_NUMBER_AFTER = lazy_re.compile(r"\.\s+[A-ZÄÖÜ]")


def _listed_number(text: str, match: re.Match[str]) -> bool:
    """Whether ``match``'s end is an item's number ("– 2. Ruhige Session"), not an hour."""
    if match["m2"] or match["u2"] or not match["m1"]:
        return False
    if int(match["h2"]) >= int(match["h1"]):
        return False
    return _ITEM_NUMBER_AFTER.match(text, match.end()) is not None


def _evening_english(text: str, english: bool = False) -> bool:
    """An English text whose bare H:MM from 1 to 6 is p.m. (no morning word beside it);
    ``english`` when the words that said so were its dates, blanked out before ("September 18,
    6:30 - 7:30, Auditorium")."""
    return (english or looks_english(text)) and _MORNING.search(text) is None


def _between(text: str) -> tuple[time, time] | None:
    if "wischen" not in text and "etween" not in text:
        return None
    # „… sind wir zwischen 12 und 16 Jahre alt: Wir treffen uns … zwischen 18:30 und 20:00 Uhr“
    # (round 311, a scout group's page): the first pair may be ages or counts, not clocks
    for match in _BETWEEN.finditer(text):
        pair = _between_clocks(match)
        if pair is not None:
            return pair
    return None


def _between_clocks(match: re.Match[str]) -> tuple[time, time] | None:
    """The two clocks of one „zwischen … und …“, None when they are no clocks."""
    if match["ap2"]:
        return _ampm_pair(match)
    if not (match["m1"] or match["m2"] or match["u1"] or match["u2"]):
        return None
    first, second = clock(match["h1"], match["m1"]), clock(match["h2"], match["m2"])
    return (first, second) if first is not None and second is not None and second > first else None


def _german_am(text: str, match: re.Match[str], group: str) -> bool:
    """ "OBR 10 am 20.10.2026": in a German text a spaced "am" is the preposition, not a.m."""
    marker = match[group]
    if marker.lower() != "am" or not text[match.start(group) - 1].isspace():
        return False
    return looks_german(text)


def clock(hour: str | None, minute: str | None) -> time | None:
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if h == 24 and m == 0:
        return time(23, 59)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def clock12(hour: str, minute: str | None, ampm: str) -> time | None:
    """ "5:00 pm" → 17:00; None for an hour that is no 12-hour clock's."""
    return _ampm_clock(hour, minute, ampm)


def _ampm_clock(hour: str, minute: str | None, ampm: str) -> time | None:
    if not 1 <= int(hour) <= 12:
        return None
    afternoon = 12 if ampm.lower().startswith("p") else 0
    return clock(str(int(hour) % 12 + afternoon), minute)


def _ampm_pair(match: re.Match[str]) -> tuple[time, time] | None:
    finish = _ampm_clock(match["h2"], match["m2"], match["ap2"])
    if finish is None:
        return None
    begin = _ampm_clock(match["h1"], match["m1"], match["ap1"] or match["ap2"])
    if begin is not None and begin > finish and not match["ap1"]:
        begin = _ampm_clock(match["h1"], match["m1"], "am")  # "11–1 pm": 11 in the morning
    if begin is None or begin >= finish:
        return None
    return begin, finish
