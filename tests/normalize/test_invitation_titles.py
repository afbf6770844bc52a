"""A title that invites to an event names the event (real titles of corpus pages)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.normalize.conftest import TODAY

RawFactory = Callable[..., RawRecord]


@pytest.mark.parametrize(
    ("title", "named"),
    [
        # reddot-ittlingen-aktuelles-2013, hugo-sv-haimbach-start-2024
        ("Einladung zur Gemeinderatssitzung", "Gemeinderatssitzung"),
        ("Einladung zur Stiftungsratssitzung", "Stiftungsratssitzung"),
        ("Einladung zum Schützenfest", "Schützenfest"),
        ("Herzliche Einladung zur 34. Gemeinderatssitzung", "34. Gemeinderatssitzung"),
        # an adjective after „zur“: the rest is no title of its own
        (
            "Einladung zur ordentlichen Mitgliederversammlung",
            "Einladung zur ordentlichen Mitgliederversammlung",
        ),
        # pio-offenbach-stv-einladungen: the council's own name for its sessions stays
        ("Einladung STV Sitzung", "Einladung STV Sitzung"),
        ("Einladung", "Einladung"),
    ],
)
def test_an_invitation_is_titled_by_what_it_invites_to(
    raw_record: RawFactory, title: str, named: str
) -> None:
    assert normalize_record(raw_record(title=title), today=TODAY).title == named


def test_a_curated_title_stays_as_chosen(raw_record: RawFactory) -> None:
    raw = raw_record(title="Einladung zum Schützenfest", extractor="curated")
    assert normalize_record(raw, today=TODAY).title == "Einladung zum Schützenfest"
