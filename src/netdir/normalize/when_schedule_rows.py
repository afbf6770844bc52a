"""A timetable's row: a bare weekday under a label of regular times ("Trainingszeiten | Montag |
20:30 – 22:00", "Probenzeiten: Dienstag 19:30 - 21:30") or under a table's from/to header
("Bogenabteilung | von | bis | Mittwoch | 17:00 | 20:00") or under the group it is for ("Jugend |
Montag | 17:00 - 18:30 Uhr") or after "geöffnet:" ("Neu-Donnerschwee (geöffnet: Dienstag ab 17
Uhr)", a depot's opening hours, round 206) is that weekday every week. A weekday with its own date
("Trainingszeiten | Montag, 9. Januar") is that one day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_hours_rows import hours_row_weekday
from netdir.normalize.when_table_rows import table_row_weekday
from netdir.normalize.when_words import WEEKDAYS

# the groups a club's slot is kept for („Jugend“, „Senioren“, „Kinder“, „Schüler-/innen“)
_GROUPS = (
    r"jugend|jugendliche|erwachsene|kinder|senioren|damen|herren|schüler|bambini|aktive"
    r"|anfänger|fortgeschrittene"
)
# a group word as a word, its gendered plural kept („Schüler-/innen“; not „Kinderflohmarkt“)
_GROUP_WORD = r"(?:" + _GROUPS + r")(?:-?/?\*?innen)?\b"
# their ages („4-6 Jahre“, „(5 – 8 Jahre)“) or a note in brackets („(im Sommerhalbjahr …)“)
_GROUP_AGES = r"(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+jahre\b|\([^()|]{0,40}\))?"
# a span of hours from … to („17:00 Uhr – 18:30 Uhr“)
_SPAN = r"\d{1,2}[:.]\d{2}(?:\s*uhr)?\s*(?:-|–|bis)\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?"

_SCHEDULE_ROW = lazy_re.compile(
    r"(?:\b(?:trainings|proben|übungs|uebungs|kurs|spiel|schwimm)zeiten\b[\s|:]*"
    # "(geöffnet: Dienstag zwischen 15.30 und 17.45 Uhr)": a place's opening day, labelled
    r"|\bgeöffnet\s*:\s*"
    # "Bogenabteilung | von | bis | Mittwoch | 17:00 | 20:00": a table's from/to header over a
    # row of hours (up to two more header cells without digits between: "| KK/GK |")
    r"|(?:^|\|)\s*(?:von|from|beginn|start)\s*\|\s*(?:bis|to|until|ende|end)\s*\|\s*"
    r"(?:[^|\d]{1,20}\|\s*){0,2}?"
    # "Jugend | Montag | 17:00 - 18:30 Uhr: Anfängertraining", "Erwachsene | Freitag | 19:30 -
    # 22:00 Uhr": a club's timetable, its rows under the group they are for
    r"|(?:^|\|)\s*(?:" + _GROUPS + r")\s*\|\s*(?=(?:" + WEEKDAY_FULL_ALT + r")\s*\|\s*(?:ab\s+)?\d)"
    # "Sonntag | 18:00-19:30 Uhr | Mittelschulhalle (neu)": a row that opens with a bare weekday
    # cell and a cell of hours from … to (a timetable's, where a single event names one clock;
    # "Montag | 07:30 Uhr-15:00 Uhr", a library's hours with "Uhr" on both clocks, round 247)
    r"|^\s*(?=(?:"
    + WEEKDAY_FULL_ALT
    + r")\s*\|\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?\s*(?:-|–|bis)\s*\d{1,2}[:.]\d{2})"
    # a weekday on its own line before a slot kept for a group („Mittwoch 17:00 Uhr – 18:30 Uhr
    # (Senioren)“, round 259), or after the group's line („Kinder 4-6 Jahre Mittwoch 16:00 –
    # 17:00 Uhr“, „Schüler-/innen (9 – 12 Jahre) Donnerstag …“, „Erwachsene (im Sommerhalbjahr
    # nach Absprache) Freitag 17:45 Uhr“): a club's training times, whatever label they lost
    r"|^\s*(?=(?:" + WEEKDAY_FULL_ALT + r")\s+" + _SPAN + r"\s*\((?:" + _GROUPS + r")\))"
    r"|^\s*" + _GROUP_WORD + r"\s*" + _GROUP_AGES + r"\s*(?=(?:" + WEEKDAY_FULL_ALT + r")\s+\d))"
    # ("Trainingszeiten | Winterfahrplan (01.10. bis 31.03) | Sonntag, 09:30 bis …": a season's
    # timetable between the label and the row)
    r"(?:(?:sommer|winter)(?:fahrplan|zeit|saison|halbjahr)\b[^|]{0,40}\|\s*)?"
    # („Trainingszeiten | Kinder (5 – 8 Jahre) Freitag …“, „Trainingszeiten | Im Sommerhalbjahr
    # Dienstag 18:00 Uhr“, „… | Sommer (April-Sept.) Freitag 18 Uhr“: the group or season a line
    # of the label's is for, before its weekday)
    r"(?:(?<=\|\s)(?:im\s+)?(?:"
    + _GROUP_WORD
    + r"|(?:sommer|winter)\w*)\s*"
    + _GROUP_AGES
    + r"\s+)?"
    r"(?P<wd>" + WEEKDAY_FULL_ALT + r")\b(?!\s*,?\s*(?:den\s+|dem\s+)?\d{1,2}\.)",
    FLAGS,
)
# a line opening with the group it is for, or naming it in brackets (the cheap gate)
_FOR_A_GROUP = lazy_re.compile(r"^\s*" + _GROUP_WORD + r"|\((?:" + _GROUPS + r")\)", FLAGS)


def schedule_row_weekday(text: str) -> tuple[int, int, int] | None:
    """The weekday (0 = Monday) a timetable row names under its label, with its span; else None."""
    lowered = text.lower()
    if (
        "zeiten" not in lowered
        and "|" not in text
        and "geöffnet" not in lowered
        and _FOR_A_GROUP.search(text) is None
    ):
        return hours_row_weekday(text)  # „Mo: von 15 Uhr bis 18 Uhr“ (``when_hours_rows``)
    row = _SCHEDULE_ROW.search(text)
    if row is None:
        # „Montag | Basketball Jugend | 18.00 - 19.30 Uhr“ (``when_table_rows``)
        return table_row_weekday(text) or hours_row_weekday(text)
    return WEEKDAYS[row["wd"].lower()], row.start("wd"), row.end("wd")
