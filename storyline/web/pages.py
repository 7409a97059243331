"""Server-rendered pages (Jinja2, autoescaped): the same view functions as the API."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment

from ..brief.render import only_source, quoted, without_direction_overrides
from ..errors import InputError, QueryError
from ..models import OWN_WORDS
from ..store.sqlite import Store
from . import jobs, profiles, views
from .api import Limit, Offset, get_store, read_uploads
from .lib import lib
from .marks import safe_url, story_refs
from .views import LRU

router = APIRouter(include_in_schema=False)
_PAGES = LRU(256)
"""Rendered story pages by story, story version, shown article and active citation."""
_SEARCH_PAGES = LRU(1024)
"""Rendered search pages by :func:`views.search_key`."""


BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def plain_direction(text: Any) -> str:
    """Text with its direction controls taken out, for places that hold no markup (the window title): a title's
    right-to-left override would turn the page's own words after it around."""
    return BIDI_CONTROLS.sub("", str(text))


@lru_cache(maxsize=1)
def templates() -> Environment:
    from jinja2 import ChainableUndefined, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("storyline.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=without_direction_overrides,  # an outlet's "\u202eevil\u202c" shows as written, not as "live"
    )
    env.filters["safe_url"] = safe_url
    env.filters["story_refs"] = story_refs
    env.filters["hits"] = mark_hits
    env.filters["quoted"] = quoted
    env.filters["plain_direction"] = plain_direction
    env.filters["by_outlet"] = views.sources_by_outlet
    env.filters["reader_notes"] = views.reader_notes
    env.globals["OWN_WORDS"] = OWN_WORDS
    env.globals["only_source"] = only_source
    return env


HIT_OPEN, HIT_CLOSE = "\u27e6", "\u27e7"
"""How the store's search snippets mark a matched word (⟦ferry⟧): characters news text does not use."""


