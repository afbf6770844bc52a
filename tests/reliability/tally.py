"""What the reliability suite did, printed as one table at the end of the test session."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass
class Tally:
    faults_injected: int = 0
    runs_survived: int = 0
    offerings_lost: int = 0
    false_removals: int = 0
    max_seconds_per_hostile_page: float = 0.0
    max_cpu_seconds_per_hostile_page: float = 0.0
    max_mb_per_hostile_page: float = 0.0
    deadline_kills: int = 0
    sigkills_survived: int = 0
    fuzz_cases_tried: int = 0

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for item in fields(self):
            value = getattr(self, item.name)
            text = f"{value:.2f}" if isinstance(value, float) else str(value)
            out.append((item.name.replace("_", " "), text))
        return out

    def touched(self) -> bool:
        return any(getattr(self, item.name) for item in fields(self))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def merge(self, other: dict[str, Any]) -> None:
        """Add another process's tally (an xdist worker's): counts add up, maxima stay maxima."""
        for item in fields(self):
            mine, theirs = getattr(self, item.name), other.get(item.name, 0)
            merged = max(mine, theirs) if item.name.startswith("max_") else mine + theirs
            setattr(self, item.name, merged)


TALLY = Tally()


def table() -> str:
    width = max(len(name) for name, _ in TALLY.rows())
    lines = [f"| {'reliability':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name:<{width}} | {value} |" for name, value in TALLY.rows()]
    return "\n".join(lines)
