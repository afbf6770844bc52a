"""Content-Encoding, decoded by netdir itself with a bound on the decoded size.

httpx decodes gzip and deflate without a limit, and a body can be encoded several times over
(``Content-Encoding: gzip, gzip``): 6.8 KB on the wire became 8.5 GB in memory and blocked the
event loop for a minute (measured). netdir asks for ``gzip, deflate`` only, accepts at most one
coding, and inflates in slices of at most ``limit`` bytes, so ``max_bytes`` bounds the decoded
body, not the compressed one.
"""

from __future__ import annotations

import zlib

#: What netdir asks servers for (no brotli/zstd: they would need extra packages and bounds).
ACCEPT_ENCODING = "gzip, deflate"
_IDENTITY = frozenset({"", "identity"})
_GZIP = frozenset({"gzip", "x-gzip"})


class UnsupportedCoding(Exception):
    """The body is encoded in a way netdir does not (or will not) decode."""


def content_codings(header: str | None) -> list[str]:
    """The codings of a ``Content-Encoding`` header, in the order they were applied."""
    codings = [part.strip().lower() for part in (header or "").split(",")]
    return [coding for coding in codings if coding not in _IDENTITY]


class BoundedDecoder:
    """Feeds raw body chunks, returns decoded bytes; never produces more than ``limit``."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = content_codings(content_encoding)
        if len(codings) > 1:
            raise UnsupportedCoding(
                f"the body is encoded {len(codings)} times over ({content_encoding}); netdir "
                "accepts one content coding (stacked codings are how decompression bombs work)"
            )
        self.coding = codings[0] if codings else None
        if self.coding not in (None, "deflate", *_GZIP):
            raise UnsupportedCoding(
                f"unsupported content coding {self.coding!r} (netdir asks for {ACCEPT_ENCODING})"
            )
        self.limit = limit
        self.produced = 0
        self.overflowed = False  # input was left over at the limit: the body is cut there
        self._inflater: zlib._Decompress | None = None
        self._raw_deflate_tried = False
        if self.coding in _GZIP:
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.coding == "deflate":
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS)

    def feed(self, raw: bytes) -> bytes:
        """Decoded bytes for ``raw``, at most up to the limit. Raises ``zlib.error`` on junk."""
        room = self.limit - self.produced
        if room <= 0:
            self.overflowed = self.overflowed or bool(raw)
            return b""
        if self._inflater is None:
            out = raw[:room]
            self.overflowed = len(raw) > room
        else:
            out = self._inflate(raw, room)
            inflater = self._inflater
            self.overflowed = len(out) >= room and (
                bool(inflater.unconsumed_tail) or not inflater.eof
            )
        self.produced += len(out)
        return out

    def _inflate(self, raw: bytes, room: int) -> bytes:
        assert self._inflater is not None
        try:
            # max_length: zlib stops after ``room`` bytes and keeps the rest as unconsumed_tail,
            # which is simply dropped: the body is truncated there.
            return self._inflater.decompress(raw, room)
        except zlib.error:
            if self.coding != "deflate" or self._raw_deflate_tried or self.produced:
                raise
            # Some servers send raw DEFLATE without the zlib wrapper RFC 9110 asks for.
            self._raw_deflate_tried = True
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._inflater.decompress(raw, room)
