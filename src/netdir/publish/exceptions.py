"""The publish stage's errors."""

from __future__ import annotations


class PublishError(Exception):
    """A publish could not be completed; every previously published file is left as it was.

    ``format`` names the output that failed (``json``, ``csv``, ...), or is None when the
    failure is not tied to one output (e.g. the target directory is not writable).
    """

    def __init__(self, message: str, *, format: str | None = None) -> None:
        prefix = f"publish {format}: " if format else "publish: "
        super().__init__(prefix + message)
        self.format = format
