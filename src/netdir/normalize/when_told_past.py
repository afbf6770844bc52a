"""A yearless day in a sentence told in the past is the one just past, not the coming one:
„Vom 6. bis 8. Oktober beschäftigten sich die 16 Teilnehmenden …“ written in May, „Vor diesem
Hintergrund hat sich das Netzwerk … vom 18. bis zum 20. Februar … zu einem Workshop getroffen“
written in October. ``when_value.infer_year`` takes the nearest such day, which for a report
written more than half a year after it is next year's — a day no report can tell of. Only a
day more than a quarter year ahead is moved back (a report may look forward to a day weeks away).

Only the sentence that holds the day counts (a report's next sentence may announce the coming
meeting: „Der nächste Workshop … wird vom 6. bis zum 8. Oktober … organisiert werden“), and
only when that sentence says nothing of the future.
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.extract.sentence_ends import CLAUSE_END
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE
from netdir.normalize.when_value import safe_date

# The perfect and past of meeting and working on something, which ``PAST_TENSE`` (shared with
# checks that must not fire on them) leaves out: „hat sich … getroffen“, „beschäftigten sich“.
# („Am 19.12. führte TheaterPack … das Märchen … auf“, „In der Woche vom 7.-11. November lag Musik
# in der Luft“ (round 247): a school report's performance and its week)
_MET_OR_WORKED = lazy_re.compile(
    r"\b(?:getroffen|versammelt|beschäftigten|stattgefunden|führte|führten|lag|lagen|erklangen"
    r"|took\s+place|gathered|discussed)\b",
    FLAGS,
)
# Words of what is still to come in the same sentence.
_AHEAD = lazy_re.compile(
    r"\b(?:wird|werden|findet|finden|nächste[nmrs]?|kommende[nmrs]?|geplant|will|next|upcoming"
    r"|soll|sollen"
    # "Der Termin hierfür wurde auf den 10. Juli festgelegt": a day set, moved or announced in the
    # past is still to come
    r"|festgelegt|festgesetzt|terminiert|angesetzt|vereinbart|verlegt|verschoben|angekündigt"
    r"|eingeladen|scheduled|announced|postponed)\b",
    FLAGS,
)
# English "was"/"were" in ``PAST_TENSE`` are also German words ("zeigt …, was möglich ist").
_NOT_GERMAN_PAST = frozenset({"was", "were"})
#: How far back the day just past may lie.
_YEAR = timedelta(days=366)
#: How far ahead the nearest day must lie for the tense to decide: a day weeks ahead is the one
#: a report looks forward to ("trafen sich …, um sich auf die Punktspielrunde, die am 2. Mai
#: startet, einzustimmen"); one months ahead is nearer only by the calendar.
_FAR_AHEAD = timedelta(days=90)


def _sentence_opening(text: str, start: int) -> int:
    """Where the sentence holding the position ``start`` of ``text`` opens."""
    return max((m.end() for m in CLAUSE_END.finditer(text, 0, start)), default=0)


def _sentence_at(text: str, start: int) -> tuple[int, str]:
    """Where the sentence holding the position ``start`` of ``text`` opens, and its text."""
    opening = _sentence_opening(text, start)
    closing = CLAUSE_END.search(text, start)
    return opening, text[opening : closing.start() if closing is not None else len(text)]


def year_told_past(text: str, start: int, year: int, month: int, day: int, ref: date) -> int:
    """``year``, or the year before when the day ahead of ``ref`` stands in a sentence told in the
    past (the day at ``start`` of ``text``) and that year's day lies within a year before."""
    ahead = safe_date(year, month, day)
    before = safe_date(year - 1, month, day)
    if ahead is None or before is None or ahead <= ref or ref - before > _YEAR:
        return year
    opening, sentence = _sentence_at(text, start)
    if _BOOKED_FOR.search(text, max(0, start - 12), start) and _BOOKED.search(sentence):
        # "Oh, wir hatten uns erst für den 27. April in Kaliningrad angemeldet." on 26 April: the
        # booking was made before, the day booked for may lie ahead (round 240)
        return year
    if ahead - ref <= _FAR_AHEAD:
        # A day weeks ahead counts as past only when its own clause tells it in the first person:
        # „…, gönnten wir uns am 2. Februar einen Schlittel Tag …“ in a year's report written on
        # 31 December (not „trafen sich …, um sich auf die Punktspielrunde, die am 2. Mai
        # startet, einzustimmen“, nor „Das heimische Derby am 19.09. endete …“ in a season's
        # preview updated after the day)
        at = start - opening
        clause = sentence[sentence.rfind(",", 0, at) + 1 : _clause_end(sentence, at)]
        told_past = _FIRST_PERSON_PAST.search(clause) is not None
    else:
        told_past = _MET_OR_WORKED.search(sentence) is not None or any(
            verb.group(0).lower() not in _NOT_GERMAN_PAST for verb in PAST_TENSE.finditer(sentence)
        )
    return year - 1 if told_past and _AHEAD.search(sentence) is None else year


# A day booked, registered or reserved for: „für den 27. April … angemeldet“.
_BOOKED_FOR = lazy_re.compile(r"\bfür\s+(?:den|die|das)\s+$", FLAGS)
_BOOKED = lazy_re.compile(
    r"\b(?:angemeldet|gebucht|reserviert|bestellt|vorgemerkt|eingetragen|verabredet)\b", FLAGS
)


