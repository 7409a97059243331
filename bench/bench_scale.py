"""Clustering at scale: batch time and peak memory at 10k / 30k / 100k synthetic articles, and the
time to place one new article (in-memory online index, and through the store).

    python bench/bench_scale.py [--sizes 10000,30000,100000] [--store-size 5000]

Each batch size runs in its own subprocess so its peak RSS (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


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
    t = time.time()
    labels = cluster_records(recs)
    secs = time.time() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "secs": secs, "peak_mb": peak, "stories": len(set(labels.values()))}))


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


def store_add(n: int) -> dict[str, float]:
    from storyline.cluster import update_stories
    from storyline.ingest import ingest
    from storyline.store import Store

    recs = list(records(n + 20, seed=2))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in recs[:n]), encoding="utf-8")
        with Store(Path(tmp) / "s.db") as store:
            ingest(store, [str(path)])
            t = time.time()
            update_stories(store)
            batch = time.time() - t
            times = []
            for i, r in enumerate(recs[n:]):
                one = Path(tmp) / f"new{i}.jsonl"
                one.write_text(json.dumps(r) + "\n", encoding="utf-8")
                ingest(store, [str(one)])
                t = time.perf_counter()
                update_stories(store)
                times.append((time.perf_counter() - t) * 1000)
    return {"batch_s": batch, "median_ms": statistics.median(times), "max_ms": max(times)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--store-size", type=int, default=5000)
    ap.add_argument("--child", type=int)
    args = ap.parse_args()
    if args.child:
        batch_child(args.child)
        return
    print("# bench_scale: batch clustering (cluster_records), one subprocess per size\n")
    print("| articles | seconds | articles/s | peak RSS MB | stories |\n|---|---|---|---|---|")
    for n in [int(x) for x in args.sizes.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True)
        if out.returncode:
            print(f"| {n} | failed: {out.stderr.strip().splitlines()[-1] if out.stderr else '?'} | | | |")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {n} | {r['secs']:.1f} | {n / r['secs']:.0f} | {r['peak_mb']:.0f} | {r['stories']} |")
    n_max = max(int(x) for x in args.sizes.split(","))
    o = online_add(n_max)
    print(
        f"\nOne new article against an in-memory online index of {n_max}: median {o['median_ms']:.2f} ms,"
        f" p95 {o['p95_ms']:.2f} ms"
    )
    s = store_add(args.store_size)
    print(
        f"Through the store ({args.store_size} articles, batch {s['batch_s']:.1f} s): update_stories for one new"
        f" article median {s['median_ms']:.1f} ms, max {s['max_ms']:.1f} ms (NLP-free)"
    )


if __name__ == "__main__":
    main()
