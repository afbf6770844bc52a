"""Errors of the normalize stage: each names the source, the URL and what went wrong."""

from __future__ import annotations


class NormalizeError(Exception):
    """A record could not be normalized."""

    def __init__(self, source_id: str, url: str | None, message: str, hint: str | None = None):
        self.source_id = source_id
        self.url = url
        self.hint = hint
        where = f" {url}" if url else ""
        tail = f" → {hint}" if hint else ""
        super().__init__(f"[{source_id}] normalize:{where} {message}{tail}")
