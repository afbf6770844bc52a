"""A month-headed box that numbers its offerings („Seminar 1: …“) and a post that reports its
course's end (sub_items.numbered_date_lines, notices.reports_its_end)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.notices import reports_its_end
from tests.extract.conftest import page_from_text

_NEWS = """<html><body><main>
<h3>Sommerfest in Ulm, 12. Juni 2026</h3><p>Wir feiern im Garten.</p>
<h3>Seminare in Stuttgart, Juli 2026</h3><p>Zwei Seminare bieten wir an.<br>
Kurs 1: Freitag, den 10.07. bis Sonntag, den 12.07.2026.<br>
Kurs 2: Dienstag, den 14.07. bis Donnerstag, den 16.07.2026.</p>
<h3>Prüfung in Ulm, 20. Juni 2026</h3><p>Drei Prüfungen bestanden.</p>
<h3>Anfängerkurs, 3. Mai 2026</h3><p>Der Anfängerkurs ist beendet worden. Willkommen!</p>
</main></body></html>"""


def test_numbered_lines_of_a_month_headed_box_are_offerings() -> None:
    records = extract_page(page_from_text(_NEWS)).records
    titles = [(r.title, r.date_text) for r in records]
    assert (
        "Seminare in Stuttgart (Kurs 1)",
        "Freitag, den 10.07. bis Sonntag, den 12.07.2026",
    ) in titles
    assert (
        "Seminare in Stuttgart (Kurs 2)",
        "Dienstag, den 14.07. bis Donnerstag, den 16.07.2026",
    ) in titles
    assert "Anfängerkurs" not in {r.title for r in records}
    assert len(records) == 4


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Der Anfängerkurs ist beendet worden. Wir begrüßen …", True),
        ("Die beiden diesjährigen Anfängerkurse sind beendet worden.", True),
        ("Unser Kurs wurde beendet!", True),
        ("Der Kurs beginnt am 3. Mai und ist am 30. Juni beendet.", False),
        ("Anmeldung beendet? Nein, noch Plätze frei.", False),
        (None, False),
    ],
)
def test_a_text_that_opens_by_saying_its_subject_ended(text: str | None, ended: bool) -> None:
    assert reports_its_end(text) is ended
