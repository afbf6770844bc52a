"""Errors the crawl stage raises (most failures become ``SourceIssue``s instead)."""

from __future__ import annotations


class CrawlError(Exception):
    """A fetch that could not deliver a page: the message names the URL and a hint."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        hint: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.url = url
        self.hint = hint
        self.status_code = status_code
        full = message if url is None or url in message else f"{url}: {message}"
        if hint:
            full = f"{full} → {hint}"
        super().__init__(full)
        self.reason = message


class BlockedHostError(CrawlError):
    """The URL's host resolves to a loopback, private, link-local or otherwise reserved address."""


class InvalidSelectorError(CrawlError):
    """A catalog CSS selector (``follow.next``) that the HTML parser cannot read."""
