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


def _descendants(pid: int) -> set[int]:
    """Processes whose parent chain leads to ``pid`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_ingest_leaves_no_worker_processes(tmp_path: Path) -> None:
    from test_ingest_support import page

    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(400):
        (folder / f"p{i}.html").write_bytes(page(f"Pier report {i}", f"t{i}"))
    exe = Path(sys.executable).parent / "storyline"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "storyline.cli"]
    args = [*cmd, "ingest", str(folder), "--db", str(tmp_path / "w.db"), "--workers", "2"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    children: set[int] = set()
    while len(children) < 4 and proc.poll() is None and time.monotonic() < deadline:
        children = _descendants(proc.pid)  # the resource tracker, the forkserver and its two workers
        time.sleep(0.05)
    assert proc.poll() is None and len(children) >= 4, "the ingest should be running its worker processes"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    alive = children
    while alive and time.monotonic() < deadline:
        alive = {p for p in children if Path(f"/proc/{p}").exists() and "Z" not in _state(p)}
        time.sleep(0.2)
    assert not alive, f"worker processes outlived the killed ingest: {sorted(alive)}"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
