"""A card's note that its event runs from its weekday to a later one: „Fr., 04.09., 14:00 Uhr“ in
the meta line, „Internationales Feuerwehrfest in Gobelsburg (Österreich) - Freitag bis Sonntag“
below it. The note names no date, so no date reader takes it; its first weekday is the card's
own day (a Friday), so its second is the run's last day: the date text goes on „bis Sonntag“
(read by ``parse_when`` as the Sunday of that week)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, GERMAN_WEEKDAYS, WEEKDAY_ABBREVIATIONS

# The card's day opens with its weekday: „Fr., 04.09.“, „Freitag, 4. September“.
_OPENING_WEEKDAY = lazy_re.compile(r"^\s*(?P<wd>[A-Za-zÄÖÜäöü]{2,10})\.?,?\s+\d")
# „Freitag bis Sonntag“ as words of their own: no clock or date after it (opening hours „Freitag
# bis Sonntag 10-18 Uhr“ are a rule, not the run).
_WEEKDAY_RUN = lazy_re.compile(
    rf"(?<![\w.])(?P<first>{GERMAN_WEEKDAY_ALT})\s+bis\s+(?P<last>{GERMAN_WEEKDAY_ALT})"
    r"(?![\w-])(?!\s*,?\s*(?:von\s+|ab\s+|um\s+)?\d)"
)
# A date text that already ends somewhere: a second day, a „bis“, a dash between days.
_HAS_AN_END = lazy_re.compile(
    r"\bbis\b|\d\.?\s*[-–]\s*\d{1,2}\.|\d{1,2}\.\d{1,2}\.?.*\d{1,2}\.\d{1,2}\."
)
_LONGEST_RUN = 3  # Friday to Monday at most: a weekend's festival, not a week's rule


def run_to_the_noted_weekday(reading: BlockReading, text: str) -> None:
    """Let ``reading``'s date text go on to the weekday the card's note runs it to."""
    date_text = reading.date_text
    if date_text is None or "bis" not in text or _HAS_AN_END.search(date_text) is not None:
        return
    opening = _OPENING_WEEKDAY.match(date_text)
    day = WEEKDAY_ABBREVIATIONS.get(opening["wd"].lower()) if opening is not None else None
    if day is None:
        return
    runs = [run for run in _WEEKDAY_RUN.finditer(text) if GERMAN_WEEKDAYS[run["first"]] == day]
    if len(runs) != 1:
        return
    last = runs[0]["last"]
    if not 0 < (GERMAN_WEEKDAYS[last] - day) % 7 <= _LONGEST_RUN:
        return
    reading.date_text = f"{date_text} bis {last}"
    reading.sources["date_text"] = (
        reading.sources.get("date_text", "listing:") + " (to the noted weekday)"
    )
