"""Entity pages, the entity filter and outlet lookups of the web app on a store with entities (a web bench).

    python bench/bench_web_entities.py --db STORE.db [--name "Donald Trump" --name ...] [--repeat 3]

Opens the app in-process (FastAPI's TestClient, one client, read-only use) on a copy-free store and times each
request: the first time (cold: nothing folded or cached yet) and the median of ``--repeat`` more, with the answer's
size. The requests: each name's entity page, its ``/api/entities/NAME?limit=1`` (one page of every list) and the
story list filtered by it, then an outlet's page and the unfiltered list for comparison. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this tree's storyline, not an installed one


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--name", action="append", help="entity names (default: the three most mentioned)")
    ap.add_argument("--outlet", help="an outlet (default: the one with most articles)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from storyline.store import Store
    from storyline.web.app import WebSettings, create_app

    with Store(args.db, readonly=True) as store:
        names = args.name or [
            r[0] for r in store.conn.execute("SELECT name FROM entities ORDER BY n_mentions DESC LIMIT 3")
        ]
        outlet = (
            args.outlet
            or store.conn.execute(
                "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
        )
    paths = []
    for n in names:
        paths += [f"/entities/{n}", f"/api/entities/{n}?limit=1", f"/?entity={n}"]
    paths += [f"/outlets/{outlet}", f"/outlets/{outlet.lower()}", f"/api/articles?outlet={outlet.lower()}", "/"]
    app = create_app(WebSettings(db=args.db, worker=False, post_ingest=False))
    print(f"| request | status | bytes | first (s) | median of {args.repeat} (s) |")
    print("|---|---|---|---|---|")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for path in paths:
            t = time.perf_counter()
            r = client.get(path)
            first = time.perf_counter() - t
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                client.get(path)
                times.append(time.perf_counter() - t)
            print(f"| `{path}` | {r.status_code} | {len(r.content):,} | {first:.2f} | {statistics.median(times):.2f} |")


if __name__ == "__main__":
    main()
