"""Fact alignment precision: which sentence pairs from different outlets really state the same fact.

    python bench/bench_facts.py dump --out /tmp/pairs          # candidate pairs to label (text in /tmp only)
    python bench/bench_facts.py score [--labels bench/data/fact_pairs.jsonl]

Stories: NeuS train (three outlets' leads per story) and ECB+ gold events (articles of one event), read
from ../shared at run time. ``dump`` prepares each sampled story as ``storyline brief`` does (extraction,
syndication and outlet groups, claims, embeddings, alignment) and samples pairs of claims of different
independent sources, stratified by pair score, for a reader to label: ``same`` (the second sentence states
the first one's claim), ``partial`` (one states part of the other's claim), ``conflict`` (the same claim with
a disagreeing detail) or ``different`` (same topic or names, another claim). The labels file holds ids,
offsets and the label, never the text.

``score`` prepares the labelled stories again with the current code and reports, per corpus, the precision of
"aligned as one fact" against the labels (positive: same, partial or conflict; strict: same or conflict) and its
recall over the candidate pairs: the two sentences in one fact, or the second one's source counted for the
first one's fact through another of its sentences. ``dump --kind facts`` draws what a reader sees: a
corroborated fact's sentence and another source's sentence in it. Rows of kind ``review`` are such pairs drawn
(seed 21, other stories) from the briefs of two trees, before and after the link evidence of stop 12, and
labelled blind, mixed together.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
BINS = (0.45, 0.55, 0.62, 0.70, 0.80, 2.0)
POSITIVE = {"same", "partial", "conflict"}
STRICT = {"same", "conflict"}


def _records(corpus: str, work: Path, *, clustered: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Story -> records (the ingest format) for a corpus; PolNeAR without ``clustered``: article id -> record."""
    if corpus == "polnear":
        return _polnear_stories(clustered)
    if corpus == "neus":
        from bench_neus import score_module

        path = work / "neus-train.jsonl"
        score_module().neus_input(str(SHARED / "data" / "neus" / "train.source"), str(path))
        key = "group"
    else:
        path = SHARED / "data" / "ecbplus" / "articles.jsonl"
        key = "story"
    out: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.setdefault(str(r[key]), []).append(r)
    return {k: v for k, v in out.items() if len(v) >= 2}


def _polnear_stories(clustered: bool) -> dict[str, list[dict[str, Any]]]:
    """PolNeAR's dated articles clustered into stories by storyline (no gold stories): the multi-outlet ones."""
    import csv

    from storyline.cluster import cluster_records

    base = SHARED / "data" / "polnear"
    records = []
    with (base / "metadata.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for part in ("train", "dev"):
                text = base / part / "text" / f"{row['filename']}.txt"
                if text.exists():
                    records.append(
                        {
                            "id": row["filename"],
                            "title": row["title"],
                            "outlet": row["publisher"],
                            "published": row["publication_date"],
                            "text": text.read_text(encoding="utf-8"),
                        }
                    )
    if not clustered:
        return {r["id"]: [r] for r in records}
    story_of = cluster_records(records)
    out: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        out.setdefault(story_of[r["id"]], []).append(r)
    return {k: v for k, v in out.items() if len({r["outlet"] for r in v}) >= 2}


def _prepare(records: list[dict[str, Any]], work: Path, embedder: Any) -> tuple[Any, dict[str, str], Any]:
    """The story's alignment, its independent-source map and the articles, as ``storyline brief`` makes them."""
    from storyline.brief.build import independent_sources, prepare
    from storyline.pipeline import extract, read_inputs, syndication

    path = work / "story.jsonl"
    path.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "story"}) + "\n" for r in records))
    articles, _ = read_inputs([str(path)])
    usable = [a for a in articles if not a.skip_reason]
    extractions = extract(usable)[0]
    units = independent_sources(usable, syndication(usable)[0])
    al, _ = prepare(usable, extractions, groups=units, embedder=embedder)
    return al, units, usable


def _key(c: Any) -> tuple[str, int, int]:
    return (c.article, c.start, c.end)


def dump(args: argparse.Namespace) -> None:
    from storyline.nlp import load_embedder

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    embedder = load_embedder()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            stories = _records(corpus, Path(tmp))
            names = sorted(stories)
            rng.shuffle(names)
            per_bin: dict[int, list[dict[str, Any]]] = {b: [] for b in range(len(BINS) - 1)}
            for name in names[: args.stories]:
                al, units, _ = _prepare(stories[name], Path(tmp), embedder)
                fact_of = {id(c): k for k, f in enumerate(al.facts) for c in f.claims}
                cands: dict[int, list[tuple[int, int]]] = {b: [] for b in per_bin}
                n = len(al.claims)
                for i in range(n):
                    for j in range(i + 1, n):
                        a, b = al.claims[i], al.claims[j]
                        s = float(al.scores[i, j])
                        if units[a.article] == units[b.article] or s < BINS[0]:
                            continue
                        cands[next(k for k in per_bin if BINS[k] <= s < BINS[k + 1])].append((i, j))
                if args.kind == "facts":
                    # what a reader of the brief sees: a corroborated fact's sentence and each other source's
                    position = {id(c): i for i, c in enumerate(al.claims)}
                    shown = [
                        (position[id(f.representative)], position[id(c)])
                        for f in al.facts
                        if f.independent_sources >= 2
                        for c in f.claims
                        if units[c.article] != units[f.representative.article]
                    ]
                    cands = {0: shown}
                for k, pairs in cands.items():
                    for i, j in rng.sample(pairs, min(len(pairs), args.per_story_bin)):
                        a, b = al.claims[i], al.claims[j]
                        row = {
                            "corpus": corpus,
                            "story": name,
                            "kind": args.kind,
                            "a": list(_key(a)),
                            "b": list(_key(b)),
                            "score": round(float(al.scores[i, j]), 3),
                            "same_fact": fact_of.get(id(a)) == fact_of.get(id(b)),
                            "text_a": a.text,
                            "text_b": b.text,
                        }
                        if corpus == "polnear":  # storyline's own stories: keep their members
                            row["members"] = sorted(r["id"] for r in stories[name])
                        per_bin[k].append(row)
            limit = args.per_bin * (len(BINS) - 1 if args.kind == "facts" else 1)
            rows = [r for k in per_bin for r in rng.sample(per_bin[k], min(len(per_bin[k]), limit))]
            rng.shuffle(rows)
            for r, row in enumerate(rows):
                row["pair"] = f"{corpus}-{args.kind}-{r}"
            target = out / f"{corpus}-{args.kind}.jsonl"
            target.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            print(f"{corpus}: {len(rows)} pairs -> {target}", Counter(_bin(r["score"]) for r in rows))


