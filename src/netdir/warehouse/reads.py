"""What the publish stage and the CLI read: overview rows and the per-source summary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import orjson

from netdir.gc_pause import gc_paused

#: Exactly the keys of an offering in overview.json (src/netdir/publish/overview.schema.json).
OVERVIEW_KEYS = (
    "id", "title", "kind", "url", "start", "end", "all_day", "date_precision", "date_text",
    "recurrence", "format", "venue", "city", "state", "organizer", "audience", "topics", "cost", "free",
    "status", "description", "confidence", "sources", "first_seen", "last_seen", "stale_since",
)  # fmt: skip


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def overview_rows(
    con: duckdb.DuckDBPyConnection, *, where: str | None = None, upcoming: bool = False
) -> list[dict[str, Any]]:
    """Rows of ``mart.overview`` (or ``mart.upcoming``) shaped like overview.json offerings.

    ``where`` is one SQL condition over the view's columns (it comes from the operator's
    command line); anything else — a second statement, a comment, a closing parenthesis that
    escapes the condition — raises ``ValueError`` before any SQL runs.
    """
    return list(iter_overview_rows(con, where=where, upcoming=upcoming))


#: Rows fetched from DuckDB at a time by ``iter_overview_rows``.
FETCH_ROWS = 2048


def iter_overview_rows(
    con: duckdb.DuckDBPyConnection, *, where: str | None = None, upcoming: bool = False
) -> Iterator[dict[str, Any]]:
    """``overview_rows`` one at a time: fetched ``FETCH_ROWS`` at a time and held as compact
    value lists until put in order, each made the row dict only when it is handed over and let
    go then: a consumer that keeps its own form of each row (publish) never holds a second
    list of dicts of all of them."""
    if where:
        check_single_condition(where)  # before any SQL runs, also for a generator never started
    return _overview_rows(con, where, upcoming)


def _overview_rows(
    con: duckdb.DuckDBPyConnection, where: str | None, upcoming: bool
) -> Iterator[dict[str, Any]]:
    view = "mart.upcoming" if upcoming else "mart.overview"
    # The seen instants come as microseconds since the epoch and are made ISO text once per
    # distinct value (``_Shared.iso``): DuckDB made each cell an aware datetime first (10,044
    # rows: 29 of the read's 92 ms, first_seen and last_seen). The lists come as their JSON
    # text, parsed here (orjson): DuckDB's Python lists and dicts of them cost twice as much
    # (50,000 rows: sources 62 -> 25 ms, audience and topics 61 -> 39).
    columns = ", ".join(
        f'epoch_us("{key}")'
        if key in _INSTANT_KEYS
        else f'to_json("{key}")'
        if key in _JSON_KEYS
        else f'"{key}"'
        for key in OVERVIEW_KEYS
    )
    condition = f"WHERE ({where})" if where else ""
    # Read in the table's order and put in order here: an ORDER BY made DuckDB hold every row
    # whole (descriptions, sources) in its sort (5,000 pages: publish's read peaked at 421 MB,
    # unsorted 378), where the rows put in order are those the caller keeps anyway. The sort
    # keys come as numbers (days, microseconds), so no value Python cannot hold breaks it.
    shared = _Shared(_session_zone(con))  # asked first: the next query is the cursor's
    cursor = con.execute(
        f"SELECT {columns}, datediff('day', DATE '1970-01-01', start_date), epoch_us(start_ts) "
        f"FROM {view} {condition}"
    )
    rows: list[list[Any]] = []
    keys: list[tuple[Any, ...]] = []
    with gc_paused():  # tens of thousands of lists, no cycles; nothing else runs meanwhile
        while values_batch := cursor.fetchmany(FETCH_ROWS):
            for values in values_batch:
                row = _overview_values(values, shared)
                keys.append(_sort_key(row, values[-2], values[-1]))
                rows.append(row)
            del values_batch
        order = sorted(range(len(rows)), key=keys.__getitem__)
    del keys
    for index in order:
        row, rows[index] = rows[index], _TAKEN  # let go as the caller takes them
        yield dict(zip(OVERVIEW_KEYS, row, strict=True))


_TAKEN: list[Any] = []
_TITLE = OVERVIEW_KEYS.index("title")
_ID = OVERVIEW_KEYS.index("id")


def _sort_key(row: list[Any], day: int | None, micros: int | None) -> tuple[Any, ...]:
    """``ORDER BY start_date NULLS LAST, start_ts NULLS FIRST, title, id``: DuckDB compares
    text by its UTF-8 bytes, which is the order of code points Python compares by."""
    return (day is None, day or 0, micros is not None, micros or 0, row[_TITLE], row[_ID])


#: Columns whose values are (nearly) unique per offering: not worth looking up in ``_Shared``.
_UNIQUE_COLUMNS = frozenset({"id", "url"})
_SHARED_TEXT = tuple(
    key for key in OVERVIEW_KEYS if key not in _UNIQUE_COLUMNS and key not in {
        "all_day", "free", "confidence", "audience", "topics", "sources",
        "first_seen", "last_seen", "stale_since",
    }
)  # fmt: skip
_SHARED_AT = tuple(OVERVIEW_KEYS.index(key) for key in _SHARED_TEXT)
_TEXTS_AT = tuple(OVERVIEW_KEYS.index(key) for key in ("audience", "topics"))
_SOURCES_AT = OVERVIEW_KEYS.index("sources")
_INSTANT_KEYS = ("first_seen", "last_seen", "stale_since")
_JSON_KEYS = ("audience", "topics", "sources")
_INSTANTS_AT = tuple(OVERVIEW_KEYS.index(key) for key in _INSTANT_KEYS)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _session_zone(con: duckdb.DuckDBPyConnection) -> ZoneInfo:
    """The time zone DuckDB gives TIMESTAMPTZ values in on ``con`` (UTC in a warehouse)."""
    row = con.execute("SELECT current_setting('TimeZone')").fetchone()
    return ZoneInfo(row[0] if row else "UTC")


class _Shared:
    """One object per distinct value of a read: DuckDB hands out a new ``str`` for every
    cell, and most columns repeat a few values (status, kind, city, source ids, the run's
    ``last_seen``): 30,000 rows held ~40 MB of copies of a few thousand strings."""

    __slots__ = ("_instants", "_values", "_zone")

    def __init__(self, zone: ZoneInfo) -> None:
        self._values: dict[Any, Any] = {}
        self._instants: dict[int, str] = {}
        self._zone = zone

    def value(self, value: Any) -> Any:
        return self._values.setdefault(value, value) if value.__class__ is str else value

    def texts(self, values: str | None) -> list[str]:
        """The items of a list of texts given as its JSON text, each shared."""
        setdefault = self._values.setdefault
        return [setdefault(value, value) for value in _json_list(values)]

    def iso(self, micros: int | None) -> str | None:
        """The ISO text of an instant given in microseconds since the epoch, as the aware
        datetime DuckDB makes of it in the session's time zone writes itself."""
        if micros is None:
            return None
        text = self._instants.get(micros)
        if text is None:
            moment = (_EPOCH + timedelta(microseconds=micros)).astimezone(self._zone)
            text = self._instants[micros] = moment.isoformat()
        return text


