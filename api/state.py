"""Per-application state of the blueprint: settings, the report cache, the rate limiter, CORS.

Created on first use from the application's config, so a host application may set its
``FRAMING_*`` config before or after registering the blueprint.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from flask import Flask, Response, current_app, request

from framing import Report

from .settings import RateLimit, Settings

EXTENSION_KEY = "framing-api"
_CREATE_LOCK = threading.Lock()


class ReportCache:
    """A bounded LRU of reports keyed by (text id, title, source, url); also found by report id.

    Identical requests are answered without re-analysis (and, with the response body kept
    alongside, without re-serialising); ``{id}`` articles in /v1/compare refer to a report
    computed earlier.
    """

    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[Report, bytes | None]] = OrderedDict()
        self._by_id: dict[str, Hashable] = {}
        self._lock = threading.Lock()

    def entry(self, key: Hashable) -> tuple[Report, bytes | None] | None:
        """(report, its JSON response body if one was stored), now the most recently used."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def get(self, key: Hashable) -> Report | None:
        entry = self.entry(key)
        return None if entry is None else entry[0]

    def put(self, key: Hashable, report: Report, body: bytes | None = None) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._entries[key] = (report, body)
            self._entries.move_to_end(key)
            self._by_id[report.id] = key
            while len(self._entries) > self.size:
                old_key, (old, _) = self._entries.popitem(last=False)
                if self._by_id.get(old.id) == old_key:
                    del self._by_id[old.id]

    def by_id(self, report_id: str) -> Report | None:
        with self._lock:
            key = self._by_id.get(report_id)
            entry = None if key is None else self._entries.get(key)
            return None if entry is None else entry[0]

    def __len__(self) -> int:
        return len(self._entries)


class RateLimiter:
    """A token bucket per client address: ``requests`` per ``per_seconds``, bursts up to ``requests``.

    At most ``max_clients`` buckets are kept (least recently seen go first), so memory stays bounded.
    """

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = 10_000):
        self.limit = limit
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, at)
        self._lock = threading.Lock()

    def wait_seconds(self, client: str) -> float:
        """0 if the client may go ahead (a token is taken); else seconds until it may retry."""
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.pop(client, (float(self.limit.requests), now))
            tokens = min(float(self.limit.requests), tokens + (now - at) * self.limit.refill_per_second)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.limit.refill_per_second
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return wait


@dataclass
class ApiState:
    settings: Settings
    cache: ReportCache
    limiter: RateLimiter | None

    @classmethod
    def for_app(cls, app: Flask) -> ApiState:
        settings = Settings.from_config(app.config)
        limiter = RateLimiter(settings.rate_limit) if settings.rate_limit else None
        return cls(settings, ReportCache(settings.cache_size), limiter)


def api_state(app: Flask | None = None) -> ApiState:
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    state = app.extensions.get(EXTENSION_KEY)
    if state is None:
        with _CREATE_LOCK:
            state = app.extensions.get(EXTENSION_KEY)
            if state is None:
                state = app.extensions[EXTENSION_KEY] = ApiState.for_app(app)
    return state


def origin_allowed(settings: Settings, origin: str) -> bool:
    """The extension's origin (chrome-extension://ID, by configured id or any) or a configured origin."""
    if origin.rstrip("/") in settings.cors_origins:
        return True
    scheme, sep, rest = origin.partition("://")
    if scheme != "chrome-extension" or not sep or not rest:
        return False
    return settings.any_extension or rest.rstrip("/") in settings.extension_ids


def add_cors_headers(response: Response) -> Response:
    """CORS for allowed origins only; preflights (content-type: application/json) are answered in full."""
    response.vary.add("Origin")
    origin = request.headers.get("Origin")
    if not origin or not origin_allowed(api_state().settings, origin):
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Expose-Headers"] = "X-Cache, Retry-After"
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
        response.headers["Access-Control-Max-Age"] = "600"
        if request.headers.get("Access-Control-Request-Private-Network") == "true":
            response.headers["Access-Control-Allow-Private-Network"] = "true"
    return response


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
