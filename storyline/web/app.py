"""The FastAPI application: settings, the store per thread, security headers, auth and one error shape."""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import logging
import os
import re
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, NotFoundError, QueryError, StoreGoneError, StoreLockedError, StorylineError
from ..settings import MB, IngestOptions
from ..store.sqlite import Store, default_db_path

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from starlette.responses import Response

log = logging.getLogger("storyline.web")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none';"
    " base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
TOKEN_COOKIE = "storyline_token"
STATUS_OF: dict[type[StorylineError], int] = {
    NotFoundError: 404,
    QueryError: 400,
    InputError: 400,
    StoreLockedError: 503,
    StoreGoneError: 503,
}
"""The status of a library error (else 500; ``not_available``, a part this install lacks, 503)."""
RETRY_AFTER_S = 10
"""A store locked by another process's write (after the 30 s the request waited): the client is told to retry
after this many seconds (``Retry-After``), as a 503 says the server cannot answer now, not that it is broken."""


@dataclass(frozen=True)
class WebSettings:
    """How the server runs. ``token`` None means no authentication (loopback only)."""

    db: Path = field(default_factory=default_db_path)
    host: str = "127.0.0.1"
    token: str | None = None
    ingest: IngestOptions = field(default_factory=IngestOptions)
    max_upload_bytes: int = 20 * MB
    max_upload_files: int = 20
    worker: bool = True
    post_ingest: bool = True
    threads: int = 4
    brief_wait_s: float = 8.0
    """How long a story page waits for a brief made the first time (every article analysed: tens of seconds for a
    large story) before it answers with a page saying the brief is being prepared, which reloads itself."""


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def store_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the store file at ``path`` (None: no file there): a file deleted, or replaced by
    another one (``mv restored.db s.db``), changes it, while the open connections keep reading the old file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class Stores:
    """One store connection per thread (SQLite connections are not shared across threads). Each request checks that
    the file at the path is still the one the thread's connection has open: a store replaced under the server is
    opened again; a store deleted (or moved away) answers :class:`StoreGoneError` (503) rather than the deleted
    file's contents, and no empty store is made at the path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        Store(path).close()  # create and migrate once, up front

    def get(self) -> Store:
        identity = store_identity(self.path)
        if identity is None:
            raise StoreGoneError(
                f"the store {self.path} was deleted or moved away while the server was running: put the store "
                "file back at that path, or restart `storyline serve` on the store to use"
            )
        store = getattr(self._local, "store", None)
        if store is not None and getattr(self._local, "identity", None) != identity:
            with self._lock:  # replaced under the server: drop the connection to the old file
                if store in self._all:
                    self._all.remove(store)
            with contextlib.suppress(Exception):
                store.close()
            store = None
        if store is None:
            store = Store(self.path)
            self._local.store, self._local.identity = store, identity
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                with contextlib.suppress(Exception):  # another thread's connection; the process is ending
                    s.close()
            self._all.clear()


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


SETTINGS_ENV = "STORYLINE_WEB_SETTINGS"
"""How `storyline serve --workers N` hands its settings to each server process."""


def settings_to_env(settings: WebSettings) -> str:
    """The settings as JSON for :data:`SETTINGS_ENV`."""
    import dataclasses
    import json

    data = dataclasses.asdict(settings)
    data["db"] = str(settings.db)
    return json.dumps(data)


def settings_from_env(text: str) -> WebSettings:
    """Inverse of :func:`settings_to_env`."""
    import json

    data = json.loads(text)
    data["db"] = Path(data["db"])
    data["ingest"] = IngestOptions(**data["ingest"])
    return WebSettings(**data)


def app_from_env() -> FastAPI:
    """App factory for server worker processes: settings from :data:`SETTINGS_ENV`; the ingest job
    worker runs once, in the parent process, not in each server process."""
    import dataclasses
    import os

    text = os.environ.get(SETTINGS_ENV)
    if not text:
        raise StorylineError(f"${SETTINGS_ENV} is not set: start the server with `storyline serve`")
    return create_app(dataclasses.replace(settings_from_env(text), worker=False))


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """The web app over the store in ``settings.db``; starts the ingest worker unless told not to."""
    from fastapi import FastAPI
    from fastapi.routing import APIRoute
    from fastapi.staticfiles import StaticFiles

    from . import api, pages
    from .jobs import JobWorker

    settings = settings or WebSettings()
    stores = Stores(settings.db)
    worker = JobWorker(settings.db, post_ingest=_post_ingest if settings.post_ingest else None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        import anyio.to_thread

        # Pages are CPU-bound Python: a few threads serve them faster than many fighting over the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        if settings.worker:
            worker.start()
        yield
        worker.stop()
        stores.close()

    app = FastAPI(
        title="storyline",
        version="1",
        description='What every outlet says about a story. Every error is {"error": {"code", "message"}}.',
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.stores = stores
    app.state.worker = worker
    _install_middleware(app, settings)
    _install_errors(app)
    app.mount("/static", StaticFiles(packages=[("storyline.web", "static")]), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.state.routes = [
        (route.path_regex, set(route.methods or ()))
        for route in [*api.router.routes, *pages.router.routes]
        if isinstance(route, APIRoute)
    ]
    return app


def _post_ingest(store: Store, article_ids: list[str]) -> None:
    """After a browser ingest: run the pipeline (dedupe, stories, extraction) over the new articles."""
    from .lib import find

    pipeline_update = find("pipeline_update_stories")
    if pipeline_update is not None:
        pipeline_update(store, article_ids)
        return
    update = find("update_stories")
    if update is not None:
        update(store)


def _install_middleware(app: FastAPI, settings: WebSettings) -> None:
    app.add_middleware(Guard, settings=settings)


class Guard:
    """Plain ASGI middleware: refuses what must be refused, sets the token cookie, adds the security
    headers to every response, and turns a crash into the one error shape."""

    def __init__(self, app: Any, *, settings: WebSettings) -> None:
        self.app = app
        self.settings = settings
        self.loopback_only = is_loopback(settings.host)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from starlette.datastructures import MutableHeaders
        from starlette.requests import Request
        from starlette.responses import RedirectResponse

        request = Request(scope)
        is_api = request.url.path.startswith("/api/")
        started = False

        async def send_secured(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if is_api:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        refused = _refuse(request, self.settings, self.loopback_only)
        token = self.settings.token
        if refused is not None:
            await _respond(request, *refused)(scope, receive, send_secured)
        elif token and not is_api and _token_ok(request.query_params.get("token"), token):
            # a page opened with ?token= once: the cookie, and the same page without the token in its address (an
            # API client sending ?token= gets its answer, not a redirect to follow)
            url = request.url.remove_query_params("token")
            response = RedirectResponse(url.path + (f"?{url.query}" if url.query else ""), status_code=303)
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
            await response(scope, receive, send_secured)
        else:
            try:
                await self.app(scope, receive, send_secured)
            except Exception as exc:  # one error shape (and the headers) even for crashes
                if started:
                    raise
                log.exception("unhandled error on %s", request.url.path)
                message = f"internal error ({type(exc).__name__}); see the server log"
                await _respond(request, 500, "internal", message)(scope, receive, send_secured)


def _token_ok(given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(str(given).encode(), token.encode())


def _refuse(request: Request, settings: WebSettings, loopback_only: bool) -> tuple[int, str, str] | None:
    """Why a request is refused (status, code, message), or None to let it through."""
    host = (request.headers.get("host") or "").rsplit(":", 1)[0]
    if loopback_only and not is_loopback(host):
        return 421, "bad_host", "this server answers to localhost only (Host header); open http://127.0.0.1"
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.headers.get("host"):
            return 403, "cross_origin", "requests that change data must come from this site's own pages"
    if settings.token:
        auth = request.headers.get("authorization", "")
        bearer = auth[7:] if auth.lower().startswith("bearer ") else None
        query = request.query_params.get("token")
        given = (bearer, request.cookies.get(TOKEN_COOKIE), query)
        if not any(_token_ok(t, settings.token) for t in given):
            how = "open the URL with ?token=... once, or send Authorization: Bearer ..."
            if any(given):  # a token was sent and is not this server's: say so, not that none was sent
                return 401, "unauthorized", f"the token does not match this server's token: {how}"
            return 401, "unauthorized", f"a token is required: {how}"
    length = request.headers.get("content-length", "0")
    limit = settings.max_upload_bytes * settings.max_upload_files + MB
    if not length.isdigit() or int(length) > limit:
        return 413, "too_large", f"request body over {limit} bytes; upload fewer or smaller files"
    return None


def _respond(request: Request, status: int, code: str, message: str) -> Response:
    """The error as JSON under /api/, as a page elsewhere; the same code and message either way."""
    from starlette.responses import JSONResponse

    from .pages import render_error

    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse(error_body(code, message), status_code=status)
    return render_error(status, code, message)


def allowed_methods(request: Request) -> list[str]:
    """The methods the request's path takes, over every route of that path (``app.state.routes``, set by
    :func:`create_app`): the router's own 405 names only the first matching route's (``GET`` for ``/api/jobs``,
    which also takes ``POST``)."""
    path = request.url.path
    routes = getattr(request.app.state, "routes", [])
    return sorted({m for regex, methods in routes if regex.match(path) for m in methods})


def _required_body_fields(request: Request) -> list[str]:
    """The fields the request's route requires in its JSON body (none known: empty)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    out: list[str] = []
    for param in getattr(dependant, "body_params", None) or []:
        model = getattr(getattr(param, "field_info", None), "annotation", None)
        fields = getattr(model, "model_fields", None) or {}
        out += [name for name, f in fields.items() if f.is_required()]
    return out


