"""Clustering at scale: batch time and peak memory at 10k / 30k / 100k synthetic articles, and the
time to place one new article (in-memory online index, and through the store).

    python bench/bench_scale.py [--sizes 10000,30000,100000] [--store-sizes 100000] [--adds 200]
                                [--baseline REF] [--online]

Each batch size runs in its own subprocess so its peak RSS (ru_maxrss) is its own. For each store
size, a store of that many synthetic articles is ingested and clustered once
(``bench/results/scale-<n>.db``, git-ignored, reused by later runs); then, on a copy of it, ``--adds``
new records are ingested one at a time and ``update_stories`` is timed for each (ingest, i.e. the
NLP-free cleaning, is not counted). ``--baseline REF`` times the storyline package of that git ref
on the same store in the same run (a fifth as many adds).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.append(str(ROOT))  # for bench.synth; storyline itself from the environment (or --baseline)


def records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Synthetic records from bench/synth.py when present, else paragraphs of ECB+ recombined."""
    try:
        from bench.synth import synth_records

        yield from synth_records(n, seed=seed)
        return
    except ImportError:
        pass
    import random

    rng = random.Random(seed)
    with open(SHARED / "data/ecbplus/articles.jsonl", encoding="utf-8") as fh:
        src = [json.loads(line) for line in fh]
    paras = [p for r in src for p in r["text"].split("\n\n") if len(p.split()) > 12]
    for i in range(n):
        base = src[i % len(src)]
        body = [base["text"]] + rng.sample(paras, 2)
        yield {"id": f"syn{i}", "title": base["title"], "text": "\n\n".join(body), "outlet": f"outlet{i % 97}"}


def batch_child(n: int) -> None:
    from storyline.cluster import cluster_records

    recs = list(records(n))
    t, c = time.time(), time.process_time()
    labels = cluster_records(recs)
    secs, cpu = time.time() - t, time.process_time() - c
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"n": n, "secs": secs, "cpu": cpu, "peak_mb": peak, "stories": len(set(labels.values()))}
    print(json.dumps({**out, "load": os.getloadavg()[0]}))


def online_add(n: int) -> dict[str, float]:
    from storyline.cluster.batch import doc_text
    from storyline.cluster.online import OnlineClusterer, document_frequencies

    recs = list(records(n + 200, seed=1))
    docs = [doc_text(r.get("title"), r.get("text")) for r in recs]
    df, nd = document_frequencies(docs[:n])
    oc = OnlineClusterer(df, nd)
    for d in docs[:n]:
        oc.assign(d)
    times = []
    for d in docs[n:]:
        t = time.perf_counter()
        oc.assign(d)
        times.append((time.perf_counter() - t) * 1000)
    return {"median_ms": statistics.median(times), "p95_ms": sorted(times)[int(len(times) * 0.95)]}


def build_store(n: int, adds: int) -> tuple[Path, dict[str, float]]:
    """``bench/results/scale-<n>.db``: ``n`` synthetic articles (seed 2) ingested and clustered with
    ``update_stories`` (batch), made once and reused; the next ``adds`` records are left for adding."""
    from storyline.cluster import update_stories
    from storyline.ingest import ingest
    from storyline.store import Store

    db = ROOT / "bench" / "results" / f"scale-{n}.db"
    info = db.with_suffix(".json")
    if db.exists() and info.exists():
        return db, json.loads(info.read_text())
    db.parent.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, r in enumerate(records(n + adds, seed=2)):
                if i < n:
                    fh.write(json.dumps(r) + "\n")
        with Store(db) as store:
            t, c = time.time(), time.process_time()
            ingest(store, [str(path)])
            ing = (time.time() - t, time.process_time() - c)
            t, c = time.time(), time.process_time()
            update_stories(store)
            clu = (time.time() - t, time.process_time() - c)
            stories = int(store.conn.execute("SELECT count(*) FROM stories WHERE size > 0").fetchone()[0])
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = {"ingest_s": ing[0], "ingest_cpu": ing[1], "cluster_s": clu[0], "cluster_cpu": clu[1], "stories": stories}
    info.write_text(json.dumps(out))
    return db, out


