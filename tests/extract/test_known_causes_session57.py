"""Leftovers of earlier batches (session 57, LEFT36): general causes of what netdir still missed
on pages already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.copula_names import CopulaParts, copula_parts
from netdir.extract.sentence_places import with_the_named_town
from netdir.extract.town_adjective_names import town_of_the_name, town_the_sentence_names
from tests.extract.realpage_inspect import (
    Span,
    readings_on,
    saved_page_readings,
    saved_page_stamps,
    stamps_on,
)

# Cause: a village's one-page site names its yard-sale day „Reckenfelder Dorftrödel“ in the
# sentence that dates it, and the village only in its <title> „Dorftrödel Reckenfeld“ and in the
# prose (batch 157): the record had no place. The town whose adjective stands in the event's name
# is its place when the <title> names that town as a word of its own, as the last resort of the
# event page's place readers (``town_adjective_names``, in ``event_page._the_place``).

_TOWN_IN_THE_NAME = """<html><head><title>Dorftrödel Reckenfeld</title></head><body><main>
<h2>Die Idee</h2><p>Trödeln vor der eigenen Haustür: so einfach geht das.</p>
<h2>Datum &amp; Zeit</h2>
<p>Der Reckenfelder Dorftrödel findet am Sonntag, den 02.06.2024 von 11:00 - 16:00 Uhr statt.</p>
</main></body></html>"""


def test_the_town_an_events_name_is_called_after() -> None:
    assert town_of_the_name("Reckenfelder Dorftrödel", "Dorftrödel Reckenfeld") == "Reckenfeld"
    assert town_of_the_name("Kieler Woche 2026", "Kieler Woche in Kiel") == "Kiel"
    # the <title> must name the town: a family's or a product's „-er“ names none
    assert town_of_the_name("Müller Sommerfest", "Sommerfest bei Müllers") is None
    assert town_of_the_name("Reckenfelder Dorftrödel", None) is None


def test_the_town_an_events_name_is_called_after_on_a_snippet() -> None:
    assert readings_on(_TOWN_IN_THE_NAME, date(2024, 5, 1)) == [
        ("Reckenfelder Dorftrödel", "2024-06-02T11:00", "Reckenfeld")
    ]


def test_the_town_an_events_name_is_called_after_on_the_pages() -> None:
    for page in ("hugo-dorftroedel-reckenfeld-2024", "hugo-dorftroedel-reckenfeld-2025"):
        assert [place for _, _, place in saved_page_readings(page)] == ["Reckenfeld"], page


# Cause: the fire brigade's jubilee page says where in its h2: „Sei mit dabei, wenn wir vom 05. -
# 06. Juli auf der Theaterwiese in Villenbach unser Fest feiern!“ (batch 155). The room reader of
# the day's prose read „Theaterwiese“; the village after it does not end the clause, so the
# meeting point's town rule (``with_its_town``) did not take it. A town after the place that the
# event's name names („Die Freiwillige Feuerwehr Villenbach feiert …“) is part of where
# (``sentence_places.with_the_named_town``, in ``event_page``); „in der Aula in Kleingruppen
# diskutieren“ names no town.


def test_a_town_after_the_place_that_the_name_names() -> None:
    line = "wenn wir vom 05. - 06. Juli auf der Theaterwiese in Villenbach unser Fest feiern!"
    name = "Die Freiwillige Feuerwehr Villenbach feiert 2025"
    assert with_the_named_town(line, "Theaterwiese", name) == "Theaterwiese in Villenbach"
    line = "Am 3. Mai wird sie in der Aula in Kleingruppen diskutieren."
    assert with_the_named_town(line, "Aula", "Besuch der Ministerin") == "Aula"


def test_a_town_after_the_place_that_the_name_names_on_the_page() -> None:
    assert saved_page_readings("angular-ffw-villenbach-fest-2025-05") == [
        (
            "Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr 150-jähriges Bestehen!",
            "2025-07-05",
            "Theaterwiese in Villenbach",
        )
    ]


# Cause: a card of the fire brigade's calendar gives its day in the meta line, „Fr., 04.09., um
# 14:00 Uhr“, and below it the note „Internationales Feuerwehrfest in Gobelsburg (Österreich) -
# Freitag bis Sonntag“ (batch 155): the fest's end on the Sunday was not read, as the note names
# no date. When a card's note runs from the card's own weekday to a later one („Freitag bis
# Sonntag“, three days at most, no clock after it: opening hours „Freitag bis Sonntag 10-18 Uhr“
# are a rule), the date text goes on to that weekday (``weekday_run_notes``, at the end of
# ``listing_features.read_block``).

_NOTED_RUN = """<html><head><title>Termine</title></head><body><main>
<div class="termine">
<div class="termin-card"><h4>Übung</h4><p class="termin-meta">Fr., 21.08., um 19:00 Uhr<br>
Feuerwehrhaus</p><p>Übung mit der Jugendwehr</p></div>
<div class="termin-card"><h4>Feuerwehrfest Gobelsburg</h4><p class="termin-meta">Fr., 04.09.,
um 14:00 Uhr<br>Gobelsburg</p><p>Internationales Feuerwehrfest - Freitag bis Sonntag</p></div>
<div class="termin-card"><h4>Markt</h4><p class="termin-meta">Sa., 12.09., um 10:00 Uhr<br>
Dorfplatz</p><p>Geöffnet Freitag bis Sonntag 10-18 Uhr</p></div>
</div></main></body></html>"""


def _ends_on(stamps: list[Span]) -> dict[str | None, str | None]:
    return {title: end for title, _, end, _ in stamps}


def test_a_cards_note_runs_its_day_to_a_later_weekday_on_a_snippet() -> None:
    ends = _ends_on(stamps_on(_NOTED_RUN, date(2026, 4, 10)))
    assert ends["Feuerwehrfest Gobelsburg"] == "2026-09-06"
    assert ends["Übung"] is None
    assert ends["Markt"] is None  # the note's weekdays are not the card's Saturday's run


def test_a_cards_note_runs_its_day_to_a_later_weekday_on_the_pages() -> None:
    for page in (
        "js-feuerwehr-esselborn-termine-2026-04-10",
        "js-feuerwehr-esselborn-termine-2026-04-13",
    ):
        ends = _ends_on(saved_page_stamps(page))
        assert ends["Feuerwehrfest Gobelsburg"] == "2026-09-06", page


# Cause: the Linux User Group's home page announces „Am <strong>30.11.2019 ist von 10 - 18h unser
# Linux Presentation Day</strong> in der Lernoase im Freizeitheim Vahrenwald.“ (batch 156): the
# row's day was taken from the bold part and the rest of the sentence — „ist von 10 - 18h unser
# Linux Presentation Day in der Lernoase …“ — became its name, without its hours or place. A
# title that is the rest of its day's sentence, „ist“/„findet“, the hours, „unser“ and the name,
# then where, gives the row those parts (``copula_names``, in ``listing_features.read_block``).

_DAYS_SENTENCE = """<html><head><title>Verein</title></head><body><div class="wrapper">
<h1>Wer wir sind</h1>
<p>Wir sind eine offene Gruppe und treffen uns jeden ersten Mittwoch im Monat, um 19 Uhr, im
Seminarraum (Eingang über den Hof).</p>
<p>Am <strong>14.03.2026 ist von 11 - 17h unser Frühjahrsbasar</strong> im Gemeindehaus Lindenhof.
Beim Basar geht es uns darum, Gebrauchtes weiterzugeben. Wir freuen uns auf deinen Besuch. </p>
<p>Mehr Infos unter: <a href="https://example.org/basar">example.org/basar</a></p>
<p>Das nächste reguläre Treffen ist dann am Mittwoch danach:</p>
</div></body></html>"""


def test_the_parts_of_a_days_sentence() -> None:
    parts = copula_parts(
        "ist von 10 - 18h unser Linux Presentation Day in der Lernoase im Freizeitheim Vahrenwald."
    )
    assert parts == CopulaParts(
        "Linux Presentation Day", "von 10 - 18h", "Lernoase im Freizeitheim Vahrenwald"
    )
    assert copula_parts("findet unser Sommerfest im Pfarrgarten statt.") == CopulaParts(
        "Sommerfest", None, "Pfarrgarten"
    )
    # not the hosts' own event: the sentence says something else
    assert copula_parts("ist das Büro geschlossen.") is None


def test_the_parts_of_a_days_sentence_on_a_snippet() -> None:
    readings = readings_on(_DAYS_SENTENCE, date(2026, 3, 1))
    assert ("Frühjahrsbasar", "2026-03-14T11:00", "Gemeindehaus Lindenhof") in readings


def test_the_parts_of_a_days_sentence_on_the_page() -> None:
    stamps = [stamp[:4] for stamp in saved_page_stamps("jekyll-lug-hannover-lpd-2019-11")]
    assert (
        "Linux Presentation Day",
        "2019-11-30T10:00:00+01:00",
        "2019-11-30T18:00:00+01:00",
        "Lernoase im Freizeitheim Vahrenwald",
    ) in stamps


# Cause: a weblog's post „Barcamp Klagenfurt 2009: Ein paar Details“ announces „Am 7. und 8.
# Februar gibt's wieder ein Barcamp in Klagenfurt.“ (batch 156): the camp had no place. The town
# „in …“ of the day's sentence is the place when the event's name names that town as a word
# (``town_adjective_names.town_the_sentence_names``, in ``event_page._the_place``, the last
# resort); a town the name does not hold, or a room with its number („in Raum 204“), stays unread.


def test_the_town_of_the_days_sentence_that_the_name_names() -> None:
    sentence = "Am 7. und 8. Februar gibt's wieder ein Barcamp in Klagenfurt."
    assert town_the_sentence_names(sentence, "Barcamp Klagenfurt 2009") == "Klagenfurt"
    assert town_the_sentence_names(sentence, "Barcamp 2009") is None
    assert town_the_sentence_names("Am 7. Mai tagen wir in Raum 204.", "Sitzung Raum 204") is None


def test_the_town_of_the_days_sentence_on_the_page() -> None:
    readings = saved_page_readings("hugo-zerokspot-barcamp-klagenfurt-2009-01")
    assert readings == [("Barcamp Klagenfurt 2009", "2009-02-07", "Klagenfurt")]
