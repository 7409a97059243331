"""`storyline serve`: the web app and JSON API."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..settings import MB, IngestOptions
from .common import DbOption, app, err_console, errors_to_exit, fail

if TYPE_CHECKING:
    from ..web.app import WebSettings

TOKEN_ENV = "STORYLINE_TOKEN"


RUN_STORES = (Path("out") / "storyline.db", Path("out") / "examples.db")
"""What `storyline run` (default --out) and scripts/demo.sh write, tried when ./storyline.db is absent."""


def _pick_db(db: Path | None) -> Path:
    """--db, else $STORYLINE_DB, else ./storyline.db, else a store `storyline run` or the demo wrote."""
    from ..store.sqlite import default_db_path

    path = default_db_path(db)
    if db is None and not os.environ.get("STORYLINE_DB") and not path.exists():
        return next((p for p in RUN_STORES if p.exists()), path)
    return path


@app.command()
def serve(
    db: Path = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback needs a token."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str | None = typer.Option(
        None, "--token", help=f"Access token (or ${TOKEN_ENV}); required when --host is not loopback."
    ),
    allow_private: bool = typer.Option(False, help="Let browser ingest fetch private, loopback or link-local URLs."),
    max_upload_mb: float = typer.Option(20.0, "--max-upload-mb", help="Largest file accepted by upload."),
    workers: int = typer.Option(
        0, "--workers", min=0, max=32, help="Server processes (0: one per core, at most 4; 1: a single process)."
    ),
) -> None:
    """Serve the stories, briefs, articles and the JSON API (docs at /docs) in a browser."""
    from ..web.app import WebSettings, is_loopback

    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        fail(f"--host {host} is reachable from other machines: give --token or set ${TOKEN_ENV}")
    if token is not None and len(token) < 16:
        fail("the token is too short; use at least 16 random characters (e.g. `openssl rand -hex 16`)")
    settings = WebSettings(
        db=_pick_db(db),
        host=host,
        token=token,
        ingest=IngestOptions(allow_private=allow_private),
        max_upload_bytes=int(max_upload_mb * MB),
    )
    _check_port(host, port)
    with errors_to_exit():
        _run(settings, port=port, workers=workers or _default_workers())


def _check_port(host: str, port: int) -> None:
    """Fail with a one-line message before saying "serving" when the address cannot be bound (in use, not this
    machine's, not allowed)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        fail(f"cannot use --host {host}: {exc.strerror or exc}; give an address of this machine, e.g. 127.0.0.1")
        return
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            fail(
                f"cannot serve on {host}:{port}: {exc.strerror or exc}; pick another with --port (or stop what uses it)"
            )


def _default_workers() -> int:
    from ..ingest.parallel import default_workers

    return default_workers()


def _run(settings: WebSettings, *, port: int, workers: int = 1) -> None:
    import uvicorn

    from ..store.sqlite import Store
    from ..web.app import SETTINGS_ENV, _post_ingest, create_app, settings_to_env
    from ..web.jobs import JobWorker

    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    suffix = "  (open it once with ?token=YOUR_TOKEN)" if settings.token else ""
    procs = f" with {workers} server processes" if workers > 1 else ""
    if not Path(settings.db).exists():
        # a mistyped --db would otherwise look like the user's store, empty
        err_console.print(
            f"[yellow]note[/] no store at {settings.db}: starting an empty one (ingest from the web app or with "
            f"`storyline ingest PATH --db {settings.db}`); check --db if you meant an existing store",
            highlight=False,
            soft_wrap=True,
        )
    err_console.print(f"storyline: serving {settings.db} at http://{shown}:{port}/{suffix}{procs}", highlight=False)
    if workers == 1:
        uvicorn.run(create_app(settings), host=settings.host, port=port, log_level="warning")
        return
    # several processes: each builds the app from the environment; queued ingest jobs run here, once
    Store(settings.db).close()  # create or migrate the store once, before the processes start
    os.environ[SETTINGS_ENV] = settings_to_env(settings)
    jobs = JobWorker(settings.db, post_ingest=_post_ingest if settings.post_ingest else None)
    jobs.start()
    try:
        uvicorn.run(
            "storyline.web.app:app_from_env",
            factory=True,
            workers=workers,
            host=settings.host,
            port=port,
            log_level="warning",
        )
    finally:
        jobs.stop()