def _bin(score: float) -> str:
    k = next(k for k in range(len(BINS) - 1) if BINS[k] <= score < BINS[k + 1])
    return f"{BINS[k]:.2f}-{BINS[k + 1]:.2f}" if BINS[k + 1] < 2 else f">={BINS[k]:.2f}"


def _aligned(
    corpus: str, story: str, records: list[dict[str, Any]], work: Path, embedder: Any, cache: str | None
) -> Any:
    """The story's alignment by the current code; with ``cache``, claims and embeddings are kept between runs
    (extraction changes then need a fresh cache)."""
    import pickle

    from storyline.align import align

    path = Path(cache) / f"{corpus}-{story}.pkl" if cache else None
    if path and path.exists():
        claims, vectors, units = pickle.loads(path.read_bytes())
        return align(claims, vectors, groups=units)
    al, units, _ = _prepare(records, work, embedder)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((al.claims, al.vectors, units)))
    return al


def score(args: argparse.Namespace) -> None:
    from storyline.nlp import load_embedder

    labels = [json.loads(x) for x in Path(args.labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    embedder = load_embedder()
    by_story: dict[tuple[str, str], list[dict[str, Any]]] = {}
    members: dict[tuple[str, str], list[str]] = {}
    for row in labels:
        by_story.setdefault((row["corpus"], row["story"]), []).append(row)
        if "members" in row:
            members[(row["corpus"], row["story"])] = row["members"]
    results: list[tuple[str, str, str, bool, bool] | None] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {c: _records(c, Path(tmp), clustered=False) for c in sorted({c for c, _ in by_story})}
        for (corpus, story), rows in sorted(by_story.items()):
            if (corpus, story) in members:
                records = [corpora[corpus][a][0] for a in members[(corpus, story)]]
            else:
                records = corpora[corpus][story]
            al = _aligned(corpus, story, records, Path(tmp), embedder, args.cache)
            index = {_key(c): i for i, c in enumerate(al.claims)}
            fact_of = {id(c): f for f in al.facts for c in f.claims}
            for row in rows:
                i, j = index.get(tuple(row["a"])), index.get(tuple(row["b"]))  # type: ignore[arg-type]
                if i is None or j is None:
                    results.append(None)
                    continue
                a, b = al.claims[i], al.claims[j]
                fa, fb = fact_of[id(a)], fact_of[id(b)]
                linked = fa is fb
                # the source counts for the fact even when another of its sentences is the one aligned
                covered = (
                    linked
                    or any(c.article == b.article for c in fa.claims)
                    or any(c.article == a.article for c in fb.claims)
                )
                results.append((corpus, row.get("kind", "candidates"), row["label"], linked, covered))
    print(f"{len(labels)} labelled pairs, {results.count(None)} no longer matching a sentence of the current split")
    print(
        "| corpus | linked pairs | precision (same, partial, conflict) | strict precision (same, conflict) "
        "| recall, same fact | recall, source counted |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    kept = [r for r in results if r is not None]
    for corpus in [*sorted({r[0] for r in kept}), "all"]:
        rows_c = [r for r in kept if corpus in ("all", r[0])]
        linked_rows = [r for r in rows_c if r[3]]
        # recall only over the candidate pairs: the "facts" pairs were drawn from aligned facts
        positives = [r for r in rows_c if r[2] in POSITIVE and r[1] == "candidates"]
        p = sum(r[2] in POSITIVE for r in linked_rows) / max(1, len(linked_rows))
        sp = sum(r[2] in STRICT for r in linked_rows) / max(1, len(linked_rows))
        rec = sum(r[3] for r in positives) / max(1, len(positives))
        cov = sum(r[4] for r in positives) / max(1, len(positives))
        print(f"| {corpus} | {len(linked_rows)} | {p:.3f} | {sp:.3f} | {rec:.3f} | {cov:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", required=True)
    d.add_argument("--corpora", nargs="+", default=["neus", "ecbplus"])
    d.add_argument("--stories", type=int, default=60)
    d.add_argument("--per-story-bin", type=int, default=2)
    d.add_argument("--per-bin", type=int, default=40)
    d.add_argument("--seed", type=int, default=7)
    d.add_argument("--kind", choices=["candidates", "facts"], default="candidates")
    s = sub.add_parser("score")
    s.add_argument("--labels", default=str(ROOT / "bench" / "data" / "fact_pairs.jsonl"))
    s.add_argument("--cache", help="keep claims and embeddings here between runs")
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"../shared/data not found beside the repository ({SHARED}): nothing to measure")
    dump(args) if args.cmd == "dump" else score(args)


if __name__ == "__main__":
    main()
