"""Load benchmark of `storyline serve`: story pages and search under concurrent clients.

    python bench/bench_web.py                      # 100,000 articles, 50 clients, 60 s
    python bench/bench_web.py --articles 5000 --duration 10   # a quick look

Steps (each timed and printed):
1. a store of N synthetic articles (bench/synth.py ``synth_records``) ingested with the real ingest;
2. stories with the stories stage's own clustering (``storyline.cluster.update_stories``);
3. briefs made up front for the stories the clients will read (the web app serves stored briefs,
   re-made only when a story's articles change, so steady-state story pages read a stored brief);
4. `storyline serve` started as its own process on a free loopback port;
5. cold: every chosen story page once (the first view renders it), then the baseline in the same
   run: one client, one request at a time, for each kind of request;
6. users: C clients (asyncio + httpx, one connection each) for D seconds, each picking a story page
   or a search at random and waiting --think seconds on average (uniform 0..2x) between requests;
7. saturation: C connections with no think time at all for D seconds (Debian's wrk when installed,
   C/2 on story pages and C/2 on searches; else the httpx client).

Prints one table: requests, errors, p50/p95/p99 latency and throughput per kind and run, and the
versions and machine load. The targets from the issue (story p95 < 100 ms, search p95 < 150 ms,
zero errors) are shown next to the measured values; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
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
def build_store(db: Path, n: int, *, seed: int, stories_by: str = "insert") -> dict[str, float]:
    """Ingest N synthetic articles and cluster them; returns the seconds each step took."""
    try:
        from synth import synth_records  # bench/synth.py, from the ingest stage
    except ImportError:
        log("bench/synth.py is missing: using this script's fallback generator (ECB+ sentences recombined)")
        synth_records = fallback_records
    from storyline.ingest import ingest
    from storyline.settings import IngestOptions
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
            big = IngestOptions(max_bytes=src.stat().st_size + 1)  # one JSONL file of all the records
            report = ingest(store, [str(src)], options=big)
            timings["ingest"] = time.perf_counter() - t
            log(f"ingested {report.counts['added']} articles in {timings['ingest']:.0f} s")
    with Store(db) as store:
        t = time.perf_counter()
        if stories_by == "cluster":
            from storyline.cluster import update_stories

            update_stories(store)
            timings["cluster (storyline.cluster.update_stories)"] = time.perf_counter() - t
        else:
            n_stories = insert_stories(store)
            timings[f"stories by direct insert ({n_stories})"] = time.perf_counter() - t
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


STOPWORDS = set(
    [
        "about",
        "after",
        "also",
        "been",
        "before",
        "being",
        "could",
        "from",
        "have",
        "into",
        "more",
        "most",
        "only",
        "other",
        "over",
        "said",
        "says",
        "some",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
    ]
)


def search_terms(db: Path, *, seed: int, n: int = 300) -> list[str]:
    """Queries a reader might type: one or two words from stored titles, some as a phrase."""
    con = sqlite3.connect(db)
    titles = [
        r[0] for r in con.execute("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY random() LIMIT 2000")
    ]
    con.close()
    rng = random.Random(seed)
    words = [w.strip(".,:;!?'\"()") for t in titles for w in t.split()]
    words = [w for w in words if len(w) > 3 and w.isalpha() and w.lower() not in STOPWORDS]
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


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    """`storyline serve` in its own process (``workers`` server processes)."""
    cmd = [
        sys.executable,
        "-c",
        "from storyline.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, start_new_session=True)
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/jobs", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    os.killpg(proc.pid, 9)
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
        by_kind: dict[str, list[str]] = {}
        for k, p in picks:
            by_kind.setdefault(k, []).append(p)
        kinds = sorted(by_kind)
        while todo if once else time.perf_counter() < until:
            if once:
                kind, path = todo.pop()
            else:  # each kind equally often, whatever the number of paths of each
                kind = rng.choice(kinds)
                path = rng.choice(by_kind[kind])
            t = time.perf_counter()
            try:
                r = await client.get(path)
                ok, code = r.status_code == 200, str(r.status_code)
                out[kind]["hits"] += r.headers.get("x-cache") == "hit"
            except httpx.HTTPError as exc:
                ok, code = False, type(exc).__name__
            out[kind]["lat"].append(time.perf_counter() - t)
            if not ok:
                out[kind]["errors"] += 1
                out[kind]["codes"][code] = out[kind]["codes"].get(code, 0) + 1
            if think:
                await asyncio.sleep(rng.uniform(0, 2 * think))


async def run_load(
    base: str, picks: list[tuple[str, str]], *, clients: int, seconds: float, think: float, once: bool = False
) -> dict[str, Any]:
    """C clients for ``seconds`` (or, with ``once``, one client through every pick once)."""
    kinds = sorted({k for k, _ in picks})
    out: dict[str, Any] = {k: {"lat": [], "errors": 0, "codes": {}, "hits": 0} for k in kinds}
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(_client(base, picks, until, think, out, seed=i, once=once) for i in range(clients)))
    elapsed = time.perf_counter() - start
    for k in kinds:
        out[k]["elapsed"] = elapsed
    return out


WRK_LUA = """
local paths = {%(paths)s}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) hits = 0; math.randomseed(%(seed)d) end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
response = function(status, headers, body) if headers["x-cache"] == "hit" then hits = hits + 1 end end
done = function(summary, latency, requests)
  local e, h = summary.errors, 0
  for _, t in ipairs(threads) do h = h + t:get("hits") end
  io.write(string.format('WRKJSON {"requests": %%d, "non2xx": %%d, "socket": %%d, "p50": %%d, "p95": %%d, "p99": %%d, "us": %%d, "hits": %%d}\\n',
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.duration, h))
end
"""


def run_wrk(
    base: str, kind: str, paths: list[str], *, connections: int, seconds: float, seed: int
) -> subprocess.Popen[str]:
    """Start Debian's wrk (one thread, C connections, no think time) on random picks from ``paths``."""
    lua = WRK_LUA % {"paths": ", ".join(json.dumps(p) for p in paths), "seed": seed}
    script = Path(tempfile.mkstemp(suffix=".lua", prefix=f"bench-{kind}-")[1])
    script.write_text(lua, encoding="utf-8")
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, int(seconds))}s", "--timeout", "10s", "-s", str(script), base]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wrk_result(label: str, kind: str, proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, _ = proc.communicate()
    line = next((ln for ln in out.splitlines() if ln.startswith("WRKJSON ")), None)
    if line is None:
        raise SystemExit(f"wrk failed: {out}")
    r = json.loads(line[8:])
    errors = r["non2xx"] + r["socket"]
    codes = {k: v for k, v in (("non-2xx", r["non2xx"]), ("socket", r["socket"])) if v}
    return {"run": label, "kind": kind, "requests": r["requests"], "errors": errors, "codes": codes, "hits": r["hits"],
            "p50_ms": r["p50"] / 1000, "p95_ms": r["p95"] / 1000, "p99_ms": r["p99"] / 1000,
            "rps": r["requests"] / (r["us"] / 1e6)}  # fmt: skip


