"""One raw record → one comparable offering (before dedup).

Where each field comes from, in order:

- **Dates**: ``raw.start``/``raw.end`` (machine values from JSON-LD or iCal) win over
  ``raw.date_text``; when neither gives a date, a day-level date in the description is used
  (news teasers and listing rows state the event date in prose; curated and structured
  records do not). ``raw.published`` is never an event date; it
  only serves as the page date for inferring a missing year. Slashed dates (``09/07/23``)
  follow ``raw.extra["day_first"]`` when the extractor decided the page's order.
- **Recurrence**: ``raw.recurrence`` (an iCal RRULE), else the rule the date text states
  ("jeden ersten Donnerstag im Monat"); a start before ``today`` then moves to the rule's next
  occurrence, so a recurring offering is listed once, at its next date.
- **Format**: ``raw.attendance_mode``, else the location text, else strong cues in the
  description ("findet online statt", "hybrid").
- **City/state/venue**: ``raw.city`` via the gazetteer, else the location text; a record with
  neither may name its town in the description ("findet in Berlin statt").
- **Kind/audience/topics/cost/status**: see ``classify.py`` and ``topics.py``; status becomes
  ``past`` when the end (or the start) lies before ``today``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from operator import attrgetter

from netdir import lazy_re
from netdir.catalog.model import Source
from netdir.normalize.classify import (
    canonical_kind,
    classify_audience,
    classify_cost,
    classify_kind,
    classify_status,
)
from netdir.normalize.identity import identity_key, offering_id
from netdir.normalize.online_services import SERVICE_WORDS
from netdir.normalize.place import (
    Place,
    city_in_prose,
    parse_place,
    resolve_city,
    town_in_title,
)
from netdir.normalize.reported_weekdays import only_a_reported_weekday
from netdir.normalize.title_icons import without_leading_icons
from netdir.normalize.title_status import without_booking_status, without_status_marks
from netdir.normalize.title_years import named_next_year
from netdir.normalize.topics import load_taxonomy
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import record_year
from netdir.normalize.when_utc_end import end_on_start_clock
from netdir.normalize.when_value import NOTHING, When, with_recurrence
from netdir.normalize.when_zone import in_zone
from netdir.records import Offering, RawRecord, SourceRef

_ATTENDANCE: dict[str, str] = {
    "offlineeventattendancemode": "in_person",
    "onlineeventattendancemode": "online",
    "mixedeventattendancemode": "hybrid",
    "offline": "in_person",
    "in_person": "in_person",
    "präsenz": "in_person",
    "online": "online",
    "hybrid": "hybrid",
    "mixed": "hybrid",
}
_DESCRIPTION_FORMAT = (
    (
        "hybrid",
        lazy_re.compile(r"\bhybrid|vor ort und online|in präsenz und (?:online|digital)", re.I),
    ),
    (
        "online",
        lazy_re.compile(
            r"findet (?:\w+ )?(?:online|digital|virtuell) statt|als (?:online|digital)-?veranstaltung"
            rf"|\bper (?:{SERVICE_WORDS})\b|\bonline-(?:veranstaltung|format|treffen)",
            re.I,
        ),
    ),
)
_SPACES = lazy_re.compile(r"\s+")
# Only teasers and listing rows state their event date in prose; a curated or structured
# description mentions other dates ("Update vom 16.01.2023").
_PROSE_DATE_EXTRACTORS = frozenset({"feed", "listing", "rules"})
_ORGANIZATION = "organization"  # the kind extract.schema_org states for an Organization
_BRACKETED_DATE = lazy_re.compile(r"\[\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*\]")
# „Sie konnten sich 13:12 gegen … durchsetzen“, „mit 13:12 gewonnen“: a match's score in a
# report, not a clock („um 15:30 gegen den TSV“ and „15:30 Uhr“ stay clocks).
_SCORE = lazy_re.compile(
    r"(?<=\bsich\s)\d{1,2}:\d{1,2}\b(?!\s*Uhr)"
    r"|\b\d{1,2}:\d{1,2}\s+(?=(?:gewonnen|verloren|gesiegt|unterlegen|besiegt)\b)"
)
# „Einladung zur Gemeinderatssitzung“, „Einladung zum Schützenfest“: a post's heading invites to
# the event it names. Only before a name or a number („zur 34. Gemeinderatssitzung“): after
# „zur ordentlichen …“ the rest is no title of its own.
_INVITATION = lazy_re.compile(r"^(?i:(?:herzliche\s+)?einladung\s+zu[rm])\s+(?=[A-ZÄÖÜ0-9])")


# „(a)Flugrossausflug nach Lancaster“, „(b) Schlaraffisches Golftournier“: a programme's two
# options at the same hour, lettered; the letter is no part of either's name.
_OPTION_LETTER = lazy_re.compile(r"^\([a-h]\)\s*(?=[A-ZÄÖÜ])")


def _composed(text: str) -> str:
    """„Katersektfru\u0308hstu\u0308ck“ (a Word export from a Mac spells „ü“ as „u“ and its
    combining dots) as „Katersektfrühstück“: the title one searches for and compares."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalize_record(raw: RawRecord, *, today: date, source: Source | None = None) -> Offering:
    """Normalize one record; its id follows the rule in ``identity.py`` for a lone member."""
    title = _composed(_SPACES.sub(" ", raw.title).strip())
    if raw.extractor != "curated":  # a curated title is a person's choice
        title = without_booking_status(_INVITATION.sub("", _OPTION_LETTER.sub("", title)))
        title = without_leading_icons(title)  # „📆 Monthly Club Meeting“
    when, when_field = _when_of(raw, today)
    if when_field == "date_text" and (
        named := named_next_year(title, raw.date_text, when.start, today)
    ):
        # „… feiert 2025 ihr 150-jähriges Bestehen!“ over „vom 05. - 06. Juli“ read in December
        lifted = parse_when(
            raw.date_text or "",
            today=today,
            page_date=_page_date(raw.published),
            day_first=day_order(raw),
            year=named,
        )
        if lifted.start is not None:
            when = _zoned(lifted, raw.date_text or "", raw.extra.get("zone"))
    recurrence = raw.recurrence or when.recurrence
    if recurrence is None and raw.date_text and when_field != "date_text":
        recurrence = parse_when(raw.date_text, today=today, year=record_year(raw.extra)).recurrence
    if recurrence:
        # A calendar's RRULE or a "jeden Dienstag": one offering at its next occurrence.
        when = with_recurrence(when, recurrence, today)
    place = parse_place(raw.location_text)
    city, state = place.city, place.state
    if raw.city:
        resolved = resolve_city(raw.city)
        if resolved is not None:
            city, state = resolved.city, resolved.state
        else:
            city = raw.city.strip()
    elif city is None and not raw.location_text and raw.description:
        in_prose = city_in_prose(raw.description)
        if in_prose is not None:
            city, state = in_prose.city, in_prose.state
    if city is None and not raw.location_text and not raw.city:
        # „Bootsmesse Düsseldorf“, „Sommerfest … in Herne“: the title names the town.
        in_title = town_in_title(title)
        if in_title is not None:
            city, state = in_title.city, in_title.state
    place_format = _format_of(raw, place, city)
    if raw.extractor == "curated" and _canonical_or_none(raw.kind):
        # A curated entry's kind was chosen by a person who read the page: no cue overrides it.
        kind = _canonical_or_none(raw.kind) or "event"
    else:
        # A schema.org Organization kept on a network's own site states "organization", no
        # offering kind: the source's kind (network) speaks for it. Other stated kinds that are
        # no catalog kind ("event_series", "course") stay cues; an event series on a
        # network's site is no network.
        stated = raw.kind or (source.kind if source else None)
        if raw.kind == _ORGANIZATION and source is not None:
            stated = source.kind
        kind = classify_kind(stated, title, raw.description)
    audience = classify_audience(
        raw.audience_text, source.level if source else None, (title, raw.description)
    )
    taxonomy = load_taxonomy()
    topics = taxonomy.topics_in((title, raw.description))
    for tag in raw.topics:
        label = taxonomy.label_for(tag)
        if label is not None and label not in topics:
            topics.append(label)
    cost, free = classify_cost(raw.cost_text, raw.description)
    status = past_or(classify_status(raw.status_text, title), when, today)
    if raw.extractor != "curated":
        title = without_status_marks(title)  # „(abgesagt)“: the status says it now
    venue = raw.venue.strip() if raw.venue and raw.venue.strip() else place.venue
    organizer = raw.organizer or (source.organizer if source else None)
    offering = Offering(
        id=offering_id(identity_key(raw.url, raw.source_id, title)),
        title=title,
        kind=kind,
        url=raw.url,
        start=when.start,
        end=when.end,
        all_day=raw.all_day if raw.all_day is not None and when.start else when.all_day,
        date_precision=when.precision,
        date_text=raw.date_text,
        recurrence=recurrence,
        format=place_format,
        venue=venue,
        city=city,
        state=state,
        organizer=organizer,
        audience=audience,
        topics=[label for label in taxonomy.labels if label in topics],
        cost=cost,
        free=free,
        status=status,
        description=raw.description,
        confidence=raw.confidence,
        sources=[SourceRef(raw.source_id, raw.url or raw.page_url, raw.extractor)],
    )
    offering.field_provenance = _provenance(offering, raw.source_id, when_field)
    return offering


