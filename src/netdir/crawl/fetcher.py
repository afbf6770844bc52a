"""One HTTP exchange with retries: politeness slot, streaming size limit, backoff, Retry-After.

Redirects, robots.txt and the private-host check live one level up (``crawler.py``) because
they apply per hop; this module sends exactly the URL it is given.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from netdir.catalog.model import CrawlSettings
from netdir.crawl.content_coding import BoundedDecoder, UnsupportedCoding
from netdir.crawl.direct import DirectSender
from netdir.crawl.politeness import Clock, PolitenessGate, trace_request_sent
from netdir.crawl.urls import host_of

logger = logging.getLogger("netdir.crawl")

#: ``progress(source_id, url, status_or_None)``, called after every request.
ProgressCallback = Callable[[str, str, int | None], None]

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 507, 508, 509, 520, 521, 522, 523, 524})
_MAX_BACKOFF_SECONDS = 60.0
# Errors where the same request may well succeed a moment later.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(slots=True)
class Answer:
    """What the server said to one request (after retries)."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    truncated: bool
    elapsed_ms: float


@dataclass(slots=True)
class Tally:
    """Requests sent on behalf of one source, and how many got any HTTP answer."""

    requests: int = 0
    answered: int = 0


class FetchFailure(Exception):
    """No usable answer: ``answered`` tells whether the server said anything at all."""

    def __init__(
        self,
        message: str,
        *,
        hint: str,
        status_code: int | None = None,
        answered: bool = False,
        timed_out: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.status_code = status_code
        self.answered = answered
        self.timed_out = timed_out


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP-date (RFC 9110)."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        gate: PolitenessGate,
        clock: Clock,
        *,
        backoff_base_seconds: float,
        max_retry_after_seconds: float,
        progress: ProgressCallback | None = None,
        direct: DirectSender | None = None,
    ) -> None:
        self._client = client
        self._direct = direct
        self._gate = gate
        self._clock = clock
        self._backoff_base = backoff_base_seconds
        self._max_retry_after = max_retry_after_seconds
        self._progress = progress
        self._closed_hosts: dict[str, str] = {}  # host -> why we stopped asking it this run
        self.requests_sent = 0  # every request of the run, robots.txt and retries included

    @property
    def requests_in_flight(self) -> int:
        return self._gate.in_flight

    def backoff_seconds(self, attempt: int) -> float:
        """Exponential backoff with jitter, so retries of many clients do not arrive in step."""
        base = min(_MAX_BACKOFF_SECONDS, self._backoff_base * 2 ** (attempt - 1))
        return base + random.uniform(0, base / 2)

    async def get(
        self,
        url: str,
        *,
        source_id: str,
        settings: CrawlSettings,
        delay: float,
        headers: dict[str, str],
        tally: Tally,
    ) -> Answer:
        """GET ``url`` politely, retrying transient failures; raises ``FetchFailure``."""
        host = host_of(url)
        attempts = settings.retries + 1
        for attempt in range(1, attempts + 1):
            if host in self._closed_hosts:
                raise FetchFailure(
                    self._closed_hosts[host],
                    hint="the server asked for a long pause; the next run will try again",
                    answered=True,
                )
            try:
                async with self._gate.slot(host, limit=settings.concurrency_per_host, delay=delay):
                    answer = await self._send(url, source_id, settings, headers, attempt, tally)
            except _TRANSIENT_ERRORS as exc:
                if attempt == attempts:
                    raise _transport_failure(exc, attempts) from exc
                await self._clock.sleep(self.backoff_seconds(attempt))
                continue
            except BodyRefused as exc:
                raise FetchFailure(
                    f"body refused: {exc}",
                    hint="not retried: ask the site's operator to send one gzip or plain body",
                    status_code=exc.status_code,
                    answered=True,
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchFailure(
                    f"request failed: {type(exc).__name__}: {exc}",
                    hint="not retried: this error does not go away by asking again",
                ) from exc

            if answer.status not in _RETRY_STATUSES:
                return answer
            retry_after = parse_retry_after(answer.headers.get("retry-after"))
            if retry_after is not None and retry_after > self._max_retry_after:
                reason = (
                    f"HTTP {answer.status} with Retry-After {retry_after:.0f} s, more than the "
                    f"{self._max_retry_after:.0f} s cap: not asking {host} again this run"
                )
                self._closed_hosts[host] = reason
                raise FetchFailure(
                    reason,
                    hint="the server asked for a long pause; the next run will try again",
                    status_code=answer.status,
                    answered=True,
                )
            if attempt == attempts:
                return answer
            if retry_after is not None:
                # Counts for every request to this host, not only for this retry.
                self._gate.pause_host(host, retry_after)
            await self._clock.sleep(self.backoff_seconds(attempt))
        raise AssertionError("unreachable: the loop returns or raises")

    async def _send(
        self,
        url: str,
        source_id: str,
        settings: CrawlSettings,
        headers: dict[str, str],
        attempt: int,
        tally: Tally,
    ) -> Answer:
        started = time.perf_counter()
        tally.requests += 1
        self.requests_sent += 1
        status: int | None = None
        try:
            # httpx's timeout is per read; the overall deadline stops a server that drips bytes.
            async with asyncio.timeout(settings.timeout_seconds * 3):
                answer = await self._exchange(url, settings, headers, started)
            status = answer.status
            tally.answered += 1
            return answer
        except TimeoutError as exc:
            raise httpx.ReadTimeout(
                f"no complete answer within {settings.timeout_seconds * 3:.0f} s"
            ) from exc
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.info(
                "GET %s -> %s in %.0f ms (attempt %d)",
                url,
                status if status is not None else "no answer",
                elapsed_ms,
                attempt,
                extra={
                    "source_id": source_id,
                    "url": url,
                    "status": status,
                    "elapsed_ms": round(elapsed_ms, 1),
                    "attempt": attempt,
                },
            )
            if self._progress is not None:
                try:
                    self._progress(source_id, url, status)
                except Exception:  # a broken progress display must not stop the crawl
                    logger.exception("progress callback failed for %s", url)

    async def _exchange(
        self, url: str, settings: CrawlSettings, headers: dict[str, str], started: float
    ) -> Answer:
        response = await self._open(url, settings, headers)
        chunks: list[bytes] = []
        truncated = False
        try:
            # Raw bytes, decoded here: httpx would inflate without any bound (see content_coding).
            decoder = BoundedDecoder(response.coding, settings.max_bytes)
            async for raw in response.raw_chunks:
                chunks.append(decoder.feed(raw))
                if decoder.overflowed:
                    truncated = True
                    break
        except UnsupportedCoding as exc:
            raise BodyRefused(str(exc), response.status) from exc
        except zlib.error as exc:
            raise BodyRefused(
                f"the {response.headers.get('content-encoding')} body does not decode ({exc})",
                response.status,
            ) from exc
        except httpx.TimeoutException:
            raise
        except httpx.TransportError as exc:
            # The headers arrived, the body did not: say so (not "no connection").
            received = sum(len(chunk) for chunk in chunks)
            raise BodyCutOff(
                f"the connection broke in the middle of the body (HTTP {response.status}, "
                f"{received} bytes received; {type(exc).__name__}: {exc})"
            ) from exc
        finally:
            await response.aclose()
        return Answer(
            url=url,
            status=response.status,
            headers=response.headers,
            body=b"".join(chunks),
            truncated=truncated,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    async def _open(
        self, url: str, settings: CrawlSettings, headers: dict[str, str]
    ) -> _OpenResponse:
        """The answer's status and headers, its body still to read: straight from the origin's
        pool when the request is a plain one (``netdir.crawl.direct``), else through httpx."""
        if self._direct is not None and (target := self._direct.target(url, headers)):
            direct = await self._direct.get(url, target, headers, settings.timeout_seconds)
            return _OpenResponse(
                direct.status,
                direct.headers,
                direct.headers.get("content-encoding"),
                direct.aiter_raw(),
                direct.aclose,
            )
        request = self._client.build_request(
            "GET",
            url,
            headers=headers,
            timeout=settings.timeout_seconds,
            extensions={"trace": trace_request_sent},
        )
        response = await self._client.send(request, stream=True)
        # A response built in memory (a mock transport) was read and decoded by httpx already.
        in_memory = response.is_stream_consumed
        return _OpenResponse(
            response.status_code,
            response.headers,
            None if in_memory else response.headers.get("content-encoding"),
            _one_chunk(response.content) if in_memory else response.aiter_raw(),
            response.aclose,
        )


@dataclass(slots=True)
class _OpenResponse:
    status: int
    headers: httpx.Headers
    coding: str | None  # the body's Content-Encoding, still to undo
    raw_chunks: AsyncIterator[bytes]
    aclose: Callable[[], Awaitable[None]]


async def _one_chunk(body: bytes) -> AsyncIterator[bytes]:
    yield body


class BodyCutOff(httpx.NetworkError):
    """The answer started but its body broke off (a reset mid-body): worth retrying."""


class BodyRefused(Exception):
    """The body is encoded in a way netdir refuses (stacked codings) or cannot decode."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


def _transport_failure(exc: Exception, attempts: int) -> FetchFailure:
    tries = f"after {attempts} attempt{'s' if attempts > 1 else ''}"
    if isinstance(exc, BodyCutOff):
        return FetchFailure(
            f"{exc} {tries}",
            hint="the server or a proxy drops long answers; the next run will try again",
            answered=True,
        )
    if isinstance(exc, httpx.TimeoutException):
        return FetchFailure(
            f"timed out {tries} ({type(exc).__name__})",
            hint="the server is slow or overloaded; raise settings.timeout_seconds if it persists",
            timed_out=True,
        )
    return FetchFailure(
        f"no connection {tries} ({type(exc).__name__}: {exc})",
        hint="the host is down, refuses connections or this machine is offline",
    )
