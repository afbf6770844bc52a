"""Causes found on held-out German batch 160 of the real-page corpus (sports clubs' Termine: the
Sportfischer-Verein Angelbachtal's calendar, the Schachfreunde Braunfels' Kalender and news, the
TuS Schwefe's Termine, the TC Biblis' start page), each pinned on a minimal snippet and on its
page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.invitation_words import is_an_invitation
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A chess club's calendar gives a league day one row and its matches one line each in the
#    name cell: „07.12.2025 | Raum Bagnols | BOL: Braunfels II - Heuchelheim I<br>BOL: Braunfels
#    III - Marburg IV<br>KL: Braunfels IV - Battenberg I“, the place cell one line for all or one
#    per match („Lindenholzhausen<br>Raum Bagnols“). Read as one row, each day gave its first match.
#    Every line is a match when each is a pairing „A - B“.

_KALENDER = (
    "<html><body><h2>Kalender</h2><table class='kalender'>"
    "<tr><th>Datum</th><th>Ort</th><th>Veranstaltung</th></tr>"
    "<tr><td>05.12.2025</td><td>Raum Bagnols</td><td>Finale Schlosspokal</td></tr>"
    "<tr><td>07.12.2025</td><td>Raum Bagnols</td><td>BOL: Braunfels II - Heuchelheim I<br>"
    "KL: Braunfels IV - Battenberg I</td></tr>"
    "<tr><td>14.12.2025</td><td>Lindenholzhausen<br>Raum Bagnols</td>"
    "<td>LK West: Lindenholzhausen I - Braunfels I<br>KK: Braunfels V - Gladenbach III</td></tr>"
    "<tr><td>19.12.2025</td><td>Raum Bagnols</td><td>Weihnachtsfeier</td></tr>"
    "</table></body></html>"
)


def test_each_match_of_the_day_on_a_snippet() -> None:
    assert readings_on(_KALENDER, date(2025, 12, 2)) == [
        ("Finale Schlosspokal", "2025-12-05", "Raum Bagnols"),
        ("BOL: Braunfels II - Heuchelheim I", "2025-12-07", "Raum Bagnols"),
        ("KL: Braunfels IV - Battenberg I", "2025-12-07", "Raum Bagnols"),
        ("LK West: Lindenholzhausen I - Braunfels I", "2025-12-14", "Lindenholzhausen"),
        ("KK: Braunfels V - Gladenbach III", "2025-12-14", "Raum Bagnols"),
        ("Weihnachtsfeier", "2025-12-19", "Raum Bagnols"),
    ]


def test_a_name_and_its_remark_stay_one_event() -> None:
    # two lines that are no pairings: a name and its remark
    remark = _KALENDER.replace(
        "BOL: Braunfels II - Heuchelheim I<br>KL: Braunfels IV - Battenberg I",
        "Blitzturnier<br>Anmeldung vor Ort",
    )
    assert ("Anmeldung vor Ort", "2025-12-07", "Raum Bagnols") not in readings_on(
        remark, date(2025, 12, 2)
    )
    # a name over its venue beside a count over its unit: the lines pair up, but the second is
    # the first one's venue (Upcoming.org's „Laughing Squid: Decade 2<br>Mighty, San Francisco,
    # CA“ | „241<br>people“, caught by test_heldout_structured_batch_ah_causes)
    venue = _KALENDER.replace(
        "<td>Lindenholzhausen<br>Raum Bagnols</td>"
        "<td>LK West: Lindenholzhausen I - Braunfels I<br>KK: Braunfels V - Gladenbach III</td>",
        "<td>241<br>people</td><td>Laughing Squid: Decade 2<br>Mighty, San Francisco, CA</td>",
    )
    titles = [title for title, _, _ in readings_on(venue, date(2025, 12, 2))]
    assert "Mighty, San Francisco, CA" not in titles


def test_each_match_on_its_page() -> None:
    readings = saved_page_readings("tidy-schachfreunde-braunfels-kalender-2025-12")
    assert len(readings) == 41
    assert ("BOL: Wieseck I - Braunfels II", "2026-01-18", "Wieseck") in readings
    assert ("KL: Herborn II - Braunfels IV", "2026-01-18", "Herborn") in readings
    assert ("KL: Hungen-Lich III - Braunfels IV", "2026-04-19", "Hungen") in readings
    assert ("KK: Braunfels V - Battenberg II", "2026-04-26", "Raum Bagnols") in readings


# 2. A tennis club's news row: a badge with the post's day („08“ / „März 26“), the heading
#    „Einladung zur Mitgliederversammlung 2026“ and „Wir laden alle Mitglieder herzlich ein:
#    Dienstag, 24.03.2026 um 19:00 Uhr in unserer Vereinsgaststätte „Zum Netzroller“.“ — two
#    records, the meeting on the badge's day and „Wir laden alle Mitglieder herzlich ein“ on its
#    own; one meeting, at the invitation's day and the place after its hour.


def test_words_that_invite() -> None:
    assert is_an_invitation("Wir laden alle Mitglieder herzlich ein")
    assert is_an_invitation("Hiermit laden wir euch ein")
    assert is_an_invitation("Der Vorstand lädt herzlich ein")
    assert is_an_invitation("Herzliche Einladung")
    assert not is_an_invitation("Vernissage")
    assert not is_an_invitation(
        "Wir laden alle Mitglieder herzlich ein und bitten um Anmeldung bis"
    )


_NEWS = (
    "<html><body><h2>Neuigkeiten aus dem Verein</h2><div id='news-list'>"
    "<div class='news-item'><div class='news-date'><div class='d'>08</div><div class='m'>März 26"
    "</div></div><div><h3>Einladung zur Mitgliederversammlung 2026</h3><p>Wir laden alle Mitglieder"
    " herzlich ein: Dienstag, 24.03.2026 um 19:00 Uhr in unserer Vereinsgaststätte „Zum Netzroller“."
    "</p></div></div>"
    "<div class='news-item'><div class='news-date'><div class='d'>12</div><div class='m'>Feb 26"
    "</div></div><div><h3>Winterturnier in der Halle</h3><p>Unser Doppel-Turnier für alle"
    " Mitglieder.</p></div></div>"
    "</div></body></html>"
)


def test_the_invitation_dates_the_post_on_a_snippet() -> None:
    readings = readings_on(_NEWS, date(2026, 3, 10))
    assert (
        "Mitgliederversammlung 2026",
        "2026-03-24T19:00",
        "Vereinsgaststätte „Zum Netzroller“",
    ) in (readings)
    assert [title for title, _, _ in readings].count("Mitgliederversammlung 2026") == 1
    assert not any(title and title.startswith("Wir laden") for title, _, _ in readings)


def test_the_invitation_on_its_page() -> None:
    assert saved_page_readings("static-tc-biblis-startseite-2026-08")[0] == (
        "Mitgliederversammlung 2026",
        "2026-03-24T19:00",
        "Vereinsgaststätte „Zum Netzroller“",
    )
