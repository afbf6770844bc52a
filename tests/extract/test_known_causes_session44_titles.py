"""Leftovers of earlier batches, titles and places (session 44): general causes of records whose
item was found but whose title or place was wrong, each with a minimal snippet and the real page."""

from __future__ import annotations

from datetime import date

from tests.extract.raw_records import raw_record
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


def _on(records: list[_Record], start: str) -> list[_Record]:
    return [r for r in records if (r[1] or "").startswith(start)]


# Cause: a campaign's list of stops („Liste der Mobiveranstaltungen“) names each row by nothing
# but its town: „28.07 Landshut 19:00 Uhr Zentrale zum Rieblwirt, [NoFuture]“ — the town is the
# row's name, the venue in that town its place, the hour its hour; the organisers in brackets
# are neither. A town followed by words of its own („Krk Climate Camp Croatia“) keeps them.

AUGUST_2023 = date(2023, 8, 20)

_STOPS = """<html><body><div class="entry">
<h2>Liste der Mobiveranstaltungen:</h2>
<p>Diese Liste beinhaltet Mobiveranstaltungen von unterschiedlichen Gruppen.</p>
<div class="widget">
<p><strong>19.07 Nürnberg</strong>, Climate Action Bar Desi 19:00 Uhr</p>
<p><strong>28.07 Landshut 19:00 Uhr</strong> Zentrale zum Rieblwirt,&nbsp; [NoFuture,EG München]</p>
<p><b>28.07 Kiel 19:00 Uhr </b>im Rohrbruch Kieler Str. 56, Gaarden [Sand im Getriebe]</p>
<p><b>06.08 Passau </b>19:00 Uhr Zakk [EG München]</p>
<p><strong>08.08</strong>.<strong> Nürnberg</strong>&nbsp; P31, 19:30 [NoFuture]</p>
<p><b>10.08 Bremen</b> 18:00 Uhr Comunistas</p>
<p><b>19.08 Augsburg </b>[EG München]</p>
<p><b>23-27.08 Krk</b> Climate Camp Croatia</p>
</div>
</div></body></html>"""


def test_rows_of_a_stop_list_are_named_by_their_town() -> None:
    records = stamps_on(_STOPS, AUGUST_2023)
    assert ("Landshut", "2023-07-28T19:00:00+02:00") in [(r[0], r[1]) for r in records]
    (landshut,) = [r for r in records if r[0] == "Landshut"]
    assert landshut[3] == "Zentrale zum Rieblwirt, Landshut"
    (kiel,) = [r for r in records if r[0] == "Kiel"]
    assert kiel[3] == "Rohrbruch Kieler Str. 56, Gaarden, Kiel"
    (p31,) = _on(records, "2023-08-08")
    assert p31[0] == "Nürnberg"
    assert p31[1] == "2023-08-08T19:30:00+02:00"  # the hour after the venue
    assert p31[3] == "P31, Nürnberg"
    (bremen,) = [r for r in records if r[0] == "Bremen"]
    assert bremen[3] == "Comunistas, Bremen"
    (augsburg,) = [r for r in records if r[0] == "Augsburg"]
    assert augsburg[3] == "Augsburg"
    (krk,) = _on(records, "2023-08-23")
    assert krk[0] == "Krk Climate Camp Croatia"  # not a known town, and a name of its own


def test_one_row_opening_with_a_town_keeps_its_title() -> None:
    html = """<html><body><div class="entry"><div class="widget">
<p><strong>22.08. 19:00 Uhr</strong> Onlinecall mit den wichtigsten Fragen</p>
<p><strong>31.08 19:00 Uhr</strong> München, Cafe Marat Rechtshilfevortrag der Roten Hilfe</p>
<p><strong>02.09 19:00 Uhr</strong> Onlinecall für alle</p>
</div></div></body></html>"""
    titles = [r[0] for r in stamps_on(html, AUGUST_2023)]
    assert "München" not in titles


def test_the_sand_im_getriebe_stop_list_names_its_rows_by_their_towns() -> None:
    records = saved_page_stamps("wordpress-sandimgetriebe-mobi-events-2023-08")
    (wien,) = _on(records, "2023-07-27")
    assert wien[0] == "Wien"
    assert wien[3] == "Kollektiv Kaorle,Ottakringerstraße 201, Wien"
    (regensburg,) = _on(records, "2023-08-04")
    assert regensburg[0] == "Regensburg"
    assert regensburg[3] == "LiZe, Regensburg"  # the organisers' bracket is not the place
    dresden = _on(records, "2023-08-22T19:00")
    assert ("Dresden", "AZ Conni Dresden") in [(r[0], r[3]) for r in dresden]
    (tuebingen,) = _on(records, "2023-08-25")
    assert tuebingen[:2] == ("Tübingen", "2023-08-25T19:00:00+02:00")


def test_a_concert_calendar_opening_with_town_and_quoted_venue_is_left_to_its_reader() -> None:
    html = """<html><body><div class="cal">
<p>14.09. Straubing, "Tiefenrausch", live mit "Up To Vegas" (stn)</p>
<p>15.09. Braunschweig, "Gearbox Rockabilly Club", Wendenstr. 59, 22 Uhr, live "Trash Hombres"</p>
<p>21.09. Stuttgart, "Club Zwölfzehn", live "The Satelliters"</p>
<p>28.09. Bremen, "Lila Eule", live mit "Randy Rich"</p>
</div></body></html>"""
    records = stamps_on(html, date(2007, 9, 1))
    titles = {r[0] for r in records}
    assert not titles & {"Straubing", "Braunschweig", "Stuttgart", "Bremen"}