def wrk_load(base: str, picks: dict[str, list[str]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Both kinds at once, C/2 connections each, no think time: the server saturated."""
    log(f"load: {args.clients} connections (wrk) for {args.duration:.0f} s, no think time")
    half = max(1, args.clients // len(picks))
    procs = {
        k: run_wrk(base, k, p, connections=half, seconds=args.duration, seed=args.seed + 1) for k, p in picks.items()
    }
    return [wrk_result(f"load: {half * len(picks)} clients, no think (wrk)", k, proc) for k, proc in procs.items()]


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
                "codes": r["codes"],
                "hits": r["hits"],
                "p50_ms": q[49] * 1000,
                "p95_ms": q[94] * 1000,
                "p99_ms": q[98] * 1000,
                "rps": len(lat) / r["elapsed"],
            }
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    print("| run | request | requests | errors | search cache hits | p50 ms | p95 ms | p99 ms | req/s | target p95 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        target = TARGETS_MS.get(r["kind"])
        verdict = ""
        if target and r["run"].startswith("load"):
            verdict = f"< {target:.0f} ms: {'met' if r['p95_ms'] < target and not r['errors'] else 'NOT met'}"
        print(
            f"| {r['run']} | {r['kind']} | {r['requests']} | {r['errors']}{' ' + str(r['codes']) if r['codes'] else ''} |"
            f" {(str(round(100 * r['hits'] / r['requests'])) + ' %') if r['kind'] == 'search' else ''} |"
            f" {r['p50_ms']:.1f} | {r['p95_ms']:.1f} |"
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


# -- the generator used while bench/synth.py is missing, and stories by direct inserts ---------------
OUTLETS = [f"Bench Outlet {i:02d}" for i in range(40)]
ECB = ROOT.parent / "shared" / "data" / "ecbplus" / "articles.jsonl"


def fallback_records(n: int, seed: int = 7) -> Any:
    """N records in stories of 3-15 articles: each story draws its sentences from one ECB+ story (read
    at run time), each article a different sample, outlet and date, so no two articles are identical."""
    import re
    from datetime import date, timedelta

    rng = random.Random(seed)
    by_story: dict[str, list[str]] = {}
    for line in ECB.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        sents = [x.strip() for x in re.split(r"(?<=[.!?])\s+", rec["text"]) if len(x.split()) > 5]
        by_story.setdefault(rec["story"], []).extend(sents)
    pools = [v for v in by_story.values() if len(v) >= 8]
    made, story = 0, 0
    while made < n:
        pool, size = rng.choice(pools), min(rng.randint(3, 15), n - made)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        for j in range(size):
            body = rng.sample(pool, min(len(pool), rng.randint(6, 14)))
            yield {
                "id": f"bench-{made}",
                "title": body[0][:120],
                "text": "\n\n".join(body),
                "outlet": rng.choice(OUTLETS),
                "published": (day + timedelta(days=rng.randint(0, 3))).isoformat(),
                "url": f"https://bench.invalid/{story}/{j}",
                "bench_story": f"b{story}",
            }
            made += 1
        story += 1


def insert_stories(store: Any) -> int:
    """Stories by direct inserts into the stories stage's tables: one story per generator group
    (``bench_story``), with outlets and dates from the members; returns how many stories."""
    con = store.conn
    groups: dict[str, list[Any]] = {}
    rows = con.execute(
        "SELECT id, title, outlet, published, json_extract(extra, '$.bench_story') AS g FROM articles ORDER BY rowid"
    )
    for r in rows:
        groups.setdefault(r["g"] or r["id"], []).append(r)
    with store.transaction() as conn:
        for g, members in groups.items():
            sid = "s" + g
            outlets = sorted({m["outlet"] for m in members if m["outlet"]})
            dates = sorted(m["published"] for m in members if m["published"])
            meta = {
                "outlets": outlets,
                "independent_outlets": len(outlets),
                "key_entities": [],
                "syndication_groups": [],
            }
            conn.execute(
                "INSERT OR REPLACE INTO stories(id, label, meta, size, first_date, last_date) VALUES (?,?,?,?,?,?)",
                (sid, members[0]["title"] or sid, json.dumps(meta), len(members), dates[0] if dates else None,
                 dates[-1] if dates else None),
            )  # fmt: skip
            conn.executemany(
                "INSERT OR REPLACE INTO story_articles(article_id, story_id, reason) VALUES (?,?,?)",
                [(m["id"], sid, "bench: the generator's group") for m in members],
            )
    return len(groups)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--baseline", type=float, default=10.0, help="seconds of single-client baseline per kind")
    ap.add_argument("--think", type=float, default=1.0,
                    help="mean seconds each user waits between requests in the users run (0: skip that run)")  # fmt: skip
    ap.add_argument("--stories", type=int, default=40, help="stories whose pages the clients read")
    ap.add_argument("--queries", type=int, default=3000, help="distinct search queries the clients draw from")
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "results" / "web-bench.db", help="reused if it exists")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--server-workers", type=int, default=0, help="`storyline serve --workers N` (0: its default, one per core)"
    )
    ap.add_argument("--stories-by", choices=("insert", "cluster"), default="insert",
                    help="stories for a new store: direct inserts of the generator's groups into the stories tables"
                    " (default; clustering 100,000 articles takes too long for a bench), or storyline.cluster")  # fmt: skip
    ap.add_argument("--client", choices=("auto", "httpx"), default="auto",
                    help="saturation run: Debian's wrk when installed (less client CPU), else asyncio + httpx")  # fmt: skip
    args = ap.parse_args(argv)

    timings: dict[str, float] = {}
    notes = []
    import importlib.util

    if importlib.util.find_spec("synth") is None:
        notes.append("articles: this script's fallback generator (bench/synth.py is not in this checkout)")
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        timings = build_store(args.db, args.articles, seed=args.seed, stories_by=args.stories_by)
        notes.append(
            f"stories: {'storyline.cluster.update_stories' if args.stories_by == 'cluster' else 'direct inserts of the generator groups into the stories tables'}"
        )
    else:
        log(f"reusing {args.db}")
        con = sqlite3.connect(args.db)
        inserted = con.execute("SELECT count(*) FROM story_articles WHERE reason LIKE 'bench:%'").fetchone()[0]
        con.close()
        how = "direct inserts of the generator groups" if inserted else "storyline.cluster.update_stories"
        notes.append(f"stories: {how} (store reused)")
    story_ids, timings["briefs"] = warm_briefs(args.db, args.stories, seed=args.seed)
    queries = search_terms(args.db, seed=args.seed, n=args.queries)
    picks = [("story", f"/stories/{s}") for s in story_ids] + [("search", "/search?q=" + quote(q)) for q in queries]
    notes.append(f"{len(story_ids)} story pages and {len(set(queries))} distinct search queries, drawn at random")
    port = free_port()
    proc = start_server(args.db, port, args.server_workers)
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
            rows += summarise(
                "baseline: 1 client", asyncio.run(run_load(base, only, clients=1, seconds=args.baseline, think=0))
            )
        if args.think:
            log(f"users: {args.clients} clients for {args.duration:.0f} s, think {args.think} s on average")
            res = asyncio.run(run_load(base, picks, clients=args.clients, seconds=args.duration, think=args.think))
            rows += summarise(f"load: {args.clients} users, think {args.think} s (httpx)", res)
        if shutil.which("wrk") and args.client != "httpx":
            by_kind = {k: sorted({p for kk, p in picks if kk == k}) for k in ("story", "search")}
            rows += wrk_load(base, by_kind, args)
        elif not args.think or args.client == "httpx":
            log(f"load: {args.clients} clients for {args.duration:.0f} s, no think time")
            res = asyncio.run(run_load(base, picks, clients=args.clients, seconds=args.duration, think=0))
            rows += summarise(f"load: {args.clients} clients, no think (httpx)", res)
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(20)
    print_table(rows)
    print()
    print("Set-up (seconds): " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
    print("Versions: " + versions(args.db))
    print(f"Server: storyline serve --workers {args.server_workers}")
    for note in notes:
        print("Note: " + note)


if __name__ == "__main__":
    main()
