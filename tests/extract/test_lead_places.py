"""The venue a sentence says something takes place at (lead_places.venue_taking_place)."""

from __future__ import annotations


def test_a_sentence_names_its_venue_with_the_address_after_statt_not_a_subject_after_it() -> None:
    """Real sentences: the .NET User Group Regensburg's room note (address in brackets after
    „statt“) and the RUB Makerspace's MURX-Festival text (a flea market is what takes place in
    the hall, not the festival)."""
    from netdir.extract.lead_places import venue_taking_place

    assert (
        venue_taking_place(
            "BITTE BEACHTEN: Der Vortrag findet im Raum K018 der OTH Regensburg statt "
            "(Galgenbergstraße 32, neues IM Gebäude)."
        )
        == "Raum K018 der OTH Regensburg, Galgenbergstraße 32, neues IM Gebäude"
    )
    assert (
        venue_taking_place(
            "Zeitgleich findet in der Quartiershalle ein Flohmarkt statt, bei dem du in "
            "entspannter Atmosphäre alte-neue Schätze finden kannst."
        )
        is None
    )


def test_a_sentence_names_its_venue_after_bei_der() -> None:
    """CoderDojo Heidelberg's address section: „bei der …“ says where as „in der …“ does;
    „bei gutem Wetter“ names no venue."""
    from netdir.extract.lead_places import venue_taking_place

    assert (
        venue_taking_place("Die Veranstaltungen finden bei der FUU Privatschule Heidelberg statt.")
        == "FUU Privatschule Heidelberg"
    )
    assert venue_taking_place("Das Fest findet bei gutem Wetter statt.") is None