def past_or(status: str, when: When, today: date) -> str:
    """``past`` for a scheduled offering whose end (or start) lies before today."""
    last = when.end or when.start
    if status == "scheduled" and last is not None and date.fromisoformat(last[:10]) < today:
        return "past"
    return status


def _when_of(raw: RawRecord, today: date) -> tuple[When, str | None]:
    """The record's dates and the field they came from; a rule without a day ("monatlich")
    only when no field gives a day."""
    page_date = _page_date(raw.published)
    year = record_year(raw.extra)  # "Programm 2024" above a yearless "27.01." (the extractor's)
    rule_only: When | None = None
    zone = raw.extra.get("zone")
    if raw.start:
        start = parse_when(raw.start, today=today)
        if start.start is not None:
            end = parse_when(raw.end, today=today) if raw.end else NOTHING
            end_value = end.start if end.start and _not_before(end.start, start.start) else None
            shown_start = in_zone(start.start, raw.start, zone)
            shown_end = in_zone(end_value, raw.end or "", zone)
            machine = When(
                shown_start,
                end_on_start_clock(shown_start, shown_end, raw.end or ""),
                start.all_day,
                start.precision,
            )
            written = _with_written_time(machine, raw.date_text, today, page_date)
            if written is not machine:
                written = _zoned(written, raw.date_text or "", zone)
            return written, "start"
    if raw.date_text:
        parsed = parse_when(
            raw.date_text, today=today, page_date=page_date, day_first=day_order(raw), year=year
        )
        if parsed.start is not None:
            return _zoned(parsed, raw.date_text, zone), "date_text"
        if parsed.recurrence is not None:
            rule_only = parsed
    if raw.description and raw.extractor in _PROSE_DATE_EXTRACTORS:
        # A teaser's "[26.05.2025]" is its publication date, not the event's.
        prose = _SCORE.sub(" ", _BRACKETED_DATE.sub(" ", raw.description))
        parsed = parse_when(
            prose, today=today, page_date=page_date, day_first=day_order(raw), year=year
        )
        published_day = page_date.isoformat() if page_date else None
        if (
            parsed.start is not None
            and parsed.precision in ("day", "minute")
            and parsed.start[:10] != published_day
            and not only_a_reported_weekday(prose, parsed, today)
        ):
            return _zoned(parsed, prose, zone), "description"
    if rule_only is not None:
        return rule_only, "date_text"
    return NOTHING, None


