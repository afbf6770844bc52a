"""Errors of the extract stage.

Extraction reports problems with a page as ``SourceIssue`` values (the page is the source's, not
ours); these exceptions are for inputs that cannot be read at all.
"""

from __future__ import annotations


class ExtractError(Exception):
    """A page could not be read by the extractor it was given to."""


class MalformedPayloadError(ExtractError):
    """A JSON, iCal or feed body that does not parse even with the tolerant readers."""
