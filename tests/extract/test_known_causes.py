"""Known causes of lost items left open by earlier rounds, each fixed on its corpus page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def read(name: str, url: str, today: date) -> list[tuple[str, str | None, str | None]]:
    page = page_from_text((PAGES / name).read_text(encoding="utf-8"), url)
    records = extract_page(page).records
    found = []
    for record in records:
        offering = normalize_record(record, today=today)
        found.append((record.title, offering.start, record.location_text))
    return found


def test_date_time_place_rows_under_a_bold_label_take_the_label_as_their_title() -> None:
    # <p><b>Vorstandssitzungen</b></p> then <div><p>Do. 13.04.2023</p><p>20 Uhr</p>
    # <p>Kita im Treff</p></div>: the last line is the place, not the meeting's name.
    found = read(
        "wp-kitatrier-verein-termine.html", "https://www.kitatrier.de/verein/", date(2023, 3, 1)
    )
    assert found == [
        ("Vorstandssitzungen", "2023-04-13T20:00:00+02:00", "Kita im Treff"),
        ("Vorstandssitzungen", "2023-05-31T20:00:00+02:00", "ESG Trier"),
        ("Mitgleiderversammlung", "2023-07-05T20:00:00+02:00", "ESG Trier"),
    ]


def test_a_definition_list_with_one_dated_term_is_one_meeting() -> None:
    # TYPO3 cron_mmratsinfo with one meeting in the month: <dt><b>Freitag, 09. Oktober 2026
    # - 08:00 Uhr</b></dt><dd><i>Die Sitzung ist nichtöffentlich …</i><br>GVA</dd>.
    found = read(
        "typo3-cronmmratsinfo-helmstedt.html",
        "https://ris.helmstedt.de/index.php?id=30",
        date(2026, 9, 20),
    )
    assert found == [("Grundstücksverkehrsausschuss (GVA)", "2026-10-09T08:00:00+02:00", None)]
    linked = read(
        "typo3-cronmmratsinfo-ne.html", "https://ris.ne.invalid/index.php?id=349", date(2026, 9, 20)
    )
    assert linked == [("Samtgemeinderat", "2026-10-12T19:30:00+02:00", None)]


def test_a_meeting_pages_agenda_section_is_no_second_meeting() -> None:
    # Provox IIP: the header block (committee, "Mittwoch 23. September 2026", "Von 16:30 Uhr bis
    # 17:15 Uhr") and, as a block of the same kind, <h3>Tagesordnung</h3> whose first item
    # approves "Protokoll Nr. 5/2026 vom 20.08.2026".
    found = read(
        "provox-hameln-sitzung.html",
        "https://ris.hameln.de/ris/hameln/meeting/details/4711",
        date(2026, 9, 20),
    )
    assert [(title, start) for title, start, _ in found] == [
        ("Ausschuss für Stadtentwicklung", "2026-09-23T16:30:00+02:00")
    ]


def test_a_meeting_named_in_the_title_part_before_its_date() -> None:
    # SessionNet: <title>SessionNet | öffentliche/nicht öffentliche Sitzung des Rates der Stadt
    # Lüdenscheid - 25.06.2012 - 17:00-18:40 Uhr</title>; the page's own heading sits in a
    # role="navigation" bar, and "Sitzung: Rat/05/2012" is the meeting's file number.
    found = read(
        "sessionnet-luedenscheid-sitzung.html",
        "https://buergerinfo.luedenscheid.de/si0050.asp?__ksinr=2379",
        date(2012, 6, 20),
    )
    assert found == [
        (
            "öffentliche/nicht öffentliche Sitzung des Rates der Stadt Lüdenscheid",
            "2012-06-25T17:00:00+02:00",
            "Rathaus, im Ratssaal",
        )
    ]


def test_a_day_joined_to_the_next_by_a_plus_starts_the_date() -> None:
    # Kita im Treff: "<strong>20.+21.02.23<br>Fastnacht (Kita geschlossen)</strong>" — the
    # closure begins on the 20th, not on the 21st.
    found = read(
        "wp-kitatrier-imtreff-termine.html",
        "https://www.kita-trier.de/kita-im-treff/termine/",
        date(2023, 1, 10),
    )
    starts = {title: start for title, start, _ in found}
    assert starts["Fastnacht (Kita geschlossen)"] == "2023-02-20"
