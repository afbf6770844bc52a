"""Causes found by held-out date rounds 290-292 (tests/normalize/date_strings_heldout_round290.yaml …).

- „Assembly-Planung für den #33c3: Morgen um 20 Uhr …“, „RT @freifunk_LM: Heute ab 7 Uhr …“,
  „Übermorgen ist um 20 Uhr …“: a relative word opening a later sentence, a clock in it;
  „Gleich um 20 Uhr …“, „Denkt nachher dran, um 20 Uhr …“: soon or later on the day itself;
  „Heute geschlossen: …“, „Heute! …“: the day called out: ``when_sentence_relative``.
- „⚠️ ACHTUNG ⚠️ heute 17 Uhr bis ca. 20 Uhr Wartungsarbeiten“: a clock with „Uhr“ right after
  „heute“ needs no preposition: ``when_relative``.
- „findet morgen _nicht_ um 10 Uhr sondern um 15 Uhr statt“: the denied clock: ``when_moved_clock``.
- „Am 22. und 23.06 findet …“, „Vom 3.11 bis zum 5.11.2017“, „ab Donnerstag(10.09) Abend“,
  „vom 3.en bis 5.en November“, „Am vergangen Samstag …“: slips in writing a day:
  ``when_day_slips``.
- „— Chaostreff Flensburg (@chaos_fl) 3. September 2018“, „Ein Beitrag geteilt von … (@…) am Sep
  30, 2018 um 6:38 PDT“: an embedded post's byline: ``when_embed_bylines``.
- „Diese Hygieneordnung gilt ab dem 27. September 2021 …“: a house's rules from a day on:
  ``when_regulations``.
- „Morgen (11.02.) beginnt um 11:11 Uhr der Verkauf der restlichen Tickets“: ``when_sales``.
- „Der CfP für den Open Infrastructure Orbit läuft noch bis 7.12.“: ``when_signup``.
- „am 08. und 09.04.2021 jeweils von 15 bis 18 Uhr“: two following days in figures are one period:
  ``when_lists``.
- „Kommt vorbei und erzählt, was in euren Communities passiert“: German „was“ after a comma is no
  English past (the coming Sunday stays coming): ``when_grammar``.

Older leftovers (rounds 285-287):

- „Sa, 04.04.2020 | n/a“, „Do, 02.07.2020 | Ende der Noteneintragung“: a row whose cell says
  nothing is on, or names a task's end: ``when_row_markers``.
- „veranstaltet einen Vatertagshock … Beginn ist ab 11 Uhr“: Ascension Day's party named after
  „Vatertag“: ``when_feasts``.
- „Halloween ist ja erst morgen, aber unsere Halloween Feier war schon gestern“, „Silvester …
  verschoben und feiern heute“: the party's own relative day: ``when_feast_told_day``.
- „also ist morgen um 8 Uhr dienstantritt“: a first day in a post: ``when_job_offers``.
- „Leider müssen wir den Talk … heute um 19:00 verschieben“ (round 290): put off with no new day:
  ``when_put_off``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_day_slips import day_slips_mended
from netdir.normalize.when_embed_bylines import is_embed_byline
from netdir.normalize.when_sentence_relative import later_today, sentence_relative
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


# --- a relative word opening a later sentence; „gleich“, „nachher“ -------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Planung: Morgen um 20 Uhr im Chat", "Morgen"),
        ("Nicht vergessen. Morgen um 19:00 ist Treffen", "Morgen"),
        ("RT @verein: Heute wieder Treffen: 17 Uhr im Café", "Heute"),
        ("Übermorgen ist um 20 Uhr wieder Probe", "Übermorgen"),
    ],
)
def test_a_relative_word_opening_a_sentence_is_found(text: str, word: str) -> None:
    found = sentence_relative(text)
    assert found is not None and found["rel"] == word


@pytest.mark.parametrize(
    "text",
    [
        "Wir treffen uns am Morgen um 9 Uhr",  # the morning, written inside a sentence
        "Bericht: Morgen war es kalt.",  # no clock in the sentence
    ],
)
def test_no_relative_word_without_its_sentence_opening_and_clock(text: str) -> None:
    assert sentence_relative(text) is None


def test_soon_and_later_name_the_day_itself() -> None:
    assert later_today("Gleich um 20 Uhr treffen wir uns") is not None
    assert later_today("Denkt nachher dran, um 20 Uhr treffen wir uns") is not None
    assert later_today("Das ist gleich um die Ecke") is None


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        (
            "Planung: Morgen um 20 Uhr im Chat.",
            date(2016, 12, 20),
            "2016-12-21T20:00:00+01:00",
            None,
        ),
        (
            "Gleich um 20 Uhr treffen wir uns.",
            date(2016, 12, 21),
            "2016-12-21T20:00:00+01:00",
            None,
        ),
        ("Heute geschlossen: Wir streiken.", date(2019, 3, 21), "2019-03-21", None),
        (
            "⚠️ ACHTUNG ⚠️ heute 17 Uhr bis ca. 20 Uhr Wartungsarbeiten an unserem Netz.",
            date(2021, 8, 27),
            "2021-08-27T17:00:00+02:00",
            "2021-08-27T20:00:00+02:00",
        ),
        (
            "Der Talk findet morgen _nicht_ um 10 Uhr sondern um 15 Uhr statt.",
            date(2016, 12, 28),
            "2016-12-29T15:00:00+01:00",
            None,
        ),
    ],
)
def test_relative_days_and_a_denied_clock(
    text: str, today: date, start: str, end: str | None
) -> None:
    assert _start_end(text, today) == (start, end)


# --- slips in writing a day -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Am 22. und 23.06 findet", "Am 22. und 23.06. findet"),
        ("Vom 3.11 bis zum 5.11.2017", "Vom 3.11. bis zum 5.11.2017"),
        ("Am 23.11 und 24.11 findet", "Am 23.11. und 24.11. findet"),
        ("ab Donnerstag(10.09) Abend", "ab Donnerstag (10.09.) Abend"),
        ("vom 3.en bis 5.en November", "vom 3. bis 5. November"),
        ("Am vergangen Samstag waren wir", "Am vergangenen Samstag waren wir"),
    ],
)
def test_slips_are_mended(text: str, mended: str) -> None:
    assert day_slips_mended(text) == mended


@pytest.mark.parametrize(
    "text",
    [
        "Beginn um 19.30 Uhr",  # a clock
        "ab 10.11 Uhr",  # a clock after „ab“
        "der Mitgliederversammlung am 03.04 2009",  # a year after it: left as written (round 125)
        "Ubuntu 16.04 ist erschienen",  # a version
        "vom 08.10-10.10 Uhr",  # a clock's range (session 51)
    ],
)
def test_other_numbers_are_left(text: str) -> None:
    assert day_slips_mended(text) == text


# --- an embedded post's byline ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "— Chaostreff Flensburg (@chaos_fl) 3. September 2018",
        "— ✭ Ania Groß ✭ (@Exil_Inselette) April 27, 2019",
        "Ein Beitrag geteilt von @blackspear 📷🍸 (@kuroyari) am Sep 30, 2018 um 6:38 PDT",
    ],
)
def test_an_embedded_post_byline_is_no_event(text: str) -> None:
    assert is_embed_byline(text)
    assert _start_end(text, date(2018, 10, 12)) == (None, None)


def test_a_handle_inside_an_announcement_is_no_byline() -> None:
    assert not is_embed_byline("Workshop mit Anna (@anna) am 3. September 2018 um 18 Uhr")


# --- rules, sales, call for papers, following days, German „was“ ------------------------------


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("Diese Hygieneordnung gilt ab dem 27. September 2021.", date(2021, 9, 27), None, None),
        ("Neue Gottesdienstordnung ab dem 01.07.2024", date(2024, 6, 1), "2024-07-01", None),
        (
            "Morgen (11.02.) beginnt um 11:11 Uhr der Verkauf der restlichen Tickets für das Fest",
            date(2017, 2, 10),
            None,
            None,
        ),
        (
            "Der CfP für die Konferenz läuft noch bis 7.12. Reicht ein!",
            date(2018, 11, 27),
            None,
            None,
        ),
        (
            "Die Workshops finden am 08. und 09.04.2021 jeweils von 15 bis 18 Uhr statt.",
            date(2021, 4, 5),
            "2021-04-08T15:00:00+02:00",
            "2021-04-09T18:00:00+02:00",
        ),
        (
            "Die Workshops finden am 08. und 10.04.2021 jeweils von 15 bis 18 Uhr statt.",
            date(2021, 4, 5),
            "2021-04-08T15:00:00+02:00",
            "2021-04-08T18:00:00+02:00",
        ),
        (
            "Erinnerung: Am Sonntag ist unsere Aufzeichnung! Kommt vorbei und erzählt, was los ist.",
            date(2020, 6, 5),
            "2020-06-07",
            None,
        ),
    ],
)
def test_rules_sales_calls_and_pairs(
    text: str, today: date, start: str | None, end: str | None
) -> None:
    assert _start_end(text, today) == (start, end)


# --- the real strings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "text_start"),
    [
        (290, "Assembly-Planung für den #33c3"),
        (290, "Nicht vergessen. Morgen um 19:00"),
        (290, "RT @freifunk_LM: Heute ab 7 Uhr"),
        (290, "Happy 15 Jahre"),
        (290, "Übermorgen ist um 20 Uhr"),
        (290, "RT @freifunk_hgw: Heute wieder"),
        (290, "Gleich um 20 Uhr"),
        (290, "Denkt nachher dran"),
        (290, "Heute geschlossen"),
        (290, "Heute! Spannung"),
        (290, "RT @freifunkmainz: ⚠️ ACHTUNG"),
        (290, "RT @FFRhein: Der Talk"),
        (290, "RT @easterhegg: Morgen (11.02.)"),
        (290, "Der CfP für den Open Infrastructure Orbit"),
        (290, "RT @freifunkradio: Erinnerung: Am Sonntag"),
        (291, "Am vergangen Samstag"),
        (291, "Vom 3.11 bis zum 5.11.2017"),
        (291, "Und so können wir jetzt schon verkünden"),
        (291, "Am 22. und 23.06 findet"),
        (291, "Am 23.11 und 24.11 findet"),
        (291, "Für alle die früher anreisen"),
        (291, "— Chaostreff Flensburg (@chaos_fl)"),
        (291, "Ein Beitrag geteilt von @blackspear"),
        (291, "Diese Hygieneordnung gilt"),
        (291, "Die Workshops finden am 08. und 09.04.2021"),
        (209, "Um unsere Solidarität mit Menschen vorort"),
    ],
)
def test_the_real_strings_are_read(number: int, text_start: str) -> None:
    assert_heldout_read(number, text_start)


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        ("Sa, 04.04.2020 | n/a", date(2020, 3, 26), None),
        ("Do, 02.07.2020 | Ende der Noteneintragung", date(2020, 6, 18), None),
        ("Fr, 10.07.2020 | - Zeugnisverteilung", date(2020, 6, 18), "2020-07-10"),
        ("Vatertagsparty ab 11 Uhr", date(2024, 5, 8), "2024-05-09T11:00:00+02:00"),
        ("Am Vatertag ab 11 Uhr", date(2024, 5, 8), "2024-05-09T11:00:00+02:00"),
        ("21.05.2020 | Stachus | Vatertagswanderung", date(2021, 6, 13), "2020-05-21"),
        ("Die Halloween-Party war schon gestern.", date(2011, 10, 30), "2011-10-29"),
        ("Halloween war gestern.", date(2011, 11, 1), "2011-10-31"),
        ("Wir haben Silvester verschoben und feiern heute.", date(2007, 1, 6), "2007-01-06"),
        ("Morgen ist mein erster Arbeitstag.", date(2010, 3, 17), None),
        ("Leider müssen wir den Talk heute um 19:00 verschieben.", date(2017, 12, 28), None),
        (
            "Leider müssen wir den Talk auf morgen um 19:00 verschieben.",
            date(2017, 12, 28),
            "2017-12-29T19:00:00+01:00",
        ),
    ],
)
def test_leftovers_of_rounds_285_290(text: str, today: date, start: str | None) -> None:
    assert _start_end(text, today)[0] == start


@pytest.mark.parametrize(
    ("number", "text_start"),
    [
        (285, "Sa, 04.04.2020 | n/a"),
        (285, "Do, 02.07.2020 | Ende der Noteneintragung"),
        (286, "Wie schon gesagt, haben wir Silvester"),
        (286, "Mein Firmenlaptop hat auch schon"),
        (286, "Ich weiß, Halloween ist ja erst morgen"),
        (287, "Der Musikverein Roßwangen veranstaltet"),
        (287, "Der Obst- und Gartenbauverein Obergrombach"),
        (290, "Programmänderung: Leider müssen wir den Talk"),
    ],
)
def test_the_older_leftovers_are_read(number: int, text_start: str) -> None:
    assert_heldout_read(number, text_start)
