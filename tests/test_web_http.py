"""HTTP details of the JSON API: a store locked by another writer is a 503 with Retry-After (the client can retry),
not a 500; a 405 names the methods the path takes in an Allow header, over every route of the path; the OpenAPI
description lists the 503. Invented articles (tests/test_web_support.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_web_support import build_store

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline.web.app import WebSettings, create_app  # noqa: E402

UPLOAD = {"files": ("gull.txt", b"Gull Point ferry resumes\n\nThe Gull Point ferry ran again on Sunday.", "text/plain")}


def test_a_store_locked_by_another_writer_is_a_503_with_retry_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.store import sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_S", 0.3)
    db = build_store(tmp_path / "live")
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process (a cron `storyline ingest`) writing
        try:
            res = client.post("/api/jobs/upload", files=UPLOAD)
            assert res.status_code == 503, res.text
            assert res.json()["error"]["code"] == "store_locked"
            assert int(res.headers["Retry-After"]) > 0
            assert client.get("/api/stats").status_code == 200  # reads go on meanwhile
        finally:
            holder.rollback()
            holder.close()
        assert client.post("/api/jobs/upload", files=UPLOAD).status_code == 202  # and the retry is taken


def test_a_405_names_every_method_the_path_takes(tmp_path: Path) -> None:
    db = build_store(tmp_path / "live")
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        res = client.delete("/api/jobs")  # GET lists jobs and POST queues one: two routes of one path
        assert res.status_code == 405 and res.json()["error"]["code"] == "method_not_allowed"
        assert set(res.headers["Allow"].split(", ")) == {"GET", "POST"}
        assert "GET" in res.json()["error"]["message"] and "POST" in res.json()["error"]["message"]
        res = client.get("/api/jobs/upload")  # not read as job id "upload"
        assert res.status_code == 405 and res.headers["Allow"] == "POST", res.text
        res = client.put("/api/stats")
        assert res.status_code == 405 and res.headers["Allow"] == "GET"
        page = client.post("/search")  # a page: the error page, with the header too
        assert page.status_code == 405 and page.headers["Allow"] == "GET"
        assert client.get("/api/jobs/nope").status_code == 404
        spec = client.get("/openapi.json").json()
        assert "/api/jobs/{job_id}" in spec["paths"]
        for path, ops in spec["paths"].items():
            for op in ops.values():
                assert "503" in op["responses"], (path, "the store can be gone or locked at any request")
