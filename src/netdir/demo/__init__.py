"""The bundled sample web: fictional German public-sector sites served on 127.0.0.1.

Used by ``netdir demo`` and the end-to-end tests. ``SampleWeb`` serves each site on its own port
and fills the demo catalog (``catalog.yaml``) with their base URLs; ``expected`` holds what the
pages say, as ground truth for tests. See README.md in this directory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netdir.demo.server import RequestLogEntry, SampleWeb, serve_forever

__all__ = ["RequestLogEntry", "SampleWeb", "serve_forever"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `python -m netdir.demo.server` does not find its module already imported.
    if name in __all__:
        from netdir.demo import server

        return getattr(server, name)
    raise AttributeError(f"module 'netdir.demo' has no attribute {name!r}")
