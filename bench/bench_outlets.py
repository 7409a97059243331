"""Outlets read from the texts themselves: which articles' outlet changes between two trees of storyline.

Builds every article of PolNeAR (plain text, headline first: the outlet is never given in the text, so any outlet
read from it is invented), ECB+ (plain text) and trafilatura's evaluation pages (HTML, extracted then cleaned) with
:func:`storyline.ingest.pipeline.build_article`, once with each tree on ``PYTHONPATH``, in the same run, and prints
how many articles have an outlet under each tree, how many change, and every change (old -> new, with the author),
how many cleaned texts change, and every change of the publication date read from the text or of an input skipped
(a consent or paywall page, no text). Run: ``python bench/bench_outlets.py --base /path/to/base/worktree [--limit N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def inputs(limit: int) -> list[tuple[str, str, str, str]]:
    """(corpus, name, format, content) of every input."""
    out: list[tuple[str, str, str, str]] = []
    for p in sorted((SHARED / "data/polnear").glob("*/text/*.txt"))[:limit]:
        out.append(("PolNeAR", p.name, "text", p.read_text(encoding="utf-8")))
    ecb = (SHARED / "data/ecbplus/articles.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    texts = ((n, json.loads(line).get("text")) for n, line in enumerate(ecb))
    out += [("ECB+", f"ecb{n}", "text", text) for n, text in texts if text]  # the text alone, without its given title
    for p in sorted((SHARED / "data/extraction-trafilatura/tests/cache").glob("*.html.gz"))[:limit]:
        out.append(("trafilatura", p.name, "html", gzip.decompress(p.read_bytes()).decode("utf-8", "replace")))
    return out


def worker(limit: int) -> None:
    """Print ``{name: [corpus, outlet, author, cleaned text]}`` for every input, built with the storyline on ``sys.path``."""
    from storyline.ingest.drafts import Draft
    from storyline.ingest.pipeline import build_article
    from storyline.models import Skipped

    got: dict[str, list[str | None]] = {}
    for corpus, name, fmt, content in inputs(limit):
        if fmt == "html":
            draft = Draft(source=name, original="", fmt="html", raw_html=content)
        else:
            draft = Draft(source=name, original=content, fmt="text")
        art = build_article(draft)
        got[name] = (
            [corpus, None, None, None, None, art.reason]
            if isinstance(art, Skipped)
            else [corpus, art.outlet, art.author, art.text, art.published, None]
        )
    json.dump(got, sys.stdout)


def run(tree: Path, limit: int) -> dict[str, list[str | None]]:
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "--limit", str(limit)]
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=True, cwd=tree)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, help="worktree of the commit to compare with")
    ap.add_argument("--limit", type=int, default=100_000, help="inputs per corpus")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.limit)
        return
    if args.base is None:
        ap.error("--base is needed")
    before, after = run(args.base.resolve(), args.limit), run(ROOT, args.limit)
    rows: Counter[tuple[str, str]] = Counter()
    changes = []
    for name, (corpus, old, _, text, day, skip) in before.items():
        new, new_day, new_skip = after[name][1], after[name][4], after[name][5]
        rows[corpus, "articles"] += 1
        rows[corpus, "outlet before"] += old is not None
        rows[corpus, "outlet after"] += new is not None
        rows[corpus, "text changed"] += text != after[name][3]
        rows[corpus, "date before"] += day is not None
        rows[corpus, "date after"] += new_day is not None
        rows[corpus, "skipped before"] += skip is not None
        rows[corpus, "skipped after"] += new_skip is not None
        if old != new:
            rows[corpus, "changed"] += 1
            changes.append(f"- {corpus} {name}: {old!r} -> {new!r} (author {after[name][2]!r})")
        if day != new_day:
            rows[corpus, "date changed"] += 1
            changes.append(f"- {corpus} {name}: published {day!r} -> {new_day!r}")
        if skip != new_skip:
            changes.append(f"- {corpus} {name}: skipped {skip!r} -> {new_skip!r}")
    keys = ("articles", "outlet before", "outlet after", "changed", "text changed")
    keys += ("date before", "date after", "date changed", "skipped before", "skipped after")
    print(
        "| corpus | articles | with an outlet before | after | outlet changed | cleaned text changed "
        "| with a date before | after | date changed | skipped before | after |"
    )
    print("|---" * (len(keys) + 1) + "|")
    for corpus in sorted({c for c, _ in rows}):
        print(f"| {corpus} | " + " | ".join(str(rows[corpus, k]) for k in keys) + " |")
    print("\n".join(["", "Changes:", *changes] if changes else ["", "No outlet, date or skip changed."]))


if __name__ == "__main__":
    main()
