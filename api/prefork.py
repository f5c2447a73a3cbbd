"""Serving with several worker processes: gunicorn's pre-fork sync workers (POSIX only).

waitress serves with threads in one process, and the analysis is pure Python: its threads share
one core (the GIL). ``framing serve --workers N`` (N > 1) runs N gunicorn sync workers instead,
each a process that takes one request at a time from the shared socket, so N cores analyse at
once and a busy worker never queues a request another could take. The app (and the lexicons,
loaded and frozen by ``framing.warmup``) is built once before forking, so workers start warm and
share that memory.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from .server import configure_logging
from .settings import SERVER_DEFAULTS, SettingsError, settings_from_env


def serve_workers(*, host: str | None = None, port: int | None = None, workers: int = 2,
                  environ: Mapping[str, str] | None = None) -> None:
    """Serve with ``workers`` processes until interrupted; arguments override FRAMING_* variables."""
    try:
        from gunicorn.app.base import BaseApplication
    except ImportError:  # Windows, or gunicorn not installed
        raise SettingsError("--workers needs gunicorn (Linux/macOS: pip install gunicorn); "
                            "on this system use --threads") from None

    from framing.warmup import warm_up

    from . import create_app

    env = settings_from_env(environ, server=True)
    settings: dict[str, Any] = {**SERVER_DEFAULTS, **env}
    host = host or settings["FRAMING_HOST"]
    port = settings["FRAMING_PORT"] if port is None else port
    level = str(settings["FRAMING_LOG_LEVEL"]).lower()
    configure_logging(level)
    app = create_app({k: v for k, v in env.items() if k not in SERVER_DEFAULTS})
    warm_up()
    logging.getLogger("framing.api").info("serving on http://%s:%s/ (docs at /docs, %s worker processes)",
                                          host, port, workers)

    class Application(BaseApplication):
        def load_config(self) -> None:
            options = {"bind": f"{host}:{port}", "workers": workers, "worker_class": "sync",
                       "timeout": 120, "loglevel": level, "accesslog": None, "preload_app": True}
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return app

    Application().run()
