"""Leftovers of earlier batches (session 56): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.group_clock_name import group_clock_name
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# Cause: a school's hand-typed Termine write one row's day with its dot twice — „18..05.2026 ␣
# Vormittags ␣ Singpausenkonzert in der Tonhalle“ (batch 152). No reader of dates saw a day in
# it, so the concert was no event. Two dots between a day and a month that a year follows are no
# other notation: the date string reads as the 18th of May (``when_clean.DOUBLED_DAY_DOT``), and
# the page's text is mended before its dates are looked for (``doubled_day_dots``).

_DOUBLED_DOT = """<html><head><title>Termine</title></head><body><main><div>
<p><strong>Monat/Tag &nbsp; &nbsp; Uhrzeit &nbsp; &nbsp; Was?</strong></p>
<p>15.05.2026 &nbsp; &nbsp; ganztägig &nbsp; &nbsp; Brückentag / Schulfrei&nbsp;</p>
<p>18..05.2026 &nbsp; &nbsp; Vormittags &nbsp; &nbsp; Singpausenkonzert in der Tonhalle&nbsp;</p>
<p>03.06.2026 &nbsp; &nbsp; Vormittags &nbsp; &nbsp; Sponsorenlauf im Hofgarten&nbsp;</p>
</div></main></body></html>"""


def test_a_doubled_day_dot_in_a_date_string() -> None:
    assert parse_when("18..05.2026", today=date(2026, 5, 1)).start == "2026-05-18"
    assert parse_when("am 3..12.25 um 18 Uhr", today=date(2025, 11, 1)).start == (
        "2025-12-03T18:00:00+01:00"
    )
    # an ellipsis between numbers and a doubled dot before no year are no such date
    assert parse_when("1..3", today=date(2026, 5, 1)).start is None
    assert parse_when("18...05.2026", today=date(2026, 5, 1)).start is None


def test_a_doubled_day_dot_on_a_snippet() -> None:
    assert readings_on(_DOUBLED_DOT, date(2026, 4, 27)) == [
        ("Brückentag / Schulfrei", "2026-05-15", None),
        ("Singpausenkonzert in der Tonhalle", "2026-05-18", "Tonhalle"),
        ("Sponsorenlauf im Hofgarten", "2026-06-03", "Hofgarten"),
    ]


def test_a_doubled_day_dot_on_the_page() -> None:
    readings = saved_page_readings("wp-gox-paul-klee-schule-duesseldorf-termine-2026")
    assert ("Singpausenkonzert in der Tonhalle", "2026-05-18", "Tonhalle") in readings


# Cause: the same school gives a row a slot per group of classes — „12.05.26 ␣ Jhg. 1//3: 8:45 -
# 9:30 Uhr ␣ Generalprobe Singpausenkonzert in der Turnhalle“, the next group's „Jhg. 2/4: 10:00 -
# 10:45 Uhr“ on the line below. Read as „name, clock, place“ the label „Jhg. 1//3“ named the row
# and the rehearsal was its place. A year, grade, class or group word with its figures and a
# colon before the clock says for whom: the name follows the clock (``group_clock_name``, in
# ``block_text_titles._time_after_the_name``).

_GROUP_SLOTS = """<html><head><title>Termine</title></head><body><main><div>
<p><strong>Monat/Tag &nbsp; &nbsp; Uhrzeit &nbsp; &nbsp; Was?</strong></p>
<p>12.05.26&nbsp; &nbsp; &nbsp; Jhg. 1//3: 8:45 - 9:30 Uhr &nbsp; &nbsp; Generalprobe Singpausenkonzert in der Turnhalle&nbsp;<br><br>&nbsp; &nbsp; &nbsp; Jhg. 2/4: 10:00 - 10:45 Uhr</p>
<p>15.05.2026 &nbsp; &nbsp; ganztägig &nbsp; &nbsp; Brückentag / Schulfrei&nbsp;</p>
<p>02.07.2026 &nbsp; &nbsp; 18:00 Uhr &nbsp; &nbsp; Elternabend für die Eltern der Vorschulkinder</p>
</div></main></body></html>"""


def test_a_group_label_before_the_clock() -> None:
    assert group_clock_name(" Jhg. 1//3: 8:45 - 9:30 Uhr   Generalprobe Singpausenkonzert") == (
        "Jhg. 1//3",
        "8:45 - 9:30 Uhr",
        "Generalprobe Singpausenkonzert",
    )
    assert group_clock_name("Klasse 3a: 10 Uhr Besuch der Feuerwehr") == (
        "Klasse 3a",
        "10 Uhr",
        "Besuch der Feuerwehr",
    )
    # a name before the clock, a label that names no group, a bare figure: no group's slot
    assert group_clock_name("Elternabend: 19:00 Uhr in der Aula") is None
    assert group_clock_name("Teil 2: 18:00 Uhr Vortrag") is None
    assert group_clock_name("Klasse 4: 3 Stationen im Wald") is None


def test_a_group_label_on_a_snippet() -> None:
    assert readings_on(_GROUP_SLOTS, date(2026, 4, 27)) == [
        ("Generalprobe Singpausenkonzert in der Turnhalle", "2026-05-12T08:45", "Turnhalle"),
        ("Brückentag / Schulfrei", "2026-05-15", None),
        ("Elternabend für die Eltern der Vorschulkinder", "2026-07-02T18:00", None),
    ]


def test_a_group_label_on_the_page() -> None:
    readings = saved_page_readings("wp-gox-paul-klee-schule-duesseldorf-termine-2026")
    assert readings[0] == (
        "Generalprobe Singpausenkonzert in der Turnhalle",
        "2026-05-12T08:45",
        "Turnhalle",
    )
    assert not any("Jhg" in (title or "") for title, _, _ in readings)


# Cause: a Repair Café's home page lists its next Saturdays as boxes („26.07“ / „Juli“ /
# „Samstag“) under „Nächste Termine 2025“ and states once, in its contact section, when and where
# it meets: „Wann: An jeweils einem Samstag im Monat“, „Wo: Haus der Begegnung / Karthaus 12,
# Xanten“ (batch 153). The boxes were placed at the page's name „Repair Café Xanten“. The page's
# one „Wo:“ beside a „Wann:“ that names a rule, no day, is where its regular dates are held
# (``when_where_statement``, in ``listing`` after the venue section).

_WHEN_WHERE = """<html><head><title>Repair Café</title></head><body><main>
<section><h1>Repair Café Musterstadt</h1><p>Gemeinsam reparieren statt wegwerfen.</p></section>
<section><h2>Nächste Termine 2025</h2><p>Wir haben von 11 - 14 Uhr für euch geöffnet</p>
<div class="grid">
<div class="box"><p>26.07</p><p>Juli</p><p>Samstag</p></div>
<div class="box"><p>30.08</p><p>August</p><p>Samstag</p></div>
<div class="box"><p>27.09</p><p>September</p><p>Samstag</p></div>
</div></section>
<section><h2>Kontakt</h2><h3>Termine &amp; Hinweise</h3>
<p><strong>Wann:</strong><br>An jeweils einem Samstag im Monat</p>
<p><strong>Wo:</strong><br>Haus der Begegnung<br>Karthaus 12, Musterstadt</p>
<p><strong>Bitte beachten:</strong><br>Geräte vorher reinigen</p>
</section></main></body></html>"""


def test_the_where_label_on_a_snippet() -> None:
    place = "Haus der Begegnung, Karthaus 12, Musterstadt"
    assert [reading[1:] for reading in readings_on(_WHEN_WHERE, date(2025, 7, 20))] == [
        ("2025-07-26T11:00", place),
        ("2025-08-30T11:00", place),
        ("2025-09-27T11:00", place),
    ]


def test_a_where_label_beside_a_day_is_one_events() -> None:
    # „Wann: 26.07.2025“ beside the „Wo:“: one event's facts, not the regular dates' place
    one_day = _WHEN_WHERE.replace("An jeweils einem Samstag im Monat", "Samstag, 26.07.2025")
    assert all(
        place != "Haus der Begegnung, Karthaus 12, Musterstadt"
        for _, _, place in readings_on(one_day, date(2025, 7, 20))
    )
    # two „Wo:“ paragraphs on the page: no one place for all
    two = _WHEN_WHERE.replace(
        "<p><strong>Bitte beachten:</strong>",
        "<p><strong>Wo:</strong><br>Rathaus Musterstadt</p><p>",
    )
    assert all(
        place != "Haus der Begegnung, Karthaus 12, Musterstadt"
        for _, _, place in readings_on(two, date(2025, 7, 20))
    )


def test_the_where_label_on_the_pages() -> None:
    for page in ("2025-07", "2025-10", "2025-12"):
        readings = saved_page_readings(f"astro-repaircafe-xanten-termine-{page}")
        assert readings
        assert {place for _, _, place in readings} == {"Haus der Begegnung, Karthaus 12, Xanten"}
