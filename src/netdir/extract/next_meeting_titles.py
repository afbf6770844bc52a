"""A listed box titled only by the heading that announces the group's next meeting.

A user group's home page keeps its coming meetings in boxes under headings „Aktuelles - Nächstes
vor Ort Treffen“ / „Termin: Donnerstag, 07.11.2024 18:30h, Ort: Zum Alten Markt …“. The heading
says which of the group's meetings the box holds — the next one — and names none: a reader takes
it for the next meeting of the group the page is about. So a dated record whose title is such a
heading (``lead_sentence.names_the_next_meeting``) is titled by the page's name — where the
list names the group's other meetings so too (its archive's rows, „(Hövels Brauerei)“ after
their days, ``address_rows.name_bracketed_place_rows``): one series, one name. Alone, the box
keeps the heading a reader sees over it („Nächstes Treffen“).
"""

from __future__ import annotations

from netdir.extract.lead_sentence import names_the_next_meeting
from netdir.records import RawRecord

#: Provenance of a title taken from the page's name in place of a next-meeting heading.
NEXT_MEETING_OF_THE_PAGE = "listing:page title (its heading announces the next meeting)"


def name_the_next_meetings(records: list[RawRecord], page: str | None) -> None:
    """Retitle dated records titled „Nächstes Treffen“ (and the like) by the page's name."""
    if not page or not any(record.title == page for record in records):
        return
    for record in records:
        if record.date_text and record.title and names_the_next_meeting(record.title):
            record.title = page
            record.field_sources["title"] = NEXT_MEETING_OF_THE_PAGE
