"""Days a statute or a report records, no event's: a revision stamp „Stand: Januar 2016“ or „Zuletzt
aktualisiert: Mai 2017“ (a course page's, round 273), a mailing's own day „Newsletter, 22. August
2021“ (round 289) or an issue's month „Rundbrief Januar 2025“ (round 324), a signing line
„Ausgefertigt: Aichelberg, 21.11.2024“, a council's decision „Der
Gemeinderat der Gemeinde Aichelberg hat am 20.05.2021 folgende Satzung … beschlossen:“, „Der
Gemeinderat Bösingen hat am 30. Juli 2026 einstimmig der Verpachtung des Dachs … zugestimmt.“, and
a statute's clause on its entry into force „Diese Satzung tritt am 1. September 2022 in Kraft, die
Änderungssatzungen treten am 1. September 2023, … in Kraft.“ (municipal law and a cooperative's
news, rounds 260 and 262), and a status stamp set into a sentence „Aktuell – Stand Januar 2020 –
sind weitere Stämme bestellt worden.“ when the sentence names no other day (round 269; a count's
number „etwa 10 Millionen“ is no day, round 303), and an
editor's note under a post „Die Beschreibung des INWT Modells habe ich am 16.08.2017 ergänzt.“
when the text names no other day (round 295), a photo's credit line naming the month the picture
was taken „Foto: Gabelung Hohlwege im Kraichgau bei Unteröwisheim, Lividus, Nov. 2014, CC BY-SA
4.0“ (round 328), a newspaper's issue named by its month „Pforzheimer Zeitung vom Mai 1998“
(round 330) and a programme's file named by the half year or month it covers „Hegau-
Geschichtsverein Programm 2. Halbjahr 2016 als pdf“, „HGV-Veranstaltungsprogramm 2018-1 (PDF-Datei,
269 kb)“ (round 329: a download, no offering's period).

A decision counts as a record only when the sentence closes with its participle and no further day
follows („… hat am 12.3. beschlossen, dass das Fest am 20.6. stattfindet“ keeps the feast's day); a
statute's clause only when every sentence of it is about coming into or going out of force.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_FLAGS = re.IGNORECASE
_MONTH = r"(?:jan|feb|mär|maer|apr|mai|jun|jul|aug|sep|okt|nov|dez)[^\W\d]*"
_DAY = rf"(?:\d{{1,2}}\.\s*(?:\d{{1,2}}\.\s*(?:\d{{2,4}})?|{_MONTH}\s+\d{{4}}))"
# „Zuletzt aktualisiert: Mai 2017“ under a course table (round 273), „Letzte Änderung: März 2020“:
# the words of a revision stamp before a month, as „Stand:“ is
_UPDATED = (
    r"(?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet|überarbeitet)(?:\s+(?:am|im))?"
    r"|letzte\s+(?:aktuali?sierung|änderung|überarbeitung)"
)
# „Stand: Januar 2016“, „Ausgefertigt: Aichelberg, 21.11.2024“: the stamp alone
# (a stamp with its day, „Stand: 26.05.2025“, is read as the page's publishing day elsewhere)
# „Newsletter, 22. August 2021“ heading a newsletter (round 289), „Pressemitteilung: 3.5.2020“: a
# mailing's own day, written with its year, alone
_MAILING = r"(?:newsletter|rundbrief|rundschreiben|infobrief|pressemitteilung|medienmitteilung)"
# „Rundbrief Januar 2025“ titling an aid club's newsletter post (round 324), „Gemeindebrief März
# 2024“: a periodical's issue named by its month and year alone — the issue's stamp, no event
_ISSUE = r"(?:newsletter|rundbrief|infobrief|gemeindebrief|pfarrbrief|monatsbrief)"
# „Stand: Frühjahr 2026“: a stamp's season as its month (round 305)
_SEASON = r"(?:frühjahr|frühling|sommer|herbst|winter)"
# „Stand zum Zeitpunkt der Kommunalwahl (Frühjahr 2026)“, „Stand: vor der Kommunalwahl März 2026.“
# (round 305, a voters' group's topic pages): the occasion the state was taken at, then its month
# or season (in brackets too)
_OCCASION = r"(?:(?:zum\s+zeitpunkt|vor|nach)\s+(?:der|des|dem)\s+[^\W\d]+\s+)?(?:im\s+|\()?"
_STAMPED = rf"{_OCCASION}(?:{_MONTH}|{_SEASON})\s+\d{{4}}(?!\d)\)?"
_STAMP = lazy_re.compile(
    # („Stand | Frühjahr 2026“: a fact table's row, its cells joined with " | ")
    rf"\s*(?:(?:stand\s*[:|]|(?:{_UPDATED})\s*:?)\s*{_STAMPED}"
    rf"|ausgefertigt\s*:\s*(?:[^\W\d][\w. -]{{0,40}}?,\s*(?:den\s+)?)?{_DAY}"
    rf"|{_MAILING}\s*[,:]\s*\d{{1,2}}\.\s*(?:\d{{1,2}}\.\s*|{_MONTH}\s+)\d{{4}}"
    rf"|{_ISSUE}\s*[,:]?\s*{_MONTH}\s+\d{{4}})\s*$",
    _FLAGS,
)
# „… hat (der Gemeinderat …) am 20.05.2021 folgende Satzung … beschlossen:“
_DECIDED = lazy_re.compile(
    rf"\bhat\b[^.!?]{{0,100}}?\bam\s+{_DAY}[^.!?:]{{0,160}}?"
    r"\b(?:beschlossen|zugestimmt|verabschiedet|erlassen)\s*(?:[:.!]|$)",
    _FLAGS,
)
# „– Stand Januar 2020 –“, „(Stand: März 2024)“: the noun only, capitalised (the verb „stand im
# Januar 2020 fest“ tells a day)
# „Foto: Gabelung Hohlwege …, Lividus, Nov. 2014, CC BY-SA 4.0“, „Bild: Archiv, März 2019“: a
# picture's credit line (its label opens the text) naming a month and year and no day — when the
# picture was taken or licensed, no event's month (a caption with a day, „Foto: Sommerfest am 12.
# Juli“, keeps it)
_CREDIT = lazy_re.compile(
    r"\s*(?:fotos?|bild(?:er)?|abbildung|grafik|quelle|credit)\s*:"
    rf"(?![^|]*?\d{{1,2}}\.\s*(?:\d{{1,2}}\.|{_MONTH}))[^|]*?\b{_MONTH}\.?\s+\d{{4}}(?!\d)[^|]*$",
    _FLAGS,
)
# „03517 fbPforzheimer Zeitung vom  Mai 1998“, „Badische Neueste Nachrichten vom März 2020“: a
# paper's issue named by its month, the line's last words
_PAPER = r"(?:zeitung|kurier|anzeiger|tagblatt|rundschau|nachrichten|bote|post|presse|stimme|echo)"
_PAPER_ISSUE_MONTH = lazy_re.compile(
    rf"[^.!?|]{{0,80}}?{_PAPER}\s+(?:vom|von)\s+{_MONTH}\.?\s+\d{{4}}\s*\)?\s*$", _FLAGS
)
# „Hegau-Geschichtsverein Programm 2. Halbjahr 2016 als pdf“, „Jahresprogramm 2024 (PDF, 1 MB)“,
# „HGV-Veranstaltungsprogramm 2018-1 (PDF-Datei, 269 kb)“: a file to download named by its
# period; the words for a file close the text
_FILE_CLOSES = lazy_re.compile(
    r"(?:\bals\s+(?:pdf|download)|\((?:pdf|download)[^)]{0,40}\)|\bzum\s+download)\s*[.!]?\s*$",
    _FLAGS,
)
_PROGRAMME_FILE = lazy_re.compile(
    r"[^.!?|]{0,80}?(?:programm|flyer|faltblatt|broschüre|kalender|terminplan|übersicht)"
    r"(?:[^.!?|]|(?<=\d)\.){0,40}?(?:19|20)\d{2}",  # („2. Halbjahr 2016“: an ordinal's dot)
    _FLAGS,
)
_STAMP_ASIDE = lazy_re.compile(rf"(?<![\w])Stand(?:\s*[:|])?\s+(?i:{_STAMPED})")
# what else could name a day once the stamp is taken out: a day's or a clock's number, a year, a
# month, a weekday — not a count („Es gibt (Stand März 2024) etwa 10 Millionen OpenStreetMap-Accounts.“,
# round 303: „10 Millionen“ names no day)
_OTHER_DAY = lazy_re.compile(
    r"(?<![\d.,])\d{1,2}\.(?![\d,])|\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}\s*uhr\b|(?<!\d)(?:19|20)\d{2}(?!\d)"
    rf"|\b{_MONTH}\b|\b(?:mo|di|mi|do|fr|sa|so)[a-z]*tag\b|\b(?:heute|morgen|gestern)\b",
    _FLAGS,
)
_COUNCIL = lazy_re.compile(
    r"(?:gemeinderat|stadtrat|kreistag|ortschaftsrat|ausschuss|versammlung|vorstand)", _FLAGS
)
# „Die Beschreibung des INWT Modells habe ich am 16.08.2017 ergänzt.“ (round 295, a blog's editor's
# note under a post): the day the writer changed the text, told in the first person, its sentence
# closing with the participle
_EDITORS_NOTE = lazy_re.compile(
    rf"\b(?:habe\s+ich|haben\s+wir)\b[^.!?]{{0,120}}?\bam\s+{_DAY}\s*"
    r"(?:ergänzt|aktualisiert|korrigiert|berichtigt|hinzugefügt|überarbeitet)\s*(?:[.!]|$)",
    _FLAGS,
)
_LATER_DAY = lazy_re.compile(rf"(?<![\d.]){_DAY}", _FLAGS)
# „Diese Satzung tritt …“, „Die Marktordnung tritt …“
_IN_FORCE = lazy_re.compile(
    r"\s*(?:diese|die)\s+[^\W\d]*(?:satzung|ordnung|verordnung|regelung)\s+tritt\b", _FLAGS
)
_SENTENCE_END = lazy_re.compile(r"(?<=[^\W\d][.!?])\s+(?=[A-ZÄÖÜ])")  # (not "1. September")


def is_record_day(text: str) -> bool:
    """Whether the text's day is a stamp, a decision or a statute's entry into force only."""
    if _STAMP.match(text):
        return True
    if ":" in text and _CREDIT.match(text) is not None:
        return True  # „Foto: …, Lividus, Nov. 2014, CC BY-SA 4.0“
    if " vo" in text and _PAPER_ISSUE_MONTH.match(text) is not None:
        return True  # „Pforzheimer Zeitung vom Mai 1998“
    if _FILE_CLOSES.search(text) is not None and _PROGRAMME_FILE.match(text) is not None:
        return True  # „… Programm 2. Halbjahr 2016 als pdf“
    if "Stand" in text and (aside := _STAMP_ASIDE.search(text)):
        rest = text[: aside.start()] + text[aside.end() :]
        return _OTHER_DAY.search(rest) is None
    if "Kraft" in text and _IN_FORCE.match(text):
        return all("Kraft" in sentence for sentence in _SENTENCE_END.split(text.strip()))
    if ("habe" in text or "haben" in text) and (note := _EDITORS_NOTE.search(text)) is not None:
        return (
            _LATER_DAY.search(text, note.end()) is None
            and _LATER_DAY.search(text, 0, note.start()) is None
        )
    if "hat" not in text or not _COUNCIL.search(text):
        return False
    decided = _DECIDED.search(text)
    return decided is not None and _LATER_DAY.search(text, decided.end()) is None
