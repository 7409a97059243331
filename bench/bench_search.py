"""Full-text search cost per query on a large store: bm25 over every match (the baseline, what
`Store.search` did before) against ranking only the newest matches (`Store.search`'s window).

    python bench/bench_search.py [--db bench/results/web-bench.db] [--queries 300]

The store is the one bench/bench_web.py builds (100,000 synthetic articles). Queries are title words
of stored articles drawn at random (frequent and rare), plus a few very frequent words; each query is
timed in the same process with both methods, alternating, best of 3. Prints one table.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best_ms(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "results" / "web-bench.db")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} is missing: build it with `python bench/bench_web.py` first")
    from storyline.store.sqlite import SEARCH_WINDOW, Store

    store = Store(args.db)
    n_articles = store.count_articles()
    rng = random.Random(args.seed)
    titles = [r[0] or "" for r in store.conn.execute("SELECT title FROM articles ORDER BY random() LIMIT 2000")]
    words = sorted({w.lower() for t in titles for w in re.findall(r"[A-Za-z]{4,}", t)})
    queries = rng.sample(words, min(args.queries, len(words))) + ["said", "the", "years", "police"]
    rows = []
    for q in queries:
        matches = store.count_matches(q)
        every = best_ms(lambda q=q: store.search(q, window=10**12))
        newest = best_ms(lambda q=q: store.search(q))
        rows.append((matches, every, newest))
    print(f"{n_articles} articles, {len(queries)} queries; window = newest {SEARCH_WINDOW} matches\n")
    print("| queries | matches (median / max) | method | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---:|---:|---:|")
    for label, col in (("baseline: bm25 over every match", 1), ("storyline: bm25 over the newest matches", 2)):
        t = sorted(r[col] for r in rows)
        p95 = t[min(len(t) - 1, int(0.95 * len(t)))]
        med = statistics.median(r[0] for r in rows)
        print(
            f"| {len(rows)} | {med:.0f} / {max(r[0] for r in rows)} | {label} | {statistics.median(t):.1f} | {p95:.1f} | {t[-1]:.1f} |"
        )
    heavy = [r for r in rows if r[0] > SEARCH_WINDOW]
    if heavy:
        print(
            f"\nqueries with more than {SEARCH_WINDOW:,} matches: {len(heavy)}; median ms "
            f"{statistics.median(r[1] for r in heavy):.1f} (every match) vs {statistics.median(r[2] for r in heavy):.1f} (newest)"
        )


if __name__ == "__main__":
    main()
