"""Lists whose rows say only when and where.

„Do, 08.05.25, 19:30 Uhr, Heisenberg-Gymnasium, Triftstraße 43“, „Fr, 09.05.25, 19:30 Uhr, MUT!
Theater, Amandastraße 58“ under „Aufführungen“: the performances of one piece, each row its day,
its hour, its venue and the venue's street. What is left of a row after its day is its place, so
the list itself names the offering — its heading, or, when that heading only says what kind of
list it is, the page's own name (a site about one piece names it in its document title).

A user group's archive writes each past meeting as its day, its hour and the venue in brackets:
„Mittwoch, 23.03.2022 ab 19 Uhr (Hövels Brauerei)“, „Dienstag, 22.03.2022 ab 20 Uhr (virtuell,
zusammen mit SAP Stammtisch Bern)“. The bracket is where, not what: the rows are the meetings of
the group the page is about, named by the page's name; a bracket that says the meeting was held
online („virtuell“, „online“) names no place.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.link_and_credit_rows import is_bare_link
from netdir.extract.notices import is_attention_notice, is_no_session_notice
from netdir.records import RawRecord

# „Triftstraße 43“, „Moorburger Elbdeich 249“, „Johannes-Brahms-Platz 1“, „Lehrter Str. 35“: up
# to three capitalised words, the last a street word, then a house number.
_STREET_AND_NUMBER = lazy_re.compile(
    r"^(?:[A-ZÄÖÜ][\w.'’-]*\s+){0,2}[A-ZÄÖÜ][\w'’-]*?"
    r"(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|deich|chaussee|pfad|steig|"
    r"markt|zeile)\.?\s+\d{1,4}\s?[a-z]?$"
)
_MAX_VENUE_WORDS = 5
# „Aufführungen“, „Termine“, „Terminvorschau“, „Konzerte demnächst“, „Vergangene Daten“: a heading
# that says what kind of rows follow (and whether they are still to come), not which.
_KIND_OF_LIST = lazy_re.compile(
    r"^(?:(?:nächste|kommende|aktuelle|zukünftige|vergangene|bisherige|frühere|unsere|"
    r"upcoming|past|previous|next|future)\s+)?"
    r"(?:aufführungen|vorstellungen|termine|terminvorschau|terminübersicht|vorschau|spieltermine|"
    r"konzerte|konzerttermine|auftritte|"
    r"veranstaltungen|spielplan|tourdaten|tour|daten|performances|shows|dates|concerts|gigs)"
    # „Termine 2026“, „Nächste Termine 2025/2026“, „Konzerte 2026 / 27“: the list's year or season
    r"(?:\s+(?:demnächst|\d{4}(?:\s*[/–-]\s*(?:\d{4}|\d{2}))?))?\s*:?$",
    re.I,
)
# The provenance of a row's title taken from the heading above it (``block_titles``), or from
# the heading above the list's label („<h1>Konzerte</h1> … <h4>Kommende Konzerte:</h4>“ over the
# rows, ``listing_row_context``): a heading that may only name the kind of list too.
_FROM_THE_HEADING = ("heading-before", "heading above", "heading above the list's label")
# „listing:ul.termine>li.termin h3“, „listing:h3>a“: the title is the row's own heading element.
_OWN_HEADING = lazy_re.compile(r"(?:^|[\s:>])h[1-6](?:>a)?$")
_MIN_ROWS = 2


def _venue_and_street(title: str | None) -> bool:
    """ "Heisenberg-Gymnasium, Triftstraße 43": a short name, then a street with its number."""
    if not title or ", " not in title:
        return False
    venue, street = title.rsplit(", ", 1)
    return bool(_STREET_AND_NUMBER.match(street)) and 0 < len(venue.split()) <= _MAX_VENUE_WORDS


def _venue_over_its_street(record: RawRecord) -> bool:
    """ "Kosmos, Hochschule Luzern – Musik" over "Arsenalstrasse 28a, 6010 Kriens": the row's
    first line after its day is a short venue, its place line opens with a street and number."""
    title, place = record.title, record.location_text
    if not title or not place or any(ch.isdigit() for ch in title):
        return False
    if _OWN_HEADING.search(record.field_sources.get("title", "")):
        # A card's own heading („<h3>Coldplay vs. Ed Sheeran</h3>“ over „Kurhaus Wiesbaden
        # Kurhausplatz 1, …“) is what the card is called; its venue is the line below.
        return False
    street = place.split(", ", 1)[0]
    return bool(_STREET_AND_NUMBER.match(street)) and len(title.split()) <= _MAX_VENUE_WORDS


def _only_where(record: RawRecord) -> bool:
    return _venue_and_street(record.title) or _venue_over_its_street(record)


def name_address_rows(records: list[RawRecord], heading: str | None, page: str | None) -> None:
    """When every dated row of a list (two or more) says only a venue and its street after its
    day — on one line („Heisenberg-Gymnasium, Triftstraße 43“) or the venue over a line that
    opens with the street —, the venue is each row's place and the list's heading — or, if it
    only names the kind of list, the page's name — is their title. One row alone is no
    evidence: „Bürgerversammlung, Rathausplatz 1“ names its meeting and its place. A row titled
    by a bare web address beside them, or a notice („Achtung: Zwischen Di, 1. Juni, 18:00 Uhr
    und …“, dropped later), counts neither way."""
    dated = [
        r
        for r in records
        if r.date_text and not is_bare_link(r.title) and not is_attention_notice(r.title)
    ]
    if len(dated) < _MIN_ROWS or not all(_only_where(r) for r in dated):
        return
    name = page if heading is None or _KIND_OF_LIST.match(heading.strip()) else heading
    if not name:
        return
    for record in dated:
        if record.location_text is None:
            record.location_text = record.title
            record.field_sources["location_text"] = "listing:text (venue and street after the day)"
        elif _venue_over_its_street(record) and record.title:
            record.location_text = f"{record.title}, {record.location_text}"
            record.field_sources["location_text"] = (
                "listing:text (venue over its street after the day)"
            )
        record.title = name
        record.field_sources["title"] = (
            "listing:page title (rows name only their place)"
            if name == page
            else "listing:heading above (rows name only their place)"
        )


def name_rows_under_a_kind_heading(records: list[RawRecord], page: str | None) -> None:
    """Rows whose own words say only when and where (a table „Wo? | Wänn?“, „KuZeB |
    19.Januer.2024“) took the heading above as their title; when that heading only names the
    kind of list („Konzerte demnächst“, „Vergangene Daten“), the page's name names them — a
    band's or a piece's site lists its own dates."""
    if not page:
        return
    for record in records:
        source = record.field_sources.get("title", "")
        if not record.date_text or not source.endswith(_FROM_THE_HEADING):
            continue
        if record.title and _KIND_OF_LIST.match(record.title.strip()):
            record.title = page
            record.field_sources["title"] = (
                "listing:page title (rows name nothing, their heading only their kind)"
            )


# „(Hövels Brauerei)“, „(virtuell, zusammen mit SAP Stammtisch Bern )“: a row's whole title is one
# bracket after its day.
_WHOLE_BRACKET = lazy_re.compile(r"^\(\s*(?P<note>[^()]{2,80}?)\s*\)$")
# „virtuell“, „online“, „digital“, „per Zoom“: the meeting was held on the net, at no place.
_ONLINE = lazy_re.compile(r"^(?:virtuell|online|digital|per\s+zoom|zoom|remote|virtual)\b", re.I)


def name_bracketed_place_rows(records: list[RawRecord], page: str | None) -> None:
    """Rows (two or more) whose whole title after their day is one bracket — „(Hövels
    Brauerei)“ — are the page's own meetings at that place: the page's name titles them and the
    bracket, unless it says the meeting was held online, is each one's place."""
    if not page:
        return
    rows = [
        (record, match)
        for record in records
        if record.date_text
        and (match := _WHOLE_BRACKET.match((record.title or "").strip()))
        # „(MLK Day - no meeting)“: the bracket says why nobody meets — a notice, dropped later
        and not is_no_session_notice(record.title)
    ]
    if len(rows) < _MIN_ROWS:
        return
    for record, match in rows:
        note = match["note"].strip(" ,")
        if record.location_text is None and not _ONLINE.match(note):
            record.location_text = note
            record.field_sources["location_text"] = "listing:text (bracket after the day)"
        record.title = page
        record.field_sources["title"] = "listing:page title (rows name only their place)"


