"""The project directory (the checkout), for Prefect's pull step and relative default paths.

A worker runs each flow run in a fresh temporary directory; the deployment's relative paths
(``flows/refresh.py``, ``warehouse/netdir.duckdb``) mean the checkout. This step finds it
without an environment variable or an absolute path baked into the deployment: the checkout
netdir is installed from (``make setup`` installs it editable), else the worker's own working
directory (``$PWD`` of the shell that started it).
"""

from __future__ import annotations

import os
from pathlib import Path

import netdir

#: A directory is the project when it holds these.
MARKERS = ("prefect.yaml", "flows")


def project_directory() -> Path:
    candidates = [Path(netdir.__file__).resolve().parents[2]]
    if os.environ.get("PWD"):
        candidates.append(Path(os.environ["PWD"]))
    candidates.append(Path.cwd())
    for candidate in candidates:
        if all((candidate / marker).exists() for marker in MARKERS):
            return candidate
    tried = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(
        f"no netdir project directory (with prefect.yaml and flows/) among {tried}: install "
        "netdir editable from its checkout (`make setup`) or start the worker in the checkout"
    )


def set_project_directory() -> dict[str, str]:
    """Prefect pull step: change into the project directory (returns it as ``directory``)."""
    directory = project_directory()
    os.chdir(directory)
    return {"directory": str(directory)}