# Cause: a writer's list of readings writes each row as slashed fields „Town / day / what,
# venue“ („Hamburg / 15. Juli 2026 / Lesung, Büchercafé Kapitel Drei“): the part after the
# name's comma that names a house („Büchercafé“, „Bücherei“) is where in that town, wherever
# the venue word stands in it; a part naming no house („Lange Leipziger Lesenacht“) stays in
# the name.

FEBRUARY_2026 = date(2026, 2, 1)

_READINGS = """<html><body><div class="container"><div id="intro">
<p>Wien / 2. März 2026 / Lesung, Bootleg / <a href="https://example.org/1">Link</a></p>
<p>Leipzig / 18. März 2026 / Lesung, Lange Leipziger Lesenacht / <a href="https://example.org/2">Link</a></p>
<p>Felixdorf / 28. Mai 2026 / Lesung, Öffentliche Bücherei der Marktgemeinde Felixdorf</p>
<p>Hamburg / 15. Juli 2026 / Lesung, Büchercafé Kapitel Drei / <a href="https://example.org/3">Link</a></p>
</div></div></body></html>"""


def test_a_house_after_the_comma_of_a_slashed_row_is_its_place_in_the_town() -> None:
    records = stamps_on(_READINGS, FEBRUARY_2026)
    (hamburg,) = _on(records, "2026-07-15")
    assert (hamburg[0], hamburg[3]) == ("Lesung", "Büchercafé Kapitel Drei, Hamburg")
    (felixdorf,) = _on(records, "2026-05-28")
    assert felixdorf[0] == "Lesung"
    assert felixdorf[3] == "Öffentliche Bücherei der Marktgemeinde Felixdorf"
    (leipzig,) = _on(records, "2026-03-18")
    assert (leipzig[0], leipzig[3]) == ("Lesung, Lange Leipziger Lesenacht", "Leipzig")


def test_lisa_woelfls_readings_are_held_in_their_houses() -> None:
    records = saved_page_stamps("bootstrap-lisawoelfl-termine-2026")
    (hamburg,) = _on(records, "2026-07-15")
    assert (hamburg[0], hamburg[3]) == ("Lesung", "Büchercafé Kapitel Drei, Hamburg")
    (felixdorf,) = _on(records, "2026-05-28")
    assert felixdorf[:1] == ("Lesung",)
    assert felixdorf[3] == "Öffentliche Bücherei der Marktgemeinde Felixdorf"


# Cause: a venue one post names „im Zeiseweg 9 in den Räumen des CCCHH“ is found again in another
# post's prose („… ab 19 Uhr im Zeiseweg 9.“) — with its house number: a name that ends on its
# number is whole, not a name cut short („Gasthof zum“ of „Gasthof zum Roten Kreuz“).


def test_a_venue_of_another_row_keeps_its_house_number() -> None:
    from netdir.extract.shared_venues import places_from_other_rows

    known = raw_record(
        "Treffen",
        description="Am 23.01.2019 treffen wir uns um 19 Uhr im Zeiseweg 9.",
        location_text="Zeiseweg 9 in den Räumen des CCCHH",
    )
    other = raw_record(
        "Geekfem Treffen",
        description="wir treffen uns am 15.3. ab 19 Uhr im Zeiseweg 9. Für zwei …",
    )
    places_from_other_rows([known, other])
    assert other.location_text == "Zeiseweg 9"


def test_geekfems_march_meeting_is_held_at_zeiseweg_9() -> None:
    (march,) = _on(saved_page_stamps("jekyll-geekfem-hamburg-posts-2024-01"), "2018-03-15")
    assert march[3] == "Zeiseweg 9"


# Cause: a town written with „St.“ for „Sankt“ („SLV-Meisterschaften U23/U16 in St. Wendel“) is
# the town the gazetteer spells out („Sankt Wendel“), as „St. Gallen“ was already — a town of
# 10,000 or more: „Dom St. Marien“ is a church, not the village Sankt Marien.


def test_a_town_abbreviated_st_is_the_sankt_of_the_gazetteer() -> None:
    from netdir.normalize.place import load_gazetteer, town_in_title

    gazetteer = load_gazetteer()
    wendel = gazetteer.lookup("St. Wendel")
    assert wendel is not None and wendel.city == "Sankt Wendel"
    assert gazetteer.lookup("St. Marien") is None  # a church as often as the village of 1,481
    assert gazetteer.lookup("Stadtmitte") is None
    found = town_in_title("SLV-Meisterschaften U23/U16 in St. Wendel")
    assert found is not None and found.city == "Sankt Wendel"


def test_the_slv_championships_in_st_wendel_are_held_there() -> None:
    (wendel,) = _on(saved_page_stamps("php-slv-veranstaltungen-2016-04"), "2016-07-16")
    assert wendel[3] is not None and "Wendel" in wendel[3]
