"""What reading pages needs, made ready once per process and ahead of need: the extractors, the
normalizer and its gazetteer (and in polite runs the publishers), imported in a thread while the
crawl waits for the network."""

from __future__ import annotations

import asyncio
import functools
import gc

_preparing: dict[asyncio.AbstractEventLoop, asyncio.Future[None]] = {}


async def normalization_prepared(*, publishers: bool = False) -> None:
    """``prepare_normalization`` (and with ``publishers`` ``_prepare_publishers``) once, in a
    thread: on the loop its ~1 s (cold imports, the gazetteer) held back every host's next
    request (robots.txt → first page took 2.1 s, not 1 s, at delay 1). Every page's extraction
    waits for it: the pool forks only after it."""
    if prepare_normalization.cache_info().currsize and (
        not publishers or _prepare_publishers.cache_info().currsize
    ):
        return
    loop = asyncio.get_running_loop()
    if loop not in _preparing:
        _preparing[loop] = asyncio.ensure_future(asyncio.to_thread(_prepare_reading, publishers))
        _preparing[loop].add_done_callback(lambda _: _preparing.pop(loop, None))
    await asyncio.shield(_preparing[loop])


def _prepare_reading(publishers: bool) -> None:
    prepare_normalization()
    if publishers:
        _prepare_publishers()
    # What was just imported and read (modules, the gazetteer: most of this process's objects)
    # lives for the whole run: the collector's full collections during the crawl no longer walk
    # it (1,000 pages: gen-2 collections 0.5 -> 0.25 CPU-s).
    gc.freeze()


@functools.cache
def prepare_normalization() -> None:
    """Import the extractors and the normalizer and read the gazetteer once the first page needs
    reading, not after the crawl: during the crawl this process mostly waits (politeness,
    network), after it everything waits for normalization. Before the extraction pool's first
    fork, so the workers inherit them. A run whose pages are all unchanged never gets here."""
    # The extractors first: the pool imports them before its first fork, on the event loop,
    # where their 0.35-0.46 CPU-s (cold) held back every host's next request.
    import netdir.extract.detail
    import netdir.extract.dispatch  # noqa: F401
    from netdir.normalize.gazetteer import load_gazetteer
    from netdir.normalize.stage import normalize_all  # noqa: F401

    load_gazetteer()


@functools.cache
def _prepare_publishers() -> None:
    """Import the publishers (0.12-0.17 CPU-s cold: rdflib, the renderers) and compile the
    overview schema (~0.04 CPU-s): a run that reads pages publishes, and after the crawl the
    whole run would wait for them. Only when the crawl waits out politeness delays: a crawl
    without them keeps both cores busy, and the extraction workers would start this much later.
    Before the pool's first fork (no fork while another thread imports)."""
    from netdir.publish.publisher import publish  # noqa: F401
    from netdir.publish.schema import prepare_validation

    prepare_validation()
