"""The JSON API under /api/: the same view functions as the pages, as JSON."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, Response, UploadFile
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputError, QueryError
from ..store.sqlite import Store
from . import jobs, profiles, schemas, views
from .schemas import ok


def known_parameters_only(request: Request) -> None:
    """Refuse a query parameter the route does not take (``?outlett=``, ``?txt=``); ``token`` is the server's.

    FastAPI ignores such parameters, so a misspelt filter returns the unfiltered list as if it had been
    applied; a 422 that names the parameters the route takes is what a caller can act on.
    """
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in dependant.query_params} | {"token"}
    for sub in dependant.dependencies:
        known |= {p.alias for p in sub.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known - {"token"})) or "no query parameters"
        msg = f"unknown parameter; {request.url.path} takes {takes}"
        raise RequestValidationError(
            [{"loc": ("query", name), "msg": msg, "type": "extra_forbidden"} for name in unknown]
        )
    # no parameter of the API takes a list: ?limit=1&limit=2 would silently be read as the last one
    repeated = sorted({name for name in request.query_params if len(request.query_params.getlist(name)) > 1})
    if repeated:
        raise RequestValidationError(
            [
                {"loc": ("query", name), "msg": "given more than once; give it once", "type": "repeated"}
                for name in repeated
            ]
        )


router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(known_parameters_only)])

Limit = Query(20, ge=1, le=200, description="Items per page.")
Offset = Query(0, ge=0, le=1_000_000, description="Items to skip.")


def get_store(request: Request) -> Store:
    """The calling thread's store connection."""
    return request.app.state.stores.get()  # type: ignore[no-any-return]


StoreDep = Depends(get_store)


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorResponse, "description": d}
    for s, d in (
        (400, "bad query"),
        (404, "not found"),
        (422, "invalid parameters"),
        (500, "internal error"),
        (
            503,
            "the store is gone (store_gone) or locked by another writer (store_locked, with Retry-After); docs/api.md",
        ),
    )
}


@router.get(
    "/stories",
    responses={**ERRORS, **ok(schemas.StoriesPage)},
    summary="Stories, newest or largest first, with filters",
)
def api_stories(
    since: str | None = Query(None, description="Earliest date (ISO)."),
    until: str | None = Query(None, description="Latest date (ISO)."),
    outlet: str | None = Query(None, max_length=200),
    entity: str | None = Query(None, max_length=200),
    q: str | None = Query(None, max_length=500, description="Words the story's articles contain."),
    text: str | None = Query(None, max_length=500, description="The same as q (the command line's --text)."),
    language: str | None = Query(None, max_length=40, description="Stories with an article in this language (en, fr)."),
    order: Literal["newest", "largest"] = "newest",
    limit: int = Limit,
    offset: int = Offset,
    store: Store = StoreDep,
) -> dict[str, Any]:
    if q and text and q != text:
        raise InputError("give the words once: q and text are the same filter")
    return views.stories_page(
        store,
        since=since,
        until=until,
        outlet=outlet,
        entity=entity,
        text=q or text,
        order=order,
        limit=limit,
        offset=offset,
        language=language,
    )


BRIEF_FORMATS = {"md": ("text/markdown; charset=utf-8", "md"), "html": ("text/html; charset=utf-8", "html")}
"""The brief as a file, besides JSON: what ``storyline brief ID --format md|html`` prints (its media type, suffix)."""


