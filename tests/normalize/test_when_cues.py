"""The substring pre-checks of the date grammar (``when_words.lowered_for_cues``/``has_any``) only
skip patterns that could not match: every result is the same as with every pattern run."""

from __future__ import annotations

import re
import string
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import pytest

from netdir import yaml_text
from netdir.normalize import (
    when,
    when_days,
    when_lists,
    when_periods,
    when_recurrence,
    when_times,
    when_words,
)

HERE = Path(__file__).parent
MODULES_WITH_CHECKS = (when_days, when_lists, when_periods, when_recurrence, when_times)


# Read once per test process through libyaml: with PyYAML's pure-Python loader each of the nine
# tests that ask spent ~7 CPU-s reading the ~300 files before parsing a single text.
@cache
def _texts() -> list[tuple[str, date]]:
    found: list[tuple[str, date]] = []
    for path in sorted(HERE.glob("date_strings_heldout*.yaml")):
        for case in yaml_text.safe_load(path.read_text(encoding="utf-8")):
            today = case["today"]
            found.append(
                (str(case["text"]), today if isinstance(today, date) else date(2026, 11, 27))
            )
    for line in (HERE / "data" / "when_cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            found.append((line.split("\t")[0], date(2026, 11, 27)))
    # Texts with a letter that folds to ASCII only inside the regex engine ("İ", "ſ") take the
    # path without pre-checks.
    found += [
        ("İnfo: 12. März 2027", date(2026, 11, 27)),
        ("ſtart jeden Dienstag", date(2026, 11, 27)),
    ]
    return found


def _parse_all(texts: list[tuple[str, date]]) -> list[dict[str, str | bool | None]]:
    parse = when._parse_when.__wrapped__  # uncached: both runs really parse
    results = []
    for text, today in texts:
        for day_first in (None, True, False):
            results.append(parse(text, today, None, day_first).as_dict())
        results.append(when.date_role(text, today=today))  # type: ignore[arg-type]
        results.append(when_lists.day_list(text))  # type: ignore[arg-type]
    return results


# Every collected date text is parsed ten times: 13,613 texts took some 110 CPU-s in one test,
# the longest of the suite after the real-page floor, so the texts are dealt out in shards that
# the test workers share; each shard is still compared whole.
SHARDS = 8


def test_the_collected_texts_are_many() -> None:
    assert len(_texts()) > 900


@pytest.mark.timeout(900)  # up to 60 s per shard at load 16: the global 300 s is meant for hangs
@pytest.mark.parametrize("shard", range(SHARDS))
def test_pre_checks_change_no_result_on_any_collected_date_text(
    shard: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()[shard::SHARDS]
    # The cleaning of a text has no pre-check under test and is the same in all ten parses:
    # done once per text, it was a quarter of the test's time.
    monkeypatch.setattr(when, "clean_date_text", lru_cache(maxsize=None)(when.clean_date_text))
    with_checks = _parse_all(texts)
    for module in MODULES_WITH_CHECKS:
        # None means "cannot tell": every pattern runs, as before the pre-checks existed.
        monkeypatch.setattr(module, "lowered_for_cues", lambda _text: None)
    monkeypatch.setattr(when_lists, "_may_list", lambda _text, _lowered: True)
    monkeypatch.setattr(when_lists, "_may_list_english", lambda _lowered: True)
    assert _parse_all(texts) == with_checks


def test_only_the_listed_letters_fold_to_a_cue_letter_without_lower() -> None:
    """Every character an IGNORECASE pattern matches to a-z/ä/ö/ü/ß either lowers to it or is
    one of ``_FOLD_EXCEPTIONS`` (for which the pre-checks step aside)."""
    letters = string.ascii_lowercase + "äöüß"
    any_letter = re.compile("[" + letters + "]", re.IGNORECASE)
    unmapped = {
        chr(code)
        for code in range(0x110000)
        if any_letter.fullmatch(chr(code)) and chr(code).lower() not in letters
    }
    assert unmapped == set(when_words._FOLD_EXCEPTIONS)
    assert when_words.lowered_for_cues("Sa 20 MAİ") is None
    assert when_words.lowered_for_cues("Sa 20 MÄRZ") == "sa 20 märz"
