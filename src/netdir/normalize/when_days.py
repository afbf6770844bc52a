"""The days a date text's mentions give (``when.parse_when`` rule 2): the first day as the start,
the end a range, a following day or "bis" names, the year a weekday, a table row's first cell or
"diesjährige" states, the clocks beside them. How two mentions join lives in ``when_pairs``.
Split from ``when.py``; the rules are unchanged.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from netdir import lazy_re
from netdir.normalize.when_cell_span import cell_span
from netdir.normalize.when_context import stated_year
from netdir.normalize.when_day_lists import following_list_end
from netdir.normalize.when_feast_days import (
    feast_gap,
    separate_feasts,
    with_feasts,
    year_of_feast,
)
from netdir.normalize.when_feasts import (
    find_feasts,
)
from netdir.normalize.when_grammar import (
    CONNECTOR,
    FLAGS,
    PAST_TENSE,
    WD_ALT,
)
from netdir.normalize.when_history import (
    is_old_date,
    moved_onto,
    opens_a_report,
    opens_with_dateline,
)
from netdir.normalize.when_mentions import Mention, Skipped, checked, find_mentions, weekday_beside
from netdir.normalize.when_order import (
    looks_english,
)
from netdir.normalize.when_other_day_clocks import skipped_clock_spans, todays_clock_spans
from netdir.normalize.when_overnight import overnight_pair
from netdir.normalize.when_pairs import (
    A_CLOCK,
    AND_DAY_GAP,
    CLOCKED_AND_DAY_GAP,
    ENDS_ON,
    HOURS_THEN_NEXT_DAY_GAP,
    TIMED_AND,
    TIMED_CONNECTOR,
    asked_then_invited,
    clock_each_day,
    end_only,
    following_days,
    from_then_until,
    last_session,
    later_end,
    paired_times,
    period_before_and,
    separate_days,
    skipped_only,
    until_month_end,
    until_weekday,
    year_ahead,
)
from netdir.normalize.when_plus_days import plus_joined_apart
from netdir.normalize.when_rain import is_rain_date
from netdir.normalize.when_report_clock import told_before
from netdir.normalize.when_report_slips import weekday_slip_of_a_report
from netdir.normalize.when_roles import (
    BECAUSE_PIECES,
    DEADLINE,
    PUBLISHED,
    role_of_date,
)
from netdir.normalize.when_times import (
    find_times,
)
from netdir.normalize.when_told_past import moved_onto_just_past, year_told_ahead, year_told_past
from netdir.normalize.when_trips import departure_then_return, there_and_back
from netdir.normalize.when_until_clock import only_an_until_clock
from netdir.normalize.when_value import (
    BERLIN,
    NOTHING,
    When,
    blank,
    infer_year,
    safe_date,
    with_times,
    year_matching_weekday,
)
from netdir.normalize.when_verb_final_ends import clause_clocks
from netdir.normalize.when_words import (
    has_any,
    lowered_for_cues,
)

# "12.–14. März", "Vom 18. bis zum 20.", "Sa 13. und So 14. August", "From 18 to 19 March".
# "11., 12. und 13. Oktober": a comma joins days only after a day's dot ("Nr. 5, 12. März" no).
# ("FI-Refresher | 27. oder 28.09.2025": two alternative days, the first read; ``separate_days``)
_DAY_JOIN = r"(?:(?:st|nd|rd|th)?\.?\s*(?:-|bis(?:\s+(?:zum|am|voraussichtlich|vorerst))?|to|until|through|/|\+|und|and|&|sowie|als\s+auch|oder)|\.\s*,)\s*"
# A text telling what was ("besuchte", "fand … statt", "am vergangenen Samstag … fuhren"): a yearless
# day's weekday may name a year further back than the neighbouring ones.
_REPORT = lazy_re.compile(PAST_TENSE.pattern + r"|\b(?:vergangenen|fuhr|fuhren)\b", FLAGS)
_PLUS_DAY_GAP = lazy_re.compile(r"\s*\+\s*$")
# "Wir spielen am 23. und 24. März in Uster und am 26. März im Cafe Rorboz": another day of the
# list after the pair (perhaps after the pair's place), so the pair's days are separate days too.
_LISTED_DAY_GAP = lazy_re.compile(
    r"\s*(?:(?:in|im|bei|auf)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}?\s*)?,?\s*(?:und|sowie)\s+(?:am\s+)?$",
    FLAGS,
)
_HOLIDAY_IS = lazy_re.compile(
    r"\b(?:day|tag)\s+(?:is|ist)\s+(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:der\s+|the\s+)?$", FLAGS
)
# "Anlieferung 03.07.2026 | Abholung 07.07.2026": a container or hired thing from the day it is
# delivered to the day it is fetched again.
_DELIVERED_BEFORE = lazy_re.compile(
    r"\b(?:anlieferung|aufstellung|lieferung)\s*:?\s*(?:am\s+)?$", FLAGS
)
_FETCHED_BETWEEN = lazy_re.compile(
    r"^\s*[|,;/-]?\s*(?:und\s+)?(?:abholung|abtransport|rückgabe)\s*:?\s*(?:am\s+)?$", FLAGS
)


# "vom 01.März 2019 bis 03./04.März 2019": a range's end written as two following days, the
# first glued to the second's month by a slash; the later day ends the range.
_UNTIL_DAY_PAIR = lazy_re.compile(
    r"^\s*,?\s*(?:[-–]|bis(?:\s+(?:zum|einschließlich))?)\s*(?P<d>\d{1,2})\.\s*/\s*$", FLAGS
)


def _until_day_pair(text: str, first: Mention, second: Mention) -> bool:
    gap = _UNTIL_DAY_PAIR.match(text[first.end : second.start])
    return gap is not None and int(gap["d"]) + 1 == second.day


# How far over the new year a period may run when its end's year repeats the start's (a slip).
_NEW_YEAR_SLIP = 45


def _handed_back(text: str, first: Mention, second: Mention) -> bool:
    return ("bholung" in text or "btransport" in text or "ückgabe" in text) and bool(
        _FETCHED_BETWEEN.match(text[first.end : second.start])
        and _DELIVERED_BEFORE.search(text[: first.start])
    )


# "am Wochenende vom 21. zum 23. Oktober": "zum" joins a few following days too; "In der Nacht
# von 19. auf 20. November": the night's two days. Compiled at import: a match's ``re`` is told
# apart by identity below, and a lazy_re stand-in is not the pattern its matches name.
_OVERNIGHT_BEFORE = re.compile(
    r"\bvo[mn]\s+(?P<d>\d{1,2})\.\s*(?:auf(?:\s+den)?|(?P<zum>zum))\s+$", FLAGS
)
# "vom 12. auf den 19. Mai verschoben": a move from one day to another, no period.
_MOVED_AFTER = lazy_re.compile(r"^[^.!?;]{0,60}?\b(?:verschoben|verlegt|vorverlegt)\b", FLAGS)
# "Elternabend 11Ph2 - 20.08.24": a number glued to letters is a name's, no day; "Tag 1 – Samstag
# 08. November": a counted day's number is none either.
_NOT_A_NAME_OR_COUNT = r"(?<![\w.:])(?<!\btag\s)(?<!\bday\s)(?<!\bteil\s)(?<!\bnr\.\s)"
_BARE_DAY_BEFORE = lazy_re.compile(
    _NOT_A_NAME_OR_COUNT + r"(?P<d>\d{1,2})" + _DAY_JOIN + r"(?:\d{1,2}" + _DAY_JOIN + r"){0,5}"
    r"(?:(?:am|an|on)\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:(?:the|den|dem|der)\s+)?$",
    FLAGS,
)  # "13./14./15. März", "am Samstag, den 20. und Sonntag, den 21. April": the chain's first
_CLAUSE_AFTER = lazy_re.compile(r"[^.!?;]{0,60}")
# Words of calling off or suspending: "bis Ende Mai" beside them is how long nothing is offered.
CALLED_OFF = lazy_re.compile(
    # "Unser Übungs- und Ausbildungsdienst ruht bis Mitte Mai": a service paused
    r"\b(?:abzusagen|absagen|abgesagt|aussetzen|auszusetzen|ausgesetzt|entfallen|entfällt"
    r"|ruht|ruhen|pausiert|pausieren"
    r"|fallen\s+(?:\w+\s+){0,3}?aus|fällt\s+(?:\w+\s+){0,3}?aus|cancel(?:l?ed|ling|s)?|suspend(?:ed|s)?)\b",
    FLAGS,
)
# "Ende 15 Uhr", "bis 18 Uhr", "ends at 3 pm" right after the last day: its clock is the end.
_END_CLOCK = lazy_re.compile(r"\W*(?:ende|endet|bis|until|ends?(?:\s+at)?)\b", FLAGS)
# "in den Tagen zwischen 24. und 27.12.": the days between two days are a period.
_BETWEEN_BEFORE = lazy_re.compile(r"\b(?:zwischen|between)\s+(?:dem\s+|the\s+)?$", FLAGS)
# "am Donnerstag (01.08.2024) oder Freitag (02.08.2024) jeweils in der Zeit von 09:00 Uhr – 15:00
# Uhr": either of two following days, each with the same hours — one period, as "und … jeweils".
_OR_DAY_GAP = lazy_re.compile(
    r"^[\s,)]*(?:oder|or)\s+(?:am\s+|on\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?"
    r"(?:den\s+|dem\s+|the\s+)?\(?\s*$",
    FLAGS,
)
_EACH_AFTER = lazy_re.compile(r"\s*\)?\s*,?\s*(?:jeweils|each)\b", FLAGS)
# "Am Dienstag, dem 10. Oktober 2023, und Donnerstag, dem 12. Oktober 2023, besuchen …": "und"
# and a weekday before the second day (a list's "und" alone is read by ``when_lists``).
_AND_WEEKDAY_GAP = lazy_re.compile(
    r"^\s*,?\s*(?:und|and|&)\s+(?:am\s+|on\s+)?(?:" + WD_ALT + r")\.?\s*,?\s*(?:den|dem|the)?\s*$",
    FLAGS,
)
# Events a "bis zur … am <day>" leads up to: the day is theirs, not an end of something else.
_EVENT_NOUN = (
    r"(?:premiere|aufführung|vorstellung|generalprobe|hauptprobe|konzert|lesung|versammlung"
    r"|mitgliederversammlung|sitzung|wahl|eröffnung|feier)"
)
# "bis 30.11.2026" alone: the end of something that runs already (or a deadline).
_UNTIL_BEFORE = lazy_re.compile(
    r"(?:^|\b)(?:bis|until|till|through|(?P<verb>(?:closes|ends|endet)\s+(?=on\b|am\b)))\s*(?:zum\s+|am\s+|on\s+|einschließlich\s+"
    # "bis zum Ende der Sommerferien am 10. September": a named end, then its day
    # (not an event's own day: "es gibt noch Arbeit bis zur Premiere am 23. Mai")
    r"|(?:zum|zur)\s+(?!" + _EVENT_NOUN + r"\s)(?:[^\W\d]+\s+){1,4}?am\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*(?:(?:den|dem|d\.)\s*)?)?$",
    FLAGS,
)  # fmt: skip
# "vom 27.7 — 9.8.20": a day and month without the closing dot, before a range's end date.
_MOVED_HINT = lazy_re.compile(
    r"verschoben|verschieben|verlegt|ursprünglich|eigentlich\s+(?:am|für|war)|verschiebung|anstelle"
    r"|anstatt|postponed|rescheduled|originally|previously"
    # "nicht wie geplant vom 16.–17. März …, sondern vom 11.–12. Mai": a day denied for another
    r"|\bsondern\b|,\s+but\s",
    FLAGS,
)
_CALLED_OFF_NOW = lazy_re.compile(
    r"\b(?:entfällt|entfallen|fällt\s+(?:\w+\s+){0,3}?aus|abgesagt|cancel(?:l?ed)"
    # "Der ursprünglich für den 22. Oktober geplante Gottesdienst muss leider ausfallen.", "…
    # angekündigte Gottesdienst nicht stattfinden wird" (round 218): called off in other words
    r"|ausfallen|nicht\s+stattfinden|findet\s+(?:\w+\s+){0,3}?nicht\s+statt)\b",
    FLAGS,
)
_MOVED_VERB = lazy_re.compile(
    r"verschoben|verschieben|verlegt|verlegen|postponed|rescheduled|moved|nachgeholt", FLAGS
)
# "we have decided to delay the AGM until Monday 20th March": the day put off to is the event's
# new day, not an end (round 160).
_PUT_OFF_BEFORE = lazy_re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put\s+off|defer(?:s|red|ring)?)\b[^.!?;]{0,60}$",
    FLAGS,
)
# "muss jetzt bis 25. Oktober 2020 warten": the day waited for is the event's, not an end.
_WAIT_AFTER = lazy_re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:warten|gedulden)\b", FLAGS)
# "wird am 29. November nachgeholt", "… auf den 2. Oktober verschoben": a make-up day lies ahead.
_AHEAD_AFTER = lazy_re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:nachgeholt|verschoben|verlegt)\b", FLAGS
)
# "am Vorabend des 1. Mai", "am Vortag zum 1. Advent": the day before the named one.
# ("am Vorabend des ersten Maifeiertags": the feast's ordinal before its name)
_EVE_BEFORE = lazy_re.compile(
    r"\b(?:Vorabend|Vortag)\s+(?:des|vom|zum)\s+(?:(?:ersten|1\.)\s+)?$", FLAGS
)
# "2025 | 25. Oktober - 2. November |": a table row whose first cell is the year of its days.
_LEADING_YEAR = lazy_re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*[|:]")
_BARE_DAY_MONTH_BEFORE = lazy_re.compile(
    r"(?<![\w.:])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?\s*(?:-|bis(?:\s+zum)?)\s*$", FLAGS
)


# "Dem Grunde nach gelten über Weihnachten und Neujahr die Regelungen … des Lockdowns": the
# holidays a rule holds over are no event's days ("Über Weihnachten bleibt das Rathaus
# geschlossen" has no such verb and keeps its days).
_RULES_HOLD = lazy_re.compile(
    r"\b(?:gilt|gelten)\b[^.!?;]{0,80}?\b(?:regel(?:n|ung|ungen)|bestimmungen|einschränkungen"
    r"|vorschriften|maßnahmen|verordnung(?:en)?|beschränkungen)\b",
    FLAGS,
)


def parse_days(text: str, reference: date, day_first: bool | None) -> When | None:
    mentions, skipped = find_mentions(text, day_first, reference)
    feasts = find_feasts(text, lowered_for_cues(text))
    if feasts and ("gilt" in text or "gelten" in text) and _RULES_HOLD.search(text):
        feasts = []  # "gelten über Weihnachten und Neujahr die Regelungen …": no event's days
    if feasts and has_any(text.lower(), BECAUSE_PIECES):
        # "Wegen Faschingsdienstag eine Woche später, am 4. Dienstag!": a feast as the reason
        feasts = [f for f in feasts if role_of_date(text[: f.start], text[f.end :]) is None]
    mentions = with_feasts(text, mentions, reference, feasts) if feasts else mentions
    if len(mentions) > 1 and ("ay is" in text or "ag ist" in text):
        # "Veterans' Day is Friday, November 11, and we are inviting … on Sunday, November 13":
        # a holiday's own date, said before the event's
        named = [m for m in mentions if _HOLIDAY_IS.search(text, max(0, m.start - 40), m.start)]
        if named and len(named) < len(mentions):
            mentions = [m for m in mentions if m not in named]
    named = mentions
    moved = [i for i, m in enumerate(mentions) if i and moved_onto(text, m)]
    moved_at = 0
    if moved:
        # "Sa, 28.01.2023 | Abgesagt … Neuer Termin ist der 22. April 2023!": the new day wins.
        mentions = mentions[moved[0] :]
        moved_at = mentions[0].start
    if mentions and ("etter" in text or "egen" in text or "ermin" in text or "rain" in text):
        # "Bei Schlechtwetter wird auf 5. Oktober verschoben": the weather's day is not the event's
        rainy = [m for m in mentions if is_rain_date(text, m)]
        if rainy:
            mentions = [m for m in mentions if m not in rainy]
            if not mentions:
                return skipped_only(skipped, reference) if skipped else NOTHING
    if mentions and _MOVED_HINT.search(text):
        # "vom 26. April auf den Herbst verlegt", "(ursprünglich sollte es am 13. März
        # stattfinden)": the old day is no longer the event's when another day is named;
        # "am Pfingstmontag wird auf das kommende Jahr verschoben": nor when none is.
        current = [m for m in mentions if not is_old_date(text, m)]
        # ("Die ursprünglich für den 17.10. geplante Bürgerrunde entfällt": called off, not
        # moved, it keeps its day as every called-off meeting)
        # (a decision "… beschlossen, die ursprünglich für den 21. Januar geplante Versammlung
        # abzusagen" reports the board's day: round 33)
        called_off = _CALLED_OFF_NOW.search(text) is not None and _MOVED_VERB.search(text) is None
        mentions = current if current or (len(mentions) == 1 and not called_off) else mentions
    if len(mentions) > 1 and "?" in text and asked_then_invited(text, mentions):
        # "Du interessierst dich für die Versammlung am 25.05. …? … willkommen zu unserem
        # Info-Abend am 15.05. um 19.00 Uhr": the day a question names is what the later
        # sentence's own timed day is about
        mentions = mentions[1:]
    if opens_with_dateline(text, mentions, reference) or opens_a_report(text, mentions):
        skipped = [Skipped(mentions[0], PUBLISHED), *skipped]
        mentions = mentions[1:]
    if not mentions:
        return skipped_only(skipped, reference) if skipped else None
    if len(mentions) > 1 and mentions[0].end_day is None:
        mentions = _run_from_the_day(mentions)
    first = mentions[0]
    # A day given up before it ("postponed from October 1st to October 15th") is no bare start.
    floor = max((m.end for m in named if m.end <= first.start and m not in mentions), default=0)
    start_day, start_month, start_year = first.day, first.month, first.year
    end_mention: Mention | None = None
    trip = len(mentions) > 1 and departure_then_return(text, first, mentions[1])
    # a ride there and back is one stay, though its two days are joined by "und"
    back = len(mentions) > 1 and there_and_back(text, first, mentions[1])
    if first.end_day is not None:
        end_mention = Mention(first.start, first.end, first.end_day, first.month, first.year)
    elif len(mentions) > 1 and (
        back
        or (
            not separate_feasts(text, first, mentions[1])
            and not _two_named_days(text, first, mentions[1], reference)
            and not _separate_by_and(text, first, mentions[1], reference)
            and not plus_joined_apart(text, first, mentions[1], reference)
            and (
                CONNECTOR.match(feast_gap(text, first, mentions[1]))
                or TIMED_CONNECTOR.match(text[first.end : mentions[1].start])
                or ENDS_ON.search(text[: mentions[1].start])
                or _handed_back(text, first, mentions[1])
                or _until_day_pair(text, first, mentions[1])
                or clock_each_day(text, first, mentions[1])
                or cell_span(text, first, mentions[1])
                or from_then_until(text, first, mentions[1])
                or trip
                or (
                    TIMED_AND.match(text[first.end : mentions[1].start])
                    and _BETWEEN_BEFORE.search(text[: first.start])
                )
            )
        )
    ):
        end_mention = mentions[1]
        # "30. Juni – 2. Juli 2027": the start borrows the end's year.
        if start_year is None and end_mention.year is not None:
            start_year = end_mention.year
            if (start_month, start_day) > (end_mention.month, end_mention.day):
                start_year -= 1
    elif (
        len(mentions) > 1
        and (first.feast is None or mentions[1].feast is not None)
        and (
            AND_DAY_GAP.match(text[first.end : mentions[1].start])
            or _either_day_each(text, first, mentions[1])
        )
        and following_days(first, mentions[1], reference)
    ):
        # "Am Samstag, den 30.11.2019 und am Sonntag, den 1.12.2019": two following days are a
        # period (two days apart they stay separate days, the first the start).
        end_mention = mentions[1]
    elif len(mentions) > 2 and (listed_last := following_list_end(text, mentions, reference)):
        # "Pfingstsamstag, Pfingstsonntag und Pfingstmontag": following listed days are a period
        end_mention = listed_last
    # (From here on no end means the first day names none of its own either: a range's end was
    # taken above and is never dropped.)
    clocked_pair = False
    if end_mention is not None and end_mention.feast is None:
        # "VON 15.2.-17.2. + 18.2. Werkschau": the day after a period, joined by "+", ends it
        after = [m for m in mentions if m.start >= end_mention.end]
        if (
            after
            and _PLUS_DAY_GAP.match(text, end_mention.end, after[0].start)
            and following_days(end_mention, after[0], reference)
        ):
            end_mention = after[0]
        elif (
            len(after) == 1
            and end_mention is not first
            and _BARE_DAY_BEFORE.search(text, floor, first.start) is None
            and HOURS_THEN_NEXT_DAY_GAP.match(text[end_mention.end : after[0].start])
            and A_CLOCK.search(text, end_mention.end, after[0].start)
            and following_days(end_mention, after[0], reference)
        ):
            # "vom Montag, den 8. Mai bis Donnerstag, den 11. Mai von 9 Uhr bis 16.30 Uhr, am
            # Freitag, den 12. Mai von 9 Uhr bis 13.30 Uhr": the next day with its own hours
            # goes on with the period, which ends at that day's end
            end_mention, clocked_pair = after[0], True
    if end_mention is None and len(mentions) > 1:
        # ("und Pfingstmontag, den 21.5.": a feast's name before the date belongs to the gap)
        second_at = _date_proper(text, mentions[1]) if len(mentions) == 2 else 0
        if (
            len(mentions) == 2
            and CLOCKED_AND_DAY_GAP.match(text, first.end, second_at)
            and A_CLOCK.search(text, first.end, second_at)
            and following_days(first, mentions[1], reference)
        ):
            # "am 01. Juni … ab 16:00 Uhr oder am 02. Juni ab 11:00 Uhr bis 18:00 Uhr": two
            # following days, each with its hours, are a period from the first day's clock to
            # the second's end
            end_mention, clocked_pair = mentions[1], True
        elif "auf den" in text and overnight_pair(text, first, mentions[1], reference):
            end_mention = mentions[1]  # "in der Nacht vom 31. Oktober auf den 1. November"
        else:
            end_mention = later_end(text, first, mentions[1:], reference)
            if end_mention is not None and start_year is None and end_mention.year is not None:
                start_year = end_mention.year  # "15.03. (Master) | 18. - 22.03.2024"
    bare = _BARE_DAY_BEFORE.search(text, floor, first.start)
    if bare is None and end_mention is None and ("auf" in text or "zum" in text):
        # "am Wochenende vom 25. auf den 26. Mai 2024", "in der Nacht vom 30. auf den 31.":
        # a night or weekend over two following days (never "vom 12. auf den 19. Mai verschoben");
        # "vom 21. zum 23. Oktober": a few days
        overnight = _OVERNIGHT_BEFORE.search(text[: first.start])
        if overnight is not None and (
            int(overnight["d"]) + 1 == first.day
            or (
                overnight["zum"]
                and 0 < first.day - int(overnight["d"]) <= 6
                and not _MOVED_AFTER.match(text[first.end :])
            )
        ):
            bare = overnight
    if end_mention is None:
        if bare is not None:
            # "12.–14. März 2027": the bare day before the dash is the start; "24. und 26.
            # Dezember" are two separate days (the first is the start), "13. und 14." a weekend.
            between = _BETWEEN_BEFORE.search(text[: bare.start()]) is not None
            between = between or (bare.re is _OVERNIGHT_BEFORE)  # "vom 21. zum 23.": one period
            end_mention = None if not between and separate_days(bare, first) else first
            if end_mention is not None and not between:
                end_mention = period_before_and(bare, first)
            if end_mention is first and not between and _day_listed_after(text, first, mentions):
                end_mention = None
            start_day = int(bare["d"])
            start_year = first.year
            if start_day > first.day:
                start_month = first.month - 1 or 12
                if start_year is not None and start_month == 12:
                    start_year -= 1
        elif (
            (until := _UNTIL_BEFORE.search(text[: first.start])) is not None
            and not _WAIT_AFTER.match(text[first.end : first.end + 40])
            and not _PUT_OFF_BEFORE.search(text, max(0, until.start() - 70), until.start())
            # "the show closes on Saturday, January 26" is its last day; "The series ends on Monday,
            # August 5, with The Woo Factor at 5 p.m." the day of its last event
            and not (until["verb"] and find_times(text[first.end :]) is not None)
        ):
            if any(item.role == DEADLINE and item.mention.end <= first.start for item in skipped):
                # "Deadline: April 30, 2024 extended until May 26": the deadline moved, no event.
                return skipped_only([*skipped, Skipped(first, DEADLINE)], reference, latest=True)
            clause = _CLAUSE_AFTER.match(text, first.end)
            if clause is not None and CALLED_OFF.search(clause[0]) is not None:
                # "alle Gottesdienste bis einschließlich 10. Januar absagen": how long nothing
                # takes place (as "vorerst bis Ende Mai, absagen"), no run's end
                return None
            return end_only(first, reference)
        elif first.year is not None:
            day_month = _BARE_DAY_MONTH_BEFORE.search(text[: first.start])
            if day_month is not None and checked(
                0, 0, int(day_month["d"]), int(day_month["m"]), None, None
            ):
                end_mention, bare = first, day_month
                start_day, start_month = int(day_month["d"]), int(day_month["m"])
                start_year = first.year if start_month <= first.month else first.year - 1
    leading_year = _LEADING_YEAR.match(text) if start_year is None else None
    if leading_year is not None and leading_year.end() <= (
        bare.start() if bare is not None else first.start
    ):
        start_year = int(leading_year["y"])
    if start_year is None:
        start_year = infer_year(start_month, start_day, reference)
        if (
            # ("ahr", not "jahr": "letztes Jahr", "im vergangenen Jahr" are written capitalised)
            ("ahr" in text or "year" in text)
            and (last_year := _LAST_YEAR.search(text[: first.start])) is not None
            and not _AFTER_THING.search(text, max(0, last_year.start() - 40), last_year.start())
        ):
            # "im Vorjahr … von 24. bis 26. Dezember" ("Nach der Premiere im Vorjahr geht das
            # Format vom 22. bis 24.10. in die zweite Runde": last year's is another thing)
            start_year = reference.year - 1
        elif (
            ("ahr" in text or "year" in text or "heuer" in text)
            and _THIS_YEAR.search(text[: first.start])
            and PAST_TENSE.search(text)
            and (this_year := safe_date(reference.year, start_month, start_day)) is not None
            and this_year <= reference
        ):
            # "Da in diesem Jahr die Wanderung am 1. Mai ausgefallen war" (read in November):
            # this year's day, told afterwards ("Am Neujahrstag ist dieses Jahr kein Gottesdienst
            # - wir begrüßen das neue Jahr am 3. Januar", read in December, is the coming one)
            start_year = reference.year
        elif stated_year(reference) is None:
            # "Vom 6. bis 8. Oktober beschäftigten sich die 16 Teilnehmenden …" written in May:
            # a report's day is the one just past
            start_year = year_told_past(
                text, first.start, start_year, start_month, start_day, reference
            )
            if (
                weekday_beside(text, first.start if bare is None else bare.start(), first.end)
                is None
            ):
                # „Die Gemeinde wird am 31. Dezember 50 Jahre alt“ read on 10 January: the coming
                # one (a weekday written beside the day decides its year below)
                start_year = year_told_ahead(
                    text, first.start, start_year, start_month, start_day, reference
                )
        if _AHEAD_AFTER.match(text[first.end : first.end + 60]) and not moved_onto_just_past(
            text, first.start, start_year, start_month, start_day, reference
        ):
            start_year = year_ahead(start_year, start_month, start_day, reference)
        if (
            ("ahres" in text or "year" in text)
            and _OF_THIS_YEAR_AFTER.match(text[first.end : first.end + 30])
        ) or ("iesjährig" in text and _THIS_YEARS_BEFORE.search(text, 0, first.start)):
            # "Am 19. und 20. Oktober diesen Jahres findet … statt" read in January: the year
            # is said, whichever day is nearer
            start_year = reference.year
        elif ("ahres" in text or "year" in text) and _OF_LAST_YEAR_AFTER.match(
            text[first.end : first.end + 40]
        ):
            start_year = reference.year - 1  # „am 7.Mai des vergangenen Jahres“
        weekday = weekday_beside(text, first.start if bare is None else bare.start(), first.end)
        if weekday is not None and weekday_slip_of_a_report(
            text, start_year, start_month, start_day, reference
        ):
            pass  # „Am Samstag den 29.09. vertrat …“ posted on 4 October: that Friday, misnamed
        elif weekday is not None and stated_year(reference) is None:
            # (a year the page states wins: "Do. 06. Januar" in a 2023 programme is a typo)
            matched = year_matching_weekday(
                start_year, start_month, start_day, weekday, report=_REPORT.search(text) is not None
            )
            if matched == start_year or not _end_weekday_fits(text, end_mention, first, start_year):
                start_year = matched
            # (else „Vom Mittwoch, dem 21. September, bis zum Dienstag, dem 26. September“ in 2023:
            # the end's weekday fits the nearest year, the start's is the slip)
        elif feasts and first.feast is None:
            # "09. Mai Kita geschlossen, Auffahrt": the feast named beside a day says its year.
            start_year = year_of_feast(feasts, start_year, start_month, start_day)
    start = (
        first.feast(start_year)
        if first.feast is not None and bare is None
        else safe_date(start_year, start_month, start_day)
    )
    if start is None:
        return None
    if (
        first.feast is not None
        and bare is None
        and first.year is None
        and start < reference
        and stated_year(reference) is None
        and _CUSTOM_BEFORE.search(text[: first.start]) is not None
        and PAST_TENSE.search(text) is None
    ):
        # "Die Konfirmation erfolgt … in der Regel am Sonntag Kantate" read in September: a
        # custom's next day, not this year's past one
        start = first.feast(start.year + 1)
    if end_mention is None and _EVE_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        start -= timedelta(days=1)  # "am Vorabend des 1. Mai": the day before
    end: date | None = None
    if end_mention is not None and end_mention.feast is not None:
        # "1.November bis Samstag vor Ostern": the first such feast after the start.
        end = end_mention.feast(start.year)
        if end < start:
            end = end_mention.feast(start.year + 1)
        if end_mention.end_day is not None:
            # „… und an den beiden Weihnachtsfeiertagen“: a feast of two days ends on its second
            end += timedelta(days=end_mention.end_day - end_mention.day)
    elif end_mention is not None:
        end_year = end_mention.year
        if end_year is None:
            end_year = start.year
            if (end_mention.month, end_mention.day) < (start.month, start.day):
                end_year += 1
        end = safe_date(end_year, end_mention.month, end_mention.day)
        if end is not None and end < start:
            # "24.12.2026 bis 01.01.2026 | Winterschließzeit": a closure over the new year with
            # the start's year written on its end too (a slip), read into the next January
            rolled = safe_date(end.year + 1, end.month, end.day) if end.year == start.year else None
            end = rolled if rolled is not None and (rolled - start).days <= _NEW_YEAR_SLIP else None
    if end_mention is None:
        end = until_month_end(text[first.end :], start)
    if end is None and end_mention is None and ("bis" in text or "until" in text):
        end = until_weekday(text[first.end :], start)
    paired = paired_times(text, first, end_mention) if end_mention is not None else None
    if paired is None and end_mention is not None and (", d" in text or "und am " in text):
        # „…, das am …, ca. 14:00 Uhr endet“, „… um 9.30 Uhr und am … um ca. 16.00 Uhr endet“
        paired = clause_clocks(text, first, end_mention)
    if paired is not None and end is not None and (end > start or paired[1] > paired[0]):
        # "Beginn: 13.11.2025, 18:30 Uhr Ende: 13.11.2025, 20:00 Uhr": a day may repeat.
        start_at = datetime.combine(start, paired[0], tzinfo=BERLIN)
        end_at = datetime.combine(end, paired[1], tzinfo=BERLIN)
        return When(start_at.isoformat(), end_at.isoformat(), False, "minute")
    if end == start:
        end = None
    used = [(m.start, m.end) for m in mentions]
    if bare is not None:
        used.append(bare.span())
    if skipped:
        used += skipped_clock_spans(text, skipped)  # „Die Anmeldung startet am … um 10 Uhr“
    if start != reference:
        used += todays_clock_spans(text)  # „seit heute (10 Uhr) gibt es die Tickets für … am …“
    # (a page read month-first is an American one: its "6:30 - 7:30" is the evening's)
    english = day_first is False or looks_english(text)
    # "am 4.Juni um 19.00 Uhr … auf Freitag, den 08.06. um 20.00 Uhr verschoben": the new day's
    # own clock (else the old one's, kept)
    # ("Pünktlich um 0:00 Uhr ging die Hexe in Flammen auf. …, aber am 11.11.06 ist es ja wieder
    # soweit": the clocks of the past told before the coming day's sentence are not its)
    told = told_before(text, first.start, start, reference) if "." in text else 0
    times = (moved_at and find_times(blank(text, used)[moved_at:], english=english)) or find_times(
        blank(text, used)[told:], english=english
    )
    if (
        times is not None
        and end is not None
        and end_mention is not None
        and end_mention is mentions[-1]
        and AND_DAY_GAP.match(text[first.end : end_mention.start])
    ):
        # "from 10 am to 4 pm on Friday, April 30th, and on Saturday, May 1st, from 10 am to 2 pm":
        # the second day's hours end the period
        second = find_times(text[end_mention.end :])
        if second is not None and second[1] is not None:
            times = (times[0], second[1])
    if clocked_pair and end_mention is not None:
        first_day = find_times(text[first.end : end_mention.start])
        second = find_times(text[end_mention.end :])
        if first_day is not None and second is not None:
            # "… - So, 10.11.2019 Ende 15 Uhr": the second day's one clock, told as its end
            ends_at = second[0] if _END_CLOCK.match(text, end_mention.end) else None
            # "… von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr": the second day's
            # last session ends the period (round 136)
            later = last_session(text, end_mention.end)
            last = find_times(later) if later is not None else None
            if last is not None and last[1] is not None and second[1] is not None:
                ends_at, second = last[1], (second[0], None)
            times = (first_day[0], second[1] or ends_at)
    if trip and end_mention is not None:
        # "Abfahrt … um 10:00 Uhr Rückkehr … um ca. 14:00 Uhr": the return's clock ends the trip
        leaving = find_times(text[first.end : end_mention.start])
        returning = find_times(text[end_mention.end :])
        if leaving is not None and returning is not None:
            times = (leaving[0], returning[0])
    if (
        times is not None
        and times[1] is None
        and end is not None
        and only_an_until_clock(blank(text, used)[told:])
    ):
        # "Vom 11.09. bis 16.09.2024 … bis maximal 13:00 Uhr": the days end by the clock, the
        # period at it on its last day (its start has no clock: "day", so no reader takes one)
        last_day_end = datetime.combine(end, times[0], tzinfo=BERLIN)
        return When(start.isoformat(), last_day_end.isoformat(), False, "day")
    if times is not None:
        return with_times(start, end, times)
    return When(
        start=start.isoformat(),
        end=end.isoformat() if end else None,
        all_day=True,
        precision="day",
    )


_FIRST_DIGIT = lazy_re.compile(r"\d")


def _date_proper(text: str, mention: Mention) -> int:
    """Where a mention's own digits begin: after the feast name a named date carries
    („Pfingstmontag, den 21.5.“ begins at „21“)."""
    digit = _FIRST_DIGIT.search(text, mention.start, mention.end)
    return digit.start() if digit is not None else mention.start


# Words saying a feast is the day a custom keeps ("in der Regel am Sonntag Kantate", "immer am 2.
# Sonntag nach Ostern").
_CUSTOM_BEFORE = lazy_re.compile(
    r"\b(?:in\s+der\s+regel|immer|stets|jedes\s+jahr|(?:all)?j(?:ä|ae)hrlich"
    r"|as\s+a\s+rule|always|every\s+year|annually)\b",
    FLAGS,
)
_LAST_YEAR = lazy_re.compile(
    r"\b(?:im\s+vorjahr|im\s+vergangenen\s+jahr|im\s+letzten\s+jahr|letztes\s+jahr|last\s+year)\b",
    FLAGS,
)
_AFTER_THING = lazy_re.compile(r"\b(?:nach|after)\s+(?:[^\W\d]+\s+){1,3}$", FLAGS)
# "19. und 20. Oktober diesen Jahres", "October 19 of this year": the year said right after the day.
_OF_THIS_YEAR_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:(?:diesen|dieses)\s+jahres|(?:of\s+)?this\s+year)\b", FLAGS
)
# "Bedingt durch die Pandemie konnte die Saison erst am 7.Mai des vergangenen Jahres gestartet
# werden" (said in March): last year's day, not the coming one the nearest-year rule picks.
_OF_LAST_YEAR_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:des\s+(?:(?:vergangenen|letzten|vorigen)\s+jahres|vorjahres)"
    r"|(?:of\s+)?last\s+year)\b",
    FLAGS,
)
# "Infos über diesjährige Kulturtage … von 24. Okt. bis 10. November": this year's.
_THIS_YEARS_BEFORE = lazy_re.compile(r"\bdiesjährige[nmrs]?\b[^.!?;]{0,60}$", FLAGS)
_THIS_YEAR = lazy_re.compile(r"\b(?:in\s+diesem\s+jahr|dieses\s+jahr|heuer|this\s+year)\b", FLAGS)


# "I gave him two dates (24 March and 19 May)": two days of different months joined by "and",
# each naming its month, are two days (the list reader splits German and month-first ones).
# (a weekday may open the second day: "Wednesday 25th May and Friday 27th May")
_AND_ONLY = lazy_re.compile(
    # ("Am 29.09. und am 01.10.06 fanden … statt": "und am", the second day's own "am")
    r"^[\s,)]*(?:und|and|&)\s+(?:on\s+|am\s+)?(?:(?:" + WD_ALT + r")\.?,?\s+)?(?:den\s+)?$",
    FLAGS,
)
_MONTH_WORD = lazy_re.compile(r"[^\W\d_]{3,}")


def _two_named_days(text: str, first: Mention, second: Mention, reference: date) -> bool:
    """Two days joined by "and" only, each with its month ("1. März und 3. April", "25th May and
    27th May": round 160), are separate days unless they follow each other."""
    return (
        first.feast is None
        and second.feast is None
        and (first.month != second.month or _both_name_their_month(text, first, second))
        and _AND_ONLY.match(text[first.end : second.start]) is not None
        and _BETWEEN_BEFORE.search(text[: first.start]) is None
        and not following_days(first, second, reference)
    )


def _both_name_their_month(text: str, first: Mention, second: Mention) -> bool:
    return all(
        any(
            word.lower() not in ("st", "nd", "rd", "th")
            for word in _MONTH_WORD.findall(text[m.start : m.end])
        )
        for m in (first, second)
    )


def _run_from_the_day(mentions: list[Mention]) -> list[Mention]:
    """ "Exhibit Opening: March 12, 2026 Exhibit Dates: March 12-30, 2026": a day named alone
    and then again as the first day of a range is that range's start (an opening, then the run)."""
    first = mentions[0]
    for index, later in enumerate(mentions[1:], 1):
        if (
            later.end_day is not None
            and (later.day, later.month) == (first.day, first.month)
            and later.year in (None, first.year)
        ):
            return mentions[index:]
    return mentions


def _day_listed_after(text: str, first: Mention, mentions: list[Mention]) -> bool:
    """Whether another day follows the pair ending at ``first`` as one more of a list („am 23.
    und 24. März in Uster und am 26. März“), not the day after it."""
    after = [mention for mention in mentions if mention.start >= first.end]
    if not after or _LISTED_DAY_GAP.fullmatch(text, first.end, after[0].start) is None:
        return False
    later = after[0]
    return later.year == first.year and (later.month, later.day) > (first.month, first.day + 1)


def _end_weekday_fits(text: str, end: Mention | None, first: Mention, year: int) -> bool:
    """Whether a range's end has a weekday written beside it that its day has in ``year``'s
    period (its own year, or the next when the range runs into January)."""
    if end is None or end is first:
        return False
    weekday = weekday_beside(text, end.start, end.end)
    if weekday is None:
        return False
    end_year = end.year or (year + 1 if end.month < first.month else year)
    found = safe_date(end_year, end.month, end.day)
    return found is not None and found.weekday() == weekday


def _separate_by_and(text: str, first: Mention, second: Mention, reference: date) -> bool:
    """Whether two days, each with its weekday, joined by "und" lie apart: separate days (the
    first is the start), not a period (two following days are one)."""
    return (
        _AND_WEEKDAY_GAP.match(text[first.end : second.start]) is not None
        and _BETWEEN_BEFORE.search(text[: first.start]) is None
        and not following_days(first, second, reference)
    )


def _either_day_each(text: str, first: Mention, second: Mention) -> bool:
    """Whether "oder" joins two days whose hours follow with "jeweils" (``_OR_DAY_GAP``)."""
    return (
        _OR_DAY_GAP.match(text[first.end : second.start]) is not None
        and _EACH_AFTER.match(text, second.end) is not None
    )
