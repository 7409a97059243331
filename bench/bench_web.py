"""Load benchmark of `storyline serve`: story pages and search under concurrent clients.

    python bench/bench_web.py                      # 100,000 articles, 50 clients, 60 s
    python bench/bench_web.py --articles 5000 --duration 10   # a quick look

Steps (each timed and printed):
1. a store of N synthetic articles (bench/synth.py ``synth_records``) ingested with the real ingest;
2. stories with the stories stage's own clustering (``storyline.cluster.update_stories``);
3. briefs made up front for the stories the clients will read (the web app serves stored briefs,
   re-made only when a story's articles change, so steady-state story pages read a stored brief);
4. `storyline serve` started as its own process on a free loopback port;
5. baseline in the same run: one client, one request at a time, for each kind of request;
6. the load: C clients (asyncio + httpx, one connection each) for D seconds, each picking a story
   page or a search at random (half each), with no think time unless --think is given.

Prints one table: requests, errors, p50/p95/p99 latency and throughput per kind, for the baseline
and the load, and the versions. The targets from the issue (story p95 < 100 ms, search p95 < 150 ms,
zero errors) are shown next to the measured values; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
TARGETS_MS = {"story": 100.0, "search": 150.0}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- the store ----------------------------------------------------------------------------------
def build_store(db: Path, n: int, *, seed: int) -> dict[str, float]:
    """Ingest N synthetic articles and cluster them; returns the seconds each step took."""
    from synth import synth_records  # bench/synth.py, from the ingest stage

    from storyline.ingest import ingest
    from storyline.store import Store

    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "synth.jsonl"
        t = time.perf_counter()
        with src.open("w", encoding="utf-8") as f:
            for rec in _records(synth_records, n, seed):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        timings["synthesise"] = time.perf_counter() - t
        with Store(db) as store:
            t = time.perf_counter()
            report = ingest(store, [str(src)])
            timings["ingest"] = time.perf_counter() - t
            log(f"ingested {report.counts['added']} articles in {timings['ingest']:.0f} s")
    with Store(db) as store:
        from storyline.web.lib import lib

        t = time.perf_counter()
        lib("update_stories")(store)
        timings["cluster"] = time.perf_counter() - t
        log(f"clustered in {timings['cluster']:.0f} s")
    return timings


def _records(synth_records: Any, n: int, seed: int) -> Any:
    try:
        return synth_records(n, seed=seed)
    except TypeError:
        return synth_records(n)


def warm_briefs(db: Path, k: int, *, seed: int) -> tuple[list[str], float]:
    """Make (and store) the briefs of k stories of typical size; returns their ids and the seconds taken."""
    from storyline.store import Store
    from storyline.web import views
    from storyline.web.lib import lib

    with Store(db) as store:
        stories = lib("list_stories")(store, order="largest", limit=5000, offset=0)
        typical = [s for s in stories if 3 <= int(s["article_count"]) <= 30] or stories
        chosen = random.Random(seed).sample(typical, min(k, len(typical)))
        t = time.perf_counter()
        for i, s in enumerate(chosen, 1):
            views.story_brief(store, str(s["id"]))
            if i % 10 == 0:
                log(f"briefs {i}/{len(chosen)}")
        return [str(s["id"]) for s in chosen], time.perf_counter() - t


def search_terms(db: Path, *, seed: int, n: int = 300) -> list[str]:
    """Queries a reader might type: one or two words from stored titles, some as a phrase."""
    con = sqlite3.connect(db)
    titles = [
        r[0] for r in con.execute("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY random() LIMIT 2000")
    ]
    con.close()
    rng = random.Random(seed)
    words = [w.strip(".,:;!?'\"()") for t in titles for w in t.split()]
    words = [w for w in words if len(w) > 3 and w.isalpha()]
    out = []
    for _ in range(n):
        pick = rng.sample(words, 2)
        out.append(
            pick[0] if rng.random() < 0.5 else (" ".join(pick) if rng.random() < 0.7 else f'"{pick[0]} {pick[1]}"')
        )
    return out


# -- the server -------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-c",
        "from storyline.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start: " + (proc.stderr.read().decode() if proc.stderr else ""))


# -- the load ---------------------------------------------------------------------------------------
async def _client(
    base: str,
    picks: list[tuple[str, str]],
    until: float,
    think: float,
    out: dict[str, Any],
    seed: int,
    once: bool = False,
) -> None:
    import httpx

    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        todo = list(picks) if once else []
        while todo if once else time.perf_counter() < until:
            kind, path = todo.pop() if once else rng.choice(picks)
            t = time.perf_counter()
            try:
                r = await client.get(path)
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            out[kind]["lat"].append(time.perf_counter() - t)
            if not ok:
                out[kind]["errors"] += 1
            if think:
                await asyncio.sleep(rng.uniform(0, 2 * think))


async def run_load(
    base: str, picks: list[tuple[str, str]], *, clients: int, seconds: float, think: float, once: bool = False
) -> dict[str, Any]:
    """C clients for ``seconds`` (or, with ``once``, one client through every pick once)."""
    kinds = sorted({k for k, _ in picks})
    out: dict[str, Any] = {k: {"lat": [], "errors": 0} for k in kinds}
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(_client(base, picks, until, think, out, seed=i, once=once) for i in range(clients)))
    elapsed = time.perf_counter() - start
    for k in kinds:
        out[k]["elapsed"] = elapsed
    return out


def summarise(label: str, res: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for kind, r in res.items():
        lat = sorted(r["lat"])
        if not lat:
            continue
        q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
        rows.append(
            {
                "run": label,
                "kind": kind,
                "requests": len(lat),
                "errors": r["errors"],
                "p50_ms": q[49] * 1000,
                "p95_ms": q[94] * 1000,
                "p99_ms": q[98] * 1000,
                "rps": len(lat) / r["elapsed"],
            }
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    print("| run | request | requests | errors | p50 ms | p95 ms | p99 ms | req/s | target p95 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        target = TARGETS_MS.get(r["kind"])
        verdict = ""
        if target and r["run"].startswith("load"):
            verdict = f"< {target:.0f} ms: {'met' if r['p95_ms'] < target and not r['errors'] else 'NOT met'}"
        print(
            f"| {r['run']} | {r['kind']} | {r['requests']} | {r['errors']} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} |"
            f" {r['p99_ms']:.1f} | {r['rps']:.0f} | {verdict} |"
        )


def versions(db: Path) -> str:
    import fastapi
    import httpx
    import jinja2
    import uvicorn

    con = sqlite3.connect(db)
    n_art = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return (
        f"python {platform.python_version()}, fastapi {fastapi.__version__}, uvicorn {uvicorn.__version__},"
        f" jinja2 {jinja2.__version__}, httpx {httpx.__version__}, sqlite {sqlite3.sqlite_version};"
        f" {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {n_art} articles in the store"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--baseline", type=float, default=10.0, help="seconds of single-client baseline per kind")
    ap.add_argument("--think", type=float, default=0.0, help="mean seconds each client waits between requests")
    ap.add_argument("--stories", type=int, default=40, help="stories whose pages the clients read")
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "results" / "web-bench.db", help="reused if it exists")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    timings: dict[str, float] = {}
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        timings = build_store(args.db, args.articles, seed=args.seed)
    else:
        log(f"reusing {args.db}")
    story_ids, timings["briefs"] = warm_briefs(args.db, args.stories, seed=args.seed)
    picks = [("story", f"/stories/{s}") for s in story_ids] + [
        ("search", "/search?q=" + quote(q)) for q in search_terms(args.db, seed=args.seed)[: len(story_ids) * 5]
    ]
    picks = [p for p in picks if p[0] == "story"] * 5 + [p for p in picks if p[0] == "search"]
    port = free_port()
    proc = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        first = asyncio.run(
            run_load(
                base,
                [("story (first view)", f"/stories/{s}") for s in story_ids],
                clients=1,
                seconds=0,
                think=0,
                once=True,
            )
        )
        rows += summarise("cold: 1 client", first)
        for kind in ("story", "search"):
            only = [p for p in picks if p[0] == kind]
            res = asyncio.run(run_load(base, only, clients=1, seconds=args.baseline, think=0))
            rows += summarise("baseline: 1 client", res)
        log(f"load: {args.clients} clients for {args.duration:.0f} s, think {args.think} s")
        res = asyncio.run(run_load(base, picks, clients=args.clients, seconds=args.duration, think=args.think))
        rows += summarise(f"load: {args.clients} clients" + (f", think {args.think} s" if args.think else ""), res)
    finally:
        proc.terminate()
        proc.wait(10)
    print_table(rows)
    print()
    print("Set-up (seconds): " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
    print("Versions: " + versions(args.db))


if __name__ == "__main__":
    main()
