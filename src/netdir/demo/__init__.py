"""The bundled sample web: fictional German public-sector sites served on 127.0.0.1.

Used by ``netdir demo`` and the end-to-end tests. ``SampleWeb`` serves each site on its own port
and fills the demo catalog (``catalog.yaml``) with their base URLs.
"""

from netdir.demo.server import RequestLogEntry, SampleWeb, serve_forever

__all__ = ["RequestLogEntry", "SampleWeb", "serve_forever"]
