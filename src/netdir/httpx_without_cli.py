"""Import httpx without its command-line client.

``import httpx`` also imports ``httpx._main`` when click, pygments and rich are installed (Prefect
brings all three): about half of httpx's import time (0.15 of 0.31 CPU-s measured, load ~12),
paid by every ``netdir`` command although netdir never runs httpx's CLI. httpx imports it as
``try: from ._main import main / except ImportError: <a stub>``, so a ``None`` in
``sys.modules`` makes it take the stub. Should a later httpx import it without that fallback,
the plain import below runs instead.
"""

from __future__ import annotations

import sys


def import_httpx() -> None:
    if "httpx" in sys.modules:
        return
    blocked = "httpx._main" not in sys.modules
    if blocked:
        sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        import httpx
    except ImportError:
        sys.modules.pop("httpx._main", None)
        blocked = False
        import httpx  # noqa: F401
    finally:
        if blocked:
            # Whoever asks for httpx._main itself later still gets it.
            del sys.modules["httpx._main"]


import_httpx()
