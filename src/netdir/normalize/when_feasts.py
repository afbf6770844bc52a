"""Holidays named instead of a day: "Ostermontag bis 31.Oktober", "1.November bis Samstag vor
Ostern", "Heiligabend", "am 2. Weihnachtsfeiertag". A museum's season, a market's closing days
and a parish's services are written this way.

Only names of one day count ("Ostermontag", "Pfingstmontag", "Fronleichnam", "Heiligabend",
"Silvester", …); a bare "Ostern", "Pfingsten" or "Weihnachten" names several days and counts
only after a weekday ("Samstag vor Ostern", "Sonntag nach Pfingsten", "am Samstag vor dem 1.
Advent"). A weekday of a feast's weekend ("Samstag am 1. Adventswochenende", "Sonntag am
Pfingstwochenende") is that day of the weekend (Friday to Monday around the feast's Sunday).
Valentine's and Mother's Day count as anchors a parish names ("Sonntag nach dem Valentinstag"). Movable feasts follow
Easter Sunday (``dateutil.easter``, Gregorian); the year is chosen by ``when.py`` like any other missing year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from netdir import lazy_re
from netdir.normalize.when_feast_services import service_feasts
from netdir.normalize.when_nth import nth_weekday
from netdir.normalize.when_words import MONTHS, WEEKDAYS, alternation


def _after_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], date]:
    """US holidays: "Labor Day" the first Monday of September (nth=-1: the month's last)."""

    def day_in(year: int) -> date:
        day = nth_weekday(year, month, weekday, nth)
        assert day is not None, "feasts name the 1st to 4th or the last weekday: every month has it"
        return day

    return day_in


def _first_advent(year: int) -> date:
    christmas_eve = date(year, 12, 24)
    return christmas_eve - timedelta(days=(christmas_eve.weekday() + 1) % 7 + 21)


def _nth_advent(nth: int) -> Callable[[int], date]:
    return lambda year: _first_advent(year) + timedelta(days=7 * (nth - 1))


def _advent_saturday(nth: int) -> Callable[[int], date]:
    """ "am ersten Samstag im Advent", "2. Adventssamstag": the Saturday of that Advent weekend
    (shops and markets count the four Saturdays before the Advent Sundays)."""
    return lambda year: _nth_advent(nth)(year) - timedelta(days=1)


def _before_advent(days: int) -> Callable[[int], date]:
    """ "Totensonntag" (7 days before the first of Advent), "Buß- und Bettag" (11 days before)."""
    return lambda year: _first_advent(year) - timedelta(days=days)


_EASTER = _after_easter(0)
_PENTECOST = _after_easter(49)
_CHRISTMAS = _fixed(12, 25)

#: Names of one day (lower case; "heiligen abend" as prose writes it) and their date in a year.
FEASTS: dict[str, Callable[[int], date]] = {
    "neujahr": _fixed(1, 1), "neujahrstag": _fixed(1, 1),
    "heilige drei könige": _fixed(1, 6), "dreikönigstag": _fixed(1, 6),
    # "findet die Hauptversammlung an Dreikönig statt" (only with its preposition: "zwischen
    # Weihnachten und Dreikönig" is a stretch of days)
    "an dreikönig": _fixed(1, 6), "am dreikönig": _fixed(1, 6), "zu dreikönig": _fixed(1, 6),
    "rosenmontag": _after_easter(-48), "aschermittwoch": _after_easter(-46),
    # carnival's Thursday in the Rhineland ("Jedes Jahr an Weiberfastnacht wird … gefeiert")
    "weiberfastnacht": _after_easter(-52), "altweiberfastnacht": _after_easter(-52),
    # the Rhineland's short names of its carnival days, as town halls list their closures ("An
    # Altweiber, 20. Februar, und Rosenmontag sind die Dienststellen geschlossen", "am
    # Karnevalssamstag"; never inside a compound: "Altweiberparty", "Altweibersommer")
    "altweiber": _after_easter(-52), "weiberdonnerstag": _after_easter(-52),
    "karnevalsdonnerstag": _after_easter(-52), "schmotziger donnerstag": _after_easter(-52),
    "schmutziger donnerstag": _after_easter(-52), "karnevalsfreitag": _after_easter(-51),
    "karnevalssamstag": _after_easter(-50), "nelkensamstag": _after_easter(-50),
    "faschingssamstag": _after_easter(-50), "fastnachtssamstag": _after_easter(-50),
    "karnevalssonntag": _after_easter(-49), "tulpensonntag": _after_easter(-49),
    "faschingssonntag": _after_easter(-49), "fastnachtssonntag": _after_easter(-49),
    "faschingsmontag": _after_easter(-48), "fastnachtsmontag": _after_easter(-48),
    "fasnachtsmontag": _after_easter(-48), "karnevalsdienstag": _after_easter(-47),
    "veilchendienstag": _after_easter(-47),
    # the carnival's Tuesday by its regional names ("am Fasnachtsdienstag")
    "faschingsdienstag": _after_easter(-47), "fasnachtsdienstag": _after_easter(-47),
    "fastnachtsdienstag": _after_easter(-47), "fasnetsdienstag": _after_easter(-47),
    "gründonnerstag": _after_easter(-3), "karfreitag": _after_easter(-2),
    "karsamstag": _after_easter(-1),
    # "Am Ostersamstag war ich … in Schönbrunn": Holy Saturday by its everyday name (the day
    # before Easter Sunday, as "Pfingstsamstag" is the day before Pentecost)
    "ostersamstag": _after_easter(-1),
    # the Easter vigil: Holy Saturday's night ("Die Osternacht beginnt … um 21:00 Uhr"; one held
    # before dawn names its Sunday beside it, "Osternacht am Sonntag, 4. April", which wins)
    "osternacht": _after_easter(-1),
    "ostersonntag": _EASTER, "ostermontag": _after_easter(1),
    # "haben an der Ostermorgenfeier im Garten … das neue Licht des Ostermorgens begrüßt" (round
    # 323, a parish's report): Easter morning is Easter Sunday's
    "ostermorgen": _EASTER, "ostermorgenfeier": _EASTER,
    "christi himmelfahrt": _after_easter(39), "auffahrt": _after_easter(39),
    # "An Himmelfahrt fand der letzte Gottesdienst … statt": with its preposition (alone it may
    # name why a listed day is closed), "Himmelfahrtstag" always
    "an himmelfahrt": _after_easter(39), "himmelfahrtstag": _after_easter(39),
    # "Am Himmelsfahrtstag 2024 hat … das Rosarium … aktiviert": the name often written with an s
    "himmelsfahrtstag": _after_easter(39), "christi himmelsfahrt": _after_easter(39),
    # „veranstaltet einen Vatertagshock … Beginn ist ab 11 Uhr“ (round 287): Ascension Day's
    # party or walk named after „Vatertag“ is held on it, as is what is „am Vatertag“ (alone
    # the word may name why a listed day is closed, as „Himmelfahrt“ may)
    "am vatertag": _after_easter(39), "vatertagshock": _after_easter(39),
    "vatertaghock": _after_easter(39), "vatertagshockete": _after_easter(39),
    "vatertagsfest": _after_easter(39), "vatertagsparty": _after_easter(39),
    "vatertagswanderung": _after_easter(39), "vatertagsfrühschoppen": _after_easter(39),
    "an himmelsfahrt": _after_easter(39),
    "pfingstsonntag": _PENTECOST, "pfingstmontag": _after_easter(50),
    "pfingstsamstag": _after_easter(48),  # marksmen's feasts open on it
    # "Am 2. Ostertag 1927 zogen die Turner … durchs Dorf": Easter's and Pentecost's days counted
    # as Christmas's are ("2. Weihnachtstag")
    "1. ostertag": _EASTER, "ersten ostertag": _EASTER, "erster ostertag": _EASTER,
    "2. ostertag": _after_easter(1), "zweiten ostertag": _after_easter(1),
    "zweiter ostertag": _after_easter(1), "2. osterfeiertag": _after_easter(1),
    "zweiten osterfeiertag": _after_easter(1), "zweiter osterfeiertag": _after_easter(1),
    "1. pfingsttag": _PENTECOST, "ersten pfingsttag": _PENTECOST, "erster pfingsttag": _PENTECOST,
    "2. pfingsttag": _after_easter(50), "zweiten pfingsttag": _after_easter(50),
    "zweiter pfingsttag": _after_easter(50), "2. pfingstfeiertag": _after_easter(50),
    "zweiten pfingstfeiertag": _after_easter(50), "zweiter pfingstfeiertag": _after_easter(50),
    "pfingstdienstag": _after_easter(51),  # marksmen's and parish fairs run into it
    "fronleichnam": _after_easter(60),
    "tag der arbeit": _fixed(5, 1), "tag der deutschen einheit": _fixed(10, 3),
    # "am Vorabend des ersten Maifeiertags": May Day by its other name
    "maifeiertag": _fixed(5, 1), "maifeiertags": _fixed(5, 1),
    "reformationstag": _fixed(10, 31), "allerheiligen": _fixed(11, 1),
    "heiligabend": _fixed(12, 24), "heiliger abend": _fixed(12, 24), "heilig abend": _fixed(12, 24),
    "heiligen abend": _fixed(12, 24), "hl. abend": _fixed(12, 24),
    "1. weihnachtsfeiertag": _CHRISTMAS, "erster weihnachtsfeiertag": _CHRISTMAS,
    "ersten weihnachtsfeiertag": _CHRISTMAS, "1. weihnachtstag": _CHRISTMAS,
    "2. weihnachtsfeiertag": _fixed(12, 26), "zweiter weihnachtsfeiertag": _fixed(12, 26),
    "zweiten weihnachtsfeiertag": _fixed(12, 26), "2. weihnachtstag": _fixed(12, 26),
    "silvester": _fixed(12, 31), "sylvester": _fixed(12, 31),
    "1. advent": _first_advent, "ersten advent": _first_advent, "erster advent": _first_advent,
    "2. advent": _nth_advent(2), "zweiten advent": _nth_advent(2), "zweiter advent": _nth_advent(2),
    "3. advent": _nth_advent(3), "dritten advent": _nth_advent(3), "dritter advent": _nth_advent(3),
    "4. advent": _nth_advent(4), "vierten advent": _nth_advent(4), "vierter advent": _nth_advent(4),
    # "am Abend des dritten Advents": the genitive
    "1. advents": _nth_advent(1), "ersten advents": _nth_advent(1),
    "2. advents": _nth_advent(2), "zweiten advents": _nth_advent(2),
    "3. advents": _nth_advent(3), "dritten advents": _nth_advent(3),
    "4. advents": _nth_advent(4), "vierten advents": _nth_advent(4),
    "christmas eve": _fixed(12, 24), "christmas day": _CHRISTMAS,
    "new year's eve": _fixed(12, 31), "new year's day": _fixed(1, 1),
    "easter sunday": _EASTER, "easter monday": _after_easter(1), "good friday": _after_easter(-2),
    # British names of Pentecost's days ("the German Mill Day on Whit Monday")
    "whit sunday": _PENTECOST, "whitsunday": _PENTECOST, "pentecost sunday": _PENTECOST,
    "whit monday": _after_easter(50), "whitmonday": _after_easter(50),
    "pentecost monday": _after_easter(50), "maundy thursday": _after_easter(-3),
    "holy saturday": _after_easter(-1), "ascension day": _after_easter(39),
    # ("ASH WEDNESDAY SUNG MASS 7.30pm", "Shrove Tuesday pancake party": Lent's first days)
    "ash wednesday": _after_easter(-46), "shrove tuesday": _after_easter(-47),
    # US holidays, as city and library calendars name a season's first and last day
    "memorial day": _nth_weekday(5, 0, -1), "labor day": _nth_weekday(9, 0, 1),
    "thanksgiving": _nth_weekday(11, 3, 4), "thanksgiving day": _nth_weekday(11, 3, 4),
    "martin luther king day": _nth_weekday(1, 0, 3), "martin luther king jr. day": _nth_weekday(1, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3), "presidents' day": _nth_weekday(2, 0, 3),
    "columbus day": _nth_weekday(10, 0, 2), "independence day": _fixed(7, 4),
    "veterans day": _fixed(11, 11),
    # days a parish or club names as the anchor of another ("Sonntag nach dem Valentinstag")
    "valentinstag": _fixed(2, 14), "valentine's day": _fixed(2, 14),
    # "An Halloween ist unser nächstes reguläres Treffen": 31 October, a club's meeting day
    "halloween": _fixed(10, 31),
    "muttertag": _nth_weekday(5, 6, 2), "mother's day": _nth_weekday(5, 6, 2),
    "muttertagssonntag": _nth_weekday(5, 6, 2),  # "Am Muttertagssonntag fand … statt"
    # the German church year's named Sundays and days (Protestant calendars)
    "ewigkeitssonntag": _before_advent(7), "totensonntag": _before_advent(7),
    "volkstrauertag": _before_advent(14), "buß- und bettag": _before_advent(11),
    "buss- und bettag": _before_advent(11), "bußtag": _before_advent(11),
    # harvest festival: the first Sunday of October
    "erntedank": _nth_weekday(10, 6, 1), "erntedankfest": _nth_weekday(10, 6, 1),
    "erntedanksonntag": _nth_weekday(10, 6, 1),
    # more of the church year's days parishes name as a season's ends ("Ab Palmsonntag bis
    # Heiligabend feiern wir in der Kirche")
    "palmsonntag": _after_easter(-7), "palm sunday": _after_easter(-7),
    "weißer sonntag": _after_easter(7), "weißen sonntag": _after_easter(7),
    "trinitatis": _after_easter(56), "trinitatissonntag": _after_easter(56),
    "mariä himmelfahrt": _fixed(8, 15), "allerseelen": _fixed(11, 2),
    # "am Mariä Himmelfahrtstag" is the Assumption (15 August), not "Himmelfahrtstag" (Ascension)
    "mariä himmelfahrtstag": _fixed(8, 15), "mariae himmelfahrt": _fixed(8, 15),
    "mariae himmelfahrtstag": _fixed(8, 15),
    "nikolaustag": _fixed(12, 6), "epiphanias": _fixed(1, 6),
    # the Sundays of Lent and Eastertide by their Latin names, as parishes date confirmations
    # ("in der Regel am Sonntag Kantate", "Sonntag Rogate")
    "septuagesimae": _after_easter(-63), "sexagesimae": _after_easter(-56),
    "estomihi": _after_easter(-49), "invokavit": _after_easter(-42), "invocavit": _after_easter(-42),
    "reminiszere": _after_easter(-35), "reminiscere": _after_easter(-35), "okuli": _after_easter(-28),
    "oculi": _after_easter(-28), "lätare": _after_easter(-21), "laetare": _after_easter(-21),
    "judika": _after_easter(-14), "judica": _after_easter(-14),
    "quasimodogeniti": _after_easter(7), "misericordias domini": _after_easter(14),
    "miserikordias domini": _after_easter(14), "jubilate": _after_easter(21),
    "kantate": _after_easter(28), "cantate": _after_easter(28), "rogate": _after_easter(35),
    "exaudi": _after_easter(42),
    "ersten weihnachtstag": _CHRISTMAS, "erster weihnachtstag": _CHRISTMAS,
    "zweiten weihnachtstag": _fixed(12, 26), "zweiter weihnachtstag": _fixed(12, 26),
    # "der letzte Gottesdienst der Heiligen Nacht" (never the carol's "Stille Nacht, heilige
    # Nacht": only with its article)
    "der heiligen nacht": _fixed(12, 24), "die heilige nacht": _fixed(12, 24),
    "in der heiligen nacht": _fixed(12, 24),
}  # fmt: skip
# "am ersten Adventssonntag um 09:30 Uhr", "am 1. Sonntag im Advent" (round 218): the Advent
# Sundays by their other names ("Sonntag im Advent" is also read by when_nth as "the 1st
# Sunday of a month", which this name wins)
FEASTS.update(
    {
        f"{word} {name}": _nth_advent(nth)
        for nth, words in enumerate(
            (("1.", "ersten", "erster"), ("2.", "zweiten", "zweiter"), ("3.", "dritten", "dritter"),
             ("4.", "vierten", "vierter")),
            start=1,
        )
        for word in words
        for name in ("sonntag im advent", "adventssonntag", "adventsonntag")
    }
)  # fmt: skip
# "Online-Gottesdienst zum Hirtensonntag" (Misericordias Domini, round 220); "Am vorletzten
# Sonntag des Kirchenjahres" (two Sundays before Advent: the Volkstrauertag), the last one the
# Ewigkeitssonntag
FEASTS.update(
    {
        "hirtensonntag": _after_easter(14),
        "vorletzten sonntag des kirchenjahres": _before_advent(14),
        "vorletzter sonntag des kirchenjahres": _before_advent(14),
        "vorletzten sonntag im kirchenjahr": _before_advent(14),
        "letzten sonntag des kirchenjahres": _before_advent(7),
        "letzter sonntag des kirchenjahres": _before_advent(7),
        "letzten sonntag im kirchenjahr": _before_advent(7),
        # "zum deutschsprachigen Heilig-Abend-Gottesdienst" (round 218): Christmas Eve hyphenated
        "heilig-abend": _fixed(12, 24),
        # "Am Heiligmorgen besuchten jugendliche Bewohner … den Reutlinger Weihnachtscircus"
        # (round 222): the morning of Christmas Eve, a Swabian and Franconian name of that day
        "heiligmorgen": _fixed(12, 24),
        "heiligmorgens": _fixed(12, 24),
        # „von Christi-Himmelfahrt bis Sonntagabend“ (round 327, a village's festival): the
        # feast's two words joined by a hyphen, as „Heilig-Abend“ is
        "christi-himmelfahrt": _after_easter(39),
        "christi-himmelsfahrt": _after_easter(39),
        # „März | … wird wieder in ökumenischer Verbundenheit der Weltgebetstag gefeiert“ (round
        # 325, a parish's review): the World Day of Prayer is held on the first Friday of March
        "weltgebetstag": _nth_weekday(3, 4, 1),
    }
)
# "am ersten Samstag im Advent", "2. Adventssamstag"
FEASTS.update(
    {
        f"{word} {name}": _advent_saturday(nth)
        for nth, words in enumerate(
            (("1.", "ersten"), ("2.", "zweiten"), ("3.", "dritten"), ("4.", "vierten")), start=1
        )
        for word in words
        for name in ("samstag im advent", "adventssamstag")
    }
)
#: Feasts of several days: a day only as the anchor of "Samstag vor Ostern".
ANCHORS: dict[str, Callable[[int], date]] = {
    "ostern": _EASTER, "pfingsten": _PENTECOST, "weihnachten": _CHRISTMAS, "easter": _EASTER,
    "reformation": _fixed(10, 31),  # "am Freitag vor Reformation"
    "christmas": _CHRISTMAS,  # "the last Saturday before Christmas"
    # "Sonntag vor Himmelfahrt" (alone, "18. & 19.05.2023 – Himmelfahrt" names why a day is
    # closed, not a range's end)
    "himmelfahrt": _after_easter(39), "vatertag": _after_easter(39),
    # "der Freitag nach dem St.Martinsfest (11.November)": a procession's anchor (never the
    # bare "St. Martin", which names churches)
    "martinstag": _fixed(11, 11), "martinsfest": _fixed(11, 11), "st. martinsfest": _fixed(11, 11),
    "st.martinsfest": _fixed(11, 11), "sankt martinsfest": _fixed(11, 11),
    "st. martinstag": _fixed(11, 11), "st.martinstag": _fixed(11, 11),
}  # fmt: skip

#: Substrings one of which every feast name holds: most texts have none (a cheap pre-test).
FEAST_HINTS = (
    "neujahr", "drei k", "dreikönig", "rosenm", "aschermi", "gründonn", "karfrei", "karsams",
    "fasching", "fasnacht", "fastnacht", "fasnet", "altweiber", "weiberdonn", "karneval", "schmotz",
    "schmutzig", "nelkens", "tulpens", "veilchend",
    "oster", "himmelf", "himmelsf", "auffahrt", "pfingst", "fronleich", "der arbeit", "maifeiertag", "deutschen einheit",
    "reformation", "heilig", "hl. abend", "weihnacht", "silvester", "sylvester", "advent", "christmas", "new year",
    "easter", "good friday", "whit", "pentecost", "maundy", "holy saturday", "ascension day",
    "ash wed", "shrove",
    "memorial day", "labor day", "thanksgiving", "martin luther king",
    "presidents", "columbus day", "independence day", "veterans day", "valentin", "muttertag",
    "mother's day", "halloween", "martins", "ewigkeits", "totensonn", "volkstrauer", "bettag", "bußtag",
    "erntedank", "palm", "weiße", "trinitatis", "allerseelen", "nikolaustag", "epiphanias",
    "septuag", "sexag", "estomihi", "invo", "remini", "okuli", "oculi", "lätare", "laetare",
    "judi", "quasimodo", "misericordias", "miserikordias", "jubilate", "kantate", "cantate",
    "rogate", "exaudi", "vatertag", "heilige nacht", "heiligen nacht", "nach dem ", "vor dem ",
    "hirtensonn", "kirchenjahr", "heilig-abend", "heiligmorgen", "weltgebet",
)  # fmt: skip

#: "Osterwochenende", "Pfingstwochenende": the stems a feast's weekend is written with.
_WEEKEND_STEMS: dict[str, Callable[[int], date]] = {"oster": _EASTER, "pfingst": _PENTECOST}
_WEEKEND_OFFSETS = {4: -2, 5: -1, 6: 0, 0: 1}  # Friday … Monday around the feast's Sunday

_FEAST = lazy_re.compile(
    r"(?<![\w.])(?:(?:(?P<nth>[1-9]|1\d|2[0-7])\.\s*|(?P<nthw>erste|zweite|dritte|vierte|f(?:ü|ue)nfte"
    r"|sechste)[nmrs]?\s+)?(?P<wd>"
    + alternation(WEEKDAYS)
    + r")\s+(?P<dir>vor|nach|before|after)\s+(?:dem\s+|der\s+|the\s+)?(?P<anchor>"
    + alternation(frozenset({**FEASTS, **ANCHORS})).replace(".", r"\.")
    # "Samstag am 1. Adventswochenende", "Sonntag am Pfingstwochenende": a day of its weekend
    + r")|(?P<wwd>"
    + alternation(WEEKDAYS)
    + r")\s+(?:am|des|vom)\s+(?P<weekend>"
    + alternation(frozenset({*FEASTS, *ANCHORS, *_WEEKEND_STEMS})).replace(".", r"\.")
    + r")-?s?wochenende"
    # "einen Tag vor dem ersten Advent", "am Tag nach Ostern": the day next to the feast
    # ("the day before Easter", "the day after Thanksgiving")
    + r"|(?:(?:einen|am|den|the|on\s+the)\s+)?(?:tag|day)\s+(?P<tdir>vor|nach|before|after)\s+"
    + r"(?:dem\s+|der\s+)?(?P<tanchor>"
    + alternation(frozenset({**FEASTS, **ANCHORS})).replace(".", r"\.")
    + r")"
    # "eine Woche vor Altweiber": whole weeks before or after a feast of one day (round 216) are
    # that feast's weekday so many weeks away ("zwei Wochen nach Ostern": Easter's several days
    # give no one day, as a bare "Ostern" gives none)
    + r"|(?P<weeks>eine|einer|zwei|drei|vier|[1-4])\s+wochen?\s+(?P<wdir>vor|nach)\s+"
    + r"(?:dem\s+|der\s+)?(?P<wanchor>"
    + alternation(frozenset(FEASTS)).replace(".", r"\.")
    + r")"
    # "am Sonntag nach dem 6. Dezember": the first such weekday after (or before) a date
    + r"|(?P<dwd>"
    + alternation(WEEKDAYS)
    + r")\s+(?P<ddir>vor|nach)\s+dem\s+(?P<dday>[12]?\d|3[01])\.\s*(?P<dmn>"
    + alternation(MONTHS)
    + r")\b"
    + r"|(?P<feast>"
    + alternation(frozenset(FEASTS)).replace(".", r"\.")
    # "anläßlich des Volkstrauertags" (round 219): a name ending in "tag" takes a genitive s
    + r")(?P<gen>e?s)?)(?!\w)(?:\s+(?P<y>(?:19|20)\d{2})(?![\d.:]))?",  # "Pfingstsonntag 2018"
    re.IGNORECASE,
)


# "kurz vor Heiligabend", "nach Ostern": a time next to a feast without a weekday or a day count
# ("Samstag vor Ostern" and "Tag nach Ostern" are read by ``_FEAST`` itself).
_NEXT_TO_FEAST = lazy_re.compile(
    r"\b(?:vor|nach|before|after)\s+(?:dem\s+|der\s+|the\s+)?$"
    # „Schon seit Anfang der Woche zum Ewigkeitssonntag brennt die adventliche
    # Straßenbeleuchtung.“ (round 325): a part of the week leading to the feast, no day of it
    r"|\b(?:anfang|beginn|mitte|ende)\s+der\s+woche\s+(?:zum|zur|vor|nach)\s+(?:dem\s+|der\s+)?$",
    re.IGNORECASE,
)


# „damals“ later in the feast's clause: the feast of a story told, back then.
_BACK_THEN = lazy_re.compile(r"[^.!?;:]{0,40}?\bdamals\b", re.IGNORECASE)


# "Halloween-Party", "Silvester-Gala": a hyphen and a noun after the feast's name.
_COMPOUND_NOUN = lazy_re.compile(r"-(?-i:[A-ZÄÖÜ])[a-zäöüß]")
# "am vorletzten Wochenende": a weekend the text names as its own time.
_OWN_WEEKEND = lazy_re.compile(
    r"\b(?:am|an\s+diesem|übers?|das)\s+[a-zäöü]*\s*wochenende\b", re.IGNORECASE
)


# "das verlängerte Allerheiligen-Wochenende": the feast's long weekend, read whole by
# ``when_feast_weekends`` (round 280), not the feast's one day.
_WEEKEND_AFTER = lazy_re.compile(r"-?wochenende", re.IGNORECASE)


# "St. Trinitatis", "Sankt Trinitatis": a church or parish named after a feast, not its day.
_SAINTS_NAME = lazy_re.compile(r"\b(?:st\.|sankt|hl\.)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FeastMention:
    """A holiday in the text: where, and its day in any year."""

    start: int
    end: int
    day_in: Callable[[int], date]
    year: int | None = None  # "Pfingstsonntag 2018": the year written after it
    #: A weekday before or after the holiday ("Freitag nach dem Martinstag"), not the holiday.
    relative: bool = False
    #: How many days it names from ``day_in``: two for „an den beiden Weihnachtsfeiertagen“.
    days: int = 1


# „und an den beiden Weihnachtsfeiertagen“ (round 325), „am 1. und 2. Weihnachtsfeiertag“: both
# Christmas holidays, 25 and 26 December, one run of two days.
_BOTH_CHRISTMAS_DAYS = lazy_re.compile(
    r"(?<![\w.])(?:(?:den\s+|die\s+)?beiden\s+weihnachts(?:feier)?tage|(?:1\.|ersten?)\s*(?:und|&|/)\s*(?:2\.|zweiten?)\s+"
    r"weihnachts(?:feier)?tag)(?:en|es|e|n|s)?\b",
    re.IGNORECASE,
)


# „Die Kirchengemeinde beginnt die festliche Adventszeit … mit einem Gottesdienst. Um 10 Uhr …“
# (round 325): the start of Advent told as such is the first Sunday of Advent.
_ADVENT_BEGINS = lazy_re.compile(
    r"\b(?:beginnt|beginnen|beginn\s+der)\s+(?:die\s+)?(?:[^\W\d]+\s+)?adventszeit\b"
    r"|\badventszeit\s+beginnt\b",
    re.IGNORECASE,
)


def find_feasts(text: str, lowered: str | None) -> list[FeastMention]:
    """Every holiday named in ``text`` (``lowered`` its lower case, None to skip the pre-test)."""
    if lowered is not None and not any(map(lowered.__contains__, FEAST_HINTS)):
        return []
    both = _both_christmas_days(text, lowered)
    found = both
    if "adventszeit" in (lowered or text.lower()):
        found = [
            *both,
            *(
                FeastMention(match.start(), match.end(), _nth_advent(1))
                for match in _ADVENT_BEGINS.finditer(text)
            ),
        ]
    for match in _FEAST.finditer(text):
        year = int(match["y"]) if match["y"] else None
        if both and any(b.start <= match.start() < b.end for b in both):
            continue  # "2. Weihnachtsfeiertag" inside „am 1. und 2. Weihnachtsfeiertag“
        if match["feast"] is not None:
            if match["gen"] and not match["feast"].lower().endswith("tag"):
                continue  # "Silvesters", "Adventss…": no genitive of a "…tag" name
            if _NEXT_TO_FEAST.search(text, 0, match.start()) is not None:
                # "Kurz vor Heiligabend: Christgeburtsspiel im Stall" (round 206): some day
                # before (or after) the feast, which one unsaid, is not the feast's day
                continue
            if (
                year is None
                and "damals" in text
                and _BACK_THEN.match(text, match.end()) is not None
            ):
                # „was es mit Maria Magdalena … in der Woche vom Palmsonntag bis Ostern damals in
                # Jerusalem erlebt hat“ (round 323): a story's feast long ago, no year's day
                continue
            if (
                _COMPOUND_NOUN.match(text, match.end()) is not None
                and _OWN_WEEKEND.search(text) is not None
            ):
                # "herrschte am vorletzten Wochenende gruselige Stimmung: Die Dance Kids feierte
                # ihre diesjährige Halloween-Party" (round 233): a thing named after the feast,
                # joined to it by a hyphen, was held on the weekend the text names (not so
                # "zum … Heilig-Abend-Gottesdienst" alone, round 218: the service is the feast's)
                continue
            if _WEEKEND_AFTER.match(text, match.end()) is not None:
                continue
            if _a_ramp(text, match) or _SAINTS_NAME.search(text, 0, match.start()) is not None:
                # ("mit unserer Partnergemeinde St. Trinitatis am 1. Sonntag im Advent": a
                # church named after the feast, round 218)
                continue
            day_in = FEASTS[match["feast"].lower()]
            if match["feast"].lower() == "osternacht" and _before_dawn(text, match.end()):
                day_in = _EASTER
            found.append(FeastMention(match.start(), match.end(), day_in, year))
            continue
        if match["weekend"] is not None:
            sunday = _weekend_sunday(match["weekend"].lower())
            offset = _WEEKEND_OFFSETS.get(WEEKDAYS[match["wwd"].lower()])
            if sunday is not None and offset is not None:
                found.append(
                    FeastMention(match.start(), match.end(), _shifted(sunday, offset), year)
                )
            continue
        if match["dwd"] is not None:
            month, day = MONTHS[match["dmn"].lower()], int(match["dday"])
            if day > 28 and month == 2:
                continue
            day_in = _relative(
                _fixed(month, day),
                WEEKDAYS[match["dwd"].lower()],
                before=match["ddir"].lower() == "vor",
            )
            found.append(FeastMention(match.start(), match.end(), day_in, year, relative=True))
            continue
        if match["wanchor"] is not None:
            anchor_of = match["wanchor"].lower()
            weeks = _WEEK_COUNTS.get(match["weeks"].lower()) or int(match["weeks"])
            days = 7 * weeks * (-1 if match["wdir"].lower() == "vor" else 1)
            day_in = _shifted(FEASTS[anchor_of], days)
            found.append(FeastMention(match.start(), match.end(), day_in, year, relative=True))
            continue
        if match["tanchor"] is not None:
            next_to = match["tanchor"].lower()
            shift = -1 if match["tdir"].lower() in ("vor", "before") else 1
            day_in = _shifted(FEASTS.get(next_to) or ANCHORS[next_to], shift)
            found.append(FeastMention(match.start(), match.end(), day_in, year, relative=True))
            continue
        anchor = match["anchor"].lower()
        anchor_day = FEASTS.get(anchor) or ANCHORS[anchor]
        weekday = WEEKDAYS[match["wd"].lower()]
        before = match["dir"].lower() in ("vor", "before")
        day_in = _relative(anchor_day, weekday, before=before)
        nth = _nth(match)
        if nth > 1:
            # "am 2. Sonntag nach Ostern": the church year counts on from the first such day
            day_in = _shifted(day_in, 7 * (nth - 1) * (-1 if before else 1))
        found.append(FeastMention(match.start(), match.end(), day_in, year, relative=True))
    if "ostern" in (lowered or text.lower()) or "pfingsten" in (lowered or text.lower()):
        # "Der nächste Gottesdienst findet an Pfingsten statt": a service on the feast's Sunday
        taken = [(mention.start, mention.end) for mention in found]
        found.extend(
            FeastMention(start, end, day_in)
            for start, end, day_in in service_feasts(text)
            if not any(start < other_end and other_start < end for other_start, other_end in taken)
        )
        found.sort(key=lambda mention: mention.start)
    return found


# The first clock after an Easter vigil's name, within its sentence or the next ("Die Feier
# beginnt um 5 Uhr in der dunklen Kirche").
_FIRST_CLOCK = lazy_re.compile(
    r"[^!?]{0,300}?\b(?P<h>[01]?\d|2[0-3])(?:[.:]\d{2})?\s*uhr\b", re.IGNORECASE
)


def _before_dawn(text: str, end: int) -> bool:
    """„Zum 35. Mal feiert die Wolfhager Gemeinde … die Osternacht … Die Feier beginnt um 5 Uhr in
    der dunklen Kirche.“ (round 325): a vigil whose first clock is before dawn is held on Easter
    Sunday's early morning, not on Holy Saturday's night („beginnt … am Vorabend um 21:00 Uhr“,
    the first clock, keeps the Saturday)."""
    clock = _FIRST_CLOCK.match(text, end)
    return clock is not None and int(clock["h"]) < 8


def _both_christmas_days(text: str, lowered: str | None) -> list[FeastMention]:
    """Both Christmas holidays named together (``_BOTH_CHRISTMAS_DAYS``): 25 December, two days."""
    if "eihnachts" not in (lowered or text.lower()):
        return []
    return [
        FeastMention(match.start(), match.end(), _CHRISTMAS, days=2)
        for match in _BOTH_CHRISTMAS_DAYS.finditer(text)
    ]


def _a_ramp(text: str, match: re.Match[str]) -> bool:
    """„an der Autobahn-Auffahrt Niederrad“ (round 210): Swiss German's Ascension Day „Auffahrt“
    as the end of a hyphenated compound is a ramp or a drive, no feast."""
    return match["feast"].lower() == "auffahrt" and text[match.start() - 1 : match.start()] == "-"


_WEEK_COUNTS = {"eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4}
_NTH_WORDS = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "fuenfte": 5,
              "sechste": 6}  # fmt: skip


def _nth(match: re.Match[str]) -> int:
    if match["nth"]:
        return int(match["nth"])
    return _NTH_WORDS[match["nthw"].lower()] if match["nthw"] else 1


def _relative(
    anchor: Callable[[int], date], weekday: int, *, before: bool
) -> Callable[[int], date]:
    """ "Samstag vor Ostern": the nearest such weekday strictly before (or after) the anchor."""

    def day_in(year: int) -> date:
        day = anchor(year)
        if before:
            return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
        return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)

    return day_in


def _weekend_sunday(name: str) -> Callable[[int], date] | None:
    """The Sunday a feast's weekend is named after ("1. Advent", "Ostern"); None for a feast
    that need not fall on a Sunday ("Silvester")."""
    day_in = FEASTS.get(name) or ANCHORS.get(name) or _WEEKEND_STEMS.get(name)
    if day_in is None or day_in(2027).weekday() != 6 or day_in(2026).weekday() != 6:
        return None
    return day_in


def _shifted(day_in: Callable[[int], date], days: int) -> Callable[[int], date]:
    return lambda year: day_in(year) + timedelta(days=days)


# "am zweiten Adventswochenende", "zum 1. Adventswochenende": a Sunday feast's weekend without a
# weekday before it is that Sunday and the Saturday before it (as "the weekend of the second
# Sunday in June"; a weekday before it names one day, see ``_FEAST``).
# "Montag vor dem 1.Adventwochenende": a weekday before (or after) that weekend is one day.
_ADVENT_WEEKEND = lazy_re.compile(
    r"(?<![\w.])(?:(?P<wd>" + alternation(WEEKDAYS) + r")\s+(?P<dir>vor|nach)\s+(?:dem\s+)?)?"
    r"(?P<ord>[1-4]\.|ersten|zweiten|dritten|vierten)\s*advents?-?wochenende",
    re.IGNORECASE,
)
_ADVENT_ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
#: What a text naming an Advent weekend contains ("Adventswochenende", "Adventwochenende").
ADVENT_WEEKEND_HINTS = ("dventswochenende", "dventwochenende", "dvents-wochenende")


def advent_weekend(text: str) -> tuple[Callable[[int], date], bool] | None:
    """The Sunday of the Advent weekend the text names ("am zweiten Adventswochenende"), or the
    weekday it names before or after that weekend ("Montag vor dem 1. Adventswochenende"); True
    with the latter (one day, not the weekend)."""
    lowered = text.lower()
    match = (
        _ADVENT_WEEKEND.search(text)
        if any(map(lowered.__contains__, ADVENT_WEEKEND_HINTS))
        else None
    )
    if match is None:
        return None
    word = match["ord"].lower()
    nth = int(word[0]) if word[0].isdigit() else _ADVENT_ORDINALS[word]
    sunday_in = _nth_advent(nth)
    if match["wd"] is None:
        return sunday_in, False
    weekday = WEEKDAYS[match["wd"].lower()]
    if match["dir"].lower() == "vor":  # before the weekend's Saturday
        back = 1 + ((5 - weekday) % 7 or 7)
        return (lambda year: sunday_in(year) - timedelta(days=back)), True
    ahead = (weekday - 6) % 7 or 7
    return (lambda year: sunday_in(year) + timedelta(days=ahead)), True
