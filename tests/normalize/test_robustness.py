"""Odd input never crashes the normalizer and never yields an impossible date."""

from __future__ import annotations

import random
from datetime import date

from netdir.normalize import merge_offerings, normalize_record, parse_place, parse_when
from netdir.records import Offering, SourceRef
from tests.normalize.conftest import TODAY, make_raw

_TOKENS = [
    "12.", "3.", "31.", "29.", "00.", "13.", "03.", "2027", "27", "–", "-", "bis", "/", "und",
    "März", "Feb.", "Dezember", "Mai", "KW", "Herbst", "Q3", "9:30", "24:00", "25:61", "Uhr",
    "ab", "jeden", "ersten", "Donnerstag", "im", "Monat", "tba", "[", "]", "(", ")", ",", "T",
    "2027-02-30", "2027-03-12T09:30", "Z", "+02:00", "Berlin", "10117", "online", "hybrid",
    "Halle", "(Saale)", "Straße", "5", "Frankfurt", "am", "Main", "\n", "Anmeldung", "am",
]  # fmt: skip
PRECISIONS = {None, "minute", "day", "week", "month", "season", "year"}


def _random_texts(count: int) -> list[str]:
    rng = random.Random(2027)
    return [" ".join(rng.choices(_TOKENS, k=rng.randint(1, 9))) for _ in range(count)]


def test_random_token_soup_parses_without_error_into_consistent_values() -> None:
    for text in _random_texts(3000):
        found = parse_when(text, today=TODAY)
        assert found.precision in PRECISIONS, text
        if found.start is None:
            # "bis 31. März" alone is an end without a start; nothing else is.
            assert found.end is None or found.precision == "day", text
            continue
        start_day = date.fromisoformat(found.start[:10])
        assert 1990 <= start_day.year <= 2100, text
        if found.end is not None:
            assert date.fromisoformat(found.end[:10]) >= start_day, text
        parse_place(text)


def test_random_records_normalize_and_merge_without_error() -> None:
    rng = random.Random(7)
    texts = _random_texts(400)
    offerings = [
        normalize_record(
            make_raw(
                f"s{rng.randrange(4)}",
                title=rng.choice(["Fachtag", "Fachtag KI", "NExT", "Barcamp 2027"]),
                date_text=text,
                location_text=rng.choice(texts),
                published=rng.choice([None, "2026-10-01", "kaputt"]),
            ),
            today=TODAY,
        )
        for text in texts
    ]
    merged = merge_offerings(offerings)
    assert {r for o in merged for r in o.sources} == {r for o in offerings for r in o.sources}
    assert len(merged) < len(offerings)
    assert len({o.id for o in merged}) == len(merged)


def test_merge_tolerates_offerings_with_unparseable_dates() -> None:
    foreign = Offering(
        id="x",
        title="Fachtag",
        start="demnächst",
        sources=[SourceRef("a", "https://a.example.org/1")],
    )
    other = Offering(id="y", title="Fachtag", sources=[SourceRef("b", "https://b.example.org/1")])
    assert len(merge_offerings([foreign, other])) == 1


# Letters a case-insensitive pattern reads as plain ones although ``str.lower`` keeps them apart
# ("MAİ" lower-cases to "mai̇"): the word tables used to raise KeyError on them.
_LOOKALIKES = [
    ("Sa 20 MAİ 2027", "Sa 20 MAI 2027"),
    ("20. MAİ 2027, 9 Uhr", "20. MAI 2027, 9 Uhr"),
    ("Donnerstag, 3. Junı 2027", "Donnerstag, 3. Juni 2027"),
    ("ſamstag, 20. Mai 2027, 10–12 Uhr", "samstag, 20. Mai 2027, 10–12 Uhr"),
    ("jeden erſten Donnerstag im Monat, 16 Uhr", "jeden ersten Donnerstag im Monat, 16 Uhr"),
    ("FRİDAY, MARCH 5, 2027 AT 3:00 P.M.", "FRIDAY, MARCH 5, 2027 AT 3:00 P.M."),
    (
        "vom 1. bis 3. DEZEMBER 2027, montagſ geschlossen",
        "vom 1. bis 3. DEZEMBER 2027, montags geschlossen",
    ),
]


def test_lookalike_letters_in_date_words_read_like_plain_ones() -> None:
    for odd, plain in _LOOKALIKES:
        expected = parse_when(plain, today=TODAY)
        assert expected.start is not None, plain
        assert parse_when(odd, today=TODAY) == expected, odd