def _install_errors(app: FastAPI) -> None:
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    respond = _respond

    @app.exception_handler(StorylineError)
    async def library_error(request: Request, exc: StorylineError) -> Response:
        status = next((s for cls, s in STATUS_OF.items() if isinstance(exc, cls)), 500)
        if exc.code == "not_available":
            status = 503
        response = respond(request, status, exc.code, str(exc))
        if isinstance(exc, StoreLockedError):
            response.headers["Retry-After"] = str(RETRY_AFTER_S)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors()[:5]:
            if err.get("type") == "json_invalid":  # not "0: JSON decode error"
                why = (err.get("ctx") or {}).get("error") or "it does not parse"
                parts.append(f"the request body is not JSON ({why}); /docs shows what this endpoint takes")
                continue
            if tuple(err.get("loc", ())) == ("body",) and err.get("type") == "missing":  # not "Field required"
                fields = ", ".join(f'"{f}"' for f in _required_body_fields(request))
                parts.append(
                    "the request body is missing; send a JSON object"
                    + (f" with {fields}" if fields else "")
                    + " (/docs shows its fields)"
                )
                continue
            if tuple(err.get("loc", ())) == ("body",) and err.get("type") in ("model_attributes_type", "dict_type"):
                parts.append("the request body must be a JSON object; /docs shows its fields")
                continue
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            if tuple(err.get("loc", ()))[:1] == ("body",) and err.get("type") == "extra_forbidden":
                parts.append(f"{where}: unknown field; /docs shows the fields this endpoint takes")
                continue
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return respond(request, 422, "invalid", "; ".join(parts) or "invalid request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        message = str(exc.detail) if exc.detail else "error"
        headers = dict(exc.headers or {})
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; the API is listed at /docs"
            if (job := re.fullmatch(r"/api/jobs/([^/]+)", request.url.path)) and not job[1].isdigit():
                message = f"no job {job[1]!r}: a job is named by its number (/api/jobs/12); /api/jobs lists them"
        if exc.status_code == 405 and (allowed := allowed_methods(request)):
            headers["Allow"] = ", ".join(allowed)
            message = f"{request.method} is not taken at {request.url.path}; it takes {', '.join(allowed)}"
        response = respond(request, exc.status_code, codes.get(exc.status_code, "http_error"), message)
        response.headers.update(headers)
        return response

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return respond(request, 500, "internal", f"internal error ({type(exc).__name__}); see the server log")
