"""How many conflicts of each kind the briefs of a real corpus claim: a check on false alarms.

    python bench/bench_conflicts.py [--input FILE.jsonl] [--show KIND[,KIND]] [--by story]

Runs the whole pipeline (ingest, stories, extraction, a brief per story) on the input (default
../shared/data/ecbplus/articles.jsonl) in a temporary store and counts the conflicts of each kind over all
briefs. There is no gold standard for conflicts in the shared data, so this is not a precision figure. ECB+ is a corpus of sports, crime and
business reports whose outlets rarely dispute a fact. There, most conflicts a brief claims are false
alarms, and a drop in the count with the designed conflicts of `examples/` kept (golden test) is
progress. `--show KIND[,KIND...]` prints the conflicts of those kinds (`all`: every kind), to read them.
`--by story` briefs ECB+'s gold events instead of the stories clustering finds (as `storyline brief --input
FILE --by story`).

For a baseline, run the same script with an older tree first on the path. The script and the data
stay here:
`git worktree add /tmp/old REV && PYTHONPATH=/tmp/old python bench/bench_conflicts.py`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ECB = ROOT.parent / "shared" / "data" / "ecbplus" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=ECB)
    ap.add_argument("--show", default="", help="print the conflicts of these kinds (figure,date,...; all)")
    ap.add_argument("--by", default=None, help="one brief per value of this field (ECB+: story, its gold events)")
    args = ap.parse_args()
    if not args.input.exists():
        raise SystemExit(f"{args.input} not found: put ../shared beside the repository")

    import json

    import storyline
    from storyline.pipeline import run_pipeline
    from storyline.store import Store

    t0 = time.perf_counter()
    if args.by:  # as `storyline brief --input FILE --by FIELD`: no clustering
        from storyline.pipeline import briefs_from_inputs

        briefs = list(briefs_from_inputs([str(args.input)], by=args.by))
    else:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.db") as store:
            report = run_pipeline(store, [str(args.input)])
            rows = [
                store.conn.execute("SELECT brief FROM briefs WHERE story = ?", (s["story"],)).fetchone()
                for s in report.stories
            ]
        briefs = [json.loads(row[0]) for row in rows if row is not None]

    kinds: Counter[str] = Counter()
    show = set(args.show.split(",")) if args.show else set()
    shown = []
    for brief in briefs:
        for c in brief.get("conflicts") or []:
            kinds[c["kind"]] += 1
            if c["kind"] in show or "all" in show:
                shown.append((f"{c['kind']}: {c['topic']}", [s["text"][:110] for s in c["sides"][:2]]))
    print(
        f"{args.input.name}: {len(briefs)} briefs, storyline from {Path(storyline.__file__).parent}, "
        f"{time.perf_counter() - t0:.0f} s"
    )
    print("| kind | conflicts |")
    print("|---|---|")
    for kind in ("figure", "date", "negation", "presentation", "attribution", "name"):
        print(f"| {kind} | {kinds.get(kind, 0)} |")
    print(f"| all | {sum(kinds.values())} |")
    for topic, sides in shown:
        print(f"\n{topic}")
        for s in sides:
            print(f"  - {s}")


if __name__ == "__main__":
    main()
