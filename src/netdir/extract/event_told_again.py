"""A post that tells its one event twice is no list of two: its lead sentence („Das nächste
Treffen … wird am 16.06.2011 um 18.00 Uhr stattfinden. Veranstaltungsort ist diesmal die Saxonia
Systems AG.“) and a summary block further down („In Kürze“ / „Termin: 16.06.2011 um 18.00 Uhr“ /
„Ort: Saxony Systems“) both name the day of the event its heading names.

The listing detector reads such paragraphs as dated blocks, and the page's event, named by its
heading and dated by the label, is then „one of the listed“ (``dispatch``: a page that lists two
shows is about neither). When every dated block falls on the event's own day, the blocks are the
event's own lines, not a list: the page is the one event's.
"""

from __future__ import annotations

from datetime import date

from netdir.extract.event_programme import rows_on_one_day
from netdir.records import RawRecord


def tells_its_event_again(event: list[RawRecord], listing: list[RawRecord], today: date) -> bool:
    """Whether the page's one event (``event``) is on a known day and every dated record of
    ``listing`` (two or more) falls on that same day."""
    if len(event) != 1:
        return False
    dated = [record for record in listing if record.date_text]
    return len(dated) >= 2 and rows_on_one_day([event[0], *dated], today)
