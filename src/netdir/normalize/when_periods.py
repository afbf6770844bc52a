"""Periods without a day: calendar weeks, quarters, half-years, seasons, months, years.

Each gives its first and last day, never an invented day. A calendar week without a year
("KW 12") takes the year whose week lies nearest the reference day, and so does a month without
one ("Anfang Dezember", "Mitte März", a date cell reading only "Dezember"); two months joined as a
range ("von März bis Juni", "from May to September") run from the first's first day to the
second's last.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_coming_season import coming_season
from netdir.normalize.when_context import stated_year
from netdir.normalize.when_holy_week import holy_week
from netdir.normalize.when_words import (
    MONTH_STEMS,
    MONTHS,
    SEASONS,
    alternation,
    has_any,
    lowered_for_cues,
)

_FLAGS = re.IGNORECASE
_MONTH_ALT = alternation(MONTHS)
# ("Erfolgreiche Kalender-Woche 47.": the compound written with a hyphen)
_CALENDAR_WEEK = r"(?:KW|Kalender-?woche)"
_WEEK = lazy_re.compile(
    r"\b(?:" + _CALENDAR_WEEK + r"|week|Woche)\s*(?P<w>\d{1,2})(?:\s*[/.,]\s*|\s+)(?P<y>\d{4})\b"
    r"|\b(?P<w2>\d{1,2})\.\s*" + _CALENDAR_WEEK + r"\s*(?P<y2>\d{4})\b"
    r"|\b" + _CALENDAR_WEEK + r"\s*(?P<w3>\d{1,2})\b(?!\s*[/.,]?\s*\d)",
    _FLAGS,
)
_QUARTER = lazy_re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])\.\s*Quartal)\s*(?P<y>\d{4})\b", _FLAGS
)
_HALF = lazy_re.compile(
    r"\b(?:(?P<n>[12])\.\s*|(?P<word>erste[sn]?|zweite[sn]?|first|second)\s+)"
    r"(?:Halbjahr|Jahreshälfte|Hälfte|half(?:\s+of)?)\s*(?P<y>\d{4})\b"
    # "für das 2. Halbjahr": without a year only with the German word (the next such half)
    r"|\b(?:(?P<n3>[12])\.\s*|(?P<word3>erste[sn]?|zweite[sn]?)\s+)(?:Halbjahr|Jahreshälfte)\b(?!\s*\d)"
    r"|\bH(?P<h>[12])\s*(?:/\s*)?(?P<y2>\d{4})\b",
    _FLAGS,
)
_SEASON = lazy_re.compile(
    r"\b(?:(?P<part>anfang|mitte|ende|early|late)\s+)?"
    # "im Sommer/Herbst 2021": two seasons joined by a slash run from the first's start
    + r"(?:(?P<first>"
    + "|".join(SEASONS)
    + r")\s*/\s*)?(?P<s>"
    + "|".join(SEASONS)
    # "für den Herbst diesen Jahres angedacht" (round 217): this year's season, the year in words
    + r")\s+(?:(?P<y>\d{4})\b|(?P<this>diese[sn]\s+jahres)\b)",
    _FLAGS,
)
_MONTH_YEAR = lazy_re.compile(
    # "April 2020 - September 2020", "von April 2020 bis September 2020": each end its year
    # ("From September 2025 through August 2026"; "in March of 2026")
    rf"(?<!\b\d\s)(?<!\b\d\d\s)(?<!\.\s)(?<![\d.])\b(?P<mna>{_MONTH_ALT})\b\.?\s*(?P<ya>\d{{4}})\s*(?:-|bis|to|until|through)"
    rf"\s*(?P<mnb>{_MONTH_ALT})\b\.?\s*(?P<yb>\d{{4}})\b"
    rf"|(?<![\d.]\s)(?<![\d.])\b(?P<mn>{_MONTH_ALT})\b\.?"
    # ("Februar/März/April 2022", "Januar, Februar und März 2026": the months between run on)
    rf"(?:\s*(?:/|,)\s*(?:{_MONTH_ALT})\b\.?)*?"
    rf"(?:\s*(?P<join>-|bis|/|und|to|through|until)\s*(?P<mn2>{_MONTH_ALT})\b\.?)?\s*(?:of\s+)?(?P<y>\d{{4}})\b"
    r"|(?<![\d./])(?P<m>\d{1,2})/(?P<y2>\d{4})\b"
    rf"|(?<![\d.])\b(?P<y3>\d{{4}})\s+(?P<mn3>{_MONTH_ALT})\b(?!\.?\s*\d)",  # "Kalender 2026 Juli"
    _FLAGS,
)
# "Ausgabe # 08/2025", "Heft Nr. 3/2024": an issue's number and year written like a month.
_ISSUE_BEFORE = lazy_re.compile(r"\b(?:ausgabe|heft|nr\.|nummer|no\.|issue)\s*#?\s*$", _FLAGS)
# "Anfang Dezember", "Mitte März", "late March": a month without a year, with a word placing the
# event in it; "im Dezember", "in May" and a bare "Dezember" only as a short text of their own
# (in prose "im Mai beschloss der Rat" names no event's month).
_PART_OF_MONTH = lazy_re.compile(
    rf"\b(?:anfang|mitte|ende|early|mid|late)[\s-]+(?P<mn>{_MONTH_ALT})\b(?!\.?\s*\d{{4}})", _FLAGS
)
# "Im September stellt er uns Georg den Bärtigen vor", "in der Sitzung … im Dezember vorgestellt
# werden": a month named in a sentence, without a day or year, is that month (the nearest one).
_IN_MONTH_PROSE = lazy_re.compile(
    # ("bietet das Kolpinghaus ab März wieder regelmäßig Volleyball … an" (round 221): from a
    # coming month on, ``when_from_month`` starting it on the first and naming no end)
    # (not "ab Oktober des vorhergehenden Jahres": a month counted back from another year, round 172)
    rf"\b(?i:im|ab)\s+(?P<mn>{_MONTH_ALT})\b(?![.\s]*\d)"
    r"(?!\s+des\s+(?:vorhergehend|vorangegangen|vorig|vergangen|letzt)\w*\s+jahres)"
    # "Oktober sind wir in der VHS. Vorträge … geplant": a note's sentence opening with its month
    # (without "im"), the finite verb right after it ("August ist …" names a man)
    rf"|^\s*(?!(?i:august)\b)(?P<lead>{_MONTH_ALT})\s+(?=(?:sind|ist|sein|haben|hat|gibt|treffen|trifft|findet|finden"
    r"|wird|werden|kommt|kommen|geht|gehen|fahren|fährt|steht|stehen)\s)",
    _FLAGS,
)
_ANY_MONTH = lazy_re.compile(rf"\b(?:{_MONTH_ALT})\b", _FLAGS)
_COMING_IN_PROSE = lazy_re.compile(
    r"\b(?:wird|werden|soll|sollen|folgt|folgen|kommt|findet|finden|stellt|stellen|gibt\s+es|lädt"
    r"|laden|startet|beginnt|geht|gehen|steht|stehen|nächsten|nächste|geplant|plant|planen"
    # "Zum Eltern-Kind-Nachmittag im April sind alle Eltern eingeladen"
    r"|eingeladen|einladen"
    # "Das Gesundheitsamt bietet im November wieder … Impfungen an", "Das nächste Kino zeigen wir
    # erst im Oktober", "Im Juli dieses Jahres nimmt sie am Triathlon teil": an offering's verb in
    # the present
    r"|bietet|bieten|zeigt|zeigen|nimmt|nehmen|spielt|spielen"
    # "Im März führt der Chor … die Matthäus-Passion auf", "Im August zieht es uns in die Natur"
    r"|führt|führen|zieht|ziehen"
    # "Die Wölflinge wollen im September … zum Wölflingstag nach Fulda fahren": a group's plan
    r"|wollen|möchten"
    # "Wie gehts weiter mit Wolust im Dezember", "bei unserem kommenden … Konzert im Oktober":
    # what comes next in that month
    r"|gehts|kommenden"
    # "Wir feiern im Juni …", "Am Dorfplatz hocket se ... im Juni." (the Swabian „Hocketse“, a
    # village fête, told as its verb): a feast held in that month
    r"|feiern|feiert|hocket"
    # "An einem schönen Abend im Dezember öffnen wir die Geschenke" (a place opening is none:
    # ``_OPENS_IN_MONTH``)
    r"|öffnen\s+wir"
    # "der im Oktober auszutragenden Endläufe", "die im Mai durchzuführende Wahl": the gerundive
    # (zu + present participle) of what is to be held
    r"|[a-zäöüß]{2,}zu[a-zäöüß]{3,}end(?:e[nmrs]?)?"
    # "eine heiße Kandidatin für die U23-EM im Juli": a championship held in that month
    r"|(?-i:[\w-]*(?:EM|WM))(?=\s+im\s)|[\w-]*meisterschaften?(?=\s+im\s))\b",
    _FLAGS,
)
# "erst im Oktober" (not before), "das nächste … im Oktober": the coming month, however far;
# "im Juli dieses Jahres": the reference's year.
_NOT_BEFORE_MONTH = lazy_re.compile(r"\berst\s+im\b|\bnächste[nrs]?\b", _FLAGS)
# ("Das Vereinsjahr beginnt bei uns traditionell im Januar mit der Jahreshauptversammlung": a
# custom is a yearly habit too)
_EVERY_YEAR = lazy_re.compile(
    r"\b(?:jedes\s+jahr|(?:all)?jährlich|every\s+year|each\s+year|traditionell(?:erweise)?"
    r"|traditionally)\b",
    _FLAGS,
)
# (not "öffnen wir die Geschenke": opening a thing, not a place's doors)
_OPENS_IN_MONTH = lazy_re.compile(
    r"(?<!er)\böffne[nt]\b(?!\s+(?:wir|ihr|sie)\s+(?:dann\s+)?(?:die|das|den|unsere|eure)\s+"
    r"(?!(?:\w+\s+)?(?:tür|tor|pforte|saison|bad|freibad|halle))\w)",
    _FLAGS,
)
_THIS_YEARS_MONTH = lazy_re.compile(r"\bim\s+\w+\s+(?:dieses|diesen)\s+jahres\b", _FLAGS)
_NOT_THE_MONTHS_OFFERING = lazy_re.compile(
    # ("(?<!wett)bewerb": a „Landeswettbewerb“ is a competition held that month, not an application
    # window, round 216)
    r"anmeld|registr|(?<!wett)bewerb|\wfrist|schluss\b|einschreib|ausfallen|ausgefallen|abgesagt"
    # "Die Unterlagen für den Wettbewerb müssen … im Januar abgegeben werden": a month things are
    # handed in by
    r"|fällt\s+aus|abgegeben|abzugeben|eingereicht|einzureichen",
    _FLAGS,
)
# Told in the past: only the month's own clause counts (``_coming_in_own_clause``).
_TOLD_PAST = lazy_re.compile(
    r"\b(?:musste|mussten|fand|fanden|war|waren|wurde|wurden|hatte|hatten|fiel|fielen)\b", _FLAGS
)
# "Oktober - Bosselturnier mit Grillabend (CDU)": a row opening with a month, a dash and a title
# (not a second month: "Oktober - Dezember" is a span, ``_MONTH_YEAR`` or the prose's).
# "März VHS-Vortrag. Einführung in Linux.": a note's row opening with its month, its title a
# hyphenated compound closing the sentence ("August Macke …" is a man: no hyphen, no stop).
_MONTH_ROW_TITLE = lazy_re.compile(
    rf"^\s*(?P<mn>{_MONTH_ALT})\s+(?:[-–]\s+(?!(?:{_MONTH_ALT})\b)(?-i:[A-ZÄÖÜ])[^\W\d]"
    r"|(?-i:[A-ZÄÖÜ])[^\W\d_]*-(?-i:[A-ZÄÖÜ])[^\W\d_]+[.:](?:\s|$))",
    _FLAGS,
)
# "Freifunk Treffen im Juni", "1. Freifunk Treffen im Juli", "Termin im Dezember | 11:30-13:00 Uhr":
# an event's title (no verb) naming its month alone — the month ahead, as a plan's row.
_EVENT_TITLE_MONTH = lazy_re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:[^\W\d_][\w-]*\s+){0,3}?[\w-]*(?:treffen|termin|stammtisch|konzert"
    r"|sitzung|versammlung|workshop|vortrag|lesung|fest|feier|ausflug|exkursion|wanderung|gottesdienst"
    r"|kurs|seminar|meetup|turnier)"
    rf"\s+im\s+(?P<mn>{_MONTH_ALT})\b\s*(?:[|·–-]|$)",
    _FLAGS,
)
_SHORT_MONTH = lazy_re.compile(
    rf"^\s*(?:(?:im|in|ab|from)\s+)?(?P<mn>{_MONTH_ALT})\b\.?\s*$", _FLAGS
)
# "das VHS-Programm, das im Januar startet und im Juli endet", "starts in January and ends in
# July": a span of months told by a starting and an ending verb.
_MONTH_SPAN_PROSE = lazy_re.compile(
    rf"\b(?:im|in)\s+(?P<mn>{_MONTH_ALT})\s+(?:startet|beginnt|anfängt)\b[^.!?]{{0,40}}?"
    rf"\b(?:im|in)\s+(?P<mn2>{_MONTH_ALT})\s+(?:endet|aufhört)\b"
    rf"|\b(?:starts|begins)\s+in\s+(?P<en>{_MONTH_ALT})\b[^.!?]{{0,40}}?\bends\s+in\s+(?P<en2>{_MONTH_ALT})\b"
    # "164 vogelkundliche Spaziergänge laden von März bis Juni dazu ein", "from May to
    # September": two month names joined as a range (with a year, ``_MONTH_YEAR`` reads them)
    rf"|\b(?:von|from)\s+(?P<vn>{_MONTH_ALT})\s+(?:bis(?:\s+(?:zum|in\s+den))?|to|through|until)"
    rf"\s+(?:(?:ende|end\s+of)\s+)?(?P<vn2>{_MONTH_ALT})\b(?!\.?\s*\d)"
    # "Im März und April spielen wir …", "Im Oktober/November spielen wir …": two following months
    # joined by "und" or a slash (checked in ``_month_span_in_prose``)
    rf"|\b(?i:im)\s+(?P<un>{_MONTH_ALT})\s*(?:und|/)\s*(?P<un2>{_MONTH_ALT})\b(?![.\s]*\d)",
    _FLAGS,
)
_YEAR_ONLY = lazy_re.compile(r"^\s*(?:(?:im\s+)?jahr(?:e)?\s+|in\s+)?(?P<y>20\d{2})\s*$", _FLAGS)

_WEEK_PIECES = ("kw", "kalenderwoche", "week", "woche")
_SEASON_PIECES = tuple(SEASONS)

#: (first day, last day, precision)
Period = tuple[date, date, str]


def find_period(text: str, reference: date) -> Period | None:
    """The first period the text names, most specific first."""
    # Substring tests skip the patterns a text cannot match (most name no week, season, month).
    lowered = lowered_for_cues(text)
    week = (
        (_week(text, reference) or holy_week(text, reference))
        if has_any(lowered, _WEEK_PIECES)
        else None
    )
    if week is not None:
        return week
    named_month = has_any(lowered, MONTH_STEMS)
    for parser, possible in (
        (_quarter, has_any(lowered, ("q",))),
        (lambda t: _half_year(t, reference), True),
        (
            lambda t: _season(t, reference) or coming_season(t, reference),
            has_any(lowered, _SEASON_PIECES),
        ),
        (_month, named_month or "/" in text),
        (_year, True),
    ):
        found = parser(text) if possible else None
        if found is not None:
            return found
    if not named_month:
        return None
    return _month_span_in_prose(text, reference) or _month_without_year(text, reference)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _week(text: str, reference: date) -> Period | None:
    match = _WEEK.search(text)
    if match is None:
        return None
    if match["w3"]:
        week = int(match["w3"])
        year = reference.year
        stated = stated_year(reference)
        if stated is not None:
            try:
                monday = date.fromisocalendar(stated, week, 1)
            except ValueError:
                return None
            return monday, monday + timedelta(days=6), "week"
        candidates: list[tuple[int, bool, date]] = []
        for candidate in (year - 1, year, year + 1):
            try:
                monday = date.fromisocalendar(candidate, week, 1)
            except ValueError:
                continue
            candidates.append((abs((monday - reference).days), monday < reference, monday))
        if not candidates:
            return None
        monday = min(candidates)[2]
        return monday, monday + timedelta(days=6), "week"
    week, year = int(match["w"] or match["w2"]), int(match["y"] or match["y2"])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6), "week"


def _quarter(text: str) -> Period | None:
    match = _QUARTER.search(text)
    if match is None:
        return None
    quarter, year = int(match["q"] or match["q2"]), int(match["y"])
    first_month = 3 * quarter - 2
    return date(year, first_month, 1), month_end(year, first_month + 2), "month"


def _half_year(text: str, reference: date) -> Period | None:
    match = _HALF.search(text)
    if match is None:
        return None
    if match["h"]:
        half, year = int(match["h"]), int(match["y2"])
    elif match["n3"] or match["word3"]:
        word = (match["word3"] or "").lower()
        half = int(match["n3"]) if match["n3"] else (1 if word.startswith("erst") else 2)
        # the first such half-year not yet over: "1. Halbjahr" written in November is next year's
        year = stated_year(reference) or reference.year + (half == 1 and reference.month > 6)
    else:
        word = (match["word"] or "").lower()
        half = int(match["n"]) if match["n"] else (1 if word.startswith(("erst", "first")) else 2)
        year = int(match["y"])
    if half == 1:
        return date(year, 1, 1), date(year, 6, 30), "month"
    return date(year, 7, 1), date(year, 12, 31), "month"


def _season(text: str, reference: date) -> Period | None:
    match = _SEASON.search(text)
    if match is None:
        return None
    season = SEASONS[match["s"].lower()]
    year = int(match["y"]) if match["y"] else reference.year
    if season == "winter":
        # "Winter 2027" is the winter that starts in December 2027.
        return date(year, 12, 1), month_end(year + 1, 2), "season"
    first_month = {"spring": 3, "summer": 6, "autumn": 9}[season]
    opening = SEASONS[match["first"].lower()] if match["first"] else season
    if opening in ("spring", "summer") and opening != season:
        # "Sommer/Herbst 2021": from summer's start to autumn's end (round 282)
        start_month = {"spring": 3, "summer": 6}[opening]
        if start_month < first_month:
            return date(year, start_month, 1), month_end(year, first_month + 2), "season"
    return date(year, first_month, 1), month_end(year, first_month + 2), "season"


# "Die Landeshauptstadt München will noch im Januar 2018 für eine provisorische Beleuchtung
# sorgen": a month by which something is meant to be done, no event's.
_STILL_IN_BEFORE = lazy_re.compile(r"\bnoch\s+im\s+$", _FLAGS)
_MEANT_TO = lazy_re.compile(r"\b(?:will|wollen|soll|sollen|möchte|möchten|plant|planen)\b", _FLAGS)
# "Plan ist, .ffhl im Februar oder Maerz 2016 abzuschalten" (round 298): a month offered as the
# other choice of two names neither month (round 262: two alternative months are no day).
_ALTERNATIVE_MONTH_BEFORE = lazy_re.compile(rf"\b(?:{_MONTH_ALT})\b\.?\s+(?:oder|or)\s+$", _FLAGS)


def _month(text: str) -> Period | None:
    match = _MONTH_YEAR.search(text)
    if match is None:
        return None
    if _STILL_IN_BEFORE.search(text, 0, match.start()) and _MEANT_TO.search(text):
        return None
    if match["mn"] and _ALTERNATIVE_MONTH_BEFORE.search(text, 0, match.start()) is not None:
        return None
    if match["mna"]:
        first = date(int(match["ya"]), MONTHS[match["mna"].lower()], 1)
        last = month_end(int(match["yb"]), MONTHS[match["mnb"].lower()])
        return (first, last, "month") if first <= last else None
    if match["m"]:
        month, year = int(match["m"]), int(match["y2"])
        if not 1 <= month <= 12 or _ISSUE_BEFORE.search(text, 0, match.start()) is not None:
            # ("SVS Aktuell Ausgabe # 08/2025 FC Neckarzimmern", round 235: a paper's issue
            # number, not its month)
            return None
        return date(year, month, 1), month_end(year, month), "month"
    if match["y3"]:
        year, month = int(match["y3"]), MONTHS[match["mn3"].lower()]
        return date(year, month, 1), month_end(year, month), "month"
    year = int(match["y"])
    month = MONTHS[match["mn"].lower()]
    last_month = MONTHS[match["mn2"].lower()] if match["mn2"] else month
    if (
        match["join"] == "und"
        and last_month != month % 12 + 1
        and not has_any(text[match.end("mn") : match.start("join")], (",", "/"))
    ):
        # "Februar und Juli 2001 | Universitätskirche, Marburg" (round 270): two months apart
        # joined by „und“ are a list of two months, the first one's; „Juni und Juli 2001“ and
        # „Januar, Februar und März 2026“ run on
        last_month, year = month, year
    # "Dezember bis Februar 2028": the year belongs to the end of the span.
    first_year = year if last_month >= month else year - 1
    return date(first_year, month, 1), month_end(year, last_month), "month"


def _month_span_in_prose(text: str, reference: date) -> Period | None:
    match = (
        _MONTH_SPAN_PROSE.search(text)
        if (" i" in text or "von " in text or "rom " in text or "Im " in text)
        else None
    )
    if match is None:
        return None
    first = MONTHS[(match["mn"] or match["en"] or match["vn"] or match["un"]).lower()]
    last = MONTHS[(match["mn2"] or match["en2"] or match["vn2"] or match["un2"]).lower()]
    if match["un"] is not None and (
        last != first % 12 + 1
        or _COMING_IN_PROSE.search(text) is None
        or _EVERY_YEAR.search(text) is not None
    ):
        # "im März und im Juli" (two months apart), "Im März und April fand … statt" (told in the
        # past), a yearly habit: no period of the coming months
        return None
    year = _nearest_year(first, reference)
    if (
        match["un"] is not None
        and stated_year(reference) is None
        and date(year, first, 1) < reference.replace(day=1)
    ):
        # ("Im Oktober/November spielen wir …" in March: the coming autumn, as one month's prose)
        year += 1
    last_year = year if last >= first else year + 1
    return date(year, first, 1), month_end(last_year, last), "month"


def _nearest_year(month: int, reference: date) -> int:
    """The year whose ``month`` (its middle) lies nearest the reference, the future on a tie
    (or the year the page's context states)."""
    stated = stated_year(reference)
    if stated is not None:
        return stated
    candidates = [
        date(y, month, 15) for y in (reference.year - 1, reference.year, reference.year + 1)
    ]
    return min(candidates, key=lambda day: (abs((day - reference).days), day < reference)).year


# Where a clause ends: a comma, a semicolon or a sentence's end.
_CLAUSE_BREAK = lazy_re.compile(r"[,;]|[.!?](?=\s|$)")


def _coming_in_own_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the clause holding the month announces it and says nothing of the past: „trafen
    sich 9 Familien im Pfarrheim, die sich im März erneut zu einer Zusammenkunft treffen wollen,
    um zu erörtern …“ (round 199) plans the March meeting in a relative clause of its own, the
    past meeting around it has no day."""
    opening = max(
        (found.end() for found in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0
    )
    closing = _CLAUSE_BREAK.search(text, match.end())
    clause = text[opening : closing.start() if closing is not None else len(text)]
    return _COMING_IN_PROSE.search(clause) is not None and _TOLD_PAST.search(clause) is None


def _month_without_year(text: str, reference: date) -> Period | None:
    """The month's nearest occurrence: its middle within six months of the reference, as a
    yearless day's year is chosen (``when.infer_year``)."""
    match = _PART_OF_MONTH.search(text) or _SHORT_MONTH.match(text)
    prose = False
    if match is None and ("-" in text or "–" in text) and (row := _MONTH_ROW_TITLE.match(text)):
        # "Oktober - Bosselturnier mit Grillabend (CDU)", "März VHS-Vortrag.": a plan's row, its
        # month and its title; the month ahead, as a plan's
        match, prose = row, True
    if match is None and "im " in text and (title := _EVENT_TITLE_MONTH.match(text)) is not None:
        match, prose = title, True
    if match is None and (has_any(text.lower(), ("im ", "ab ")) or text.lstrip()[:1].isupper()):
        match = _IN_MONTH_PROSE.search(text)
        months = _ANY_MONTH.findall(text) if match is not None else []
        if (
            len(months) != 1
            or _NOT_THE_MONTHS_OFFERING.search(text) is not None
            or (
                _TOLD_PAST.search(text) is not None
                and (match is None or not _coming_in_own_clause(text, match))
            )
            or _COMING_IN_PROSE.search(text) is None
            or _EVERY_YEAR.search(text) is not None
        ):
            # "im März und im Juli", "Die Anmeldung beginnt im Januar", "musste … im März
            # leider ausfallen", "Im Mai beschloss der Rat …" (told in the past, or called off):
            # only a sentence announcing something coming names its month; "Jedes Jahr im März führen
            # die Kolpingsfamilien … durch": a yearly habit names no month of its own
            match = None
        prose = match is not None
    if match is None or _OPENS_IN_MONTH.search(text) is not None:
        # "Spielecafé … öffnet Ende Juli!", "wird im September das erste Mal ihre Türen …
        # öffnen": a place (re)opening some day of a month, as a service resuming (none)
        return None
    named = match.groupdict()
    month = MONTHS[(named.get("mn") or named["lead"]).lower()]
    year = _nearest_year(month, reference)
    # "2015 | steht während der Jahreshauptversammlung im März wieder die Wahl … an." (round 330,
    # a chronicle's year before its line): the year the heading states is the month's, never
    # moved on past the stated year's middle as a yearless plan's month is
    stated = stated_year(reference) is not None
    if not stated and _THIS_YEARS_MONTH.search(text) is not None:
        year = reference.year
    elif (
        not stated
        and (year < reference.year or (year == reference.year and month < reference.month))
        and (_NOT_BEFORE_MONTH.search(text) is not None or prose)
    ):
        year += 1
    return date(year, month, 1), month_end(year, month), "month"


def _year(text: str) -> Period | None:
    match = _YEAR_ONLY.match(text)
    if match is None:
        return None
    year = int(match["y"])
    return date(year, 1, 1), date(year, 12, 31), "year"