def mark_hits(snippet: str | None) -> Any:
    """A search snippet, escaped, with its matched words in ``<mark>``."""
    from markupsafe import Markup, escape

    text = str(escape(snippet or ""))
    return Markup(text.replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def render(template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates().get_template(template).render(**context), status_code=http_status)


def render_error(status: int, code: str, message: str) -> HTMLResponse:
    return render("error.html", status, status=status, code=code, message=message, title=f"Error {status}")


def _store(request: Request) -> Store:
    return get_store(request)


@router.get("/", response_class=HTMLResponse)
def stories(
    request: Request,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    q: str | None = None,
    language: str | None = Query(None, max_length=40),
    order: Literal["newest", "largest"] = "newest",
    limit: int = Limit,
    offset: int = Offset,
) -> HTMLResponse:
    filters = {"since": since or None, "until": until or None, "outlet": outlet or None, "entity": entity or None}
    shown = {**filters, "q": q or "", "language": (language or "").strip(), "order": order}
    try:
        data = views.stories_page(
            _store(request),
            **filters,
            text=q or None,
            language=shown["language"] or None,
            order=order,
            limit=limit,
            offset=offset,
        )
    except QueryError as exc:  # the form again with the values typed and what to change, not an error page
        data = views.page([], total=0, limit=limit, offset=offset)
        return render("stories.html", 400, title="Stories", data=data, filters=shown, error=str(exc))
    return render("stories.html", title="Stories", data=data, filters=shown)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(
    request: Request,
    story_id: str,
    article: str | None = Query(None, max_length=40),
    cite: str | None = Query(None, max_length=40),
) -> HTMLResponse:
    """A page already rendered for this story version is served from memory, without a thread hop."""
    from starlette.concurrency import run_in_threadpool

    store = _store(request)
    version = views.story_version(lib("get_story")(store, story_id))
    key = f"{store.path}\x00{story_id}\x00{version}\x00{article}\x00{cite}"
    html = _PAGES.get(key)
    if html is None:
        if not await run_in_threadpool(views.brief_ready, store, story_id):
            waiting = await _brief_built(store, story_id, request.app.state.settings.brief_wait_s)
            if waiting is not None:
                return _preparing(store, story_id, waiting)
        html = await run_in_threadpool(_render_story, request, story_id, article, cite)
        _PAGES.put(key, html)
    return HTMLResponse(html)


PREPARING_REFRESH_S = 3
"""A page saying a story's brief is being prepared reloads itself this often."""


async def _brief_built(store: Store, story_id: str, wait_s: float) -> views.BriefBuild | None:
    """Start making the story's brief in the background (or join the build running) and wait for it up to
    ``wait_s`` seconds; the build still running then, else None (made, or failed: the page shows the error)."""
    import asyncio

    build = views.BUILDS.start(store.path, story_id)
    deadline = build.seconds + max(0.0, wait_s)
    while not build.done.is_set() and build.seconds < deadline:
        await asyncio.sleep(0.1)
    if build.error is not None:
        views.BUILDS.shown(build)
        raise build.error
    return None if build.done.is_set() else build


def _preparing(store: Store, story_id: str, build: views.BriefBuild) -> HTMLResponse:
    """The story's page while its brief is made: what is known without it (label, articles, history) and how long it
    has been at it; it reloads itself until the brief is there (status 202: accepted, not done)."""
    story = lib("get_story")(store, story_id)
    ids = [str(i) for i in story.get("article_ids") or []]
    analysed = views.analysed_count(store, ids)
    articles = [views.article_meta(store.get_article(i)) for i in ids]
    response = render(
        "story_preparing.html",
        202,
        title=story.get("label") or story_id,
        st=story,
        articles=articles,
        analysed=analysed,
        seconds=int(build.seconds),
        refresh=PREPARING_REFRESH_S,
    )
    response.headers["Refresh"] = str(PREPARING_REFRESH_S)
    response.headers["Cache-Control"] = "no-store"
    return response


def _render_story(request: Request, story_id: str, article: str | None, cite: str | None) -> str:
    store = _store(request)
    data = views.story_brief(store, story_id)
    panels = views.citation_panels(store, data["brief"])
    shown = article or (panels["articles"][0]["meta"]["id"] if panels["articles"] else None)
    headline = data["brief"].get("headline")
    title = (headline.get("text") if isinstance(headline, dict) else headline) or data["story"].get("label") or story_id
    page = templates().get_template("story.html")
    return page.render(title=title, data=data, panels=panels, shown=shown, active=cite or "")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(
    request: Request,
    article_id: str,
    start: int | None = Query(None, ge=0),
    end: int | None = Query(None, ge=0),
) -> HTMLResponse:
    highlight = (start, end) if start is not None and end is not None else None
    data = views.article_view(_store(request), article_id, highlight=highlight)
    return render("article.html", title=data["article"]["title"] or article_id, data=data)


@router.get("/entities/{name:path}", response_class=HTMLResponse)
def entity(request: Request, name: str, limit: int = Limit, offset: int = Offset) -> HTMLResponse:
    data = profiles.entity_view(_store(request), name, limit=limit, offset=offset)
    return render("entity.html", title=name, name=name, data=data)


@router.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet(request: Request, name: str, limit: int = Limit, offset: int = Offset) -> HTMLResponse:
    data = profiles.outlet_view(_store(request), name, limit=limit, offset=offset)
    return render("outlet.html", title=name, data=data)


@router.get("/search", response_class=HTMLResponse)
async def search(
    request: Request,
    q: str = Query("", max_length=500),
    limit: int = Limit,
    offset: int = Offset,
    language: str = Query("", max_length=40),
) -> HTMLResponse:
    """Runs on the event loop, not in the thread pool: a search is a few milliseconds of SQLite, and a
    pool thread would wait for the interpreter lock at every row it fetches while the loop serves other
    requests (measured: the slowest 5 % of searches took 2-4 times longer under load). The store stops
    any query that runs past its time budget (:data:`storyline.store.sqlite.SEARCH_BUDGET_S`)."""
    language = views.search_language(language) or ""  # "French" is searched, cached and shown as "fr"
    if not q.strip():
        return render("search.html", title="Search", q=q, language=language, data=None)
    store = _store(request)
    key = views.search_key(store, q, limit=limit, offset=offset, language=language or None)
    html = _SEARCH_PAGES.get(key)
    hit = html is not None
    if html is None:
        try:
            data, _ = views.cached_search(store, q, limit=limit, offset=offset, language=language or None, key=key)
        except QueryError as exc:  # the search page again, with what to change, not an error page
            return render("search.html", 400, title="Search", q=q, language=language, data=None, error=str(exc))
        html = templates().get_template("search.html").render(title=f"Search: {q}", q=q, language=language, data=data)
        _SEARCH_PAGES.put(key, html)
    return HTMLResponse(html, headers={"X-Cache": "hit" if hit else "miss"})


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    items, total = jobs.list_jobs(_store(request), limit=20)
    return render("ingest.html", title="Ingest", jobs=items, total=total)


@router.post("/ingest/urls")
def ingest_urls(request: Request, urls: str = Form(..., max_length=100_000), kind: str = Form("urls")) -> Response:
    lines = [u.strip() for u in urls.splitlines() if u.strip() and not u.strip().startswith("#")]
    try:
        job = jobs.enqueue_job(
            _store(request),
            kind="feed" if kind == "feed" else "urls",
            inputs=lines,
            options=request.app.state.settings.ingest,
        )
    except InputError as exc:  # the form again with the lines typed and what to change, not an error page
        items, total = jobs.list_jobs(_store(request), limit=20)
        return render("ingest.html", 400, title="Ingest", jobs=items, total=total, urls=urls, kind=kind, error=str(exc))
    request.app.state.worker.wake()
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


@router.post("/ingest/files")
async def ingest_files(request: Request, files: list[UploadFile] = File(...)) -> RedirectResponse:
    got = await read_uploads(request, files)
    job = jobs.enqueue_job(_store(request), kind="upload", files=got, options=request.app.state.settings.ingest)
    request.app.state.worker.wake()
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job(request: Request, job_id: int) -> HTMLResponse:
    data = jobs.get_job(_store(request), job_id)
    return render("job.html", title=f"Ingest job {job_id}", job=data)


@router.get("/favicon.ico")
def favicon() -> Response:
    """No icon (a 204 keeps browsers from logging a 404 on every page)."""
    return Response(status_code=204)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a plain page (no third-party scripts; works offline)."""
    spec = request.app.openapi()
    ops = [
        {"method": m.upper(), "path": p, "summary": op.get("summary", ""), "params": op.get("parameters", [])}
        for p, methods in spec.get("paths", {}).items()
        for m, op in methods.items()
    ]
    return render("docs.html", title="API", ops=ops, spec=spec)
