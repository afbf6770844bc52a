"""The programme of a page's one structured event: the dated rows inside the event's run.

A festival's page prints one Event in its JSON-LD („137. Travemünder Woche“, 17 to 26 July)
and, below, what happens during those days: the evening concerts „Sa 18. Nenad 19:30 Uhr ·
König Pilsener Bühne“, a planner's rows. A reader sees the festival and each concert. A list
is the event's programme when every row has its day and hours and every day lies within the
event's run (a line-up of acts under the festival's two days, without hours, names performers);
a list of news posts beside it („Fulminanter Start in die TW“, 14 to 17 July) reaches before
the run and stays out. Only an event of several days has a programme of rows on other days.
A page's own labelled event (fact cards „Datum“ / „03. - 06. Juni 2026“ under its hero heading)
over headings that each name a programme point and its day („<h4>Festakt am 06.06.2026</h4>“)
has a programme too: such a heading names one point of the run, not an act of a line-up.
The fact cards' place („Ort“ / „Festplatz Pöttmes“) is where the programme's points are held
too, where a point names no place of its own (``places_from_the_event``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from netdir.extract.context import PageContext
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.event_page_dates import DATELINE
from netdir.extract.event_page_labels import EXTRACTOR as EVENT_PAGE
from netdir.extract.sentence_item_names import SOURCE as SENTENCE_ITEM_SOURCE
from netdir.extract.start_days import day_of_record, day_of_text
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_MIN_ROWS = 3
SENTENCE_NAMED = SENTENCE_ITEM_SOURCE.removeprefix(
    "listing:"
)  # two dated rows inside a run may be chance; a programme lists more


def _start(text: str | None, today: date) -> str | None:
    """The whole start (with its hours: ``rows_within`` asks for them) of a machine start or a
    date text; an ISO start is taken as written. The rows' and the announcement's days are
    ``start_days``' readers."""
    if not text:
        return None
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text
    return parse_when(text, today=today).start


def _day(text: str | None, today: date) -> str | None:
    start = _start(text, today)
    return start[:10] if start else None


def runs_several_days(event: RawRecord, today: date) -> bool:
    """Whether the structured event ends on a later day than it starts (a festival, a fair)."""
    first, last = _day(event.start, today), _day(event.end, today)
    return first is not None and last is not None and last > first


def programme_of(
    event: RawRecord, lists: Iterable[list[RawRecord]], today: date
) -> list[RawRecord]:
    """The rows of every list whose rows all fall within the event's run, on its days."""
    return rows_within(_day(event.start, today), _day(event.end, today), lists, today)


def rows_within(
    first: str | None,
    last: str | None,
    lists: Iterable[list[RawRecord]],
    today: date,
    named_days: bool = False,
) -> list[RawRecord]:
    """The rows of every list whose rows all start, with their hours, on the days from
    ``first`` to ``last`` (ISO days; a run of at least two). With ``named_days``, a row whose
    own heading names it and its day („<h4>Festakt am 06.06.2026</h4>“) needs no hours: a
    programme point, not a line-up's act."""
    if first is None or last is None or last <= first:
        return []
    found: list[RawRecord] = []
    seen: set[int] = set()
    for rows in lists:
        if len(rows) < _MIN_ROWS:
            continue
        starts = [_start(row.start or row.date_text, today) for row in rows]
        timed = [
            bool(start and "T" in start)
            or (named_days and (_headed(row) or _sentence_named(row)))
            or _hours_opening(row)
            for start, row in zip(starts, rows, strict=True)
        ]
        if all(
            start and ok and first <= start[:10] <= last
            for start, ok in zip(starts, timed, strict=True)
        ):
            for row in rows:
                if id(row) not in seen:
                    seen.add(id(row))
                    found.append(row)
    return found


def _sentence_named(row: RawRecord) -> bool:
    """The row is a sentence naming its event and day („Am Sonntag, den 26. November, wird … ein
    gemeinsamer Besuch des Germanischen Nationalmuseums … angeboten.“, ``sentence_item_names``):
    a programme point as a heading of its own is, with or without its hours."""
    return row.field_sources.get("title", "").endswith(SENTENCE_NAMED)


def _hours_opening(row: RawRecord) -> bool:
    """The row's name opens with its hours, written so that no one start comes of them („19/20
    Uhr gemeinsames Abendessen und ankommen“: at seven or eight): a timed point all the same."""
    match = TIME_LIKE.search(row.title or "")
    return match is not None and not (row.title or "")[: match.start()].strip(" /–-0123456789")


