"""Failed transactions reported by their cause: a full disk is one line, not a traceback.

When DuckDB cannot write its WAL (disk full), COMMIT fails and ends the transaction; the
usual ``ROLLBACK`` in the handler then raised "cannot rollback - no transaction is active"
and buried the real cause under 35 lines of traceback.
"""

from __future__ import annotations

import contextlib

import duckdb


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open (a failed COMMIT has ended it already)."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def cause(exc: duckdb.Error) -> str:
    """DuckDB's message on one line, with what to do when the disk is full."""
    message = " ".join(str(exc).split())
    message = message.removeprefix("TransactionContext Error: ").removeprefix("Failed to commit: ")
    if "no space left" in message.lower():
        message += " (the disk is full: free space there, then run again)"
    return message
