"""Settings every test needs: an isolated Prefect home and no telemetry (there is no DNS here)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]

# Before anything imports prefect: see shared stack notes (telemetry errors without DNS, a
# 20 s ephemeral start-up timeout that is too short on 2 cores).
os.environ.setdefault("PREFECT_HOME", str(_REPO / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
os.environ.setdefault("DO_NOT_TRACK", "1")

# moto's S3 server (werkzeug) logs every request at INFO. After an in-process Prefect flow,
# Prefect's console handler stays on the root logger bound to a stream pytest has since closed,
# so those lines turn into "--- Logging error ---" tracebacks on a later test's stderr.
logging.getLogger("werkzeug").setLevel(logging.WARNING)
