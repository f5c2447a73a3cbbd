"""The framing REST API: a Flask application factory around the ``framing`` blueprint.

    from api import create_app
    app = create_app({"FRAMING_RATE_LIMIT": "60/minute"})

As a plugin in another Flask application (routes, errors, CORS, cache and limits come along)::

    from api import blueprint
    host.register_blueprint(blueprint, url_prefix="/framing")
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, abort, redirect, request, send_from_directory
from flask_smorest import Api

import framing

from .errors import ErrorSchema, register_error_handlers
from .settings import DEFAULTS, Settings
from .state import add_cors_headers
from .views import blueprint

__all__ = ["create_app", "blueprint", "openapi_document", "OPENAPI_FILE"]

OPENAPI_FILE = Path(__file__).with_name("openapi.json")
DOCS_ASSETS = "/docs/assets/"

_DESCRIPTION = """\
How a news article frames its story: tone (VADER), attributed quotes, evaluative language,
actors and the tone toward each, frames and claims, and a comparison of several articles on
one story. Every finding carries `start`/`end`: code-point offsets into the report's `text`
(end exclusive).

Errors always have the shape `{"error": {"code", "message", "fields"}}`: `message` says what
to change, `fields` names the offending request fields.
"""


class FramingApi(Api):
    """flask-smorest's Api, documenting the API's own error shape."""

    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self) -> None:
        register_error_handlers(self._app)


def _spec_config() -> dict[str, Any]:
    return {
        "API_TITLE": "framing",
        "API_VERSION": framing.__version__,
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "docs",
        "OPENAPI_SWAGGER_UI_URL": DOCS_ASSETS,
        # No call to the public validator service: the page works offline.
        "OPENAPI_SWAGGER_UI_CONFIG": {"validatorUrl": None},
        "API_SPEC_OPTIONS": {"info": {"description": _DESCRIPTION}},
    }


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """The API as a Flask application; ``config`` overrides the FRAMING_* defaults (see settings.py)."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(_spec_config())
    app.json.sort_keys = False  # type: ignore[attr-defined]
    if config:
        app.config.update(config)
    Settings.from_config(app.config)  # a bad setting fails here, naming itself, not on the first request

    api = FramingApi(app)
    api.register_blueprint(blueprint)
    _register_docs_assets(app)
    _register_home(app)
    app.after_request(add_cors_headers)
    return app


def _register_docs_assets(app: Flask) -> None:
    """Swagger UI's files from the swagger-ui-bundle package: the docs page needs no network."""
    from swagger_ui_bundle import swagger_ui_path

    def docs_asset(filename: str) -> Any:
        return send_from_directory(swagger_ui_path, filename, max_age=86400)

    app.add_url_rule(DOCS_ASSETS + "<path:filename>", "docs_asset", docs_asset, methods=["GET"])


def _register_home(app: Flask) -> None:
    """The server's address, opened in a browser as the start-up line invites, leads to the docs
    (and so does "/docs/"), rather than to a JSON 404. Any other method there is still the 404
    that lists the endpoints: a POST to "/" lacks its path, and "use GET" would mislead."""

    def to_docs() -> Any:
        if request.method not in ("GET", "HEAD"):
            abort(404)
        return redirect("/docs", code=302)

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    app.add_url_rule("/", "home", to_docs, methods=methods)
    # GET only: a POST to "/docs" would otherwise be redirected (308) to "/docs/" and end in a 404,
    # where the docs page's own "use GET" (405) is the answer.
    app.add_url_rule("/docs/", "docs_slash", to_docs, methods=["GET"])


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of the default application (what api/openapi.json must hold)."""
    app = create_app()
    with app.app_context():
        return app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()


def openapi_text() -> str:
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n"
