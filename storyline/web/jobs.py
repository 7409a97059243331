"""Ingest jobs: queued in the store, run by one background worker thread, resumed after a restart.

A job is a list of URLs (pages or feeds) or uploaded files. Uploaded bytes are kept in the store
(``ingest_job_files``) until the worker runs the job; it writes them to a private temporary
directory under generated names (nothing from the request becomes a path) and ingests those.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import InputError, NotFoundError
from ..settings import IngestOptions
from ..store.sqlite import Store

JOB_KINDS = ("urls", "upload", "feed")
SAFE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".gz")
_COLUMNS = "id, kind, inputs, options, status, done, total, message, report, created_at, started_at, finished_at"


def enqueue_job(
    store: Store,
    *,
    kind: str,
    inputs: list[str] | None = None,
    files: list[tuple[str, bytes]] | None = None,
    options: IngestOptions | None = None,
) -> dict[str, Any]:
    """Queue a job; ``files`` are ``(display name, bytes)`` kept in the store until the job runs."""
    if kind not in JOB_KINDS:
        raise InputError(f"unknown job kind {kind!r}; use one of {', '.join(JOB_KINDS)}")
    inputs = [i.strip() for i in (inputs or []) if i.strip()]
    files = files or []
    if not inputs and not files:
        raise InputError("nothing to ingest: give at least one URL or file")
    bad = [u for u in inputs if not u.startswith(("http://", "https://"))]
    if bad:
        named = ", ".join(repr(u[:200]) for u in bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
        what = "not an http(s) URL" if len(bad) == 1 else f"{len(bad)} lines are not http(s) URLs"
        raise InputError(f"{what}: {named}; only http:// and https:// URLs can be ingested")
    opts = json.dumps(asdict(options or IngestOptions()))
    names = inputs + [_display_name(n) for n, _ in files]
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO ingest_jobs(kind, inputs, options, total) VALUES (?,?,?,?)",
            (kind, json.dumps(names), opts, len(names)),
        )
        job_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO ingest_job_files(job_id, name, data) VALUES (?,?,?)",
            [(job_id, _display_name(n), sqlite3.Binary(d)) for n, d in files],
        )
    return get_job(store, job_id)


def _display_name(name: str) -> str:
    """The last component of a client-given file name, for display only (never used as a path)."""
    base = re.split(r"[\\/]", name or "")[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:120] or "upload"


def _job_row(row: sqlite3.Row) -> dict[str, Any]:
    job = dict(row)
    job["inputs"] = json.loads(job["inputs"] or "[]")
    job.pop("options", None)
    job["report"] = json.loads(job["report"]) if job["report"] else None
    return job


def get_job(store: Store, job_id: int) -> dict[str, Any]:
    if not 0 < job_id < 2**63:  # beyond SQLite's integers: no such job
        raise NotFoundError(f"no ingest job {job_id}; list them at /api/jobs")
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM ingest_jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no ingest job {job_id}; list them at /api/jobs")
    return _job_row(row)


def list_jobs(store: Store, *, limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM ingest_jobs ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    total = int(store.conn.execute("SELECT count(*) FROM ingest_jobs").fetchone()[0])
    return [_job_row(r) for r in rows], total


def requeue_interrupted(store: Store) -> int:
    """Jobs left 'running' by a stopped server go back to the queue; returns how many."""
    with store.transaction() as conn:
        cur = conn.execute("UPDATE ingest_jobs SET status = 'queued', done = 0 WHERE status = 'running'")
        return cur.rowcount


def claim_next(store: Store) -> dict[str, Any] | None:
    """Mark the oldest queued job running and return it (with its options), or None."""
    with store.transaction() as conn:
        row = conn.execute("SELECT id, options FROM ingest_jobs WHERE status = 'queued' ORDER BY id LIMIT 1").fetchone()
        if row is None:
            return None
        conn.execute(
            "UPDATE ingest_jobs SET status = 'running', started_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
            " message = 'started' WHERE id = ?",
            (row["id"],),
        )
    job = get_job(store, int(row["id"]))
    job["options"] = json.loads(row["options"] or "{}")
    return job


def set_progress(store: Store, job_id: int, *, done: int, message: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE ingest_jobs SET done = ?, message = ? WHERE id = ?", (done, message[:300], job_id))


def finish_job(
    store: Store, job_id: int, *, status: str, message: str, report: dict[str, Any] | None, done: int | None = None
) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE ingest_jobs SET status = ?, message = ?, report = ?, done = coalesce(?, done),"
            " finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            (status, message[:500], json.dumps(report) if report is not None else None, done, job_id),
        )
        if status == "done":
            conn.execute("DELETE FROM ingest_job_files WHERE job_id = ?", (job_id,))


def _options_from(data: dict[str, Any]) -> IngestOptions:
    known = set(IngestOptions.__dataclass_fields__)
    return IngestOptions(**{k: v for k, v in data.items() if k in known})


def _write_uploads(store: Store, job_id: int, folder: Path) -> list[str]:
    """Uploaded files to ``folder``, each in a numbered folder of its own under the client's name reduced to safe
    characters (no path, no dots in front); a suffix only when it is a known one."""
    paths = []
    rows = store.conn.execute("SELECT id, name, data FROM ingest_job_files WHERE job_id = ? ORDER BY id", (job_id,))
    for i, row in enumerate(rows):
        suffix = Path(row["name"]).suffix.lower()
        # the client's own name, reduced to safe characters, in a folder of its own: the reader sees "harbour.txt"
        stem = re.sub(r"[^\w .-]", "_", Path(str(row["name"])).stem).strip(" .")[:80] or f"upload-{job_id}-{i}"
        (folder / str(i)).mkdir()
        path = folder / str(i) / f"{stem}{suffix if suffix in SAFE_SUFFIXES else ''}"
        path.write_bytes(bytes(row["data"]))
        paths.append(str(path))
    return paths


PostIngest = Callable[[Store, list[str]], None]


def run_job(store: Store, job: dict[str, Any], *, post_ingest: PostIngest | None = None) -> dict[str, Any]:
    """Run one claimed job to the end; never raises (a failure is recorded on the job)."""
    from ..ingest import ingest

    job_id = int(job["id"])
    options = dataclasses.replace(_options_from(job.get("options") or {}), file_versions=False)  # temporary paths
    done = 0
    started: list[str] = []  # the inputs as the ingest reads them, in order (URLs, then the uploads' paths)
    shown: dict[str, str] = {}  # an upload's path in the temporary folder -> the name the client gave it

    def tick(name: str) -> None:
        # ``done`` counts inputs (as ``total`` does), not records: a JSONL file of 1,500 records is one input. The
        # ingest reads its inputs in order, so the input a record comes from is the last one its name starts with;
        # a feed's entries name their own URLs and count towards the feed being read.
        nonlocal done
        at = next((i for i in range(len(started) - 1, -1, -1) if name.startswith(started[i])), None)
        if at is not None:
            done = max(done, at)  # the inputs before this one are read
        set_progress(store, job_id, done=done, message=f"read {_shown(name, shown)[-120:]}")

    try:
        with tempfile.TemporaryDirectory(prefix="storyline-upload-") as tmp:
            urls = [u for u in job["inputs"] if u.startswith(("http://", "https://"))]
            paths = _write_uploads(store, job_id, Path(tmp))
            shown.update(zip(paths, job["inputs"][len(urls) :], strict=False))
            started.extend(urls + paths)
            result = ingest(store, urls + paths, options=options, progress=tick)
            # the articles' source names the upload, not the server's temporary folder that is about to go
            where = f"upload-{job_id}"
            with store.transaction() as conn:
                conn.execute(
                    "UPDATE articles SET source = replace(source, ?, ?) WHERE instr(source, ?) = 1", (tmp, where, tmp)
                )
        # the report names each upload as the client did ("random.bin", "big.jsonl:378"), as `inputs` does
        text = json.dumps(result.to_json())
        for path, name in sorted(shown.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(json.dumps(path)[1:-1], json.dumps(name)[1:-1])
        report = json.loads(text.replace(json.dumps(tmp)[1:-1], where))
        done = len(started)
        if post_ingest is not None and result.article_ids:
            set_progress(store, job_id, done=done, message="updating stories")
            post_ingest(store, result.article_ids)
        report["articles"] = _where_they_went(store, list(result.article_ids)[:50])
        status = "done" if report.get("exit_code", 0) != 1 else "failed"
        message = f"added {report.get('added', 0)}, skipped {len(report.get('skipped', []))}"
        finish_job(store, job_id, status=status, message=message, report=report, done=done)
    except Exception as exc:  # the worker must survive any job
        finish_job(store, job_id, status="failed", message=f"{type(exc).__name__}: {exc}", report=None)
    return get_job(store, job_id)


def _shown(name: str, shown: dict[str, str]) -> str:
    """``name`` (an input or a record's source) with an upload's temporary path replaced by the client's name."""
    for path, client_name in shown.items():
        if name.startswith(path):
            return client_name + name[len(path) :]
    return name


def _where_they_went(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The job's new articles with their titles and the story each joined (none before stories run)."""
    if not ids:
        return []
    rows = store.conn.execute(
        "SELECT a.id, a.title, sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"
        f" WHERE a.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    return [{"id": r[0], "title": r[1], "story": r[2]} for r in rows]


class JobWorker:
    """One daemon thread that runs queued jobs in order, with its own store connection."""

    def __init__(self, db_path: str | Path, *, post_ingest: PostIngest | None = None, poll: float = 1.0) -> None:
        self.db_path = db_path
        self.post_ingest = post_ingest
        self.poll = poll
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        with Store(self.db_path) as store:
            requeue_interrupted(store)
        self._thread = threading.Thread(target=self._loop, name="storyline-ingest-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        from .app import store_identity

        store: Store | None = None
        opened: tuple[int, int] | None = None
        try:
            while not self._stop.is_set():
                now = store_identity(Path(self.db_path))
                if now != opened and store is not None:  # deleted or replaced under the server: not the old file
                    store.close()
                    store = None
                if now is not None and store is None:
                    store, opened = Store(self.db_path), now
                job = claim_next(store) if store is not None else None
                if job is None:
                    self._wake.wait(self.poll)
                    self._wake.clear()
                    continue
                assert store is not None
                run_job(store, job, post_ingest=self.post_ingest)
        finally:
            if store is not None:
                store.close()