def store_add_child(n: int, adds: int, db: Path) -> None:
    """On a copy of the store: ingest each new record (not timed), then time ``update_stories``."""
    import sqlite3

    from storyline.cluster import update_stories
    from storyline.ingest import ingest
    from storyline.store import Store

    new = list(records(n + adds + 1, seed=2))[n:]  # the first one warms up (imports, caches), not counted
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        copy = Path(tmp) / "copy.db"
        src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        wall, cpu, modes = [], [], Counter()
        with Store(copy) as store:
            first = 0.0
            for i, r in enumerate(new):
                one = Path(tmp) / f"new{i}.jsonl"
                one.write_text(json.dumps(r) + "\n", encoding="utf-8")
                ingest(store, [str(one)])
                t, c = time.perf_counter(), time.process_time()
                rep = update_stories(store)
                if i == 0:
                    first = (time.perf_counter() - t) * 1000
                    continue
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                modes["joined" if rep.joined else "new story" if rep.new_stories else "none"] += 1
    q = lambda xs, f: sorted(xs)[min(len(xs) - 1, int(len(xs) * f))]  # noqa: E731
    print(
        json.dumps(
            {
                "median_ms": statistics.median(wall),
                "p95_ms": q(wall, 0.95),
                "max_ms": max(wall),
                "cpu_median_ms": statistics.median(cpu),
                "cpu_p95_ms": q(cpu, 0.95),
                "outcomes": dict(modes),
                "first_ms": first,
                "load": os.getloadavg()[0],
            }
        )
    )


def run_child(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any] | str:
    """A measuring child process's result (its last stdout line, JSON), or its last error line."""
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if out.returncode:
        return out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "?"
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def store_add(n: int, adds: int, baseline: str | None) -> None:
    db, info = build_store(n, adds)
    print(
        f"\nStore of {n} synthetic articles ({db.name}, made once: ingest {info['ingest_s']:.0f} s wall /"
        f" {info['ingest_cpu']:.0f} s CPU, update_stories batch {info['cluster_s']:.0f} s wall /"
        f" {info['cluster_cpu']:.0f} s CPU, {info['stories']} stories)\n"
    )
    print(
        "| code | new articles | median ms | p95 ms | max ms | CPU median ms | CPU p95 ms | outcomes | load |"
        " first article of the process (imports) ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    runs = [("this tree", None, adds)]
    if baseline:
        runs.insert(0, (f"baseline {baseline}", baseline, max(10, adds // 5)))
    for name, ref, k in runs:
        env = dict(os.environ)
        with tempfile.TemporaryDirectory() as tree:
            if ref:  # the baseline's storyline package, from git, first on the path
                arch = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "storyline"], capture_output=True)
                subprocess.run(["tar", "-x", "-C", tree], input=arch.stdout, check=True)
                env["PYTHONPATH"] = tree
            cmd = [sys.executable, __file__, "--store-child", str(n), "--adds", str(k), "--db", str(db)]
            r = run_child(cmd, env)
        if isinstance(r, str):
            print(f"| {name} | failed: {r} |")
            continue
        print(
            f"| {name} | {k} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.1f} | {r['cpu_median_ms']:.1f}"
            f" | {r['cpu_p95_ms']:.1f} | {r['outcomes']} | {r['load']:.1f} | {r['first_ms']:.0f} |"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,30000,100000", help="batch sizes ('' for none)")
    ap.add_argument("--store-sizes", default="100000", help="stores to add new articles to ('' for none)")
    ap.add_argument("--adds", type=int, default=200, help="new articles added one at a time")
    ap.add_argument("--baseline", help="git ref whose storyline package is timed on the same store too")
    ap.add_argument("--online", action="store_true", help="also time the in-memory online index")
    ap.add_argument("--child", type=int)
    ap.add_argument("--store-child", type=int)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    if args.child:
        batch_child(args.child)
        return
    if args.store_child:
        store_add_child(args.store_child, args.adds, args.db)
        return
    sizes = [int(x) for x in args.sizes.split(",") if x]
    print(f"# bench_scale  (2 CPUs, load average {os.getloadavg()[0]:.1f} at start)\n")
    if sizes:
        print("Batch clustering (cluster_records), one subprocess per size:\n")
        print("| articles | wall s | CPU s | articles/s (wall) | peak RSS MB | stories | load |")
        print("|---|---|---|---|---|---|---|")
    for n in sizes:
        r = run_child([sys.executable, __file__, "--child", str(n)])
        if isinstance(r, str):
            print(f"| {n} | failed: {r} | | | |")
            continue
        print(
            f"| {n} | {r['secs']:.1f} | {r['cpu']:.1f} | {n / r['secs']:.0f} | {r['peak_mb']:.0f} | {r['stories']}"
            f" | {r['load']:.1f} |"
        )
    if args.online and sizes:
        o = online_add(max(sizes))
        print(
            f"\nOne new article against an in-memory online index of {max(sizes)}: median {o['median_ms']:.2f} ms,"
            f" p95 {o['p95_ms']:.2f} ms"
        )
    for n in [int(x) for x in args.store_sizes.split(",") if x]:
        store_add(n, args.adds, args.baseline)


if __name__ == "__main__":
    main()
