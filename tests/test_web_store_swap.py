"""A store deleted or replaced under a running server: the server reads the file now at the path (a replaced store
is opened again), answers 503 ``store_gone`` for a deleted one (no empty store made at the path, no upload into
the deleted file), and its ingest worker follows the file too. Invented articles (tests/test_web_support.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_web_support import build_store

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline.store import Store  # noqa: E402
from storyline.web.app import WebSettings, create_app  # noqa: E402


def _articles(client: TestClient) -> int:
    res = client.get("/api/stats")
    assert res.status_code == 200, res.text
    return int(res.json()["articles"])


def test_a_replaced_store_is_read_and_a_deleted_one_answers_503(tmp_path: Path) -> None:
    db = build_store(tmp_path / "live")
    other = tmp_path / "other.db"
    Store(other).close()  # an empty store, e.g. a backup put back
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        assert _articles(client) == 5
        os.replace(other, db)  # `mv other.db s.db`
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        assert _articles(client) == 0  # the file now at the path, not the replaced one
        for f in db.parent.glob(db.name + "*"):
            f.unlink()
        res = client.get("/api/stats")
        assert res.status_code == 503 and res.json()["error"]["code"] == "store_gone", res.text
        assert "restart" in res.json()["error"]["message"]
        up = client.post("/api/jobs/upload", files={"files": ("a.txt", b"Title\n\nSome text here.", "text/plain")})
        assert up.status_code == 503 and up.json()["error"]["code"] == "store_gone", up.text
        assert not db.exists()  # no empty store made at the path
        build_store(tmp_path / "live")  # a store put back at the path is served again
        assert _articles(client) == 5


def test_the_job_worker_follows_a_replaced_store(tmp_path: Path) -> None:
    from storyline.web.jobs import JobWorker, enqueue_job

    db = build_store(tmp_path / "live")
    worker = JobWorker(db, poll=0.05)
    worker.start()
    try:
        other = tmp_path / "other.db"
        Store(other).close()
        os.replace(other, db)
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Store(db) as store:
            job_id = enqueue_job(store, kind="upload", files=[("a.txt", b"Pier report\n\nThe pier opened today.")])[
                "id"
            ]
        worker.wake()
        import time

        deadline = time.time() + 20
        status = "queued"
        while time.time() < deadline and status == "queued":
            time.sleep(0.1)
            with Store(db) as store:
                status = store.conn.execute("SELECT status FROM ingest_jobs WHERE id = ?", (job_id,)).fetchone()[0]
        assert status != "queued"  # the worker claimed the job in the file now at the path
    finally:
        worker.stop()
