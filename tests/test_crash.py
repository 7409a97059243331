"""A real `storyline ingest` killed with SIGKILL mid-run: nothing half-written, a re-run finishes the job."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N = 3000
TOWNS = ["Westbrook", "Saltmarsh", "Karnow", "Elderby", "Quillan", "Norrow"]
THINGS = ["ferry pier", "library roof", "tram depot", "river wall", "school annex", "water plant"]


def _records(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            town, thing = TOWNS[i % len(TOWNS)], THINGS[(i // len(TOWNS)) % len(THINGS)]
            text = (
                f"The council of {town} voted {i % 17 + 3} to {i % 5 + 1} on Tuesday to repair the {thing}.\n\n"
                f"Officials said work on item {i} would start in spring and cost {i % 90 + 10} thousand crowns."
            )
            rec = {
                "id": i,
                "url": f"https://ledger.example/{i}",
                "outlet": "Ledger",
                "title": f"Repairs {i}",
                "text": text,
            }
            fh.write(json.dumps(rec) + "\n")


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_mid_ingest_then_rerun(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "storyline"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "storyline.cli"]
    data, db = tmp_path / "records.jsonl", tmp_path / "crash.db"
    _records(data)
    args = [*cmd, "ingest", str(data), "--db", str(db), "--json"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    deadline = time.monotonic() + 60
    while _count(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _count(db)
    assert 0 < killed_at < N, f"the kill should land mid-run (had {killed_at} of {N})"

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute("SELECT original, text, content_hash FROM articles").fetchall()
        assert all(o.strip() and t.strip() and h for o, t, h in rows)
        assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == len(rows)
    finally:
        con.close()

    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["added"] == N - killed_at and report["unchanged"] == killed_at
    con = sqlite3.connect(db)
    try:
        total, distinct = con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
        assert total == distinct == N
        urls = {r[0] for r in con.execute("SELECT url FROM articles")}
        assert urls == {f"https://ledger.example/{i}" for i in range(N)}
        assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == N
    finally:
        con.close()
