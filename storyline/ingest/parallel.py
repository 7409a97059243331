"""Build articles (HTML extraction, cleaning, language) in worker processes, in input order.

Only pages that still need HTML extraction are worth a worker: plain text and JSON records clean in
about a millisecond, less than sending them to another process costs.

Reading inputs and writing the store stay in the calling process; only the CPU-bound step that
turns a draft into an article runs in the pool. At most ``window`` drafts are in flight, so a stream
of any length is processed in flat memory, and the results come back in the order the drafts came in.
Small runs never start a pool: the first ``min_parallel`` builds run inline.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from ..models import Article, Skipped
from ._deathsig import PARENT_ENV, end_with_parent
from .drafts import Draft

T = TypeVar("T")
Built = Article | Skipped


def default_workers() -> int:
    """Worker processes when none are asked for: one per core, at most 4 (1 on a single core: inline)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _done(value: Built | None) -> Future[Built | None]:
    """A result that needs no worker (already known, skipped, or built inline), as a finished future."""
    fut: Future[Built | None] = Future()
    fut.set_result(value)
    return fut


def build_ordered(
    items: Iterable[T],
    draft_of: Callable[[T], Draft | None],
    build: Callable[[Draft], Built],
    *,
    workers: int,
    heavy: Callable[[Draft], bool] = lambda _draft: True,
    window: int = 0,
    min_parallel: int = 8,
) -> Iterator[tuple[T, Built | None]]:
    """``(item, build(draft_of(item)))`` for every item, in order; ``None`` where ``draft_of`` gives None.

    Only ``heavy`` drafts go to the workers (sending a cheap one costs more than building it here).
    ``build`` must be a module-level function (it is sent to the workers by name). With ``workers``
    below 2 everything runs inline.
    """
    window = window or max(4, workers * 16)
    pending: deque[tuple[T, Draft | None, Future[Built | None]]] = deque()
    pool: ProcessPoolExecutor | None = None
    inline = 0
    try:
        for item in items:
            draft = draft_of(item)
            if draft is None:
                pending.append((item, None, _done(None)))
            elif workers < 2 or not heavy(draft) or inline < min_parallel:
                inline += heavy(draft)
                pending.append((item, draft, _done(build(draft))))
            else:
                if pool is None:
                    pool = _start_pool(workers)
                pending.append((item, draft, pool.submit(build, draft)))
            while pending and (len(pending) >= window or pending[0][2].done()):
                yield _take(pending)
        while pending:
            yield _take(pending)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _take(pending: deque[tuple[T, Draft | None, Future[Built | None]]]) -> tuple[T, Built | None]:
    item, draft, fut = pending.popleft()
    try:
        return item, fut.result()
    except Exception as exc:  # a worker died (killed, out of memory): report this input, go on
        source = draft.source if draft is not None else "?"
        return item, Skipped(source, f"could not build the article in a worker process: {type(exc).__name__}: {exc}")


def _start_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    # forkserver, not fork: the caller may hold threads (the web app's background jobs, httpx)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["storyline.ingest._deathsig", "storyline.ingest.pipeline"])
    os.environ[PARENT_ENV] = str(os.getpid())  # read by the forkserver (see _deathsig)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=end_with_parent)