# „Vorverkauf beendet: Noch über 120 gute Plätze an der Abendkasse.“, „Nur Abendkasse.“,
# „Restkarten an der Abendkasse“, „ausverkauft“: a remark on tickets, which names no offering.
_TICKET_REMARK = lazy_re.compile(
    r"^(?:nur\s+|noch\s+|restkarten\s+)?(?:vorverkauf|abendkasse|ausverkauft|restkarten|"
    r"tickets?\b|karten\b|reservierung|einlass|eintritt)"
    r"|\b(?:vorverkauf|abendkasse|ausverkauft|restkarten)\b",
    re.I,
)
_MAX_REMARK = 120


def _place_and_remark(record: RawRecord) -> bool:
    """The row's title is its place line followed by a remark on tickets (a title that is only
    its place line names the row by its venue, as the rows of a society's past meetings at the
    colleges that hosted them do)."""
    title, place = (record.title or "").strip(), (record.location_text or "").strip()
    if not place or not title.startswith(place):
        return False
    remark = title[len(place) :].strip(" ,;-–")
    return bool(remark) and len(remark) <= _MAX_REMARK and bool(_TICKET_REMARK.search(remark))


def name_place_and_remark_rows(records: list[RawRecord], heading: str | None) -> None:
    """Rows (two or more) whose words after their day are only their place line and a remark on
    tickets („<strong>Donnerstag, 16.05.2019 | 20:30 Uhr</strong><br>Petruskirche,
    Brunnadernstrasse 40, Bern<small>Vorverkauf beendet: Noch über 120 gute Plätze an der
    Abendkasse.</small>“) name nothing: the heading over the list names them — a choir's page
    lists its project's concerts under the project's name."""
    dated = [r for r in records if r.date_text]
    if not heading or len(dated) < _MIN_ROWS or not all(_place_and_remark(r) for r in dated):
        return
    if _KIND_OF_LIST.match(heading.strip()):
        return
    for record in dated:
        record.title = heading
        record.field_sources["title"] = "listing:heading above (rows name only their place)"
