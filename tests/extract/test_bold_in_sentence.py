"""extract/bold_in_sentence: the name a dated sentence sets in bold."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.bold_in_sentence import bold_name_in_sentence


def _name(html: str) -> str | None:
    node = LexborHTMLParser(html).css_first("li")
    assert node is not None
    return bold_name_in_sentence([node])


def test_the_one_bold_name_of_a_sentence_names_its_item() -> None:
    assert (
        _name(
            "<li>Der <strong>Jugendgottesdienst</strong> am Freitag, dem 28. August, findet um 20 Uhr"
            " im Waldfrieden statt.</li>"
        )
        == "Jugendgottesdienst"
    )
    assert (
        _name(
            "<li>Im Rahmen der <b>Schule für Geisteswissenschaft</b> findet am Samstag, dem 22."
            " August, um 17 Uhr eine Rede statt.</li>"
        )
        == "Schule für Geisteswissenschaft"
    )


def test_no_name_from_a_bold_day_several_names_or_a_short_line() -> None:
    assert (
        _name(
            "<li>Das Sommerfest ist am <b>22. August</b> ab 14 Uhr im Garten hinter dem Haus.</li>"
        )
        is None
    )
    assert (
        _name(
            "<li>Der <b>Chor</b> und die <b>Band</b> spielen am 22. August um 20 Uhr in der Kirche.</li>"
        )
        is None
    )
    assert _name("<li><b>Sommerfest</b> 22. August</li>") is None  # a name line, not a sentence
    assert (
        _name("<li><b>Die Mitgliederversammlung des Vereins mit Wahlen</b> am 22. August 2026</li>")
        is None
    )  # the bold is most of the line


def test_a_bold_name_opening_its_line_is_a_name_line_not_a_sentence() -> None:
    assert (
        _name(
            "<li><strong>Schulungen “Diversitätssensibilität und Anti-Bias”</strong> (08.12.2025,"
            " 13 - 14 Uhr, U11/00.16)</li>"
        )
        is None
    )


def test_a_bold_day_beside_a_bold_name_leaves_the_name() -> None:
    assert (
        _name(
            "<li>Im Rahmen eines Stammtischs am <strong>Freitag, 23. Mai 2025</strong> ab 20 Uhr wird"
            " Quirin Held über seine Arbeit zum Thema „<strong>Oberammergauer Passion als Beispiel"
            " für dark tourism“</strong> informieren. Es wird ein spannender Einblick.</li>"
        )
        == "Oberammergauer Passion als Beispiel für dark tourism"
    )
    assert (
        _name(
            "<li>Am <strong>Samstag, 7. Juni 2025</strong> besuchen wir die <strong>Erinnerungsort"
            " BADEHAUS in Wolfratshausen-Waldram.</strong> Um 14 Uhr haben wir die Gelegenheit.</li>"
        )
        == "Erinnerungsort BADEHAUS in Wolfratshausen-Waldram"
    )


def test_only_the_dated_sentence_names_the_item() -> None:
    assert (
        _name(
            "<li>Das Vereinsjahr endet am <strong>Sonntag, 16. November 2025 um 20 Uhr</strong> mit"
            " der diesjährigen <strong>Jahresversammlung</strong>. Wir planen, dort die dritte"
            " Ausgabe unserer Zeitschrift <strong>„Der Ammergauer Kraxentrager“</strong>"
            " vorzustellen.</li>"
        )
        == "Jahresversammlung"
    )


def test_a_bold_name_with_its_bold_occasion_keeps_both() -> None:
    assert (
        _name(
            "<li>Im Rahmen des <strong>Tags des offenen Denkmals</strong> am <strong>Sonntag, 14."
            " September 2025</strong> lädt der Verein zu einer <strong>historischen"
            " Führung</strong> durch den Ort ein.</li>"
        )
        == "historischen Führung – Tags des offenen Denkmals"
    )
    # two names, neither the occasion: no one name of the item
    assert (
        _name(
            "<li>Am 22. August 2026 spielen der <b>Chor</b> und die <b>Band</b> um 20 Uhr in der"
            " Kirche.</li>"
        )
        is None
    )
