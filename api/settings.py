"""The API's settings: Flask config keys, each also read from the environment variable of the same name.

A Flask app that registers the blueprint sets them in ``app.config``; ``framing serve`` and
``python -m api`` read them from the environment (``settings_from_env``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEFAULTS: dict[str, Any] = {
    "FRAMING_MAX_BODY": 2 * 1024 * 1024,   # bytes; larger request bodies get 413
    "FRAMING_CACHE_SIZE": 128,             # reports kept (least recently used go first); 0 turns it off
    "FRAMING_CORS_ORIGINS": "",            # comma-separated web origins allowed to call the API
    "FRAMING_EXTENSION_IDS": "*",          # comma-separated chrome-extension ids, "*" any, "" none
    "FRAMING_RATE_LIMIT": "",              # e.g. "60/minute" per client address; "" means no limit
}

SERVER_DEFAULTS: dict[str, Any] = {
    "FRAMING_HOST": "127.0.0.1",
    "FRAMING_PORT": 8000,
    "FRAMING_THREADS": 4,
    "FRAMING_LOG_LEVEL": "INFO",
}

_INT_KEYS = {"FRAMING_MAX_BODY", "FRAMING_CACHE_SIZE", "FRAMING_PORT", "FRAMING_THREADS"}
_RATE = re.compile(r"^\s*(\d+)\s*(?:/|per)\s*(second|minute|hour|day|s|m|h|d)\s*$", re.I)
_PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class SettingsError(ValueError):
    """A setting has a value the API cannot use; the message names it and says what is expected."""


def settings_from_env(environ: Mapping[str, str] | None = None, *, server: bool = False) -> dict[str, Any]:
    """Every FRAMING_* setting present in the environment, typed; ``server`` adds host/port/threads."""
    environ = os.environ if environ is None else environ
    keys = {**DEFAULTS, **(SERVER_DEFAULTS if server else {})}
    found: dict[str, Any] = {}
    for key in keys:
        if key in environ and environ[key].strip() != "":
            found[key] = _typed(key, environ[key].strip())
    return found


def _typed(key: str, value: Any) -> Any:
    if key not in _INT_KEYS:
        return value
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{key} must be a whole number, not {value!r}") from None
    if number < 0:
        raise SettingsError(f"{key} must not be negative")
    return number


@dataclass(frozen=True)
class RateLimit:
    requests: int
    per_seconds: int

    @property
    def refill_per_second(self) -> float:
        return self.requests / self.per_seconds


def parse_rate_limit(text: str) -> RateLimit | None:
    """'60/minute' -> RateLimit(60, 60); '' or '0/...' -> None (no limit)."""
    if not text or not str(text).strip():
        return None
    match = _RATE.match(str(text))
    if not match:
        raise SettingsError(f"FRAMING_RATE_LIMIT must look like '60/minute' (second, minute, hour, day), "
                            f"not {text!r}")
    requests = int(match.group(1))
    if requests == 0:
        return None
    return RateLimit(requests, _PERIOD_SECONDS[match.group(2)[0].lower()])


@dataclass(frozen=True)
class Settings:
    """The blueprint's settings, read once per application from its config."""

    max_body: int
    cache_size: int
    cors_origins: frozenset[str]
    extension_ids: frozenset[str]
    any_extension: bool
    rate_limit: RateLimit | None

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Settings:
        def get(key: str) -> Any:
            return _typed(key, config.get(key, DEFAULTS[key]))

        ids = _split(get("FRAMING_EXTENSION_IDS"))
        return cls(
            max_body=get("FRAMING_MAX_BODY"),
            cache_size=get("FRAMING_CACHE_SIZE"),
            cors_origins=frozenset(o.rstrip("/") for o in _split(get("FRAMING_CORS_ORIGINS"))),
            extension_ids=frozenset(i for i in ids if i != "*"),
            any_extension="*" in ids,
            rate_limit=parse_rate_limit(get("FRAMING_RATE_LIMIT")),
        )


def _split(value: Any) -> list[str]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value or "").split(",") if part.strip()]
