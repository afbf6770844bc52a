"""The prepositions before a place's name: „im Schützenheim“, „in der Turnhalle Neuhausen“, „in
den Räumen der Volkshochschule“, „auf dem Dorfplatz“, „auf der Festwiese“, „beim Sportheim“.

The readers that take a place from what a German row or sentence says after its day or its
„findet … statt“ (name_am_day's „name am day, clock, place“ rows, named_date_lines' date lines,
stated_venues' sentences, lead_places' leads), from a venue ending a title or a sentence
(title_venues, title_places, listing_features, place_lines), from a line or heading led by one
(where_lines, day_hours_place, list_label_headings, heading_announcements, shared_venues) take
these words from here, so that one knows what the others know. „am“ is not among them: after a
row's name it brings the day („Vatertagsfest am 10. Mai“). The readers that take the place
from inside a sentence after their cue, where a day after „am“ is turned away by what the place
must be (a venue word, a capitalised name that is no day) — reported_places, later_that_day,
place_for_each, verb_led_titles, stated_venues, place_lines' lines led by one, shared_venues,
list_label_headings — read „am Marktplatz“ and „vor dem Rathaus“ too:
``PLACE_OR_AM_PREPOSITION``. (day_hours_place strips a preposition off a place and keeps „vor
dem Rathaus“ whole; sentence_places keeps its own: „beim Ausklang“.)
"""

from __future__ import annotations

#: The prepositions (with their article) before a place's name, as a regex group without capture;
#: the white space after them is the reader's.
PLACE_PREPOSITION = r"(?:im|in\s+der|in\s+dem|in\s+den|auf\s+dem|auf\s+der|beim)"
#: PLACE_PREPOSITION with „am“ („am Rathausplatz“), „vor dem“ and „vor der“ („vor dem DGH“, „vor
#: der Kirche“), for the readers that turn a day after „am“ away themselves.
PLACE_OR_AM_PREPOSITION = rf"(?:{PLACE_PREPOSITION}|am|vor\s+dem|vor\s+der)"