@router.get("/stories/{story_id}", responses={**ERRORS, **ok(schemas.StoryAnswer)}, summary="One story and its brief")
def api_story(
    story_id: str,
    fmt: Literal["json", "md", "html"] = Query(
        "json",
        alias="format",
        description="json: the story and its brief; md or html: the brief as a file to download.",
    ),
    store: Store = StoreDep,
) -> Any:
    answer = views.story_brief(store, story_id)
    if fmt == "json":
        return answer
    from ..brief.render import render_html, render_markdown, story_file

    text = (render_markdown if fmt == "md" else render_html)(answer["brief"])
    media, suffix = BRIEF_FORMATS[fmt]
    name = f"{story_file(story_id)}.{suffix}"
    return Response(text, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get(
    "/articles",
    responses={**ERRORS, **ok(schemas.ArticlesPage)},
    summary="Stored articles in ingest order, with filters",
)
def api_articles(
    outlet: str | None = Query(None, max_length=200),
    language: str | None = Query(None, max_length=40, description="Articles in this language (en, fr, French)."),
    since: str | None = Query(None, description="Published on or after (YYYY, YYYY-MM, YYYY-MM-DD)."),
    until: str | None = Query(None, description="Published on or before."),
    url: str | None = Query(None, max_length=2000, description="The article at this URL (its latest version)."),
    record_id: str | None = Query(None, max_length=200, description="The article of the input record with this id."),
    limit: int = Limit,
    offset: int = Offset,
    store: Store = StoreDep,
) -> dict[str, Any]:
    """As ``storyline articles --json``: each article's fields, its story and syndication group."""
    from ..pipeline import count_listed_articles, list_articles

    filters = {"outlet": outlet, "language": language, "since": since, "until": until, "url": url}
    filters["record_id"] = record_id
    items = list_articles(store, **filters, limit=limit, offset=offset)
    return views.page(items, total=count_listed_articles(store, **filters), limit=limit, offset=offset)


@router.get("/articles/{article_id}", responses=ERRORS, summary="One article: text, spans, copies")
def api_article(
    article_id: str,
    start: int | None = Query(
        None, ge=0, description="Start of a span to highlight (original offset); the answer's `highlight` is it."
    ),
    end: int | None = Query(None, ge=0, description="End of the span to highlight (with `start`)."),
    store: Store = StoreDep,
) -> dict[str, Any]:
    if (start is None) != (end is None):
        raise QueryError("give both start and end (original offsets) to highlight a span, or neither")
    highlight = (start, end) if start is not None and end is not None else None
    view = views.article_view(store, article_id, highlight=highlight)
    view.pop("paragraphs")
    return view


@router.get("/entities/{name:path}", responses=ERRORS, summary="An entity: spellings, quotes, stories")
def api_entity(name: str, limit: int = Limit, offset: int = Offset, store: Store = StoreDep) -> dict[str, Any]:
    return profiles.entity_view(store, name, limit=limit, offset=offset)


@router.get("/outlets/{name:path}", responses=ERRORS, summary="An outlet: stories, tone, voices, omissions")
def api_outlet(name: str, limit: int = Limit, offset: int = Offset, store: Store = StoreDep) -> dict[str, Any]:
    return profiles.outlet_view(store, name, limit=limit, offset=offset)


@router.get(
    "/search",
    responses={**ERRORS, **ok(schemas.SearchPage)},
    summary="Full-text search over articles (FTS5 syntax or plain words)",
)
async def api_search(
    request: Request,
    response: Response,
    q: str = Query(..., min_length=1, max_length=500),
    limit: int = Limit,
    offset: int = Offset,
    language: str | None = Query(None, max_length=40, description="Only articles in this language (en, fr)."),
) -> dict[str, Any]:
    """On the event loop, like the search page (see :func:`storyline.web.pages.search`)."""
    result, hit = views.cached_search(get_store(request), q, limit=limit, offset=offset, language=language)
    response.headers["X-Cache"] = "hit" if hit else "miss"
    return result


@router.get("/stats", responses={**ERRORS, **ok(schemas.Stats)}, summary="What the store holds")
def api_stats(store: Store = StoreDep) -> dict[str, Any]:
    stats = store.stats()
    stats.pop("db", None)  # the server's file paths are not the client's business
    return stats


class JobRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field ("url") is named, not ignored

    kind: Literal["urls", "feed"] = "urls"
    urls: list[str] = Field(..., min_length=1, max_length=200)


@router.get("/jobs", responses={**ERRORS, **ok(schemas.JobsPage)}, summary="Ingest jobs, newest first")
def api_jobs(limit: int = Limit, offset: int = Offset, store: Store = StoreDep) -> dict[str, Any]:
    items, total = jobs.list_jobs(store, limit=limit, offset=offset)
    return views.page(items, total=total, limit=limit, offset=offset)


@router.get("/jobs/{job_id:int}", responses={**ERRORS, **ok(schemas.Job)}, summary="One ingest job and its progress")
def api_job(job_id: int, store: Store = StoreDep) -> dict[str, Any]:
    return jobs.get_job(store, job_id)


@router.post(
    "/jobs", status_code=202, responses={**ERRORS, **ok(schemas.Job, 202)}, summary="Queue URLs or feeds to ingest"
)
def api_new_job(body: JobRequest, request: Request, store: Store = StoreDep) -> dict[str, Any]:
    job = jobs.enqueue_job(store, kind=body.kind, inputs=body.urls, options=request.app.state.settings.ingest)
    request.app.state.worker.wake()
    return job


@router.post(
    "/jobs/upload",
    status_code=202,
    responses={**ERRORS, **ok(schemas.Job, 202)},
    summary="Queue uploaded files to ingest",
)
async def api_upload_job(request: Request, files: list[UploadFile] = File(...)) -> dict[str, Any]:
    got = await read_uploads(request, files)
    store = get_store(request)
    job = jobs.enqueue_job(store, kind="upload", files=got, options=request.app.state.settings.ingest)
    request.app.state.worker.wake()
    return job


async def read_uploads(request: Request, files: list[UploadFile]) -> list[tuple[str, bytes]]:
    """The uploaded files' bytes, refusing too many files or any over the size limit."""
    settings = request.app.state.settings
    files = [f for f in files if f.filename or f.size]
    if len(files) > settings.max_upload_files:
        raise InputError(f"{len(files)} files; upload at most {settings.max_upload_files} at a time")
    out = []
    for f in files:
        data = await f.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            raise HTTPException(413, f"{f.filename!r} is over the {settings.max_upload_bytes}-byte upload limit")
        out.append((f.filename or "upload", data))
    if not out:
        raise InputError("no file was uploaded; choose one or more files")
    return out
