"""Which extraction mode ``netdir sources add`` proposes: rules only when they beat ``auto``.

A listing block found by scouting yields rules for title and link only. They are proposed only
when, on the page itself, they find more records with dates (then with places, then at all)
than ``auto`` does; else the entry stays ``auto`` — whatever the page offers is read anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from netdir.catalog import Source
from netdir.records import Page

Extract = Callable[[Page, Source | None], Any]


@dataclass(frozen=True)
class ModeScore:
    """What one mode found on the page: records with a date, with a place, and in all."""

    dated: int
    placed: int
    records: int

    def key(self) -> tuple[int, int, int]:
        return (self.dated, self.placed, self.records)

    def __str__(self) -> str:
        return f"{self.records} records, {self.dated} with dates, {self.placed} with places"


def score(records: Sequence[Any]) -> ModeScore:
    return ModeScore(
        dated=sum(1 for r in records if getattr(r, "start", None) or getattr(r, "date_text", None)),
        placed=sum(
            1
            for r in records
            if getattr(r, "location_text", None)
            or getattr(r, "city", None)
            or getattr(r, "venue", None)
        ),
        records=len(records),
    )


def choose_mode(
    entry: dict[str, Any], page: Page, extract: Extract
) -> tuple[dict[str, Any], str | None]:
    """The entry to propose and, when rules were on the table, a line saying why."""
    if entry.get("extract") != "rules":
        return entry, None
    auto_entry = {key: value for key, value in entry.items() if key != "rules"}
    auto_entry["extract"] = "auto"
    rules = score(extract(page, Source.model_validate(entry)).records)
    auto = score(extract(page, Source.model_validate(auto_entry)).records)
    if rules.key() > auto.key():
        return entry, f"rules: {rules}; auto: {auto} → proposing rules"
    return auto_entry, f"auto: {auto}; rules: {rules} → proposing auto (rules do not beat it)"