def _not_before(end: str, start: str) -> bool:
    """Whether ``end`` is not before ``start``, as instants when both have a clock and an
    offset: parse_when keeps a UTC stamp's mark where Berlin would put it on the next day, so
    one event's start and end may come in different offsets ("2018-04-05T23:30:00+02:00" for
    21:30Z, "2018-04-05T22:30:00+00:00" for 22:30Z), and the strings then sort the wrong way."""
    try:
        first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
    except ValueError:
        return end >= start
    if first.tzinfo is None or last.tzinfo is None:
        return end >= start
    return last >= first


def _zoned(found: When, text: str, zone: str | None) -> When:
    """``found`` in the event's own zone (``extra["zone"]``, see ``when_zone``)."""
    if not zone:
        return found
    return replace(
        found, start=in_zone(found.start, text, zone), end=in_zone(found.end, text, zone)
    )


def _with_written_time(
    machine: When, date_text: str | None, today: date, page_date: date | None
) -> When:
    """A machine date without time ("2027-03-12") takes the time the page writes for that
    same day ("12.03.2027, 9:30–16:00 Uhr"); the machine value stays the authority on the day."""
    if machine.precision != "day" or not date_text or not machine.start:
        return machine
    written = parse_when(date_text, today=today, page_date=page_date)
    if written.precision == "minute" and written.start and written.start[:10] == machine.start:
        return written
    return machine


def day_order(raw: RawRecord) -> bool | None:
    """The page's order for slashed dates (09/07/23), as the extractor decided it for the whole
    page with ``infer_day_first`` and put into ``extra["day_first"]`` ("true"/"false")."""
    return {"true": True, "false": False}.get(raw.extra.get("day_first", ""))


def _page_date(published: str | None) -> date | None:
    if not published:
        return None
    parsed = parse_when(published, today=date.min)
    return date.fromisoformat(parsed.start[:10]) if parsed.start else None


def _format_of(raw: RawRecord, place: Place, city: str | None) -> str | None:
    if raw.attendance_mode:
        key = raw.attendance_mode.rsplit("/", 1)[-1].strip().lower()
        mode = _ATTENDANCE.get(key) or parse_place(raw.attendance_mode).format
        if mode is not None:
            return mode
    if place.format is not None:
        return place.format
    for mode, pattern in _DESCRIPTION_FORMAT:
        if raw.description and pattern.search(raw.description):
            return mode
    return "in_person" if city else None


_PROVENANCE_FIELDS = (
    "title", "kind", "url", "start", "end", "recurrence", "format", "venue", "city", "state", "organizer",
    "audience", "topics", "cost", "free", "description",
)  # fmt: skip


_read_provenance_fields = attrgetter(*_PROVENANCE_FIELDS)


def _provenance(offering: Offering, source_id: str, when_field: str | None) -> dict[str, str]:
    provenance = {
        name: source_id
        for name, value in zip(_PROVENANCE_FIELDS, _read_provenance_fields(offering), strict=True)
        if value not in (None, "", [])
    }
    if when_field is None:
        provenance.pop("start", None)
    return provenance


def _canonical_or_none(raw_kind: str | None) -> str | None:
    return canonical_kind(raw_kind) or None
