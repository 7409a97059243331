"""`storyline serve --workers 2`: several server processes over one store, ingest jobs run once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from storyline.settings import IngestOptions
from storyline.web.app import WebSettings, settings_from_env, settings_to_env


def test_settings_round_trip_through_the_environment(tmp_path: Path) -> None:
    settings = WebSettings(db=tmp_path / "s.db", token="x" * 20, ingest=IngestOptions(allow_private=True), threads=2)
    assert settings_from_env(settings_to_env(settings)) == settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_two_server_processes_answer_and_share_one_job_queue(tmp_path: Path) -> None:
    db, port = tmp_path / "w.db", _free_port()
    exe = Path(sys.executable).parent / "storyline"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "storyline.cli"]
    proc = subprocess.Popen(
        [*cmd, "serve", "--db", str(db), "--port", str(port), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline, up = time.time() + 60, False
        while time.time() < deadline and not up:
            try:
                up = httpx.get(f"{base}/api/stories", timeout=2).status_code == 200
            except httpx.HTTPError:
                time.sleep(0.2)
        assert up, proc.stderr.read1(4000) if proc.stderr else "no output"  # type: ignore[union-attr]
        text = "Harbour board meets\n\nThe harbour board of Karnow met on Tuesday to discuss the new pier.\n"
        r = httpx.post(f"{base}/api/jobs/upload", files={"files": ("pier.txt", text.encode())}, timeout=10)
        assert r.status_code == 202, r.text
        job_id, status = r.json()["id"], None
        deadline = time.time() + 120
        while time.time() < deadline and status not in ("done", "failed"):
            status = httpx.get(f"{base}/api/jobs/{job_id}", timeout=5).json().get("status")
            time.sleep(0.3)
        assert status == "done"
        hits = {httpx.get(f"{base}/api/search", params={"q": "harbour"}, timeout=5).json()["total"] for _ in range(6)}
        assert hits == {1}  # every process sees the one article, ingested once
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
