"""Serving the API with waitress (a production WSGI server, pure Python, threads)."""

from __future__ import annotations

import logging
import socket
from collections.abc import Mapping
from typing import Any

from .settings import SERVER_DEFAULTS, SettingsError, settings_from_env

# waitress buffers a whole body before the app sees it; bodies this many times over the API's
# limit are refused by waitress itself (plain 413) so a huge upload cannot fill memory.
WAITRESS_BODY_FACTOR = 4
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def configure_logging(level: str) -> None:
    """One log format for every way of serving; the extractor's loggers quieted.

    trafilatura and its helpers log about the pages they are given (bad input, the client's
    business), never anything the operator must act on, and their messages may quote the page.
    """
    name = str(level).strip().upper()
    if not isinstance(logging.getLevelName(name), int):
        raise SettingsError(f"FRAMING_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, "
                            f"not {level!r}")
    logging.basicConfig(level=name, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for quiet in QUIET_LOGGERS:
        logging.getLogger(quiet).setLevel(logging.CRITICAL)


def serve(*, host: str | None = None, port: int | None = None, threads: int | None = None,
          environ: Mapping[str, str] | None = None) -> None:
    """Serve until interrupted; arguments override FRAMING_* environment variables."""
    import waitress

    from framing.warmup import warm_up

    from . import create_app

    env = settings_from_env(environ, server=True)
    settings: dict[str, Any] = {**SERVER_DEFAULTS, **env}
    host = host or settings["FRAMING_HOST"]
    port = settings["FRAMING_PORT"] if port is None else port
    threads = threads or settings["FRAMING_THREADS"] or 1
    configure_logging(settings["FRAMING_LOG_LEVEL"])
    app = create_app({k: v for k, v in env.items() if k not in SERVER_DEFAULTS})
    max_body = app.config["FRAMING_MAX_BODY"]
    bad_address = SettingsError(f"cannot listen on {host}:{port}: not an address of this machine; "
                                "set --host (or FRAMING_HOST), e.g. 127.0.0.1 or 0.0.0.0")
    try:  # resolved here, as waitress would leave a socket open on an unknown name
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise bad_address from None
    sockets: dict = {}  # waitress's socket map, to close what it opened when binding fails
    try:  # bind before saying "serving": a busy port or a bad address is a message, not a traceback
        server = waitress.create_server(app, map=sockets, host=host, port=port, threads=threads, ident="framing",
                                        max_request_body_size=max(max_body * WAITRESS_BODY_FACTOR, 1 << 20))
    except OSError as exc:
        for dispatcher in list(sockets.values()):
            dispatcher.close()
        raise SettingsError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; is another server "
                            "running there? Choose another port with --port (or FRAMING_PORT)") from None
    except ValueError:
        raise bad_address from None
    warm_up()
    logging.getLogger("framing.api").info("serving on http://%s:%s/ (docs at /docs, %s threads)",
                                          host, server.effective_port, threads)
    server.run()