def _json_list(text: str | None) -> list[Any]:
    """A list column's items from its ``to_json`` text (NULL: none)."""
    return orjson.loads(text) if text is not None else []


def _overview_values(values: tuple[Any, ...], shared: _Shared) -> list[Any]:
    """A row's values in ``OVERVIEW_KEYS`` order (the sort keys after them left out), repeated
    ones shared: a list of them, not yet the dict (~4x its size) the caller is handed."""
    row = list(values[: len(OVERVIEW_KEYS)])
    value = shared.value
    for at in _SHARED_AT:
        row[at] = value(row[at])
    for at in _TEXTS_AT:
        row[at] = shared.texts(row[at])
    row[_SOURCES_AT] = [
        {key: item if key == "url" else value(item) for key, item in ref.items()}
        for ref in _json_list(row[_SOURCES_AT])
    ]
    for at in _INSTANTS_AT:
        row[at] = shared.iso(row[at])
    return row


def offering_revisions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, datetime]]:
    """Offering id → (current version, when that version began): SEQUENCE and LAST-MODIFIED
    of the calendar events, so clients update an event that moved."""
    cursor = con.execute(
        "SELECT o.id, o.version, h.valid_from FROM core.offerings o "
        "JOIN core.offering_history h ON h.offering_id = o.id AND h.version = o.version "
        "WHERE o.status <> 'removed'"
    )
    with gc_paused():  # 50,000 tuples and datetimes: 2.4 CPU-s of collections at 5,000 pages
        return {offering_id: (version, since) for offering_id, version, since in cursor.fetchall()}


def check_single_condition(where: str) -> None:
    """Raise ``ValueError`` unless ``where`` is one SQL expression (for ``WHERE (…)``)."""
    depth = 0
    quote: str | None = None
    for index, char in enumerate(where):
        if quote is not None:
            quote = None if char == quote else quote  # '' inside a string toggles twice
        elif char in "'\"":
            quote = char
        elif char == ";":
            raise ValueError("one condition only: ';' would start another statement")
        elif where.startswith(("--", "/*"), index):
            raise ValueError("one condition only: no SQL comments")
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced ')': the condition would end early")
    if quote is not None or depth:
        raise ValueError("unbalanced quotes or parentheses")
    if len(duckdb.extract_statements(f"SELECT 1 WHERE ({where})")) != 1:
        raise ValueError("one condition only")


def source_summary(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """One dict per catalog source the warehouse knows, from ``mart.source_health``."""
    cursor = con.execute(
        """
        SELECT source_id, kind, extract_mode, status, last_success, records, pages, issues
        FROM mart.source_health
        ORDER BY source_id
        """
    )
    return [
        {
            "source_id": source_id,
            "kind": kind,
            "extract_mode": extract_mode,
            "last_run_status": status,
            "last_success": _iso(last_success),
            "records_last_run": records,
            "pages_last_run": pages,
            "issues_last_run": issues,
        }
        for source_id, kind, extract_mode, status, last_success, records, pages, issues in (
            cursor.fetchall()
        )
    ]


def changes_by_source(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, dict[str, int]]:
    """How many offerings each source gained, changed and lost in run ``run_id``:
    ``{source_id: {"added": n, "changed": n, "removed": n, "reappeared": n}}``. An offering
    several sources list counts for each of them."""
    rows = con.execute(
        """
        SELECT listed.src.source_id, h.change_kind, count(DISTINCT h.offering_id)
        FROM core.offering_history AS h, unnest(h.sources) AS listed(src)
        WHERE h.valid_from_run_id = ?
        GROUP BY ALL
        """,
        [run_id],
    ).fetchall()
    counts: dict[str, dict[str, int]] = {}
    for source_id, change_kind, count in rows:
        counts.setdefault(source_id, {})[change_kind] = int(count)
    return counts