def agenda_of_the_announced(event: list[RawRecord], rows: list[RawRecord], today: date) -> bool:
    """A post about one event announced in its lead („Das Webinar „…“ findet statt am 30. Juni
    2020, 17.00 Uhr.“) whose paragraphs go on with the event's agenda („17.20 Uhr Best Practice
    Beispiel“, „17.30 Uhr Diskussion“): every dated row of the list the detector built from the
    post's paragraphs falls on the announced day, one of them being the announcement itself. The
    page is the event's; its agenda points are parts of it, no offerings of their own (a
    programme over several days is the festival planner's above)."""
    if len(event) != 1 or not event[0].date_text or len(rows) < _MIN_ROWS:
        return False
    if not event[0].field_sources.get("date_text", "").endswith("announcing"):
        return False
    day = day_of_text(event[0].date_text, today)
    return day is not None and rows_on_one_day(rows, today) and day_of_record(rows[0], today) == day


def rows_on_one_day(rows: list[RawRecord], today: date) -> bool:
    """Whether every row falls on one known day: what ``agenda_of_the_announced`` asks of the
    list, asked first, before the page is read as one event (it stops at a second day)."""
    first = None
    for row in rows:
        day = day_of_record(row, today)
        if day is None or (first is not None and day != first):
            return False
        first = day
    return first is not None


def own_event_over_its_programme(
    event: list[RawRecord], listing: list[RawRecord], context: PageContext
) -> bool:
    """The page's ``<h1>`` names one event of several days under a label („Summer Bike Series
    2025“, „Datum: 05.–06. Juli 2025“), and every row of the dated list starts, with its hours,
    within those days (its three races): the list is the event's programme, a reader sees the
    series and each race. A list reaching beyond the days is the site's, not the event's."""
    if len(event) != 1 or not event[0].date_text:
        return False
    sources = event[0].field_sources
    # („<h1>“ the site's name in the top bar, „<h2>150 Jahre …</h2>“ the hero's: the page's event)
    # („<h1>Halle Geekend Weekend 2025 - Details!</h1>“ read without its call is that heading still)
    heading = sources.get("title", "").split(" (", 1)[0]
    # („<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“ under the h1: the dateline names and dates
    # the conference whose side events the list gives)
    dateline = DATELINE in sources.get("date_text", "")
    if not dateline and (
        heading not in _TOP_HEADINGS or not sources.get("date_text", "").endswith(":")
    ):
        return False
    today = context.fetched_at.date()
    run = parse_when(event[0].date_text, today=today)
    first, last = (run.start or "")[:10] or None, (run.end or "")[:10] or None
    within = rows_within(first, last, [listing], today, named_days=True)
    return bool(listing) and len(within) == len(listing)


_TOP_HEADINGS = frozenset({f"{EVENT_PAGE}:h1", f"{EVENT_PAGE}:h2"})


def running_order(event: RawRecord, programme: list[RawRecord], today: date) -> bool:
    """The programme under the page's event fills that event's own hours: its first point on
    the day the event starts, its last one at the very hour the event ends („Wann? 2025-04-11T19:00
    … bis 2025-04-13T14:00“ over „19/20 Uhr gemeinsames Abendessen“ … „14 Uhr gemeinsames
    aufräumen“). Such points are the event's running order — supper, the opening, the clearing up
    — not offerings of their own, as a series' races are, dated by days alone."""
    if not event.date_text or not programme:
        return False
    run = parse_when(event.date_text, today=today)
    if not run.start or not run.end or "T" not in run.start or "T" not in run.end:
        return False
    first = _start(programme[0].start or programme[0].date_text, today)
    last = _start(programme[-1].start or programme[-1].date_text, today)
    if not first or not last or "T" not in last:
        return False
    return first[:10] == run.start[:10] and last[:16] == run.end[:16]


def _headed(row: RawRecord) -> bool:
    """The row's name and day both come from one heading of its own („Festakt am 06.06.“)."""
    title, day = row.field_sources.get("title", ""), row.field_sources.get("date_text", "")
    return title == day and title.rsplit(" ", 1)[-1] in {"h2", "h3", "h4", "h5", "h6"}


#: Provenance of the place a programme point takes from the page's own event.
FROM_THE_EVENT = "listing: the place of the page's event (its programme)"


def places_from_the_event(event: RawRecord, programme: list[RawRecord]) -> None:
    """Each point of the event's own programme without a place of its own is held where the
    event is („Burning Beatz am 03.06.2026“ under the fact card „Ort“ / „Festplatz Pöttmes“)."""
    if not event.location_text:
        return
    for row in programme:
        if not row.location_text:
            row.location_text = event.location_text
            row.field_sources["location_text"] = FROM_THE_EVENT