# A club's report in the first person: „gönnten wir uns“, „trafen wir uns“, „wir sassen“.
_FIRST_PERSON_PAST = lazy_re.compile(
    r"\b(?:fanden|waren|hatten|trafen|gingen|feierten|besuchten|starteten|sassen|saßen|gönnten"
    r"|machten|nahmen|reisten|unternahmen|spielten|zogen)\s+wir\b"
    r"|\bwir\s+(?:fanden|waren|hatten|trafen|gingen|feierten|besuchten|starteten|sassen|saßen"
    r"|gönnten|machten|nahmen|reisten|unternahmen|spielten|zogen)\b",
    FLAGS,
)


def _clause_end(sentence: str, at: int) -> int:
    comma = sentence.find(",", at)
    return comma if comma >= 0 else len(sentence)


# "Die Generalversammlung … wurde aufgrund der Corona-Situation auf den 22. Juni verschoben",
# written on 29 June: a move told in the past tense, to a day weeks before the report, is the day
# the meeting was held — not next year's (a move told ahead, "wird … auf den 2. Oktober
# verschoben", or to a day months back, "wurde auf den 2. Oktober verschoben" written in March,
# lies ahead).
_MOVED_IN_THE_PAST = lazy_re.compile(
    # (a day's dot stands between: "auf den 22. Juni verschoben")
    r"\b(?:wurde|wurden)\b(?:[^.!?;]|(?<=\d)\.){0,160}?\b(?:verschoben|verlegt|vorverlegt)\b",
    FLAGS,
)
#: How long before the report a day moved onto may lie and still be the one just past.
_JUST_PAST = timedelta(days=31)


def moved_onto_just_past(text: str, start: int, year: int, month: int, day: int, ref: date) -> bool:
    """Whether the day at ``start`` of ``text``, a day an event was moved onto, lies within a
    month before ``ref`` in a sentence that tells the move in the past tense."""
    moved = safe_date(year, month, day)
    if moved is None or not timedelta(0) < ref - moved <= _JUST_PAST:
        return False
    opening = _sentence_opening(text, start)
    return _MOVED_IN_THE_PAST.search(text, opening, start + 80) is not None


# „Die Gemeinde wird am 31. Dezember 50 Jahre alt“, „Er … veranstaltet aus diesem Anlass am 9.
# November ein Festbankett“ (with „wird“), „Vorgestellt … wird es am 28.08. während der
# Eröffnung“: a day told in the future, in the same sentence, is the coming one — not the past
# day the nearest-year rule picks for a day more than half a year ahead. Only a day two months
# back or more: one days or weeks back is an event under way („Vom 25. Januar bis zum 2. Februar
# findet … statt“ read on 28 January) or an old announcement left standing.
_FUTURE = lazy_re.compile(
    r"\b(?:wird|werden|will|(?:findet|finden)\b(?:[^.!?;]|(?<=\d)\.){0,120}?\bstatt"
    # „Für das anstehende Jahr, mit der Austragung der Endläufe … am 21. und 22. Oktober wünscht er
    # sich gutes Gelingen“ (said in March): what is upcoming is still to come
    r"|(?:an|bevor)stehende[nmrs]?)\b",
    FLAGS,
)


# „7. Juli | 11-17 Uhr: Tag der deutschen Imkerei.“, „3. Oktober - Tag der Deutschen Einheit mit
# Sektempfang …“, „- September 10th-12th: Conference“: a programme's row opening with its
# yearless day (a bullet or a bracket before it) and a cell's bar, a dash or a colon after it
# lists a coming day, as a sentence told in the future does (not a year report's heading „27.6.
# Grill und Bier Dübendorf“, read in December).
_ROW_OPENING = lazy_re.compile(r"[\s•·*\-–(\[]*$")
# (not a clock's colon: „28 Jun 2:30 Orbital Ensemble“)
# (nor a range's dash: „18 Jun - 31 Dec 13“)
_ROW_CELL_AFTER = lazy_re.compile(r"\s*(?:\||(?<!\d):|[-–]\s+(?=[^\W\d]))")


def _programme_row(text: str, start: int) -> bool:
    """Whether the day at ``start`` opens a programme's row (see above)."""
    if _ROW_OPENING.match(text, 0, start) is None:
        return False
    return _ROW_CELL_AFTER.search(text, start, start + 40) is not None


#: How far back the nearest day must lie for a sentence told in the future to move it ahead.
_FAR_BACK = timedelta(days=60)


def year_told_ahead(text: str, start: int, year: int, month: int, day: int, ref: date) -> int:
    """``year``, or the next when that year's day lies before ``ref`` and the sentence holding
    the day at ``start`` tells of it in the future without a word of the past (see above)."""
    before = safe_date(year, month, day)
    ahead = safe_date(year + 1, month, day)
    if before is None or ahead is None or ref - before < _FAR_BACK or ahead - ref > _YEAR:
        return year
    _, sentence = _sentence_at(text, start)
    if _MET_OR_WORKED.search(sentence) is not None:
        return year
    if _FUTURE.search(sentence) is None and not _programme_row(text, start):
        return year
    if any(verb.group(0).lower() not in _NOT_GERMAN_PAST for verb in PAST_TENSE.finditer(sentence)):
        return year
    return year + 1
