"""robots.txt: fetched once per origin and run, read with protego (Scrapy's parser).

How an answer is read follows RFC 9309 §2.3.1: 2xx → the rules; 4xx (other than 429) → no
rules, everything allowed; 429, 5xx or a timeout → the site may be struggling, so nothing is
fetched from it this run (and the run says so); no connection at all → the host is unreachable.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from protego import Protego

from netdir.crawl.fetcher import Answer, FetchFailure

RobotsVerdict = Literal["rules", "allow_all", "disallow_all", "unreachable"]
#: Fetches ``origin/robots.txt`` (redirects and host checks included) for the first asker.
RobotsFetch = Callable[[str], Awaitable[Answer]]


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups name: ``netdir`` from ``netdir/0.1 (+https://…)``."""
    token = user_agent.strip().split("/", 1)[0].split(" ", 1)[0]
    return token or user_agent


@dataclass(frozen=True, slots=True)
class RobotsPolicy:
    origin: str
    verdict: RobotsVerdict
    parser: Protego | None = None
    problem: str | None = None  # why the verdict is not "the site's rules" (for the run summary)
    hint: str | None = None
    status_code: int | None = None

    def allows(self, url: str, user_agent: str) -> bool:
        if self.verdict == "allow_all":
            return True
        if self.verdict == "rules" and self.parser is not None:
            return self.parser.can_fetch(url, agent_token(user_agent))
        return False

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        return self.parser.crawl_delay(agent_token(user_agent))


def policy_from_answer(origin: str, answer: Answer) -> RobotsPolicy:
    url = f"{origin}/robots.txt"
    if 200 <= answer.status < 300:
        text = answer.body.decode("utf-8", errors="replace")
        return RobotsPolicy(origin, "rules", parser=Protego.parse(text))
    if answer.status == 429 or answer.status >= 500:
        return RobotsPolicy(
            origin,
            "disallow_all",
            problem=f"{url} answered HTTP {answer.status}: nothing fetched from {origin} this run",
            hint="the site seems overloaded; the next run tries again",
            status_code=answer.status,
        )
    if 400 <= answer.status < 500:
        return RobotsPolicy(origin, "allow_all")
    return RobotsPolicy(
        origin,
        "disallow_all",
        problem=f"{url} answered an unexpected HTTP {answer.status}: nothing fetched from {origin}",
        hint="check the robots.txt URL in a browser",
        status_code=answer.status,
    )


def policy_from_failure(origin: str, failure: FetchFailure) -> RobotsPolicy:
    url = f"{origin}/robots.txt"
    verdict: RobotsVerdict = (
        "disallow_all" if failure.answered or failure.timed_out else "unreachable"
    )
    return RobotsPolicy(
        origin,
        verdict,
        problem=f"{url}: {failure.message}; nothing fetched from {origin} this run",
        hint=failure.hint,
        status_code=failure.status_code,
    )


class RobotsCache:
    """One robots.txt request per origin and run, however many sources ask at once."""

    def __init__(self) -> None:
        self._policies: dict[str, asyncio.Task[RobotsPolicy]] = {}

    def known(self, origin: str) -> bool:
        return origin in self._policies

    async def policy(self, origin: str, fetch: RobotsFetch) -> RobotsPolicy:
        if origin not in self._policies:
            self._policies[origin] = asyncio.ensure_future(self._load(origin, fetch))
        return await asyncio.shield(self._policies[origin])

    @staticmethod
    async def _load(origin: str, fetch: RobotsFetch) -> RobotsPolicy:
        try:
            answer = await fetch(origin)
        except FetchFailure as failure:
            return policy_from_failure(origin, failure)
        return policy_from_answer(origin, answer)
