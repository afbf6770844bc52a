"""``iter_date_phrases`` skips text far from any digit: it must find exactly what
``DATE_PHRASE.finditer`` finds, on every real page of the corpus and on phrases whose longest
prefix stands before the first digit."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    iter_date_like,
    iter_date_phrases,
    search_date_like,
    search_date_phrase,
    sub_date_phrases,
)

PAGES = sorted((Path(__file__).parents[1] / "realpages" / "pages").rglob("*.htm*"))


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Donnerstag., September. 12, 2027, 9:00 Uhr",  # the longest lead: 24 characters
        "x" * 60 + " Wednesday, September 5 " + "y" * 40 + " 12.–14. März 2026, 9:00 Uhr",
        "Sonnabend, 20.+21.02.23 und Mittwoch 3rd of May",
        "Repairmobil am 9+10.9.2026 und 9 + 10. 9. 2026",  # a plus after the first day's digits
        "Termine: Sa.07.04.2018 ab 10 Uhr, Mo.12.3.2027",  # a weekday's dot touching the day
        "Spieltage: So, Montag, 11/18 und Sa., Sept. 3",  # two weekdays before the day
        "Raum 3.11.1, Version 1.2.3, am 24.02. bis 26.02.2027",
        "Bereich 17: Service, Bereich 18: Beratung; Jan.31, März 2027 und Mai 5th, 2027",
        "2027-03-12, 09/07/23, 9-7-2023, 12 . 3. 27, Mittwoch 12. Dezember 19:00 bis 21 Uhr",
        "Raum 123.4, Tel. 0228 99-123, Sa.,\u00a0Sept. 3 ab 10.30 Uhr, ١٢.٠٣.٢٠٢٧",
        "no digits at all",
        "",
    ],
)
def test_phrases_found_as_the_full_scan_finds_them(text: str) -> None:
    assert _spans(iter_date_phrases(text)) == _spans(DATE_PHRASE.finditer(text))
    assert sub_date_phrases(text) == DATE_PHRASE.sub(" ", text)
    # The corpus test below builds what ``sub`` gives from the full scan's matches.
    assert _substituted(text, _spans(DATE_PHRASE.finditer(text)), " ") == DATE_PHRASE.sub(" ", text)


def _substituted(text: str, spans: list[tuple[int, int, str]], by: str) -> str:
    """What ``DATE_PHRASE.sub(by, text)`` gives, from the full scan's matches (``re.sub``
    replaces exactly the matches ``finditer`` yields)."""
    pieces: list[str] = []
    end = 0
    for start, stop, _ in spans:
        pieces += [text[end:start], by]
        end = stop
    return "".join([*pieces, text[end:]])


def test_every_corpus_page_gives_the_same_phrases() -> None:
    assert len(PAGES) >= 40
    for page in PAGES:
        body = LexborHTMLParser(page.read_text(encoding="utf-8", errors="replace")).body
        text = body.text(separator=" ") if body is not None else ""
        # The full scan is most of this test's time: it runs once per page (~1.6 s CPU less).
        full = _spans(DATE_PHRASE.finditer(text))
        assert _spans(iter_date_phrases(text)) == full, page.name
        assert sub_date_phrases(text, "|") == _substituted(text, full, "|"), page.name


def test_every_weekday_and_month_word_leads_a_phrase_as_in_the_full_scan() -> None:
    # The lead search spells the words as prefix trees: each word, in any case, glued to the
    # word before it ("Ramontag"), with its dot and comma, must start the phrase where the
    # full pattern starts it.
    words = [
        *[
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonnabend",
            "sonntag",
        ],
        *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        *[
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
            "mo",
            "di",
            "mi",
            "do",
            "fr",
            "sa",
            "so",
            "ſonntag",
        ],
        *[
            "jan",
            "january",
            "januar",
            "feb",
            "february",
            "februar",
            "märz",
            "maerz",
            "mar",
            "march",
            "apr",
            "april",
        ],
        *[
            "mai",
            "may",
            "jun",
            "june",
            "juni",
            "jul",
            "july",
            "juli",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "okt",
        ],
        *[
            "oct",
            "oktober",
            "october",
            "nov",
            "november",
            "dez",
            "dec",
            "dezember",
            "december",
            "junie",
            "monta",
        ],
    ]
    leads = [f"{w} " for w in words] + [f"Ra{w.upper()}., " for w in words]
    leads += [f"{a}, {b}. " for a in words[:30:3] for b in words[30::4]]
    text = " | ".join(f"{lead}12. 3." for lead in leads)
    text += " | " + " | ".join(f"{lead}2027" for lead in leads)
    assert _spans(iter_date_phrases(text)) == _spans(DATE_PHRASE.finditer(text))
    # ``iter_date_like`` reads DATE_LIKE's leads: a weekday glued to its day („Sa.07.04.2018“,
    # „Sat,11/18“) or a month word before it („Jan.31“)
    text += " | " + " | ".join(f"{w.capitalize()}.,07.04. {w}.31 {w}, 11/18" for w in words)
    assert _spans(iter_date_like(text)) == _spans(DATE_LIKE.finditer(text))
    # ``iter_date_phrases`` reads DATE_PHRASE's own weekday before them („Sa.07.04.2018“,
    # „Sa., Sept. 3“), also before a second weekday („So, Montag, 11/18“)
    text += " | " + " | ".join(f"Sa.{w}.07.04. So, {w}, 11/18 Do.{w} 12" for w in words)
    assert _spans(iter_date_phrases(text)) == _spans(DATE_PHRASE.finditer(text))


# ``iter_date_like``, ``search_date_like``, ``iter_date_phrases`` and ``search_date_phrase``
# skip text far from any digit as ``iter_date_phrases`` does: they must find what the patterns'
# own ``finditer`` and ``search`` find.
@pytest.mark.parametrize(
    "text",
    [
        "Sa.07.04.2018 Sa.14.04.2018 - KEIN FLOHMARKT So.08.04.2018",
        "Donnerstag., 12.03. | Sat, 11/18 | Mo 28.11 | Mo 10.30 Uhr | Jan.31 | März 2027",
        "19.07 Nürnberg, 25.07 19:00 Uhr, 23-27.08 Krk, $25.03 advance, Rangnote von 28.03",
        "2019-01-17T00:00:00.000Z, 18th this month, 3rd of May, 19. März '27, 11ten Januar",
        "Raum 3.11.1, Version 1.2.3, Partymaß 80-90-00, 09/07/23, 9-7-2023, August 19:00",
        "x" * 80 + " Wednesday, September 5 " + "y" * 40 + " 12.–14. März 2026",
        "no digits at all",
        "",
    ],
)
def test_date_like_found_as_the_full_scan_finds_it(text: str) -> None:
    assert _spans(iter_date_like(text)) == _spans(DATE_LIKE.finditer(text))
    found, full = search_date_like(text), DATE_LIKE.search(text)
    assert (found and found.span()) == (full and full.span())
    assert _spans(iter_date_phrases(text)) == _spans(DATE_PHRASE.finditer(text))
    phrase, full = search_date_phrase(text), DATE_PHRASE.search(text)
    assert (phrase and phrase.span()) == (full and full.span())


def test_every_corpus_page_gives_the_same_date_likes() -> None:
    for page in PAGES[::3]:  # (a third of the pages: the full scan is most of the time)
        body = LexborHTMLParser(page.read_text(encoding="utf-8", errors="replace")).body
        for text in (body.text(separator=" "), body.text(separator="")) if body else ():
            assert _spans(iter_date_like(text)) == _spans(DATE_LIKE.finditer(text)), page.name
            phrases = _spans(DATE_PHRASE.finditer(text))
            assert _spans(iter_date_phrases(text)) == phrases, page.name
